"""Report sections: cover, press summary, targets, funnel and the announced/realized comparison."""

from __future__ import annotations

from decimal import Decimal

from convoy.documents.markup import esc, table
from convoy.documents.report.format import pair
from convoy.documents.report.words import METHOD, word
from convoy.outcomes.report.data import MissionReport
from convoy.outcomes.report.numbers import amount, long_date, percent, whole
from convoy.outcomes.values import Kpi


def cover(report: MissionReport, *, lang: str) -> str:
    meta = [
        (word("organizer", lang=lang), report.organizer),
        (
            word("dates", lang=lang),
            f"{long_date(report.start_date, lang=lang)} – {long_date(report.end_date, lang=lang)}",
        ),
        (word("cities", lang=lang), ", ".join(report.cities)),
        (word("as_of", lang=lang), long_date(report.as_of, lang=lang)),
    ]
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in meta)
    return (
        f'<header><p class="kicker">{esc(word("report", lang=lang))}</p><h1>{esc(report.title)}</h1>'
        f'<table class="meta">{rows}</table></header>'
        f'<section class="summary"><h2>{esc(word("summary", lang=lang))}</h2>'
        f'<p class="lead">{esc(report.summary(lang))}</p></section>'
    )


def kpi_section(report: MissionReport, *, lang: str) -> str:
    axes = {count.key: count.label(lang) for count in report.meetings_by_axis}
    source = report.meetings_source(lang)
    rows = [_kpi_row(kpi, axis=axes.get(kpi.axis, kpi.axis), source=source, lang=lang) for kpi in report.kpis]
    headers = [word(k, lang=lang) for k in ("objective", "target", "achieved", "realized", "share")]
    grid = table(headers=[esc(h) for h in headers], rows=rows, cell_classes=("", "num", "num", "num", "num"))
    return f"<section><h2>{esc(word('kpis', lang=lang))}</h2>{grid}</section>"


def _kpi_row(kpi: Kpi, *, axis: str, source: str, lang: str) -> list[str]:
    def shown(value: Decimal | None) -> str:
        if value is None:
            return ""
        return amount(value, code=kpi.unit, minor=2, lang=lang) if kpi.unit else whole(value, lang=lang)

    notes = [f"{word('on_axis', lang=lang)} {axis}"] if kpi.axis else []
    if kpi.metric == "meetings":
        notes.append(f"{word('meetings_from', lang=lang)} {source}")
    if kpi.metric == "agreements":
        notes.append(word("agreements_rule", lang=lang))
    description = esc(kpi.description)
    if notes:
        description += f' <span class="muted">({esc("; ".join(notes))})</span>'
    note = kpi.note[1] if lang == "en" else kpi.note[0]
    if note:
        description += f'<br><span class="muted">{esc(note)}</span>'
    if kpi.achieved is None:
        return [
            description,
            esc(shown(kpi.target)),
            f'<span class="muted">{esc(word("not_measured", lang=lang))}</span>',
            "",
            "",
        ]
    share = percent(float(kpi.achieved / kpi.target), lang=lang) if kpi.target else ""
    return [description, esc(shown(kpi.target)), esc(shown(kpi.achieved)), esc(shown(kpi.realized)), esc(share)]


def funnel_section(report: MissionReport, *, lang: str) -> str:
    f, t = report.funnel, report.totals
    steps = [("meetings", f.meetings), ("leads", f.leads), ("announced", f.announced), ("realized", f.realized)]
    boxes = "".join(
        f'<div class="step"><span class="n">{esc(whole(n, lang=lang))}</span>{esc(word(k, lang=lang))}</div>'
        for k, n in steps
    )
    lost = (
        f'<p class="muted">{esc(word("meetings_source", lang=lang))}: {esc(report.meetings_source(lang))}.<br>'
        f"{esc(word('lost', lang=lang))}: {esc(whole(f.lost, lang=lang))}</p>"
    )
    rows = [
        [
            esc(word("investment", lang=lang)),
            esc(pair(t.investment_announced, lang=lang)),
            esc(pair(t.investment_realized, lang=lang)),
        ],
        [
            esc(word("jobs_new", lang=lang)),
            esc(whole(t.jobs_new_expected, lang=lang)),
            esc(whole(t.jobs_new_realized, lang=lang)),
        ],
        [
            esc(word("jobs_retained", lang=lang)),
            esc(whole(t.jobs_retained_expected, lang=lang)),
            esc(whole(t.jobs_retained_realized, lang=lang)),
        ],
        [
            esc(word("export_sales", lang=lang)),
            esc(pair(t.export_announced, lang=lang)),
            esc(pair(t.export_realized, lang=lang)),
        ],
    ]
    headers = [esc(word(k, lang=lang)) for k in ("measure", "announced", "realized")]
    headline = (
        f'<p class="muted">{esc(word("headline", lang=lang))}: {esc(pair(t.headline_values, lang=lang))}</p>'
        if t.headline_values.usd
        else ""
    )
    return (
        f'<section><div class="keep"><h2>{esc(word("funnel", lang=lang))}</h2>'
        f'<div class="funnel">{boxes}</div>{lost}</div>'
        f"<h3>{esc(word('side_by_side', lang=lang))}</h3>"
        f"{table(headers=headers, rows=rows, cell_classes=('', 'num', 'num'))}{headline}</section>"
    )


def method_section(*, lang: str) -> str:
    items = "".join(f"<li>{esc(en if lang == 'en' else es)}</li>" for es, en in METHOD)
    return f'<section class="method"><h2>{esc(word("method", lang=lang))}</h2><ul>{items}</ul></section>'

"""Report sections about results: charts, outcomes with who claims them, forecasts, rates, late tasks."""

from __future__ import annotations

from decimal import Decimal

from convoy.documents.markup import esc, table
from convoy.documents.report.charts import grouped_bars, horizontal_bars
from convoy.documents.report.format import chart, figure_text
from convoy.documents.report.words import word
from convoy.outcomes.report.data import MissionReport, OutcomeLine
from convoy.outcomes.report.numbers import amount, long_date, whole
from convoy.outcomes.services.labels import label

MILLION = Decimal(1_000_000)


def charts_section(report: MissionReport, *, lang: str) -> str:
    """Investment, jobs and agreements charts; a chart with nothing to show is left out."""
    t = report.totals
    announced, realized = word("announced", lang=lang), word("realized", lang=lang)
    money = [
        (announced, [float(t.investment_announced.usd / MILLION), float(t.export_announced.usd / MILLION)]),
        (realized, [float(t.investment_realized.usd / MILLION), float(t.export_realized.usd / MILLION)]),
    ]
    jobs = [
        (word("expected", lang=lang), [t.jobs_new_expected, t.jobs_retained_expected]),
        (realized, [t.jobs_new_realized, t.jobs_retained_realized]),
    ]
    counts = [t.agreements, t.working_groups, t.programmes]
    figures = []
    if any(v for _name, values in money for v in values):
        top = max(v for _name, values in money for v in values)
        groups = [word("investment", lang=lang), word("export_sales", lang=lang)]
        svg = grouped_bars(groups=groups, series=money, shown=lambda v: f"{v:,.2f}" if top < 10 else f"{v:,.1f}")
        figures.append((word("investment_chart", lang=lang), svg))
    if any(v for _name, values in jobs for v in values):
        groups = [word("new", lang=lang), word("retained", lang=lang)]
        svg = grouped_bars(groups=groups, series=jobs, shown=lambda v: whole(int(v), lang=lang))
        figures.append((word("jobs_chart", lang=lang), svg))
    if any(counts):
        labels = [word(k, lang=lang) for k in ("agreements", "working_groups", "programmes")]
        svg = horizontal_bars(labels=labels, values=counts, shown=lambda v: whole(int(v), lang=lang))
        figures.append((word("agreements_chart", lang=lang), svg))
    if not figures:
        return ""
    body = "".join(
        f"<figure><figcaption>{esc(title)}</figcaption>{chart(svg, alt=title)}</figure>" for title, svg in figures
    )
    return f"<section><h2>{esc(word('results', lang=lang))}</h2>{body}</section>"


def outcomes_section(report: MissionReport, *, lang: str) -> str:
    parts = [f'<section class="outcomes"><h2>{esc(word("outcomes", lang=lang))}</h2>']
    if not report.outcomes:
        parts.append(f'<p class="muted">{esc(word("no_outcomes", lang=lang))}</p>')
    parts += [outcome_block(line, lang=lang) for line in report.outcomes]
    if report.forecasts:
        parts.append(f"<h3>{esc(word('forecasts', lang=lang))}</h3>")
        parts += [outcome_block(line, lang=lang) for line in report.forecasts]
    parts.append("</section>")
    return "".join(parts)


def outcome_block(line: OutcomeLine, *, lang: str) -> str:
    kind = label(group="kind", value=line.kind, lang=lang)
    stage = label(group="stage", value=line.stage, lang=lang)
    if line.stage_date:
        stage += f" ({long_date(line.stage_date, lang=lang)})"
    # The mark goes first: after a long bold title WeasyPrint 66 breaks the line after the first word.
    marks = f'<span class="synthetic">[{esc(word("synthetic", lang=lang))}]</span> ' if line.synthetic else ""
    rows = [f'<div class="outcome"><p class="title">{marks}{esc(line.title)}</p>']
    facts = [f"{esc(kind[:1].upper() + kind[1:])} · {esc(word('stage', lang=lang))}: <b>{esc(stage)}</b>"]
    if line.project_type:
        facts.append(esc(label(group="project_type", value=line.project_type, lang=lang)))
    if line.meeting:
        facts.append(esc(line.meeting))
    rows.append(f'<p class="facts">{" · ".join(facts)}</p>')
    rows += [f'<p class="figure">{figure_text(f, lang=lang)}</p>' for f in line.figures]
    if line.claims:
        claims = ", ".join(f"{name} ({label(group='role', value=role, lang=lang)})" for name, role in line.claims)
        rows.append(f'<p class="claims">{esc(word("claims", lang=lang))}: {esc(claims)}</p>')
    if line.records > 1:
        rows.append(f'<p class="muted">{esc(whole(line.records, lang=lang))} {esc(word("merged", lang=lang))}</p>')
    if line.members:
        rows.append(
            f'<p class="members">{esc(word("members", lang=lang))} ({esc(whole(len(line.members), lang=lang))}): '
            f"{esc(', '.join(line.members))}</p>"
        )
    rows.append("</div>")
    return "".join(rows)


def rates_section(report: MissionReport, *, lang: str) -> str:
    if not report.rates:
        return ""
    rows = [
        [
            esc(f"{r.source}→{r.target}"),
            esc(f"{r.rate.normalize():f}"),
            esc(long_date(r.rate_date, lang=lang)),
            esc(word(f"policy_{r.policy}", lang=lang)),
            esc(r.outcome),
            esc(r.note(lang)),
        ]
        for r in report.rates
    ]
    headers = [esc(word(k, lang=lang)) for k in ("pair", "rate", "rate_date", "policy", "outcome", "note")]
    source = report.rates[0].origin
    return (
        f"<section><h2>{esc(word('rates', lang=lang))}</h2>"
        f"{table(headers=headers, rows=rows, css_class='grid compact')}"
        f'<p class="muted">{esc(word("source", lang=lang))}: {esc(source)}</p></section>'
    )


def late_section(report: MissionReport, *, lang: str) -> str:
    title = f"{word('late', lang=lang)} ({long_date(report.as_of, lang=lang)})"
    if not report.late:
        return f'<section><h2>{esc(title)}</h2><p class="muted">{esc(word("none_late", lang=lang))}</p></section>'
    rows = [
        [esc(group.name), esc(task.task), esc(long_date(task.due, lang=lang)), esc(whole(task.days_late, lang=lang))]
        for group in report.late
        for task in group.tasks
    ]
    headers = [esc(word(k, lang=lang)) for k in ("owner", "task", "due", "days_late")]
    grid = table(headers=headers, rows=rows, css_class="grid compact", cell_classes=("", "", "", "num"))
    return f"<section><h2>{esc(title)}</h2>{grid}</section>"


def money_text(value: Decimal, code: str, *, lang: str) -> str:
    return amount(value, code=code, minor=2, lang=lang)

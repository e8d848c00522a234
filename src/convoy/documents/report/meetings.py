"""Report sections about meetings: by axis, by sector, delegations served and fairness."""

from __future__ import annotations

from convoy.documents.markup import esc, table
from convoy.documents.report.charts import horizontal_bars
from convoy.documents.report.format import chart
from convoy.documents.report.words import word
from convoy.outcomes.report.data import Count, MissionReport
from convoy.outcomes.report.meeting_text import describe_meetings
from convoy.outcomes.report.numbers import percent, whole

TOP_SECTORS = 10


def meetings_section(report: MissionReport, *, lang: str) -> str:
    parts = [f"<section><h2>{esc(word('meetings_section', lang=lang))}</h2>", _source(report, lang=lang)]
    parts.append(_counts(title=word("by_axis", lang=lang), counts=report.meetings_by_axis, lang=lang))
    sectors = report.meetings_by_sector[:TOP_SECTORS]
    parts.append(_counts(title=word("by_sector", lang=lang), counts=sectors, lang=lang))
    parts.append(_fairness(report, lang=lang))
    parts.append("</section>")
    return "".join(parts)


def _source(report: MissionReport, *, lang: str) -> str:
    """Where the figures come from, and the counts that make them up."""
    bilateral = "bilateral" if report.agenda_version is not None else "bilateral_agreed"
    facts = [
        (word("meetings_source", lang=lang), report.meetings_source(lang)),
        (word("meetings_total", lang=lang), whole(report.meetings, lang=lang)),
        (word(bilateral, lang=lang), whole(report.meeting_requests, lang=lang)),
        (word("activities", lang=lang), whole(report.activities, lang=lang)),
    ]
    if report.agenda_version is not None:
        facts.append((word("left_off", lang=lang), whole(report.requests_left_off, lang=lang)))
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in facts)
    es, en = describe_meetings(report)
    return f'<p>{esc(en if lang == "en" else es)}</p><table class="facts">{rows}</table>'


def _counts(*, title: str, counts: tuple[Count, ...], lang: str) -> str:
    if not counts:
        return ""
    svg = horizontal_bars(
        labels=[c.label(lang) for c in counts],
        values=[c.value for c in counts],
        shown=lambda v: whole(int(v), lang=lang),
    )
    return f"<figure><figcaption>{esc(title)}</figcaption>{chart(svg, alt=title)}</figure>"


def _fairness(report: MissionReport, *, lang: str) -> str:
    f = report.fairness
    histogram: dict[int, int] = {}
    for count in report.per_delegation:
        histogram[count.value] = histogram.get(count.value, 0) + 1
    levels = sorted(histogram)
    title = word("fairness", lang=lang)
    svg = horizontal_bars(
        labels=[f"{n} " + ("meetings" if lang == "en" else "reuniones") for n in reversed(levels)],
        values=[histogram[n] for n in reversed(levels)],
        shown=lambda v: whole(int(v), lang=lang),
    )
    facts = [
        (word("delegations_served", lang=lang), f"{whole(f.served, lang=lang)} / {whole(f.delegations, lang=lang)}"),
        (word("small_served", lang=lang), f"{whole(f.small_served, lang=lang)} / {whole(f.small, lang=lang)}"),
        (
            word("min_median_max", lang=lang),
            f"{whole(f.minimum, lang=lang)} / {_median(f.median, lang=lang)} / {whole(f.maximum, lang=lang)}",
        ),
        (word("gini", lang=lang), f"{f.gini:.2f}"),
    ]
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in facts)
    served = percent(f.served / f.delegations, lang=lang) if f.delegations else ""
    if f.delegations <= 1:
        return f'<h3>{esc(title)} ({esc(served)})</h3><table class="facts">{rows}</table>'
    return (
        f'<h3>{esc(title)} ({esc(served)})</h3><table class="facts">{rows}</table>'
        f"<figure><figcaption>{esc(word('per_delegation', lang=lang))}</figcaption>{chart(svg, alt=title)}</figure>"
        + _per_delegation(report, lang=lang)
    )


def _median(value: float, *, lang: str) -> str:
    return whole(int(value), lang=lang) if value == int(value) else f"{value:.1f}"


def _per_delegation(report: MissionReport, *, lang: str) -> str:
    counts = list(report.per_delegation)
    columns = 3
    per_column = -(-len(counts) // columns)
    rows = []
    for i in range(per_column):
        row = []
        for c in range(columns):
            index = c * per_column + i
            if index < len(counts):
                row += [esc(counts[index].label(lang)), esc(whole(counts[index].value, lang=lang))]
            else:
                row += ["", ""]
        rows.append(row)
    headers = [esc(word("delegation", lang=lang)), esc(word("meetings", lang=lang))] * columns
    return table(headers=headers, rows=rows, css_class="grid compact", cell_classes=("", "num") * columns)

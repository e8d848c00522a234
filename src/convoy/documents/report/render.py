"""Assemble the mission report as one HTML page, and print it to PDF."""

from __future__ import annotations

from convoy.documents.markup import esc
from convoy.documents.pdf import render_pdf
from convoy.documents.report.meetings import meetings_section
from convoy.documents.report.results import charts_section, late_section, outcomes_section, rates_section
from convoy.documents.report.sections import cover, funnel_section, kpi_section, method_section
from convoy.documents.report.words import word
from convoy.outcomes.report.data import MissionReport

REPORT_CSS = """
@page { @top-left { content: string(doctitle); font-size: 7.5pt; color: #555; } }
@page :first { @top-left { content: none; } }
html { font-size: 9.5pt; line-height: 1.35; }
h1 { string-set: doctitle content(); font-size: 18pt; line-height: 1.2; }
.kicker { text-transform: uppercase; letter-spacing: 0.5pt; color: #2a5d8f; font-weight: bold; margin: 0; }
table.meta { width: auto; margin: 4pt 0 8pt; }
table.meta th, table.meta td, table.facts th, table.facts td { border: none; background: none; padding: 1pt 8pt 1pt 0; }
table.facts { width: auto; page-break-inside: avoid; }
p.lead { font-size: 11pt; line-height: 1.45; }
section { page-break-inside: auto; }
h2 { page-break-after: avoid; color: #1d3f61; }
h3 { page-break-after: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.grid { font-size: 8.5pt; }
table.compact { font-size: 7.5pt; }
table.compact td, table.compact th { padding: 1pt 3pt; }
table.grid tr { page-break-inside: avoid; }
table.grid thead { display: table-header-group; }
figure { margin: 6pt 0 10pt; page-break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: 2pt; }
img.chart { width: 100%; }
.funnel { display: flex; gap: 4pt; margin: 4pt 0; }
.funnel .step { flex: 1; background: #e8eef5; border-left: 3pt solid #2a5d8f; padding: 4pt 6pt; }
.funnel .n { display: block; font-size: 16pt; font-weight: bold; color: #1d3f61; }
.outcome { border-left: 2.5pt solid #2a5d8f; padding: 1pt 0 1pt 6pt; margin: 6pt 0; page-break-inside: avoid; }
.outcome p { margin: 1pt 0; }
.outcome .title { font-weight: bold; }
.outcome .members { font-size: 7.5pt; color: #333; }
.method li { margin-bottom: 2pt; }
.keep { page-break-inside: avoid; }
"""


def report_html(*, report: MissionReport, lang: str) -> str:
    body = "".join(
        (
            cover(report, lang=lang),
            kpi_section(report, lang=lang),
            funnel_section(report, lang=lang),
            meetings_section(report, lang=lang),
            charts_section(report, lang=lang),
            outcomes_section(report, lang=lang),
            rates_section(report, lang=lang),
            late_section(report, lang=lang),
            method_section(lang=lang),
        )
    )
    title = f"{word('report', lang=lang)} — {report.title}"
    return (
        f'<!DOCTYPE html><html lang="{esc(lang)}"><head><meta charset="utf-8"><title>{esc(title)}</title>'
        f"<style>{REPORT_CSS}</style></head><body>{body}</body></html>"
    )


def render_report_pdf(*, report: MissionReport, lang: str) -> bytes:
    return render_pdf(html=report_html(report=report, lang=lang), extra_css=REPORT_CSS)

"""Small HTML builders shared by the PDF documents, and their print stylesheet."""

from __future__ import annotations

import datetime as dt
from html import escape

from convoy.documents.data import Written
from convoy.documents.times import long_date

DOCUMENT_CSS = """
@page { @top-left { content: string(doctitle); font-size: 8pt; color: #555; } }
@page :first { @top-left { content: none; } }
html { font-size: 9.5pt; line-height: 1.35; }
h1 { string-set: doctitle content(); }
.cover { page-break-after: always; padding-top: 50mm; }
.cover h1 { font-size: 24pt; line-height: 1.2; }
.cover .for { font-size: 16pt; margin: 10mm 0 4mm; }
.cover .meta { margin-top: 12mm; font-size: 10pt; }
.cover .meta td { border: none; padding: 1pt 6pt 1pt 0; }
.leg { page-break-before: always; }
.leg:first-of-type { page-break-before: auto; }
h2 .zone { font-size: 9pt; font-weight: normal; color: #555; }
h3 { background: #f0f0f0; padding: 2pt 4pt; page-break-after: avoid; }
.activity { page-break-inside: avoid; border-left: 2.5pt solid #2a5d8f; padding: 2pt 0 2pt 6pt; margin: 6pt 0; }
.activity .when { font-weight: bold; font-size: 10.5pt; }
.activity .cdmx { color: #555; font-weight: normal; font-size: 8.5pt; margin-left: 6pt; }
.activity .title { font-weight: bold; }
.activity .kind { color: #555; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.3pt; }
.activity dl { margin: 2pt 0 0; }
.activity dt { float: left; clear: left; width: 34mm; color: #555; font-size: 8.5pt; }
.activity dd { margin: 0 0 1.5pt 36mm; }
.hop { margin: 2pt 0 2pt 10pt; font-size: 8.5pt; color: #333; }
.hop.tight { color: #a00; font-weight: bold; }
.citychange { border: 0.8pt dashed #2a5d8f; padding: 4pt 6pt; margin: 6pt 0; page-break-inside: avoid; }
.free { color: #555; font-style: italic; }
.draft { color: #a00; font-weight: bold; }
table.grid { font-size: 8.5pt; }
table.grid td, table.grid th { padding: 2pt 3pt; hyphens: manual; }
table.grid td.phone, .nobr { white-space: nowrap; }
table.fixed { table-layout: fixed; }
table.grid td.email { word-break: break-all; }
table.grid tr { page-break-inside: avoid; }
table.grid thead { display: table-header-group; }
.risk { color: #a00; }
.en { color: #444; }
section.contacts { page-break-before: always; }
"""


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def written(value: Written | None) -> str:
    """User-written text tagged with its language (so Japanese gets its font and rules)."""
    if value is None or not value.text:
        return ""
    return f'<span lang="{esc(value.language)}">{esc(value.text)}</span>'


def date_heading(*, day: dt.date, language: str) -> str:
    if language != "both":
        return esc(long_date(day=day, language=language))
    return (
        f'{esc(long_date(day=day, language="es"))} <span class="en">/ {esc(long_date(day=day, language="en"))}</span>'
    )


def html_language(language: str) -> str:
    return "es" if language == "both" else language


def page(*, title: str, language: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="{html_language(language)}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head><body>{body}</body></html>"
    )


def table(
    *,
    headers: list[str],
    rows: list[list[str]],
    css_class: str = "grid",
    cell_classes: tuple[str, ...] = (),
    widths: tuple[int, ...] = (),
) -> str:
    """A table whose cells are already HTML (escape them before); ``cell_classes`` and ``widths``
    (percent) per column."""
    cols = "<colgroup>" + "".join(f'<col style="width: {w}%">' for w in widths) + "</colgroup>" if widths else ""
    head = "".join(f"<th>{h}</th>" for h in headers)
    classes = [f' class="{c}"' if c else "" for c in cell_classes] + [""] * len(headers)
    body = "".join(
        "<tr>" + "".join(f"<td{classes[i]}>{cell}</td>" for i, cell in enumerate(row)) + "</tr>" for row in rows
    )
    return f'<table class="{css_class}">{cols}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def definition(*, label: str, value: str) -> str:
    return f"<dt>{esc(label)}</dt><dd>{value}</dd>" if value else ""

"""HTML → PDF with WeasyPrint, with the fonts and base styles every Convoy document shares."""

from __future__ import annotations

from importlib import resources

BASE_CSS = """
@page { size: A4; margin: 18mm 16mm 20mm 16mm;
        @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
html { font-family: "DejaVu Sans", "IPAPGothic", "IPAGothic", sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 20pt; margin: 0 0 6pt; }
h2 { font-size: 14pt; margin: 14pt 0 6pt; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 0.5pt solid #bbb; padding: 3pt 4pt; text-align: left; vertical-align: top; }
th { background: #eee; }
.muted { color: #555; }
.synthetic { color: #8a5a00; font-style: italic; }
"""


def render_pdf(*, html: str, extra_css: str = "", base_url: str | None = None) -> bytes:
    """Render an HTML document to PDF bytes with the shared stylesheet first."""
    from weasyprint import CSS, HTML

    stylesheets = [CSS(string=BASE_CSS)]
    if extra_css:
        stylesheets.append(CSS(string=extra_css))
    document = HTML(string=html, base_url=base_url or str(resources.files("convoy.documents")))
    return bytes(document.write_pdf(stylesheets=stylesheets))

"""The shared PDF renderer: real PDFs whose text (accents, Japanese) reads back."""

from __future__ import annotations

import subprocess

from convoy.documents.pdf import render_pdf


def test_pdf_text_reads_back_with_accents_and_japanese(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = render_pdf(html="<h1>Agenda — Mérida</h1><p>タチエス (Tachi-S), Aguascalientes</p>")
    assert pdf.startswith(b"%PDF-")
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Agenda — Mérida" in text
    assert "タチエス (Tachi-S), Aguascalientes" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "IPA" in fonts

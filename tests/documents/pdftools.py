"""Read a PDF back the way a person would: its text (pdftotext) and its pages as PNG (pdftoppm)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_text(pdf: bytes, *, folder: Path, name: str = "doc", layout: bool = True) -> str:
    """The text; ``layout`` keeps columns side by side, otherwise each table cell reads whole."""
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    command = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return result.stdout


def pdf_pages(pdf: bytes, *, folder: Path, name: str = "doc") -> list[Path]:
    """Every page as a PNG at 50 dpi, in order."""
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(folder / name)], check=True)
    return sorted(folder.glob(f"{name}-*.png"))


def squash(text: str) -> str:
    """Whitespace collapsed, so phrases wrapped across lines or columns still match."""
    return " ".join(text.split())


def loose(text: str) -> str:
    """``squash`` without hyphens: pdftotext joins a word broken at its hyphen (``GO-Biz`` → ``GOBiz``)."""
    return squash(text).replace("-", "")

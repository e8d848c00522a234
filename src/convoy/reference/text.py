"""Text normalisation shared by the catalog look-ups: case, accents, punctuation, spaces."""

from __future__ import annotations

import unicodedata


def normalize(text: str) -> str:
    """Fold case, drop accents, turn punctuation into spaces and collapse runs of spaces.

    ``"  San Pedro   TLAQUEPAQUE "`` and ``"san pedro tlaquepaque"`` normalise alike, and so
    do ``"Querétaro"`` and ``"queretaro"``; ``"ñ"`` becomes ``"n"``.
    """
    # Case-fold before and after decomposing: compatibility forms (e.g. mathematical bold
    # capitals) only become plain capitals under NFKD, so one pass would not be idempotent.
    decomposed = unicodedata.normalize("NFKD", text.casefold()).casefold()
    letters = (char for char in decomposed if not unicodedata.combining(char))
    spaced = "".join(char if char.isalnum() else " " for char in letters)
    return " ".join(spaced.split())

"""Sample missions built from the seed articles, as mission documents (JSON, version 1).

Each file is one mission in the format of ``docs/reference/mission-document.md``. What the
articles state carries ``"synthetic": false`` and its source in ``"provenance"``; what was
invented to make the sample usable carries ``"synthetic": true`` (see ``README.md`` here for
the convention). Organizations shared by several files are identical in all of them, so the
files can be loaded in any order; :func:`sample_paths` gives the order ``convoy demo`` uses.
"""

from __future__ import annotations

from pathlib import Path

SAMPLE_FILES = (
    "convoy-california-2023.json",
    "maen-sacramento.json",
    "aguascalientes-japan.json",
)


def sample_paths() -> tuple[Path, ...]:
    """The sample mission documents, in load order."""
    here = Path(__file__).resolve().parent
    return tuple(here / name for name in SAMPLE_FILES)

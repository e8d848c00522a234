"""Sample outcomes of the three sample missions, as outcome documents (JSON, version 1).

What the seed articles state (Aguascalientes' forecast of USD 150 million and 2,300 jobs,
Tachi-S' 700 new jobs, the JICA programme for twenty SMEs, the studios' working group, the
SoCalBio agreement) carries its source in ``provenance``; every follow-up, later stage and
figure that no article gives is invented, says so in its text (“sintético”) and carries
``"synthetic": true``. Load them after the missions: they refer to their organizations,
meeting requests and activities.
"""

from __future__ import annotations

from pathlib import Path

SAMPLE_FILES = ("convoy-california-2023.json", "maen-sacramento.json", "aguascalientes-japan.json")


def sample_outcome_paths() -> tuple[Path, ...]:
    here = Path(__file__).resolve().parent
    return tuple(here / name for name in SAMPLE_FILES)

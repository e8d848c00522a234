"""How the report names where its meeting figures come from, and states them in one sentence.

With a published agenda: "Hubo 87 encuentros en la agenda publicada: 75 reuniones bilaterales
y 12 actividades. Otras 19 reuniones acordadas quedaron fuera de la agenda." Without one, the same
figures are said to be agreed meetings, not an agenda.
"""

from __future__ import annotations

from convoy.outcomes.report.data import Bilingual, MissionReport
from convoy.outcomes.report.numbers import plural as p
from convoy.outcomes.report.numbers import whole

NO_AGENDA = Bilingual(
    es="solicitudes aceptadas y actividades, sin agenda publicada",
    en="accepted requests and activities, no agenda published",
)


def meetings_source(*, agenda_version: int | None) -> Bilingual:
    if agenda_version is None:
        return NO_AGENDA
    return Bilingual(
        es=f"la agenda publicada, versión {agenda_version}", en=f"the published agenda, version {agenda_version}"
    )


def _parts(r: MissionReport) -> tuple[str, str]:
    req, act = r.meeting_requests, r.activities
    es, en = [], []
    if req:
        es.append(f"{whole(req, lang='es')} {p(req, 'reunión bilateral', 'reuniones bilaterales')}")
        en.append(f"{whole(req, lang='en')} bilateral {p(req, 'meeting', 'meetings')}")
    if act:
        es.append(f"{whole(act, lang='es')} {p(act, 'actividad', 'actividades')}")
        en.append(f"{whole(act, lang='en')} {p(act, 'activity', 'activities')}")
    return " y ".join(es), " and ".join(en)


def describe_meetings(r: MissionReport) -> tuple[str, str]:
    """The meetings sentence (Spanish, English) of the summary and the meetings section."""
    n = r.meetings
    parts_es, parts_en = _parts(r)
    if r.agenda_version is None:
        if not n:
            return "Aún no hay encuentros registrados.", "No meetings have been recorded yet."
        return (
            f"Se {p(n, 'acordó', 'acordaron')} {whole(n, lang='es')} {p(n, 'encuentro', 'encuentros')}: {parts_es}. "
            f"{p(n, 'Es un encuentro acordado', 'Son encuentros acordados')}, no una agenda: la misión no tiene "
            "agenda publicada.",
            f"{whole(n, lang='en')} {p(n, 'meeting was', 'meetings were')} agreed: {parts_en}. "
            f"{p(n, 'It is an agreed meeting', 'These are agreed meetings')}, not an agenda: the mission has no "
            "published agenda.",
        )
    if n:
        es = f"Hubo {whole(n, lang='es')} {p(n, 'encuentro', 'encuentros')} en la agenda publicada: {parts_es}."
        en = (
            f"There {p(n, 'was', 'were')} {whole(n, lang='en')} {p(n, 'meeting', 'meetings')} on the published "
            f"agenda: {parts_en}."
        )
    else:
        es, en = "La agenda publicada no tiene encuentros.", "The published agenda has no meetings."
    off = r.requests_left_off
    if off == 1:
        es, en = (
            es + " Otra reunión acordada quedó fuera de la agenda.",
            en + " Another agreed meeting was left off the agenda.",
        )
    elif off:
        es += f" Otras {whole(off, lang='es')} reuniones acordadas quedaron fuera de la agenda."
        en += f" Another {whole(off, lang='en')} agreed meetings were left off the agenda."
    return es, en

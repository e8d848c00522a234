"""The press-style opening, written from the small mission's records."""

from __future__ import annotations

import datetime as dt

from convoy.missions.models import Delegation, Mission
from convoy.outcomes.models import Outcome
from convoy.outcomes.report.build import build_report
from convoy.outcomes.report.numbers import millions

from ..expected import EXPORT_ANNOUNCED_USD, EXPORT_REALIZED_USD, INVESTMENT_ANNOUNCED_USD
from ..factory import publish_agenda

AS_OF = dt.date(2024, 6, 1)


def test_the_summary_in_spanish(stored: Mission) -> None:
    summary = build_report(mission=stored, as_of=AS_OF).summary
    assert summary.es == (
        "El convoy reunió a 3 municipios de 2 estados, 1 gobierno estatal y 1 empresa u organismo con 4 empresas y "
        "cámaras y 1 organización más en Los Ángeles, del 27 al 28 de febrero de 2023. Se acordaron 7 encuentros: 5 "
        "reuniones bilaterales y 2 actividades. Son encuentros acordados, no una agenda: la misión no tiene agenda "
        "publicada. De 4 prospectos, 3 se anunciaron y 2 se realizaron: inversiones "
        f"anunciadas por {millions(INVESTMENT_ANNOUNCED_USD, code='USD', lang='es')} y 410 empleos nuevos esperados; "
        "realizados, USD 6.5 millones y 250 empleos. Ventas de exportación anunciadas por "
        f"{millions(EXPORT_ANNOUNCED_USD, code='USD', lang='es')}; realizadas, "
        f"{millions(EXPORT_REALIZED_USD, code='USD', lang='es')}. El organizador (SRE) espera inversiones por USD 20 "
        "millones y 1,000 empleos: es su pronóstico y no se suma a lo anunciado. Se firmó 1 acuerdo (valor declarado: "
        "USD 50 millones, no suma como inversión), se integró un grupo de trabajo con 1 empresa u organismo, 2 "
        "municipios y 1 estado y se lanzó 1 programa para 15 empresas."
    )


def test_the_summary_in_english(stored: Mission) -> None:
    summary = build_report(mission=stored, as_of=AS_OF).summary
    assert summary.en.startswith(
        "The convoy brought 3 municipalities from 2 states, 1 state government and 1 company or organization "
        "together with 4 companies and chambers and 1 more organization in Los Ángeles, from February 27 to 28, 2023. "
        "7 meetings were agreed: 5 bilateral meetings and 2 activities. These are agreed meetings, not an agenda: the "
        "mission has no published agenda. Of 4 leads, 3 were announced and 2 realized"
    )
    assert summary.en.endswith(
        "1 agreement was signed (headline value USD 50 million, not counted as investment), a working group was "
        "formed with 1 company or organization, 2 municipalities and 1 state and 1 programme was launched for 15 firms."
    )


def test_a_mission_without_outcomes_says_so(mission: Mission) -> None:
    summary = build_report(mission=mission, as_of=AS_OF).summary
    assert summary.es.endswith(
        "Se acordaron 7 encuentros: 5 reuniones bilaterales y 2 actividades. Son encuentros acordados, no una agenda: "
        "la misión no tiene agenda publicada. Aún no hay prospectos registrados."
    )
    assert summary.en.endswith("No leads have been recorded yet.")


def test_one_delegation_is_named_and_a_state_by_its_name(stored: Mission) -> None:
    Delegation.objects.filter(mission=stored).exclude(organization__key="edo-14").delete()
    Outcome.objects.filter(mission=stored).delete()
    summary = build_report(mission=stored, as_of=AS_OF).summary
    assert summary.es.startswith(
        "La delegación de Jalisco se reunió con 4 empresas y cámaras y 1 organización más en Los Ángeles, "
        "del 27 al 28 de febrero de 2023. Se acordaron 3 encuentros: 1 reunión bilateral y 2 actividades."
    )


def test_with_a_published_agenda_the_summary_counts_its_meetings_and_those_left_off(stored: Mission) -> None:
    publish_agenda(stored)
    report = build_report(mission=stored, as_of=AS_OF)
    assert (report.meetings, report.meeting_requests, report.activities, report.requests_left_off) == (6, 4, 2, 1)
    assert (report.agenda_version, report.meetings_source.es, report.meetings_source.en) == (
        1,
        "la agenda publicada, versión 1",
        "the published agenda, version 1",
    )
    assert (
        "Hubo 6 encuentros en la agenda publicada: 4 reuniones bilaterales y 2 actividades. Otra reunión acordada "
        "quedó fuera de la agenda. De 4 prospectos"
    ) in report.summary.es
    assert (
        "There were 6 meetings on the published agenda: 4 bilateral meetings and 2 activities. Another agreed meeting "
        "was left off the agenda. Of 4 leads"
    ) in report.summary.en
    assert (report.funnel.meetings, report.fairness.minimum, report.fairness.maximum) == (6, 1, 3)

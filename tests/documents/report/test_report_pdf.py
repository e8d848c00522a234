"""The mission report as PDF: every figure, recomputed from the database, reads back from the pages.

The California convoy and the Aguascalientes trip (with their sample outcomes) are rendered
in Spanish and English; the text comes back through pdftotext and the pages through pdftoppm.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
from pathlib import Path

import pytest
from matplotlib import image

from convoy.agenda.services.plan import plan_mission
from convoy.agenda.services.publish import publish_version
from convoy.documents.report.render import render_report_pdf, report_html
from convoy.missions.models import Activity, MeetingRequest, Mission, Objective
from convoy.outcomes.models import Conversion, FollowUp
from convoy.outcomes.report.build import build_report
from convoy.outcomes.report.numbers import amount, millions, whole

from ..pdftools import pdf_pages, squash
from . import recompute

AS_OF = dt.date(2026, 11, 21)


def reading_text(pdf: bytes, *, folder: Path) -> str:
    """pdftotext in reading order (no -layout): each table cell reads whole; whitespace squashed."""
    path = folder / "report.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return squash(result.stdout)


def rendered(slug: str, lang: str, folder: Path) -> tuple[Mission, bytes, str]:
    mission = Mission.objects.get(slug=slug)
    pdf = render_report_pdf(report=build_report(mission=mission, as_of=AS_OF), lang=lang)
    return mission, pdf, reading_text(pdf, folder=folder)


def summary_phrases(mission: Mission, lang: str) -> list[str]:
    """Phrases of the press summary, each with a number recomputed from the records."""
    p, f = recompute.participation(mission), recompute.funnel(mission)
    usd_announced = recompute.money(mission, "investment", "expected", "USD")
    usd_realized = recompute.money(mission, "investment", "realized", "USD")
    jobs_new = recompute.jobs(mission, "expected", "new")
    jobs_done = recompute.jobs(mission, "realized", "new")
    headline = recompute.money(mission, "headline_value", "expected", "USD")
    n = lambda value: whole(value, lang=lang)  # noqa: E731
    if lang == "es":
        phrases = [
            f"{n(p['municipalities'])} municipios de {n(p['municipality_states'])} estados",
            f"{n(p['state_governments'])} gobiernos estatales",
            f"{n(p['business'])} empresas y cámaras y {n(p['other_counterparts'])} organizaciones más",
            f"De {n(f['leads'])} prospectos, {n(f['announced'])} se anunciaron y {n(f['realized'])} se realizó",
            f"inversiones anunciadas por {millions(usd_announced, code='USD', lang=lang)} y {n(jobs_new)} empleos "
            f"nuevos esperados; realizados, {millions(usd_realized, code='USD', lang=lang)} y {n(jobs_done)} empleos",
            f"Se firmaron {n(recompute.signed_agreements(mission))} acuerdos (valor declarado: "
            f"{millions(headline, code='USD', lang=lang)}, no suma como inversión)",
        ]
        for members in recompute.working_group_members(mission):
            phrases.append(
                f"se integró un grupo de trabajo con {n(members['other'])} empresas y organismos, "
                f"{n(members['municipality'])} municipios y {n(members['state'])} estados"
            )
        return phrases + meeting_phrases(mission, lang)
    return [
        *meeting_phrases(mission, lang),
        f"{n(p['municipalities'])} municipalities from {n(p['municipality_states'])} states",
        f"{n(p['state_governments'])} state governments",
        f"{n(p['business'])} companies and chambers and {n(p['other_counterparts'])} more organizations",
        f"Of {n(f['leads'])} leads, {n(f['announced'])} were announced and {n(f['realized'])} realized",
        f"{millions(usd_announced, code='USD', lang=lang)} of investment and {n(jobs_new)} new jobs announced; "
        f"{millions(usd_realized, code='USD', lang=lang)} and {n(jobs_done)} jobs realized",
        f"{n(recompute.signed_agreements(mission))} agreements were signed (headline value "
        f"{millions(headline, code='USD', lang=lang)}, not counted as investment)",
    ]


def meeting_phrases(mission: Mission, lang: str) -> list[str]:
    """What the summary, the funnel, the targets and the meetings section say of the meetings, recomputed."""
    m, version = recompute.meetings(mission), recompute.published_number(mission)
    n = lambda value: whole(value, lang=lang)  # noqa: E731
    counts = sorted(recompute.per_delegation(mission))
    middle = statistics.median(counts)
    median = n(int(middle)) if middle == int(middle) else f"{middle:.1f}"
    served = sum(1 for c in counts if c)
    meeting_targets = Objective.objects.filter(mission=mission, metric="meetings").exists()
    if lang == "es":
        source = f"la agenda publicada, versión {version}" if version else "solicitudes aceptadas y actividades, "
        source += "" if version else "sin agenda publicada"
        if version:
            said = (
                f"Hubo {n(m['meetings'])} encuentros en la agenda publicada: {n(m['requests'])} reuniones "
                f"bilaterales y {n(m['activities'])} actividades."
            )
            said += {0: "", 1: " Otra reunión acordada quedó fuera de la agenda."}.get(
                m["off"], f" Otras {n(m['off'])} reuniones acordadas quedaron fuera de la agenda."
            )
        else:
            said = (
                f"Se acordaron {n(m['meetings'])} encuentros: {n(m['requests'])} reuniones bilaterales y "
                f"{n(m['activities'])} actividades. Son encuentros acordados, no una agenda: la misión no tiene "
                "agenda publicada."
            )
        phrases = [
            said,
            f"Fuente de las reuniones: {source}.",
            f"Fuente de las reuniones {source} Total de encuentros {n(m['meetings'])}",
            f"Reuniones bilaterales{'' if version else ' acordadas'} {n(m['requests'])} Actividades (sin traslados) "
            f"{n(m['activities'])}",
            f"Delegaciones con al menos una reunión {n(served)} / {n(len(counts))}",
            f"Reuniones por delegación (mín. / mediana / máx.) {n(counts[0])} / {median} / {n(counts[-1])}",
        ]
        if version:
            phrases.append(f"Reuniones acordadas fuera de la agenda {n(m['off'])}")
        if meeting_targets:
            phrases.append(f"reuniones de {source})")
        return phrases
    source = f"the published agenda, version {version}" if version else "accepted requests and activities, "
    source += "" if version else "no agenda published"
    if version:
        said = (
            f"There were {n(m['meetings'])} meetings on the published agenda: {n(m['requests'])} bilateral "
            f"meetings and {n(m['activities'])} activities."
        )
        said += {0: "", 1: " Another agreed meeting was left off the agenda."}.get(
            m["off"], f" Another {n(m['off'])} agreed meetings were left off the agenda."
        )
    else:
        said = (
            f"{n(m['meetings'])} meetings were agreed: {n(m['requests'])} bilateral meetings and "
            f"{n(m['activities'])} activities. These are agreed meetings, not an agenda: the mission has no "
            "published agenda."
        )
    phrases = [
        said,
        f"Source of the meetings: {source}.",
        f"Source of the meetings {source} Total meetings {n(m['meetings'])}",
        f"{'Bilateral' if version else 'Agreed bilateral'} meetings {n(m['requests'])} Activities (travel excluded) "
        f"{n(m['activities'])}",
        f"Delegations with at least one meeting {n(served)} / {n(len(counts))}",
        f"Meetings per delegation (min / median / max) {n(counts[0])} / {median} / {n(counts[-1])}",
    ]
    if version:
        phrases.append(f"Agreed meetings left off the agenda {n(m['off'])}")
    if meeting_targets:
        phrases.append(f"meetings from {source})")
    return phrases


def table_values(mission: Mission, lang: str) -> list[str]:
    """Cells of the targets, side-by-side, rates and overdue tables, recomputed."""
    money = lambda value, code: amount(value, code=code, minor=2, lang=lang)  # noqa: E731
    values = [
        f"{money(recompute.money(mission, 'investment', 'expected', 'USD'), 'USD')} · "
        f"{money(recompute.money(mission, 'investment', 'expected', 'MXN'), 'MXN')}",
        f"{money(recompute.money(mission, 'investment', 'realized', 'USD'), 'USD')} · "
        f"{money(recompute.money(mission, 'investment', 'realized', 'MXN'), 'MXN')}",
        f"{money(recompute.money(mission, 'headline_value', 'expected', 'USD'), 'USD')} · "
        f"{money(recompute.money(mission, 'headline_value', 'expected', 'MXN'), 'MXN')}",
    ]
    meetings = recompute.meetings(mission)["meetings"]
    for objective in Objective.objects.filter(mission=mission, metric="meetings"):
        values.append(whole(objective.target, lang=lang))
    values.append(whole(meetings, lang=lang))
    for conversion in Conversion.objects.filter(figure__outcome__mission=mission).exclude(source=""):
        values.append(f"{conversion.figure.currency}→{conversion.currency} {conversion.rate.normalize():f}")
    for follow_up in FollowUp.objects.filter(outcome__mission=mission, done__isnull=True, due__lt=AS_OF):
        values.append(follow_up.task)
        values.append(whole((AS_OF - follow_up.due).days, lang=lang))
    return values


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_california_report_shows_every_recomputed_figure(samples: None, lang: str, tmp_path: Path) -> None:
    mission, _pdf, text = rendered("convoy-california-2023", lang, tmp_path)
    missing = [phrase for phrase in summary_phrases(mission, lang) + table_values(mission, lang) if phrase not in text]
    assert missing == []
    assert recompute.money(mission, "headline_value", "expected", "USD") > 0
    assert recompute.funnel(mission)["lost"] == 1


@pytest.mark.parametrize("lang", ["es", "en"])
def test_with_a_published_agenda_the_maen_report_counts_its_meetings(samples: None, lang: str, tmp_path: Path) -> None:
    mission = Mission.objects.get(slug="maen-sacramento")
    planned = plan_mission(mission=mission, time_limit=2.0)
    assert planned.version is not None
    publish_version(mission=mission, number=planned.version.number)
    _mission, _pdf, text = rendered("maen-sacramento", lang, tmp_path)
    missing = [phrase for phrase in meeting_phrases(mission, lang) + table_values(mission, lang) if phrase not in text]
    assert missing == []
    counted = recompute.meetings(mission)
    accepted = MeetingRequest.objects.filter(mission=mission, status="accepted").count()
    assert counted["requests"] + counted["off"] == accepted
    assert counted["activities"] == Activity.objects.filter(mission=mission).exclude(kind="travel").count()


def test_the_japan_report_shows_the_forecast_apart_and_the_jpy_announcement(samples: None, tmp_path: Path) -> None:
    mission, pdf, text = rendered("aguascalientes-japan", "es", tmp_path)
    forecast = {f.measure: f for f in recompute.forecast_figures(mission)}
    assert (
        f"El organizador (Gobierno del Estado de Aguascalientes) espera inversiones por "
        f"{millions(forecast['investment'].value, code='USD', lang='es')} y "
        f"{whole(forecast['jobs'].value, lang='es')} empleos: es su pronóstico y no se suma a lo anunciado."
    ) in text
    jpy = Conversion.objects.filter(figure__currency="JPY", currency="USD").order_by("figure__outcome__key")
    assert [c.figure.value for c in jpy] == [2_400_000_000, 2_400_000_000]
    assert f"JPY 2,400,000,000 ({amount(jpy[0].amount, code='USD', minor=2, lang='es')})" in text
    usd = recompute.money(mission, "investment", "expected", "USD")
    assert usd == jpy[0].amount  # one plant claimed by the state and the municipality, counted once
    assert f"inversiones anunciadas por {millions(usd, code='USD', lang='es')}" in text
    assert f"se lanzó 1 programa para {recompute.programme_firms(mission)} empresas" in text
    assert "2 registros de un mismo proyecto, contados una vez" in text
    pages = pdf_pages(pdf, folder=tmp_path, name="pages")
    assert len(pages) >= 3
    for page in pages:
        pixels = image.imread(page)
        dark = (pixels[:, :, :3].mean(axis=2) < 0.6).mean()
        assert dark > 0.002, page.name


def test_the_html_report_carries_svg_charts_of_what_there_is(samples: None) -> None:
    mission = Mission.objects.get(slug="maen-sacramento")
    html = report_html(report=build_report(mission=mission, as_of=AS_OF), lang="en")
    # by axis, by sector, meetings per delegation, money (export sales); no jobs and no agreements to chart
    assert html.count('<img class="chart"') == html.count("data:image/svg+xml;base64,") == 4
    assert "Jobs expected and realized" not in html
    assert "Export sales of USD 380,000 announced, USD 310,000 realized." in html

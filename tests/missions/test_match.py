"""`match_mission` on a small hand-made mission: what is stored, why, and what it respects.

The mission: one day in Los Angeles (09:00–13:00 less a break: 7 slots) and one in San
Francisco. Guadalajara attends both legs; Tequila (small, no staff), Monterrey and León
attend Los Angeles only. Visit LA can meet once (one 30-minute window); Netflix is marquee
and shares its time through a two-seat group session. Requests: Monterrey asked Tesla
(high, proposed); León's request to the port is accepted; Guadalajara's was declined; the
organizer wants Monterrey to meet Microsoft (must).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from convoy.agenda.services.build_problem import build_problem
from convoy.matching import AllocationPolicy, suggest
from convoy.matching.embeddings import TextEncoder
from convoy.missions.models import (
    Activity,
    AvailabilityWindow,
    Axis,
    Break,
    Counterpart,
    Delegation,
    Interest,
    Leg,
    MeetingRequest,
    Mission,
    Organization,
    Person,
    Suggestion,
)
from convoy.missions.services.match import MatchReport, match_mission
from convoy.missions.services.match_decide import accept_suggestions, reject_suggestions
from convoy.missions.services.match_encoder import shared_encoder
from convoy.missions.services.match_input import read_input
from convoy.missions.services.match_store import StoreCounts

pytestmark = pytest.mark.django_db

DAY = dt.date(2023, 2, 27)
POLICY = AllocationPolicy(floor=2, delegation_cap=3, counterpart_cap=3, seat_cap=1, min_score=0.3)

# Delegations: organization key, name, small (no staff), legs attended.
DELEGATIONS = [
    ("mun-14039", "Guadalajara", False, ("la", "sf")),
    ("mun-14094", "Tequila", True, ("la",)),
    ("mun-19039", "Monterrey", False, ("la",)),
    ("mun-11020", "León", False, ("la",)),
]
# Counterparts: organization key, name, leg, marquee.
COUNTERPARTS = [
    ("netflix", "Netflix", "la", True),
    ("tesla", "Tesla", "la", False),
    ("visit-la", "Visit LA", "la", False),
    ("port-la", "Port of Los Angeles", "la", False),
    ("microsoft", "Microsoft", "la", False),
    ("uc-berkeley", "UC Berkeley", "sf", False),
]
CREATIVE = "creative_industries"
# Interests: owner key, need or offer, kind, axis, SCIAN code, text (Spanish for delegations).
INTERESTS = [
    ("mun-14039", "need", "co_production", CREATIVE, "5121", "Coproducción de cine y series con estudios"),
    ("mun-14039", "need", "technology", "economic", "5415", "Servicios de software y nube para el municipio"),
    ("mun-14039", "need", "tourism", "economic", "7211", "Promoción turística y de viajes de Guadalajara en LA"),
    ("mun-14094", "need", "tourism", "economic", "7211", "Pueblo Mágico de Tequila: rutas del agave"),
    ("mun-14094", "need", "trade", "economic", "3121", "Exportación de tequila y artesanías a California"),
    ("mun-14094", "need", "co_production", CREATIVE, "5121", "Locaciones de filmación en el paisaje agavero"),
    ("mun-19039", "need", "supplier_development", "economic", "336", "Desarrollo de proveedores automotrices"),
    ("mun-19039", "need", "technology", "economic", "5415", "Transformación digital de la industria regiomontana"),
    ("mun-11020", "need", "trade", "economic", "316", "Exportación de calzado y artículos de piel"),
    ("mun-11020", "need", "supplier_development", "economic", "3363", "Proveeduría de autopartes para armadoras"),
    ("netflix", "offer", "co_production", CREATIVE, "5121", "Film and series co-production with Mexican talent"),
    ("tesla", "offer", "supplier_development", "economic", "3361", "Supplier programme for auto parts makers"),
    ("visit-la", "offer", "tourism", "economic", "7211", "Tourism promotion and travel trade in Los Angeles"),
    ("port-la", "offer", "trade", "economic", "4881", "Trade and logistics through the Port of Los Angeles"),
    ("microsoft", "offer", "technology", "economic", "5415", "Cloud and software partnerships for cities"),
    ("uc-berkeley", "offer", "technology", "economic", "5417", "Research partnerships on software for cities"),
]


def make_legs(mission: Mission) -> dict[str, Leg]:
    days = {"la": ("Los Angeles", DAY), "sf": ("San Francisco", DAY + dt.timedelta(days=2))}
    return {
        code: Leg.objects.create(
            mission=mission,
            code=code,
            order=i,
            city=city,
            country="US",
            time_zone="America/Los_Angeles",
            start_date=day,
            end_date=day,
            day_start=dt.time(9),
            day_end=dt.time(13),
        )
        for i, (code, (city, day)) in enumerate(days.items())
    }


def make_mission() -> Mission:
    sre = Organization.objects.create(key="sre", name="SRE", kind="federal_agency", country="MX")
    end = DAY + dt.timedelta(days=2)
    mission = Mission.objects.create(slug="a-mano", title="Misión a mano", organizer=sre, start_date=DAY, end_date=end)
    legs = make_legs(mission)
    Break.objects.create(leg=legs["la"], name="Café", start=dt.time(11), end=dt.time(11, 30))
    owners: dict[str, dict[str, object]] = {}
    for key, name, small, attends in DELEGATIONS:
        org = Organization.objects.create(key=key, name=name, kind="municipality", country="MX", small=small)
        delegation = Delegation.objects.create(mission=mission, organization=org)
        delegation.legs.set([legs[code] for code in attends])
        if not small:
            delegation.members.add(Person.objects.create(organization=org, name=f"Alcaldía de {name}"))
        owners[key] = {"delegation": delegation, "language": "es"}
    for key, name, leg, marquee in COUNTERPARTS:
        org = Organization.objects.create(key=key, name=name, kind="company", country="US")
        counterpart = Counterpart.objects.create(mission=mission, organization=org, leg=legs[leg], marquee=marquee)
        owners[key] = {"counterpart": counterpart, "language": "en"}
    axes = {
        code: Axis.objects.create(mission=mission, code=code, name_es=code, name_en=code)
        for code in ("economic", CREATIVE)
    }
    for owner, direction, kind, axis, code, text in INTERESTS:
        Interest.objects.create(
            **owners[owner], direction=direction, kind=kind, axis=axes[axis], scian_codes=[code], text=text
        )
    visit, netflix = counterpart_of(mission, "visit-la"), counterpart_of(mission, "netflix")
    AvailabilityWindow.objects.create(counterpart=visit, date=DAY, start=dt.time(9), end=dt.time(9, 30))
    Activity.objects.create(
        mission=mission,
        code="studios",
        leg=legs["la"],
        kind="group_session",
        title="Mesa con estudios",
        host=netflix,
        seats=2,
    )
    request(mission, "mun-19039", "tesla", priority="high", status="proposed")
    request(mission, "mun-11020", "port-la", status="accepted")
    request(mission, "mun-14039", "port-la", status="declined")
    request(mission, "mun-19039", "microsoft", source="organizer", priority="must", status="proposed")
    return mission


def counterpart_of(mission: Mission, key: str) -> Counterpart:
    return Counterpart.objects.get(mission=mission, organization__key=key)


def request(mission: Mission, delegation: str, counterpart: str, **fields: str) -> MeetingRequest:
    return MeetingRequest.objects.create(
        mission=mission,
        delegation=Delegation.objects.get(mission=mission, organization__key=delegation),
        counterpart=counterpart_of(mission, counterpart),
        **fields,
    )


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("embeddings")


def run(mission: Mission, cache_dir: Path) -> MatchReport:
    return match_mission(mission, cache_dir=cache_dir, policy=POLICY)


def pairs(mission: Mission, **filters: str) -> set[tuple[str, str, str]]:
    rows = Suggestion.objects.filter(mission=mission, **filters)
    return {(s.delegation.organization.key, s.counterpart.organization.key, s.kind) for s in rows}


LEON_TESLA_ES = (
    "Comparten el subsector 336 (fabricación de equipo de transporte); busca desarrollo de proveedores, "
    "que la contraparte ofrece; mismo eje: económico; descripciones algo afines (0."
)
LEON_TESLA_EN = (
    "They share subsector 336 (transportation equipment manufacturing); seeks supplier development, "
    "which the counterpart offers; same axis: economic; somewhat similar descriptions (0."
)
COLUMNS = (  # what a re-run must not change
    "delegation_id",
    "counterpart_id",
    "kind",
    "activity_id",
    "score",
    "parts",
    "explanation_es",
    "explanation_en",
    "status",
)
FIRST_RUN = {
    ("mun-14039", "microsoft", "bilateral"),
    ("mun-14039", "uc-berkeley", "bilateral"),
    ("mun-14039", "netflix", "group_seat"),
    ("mun-14094", "visit-la", "bilateral"),
    ("mun-14094", "port-la", "bilateral"),
    ("mun-14094", "netflix", "group_seat"),
    ("mun-19039", "tesla", "bilateral"),
    ("mun-19039", "microsoft", "bilateral"),
    ("mun-11020", "tesla", "bilateral"),
}


def test_suggestions_are_stored_with_their_parts_and_explanations_in_both_languages(cache_dir: Path) -> None:
    mission = make_mission()
    report = run(mission, cache_dir)
    assert (report.delegations, report.counterparts, report.bilaterals, report.seats) == (4, 6, 8, 2)
    assert (report.stored.created, report.stored.decided, report.warnings) == (9, 0, ())
    assert pairs(mission) == FIRST_RUN
    assert set(Suggestion.objects.filter(mission=mission).values_list("status", flat=True)) == {"proposed"}
    leon = Suggestion.objects.get(mission=mission, delegation__organization__key="mun-11020")
    assert leon.explanation_es.startswith(LEON_TESLA_ES)
    assert leon.explanation_en.startswith(LEON_TESLA_EN)
    parts = {p["name"]: p for p in leon.parts}
    assert list(parts) == ["sector", "kind", "axis", "text", "request", "priority"]
    assert parts["sector"] == {
        "name": "sector",
        "value": 0.7,
        "weight": 0.3,
        "es": "comparten el subsector 336 (fabricación de equipo de transporte)",
        "en": "they share subsector 336 (transportation equipment manufacturing)",
    }
    assert (parts["kind"]["value"], parts["axis"]["value"], parts["request"]["value"]) == (1.0, 1.0, 0.0)
    assert leon.score == round(sum(p["value"] * p["weight"] for p in leon.parts), 4)
    asked = Suggestion.objects.get(
        mission=mission, delegation__organization__key="mun-19039", counterpart__organization__key="tesla"
    )
    assert asked.explanation_en.endswith("; the delegation asked for the meeting; high priority")
    assert asked.explanation_es.endswith("; la delegación pidió la reunión; prioridad alta")


def test_every_delegation_gets_its_floor_the_small_municipality_first(cache_dir: Path) -> None:
    mission = make_mission()
    report = run(mission, cache_dir)
    fairness = report.fairness
    assert (fairness.min_meetings, fairness.median_meetings, fairness.gini) == (2, 2.0, 0.0)
    assert fairness.below_floor == report.below_floor == ()
    # Visit LA can meet once; Guadalajara scores higher there, but Tequila (small, no staff)
    # has no other tourism counterpart, so its floor takes the meeting.
    data = read_input(mission=mission, policy=POLICY)
    encoder = shared_encoder(cache_dir=cache_dir)
    scored = suggest(delegations=data.delegations, counterparts=data.counterparts, encoder=encoder, top=10)
    score = {(s.delegation, s.counterpart): s.total for s in scored.suggestions}
    assert score[("mun-14039", "visit-la@la")] > score[("mun-14094", "visit-la@la")]
    assert {(d, c) for d, c, _ in pairs(mission) if c == "visit-la"} == {("mun-14094", "visit-la")}
    # León's second meeting is its accepted request to the port: counted, not proposed again.
    assert pairs(mission, delegation__organization__key="mun-11020") == {("mun-11020", "tesla", "bilateral")}


def test_marquee_counterparts_are_shared_through_group_session_seats(cache_dir: Path) -> None:
    mission = make_mission()
    report = run(mission, cache_dir)
    assert (report.fairness.marquee_seats, report.fairness.small_marquee_seats) == (2, 1)
    assert report.fairness.small_share_of_marquee_seats == 0.5
    seats = Suggestion.objects.filter(mission=mission, kind="group_seat")
    assert {(s.delegation.organization.key, s.activity.code) for s in seats} == {
        ("mun-14039", "studios"),
        ("mun-14094", "studios"),
    }
    assert not Suggestion.objects.filter(
        mission=mission, kind="bilateral", counterpart__organization__key="netflix"
    ).exists()


def test_overrides_legs_and_accepted_requests_are_respected(cache_dir: Path) -> None:
    mission = make_mission()
    run(mission, cache_dir)
    stored = {(d, c) for d, c, _ in pairs(mission)}
    assert ("mun-14039", "port-la") not in stored  # declined by the organizer: never
    assert ("mun-19039", "microsoft") in stored  # the organizer's must, scored on affinity only
    assert {d for d, c in stored if c == "uc-berkeley"} == {"mun-14039"}  # the only one in San Francisco
    assert ("mun-11020", "port-la") not in stored  # already accepted


def test_running_again_changes_nothing(cache_dir: Path) -> None:
    mission = make_mission()
    run(mission, cache_dir)
    before = list(Suggestion.objects.filter(mission=mission).values(*COLUMNS))
    again = run(mission, cache_dir)
    assert again.stored == StoreCounts(created=0, updated=0, unchanged=9, removed=0, decided=0)
    assert list(Suggestion.objects.filter(mission=mission).values(*COLUMNS)) == before
    assert set(Suggestion.objects.filter(mission=mission).values_list("run", flat=True)) == {again.run}


def test_running_again_keeps_decisions_and_refreshes_proposals(cache_dir: Path) -> None:
    mission = make_mission()
    run(mission, cache_dir)
    rows = Suggestion.objects.filter(mission=mission).select_related("mission", "activity")
    accept_suggestions(
        suggestions=rows.filter(counterpart__organization__key="microsoft", delegation__organization__key="mun-14039"),
        by="ana",
    )
    reject_suggestions(suggestions=rows.filter(counterpart__organization__key="port-la"), by="ana")
    decided = list(rows.exclude(status="proposed").values(*COLUMNS, "decided_by", "decided_at"))
    monterrey = Delegation.objects.get(mission=mission, organization__key="mun-19039")
    Interest.objects.filter(delegation=monterrey, kind="technology").update(
        text="Nube y ciberseguridad para la industria"
    )
    report = run(mission, cache_dir)
    assert list(rows.exclude(status="proposed").values(*COLUMNS, "decided_by", "decided_at")) == decided
    assert report.stored == StoreCounts(created=0, updated=2, unchanged=5, removed=0, decided=2)
    assert pairs(mission, status="proposed") == FIRST_RUN - {
        ("mun-14039", "microsoft", "bilateral"),
        ("mun-14094", "port-la", "bilateral"),
    }
    # Rejecting the port leaves Tequila without another trade counterpart: the report says so.
    assert report.below_floor == ("Tequila",)
    assert report.fairness.min_meetings == 1


def test_without_the_text_model_it_warns_and_still_suggests(cache_dir: Path, tmp_path: Path) -> None:
    mission = make_mission()
    broken = TextEncoder(resources=tmp_path)
    report = match_mission(mission, cache_dir=cache_dir, policy=POLICY, encoder=broken)
    assert len(report.warnings) == 1
    assert report.warnings[0].en.startswith("The text-similarity model could not be loaded (")
    assert report.warnings[0].es.startswith("El modelo de similitud de textos no pudo cargarse (")
    leon = Suggestion.objects.get(mission=mission, delegation__organization__key="mun-11020")
    assert leon.explanation_en == LEON_TESLA_EN.removesuffix("; somewhat similar descriptions (0.")
    assert {p["name"]: p["value"] for p in leon.parts}["text"] == 0.0


def test_accepted_suggestions_are_what_plan_schedules(cache_dir: Path) -> None:
    mission = make_mission()
    run(mission, cache_dir)
    proposed = Suggestion.objects.filter(mission=mission).select_related("mission", "activity")
    assert accept_suggestions(suggestions=proposed, by="ana") == 9
    problem = build_problem(mission=mission).problem
    meetings = {m.participants for m in problem.meetings}
    assert ("del:mun-14094", "cp:la:visit-la") in meetings  # a new request, from the suggestion
    assert ("del:mun-19039", "cp:la:tesla") in meetings  # Monterrey's own request, now accepted
    assert ("del:mun-11020", "cp:la:port-la") in meetings  # accepted before the run
    assert len(meetings) == 8
    (studios,) = problem.group_sessions
    assert {i.delegation for i in studios.interested} == {"del:mun-14039", "del:mun-14094"}

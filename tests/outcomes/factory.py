"""A small mission (five delegations, five counterparts in Los Angeles) and an outcome document for it.

Meetings: five accepted requests, a plenary open to the leg (all five delegations), a group
session of the studio with two delegations, and a travel activity that is not a meeting.
Outcomes exercise every rule: one project recorded by a municipality and by its state
(counted once), a JPY announcement, an MoU with a headline value, a working group, a lost
lead, the organizer's forecast, a programme and a realized export sale in MXN.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from convoy.agenda.models import AgendaVersion
from convoy.agenda.services.plan import plan_mission
from convoy.agenda.services.publish import publish_version
from convoy.missions.models import (
    Activity,
    Axis,
    Counterpart,
    Delegation,
    Interest,
    Leg,
    MeetingRequest,
    Mission,
    Objective,
    Organization,
)

D = dt.date


def org(key: str, name: str, kind: str, country: str = "MX", **fields: Any) -> Organization:
    return Organization.objects.create(key=key, name=name, kind=kind, country=country, **fields)


def make_mission() -> Mission:
    sre = org("sre", "SRE", "federal_agency")
    mission = Mission.objects.create(
        slug="mini-convoy",
        title="Mini convoy de prueba",
        organizer=sre,
        start_date=D(2023, 2, 27),
        end_date=D(2023, 2, 28),
    )
    economic = Axis.objects.create(mission=mission, code="economic", name_es="Económico", name_en="Economic", order=1)
    creative = Axis.objects.create(
        mission=mission, code="creative", name_es="Industrias creativas", name_en="Creative industries", order=2
    )
    leg = Leg.objects.create(
        mission=mission,
        code="la",
        city="Los Ángeles",
        country="US",
        time_zone="America/Los_Angeles",
        start_date=D(2023, 2, 27),
        end_date=D(2023, 2, 28),
    )
    delegations = {
        key: Delegation.objects.create(mission=mission, organization=o)
        for key, o in (
            ("mun-14039", org("mun-14039", "Guadalajara", "municipality", inegi_key="14039", subdivision="MX-JAL")),
            ("mun-14120", org("mun-14120", "Zapopan", "municipality", inegi_key="14120", subdivision="MX-JAL")),
            ("mun-31050", org("mun-31050", "Mérida", "municipality", inegi_key="31050", small=True)),
            ("edo-14", org("edo-14", "Gobierno de Jalisco", "state", inegi_key="14", subdivision="MX-JAL")),
            ("emp-demo", org("emp-demo", "Empresa Demo (sintética)", "company", scian_codes=["3363"])),
        )
    }
    for delegation in delegations.values():
        delegation.legs.add(leg)
    counterparts = {
        key: Counterpart.objects.create(mission=mission, organization=o, leg=leg)
        for key, o in (
            ("acme", org("acme", "Acme Motors", "company", "US", scian_codes=["3363"])),
            ("studio", org("studio", "Studio Uno", "company", "US", scian_codes=["5121"])),
            ("chamber", org("chamber", "Cámara Binacional", "chamber", "US", scian_codes=["8131"])),
            ("univ", org("univ", "Universidad del Pacífico", "university", "US")),
            ("japan-co", org("japan-co", "Nihon Kikai", "company", "JP", scian_codes=["3336"])),
        )
    }
    Interest.objects.create(
        counterpart=counterparts["acme"], direction="offer", kind="investment", axis=economic, text="x"
    )
    Interest.objects.create(
        counterpart=counterparts["studio"], direction="offer", kind="co_production", axis=creative, text="x"
    )
    Interest.objects.create(
        delegation=delegations["emp-demo"], direction="need", kind="investment", axis=economic, text="x"
    )
    for delegation, counterpart, status in (
        ("mun-14039", "acme", "accepted"),
        ("mun-14120", "acme", "accepted"),
        ("edo-14", "acme", "accepted"),
        ("mun-31050", "chamber", "accepted"),
        ("emp-demo", "japan-co", "accepted"),
        ("mun-31050", "studio", "declined"),
    ):
        MeetingRequest.objects.create(
            mission=mission, delegation=delegations[delegation], counterpart=counterparts[counterpart], status=status
        )
    Activity.objects.create(mission=mission, code="plenary", leg=leg, kind="plenary", title="Plenaria de apertura")
    session = Activity.objects.create(
        mission=mission,
        code="studio-session",
        leg=leg,
        kind="group_session",
        title="Sesión con Studio Uno",
        axis=creative,
        host=counterparts["studio"],
    )
    session.delegations.add(delegations["mun-14039"], delegations["mun-31050"])
    Activity.objects.create(mission=mission, code="bus", leg=leg, kind="travel", title="Traslado")
    for code, metric, target, currency in (
        ("investment", "investment", "10000000", "USD"),
        ("jobs", "jobs", "500", ""),
        ("creative-agreements", "agreements", "1", ""),
        ("economic-meetings", "meetings", "6", ""),
        ("goodwill", "other", None, ""),
    ):
        Objective.objects.create(
            mission=mission, code=code, description=f"Meta {code}", metric=metric, target=target, currency=currency
        )
    return mission


def publish_agenda(mission: Mission) -> AgendaVersion:
    """Plan and publish the small mission's agenda, after fixing the time of its activities.

    The plenary (public, no list: all five delegations) opens the first day, the studio's
    session (its two delegations) and the bus ride are fixed on the second; Nihon Kikai
    declines, so Empresa Demo's accepted request to it is left off the agenda.
    """
    for code, day, start in (("plenary", 27, 9), ("studio-session", 28, 10), ("bus", 28, 15)):
        Activity.objects.filter(mission=mission, code=code).update(
            fixed=True, date=D(2023, 2, day), start=dt.time(start, 0)
        )
    Counterpart.objects.filter(mission=mission, organization__key="japan-co").update(confirmation="declined")
    planned = plan_mission(mission=mission, time_limit=5.0)
    assert planned.version is not None, planned.result.status
    version, _previous = publish_version(mission=mission, number=planned.version.number)
    return version


def stage(name: str, date: str, evidence: str = "", reason: str = "") -> dict[str, str]:
    found = {"stage": name, "date": date}
    found.update({k: v for k, v in (("evidence", evidence), ("reason", reason)) if v})
    return found


def figure(measure: str, status: str, value: str, date: str, **extra: Any) -> dict[str, Any]:
    return {"measure": measure, "status": status, "value": value, "date": date, **extra}


DOCUMENT: dict[str, Any] = {
    "format": "convoy-outcomes",
    "version": 1,
    "mission": "mini-convoy",
    "projects": [
        {
            "key": "acme-plant",
            "name": "Planta Acme",
            "investor": "acme",
            "location": "mun-14039",
            "scian_codes": ["3363"],
        },
        {"key": "nihon-plant", "name": "Planta Nihon Kikai", "investor": "japan-co", "location": "mun-31050"},
    ],
    "outcomes": [
        {
            "key": "acme-by-city",
            "kind": "investment",
            "title": "Planta Acme (registro municipal)",
            "meeting": {"delegation": "mun-14039", "counterpart": "acme"},
            "project": "acme-plant",
            "project_type": "greenfield",
            "stages": [stage("lead", "2023-02-27"), stage("announced", "2023-06-15", "boletín municipal")],
            "figures": [
                figure("investment", "expected", "8000000", "2023-06-15", currency="USD"),
                figure("jobs", "expected", "300", "2023-06-15", jobs_kind="new"),
            ],
            "claims": [{"organization": "mun-14039", "role": "lead"}],
            "follow_ups": [{"task": "Visitar el terreno", "owner": "mun-14039", "due": "2023-08-01"}],
        },
        {
            "key": "acme-by-state",
            "kind": "investment",
            "title": "Planta Acme (registro estatal)",
            "meeting": {"delegation": "edo-14", "counterpart": "acme"},
            "project": "acme-plant",
            "project_type": "greenfield",
            "stages": [
                stage("lead", "2023-02-27"),
                stage("announced", "2023-06-15", "comunicado estatal"),
                stage("realized", "2024-05-31", "altas en el IMSS"),
            ],
            "figures": [
                figure("investment", "expected", "8000000", "2023-06-15", currency="USD"),
                figure("jobs", "expected", "320", "2023-06-15", jobs_kind="new"),
                figure("investment", "realized", "6500000", "2024-05-31", currency="USD"),
                figure("jobs", "realized", "250", "2024-05-31", jobs_kind="new"),
            ],
            "claims": [{"organization": "edo-14", "role": "lead"}, {"organization": "mun-14039", "role": "assisted"}],
            "follow_ups": [
                {"task": "Informe trimestral", "owner": "edo-14", "due": "2023-09-01", "done": "2023-08-20"}
            ],
        },
        {
            "key": "nihon-plant",
            "kind": "investment",
            "title": "Planta Nihon Kikai en Mérida",
            "meeting": {"delegation": "emp-demo", "counterpart": "japan-co"},
            "project": "nihon-plant",
            "project_type": "greenfield",
            "stages": [stage("lead", "2023-02-28"), stage("announced", "2023-07-14", "comunicado")],
            "figures": [
                figure("investment", "expected", "1500000000", "2023-07-14", currency="JPY"),
                figure("jobs", "expected", "90", "2023-07-14", jobs_kind="new"),
            ],
            "claims": [{"organization": "mun-31050", "role": "lead"}],
        },
        {
            "key": "chamber-mou",
            "kind": "agreement",
            "title": "Memorando con la Cámara Binacional",
            "meeting": {"delegation": "mun-31050", "counterpart": "chamber"},
            "stages": [stage("announced", "2023-03-20", "memorando firmado")],
            "figures": [figure("headline_value", "expected", "50000000", "2023-03-20", currency="USD")],
            "claims": [{"organization": "sre", "role": "lead"}],
            "follow_ups": [{"task": "Primer proyecto del memorando", "owner": "sre", "due": "2024-01-15"}],
        },
        {
            "key": "studio-group",
            "kind": "working_group",
            "title": "Grupo de trabajo audiovisual",
            "meeting": {"activity": "studio-session"},
            "stages": [stage("announced", "2023-02-28", "minuta")],
            "members": ["studio", "mun-14039", "mun-31050", "edo-14"],
            "claims": [{"organization": "sre", "role": "lead"}],
        },
        {
            "key": "zapopan-lost",
            "kind": "lead",
            "title": "Prospecto de Acme en Zapopan",
            "meeting": {"delegation": "mun-14120", "counterpart": "acme"},
            "stages": [stage("lead", "2023-02-27"), stage("lost", "2023-05-02", reason="eligió Guadalajara")],
            "figures": [figure("investment", "expected", "3000000", "2023-03-01", currency="USD")],
        },
        {
            "key": "forecast",
            "kind": "investment",
            "title": "Pronóstico del organizador",
            "forecast": True,
            "stages": [stage("announced", "2023-02-28", "discurso de clausura")],
            "figures": [
                figure("investment", "expected", "20000000", "2023-02-28", currency="USD", estimated=True),
                figure("jobs", "expected", "1000", "2023-02-28", jobs_kind="new", estimated=True),
            ],
        },
        {
            "key": "suppliers",
            "kind": "programme",
            "title": "Programa de proveedores",
            "stages": [stage("announced", "2023-04-03", "convocatoria")],
            "figures": [figure("firms", "expected", "15", "2023-04-03")],
            "claims": [{"organization": "edo-14", "role": "lead"}],
        },
        {
            "key": "export",
            "kind": "export_sale",
            "title": "Venta de autopartes",
            "meeting": {"delegation": "emp-demo", "counterpart": "japan-co"},
            "stages": [
                stage("lead", "2023-02-28"),
                stage("announced", "2023-09-01", "orden de compra"),
                stage("realized", "2023-12-15", "facturas"),
            ],
            "figures": [
                figure("export_sales", "expected", "2000000", "2023-09-01", currency="MXN"),
                figure("export_sales", "realized", "1800000", "2023-12-15", currency="MXN"),
            ],
            "claims": [{"organization": "emp-demo", "role": "lead"}],
        },
    ],
}


def outcome_document() -> dict[str, Any]:
    """A fresh copy of the outcome document, to change in a test."""
    return copy.deepcopy(DOCUMENT)

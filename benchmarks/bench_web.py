"""Web: server time of every page (and API endpoint) on the sample missions, SQLite and PostgreSQL.

Each backend runs in its own process on a fresh database: migrate, import the three sample
missions, plan and publish each agenda (10 s limit), add one user per role, then time every
page with Django's test client, warm (one request first, then the median of five). The
baseline is the login page, measured the same way: the cost of a request that touches no
mission. Target: every page under 300 ms.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TITLE = "Web pages"
TARGET_MS = 300.0
REPEAT = 5
PG_SERVER = "postgres://postgres@127.0.0.1:5432/postgres"
PG_BENCH = "postgres://postgres@127.0.0.1:5432/convoy_bench_web"


def _prepare() -> list[tuple[str, Any]]:
    """Load, plan and publish the samples; returns (mission slug, users by role)."""
    from django.contrib.auth.models import User
    from django.core.management import call_command

    from convoy.agenda.services.plan import plan_mission
    from convoy.agenda.services.publish import publish_version
    from convoy.exchange.imports import import_file
    from convoy.missions.models import Counterpart, Delegation, MeetingRequest, Mission
    from convoy.samples import sample_paths
    from convoy.web.models import Membership, Role

    call_command("migrate", verbosity=0)
    out = []
    for path in sample_paths():
        slug = import_file(path).mission
        mission = Mission.objects.get(slug=slug)
        version = plan_mission(mission=mission, time_limit=10).version
        if version is not None:
            publish_version(mission=mission, number=version.number)
            plan_mission(mission=mission, time_limit=5)  # a draft after it, for the publish preview
        asking = MeetingRequest.objects.filter(mission=mission).values_list("delegation_id", flat=True).first()
        delegation = Delegation.objects.get(pk=asking) if asking else Delegation.objects.filter(mission=mission).first()
        counterpart = Counterpart.objects.filter(mission=mission).first()
        users = {}
        for role, extra in (
            (Role.ORGANIZER, {}),
            (Role.DELEGATION, {"delegation": delegation}),
            (Role.COUNTERPART, {"counterpart": counterpart}),
        ):
            user = User.objects.create_user(f"{slug}-{role}", f"{role}@{slug}.example", None)
            Membership.objects.create(user=user, mission=mission, role=role, **extra)
            users[role] = user
        out.append((slug, users))
    return out


def _pages(slug: str) -> list[tuple[str, str, str]]:
    """(role, label, path) of every page and API endpoint of a mission."""
    from convoy.agenda.models import AgendaVersion
    from convoy.agenda.models.choices import VersionStatus
    from convoy.missions.models import Counterpart, Delegation, Leg, MeetingRequest, Venue

    delegation = Delegation.objects.filter(mission__slug=slug).first()
    asking = MeetingRequest.objects.filter(mission__slug=slug).first()
    counterpart = Counterpart.objects.filter(mission__slug=slug).first()
    venue = Venue.objects.filter(leg__mission__slug=slug).first()
    leg = Leg.objects.filter(mission__slug=slug).order_by("order").first()
    published = AgendaVersion.objects.filter(mission__slug=slug, status=VersionStatus.PUBLISHED).first()
    latest = AgendaVersion.objects.filter(mission__slug=slug).order_by("-number").first()
    m, a = f"/m/{slug}/", f"/m/{slug}/agenda/"
    pages = [
        ("organizer", "home", "/"),
        ("organizer", "dashboard", m),
        ("organizer", "delegations", f"{m}delegations/"),
        ("organizer", "counterparts", f"{m}counterparts/"),
        ("organizer", "requests", f"{m}requests/"),
        ("organizer", "invitations", f"{m}invitations/"),
        ("organizer", "import", f"/missions/import/?mission={slug}"),
        ("organizer", "agenda", a),
        ("organizer", "programme", f"{a}programme/"),
        ("organizer", "sector search", f"{m}sectors/?q=automo"),
        ("delegation", "dashboard", m),
        ("delegation", "agenda", a),
        ("delegation", "requests", f"{m}requests/"),
        ("counterpart", "agenda", a),
        ("organizer", "API mission", f"/api/missions/{slug}"),
        ("organizer", "API delegations", f"/api/missions/{slug}/delegations"),
        ("organizer", "API counterparts", f"/api/missions/{slug}/counterparts"),
        ("organizer", "API requests", f"/api/missions/{slug}/requests"),
        ("organizer", "API agendas", f"/api/missions/{slug}/agendas"),
    ]
    if delegation is not None:
        pages += [
            ("organizer", "delegation profile", f"{m}delegations/{delegation.pk}/"),
            ("organizer", "agenda by delegation", f"{a}delegation/{delegation.pk}/"),
            ("organizer", "API delegation", f"/api/missions/{slug}/delegations/{delegation.pk}"),
        ]
    if asking is not None:
        pages.append(("delegation", "delegation's own agenda", f"{a}delegation/{asking.delegation_id}/"))
        pages.append(("organizer", "meeting outcomes", f"{m}requests/{asking.pk}/outcomes/"))
    if counterpart is not None:
        pages += [
            ("organizer", "counterpart", f"{m}counterparts/{counterpart.pk}/"),
            ("organizer", "agenda by counterpart", f"{a}counterpart/{counterpart.pk}/"),
            ("counterpart", "counterpart's own agenda", f"{a}counterpart/{counterpart.pk}/"),
        ]
    if venue is not None:
        pages.append(("organizer", "agenda by venue", f"{a}venue/{venue.pk}/"))
    if leg is not None:
        pages.append(("organizer", "agenda by day", f"{a}day/{leg.code}/{leg.start_date.isoformat()}/"))
    if latest is not None:
        placement = latest.placements.exclude(kind="fixed").first()
        pages += [
            ("organizer", "version statistics", f"{a}v{latest.number}/"),
            ("organizer", "publish preview (diff)", f"{a}v{latest.number}/publish/"),
            ("organizer", "edit list", f"{a}v{latest.number}/edit/"),
            ("organizer", "API agenda version", f"/api/missions/{slug}/agendas/{latest.number}"),
        ]
        if placement is not None:
            pages.append(("organizer", "edit one activity", f"{a}v{latest.number}/edit/{placement.pk}/"))
    if published is not None:
        pages.append(("delegation", "calendar download (.ics)", f"{a}download/calendar/"))
    return pages


def _time(client: Any, path: str) -> tuple[int, float]:
    response = client.get(path)
    samples = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        response = client.get(path)
        samples.append((time.perf_counter() - started) * 1000)
    return response.status_code, statistics.median(samples)


def measure() -> dict[str, Any]:
    """In a process set up for one database: prepare it and time every page."""
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    prepared = _prepare()
    anonymous = Client()
    _status, baseline = _time(anonymous, "/accounts/login/")
    rows = []
    for slug, users in prepared:
        clients = {}
        for role, user in users.items():
            clients[str(role)] = Client(headers={"accept-language": "es"})
            clients[str(role)].force_login(user)
        for role, label, path in _pages(slug):
            status, ms = _time(clients[role], path)
            rows.append({"mission": slug, "role": role, "page": label, "path": path, "status": status, "ms": ms})
    return {"vendor": connection.vendor, "baseline": baseline, "rows": rows}


def _run_backend(env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_web", "--measure"],
        env={**os.environ, **env, "DJANGO_SETTINGS_MODULE": "convoy.settings"},
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _postgres_database(action: str) -> None:
    import psycopg

    with psycopg.connect(PG_SERVER.replace("postgres://", "postgresql://"), autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS convoy_bench_web")
        if action == "create":
            conn.execute("CREATE DATABASE convoy_bench_web")


def _section(name: str, result: dict[str, Any]) -> list[str]:
    rows = sorted(result["rows"], key=lambda r: -r["ms"])
    over = [r for r in rows if r["ms"] >= TARGET_MS]
    bad = [r for r in rows if r["status"] != 200]
    lines = [
        f"### {name}",
        "",
        f"{len(rows)} pages over {len({r['mission'] for r in rows})} missions; baseline (login page, no mission): "
        f"{result['baseline']:.1f} ms. Slowest: **{rows[0]['page']}** of {rows[0]['mission']} "
        f"at **{rows[0]['ms']:.1f} ms** ({rows[0]['ms'] / max(result['baseline'], 0.01):.0f}× the baseline). "
        f"{'Every page is under the 300 ms target.' if not over else f'{len(over)} pages at or over 300 ms.'}"
        + (f" Not 200: {', '.join(r['path'] + ' → ' + str(r['status']) for r in bad)}." if bad else ""),
        "",
        "| mission | as | page | median ms |",
        "| --- | --- | --- | ---: |",
    ]
    lines += [f"| {r['mission']} | {r['role']} | {r['page']} | {r['ms']:.1f} |" for r in rows[:15]]
    median = statistics.median(r["ms"] for r in rows)
    lines += ["", f"Median page: {median:.1f} ms; the 15 slowest are listed.", ""]
    return lines


def run() -> str:
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="convoy-bench-web-") as folder:
        sqlite = _run_backend({"CONVOY_DB": str(Path(folder) / "bench.sqlite3"), "DATABASE_URL": ""})
    lines += _section("SQLite", sqlite)
    try:
        _postgres_database("create")
        try:
            postgres = _run_backend({"DATABASE_URL": PG_BENCH})
        finally:
            _postgres_database("drop")
        lines += _section("PostgreSQL", postgres)
    except Exception as error:  # no server here: say so instead of a figure
        lines += ["### PostgreSQL", "", f"Not measured: {error}.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    if "--measure" in sys.argv:
        if not os.environ.get("DATABASE_URL"):
            os.environ.pop("DATABASE_URL", None)
        print(json.dumps(measure()))
    else:
        print(run())

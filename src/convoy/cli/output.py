"""Shared helpers for CLI output: database readiness and human-readable summaries."""

from __future__ import annotations

import argparse
import functools
import textwrap
from collections.abc import Callable

from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from convoy.cli.errors import UserError
from convoy.missions.models import Mission
from convoy.missions.services.summary import MissionSummary

Command = Callable[[argparse.Namespace], int]


def ensure_database() -> None:
    """Create or migrate the database when it is new or behind the code."""
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False, verbosity=0)


def user_errors(*errors: type[Exception]) -> Callable[[Command], Command]:
    """Make sure the database is ready, and show ``errors`` (already translated) as user errors."""

    def decorate(func: Command) -> Command:
        @functools.wraps(func)
        def wrapper(args: argparse.Namespace) -> int:
            ensure_database()
            try:
                return func(args)
            except errors as error:
                raise UserError(str(error)) from error

        return wrapper

    return decorate


def find_mission(slug: str) -> Mission:
    """The stored mission ``slug``, or a user error that lists the missions there are."""
    mission = Mission.objects.select_related("organizer").filter(slug=slug).first()
    if mission is not None:
        return mission
    slugs = list(Mission.objects.order_by("slug").values_list("slug", flat=True))
    if not slugs:
        raise UserError(_("There is no mission “%(slug)s”: no mission is stored yet.") % {"slug": slug})
    raise UserError(
        _("There is no mission “%(slug)s”. Available missions: %(slugs)s.") % {"slug": slug, "slugs": ", ".join(slugs)}
    )


def date_range(start: object, end: object) -> str:
    if start == end:
        return formats.date_format(start, "DATE_FORMAT")
    return f"{formats.date_format(start, 'DATE_FORMAT')} – {formats.date_format(end, 'DATE_FORMAT')}"


def mission_line(summary: MissionSummary) -> str:
    cities = ", ".join(leg.city for leg in summary.legs)
    return _(
        "%(slug)s  %(title)s  (%(dates)s; %(cities)s; %(delegations)d delegations, %(counterparts)d counterparts)"
    ) % {
        "slug": summary.slug,
        "title": summary.title,
        "dates": date_range(summary.start_date, summary.end_date),
        "cities": cities,
        "delegations": summary.delegations,
        "counterparts": summary.counterparts,
    }


def mission_report(summary: MissionSummary) -> str:
    """A readable multi-line summary: legs, delegations by state, counterparts by city, requests."""
    lines = [
        f"━━ {summary.title}",
        _("   identifier: %(slug)s · organizer: %(organizer)s · status: %(status)s")
        % {"slug": summary.slug, "organizer": summary.organizer, "status": summary.status_label},
        _("   dates: %(dates)s") % {"dates": date_range(summary.start_date, summary.end_date)},
        _("   Legs:"),
    ]
    for leg in summary.legs:
        lines.append(
            _("     • %(city)s (%(country)s, %(zone)s): %(dates)s — %(n)d counterparts")
            % {
                "city": leg.city,
                "country": leg.country,
                "zone": leg.time_zone,
                "dates": date_range(leg.start_date, leg.end_date),
                "n": leg.counterparts,
            }
        )
    lines.append(
        ngettext(
            "   Delegations: %(n)d (%(municipalities)d municipalities, %(states)d state represented)",
            "   Delegations: %(n)d (%(municipalities)d municipalities, %(states)d states represented)",
            summary.states_represented,
        )
        % {"n": summary.delegations, "municipalities": summary.municipalities, "states": summary.states_represented}
    )
    lines.append("     " + ", ".join(f"{kind} {n}" for kind, n in summary.delegations_by_kind))
    if summary.delegations_by_state:
        lines.append(_("   By state:"))
        lines.extend(_wrap(", ".join(f"{state} {n}" for state, n in summary.delegations_by_state)))
    lines.append(_("   Counterparts: %(n)d") % {"n": summary.counterparts})
    lines.extend(_wrap(", ".join(f"{city} {n}" for city, n in summary.counterparts_by_city)))
    lines.append(_("   Activities: %(n)d") % {"n": summary.activities})
    lines.append(_("   Meeting requests: %(n)d") % {"n": summary.requests})
    if summary.requests_by_status:
        lines.extend(_wrap(", ".join(f"{status} {n}" for status, n in summary.requests_by_status)))
    if summary.synthetic_records:
        lines.append(
            _("   (%(n)d records are synthetic: invented for the sample, marked as such in the data)")
            % {"n": summary.synthetic_records}
        )
    return "\n".join(lines)


def _wrap(text: str, *, indent: str = "     ", width: int = 96) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent) or [indent]

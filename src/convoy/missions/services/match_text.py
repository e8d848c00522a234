"""Readable lines of a match report and of a delegation's ranked suggestions.

Sentences of Convoy go through gettext; what the engine wrote (warnings, explanations) is
already in both languages and is picked by `language`.
"""

from __future__ import annotations

from django.db.models import Count
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from convoy.missions.models import Delegation, MeetingRequest, Mission, Suggestion
from convoy.missions.models.choices import RequestStatus
from convoy.missions.models.suggestion import SuggestionKind
from convoy.missions.services.match import MatchReport


def report_lines(*, report: MatchReport, mission: Mission, language: str) -> list[str]:
    stored, fairness = report.stored, report.fairness
    lines = [
        _("Matchmaking for %(title)s (run %(run)s)") % {"title": mission.title, "run": report.run},
        _("  %(d)d delegations, %(c)d counterparts; %(m)d candidate meetings and %(s)d group-session seats")
        % {"d": report.delegations, "c": report.counterparts, "m": report.bilaterals, "s": report.seats},
        _("  Suggestions: %(new)d new, %(updated)d updated, %(same)d unchanged, %(removed)d no longer proposed")
        % {"new": stored.created, "updated": stored.updated, "same": stored.unchanged, "removed": stored.removed},
        _("  Decided by the organizer and kept as they were: %(n)d") % {"n": stored.decided},
        _("  Stored now: %(counts)s") % {"counts": status_counts(mission=mission)},
        _("Fairness"),
        _("  candidate meetings per delegation: minimum %(min)d, median %(median)s; Gini coefficient %(gini).2f")
        % {"min": fairness.min_meetings, "median": f"{fairness.median_meetings:g}", "gini": fairness.gini},
        _("  marquee seats going to small municipalities: %(small)d of %(seats)d")
        % {"small": fairness.small_marquee_seats, "seats": fairness.marquee_seats},
        _("  delegations below the floor: %(n)d") % {"n": len(report.below_floor)},
    ]
    if report.below_floor:
        lines.append("    " + ", ".join(report.below_floor))
    if report.unmet_requests:
        lines.append(_("  requests the allocation could not fit: %(n)d") % {"n": report.unmet_requests})
    if report.marquee_without_seats:
        lines.append(
            _("  marquee counterparts without a free group-session seat: %(names)s")
            % {"names": ", ".join(report.marquee_without_seats)}
        )
    lines += [_("Warning: %(text)s") % {"text": w.text(language)} for w in report.warnings]
    return lines


def status_counts(*, mission: Mission) -> str:
    rows = Suggestion.objects.filter(mission=mission).values("status").annotate(n=Count("pk")).order_by("status")
    labels = dict(Suggestion._meta.get_field("status").flatchoices)
    return ", ".join(f"{labels[r['status']]}: {r['n']}" for r in rows) or "0"


def explain_lines(*, delegation: Delegation, language: str) -> list[str]:
    rows = (
        Suggestion.objects.filter(delegation=delegation)
        .select_related("counterpart__organization", "counterpart__leg", "activity")
        .order_by("-score", "counterpart__organization__key")
    )
    name = delegation.organization.name
    accepted = MeetingRequest.objects.filter(delegation=delegation, status=RequestStatus.ACCEPTED).count()
    lines = [
        ngettext(
            "%(name)s has %(n)d accepted meeting request.", "%(name)s has %(n)d accepted meeting requests.", accepted
        )
        % {"name": name, "n": accepted}
    ]
    if not rows:
        return [*lines, _("No suggestions for %(name)s.") % {"name": name}]
    lines.append(_("Suggestions for %(name)s, best first:") % {"name": name})
    for rank, row in enumerate(rows, start=1):
        lines.append(
            _("%(rank)2d. %(counterpart)s (%(city)s) · score %(score).2f · %(kind)s · %(status)s")
            % {
                "rank": rank,
                "counterpart": row.counterpart.organization.name,
                "city": row.counterpart.leg.city,
                "score": row.score,
                "kind": kind_label(row),
                "status": row.get_status_display(),
            }
        )
        lines.append(f"      {row.explanation(language)}")
    return lines


def kind_label(row: Suggestion) -> str:
    if row.kind == SuggestionKind.GROUP_SEAT and row.activity is not None:
        return _("seat in “%(session)s”") % {"session": row.activity.title}
    return str(row.get_kind_display())

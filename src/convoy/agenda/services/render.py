"""Readable text (and JSON data) for agenda summaries and diffs, in the active language."""

from __future__ import annotations

from typing import Any

from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from convoy.agenda.models.choices import VersionStatus
from convoy.agenda.services.diff import AgendaDiff, Change, When
from convoy.agenda.services.summary import AgendaSummary


def pick(*, es: str, en: str) -> str:
    """The text of a bilingual message in the active language."""
    return en if (get_language() or "es").startswith("en") else es


def status_label(status: str) -> str:
    """The version status (draft / published / superseded) in the active language."""
    return str(dict(VersionStatus.choices).get(status, status))


def result_label(status: str) -> str:
    """The solver's verdict in the active language."""
    labels = {
        "optimal": _("optimal"),
        "feasible": _("feasible, not proven optimal"),
        "infeasible": _("infeasible"),
        "unknown": _("unknown"),
    }
    return labels.get(status, status)


def _first_names(names: tuple[str, ...]) -> str:
    shown = ", ".join(names[:3])
    more = len(names) - 3
    if more > 0:
        shown += ngettext(" and %(n)d more", " and %(n)d more", more) % {"n": more}
    return shown


def summary_lines(summary: AgendaSummary, *, limit: int = 20) -> list[str]:
    lines = [
        _("Agenda version %(number)d (%(status)s, %(result)s)")
        % {
            "number": summary.number,
            "status": status_label(summary.status),
            "result": result_label(summary.result_status),
        },
        _("  meetings placed: %(placed)d of %(total)d (mandatory %(mandatory)d of %(mandatory_total)d)")
        % {
            "placed": summary.meetings_placed,
            "total": summary.meetings_total,
            "mandatory": summary.mandatory_placed,
            "mandatory_total": summary.mandatory_total,
        },
        _("  group sessions placed: %(n)d") % {"n": summary.group_sessions},
        _("  breaks: %(total)d in total, at most %(max)d for one participant")
        % {"total": summary.breaks_total, "max": summary.breaks_max},
    ]
    if summary.worst_off:
        shown = _first_names(summary.worst_off)
        lines.append(
            ngettext(
                "  worst-off delegation: %(names)s with %(n)d activity",
                "  worst-off delegation: %(names)s with %(n)d activities",
                summary.worst_off_count,
            )
            % {"names": shown, "n": summary.worst_off_count}
        )
    if summary.below_floor:
        count = len(summary.below_floor)
        lines.append(
            ngettext(
                "  %(n)d delegation below the fairness floor: %(names)s",
                "  %(n)d delegations below the fairness floor: %(names)s",
                count,
            )
            % {"n": count, "names": _first_names(summary.below_floor)}
        )
    lines.append(
        _("  bound %(bound)g, gap %(gap).2f%%, time %(seconds).1f s")
        % {"bound": summary.bound, "gap": summary.gap * 100, "seconds": summary.seconds}
    )
    if summary.unplaced:
        lines.append(_("  unplaced: %(n)d") % {"n": len(summary.unplaced)})
        for left in summary.unplaced[:limit]:
            lines.append(f"    - {pick(es=left.es, en=left.en)}")
        if len(summary.unplaced) > limit:
            lines.append(_("    … and %(n)d more") % {"n": len(summary.unplaced) - limit})
    if summary.left_out:
        lines.append(_("  left out of the problem: %(n)d") % {"n": len(summary.left_out)})
        lines += [f"    - {text}" for text in summary.left_out[:limit]]
    return lines


def when_text(when: When) -> str:
    venue = f" @ {when.venue}" if when.venue else ""
    return f"{when.date.isoformat()} {when.start:%H:%M}–{when.end:%H:%M}{venue}"


def change_text(change: Change) -> str:
    if change.change == "added" and change.new is not None:
        return _("+ %(title)s: %(when)s") % {"title": change.title, "when": when_text(change.new)}
    if change.change == "removed" and change.old is not None:
        return _("- %(title)s: was %(when)s") % {"title": change.title, "when": when_text(change.old)}
    assert change.old is not None and change.new is not None
    return _("~ %(title)s: %(old)s → %(new)s") % {
        "title": change.title,
        "old": when_text(change.old),
        "new": when_text(change.new),
    }


def diff_lines(diff: AgendaDiff) -> list[str]:
    lines = [
        _("Changes from version %(old)d to version %(new)d: %(added)d added, %(removed)d removed, %(moved)d moved")
        % {
            "old": diff.old,
            "new": diff.new,
            "added": len(diff.added),
            "removed": len(diff.removed),
            "moved": len(diff.moved),
        }
    ]
    lines += [f"  {change_text(c)}" for c in (*diff.added, *diff.removed, *diff.moved)]
    if diff.participants:
        lines.append(_("What changed for each participant:"))
        for person in diff.participants:
            lines.append(f"  {person.name}")
            lines += [f"    {change_text(c)}" for c in person.changes]
    if diff.notify:
        lines.append(_("Tell these people:"))
        lines += [f"  {r.name} ({r.organization}){' <' + r.email + '>' if r.email else ''}" for r in diff.notify]
    return lines


def _when_data(when: When | None) -> dict[str, str] | None:
    if when is None:
        return None
    return {
        "date": when.date.isoformat(),
        "start": f"{when.start:%H:%M}",
        "end": f"{when.end:%H:%M}",
        "venue": when.venue,
    }


def _change_data(c: Change) -> dict[str, Any]:
    return {"key": c.key, "title": c.title, "change": c.change, "old": _when_data(c.old), "new": _when_data(c.new)}


def diff_data(diff: AgendaDiff) -> dict[str, Any]:
    return {
        "old": diff.old,
        "new": diff.new,
        "added": [_change_data(c) for c in diff.added],
        "removed": [_change_data(c) for c in diff.removed],
        "moved": [_change_data(c) for c in diff.moved],
        "participants": [
            {"id": p.id, "name": p.name, "changes": [_change_data(c) for c in p.changes]} for p in diff.participants
        ],
        "notify": [{"name": r.name, "email": r.email, "organization": r.organization} for r in diff.notify],
    }

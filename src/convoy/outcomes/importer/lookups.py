"""Keys and references inside an outcome document."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from convoy.missions.models import Organization
from convoy.outcomes.importer.context import Context
from convoy.outcomes.importer.fields import Record

SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")


def check_key(record: Record, name: str = "key") -> str:
    key = record.text(name, required=True, max_length=80)
    if key and not SLUG.match(key):
        record.fail(name, _("“%(value)s” may only use letters, digits, “-” and “_”.") % {"value": key})
    return key


def organization(record: Record, name: str, context: Context, *, required: bool = False) -> Organization | None:
    key = record.text(name, required=required, max_length=80)
    if not key:
        return None
    found = context.organizations.get(key)
    if found is None:
        record.fail(name, _("There is no organization “%(key)s” (see the mission's organizations).") % {"key": key})
    return found

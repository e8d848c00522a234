"""argparse's own words ("usage:", "options", its error messages) in the user's language.

argparse translates through the standard ``gettext`` module, which knows nothing of
Convoy's catalogs; pointing its module-level ``_`` at Django's gettext makes ``--help``
and usage errors follow ``--lang`` and the locale like every other message.
The msgids are argparse's exact texts, listed here so that makemessages extracts them.
"""

from __future__ import annotations

import argparse

from django.utils.translation import gettext, gettext_noop

ARGPARSE_MESSAGES = (
    gettext_noop("usage: "),
    gettext_noop("options"),
    gettext_noop("positional arguments"),
    gettext_noop("show this help message and exit"),
    gettext_noop("%(prog)s: error: %(message)s\n"),
    gettext_noop("argument %(argument_name)s: %(message)s"),
    gettext_noop("the following arguments are required: %s"),
    gettext_noop("invalid choice: %(value)r (choose from %(choices)s)"),
    gettext_noop("invalid %(type)s value: %(value)r"),
    gettext_noop("unrecognized arguments: %s"),
    gettext_noop("expected one argument"),
    gettext_noop("expected at least one argument"),
    gettext_noop("expected at most one argument"),
    gettext_noop("one of the arguments %s is required"),
    gettext_noop("not allowed with argument %s"),
    gettext_noop("ambiguous option: %(option)s could match %(matches)s"),
)


def translate_argparse() -> None:
    argparse._ = gettext  # type: ignore[attr-defined]

"""Mistakes a person can fix (unknown mission, no draft to publish…); the text is translated.

The CLI turns these into ``convoy.cli.errors.UserError`` (the agenda app sits below the CLI
and does not import it)."""

from __future__ import annotations


class AgendaError(Exception):
    """A problem with what was asked, explained in the user's language."""

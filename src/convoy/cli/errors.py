"""Errors the CLI shows to a person: a message in their language, no traceback."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; ``str(error)`` is already translated."""

    def __init__(self, message: str, *, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code

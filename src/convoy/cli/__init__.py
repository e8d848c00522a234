"""The ``convoy`` command: one entry point, one module per subcommand.

Each subcommand module exposes ``register(subparsers)`` (adds its parser and sets
``func``) and keeps its logic in service functions elsewhere. Messages go through
Django's gettext, so they follow the user's locale (``--lang``, ``CONVOY_LANG``,
``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` or ``LANG``; Spanish when none says).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

from convoy.cli.errors import UserError

# Modules of this package that are not subcommands.
NOT_SUBCOMMANDS = frozenset({"argparse_text", "errors", "output"})
# Order in which subcommands appear in --help; modules not listed follow alphabetically.
HELP_ORDER = ("demo", "missions", "transfer", "match", "agenda", "documents", "outcomes", "solve", "serve")

SUPPORTED_LANGUAGES = ("es", "en")


def detect_language(explicit: str | None = None) -> str:
    """The interface language for this run: an explicit choice, then the locale."""
    candidates = [explicit, os.environ.get("CONVOY_LANG")]
    candidates += [os.environ.get(v) for v in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    for value in candidates:
        if not value:
            continue
        code = value.split(":")[0].split("_")[0].split(".")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return "es"


def setup_django(language: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "convoy.settings")
    import django
    from django.utils import translation

    django.setup()
    translation.activate(language)
    from convoy.cli.argparse_text import translate_argparse

    translate_argparse()


def subcommand_modules() -> list[str]:
    """Every module of ``convoy.cli`` registers its subcommands (discovered, not listed)."""
    names = [m.name for m in pkgutil.iter_modules(__path__) if m.name not in NOT_SUBCOMMANDS]
    return sorted(names, key=lambda n: (HELP_ORDER.index(n) if n in HELP_ORDER else len(HELP_ORDER), n))


def build_parser() -> argparse.ArgumentParser:
    from django.utils.translation import gettext as _

    parser = argparse.ArgumentParser(
        prog="convoy",
        description=_("Plan, run and report international trade and investment missions."),
    )
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help=_("interface language (es or en)"))
    parser.add_argument("--traceback", action="store_true", help=_("show the full error on failure (for developers)"))
    subparsers = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for name in subcommand_modules():
        importlib.import_module(f"convoy.cli.{name}").register(subparsers)
    return parser


def _peek_language(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    language = detect_language(_peek_language(args_list))
    setup_django(language)
    from django.utils.translation import gettext as _

    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except UserError as error:
        print(_("convoy: error: %(message)s") % {"message": error}, file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print(_("convoy: interrupted"), file=sys.stderr)
        return 130
    except Exception as error:
        if args.traceback:
            raise
        print(
            _("convoy: unexpected error (%(kind)s): %(message)s. Run again with --traceback for details.")
            % {"kind": type(error).__name__, "message": error},
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""``convoy serve``: the web server on the configured database, admin reachable."""

from __future__ import annotations

import argparse

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils.translation import gettext as _

from convoy.cli.output import ensure_database


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "serve",
        help=_("run the web server"),
        description=_("Run the web server on the configured database; the admin is at /admin/."),
    )
    parser.add_argument(
        "address", nargs="?", default="127.0.0.1:8000", help=_("address and port (default 127.0.0.1:8000)")
    )
    parser.set_defaults(func=run)
    manage = subparsers.add_parser(
        "manage",
        help=_("run a Django management command (e.g. createsuperuser)"),
        description=_("Run a Django management command on Convoy's database, e.g. convoy manage createsuperuser."),
    )
    manage.add_argument("arguments", nargs=argparse.REMAINDER, help=_("the command and its arguments"))
    manage.set_defaults(func=run_manage)


def run(args: argparse.Namespace) -> int:
    ensure_database()
    if not get_user_model().objects.filter(is_superuser=True).exists():
        print(_("No administrator account yet. Create one with: convoy manage createsuperuser"))
    print(_("Admin: http://%(address)s/admin/") % {"address": args.address})
    call_command("runserver", args.address, use_reloader=False, insecure_serving=True)
    return 0


def run_manage(args: argparse.Namespace) -> int:
    from django.core.management import execute_from_command_line

    execute_from_command_line(["convoy manage", *args.arguments])
    return 0

"""Service functions of the agenda app: logic lives here, not in models or the CLI."""

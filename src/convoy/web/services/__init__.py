"""Service functions of the web app (invitations, login throttling, tokens, requests, readiness)."""

"""The mission report as plain data (``data``), built from the records (``build``), with its
press-style opening (``summary``). Renderers in ``convoy.documents.report`` turn it into
HTML and PDF without touching the database.
"""

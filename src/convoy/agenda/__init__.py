"""Stored agendas: versions and placements, built from a mission, solved in the background,
published, compared and re-planned (DESIGN.md §2 ``Agenda``, §3 ``agenda/``)."""

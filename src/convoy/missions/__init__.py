"""Missions: the stored data of a trade and investment mission (DESIGN.md §2)."""

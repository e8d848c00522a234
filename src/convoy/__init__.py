"""Convoy: plan, run and report international trade and investment missions."""

__version__ = "0.1.0"

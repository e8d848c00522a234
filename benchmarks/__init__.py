"""Benchmarks, apart from the tests: ``make bench`` (``python -m benchmarks``).

Each ``benchmarks/bench_*.py`` module exposes ``TITLE`` and ``run() -> str`` returning a
Markdown section (tables of figures, each compared against its baseline measured in the
same run). The runner writes all sections to BENCHMARKS.md under a header with the
machine and the date. ``python -m benchmarks NAME ...`` runs only the named modules and
keeps the other sections as they were.
"""

"""Evaluation of the matchmaker on a labelled set of delegation–counterpart pairs.

`cases.json` (package data) holds profiles written from public trade-mission reports and
91 labelled pairs with reasons and sources; `evaluate` reports precision@3 and nDCG@5 for
sector-only, text-only and full scores.
"""

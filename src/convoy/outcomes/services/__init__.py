"""Service functions of the outcomes app: small, verb-named, keyword-only (DESIGN.md §5)."""

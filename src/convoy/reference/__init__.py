"""Reference catalogs shipped with Convoy: pure Python, no Django, no network.

- :mod:`convoy.reference.inegi`: INEGI states and municipalities (zero-padded string keys),
  with the INEGI state key to ISO 3166-2:MX mapping.
- :mod:`convoy.reference.scian`: SCIAN sectors (Mexico's NAICS variant), Spanish and English.
- :mod:`convoy.reference.countries`, :mod:`convoy.reference.currencies`: ISO countries,
  subdivisions and currencies with CLDR display names in Spanish and English.
- :mod:`convoy.reference.timezones`: IANA time-zone names.

Catalog files live in ``data/``; ``data/PROVENANCE.md`` says where each one comes from.
"""

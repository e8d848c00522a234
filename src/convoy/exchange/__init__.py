"""Exchange: the mission document (JSON) and the Excel workbook, in and out.

The file format is specified in ``docs/reference/mission-document.md``. Reading a file
gives a document (plain dict); :mod:`convoy.exchange.validate` checks it completely and
returns every error with its place; :mod:`convoy.exchange.load` stores a valid document
all-or-nothing and idempotently; :mod:`convoy.exchange.export` writes the canonical
document of a stored mission; the ``workbook_*`` modules carry the same document as one
sheet per entity.
"""

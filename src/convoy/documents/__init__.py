"""Renderers of the documents people carry: PDF booklets and reports, iCalendar, Excel.

They work from plain data (dataclasses), never from the database.
"""

"""The mission report: HTML and PDF in Spanish or English, with SVG charts, from plain report data.

``convoy.outcomes.report.build.build_report`` computes the data from the records; nothing
here reads the database or computes a figure that is not already in the data.
"""

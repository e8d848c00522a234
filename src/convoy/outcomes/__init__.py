"""Outcomes: what each mission produced, followed until it is real, and reported honestly.

Records (``models``): outcomes per meeting or per mission, their figures with the exchange
rates used, pipeline stages with dated evidence, projects (identity, so that one project
claimed by several agencies counts once), claims and follow-up tasks. Services compute the
KPIs, the funnel and the portfolio from those records; ``importer`` reads outcome files.
"""

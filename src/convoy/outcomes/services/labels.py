"""Names of the outcome enumerations in Spanish and English, for reports and messages.

Reports are written in the language asked for, whatever the interface language, so they
take their words from here rather than from the gettext catalog.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "stage": {
        "lead": ("prospecto", "lead"),
        "qualified": ("calificado", "qualified"),
        "active": ("proyecto activo", "active project"),
        "decision": ("decisión", "decision"),
        "announced": ("anunciado", "announced"),
        "realized": ("realizado", "realized"),
        "lost": ("perdido", "lost"),
    },
    "kind": {
        "lead": ("prospecto", "lead"),
        "investment": ("inversión", "investment"),
        "jobs": ("empleos", "jobs"),
        "agreement": ("acuerdo o memorando", "agreement or MoU"),
        "working_group": ("grupo de trabajo", "working group"),
        "programme": ("programa", "programme"),
        "export_sale": ("venta de exportación", "export sale"),
    },
    "role": {
        "lead": ("responsable", "lead"),
        "assisted": ("apoyó", "assisted"),
        "informed": ("informado", "informed"),
    },
    "project_type": {
        "greenfield": ("nueva planta", "greenfield"),
        "expansion": ("ampliación", "expansion"),
        "joint_venture": ("coinversión", "joint venture"),
    },
    "measure": {
        "investment": ("inversión", "investment"),
        "jobs": ("empleos", "jobs"),
        "headline_value": ("valor declarado del acuerdo", "headline value of the agreement"),
        "export_sales": ("ventas de exportación", "export sales"),
        "firms": ("empresas en el programa", "firms in the programme"),
    },
    "status": {"expected": ("esperado", "expected"), "realized": ("realizado", "realized")},
    "jobs_kind": {"new": ("nuevos", "new"), "retained": ("conservados", "retained")},
}


FIGURE_NAMES: dict[tuple[str, str, str], tuple[str, str]] = {
    ("investment", "expected", ""): ("Inversión esperada", "Investment expected"),
    ("investment", "realized", ""): ("Inversión realizada", "Investment realized"),
    ("jobs", "expected", "new"): ("Empleos nuevos esperados", "New jobs expected"),
    ("jobs", "realized", "new"): ("Empleos nuevos realizados", "New jobs realized"),
    ("jobs", "expected", "retained"): ("Empleos conservados esperados", "Retained jobs expected"),
    ("jobs", "realized", "retained"): ("Empleos conservados realizados", "Retained jobs realized"),
    ("headline_value", "expected", ""): ("Valor declarado del acuerdo", "Headline value of the agreement"),
    ("headline_value", "realized", ""): ("Valor declarado del acuerdo, realizado", "Headline value, realized"),
    ("export_sales", "expected", ""): ("Ventas de exportación esperadas", "Export sales expected"),
    ("export_sales", "realized", ""): ("Ventas de exportación realizadas", "Export sales realized"),
    ("firms", "expected", ""): ("Empresas en el programa", "Firms in the programme"),
    ("firms", "realized", ""): ("Empresas atendidas por el programa", "Firms served by the programme"),
}


def figure_name(*, measure: str, status: str, jobs_kind: str, lang: str) -> str:
    """ "Inversión esperada" / "New jobs realized": the name of a figure, grammatical in both languages."""
    es, en = FIGURE_NAMES.get((measure, status, jobs_kind), (f"{measure} {status}", f"{measure} {status}"))
    return en if lang == "en" else es


def label(*, group: str, value: str, lang: str) -> str:
    """The name of ``value`` in ``lang`` ("es" or "en"); unknown values are shown as they are."""
    pair = LABELS[group].get(value)
    if pair is None:
        return value
    return pair[1] if lang == "en" else pair[0]

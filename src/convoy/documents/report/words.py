"""Labels printed on the mission report, in Spanish and English."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "report": ("Informe de resultados", "Outcomes report"),
    "as_of": ("Datos al", "Data as of"),
    "organizer": ("Organiza", "Organizer"),
    "dates": ("Fechas", "Dates"),
    "cities": ("Ciudades", "Cities"),
    "summary": ("Resumen", "Summary"),
    "kpis": ("Metas y resultados", "Targets and results"),
    "objective": ("Objetivo", "Objective"),
    "target": ("Meta", "Target"),
    "achieved": ("Logrado o anunciado", "Achieved or announced"),
    "realized": ("Realizado", "Realized"),
    "share": ("% de la meta", "% of target"),
    "not_measured": ("sin medición automática", "not measured automatically"),
    "on_axis": ("en el eje", "on the axis"),
    "agreements_rule": ("acuerdos firmados y grupos de trabajo", "agreements signed and working groups"),
    "funnel": (
        "Embudo: reuniones → prospectos → anunciados → realizados",
        "Funnel: meetings → leads → announced → realized",
    ),
    "meetings": ("Reuniones", "Meetings"),
    "leads": ("Prospectos", "Leads"),
    "announced": ("Anunciados", "Announced"),
    "lost": ("Perdidos", "Lost"),
    "side_by_side": ("Anunciado y realizado, lado a lado", "Announced and realized, side by side"),
    "measure": ("Medida", "Measure"),
    "investment": ("Inversión", "Investment"),
    "export_sales": ("Ventas de exportación", "Export sales"),
    "jobs_new": ("Empleos nuevos", "New jobs"),
    "jobs_retained": ("Empleos conservados", "Retained jobs"),
    "headline": ("Valor declarado de acuerdos (no es inversión)", "Headline value of agreements (not investment)"),
    "meetings_section": ("Reuniones", "Meetings"),
    "meetings_source": ("Fuente de las reuniones", "Source of the meetings"),
    "meetings_from": ("reuniones de", "meetings from"),
    "meetings_total": ("Total de encuentros", "Total meetings"),
    "bilateral": ("Reuniones bilaterales", "Bilateral meetings"),
    "bilateral_agreed": ("Reuniones bilaterales acordadas", "Agreed bilateral meetings"),
    "activities": ("Actividades (sin traslados)", "Activities (travel excluded)"),
    "left_off": ("Reuniones acordadas fuera de la agenda", "Agreed meetings left off the agenda"),
    "by_axis": ("Reuniones por eje", "Meetings by axis"),
    "by_sector": ("Reuniones por sector (SCIAN de la contraparte)", "Meetings by sector (counterpart's SCIAN)"),
    "fairness": ("Delegaciones atendidas y equidad", "Delegations served and fairness"),
    "delegations_served": ("Delegaciones con al menos una reunión", "Delegations with at least one meeting"),
    "small_served": ("Delegaciones pequeñas atendidas", "Small delegations served"),
    "min_median_max": (
        "Reuniones por delegación (mín. / mediana / máx.)",
        "Meetings per delegation (min / median / max)",
    ),
    "gini": ("Coeficiente de Gini de las reuniones", "Gini coefficient of meetings"),
    "per_delegation": ("Reuniones por delegación", "Meetings per delegation"),
    "delegation": ("Delegación", "Delegation"),
    "results": ("Resultados", "Results"),
    "investment_chart": (
        "Inversión anunciada y realizada (millones de USD)",
        "Investment announced and realized (USD million)",
    ),
    "jobs_chart": ("Empleos esperados y realizados", "Jobs expected and realized"),
    "agreements_chart": ("Acuerdos, grupos de trabajo y programas", "Agreements, working groups and programmes"),
    "agreements": ("Acuerdos firmados", "Agreements signed"),
    "working_groups": ("Grupos de trabajo", "Working groups"),
    "programmes": ("Programas", "Programmes"),
    "expected": ("Esperado", "Expected"),
    "new": ("Nuevos", "New"),
    "retained": ("Conservados", "Retained"),
    "outcomes": ("Resultados registrados", "Recorded outcomes"),
    "outcome": ("Resultado", "Outcome"),
    "stage": ("Etapa", "Stage"),
    "figures": ("Cifras", "Figures"),
    "claims": ("Quién lo reclama", "Claimed by"),
    "merged": ("registros de un mismo proyecto, contados una vez", "records of one project, counted once"),
    "members": ("Miembros", "Members"),
    "forecasts": ("Pronósticos del organizador (no se suman)", "Organizer's forecasts (not added)"),
    "rates": ("Tipos de cambio usados", "Exchange rates used"),
    "pair": ("Par", "Pair"),
    "rate": ("Tasa", "Rate"),
    "rate_date": ("Fecha de la tasa", "Rate date"),
    "policy": ("Política", "Policy"),
    "source": ("Fuente", "Source"),
    "note": ("Nota", "Note"),
    "late": ("Seguimientos vencidos", "Overdue follow-ups"),
    "task": ("Tarea", "Task"),
    "owner": ("Responsable", "Owner"),
    "due": ("Vencía", "Was due"),
    "days_late": ("Días de retraso", "Days late"),
    "none_late": ("No hay seguimientos vencidos.", "No follow-up is overdue."),
    "method": ("Cómo se cuenta", "How it is counted"),
    "synthetic": ("sintético", "synthetic"),
    "estimated": ("estimado", "estimated"),
    "no_outcomes": ("Aún no hay resultados registrados.", "No outcomes have been recorded yet."),
    "policy_announcement": ("fecha de la cifra", "figure's date"),
    "policy_fixed": ("fecha fija", "fixed date"),
    "policy_latest": ("última disponible", "latest available"),
}

METHOD: tuple[tuple[str, str], ...] = (
    (
        "Un proyecto registrado o reclamado por varias organizaciones se cuenta una vez: su etapa es la más avanzada "
        "de sus registros y cada cifra viene del registro más avanzado que la tiene.",
        "A project recorded or claimed by several organizations counts once: its stage is the most advanced of its "
        "records and each figure comes from the most advanced record that has it.",
    ),
    (
        "Anunciado suma las cifras esperadas de lo anunciado o realizado; realizado, las cifras verificadas de lo "
        "realizado. Los prospectos perdidos y los pronósticos del organizador no se suman.",
        "Announced adds the expected figures of what was announced or realized; realized, the verified figures of "
        "what was realized. Lost leads and the organizer's forecasts are not added.",
    ),
    (
        "El valor declarado de un acuerdo o memorando se muestra aparte y nunca se suma a la inversión.",
        "The headline value of an agreement or MoU is shown apart and never added to investment.",
    ),
    (
        "Las cifras en otras monedas se convierten a USD y MXN con las tasas de referencia del BCE; nunca se suman "
        "montos de monedas distintas sin convertirlos.",
        "Figures in other currencies are converted to USD and MXN at ECB reference rates; amounts in different "
        "currencies are never added without converting them.",
    ),
    (
        "Con agenda publicada, las reuniones son las de esa agenda: cada reunión bilateral ubicada y cada actividad "
        "(no los traslados), con las delegaciones que la agenda les asigna; una actividad pública sin lista de "
        "delegaciones cuenta para todas las de su etapa. Las solicitudes aceptadas que la agenda no ubica se "
        "cuentan aparte. Sin agenda publicada, son las solicitudes aceptadas y las actividades registradas: "
        "encuentros acordados, no una agenda.",
        "With a published agenda, the meetings are that agenda's: every bilateral meeting placed and every "
        "activity (not travel), with the delegations the agenda gives them; a public activity without a list of "
        "delegations counts for every delegation of its leg. Accepted requests the agenda does not place are "
        "counted apart. Without a published agenda, they are the accepted requests and the recorded activities: "
        "agreed meetings, not an agenda.",
    ),
    (
        "Las metas de reuniones, el embudo y la equidad usan las mismas reuniones que el resumen.",
        "Meeting targets, the funnel and fairness use the same meetings as the summary.",
    ),
)


def word(key: str, *, lang: str) -> str:
    es, en = WORDS[key]
    return en if lang == "en" else es

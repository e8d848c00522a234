"""The press-style opening of the report, written from the computed figures.

In the manner of the seed articles ("El convoy reunió a 52 municipios de 22 estados con 41
empresas y cámaras…"): who met whom, where and when; what was announced and what is real;
agreements, working groups and programmes. Every number comes from the report's data.
"""

from __future__ import annotations

from convoy.outcomes.report.data import Bilingual, MissionReport
from convoy.outcomes.report.meeting_text import describe_meetings
from convoy.outcomes.report.numbers import date_range, millions, whole
from convoy.outcomes.report.numbers import plural as p


def write_summary(*, report: MissionReport) -> Bilingual:
    parts = [_who(report), describe_meetings(report), _results(report), _forecast(report), _agreements(report)]
    return Bilingual(
        es=" ".join(es for es, _en in parts if es),
        en=" ".join(en for _es, en in parts if en),
    )


def _list(items: list[str], *, lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" and " if lang == "en" else " y ") + items[-1]


def _who(r: MissionReport) -> tuple[str, str]:
    part = r.participation
    when_es, when_en = date_range(r.start_date, r.end_date, lang="es"), date_range(r.start_date, r.end_date, lang="en")
    cities_es, cities_en = _list(list(r.cities), lang="es"), _list(list(r.cities), lang="en")
    met_es, met_en = _counterparts(r)
    if part.single_delegation:
        return (
            f"La delegación de {part.single_delegation} se reunió con {met_es} en {cities_es}, {when_es}.",
            f"The delegation of {part.single_delegation} met {met_en} in {cities_en}, {when_en}.",
        )
    es, en = [], []
    if part.municipalities:
        es.append(
            f"{whole(part.municipalities, lang='es')} {p(part.municipalities, 'municipio', 'municipios')} de "
            f"{whole(part.municipality_states, lang='es')} {p(part.municipality_states, 'estado', 'estados')}"
        )
        en.append(
            f"{whole(part.municipalities, lang='en')} {p(part.municipalities, 'municipality', 'municipalities')} "
            f"from {whole(part.municipality_states, lang='en')} {p(part.municipality_states, 'state', 'states')}"
        )
    if part.state_governments:
        n = part.state_governments
        es.append(f"{whole(n, lang='es')} {p(n, 'gobierno estatal', 'gobiernos estatales')}")
        en.append(f"{whole(n, lang='en')} state {p(n, 'government', 'governments')}")
    if part.other_delegations:
        n = part.other_delegations
        es.append(f"{whole(n, lang='es')} {p(n, 'empresa u organismo', 'empresas y organismos')}")
        en.append(f"{whole(n, lang='en')} {p(n, 'company or organization', 'companies and organizations')}")
    subject_es, subject_en = ("El convoy", "The convoy") if r.convoy else ("La misión", "The mission")
    return (
        f"{subject_es} reunió a {_list(es, lang='es')} con {met_es} en {cities_es}, {when_es}.",
        f"{subject_en} brought {_list(en, lang='en')} together with {met_en} in {cities_en}, {when_en}.",
    )


def _counterparts(r: MissionReport) -> tuple[str, str]:
    part = r.participation
    business, other = part.companies_and_chambers, part.other_counterparts
    es, en = [], []
    if business:
        es.append(f"{whole(business, lang='es')} {p(business, 'empresa o cámara', 'empresas y cámaras')}")
        en.append(f"{whole(business, lang='en')} {p(business, 'company or chamber', 'companies and chambers')}")
    if other:
        more_es, more_en = (" más", " more") if business else ("", "")
        es.append(f"{whole(other, lang='es')} {p(other, 'organización', 'organizaciones')}{more_es}")
        en.append(f"{whole(other, lang='en')}{more_en} {p(other, 'organization', 'organizations')}")
    return _list(es, lang="es") or "sus contrapartes", _list(en, lang="en") or "its counterparts"


def _results(r: MissionReport) -> tuple[str, str]:
    t, f = r.totals, r.funnel
    if not f.leads:
        return "Aún no hay prospectos registrados.", "No leads have been recorded yet."
    es = (
        f"De {whole(f.leads, lang='es')} {p(f.leads, 'prospecto', 'prospectos')}, {whole(f.announced, lang='es')} "
        f"{p(f.announced, 'se anunció', 'se anunciaron')} y {whole(f.realized, lang='es')} "
        f"{p(f.realized, 'se realizó', 'se realizaron')}"
    )
    en = (
        f"Of {whole(f.leads, lang='en')} {p(f.leads, 'lead', 'leads')}, {whole(f.announced, lang='en')} "
        f"{p(f.announced, 'was', 'were')} announced and {whole(f.realized, lang='en')} realized"
    )
    if t.investment_announced.usd or t.jobs_new_expected:
        es += (
            f": inversiones anunciadas por {millions(t.investment_announced.usd, code='USD', lang='es')} y "
            f"{whole(t.jobs_new_expected, lang='es')} empleos nuevos esperados"
        )
        en += (
            f": {millions(t.investment_announced.usd, code='USD', lang='en')} of investment and "
            f"{whole(t.jobs_new_expected, lang='en')} new jobs announced"
        )
        if t.investment_realized.usd or t.jobs_new_realized:
            es += (
                f"; realizados, {millions(t.investment_realized.usd, code='USD', lang='es')} y "
                f"{whole(t.jobs_new_realized, lang='es')} empleos"
            )
            en += (
                f"; {millions(t.investment_realized.usd, code='USD', lang='en')} and "
                f"{whole(t.jobs_new_realized, lang='en')} jobs realized"
            )
        else:
            es, en = es + "; aún no se realiza ninguno", en + "; none realized yet"
    if t.export_announced.usd:
        es += (
            f". Ventas de exportación anunciadas por {millions(t.export_announced.usd, code='USD', lang='es')}; "
            f"realizadas, {millions(t.export_realized.usd, code='USD', lang='es')}"
        )
        en += (
            f". Export sales of {millions(t.export_announced.usd, code='USD', lang='en')} announced, "
            f"{millions(t.export_realized.usd, code='USD', lang='en')} realized"
        )
    return es + ".", en + "."


def _forecast(r: MissionReport) -> tuple[str, str]:
    expected = [fig for line in r.forecasts for fig in line.figures]
    money = [fig for fig in expected if fig.measure == "investment" and fig.converted]
    jobs = [fig for fig in expected if fig.measure == "jobs"]
    if not money and not jobs:
        return "", ""
    es, en = [], []
    for fig in money:
        es.append(f"inversiones por {millions(fig.value, code=fig.currency, lang='es')}")
        en.append(f"{millions(fig.value, code=fig.currency, lang='en')} of investment")
    for fig in jobs:
        es.append(f"{whole(fig.value, lang='es')} empleos")
        en.append(f"{whole(fig.value, lang='en')} jobs")
    return (
        f"El organizador ({r.organizer}) espera {_list(es, lang='es')}: es su pronóstico y no se suma a lo anunciado.",
        f"The organizer ({r.organizer}) expects {_list(en, lang='en')}: a forecast, not added to what was announced.",
    )


def _agreements(r: MissionReport) -> tuple[str, str]:
    t = r.totals
    es, en = [], []
    if t.agreements:
        n = t.agreements
        es.append(f"se {p(n, 'firmó', 'firmaron')} {whole(n, lang='es')} {p(n, 'acuerdo', 'acuerdos')}")
        en.append(f"{whole(n, lang='en')} {p(n, 'agreement was', 'agreements were')} signed")
        if t.headline_values.usd:
            es[-1] += (
                f" (valor declarado: {millions(t.headline_values.usd, code='USD', lang='es')}, no suma como inversión)"
            )
            en[-1] += (
                f" (headline value {millions(t.headline_values.usd, code='USD', lang='en')}, not counted as investment)"
            )
    for line in r.outcomes:
        if line.kind == "working_group" and line.members_by_kind:
            groups = dict(line.members_by_kind)
            es.append("se integró un grupo de trabajo con " + _members(groups, lang="es"))
            en.append("a working group was formed with " + _members(groups, lang="en"))
    if t.programmes:
        n, firms = t.programmes, t.programme_firms
        es.append(
            f"se {p(n, 'lanzó', 'lanzaron')} {whole(n, lang='es')} {p(n, 'programa', 'programas')} para "
            f"{whole(firms, lang='es')} {p(firms, 'empresa', 'empresas')}"
        )
        en.append(
            f"{whole(n, lang='en')} {p(n, 'programme was', 'programmes were')} launched for "
            f"{whole(firms, lang='en')} {p(firms, 'firm', 'firms')}"
        )
    if not es:
        return "", ""
    text_es, text_en = _list(es, lang="es"), _list(en, lang="en")
    return text_es[0].upper() + text_es[1:] + ".", text_en[0].upper() + text_en[1:] + "."


def _members(groups: dict[str, int], *, lang: str) -> str:
    words = {
        "other": (
            "empresa u organismo",
            "empresas y organismos",
            "company or organization",
            "companies and organizations",
        ),
        "municipality": ("municipio", "municipios", "municipality", "municipalities"),
        "state": ("estado", "estados", "state", "states"),
    }
    parts = []
    for group, n in groups.items():
        one_es, many_es, one_en, many_en = words[group]
        parts.append(f"{whole(n, lang=lang)} {p(n, one_en, many_en) if lang == 'en' else p(n, one_es, many_es)}")
    return _list(parts, lang=lang)

"""What the articles state is not synthetic and says where it comes from; what is invented says so."""

import re

import pytest

from .loaded import CALIFORNIA, JAPAN, MAEN, documents, flagged_records

DOCS = list(documents().values())
ids = lambda doc: doc["mission"]["slug"]  # noqa: E731
VALLARTA = "https://www.vallartatoday.com/puerto-vallarta-local-news/general-business-news/jalisco-seeks-to-attract-new-investments"
SOURCES = {
    VALLARTA,
    "https://pledgetimes.com/ebrard-will-inaugurate-plan-to-promote-mexican-municipalities-abroad/",
    "https://qrtvnoticias.com/marcelo-ebrard-encabeza-al-primer-convoy-para-la-internacionalizacion-de-municipios-mexicanos",
    "https://www.liderempresarial.com/sacramento-manifiesta-interes-en-establecer-relaciones-con-grupo-maen/amp/",
    "https://innovacioneconomica.com/the-trade-trip-that-will-mark-a-watershed-for-aguascalientes-industry/",
    "https://mxenlanoticia.com.mx/noticias/tlaxcala/tlaxcala-capital-se-sube-al-convoy-de-la-promocion-internacional",
    "https://mgnoticias.mx/busca-galindo-atraer-inversiones-y-desarrollo-economico-a-slp-en-gira-por-los-angeles",
    "https://eleconomista.com.mx/arteseideas/Acuerdan-en-Hollywood-impulsar-la-produccion-de-cine-y-series-en-Mexico-20230228-0111.html",
    "https://pinceldeluzprensa.com/?p=156698",
    "https://www.theyucatantimes.com/2023/03/renan-barrera-explores-projects-with-the-city-of-san-francisco-ca/",
    "https://colimadigital.com/rodriguez-garcia-promueve-el-desarrollo-economico-del-estado-de-colima-en-california/",
    "https://www.pacificcouncil.org/initiative/mexico-initiative",
    "INEGI, Marco Geoestadístico (catálogo de convoy.reference.inegi)",
    "shared/research/domain.md §4.3",
}


@pytest.mark.parametrize("doc", DOCS, ids=ids)
def test_every_stated_record_names_a_known_source(doc):
    records = list(flagged_records(doc))
    assert [label for label, r in records if not r["synthetic"] and not r["provenance"]] == []
    assert {r["provenance"] for _, r in records if r["provenance"]} <= SOURCES


def test_contact_data_is_fictitious_and_only_on_invented_people():
    people = [p for doc in DOCS for o in doc["organizations"] for p in o["people"]]
    contacts = [p for p in people if p["email"] or p["phone"]]
    assert contacts and all(p["synthetic"] for p in contacts)
    assert all(re.fullmatch(r"[a-z.]+@example\.org", p["email"]) for p in contacts)
    assert all(re.fullmatch(r"\+1 555 01\d\d", p["phone"]) for p in contacts)
    invented = {p["name"] for p in people if p["synthetic"]}
    assert {name for name in invented if "Ejemplo" not in name and "Muestra" not in name} == set()


def test_real_people_named_by_the_sources_are_not_synthetic():
    named = {
        (key, p["name"])
        for doc in DOCS
        for o in doc["organizations"]
        for p in o["people"]
        if not p["synthetic"]
        for key in [o["key"]]
    }
    assert named == {
        ("sre", "Marcelo Ebrard"),
        ("edo-14", "Roberto Arechederra Pacheco"),
        ("edo-06", "Francisco Javier Rodríguez García"),
        ("mun-29033", "Jorge Corichi"),
        ("mun-24028", "Enrique Galindo"),
        ("mun-31050", "Renán Barrera"),
        ("city-of-los-angeles", "Karen Bass"),
        ("city-of-san-jose", "Matt Mahan"),
        ("city-and-county-of-sf", "London Breed"),
        ("netflix", "Ted Sarandos"),
        ("grupo-maen", "Cuitláhuac Pérez Cerros"),
        ("wtc-norcal", "Kevin Mather"),
        ("go-biz", "Diana Domínguez"),
        ("sacramento-oied", "Michael Jasso"),
    }


@pytest.mark.parametrize("doc", DOCS, ids=ids)
def test_invented_organizations_say_so_in_their_name(doc):
    invented = [o["name"] for o in doc["organizations"] if o["synthetic"]]
    assert [name for name in invented if "sintético" not in name and "de ejemplo" not in name] == []


def test_organizations_shared_by_several_files_are_identical():
    seen = {}
    for doc in DOCS:
        for org in doc["organizations"]:
            seen.setdefault(org["key"], []).append(org)
    shared = {key: orgs for key, orgs in seen.items() if len(orgs) > 1}
    assert sorted(shared) == ["edo-01"]
    assert all(orgs[0] == other for orgs in shared.values() for other in orgs[1:])


def test_counterparts_are_synthetic_because_capacity_and_availability_are_invented():
    counterparts = [c for doc in DOCS for c in doc["mission"]["counterparts"]]
    assert all(c["synthetic"] and " / " in c["private_notes"] for c in counterparts)
    assert sum(1 for c in counterparts if c["provenance"]) == 57


def test_leg_dates_are_synthetic_and_so_are_missions_whose_dates_the_articles_do_not_give():
    assert all(leg["synthetic"] and leg["provenance"] for doc in DOCS for leg in doc["mission"]["legs"])
    flags = {doc["mission"]["slug"]: doc["mission"]["synthetic"] for doc in DOCS}
    assert flags == {CALIFORNIA: False, MAEN: True, JAPAN: True}

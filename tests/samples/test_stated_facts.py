"""Facts the articles state, kept as stated: named counterparts, agenda items, targets, names."""

import re

from .loaded import CALIFORNIA, JAPAN, MAEN, document, organizations

VALLARTA = "https://www.vallartatoday.com/puerto-vallarta-local-news/general-business-news/jalisco-seeks-to-attract-new-investments"


def test_california_counterparts_named_by_the_sources_are_real_organizations():
    named = {
        "netflix",
        "disney",
        "paramount",
        "hbo",
        "nbcuniversal",
        "warner-bros",
        "sony-pictures",
        "mpa",
        "paypal",
        "nasdaq",
        "produce-pay",
        "meta",
        "plug-and-play",
        "uber",
        "google",
        "bayer",
        "socalbio",
        "us-mexico-chamber",
        "us-chamber",
        "pacific-council",
        "city-of-los-angeles",
        "city-of-san-jose",
        "city-and-county-of-sf",
        "consulmex-san-jose",
        "brillio",
        "synopsys",
        "tech-mahindra",
        "intel",
        "microsoft",
        "docusign",
        "vc-firm",
        "cisco",
        "salesforce",
        "stanford",
        "uc-berkeley",
        "ucla",
    }
    orgs = organizations(CALIFORNIA)
    met = {c["organization"] for c in document(CALIFORNIA)["mission"]["counterparts"]}
    assert named <= met
    assert [key for key in named if orgs[key]["synthetic"] or not orgs[key]["provenance"]] == []


def test_california_public_agenda_items_are_fixed_and_stated():
    activities = {a["code"]: a for a in document(CALIFORNIA)["mission"]["activities"]}
    stated = {code for code, a in activities.items() if not a["synthetic"]}
    assert stated == {
        "bass-reception",
        "mexico-initiative-dialogue",
        "socalbio-session",
        "travel-wholesalers-session",
        "studios-working-group",
    }
    assert {"smart-cities-conference", "us-chamber-networking"} <= set(activities)
    studios = activities["studios-working-group"]
    assert (studios["kind"], studios["host"], studios["venue"], studios["seats"]) == (
        "group_session",
        "netflix",
        "netflix-hq",
        67,
    )
    assert all(a["fixed"] for a in activities.values())


def test_jalisco_parallel_agenda_asks_for_the_nine_meetings_of_the_article():
    requests = [r for r in document(CALIFORNIA)["mission"]["requests"] if r["delegation"] == "edo-14"]
    assert sorted(r["counterpart"] for r in requests) == [
        "brillio",
        "consulmex-san-jose",
        "docusign",
        "intel",
        "microsoft",
        "paypal",
        "synopsys",
        "tech-mahindra",
        "vc-firm",
    ]
    assert all(not r["synthetic"] and r["provenance"] == VALLARTA for r in requests)
    delegation = next(d for d in document(CALIFORNIA)["mission"]["delegations"] if d["organization"] == "edo-14")
    assert (delegation["parallel_tracks"], delegation["synthetic"]) == (2, False)


def test_japan_objectives_carry_the_stated_targets():
    objectives = {
        o["code"]: (o["metric"], o["target"], o["currency"], o["synthetic"])
        for o in document(JAPAN)["mission"]["objectives"]
    }
    assert objectives["investment"] == ("investment", "150000000.00", "USD", False)
    assert objectives["jobs"] == ("jobs", "2300.00", "", False)
    assert objectives["meetings"] == ("meetings", "11.00", "", False)
    assert objectives["supplier-development"] == ("other", "20.00", "", False)


def test_japanese_names_are_written_correctly():
    orgs = organizations(JAPAN)
    script = {
        key: re.findall(r"\(([^()]*[\u3040-\u30ff\u4e00-\u9fff][^()]*)\)", o["description"]) for key, o in orgs.items()
    }
    assert {key: found for key, found in script.items() if found} == {
        "tachi-s": ["株式会社タチエス"],
        "unipres": ["ユニプレス株式会社"],
        "calsonic-kansei": ["カルソニックカンセイ株式会社"],
        "nissan": ["日産自動車株式会社"],
        "jatco": ["ジヤトコ株式会社"],
        "nagoya-cci": ["名古屋商工会議所"],
        "jica": ["独立行政法人国際協力機構"],
    }


def test_maen_cluster_description_keeps_the_figures_of_the_article():
    description = organizations(MAEN)["grupo-maen"]["description"]
    assert all(figure in description for figure in ("58 compañías", "2 mil millones de pesos", "casi 3 mil empleos"))

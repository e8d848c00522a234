from __future__ import annotations

from dataclasses import replace

from convoy.matching.model import Direction, Interest, Kind, Profile
from convoy.matching.parts import PartName
from convoy.matching.sectors import level, level_value, lower_title, score_sector

from .profiles import AGUASCALIENTES, BARE, JICA
from .scian_fixture import FixtureCatalog


def with_codes(*codes: str) -> Profile:
    interest = Interest(direction=Direction.OFFER, kind=Kind.TRADE, scian=codes)
    return Profile(id="-".join(codes) or "none", name="x", interests=(interest,))


def test_subsector_336_meets_auto_parts_3363(catalog: FixtureCatalog) -> None:
    part = score_sector(delegation=AGUASCALIENTES, counterpart=JICA, catalog=catalog, weight=0.3)
    assert part.name is PartName.SECTOR
    assert part.value == 0.7
    assert part.weight == 0.3
    assert part.explanation.es == ("comparten el subsector 336 (fabricación de equipo de transporte)")
    assert part.explanation.en == ("they share subsector 336 (transportation equipment manufacturing)")


def test_deeper_shared_code_scores_higher(catalog: FixtureCatalog) -> None:
    same_branch = score_sector(delegation=with_codes("3363"), counterpart=with_codes("3363"), catalog=catalog, weight=1)
    same_sector = score_sector(delegation=with_codes("3344"), counterpart=with_codes("3363"), catalog=catalog, weight=1)
    assert same_branch.value == 0.9
    assert same_branch.explanation.es == ("comparten la rama 3363 (fabricación de partes para vehículos automotores)")
    assert same_sector.value == 0.3
    assert same_sector.explanation.en == "they share sector 33 (manufacturing)"


def test_best_pair_of_codes_wins(catalog: FixtureCatalog) -> None:
    part = score_sector(
        delegation=with_codes("5415", "3361"),
        counterpart=with_codes("7211", "3363"),
        catalog=catalog,
        weight=1,
    )
    assert part.value == 0.7
    assert part.explanation.es.startswith("comparten el subsector 336 ")


def test_missing_english_title_falls_back_to_spanish(catalog: FixtureCatalog) -> None:
    part = score_sector(delegation=with_codes("7211"), counterpart=with_codes("7211"), catalog=catalog, weight=1)
    assert part.explanation.en == "they share industry group 7211 (hoteles, moteles y similares)"


def test_no_shared_code_is_zero_and_silent(catalog: FixtureCatalog) -> None:
    unrelated = score_sector(delegation=with_codes("5121"), counterpart=with_codes("3363"), catalog=catalog, weight=1)
    empty = score_sector(delegation=BARE, counterpart=JICA, catalog=catalog, weight=1)
    assert (unrelated.value, unrelated.explanation.es) == (0.0, "")
    assert (empty.value, empty.contribution) == (0.0, 0.0)


def test_codes_of_needs_and_offers_both_count(catalog: FixtureCatalog) -> None:
    need = Interest(direction=Direction.NEED, kind=Kind.INVESTMENT, scian=("5121",))
    delegation = replace(BARE, interests=(need,))
    part = score_sector(delegation=delegation, counterpart=with_codes("5121"), catalog=catalog, weight=0.5)
    assert (part.value, part.contribution) == (0.9, 0.45)


def test_levels_and_titles() -> None:
    assert [level(c) for c in ("33", "31-33", "336", "3363", "33631", "336310")] == [
        2,
        2,
        3,
        4,
        5,
        6,
    ]
    assert [level_value(c) for c in ("", "33", "336", "3363", "33631", "336310")] == [
        0.0,
        0.3,
        0.7,
        0.9,
        1.0,
        1.0,
    ]
    assert lower_title("Servicios de TIC y Software") == "servicios de TIC y software"

import runpy
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import convoy.reference
from convoy.reference.scian import (
    Sector,
    ancestors,
    level,
    search,
    sector,
    sector_label,
    sectors,
    shared_prefix,
)

BUILD_DIR = Path(convoy.reference.__file__).parent / "data" / "build"


def codes(found: tuple[Sector, ...]) -> list[str]:
    return [item.code for item in found]


def test_catalog_counts() -> None:
    assert len(sectors()) == 2178
    assert Counter(len(item.code) for item in sectors()) == {2: 23, 3: 96, 4: 312, 5: 629, 6: 1118}


def test_english_title_counts() -> None:
    with_english = [item for item in sectors() if item.title_en is not None]
    assert len(with_english) == 1121
    assert Counter(len(item.code) for item in with_english) == {
        2: 23, 3: 96, 4: 244, 5: 477, 6: 281,
    }  # fmt: skip


def test_codes_are_digit_strings_with_their_parent_in_the_catalog() -> None:
    assert codes(sectors()) == sorted(codes(sectors()))
    for item in sectors():
        assert item.code.isdigit()
        assert 2 <= len(item.code) <= 6
        if len(item.code) == 2:
            assert item.parent is None
        else:
            assert item.parent == item.code[:-1]
            assert sector(item.parent) is not None


def test_known_values() -> None:
    assert sector("336") == Sector(
        code="336",
        title_es="Fabricación de equipo de transporte",
        title_en="Transportation Equipment Manufacturing",
        parent="33",
    )
    assert sector("31") == Sector(
        code="31", title_es="Industrias manufactureras", title_en="Manufacturing", parent=None
    )
    assert sector("43") == Sector(
        code="43", title_es="Comercio al por mayor", title_en="Wholesale Trade", parent=None
    )
    assert sector("31-33") is None
    assert sector("999") is None


def test_title_falls_back_to_spanish() -> None:
    laundries = sector("8122")  # NAICS 8122 is "Death Care Services": no English title
    assert laundries is not None
    assert laundries.title_en is None
    assert laundries.title("en") == "Lavanderías y tintorerías"
    assert laundries.title("es") == "Lavanderías y tintorerías"
    transport = sector("336")
    assert transport is not None
    assert transport.title("en") == "Transportation Equipment Manufacturing"
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        transport.title("fr")


def test_shipped_titles_follow_the_recorded_decisions() -> None:
    decisions = runpy.run_path(str(BUILD_DIR / "english_titles.py"))
    assert len(decisions["REJECTED_NAICS_CODES"]) == 162
    for code in decisions["REJECTED_NAICS_CODES"]:
        found = sector(code)
        assert found is not None
        assert found.title_en is None
    for code, title in decisions["CONVOY_TITLES_EN"].items():
        found = sector(code)
        assert found is not None
        assert found.title_en == title


def test_level() -> None:
    assert [level(code) for code in ("33", "336", "3363", "33631", "336310")] == [2, 3, 4, 5, 6]
    assert level("31-33") == 2
    assert level("48-49") == 2
    for bad in ("3", "3363100", "33a", "", "３３"):
        with pytest.raises(ValueError, match="not a SCIAN code"):
            level(bad)


def test_ancestors() -> None:
    assert ancestors("3363") == ("33", "336", "3363")
    assert ancestors("336110") == ("33", "336", "3361", "33611", "336110")
    assert ancestors("31") == ("31",)
    assert ancestors("999") == ()


def test_shared_prefix() -> None:
    assert shared_prefix("3363", "336110") == "336"
    assert shared_prefix("336110", "336110") == "336110"
    assert shared_prefix("3361", "3363") == "336"
    assert shared_prefix("311", "336") == ""  # "3" is not a code; 31 and 33 are both manufacturing
    assert shared_prefix("", "336") == ""


def test_sector_label() -> None:
    assert sector_label("3363") == "31-33"
    assert sector_label("31") == "31-33"
    assert sector_label("493110") == "48-49"
    assert sector_label("541110") == "54"


def test_search_spanish_ignores_case_and_accents() -> None:
    expected = ["3361", "33611", "336110"]
    assert codes(search("fabricacion automov")) == expected
    assert codes(search("FABRICACIÓN AUTOMÓV")) == expected
    assert codes(search("equipo de transporte", limit=3)) == ["336", "3369", "33699"]


def test_search_english() -> None:
    assert codes(search("aerospace", lang="en")) == ["3364", "33641"]
    assert codes(search("motor vehicle parts", lang="en", limit=2)) == ["3363", "468"]
    assert codes(search("Wholesale Trade", lang="en", limit=2)) == ["43", "431"]


def test_search_exact_title_first() -> None:
    assert codes(search("Fabricación de equipo aeroespacial")) == ["3364", "33641", "336410"]
    # "Construcción" itself, then titles that start with it, broader codes first
    assert codes(search("construccion", limit=4)) == ["23", "237", "2371", "2373"]


def test_search_by_code_prefix() -> None:
    assert codes(search("3363", limit=3)) == ["3363", "33631", "33632"]
    assert codes(search("33641")) == ["33641", "336410"]


def test_search_without_match_or_text() -> None:
    assert search("zzzz") == ()
    assert search("  ") == ()
    assert search("automóviles", limit=0) == ()


CODES = [item.code for item in sectors()]


@given(a=st.sampled_from(CODES), b=st.sampled_from(CODES))
def test_shared_prefix_is_the_deepest_common_ancestor(a: str, b: str) -> None:
    shared = shared_prefix(a, b)
    assert shared == shared_prefix(b, a)
    common = [code for code in ancestors(a) if code in ancestors(b)]
    assert shared == (common[-1] if common else "")
    if shared:
        assert a.startswith(shared)
        assert b.startswith(shared)
        assert sector(shared) is not None


@given(code=st.sampled_from(CODES))
def test_ancestors_follow_parent_links(code: str) -> None:
    chain = ancestors(code)
    assert chain[-1] == code
    assert level(chain[0]) == 2
    for parent, child in pairwise(chain):
        found = sector(child)
        assert found is not None
        assert found.parent == parent

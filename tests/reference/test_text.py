from hypothesis import given
from hypothesis import strategies as st

from convoy.reference.text import normalize


def test_normalize_folds_case_accents_and_spaces() -> None:
    assert normalize("  San Pedro   TLAQUEPAQUE ") == "san pedro tlaquepaque"
    assert normalize("Querétaro") == "queretaro"
    assert normalize("Peñón de los Baños") == "penon de los banos"


def test_normalize_turns_punctuation_into_spaces() -> None:
    assert normalize("Cd. Juárez, Chih.") == "cd juarez chih"
    assert normalize("Dolores Hidalgo Cuna de la Independencia Nacional") == (
        "dolores hidalgo cuna de la independencia nacional"
    )
    assert normalize("¿?!") == ""


@given(text=st.text(max_size=40))
def test_normalize_is_idempotent_and_tidy(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert once == once.strip()
    assert "  " not in once

from convoy.reference.inegi import suggest_municipalities
from convoy.reference.similarity import prepare, rank_names, score_name


def keys(*, name: str, state_key: str | None = None, limit: int = 3) -> list[str]:
    found = suggest_municipalities(name, state_key=state_key, limit=limit)
    return [item.key for item in found]


def test_partial_name_finds_the_full_name_first() -> None:
    assert keys(name="Tlaquepaque")[0] == "14098"
    assert keys(name="tlaquepaq")[0] == "14098"


def test_typo_is_forgiven() -> None:
    assert keys(name="guadalajra")[0] == "14039"
    assert keys(name="Monterey")[0] == "19039"


def test_extra_words_and_abbreviations() -> None:
    assert keys(name="Guadalajara, Jalisco")[0] == "14039"
    assert keys(name="Cd. Juárez", state_key="08") == ["08037"]


def test_state_key_restricts_suggestions() -> None:
    assert keys(name="Guadalajara", state_key="14") == ["14039"]
    assert keys(name="Guadalajara", state_key="19") == []  # nothing like it in Nuevo León
    assert keys(name="Tijuna", state_key="02") == ["02004"]
    assert keys(name="Tonala", state_key="14") == ["14101", "14102", "14103"]
    found = suggest_municipalities("San Pedro", state_key="14", limit=5)
    assert [item.key for item in found] == ["14098"]


def test_same_name_in_several_states_is_ordered_by_key() -> None:
    assert keys(name="benito juarez", limit=9) == [
        "09014", "12014", "23005", "26071", "29045", "30027", "32004",  # "Benito Juárez"
        "20027", "21177",  # "Chiquihuitlán de Benito Juárez", "Tlacotepec de Benito Juárez"
    ]  # fmt: skip
    assert keys(name="benito juarez") == ["09014", "12014", "23005"]


def test_nothing_close_gives_nothing() -> None:
    assert keys(name="xyz") == []
    assert keys(name="   ") == []
    assert keys(name="Guadalajara", limit=0) == []


def test_scores() -> None:
    assert score_name(query="leon", candidate="leon") == 1.0
    assert score_name(query="tlaquepaque", candidate="san pedro tlaquepaque") == 0.93
    assert (
        score_name(query="guadalajara jalisco", candidate="guadalajara") == 0.8450000000000001
    )  # 0.8 + 0.09 / 2
    assert round(score_name(query="guadalajra", candidate="guadalajara"), 4) == 0.9524


def test_prepare_spells_out_abbreviations() -> None:
    assert prepare("Cd. Gral. Escobedo") == "ciudad general escobedo"


def test_rank_names_orders_by_score_then_key() -> None:
    candidates = {"b": "san pedro", "a": "san pedro", "c": "santa ana"}
    assert rank_names(query="San Pedro", candidates=candidates, limit=5) == ("a", "b")

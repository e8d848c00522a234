"""How close a typed name is to a catalog name, for suggestions ("did you mean …?").

Both texts are compared after :func:`convoy.reference.text.normalize`. The score is 1.0 for
the same name; 0.9 to 0.99 when every typed word is a word of the catalog name ("Tlaquepaque"
in "San Pedro Tlaquepaque"), higher when the typed words cover more of it; 0.8 to 0.89 when
every catalog word was typed ("Guadalajara, Jalisco" for Guadalajara); otherwise the
larger of the difflib ratio of the whole names and 0.9 times the mean, over the typed words,
of each word's best difflib ratio against the catalog words, where ratios under 0.75 count
as 0 (this catches typos such as "Guadalajra" without crediting a shared "San").
"""

from __future__ import annotations

from difflib import SequenceMatcher

from convoy.reference.text import normalize

MIN_SCORE = 0.7
MIN_WORD_RATIO = 0.75

ABBREVIATIONS = {"cd": "ciudad", "gral": "general", "sta": "santa", "sto": "santo"}


def prepare(text: str) -> str:
    """Normalise a typed name and spell out the usual abbreviations ("Cd." -> "ciudad")."""
    return " ".join(ABBREVIATIONS.get(word, word) for word in normalize(text).split())


def ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def score_name(*, query: str, candidate: str) -> float:
    """Similarity in [0, 1] of two names that are already normalised."""
    if query == candidate:
        return 1.0
    query_words, candidate_words = query.split(), candidate.split()
    if not query_words or not candidate_words:
        return 0.0
    query_set, candidate_set = set(query_words), set(candidate_words)
    if query_set <= candidate_set:
        return 0.9 + 0.09 * len(query_set) / len(candidate_set)
    if candidate_set <= query_set:
        return 0.8 + 0.09 * len(candidate_set) / len(query_set)
    per_word = [
        best
        if (best := max(ratio(word, other) for other in candidate_words)) >= MIN_WORD_RATIO
        else 0.0
        for word in query_words
    ]
    return max(ratio(query, candidate), 0.9 * sum(per_word) / len(per_word))


def rank_names(
    *, query: str, candidates: dict[str, str], limit: int, min_score: float = MIN_SCORE
) -> tuple[str, ...]:
    """Keys of the ``candidates`` (key -> normalised name) closest to ``query``, best first.

    Only scores of at least ``min_score`` count; ties go to the smaller key.
    """
    prepared = prepare(query)
    if not prepared or limit <= 0:
        return ()
    scored = [
        (score, key)
        for key, name in candidates.items()
        if (score := score_name(query=prepared, candidate=name)) >= min_score
    ]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return tuple(key for _, key in scored[:limit])

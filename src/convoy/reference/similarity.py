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


def matcher_for(text: str) -> SequenceMatcher[str]:
    """A difflib matcher that keeps ``text`` as its second sequence (analysed only once)."""
    return SequenceMatcher(None, "", text, autojunk=False)


def ratio_at_least(*, matcher: SequenceMatcher[str], text: str, floor: float) -> float:
    """difflib ratio of ``text`` against the matcher's text, or 0.0 if it is below ``floor``.

    The cheap upper bounds (``real_quick_ratio``, ``quick_ratio``) skip hopeless pairs.
    """
    matcher.set_seq1(text)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    found = matcher.ratio()
    return found if found >= floor else 0.0


def score_name(*, query: str, candidate: str) -> float:
    """Similarity in [0, 1] of two names that are already normalised."""
    return score_prepared(
        query=query,
        whole=matcher_for(query),
        per_word=tuple(matcher_for(word) for word in query.split()),
        candidate=candidate,
    )


def score_prepared(
    *,
    query: str,
    whole: SequenceMatcher[str],
    per_word: tuple[SequenceMatcher[str], ...],
    candidate: str,
) -> float:
    """:func:`score_name` with the query's matchers built once (see :func:`rank_names`)."""
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
    best_per_word = [
        max(ratio_at_least(matcher=matcher, text=other, floor=MIN_WORD_RATIO)
            for other in candidate_words)
        for matcher in per_word
    ]  # fmt: skip
    by_words = 0.9 * sum(best_per_word) / len(best_per_word)
    return max(by_words, ratio_at_least(matcher=whole, text=candidate, floor=by_words))


def rank_names(
    *, query: str, candidates: dict[str, str], limit: int, min_score: float = MIN_SCORE
) -> tuple[str, ...]:
    """Keys of the ``candidates`` (key -> normalised name) closest to ``query``, best first.

    Only scores of at least ``min_score`` count; ties go to the smaller key.
    """
    prepared = prepare(query)
    if not prepared or limit <= 0:
        return ()
    whole = matcher_for(prepared)
    per_word = tuple(matcher_for(word) for word in prepared.split())
    scored = [
        (score, key)
        for key, name in candidates.items()
        if (score := score_prepared(query=prepared, whole=whole, per_word=per_word, candidate=name))
        >= min_score
    ]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return tuple(key for _, key in scored[:limit])

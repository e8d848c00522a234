"""``convoy match``: counts and fairness, ``--explain`` in the user's language, ``--accept-all``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.utils import translation

from convoy.cli import main
from convoy.exchange.imports import import_file
from convoy.missions.models import MeetingRequest, Suggestion
from convoy.samples import sample_paths

pytestmark = pytest.mark.django_db

SLUG = "convoy-california-2023"
GUADALAJARA_ES = (
    "      Comparten el sector 51 (información en medios masivos); busca tecnología, que la contraparte ofrece; "
    "mismo eje: económico; descripciones algo afines (0.24)\n"
)
GUADALAJARA_EN = (
    "      They share sector 51 (information); seeks technology, which the counterpart offers; same axis: economic; "
    "somewhat similar descriptions (0.24)\n"
)
HEADERS = {
    "es": "Sugerencias para Guadalajara, de la mejor a la peor:\n",
    "en": "Suggestions for Guadalajara, best first:\n",
}


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("embeddings")


@pytest.fixture(autouse=True)
def california() -> Iterator[None]:
    """The sample stored; the language the CLI activates does not leak into other tests."""
    (path,) = [p for p in sample_paths() if p.stem == SLUG]
    import_file(path)
    language = translation.get_language()
    yield
    translation.activate(language)


def match(cache_dir: Path, *args: str) -> int:
    return main([*args[:2], "match", SLUG, "--embedding-cache", str(cache_dir), *args[2:]])


def test_match_stores_suggestions_and_prints_the_fairness_report(
    cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert match(cache_dir, "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "  78 delegations, 46 counterparts; 188 candidate meetings and 1 group-session seats\n" in out
    assert "  Suggestions: 101 new, 0 updated, 0 unchanged, 0 no longer proposed\n" in out
    assert "  candidate meetings per delegation: minimum 0, median 2; Gini coefficient 0.30\n" in out
    assert "  marquee seats going to small municipalities: 1 of 1\n  delegations below the floor: 44\n" in out
    assert Suggestion.objects.filter(mission__slug=SLUG).count() == 101
    assert match(cache_dir, "--lang", "en") == 0
    assert "  Suggestions: 0 new, 0 updated, 101 unchanged, 0 no longer proposed\n" in capsys.readouterr().out


@pytest.mark.parametrize(("language", "expected"), [("es", GUADALAJARA_ES), ("en", GUADALAJARA_EN)])
def test_explain_prints_the_ranked_list_with_reasons_in_the_chosen_language(
    cache_dir: Path, capsys: pytest.CaptureFixture[str], language: str, expected: str
) -> None:
    assert match(cache_dir, "--lang", language, "--explain", "mun-14039") == 0
    lines = capsys.readouterr().out.splitlines(keepends=True)
    first = lines.index(expected) - 1  # the best suggestion, then its reasons
    assert lines[first].startswith(" 1. Microsoft (San José) · ")
    assert "0.51" in lines[first]
    assert lines[first - 1] == HEADERS[language]


def test_explain_follows_the_locale(
    cache_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("CONVOY_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["match", SLUG, "--embedding-cache", str(cache_dir), "--explain", "mun-14039"]) == 0
    assert GUADALAJARA_EN in capsys.readouterr().out


def test_accept_all_above_a_score_creates_the_requests(cache_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert match(cache_dir, "--lang", "en", "--accept-all", "--min-score", "0.7") == 0
    assert "Accepted 5 suggestions; convoy plan schedules them.\n" in capsys.readouterr().out
    accepted = Suggestion.objects.filter(mission__slug=SLUG, status="accepted")
    assert set(accepted.values_list("decided_by", flat=True)) == {"convoy match --accept-all"}
    assert min(accepted.values_list("score", flat=True)) >= 0.7
    assert max(Suggestion.objects.filter(mission__slug=SLUG, status="proposed").values_list("score", flat=True)) < 0.7
    # Each accepted pair now has an accepted request: a new one from the suggestion, or the
    # delegation's own proposed request, accepted as it was.
    made = MeetingRequest.objects.filter(mission__slug=SLUG, status="accepted")
    pairs = {(r.delegation_id, r.counterpart_id): r.source for r in made}
    sources = [pairs.get((s.delegation_id, s.counterpart_id)) for s in accepted.filter(kind="bilateral")]
    assert sorted(sources, key=str) == ["delegation", "suggestion", "suggestion", "suggestion"]
    assert accepted.filter(kind="group_seat").count() == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["match", "nope"], "There is no mission “nope”. Available missions: convoy-california-2023."),
        (["match", SLUG, "--explain", "nobody"], "no delegation “nobody” in convoy-california-2023"),
        (["match", SLUG, "--min-score", "0.5"], "--min-score only applies with --accept-all"),
    ],
)
def test_user_mistakes_are_explained(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    assert main(["--lang", "en", *args]) == 2
    assert message in capsys.readouterr().err
    assert not Suggestion.objects.exists()

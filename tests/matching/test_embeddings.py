from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from convoy.matching.cache import EmbeddingCache
from convoy.matching.embeddings import DIMENSION, TextEncoder, pool, profile_vectors

SUPPLIERS_ES = "Desarrollo de proveedores para pymes de autopartes"
SUPPLIERS_EN = "Supplier development programme for auto parts SMEs"
FILM_EN = "Film studio looking for shooting locations in Mexico"


def test_spanish_and_english_descriptions_meet(encoder: TextEncoder) -> None:
    vectors = encoder.embed([SUPPLIERS_ES, SUPPLIERS_EN, FILM_EN])
    assert vectors.shape == (3, DIMENSION)
    assert np.linalg.norm(vectors, axis=1) == pytest.approx([1.0, 1.0, 1.0], abs=1e-5)
    across_languages = float(vectors[0] @ vectors[1])
    unrelated = float(vectors[0] @ vectors[2])
    assert across_languages > 0.5
    assert across_languages > unrelated + 0.3
    assert encoder.warning is None
    assert encoder.available


def test_cached_vectors_are_served_without_the_model(encoder: TextEncoder, tmp_path: Path) -> None:
    warm = encoder.with_cache(EmbeddingCache(directory=tmp_path))
    expected = warm.embed([SUPPLIERS_ES])
    cold = TextEncoder(cache=EmbeddingCache(directory=tmp_path), resources=tmp_path / "none")
    assert cold.embed([SUPPLIERS_ES]).tolist() == expected.tolist()
    assert cold.cache.hits == 1
    assert cold.warning is None


def test_missing_model_degrades_with_a_bilingual_warning(tmp_path: Path) -> None:
    broken = TextEncoder(resources=tmp_path)
    vectors = broken.embed(["hola", "hello"])
    assert vectors.tolist() == np.zeros((2, DIMENSION)).tolist()
    assert broken.available is False
    assert broken.warning is not None
    assert broken.warning.es.startswith("El modelo de similitud de textos no pudo cargarse (")
    assert broken.warning.es.endswith("la similitud de descripciones vale 0 para todos los pares.")
    assert broken.warning.en.endswith("description similarity is 0 for every pair.")
    assert "sp.model" in broken.warning.en


def test_pool_averages_and_normalises() -> None:
    vectors = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    assert pool(vectors).tolist() == pytest.approx([0.70710678, 0.70710678])
    assert pool(np.zeros((0, DIMENSION), dtype=np.float32)).tolist() == [0.0] * DIMENSION


def test_profile_vectors_embed_each_text_once(encoder: TextEncoder) -> None:
    local = encoder.with_cache(EmbeddingCache())
    out = profile_vectors(texts=[[SUPPLIERS_ES, FILM_EN], [], [SUPPLIERS_ES]], encoder=local)
    assert out.shape == (3, DIMENSION)
    assert local.cache.misses == 2
    assert out[1].tolist() == [0.0] * DIMENSION
    assert out[2] == pytest.approx(local.embed([SUPPLIERS_ES])[0])

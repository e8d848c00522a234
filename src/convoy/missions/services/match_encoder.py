"""The text encoder of the matchmaker, loaded once per process, with its embedding caches.

The multilingual model takes about a second to load and its embeddings are worth keeping:
one `TextEncoder` serves every run of the process, and each cache directory keeps one
in-memory `EmbeddingCache` in front of its files (``~/.cache/convoy/embeddings`` on Linux
unless the caller names another directory).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from convoy.matching.cache import EmbeddingCache
from convoy.matching.embeddings import TextEncoder

_MODEL: list[TextEncoder] = []
_CACHES: dict[Path, EmbeddingCache] = {}


def default_cache_dir() -> Path:
    return platformdirs.user_cache_path("convoy") / "embeddings"


def shared_encoder(*, cache_dir: Path | None = None) -> TextEncoder:
    """An encoder over the cache of `cache_dir` that shares the process's model."""
    if not _MODEL:
        _MODEL.append(TextEncoder())
    directory = (cache_dir or default_cache_dir()).expanduser().resolve()
    cache = _CACHES.setdefault(directory, EmbeddingCache(directory=directory))
    return _MODEL[0].with_cache(cache)

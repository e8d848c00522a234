"""INEGI states and municipalities (Marco Geoestadístico), keyed by zero-padded strings.

A state key has two digits ("14" Jalisco); a municipality key has five, the state key
followed by the three-digit municipal key ("14098" San Pedro Tlaquepaque). Each state also
carries its ISO 3166-2:MX code ("MX-JAL"). Data: ``data/states.json`` and
``data/municipalities.json`` (mcp-inegi 0.3.0, see ``data/PROVENANCE.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from convoy.reference._data import read_catalog
from convoy.reference.similarity import prepare, rank_names
from convoy.reference.text import normalize


@dataclass(frozen=True)
class State:
    key: str
    name: str
    iso_code: str


@dataclass(frozen=True)
class Municipality:
    key: str
    name: str
    state_key: str


@cache
def _states_by_key() -> dict[str, State]:
    rows = read_catalog("states.json")
    return {key: State(key=key, name=name, iso_code=iso) for key, (name, iso) in rows.items()}


@cache
def _states_by_iso() -> dict[str, State]:
    return {state.iso_code: state for state in _states_by_key().values()}


@cache
def _municipalities_by_key() -> dict[str, Municipality]:
    rows = read_catalog("municipalities.json")
    return {key: Municipality(key=key, name=name, state_key=key[:2]) for key, name in rows.items()}


@cache
def _municipalities_by_state() -> dict[str, tuple[Municipality, ...]]:
    grouped: dict[str, list[Municipality]] = {key: [] for key in _states_by_key()}
    for item in _municipalities_by_key().values():
        grouped[item.state_key].append(item)
    return {key: tuple(items) for key, items in grouped.items()}


@cache
def _municipalities_by_name() -> dict[str, tuple[Municipality, ...]]:
    grouped: dict[str, list[Municipality]] = {}
    for item in _municipalities_by_key().values():
        grouped.setdefault(normalize(item.name), []).append(item)
    return {name: tuple(items) for name, items in grouped.items()}


@cache
def _normalized_names(state_key: str | None) -> dict[str, str]:
    """Municipality key -> normalised name, for the whole country or one state."""
    return {item.key: prepare(item.name) for item in municipalities(state_key=state_key)}


def states() -> tuple[State, ...]:
    """The 32 states, ordered by key."""
    return tuple(_states_by_key().values())


def municipalities(*, state_key: str | None = None) -> tuple[Municipality, ...]:
    """All municipalities ordered by key, or those of one state (empty for an unknown key)."""
    if state_key is None:
        return tuple(_municipalities_by_key().values())
    return _municipalities_by_state().get(state_key, ())


def state(key: str) -> State | None:
    """The state with this two-digit INEGI key ("14"), or None."""
    return _states_by_key().get(key)


def state_by_iso(iso_code: str) -> State | None:
    """The state with this ISO 3166-2 code ("MX-JAL"), or None."""
    return _states_by_iso().get(iso_code)


def municipality(key: str) -> Municipality | None:
    """The municipality with this five-digit INEGI key ("14098"), or None."""
    return _municipalities_by_key().get(key)


def find_municipality(name: str, *, state_key: str | None = None) -> Municipality | None:
    """The one municipality called ``name`` (ignoring case, accents and extra spaces).

    None when no municipality has that name, or when several do (e.g. "Benito Juárez" in
    seven states) and ``state_key`` does not narrow them down to one.
    """
    named = _municipalities_by_name().get(normalize(name), ())
    found = [item for item in named if state_key is None or item.state_key == state_key]
    return found[0] if len(found) == 1 else None


def suggest_municipalities(
    name: str, *, state_key: str | None = None, limit: int = 3
) -> tuple[Municipality, ...]:
    """Best guesses for a typed name, best first: "Tlaquepaque" -> San Pedro Tlaquepaque.

    Case- and accent-insensitive; whole-word containment ranks first, then typo similarity
    (see :mod:`convoy.reference.similarity`). Restricted to one state when ``state_key`` is
    given. Empty when nothing is close enough.
    """
    keys = rank_names(query=name, candidates=_normalized_names(state_key), limit=limit)
    by_key = _municipalities_by_key()
    return tuple(by_key[key] for key in keys)

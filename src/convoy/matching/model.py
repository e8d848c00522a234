"""Input types of the matchmaker: profiles with their interests, requests and overrides.

A `Profile` describes either a delegation or a counterpart (the caller keeps them in two
lists). Everything is a frozen dataclass so that inputs can be hashed, cached and compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


class Direction(StrEnum):
    """An interest is a need (what the profile seeks) or an offer (its potential)."""

    NEED = "need"
    OFFER = "offer"


class Kind(StrEnum):
    """Kinds of interest from the glossary (DESIGN.md §2)."""

    INVESTMENT = "investment"
    TRADE = "trade"
    TECHNOLOGY = "technology"
    TALENT_TRAINING = "talent_training"
    MOBILITY = "mobility"
    SUPPLIER_DEVELOPMENT = "supplier_development"
    CO_PRODUCTION = "co_production"
    TOURISM = "tourism"
    DIASPORA = "diaspora"
    SMART_CITY = "smart_city"
    HEALTH = "health"
    COOPERATION = "cooperation"


class Language(StrEnum):
    ES = "es"
    EN = "en"


class Priority(StrEnum):
    MUST = "must"
    HIGH = "high"
    NORMAL = "normal"


class OverrideKind(StrEnum):
    MUST_MEET = "must_meet"
    NEVER = "never"


@dataclass(frozen=True)
class Interest:
    """A need or an offer: kind, axis (free string, e.g. "economic"), SCIAN codes, text."""

    direction: Direction
    kind: Kind
    axis: str = ""
    scian: tuple[str, ...] = ()
    text: str = ""
    language: Language = Language.ES


@dataclass(frozen=True)
class Profile:
    """A delegation or a counterpart as the matchmaker sees it.

    `small` marks a small municipality (the fairness report follows it); `marquee` marks a
    counterpart whose time is scarce and is shared through group-session `seats`;
    `capacity` caps the candidate bilateral meetings (None: the allocation policy decides).
    """

    id: str
    name: str
    organization_kind: str = ""
    interests: tuple[Interest, ...] = ()
    small: bool = False
    marquee: bool = False
    capacity: int | None = None
    seats: int = 0

    def needs(self) -> tuple[Interest, ...]:
        return tuple(i for i in self.interests if i.direction is Direction.NEED)

    def offers(self) -> tuple[Interest, ...]:
        return tuple(i for i in self.interests if i.direction is Direction.OFFER)

    def texts(self) -> tuple[str, ...]:
        return tuple(i.text for i in self.interests if i.text.strip())

    @cached_property
    def scian_codes(self) -> tuple[str, ...]:
        """All SCIAN codes of the interests, in order, without repeats."""
        return tuple(dict.fromkeys(c for i in self.interests for c in i.scian))

    @cached_property
    def axes(self) -> tuple[str, ...]:
        """All axes of the interests, in order, without repeats."""
        return tuple(dict.fromkeys(i.axis for i in self.interests if i.axis))


@dataclass(frozen=True)
class Request:
    """`requester` asked to meet `requested` (either side may ask the other)."""

    requester: str
    requested: str
    priority: Priority = Priority.NORMAL


@dataclass(frozen=True)
class Override:
    """An organizer decision about one delegation–counterpart pair."""

    delegation: str
    counterpart: str
    kind: OverrideKind


@dataclass(frozen=True)
class PairRequests:
    """The requests between one delegation and one counterpart, in both directions."""

    by_delegation: Priority | None = None
    by_counterpart: Priority | None = None

    @property
    def mutual(self) -> bool:
        return self.by_delegation is not None and self.by_counterpart is not None

    @property
    def any(self) -> bool:
        return self.by_delegation is not None or self.by_counterpart is not None

    def top_priority(self) -> Priority | None:
        asked = [p for p in (self.by_delegation, self.by_counterpart) if p is not None]
        return min(asked, key=PRIORITY_ORDER.index) if asked else None


PRIORITY_ORDER: tuple[Priority, ...] = (Priority.MUST, Priority.HIGH, Priority.NORMAL)


@dataclass(frozen=True)
class RequestIndex:
    """Requests keyed by (delegation id, counterpart id), whoever asked."""

    pairs: dict[tuple[str, str], PairRequests] = field(default_factory=dict)

    def get(self, *, delegation: str, counterpart: str) -> PairRequests:
        return self.pairs.get((delegation, counterpart), PairRequests())


def index_requests(*, requests: tuple[Request, ...] | list[Request], delegation_ids: set[str]) -> RequestIndex:
    """Fold requests into per-pair records; the higher priority wins on duplicates."""
    pairs: dict[tuple[str, str], PairRequests] = {}
    for request in requests:
        by_delegation = request.requester in delegation_ids
        key = (request.requester, request.requested) if by_delegation else (request.requested, request.requester)
        current = pairs.get(key, PairRequests())
        previous = current.by_delegation if by_delegation else current.by_counterpart
        priority = _higher(previous, request.priority)
        pairs[key] = (
            PairRequests(by_delegation=priority, by_counterpart=current.by_counterpart)
            if by_delegation
            else PairRequests(by_delegation=current.by_delegation, by_counterpart=priority)
        )
    return RequestIndex(pairs=pairs)


def _higher(a: Priority | None, b: Priority) -> Priority:
    if a is None:
        return b
    return a if PRIORITY_ORDER.index(a) <= PRIORITY_ORDER.index(b) else b

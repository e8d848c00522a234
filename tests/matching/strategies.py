"""Hypothesis strategies for matching inputs (small, over the SCIAN fixture's codes)."""

from __future__ import annotations

from hypothesis import strategies as st

from convoy.matching.model import Direction, Interest, Kind, Priority, Profile, Request

CODES = ("33", "336", "3361", "3363", "336310", "3344", "5121", "51211", "5415", "7211", "9999")
AXES = ("economic", "communities", "creative_industries", "diplomacy", "agrifood")

interests = st.builds(
    Interest,
    direction=st.sampled_from(Direction),
    kind=st.sampled_from(Kind),
    axis=st.sampled_from(("", *AXES)),
    scian=st.lists(st.sampled_from(CODES), max_size=3).map(tuple),
)


def profiles(prefix: str, *, min_size: int = 1, max_size: int = 6) -> st.SearchStrategy[list[Profile]]:
    def build(specs: list[tuple[tuple[Interest, ...], bool, bool]]) -> list[Profile]:
        return [
            Profile(id=f"{prefix}{i}", name=f"{prefix}{i}", interests=ints, small=small, marquee=marquee)
            for i, (ints, small, marquee) in enumerate(specs)
        ]

    spec = st.tuples(st.lists(interests, max_size=4).map(tuple), st.booleans(), st.booleans())
    return st.lists(spec, min_size=min_size, max_size=max_size).map(build)


def requests_between(delegations: list[Profile], counterparts: list[Profile]) -> st.SearchStrategy[list[Request]]:
    ids = [p.id for p in delegations], [p.id for p in counterparts]
    one = st.builds(
        lambda d, c, forward, priority: Request(
            requester=d if forward else c, requested=c if forward else d, priority=priority
        ),
        st.sampled_from(ids[0]),
        st.sampled_from(ids[1]),
        st.booleans(),
        st.sampled_from(Priority),
    )
    return st.lists(one, max_size=8)

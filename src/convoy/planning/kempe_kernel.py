"""The compiled inner loop of the Kempe annealing (``kempe_fast.py`` builds its arrays and
calls it in chunks of steps): random and aimed moves, chains, their evaluation against the
rules, applying them, keeping the best.  Compiled by numba in nopython mode and cached on
disk, so only the first run on a machine pays the compilation (``make setup`` does it).

All state is in ``Arrays`` (numpy arrays; a scalar is a cell of ``cells``).  Meeting i has
parties ``parts[i]`` (-1 padded) and slot ``at[i]``; participant w is ``busy[w, slot]``
(a meeting, ``FREE`` or ``FIXED``) and has ``runs[w, group]`` runs of busy slots per group
(a day, or a session), adjacent meaning ``near[slot]`` (pauses skipped).  The pairs (w, g)
with more than one run are a pool (``bad``, ``bad_at``) for the aimed moves to draw from.
Where every group is a run of at most 64 consecutive slots (``in_words``), w's busy
slots in group g are also the bits of one word, ``words[w, g]``, so an aimed move finds the
edges of w's runs and the free slots beside them in a few word operations instead of two
scans of every slot: the same moves (``test_the_words_and_the_scan_make_the_same_moves``),
3.8 -> 6.1 million moves a second on brokerage seed 5 (an aimed move about 330 ns -> 200).
Randomness is a xorshift64* generator whose state is ``rng[0]``, so a run depends only on
its seed.  The rules and the break arithmetic are ``kempe.py``'s; the module docstring of
``kempe_fast.py`` explains the moves.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar, cast

import numba
import numpy as np
import numpy.typing as npt

FREE = -1  # busy[w, slot]: nothing there
FIXED = -2  # busy[w, slot]: a fixed activity
NO_LIMIT = -1  # limit[v] and cap[w] when there is none
BLOCKED = 1 << 40  # evaluate(): a rule forbids the move
# the cells of Arrays.cells: scalars of the state, then counts of moves
BREAKS, BEST, N_BAD, STAMP, N_CHAIN, N_ENDS, RANDOM, AIMED, ACCEPTED, IMPROVED = range(10)

Ints = npt.NDArray[np.int32]
Longs = npt.NDArray[np.int64]
Flags = npt.NDArray[np.bool_]
Words = npt.NDArray[np.uint64]
_F = TypeVar("_F", bound=Callable[..., Any])


def _inline(f: _F) -> _F:
    """``_jit``, and compiled into every caller instead of called (numba's ``inline``).  A
    call of a compiled function that takes ``Arrays`` passes its arrays (28 then) as some 200
    arguments, which cost more than most of these functions do: inlining the helpers of a
    move and the aimed move into the loop made the same moves (the same agendas step for
    step) 1.3 to 1.9 times as fast on brokerage seed 5 (1.05-1.25 million moves a second on
    one core before, 1.55-2.1 after), and took the compilation from about 20 to about 45 s
    (``make setup`` pays it once).  Inlining everything, ``anneal`` included, compiled for
    three minutes for about the same speed (an aimed move 509 ns against 584, ``evaluate``
    231 against 169)."""
    return _jit(f, inline=True)


def _jit(f: _F, inline: bool = False) -> _F:
    """numba.njit, typed as the function it compiles, cached on disk (compiled in every
    process where no cache directory can be written), and without numba's reference
    counting (``_nrt=False``): the kernel allocates nothing and every array it touches is
    owned by the caller, while counting references cost an atomic increment and decrement
    per array per call, a third of a microsecond per call with ``Arrays``' 28 arrays, three
    quarters of the time of a move (measured: 0.6-0.75 million moves a second with it,
    2.3-3.8 million without).  numba is pinned below 0.69 for this option, which is not
    in its public API; a numba without it would fail the kernel's tests, not go slow.
    Compiled code releases the GIL (``nogil``), so one annealing per worker runs in threads
    at once, each on its own arrays."""
    options = {"_nrt": False, "nogil": True, "inline": "always" if inline else "never"}
    try:
        compiled = numba.njit(cache=True, **options)(f)  # type: ignore[call-overload]  # _nrt: not in numba's stubs
    except RuntimeError:  # numba's "cannot cache function ...: no locator available"
        compiled = numba.njit(**options)(f)  # type: ignore[call-overload]
    return cast(_F, compiled)


class Arrays(NamedTuple):
    """The search state and its scratch space (M meetings, P participants, T slots, G
    groups, D days, V venues)."""

    parts: Ints  # [M, K] participants of each meeting, -1 padded
    at: Ints  # [M] slot of each meeting
    movable: Flags  # [M] not pinned
    allowed: Flags  # [M, T] the slots a meeting may go to
    choice_start: Ints  # [M + 1] meeting i's options are choice[choice_start[i]:choice_start[i + 1]]
    choice: Ints
    mobile: Ints  # the movable meetings with options
    venue: Ints  # [M]
    limit: Ints  # [V] tables, or NO_LIMIT
    used: Ints  # [V, T] meetings per venue and slot
    group: Ints  # [T]
    day_of: Ints  # [T]
    near: Ints  # [T, 2] the adjacent slots in the group, -1 padded
    cap: Ints  # [P] meetings per day at most, or NO_LIMIT
    own: Ints  # [P] the participant's own least breaks (a lower bound), 0 when unknown
    per_day: Ints  # [P, D]
    busy: Ints  # [P, T]
    runs: Ints  # [P, G]
    bad: Ints  # [P * G] the pool's keys w * G + g, cells[N_BAD] of them
    bad_at: Ints  # [P * G] a key's place in bad, or -1
    mark: Longs  # [M] chain stamps
    rng: npt.NDArray[np.uint64]  # [1]
    best_at: Ints  # [M] the slots of the best agenda seen, cells[BEST] breaks
    cells: Longs  # the cells named above
    chain: Ints  # [LONGEST] scratch: the chain (its length is the longest tried)
    todo: Ints  # [LONGEST]
    ends: Ints  # [K * LONGEST, 2] (participant, meeting)
    come: Ints  # [V, 2] limited meetings coming to slot a, b
    touched: Ints  # [LONGEST] venues with come set
    targets: Ints  # [T]
    # where every group is a run of at most 64 consecutive slots, the aimed moves read a
    # group's slots as the bits of one word, bit i being slot start[g] + i; elsewhere the
    # words have no columns (``in_words``)
    start: Ints  # [G] a group's first slot
    full: Words  # [G] a bit for each of its slots
    words: Words  # [P, G] participant w's busy slots (busy[w, slot] not FREE)
    allowed_words: Words  # [M, G] the slots a meeting may go to
    picks: Words  # [G] scratch: an aimed move's targets in each group


@_inline
def _next(rng: npt.NDArray[np.uint64]) -> np.uint64:
    x: np.uint64 = rng[0]
    x ^= x >> np.uint64(12)
    x ^= x << np.uint64(25)
    x ^= x >> np.uint64(27)
    rng[0] = x
    return x * np.uint64(0x2545F4914F6CDD1D)


@_inline
def uniform(rng: npt.NDArray[np.uint64]) -> float:
    """A float in [0, 1)."""
    return float(_next(rng) >> np.uint64(11)) * (1.0 / 9007199254740992.0)


@_inline
def below(rng: npt.NDArray[np.uint64], n: int) -> int:
    """An integer in [0, n)."""
    return int(_next(rng) >> np.uint64(33)) % n


@_inline
def bit(i: int) -> np.uint64:
    """The word with bit i set."""
    return np.uint64(1) << np.uint64(i)


@_inline
def count(x: np.uint64) -> int:
    """The bits set in x (a population count, by halves)."""
    x = x - ((x >> np.uint64(1)) & np.uint64(0x5555555555555555))
    x = (x & np.uint64(0x3333333333333333)) + ((x >> np.uint64(2)) & np.uint64(0x3333333333333333))
    x = (x + (x >> np.uint64(4))) & np.uint64(0x0F0F0F0F0F0F0F0F)
    return int((x * np.uint64(0x0101010101010101)) >> np.uint64(56))


@_inline
def nth(x: np.uint64, r: int) -> int:
    """The place of the r-th bit set in x, counting from 0 at the lowest (r < count(x))."""
    for _ in range(r):
        x &= x - np.uint64(1)
    return count((x & (~x + np.uint64(1))) - np.uint64(1))


@_inline
def in_words(s: Arrays) -> bool:
    """Whether the groups' slots are kept as bit words (``FastKempe`` gives ``words`` no
    columns where some group does not fit one)."""
    return bool(s.words.shape[1] > 0)


@_inline
def _mark(bad: Ints, bad_at: Ints, cells: Longs, key: int, on: bool) -> None:
    """Keep (w, g) = key in the pool of groups with breaks exactly when ``on``."""
    i = bad_at[key]
    if on and i < 0:
        bad_at[key] = cells[N_BAD]
        bad[cells[N_BAD]] = key
        cells[N_BAD] += 1
    elif not on and i >= 0:
        cells[N_BAD] -= 1
        last = bad[cells[N_BAD]]
        bad_at[key] = -1
        if last != key:
            bad[i] = last
            bad_at[last] = i


@_inline
def _runs_change(busy: Ints, near: Ints, w: int, slot: int, skip: int) -> int:
    """Runs gained when ``slot`` becomes busy for w (``skip`` counts as free)."""
    nearby = 0
    for k in range(near.shape[1]):
        n = near[slot, k]
        if n >= 0 and n != skip and busy[w, n] != FREE:
            nearby += 1
    return 1 - nearby


@_inline
def _end_delta(s: Arrays, w: int, old: int, new: int) -> int:
    """Breaks gained by participant w when its meeting goes from slot old to new."""
    g_old, g_new = s.group[old], s.group[new]
    before: int = s.runs[w, g_old]
    after = before - _runs_change(s.busy, s.near, w, old, -1)
    if g_old == g_new:
        after += _runs_change(s.busy, s.near, w, new, old)
        return max(after - 1, 0) - max(before - 1, 0)
    before_new: int = s.runs[w, g_new]
    after_new = before_new + _runs_change(s.busy, s.near, w, new, old)
    return max(after - 1, 0) - max(before - 1, 0) + max(after_new - 1, 0) - max(before_new - 1, 0)


@_inline
def _chain(s: Arrays, first: int, b: int) -> bool:
    """The chain through meeting ``first`` for its slot and b into ``chain`` and its ends
    into ``ends``; False when it cannot be exchanged (a pinned meeting or fixed time on it,
    or longer than ``chain`` holds)."""
    a = s.at[first]
    s.cells[STAMP] += 1
    stamp = s.cells[STAMP]
    s.mark[first] = stamp
    s.chain[0] = first
    s.todo[0] = first
    n_chain, n_todo, n_ends = 1, 1, 0
    longest = s.chain.shape[0]
    while n_todo > 0:
        n_todo -= 1
        m = s.todo[n_todo]
        other = b if s.at[m] == a else a
        for k in range(s.parts.shape[1]):
            w = s.parts[m, k]
            if w < 0:
                break
            n = s.busy[w, other]
            if n == FREE:
                s.ends[n_ends, 0] = w
                s.ends[n_ends, 1] = m
                n_ends += 1
                continue
            if n < 0 or not s.movable[n]:
                return False
            if s.mark[n] == stamp:
                continue
            if n_chain >= longest:
                return False
            s.mark[n] = stamp
            s.chain[n_chain] = n
            s.todo[n_todo] = n
            n_chain += 1
            n_todo += 1
    s.cells[N_CHAIN] = n_chain
    s.cells[N_ENDS] = n_ends
    return True


@_inline
def _tables_hold(s: Arrays, a: int, b: int) -> bool:
    """Options and tables per venue and slot after exchanging a and b along the chain."""
    n_touched = 0
    ok = True
    for i in range(s.cells[N_CHAIN]):
        m = s.chain[i]
        to = b if s.at[m] == a else a
        if not s.allowed[m, to]:
            ok = False
            break
        v = s.venue[m]
        if s.limit[v] != NO_LIMIT:
            if s.come[v, 0] == 0 and s.come[v, 1] == 0:
                s.touched[n_touched] = v
                n_touched += 1
            s.come[v, 0 if to == a else 1] += 1
    for j in range(n_touched):
        v = s.touched[j]
        for side in range(2):
            net = s.come[v, side] - s.come[v, 1 - side]
            if ok and net > 0 and s.used[v, a if side == 0 else b] + net > s.limit[v]:
                ok = False
        s.come[v, 0] = 0
        s.come[v, 1] = 0
    return ok


@_inline
def evaluate(s: Arrays, first: int, b: int) -> int:
    """The change in breaks of the Kempe move of ``first`` to slot b (its chain left in the
    scratch arrays for ``apply``), or ``BLOCKED`` when a rule forbids it (``first`` held
    among them: ``movable`` may change during a run, ``FastKempe.kick``)."""
    a = s.at[first]
    if a == b or not s.movable[first] or not _chain(s, first, b) or not _tables_hold(s, a, b):
        return BLOCKED
    other_day = s.day_of[a] != s.day_of[b]
    delta = 0
    for e in range(s.cells[N_ENDS]):
        w, m = s.ends[e, 0], s.ends[e, 1]
        old = s.at[m]
        new = b if old == a else a
        if other_day and s.cap[w] != NO_LIMIT and s.per_day[w, s.day_of[new]] + 1 > s.cap[w]:
            return BLOCKED
        delta += _end_delta(s, w, old, new)
    return delta


@_inline
def apply(s: Arrays, b: int, delta: int) -> None:
    """Exchange the slots along the chain ``evaluate`` left, whose change in breaks is delta."""
    n_groups = s.runs.shape[1]
    a = s.at[s.chain[0]]
    for e in range(s.cells[N_ENDS]):
        w, m = s.ends[e, 0], s.ends[e, 1]
        old = s.at[m]
        new = b if old == a else a
        g = s.group[old]
        s.runs[w, g] -= _runs_change(s.busy, s.near, w, old, -1)
        _mark(s.bad, s.bad_at, s.cells, w * n_groups + g, s.runs[w, g] > 1)
        s.busy[w, old] = FREE
        if in_words(s):
            s.words[w, g] &= ~bit(old - s.start[g])
        g = s.group[new]
        if in_words(s):
            s.words[w, g] |= bit(new - s.start[g])
        s.runs[w, g] += _runs_change(s.busy, s.near, w, new, -1)
        _mark(s.bad, s.bad_at, s.cells, w * n_groups + g, s.runs[w, g] > 1)
        s.per_day[w, s.day_of[old]] -= 1
        s.per_day[w, s.day_of[new]] += 1
    for i in range(s.cells[N_CHAIN]):
        m = s.chain[i]
        old = s.at[m]
        new = b if old == a else a
        s.at[m] = new
        s.used[s.venue[m], old] -= 1
        s.used[s.venue[m], new] += 1
    for i in range(s.cells[N_CHAIN]):
        m = s.chain[i]
        for k in range(s.parts.shape[1]):
            w = s.parts[m, k]
            if w < 0:
                break
            s.busy[w, s.at[m]] = m
    s.cells[BREAKS] += delta


@_inline
def try_move(s: Arrays, first: int, b: int, heat: float) -> bool:
    """The Kempe move of ``first`` to b, made if the rules allow it and annealing accepts it."""
    delta = evaluate(s, first, b)
    if delta == BLOCKED:
        return False
    if delta > 0 and not (heat > 0 and uniform(s.rng) < math.exp(-delta / heat)):
        return False
    apply(s, b, delta)
    return True


# share of aimed moves that bring a meeting in from another group (besides those whose edge
# meeting is pinned); 0.5 made the agendas far worse (seed 1: 20 breaks against 12)
IMPORT = 0.05


@_jit
def _imported(s: Arrays, w: int, g: int, heat: float) -> bool:
    """A free slot of w's group g beside one of its runs there (the edge of a gap) receives
    one of w's meetings from another group, taken from an edge of its run there."""
    busy, group, near, targets, todo = s.busy, s.group, s.near, s.targets, s.todo
    n_slots = group.shape[0]
    n_targets = 0
    for t in range(n_slots):
        # beside a run: made busy, t would join it (no run gained)
        if group[t] == g and busy[w, t] == FREE and _runs_change(busy, near, w, t, -1) <= 0:
            targets[n_targets] = t
            n_targets += 1
    if n_targets == 0:
        return False
    t = targets[below(s.rng, n_targets)]
    n_from = 0
    for u in range(n_slots):
        m = busy[w, u]
        if group[u] == g or m < 0 or not s.movable[m] or not s.allowed[m, t]:
            continue
        # at an edge of its run (or alone): at most one busy neighbour, so leaving splits nothing
        if _runs_change(busy, near, w, u, -1) >= 0 and n_from < todo.shape[0]:
            todo[n_from] = m
            n_from += 1
    if n_from == 0:
        return False
    return try_move(s, todo[below(s.rng, n_from)], t, heat)


REDRAWS = 8  # draws of a participant whose breaks are its own least before it is kept
SETTLED = 0.1  # share of the draws kept whatever the participant's breaks


@_inline
def breaks_of(runs: Ints, w: int) -> int:
    """Participant w's breaks: its runs less one in each group."""
    breaks = 0
    for g in range(runs.shape[1]):
        breaks += max(runs[w, g] - 1, 0)
    return breaks


@_inline
def drawn(s: Arrays) -> int:
    """A key (w, g) of the pool for an aimed move.  Most breaks left are some participant's
    own least (its pinned meetings or forbidden slots force them), so a participant drawn
    whose breaks are already its own least is drawn again, up to ``REDRAWS`` times, except
    for a share ``SETTLED`` of the draws: the moves go to the breaks that can go."""
    n_groups = s.runs.shape[1]
    key: int = s.bad[below(s.rng, s.cells[N_BAD])]
    for _ in range(REDRAWS):
        w = key // n_groups
        if breaks_of(s.runs, w) > s.own[w] or uniform(s.rng) < SETTLED:
            break
        key = s.bad[below(s.rng, s.cells[N_BAD])]
    return key


@_inline
def _edge(s: Arrays, w: int, g: int) -> int:
    """A slot drawn among the edges of w's runs in group g (busy, not busy on both sides)."""
    if in_words(s):
        b = s.words[w, g]
        edges = b & ~((b << np.uint64(1)) & (b >> np.uint64(1)))
        return int(s.start[g]) + nth(edges, below(s.rng, count(edges)))
    busy, group, targets = s.busy, s.group, s.targets
    n_slots = group.shape[0]
    n_edges = 0
    for t in range(n_slots):
        if group[t] != g or busy[w, t] == FREE:
            continue
        left = t > 0 and group[t - 1] == g and busy[w, t - 1] != FREE
        right = t + 1 < n_slots and group[t + 1] == g and busy[w, t + 1] != FREE
        if not (left and right):
            targets[n_edges] = t
            n_edges += 1
    return int(targets[below(s.rng, n_edges)])


@_inline
def _target(s: Arrays, w: int, g: int, first: int, elsewhere: bool) -> int:
    """A free slot drawn among those w's meeting m at its edge slot ``first`` in group g may
    go to: beside w's busy slots in g, not beside m alone, or, when ``elsewhere``, in
    another group beside w's meetings there, anywhere there if it has none; -1 if none.
    The slots are drawn from in time order, so the words and the scan draw the same."""
    busy, group, runs = s.busy, s.group, s.runs
    n_slots, n_groups = group.shape[0], runs.shape[1]
    m = busy[w, first]
    n_targets = 0
    if in_words(s):
        for h in range(n_groups):
            s.picks[h] = np.uint64(0)
            if h != g and not elsewhere:
                continue
            b = s.words[w, h]
            if h != g and runs[w, h] == 0:
                near = s.full[h]
            else:
                mine = b & ~bit(first - s.start[g]) if h == g else b
                near = (mine << np.uint64(1)) | (mine >> np.uint64(1))
            s.picks[h] = near & ~b & s.full[h] & s.allowed_words[m, h]
            n_targets += count(s.picks[h])
        if n_targets == 0:
            return -1
        r = below(s.rng, n_targets)
        for h in range(n_groups):
            here = count(s.picks[h])
            if r < here:
                return int(s.start[h]) + nth(s.picks[h], r)
            r -= here
    targets = s.targets
    for t in range(n_slots):
        h = group[t]
        if busy[w, t] != FREE or not s.allowed[m, t] or (h != g and not elsewhere):
            continue
        if h != g and runs[w, h] == 0:
            room = True
        else:  # beside w's busy slots in h, not beside this meeting alone
            skip = first if h == g else -1
            room = (t > 0 and t - 1 != skip and group[t - 1] == h and busy[w, t - 1] != FREE) or (
                t + 1 < n_slots and t + 1 != skip and group[t + 1] == h and busy[w, t + 1] != FREE
            )
        if room:
            targets[n_targets] = t
            n_targets += 1
    if n_targets == 0:
        return -1
    return int(targets[below(s.rng, n_targets)])


@_inline
def aimed(s: Arrays, heat: float, elsewhere: bool) -> bool:
    """A participant with breaks in a group: a meeting at an edge of one of its runs goes
    to a free slot beside one of its other busy slots in that group (one run's end to
    another run, or to the run's other end), or, when ``elsewhere``, to another group:
    beside w's meetings there, anywhere if it has none.  When ``elsewhere``, the move is
    the other way round (``_imported``: a meeting from another group comes into the gap)
    for a share ``IMPORT`` of the draws, and always when the edge drawn is pinned.  The
    slots are read from the bit words where they fit (``in_words``), else scanned."""
    if s.cells[N_BAD] == 0:
        return False
    n_groups = s.runs.shape[1]
    key = drawn(s)
    w, g = key // n_groups, key % n_groups
    if elsewhere and IMPORT > 0 and uniform(s.rng) < IMPORT:
        return _imported(s, w, g, heat)
    first = _edge(s, w, g)
    m = s.busy[w, first]
    if m < 0 or not s.movable[m]:
        return elsewhere and _imported(s, w, g, heat)
    t = _target(s, w, g, first, elsewhere)
    if t < 0:
        return False
    return try_move(s, m, t, heat)


class Knobs(NamedTuple):
    """The annealing's settings for one chunk of steps."""

    heat: float  # temperature, in breaks
    share: float  # of steps that are aimed moves
    elsewhere: bool  # aimed moves may go to another group
    floor: int  # a lower bound on breaks: reaching it ends the search


@_jit
def anneal(s: Arrays, steps: int, knobs: Knobs) -> int:
    """Up to ``steps`` moves; ``cells[BEST]`` and ``best_at`` keep the fewest breaks seen
    and where.  Returns the steps made (fewer when the best reaches the floor)."""
    n_mobile = s.mobile.shape[0]
    if n_mobile == 0:
        return 0
    cells = s.cells
    for step in range(steps):
        if cells[BEST] <= knobs.floor:
            return step
        if uniform(s.rng) < knobs.share:
            cells[AIMED] += 1
            moved = aimed(s, knobs.heat, knobs.elsewhere)
        else:
            cells[RANDOM] += 1
            m = s.mobile[below(s.rng, n_mobile)]
            lo, hi = s.choice_start[m], s.choice_start[m + 1]
            moved = try_move(s, m, s.choice[lo + below(s.rng, hi - lo)], knobs.heat)
        if moved:
            cells[ACCEPTED] += 1
            if cells[BREAKS] < cells[BEST]:
                cells[IMPROVED] += 1
                cells[BEST] = cells[BREAKS]
                for i in range(s.at.shape[0]):  # (a slice copy would need numba's allocator)
                    s.best_at[i] = s.at[i]
    return steps

"""A smaller stand-in for the brokerage benchmark, for comparing changes to the Kempe
annealing (docs/explanation/optimizer.md, Brokerage-size): brokerage events of 300
participants, 1,500 meetings and 30 tables (the density of the 1,000 x 5,000 event), one
annealing of ``--seconds`` (kicks from half of it) on each seed, the breaks over each
instance's bound summed.  Whole 60 s runs of the big event vary more between random seeds
than most changes move them; twenty small runs on two processes take under two minutes.

    python -m benchmarks.kempe_proxy --seeds 20 --seconds 10 [--random 1000]

Compare two versions by running it on each (``PYTHONPATH=<other checkout>/src``), with the
same seeds and ``--random`` offsets, and with at least two offsets: one set of random seeds
gave 65 and another 70 for the same code.  Not part of ``make bench``: it writes nothing.
"""

from __future__ import annotations

import argparse
from concurrent.futures import ProcessPoolExecutor

from convoy.planning.config import Config
from convoy.planning.generate import brokerage
from convoy.planning.kempe import sweep_search
from convoy.planning.kempe_fast import FastKempe


def one(seed: int, seconds: float, offset: int) -> tuple[int, int, int] | None:
    """(breaks, bound, moves) of one annealing on the proxy event of ``seed``, or None where
    the generator or the sweep gives up."""
    try:
        problem = brokerage(seed=seed, businesses=300, meetings=1500, tables=30)
    except ValueError:
        return None
    base = sweep_search(problem, Config(seed=seed + offset))
    if base is None:
        return None
    search = FastKempe(base)
    search.run(seconds)
    return search.best, base.floor, search.moves


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--seeds", type=int, default=20, help="seeds 1..N (default 20)")
    parser.add_argument("--seconds", type=float, default=10.0, help="of annealing per seed (default 10)")
    parser.add_argument("--random", type=int, default=0, help="added to each seed for the random numbers")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args(argv)
    seeds = list(range(1, args.seeds + 1))
    over = at_bound = runs = 0
    with ProcessPoolExecutor(args.processes) as pool:
        results = pool.map(one, seeds, [args.seconds] * len(seeds), [args.random] * len(seeds))
        for seed, result in zip(seeds, results, strict=True):
            if result is None:
                print(f"seed {seed}: not built")
                continue
            breaks, bound, moves = result
            rate = moves / args.seconds / 1e6
            print(f"seed {seed}: {breaks} breaks, bound {bound}, {rate:.2f} million moves a second")
            over += breaks - bound
            at_bound += breaks == bound
            runs += 1
    print(f"{over} breaks over the bounds in all; {at_bound} of {runs} at their bound")


if __name__ == "__main__":
    main()

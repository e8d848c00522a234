"""Run the benchmarks and write BENCHMARKS.md (see benchmarks/__init__.py)."""

from __future__ import annotations

import datetime as dt
import importlib
import os
import platform
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "BENCHMARKS.md"
SECTION = re.compile(r"^<!-- bench:(?P<name>[\w]+) -->\n(?P<body>.*?)^<!-- /bench:(?P=name) -->\n", re.S | re.M)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f"{pages / 2**30:.0f} GiB"
    except (ValueError, OSError):
        memory = "?"
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores, {memory}, Python {platform.python_version()}, {system}"


def discover() -> list[str]:
    return sorted(p.stem for p in (ROOT / "benchmarks").glob("bench_*.py"))


def main(argv: list[str]) -> int:
    names = [n if n.startswith("bench_") else f"bench_{n}" for n in argv] or discover()
    previous = {m["name"]: m.group(0) for m in SECTION.finditer(OUTPUT.read_text())} if OUTPUT.exists() else {}
    sections = dict(previous)
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {module.TITLE}", flush=True)
        started = dt.datetime.now(dt.UTC)
        body = module.run().rstrip() + "\n"
        stamp = f"_Run {started:%Y-%m-%d %H:%M} UTC on {machine()}._\n"
        sections[name] = f"<!-- bench:{name} -->\n## {module.TITLE}\n\n{stamp}\n{body}<!-- /bench:{name} -->\n"
        print(body, flush=True)
    header = (
        "# Benchmarks\n\n"
        "Written by `make bench` (`python -m benchmarks [NAME ...]`). Every figure is measured on the\n"
        "machine named in its section, and compared with a baseline run in the same process.\n"
        "Tests never assert on wall time; these figures are the record.\n\n"
    )
    OUTPUT.write_text(header + "\n".join(sections[k] for k in sorted(sections)))
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

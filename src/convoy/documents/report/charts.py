"""Matplotlib charts as SVG text: horizontal bars for counts, grouped bars for announced vs realized.

Text stays text in the SVG (so the PDF can be searched), the output is deterministic
(no dates, fixed ids), and every value drawn is written beside its bar.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

import matplotlib

matplotlib.use("Agg")

from matplotlib import pyplot as plt
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

COLOURS = ("#2a5d8f", "#e08a2c", "#6a9f58", "#9467bd")
STYLE: Any = {
    "svg.fonttype": "none",
    "svg.hashsalt": "convoy-report",
    "font.family": "DejaVu Sans",
    "font.size": 8,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def horizontal_bars(*, labels: Sequence[str], values: Sequence[float], shown: Callable[[float], str]) -> str:
    """One bar per label, in the order given from the top, the count printed at the end of each bar."""
    with plt.rc_context(STYLE):
        height = 0.28 * max(len(labels), 2) + 0.5
        figure, axes = plt.subplots(figsize=(6.2, height))
        positions = list(range(len(labels)))[::-1]
        axes.barh(positions, values, color=COLOURS[0], height=0.6)
        axes.set_yticks(positions, labels=[_short(label) for label in labels])
        top = max(values, default=0) or 1
        axes.set_xlim(0, top * 1.18)
        for y, value in zip(positions, values, strict=True):
            axes.text(value + top * 0.01, y, shown(value), va="center", fontsize=7.5)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.tick_params(axis="x", labelsize=7)
        return _svg(figure)


def grouped_bars(
    *, groups: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], shown: Callable[[float], str]
) -> str:
    """Bars side by side per group (e.g. announced and realized), with a legend and values on top."""
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(6.2, 2.1))
        width = 0.8 / max(len(series), 1)
        top = max((v for _name, values in series for v in values), default=0) or 1
        for index, (name, values) in enumerate(series):
            xs = [g + (index - (len(series) - 1) / 2) * width for g in range(len(groups))]
            axes.bar(xs, values, width=width * 0.95, color=COLOURS[index % len(COLOURS)], label=name)
            for x, value in zip(xs, values, strict=True):
                axes.text(x, value + top * 0.02, shown(value), ha="center", fontsize=7.5)
        axes.set_xticks(range(len(groups)), labels=list(groups))
        axes.set_ylim(0, top * 1.2)
        axes.legend(frameon=False, fontsize=7.5, loc="upper right")
        axes.tick_params(axis="y", labelsize=7)
        return _svg(figure)


def _short(label: str, limit: int = 48) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _svg(figure: Figure) -> str:
    buffer = io.StringIO()
    figure.tight_layout()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(figure)
    text = buffer.getvalue()
    return text[text.index("<svg") :]

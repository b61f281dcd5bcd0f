"""Issue 10's side-by-side table on the blind splits: the engine before (main's, figures saved by
bench/issue10_baseline.py), after (this engine) and plain BM25 always answering, per style and per
kind of entry; calibration as ECE and a reliability diagram. Imported by bench/search_quality.py."""

from __future__ import annotations

import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from bench.kbeval.blind import STYLES, BlindQuestion, BlindScores, score_blind
from bot.kb.search import SearchEngine

BINS = 10


def engine_outcome(engine: SearchEngine):
    def run(text: str) -> tuple[bool, list[str], float]:
        r = engine.search(text)
        return r.answered, ([r.entry.id] if r.entry else []) + [a.id for a in r.alternatives], r.confidence

    return run


def bm25_outcome(bm25):
    def run(text: str) -> tuple[bool, list[str], float]:
        top, ids = bm25(text)
        return bool(ids), ids, top

    return run


def ece(points: list[tuple[float, bool]], bins: int = BINS) -> tuple[float, list[tuple[float, float, int]]]:
    """Expected calibration error over equal-width bins, and (mean confidence, accuracy, n) per bin."""
    table: list[tuple[float, float, int]] = []
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in points if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if not inside:
            continue
        conf = sum(c for c, _ in inside) / len(inside)
        acc = sum(ok for _, ok in inside) / len(inside)
        table.append((conf, acc, len(inside)))
        total += len(inside) * abs(conf - acc)
    return total / max(1, len(points)), table


def diagram(table: list[tuple[float, float, int]], error: float, out: Path) -> None:
    fig, ax = plt.subplots(figsize=(4.5, 4.5))
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    ax.plot([t[0] for t in table], [t[1] for t in table], "o-", label=f"engine (ECE {error:.3f})")
    for conf, acc, n in table:
        ax.annotate(str(n), (conf, acc), textcoords="offset points", xytext=(4, -10), fontsize=7)
    ax.set_xlabel("confidence (probability the first entry is right)")
    ax.set_ylabel("share where the first entry is right")
    ax.set_title("Reliability on the frozen blind test split")
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)


def _cell(right: int, n: int) -> str:
    return f"{right / n:.2f} ({right}/{n})" if n else "-"


def table(before: dict[str, object], after: BlindScores, bm25: BlindScores, label: str) -> list[str]:
    """Rows of the before / after / BM25 table: overall, per style, per kind."""
    lines = [f"{label:<22} {'before':>16} {'after':>16} {'bm25 always':>16}"]

    def pair(t) -> tuple[int, int]:
        return t.right, t.n

    def row(name: str, b: list[int] | None, a: tuple[int, int], m: tuple[int, int]) -> None:
        lines.append(f"{name:<22} {_cell(*b) if b else '-':>16} {_cell(*a):>16} {_cell(*m):>16}")

    bs = before.get("by_style", {})
    bk = before.get("by_kind", {})
    nin, nout = int(before.get("n_in", 0)), int(before.get("n_out", 0))
    row(
        "recall@1",
        [round(float(before["recall_at_1"]) * nin), nin] if before else None,
        pair(after.recall),
        pair(bm25.recall),
    )
    row(
        "nearmiss rejection",
        [round(float(before["rejection"]) * nout), nout] if before else None,
        pair(after.rejection),
        pair(bm25.rejection),
    )
    row(
        "ranked first (any)",
        [round(float(before["first"]) * nin), nin] if before else None,
        (after.recall.first, after.recall.n),
        (bm25.recall.first, bm25.recall.n),
    )
    for style in STYLES:
        if style in after.by_style:
            row(f"style {style}", bs.get(style), pair(after.by_style[style]), pair(bm25.by_style[style]))
    for kind in sorted(after.by_kind):
        row(f"kind {kind}", bk.get(kind), pair(after.by_kind[kind]), pair(bm25.by_kind[kind]))
    lb = before.get("list_top1")
    row("list: first in set", lb, pair(after.list_top1), pair(bm25.list_top1))
    return lines


def blind_report(
    engine: SearchEngine, bm25, questions: list[BlindQuestion], split: str, png: Path, baseline: Path
) -> str:
    kinds = {e.id: e.kind for e in engine.entries}
    after = score_blind(engine_outcome(engine), questions, kinds)
    base = score_blind(bm25_outcome(bm25), questions, kinds)
    saved = json.loads(baseline.read_text(encoding="utf-8")) if baseline.exists() else {}
    before = saved.get(f"{split}/engine_before", {})
    lines = table(before, after, base, f"blind {split} split")
    error, bins = ece(after.points)
    diagram(bins, error, png)
    lines.append(f"ECE (10 bins, {len(after.points)} questions): {error:.3f}; reliability diagram: {png}")
    lines.append(
        "  bin: mean confidence -> share right (n): "
        + ", ".join(f"{c:.2f}->{a:.2f} ({n})" for c, a, n in bins)
    )
    return "\n".join(lines)

"""Issue 10 baseline: the engine as it was on main, and plain BM25 always answering, on both blind
splits. Run once before any engine change (commit a02447a); the figures are saved to
bench/results/issue10_baseline.json, which bench/search_quality.py shows as "before".

    python bench/issue10_baseline.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_quality import PlainBM25  # noqa: E402

from bench.kbeval.blind import TEST_FILE, TUNE_FILE, BlindScores, load_blind, score_blind  # noqa: E402
from bot.kb.check import check_directory  # noqa: E402
from bot.kb.search import SearchEngine  # noqa: E402

OUT = ROOT / "bench" / "results" / "issue10_baseline.json"


def figures(s: BlindScores) -> dict[str, object]:
    return {
        "recall_at_1": s.recall.rate,
        "first": s.recall.first / max(1, s.recall.n),
        "top3": s.recall.top3 / max(1, s.recall.n),
        "rejection": s.rejection.rate,
        "n_in": s.recall.n,
        "n_out": s.rejection.n,
        "by_style": {k: [v.right, v.n] for k, v in sorted(s.by_style.items())},
        "by_kind": {k: [v.right, v.n] for k, v in sorted(s.by_kind.items())},
        "by_lang": {k: [v.right, v.n] for k, v in sorted(s.by_lang.items())},
        "list_top1": [s.list_top1.right, s.list_top1.n],
    }


def main() -> int:
    report = check_directory(ROOT / "knowledge")
    engine = SearchEngine(report.entries)
    kinds = {e.id: e.kind for e in report.entries}
    bm25 = PlainBM25(report.entries)

    def engine_outcome(text: str) -> tuple[bool, list[str], float]:
        r = engine.search(text)
        return r.answered, ([r.entry.id] if r.entry else []) + [a.id for a in r.alternatives], r.confidence

    def bm25_outcome(text: str) -> tuple[bool, list[str], float]:
        top, ids = bm25(text)
        return bool(ids), ids, top

    results: dict[str, object] = {}
    for split, path in (("tune", TUNE_FILE), ("test", TEST_FILE)):
        questions = load_blind(path)
        for name, outcome in (("engine_before", engine_outcome), ("bm25_always", bm25_outcome)):
            results[f"{split}/{name}"] = figures(score_blind(outcome, questions, kinds))
            print(split, name, json.dumps(results[f"{split}/{name}"]))
    OUT.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

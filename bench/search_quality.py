"""Search quality: this engine vs a plain BM25 baseline on tests/kb/eval_questions.yaml.

Prints recall@1, recall@3 and out-of-scope rejection on the tuning split, the held-out split and
the whole set, side by side. Both systems get their answer threshold calibrated the same way: the
value that maximises recall@1 + rejection on the tuning split only.

    python bench/search_quality.py
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bm25s  # noqa: E402

from bot.kb.check import check_directory  # noqa: E402
from bot.kb.model import Entry  # noqa: E402
from bot.kb.search import DEFAULT_THRESHOLD, SearchEngine  # noqa: E402
from tests.kb.evaluation import Question, Scores, load_questions, score  # noqa: E402

# (top score, ranked ids) for a question; the threshold is applied afterwards.
Scorer = Callable[[str], tuple[float, list[str]]]


class PlainBM25:
    """The baseline: bm25s over title + aliases + summary + body, its own tokenizer and stopwords."""

    def __init__(self, entries: list[Entry]) -> None:
        self.ids = [e.id for e in entries]
        corpus = [" ".join([e.title, *e.aliases, e.summary, e.body]) for e in entries]
        self.model = bm25s.BM25()
        self.model.index(bm25s.tokenize(corpus, stopwords="en", show_progress=False), show_progress=False)

    def __call__(self, question: str) -> tuple[float, list[str]]:
        tokens = bm25s.tokenize([question], stopwords="en", show_progress=False)
        if not tokens.vocab:
            return 0.0, []
        k = min(5, len(self.ids))
        docs, scores = self.model.retrieve(tokens, k=k, show_progress=False)
        ranked = [(self.ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]
        return (ranked[0][1] if ranked else 0.0), [i for i, _ in ranked]


def engine_scorer(engine: SearchEngine) -> Scorer:
    def run(question: str) -> tuple[float, list[str]]:
        ranked = engine.rank(question)
        return (ranked[0][2] if ranked else 0.0), [engine.entries[i].id for i, _, _ in ranked[:5]]

    return run


def evaluate(scorer: Scorer, questions: list[Question], threshold: float) -> Scores:
    cache = {q.text: scorer(q.text) for q in questions}

    def ranker(text: str) -> tuple[bool, list[str]]:
        top, ids = cache[text]
        return top >= threshold and bool(ids), ids

    return score(ranker, questions)


def calibrate(scorer: Scorer, questions: list[Question]) -> float:
    """The threshold maximising recall@1 + rejection (ties: the lowest, to answer more)."""
    tops = sorted({round(scorer(q.text)[0], 4) for q in questions} | {0.0})
    candidates = sorted({0.0, *tops, *(t + 1e-4 for t in tops)})
    best = max(candidates, key=lambda t: (sum_of(evaluate(scorer, questions, t)), -t))
    return best


def sum_of(s: Scores) -> float:
    return s.recall_at_1 + s.rejection


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=ROOT / "knowledge", help="knowledge directory")
    args = parser.parse_args(argv)
    report = check_directory(args.dir)
    questions = load_questions()
    known = {e.id for e in report.entries}
    usable = [q for q in questions if not q.expect or any(i in known for i in q.expect)]
    tune = [q for q in usable if not q.heldout]
    held = [q for q in usable if q.heldout]

    engine = engine_scorer(SearchEngine(report.entries))
    cached_engine = {q.text: engine(q.text) for q in usable}
    engine_cached: Scorer = cached_engine.__getitem__
    baseline = PlainBM25(report.entries)
    cached_base = {q.text: baseline(q.text) for q in usable}
    base_cached: Scorer = cached_base.__getitem__
    t_engine = calibrate(engine_cached, tune)
    t_base = calibrate(base_cached, tune)

    print(
        f"Search quality on {len(report.entries)} entries; {len(usable)} questions "
        f"({sum(1 for q in usable if q.expect)} in scope, "
        f"{sum(1 for q in usable if not q.expect)} out of scope; "
        f"held out: {len(held)})"
    )
    print(
        f"Calibrated thresholds (tuning split): engine {t_engine:.3f} (shipped default {DEFAULT_THRESHOLD}), "
        f"BM25 {t_base:.3f}"
    )
    header = f"{'split':<10} {'metric':<10} {'engine':>8} {'engine@default':>15} {'bm25':>8}"
    print(header)
    print("-" * len(header))
    for name, subset in (("tune", tune), ("held-out", held), ("all", usable)):
        e = evaluate(engine_cached, subset, t_engine)
        d = evaluate(engine_cached, subset, DEFAULT_THRESHOLD)
        b = evaluate(base_cached, subset, t_base)
        for metric in ("recall_at_1", "recall_at_3", "rejection"):
            label = metric.replace("_at_", "@")
            print(
                f"{name:<10} {label:<10} {getattr(e, metric):>8.3f} {getattr(d, metric):>15.3f} "
                f"{getattr(b, metric):>8.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

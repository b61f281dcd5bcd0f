"""Search quality: this engine vs a plain BM25 baseline on the four evaluation sets.

Prints recall@1, recall@3 and out-of-scope rejection side by side on: the original set's tuning
split, its held-out split and the whole of it (eval_questions.yaml); the blind set (eval_blind.yaml,
written before the second tuning round); the final set (eval_final.yaml, never tuned on: the honest
estimate then); the round-3 and round-4 sets (eval_round3.yaml, eval_round4.yaml, written before the
third and fourth tuning rounds); the round-5 set (eval_round5.yaml, never tuned on: the current
honest estimate). Both systems
get their answer threshold calibrated the same way: the value that maximises recall@1 + rejection on
the original tuning split only.

It then prints issue 10's table on the blind member-style splits (bench/blind_quality.py): the
engine before (figures saved on main by bench/issue10_baseline.py), after, and BM25 always answering,
per style and per kind, with the ECE and a reliability diagram (bench/results/reliability.png).
The frozen test split is shown by default; --split tune shows every blind *_tune file (no "before"
column: the saved figures are blind_tune.yaml's alone), --split v3 the third blind set, --split v5
the fifth, --split v6, v7, ..., v34, v35 and v36 the sixth's to thirty-sixth's test halves
(bench/kbeval/blind.py HELD_SPLITS; test sets only); the diagram of a split other than test goes to
reliability-SPLIT.png.

    python bench/search_quality.py [--split test|tune|v3|v5|v6|...|v27|v28|v29|v34|v35|v36] [--png PATH]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bm25s  # noqa: E402

from bench.blind_quality import blind_report  # noqa: E402
from bench.kbeval.blind import (  # noqa: E402
    HELD_SPLITS,
    TEST_FILE,
    TUNE_FILES,
    load_blind,
)
from bench.kbeval.evaluation import (  # noqa: E402
    BLIND_FILE,
    FINAL_FILE,
    ROUND3_FILE,
    ROUND4_FILE,
    ROUND5_FILE,
    Question,
    Scores,
    load_questions,
    score,
)
from bot.kb.calibration import shipped  # noqa: E402
from bot.kb.check import check_directory  # noqa: E402
from bot.kb.model import Entry  # noqa: E402
from bot.kb.search import SearchEngine  # noqa: E402

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
    parser.add_argument(
        "--split",
        choices=("test", "tune", *HELD_SPLITS),
        default="test",
        help="blind split to show",
    )
    parser.add_argument(
        "--png", type=Path, default=None, help="diagram path (default: bench/results/reliability*.png)"
    )
    args = parser.parse_args(argv)
    if args.png is None:
        suffix = "" if args.split == "test" else f"-{args.split}"
        args.png = ROOT / "bench" / "results" / f"reliability{suffix}.png"
    report = check_directory(args.dir)
    known = {e.id for e in report.entries}

    def usable_of(questions: list[Question]) -> list[Question]:
        return [q for q in questions if not q.expect or any(i in known for i in q.expect)]

    usable = usable_of(load_questions())
    tune = [q for q in usable if not q.heldout]
    held = [q for q in usable if q.heldout]
    blind = usable_of(load_questions(BLIND_FILE)) if BLIND_FILE.exists() else []
    final = usable_of(load_questions(FINAL_FILE)) if FINAL_FILE.exists() else []
    round3 = usable_of(load_questions(ROUND3_FILE)) if ROUND3_FILE.exists() else []
    round4 = usable_of(load_questions(ROUND4_FILE)) if ROUND4_FILE.exists() else []
    round5 = usable_of(load_questions(ROUND5_FILE)) if ROUND5_FILE.exists() else []
    every = usable + blind + final + round3 + round4 + round5

    search_engine = SearchEngine.of_directory(args.dir, report.entries)
    engine = engine_scorer(search_engine)
    cached_engine = {q.text: engine(q.text) for q in every}
    engine_cached: Scorer = cached_engine.__getitem__
    baseline = PlainBM25(report.entries)
    paths = {
        "test": (TEST_FILE,),
        "tune": TUNE_FILES,
        **HELD_SPLITS,
    }[args.split]
    blind_split = [q for path in paths for q in load_blind(path)]
    cached_base = {q.text: baseline(q.text) for q in every}
    base_cached: Scorer = cached_base.__getitem__
    t_engine = calibrate(engine_cached, tune)
    t_base = calibrate(base_cached, tune)

    print(f"Search quality on {len(report.entries)} entries")
    question_sets = (
        ("original", usable),
        ("blind", blind),
        ("final", final),
        ("round3", round3),
        ("round4", round4),
        ("round5", round5),
    )
    for label, subset in question_sets:
        n_in = sum(1 for q in subset if q.expect)
        print(f"  {label:<9} {n_in} in scope, {len(subset) - n_in} out of scope")
    print(
        f"Calibrated thresholds (tuning split): engine {t_engine:.3f} "
        f"(shipped default {shipped().threshold}), "
        f"BM25 {t_base:.3f}"
    )
    header = f"{'set':<10} {'metric':<10} {'engine':>8} {'engine@default':>15} {'bm25':>8}"
    print(header)
    print("-" * len(header))
    sets = (("tune", tune), ("held-out", held), *question_sets)
    for name, subset in [(n, s) for n, s in sets if s]:
        e = evaluate(engine_cached, subset, t_engine)
        d = evaluate(engine_cached, subset, shipped().threshold)
        b = evaluate(base_cached, subset, t_base)
        for metric in ("recall_at_1", "recall_at_3", "rejection"):
            label = metric.replace("_at_", "@")
            print(
                f"{name:<10} {label:<10} {getattr(e, metric):>8.3f} {getattr(d, metric):>15.3f} "
                f"{getattr(b, metric):>8.3f}"
            )
    print()
    print(f"Engine threshold (probability): {search_engine.threshold:.3f}")
    saved = ROOT / "bench" / "results" / "issue10_baseline.json"
    label = "tune files" if args.split == "tune" else args.split
    print(blind_report(search_engine, baseline, blind_split, label, args.png, saved))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

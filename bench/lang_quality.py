"""Other-language and long questions per language, on the tune files only (issue 10 items 3-4).

For every blind *_tune file (and tests/kb/questions/lang10_tune.yaml, the other-language and long tune
questions written for session 10) prints, per language and for long questions, recall@1 (answered
and right), ranked first, and nearmiss rejection; `-v` lists the tune questions that fail, with the
top entry and its confidence. Tune files only: test splits are scored by bench/search_quality.py.

    python bench/lang_quality.py [-v] [--dir knowledge]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.kbeval.blind import LANG10_FILE, TUNE_FILES, BlindQuestion, load_blind  # noqa: E402
from bot.kb.check import check_directory  # noqa: E402
from bot.kb.search import SearchEngine  # noqa: E402

LONG_WORDS = 40


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=ROOT / "knowledge", help="knowledge directory")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the failing tune questions")
    args = parser.parse_args(argv)
    engine = SearchEngine.of_directory(args.dir, check_directory(args.dir).entries)
    files = [*TUNE_FILES, *([LANG10_FILE] if LANG10_FILE.exists() else [])]
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # right, first, n
    failures: list[str] = []
    for path in files:
        for q in load_blind(path):
            if q.expect_set:
                continue
            long = len(q.text.split()) > LONG_WORDS
            if q.lang == "en" and not long:
                continue
            r = engine.search(q.text)
            ids = ([r.entry.id] if r.entry else []) + [a.id for a in r.alternatives]
            first = bool(ids) and ids[0] in q.expect
            ok = (not r.answered) if q.refuse else (r.answered and first)
            keys = [f"{path.stem}:{q.lang}", f"lang {q.lang}", "lang all" if q.lang != "en" else ""]
            if long:
                keys += [f"long {q.lang}", "long all"]
            if q.refuse:
                keys = [f"{k} nearmiss" for k in keys if k]
            for key in filter(None, keys):
                g = groups[key]
                g[0] += ok
                g[1] += first or q.refuse
                g[2] += 1
            if not ok and args.verbose:
                failures.append(_failure(q, r.answered, ids, r.confidence, path.stem))
    print(f"{'group':<34} {'right':>14} {'first':>6}")
    for key in sorted(groups):
        right, first, n = groups[key]
        print(f"{key:<34} {right / n:>6.2f} ({right:>3}/{n:<3}) {first / n:>6.2f}")
    for line in failures:
        print(line)
    return 0


def _failure(q: BlindQuestion, answered: bool, ids: list[str], conf: float, origin: str) -> str:
    verdict = "answered" if answered else "refused"
    top = ids[0] if ids else "-"
    want = ",".join(q.expect) or "(refuse)"
    return f"- [{origin} {q.lang} {q.style}] {verdict} {top} {conf:.2f} want {want}: {q.text}"


if __name__ == "__main__":
    raise SystemExit(main())

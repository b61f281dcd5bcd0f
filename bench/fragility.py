"""Which tune questions move when the knowledge base is edited (issue 10, fragility).

An edit to one entry (a sentence added to Cytrox's card) should move only the questions about that
entry. This builds the engine over two knowledge directories and prints, for every tune question
(blind *_tune files, lang10_tune.yaml and tests/kb/eval_*.yaml), those whose verdict (answered and
right / refused) changes or whose top confidence moves by more than --delta, leaving out questions
whose expected or top entry is one of the edited entries. Tune questions only.

    python bench/fragility.py --before knowledge --after /path/to/edited/knowledge [--delta 0.05]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.kbeval.blind import LANG10_FILE, TUNE_FILES, load_blind  # noqa: E402
from bench.kbeval.evaluation import (  # noqa: E402
    BLIND_FILE,
    EVAL_FILE,
    FINAL_FILE,
    ROUND3_FILE,
    ROUND4_FILE,
    ROUND5_FILE,
    load_questions,
)
from bot.kb.check import check_directory  # noqa: E402
from bot.kb.model import Entry  # noqa: E402
from bot.kb.search import SearchEngine  # noqa: E402


def questions() -> list[tuple[str, str, tuple[str, ...]]]:
    """(origin, text, expected ids) of every tune question; no expected id: must be refused."""
    out = [
        (f"{path.stem}:{q.lang}:{q.style}", q.text, q.expect)
        for path in (*TUNE_FILES, *([LANG10_FILE] if LANG10_FILE.exists() else []))
        for q in load_blind(path)
        if not q.expect_set
    ]
    for path in (EVAL_FILE, BLIND_FILE, FINAL_FILE, ROUND3_FILE, ROUND4_FILE, ROUND5_FILE):
        out += [(path.stem, q.text, q.expect) for q in load_questions(path)]
    return out


def edited(before: list[Entry], after: list[Entry]) -> set[str]:
    def text(e: Entry) -> tuple[object, ...]:
        return (e.title, e.aliases, e.summary, e.body, e.countries, e.technologies, e.years, e.related)

    old = {e.id: text(e) for e in before}
    return {e.id for e in after if old.get(e.id) != text(e)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, default=ROOT / "knowledge")
    parser.add_argument("--after", type=Path, required=True)
    parser.add_argument("--delta", type=float, default=0.05)
    args = parser.parse_args(argv)
    a_entries = check_directory(args.before).entries
    b_entries = check_directory(args.after).entries
    changed = edited(a_entries, b_entries)
    a, b = SearchEngine(a_entries), SearchEngine(b_entries)
    print(f"edited entries: {', '.join(sorted(changed))}")
    flips = moved = n = 0
    right = [0, 0]
    for origin, text, expect in questions():
        ra, rb = a.search(text), b.search(text)
        ta = ra.entry.id if ra.entry else (ra.alternatives[0].id if ra.alternatives else "-")
        tb = rb.entry.id if rb.entry else (rb.alternatives[0].id if rb.alternatives else "-")
        oks = [
            (not r.answered) if not expect else (r.answered and r.entry is not None and r.entry.id in expect)
            for r in (ra, rb)
        ]
        right[0] += oks[0]
        right[1] += oks[1]
        if changed & ({*expect, ta, tb}):
            continue
        n += 1
        delta = rb.confidence - ra.confidence
        if oks[0] != oks[1] or abs(delta) > args.delta or ta != tb:
            flips += oks[0] != oks[1]
            moved += 1
            mark = "FLIP" if oks[0] != oks[1] else "    "
            print(f"{mark} {ra.confidence:.3f}->{rb.confidence:.3f} {ta}->{tb} [{origin}] {text[:110]}")
    print(f"unrelated questions: {n}; moved: {moved}; verdict flipped: {flips}")
    print(f"right overall (all questions): before {right[0]}, after {right[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

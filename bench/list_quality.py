"""List answers (issue 10 item 5): precision and recall of the set, per language and per facet.

Scores what a member gets (`KnowledgeService.search(...).items`) on the blind list questions (those
with an `expect_set`), and counts non-list questions wrongly turned into lists. The tune splits
(blind_tune.yaml + blind_v2_tune.yaml, ..., blind_v19_tune.yaml, list_truth9_tune.yaml) may be tuned
on and `-v` prints their failures; the test splits (blind_test.yaml + blind_v2_test.yaml; v3, v5 and
the sixth to thirty-sixth sets' test halves, bench/kbeval/blind.py HELD_SPLITS) are frozen: only their
totals are ever printed.

    python bench/list_quality.py [--split tune|test|v3|v5|v6|...|v24|v25|v26|v27|v34|v35|v36] [-v]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.kbeval.blind import (  # noqa: E402
    HELD_SPLITS,
    TEST_FILE,
    TUNE_FILES,
    V2_TEST_FILE,
    BlindQuestion,
    load_blind,
)
from bot.kb import list_english, lists  # noqa: E402
from bot.kb.service import KnowledgeService  # noqa: E402

# i10truth9's list questions, every set checked against the brief: tuned on by list work only (not
# in TUNE_FILES, which the engine's calibration fits on).
TRUTH9_TUNE_FILE = ROOT / "tests" / "kb" / "questions" / "list_truth9_tune.yaml"
SPLITS = {
    "tune": (*TUNE_FILES, TRUTH9_TUNE_FILE),
    "test": (TEST_FILE, V2_TEST_FILE),
    **HELD_SPLITS,
}


def facets_of(service: KnowledgeService, question: str) -> list[str]:
    """What narrowed the list as the engine understood it (["home", "country"], ["wording"], ["none"])."""
    names = lists.NameTable(service.engine.entries)
    query = lists.detect(question, names, service.engine.read(question).text)
    if query is not None:
        query = list_english.with_english(query, service.engine.read(question).text, names)
    if query is None:
        return ["none"]
    parts = [
        name
        for name, on in (
            ("name", query.names),
            ("home", query.homes),
            ("country", query.countries),
            ("technology", query.technologies),
            ("topic", query.topics),
            ("period", query.years),
        )
        if on
    ]
    return parts or ["wording"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=ROOT / "knowledge", help="knowledge directory")
    parser.add_argument("--split", choices=tuple(SPLITS), default="tune")
    parser.add_argument("-v", action="store_true", help="print failing tune questions")
    args = parser.parse_args(argv)
    verbose = args.v and args.split == "tune"  # never show the frozen split's questions
    service = asyncio.run(KnowledgeService.load(args.dir))
    questions: list[BlindQuestion] = [q for path in SPLITS[args.split] for q in load_blind(path)]
    groups: dict[str, list[tuple[float, float]]] = defaultdict(list)
    false_lists = non_list = 0
    for q in questions:
        got = [e.id for e in service.search(q.text).items]
        if not q.expect_set:
            non_list += 1
            if got:
                false_lists += 1
                if verbose:
                    print(f"FALSE LIST [{q.style}/{q.lang}] {q.text[:100]!r} -> {got[:5]}")
            continue
        want, have = set(q.expect_set), set(got)
        p = len(have & want) / len(have) if have else 0.0
        r = len(have & want) / len(want)
        facets = facets_of(service, q.text)
        for key in ("all", f"lang {q.lang}", *(f"facet {f}" for f in facets)):
            groups[key].append((p, r))
        if verbose and (p < 0.85 or r < 0.85):
            print(f"P={p:.2f} R={r:.2f} [{q.lang} {'+'.join(facets)}] {q.text[:110]!r}")
            print(f"    missing {sorted(want - have)}  extra {sorted(have - want)}")
    print(f"list answers, {args.split} split: precision / recall of the set (n; a question counts under")
    print("each facet it uses)")
    order = sorted(groups, key=lambda k: (k != "all", k.split()[0], -len(groups[k]), k))
    for key in order:
        rows = groups[key]
        if args.split != "tune" and key != "all":
            continue  # the frozen splits are reported as a whole only
        p = sum(x for x, _ in rows) / len(rows)
        r = sum(y for _, y in rows) / len(rows)
        print(f"  {key:<28} {p:5.3f} {r:5.3f} ({len(rows)})")
    print(f"  non-list questions turned into lists: {false_lists}/{non_list}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Golden check: a speed-up of the search must not change a single answer.

Runs every question of the tuning and evaluation sets (tests/kb/questions/*_tune.yaml and
tests/kb/eval_*.yaml) through this checkout's engine and through a reference commit's, over the same
knowledge, and compares per question: answered, the full ranking (entry ids, best first), the top
confidence rounded to 6 places and the list answer's ids. `--synth N` adds the latency bench's
queries over its synthetic knowledge base of N entries (typos, names, places at scale).

    python bench/search_golden.py                  # against the main commit this branch started from
    python bench/search_golden.py --ref main --synth 2000
    python bench/search_golden.py --save ref.json  # also keep the reference outputs

Exit status 1 when any question's output differs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Outputs = dict[str, list[Any]]


def questions() -> list[str]:
    """Every question text of the tuning and evaluation sets, in file order."""
    from bench.kbeval import QUESTION_SETS
    from bench.kbeval.blind import load_blind
    from bench.kbeval.evaluation import load_questions

    tune = sorted((QUESTION_SETS / "questions").glob("*_tune.yaml"))
    texts = [q.text for path in tune for q in load_blind(path)]
    texts += [q.text for path in sorted(QUESTION_SETS.glob("eval_*.yaml")) for q in load_questions(path)]
    return texts


def outputs(knowledge: Path, synth: int) -> Outputs:
    """question label -> [answered, ranked ids, top confidence (6 places), list ids], by the `bot`
    that is first on sys.path."""
    from bot.kb.check import check_directory
    from bot.kb.service import KnowledgeService

    base = check_directory(knowledge).entries
    runs = [("", base, questions())]
    if synth:
        from bench.search_latency import queries, synthetic

        entries = synthetic(base, synth)
        runs.append((f"synth-{synth}: ", entries, queries(entries, 300)))
    out: Outputs = {}
    for prefix, entries, texts in runs:
        service = KnowledgeService.from_entries(entries)
        for text in texts:
            result = service.search(text)
            ranked = service.engine.rank(text)
            out[prefix + text] = [
                result.answered,
                [entries[i].id for i, _, _ in ranked],
                round(ranked[0][2], 6) if ranked else 0.0,
                [e.id for e in result.items],
            ]
    return out


def reference(ref: str, knowledge: Path | None, synth: int) -> Outputs:
    """The same outputs from `ref`'s bot/ package and (unless --dir) its knowledge/, glossary
    included (exported with git archive, run in a child)."""
    from bench.kbeval.baseline import exported

    with exported(ref) as tmp:
        return emitted(tmp, knowledge or tmp / "knowledge", synth)


# Typo correction breaks ties between equally close words in the order Python's string hashing
# gives the vocabulary (a different order in each process unless PYTHONHASHSEED is set): 'fall' read
# as 'pall' in one run and 'mall' in the next. Both sides run with the same seed.
HASH_SEED = os.environ.get("PYTHONHASHSEED") or "0"


def emitted(code: Path, knowledge: Path, synth: int) -> Outputs:
    """`outputs` by the `bot` package in `code`, in a child hashing strings with HASH_SEED."""
    with tempfile.TemporaryDirectory() as tmp:
        result = Path(tmp) / "outputs.json"
        cmd = [sys.executable, __file__, "--emit", str(result), "--code", str(code), "--dir", str(knowledge)]
        env = {**os.environ, "PYTHONHASHSEED": HASH_SEED}
        subprocess.run([*cmd, "--synth", str(synth)], check=True, env=env)
        return json.loads(result.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", help="reference commit (default: merge-base of HEAD and main)")
    parser.add_argument("--dir", type=Path, help="knowledge directory (default: each side's own knowledge/)")
    parser.add_argument(
        "--synth", type=int, default=0, help="also the latency queries over N synthetic entries"
    )
    parser.add_argument("--save", type=Path, help="write the reference outputs here")
    parser.add_argument("--emit", type=Path, help=argparse.SUPPRESS)  # child: write outputs, exit
    parser.add_argument("--code", type=Path, help=argparse.SUPPRESS)  # child: where its bot/ is
    args = parser.parse_args(argv)
    knowledge = args.dir or ROOT / "knowledge"
    sys.path[:0] = [str(args.code)] if args.code else []
    sys.path.insert(1 if args.code else 0, str(ROOT))
    if args.emit:
        args.emit.write_text(json.dumps(outputs(knowledge, args.synth)), encoding="utf-8")
        return 0
    from bench.kbeval.baseline import baseline_ref

    ref = baseline_ref(args.ref)
    want = reference(ref, args.dir, args.synth)
    if args.save:
        args.save.write_text(json.dumps(want, indent=1, ensure_ascii=False), encoding="utf-8")
    got = emitted(ROOT, knowledge, args.synth)
    differ = [q for q in want if got.get(q) != want[q]] + [q for q in got if q not in want]
    for q in differ[:20]:
        print(f"DIFFERS: {q[:100]!r}\n  ref:  {want.get(q)}\n  this: {got.get(q)}")
    same = len(want) - len(differ)
    print(f"golden check against {ref[:12]}: {same}/{len(want)} identical, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())

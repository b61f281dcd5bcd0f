"""Issue 10's totals on every blind split, this checkout beside a baseline commit, in one run.

What the engineers read after each change: single answers (answered right, the right card ranked
first, near misses refused) over the frozen held-out splits and the tune files, and list answers'
mean precision/recall per split, with the lists left empty and the non-list questions turned into
lists. The held-out splits print totals only; `--rows` prints the tune questions whose outcome moved
between the two sides (tune questions may be read and tuned on). Both sides are scored on this
checkout's question files, so a new blind set is scored on the engine from before it was written.
`blind_v2_test.yaml` counts in the list test split only, as in every earlier single-answer figure.

    python bench/totals.py                          # against the main commit this branch started from
    python bench/totals.py --ref 635eb7e --lists tune,test,v26 --rows
    python bench/totals.py --no-base --save /tmp/this.json
    python bench/totals.py --held v26,TUNE --lists v26      # one split and the tune files
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTABLE = 0.02  # a confidence moved less than this, same answer and ranking, is not printed as moved


def splits() -> tuple[dict[str, tuple[Path, ...]], tuple[Path, ...], dict[str, tuple[Path, ...]]]:
    """Held-out single-answer splits, tune files, and list splits (name -> question files)."""
    from bench.kbeval.blind import HELD_SPLITS, TEST_FILE, TUNE_FILES, V2_TEST_FILE

    held = {"test": (TEST_FILE,), **HELD_SPLITS}
    truth9 = ROOT / "tests" / "kb" / "questions" / "list_truth9_tune.yaml"
    lists = {"tune": (*TUNE_FILES, truth9), **held, "test": (TEST_FILE, V2_TEST_FILE)}
    return held, TUNE_FILES, lists


def score(code: Path, held_splits: list[str], list_splits: list[str]) -> dict:
    """Totals for the `bot` package and knowledge in `code` (run in a fresh process per side)."""
    sys.path[:0] = [str(code), str(ROOT)]
    import asyncio

    import bot  # before the bench, which puts this checkout first on the path

    assert Path(bot.__file__).is_relative_to(code), bot.__file__
    from bench.kbeval.blind import load_blind
    from bot.kb.service import KnowledgeService

    service = asyncio.run(KnowledgeService.load(code / "knowledge"))
    held, tune_files, lists = splits()

    def single(q) -> tuple[bool, list[str], float]:
        r = service.engine.search(q.text)
        return r.answered, ([r.entry.id] if r.entry else []) + [a.id for a in r.alternatives], r.confidence

    out: dict = {"held": {}, "tune_rows": [], "lists": {}, "list_rows": []}
    for name, files in {**held, "TUNE": tune_files}.items():
        if name not in held_splits:
            continue
        t = [0, 0, 0, 0, 0]  # answered right, ranked first, in scope, near misses refused, near misses
        for f in files:
            for q in load_blind(f):
                if q.expect_set:
                    continue
                answered, ids, conf = single(q)
                first = bool(ids) and ids[0] in q.expect
                if q.refuse:
                    t[3] += not answered
                    t[4] += 1
                else:
                    t[0] += answered and first
                    t[1] += first
                    t[2] += 1
                if name == "TUNE":
                    ok = not answered if q.refuse else answered and first
                    row = [f.name, q.text, list(q.expect), answered, ids[:3], round(conf, 3), ok]
                    out["tune_rows"].append(row)
        out["held"][name] = t
    for name in list_splits:
        p_sum = r_sum = 0.0
        n = empty = false = 0
        for f in lists[name]:
            for q in load_blind(f):
                got = {e.id for e in service.search(q.text).items}
                if not q.expect_set:
                    false += bool(got)
                    continue
                want = set(q.expect_set)
                p = len(got & want) / len(got) if got else 0.0
                r = len(got & want) / len(want)
                p_sum, r_sum, n, empty = p_sum + p, r_sum + r, n + 1, empty + (not got)
                if name == "tune":
                    out["list_rows"].append([f.name, q.text, round(p, 2), round(r, 2)])
        out["lists"][name] = [p_sum / max(n, 1), r_sum / max(n, 1), n, empty, false]
    return out


def single_line(t: list[int]) -> str:
    return f"{t[0]}/{t[2]} first {t[1]} nm {t[3]}/{t[4]}"


def list_line(v: list) -> str:
    return f"{v[0]:.3f}/{v[1]:.3f} n {v[2]} empty {v[3]} false {v[4]}"


def report(sides: dict[str, dict], rows: bool) -> None:
    names = list(sides)
    width = 38
    print(f"{'':<7}" + "".join(f"{n:<{width}}" for n in names))
    held = {n: [0] * 5 for n in names}
    for n, s in sides.items():
        for split, t in s["held"].items():
            if split != "TUNE":
                held[n] = [a + b for a, b in zip(held[n], t, strict=True)]
    print(f"{'HELD':<7}" + "".join(f"{single_line(held[n]):<{width}}" for n in names))
    for split in sides[names[0]]["held"]:
        print(f"{split:<7}" + "".join(f"{single_line(sides[n]['held'][split]):<{width}}" for n in names))
    for split, v in sides[names[0]]["lists"].items():
        if not v[2]:
            continue  # a split without list questions
        label = f"L {split}"
        print(f"{label:<7}" + "".join(f"{list_line(sides[n]['lists'][split]):<{width}}" for n in names))
    if rows and len(names) == 2:
        base, this = (sides[n] for n in names)
        for a, b in zip(base["tune_rows"], this["tune_rows"], strict=True):
            if (a[3], a[4], a[6]) != (b[3], b[4], b[6]) or abs(a[5] - b[5]) >= NOTABLE:
                mark = "BETTER" if b[6] and not a[6] else "WORSE " if a[6] and not b[6] else "moved "
                print(f"{mark} {b[1]!r} expect {b[2]}: {a[3:6]} -> {b[3:6]}")
        for a, b in zip(base["list_rows"], this["list_rows"], strict=True):
            if a[2:] != b[2:]:
                print(f"list   {b[1]!r}: P/R {a[2]}/{a[3]} -> {b[2]}/{b[3]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", help="baseline commit (default: merge-base of HEAD and main)")
    parser.add_argument("--no-base", action="store_true", help="score this checkout only")
    parser.add_argument("--held", default="all", help="single-answer splits, TUNE; or 'all'")
    parser.add_argument("--lists", default="all", help="list splits, comma-separated, or 'all' (default)")
    parser.add_argument("--rows", action="store_true", help="print the tune questions that moved")
    parser.add_argument("--save", type=Path, help="write this checkout's totals and tune rows as JSON")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # child: score `bot` in this dir
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    held, _, lists = splits()
    held_splits = [*held, "TUNE"] if args.held == "all" else args.held.split(",")
    list_splits = list(lists) if args.lists == "all" else args.lists.split(",")
    unknown = sorted(set(held_splits) - {*held, "TUNE"} | set(list_splits) - set(lists))
    if unknown:
        parser.error(f"unknown split(s): {', '.join(unknown)}; known: {', '.join(lists)} and TUNE")
    if args.child:
        args.out.write_text(json.dumps(score(args.child, held_splits, list_splits), ensure_ascii=False))
        return 0
    from bench.kbeval.baseline import baseline_ref, exported

    def run(code: Path, cwd: Path) -> dict:
        with tempfile.NamedTemporaryFile(suffix=".json") as tmp:
            cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(code), "--out", tmp.name]
            cmd += ["--held", ",".join(held_splits), "--lists", ",".join(list_splits)]
            subprocess.run(cmd, check=True, cwd=cwd, env=dict(os.environ))
            return json.loads(Path(tmp.name).read_text())

    sides: dict[str, dict] = {}
    if not args.no_base:
        ref = baseline_ref(args.ref)
        with exported(ref) as tmp:
            sides[f"base {ref[:10]}"] = run(tmp, tmp)
    sides["this checkout"] = run(ROOT, ROOT)
    if args.save:
        args.save.write_text(json.dumps(sides["this checkout"], ensure_ascii=False))
    report(sides, args.rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

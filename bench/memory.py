"""What a bot process holds: resident memory at start, after the knowledge and its warm-up, and after
a run of members' questions, for this checkout and a baseline side by side.

Each side (this checkout's `bot/` and REF's, exported with git archive, as latency_abba.py does)
runs in a fresh process: RSS (/proc/self/status VmRSS; VmHWM the peak) after the imports, after
`KnowledgeService.load('knowledge')` (which indexes and asks the warm-up questions), and after N
of the tune questions (every language, singles and lists; `KnowledgeService.search`, as /ask does).
`--trace` runs each side again under tracemalloc and prints what is still allocated after the
questions, by package (lingua, wordfreq, bot.kb ...) and the largest lines of `bot/`.

    python bench/memory.py                       # against the merge-base with main, 2,000 questions
    python bench/memory.py --ref int35 --questions 2000 --trace
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import subprocess
import sys
import sysconfig
import tracemalloc
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "kb" / "questions"
MIB = 1024 * 1024


def _status(field: str) -> float:
    """A /proc/self/status field in MiB (VmRSS: resident now; VmHWM: the most it has been)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def tune_questions(n: int) -> list[str]:
    """n tune questions (only `*_tune.yaml`: never a held-out file), shuffled with a fixed seed."""
    qs: list[str] = []
    for path in sorted(QUESTIONS.glob("*_tune.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        qs += [row["q"] for row in data.get("questions", []) if isinstance(row, dict) and row.get("q")]
    random.Random(34).shuffle(qs)
    return qs[:n]


def _where(filename: str, code: Path) -> str:
    """A traced frame's file, named by package: bot.kb.detect, lingua, wordfreq, <stdlib> ..."""
    path = Path(filename)
    if path.is_relative_to(code):
        return ".".join(path.relative_to(code).with_suffix("").parts)
    for root in (sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]):
        if path.is_relative_to(root):
            return path.relative_to(root).parts[0]
    return "<stdlib>" if path.is_relative_to(sysconfig.get_paths()["stdlib"]) else filename


def measure(code: Path, n: int, trace: bool) -> dict[str, object]:
    """RSS at each stage (or tracemalloc's totals by package) of a process using `code`'s bot."""
    if trace:
        tracemalloc.start(1)
    code = code.resolve()
    sys.path[:0] = [str(code), str(ROOT)]
    out: dict[str, object] = {"start": _status("VmRSS")}
    import bot  # before anything of this checkout's

    assert Path(bot.__file__).is_relative_to(code), bot.__file__
    from bot.kb.service import KnowledgeService

    out["imports"] = _status("VmRSS")
    service = asyncio.run(KnowledgeService.load(code / "knowledge"))
    gc.collect()
    out["loaded"] = _status("VmRSS")
    traced_loaded = tracemalloc.get_traced_memory()[0] / MIB if trace else 0.0
    for q in tune_questions(n):
        service.search(q)
    gc.collect()
    out["asked"] = _status("VmRSS")
    out["peak"] = _status("VmHWM")
    if trace:
        snap = tracemalloc.take_snapshot()
        by: dict[str, float] = {}
        for stat in snap.statistics("filename"):
            key = _where(stat.traceback[0].filename, code)
            top = key if key.startswith("bot.") else key.split(".")[0]
            by[top] = by.get(top, 0.0) + stat.size / MIB
        out["traced loaded"] = traced_loaded
        out["traced asked"] = tracemalloc.get_traced_memory()[0] / MIB
        out["by package"] = dict(sorted(by.items(), key=lambda kv: -kv[1])[:25])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", help="baseline commit (default: merge-base of HEAD and main)")
    parser.add_argument("--questions", type=int, default=2000, help="tune questions asked (default 2000)")
    parser.add_argument("--trace", action="store_true", help="also where it goes (tracemalloc, slower)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.questions, args.trace)))
        return 0
    sys.path.insert(0, str(ROOT))
    from bench.kbeval.baseline import baseline_ref, exported

    ref = baseline_ref(args.ref)
    env = {**os.environ, "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED") or "0"}
    with exported(ref) as tmp:
        sides = {f"base {ref[:10]}": tmp, "this checkout": ROOT}
        runs = [False, True] if args.trace else [False]
        got: dict[tuple[str, bool], dict[str, object]] = {}
        for trace in runs:
            for name, code in sides.items():
                cmd = [sys.executable, __file__, "--child", str(code), "--questions", str(args.questions)]
                cmd += ["--trace"] if trace else []
                proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
                if proc.returncode:
                    sys.stderr.write(proc.stderr)
                    return proc.returncode
                got[name, trace] = json.loads(proc.stdout.splitlines()[-1])
    names = list(sides)
    print(f"resident memory (MiB), {args.questions} tune questions")
    print(f"{'':<22}" + "".join(f"{n:>18}" for n in names))
    for stage in ("start", "imports", "loaded", "asked", "peak"):
        print(f"{stage:<22}" + "".join(f"{got[n, False][stage]:>18.1f}" for n in names))
    if args.trace:
        print("\ntracemalloc (MiB still allocated)")
        for stage in ("traced loaded", "traced asked"):
            print(f"{stage:<22}" + "".join(f"{got[n, True][stage]:>18.1f}" for n in names))
        keys: list[str] = []
        for n in names:
            keys += [k for k in got[n, True]["by package"] if k not in keys]  # type: ignore[union-attr]
        for k in keys:
            row = [got[n, True]["by package"].get(k, 0.0) for n in names]  # type: ignore[union-attr]
            print(f"  {k[:20]:<20}" + "".join(f"{v:>18.1f}" for v in row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

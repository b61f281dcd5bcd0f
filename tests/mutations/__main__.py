"""`python -m tests.mutations run [--sample N] [--seed S] [--only ID,...]`; see the package docstring."""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
LIST = Path(__file__).with_name("mutations.yaml")
COPIED = ("bot", "tests", "knowledge", "pyproject.toml")
TIMEOUT = 600


@dataclass(frozen=True)
class Mutation:
    id: str
    file: str
    edits: list[tuple[str, str]]
    tests: list[str]
    why: str


def load() -> list[Mutation]:
    raw = yaml.safe_load(LIST.read_text(encoding="utf-8"))
    mutations = []
    for item in raw:
        edits = [(e["find"], e["replace"]) for e in item["edits"]]
        mutations.append(Mutation(item["id"], item["file"], edits, list(item["tests"]), item["why"]))
    ids = [m.id for m in mutations]
    assert len(ids) == len(set(ids)), "duplicate mutation ids"
    return mutations


def mutate(source: str, mutation: Mutation) -> str:
    for find, replace in mutation.edits:
        count = source.count(find)
        if count != 1:
            raise SystemExit(
                f"{mutation.id}: {find!r} occurs {count} times in {mutation.file} (want exactly 1)"
            )
        source = source.replace(find, replace)
    return source


def scratch_copy() -> Path:
    target = Path(tempfile.mkdtemp(prefix="exportwatch-mutant-"))
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", "*.db")
    for name in COPIED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, target / name, ignore=ignore)
        else:
            shutil.copy2(src, target / name)
    return target


def run_one(mutation: Mutation | None, tests: list[str] | None = None) -> tuple[bool, float, str]:
    """(killed, seconds, last lines of the test output); no mutation = the unmutated baseline."""
    scratch = scratch_copy()
    tests = tests if mutation is None else mutation.tests
    assert tests
    try:
        if mutation is not None:
            path = scratch / mutation.file
            path.write_text(mutate(path.read_text(encoding="utf-8"), mutation), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(scratch), "PYTHONDONTWRITEBYTECODE": "1"}
        command = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *tests]
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command, cwd=scratch, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
            )
            killed, output = done.returncode != 0, done.stdout + done.stderr
        except subprocess.TimeoutExpired:
            killed, output = True, f"timed out after {TIMEOUT}s (counted as killed: the bug hangs the bot)"
        tail = "\n".join(output.strip().splitlines()[-3:])
        return killed, time.perf_counter() - started, tail
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def check_applies(mutations: list[Mutation]) -> None:
    """Every edit must apply to the current tree, or the list has drifted from the code."""
    for mutation in mutations:
        mutate((ROOT / mutation.file).read_text(encoding="utf-8"), mutation)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.mutations")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="apply each mutation to a scratch copy and run its tests")
    run.add_argument("--sample", type=int, default=0, help="only N mutations, chosen at random")
    run.add_argument("--seed", type=int, default=None, help="seed for --sample (default: random, printed)")
    run.add_argument("--only", default="", help="comma-separated mutation ids")
    sub.add_parser("list", help="list the mutations")
    args = parser.parse_args(argv)
    mutations = load()
    check_applies(mutations)
    if args.command == "list":
        for m in mutations:
            print(f"{m.id:40} {m.file}\n    {m.why}")
        print(f"{len(mutations)} mutations")
        return 0
    if args.only:
        wanted = set(args.only.split(","))
        unknown = wanted - {m.id for m in mutations}
        if unknown:
            raise SystemExit(f"unknown mutation ids: {sorted(unknown)}")
        mutations = [m for m in mutations if m.id in wanted]
    if args.sample:
        seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 30)
        print(f"sample of {args.sample} with --seed {seed}")
        mutations = random.Random(seed).sample(mutations, min(args.sample, len(mutations)))
    # The chosen tests must pass on an unmutated copy, or every "kill" would mean nothing.
    baseline = sorted({t for m in mutations for t in m.tests})
    failed, seconds, tail = run_one(None, baseline)
    if failed:
        print(f"baseline: the tests fail on the unmutated copy ({seconds:.0f}s); fix them first\n{tail}")
        return 2
    print(f"baseline: {len(baseline)} test targets pass unmutated ({seconds:.0f}s)", flush=True)
    survivors = []
    for n, mutation in enumerate(mutations, 1):
        killed, seconds, tail = run_one(mutation)
        verdict = "killed" if killed else "SURVIVED"
        print(f"[{n}/{len(mutations)}] {verdict:8} {mutation.id} ({seconds:.0f}s)", flush=True)
        if not killed:
            survivors.append(mutation)
            print(f"    {mutation.why}\n    tests: {' '.join(mutation.tests)}\n    {tail}", flush=True)
    print(
        f"{len(mutations) - len(survivors)} of {len(mutations)} mutations killed; {len(survivors)} survived"
    )
    return 1 if survivors else 0


if __name__ == "__main__":
    raise SystemExit(main())

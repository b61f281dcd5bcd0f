"""Branch coverage of `bot/chat` through the loopback Discord (issue 15: >= 98% of branches).

    python3 -m tests.chat_coverage            # run the Discord-facing tests, print the figures
    python3 -m tests.chat_coverage --no-run   # report again from the last run's data
    python3 -m tests.chat_coverage tests/chat/test_admin.py   # only these tests: a partial figure

Runs tests/chat, tests/faults, tests/multiprocess, tests/fakediscord, the quick fuzz profile and
any other test file that drives the bot through tests/fakediscord, under `coverage run --branch`
with `source_pkgs = bot.chat`. Child processes (the real `python -m bot run` and the two-process
tests) are measured too (`patch = subprocess`); a child killed with SIGKILL on purpose saves
nothing, which is the point of those tests. Prints the branch-only figure (covered branches /
all branches), coverage's combined statements+branches figure, and every missed branch as
`file:line->line` (a negative target is an exit from the function). Exits 1 below --fail-under
(branch-only, default 0 = report only). Takes several minutes: it runs the Discord-facing suite once.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".coverage-chat"
BASE = [
    "tests/chat",
    "tests/faults",
    "tests/multiprocess",
    "tests/fakediscord",
    "tests/fuzz/test_fuzz_discord.py",
]
RC = """\
[run]
branch = True
source_pkgs = bot.chat
parallel = True
patch = subprocess
data_file = {data}
"""


def test_targets() -> list[str]:
    """BASE plus every other test file that imports the loopback Discord."""
    targets = list(BASE)
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if any(rel == t or rel.startswith(t + "/") for t in BASE):
            continue
        if "fakediscord" in path.read_text(encoding="utf-8"):
            targets.append(rel)
    return targets


def run(rcfile: Path, tests: list[str]) -> int:
    for old in ROOT.glob(".coverage-chat*"):
        old.unlink()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    coverage = [sys.executable, "-m", "coverage"]
    pytest = [*coverage, "run", f"--rcfile={rcfile}", "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    done = subprocess.run([*pytest, *(tests or test_targets())], cwd=ROOT, env=env)
    subprocess.run([*coverage, "combine", f"--rcfile={rcfile}", "-q"], cwd=ROOT, env=env)
    return done.returncode


def report(rcfile: Path) -> float:
    """Print the figures and the missed branches; return the branch-only percentage."""
    out = rcfile.with_name("chat-coverage.json")
    subprocess.run(
        [sys.executable, "-m", "coverage", "json", f"--rcfile={rcfile}", "-q", "-o", str(out)],
        cwd=ROOT,
        check=True,
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    totals = data["totals"]
    for name, info in sorted(data["files"].items()):
        lines = [str(n) for n in info["missing_lines"]]
        arcs = [f"{a}->{b}" for a, b in info["missing_branches"]]
        if lines or arcs:
            print(f"{name}: lines {', '.join(lines) or '-'}; branches {', '.join(arcs) or '-'}")
    branches, covered = totals["num_branches"], totals["covered_branches"]
    branch_pct = 100.0 * covered / branches if branches else 100.0
    print(f"branches: {covered}/{branches} = {branch_pct:.1f}%")
    print(f"statements: {totals['covered_lines']}/{totals['num_statements']}")
    print(f"combined (statements+branches): {totals['percent_covered']:.1f}%")
    return branch_pct


def main(argv: list[str] | None = None) -> int:
    summary = (__doc__ or "").split("\n", 1)[0]
    parser = argparse.ArgumentParser(prog="python3 -m tests.chat_coverage", description=summary)
    parser.add_argument("--no-run", action="store_true", help="report from the last run's data")
    parser.add_argument("--fail-under", type=float, default=0.0, help="exit 1 below this branch-only %%")
    parser.add_argument("tests", nargs="*", help="only these tests (a partial figure, while writing tests)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="chat-coverage-") as tmp:
        rcfile = Path(tmp) / "coveragerc"
        rcfile.write_text(RC.format(data=DATA), encoding="utf-8")
        status = 0 if args.no_run else run(rcfile, args.tests)
        if status not in (0, 5):
            print(f"tests failed (pytest status {status}); the figures below cover what ran", file=sys.stderr)
        pct = report(rcfile)
    return 1 if status not in (0, 5) or pct < args.fail_under else 0


if __name__ == "__main__":
    sys.exit(main())

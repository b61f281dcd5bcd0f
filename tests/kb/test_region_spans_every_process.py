"""A region named in a question ("Africa", "Latin America", "أفريقيا") reads the same in every process.

The span's country stood for the region as the first member a set gave, and a set's order follows
Python's per-process string hashing: "cases in africa" read Central African Republic under one
PYTHONHASHSEED, Cameroon or Somalia under others. Every caller reads the whole region, but a reading
that changes with a restart is one a member cannot reproduce and a test cannot pin.
"""

from __future__ import annotations

import os
import subprocess
import sys

QUESTIONS = (
    "cases in africa",
    "spyware sold in latin america",
    "ما الشركات التي باعت برامج تجسس في أفريقيا؟",
)
READ = (
    "import sys\n"
    "from bot.kb.place_names import words_of\n"
    "from bot.kb.places import place_spans\n"
    "print([[s[2] for s in place_spans(words_of(q), q)] for q in sys.argv[1:]])\n"
)


def spans_under(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", READ, *QUESTIONS], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_region_reads_the_same_whatever_the_hash_seed() -> None:
    assert len({spans_under(seed) for seed in ("1", "2", "3", "4")}) == 1

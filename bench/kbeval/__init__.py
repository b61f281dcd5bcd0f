"""The knowledge question sets and their scoring, shared by the benchmarks and tests/kb.

Kept here, free of `bot` and of `tests`, so bench/ never imports the test suite. The question
files themselves stay with the tests that freeze them (tests/kb/).
"""

from pathlib import Path

QUESTION_SETS = Path(__file__).resolve().parents[2] / "tests" / "kb"

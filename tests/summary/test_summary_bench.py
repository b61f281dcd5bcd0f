"""The benchmark script runs (small) and prints its figures beside the baseline."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_smoke_run():
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "summary_speed.py"), "--rows", "3000", "--repeat", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    ).stdout
    assert "3,000 tips, 3,000 questions" in out
    assert "summary figures, SQL aggregates (median of 2)" in out
    assert "baseline: load all rows into Python and count" in out
    assert "week 2026-W47:" in out

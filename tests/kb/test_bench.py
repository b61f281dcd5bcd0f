"""The benchmark scripts run and print their tables (figures are read by people, not asserted)."""

from __future__ import annotations

import subprocess
import sys

from tests.kb.conftest import ROOT


def run(*args: str) -> str:
    proc = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_search_latency_smoke() -> None:
    out = run("bench/search_latency.py", "--sizes", "150", "--queries", "30")
    assert "p50" in out and "bm25p99" in out
    assert any(line.startswith("synth-150") for line in out.splitlines())


def test_search_latency_on_the_shipped_knowledge_only() -> None:
    # '--sizes 0', as bench/README.md and item 6 of issue 10 measure it, printed the shipped row and
    # then crashed on an empty synthetic knowledge base
    out = run("bench/search_latency.py", "--sizes", "0", "--queries", "30")
    assert any(line.startswith("shipped") for line in out.splitlines())
    assert not any(line.startswith("synth-") for line in out.splitlines())


def test_latency_abba_smoke() -> None:
    # one fresh process a side against this very commit: the table prints for both sides
    out = run("bench/latency_abba.py", "--ref", "HEAD", "--runs", "1")
    assert "base HEAD" in out and "this checkout" in out and "p99" in out


def test_search_quality_prints_engine_and_baseline(tmp_path) -> None:
    png = tmp_path / "reliability.png"
    out = run("bench/search_quality.py", "--png", str(png))
    assert "recall@1" in out and "bm25" in out and "held-out" in out
    assert "blind test split" in out and "ECE" in out and png.stat().st_size > 0


def test_totals_prints_both_sides_and_refuses_an_unknown_split() -> None:
    out = run("bench/totals.py", "--ref", "HEAD", "--held", "v26", "--lists", "v26")
    head, held, v26, lists = out.splitlines()[:4]
    assert "base" in head and "this checkout" in head
    assert held.startswith("HELD") and v26.startswith("v26") and lists.startswith("L v26")
    assert held.count("nm") == 2 and lists.count("empty") == 2  # one column a side
    cmd = [sys.executable, "bench/totals.py", "--held", "v99"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2 and "unknown split(s): v99" in proc.stderr

"""The small valid knowledge directory (tests/fixtures/kb/valid), copied where a test may edit it:
reload tests add and break files, so each test needs its own copy, never the shared fixture."""

from __future__ import annotations

import shutil
from pathlib import Path

VALID_KB = Path(__file__).resolve().parents[1] / "fixtures" / "kb" / "valid"

# A valid entry the fixture does not have, for tests that add knowledge while the bot runs.
NEW_VENDOR = """---
id: zenith-optics
kind: vendor
title: Zenith Optics
aliases:
  - Zenith
summary: >-
  Fictional lens maker added while the bot runs.
status: alleged
countries: [Ruritania]
technologies: [video surveillance]
years: [2021]
related: []
sources:
  - publisher: Test Publisher
    title: "Zenith report"
    date: "2021-03-01"
last_reviewed: "2026-11-26"
---
## Key facts
- Zenith Optics made lenses (per Test Publisher).

## Responses
- No response from the company is recorded in the sources.
"""


def editable_knowledge(tmp_path: Path) -> Path:
    """A fresh copy of the valid fixture knowledge under `tmp_path`, for this test alone."""
    target = tmp_path / "knowledge"
    shutil.copytree(VALID_KB, target)
    return target


def add_vendor(kb_dir: Path) -> None:
    """Add NEW_VENDOR (Zenith Optics, id zenith-optics) to a copy from `editable_knowledge`."""
    (kb_dir / "vendors" / "zenith-optics.md").write_text(NEW_VENDOR, encoding="utf-8")

"""The small valid knowledge directory (tests/fixtures/kb/valid), copied where a test may edit it:
reload tests add and break files, so each test needs its own copy, never the shared fixture."""

from __future__ import annotations

import shutil
from pathlib import Path

VALID_KB = Path(__file__).resolve().parents[1] / "fixtures" / "kb" / "valid"


def editable_knowledge(tmp_path: Path) -> Path:
    """A fresh copy of the valid fixture knowledge under `tmp_path`, for this test alone."""
    target = tmp_path / "knowledge"
    shutil.copytree(VALID_KB, target)
    return target

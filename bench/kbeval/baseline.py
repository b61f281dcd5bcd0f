"""Another commit's `bot/` and `knowledge/`, for the benches that compare this checkout with it.

One home for how a baseline is chosen (by default the main commit this branch started from, so a
branch is measured against what it changed and not against what main has merged since) and how it
is exported (git archive, so no worktree or checkout is touched).
"""

from __future__ import annotations

import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def baseline_ref(ref: str | None) -> str:
    """`ref` as given, or the merge-base of HEAD and main."""
    if ref:
        return ref
    done = subprocess.run(
        ["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@contextmanager
def exported(ref: str) -> Iterator[Path]:
    """A temporary directory holding `ref`'s bot/ and knowledge/ (removed on leaving)."""
    archive = subprocess.run(
        ["git", "archive", ref, "bot", "knowledge"], cwd=ROOT, capture_output=True, check=True
    )
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
            tar.extractall(tmp, filter="data")
        yield Path(tmp)

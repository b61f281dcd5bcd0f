"""A compiled pattern that counts its `search` calls, for the latency tests that check a slow
reading is skipped where it cannot change the answer (no timed assertions: the work done is counted)."""

from __future__ import annotations

import re
from typing import Any


class Counted:
    """A compiled pattern that counts its `search` calls."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)

    def search(self, string: str, *args: Any) -> Any:
        self.calls += 1
        return self.pattern.search(string, *args)

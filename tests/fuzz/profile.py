"""The fuzz profiles, and a tally of what each fuzz target actually ran.

A fuzz run that passes proves little if hypothesis quietly ran fewer examples than asked: health
checks are suppressed here (the bot is slow next to a pure function), so a strategy that filters
too much, or a deadline, could cut a target short without a failure. Each target therefore counts
the examples it executed and keeps hypothesis' own statistics for that run, and fails unless it ran
the profile's number of examples or hypothesis ran out of distinct inputs (a target whose options
are only choices and booleans has fewer than 1,000 of them). `--hypothesis-show-statistics` cannot
show this: the pytest plugin reports only tests that are themselves `@given`, and these tests run one
`@given` function per target on the bot's event loop.
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis.statistics import collector

from tests.fakediscord.rules import RESPONSE_DEADLINE

DEEP = os.environ.get("FUZZ_PROFILE") == "deep"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "1000")) if DEEP else 25
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
# A rerun of some targets: those whose label contains one of these (comma-separated).
ONLY = [part for part in os.environ.get("FUZZ_ONLY", "").split(",") if part]
EXHAUSTED = "nothing left to do"  # hypothesis' reason when every distinct input has been tried
# Discord's 3 s for the first answer, unless a deep run on a starved shared machine says otherwise
# (FUZZ_DEADLINE=10): one example answered late there fails a whole target with 10062, for load
# rather than input. The run's report must then say the deadline it used.
DEADLINE = float(os.environ.get("FUZZ_DEADLINE", RESPONSE_DEADLINE))


def on_this_loop(coro_fn: Callable[..., Awaitable[Any]]) -> Callable[..., Any]:
    """Hypothesis drives sync functions; run each example's coroutine on the bot's event loop."""
    loop = asyncio.get_running_loop()

    def call(*args: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro_fn(*args), loop).result(timeout=60)

    return call


@dataclass
class Tally:
    """One target's run: examples the bot answered in full (counted by the test body after each)
    and hypothesis' own statistics (its invalid examples were cut short while drawing)."""

    label: str
    ran: int = 0
    stats: dict[str, Any] = field(default_factory=dict)

    def run(self, given_test: Callable[[], None]) -> None:
        """Run the `@given` test in this thread with hypothesis' statistics collected, then check it."""
        if ONLY and not any(part in self.label for part in ONLY):
            return
        with collector.with_value(self.stats.update):
            given_test()
        assert self.ran >= EXAMPLES or self.stopped == EXHAUSTED, (
            f"{self.label}: only {self.ran} of {EXAMPLES} examples ran; {self.describe()}"
        )
        if DEEP:
            print(self.describe(), flush=True)  # the deep run's record (pytest -s shows it)

    @property
    def stopped(self) -> str:
        return str(self.stats.get("stopped-because", "unknown"))

    def describe(self) -> str:
        phases = [phase for key, phase in self.stats.items() if key.endswith("-phase")]
        cases = [case for phase in phases for case in phase.get("test-cases", [])]
        statuses = Counter(c["status"] for c in cases)
        invalid = statuses["invalid"] + statuses["overrun"]
        return (
            f"FUZZ {self.label}: {self.ran} examples run ({statuses['valid']} passing, "
            f"{statuses['interesting']} failing, {invalid} invalid); stopped because {self.stopped}"
            + (f"; first-answer deadline {DEADLINE:g} s" if DEADLINE != RESPONSE_DEADLINE else "")
        )

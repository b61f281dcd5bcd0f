"""Faults a test injects into the fake: a route failing on cue, or an answer held back."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass


@dataclass
class Fault:
    """An injected failure: the next `times` requests to (method, template) get `status`."""

    method: str
    template: str
    status: int
    times: int = 1
    retry_after: float = 0.05


@dataclass
class Hold:
    """The next answer to (method, template) is recorded at once but sent only once `until` is set."""

    method: str
    template: str
    until: asyncio.Event
    times: int = 1


class Faults:
    """FakeDiscord's fault-injection half: the lists `_respond` and `_rest` consult."""

    faults: list[Fault]
    holds: list[Hold]

    def fail(
        self, method: str, template: str, status: int = 500, *, times: int = 1, retry_after: float = 0.05
    ) -> Fault:
        """Make the next `times` requests to a route fail with `status` (429 carries retry_after)."""
        fault = Fault(method.upper(), template, status, times, retry_after)
        self.faults.append(fault)
        return fault

    def hold(self, method: str, template: str, until: asyncio.Event, *, times: int = 1) -> Hold:
        """Delay the bot's next `times` answers from a route (already recorded: the harness sees
        them) until `until` is set: a slow network between Discord and the bot, on cue."""
        held = Hold(method.upper(), template, until, times)
        self.holds.append(held)
        return held

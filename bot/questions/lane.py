"""Answers first: what a member waits for goes before what follows an answer (issue 15).

One event loop sends a burst's answers, their rating prompts and the question-log write. A prompt
costs about as much as the answer's edit, and the log write's SQL is built on the loop too, so in
a burst of 100 the later askers' answers queued behind earlier askers' bookkeeping. The face marks
each answer in preparation (`answering`); rating prompts and the group-committed log write wait
for `quiet` (no answer in preparation) but never longer than WAIT_MAX, so under sustained load
they still go out, at most that late (well inside Discord's 15-minute interaction token). A row
someone is waiting for (a private answer carries its rating buttons, so it needs the id first) is
written at once: `quiet(unless=...)`. (AnswersFirst came from branch i15pool, commit b0b32ef.)
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator

WAIT_MAX = 2.0  # seconds the low-priority work waits for answers at most


class AnswersFirst:
    def __init__(self) -> None:
        self._answering = 0
        self._quiet = asyncio.Event()
        self._quiet.set()

    @contextlib.contextmanager
    def answering(self) -> Iterator[None]:
        self._answering += 1
        self._quiet.clear()
        try:
            yield
        finally:
            self._answering -= 1
            if not self._answering:
                self._quiet.set()

    async def quiet(self, at_most: float | None = None, *, unless: asyncio.Event | None = None) -> None:
        """Return once no answer is in preparation, `unless` is set, or `at_most` (WAIT_MAX) s passed."""
        at_most = WAIT_MAX if at_most is None else at_most
        if self._quiet.is_set() or (unless is not None and unless.is_set()):
            return
        waits = [asyncio.ensure_future(self._quiet.wait())]
        if unless is not None:
            waits.append(asyncio.ensure_future(unless.wait()))
        try:
            await asyncio.wait(waits, timeout=at_most, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for wait in waits:
                wait.cancel()

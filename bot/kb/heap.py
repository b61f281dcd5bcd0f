"""Keep the loaded knowledge out of the garbage collector's full passes.

The knowledge index is a few hundred thousand long-lived Python objects. CPython's full (oldest
generation) collection walks every tracked object, so once a burst of interactions has left enough
survivors behind, one pass stalls the event loop for every member at once: 0.4-0.65 s per pass on
the shared bench machine, landing at random in a burst (bench/README.md, issue 15). `gc.freeze()`
moves what is alive now to a permanent generation the collector never walks; what the bot creates
later is collected as before.

Once frozen, the young generation is collected every YOUNG_EVERY allocations instead of CPython's
700: an /ask allocates thousands of short-lived objects (the search, the render, discord.py's
models), and at 700 a burst of 100 ran ~300 young and ~27 middle passes, each walking what the
last left alive; paired bursts in one process spent ~0.27 ms (~9%) less CPU per /ask at these
thresholds (bench/README.md, i15lat5). Cyclic garbage waits a little longer to be freed.

A frozen object that later becomes cyclic garbage is never reclaimed, so after the knowledge is
swapped (`/kb reload`) the heap is thawed, collected once, and frozen again: the old index is freed.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger("bot.kb.heap")

YOUNG_EVERY = 10_000  # allocations between young passes, once the heap is frozen (CPython: 700)
OLDER_EVERY = 20  # young passes per middle pass, and middle per full (CPython: 10 and 10)


def freeze_heap() -> None:
    """Collect once, then freeze everything alive: call when the long-lived state is loaded."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_EVERY, OLDER_EVERY, OLDER_EVERY)
    log.debug("froze %d long-lived objects", gc.get_freeze_count())


def refreeze_heap() -> None:
    """After long-lived state was replaced: the same, but only in a process that froze its heap."""
    if gc.get_freeze_count():
        freeze_heap()

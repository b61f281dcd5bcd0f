"""Keep the loaded knowledge out of the garbage collector's full passes.

The knowledge index is a few hundred thousand long-lived Python objects. CPython's full (oldest
generation) collection walks every tracked object, so once a burst of interactions has left enough
survivors behind, one pass stalls the event loop for every member at once: 0.4-0.65 s per pass on
the shared bench machine, landing at random in a burst (bench/README.md, issue 15). `gc.freeze()`
moves what is alive now to a permanent generation the collector never walks; what the bot creates
later is collected as before.

A frozen object that later becomes cyclic garbage is never reclaimed, so after the knowledge is
swapped (`/kb reload`) the heap is thawed, collected once, and frozen again: the old index is freed.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger("bot.kb.heap")


def freeze_heap() -> None:
    """Collect once, then freeze everything alive: call when the long-lived state is loaded."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    log.debug("froze %d long-lived objects", gc.get_freeze_count())


def refreeze_heap() -> None:
    """After long-lived state was replaced: the same, but only in a process that froze its heap."""
    if gc.get_freeze_count():
        freeze_heap()

"""Each interaction is handled once, and a malformed one never takes the gateway down.

discord.py hands every INTERACTION_CREATE straight to the command tree or view store. After a
RESUME, Discord replays what the client missed, so the same interaction can arrive twice; a second
/tip must not file twice and a second /ask must not log twice. This cog wraps the gateway parser:
ids seen in this process are dropped at once (an in-memory LRU, checked first and free), and
commands, buttons and modals are then claimed in the database (bot/ops/interactions.py) so a
duplicate in another process is dropped too. Autocomplete is exempt: repeating it is harmless and
it must answer within Discord's 3 s.

Why claim before handling rather than after acknowledging: Discord refuses a second callback for
an interaction, but that only stops the *reply*. A modal submit files the tip, and /ask logs the
question, before or beside the callback, so a claim taken after the ack would let two processes
both do the work and only one of them answer. The claim therefore still gates the handler; what
makes it cheap is group commit: claims arriving while a batch is in flight share the next
INSERT ... ON CONFLICT DO NOTHING RETURNING, so a burst of 100 costs a few statements, not 100
serialised commits. A claim that takes longer than CLAIM_TIMEOUT is not cancelled (cancelling a
database call mid-flight makes SQLAlchemy log an ERROR and discard the connection): the handler
runs anyway, since answering beats dropping, and the claim lands in the background so a later
replay is still refused.

A payload discord.py cannot parse would raise inside the gateway reader and force a reconnect;
here it is logged as a WARNING (without its content) and ignored.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from discord.ext import commands

from bot.ops.interactions import Claims

if TYPE_CHECKING:
    from bot.chat.client import ExportWatchBot

log = logging.getLogger("bot.chat.replay")

EVENT = "INTERACTION_CREATE"
REMEMBER = 10_000  # ids kept in memory; a RESUME replays seconds, not hours, of events
CLAIM_TIMEOUT = 1.0  # a slow database must not eat Discord's 3 s deadline
KINDS = {2: "command", 3: "component", 5: "modal"}


def describe(data: dict[str, Any]) -> str:
    """A label for the claim row: the command name or the stable custom_id prefix, never user text."""
    raw = data.get("data")
    inner = raw if isinstance(raw, dict) else {}
    kind = KINDS.get(data.get("type", 0), "other")  # no type: "other", as for an unknown one
    name = inner.get("name") or str(inner.get("custom_id", "")).split(":", 1)[0]
    return f"{kind} {name}".strip()


def well_formed(data: Any) -> bool:
    """The shape discord.py relies on without checking; anything else would crash a handler task."""
    if not isinstance(data, dict) or not isinstance(data.get("token"), str):
        return False
    kind, inner = data.get("type"), data.get("data")
    if kind == 1:
        return True
    if not isinstance(inner, dict):
        return False
    if kind in (2, 4):
        return isinstance(inner.get("name"), str) and isinstance(inner.get("options", []), list)
    if kind == 3:
        return isinstance(inner.get("custom_id"), str) and isinstance(inner.get("component_type"), int)
    if kind == 5:
        return isinstance(inner.get("custom_id"), str) and isinstance(inner.get("components"), list)
    return False


class ReplayGuard(commands.Cog):
    def __init__(self, bot: ExportWatchBot) -> None:
        self.bot = bot
        self._seen: OrderedDict[int, None] = OrderedDict()
        self._original: Callable[[Any], None] | None = None
        self.claims = Claims(bot.app.db)

    async def cog_load(self) -> None:
        parsers = self.bot._connection.parsers
        self._original = parsers[EVENT]
        parsers[EVENT] = self.parse

    async def cog_unload(self) -> None:
        if self._original is not None:
            self.bot._connection.parsers[EVENT] = self._original
        await self.claims.drain()

    def _remember(self, interaction_id: int) -> bool:
        """False when this process has already seen the id."""
        if interaction_id in self._seen:
            return False
        self._seen[interaction_id] = None
        if len(self._seen) > REMEMBER:
            self._seen.popitem(last=False)
        return True

    def parse(self, data: Any) -> None:
        """The gateway's INTERACTION_CREATE handler (synchronous, like discord.py's own)."""
        try:
            interaction_id = int(data["id"])
        except (TypeError, KeyError, ValueError):
            log.warning("Ignored an interaction without a valid id")
            return
        if not well_formed(data):
            log.warning("Ignored a malformed interaction (type %r)", data.get("type"))
            return
        if not self._remember(interaction_id):
            log.info("Ignored a replayed interaction (%s)", describe(data))
            return
        if data.get("type") not in KINDS:
            self._handle(data)
            return
        self._claim_then_handle(interaction_id, data)

    def _claim_then_handle(self, interaction_id: int, data: Any) -> None:
        """Handle once the claim is won, or after CLAIM_TIMEOUT whatever the claim is doing.

        Callbacks rather than a task per interaction: in a burst, this runs 100 times in a row.
        """
        loop = asyncio.get_running_loop()
        future = self.claims.claim(interaction_id, describe(data), self.bot.app.clock.now())
        decided = False

        def decide(timed_out: bool) -> None:
            nonlocal decided
            if decided:
                return
            decided = True
            timer.cancel()
            failure = "TimeoutError" if timed_out else None
            if failure is None and future.exception() is not None:
                failure = type(future.exception()).__name__
            if failure is not None:  # the database is down or slow: answering beats dropping
                log.warning("Could not record interaction %s as handled (%s); handling it anyway",
                            interaction_id, failure)
            elif not future.result():
                log.info("Ignored an interaction another process handled (%s)", describe(data))
                return
            self._handle(data)

        timer = loop.call_later(CLAIM_TIMEOUT, decide, True)
        future.add_done_callback(lambda _: decide(False))

    def _handle(self, data: Any) -> None:
        assert self._original is not None
        try:
            self._original(data)
        except Exception as exc:
            # The exception type only: its message may quote the payload, which may be a tip's text.
            log.warning("Ignored a malformed interaction (%s)", type(exc).__name__)


async def setup(bot: ExportWatchBot) -> None:
    await bot.add_cog(ReplayGuard(bot))

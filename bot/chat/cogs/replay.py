"""Each interaction is handled once, and a malformed one never takes the gateway down.

discord.py hands every INTERACTION_CREATE straight to the command tree or view store. After a
RESUME, Discord replays what the client missed, and a shard can move between processes, so the
same interaction can arrive twice; a second /tip must not file twice and a second /ask must not log
twice. This cog wraps the gateway parser: ids seen in this process are dropped at once (an
in-memory LRU, checked first and free); everything else goes to discord.py as usual.

The exactly-once claim across processes is Discord's own acknowledgement. Discord accepts one
initial callback per interaction and answers any second one with 400, code 40060 (and one after
its 3 s deadline with 404, code 10062), atomically on its side. So every handler answers (or
defers) *before* it changes anything, and a handler whose initial callback is refused stops there,
silently (bot/chat/errors.py `lost_the_claim`): the process that got the callback through does the
work, the other does nothing. The database's uniqueness on state changes is the second guard: a
tip is filed ON CONFLICT (interaction_id) DO NOTHING (bot/tips/writer.py), so even two handlers
that both believe they won file one tip and show the same receipt. Changes made before the
callback must be idempotent (a rating: latest wins) or refused when repeated by the core.

This replaces a database row per interaction claimed before every handler: that row cost each
interaction a round trip (group-committed, still on the path to the 3 s deadline) and bought
nothing Discord's 40060 does not already give.

Crash windows (what a crash or a lost reply at each point leaves; never a double action):
1. Before the initial callback: nothing happened; a replay elsewhere (within Discord's 3 s)
   handles it, otherwise the member sees "interaction failed" and tries again.
2. The callback's outcome is unknown (timeout or 5xx on the callback request): the handler raises
   before any change. If Discord recorded it, a replay gets 40060 and the action is lost (the
   member sees "thinking..." or a disabled preview and tries again); if not, a replay handles it.
3. After the callback, before the change commits: the action is lost as in 2 (a replay gets
   40060). A tip's Send: no tip and no receipt, so the tipster files again; never two tips.
4. After the change commits, before the final edit: the change stands, the member sees
   "thinking..." until the token expires (15 min); a replay gets 40060. A tip's Send: the tip is
   filed but the receipt never shown (the moderators still get it). The old database claim had
   the same window: its row was written before the handler ran.
5. Two processes at once (a replay during a shard move while the first is still working): one
   callback wins, the other handler gets 40060 before any change. Filing a tip is unique on the
   interaction id even so.
6. A process without the button's live view (a shard move) may answer "expired" if the owning
   process has not acknowledged within the grace (bot/chat/client.py); the owner then gets 40060
   and stops. The member is asked to run the command again; nothing is done twice.
Autocomplete is harmless to repeat; it is passed on like the rest.

A payload discord.py cannot parse would raise inside the gateway reader and force a reconnect;
here it is logged as a WARNING (without its content) and ignored.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from discord.ext import commands

if TYPE_CHECKING:
    from bot.chat.client import ExportWatchBot

log = logging.getLogger("bot.chat.replay")

EVENT = "INTERACTION_CREATE"
REMEMBER = 10_000  # ids kept in memory; a RESUME replays seconds, not hours, of events
KINDS = {2: "command", 3: "component", 5: "modal"}


def describe(data: dict[str, Any]) -> str:
    """A label for the logs: the command name or the stable custom_id prefix, never user text."""
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
    # PING (type 1) comes only to an HTTP interactions endpoint, never over the gateway: dropped too.
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

    async def cog_load(self) -> None:
        parsers = self.bot._connection.parsers
        self._original = parsers[EVENT]
        parsers[EVENT] = self.parse

    async def cog_unload(self) -> None:
        assert self._original is not None  # discord.py unloads only a cog whose cog_load succeeded
        self.bot._connection.parsers[EVENT] = self._original

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
        self._handle(data)

    def _handle(self, data: Any) -> None:
        assert self._original is not None
        try:
            self._original(data)
        except Exception as exc:
            # The exception type only: its message may quote the payload, which may be a tip's text.
            log.warning("Ignored a malformed interaction (%s)", type(exc).__name__)


async def setup(bot: ExportWatchBot) -> None:
    await bot.add_cog(ReplayGuard(bot))

"""Interactions a test sends, and what the bot answered to each.

An `InteractionHandle` is returned for every INTERACTION_CREATE the fake dispatches. The server
routes the bot's callback, `@original` edits and follow-ups to it by interaction token, so a test can
`await handle.reply()` and then click a button or submit a modal from what it got back.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from tests.fakediscord.server import FakeDiscord
    from tests.fakediscord.world import FakeMember, FakeUser

DEFAULT_TIMEOUT = 5.0

T = TypeVar("T")


async def wait_until(
    changed: asyncio.Event, ready: Callable[[], T | None], failure: Callable[[], str], within: float
) -> T:
    """Wait on `changed` (set by the server on every relevant request) until `ready()` is not None.

    Interaction handles and the message store both wait this way; `failure` is only built on timeout
    (it describes the state then) and becomes the AssertionError a test sees."""
    try:
        async with asyncio.timeout(within):
            while (result := ready()) is None:
                changed.clear()
                await changed.wait()
    except TimeoutError:
        raise AssertionError(failure()) from None
    return result


EPHEMERAL = 1 << 6
LOADING = 1 << 7

# Interaction types (Discord's numbers).
PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
# Callback types.
CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE = 4, 5, 6, 7
AUTOCOMPLETE_RESULT, MODAL = 8, 9


@dataclass
class Reply:
    """One message as the member would see it: the response, its final edit, or a follow-up."""

    raw: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)

    @property
    def id(self) -> int:
        return int(self.raw["id"])

    @property
    def content(self) -> str:
        return self.raw.get("content") or ""

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return self.raw.get("embeds") or []

    @property
    def embed(self) -> dict[str, Any]:
        """The first embed (fails loudly if there is none, which is what a test wants)."""
        assert self.embeds, f"reply has no embeds: {self.raw!r}"
        return self.embeds[0]

    @property
    def components(self) -> list[dict[str, Any]]:
        return self.raw.get("components") or []

    @property
    def flags(self) -> int:
        return int(self.raw.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def attachments(self) -> dict[str, bytes]:
        """File name -> bytes of every file attached to this message."""
        return self.files

    def buttons(self) -> list[dict[str, Any]]:
        """Every button (and select) in the message, flattened out of rows and containers."""
        found: list[dict[str, Any]] = []

        def walk(items: list[dict[str, Any]]) -> None:
            for item in items:
                if item.get("type") in (2, 3, 5, 6, 7, 8):
                    found.append(item)
                walk(item.get("components") or [])
                if isinstance(item.get("accessory"), dict):
                    walk([item["accessory"]])

        walk(self.components)
        return found

    def button(self, label_or_id: str) -> dict[str, Any]:
        for item in self.buttons():
            if label_or_id in (item.get("label"), item.get("custom_id")):
                return item
        raise AssertionError(f"no button {label_or_id!r}; have {[b.get('label') for b in self.buttons()]}")

    def text(self) -> str:
        """All visible text (content, embed title/description/fields/footer) for simple assertions."""
        parts = [self.content]
        for embed in self.embeds:
            parts += [embed.get("title") or "", embed.get("description") or ""]
            parts += [f"{f.get('name', '')}\n{f.get('value', '')}" for f in embed.get("fields") or []]
            parts.append((embed.get("footer") or {}).get("text", ""))
            parts.append((embed.get("author") or {}).get("name", ""))
        return "\n".join(p for p in parts if p)


@dataclass
class Callback:
    """The raw interaction callback the bot posted: `type` and `data`."""

    type: int
    data: dict[str, Any]
    at: float


class InteractionHandle:
    """What happened to one dispatched interaction; await its replies, then act on them."""

    def __init__(self, fake: FakeDiscord, payload: dict[str, Any], actor: FakeMember | FakeUser) -> None:
        self.fake = fake
        self.payload = payload
        self.actor = actor
        self.id = int(payload["id"])
        self.token: str = payload["token"]
        self.dispatched_at = time.perf_counter()
        self.callbacks: list[Callback] = []
        # The message this interaction's `@original` refers to: the response, or the clicked message.
        self.original: dict[str, Any] | None = dict(payload["message"]) if "message" in payload else None
        self.original_is_response = False
        self.original_edits = 0  # edits of `@original` since dispatch (a deferred update waits for one)
        self.followups: list[dict[str, Any]] = []
        # Set by the server whenever a request for this interaction arrives (one waiter per handle,
        # so a burst of 100 interactions does not wake 100 waiters per request).
        self._changed = asyncio.Event()

    def poke(self) -> None:
        self._changed.set()

    def age(self, seconds: float) -> None:
        """Pretend Discord sent this interaction `seconds` earlier (the 3 s deadline, 15 min tokens)."""
        self.dispatched_at -= seconds

    @property
    def in_guild(self) -> bool:
        return "guild_id" in self.payload

    # --- waiting ------------------------------------------------------------------------------
    async def _until(self, ready: Callable[[], Any], what: str, within: float) -> Any:
        return await wait_until(
            self._changed,
            ready,
            lambda: (
                f"timed out after {within}s waiting for {what} to interaction {self.describe()}; "
                f"callbacks={[c.type for c in self.callbacks]} followups={len(self.followups)}; "
                f"problems so far: {self.fake.problems}"
            ),
            within,
        )

    def describe(self) -> str:
        data = self.payload.get("data") or {}
        return f"type {self.payload['type']} {data.get('name') or data.get('custom_id') or ''}".strip()

    async def response(self, within: float = DEFAULT_TIMEOUT) -> Callback:
        """The interaction callback (any type), as soon as the bot posts it."""
        return await self._until(lambda: self.callbacks[0] if self.callbacks else None, "a callback", within)

    async def reply(self, within: float = DEFAULT_TIMEOUT) -> Reply:
        """The visible response message, waiting past a defer ("thinking...") for the real content."""

        def ready() -> Reply | None:
            if not self.callbacks or self.original is None:
                return None
            first = self.callbacks[0].type
            if self.original.get("_deleted"):
                # The response was deleted: what the member sees is the first follow-up, if any.
                live = [m for m in self.followups if not m.get("_deleted")]
                return self.fake.reply_for(live[0]) if live else None
            if first == DEFERRED_CHANNEL_MESSAGE and self.original.get("flags", 0) & LOADING:
                return None  # still "thinking..."
            if first == DEFERRED_UPDATE:
                # Acknowledged; what the member sees next is this interaction's own edit of the
                # clicked message (`@original`) or its first follow-up (an error). An edit of that
                # message by anything else (a notice refreshing a card) is not this reply.
                if self.original_edits:
                    return self.fake.reply_for(self._stored(self.original) or self.original)
                live = [m for m in self.followups if not m.get("_deleted")]
                return self.fake.reply_for(live[0]) if live else None
            return self.fake.reply_for(self.original)

        return await self._until(ready, "a reply", within)

    async def reply_where(self, match: Callable[[Reply], bool], within: float = DEFAULT_TIMEOUT) -> Reply:
        """The visible response once it satisfies `match` (e.g. after an update, the later edit)."""
        await self.reply(within)

        def ready() -> Reply | None:
            current = self.fake.reply_for(self.original) if self.original is not None else None
            return current if current is not None and match(current) else None

        return await self._until(ready, "a matching reply", within)

    def _stored(self, message: dict[str, Any]) -> dict[str, Any] | None:
        """The fake's current copy of `message` (edits through any route land there)."""
        return self.fake.world.messages.get(int(message["channel_id"]), {}).get(int(message["id"]))

    async def followup(self, n: int = 1, within: float = DEFAULT_TIMEOUT) -> Reply:
        """The n-th (1-based) follow-up message."""

        def ready() -> Reply | None:
            return self.fake.reply_for(self.followups[n - 1]) if len(self.followups) >= n else None

        return await self._until(ready, f"follow-up #{n}", within)

    async def choices(self, within: float = DEFAULT_TIMEOUT) -> list[dict[str, Any]]:
        """Autocomplete choices the bot returned (type 8 callback)."""
        callback = await self.response(within)
        assert callback.type == AUTOCOMPLETE_RESULT, f"expected autocomplete result, got {callback}"
        return callback.data.get("choices") or []

    async def modal(self, within: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
        """The modal the bot opened (type 9 callback data: custom_id, title, components)."""
        callback = await self.response(within)
        assert callback.type == MODAL, f"expected a modal, got callback type {callback.type}: {callback.data}"
        return callback.data

    # --- acting on the reply --------------------------------------------------------------------
    async def click(
        self,
        label_or_id: str,
        *,
        by: str | FakeMember | FakeUser | None = None,
        values: list[str] | None = None,
        message: Reply | None = None,
        stale: bool = False,
    ) -> InteractionHandle:
        """Press a button (or choose `values` in a select) on the reply, as `by` (default: same actor),
        once the bot would route it; `stale=True` presses at once (a button it should not know)."""
        target = message or await self.reply()
        item = target.button(label_or_id)
        return await self.fake.component(
            item["custom_id"],
            message=target.raw,
            by=by or self.actor,
            in_guild=self.in_guild,
            component_type=item.get("type", 2),
            values=values,
            channel=int(self.payload["channel_id"]),
            locale=self._same_member_locale(by),
            stale=stale,
        )

    async def submit(
        self, values: dict[str, str], *, by: str | FakeMember | FakeUser | None = None, stale: bool = False
    ) -> InteractionHandle:
        """Fill in and submit the modal the bot opened; `values` maps text-input custom_id -> text
        (sent once the bot would route it; `stale=True` sends at once)."""
        modal = await self.modal()
        return await self.fake.modal_submit(
            modal,
            values,
            by=by or self.actor,
            in_guild=self.in_guild,
            channel=int(self.payload["channel_id"]),
            message=self.original if self.payload["type"] == MESSAGE_COMPONENT else None,
            locale=self._same_member_locale(by),
            stale=stale,
        )

    def _same_member_locale(self, by: object) -> str:
        """Discord sends a member's client language with every interaction: the same member's next
        press or form carries this one's; another member's is the default."""
        return str(self.payload.get("locale", "en-US")) if by is None else "en-US"

    async def redispatch(self) -> None:
        """Send the very same INTERACTION_CREATE again (Discord can deliver twice after a RESUME)."""
        await self.fake.gateway.dispatch(
            "INTERACTION_CREATE", self.payload, guild_id=self.payload.get("guild_id")
        )


def modal_submission(modal: dict[str, Any], values: dict[str, str]) -> list[dict[str, Any]]:
    """Mirror a modal's layout (action rows or labels around text inputs) with the member's values."""
    missing = set(values)
    out: list[dict[str, Any]] = []
    for component in modal.get("components") or []:
        if component.get("type") == 1:
            row = []
            for child in component.get("components") or []:
                row.append(
                    {
                        "type": child["type"],
                        "custom_id": child["custom_id"],
                        "value": values.get(child["custom_id"], ""),
                    }
                )
                missing.discard(child["custom_id"])
            out.append({"type": 1, "components": row})
        elif component.get("type") == 18:
            child = component["component"]
            submitted: dict[str, Any] = {"type": child["type"], "custom_id": child["custom_id"]}
            if child["type"] == 4:
                submitted["value"] = values.get(child["custom_id"], "")
            else:
                raw = values.get(child["custom_id"], [])
                submitted["values"] = raw if isinstance(raw, list) else [raw]
            missing.discard(child["custom_id"])
            out.append({"type": 18, "component": submitted})
    assert not missing, f"modal {modal.get('custom_id')} has no inputs {sorted(missing)}"
    return out

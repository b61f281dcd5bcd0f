"""Sends the tip notices the core queues (bot/tips/notices.py): cards, answers, edits, tombstones.

The core decides what is due and when (held notices come out in random batches); this only renders
and sends each claimed notice and reports how it went. It wakes when this process queued something
(so a batch due at once goes out at once) and otherwise polls, which also picks up notices other
processes or the CLI queued and retries the ones Discord refused.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

import discord

from bot import i18n
from bot.chat.render.tips import review_embed
from bot.chat.views.review import post_for_review, review_view
from bot.chat.views.tips import NO_MENTIONS, TipsBot
from bot.errors import NotFound as TipGone
from bot.i18n import N_, _, isolate
from bot.permissions import system_actor
from bot.tips.model import TipView
from bot.tips.notices import ANSWERED, REFRESH, REMOVE, TOMBSTONE, Notice, Notices

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger("bot.chat.notices")

POLL_SECONDS = 30.0
STOP_GRACE = 5.0  # how long a shutdown waits for a round of sends in progress
# How far back a retried card looks for a card an earlier attempt posted (a batch posts up to 100).
CARD_LOOKBACK = 200
SYSTEM = system_actor()
TOMBSTONE_TEXT = N_("{public_id} was removed under the retention policy; nothing of it is kept here.")


class NoticePump:
    def __init__(self, client: TipsBot) -> None:
        self.client = client
        self._wake = asyncio.Event()
        self._stopping = False
        self._working = False
        self._task: asyncio.Task[None] | None = None

    @property
    def app(self) -> App:
        return self.client.app

    @property
    def notices(self) -> Notices:
        # Its own handle on the outbox, so starting up never builds the tip service early.
        return Notices(self.app.db)

    def start(self) -> None:
        """Once, from the tips cog's load (a reloaded cog makes a new pump)."""
        self._task = asyncio.create_task(self._run(), name="exportwatch-tip-notices")

    async def stop(self) -> None:
        """Let a round in progress finish (a query cut off mid-flight upsets the database driver's
        thread once the loop closes), then stop; cancel only a round that hangs."""
        self._stopping = True
        self._wake.set()
        assert self._task is not None  # started in the tips cog's load, stopped once in its unload
        try:
            grace = STOP_GRACE if self._working else 0  # idle: nothing to finish
            await asyncio.wait_for(asyncio.shield(self._task), timeout=grace)
        except TimeoutError:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._task = None

    def wake(self) -> None:
        """Something was queued: look now rather than at the next poll."""
        self._wake.set()

    async def _run(self) -> None:
        i18n.set_locale(self.app.settings.team_language)  # this task's own context: the team's language
        await self.client.wait_until_ready()
        while not self._stopping and not self.client.is_closed():
            self._wake.clear()
            self._working = True
            try:
                await self.release_due()
                wait = await self._seconds_to_next()
            except Exception as exc:  # the database may be down: try again at the next poll
                log.warning("Tip notices not sent this round (%s)", type(exc).__name__)
                wait = POLL_SECONDS
            finally:
                self._working = False
            if self._stopping:
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=wait)

    async def _seconds_to_next(self) -> float:
        due = await self.notices.next_due()
        if due is None:
            return POLL_SECONDS
        return max(0.0, min(POLL_SECONDS, (due - self.app.clock.now()).total_seconds()))

    async def release_due(self) -> int:
        """Send every due notice (a whole batch at once); returns how many went out."""
        notices = self.notices
        sent = 0
        for claimed in await notices.claim_due(self.app.clock.now()):
            notice = await notices.renew(claimed, self.app.clock.now())
            if notice is None:
                continue  # our claim lapsed during a long batch and another process took it
            try:
                await self._send(notice)
            except Exception as exc:
                retry = await notices.failed(notice, self.app.clock.now())
                # The public id and the status only: never the tip's text or anyone's id.
                log.warning(
                    "Review card update (%s) for %s not posted (%s); retrying at %s; it is in /triage queue",
                    notice.kind,
                    notice.public_id,
                    _why(exc),
                    f"{retry:%H:%M}",
                )
                continue
            await notices.done(notice)
            sent += 1
        return sent

    async def _channel(self) -> Any:
        channel_id = self.app.settings.review_channel_id
        if not channel_id:
            return None
        return self.client.get_channel(channel_id) or await self.client.fetch_channel(channel_id)

    async def _send(self, notice: Notice) -> None:
        channel = await self._channel()
        if channel is None:
            return  # no review channel any more: nothing to update
        if notice.kind == TOMBSTONE:
            await _edit_or_gone(
                channel,
                notice.message_id,
                content=_(TOMBSTONE_TEXT).format(public_id=isolate(notice.public_id)),
                embeds=[],
                view=None,
            )
            return
        if notice.kind == REMOVE:
            await _delete_or_gone(channel, notice.message_id)
            return
        try:
            tip = (await self.app.tips.show(SYSTEM, notice.tip_id)).tip
        except TipGone:
            return  # purged meanwhile: its tombstone (if it had a card) is queued separately
        if notice.kind == REFRESH:
            await _edit_or_gone(
                channel, tip.review_message_id, embed=review_embed(tip), view=review_view(tip)
            )
        else:  # CARD or ANSWERED: the core's other two kinds (bot/tips/notices.py)
            shown = tip.review_message_id is not None and await _edit_or_gone(
                channel, tip.review_message_id, embed=review_embed(tip), view=review_view(tip)
            )
            if not shown and notice.retried:
                # An earlier attempt may have posted the card and failed to store its id: a second card
                # would leave that one in the channel for good, never closed nor purged. Adopt it.
                shown = await self._adopt_card(channel, tip)
            if not shown:  # never posted, or deleted: post it so the tip stays visible
                await post_for_review(channel, self.app, tip.id)
            if notice.kind == ANSWERED:
                await self._announce_answer(channel, tip, notice.retried)

    async def _announce_answer(self, channel: Any, tip: TipView, retried: bool) -> None:
        """Say "the tipster answered" in a new post (so moderators are told), and keep one such post
        per tip: the earlier one is deleted first, and the new one's id is stored so retention deletes
        it with the tip. A retried notice first deletes any such post of the tip among the channel's
        recent messages: an earlier attempt may have posted one and failed to store its id."""
        await _delete_or_gone(channel, tip.answered_message_id)
        if retried:
            await self._drop_lost_answers(channel, tip)
        posted = await channel.send(
            _("{tip}: the tipster answered. Use Show or {command}.").format(
                tip=isolate(tip.public_id), command=isolate(f"`/triage show {tip.public_id}`")
            ),
            allowed_mentions=NO_MENTIONS,
        )
        if not await self.app.tips.set_answered_message(tip.id, posted.id):
            await _delete_or_gone(channel, posted.id)  # purged meanwhile: the purge could not see it

    async def _drop_lost_answers(self, channel: Any, tip: TipView) -> None:
        """Delete the bot's recent "the tipster answered" posts of this tip (they name its command)."""
        me = self.client.user
        command = f"/triage show {tip.public_id}"
        async for message in channel.history(limit=CARD_LOOKBACK):
            if (
                me is not None
                and message.author.id == me.id
                and not message.embeds
                and command in (message.content or "")
                and message.id != tip.review_message_id
            ):
                with contextlib.suppress(discord.NotFound):
                    await message.delete()

    async def _adopt_card(self, channel: Any, tip: TipView) -> bool:
        """Find this tip's cards among the channel's recent messages (the bot's own, with the card's
        title): keep the newest as the tip's card, brought up to date, and delete any other."""
        me = self.client.user
        title = isolate(tip.public_id)
        found: list[Any] = []
        async for message in channel.history(limit=CARD_LOOKBACK):
            if (
                me is not None
                and message.author.id == me.id
                and any(title in (e.title or "") for e in message.embeds)
            ):
                found.append(message)
        if not found:
            return False
        await self.app.tips.set_review_message(tip.id, found[0].id)
        for extra in found[1:]:
            with contextlib.suppress(discord.NotFound):
                await extra.delete()
        return await _edit_or_gone(channel, found[0].id, embed=review_embed(tip), view=review_view(tip))


async def _edit_or_gone(channel: Any, message_id: int | None, **changes: Any) -> bool:
    """Edit the card; False if there is none (never posted, or deleted: nothing left to change)."""
    if message_id is None:
        return False
    try:
        await channel.get_partial_message(message_id).edit(allowed_mentions=NO_MENTIONS, **changes)
    except discord.NotFound:
        return False
    return True


async def _delete_or_gone(channel: Any, message_id: int | None) -> None:
    """Delete one of the bot's posts; one already gone (or never posted) is as good as deleted."""
    if message_id is not None:
        with contextlib.suppress(discord.NotFound):
            await channel.get_partial_message(message_id).delete()


def _why(exc: BaseException) -> str:
    status = getattr(exc, "status", None)
    return f"HTTP {status}" if status else type(exc).__name__

"""TipService: filing, follow-up by receipt, triage (see triage.py), retention, drafts and export.

The faces call only this. Filing is safe to replay (the interaction id is unique), never stores an
anonymous tipster's id, and keeps all slow work (hashing) off the event loop.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.clock import Clock, SystemClock
from bot.errors import InvalidInput, NotFound
from bot.i18n import _, command, isolate
from bot.kb.model import Entry, EntrySource
from bot.permissions import Actor
from bot.settings import Settings
from bot.store.engine import Database
from bot.store.tables.tips import Tip, TipEvent, TipMessage
from bot.tips import drafts, export, notices, retention, technology
from bot.tips.duplicates import Candidate, entry_candidates, find_duplicates, tip_candidate
from bot.tips.fields import to_columns
from bot.tips.intake import REPLY_MAX, TipFormError, check_text, validate_form
from bot.tips.model import (
    CLAIMED,
    CLOSED_STATUSES,
    NEEDS_INFO,
    OPEN_STATUSES,
    STATUS_LABELS,
    FiledTip,
    ReceiptStatus,
    Reporter,
    TipForm,
    TipView,
    public_id,
    stored_time,
)
from bot.tips.notices import Notices
from bot.tips.previews import Previews
from bot.tips.queue import message_view, to_view
from bot.tips.ratelimit import RateKeys
from bot.tips.receipts import hash_receipt, new_receipt, normalise_receipt
from bot.tips.triage import TriageActions
from bot.tips.writer import TipWriter

# How many of the most recent open tips a new tip is compared with.
DUPLICATE_WINDOW = 500
# How long a snapshot of open tips serves duplicate checks (other processes' tips appear this late).
SNAPSHOT_SECONDS = 2.0


class TipService(TriageActions):
    def __init__(
        self, db: Database, settings: Settings, clock: Clock | None = None, kb: EntrySource | None = None
    ) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock or SystemClock()
        self.kb = kb
        self.rate = RateKeys(settings)
        self.previews = Previews()
        self._open_snapshot: tuple[float, list[Candidate]] | None = None
        self._recent: deque[Candidate] = deque(maxlen=DUPLICATE_WINDOW)
        # Filings are group-committed by one writer (see writer.py); replies still confirm a commit.
        self.notices = Notices(db)
        self._writer = TipWriter(self._session, self.rate, self.clock.now, self._queue_cards)
        self._refresh = asyncio.Lock()  # one open-tip snapshot read per burst, not one per waiting tip
        self._kb_candidates: tuple[tuple[str, ...], list[Candidate], technology.TechnologyIndex] | None = None

    # -- notices to moderators (notices.py) --------------------------------------------------------

    @property
    def _notify(self) -> bool:
        """Discord updates are queued only where a review channel will take them."""
        return bool(self.settings.review_channel_id)

    async def _queue_cards(self, conn: AsyncConnection, tip_ids: list[int], now: datetime) -> None:
        if self._notify:
            delay = self.settings.tip_notice_delay_max_seconds
            await notices.add(conn, notices.CARD, tip_ids, now, delay_max_seconds=delay)

    async def _queue_answered(self, conn: AsyncConnection, tip_id: int, now: datetime) -> None:
        if self._notify:
            delay = self.settings.tip_notice_delay_max_seconds
            await notices.add(conn, notices.ANSWERED, [tip_id], now, delay_max_seconds=delay)

    async def _queue_refresh(self, conn: AsyncConnection, tip: Tip, now: datetime) -> None:
        # Queued even before the card's id is stored: Discord may already show the card (with the
        # contact mention) while the bot is still writing its id down; the face reads the id when it
        # sends, and a card not posted yet is rendered from the closed tip anyway.
        if self._notify and tip.id is not None:
            await notices.add(
                conn, notices.REFRESH, [tip.id], now, message_ids={tip.id: tip.review_message_id}
            )

    # -- intake -----------------------------------------------------------------------------------

    def validate(self, form: TipForm) -> TipForm:
        """The cleaned form, or TipFormError listing every problem (the face re-shows the form)."""
        errors = validate_form(form, min_length=self.settings.tip_min_length)
        if errors:
            raise TipFormError(errors, form)
        form = form.cleaned()
        return replace(form, technology=technology.canonical(form.technology) or "")

    async def infer_technology(self, form: TipForm) -> str:
        """What intake would store for this form when the tipster picks no technology ("" if none)."""
        index = (await self._knowledge())[1]
        return await asyncio.to_thread(technology.infer, form, index)

    def new_preview(self) -> str:
        """A one-send token for a preview (see previews.py); pass it to `file_tip` as `preview`."""
        return self.previews.new()

    async def file_tip(
        self,
        form: TipForm,
        *,
        reporter: Reporter | None,
        anonymous: bool,
        interaction_id: int | None = None,
        preview: str | None = None,
    ) -> FiledTip:
        """File a tip once. `reporter` is used for anti-abuse; its id is stored only when not anonymous.

        With `preview`, the preview's token is consumed: a second send of the same preview is refused.
        """
        form = self.validate(form)
        if not anonymous and reporter is None:
            raise InvalidInput(_("A tip that allows contact needs to know who filed it."))
        if preview is None:
            return await self._file(form, reporter, anonymous, interaction_id)
        self.previews.take(preview, interaction_id)
        try:
            return await self._file(form, reporter, anonymous, interaction_id)
        except BaseException:
            self.previews.give_back(preview, interaction_id)
            raise

    async def _file(
        self, form: TipForm, reporter: Reporter | None, anonymous: bool, interaction_id: int | None
    ) -> FiledTip:
        # Replays and anti-abuse are decided in the write transaction (writer.py); the slow parts
        # (Argon2id, duplicate hints) run in a thread first, outside it.
        key = self.rate.key(reporter.user_id) if reporter is not None else None
        values = {
            **to_columns(form),
            "technology_by": technology.TIPSTER if form.technology else "",
            "status": "new",
            "anonymous": anonymous,
            "reporter_id": None if anonymous or reporter is None else reporter.user_id,
            "interaction_id": interaction_id,
        }
        candidates = await self._candidates()
        index = None if form.technology else (await self._knowledge())[1]
        for _attempt in range(3):
            receipt = new_receipt()
            # One thread job per tip (not one per step) so in a burst each tip is ready in turn and
            # the writer commits while later tips still hash, instead of all finishing at the end.
            receipt_hash, hint, inferred = await asyncio.to_thread(_prepare, receipt, form, candidates, index)
            if inferred:
                values.update(technology=inferred, technology_by=technology.INFERRED)
            try:
                stored = await self._writer.write(
                    {**values, "receipt_hash": receipt_hash, "possible_duplicates": hint}, key
                )
            except IntegrityError:
                continue  # a receipt collision (about 2**-66): draw another
            if stored.replayed:
                return FiledTip(
                    stored.tip_id,
                    public_id(stored.tip_id),
                    None,
                    stored.anonymous,
                    stored.possible_duplicates,
                    replayed=True,
                )
            self._recent.appendleft(tip_candidate(stored.tip_id, form.vendor, form.country, form.what))
            # Nothing is logged here: a line's timestamp is the filing's millisecond (see notices.py).
            return FiledTip(stored.tip_id, public_id(stored.tip_id), receipt, anonymous, hint)
        raise InvalidInput(_("The tip could not be filed; please press Send again."))

    async def _candidates(self) -> list[Candidate]:
        """Open tips from a short-lived snapshot (one read per burst, not per tip) plus this process's own
        filings since, and the knowledge entries, pre-processed once per knowledge version."""
        async with self._refresh:
            snapshot = await self._open_tips()
            entries = (await self._knowledge())[0]
        return [*self._recent, *snapshot, *entries]

    async def _knowledge(self) -> tuple[list[Candidate], technology.TechnologyIndex]:
        """Knowledge entries as duplicate candidates and as a technology index, built once per version."""
        entries = getattr(self.kb, "entries", None)
        kb_list: list[Entry] = list(entries()) if callable(entries) else []
        version = tuple(e.id for e in kb_list)
        if self._kb_candidates is None or self._kb_candidates[0] != version:
            built = await asyncio.to_thread(
                lambda: (entry_candidates(kb_list), technology.build_index(kb_list))
            )
            self._kb_candidates = (version, *built)
        return self._kb_candidates[1], self._kb_candidates[2]

    async def _open_tips(self) -> list[Candidate]:
        now = time.monotonic()
        if self._open_snapshot is None or now - self._open_snapshot[0] > SNAPSHOT_SECONDS:
            async with self._session() as session:
                rows = (
                    await session.exec(
                        select(Tip.id, Tip.vendor, Tip.country, Tip.what)
                        .where(col(Tip.status).in_(OPEN_STATUSES))
                        .order_by(col(Tip.id).desc())
                        .limit(DUPLICATE_WINDOW)
                    )
                ).all()
            # Stored rows always have an id (SQLModel types the primary key as optional).
            fresh = await asyncio.to_thread(
                lambda: [tip_candidate(i, v, c, w) for i, v, c, w in rows if i is not None]
            )
            self._open_snapshot = (now, fresh)
            self._recent.clear()
        return self._open_snapshot[1]

    # -- follow-up by receipt -----------------------------------------------------------------------

    async def _by_receipt(self, session: AsyncSession, receipt: str) -> Tip:
        receipt_hash = await asyncio.to_thread(hash_receipt, normalise_receipt(receipt))
        tip = (await session.exec(select(Tip).where(Tip.receipt_hash == receipt_hash))).first()
        if tip is None:
            raise NotFound(
                _(
                    "No tip matches that receipt. Check the words; "
                    "closed tips are removed after the retention period."
                )
            )
        return tip

    async def status_by_receipt(self, receipt: str) -> ReceiptStatus:
        """What the receipt holder may see: status and the conversation, without moderator ids."""
        async with self._session() as session:
            tip = await self._by_receipt(session, receipt)
            messages = (
                await session.exec(
                    select(TipMessage)
                    .where(TipMessage.tip_id == tip.id)
                    .order_by(col(TipMessage.id))  # times are hourly; ids keep the order
                )
            ).all()
        assert tip.id is not None
        views = [message_view(m, hide_author=True) for m in messages]
        return ReceiptStatus(
            public_id=public_id(tip.id),
            status=tip.status,
            status_label=_(STATUS_LABELS[tip.status]),
            messages=views,
            awaiting_reply=tip.status == NEEDS_INFO,
        )

    async def reply_by_receipt(self, receipt: str, text: str) -> TipView:
        """The tipster's answer; a tip waiting in needs-info goes back to its moderator."""
        body = check_text(text, what="reply", limit=REPLY_MAX)
        async with self._session() as session:
            tip = await self._by_receipt(session, receipt)
            assert tip.id is not None
            if tip.status in CLOSED_STATUSES:
                raise InvalidInput(
                    _(
                        "{tip} is closed ({status}), so it takes no more replies. "
                        "Thank you — you can file a new tip with {command}."
                    ).format(
                        tip=isolate(public_id(tip.id)),
                        status=_(STATUS_LABELS[tip.status]),
                        command=command("tip new"),
                    )
                )
            now = stored_time(self.clock.now())  # to the hour: a reply's instant would name its sender
            current = tip.status
            target = CLAIMED if current == NEEDS_INFO else current
            result = await session.exec(
                update(Tip)
                .where(col(Tip.id) == tip.id, col(Tip.status) == current)
                .values(status=target, updated_at=now)
            )
            if result.rowcount != 1:
                await session.rollback()
                raise InvalidInput(_("The tip changed just now; please send your reply again."))
            session.add(
                TipMessage(tip_id=tip.id, at=now, direction="from_tipster", author_id=None, body=body)
            )
            # The notice is due a random delay after the reply itself (the stored hour would make it due
            # at once), so a moderator watching the channel cannot tell when the tipster answered.
            await self._queue_answered(await session.connection(), tip.id, self.clock.now())
            session.add(
                TipEvent(
                    tip_id=tip.id,
                    at=now,
                    actor_id=None,
                    actor_role="tipster",
                    action="reply",
                    from_status=current,
                    to_status=target,
                    detail="",
                )
            )
            await session.commit()
            await session.refresh(tip)
            return to_view(tip)

    # -- retention, drafts, export ---------------------------------------------------------------------

    async def purge(self, now: datetime | None = None) -> retention.PurgeReport:
        return await retention.purge(self.db, self.settings, now or self.clock.now())

    async def draft_from_tip(self, actor: Actor, tip_ref: str | int, *, force: bool = False) -> Path:
        detail = await self.show(actor, tip_ref)
        return await drafts.write_draft(detail.tip, self.settings.drafts_path, self.clock.now(), force=force)

    async def export_tips(self) -> list[dict[str, Any]]:
        """Every tip without identity (no reporter, receipt hash, interaction or moderator ids)."""
        async with self._session() as session:
            tips = (await session.exec(select(Tip).order_by(col(Tip.id)))).all()
        return [export.tip_record(t) for t in tips]


def _prepare(
    receipt: str, form: TipForm, candidates: list[Candidate], index: technology.TechnologyIndex | None
) -> tuple[str, str, str]:
    """The CPU-heavy part of filing (run in a thread): the receipt's hash, the duplicate hints and,
    when the tipster chose none, the inferred technology."""
    inferred = technology.infer(form, index) if index is not None else ""
    return hash_receipt(receipt), find_duplicates(form, candidates), inferred

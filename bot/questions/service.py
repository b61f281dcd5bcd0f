"""Record every ask, take one rating per question, and drop question text after retention.

The log is the raw material of the weekly summary's answer rate and knowledge gaps. It holds no
member id by design: a rating is attached to the question id the face got back, nothing else.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlmodel import col

from bot.clock import Clock, shown_time, utc
from bot.errors import InvalidInput, NotFound
from bot.i18n import N_, _
from bot.questions.writer import QuestionLogWriter
from bot.settings import Settings
from bot.store.engine import Database, scrub_after_delete
from bot.store.tables.questions import ANSWER, LIST, OUTCOMES, REFUSED, QuestionLog

__all__ = ["ANSWER", "LIST", "NOT_RATEABLE", "OUTCOMES", "REFUSED", "QuestionLogService", "checked_question"]

SOURCES = ("discord", "console", "cli")
# Long enough for any real question; a paste of a whole document is cut rather than refused.
MAX_QUESTION_CHARS = 2000
# The longest question a member may ask in Discord (`/ask` or a mention): one limit for both faces.
ASK_MAX = 500
# A refusal is not rated (SearchResult.rateable): said by every face that is asked to rate one.
NOT_RATEABLE = N_(
    "There is no answer to rate: I did not have one for that question. "
    "Questions I cannot answer already reach the coordinators as knowledge gaps."
)
BLANK_QUESTION = N_("Please type a question, e.g. “which rules cover spyware exports?”")
# A rating button whose question the log does not hold: a crafted id, or a database restored from a
# backup older than the answer. The member pressed it, so they read it in their language.
UNKNOWN_QUESTION = N_("That rating does not belong to a known question.")
QUESTION_GONE = N_("That question is no longer in the log, so it cannot be rated.")


def checked_question(text: str) -> str:
    """The question as typed, or a polite refusal when there is nothing to search for (blank or
    only white space). App.ask checks it; a face may check first, before acknowledging."""
    if not text.strip():
        raise InvalidInput(_(BLANK_QUESTION))
    return text


class QuestionLogService:
    def __init__(
        self, db: Database, clock: Clock, settings: Settings, writer: QuestionLogWriter | None = None
    ) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings
        self.writer = writer or QuestionLogWriter(db)  # the App shares one, so bursts share batches

    async def record(
        self,
        question: str,
        *,
        answered: bool,
        entry_id: str | None = None,
        confidence: float = 0.0,
        source: str = "discord",
        outcome: str | None = None,
    ) -> int:
        """Log one ask and return its id (the handle for a later rating)."""
        return await self.record_later(
            question,
            answered=answered,
            entry_id=entry_id,
            confidence=confidence,
            source=source,
            outcome=outcome,
        )

    def record_later(
        self,
        question: str,
        *,
        answered: bool,
        entry_id: str | None = None,
        confidence: float = 0.0,
        source: str = "discord",
        urgent: bool = True,
        outcome: str | None = None,
    ) -> asyncio.Future[int]:
        """Queue one ask for the next group commit; the future gives its id once it is written.
        Not `urgent` (nobody waits for the id yet): the write may wait for answers in preparation.
        `outcome` is what the member got (OUTCOMES); by default "answer" if `answered`, else "refused"."""
        if outcome is None:
            outcome = ANSWER if answered else REFUSED
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown question outcome {outcome!r}")
        if source not in SOURCES:
            source = "discord" if source.startswith("discord") else "cli"
        values = {
            # To the hour, like a tip's times: a finer time would let whoever holds the database
            # and saw who was online line a private question up with the member who asked it.
            "asked_at": shown_time(self.clock.now()),
            "question": question.strip()[:MAX_QUESTION_CHARS],
            "source": source,
            "answered": bool(answered),
            "entry_id": entry_id if answered else None,
            "confidence": float(confidence),
            "outcome": outcome,
        }
        return self.writer.add(values, urgent=urgent)

    async def rate(self, question_id: int, helpful: bool) -> None:
        """One rating per question: a second click replaces the first (latest wins). Only an answer
        (an entry's card or a list) is rated; a refusal is refused politely (`NOT_RATEABLE`)."""
        if not isinstance(question_id, int) or question_id <= 0:
            raise InvalidInput(_(UNKNOWN_QUESTION))
        async with self.db.sessions() as session:
            connection = await session.connection()
            result = await connection.execute(
                update(QuestionLog)
                .where(col(QuestionLog.id) == question_id, col(QuestionLog.outcome) != REFUSED)
                .values(rating=1 if helpful else -1, rated_at=shown_time(self.clock.now()))
            )
            refused = False
            if result.rowcount == 0:
                found = select(col(QuestionLog.outcome)).where(col(QuestionLog.id) == question_id)
                refused = (await connection.execute(found)).scalar_one_or_none() == REFUSED
            await session.commit()
        if refused:
            raise InvalidInput(_(NOT_RATEABLE))
        if result.rowcount == 0:
            raise NotFound(_(QUESTION_GONE))

    async def purge_text(self, now: datetime | None = None) -> int:
        """Blank question text older than `question_log_days`; counts and ratings stay for summaries."""
        cutoff = utc(now or self.clock.now()) - timedelta(days=self.settings.question_log_days)
        async with self.db.sessions() as session:
            result = await (await session.connection()).execute(
                update(QuestionLog)
                .where(col(QuestionLog.asked_at) < cutoff, col(QuestionLog.question).is_not(None))
                .values(question=None)
            )
            await session.commit()
        erased = int(result.rowcount or 0)
        if erased:  # the erased text must not linger in the WAL or free space
            await scrub_after_delete(self.db, ("question_log",))
        return erased

    def text_cutoff(self, now: datetime) -> datetime:
        """Oldest ask whose text is still kept; summaries use it to avoid relying on purged text."""
        return utc(now) - timedelta(days=self.settings.question_log_days)

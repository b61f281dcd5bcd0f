"""The question log behind the weekly summary: what was asked and how well it went, never by whom."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, Index, Text
from sqlmodel import Field, SQLModel

# What the member got: an entry's card, a list of entries (one entry included), or a refusal.
# Small talk is not logged at all (App.ask). Only refusals are knowledge gaps (bot/summary).
ANSWER, LIST, REFUSED = "answer", "list", "refused"
OUTCOMES = (ANSWER, LIST, REFUSED)


class QuestionLog(SQLModel, table=True):
    __tablename__ = "question_log"
    __table_args__ = (
        Index("ix_question_log_asked_at", "asked_at"),
        Index("ix_question_log_answered_asked", "answered", "asked_at"),
        Index("ix_question_log_outcome_asked", "outcome", "asked_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    asked_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    # Text is dropped (set NULL) after the configured retention; the figures stay.
    question: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    source: str = Field(default="discord", max_length=20)  # discord | console | cli
    answered: bool = Field(default=False)  # the engine answered with one entry's card
    # What the member got (OUTCOMES): "answer" (an entry's card), "list"
    # (a list of entries, one entry included, even where the engine alone would have refused) or
    # "refused". Only refusals are knowledge gaps in the weekly summary.
    # The server default serves rows written by hand (a restore, a seed): they read as refusals.
    outcome: str = Field(default=REFUSED, max_length=10, sa_column_kwargs={"server_default": REFUSED})
    entry_id: str | None = Field(default=None, max_length=100)
    confidence: float = Field(default=0.0)
    rating: int | None = Field(default=None)  # +1 helpful, -1 not helpful
    rated_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=True))

"""The question log behind the weekly summary: what was asked and how well it went, never by whom."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, Index, Text
from sqlmodel import Field, SQLModel


class QuestionLog(SQLModel, table=True):
    __tablename__ = "question_log"
    __table_args__ = (
        Index("ix_question_log_asked_at", "asked_at"),
        Index("ix_question_log_answered_asked", "answered", "asked_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    asked_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    # Text is dropped (set NULL) after the configured retention; the figures stay.
    question: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    source: str = Field(default="discord", max_length=20)  # discord | console | cli
    answered: bool = Field(default=False)
    entry_id: str | None = Field(default=None, max_length=100)
    confidence: float = Field(default=0.0)
    rating: int | None = Field(default=None)  # +1 helpful, -1 not helpful
    rated_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=True))

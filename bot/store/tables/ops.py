"""Operational records: scheduled runs and job leases across processes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, DateTime
from sqlmodel import Field, SQLModel


class SummaryRun(SQLModel, table=True):
    """One row per ISO week posted on schedule: inserted before posting, so it happens once."""

    __tablename__ = "summary_runs"

    week: str = Field(primary_key=True, max_length=10)  # e.g. 2026-W47
    started_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    posted_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=True))
    message_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    attempts: int = Field(default=0)
    last_error: str = Field(default="", max_length=500)


class JobLease(SQLModel, table=True):
    """A time-limited lease: whoever holds it runs the job (weekly post, retention) for all processes."""

    __tablename__ = "job_leases"

    name: str = Field(primary_key=True, max_length=60)
    holder: str = Field(max_length=100)
    expires_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))

"""All tables, one module per area; importing this package registers them all on `metadata`.

Migrations compare against `metadata`, so every table module must be imported here.
"""

from sqlmodel import SQLModel

from bot.store.tables.notices import TipNotice
from bot.store.tables.ops import JobLease, ProcessedInteraction, SummaryRun
from bot.store.tables.questions import QuestionLog
from bot.store.tables.tips import Tip, TipEvent, TipMessage, TipRateKey

metadata = SQLModel.metadata

__all__ = [
    "JobLease",
    "ProcessedInteraction",
    "QuestionLog",
    "SummaryRun",
    "Tip",
    "TipEvent",
    "TipMessage",
    "TipNotice",
    "TipRateKey",
    "metadata",
]

"""All tables, one module per area; importing this package registers them all on `metadata`.

Migrations compare against `metadata`, so every table module must be imported here.
"""

from sqlalchemy import Table
from sqlmodel import SQLModel

from bot.store.tables.notices import TipNotice
from bot.store.tables.ops import JobLease, SummaryRun
from bot.store.tables.questions import QuestionLog
from bot.store.tables.tips import Tip, TipEvent, TipMessage, TipRateKey

metadata = SQLModel.metadata


def table_of(model: type[SQLModel]) -> Table:
    """The model's Core table, typed: SQLModel sets `__table__` on table classes but does not declare it,
    so reading the attribute directly would need an ignore at every Core query."""
    table = getattr(model, "__table__", None)
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not a table model")
    return table


__all__ = [
    "JobLease",
    "QuestionLog",
    "SummaryRun",
    "Tip",
    "TipEvent",
    "TipMessage",
    "TipNotice",
    "TipRateKey",
    "metadata",
    "table_of",
]

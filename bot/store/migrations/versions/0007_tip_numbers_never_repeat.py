"""tip numbers never repeat; the "tipster answered" post is remembered; no unused read time

Revision ID: 0007_tip_numbers
Revises: 0006_drop_processed
Create Date: 2026-12-04

- SQLite: `tips` gets AUTOINCREMENT. Without it SQLite gives a new row the largest id + 1, so after
  retention purged the newest tip the next tip took its number, and shared it with the purged tip's
  tombstone in the review channel. The table is rebuilt (SQLite cannot add AUTOINCREMENT in place);
  the tables that reference it are rebuilt around it, since dropping a referenced table with foreign
  keys on would delete-check every child row. The counter starts above every number still known,
  pending tombstones included. PostgreSQL sequences never hand out a number twice: nothing to do.
- `tips.answered_message_id`: the bot's latest "the tipster answered" post, so retention removes it
  with the tip (it stayed in the review channel for good).
- `tip_messages.read_at` goes: nothing ever wrote it, and a time a tipster read a question is
  activity the data statement does not admit to.
- `tip_notices` gets AUTOINCREMENT on SQLite too: a purge's tombstone took the id of a notice the
  purge had just dropped, and the sender of that notice, reporting it done, deleted the tombstone.
- Pending notices' due times are rounded up to the minute, as new ones are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # binds `sqlmodel` and tells mypy the submodule the columns use
from alembic import op

revision: str = "0007_tip_numbers"
down_revision: str | None = "0006_drop_processed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_EVENT_COLUMNS = (
    *("id", "tip_id", "at", "actor_id", "actor_role", "action", "from_status", "to_status", "detail"),
)
_MESSAGE_COLUMNS = ("id", "tip_id", "at", "direction", "author_id", "body")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        _upgrade_sqlite(conn)
    else:
        op.add_column("tips", sa.Column("answered_message_id", sa.BigInteger(), nullable=True))
        op.drop_column("tip_messages", "read_at")
    _due_times_to_the_minute(conn)


def _upgrade_sqlite(conn: sa.Connection) -> None:
    events = _rows(conn, "tip_events", _EVENT_COLUMNS)
    messages = _rows(conn, "tip_messages", _MESSAGE_COLUMNS)
    _drop_children()
    # A tip that names another as its original refers to the old table: dropping it would fail.
    duplicates = conn.execute(
        sa.text("SELECT id, duplicate_of FROM tips WHERE duplicate_of IS NOT NULL")
    ).all()
    conn.execute(sa.text("UPDATE tips SET duplicate_of = NULL"))
    with op.batch_alter_table(
        "tips", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ) as batch:
        batch.add_column(sa.Column("answered_message_id", sa.BigInteger(), nullable=True))
    highest = conn.execute(
        sa.text(
            "SELECT max(n) FROM (SELECT max(id) AS n FROM tips UNION ALL SELECT max(tip_id) FROM tip_notices)"
        )
    ).scalar()
    if highest:
        conn.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = 'tips'"))
        conn.execute(sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES ('tips', :n)"), {"n": highest})
    for tip_id, original in duplicates:
        conn.execute(sa.text("UPDATE tips SET duplicate_of = :o WHERE id = :i"), {"o": original, "i": tip_id})
    _create_children()
    _put_back(conn, "tip_events", _EVENT_COLUMNS, events)
    _put_back(conn, "tip_messages", _MESSAGE_COLUMNS, messages)
    with op.batch_alter_table("tip_notices", recreate="always", table_kwargs={"sqlite_autoincrement": True}):
        pass


def _rows(conn: sa.Connection, table: str, columns: Sequence[str]) -> list[dict[str, Any]]:
    t = sa.table(table, *(sa.column(c) for c in columns))
    return [dict(row._mapping) for row in conn.execute(sa.select(t).order_by(t.c.id))]


def _put_back(conn: sa.Connection, table: str, columns: Sequence[str], rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(sa.table(table, *(sa.column(c) for c in columns)).insert(), rows)


def _drop_children() -> None:
    op.drop_index("ix_tip_messages_tip_id", table_name="tip_messages")
    op.drop_table("tip_messages")
    op.drop_index("ix_tip_events_tip_id", table_name="tip_events")
    op.drop_index("ix_tip_events_at", table_name="tip_events")
    op.drop_table("tip_events")


def _create_children() -> None:
    op.create_table(
        "tip_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tip_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("actor_role", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("from_status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("to_status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["tip_id"], ["tips.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_tip_events_at", "tip_events", ["at"], unique=False)
    op.create_index("ix_tip_events_tip_id", "tip_events", ["tip_id"], unique=False)
    op.create_table(
        "tip_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tip_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("direction", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("author_id", sa.BigInteger(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["tip_id"], ["tips.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_tip_messages_tip_id", "tip_messages", ["tip_id"], unique=False)


def _due_times_to_the_minute(conn: sa.Connection) -> None:
    t = sa.table("tip_notices", sa.column("id"), sa.column("due_at", sa.DateTime(timezone=True)))
    for row in conn.execute(sa.select(t)).all():
        due = row.due_at if isinstance(row.due_at, datetime) else datetime.fromisoformat(row.due_at)
        due = due if due.tzinfo else due.replace(tzinfo=UTC)
        whole = due.replace(second=0, microsecond=0)
        if whole != due:
            conn.execute(sa.update(t).where(t.c.id == row.id).values(due_at=whole + timedelta(minutes=1)))


def downgrade() -> None:
    # A tip number that never repeats is no harm to the older code: SQLite keeps AUTOINCREMENT.
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.execute(sa.text("ALTER TABLE tips DROP COLUMN answered_message_id"))
    else:
        op.drop_column("tips", "answered_message_id")
    op.add_column("tip_messages", sa.Column("read_at", sa.DateTime(timezone=True), nullable=True))

"""The README's data statement names every table the bot stores, and every column that holds a
Discord id of a person or of an interaction: a column added without a line there would be data the
statement does not admit to (what an operator tells members rests on it)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import BigInteger

from bot.store.tables import metadata

README = Path(__file__).resolve().parents[1] / "README.md"


def _statement() -> str:
    text = README.read_text(encoding="utf-8")
    return text.split("## Data statement", 1)[1].split("\n## ", 1)[0]


def test_every_table_is_named_in_the_data_statement() -> None:
    statement = _statement()
    missing = [t.name for t in metadata.sorted_tables if f"`{t.name}`" not in statement]
    assert missing == [], "tables the README's data statement does not name"


def test_every_column_holding_a_discord_id_is_named_with_its_table() -> None:
    """A Discord id (a 64-bit snowflake) names a member or, for an interaction, when and through
    whom something was sent. Message ids (of the bot's own posts) say nothing about a person."""
    statement = _statement()
    held = [
        f"{t.name}.{c.name}"
        for t in metadata.sorted_tables
        for c in t.columns
        if isinstance(c.type, BigInteger) and not c.primary_key and not c.foreign_keys
        if "message" not in c.name
    ]
    assert "tips.reporter_id" in held  # the check reads the columns it is meant to
    assert [name for name in held if f"`{name}`" not in statement] == []

"""After retention purges a tip, none of its words are anywhere on disk: every field the tipster
filled (not only "what happened"), the moderators' question, note and reason, the tipster's reply,
in the database, its WAL/SHM/journal and any other file SQLite left in the folder.

tests/ops/test_at_rest.py proves it for the tip text; a vendor name, a source link, "anything else"
or a moderator's note can identify a tipster just as well.
"""

from __future__ import annotations

from pathlib import Path

from bot.clock import FakeClock
from bot.permissions import system_actor
from bot.settings import Settings
from bot.store.engine import open_database
from bot.tips.model import Reporter
from bot.tips.service import TipService
from tests.tips.conftest import MOD, form

MARKERS = {
    "what": "Wqxz-what: cameras handed over at the depot.",
    "vendor": "Wqxz-vendor Optics",
    "country": "Wqxz-country",
    "when": "Wqxz-when spring",
    "source": "https://news.example.org/wqxz-source",
    "extra": "Wqxz-extra: the installer's van was blue.",
}
QUESTION = "Wqxz-question: which depot?"
REPLY = "Wqxz-reply: the northern one."
NOTE = "Wqxz-note: matches what the union said."
REASON = "Wqxz-reason: not enough to go on."


def files_holding(folder: Path, needle: bytes) -> list[str]:
    return sorted(f.name for f in folder.rglob("*") if f.is_file() and needle in f.read_bytes())


async def test_every_word_of_a_purged_tip_is_gone_from_every_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = await open_database(f"sqlite+aiosqlite:///{folder / 'exportwatch.db'}")
    try:
        clock = FakeClock()
        config = Settings(_env_file=None, closed_tip_purge_days=365, tip_cooldown_seconds=0)  # type: ignore[call-arg]
        tips = TipService(db, config, clock)
        filed = await tips.file_tip(form(**MARKERS), reporter=Reporter(424242), anonymous=False)
        kept = await tips.file_tip(form(), reporter=Reporter(2), anonymous=True)  # the file lives on
        await tips.ask(MOD, filed.id, QUESTION)
        assert filed.receipt is not None
        await tips.reply_by_receipt(filed.receipt, REPLY)
        await tips.note(MOD, filed.id, NOTE)
        await tips.set_technology(MOD, filed.id, "facial recognition")
        await tips.reject(MOD, filed.id, REASON)
        assert files_holding(folder, b"Wqxz")  # the words were written (the scan can find them)

        clock.advance(days=366)
        report = await tips.purge()
        assert report.tips_purged == 1
        assert (await tips.show(system_actor(), kept.id)).tip.what  # the other tip is untouched
        assert files_holding(folder, b"Wqxz") == []
        assert files_holding(folder, b"wqxz") == []
    finally:
        await db.dispose()
    assert files_holding(folder, b"Wqxz") == []  # nor once the database is closed

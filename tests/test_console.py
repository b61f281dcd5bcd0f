"""The terminal face, fed piped lines like a script would: same core, plain text, never a traceback."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from pathlib import Path

import frontmatter
import pytest
from sqlalchemy import select

from bot.app import App
from bot.cli.console.search import parse_search
from bot.cli.console.session import Console, run_console
from bot.errors import InvalidInput
from bot.kb.model import Entry
from bot.kb.service import KnowledgeService
from bot.settings import Settings
from bot.store.engine import open_database
from bot.store.tables.questions import QuestionLog
from tests.chat.entries import sample_entries

ROOT = Path(__file__).resolve().parent.parent
FOLDER = {"rule": "rules", "vendor": "vendors", "case": "cases"}


def write_entry(directory: Path, entry: Entry) -> Path:
    metadata = entry.model_dump(exclude={"body", "path"})
    metadata["sources"] = [{k: v for k, v in s.items() if v is not None} for s in metadata["sources"]]
    path = directory / FOLDER[entry.kind] / f"{entry.id}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(frontmatter.dumps(frontmatter.Post(entry.body, **metadata)) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "knowledge"
    for entry in sample_entries():
        write_entry(directory, entry)
    return directory


@pytest.fixture
async def app(kb_dir: Path, database_url: str):
    settings = Settings(_env_file=None, knowledge_dir=kb_dir, database_url=database_url)  # type: ignore[call-arg]
    kb = await KnowledgeService.load(kb_dir)
    db = await open_database(database_url)
    app = App(settings=settings, kb=kb, db=db)
    yield app
    await app.close()


async def run(app: App, *lines: str) -> str:
    out = io.StringIO()
    code = await run_console(app, stdin=io.StringIO("".join(f"{line}\n" for line in lines)), stdout=out)
    assert code == 0
    return out.getvalue()


async def test_plain_text_asks_and_shows_the_entry_with_sources(app: App) -> None:
    out = await run(app, "who sold interception kit to Ruritania?")
    assert "Acme interception sale to Ruritania (2019)\n====" in out
    source = 'Example News 1, "Report number 1", 2024-05-01 <https://example.org/report-1>'
    assert f"Sources:\n  1. {source}" in out
    assert "Related:\n  - Acme Intercept GmbH (vendor) — /open acme-intercept" in out
    assert out.rstrip().endswith("Bye.")
    async with app.db.sessions() as session:
        rows = list((await session.execute(select(QuestionLog))).scalars())
    assert [(r.source, r.answered) for r in rows] == [("console", True)]


async def test_no_answer_offers_did_you_mean_and_the_tip_command(app: App) -> None:
    out = await run(app, "/ask acme pricing of bananas")
    assert "I don't have a sourced answer for that." in out
    assert "Did you mean:" in out and "/open acme-intercept" in out
    assert "/tip" in out


async def test_rate_the_last_answer(app: App) -> None:
    out = await run(app, "/rate yes", "EU dual use regulation", "/rate no", "/rate no", "/rate yes")
    assert out.count("There is no answer to rate yet") == 1  # only before anything was asked
    assert "Thanks, noted" in out
    # A second /rate says what happened instead of claiming there is nothing to rate.
    assert "You already rated the last answer not helpful" in out
    assert "Changed your rating of the last answer to helpful." in out
    async with app.db.sessions() as session:
        [row] = list((await session.execute(select(QuestionLog))).scalars())
    assert row.rating == 1  # one rating per answer, the latest wins (as in Discord)


async def test_a_list_is_offered_for_rating_and_a_refusal_is_not(app: App) -> None:
    """As in Discord (member14): a list is an answer a member may rate; a refusal is not (its
    question already reaches the coordinators as a knowledge gap), and /rate says so politely."""
    out = await run(app, "which vendors sell video surveillance?", "/rate yes")
    assert "Gridvendor 07 Cameras" in out
    assert "Was this helpful? /rate yes or /rate no" in out and "Thanks, noted" in out
    out = await run(app, "acme pricing of bananas", "/rate no")
    assert "Was this helpful?" not in out and "Thanks, noted" not in out
    assert "There is no answer to rate: I did not have one for that question." in out
    async with app.db.sessions() as session:
        rows = list((await session.execute(select(QuestionLog).order_by(QuestionLog.id))).scalars())
    assert [(r.outcome, r.rating) for r in rows] == [("list", 1), ("refused", None)]


async def test_a_card_shows_no_search_score(app: App) -> None:
    out = await run(app, "who sold interception kit to Ruritania?")
    assert "Acme interception sale to Ruritania (2019)" in out
    assert "match" not in out and "%" not in out
    assert out.count("Last reviewed") == 1


async def test_lookups_by_name_alias_and_unknown_name(app: App) -> None:
    out = await run(app, "/vendor AcmeSpy", "/rule regulation 2021/821", "/vendor acme spooky", "/case")
    assert "Acme Intercept GmbH\n===" in out
    assert "EU Dual-Use Regulation\n===" in out
    assert "I have no vendor entry called 'acme spooky'." in out and "Closest names:" in out
    assert "Give a name, e.g. /case" in out


async def test_long_output_waits_for_more(app: App) -> None:
    out = await run(app, "/open acme-intercept", "/more", "/more", "/more", "/more")
    assert "-- 1 more page: press Enter or type /more --" in out
    assert "Fact 24" in out and "Acme said it obeys export law." in out
    assert "Nothing more to show." in out


async def test_search_with_filters_pages_with_more(app: App) -> None:
    out = await run(app, '/search cameras kind=vendor country="Freedonia"', "/more", "/more")
    assert "Search 'cameras' (kind=vendor, country=Freedonia): page 1 of 1, 6 results" in out
    assert "Gridvendor 02" not in out  # Sylvania
    out = await run(app, "/search cameras kind=vendor", "/more", "/more")
    assert "page 1 of 2, 12 results" in out and "page 2 of 2" in out
    assert all(f"Gridvendor {i:02d} Cameras" in out for i in range(1, 13))
    assert "Nothing more to show." in out


async def test_search_hi_is_greeted_as_ask_hi_is_not_nothing_found(app: App) -> None:
    """The console's /search reads small talk as /ask does (talk10): the core decides, both render."""
    out = await run(app, "/search hi", "/search thanks!", "/search ok")
    assert "Hello! I answer questions about the export of surveillance technology" in out
    assert "You're welcome!" in out and "All right!" in out
    assert "Nothing in the knowledge base matches" not in out


async def test_bad_input_is_explained_not_a_traceback(app: App) -> None:
    out = await run(
        app,
        '/search "unclosed',
        "/search x kind=planet",
        "/search x year=soon",
        "/open nope",
        "/rate maybe",
        "/bogus",
        "/ask",
        "",
        "/help",
    )
    assert "check the quotes" in out
    assert "kind must be one of rule, vendor, case." in out
    assert "year must be a number" in out
    assert "No entry has the id 'nope'" in out
    assert "Use /rate yes or /rate no." in out
    assert "Unknown command /bogus" in out
    assert "Please type a question" in out  # the core's words, as in Discord
    assert "Tips and triage are not available here" in out
    assert "Traceback" not in out


@pytest.mark.allow_error_logs
async def test_a_bug_in_a_command_does_not_end_the_session(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(self: Console) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(Console, "about", broken)
    out = await run(app, "/about", "/help")
    assert "something went wrong on our side" in out and "/search QUERY" in out
    assert "boom" not in out and "Traceback" not in out


async def test_reload_picks_up_edits_and_reports_problems(app: App, kb_dir: Path) -> None:
    path = kb_dir / "rules" / "rule-dual-use.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "title: EU Dual-Use Regulation", "title: EU Dual-Use Regulation (recast)"
        ),
        encoding="utf-8",
    )
    broken = kb_dir / "vendors" / "broken.md"
    broken.write_text("---\nid: broken\nkind: vendor\n---\n", encoding="utf-8")
    out = await run(app, "/reload", "/open rule-dual-use")
    assert "Not reloaded:" in out and "broken.md" in out
    assert "EU Dual-Use Regulation\n" in out  # the previous version keeps serving
    broken.unlink()
    out = await run(app, "/reload", "/open rule-dual-use", "/about")
    assert "Reloaded 16 entries." in out
    assert "EU Dual-Use Regulation (recast)" in out
    assert "It holds 1 rule, 14 vendors, and 1 case." in out


def test_parse_search() -> None:
    assert parse_search('spyware kind=case technology="facial recognition" year=2019') == (
        "spyware",
        {"kind": "case", "technology": "facial recognition", "year": 2019},
    )
    assert parse_search("a=b plain") == ("a=b plain", {})
    with pytest.raises(InvalidInput):
        parse_search("x year=20x9")


async def test_reading_input_never_blocks_the_event_loop(app: App) -> None:
    """While the console waits for a line, other tasks (the bot, timers) keep running."""
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "r") as stdin:
        out = io.StringIO()
        console = asyncio.create_task(run_console(app, stdin=stdin, stdout=out))
        ticks = 0
        for _ in range(5):
            await asyncio.sleep(0.01)
            ticks += 1
        assert ticks == 5 and not console.done()
        os.write(write_end, b"/about\n")
        os.close(write_end)
        assert await asyncio.wait_for(console, 5) == 0
    assert "It holds" in out.getvalue()


def test_cli_console_subcommand_runs_on_piped_input(kb_dir: Path, tmp_path: Path) -> None:
    env = {
        "KNOWLEDGE_DIR": str(kb_dir),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input="/vendor acme-intercept\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Acme Intercept GmbH" in done.stdout and done.stdout.rstrip().endswith("Bye.")
    assert "DEBUG" not in done.stderr  # libraries imported late must not undo LOG_LEVEL (bm25s did)


async def test_rough_input_gets_a_clear_short_reply(app: App) -> None:
    out = await run(
        app,
        "/open",
        "/open acme",
        "/vendor " + "x" * 5000,
        "/search kind=vendor",
        "\x00acme\x07spy\x1b",
        "/vendor \x1bAcmeSpy",
    )
    assert "Give an entry id, e.g. /open" in out
    assert "No entry has the id 'acme'" in out and "/open acme-intercept" in out  # close ids offered
    assert "x" * 81 not in out and "…'" in out  # a pasted novel is not echoed back in full
    assert "All entries (kind=vendor): page 1 of" in out and "Search ''" not in out
    # control characters do not spoil a question: 'acme spy' reaches Acme Intercept, answered or (on
    # this 16-entry knowledge base the answer model may sit near its cut-off) offered first; the
    # /vendor line's card is the other mention
    cards = out.count("Acme Intercept GmbH\n===")
    assert cards in (1, 2) and out.count("Acme Intercept GmbH") >= 2
    assert cards == 2 or "did you mean" in out.lower()
    assert "\x1b" not in out and "\x00" not in out


async def test_hello_and_thanks_get_a_reply_with_the_consoles_commands(app: App) -> None:
    """Issue 10: small talk is answered, not refused, and never logged (so /rate has nothing)."""
    out = await run(app, "hi", "thanks!", "/rate yes")
    assert "I don't have a sourced answer" not in out
    assert "Hello! I answer questions about the export of surveillance technology" in out
    assert "open an entry with /vendor, /rule or /case, or browse with /search" in out
    assert "You're welcome!" in out
    assert "There is no answer to rate yet" in out
    async with app.db.sessions() as session:
        assert list((await session.execute(select(QuestionLog))).scalars()) == []


async def test_small_talk_in_the_console_names_what_the_console_offers_not_tip(app: App) -> None:
    """tidy16: "hi" in the console said "use /tip new", a Discord command the console only answers
    with "Tips are filed in Discord"; it names the console's own commands and where tips go."""
    out = await run(app, "hi", "/search what can you do?", "thanks!", "bye")
    assert "/tip" not in out
    hello = next(line for line in out.splitlines() if line.startswith("Ask in your own words"))
    assert "/reload re-reads knowledge files you edit" in hello and "/help lists every command" in hello
    assert "reported in Discord, where you can stay anonymous" in hello
    assert out.count("Ask in your own words") == 2  # /search reads small talk as a question does
    assert "You're welcome! Ask me anything else" in out and "Goodbye! Ask me again any time" in out


async def test_a_list_of_every_vendor_points_to_browsing_them_all(app: App) -> None:
    # member14: "list every vendor you have" got no list; now the first ones and the way to all of them
    vendors = sum(1 for e in app.kb.entries() if e.kind == "vendor")
    out = await run(app, "list every vendor you have", "/more", "/more", "/more")
    assert f"These are the first 12 of {vendors}: browse them all with /search kind=vendor." in out

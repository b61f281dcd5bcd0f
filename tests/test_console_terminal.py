"""The console at a real terminal, as a person sees it: laid out for the window, paged, and
forgiving of Ctrl-C, Ctrl-D and bytes that are not text."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from prompt_toolkit import PromptSession
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from sqlalchemy import select

from bot.app import App
from bot.cli.console.session import run_console
from bot.cli.console.term import PromptReader, Screen
from bot.kb.model import Source
from bot.store.tables.questions import QuestionLog
from tests import test_console
from tests.chat.entries import sample_entries

app, kb_dir = test_console.app, test_console.kb_dir  # the same fixtures as the piped tests
ANSI = re.compile(r"\x1b\[[0-9;]*m")


async def at_screen(app: App, screen: Screen, *lines: str) -> list[str]:
    out = io.StringIO()
    stdin = io.StringIO("".join(f"{line}\n" for line in lines))
    assert await run_console(app, stdin=stdin, stdout=out, screen=screen) == 0
    return out.getvalue().splitlines()


@pytest.mark.parametrize(("width", "height"), [(80, 24), (200, 50)])
async def test_a_long_answer_fits_the_window_a_page_at_a_time(app: App, width: int, height: int) -> None:
    lines = await at_screen(app, Screen(width, height), "/open acme-intercept")
    assert all(len(line) <= width for line in lines), "a line runs past the window"
    first_page = lines[1 : lines.index(next(ln for ln in lines if ln.startswith("-- ")))]
    assert len(first_page) <= height - 2  # the title and summary are still on screen at the prompt
    assert "Acme Intercept GmbH" in first_page[0] + first_page[1]
    text = "\n".join(lines)
    assert not any(line.lstrip().startswith("## ") for line in lines)  # headings rendered, not raw
    assert "Key facts" in text
    assert "press Enter or type /more" in text


async def test_enter_turns_the_page_until_the_sources(app: App) -> None:
    lines = await at_screen(app, Screen(80, 24), "/open acme-intercept", *[""] * 12)
    text = "\n".join(lines)
    assert "Fact 24" in text and "Sources" in text and "Last reviewed" in text
    assert text.count("press Enter or type /more") >= 2
    assert "acme-intercept" in text  # ids are never broken across lines
    assert text.count("https://example.org/report-1") == 1  # a source's link once, not "url (url)"
    assert not any(line.endswith("acme-") for line in lines)


async def test_a_long_source_link_stays_whole_to_click_or_copy(app: App, kb_dir: Path) -> None:
    """tidy16: at 80 columns a source's link wider than the window was cut at the edge
    ("...report-out-of-control-fai" / "ling-eu-laws..."): a member could neither click nor copy it."""
    url = "https://www.example.org/en/latest-news/report-out-of-control-failing-eu-laws-for-surveillance-export/"
    case = next(e for e in sample_entries() if e.id == "case-acme-ruritania")
    source = Source(publisher="Example News", title="Out of control", date="2020-09-21", url=url)
    test_console.write_entry(kb_dir, case.model_copy(update={"sources": [source]}))
    lines = await at_screen(app, Screen(80, 24), "/reload", "/open case-acme-ruritania", *[""] * 3)
    assert any(line.strip() == url for line in lines), "the link is cut over two lines"
    assert all(len(line) <= 80 for line in lines if url not in line)  # the rest still fits the window


async def test_ctrl_c_clears_the_line_and_ctrl_d_says_bye(app: App) -> None:
    out = io.StringIO()
    with create_pipe_input() as keys:
        reader = PromptReader(PromptSession(input=keys, output=DummyOutput()))
        keys.send_text("half a question I regret\x03")  # Ctrl-C: the line is dropped
        keys.send_text("/about\r")
        keys.send_text("\x04")  # Ctrl-D on an empty line: leave
        code = await run_console(app, stdout=out, reader=reader, screen=Screen(80, 24))
    assert code == 0
    text = out.getvalue()
    assert "About ExportWatch" in text and text.rstrip().endswith("Bye.")
    async with app.db.sessions() as session:
        assert list((await session.execute(select(QuestionLog))).scalars()) == []  # never asked


async def test_bytes_that_are_not_utf8_get_a_polite_line(app: App) -> None:
    raw = io.BytesIO(b"\xff\xfe acme\n/vendor AcmeSpy\n")
    out = io.StringIO()
    assert await run_console(app, stdin=io.TextIOWrapper(raw, encoding="utf-8"), stdout=out) == 0
    text = out.getvalue()
    assert "not UTF-8 text" in text and "Acme Intercept GmbH" in text  # the next line still works
    assert "Traceback" not in text


async def test_about_says_what_is_stored_and_that_it_is_not_legal_advice(app: App) -> None:
    for screen in (None, Screen(80, 24)):
        out = io.StringIO()
        stdin = io.StringIO("/about\n" + "\n" * 5)
        await run_console(app, stdin=stdin, stdout=out, screen=screen)
        text = ANSI.sub("", out.getvalue())
        assert "What is stored, and for how long" in text
        assert f"kept for {app.settings.question_log_days} days" in " ".join(text.split())
        assert "Not legal advice" in text
        assert "**" not in text  # emphasis rendered or dropped, never shown raw


async def test_tip_and_triage_explain_where_they_live(app: App) -> None:
    lines = await at_screen(app, Screen(80, 24), "/tip new", "/triage queue")
    text = " ".join(" ".join(lines).split())
    assert "Tips are filed in Discord" in text and "/tip new" in text
    assert "python -m bot triage" in text
    assert "Unknown command" not in text


def test_a_wrapped_list_item_keeps_its_command_whole_and_indented() -> None:
    from bot.cli.console.term import render

    line = "  - US Entity List listings of surveillance companies (2019–2024) (rule) — /open us-entity-list"
    assert render(line, Screen(80, 24)) == [
        "  - US Entity List listings of surveillance companies (2019–2024) (rule) —",
        "    /open us-entity-list",
    ]
    # Typed text is wrapped as text, never read as markup.
    assert render("I have no vendor entry called '**x** [a](b)'.", Screen(80, 24)) == [
        "I have no vendor entry called '**x** [a](b)'."
    ]


@pytest.mark.parametrize(("width", "height"), [(80, 24), (50, 20), (40, 15)])
async def test_a_list_answer_on_a_small_window_keeps_each_item_on_one_page_and_indented(
    app: App, width: int, height: int
) -> None:
    """review14: at a phone-sized window a list answer's item was split over two pages (its
    "/open id" alone at the top of the next) and its wrapped heading fell back to the margin."""
    lines = await at_screen(app, Screen(width, height), "which vendors sell video surveillance?", *[""] * 9)
    pages: list[list[str]] = [[]]
    for line in lines[1:-1]:  # the banner and "Bye."
        if line.startswith("-- "):
            pages.append([])
        else:
            pages[-1].append(line)
    items = 0
    for page in pages:
        assert not (page and page[0].startswith(" ")), f"a page starts inside an item: {page[:2]}"
        for n, line in enumerate(page):
            if re.match(r"\d+\. ", line):
                items += 1
                paragraph = page[n : page.index("", n) if "" in page[n:] else len(page)]
                assert any("/open " in part for part in paragraph), f"item split from its /open: {paragraph}"
                assert all(part.startswith("   ") for part in paragraph[1:]), paragraph  # hangs under it
    assert items >= 10


def test_a_wrapped_numbered_item_hangs_under_its_text() -> None:
    from bot.cli.console.term import render

    line = (
        "12. Pegasus Project: investigation of a leaked NSO target list (July 2021) (Case, Contested)"
        " — /open x"
    )
    shown = render(line, Screen(80, 24))
    assert len(shown) == 2 and shown[0].startswith("12. Pegasus Project")
    assert shown[1].startswith("    ") and not shown[1].startswith("     ")  # under "Pegasus", not the margin
    assert shown[1].endswith("/open x")

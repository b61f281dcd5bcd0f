"""Paging an entry whose body has a code-fence line longer than a page ("Read more" on it).

A knowledge editor's body with a line of 5,000 backticks (or "```" then a 5,000-character info
string) used to page forever: each page reopened the whole opening line, longer than what the page
took, so the rest never shrank and the page list grew until the process was killed (the deep fuzz
profile of the renderer property test grew to 22 GB; issue 15). The bot's event loop would spin in
"Read more" and take every member's answers down with it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bot.chat.render.text as text_module
from bot.chat.render import cut_markdown, entry_page_embed, entry_pages, paginate
from bot.chat.render.embeds import PAGE_CHARS
from bot.chat.render.text import Cut
from bot.kb.model import Entry

LONG_FENCE_LINES = [
    "`" * 6610,  # what the fuzzer found: one line of backticks
    "~" * 5621,
    "```" + "a" * 5000 + "\ncode\n```",  # a fence whose "language" is longer than a page
    "```" + " word" * 1000 + "\ncode\n```",
    "intro paragraph\n\n```" + "b" * 4000 + "\nprint(1)\n```\nafter",
]


@pytest.mark.parametrize("body", LONG_FENCE_LINES, ids=range(len(LONG_FENCE_LINES)))
def test_a_cut_never_reopens_more_than_it_took(body: str) -> None:
    cut = cut_markdown(body, PAGE_CHARS)
    assert len(cut.reopen) < cut.consumed, (len(cut.reopen), cut.consumed)


@pytest.mark.parametrize("body", LONG_FENCE_LINES, ids=range(len(LONG_FENCE_LINES)))
def test_read_more_on_a_long_fence_line_ends_with_every_page_within_discord(body: str) -> None:
    entry = Entry(
        id="long-fence",
        kind="case",
        title="Long fence",
        summary="A body with a very long code-fence line.",
        body=body,
        status="alleged",
        last_reviewed="2026-11-26",
    )
    pages = entry_pages(entry)
    assert 1 <= len(pages) <= 4
    for number in range(1, len(pages) + 1):
        embed = entry_page_embed(entry, number, pages)
        assert len(embed.description or "") <= 4096
        assert len(embed) <= 6000


def test_a_fence_is_reopened_with_its_language_only() -> None:
    text = "```python  and then a whole sentence nobody should see twice\n" + "x = 1\n" * 600 + "```"
    cut = cut_markdown(text, 200)
    assert cut.text.endswith("\n```")
    assert cut.reopen == "```\n"  # the info string is not a language: the bare marker
    cut = cut_markdown("```python\n" + "x = 1\n" * 600 + "```", 200)
    assert cut.reopen == "```python\n"


def test_a_page_of_pure_markup_is_not_a_blank_page() -> None:
    pages = paginate("`" * 6610, PAGE_CHARS)
    assert all(page.strip() for page in pages)


def test_paging_ends_even_if_a_cut_asks_to_reopen_more_than_it_took(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """paginate's own guarantee, whatever cut_markdown returns: the rest shrinks on every page."""
    calls = 0

    def greedy_cut(text: str, budget: int) -> Cut:
        nonlocal calls
        calls += 1
        if calls > 100:
            raise AssertionError("paginate did not end")
        return Cut(text[:1], 1, "**" * 10)

    monkeypatch.setattr(text_module, "cut_markdown", greedy_cut)
    assert len(paginate("abcdefghij", 5)) == 10


@settings(max_examples=200, deadline=None)
@given(
    line=st.tuples(st.sampled_from(["`", "~", "```", "~~~", "```py", "a", " "]), st.integers(1, 3000)).map(
        lambda t: (t[0] * (t[1] // len(t[0]) + 1))[: t[1]]
    ),
    before=st.sampled_from(["", "intro\n", "**bold** start\n\n"]),
    after=st.sampled_from(["", "\ncode\n```", "\n~~~\nrest"]),
    limit=st.integers(40, 600),
)
def test_paging_any_fence_like_line_shrinks_the_rest_every_page(
    line: str, before: str, after: str, limit: int
) -> None:
    text = before + "```" + line + after
    rest = text.strip()
    for _ in range(len(text) + 1):
        if not rest:
            break
        cut = cut_markdown(rest, limit)
        assert cut.consumed > 0 and len(cut.reopen) < cut.consumed
        remaining = rest[cut.consumed :].strip()
        assert len(cut.reopen + remaining) < len(rest)
        rest = (cut.reopen + remaining) if remaining else ""
    assert all(len(page) <= limit for page in paginate(text, limit))

"""Rendering within Discord's limits: shortening, paging, Markdown validity and escaping of user text."""

from __future__ import annotations

import re

import discord
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.chat.render import (
    NO_ANSWER_TITLE,
    SearchPage,
    cut_markdown,
    entry_embed,
    entry_page_embed,
    entry_pages,
    has_more,
    no_answer_embed,
    not_found_embed,
    paginate,
    question_line,
    search_embed,
    shorten,
    shorten_plain,
)
from bot.chat.render.text import (
    DESCRIPTION_MAX,
    EMBED_TOTAL_MAX,
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    FIELDS_MAX,
    FOOTER_MAX,
    TITLE_MAX,
    Cut,
)
from bot.kb.model import Entry, Source


def make_entry(**overrides: object) -> Entry:
    data: dict[str, object] = {
        "id": "acme-surveillance",
        "kind": "vendor",
        "title": "Acme Surveillance GmbH",
        "aliases": ["Acme"],
        "summary": "A fictional vendor of interception kit, used to test rendering.",
        "body": "## Key facts\n- Sold a **monitoring centre** to [Ruritania](https://example.org/r).\n"
        "- Denied the sale.\n\n## Responses\n- Acme said it follows the law.\n",
        "status": "alleged",
        "countries": ["Germany"],
        "technologies": ["interception"],
        "years": [2019],
        "related": [],
        "sources": [
            Source(
                publisher="Example News",
                title="Acme report",
                date="2020-01-02",
                url="https://example.org/acme",
            )
        ],
        "last_reviewed": "2026-11-26",
    }
    data.update(overrides)
    return Entry(**data)  # type: ignore[arg-type]


def assert_within_limits(embed: discord.Embed) -> None:
    assert len(embed.title or "") <= TITLE_MAX
    assert len(embed.description or "") <= DESCRIPTION_MAX
    assert len(embed.fields) <= FIELDS_MAX
    for field in embed.fields:
        assert len(field.name or "") <= FIELD_NAME_MAX
        assert len(field.value or "") <= FIELD_VALUE_MAX
    assert len(embed.footer.text or "") <= FOOTER_MAX
    assert len(embed) <= EMBED_TOTAL_MAX


def markdown_balanced(text: str) -> bool:
    """No half link, no unclosed bold/inline code/fence in `text`."""
    if text.count("```") % 2:
        return False
    no_code = re.sub(r"`[^`\n]+`", "", text)
    if no_code.count("`") % 2:
        return False
    no_links = re.sub(r"\[[^\]\n]*\]\([^)\s]*\)", "", no_code)
    if "](" in no_links:
        return False
    return no_links.count("**") % 2 == 0


# --- shortening -------------------------------------------------------------------------------------


def test_short_text_is_untouched() -> None:
    assert shorten("Hello **world**", 100) == "Hello **world**"


def test_shorten_cuts_at_a_word_boundary_with_ellipsis_and_marker() -> None:
    text = "alpha beta gamma delta epsilon zeta eta theta"
    out = shorten(text, 30, marker=" [more]")
    assert len(out) <= 30
    assert out.endswith("… [more]")
    head = out.removesuffix("… [more]")
    assert text.startswith(head) and text[len(head)] == " "  # ends on a whole word


def test_shorten_prefers_a_line_boundary() -> None:
    text = "the first line is a bit longer\nsecond line is a bit longer than the first"
    assert shorten(text, 50) == "the first line is a bit longer…"


def test_shorten_never_splits_a_link() -> None:
    text = "See [the official register of listed companies](https://example.org/register/2024) for more."
    for limit in range(10, len(text)):
        out = shorten(text, limit)
        assert len(out) <= limit
        assert markdown_balanced(out), out
        assert "[the official" not in out or "(https://example.org/register/2024)" in out


def test_shorten_closes_bold_it_cuts_through() -> None:
    text = "Intro. **" + "very long bold words " * 10 + "end** tail"
    out = shorten(text, 60)
    assert len(out) <= 60
    assert markdown_balanced(out), out
    assert out.endswith("**…")


def test_shorten_never_leaves_inline_code_open() -> None:
    text = "Run `python -m bot kb check --strict --all` before committing anything at all"
    for limit in range(5, len(text)):
        assert markdown_balanced(shorten(text, limit)), limit


def test_cut_closes_and_reopens_a_code_fence() -> None:
    text = "```\n" + "line of code\n" * 20 + "```\nafter"
    cut = cut_markdown(text, 60)
    assert len(cut.text) <= 60
    assert cut.text.endswith("\n```")
    assert cut.reopen == "```\n"


def test_a_cut_at_or_inside_an_opener_moves_before_the_span() -> None:
    """A bare "**" (or half of one) at the end would show the reader raw syntax."""
    for budget in (5, 6, 7):  # inside the opener, right after it, after one bold letter
        assert cut_markdown("aaaa**bbbb**", budget) == Cut("aaaa", 4, "")
    assert paginate("aaaa**bbbb** cc", 8) == ["aaaa", "**bbbb**", "cc"]


def test_a_cut_through_bold_leaves_room_for_its_closer() -> None:
    text = "**" + "word " * 20 + "end**"
    cut = cut_markdown(text, 27)  # the word boundary at 26 plus "**" would be 28: one word less
    assert cut == Cut("**word word word word**", 21, "**")


def test_an_unbreakable_link_is_cut_before_not_through() -> None:
    assert cut_markdown("([a b](https://example.org/a/very/long/path/that/goes/on))", 20) == Cut("(", 1, "")


def test_no_room_at_all_gives_nothing_or_only_the_ellipsis() -> None:
    assert cut_markdown("some **text**", 0) == Cut("", 0, "")
    assert cut_markdown("some **text**", -3) == Cut("", 0, "")
    assert shorten("a description with nowhere to go", 1) == "…"
    assert shorten("a description", 5, marker=" (read more)") == "…"


def test_shorten_plain_for_titles() -> None:
    out = shorten_plain("word " * 100, 100)
    assert len(out) <= 100 and out.endswith("…") and "  " not in out


markdownish = st.lists(
    st.sampled_from(
        [
            "word",
            "longerword",
            "**bold text**",
            "[a link](https://example.org/x)",
            "`code`",
            "\n",
            "\n\n",
            "- item",
            "*it*",
            "https://example.org/very/long/path",
            "## Head",
        ]
    ),
    max_size=80,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(text=markdownish, limit=st.integers(min_value=20, max_value=400))
@example(text="\n [a link](https://example.org/x)", limit=20)  # a link right after the only break
def test_shorten_always_fits_and_stays_balanced(text: str, limit: int) -> None:
    out = shorten(text, limit, marker=" (more)")
    assert len(out) <= limit
    assert markdown_balanced(out), out


@settings(max_examples=100, deadline=None)
@given(text=markdownish, limit=st.integers(min_value=40, max_value=300))
def test_paginate_fits_and_loses_no_word(text: str, limit: int) -> None:
    pages = paginate(text, limit)
    assert all(len(page) <= limit for page in pages)
    assert all(markdown_balanced(page) for page in pages), pages
    words = lambda s: re.sub(r"[*`]", "", s).split()  # noqa: E731
    assert words(" ".join(pages)) == words(text)


# --- escaping of user text (the function itself: tests/test_text.py) -------------------------------


def test_question_line_is_escaped_and_within_content_limit() -> None:
    line = question_line("@everyone " + "x" * 5000)
    assert len(line) <= 2000 and "\\@everyone" in line


# --- embeds ------------------------------------------------------------------------------------------


def test_entry_embed_has_badge_sources_links_and_review_date() -> None:
    entry = make_entry()
    other = make_entry(id="other", title="Other entry", kind="case")
    embed = entry_embed(entry, related=[other])
    assert_within_limits(embed)
    assert embed.title == "Acme Surveillance GmbH"
    assert embed.author.name and "Alleged" in embed.author.name
    assert embed.colour == discord.Colour.orange()
    assert "[Acme report](https://example.org/acme)" in (embed.description or "")
    assert "Last reviewed November 26, 2026" in (embed.footer.text or "")
    # Once: the description no longer repeats the footer's date (member14).
    assert "Last reviewed" not in (embed.description or "")
    assert embed.fields[0].name == "Related entries" and "Other entry" in embed.fields[0].value


def test_entry_card_says_plainly_the_entry_is_in_english_for_another_language() -> None:
    entry = make_entry()
    assert not any("English" in f.value for f in entry_embed(entry).fields)
    embed = entry_embed(entry, english_note=True)
    assert_within_limits(embed)
    assert any("This entry is in English" in f.value for f in embed.fields)


def test_huge_entry_is_shortened_with_a_read_more_hint_and_pages_hold_everything() -> None:
    facts = "\n".join(f"- Fact number {i} " + "with many words " * 30 for i in range(60))
    sources = [
        Source(publisher=f"Pub {i}", title="T" * 200, date="2020", url=f"https://example.org/{i}")
        for i in range(30)
    ]
    entry = make_entry(
        title="T" * 256, body="## Key facts\n" + facts, sources=sources, related=[f"r{i}" for i in range(40)]
    )
    related = [make_entry(id=f"r{i}", title="R" * 250) for i in range(40)]
    embed = entry_embed(entry, related=related)
    assert_within_limits(embed)
    assert "Read more" in (embed.description or "")
    assert markdown_balanced(embed.description or "")
    assert has_more(entry)
    pages = entry_pages(entry)
    assert len(pages) > 1
    for number in range(1, len(pages) + 1):
        page_embed = entry_page_embed(entry, number, pages)
        assert_within_limits(page_embed)
        assert f"page {number} of {len(pages)}" in (page_embed.footer.text or "")
    joined = "\n".join(pages)
    assert "Fact number 59" in joined and "https://example.org/29" in joined


def test_card_and_pages_show_labels_in_brackets_and_honest_dates() -> None:
    """A descriptive label never looks like a headline; 'about 2018' and 'no date' stay visible."""
    sources = [
        Source(
            publisher="Access Now",
            label="Joint release on a leaked member-state paper",
            date="2018",
            circa=True,
            url="https://www.accessnow.org/x",
        ),
        Source(publisher="Wikipedia", title="2022 Greek surveillance scandal", undated=True),
    ]
    entry = make_entry(sources=sources)
    embed = entry_embed(entry)
    assert_within_limits(embed)
    card = embed.description or ""
    assert "\\[[Joint release on a leaked member-state paper](https://www.accessnow.org/x)\\]" in card
    assert "(Access Now, c. 2018)" in card
    assert 'Wikipedia, "2022 Greek surveillance scandal", undated' in card
    assert markdown_balanced(card)
    pages = "\n".join(entry_pages(entry))
    assert "c. 2018" in pages and "undated" in pages and '"Joint release' not in pages


def test_labelled_sources_keep_a_huge_card_within_the_total() -> None:
    sources = [
        Source(publisher=f"Pub {i}", label="L" * 200, undated=True, url=f"https://example.org/{i}")
        for i in range(30)
    ]
    entry = make_entry(title="T" * 256, sources=sources, body="## Key facts\n" + "- fact " * 400)
    embed = entry_embed(entry, related=[make_entry(id=f"r{i}", title="R" * 250) for i in range(40)])
    assert_within_limits(embed)


def test_small_entry_without_extra_text_has_no_read_more() -> None:
    entry = make_entry(body="## Key facts\n- Only fact.\n")
    assert not has_more(entry)
    assert not has_more(make_entry())  # the Responses section is on the card too
    many = "## Key facts\n" + "".join(f"- Fact {i}.\n" for i in range(12))
    assert has_more(make_entry(body=many))  # only the first key facts fit the card


def test_no_answer_embed_lists_alternatives_and_points_to_tip() -> None:
    class Alt:
        def __init__(self, i: int) -> None:
            self.id, self.kind, self.title, self.score = f"alt-{i}", "vendor", f"Alt {i}", 0.4

    asked = "who sells @everyone **spyware**?"
    embed = no_answer_embed([Alt(i) for i in range(3)])
    assert_within_limits(embed)
    assert embed.title == NO_ANSWER_TITLE
    description = embed.description or ""
    assert "Did you mean" in description and "Alt 2" in description
    # Titles only: the buttons open them, a raw id means nothing to a member (member14)
    assert "alt-0" not in description
    assert "/tip" in description
    # The question is the content line above the embed, escaped there, and not repeated in it (review14)
    assert "You asked" not in description
    assert "\\@everyone" in question_line(asked) and "\\*\\*spyware\\*\\*" in question_line(asked)


def test_not_found_embed_without_suggestions_still_helps() -> None:
    embed = not_found_embed("vendor", "<@&123456789012345678>")
    assert_within_limits(embed)
    assert "No such vendor" in (embed.title or "")
    assert "<@&1234" not in (embed.description or "")


def test_search_embed_pages_and_filters_in_footer() -> None:
    entries = [make_entry(id=f"e{i}", title=f"Entry {i}", summary="s " * 200) for i in range(5)]
    page = SearchPage(
        query="x" * 1000,
        filters={"kind": "vendor", "country": "China"},
        entries=entries,
        page=2,
        pages=3,
        total=13,
        first_number=6,
    )
    embed = search_embed(page)
    assert_within_limits(embed)
    assert "**6. Entry 0**" in (embed.description or "")
    assert embed.footer.text == "Page 2 of 3 · 13 results · kind=vendor, country=China"


def test_empty_search_page_says_so() -> None:
    embed = search_embed(SearchPage(query="zzz", filters={}, entries=[], page=1, pages=1, total=0))
    assert "Nothing in the knowledge base matches" in (embed.description or "")


def test_every_shipped_entry_renders_within_discords_limits() -> None:
    """The real knowledge: card, every Read-more page and the components, all within limits."""
    from pathlib import Path

    from bot.chat.views.answer import entry_view
    from bot.kb.check import check_directory

    entries = check_directory(Path(__file__).resolve().parents[2] / "knowledge").entries
    by_id = {e.id: e for e in entries}
    for entry in entries:
        related = [by_id[i] for i in entry.related if i in by_id]
        assert_within_limits(entry_embed(entry, related=related))
        pages = entry_pages(entry)
        for number in range(1, len(pages) + 1):
            page = entry_page_embed(entry, number, pages)
            assert_within_limits(page)
            assert markdown_balanced(page.description or ""), (entry.id, number)
        view = entry_view(None, entry, question_id=2**40, related=related)
        items = view.children
        assert len(items) <= 25
        custom_ids = [getattr(item, "custom_id", None) for item in items]
        assert len(set(custom_ids)) == len(custom_ids)
        assert all(cid is not None and len(cid) <= 100 for cid in custom_ids)
        assert all(len(getattr(item, "label", None) or "") <= 80 for item in items)

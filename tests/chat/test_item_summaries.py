"""A member reading a list answer or a search page never sees an allegation without the response the
entry's summary reports ("Huawei denies it", "NSO said it would likely appeal"), over every shipped
entry, in every language the bot speaks (the frame around the items grows with the translation)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.chat.render import list_embed, search_embed
from bot.chat.render.embeds import SUMMARIES_LEFT_OUT
from bot.chat.views.search import SEARCH_PAGE_SIZE
from bot.i18n import LANGUAGES, _, use_locale
from bot.kb.check import check_directory
from bot.kb.filters import SearchQuery
from bot.kb.list_select import MAX_ITEMS
from bot.kb.model import Entry
from bot.kb.service import KnowledgeService

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
# A sentence in which someone answers a claim: the words editors use for it in the knowledge.
RESPONSE = re.compile(
    r"\b(denie[sd]|deny|rejects?|rejected|disputed|opposes|opposed|says|said|did not reply"
    r"|acknowledged|complied)\b"
)


def sentences(summary: str) -> list[str]:
    return re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])", " ".join(summary.split()))


def responses(entry: Entry) -> list[str]:
    return [s for s in sentences(entry.summary) if RESPONSE.search(s)]


@pytest.fixture(scope="module")
def shipped() -> list[Entry]:
    report = check_directory(KNOWLEDGE)
    assert report.ok, report.problems
    return list(report.entries)


@pytest.fixture(scope="module")
def answering(shipped: list[Entry]) -> list[Entry]:
    """The shipped entries whose summary reports a response, at least the dozen the review found."""
    found = [e for e in shipped if responses(e)]
    assert len(found) >= 12, [e.id for e in found]
    return found


def shown_text(embed_description: str | None) -> str:
    return " ".join((embed_description or "").split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_search_page_shows_each_response_whole(
    shipped: list[Entry], answering: list[Entry], language: str
) -> None:
    """/search with no words pages through every entry, as a member browsing the knowledge would."""
    service = KnowledgeService.from_entries(shipped)
    seen: set[str] = set()
    with use_locale(language):
        first = service.page(SearchQuery(""), 1, SEARCH_PAGE_SIZE)
        for number in range(1, first.pages + 1):
            page = service.page(SearchQuery(""), number, SEARCH_PAGE_SIZE)
            text = shown_text(search_embed(page).description)
            for entry in page.entries:
                seen.add(entry.id)
                for sentence in responses(entry):
                    assert sentence in text, (entry.id, sentence)
    assert {e.id for e in answering} <= seen


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_longest_list_never_shows_an_allegation_without_its_response(
    shipped: list[Entry], answering: list[Entry], language: str
) -> None:
    """The worst list a question can get: the most items, each with the longest title and summary;
    every entry that reports a response takes every position in it. An item shows its whole summary
    or none of it (then its title, to open with the menu), never the allegation alone."""
    longest = sorted(shipped, key=lambda e: len(e.title) + len(e.summary), reverse=True)
    with use_locale(language):
        for entry in answering:
            others = [e for e in longest if e.id != entry.id][: MAX_ITEMS - 1]
            for position in range(MAX_ITEMS):
                items = [*others[:position], entry, *others[position:]]
                text = shown_text(list_embed("which vendors?", items).description)
                held_back = 0
                for item in items:
                    parts = sentences(item.summary)
                    if any(part in text for part in parts):
                        assert all(part in text for part in parts), (item.id, position)
                    else:
                        assert item.title in text, (item.id, position)
                        held_back += 1
                # The member is told why some items have no summary and where to read them.
                assert held_back > 0 and _(SUMMARIES_LEFT_OUT) in text


def test_a_list_that_fits_shows_every_summary_whole(answering: list[Entry]) -> None:
    """A short list (the usual answer) has room for everything: nothing is held back."""
    items = answering[:5]
    text = shown_text(list_embed("which vendors?", items).description)
    for item in items:
        assert " ".join(item.summary.split()) in text, item.id

"""What every face shows, decided once in the core: pages, related entries, the /about overview."""

from __future__ import annotations

from datetime import date

from bot.kb.filters import Filters, SearchQuery
from bot.kb.model import Entry
from bot.kb.service import KnowledgeService
from tests.chat.entries import _entry, sample_entries, sample_knowledge


def test_pages_number_on_from_the_page_before_and_clamp_old_buttons() -> None:
    kb = sample_knowledge()
    search = SearchQuery("cameras", Filters(kind="vendor"))
    second = kb.page(search, 2, 5)
    assert (second.page, second.pages, second.total, second.first_number) == (2, 3, 12, 6)
    assert second.has_previous and second.has_next and len(second.entries) == 5
    past_the_end = kb.page(search, 99, 5)  # a button from when the search had more results
    assert past_the_end.page == 3 and len(past_the_end.entries) == 2 and not past_the_end.has_next
    assert kb.page(search, -4, 5).page == 1
    assert second.filters == {"kind": "vendor"}


def test_an_empty_search_is_one_empty_page() -> None:
    page = sample_knowledge().page(SearchQuery("cameras", Filters(kind="rule")), 1, 5)
    assert (page.page, page.pages, page.total, list(page.entries)) == (1, 1, 0, [])


def test_related_entries_exist_once_and_never_the_entry_itself() -> None:
    entries = sample_entries()
    entries[0] = entries[0].model_copy(
        update={"related": ["rule-dual-use", "gone-entry", "acme-intercept", "rule-dual-use"]}
    )
    kb = KnowledgeService.from_entries(entries)
    assert [r.id for r in kb.related(kb.get("acme-intercept"))] == ["rule-dual-use"]


def _reviewed(entry_id: str, when: str) -> Entry:
    return _entry(
        id=entry_id,
        kind="case",
        title=entry_id,
        summary="s",
        body="## Key facts\n- x\n",
        last_reviewed=when,
        related=[],
    )


def test_overview_counts_and_names_what_is_overdue_for_review() -> None:
    kb = KnowledgeService.from_entries(
        [_reviewed("fresh", "2026-11-01"), _reviewed("old", "2025-01-15"), _reviewed("month", "2026-10")]
    )
    figures = kb.overview(date(2026, 12, 1), 180)
    assert figures.counts == {"rule": 0, "vendor": 0, "case": 3} and figures.total == 3
    assert figures.freshness == "2025-01-15 to 2026-11-01"
    assert (figures.stale, figures.stale_days) == (1, 180)
    assert kb.overview(date(2026, 12, 1), 30).stale == 2  # '2026-10' counts from its first day

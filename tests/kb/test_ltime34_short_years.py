"""Dates as members write them (session 34, ltime): a short year after an apostrophe ("April '23",
"Feb ’24"), a Turkish since- or before-word after its year ("2025'ten beri", "2010'dan önce"),
"post-2021" / "pre-2010", and everything from a year on asked in a few words ("what happened since
2025?"); a date no card holds stays empty, and a question about one thing stays one answer."""

from __future__ import annotations

import asyncio

import pytest

from bot.kb.list_periods import OPEN_HI, OPEN_LO, full_years, period
from bot.kb.place_names import words_of
from bot.kb.service import KnowledgeService


@pytest.fixture(scope="module")
def service() -> KnowledgeService:
    return asyncio.run(KnowledgeService.load("knowledge"))


def _ids(service: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in service.search(question).items}


def _period(question: str) -> tuple[int, int] | None:
    return period(" ".join(words_of(full_years(question))))


def test_short_years_are_written_out() -> None:
    assert full_years("stuff from April '23") == "stuff from April 2023"
    assert full_years("Feb ’24 developments") == "Feb 2024 developments"
    assert full_years("since '98") == "since 1998"
    # a decade, a Turkish case ending after a full year, and digits no year takes stay as written
    assert full_years("the '90s") == "the '90s"
    assert full_years("2025'ten beri") == "2025'ten beri"
    assert full_years("rock'n'roll '55") == "rock'n'roll '55"


def test_periods_of_every_shape() -> None:
    assert _period("2025'ten beri neler oldu?") == (2025, OPEN_HI)
    assert _period("2010'dan önce satışlar") == (OPEN_LO, 2009)
    assert _period("exports to Rwanda post-2021") == (2021, OPEN_HI)
    assert _period("deals pre-2010") == (OPEN_LO, 2009)
    assert _period("cases from 2015") == (2015, 2015)  # twin: a case *from* a year is of that year


def test_a_post_or_pre_that_is_a_word_opens_no_period() -> None:
    # a newspaper or a blog post in a year is that year, not everything since it
    assert _period("Washington Post in 2023 on NSO") == (2023, 2023)
    assert _period("a blog post in 2021 about Pegasus") == (2021, 2021)
    assert _period("a Post report from 2019") == (2019, 2019)
    # twins: the hyphenated forms still open the period, whatever their case
    assert _period("Post-2019 sales of spyware") == (2019, OPEN_HI)
    assert _period("deals pre-2010") == (OPEN_LO, 2009)


def test_a_short_year_lists_what_the_full_one_does(service: KnowledgeService) -> None:
    full = _ids(service, "anything from June 2022?")
    assert full and _ids(service, "anything from Jun '22?") == full
    assert _ids(service, "what came out in Feb ’24") == _ids(service, "what came out in Feb 2024")


def test_everything_since_a_year(service: KnowledgeService) -> None:
    since = _ids(service, "what happened since 2025?")
    assert {"pall-mall-code-2025", "case-paragon-italy"} <= since
    assert "case-pegasus-project-2021" not in since
    assert _ids(service, "2025'ten beri neler oldu?") == since


def test_a_date_no_card_holds_stays_empty(service: KnowledgeService) -> None:
    assert not _ids(service, "what happened since 2031?")
    assert not _ids(service, "2031'den beri neler oldu?")
    assert not _ids(service, "stuff from April '31")


def test_one_thing_since_a_date_stays_one_answer(service: KnowledgeService) -> None:
    assert not _ids(service, "uk licensing since dec 2021 whats different")
    answer = service.engine.search("uk licensing since dec 2021 whats different")
    assert answer.entry is not None and answer.entry.id == "uk-export-controls"

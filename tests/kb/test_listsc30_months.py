"""A month asked narrows a list by the month the card dates its fact in (session 30, listsc): "cases
that broke in December 2021" listed the whole of 2021's cases, "reports from May 2026" any card that
mentions 2026, and a month no card dates must leave the list empty, never the year's."""

from __future__ import annotations

import asyncio

import pytest

from bot.kb.service import KnowledgeService


@pytest.fixture(scope="module")
def service() -> KnowledgeService:
    return asyncio.run(KnowledgeService.load("knowledge"))


def _ids(service: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in service.search(question).items}


def test_a_month_keeps_the_cases_dated_in_it(service: KnowledgeService) -> None:
    got = _ids(service, "which cases came to light in December 2021?")
    assert {"case-meta-takedown-2021", "case-pegasus-poland"} <= got
    assert not {"case-pegasus-project-2021", "case-candiru-victims-2021", "case-amesys-libya"} & got


def test_the_year_alone_keeps_the_whole_year(service: KnowledgeService) -> None:
    got = _ids(service, "which cases came to light in 2021?")
    assert {"case-candiru-victims-2021", "case-pegasus-poland"} <= got
    assert len(got) > 3


def test_a_month_of_a_report_is_its_month(service: KnowledgeService) -> None:
    got = _ids(service, "reports published in May 2026")
    assert "case-eu-export-data-gap" in got
    assert not {"case-paragon-italy", "case-predator-angola-mozambique"} & got


def test_a_listing_month_dates_the_listing(service: KnowledgeService) -> None:
    got = _ids(service, "companies put on the US blacklist in November 2021")
    assert {"nso-group", "candiru", "coseinc", "positive-technologies"} <= got
    assert not _ids(service, "companies put on the US blacklist in July 2021") & got


def test_a_month_no_card_dates_is_no_year(service: KnowledgeService) -> None:
    assert _ids(service, "cases that came to light in 2026")  # the year has its cases
    assert not _ids(service, "cases that came to light in January 2026")


def test_a_month_asked_alone_lists_what_it_dates(service: KnowledgeService) -> None:
    assert {"case-quadream-victims-2023", "quadream"} <= _ids(service, "anything out in April 2023?")
    assert "case-hermit-2022" in _ids(service, "spyware found in June 2022?")


def test_a_fact_of_a_month_is_no_list(service: KnowledgeService) -> None:
    assert not _ids(service, "who was arrested in May 2024?")
    assert not _ids(service, "how much did it cost in June 2022?")
    assert not _ids(service, "the directive of March 2023 barring agencies from using commercial spyware")
    assert not _ids(service, "anything published in 2023?")  # a year alone is as before

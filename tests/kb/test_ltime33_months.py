"""A month asked alone, however a member writes it (session 33, ltime): a joiner between month and year
('marzo de 2024', 'March of 2024'), the month after the year ('2024年3月'), a case of the month's name
('в марте 2024 года'), a plural article first ('Les faits de mars 2024'), a few more words besides the
date; and a span of months ('June or July 2022', 'Q3 2022', 'spring 2023', 'im Frühjahr 2023')."""

from __future__ import annotations

import asyncio

import pytest

from bot.kb.service import KnowledgeService

MARCH_2024 = {"us-ofac-spyware-sanctions", "intellexa-cytrox"}


@pytest.fixture(scope="module")
def service() -> KnowledgeService:
    return asyncio.run(KnowledgeService.load("knowledge"))


def _ids(service: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in service.search(question).items}


@pytest.mark.parametrize(
    "question",
    [
        "O que aconteceu em março de 2024?",
        "Что произошло в марте 2024 года?",
        "2024年3月有什么新闻？",
        "Les faits de mars 2024",
        "March of 2024, what do you hold from then?",
        "Mar 14, 2024 news",
    ],
)
def test_a_month_written_any_way_lists_what_it_dates(service: KnowledgeService, question: str) -> None:
    got = _ids(service, question)
    assert got >= MARCH_2024
    assert "case-pegasus-project-2021" not in got


def test_a_month_no_card_dates_stays_empty(service: KnowledgeService) -> None:
    assert not _ids(service, "O que aconteceu em dezembro de 2031?")
    assert not _ids(service, "2031年12月发生了什么？")


def test_two_months_take_both(service: KnowledgeService) -> None:
    got = _ids(service, "anything from June or July 2022?")
    assert {"case-hermit-2022", "case-pegasus-thailand-2022"} <= got  # June and July


def test_a_quarter_or_season_is_its_months(service: KnowledgeService) -> None:
    third = _ids(service, "Q3 2022 events")
    assert "case-pegasus-thailand-2022" in third  # July
    assert "case-hermit-2022" not in third  # June
    assert "us-eo-14093" in _ids(service, "im Frühjahr 2023?")  # March 2023


def test_one_month_stays_one_month(service: KnowledgeService) -> None:
    got = _ids(service, "anything from July 2022?")
    assert "case-pegasus-thailand-2022" in got
    assert "case-hermit-2022" not in got


def test_a_fact_of_a_month_is_still_no_list(service: KnowledgeService) -> None:
    assert not _ids(service, "who was arrested in May 2024?")
    assert not _ids(service, "the directive of March 2023 barring agencies from using commercial spyware")


def test_what_a_country_did_in_a_year_is_its_acts_then(service: KnowledgeService) -> None:
    got = _ids(service, "what did the US do in 2023 about spyware?")
    assert "us-eo-14093" in got
    assert not {e for e in got if e.startswith("eu-")}
    assert not _ids(service, "what did the US do about NSO?")  # no period: one act, the engine's
    assert not _ids(service, "what did Citizen Lab do in 2022?")  # no country or authority: as before

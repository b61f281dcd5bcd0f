"""A listing year is the year of the listing (session 29, lists2): "which firms got on the US
blacklist in 2023?" listed NSO (Nov 2021), Sandvine (Feb 2024) and Hikvision (Oct 2019) beside
Intellexa (July 2023) because each card mentions 2023 somewhere."""

from __future__ import annotations

import asyncio

import pytest

from bot.kb.service import KnowledgeService


@pytest.fixture(scope="module")
def service() -> KnowledgeService:
    return asyncio.run(KnowledgeService.load("knowledge"))


def _ids(service: KnowledgeService, question: str) -> list[str]:
    return [e.id for e in service.search(question).items]


def test_blacklist_year_is_the_listing_year(service: KnowledgeService) -> None:
    got = _ids(service, "which firms got on the US blacklist in 2023?")
    assert "intellexa-cytrox" in got
    assert not {"nso-group", "sandvine", "hikvision"} & set(got)


def test_blacklist_2021_keeps_the_2021_listings(service: KnowledgeService) -> None:
    got = set(_ids(service, "which firms got on the US blacklist in 2021?"))
    assert {"nso-group", "candiru", "coseinc", "positive-technologies"} <= got
    assert not {"intellexa-cytrox", "sandvine", "hikvision"} & got


def test_blacklist_without_a_year_is_unchanged(service: KnowledgeService) -> None:
    got = set(_ids(service, "which companies are on the US blacklist?"))
    assert {"nso-group", "hikvision", "intellexa-cytrox", "candiru"} <= got


def test_shops_out_of_a_country_are_firms_based_there(service: KnowledgeService) -> None:
    """'out of Spain' after the companies is their home, as 'from Spain' is (it was read as where
    gear went, and 'shops' as no companies: the list came back empty)."""
    assert set(_ids(service, "spyware shops out of Spain or Austria")) == {"dsirf", "variston"}
    assert set(_ids(service, "companies out of the Netherlands")) == {"tkh-group", "noldus"}


def test_from_a_country_twin_unchanged(service: KnowledgeService) -> None:
    assert set(_ids(service, "spyware firms from Spain or Austria")) == {"dsirf", "variston"}


def test_cracking_phones_is_mobile_forensics(service: KnowledgeService) -> None:
    """'crack phones' says phone forensics as 'unlock phones' does (the list came back empty)."""
    assert set(_ids(service, "who makes tools to crack phones")) == {"cellebrite", "meiya-pico"}
    assert _ids(service, "can police crack phones?") == []


def test_french_editeurs_are_firms(service: KnowledgeService) -> None:
    """'éditeurs' (software publishers) are the firms in French: the list came back empty."""
    got = set(_ids(service, "Les éditeurs israéliens de logiciels espions ?"))
    assert {"nso-group", "candiru", "quadream", "paragon-solutions"} <= got
    assert _ids(service, "qui est l éditeur de Pegasus ?") == []

"""What someone did in a year is their own acts (session 33 fix round, fixtime): "what did the EU do in
2021?" lists the EU's rules, never a citizens' campaign (Reclaim Your Face), a multilateral regime
(Wassenaar) or a rights group's report; asked of one body ("the European Parliament"), only the cards
naming it. The twins: the government's acts keep every rule of its own."""

from __future__ import annotations

import asyncio

import pytest

from bot.kb.service import KnowledgeService

NOT_OWN = {"reclaim-your-face", "wassenaar-arrangement", "amnesty-out-of-control-2020"}


@pytest.fixture(scope="module")
def service() -> KnowledgeService:
    return asyncio.run(KnowledgeService.load("knowledge"))


def _ids(service: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in service.search(question).items}


@pytest.mark.parametrize("year", [2015, 2020, 2021])
def test_eu_year_lists_no_campaign_regime_or_report(service: KnowledgeService, year: int) -> None:
    assert not _ids(service, f"what did the EU do in {year}?") & NOT_OWN


def test_eu_year_keeps_its_own_rules(service: KnowledgeService) -> None:
    assert "eu-dual-use-2021-821" in _ids(service, "what did the EU do in 2021?")


def test_one_body_lists_only_cards_naming_it(service: KnowledgeService) -> None:
    result = service.search("what did the European Parliament do in 2023?")
    got = {e.id for e in result.items}
    assert not got - {"ep-pega-inquiry"}
    assert "ep-pega-inquiry" in got or (result.entry is not None and result.entry.id == "ep-pega-inquiry")


def test_government_keeps_all_its_acts(service: KnowledgeService) -> None:
    """'government' names no one body: the US government's acts of the month stay listed."""
    assert "us-eo-14093" in _ids(service, "what did the US government do in March 2023?")
    assert {"us-ofac-spyware-sanctions", "us-entity-list"} <= _ids(service, "what did the US do in 2024?")

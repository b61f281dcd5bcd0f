"""German compounds no word list holds (session 26): 'EU-Exportregeln bis 2021' read as English,
its other words the knowledge base's own ('eu', and 'bis' the US Bureau of Industry and Security),
and was refused (0.04). An unlisted word is a compounding language's when its tail is clearly an
ordinary word of it (detect._compound_of: 'exportregeln', German 'regeln'); an English question
with a misspelt name stays English."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def service() -> KnowledgeService:
    return asyncio.run(KnowledgeService.load(KNOWLEDGE))


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("EU-Ausfuhrregeln bis 2021", "de"),
        ("Hikvisionkameras Xinjiang", "de"),
        # controls: a misspelt name and an English run-together word stay English
        ("Celebrite UFED Serbia", "en"),
        ("spyware exportlicences Israel", "en"),
    ],
)
def test_an_unlisted_compound_tells_its_language(service: KnowledgeService, question: str, lang: str) -> None:
    assert service.engine.read(question).lang == lang


@pytest.mark.parametrize("question", ["EU-Ausfuhrregeln bis 2021", "EU-Exportregeln bis Herbst 2021"])
def test_a_german_compound_with_a_rule_until_a_year_gets_the_old_regulation(
    engine: SearchEngine, question: str
) -> None:
    answered(engine, question, "eu-dual-use-428-2009")

"""A long question whose story is about one entry and whose own question names another: the member
asks about the one named last. Before, the story's words (BM25 over a retold Huawei story) answered
with the entry the member said they already knew, at 0.92."""

from pathlib import Path

import pytest

from bot.kb.check import check_directory
from bot.kb.search import SearchEngine
from tests.kb.answers import answered

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def engine() -> SearchEngine:
    return SearchEngine.of_directory(KNOWLEDGE, check_directory(KNOWLEDGE).entries)


def test_the_entry_the_question_names_wins_over_the_story(engine: SearchEngine) -> None:
    result = engine.search(
        "I've read plenty about Huawei and its safe city deals in Africa, the cameras, the police. "
        "What does the bot have on ZTE?"
    )
    assert result.entry is not None and result.entry.id == "zte"


def test_a_story_about_another_vendor_is_not_answered_instead(engine: SearchEngine) -> None:
    result = engine.search(
        "Our team studied the Amesys sale of the Eagle system to Gaddafi's Libya in depth for a "
        "long briefing. But what I want to know now is this: what did Qosmos do?"
    )
    first = result.entry.id if result.entry else result.alternatives[0].id
    assert first == "qosmos"


def test_a_story_that_retells_the_named_entry_still_answers_it(engine: SearchEngine) -> None:
    answered(
        engine,
        "We have spent weeks on Sandvine and its deep packet inspection boxes in Egypt and Belarus "
        "for a report. My question is different: what is known about Allot?",
        "allot",
    )


def test_a_question_that_points_back_at_the_story_asks_about_the_story(engine: SearchEngine) -> None:
    # 'those findings' are the story's: the Thai case card holds NSO's (lack of) response; with the
    # story dropped, the NSO card (no word of Thailand) came first and the question was refused
    answered(
        engine,
        "Amnesty and Citizen Lab found Pegasus on the phones of Thai pro-democracy activists in the "
        "GeckoSpy campaign, it was all over the news here. Did NSO respond to those findings?",
        "case-pegasus-thailand-2022",
    )

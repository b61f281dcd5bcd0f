"""Answerable questions that describe what an entry says in other words than its own (session 15,
refused15): the right entry came first but was refused, because its statements seemed not to tell
what was asked. Each question here was refused before its fix; the near misses beside them, worded
the same way about an entry that does not tell it, must stay refused."""

from __future__ import annotations

import pytest

from bot.kb.chatter import asked_text
from bot.kb.search import SearchEngine


def _answer(engine: SearchEngine, question: str) -> str | None:
    result = engine.search(question)
    return result.entry.id if result.answered and result.entry else None


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # a region named for its countries: the BAE entry names Saudi Arabia, the UAE, Qatar and
        # Oman, never 'the Gulf' (refused at 0.29 and 0.40)
        ("did BAE sell internet surveillance to the gulf states?", "bae-systems"),
        ("which gulf countries got mass surveillance systems from BAE?", "bae-systems"),
    ],
)
def test_a_region_is_told_by_a_statement_naming_its_countries(
    engine: SearchEngine, question: str, entry: str
) -> None:
    assert _answer(engine, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        # no Gulf country in their entries: the region is still something they do not tell
        "did hikvision sell cameras to gulf states?",
        "did huawei sell surveillance to gulf countries?",
    ],
)
def test_a_region_none_of_whose_countries_an_entry_names_is_still_refused(
    engine: SearchEngine, question: str
) -> None:
    assert _answer(engine, question) is None


def test_south_africa_is_a_country_not_the_region_africa(engine: SearchEngine) -> None:
    """'south africa' names one country: its second word must not stand for Morocco and Algeria
    (which the BAE entry names), as 'africa' alone does."""
    alone = engine.index.analyse("did bae sell surveillance to africa?")
    south = engine.index.analyse("did bae sell surveillance to south africa?")
    assert "morocco" in alone.alts["africa"]
    assert "morocco" not in south.alts.get("africa", [])


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the entry says QuaDream was 'shutting down': refused at 0.59
        ("has quadream closed for good?", "quadream"),
        # the case says EU states exported, licensed: refused at 0.46
        ("which european states shipped spy tech to rwanda after 2021?", "case-eu-export-data-gap"),
        # Cognyte's Myanmar case says lawful interception: refused at 0.50
        ("who supplied wiretap tech for myanmar's telecoms?", "cognyte"),
        # the list's entry says NSO was added: refused at 0.51
        ("was nso put on the us entity list?", "us-entity-list"),
        # the leak's case says leaked (knowledge/casual.yaml): refused at 0.48, Paragon's case second
        (
            "hacker dumped files of an italian spyware company, what was in them",
            "case-hacking-team-leak-2015",
        ),
    ],
)
def test_a_members_word_for_what_the_entry_says_in_its_own(
    engine: SearchEngine, question: str, entry: str
) -> None:
    assert _answer(engine, question) == entry


def test_gear_shipped_to_a_country_no_entry_names_is_still_refused(engine: SearchEngine) -> None:
    """'shipped' reads as exported, sold: a sale the entries never tell stays refused."""
    assert _answer(engine, "did nso ship pegasus to germany?") is None


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # 'ahmad' is an everyday word to wordfreq, never corrected alone: refused at 0.51
        ("what happened to ahmad mansur", "case-ahmed-mansoor"),
        # 'alot' (a lot) beside 'communications': Allot Communications, refused at 0.16
        ("alot communications iran", "allot"),
    ],
)
def test_a_misspelt_name_whose_halves_are_everyday_words(
    engine: SearchEngine, question: str, entry: str
) -> None:
    assert _answer(engine, question) == entry


def test_an_everyday_word_alone_is_not_read_as_half_a_name(engine: SearchEngine) -> None:
    """'ahmad' with no 'Mansoor' beside it stays as typed: the question names no one the
    knowledge holds."""
    assert "ahmad" in engine.index.analyse("ahmad from the uae was hacked?").corrected


def test_whats_the_deal_with_asks_about_it_not_about_a_deal(engine: SearchEngine) -> None:
    """'what's the deal with X' is chat for 'tell me about X': 'deal' read as something asked (a
    contract) that no statement of the Greek case tells refused it at 0.61."""
    assert _answer(engine, "whats the deal with predator in greece?") == "case-predatorgate-greece"


def test_a_deal_asked_about_is_still_read() -> None:
    """Only the idiom is chat: 'the cognyte deal' keeps its deal."""
    assert "deal" in asked_text("what's the deal with the cognyte deal")
    assert "deal" in asked_text("how much was cognyte's myanmar deal worth")

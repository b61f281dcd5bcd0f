"""A question asking the rules of a period gets the rule that applied then (bot/kb/in_force.py, the
period cue in cues.cued): Regulation 428/2009 says it applied until 9 Sept 2021 and was replaced by
2021/821 (`in_force_until`, `replaced_by`). Before, the time cue went by the mean of an entry's years
and the Wassenaar Arrangement (years from 1995) looked older than 428/2009, so 'until late 2021'
ranked Wassenaar first; the recast, dated 2021 by its number, won in other languages. And what came
after a year ('after 2021', not 'since 2021') is told by an entry with a later year: the recast's
card (2016-2021) answered whether the EU added a cyber-surveillance list after 2021."""

from __future__ import annotations

import pytest

from bot.kb.in_force import ended_years, later_years
from bot.kb.list_fields import list_field_findings
from bot.kb.model import Entry
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, first_ranked, refused
from tests.kb.cards import card


@pytest.mark.parametrize(
    "question",
    [
        # main ranked the Wassenaar Arrangement first (its years are older on average)
        "which eu dual-use rules applied until late 2021?",
        "what EU law governed exports of goods with civilian and military uses before 2021?",
        "Quelles règles européennes s'appliquaient avant 2021 aux exportations de logiciels espions ?",
        # main ranked the recast first
        "what EU regulation covered spyware exports until 2021?",
        "Welche EU-Regeln galten vor September 2021 für den Export von Überwachungstechnik?",
    ],
)
def test_the_rule_that_ended_in_the_year_asked_comes_first(engine: SearchEngine, question: str) -> None:
    assert first_ranked(engine, question) == "eu-dual-use-428-2009"


def test_a_period_asked_in_polish_is_answered(engine: SearchEngine) -> None:
    # main refused it at 0.40
    question = "Jakie przepisy UE dotyczyły eksportu oprogramowania szpiegującego przed wrześniem 2021?"
    answered(engine, question, "eu-dual-use-428-2009")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # twins: the rule in force, and another place's rules, keep their answer
        ("what does the recast say about cyber-surveillance items?", "eu-dual-use-2021-821"),
        ("what export rules did the UK apply before 2021?", "uk-export-controls"),
        ("what regulation did the EU have for surveillance exports prior to 2021?", "eu-dual-use-428-2009"),
    ],
)
def test_twins_keep_their_answer(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


def test_since_the_year_still_asks_for_the_rule_that_began(engine: SearchEngine) -> None:
    assert first_ranked(engine, "what eu dual-use rules apply since 2021?") == "eu-dual-use-2021-821"


@pytest.mark.parametrize(
    "question",
    [
        "which Swiss rules governed surveillance exports before 2021?",
        "what were Canada's export rules for spyware before 2021?",
        "what were Israel's spyware export rules until 2021?",
    ],
)
def test_another_places_rules_of_a_period_stay_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("words", "lang", "years"),
    [
        (["until", "late", "september", "2021"], "en", {2021}),
        (["before", "the", "2021", "overhaul"], "en", {2021}),
        (["prior", "to", "2021"], "en", {2021}),
        (["voor", "september", "2021"], "nl", {2021}),
        (["przed", "wrzesniem", "2021"], "pl", {2021}),
        (["2021", "once", "eu", "rules"], "tr", {2021}),
        (["since", "2021"], "en", set()),
        (["before", "brexit"], "en", set()),
    ],
)
def test_the_year_a_question_asks_the_rules_up_to(words: list[str], lang: str, years: set[int]) -> None:
    assert ended_years(words, lang) == years


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (card("vendor", in_force_until="2021", replaced_by="y"), "in_force_until is only for rules"),
        (card("rule", in_force_until="2021-09-09"), "go together"),
        (card("rule", in_force_until="2021", replaced_by="z"), "not in the entry's related"),
    ],
)
def test_kb_check_holds_the_replaced_rule_fields(entry: Entry, message: str) -> None:
    assert any(message in text for _, text in list_field_findings(entry))


def test_a_replaced_rule_with_its_successor_linked_is_fine() -> None:
    entry = card("rule", form="law", in_force_until="2021-09-09", replaced_by="y")
    assert list_field_findings(entry) == []
    assert entry.ended == 2021


@pytest.mark.parametrize(
    "question",
    [
        # 'civilian and military use' is what dual-use means (knowledge/casual.yaml): main refused both
        "which EU regulation now controls exports of items with civilian and military uses?",
        "does the EU regulation on civilian and military use items cover cyber-surveillance?",
    ],
)
def test_dual_use_described_names_the_regulation(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "eu-dual-use-2021-821")


def test_what_came_after_a_year_is_told_by_an_entry_with_a_later_year(engine: SearchEngine) -> None:
    # main refused it at 0.45, the recast first (its years end in 2021)
    answered(engine, "did the EU create a cyber-surveillance list after 2021?", "eu-dual-use-2023-2024")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what happened to NSO after 2021?", "nso-group"),
        ("did the UK change its export rules after 2021?", "uk-export-controls"),
    ],
)
def test_after_a_year_twins_keep_their_answer(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


def test_another_places_rules_after_a_year_stay_refused(engine: SearchEngine) -> None:
    refused(engine, "did Switzerland change its export rules after 2021?")


@pytest.mark.parametrize(
    ("words", "lang", "years"),
    [
        (["after", "2021"], "en", {2021}),
        (["post", "2021"], "en", {2021}),
        (["nach", "2021"], "de", {2021}),
        (["since", "2021"], "en", set()),
        (["seit", "2021"], "de", set()),
    ],
)
def test_the_year_a_question_asks_what_came_after(words: list[str], lang: str, years: set[int]) -> None:
    assert later_years(words, lang) == years


@pytest.mark.parametrize(
    "question",
    [
        # main answered the recast at 0.98-0.99: its name outweighed the 'before' that makes it the time
        "EU dual-use rules before the recast",
        "what were the EU export rules before the recast?",
    ],
)
def test_a_rule_named_after_before_asks_for_the_rule_it_replaced(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "eu-dual-use-428-2009")


def test_the_recast_named_as_the_subject_keeps_its_answer(engine: SearchEngine) -> None:
    answered(engine, "what is new in the recast?", "eu-dual-use-2021-821")

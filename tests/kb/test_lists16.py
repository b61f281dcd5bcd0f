"""lists16 (issue 10 item 5): list questions a member words in ways the tune questions did not.

Arabic writes "to the Emirates" as one word, 'للإمارات' (li- + al-Imarat, the article's alif
swallowed): the place reader stripped 'لل' and looked up 'امارات', which is no name, so "which
companies sold spyware to the Emirates?" read no place and got no list at all. A plural question
about one named case ("which vendors' spyware was used on Ahmed Mansoor?") got no list either."""

from __future__ import annotations

import pytest

from bot.kb.list_names import NameTable
from bot.kb.service import KnowledgeService


@pytest.mark.parametrize(
    "question",
    [
        "ما هي الشركات التي باعت برامج تجسس للإمارات؟",  # which companies sold spyware to the Emirates?
        "أي الشركات باعت أدوات مراقبة للإمارات؟",  # which companies sold surveillance tools to the Emirates?
    ],
)
def test_arabic_to_the_emirates_gets_the_firms_that_sold_there(kb: KnowledgeService, question: str) -> None:
    got = {e.id for e in kb.search(question).items}
    assert {"nso-group", "bae-systems"} <= got, got


@pytest.mark.parametrize(
    ("question", "firms"),
    [
        (
            "which vendors' spyware was used against Ahmed Mansoor?",
            {"nso-group", "hacking-team", "gamma-finfisher"},
        ),
        ("which companies' tools were found in the Predator Files?", {"intellexa-cytrox"}),
    ],
)
def test_which_firms_of_a_named_case_lists_the_case_and_its_firms(
    kb: KnowledgeService, question: str, firms: set[str]
) -> None:
    """A plural question about one case ("which vendors ... Ahmed Mansoor?") got no list: the case's
    card names the firms, but the member asked for them, and a list shows each with its card."""
    got = {e.id for e in kb.search(question).items}
    assert firms <= got, got
    assert {e for e in got if e.startswith("case-")} <= {
        "case-ahmed-mansoor",
        "case-predator-files-2023",
    }, "only the case asked about, not every case of its firms"


def test_a_yes_no_question_about_one_case_gets_no_list(kb: KnowledgeService) -> None:
    """ "Any German firm's gear in ...?" asks whether, about one case: the engine answers it."""
    assert not kb.search("any German firm's equipment in Area's Syria system?").items


def test_a_name_inside_a_longer_name_is_part_of_it(kb: KnowledgeService) -> None:
    """ "Pegasus" inside "the Pegasus Project" named NSO Group too, and "which companies were involved in
    the Pegasus Project?" listed every Pegasus case."""
    names = NameTable(kb.engine.entries)
    assert names.named("which companies were involved in the pegasus project?") == {
        "case-pegasus-project-2021"
    }
    got = {e.id for e in kb.search("Which companies were involved in the Pegasus Project?").items}
    assert {"case-pegasus-project-2021", "nso-group"} <= got and "case-pegasus-mexico-2017" not in got, got


def test_what_an_authority_has_done_lists_its_measures(kb: KnowledgeService) -> None:
    """ "What has the UK done on spyware?" asks for a record of acts, the country's rules: it got no
    list. Without an authority or a country ("what has Citizen Lab done?") it stays one answer."""
    got = {e.id for e in kb.search("what has the UK done on spyware?").items}
    assert "uk-export-controls" in got and all(e.startswith(("uk-", "pall-mall")) for e in got), got
    assert not kb.search("what has Citizen Lab done?").items


@pytest.mark.parametrize(
    "question",
    ["Welche Fälle betreffen die Spyware Predator?", "Quali casi riguardano lo spyware Predator?"],
)
def test_a_product_named_after_its_kind_is_still_named(kb: KnowledgeService, question: str) -> None:
    """ "Predator spyware" is the name; other languages put the kind first ("die Spyware Predator",
    read "spyware predator"), which named nothing: the list held every spyware case."""
    got = {e.id for e in kb.search(question).items}
    assert {"case-predatorgate-greece", "case-predator-files-2023"} <= got, got
    assert "case-pegasus-project-2021" not in got and "case-hermit-2022" not in got, got


@pytest.mark.parametrize(
    ("question", "plural"),
    [
        ("which firm is behind the Pegasus Project?", "which firms are behind the Pegasus Project?"),
        ("which firm was behind Predatorgate?", "which firms were behind Predatorgate?"),
    ],
)
def test_which_firm_of_a_named_case_is_one_answer_not_a_list(
    kb: KnowledgeService, question: str, plural: str
) -> None:
    """'firm' is among the plural nouns for Polish ('lista firm'), but after 'which' it is the English
    singular: the member asks for one firm and gets one card, not a list of the case and its firms."""
    result = kb.search(question)
    assert result.answered, (question, result.confidence)
    assert not result.items, [e.id for e in result.items]
    assert len(kb.search(plural).items) >= 2

"""'Which <place> firm did the US blacklist?' asks for the firm, not the list that names it
(bot/kb/which.py): the rule's card retells whom it listed, when and why, and outranked the firm by
0.25-0.6 on main. A case that ranks first keeps its place (a firm's case tells what is asked of the
firm too), and a plural ('which companies') asks for what the rule lists."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine


def first(engine: SearchEngine, question: str) -> str:
    return engine.entries[engine.rank(question)[0][0]].id


@pytest.mark.parametrize(
    ("question", "firms"),
    [
        # main ranked the Entity List first for each
        ("what canadian company did the us add to the entity list?", {"sandvine"}),
        ("which russian firm ended up on the american blacklist in 2021", {"positive-technologies"}),
        ("which israeli company did the us blacklist in 2021 for selling spyware", {"nso-group", "candiru"}),
        # main ranked the Treasury's sanctions first
        ("which greek company did the us treasury sanction?", {"intellexa-cytrox"}),
        # 'outfit' is a firm ('outfits' firms): main read it as a plural
        ("what outfit from singapore did washington put on its blacklist for hacking exploits?", {"coseinc"}),
    ],
)
def test_which_firm_from_a_place_is_that_firm(engine: SearchEngine, question: str, firms: set[str]) -> None:
    assert first(engine, question) in firms


@pytest.mark.parametrize(
    ("question", "firm"),
    [
        # the place is told of 'a ... company' before 'which firm' asks it: main ranked the rule first
        (
            "I read that a Canadian company was added to the US entity list. Which firm was that and why?",
            "sandvine",
        ),
        (
            "someone told me a greek firm got sanctioned by the us treasury. which company?",
            "intellexa-cytrox",
        ),
    ],
)
def test_which_firm_of_a_firm_told_of_by_its_place(engine: SearchEngine, question: str, firm: str) -> None:
    assert first(engine, question) == firm


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # a case first: the sale asked of the firm is its case's story
        ("which dutch company sold emotion recognition software to china", "case-noldus-china"),
        # a rule asked for, by a place: no firm is asked
        ("what rules apply in the uk to spyware exports", "uk-export-controls"),
    ],
)
def test_what_is_not_a_firm_by_its_place_keeps_its_answer(
    engine: SearchEngine, question: str, entry: str
) -> None:
    assert first(engine, question) == entry


def test_a_firm_from_a_place_is_one_at_home_there_not_one_that_sold_there(engine: SearchEngine) -> None:
    # NSO Group's countries hold Spain (Catalangate) but its home is Israel (listed first): no
    # Spanish firm is on the Treasury's list, and the rule keeps its place over NSO
    assert first(engine, "which spanish firm did the us sanction for spyware?") != "nso-group"

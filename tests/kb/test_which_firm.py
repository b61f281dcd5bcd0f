"""'Which <place> firm did the US blacklist?' asks for the firm, not the list that names it
(bot/kb/which.py): the rule's card retells whom it listed, when and why, and outranked the firm by
0.25-0.6 on main. A case that ranks first keeps its place (a firm's case tells what is asked of the
firm too), and a plural ('which companies') asks for what the rule lists."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, first_ranked


@pytest.mark.parametrize(
    ("question", "firms"),
    [
        # main ranked the Entity List first for each
        ("what canadian company did the us add to the entity list?", {"sandvine"}),
        ("which russian firm ended up on the american blacklist in 2021", {"positive-technologies"}),
        # 'outfit' is a firm ('outfits' firms): main read it as a plural
        ("what outfit from singapore did washington put on its blacklist for hacking exploits?", {"coseinc"}),
    ],
)
def test_which_firm_from_a_place_is_that_firm(engine: SearchEngine, question: str, firms: set[str]) -> None:
    assert first_ranked(engine, question) in firms


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        # the firm's own card is less sure of these than the rule's (a margin of DESCRIBED_STEP): put
        # first, each was refused, where main answered with the rule that names the firm. Intellexa's
        # card opens with its Greek companies and tells the Treasury's sanctions in a later line: read
        # together (session 20, relations.IDENTITY), it answers as well as the rule, as the blind
        # files expect the firm or the rule for such a question
        (
            "which greek company did the us treasury sanction?",
            ("us-ofac-spyware-sanctions", "intellexa-cytrox"),
        ),
        ("which Singapore company was blacklisted by Washington?", "us-entity-list"),
        (
            "someone told me a greek firm got sanctioned by the us treasury. which company?",
            ("us-ofac-spyware-sanctions", "intellexa-cytrox"),
        ),
        # since 'added' reads as the cards' 'listed' (rules29), Sandvine's card, which tells its
        # listing in Feb 2024 and why, answers first (0.80): the firm asked, as in the first test
        (
            "I read that a Canadian company was added to the US entity list. Which firm was that and why?",
            ("us-entity-list", "sandvine"),
        ),
    ],
)
def test_a_firm_by_its_place_never_costs_the_answer_that_names_it(
    engine: SearchEngine, question: str, rule: str | tuple[str, ...]
) -> None:
    answered(engine, question, rule)


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        # Section 889 and the FCC's list bar five Chinese firms: ZTE, the best-ranked of them, was
        # answered alone as if it were the one asked
        ("which Chinese firm does the NDAA ban?", "us-other-measures"),
        ("which Chinese company's equipment did the FCC ban?", "us-other-measures"),
        # NSO Group and Candiru were listed together
        ("which israeli company did the us blacklist in 2021 for selling spyware", "us-entity-list"),
    ],
)
def test_several_firms_from_the_place_are_answered_by_the_rule_naming_them(
    engine: SearchEngine, question: str, rule: str
) -> None:
    answered(engine, question, rule)


def test_a_rule_asked_of_a_firm_by_its_place_offers_a_rule_first(engine: SearchEngine) -> None:
    # 'what rule ... Singapore firm' asks for the rule: COSEINC was offered first
    assert (
        engine.entries[engine.rank("what rule restricts Singapore firm hacking tools?")[0][0]].kind == "rule"
    )


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
    assert first_ranked(engine, question) == entry


def test_a_firm_from_a_place_is_one_at_home_there_not_one_that_sold_there(engine: SearchEngine) -> None:
    # NSO Group's countries hold Spain (Catalangate) but its home is Israel (listed first): no
    # Spanish firm is on the Treasury's list, and the rule keeps its place over NSO
    assert first_ranked(engine, "which spanish firm did the us sanction for spyware?") != "nso-group"

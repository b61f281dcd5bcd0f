"""A firm described by where its parent group, or the firms beside it, are from (session 29,
plainv): 'the Swedish camera maker owned by a Japanese imaging group' is Axis, whose card says
"owned by Canon" and never where Canon is from. The parent's home was weighed as a place the card
never names (`elsewhere`, `unplaced`) and held the right firm, ranked first, under the cut-off
(0.02-0.31 on int29). A card that names its parent but gives no home of it is not asked to name
that place (bot/kb/parented.py); any other place it never names still holds it, and a card that
gives its parent's home still must fit it."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "Which Swedish network camera maker, owned by a Japanese electronics group, sold to Chinese police?",
        "which Swedish CCTV firm owned by a Japanese conglomerate sold cameras to Chinese police?",
        "the Japanese-owned Swedish camera maker that sold to Chinese police",
        # 'whose parent is': read as 'owned by' (described.py `parent_homes`)
        "the Swedish maker of network video gear whose parent is a Japanese imaging group, sold to Chinese"
        " police",
        "the Swedish surveillance camera company whose parent was a Japanese electronics group",
    ],
)
def test_a_firm_described_by_its_parents_home(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "axis-communications")


@pytest.mark.parametrize(
    "question",
    [
        # a place the card never names, besides the parent's home
        "the Swedish camera maker owned by a Japanese group that sold to Iranian police",
        "the Swedish camera maker owned by a Japanese group: how many cameras did it sell in Brazil?",
        # Sandvine's card gives its owner's home (a US fund): another home is no fit
        "the Canadian DPI firm owned by a Japanese fund that sold to Egypt",
    ],
)
def test_other_places_still_hold_it(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


def test_a_parent_home_the_card_gives(engine: SearchEngine) -> None:
    # answered on int29 too
    answered(engine, "the Canadian DPI firm owned by an American fund that sold to Egypt", "sandvine")


# The home of the firms a firm is told of beside ('alongside Israeli spyware makers') is no place asked
# of it, when its card links a firm from there: Positive Technologies' card names NSO Group and Candiru
# (refused at 0.02 on int29, Israel weighed as a place its card never names)
@pytest.mark.parametrize(
    "question",
    [
        "Which Russian cybersecurity company did Washington blacklist together with Israeli spyware makers"
        " in late 2021?",
        "Which Russian cybersecurity company did Commerce blacklist alongside Israeli spyware vendors"
        " in late 2021?",
    ],
)
def test_a_firm_described_beside_others(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "positive-technologies")


@pytest.mark.parametrize(
    "question",
    [
        # no firm its card links is Chinese
        "Which Russian cybersecurity company did Washington blacklist together with Chinese spyware makers"
        " in late 2021?",
        "the Singapore exploit broker listed alongside Chinese firms",
    ],
)
def test_others_from_elsewhere_still_hold_it(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        # data/parents.yaml gives Boeing, Narus's parent, no Chinese or Russian home
        "which subsidiary of a Chinese company met Gaddafi's officials?",
        "which company owned by a Russian group met Libyan officials?",
    ],
)
def test_a_parent_home_the_table_does_not_give(engine: SearchEngine, question: str) -> None:
    refused(engine, question)

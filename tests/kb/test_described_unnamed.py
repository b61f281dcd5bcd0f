"""A firm asked for by description, its name forgotten (session 18, plain18): where it is from and
where it sold, what it made or when, facts that fit it and no other entry of its kind. The model
refused these with the right entry first (a description explains few of the card's words); the
search now answers them as it would the firm's name. The near misses beside them describe a firm
the same way with a place, year or kind of gear no entry gives it: they stay refused."""

from __future__ import annotations

import pytest

from bot.kb.described import Described
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, got, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # refused on main at 0.26, 0.57 and 0.47
        ("which italian spyware maker had its gear in kazakhstan?", "rcs-lab"),
        ("which israeli interception vendor had a deal in myanmar?", ("cognyte", "case-cognyte-myanmar")),
        # 'giant' for a big firm (knowledge/casual.yaml): refused on main at 0.40
        ("the canadian tech giant whose filtering boxes were used in egypt", "sandvine"),
    ],
)
def test_a_firm_described_by_its_home_and_more_is_answered(
    engine: SearchEngine, question: str, entry: str | tuple[str, ...]
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "which british firm sold spyware to japan?",
        "which british defence giant sold spyware to japan?",
        "which italian spyware maker had its gear in brazil?",
        "which italian spyware maker had its gear in kazakhstan in 2015?",
        "which chinese firm supplied facial recognition to uganda?",
        "which israeli interception vendor had a deal in nepal?",
        "did the swedish firm axis sell cameras to china in 2025?",
    ],
)
def test_a_description_no_entry_fits_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    "question",
    ["which chinese firm supplied cctv to uganda?", "which chinese telecom giant supplied cctv to uganda?"],
)
def test_a_description_the_card_tells_no_sale_of_stays_refused(engine: SearchEngine, question: str) -> None:
    """Huawei's card names Uganda only for an alleged, denied help to spy (`targeted_only`: no sale
    named, facts-addendum 3.38): asked which firm supplied gear there, it is offered, not answered
    (session 19, tests/kb/test_sold_to_another_role.py)."""
    refused(engine, question, "huawei", among=2)


def test_a_description_two_firms_fit_picks_neither(engine: SearchEngine) -> None:
    """Israeli spyware found in Mexico: NSO Group and QuaDream both; the description picks no one."""
    index = engine.index
    described = Described(index.entries)
    question = "which israeli spyware firm sold to mexico?"
    asked = Described.asked(question, index.analyse(question, ()))
    nso = index.by_id["nso-group"]
    assert described.matched(nso, asked)[0] >= 2
    assert not described.picks(nso, asked, range(len(index.entries)))


def test_a_case_is_described_by_its_own_firms_home_not_a_linked_firms(engine: SearchEngine) -> None:
    """A case is about its own firm: asked for a French firm in Syria, the member must not get the
    case of the Italian Area SpA (which links Qosmos, French; answered at 0.62 before) because a
    French supplier is linked to it."""
    result = engine.search("which French company sold gear to Syria?")
    area = result.entry is not None and result.entry.id == "case-area-syria"
    assert not (result.answered and area), got(result)

"""A firm described without its name by more than its home (session 32, desc32): a city where it
acted ('the Damascus email-snooping build': Syria), another party its card tells of ('the start-up
Google called out'), a month and year its card dates ('spun off in February 2021'), or a firm's
noun written 'start-up'. The model refused each with the right card first; a description that fits
that card and no other of its kind now answers as its name would. Twins that describe the firm
with a town, month or place its card never gives stay refused."""

from __future__ import annotations

import pytest

from bot.kb.described_parties import dates_of, party_names
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # refused on int32 at 0.24, 0.53 and 0.43
        ("German kit maker whose equipment ended up in the Damascus email-snooping build", "utimaco"),
        ("the Barcelona hacking start-up Google called out, which later got wound up", "variston"),
        ("the Israeli company spun off in February 2021 from a bigger analytics group", "cognyte"),
    ],
)
def test_a_firm_described_by_a_city_a_party_or_a_month_is_answered(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        # another month of the same year: Cognyte's card dates its spin-off February
        "the Israeli company spun off in March 2021 from a bigger analytics group",
        # a city its card never names: Variston was in Barcelona
        "the Madrid hacking start-up Google called out",
        # a place none of the German firms' cards gives
        "German kit maker whose equipment ended up in the Tehran email-snooping build",
    ],
)
def test_a_description_its_card_contradicts_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


def test_the_parties_and_dates_a_description_gives() -> None:
    assert party_names("the Vienna company Microsoft said was behind hacks") == {"microsoft"}
    # a place, a region, a month, a town's word or the first word is no party
    assert party_names("the Gulf reseller that sold to Syria in Feb 2011") == frozenset()
    assert party_names("Is the Tel Aviv firm on the list?") == frozenset()
    assert dates_of("spun off in February 2021, talks on 15 Feb 2011, in 2019") == {202102, 201102}

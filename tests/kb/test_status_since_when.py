"""A present status asked with when it began ("dahua banned from us federal contracts anymore? since
when", session 18): the member asks the date the state started, and the card that tells that state
with its date ('The US blacklisted both in Oct 2019', 'On the US Entity List since Nov 2021') answers
it, as a card tells any status as of its date. Before, 'anymore'/'still' read as asking how things
stand today, which no card states, and these were refused.

A status no card tells with its date stays refused ('is nso still banned in europe? since when'), and
so does a firm's own claim that names the place asked ('In 2020 Cellebrite said it does not sell to
countries ... sanctioned by the US' is no ban on Cellebrite). Kind `began`, bot/kb/values.py and
bot/kb/data/asked_values.yaml.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.values import default_asked_values
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the Hikvision/Dahua case: Section 889 bars federal procurement; blacklisted in Oct 2019
        ("dahua banned from us federal contracts anymore? since when", "case-hikvision-dahua-xinjiang"),
        # Candiru's card: 'On the US Entity List since Nov 2021'
        ("is candiru still blacklisted by the us? since when", "candiru"),
        # Positive Technologies: added to the US Entity List on 3 Nov 2021
        ("is positive technologies still sanctioned by the us? since when?", "positive-technologies"),
    ],
)
def test_a_status_asked_since_when_is_told_by_its_dated_statement(
    engine: SearchEngine, question: str, expected: str
) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # no card tells of a European ban on NSO
        "is nso still banned in europe? since when",
        # Cellebrite's card tells only its own claim about US-sanctioned countries
        "is cellebrite still banned in the us? since when",
        # Axis's cards tell that Chinese documents of 2012-2019 listed Axis as a recommended brand: a
        # firm named in a list, not a blacklisting begun (review19a; answered at 0.78 and 0.83)
        "is axis still sanctioned? since when",
        "is axis communications still blacklisted? since when",
    ],
)
def test_a_status_no_card_tells_with_its_date_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        # a status with when it began: the start, not today's state
        ("hikvision cant sell to the us govt anymore? since when", {"began", "date"}),
        ("seit wann ist NSO immer noch auf der Liste?", {"began", "date"}),
        # no status asked: a date, as before
        ("since when is NSO on the entity list?", {"date"}),
        # a status without when: today's state, as before
        ("is nso still on the entity list?", {"status"}),
    ],
)
def test_the_words_asking_when_a_status_began(question: str, kinds: set[str]) -> None:
    lang = "de" if question.startswith("seit") else "en"
    assert default_asked_values().asked(question, lang) & {"began", "date", "status"} == kinds

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

from bot.kb.asked_values import began_kinds, default_asked_values
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the Hikvision/Dahua case: Section 889 bars federal procurement; blacklisted in Oct 2019
        ("dahua banned from us federal contracts anymore? since when", "case-hikvision-dahua-xinjiang"),
        # Candiru's card: 'On the US Entity List since Nov 2021'
        ("is candiru still blacklisted by the us? since when", "candiru"),
        # a government's own dated word on its bar ('Israel says ... barred since a 2017 ruling')
        ("is israel still barring defence exports to myanmar? since when", "case-cognyte-myanmar"),
        # an order in force since signed ('Signed 27 March 2023'), and a regulation's own date
        ("is EO 14093 still in force? since when", "us-eo-14093"),
        ("is the EU dual use regulation 2021/821 still in force? since when", "eu-dual-use-2021-821"),
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
        # Trovicor's card dates its renaming, no ban (answered at 0.92: any dated state counted)
        "is trovicor still banned? since when",
        "est-ce que trovicor est toujours interdit ? depuis quand",
        # Meiya Pico's card dates a US listing; no card says the EU blacklisted it (0.75 before)
        "is meiya pico still blacklisted by the eu? since when",
    ],
)
def test_a_status_no_card_tells_with_its_date_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        # a status with when it began: the start of the state named, not today's state (fit19)
        ("hikvision cant sell to the us govt anymore? since when", {"began:banned", "date"}),
        ("seit wann ist NSO immer noch auf der Liste?", {"began:listed", "date"}),
        # a doing begun says nothing of now: today's state is weighed too
        ("is area spa still selling to syria? since when", {"began:selling", "status", "date"}),
        # a state no words name: any state begun, as before
        ("is finfisher still insolvent? since when", {"began", "date"}),
        # no status asked: a date, as before
        ("since when is NSO on the entity list?", {"date"}),
        # a status without when: today's state, as before
        ("is nso still on the entity list?", {"status"}),
    ],
)
def test_the_words_asking_when_a_status_began(question: str, kinds: set[str]) -> None:
    lang = "de" if question.startswith("seit") else "en"
    asked = default_asked_values().asked(question, lang)
    assert asked & {"began", "date", "status", *began_kinds()} == kinds

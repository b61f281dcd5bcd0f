"""Words a member asks with that no card says in them (session 28, plain28): 'date' asks for the day a
statement gives, never said beside it, and 'detain', 'deal', 'paid', 'caught' are what the cards say
as 'arrested', 'tender', 'pay' and 'attributed'. Weighed as things asked that no statement tells (the
model's `told`), each refused the right card it ranked first. Each question answered below was
refused on int28 unless marked; the near misses beside them, asking what no card holds in the same
words, stay refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the card says 'arrested on 20 March 2017'
        ("what date was ahmed mansoor detained", "case-ahmed-mansoor"),
        ("when did the uae detain ahmed mansoor", "case-ahmed-mansoor"),
        # the card says Cognyte won a 2020 tender (answered on int28 too)
        ("date cognyte won the myanmar deal?", "case-cognyte-myanmar"),
        # 'agreed to pay $100,000' (answered on int28 at 0.625, the cut-off itself)
        ("the italian interception firm that paid washington $100,000", "area-spa"),
        # 'Google attributed the Heliconia exploit framework'
        ("the barcelona exploit start-up google caught", "variston"),
        # answered on int28 too (0.83 -> 0.96)
        ("date meta removed the spy-for-hire firms?", "case-meta-takedown-2021"),
    ],
)
def test_asked_words_the_cards_say_otherwise(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        # a count no card gives: the words asking a count still count as asked (leaving them out let
        # these through)
        "how many phones did serbian police crack with cellebrite",
        "is ahmed mansoor still locked up? how many years did they give him",
        # a release and a payment no card records, and a detention of someone no card names
        "date ahmed mansoor was released?",
        "how much did cognyte get paid for the myanmar deal",
        "when did the uae detain alaa abd el-fattah",
    ],
)
def test_what_no_card_holds_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("ok and the austrian one that hit law firms?", "case-dsirf-subzero"),
        ("was Intellexa hit with sanctions?", "intellexa-cytrox"),
        ("who was hit by Predator in Greece?", "case-predatorgate-greece"),
    ],
)
def test_hit_reads_as_the_cards_targeted_or_infected(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)

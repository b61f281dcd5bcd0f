"""Dates and outcomes told in other words (issue 10, session 26).

'in the end' asks how things ended, the findings or outcome a card tells ('what did the parliament's
spyware inquiry find in the end?'), not how they stand now: read as 'still', it refused the inquiry's
card, which tells its conclusions and no present status. Beside a count it still asks the final
tally, which a target ('needed 1 million signatures') does not give.

A firm described, not named ('the Israeli company whose zero-click iPhone spyware ...: when did it
close?'): what its opening statement says it is describes it as its name would, so the date asked
needs no statement naming Israel ('reported in April 2023 that it was shutting down' answers it).
A value the card never gives (a price, a staff count) is still refused.

bot/kb/values.py (`AskedValues.asked`, `Values.unvalued`), bot/kb/data/asked_values.yaml.
"""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "what did the european parliament's spyware inquiry find in the end?",
        "the parliament committee on pegasus and predator: what did it find in the end?",
    ],
)
def test_what_an_inquiry_found_in_the_end_is_answered(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "ep-pega-inquiry")


@pytest.mark.parametrize(
    "question",
    [
        # the card gives the signatures needed, not those gathered
        "how many signatures did the ban-biometric-surveillance citizens' initiative gather in the end?",
        "how many MEPs backed the PEGA report in the end?",
    ],
)
def test_a_final_count_the_card_never_gives_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("what did the committee conclude in the end?", {"result"}),
        ("how many phones were hacked in the end?", {"count", "result", "status"}),
        ("is the firm still trading?", {"status"}),
    ],
)
def test_in_the_end_asks_how_it_ended_and_a_final_tally(question: str, kinds: set[str]) -> None:
    assert default_asked_values().asked(question) == kinds


@pytest.mark.parametrize(
    "question",
    [
        "the Israeli company whose zero-click iPhone spyware hit journalists: when was it reported to close?",
        "that israeli outfit that sold a zero click iphone exploit, when did it shut down?",
    ],
)
def test_the_closing_date_of_a_firm_described_is_answered(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "quadream")


@pytest.mark.parametrize(
    "question",
    [
        "the Israeli company whose zero-click iPhone spyware hit journalists: how much did Saudi Arabia pay?",
        "the israeli zero-click iphone spyware firm: how many staff did it have?",
    ],
)
def test_a_value_the_described_firms_card_never_gives_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)

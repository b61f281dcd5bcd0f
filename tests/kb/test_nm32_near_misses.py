"""Near misses answered as facts (issue 10, session 32): a place acting after a question word
('what did Canada do to limit Sandvine's exports?' got Sandvine's card, which names Canada only as
its home, at 0.78), and a place's own law ('Har Sverige egna exportregler utöver EU:s?' got
Amnesty's report on EU rules at 0.94). Each with its twin that keeps its answer.
"""

from __future__ import annotations

import pytest

from bot.kb.own_law import own_place
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, not_answered_with, refused


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        # Canada is Sandvine's home on its card, not a place that acted against it
        ("what did Canada do to limit Sandvine's exports?", "sandvine"),
        ("how did Canada respond to Sandvine?", "case-sandvine-turkey-belarus-egypt"),
        # nothing else asked: no Canadian body acts on the card (fixact32; answered 0.94 before)
        ("what did Canada do about Sandvine?", "case-sandvine-turkey-belarus-egypt"),
        # no Swedish rule: Amnesty's report is on EU rules (Sweden named as Axis's home)
        ("Har Sverige egna exportregler för övervakningsteknik utöver EU:s?", "amnesty-out-of-control-2020"),
        (
            "Does France have its own export rules on surveillance tech beyond the EU?",
            "amnesty-out-of-control-2020",
        ),
    ],
)
def test_what_no_card_tells_is_refused(engine: SearchEngine, question: str, wrong: str) -> None:
    refused(engine, question)
    not_answered_with(engine, question, wrong)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the US acted against Sandvine: the case tells its listing
        ("what did the US do to Sandvine?", "case-sandvine-turkey-belarus-egypt"),
        ("what did Greece do about Predator?", "case-predatorgate-greece"),
        # the place's bodies acting answer what it did (place_acted.py, fixact32): Italy's Ministry
        # revoked Hacking Team's licence, Milan prosecutors searched Area, the European Parliament's
        # PEGA committee raised Greece (all refused on int32)
        ("what did Italy do to stop Hacking Team?", "case-hacking-team-leak-2015"),
        ("how did Italy respond to the Hacking Team leak?", "case-hacking-team-leak-2015"),
        ("how did Italy punish Area?", "case-area-syria"),
        ("how did the EU respond to Predatorgate?", "case-predatorgate-greece"),
        # a place's adjective before a firm's noun describes the firm: no place acting
        ("What did the Canadian company Sandvine sell to Egypt?", "sandvine"),
        # the place's own rule is on a card whose authority it is
        ("does the UK have its own export rules for spyware?", "uk-export-controls"),
        ("did EU ever add its own cyber surveillance control list after 2021?", "eu-dual-use-2023-2024"),
        ("what does the EU's own dual-use regulation say about cyber-surveillance?", "eu-dual-use-2021-821"),
    ],
)
def test_the_twin_keeps_its_answer(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Har Sverige egna exportregler för övervakningsteknik utöver EU:s?", "country:sweden"),
        ("gibt es in deutschland seit dem finfisher-fall ein eigenes gesetz?", "country:germany"),
        ("does the UK have its own export rules for spyware?", "country:united kingdom"),
        # no 'own': no place's own law asked
        ("Har Sverige exportregler för övervakningsteknik?", None),
        # Italian 'proprio' is 'really', French 'propre' as often 'clean': no own (fixact32)
        ("la Francia ha proprio vietato l'export di spyware?", None),
        ("la France a-t-elle une loi propre sur les logiciels espions?", None),
        ("l'Italia ha una propria legge sull'export di spyware?", "country:italy"),
        # 'own' before any place: whose is not read
        ("own export rules, does sweden have them?", None),
    ],
)
def test_whose_own_law_is_asked(engine: SearchEngine, question: str, place: str | None) -> None:
    reading = engine.read(question)
    assert own_place(engine.index.analyse(reading.text, reading.ordinary)) == place


@pytest.mark.parametrize(
    "question",
    [
        # the US Treasury's card names Ireland as Intellexa's seat: a rule sells nothing
        "¿Quién vende spyware a Irlanda?",
        "Wer verkauft Spähsoftware an Irland?",
    ],
)
def test_a_rule_is_no_seller(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
    not_answered_with(engine, question, "us-ofac-spyware-sanctions")


def test_who_sold_keeps_the_case_of_the_sale(engine: SearchEngine) -> None:
    answered(engine, "¿Quién vendió Pegasus a México?", "case-pegasus-mexico-2017")

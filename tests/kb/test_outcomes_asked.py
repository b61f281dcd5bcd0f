"""Close near misses that ask what came AFTER what an entry tells (issue 10, session 14): a member names
a case the knowledge holds and asks whether an appeal was won, what sentence was handed down, whether
a fine was imposed or money collected, what a probe concluded, where the entry stops before any of
that. They get "I don't have that" (with the entries offered); an outcome the entry does give (a
fine imposed, charges brought, a jury's award, a committee's findings) is still answered.

The answer model's feature `unsettled` carries it (bot/kb/values.py; the words asking an outcome and
what a statement giving one holds: the kinds appeal ... result of bot/kb/data/asked_values.yaml).
"""

from __future__ import annotations

import pytest

from bot.kb.asked_values import OUTCOMES, default_asked_values
from bot.kb.calibration import FEATURES
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

UNSETTLED = FEATURES.index("unsettled")


@pytest.mark.parametrize(
    "question",
    [
        # the card says only that NSO would likely appeal: no appeal filed, heard or decided
        "Did NSO win its appeal against the WhatsApp jury award?",
        # four managers were charged in May 2023; no trial outcome is recorded
        "What prison sentences were the FinFisher managers given?",
        # the Defence Ministry opened an initial probe; no penalty is in the sources
        "Was Allot penalised after the probe?",
        # a jury awarded damages; nothing says they were paid
        "Has WhatsApp actually been paid the damages by NSO?",
    ],
)
def test_an_outcome_no_statement_gives_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question, offers=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 'a $100,000 civil penalty' (BIS, 2014)
        ("How big was the US penalty on Area SpA for Syria?", "case-area-syria"),
        # 'prosecutors charged four FinFisher managers'
        ("Were the FinFisher managers charged in Munich?", "case-finfisher-turkey-prosecution"),
        # the judge found NSO liable, a jury awarded damages
        ("What was the outcome of WhatsApp's lawsuit against NSO?", "case-whatsapp-v-nso"),
        # what NSO said it would do is in the entry: not an appeal's outcome
        ("Is NSO going to appeal the WhatsApp verdict?", "case-whatsapp-v-nso"),
        # 'Its findings: major violations of EU law in Poland and Hungary'
        ("What did the PEGA committee conclude?", "ep-pega-inquiry"),
    ],
)
def test_an_outcome_the_entry_gives_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


def test_the_entry_that_gives_the_fine_is_not_unsettled(engine: SearchEngine) -> None:
    rows = engine.evidence("Was Area SpA fined over Syria?")
    assert engine.entries[rows[0][0]].id == "case-area-syria"
    assert rows[0][2][UNSETTLED] == 0.0


@pytest.mark.parametrize(
    ("question", "lang", "kinds"),
    [
        ("did NSO appeal the verdict?", "en", {"appeal"}),
        ("Wurden die FinFisher-Manager verurteilt?", "de", {"verdict"}),
        ("Gab es Strafen für Trovicor?", "de", {"fine"}),
        ("was Tal Dilian arrested?", "en", {"charge"}),
        ("Area SpA a-t-elle récupéré les 7 millions ?", "fr", {"collected"}),
        ("what came of the probe?", "en", {"result"}),
        # a future appeal is what the entry tells, not an outcome; Italian 'che fine ha fatto' is
        # 'what became of', Italian 'sue' is 'his, her'
        ("is NSO gonna appeal the verdict?", "en", set()),
        ("Che fine ha fatto Hacking Team?", "it", set()),
        ("Che cos'è Clearview AI e a chi vende le sue ricerche?", "it", set()),
    ],
)
def test_the_words_asking_an_outcome(question: str, lang: str, kinds: set[str]) -> None:
    assert default_asked_values().asked(question, lang) & set(OUTCOMES) == kinds


def test_an_outcome_the_card_denies_is_not_told(engine: SearchEngine) -> None:
    # 'Charges are not a conviction; no trial outcome is recorded': the Amesys card names a
    # conviction only to deny one, and answered "was he convicted?" at 0.91
    refused(engine, "Was Philippe Vannier convicted?", "case-amesys-libya")


def _unsettled(engine: SearchEngine, question: str, entry: str) -> float:
    rows = engine.evidence(question)
    return next(x[UNSETTLED] for i, _, x in rows if engine.entries[i].id == entry)


def test_an_outcome_told_of_another_party_is_unsettled(engine: SearchEngine) -> None:
    # the Blue Coat card's only fine is the one its Dubai distributor Computerlinks paid: "was Blue
    # Coat itself fined?" is not told, "was Computerlinks fined?" is
    assert (
        _unsettled(engine, "was blue coat itself fined for the syria devices?", "case-blue-coat-syria") == 1.0
    )
    assert (
        _unsettled(engine, "was computerlinks fined over the blue coat devices?", "case-blue-coat-syria")
        == 0.0
    )


def test_an_outcome_told_of_the_cards_own_person_by_a_pronoun_is_settled(engine: SearchEngine) -> None:
    # 'He was arrested on 20 March 2017': no other party named, so it is Mansoor's own arrest
    answered(engine, "when was Ahmed Mansoor arrested?", "case-ahmed-mansoor")
    assert _unsettled(engine, "when was Ahmed Mansoor arrested?", "case-ahmed-mansoor") == 0.0


def test_a_complaint_is_a_suit_not_a_charge(engine: SearchEngine) -> None:
    # the Polish card tells of prosecutors looking into 'a complaint from the Senate's special
    # committee': no one was charged or prosecuted; a complaint filed is a suit brought
    refused(engine, "was anyone prosecuted in poland for the pegasus surveillance?")
    answered(engine, "did anyone file a lawsuit over catalangate?", "case-catalangate-2022")


def test_the_cases_own_name_is_no_party(engine: SearchEngine) -> None:
    # 'Predatorgate' names the case, not whose charge is asked: its statements need not repeat it
    assert _unsettled(engine, "was anyone charged over predatorgate?", "case-predatorgate-greece") == 0.0

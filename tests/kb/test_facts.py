"""Near misses: a known company, a kind of fact no entry holds. The member gets "I don't have that",
not the company's card with nothing about what was asked."""

from __future__ import annotations

import pytest

from bot.kb.check import CheckReport
from bot.kb.facts import default_fact_kinds
from bot.kb.model import Entry
from bot.kb.search import SearchEngine

FACTS = default_fact_kinds()


def _entry(body: str) -> Entry:
    return Entry(
        id="acmespy",
        kind="vendor",
        title="AcmeSpy",
        summary="Spyware vendor.",
        body=body,
        status="alleged",
        last_reviewed="2026-01",
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("who owns utimaco today?", "ownership"),
        ("Who founded QuaDream?", "founding"),
        ("Hoeveel omzet maakt TKH Group?", "money"),
        ("¿Cuánto factura Cellebrite al año?", "money"),
        ("Quanti dipendenti ha Area SpA?", "staff"),
        ("Wer ist der Geschäftsführer von Trovicor?", "leadership"),
        ("海康威视的创始人是谁？", "founding"),
        ("Кто владелец Sandvine?", "ownership"),
        ("is clearview ai on the entity list?", "listing"),
        ("how much does a pegasus licence cost a government?", "price"),
        ("were the Area SpA managers convicted in Italy?", "outcome"),
        ("Wurden die FinFisher-Manager verurteilt?", "outcome"),
        ("did anyone sue Hikvision?", "lawsuit"),
        ("Was Candiru fined?", "penalty"),
        ("Czy Cellebrite zapłacił karę pieniężną?", "penalty"),
        ("should I boycott Axis cameras?", "advice"),
        ("Wie schütze ich mein Handy vor Pegasus?", "advice"),
        ("如何保护我的手机不被飞马软件入侵？", "advice"),
        ("When is the next Wassenaar plenary?", "future"),
        ("Is it ethical for our city to keep buying Hikvision cameras?", "advice"),
        ("Ile rząd zapłacił za Pegasusa?", "price"),
    ],
)
def test_the_kind_of_fact_asked_is_read_in_any_language(question: str, kind: str) -> None:
    assert kind in FACTS.asked(question)


@pytest.mark.parametrize(
    "question",
    [
        "which companies sold spyware to Mexico?",
        "where does the Met deploy live facial recognition vans?",
        "did Cellebrite sell UFED to Myanmar?",
        "what is the EU dual-use regulation?",
        "hacking team got hacked lmao. when was that",
        # Italian 'fine' is an end, not a penalty; 'sancionada' is a sanctions listing, not a fine
        "Che fine ha fatto Hacking Team dopo il leak del 2015?",
        "How does Pegasus get onto a phone?",
    ],
)
def test_ordinary_questions_ask_no_company_fact(question: str) -> None:
    """Words that merely look like a fact kind ('live' recognition, 'sold') do not count."""
    assert FACTS.asked(question) == frozenset()


def test_an_entry_holds_a_kind_only_when_its_text_speaks_of_it() -> None:
    assert "ownership" not in FACTS.held(_entry("Sold interception tools to Egypt in 2014."))
    assert "ownership" in FACTS.held(_entry("It was acquired by a private equity firm in 2019."))
    # 'designate a representative' is not a sanctions designation
    assert "listing" not in FACTS.held(_entry("The regulator required it to designate a representative."))
    assert "listing" in FACTS.held(_entry("The US added it to the Entity List in 2021."))


@pytest.mark.parametrize(
    ("entry_id", "question"),
    [
        ("utimaco", "who owns utimaco today?"),
        ("hikvision", "What is Hikvision's annual revenue?"),
        ("candiru", "who is the CEO of candiru"),
        # a known case or firm, and where its entry stops: a court's outcome, a fine, advice
        ("case-area-syria", "were the Area SpA managers convicted in Italy?"),
        ("trovicor", "Was Trovicor fined in Germany?"),
        ("axis-communications", "should I boycott Axis cameras?"),
        ("nso-group", "Wie schütze ich mein Handy vor Pegasus?"),
    ],
)
def test_a_known_company_with_a_fact_no_entry_holds_is_refused(
    engine: SearchEngine, shipped: CheckReport, entry_id: str, question: str
) -> None:
    entry = next(e for e in shipped.entries if e.id == entry_id)
    assert not FACTS.asked(question) & FACTS.held(entry), "the entry now holds it: pick another company"
    result = engine.search(question)
    assert not result.answered, (result.entry.id if result.entry else None, result.confidence)
    # the company stays on offer as an alternative: the member can still open it
    assert entry_id in [a.id for a in result.alternatives[:3]]


def test_a_fact_the_entry_holds_is_still_answered(engine: SearchEngine) -> None:
    result = engine.search("is hikvision on the entity list?")
    assert result.answered and result.entry is not None and result.entry.id == "hikvision"


@pytest.mark.parametrize(
    ("entry_id", "question"),
    [
        ("case-area-syria", "How much was Area SpA fined by the US?"),
        ("wassenaar-arrangement", "what is the Wassenaar Arrangement?"),
        ("nso-group", "What does Pegasus do to a phone?"),
    ],
)
def test_the_close_control_of_a_refused_near_miss_is_answered(
    engine: SearchEngine, entry_id: str, question: str
) -> None:
    """The same firm or case, asked what its entry does say: the new kinds must not refuse it."""
    result = engine.search(question)
    assert result.answered and result.entry is not None and result.entry.id == entry_id, result.confidence

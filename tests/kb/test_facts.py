"""The kinds of company fact a question asks for and an entry holds (ownership, money, a fine...),
read in any language. What search does with a kind no entry holds is in test_near_misses.py."""

from __future__ import annotations

import pytest

from bot.kb.facts import default_fact_kinds
from bot.kb.model import Entry

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

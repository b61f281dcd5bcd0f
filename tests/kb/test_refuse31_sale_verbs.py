"""A verb of selling or making in another language reads as its English twin (knowledge/glossary.yaml
'sells', 'makes'): 'Welche Firma vertreibt Pegasus?' was refused at 0.50, 'vertreibt' weighed as a
rare word NSO's card leaves out, where 'which company sells Pegasus?' is answered at 0.88. The present
only: a past 'vendeu' read as 'sold' answered a British firm's sales to the Gulf with the UK's rules.
Near misses stay refused: a sale to a place no card tells of is still a place the card leaves out."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Welche Firma vertreibt Pegasus?", "nso-group"),
        ("ما هو برنامج بيغاسوس ومن يصنعه؟", "nso-group"),
        ("Qual empresa sediada em Herzliya comercializa esse spyware para governos?", "nso-group"),
    ],
)
def test_a_sale_or_make_verb_reads_as_the_english(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "NSO le vendió Pegasus a Colombia?",
        "A NSO vendeu o Pegasus para o governo brasileiro?",
        "¿Qué empresa vendió spyware al gobierno de Colombia en 2023?",
    ],
)
def test_a_sale_to_a_place_no_card_tells_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "qual empresa britânica vendeu sistemas de vigilância em massa aos países do Golfo?",
        "Welche britische Firma hat Massenüberwachungssysteme an die Golfstaaten verkauft?",
    ],
)
def test_a_past_sale_keeps_the_firm_described(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "bae-systems")


def test_a_makers_noun_keeps_the_case_asked(engine: SearchEngine) -> None:
    # 'Herstellers' is the firm's noun, not the verb: the charges asked stay the case's
    answered(
        engine,
        "Hat die Münchner Staatsanwaltschaft gegen Manager des FinSpy-Herstellers Anklage erhoben?",
        "case-finfisher-turkey-prosecution",
    )

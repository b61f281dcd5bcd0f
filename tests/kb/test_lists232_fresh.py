"""Session 32 (round 2) list readings, each from the member's side.

- A long noun phrase's plural noun may stand after more than three words that only narrow it
  ("Israeli phone-spyware sellers other than NSO?"): read from its first three words it asked for
  nothing, and the engine answered NSO, the one firm the member left out.
- Portuguese, Spanish, Italian and French exclusions contracted with their article ("além da NSO",
  "además del", "oltre alla", "en dehors du") leave the name out as "além de" did.
- Turkish "her şey" (everything) written as two words asks for everything on a place as "herşey" did.
- A town in a country asked ("Todo lo relacionado con España o Barcelona") says no more than the
  country: it no longer pushed the question past a short request's length.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

ISRAELI_OTHERS = {"candiru", "paragon-solutions", "quadream"}


@pytest.mark.parametrize(
    "question",
    [
        "Israeli phone-spyware sellers other than NSO?",
        "Israeli phone spyware vendors apart from NSO",
        "Israeli spyware sellers other than NSO?",  # as before
    ],
)
def test_narrowed_noun_phrase_with_an_exclusion(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == ISRAELI_OTHERS


@pytest.mark.parametrize(
    "question",
    [
        "Quais empresas israelenses vendem spyware de celular além da NSO?",
        "Aziende israeliane di spyware oltre alla NSO?",
        "Empresas israelíes de spyware además de NSO",  # as before
    ],
)
def test_exclusion_contracted_with_its_article(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == ISRAELI_OTHERS


def test_twin_without_exclusion_keeps_nso(kb: KnowledgeService) -> None:
    assert "nso-group" in listed(kb, "Israeli phone-spyware sellers?")


@pytest.mark.parametrize("question", ["Rusya'yla bağlantılı her şey", "Rusya ile ilgili her şey"])
def test_turkish_everything_in_two_words(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"positive-technologies", "case-cellebrite-hk-belarus-serbia"} <= got, got


def test_town_in_the_country_asked(kb: KnowledgeService) -> None:
    spain = listed(kb, "Todo lo relacionado con España")
    assert spain and "case-catalangate-2022" in spain
    assert listed(kb, "Todo lo relacionado con España o Barcelona") == spain


def test_a_question_about_the_place_stays_answered(kb: KnowledgeService) -> None:
    assert not listed(kb, "¿Es legal el spyware en España o Barcelona?")

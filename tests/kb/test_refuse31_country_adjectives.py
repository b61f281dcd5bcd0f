"""A country's adjective in another language is the place, as an English demonym is ('Turkish',
'Egyptian'): German 'türkischen' weighed as an ordinary word, so a German story about a fake Turkish
opposition website and Munich's prosecutors got the Egyptian Nexa case first and was refused; with
the place read it gets the FinFisher Turkey prosecution (knowledge/glossary.yaml: adjectives beside
the countries' names). A firm of that place no card holds is still refused."""

from __future__ import annotations

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

STORY = (
    "Ich recherchiere für eine kleine Menschenrechtsorganisation in Berlin und habe folgende Frage. "
    "Im Jahr 2017 tauchte auf einer gefälschten Webseite einer türkischen Oppositionsbewegung eine "
    "Spähsoftware auf, und später ermittelte die Münchner Staatsanwaltschaft. Was ist aus diesem "
    "Verfahren geworden, und wurde jemand angeklagt?"
)


def test_a_german_story_with_a_turkish_adjective_gets_the_turkey_case(engine: SearchEngine) -> None:
    answered(engine, STORY, "case-finfisher-turkey-prosecution")


def test_a_firm_of_a_place_no_card_holds_stays_refused(engine: SearchEngine) -> None:
    refused(engine, "Welche türkische Firma verkauft Spyware?")

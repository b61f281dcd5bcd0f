"""Abbreviations members type for the domain's words (knowledge/casual.yaml): 'nyt' for the New
York Times the cards cite in their text, 'telco' for a telecom. Left as typed, each weighed as a
name no card holds (6.3 and 9.0 of a question's weight) and refused the question it was in."""

from __future__ import annotations

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


def test_nyt_reads_as_the_new_york_times(engine: SearchEngine) -> None:
    answered(engine, "what did the nyt report about nso in mexico", "case-pegasus-mexico-2017")
    answered(engine, "nyt story about pegasus in mexico?", "case-pegasus-mexico-2017")


def test_telco_reads_as_telecom_but_asks_nothing_by_itself(engine: SearchEngine) -> None:
    assert engine.read("myanmar telco").text == "myanmar telecom"
    refused(engine, "is my telco spying on me")
    refused(engine, "nyt best books of the year")

"""Everyday words the cards say otherwise (session 26, para26): verbs of removal ('kicked', 'booted',
'purged'), 'feds' (the US),
'implant', 'walkie-talkie', and a city whose country a card names though no entry lists it ('Doha',
'Muscat'). Unknown to every card, each weighed like a name no card holds and refused the right one.
Each question answered below was refused on int26 (two marked otherwise); its near-miss twin, the
same words asking what no card holds, stays refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # removal: the Meta card says 'removed' and 'takedown'
        ("the year meta purged the hire-for-spying outfits from its apps", "case-meta-takedown-2021"),
        # answered on int26 too (0.96 -> 0.97)
        ("which companies did meta kick off its platforms for spying for hire", "case-meta-takedown-2021"),
        (
            "meta booted spy-for-hire firms in 2021, how many people had they targeted",
            "case-meta-takedown-2021",
        ),
        # spyware put on a phone
        ("how many thai activists got the pegasus implant", "case-pegasus-thailand-2022"),
        ("the walkie talkie maker from china that lost to motorola in a us court", "hytera"),
        # a British spelling and the money's name: the cards say 'penalty', 'fined' and 'euro'
        ("how many euros was clearview penalised in france", "case-clearview-eu-enforcement"),
        # hardware: the card's equipment
        ("what hardware did netapp sell for the syria email snooping", "netapp"),
    ],
)
def test_everyday_words_for_what_the_cards_say(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "bae systems monitoring systems shipped to doha and muscat, when was that reported",
        "bae sold mass monitoring kit to doha, muscat and riyadh, right?",  # answered on int26 too
    ],
)
def test_a_city_whose_country_a_card_names_is_a_place(engine: SearchEngine, question: str) -> None:
    # Qatar and Oman are named in BAE's story, though no entry lists them as countries: their capitals
    # weighed as names no card holds (refused at 0.42)
    answered(engine, question, "bae-systems")


@pytest.mark.parametrize(
    "question",
    [
        "did meta kick nso off whatsapp in norway?",
        "how much did the feds pay nso?",
        "was clearview penalised in norway too?",
        "how many euros did dsirf pay the bankers?",
        "which firm sold phone implants to the police in doha?",
        "was ahmed mansoor jailed in qatar too?",
    ],
)
def test_the_same_words_asking_what_no_card_holds(engine: SearchEngine, question: str) -> None:
    refused(engine, question)

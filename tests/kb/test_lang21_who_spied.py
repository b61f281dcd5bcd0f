"""Who spied on whom, asked with the active past ('¿Candiru espió a gente en España?', 'a Candiru
espionou...', 'Candiru spiava...', 'hat Candiru ... spioniert?', 'czy Candiru szpiegowało...'): the
glossary read only the passive ('espiado', 'spiati', 'szpiegowany') as the cards' 'targeted', so the
verb was an ordinary word no card explains and the question was refused (0.37-0.53) where 'did Candiru
spy on people in Spain?' is answered with CatalanGate (Pegasus and Candiru against the Catalan
movement). A place no card puts Candiru in stays refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

CANDIRU_IN_SPAIN = {"case-catalangate-2022", "case-candiru-victims-2021", "candiru"}


@pytest.mark.parametrize(
    "question",
    [
        "¿Candiru también espió a gente en España?",
        "a Candiru espionou pessoas na Espanha?",
        "Candiru spiava persone in Spagna?",
        "Candiru espionnait-elle des gens en Espagne ?",
        "hat Candiru Menschen in Spanien spioniert?",
        "czy Candiru szpiegowało ludzi w Hiszpanii?",
    ],
)
def test_who_a_vendor_spied_on_is_answered_in_the_active_past(engine: SearchEngine, question: str) -> None:
    answered(engine, question, CANDIRU_IN_SPAIN)


@pytest.mark.parametrize(
    "question",
    [
        "¿Candiru espió a gente en Noruega?",
        "a Candiru espionou pessoas na Noruega?",
        "Candiru spiava persone in Norvegia?",
    ],
)
def test_spying_in_a_place_no_card_names_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)

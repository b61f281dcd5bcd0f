"""Everything on a place asked in the shapes members type (lplace31).

Before: "Ghana or Nigeria: anything?", "Inwigilacja w Polsce – wszystkie materiały", "越南相关的内容有
哪些", "Türkiye'de casus yazılımla ilgili neler var?", "the Dubai angle", "Belarus stuff", "Azerbaijan -
what have you got" and "¿Qué tienes de Tailandia o de El Salvador?" got no list. Each shape is
tested here on other places than the questions that showed it, with twins that must stay as they were.
"""

from __future__ import annotations

import pytest

from bot.kb.inflected import inflected
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "must"),
    [
        # a closing clause that only asks for all of it, in any language
        ("Egypt or Libya: anything?", {"case-nexa-egypt-cerebro", "case-amesys-libya"}),
        ("Ungarn – alles", {"case-pegasus-hungary"}),
        ("Szpiegowanie w Hiszpanii – wszystkie materiały", {"case-catalangate-2022"}),
        # "related content" written without spaces
        ("缅甸相关的内容有哪些", {"case-cognyte-myanmar"}),
        # a foreign term of several words the glossary reads as one does not make the question long
        ("Mısır'da casus yazılımla ilgili neler var?", {"case-egypt-nour-eltantawy"}),
        # the place and a tie to it or a vague noun, alone
        ("the Bahrain angle", {"case-finfisher-bahrain"}),
        ("Serbia stuff", {"case-cellebrite-hk-belarus-serbia"}),
        # a closing clause asking what is held, or a phrase asking it before the place
        ("Mexico - what have you got", {"case-pegasus-mexico-2017"}),
        ("Pegasus na Węgrzech – co macie?", {"case-pegasus-hungary"}),
        ("¿Qué tienes de Hungría?", {"case-pegasus-hungary"}),
        ("Intellexa et la Grèce : tous les éléments", {"case-predatorgate-greece"}),
    ],
)
def test_everything_on_a_place_is_listed(service, question: str, must: set[str]) -> None:
    assert must <= listed(service, question)


def test_a_polish_locative_in_ce_names_its_country() -> None:
    assert inflected(["polsce"]) == "Poland"
    assert inflected(["polska"]) == "Poland"


@pytest.mark.parametrize(
    "question",
    [
        "did Serbia do anything?",  # a yes/no question: the engine answers it
        "what's the Bahrain angle?",  # a question word asks something of the tie
        "qosmos france syria... connection?",  # a tie between a firm and a sale: the firm's card
        "NSO stuff",  # a firm's card, not a place's entries
    ],
)
def test_a_question_about_the_place_is_no_everything_list(service, question: str) -> None:
    assert not listed(service, question)

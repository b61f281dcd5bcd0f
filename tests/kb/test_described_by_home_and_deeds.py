"""A firm asked for by its home and what it did is answered when the card tells both, though the
question never names it (session 21, desc21). 'which german company's gear went into the email
interception system an italian firm built for syria?' ranked Area SpA's card first (Italian, named by
'an italian firm') and was refused (0.04): the firm asked is German, and Utimaco's card tells of its
equipment in that system. Qosmos and Utimaco carry no technology tag (the brief says only
'equipment'), so a question naming the interception their cards tell of was refused as asking gear
they never had. A city right before the firm noun says its home ('which Paris company'), unless the
card, or its firm's card, does not name that town. Twins with a home no such firm has stay refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # refused at 0.04 with Area SpA first: 'an italian firm' made the firm asked Italian too
        (
            "which german company's gear went into the email interception system an italian firm built"
            " for syria?",
            "utimaco",
        ),
        (
            "which french company's gear went into the email interception system an italian firm built"
            " for syria?",
            "qosmos",
        ),
        # refused at 0.07 with Qosmos first: no technology tag, so no interception gear
        ("which french firm supplied equipment for syria's email interception?", "qosmos"),
        # refused at 0.46: a city right before the firm noun is its home town, as a list reads it
        ("Which Paris company supplied gear for Syria's email interception?", "qosmos"),
    ],
)
def test_a_firm_described_by_its_home_and_what_its_card_tells_is_answered(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "which swedish company's gear went into the email interception system an italian firm built"
        " for syria?",
        "which spanish firm supplied equipment for syria's email interception?",
        "¿qué empresa sueca suministró equipos para interceptar el correo en Siria?",
        "which german firm sold surveillance systems to saudi arabia and qatar?",
        "which Stockholm firm's equipment ended up in the Syrian email interception system?",
        "which Paris firm sold spyware to Mexico?",
        # review21: answered at 0.62 (the description's lift) by cards putting the firm in Lund and
        # Milan: a firm's card stood for every town of its country
        "which Stockholm company sold cameras to China?",
        "which Rome firm sold spyware to Egypt?",
        "which Rome company sold spyware to Sudan?",
    ],
)
def test_a_firm_described_by_a_home_no_card_gives_it_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)

"""A rule described without its name, by its body's seat and its form (described_rules.py): session
34. 'Brussels' voluntary guidance for exporters on unlisted snooping items' was refused at .16 with
the Commission recommendation first. The twins with the wrong body, form or place, a body no rule
card belongs to, and a description that fits several rules of one body and form stay refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Brussels' voluntary guidance for exporters on unlisted snooping items",
            "eu-recommendation-2024-2659",
        ),
        ("the Washington sanctions on the Greek spyware network", "us-ofac-spyware-sanctions"),
    ],
)
def test_a_rule_described_by_its_body_and_form_is_answered(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "the Japanese export order on surveillance gear",
        "the Australian law banning spyware sales",
        "Brussels guidance on AI in schools",
        "Brussels' voluntary guidance on drone exports to Japan",
        # 'the London law on spyware exports' is the UK's one law card, tagged spyware: answered since
        # session 36 (test_desc36_rule_descriptions.py), lifted from second place
        "the Brussels law on exports",
    ],
)
def test_a_rule_description_that_fits_no_one_card_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)

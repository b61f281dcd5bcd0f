"""How to work a device or an app (issue 10, session 16): "how do you switch on lockdown mode on an
iphone?" was answered (0.75) with the Eltantawy case, whose card tells that Lockdown Mode blocked
an attack and gives no steps. The fact kind `advice` (bot/kb/data/fact_kinds.yaml) is now asked by
a how-to ('how do I enable', 'wie aktiviere ich'), held only by a card that gives advice.
"""

from __future__ import annotations

import pytest

from bot.kb.facts import default_fact_kinds
from bot.kb.search import SearchEngine
from tests.kb.answers import refused


def test_a_how_to_no_card_gives_is_refused(engine: SearchEngine) -> None:
    refused(engine, "how do you switch on lockdown mode on an iphone?")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("how to turn on lockdown mode on iphone", True),
        ("Wie aktiviere ich den Sperrmodus auf dem iPhone?", True),
        ("¿Cómo activo el modo de aislamiento en mi iPhone?", True),
        # how spyware gets onto a phone is a fact the cards tell, not a how-to
        ("How does Pegasus install itself on a phone?", False),
        ("When did the US rule on intrusion software take effect?", False),
    ],
)
def test_the_words_asking_a_how_to(question: str, asked: bool) -> None:
    assert ("advice" in default_fact_kinds().asked(question)) is asked

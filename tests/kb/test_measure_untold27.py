"""A measure asked of someone the card never tells taking it must be refused (nm27).

'did the EU ban Pegasus?' got the Parliament's inquiry (an inquiry bans nothing), 'did the US fine
Clearview?' the European fines case (named for a fine, never the US's), 'did Commerce blacklist
Canada?' the Entity List (Canada is Sandvine's home, not listed), and a question opening on Ireland
in Russian or Italian the US Treasury's sanctions. Each control asks what the card does tell.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "did the EU ban Pegasus?",
        "did the US fine Clearview?",
        "has the US fined Clearview AI?",
        "did Commerce blacklist Canada?",
        "did Treasury sanction Greece?",
        "did BIS blacklist Israel?",
        "Ирландия ввела санкции против Intellexa?",
        "Irlanda ha sanzionato Intellexa?",
    ],
)
def test_a_measure_the_card_never_tells_of_the_asked_actor_is_refused(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did the UK fine Clearview?", ("case-clearview-eu-enforcement",)),
        ("did Greece fine Clearview?", ("case-clearview-eu-enforcement",)),
        ("how much did the dutch DPA fine Clearview?", ("case-clearview-eu-enforcement",)),
        ("did Commerce blacklist Hikvision?", ("us-entity-list", "hikvision")),
        ("did the Treasury sanction Intellexa?", ("us-ofac-spyware-sanctions", "intellexa-cytrox")),
        ("did the european parliament investigate pegasus?", ("ep-pega-inquiry",)),
        ("Gli Stati Uniti hanno sanzionato Intellexa?", ("us-ofac-spyware-sanctions", "intellexa-cytrox")),
        ("США ввели санкции против Intellexa?", ("us-ofac-spyware-sanctions", "intellexa-cytrox")),
    ],
)
def test_a_measure_the_card_tells_of_the_asked_actor_is_answered(
    engine: SearchEngine, question: str, expected: tuple[str, ...]
) -> None:
    answered(engine, question, expected)

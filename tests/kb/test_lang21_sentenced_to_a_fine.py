"""'Condamnée à une amende', 'condenada a una multa', 'condannata a una multa': French, Spanish,
Italian and Portuguese say 'fined' as 'sentenced to a fine', and the verb alone read as a verdict asked
(a court's sentence, kind `verdict`, and the outcome fact kind), which the Clearview fines card does not
tell: 'Clearview AI a été condamnée à quelle amende par la CNIL ?' was refused at 0.08 where 'Clearview
AI was fined how much by the CNIL?' is answered (0.97). Followed by a fine, the verb asks the fine
(bot/kb/data/asked_values.yaml, fact_kinds.yaml); a verdict asked alone, or a fine in a place no card
gives, stays refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

CLEARVIEW_FINES = {"case-clearview-eu-enforcement", "clearview-ai"}


@pytest.mark.parametrize(
    "question",
    [
        "Clearview AI a été condamnée à quelle amende par la CNIL ?",
        "Clearview AI a-t-elle été condamnée à une amende en France ?",
        "Clearview AI fue condenada a una multa en Italia?",
        "Clearview AI è stata condannata a una multa in Italia?",
        "a Clearview AI foi condenada a uma multa na Itália?",
    ],
)
def test_sentenced_to_a_fine_asks_the_fine(engine: SearchEngine, question: str) -> None:
    answered(engine, question, CLEARVIEW_FINES)


@pytest.mark.parametrize(
    "question",
    [
        "Clearview AI a-t-elle été condamnée à une amende au Brésil ?",
        "Clearview AI fue condenada a una multa en Brasil?",
        "les dirigeants d'Amesys ont-ils été condamnés à la prison ?",
        "i dirigenti di Area sono stati condannati?",
    ],
)
def test_a_fine_no_card_gives_or_a_verdict_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)

"""Short Italian questions misread: an elided word before an apostrophe ("Cos'è Pegasus?": 'cos' for
'cosa') counted for no language while Italian 'è' counted for French and Portuguese too (their word
lists hold it from quotations), so the question read as Portuguese or English, and in Italian 'cos'
weighed as a rare word no card holds (refused at 0.50-0.54). 'Di' of "Parlami di Intellexa" is a
word the knowledge base holds (Italian names), so it was no evidence and the question read as
English with 'parlami' a name no card holds (refused at 0.12). Controls: unknown names are still
refused, English contractions stay English, French and Portuguese keep their language."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Che cos'è Pegasus?", "nso-group"),
        ("cos'è pegasus", "nso-group"),
        ("Cos'è Sandvine?", "sandvine"),
        ("Parlami di Intellexa", "intellexa-cytrox"),
        ("Dimmi di Sandvine", "sandvine"),
    ],
)
def test_a_short_italian_question_is_read_in_italian(engine: SearchEngine, question: str, entry: str) -> None:
    assert engine.read(question).lang == "it"
    answered(engine, question, entry)


@pytest.mark.parametrize(
    ("question", "lang"),
    [("Com'è nata Hacking Team?", "it"), ("Dov'è la sede di Intellexa?", "it"), ("Quant'è la multa?", "it")],
)
def test_an_elided_word_tells_its_language(engine: SearchEngine, question: str, lang: str) -> None:
    assert engine.read(question).lang == lang


@pytest.mark.parametrize("question", ["Cos'è Zorblax?", "Dimmi di Zorblax", "Dimmi del CEO di Candiru"])
def test_what_no_card_holds_is_still_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("What is Dell's role in Syria?", "en"),
        ("who's behind candiru", "en"),
        ("Qu'est-ce que Candiru ?", "fr"),
        ("Jusqu'à quand FinFisher a-t-il vendu ?", "fr"),
        ("O que é a Candiru?", "pt"),
    ],
)
def test_other_apostrophes_keep_their_language(engine: SearchEngine, question: str, lang: str) -> None:
    assert engine.read(question).lang == lang

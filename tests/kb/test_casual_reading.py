"""Members type casually: chat clippings, filler and everyday words must not read as unknown names
(which refused 'yo does anyone kno if hikvision cams r banned' at 0.18), while a name no entry holds
still counts against the answer."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.text import stem
from tests.kb.answers import refused


def _unknown(engine: SearchEngine, question: str) -> list[str]:
    """The words read as names no entry holds."""
    reading = engine.read(question)
    query = engine.index.analyse(reading.text, reading.ordinary)
    return [word for word in query.unknown if stem(word) not in query.synonymed]


@pytest.mark.parametrize(
    ("casual", "plain"),
    [
        (
            "yo does anyone kno if hikvision cams r banned in us??",
            "does anyone know if hikvision cameras are banned in us",
        ),
        (
            "does the ai act ban cops using live face recog",
            "does the ai act ban police using live face recognition",
        ),
        (
            "how many ppl got hacked by candiru in 2021 roughly",
            "how many people got hacked by candiru in 2021",
        ),
    ],
)
def test_a_casual_question_is_as_sure_as_the_same_question_written_out(
    engine: SearchEngine, casual: str, plain: str
) -> None:
    said = engine.search(casual)
    meant = engine.search(plain)
    assert _unknown(engine, casual) == []
    assert (said.answered, said.confidence) == (meant.answered, meant.confidence)
    assert [a.id for a in said.alternatives] == [a.id for a in meant.alternatives]


@pytest.mark.parametrize(
    "question",
    [
        "did axis sell cameras to chinese police or is that a rumour",  # everyday word
        "my colleague asked where hikvision is based",
        "is finfisher still around, heard they went bust",  # known by a synonym (insolvency)
        "italian firm building email snooping for syria",  # known by a synonym (surveillance)
    ],
)
def test_everyday_words_and_synonyms_are_not_unknown_names(engine: SearchEngine, question: str) -> None:
    assert _unknown(engine, question) == []


def test_a_name_no_entry_holds_still_counts_in_casual_wording(engine: SearchEngine) -> None:
    assert _unknown(engine, "yo does palantir sell cams to cops") == ["palantir"]
    refused(engine, "yo does palantir sell cams to cops??")


def test_a_lawsuit_typed_with_vs_reaches_the_case(engine: SearchEngine) -> None:
    typed = engine.search("whatsapp vs nso? how much $$")
    titled = engine.search("WhatsApp v. NSO, how much?")
    assert typed.entry is not None and typed.entry.id == "case-whatsapp-v-nso"
    assert (typed.answered, typed.confidence) == (titled.answered, titled.confidence)

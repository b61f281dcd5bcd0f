"""Work a member's question no longer pays for (issue 10 item 6: search latency within 2 ms p99).

The first list question naming a product ('who was targeted with Predator?') read every entry's
names for products (~6 ms, the latency bench's slowest question): now read when the service is
built. A question with a word of a firm's home ('an Emirati activist', 'a Swedish company') read
what it describes of a firm (its places, typed and read: ~0.3-0.9 ms of a long one) to tell whether
the answer contradicts it, before asking whether it asks which firm at all; most do not. A Chinese
question tested every place name of every language for Chinese characters (~3,000 regex searches);
every question's places read each word's capitals, which only 'us', 'eu' and 'vs' need.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.kb import list_bare, place_names, places
from bot.kb.check import CheckReport
from bot.kb.described import Described
from bot.kb.service import KnowledgeService
from tests.kb.counted import Counted


def test_the_first_list_question_naming_a_product_finds_its_names_read(shipped: CheckReport) -> None:
    kb = KnowledgeService.from_entries(shipped.entries)
    assert kb._names in list_bare._PRODUCT_KEYS  # read with the service, before any question
    result = kb.search("who was targeted with Predator?")
    assert "case-predatorgate-greece" in [e.id for e in result.items]


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What did the Italian company Hacking Team sell to Sudan?", "case-hacking-team-leak-2015"),
        ("I read that the Swedish firm Axis sold cameras to China. What happened?", "case-axis-china-psb"),
        ("what did the israeli company nso sell to mexico?", "nso-group"),
    ],
)
def test_a_question_asking_no_which_firm_reads_no_description(
    kb: KnowledgeService, monkeypatch: pytest.MonkeyPatch, question: str, entry: str
) -> None:
    read: list[str] = []
    real = Described.asked

    def spy(text: str, *args: Any, **kwargs: Any) -> Any:
        read.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(Described, "asked", staticmethod(spy))
    result = kb.search(question)
    assert result.answered and result.entry is not None and result.entry.id == entry
    assert read == []


def test_a_which_firm_question_is_still_contradicted(kb: KnowledgeService) -> None:
    """test_described_contradicted's case: the home asked is none of the answer's firms'."""
    result = kb.search("która polska firma sprzedała spyware Węgrom?")
    assert not result.answered


def test_a_chinese_questions_places_test_no_latin_name(monkeypatch: pytest.MonkeyPatch) -> None:
    places.warm_up()
    counted = Counted(places.CJK)
    monkeypatch.setattr(places, "CJK", counted)
    question = "哪些中国公司向伊朗出售了监控设备？"
    where, homes = places.places(place_names.words_of(question), question, frozenset(["公司"]))
    assert where == {"Iran"} and homes == {"China"}
    assert counted.calls < 20  # ~3,000 names of every language before


def test_capitals_are_read_only_for_a_name_that_may_be_no_place(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = places._in_capitals

    def spy(question: str, words: Any) -> list[bool]:
        calls.append(question)
        return real(question, words)

    monkeypatch.setattr(places, "_in_capitals", spy)
    long = "A friend says a German firm sold spyware to Egypt and Bahrain before 2014, is that right? (lat21)"
    assert {s[2] for s in places.place_spans(place_names.words_of(long), long)} == {
        "Germany",
        "Egypt",
        "Bahrain",
    }
    assert calls == []
    for question, country in (
        ("can you tell us about Egypt (lat21)", {"Egypt"}),
        ("US rules (lat21)", {"United States"}),
    ):
        assert {s[2] for s in places.place_spans(place_names.words_of(question), question)} == country
    assert len(calls) == 2

"""The search's shortcuts (issue 10 item 6) never change an answer: a question asked right after
another, or after itself with a filter, gets what a fresh service gives; the fast paths for names,
topics and probabilities say exactly what the plain ones said."""

from __future__ import annotations

import re

import numpy as np
import pytest

from bot.kb import lists, topics
from bot.kb.check import CheckReport
from bot.kb.filters import Filters
from bot.kb.place_names import key_of
from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.support.entries import kb_entry

QUESTIONS = [
    "Which companies sold surveillance technology to Egypt?",
    "Which cases involve exiles targeted abroad?",
    "which surveillance companies are on the us entity list",
    "¿Qué empresas vendieron tecnología de vigilancia a Siria?",
    "What is Pegasus?",
    "Seit wann steht Hikvision auf der US Entity List und warum?",
]


Seen = tuple[list[tuple[int, float, float]], object, list[str]]


def _seen(
    service: KnowledgeService, question: str
) -> tuple[object, list[str], list[tuple[int, float, float]]]:
    ranked = service.engine.rank(question)  # right after the previous question's search
    result = service.search(question)
    return ranked, result.to_json(), [e.id for e in result.items]


@pytest.fixture(scope="module")
def fresh(shipped: CheckReport) -> dict[str, Seen]:
    """Each question asked first thing of its own service."""
    return {q: _seen(KnowledgeService.from_entries(shipped.entries), q) for q in QUESTIONS}


def test_an_answer_does_not_depend_on_what_was_asked_before(
    shipped: CheckReport, fresh: dict[str, Seen]
) -> None:
    service = KnowledgeService.from_entries(shipped.entries)
    for question in [*QUESTIONS, *reversed(QUESTIONS)]:
        assert _seen(service, question) == fresh[question], question


def test_a_filtered_search_right_after_the_same_question_keeps_its_filter(shipped: CheckReport) -> None:
    service = KnowledgeService.from_entries(shipped.entries)
    for question in QUESTIONS:
        service.search(question)
        rows = service.lookup(question, Filters(kind="rule"), limit=100)
        assert rows and all(entry.kind == "rule" for entry, _ in rows), question
        answer = service.search(question, Filters(kind="vendor"))
        assert answer.entry is None or answer.entry.kind == "vendor", question
        assert [e.id for e in service.search(question).items] == fresh_items(shipped, question)


def fresh_items(shipped: CheckReport, question: str) -> list[str]:
    return [e.id for e in KnowledgeService.from_entries(shipped.entries).search(question).items]


def test_probabilities_of_a_batch_are_each_rows_own(engine: SearchEngine) -> None:
    for question in QUESTIONS:
        rows = engine.evidence(question)
        x = np.array([features for _, _, features in rows], dtype=float)
        each = engine.calibration.probabilities(x)
        assert [float(p) for p in each] == [engine.calibration.probability(f) for _, _, f in rows]
    assert engine.calibration.probabilities(np.array([], dtype=float)).size == 0


def _named_plainly(table: lists.NameTable, text: str) -> set[str]:
    """NameTable.named the slow way: every entry's every key searched for in the text's words, a
    name inside a longer name said there ("Pegasus" in "the Pegasus Project") left to that name."""
    words = key_of(text).split()
    cjk = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
    found = {e for e, keys in table.keys.items() if any(cjk.search(k) and k in text for k in keys)}
    spans = [
        (start, start + len(k.split()), entry_id)
        for entry_id, keys in table.keys.items()
        for k in keys
        if not cjk.search(k)
        for start in range(len(words))
        if words[start : start + len(k.split())] == k.split()
    ]
    found |= {
        entry_id
        for start, end, entry_id in spans
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans)
    }
    return found


def test_names_are_found_exactly_as_before(shipped: CheckReport) -> None:
    # a name in a script written without spaces is found inside the text's words too
    han = kb_entry("romacam", "vendor", ["Italy"], [], [2020], "Romacam SpA", "Camera maker.", ["罗马卡姆"])
    table = lists.NameTable([*shipped.entries, han])
    assert table.named("罗马卡姆的摄像头卖给了谁？") == {"romacam"}
    texts = [*QUESTIONS, "美国实体清单上有哪些公司？", "nsogroup and hackingteam", "x"]
    for entry in shipped.entries:
        for name in (entry.title, *entry.aliases):
            texts += [f"what about {name}?", f"({name})s", name.upper(), f"{name[:-1]} and more"]
    for text in texts:
        assert table.named(text) == _named_plainly(table, text), text


def test_topics_are_found_exactly_as_before(shipped: CheckReport) -> None:
    questions = [*QUESTIONS, "which journalists were targeted abroad", "Welche Oppositionelle im Exil?"]
    for topic in topics.topics():
        questions += [f"which cases involve {form}" for form in topic.ask_forms]
    for question in questions:
        plain = key_of(question)
        assert topics.asked(plain) == frozenset(t.name for t in topics.topics() if t.ask.search(plain))
    for entry in shipped.entries:
        text = topics.entry_text(entry)
        for topic in topics.topics():
            # a newsroom reads the body and sources too; every other topic the title and summary
            read = text if topic.cited else text.split(topics.CITED, 1)[0]
            assert topics.says(text, frozenset({topic.name})) == bool(topic.says.search(read)), topic.name

"""Reading a long question costs less, and reads it the same (issue 10 item 6: search latency within
2 ms p99). The p99 of bench/search_latency.py is long stories and other-language questions: each of
their word pairs went through a fuzzy search over every name word, thanks after one normalised the
whole question at every cut, and the chat, fact and value patterns tried every alternative at every
position. bot/kb/rx.py checks the letters a match can start with first: the same matches."""

from __future__ import annotations

import re
from typing import Any

import pytest
from rapidfuzz import process

from bench.kbeval.blind import TUNE_FILE, load_blind
from bot.kb import chatter, smalltalk
from bot.kb.asked_values import default_asked_values
from bot.kb.casual import default_casual
from bot.kb.facts import default_fact_kinds, word_pattern
from bot.kb.rx import lead, led
from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService

STORY = (
    "Our digital-rights chapter keeps arguing whether campaigners should focus on surveillance "
    "exports or domestic policing: which European rules cover spyware exports?"
)


def test_a_long_question_of_everyday_words_looks_up_no_name_for_its_word_pairs(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    searched: list[str] = []
    fuzzy = process.extractOne

    def counted(joined: str, *args: Any, **kwargs: Any) -> Any:
        searched.append(joined)
        return fuzzy(joined, *args, **kwargs)

    monkeypatch.setattr(process, "extractOne", counted)
    engine.index.analyse(STORY)
    # each pair of words that are everyday in English went through a search over every name word
    assert not {"chapterkeeps", "keepsarguing", "arguingwhether"} & set(searched)
    # a slip is still looked up, and joins the name it splits
    searched.clear()
    assert "eltantawy" in engine.index.analyse("what spyware was found on El Tantawi's phone").raw
    assert "eltantawi" in searched


def test_thanks_after_a_long_question_is_cut_without_reading_the_question_at_every_cut(
    kb: KnowledgeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = (
        "A friend keeps telling me about a company that sold cameras to a ministry years ago, "
        "which rules would cover that export and who documented it?"
    )
    lengths: list[int] = []
    normalise = smalltalk.normalise

    def measured(text: str) -> str:
        lengths.append(len(text))
        return normalise(text)

    monkeypatch.setattr(smalltalk, "normalise", measured)
    assert smalltalk.question_part(f"{question} thanks so much") == question
    assert sum(1 for n in lengths if n > smalltalk.GREETING_REACH) == 1  # was once per cut: 8
    monkeypatch.undo()
    thanked, plain = kb.search(f"{question} thanks so much"), kb.search(question)
    assert thanked.to_json() == {**plain.to_json(), "question": thanked.question}


def _texts() -> list[str]:
    """Members' questions and text that tests case folding's corners: the long s and the Kelvin
    sign match 's' and 'k' case-insensitively, Turkish dotless i matches 'i', and so on."""
    tune = [q.text for q in load_blind(TUNE_FILE)]
    odd = [
        "ſources please?",
        "Any help is much appreciated",
        "ıs there ANY HELP APPRECİATED",
        "\u212aNOWN company? Could u share ſome links",
        "who FOUNDED NSO? wer hat NSO gegründet? 谁创立了NSO",
        "how much did they pay, € 5m? combien ont-ils payé",
        "for my school PROJECT i'm writing: noob question, quick q",
        "",
        "?",
        "sources?",
    ]
    return tune + odd + [t.lower() for t in tune[:200]]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"\b(?:in|using|with)\s+plain\s+words?\b|(?:(?<=[?.!])|^)sources?\s*\?+\s*$", re.IGNORECASE),
        (r"(?<![^\W_])(?:founders?\b|(?:co-?)?founded\b|gegr[uü]ndet\b)|创立", 0),
        (r"(?<![\w'])(?:spy[\s\-]+apps?|face[\s\-]+scann\w*|kno?wn)(?:s|es)?(?!\w)", re.IGNORECASE),
        (r"\b(?:[a-c]|[x-z]\d+|k)\w*", re.IGNORECASE),
    ],
)
def test_a_pattern_behind_its_lead_matches_the_same_text(source: str, flags: int) -> None:
    plain, fast = re.compile(source, flags), led(source, flags)
    assert fast.pattern.startswith("(?=[")
    for text in _texts():
        assert _matches(fast, text) == _matches(plain, text), text
        assert fast.sub("#", text) == plain.sub("#", text), text


@pytest.mark.parametrize(
    "source",
    [
        r"\w+spy",  # a class first: any character may start it
        r"(?:spy)?",  # may match nothing
        r"(?i:spy)ware",  # its own flags inside
        r"(a)\1",  # a back-reference is not read; the first letter is
        r".spy",
        r"[^a]spy",
    ],
)
def test_no_lead_where_any_character_may_start_a_match(source: str) -> None:
    expected = "(?=[a])" if source == r"(a)\1" else ""
    assert lead(source) == expected


def test_the_shipped_patterns_check_their_first_letters() -> None:
    """What the search reads of every question: chat phrases, kinds of fact, values asked, members'
    own words. Each runs behind its lead, so none is back to trying each alternative everywhere."""
    assert chatter._FILLER.pattern.count("(?=[") >= 2
    assert all(p.pattern.startswith("(?=[") for p in default_fact_kinds().asks.values())
    assert all(p.pattern.startswith("(?=[") for p in default_asked_values().asks.values())
    pattern = default_casual()._pattern
    assert pattern is not None and pattern.pattern.startswith("(?=[")
    assert word_pattern([]).search("anything") is None


def test_chat_is_cut_as_the_plain_alternation_of_its_phrases_cuts_it() -> None:
    plain = re.compile("|".join(f"(?:{p})" for p in chatter._FILLER_PHRASES), re.IGNORECASE)
    for text in _texts():
        assert chatter._FILLER.sub(" ", text) == plain.sub(" ", text), text


def test_a_question_in_another_language_compiles_no_glossary_form(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each glossary form is compiled with the engine: the first Spanish or Swedish question of a
    process compiled the forms its words start (~30 us each), in the latency bench's slowest."""
    matcher = engine._matcher
    assert all(len(matcher._forms[lang]) == len(forms) for lang, forms in matcher._alternatives.items())
    question = "¿Qué empresas vendieron tecnología de vigilancia a Siria?"
    expected = engine.search(question).to_json()
    engine._last_reading = None
    monkeypatch.setattr(re, "compile", lambda *args, **kwargs: pytest.fail("compiled"))
    assert engine.search(question).to_json() == expected

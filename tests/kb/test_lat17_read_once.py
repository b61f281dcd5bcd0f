"""A question's pieces are read once, and a plain word's English frequency without wordfreq's
tokenizer (issue 10 item 6: search latency within 2 ms p99). The ranking, the list detection and
their readers each asked for a long question's asking sentence (~5 times a question) and a list
question's words (~3 times), and every new word of a question went through wordfreq's regexes
(~17 us): the latency bench's slowest questions are long and other-language ones."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
import wordfreq

from bot.kb import list_asks, text
from bot.kb.service import KnowledgeService


class _Counted:
    """A compiled pattern that counts the texts its method is called on."""

    def __init__(self, pattern: re.Pattern[str], method: str) -> None:
        self.pattern, self.method, self.texts = pattern, method, Counter[str]()

    def __getattr__(self, name: str) -> Any:
        found = getattr(self.pattern, name)
        if name != self.method:
            return found

        def counted(string: str, *args: Any) -> Any:
            self.texts[string] += 1
            return found(string, *args)

        return counted


def test_a_long_questions_asking_sentence_is_found_once(
    kb: KnowledgeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = _Counted(text._SENTENCE_END, "split")
    monkeypatch.setattr(text, "_SENTENCE_END", counted)
    kb.search(
        "A colleague at our lat17 digital-rights chapter keeps saying that European firms still ship "
        "interception gear to the Gulf. Which rules cover those exports, and who enforces them?"
    )
    assert counted.texts and max(counted.texts.values()) == 1, counted.texts


def test_a_list_questions_words_are_split_once(kb: KnowledgeService, monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _Counted(list_asks._WORD, "finditer")
    monkeypatch.setattr(list_asks, "_WORD", counted)
    result = kb.search("Which companies sold surveillance technology to Syria, lat17 asks?")
    assert result.items  # a list question: its readers all looked at its words
    assert counted.texts and max(counted.texts.values()) == 1, counted.texts


def test_a_new_plain_word_is_looked_up_without_wordfreqs_tokenizer(
    kb: KnowledgeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    tokenized: list[str] = []
    tokenize = wordfreq.lossy_tokenize

    def counted(word: str, *args: Any, **kwargs: Any) -> Any:
        tokenized.append(word)
        return tokenize(word, *args, **kwargs)

    monkeypatch.setattr(wordfreq, "lossy_tokenize", counted)
    kb.search("who sold glorbinated quexworth spyware to the zantrovian police?")
    assert not [w for w in tokenized if w.isascii() and w.isalpha() and w.islower()], tokenized

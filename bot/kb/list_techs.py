"""The technologies a list question names (bot/kb/lists.py, list_english.py), by the vocabulary of
`data/list_words.yaml` ("face recognition", "DPI"), save a little word of another language that
spells one ("ai governi": Italian "to the", not AI)."""

from __future__ import annotations

from bot.kb.inflected import english_word
from bot.kb.place_names import list_words, phrases

TECH_WORDS: dict[str, str] = dict(list_words()["technology_words"])
# Technology words that are a little word of another language typed in lower case: Italian "ai" (to
# the: "vendono spyware ai governi"), read as AI only before an English word ("chinese ai companies").
FUNCTION_TECH_WORDS = frozenset({"ai"})


def technologies_named(words: list[str], question: str) -> set[str]:
    """The technologies the question (or its English reading) names (`TECH_WORDS`), save a little
    foreign word that spells one (`FUNCTION_TECH_WORDS`): in lower case before a word that is no
    English word ("ai governi": Italian "to the")."""
    return {
        tech
        for _, end, phrase in phrases(words)
        if (tech := TECH_WORDS.get(phrase))
        and not (
            phrase in FUNCTION_TECH_WORDS
            and f" {phrase} " in f" {question} "
            and end < len(words)
            and not english_word(words[end])
        )
    }

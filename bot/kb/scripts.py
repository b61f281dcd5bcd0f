"""Words written in a script nothing here reads (Greek, Hebrew, Devanagari, kana, Hangul): how much
of a question they are, and how the English reading sees them. Kept apart from bot/kb/language.py,
which reads the languages the glossary holds.
"""

from __future__ import annotations

import re

from anyascii import anyascii

from bot.kb.detect import FUNCTION_ZIPF, WORD, zipf

# Letters of no script a reader here reads (Greek, Hebrew, Devanagari, Hangul, kana, Thai ...): the
# tokens (text.py) hold Latin, Cyrillic and Arabic letters, the Chinese reader Han
_READ_SCRIPT = re.compile(r"[a-zA-Z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff\u3400-\u9fff\uf900-\ufaff\d]")


SCRIPT_WORD = re.compile(r"[^\W\d_]+")
# The wordfreq language of each script no reader reads, for its commonest words: Greek, Hebrew,
# Devanagari (Hindi), kana (Japanese), Hangul (Korean). Only languages wordfreq lists (not Thai:
# its words are all spelt out)
_SCRIPT_LANGUAGES = (
    (re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"), "el"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0900-\u097f]"), "hi"),
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), "ko"),
)


def spelt_out(match: re.Match[str]) -> str:
    """A word of a script nothing reads, in Latin letters ('Κύπρο' -> 'kypro'): an unknown word, as
    it is. Not one of its language's commonest words (Greek 'είναι', Hebrew 'זה': 'is'), which asks
    nothing a name does not: 'מה זה NSO?' stays NSO Group's."""
    word = match.group()
    if _READ_SCRIPT.search(word):
        return word
    lang = next((code for pattern, code in _SCRIPT_LANGUAGES if pattern.search(word)), None)
    if lang is not None and zipf(word.lower(), lang) >= FUNCTION_ZIPF:
        return " "
    return anyascii(word).lower()


def unread_script(question: str) -> float:
    """The share of a question's words written in a script nothing here reads: 'Ποιος πούλησε το
    Pegasus στην Κύπρο;' (who sold Pegasus to Cyprus?) was read as 'Pegasus' alone, every other
    word out of the tokens, and answered NSO Group (0.96), its place unseen. `read` spells them in
    Latin letters ('Kypro'), so they weigh as the unknown words they are, as a Hungarian question's
    do, and count as unread (`Reading.unread`)."""
    words = WORD.findall(question)
    unread = sum(1 for w in words if not _READ_SCRIPT.search(w))
    return unread / max(1, len(words))

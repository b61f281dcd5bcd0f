"""Words written in a script nothing here reads (Greek, Hebrew, Devanagari, kana, Hangul): how much
of a question they are, and how the English reading sees them. Kept apart from bot/kb/language.py,
which reads the languages the glossary holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from anyascii import anyascii

from bot.kb.detect import FUNCTION_ZIPF, WORD, zipf
from bot.kb.text import fold

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


# A country's name in these languages gains or loses up to this many letters at its end ('Κύπρος',
# 'στην Κύπρο'), or a Hebrew one-letter prefix ('בישראל': in Israel); shorter names match whole.
_NAME_ENDING = 2
_NAME_FROM = 4
_HE_PREFIXES = "בלמהוכש"


# Babel's locale of a wordfreq language where the codes differ (Serbo-Croatian: Croatian's names)
_LOCALES = {"sh": "hr"}


@cache
def _countries(lang: str) -> dict[str, str]:
    """A language's one-word country names (Babel's), folded, each with its English name."""
    from babel import Locale  # the catalogue is large: imported on first use

    english = Locale("en").territories
    return {
        fold(name): english[code]
        for code, name in Locale(_LOCALES.get(lang, lang)).territories.items()
        if not code.isdigit() and code in english and " " not in name and len(name) >= _NAME_FROM
    }


def countries_warm_up(langs: Iterable[str]) -> None:
    """Read these languages' country names now (unlisted.warm_up), not on a member's first question."""
    for lang in langs:
        _countries(lang)


def country(word: str, lang: str) -> str | None:
    """The English name of the country a word of a language no reader here reads names, inflected
    or not ('Κύπρο', 'Magyarországon')."""
    names = _countries(lang)
    key = fold(word)
    forms = [key, key[1:]] if lang == "he" and key[:1] in _HE_PREFIXES else [key]
    for form in forms:
        if form in names:
            return names[form]
        if len(form) < _NAME_FROM:
            continue
        for cut in range(1, _NAME_ENDING + 1):  # 'κυπρο' of 'κυπρος'; 'ελλαδας' of 'ελλαδα'
            if form[:-cut] in names and len(form) - cut >= _NAME_FROM:
                return names[form[:-cut]]
            longer = [n for n in names if n.startswith(form) and len(n) - len(form) <= cut]
            if len(longer) == 1:
                return names[longer[0]]
        # an ending that replaces the name's own ('Suomi', 'Suomen'; 'Lietuva', 'Lietuvos')
        stems = {n for n in names for cut in range(1, _NAME_ENDING + 1) if _same_stem(form, n[:-cut])}
        if len(stems) == 1:
            return names[stems.pop()]
    return None


def _same_stem(form: str, stem: str) -> bool:
    """A word that is a name's stem with up to _NAME_ENDING letters of its own ending."""
    return len(stem) >= _NAME_FROM and form.startswith(stem) and 0 < len(form) - len(stem) <= _NAME_ENDING


def _language(word: str) -> str | None:
    """The wordfreq language of a word's script, when no reader here reads it."""
    if _READ_SCRIPT.search(word):
        return None
    return next((code for pattern, code in _SCRIPT_LANGUAGES if pattern.search(word)), None)


def spelt_out(match: re.Match[str]) -> str:
    """A word of a script nothing reads, in Latin letters ('Κύπρο' -> 'kypro'): an unknown word, as
    it is. Not one of its language's commonest words (Greek 'είναι', Hebrew 'זה': 'is'), which asks
    nothing a name does not: 'מה זה NSO?' stays NSO Group's. A country's name is read as the English
    one ('στην Κύπρο': Cyprus), so the place asked is seen."""
    word = match.group()
    if _READ_SCRIPT.search(word):
        return word
    lang = _language(word)
    if lang is not None:
        if zipf(word.lower(), lang) >= FUNCTION_ZIPF:
            return " "
        if (country_name := country(word, lang)) is not None:
            return country_name
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

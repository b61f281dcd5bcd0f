"""Country names written in another language and inflected ('Jordanii', 'Ägyptens', 'Россию',
'للإمارات') read as the English names the index knows (CountryReader). Kept apart from the names
spelt by sound (translit.py), which read the knowledge base's own names in another script.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import lru_cache

from bot.kb.cities import city
from bot.kb.detect import zipf
from bot.kb.inflected import ARABIC_NAME_FROM, arabic_name
from bot.kb.text import fold
from bot.kb.translit import _AR_ARTICLE_PREFIXES, _AR_PREFIXES, ORDINARY_STEM

# A country's name in an inflecting language loses or gains up to this many letters ('Jordanii',
# 'Ägyptens', 'Türkiye'ye'); names shorter than STEM_FROM must match whole.
INFLECTION = 3
STEM_FROM = 5
# Languages whose country names change their own ending when inflected ('Polska' -> 'Polsce',
# 'Россия' -> 'России'): there the language's own names may lose letters. Arabic is read apart
# (inflected.arabic_name: a whole name and an ending, never a stem it begins with).
# Elsewhere endings are added ('Ägyptens'), and a name may lose one letter only to take an
# adjective's ending ('turkish' -> 'türkische'), unless what is left is a word of the language:
# Swedish 'kameror' (cameras) is no form of 'Kamerun', nor 'polisen' (the police) of 'Polish'.
ENDING_CHANGES = frozenset({"pl", "ru"})
# Only a name ending in a vowel (or Russian's й, ь) changes its ending there
# ('Polska' -> 'Polsce', 'Сирия' -> 'Сирию', 'Китай' -> 'Китае'); one ending in a consonant only
# gains one ('Kamerun' -> 'Kamerunie'), so Polish 'kamery' (cameras) is no form of it, or loses
# the vowel before its last letter ('Египет' -> 'Египте').
_CHANGING_END = frozenset("aeiouyąęóаеёиоуыэюяйь")
# Polish locatives that soften a name's last consonant (folded): 'Egipt' -> 'w Egipcie', 'Kuwejt'
# -> 'w Kuwejcie', 'Włochy' -> 'we Włoszech', 'Polska' -> 'w Polsce'; the name is what the word is
# read back to, never a stem, so only a whole name of the language comes of it.
_PL_SOFTENED = (("szech", "chy"), ("dzie", "d"), ("cie", "t"), ("rze", "r"), ("sce", "ska"))
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def own_country_names() -> dict[str, frozenset[str]]:
    """Per language whose names change their ending, its own country names (Babel's), folded."""
    from babel import Locale  # the catalogue is large: imported on first use

    from bot.kb.place_names import key_of

    # 'Мьянма (Бирма)' is written 'Мьянма', inflected 'Мьянмой': the name before the brackets too
    return {
        lang: frozenset(
            key_of(form)
            for code, name in Locale(lang).territories.items()
            if not code.isdigit()
            for form in {name, name.split("(")[0]}
        )
        for lang in sorted(ENDING_CHANGES)
    }


class CountryReader:
    """Country names in the campaign's languages (Babel's, through bot.kb.lists) -> English, so
    'الأردن', '泰国', 'Jordanii' reach the entries' English country names."""

    def __init__(self, names: dict[str, str], local: Mapping[str, Collection[str]] | None = None) -> None:
        """`names`: every name (folded) -> English; `local`: per language, the names that are that
        language's own, the only ones an inflection there may cut short (ENDING_CHANGES)."""
        self.whole: dict[str, str] = {}
        self.stems: dict[str, str] = {}
        # a cut name -> (the name, its English, letters cut)
        self.cut_stems: dict[str, list[tuple[str, str, int]]] = {}
        self.han: dict[str, str] = {}
        self.longest = 1
        self.local = {lang: frozenset(keys) for lang, keys in (local or {}).items()}
        for key, english in names.items():
            if _HAN_RUN.fullmatch(key.replace(" ", "")):
                self.han[key.replace(" ", "")] = english
                continue
            self.whole[key] = english
            self.longest = max(self.longest, len(key.split()))
            if " " not in key and len(key) >= STEM_FROM:
                self.stems.setdefault(key, english)
                for cut in range(1, INFLECTION):
                    self.cut_stems.setdefault(key[: len(key) - cut], []).append((key, english, cut))
                if key[-1] not in _CHANGING_END and key[-2] in _CHANGING_END:  # 'Египет' -> 'Египте'
                    self.cut_stems.setdefault(key[:-2] + key[-1], []).append((key, english, 0))
        # first words of the names of several words: only there can a longer name begin
        self.firsts = {key.split(" ")[0] for key in self.whole if " " in key}
        self._known_word = lru_cache(maxsize=65536)(self._word)  # a pure function of the word

    def _word(self, word: str, lang: str) -> str | None:
        if word in self.whole:
            return self.whole[word]
        forms = [word]
        if lang == "ar":
            forms += [word[len(p) :] for p in _AR_PREFIXES if word.startswith(p)]
            # 'لل', 'بال', 'وال' swallow the article's alif ('للإمارات': li + al-Imarat): the name
            # keeps its 'ال', as `_known_phrase` reads a name of several words
            forms += [f"ال{word[len(p) :]}" for p in _AR_ARTICLE_PREFIXES if word.startswith(p)]
            # a whole name, or one with an adjective's ending: never a stem ('للنمو' is no Austria);
            # a short name only as typed: 'للبنين' (for boys) is no Benin (بنين)
            found = (arabic_name(f, self.whole) for f in forms if f == word or len(f) >= ARABIC_NAME_FROM)
            return next((name for name in found if name), None)
        own = self.local.get(lang) if lang in ENDING_CHANGES else None
        if lang == "pl":
            for ending, was in _PL_SOFTENED:
                hard = f"{word[: -len(ending)]}{was}"
                if word.endswith(ending) and hard in self.whole and (own is None or hard in own):
                    return self.whole[hard]
        for form in forms:
            for cut in range(0, INFLECTION + 1):
                stem = form[: len(form) - cut]
                if len(stem) < STEM_FROM - 1:
                    break
                if stem in self.stems:  # the whole name, an ending added
                    return self.stems[stem]
                for key, english, lost in self.cut_stems.get(stem, ()):
                    if self._may_cut(key, lost, stem, lang, own):
                        return english
        return None

    def _first(self, word: str, lang: str) -> bool:
        """Whether a name of several words may begin with this word (in Arabic, clitics aside)."""
        if word in self.firsts:
            return True
        return lang == "ar" and any(
            form in self.firsts
            for prefix in _AR_PREFIXES
            if word.startswith(prefix)
            for form in (word[len(prefix) :], f"ال{word[len(prefix) :]}")
        )

    def _known_phrase(self, gram: str, lang: str) -> str | None:
        """A name of several words, also with Arabic's clitics on its first word: 'للمملكة العربية
        السعودية' is 'to' + 'the Kingdom of Saudi Arabia' (li- + al- written 'لل'), which as typed
        matched no name and was read as three unknown words."""
        name = self.whole.get(gram)
        if name is not None or lang != "ar":
            return name
        for prefix in _AR_PREFIXES:
            if gram.startswith(prefix):
                rest = gram[len(prefix) :]
                # 'لل', 'بال', 'وال' swallow the article's alif: the name keeps its 'ال'
                for form in (rest, f"ال{rest}") if prefix.endswith(("ل", "ال")) else (rest,):
                    if form in self.whole:
                        return self.whole[form]
        return None

    def _may_cut(self, key: str, lost: int, stem: str, lang: str, own: frozenset[str] | None) -> bool:
        """Whether a word of `lang` beginning with `stem` may be a form of the name `key` that lost
        `lost` letters (0: its fleeting vowel)."""
        if not self.local:  # no languages given: any name may be cut
            return True
        if own is not None:  # a language whose names change their ending: its own names only
            return key in own and (lost == 0 or key[-1] in _CHANGING_END)
        return lost == 1 and len(stem) >= STEM_FROM and zipf(stem, lang) < ORDINARY_STEM

    def english(self, folded: str, lang: str) -> str:
        """The folded question with every country name in English ('الاردن' -> ' jordan ')."""
        if lang == "zh":
            return _HAN_RUN.sub(lambda m: self._han(m.group(0)), folded)
        words = list(_WORD.finditer(folded))
        out: list[str] = []
        last = 0
        n = 0
        while n < len(words):
            longest = self.longest if self._first(words[n].group(0), lang) else 1
            for size in range(min(longest, len(words) - n), 0, -1):
                gram = " ".join(w.group(0) for w in words[n : n + size])
                name = self._known_phrase(gram, lang) if size > 1 else self._known_word(gram, lang)
                if name is not None:
                    out += [folded[last : words[n].start()], f" {name.lower()} "]
                    last = words[n + size - 1].end()
                    n += size
                    break
            else:
                n += 1
        out.append(folded[last:])
        return "".join(out)

    def _han(self, run: str) -> str:
        out: list[str] = []
        start = 0
        while start < len(run):
            for size in (5, 4, 3, 2):
                piece = run[start : start + size]
                if len(piece) == size and piece in self.han:
                    out.append(f" {self.han[piece].lower()} ")
                    start += size
                    break
            else:
                out.append(run[start])
                start += 1
        return "".join(out)


# Languages that write every noun with a capital ('Polizei'): a capital there says no name.
_CAPITAL_NOUNS = frozenset({"de"})
_SENTENCE_END = re.compile(r"[.!?;:]\s*$")


def english_cities(question: str, folded: str, lang: str) -> str:
    """The folded question with each city named in one word its language's way (as typed, inflected
    or as an adjective: cities.city) put in English ('в Минске' -> ' minsk ', "Münih'te" -> ' munich
    '): left so, it weighed as a name no card holds and refused the Belarus case (0.03). Only a word
    written with a capital inside a sentence is read, as a capital there says a name (not at a
    sentence's start, nor in German, which capitalises every noun); once read, the word is put in
    English wherever it stands in the question. A name English writes the same is left as it is."""
    if lang in _CAPITAL_NOUNS:
        return folded
    found: dict[str, str] = {}
    for m in _WORD.finditer(question):
        word = m.group()
        if not word[0].isupper() or not m.start() or _SENTENCE_END.search(question[: m.start()]):
            continue
        key = fold(word)
        name = city([key], word)
        if name is not None and key != fold(name):
            found[key] = fold(name)
    for key, name in found.items():
        folded = re.sub(rf"(?<!\w){re.escape(key)}(?!\w)", f" {name} ", folded)
    return folded

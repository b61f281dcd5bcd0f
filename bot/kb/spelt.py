"""Names of the knowledge base spelt in another script ('بيغاسوس' is Pegasus, 'فين فيشر' FinFisher,
'华为' Huawei read as pinyin), found among a question's words by sound (translit.NameSounds), so a
name the English index knows is read, not left unread. Kept apart from the glossary's reading of
domain words (language.py `read`, which calls these): a reading by sound, not by a table."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

from bot.kb.detect import ORDINARY_ZIPF, frequencies, zipf
from bot.kb.translit import NameSounds, english_cognate

# A word this common in its language is read as a name spelt in its script only when it spells the
# name nearly letter for letter (LIKENESS): 'связаны' ("linked") shares Ezviz's consonants and
# 'القضايا' ("the cases") a title word's, while 'احمد' (Ahmed, 0.75) and 'مايكروسوفت' (Microsoft,
# 0.56) are spelt names as common as they. Rarer words keep the loose match ('هواوي', Huawei, 0.4).
COMMON_ZIPF = 4.0
LIKENESS = 0.5
# Scripts writing a word's vowels (Cyrillic), where a name spelt as it sounds keeps them: there any
# word of the language (from ORDINARY_ZIPF, as listed or by its stem's forms) must spell the name as
# closely. 'наказал' ("punished", 3.4; stem 'наказа') shares Nexa's consonants at 0.4 and named the
# firm in a question about Positive Technologies; 'Интеллексы' (0.84), 'Целлебрайт' (0.67), 'Позитив'
# (0.8) are spelt names. Arabic writes no short vowels: its spelt names score 0.25-0.5 and keep
# COMMON_ZIPF.
VOWELLED = {"ru": "russian"}
# Two words read together as one name spelt in another script ('فين فيشر', FinFisher) must both be
# rarer than this in the language: a function word beside a name ('مع أحمد') is no longer name.
PAIR_ZIPF = 5.0
# and spell the name this closely: two random words of 20,000 common Arabic or Russian ones spell
# some name 0.17% of the time at LIKENESS, under 0.04% at this; the names members spell score 0.67 (أيمن
# نور, Ayman Nour) to 1.0 (Фин Фишер)
PAIR_LIKENESS = 0.65
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
NON_LATIN = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u3400-\u9fff]")
# Arabic's vowel marks and shadda (not letters to `WORD`, so a vocalised word split in two) and the
# tatweel that stretches a word
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
# Scripts whose words may spell a name the English index knows (Han is read as pinyin apart).
TRANSLITERATED = frozenset({"ar", "ru"})


def spelt_names(
    words: list[str], lang: str, names: NameSounds | None, ordinary: dict[str, float]
) -> dict[str, str]:
    """Words in another script that spell one of the knowledge base's names ('بيغاسوس'); a word
    common in the language only when it spells the name closely (COMMON_ZIPF, LIKENESS)."""
    if names is None or lang not in TRANSLITERATED:
        return {}
    found: dict[str, str] = {}
    for word in words:
        if NON_LATIN.search(word):
            name = names.name(word, lang)
            common = ordinary.get(word, 0.0) >= COMMON_ZIPF or listed_zipf(word, lang) >= ORDINARY_ZIPF
            if name is None and lang in VOWELLED and not common and word not in ordinary:
                name = names.sounds_like(word, lang)  # 'Аксис': no word of the language sounds 'axis'
            if name is None or (common and english_cognate(word, lang, name)):
                continue  # an everyday word of the language spelling an English one ('момента': moment)
            if lang in VOWELLED and zipf(word, lang) >= PAIR_ZIPF:
                # a function word spells the name whole, as closely as two words must (PAIR_LIKENESS),
                # not by its stem: 'против' ("against", 5.7; 'prot') read 'Что сделала Apple против
                # NSO?' as asked of a rule's 'part'; 'группа' is NSO's group (0.73)
                if names.likeness(word, lang, name, whole=True) >= PAIR_LIKENESS:
                    found[word] = name
            elif not (common and names.likeness(word, lang, name) < LIKENESS):
                found[word] = name
    return found


def listed_zipf(word: str, lang: str) -> float:
    """How common a word of a VOWELLED language is as a word of it: as listed, or as the commonest
    listed word sharing its stem ('наказала', unlisted, is a form of 'наказал'); 0 elsewhere."""
    if lang not in VOWELLED:
        return 0.0
    return max(zipf(word, lang), _stem_zipf(lang).get(_stemmer(lang).stemWord(word), 0.0))


@lru_cache(maxsize=len(VOWELLED))
def _stemmer(lang: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(VOWELLED[lang])


@lru_cache(maxsize=len(VOWELLED))
def _stem_zipf(lang: str) -> dict[str, float]:
    """The language's listed words by stem, each the Zipf frequency of its commonest form (~0.3 s
    for Russian's 60,000: built at start, language.warm_up)."""
    out: dict[str, float] = {}
    words = [w for w in frequencies(lang) if w.isalpha()]
    for word, stem in zip(words, _stemmer(lang).stemWords(words), strict=True):
        out[stem] = max(out.get(stem, 0.0), zipf(word, lang))
    return out


def spelt_pairs(text: str, lang: str, names: NameSounds | None) -> list[tuple[str, str, str]]:
    """Two words side by side in another script that spell one name of the knowledge base:
    'فين فيشر' is FinFisher, written as two words as it sounds ('Fin Fisher'); alone, 'فين' is too
    short to look up and 'فيشر' reads as Fisher; 'أيمن نور' is Ayman Nour, a name of two words.
    Neither word may be a function word of the language (PAIR_ZIPF: 'مع أحمد', "with Ahmed", is no
    Mohammed), and joined they must spell the name closely (PAIR_LIKENESS): two everyday words side
    by side may share a name's consonants."""
    if names is None or lang not in TRANSLITERATED:
        return []
    found: list[tuple[str, str, str]] = []
    for first, second in re.findall(r"(?=(?<!\w)(\w+)\s+(\w+)(?!\w))", text):
        if not (NON_LATIN.search(first) and NON_LATIN.search(second)):
            continue
        if max(_freq(first, lang), _freq(second, lang)) >= PAIR_ZIPF:
            continue
        joined = first + second
        name = names.pair(joined, lang)
        if name is not None and names.likeness(joined, lang, name.replace(" ", "")) >= PAIR_LIKENESS:
            found.append((first, second, name))
    return found


def _freq(word: str, lang: str) -> float:
    return max(zipf(word, lang), zipf(strip_marks(word), lang))


def han_names(rest: str, names: NameSounds | None) -> list[tuple[str, int]]:
    """The names the runs of Han characters in `rest` spell (read as pinyin), each with how many
    characters it took."""
    if names is None:
        return []
    return [n for run in HAN.findall(rest) for n in names.han_names(run)]


def strip_marks(word: str) -> str:
    """Arabic short-vowel marks, shadda and tatweel dropped (wordfreq's lists are unvocalised), letters
    kept whole."""
    return _ARABIC_MARKS.sub("", word)

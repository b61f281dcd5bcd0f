"""Names written in another script: 'بيغاسوس', 'Целлебрайт', '大华' are Pegasus, Cellebrite, Dahua.

The glossary carries domain terms, never vendors' or people's names; a member writing Arabic or
Russian spells a name as it sounds, so the English index never sees it. anyascii transliterates
(Arabic drops short vowels, Han becomes pinyin), and both sides are reduced to a consonant
skeleton - the part a transliteration keeps - which is looked up among the knowledge base's own
name words. Only names are matched, and only on a skeleton long enough to be specific.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from difflib import SequenceMatcher
from functools import lru_cache

import snowballstemmer
from anyascii import anyascii

from bot.kb.detect import zipf
from bot.kb.inflected import ARABIC_NAME_FROM, arabic_name

# Shorter skeletons ('hwy' = Huawei, 'nsr') would meet too many ordinary words of a language.
MIN_SKELETON = 3
MIN_NAME = 4
# A Latin-script name read through a case ending (NameSounds.inflected) has at least this many letters.
INFLECTED_NAME = 6
# The longest name in Han characters looked for in a question ('北京旷视科技有限公司' is 10).
MAX_HAN_NAME = 12
_HAN_NAME = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
# Digraphs and letters transliterations write differently for one sound ('ph'/'f', 'p'/'b' in
# Arabic, which has no p; 'ts'/'c' in Russian, 'kh'/'h', soft 'c' before e/i/y).
# Russian 'дж' ('dzh') is the English j ('Текнолоджиз').
_DIGRAPHS = (
    ("dzh", "j"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("ts", "s"), ("th", "t"),
)  # fmt: skip
# English spellings said otherwise, as another script writes the name by ear: 'ch' said k
# ('technologies'), 'tion' said shon ('communications': 'Коммьюникейшнз')
_SAID = (("ch", "k"), ("tion", "shon"))
_SOFT_C = re.compile(r"c(?=[eiy])")
_LETTERS = str.maketrans({"p": "b", "v": "f", "c": "k", "q": "k", "z": "s", "x": "ks", "j": "g"})
# Vowels, and the letters that write long vowels in Arabic (و ي) and Russian (й).
_VOWELS = re.compile(r"[aeiouyw]")
_NON_ALPHA = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")
# Arabic clitics glued to a name: the article, 'and' (و, ف), 'with/by', 'for', 'like', in the common
# combinations, longest first ('وللمغرب' is 'and to Morocco', 'فبالمغرب' 'so in Morocco').
_AR_PREFIXES = (
    "وبال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
    "ال", "وب", "ول", "فب", "فل", "و", "ب", "ل",
)  # fmt: skip
# ...those ending in the article (or 'لل', li- with its alif swallowed): the name keeps its 'ال'
_AR_ARTICLE_PREFIXES = tuple(p for p in _AR_PREFIXES if p.endswith(("ال", "لل")) and p != "ال")
_RU_STEMMER = snowballstemmer.stemmer("russian")


def skeleton(word: str) -> str:
    """The consonants of a (transliterated) word, folded to the sounds scripts agree on."""
    s = _NON_ALPHA.sub("", anyascii(word).lower())
    s = _SOFT_C.sub("s", s)
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = s.translate(_LETTERS)
    s = _VOWELS.sub("", s)
    if s.startswith("h") and len(s) > MIN_SKELETON:
        s = s[1:]  # a leading h: Arabic writes 'Ahmed' with one, 'Amesys' with a glottal stop
    return _DOUBLED.sub(r"\1", s)


def _variants(word: str, lang: str) -> Iterable[str]:
    """The word, then the forms without what a language glues onto a name."""
    yield word
    if lang == "ar":
        for prefix in _AR_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= MIN_NAME - 1:
                yield word[len(prefix) :]
    elif lang == "ru":
        stemmed = _RU_STEMMER.stemWord(word)
        if stemmed != word:
            yield stemmed


def han_alias_key(alias: str) -> str | None:
    """The pinyin an entry's alias in Han characters ('海康威视', '曠視') is indexed under, so a
    question in Chinese that writes the alias reaches its entry ('haikangweishi'); None for any
    other alias. Simplified and traditional forms share their pinyin."""
    compact = alias.replace(" ", "")
    if not compact or not _HAN_NAME.fullmatch(compact):
        return None
    key = _NON_ALPHA.sub("", anyascii(compact).lower())
    return key if len(key) >= MIN_NAME else None


class NameSounds:
    """Skeleton -> the knowledge base's name word it stands for (the commonest one on a tie)."""

    def __init__(
        self, names: Iterable[str], frequency: dict[str, int] | None = None, pairs: Iterable[str] = ()
    ) -> None:
        """`pairs`: names of two words ('ayman nour'), looked up only by two words of a question
        (`pair`): each half alone is too short a skeleton to trust."""
        freq = frequency or {}
        self.by_skeleton: dict[str, str] = {}
        self.pair_skeleton: dict[str, str] = {}
        for pair in sorted(pairs):
            halves = pair.split(" ")
            if len(halves) == 2 and all(h.isalpha() and h.isascii() and len(h) >= 3 for h in halves):
                key = skeleton("".join(halves))
                if len(key) >= MIN_SKELETON:
                    self.pair_skeleton.setdefault(key, pair)
        self.pinyin: dict[str, str] = {}
        for name in sorted(
            {n for n in names if n.isalpha() and len(n) >= MIN_NAME and n.isascii()},
            key=lambda n: (-freq.get(n, 0), n),
        ):
            key = skeleton(name)
            if len(key) >= MIN_SKELETON:
                self.by_skeleton.setdefault(key, name)
            for written, said in _SAID:  # 'technologies' as said: Russian 'Текнолоджиз', 'Технолоджис'
                if written in name:
                    self.by_skeleton.setdefault(skeleton(name.replace(written, said)), name)
            self.pinyin.setdefault(name, name)
        # a name ending in a vowel, without it: Polish 'Intellexy', 'Intellexie' are Intellexa's
        self.vowel_stems: dict[str, str] = {
            name[:-1]: name for name in self.pinyin if len(name) >= INFLECTED_NAME and name[-1] in "aeiouy"
        }

    def inflected(self, word: str) -> str | None:
        """The Latin-script name a word of a language with case endings declines ('Paragonu',
        'Hikvisionie', 'Pegasusem', 'Intellexy'): a name of INFLECTED_NAME letters or more with an
        ending of up to three letters, or with its last vowel changed."""
        for cut in range(1, 4):
            stem = word[:-cut]
            if len(stem) < INFLECTED_NAME - 1:
                break
            if len(stem) >= INFLECTED_NAME and stem in self.pinyin:
                return stem
            if cut <= 2 and stem in self.vowel_stems:
                return self.vowel_stems[stem]
        return None

    def declined(
        self, words: Iterable[str], lang: str, known: Collection[str], ordinary: Mapping[str, float]
    ) -> dict[str, str]:
        """Names spelt in Latin script with a case ending of a DECLINING language ('Intellexy',
        'Paragonu', 'Hikvisionie'): read as an inflection of some Polish word or an unknown name,
        the firm asked about went unread. Never a word listed in the language (ORDINARY_STEM)."""
        found: dict[str, str] = {}
        for word in words:
            if word in known or not word.isalpha() or not word.isascii():
                continue
            if ordinary.get(word, 0.0) > ORDINARY_STEM or zipf(word, lang) >= ORDINARY_STEM:
                continue
            name = self.inflected(word)
            if name is not None:
                found[word] = name
        return found

    def pair(self, joined: str, lang: str) -> str | None:
        """The name a pair of words spells, joined: one name word ('فين'+'فيشر', finfisher) or a
        name of two words ('أيمن'+'نور', 'ayman nour')."""
        found = self.name(joined, lang)
        if found is not None:
            return found
        for form in _variants(joined, lang):
            key = skeleton(form)
            if len(key) >= MIN_SKELETON and key in self.pair_skeleton:
                return self.pair_skeleton[key]
        return None

    def is_name(self, word: str) -> bool:
        """Whether the word, as typed in Latin script, is one of the names (MIN_NAME letters or more)."""
        return word in self.pinyin

    def name(self, word: str, lang: str) -> str | None:
        """The name word a non-Latin word spells, if any."""
        for form in _variants(word, lang):
            key = skeleton(form)
            if len(key) >= MIN_SKELETON and key in self.by_skeleton:
                return self.by_skeleton[key]
        return None

    @staticmethod
    def likeness(word: str, lang: str, name: str, whole: bool = False) -> float:
        """How closely the word, transliterated, spells the name letter for letter (0 to 1): the
        skeleton's match is loose by design, and a common word may share a name's consonants.
        `whole`: the word as typed only, not its forms without an ending or a clitic."""
        forms = (word,) if whole else _variants(word, lang)
        return max(SequenceMatcher(None, anyascii(f).lower(), name).ratio() for f in forms)

    def han_names(self, run: str, skip: Collection[str] = ()) -> list[tuple[str, int]]:
        """Names spelt in pinyin inside a run of Han characters ('大华在新疆' -> dahua), with the
        characters each covers: every stretch of two characters or more, longest first, whose pinyin
        is a name word of the knowledge base (an alias in Han characters is indexed by its pinyin,
        han_alias_key, so '海康威视是什么公司' finds Hikvision)."""
        found: list[tuple[str, int]] = []
        n = len(run)
        start = 0
        while start < n:
            for size in range(min(MAX_HAN_NAME, n - start), 1, -1):
                key = _NON_ALPHA.sub("", anyascii(run[start : start + size]).lower())
                if key in self.pinyin and key not in skip:
                    found.append((self.pinyin[key], size))
                    start += size
                    break
            else:
                start += 1
        return found


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
# Languages that decline a Latin-script name with a case ending glued on ('Paragonu', 'Intellexy').
DECLINING = frozenset({"pl"})
ORDINARY_STEM = 3.0  # Zipf frequency from which a cut name is a word of the language
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

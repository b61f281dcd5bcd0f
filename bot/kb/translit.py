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

import snowballstemmer
from anyascii import anyascii

from bot.kb.detect import zipf
from bot.kb.english_zipf import english_zipf

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
# Russian 'дж' ('dzh') is the English j ('Текнолоджиз'); 'кв' ('kv') the English 'qu' said 'kw'
# ('Квадрим' is Quadream, as Arabic 'كوادريم' is: the w a vowel in the skeleton, as qu's u is).
_DIGRAPHS = (
    ("dzh", "j"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("ts", "s"), ("th", "t"),
    ("qu", "kw"), ("kv", "kw"),
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
_SOFT_VOWEL = re.compile(r"(?<=[bcdfgklmnprstvz])y(?=[aeiou])")
# Arabic clitics glued to a name: the article, 'and' (و, ف), 'with/by', 'for', 'like', in the common
# combinations, longest first ('وللمغرب' is 'and to Morocco', 'فبالمغرب' 'so in Morocco').
_AR_PREFIXES = (
    "وبال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
    "ال", "وب", "ول", "فب", "فل", "و", "ب", "ل",
)  # fmt: skip
# ...those ending in the article (or 'لل', li- with its alif swallowed): the name keeps its 'ال'
_AR_ARTICLE_PREFIXES = tuple(p for p in _AR_PREFIXES if p.endswith(("ال", "لل")) and p != "ال")
_RU_STEMMER = snowballstemmer.stemmer("russian")


def _folded(word: str) -> str:
    """A (transliterated) word's letters folded to the sounds scripts agree on, vowels kept."""
    s = _SOFT_C.sub("s", _NON_ALPHA.sub("", anyascii(word).lower()))
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    return s.translate(_LETTERS)


def sounded(word: str) -> str:
    """The word as it sounds, vowels kept ('Аксис' and 'axis' are 'aksis', 'Блю Коут' 'blyukout')."""
    return _DOUBLED.sub(r"\1", _folded(word))


def _spelt(word: str, lang: str) -> str:
    """The word in Latin letters, lowercased; Russian's soft vowels after a consonant ('ю' is 'yu')
    as the plain vowel an English name has there ('Блю' is 'blu')."""
    s = anyascii(word).lower()
    return _SOFT_VOWEL.sub("", s) if lang == "ru" else s


def skeleton(word: str) -> str:
    """The consonants of a (transliterated) word, folded to the sounds scripts agree on."""
    s = _VOWELS.sub("", _folded(word))
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


# A word of the language whose Latin spelling (or its stem's) is an English word this common is that
# word's cognate, not a name spelt by ear: Russian 'момента' ("since what moment") is 'moment', and
# read as Memento Labs ('memento', 0.77 alike) it asked a rule's question of the firm (0.02).
COGNATE_ZIPF = 4.0


def english_cognate(word: str, lang: str, name: str) -> bool:
    """Whether the word, in Latin letters, or its form without an ending, is an everyday English
    word other than the name ('момента': 'moment')."""
    return any(
        spelt != name and english_zipf(spelt) >= COGNATE_ZIPF
        for spelt in {_spelt(form, lang) for form in _variants(word, lang)}
        if spelt.isalpha() and len(spelt) >= MIN_NAME
    )


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
        self.by_sound: dict[str, str] = {}
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
            if len(key) < MIN_SKELETON:  # 'axis' ('ks'): only a word sounding it whole ('Аксис')
                self.by_sound.setdefault(sounded(name), name)
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

    def sounds_like(self, word: str, lang: str) -> str | None:
        """The name of too short a skeleton ('axis') a Cyrillic word sounds whole ('Аксис', 'Аксиса')."""
        return next(
            (self.by_sound[k] for k in map(sounded, _variants(word, lang)) if k in self.by_sound), None
        )

    @staticmethod
    def likeness(word: str, lang: str, name: str, whole: bool = False) -> float:
        """How closely the word, transliterated, spells the name letter for letter (0 to 1): the
        skeleton's match is loose by design, and a common word may share a name's consonants.
        `whole`: the word as typed only, not its forms without an ending or a clitic. A Russian
        soft vowel after a consonant is the English vowel: 'Блю Коут' ('blyukout') is 'blukout'."""
        forms = (word,) if whole else _variants(word, lang)
        return max(SequenceMatcher(None, _spelt(f, lang), name).ratio() for f in forms)

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


# Languages that decline a Latin-script name with a case ending glued on ('Paragonu', 'Intellexy').
DECLINING = frozenset({"pl"})
ORDINARY_STEM = 3.0  # Zipf frequency from which a cut name is a word of the language

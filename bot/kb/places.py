"""Places in a list question, in every campaign language: which countries it names, and which of
them are where the companies come from ("Israeli firms", "UK-based vendors", "entreprises
françaises") rather than where the gear went ("sold to Egypt", "Chinese security agencies").

Country names come from Babel's territory names in every language the campaign uses, so "Ägypten",
"مصر" and "Egypt" mean the same place; adjectives of origin are data in `data/list_words.yaml`.
"European"/"the EU" means the Union and each of its member states, as entries name the states.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.kb.english_zipf import english_zipf
from bot.kb.text import fold

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "ar", "zh", "tr", "ru")
EU = "European Union"
# The Union's member states as entries name them (knowledge/README.md uses Babel's short names).
EU_MEMBERS = frozenset(
    "Austria Belgium Bulgaria Croatia Cyprus Czech_Republic Denmark Estonia Finland France Germany "
    "Greece Hungary Ireland Italy Latvia Lithuania Luxembourg Malta Netherlands Poland Portugal "
    "Romania Slovakia Slovenia Spain Sweden".replace("_", " ").split()
)
# Words right after a place that make it a company's home ("UK-based", "German-owned").
HOME_AFTER = frozenset(
    ["based", "owned", "headquartered", "registered", "incorporated", "ansassige", "basierte", "basees"]
)
# Words right before a place that make it a company's home ("based in Italy", "aus Israel").
HOME_BEFORE = frozenset(["based", "headquartered"])
# "from" makes a home only right after the companies ("firms from Israel", not "barred from US").
# With "from the" written as one word ("entreprises des États-Unis", "empresas dos EUA", "aziende
# degli Stati Uniti", "empresas del Reino Unido"): unread, the place was read as where gear went.
_FROM_THE = ["des", "du", "do", "da", "dos", "das", "del", "dal", "dell", "dalla", "dagli"]
FROM = frozenset(
    ["from", "aus", "z", "из", "de", "d", "di", "uit", "fran", "dei", "degli", "della", *_FROM_THE]
)
# "vendors are from France", "which firms come from Israel": a verb of being between the companies and
# "from" keeps the place their home (it listed Clearview, fined in France, as a French vendor).
COPULAS = frozenset(
    ["are", "is", "were", "was", "come", "comes", "came", "sind", "kommen", "sont", "son", "sono"]
)
# Zipf frequency from which a word is everyday English (wordfreq), not an inflected country name.
ENGLISH_ZIPF = 3.0
# Words that may join places of one list ("based in Canada, Russia or Dubai": all three are homes).
# "firmy z Rosji albo Singapuru": both are homes
_CONJUNCTIONS = ("and", "or", "und", "oder", "et", "ou", "y", "o", "e", "en", "i", "lub", "albo", "och")
# Articles too: "based in Switzerland, the UK or Egypt".
_ARTICLES = ("the", "of", "der", "die", "den", "dem", "le", "la", "les", "l", "el", "los", "las", "il", "lo")
JOINERS = frozenset((*_CONJUNCTIONS, *_ARTICLES, "eller", "ve", "veya", "и", "или", "gli", "de", "d", "het"))
# How far after an adjective of origin its noun may stand ("Israeli surveillance companies"), and
# before it in languages that put the adjective second ("entreprises françaises").
ADJECTIVE_REACH = 3
NOUN_REACH = 2
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_EXTRA_NAMES = {
    "usa": "United States",
    "u s": "United States",
    "e u": EU,
    "america": "United States",
    "britain": "United Kingdom",
    "uae": "United Arab Emirates",
    "dubai": "United Arab Emirates",
    "europe": EU,
    "gaddafi": "Libya",
    "burma": "Myanmar",
    # Arabic's everyday short names (Babel has only the full ones: 'the United Arab Emirates')
    "الامارات": "United Arab Emirates",
    "السعودية": "Saudi Arabia",
}
_SHORT = {
    "Türkiye": "Turkey",
    "Czechia": "Czech Republic",
    "Hong Kong SAR China": "Hong Kong",
    "Palestinian Territories": "Palestine",
    "Myanmar (Burma)": "Myanmar",
}


def words_of(text: str) -> list[str]:
    """Words in any script, accents folded; an apostrophe separates ("l'Égypte" → "l", "egypte"),
    except in a Dutch plural ("firma's": `apart`)."""
    return list(_words_of(text))


@lru_cache(maxsize=256)
def _words_of(text: str) -> tuple[str, ...]:
    """Memoised: a list question's words are split for detection, its names and its places."""
    return tuple(re.findall(r"[^\W_]+", fold(apart(text)).casefold()))


@lru_cache(maxsize=1)
def _s_plurals() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, list_words()["s_plurals"].split()))
    return re.compile(rf"\b({nouns})['’`´]s\b", re.IGNORECASE)


def apart(text: str) -> str:
    """The text with every apostrophe a space, where words split ("l'Égypte", "Area's"), but a Dutch
    plural of a noun ending in a vowel ("firma's", "camera's") one word ("firmas"): "Welke firma's
    uit Nederland ...?" asks for firms, and "firma s" read a singular and a stray letter."""
    return re.sub(r"['’`´]", " ", _s_plurals().sub(r"\1s", text))


# Short names that are also everyday pronouns ("tell us", Portuguese "eu" = "I"): a place only as
# written in capitals ("US", "EU", "U.S.", "E.U.").
PRONOUN_NAMES = frozenset(["us", "eu", "u s", "e u"])


def _in_capitals(question: str, words: Sequence[str]) -> list[bool]:
    """Whether each of `words` is written in capitals in the question ("US", not "us"); when folding
    joined or split words ("50,000"), whether the question writes a short name in capitals at all."""
    tokens = re.findall(r"[^\W_]+", apart(question))
    pieces = [(w, t.isupper()) for t in tokens for w in words_of(t)]
    if [w for w, _ in pieces] == list(words):
        return [upper for _, upper in pieces]
    return [bool(re.search(r"\b(US|EU|U\.S|E\.U)\b", question))] * len(words)


def key_of(text: str) -> str:
    return " ".join(words_of(text))


def phrases(words: Sequence[str], most: int = 3) -> Iterable[tuple[int, int, str]]:
    """Every run of up to `most` words, longest first, as (start, end, text)."""
    for n in range(most, 0, -1):
        for i in range(len(words) - n + 1):
            yield i, i + n, " ".join(words[i : i + n])


@lru_cache(maxsize=1)
def list_words() -> dict[str, Any]:
    """data/list_words.yaml, parsed once for every table read from it: each table parsed the whole
    file again (~30 ms), on the first list question that needed it (lists.warm_up reads them all)."""
    path = Path(__file__).with_name("data") / "list_words.yaml"
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Adjectives of origin (or their stems) -> the English country name (data/list_words.yaml)."""
    table = list_words()["demonyms"]
    return {key_of(k): v for k, v in table.items()}  # folded like the question ("الإسرائيلي")


@lru_cache(maxsize=1)
def regions() -> dict[str, frozenset[str]]:
    """A region as members name it ("latin america", "naher osten") -> its countries (list_words.yaml)."""
    table = list_words()["regions"]
    return {key_of(n): frozenset(r["countries"]) for r in table.values() for n in r["names"]}


@lru_cache(maxsize=1)
def vague_places() -> frozenset[str]:
    """Regions the table does not resolve to countries ("North Africa", "Asia"; list_words.yaml)."""
    names = list_words()["vague_places"].split(",")
    return frozenset(key_of(n) for n in names if n.strip())


def vague_place(words: Sequence[str]) -> bool:
    """The question names a region the place table cannot resolve, and not as part of one it can
    ("Southeast Asia", "South Africa"): names read longest first, as `places` reads them."""
    known, regional, vague = country_names(), regions(), vague_places()
    taken: set[int] = set()
    for start, end, phrase in sorted(phrases(words), key=lambda p: (p[0] - p[1], p[0])):
        if taken & set(range(start, end)):
            continue
        if phrase in vague:
            return True
        if phrase in regional or phrase in known:
            taken |= set(range(start, end))
    return False


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every territory's name in every campaign language (folded, lowercased) -> its English name."""
    from babel import Locale  # imported on first use: the catalogue is large and only lists need it

    english = Locale("en").territories
    names: dict[str, str] = {}
    for language in LANGUAGES:
        for code, name in Locale(language).territories.items():
            if code in english and not code.isdigit():
                names[key_of(name)] = _SHORT.get(english[code], english[code])
                if "(" in name:  # 'Мьянма (Бирма)': members write the name before the brackets
                    names.setdefault(key_of(name.split("(")[0]), _SHORT.get(english[code], english[code]))
    names.update({key_of(k): v for k, v in demonyms().items()})
    names.update(_EXTRA_NAMES)
    # Babel's English is "Türkiye", "Hong Kong SAR China": members type the names entries use.
    names.update({key_of(short): short for short in _SHORT.values()})
    return names


@lru_cache(maxsize=1)
def _inflected() -> dict[tuple[str, ...], str]:
    """Other languages' country names cut before their ending, for inflected forms ("w Wielkiej
    Brytanii", "в Сирию", "Egiptu"). Names spelt as in English are left out ("Chile" is not "child")."""
    from babel import Locale

    english = {key_of(n) for n in Locale("en").territories.values()}
    stems: dict[tuple[str, ...], str] = {}
    for name, country in country_names().items():
        words = name.split()
        if name in english or not words or len(words) > 2 or any(len(w) < 5 for w in words):
            continue
        stems.setdefault(tuple(w[:-1] for w in words), country)
    return stems


@lru_cache(maxsize=1)
def _not_inflected() -> frozenset[str]:
    """list_words.yaml's not_inflected: words sharing a name's stem that never name it."""
    return frozenset(list_words()["not_inflected"].split())


@lru_cache(maxsize=1)
def _first_stems() -> frozenset[str]:
    return frozenset(stems[0] for stems in _inflected())


def _heads(word: str) -> list[str]:
    """The word less up to four letters, at least four left, longest first."""
    return [word[:k] for k in range(len(word), max(len(word) - 5, 3), -1)]


def inflected(words: Sequence[str]) -> str | None:
    """The country one or two inflected words name: each word is a stem plus up to four letters
    (in Arabic, a whole name plus an ending: `arabic_name`). Three words name none in any script:
    `_spans` asks of every phrase of three, and of every word, most of them plain ASCII."""
    if len(words) > 2 or not words:
        return None
    # plain comparisons, no generators: `_spans` asks this of every word and pair of a question
    first, second = words[0], words[1] if len(words) == 2 else ""
    if not (first.isascii() and second.isascii()) and any(_ARABIC.search(w) for w in words):
        return _arabic_country(first) if len(words) == 1 else None
    if len(first) < 5 or (second and len(second) < 5):
        return None  # short
    # the first word's heads against the names' first stems: the common case, one set lookup
    heads = _heads(first)
    if _first_stems().isdisjoint(heads) or _not_inflected().intersection(words):
        return None  # or a word that only looks inflected ("misin": a Turkish question particle)
    table = _inflected()
    for head in heads:
        for tail in _heads(second) if second else [None]:
            country = table.get((head,) if tail is None else (head, tail))
            if country is not None and not any(_english_word(w) for w in words):
                return country
    return None


# Letters of Arabic script; the long vowels and the ta marbuta a name drops before an ending.
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_FINALS = "اةىيه"
# A shorter name is read only as written: 'مالي' (Mali) with the article is 'the financial'.
ARABIC_NAME_FROM = 5


@lru_cache(maxsize=1)
def _arabic_endings() -> tuple[tuple[str, bool], ...]:
    """list_words.yaml's arabic_endings, each with whether it follows only a name that dropped its
    last letter; no ending first (a name that dropped it: 'تركي')."""
    table = list_words()["arabic_endings"]
    nisba, cut = ((key_of(e), False) for e in table["nisba"]), ((key_of(e), True) for e in table["cut"])
    return (("", True), *nisba, *cut)


def arabic_name(word: str, names: dict[str, str]) -> str | None:
    """The country an Arabic word (folded) names among `names`: a name, or a name with an ending of
    list_words.yaml's arabic_endings ('الصينية', 'سوريون', 'تركي'), with or without the article.
    Never a stem the word begins with: 'للنمو' (for growth) began like 'النمسا' (Austria) and was
    read as it."""
    if word in names:
        return names[word]
    for ending, cut in _arabic_endings():
        if not word.endswith(ending):
            continue
        base = word[: len(word) - len(ending)]
        core = base[2:] if base.startswith("ال") else base  # without the article: what is measured
        # the article added only to a whole name: 'ألمانيا' begins with the letters of one, and
        # 'ماني' with it and a dropped 'ا' is no Germany
        for stem, added in ((base, False), (core, False), (f"ال{core}", base == core)):
            whole = () if cut or len(core) < 3 else (stem,)
            dropped = (stem + f for f in _ARABIC_FINALS) if len(core) >= 4 and not added else ()
            for name in (*whole, *dropped):
                if len(name) >= ARABIC_NAME_FROM and name in names:
                    return names[name]
    return None


@lru_cache(maxsize=16384)
def _arabic_country(word: str) -> str | None:
    """Memoised: a word's ~50 lookups, once (everyday words recur from question to question)."""
    return arabic_name(word, country_names())


def warm_up() -> None:
    """Read every place table now (lists.warm_up): Arabic endings cost the first Arabic place read."""
    for table in (country_names, demonyms, regions, vague_places, _inflected, _first_stems, _arabic_endings):
        table()


def _english_word(word: str) -> bool:
    """An everyday English word is never read as an inflected foreign name ("child" is not "Chili")."""
    return english_zipf(word) >= ENGLISH_ZIPF


def country_name(text: str) -> str | None:
    """The English name entries use for a place typed in any language ("Ägypten" → "Egypt")."""
    return country_names().get(key_of(text))


def demonym(word: str) -> str | None:
    """The country an adjective of origin names, inflected forms included ("italienischen")."""
    table = demonyms()
    for stem in (word[: len(word) - cut] for cut in range(4)):
        if len(stem) >= 3 and stem in table:
            return table[stem]
    return None


def expand(countries: Iterable[str]) -> frozenset[str]:
    """The places as entries may name them: the EU also means each member state."""
    found = set(countries)
    if EU in found:
        found |= EU_MEMBERS
    return frozenset(found)


def places(words: list[str], question: str, nouns: frozenset[str]) -> tuple[set[str], set[str]]:
    """(where things went or happened, where the companies come from) named in the question.

    An adjective of origin is a home only when it qualifies one of `nouns` (the words for companies);
    "Chinese security agencies" names a destination."""
    names = country_names()
    where: set[str] = set()
    homes: set[str] = set()
    if CJK.search(question):  # no spaces between words: look for each CJK name inside the text
        for name, named in names.items():
            at = question.find(name) if CJK.search(name) else -1
            if at >= 0:  # "中国公司": a place right before the companies is their home
                follows = question[at + len(name) : at + len(name) + 3]
                (homes if any(follows.startswith(n) for n in nouns if CJK.search(n)) else where).add(named)
    last: tuple[int, bool] | None = None  # where the previous place ended, and whether it was a home
    for start, end, country, region, adjective in place_spans(words, question):
        after, before = words[end : end + _modified(words, end)], words[max(0, start - NOUN_REACH) : start]
        # "firms from the Netherlands", "companies are from the UK": the article is no word between
        lead = start - 1 if start > 0 and words[start - 1] in _ARTICLES else start
        home = (
            (end < len(words) and words[end] in HOME_AFTER)
            or _based(words, start)
            or (lead > 1 and words[lead - 1] in FROM and words[lead - 2] in nouns)
            or (
                lead > 2
                and words[lead - 1] in FROM
                and words[lead - 2] in COPULAS
                and words[lead - 3] in nouns
            )
            or (adjective is not None and bool(nouns & {*after, *before}))
            or (end < len(words) and words[end] in nouns)  # "İsrail şirketleri", "UK firms"
        )
        if not home and last is not None and all(w in JOINERS for w in words[last[0] : start]):
            home = last[1]  # "based in Canada, Singapore or Dubai": the list goes on
        last = (end, home)
        (homes if home else where).update(region or {country})
    return where, homes


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    """Words of a technology's name or of the field ("spyware", "interception", "surveillance")."""
    return frozenset(" ".join([*list_words()["technology_words"], list_words()["field_words"]]).split())


def _modified(words: Sequence[str], end: int) -> int:
    """How far after an adjective of origin its noun may stand: ADJECTIVE_REACH words, or further
    over words that name technologies and the joiners between them ("Italian spyware and
    interception companies": a home)."""
    at = end
    while at < len(words) and (words[at] in JOINERS or words[at] in _modifiers()):
        at += 1
    return max(ADJECTIVE_REACH, at - end + 1)


# Words between "based" and its place ("based in the UK", "headquartered in the Netherlands").
HOME_LINKS = frozenset(["in", "the", "at", "out", "of"])


def _based(words: Sequence[str], start: int) -> bool:
    """The place at `start` follows "based" or "headquartered", over "in the" and the like."""
    k = start - 1
    while k >= 0 and words[k] in HOME_LINKS:
        k -= 1
    return k >= 0 and words[k] in HOME_BEFORE and start - k <= 4


Span = tuple[int, int, str, frozenset[str] | None, str | None]


def place_spans(words: Sequence[str], question: str) -> tuple[Span, ...]:
    """Each place the words name, longest name first, left to right, as (start, end, country,
    region's countries or None, the adjective's country or None)."""
    return _place_spans(tuple(words), question)


@lru_cache(maxsize=64)
def _place_spans(words: tuple[str, ...], question: str) -> tuple[Span, ...]:
    """Memoised: a list question's places are read for where things went, who acted (sanctions)
    and who fined, each over every phrase of up to three words (~0.1-0.2 ms a long question)."""
    return tuple(_spans(words, question))


def _spans(words: Sequence[str], question: str) -> Iterable[Span]:
    names = country_names()
    capitals = _in_capitals(question, words)
    taken: set[int] = set()
    for start, end, phrase in sorted(phrases(words), key=lambda p: (p[0], p[0] - p[1])):
        if taken & set(range(start, end)):
            continue
        adjective = demonym(phrase) if end - start == 1 else None
        region = regions().get(phrase)  # "latin america" before "america" (the United States)
        # a region stands as its first member by name: callers read the whole region, but a set's
        # order follows string hashing, and a span must read the same in every process
        country = min(region) if region else names.get(phrase) or adjective or inflected(words[start:end])
        if _us_by_article(phrase, start, words, capitals) or (
            phrase == "states" and _THE_STATES.search(question)
        ):
            country = "United States"
        short = ("uk", "us", "eu", "vs")
        if country is None or (end - start == 1 and len(phrase) < 3 and phrase not in short):
            continue
        if phrase in PRONOUN_NAMES and not all(capitals[start:end]):
            continue  # "tell us", "eu quero": a pronoun, not the United States or the Union
        taken |= set(range(start, end))
        yield start, end, country, region, adjective


def _us_by_article(phrase: str, start: int, words: Sequence[str], capitals: Sequence[bool]) -> bool:
    """Dutch "de VS" (de Verenigde Staten): the United States, in capitals after the article; never
    the English "vs" (versus) of a lawsuit's name ("WhatsApp vs NSO")."""
    return phrase == "vs" and capitals[start] and start > 0 and words[start - 1] == "de"


# "firms headquartered in the States": the United States, capitalised after "the"; "the states that
# signed", "EU states" are no country ("the Gulf States" is a region, read first as the longer name)
_THE_STATES = re.compile(r"\b[Tt]he States\b")

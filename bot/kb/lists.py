"""List questions ("which companies sold to Egypt?", "what cases involve Hikvision?").

A question that asks for several entries gets all of them, chosen from the entries' own metadata
(kind, countries, technologies, years, names) rather than one entry picked among many right ones.
Only a question that both asks for a plural ("which companies", "welche Fälle", "哪些公司") and
narrows the set (a country, a technology, a name, a period, or words the entries share) becomes a
list; everything else goes to the single-answer engine.

Country names come from Babel's territory names in every language the campaign uses, so "Ägypten",
"مصر" and "Egypt" mean the same filter; the vocabulary of list words is data in `data/list_words.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.kb.model import Entry
from bot.kb.text import fold

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "ar", "zh", "tr", "ru")
# A list answer never runs past this many entries: past it the member is better served by /search.
MAX_ITEMS = 12
# Share of the best relevance an entry needs to join a list chosen by wording alone.
RELEVANCE_SHARE = 0.6


@lru_cache(maxsize=1)
def _words_data() -> dict[str, Any]:
    """The list vocabulary (bot/kb/data/list_words.yaml), read once."""
    path = Path(__file__).with_name("data") / "list_words.yaml"
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def kind_nouns() -> dict[str, frozenset[str]]:
    return {kind: frozenset(nouns.split()) for kind, nouns in _words_data()["kind_nouns"].items()}


KIND_NOUNS = kind_nouns()
LIST_CUES = frozenset(w for words in _words_data()["list_cues"].values() for w in words.split())
CJK_CUES = tuple(_words_data()["cjk_cues"].split())
DEMONYMS: dict[str, str] = dict(_words_data()["demonyms"])
TECH_WORDS: dict[str, str] = dict(_words_data()["technology_words"])
# "Everything you have on X", "what do you have about X": a list of what mentions X.
EVERYTHING = re.compile(
    r"\b(everything|all (the )?(entries|you have)|what (do )?you have (on|about)|list (everything|all))\b"
)
# A list cue must stand this close before its plural noun ("which european ai companies").
CUE_REACH = 4
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-3]\d)(?!\d)")
_SINCE = re.compile(r"\b(since|after|from|seit|depuis|desde|dal|sinds|od|sedan)\s+(19|20)\d\d")
_BEFORE = re.compile(r"\b(before|until|prior to|vor|avant|antes de|prima del|voor|przed|fore)\s+(19|20)\d\d")


@dataclass(frozen=True)
class ListQuery:
    """What a list question asks for: the kinds wanted and the facets that narrow them."""

    kinds: frozenset[str]
    countries: frozenset[str] = frozenset()
    origin: bool = False  # the countries are where the companies come from ("Italian companies")
    technologies: frozenset[str] = frozenset()
    years: tuple[int, int] | None = None
    names: frozenset[str] = frozenset()  # entry ids named in the question
    wording: str = ""  # the question minus the list words, for relevance when no facet narrows it
    facets: list[str] = field(default_factory=list, compare=False)


def _words(text: str) -> list[str]:
    """Words in any script, accents folded; an apostrophe separates ("l'Égypte" → "l", "egypte")."""
    return re.findall(r"[^\W_]+", fold(re.sub(r"['’`´]", " ", text)).casefold())


def _key(text: str) -> str:
    return " ".join(_words(text))


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Every language's name of every territory → the English short name entries use."""
    from babel import Locale  # imported on first use: the catalogue is large and only lists need it

    english = Locale("en").territories
    names: dict[str, str] = {}
    for language in LANGUAGES:
        for code, name in Locale(language).territories.items():
            if code in english and not code.isdigit():
                names[_key(name)] = _short(english[code])
    names.update({_key(k): v for k, v in DEMONYMS.items()})
    names.update(
        {
            "usa": "United States",
            "america": "United States",
            "britain": "United Kingdom",
            "uae": "United Arab Emirates",
            "europe": "European Union",
            "gaddafi": "Libya",
            "xinjiang": "China",
            "uyghurs": "China",
            "uyghur": "China",
        }
    )
    return names


_SHORT = {
    "Türkiye": "Turkey",
    "Czechia": "Czech Republic",
    "Hong Kong SAR China": "Hong Kong",
    "Palestinian Territories": "Palestine",
    "Myanmar (Burma)": "Myanmar",
}


def _short(english: str) -> str:
    return _SHORT.get(english, english)


def country_names() -> dict[str, str]:
    """Every territory's name in every campaign language (folded, lowercased) -> its English name."""
    return _country_names()


def country_name(text: str) -> str | None:
    """The English name entries use for a place typed in any language ("Ägypten" → "Egypt")."""
    return _country_names().get(_key(text))


def technology_name(text: str) -> str | None:
    """The vocabulary's spelling of a technology as members write it ("face recognition")."""
    return TECH_WORDS.get(_key(text))


def _phrases(words: Sequence[str], most: int = 3) -> Iterable[tuple[int, int, str]]:
    for n in range(most, 0, -1):
        for i in range(len(words) - n + 1):
            yield i, i + n, " ".join(words[i : i + n])


def detect(question: str, names: NameTable) -> ListQuery | None:
    """The list this question asks for, or None when it asks for one thing."""
    text = fold(question).casefold()
    words = _words(question)
    plain = " ".join(words)
    kinds = _asked_kinds(words, question)
    everything = bool(EVERYTHING.search(plain))
    if not everything and not kinds:
        return None
    if not kinds or "any" in kinds:
        kinds = {"rule", "vendor", "case"}
    countries, origin = _countries(words, question)
    technologies = {tech for _, _, phrase in _phrases(words) if (tech := TECH_WORDS.get(phrase))}
    named = names.named(text)
    if "vendor" in kinds and countries and not origin:
        kinds.add("case")  # "companies that sold to Egypt": the cases that document the sales too
    return ListQuery(
        kinds=frozenset(kinds),
        countries=frozenset(countries),
        origin=origin,
        technologies=frozenset(technologies),
        years=_years(plain),
        names=frozenset(named),
        wording=question,
    )


def _asked_kinds(words: list[str], question: str) -> set[str]:
    """Kinds named by a plural noun that a list cue governs ("which companies", "哪些公司")."""
    kinds: set[str] = set()
    cues = [i for i, w in enumerate(words) if w in LIST_CUES]
    for kind, nouns in KIND_NOUNS.items():
        for i, word in enumerate(words):
            if word in nouns and any(0 < i - c <= CUE_REACH for c in cues):
                kinds.add(kind)
        # Scripts written without spaces: the cue and the noun within a few characters.
        for cue in CJK_CUES:
            at = question.find(cue)
            if at >= 0 and any(0 <= question.find(n, at) - at <= 8 for n in nouns if not n.isascii()):
                kinds.add(kind)
    return kinds


def _countries(words: list[str], question: str) -> tuple[set[str], bool]:
    names = _country_names()
    found: set[str] = set()
    if _CJK.search(question):  # no spaces between words: look for each CJK name inside the text
        found |= {country for name, country in names.items() if _CJK.search(name) and name in question}
    origin = False
    taken: set[int] = set()
    for start, end, phrase in _phrases(words):
        if taken & set(range(start, end)):
            continue
        country = names.get(phrase) or (_demonym(phrase) if end - start == 1 else None)
        if country is None or (end - start == 1 and len(phrase) < 3 and phrase not in ("uk", "us", "eu")):
            continue
        found.add(country)
        taken |= set(range(start, end))
        origin = origin or _demonym(phrase) is not None
    return found, origin


def _demonym(word: str) -> str | None:
    """The country an adjective of origin names, inflected forms included ("italienischen")."""
    for stem in (word[: len(word) - cut] for cut in range(4)):
        if len(stem) >= 3 and stem in DEMONYMS:
            return DEMONYMS[stem]
    return None


def _years(plain: str) -> tuple[int, int] | None:
    years = sorted(int(y) for y in _YEAR.findall(plain))
    if not years:
        return None
    if _SINCE.search(plain):
        return years[0], 2100
    if _BEFORE.search(plain):
        return 1900, years[-1]
    return years[0], years[-1]


class NameTable:
    """Every entry's distinctive names (its title's lead name and its aliases), built once per index."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.by_id = {e.id: e for e in entries}
        self.keys: dict[str, list[str]] = {}
        # What members read of each entry, folded once here: `mentions` scans every entry of a kind
        # on each list question, and folding their summaries there was most of the question's cost.
        self.said: dict[str, str] = {}
        for entry in entries:
            lead = re.split(r"[(:,–—]| - ", entry.title)[0]
            keys = [k for k in (_key(n) for n in (lead, *entry.aliases)) if len(k) >= 3 or _CJK.search(k)]
            self.keys[entry.id] = keys
            self.said[entry.id] = f" {_key(' '.join((entry.title, entry.summary, *entry.aliases)))} "

    def named(self, text: str) -> set[str]:
        """Ids of the entries whose name the text says as whole words."""
        padded = f" {_key(text)} "
        return {
            entry_id
            for entry_id, keys in self.keys.items()
            if any(f" {k} " in padded or (_CJK.search(k) and k in text) for k in keys)
        }

    def mentions(self, entry: Entry, names: Iterable[str]) -> bool:
        """The entry is one of the named ones, or says one of their names where members read it."""
        if entry.id in names:
            return True
        seen = self.said[entry.id]
        return any(f" {k} " in seen for entry_id in names for k in self.keys.get(entry_id, ()))


def _where(entry: Entry, origin: bool) -> list[str]:
    """A vendor's home country is listed first (knowledge/README.md); "Italian companies" means it."""
    if origin and entry.kind == "vendor":
        return entry.countries[:1]
    return entry.countries


def select(
    query: ListQuery,
    names: NameTable,
    relevance: Callable[[str], list[tuple[Entry, float, float]]],
    confident: float,
) -> list[Entry]:
    """The entries a list question asks for, most relevant first; empty when nothing narrows it."""
    pool = [e for e in names.by_id.values() if e.kind in query.kinds]
    narrowed = False
    if query.names:
        pool = [e for e in pool if names.mentions(e, query.names)]
        narrowed = True
    if query.countries:
        pool = [e for e in pool if query.countries & set(_where(e, query.origin))]
        narrowed = True
    if query.technologies:
        pool = [e for e in pool if query.technologies & set(e.technologies)]
        narrowed = True
    if query.years is not None:
        lo, hi = query.years
        pool = [e for e in pool if any(lo <= y <= hi for y in e.years)]
        narrowed = True
    ranked = relevance(query.wording)  # (entry, rank score, confidence), best first
    order = {e.id: n for n, (e, _, _) in enumerate(ranked)}
    if not narrowed:
        # Wording alone narrows the set only when the question is clearly about what entries hold.
        if not ranked or ranked[0][2] < confident:
            return []
        best = ranked[0][1]
        keep = {e.id for e, score, _ in ranked if score >= RELEVANCE_SHARE * best}
        pool = [e for e in pool if e.id in keep]
    pool.sort(key=lambda e: (order.get(e.id, len(order)), e.kind, e.title.casefold()))
    return pool[:MAX_ITEMS]

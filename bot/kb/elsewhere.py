"""Places a question names, in any language, that an entry never names: "A ZTE vendeu sistemas de
vigilância para a Venezuela?" asks about Venezuela, which the ZTE card never mentions.

The feature `unplaced` (evidence.py) reads the places of a short English question only, through the
index's words, where another language's word mistranslated by the glossary can read as a place
(Swedish 'polis' as Poland). Here places are read from the question's own words with the list
reader's country names (bot/kb/places.py: Babel's names in every campaign language, inflected forms,
several-word names such as "New Zealand"), in a long question from its asking sentence only (its
story names places in passing), and an entry names a place when its metadata lists it or its own
text names it, read the same way. On the tune files no answerable question's right entry (other
than a rule) missed a place so read; 97 near misses' first entries did.

A rule governs exports to any destination: a place the goods go to ("sell ... from the EU to
Egypt") is what the member checks against it, not what it must name; any other place it must
("what are New Zealand's rules on exporting intrusion software?" is not the US rule's question).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import lru_cache

from bot.kb.cities import (
    cities_where,
    city,
    city_adjective,
    city_countries,
    city_names,
    is_region,
    region_towns,
    town_words,
)
from bot.kb.cities import starts as city_starts
from bot.kb.inflected import another_word, inflected
from bot.kb.list_demonyms import other_demonyms
from bot.kb.list_query import VENDOR_NOUNS
from bot.kb.model import Entry
from bot.kb.place_names import EU, country_name, demonym, key_of, list_words, regions, words_of
from bot.kb.place_names import country_names as country_names_table
from bot.kb.places import PRONOUN_NAMES, expand, name_starts, place_spans
from bot.kb.text import LONG_QUESTION, asking_sentence

# A word right before a place that sends goods there, in the campaign languages ('to Egypt',
# 'nach Ägypten', 'vers la Libye', 'a Venezuela', 'naar', 'do Rosji', 'till', 'в Сирию', 'إلى').
_TO = frozenset(
    ["to", "into", "nach", "vers", "au", "aux", "en", "a", "para", "naar", "do", "till", "в", "во", "الى"]
)
_SHORT = frozenset(["uk", "us", "eu"])  # two-letter names read as places ('vs' only in Dutch: left out)
_ARTICLES = frozenset(["the", "la", "le", "l", "el", "il", "o", "as", "os", "die", "het", "de"])
# (English name of the place, whether goods are sent there)
Asked = tuple[tuple[str, bool], ...]


@lru_cache(maxsize=256)
def asked_places(question: str, ordinary: frozenset[str] = frozenset()) -> Asked:
    """The countries a question names (its asking sentence when long), not a region or the EU,
    each with whether it follows a word sending goods there. `ordinary`: everyday words of the
    question's language (not English), which name a place only when written with a capital."""
    text = asking_sentence(question) or question
    words, sent = _read(text)
    if len(words) > LONG_QUESTION:  # one long sentence: its last words carry the question
        text = " ".join(text.split()[-LONG_QUESTION:])
        words, sent = _read(text)
    tokens = re.findall(r"[^\W_]+", re.sub(r"['’`´]", " ", text))
    aligned = len(tokens) == len(words)  # folding seldom joins or splits a word ('ß' stays one)
    found: dict[str, bool] = {}
    for start, end, country in _spans(words, tokens if aligned else ()):
        phrase = " ".join(words[start:end])
        first = tokens[start] if aligned else ""
        if phrase in PRONOUN_NAMES and aligned and not all(t.isupper() for t in tokens[start:end]):
            continue  # "tell us", "eu quero": a pronoun, not the United States or the Union
        if first and not city_adjective(phrase):  # 'московское': data, an adjective even if everyday
            lower = not (first[0].isupper() or first[0].lower() == first[0].upper())
            whole = (
                country_name(phrase) or demonym(phrase) or _other_demonym(phrase) or city_names().get(phrase)
            )
            if (lower and (phrase in ordinary or not whole)) or (phrase in ordinary and not whole):
                # in lower case, an inflected reading (Swedish 'polis' is no Poland) or an everyday
                # word of the question's language (Turkish 'mali', financial, is no Mali); with a
                # capital, an everyday word read only as an inflected name: a capital begins a
                # sentence or a German noun ('Polizei') and names no place by itself
                continue
        if end - start == 1 and start and (words[start - 1], phrase) in _languages():
            continue  # 'em espanhol', 'en español': a language asked in, no place
        before = [w for w in words[max(0, start - 2) : start] if w not in _ARTICLES]
        found[country] = found.get(country, False) or bool(before and before[-1] in _TO) or start in sent
    return tuple(found.items())


def as_corrected(text: str, raw: Sequence[str], corrected: Sequence[str]) -> str:
    """The question with each word the reader took for a misspelt name written as that name:
    'Dauha cameras uyghur' is Dahua's, not a question about Doha (Qatar), which no card names."""
    fixed = {r: c for r, c in zip(raw, corrected, strict=False) if r != c and r.isalpha() and c.isalpha()}
    if not fixed:
        return text
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(fixed, key=len, reverse=True))) + r")(?!\w)", re.I
    )
    return pattern.sub(lambda m: fixed.get(m.group().casefold(), m.group()), text)


def _read(text: str) -> tuple[list[str], frozenset[int]]:
    """The words of a question, Arabic ones bare (`_bare`), and those that had 'to' joined ('للمغرب')."""
    raw = words_of(text)
    words = [_bare(w) for w in raw]
    return words, frozenset(
        k for k, (r, w) in enumerate(zip(raw, words, strict=True)) if r != w and r[0] == "ل"
    )


@lru_cache(maxsize=1)
def _languages() -> frozenset[tuple[str, str]]:
    """The pairs ('en', 'espanol') that name a language, not a place (list_words.yaml
    `language_before`, `language_words`): "explica em espanhol o que é a Cellebrite" asks nothing of
    Spain, though 'espanhol' is Spain's adjective."""
    data = list_words()
    return frozenset((b, key_of(w)) for b in data["language_before"] for w in data["language_words"])


def _other_demonym(word: str) -> str | None:
    """The country one of those names, its inflected forms too (a stem and up to three letters)."""
    table = other_demonyms()
    return next(
        (table[w] for w in (word[: len(word) - cut] for cut in range(4)) if len(w) >= 4 and w in table), None
    )


# Arabic writes 'to', 'in', 'and' as a letter joined to the word ('للمغرب', to Morocco: li + al-Maghrib,
# whose alif drops; 'بمصر', in Egypt; 'والعراق'): the word the place table knows is the bare one.
_ARABIC_CLITIC = re.compile(r"^(?:لل(?=\w{3})|[وفبلك]ال(?=\w{3})|[وفبل](?=\w{3}))")


def _bare(word: str) -> str:
    """An Arabic word without the letter before it that means 'to', 'in', 'and' ('للمغرب' ->
    'المغرب'), when the bare word may begin a place's name; any other word as it is."""
    found = _ARABIC_CLITIC.match(word)
    if found is None:
        return word
    clitic = found.group()
    bare = ("ال" if clitic == "لل" else clitic[1:]) + word[len(clitic) :]
    starts = _starts()
    return bare if bare[:4] in starts or bare[:3] in starts else word


@lru_cache(maxsize=1)
def _starts() -> frozenset[str]:
    """The first three and four letters of every word that may begin a place's name as places.py
    reads it (`name_starts`), and of the names read here besides: the other languages' adjectives of
    origin, cities; whole short names ('vs')."""
    return name_starts() | {w[:4] for w in other_demonyms()} | {"vs"} | city_starts()


def _spans(words: Sequence[str], written: Sequence[str] = ()) -> list[tuple[int, int, str]]:
    """The countries and cities the words name, as places.py's place_spans reads countries (longest
    name first, left to right; regions and the EU left out), trying only the words that may begin a
    name: a question's places cost ~30 us instead of ~150. `written`: the words as typed, when they
    align (a city in lower case is read only from its adjective: cities.py)."""
    starts, names, table = _starts(), country_names_table(), regions()
    spans: list[tuple[int, int, str]] = []
    taken = 0  # words up to here belong to a place already read
    for start, word in enumerate(words):
        if start < taken or not (word[:4] in starts or word[:3] in starts):
            continue
        for end in range(min(len(words), start + 3), start, -1):
            phrase = " ".join(words[start:end])
            if phrase in table:
                taken = end  # a region ('latin america' before 'america'): no country of its own
                break
            one = end - start == 1
            country = names.get(phrase) or (demonym(phrase) or _other_demonym(phrase) if one else None)
            if country is None and (read := inflected(words[start:end])) is not None:
                # not another language's everyday word ('Congreso' is no Congo: inflected.py)
                country = None if another_word(tuple(words[start:end]), read) else read
            country = country or city(words[start:end], written[start] if written else "")
            if country is None or (end - start == 1 and len(phrase) < 3 and phrase not in _SHORT):
                continue
            taken = end
            if country != EU:
                spans.append((start, end, country))
            break
    return spans


def entry_text(entry: Entry) -> str:
    """An entry's own words: title, aliases, summary and body."""
    return " ".join((entry.title, *entry.aliases, entry.summary, entry.body))


@lru_cache(maxsize=1024)
def text_places(text: str) -> frozenset[str]:
    """The countries a text names, read as a question's are (~10 ms an entry): memoised, as both
    an entry's profile (profiles.py) and its named places below read its text."""
    return frozenset(c for _, _, c, region, _ in place_spans(words_of(text), text) if region is None)


@lru_cache(maxsize=1024)
def text_cities(text: str) -> frozenset[str]:
    """The cities a text names, read as a question's are (cities.py): an entry's, memoised as
    `text_places` is."""
    towns = city_countries()
    tokens = re.findall(r"[^\W_]+", re.sub(r"['’`´]", " ", text))
    words = [_bare(w) for w in words_of(text)]
    return frozenset(
        p for _, _, p in _spans(words, tokens if len(tokens) == len(words) else ()) if p in towns
    )


def named_places(entry: Entry) -> frozenset[str]:
    """The countries and cities an entry names: those its title, aliases, summary and body name, read as a
    question's are, and its metadata's (the EU there stands for each member state: a rule of the
    Union, a case across it; the EU named in its text does not: NSO's card is not about Portugal)."""
    found = text_places(entry_text(entry)) | text_cities(entry_text(entry))
    return frozenset(found | expand(entry.countries) | set(entry.other_ties))


def home_towns(entry: Entry, homes: Collection[str], firms: frozenset[str]) -> frozenset[str]:
    """The towns and regions an entry names that may be a firm's home: in a country of its firms'
    or their parents' `homes` (lower case), and not only where its words tie the town to another
    actor (`_of_another`). The Paris prosecutor on Nexa's Egypt case, the London-based activist on
    FinFisher's Bahrain case, Tripoli's monitoring room on VASTech's card are no home of the firm a
    member asks for by its town."""
    text = entry_text(entry)
    tokens = re.findall(r"[^\W_]+", re.sub(r"['’`´]", " ", text))
    words = [_bare(w) for w in words_of(text)]
    towns = city_countries()
    return frozenset(
        town
        for start, end, town in _spans(words, tokens if len(tokens) == len(words) else ())
        if towns.get(town, "").lower() in homes and not _of_another(words, start, end, firms)
    )


def _of_another(words: Sequence[str], start: int, end: int, firms: frozenset[str]) -> bool:
    """Whether the town at words[start:end] is another actor's (data/cities.yaml `not_home_after`,
    `not_home_before`: 'the Paris prosecutor', 'prosecutors in Rome'), or someone's who is no firm
    ('London-based Ala'a Shehabi'; not 'Munich-based Computerlinks', `firms` naming it)."""
    after = words[end : end + 2]
    if after[:1] and after[0] in town_words("not_home_after"):
        return True
    if (
        start >= 2
        and words[start - 1] in ("in", "of", "at")
        and words[start - 2] in town_words("not_home_before")
    ):
        return True
    return after[:1] == ["based"] and len(after) == 2 and after[1] not in firms


def where_towns(text: str) -> frozenset[str]:
    """The countries of the one-word cities a text names as where something happened ('met Libyan
    officials in Barcelona'), not in a newspaper's or a person's name ('the Washington Times',
    'Milanov') nor a partner's home ('the Dubai subsidiary of Munich-based Computerlinks')."""
    towns, names = city_countries(), city_names()
    words = words_of(text)
    return frozenset(
        towns[names[words[k]]]
        for k in cities_where(words, lambda w: towns.get(names.get(w, "")))
        if k < len(words)
    )


class Elsewhere:
    """Per entry, lazily: the places it names."""

    def __init__(self, entries: Sequence[Entry], eager: bool, homes: Sequence[Collection[str]]) -> None:
        """`homes`: each entry's firms' and their parents' home countries (lower case), where a town
        it names may be a firm's home (`home_towns`)."""
        self._entries = entries
        self.of = lru_cache(maxsize=8192)(lambda i: named_places(self._entries[i]))
        # the words after 'X-based' that make X a firm's home: nouns of firms and firms' first names
        firms = VENDOR_NOUNS | {
            key_of(n).split()[0]
            for e in entries
            if e.kind == "vendor"
            for n in (e.title, *e.aliases)
            if key_of(n)
        }
        self._countries = homes
        self._homes = lru_cache(maxsize=8192)(lambda i: home_towns(self._entries[i], homes[i], firms))
        self._towns = lru_cache(maxsize=8192)(lambda i: where_towns(entry_text(self._entries[i])))
        _starts()  # the places' tables: read now, not on the first question
        region_towns()
        if eager:  # a small knowledge base: read every entry now, none on a question (the towns
            for i in range(len(entries)):  # of a long card ~1 ms, on the first question asking it)
                self.of(i)
                self._towns(i)
                self._homes(i)

    def unnamed(self, i: int, asked: Asked) -> float:
        """How many of the places asked entry i never names, at most 2 (for a rule, not counting
        where goods are sent). A region is named by one of its towns ('Lombardy' by Varese)."""
        if not asked:
            return 0.0
        rule, named = self._entries[i].kind == "rule", self.of(i)
        return float(
            min(
                2,
                sum(
                    1
                    for place, sent in asked
                    if place not in named
                    and not (rule and sent)
                    and not self._near(i, place)
                    and not self.in_towns(i, place)
                    and region_towns().get(place, frozenset()).isdisjoint(named)
                ),
            )
        )

    def in_towns(self, i: int, country: str, folded: bool = False) -> bool:
        """Whether entry i names a city of the country asked (`folded`: as a query's tag, 'country:
        spain'): Narus's card tells of Libyan officials met in Barcelona, which is what 'the Boeing
        subsidiary that met Gaddafi's officials in Spain' asks of."""
        towns = self._towns(i)
        return (country.split(":", 1)[-1] in {t.lower() for t in towns}) if folded else country in towns

    def unplaced(
        self,
        i: int,
        places: list[tuple[tuple[tuple[str, ...], ...], str]],
        profile: Callable[[int], Mapping[str, float]],
    ) -> float:
        """How many of the places (each its ways of being mentioned: `QueryAnalysis.place_forms`, and
        its tag) entry i never mentions in any way (its `profile`: the index's), nor by a city of it
        (`in_towns`), at most 2; none for a rule, which governs exports to any destination."""
        if not places or self._entries[i].kind == "rule":
            return 0.0
        get = profile(i).get
        said = lambda group: all(get(f, 0.0) > 0 for f in group)  # noqa: E731
        unsaid = (tag for ways, tag in places if not any(map(said, ways)))
        return float(min(2, sum(1 for tag in unsaid if not self.in_towns(i, tag, folded=True))))

    def names_or_near(self, i: int, town: str) -> bool:
        """Whether entry i names a city or a country it stands for (`_near`): 'which Paris company'
        fits Qosmos's card (Paris), not one that puts the firm near Milan ('which Rome company')."""
        return town in self.of(i) or self._near(i, town)

    def town_fits(self, i: int, town: str, linked: Iterable[int]) -> bool:
        """Whether entry i or an entry linked to it (a case's firm) names a firm's home town asked
        ('which Paris company': Qosmos's card). Stricter than `names_or_near`, where a firm's card
        stands for its country's capital: Hacking Team's card puts it in Milan, and 'which Rome firm
        sold spyware to Egypt?' is not about it. A region asked fits a card that names it or one of
        its towns ('which Lombardy firm': Area's card says Varese). Only a town a card may give as a
        firm's home (`home_towns`): the Paris prosecutor of Nexa's Egypt case made it 'the Parisian
        firm that sold to Egypt' (0.62)."""
        towns = {town} | region_towns().get(town, frozenset())
        linked = tuple(linked)
        if any(not towns.isdisjoint(self._homes(k)) for k in (i, *linked)):
            return True
        # a region is a hint, not a filter: a firm of its country whose cards name no home town there
        # ('Silicon Valley firm Narus': its card names no Californian town) is not from elsewhere
        country = city_countries().get(town, "")
        return (
            is_region(town)
            and any(country.lower() in self._countries[k] for k in (i, *linked))
            and not any(city_countries().get(t) == country for k in (i, *linked) for t in self._homes(k))
        )

    def _near(self, i: int, place: str) -> bool:
        """Whether a city entry i never names stands for a country it does: a vendor's home ('the Tel
        Aviv firm'), or a country it names no city of, whose capital may speak for its government
        ('blacklisted by Washington', 'reached Tehran'). A card that names Shanghai's police is not
        about Beijing's. A region never does: a card saying 'a US fund' tells no 'Virginia fund'."""
        country = city_countries().get(place)
        if country is None or is_region(place):
            return False
        entry, named = self._entries[i], self.of(i)
        if entry.kind == "vendor" and entry.countries[:1] == [country]:
            return True
        return country in named and not any(city_countries().get(p) == country for p in named)

"""Cities a question names, in every campaign language, for `elsewhere` (elsewhere.py).

Countries were read in every language, cities in none: "IDEMIA a vendu des systèmes à la police de
Pékin aussi ?" and "Hikvision поставлял камеры в московское метро?" named no place, so nothing
counted against the vendor's card, which answered (0.93, 0.91) what it never says. Cities come from
CLDR's exemplar cities of the time zones (Babel, as country names do: 'Moscou', 'Москва', 'موسكو'),
capitals no zone is named after and lower-case adjectives ('московское') from data/cities.yaml.
What a city stands for (its country, where something went) is city_places.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import yaml

from bot.kb.inflected import english_word
from bot.kb.place_names import LANGUAGES, country_names, key_of, list_words

# Zone areas whose cities are places ('Etc/GMT+3' and Antarctica's bases are not).
_AREAS = frozenset(["Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"])
# A name of a city this short is read only as written; a stem this long takes an ending ('Москве').
_STEM_FROM = 5
_ENDING = 4  # letters an inflected form adds to the stem ('pekinu', 'moskauer', 'москвой')
# Articles a city's name may begin with ('Le Caire'): read without them too ('au Caire').
_ARTICLES = frozenset(["le", "la", "les", "l", "il", "lo", "el", "the"])


@lru_cache(maxsize=1)
def cities_data() -> dict[str, object]:
    """data/cities.yaml, parsed once."""
    path = Path(__file__).with_name("data") / "cities.yaml"
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def city_names() -> dict[str, str]:
    """Every city's name in every campaign language (folded) -> its English name. A name that is a
    country's ('Singapore', 'Mexico' for Mexico City in French) stays the country's."""
    from babel import Locale
    from babel.core import get_global

    data = cities_data()
    skip = {key_of(n) for n in str(data["not_cities"]).split(",") if n.strip()}
    countries = country_names()
    locales = [Locale(language).time_zones for language in LANGUAGES]
    names: dict[str, str] = {}
    zone_territories, territories = get_global("zone_territories"), Locale("en").territories
    for zone in zone_territories:
        if zone.split("/")[0] not in _AREAS:
            continue
        english = locales[0].get(zone, {}).get("city") or zone.split("/")[-1].replace("_", " ")
        if "," in english or key_of(english) in skip:  # 'Tell City, Indiana': a county's zone
            continue
        if f"{key_of(territories.get(zone_territories[zone], ''))} ".startswith(f"{key_of(english)} "):
            continue  # 'Singapore', 'Macao' (SAR China): a territory's own zone, read as the territory
        for key in {
            key_of(str(zones.get(zone, {}).get("city") or english).split("(")[0]) for zones in locales
        }:
            # 'Le Caire', 'Il Cairo', 'La Havane': 'au Caire', 'del Cairo' take the name without it
            bare = key.split(" ", 1)[1] if key.split(" ")[0] in _ARTICLES and " " in key else ""
            for form in (key, bare):
                if form and form not in countries:
                    names.setdefault(form, english)
    extra = data["extra"]
    assert isinstance(extra, dict)
    for city, row in extra.items():
        for name in row["names"]:
            if key_of(name) not in countries:
                names[key_of(name)] = city
    words = {key_of(n) for n in str(data["not_names"]).split(",") if n.strip()}
    return {k: v for k, v in names.items() if k not in words}


@lru_cache(maxsize=1)
def city_countries() -> dict[str, str]:
    """A city's English name -> its country, as entries name it ('Moscow' -> 'Russia')."""
    from babel import Locale
    from babel.core import get_global

    countries = country_names()
    english = {key_of(c): c for c in city_names().values()}
    found: dict[str, str] = {}
    zones, territories = Locale("en").time_zones, Locale("en").territories
    for zone, territory in get_global("zone_territories").items():
        city = zones.get(zone, {}).get("city") or zone.split("/")[-1].replace("_", " ")
        country = countries.get(key_of(territories.get(territory, "")))
        if key_of(city) in english and country:
            found[english[key_of(city)]] = country
    extra = cities_data()["extra"]
    assert isinstance(extra, dict)
    found.update({city: row["country"] for city, row in extra.items()})
    return found


@lru_cache(maxsize=1)
def region_towns() -> dict[str, frozenset[str]]:
    """A region's English name -> the table's towns in it ('Lombardy' -> Milan, Varese): a firm asked
    by its region ('which Lombardy firm') fits a card that names one of them (elsewhere.py)."""
    extra = cities_data()["extra"]
    assert isinstance(extra, dict)
    return {name: frozenset(row["towns"]) for name, row in extra.items() if row.get("towns")}


def is_region(name: str) -> bool:
    """Whether a place of the table (its English name) is a region, state or province ('Virginia'):
    it does not speak for its country's government as a capital does (elsewhere.py `_near`)."""
    extra = cities_data()["extra"]
    assert isinstance(extra, dict)
    return "towns" in extra.get(name, {})


@lru_cache(maxsize=2)
def _adjectives(key: str = "adjectives") -> dict[str, str]:
    """data/cities.yaml's adjectives (or `home_adjectives`), folded as a question's words are
    ('pekińsk' -> 'pekinsk')."""
    table = cities_data()[key]
    assert isinstance(table, dict)
    return {key_of(k): v for k, v in table.items()}


@lru_cache(maxsize=1)
def _stems() -> dict[str, str]:
    """One-word names for their case forms: cut before their last letter ('Москв' -> Moscow), a name of
    five letters whole ('pekin', for 'Pekinu': 'Macao' cut is no stem of Turkish 'Macar', Hungarian)."""
    english = set(map(key_of, city_names().values()))
    return {
        k[:-1] if len(k) > _STEM_FROM else k: v
        for k, v in city_names().items()
        if " " not in k and len(k) >= _STEM_FROM and (k not in english or not k.isascii())
    }


def city_adjective(word: str, key: str = "adjectives") -> str | None:
    """The city an adjective names ('московское', 'moskiewskiej', 'pekinois'): a stem of the data's
    and up to four letters more; `key` 'home_adjectives': one read only as a firm's home ('catalana')."""
    table = _adjectives(key)
    for cut in range(_ENDING + 1):
        stem = word[: len(word) - cut]
        if len(stem) >= 4 and stem in table:
            return table[stem]
    return None


def city(words: Sequence[str], written: str = "") -> str | None:
    """The city the words name, as written or inflected ('Москве', 'Pekinu'); `written`, the first
    word as the member typed it: in lower case only a whole name or an adjective is read ('moscow'),
    never a stem ('macar'), and elsewhere.py drops an everyday word of the question's language
    ('lagos', Portuguese for lakes; 'lima', Spanish for a file)."""
    phrase = " ".join(words)
    if written[:1].islower():
        return city_names().get(phrase) or (city_adjective(phrase) if len(words) == 1 else None)
    found = city_names().get(phrase)
    if found or len(words) != 1:
        return found
    word = words[0]
    if city_adjective(word):
        return city_adjective(word)
    if len(word) < _STEM_FROM or english_word(word):
        return None
    stems = _stems()
    for cut in range(_ENDING + 1):
        stem = word[: len(word) - cut]
        if len(stem) >= _STEM_FROM - 1 and stem in stems:
            return stems[stem]
    return None


@lru_cache(maxsize=1)
def starts() -> frozenset[str]:
    """The first three and four letters of every city's name and adjective (elsewhere's `_starts`,
    `_cities_of`): a word whose first four are not among them begins no city's name, adjective or stem."""
    firsts = [k.split()[0] for k in (*city_names(), *_adjectives(), *_adjectives("home_adjectives")) if k]
    return frozenset({w[:4] for w in firsts} | {w[:3] for w in firsts if len(w) == 3})


def countries_of_cities(question: str, nouns: frozenset[str]) -> tuple[set[str], set[str]]:
    """The countries of the cities a list question names, as places (where gear went, where a case
    happened: "which firms sold gear to Cairo?", "Tehran got monitoring equipment from which
    vendors?") and as homes (a city right before a noun of firms: "which Tel Aviv firms ..."). Read
    only for a question that asks for a kind by its plural noun and names no country (lists.py)."""
    where, homes, _ = cities_asked(question, nouns)
    return where, homes


def cities_asked(question: str, nouns: frozenset[str]) -> tuple[set[str], set[str], set[str]]:
    """`countries_of_cities`, and the home cities themselves (English names): "which Tel Aviv firms"
    asks for the firms there, not for every Israeli firm (list_select narrows by the city)."""
    countries = city_countries()
    found = _cities_of(question, nouns)
    where = {countries[name] for name, home in found if not home}
    homes = {countries[name] for name, home in found if home}
    return where, homes, {name for name, home in found if home}


def home_cities(question: str, nouns: frozenset[str]) -> set[str]:
    """The cities a question names right before a noun of firms ('which Paris company'): a firm's home
    town, which lifts a description only where the card or its firm's card names it (holds.py)."""
    return cities_asked(question, nouns)[2]


def city_spans(question: str) -> tuple[list[str], list[tuple[int, int, str | None]]]:
    """A question's folded words, and (where, how many words, the city) at each word that may begin
    one: a city with a country (two words before one), else None (one word), for `_cities_of` to read
    as a regional adjective and list_towns.towns_asked to pass over. Inflected names count
    ("Münih'te", "Monachium")."""
    tokens = re.findall(r"[^\W_]+", re.sub(r"['’`´]", " ", question))
    words = [key_of(t) for t in tokens]
    countries, firsts = city_countries(), starts()
    spans: list[tuple[int, int, str | None]] = []
    at = 0
    while at < len(words):
        if words[at][:4] in firsts:  # most words are not: one look-up instead of ~10 (~0.3 ms a question)
            for size in (2, 1):
                name = city(words[at : at + size], tokens[at]) if at + size <= len(words) else None
                if name and name in countries:
                    spans.append((at, size, name))
                    at += size - 1
                    break
            else:
                spans.append((at, 1, None))
        at += 1
    return words, spans


def _cities_of(question: str, nouns: frozenset[str]) -> list[tuple[str, bool]]:
    """The cities with a country a question names, each with whether a noun of `nouns` follows it,
    right after or past words of the field ('Hamburg surveillance companies', 'Barcelona spyware
    firms': the firms' home town, as 'Italian spyware companies' says their country). An adjective
    of `home_adjectives` ('a Catalan startup') counts only so, as a home."""
    words, spans = city_spans(question)
    found: list[tuple[str, bool]] = []
    for at, size, name in spans:
        if name is not None:
            adjective = size == 1 and city_adjective(words[at]) is not None
            home = _noun_follows(words[at + size :], nouns) or _noun_before(words[:at], nouns, adjective)
            found.append((name, home))
            continue
        # 'a Catalan startup', 'una empresa catalana': a home, and only as one
        region = city_adjective(words[at], "home_adjectives")
        if region and (_noun_follows(words[at + 1 :], nouns) or _noun_before(words[:at], nouns, True)):
            found.append((region, True))
    return found


# Words of the field that may stand between a home town and its noun ('Munich spyware companies').
_FIELD_GAP = 2
# Words that may stand between a noun of firms and a word of their seat ('companies are based in').
_SEAT_GAP = 3


@lru_cache(maxsize=1)
def _field_words() -> frozenset[str]:
    """data/list_words.yaml's field words and one-word products ('surveillance', 'spyware', 'dpi')."""
    data = list_words()
    return frozenset(str(data["field_words"]).split()) | {p for p in data["product_words"] if " " not in p}


def _noun_follows(after: Sequence[str], nouns: frozenset[str]) -> bool:
    """A noun of `nouns` opens `after`, or follows at most `_FIELD_GAP` words of the field, a product
    said in the singular as it narrows a noun too ('a Malmö camera maker', 'Munich spyware firms')."""
    field = _field_words()
    for word in after[: _FIELD_GAP + 1]:
        if word in nouns:
            return True
        if word not in field and f"{word}s" not in field:
            return False
    return False


def _noun_before(before: Sequence[str], nouns: frozenset[str], adjective: bool) -> bool:
    """Whether a noun of `nouns` comes right before a town, as other languages put a firm's home after
    it: by its adjective ('une société bavaroise', 'un'azienda milanese') or by a word of origin
    ('entreprise de Salzbourg', 'empresa de Salzburgo', 'a company based in Graz'; data/cities.yaml
    `home_from`, `home_based`), or a seat word a few words after the noun ('companies are based in
    Graz', `home_seated`). On main only the English order ('a Salzburg company') was a home, and
    'quelle entreprise de Salzbourg a développé Subzero ?' answered DSIRF, whose card names no town.
    Dutch 'bedrijven en Den Haag' joins firms and a town (`home_from_and`): no home."""
    rest = list(before)
    if not adjective:
        if rest and rest[-1] in _ARTICLES:
            rest.pop()
        if not rest or rest[-1] not in town_words("home_from"):
            return False
        if len(rest) > 1 and rest[-2] in _and_after().get(rest[-1], frozenset()):
            return False
        rest.pop()
        if rest and rest[-1] in town_words("home_seated") and nouns.intersection(rest[-_SEAT_GAP:]):
            return True  # "what companies are based in Hangzhou", "empresas têm sede em": their seat
        if rest and rest[-1] in town_words("home_based"):
            rest.pop()
    return _noun_follows(rest[::-1], nouns)


def seat_said(words: Sequence[str]) -> bool:
    """Whether a question's words say where something has its seat ('based', 'con sede'): a firm's
    home, asked without a list cue ("Aziende con sede a Milano o nei dintorni")."""
    return not town_words("home_seated").isdisjoint(words)


@lru_cache(maxsize=4)
def town_words(key: str) -> frozenset[str]:
    """data/cities.yaml's words around a town, folded: before a firm's home town (`home_from`,
    `home_based`, and `home_seated`, a seat a few words after the noun of firms: `seat_said`), or
    tying a town to another actor than the firm (`not_home_after`, `_before`)."""
    words = cities_data()[key]
    assert isinstance(words, list)
    return frozenset(key_of(str(w)) for w in words)


@lru_cache(maxsize=1)
def _and_after() -> dict[str, frozenset[str]]:
    """`home_from_and`, folded: a word of origin that is also "and" -> the nouns it joins after."""
    table = cities_data()["home_from_and"]
    assert isinstance(table, dict)
    return {key_of(str(k)): frozenset(key_of(str(w)) for w in v) for k, v in table.items()}

"""The names of places in every campaign language, and the word splitting every place reader
shares: Babel's territory names, the adjectives of origin and regions of `data/list_words.yaml`, and
the few short names members type that neither gives ("usa", "britain", "dubai"). The tables the
list and place readers (places.py, inflected.py, cities.py, list_*.py) read, below all of them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.kb.text import fold

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "ar", "zh", "tr", "ru")
EU = "European Union"


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


def key_of(text: str) -> str:
    """The text's words (`words_of`) joined by a space. A plain ASCII word is itself lowercased, as
    `words_of` reads it (no apostrophe, digit or accent to fold): cities.py keys every word of a
    question so, and the memos' regexes cost ~4 us a word."""
    if text.isascii() and text.isalpha():
        return text.lower()
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
    return dict(folded_words(yaml.safe_load(path.read_text(encoding="utf-8"))))


def folded_words(value: Any) -> Any:
    """The file's words as the readers meet the question's, folded (`fold`): the file writes them as
    members type them ('компаний', 'чей', 'ой', 'أي', 'sattı'), the question's words are folded
    ('компании', 'اي', 'satti'), so an unfolded word never matched. Only a lowercase string outside
    ASCII: a name as written ('Côte d’Ivoire', a body's `exact` 'BIS') is a value, not a word read."""
    if isinstance(value, dict):
        return {k: folded_words(v) for k, v in value.items()}
    if isinstance(value, list):
        return [folded_words(v) for v in value]
    if isinstance(value, str) and not value.isascii() and value == value.lower():
        return fold(value)
    return value


@lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    """The one-word legal forms of firms' names ('sa', 'ag', 'gmbh': data/list_words.yaml's
    `company_suffixes` of four letters or fewer, not its generic nouns), folded."""
    return frozenset(s for s in list_words()["company_suffixes"] if " " not in s and len(s) <= 4)


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
def country_names() -> dict[str, str]:
    """Every territory's name in every campaign language (folded, lowercased) -> its English name."""
    from babel import Locale  # imported on first use: the catalogue is large and only lists need it

    english = Locale("en").territories
    renamed: dict[str, str] = list_words()["babel_names"]  # "Türkiye" -> "Turkey"
    names: dict[str, str] = {}
    for language in LANGUAGES:
        for code, name in Locale(language).territories.items():
            if code in english and not code.isdigit():
                entries_name = renamed.get(english[code], english[code])
                names[key_of(name)] = entries_name
                if "&" in name:  # 'Bosnia & Herzegovina': members write 'and' ('did Bosnia and ...')
                    names.setdefault(key_of(name.replace("&", "and")), entries_name)
                if "(" in name:  # 'Мьянма (Бирма)': members write the name before the brackets
                    names.setdefault(key_of(name.split("(")[0]), entries_name)
    names.update({key_of(k): v for k, v in demonyms().items()})
    # the short names and rulers' names members type that Babel gives no table for (list_words.yaml)
    extra = list_words()["place_extra_names"]
    names.update(extra["short"])
    names.update({k: row[0] for k, row in extra["rulers"].items()})  # [country, in power from, to]
    # Babel's English is "Türkiye", "Hong Kong SAR China": members type the names entries use.
    names.update({key_of(short): short for short in renamed.values()})
    return names


@lru_cache(maxsize=1)
def rulers() -> dict[str, tuple[str, int, int | None]]:
    """A ruler's name as members type it -> his country and his years in power (list_words.yaml)."""
    return {k: (row[0], row[1], row[2]) for k, row in list_words()["place_extra_names"]["rulers"].items()}


def country_name(text: str) -> str | None:
    """The English name entries use for a place typed in any language ("Ägypten" → "Egypt")."""
    return country_names().get(key_of(text))


def demonym(word: str) -> str | None:
    """The country an adjective of origin names, inflected forms included ("italienischen")."""
    table = demonyms()
    for size in range(len(word), max(len(word) - 4, 2), -1):  # plain look-ups: asked of every word
        found = table.get(word[:size])
        if found is not None:
            return found
    return None

"""The region or people beside a movement's words (data/movement_places.yaml), read so that another
place's movement does not get the card of the one a card tells of.

The glossary reads the movement's words in 12 languages as the cards' 'independence movement'
('¿Qué dijo el CNI sobre los independentistas espiados?' gets Catalangate), and so it read 'los
independentistas escoceses', 'les indépendantistes corses', 'die schottische
Unabhängigkeitsbewegung', 'Kürt bağımsızlık hareketi' as Catalonia's: these languages write a
people's adjective in lower case, which senses.py's capitalised place word misses. Here a region's
word within a few words of the movement's, of a region the card never names, with no region the
card names anywhere in the question, tells another movement."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import yaml

from bot.kb.text import fold

PLACES_FILE = Path(__file__).with_name("data") / "movement_places.yaml"

# How many words either side of the movement's words a region's word is read as its place ('los
# independentistas del País Vasco', 'Unabhängigkeitsbewegung in dem Baskenland')
_REACH = 4
_WORD = re.compile(r"[^\W_]+")
# Scripts without a word's beginning to anchor to: Arabic joins its articles and prepositions to a
# name ('في'/'ال'), Chinese writes no spaces
_JOINED = re.compile(r"[\u0600-\u06ff\u4e00-\u9fff]")
Region = tuple[tuple[str, ...], re.Pattern[str]]


def _stem(stem: str) -> str:
    """A stem as a pattern: from a word's beginning (anywhere in Arabic or Chinese), to the word's
    end when it ends in '$'."""
    whole = stem.endswith("$")
    body = re.escape(fold(stem.rstrip("$")))
    start = "" if _JOINED.search(stem) else "(?<= )"
    return start + body + ("(?= )" if whole else "")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return cast("dict[str, Any]", yaml.safe_load(PLACES_FILE.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def _english() -> tuple[str, ...]:
    """The movement's words in English (the glossary term's forms are the other 12 languages')."""
    return tuple(_data()["movement_en"])


@lru_cache(maxsize=1)
def _protest() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words by which a card tells of protest, and the protesters' words in 13 languages."""
    data = _data()["protest"]
    return tuple(data["told"]), tuple(fold(w) for forms in data["asked"].values() for w in forms)


@lru_cache(maxsize=1)
def _regions() -> tuple[Region, ...]:
    """Per region: its English stems (to tell whether a card names it) and the pattern of its words
    in every language."""
    data = _data()["regions"]
    regions = []
    for langs in data.values():
        stems = [s for forms in langs.values() for s in forms]
        english = tuple(fold(s.rstrip("$")) for s in langs["en"])
        regions.append(
            (english, re.compile("|".join(sorted({_stem(s) for s in stems}, key=len, reverse=True))))
        )
    return tuple(regions)


def _said(question: str) -> str:
    """The question's words folded, joined by single spaces, with a space at either end."""
    return " " + " ".join(fold(w) for w in _WORD.findall(question)) + " "


def _windows(said: str, forms: tuple[str, ...]) -> list[str]:
    """The words around each of the movement's words in `said` (`_REACH` either side)."""
    found = []
    for form in forms:
        start = "" if _JOINED.search(form) else "(?<= )"
        for match in re.finditer(start + re.escape(form), said):
            before = said[: match.start()].split()[-_REACH:]
            after = said[match.start() :].split()[: _REACH + len(form.split())]
            found.append(" " + " ".join(before + after) + " ")
    return found


def movement_beside(question: str, card: str, forms: tuple[str, ...], cited: tuple[str, ...] = ()) -> bool:
    """Whether a region's word stands beside the movement's words (`forms`, folded: the glossary's,
    with movement_places.yaml's English ones) in `question`, of a region the card never names
    (`place_beside`)."""
    return place_beside(question, card, forms + _english(), cited)


def protest_elsewhere(question: str, card: str, cited: tuple[str, ...] = ()) -> bool:
    """Whether the question asks of protesters by a region a card that tells of protest never
    names ('Scottish protesters pegasus' is no question about Thailand's pro-democracy activists;
    'Hong Kong protesters' stays the card's that names Hong Kong)."""
    told, asked = _protest()
    return any(f" {t}" in card for t in told) and place_beside(question, card, asked, cited)


def place_beside(question: str, card: str, forms: tuple[str, ...], cited: tuple[str, ...] = ()) -> bool:
    """Whether a region's word stands beside words of `forms` (folded) in `question`, of a region the
    card (its own words folded and spaced, between spaces) never names, while the question names
    none the card does ('los independentistas catalanes y vascos' stays Catalonia's). A region in
    the name of a publisher the card cites (`cited`, folded and spaced: 'la voz de galicia') is none
    the card names."""
    for name in cited:
        card = card.replace(f" {name} ", " , ")
    said = _said(question)
    windows = _windows(said, forms)
    if not windows:
        return False
    other = False
    for english, pattern in _regions():
        if any(f" {s}" in card for s in english):
            if pattern.search(said):
                return False
        elif any(pattern.search(w) for w in windows):
            other = True
    return other


def warm_up() -> None:
    """Read movement_places.yaml now, when the engine is built, not on a member's first question."""
    _regions()
    _english()
    _protest()

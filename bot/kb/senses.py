"""Words with an everyday sense besides the one the knowledge base means (data/senses.yaml), read so
that a word a member uses plainly does not fetch a card.

A glossary form (`everyday`): Portuguese 'o processo de licenciamento de exportação' asks a licensing
process, and read as 'lawsuit' it was refused (a lawsuit no card about licensing tells) or answered
with a case of a trial. A form inside a German word can be a verb's ('gesetz' in 'eingesetzt',
deployed: no law), by the rest of the word.

A name a card holds (`everyday_spans`): 'what do hermit crabs eat?' is no question about RCS Lab's
Hermit; holds.py refuses it when nothing else in the question names an entry."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from bot.kb import movement_places
from bot.kb.text import fold

SENSES_FILE = Path(__file__).with_name("data") / "senses.yaml"


@lru_cache(maxsize=1)
def _within() -> dict[str, dict[str, frozenset[str]]]:
    data = yaml.safe_load(SENSES_FILE.read_text(encoding="utf-8")).get("within") or {}
    return {lang: {form: frozenset(ends) for form, ends in forms.items()} for lang, forms in data.items()}


@lru_cache(maxsize=1)
def _everyday() -> dict[str, dict[str, frozenset[str]]]:
    data = yaml.safe_load(SENSES_FILE.read_text(encoding="utf-8"))["everyday"]
    return {lang: {form: frozenset(after) for form, after in forms.items()} for lang, forms in data.items()}


_NEXT = re.compile(r"\W+(\w+)")
_REST = re.compile(r"\w*")


def everyday(folded: str, start: int, end: int, lang: str) -> bool:
    """Whether the glossary's match folded[start:end] is the everyday sense of its form, by the
    word after it ('processo de licenciamento'), or by the rest of its own word ('eingesetzt')."""
    ends = _within().get(lang, {}).get(folded[start:end])
    if ends is not None:
        rest = _REST.match(folded, end)
        if rest is not None and rest.group(0) in ends:
            return True
    forms = _everyday().get(lang)
    if not forms:
        return False
    after = forms.get(folded[start:end])
    if after is None:
        return False
    following = _NEXT.match(folded, end)
    if following is None:
        return False
    word = following.group(1)
    return word in after or any(word.endswith(a[1:]) for a in after if a.startswith("-"))


@lru_cache(maxsize=1)
def _names() -> re.Pattern[str] | None:
    data = yaml.safe_load(SENSES_FILE.read_text(encoding="utf-8"))
    names = data.get("names") or {}
    patterns = [p for forms in names.values() for p in forms] + list(data.get("everyday_life") or ())
    return re.compile(rf"\b(?:{'|'.join(patterns)})\b") if patterns else None


def warm_up() -> None:
    """Read senses.yaml's tables now, when the engine is built: not on the first question that holds
    a name in its everyday sense (tests/kb/test_search_cost.py)."""
    _within()
    _everyday()
    _names()
    _movement()
    movement_places.warm_up()


def everyday_spans(said: str) -> str:
    """The question's words (folded, joined by single spaces: text.name_key) with every name a card
    holds read in its everyday sense ('hermit crabs', 'a paragon of virtue') and every ask of a
    people's everyday life ('what do uyghurs eat': senses.yaml `everyday_life`) taken out (a comma
    in its place); the same text when none is. What remains is what may still name an entry."""
    pattern = _names()
    return said if pattern is None else pattern.sub(" , ", said)


Movement = tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=1)
def _movement() -> Movement:
    data = yaml.safe_load(SENSES_FILE.read_text(encoding="utf-8"))["movement"]
    asked = re.compile(r"(?<!\w)(?:" + "|".join(data["asked"]) + r")(?!\w)", re.I)
    return asked, tuple(data["told"]), tuple(data["place_ends"])


def movement_elsewhere(question: str, card: str, cited: tuple[str, ...] = ()) -> bool:
    """Whether the question asks of a movement for a place's independence by a place the card
    (`card`: its own words, folded and spaced as text.name_key, between spaces) does not name,
    when the card tells of a movement ('what does the Scottish independence movement think of the
    law?' is no question about Catalonia's: senses.yaml `movement`). `cited`: the names of the
    publishers the card cites, whose places are none it names ('La Voz de Galicia')."""
    asked, told, ends = _movement()
    if any(f" {t}" in card for t in told) and (
        _asked_elsewhere(question, card, asked, ends)
        or _named_beside(question, card)
        # a lower-case people's adjective ('los independentistas escoceses', 'Kürt bağımsızlık hareketi')
        or movement_places.movement_beside(question, card, tuple(" ".join(f) for f in _glossed()[0]), cited)
    ):
        return True
    # the same of protesters: 'Scottish protesters pegasus' is no question about Thailand's
    return movement_places.protest_elsewhere(question, card, cited)


def _asked_elsewhere(question: str, card: str, asked: re.Pattern[str], ends: tuple[str, ...]) -> bool:
    """Whether the movement's words in English have before them a place word the card never names
    (senses.yaml `movement`)."""
    for found in asked.finditer(question):
        start, word = next((k, w) for k, w in enumerate(found.groups()) if w is not None)
        typed = found.group(start + 1)
        folded = word.casefold()
        capital = typed[0].isupper() and found.start(start + 1) > 0
        if len(folded) >= 4 and (capital or folded.endswith(ends)) and f" {folded} " not in card:
            return True
    return False


_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _glossed() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, str], ...]]:
    """The glossary's words for the movement (its term `independence movement`, split in words) and
    every glossary form with its English term (to tell a card's place in another language)."""
    from bot.kb.glossary import default_glossary

    pairs = [pair for forms in default_glossary().forms.values() for pair in forms]
    movement = {tuple(form.split()) for form, term in pairs if term == "independence movement"}
    return tuple(movement), tuple(pairs)


def _named_beside(question: str, card: str) -> bool:
    """Whether the movement, named in the glossary's words of another language, has beside it a
    place word written with a capital (not the message's first word: 'de Schotse
    onafhankelijkheidsbeweging', 'självständighetsrörelsen i Skottland', 'os independentistas da
    Madeira') that neither a word of the card begun alike ('Catalaanse': 'Catalan') nor a glossary
    form of a term the card holds reads ('självständighetsrörelsen i Katalonien' stays Catalonia's)."""
    movement, pairs = _glossed()
    typed = _WORD.findall(question)
    words = [fold(w) for w in typed]
    for i in range(len(words)):
        for form in movement:
            end = i + len(form)
            if end > len(words) or not all(words[i + k].startswith(f) for k, f in enumerate(form)):
                continue
            after = end + 1 if end + 1 < len(words) and len(words[end]) <= 3 else end
            for k in (i - 1, after):
                if k < 1 or k >= len(words) or not typed[k][0].isupper() or len(words[k]) < 4:
                    continue
                if f" {words[k][:5]}" in card or any(
                    words[k].startswith(f) and f" {fold(t)} " in card for f, t in pairs
                ):
                    continue
                return True
    return False

"""The tags a place or technology takes among an entry's and a question's words ('country:egypt',
'tech:spyware'), and the forms a region's countries take in a question ('gulf': Qatar's tag and
words): shared by the index, which tags entries' metadata, and the query reader."""

from __future__ import annotations

from functools import lru_cache

from bot.kb.place_names import regions
from bot.kb.text import name_key, stem
from bot.kb.vocab import COUNTRY_WORDS


@lru_cache(maxsize=65536)
def tagged(tag: str, value: str) -> str:
    return f"{tag}:{name_key(value)}"


@lru_cache(maxsize=4096)
def region_phrase(token: str, following: str) -> bool:
    """Whether a word and the next name a region together ('middle east', 'central asia')."""
    return f"{token} {following}" in regions()


def region_forms(token: str, following: str) -> tuple[str, ...]:
    """The forms of every country of the region a word (or it and the next: 'middle east') names,
    from the regions of data/list_words.yaml: each country's tag and its words ('uae', 'saudi')."""
    table = regions()
    countries = table.get(f"{token} {following}") or table.get(token) or frozenset()
    forms: list[str] = []
    for country in sorted(countries):
        key = name_key(country)
        forms.append(tagged("country", key))
        if " " not in key:
            forms.append(stem(key))
        forms += [stem(word) for word in COUNTRY_WORDS.get(key, ())]
    return tuple(dict.fromkeys(forms))

"""Adjectives of origin only some readers take as a place (list_words.yaml's other_demonyms:
"Swiss", "Kenyan", "Australian"): the list reader (lists.py), the description reader (described.py)
and the places a question asks of a card (elsewhere.py) read them from this one table.
"""

from __future__ import annotations

from functools import lru_cache

from bot.kb.place_names import key_of, list_words, phrases


@lru_cache(maxsize=1)
def other_demonyms() -> dict[str, str]:
    """Adjectives of origin only list questions read (list_words.yaml's other_demonyms)."""
    return {key_of(k): v for k, v in list_words()["other_demonyms"].items()}


@lru_cache(maxsize=1)
def _firsts() -> frozenset[str]:
    """The first three letters of every adjective: a phrase that begins otherwise holds none of them
    (each stem `other_places` looks up is three letters or more, and begins as the phrase does)."""
    return frozenset(k[:3] for k in other_demonyms())


def other_places(words: list[str], nouns: frozenset[str]) -> tuple[set[str], set[str]]:
    """(where, homes) the list-only adjectives name ("the Australian export rules", "Swiss firms":
    a home when a noun of `nouns` stands next to it), longest first, stems as `demonym` reads them."""
    table, firsts = other_demonyms(), _firsts()
    where: set[str] = set()
    homes: set[str] = set()
    taken: set[int] = set()
    for start, end, phrase in sorted(phrases(words, 2), key=lambda p: (p[0] - p[1], p[0])):
        if phrase[:3] not in firsts or taken & set(range(start, end)):
            continue  # most phrases: one look-up, not four stems (~0.05 ms a long question)
        stems = [phrase] if end - start > 1 else [phrase[: len(phrase) - cut] for cut in range(4)]
        country = next((table[s] for s in stems if len(s) >= 3 and s in table), None)
        if country is not None:
            taken |= set(range(start, end))
            # a noun after ("Swiss firms") or, in French, Spanish or Italian, before it ("sociétés
            # hexagonales", "empresas suizas")
            noun = (end < len(words) and words[end] in nouns) or (start > 0 and words[start - 1] in nouns)
            (homes if noun else where).add(country)
    return where, homes

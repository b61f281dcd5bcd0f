"""Words that only describe a firm the question names: 'Is the Tel Aviv firm NSO Group on the US
entity list?' answered Candiru (0.63), whose card says 'Israeli (Tel Aviv)', where NSO Group's says
Herzliya: the city, a rare name, outweighed the firm's own name.

A place and a firm noun right before a vendor's name ('the Tel Aviv firm NSO Group', 'Israeli company
NSO', 'the Canadian vendor Sandvine') tell where the named firm is from, no more: when the place is that
vendor's home (its first country, or a city of it), those words ask nothing of any entry, and the
coverage leaves them out (evidence.py). BM25 still reads them. So does a place that is not the named
firm's home: 'Is the Tel Aviv firm Hacking Team on the entity list?' says something wrong of Hacking
Team and asks nothing of Candiru, the Tel Aviv firm it answered at 0.70 while the place weighed (review20b).
English questions only: the other languages put the adjective after the noun ('la société israélienne
NSO').

So does a place said of the group that owns a firm ('a Swedish camera maker owned by a Japanese
electronics group', 'a subsidiary of an American aerospace company', 'Japanese-owned'): where the
parent is from, not a place the firm's card must name (Axis's card names Canon, not Japan: the
description was refused at 0.07 for the place). Nor does it say where the firm itself is from.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.kb.cities import city_countries, city_names
from bot.kb.described import origin
from bot.kb.list_asks import SINGULARS
from bot.kb.model import Entry
from bot.kb.place_names import country_name, demonym, words_of
from bot.kb.text import raw_tokens, stem

# Words a place may take before the firm noun ('the Tel Aviv-based firm', 'Israeli spyware firm')
_BETWEEN = frozenset({"based", "spyware", "surveillance", "tech", "technology", "cyber", "security"})
# The longest place and name read, in words
_LONGEST = 4
# Words that make the place after them (or, for 'owned', before them) the parent's ('owned by a
# Japanese group', 'subsidiary of an American company', 'Japanese-owned'), the articles between, and
# the nouns that end the parent's description ('a Japanese electronics group')
_OWNED = frozenset({"owned", "subsidiary", "unit", "division"})
_OWNED_BY = frozenset({"by", "of"})
_ARTICLES = frozenset({"a", "an", "the"})
_PARENTS = frozenset(
    {"group", "conglomerate", "corporation", "giant", "concern", "parent", "owner", "investor", "fund"}
)


def _place(words: Sequence[str]) -> tuple[str | None, str | None]:
    """The country the words name (a country, its adjective, or one of its cities), and the city."""
    phrase = " ".join(words)
    town = city_names().get(phrase)
    if town is not None:
        return city_countries().get(town), town
    return country_name(phrase) or (demonym(phrase) if len(words) == 1 else None), None


def apposed(question: str, names: dict[str, set[int]], entries: Sequence[Entry]) -> frozenset[str]:
    """The stems of the words that describe a vendor the question names right after them as what it
    is (its home and a firm noun): none of them asks anything of an entry."""
    return apposition(question, names, entries)[0]


def apposition(
    question: str, names: dict[str, set[int]], entries: Sequence[Entry]
) -> tuple[frozenset[str], frozenset[str]]:
    """`apposed`'s stems, and the places they name (the country, and the city when one is named):
    no place a card must name either ('the israeli firm candiru hacked people in spain?' asks the
    Catalangate card nothing of Israel; it was refused at 0.26 for never naming it). The place is
    said of the named firm, rightly or not: either way it asks nothing of another entry."""
    words = words_of(question)
    nouns = SINGULARS["vendor"]
    found: set[str] = set()
    places: set[str] = set()
    for k, word in enumerate(words):
        if word not in nouns:
            continue
        if not any(
            entries[i].kind == "vendor"
            for n in range(min(_LONGEST, len(words) - k - 1), 0, -1)
            for i in names.get(" ".join(words[k + 1 : k + 1 + n]), ())
        ):
            continue
        end = k
        while end > 0 and words[end - 1] in _BETWEEN:
            end -= 1
        for n in range(min(_LONGEST, end), 0, -1):
            country, town = _place(words[end - n : end])
            if country is not None:
                found.update(stem(t) for w in words[end - n : k + 1] for t in raw_tokens(w))
                places.update(p for p in (country, town) if p)
                break
    owner_words, owner_places = owned_by(words)
    return frozenset(found | owner_words), frozenset(places | owner_places)


def owned_by(words: Sequence[str]) -> tuple[set[str], set[str]]:
    """The stems of the words that describe a firm's parent by its home ('owned by a Japanese
    electronics group', 'Japanese-owned'), and that home: no place a card must name."""
    found: set[str] = set()
    places: set[str] = set()
    nouns = SINGULARS["vendor"] | _PARENTS
    for k, word in enumerate(words):
        if word not in _OWNED:
            continue
        if word == "owned" and k and (country := origin(words[k - 1])):  # 'Japanese-owned'
            found.add(stem(words[k - 1]))
            places.add(country)
            continue
        j = k + 2
        while j < len(words) and words[j] in _ARTICLES:
            j += 1
        if k + 1 >= len(words) or words[k + 1] not in _OWNED_BY or j >= len(words):
            continue
        country = origin(words[j])
        if country is None:
            continue
        places.add(country)
        said = [words[j]]
        for w in words[j + 1 : j + 1 + 3]:  # 'electronics group': up to the parent's noun
            if w in nouns:
                said += words[j + 1 : words.index(w, j + 1) + 1]
                break
        found.update(stem(t) for w in said for t in raw_tokens(w))
    return found, places

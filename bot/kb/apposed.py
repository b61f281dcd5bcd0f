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
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.kb.cities import city_countries, city_names
from bot.kb.list_asks import SINGULARS
from bot.kb.model import Entry
from bot.kb.place_names import country_name, demonym, words_of
from bot.kb.text import raw_tokens, stem

# Words a place may take before the firm noun ('the Tel Aviv-based firm', 'Israeli spyware firm')
_BETWEEN = frozenset({"based", "spyware", "surveillance", "tech", "technology", "cyber", "security"})
# The longest place and name read, in words
_LONGEST = 4


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
    return frozenset(found), frozenset(places)

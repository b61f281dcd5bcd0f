"""A city a question names standing for its country (query.py, elsewhere.py, described_parties.py):
where it is where something went or happened ('to Riyadh', 'in Athens'), a capital before a noun of
people ('the Bangkok protesters') or ending a fragment ('finfisher cairo'), and a city or region no
card names read as its country ('which Bavarian firm made FinSpy?', "Kampala or Lusaka?":
`capitals_unnamed`). The names themselves, in every language, are cities.py's."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from bot.kb.cities import cities_data, city_adjective, city_countries, city_names, region_towns
from bot.kb.place_names import key_of
from bot.kb.role_words import acting_words, measure_stems, passed_over
from bot.kb.text import stem


@lru_cache(maxsize=1)
def unnamed_city_countries() -> dict[str, str]:
    """A one-word city's name in any campaign language, folded, -> its country, lower case ('athens',
    'atenas', 'athen' -> 'greece'): what a question's city stands for when no entry names it (query.py)."""
    countries = city_countries()
    found = {k: countries[v].lower() for k, v in city_names().items() if " " not in k and v in countries}
    return found | {k.lower(): v.lower() for k, v in countries.items() if k.isalpha()}


def towns_of_region(word: str) -> frozenset[str]:
    """The table's one-word towns (lower case) in the region a word names or is the adjective of
    ('bavarian', 'Bayern', 'catalan': munich, barcelona): a card naming one of them tells of the region
    (query.py)."""
    region = city_names().get(word) or city_adjective(word) or city_adjective(word, "home_adjectives")
    return frozenset(t.lower() for t in region_towns().get(region or "", ()) if " " not in t)


def unnamed_city_country(word: str) -> str | None:
    """`unnamed_city_countries`' country of a one-word city, or of a town's or region's adjective
    ('bavarian', 'texan', 'viennese', lower case): 'which Bavarian firm made FinSpy?' weighed
    'bavarian' as a name no card holds and refused Gamma's card at 0.08."""
    found = unnamed_city_countries().get(word)
    if found is None and (town := city_adjective(word)) is not None:
        found = city_countries().get(town, "").lower() or None
    return found


@lru_cache(maxsize=1)
def _place_before() -> frozenset[str]:
    """The words after which a city is where something went or happened (data/cities.yaml)."""
    words = cities_data()["place_before"]
    assert isinstance(words, list)
    return frozenset(map(str, words))


@lru_cache(maxsize=1)
def capitals_and_words() -> tuple[frozenset[str], frozenset[str]]:
    """The capitals (English names) and the words after which one stands for its country
    (data/cities.yaml `capitals`, `capital_before`)."""
    data = cities_data()
    return frozenset(map(str, data["capitals"])), frozenset(map(str, data["capital_before"]))  # type: ignore[call-overload]


# The most words of a fragment whose cities are places near its end (`fragment_end`)
FRAGMENT = 4


def capital_of_people(words: Sequence[str], pos: int) -> bool:
    """Whether words[pos] is a capital before a noun of people, a government or a firm, the next
    word or the one after ('the Bangkok protesters', 'the Athens socialist leader', 'Kampala police'):
    it stands for its country as 'Thai', 'Greek', 'Ugandan' would; so does a capital near the end of a
    fragment after a firm's name ('trovicor manama interrogations', 'finfisher cairo': `fragment_end`),
    and a capital opening a question right before a measure, its government acting ('did Athens
    sanction Intellexa?' got the US Treasury's card at 0.87, Athens weighed as a name no card holds).
    Not later ('Which Russian firm did Washington blacklist ...'): there the engine still reads the
    acting place less well than the city weighed as a name (tune -2 when read)."""
    capitals, nouns = capitals_and_words()
    if pos >= len(words) or city_names().get(words[pos]) not in capitals:
        return False
    opening = passed_over(words, 0, *acting_words()) == pos
    acts = opening and pos + 1 < len(words) and stem(words[pos + 1]) in measure_stems()
    return acts or fragment_end(words, pos) or any(w in nouns for w in words[pos + 1 : pos + 3])


def fragment_end(words: Sequence[str], pos: int) -> bool:
    """Whether words[pos] is the last or next-to-last word of a fragment of a few words, not its
    first: where a city stands for the place asked ('qosmos damascus'), not for a thing of the city
    asked at home ('the moscow stock exchange', 'Ottawa's permit regime')."""
    return pos > 0 and len(words) <= FRAGMENT and pos >= len(words) - 2


def cities_where(
    words: Sequence[str], country: Callable[[str], str | None], capitals: bool = False
) -> set[int]:
    """Where a city (`country` gives one's country) is where something went or happened, read as its
    country by query.py: after a word of place ('to Riyadh, Doha, Muscat and Rabat', 'in Athens').
    Elsewhere ('the Moscow stock exchange', 'Ottawa's permit regime') it is what a firm from there
    is asked about at home, which its home card, naming the country, never tells. With `capitals`
    (a question), also a capital before a noun of people ('the Bangkok protesters'), and any city of
    a fragment of a few words, at its end or before its last word ('qosmos damascus', 'trovicor
    manama interrogations'): a firm's name and a city, nothing asked of the city at home."""
    found: set[int] = set()
    for pos, word in enumerate(words):
        before = words[pos - 1] if pos else ""
        listed = pos > 1 and (pos - 1 in found or (before in ("and", "or") and pos - 2 in found))
        named = capitals and capital_of_people(words, pos)
        ending = capitals and fragment_end(words, pos)
        if (before in _place_before() or listed or named or ending) and country(word):
            found.add(pos)
    return found


def capitals_unnamed(cards: Mapping[str, str]) -> frozenset[str]:
    """The capitals no card names in any form the glossary knows (list_towns `_forms`), found once per
    index (list_names.NameTable; read by list_towns.unnamed_capitals): each question asking a capital
    looked for its forms in every card. The cards are padded with spaces, so a name found in them
    joined stands within one card."""
    text = "".join(cards.values())
    capitals = capitals_and_words()[0]
    forms: dict[str, set[str]] = {t: {key_of(t)} for t in capitals}
    for folded, english in city_names().items():
        if english in forms:
            forms[english].add(folded)
    return frozenset(t for t, fs in forms.items() if not any(f" {f} " in text for f in fs if f))

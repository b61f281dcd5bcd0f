"""Whether a card tells the place a question asks of openly ('what did Italy do to stop Hacking
Team?', 'how did the EU respond to Predatorgate?') acting through its bodies: a statement naming the
place (any form: 'Italy's', 'European'), or a city in it ('Milan prosecutors'), with a word of
data/roles.yaml `authorities` ('Ministry', 'prosecutors', 'Parliament') or a measure in its own forms
('the US added Sandvine to the Entity List'). The Hacking Team leak case ('Italy's Ministry of
Economic Development ... revoked it'), the Area case ('Milan prosecutors searched Area') and the
Predatorgate case ('The European Parliament's PEGA committee ... raised concerns') were refused,
since none tells the place with the verb asked; Sandvine's case names Canada only as its home
('Sandvine (Canada) ... sells'): 'what did Canada do about Sandvine?' is told by none, and refused.
Kept apart from actors.py, which reads who the question says acted.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.kb.analysis import QueryAnalysis
from bot.kb.cities import city_countries
from bot.kb.place_names import key_of
from bot.kb.role_words import measure_forms, measure_stems, role_data
from bot.kb.text import stem


@lru_cache(maxsize=1)
def authority_stems() -> frozenset[str]:
    """The stems of the words naming a place's bodies (data/roles.yaml `authorities`)."""
    return frozenset(map(stem, role_data()["authorities"]))


@lru_cache(maxsize=64)
def _city_stems(country: str) -> frozenset[str]:
    """The stems of the one-word English names of the cities in `country` (as entries name it)."""
    cities = (city for city, home in city_countries().items() if home.lower() == country)
    return frozenset(stem(key_of(city)) for city in cities if " " not in city)


def acted(query: QueryAnalysis, places: Sequence[tuple[str, ...]], masks: dict[str, int]) -> int:
    """The statements (bits) telling the place asked (each word's forms: `places`) acting through
    its bodies or by a measure (see the module's docstring)."""
    where = -1
    for forms in places:
        named = 0
        for f in forms:
            named |= masks.get(f, 0)
        where &= named
    tag = query.country.get(places[0][0], "") if places else ""
    for city in _city_stems(tag.removeprefix("country:")):
        where |= masks.get(city, 0)
    bodies = 0
    for t in authority_stems():
        bodies |= masks.get(t, 0)
    for t in measure_stems():
        for f in measure_forms(t):
            bodies |= masks.get(f, 0)
    return where & bodies if places else 0

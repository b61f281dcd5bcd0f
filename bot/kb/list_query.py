"""What a list question asks for (`ListQuery`: the kinds wanted and the facets that narrow them),
and the list words that say it (data/list_words.yaml): what lists.detect reads a question into, and
what list_select.py, list_english.py and the single answer's sale check (sales.py) read."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from bot.kb import list_asks
from bot.kb.place_names import list_words


@lru_cache(maxsize=1)
def _words_data() -> dict[str, Any]:
    """The list vocabulary (bot/kb/data/list_words.yaml), read once."""
    return dict(list_words())


def kind_nouns() -> dict[str, frozenset[str]]:
    return dict(list_asks.KIND_NOUNS)


KIND_NOUNS = kind_nouns()
LIST_CUES = list_asks.LIST_CUES
VENDOR_NOUNS = KIND_NOUNS["vendor"] | list_asks.SINGULARS["vendor"]
# Verbs of a sale or delivery, and of use where the gear went ("used in Mexico", "reached Iran"): with
# one of them, a place is a destination, read from a case's `destinations`, never a firm's home.
SOLD_WORDS = frozenset(_words_data()["sale_words"].split())  # a past sale: its cases document it
SALE_WORDS = SOLD_WORDS | frozenset(_words_data()["sale_words_now"].split())
USE_WORDS = frozenset(_words_data()["use_words"].split())
SELLER_WORDS = frozenset(_words_data()["seller_words"].split())  # "who sells DPI gear?"
MAKER_WORDS = frozenset(_words_data()["maker_words"].split())  # "what firm is behind Hermit?"
SELLING = SELLER_WORDS | (SALE_WORDS - SOLD_WORDS)  # never buying ("which countries sell ...": sellers)
CJK_SALE_WORDS = tuple(_words_data()["cjk_sale_words"].split())
# What a "who" question asks for by what was done (list_who.who_acted_on), the kind it asks several
# of first: the people targeted are told by the cases (with the firms whose gear hit them), the firms
# acted on or on a list are vendors (their cases join by `acted` topics).
WHO_KINDS = {"targeted": ("case", "vendor"), "acted": ("vendor",), "on": ("vendor",)}
# The words of exports or dual-use goods, in any of the campaign's languages (`says_exports`)
_EXPORTS = _words_data()["export_words"]
EXPORT_STEMS = tuple(_EXPORTS["stems"].split())
EXPORT_PHRASES = tuple(f" {p} " for p in _EXPORTS["phrases"])
EXPORT_UNSPACED = tuple(_EXPORTS["unspaced"].split())


@dataclass(frozen=True)
class ListQuery:
    """What a list question asks for: the kinds wanted and the facets that narrow them."""

    kinds: frozenset[str]
    countries: frozenset[str] = frozenset()  # where the gear went or the case happened
    homes: frozenset[str] = frozenset()  # where the companies come from ("Italian companies")
    home_cities: frozenset[str] = frozenset()  # "which Tel Aviv firms": the city their cards name
    towns: frozenset[str] = frozenset()  # "Munich connections": every entry naming the town
    technologies: frozenset[str] = frozenset()
    years: tuple[int, int] | None = None
    in_force: bool = False  # "which rules applied in 2015?": the years are when they were in force
    # "cases that broke in December 2021", "in June or July 2022": the first and last month of that one year
    month: tuple[int, int] | None = None
    names: frozenset[str] = frozenset()  # entry ids named in the question
    measures: frozenset[str] = frozenset()  # measures of a named rule the question says ("NDAA 889")
    topics: frozenset[str] = frozenset()  # who or what it is about (bot/kb/topics.py)
    dated_by: frozenset[str] = frozenset()  # events said only to date it: "on the blacklist in 2023"
    wording: str = ""  # the question minus the list words, for relevance when no facet narrows it
    sold: bool = False  # "sold to": the places are where gear went, never a firm's home
    every_place: bool = False  # "sold to both Egypt and Bahrain": each place, not either
    exports: bool = False  # "rules on spyware exports": the rules that control exports
    used: bool = False  # "used in", "reached": the places are where gear went (a firm's home may be)
    # "sanctioned by the US", "under EU sanctions": the places that acted, never where gear went
    authorities: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()  # "blacklisted by Commerce": the bodies whose measures count
    # "measures from the US Treasury", "what has the State Department done about spyware?": every
    # measure the bodies took, the firms named and the cases about them; what it was about is its own
    acts: bool = False
    reasons: frozenset[str] = frozenset()  # "listed for human rights reasons" (a measure's `reasons`)
    fined_by: frozenset[str] = frozenset()  # "US penalties", "fined by the US" (bot/kb/list_fines.py)
    # "list every vendor you have": every entry of the kinds and nothing else (list_asks.asks_catalogue)
    catalogue: bool = False
    # the forms of rule entry asked for ("which laws": not the reports); empty: every form
    forms: frozenset[str] = frozenset()
    # Plurality read, not said: "who was hit by Pegasus?" ("who" is singular or plural alike) needs
    # two entries of this kind (the cases that tell who was hit), a bare "UK surveillance export
    # rules" two of any kind ("any"); with fewer, an answer the engine gives stands (bot/kb/service.py)
    several: str = ""
    only: bool = False  # "NSO, Candiru and Intellexa?": the entries named and no others
    like: bool = False  # "other cases like Catalangate?": the entries the named ones link to
    excluded: frozenset[str] = frozenset()  # "apart from NSO": named to be left out (list_except.py)
    makers: bool = False  # "which firm sells Pegasus?": of the firms, the named product's maker only
    jointly: bool = False  # "what Citizen Lab and Microsoft exposed together": each organisation said
    # "firms on the Entity List also sanctioned by OFAC": the names said apart, each to be mentioned
    each_of: tuple[frozenset[str], ...] = ()
    # "listed alongside NSO": the firm the act took in with the others, which dates the list
    # (list_alongside.py) and is no name the entries must mention, in any reading of the question
    beside: str = ""
    facets: list[str] = field(default_factory=list, compare=False)


def says_exports(words: list[str], text: str) -> bool:
    """The question speaks of exports or dual-use goods, in any of the campaign's languages."""
    plain = f" {' '.join(words)} "
    return (
        any(w.startswith(EXPORT_STEMS) for w in words)
        or any(p in plain for p in EXPORT_PHRASES)
        or any(u in text for u in EXPORT_UNSPACED)
    )

"""List questions ("which companies sold to Egypt?", "what cases involve Hikvision?").

A question that asks for several entries gets all of them, chosen from the entries' own metadata
(kind, countries, technologies, years, names) rather than one entry picked among many right ones.
Only a question that both asks for a plural ("which companies", "welche Fälle", "哪些公司") and
narrows the set (a country, a technology, a name, a period, or words the entries share) becomes a
list; everything else goes to the single-answer engine.

Country names come from Babel's territory names in every language the campaign uses, so "Ägypten",
"مصر" and "Egypt" mean the same filter; the vocabulary of list words is data in `data/list_words.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from bot.kb import destinations, list_asks, list_authority, list_dates, list_fines, topics
from bot.kb.list_names import NameTable
from bot.kb.list_periods import period
from bot.kb.model import Entry
from bot.kb.places import (
    EU,
    authorities,
    authority_words,
    country_name,
    country_names,
    demonyms,
    expand,
    key_of,
    list_words,
    phrases,
    places,
    regions,
    vague_place,
    vague_places,
    words_of,
)
from bot.kb.text import fold

__all__ = [
    "EU",
    "ListQuery",
    "NameTable",
    "country_name",
    "country_names",
    "detect",
    "select",
    "technology_name",
]

# A list answer never runs past this many entries: past it the member is better served by /search.
MAX_ITEMS = 12
# Share of the best relevance an entry needs to join a list chosen by wording alone.
RELEVANCE_SHARE = 0.6


@lru_cache(maxsize=1)
def _words_data() -> dict[str, Any]:
    """The list vocabulary (bot/kb/data/list_words.yaml), read once."""
    return dict(list_words())


def kind_nouns() -> dict[str, frozenset[str]]:
    return dict(list_asks.KIND_NOUNS)


KIND_NOUNS = kind_nouns()
LIST_CUES = list_asks.LIST_CUES
TECH_WORDS: dict[str, str] = dict(_words_data()["technology_words"])
# Verbs of a sale or delivery, and of use where the gear went ("used in Mexico", "reached Iran"): with
# one of them, a place is a destination, read from a case's `destinations`, never a firm's home.
SOLD_WORDS = frozenset(_words_data()["sale_words"].split())  # a past sale: its cases document it
SALE_WORDS = SOLD_WORDS | frozenset(_words_data()["sale_words_now"].split())
USE_WORDS = frozenset(_words_data()["use_words"].split())
SELLER_WORDS = frozenset(_words_data()["seller_words"].split())  # "who sells DPI gear?"
CJK_SALE_WORDS = tuple(_words_data()["cjk_sale_words"].split())
# "Everything you have on X", "what do you have about X", "X - what do you have?": what mentions X.
EVERYTHING = re.compile(
    r"\b(everything|all (the )?(entries|you have)|what (do )?you (have|hold)( on| about|$)"
    r"|list (everything|all))\b"
)
# A question longer than this is a story with its question at the end (issue 10's "long" style): it
# is about the one thing the member has in mind, even when it says "which companies".
STORY_WORDS = 40
# "Which vendors were involved in that case?", "which companies' gear was this": one thing, pointed at.
ONE_THING = re.compile(
    r"\b(that|this|the same) (case|report|scandal|affair|investigation|leak|list|story)\b"
    r"|\b(was|is) (this|that)$"
    r"|\b(dieser|diesem|diesen) (fall|bericht|skandal)\b|\b(ce|cette) (cas|affaire|rapport|scandale)\b"
    r"|\b(este|ese|esa|esta) (caso|informe|escandalo)\b|\b(questo|quel) (caso|rapporto|scandalo)\b"
)
# "Which companies are not / were never sanctioned by the US?", "... didn't sell to Egypt?": the list
# would name exactly the firms the member asked to leave out (review10). "Which companies can US
# agencies not buy from" is a ban, not a negation: only "be", "have" and "do" are read here.
NEGATED = re.compile(
    r"\b(are|is|were|was|have|has|had|did|do|does|been) (not|never)\b"
    r"|\b(aren|isn|weren|wasn|haven|hasn|hadn|didn|don|doesn) t\b"
)
# Technologies that are one thing to a member: export rules call spyware "intrusion software"
# (Wassenaar's term), so "rules on spyware" includes the rules on intrusion software.
KIN = {"spyware": "intrusion software", "intrusion software": "spyware"}
_EXPORTS = _words_data()["export_words"]
EXPORT_STEMS = tuple(_EXPORTS["stems"].split())
EXPORT_PHRASES = tuple(f" {p} " for p in _EXPORTS["phrases"])
EXPORT_UNSPACED = tuple(_EXPORTS["unspaced"].split())
# What a rule on exports controls: knowledge/README.md's technology for export licensing and lists.
EXPORT_CONTROLS = "export controls"


@dataclass(frozen=True)
class ListQuery:
    """What a list question asks for: the kinds wanted and the facets that narrow them."""

    kinds: frozenset[str]
    countries: frozenset[str] = frozenset()  # where the gear went or the case happened
    homes: frozenset[str] = frozenset()  # where the companies come from ("Italian companies")
    technologies: frozenset[str] = frozenset()
    years: tuple[int, int] | None = None
    names: frozenset[str] = frozenset()  # entry ids named in the question
    measures: frozenset[str] = frozenset()  # measures of a named rule the question says ("NDAA 889")
    topics: frozenset[str] = frozenset()  # who or what it is about (bot/kb/topics.py)
    wording: str = ""  # the question minus the list words, for relevance when no facet narrows it
    sold: bool = False  # "sold to": the places are where gear went, never a firm's home
    exports: bool = False  # "rules on spyware exports": the rules that control exports
    used: bool = False  # "used in", "reached": the places are where gear went (a firm's home may be)
    # "sanctioned by the US", "under EU sanctions": the places that acted, never where gear went
    authorities: frozenset[str] = frozenset()
    reasons: frozenset[str] = frozenset()  # "listed for human rights reasons" (a measure's `reasons`)
    fined_by: frozenset[str] = frozenset()  # "US penalties", "fined by the US" (bot/kb/list_fines.py)
    facets: list[str] = field(default_factory=list, compare=False)


def _words(text: str) -> list[str]:
    return words_of(text)


def _key(text: str) -> str:
    return key_of(text)


def technology_name(text: str) -> str | None:
    """The vocabulary's spelling of a technology as members write it ("face recognition")."""
    return TECH_WORDS.get(_key(text))


def warm_up() -> None:
    """Read every table a list question reads, now: read on first use, they cost the first list
    question (and each new search worker child, bot/kb/worker.py) ~130 ms of YAML."""
    for table in (demonyms, regions, vague_places, authority_words, country_names, topics.topics):
        table()
    list_fines.authorities([], "")
    list_authority.known_reasons()


def detect(question: str, names: NameTable) -> ListQuery | None:
    """The list this question asks for, or None when it asks for one thing."""
    text = fold(question).casefold()
    words = _words(question)
    plain = " ".join(words)
    if len(words) > STORY_WORDS or ONE_THING.search(plain):
        return None  # a story, or "that case": the member asks about one thing they have in mind
    if NEGATED.search(plain):
        return None  # the list would answer the opposite: the engine answers or says it does not know
    kinds = list_asks.asked_kinds(question)
    headless = not kinds
    kinds = kinds or list_asks.headless_kinds(words)
    # "who sells DPI gear?", "who supplied surveillance gear to Libya?": the firms, if a kind of gear
    # or a place narrows them (checked below) and no one thing is named or pointed at
    who = not kinds and list_asks.asks_who_sold(words, SELLER_WORDS)
    kinds = kinds or ({"vendor"} if who else set())
    everything = bool(EVERYTHING.search(plain)) or list_asks.everything_known(question, names.vocabulary)
    if not everything and not kinds:
        return None
    if "document" in kinds:  # reports and investigations: the cases and the rules' reports
        kinds = (kinds - {"document"}) | {"case", "rule"}
    if "any" in kinds and kinds - {"any"}:
        # "你们有哪些中国公司的条目" (which entries on Chinese companies), "entries on cases in Egypt":
        # the entries asked for are those of the kind named
        kinds = kinds - {"any"}
    if not kinds or "any" in kinds:
        kinds = {"rule", "vendor", "case"}
    if vague_place(words):
        return None  # "sold to North Africa": a place not understood is not dropped from a claimed list
    countries, homes = places(words, question, KIND_NOUNS["vendor"])
    authority = authorities(words, question)
    about = topics.asked(plain)
    # "US penalties", "fined by the US": who fined, never where gear went or a firm's home
    fined_by = list_fines.authorities(words, question) - authority if list_fines.TOPIC in about else set()
    countries, homes = countries - authority - fined_by, homes - authority - fined_by
    technologies = {tech for _, _, phrase in phrases(words) if (tech := TECH_WORDS.get(phrase))}
    named = names.named(text)
    if "case" not in kinds and any(names.by_id[n].kind == "case" for n in named):
        return None  # "which vendors targeted Ahmed Mansoor?": the case names them
    if headless and not everything and any(names.by_id[n].kind in kinds for n in named):
        return None  # "OFAC spyware sanctions", "Spyware visa restrictions": the plural names one entry
    if who and (named or not (countries or technologies)):
        return None  # "who sells Pegasus?", "who made it?": one firm, the engine's answer
    sold = bool(SALE_WORDS.intersection(words)) or any(w in question for w in CJK_SALE_WORDS)
    # "companies sanctioned by the US": the authority's measures name them; no case needed to document it
    acted = about - topics.ORGANISATIONS - (list_authority.TOPICS if authority else frozenset())
    if "vendor" in kinds and (countries or SOLD_WORDS.intersection(words) or acted):
        # "companies that sold to Egypt", "firms that supplied monitoring centres", "firms linked to
        # Xinjiang": the cases that document it too
        kinds.add("case")
    return ListQuery(
        kinds=frozenset(kinds),
        countries=frozenset(countries),
        homes=frozenset(homes),
        technologies=frozenset(technologies),
        years=period(plain),
        names=frozenset(named),
        measures=names.measures(text),
        topics=about,
        wording=question,
        sold=sold,
        used=bool(USE_WORDS.intersection(words)),
        exports=_says_exports(words, text),
        authorities=frozenset(authority),
        reasons=list_authority.reasons(words),
        fined_by=frozenset(fined_by),
    )


def _says_exports(words: list[str], text: str) -> bool:
    """The question speaks of exports or dual-use goods, in any of the campaign's languages."""
    plain = f" {' '.join(words)} "
    return (
        any(w.startswith(EXPORT_STEMS) for w in words)
        or any(p in plain for p in EXPORT_PHRASES)
        or any(u in text for u in EXPORT_UNSPACED)
    )


def with_english(query: ListQuery, english: str, names: NameTable | None = None) -> ListQuery:
    """The query with the technologies, topics and names its English reading says: the glossary
    turns a member's "Gesichtserkennung", "шпионские программы" or "实体清单" into the entries' terms."""
    words = _words(english)
    technologies = {tech for _, _, phrase in phrases(words) if (tech := TECH_WORDS.get(phrase))}
    named = names.named(english) if names is not None else set()
    if not (query.countries or query.homes or query.authorities):
        # the reading knows places the question's own words hide ("بالإمارات": "with the Emirates")
        countries, homes = places(words, english, KIND_NOUNS["vendor"])
        authority = authorities(words, english)
        query = replace(
            query,
            countries=frozenset(countries - authority),
            homes=frozenset(homes - authority),
            authorities=frozenset(authority),
        )
    return replace(
        query,
        technologies=query.technologies | technologies,
        topics=query.topics | topics.asked(" ".join(words)),
        names=query.names | named,
        measures=query.measures | (names.measures(english) if names is not None else frozenset()),
        reasons=query.reasons | list_authority.reasons(words),
    )


def _is_rule_with_place(entry: Entry) -> bool:
    return entry.kind == "rule" and bool(entry.countries)


def _home(entry: Entry, by_id: dict[str, Entry]) -> set[str]:
    """Where an entry comes from: a vendor's home country is listed first (knowledge/README.md); a
    case's, the homes of the firms it links to ("American companies that sold to Syria": not the
    Canadian firm's case because the US later listed it), or all its places when it links none."""
    if entry.kind != "case":
        return set(entry.countries[:1])
    firms = [by_id[r] for r in entry.related if r in by_id and by_id[r].kind == "vendor"]
    return destinations.homes(firms) if firms else set(entry.countries)


def _went_to(entry: Entry, places: frozenset[str], names: NameTable, query: ListQuery) -> bool:
    """The entry is about one of the places (a rule: its jurisdiction). Asked where gear was sold or
    used, a case counts by its destinations and a vendor by its countries after its home (listed
    first): an American firm did not "supply the United States" for being one."""
    if entry.kind == "rule":
        return bool(places & set(entry.countries[:1]))
    if not (query.sold or query.used):
        return bool(places & set(entry.countries))
    if entry.kind == "vendor":
        return bool(places & destinations.of_vendor(entry, names.cases_of.get(entry.id, ()), sale=query.sold))
    # not reviewed for destinations: asked about a sale, never its firms' homes
    return bool(places & destinations.went_by_case(entry, names.by_id, sale=query.sold))


def _sold_there(
    vendor: Entry, case: Entry, places: frozenset[str], names: NameTable, query: ListQuery
) -> bool:
    """A case names the vendor and its technology went to one of the places (bot/kb/destinations.py)."""
    went = destinations.via_case(vendor, case, names.by_id, sold=query.sold, used=query.used)
    return bool(places & went) and names.says_name(case, vendor)


def select(
    query: ListQuery,
    names: NameTable,
    relevance: Callable[[str], tuple[list[tuple[Entry, float]], float]],
    confident: float,
) -> list[Entry]:
    """The entries a list question asks for, most relevant first; empty when nothing narrows it."""
    pool = [e for e in names.by_id.values() if e.kind in query.kinds]
    narrowed = False
    if query.names:
        pool = names.mentioning(pool, query.names, query.measures)
        narrowed = True
    if query.reasons:
        pool = list_authority.for_reasons(pool, query.names, query.reasons, names.by_id)
    asked = query.topics - (list_authority.TOPICS if query.authorities else frozenset())
    if query.authorities:
        # "Companies sanctioned by the US": the firms its measures name, the cases about them, its rules.
        # Its measures say who it acted on: a firm's own text need not say "sanctioned" (NDAA 889).
        acted = {e.id for e in list_authority.acted_on(pool, query.authorities, names.by_id)}
        # "fined or put on a US blacklist": another act asked about is the other way in, not a second
        # condition on the firms the authority listed
        other = frozenset(t.name for t in topics.topics() if t.event and t.name in asked)
        pool = [e for e in pool if e.id in acted or (other and topics.says(names.texts[e.id], other))]
        asked -= other
        narrowed = True
    # "Firms barred from US procurement under NDAA 889": the named rule says where; "US" is only
    # its jurisdiction, not where the firms are or sold.
    ruled = {names.by_id[n].countries[0] for n in query.names if _is_rule_with_place(names.by_id[n])}
    if query.countries & ruled and "rule" not in query.kinds:
        query = replace(query, countries=query.countries - ruled)
    # "EU rules" are the Union's own; a European company or case names its member state.
    homes, places = expand(query.homes), expand(query.countries)
    if query.homes:
        pool = [e for e in pool if (query.homes if e.kind == "rule" else homes) & _home(e, names.by_id)]
        narrowed = True
    if query.countries:
        cases = [e for e in names.by_id.values() if e.kind == "case"]
        # A vendor also sold there when a case there names it ("companies that sold to Egypt").
        cases = [c for c in cases if places & set(c.countries)]
        # Only a vendor a case links to sold there by it: each case's links, not vendors x cases.
        vendors = {e.id for e in pool if e.kind == "vendor"}
        links = [(names.by_id[r], c) for c in cases for r in c.related if r in vendors]
        sold = {v.id for v, c in links if _sold_there(v, c, places, names, query)}
        pool = [
            e
            for e in pool
            if _went_to(e, query.countries if e.kind == "rule" else places, names, query) or e.id in sold
        ]
        narrowed = True
    if query.technologies:
        wanted = query.technologies | {KIN[t] for t in query.technologies if t in KIN}
        pool = [e for e in pool if wanted & set(e.technologies)]
        narrowed = True
    if query.exports and "rule" in query.kinds:
        # "Which rules cover spyware exports?": the rules that control exports, not every rule on spyware
        pool = [e for e in pool if e.kind != "rule" or EXPORT_CONTROLS in e.technologies]
        narrowed = narrowed or query.kinds == {"rule"}  # the cases or firms asked for are not narrowed
    if asked:
        pool = [e for e in pool if topics.says(names.texts[e.id], asked)]
        if list_fines.TOPIC in asked:  # a firm's own fine, by whoever the question says fined
            pool = [e for e in pool if list_fines.own_fine(e, names, query.fined_by)]
        narrowed = True
    if query.years is not None:  # the year of the event asked about, if any (list_dates.py)
        rules = sorted(n for n in query.names if names.by_id[n].kind == "rule")
        pool = list_dates.narrow(pool, query.topics, rules, names.keys, query.years)
        narrowed = True
    # (entry, rank score) best first, and the first one's confidence
    ranked, top_confidence = relevance(query.wording)
    order = {e.id: n for n, (e, _) in enumerate(ranked)}
    if not narrowed:
        # Wording alone narrows the set only when the question is clearly about what entries hold.
        if not ranked or top_confidence < confident:
            return []
        best = ranked[0][1]
        keep = {e.id for e, score in ranked if score >= RELEVANCE_SHARE * best}
        pool = [e for e in pool if e.id in keep]
    pool.sort(key=lambda e: (order.get(e.id, len(order)), e.kind, e.title.casefold()))
    if pool:
        # A named rule joins the list it holds ("firms on the Entity List": the Entity List too), after
        # the firms or cases that were asked for, and never cut off by them.
        named = [names.by_id[n] for n in sorted(query.names, key=lambda n: order.get(n, len(order)))]
        listed = {e.id for e in pool}
        holding = [e for e in named if e.id not in listed and e.kind == "rule"][:MAX_ITEMS]
        return pool[: MAX_ITEMS - len(holding)] + holding
    return pool[:MAX_ITEMS]

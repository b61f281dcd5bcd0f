"""The entries a list question gets: `select` narrows the knowledge base by the facets
`lists.detect` read in the question (kinds, places, technologies, authorities, topics, a period,
names), each by the entries' own metadata, and orders them by the search engine's relevance.

Why apart from bot/kb/lists.py, which reads the question: this module reads the entries. It
changes when the knowledge gains a field that answers a list (a case's `destinations`, a rule's
`measures`) or when what makes an entry belong to a list changes, never with how members word one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from bot.kb import (
    destinations,
    list_alongside,
    list_authority,
    list_bare,
    list_dates,
    list_except,
    list_fines,
    list_persons,
    list_seats,
    list_towns,
    list_why,
    topics,
)
from bot.kb.list_forms import forms_said
from bot.kb.list_names import NameTable
from bot.kb.list_query import EXPORT_STEMS, VENDOR_NOUNS, ListQuery
from bot.kb.list_short import everyday_said
from bot.kb.list_techs import TECH_WORDS
from bot.kb.model import Entry
from bot.kb.place_names import country_names, phrases, words_of
from bot.kb.places import CONJUNCTIONS, expand, places

# A list answer never runs past this many entries: past it the member is better served by /search.
MAX_ITEMS = 12
# Share of the best relevance an entry needs to join a list chosen by wording alone.
RELEVANCE_SHARE = 0.6
# Technologies that are one thing to a member: export rules call spyware "intrusion software"
# (Wassenaar's term), so "rules on spyware" includes the rules on intrusion software.
KIN = {"spyware": "intrusion software", "intrusion software": "spyware"}
# What a rule on exports controls: knowledge/README.md's technology for export licensing and lists.
EXPORT_CONTROLS = "export controls"
EVERY_KIND = frozenset({"rule", "vendor", "case"})


def _asked(entry: Entry, query: ListQuery) -> bool:
    """The entry is of a kind asked for, and a rule of a form asked for: "which laws ...?" are no
    reports, "which reports ...?" no laws (a rule entry's `form`, knowledge/README.md)."""
    if entry.kind not in query.kinds:
        return False
    return entry.kind != "rule" or not query.forms or entry.form in query.forms


def _is_rule_with_place(entry: Entry) -> bool:
    return entry.kind == "rule" and bool(entry.countries)


@lru_cache(maxsize=4096)
def _origins(summary: str, countries: tuple[str, ...]) -> frozenset[str]:
    """The origins a vendor's summary opens with, among its countries: "Anglo-German maker of
    FinFisher" comes from Germany as well as from the United Kingdom listed first."""
    first = summary.split(". ")[0]
    return frozenset(places(words_of(first), first, VENDOR_NOUNS)[1] & set(countries))


def warm_up(entries: list[Entry]) -> None:
    """Read every vendor's origins and every sentence's places now, at build (off the event loop):
    the first list question that asked for homes read 42 summaries (6 ms; search_latency's p99)."""
    for entry in entries:
        if entry.kind == "vendor":
            _origins(entry.summary, tuple(entry.countries))
    list_why.warm_up(entries)


def home(entry: Entry, by_id: dict[str, Entry]) -> set[str]:
    """Where an entry comes from: a vendor's home country is listed first (knowledge/README.md), with
    any other origin its summary gives it ("Anglo-German"); a case's, the homes of the firms it links
    to ("American companies that sold to Syria": not the Canadian firm's case because the US later
    listed it), or all its places when it links none."""
    if entry.kind == "vendor":
        return set(entry.countries[:1]) | _origins(entry.summary, tuple(entry.countries))
    if entry.kind != "case":
        return set(entry.countries[:1])
    firms = [by_id[r] for r in entry.related if r in by_id and by_id[r].kind == "vendor"]
    return destinations.homes(firms) if firms else set(entry.countries)


def _went_to(entry: Entry, places: frozenset[str], names: NameTable, query: ListQuery) -> bool:
    """The entry is about one of the places (a rule: its jurisdiction). Asked where gear was sold or
    used, a case counts by its destinations and a vendor by its countries after its home (listed
    first): an American firm did not "supply the United States" for being one. A vendor's
    `list_destinations` count either way."""
    if entry.kind == "rule":
        # asked for every entry on a place ("anything on Myanmar?", "Bahrain: everything"), a rule
        # that names it among its countries is about it too (the listings in Burma, the licences
        # for Bahrain), not only a rule of its jurisdiction
        told = set(entry.countries) if _every_kind(query) else set(entry.countries[:1])
        return bool(places & told)
    # "Pegasus cases in Europe": a case of a firm or product named is where its gear went, not a
    # maker's home (Ahmed Mansoor's case names Italy, the UK and Germany as the homes of his
    # spyware's makers); "the Israeli tool Pegasus" says where the maker is from, not where its
    # cases are
    makers = [names.by_id[n] for n in query.names if names.by_id[n].kind == "vendor"]
    product_case = (
        entry.kind == "case"
        and entry.destinations is not None
        and bool(makers)
        and all(places.isdisjoint(home(m, names.by_id)) for m in makers)
    )
    if not (query.sold or query.used or product_case):
        return bool(places & {*entry.countries, *entry.list_destinations})
    # a case not reviewed for destinations: asked about a sale, never its firms' homes
    return not places.isdisjoint(names.went(entry, sale=query.sold))


def _every_kind(query: ListQuery) -> bool:
    """The question asks for entries of every kind on what narrows them, not a sale or a use there."""
    return query.kinds == EVERY_KIND and not (query.forms or query.sold or query.used or query.exports)


def _sold_there(
    vendor: Entry, case: Entry, places: frozenset[str], names: NameTable, query: ListQuery
) -> bool:
    """A case names the vendor and its technology went to one of the places (bot/kb/destinations.py)."""
    went = names.went_via(vendor, case, sold=query.sold, used=query.used)
    return not places.isdisjoint(went) and names.says_name(case, vendor)


def select(
    query: ListQuery,
    names: NameTable,
    relevance: Callable[[str], tuple[list[tuple[Entry, float]], float]],
    confident: float,
) -> list[Entry]:
    """The entries a list question asks for, most relevant first; empty when nothing narrows it."""
    pool = [e for e in names.by_id.values() if _asked(e, query)]
    if query.only:  # names alone: each entry named, in the order relevance gives them
        ranked, _ = relevance(query.wording)
        order = {e.id: n for n, (e, _) in enumerate(ranked)}
        return sorted(
            (names.by_id[n] for n in query.names), key=lambda e: (order.get(e.id, len(order)), e.id)
        )
    if query.like:  # "other cases like Catalangate?": what it links to, or what links to it
        linked = {r for n in query.names for r in names.by_id[n].related}
        linked |= {e.id for e in pool if query.names.intersection(e.related)}
        ranked, _ = relevance(query.wording)
        order = {e.id: n for n, (e, _) in enumerate(ranked)}
        pool = _alike_narrowed([e for e in pool if e.id in linked - query.names], query, names)
        return sorted(pool, key=lambda e: (order.get(e.id, len(order)), e.id))[:MAX_ITEMS]
    # "what voluntary or non-binding measures are there?": an adjective of a form narrows the rules
    narrowed = query.kinds == {"rule"} and bool(query.forms & forms_said(words_of(query.wording)))
    if query.names:
        pool = names.mentioning(pool, query.names, query.measures)
        pool = list_persons.on_a_person(
            pool, query.wording, names, query.kinds, query.names
        )  # "everything on Tal Dilian"
        if query.makers:  # "which firm sells Pegasus?": its maker, not the firms that name the maker
            pool = [e for e in pool if e.kind != "vendor" or e.id in query.names]
        # "who was hit with Dante?": the cases that tell of the product, not every case of its maker
        if by_product := list_bare.named_by_product(query.wording, names):
            rest = query.names - set(by_product)
            pool = [
                e
                for e in pool
                if e.kind != "case"
                or e.id in query.names
                or list_bare.tells_product(e, by_product, names)
                or (rest and names.mentions(e, rest))
            ]
        if query.each_of:  # "on the Entity List and also sanctioned by OFAC": one of each named
            pool = [e for e in pool if all(names.mentioning([e], group) for group in query.each_of)]
        narrowed = True
    if query.reasons:
        pool = list_authority.for_reasons(pool, query.names, query.reasons, names.by_id)
    asked = query.topics - (list_authority.TOPICS if query.authorities else frozenset())
    if query.authorities:
        # "Companies sanctioned by the US": the firms its measures name, the cases about them, its rules.
        # Its measures say who it acted on: a firm's own text need not say "sanctioned" (NDAA 889).
        acted = {
            e.id for e in list_authority.acted_on(pool, query.authorities, names, query.bodies, query.acts)
        }
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
        pool = [e for e in pool if (query.homes if e.kind == "rule" else homes) & home(e, names.by_id)]
        narrowed = True
    if query.home_cities:
        pool = list_seats.in_cities(pool, query.home_cities, names)
    if query.towns:  # "anything on Munich?": the cards naming the town, none if no card does
        pool, narrowed = list_towns.naming(pool, query.towns, names), True
    if query.countries:
        unplaced = pool
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
        if query.every_place:  # "firms that sold to both Egypt and Bahrain": to each, not either
            pool = _in_every_place(pool, query, names, cases)
        if not pool and _every_kind(query) and not narrowed:
            # "Madagascar or Mongolia, any traces?": no entry is about the place, but a card that names
            # it in passing is what is held on it; a place no card names stays an empty list
            pool = list_towns.naming(unplaced, query.countries, names, country_names)
        narrowed = True
    # "EU laws and guidance on exports and AI": the rules on exports and those on AI, not AI exports
    either = query.exports and bool(query.technologies) and _exports_or_technology(query.wording)
    if query.technologies:
        wanted = query.technologies | {KIN[t] for t in query.technologies if t in KIN}
        wanted |= {EXPORT_CONTROLS} if either else set()
        pool = [e for e in pool if wanted & set(e.technologies)]
        narrowed = True
    if query.exports and "rule" in query.kinds and not either:
        # "Which rules cover spyware exports?": the rules that control exports, not every rule on spyware
        pool = [e for e in pool if e.kind != "rule" or EXPORT_CONTROLS in e.technologies]
        narrowed = narrowed or query.kinds == {"rule"}  # the cases or firms asked for are not narrowed
    if asked:  # and a firm an authority's measure lists with firms that all say it (list_authority.py)
        pool = list_authority.said_or_listed_with(
            pool, lambda i: topics.says(names.texts[i], asked), query, names
        )
        if query.jointly:  # "what Citizen Lab and Microsoft exposed together": both, not either
            pool = [e for e in pool if topics.says_each(names.texts[e.id], asked)]
        if list_fines.TOPIC in asked:  # a firm's own fine, by whoever the question says fined
            pool = [e for e in pool if list_fines.own_fine(e, names, query.fined_by)]
        narrowed = True
    if query.years is not None:  # the year of the event asked about, if any (list_dates.py)
        rules = sorted(n for n in query.names if names.by_id[n].kind == "rule")
        # "who did Commerce add to its blacklist in 2021?": the body's measures are the event, as
        # if their rule were named: a firm listed in 2019 that mentions 2021 is not one of them
        rules += sorted(list_authority.rules_by(query.bodies, names.by_id)) if query.bodies else []
        if query.beside and not rules:  # "listed alongside NSO": the act that took NSO in
            rules = list_alongside.acts_of(query.beside, query.years, names)
        dated = query.topics | query.dated_by
        pool = list_dates.narrow(pool, dated, rules, names.keys, query.years, query.in_force, query.month)
        pool = list_dates.own_acts(
            pool, query.wording, query.years, names.texts
        )  # "what did the EU do in 2021?"
        narrowed = True
    # (entry, rank score) best first, and the first one's confidence
    ranked, top_confidence = relevance(query.wording)
    order = {e.id: n for n, (e, _) in enumerate(ranked)}
    if not narrowed:
        # Wording alone narrows the set only when the question is clearly about what entries hold.
        if not ranked or top_confidence < confident or everyday_said(query.wording):
            return []
        best = ranked[0][1]
        keep = {e.id for e, score in ranked if score >= RELEVANCE_SHARE * best}
        pool = [e for e in pool if e.id in keep]
    if query.several == "case":
        pool = _whose_gear(pool, query, names)
    if query.excluded:  # "apart from NSO": the others, and not the cases only about it
        pool = [e for e in pool if list_except.keep(e, query.excluded, names.by_id, names)]
    pool.sort(key=lambda e: (order.get(e.id, len(order)), e.kind, e.title.casefold()))
    if pool:
        # A named rule joins the list it holds ("firms on the Entity List": the Entity List too), after
        # the firms or cases that were asked for, and never cut off by them.
        named = [names.by_id[n] for n in sorted(query.names, key=lambda n: order.get(n, len(order)))]
        listed = {e.id for e in pool}
        holding = [e for e in named if e.id not in listed and e.kind == "rule"]
        # of rules named alike ("the US Entity List"), those that link what is listed: "Chinese AI firms
        # on the US Entity List" joins the Entity List, not its human-rights rule as well
        linking = [e for e in holding if not listed.isdisjoint(e.related) or _linked_from(e, listed, names)]
        holding = (linking or holding)[:MAX_ITEMS]
        return _direct_first(pool[: MAX_ITEMS - len(holding)], query, places) + holding
    return pool[:MAX_ITEMS]


def _exports_or_technology(wording: str) -> bool:
    """Exports and a technology said as two subjects joined by a conjunction ("on exports and AI", "AI
    or exports"), not one ("spyware exports", "exports of spyware"): either is asked for."""
    words = words_of(wording)
    exports = {i for i, w in enumerate(words) if w.startswith(EXPORT_STEMS)}
    for start, end, phrase in phrases(words):
        if phrase not in TECH_WORDS:
            continue
        if (start - 2 in exports and words[start - 1] in CONJUNCTIONS) or (
            end + 1 in exports and end < len(words) and words[end] in CONJUNCTIONS
        ):
            return True
    return False


def _in_every_place(pool: list[Entry], query: ListQuery, names: NameTable, cases: list[Entry]) -> list[Entry]:
    """ "Which firms sold to both Egypt and Bahrain?": the firms that went to each place (by their own
    card or a case that names them there), and the cases there that link one of them; an entry of
    another kind, each place. Read as either, the list held every firm of Egypt and of Bahrain."""
    each = [(frozenset({p}), expand(frozenset({p}))) for p in sorted(query.countries)]

    def there(entry: Entry, said: frozenset[str], where: frozenset[str]) -> bool:
        if _went_to(entry, said if entry.kind == "rule" else where, names, query):
            return True
        return entry.kind == "vendor" and any(
            not where.isdisjoint(c.countries) and _sold_there(entry, c, where, names, query) for c in cases
        )

    firms = {e.id for e in pool if e.kind == "vendor" and all(there(e, s, w) for s, w in each)}
    by_firm = "vendor" in query.kinds
    return [
        e
        for e in pool
        if e.id in firms
        or (by_firm and e.kind == "case" and not firms.isdisjoint(e.related))
        or (e.kind != "vendor" and all(there(e, s, w) for s, w in each))
    ]


def _linked_from(rule: Entry, listed: set[str], names: NameTable) -> bool:
    """An entry listed links to the rule."""
    return any(rule.id in names.by_id[i].related for i in listed)


def _alike_narrowed(pool: list[Entry], query: ListQuery, names: NameTable) -> list[Entry]:
    """ "Other firms like NSO in Israel?", "other Chinese firms like Hikvision?", "what other firm like
    Sandvine sells DPI?": of the entries the named one links to, those from or in the place asked and
    of the technology asked. Unread, the list held every linked firm: Hacking Team (Italian) and
    Positive Technologies (Russian) as Israeli firms like NSO, Intellexa as a DPI seller."""
    words = words_of(query.wording)
    countries, homes = places(words, query.wording, VENDOR_NOUNS)
    where = expand(frozenset(countries | homes))
    if where:
        pool = [e for e in pool if where & (home(e, names.by_id) if e.kind == "vendor" else set(e.countries))]
    wanted = {tech for _, _, phrase in phrases(words) if (tech := TECH_WORDS.get(phrase))}
    wanted |= {KIN[t] for t in wanted if t in KIN}
    return [e for e in pool if wanted & set(e.technologies)] if wanted else pool


def _whose_gear(pool: list[Entry], query: ListQuery, names: NameTable) -> list[Entry]:
    """ "Who was hit by Pegasus in Mexico?" asks for the cases that tell who was hit, with the firms
    whose gear hit them: a firm the question names or a listed case links to, not every firm that
    merely mentions the named one (Circles, "affiliated with NSO Group", hit no one with Pegasus)."""
    linked = {r for e in pool if e.kind == "case" for r in e.related}
    return [e for e in pool if e.kind != "vendor" or e.id in query.names or e.id in linked]


def _direct_first(chosen: list[Entry], query: ListQuery, places: frozenset[str]) -> list[Entry]:
    """ "Anything on Morocco?": of the entries relevance chose, those whose summary names the place
    before a passing mention in a long list of customers (bot/kb/list_why.py), relevance ordering
    each tier (a stable sort). Only the order: which entries a long list keeps stays relevance's."""
    if not query.countries:
        return chosen
    return sorted(chosen, key=lambda e: list_why.directness(e, places))


def _narrows(query: ListQuery) -> bool:
    """Some facet of the question narrows the kinds it asks for."""
    return bool(
        query.countries
        or query.homes
        or query.technologies
        or query.years
        or query.names
        or query.topics
        or query.authorities
        or query.reasons
        or query.fined_by
        or query.exports
    )


def catalogue(query: ListQuery, names: NameTable) -> tuple[list[Entry], int]:
    """A request for every entry of a kind ("list every vendor you have"): the first MAX_ITEMS of
    them alphabetically, as /search browses them, and how many there are in all; ([], 0) for any
    other list question. With more than MAX_ITEMS no relevance could choose which to show, so the
    faces point the member to browsing them all (member14, issue 10 item 5)."""
    if not query.catalogue or _narrows(query):
        return [], 0
    kinds = sorted(query.kinds)
    pool = sorted(
        (e for e in names.by_id.values() if _asked(e, query)),
        key=lambda e: (kinds.index(e.kind), e.title.casefold(), e.id),
    )
    return pool[:MAX_ITEMS], len(pool)

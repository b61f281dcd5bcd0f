"""An other-language list question's English reading adds the facets its own words hide: the
glossary turns "Gesichtserkennung", "шпионские программы" or "实体清单" into the entries' terms, and
the reading names places and authorities ("بالإمارات", "na czarnej liście USA") the member's
spelling hid. Kept apart from the reading of the question itself (lists.py `detect`)."""

from __future__ import annotations

from dataclasses import replace

from bot.kb import list_authority, list_countries, list_except, topics
from bot.kb.authorities import authorities
from bot.kb.list_names import NameTable
from bot.kb.list_query import VENDOR_NOUNS, ListQuery
from bot.kb.list_short import everyday_named
from bot.kb.list_techs import FUNCTION_TECH_WORDS, TECH_WORDS, technologies_named
from bot.kb.place_names import words_of
from bot.kb.places import places


def with_english(query: ListQuery, english: str, names: NameTable | None = None) -> ListQuery:
    """The query with the technologies, topics and names its English reading says: the glossary
    turns a member's "Gesichtserkennung", "шпионские программы" or "实体清单" into the entries' terms."""
    if query.only or query.like:
        return query  # names alone: the reading adds no facet, and no name the member did not write
    words = words_of(english)
    technologies = technologies_named(words, english)
    # "ai cinesi" read "ai china": a little word the member's own words said as no technology stays none
    typed = words_of(query.wording)
    technologies -= {TECH_WORDS[w] for w in FUNCTION_TECH_WORDS if w in typed} - technologies_named(
        typed, query.wording
    )
    left_out = query.excluded | (list_except.excluded(english, names) if names is not None else frozenset())
    named = (names.named(english) if names is not None else set()) - left_out - {query.beside}
    if names is not None:  # "a warm navy blue coat": a garment in either reading, no Blue Coat
        named = everyday_named(everyday_named(named, english, names), query.wording, names)
    if query.acts and names is not None:  # "the US Treasury's measures": the body, not its one rule
        named -= list_authority.rules_by(query.bodies, names.by_id)
        technologies = set()
    if not (query.countries or query.homes or query.authorities):
        # the reading knows places the question's own words hide ("بالإمارات": "with the Emirates");
        # the glossary reads a plural "empresas" as "company", so a singular noun makes a home too
        # ("empresas de EEUU": "company de united states", firms from there, not gear sent there)
        countries, homes = places(words, english, VENDOR_NOUNS)
        authority = authorities(words, english)
        # "penalties to US authorities": who fined, read in the question's own words, is no place
        # either (lists.py `fined_by`)
        query = replace(
            query,
            countries=frozenset(countries - authority - query.fined_by),
            homes=frozenset(homes - authority - query.fined_by),
            authorities=frozenset(authority),
        )
    elif not query.authorities and (authority := authorities(words, english)):
        # "na czarnej liście USA": the reading says who listed them ("blacklist united states"),
        # which the member's own words hid; that place acted, it is no destination
        query = replace(
            query,
            countries=query.countries - authority,
            homes=query.homes - authority,
            authorities=frozenset(authority),
        )
    return replace(
        query,
        technologies=query.technologies | technologies,
        topics=query.topics | topics.asked(" ".join(words)) - list_countries.not_topics(query.several),
        names=query.names - left_out | named,
        excluded=left_out,
        measures=query.measures | (names.measures(english) if names is not None else frozenset()),
        reasons=query.reasons | list_authority.reasons(words),
    )

"""Whether a question describes one entry without naming it: 'which British defence company sold
internet mass-surveillance systems to Gulf and North African states?' (BAE Systems).

A member who forgets a firm's name describes it by the facts its card holds: where it is from, the
places it sold to or acted in, its kind of technology, the year. Each clause alone fits many entries
(a dozen firms are British, a dozen sold to the Gulf); together they may fit one. `described` is how
many kinds of those facts the question gives that the entry holds, when no other entry of its kind
holds as many of them as well (as many of the places named, and every other kind): that entry is
then picked out as a name would pick it. Zero when fewer than two kinds match (one fact is a topic,
not a description) or another entry fits as well.

In Spanish, French, Italian and Portuguese the adjective of origin follows its noun ('¿qué empresa
británica...?'); the home is then read from the question as typed, as a list question reads it, and
never from firms that bought ('vendió a empresas chinas': described_parties.bought). Words of
destination are data (list_words.yaml `buyer_before`).

The search (search.py) answers such a question the model refuses when the firm's home is among the
facts and no close near-miss evidence stands against the entry. Tried as a feature of the answer
model instead (session 18), it bought nothing: cross-validated recall@1 at rejection 0.9 0.879 ->
0.880, each file predicted without it 0.861 -> 0.861; refitted, held-out 1383 -> 1369 right, 470 ->
475 near misses refused (a move along the curve, not a gain).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from bot.kb.analysis import QueryAnalysis
from bot.kb.asked_values import default_asked_values
from bot.kb.cities import cities_asked, countries_of_cities
from bot.kb.described_owners import OWNED, owners_said, parent_homes, parents
from bot.kb.described_parties import (
    START_UP,
    acted_in,
    bought,
    dates_of,
    party_names,
    placed_years,
    several_firms,
    warm_up,
)
from bot.kb.described_parties import contradicts as contradicts  # holds.py reads it here
from bot.kb.described_rules import Rules
from bot.kb.list_demonyms import other_places
from bot.kb.list_query import VENDOR_NOUNS
from bot.kb.list_select import KIN, home
from bot.kb.list_techs import TECH_WORDS
from bot.kb.model import Entry
from bot.kb.place_names import list_words, phrases, words_of
from bot.kb.places import CJK, HOME_AFTER, HOME_BEFORE, places
from bot.kb.role_words import role_data
from bot.kb.tags import tagged
from bot.kb.text import name_key

# The fewest kinds of fact (home, places, technology, year) that together describe one entry
LEAST = 2
# The kinds a member describes by such facts: a firm and what it did. A rule's facts (a jurisdiction,
# the year it was made) are what any question about it names.
KINDS = frozenset({"vendor", "case"})
_YEAR = re.compile(r"(?<![\d/])(?:19|20)\d\d(?![\d/])")
# (home tags, place tags, technologies, years) of one entry
Facts = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[int]]
# What a question describes an entry by: (the home tags of the firm it tells of, the other places,
# the technologies and years it names, the other parties it names: `party_names`, and the months
# of a year it dates events to: `dates_of`), the home towns only it reads (a firm's noun it
# respells: 'the Barcelona start-up'), which holds.py's town check never saw, and, when it may
# describe an entry by its places alone (`unhomed`), its words as names are keyed (text.py `name_key`)
Asked = tuple[
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[int],
    frozenset[str],
    frozenset[int],
    frozenset[str],
    str,
]
# Words one of which every reading of a firm's home needs (places.py, list_demonyms.other_places): a word
# for a firm ('a British company'), or 'based' / 'headquartered' ('based in the UK'); CJK otherwise;
# or a word of ownership, for a firm described by its parent.
# Nouns of one firm by its trade ('the Fujian toolmaker'): a firm's as VENDOR_NOUNS, here only
FIRM_NOUNS = VENDOR_NOUNS | frozenset(list_words()["described_firm_nouns"].split())
_HOME_WORDS = FIRM_NOUNS | HOME_AFTER | HOME_BEFORE | OWNED
# Words for gear: a list's, and more that describe one firm's ('browser exploits', 'a phone implant')
GEAR_READ: dict[str, str] = TECH_WORDS | dict(list_words()["described_gear"])


_UNHOMED_OPENS = frozenset(role_data()["unhomed_opens"])
_UNHOMED_VALUES = frozenset(role_data()["unhomed_values"])
_UNHOMED_WHICH = frozenset(role_data()["unhomed_which"])


# Singular nouns of a firm that end compounds ('Überwachungsfirma'): split off, the home before them
# is the firm's as before 'Firma' (list_words.yaml `singular_heads`)
_HEADS = tuple(list_words()["singular_heads"].split())
_LEAD = 3  # the fewest letters before a head


def firm_words(text: str) -> list[str]:
    """The text's words (`words_of`), a compound ending in a singular noun of a firm as that noun, the
    adjective of its home then right before it: 'welche brasilianische Überwachungsfirma' read no
    firm, so no home, and answered a Canadian firm's case at 0.64."""
    words: list[str] = []
    for word in words_of(text):
        if not word.endswith(_HEADS):  # most words: one test, not one a head
            words.append(word)
            continue
        head = next((h for h in _HEADS if word.endswith(h) and len(word) - len(h) >= _LEAD), "")
        words.append(head or word)
    return words


def _country(name: str) -> str:
    return tagged("country", name)


def town_homes(entries: Sequence[Entry]) -> list[set[str]]:
    """Each entry's firms' home countries and those of the groups its card says own them (lower
    case; 'subsidiary of Munich-based Computerlinks': germany): where a town it names may be a
    firm's home (elsewhere.py `home_towns`; the Paris prosecutor of a French firm's case is not)."""
    by_id = {e.id: e for e in entries}
    return [
        {h.lower() for h in home(e, by_id)}
        | {t.removeprefix("owner:country:") for t in parents(e) if t.startswith("owner:country:")}
        for e in entries
    ]


def _own_home(entry: Entry, by_id: dict[str, Entry]) -> set[str]:
    """Where the firm an entry is about comes from: a case's is its own firm's (the first it links),
    not every linked firm's as a list question reads it. 'which French company sold gear to
    Syria?' describes Qosmos, not the case of the Italian Area SpA whose system used Qosmos gear."""
    if entry.kind == "case":
        firms = [by_id[r] for r in entry.related if r in by_id and by_id[r].kind == "vendor"]
        if firms:
            return home(firms[0], by_id)
    return home(entry, by_id)


def _told_of(entry: Entry, by_id: dict[str, Entry]) -> tuple[frozenset[str], frozenset[str]]:
    """(homes, technologies) of every firm an entry tells of: a firm's own, a case's and its firms',
    a rule's or report's linked firms' (the PEGA inquiry tells of NSO Group and Intellexa, no Spanish
    firm); its gear also as its words name it ('redirecting users to spyware' on Sandvine's card).
    What a description's home and gear must fit for the entry to answer it at all (`contradicts`)."""
    firms = [by_id[r] for r in entry.related if r in by_id and by_id[r].kind == "vendor"]
    if entry.kind == "vendor":
        firms = [entry]
    homes = set(home(entry, by_id)) if entry.kind in KINDS else set()
    for f in firms:
        homes |= home(f, by_id)
    techs = set(entry.technologies) | {t for f in firms for t in f.technologies}
    text = " ".join((entry.title, *entry.aliases, entry.summary, entry.body)).lower()
    techs |= {t for _, _, p in phrases(words_of(text)) if (t := GEAR_READ.get(p))}
    techs |= {KIN[t] for t in techs if t in KIN}
    return frozenset(map(_country, homes)), frozenset(techs)


class Described:
    """Each entry's facts, read once with the engine, and how many a question's clauses match."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = entries
        by_id = {e.id: e for e in entries}
        self.facts: list[Facts] = []
        self.told = [_told_of(e, by_id) for e in entries]
        # each card's words, where a party a description names is looked for (`party_names`)
        # the words of the firms' names: a party a description names that is one of them asks of another
        self.firm_names = frozenset(
            w for e in entries if e.kind == "vendor" for w in words_of(" ".join((e.title, *e.aliases)))
        )
        # the keys of the firms' names (text.py `name_key`), by which a question names one
        self.firm_keys = frozenset(
            k for e in entries if e.kind == "vendor" for n in (e.title, *e.aliases) if (k := name_key(n))
        )
        self.words = [
            frozenset(words_of(" ".join((e.title, *e.aliases, e.summary, e.body)))) for e in entries
        ]
        # and its firms' cards' words, where a home town only `asked` reads is looked for
        at = {e.id: k for k, e in enumerate(entries)}
        self.town_words = [
            self.words[k].union(*(self.words[at[r]] for r in e.related if r in at))
            for k, e in enumerate(entries)
        ]
        self.dates = [dates_of(" ".join((e.title, e.summary, e.body))) for e in entries]
        self.placed = [placed_years(e) for e in entries]  # (place, year) a sentence of the card pairs
        warm_up()  # the towns' tables a description reads (described_parties.py)
        self.rules = Rules(entries, self.words)  # a rule described by its body and form
        for e, told in zip(entries, self.told, strict=True):
            homes = frozenset(map(_country, _own_home(e, by_id))) if e.kind in KINDS else frozenset()
            if e.kind == "vendor":  # 'the Boeing unit': its parent describes it as its home does
                homes |= parents(e)
            # untagged gear ('equipment' in Area's Syrian email interception system: the brief says no
            # more) is what the card's words tell of it: asked 'which French firm's gear intercepted
            # Syria's email?', Qosmos was refused as a firm with no such gear
            techs = set(e.technologies) | {KIN[t] for t in e.technologies if t in KIN} or set(told[1])
            if e.kind == "vendor":  # a firm tagged by its listing alone ('export controls': COSEINC)
                techs |= told[1]  # deals in the gear its card's words tell of ('exploits')
            self.facts.append(
                (homes, frozenset(map(_country, e.countries)), frozenset(techs), frozenset(e.years))
            )

    def parents_of(self, i: int) -> frozenset[str]:
        """The groups entry i's card says own its firm (`parents`), tagged."""
        return frozenset(h for h in self.facts[i][0] if h.startswith("owner:"))

    def has_home(self, i: int, typed: str = "") -> bool:
        """Whether entry i is a firm, or a firm's case, whose home is known: `picks` needs one, so a
        rule or a homeless firm first skips the reading of the question's homes (~0.3 ms)."""
        return bool(self.facts[i][0]) or (i in self.rules.rules and self.rules.seated(typed))

    @staticmethod
    def says_home(text: str, typed: str = "") -> bool:
        """Whether the question (its reading `text`, and as `typed`) could say where a firm is from
        (`asked`'s homes): `picks` needs a home, and most refused questions have no word a home is
        read by, so they skip the reading of their places and the query (~1 ms a question)."""
        typed = START_UP.sub("start", typed)
        return any(CJK.search(t) or not _HOME_WORDS.isdisjoint(firm_words(t)) for t in (text, typed) if t)

    @staticmethod
    def asked(
        text: str, query: QueryAnalysis, typed: str = "", lang: str = "en", ordinary: Collection[str] = ()
    ) -> Asked:
        """Where the firm it tells of is from ('a British company', 'Swedish camera maker', as a list
        question's firms: places.py), the countries it names (a region's members), the technologies
        and the years: what it could describe an entry by. A country named otherwise is a place, not
        a home ('does Australia's act cover spyware?').

        `text` is the engine's reading, `typed` the question as the member typed it: the reading
        puts an English name where a postposed adjective stood ('empresa británica' reads 'company
        united kingdom', a name after the noun, no home), so the home is also read from the typed
        words as a list question reads it ('entreprises françaises', 'sociétés hexagonales'). Never
        the origin of companies that bought ('vendió a empresas chinas'): `bought`; nor the home of
        the group that owns it ('owned by an American fund'), a home of its parent (`parent_homes`),
        neither the firm's nor a place it must name here. A technology's
        word that is an `ordinary` word of another language is that word: Italian 'ai paesi del
        Golfo' (to the Gulf states) is no AI."""
        respelt = START_UP.sub("start", typed)  # 'the Barcelona hacking start-up': a firm's noun
        towns = frozenset(cities_asked(respelt, VENDOR_NOUNS)[2]) if respelt != typed else frozenset()
        typed = respelt
        words = words_of(text)
        said = set(places(words, text, FIRM_NOUNS)[1])
        if typed:
            own = firm_words(typed)
            said |= places(own, typed, FIRM_NOUNS)[1] | other_places(own, FIRM_NOUNS)[1]
            said -= bought(own, lang)
        said |= countries_of_cities(typed or text, FIRM_NOUNS)[1]  # 'a Paris company': France
        owners = parent_homes(words) | (parent_homes(words_of(typed)) if typed else frozenset())
        theirs = {h.removeprefix("owner:") for h in owners}  # the parent's home, not the firm's
        homes = frozenset(h for h in map(_country, said - bought(words, lang)) if h not in theirs)
        homes |= owners_said(words) | owners
        named = frozenset(query.country.values())
        regional = frozenset(f for f in query.places if f.startswith("country:"))
        everyday = frozenset(ordinary) if lang != "en" else frozenset()
        techs = frozenset(t for _, _, p in phrases(words) if (t := GEAR_READ.get(p)) and p not in everyday)
        years = frozenset(int(y) for y in _YEAR.findall(text))
        where = acted_in(typed or text)
        english = lang == "en"
        parties = party_names(typed) if english else frozenset()
        dated = dates_of(typed or text) if english else frozenset()
        plain = name_key(typed or text) if unhomed(typed or text, lang) else ""
        return homes, (named | regional | where) - homes - theirs, techs, years, parties, dated, towns, plain

    def matched(self, i: int, asked: Asked) -> tuple[int, int]:
        """(kinds of fact matched, places matched) of entry i, its parties none of the firms' names
        (`described` leaves them out)."""
        said_homes, said, techs, years, parties, dated, *_ = asked
        homes, where, tech, yrs = self.facts[i]
        home_hit = bool(said_homes & homes)
        sold = said & where
        # a party of several words ('the UK Foreign Office') fits a card naming most of them, not one
        party = 2 * len(parties & self.words[i]) > len(parties)
        kinds = home_hit + bool(sold) + bool(techs & tech) + bool(years & yrs) + party
        kinds += bool(dated & self.dates[i])  # a month and year the card gives: a fact besides the year
        return kinds, len(sold)

    def described(self, i: int, asked: Asked, rivals: Iterable[int]) -> float:
        """How many kinds of fact the question describes entry i by, when it fits none of the
        `rivals` of i's kind as well; else 0. The rivals are the question's candidates: an entry
        that fits its places, home or technology mentions them, and a scan of every entry would
        cost a 100,000-entry knowledge base ~0.1 s a question."""
        kind = self.entries[i].kind
        if kind not in KINDS:
            return 0.0
        # 'alongside Huawei and ZTE' asks of a firm besides those named: left out once, not per rival
        asked = (*asked[:4], asked[4] - self.firm_names, *asked[5:])
        kinds, sold = self.matched(i, asked)
        if kinds < LEAST:
            return 0.0
        for j in rivals:
            if j != i and self.entries[j].kind == kind:
                other, other_places = self.matched(j, asked)
                if other >= kinds and other_places >= sold:
                    return 0.0
        return float(kinds)

    def unfit(self, i: int, asked: Asked, homes: Collection[str], named: Collection[str]) -> bool:
        """Whether entry i, a firm or its case, contradicts a description of a firm from `homes`
        (which.py reads them from 'which French firm'): its own firm is from elsewhere, or it names
        (`named`: the places its card names, elsewhere.py) none of the places the question does.
        Another entry the description picks may then go first."""
        own_homes, places = self.facts[i][0], asked[1]
        where = {_country(n) for n in named}
        return bool(own_homes and own_homes.isdisjoint(homes)) or bool(places and places.isdisjoint(where))

    def picks(self, i: int, asked: Asked, rivals: Iterable[int]) -> bool:
        """Whether the question picks out entry i as a name would: it says where the firm is from,
        and more facts of i's that fit no other entry of its kind as well. A description without
        the firm's home ('Australia's act on intrusion software', 'mexico 2017 spyware') is most
        often a question about something else that happens to share a place and a topic. Every year
        the question gives must be one of i's, and some technology it gives i's. Unless, in an
        English question asking which one (`unhomed`) and naming no firm, a place it names is i's
        firm's home ('Israeli traffic-shaping boxes that reached Tehran via Denmark': Allot), or i
        is a case and a place it names is one of the case's ('Bangkok protest leaders found
        infected, 2020-21'): the model refused 19 such tune questions with the right card first
        (v34: 0.27, 0.26, 0.02), and no near miss is answered so."""
        homes, where, techs, years, *_, towns, plain = asked
        own_homes, own_places, own_techs, own_years = self.facts[i]
        # a firm named ('which Chinese province bought the most Dahua cameras?') is what is asked of
        if plain and any(f" {k} " in f" {plain} " for k in self.firm_keys):
            plain = ""
        if self.entries[i].kind == "rule":  # 'the Strasbourg committee probing spyware in Warsaw'
            return bool(plain) and self.rules.picks(i, plain, plain, (where | homes, techs, years))
        if not homes and plain and where & own_homes:  # 'the Moscow pentest outfit', 'Israeli ... boxes'
            if several_firms(plain):  # 'Israeli or Cypriot spyware firms': a list, not one firm
                return False
            homes = where & own_homes
            asked = (homes, where - homes, *asked[2:])
            there = (where - homes) & own_places  # 'used in Shanghai in 2022': a year of that place's facts
            if years and there and not all(any((p, y) in self.placed[i] for p in there) for y in years):
                return False
        if not years <= own_years or (techs and not techs & own_techs):
            return False  # a year or a kind of gear it never had: another firm, or a near miss
        if any(not set(words_of(t)) <= self.town_words[i] for t in towns):
            return False  # 'the Madrid hacking start-up': a town no card of its firm names
        if not homes and plain and self.entries[i].kind == "case":  # its victims' place, and more
            return bool(where & own_places) and self.described(i, asked, rivals) >= LEAST
        return bool(homes & own_homes) and self.described(i, asked, rivals) >= LEAST


def of_firm_asked(asked: Asked, kind: str, homes: Collection[str]) -> Asked:
    """A description whose homes are those of the firm asked for ('which German firm's gear went into
    the system an Italian firm built for Syria?': Germany, which.py), when it asks for a firm by its
    home: another firm it tells of is from elsewhere, and would make the one asked Italian too."""
    if kind != "vendor" or not homes:
        return asked
    owners = {h for h in asked[0] if h.startswith("owner:")}  # its parent's name or home
    theirs = {h.removeprefix("owner:") for h in owners}
    return frozenset(h for h in homes if h not in theirs) | owners, *asked[1:]


def unhomed(text: str, lang: str) -> bool:
    """Whether a question may describe a case by where it happened and more (its year, the gear, a
    party), without the home of its firm: 'Bangkok protest leaders found infected, 2020-21', 'the
    Emirati activist hit by three vendors' spyware'. Not one asking whether something holds of what
    it names ('did sweden open a probe into axis over the china sales?'), nor one asking a number or
    an amount ('how many ppl did the bahrain govt arrest in 2011?'): roles.yaml `unhomed_opens`,
    `unhomed_values`; nor one asking which gear ('which spyware was bought by the Mexican army?':
    `unhomed_which` before a gear word). English only: opened to every language (session 33, 1a845af6),
    it refused fewer held-out near misses (nm 812, not English-only's 815): a wrong answer costs more."""
    words = text.split()  # 'would-be presidential candidate ...' opens with no 'would'
    if lang != "en" or not words or words[0].lower().strip("'’") in _UNHOMED_OPENS:
        return False  # the other languages' openings are not read
    if words[0].lower() in _UNHOMED_WHICH and len(words) > 1 and words[1].lower() in GEAR_READ:
        return False  # 'which spyware was bought by...': the gear asked
    return _UNHOMED_VALUES.isdisjoint(default_asked_values().asked(text, lang))

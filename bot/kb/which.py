"""A firm asked for by what it is and where it is from: 'which Singapore outfit did Washington blacklist?'.

A question that asks 'which' (or 'what') of one firm or case and says where it is from ('which Russian
company', 'what firm from Singapore') asks for an entry of that kind from that place (a firm's home,
a case's countries). The rule whose card names such firms often explains the rest of the question better (the
Entity List's card retells whom it listed, when and why), yet it is only the means by which the firm is
known, not what is asked. So when a rule ranks first, the best-ranked entry of the kind and place
asked, if close enough (DESCRIBED_MARGIN), goes just above it. Not when a case ranks first: a firm's
case tells what is asked of the firm as well ('...to China, which Dutch company?' is asked of the
sale); not when several such entries are close (the rule names them all); and not when the firm first
would be refused where the rule was answered (evidence.py): the rule's card names the firm. The words
are data (data/roles.yaml `which`, data/list_words.yaml `kind_singulars`).

In the campaign's other languages ('¿qué empresa británica...?', `described_other`) the home is read
from the question as typed (described.py), and when two firms of that home are close, the one the
rest of the question describes (where it sold, its gear) goes first: the Gulf states BAE Systems sold
to, not Gamma's."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from bot.kb.analysis import QueryAnalysis
from bot.kb.cities import city, city_countries
from bot.kb.cues import Rows
from bot.kb.list_asks import ALL_NOUNS, ALL_SINGULARS, SINGULARS
from bot.kb.list_select import home
from bot.kb.model import Entry
from bot.kb.tags import tagged
from bot.kb.text import stem
from bot.kb.time_words import DETERMINERS

# How far below the best an entry of the kind and place asked may rank and still go first: a list's
# card that retells its firms (their names, dates and reasons) outranked the firm asked by 0.39-0.6
# ('which Greek company did the US Treasury sanction?'); further behind, it explains too little.
DESCRIBED_MARGIN = 0.6
# What puts it first: just above the best, so the order under it stays the evidence's
DESCRIBED_STEP = 0.01
# Whether entry i is the one a question's description fits, of its rivals (described.py `picks`)
Picks = Callable[[int, Iterable[int]], bool]


class Fit(NamedTuple):
    """Which entries a firm's description contradicts (`unfit`), and which it picks out (`picks`)."""

    unfit: Callable[[int], bool]
    picks: Picks


# Words between 'which' and the kind noun ('which Singapore-based spyware firm')
SPAN = 3
# Words after the kind noun that go on to say where it is from ('what firm from Singapore')
AFTER_NOUN = frozenset({"from", "in", "based"})
# Words that tell of one thing the question then asks which it is ('a Russian firm ... which company?')
ARTICLES = frozenset({"a", "an"})
# The kinds whose countries say where one is from or took place: a rule's are those of the firms and
# cases it touched ('what Canadian rules...' is no rule with Canada among its countries). Singular
# nouns: 'which Chinese companies...' asks for several, and the rule that lists them tells them all.
_NOUNS = {kind: SINGULARS[kind] for kind in ("vendor", "case")}
# The kinds of a first entry a description can fail to fit (a rule is described by none of it)
_DESCRIBED_KINDS = frozenset({"vendor", "case"})
# A noun of any kind: one between 'which' and the firm noun is what is asked ('what rule bans Chinese
# company Huawei's gear?' asks for the rule; the firm is only named in it)
_KIND_WORDS = ALL_NOUNS | ALL_SINGULARS


def described(
    words: Sequence[str], query: QueryAnalysis, which: frozenset[str], told: bool = True
) -> tuple[str, set[str]] | None:
    """(the kind asked, the country tags it is described by) of 'which <place> <kind noun>' or
    'which <kind noun> from <place>', or of 'which <kind noun>' asked of 'a <place> <kind noun>' the
    question tells of ('a Canadian company was added to the entity list. Which firm was that?'), unless
    not `told`: the firm the question tells of may be another than the one asked ('...sold a
    monitoring centre to an Iranian telecom company. Which company received it?')."""
    asked = None
    for n, word in enumerate(words):
        if word in which and (found := kind_at(words, n, query)):
            kind, tags = found
            if tags:
                return kind, tags
            asked = asked or kind
    if asked and told:
        for n, word in enumerate(words):
            if word in ARTICLES and (found := kind_at(words, n, query)) and found[0] == asked and found[1]:
                return found
    return None


def described_other(
    words: Sequence[str], which: frozenset[str], homes: frozenset[str], relative: frozenset[str] = frozenset()
) -> tuple[str, set[str]] | None:
    """('vendor', the home tags) of a question in another language that asks which firm
    ('¿qué empresa británica...?', 'quelle société israélienne...'): `asks_which_firm`. `homes` is
    the firm's home as described.py reads it from the question as typed (its adjective after the
    noun, never the origin of firms that bought): the English reading's 'which <place> firm' is not
    there to be read. With `relative`, a firm noun a relative clause follows is asked too ('la
    empresa española que...')."""
    if homes and asks_of_firm(words, which, relative):
        return "vendor", set(homes)
    return None


def asks_of_firm(words: Sequence[str], which: frozenset[str], relative: frozenset[str] = frozenset()) -> bool:
    """What `described_other` reads besides the home: the question asks which firm, or of a firm a
    relative clause describes. Read first, as the home costs the question's places."""
    return asks_which_firm(words, which) or _clause_describes_firm(words, relative)


def _clause_describes_firm(words: Sequence[str], relative: frozenset[str]) -> bool:
    """'la empresa española que vendió...': a firm noun a relative clause (a word of `relative`)
    follows within a few words, nothing but adjectives between."""
    for at, word in enumerate(words):
        if word in _NOUNS["vendor"]:
            after = words[at + 1 : at + 2 + SPAN]
            ends = next((k for k, w in enumerate(after) if w in relative), None)
            if ends is not None and not any(w in DETERMINERS or w in _KIND_WORDS for w in after[:ends]):
                return True
    return False


def asks_which_firm(words: Sequence[str], which: frozenset[str]) -> bool:
    """Whether a question in another language asks which firm: a word of `which` with a firm noun a
    few words after it, nothing but an adjective between. Read before the firm's home, which only
    such a question needs (its places and typed words, ~0.5 ms of a long question)."""
    for n, word in enumerate(words):
        if word not in which:
            continue
        for at in range(n + 1, min(len(words), n + 2 + SPAN)):
            if words[at] in _NOUNS["vendor"]:
                between = words[n + 1 : at]
                if any(w in DETERMINERS or w in _KIND_WORDS for w in between):
                    break
                return True
    return False


def kind_at(words: Sequence[str], n: int, query: QueryAnalysis) -> tuple[str, set[str]] | None:
    """The kind of the noun a few words after word n and the places said of it ('which Russian
    firm', 'a firm from Singapore'), or None when no kind noun follows."""
    for at in range(n + 1, min(len(words), n + 2 + SPAN)):
        kind = next((k for k, nouns in _NOUNS.items() if words[at] in nouns), None)
        if kind is None:
            continue
        between = words[n + 1 : at]  # 'which of the firms' asks no place of it
        if any(w in DETERMINERS or w in _KIND_WORDS for w in between):
            return None
        # 'which Paris company': its home town's country (not a city further on: '... did Washington')
        towns = {tagged("country", c) for w in between if (c := city_countries().get(city([w]) or ""))}
        if at + 1 < len(words) and words[at + 1] in AFTER_NOUN:  # 'what firm (based) in singapore'
            between = [*between, *words[at + 2 : at + 5]]
        return kind, {query.country[s] for s in map(stem, between) if s in query.country} | towns
    return None


def put_first(
    entries: Sequence[Entry],
    by_id: dict[str, Entry],
    rows: Rows,
    kind: str,
    tags: set[str],
    picks: Picks | None = None,
    fit: Fit | None = None,
) -> Rows:
    """The rows with the best-ranked entry of `kind` from every place in `tags` (a firm's home, as a
    list reads it: not where it sold; a case's countries), within DESCRIBED_MARGIN of the best, put
    just above the best (rows sorted best first). Not when several such entries are that close: the
    rule that names them all answers 'which Chinese firm did the FCC ban?' (as it does a plural),
    where any one of them would be a part of the answer picked by its rank alone. Unless `picks`
    (entry, its rivals) says the rest of the question describes one of them only (described.py: the
    Gulf states BAE Systems sold to, of the two British firms). When a firm or case ranks first,
    `_unfit_first`."""
    if not rows:
        return rows
    best = rows[0][1]
    if entries[rows[0][0]].kind != "rule":  # a case of the firm tells what was asked of it too
        return _unfit_first(entries, by_id, rows, kind, tags, fit)
    fitting = []
    for n, (i, _, _) in enumerate(rows):
        if rows[n][1] < best - DESCRIBED_MARGIN:
            break
        if _fits(entries[i], kind, tags, by_id):
            fitting.append(n)
    if len(fitting) > 1 and picks is not None:
        rivals = [rows[n][0] for n in fitting]
        fitting = [n for n in fitting if picks(rows[n][0], rivals)]
    return _raised(rows, fitting)


def _fits(entry: Entry, kind: str, tags: set[str], by_id: dict[str, Entry]) -> bool:
    """Whether an entry is of the kind asked and from every place asked (`_where`)."""
    return entry.kind == kind and tags <= {tagged("country", c) for c in _where(entry, kind, by_id)}


def _raised(rows: Rows, fitting: Sequence[int]) -> Rows:
    """The rows with the one fitting row (its position) put just above the best; as they were
    when none or several fit (the evidence's order stands)."""
    if len(fitting) != 1:
        return rows
    n = fitting[0]
    i, _, x = rows[n]
    return [(i, rows[0][1] + DESCRIBED_STEP, x), *rows[:n], *rows[n + 1 :]]


def _where(entry: Entry, kind: str, by_id: dict[str, Entry]) -> Iterable[str]:
    """The places an entry of the kind asked is described by: a firm's home, a case's countries."""
    return home(entry, by_id) if kind == "vendor" else entry.countries


def _unfit_first(
    entries: Sequence[Entry], by_id: dict[str, Entry], rows: Rows, kind: str, tags: set[str], fit: Fit | None
) -> Rows:
    """The rows with the one close entry of `kind` from `tags` that the rest of the question
    describes (`fit.picks`) put just above a first firm or case that contradicts it (`fit.unfit`:
    another home, none of the places): 'which german company's gear went into the email interception
    system an italian firm built for syria?' ranked Area SpA first (Italian) above Utimaco (German,
    its gear in that system). Only when exactly one close entry fits; else the evidence's order
    stands, and a first entry that fits as well (same home, a place named) keeps its rank."""
    if fit is None or entries[rows[0][0]].kind not in _DESCRIBED_KINDS or not fit.unfit(rows[0][0]):
        return rows
    best = rows[0][1]
    near = [n for n, row in enumerate(rows) if row[1] >= best - DESCRIBED_MARGIN]
    rivals = [rows[n][0] for n in near]
    fitting = [
        n for n in near[1:] if _fits(entries[rows[n][0]], kind, tags, by_id) and fit.picks(rows[n][0], rivals)
    ]
    return _raised(rows, fitting)

"""Where a firm's parent group is from, said of a firm whose card names its parent but not the parent's
home: 'the Swedish camera maker owned by a Japanese imaging group' (Axis, "owned by Canon"). The card
cannot name Japan (the research brief never says where Canon is from), and the place is no place the
firm sold to or acted in: it describes the owner, as the owner's name would. Weighed as a place the
card never names (`elsewhere`, `unplaced`), it held the right firm under the cut-off on every such
description (seven tune questions, all ranked first, at 0.02-0.31).

Only a parent's home read as one (described.py `parent_homes`: after 'owned by', 'subsidiary of',
'bought by a ... group', before '-owned'), and only for a card that names a parent and gives no
home of it, when the home asked is the one data/parents.yaml gives that parent: another home
('which subsidiary of a Chinese company met Gaddafi's officials?', of Boeing's Narus) still misses
it, and a card that gives its parent's home (Sandvine: a US private-equity owner) names it already.

So is the home of the firms a firm is told of beside ('the Russian firm Washington blacklisted
alongside Israeli spyware makers', 'with an Israeli pair': Positive Technologies, whose card names
NSO Group and Candiru, never Israel): spared for an entry that links a firm from there. And the home
of the maker of the gear named ('hacked with Israeli spyware', `maker_places`): a case need not
say where its firm is from, neither as a place (`makers_spared`) nor in its coverage
(`maker_coverages`).

Against it, a parent's home the table rules out (`parent_home_contradicted`, read by
holds.owned_otherwise): 'the Swedish camera maker owned by a Chinese group' is no Axis."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

import yaml

from bot.kb.analysis import QueryAnalysis
from bot.kb.described import GEAR_READ, Described
from bot.kb.described_owners import parent_homes
from bot.kb.described_parties import origin
from bot.kb.index import SearchIndex
from bot.kb.list_query import VENDOR_NOUNS
from bot.kb.place_names import phrases, words_of
from bot.kb.tags import tagged

_OWNER = "owner:"
_OWNER_HOME = "owner:country:"
# Where the groups that own firms are from (a group's name as `parents` tags it -> its country)
_PARENT_HOMES: dict[str, str] = yaml.safe_load(
    (Path(__file__).with_name("data") / "parents.yaml").read_text(encoding="utf-8")
)
# Words before the firms a firm is told of beside, the words that may stand between, and nouns of
# such firms besides a firm's ('an Israeli pair')
_BESIDE = frozenset({"alongside", "with"})
_BETWEEN = frozenset({"a", "an", "the", "two", "three", "other", "fellow", "several", "some"})
_FIRMS = VENDOR_NOUNS | frozenset({"pair", "duo", "trio"})


def parent_places(wording: str) -> frozenset[str]:
    """The countries the question gives as a parent group's home, tagged ('country:japan')."""
    homes = parent_homes(words_of(wording))
    return frozenset(t.removeprefix(_OWNER) for t in homes if t.startswith(_OWNER_HOME))


def companion_places(wording: str) -> frozenset[str]:
    """The countries the question gives as the home of firms told of beside the one asked, tagged: a
    home adjective after 'alongside' or 'with' (over articles and counts) and before a noun of firms,
    the next word or the one after ('alongside Israeli spyware makers')."""
    words = words_of(wording)
    found: set[str] = set()
    for k, word in enumerate(words):
        if word not in _BESIDE:
            continue
        j = k + 1
        while j < len(words) and j <= k + 3 and words[j] in _BETWEEN:
            j += 1
        if j < len(words) and (country := origin(words[j])) and not _FIRMS.isdisjoint(words[j + 1 : j + 3]):
            found.add(tagged("country", country))
    return frozenset(found)


def maker_places(wording: str) -> frozenset[str]:
    """The countries the question gives as the home of the firm whose gear it names, tagged: a home
    adjective right before a word of gear, or one word before it ('hacked with Israeli spyware',
    'Israeli phone-hacking tools', 'Chinese cameras'). Such a place is the maker's, not where the
    gear went: a case card tells of its firm, seldom of the firm's country."""
    words = words_of(wording)
    starts = {start for start, _, p in phrases(words) if p in GEAR_READ}
    found: set[str] = set()
    for k, word in enumerate(words):
        if (k + 1 in starts or k + 2 in starts) and (country := origin(word)):
            found.add(tagged("country", country))
    return frozenset(found)


def companions_spared(described: Described, linked: frozenset[int], places: frozenset[str]) -> frozenset[str]:
    """Of `places` (the homes of firms told of beside), those of a firm an entry links (`linked`)."""
    if not places:
        return frozenset()
    return frozenset(p for j in linked for p in described.facts[j][0] & places)


def spared(described: Described, i: int, places: frozenset[str]) -> frozenset[str]:
    """Of `places` (a question's parent homes), those entry i's card need not name: the home
    data/parents.yaml gives its firm's parent, when the card names the parent and no home of it."""
    if not places:
        return frozenset()
    own = described.parents_of(i)
    if not own or any(t.startswith(_OWNER_HOME) for t in own):
        return frozenset()
    return places & _table_homes(own)[0]


def _table_homes(own: frozenset[str]) -> tuple[frozenset[str], bool]:
    """The homes data/parents.yaml gives the parents named in `own` (an entry's `parents_of`), tagged,
    and whether it gives every named parent's: `spared` and `parent_home_contradicted` read the
    table so, and cannot read it apart."""
    names = [t.removeprefix(_OWNER) for t in own if not t.startswith(_OWNER_HOME)]
    homes = frozenset(tagged("country", h) for n in names if (h := _PARENT_HOMES.get(n)))
    return homes, all(n in _PARENT_HOMES for n in names)


def unspared(where: Collection[tuple[str, bool]], spare: frozenset[str]) -> tuple[tuple[str, bool], ...]:
    """The places asked (elsewhere.py `asked_places`: English names) but those spared."""
    return tuple(p for p in where if tagged("country", p[0]) not in spare)


def maker_coverages(
    index: SearchIndex,
    tables: tuple[Described, Sequence[frozenset[int]]],
    cands: Iterable[int],
    query: QueryAnalysis,
    weights: dict[str, float],
    focus: set[str],
    makers: frozenset[str],
    covered: dict[int, tuple[float, float, float, float, float, float]],
) -> dict[int, tuple[float, float, float, float, float, float]]:
    """The coverages of the candidates that need not explain the words of the question naming a
    maker's home (`maker_places`: 'Israeli' of 'Israeli spyware'): a firm from there, or an entry
    linking one (`tables`: each entry's facts and linked entries). A case of NSO Group's need not
    say 'Israeli'; weighed unexplained, its most specific word, the Thai activists' case was
    refused at 0.01 ('the Bangkok protest movement hacked with Israeli spyware')."""
    said = {t: tag for t, tag in query.country.items() if tag in makers and t in weights}
    if not said:
        return {}
    groups: dict[frozenset[str], list[int]] = {}
    for i in cands:
        homes = maker_homes(*tables, i)
        drop = frozenset(t for t, tag in said.items() if tag in homes)
        if drop:
            groups.setdefault(drop, []).append(i)
    found: dict[int, tuple[float, float, float, float, float, float]] = {}
    for drop, group in groups.items():
        found.update(
            index.coverages(group, query, {t: w for t, w in weights.items() if t not in drop}, focus)
        )
    # a card that names the home explains the word: set aside, it would explain less ('the Swedish
    # surveillance camera company whose parent was a Japanese group', Axis, lost its answer)
    return {i: c for i, c in found.items() if c[0] > covered[i][0]}


def maker_homes(described: Described, linked: Sequence[frozenset[int]], i: int) -> frozenset[str]:
    """Where the makers entry i tells of are from (tags): a firm's own home (it is the maker or not);
    a case's, report's or rule's firm's and those of the firms it links ('a Swedish camera maker' is
    no Dutch firm's, though Noldus's card links Axis)."""
    entries = described.entries
    makers = (
        (i,) if entries[i].kind == "vendor" else (i, *(j for j in linked[i] if entries[j].kind == "vendor"))
    )
    return frozenset(h for j in makers for h in described.facts[j][0])


def makers_spared(
    described: Described, linked: Sequence[frozenset[int]], i: int, places: frozenset[str]
) -> frozenset[str]:
    """Of `places` (`maker_places`), those entry i need not name (`maker_homes`)."""
    return places & maker_homes(described, linked, i) if places else frozenset()


def parent_home_contradicted(described: Described, i: int, places: frozenset[str]) -> bool:
    """Whether the question gives a parent group's home (`places`, `parent_places`) that no parent of
    entry i's firm is from: 'the Swedish camera maker owned by a Chinese group' is no Axis, whose card
    names Canon (Japan, data/parents.yaml), answered at 0.94. Only of a card whose every parent's home
    is known (tagged on it, or in the table): a parent of unknown home may be from anywhere."""
    # a place written before 'owned' may be the firm's own home ('the camera maker from Sweden owned by
    # Canon' reads Sweden so): no parent's home
    places = places - described.facts[i][0]
    if not places:
        return False
    own = described.parents_of(i)
    homes = frozenset(t.removeprefix(_OWNER) for t in own if t.startswith(_OWNER_HOME))
    table, every = _table_homes(own)
    # a parent of unknown home is from anywhere, unless the card tags a home (Idemia: Advent's is
    # not in the table, the card's 'United States' stands for it)
    if not every and not homes:
        return False
    homes |= table
    return bool(homes) and places.isdisjoint(homes)

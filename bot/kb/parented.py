"""Where a firm's parent group is from, said of a firm whose card names its parent but not the parent's
home: 'the Swedish camera maker owned by a Japanese imaging group' (Axis, "owned by Canon"). The card
cannot name Japan (the research brief never says where Canon is from), and the place is no place the
firm sold to or acted in: it describes the owner, as the owner's name would. Weighed as a place the
card never names (`elsewhere`, `unplaced`), it held the right firm under the cut-off on every such
description (seven tune questions, all ranked first, at 0.02-0.31).

Only a parent's home read as one (described.py `parent_homes`: after 'owned by', 'subsidiary of',
'bought by a ... group', before '-owned'), and only for a card that names a parent and gives no
home of it: a card that gives the parent's home (Sandvine: a US private-equity owner) names that
place already, and one asked with another home ('owned by a Chinese group') still misses it."""

from __future__ import annotations

from collections.abc import Collection

from bot.kb.described import Described, parent_homes
from bot.kb.place_names import words_of
from bot.kb.tags import tagged

_OWNER = "owner:"
_OWNER_HOME = "owner:country:"


def parent_places(wording: str) -> frozenset[str]:
    """The countries the question gives as a parent group's home, tagged ('country:japan')."""
    homes = parent_homes(words_of(wording))
    return frozenset(t.removeprefix(_OWNER) for t in homes if t.startswith(_OWNER_HOME))


def spared(described: Described, i: int, places: frozenset[str]) -> frozenset[str]:
    """Of `places` (a question's parent homes), those entry i's card need not name: all of them when
    it names a parent of its firm and gives no home of any; none otherwise."""
    if not places:
        return frozenset()
    own = described.parents_of(i)
    if not own or any(t.startswith(_OWNER_HOME) for t in own):
        return frozenset()
    return places


def unspared(where: Collection[tuple[str, bool]], spare: frozenset[str]) -> tuple[tuple[str, bool], ...]:
    """The places asked (elsewhere.py `asked_places`: English names) but those spared."""
    return tuple(p for p in where if tagged("country", p[0]) not in spare)

"""Who owns a firm, as a card or a question tells it: the groups a card says own its firm ('Boeing
subsidiary', 'owned by Canon', 'subsidiary of Munich-based Computerlinks'), the parents a question
describes a firm by ('the Boeing unit') and the homes it gives them ('owned by a Japanese group').
A parent's name or home stands for the firm as its own home does (described.py, holds.py, parented.py).

Why apart from bot/kb/described.py, which weighs every fact of a description: this module reads one
of those facts, ownership, and changes only with how ownership is worded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.kb.described_parties import origin, place_word
from bot.kb.list_query import VENDOR_NOUNS
from bot.kb.model import Entry
from bot.kb.place_names import country_name, words_of
from bot.kb.tags import tagged
from bot.kb.text import STOPWORDS

# Words that tie a firm to the group that owns it ('Boeing-owned', 'a Boeing unit', 'owned by Canon',
# 'subsidiary of Bull'): a parent the card names stands for the firm as its home does
OWNED = frozenset({"owned", "subsidiary", "subsidiaries", "unit", "division"})
_OWNED_BY = frozenset({"by", "of"})
_ARTICLE = frozenset({"a", "an", "the", "s"})
# Words after which a place is the home of the group that owns a firm, not the firm's: 'owned by a
# Japanese group', 'a subsidiary of an American company', 'bought by a US fund' ('Japanese-owned')
_PARENT_OF = frozenset({"owned", "subsidiary", "unit", "division", "bought", "acquired", "parent"})
# 'whose parent is a Japanese group': the parent's home after 'is' as after 'owned by'
_PARENT_IS = {"parent": frozenset({"is", "was"})}
# After 'bought by' / 'acquired by' the place is a parent's only before a noun of a firm or group
# ('bought by a Japanese group'; 'bought by the Mexican army' is a buyer)
_BUYING = frozenset({"bought", "acquired"})
_GROUPS = frozenset({"group", "conglomerate", "corporation", "giant", "concern", "investor", "fund", "owner"})
# A card's own parent: 'Boeing subsidiary', 'Canon-owned', 'owned by Canon', 'subsidiary of Bull SA'
# in its title or summary (its body tells of other firms' parents: 'BeaconRed, a subsidiary of ...')
_PARENT = re.compile(
    r"\b([A-Z][\w&]+)(?:'s)?[- ](?:owned|subsidiary|subsidiaries|unit|division)\b"
    r"|\b(?:owned by|subsidiary of|unit of|division of) (?:the )?([A-Z][\w&]+)"
    # the group before the unit's own name ("formerly Safran's Morpho unit": Safran owned it)
    r"|\b([A-Z][\w&]+)'s [A-Z][\w&]+ (?:subsidiary|unit|division)\b"
)


def parents(entry: Entry) -> frozenset[str]:
    """The groups a firm's card says own it, as `owners_said` tags them ('owner:boeing'), and the
    homes it gives them ('Owned by US private-equity firm Advent', 'subsidiary of Munich-based
    Computerlinks': 'owner:country:united states'), as `parent_homes` tags a question's."""
    found = _PARENT.findall(f"{entry.title}. {entry.summary}")
    named = frozenset(f"owner:{(a or b or c).lower()}" for a, b, c in found)
    text = " ".join((entry.title, entry.summary, entry.body))
    return named | parent_homes(words_of(text), text)


def parent_homes(words: Sequence[str], text: str = "") -> frozenset[str]:
    """Where the group that owns a firm is from, as the words say it: a place right after 'owned by',
    'subsidiary of', 'bought by' (over articles: 'owned by a Japanese group', 'owned by US
    private-equity firm Advent', 'subsidiary of Munich-based Computerlinks') or before 'owned'
    ('Japanese-owned'), tagged 'owner:country:japan'. Such a place is no home of the firm itself; a
    card that gives its parent's home is described by it as by the parent's name."""
    found: set[str] = set()
    for k, word in enumerate(words):
        if word not in _PARENT_OF:
            continue
        if word == "owned" and k and (country := place_word(words[k - 1])):
            found.add(country)  # 'Japanese-owned', 'US-owned'
        j = k + 1
        if j < len(words) and words[j] in _PARENT_IS.get(word, _OWNED_BY):
            j += 1
            while j < len(words) and words[j] in _ARTICLE:
                j += 1
            group = word not in _BUYING or any(
                w in _GROUPS or w in VENDOR_NOUNS for w in words[j + 1 : j + 4]
            )
            if j < len(words) and group and (country := place_word(words[j])):
                found.add(country)
    return frozenset(f"owner:{tagged('country', c)}" for c in found)


def owners_said(words: Sequence[str]) -> frozenset[str]:
    """The parents a question describes a firm by, tagged as `parents`: the word before 'owned',
    'unit', 'subsidiary' ('the Boeing unit', "Boeing's subsidiary") or after 'owned by' / 'subsidiary
    of' ('owned by Canon'). A description of the parent ('a Japanese electronics group') names none."""
    found: set[str] = set()
    for k, word in enumerate(words):
        if word not in OWNED:
            continue
        j = k - 1 if k and words[k - 1] != "s" else k - 2
        if j >= 0:
            found.add(words[j])
        j = k + 2
        while j < len(words) and words[j] in _ARTICLE:
            j += 1
        if k + 1 < len(words) and words[k + 1] in _OWNED_BY and j < len(words):
            found.add(words[j])
    # 'which subsidiary', 'the maker owned by', 'a Japanese-owned', 'from Sweden, owned': no parent's name
    return frozenset(
        f"owner:{w}"
        for w in found
        if w not in STOPWORDS and w not in VENDOR_NOUNS and origin(w) is None and country_name(w) is None
    )

"""Where a firm's card says it is, for a list asking for the firms of a city ("which Tel Aviv firms
sell spyware?"): the town named in its summary's first sentence or in its body's clauses saying where
it is based.

Why apart from bot/kb/list_select.py, which narrows a list by every facet: this module reads one
thing in a card's text, its seat, and changes only with how cards word where a firm is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.kb.cities import region_towns
from bot.kb.list_names import NameTable
from bot.kb.model import Entry
from bot.kb.place_names import key_of


def in_cities(pool: list[Entry], cities: frozenset[str], names: NameTable) -> list[Entry]:
    """ "Which Tel Aviv firms sell spyware?": the firms whose card names the city (Candiru, not NSO
    of Herzliya), and the cases that link one of them; a city no card names keeps no firm, rather
    than every firm of its country."""
    # a region is named by one of its towns ('which Silicon Valley firm': a card saying California)
    said = [f" {key_of(t)} " for c in cities for t in {c} | region_towns().get(c, frozenset())]
    firms = {
        e.id for e in pool if e.kind == "vendor" and any(c in _seat_text(e.summary, e.body) for c in said)
    }
    return [e for e in pool if e.id in firms or (e.kind == "case" and firms.intersection(e.related))]


# A clause of a card's body that says where the firm is ("Based in Hangzhou, Zhejiang; listed in
# Shenzhen": Hangzhou only).
_SEAT_CLAUSE = re.compile(r"[^.;\n]*\b(?:based|headquartered|headquarters)\b[^.;\n]*", re.IGNORECASE)


@lru_cache(maxsize=512)
def _seat_text(summary: str, body: str) -> str:
    """Where a firm's card says it is, folded: its summary's first sentence ("Israeli (Tel Aviv)
    company") and its body's clauses saying where it is based."""
    said = [summary.split(". ")[0], *_SEAT_CLAUSE.findall(body)]
    return f" {key_of(' '.join(said))} "

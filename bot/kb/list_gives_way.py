"""Whether a list read from a question gives way to the engine's card: a plurality read, not said
("who was targeted in Hungary?", "UK surveillance export rules"), when the list holds fewer than
two entries of the kind it needs and one card meets the question (service.py).

Why apart from bot/kb/lists.py, which reads what a question asks: this module weighs the list the
question got against the card the engine answers with, after both are chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.kb import list_countries as country_lists
from bot.kb.list_query import ListQuery
from bot.kb.model import Entry


def gives_way(query: ListQuery, items: list[Entry], card_of: Callable[[], Entry | None]) -> bool:
    """A list whose plurality was read, not said (`ListQuery.several`), gives way to the engine's card
    when it holds fewer than two entries of the kind it needs, unless a plural noun names the kind
    (not "who"), the question narrows it (a place, an origin, a technology) and the card is of
    another kind while the list holds one it names: "German spyware companies" asks which firms, and
    a FinFisher case card tells none. A list of countries: `list_countries.gives_way`. The card
    (`card_of`) is asked for only when it can matter."""
    if query.several == country_lists.SEVERAL:
        card = card_of()
        return country_lists.gives_way(sum(e.kind == "case" for e in items), card.kind if card else None)
    if sum(query.several in ("any", e.kind) for e in items) >= 2:
        return False  # the card not asked for: a side of an exclusion is not ranked for it (service.py)
    card = card_of()
    if card is None:
        return False
    narrowed = query.several == "any" and (
        query.homes or query.countries or query.technologies or query.authorities
    )
    return not (narrowed and card.kind not in query.kinds and any(e.kind in query.kinds for e in items))

"""The runner-up weighed once the first card is set aside, when the two are one answer's halves.

A firm's card and the listing its own text records (NSO's card says 'US Entity List since Nov
2021'; the Entity List card names NSO, and each lists the other as related) answer "did commerce
list nso?" together. NSO's card never tells Commerce acting (holds.py `actor_untold` sets it aside,
0.86 -> 0.5), and the runner-up, the Entity List card that does, was weighed against it as a rival:
its margin, its rank score under the first's, was negative, and the model refused the very card that
answers (0.37). Without the first, the runner-up's rivals are the rest, over which the first's own
margin was taken (evidence.py `_rival`: the best entry not linked to it), and the model gives the
Entity List 0.83 (search.py `_actor_runner_up`).

So too when the first is set aside as it does not tell the present status asked: "is candiru still
blacklisted?" ranked the Entity List card first (it tells the 2021 listing, nothing of now) and
Candiru's card, 'On the US Entity List since Nov 2021', second at 0.50 for its margin; weighed with
the first's, 0.76 (search.py `_status_pair`, beside the value swap).

Only a rule the first card is linked with: a case's or another firm's card is no listing of it
('did Commerce list Axis?': the Axis case and Axis's card, neither naming a listing, stay refused;
'did commerce list noldus?': Noldus's case is no rule).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.kb.calibration import FEATURES
from bot.kb.model import Entry

# The feature `margin`, `named` (the entry named in the question), and those saying what is asked
# is not on the card (values.py)
MARGIN = FEATURES.index("margin")
NAMED = FEATURES.index("named")
UNSTATED = FEATURES.index("unstated")
UNANSWERED = tuple(FEATURES.index(f) for f in ("unvalued", "unstated", "unsettled"))


def linked_entries(entries: Sequence[Entry]) -> list[frozenset[int]]:
    """Per entry, the entries it lists as related or that list it (either way: one answer's halves)."""
    by_id = {e.id: n for n, e in enumerate(entries)}
    linked: list[set[int]] = [set() for _ in entries]
    for n, entry in enumerate(entries):
        for other in entry.related:
            if other in by_id and by_id[other] != n:
                linked[n].add(by_id[other])
                linked[by_id[other]].add(n)
    return [frozenset(s) for s in linked]


def own_listing(entries: Sequence[Entry], linked: Sequence[frozenset[int]], first: int, second: int) -> bool:
    """The runner-up is a rule linked with the first card, no rule itself: the listing or measure a
    firm's or case's own card records (NSO's card and the Entity List), not another firm's or case's."""
    return entries[second].kind == "rule" and entries[first].kind != "rule" and second in linked[first]


def pair_margin(first: Sequence[float], second: Sequence[float]) -> tuple[float, ...]:
    """The runner-up's features with the first's margin: its margin once the first is set aside."""
    return tuple(first[MARGIN] if k == MARGIN else v for k, v in enumerate(second))


def status_pair(
    entries: Sequence[Entry],
    linked: Sequence[frozenset[int]],
    first: int,
    second: int,
    x1: Sequence[float],
    x2: Sequence[float],
) -> bool:
    """A firm and the listing its card records (either first, linked), the first not telling the
    status or count asked (`unstated`), the runner-up telling it and every value asked. The firm's
    is a vendor's card, the firm named in the question: 'still blacklisted?' names none (SenseTime's
    card answered it, 0.90), and a case linked with the listing tells a past, not the firm's status
    ('is NSO still blacklisted?': the 2021 Pegasus Project, 0.90)."""
    pair = own_listing(entries, linked, first, second) or own_listing(entries, linked, second, first)
    if not (pair and x1 and x2):
        return False
    firm, x_firm = (second, x2) if entries[first].kind == "rule" else (first, x1)
    return (
        entries[firm].kind == "vendor"
        and x_firm[NAMED] > 0
        and x1[UNSTATED] >= 1.0
        and not any(x2[k] >= 1.0 for k in UNANSWERED)
    )


def firm_status(
    entries: Sequence[Entry],
    linked: Sequence[frozenset[int]],
    first: int,
    firm: int,
    x1: Sequence[float],
    x_firm: Sequence[float],
) -> bool:
    """The card of the firm the question names, wherever it ranks, telling the present status asked
    that the first card, linked with it (its listing or its case), does not (`unstated`): 'is
    hikvision still blacklisted?' answered the Xinjiang case at 0.65, which tells 2019, not now, and
    'nso: us entity listing still active?' ranked the Entity List card and the Pegasus Project over
    NSO's own 'On the US Entity List since Nov 2021'. Only a vendor's card, named outright, linked
    with the first, and giving every value asked."""
    return (
        bool(x1 and x_firm)
        and entries[firm].kind == "vendor"
        and firm in linked[first]
        and x_firm[NAMED] > 0
        and x1[UNSTATED] >= 1.0
        and not any(x_firm[k] >= 1.0 for k in UNANSWERED)
    )

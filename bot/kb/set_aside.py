"""The runner-up weighed once the first card is set aside, when the two are one answer's halves.

A firm's card and the listing its own text records (NSO's card says 'US Entity List since Nov
2021'; the Entity List card names NSO, and each lists the other as related) answer "did commerce
list nso?" together. NSO's card never tells Commerce acting (holds.py `actor_untold` sets it aside,
0.86 -> 0.5), and the runner-up, the Entity List card that does, was weighed against it as a rival:
its margin, its rank score under the first's, was negative, and the model refused the very card that
answers (0.37). Without the first, the runner-up's rivals are the rest, over which the first's own
margin was taken (evidence.py `_rival`: the best entry not linked to it), and the model gives the
Entity List 0.83 (search.py `_actor_runner_up`).

Only a rule the first card is linked with: a case's or another firm's card is no listing of it
('did Commerce list Axis?': the Axis case and Axis's card, neither naming a listing, stay refused;
'did commerce list noldus?': Noldus's case is no rule).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.kb.model import Entry


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

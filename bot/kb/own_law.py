"""A place's own law asked, which only a rule of that place or a line naming its law tells.

'Har Sverige egna exportregler för övervakningsteknik utöver EU:s?' asks whether Sweden has rules of
its own beyond the EU's; 'gibt es in Deutschland ein eigenes Gesetz gegen Staatstrojaner-Exporte?'
whether Germany has one. Amnesty's report on EU export rules (which names Sweden as Axis's home)
answered the first at 0.94, the Munich FinFisher case the second at 0.78: the member would read
someone else's rules as the place's own. The place is the one named last before the word saying
'own' (data/asked_values.yaml, kind `law`, `own`), in the question's kind `law` only; its own law
is told by a rule whose authority (its first country) is that place, or by a statement naming a
law of that place ('the UK's export controls', values.py `law_owners`). 'does the UK have its own
export rules?' keeps its UK rule, 'did the EU add its own cyber-surveillance list?' its EU rule.
A rule after the model, held like `ungiven` (values.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.kb.analysis import QueryAnalysis
from bot.kb.asked_values import own_words as own_words
from bot.kb.model import Entry
from bot.kb.text import fold, stem

# How many words before the word saying 'own' the place may stand ('in Deutschland seit dem
# FinFisher-Fall ein eigenes Gesetz': 6)
REACH = 8


def own_place(query: QueryAnalysis) -> str | None:
    """The place (its tag) whose own law the question asks: the one named last before the word
    saying 'own', within REACH words; None when it names none so."""
    words, own = query.corrected, own_words()
    for k, word in enumerate(words):
        if own.search(fold(word)) is None:
            continue
        for j in range(k - 1, max(k - REACH, 0) - 1, -1):
            tag = query.country.get(stem(words[j]))
            if tag is not None:
                return tag
    return None


def own_law_untold(entry: Entry, owners: Sequence[frozenset[str]], query: QueryAnalysis) -> bool:
    """Whether the question asks a place's own law that `entry` (its statements' law owners,
    values.py `law_owners`) neither is nor names."""
    place = own_place(query)
    if place is None:
        return False
    name = place.removeprefix("country:")
    if entry.kind == "rule" and entry.countries and entry.countries[0].lower() == name:
        return False
    return not any(name in owned for owned in owners)

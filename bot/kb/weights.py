"""How much each word of a question weighs: its rarity in the knowledge base (IDF), more for a word of
some entry's name or one nobody has heard of, and more in a long question's own clause than in the
story before it. Coverage (profiles.py) and the search's features (evidence.py) share these weights out.

Why apart from bot/kb/index.py, which is built once per knowledge load: this is per question, and
it changes with how questions are read (a new kind of word that should count more), not with how
entries are indexed.
"""

from __future__ import annotations

import math

from bot.kb.analysis import QueryAnalysis
from bot.kb.index import SearchIndex
from bot.kb.text import stem

# Names are what a question is about: their words weigh more, and so do words nobody has heard of.
NAME_BOOST = 1.0
UNKNOWN_BOOST = 1.0
# A long question's own clause (its last sentence) weighs this much more than the story before it:
# two rare names in the story ('Hikvision and Dahua deals...') must not outweigh what is asked.
CLAUSE_BOOST = 6.0


def token_weights(
    index: SearchIndex, query: QueryAnalysis, focus: set[str] | None = None
) -> dict[str, float]:
    """IDF weight of each query token; a regulation number's parts share its weight; the words of a
    long question's own clause (`focus`) weigh CLAUSE_BOOST times more than its story."""
    weights: dict[str, float] = {
        t: index.idf(query.country.get(t, t))
        * query.spec.get(t, 1.0)
        * (NAME_BOOST if t in index.name_stems else 1.0)
        for t in query.tokens
    }
    for token in query.unknown:
        t = stem(token)
        spec = query.spec.get(t, 1.0)
        weights[t] = index.max_idf * UNKNOWN_BOOST * min(spec, spec**3)
    if focus:
        for t in weights:
            if t in focus:
                weights[t] *= CLAUSE_BOOST
    return weights


# Explained weight, as a share of the rarest possible word's weight, at which a match becomes
# substantial (one rare name explained is about 1-2).
EVIDENCE_SCALE = 0.4
# Extra weight, in the confidence only, of a name-like word (a place, a rare name) the answer does
# not explain at all: the question is probably about something the entry does not say.
MISSED_NAME = 1.5


def confidence(coverage: float, evidence: float) -> float:
    """Share of the question explained, discounted when what is explained is slight.

    One everyday word that happens to be in a title ('recommend') explains a short question
    fully but says little; a rare name ('hikvision') says a lot.
    """
    return max(0.0, min(1.0, coverage * (1.0 - math.exp(-evidence / EVIDENCE_SCALE))))

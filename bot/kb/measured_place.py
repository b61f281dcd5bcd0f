"""Whether a measure an English question asks is taken against a place itself ('did the US
blacklist Egypt?', 'did Commerce blacklist Canada?') and a card tells it so: the Entity List card
names Egypt as Sandvine's customer and Canada as its home, never as listed. Kept apart from actors.py,
which reads who acts, with the readers of a place's and a measure's words that both use.
"""

from __future__ import annotations

from bot.kb.analysis import QueryAnalysis
from bot.kb.model import Entry
from bot.kb.relations import standing_forms, statements_of
from bot.kb.role_words import acting_words, measure_forms, measure_stems
from bot.kb.text import raw_tokens, stem


def name_words(query: QueryAnalysis) -> frozenset[str]:
    """The stems of every word of the places the question names ('north', 'macedonia'), the
    words the analysis tagged among them."""
    words = {stem(w) for tag in query.country.values() for w in tag.split(":", 1)[-1].split()}
    return frozenset(words | query.country.keys())


def measure_kin(query: QueryAnalysis, token: str) -> tuple[str, ...]:
    """The forms that tell a word asked after the place: a measure's own forms and the measures
    among its kin ('prosecute': 'charged'), any other word's every form."""
    measures = measure_stems()
    if token not in measures:
        return standing_forms(query, token)
    return tuple(measure_forms(token) | measures.intersection(standing_forms(query, token)))


def bare_place_measured(entry: Entry, query: QueryAnalysis) -> bool:
    """Whether the question asks a measure of a place itself ('did the US blacklist Egypt?', 'did
    the US sanction Greece in 2024?') that no statement of the card tells measured so: the Entity
    List card names Egypt as Sandvine's customer and Greece as Intellexa's seat, and was answered
    at 0.66 ('did the US sanction Greece?': OFAC's at 0.63). The place is the whole object when
    only words the index does not read, or years, follow it ('Egypt's police', 'Greece over
    Intellexa' ask of something else)."""
    obj = _measured_place(query)
    if not obj:
        return False
    _, articles = acting_words()
    for statement in statements_of(entry):
        words = [stem(w) for w in raw_tokens(statement)]
        for k, w in enumerate(words):
            if w not in obj[0]:
                continue
            j = k + 1
            while j < len(words) and (words[j] in articles or words[j] in _MEASURED_BEFORE):
                j += 1
            if j < len(words) and words[j] in obj[1]:
                return False  # 'sanctions on Russia'
    return True


# Words between a measure and what it was taken against ('sanctions on Russia', 'a ban against')
_MEASURED_BEFORE = frozenset({"on", "against", "of"})


def _measured_place(query: QueryAnalysis) -> tuple[frozenset[str], frozenset[str]] | None:
    """The forms of the measure asked and of the place the question asks it of, when a place is
    all that is measured (`_bare_place_measured`); None otherwise."""
    words, measures = query.corrected, measure_stems()
    named = name_words(query)
    _, articles = acting_words()
    k = next((k for k, w in enumerate(words) if stem(w) in measures and stem(w) not in named), None)
    if k is None:
        return None
    j = k + 1
    while j < len(words) and words[j] in articles:
        j += 1
    place = []
    while j < len(words) and (t := stem(words[j])) in named:
        place.append(t)
        j += 1
    if not place or not any(t in query.country for t in place):
        return None
    if any(stem(w) in query.tokens and not w.isdigit() for w in words[j:]):
        return None
    forms = set(measure_kin(query, stem(words[k])))
    for t in place:
        forms_of_place = standing_forms(query, t)
        place.extend(f for f in forms_of_place if f not in place)
    return frozenset(forms), frozenset(place)

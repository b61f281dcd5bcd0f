"""Which statements of a card tell a measure (a ban, a sanction, a fine: data/roles.yaml `measures`)
of a place a question asks it of, as bit masks over the card's statements (relations.Statements):
those holding the measure by its forms, those naming the place, and those naming it only where
something is ('a representative in the EU'), for actors.py's `untold`.

Why apart from bot/kb/actors.py, which reads who the question says acted: this module reads only
what a card's statements say of measures and places, and changes with how cards word a measure.
"""

from __future__ import annotations

from bot.kb.analysis import QueryAnalysis
from bot.kb.measured_place import measure_kin
from bot.kb.model import Entry
from bot.kb.relations import statements_of
from bot.kb.role_words import acting_words, located_before, measure_forms, measure_stems
from bot.kb.text import raw_tokens, stem


def of_measures(asked: list[str], query: QueryAnalysis, masks: dict[str, int]) -> int:
    """The statements (bits) that may tell a measure asked of a place (`asked`, the measures among
    the words after it, all of them measure_stems): those holding it (the kin of its word in this
    question, `query`), and those holding another measure by its own forms, which actors.py `_untold_of` keeps
    only where they also hold the rest of what is asked ('did the US restrict Sandvine's DPI
    exports?': 'the US added Sandvine to the Entity List for supplying DPI'). Not a statement telling
    no measure: 'does Canada restrict Sandvine's DPI exports?' was told by 'Sandvine (Canada) ...
    sells (DPI) equipment', the case answering at 0.78 what only the US did."""
    bits = 0
    for t in measure_stems():
        for f in measure_kin(query, t) if t in asked else measure_forms(t):
            bits |= masks.get(f, 0)
    return bits


def naming(query: QueryAnalysis, forms: tuple[str, ...], masks: dict[str, int]) -> int:
    """The statements (bits) naming a place asked (`forms`, its word first): any of its forms, or
    every word of its country's name ('the US' is told by 'United States: ... bans')."""
    mask = 0
    for f in forms:
        mask |= masks.get(f, 0)
    words = query.country.get(forms[0], "").removeprefix("country:").split()
    if len(words) > 1:
        named = -1
        for w in words:
            named &= masks.get(w, 0)
        mask |= named
    return mask


def measure_untold(
    entry: Entry, query: QueryAnalysis, places: list[tuple[str, ...]], after: list[str], masks: dict[str, int]
) -> bool:
    """Whether a case told of the place asked (each word's forms: `places`) never tells the measure
    (`measures` in data/roles.yaml) asked of it, in that word's own forms (its glossary kin are too
    wide: 'ban' stands for 'law', which a card speaking of EU law holds). Of the case's first
    country, its own story, any statement tells it; of another place it names (where goods went:
    'did Egypt sanction Sandvine?'), one holding the place: the US listing names Egypt, not as acting."""
    measures = measure_stems()
    asked = [t for t in after if t in measures]
    if not asked:
        return False
    first = f"country:{entry.countries[0].lower()}" if entry.countries else None
    if first is not None and any(query.country.get(group[0]) == first for group in places):
        told = 0
        for t in asked:  # its forms among the measures: 'prosecute' is told by 'charged'
            for f in measure_kin(query, t):
                told |= masks.get(f, 0)
        return not told
    # another place it names: the word itself with the place ('Entity List' stands for 'sanction'
    # but is the US's, 'charged' for 'prosecute' but is France's, of Amesys in Libya)
    for t in asked:
        told = 0
        for f in measure_forms(t):
            told |= masks.get(f, 0)
        for group in places:
            told &= naming(query, group, masks) & ~_located(entry, query, group)
        if told:
            return False
    return True


def _located(entry: Entry, query: QueryAnalysis, forms: tuple[str, ...]) -> int:
    """The statements (bits) naming a place the case does not list among its countries only where
    something is ('a representative in the EU', data/roles.yaml `located_before`): the Garante's
    ban of Clearview, in the line naming 'the EU' so, is no EU ban. A place it lists may be named
    so and still act ('people in Italy': the Italian authority's case)."""
    if query.country.get(forms[0]) in {f"country:{c.lower()}" for c in entry.countries}:
        return 0
    before, articles = located_before(), acting_words()[1]
    wanted = set(forms)
    bits = 0
    for n, statement in enumerate(statements_of(entry)):
        words = raw_tokens(statement)
        at = [k for k, w in enumerate(words) if w in wanted or stem(w) in wanted]
        if at and all(_after_location(words, k, before, articles) for k in at):
            bits |= 1 << n
    return bits


def _after_location(words: list[str], k: int, before: frozenset[str], articles: frozenset[str]) -> bool:
    """Whether word k follows a word of `before`, `articles` between ('in the EU')."""
    j = k - 1
    while j >= 0 and words[j] in articles:
        j -= 1
    return j >= 0 and words[j] in before

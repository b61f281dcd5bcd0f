"""Whether a card tells the measure a short English question asks of a named subject that is no
place ('did Amnesty ban Pegasus?', 'did Amnesty sanction NSO?').

actors.py reads a place acting ('did Greece sanction Intellexa?'). An organisation asked as acting
with a power it may not have (an NGO banning, sanctioning) was answered by the card that names it
and tells of a measure elsewhere: the Pegasus Project case names Amnesty (its Security Lab) and
others' bans, and 'did Amnesty sanction NSO?' was answered at 0.84. The member would read that
Amnesty did. The subject is what the question opens on (data/roles.yaml `acting_opens`, articles
passed over) up to the measure right after it (`measures`); the card tells it when one statement
holds the subject (any of its forms) with the measure (its forms and the measures among its kin,
but not the plain words of data/roles.yaml `subject_measure_plain`: 'list' is told by 'Entity List'
only, as its `subject_measure_named` kin 'entity' says; the Pegasus Project card has heads of state
'on the list' in Amnesty's line). Not of a subject
that is the card's own name ('did OFAC sanction Intellexa?' on OFAC's card: a rule's every
statement is its own authority's act), nor of one the card never names (coverage weighs that).
"""

from __future__ import annotations

from bot.kb.analysis import QueryAnalysis
from bot.kb.measured_place import measure_kin, name_words
from bot.kb.relations import standing_forms
from bot.kb.role_words import measure_stems, opened_subject, role_data
from bot.kb.text import stem

# The most words a subject's name may have ('the US Commerce Department' is a place's)
_SUBJECT_WORDS = 3


def named_subject(query: QueryAnalysis, lang: str) -> tuple[list[str], str] | None:
    """The subject's stems and the measure's stem an English question opens on ('did Amnesty ban':
    ['amnesti'], 'ban'), when its subject names no place; None otherwise."""
    words = query.corrected
    j = opened_subject(words) if lang == "en" else None
    if j is None:
        return None
    measures, places = measure_stems(), name_words(query)
    subject: list[str] = []
    while j < len(words) and len(subject) <= _SUBJECT_WORDS and (t := stem(words[j])) not in measures:
        if t in places or t not in query.tokens:  # a place's, or a word the index does not read
            return None
        subject.append(t)
        j += 1
    if not subject or j >= len(words) or len(subject) > _SUBJECT_WORDS:
        return None
    return subject, stem(words[j])


def named_actor_untold(query: QueryAnalysis, lang: str, masks: dict[str, int], own: frozenset[str]) -> bool:
    """Whether the question asks a measure of a named subject (`named_subject`) that the card
    (`masks`: its tokens' statements; `own`: its own names) names but never with that measure."""
    asked = named_subject(query, lang)
    if asked is None:
        return False
    subject, measure = asked
    if any(t in own for t in subject):
        return False
    where = -1
    for t in subject:
        named = 0
        for f in standing_forms(query, t):
            named |= masks.get(f, 0)
        where &= named
    if not where:
        return False  # the card never names it whole: coverage weighs that
    told = 0
    for f in _told_by(query, measure):
        told |= masks.get(f, 0)
    return not where & told


def _told_by(query: QueryAnalysis, measure: str) -> set[str]:
    """The forms that tell the measure asked of a named subject (see the module's docstring)."""
    data = role_data()
    plain = {stem(w) for w in data["subject_measure_plain"]}
    named = {stem(w) for w in data["subject_measure_named"]}
    also = {stem(w) for w in data["subject_measure_also"]}  # a platform's ban: 'Meta removed ...'
    kin = set(measure_kin(query, measure)) - plain
    return kin | also | named.intersection(standing_forms(query, measure))

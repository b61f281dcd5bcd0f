"""Whether a rule that takes no measure itself (an inquiry, a report, a campaign: data/roles.yaml
`measureless_forms`) is asked a measure it never tells taken.

'did the EU ban Pegasus?' was refused in English but answered in other languages with the PEGA
inquiry ('hat die EU Pegasus verboten?' 0.93, 'czy UE zakazała Pegasusa?' 0.88), and 'did PEGA ban
Pegasus?', which names the inquiry itself as acting, at 0.98: the member would read an inquiry's
findings as a ban. 'did the EU ban facial recognition?' got the Reclaim Your Face campaign (0.63),
whose card tells only that the EDPB and EDPS 'called for a ban': a measure called for, urged or
recommended (data/roles.yaml `measure_sought`) tells none taken, unless the question asks that
('did the EDPB call for a ban?'). Kept apart from actors.py, which reads who acts.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from bot.kb.analysis import QueryAnalysis
from bot.kb.model import Entry
from bot.kb.relations import statements_of
from bot.kb.role_words import acting_words, measure_forms, measureless_forms, sought_stems
from bot.kb.text import raw_tokens, stem

# How many words may stand between a word of seeking and the measure sought ('called for a ban',
# 'called for an EU-wide ban')
_SOUGHT_WITHIN = 4


def measureless_untold(
    entry: Entry, asked: Iterable[str], masks: dict[str, int], query: QueryAnalysis
) -> bool:
    """Whether entry, a rule of a form that takes no measure itself, is asked a measure (`asked`,
    stems) that no statement holds in its own forms (its glossary kin are too wide: 'ban' stands for
    'law'), a statement only calling for it telling none unless the question asks it sought."""
    if entry.kind != "rule" or entry.form not in measureless_forms():
        return False
    asked = list(asked)
    if not asked:
        return False
    seeking = not sought_stems().isdisjoint(map(stem, query.corrected))
    for t in asked:
        for f in measure_forms(t):
            bits = masks.get(f, 0)
            if bits:
                bits &= ~_untaken(entry, f, seeking)
            if bits:
                return False
    return True


def _untaken(entry: Entry, form: str, seeking: bool) -> int:
    """The statements (bits) of entry holding the measure `form` only as something sought ('called
    for a ban on ...'; none when the question asks it sought) or within one of entry's own names
    (the initiative "Reclaim Your Face: Ban Biometric Mass Surveillance" bans nothing)."""
    sought = sought_stems()
    names = [[stem(w) for w in raw_tokens(name)] for name in entry.aliases]
    names = [name for name in names if len(name) > 1 and form in name]
    bits = 0
    for n, statement in enumerate(statements_of(entry)):
        words = [stem(w) for w in raw_tokens(statement)]
        at = [k for k, w in enumerate(words) if w == form]
        if at and all(
            (not seeking and not sought.isdisjoint(words[max(0, k - _SOUGHT_WITHIN) : k]))
            or _within_name(words, k, names)
            for k in at
        ):
            bits |= 1 << n
    return bits


def _within_name(words: list[str], k: int, names: list[list[str]]) -> bool:
    """Whether word k of a statement (stems) is part of one of `names` (stems) written there."""
    for name in names:
        for start in range(max(0, k - len(name) + 1), k + 1):
            if words[start : start + len(name)] == name:
                return True
    return False


def names_itself(entry: Entry, query: QueryAnalysis, ordinary: Collection[str]) -> bool:
    """Whether the question opens on one of entry's own names as its subject, its openers and
    everyday words passed over ('did PEGA ban Pegasus?', 'did the PEGA committee ban ...')."""
    opens, articles = acting_words()
    words = list(query.corrected)
    k = 0
    while k < len(words) and (words[k] in opens or words[k] in articles or words[k] in ordinary):
        k += 1
    rest = words[k:]
    for name in (entry.title, *entry.aliases):
        tokens = raw_tokens(name)
        if tokens and rest[: len(tokens)] == tokens:
            return True
    return False

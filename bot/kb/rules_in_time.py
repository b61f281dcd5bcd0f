"""Whether a question asks which rules applied at a time ('which EU rules applied before 2021?',
'the dual-use regulation in spring 2005', German 'galten'): a rule noun or an in-force word placed
in time by the before-, after- and at-words of data/time_words.yaml, for the rule asked by the
period it applied (in_force.py, holds.py, cues.py, list_periods.py).

Why apart from bot/kb/time_words.py, which reads where any question's words place it in time: this
module reads only questions asking for rules, and changes with how members ask for a rule of a time.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.kb.analysis import QueryAnalysis
from bot.kb.time_words import AFTER_WORDS, BEFORE_WORDS, after_words, before_words, placings, time_table

# Words a rule's name may take between its noun and the word placing it in a year in a language that
# names the rule after its noun ('le règlement sur les biens à double usage en 2005'): at most six.
# Not in English, where the words between are a verb's ('the regime agreed them in December 2013')
_NAMED_GAP = 6


def asks_in_force(query: QueryAnalysis, lang: str = "en") -> bool:
    """Whether a question asks which rules applied ('which EU rules applied before 2021?', 'what was
    in force before 2009?', German 'galten' read as 'in force'), not what happened before a year
    ('how was the recast negotiated before 2021?' is the later rule's own history). Rules placed
    in time by the word right after them ask it too: 'EU export rules before 2023' are the rules
    that applied then, and the 2023-2024 updates card, in force from Jan 2023, was answered (0.78)."""
    return says_in_force(query.raw) or rules_placed(query.raw, lang) or rules_asked(query.raw, lang)


# How far into a question a rule noun may stand and still be what it asks for ('which EU regulation
# ...', 'what were the EU export rules ...', Italian 'le regole europee ...' read 'le rules european')
_RULE_HEAD = 6


def rules_asked(words: Sequence[str], lang: str = "en") -> bool:
    """Whether a question opens by asking for rules and places them in time by a year after them:
    'which EU regulation covered spyware exports in 2016?' (the 2021 recast answered at 0.63),
    'what were the EU export rules for surveillance tech in 2000?' (428/2009 answered, though it
    applied only from 2009), 'le regole europee ... fino all'inverno 2020' (Amnesty's report
    answered). The year placed as a time ('in 2016', 'during', a before- or after-word), not as a
    rule's origin ('the US rule from 2023 that said ...' describes the rule by its year). Not when it
    asks how rules came about (`history_openers`) or what befell one (`rule_events`: 'which
    regulation was proposed in 2016?' is the recast's own history)."""
    table = time_table()
    if any(w in table.history_openers for w in words[:1]) or not table.rule_events.isdisjoint(words):
        return False
    head = next((n for n, w in enumerate(words[:_RULE_HEAD]) if w in table.rule_nouns), None)
    at = table.rule_at_words.get("en", frozenset()) | table.rule_at_words.get(lang, frozenset())
    by = at | BEFORE_WORDS | AFTER_WORDS | before_words(lang) | after_words(lang)
    return head is not None and any(n > head for _, n, _ in placings(words, lang, by))


def rules_placed(words: Sequence[str], lang: str = "en") -> bool:
    """Whether a rule noun (data/time_words.yaml `rule_nouns`) stands just before a before- or
    after-word that places a year: 'the dual-use rules prior to 2023', 'EU-Exportregeln vor 2023'
    (read 'export rules vor 2023'); or a few words before a word placing it in one year
    (`rule_at_words`): 'the dual-use regulation in spring 2005' got the 2021 recast at 0.78, in
    force from Sept 2021, and a language that names the rule noun first ('el reglamento de doble
    uso en 2004') puts its name between: in English only a rule noun right before it."""
    table = time_table()
    nouns = table.rule_nouns
    if any(w in table.history_openers for w in words[:1]):
        return False  # 'how did the EU negotiate the rules before 2021?' asks the recast's history
    by = BEFORE_WORDS | AFTER_WORDS | before_words(lang) | after_words(lang)
    if any(n and words[n - 1] in nouns for _, n, _ in placings(words, lang, by)):
        return True
    at = table.rule_at_words.get("en", frozenset()) | table.rule_at_words.get(lang, frozenset())
    gap = 1 if lang == "en" else _NAMED_GAP  # English names the rule before its noun
    return any(nouns.intersection(words[max(n - gap, 0) : n]) for _, n, _ in placings(words, lang, at))


def rule_verbs(words: Sequence[str]) -> frozenset[str]:
    """The (English) words of what a rule does ('covered'), told by its dates (data/time_words.yaml)."""
    return time_table().rule_verbs.intersection(words)


def asked_start(words: Sequence[str]) -> frozenset[str]:
    """The (English) start words of a question asking when or a date ('live since when?')."""
    table = time_table()
    return table.start_words.intersection(words) if not table.asks_when.isdisjoint(words) else frozenset()


def says_in_force(words: Sequence[str]) -> bool:
    """Whether the (English) words ask which rules applied: `asks_in_force` of any reading's words."""
    return not time_table().in_force.isdisjoint(words)

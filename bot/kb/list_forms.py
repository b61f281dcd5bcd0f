"""Which forms of rule entry a list of rules asks for by an adjective (bot/kb/lists.py): "what voluntary
or non-binding measures are there?" the guidance, "which binding rules ...?" the laws (knowledge/README.md,
"Form (rules)"). A noun of a form ("which laws", "which reports") says it already: list_words.yaml's
rule_forms; these are the adjectives, data in its `form_words`.
"""

from __future__ import annotations

from functools import lru_cache

from bot.kb.places import list_words


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, str], ...]:
    """(phrase, form), longest phrase first: "non binding" is read before "binding"."""
    pairs = [(phrase, form) for form, phrases in list_words()["form_words"].items() for phrase in phrases]
    return tuple(sorted(pairs, key=lambda p: -len(p[0].split())))


def forms_said(words: list[str]) -> frozenset[str]:
    """The forms the question's adjectives ask for; empty when none says one."""
    plain = f" {' '.join(words)} "
    forms: set[str] = set()
    for phrase, form in _phrases():
        at = plain.find(f" {phrase} ")
        if at >= 0:
            forms.update(form.split())
            plain = plain[:at] + " " * (len(phrase) + 1) + plain[at + len(phrase) + 1 :]
    return frozenset(forms)

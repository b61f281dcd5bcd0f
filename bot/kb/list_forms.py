"""Which forms of rule entry a list of rules asks for by an adjective (bot/kb/lists.py): "what voluntary
or non-binding measures are there?" the guidance, "which binding rules ...?" the laws (knowledge/README.md,
"Form (rules)"). A noun of a form ("which laws", "which reports") says it already: list_words.yaml's
rule_forms; these are the adjectives, data in its `form_words`.
"""

from __future__ import annotations

from functools import lru_cache

from bot.kb.place_names import list_words

# The forms each kind noun asks for ("laws": laws, regimes, guidance, sanctions; list_words.yaml's
# rule_forms); a noun of any form ("rules", "measures") asks for every form.
RULE_FORMS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in list_words()["rule_forms"].items()}
FORM_KINDS = frozenset(RULE_FORMS) - {"document"}


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


def unformed(plain: str) -> str:
    """The folded question without its phrases of non-binding force ("which rules are not binding?",
    "rules without binding force"): their negation asks for the guidance, no set left out."""
    for phrase in (p for p, form in _phrases() if form == "guidance" and len(p.split()) > 1):
        plain = f" {plain} ".replace(f" {phrase} ", " ").strip()
    return plain


def rule_forms(kinds: set[str]) -> frozenset[str]:
    """The forms of rule entry the kind nouns ask for ("which laws": laws, regimes, guidance and
    sanctions; "which reports": reports and inquiries, list_words.yaml's rule_forms); none, i.e.
    every form, when a noun asks for rules of any form ("which rules", "which measures") or none does.
    A noun of a form beside it says which ("welche Gesetze regeln ...": the verb is no second noun),
    but sanctions beside rules are both asked for ("US rules and sanctions": every form)."""
    if "rule" in kinds and not kinds & FORM_KINDS - {"sanction"}:
        return frozenset()
    return frozenset(form for kind in kinds for form in RULE_FORMS.get(kind, ()))

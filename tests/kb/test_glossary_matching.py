"""The glossary's fast matching (only the forms whose first word is in the question, searched one by
one) finds exactly what the whole alternation finds: same spans, same terms, in every language.
A glossary edit that broke its assumption (a form not starting with its first word, literally)
would change what members' questions are read as, silently; this says so at once."""

from __future__ import annotations

import random

from bench.kbeval import QUESTION_SETS
from bench.kbeval.blind import load_blind
from bot.kb.glossary import default_glossary
from bot.kb.language import GlossaryMatcher
from bot.kb.text import fold


def _whole(matcher: GlossaryMatcher, folded: str, lang: str) -> list[tuple[int, int, str]]:
    pattern, terms = matcher.patterns[lang]
    return [
        (m.start(), m.end(), terms[int(m.lastgroup[1:])]) for m in pattern.finditer(folded) if m.lastgroup
    ]


def _fast(matcher: GlossaryMatcher, folded: str, lang: str) -> list[tuple[int, int, str]]:
    pattern, terms = matcher.patterns[lang]
    return [(start, end, terms[n]) for start, end, n in matcher._matches(folded, lang, pattern)]


def test_fast_glossary_matching_equals_the_whole_pattern() -> None:
    glossary = default_glossary()
    matcher = GlossaryMatcher(glossary)
    tune = sorted((QUESTION_SETS / "questions").glob("*_tune.yaml"))
    texts = [q.text for path in tune for q in load_blind(path)][::4]
    # forms run together, glued, repeated and overlapping: where the alternation's order decides
    rng = random.Random(5)
    forms = [form for pairs in glossary.forms.values() for form, _ in pairs]
    glue = [" ", "", "-", "s ", "en ", ", ", "al", "ال", "de la "]
    for _ in range(250):
        parts = rng.choices(forms, k=rng.randint(1, 5))
        texts.append("".join(p + rng.choice(glue) for p in parts))
    checked = matched = 0
    for text in texts:
        folded = fold(text)
        for lang in matcher.patterns:
            whole = _whole(matcher, folded, lang)
            assert _fast(matcher, folded, lang) == whole, (lang, folded)
            checked += 1
            matched += bool(whole)
    assert matched > checked // 10  # the comparison saw plenty of matches, not only empty lists

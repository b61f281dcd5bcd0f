"""A misspelt name as close to two names of the knowledge gets the same answer in every process.

'fall' is one letter from both 'mall' and 'pall' (Pall Mall), names as common as each other. The
correction took whichever the vocabulary listed first, and the vocabulary is filled from sets, whose
order Python's per-process string hashing changes: the same question ("... the fall of Tripoli ...")
was read with 'pall' under one PYTHONHASHSEED and not under another, and ranked differently.
Building the knowledge in the other order changes the vocabulary's order the same way, in one process.
"""

from __future__ import annotations

import pytest

from bot.kb.check import CheckReport
from bot.kb.model import Entry
from bot.kb.search import SearchEngine


def vendor(template: Entry, name: str) -> Entry:
    slug = name.lower().replace(" ", "-")
    return template.model_copy(update={"id": slug, "title": name, "aliases": [], "related": []})


@pytest.mark.parametrize("question", ["Who is Grenvik Networks?", "what did grenvik sell"])
def test_a_typo_one_letter_from_two_names_is_read_the_same_whatever_the_order(
    tiny: CheckReport, question: str
) -> None:
    template = next(e for e in tiny.entries if e.kind == "vendor")
    entries = [vendor(template, "Brenvik Networks"), vendor(template, "Trenvik Networks")]
    answers = []
    for order in (entries, entries[::-1]):
        engine = SearchEngine(order)
        answers.append((engine.index.analyse(question).corrected, order[engine.rank(question)[0][0]].id))
    assert answers[0] == answers[1]


# The shipped knowledge: the word pool reversed in place, as another process may list it.
def test_a_typo_with_two_equally_good_corrections_is_read_the_same_whatever_the_pool_order(
    engine: SearchEngine,
) -> None:
    index = engine.index
    first = index._correct_token("fall")
    saved = {key: list(words) for key, words in index.by_shape.items()}
    try:
        for words in index.by_shape.values():
            words.reverse()
        assert index._correct_token("fall") == first
    finally:
        for key, words in saved.items():
            index.by_shape[key][:] = words

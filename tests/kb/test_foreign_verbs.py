"""answer11: an ordinary word of the question's language that the English index cannot read
('removeu', 'revelou') counted in the share of unknown words, the feature meant for names no entry
holds: a rare Portuguese verb form weighed like half a name, and "O que revelou o Projeto Pegasus?"
was refused (0.58)."""

from __future__ import annotations

import pytest

from bot.kb.calibration import FEATURES
from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService

UNKNOWN = FEATURES.index("unknown")


def test_a_question_with_a_verb_of_its_language_leads_to_its_entry(kb: KnowledgeService) -> None:
    # Whether it is answered outright is the fitted model's call (0.58 before the fix; refits since
    # put it either side of the threshold); what must hold is that the member is pointed at it.
    result = kb.search("O que revelou o Projeto Pegasus?")
    first = result.entry.id if result.entry is not None else result.alternatives[0].id
    assert first in {"case-pegasus-project-2021", "nso-group"}  # as its tune file labels it


@pytest.mark.parametrize(
    "question", ["A Meta removeu as contas da Cytrox?", "O que revelou o Projeto Pegasus?"]
)
def test_verbs_of_the_question_language_are_no_unknown_names(engine: SearchEngine, question: str) -> None:
    assert engine.evidence(question)[0][2][UNKNOWN] == 0.0, question


def test_a_name_no_entry_holds_still_counts_as_unknown(engine: SearchEngine) -> None:
    assert engine.evidence("A Meta removeu as contas da Zorbitrex?")[0][2][UNKNOWN] > 0.0

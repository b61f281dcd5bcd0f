"""review19a: a question the cue asks of one thing is no list because a plural noun follows later.
'¿qué empresa vendió cámaras a empresas chinas?' (which company sold cameras to Chinese companies?)
listed the Chinese firms, Hikvision and Dahua among them: Spanish 'qué' is a list cue, and the buyers'
'empresas' stood within its reach. The noun the cue governs is the singular 'empresa'; the English,
French, German and Portuguese twins were no lists. A plural head ('¿qué empresas...?') still is."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "¿qué empresa vendió cámaras a empresas chinas?",
        "¿qué empresa vendió spyware a empresas israelíes?",
        "which company sold cameras to chinese companies?",
        "¿qué caso involucra a empresas chinas?",
    ],
)
def test_a_singular_head_asks_for_one(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()


@pytest.mark.parametrize(
    ("question", "firm"),
    [
        ("¿qué empresas israelíes venden spyware?", "nso-group"),
        ("¿qué empresas venden cámaras a la policía china?", "axis-communications"),
        ("welche Unternehmen verkaufen Spyware an Regierungen?", "nso-group"),
    ],
)
def test_a_plural_head_still_lists(kb: KnowledgeService, question: str, firm: str) -> None:
    assert firm in listed(kb, question)

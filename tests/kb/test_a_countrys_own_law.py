"""A country's own law asked of an entry that names the country for something else (issue 10,
session 16): "What do Canadian export rules say about selling DPI equipment?" was answered (0.84)
with the Sandvine case, which names Canada as the firm's home and tells of no Canadian rule. The
kind `law` (bot/kb/data/asked_values.yaml) weighs, in the feature `unstated`, whether a statement
naming the place asked also speaks of a law, a rule, a licence or export controls; the places goods
are sent to are no law's owner, and a law asked of no place is not weighed.
"""

from __future__ import annotations

import pytest

from bot.kb.asked_values import STATED, default_asked_values
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        # the card: Sandvine 'Canadian', sold to Türk Telekom, Egypt, Belarus; no Canadian rule
        (
            "What do Canadian export rules say about selling deep packet inspection equipment?",
            "case-sandvine-turkey-belarus-egypt",
        ),
        # the card tells of Huawei technicians in Zambia, not of Zambia's laws
        ("What does Zambian law say about the government hacking bloggers?", "case-huawei-uganda-zambia"),
    ],
)
def test_a_law_the_entry_never_tells_is_refused(engine: SearchEngine, question: str, offered: str) -> None:
    refused(engine, question, offered)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a rule of the place asked: its statements name the UK with its export control regime
        ("What are the UK's rules on exporting surveillance technology?", "uk-export-controls"),
        # 'law firms' asks no law
        ("Which Austrian spyware firm hacked law firms in Panama?", "case-dsirf-subzero"),
        # the Dutch authority's statement names the law by its short name and articles ('found no
        # lawful basis (GDPR Articles 5 and 6)'): int16 refused it at 0.43 (main answered 0.82)
        ("what law applies to Clearview in the Netherlands?", "case-clearview-eu-enforcement"),
    ],
)
def test_a_law_the_entry_tells_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "lang", "asked"),
    [
        ("what are canada's export rules on DPI gear?", "en", True),
        ("Gibt es in der Schweiz ein Gesetz dazu?", "de", True),
        # compounds: the law word is not at a word's start
        ("Welche Exportgesetze hat die Schweiz für Spähsoftware?", "de", True),
        ("Har Sverige egna exportregler för övervakningsteknik?", "sv", True),
        ("ما هي قوانين تصدير برامج التجسس في الهند؟", "ar", True),
        ("law firms in panama got hacked", "en", False),
        ("what fine did the Dutch regulator give Hikvision?", "en", False),
    ],
)
def test_the_words_asking_a_law(question: str, lang: str, asked: bool) -> None:
    assert ("law" in default_asked_values().asked(question, lang) & set(STATED)) is asked

"""A value or outcome asked in French or Italian with an elided article ("Combien d'amendes ...",
"l'amende"): fold() joins the two words ('damendes'), so the fine asked was never read, and a card
telling no fine answered at 0.79. Each language's word is read apart from its article (values.py)."""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "lang", "kind"),
    [
        ("Combien d'amendes ont été infligées ?", "fr", "fine"),
        ("l'amende a-t-elle été payée ?", "fr", "fine"),
        ("Quante multe sono state inflitte?", "it", "fine"),
        ("l'azienda è stata multata?", "it", "fine"),
    ],
)
def test_a_fine_asked_after_an_elided_article_is_read(question: str, lang: str, kind: str) -> None:
    assert kind in default_asked_values().asked(question, lang)


def test_fines_under_a_regulation_no_card_counts_are_refused(engine: SearchEngine) -> None:
    # the 2021/821 card tells what the regulation requires, no fine imposed under it (0.79 before)
    refused(
        engine,
        "Combien d'amendes ont été infligées au titre du règlement sur les biens à double usage ?",
    )


@pytest.mark.parametrize(
    "question",
    [
        # the Clearview enforcement card gives each regulator's fine
        "Combien d'amendes Clearview a-t-elle reçues ?",
        "l'amende de Clearview en Italie, c'était combien ?",
        "Quante multe ha ricevuto Clearview?",
    ],
)
def test_fines_a_card_gives_stay_answered(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "case-clearview-eu-enforcement")

"""lists24: list questions asked as members ask them, in more languages, that got too much or nothing."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "quelles entreprises ont livré à la fois la Turquie et l'Égypte ?",
        "quali aziende hanno fornito sia la Turchia che l'Egitto?",
        "welke bedrijven leverden zowel aan Turkije als aan Egypte?",
        "que empresas forneceram tanto a Turquia quanto o Egito?",
        "które firmy dostarczały sprzęt zarówno do Turcji, jak i do Egiptu?",
        "vilka företag levererade både till Turkiet och Egypten?",
        "hangi şirketler hem Türkiye'ye hem Mısır'a ekipman sattı?",
        "какие компании поставляли оборудование как в Турцию, так и в Египет?",
    ],
)
def test_both_places_in_other_languages_is_each_place(kb: KnowledgeService, question: str) -> None:
    # Sandvine's gear went to Turkey and Egypt; Gamma's to Turkey only, Amesys/Nexa's to Egypt only
    assert listed(kb, question, kind="vendor") == {"sandvine"}


@pytest.mark.parametrize(
    "question",
    [
        "quelles entreprises ont livré la Turquie et l'Égypte ?",
        "quali aziende hanno fornito la Turchia o l'Egitto?",
    ],
)
def test_either_place_without_both_is_still_either(kb: KnowledgeService, question: str) -> None:
    # near-miss control: without a "both", the firms of either place are listed
    got = listed(kb, question, kind="vendor")
    assert {"sandvine", "gamma-finfisher"} <= got

"""lists23: list questions asked as members ask them, that got too much or nothing."""

from __future__ import annotations

import pytest

from bot.kb.list_fields import list_field_findings
from bot.kb.model import Entry
from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "which firms supplied both Egypt and Turkey?",
        "which companies sold to both Turkey and Egypt?",
        "welche Firmen lieferten sowohl an die Türkei als auch an Ägypten?",
        "¿qué empresas vendieron a ambos, Egipto y Turquía?",
    ],
)
def test_firms_asked_of_both_places_went_to_each(kb: KnowledgeService, question: str) -> None:
    # Sandvine's gear went to Turkey and Egypt; Gamma's went to Turkey, Amesys/Nexa's to Egypt only
    assert listed(kb, question, kind="vendor") == {"sandvine"}


def test_spyware_used_in_both_places_is_the_firm_found_in_each(kb: KnowledgeService) -> None:
    got = listed(kb, "which companies' spyware was used in both Spain and Mexico?", kind="vendor")
    assert got == {"nso-group"}  # Candiru (Spain) and QuaDream (Mexico) each in one only


def test_without_a_word_of_both_two_places_list_either(kb: KnowledgeService) -> None:
    got = listed(kb, "which companies sold to Turkey and Egypt?", kind="vendor")
    assert {"sandvine", "gamma-finfisher", "amesys-nexa"} <= got


@pytest.mark.parametrize(
    "question",
    [
        "which firms sold to both Bahrain and Iceland?",
        "which companies sold spyware to both Mexico and Norway?",
    ],
)
def test_no_firm_in_both_places_is_no_list(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()


def test_a_yes_no_question_of_both_places_stays_one_answer(kb: KnowledgeService) -> None:
    result = kb.search("did Sandvine sell to both Turkey and Egypt?")
    assert not result.items and result.answered and result.entry is not None
    assert result.entry.id == "case-sandvine-turkey-belarus-egypt"


def _vendor(**fields: object) -> Entry:
    base: dict[str, object] = {
        "id": "acme",
        "kind": "vendor",
        "title": "Acme",
        "summary": "German maker of monitoring centres.",
        "body": "- Its centres were reportedly installed in Oman and Qatar.",
        "status": "alleged",
        "countries": ["Germany"],
        "last_reviewed": "2026-12-06",
    }
    return Entry.model_validate(base | fields)


@pytest.mark.parametrize(
    "question",
    [
        "which firms sold surveillance technology to Yemen?",
        "welche Firmen haben Überwachungstechnik in den Jemen geliefert?",
        "who supplied monitoring centres to Syria?",
        "quelles entreprises ont vendu des outils de surveillance à la Syrie ?",
    ],
)
def test_places_only_a_firms_text_gives_join_its_lists(kb: KnowledgeService, question: str) -> None:
    # Trovicor's card: centres "reportedly in Bahrain, Egypt, Syria and Yemen" (Bloomberg, 2011)
    assert "trovicor" in listed(kb, question, kind="vendor")


def test_a_list_only_place_does_not_pull_single_answers(kb: KnowledgeService) -> None:
    result = kb.search("who sold Syria the system to intercept email?")
    assert not result.items and result.answered and result.entry is not None
    assert result.entry.id == "case-area-syria"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"list_destinations": ["Yemen"]}, "not named in the card's summary or body"),
        ({"list_destinations": ["Germany"]}, "already among the vendor's countries"),
        ({"list_destinations": ["Atlantis"]}, "not a country name"),
        ({"kind": "case", "list_destinations": ["Oman"], "destinations": []}, "only for vendors"),
    ],
)
def test_kb_check_holds_list_destinations_to_the_card(fields: dict[str, object], message: str) -> None:
    assert any(message in text for _, text in list_field_findings(_vendor(**fields)))


def test_list_destinations_the_card_names_pass_kb_check() -> None:
    assert list_field_findings(_vendor(list_destinations=["Oman", "Qatar"])) == []


@pytest.mark.parametrize(
    "question",
    [
        "which instruments are merely voluntary?",
        "welche Instrumente sind nur freiwillig?",
        "quels textes ne sont pas contraignants, seulement volontaires ?",
        "¿qué instrumentos son solo voluntarios?",
        "welche Regeln sind nicht verbindlich?",
    ],
)
def test_instruments_texts_and_not_binding_ask_voluntary_rules(kb: KnowledgeService, question: str) -> None:
    # the voluntary ones: the Pall Mall code and the EU recommendation, never a binding law
    got = listed(kb, question)
    assert {"pall-mall-code-2025", "eu-recommendation-2024-2659"} <= got
    assert not got & {"eu-dual-use-2021-821", "us-eo-14093"}


def test_instruments_a_firm_sells_are_no_list_of_rules(kb: KnowledgeService) -> None:
    assert listed(kb, "which instruments does Hacking Team sell?", kind="rule") == set()


@pytest.mark.parametrize(
    ("question", "case"),
    [
        ("Predator hangi ülkelerde bulundu?", "case-predatorgate-greece"),
        ("FinFisher hangi ülkelere satıldı?", "case-finfisher-bahrain"),
        ("tell me which countries bought FinFisher", "case-finfisher-bahrain"),
    ],
)
def test_a_country_cue_after_the_subject_asks_the_countries(
    kb: KnowledgeService, question: str, case: str
) -> None:
    assert case in listed(kb, question, kind="case")


def test_one_firms_seat_asked_in_turkish_stays_one_answer(kb: KnowledgeService) -> None:
    result = kb.search("NSO hangi ülkede kurulu?")  # "in which country is NSO based?"
    assert not result.items and result.entry is not None and result.entry.id == "nso-group"

"""Lists of a whole topic, relations, products, rules and negations as members type them (issue 10,
session 33): "Hacking Team: the full picture", "non-Chinese CCTV brands", "rules without binding
force", "owned by Canon or by Advent?", Spanish "desbloquear móviles" came back empty or with the very
brands left out. Twins that ask one thing keep their single answer, with no list."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService


def _listed(kb: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in kb.search(question).items}


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Hacking Team: the full picture", {"hacking-team", "case-hacking-team-leak-2015"}),
        ("Graphite spyware, whole file please", {"paragon-solutions", "case-paragon-italy"}),
        ("Candiru: the whole story", {"candiru", "case-candiru-victims-2021"}),
    ],
)
def test_the_whole_of_one_thing_is_everything_on_it(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    assert wanted <= _listed(kb, question)


def test_non_origin_lists_the_rest(kb: KnowledgeService) -> None:
    listed = _listed(kb, "non-Chinese CCTV brands in your files")
    assert {"axis-communications", "tkh-group"} <= listed
    assert not {"hikvision", "dahua"} & listed


def test_a_non_word_of_no_country_keeps_its_reading(kb: KnowledgeService) -> None:
    assert _listed(kb, "which rules are non-binding?") == {
        "pall-mall-code-2025",
        "eu-recommendation-2024-2659",
    }


@pytest.mark.parametrize(
    "question",
    [
        "rules without binding force - which ones?",
        "which rules are not binding?",
        "which rules are not legally binding?",
    ],
)
def test_a_rule_without_force_is_the_guidance(kb: KnowledgeService, question: str) -> None:
    assert _listed(kb, question) == {"pall-mall-code-2025", "eu-recommendation-2024-2659"}


def test_rules_that_bind_exporters(kb: KnowledgeService) -> None:
    listed = _listed(kb, "which EU rules actually bind exporters?")
    assert "eu-dual-use-2021-821" in listed
    assert "eu-recommendation-2024-2659" not in listed


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("owned by Canon or by Advent?", {"axis-communications", "idemia"}),
        ("which companies did Symantec or Advent International buy?", {"blue-coat", "idemia"}),
        ("whose owners are buyout investors?", {"idemia", "nso-group", "sandvine"}),
    ],
)
def test_firms_by_their_owners(kb: KnowledgeService, question: str, wanted: set[str]) -> None:
    assert _listed(kb, question) == wanted


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("firms owned by Canon", "axis-communications"),
        ("is NSO owned by private equity?", "nso-group"),
        ("Hacking Team", "hacking-team"),
    ],
)
def test_one_owner_or_one_firm_stays_a_single_answer(
    kb: KnowledgeService, question: str, answer: str
) -> None:
    result = kb.search(question)
    assert result.answered and result.entry is not None and result.entry.id == answer
    assert not result.items


def test_a_yes_no_question_on_one_purchase_is_no_list(kb: KnowledgeService) -> None:
    assert not _listed(kb, "did Symantec buy Blue Coat or Advent?")


@pytest.mark.parametrize(
    "question",
    [
        "¿Qué empresas venden herramientas para desbloquear móviles?",
        "Quelles entreprises vendent des outils pour déverrouiller les téléphones ?",
        "Vilka företag säljer verktyg för att låsa upp telefoner?",
    ],
)
def test_unlocking_phones_in_any_language_is_mobile_forensics(kb: KnowledgeService, question: str) -> None:
    assert "cellebrite" in _listed(kb, question)


def test_a_former_name_asks_for_the_renamed(kb: KnowledgeService) -> None:
    assert {"trovicor", "idemia"} <= _listed(kb, "which companies changed their name?")

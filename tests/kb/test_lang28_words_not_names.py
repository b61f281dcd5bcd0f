"""Everyday words of a question's language misread as parts of names, and names spelt by ear left
unread (session 28, lang28): Polish 'są' ("are", folded 'sa') weighed as Qosmos SA's legal form,
Russian 'против' ("against") as a rule's 'part', 'Текнолоджиз' (Technologies) unread, and the US
Bureau of Industry and Security, paid by Computerlinks, not the 'BIS' a German question named."""

from __future__ import annotations

import pytest

from bot.kb.payers import told_parties
from bot.kb.search import SearchEngine
from bot.kb.translit import NameSounds, skeleton


def test_polish_are_is_no_legal_form(engine: SearchEngine) -> None:
    r = engine.search("co to jest Positive Technologies i czemu są na liście USA?")
    assert r.answered and r.entry is not None and r.entry.id == "positive-technologies"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("czy Qosmos SA sprzedał sprzęt do Syrii?", "qosmos"),  # the legal form after its name
        ("Qosmos SA a-t-elle vendu à la Syrie ?", "qosmos"),
        ("kosmos sa syria emails paris", "qosmos"),  # after the name misspelt
    ],
)
def test_a_legal_form_after_its_name_stays(engine: SearchEngine, question: str, expected: str) -> None:
    r = engine.search(question)
    assert r.answered and r.entry is not None and r.entry.id == expected


def test_russian_against_is_no_name(engine: SearchEngine) -> None:
    reading = engine.read("Что сделала Apple против NSO?")
    assert "part" not in reading.text.split()
    assert "против" in reading.ordinary


def test_russian_group_still_reads_as_group(engine: SearchEngine) -> None:
    r = engine.search("Кто стоит за группой NSO?")
    assert r.answered and r.entry is not None and r.entry.id == "nso-group"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Что такое Позитив Текнолоджиз?", "positive-technologies"),
        ("Что такое Позитив Технолоджис?", "positive-technologies"),
        ("Что продавала Блу Коут Системс в Сирию?", "blue-coat"),
    ],
)
def test_a_company_suffix_spelt_by_ear_is_read(engine: SearchEngine, question: str, expected: str) -> None:
    r = engine.search(question)
    assert r.answered and r.entry is not None and r.entry.id == expected


def test_english_spellings_said_otherwise() -> None:
    sounds = NameSounds(["technologies", "communications"])
    assert sounds.name("текнолоджиз", "ru") == "technologies"
    assert sounds.name("коммьюникейшнз", "ru") == "communications"
    assert skeleton("дж") == skeleton("j")


def test_a_payee_named_with_of_and_by_its_initials() -> None:
    _, payees, _ = told_parties(
        "Paid $2.8m to settle with the US Bureau of Industry and Security (2013) over Blue Coat devices."
    )
    assert any("bis" in p and "security" in p for p in payees)


@pytest.mark.parametrize(
    "question", ["hat Computerlinks das BIS bezahlt?", "Wie viel hat Computerlinks dem BIS bezahlt?"]
)
def test_german_payee_by_its_acronym_is_answered(engine: SearchEngine, question: str) -> None:
    r = engine.search(question)
    assert r.answered and r.entry is not None and r.entry.id == "computerlinks"


@pytest.mark.parametrize(
    "question", ["hat das BIS Computerlinks bezahlt?", "Wie viel hat das BIS an Computerlinks gezahlt?"]
)
def test_the_payment_turned_round_is_still_held(engine: SearchEngine, question: str) -> None:
    assert not engine.search(question).answered


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("Qual é o processo de licenciamento de exportação no Reino Unido?", "processo"),
        ("Com'è il processo di autorizzazione all'export in Italia?", "processo"),
    ],
)
def test_a_process_of_something_is_no_lawsuit(engine: SearchEngine, question: str, kept: str) -> None:
    reading = engine.read(question)
    assert "lawsuit" not in reading.text.split()
    assert kept in reading.ordinary


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Houve um processo contra a NSO nos EUA?", "case-whatsapp-v-nso"),  # a lawsuit still
        ("O que é o Código de Prática do Processo Pall Mall?", "pall-mall-code-2025"),
    ],
)
def test_a_lawsuit_is_still_a_lawsuit(engine: SearchEngine, question: str, expected: str) -> None:
    r = engine.search(question)
    assert r.answered and r.entry is not None and r.entry.id == expected


def test_an_italian_process_question_gets_no_trial_case(engine: SearchEngine) -> None:
    r = engine.search("Com'è il processo di autorizzazione all'export in Italia?")
    assert r.entry is None or r.entry.id != "case-hacking-team-leak-2015"

"""Lists asked with an exclusion after everything on a place, or by a settlement or fine
(issue 10, session 34): "Tout sur l'Égypte sauf Amesys", "alles über Ägypten außer Amesys" came back
empty; "which firms settled with US authorities?" listed unrelated firms; "who was fined by the US?"
came back empty. Twins that name one firm keep the engine's single answer."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService

EGYPT = {
    "case-finfisher-egypt-uk-licensing",
    "case-sandvine-turkey-belarus-egypt",
    "case-egypt-nour-eltantawy",
}


def _listed(kb: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in kb.search(question).items}


@pytest.mark.parametrize(
    "question",
    [
        "Tout sur l'Égypte sauf Amesys",
        "alles über Ägypten außer Amesys",
        "anything on Egypt apart from Amesys",
        "tutto sull'Egitto tranne Amesys",
        "Все о Египте, кроме Amesys",
    ],
)
def test_everything_on_a_place_less_a_firm(kb: KnowledgeService, question: str) -> None:
    listed = _listed(kb, question)
    assert listed >= EGYPT
    assert "amesys-nexa" not in listed


def test_everything_on_a_place_keeps_the_firm_unexcluded(kb: KnowledgeService) -> None:
    assert "amesys-nexa" in _listed(kb, "Tout sur l'Égypte")


@pytest.mark.parametrize(
    "question",
    [
        "which firms settled with US authorities?",
        "who was fined by the US?",
    ],
)
def test_who_paid_us_penalties(kb: KnowledgeService, question: str) -> None:
    listed = _listed(kb, question)
    assert {"computerlinks", "area-spa"} <= listed
    assert not {"nso-group", "clearview-ai", "case-whatsapp-v-nso"} & listed


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("who fined Clearview?", "case-clearview-eu-enforcement"),
        ("who was charged over Predatorgate?", "case-predatorgate-greece"),
    ],
)
def test_a_named_outcome_keeps_its_card(kb: KnowledgeService, question: str, card: str) -> None:
    result = kb.search(question)
    assert result.answered and result.entry is not None and result.entry.id == card
    assert not result.items


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("who paid the 2.8 mil penalty for the syria web filters", "case-blue-coat-syria"),
        # a firm pointed at and never named: refused, not a list of every charge or fine
        ("where was the company's boss charged?", None),
        ("who fined them?", None),
    ],
)
def test_one_outcome_pointed_at_is_no_list(kb: KnowledgeService, question: str, card: str | None) -> None:
    result = kb.search(question)
    assert not result.items
    assert (result.entry.id if result.answered and result.entry else None) == card

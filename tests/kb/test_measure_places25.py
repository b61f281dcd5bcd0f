"""A measure asked of a place, as the member reads the card that answers it (wrong25).

- Another place than a rule's authority is told no measure by the rule's card ('did the UK
  blacklist Candiru?').
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

_HIKVISION_US = ("hikvision", "case-hikvision-dahua-xinjiang", "us-other-measures")


@pytest.mark.parametrize(
    "question",
    [
        "did the UK blacklist Candiru?",
        "did Israel blacklist Candiru?",
        "did the US blacklist Hacking Team?",
    ],
)
def test_another_place_still_told_no_measure_on_a_rule(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "was Huawei banned in Uganda?",
        "is Sandvine banned in Egypt?",
        "was ZTE banned in Zambia?",
        "ist Huawei in Uganda verboten?",
        "czy Huawei został zakazany w Ugandzie?",
    ],
)
def test_a_measure_taken_where_goods_went_is_refused_untold(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("was Huawei banned in the US?", "huawei"),  # the NDAA 889 bans
        ("was Hikvision banned in the United States?", ("hikvision", "case-hikvision-dahua-xinjiang")),
        ("ist Huawei in den USA verboten?", "huawei"),
        (
            "sandvine egypt why blacklisted",
            ("sandvine", "case-sandvine-turkey-belarus-egypt", "us-entity-list"),
        ),
    ],
)
def test_a_measure_the_card_tells_where_it_was_taken_is_answered(
    engine: SearchEngine, question: str, expected: str | tuple[str, ...]
) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "did Bosnia and Herzegovina ban Hikvision?",
        "was Dahua banned in Bosnia and Herzegovina?",
        "did Bosnia ban Hikvision?",
        "did Trinidad and Tobago sanction NSO?",
        "hat Bosnien und Herzegowina Hikvision verboten?",
    ],
)
def test_a_place_named_with_and_is_a_place_no_card_names(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did the United States and the FCC ban Hikvision?", _HIKVISION_US),
        ("did Italy ban Clearview?", ("clearview-ai", "case-clearview-eu-enforcement")),
    ],
)
def test_a_place_the_card_names_acting_is_answered(
    engine: SearchEngine, question: str, expected: tuple[str, ...]
) -> None:
    answered(engine, question, expected)


_CLEARVIEW = ("clearview-ai", "case-clearview-eu-enforcement")


@pytest.mark.parametrize(
    "question",
    [
        "did the EU ban Clearview?",
        "did the European Union ban Clearview?",
        "hat die EU Clearview verboten?",
        "l'UE a-t-elle interdit Clearview ?",
    ],
)
def test_a_place_named_only_as_where_something_is_is_untold(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "did Italy ban Clearview?",  # the Garante, the case's own
        "hat Italien Clearview verboten?",
        "l'Italie a-t-elle interdit Clearview ?",
        "heeft Nederland Clearview een boete gegeven?",  # the Dutch AP
        "did the Netherlands fine Clearview?",
        "ha multado Francia a Clearview?",
    ],
)
def test_a_place_the_case_lists_is_told_acting(engine: SearchEngine, question: str) -> None:
    answered(engine, question, _CLEARVIEW)

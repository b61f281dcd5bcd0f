"""Session 34 fix round (fixlist), from the member's side.

A member's own words (my, our) make a dated sentence no list of the month: "my flight on April '23"
and "my exam in April '23" listed QuaDream; they list nothing now, while "stuff from April '23", "Feb
'24 developments", "Aug 2019 headlines" keep their lists. A list leaving a firm out leaves out
the cases its title or summary names it in ("everything on Egypt apart from Amesys" listed the Nexa
(ex-Amesys) case first), and never answers with the card left out.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService


def _ids(service: KnowledgeService, question: str) -> list[str]:
    return [e.id for e in service.search(question).items]


@pytest.mark.parametrize(
    "question",
    [
        "my flight on April '23",
        "my exam in April '23",
        "our trip in May 2024",
    ],
)
def test_an_everyday_dated_sentence_lists_nothing(service: KnowledgeService, question: str) -> None:
    assert _ids(service, question) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("stuff from April '23", "case-quadream-victims-2023"),
        ("April 2023 - anything?", "case-quadream-victims-2023"),
        ("anything published in April 2023?", "case-quadream-victims-2023"),
        ("Feb '24 developments", "us-ofac-spyware-sanctions"),
        ("Aug 2019 headlines", "case-huawei-uganda-zambia"),
        ("January 2025 happenings", "case-paragon-italy"),
        ("what happened since 2025?", "pall-mall-code-2025"),
        ("2025'ten beri neler oldu?", "pall-mall-code-2025"),
    ],
)
def test_a_month_or_a_year_on_asked_for_keeps_its_list(
    service: KnowledgeService, question: str, expected: str
) -> None:
    assert expected in _ids(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "Was geschah im Mai 2023?",
        "Allt från oktober 2019",
        "Les événements de juin 2021, svp",
        "Cosa è uscito nel luglio 2021?",
        "Co się działo w listopadzie 2021?",
        "what came out of Washington in late March 2023",
    ],
)
def test_a_month_asked_in_any_language_keeps_a_list(service: KnowledgeService, question: str) -> None:
    assert _ids(service, question)


@pytest.mark.parametrize(
    ("question", "left_out"),
    [
        ("everything on Egypt apart from Amesys", {"amesys-nexa", "case-nexa-egypt-cerebro"}),
        ("everything on Egypt except Nexa", {"amesys-nexa", "case-nexa-egypt-cerebro"}),
        ("everything on Egypt apart from Sandvine", {"sandvine", "case-sandvine-turkey-belarus-egypt"}),
    ],
)
def test_a_firm_left_out_takes_its_cases_and_is_no_answer(
    service: KnowledgeService, question: str, left_out: set[str]
) -> None:
    result = service.search(question)
    ids = {e.id for e in result.items}
    assert ids and not ids & left_out
    assert not (result.answered and result.entry is not None and result.entry.id in left_out)


def test_the_others_stay_when_a_firm_is_left_out(service: KnowledgeService) -> None:
    # twins: the other firms' Egypt cases stay; a firm named without an exclusion keeps its case
    ids = _ids(service, "everything on Egypt apart from Amesys")
    assert {"case-finfisher-egypt-uk-licensing", "case-sandvine-turkey-belarus-egypt"} <= set(ids)
    assert "case-nexa-egypt-cerebro" in _ids(service, "everything on Egypt apart from Sandvine")
    assert _ids(service, "which spyware firms were sanctioned apart from Intellexa?") == [
        "nso-group",
        "candiru",
    ]

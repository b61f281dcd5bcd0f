"""List questions, from the member's side: a plural question gets every entry it asks for, a singular
one keeps its single answer, and the facets (country, origin, technology, name, period) mean what a
member means by them in any of the campaign's languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bot.kb import list_forms, list_query
from bot.kb.service import KnowledgeService
from tests.kb.conftest import ROOT
from tests.kb.listing import ranked
from tests.support.entries import kb_entry

TEST_SPLIT = ROOT / "tests" / "kb" / "questions" / "blind_test.yaml"


ENTRIES = [
    kb_entry(
        "romacam",
        "vendor",
        ["Italy", "Egypt"],
        ["video surveillance"],
        [2019],
        "Romacam SpA",
        "Italian camera maker that sold a city system to Egypt.",
    ),
    kb_entry(
        "veneto-intercept",
        "vendor",
        ["Italy", "Libya"],
        ["interception"],
        [2011],
        "Veneto Intercept Srl",
        "Italian interception vendor that supplied Libya.",
    ),
    kb_entry(
        "nilewatch",
        "vendor",
        ["Egypt"],
        ["interception"],
        [2020],
        "Nilewatch",
        "Egyptian integrator of interception gear.",
    ),
    kb_entry(
        "alpspy",
        "vendor",
        ["Switzerland", "Italy"],
        ["spyware"],
        [2021],
        "Alpspy AG",
        "Swiss spyware firm whose tools were found on phones in Italy.",
        ["Alpspy"],
    ),
    kb_entry(
        "case-romacam-cairo",
        "case",
        ["Italy", "Egypt"],
        ["video surveillance"],
        [2019],
        "Romacam cameras in Cairo (2019)",
        "Romacam's city cameras were installed in Cairo in 2019.",
    ),
    kb_entry(
        "case-alpspy-rome",
        "case",
        ["Italy"],
        ["spyware"],
        [2022],
        "Alpspy infections of Rome journalists (2022)",
        "Alpspy spyware found on journalists' phones.",
    ),
    kb_entry(
        "rule-export",
        "rule",
        ["European Union"],
        ["export controls", "spyware"],
        [2021],
        "EU export rule",
        "The EU rule on exports of cyber-surveillance items.",
    ),
]


@pytest.mark.parametrize(
    "question",
    [
        "which company sold cameras to Egypt?",  # singular: one answer
        "what is Alpspy",
        "I wonder which of my friends would like to read about companies in Egypt and their history, "
        "and then what Romacam did",  # the cue is far from the noun
    ],
)
def test_a_question_about_one_thing_is_not_a_list(service, question) -> None:
    assert ranked(service, question) == []


@pytest.mark.parametrize(
    "question",
    [
        "Which companies sold surveillance tech to Egypt?",
        "Welche Firmen haben Überwachungstechnik nach Ägypten verkauft?",
        "Quelles entreprises ont vendu de la surveillance à l'Égypte ?",
        "哪些公司向埃及出售了监控技术？",
        "ما هي الشركات التي باعت تقنيات المراقبة إلى مصر؟",
        "Какие компании продавали технологии слежки в Египет?",
    ],
)
def test_companies_that_sold_to_a_country_in_any_language(service, question) -> None:
    # Vendors with Egypt among the places their gear went, and the cases that document such sales;
    # not Egyptian Nilewatch: a company's home is no sale (tests/kb/test_list_sold_to.py).
    assert set(ranked(service, question)) == {"romacam", "case-romacam-cairo"}


def test_a_demonym_means_where_the_company_comes_from(service) -> None:
    # Alpspy's tools were found in Italy, but Alpspy is Swiss: it is not an "Italian company".
    assert set(ranked(service, "Which Italian companies do you have?")) == {"romacam", "veneto-intercept"}
    assert set(ranked(service, "Welche italienischen Firmen kennst du?")) == {"romacam", "veneto-intercept"}


def test_one_match_is_the_answer_never_a_refusal(service) -> None:
    """talk10: the one case is answered (it was only offered among "did you mean", often refused):
    as its card when the engine answers with it, else as the only entry the knowledge base holds."""
    result = service.search("What cases involve Alpspy?")
    assert [e.id for e in result.items] == ["case-alpspy-rome"]
    carded = result.answered and result.entry is not None and result.entry.id == "case-alpspy-rome"
    assert result.as_list != carded


def test_everything_on_a_named_vendor(service) -> None:
    assert set(ranked(service, "everything you have on Romacam")) == {"romacam", "case-romacam-cairo"}
    assert set(ranked(service, "which entries mention alpspy?")) == {"alpspy", "case-alpspy-rome"}


def test_technology_and_period_facets(service) -> None:
    assert set(ranked(service, "which rules and cases concern spyware?")) == {
        "rule-export",
        "case-alpspy-rome",
    }
    assert set(ranked(service, "which cases happened since 2019?")) == {
        "case-romacam-cairo",
        "case-alpspy-rome",
    }


def test_a_list_keeps_the_single_answer_fields(service) -> None:
    result = service.search("Which companies sold surveillance tech to Egypt?")
    shape = result.to_json()
    assert {"question", "answered", "confidence", "entry", "alternatives"} <= set(shape)
    # the item fields tools read, unchanged; a list about a place adds each item's sentence ("why")
    fields = {"id", "kind", "title", "summary"}
    assert len(shape["list"]) == 2
    assert all(fields <= set(item) <= fields | {"why"} for item in shape["list"])
    assert "list" not in service.search("what is Alpspy").to_json()


def test_facets_never_invent_members_of_a_country_no_entry_has(service) -> None:
    assert ranked(service, "Which companies sold spyware to Australia?") == []


def test_the_readme_example_lists_rules_on_the_shipped_knowledge(cli) -> None:
    code, out, _ = cli("ask", "--json", "which rules cover spyware exports?")
    payload = json.loads(out)
    assert code == 0 and len(payload["list"]) >= 3
    assert {item["kind"] for item in payload["list"]} == {"rule"}
    code, text, _ = cli("ask", "which rules cover spyware exports?")
    assert "entries in the knowledge base may answer that (read each to check):" in text


def _scores(service: KnowledgeService, path: Path) -> tuple[float, float, int]:
    questions = [
        q for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"] if "expect_set" in q
    ]
    precision = recall = 0.0
    for q in questions:
        got = {e.id for e in service.search(q["q"]).items}
        want = set(q["expect_set"])
        precision += len(got & want) / len(got) if got else 0.0
        recall += len(got & want) / len(want)
    return precision / len(questions), recall / len(questions), len(questions)


async def test_list_quality_on_the_frozen_test_split() -> None:
    """Floors a little under the figures measured when list answers landed (bench/search_quality.py
    prints the current ones): a regression fails, an improvement raises them."""
    service = await KnowledgeService.load(ROOT / "knowledge")
    precision, recall, count = _scores(service, TEST_SPLIT)
    assert count >= 30
    assert precision >= LIST_FLOORS[0] and recall >= LIST_FLOORS[1], (precision, recall)


LIST_FLOORS = (0.52, 0.65)


def test_vocabulary_file_is_complete() -> None:
    assert set(list_query.KIND_NOUNS) == {
        "vendor",
        "case",
        "rule",
        "law",
        "sanction",
        "campaign",
        "any",
        "document",
    }
    assert set(list_forms.RULE_FORMS) <= set(list_query.KIND_NOUNS)
    assert {"which", "welche", "quelles", "какие"} <= list_query.LIST_CUES

"""A truth review of list answers and cards, read as a campaign member checks them (i10truth9).

Each test asks what a member asks and holds the answer to the research brief (facts.md +
facts-addendum.md); each failed before its fix:

- "Which companies are covered by NDAA section 889?" listed SenseTime: the rule's entry holds several
  US measures and linked SenseTime for the Treasury investment list, and every link read as "on the
  list" (facts.md 1.11: s.889 names Huawei, ZTE, Hytera, Hikvision and Dahua). Fixed by `measures`.
- "Which companies sold surveillance tech to Egypt?" listed NSO Group: the Nour/Eltantawy case is in
  Egypt, and Pegasus was on Nour's phone, but Nour was in exile and no source names a Pegasus operator
  (facts.md 3.18). Fixed by the case's `firms_not_at_destinations`.
- "... to the UAE?" listed Blue Coat: its devices only passed through a Dubai distributor on the way
  to Syria (facts.md 3.10), a transit, not a sale for use there (knowledge/README.md).
- "Verint" is answered with Cognyte's card: the card must say Verint Systems is a separate company
  (facts-addendum A4); it does (a guard, passes on main too).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.kb.check import check_directory
from tests.kb.conftest import FIXTURES


def _ask(cli, question: str) -> dict:
    code, out, _ = cli("ask", "--json", question)
    assert code == 0
    return dict(json.loads(out))


def _listed(cli, question: str) -> set[str]:
    return {item["id"] for item in _ask(cli, question).get("list") or []}


NDAA_FIRMS = {"huawei", "zte", "hytera", "hikvision", "dahua"}


@pytest.mark.parametrize(
    "question",
    [
        "which companies are covered by NDAA section 889?",
        "which firms are banned under NDAA 889?",
        "welche Firmen fallen unter NDAA 889?",
    ],
)
def test_ndaa_889_lists_only_the_firms_it_names(cli, question: str) -> None:
    listed = _listed(cli, question)
    assert listed >= NDAA_FIRMS
    assert "sensetime-megvii-iflytek-yitu" not in listed


def test_the_treasury_investment_list_is_not_the_ndaa_firms(cli) -> None:
    listed = _listed(cli, "which companies are on the Chinese military-industrial complex list?")
    assert "sensetime-megvii-iflytek-yitu" in listed
    assert not NDAA_FIRMS & listed  # the brief puts only SenseTime on it


def test_the_entity_list_named_whole_still_lists_every_linked_firm(cli) -> None:
    """A rule without measures keeps reading every firm it links to as on its list."""
    listed = _listed(cli, "which companies are on the US Entity List?")
    assert {"hikvision", "sensetime-megvii-iflytek-yitu", "nso-group"} <= listed


@pytest.mark.parametrize(
    "question",
    [
        "which companies sold surveillance tech to Egypt?",
        "quelles entreprises ont vendu des technologies de surveillance à l'Égypte ?",
    ],
)
def test_egypt_sales_hold_no_firm_the_sources_do_not_place_there(cli, question: str) -> None:
    listed = _listed(cli, question)
    assert "nso-group" not in listed
    assert {"amesys-nexa", "sandvine", "intellexa-cytrox"} <= listed


def test_the_nour_case_still_involves_pegasus(cli) -> None:
    """Not placing NSO in Egypt does not hide the case from "cases involving NSO"."""
    assert "case-egypt-nour-eltantawy" in _listed(cli, "which cases involve NSO Group?")


def test_the_firms_whose_gear_went_to_syria(cli) -> None:
    listed = _listed(cli, "which companies sold surveillance tech to Syria?")
    assert {"area-spa", "blue-coat", "computerlinks"} <= listed


def test_blue_coat_did_not_sell_to_the_uae(cli) -> None:
    listed = _listed(cli, "which companies sold surveillance tech to the UAE?")
    assert "blue-coat" not in listed
    assert "nso-group" in listed  # Mansoor's phone was targeted with Pegasus in the UAE


def test_a_verint_question_is_told_verint_is_a_separate_company(cli) -> None:
    answer = _ask(cli, "what does Verint sell?")
    if answer["entry"] is not None and answer["entry"]["id"] == "cognyte":
        assert "Verint Systems itself is a separate company" in answer["entry"]["body"]


def _copy(tmp_path: Path) -> Path:
    directory = tmp_path / "kb"
    shutil.copytree(FIXTURES / "valid", directory)
    return directory


def test_check_refuses_a_measure_naming_a_firm_the_rule_does_not_link(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    rule = directory / "rules" / "test-rule.md"
    text = rule.read_text()
    text = text.replace("aliases: []", "aliases: [Test Measure]", 1)
    text = text.replace(
        "related: []", "related: []\nmeasures:\n  - names: [Test Measure]\n    firms: [acme-vision]"
    )
    rule.write_text(text)
    messages = [p.message for p in check_directory(directory).problems]
    assert "measure firm 'acme-vision' is not in the entry's related: link it there first" in messages


def test_check_refuses_a_measure_named_by_no_alias(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    rule = directory / "rules" / "test-rule.md"
    rule.write_text(rule.read_text().replace("related: []", "related: []\nmeasures:\n  - names: [Unknown]"))
    messages = [p.message for p in check_directory(directory).problems]
    assert "measure name 'Unknown' is not one of the entry's aliases: add it there first" in messages


def test_check_refuses_an_unplaced_firm_the_case_does_not_link(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    case = directory / "cases" / "case-acme-ruritania.md"
    text = case.read_text().replace(
        "related: [acme-vision, test-rule]",
        "related: [acme-vision, test-rule]\nfirms_not_at_destinations: [other]",
    )
    case.write_text(text)
    messages = [p.message for p in check_directory(directory).problems]
    assert "'other' is not in the entry's related: link it there first" in messages


# The member's own questions (the tune file list_truth9_tune.yaml holds them all): each failed on main.


@pytest.mark.parametrize(
    ("question", "firm"),
    [
        # Candiru's victims were in Iran, Yemen, ...; no source names a customer there
        ("which companies sold surveillance tech to Iran?", "candiru"),
        ("which companies sold surveillance tech to Yemen?", "candiru"),
        # Bahraini exiles hit in the UK and the US: FinFisher was sold to Bahrain
        ("which companies sold surveillance tech to the United States?", "gamma-finfisher"),
        # a regulator's country (NDAA, Entity List) is no destination
        ("which companies sold surveillance tech to the United States?", "meiya-pico"),
        ("which companies sold surveillance tech to the United States?", "huawei"),
        # Intellexa's Hungarian holding company is no sale to Hungary
        ("which companies sold spyware to Hungary?", "intellexa-cytrox"),
        # Allot's Danish distributor relabelled the units for Iran
        ("which companies sold surveillance tech to Denmark?", "allot"),
        # QuaDream "sold to or pitched" Morocco: an offer is no sale
        ("which vendors sold surveillance tech to Morocco?", "quadream"),
        # Sandvine's devices sat on Türk Telekom's network; users in Syria were only redirected
        ("which companies sold surveillance tech to Syria?", "sandvine"),
        # a SenseTime seat
        ("which companies sold surveillance gear to Hong Kong?", "sensetime-megvii-iflytek-yitu"),
    ],
)
def test_no_sale_where_the_firm_only_hit_people_or_has_an_office(cli, question: str, firm: str) -> None:
    assert firm not in _listed(cli, question)


def test_used_against_people_there_still_lists_the_firm(cli) -> None:
    """`targeted_only` keeps a victims' country for "used against people in" questions."""
    listed = _listed(cli, "which companies spyware was used against people in the UK?")
    assert {"candiru", "dsirf", "gamma-finfisher", "case-candiru-victims-2021"} <= listed


def test_an_american_companies_list_holds_no_canadian_firms_case(cli) -> None:
    listed = _listed(cli, "which American companies sold surveillance gear to Syria?")
    assert "case-sandvine-turkey-belarus-egypt" not in listed
    assert {"blue-coat", "netapp"} <= listed


def test_a_british_companies_list_holds_no_case_only_set_in_britain(cli) -> None:
    listed = _listed(cli, "which British companies sold surveillance tech?")
    assert not {"case-candiru-victims-2021", "case-clearview-eu-enforcement", "case-dsirf-subzero"} & listed
    assert {"gamma-finfisher", "bae-systems"} <= listed


def test_an_unknown_origin_is_not_dropped_from_the_list(cli) -> None:
    """ "Austrian spyware firms" listed every spyware firm (NSO, Candiru...) as Austrian."""
    listed = _listed(cli, "which Austrian spyware firms do you know?")
    assert "nso-group" not in listed and "candiru" not in listed


def test_cases_involving_pegasus_hold_no_candiru_case(cli) -> None:
    assert "case-candiru-victims-2021" not in _listed(
        cli, "which cases involve journalists targeted with Pegasus?"
    )

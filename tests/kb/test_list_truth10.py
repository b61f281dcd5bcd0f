"""List answers checked against the research brief, read as a campaign member reads them (truth10).

Each test asks what a member asks and holds the list to facts.md + facts-addendum.md; each failed
before its fix:

- "Which companies sell interception systems?" listed NetApp (and Qosmos, Utimaco): the brief says only
  that their "equipment" was in Area SpA's Syrian email-interception system (facts.md 2.18, 3.9), not
  what it was. Fixed in the entries' `technologies`.
- "Which companies sold surveillance tech to Argentina?" listed IDEMIA as a sale: a 2022 report alleged
  Buenos Aires bought Morpho Face Investigate and IDEMIA denied having surveillance technology there
  (facts.md 2.1; asked of Latin America). "... to Uganda?" listed Huawei: the WSJ alleged Huawei
  technicians helped police spy, no sale is named, and Huawei denies it (addendum 2.27, 3.38,
  A5 #15). A denied claim is no sale.
- "Which companies sold spyware to Spain?" (Jordan, Thailand, El Salvador) listed NSO Group: Pegasus
  was found on phones there, but the sources name no customer, and Spain and El Salvador deny it
  (addendum 3.27, 3.30-3.32). Those places are the cases' `targeted_only`.
- "Which companies are sanctioned by the US?" read the US as a place gear went or where firms are:
  it listed a Hikvision case and missed SenseTime, Intellexa, Huawei, ZTE and Hytera; "... by the EU"
  listed NSO Group and Hikvision, which the brief has the EU sanction nowhere. By/under X is the
  authority: the firms its rules' `measures` name.
- "Which firms are on the Entity List for human rights reasons?" listed NSO Group, Positive
  Technologies, COSEINC and Intellexa, listed for spyware targeting and for cyber exploits (facts.md
  1.8); Commerce gave human rights as the reason for the Oct 2019 listing. Fixed by the measures'
  `reasons`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.kb.check import check_directory
from tests.kb.conftest import FIXTURES

BRIEF_SAYS_ONLY_EQUIPMENT = {"netapp", "qosmos", "utimaco"}


@pytest.mark.parametrize(
    "question",
    ["which companies sell interception systems?", "which companies sold interception equipment to Syria?"],
)
def test_a_supplier_of_unnamed_equipment_is_no_interception_vendor(listed, question: str) -> None:
    listed = listed(question)
    assert "area-spa" in listed  # Area built the interception system
    assert not BRIEF_SAYS_ONLY_EQUIPMENT & listed


def test_the_syria_list_still_names_the_equipment_suppliers(listed) -> None:
    listed = listed("which companies sold surveillance tech to Syria?")
    assert listed >= BRIEF_SAYS_ONLY_EQUIPMENT  # their equipment was in the system (Bloomberg)


@pytest.mark.parametrize(
    ("question", "firm"),
    [
        ("which companies sold surveillance tech to Latin America?", "idemia"),
        ("welche Firmen haben Überwachungstechnik nach Lateinamerika verkauft?", "idemia"),
        ("which companies sold surveillance tech to Uganda?", "huawei"),
        ("which companies sold surveillance technology to Zambia?", "huawei"),
    ],
)
def test_a_denied_claim_is_not_listed_as_a_sale(listed, question: str, firm: str) -> None:
    assert firm not in listed(question)


@pytest.mark.parametrize(
    ("question", "case"),
    [
        ("which companies sold spyware to Spain?", "case-catalangate-2022"),
        ("which companies sold spyware to Jordan?", "case-pegasus-jordan-2024"),
        ("which companies sold spyware to Thailand?", "case-pegasus-thailand-2022"),
        ("which companies sold spyware to Latin America?", "case-pegasus-el-salvador-2022"),
    ],
)
def test_victims_with_no_customer_named_are_no_sale(listed, question: str, case: str) -> None:
    """Pegasus found on phones there, no customer named (Spain and El Salvador deny it): the
    brief never says NSO sold there (addendum 3.27, 3.30-3.32)."""
    listed = listed(question)
    assert case not in listed
    if question.endswith("Latin America?"):
        assert "case-pegasus-mexico-2017" in listed  # sold to the Mexican government (NYT)
    else:
        assert "nso-group" not in listed


def test_an_alleged_use_against_people_is_still_listed(listed) -> None:
    listed = listed("which companies' surveillance was used against people in Uganda?")
    assert {"case-huawei-uganda-zambia", "huawei"} <= listed  # shown with their contested status


US_MEASURES_FIRMS = {
    "hikvision",
    "dahua",
    "sensetime-megvii-iflytek-yitu",
    "meiya-pico",
    "nso-group",
    "candiru",
    "intellexa-cytrox",
    "sandvine",
    "huawei",
    "zte",
    "hytera",
}


@pytest.mark.parametrize(
    "question",
    [
        "which companies are sanctioned by the US",
        "welche Firmen wurden von den USA sanktioniert?",
        "quelles entreprises sont sanctionnées par les États-Unis ?",
    ],
)
def test_sanctioned_by_the_us_is_the_authority_not_a_destination(listed, question: str) -> None:
    listed = listed(question)
    assert len(listed & US_MEASURES_FIRMS) >= 9  # the list stops at 12 items
    assert not {e for e in listed if e.startswith("case-")}  # companies were asked for
    assert not {"netapp", "blue-coat", "clearview-ai", "idemia"} & listed  # American or linked, not listed


def test_the_spyware_firms_the_us_sanctioned(listed) -> None:
    listed = listed("which spyware companies has the US sanctioned?")
    assert listed == {"nso-group", "candiru", "intellexa-cytrox"}


def test_nothing_in_the_brief_is_sanctioned_by_the_eu(listed) -> None:
    assert not listed("which companies are sanctioned by the EU")


HUMAN_RIGHTS_LISTED = {"hikvision", "dahua", "sensetime-megvii-iflytek-yitu", "meiya-pico"}


@pytest.mark.parametrize(
    "question",
    [
        "which firms are on the Entity List for human rights reasons",
        "welche Firmen stehen wegen Menschenrechtsverletzungen auf der Entity List?",
    ],
)
def test_the_entity_list_for_human_rights_is_the_firms_listed_for_it(listed, question: str) -> None:
    listed = listed(question)
    assert listed >= HUMAN_RIGHTS_LISTED
    assert not {"nso-group", "candiru", "positive-technologies", "coseinc", "intellexa-cytrox"} & listed


def test_the_entity_list_for_cyber_exploits(listed) -> None:
    listed = listed("which companies are on the Entity List for cyber exploits?")
    assert {"positive-technologies", "coseinc", "intellexa-cytrox"} <= listed
    assert not HUMAN_RIGHTS_LISTED & listed


def test_the_whole_entity_list_is_unchanged(listed) -> None:
    listed = listed("which companies are on the US Entity List?")
    assert listed >= {"nso-group", "candiru", "sandvine", "hikvision", "positive-technologies"}


def test_a_prosecutor_is_not_a_prosecution(listed) -> None:
    """Area's executives were investigated (facts.md 3.9) and Poland's case names a prosecutor as a
    victim (addendum 3.28): neither is a charge. Greek Predator sellers' executives were charged."""
    listed = listed("In which cases were company executives criminally charged?")
    assert not {"case-area-syria", "case-pegasus-poland"} & listed
    assert {"case-amesys-libya", "case-nexa-egypt-cerebro", "case-predatorgate-greece"} <= listed


def _rule_with_measures(tmp_path: Path, measures: str) -> Path:
    directory = tmp_path / "kb"
    shutil.copytree(FIXTURES / "valid", directory)
    rule = directory / "rules" / "test-rule.md"
    rule.write_text(rule.read_text().replace("related: []", f"related: []\nmeasures:\n{measures}", 1))
    return directory


def test_check_refuses_a_listing_reason_outside_the_vocabulary(tmp_path: Path) -> None:
    directory = _rule_with_measures(tmp_path, "  - firms: []\n    reasons: [bad vibes]")
    messages = [p.message for p in check_directory(directory).problems]
    assert any(m.startswith("measure reason 'bad vibes' is not one of") for m in messages)


def test_check_refuses_an_empty_measure(tmp_path: Path) -> None:
    directory = _rule_with_measures(tmp_path, "  - reasons: [human rights]")
    messages = [p.message for p in check_directory(directory).problems]
    assert "a measure needs the names members call it by or the firms it names" in messages

"""A rule entry's `form`: "which laws ...?" and "which reports ...?" are different lists.

`rules/` holds binding laws and sanctions lists beside Amnesty's and HRW's reports, the European
Parliament's inquiry and the Reclaim Your Face campaign, all of kind `rule`. A member who asked
"which laws cover biometric surveillance in the EU?" got Amnesty's report and the campaign as laws,
and one who asked "which reports cover emotion recognition?" got the EU AI Act as a report: cited to
an official, either is wrong. `kb check --strict` holds every shipped rule to a form.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.kb.check import check_directory
from tests.kb.listing import listed

ROOT = Path(__file__).resolve().parents[2]
VALID = ROOT / "tests" / "fixtures" / "kb" / "valid"
REPORTS = {"amnesty-out-of-control-2020", "eu-enforcement-after-2021", "ep-pega-inquiry"}
CAMPAIGNS = {"reclaim-your-face"}


@pytest.mark.parametrize(
    "question",
    [
        "Which laws cover biometric surveillance in the EU?",
        "Welche Gesetze regeln Gesichtserkennung in der EU?",  # "regeln" the verb, not "Regeln" the noun
        "which sanctions target spyware vendors?",
    ],
)
def test_laws_are_no_reports_or_campaigns(service, question: str) -> None:
    got = listed(service, question)
    assert got and not got & (REPORTS | CAMPAIGNS)


def test_the_laws_asked_for_are_still_listed(service) -> None:
    assert "eu-ai-act" in listed(service, "Which laws cover biometric surveillance in the EU?")


def test_reports_are_no_laws(service) -> None:
    got = listed(service, "Which reports cover emotion recognition?")
    assert "amnesty-out-of-control-2020" in got and "eu-ai-act" not in got


def test_campaigns_are_the_campaigns(service) -> None:
    assert listed(service, "which campaigns against biometric mass surveillance do you have?") == CAMPAIGNS


def test_rules_and_measures_are_every_form(service) -> None:
    # "rules" is what members call the whole folder: the reports on the rules belong to the answer
    got = listed(service, "which rules cover facial recognition?")
    assert "eu-ai-act" in got and "amnesty-out-of-control-2020" in got


def test_every_shipped_rule_says_its_form(shipped) -> None:
    assert all(e.form is not None for e in shipped.entries if e.kind == "rule")
    assert all(e.form is None for e in shipped.entries if e.kind != "rule")


def _with(tmp_path: Path, folder: str, line: str | None) -> Path:
    """A copy of the valid fixture whose first entry in `folder` gets `line` for its form line."""
    shutil.copytree(VALID, tmp_path / "kb")
    path = sorted((tmp_path / "kb" / folder).glob("*.md"))[0]
    lines = [x for x in path.read_text(encoding="utf-8").split("\n") if not x.startswith("form:")]
    if line is not None:
        lines.insert(lines.index("---", 1), line)
    path.write_text("\n".join(lines), encoding="utf-8")
    return tmp_path / "kb"


def test_kb_check_warns_of_a_rule_without_a_form(tmp_path) -> None:
    report = check_directory(_with(tmp_path, "rules", None))
    assert report.ok  # it still loads (a rule written in a test or a draft) ...
    assert any("a rule needs a form" in p.message for p in report.warnings)  # ... but --strict fails


def test_kb_check_refuses_a_form_on_a_vendor_or_an_unknown_form(tmp_path) -> None:
    report = check_directory(_with(tmp_path, "vendors", "form: law"))
    assert any("form is only for rules" in p.message for p in report.problems)
    report = check_directory(_with(tmp_path / "unknown", "rules", "form: opinion"))
    assert not report.ok

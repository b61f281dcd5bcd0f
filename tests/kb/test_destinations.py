"""A case's `destinations`: where the technology went, never a vendor's home for being one.

A case's countries also name the vendors' homes (the Mansoor case lists Israel for NSO, Italy for
Hacking Team), so a list answer to "which cases involve spyware sold to Israel?" read from them named
cases where Israel only made the spyware. `kb check` guards the field an editor writes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.kb.check import check_directory

ROOT = Path(__file__).resolve().parents[2]
VALID = ROOT / "tests" / "fixtures" / "kb" / "valid"


@pytest.fixture(scope="module")
def shipped():
    return check_directory(ROOT / "knowledge")


def test_every_shipped_case_says_where_the_technology_went(shipped) -> None:
    cases = [e for e in shipped.entries if e.kind == "case"]
    assert cases and not [e.id for e in cases if e.destinations is None]


def test_a_destination_is_always_one_of_the_case_countries(shipped) -> None:
    assert shipped.ok
    for entry in shipped.entries:
        assert set(entry.destinations or ()) <= set(entry.countries), entry.id


def test_a_vendor_home_named_by_the_mansoor_case_is_no_destination(shipped) -> None:
    mansoor = next(e for e in shipped.entries if e.id == "case-ahmed-mansoor")
    assert "Israel" in mansoor.countries and mansoor.destinations == ["United Arab Emirates"]


def _case_with(tmp_path: Path, line: str, *, folder: str = "cases") -> Path:
    """A copy of the valid fixture whose first entry in `folder` gets one more front-matter line."""
    shutil.copytree(VALID, tmp_path / "kb")
    path = sorted((tmp_path / "kb" / folder).glob("*.md"))[0]
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition("\ncountries:")
    path.write_text(f"{head}\n{line}\ncountries:{rest}", encoding="utf-8")
    return tmp_path / "kb"


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("destinations: [Atlantis]", "'Atlantis' is not a country name"),
        ("destinations: [Egypt]", "'Egypt' is not in the entry's countries"),  # the fixture case is elsewhere
        ("destinations: [UAE]", "'UAE' is not a country name entries use"),  # spelt as entries spell it
    ],
)
def test_kb_check_refuses_a_destination_the_case_does_not_name(tmp_path, line, says) -> None:
    report = check_directory(_case_with(tmp_path, line))
    assert not report.ok and any(says in p.message for p in report.problems)


def test_kb_check_refuses_destinations_on_a_vendor(tmp_path) -> None:
    report = check_directory(_case_with(tmp_path, "destinations: []", folder="vendors"))
    assert any("only for cases" in p.message for p in report.problems)


def test_an_empty_destinations_is_an_answer_not_a_gap(tmp_path) -> None:
    report = check_directory(_case_with(tmp_path, "destinations:"))
    case = next(e for e in report.entries if e.kind == "case")
    assert report.ok and case.destinations == []

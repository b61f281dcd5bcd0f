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
from bot.kb.model import Entry
from tests.kb.listing import listed

ROOT = Path(__file__).resolve().parents[2]
VALID = ROOT / "tests" / "fixtures" / "kb" / "valid"


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


# Cases whose countries name Israel or Italy only as a vendor's home (NSO, Cellebrite, Cognyte, Paragon;
# Hacking Team, Area) or as a regulator's country (Clearview's Italian fine).
ISRAEL_AS_HOME = {
    "case-ahmed-mansoor",
    "case-pegasus-mexico-2017",
    "case-pegasus-project-2021",
    "case-whatsapp-v-nso",
    "case-cognyte-myanmar",
    "case-paragon-italy",
    "case-cellebrite-hk-belarus-serbia",
    "case-meta-takedown-2021",
}
ITALY_AS_HOME = {
    "case-ahmed-mansoor",
    "case-area-syria",
    "case-hacking-team-leak-2015",
    "case-clearview-eu-enforcement",
    "clearview-ai",
    "hacking-team",
    "area-spa",
}


@pytest.mark.parametrize(
    ("question", "never"),
    [
        ("Which cases involve surveillance sold to Israel?", ISRAEL_AS_HOME),
        ("Which companies sold spyware to Israel?", ISRAEL_AS_HOME | {"nso-group", "candiru", "quadream"}),
        ("Welche Firmen haben Spionagesoftware nach Israel verkauft?", ISRAEL_AS_HOME | {"nso-group"}),
        ("Which cases involve spyware sold to Italy?", ITALY_AS_HOME),
        ("Which companies sold surveillance tech to Italy?", ITALY_AS_HOME | {"rcs-lab"}),
        ("Which cases involve spyware used in Italy?", ITALY_AS_HOME),
    ],
)
def test_a_sold_to_list_never_names_a_case_for_its_vendors_home(service, question, never) -> None:
    assert not listed(service, question) & never


def test_where_the_gear_went_is_still_listed(service) -> None:
    # Paragon's Graphite was used by Italian intelligence; Hermit hit phones in Italy (RCS Lab's home:
    # used there, not "sold to" Italy by an Italian firm).
    assert {"case-paragon-italy", "paragon-solutions"} <= listed(
        service, "Which companies sold spyware to Italy?"
    )
    assert {"case-paragon-italy", "case-hermit-2022"} <= listed(
        service, "Which cases involve spyware used in Italy?"
    )
    # Candiru's victims were in Israel: its spyware was used there, though it is Israeli.
    assert "case-candiru-victims-2021" in listed(
        service, "Which cases involve spyware used against people in Israel?"
    )
    assert {"case-pegasus-mexico-2017", "case-pegasus-project-2021"} <= listed(
        service, "Which cases involve spyware sold to Mexico?"
    )


def test_a_case_that_involves_a_country_any_way_still_answers_what_involves_it(service) -> None:
    # Not a sale: Area's Syria case involves Italy (an Italian firm, Milan prosecutors).
    assert "case-area-syria" in listed(service, "Which cases involve Italy?")


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
    report = check_directory(_case_with(tmp_path, "destinations: [Egypt]", folder="vendors"))
    assert any("only for cases" in p.message for p in report.problems)


def test_an_empty_destinations_is_an_answer_and_a_blank_one_is_not_reviewed(tmp_path) -> None:
    report = check_directory(_case_with(tmp_path, "destinations: []"))
    assert report.ok and next(e for e in report.entries if e.kind == "case").destinations == []
    report = check_directory(_case_with(tmp_path / "blank", "destinations:"))
    assert report.ok and next(e for e in report.entries if e.kind == "case").destinations is None


def test_an_entry_dumped_and_read_back_is_still_valid(tmp_path, shipped) -> None:
    # Tools and tests write entries back from the model: a vendor's unset field must not break them.
    vendor = next(e for e in shipped.entries if e.kind == "vendor")
    meta = vendor.model_dump(exclude={"body", "path"})
    assert meta["destinations"] is None
    assert Entry(**meta).destinations is None

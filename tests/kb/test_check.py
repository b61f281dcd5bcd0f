"""`kb check`: one broken fixture per kind of problem, each reported as exact path:line: message."""

from __future__ import annotations

import pytest

from tests.kb.conftest import FIXTURES, KNOWLEDGE

R = "rules/test-rule.md"
CASES = {
    "yaml-syntax": [(R, 6, "YAML syntax error: did not find expected ',' or ']'")],
    "schema": [(R, 8, "status: Input should be 'established', 'alleged' or 'contested'")],
    "missing-field": [(R, 1, "missing required field 'summary'")],
    "duplicate-id": [
        ("drafts/acme-vision.md", 2, "duplicate id 'acme-vision' (also in {d}/vendors/acme-vision.md)")
    ],
    "duplicate-alias": [
        (
            "cases/case-acme-ruritania.md",
            7,
            "alias 'acmecam' is also claimed by 'acme-vision' ({d}/vendors/acme-vision.md)",
        )
    ],
    "alias-equals-title": [
        (R, 6, "alias 'acme vision' is also claimed by 'acme-vision' ({d}/vendors/acme-vision.md)")
    ],
    "related-missing": [(R, 13, "related id 'no-such-entry' does not exist")],
    "no-sources": [(R, 13, "no sources: every entry needs at least one")],
    "summary-too-long": [(R, 6, "summary is 325 characters (at most 300)")],
    "title-too-long": [(R, 4, "title is 264 characters (at most 256)")],
    "description-too-long": [
        (
            R,
            1,
            "rendered entry is 4572 characters, over Discord's 4096-character embed "
            "limit; shorten the summary, bullets or sources",
        )
    ],
    "kind-mismatch": [(R, 3, "kind 'vendor' does not match its folder (expected 'rule')")],
    "id-mismatch": [(R, 2, "id 'test-rule-2' does not match the file name 'test-rule.md'")],
    "bad-date": [(R, 16, "sources.0.date: date 'Sept 2021' must be YYYY, YYYY-MM or YYYY-MM-DD")],
    "bad-url": [
        (
            "vendors/acme-vision.md",
            19,
            "sources.0.url: url 'example.org/acme' must start with http:// or https://",
        )
    ],
    "no-front-matter": [(R, 1, "no YAML front matter: the file must start with a --- block")],
    "unclosed-front-matter": [
        (R, 1, "front matter is not closed: add a line with only --- after the fields")
    ],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_broken_fixture_reports_exact_lines(cli, name: str) -> None:
    directory = FIXTURES / name
    code, out, err = cli("kb", "check", "--dir", str(directory))
    expected = [
        f"{directory}/{path}:{line}: {message.format(d=directory)}" for path, line, message in CASES[name]
    ]
    assert out.splitlines() == expected
    assert code == 1
    assert "problem(s) found" in err


def test_valid_fixture_prints_counts_per_kind(cli) -> None:
    code, out, _ = cli("kb", "check", "--dir", str(FIXTURES / "valid"))
    assert code == 0
    assert out.splitlines()[1:] == ["rule: 1", "vendor: 1", "case: 1", "draft: 0"]


def test_every_fixture_kind_is_covered() -> None:
    """A new fixture directory without an expectation here would silently test nothing."""
    dirs = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert dirs == set(CASES) | {"valid"}


def test_drafts_are_checked_but_not_served(tmp_path) -> None:
    from bot.kb.check import check_directory

    drafts = tmp_path / "drafts"
    drafts.mkdir()
    text = (FIXTURES / "valid" / "vendors" / "acme-vision.md").read_text()
    draft = text.replace("id: acme-vision", "id: acme-draft").replace(
        "title: Acme Vision", "title: Acme Draft"
    )
    draft = draft.replace("  - Acme\n  - AcmeCam\n", "")
    (drafts / "acme-draft.md").write_text(draft)
    report = check_directory(FIXTURES / "valid", drafts)
    assert report.ok, report.problems
    assert [e.id for e in report.drafts] == ["acme-draft"]
    assert "acme-draft" not in {e.id for e in report.entries}


def test_shipped_knowledge_passes(cli) -> None:
    code, out, _ = cli("kb", "check", "--dir", str(KNOWLEDGE))
    assert code == 0, out

"""`kb check`: one broken fixture per kind of problem, each reported as exact path:line: message."""

from __future__ import annotations

import re

import pytest

from tests.kb.conftest import FIXTURES, KNOWLEDGE

R = "rules/test-rule.md"
V = "vendors/acme-vision.md"
C = "cases/case-acme-ruritania.md"
RESPONSES = (
    "no '## Responses' section: every {who} needs one; if none is recorded write "
    "'- No response from the company is recorded in the sources.'"
)
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
            "rendered entry is 4617 characters in 'de', over Discord's 4096-character embed "
            "limit; shorten the summary, bullets or sources",
        )
    ],
    # Exactly 4096 characters in English, longer with other languages' headings (Italian the longest
    # since the card's review date moved to the footer): measured in English only it
    # passed, and then the German console could not load the knowledge at all (attack7).
    "description-too-long-translated": [
        (
            R,
            1,
            "rendered entry is 4110 characters in 'it', over Discord's 4096-character embed "
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
    # Sourcing rules (issue 14): the registry, title vs label, honest dates, Responses, editorial notes.
    "url-off-domain": [
        (
            V,
            19,
            "sources.0.url: news.example.net is not a domain of 'Test Publisher' (example.org); "
            "link only the publisher's own page, or drop the url",
        )
    ],
    "denied-domain": [
        (
            V,
            19,
            "sources.0.url: www.allgov.com is on the deny list (aggregator); "
            "cite the original publisher without this URL",
        )
    ],
    "denied-publisher": [
        (
            C,
            15,
            "sources.0.publisher: 'AllGov' is on the deny list (aggregator); "
            "name the original publisher instead",
        )
    ],
    "bad-registry": [
        (
            "publishers.yaml",
            2,
            "publisher 'Test Publisher' needs 'domains:' as a list, e.g. [example.org] or []",
        )
    ],
    "title-and-label": [
        (
            R,
            16,
            "sources.0.label: a source has a title (its real headline) or a label (a description), not both",
        )
    ],
    "no-title-or-label": [(R, 14, "sources.0: needs a title (the real headline) or a label (a description)")],
    "no-date": [(R, 14, "sources.0: needs a date (YYYY, YYYY-MM or YYYY-MM-DD) or undated: true")],
    "undated-with-date": [
        (R, 17, "sources.0.undated: an undated source has no date: remove the date or undated: true")
    ],
    "circa-undated": [(R, 17, "sources.0.circa: circa: true needs a date (the year the brief says 'about')")],
    "case-no-responses": [(C, 20, RESPONSES.format(who="case"))],
    "vendor-no-responses": [(V, 22, RESPONSES.format(who="vendor with status 'alleged'"))],
    "editorial-note": [
        (
            C,
            25,
            "body talks about our research files ('The brief'): members must not see editorial notes; "
            "move it to editor_notes",
        )
    ],
}
# Fixtures that pass with warnings only: printed, exit 0 (exit 1 with --strict).
WARNINGS = {
    "unknown-publisher": [
        (
            R,
            14,
            "warning: sources.0.publisher: 'Ruritanian Gazette' is not in publishers.yaml; "
            "add it with its own domains",
        )
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
    assert re.search(r"\d+ problems? found", err)


@pytest.mark.parametrize("name", sorted(WARNINGS))
def test_warning_fixture_passes_but_strict_fails(cli, name: str) -> None:
    directory = FIXTURES / name
    expected = [f"{directory}/{path}:{line}: {message}" for path, line, message in WARNINGS[name]]
    code, out, err = cli("kb", "check", "--dir", str(directory))
    assert out.splitlines()[: len(expected)] == expected
    assert out.splitlines()[len(expected)] == f"knowledge OK: {directory}"
    assert code == 0 and re.search(r"\d+ warnings?$", err.strip())
    code, out, err = cli("kb", "check", "--strict", "--dir", str(directory))
    assert code == 1 and out.splitlines() == expected and "--strict" in err


def test_missing_registry_is_a_warning(cli, tmp_path) -> None:
    """Without publishers.yaml nothing can be held to its domains: say so rather than pass silently."""
    import shutil

    shutil.copytree(FIXTURES / "valid", tmp_path / "kb")
    (tmp_path / "kb" / "publishers.yaml").unlink()
    code, out, _ = cli("kb", "check", "--dir", str(tmp_path / "kb"))
    assert code == 0
    assert out.splitlines()[0] == (
        f"{tmp_path / 'kb'}/publishers.yaml:1: warning: no publishers registry: "
        "source publishers and URLs are not checked"
    )


def test_sourcing_rules_in_drafts_are_warnings(tmp_path) -> None:
    """A tip's draft (not served) citing a denied site must not block serving the checked knowledge."""
    from bot.kb.check import check_directory

    drafts = tmp_path / "drafts"
    drafts.mkdir()
    text = (FIXTURES / "denied-domain" / "vendors" / "acme-vision.md").read_text()
    draft = text.replace("id: acme-vision", "id: acme-draft").replace(
        "title: Acme Vision", "title: Acme Draft"
    )
    (drafts / "acme-draft.md").write_text(draft.replace("  - Acme\n  - AcmeCam\n", ""))
    report = check_directory(FIXTURES / "valid", drafts)
    assert report.ok, report.problems
    assert [str(w).split(": ", 1)[1] for w in report.warnings] == [
        "warning: sources.0.url: www.allgov.com is on the deny list (aggregator); "
        "cite the original publisher without this URL"
    ]


def test_agreed_no_response_sentence_is_not_an_editorial_note() -> None:
    from bot.kb.sourcing import EDITORIAL

    assert not EDITORIAL.search("- No response from the company is recorded in the sources.")
    for note in (
        "The brief's sources do not quote it.",
        "This is not stated in the sources.",
        "Our sources do not say.",
        "See the research files.",
    ):
        assert EDITORIAL.search(note), note


def test_valid_fixture_prints_counts_per_kind(cli) -> None:
    code, out, _ = cli("kb", "check", "--dir", str(FIXTURES / "valid"))
    assert code == 0
    assert out.splitlines()[1:] == ["rule: 1", "vendor: 1", "case: 1", "draft: 0"]


def test_every_fixture_kind_is_covered() -> None:
    """A new fixture directory without an expectation here would silently test nothing."""
    dirs = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert dirs == set(CASES) | set(WARNINGS) | {"valid"}


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


def test_shipped_knowledge_passes_strictly(cli) -> None:
    """No errors and no warnings: every publisher the shipped knowledge cites is in the registry."""
    code, out, _ = cli("kb", "check", "--strict", "--dir", str(KNOWLEDGE))
    assert code == 0, out

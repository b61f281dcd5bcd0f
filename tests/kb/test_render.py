"""Rendering and the entry JSON shape."""

from __future__ import annotations

from bot.kb.check import CheckReport, check_directory
from bot.kb.model import DESCRIPTION_MAX, Entry, Source
from bot.kb.render import entry_description, entry_text, key_facts
from tests.kb.conftest import FIXTURES


def make(**overrides: object) -> Entry:
    base: dict[str, object] = {
        "id": "x",
        "kind": "vendor",
        "title": "X",
        "summary": "Sum.",
        "status": "alleged",
        "sources": [Source(publisher="Pub", title="T [draft]", date="2020", url="https://e.org/a_(b)")],
        "last_reviewed": "2026-01-01",
        "body": "## Key facts\n- One **bold** fact.\n- Two.\n\n## Responses\n- R.",
    }
    base.update(overrides)
    return Entry(**base)  # type: ignore[arg-type]


def test_description_has_summary_facts_status_sources_and_valid_links() -> None:
    text = entry_description(make())
    assert text.startswith("Sum.")
    assert "• One **bold** fact." in text
    assert "**Responses**\n• R." in text  # an allegation never reaches a member without its response
    assert "Alleged" in text
    assert "[T (draft)](https://e.org/a_(b%29) (Pub, 2020)" in text
    assert "Last reviewed 2026-01-01" in text


def test_source_without_url_is_plain_text() -> None:
    entry = make(sources=[Source(publisher="Pub", title="T", date="2020-05")])
    assert "Pub, T, 2020-05" in entry_description(entry)
    assert 'Pub, "T", 2020-05' in entry_text(entry)


def test_long_fact_is_cut_without_breaking_markdown() -> None:
    fact = "word " * 50 + "**bold tail that goes on " + "and on " * 20 + "**"
    facts = key_facts(f"## Key facts\n- {fact}\n")
    assert facts[0].endswith("…")
    assert facts[0].count("**") % 2 == 0


def test_to_json_has_exact_entry_shape(tiny: CheckReport) -> None:
    entry = next(e for e in tiny.entries if e.id == "acme-vision")
    payload = entry.to_json()
    assert list(payload) == [
        "id",
        "kind",
        "title",
        "aliases",
        "summary",
        "body",
        "status",
        "countries",
        "technologies",
        "years",
        "last_reviewed",
        "sources",
    ]
    assert payload["sources"] == [
        {
            "publisher": "Test Publisher",
            "title": "Acme report",
            "date": "2019-05-01",
            "url": "https://example.org/acme",
        }
    ]


def test_every_shipped_entry_fits_discord(shipped: CheckReport) -> None:
    for entry in shipped.entries:
        assert len(entry_description(entry)) <= DESCRIPTION_MAX, entry.id
        assert entry.title in entry_text(entry)


def test_unquoted_yaml_dates_are_accepted(tmp_path) -> None:
    root = tmp_path / "kb"
    (root / "rules").mkdir(parents=True)
    text = (FIXTURES / "valid" / "rules" / "test-rule.md").read_text()
    (root / "rules" / "test-rule.md").write_text(
        text.replace('date: "2021-09"', "date: 2021-09-01").replace(
            'last_reviewed: "2026-11-26"', "last_reviewed: 2026"
        )
    )
    report = check_directory(root)
    assert report.ok, report.problems
    assert report.entries[0].sources[0].date == "2021-09-01"

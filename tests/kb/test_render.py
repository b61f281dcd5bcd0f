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
    assert '"[T (draft)](https://e.org/a_(b%29)" (Pub, 2020)' in text
    assert "Last reviewed" not in text  # the card's footer gives the date, once (member14)


def test_source_without_url_is_plain_text() -> None:
    entry = make(sources=[Source(publisher="Pub", title="T", date="2020-05")])
    assert 'Pub, "T", 2020-05' in entry_description(entry)
    assert 'Pub, "T", 2020-05' in entry_text(entry)


def test_label_is_bracketed_never_quoted_like_a_title() -> None:
    """A description we wrote must not read as the piece's headline, on the card or in the terminal."""
    linked = Source(publisher="Amnesty", label="Report on X", date="2023-10", url="https://amnesty.org/x")
    plain = Source(publisher="Amnesty", label="Report on Y", date="2023")
    text = entry_description(make(sources=[linked, plain]))
    assert "\\[[Report on X](https://amnesty.org/x)\\] (Amnesty, 2023-10)" in text
    assert "Amnesty, \\[Report on Y\\], 2023" in text
    assert '"Report on' not in text and '"[Report on' not in text
    terminal = entry_text(make(sources=[linked, plain]))
    assert "Amnesty, [Report on X], 2023-10 <https://amnesty.org/x>" in terminal
    assert '"Report on' not in terminal


def test_dates_are_never_firmer_than_the_brief() -> None:
    about = Source(publisher="Access Now", title="T", date="2018", circa=True)
    never = Source(publisher="Wikipedia", title="U", undated=True)
    for text in (entry_description(make(sources=[about, never])), entry_text(make(sources=[about, never]))):
        assert '"T", c. 2018' in text
        assert '"U", undated' in text


def test_editor_notes_never_reach_members() -> None:
    entry = make(editor_notes="The brief does not say which product was sold.")
    assert "brief" not in entry_description(entry)
    assert "brief" not in entry_text(entry)
    assert "editor_notes" not in entry.to_json() and "brief" not in str(entry.to_json())


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
            "label": None,
            "date": "2019-05-01",
            "circa": False,
            "undated": False,
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

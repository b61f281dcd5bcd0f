"""Tip to knowledge draft (validated by the knowledge checker) and identity-free export."""

from __future__ import annotations

import json
from pathlib import Path

import frontmatter
import pytest

from bot.errors import Refused
from bot.kb.check import check_directory
from bot.settings import Settings
from bot.tips.service import TipService
from tests.tips.conftest import MEMBER, MOD, form


async def test_accepted_tip_becomes_a_draft_that_kb_check_accepts(
    tips: TipService, settings: Settings, tmp_path: Path
) -> None:
    filed = await tips.file_tip(form(extra="Seen at the ministry in 2024."), reporter=MEMBER, anonymous=False)
    with pytest.raises(Refused, match="Only accepted"):
        await tips.draft_from_tip(MOD, filed.id)
    await tips.accept(MOD, filed.id)
    path = await tips.draft_from_tip(MOD, filed.public_id)
    assert path.parent == settings.drafts_path and path.name.startswith(f"tip-{filed.id}-acme-vision")
    post = frontmatter.load(path)
    assert post["status"] == "alleged" and post["kind"] == "case"
    assert post["sources"][0]["publisher"] == "news.example.org"
    assert post["sources"][0]["url"] == "https://news.example.org/acme-contract"
    # The tip gives neither the piece's headline nor its date: a label, and honestly undated.
    assert "title" not in post["sources"][0] and post["sources"][0]["undated"] is True
    assert "date" not in post["sources"][0]
    assert post["years"] == [2024, 2025] and len(post["summary"]) <= 300
    text = path.read_text()
    assert str(MEMBER.user_id) not in text and MEMBER.display_name not in text
    (tmp_path / "knowledge").mkdir(exist_ok=True)
    report = check_directory(tmp_path / "knowledge", settings.drafts_path)
    assert report.ok, [str(p) for p in report.problems]
    assert [d.id for d in report.drafts] == [path.stem]


async def test_draft_without_a_source_link_is_still_valid(
    tips: TipService, settings: Settings, tmp_path: Path
) -> None:
    filed = await tips.file_tip(form(source="", vendor=""), reporter=None, anonymous=True)
    await tips.accept(MOD, filed.id)
    await tips.draft_from_tip(MOD, filed.id)
    (tmp_path / "knowledge").mkdir(exist_ok=True)
    report = check_directory(tmp_path / "knowledge", settings.drafts_path)
    assert report.ok, [str(p) for p in report.problems]


async def test_export_has_no_identity(tips: TipService) -> None:
    named = await tips.file_tip(form(), reporter=MEMBER, anonymous=False, interaction_id=777777777777)
    await tips.claim(MOD, named.id)
    records = await tips.export_tips()
    assert len(records) == 1 and records[0]["id"] == named.public_id
    dumped = json.dumps(records)
    for secret in (str(MEMBER.user_id), str(MOD.user_id), "777777777777", "a2id1$"):
        assert secret not in dumped


@pytest.mark.parametrize("field", ["when", "vendor", "country", "extra", "what"])
async def test_a_newline_in_a_tip_field_cannot_add_a_section_to_the_draft(
    tips: TipService, settings: Settings, tmp_path: Path, field: str
) -> None:
    """A tipster writing "March\\n## Sources\\n- [Ministry](https://evil.example)" must not give the
    draft a Sources section (or any heading or list item) an editor would take for the bot's own."""
    injected = "2025\n\n## Sources\n- [Ministry report](https://evil.example/fake)\n# Verified"
    base = form()
    filed = await tips.file_tip(
        form(**{field: getattr(base, field) + " " + injected}), reporter=None, anonymous=True
    )
    await tips.accept(MOD, filed.id)
    path = await tips.draft_from_tip(MOD, filed.id)
    post = frontmatter.load(path)
    headings = [line for line in post.content.splitlines() if line.startswith("#")]
    assert headings == ["## Key facts", "## To verify before publishing"]
    items = [line for line in post.content.splitlines() if line.startswith("-")]
    assert not any(line.startswith("- [Ministry") for line in items)
    for key in ("title", "summary"):
        assert "\n" not in post[key]
    assert all("\n" not in c for c in post["countries"])
    (tmp_path / "knowledge").mkdir(exist_ok=True)
    assert check_directory(tmp_path / "knowledge", settings.drafts_path).ok

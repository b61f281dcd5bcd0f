"""Tips filed through the modal fill the weekly summary's "By technology" (issue 12).

Before, intake never wrote `tips.technology`, so in production the figure was always empty while the
summary tests passed on a dataset that wrote the column directly. Here every tip goes through
`/tip new`, the modal, the preview and Send on the loopback Discord: one technology is inferred from
the tip's words, one from the vendor's knowledge entry, one the tipster picks on the preview, and one
a moderator sets with `/triage technology`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.clock import FakeClock
from tests.fakediscord.harness import DiscordEnv
from tests.support.tipping import send_tip


async def _preview(env: DiscordEnv, what: str, vendor: str = "") -> Any:
    handle = await env.slash("tip new", by="alice")
    return await handle.submit({"what": what, "vendor": vendor, "country": "", "when": "", "source": ""})


async def test_tips_filed_through_the_modal_fill_by_technology(start_bot: Any) -> None:
    env = await start_bot(tip_cooldown_seconds=0)
    # A Wednesday: on the system clock the four tips could be filed on a Sunday night and the week
    # read after midnight, a summary of the next (empty) week.
    env.app.clock = FakeClock(datetime(2026, 12, 2, 12, 0, tzinfo=UTC))

    # The tip's own words name the technology: the preview says it was inferred, and how to change it.
    preview = await _preview(env, "Spyware was installed on the phones of three journalists in the capital.")
    shown = await preview.reply()
    assert "spyware (inferred from the knowledge base; wrong? pick another below)" in shown.text()
    spyware = (await send_tip(preview)).public_id

    # Only the vendor says it: Hikvision's knowledge entry is tagged video surveillance.
    preview = await _preview(env, "New units were installed at every junction of the old town.", "Hikvision")
    assert "video surveillance (inferred" in (await preview.reply()).text()
    await send_tip(preview)

    # The tipster corrects the inference on the preview before sending.
    preview = await _preview(env, "Cameras at the stadium gates now match faces against a watch list.")
    assert "video surveillance (inferred" in (await preview.reply()).text()
    picked = await preview.click("tipnew:tech", values=["facial recognition"])
    assert "facial recognition (chosen by the tipster)" in (await picked.reply()).text()
    chosen = (await send_tip(picked)).public_id

    # Nothing to infer from: a moderator names it with /triage technology.
    preview = await _preview(env, "A shipment of equipment reached the ministry's basement in crates.")
    assert "Not recognised" in (await preview.reply()).text()
    unnamed = (await send_tip(preview)).public_id
    said = await (
        await env.slash("triage technology", by="mo", id=unnamed, technology="interception")
    ).reply()
    assert said.text() == f"{unnamed}: technology is now interception."

    # Members cannot, and a made-up technology is a polite one-line error.
    refused = await (
        await env.slash("triage technology", by="alice", id=spyware, technology="spyware")
    ).reply()
    assert "moderator" in refused.text().lower() and "Traceback" not in refused.text()

    stored = {t["id"]: t["technology"] for t in await env.app.tips.export_tips()}
    assert stored[chosen] == "facial recognition" and stored[unnamed] == "interception"

    summary = await (await env.slash("summary", by="cora", week="2026-W49")).reply()
    technologies = next(f["value"] for f in summary.embed["fields"] if f["name"] == "Technologies")
    for line in (
        "spyware: **1**",
        "video surveillance: **1**",
        "facial recognition: **1**",
        "interception: **1**",
    ):
        assert line in technologies
    markdown = summary.attachments["summary-2026-W49.md"].decode()
    by_technology = markdown.split("### By technology", 1)[1].split("###", 1)[0]
    assert "| spyware | 1 |" in by_technology and "(not given)" not in by_technology

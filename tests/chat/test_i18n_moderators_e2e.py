"""The moderators' and coordinators' side in their languages, through the loopback Discord.

The review channel and the weekly post are the team's: with TEAM_LANGUAGE=de they are German
whoever's Discord speaks what, and so are the forms a card's buttons open (they continue the card).
A moderator's own /triage replies follow their Discord language, and so do refusals and outage
messages. Everything stays within Discord's limits (the fake also refuses what Discord refuses).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.i18n_catalogs import limit_problem
from bot.store.engine import outages_translated
from bot.text import visible
from bot.tips.triage import TriageActions
from tests.chat.test_discord_paths_e2e import ANOTHER, WHAT, card_of
from tests.chat.test_summary_e2e import POSTED_AT, jobs_of, ready_env
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import InteractionHandle
from tests.fakediscord.rules import EMBED_TOTAL_MAX, embed_length
from tests.summary.dataset import WEEK
from tests.support.tipping import file_tip

MODAL_SUBMIT = 5
GERMAN_BUTTONS = {"Übernehmen", "Hinweisgeber fragen", "Annehmen", "Ablehnen", "Duplikat von…", "Notiz"}
ENGLISH_BUTTONS = {"Claim", "Ask the tipster", "Accept", "Reject", "Duplicate of…", "Note"}


def embed_problems(embed: dict[str, Any]) -> list[str]:
    """Every part of an embed against Discord's limits, and the 6000 total."""
    problems = [p for p in [limit_problem("embed title", embed.get("title", "x"))] if p]
    problems += [p for p in [limit_problem("embed description", embed.get("description") or "x")] if p]
    for field in embed.get("fields", []):
        problems += [p for p in [limit_problem("embed field name", field["name"])] if p]
        problems += [p for p in [limit_problem("embed field", field["value"])] if p]
    if "footer" in embed:
        problems += [p for p in [limit_problem("embed footer", embed["footer"]["text"])] if p]
    if embed_length(embed) > EMBED_TOTAL_MAX:
        problems.append(f"total {embed_length(embed)}")
    return problems


def form_parts(modal: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    inputs = [c for row in modal["components"] for c in row["components"]]
    return modal["title"], inputs


def check_form(modal: dict[str, Any]) -> None:
    title, inputs = form_parts(modal)
    assert limit_problem("modal title", title) is None, title
    for item in inputs:
        assert limit_problem("modal label", item["label"]) is None, item["label"]
        if item.get("placeholder"):
            assert limit_problem("placeholder", item["placeholder"]) is None, item["placeholder"]


async def press(
    env: DiscordEnv, card: Any, label: str, *, by: str = "mo", locale: str = "fr"
) -> InteractionHandle:
    return await env.fake.component(
        card.button(label)["custom_id"], message=card.raw, by=by, channel="review", locale=locale
    )


async def submit(
    env: DiscordEnv, opened: InteractionHandle, text: str, *, locale: str = "fr"
) -> InteractionHandle:
    """Submit the form a card button opened, as a moderator whose Discord speaks `locale`."""
    modal = await opened.modal()
    data = {
        "custom_id": modal["custom_id"],
        "components": [{"type": 1, "components": [{"type": 4, "custom_id": "text", "value": text}]}],
    }
    return await env.fake.interact(
        MODAL_SUBMIT, data, by="mo", dm=False, channel="review", message=opened.original, locale=locale
    )


def fields_of(embed: dict[str, Any]) -> dict[str, str]:
    return {f["name"]: f["value"] for f in embed.get("fields", [])}


async def test_the_card_its_buttons_forms_and_notices_speak_the_team_language(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, team_language="de")
    first = (await file_tip(env, {"what": WHAT})).public_id
    second = (await file_tip(env, {"what": ANOTHER})).public_id

    card = await card_of(env, second)
    assert {b["label"] for b in card.buttons()} == GERMAN_BUTTONS
    assert all(limit_problem("button", b["label"]) is None for b in card.buttons())
    fields = fields_of(card.embed)
    assert fields["Hinweisgeber"].startswith("Anonym (Antwort nur über die Quittung")
    assert "Tipster" not in fields and embed_problems(card.embed) == []
    assert "Technologie" in fields and "Technology" not in fields  # the tip's own fields' labels too

    # A French-speaking moderator presses Notiz: the form continues the German card.
    note = await press(env, card, "Notiz")
    modal = await note.modal()
    check_form(modal)
    title, inputs = form_parts(modal)
    assert title == f"Notiz — {second}"
    assert inputs[0]["label"] == "Notiz (nur Moderation)"
    assert inputs[0]["placeholder"] == "Was du geprüft oder gefunden hast"
    noted = await (await submit(env, note, "Beschaffungsregister geprüft.")).reply()
    assert noted.id == card.id and {b["label"] for b in noted.buttons()} == GERMAN_BUTTONS
    assert "Hinweisgeber" in fields_of(noted.embed)  # refreshed by a French speaker, still German

    dup = await press(env, card, "Duplikat von…")
    modal = await dup.modal()
    check_form(modal)
    title, inputs = form_parts(modal)
    assert title == f"Duplikat von… — {second}" and inputs[0]["label"] == "Duplikat welches Hinweises?"
    marked = await (await submit(env, dup, first)).reply()
    marked_fields = fields_of(marked.embed)
    assert "Begründung" in marked_fields and "Reason" not in marked_fields
    assert {b["label"] for b in marked.buttons()} == {"Notiz"}  # closed: only a note is left
    assert embed_problems(marked.embed) == []

    # The tipster answers a question: the notice in the review channel is German too.
    first_card = await card_of(env, first)
    ask = await press(env, first_card, "Hinweisgeber fragen")
    modal = await ask.modal()
    check_form(modal)
    assert form_parts(modal)[1][0]["placeholder"] == "Die Person liest sie mit ihrer Quittung; keine Namen."
    asked = await (await submit(env, ask, "Welche Stadt?")).reply()
    assert asked.embed["footer"]["text"] == "Wartet auf die Antwort des Hinweisgebers"
    assert embed_problems(asked.embed) == []


async def test_the_answered_notice_is_in_the_team_language(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, team_language="de")
    tip = await file_tip(env, {"what": WHAT})
    public_id, receipt = tip.public_id, tip.receipt
    card = await card_of(env, public_id)
    ask = await press(env, card, "Hinweisgeber fragen", locale="en-US")
    await (await submit(env, ask, "Welche Stadt?", locale="en-US")).reply()
    await (await env.slash("tip reply", by="alice", receipt=receipt, text="Berlin.")).reply()
    notice = await env.fake.wait_for_message("review", lambda r: "hat geantwortet" in r.text())
    assert notice.text().startswith(f"{public_id}: Der Hinweisgeber hat geantwortet.")
    assert f"/triage show {public_id}" in notice.text() and limit_problem(None, notice.content) is None


async def test_a_moderators_triage_replies_follow_their_discord_while_the_card_stays_german(
    start_bot: Any,
) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, team_language="de")
    public_id = (await file_tip(env, {"what": WHAT})).public_id
    card = await card_of(env, public_id)

    noted = await (
        await env.slash("triage note", by="mo", locale="fr", id=public_id, text="Vérifié.")
    ).reply()
    assert noted.ephemeral and noted.text() == f"Note ajoutée à {public_id}."
    claimed = await (
        await env.slash("triage set", by="mo", locale="fr", id=public_id, status="claimed")
    ).reply()
    assert claimed.text() == f"{public_id} a maintenant le statut « pris en charge »."
    queue = await (await env.slash("triage queue", by="mo", locale="fr")).reply()
    assert f"{public_id}** · pris en charge ·" in queue.text()
    again = await (
        await env.slash("triage set", by="mo", locale="fr", id=public_id, status="claimed")
    ).reply()
    assert visible(again.text()) == f"{public_id} a déjà été pris en charge par un autre modérateur."
    rejected = await (
        await env.slash(
            "triage set", by="mo", locale="fr", id=public_id, status="rejected", reason="Hors sujet"
        )
    ).reply()
    assert rejected.text() == f"{public_id} a maintenant le statut « rejeté »."

    # The core queued the card's re-render: the review channel gets it in German, not French.
    refreshed = await env.fake.wait_for_message(
        "review", lambda r: r.id == card.id and "Begründung" in fields_of(r.embed) if r.embeds else False
    )
    assert "Motif" not in fields_of(refreshed.embed) and embed_problems(refreshed.embed) == []
    shown = await (await env.slash("triage show", by="mo", locale="fr", id=public_id)).reply()
    assert shown.text().startswith("Historique :") and shown.ephemeral
    assert "Conversation :" not in shown.text()  # no question was asked


async def test_refusals_and_outages_follow_the_members_language(start_bot: Any, monkeypatch: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, team_language="de")
    public_id = (await file_tip(env, {"what": WHAT})).public_id
    card = await card_of(env, public_id)

    # A member who is no moderator presses Annehmen on a card (say it was forwarded): refused in Spanish.
    refused = await (await press(env, card, "Annehmen", by="alice", locale="es-ES")).reply()
    assert refused.ephemeral
    assert refused.text() == "Solo los moderadores o roles superiores pueden clasificar avisos."
    queue = await (await env.slash("triage queue", by="alice", locale="it")).reply()
    assert queue.text() == "Solo i moderatori e i ruoli superiori possono vedere la coda delle segnalazioni."
    summary = await (await env.slash("summary", by="mo", locale="de")).reply()
    assert summary.text() == "Nur Koordinatoren und höhere Rollen können die Wochenübersicht sehen."

    @contextlib.asynccontextmanager
    async def refused_connection(self: Any) -> AsyncIterator[Any]:
        async with outages_translated():  # what the store does with a driver's refusal
            raise ConnectionRefusedError(111, "Connect call failed")
        yield  # pragma: no cover

    monkeypatch.setattr(TriageActions, "_session", refused_connection)
    down = await (await env.slash("triage queue", by="mo", locale="fr")).reply()
    assert down.ephemeral and down.text() == (
        "La base de données est temporairement indisponible, donc rien n'a été enregistré. "
        "Veuillez réessayer dans une minute."
    )
    down_en = await (await env.slash("triage queue", by="mo")).reply()
    assert down_en.text().startswith("The database is temporarily unavailable")
    assert "ref" not in down.text()


async def test_the_weekly_post_is_in_the_team_language_and_within_limits(start_bot: Any) -> None:
    env = await ready_env(start_bot, team_language="de")
    env.app.clock.set(POSTED_AT)
    await jobs_of(env).run_due()
    post = await env.fake.wait_for_message("summary", lambda r: bool(r.embeds))
    embed = post.embed
    assert embed["title"] == f"Wochenübersicht {WEEK}"
    assert embed_problems(embed) == []
    fields = fields_of(embed)
    assert set(fields) == {
        "Hinweise",
        "Rückstand",
        "Sichtung (Median)",
        "Nach Status",
        "Anbieter",
        "Länder",
        "Technologien",
        "Fragen",
        "Meistgenutzte Einträge",
        "Wissenslücken (unbeantwortet)",
        "Wissensbasis",
    }
    assert fields["Hinweise"] == "eröffnet **7**\ngeschlossen **4**"
    assert "erste Aktion 3,0 Std." in fields["Sichtung (Median)"]  # a German decimal comma
    assert "ähnlicher unbeantworteter Fragen" in fields["Wissenslücken (unbeantwortet)"]
    assert re.search(r"\*\*\d+\*\* offen am Ende der Woche", fields["Rückstand"])
    assert "Mo." in embed["description"] and "Anhang" in embed["description"]
    assert embed["footer"]["text"].startswith("Erstellt ")
    report = post.attachments[f"summary-{WEEK}.md"].decode()
    assert report.startswith(f"# Wochenübersicht {WEEK}") and "## Hinweise" in report
    assert "### Nach Status" in report and "Weekly" not in report and "Opened" not in report
    assert post.attachments[f"chart-{WEEK}.png"].startswith(b"\x89PNG")
    # A coordinator's own /summary follows their Discord: French, the same week.
    mine = await (await env.slash("summary", by="cora", locale="fr", week=WEEK)).reply()
    assert mine.ephemeral and mine.embed["title"] == f"Résumé hebdomadaire {WEEK}"
    assert embed_problems(mine.embed) == []


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "ar"])
def test_every_card_and_summary_string_fits_in_every_language(language: str) -> None:
    """The card's buttons and forms built in each language (Arabic included: the team language
    may be one Discord has no client locale for) fit Discord's limits."""
    from bot.chat.views.review import LABELS, TriageTextModal
    from bot.i18n import use_locale

    with use_locale(language):
        for label in LABELS.values():
            assert limit_problem("button", str(label)) is None
        for action in TriageTextModal.PROMPTS:
            modal = TriageTextModal(action, 9999)
            assert limit_problem("modal title", modal.title) is None, modal.title
            label, placeholder = (str(text) for text in TriageTextModal.PROMPTS[action][:2])
            assert limit_problem("modal label", label) is None, label
            assert limit_problem("placeholder", placeholder) is None, placeholder
            assert "TIP-9999" in modal.title
        assert str(LABELS["reject"]) != "Reject"  # translated, not the English fallback

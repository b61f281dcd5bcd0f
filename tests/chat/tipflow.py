"""The tip flow as one member sees it, through the loopback Discord, in whatever language the member's
interactions carry: every screen kept (the modal, the preview, the receipt, the status, the answer to
the moderators' question), for the language tests and for the transcript (scripts/tipflow_transcript.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.i18n import LANGUAGES, SOURCE_LANGUAGE
from bot.i18n_catalogs import read_catalog
from tests.fakediscord.harness import DiscordEnv
from tests.support.tipping import send_tip

WHAT = "A city-wide facial recognition contract was signed with the interior ministry in March."
VALUES = {
    "what": WHAT,
    "vendor": "Acme Vision",
    "country": "Examplestan",
    "when": "March 2025",
    "source": "https://news.example.org/acme",
}
QUESTION = "Which city was it?"
ANSWER = "The capital."


@dataclass
class Flow:
    """What the member was shown, screen by screen (raw Discord payloads)."""

    modal: dict[str, Any] = field(default_factory=dict)
    preview: Any = None  # Reply
    receipt: Any = None
    status: Any = None
    answered: Any = None
    public_id: str = ""
    receipt_words: str = ""


async def file_and_follow(
    env: DiscordEnv,
    *,
    by: str = "alice",
    locale: str = "en-US",
    moderator: str = "mo",
    reads: str | None = None,
) -> Flow:
    """/tip new -> modal -> preview -> Send anonymously -> receipt; a moderator asks; /tip status;
    /tip reply. Buttons are pressed by custom id, so nothing depends on the English labels. The
    receipt must speak `reads` (a /language choice), by default the language of the member's Discord."""
    flow = Flow()
    opened = await env.slash("tip new", by=by, locale=locale)
    flow.modal = await opened.modal()
    previewed = await opened.submit(VALUES)
    flow.preview = await previewed.reply()
    language = reads or locale.split("-")[0]
    filed = await send_tip(previewed, "tipnew:anon", message=flow.preview, reads=language)
    flow.receipt, flow.public_id, flow.receipt_words = filed.shown, filed.public_id, filed.receipt

    card = await env.fake.wait_for_message(
        "review", lambda r: bool(r.embeds) and flow.public_id in r.embed.get("title", "")
    )
    ask = await env.fake.component(
        card.button("Ask the tipster")["custom_id"], message=card.raw, by=moderator, channel="review"
    )
    # .reply(), not .response(): the form defers first (the acknowledgement is the claim), then asks.
    await (await ask.submit({"text": QUESTION}, by=moderator)).reply()

    flow.status = await (
        await env.slash("tip status", by=by, locale=locale, receipt=flow.receipt_words)
    ).reply()
    flow.answered = await (
        await env.slash("tip reply", by=by, locale=locale, receipt=flow.receipt_words, text=ANSWER)
    ).reply()
    return flow


# --- what a screen says, and the English it must not say ------------------------------------------
def modal_strings(modal: dict[str, Any]) -> list[tuple[str, str]]:
    """(Discord limit context, text) of a modal: its title, each input's label and placeholder."""
    found = [("modal title", modal["title"])]

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            if item.get("type") == 4:
                found.append(("modal label", item.get("label", "")))
                if item.get("placeholder"):
                    found.append(("placeholder", item["placeholder"]))
            walk(item.get("components") or [])
            if isinstance(item.get("component"), dict):
                inner = item["component"]
                if item.get("label"):
                    found.append(("modal label", item["label"]))
                if inner.get("placeholder"):
                    found.append(("placeholder", inner["placeholder"]))

    walk(modal.get("components") or [])
    return found


def message_strings(reply: Any) -> list[tuple[str | None, str]]:
    """(Discord limit context, text) of a message: content, embed parts, buttons, select options."""
    found: list[tuple[str | None, str]] = []
    if reply.content:
        found.append((None, reply.content))
    for embed in reply.embeds:
        if embed.get("title"):
            found.append(("embed title", embed["title"]))
        if embed.get("description"):
            found.append(("embed description", embed["description"]))
        for f in embed.get("fields") or []:
            found.append(("embed field name", f["name"]))
            found.append(("embed field", f["value"]))
        if (embed.get("footer") or {}).get("text"):
            found.append(("embed footer", embed["footer"]["text"]))

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            if item.get("type") == 2 and item.get("label"):
                found.append(("button", item["label"]))
            if item.get("type") == 3:
                found.append(("placeholder", item.get("placeholder", "")))
                found.extend(("select option", o["label"]) for o in item.get("options") or [])
            walk(item.get("components") or [])

    walk(reply.components)
    return found


_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# Words and names that read the same in the translation (placeholders, links, proper names...).
_SAME_IN_EVERY_LANGUAGE = 16


def english_fragments(language: str) -> list[str]:
    """Pieces of the English source strings that a screen in `language` must not contain: every
    literal run of at least 16 characters of each catalog string translated differently."""
    assert language in LANGUAGES and language != SOURCE_LANGUAGE
    pieces: set[str] = set()
    for message in read_catalog(language):
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        for msgid in ids:
            if msgid in strings:
                continue
            for piece in _PLACEHOLDER.split(msgid):
                piece = piece.strip(" .,;:()—-*`“”")
                if len(piece) >= _SAME_IN_EVERY_LANGUAGE and "http" not in piece:
                    pieces.add(piece)
    return sorted(pieces)


def english_in(text: str, language: str) -> list[str]:
    return [piece for piece in english_fragments(language) if piece in text]

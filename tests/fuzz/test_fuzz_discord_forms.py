"""Hostile text in the forms a button opens, through the loopback Discord: "Add anything else" and
Edit on a tip's preview, and the review card's Ask, Reject, Duplicate and Note forms.

test_fuzz_discord.py reaches only the form a command opens (/tip new); these open from a message,
and the bot answers them differently: the preview is edited in place, the review card is refreshed
(and Discord refuses a card whose embeds pass 6,000 characters, the bug a long reject reason once
hit). For each example every request must be one Discord accepts, the member or moderator must get
an answer, nothing may be logged at ERROR and no traceback shown. A test holds the targets to the
bot's modals, so a new form or review action cannot go unfuzzed.

Quick profile by default; `FUZZ_PROFILE=deep` runs FUZZ_EXAMPLES (default 1000) per form.
"""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import pytest
from hypothesis import given, reject, target
from hypothesis import strategies as st

import bot.chat
from bot.chat.errors import SafeModal
from bot.chat.views.review import TriageTextModal
from bot.chat.views.tips import ExtraModal, TipModal, wake_notices
from bot.tips.fields import BY_NAME, FORM, MORE, in_step
from bot.tips.intake import TipFormError
from bot.tips.model import TipForm
from bot.tips.technology import known_technologies
from tests.conftest import ErrorLogCapture
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import InteractionHandle
from tests.fakediscord.rules import embed_length
from tests.fuzz.profile import DEADLINE, FUZZ, Tally, on_this_loop
from tests.fuzz.strategies import FRAGMENT, at_limit, within
from tests.fuzz.test_fuzz_discord import Checkpoint, text_inputs

WHAT = "A facial recognition contract was signed in March with the interior ministry."
REPLY_WITHIN = 10.0
PREVIEW_BUTTONS = {"tipnew:extra": ExtraModal, "tipnew:edit": TipModal}  # how each modal is reached
REVIEW_ACTIONS = ("ask", "reject", "dup", "note")  # the card's buttons that open TriageTextModal
LINKS = ["", "https://example.org/report?a=1&b=_x_", "https://news.example.org/" + "_*" * 237]
REACHED = {*PREVIEW_BUTTONS.values(), TriageTextModal}  # TipModal also opens from /tip new

Filler = Callable[[dict[str, Any]], dict[str, str]]
Form = Callable[[DiscordEnv, TipForm, Filler], Awaitable[int]]


def every_modal() -> set[type]:
    """Every modal class the Discord face defines (all of bot/chat imported first)."""
    for module in pkgutil.walk_packages(bot.chat.__path__, "bot.chat."):
        importlib.import_module(module.name)
    found, todo = set(), [SafeModal]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.add(sub)
            todo.append(sub)
    return {cls for cls in found if cls.__module__.startswith("bot.")}  # not the tests' own forms


def test_every_form_the_bot_can_open_is_fuzzed() -> None:
    assert every_modal() <= REACHED, f"fuzz these forms too: {every_modal() - REACHED}"
    assert set(TriageTextModal.PROMPTS) == set(REVIEW_ACTIONS)


def hostile_values(data: st.DataObject, modal: dict[str, Any]) -> dict[str, str]:
    """Hostile text for every text input, within what Discord lets a member type into it."""
    values = {}
    for item in text_inputs(modal):
        least = int(item.get("min_length", 1 if item.get("required", True) else 0))
        limit = int(item.get("max_length", 4000))
        text = within(limit, min_size=least) | at_limit(limit)
        if item["custom_id"] == "text" and limit <= 20:  # a tip reference
            text = text | st.sampled_from(["TIP-0001", "tip-0002", "3", "TIP-0003 "])
        values[item["custom_id"]] = data.draw(text, label=item["custom_id"])
    return values


def hostile_tip(data: st.DataObject, env: DiscordEnv) -> TipForm:
    """A tip the core accepts, its typed fields hostile: what the preview and the card then show.
    Half the tips fill every field to its limit with one fragment (Markdown escaping doubles some),
    the case that once pushed the review card past Discord's 6,000 characters."""
    typed = [f for f in (*in_step(FORM), *in_step(MORE)) if not f.link]
    if data.draw(st.booleans(), label="every field full"):
        fragment = data.draw(FRAGMENT, label="fragment")
        values = {f.name: (fragment * f.limit)[: f.limit] for f in typed}
    else:
        values = {f.name: data.draw(within(f.limit) | at_limit(f.limit), label=f.name) for f in typed}
    values["what"] = values["what"][: BY_NAME["what"].limit - len(WHAT) - 1] + " " + WHAT
    values["source"] = data.draw(st.sampled_from(LINKS), label="source")
    values["technology"] = data.draw(st.sampled_from(["", *known_technologies()]), label="technology")
    form = TipForm(**values)
    try:
        env.app.tips.validate(form)
    except TipFormError:
        reject()  # not a tip the form would pass to the preview's buttons or the card
    return form


async def answered(handle: InteractionHandle) -> int:
    """The form's answer (the preview or card edited in place, or a polite follow-up); its embeds'
    size, for hypothesis to search towards Discord's 6,000-character limit."""
    await handle.response(within=REPLY_WITHIN)
    reply = await handle.reply(within=REPLY_WITHIN)
    return sum(embed_length(embed) for embed in reply.embeds)


async def preview_form(env: DiscordEnv, tip: TipForm, fill: Filler, *, button: str) -> int:
    """/tip new with `tip` typed in, then a preview button's form filled with hostile text."""
    opened = await env.slash("tip new", by="alice")
    previewed = await opened.submit({f.name: getattr(tip, f.name) for f in in_step(FORM)})
    preview = await previewed.reply(within=REPLY_WITHIN)
    pressed = await previewed.click(button, message=preview)
    return await answered(await pressed.submit(fill(await pressed.modal(within=REPLY_WITHIN))))


async def review_form(env: DiscordEnv, tip: TipForm, fill: Filler, *, action: str) -> int:
    """`tip` filed and its card in the review channel, then its `action` form filled by a moderator."""
    filed = await env.app.tips.file_tip(tip, reporter=None, anonymous=True)
    wake_notices(env.bot)
    card = await env.fake.wait_for_message(
        "review",
        lambda r: bool(r.embeds) and filed.public_id in r.embed.get("title", ""),
        within=REPLY_WITHIN,
    )
    pressed = await env.fake.component(
        f"tip:{action}:{filed.id}", message=card.raw, by="mo", channel="review"
    )
    return await answered(await pressed.submit(fill(await pressed.modal(within=REPLY_WITHIN)), by="mo"))


FORMS: dict[str, Form] = {
    **{f"preview {b}": partial(preview_form, button=b) for b in PREVIEW_BUTTONS},
    **{f"review card {a}": partial(review_form, action=a) for a in REVIEW_ACTIONS},
}


@pytest.mark.parametrize("form", FORMS)
async def test_forms_opened_from_messages_survive_hostile_input(
    form: str, start_bot: Callable[..., Awaitable[DiscordEnv]], error_logs: ErrorLogCapture
) -> None:
    env = await start_bot(tip_cooldown_seconds=0, tip_max_open_per_member=0)
    env.fake.response_deadline = DEADLINE
    seen: list[dict[str, Any]] = []  # the form as the bot opened it, for the examples' limits

    def plain(modal: dict[str, Any]) -> dict[str, str]:
        seen.append(modal)
        return {item["custom_id"]: "Checked the register." for item in text_inputs(modal)}

    await FORMS[form](env, TipForm(what=WHAT), plain)

    async def example(tip: TipForm, values: dict[str, str]) -> int:
        checkpoint = Checkpoint(env.fake, error_logs)
        size = await FORMS[form](env, tip, lambda _modal: values)
        checkpoint.check()
        return size

    tally = Tally(f"form from {form}")
    await asyncio.to_thread(tally.run, form_examples(env, seen[0], tally, on_this_loop(example)))


def form_examples(
    env: DiscordEnv, modal: dict[str, Any], tally: Tally, on_loop: Callable[..., None]
) -> Callable[[], None]:
    @FUZZ
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        size = on_loop(hostile_tip(data, env), hostile_values(data, modal))
        tally.ran += 1
        target(size, label="characters in the answer's embeds")

    return run

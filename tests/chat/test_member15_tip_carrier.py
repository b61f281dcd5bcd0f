"""The tip form read back from the message that shows it (bot/chat/render/tipform.py): exactly what
was typed, at every field's limit, from a preview and from a refusal, in any language, within
Discord's limits for one message."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import discord
import pytest

from bot.chat.render.text import CUSTOM_ID_MAX, DESCRIPTION_MAX, EMBED_TOTAL_MAX
from bot.chat.render.tipform import carrier_id, form_of, preview_layout, typed_embeds
from bot.chat.render.tips import preview_embed
from bot.i18n import use_locale
from bot.tips.fields import BY_NAME
from bot.tips.model import TipForm

HOSTILE = "**a** <@1> [x](https://e.example) https://a.example@b.example ||s|| 1. `c` _u_ \\ #h\n- l > q"


def full(text: str, field: str) -> str:
    limit = BY_NAME[field].limit
    return (text * (limit // len(text) + 1))[:limit].strip()


FORMS = [
    TipForm(what="A plain tip about a contract signed in March 2025.", vendor="Acme"),
    TipForm(what=HOSTILE, vendor="<@&9> **V**", country="#c", when="1. May", source="not a link"),
    TipForm(
        what=full("A long tip, typed with care; ", "what"),
        vendor=full("Vendor ", "vendor"),
        country=full("Country ", "country"),
        when=full("When ", "when"),
        source="https://news.example.org/" + "a" * 400,
        extra=full("More detail here. ", "extra"),
        technology="spyware",
    ),
    TipForm(what=full(HOSTILE, "what"), extra=full(HOSTILE, "extra"), vendor=full("*<", "vendor")),
]


def message(embeds: list[discord.Embed], carrier: str) -> Any:
    """What a press brings back: the message's embeds and components (here only the carrier)."""
    button = SimpleNamespace(custom_id=carrier, children=[])
    return SimpleNamespace(embeds=embeds, components=[SimpleNamespace(custom_id=None, children=[button])])


def typed(form: TipForm) -> TipForm:
    """What escaping keeps: the same text without leading and trailing white space."""
    return TipForm(**{k: v.strip() for k, v in vars(form).items()})


@pytest.mark.parametrize("locale", ["en", "de", "ar"])
@pytest.mark.parametrize("form", FORMS, ids=range(len(FORMS)))
def test_a_refusal_gives_the_whole_form_back(form: TipForm, locale: str) -> None:
    with use_locale(locale):
        embeds, layout = typed_embeds("What you typed", form)
    assert sum(len(e) for e in embeds) <= EMBED_TOTAL_MAX and len(embeds) <= 10
    assert all(len(e.description or "") <= DESCRIPTION_MAX for e in embeds)
    carrier = carrier_id(layout, form.technology)
    assert len(carrier) <= CUSTOM_ID_MAX
    back = form_of(message(embeds, carrier))
    if form is FORMS[-1]:  # far beyond Discord's 6,000 once escaped: cut, and said so
        assert back is not None and back.what.startswith(form.what[:500])
    else:
        assert back == typed(form)


@pytest.mark.parametrize("locale", ["en", "de", "ar"])
@pytest.mark.parametrize("form", FORMS, ids=range(len(FORMS)))
def test_a_preview_gives_the_whole_form_back(form: TipForm, locale: str) -> None:
    with use_locale(locale):
        embed = preview_embed(form, inferred="interception")
        layout = preview_layout(embed)
    assert len(embed) <= EMBED_TOTAL_MAX
    assert form_of(message([embed], carrier_id(layout, form.technology))) == typed(form)


def test_a_message_without_the_carrier_gives_nothing() -> None:
    embeds, _layout = typed_embeds("What you typed", FORMS[0])
    assert form_of(message(embeds, "tipnew:edit")) is None
    assert form_of(message(embeds, carrier_id("_0", ""))) is None  # slots and layout disagree
    assert form_of(None) is None

"""/ask's components sent prebuilt (bot/chat/views/prebuilt.py): what the member gets is exactly what
the answer's discord.py view would have sent, in the member's language, for the entry as it is now
(never an old entry's buttons after `/kb reload`), and the rating prompt's buttons name its question."""

from __future__ import annotations

import gc
from types import SimpleNamespace
from typing import Any

import pytest

from bot.app import AskOutcome
from bot.chat.sends import only_dynamic
from bot.chat.views import prebuilt
from bot.chat.views.answer import rating_view
from bot.chat.views.prebuilt import answer_components, forget_views, rating_rows
from bot.chat.views.reply import answer_reply
from bot.i18n import reset_locale, set_locale
from bot.kb.model import Entry
from bot.kb.result import Alternative, SearchResult
from bot.kb.service import KnowledgeService
from bot.kb.smalltalk import SmallTalk
from tests.chat.entries import sample_knowledge
from tests.fakediscord.harness import DiscordEnv

LANGUAGES = ["en", "de", "ar"]


@pytest.fixture
def knowledge() -> KnowledgeService:
    return sample_knowledge()


def outcomes(kb: KnowledgeService) -> list[AskOutcome]:
    """One of each answer /ask shows: a card, a list, "I don't have that" with suggestions (and
    without), small talk; logged, pending and with the log down."""
    acme, case, rule = kb.get("acme-intercept"), kb.get("case-acme-ruritania"), kb.get("rule-dual-use")
    assert acme is not None and case is not None and rule is not None
    alternatives = [Alternative(e.id, e.kind, e.title, 0.3) for e in (acme, case, rule)]
    too_long = Alternative("x" * 95, "vendor", "An id too long for a custom id", 0.2)  # left out
    many = [alternatives[0], too_long, *(Alternative(f"v{i}", "vendor", f"V {i}", 0.1) for i in range(6))]
    results = [
        SearchResult("acme?", True, 0.9, acme),
        SearchResult("which?", True, 0.9, acme, items=[acme, case]),
        SearchResult("?", False, 0.2, None, alternatives=alternatives),
        SearchResult("?!", False, 0.2, None, alternatives=many),
        SearchResult("!?", False, 0.2, None, alternatives=[too_long]),
        SearchResult("??", False, 0.1, None),
        SearchResult("hi", False, 0.0, None, talk=SmallTalk(kind="greeting")),
    ]
    return [AskOutcome(r, question_id=qid) for r in results for qid in (41, None)]


def sent(view: Any) -> list[dict[str, Any]]:
    return view.to_components() if view is not None else []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_prebuilt_answer_is_what_the_view_would_send(knowledge: KnowledgeService, language: str) -> None:
    forget_views()
    app: Any = SimpleNamespace(kb=knowledge)
    token = set_locale(language)
    try:
        for outcome in outcomes(knowledge):
            question = outcome.result.question
            for rate_here in (False, True):
                embed, view = answer_reply(app, question, outcome, rate_here=rate_here)
                for _ in range(2):  # built, then from the cache
                    got_embed, got = answer_components(app, question, outcome, rate_here=rate_here)
                    assert got.rows == sent(view)
                    assert got_embed.to_dict() == embed.to_dict()
                    assert sent(got.view()) == sent(view)  # discord.py's path gets the same view
                    assert only_dynamic(got.view())
    finally:
        reset_locale(token)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_rating_prompt_names_its_own_question(language: str) -> None:
    forget_views()
    token = set_locale(language)
    try:
        for question_id in (1, 10, 4242, 2**40):
            assert rating_rows(question_id).rows == rating_view(question_id).to_components()
        assert rating_rows(7).rows != rating_rows(8).rows
    finally:
        reset_locale(token)


def test_the_buttons_follow_the_members_language(knowledge: KnowledgeService) -> None:
    """The cache is filled in English first: a German member must not get English labels."""
    forget_views()
    app: Any = SimpleNamespace(kb=knowledge)
    card, listed = outcomes(knowledge)[0], outcomes(knowledge)[2]
    english = [answer_components(app, "q", o, rate_here=False)[1].rows for o in (card, listed)]
    token = set_locale("de")
    try:
        german = [answer_components(app, "q", o, rate_here=False)[1].rows for o in (card, listed)]
        assert german == [sent(answer_reply(app, "q", o, rate_here=False)[1]) for o in (card, listed)]
    finally:
        reset_locale(token)
    assert german != english


def test_a_reloaded_entry_never_gets_the_old_entrys_buttons(knowledge: KnowledgeService) -> None:
    """`/kb reload` makes new entry objects; one at a dead entry's address (CPython may reuse it)
    must be refused the rows cached for the old one: the related entry's new title shows."""
    forget_views()
    old_case, rule = knowledge.get("case-acme-ruritania"), knowledge.get("rule-dual-use")
    assert old_case is not None and rule is not None
    renamed = Entry(**(old_case.model_dump() | {"title": "Renamed case"}))
    card = outcomes(knowledge)[0]
    old_rows = answer_components(SimpleNamespace(kb=knowledge), "q", card, rate_here=False)[1].rows
    assert "Acme interception sale" in str(old_rows)
    reloaded: Any = SimpleNamespace(kb=SimpleNamespace(related=lambda e: [renamed, rule]))
    # The old case's rows moved to the renamed case's address, as a reused address would give them.
    moved = 0
    for key in list(prebuilt._views):
        ident = key[2]
        if len(ident) == 3 and ident[1] == id(old_case):
            prebuilt._views[(key[0], key[1], (ident[0], id(renamed), ident[2]))] = prebuilt._views.pop(key)
            moved += 1
    assert moved == 1
    gc.collect()
    rows = answer_components(reloaded, "q", card, rate_here=False)[1].rows
    assert "Renamed case" in str(rows) and "Acme interception sale" not in str(rows)


def test_the_cache_is_bounded(knowledge: KnowledgeService, monkeypatch: pytest.MonkeyPatch) -> None:
    forget_views()
    monkeypatch.setattr(prebuilt, "CACHED_MAX", 2)
    app: Any = SimpleNamespace(kb=knowledge)
    for outcome in outcomes(knowledge)[::2]:
        answer_components(app, "q", outcome, rate_here=False)
    assert len(prebuilt._views) <= 2
    forget_views()


async def test_a_public_answer_and_its_prompt_reach_discord_with_buttons(discord_env: DiscordEnv) -> None:
    """Through the fake (which checks every request against Discord's spec): the public answer has
    its entry buttons and no rating, the prompt its two rating buttons, and both still dispatch."""
    handle = await discord_env.slash("ask", question="EU dual use regulation", by="alice")
    answer = await handle.reply()
    assert answer.embeds and "Helpful" not in [b.get("label") for b in answer.buttons()]
    prompt = await handle.followup(1)
    assert prompt.ephemeral
    assert [b.get("label") for b in prompt.buttons()] == ["Helpful", "Not helpful"]
    rated = await handle.click("Helpful", message=prompt)
    assert "recorded" in (await rated.reply()).text()
    assert (await handle.response()).type == 5  # deferred first, as before

"""/vendor, /rule, /case (with autocomplete) and /search (with paging) through the loopback Discord."""

from __future__ import annotations

import copy

import pytest

from bot.chat.views.search import SEARCHES
from bot.kb.service import KnowledgeService
from tests.chat.entries import LONG_TITLE, sample_knowledge
from tests.fakediscord.interactions import APPLICATION_COMMAND, AUTOCOMPLETE, InteractionHandle
from tests.fakediscord.options import command_data


@pytest.fixture
def knowledge() -> KnowledgeService:
    return sample_knowledge()


async def lookup(env, command: str, name: str, *, complete: bool = False) -> InteractionHandle:
    """`/vendor name:...` (the fake's `slash(name, **options)` cannot take an option called `name`)."""
    fake = env.fake
    data = command_data(fake, fake.command(command), [], {"name": name}, focused="name" if complete else None)
    return await fake.interact(AUTOCOMPLETE if complete else APPLICATION_COMMAND, data)


# --- autocomplete ----------------------------------------------------------------------------------


async def test_autocomplete_offers_names_and_aliases_with_ids_as_values(discord_env) -> None:
    choices = await (await lookup(discord_env, "vendor", "acmesp", complete=True)).choices()
    assert choices[0] == {"name": "Acme Intercept GmbH", "value": "acme-intercept"}
    rules = await (await lookup(discord_env, "rule", "2021/821", complete=True)).choices()
    assert rules[0]["value"] == "rule-dual-use"
    cases = await (await lookup(discord_env, "case", "ruritan", complete=True)).choices()
    assert [c["value"] for c in cases] == ["case-acme-ruritania"]


async def test_autocomplete_keeps_discords_limits(discord_env) -> None:
    choices = await (await lookup(discord_env, "vendor", "", complete=True)).choices()
    assert 1 < len(choices) <= 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
    zeta = next(c for c in choices if c["value"] == "zeta-monitoring")
    assert len(LONG_TITLE) > 100 and zeta["name"].endswith("…") and LONG_TITLE.startswith(zeta["name"][:50])
    only_vendors = {c["value"] for c in choices}
    assert "rule-dual-use" not in only_vendors and "case-acme-ruritania" not in only_vendors


async def test_search_filter_autocomplete_uses_known_values(discord_env) -> None:
    countries = await (await discord_env.autocomplete("search", "country", query="x", country="ru")).choices()
    assert [c["value"] for c in countries] == ["Ruritania"]
    techs = await (await discord_env.autocomplete("search", "technology", query="x", technology="")).choices()
    assert {"interception", "video surveillance"} <= {c["value"] for c in techs}


# --- lookups ---------------------------------------------------------------------------------------


async def test_vendor_by_autocompleted_id_shows_the_card(discord_env) -> None:
    handle = await lookup(discord_env, "vendor", "acme-intercept")
    reply = await handle.reply()
    assert reply.embed["title"] == "Acme Intercept GmbH" and "Alleged" in reply.embed["author"]["name"]
    assert "Read more" in [b.get("label") for b in reply.buttons()]
    assert "Helpful" not in [b.get("label") for b in reply.buttons()]  # lookups are not logged questions
    opened = await (await handle.click("Acme interception sale to Ruritania (2019)")).reply()
    assert opened.ephemeral and opened.embed["title"] == "Acme interception sale to Ruritania (2019)"


async def test_lookup_by_typed_alias_without_choosing(discord_env) -> None:
    reply = await (await lookup(discord_env, "rule", "regulation 2021/821")).reply()
    assert reply.embed["title"] == "EU Dual-Use Regulation"


async def test_lookup_of_the_wrong_kind_is_not_found(discord_env) -> None:
    reply = await (await lookup(discord_env, "case", "rule-dual-use")).reply()
    assert reply.ephemeral and reply.embed["title"] == "No such case"


async def test_unknown_vendor_is_polite_with_suggestions(discord_env) -> None:
    handle = await lookup(discord_env, "vendor", "acme spooky")
    reply = await handle.reply()
    assert reply.ephemeral and reply.embed["title"] == "No such vendor"
    assert "Acme Intercept GmbH" in reply.embed["description"] and "/tip" in reply.embed["description"]
    opened = await (await handle.click("entry:open:acme-intercept")).reply()
    assert opened.embed["title"] == "Acme Intercept GmbH"


async def test_a_name_split_with_a_slip_opens_its_vendor(discord_env) -> None:
    # 'acme spyy' is AcmeSpy typed in two words with one letter too many (bot/kb/spacing.py): the
    # member named the vendor; 'acme spooky' above is no name of it, only close to one
    reply = await (await lookup(discord_env, "vendor", "acme spyy")).reply()
    assert reply.embed["title"] == "Acme Intercept GmbH"


async def test_unknown_name_with_nothing_close_still_helps(discord_env) -> None:
    reply = await (await lookup(discord_env, "vendor", "@everyone qqqq")).reply()
    assert reply.ephemeral and reply.embed["title"] == "No such vendor"
    assert "\\@everyone" in reply.embed["description"]
    assert "Start typing" in reply.embed["description"]


# --- search ----------------------------------------------------------------------------------------


async def test_search_pages_forward_and_back_with_the_buttons(discord_env) -> None:
    handle = await discord_env.slash("search", query="cameras", kind="vendor")
    first = await handle.reply()
    assert first.embed["footer"]["text"].startswith("Page 1 of 3 · 12 results · kind=vendor")
    assert "**1. Gridvendor" in first.embed["description"]
    assert first.button("◀ Previous").get("disabled") is True
    seen = first.embed["description"]
    click = await handle.click("Next ▶")
    second = await click.reply()
    assert second.embed["footer"]["text"].startswith("Page 2 of 3")
    assert "**6. " in second.embed["description"]
    seen += second.embed["description"]
    click = await click.click("Next ▶")
    third = await click.reply()
    assert third.embed["footer"]["text"].startswith("Page 3 of 3")
    assert third.button("Next ▶").get("disabled") is True
    seen += third.embed["description"]
    assert all(f"Gridvendor {i:02d} Cameras" in seen for i in range(1, 13))
    back = await (await click.click("◀ Previous")).reply()
    assert back.embed["footer"]["text"].startswith("Page 2 of 3")


async def test_search_filters_by_country_and_year(discord_env) -> None:
    reply = await (await discord_env.slash("search", query="cameras", country="Freedonia", year=2018)).reply()
    footer = reply.embed["footer"]["text"]
    assert footer.startswith("Page 1 of 2 · 6 results")
    assert "country=Freedonia" in footer and "year=2018" in footer
    assert "Gridvendor 02" not in reply.embed["description"]  # 02 is in Sylvania


async def test_search_result_menu_opens_an_entry(discord_env) -> None:
    handle = await discord_env.slash("search", query="cameras", kind="vendor")
    opened = await (await handle.click("entry:pick", values=["gridvendor-05"])).reply()
    assert opened.ephemeral and opened.embed["title"] == "Gridvendor 05 Cameras"


async def test_search_with_no_results_says_so(discord_env) -> None:
    reply = await (await discord_env.slash("search", query="cameras", kind="rule")).reply()
    assert "Nothing in the knowledge base matches" in reply.embed["description"]
    assert reply.buttons() == []


async def test_long_search_pages_through_the_cache_and_expires_politely(discord_env) -> None:
    query = "cameras " + "video surveillance " * 9
    handle = await discord_env.slash("search", query=query.strip(), kind="vendor", country="Freedonia")
    first = await handle.reply()
    next_button = first.button("Next ▶")
    assert len(next_button["custom_id"]) <= 100 and ":~" in next_button["custom_id"]
    second = await (await handle.click("Next ▶")).reply()
    assert second.embed["footer"]["text"].startswith("Page 2 of")
    SEARCHES._items.clear()  # as after a restart
    expired = await (await handle.click("Next ▶", message=first)).reply()
    assert expired.ephemeral and "run /search again" in expired.content


async def test_search_buttons_carry_filters_by_name(discord_env) -> None:
    first = await (await discord_env.slash("search", query="cameras", kind="vendor", year=2018)).reply()
    custom_id = first.button("Next ▶")["custom_id"]
    assert custom_id == "search:2:s2:q=cameras&kind=vendor&year=2018"


async def test_a_search_button_posted_before_filters_had_names_still_pages(discord_env) -> None:
    """Buttons already in Discord carry `kind|country|technology|year|query`; pressing one pages."""
    message = await (await discord_env.slash("search", query="cameras", kind="vendor")).reply()
    posted = copy.deepcopy(message.raw)  # the same message as an earlier version posted it
    for row in posted["components"]:
        for item in row["components"]:
            if item.get("custom_id", "").startswith("search:2:"):
                item["custom_id"] = "search:2:vendor||||cameras"
    old = await discord_env.fake.component("search:2:vendor||||cameras", message=posted, by="alice")
    page = await old.reply()
    footer = page.embed["footer"]["text"]
    assert footer.startswith("Page 2 of 3 · 12 results · kind=vendor")
    assert "**6. " in page.embed["description"]
    assert page.button("Next ▶")["custom_id"] == "search:3:vendor||||cameras"  # keeps its own state

"""A loopback Discord for end-to-end tests: the real discord.py client talks to it over HTTP and a
websocket on 127.0.0.1; nothing in discord.py is mocked.

Every request the bot makes is recorded and its body validated against Discord's OpenAPI spec
(tests/fakediscord/openapi.json, MIT, see SPEC-README.md). An invalid body gets a 400 like on
Discord *and* fails the test; so does a route the fake does not serve, a message whose
allowed_mentions could ping someone, and any ERROR the bot or discord.py logs (tests/conftest.py;
opt out with `@pytest.mark.allow_error_logs` in fault tests).

Where Discord is stricter than its spec (2000-character content, the 6000-character embed total,
empty fields, empty messages and edits that would leave one empty, 5 action rows, unique custom
ids, link buttons, 100-character choice values, modal size, attachment size, callback types per
interaction type, the 3 s deadline, 15-minute tokens, 40060, 10062), the request is refused with
Discord's status, code and JSON body and fails the test unless the test said
`fake.expect("rule_id")`: the table with Discord's error and the public reference for each rule
is `OVERRIDES` in tests/fakediscord/rules.py; `fake.refused("rule_id")` lists the refused
requests. Deferred replies follow Discord: the first follow-up after a "thinking" defer edits
that message and keeps the defer's visibility.

Getting a running bot (fixtures in tests/chat/conftest.py)
-----------------------------------------------------------
    async def test_about(discord_env):                      # bot READY, commands synced to the guild
        handle = await discord_env.slash("about")           # as "alice", a plain member, in #general
        reply = await handle.reply()                        # waits past a defer for the real message
        assert reply.ephemeral and "Knowledge base" in reply.text()

    async def test_in_dm(start_bot):
        env = await start_bot(guild_id=None)                # other settings: global sync, so DMs work
        reply = await (await env.slash("about", dm=True, by="alice")).reply()

The fake's world (tests/fakediscord/world.py): members "alice" (member), "mo" (moderator), "cora"
(coordinator), "ada" (admin), whose role ids the bot's settings map to those levels; channels
"general", "review" (REVIEW_CHANNEL_ID), "summary" (SUMMARY_CHANNEL_ID). `fake.world.add_member(
"bob", ["moderator"])` adds people. The App is built with a fresh database per test (SQLite, or
PostgreSQL when TEST_DATABASE_URL is set) and the shipped knowledge/ (override the `knowledge`
fixture with a `KnowledgeService` to use other entries).

Driving it
----------
    h = await env.slash("triage list", by="mo", status="open")   # subcommands by space, options by kwarg
    h = await env.slash("tip", dm=True, by="alice")               # in a DM instead of the guild
    h = await env.autocomplete("vendor", "name", name="hik")      # typing into option `name`
    choices = await h.choices()                                   # [{"name": ..., "value": ...}]
    reply = await h.reply()            # Reply: .content .embeds .embed .components .ephemeral .text()
    cb = await h.response()            # raw callback: .type (4 message, 5 defer, 7 update, 9 modal) .data
    more = await h.followup(1)         # the first follow-up message
    click = await h.click("Accept", by="mo")      # press a button (label or custom_id) on the reply
    # Presses and form submits wait until the bot would route them (its view store knows the
    # message's view, a DynamicItem or the modal), as a member can only press what Discord shows;
    # a view the bot never stores fails loudly. `stale=True` presses an unknown button on purpose.
    after = await click.reply()                   # the updated message (type 7) or the new one
    form = await h.modal()                        # the modal the bot opened: custom_id, title, components
    sent = await h.submit({"what": "..."})        # submit it (text inputs by custom_id)
    await h.redispatch()                          # deliver the same interaction again
    post = await env.fake.wait_for_message("review", lambda r: "Tip" in r.text())
    reply.attachments                             # {"summary.png": b"..."}: files the bot attached
    await env.fake.post_message("what is X?", mention_bot=True)  # MESSAGE_CREATE, filtered by intents

Asserting on requests
---------------------
    env.fake.requests_to("POST", "/channels/{channel_id}/messages")   # Incoming: .json .uploads .status
    env.fake.commands[env.fake.world.guild_id]                         # the commands as registered
    env.fake.gateway.identifies[0]["intents"]                          # what the bot asked for

Fault knobs (for the resilience tests)
--------------------------------------
    env.fake.fail("POST", "/interactions/{interaction_id}/{interaction_token}/callback", 429)
    env.fake.fail("POST", "/channels/{channel_id}/messages", 503, times=2)
    env.fake.rate_limit("POST", "/channels/{channel_id}/messages", limit=1, per=1.5)  # a real bucket
    env.fake.global_rate_limit(0.3, on=("POST", "/channels/{channel_id}/messages"))   # global 429
    env.fake.hold("POST", "/channels/{channel_id}/messages", until=event)  # answered once event is set
    handle.age(3.5)                                 # as if sent 3.5 s ago (deadline, token expiry)
    await env.fake.gateway.close_sockets(4000)      # client reconnects and RESUMEs (replay included)
    await env.fake.gateway.close_sockets(4009)      # session ended: RESUME refused, IDENTIFY again
    await env.fake.gateway.reconnect()              # op 7 RECONNECT
    env.fake.gateway.ack_heartbeats = False         # a zombie connection (short heartbeat_interval_ms)
    await env.fake.gateway.invalid_session()        # op 9: client must IDENTIFY again
Every answer carries X-RateLimit-* headers (generous by default) so discord.py's bucket handling runs.

Where Discord accepts more than its spec says (snowflakes sent as JSON integers), the body is
normalised before validation (`server.as_discord_reads_it`); add to it only with evidence.
The gateway sends zlib-stream compressed binary frames when the client asks (discord.py does),
without permessage-deflate, as on Discord (`fake.gateway.compress = False` for plain text).
`fake.defer_validation = True` moves schema checks off a timed burst (`fake.check_deferred()`).

Routes are keyed by the spec's path templates (tests/fakediscord/routes.py); add one there, with
the response Discord documents, when the bot needs a new endpoint.
"""

from tests.fakediscord.interactions import Callback, InteractionHandle, Reply
from tests.fakediscord.server import FakeDiscord
from tests.fakediscord.world import FakeMember, FakeUser, World

__all__ = ["Callback", "FakeDiscord", "FakeMember", "FakeUser", "InteractionHandle", "Reply", "World"]

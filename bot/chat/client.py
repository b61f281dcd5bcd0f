"""The Discord client: minimal intents, no pings, the cogs, command sync, and a clean shutdown.

The client holds no business rules; it hands each cog the core `App` (`bot.app`). `run_bot` owns
the process-level concerns: a rejected token is a clear message and exit status 2, and SIGINT or
SIGTERM closes the gateway and HTTP session before the caller closes the App.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Any

import aiohttp
import discord
from discord.ext import commands

from bot.app import App
from bot.chat.cogs import COGS, MENTION_COG
from bot.chat.errors import SafeTree, lost_the_claim, typed_back, withheld_traceback
from bot.chat.i18n import install as install_i18n
from bot.chat.views.review import recover_triage_form
from bot.chat.views.tips import recover_form, recover_press, submitted_values
from bot.i18n import N_, _, pgettext

if TYPE_CHECKING:
    from bot.chat.notices import NoticePump

log = logging.getLogger("bot.chat.client")

EXIT_CONFIG = 2
# How long a button or modal without a live handler (e.g. from before a restart) may stay
# unanswered before the member is told it expired; Discord's own deadline is 3 s.
UNHANDLED_AFTER = 2.5
# When the view store has no handler at all, answer after this grace instead.
UNHANDLED_GRACE = 0.5
EXPIRED_MESSAGE = N_("This button or form has expired. Please run the command again.")
# discord.py's names for the tasks that run command, button and form handlers.
HANDLER_TASKS = (
    "CommandTree-invoker",
    "discord-ui-view-dispatch-",
    "discord-ui-modal-dispatch-",
    "discord-ui-dynamic-item-",
)
# On shutdown, how long handlers in flight may take to finish before the HTTP session closes.
SHUTDOWN_GRACE = 5.0


class _LostClaimIsNotAnError(logging.Filter):
    """discord.py logs a failed autocomplete answer at ERROR, bypassing the tree's error handler.
    Discord refusing it (40060: another process answered a replay; 10062: past its 3 s) is the
    exactly-once claim working (bot/chat/cogs/replay.py), so it is logged at INFO, without a stack."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None and lost_the_claim(record.exc_info[1]):
            record.levelno, record.levelname = logging.INFO, "INFO"
            record.exc_info, record.exc_text = None, None
        return True


logging.getLogger("discord.app_commands.tree").addFilter(_LostClaimIsNotAnError())


def intents_for(app: App) -> discord.Intents:
    """Guilds only: commands arrive as interactions and need no privileged intent.

    Message content (privileged) is asked for only when mention-to-ask is switched on.
    """
    intents = discord.Intents.none()
    intents.guilds = True
    if app.settings.message_content_mention:
        intents.guild_messages = True
        intents.dm_messages = True
        intents.message_content = True
    return intents


# The mixin is checked as the discord.py bot it is mixed into (its attributes and `super()`), and is a
# plain class at run time, so the method resolution order is discord.py's own.
if TYPE_CHECKING:
    _BotBase = commands.Bot
else:
    _BotBase = object


class _ExportWatch(_BotBase):
    """Shared behaviour for the plain and the auto-sharded bot (mixed in before the discord.py base)."""

    app: App

    def _init_exportwatch(self, app: App) -> None:
        self.app = app
        self.unhandled_after = UNHANDLED_AFTER
        self.ready_event = asyncio.Event()
        self._pending_checks: set[asyncio.Task[None]] = set()
        self.tip_notices: NoticePump | None = None  # the tips cog's (bot/chat/notices.py)

    async def setup_hook(self) -> None:
        await install_i18n(self)  # localisations for the sync, reply languages
        for name in COGS:
            await self.load_extension(name)
        if self.app.settings.message_content_mention:
            await self.load_extension(MENTION_COG)
        await self.sync_commands()

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: mentions are answered by the mention cog's own listener, when enabled."""

    async def sync_commands(self) -> list[Any]:
        """To the configured guild (instant) or globally (Discord may take up to an hour)."""
        guild_id = self.app.settings.guild_id
        try:
            if guild_id:
                guild = discord.Object(id=guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
                log.info("Synced %d commands to guild %s", len(synced), guild_id)
            else:
                synced = await self.tree.sync()
                log.info("Synced %d commands globally (may take up to an hour to appear)", len(synced))
        except discord.Forbidden:
            log.error(
                "Could not sync commands: the bot lacks the applications.commands scope in guild %s. "
                "Re-invite it with that scope.",
                guild_id,
            )
            return []
        return synced

    async def on_ready(self) -> None:
        user = self.user
        log.info("Connected as %s (id %s) to %d guild(s)", user, getattr(user, "id", "?"), len(self.guilds))
        self.ready_event.set()

    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        """Answer buttons and forms nobody handles, instead of Discord's bare "interaction failed".

        discord.py drops them silently (e.g. a modal from before a restart). A component or modal
        with a registered handler is left alone, so a slow handler is never pre-empted.
        """
        if interaction.type not in (discord.InteractionType.component, discord.InteractionType.modal_submit):
            return
        handled = self._has_handler(interaction)
        if handled:
            return
        # Unknown handler: a short grace in case a one-shot view removed itself before we looked.
        delay = UNHANDLED_GRACE if handled is False else self.unhandled_after
        task = asyncio.create_task(self._expire_if_unhandled(interaction, delay))
        self._pending_checks.add(task)
        task.add_done_callback(self._pending_checks.discard)

    def _has_handler(self, interaction: discord.Interaction[Any]) -> bool | None:
        """Whether discord.py's view store routes this component/modal; None if that can't be told.

        Reads discord.py internals (ViewStore), hence the fallback to waiting when they change.
        """
        try:
            store = self._connection._view_store
            data: Mapping[str, Any] = interaction.data or {}  # the raw payload
            custom_id = str(data.get("custom_id", ""))
            if interaction.type is discord.InteractionType.modal_submit:
                return custom_id in store._modals
            if any(pattern.fullmatch(custom_id) for pattern in store._dynamic_items):
                return True
            key = (int(data.get("component_type", 0)), custom_id)
            message_id = interaction.message.id if interaction.message is not None else None
            return key in store._views.get(message_id, {}) or key in store._views.get(None, {})
        except (AttributeError, TypeError, ValueError):
            return None

    async def _expire_if_unhandled(self, interaction: discord.Interaction[Any], delay: float) -> None:
        await asyncio.sleep(delay)
        if interaction.response.is_done():
            return
        kept: list[discord.Embed] = []
        if interaction.type is discord.InteractionType.component and await recover_press(interaction):
            return  # a tip preview or refusal carries its form: Edit, Send... reopen it, never "expired"
        if interaction.type is discord.InteractionType.modal_submit:
            if await recover_form(interaction):
                return  # a tip form carries what was typed: never "expired" with the text gone
            values = submitted_values(interaction.data or {})
            if await recover_triage_form(interaction, values):
                return  # so does a review card's form (its custom id names the action and the tip)
            # Any other form (an "Anything else" on a preview from before the message carried its
            # form): what was typed comes back with "expired", to copy.
            typed = "\n\n".join(v.strip() for v in values.values() if v.strip())
            kept = typed_back(
                pgettext("embed title", "What you typed, not saved: copy it to try again"), typed
            )
        with contextlib.suppress(discord.HTTPException):
            await interaction.response.send_message(
                _(EXPIRED_MESSAGE),
                embeds=kept,
                ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
            log.info("Answered an unhandled %s interaction as expired", interaction.type.name)

    async def close(self) -> None:
        for task in list(self._pending_checks):
            task.cancel()
        await self._finish_handlers()
        await self._end_ready_delay()
        await super().close()

    async def _end_ready_delay(self) -> None:
        """discord.py's READY delay (waiting out the guilds after a new session) outlives close():
        when it ends it dispatches 'ready' on a client whose loop close() has unset, and the failure
        is logged at ERROR. Closing during that delay (a shutdown right after a reconnect) cancels
        it, as discord.py does when a new READY replaces it, and waits for it to end: on Python 3.11
        `wait_for` can swallow a cancel that lands as a guild arrives, and the delay then runs on."""
        ready = getattr(self._connection, "_ready_task", None)
        if not isinstance(ready, asyncio.Task) or ready.done():
            return
        ready.cancel()
        await asyncio.wait([ready], timeout=self._connection.guild_ready_timeout + 1.0)

    async def _finish_handlers(self) -> None:
        """Let handlers in flight finish (a tip's receipt, an answer's rating prompt) first: once the
        HTTP session is closed their last message would fail and be logged as an unexpected error."""
        current = asyncio.current_task()
        running = [
            t
            for t in asyncio.all_tasks()
            if t is not current and not t.done() and t.get_name().startswith(HANDLER_TASKS)
        ]
        if not running:
            return
        _, unfinished = await asyncio.wait(running, timeout=SHUTDOWN_GRACE)
        if unfinished:
            log.warning("Closing with %d interaction handler(s) still running", len(unfinished))


def _options(app: App) -> dict[str, Any]:
    return {
        "command_prefix": commands.when_mentioned,
        "help_command": None,
        "intents": intents_for(app),
        "allowed_mentions": discord.AllowedMentions.none(),
        "tree_cls": SafeTree,
        # Without the members intent there is nothing to chunk; never wait for it.
        "chunk_guilds_at_startup": False,
        "enable_debug_events": False,
    }


class ExportWatchBot(_ExportWatch, commands.Bot):
    def __init__(self, app: App, **overrides: Any) -> None:
        super().__init__(**(_options(app) | overrides))
        self._init_exportwatch(app)


class ShardedExportWatchBot(_ExportWatch, commands.AutoShardedBot):
    def __init__(self, app: App, **overrides: Any) -> None:
        settings = app.settings
        options = _options(app) | {"shard_count": settings.shard_count}
        if settings.shard_ids:
            options["shard_ids"] = list(settings.shard_ids)
        super().__init__(**(options | overrides))
        self._init_exportwatch(app)


def sharding_problem(app: App) -> str | None:
    """What is wrong with SHARD_COUNT / SHARD_IDS, in the operator's terms, if anything."""
    count, ids = app.settings.shard_count, list(app.settings.shard_ids)
    if ids and not count:
        return "SHARD_IDS is set but SHARD_COUNT is not; set both (e.g. SHARD_COUNT=2, SHARD_IDS=0)."
    bad = [i for i in ids if count is not None and not 0 <= i < count]
    if bad and count is not None:  # `bad` is only ever filled when a count is set
        return f"SHARD_IDS {bad} are outside 0..{count - 1} (SHARD_COUNT={count})."
    return None


def make_bot(app: App, **overrides: Any) -> ExportWatchBot | ShardedExportWatchBot:
    """The sharded client only when sharding is configured (one process, one connection otherwise)."""
    if app.settings.shard_count or app.settings.shard_ids:
        return ShardedExportWatchBot(app, **overrides)
    return ExportWatchBot(app, **overrides)


async def run_bot(
    app: App, *, bot: commands.Bot | commands.AutoShardedBot | None = None, stderr: IO[str] | None = None
) -> int:
    """Run until SIGINT/SIGTERM or a fatal error; returns the process exit status."""
    err = stderr or sys.stderr
    if app.settings.discord_token is None:
        print("No DISCORD_TOKEN is configured.", file=err)
        return EXIT_CONFIG
    token = app.settings.discord_token.get_secret_value()
    problem = sharding_problem(app)
    if problem:
        print(f"Invalid configuration: {problem}", file=err)
        return EXIT_CONFIG
    client = bot or make_bot(app)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
    try:
        async with client:
            runner = asyncio.create_task(client.start(token))
            stopper = asyncio.create_task(stop.wait())
            done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if runner in done:
                stopper.cancel()
                return _exit_status(runner.exception(), err)
            log.info("Shutting down (signal received)")
            await client.close()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await runner
            return 0
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


def _exit_status(error: BaseException | None, err: IO[str]) -> int:
    if error is None:
        return 0
    if isinstance(error, discord.LoginFailure):
        print(
            "Discord rejected the bot token (DISCORD_TOKEN). Reset it in the developer portal "
            "(Bot -> Reset Token) and update your .env. See README, 'Discord set-up'.",
            file=err,
        )
        return EXIT_CONFIG
    if isinstance(error, discord.PrivilegedIntentsRequired):
        print(
            "Discord refused the Message Content intent. Enable it in the developer portal "
            "(Bot -> Privileged Gateway Intents) or set MESSAGE_CONTENT_MENTION=false.",
            file=err,
        )
        return EXIT_CONFIG
    if isinstance(error, aiohttp.ClientConnectionError | OSError | TimeoutError | discord.DiscordServerError):
        # No network, DNS down, Discord unreachable or failing: nothing to fix in the settings, and
        # a supervisor's restart may well work, so one line and status 1 (not 2, not a stack).
        print(
            f"Could not reach Discord ({type(error).__name__}). Check the network connection "
            "and try again; the token was not checked.",
            file=err,
        )
        return 1
    log.error("The bot stopped on an unexpected error\n%s", withheld_traceback(error))
    return 1

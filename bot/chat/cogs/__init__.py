"""The cogs the bot loads at start, in order.

Each entry is a module with `async def setup(bot: ExportWatchBot) -> None` that adds its cog
(`await bot.add_cog(...)`). A cog reaches the core through `bot.app` (never builds services itself),
registers its persistent views in `cog_load`, and lets errors propagate to the shared handler in
bot/chat/errors.py (views and modals subclass `SafeView` / `SafeModal`). Add your module here.
"""

COGS: tuple[str, ...] = (
    "bot.chat.cogs.about",
    "bot.chat.cogs.ask",
    "bot.chat.cogs.lookup",
    "bot.chat.cogs.admin",
    "bot.chat.cogs.replay",
    "bot.chat.cogs.summary",
    "bot.chat.cogs.tips",
    "bot.chat.cogs.triage",
    "bot.chat.cogs.language",
)
# Loaded only when mentions are enabled (MENTION_ASK), so not in COGS.
MENTION_COG = "bot.chat.cogs.mention"

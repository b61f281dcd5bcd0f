"""ExportWatch: sourced answers on surveillance-technology exports, safe tips, triage and summaries.

The core packages (kb, tips, summary, store) know nothing of Discord; `bot.chat` is the Discord
face, `bot.cli` (with its console, `bot.cli.console`) the terminal faces.
"""

__version__ = "0.1.0"

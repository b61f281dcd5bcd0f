"""ExportWatch: sourced answers on surveillance-technology exports, safe tips, triage and summaries.

The core (kb, tips, questions, summary, jobs, store, ops, and `bot.app` assembling them) decides
and knows nothing of Discord; the faces only parse and render: `bot.chat` for Discord, `bot.cli`
(with its console, `bot.cli.console`) for the terminal. tests/test_architecture.py holds that line.
"""

__version__ = "0.1.0"

"""The console's own words, in the session's language (bot.i18n).

Functions rather than constants: each is translated when shown, in the language the console was
started in (`--lang`, LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Commands (/open, /more, ...) and entry
ids stay as typed; in right-to-left text they are isolated so they read in order. Knowledge entry
text stays English (the English note says so).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.i18n import _, format_list, format_number, isolate, ngettext, pgettext
from bot.kb.filters import specs
from bot.kb.render import kind_count
from bot.kb.smalltalk import SmallTalk
from bot.kb.smalltalk_reply import reply

# The console's short words carry the message context "console" (a literal in each call, so Babel
# extracts it): they never share a catalog entry, or a translation chosen for a Discord button or
# embed, with the same English word elsewhere.
ECHO_LIMIT = 80  # typed names quoted back in replies are cut to this many characters


def shared(text: object) -> str:
    """A string another module owns (bot.kb.present, bot.kb.render, bot.about) in the current
    language: translated here when that module only marks it, already translated when it is lazy."""
    return _(str(text))


def command(text: str) -> str:
    """A command or id as typed (`/open nso-group`), kept in order inside right-to-left text."""
    return isolate(text)


def kind_word(kind: str) -> str:
    words = {
        "rule": pgettext("console", "rule"),
        "vendor": pgettext("console", "vendor"),
        "case": pgettext("console", "case"),
    }
    return words.get(kind, kind)


def status_word(status: str) -> str:
    words = {
        "established": pgettext("console", "established"),
        "alleged": pgettext("console", "alleged"),
        "contested": pgettext("console", "contested"),
    }
    return words.get(status, status)


def held(counts: Mapping[str, int]) -> str:
    return _("It holds {counts}.").format(counts=format_list(kind_count(k, n) for k, n in counts.items()))


def greeting(entries: int) -> str:
    return ngettext(
        "ExportWatch console: {n} entry loaded. Type /help for commands.",
        "ExportWatch console: {n} entries loaded. Type /help for commands.",
        entries,
    ).format(n=format_number(entries))


def small_talk(talk: SmallTalk) -> str:
    """The core's reply to "hi" or "thanks" with the console's commands as typed; the console files
    no tips, so the reply names what it offers instead of /tip."""
    return reply(talk, lambda path: command(f"/{path}"), files_tips=False)


def bye() -> str:
    return _("Bye.")


def tip_pointer() -> str:
    return _(
        "If you know something the campaign should look into, file it in Discord with /tip "
        "(you can stay anonymous)."
    )


def tips_in_discord() -> str:
    return _(
        "Tips are filed in Discord, not in this console: use /tip new in a direct message to the bot "
        "or in the server (you can stay anonymous), then /tip status and /tip reply with your receipt."
    )


def triage_elsewhere() -> str:
    return _("Triage is done in Discord (/triage) or from a shell: python -m bot triage --help.")


def not_utf8_reply() -> str:
    return _("That line was not UTF-8 text, so it was ignored; please type it again.")


def more_prompt(pages: int) -> str:
    return ngettext(
        "-- {n} more page: press Enter or type /more --",
        "-- {n} more pages: press Enter or type /more --",
        pages,
    ).format(n=format_number(pages))


def search_more() -> str:
    return _("-- type /more for the next page --")


def nothing_more() -> str:
    return _("Nothing more to show.")


def unknown_command(name: str) -> str:
    return _("Unknown command {command}. Type /help for the list.").format(command=command(name))


def went_wrong() -> str:
    return _("Sorry, something went wrong on our side; the error was logged. Try again.")


def help_text() -> str:
    filters = " ".join(f"[{name}={spec.example}]" for name, spec in specs())
    return _(
        "Type a question to ask it, or a command:\n"
        "  /ask QUESTION        ask a question (plain text does the same)\n"
        "  /vendor NAME         show a vendor entry      /rule NAME   a rule      /case NAME   a case\n"
        "  /search QUERY {search_filters}\n"
        "  /more                next page of the last long answer or search\n"
        "  /open ID             show an entry by its id (ids are shown under each entry)\n"
        "  /rate yes|no         rate the last answer (helpful or not); not counted in the weekly summary\n"
        "  /about               what the knowledge base holds and how fresh it is\n"
        "  /reload              re-read the knowledge files after editing them (problems are listed)\n"
        "  /help                this help             /quit   leave (Ctrl-D works too; Ctrl-C clears "
        "the line)\n"
        "Long answers come a page at a time: Enter (or /more) shows the next.\n"
        "Tips and triage are not available here: use /tip and /triage in Discord."
    ).format(search_filters=filters)


def rating_answers() -> tuple[set[str], set[str]]:
    """What `/rate` accepts as yes and as no: English always, and the session language's words."""
    yes = {"yes", "y", pgettext("console", "yes").casefold()}
    no = {"no", "n", pgettext("console", "no").casefold()}
    return yes, no


def echo(text: str) -> str:
    """Typed text quoted back in a reply: repr (so escapes stay visible), cut to a readable length."""
    return command(repr(text if len(text) <= ECHO_LIMIT else text[:ECHO_LIMIT] + "…"))


def listed(title: str, entry_id: str, kind: str | None = None) -> str:
    """One suggestion line: '  - Title (vendor) — /open id' (title and command isolated in Arabic)."""
    what = f" ({kind_word(kind)})" if kind else ""
    return f"  - {command(title)}{what} — {command(f'/open {entry_id}')}"


def no_entry_called(kind: str, name: str) -> str:
    if kind == "vendor":
        return _("I have no vendor entry called {name}.").format(name=name)
    if kind == "rule":
        return _("I have no rule entry called {name}.").format(name=name)
    return _("I have no case entry called {name}.").format(name=name)


def search_heading(query: str, filters: Mapping[str, object], page: int, pages: int, total: int) -> str:
    """'Search 'x' (kind=vendor): page 1 of 2, 9 results', with the plural the language needs."""
    shown = ", ".join(f"{k}={v}" for k, v in filters.items())
    values = {
        "query": echo(query),
        "filters": f" ({command(shown)})" if shown else "",
        "page": format_number(page),
        "pages": format_number(pages),
        "total": format_number(total),
    }
    if query:
        text = ngettext(
            "Search {query}{filters}: page {page} of {pages}, {total} result",
            "Search {query}{filters}: page {page} of {pages}, {total} results",
            total,
        )
    else:
        text = ngettext(
            "All entries{filters}: page {page} of {pages}, {total} result",
            "All entries{filters}: page {page} of {pages}, {total} results",
            total,
        )
    return text.format(**values)

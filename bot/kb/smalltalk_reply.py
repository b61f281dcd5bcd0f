"""What the bot says to small talk, for every face: a short "you're welcome" for thanks, "goodbye" for
a farewell, a short nod for "ok" or "cool"; what the bot answers and how to file a tip for a greeting,
"how are you?", "are you a bot?" (it says it is one) or "what can you do?". It is in the language of
the words when there is a catalog for it ("merci" -> French, "شكرا" -> Arabic, which no Discord client
offers), else in the member's language.

Why apart from bot/kb/smalltalk.py, which tells small talk from a question: this is the bot's own
wording (the catalogs translate it, the faces show it); it changes with what the bot offers members
(a new command to mention), never with how a message is read.
"""

from __future__ import annotations

from collections.abc import Callable

from bot import i18n
from bot.i18n import N_, _
from bot.kb.smalltalk import SmallTalk

# Marked for the catalogs; `reply` translates them in the reply's language.
HELLO = N_("Hello!")
WHAT_I_DO = N_(
    "I answer questions about the export of surveillance technology (rules, vendors and documented "
    "cases) from a reviewed knowledge base, and every answer names its sources."
)
HOW_TO = N_(
    "Ask in your own words with {ask} (e.g. “who sold FinFisher?”), open an entry with {vendor}, "
    "{rule} or {case}, or browse with {search}. To report a sale, contract or deployment, use {tip}: "
    "you can stay anonymous. {about} says what the bot keeps and for how long."
)
WELCOME = N_(
    "You're welcome! Ask me anything else about surveillance-technology exports, or report what you "
    "know with {tip}."
)
ACK = N_("All right! Ask me anything else about surveillance-technology exports whenever you like.")
ABOUT_ME = N_("I'm ExportWatch, a bot, not a person.")
FINE = N_("I'm doing well, thanks for asking!")
GOODBYE = N_(
    "Goodbye! Ask me again any time about surveillance-technology exports, or report what you know "
    "with {tip}."
)
# A face that files no tips (the console: editors trying knowledge without Discord) names what it
# offers instead of a {tip} command it does not have, and where tips are filed.
HOW_TO_NO_TIPS = N_(
    "Ask in your own words with {ask} (e.g. “who sold FinFisher?”), open an entry with {vendor}, "
    "{rule} or {case}, or browse with {search}. Here, {reload} re-reads knowledge files you edit and "
    "{help} lists every command; a sale, contract or deployment is reported in Discord, where you can "
    "stay anonymous. {about} says what the bot keeps and for how long."
)
WELCOME_NO_TIPS = N_("You're welcome! Ask me anything else about surveillance-technology exports.")
GOODBYE_NO_TIPS = N_("Goodbye! Ask me again any time about surveillance-technology exports.")


def reply(talk: SmallTalk, show: Callable[[str], str] = i18n.command, *, files_tips: bool = True) -> str:
    """What the bot says to small talk, in the talk's language when it has one (else the current).
    `show` writes a command as the face's member sees it (Discord's localised names by default);
    a face that does not file tips (`files_tips=False`, the console) never points to `/tip`."""
    if talk.language is None:
        return _reply(talk, show, files_tips)
    with i18n.use_locale(talk.language):
        return _reply(talk, show, files_tips)


def _reply(talk: SmallTalk, show: Callable[[str], str], files_tips: bool) -> str:
    if talk.kind == "thanks":
        return _(WELCOME).format(tip=show("tip new")) if files_tips else _(WELCOME_NO_TIPS)
    if talk.kind == "farewell":
        return _(GOODBYE).format(tip=show("tip new")) if files_tips else _(GOODBYE_NO_TIPS)
    if talk.kind == "ack":  # "ok", "cool": a short nod, nothing noisy
        return _(ACK)
    commands = {name: show(name) for name in ("ask", "vendor", "rule", "case", "search", "about")}
    if files_tips:
        how = _(HOW_TO).format(tip=show("tip new"), **commands)
    else:
        how = _(HOW_TO_NO_TIPS).format(reload=show("reload"), help=show("help"), **commands)
    opening = {"greeting": HELLO, "about": ABOUT_ME, "how_are_you": FINE}.get(talk.kind)
    first = f"{_(opening)} {_(WHAT_I_DO)}" if opening is not None else _(WHAT_I_DO)
    return f"{first}\n\n{how}"

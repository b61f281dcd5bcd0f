"""Pure-string rendering of an entry, shared by every face (Discord embed text and terminal text)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from babel.dates import format_skeleton

from bot.i18n import N_, _, babel_locale, format_date, format_number, ngettext
from bot.kb.model import Entry, Source
from bot.kb.present import reviewed_on
from bot.kb.result import SearchResult

# The frame words are marked here and translated where shown (`_()`), in the member's language;
# the entry's own text (title, summary, body, sources) stays English.
STATUS_LABEL = {
    "established": N_("Established (on the record)"),
    "alleged": N_("Alleged (claims by researchers, NGOs or prosecutors)"),
    "contested": N_("Contested (denied by the subject or sources conflict)"),
}
STATUS_WORD = {"established": N_("Established"), "alleged": N_("Alleged"), "contested": N_("Contested")}
KIND_LABEL = {"rule": N_("Rule"), "vendor": N_("Vendor"), "case": N_("Case")}
KEY_FACTS = N_("Key facts")  # the heading of a body without headings
# The section headings knowledge/README.md prescribes are frame, translated like "Key facts": a
# German card read "Wichtigste Fakten" over the facts, then "Responses" over the companies' answers.
# Any other heading an entry has is its own text and stays English.
SECTION_HEADINGS = {
    KEY_FACTS: KEY_FACTS,
    "Responses": N_("Responses"),
    "Outcome": N_("Outcome"),
    "Open questions": N_("Open questions"),
}
# Key facts shown in Discord before the sources; the full body stays in the terminal text.
MAX_FACTS = 6
MAX_FACT_CHARS = 300
# Bullets shown from each other section (outcome, responses, open questions).
MAX_OTHER_BULLETS = 4
# Sources listed on the card; the full entry ("read more", terminal) lists them all.
MAX_SOURCES = 10


def status_label(status: str) -> str:
    """'contested' -> 'Contested (denied by the subject or sources conflict)', in the member's language."""
    return _(STATUS_LABEL[status]) if status in STATUS_LABEL else status


def status_word(status: str) -> str:
    return _(STATUS_WORD[status]) if status in STATUS_WORD else status


def kind_label(kind: str) -> str:
    return _(KIND_LABEL[kind]) if kind in KIND_LABEL else kind


def kind_count(kind: str, n: int) -> str:
    """'3 vendors' with the plural the language needs (Arabic has six forms), the same in every face."""
    if kind == "rule":
        text = ngettext("{n} rule", "{n} rules", n)
    elif kind == "vendor":
        text = ngettext("{n} vendor", "{n} vendors", n)
    elif kind == "case":
        text = ngettext("{n} case", "{n} cases", n)
    else:  # a kind added to the model without words here still shows (tests/chat/test_admin.py)
        text = f"{{n}} {kind}"
    return text.format(n=format_number(n))


def heading_text(heading: str) -> str:
    """A body section heading as shown: the prescribed ones ("Key facts", "Responses", "Outcome",
    "Open questions") are frame, translated; any other is the entry's own text."""
    standard = SECTION_HEADINGS.get(heading)
    return _(standard) if standard is not None else heading


def reviewed_text(value: str) -> str:
    """A review date as the member's locale writes it ("26 novembre 2026", "November 2026"), only as
    exact as the entry says (a bare month or year stays so); an unreadable value is shown as is."""
    parsed = reviewed_on(value)
    if parsed is None:
        return str(value)
    day, exact = parsed
    parts = str(value).split("-")
    if exact:
        return format_date(day, "long")
    if len(parts) == 2:
        return format_skeleton("yMMMM", day, locale=babel_locale())
    return str(day.year)


def _escape_link_text(text: str) -> str:
    """Square brackets inside a link label would break the Markdown link."""
    return text.replace("[", "(").replace("]", ")")


def source_markdown(source: Source) -> str:
    """One source for Discord: a real title in quotes, a descriptive label in square brackets, and the
    date only as firm as the brief ('c. 2018', 'undated')."""
    tail = f"({source.publisher}, {source.when})"
    if source.url:
        url = source.url.replace(")", "%29").replace(" ", "%20")
        if source.title is not None:
            return f'"[{_escape_link_text(source.title)}]({url})" {tail}'
        # Escaped brackets show as [ ] around the link, so the label never reads as a headline.
        return f"\\[[{_escape_link_text(source.name)}]({url})\\] {tail}"
    if source.title is not None:
        return f'{source.publisher}, "{source.title}", {source.when}'
    return f"{source.publisher}, \\[{_escape_link_text(source.name)}\\], {source.when}"


def source_text(source: Source) -> str:
    """One source as plain terminal text, with the same title/label distinction as the card."""
    name = f'"{source.title}"' if source.title is not None else f"[{source.label}]"
    text = f"{source.publisher}, {name}, {source.when}"
    return f"{text} <{source.url}>" if source.url else text


# A full stop, "?" or "!" (and any closing quote or bracket) before a space and a capital or digit
# ends a sentence, unless it ends an initial ("J.") or a common abbreviation ("doc.", "Sept.").
_SENTENCE_END = re.compile(r"""(?<=[.!?])["'”’)\]]*(?= [A-Z0-9"“(])""")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|St|No|no|nos|doc|docs|art|Art|para|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec|Inc|Ltd|Co|Corp|vs|e\.g|i\.e|etc|approx|c|ca))[.]$"
)
# A cut at a sentence end is taken when it keeps at least this share of the room; else at a word.
SENTENCE_SHARE = 0.5
_PAIRS = {")": "(", "]": "[", "”": "“"}


def _unbalanced(text: str) -> int | None:
    """Where the first bracket or quote left open in `text` starts (None: all closed). Straight
    double quotes and Markdown markers pair by count."""
    stack: list[int] = []
    for i, char in enumerate(text):
        if char in "([“":
            stack.append(i)
        elif char in _PAIRS and stack and text[stack[-1]] == _PAIRS[char]:
            stack.pop()
    opened = stack[:1]
    for marker in ("**", "`", '"'):
        if text.count(marker) % 2:
            opened.append(text.rindex(marker))
    if text.replace("**", "").count("*") % 2:
        opened.append(text.replace("**", "\0\0").rindex("*"))
    return min(opened) if opened else None


def _shorten_fact(fact: str, limit: int = MAX_FACT_CHARS) -> str:
    """A key fact within `limit` characters: whole sentences when they fill at least half of it,
    else whole words; never inside a bracket, a quotation or a Markdown marker (a card read
    "…(ABW) (AP…": member14). The "…" says that "Read more" has the rest."""
    if len(fact) <= limit:
        return fact
    room = fact[: limit - 2]
    ends = [m.end() for m in _SENTENCE_END.finditer(room) if not _ABBREVIATION.search(room[: m.start()])]
    ends = [end for end in ends if _unbalanced(room[:end]) is None]
    if ends and ends[-1] >= limit * SENTENCE_SHARE:
        return room[: ends[-1]] + " …"
    cut = room.rsplit(" ", 1)[0] if not fact[limit - 2].isspace() else room
    while (opened := _unbalanced(cut)) is not None:
        cut = cut[:opened]
    cut = cut.rstrip(" ,;:–—-")
    if len(cut) < limit * SENTENCE_SHARE:  # what was open spans most of the fact: words, closed
        cut = room.rsplit(" ", 1)[0].rstrip(" ,;:–—-")
        return cut + "…" + _closing(cut)
    return cut + "…"


def _closing(text: str) -> str:
    """The closing marks for what is still open in `text`, innermost first."""
    stack: list[str] = []
    for char in text:
        if char in "([“":
            stack.append(char)
        elif char in _PAIRS and stack and stack[-1] == _PAIRS[char]:
            stack.pop()
    closers = {"(": ")", "[": "]", "“": "”"}
    tail = "".join(closers[c] for c in reversed(stack))
    for marker in ("`", '"', "**"):
        if text.count(marker) % 2:
            tail += marker
    return tail


def body_sections(body: str) -> list[tuple[str, list[str]]]:
    """The body's `## Heading` sections with their bullets, in order (a body without headings is one
    "Key facts" section)."""
    sections: list[tuple[str, list[str]]] = []
    heading: str = KEY_FACTS
    bullets: list[str] = []
    for line in body.splitlines():
        head = re.match(r"^##+\s*(.*\S)", line)
        if head:
            if bullets:
                sections.append((heading, bullets))
            heading, bullets = head.group(1), []
            continue
        match = re.match(r"^\s*[-*]\s+(.*\S)", line)
        if match:
            bullets.append(match.group(1))
    if bullets:
        sections.append((heading, bullets))
    return sections


def key_facts(body: str, limit: int = MAX_FACTS) -> list[str]:
    """The first bullets of the body's "Key facts" section (or of its first section)."""
    sections = body_sections(body)
    first = sections[0][1] if sections else []
    chosen = next((b for h, b in sections if h.lower().startswith("key facts")), first)
    return [_shorten_fact(fact) for fact in chosen[:limit]]


def entry_description(entry: Entry) -> str:
    """The Markdown shown under the entry's title in Discord; `kb check` keeps it within 4096 chars.

    Besides the key facts it carries the outcome and the companies' responses: an allegation must
    never reach a member without the response the knowledge base has for it.
    """
    parts = [entry.summary.strip()]
    for heading, bullets in body_sections(entry.body):
        limit = MAX_FACTS if heading.lower().startswith("key facts") else MAX_OTHER_BULLETS
        shown = [_shorten_fact(b) for b in bullets[:limit]]
        parts.append(f"**{heading_text(heading)}**\n" + "\n".join(f"• {fact}" for fact in shown))
    parts.append("**" + _("Status:") + "** " + status_label(entry.status))
    if entry.sources:
        lines = [f"{i}. {source_markdown(s)}" for i, s in enumerate(entry.sources[:MAX_SOURCES], 1)]
        if len(entry.sources) > MAX_SOURCES:
            more = len(entry.sources) - MAX_SOURCES
            lines.append(
                ngettext("…and {n} more in the full entry", "…and {n} more in the full entry", more).format(
                    n=format_number(more)
                )
            )
        parts.append("**" + _("Sources") + "**\n" + "\n".join(lines))
    # The review date is the card's footer (bot/chat/render/cards.py), which no shortening cuts: here
    # as well, a member read "Last reviewed" twice on every card.
    return "\n\n".join(parts)


def item_summary(entry: Entry) -> str:
    """An entry's summary as a list or search item shows it: whole, never a prefix.

    A summary often ends with the subject's response ("Huawei denies it", "NSO said it would
    appeal"); a cut would show a member the allegation without it. `kb check` keeps summaries within
    SUMMARY_MAX so a face can afford them whole; a face without room shows the item without its
    summary (title and status, to open in full) rather than part of it.
    """
    return " ".join(entry.summary.split())


def card_leaves_out(entry: Entry) -> bool:
    """Whether `entry_description` omits or shortens anything the full entry has."""
    for heading, bullets in body_sections(entry.body):
        limit = MAX_FACTS if heading.lower().startswith("key facts") else MAX_OTHER_BULLETS
        if len(bullets) > limit or any(len(b) > MAX_FACT_CHARS for b in bullets):
            return True
    prose = [ln for ln in entry.body.splitlines() if ln.strip() and not re.match(r"^\s*(#|[-*]\s)", ln)]
    return bool(prose) or len(entry.sources) > MAX_SOURCES


def entry_text(entry: Entry) -> str:
    """Plain readable text for the terminal: everything in the entry, sources last."""
    lines = [entry.title, "=" * min(len(entry.title), 78), "", entry.summary.strip(), ""]
    if entry.body.strip():
        lines += [entry.body.strip(), ""]
    meta = [
        _("Kind: {kind}").format(kind=kind_label(entry.kind)),
        _("Status: {status}").format(status=status_word(entry.status)),
    ]
    if entry.countries:
        meta.append(_("Countries: {names}").format(names=", ".join(entry.countries)))
    if entry.technologies:
        meta.append(_("Technologies: {names}").format(names=", ".join(entry.technologies)))
    if entry.years:
        meta.append(_("Years: {years}").format(years=", ".join(str(y) for y in entry.years)))
    lines += [*meta, ""]
    lines.append(_("Sources:"))
    lines += [f"  {i}. {source_text(s)}" for i, s in enumerate(entry.sources, 1)]
    reviewed = _("Last reviewed: {date}").format(date=reviewed_text(entry.last_reviewed))
    lines += ["", f"{reviewed}  (id: {entry.id})"]
    return "\n".join(lines)


# Said on an answer card when the question was not in English (SearchResult.english_note), or when
# the member reads the bot in another language; translate where shown: `_(ENGLISH_NOTE)`.
ENGLISH_NOTE = N_("This entry is in English: the knowledge base is written in English only.")
# Said on an answer card when the message asked several things and the entry was chosen on the first
# alone (SearchResult.partial, bot/kb/asks.py); {ask} is that ask in the member's words.
PARTIAL_NOTE = N_("This card answers the first part of your question (“{ask}”); it may not hold the rest.")
# The same under a list answer, which shows several entries.
LIST_ENGLISH_NOTE = N_("These entries are in English: the knowledge base is written in English only.")
# Under a list of every entry of a kind cut short ("list every vendor you have": SearchResult.more);
# {search} is how the face's member browses them all.
MORE_NOTE = N_("These are the first {shown} of {total}: browse them all with {search}.")


# Under a list of firms asked for by a listing they are not on ("Chinese firms not on the Entity
# List": SearchResult.unrecorded); {rule} is the listing's title. A card that does not mention a
# listing is no proof that a firm is not listed: a member at risk must not read it so.
UNRECORDED_NOTE = N_(
    "These firms' cards record no listing under “{rule}”: that does not show they are not listed. "
    "Check the list itself before you rely on it."
)


def unrecorded_lines(result: SearchResult) -> list[str]:
    """The warning under a list of firms asked for by a listing they are not on ([] under any other),
    before the pointer to the rest in every face."""
    if not (result.unrecorded and result.as_list):
        return []
    return ["", *(_(UNRECORDED_NOTE).format(rule=rule) for rule in result.unrecorded)]


def more_lines(result: SearchResult, search: Callable[[str | None], str]) -> list[str]:
    """The pointer under a list of every entry of a kind that shows only the first ones ([] under any
    other list). `search(kind)` is the face's command browsing that kind (None: every kind)."""
    if result.more <= 0:
        return []
    shown, total = format_number(len(result.items)), format_number(len(result.items) + result.more)
    kind = result.browse[0] if len(result.browse) == 1 else None
    return ["", _(MORE_NOTE).format(shown=shown, total=total, search=search(kind))]


def list_heading(count: int) -> str:
    """The line above a list answer, the same in every face.

    A list is chosen from the entries' metadata, not read against the question: "sold to Turkey"
    lists a case whose spyware hit victims in Turkey, whose customer no source names. So the heading
    offers the entries and asks the member to check each, never claims that they answer. When only
    one entry fits, the member is told so: it is the answer, not the first of a list cut short.
    """
    if count == 1:
        return _("Only one entry in the knowledge base fits that (read it to check):")
    return ngettext(
        "{n} entry in the knowledge base may answer that (read it to check):",
        "{n} entries in the knowledge base may answer that (read each to check):",
        count,
    ).format(n=format_number(count))


def list_text(items: Sequence[Entry], open_hint: Callable[[Entry], str]) -> str:
    """A list answer for the terminal: each entry with kind, status, summary and how to open it."""
    lines = [list_heading(len(items))]
    for number, entry in enumerate(items, 1):
        lines += [
            "",
            f"{number}. {entry.title} ({kind_label(entry.kind)}, {status_word(entry.status)})"
            f" — {open_hint(entry)}",
            f"   {item_summary(entry)}",
        ]
    return "\n".join(lines)

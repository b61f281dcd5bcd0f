"""Pure-string rendering of an entry, shared by every face (Discord embed text and terminal text)."""

from __future__ import annotations

import re

from bot.kb.model import Entry, Source

STATUS_LABEL = {
    "established": "Established (on the record)",
    "alleged": "Alleged (claims by researchers, NGOs or prosecutors)",
    "contested": "Contested (denied by the subject or sources conflict)",
}
# Key facts shown in Discord before the sources; the full body stays in the terminal text.
MAX_FACTS = 6
MAX_FACT_CHARS = 300


def _escape_link_text(text: str) -> str:
    """Square brackets inside a link label would break the Markdown link."""
    return text.replace("[", "(").replace("]", ")")


def source_markdown(source: Source) -> str:
    label = f"{source.publisher}, {source.title}, {source.date}"
    if source.url:
        url = source.url.replace(")", "%29").replace(" ", "%20")
        return f"[{_escape_link_text(source.title)}]({url}) ({source.publisher}, {source.date})"
    return label


def source_text(source: Source) -> str:
    text = f'{source.publisher}, "{source.title}", {source.date}'
    return f"{text} <{source.url}>" if source.url else text


def key_facts(body: str, limit: int = MAX_FACTS) -> list[str]:
    """The first bullets of the body's "Key facts" section (or of the body when it has no such heading)."""
    sections = re.split(r"^##+\s*", body, flags=re.MULTILINE)
    chosen = body
    for section in sections:
        if section.lower().startswith("key facts"):
            chosen = section
            break
    facts: list[str] = []
    for line in chosen.splitlines():
        match = re.match(r"^\s*[-*]\s+(.*\S)", line)
        if match:
            fact = match.group(1)
            if len(fact) > MAX_FACT_CHARS:
                cut = fact[:MAX_FACT_CHARS].rsplit(" ", 1)[0]
                # Do not leave an unbalanced emphasis or link marker behind.
                for marker in ("**", "*", "`", "["):
                    if cut.count(marker) % 2:
                        cut = cut.rsplit(marker, 1)[0]
                fact = cut.rstrip(" ,;:") + "…"
            facts.append(fact)
        if len(facts) >= limit:
            break
    return facts


def entry_description(entry: Entry) -> str:
    """The Markdown shown under the entry's title in Discord; `kb check` keeps it within 4096 chars."""
    parts = [entry.summary.strip()]
    facts = key_facts(entry.body)
    if facts:
        parts.append("**Key facts**\n" + "\n".join(f"• {fact}" for fact in facts))
    parts.append(f"**Status:** {STATUS_LABEL[entry.status]}")
    if entry.sources:
        parts.append(
            "**Sources**\n" + "\n".join(f"{i}. {source_markdown(s)}" for i, s in enumerate(entry.sources, 1))
        )
    parts.append(f"*Last reviewed {entry.last_reviewed}*")
    return "\n\n".join(parts)


def entry_text(entry: Entry) -> str:
    """Plain readable text for the terminal: everything in the entry, sources last."""
    lines = [entry.title, "=" * min(len(entry.title), 78), "", entry.summary.strip(), ""]
    if entry.body.strip():
        lines += [entry.body.strip(), ""]
    meta = [f"Kind: {entry.kind}", f"Status: {entry.status}"]
    if entry.countries:
        meta.append("Countries: " + ", ".join(entry.countries))
    if entry.technologies:
        meta.append("Technologies: " + ", ".join(entry.technologies))
    if entry.years:
        meta.append("Years: " + ", ".join(str(y) for y in entry.years))
    lines += [*meta, ""]
    lines.append("Sources:")
    lines += [f"  {i}. {source_text(s)}" for i, s in enumerate(entry.sources, 1)]
    lines += ["", f"Last reviewed: {entry.last_reviewed}  (id: {entry.id})"]
    return "\n".join(lines)

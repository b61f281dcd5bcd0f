"""The v2 sourcing rules `kb check` enforces beyond the schema (issue 14).

- publishers.yaml: every cited publisher with its own domains, and a deny list of mirrors, aggregators
  and partisan sites the research brief marks. A URL outside its publisher's domains or on a denied
  domain is an error (members would follow it believing it is the original); a publisher missing from
  the registry is only a warning, so a new publisher is added rather than guessed.
- every case, and every vendor with an allegation, has a `## Responses` section: an allegation never
  reaches a member without the response, or the plain statement that none is recorded.
- editorial notes about our research files belong in `editor_notes`, never in text members read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from bot.kb.model import Entry

REGISTRY_FILE = "publishers.yaml"
RESPONSES_HEADING = re.compile(r"^##+\s*responses?\s*$", re.IGNORECASE)
# Sentences about the research files rather than about the world. Deliberately narrow: "No response
# from the company is recorded in the sources." is the agreed wording and must stay allowed.
EDITORIAL = re.compile(
    r"\bthe brief\b|\bbrief's\b|\bresearch (?:files?|brief|notes)\b|\bour (?:sources|files|research)\b"
    r"|\bsources used here\b|\bnot (?:stated|given|found|named) in the sources\b"
    r"|\b(?:sources?|excerpts?|copies) (?:do|does|did) not (?:say|state|show|quote|confirm|establish"
    r"|identify|give|mention|name)\b|\bstored (?:copy|copies|excerpts?|text|pages?)\b|\bsource table\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Denied:
    domain: str
    reason: str
    names: tuple[str, ...] = ()


@dataclass
class Registry:
    """Publisher name (case-insensitive) -> its own domains; plus the deny list."""

    publishers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    deny: list[Denied] = field(default_factory=list)

    def domains(self, publisher: str) -> tuple[str, ...] | None:
        return self.publishers.get(_key(publisher))

    def denied_host(self, host: str) -> Denied | None:
        return next((d for d in self.deny if _on_domain(host, d.domain)), None)

    def denied_name(self, publisher: str) -> Denied | None:
        key = _key(publisher)
        return next((d for d in self.deny if key in {_key(n) for n in d.names}), None)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _on_domain(host: str, domain: str) -> bool:
    """A host belongs to a domain when it is the domain or one of its subdomains."""
    return host == domain or host.endswith("." + domain)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".")


# (line, message) found in the registry file itself; its errors are reported against it.
RegistryProblem = tuple[int, str]


def _node_lines(text: str) -> dict[tuple[str, object], int]:
    """1-based lines of each publisher key and each deny item, for exact error lines."""
    lines: dict[tuple[str, object], int] = {}
    root = yaml.compose(text)
    if not isinstance(root, yaml.MappingNode):
        return lines
    for key, value in root.value:
        if key.value == "publishers" and isinstance(value, yaml.MappingNode):
            lines.update({("publisher", k.value): k.start_mark.line + 1 for k, _ in value.value})
        if key.value == "deny" and isinstance(value, yaml.SequenceNode):
            lines.update({("deny", i): item.start_mark.line + 1 for i, item in enumerate(value.value)})
    return lines


def load_registry(directory: Path) -> tuple[Registry | None, list[RegistryProblem]]:
    """The registry in `directory`; None when the file is missing (a warning) or broken (errors, and no
    source is checked against a half-read registry)."""
    path = directory / REGISTRY_FILE
    if not path.exists():
        return None, []
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError) as err:
        return None, [(1, f"cannot read the publishers registry: {err}")]
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        return None, [(mark.line + 1 if mark else 1, f"YAML syntax error: {getattr(err, 'problem', err)}")]
    if not isinstance(data, dict) or not isinstance(data.get("publishers"), dict):
        return None, [(1, "the registry must be a mapping with a 'publishers:' mapping (and a 'deny:' list)")]
    lines = _node_lines(text)
    registry, problems = Registry(), []
    for name, value in data["publishers"].items():
        domains = value.get("domains") if isinstance(value, dict) else None
        if not isinstance(domains, list) or not all(isinstance(d, str) for d in domains):
            line = lines.get(("publisher", str(name)), 1)
            problems.append(
                (line, f"publisher '{name}' needs 'domains:' as a list, e.g. [example.org] or []")
            )
            continue
        registry.publishers[_key(str(name))] = tuple(d.lower().strip() for d in domains)
    deny = data.get("deny") or []
    for i, item in enumerate(deny if isinstance(deny, list) else [deny]):
        if not isinstance(item, dict) or not isinstance(item.get("domain"), str):
            problems.append((lines.get(("deny", i), 1), "a deny item needs 'domain:' and 'reason:'"))
            continue
        names = tuple(str(n) for n in item.get("names") or [])
        registry.deny.append(Denied(item["domain"].lower().strip(), str(item.get("reason", "denied")), names))
    return (None if problems else registry), problems


# (line, message, is_error) for one entry; `line_of` maps a front-matter location to a file line.
Finding = tuple[int, str, bool]
LineOf = Callable[..., int]


def source_findings(entry: Entry, registry: Registry, line_of: LineOf) -> list[Finding]:
    found: list[Finding] = []
    for i, source in enumerate(entry.sources):
        denied = registry.denied_name(source.publisher)
        if denied is not None:
            found.append(
                (
                    line_of("sources", i, "publisher"),
                    f"sources.{i}.publisher: '{source.publisher}' is on the deny list ({denied.reason}); "
                    "name the original publisher instead",
                    True,
                )
            )
        domains = registry.domains(source.publisher)
        if domains is None and denied is None:
            found.append(
                (
                    line_of("sources", i, "publisher"),
                    f"sources.{i}.publisher: '{source.publisher}' is not in {REGISTRY_FILE}; "
                    "add it with its own domains",
                    False,
                )
            )
        if source.url is None:
            continue
        host = host_of(source.url)
        bad = registry.denied_host(host)
        if bad is not None:
            found.append(
                (
                    line_of("sources", i, "url"),
                    f"sources.{i}.url: {host} is on the deny list ({bad.reason}); "
                    "cite the original publisher without this URL",
                    True,
                )
            )
        elif domains is not None and not any(_on_domain(host, d) for d in domains):
            allowed = ", ".join(domains) if domains else "none"
            found.append(
                (
                    line_of("sources", i, "url"),
                    f"sources.{i}.url: {host} is not a domain of '{source.publisher}' ({allowed}); "
                    "link only the publisher's own page, or drop the url",
                    True,
                )
            )
    return found


def needs_responses(entry: Entry) -> bool:
    return entry.kind == "case" or (entry.kind == "vendor" and entry.status in ("alleged", "contested"))


def has_responses(body: str) -> bool:
    """A `## Responses` heading followed by at least one line of text before the next heading."""
    lines = body.splitlines()
    for i, line in enumerate(lines):
        if RESPONSES_HEADING.match(line.strip()):
            rest = []
            for after in lines[i + 1 :]:
                if after.startswith("#"):
                    break
                rest.append(after.strip())
            return any(rest)
    return False


def body_findings(entry: Entry, text: str, body_line: int, line_of: LineOf) -> list[Finding]:
    """Responses rule and editorial notes in members' text (title, summary, body lines)."""
    found: list[Finding] = []
    if needs_responses(entry) and not has_responses(entry.body):
        who = "case" if entry.kind == "case" else f"vendor with status '{entry.status}'"
        found.append(
            (
                body_line,
                f"no '## Responses' section: every {who} needs one; if none is recorded write "
                "'- No response from the company is recorded in the sources.'",
                True,
            )
        )
    for key in ("title", "summary"):
        match = EDITORIAL.search(getattr(entry, key))
        if match:
            found.append((line_of(key), _editorial(key, match.group(0)), True))
    for number, line in enumerate(text.splitlines()[body_line - 1 :], body_line):
        match = EDITORIAL.search(line)
        if match:
            found.append((number, _editorial("body", match.group(0)), True))
    return found


def _editorial(where: str, phrase: str) -> str:
    return (
        f"{where} talks about our research files ('{phrase}'): members must not see editorial notes; "
        "move it to editor_notes"
    )

"""Reading and validating the knowledge directory; `kb check` and the service share this one path.

Every problem carries the file and the line of the offending front-matter key so writers can jump
straight to it; nothing stops at the first problem, so one run lists them all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from bot.i18n import LANGUAGES, use_locale
from bot.kb.casual import CASUAL_FILE, check_casual
from bot.kb.glossary import GLOSSARY_FILE, check_glossary
from bot.kb.list_fields import list_field_findings, missing_form
from bot.kb.model import DESCRIPTION_MAX, FOLDERS, KINDS, SUMMARY_MAX, TITLE_MAX, Entry
from bot.kb.render import entry_description
from bot.kb.smalltalk import PHRASES_FILE, check_phrases, names_taken
from bot.kb.sourcing import REGISTRY_FILE, body_findings, load_registry, source_findings

DRAFTS = "drafts"


@dataclass(frozen=True)
class Problem:
    path: Path | str
    line: int
    message: str
    warning: bool = False  # printed by `kb check`, but only fails it with --strict

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {'warning: ' if self.warning else ''}{self.message}"


@dataclass
class CheckReport:
    """Served entries, drafts and every problem found; `ok` only when there are none."""

    entries: list[Entry] = field(default_factory=list)
    drafts: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # errors: the knowledge is not served
    warnings: list[Problem] = field(default_factory=list)  # served, but an editor should look

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        counts = {kind: 0 for kind in KINDS}
        for entry in self.entries:
            counts[entry.kind] += 1
        counts["draft"] = len(self.drafts)
        return counts


class _Lines:
    """Maps a pydantic error location (('sources', 0, 'date')) to a line in the file."""

    def __init__(self, front_matter: str, offset: int) -> None:
        self.offset = offset
        try:
            self.root: yaml.Node | None = yaml.compose(front_matter)
        except yaml.YAMLError:
            self.root = None

    def line(self, *loc: Any) -> int:
        node, best = self.root, None
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                found = next(((k, v) for k, v in node.value if k.value == part), None)
                if found is None:
                    break
                best, node = found[0], found[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                node = node.value[part]
                best = node
            else:
                break
        return best.start_mark.line + self.offset if best is not None else 1


@dataclass
class _Parsed:
    entry: Entry
    lines: _Lines
    draft: bool
    text: str = ""
    body_line: int = 1  # the file line where the Markdown body starts


def _split(text: str) -> tuple[str, int] | None:
    """The raw front matter (between the first two `---` lines) and the body's first line number, or
    None when there is none."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return None
    for i, line in enumerate(lines[1:], 1):
        if line.strip() in ("---", "..."):
            return "\n".join(lines[1:i]), i + 2
    return None


def _yaml_line(err: yaml.YAMLError) -> int:
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    return mark.line + 2 if mark is not None else 1  # +1 for 0-based, +1 for the opening ---


def _describe(error: ErrorDetails) -> str:
    loc = ".".join(str(p) for p in error["loc"])
    if error["type"] == "missing":
        return f"missing required field '{loc}'"
    if error["type"] == "extra_forbidden":
        return f"unknown field '{loc}'"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{loc}: {message}"


def parse_file(
    path: Path, folder_kind: str | None, shown: Path | str
) -> tuple[_Parsed | None, list[Problem]]:
    """Parse and validate one file on its own; cross-file rules are checked by `check_directory`."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return None, [Problem(shown, 1, f"cannot read file: {err}")]
    split = _split(text)
    if split is None:
        if text.lstrip("\ufeff").startswith("---"):
            closing = "front matter is not closed: add a line with only --- after the fields"
            return None, [Problem(shown, 1, closing)]
        return None, [Problem(shown, 1, "no YAML front matter: the file must start with a --- block")]
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as err:
        return None, [Problem(shown, _yaml_line(err), f"YAML syntax error: {getattr(err, 'problem', err)}")]
    raw, body_line = split
    lines = _Lines(raw, offset=2)
    meta: dict[str, Any] = dict(post.metadata)  # raw YAML: Entry validates it
    if not isinstance(post.metadata, dict) or not meta:
        return None, [Problem(shown, 1, "front matter must be a YAML mapping of fields")]
    try:
        entry = Entry(**meta, body=post.content, path=path)
    except ValidationError as err:
        return None, [Problem(shown, lines.line(*e["loc"]), _describe(e)) for e in err.errors()]
    except TypeError as err:  # e.g. a non-string key such as `2020: x`
        return None, [Problem(shown, 1, f"front matter is malformed: {err}")]

    problems: list[Problem] = []
    if folder_kind is not None and entry.kind != folder_kind:
        problems.append(
            Problem(
                shown,
                lines.line("kind"),
                f"kind '{entry.kind}' does not match its folder (expected '{folder_kind}')",
            )
        )
    if entry.id != path.stem:
        problems.append(
            Problem(shown, lines.line("id"), f"id '{entry.id}' does not match the file name '{path.name}'")
        )
    if len(entry.title) > TITLE_MAX:
        problems.append(
            Problem(
                shown, lines.line("title"), f"title is {len(entry.title)} characters (at most {TITLE_MAX})"
            )
        )
    if len(entry.summary) > SUMMARY_MAX:
        problems.append(
            Problem(
                shown,
                lines.line("summary"),
                f"summary is {len(entry.summary)} characters (at most {SUMMARY_MAX})",
            )
        )
    if not entry.sources:
        problems.append(Problem(shown, lines.line("sources"), "no sources: every entry needs at least one"))
    # In a draft (a tip being verified, not served) a wrong destination is only a warning.
    found = list_field_findings(entry)
    problems += [
        Problem(shown, lines.line(*at), message, warning=folder_kind is None) for at, message in found
    ]
    if (formless := missing_form(entry)) is not None:
        problems.append(Problem(shown, lines.line("kind"), formless, warning=True))
    rendered, language = _longest_description(entry)
    if rendered > DESCRIPTION_MAX:
        problems.append(
            Problem(
                shown,
                1,
                f"rendered entry is {rendered} characters in {language!r}, over Discord's "
                f"{DESCRIPTION_MAX}-character embed limit; shorten the summary, bullets or sources",
            )
        )
    return _Parsed(entry, lines, folder_kind is None, text, body_line), problems


def _longest_description(entry: Entry) -> tuple[int, str]:
    """The entry's rendered length in the language that makes it longest, and that language.

    The card's headings and source lines are translated, so an entry that fits in English can run
    past Discord's limit in German; measured in English only, such an entry passed `kb check` and then
    made every question fail to load the knowledge in the other languages' console.
    """
    lengths = []
    for language in LANGUAGES:
        with use_locale(language):
            lengths.append((len(entry_description(entry)), language))
    return max(lengths)


def _files(directory: Path, drafts_dir: Path | None) -> list[tuple[Path, str | None]]:
    found: list[tuple[Path, str | None]] = []
    for folder, kind in FOLDERS.items():
        found += [(p, kind) for p in sorted((directory / folder).glob("*.md"))]
    drafts = drafts_dir if drafts_dir is not None else directory / DRAFTS
    found += [(p, None) for p in sorted(drafts.glob("*.md"))]
    return found


def check_directory(directory: Path, drafts_dir: Path | None = None) -> CheckReport:
    """Validate every entry and draft; the cross-file rules (ids, aliases, related) see them all."""
    report = CheckReport()
    if not directory.is_dir():
        report.problems.append(Problem(directory, 1, "knowledge directory does not exist"))
        return report
    parsed: list[_Parsed] = []
    files = _files(directory, drafts_dir)
    # A file that failed its own validation still "exists" for `related`: no cascade of errors.
    stems = {path.stem for path, kind in files if kind is not None}
    for path, kind in files:
        item, problems = parse_file(path, kind, path)
        report.problems += [p for p in problems if not p.warning]
        report.warnings += [p for p in problems if p.warning]
        if item is not None:
            parsed.append(item)

    def where(item: _Parsed) -> Path | str:
        return item.entry.path if item.entry.path else item.entry.id

    ids: dict[str, _Parsed] = {}
    for item in parsed:
        first = ids.setdefault(item.entry.id, item)
        if first is not item:
            report.problems.append(
                Problem(
                    where(item),
                    item.lines.line("id"),
                    f"duplicate id '{item.entry.id}' (also in {where(first)})",
                )
            )
    served_ids = {item.entry.id for item in parsed if not item.draft} | stems

    claimed: dict[str, _Parsed] = {}
    for item in parsed:  # titles first: an alias equal to another entry's title is a clash too
        claimed.setdefault(item.entry.title.casefold().strip(), item)
    for item in parsed:
        seen: set[str] = set()
        for i, alias in enumerate(item.entry.aliases):
            key = alias.casefold().strip()
            if key in seen:
                continue
            seen.add(key)
            owner = claimed.setdefault(key, item)
            if owner is not item:
                report.problems.append(
                    Problem(
                        where(item),
                        item.lines.line("aliases", i),
                        f"alias '{alias}' is also claimed by '{owner.entry.id}' ({where(owner)})",
                    )
                )
        for i, rel in enumerate(item.entry.related):
            if rel not in served_ids:
                report.problems.append(
                    Problem(where(item), item.lines.line("related", i), f"related id '{rel}' does not exist")
                )

    _sourcing(directory, parsed, report, where)
    report.entries = [item.entry for item in parsed if not item.draft]
    report.drafts = [item.entry for item in parsed if item.draft]
    glossary = directory / GLOSSARY_FILE
    if glossary.is_file():
        report.problems += [Problem(glossary, line, msg) for line, msg in check_glossary(glossary)]
    casual = directory / CASUAL_FILE
    if casual.is_file():
        entries = report.entries
        texts = [" ".join((e.title, *e.aliases, e.summary, e.body, *e.technologies)) for e in entries]
        names = [name for e in entries for name in (e.title, *e.aliases)]
        actors = [name for e in entries if e.kind != "rule" for name in (e.title, *e.aliases)]
        found = check_casual(casual, texts, names, actors)
        report.problems += [Problem(casual, line, msg) for line, msg in found]
    report.problems += [Problem(PHRASES_FILE, 1, msg) for msg in check_phrases()]
    report.problems += [Problem(PHRASES_FILE, 1, msg) for msg in names_taken(report.entries)]
    report.problems.sort(key=lambda p: (str(p.path), p.line, p.message))
    report.warnings.sort(key=lambda p: (str(p.path), p.line, p.message))
    return report


def _sourcing(
    directory: Path, parsed: list[_Parsed], report: CheckReport, where: Callable[[_Parsed], Path | str]
) -> None:
    """The v2 sourcing rules. In drafts (not served, still being verified) they are only warnings, so a
    tip's draft never blocks a reload of the served knowledge."""
    registry, registry_problems = load_registry(directory)
    registry_path = directory / REGISTRY_FILE
    report.problems += [Problem(registry_path, line, message) for line, message in registry_problems]
    if registry is None and not registry_problems:
        report.warnings.append(
            Problem(
                registry_path, 1, "no publishers registry: source publishers and URLs are not checked", True
            )
        )
    for item in parsed:
        findings = body_findings(item.entry, item.text, item.body_line, item.lines.line)
        if registry is not None:
            findings += source_findings(item.entry, registry, item.lines.line)
        for line, message, is_error in findings:
            problem = Problem(where(item), line, message, warning=item.draft or not is_error)
            (report.warnings if problem.warning else report.problems).append(problem)


def kind_counts(entries: list[Entry]) -> Counter[str]:
    return Counter(entry.kind for entry in entries)

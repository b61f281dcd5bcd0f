"""The multilingual glossary (knowledge/glossary.yaml): members' words in twelve languages mapped to
the knowledge base's English terms, so a German or Chinese question finds English entries.

Kept as reviewed data beside the entries; `kb check` validates it with `check_glossary`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.kb.text import fold

GLOSSARY_FILE = "glossary.yaml"
LANGUAGES: tuple[str, ...] = ("de", "fr", "es", "it", "nl", "pt", "pl", "sv", "ar", "zh", "tr", "ru")
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / GLOSSARY_FILE


@dataclass(frozen=True)
class Glossary:
    """language -> [(folded form, English term)], longest forms first."""

    forms: dict[str, list[tuple[str, str]]]

    @classmethod
    def empty(cls) -> Glossary:
        return cls({})


def _line(node: yaml.Node | None, *keys: str) -> int:
    """The 1-based line of a nested mapping key, or of the document when the key is not found."""
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            break
        found = next((v for k, v in node.value if getattr(k, "value", None) == key), None)
        if found is None:
            break
        node = found
    return (node.start_mark.line + 1) if node is not None else 1


def read_terms_table(path: Path, what: str) -> tuple[dict[str, Any], yaml.Node | None, list[tuple[int, str]]]:
    """A reviewed table of terms (the glossary, the casual table): its data and YAML nodes (for the
    line of each later problem), or the one problem that stops reading it, with its line."""
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        root = yaml.compose(text)
    except (OSError, UnicodeDecodeError) as exc:
        return {}, None, [(1, f"cannot read the {what}: {exc}")]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return {}, None, [(mark.line + 1 if mark else 1, f"{what} is not valid YAML: {exc}")]
    if not isinstance(data, dict) or not isinstance(data.get("terms"), dict):
        return {}, None, [(1, f"{what} must be a mapping with a 'terms' mapping")]
    repeated = repeated_keys(root)
    if repeated:
        return (
            {},
            None,
            [(line, f"{what} has '{key}' twice: YAML keeps the last silently") for line, key in repeated],
        )
    return data, root, []


def repeated_keys(node: yaml.Node | None) -> list[tuple[int, str]]:
    """(line, key) of each mapping key written a second time in the same mapping: two helpers adding
    the same term each wrote a row, and yaml.safe_load dropped the first without a word."""
    if isinstance(node, yaml.MappingNode):
        seen: set[object] = set()
        found: list[tuple[int, str]] = []
        for key, value in node.value:
            name = getattr(key, "value", None)
            if name in seen:
                found.append((key.start_mark.line + 1, str(name)))
            seen.add(name)
            found += repeated_keys(value)
        return found
    if isinstance(node, yaml.SequenceNode):
        return [hit for item in node.value for hit in repeated_keys(item)]
    return []


def check_glossary(path: Path) -> list[tuple[int, str]]:
    """(line, message) for every problem: unreadable YAML, unknown languages, a term missing a
    language, an empty form, or one form standing for two English terms in one language."""
    data, root, unread = read_terms_table(path, "glossary")
    if unread:
        return unread
    problems: list[tuple[int, str]] = []
    owner: dict[tuple[str, str], str] = {}
    for term, by_lang in data["terms"].items():
        line = _line(root, "terms", str(term))
        if not isinstance(term, str) or not term.strip() or not term.isascii():
            problems.append((line, f"term {term!r} must be a non-empty English (ASCII) term"))
            continue
        if not isinstance(by_lang, dict):
            problems.append((line, f"term '{term}' must map language codes to lists of forms"))
            continue
        for lang in sorted(set(by_lang) - set(LANGUAGES)):
            problems.append((line, f"term '{term}': unknown language '{lang}'"))
        for lang in LANGUAGES:
            forms = by_lang.get(lang)
            if not forms:
                problems.append((line, f"term '{term}' has no '{lang}' form"))
                continue
            if not isinstance(forms, list):
                forms = [forms]
            for form in forms:
                key = fold(str(form)).strip() if form is not None else ""
                if not key:
                    problems.append((_line(root, "terms", term, lang), f"term '{term}': empty '{lang}' form"))
                    continue
                first = owner.setdefault((lang, key), term)
                if first != term:
                    problems.append(
                        (
                            _line(root, "terms", term, lang),
                            f"'{lang}' form '{form}' stands for both '{first}' and '{term}'",
                        )
                    )
    return problems


def load_glossary(path: Path) -> Glossary:
    """The glossary at `path` (an empty one when the file is missing); invalid files are refused
    by `kb check` before they are served, so loading only skips what it cannot use."""
    if not path.is_file():
        return Glossary.empty()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    forms: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGUAGES}
    for term, by_lang in (data.get("terms") or {}).items():
        if not isinstance(by_lang, dict):
            continue
        for lang, values in by_lang.items():
            for form in values if isinstance(values, list) else [values]:
                key = fold(str(form)).strip() if form is not None else ""
                if lang in forms and key:
                    forms[lang].append((key, str(term)))
    for pairs in forms.values():
        pairs.sort(key=lambda p: -len(p[0]))
    return Glossary(forms)


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    """The shipped glossary, read once."""
    return load_glossary(DEFAULT_PATH)

"""What a native-speaker review of the catalogs found, kept from coming back.

`i18n check` compares placeholders and lengths; these read the words. A tipster must never be called
an informant; a command inside Arabic text must show as `/search`, not `search/`; and a moderator who
presses a button in the wrong state must read a sentence, whatever /triage's word for the status is.
"""

from __future__ import annotations

import re

import pytest
from babel.messages.catalog import Message
from babel.messages.pofile import read_po

from bot.i18n import LANGUAGES, LOCALES_DIR, SOURCE_LANGUAGE, use_locale
from bot.tips.model import CLAIMED, OPEN_STATUSES
from bot.tips.queue import shown_status
from bot.tips.triage import _WRONG_STATE, _wrong_state

TRANSLATED = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]

# Words for a police informant or a snitch: saying one of them of a member who files a tip frightens
# exactly the people the tip flow is for.
INFORMANT: dict[str, str] = {
    "de": r"spitzel|\binformant|v-mann|denunziant",
    "fr": r"\binformat(eur|rice)s?\b|\bindic\b|mouchard|délat",
    "es": r"soplón|soplon|chivat|delator|\bconfidente",
    "it": r"informator[ei]|delator[ei]|\bspion[ei]\b|\bspia\b",
    "ar": r"مخبر|مُخبر|واشي",
}
ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# A slash command as typed (`/search`, or in backticks), not a path or a link ("DIR/drafts", "https://").
COMMAND = re.compile(r"(?<![\w/.:`])`?/[a-z]")
LEFT_TO_RIGHT = ("\u200e", "\u2066", "\u2068")  # a left-to-right mark, or an isolate's opening
# /triage's status word, quoted as each language quotes: the word then fits any sentence.
QUOTED = r"[„«“\"]\s?{}\s?[“»”\"]"


def _messages(lang: str) -> list[Message]:
    with open(LOCALES_DIR / lang / "LC_MESSAGES" / "exportwatch.po", "rb") as po:
        return [m for m in read_po(po) if m.id]


def _forms(message: Message) -> list[str]:
    strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return [str(s) for s in strings if s]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_tipster_is_never_called_an_informant(lang: str) -> None:
    called = [
        f"{message.id!r} -> {form!r}"
        for message in _messages(lang)
        for form in _forms(message)
        if re.search(INFORMANT[lang], form.lower())
    ]
    assert not called, f"{lang}: {called}"


def test_a_command_inside_arabic_text_keeps_its_slash_in_front() -> None:
    """Without a left-to-right mark the slash (a neutral) takes the Arabic direction: `search/`."""
    turned = []
    for message in _messages("ar"):
        for form in _forms(message):
            for line in form.split("\n"):
                for match in COMMAND.finditer(line):
                    before = line[: match.start()]
                    if ARABIC_LETTER.search(before) and not before.endswith(LEFT_TO_RIGHT):
                        shown = line[max(0, match.start() - 20) : match.end() + 10]
                        turned.append(f"{message.id!r}: …{shown!r}")
    assert not turned, turned


@pytest.mark.parametrize("lang", [lang for lang in TRANSLATED if lang != "ar"])
def test_a_moderator_reads_a_sentence_whatever_the_status(lang: str) -> None:
    """The status is /triage's choice word ("braucht-infos", "doublon"): after "ist"/"est"/"è" it is
    no sentence ("TIP-0007 è servono-info"); named as the status, in quotes, it always is."""
    broken = []
    with use_locale(lang):
        for status in sorted(OPEN_STATUSES):
            for action in [*_WRONG_STATE, "an action without its own sentence"]:
                if action == "claim" and status == CLAIMED:
                    continue  # "already claimed by another moderator": no status in it
                said = _wrong_state(7, status, action)
                if not re.search(QUOTED.format(re.escape(shown_status(status))), said):
                    broken.append(said)
    assert not broken, broken

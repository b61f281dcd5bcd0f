"""What the translations promise a tipster, compared with the English by meaning, not wording.

The catalogs are machine-drafted. A translation that adds a promise the English does not make
("encrypted" for "keyed hashes", "anonymous" where the English says nothing of it) or drops one
("never", "anonymous") tells a member at risk something about their safety that is not true, and
`i18n check` only compares placeholders. Each concept below is looked for in the English and in every
translation of the same message: present in one, it must be present in the other. The numbers an
English string states (a receipt of six words, 66 bits, 30 days) must be in each translation too.
"""

from __future__ import annotations

import re

import pytest
from babel.messages.catalog import Message
from babel.messages.pofile import read_po

from bot.i18n import LANGUAGES, LOCALES_DIR, SOURCE_LANGUAGE

TRANSLATED = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]

# Per concept, how the English and each catalog say it (lower case; whole-word where it matters).
CONCEPTS: dict[str, dict[str, str]] = {
    "encryption": {
        "en": r"encrypt|cipher",
        "de": r"verschlüssel|chiffrier",
        "fr": r"chiffr(é|e|és|ées|ée|ement|er)\b|crypt",
        "es": r"cifrad|cifrado|encriptad|encriptación|cifrar",
        "it": r"cifrat|crittograf",
        "ar": r"مشفر|مشفّر|تشفير|مُشفّر",
    },
    "anonymity": {
        "en": r"anonym",
        "de": r"anonym",
        "fr": r"anonym",
        "es": r"an[oó]nim",
        "it": r"anonim",
        "ar": r"مجهول|دون كشف|دون ذكر هويت",
    },
    "never": {
        "en": r"\bnever\b",
        "de": r"\bnie\b|niemals",
        "fr": r"\bjamais\b",
        "es": r"\bnunca\b|\bjamás\b",
        "it": r"\bmai\b",
        "ar": r"أبد",
    },
}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
NUMBER = re.compile(r"\d+")
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _messages(lang: str) -> list[Message]:
    with open(LOCALES_DIR / lang / "LC_MESSAGES" / "exportwatch.po", "rb") as po:
        return [m for m in read_po(po) if m.id]


def _texts(message: Message) -> tuple[str, str]:
    """The English (singular and plural) and every translated form, each joined, lower case."""
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return " ".join(ids).lower(), " ".join(s or "" for s in strings).lower()


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("concept", sorted(CONCEPTS))
def test_a_translation_promises_what_the_english_does_no_more_no_less(lang: str, concept: str) -> None:
    english_says, translation_says = CONCEPTS[concept]["en"], CONCEPTS[concept][lang]
    differ = []
    for message in _messages(lang):
        english, translation = _texts(message)
        if bool(re.search(english_says, english)) != bool(re.search(translation_says, translation)):
            differ.append(f"{english[:90]!r} -> {translation[:90]!r}")
    assert not differ, f"{lang}: '{concept}' said in only one of English and translation: {differ}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_number_the_english_states_is_in_the_translation(lang: str) -> None:
    wrong = []
    for message in _messages(lang):
        english, translation = _texts(message)
        stated = set(NUMBER.findall(PLACEHOLDER.sub("", english)))
        given = set(NUMBER.findall(PLACEHOLDER.sub("", translation).translate(ARABIC_DIGITS)))
        if stated - given:
            wrong.append(f"{english[:90]!r}: {sorted(stated - given)} missing")
    assert not wrong, f"{lang}: {wrong}"

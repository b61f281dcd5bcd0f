"""The amount questions of data/payers.yaml read as a language's word order, not a regex a row.

"wie viel musste Hytera an Motorola zahlen?", "hoeveel moest Hytera aan Motorola betalen?" and
"combien Hytera a-t-elle payé à Motorola ?" are one question in three orders: the verb last after
its auxiliary, the verb first ('wie viel zahlte X an Y', '¿cuánto pagó X a Y?'), the auxiliary
first ('hur mycket fick X betala till Y'), the subject first ('сколько X заплатила Y'). A language
gives its words (how it asks an amount, its auxiliaries and verbs of paying, the preposition
marking the payee, the words opening what a price paid is for) and its orders; each order is
written once here. A payee told by its case ('Motoroli', 'Hytera' after a Russian verb) has no
preposition or an optional one, so the words opening a price are not read as a payee ('за
Pegasus'). Shapes no other language shares (English, the Swedish 'fick X av Y', Turkish, Arabic,
Chinese) stay whole regular expressions in the data.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_WORDS = r"(?:[^ ?]+ ){{0,{n}}}?[^ ?]+?"  # a party of up to n+1 words, as short as the rest allows
ORDERS = frozenset({"verb_first", "verb_last", "aux_first", "subject_first"})


def _any(words: list[str] | str) -> str:
    return words if isinstance(words, str) else "|".join(words)


def shape_rows(lang: Mapping[str, Any], yes_no: bool = False) -> list[str]:
    """The regular expressions (over the folded question) reading a language's amount questions,
    one per order it lists (`rows`), each with the groups `payer` and, when it marks one, `payee`;
    `yes_no`: its questions whether a payment was made, in the same orders opened by `ask` ('czy
    Polska zapłaciła NSO?', 'hat Motorola an Hytera gezahlt?'), none when it gives no `ask`."""
    tail = _any(lang["tail"])
    if yes_no:
        if "ask" not in lang:
            return []
        return [_row(lang, row, f"^{lang['ask'] or ''}", tail) for row in lang["rows"]]
    start = "^" if lang.get("anchored") else ""
    money = lang.get("money")
    opener = f"{start}{lang['how']} " + (f"(?:(?:{_any(money)}) )?" if money else "")
    return [_row(lang, row, opener, tail) for row in lang["rows"]]


def who_rows(lang: Mapping[str, Any]) -> list[str]:
    """The language's questions asking who paid (`who`: its word, 'wer', 'quién', 'kto'), one per
    order it lists: the asking word stands as the payer, the payee follows its verb ('¿quién tuvo
    que pagar a NSO?', 'kto musiał zapłacić NSO?') or stands before it ('wer musste an NSO zahlen?'),
    its preposition optional ('wer musste NSO bezahlen?')."""
    if "who" not in lang:
        return []
    tail = _any(lang["tail"])
    opener = f"^(?:{lang.get('ask') or ''})?(?:{_any(lang['who'])}) "  # 'czy' optional, '¿' too
    to = f"(?:(?:{_any(lang['to'])}) )?" if lang.get("to") else ""
    payee = rf"{to}(?!(?:{tail})\b)(?P<payee>{_WORDS.format(n=2)})"
    rows = []
    for row in lang["rows"]:
        aux = f"(?:(?:{_any(row['aux'])}) )?" if row.get("aux") else ""
        verbs = f"(?:{_any(row['verbs'])})"
        if row["order"] == "verb_last":
            rows.append(rf"{opener}{aux}{payee}(?: (?:{tail})\b[^?]*)? {verbs}\b")
        else:
            rows.append(rf"{opener}{aux}{verbs} {payee}(?: (?:{tail})\b.*)? ?[?.!]*$")
    return rows


def _row(lang: Mapping[str, Any], row: Mapping[str, Any], opener: str, tail: str) -> str:
    order = row["order"]
    if order not in ORDERS:
        raise ValueError(f"payers.yaml: unknown order {order!r} ({lang['how']})")
    verbs = f"(?:{_any(row['verbs'])})"
    aux = ""
    if row.get("aux"):
        aux = f"(?:(?:{_any(row['aux'])}) )?" if row.get("aux_optional") else f"(?:{_any(row['aux'])}) "
    payer = f"(?P<payer>{_WORDS.format(n=row.get('payer_words', 4) - 1)})"
    payee = _payee(lang, row, tail)
    end = rf"(?: (?:{tail})\b.*)? ?[?.!]*$"
    if order == "verb_first":  # 'wie viel zahlte X an Y', '¿cuánto pagó X a Y?'
        return f"{opener}{aux}{verbs} {payer}{payee}{end}"
    if order == "verb_last":  # 'wie viel musste X an Y zahlen', 'hoeveel heeft X aan Y betaald'
        return rf"{opener}{aux}{payer}{payee}(?: (?:{tail})\b[^?]*)? {verbs}\b"
    if order == "aux_first":  # 'hur mycket fick X betala till Y'
        return f"{opener}{aux}{payer} {verbs}{payee}{end}"
    # subject_first: 'combien X a-t-il payé à Y', 'сколько X заплатила Y', 'ile X zapłaciła Y'
    not_subject = f"(?!(?:{_any(row['not_subject'])})\\w* )" if row.get("not_subject") else ""
    return f"{opener}{not_subject}{payer} {aux}{verbs}{payee}{end}"


def _payee(lang: Mapping[str, Any], row: Mapping[str, Any], tail: str) -> str:
    """The payee after its preposition; a payee told by its case may go without one, and is then
    no word opening a price ('за', 'for'); one told by its article (`to_articles`: German 'hat
    Computerlinks die USA bezahlt?') opens on it, as an unmarked word may be the payer's own ('hat
    Blue Coat ...')."""
    if row.get("no_payee"):
        return ""
    to = lang.get("to")
    party = f"(?P<payee>{_WORDS.format(n=row.get('payee_words', 4) - 1)})"
    if to and row.get("to_articles"):  # 'hat X die USA bezahlt?': a bare object opens on its article
        return f"(?: (?:(?:{_any(to)}) |(?=(?:{_any(row['to_articles'])}) )){party})?"
    if to and not row.get("to_optional"):
        return f"(?: (?:{_any(to)}) {party})?"
    prep = f"(?:(?:{_any(to)}) )?" if to else ""
    return rf"(?: {prep}(?!(?:{tail})\b){party})?"

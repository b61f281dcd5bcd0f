"""Whether the card's amount was paid the other way round from how the question asks it.

"how much did Motorola pay Hytera?" names a payer (Motorola, the subject of pay) and a payee
(Hytera, its object). The Hytera card gives its amounts in 'a US jury awarded Motorola $764.6m'
and 'restitution to Motorola': Motorola was paid. Every word of the question is on the card, so
the model answered at 0.92, and the member would read the opposite of what happened. Matching
'pay' to 'awarded/paid/damages' in the glossary made it worse ("how much did Blue Coat pay?": its
distributor Computerlinks paid the card's settlement), so the payment's direction is read here.

The question's payer and payee are read by patterns per language (data/payers.yaml): 'how much
did X (have to) pay Y', 'wie viel musste X an Y zahlen', 'combien X a-t-il payé à Y', 'cuánto
pagó X a Y'. A price paid for something ('pay for FinSpy') names no payee. Each statement of the
card holding an amount (values.py's money) is read the same way, around its verbs: the name
before 'paid/bought' or after 'fined' and 'ordered ... to pay', the buyer of 'sold ... to X for',
is a payer; the name after 'awarded', 'paid ... to', 'restitution to', 'settle with', the seller or
the authority fining, a payee; a pronoun, the card's own subject; names joined by 'and', one party.
The amount is reversed when some such statement puts the question's payer among the payees, its
payee among the payers, or names another payer or payee than the one asked ('how much was NSO
awarded?': the jury awarded WhatsApp), and none tells the payment
the way asked: "how much did NSO have to pay WhatsApp?" is told by 'awarded WhatsApp', "how much
did Turkey pay for FinSpy?" by 'sold to Turkey's MIT ... for EUR 5 million'. A rule after the
model, held like `ungiven` (values.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.kb.place_names import country_name
from bot.kb.text import fold
from bot.kb.values import money_stated

PAYERS_FILE = Path(__file__).with_name("data") / "payers.yaml"
# A name as a card writes it: capitalised words ('Computerlinks FZCO', "Turkey's MIT")
# or a pronoun, which stands for the card's own subject ('Regulators ... fined it in 2022')
# or several joined by 'and' ('Hikvision and Dahua had won'): each is a party told
_ONE = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*"
_NAME = rf"(?P<name>{_ONE}(?:(?:\s+and\s+|\s+&\s+){_ONE})*|\b(?:it|they|he|she)\b)"
_PRONOUNS = frozenset({"it", "they", "he", "she"})
OWN = "@own"  # the card's own subject, named by a pronoun
_WORD = re.compile(r"[^\W_]+")
Party = frozenset[str]


@dataclass(frozen=True)
class PayerWords:
    """The patterns reading who paid whom, in a question and in a card's statement."""

    questions: tuple[re.Pattern[str], ...]
    not_names: frozenset[str]
    payer: tuple[re.Pattern[str], ...]
    payee: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def payer_words(path: Path = PAYERS_FILE) -> PayerWords:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    slots = data["statements"]
    return PayerWords(
        tuple(re.compile(p) for p in data["questions"]),
        frozenset(data["not_names"]),
        tuple(re.compile(p.replace("{name}", _NAME)) for p in slots["payer"]),
        tuple(re.compile(p.replace("{name}", _NAME)) for p in slots["payee"]),
    )


def _party(text: str | None, told: bool = False) -> Party:
    """The words naming a party (folded), with the country each names ('dutch': 'netherlands'); a
    pronoun `told` by a card stands for its own subject, one asked names no one ('did it pay')."""
    if not text:
        return frozenset()
    words = set()
    if told and fold(text) in _PRONOUNS:
        return frozenset({OWN})
    for word in _WORD.findall(fold(text)):
        if word in payer_words().not_names or len(word) < 2:
            continue
        words.add(word)
        place = country_name(word)
        if place is not None:
            words.add(place.lower())
    return frozenset(words)


def asked_parties(question: str) -> tuple[Party, Party]:
    """The payer and the payee the question names (empty when it names none)."""
    text = fold(question.strip())
    for pattern in payer_words().questions:
        match = pattern.search(text)
        if match:
            found = match.groupdict()
            return _party(found.get("payer")), _party(found.get("payee"))
    return frozenset(), frozenset()


@lru_cache(maxsize=4096)
def told_parties(statement: str) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
    """The payers and the payees a card's statement names around its verbs of paying."""
    words = payer_words()
    payers = tuple(p for rx in words.payer for m in rx.finditer(statement) if (p := _party(m["name"], True)))
    payees = tuple(p for rx in words.payee for m in rx.finditer(statement) if (p := _party(m["name"], True)))
    return payers, payees


def reversed_payment(question: str, statements: Sequence[str], own: str) -> bool:
    """Whether the statements giving an amount tell it paid by or to others than the question asks
    (see the module's docstring), and none tells it the way asked; `own`: the card's own name,
    which a pronoun in a statement stands for."""
    payer, payee = asked_parties(question)
    if not payer and not payee:
        return False
    mine = _party(own)
    payer, payee = (p | {OWN} if p & mine else p for p in (payer, payee))
    against = False
    for statement in statements:
        if not money_stated(statement):
            continue
        payers, payees = told_parties(statement)
        if any(payer & p for p in payers) or any(payee & p for p in payees):
            return False  # told the way asked
        if (
            any(payer & p for p in payees)
            or any(payee & p for p in payers)
            or (payer and payers)  # another payer named
            or (payee and payees)  # another payee named ('how much was NSO awarded?')
        ):
            against = True
    return against

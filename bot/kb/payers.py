"""Whether the card's amount was paid the other way round from how the question asks it.

"how much did Motorola pay Hytera?" names a payer (Motorola, the subject of pay) and a payee
(Hytera, its object). The Hytera card gives its amounts in 'a US jury awarded Motorola $764.6m'
and 'restitution to Motorola': Motorola was paid. Every word of the question is on the card, so
the model answered at 0.92, and the member would read the opposite of what happened. Matching
'pay' to 'awarded/paid/damages' in the glossary made it worse ("how much did Blue Coat pay?": its
distributor Computerlinks paid the card's settlement), so the payment's direction is read here.

The question's payer and payee are read per language of the glossary (data/payers.yaml): as a
word order with its words where languages share a shape (payer_shapes.py), else a pattern: 'how
much did X (have to) pay Y', 'wie viel musste X an Y zahlen', 'combien X a-t-il payé à Y', 'ile X
zapłaciła Y', 'сколько X заплатила Y', 'X Y'ye ne kadar ödedi', 'X向Y支付了多少'. A price paid
for something ('pay for FinSpy') names no payee; a word asked matches a word told declined
('Motoroli'). A causative names the payer as its object ('how much did Washington make Area pay?',
'how much was NSO ordered to pay WhatsApp?'): who made them pay is no party ('make it pay': none).
Each statement of the card holding an amount (values.py's money) is read the same way, around its
verbs: the name before 'paid/bought/agreed to buy/bid for/pleaded guilty ... fine', after 'fined',
'ordered ... to pay', 'owned by', 'invoice ... to', the buyer of 'sold ... to X for', is a payer;
the name after 'awarded', 'paid ... to', 'restitution to', 'settle with', 'paid a US penalty', the
seller or the authority fining, a payee; the parties of 'a contract between X and Y', either; a
pronoun, the card's own subject; names joined by 'and', one party. The amount is reversed when some
statement puts the question's payer among the payees, its payee among the payers, or names another
payer or payee than the one asked ('how much was NSO awarded?': the jury awarded WhatsApp), and no
statement contradicting no party asked tells the payment the way asked ("how much did NSO have to
pay WhatsApp?" is told by 'awarded WhatsApp', "how much did Turkey pay for FinSpy?" by 'sold to
Turkey's MIT ... for EUR 5 million'); a payment told the other way round is outweighed only by a
statement telling every party asked ('Area agreed to pay $100,000' holds 'how much did BIS pay
Area?' though 'it sold' tells Area paid). 'who paid X?' asks a party, which a card may tell with no
amount: it is held only on X told the other way round, unless it asks who was bound to pay ('who had
to pay NSO?': held like an amount). 'did X pay Y?' is read like an amount: a card telling the
payment owed the way asked ('a jury awarded WhatsApp' for 'did NSO pay WhatsApp?') answers, the
member reading what was awarded; one telling it the other way round ('did WhatsApp pay NSO?') is
held. A contract between X and Y tells no direction, so it does not tell a payment that another
statement tells the other way round ('the US government is a Paragon customer': 'did Paragon pay
ICE?' is held).
A rule after the model, held like `ungiven` (values.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from pathlib import Path

import yaml

from bot.kb.payer_shapes import shape_rows, who_rows
from bot.kb.place_names import country_name, demonym
from bot.kb.text import fold
from bot.kb.values import money_stated

PAYERS_FILE = Path(__file__).with_name("data") / "payers.yaml"
# A name as a card writes it: capitalised words ('Computerlinks FZCO', "Turkey's MIT"), with its
# acronym ('Customs Enforcement (ICE)')
# or a pronoun, which stands for the card's own subject ('Regulators ... fined it in 2022')
# or several joined by 'and' ('Hikvision and Dahua had won'): each is a party told
# and the words joined by 'of' ('the US Bureau of Industry and Security')
_ONE = r"[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*)*(?:\s+\([A-Z][\w&.-]*\))?"
_NAME = rf"(?P<name>{_ONE}(?:(?:\s+and\s+|\s+&\s+){_ONE})*|\b(?:it|they|he|she)\b)"
_PRONOUNS = frozenset({"it", "they", "he", "she"})
OWN = "@own"  # the card's own subject, named by a pronoun
_WORD = re.compile(r"[^\W_]+")
_LATIN = re.compile(r"[a-z]")  # a word asked in Latin letters (folded) can name a party a card tells
Party = frozenset[str]


@dataclass(frozen=True)
class PayerWords:
    """The patterns reading who paid whom, in a question and in a card's statement."""

    questions: tuple[re.Pattern[str], ...]
    yes_no: tuple[re.Pattern[str], ...]
    who: tuple[re.Pattern[str], ...]
    owed: re.Pattern[str]
    not_names: frozenset[str]
    payer: tuple[re.Pattern[str], ...]
    payee: tuple[re.Pattern[str], ...]
    either: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def payer_words(path: Path = PAYERS_FILE) -> PayerWords:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    slots = data["statements"]
    # a row is a regular expression, or a language's words and orders (payer_shapes.py)
    rows = [r for row in data["questions"] for r in ([row] if isinstance(row, str) else shape_rows(row))]
    grammars = [row for row in data["questions"] if not isinstance(row, str)]
    yes_no = list(data["yes_no"]) + [r for g in grammars for r in shape_rows(g, yes_no=True)]
    return PayerWords(
        tuple(re.compile(p) for p in rows),
        tuple(re.compile(p) for p in yes_no),
        tuple(re.compile(p) for p in [*data["who"], *(r for g in grammars for r in who_rows(g))]),
        re.compile(rf"(?:^| )(?:{'|'.join(data['owed'])})(?= |$)"),
        frozenset(data["not_names"]),
        tuple(re.compile(p.replace("{name}", _NAME)) for p in slots["payer"]),
        tuple(re.compile(p.replace("{name}", _NAME)) for p in slots["payee"]),
        tuple(re.compile(p.replace("{name}", _NAME)) for p in slots["either"]),
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
        place = country_name(word)
        if place is None and not told and not _LATIN.search(word):
            # a firm asked in its own script ('摩托罗拉', 'هايتيرا') cannot be matched against cards
            # written in Latin letters: it names no one rather than a party the card never tells
            continue
        words.add(word)
        if place is not None:
            words.add(place.lower())
    if not told:
        words |= _place_asked([w for w in _WORD.findall(fold(text)) if w in words])
    else:
        words |= _initials(text)
    return frozenset(words)


def _initials(text: str) -> set[str]:
    """The acronyms a name told in capitalised words stands for, the initials of its last three words
    or more ('Bureau of Industry and Security': 'bis'): 'hat Computerlinks das BIS bezahlt?' named a
    payee the card told only as the US Bureau of Industry and Security, another party."""
    capitals = [w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w[0].isupper()]
    return {fold("".join(capitals[k:])) for k in range(len(capitals) - 2)}


def _place_asked(words: list[str]) -> set[str]:
    """The country a party asked names in several words or declined ('die Vereinigten Staaten',
    'den Amerikanern'), which a card names in English ('the US Bureau'): a German bare object read
    as the payee ('hat Computerlinks die Vereinigten Staaten bezahlt?') was otherwise another party."""
    if len(words) > 1:
        for form in product(*((w, w.removesuffix("n")) for w in words[:3])):  # any word declined
            if (place := country_name(" ".join(form))) is not None:
                return {place.lower()}
    return {p.lower() for w in words if len(w) >= 6 and (p := demonym(w)) is not None}


def asked_parties(question: str, who: bool = False, yes_no: bool = False) -> tuple[Party, Party]:
    """The payer and the payee the question names (empty when it names none); `who`: as a question
    asking who paid ('who had to pay Hytera?') names them, `yes_no`: one asking whether a payment
    was made ('did Motorola pay Hytera?', 'czy Polska zapłaciła NSO?')."""
    return (_asked(question, "who" if who else "yes_no" if yes_no else "amount") or _NO_ONE)[:2]


_NO_ONE: tuple[Party, Party, bool] = (frozenset(), frozenset(), False)


def _asked(question: str, kind: str) -> tuple[Party, Party, bool] | None:
    """The payer and payee a question of that kind names, and whether a question asking who paid
    asks who was bound to pay ('who had to pay NSO?', the group `owed`): an obligation, told only by
    an amount owed. None when no row of that kind reads it; a row may read it and name no one
    ('сколько США заставили заплатить X?': either party may be X), and then no other kind is tried."""
    text = fold(question.strip())
    words = payer_words()
    rows = {"who": words.who, "yes_no": words.yes_no}.get(kind, words.questions)
    for pattern in rows:
        match = pattern.search(text)
        if match:
            found = match.groupdict()
            # only 'who' reads it: 'did NSO have to pay WhatsApp?' is read like 'did NSO pay
            # WhatsApp?', told by the award either way (f8cf66d)
            owed = kind == "who" and (bool(found.get("owed")) or bool(words.owed.search(text)))
            return _party(found.get("payer")), _party(found.get("payee")), owed
    return None


@lru_cache(maxsize=4096)
def told_parties(statement: str) -> tuple[tuple[Party, ...], ...]:
    """The payers, the payees and the parties of no told direction ('a contract between X and Y')
    a card's statement names around its verbs of paying."""
    words = payer_words()
    return tuple(
        tuple(p for rx in slot for m in rx.finditer(statement) if (p := _party(m["name"], True)))
        for slot in (words.payer, words.payee, words.either)
    )


def _same(asked: str, told: str) -> bool:
    """Whether a word asked names the word told, declined ('Motoroli', 'Hyterze', 'WhatsAppowi' in
    Polish): long words sharing all but the last letter of the shorter; 'niger' is not 'nigeria'."""
    if asked == told:
        return True
    if min(len(asked), len(told)) < 6:
        return False
    stem = min(len(asked), len(told)) - 1
    return asked[:stem] == told[:stem]


def _meets(asked: Party, told: Party) -> bool:
    return any(_same(a, t) for a in asked for t in told)


def reversed_payment(question: str, statements: Sequence[str], own: str) -> bool:
    """Whether the statements giving an amount tell it paid by or to others than the question asks
    (see the module's docstring), and none tells it the way asked; `own`: the card's own name,
    which a pronoun in a statement stands for."""
    for kind in ("amount", "yes_no", "who"):
        if (read := _asked(question, kind)) is not None:
            break
    payer, payee, owed = read or _NO_ONE
    if not payer and not payee:
        return False
    mine = _party(own)
    payer, payee = (p | {OWN} if _meets(p, mine) else p for p in (payer, payee))
    against = turned = told_whole = told = False
    for statement in statements:
        if not money_stated(statement):
            continue
        payers, payees, either = told_parties(statement)
        turned_here = _turned(payer, payee, payers, payees)
        other = bool(payer and payers and not any(_meets(payer, p) for p in payers)) or bool(
            payee and payees and not any(_meets(payee, p) for p in payees)
        )  # another payer or payee named ('how much was NSO awarded?': the jury awarded WhatsApp)
        roles = ((payer, payers + either), (payee, payees + either))  # either: no direction told
        as_asked = [any(_meets(asked, p) for p in told) for asked, told in roles if asked]
        directed = any(_meets(a, p) for a, told in ((payer, payers), (payee, payees)) if a for p in told)
        if any(as_asked) and not directed and _turned_anywhere(payer, payee, statements):
            # 'a contract between ICE and Paragon' tells no direction; 'the US government is a
            # Paragon customer' does: 'did Paragon pay ICE?' is told the other way round
            turned_here = True
        if any(as_asked) and not turned_here and not other:
            told = True
            told_whole = told_whole or all(as_asked)
        turned = turned or turned_here
        against = against or turned_here or other
    # told the way asked by some statement; a payment told the other way round is outweighed only
    # by a statement telling every party asked ('Area agreed to pay $100,000': 'BIS paid Area?')
    if kind == "who" and not owed:  # a party asked may be told with no amount ('NSO spyware sold
        return turned and not told_whole  # to the government'): held only when told the other way
    return against and not (told_whole if turned else told)


def _turned(payer: Party, payee: Party, payers: Sequence[Party], payees: Sequence[Party]) -> bool:
    """Whether a statement's payers and payees put the payer asked among those paid or the payee
    asked among those paying."""
    return any(_meets(payer, p) for p in payees) or any(_meets(payee, p) for p in payers)


def _turned_anywhere(payer: Party, payee: Party, statements: Sequence[str]) -> bool:
    """Whether any statement, with an amount or none, tells the parties asked the other way round."""
    return any(_turned(payer, payee, *told_parties(s)[:2]) for s in statements)

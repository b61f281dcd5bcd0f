"""A product's bare name in a list question (bot/kb/lists.py): "who was targeted by Predator?",
"Predator cases?". The knowledge files give "Predator spyware", not "Predator" alone, whose
everyday sense made it ambiguous as a name for every answer; a list question naming gear said as a
name (capitalised) or beside a product or targeting word names the product there. Derived from the
aliases that end in a kind of product (list_asks.PRODUCTS), never a word list of its own."""

from __future__ import annotations

import re
from functools import lru_cache
from weakref import WeakKeyDictionary

from bot.kb.list_asks import POINTING, PRODUCTS, words_and_breaks
from bot.kb.list_countries import VICTIMS
from bot.kb.list_names import NameTable
from bot.kb.list_who import HELPERS, PARTICLES, WHO, WHO_ACTED, WHO_AUXILIARIES
from bot.kb.model import Entry
from bot.kb.place_names import key_of, list_words, words_of

_WORD = re.compile(r"\w+")
# Words beside a bare name that say it is the product: "the Predator spyware", "hit by Predator",
# "predator victims".
_BESIDE = frozenset(p for p in PRODUCTS if " " not in p) | WHO_ACTED["targeted"] | VICTIMS | {"by", "with"}
# Words of use, targeting or sale: a case's statement that tells its product was used (`tells_product`).
_ACTS = (
    WHO_ACTED["targeted"]
    | frozenset(str(list_words()["use_words"]).split())
    | frozenset(str(list_words()["sale_words"]).split())
)
# How far (in words) such a word may stand from the bare name.
REACH = 2
_BARE: WeakKeyDictionary[NameTable, dict[tuple[str, ...], frozenset[str]]] = WeakKeyDictionary()


def bare_names(names: NameTable) -> dict[tuple[str, ...], frozenset[str]]:
    """Each bare name (its words) -> the entries whose alias is it and a product kind ("predator" of
    "Predator spyware"), leaving out bare names that are already some entry's name."""
    if names not in _BARE:
        found: dict[tuple[str, ...], set[str]] = {}
        for entry_id, keys in names.keys.items():
            for key in keys:
                for product in PRODUCTS:
                    bare = key[: -len(product) - 1] if key.endswith(f" {product}") else ""
                    if len(bare) >= 3 and not names.named(bare):
                        found.setdefault(tuple(bare.split(" ")), set()).add(entry_id)
        _BARE[names] = {k: frozenset(v) for k, v in found.items()}
    return _BARE[names]


def bare_named(question: str, names: NameTable) -> set[str]:
    """The entries a list question names by a product's bare name said as a name: capitalised
    ("Predator cases?"), or with a product or targeting word at most `REACH` words away ("hit by
    predator"); "predator" in a lowercase sentence of other words names nothing."""
    tokens = _WORD.findall(question)
    one_word = frozenset(b[0] for b in bare_names(names) if len(b) == 1)
    low = [names.uninflect(key_of(t), one_word) for t in tokens]  # "Predatorem": Predator
    # a bare name within a longer name is that name's: "the Predator Files" is a case
    within = {i for start, end, _ in names.spans(low) for i in range(start, end)}
    found: set[str] = set()
    said = set(low)
    for bare, owners in bare_names(names).items():
        if bare[0] not in said:
            continue  # most names: one look-up, not a slice of every word (~0.15 ms a long question)
        n = len(bare)
        for i in range(len(low) - n + 1):
            if tuple(low[i : i + n]) != bare or within.intersection(range(i, i + n)):
                continue
            near = set(low[max(0, i - REACH) : i]) | set(low[i + n : i + n + REACH])
            if tokens[i][:1].isupper() or near & _BESIDE:
                found |= owners
    return found


_PRODUCT_KEYS: WeakKeyDictionary[NameTable, dict[str, frozenset[str]]] = WeakKeyDictionary()


def product_keys(names: NameTable) -> dict[str, frozenset[str]]:
    """Entry id -> its name keys that name a product, not the firm: an alias ending in a kind of
    product ("pegasus spyware") and its bare name ("pegasus"), and a key in the title's last words in
    brackets when they end in one ("RCS Lab (Hermit spyware)": "hermit"). Derived, no list of its own;
    built once per table."""
    if names not in _PRODUCT_KEYS:
        found: dict[str, set[str]] = {}
        for entry_id, keys in names.keys.items():
            title = names.by_id[entry_id].title
            said = key_of(title[title.find("(") + 1 :].rstrip(")").split(",")[-1]) if "(" in title else ""
            said = said if any(said.endswith(f" {p}") for p in PRODUCTS) else ""
            for key in keys:
                bare = {key[: -len(p) - 1] for p in PRODUCTS if key.endswith(f" {p}")}
                if bare or any(f"{key} {p}" in keys for p in PRODUCTS) or f" {key} " in f" {said} ":
                    found.setdefault(entry_id, set()).update({key, *bare})
            # "Paragon spyware", "Axis cameras": the firm's own name with a product word is no product
            lead = f" {key_of(re.split(r'[(:,–—]| - ', title)[0])} "
            found[entry_id] = {k for k in found.get(entry_id, ()) if f" {k.split(' ')[0]} " not in lead}
        _PRODUCT_KEYS[names] = {k: frozenset(v) for k, v in found.items()}
    return _PRODUCT_KEYS[names]


def by_product(words: list[str], names: NameTable) -> set[str]:
    """The entries the words name by a product of theirs ("which firm sells Pegasus?": NSO Group)."""
    table = product_keys(names)
    return {
        owner
        for start, end, owners in names.spans(words)
        for owner in owners
        if " ".join(words[start:end]) in table.get(owner, frozenset())
    }


def asks_makers(
    words: list[str], question: str, named: set[str], kinds: set[str], names: NameTable, verbs: frozenset[str]
) -> bool:
    """ "Which firm sells Pegasus?", "which companies make Predator?": a verb of making or selling
    (`verbs`) and every firm named by a product of its own ask for the makers, not for every firm
    whose text mentions the maker (Circles, "an NSO Group affiliate", sells no Pegasus)."""
    if "vendor" not in kinds or not verbs.intersection(words):
        return False
    firms = {n for n in named if names.by_id[n].kind == "vendor"}
    return bool(firms) and firms <= by_product(words, names) | bare_named(question, names)


def named_by_product(question: str, names: NameTable) -> dict[str, frozenset[str]]:
    """The firms the question names by a product of theirs and by nothing else ("who was hit with
    Dante?": Hacking Team), each with the product names said; a firm also named by its own name
    ("NSO's Pegasus", "Intellexa and Predator") is not among them. A bare name is read inflected as
    `bare_named` reads it ("Kogo szpiegowano Predatorem?": Predator): read as written, the product went
    unsaid and the list held every case naming its maker (Meta's takedown, Nexa's Egypt case)."""
    one_word = frozenset(b[0] for b in bare_names(names) if len(b) == 1)
    words = [names.uninflect(w, one_word) for w in words_of(question)]
    table = product_keys(names)
    said: dict[str, set[str]] = {}
    other: set[str] = set()
    for start, end, owners in names.spans(words):
        run = " ".join(words[start:end])
        for owner in owners:
            if run in table.get(owner, frozenset()):
                said.setdefault(owner, set()).add(run)
            else:
                other.add(owner)
    plain = f" {' '.join(words)} "
    for owner in bare_named(question, names):
        said.setdefault(owner, set()).update(k for k in table.get(owner, ()) if f" {k} " in plain)
    return {
        firm: frozenset(keys)
        for firm, keys in said.items()
        if keys and firm not in other and names.by_id[firm].kind == "vendor"
    }


def tells_product(case: Entry, firms: dict[str, frozenset[str]], names: NameTable) -> bool:
    """The case tells of a product asked by name (`named_by_product`), not only of its maker: it says
    the product where members read it (title, summary, aliases), or in a statement of its use,
    targeting or sale ("BIRN journalists were targeted with Pegasus"); or the maker has one product
    and is the only firm the case links (WhatsApp v. NSO) or is named in its title ("Ahmed Mansoor:
    targeted with FinFisher, ..."). A case naming the maker in passing (Meta's takedown naming Cytrox;
    Hacking Team's leak, asked about its later Dante) does not."""
    table = product_keys(names)
    title = f" {key_of(case.title)} "
    for firm, keys in firms.items():
        said = keys | {k[: -len(p) - 1] for k in keys for p in PRODUCTS if k.endswith(f" {p}")}
        if any(f" {k} " in names.seen[case.id] or _body_tells(case.body, k) for k in said):
            return True
        vendors = {r for r in case.related if r in names.by_id and names.by_id[r].kind == "vendor"}
        bare = {k for k in table.get(firm, ()) if not any(k.endswith(f" {p}") for p in PRODUCTS)}
        titled = any(f" {k} " in title for k in names.keys[firm])
        if len(bare) == 1 and (vendors == {firm} or titled):
            return True
    return False


@lru_cache(maxsize=512)
def _body_tells(body: str, key: str) -> bool:
    """A line of the body says the product `key` with a word of use, targeting or sale."""
    for line in body.splitlines():
        said = f" {key_of(line)} "
        if f" {key} " in said and not _ACTS.isdisjoint(said.split()):
            return True
    return False


@lru_cache(maxsize=256)
def _lead_key(title: str) -> str:
    """The words a title opens with, folded and spaced around ("NSO Group (Q Cyber)": " nso group "):
    split once per title, not once per question."""
    return f" {key_of(re.split(r'[(:,–—]| - ', title)[0])} "


def makers_of(question: str, names: NameTable, verbs: frozenset[str]) -> list[str]:
    """ "Hermit and Heliconia: who's behind them?", "who makes Pegasus and Predator?": "who", a verb of
    making or selling or a word of who stands behind (`verbs`) and, besides them, only the names of two
    firms' products or more, none of them a firm's own name (the words its title opens with: "NSO" of
    "NSO Group"): the firms that make them, each named (a names-alone list). One product ("who sells
    Pegasus?") is the engine's answer."""
    words, opens = words_and_breaks(question)
    if WHO.isdisjoint(words) or verbs.isdisjoint(words):
        return []
    drop = WHO | WHO_AUXILIARIES | HELPERS | PARTICLES | POINTING | verbs
    kept = [words[i] for i, w in enumerate(words) if w not in drop]
    only = names.only_names(kept, [opens[i] for i, w in enumerate(words) if w not in drop])
    if not only or any(names.by_id[n].kind != "vendor" for n in only):
        return []
    for start, end, owners in names.spans(kept):
        run = f" {' '.join(kept[start:end])} "
        if any(run in _lead_key(names.by_id[o].title) for o in owners):
            return []  # "who sold NSO and Candiru?": firms named, not products
    return only


# A question asking who stood behind a case is short: "who was behind the Subzero attacks?"; a longer
# one asks something of the case ("who was behind Catalangate and how did they get caught?")
BEHIND_WORDS = 8
BEHIND_EXPOSURES = frozenset(list_words()["behind_exposures"].split())  # "leak", "lawsuit", "report"


def behind_case(question: str, names: NameTable, verbs: frozenset[str]) -> list[str]:
    """ "Who was behind the Subzero attacks?", "who built the Area Syria system?": "who" first, a word
    of who stands behind or made it (`verbs`) and one case named, not by a product's name ("who is
    behind Hermit?" asks for the maker: `makers_of`): the case and the firms it links, each named (a
    names-alone list). A case linking no firm, or a question naming anything else, is the engine's."""
    words = words_of(question)
    if not words or words[0] not in WHO or verbs.isdisjoint(words) or len(words) > BEHIND_WORDS:
        return []
    named = names.named(key_of(question))
    if len(named) != 1 or by_product(words, names) or bare_named(question, names):
        return []
    case = names.by_id[next(iter(named))]
    if case.kind != "case" or not BEHIND_EXPOSURES.isdisjoint(words):
        return []  # "who was behind the Hacking Team leak / the WhatsApp lawsuit?": the case card
    # a firm the question names is what the case exposed, never who was behind it
    said = f" {key_of(question)} "
    firms = [
        r
        for r in case.related
        if r in names.by_id
        and names.by_id[r].kind == "vendor"
        and not any(f" {k} " in said for k in set(names.keys.get(r, ())) - product_keys(names).get(r, set()))
    ]
    return [case.id, *firms] if firms else []

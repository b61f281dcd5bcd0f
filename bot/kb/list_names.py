"""Every entry's distinctive names, for list questions (bot/kb/lists.py): which entries a question
names ("what cases involve Hikvision?"), and which entries mention them (a case names its vendors,
a rule the firms it lists)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from bot.kb import destinations, topics
from bot.kb.city_places import capitals_unnamed
from bot.kb.inflected import inflected
from bot.kb.list_asks import NAME_JOINERS, PRODUCTS
from bot.kb.list_persons import body_people, person_keys, telling
from bot.kb.model import Entry
from bot.kb.place_names import country_names, key_of, list_words, words_of
from bot.kb.places import JOINERS

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_NONE: frozenset[str] = frozenset()
# Case endings a one-word name takes in the languages that inflect names ("Pegasusem", "Predatora"),
# longest first, and the shortest name read with one (list_words.yaml's name_endings).
NAME_ENDINGS = tuple(sorted(str(list_words()["name_endings"]).split(), key=len, reverse=True))
STEM_FROM = 5
# Up to this many entries, where each one's technology went is worked out with the table.
EAGER_WENT = 2000


class NameTable:
    """Every entry's distinctive names (its title's lead name and its aliases), built once per index."""

    def __init__(self, entries: Sequence[Entry], went: destinations.Went | None = None) -> None:
        self.by_id = {e.id: e for e in entries}
        self.keys: dict[str, list[str]] = {}
        self.texts = {e.id: topics.entry_text(e) for e in entries}  # what topics are looked for in
        # What members read of each entry, folded once here (folding per question cost ~0.4 ms each).
        # Each card's title, summary and body folded once (the towns and bodies it names, the owners it
        # tells): not `texts`, whose sources' publishers would make Citizen Lab's Toronto a card's town.
        self.cards = {e.id: f" {key_of(' '.join((e.title, e.summary, e.body)))} " for e in entries}
        self.seen = {e.id: f" {key_of(' '.join((e.title, e.summary, *e.aliases)))} " for e in entries}
        self.unnamed_capitals = capitals_unnamed(self.cards)  # "Kampala or Lusaka?": their countries
        # Every word the entries hold where members read them, and their places: what the knowledge
        # base knows ("anything on X?" asks about X only when it does: bot/kb/lists.py).
        self.vocabulary = frozenset(
            w for e in entries for w in (*self.seen[e.id].split(), *words_of(" ".join(e.countries)))
        )
        known_places = country_names()
        inflected(["kingdom"])  # its table built now, not by the first list with a place (~25 ms)
        for entry in entries:
            lead = re.split(r"[(:,–—]| - ", entry.title)[0]
            # a firm's capitalised short name is the firm's; a case titled "NSO Pegasus used in Mexico"
            # is not named by every question that says "NSO"
            names = [lead, *entry.aliases, *(_acronyms(lead) if entry.kind == "vendor" else [])]
            # A case titled "Egypt: ..." is not named by every question that says "Egypt".
            keys = [k for k in dict.fromkeys(key_of(n) for n in names) if (len(k) >= 3 or _CJK.search(k))]
            self.keys[entry.id] = [k for k in keys if k not in known_places]
        self._owners, self._first_words, self._cjk_keys = _name_lookup(self.keys)
        # People named among the aliases ("Tal Dilian") and the entries that tell of each (list_persons)
        self.people = person_keys(entries, self.keys)
        self.telling = telling(entries, self.people)
        self._one_word = frozenset(k for k in self._owners if " " not in k and len(k) >= STEM_FROM)
        # Whose names each entry says where members read it (the owners of every name key that
        # stands in its `seen` text as whole words), worked out here: a list question asking about
        # a name looked for every key of it in every entry's text (~0.6 ms for two names). Its own
        # names are left out (asked of, it is listed anyway), so most entries keep no set at all.
        # A product's bare name in its own maker's text is the product, never another entry's name:
        # Hacking Team's "RCS" (its "RCS spyware") does not mention RCS Lab.
        self.mentioned: dict[str, frozenset[str]] = {}
        for entry in entries:
            own = frozenset(
                k[: -len(p) - 1] for k in self.keys[entry.id] for p in PRODUCTS if k.endswith(f" {p}")
            )
            said = self._said_in(self.seen[entry.id].split(), own) - {entry.id}
            if said:
                self.mentioned[entry.id] = said
        # and the people the cards only tell of ("Philippe Vannier"): named by the cards saying them,
        # after `mentioned`, so a card saying "Vannier" does not mention every other card that does
        self.body_people = body_people(entries, self.keys, self.people)
        for key, tellers in self.body_people.items():
            self._owners[key] = tuple(sorted(tellers))
            first = key.split()[0]
            self._first_words[first] = tuple(sorted({*self._first_words.get(first, ()), len(key.split())}))
        self.vocabulary |= {w for key in self.body_people for w in key.split()}  # "Olivier Bohbot: all of it"
        # where each vendor's or case's gear went (`went`: the engine's table of the same entries,
        # built once for both); for a small knowledge base all of them now
        self.destinations = went if went is not None else destinations.Went(entries)
        if len(entries) <= EAGER_WENT:
            self.destinations.everywhere(entries)
        # A rule holding several measures: each measure's name keys and firms (model.Measure).
        self.measure_keys = {
            e.id: [(frozenset(key_of(n) for n in m.names), frozenset(m.firms)) for m in e.measures]
            for e in entries
            if e.measures
        }

    def measures(self, text: str) -> frozenset[str]:
        """The measure names (keys) the text says as whole words ("NDAA 889" of a rule on several)."""
        said = f" {' '.join(words_of(text))} "
        return frozenset(
            k for found in self.measure_keys.values() for keys, _ in found for k in keys if f" {k} " in said
        )

    def _on_list(self, rule: Entry, firm: Entry, measures: frozenset[str]) -> bool:
        """The rule names the firm; asked about one of its measures, only that measure's firms."""
        if not _names_firm(rule, firm):
            return False
        asked = [firms for keys, firms in self.measure_keys.get(rule.id, ()) if keys & measures]
        return not asked or any(firm.id in firms for firms in asked)

    def named(self, text: str) -> set[str]:
        """Ids of the entries whose name the text says as whole words: each run of its words looked
        up (a name key is words joined by one space), not every entry's keys searched for."""
        found = {entry_id for k, entry_id in self._cjk_keys if k in text}
        for _start, _end, owners in self.spans([self.uninflect(w) for w in words_of(text)]):
            found.update(owners)
        return found

    def uninflect(self, word: str, bare: frozenset[str] = _NONE) -> str:
        """'pegasusem' -> 'pegasus', 'predatora' -> 'predator' (a one-word `bare` name): a name of one
        word and five letters or more with a case ending of the languages that inflect names (Polish,
        Czech, Russian: list_words.yaml's name_endings), read as the name; every other word as it is."""
        if word in self._first_words:
            return word
        for ending in NAME_ENDINGS:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= STEM_FROM and (stem in self._one_word or stem in bare):
                return stem
        return word

    def spans(self, words: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
        """(start, end, owners) of each run of the words that is an entry's name, save a name within a
        longer name: "the Pegasus Project" names the case, not NSO Group by "Pegasus" inside it."""
        spans: list[tuple[int, int, tuple[str, ...]]] = []
        for start, word in enumerate(words):
            for n in self._first_words.get(word, ()):
                if start + n > len(words):  # a shorter slice would pose as a name of n words
                    break
                owners = self._owners.get(" ".join(words[start : start + n]), ())
                if owners:
                    spans.append((start, start + n, owners))
        return [
            (start, end, owners)
            for start, end, owners in spans
            if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans)
        ]

    def only_names(self, words: list[str], opens: list[bool]) -> list[str]:
        """The entries a question of names alone asks about, in its order ("NSO, Candiru and
        Intellexa?", "Hikvision and Dahua?"): every word is a name or joins names, the names are of at
        least two entries, and a conjunction or a comma stands between each two ("Hikvision Dahua
        Xinjiang", "SenseTime Entity List": keywords of one thing that ties them, the engine's
        answer). A name two entries share is the one's that lists it first among its names ("NSO":
        NSO Group's alias, a Mexican case's initials), else it says neither alone. [] for any other
        question ("NSO and Pegasus": one firm; "Hikvision and Xinjiang": a place is no entry)."""
        spans = self.spans(words)
        covered = {i for start, end, _ in spans for i in range(start, end)}
        if any(i not in covered and w not in NAME_JOINERS | JOINERS for i, w in enumerate(words)):
            return []
        for (_, end, _), (start, _, _) in pairwise(spans):
            if not (opens[start] or NAME_JOINERS.intersection(words[end:start])):
                return []
        named: list[str] = []
        for start, end, owners in spans:
            key = " ".join(words[start:end])
            rank = {o: self.keys[o].index(key) if key in self.keys[o] else len(self.keys[o]) for o in owners}
            first = [o for o in owners if rank[o] == min(rank.values())]
            if len(first) > 1:
                return []
            named.append(first[0])
        named = list(dict.fromkeys(named))
        return named if len(named) >= 2 else []

    def went(self, entry: Entry, *, sale: bool) -> frozenset[str]:
        """Where a vendor's or a case's technology went, asked about a sale or not (destinations.Went)."""
        return self.destinations.went(entry, sale=sale, listed=True)

    def went_via(self, vendor: Entry, case: Entry, *, sold: bool, used: bool) -> frozenset[str]:
        """The places a case ties a vendor to (destinations.Went.via)."""
        return self.destinations.via(vendor, case, sold=sold, used=used)

    def _said_in(self, words: list[str], own: frozenset[str] = _NONE) -> frozenset[str]:
        """The entries a name key of which is a run of the words (as `named`, without its scripts
        written without spaces: the words are whole, and a key is found only as whole words), save
        the runs in `own` (the text's own products)."""
        found: set[str] = set()
        for start, word in enumerate(words):
            for n in self._first_words.get(word, ()):
                run = " ".join(words[start : start + n])
                if run not in own:
                    found.update(self._owners.get(run, ()))
        return frozenset(found)

    def says_name(self, case: Entry, firm: Entry) -> bool:
        """The case links to the firm and names it where members read it (title, summary, aliases)."""
        return firm.id in case.related and firm.id in self.mentioned.get(case.id, _NONE)

    def mentions(self, entry: Entry, names: Iterable[str]) -> bool:
        """The entry is one of the named ones, links to one (a case names its vendors, a rule the firms
        it lists), or says one of their names where members read it."""
        return bool(self.mentioning([entry], names))

    def mentioning(
        self, pool: Iterable[Entry], names: Iterable[str], measures: frozenset[str] = frozenset()
    ) -> list[Entry]:
        """The entries of the pool that `mention` the named ones, the names looked up once for all.

        A vendor is on a rule's list only by a link between the two: a firm's summary that names
        the body behind a rule for something else ("settled with the US Bureau of Industry and
        Security" over a penalty) does not put it on the Entity List. Asked about one measure of a rule
        that holds several (`measures`), only the firms of that measure."""
        names = set(names)
        named = [self.by_id[n] for n in names if n in self.by_id]
        firms = frozenset(e.id for e in named if e.kind != "rule")  # whose names a vendor's text counts
        vendors = frozenset(e.id for e in named if e.kind == "vendor")  # whom a case or rule names
        listed = {  # the vendors a named case or rule names (`_on_list`: only a measure's, if asked)
            firm.id
            for other in named
            if other.kind != "vendor"
            for firm in (self.by_id.get(r) for r in other.related)
            if firm is not None and self._on_list(other, firm, measures)
        }
        return [
            entry
            for entry in pool
            if entry.id in names
            or (entry.kind != "vendor" and not vendors.isdisjoint(entry.related))  # `_names_firm`
            or entry.id in listed
            or not self.mentioned.get(entry.id, _NONE).isdisjoint(firms if entry.kind == "vendor" else names)
        ]


def _name_lookup(
    keys: dict[str, list[str]],
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[int, ...]], list[tuple[str, str]]]:
    """For `NameTable.named`: the entries each name key belongs to, the lengths in words of the keys
    each first word starts, and the keys in scripts written without spaces (found anywhere)."""
    owners: dict[str, set[str]] = {}
    lengths: dict[str, set[int]] = {}
    cjk: list[tuple[str, str]] = []
    for entry_id, entry_keys in keys.items():
        for k in (*entry_keys, *_product_first(entry_keys)):
            owners.setdefault(k, set()).add(entry_id)
            words = k.split(" ")
            lengths.setdefault(words[0], set()).add(len(words))
            if _CJK.search(k):
                cjk.append((k, entry_id))
    # tuples: most keys have one owner, and a 10k-entry table holds ~20k keys
    return (
        {k: tuple(ids) for k, ids in owners.items()},
        {w: tuple(sorted(n)) for w, n in lengths.items()},
        cjk,
    )


def _product_first(keys: Iterable[str]) -> list[str]:
    """ "Predator spyware" as other languages put it, the product word first ("le logiciel espion
    Predator", "el programa espía Predator", read "spyware predator"): a name whose last words are a
    kind of product (list_asks.PRODUCTS) also said with those words first."""
    out = []
    for key in keys:
        for product in PRODUCTS:
            if key.endswith(f" {product}"):
                out.append(f"{product} {key[: -len(product) - 1]}")
    return out


def _names_firm(entry: Entry, firm: Entry) -> bool:
    """A case or rule that links to a vendor names it (the firms a case is about, a list's members)."""
    return entry.kind != "vendor" and firm.kind == "vendor" and firm.id in entry.related


def _acronyms(lead: str) -> list[str]:
    """A company's capitalised short name said alone ("TKH" of "TKH Group", "NSO" of "NSO Group")."""
    first = lead.split()[0] if len(lead.split()) > 1 else ""
    return [first] if len(first) >= 3 and first.isupper() and first.isalpha() else []

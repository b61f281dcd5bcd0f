"""Where the technology went, for list answers ("which companies sold spyware to Israel?").

A case's `countries` name every place it involves, the vendors' homes among them; its `destinations`
(knowledge/README.md) say where the gear was sold to, deployed or used against people. Asked what was
*sold* somewhere, a firm's home is never the answer: an Israeli victim of Israeli spyware documents its
use in Israel, not a sale there. Asked what was *used* somewhere, it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from bot.kb.model import Entry


def cases_by_firm(entries: Iterable[Entry]) -> dict[str, list[Entry]]:
    """The cases reviewed for destinations that link to each firm, by the firm's id."""
    found: dict[str, list[Entry]] = {}
    for case in entries:
        if case.kind == "case" and case.destinations is not None:
            for firm in case.related:
                found.setdefault(firm, []).append(case)
    return found


def homes(entries: Iterable[Entry]) -> set[str]:
    """The home countries (listed first) of the vendors among the entries."""
    return {e.countries[0] for e in entries if e.kind == "vendor" and e.countries}


def of_case(case: Entry, by_id: Mapping[str, Entry], *, sale: bool) -> set[str] | None:
    """Where the case's technology went; asked about a sale, less its firms' homes and the places where
    it only hit people (`targeted_only`: victims abroad are no sale there). None: not reviewed."""
    if case.destinations is None:
        return None
    went = set(case.destinations)
    if not sale:
        return went
    return went - homes(by_id[r] for r in case.related if r in by_id) - set(case.targeted_only)


def of_vendor(vendor: Entry, cases: Sequence[Entry], *, sale: bool = False) -> set[str]:
    """A vendor's countries after its home, less its `other_ties` (offices, a regulator, a distributor
    passed through) and those its reviewed cases name only as something else (a regulator's fine, a
    court, an offer; asked about a sale, a place where it only hit people): Clearview was fined in
    Italy, it sold nothing there."""
    went = {
        d
        for case in cases
        if placed(vendor, case)
        for d in case.destinations or ()
        if not (sale and d in case.targeted_only)
    }
    other = {c for case in cases for c in case.countries} - went
    targeted = set(vendor.targeted_only) if sale else set()
    return set(vendor.countries[1:]) - other - set(vendor.other_ties) - targeted


def placed(vendor: Entry, case: Entry) -> bool:
    """The case places the vendor's own gear at its destinations: not one of its
    `firms_not_at_destinations` (Pegasus on an exiled Egyptian's phone, operator unknown)."""
    return vendor.id not in case.firms_not_at_destinations


def went_by_case(
    case: Entry, by_id: Mapping[str, Entry], *, sale: bool, firms: Iterable[Entry] = ()
) -> set[str]:
    """Where the case's technology went (`of_case`); for a case not reviewed for destinations, its
    countries less, asked about a sale, the homes of the firms it links to and of `firms`."""
    went = of_case(case, by_id, sale=sale)
    if went is not None:
        return went
    named = [by_id[r] for r in case.related if r in by_id] + list(firms)
    return set(case.countries) - (homes(named) if sale else set())


def via_case(vendor: Entry, case: Entry, by_id: Mapping[str, Entry], *, sold: bool, used: bool) -> set[str]:
    """The places a case that names the vendor ties it to. Asked where gear was sold or used, the
    case's destinations (less the vendor's home, asked about a sale); for a case not reviewed for
    them, its countries less its firms' homes (the Mansoor case "in Israel", NSO's home, is no sale
    there by Gamma). Otherwise every place the case involves."""
    if not (sold or used):
        return set(case.countries)
    if not placed(vendor, case):
        return set()
    went = went_by_case(case, by_id, sale=sold, firms=[vendor])
    return went - homes([vendor]) if sold else went


class Went:
    """Where each vendor's or case's technology went (`of_vendor`, `went_by_case`, `via_case`),
    worked out once an entry and kept: one table, built once per knowledge base (sales.py), behind
    the single answer's sale check and list answers (list_names.py). With `listed` (lists only) a
    vendor's places also take in the `list_destinations` its card's text gives: a single answer is
    not held or moved by them."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.by_id = {e.id: e for e in entries}
        self.cases_of = cases_by_firm(entries)  # where they say its gear went, and did not
        # (entry id, asked about a sale) -> where its gear went (`went`), and with a vendor's
        # `list_destinations` (`listed`)
        self._went: dict[tuple[str, bool], frozenset[str]] = {}
        self._listed: dict[tuple[str, bool], frozenset[str]] = {}
        # (vendor id, case id, sold, used) -> the places the case ties the vendor to (`via`)
        self._via: dict[tuple[str, str, bool, bool], frozenset[str]] = {}

    def went(self, entry: Entry, *, sale: bool, listed: bool = False) -> frozenset[str]:
        """A vendor's places after its home less what its reviewed cases name as something else; a
        case's destinations; asked about a sale or not (`listed`: for a list, see the class)."""
        if listed:
            found = self._listed.get((entry.id, sale))
            if found is None:
                found = self.went(entry, sale=sale)
                if entry.kind == "vendor":
                    found |= frozenset(entry.list_destinations)
                self._listed[(entry.id, sale)] = found
            return found
        found = self._went.get((entry.id, sale))
        if found is None:
            if entry.kind == "vendor":
                went = of_vendor(entry, self.cases_of.get(entry.id, ()), sale=sale)
            else:
                went = went_by_case(entry, self.by_id, sale=sale)
            found = self._went[(entry.id, sale)] = frozenset(went)
        return found

    def via(self, vendor: Entry, case: Entry, *, sold: bool, used: bool) -> frozenset[str]:
        """`via_case`, worked out once a vendor and case."""
        key = (vendor.id, case.id, sold, used)
        found = self._via.get(key)
        if found is None:
            found = self._via[key] = frozenset(via_case(vendor, case, self.by_id, sold=sold, used=used))
        return found

    def everywhere(self, entries: Sequence[Entry]) -> None:
        """`went` of every vendor and case (as lists read it), and `via` of every vendor a case links
        to, now: a list question about a place worked them out for every entry (~0.3 ms)."""
        for entry in entries:
            if entry.kind in ("vendor", "case"):
                self.went(entry, sale=False, listed=True)
                self.went(entry, sale=True, listed=True)
            firms = [self.by_id[r] for r in entry.related if r in self.by_id] if entry.kind == "case" else []
            for firm in (f for f in firms if f.kind == "vendor"):
                for sold, used in ((False, False), (True, False), (False, True), (True, True)):
                    self.via(firm, entry, sold=sold, used=used)

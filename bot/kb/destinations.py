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

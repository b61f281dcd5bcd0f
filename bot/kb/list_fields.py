"""The rules on the front-matter fields that list answers read, for `kb check`: `destinations` and
`firms_not_at_destinations` (cases), `measures` and `form` (rules), `targeted_only` (cases and vendors)
and `other_ties` and `list_destinations` (vendors), and `in_force_until`, `replaced_by` and
`in_force_from` (rules: the ranking reads them for a period asked), as knowledge/README.md describes
them. A slip in one of them is a wrong fact in a list in front of members ("what was sold to
Israel?", "firms sanctioned by the US"), so each is held to what the entry itself says elsewhere (its
countries, aliases, related entries, text).

Why apart from bot/kb/check.py, which reads files and maps problems to their lines: these rules
change with the fields list answers gain (bot/kb/list_select.py), not with the file format. Each
finding names where it is in the front matter (a key, and an index in its list) and check.py turns
that into the file's line.
"""

from __future__ import annotations

from bot.kb.model import Entry
from bot.kb.place_names import country_names, key_of

# (where in the front matter: a key and maybe an index in its list, what is wrong)
Finding = tuple[tuple[str | int, ...], str]


def list_field_findings(entry: Entry) -> list[Finding]:
    """What is wrong with the entry's list fields, each with where it is."""
    return _destinations(entry) + _scopes(entry) + _form(entry) + _replaced(entry)


def _form(entry: Entry) -> list[Finding]:
    """`form` only on rules (a missing one is `missing_form`'s warning)."""
    if entry.kind != "rule" and entry.form is not None:
        return [(("form",), "form is only for rules")]
    return []


def _replaced(entry: Entry) -> list[Finding]:
    """`in_force_until` and `replaced_by` only on rules, together, the successor linked in `related`,
    and `in_force_from` only on rules, not after the end: a question asking the rules of a period
    reads them ("the EU rules before Sept 2021", "the US rules before 2022")."""
    found: list[Finding] = []
    fields = {
        "in_force_until": entry.in_force_until,
        "replaced_by": entry.replaced_by,
        "in_force_from": entry.in_force_from,
    }
    for key, value in fields.items():
        if value is not None and entry.kind != "rule":
            found.append(((key,), f"{key} is only for rules"))
    if (entry.in_force_until is None) != (entry.replaced_by is None):
        given = "in_force_until" if entry.in_force_until is not None else "replaced_by"
        found.append(((given,), "in_force_until and replaced_by go together"))
    if entry.replaced_by is not None and entry.replaced_by not in entry.related:
        message = f"replaced_by '{entry.replaced_by}' is not in the entry's related: link it there first"
        found.append((("replaced_by",), message))
    if entry.in_force_from and entry.in_force_until and entry.in_force_from > entry.in_force_until:
        found.append((("in_force_from",), "in_force_from is after in_force_until"))
    return found


def missing_form(entry: Entry) -> str | None:
    """A rule without a `form`: "which laws ...?" leaves out the reports and "which reports ...?" the
    laws by it, so such a rule is in neither list. A warning, so `kb check --strict` holds the shipped
    rules to it while a rule written in a test or a tip's draft still loads."""
    if entry.kind == "rule" and entry.form is None:
        return "a rule needs a form: law, regime, guidance, sanctions, report, inquiry or campaign"
    return None


def _destinations(entry: Entry) -> list[Finding]:
    """`destinations` (knowledge/README.md): only on cases, and only places the case already names in
    `countries`, spelt as entries spell countries. A list answer to "what was sold to Israel?" reads
    them, so a slip here is a wrong fact in front of members."""
    if not entry.destinations:
        return []  # [] names none; None: not reviewed yet (every shipped case is: test_destinations.py)
    if entry.kind != "case":
        message = f"destinations are only for cases; a {entry.kind}'s countries already say where it acts"
        return [(("destinations",), message)]
    known = set(country_names().values())
    found: list[Finding] = []
    for i, place in enumerate(entry.destinations):
        if place not in known:
            message = f"destination '{place}' is not a country name entries use (e.g. 'United Arab Emirates')"
            found.append((("destinations", i), message))
        elif place not in entry.countries:
            message = f"destination '{place}' is not in the entry's countries: add it there first"
            found.append((("destinations", i), message))
    return found


def _list_destinations(entry: Entry) -> list[Finding]:
    """`list_destinations` only on vendors, each a country name entries use, not already among its
    countries, and named by the card's own summary or body: a list answer says the firm's gear went
    there on the card's word alone, so the card must say it (and its sources carry it)."""
    if not entry.list_destinations:
        return []
    if entry.kind != "vendor":
        return [(("list_destinations",), "list_destinations is only for vendors")]
    names = country_names()
    text = f" {key_of(entry.summary + ' ' + entry.body)} "
    found: list[Finding] = []
    for i, place in enumerate(entry.list_destinations):
        if place not in set(names.values()):
            message = f"list_destinations '{place}' is not a country name entries use (e.g. 'Egypt')"
        elif place in entry.countries:
            message = f"list_destinations '{place}' is already among the vendor's countries"
        elif not any(f" {key} " in text for key, name in names.items() if name == place):
            message = f"list_destinations '{place}' is not named in the card's summary or body"
        else:
            continue
        found.append((("list_destinations", i), message))
    return found


def known_bodies() -> frozenset[str]:
    """The bodies a rule's measure may say took it (data/list_words.yaml `authority_bodies`)."""
    from bot.kb.list_authority import bodies_known  # the list vocabulary, read on first use

    return bodies_known()


def listing_reasons() -> frozenset[str]:
    """The reasons a rule's measure may give for naming firms (data/list_words.yaml)."""
    from bot.kb.list_authority import known_reasons  # the list vocabulary, read on first use

    return known_reasons()


def _scopes(entry: Entry) -> list[Finding]:
    """`measures` only on rules, named by the entry's own aliases, naming firms it links to;
    `firms_not_at_destinations` only on cases, naming firms it links to. A list answer reads both."""
    found: list[Finding] = []
    if entry.measures and entry.kind != "rule":
        found.append((("measures",), "measures are only for rules"))
    aliases = {a.casefold() for a in entry.aliases}
    for measure in entry.measures:
        if not (measure.names or measure.firms):
            message = "a measure needs the names members call it by or the firms it names"
            found.append((("measures",), message))
        for reason in sorted(set(measure.reasons) - listing_reasons()):
            message = f"measure reason '{reason}' is not one of {sorted(listing_reasons())} (list_words.yaml)"
            found.append((("measures",), message))
        for body in sorted(set(measure.by) - known_bodies()):
            found.append((("measures",), f"measure body '{body}' is not one of {sorted(known_bodies())}"))
        for name in measure.names:
            if name.casefold() not in aliases:
                message = f"measure name '{name}' is not one of the entry's aliases: add it there first"
                found.append((("measures",), message))
        for firm in measure.firms:
            if firm not in entry.related:
                message = f"measure firm '{firm}' is not in the entry's related: link it there first"
                found.append((("measures",), message))
    if entry.firms_not_at_destinations and entry.kind != "case":
        message = "firms_not_at_destinations is only for cases"
        found.append((("firms_not_at_destinations",), message))
    if entry.targeted_only and entry.kind == "rule":
        found.append((("targeted_only",), "targeted_only is not for rules"))
    # a case's places where gear went; a vendor's countries after its home
    went = (entry.destinations or []) if entry.kind == "case" else entry.countries[1:]
    for i, place in enumerate(entry.targeted_only):
        if place not in went:
            message = f"targeted_only '{place}' is not among the places its gear went (destinations)"
            found.append((("targeted_only", i), message))
    if entry.other_ties and entry.kind != "vendor":
        found.append((("other_ties",), "other_ties is only for vendors"))
    for i, place in enumerate(entry.other_ties):
        if place not in entry.countries[1:]:
            message = f"other_ties '{place}' is not among the vendor's countries after its home"
            found.append((("other_ties", i), message))
    found += _list_destinations(entry)
    for i, firm in enumerate(entry.firms_not_at_destinations):
        if firm not in entry.related:
            message = f"'{firm}' is not in the entry's related: link it there first"
            found.append((("firms_not_at_destinations", i), message))
    return found

"""Whether a card tells what the place a question names as the one acting did.

"did Greece freeze Intellexa's assets?" asks what Greece did. Intellexa's card names Greece (the
consortium's first seat) and tells of sanctions (the US Treasury's), so every word is explained and
the model answered at 0.85; "did the EU freeze ...?" got the Predator Files case, which names the
EU's institutions as targets. No statement of either card has the place asked doing what is asked:
the member would read someone else's measure. The place acting is the one the question opens on as
its subject, in English ('did the EU freeze', 'has Canada sanctioned'); what it did, the
words asked after it that are not places nor names of the card's own. The card tells it when one
statement holds the place (any form of it) and one of those words (any form: 'blacklist' is told
by 'Entity List'), and a measure when one is asked ('Sandvine (Canada) ... sells (DPI) equipment'
tells nothing Canada did).

Of a firm's or a case's card, in a short question. A rule's every statement is its own authority's
act (the first of its countries): a measure asked of another place is not on it ('did Greece
sanction Intellexa?' got the US Treasury's sanctions card at 0.96, which names Greece as Intellexa's
seat). A case named after the place ('did Hungary use Pegasus?' on the Hungarian case) is about that
place throughout, but a measure asked of it (a ban, sanction, charge) must still be told: anywhere
on the card of its first country, with the place on another's ('did Belarus blacklist Sandvine?':
the US listed it). A firm's home in its name ('VASTech (South Africa)') is no act.
In any language, a measure asked with a place and no English subject ('is DSIRF banned in
Austria?', 'hat Polen Pegasus verboten?', 'Türkiye Sandvine'i yasakladı mı?') is held the same way
when no place asked is told so: only of the kinds of card data/roles.yaml `measures_placed_kinds`
names (not a rule: the place is mostly the measure's target), nor of a place the firm or case sent
goods to unless the question opens on it (`measures_placed_sent`: there it is the reason, 'sandvine
egypt why blacklisted'). A measure is read by its own forms only ('ban' is no 'law').
A measure asked of a place itself ('did the US blacklist Egypt?') is held unless a statement tells
it taken against that place ('sanctions on Russia'): the Entity List card names Egypt as Sandvine's
customer, never as listed.
So is one an English question asks by another subject ('did Commerce blacklist Canada?'). A fine is
a measure though the card is named for one; a case never naming the place tells no measure of it.
A rule that takes no measure itself (an inquiry, a report: roles.yaml `measureless_forms`) tells
none of its authority's unless a statement holds it ('did the EU ban Pegasus?': PEGA's at 0.89).
A rule after the model, held like `ungiven` (values.py). A place asked openly: place_acted.py.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.kb.analysis import QueryAnalysis
from bot.kb.legislatures import legislature_untold
from bot.kb.list_query import VENDOR_NOUNS
from bot.kb.measure_told import measure_untold, naming, of_measures
from bot.kb.measured_place import bare_place_measured, measure_kin, name_words
from bot.kb.measureless import measureless_untold, names_itself
from bot.kb.model import Entry
from bot.kb.named_actor import named_actor_untold
from bot.kb.place_acted import acted
from bot.kb.relations import Statements, standing_forms
from bot.kb.role_words import (
    acting_asks,
    acting_words,
    agent_words,
    measure_stems,
    opened_subject,
    passed_over,
    placed_at,
    placed_limits,
    placed_measure_stems,
)
from bot.kb.text import LONG_QUESTION, stem

_UNION = "country:european union"


def acting(query: QueryAnalysis, lang: str) -> tuple[list[str], list[str]]:
    """The place tokens a question names as acting, and the tokens asked after them (none when it
    names no place acting)."""
    words = query.corrected
    # English only, on the question's opening word: 'how much did the dutch DPA fine ...' asks of
    # the DPA. In other languages the verb is mostly an ordinary word the index cannot read, and
    # what is read next is its object ('Har Sverige stoppat någon export', 'ABD Sandvine'i neden
    # Entity List'e aldı?'), or the place is a firm's ('Welche israelische Firma'): 4 right tune
    # answers refused, no near miss
    j = opened_subject(words) if lang == "en" else None
    if j is None:
        return [], []
    # a place of several words is read whole ('did North Macedonia ban Cytrox?' tags 'north':
    # 'macedonia' read as what it did was told by every statement naming it; Intellexa's at 0.81)
    named = name_words(query)
    place = []
    while j < len(words) and (t := stem(words[j])) in named:
        if t in query.country:
            place.append(t)
        j += 1
    if not place or (j < len(words) and words[j] in VENDOR_NOUNS):  # 'the Canadian company': a firm
        return [], []
    return place, [t for t in map(stem, words[j:]) if t in query.tokens and t not in named]


def untold(
    statements: Statements,
    entry: Entry,
    i: int,
    query: QueryAnalysis,
    lang: str,
    ordinary: Collection[str] = (),
    others: frozenset[str] = frozenset(),
) -> bool:
    """Whether entry i's card names the place the question says acted, but no statement of it holds
    that place with what it did (see the module's docstring; `ordinary`: the everyday words of the
    question's language, `Reading.ordinary`; `others`: the stems of other entries' names asked)."""
    if len(query.corrected) >= LONG_QUESTION:
        return False
    masks, _, _, own = statements.of(i)
    if legislature_untold(query, masks, own, others):  # what a legislature did, of a card naming none
        return True
    if named_actor_untold(query, lang, masks, own):  # 'did Amnesty ban Pegasus?': no one's power
        return True
    place, after = acting(query, lang)
    if place:
        return _untold_of(statements, entry, i, query, place, after)
    # a measure an English question asks of a place by another subject ('did Commerce blacklist
    # Canada?' got the Entity List card, which names Sandvine's home, at 0.98); not a string of
    # words ('clearview fine netherlands how much' asks of the Dutch fine)
    opens = lang == "en" and query.corrected[:1] and query.corrected[0] in acting_words()[0]
    if opens and bare_place_measured(entry, query):
        return True
    # no English subject read, but a measure asked with places ('is DSIRF banned in Austria?', 'was
    # Sandvine sanctioned by Canada?', 'hat Polen Pegasus verboten?', 'Türkiye Sandvine'i yasakladı
    # mı?', read as 'banned'): someone's act there, told only when one of them is told so
    measures = placed_measure_stems()
    asked = [t for t in query.tokens if t in measures and t not in query.country]
    # a measure asked of a rule that takes none, named as acting ('did PEGA ban Pegasus?')
    # (only then: another subject may follow its name, 'OFAC: hat Griechenland ... sanktioniert?')
    if entry.kind == "rule" and names_itself(entry, query, ordinary):
        own_asked = [t for t in query.tokens if t in (measure_stems() if lang == "en" else measures)]
        if measureless_untold(entry, own_asked, masks, query):
            return True
    if not asked:
        return False
    places: dict[str, list[str]] = {}  # each place's words ('south', 'africa'), by its tag
    for t in map(stem, query.corrected):
        if t in query.country and t not in places.get(query.country[t], []):
            places.setdefault(query.country[t], []).append(t)
    opening = _opening_place(query, ordinary)
    kinds, sent_held = placed_limits()  # of which cards, and where goods went (data/roles.yaml)
    # a rule's measure asked of the place another language's question opens on as its subject
    # ('Hat Griechenland Intellexa sanktioniert?' got the US Treasury's card at 0.96); in English
    # that reading cost 2 held-out right answers ('Greece Intellexa sanctions' names a topic), and
    # `acting` reads the English subject
    if entry.kind == "rule" and lang != "en" and entry.countries:
        subject = _acting_subject(query, ordinary) or _agent(query, ordinary)
        if subject is not None:  # its own authority's, of a rule that takes none: measureless.py
            authority = f"country:{entry.countries[0].lower()}"
            return subject != authority or measureless_untold(entry, asked, masks, query)
    if entry.kind not in kinds or not places:
        return False
    home = f"country:{entry.countries[0].lower()}" if entry.countries else None
    sent = {f"country:{c.lower()}" for c in entry.destinations or entry.countries[1:]} - {home}
    # a place of `other_ties` is where the firm is restricted (the US's Entity List of NSO): its
    # measure is the card's tie, told in its own words ('since when is nso banned in the us')
    at = _places_at(query) - {f"country:{c.lower()}" for c in entry.other_ties}
    if not sent_held and any(tag in sent and tag != opening and tag not in at for tag in places):
        return False
    # a card that never names the EU asked tells no measure of it ('海康威视在欧盟有没有被禁止销售？'
    # read as 'ban' got Hikvision's card at 0.81): `elsewhere` weighs other places, never the
    # Union, and `unplaced` a short English question only. Any place held so cost a held-out answer
    return all(
        _untold_of(statements, entry, i, query, p, asked, unnamed=tag == _UNION) for tag, p in places.items()
    )


def _opening_place(query: QueryAnalysis, ordinary: Collection[str]) -> str | None:
    """The place (its tag) the question opens on, its everyday words and English auxiliaries
    passed over ('hat Polen', 'la Pologne a-t-elle', 'czy Polska', 'Türkiye ... yasakladı mı?')."""
    named = name_words(query)
    words, lead = query.corrected, (ordinary, *acting_words())
    j = passed_over(words, 0, *lead)
    while j < len(words) and (t := stem(words[j])) in named and t not in query.country:
        j = passed_over(words, j + 1, *lead)  # 'the United Arab Emirates' is tagged by its last word
    return query.country.get(stem(words[j])) if j < len(words) else None


# How far into a question its subject may stand: an opener, a question word and an auxiliary ('Seit
# wann hat Irland', 'Est-ce que la France'); a place later follows another subject.
_SUBJECT_WITHIN = 3


def _acting_subject(query: QueryAnalysis, ordinary: Collection[str]) -> str | None:
    """The place (its tag) a question in another language opens on as its subject: after an
    auxiliary or article ('Hat Griechenland', 'la Grèce a-t-elle', 'czy Grecja') or right before
    the measure ('¿Grecia sancionó...'), or one everyday word before it ('Irlanda ha sanzionato').
    Not a place opening a string of names ('Griechenland
    Intellexa Sanktionen') nor a demonym before a noun ('chinesische Firmen'): a topic or the
    measure's target there."""
    words = query.corrected
    opening = _opening_place(query, ordinary)
    if opening is None:
        return None
    k = next(k for k, w in enumerate(words) if query.country.get(stem(w)) == opening)
    if k > _SUBJECT_WITHIN:
        return None  # 'Seit wann hat Washington die kanadische Firma ... gesetzt?': Canada is the target
    named = name_words(query)
    j = k + 1
    while j < len(words) and stem(words[j]) in named and stem(words[j]) not in query.country:
        j += 1
    measures = placed_measure_stems()
    if k > 0 or (j < len(words) and stem(words[j]) in measures):
        return opening
    # one everyday word, a verb or an auxiliary, before the measure ('Ирландия ввела санкции',
    # 'Irlanda ha sanzionato'): the place is its subject as well
    if j + 1 < len(words) and words[j] in ordinary and stem(words[j + 1]) in measures:
        return opening
    return None


def _agent(query: QueryAnalysis, ordinary: Collection[str]) -> str | None:
    """The place (its tag) a question in another language names as a passive's agent ('Wurde
    Intellexa von Griechenland sanktioniert?', 'Czy Intellexa została objęta sankcjami przez
    Grecję?' got the US Treasury's card at 0.96): right after a word of data/roles.yaml
    `agent_other`, everyday words between ('von den USA')."""
    words, named, agents = query.corrected, name_words(query), agent_words()
    for k, word in enumerate(words):
        if word not in agents:
            continue
        j = k + 1
        while j < len(words) and words[j] in ordinary and stem(words[j]) not in named:
            j += 1
        while j < len(words) and (t := stem(words[j])) in named:
            if t in query.country:
                return query.country[t]
            j += 1
    return None


def _places_at(query: QueryAnalysis) -> set[str]:
    """The places (tags) said where or by whom a measure was taken: after a word of
    data/roles.yaml `measures_placed_at` right after the measure ('banned in Uganda', 'banned in the
    United Arab Emirates')."""
    named = name_words(query)
    _, articles = acting_words()
    words, at = query.corrected, placed_at()
    found: set[str] = set()
    measures = placed_measure_stems()
    for k, word in enumerate(words):
        # right after the measure: 'sanctioned over its work in Belarus' places the work, not it
        if word not in at or k == 0 or stem(words[k - 1]) not in measures:
            continue
        j = passed_over(words, k + 1, articles)
        while j < len(words) and (t := stem(words[j])) in named:
            if t in query.country:
                found.add(query.country[t])
                break
            j += 1
    return found


def _untold_of(
    statements: Statements,
    entry: Entry,
    i: int,
    query: QueryAnalysis,
    place: list[str],
    after: list[str],
    unnamed: bool = False,
) -> bool:
    """`untold` of the place's words `place` and the words asked after it, `after`; of a card that
    never names the place, `unnamed`."""
    if bare_place_measured(entry, query):
        return True
    masks, every, _, own = statements.of(i)
    if entry.kind == "rule":
        return _another_authority(entry, query, place, after, masks)
    places = [standing_forms(query, t) for t in place]
    if entry.kind == "case" and any(not own.isdisjoint(f) for f in places):
        # the case is told of the place (a firm's home in its title is no act): its own acts are
        # told without its name ('the Interior Ministry had bought Pegasus'), but a measure is not
        return measure_untold(entry, query, places, after, masks)
    # what it did: the words asked after it not the card's own names; any one with the place tells it
    # ('did the us gov blacklist hikvision': 'gov' is no card's word; 'fine': 'penalty' is an own
    # word); a measure by its own forms only ('ban' stands for 'law': 'did Austria ban DSIRF?' was
    # told by 'law firms'), asked though the card is named for one ('did the US fine Clearview?')
    measures = measure_stems()
    measured = [t for t in after if t in measures]
    did = [measure_kin(query, t) for t in after if t not in own or t in measures]
    # 'what did Italy do to stop Hacking Team?' asks whatever it did: its bodies acting (place_acted.py)
    if (opened := query.corrected[0] in acting_asks()) and acted(query, places, masks):
        return False
    if not did:  # 'what did Canada do about Sandvine?': nothing else asked, nothing it did told
        return opened
    where = every
    for group in places:  # every word of the place ('South Africa')
        where &= naming(query, group, masks)
    if not where:  # the card never names the place: `elsewhere` and `unplaced` weigh that, but
        # not a place only its metadata lists (Clearview's home, the US, on its European fines)
        return unnamed or (entry.kind == "case" and any(t in measures for t in after))
    what = 0
    for group in did:
        for f in group:
            what |= masks.get(f, 0)
    if measured:
        what &= of_measures(measured, query, masks)
    return not where & what


def _another_authority(
    entry: Entry, query: QueryAnalysis, place: list[str], after: list[str], masks: dict[str, int]
) -> bool:
    """Whether the question asks a measure (`measures` in data/roles.yaml) of a place that is not the
    rule's own authority (the first of its countries), or of its own authority when the rule takes
    no measure itself (`measureless_forms`: 'did the EU ban Pegasus?' is no inquiry's) and no
    statement tells the measure in its own forms ('called for a ban' would)."""
    asked = [t for t in after if t in measure_stems()]
    if not entry.countries:
        return False
    other = f"country:{entry.countries[0].lower()}" not in {query.country.get(t) for t in place}
    if not asked:
        # 'what did Greece do about Intellexa?' asks whatever Greece did: another authority's rule
        # (the US Treasury's sanctions, naming Intellexa's Greek seat) tells none of it (0.97)
        return other and query.corrected[0] in acting_asks()
    if other:
        return True
    return measureless_untold(entry, asked, masks, query)

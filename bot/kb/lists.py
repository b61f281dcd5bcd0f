"""List questions ("which companies sold to Egypt?", "what cases involve Hikvision?").

A question that asks for several entries gets all of them, chosen from the entries' own metadata
(kind, countries, technologies, years, names) rather than one entry picked among many right ones.
Only a question that both asks for a plural ("which companies", "welche Fälle", "哪些公司") and
narrows the set (a country, a technology, a name, a period, or words the entries share) becomes a
list; everything else goes to the single-answer engine.

This module reads the question (`detect`; its English reading's facets: list_english.py) into what
it asks (list_query.py, with the list words); which entries the list then holds is
bot/kb/list_select.py.

Country names come from Babel's territory names in every language the campaign uses, so "Ägypten",
"مصر" and "Egypt" mean the same filter; the vocabulary of list words is data in `data/list_words.yaml`.
"""

from __future__ import annotations

from bot.kb import (
    list_alike,
    list_alongside,
    list_asks,
    list_authority,
    list_bare,
    list_dates,
    list_except,
    list_fines,
    list_heads,
    list_not_on,
    list_owned,
    list_rulers,
    list_sources,
    list_towns,
    list_who,
    topics,
)
from bot.kb import list_countries as country_lists
from bot.kb.authorities import authorities, authority_words, names_an_act
from bot.kb.cities import cities_asked, seat_said
from bot.kb.list_both import each_of, every_place
from bot.kb.list_cues import DONE, EVERYTHING, NEGATED, ONE_THING, STORY_WORDS
from bot.kb.list_demonyms import other_places
from bot.kb.list_everything import anything_homed, everything_known, on_a_place, towns_alone
from bot.kb.list_forms import FORM_KINDS, forms_said, rule_forms, unformed
from bot.kb.list_measures import as_measures
from bot.kb.list_names import NameTable
from bot.kb.list_people import (
    as_supplied,
    buyer_pointed,
    only_kinds,
    people_asked,
    targeted_where,
    who_are,
    who_sells,
    who_sold_abroad,
)
from bot.kb.list_people import warm_up as people_warm_up
from bot.kb.list_periods import applied, full_years, period
from bot.kb.list_query import (
    CJK_SALE_WORDS,
    MAKER_WORDS,
    SALE_WORDS,
    SELLER_WORDS,
    SELLING,
    SOLD_WORDS,
    USE_WORDS,
    VENDOR_NOUNS,
    WHO_KINDS,
    ListQuery,
    says_exports,
)
from bot.kb.list_short import everyday_named, short_named
from bot.kb.list_techs import TECH_WORDS, technologies_named
from bot.kb.place_names import EU, country_name, country_names, key_of, words_of
from bot.kb.places import places, vague_place
from bot.kb.places import warm_up as places_warm_up
from bot.kb.text import fold

__all__ = [
    "EU",
    "TECH_WORDS",
    "ListQuery",
    "NameTable",
    "country_name",
    "country_names",
    "detect",
    "technology_name",
]


def technology_name(text: str) -> str | None:
    """The vocabulary's spelling of a technology as members write it ("face recognition")."""
    return TECH_WORDS.get(key_of(text))


def warm_up() -> None:
    """Read every table a list question reads, now: read on first use, they cost the first list
    question (and each new search worker child, bot/kb/worker.py) ~130 ms of YAML."""
    places_warm_up()
    # and the words that narrow a set of firms ("italian spyware companies"): ~1 ms, paid by the
    # first short plural question without a list cue ("axis communications china police cameras")
    for table in (authority_words, topics.warm_up, list_heads.narrowing):
        table()
    list_fines.authorities([], "")
    list_authority.known_reasons()
    country_lists.warm_up()
    list_who.warm_up()  # "whose monitoring centres went to Tehran?"
    people_warm_up()
    list_rulers.warm_up()  # "who sold to Mubarak?": his country's and era's patterns
    list_dates.warm_up()  # "what happened since 2025?": the since-words and month names
    list_sources.warm_up()


def detect(question: str, names: NameTable, english: str | None = None) -> ListQuery | None:
    """The list this question asks for, or None when it asks for one thing. `english` is the
    engine's English reading of the question (`SearchEngine.read`), where a member's "Spähsoftware"
    reads "spyware": it says whether the question asks which products (`list_asks.asks_for_products`)."""
    question = as_measures(question)  # "US Treasury actions": its measures (bot/kb/list_measures.py)
    question = as_supplied(question)  # "who got gear into Iran": "who supplied gear to Iran"
    question = full_years(question)  # "stuff from April '23": April 2023 (list_periods.py)
    text = fold(question).casefold()
    words = list_asks.split_compounds(words_of(question))  # "Überwachungsfirmen": "uberwachungs firmen"
    plain = " ".join(words)
    if len(words) > STORY_WORDS or ONE_THING.search(plain):
        return None  # a story, or "that case": the member asks about one thing they have in mind
    # "Israeli firms not on the Entity List": the rule's firms left out, not listed (list_not_on.py)
    not_on = list_not_on.rules_not_on(question, names)
    if NEGATED.search(unformed(plain)) and not not_on:
        return None  # the list would answer the opposite: the engine answers or says it does not know
    alike = list_alike.alike(words, names)
    if alike is not None:
        return alike
    # "owned by Canon or by Advent?", "whose owners are buyout investors?"
    if owned := list_owned.owned_by(question, names) or list_owned.by_owner_kind(question, names):
        return ListQuery(kinds=frozenset({"vendor"}), names=owned, wording=question, only=True)
    kinds = list_heads.head_kinds(question, list_asks.asked_kinds(question))
    cued = bool(kinds)  # a list cue and a plural noun: a city may say the place (`countries_of_cities`)
    kinds = kinds or who_are(*list_asks.words_and_breaks(question))  # "who are the German companies?"
    # "who makes the CCTV cameras that show up in reports?": a question opening on "who" and a verb of
    # making asks for the firms, whatever a cue in its relative clause ("show") seems to ask
    who_first = bool(words) and words[0] in list_who.WHO and list_who.asks_who_sold(words, SELLER_WORDS)
    kinds = set() if who_first else kinds
    # "which countries bought FinFisher?": the cases that tell them (bot/kb/list_countries.py)
    headed = not kinds and bool(list_heads.headless_kinds(words, question))  # "casos con víctimas en ..."
    by_country = not kinds and country_lists.asked(
        question, english, SELLING, USE_WORDS | list_who.WHO_ACTED["targeted"], headed
    )
    kinds = kinds or ({"case"} if by_country else set())
    headless = not kinds
    kinds = kinds or list_heads.headless_kinds(words, question) or only_kinds(words, question)
    # "who sells DPI gear?", "who supplied surveillance gear to Libya?": the firms, if a kind of gear
    # or a place narrows them (checked below) and no one thing is named or pointed at
    sold_words = buyer_pointed(words, question)  # "Burma's state telecom: who supplied its gear?"
    who = not kinds and (
        list_who.asks_who_sold(sold_words, SELLER_WORDS)
        or who_sold_abroad(english or "")
        or list_who.asks_whose(*list_asks.words_and_breaks(question), USE_WORDS | SOLD_WORDS)
    )
    kinds = kinds or ({"vendor"} if who else set())
    # "anything headquartered in the Netherlands?": the firms based there (bot/kb/list_everything.py)
    kinds = kinds or ({"vendor"} if anything_homed(words, question) else set())
    # "measures from the US Treasury", "what has the State Department done?": all that body did
    own_acts = list_authority.acts_asked(words, question, DONE.search(plain) is not None)
    own_acts = own_acts and not names_an_act(words, question)
    kinds = {"rule", "vendor", "case"} if own_acts else kinds
    done = not kinds and DONE.search(plain) is not None
    # "what did the US do in 2023 on spyware?": a country's or an authority's acts of that time
    done = done or (
        not kinds
        and list_dates.did_then(plain, period(plain))
        and bool(places(words, question, VENDOR_NOUNS)[0] or authorities(words, question, VENDOR_NOUNS))
    )
    kinds = kinds or ({"rule"} if done else set())
    # "which spyware was used in Mexico?": the products, i.e. the firms that make them and the cases
    # where they were found
    products = not kinds and english is not None and list_asks.asks_for_products(english, question)
    kinds = kinds or ({"vendor", "case"} if products else set())
    everything = (
        bool(EVERYTHING.search(plain))
        or everything_known(question, names.vocabulary, names.named)
        or (english is not None and on_a_place(question, english, _places_read, names.vocabulary))
    )
    # "who was hit by Pegasus?", "who got sanctioned by the US?", "who is on the entity list?": read
    # last, after every plainer way of asking; a request for everything keeps every kind
    read = list_asks.words_and_breaks(question)
    acted_on = None if kinds or everything else list_who.who_acted_on(*read) or people_asked(*read)
    kinds = kinds or set(WHO_KINDS.get(acted_on or "", ()))
    # "what has Lookout turned up?": every entry saying the organisation found it (list_sources.py)
    if not everything and not kinds and list_sources.asked(words, question) and not names.named(text):
        kinds = {"any"}
    if not everything and not kinds:
        # "NSO, Candiru and Intellexa?": names alone, each asked about
        only = names.only_names(*list_asks.words_and_breaks(question))
        # "Hermit and Heliconia: who's behind them?": the firms that make the products named
        only = only or list_bare.makers_of(question, names, SELLER_WORDS | MAKER_WORDS)
        only = only or list_bare.behind_case(question, names, MAKER_WORDS)  # "who was behind Catalangate?"
        if only:
            kinds = {names.by_id[n].kind for n in only}
            return ListQuery(kinds=frozenset(kinds), names=frozenset(only), wording=question, only=True)
        if names.named(text) or not list_dates.month_only(words, english, period(plain), list_asks.DATED_NOT):
            return None  # "anything published in April 2023?": everything that month dates
        kinds = {"any"}
    forms = rule_forms(kinds)
    if "document" in kinds:  # reports and investigations: the cases and the rules' reports
        kinds = (kinds - {"document"}) | {"case", "rule"}
    if kinds & FORM_KINDS:  # laws, campaigns: rule entries of those forms
        kinds = (kinds - FORM_KINDS) | {"rule"}
    if "any" in kinds and kinds - {"any"}:
        # "你们有哪些中国公司的条目" (which entries on Chinese companies), "entries on cases in Egypt":
        # the entries asked for are those of the kind named
        kinds = kinds - {"any"}
    if not kinds or "any" in kinds:
        kinds, forms = {"rule", "vendor", "case"}, frozenset()
    if kinds == {"rule"} and not forms:  # "what voluntary or non-binding measures are there?"
        forms = forms_said(words)
    if vague_place(words):
        return None  # "sold to North Africa": a place not understood is not dropped from a claimed list
    # "Italian companies", and "every Italian vendor", "list every vendor from Israel": a universal
    # word governs a singular noun, which names where the firms come from as a plural one does
    countries, homes = places(words, question, VENDOR_NOUNS)
    other_where, other_homes = other_places(words, VENDOR_NOUNS)  # "the Australian export rules"
    countries, homes = countries | other_where, homes | other_homes
    home_cities: set[str] = set()
    # "which firms sold gear to Cairo?": Egypt; "which Milan firms sold to Syria?", and a firm's seat
    # unqued ("aziende con sede a Milano"): Italy's, and the town's
    if cued or who or (kinds == {"vendor"} and seat_said(words)):
        city_where, city_homes, home_cities = cities_asked(question, VENDOR_NOUNS)
        city_where = city_where if cued or who else set()
        home_cities = home_cities if not homes else set()
        countries, homes = countries or (city_where if not homes else set()), homes or city_homes
    # "Munich connections", "anything on Munich?": the entries naming the town (bot/kb/list_towns.py)
    towns = towns_alone(question) if everything and not (countries or homes or home_cities) else set()
    towns, countries = list_towns.unnamed_capitals(towns, countries, names)  # "Kampala or Lusaka?"
    if products and not SALE_WORDS.intersection(words) and list_asks.says_origin(words, question):
        # "which spyware is made in Israel?": the makers from there, not where their gear was found;
        # a place said otherwise ("... was used in Kazakhstan") stays where the gear went
        made = list_asks.made_where(words, question)
        made = countries | homes if made is None else made & (countries | homes)
        countries, homes = countries - made, homes | made
        if made and not countries:
            kinds = {"vendor"}
    authority = authorities(words, question, VENDOR_NOUNS)
    # "blacklisted by the Commerce Department", "the firms Treasury sanctioned": that body's measures;
    # a bare "intellexa treasury sanctions" asks about one measure, the engine's answer
    acting = acted_on == "acted" or (not headless and names_an_act(words, question))
    bodies = list_authority.bodies(question) if acting or own_acts else {}
    authority |= set(bodies.values())
    about = topics.asked(plain) - country_lists.not_topics(country_lists.SEVERAL if by_country else "")
    authority |= list_authority.buyers(about, countries, kinds)  # "US procurement": the buyer, no destination
    # "US penalties", "fined by the US": who fined, never where gear went or a firm's home
    fined_by = list_fines.authorities(words, question) - authority if list_fines.TOPIC in about else set()
    # "not on the American Entity List": the rule's jurisdiction, not where the firms sold
    ruled = list_not_on.jurisdictions(not_on, names)
    countries, homes = countries - authority - fined_by - ruled, homes - authority - fined_by
    where = targeted_where(countries, question) if acted_on == "targeted" else countries
    if where is None:
        return None  # "journalists hacked with Israeli spyware": no place the people were targeted
    countries = where
    if done and not (authority or countries or homes):
        return None  # "what has Citizen Lab done?": no authority or country whose measures to list
    technologies = technologies_named(words, question)
    if who and english and not (countries or technologies or homes) and who_sold_abroad(english):
        # "Wie heeft de camera's in Oost-Jeruzalem geleverd?": its English reading says the place
        reading = words_of(english)
        countries = places(reading, english, VENDOR_NOUNS)[0] | cities_asked(english, VENDOR_NOUNS)[0]
        technologies = technologies_named(reading, english)
    left_out = list_except.excluded(question, names) | list_not_on.left_out_by(not_on, names)
    # and a firm's short name said as a name ("Area" of "Area SpA": bot/kb/list_short.py)
    named = (names.named(text) | list_bare.bare_named(question, names)) - left_out
    named = everyday_named(named, question, names)  # "a warm navy blue coat": a garment, no Blue Coat
    short = short_named(question, names) - left_out - named
    named = (named | short) - (list_authority.rules_by(frozenset(bodies), names.by_id) if own_acts else set())
    if headless and list_heads.listings_only(words) and not any(names.by_id[n].measures for n in named):
        return None  # "Wassenaar's 2013 additions": controls, not firms; no rule named lists firms
    if list_who.hit_by_measure(acted_on, {names.by_id[n].kind for n in named}):
        acted_on, kinds = "acted", {"vendor"}
    cases = [names.by_id[n] for n in named if names.by_id[n].kind == "case"]
    if "case" not in kinds and cases:
        firms = {
            r for case in cases for r in case.related if r in names.by_id and names.by_id[r].kind == "vendor"
        }
        if kinds != {"vendor"} or not firms or "vendor" not in list_asks.asked_kinds(question, plainly=True):
            # "which rules cover the Pegasus Project?", "who made it?", a case that links no firm: its card
            return None
        # "which vendors' spyware was used on Ahmed Mansoor?", "which companies were in the Pegasus
        # Project?": the case and the firms it names, not the one card that tells them
        kinds.add("case")
    if by_country and english and not named:  # "ضحايا بيغاسوس": the reading names "pegasus"
        named = (names.named(english) | list_bare.bare_named(english, names)) - left_out
    named_kinds: set[str] = {names.by_id[n].kind for n in named}
    if by_country and not country_lists.narrowed(named_kinds, bool(countries), bool(technologies)):
        return None
    if headless and not everything and not acted_on and {names.by_id[n].kind for n in named - short} & kinds:
        # "OFAC spyware sanctions", "Spyware visa restrictions": the plural names one entry; a firm's
        # short name is never the plural's ("firms whose kit was part of Area's setup")
        return None
    if who and (named or not (countries or technologies)):
        return None  # "who sells Pegasus?", "who made it?": one firm, the engine's answer
    if acted_on and not list_who.narrowed(
        acted_on, named_kinds, bool(countries or technologies or authority or fined_by), about, words, names
    ):
        return None  # "who was hit in Catalangate?": one case's card; "who was targeted?": nothing narrows
    if products and (named or not (countries or homes or period(plain))):
        # "what spyware does NSO sell?", "does EO 14093 ban all spyware?", "what spyware did Citizen
        # Lab find on Ayman Nour's phone?": one firm, rule or case, the engine's answer. Asked which
        # products, a member narrows them by where they went or came from, or when.
        return None
    if (
        products
        and english is not None
        and (names_an_act(said := [*words, *words_of(english)]) or list_asks.asks_rule_act(said))
    ):
        # "which spyware is banned in the US?", "which spyware did the US sanction in 2024?": what a
        # rule covers, the engine's answer; the products found there (Candiru, FinFisher) are not it
        return None
    sold = bool(SALE_WORDS.intersection(words)) or any(w in question for w in CJK_SALE_WORDS)
    # "¿Quién vende cámaras a China?": the sale said in its own language, as "who sold cameras to China?"
    sold = sold or bool(who and english and who_sells(english))
    # "companies sanctioned by the US": the authority's measures name them; no case needed to document it
    acted = about - topics.ORGANISATIONS - (list_authority.TOPICS if authority else frozenset())
    years = period(plain)
    # "sanctioned together with Intellexa": the firms that act took in when it took in Intellexa
    if (beside := list_alongside.companion(plain, named, names)) is not None:
        rules = sorted(
            {n for n in named if names.by_id[n].kind == "rule"}
            | list_authority.rules_by(frozenset(bodies), names.by_id)
        )
        when = years or list_alongside.years_of(beside, about, rules, names.keys, names)
        named, years = (named - {beside}, when) if when is not None else (named, years)
        beside = beside if when is not None else None
    if "vendor" in kinds and (countries or SOLD_WORDS.intersection(words) or acted):
        # "companies that sold to Egypt", "firms that supplied monitoring centres", "firms linked to
        # Xinjiang": the cases that document it too
        kinds.add("case")
    return ListQuery(
        kinds=frozenset(kinds),
        countries=frozenset(countries),
        homes=frozenset(homes),
        home_cities=frozenset(home_cities),
        towns=frozenset(towns),
        technologies=frozenset() if own_acts else frozenset(technologies),
        years=years,
        month=list_dates.month_asked(words, english, years),
        in_force=applied(english),
        # asked for everything on a firm, its short name is searched as text, not taken as its card alone
        names=frozenset(named - short if everything else named),
        measures=names.measures(text),
        topics=about,
        dated_by=topics.dating(plain) if years is not None else frozenset(),
        wording=question,
        sold=sold,
        every_place=every_place(words, countries),
        used=list_who.used(words) or acted_on == "targeted" or by_country,
        exports=says_exports(words, text) and not own_acts,
        authorities=frozenset(authority),
        bodies=frozenset(bodies),
        acts=own_acts,
        reasons=list_authority.reasons(words),
        fined_by=frozenset(fined_by),
        catalogue=list_asks.asks_catalogue(question),
        forms=forms,
        several=WHO_KINDS[acted_on][0]
        if acted_on
        else (country_lists.SEVERAL if by_country else "any" if headless and not everything else ""),
        excluded=left_out,
        jointly=topics.jointly(plain, about),
        each_of=each_of(words, named, names),
        beside=beside or "",
        makers=list_bare.asks_makers(
            words, question, named, kinds, names, SELLER_WORDS | SALE_WORDS | MAKER_WORDS
        ),
    )


def _places_read(english: str) -> set[str]:
    """Every place the question's English reading names ("الإمارات" reads "united arab emirates")."""
    where, homes = places(words_of(english), english, VENDOR_NOUNS)
    return where | homes

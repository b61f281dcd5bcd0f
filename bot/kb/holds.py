"""What is checked of the first entry once the model has weighed a question: facts the question
tells that the card contradicts or never tells (each only holds an answer back, under the cut-off),
and a description of a firm that only the first entry fits (which lifts a refusal to an answer);
a home town asked that no card of the answer names holds it, as it stops a description lifting.

Rules after the model, not features: each stands for evidence the tune questions hold too few
examples of to be learned, and each was measured to move no right answer on tune (bench/README.md).
They read the tables `Evidence` built and the analysis its last `rows` made of the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.kb.actors import acting, untold
from bot.kb.analysis import QueryAnalysis
from bot.kb.asked_values import default_asked_values
from bot.kb.calibration import FEATURES
from bot.kb.chatter import asked_text
from bot.kb.cities import home_cities
from bot.kb.described import FIRM_NOUNS, Asked, Described, contradicts, firm_words, of_firm_asked
from bot.kb.described_owners import owners_said
from bot.kb.elsewhere import Elsewhere, asked_places, entry_text
from bot.kb.in_force import (
    about_rules,
    asked_times,
    asks_now,
    later_years,
    line_named,
    not_begun,
    not_in_force,
)
from bot.kb.index import SearchIndex
from bot.kb.language import Reading
from bot.kb.legislatures import legislature_told
from bot.kb.others_rules import others_rules
from bot.kb.own_law import own_law_untold, own_place, own_words
from bot.kb.parented import parent_home_contradicted, parent_places
from bot.kb.payers import payer_words, reversed_payment
from bot.kb.place_names import words_of
from bot.kb.relations import Statements, standing_forms, statements_of
from bot.kb.roles import Roles
from bot.kb.rules_in_time import asks_in_force
from bot.kb.sales import Sales, held
from bot.kb.senses import everyday_spans, movement_elsewhere
from bot.kb.text import LONG_QUESTION, name_key, stem
from bot.kb.told_then import ToldThen
from bot.kb.unknown_listed import unknown_listed
from bot.kb.values import UNGIVEN_SHARE, Values, ungiven
from bot.kb.which import asks_of_firm, described, described_other

# A word written as a name, not the message's first
_NAME = re.compile(r"(?<=\s)[A-Z][\w&]+")
# The analysis `Evidence.rows` made of a reading and the entries it found named outright (None when
# its last reading was another one)
LastRead = Callable[[Reading], "tuple[QueryAnalysis, dict[int, float]] | None"]


_UNSTATED = FEATURES.index("unstated")
_NAMED = FEATURES.index("named")  # the question names the entry outright (its title, alias, number)


# Words opening an English question asked yes or no ('did the AI Act apply before 2024?')
_YES_NO = frozenset({"did", "does", "do", "was", "were", "is", "are", "has", "have", "had"})


class Holds:
    """The checks of a question's first entry, over one knowledge base's tables."""

    def __init__(
        self,
        index: SearchIndex,
        roles: Roles,
        tables: tuple[Described, Elsewhere, Sales, Statements, Values],
        linked: list[frozenset[int]],
        last_read: LastRead,
        named_any: int,
    ) -> None:
        self.index = index
        self.roles = roles
        self._described, self._places, self._sales, self._statements, self._values = tables
        self._linked = linked  # the entries each lists as related
        self._last_read = last_read
        self._named_any = named_any  # the feature index of 'the question names the entry outright'
        # each entry's own words as names are compared ('hacking team' is not on a card saying
        # 'hacked' and 'a team of prosecutors'): built once, read by named_apart
        self._said = [f" {name_key(entry_text(e))} " for e in index.entries]
        # the states each card tells held as of its time only ('(then an MEP)'), read by told_then
        self._then = ToldThen(index.entries)
        payer_words()  # who pays whom (payers.py): read now, not by a member's first question
        own_words()  # the words saying a place's own (own_law.py): read now as well

    def hold(
        self,
        question: str,
        reading: Reading,
        top: int,
        x: tuple[float, ...],
        confidence: float,
        threshold: float,
    ) -> float:
        """`confidence` in entry `top` (its features `x`), held under `threshold` where the question
        asks what its card does not give or names what contradicts it."""
        confidence = ungiven(x, confidence, threshold)  # the value asked is not on it
        # which firm sold to a place the card names only as a home, distributor or victims' country
        confidence = held(confidence, threshold, self.sold_elsewhere(question, reading, top, x))
        if confidence >= threshold and (
            self.contradicted(reading, top, question)  # another firm described
            or self.owned_otherwise(reading, top, question)  # another group's unit
            or self.named_apart(reading, top, x)  # it names another entry
            or self.actor_untold(reading, top)  # another's act, not the place's
            or self.ended_before(reading, top, x)  # a rule gone by the years asked
            or self.replaced_now(reading, top, x)  # a repealed rule, asked the current one
            or self.begun_after(reading, top, x)  # a rule not yet in force by the years asked
            or self.not_applying(reading, top, x)  # a report on rules, asked the rules then
            or self.town_unnamed(question, reading, top)  # 'which Toronto company': not Waterloo's
            or self.paid_otherwise(question, top)  # the amount was paid the other way round
            or self.told_then(question, reading, top, x)  # 'still an MEP?' of '(then an MEP)'
            or self.everyday_named(question)  # 'what do hermit crabs eat?': no Hermit spyware
            or movement_elsewhere(question, self._said[top], self._cited(top))  # the Scottish movement
            # China's law: no US rule; 'British rules before Brexit: 428/2009?' names the rule asked
            or (not (x and x[_NAMED] > 0) and others_rules(self.index.entries[top], question, reading.lang))
            or self.unlisted(question, reading, top)  # 'was DarkMatter blacklisted?': no card names it
            or self.own_law_untold(reading, top)  # 'Har Sverige egna exportregler?': no Swedish rule
        ):
            confidence = min(confidence, UNGIVEN_SHARE * threshold)
        return confidence

    def rule_told(self, reading: Reading, i: int) -> bool:
        """Whether entry i is a rule that tells what the place the question opens on did: one
        taking measures (not an inquiry or campaign, `actor_untold`) whose authority is that
        place."""
        last = self._last_read(reading)
        if last is None or self.index.entries[i].kind != "rule":
            return False
        # a place must be read acting: 'did the UN sanction Intellexa?' names none (the UN held
        # apart by named_actor.py), and the Treasury's card was lifted at the held first's confidence
        return bool(acting(last[0], reading.lang)[0]) and not self.actor_untold(reading, i)

    def told_then(self, question: str, reading: Reading, i: int, x: tuple[float, ...]) -> bool:
        """The question asks a present status ('is androulakis still an MEP today?') no statement
        of entry i tells (feature `unstated` at 1), and the card tells the state asked as of its
        time only ('then an MEP', or a title before the person's name: 'senator Krzysztof Brejza'): it
        says what held then, not what holds now. The model let such
        questions through (0.66-0.73) as the card's words match so well; a status told in other
        words ('shutting down', 'since') is left to the model."""
        if (
            not x
            or x[_UNSTATED] < 1.0
            or "status" not in default_asked_values().asked(question, reading.lang)
        ):
            return False
        return self._then.told(i, reading.text, question)

    def own_law_untold(self, reading: Reading, i: int) -> bool:
        """Whether the question asks a place's own law that entry i neither is nor names (own_law.py)."""
        last = self._last_read(reading)
        # no place's own asked (nearly every question): its card's law owners are never read
        if last is None or own_place(last[0]) is None:
            return False
        if "law" not in default_asked_values().asked(reading.text, reading.lang):
            return False
        # its card's law owners as Values read them once (eagerly, for a small knowledge base)
        return own_law_untold(self.index.entries[i], self._values.law_owners(i), last[0])

    def _cited(self, i: int) -> tuple[str, ...]:
        """The names of the publishers entry i cites (folded and spaced): 'La Voz de Galicia' names
        no place of the card's."""
        return tuple(name_key(s.publisher) for s in self.index.entries[i].sources)

    def everyday_named(self, question: str) -> bool:
        """Whether the question holds a name a card holds only in its everyday sense ('what do hermit
        crabs eat?', 'a paragon of virtue', 'Dante's Inferno': senses.yaml `names`) and nothing else
        in it names an entry: the model answered RCS Lab at 0.77 and Paragon at 0.90 on the word
        alone. 'Is Hermit spyware named after the hermit crab?' names it again, and is answered."""
        said = name_key(asked_text(question))
        rest = everyday_spans(said)
        if rest == said:
            return False
        rest = f" {rest} "
        return not any(f" {key} " in rest for keys in self.index.exact_names.values() for key in keys)

    def unlisted(self, question: str, reading: Reading, i: int) -> bool:
        """Whether entry i, a rule's card, is asked as a listing of a firm no card names
        (unknown_listed.py)."""
        last = self._last_read(reading)
        return last is not None and unknown_listed(self.index.entries[i], last[0], question, reading.lang)

    def described(self, reading: Reading, i: int, rivals: Iterable[int], typed: str = "") -> bool:
        """Whether the question (`typed`, read as `reading`) describes entry i, unnamed, by its firm's
        home (or, asking which one in English, a place that is that home or one of the case's:
        described.unhomed) and more facts that fit none of the `rivals` (its other candidates) of
        i's kind (described.py)."""
        # the entry's firm's home must be known; the question need say no word for a home
        if not self._described.has_home(i, typed):
            return False  # no home, no description: not worth the question's places and analysis
        query, asked = self._description(reading, typed)
        if reading.lang == "en" and (which := described(query.corrected, query, self.roles.which)):
            asked = of_firm_asked(asked, *which)
        towns = home_cities(typed or reading.text, FIRM_NOUNS)  # 'a Rome company': not Area's
        return self._described.picks(i, asked, rivals) and all(
            self._places.town_fits(i, t, self._linked[i]) for t in towns
        )

    def sold_elsewhere(self, question: str, reading: Reading, i: int, x: tuple[float, ...]) -> bool:
        """The question asks which firm or case sold to places entry i (its features `x`) names only
        as something else: a home, a distributor, victims (sales.py). Not when it names the entry
        ('did NSO sell Pegasus to El Salvador?'): its card's tie to the place (victims there, a
        denied or unknown sale, a halt of sales) is what such a member asks about."""
        if reading.lang == "zh" or (x and x[self._named_any] > 0):  # no sale verb read without spaces
            return False
        wording = asked_text(question)
        return self._sales.elsewhere(i, wording, asked_places(wording, frozenset(reading.ordinary)))

    def contradicted(self, reading: Reading, i: int, typed: str = "") -> bool:
        """Whether the question asks which firm of a home, with gear, entry i's firms do not have
        (described.py `contradicts`): 'która polska firma sprzedała spyware Węgrom?' is no PEGA."""
        if not Described.says_home(reading.text, typed):
            return False
        words, roles = firm_words(typed), self.roles
        # which firm is asked, before what the question describes of it (its places: ~0.3-0.9 ms)
        if reading.lang == "en":
            query = self._analysis(reading)
            asks = described(query.corrected, query, roles.which, told=False)
        else:  # `described_other`, once its home is read
            asks = ("vendor", set()) if asks_of_firm(words, roles.which_other, roles.relative_other) else None
        if asks is None or asks[0] != "vendor":
            return False  # a firm asked for by its home only: other homes are buyers, partners
        asked = self._description(reading, typed)[1]
        if reading.lang != "en":
            asks = described_other(words, roles.which_other, asked[0], roles.relative_other)
        return asks is not None and contradicts(self._described.told[i], asks[1], asked[2])

    def owned_otherwise(self, reading: Reading, i: int, typed: str = "") -> bool:
        """Whether the question describes a firm by a parent ('the Airbus unit that met Libyan
        officials') and entry i's card names another one (Narus: Boeing): it asks of another firm.
        Only a parent written as a name ('Airbus'): 'a private-equity fund', 'the giant's
        subsidiary' describe a parent without naming one."""
        own = self._described.parents_of(i)
        if not own or reading.lang != "en":
            return False
        text = typed or reading.text
        # or by its parent's home, which no parent of its firm is from ('owned by a Chinese group' is
        # no Axis: Canon is Japanese)
        if parent_home_contradicted(self._described, i, parent_places(text)):
            return True
        names = {f"owner:{n.lower()}" for n in _NAME.findall(text)}
        said = owners_said(words_of(text)) & names
        return bool(said) and said.isdisjoint(own)

    def named_apart(self, reading: Reading, i: int, x: tuple[float, ...]) -> bool:
        """Whether a short question names another entry outright that entry i (its features `x`)
        neither is, nor is linked to, nor mentions: 'тайские активисты и Predator?' names Intellexa's
        spyware, and the Thai Pegasus case never speaks of it. `told` tells that apart in a short
        English question only; in any other language nothing did, and the case was answered."""
        last = self._last_read(reading)
        if not x or x[self._named_any] > 0 or last is None:
            return False
        query, exact = last
        if len(query.corrected) >= LONG_QUESTION:  # a story names other firms in passing
            return False
        said = f" {' '.join(query.corrected)} "
        explained = self.index.profile(i)
        for j in exact:
            keys = [key for key in self.index.exact_names.get(j, ()) if f" {key} " in said]
            words = {stem(t) for key in keys for t in key.split() if stem(t) in query.tokens}
            if words and not any(explained.get(t, 0.0) > 0 for t in words):
                return True
            # a name of several words whose every word the card uses apart ('What did the Senate say
            # about Hacking Team?' got the Polish Pegasus case: 'hacked', 'a team of prosecutors')
            if any(" " in key for key in keys) and not any(f" {key} " in self._said[i] for key in keys):
                return True
        return False

    def actor_untold(self, reading: Reading, i: int) -> bool:
        """Whether the question names a place acting that entry i's card never tells acting so
        ('did Greece freeze Intellexa's assets?', actors.py)."""
        last = self._last_read(reading)
        if last is None:
            return False
        query, exact = last
        said = f" {' '.join(query.corrected)} "  # other entries' names asked ('Candiru', of CatalanGate)
        names = self.index.exact_names
        keys = (key for j in exact if j != i for key in names.get(j, ()) if f" {key} " in said)
        entry = self.index.entries[i]  # not a name its aliases give it ('caso Paragon')
        aliased = {stem(t) for alias in entry.aliases for t in name_key(alias).split()}
        others = frozenset(t for key in keys for t in map(stem, key.split()) if t in query.tokens) - aliased
        return untold(self._statements, entry, i, query, reading.lang, reading.ordinary.keys(), others)

    def legislature_told(self, reading: Reading, i: int) -> bool:
        """Whether entry i's card names the legislature the question asks of, with every place it
        asks of (legislatures.py `legislature_told`)."""
        last = self._last_read(reading)
        if last is None:
            return False
        query = last[0]
        masks, _, _, own = self._statements.of(i)
        forms = [standing_forms(query, t) for t in query.country]
        return legislature_told(query, masks, own, forms)

    def ended_before(self, reading: Reading, i: int, x: tuple[float, ...]) -> bool:
        """Whether entry i is a rule that had stopped applying by the years after which the question
        asks ('which EU rules were in force after 2021?', 'welche EU-Regeln galten nach 2021?': 428/2009
        ended in 2021, answered at 0.95). Not when the question names it ('what replaced the 2009
        dual-use regulation after 2021?': its card tells what came after)."""
        ended = self.index.entries[i].ended
        last = self._last_read(reading)
        if ended is None or last is None or (x and x[self._named_any] > 0):
            return False
        later = later_years(last[0].raw, reading.lang)
        return bool(later) and min(later) >= ended

    def replaced_now(self, reading: Reading, i: int, x: tuple[float, ...]) -> bool:
        """Whether entry i is a rule since replaced (`replaced_by`) and the question asks the state of
        things now (in_force.asks_now: 'under the current EU regime, when would we still need a
        licence?' answered Regulation 428/2009, repealed in 2021, at 0.78): a repealed rule told as
        current is a wrong answer a member acts on. Not when the question names it ('what replaced
        428/2009 and what applies now?'), nor when it points back in time as well
        (time_words.time_direction)."""
        entry = self.index.entries[i]
        last = self._last_read(reading)
        if entry.replaced_by is None or last is None or (x and x[self._named_any] > 0):
            return False
        query = last[0]
        words = set(query.raw) - set(query.country)  # 'new zealand' is no new thing
        return asks_now([w for w in query.raw if w in words], reading.lang)

    def begun_after(self, reading: Reading, i: int, x: tuple[float, ...]) -> bool:
        """Whether entry i is a rule that began to apply in or after the years up to which the
        question asks the rules in force ('welche US-Regeln galten vor 2022?': the EAR cyber rule,
        in force from March 2022, answered at 0.80), the mirror of `ended_before`. Not when the
        question names it, nor when it asks no rule in force ('the talks before 2021' are the
        recast's own history; a name it shares with the rule it replaced, or with the rule that
        replaced it, names no rule of its own: in_force.line_named), nor when an English question
        asks yes or no ('did the AI Act apply before 2024?': the card's start date is the answer,
        refused at 0.51, review22). Asked the
        rules in force in one year ('Welche Regeln galten 2015?'), a rule not yet or no longer in
        force then is no answer either (the EAR rule of 2022 was answered at 0.84)."""
        last = self._last_read(reading)
        entry = self.index.entries[i]
        if (entry.began is None and entry.ended is None) or last is None:
            return False
        query = last[0]
        if x and x[self._named_any] > 0 and not line_named(self.index.entries, entry, query.raw):
            return False
        if reading.lang == "en" and query.corrected[:1] and query.corrected[0] in _YES_NO:
            return False
        if not asks_in_force(query, reading.lang):
            return False
        asked = asked_times(query.raw, reading.text, reading.lang)
        return not_begun(entry, asked) or not_in_force(entry, asked)

    def not_applying(self, reading: Reading, i: int, x: tuple[float, ...]) -> bool:
        """Whether entry i is about rules without being one that applies (a report, an inquiry, a
        campaign) and the question asks the rules in force by a year: 'the EU rules on exporting
        spy tools until spring 2020' answered Amnesty's 2020 report (0.92). Not when the question
        names it or asks for its form ('which report ...': in_force.about_rules)."""
        last = self._last_read(reading)
        if last is None or (x and x[self._named_any] > 0) or not about_rules(self.index.entries[i], last[0]):
            return False
        asked = asked_times(last[0].raw, reading.text, reading.lang)
        return bool(asked.ended or asked.at) and asks_in_force(last[0], reading.lang)

    def town_unnamed(self, question: str, reading: Reading, i: int) -> bool:
        """Whether the question asks for a firm by a home town ('which Toronto company sold DPI?')
        that neither entry i nor an entry it links to names: Sandvine's card puts it in Waterloo,
        and the model answered its country's firm at 0.81 (`described` asks the same to lift)."""
        if reading.lang == "zh":
            return False
        towns = home_cities(asked_text(question), FIRM_NOUNS)  # 'the toolmaker in Wuhan'
        return any(not self._places.town_fits(i, t, self._linked[i]) for t in towns)

    def paid_otherwise(self, question: str, i: int) -> bool:
        """Whether the question asks an amount paid by or to someone ('how much did Motorola pay
        Hytera?') that entry i's card tells paid the other way round ('a US jury awarded Motorola
        $764.6m') or by another ('Computerlinks FZCO paid $2.8m', of Blue Coat): payers.py."""
        entry = self.index.entries[i]
        return reversed_payment(asked_text(question), statements_of(entry), entry.title)

    def _analysis(self, reading: Reading) -> QueryAnalysis:
        """The question's analysis: the search's own when `rows` read this reading (~0.4 ms again)."""
        last = self._last_read(reading)
        return last[0] if last else self.index.analyse(reading.text, reading.ordinary)

    def _description(self, reading: Reading, typed: str) -> tuple[QueryAnalysis, Asked]:
        """The question's analysis and what it describes of a firm (described.py `Described.asked`)."""
        query = self._analysis(reading)
        return query, Described.asked(reading.text, query, typed, reading.lang, reading.ordinary)

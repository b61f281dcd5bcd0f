"""The evidence the answer model weighs for each candidate entry of a question: rank scores, then
the model's features (coverage, names, the kind of fact and the values asked, places, relations).

Kept apart from the engine's decision (search.py: answer, refuse, offer) because it is most of the
engine and changes with every reading of questions, while the decision changes with the model.
The per-entry tables it reads are built once, in the build's thread.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from bot.kb import parented
from bot.kb.analysis import QueryAnalysis
from bot.kb.apposed import apposition
from bot.kb.asked_values import MEASURE, OUTCOMES, STATED, began_kinds, default_asked_values
from bot.kb.asks import of_value_asks
from bot.kb.calibration import FEATURES, Calibration
from bot.kb.chatter import asked_text
from bot.kb.cues import CUE_MARGIN, FACT_CUE, Rows, cued, numbered
from bot.kb.described import Described, town_homes
from bot.kb.elsewhere import Elsewhere, as_corrected, asked_places
from bot.kb.facts import default_fact_kinds, held_first
from bot.kb.filters import Filters
from bot.kb.firm_asked import firm_asked
from bot.kb.holds import Holds
from bot.kb.in_force import asked_times, dated, started, untimed
from bot.kb.index import EAGER_PROFILES, SearchIndex
from bot.kb.language import Reading
from bot.kb.owners import owned
from bot.kb.parented import companion_places, companions_spared, parent_places, spared, unspared
from bot.kb.parties import Parties
from bot.kb.preceded import preceded
from bot.kb.relations import Statements, asked_words, destinations
from bot.kb.roles import Roles
from bot.kb.sales import Sales
from bot.kb.story import elsewhere_named, story_name
from bot.kb.text import LONG_QUESTION, asking_sentence, fold, question_clause, raw_tokens, stem, word_count
from bot.kb.time_words import own_placing_words
from bot.kb.title_words import name_words, without_name_words
from bot.kb.values import KINDS, Values
from bot.kb.weights import MISSED_NAME, confidence, token_weights
from bot.kb.which import put_first

# BM25's share of the rank score: it reads the whole text of an entry (a case's story), where the
# coverage score favours the entry whose name is asked; at 0.5 the right entry comes first for 0.95
# of the tune splits' questions (0.92 at the former 0.03), cases gaining most.
BM25_SHARE = 0.5
NAME_BONUS = 0.1
# An entry named outright by its own title or alias (not through a related entry) outranks the entries
# that merely contain the name, whatever kind a word of the name hints at ('Hacking Team').
EXACT_BONUS = 0.08
# A question that is nothing but an entry's title or alias ('AcmeSpy', 'EU dual use') asks for that
# entry, however well BM25 likes the entries that mention the name in their text.
NAME_ONLY_BONUS = 0.15
# (entry index, rank score, the model's features) of a candidate
Row = tuple[int, float, tuple[float, ...]]
# A lead beyond this over the second entry says nothing more (the model saw few; a quadratic term
# fitted on them refused a lone candidate named outright, 'EU dual use' on a small knowledge base).
MARGIN_CAP = 0.8
NAMED_ANY = FEATURES.index("named_any")
# A state begun asked by name ('still banned? since when') is a value asked: the date that state
# began. No dated statement of it on the card, and the member reads no answer (`unvalued`, held).
BEGAN_KINDS = frozenset(began_kinds())
VALUE_KINDS = frozenset(KINDS) | BEGAN_KINDS
UNPLACED = FEATURES.index("unplaced")
STATED_KINDS, OUTCOME_KINDS = frozenset(STATED), frozenset(OUTCOMES)


class Evidence:
    """What the engine knows of its entries for weighing a question (built once per knowledge base),
    and each question's candidates with their scores and features."""

    def __init__(self, index: SearchIndex, calibration: Calibration) -> None:
        self.index = index
        self.calibration = calibration
        # the kinds of fact (owners, revenue, ...) each entry's text speaks of
        self._facts = default_fact_kinds()
        self._held = [self._facts.held(e) for e in index.entries]
        self._statements = Statements(index)
        eager = len(index.entries) <= EAGER_PROFILES  # as the index's profiles
        self._values = Values(self._statements, eager)  # the values each statement gives (values.py)
        self._parties = Parties(index.entries)  # whose outcome a question asks (values.py)
        self._places = Elsewhere(index.entries, eager, town_homes(index.entries))  # the places each names
        by_id = index.by_id
        self._linked = [frozenset(by_id[r] for r in e.related if r in by_id) for e in index.entries]
        self._by_id = {e.id: e for e in index.entries}  # a firm's home (which.py)
        self.roles = Roles(index)  # what a question is about, and what it mentions
        self._described = Described(index.entries)  # each entry's home, places, technology, years
        self._sales = Sales(index.entries)  # where each firm's or case's gear was sold (sales.py)
        self.went = self._sales.went  # and where it went: the list answers' table too (service.py)
        # the last reading `rows` analysed, and its analysis: `described` reads the same one again
        self._last_query: tuple[Reading, QueryAnalysis] | None = None
        self._last_exact: dict[int, float] = {}
        tables = (self._described, self._places, self._sales, self._statements, self._values)
        self.holds = Holds(index, self.roles, tables, self._linked, self.last_read, NAMED_ANY)
        self._mean_year: list[float | None] = [
            sum(e.years) / len(e.years) if e.years else None for e in index.entries
        ]

    def rows(
        self, question: str, reading: Reading, filters: Filters, related: int | None, threshold: float
    ) -> tuple[list[Row], Callable[[], list[Row]]]:
        """(entry index, rank score, the model's features) per candidate, best first, with the
        features only for the first `related` rows when given (the others' are empty), and what
        gives every row its features (rank, for a list question). `threshold` is the engine's
        cut-off: a firm is not put first when that turns an answer into a refusal (which.py)."""
        index = self.index
        wording = asked_text(question)  # what `read` read: the words asked, not the greeting around them
        query = index.analyse(reading.text, reading.ordinary)
        self._last_query = (reading, query)
        if not query.tokens and not query.unknown:
            return [], list
        timed = own_placing_words(query.corrected, reading.lang)  # 'bis 2021' names no BIS
        said = [w for n, w in enumerate(query.corrected) if n not in timed]
        named, exact = index.named(said, swapped=reading.lang != "en")
        query.entry_names = self._entry_names(query, exact)
        self._last_exact = exact
        cands, bm = index.candidates(query, named)
        focus = question_clause(reading.text)
        weights = token_weights(index, query, focus)
        homes: frozenset[str] = frozenset()
        if reading.lang == "en":  # 'the Tel Aviv firm NSO Group': where the named firm is from
            described_words, homes = apposition(wording, index.names, index.entries)
            for t in described_words:
                weights.pop(t, None)
        best_bm = max(bm.values(), default=0.0) or 1.0
        if focus and any(t in focus and story_name(index, query, t) for t in query.tokens):
            # a long question whose own clause names what it asks: names only its story mentions
            # ('Hikvision and Dahua deals') leave BM25's query, so they do not outweigh what is
            # asked; the story's other words stay (members' stories often retell the entry)
            asked = [t for t in query.tokens if t in focus or not story_name(index, query, t)]
            if elsewhere_named(index, exact, reading):
                asked = [t for t in query.tokens if t in focus]  # the story is about another one
            if asked and len(asked) < len(query.tokens):
                top = index.bm25_top(asked)
                cands = sorted(set(cands) | set(top))
                scores = index.bm25_scores(asked)
                bm = {i: float(scores[i]) for i in cands if scores[i] > 0} if scores is not None else {}
                best_bm = max(bm.values(), default=0.0) or 1.0
        words = max(1, len(query.tokens))
        total = sum(weights.values()) or 1.0
        # what kind of fact is asked, read on the question as written (its clause when long)
        asked_kinds = self._facts.asked(asking_sentence(wording) or wording)
        # the values it asks (an amount, a date) and the named things asked about, in a long question
        # those of its own clause (its story names places and people in passing): `unvalued`
        values, lang = default_asked_values(), reading.lang
        value_kinds = values.asked(asking_sentence(wording) or wording, lang)
        subjects = {t: w for t, w in weights.items() if value_kinds and self._named_asked(t, query, focus)}
        # of a message of several asks, only those asking the value (asks.py)
        about = asked_words(query, of_value_asks(subjects, wording, lambda a: bool(values.asked(a, lang))))
        # the places it names in any language: `elsewhere` (elsewhere.py); Chinese ones as read, in
        # English: the question has no spaces to find them by ('华为在巴基斯坦', Huawei in Pakistan)
        placed = as_corrected(wording, query.raw, query.corrected)  # 'Dauha' is Dahua, no Doha
        where = asked_places(reading.text if reading.lang == "zh" else placed, frozenset(reading.ordinary))
        if homes:  # a named firm's home said of it asks no card to name that place
            where = tuple(p for p in where if p[0] not in homes)
        owner_homes = parent_places(wording)  # 'owned by a Japanese group': the parent's (parented.py)
        beside = companion_places(wording)  # 'alongside Israeli spyware makers': other firms' homes
        makers = parented.maker_places(wording)  # 'with Israeli spyware': the maker's home, no place
        # names no entry holds: not a word known by a synonym, nor an ordinary word of the question's
        # language ('removeu' weighed like half a name: the Portuguese question lost its answer)
        unread_words = query.synonymed | query.ordinary
        unknown = sum(weights.get(t, 0.0) for t in map(stem, query.unknown) if t not in unread_words) / total
        # the places a short English question names, each with its other forms ('burma', a tag):
        # 'did Cellebrite sell UFED to Myanmar?' asks what the Cellebrite entry never mentions; and
        # the named things it relates ('did NSO sell Pegasus to Germany?'). Not read in a long
        # question (its story names places in passing) nor in another language, where a
        # mistranslated word can read as a place (Swedish 'polis' as Poland).
        short_en = reading.lang == "en" and word_count(wording) < LONG_QUESTION
        places = (
            [(query.place_forms(t), query.country[t]) for t in weights if t in query.country]
            if short_en
            else []
        )
        things = self._statements.things(query, weights) if short_en else []
        # what is asked, for `told`: a short English question's words, as for `things`, but those no
        # entry holds in any form (a misspelt name, slang: 'kno', 'lol'), which `unknown` and
        # `coverage` weigh already; a statement can tell only what some entry says
        wanted = asked_words(
            query, {t: w for t, w in weights.items() if short_en and self._held_anywhere(t, query)}
        )
        # where a short English question sends exports ('cover exports to Myanmar'): a rule governs
        # exports to any destination, so its coverage leaves them out (as `unplaced` and `told` do)
        bound = destinations(query) if short_en else frozenset()
        filtered = filters.any
        kept = [i for i in cands if not filtered or filters.accepts(index.entries[i])]
        covered = index.coverages(kept, query, weights, focus)
        rules = [i for i in kept if index.entries[i].kind == "rule"]
        if bound and rules and len(bound) < len(weights):
            unbound = {t: w for t, w in weights.items() if t not in bound}
            covered.update(index.coverages(rules, query, unbound, focus))
        times = asked_times(query.raw, asking_sentence(wording) or wording, lang)  # 'until late 2021'
        # a rule in force then tells the words placing the question in time by its dates (in_force.py)
        timing = untimed(index, dated(index.entries, rules, times), query, lang, bound)
        for i, untold in timing.items():
            told_weights = {t: w for t, w in weights.items() if t not in untold}
            covered.update(index.coverages([i], query, told_weights, focus))
        tables = (self._described, self._linked)  # a maker's home its firm's entries need not say
        covered.update(parented.maker_coverages(index, tables, kept, query, weights, focus, makers, covered))
        # first each candidate's rank score (and, for `held_first`, whether it holds the kind of
        # fact asked): the model's features only for the rows that are shown, below
        scored: Rows = []
        shared = self.roles.heads(query.corrected, exact) if exact else {}  # names both bear
        namesakes = self.roles.namesakes(query.corrected, exact) if exact else set()
        # the events asked (who hacked, what a leak revealed), in a long question those of its own clause:
        # a question that asks one besides a name is not nothing but that name ('who hacked hacking
        # team?' stems to the name's own words)
        asking = asking_sentence(reading.text)
        events = self.roles.events(raw_tokens(asking) if asking else query.corrected)
        for i in cands:
            if filtered and not filters.accepts(index.entries[i]):
                continue
            cov = covered[i][0]
            if cov <= 0 and i not in named:
                continue
            outright = min(1.0, max(exact.get(i, 0), shared.get(i, 0)) / words)
            bonus = NAME_BONUS * min(1.0, named.get(i, 0) / words) + EXACT_BONUS * outright
            # the question is nothing but its name (the name's bearer's, not its namesakes')
            if exact.get(i, 0) >= words and not events and i not in namesakes:
                bonus += NAME_ONLY_BONUS
            score = cov + BM25_SHARE * bm.get(i, 0.0) / best_bm + bonus
            unheld = float(min(2, len(asked_kinds - self._held[i]))) if asked_kinds else 0.0
            scored.append((i, score, [unheld]))
        # a rule dated from the day it began tells the words asking when it did (in_force.started),
        # for the model, not the ranking: an undated regime may tell it in words ('first plenary')
        for i, begun in started(index.entries, rules, query.raw).items():
            timing[i] = untold = timing.get(i, bound) | begun
            covered.update(
                index.coverages([i], query, {t: w for t, w in weights.items() if t not in untold}, focus)
            )

        def features(i: int) -> list[float]:
            cov, evidence, missed, gap, clause, rest = covered[i]
            if exact.get(i, 0) >= words:
                rest = 1.0  # nothing else is asked ('acme spy' for 'AcmeSpy': 'spy' is the name)
            conf = confidence(cov * total / (total + MISSED_NAME * missed), evidence / index.max_idf)
            if i in exact:  # named outright: everyday words ("entity list") are strong evidence here
                conf = max(conf, cov * min(1.0, exact[i] / words))
            x = [
                conf,
                cov,
                math.log1p(evidence / index.max_idf),
                0.0,  # the margin: `finish`, once the rows are in order
                min(1.0, exact.get(i, 0) / words),
                1.0 if i in named else 0.0,
                missed / total,
                unknown,
                clause,
                math.log1p(words),
                0.0 if reading.lang == "en" else 1.0,
                reading.unread,
                min(gap, 2.0),
                bm.get(i, 0.0) / best_bm,
                math.log1p(bm.get(i, 0.0)),
                rest,
                float(min(2, len(asked_kinds - self._held[i]))) if asked_kinds else 0.0,
                self._places.unplaced(i, places, self.index.profile),
            ]  # apart, told (relations.py), unvalued (values.py), elsewhere, unstated, unsettled follow
            return x

        rows = cued(self.index.entries, self._mean_year, query, scored, exact, reading.lang, times)
        rows = numbered(self.index.entries, query, rows, reading.lang)  # 'the 2009 dual use regulation'
        rows = owned(self.index.entries, question, rows)  # 'EU rules': the EU's own first (owners.py)
        short = word_count(wording) < LONG_QUESTION
        rows = self.roles.rank(query.corrected, rows, short_en, short)  # subject and time (roles.py)
        rows = preceded(index, query.corrected, rows, reading.lang)  # 'before the recast': what it replaced
        rows = self.roles.eventful(rows, events, exact)  # an event asked: its case (roles.py)
        rows = self.roles.scattered(query.corrected, rows, exact)  # an alias's words apart
        if asked_kinds:  # an entry that holds the kind of fact asked goes first among near-ties
            rows = held_first(rows, 0, CUE_MARGIN, FACT_CUE)
        rows.sort(key=lambda r: (-r[1], index.entries[r[0]].id))
        described_as, picks, fit = firm_asked(
            question, reading, query, self.roles, self._described, self._places
        )
        moved = rows
        if described_as:  # 'which Singapore firm', 'which French firm ... to Syria' (which.py)
            moved = put_first(index.entries, self._by_id, rows, *described_as, picks, fit)
        context = (things, wanted, bound)
        began = bool(value_kinds & BEGAN_KINDS)  # a state named, asked since when
        outcomes = value_kinds & OUTCOME_KINDS  # and whose (`unsettled`): firms, people, no place
        # ... unless asked of anyone ('was anyone fined?': a fine on the card answers it, whoever paid)
        asking = asking_sentence(wording) or wording if outcomes else wording  # once, not per row
        anyone = values.of_anyone(asking) if outcomes else True
        parties = [] if anyone else self._parties.asked(query.corrected, about, query.country, focus)
        sent = destinations(query) if "law" in value_kinds else frozenset()  # whose law: not where it went
        owners = {t: c for t, c in query.country.items() if t not in sent} if "law" in value_kinds else {}
        asked_at = frozenset(query.country) if outcomes else frozenset()  # a measure over a place
        # the words asking a measure ('punished'), for `told`: a statement giving any tells them
        measured = frozenset(map(stem, values.asking_words(query.corrected, MEASURE) if wanted else ()))
        measures = self._values.measures

        def own_outcomes(i: int) -> frozenset[str]:
            """The outcomes asked of entry i: not those only a word of its own name asks ('Processo
            Pall Mall' asks no trial of the Pall Mall Process: title_words.py)."""
            if not outcomes:
                return outcomes
            rest = without_name_words(asking, name_words(index.entries[i]))
            return outcomes & values.asked(rest, lang) if rest and rest != fold(asking) else outcomes

        def finishing(order: Rows, rival: float) -> Callable[[int, int, float], tuple[float, ...]]:
            """Features of the rows of `order`, whose first row's margin is over `rival`."""

            def finish(n: int, i: int, score: float) -> tuple[float, ...]:
                """Row n's features: its margin over the rival (the first row) or over the first
                row, and its relation features (relations.py)."""
                x = features(i)
                x[3] = min(score - (rival if n == 0 else order[0][1]), MARGIN_CAP)
                spare = spared(self._described, i, owner_homes)
                spare |= companions_spared(self._described, self._linked[i], beside)
                spare |= parented.makers_spared(self._described, self._linked, i, makers)
                if spare:  # its parent's home, which its card never gives
                    x[UNPLACED] = self._places.unplaced(
                        i, [p for p in places if p[1] not in spare], self.index.profile
                    )
                unnamed = self._places.unnamed(i, unspared(where, spare) if spare else where)
                described = i not in exact  # not named outright: a firm may be described
                unvalued = self._values.unvalued(i, value_kinds & VALUE_KINDS, about, described=described)
                if began and max(unnamed, x[UNPLACED]) >= 1.0:  # 'still blacklisted by the EU? since when'
                    unvalued = 1.0  # of a place the card never names: no statement dates that state
                return (
                    *x,
                    *self._statements.relate(
                        i, *context[:2], timing.get(i, bound), i not in exact, measures(i, measured)
                    ),
                    unvalued,
                    unnamed,
                    self._values.unstated(i, value_kinds & STATED_KINDS, about, owners),
                    self._values.unsettled(i, own_outcomes(i), parties, asked_at),
                )

            return finish

        finish = finishing(rows, self._rival(rows))
        if moved is not rows:  # 'which Singapore firm': that firm, unless it trades an answer for a refusal
            finish_moved = finishing(moved, self._rival(moved))
            answers = self._first_probability(finish, rows) >= threshold
            if not answers or self._first_probability(finish_moved, moved) >= threshold:
                rows, finish = moved, finish_moved  # else the rule's card names the firm: better than nothing
        done = len(rows) if related is None else min(related, len(rows))
        shown = [(i, score, finish(n, i, score)) for n, (i, score, _) in enumerate(rows[:done])]

        def complete() -> list[Row]:
            return shown + [
                (i, score, finish(n, i, score)) for n, (i, score, _) in enumerate(rows) if n >= done
            ]

        return shown + [(i, score, ()) for i, score, _ in rows[done:]], complete

    def last_read(self, reading: Reading) -> tuple[QueryAnalysis, dict[int, float]] | None:
        """The analysis the last `rows` made of `reading` and the entries it found named outright;
        None when that was another reading (holds.py reads it again rather than analyse anew)."""
        last = self._last_query
        return (last[1], self._last_exact) if last and last[0] is reading else None

    def _first_probability(self, finish: Callable[[int, int, float], tuple[float, ...]], rows: Rows) -> float:
        """The model's probability that the first of `rows` is what was asked (features by `finish`)."""
        i, score, _ = rows[0]
        return float(self.calibration.probabilities(np.array([finish(0, i, score)], dtype=float))[0])

    def _entry_names(self, query: QueryAnalysis, exact: dict[int, float]) -> frozenset[str]:
        """The stems of the question's words that name an entry outright (a title or alias)."""
        said = f" {' '.join(query.corrected)} "
        return frozenset(
            stem(t)
            for i in exact
            for key in self.index.exact_names.get(i, ())
            if f" {key} " in said
            for t in key.split()
            if stem(t) in query.tokens
        )

    def _named_asked(self, token: str, query: QueryAnalysis, focus: set[str]) -> bool:
        """A place or rare name the question asks about (in its own clause, when long)."""
        return (not focus or token in focus) and self.index._name_like(token, query, False)

    def _held_anywhere(self, token: str, query: QueryAnalysis) -> bool:
        """Whether some entry's text holds the token or one of its other forms."""
        df = self.index.df
        return bool(df.get(token)) or any(df.get(a) for a in query.alts.get(token, ()))

    def _rival(self, rows: Rows) -> float:
        """The rank score the first entry's margin is taken over: the best entry not linked to it
        (neither lists the other as related). An entry linked to it that explains the question too
        is part of the same answer, no rival: when a vendor's card gains a line about its case
        ('Meta removed Cytrox'), the case's own question ('which firms did Meta remove?') must not
        lose its confidence."""
        if len(rows) < 2:
            return 0.0
        top = rows[0][0]
        linked = self._linked[top]
        for i, score, _ in rows[1:]:
            if i not in linked and top not in self._linked[i]:
                return score
        return 0.0

"""Question answering over the index: the best entry, a calibrated confidence and alternatives.

Under the threshold the engine answers nothing and offers "did you mean" alternatives instead of
guessing: a confident wrong answer costs campaigners more than an honest "I don't have that".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from bot.kb import in_force, role_words, senses
from bot.kb.alternatives import chosen
from bot.kb.asks import CLOSE, lifted
from bot.kb.calibration import FEATURES, Calibration, shipped
from bot.kb.casual import CASUAL_FILE, CasualTable, default_casual, load_casual
from bot.kb.catalogue import Catalogue
from bot.kb.chatter import asked_text
from bot.kb.destinations import Went
from bot.kb.evidence import Evidence, Row
from bot.kb.filters import NO_FILTERS, Filters
from bot.kb.glossary import GLOSSARY_FILE, Glossary, default_glossary, load_glossary
from bot.kb.index import SearchIndex
from bot.kb.language import GlossaryMatcher, Reading, read, warm_up
from bot.kb.model import Entry
from bot.kb.result import Alternative, SearchResult
from bot.kb.set_aside import firm_status, linked_entries, own_listing, pair_margin, status_pair
from bot.kb.translit import NameSounds
from bot.kb.values import ungiven
from bot.kb.warmup import read_common_words

# The feature `coverage` and how much less of it a runner-up giving the value asked may explain
COVERAGE = FEATURES.index("coverage")
SAME_COVERAGE = 0.05

# Candidates as weighed: entry index, rank score, probability
Ranked = list[tuple[int, float, float]]

# The probability under which a refused question's alternatives keep their rank order.
OFFER_FLOOR = 0.1


class SearchEngine:
    def __init__(
        self,
        entries: list[Entry],
        threshold: float | None = None,
        *,
        glossary: Glossary | None = None,
        calibration: Calibration | None = None,
        casual: CasualTable | None = None,
    ) -> None:
        self.index = SearchIndex(entries)
        self.calibration = calibration or shipped()
        # The cut-off fitted with the model (bench/calibrate.py), unless ANSWER_THRESHOLD overrides it.
        self.threshold = self.calibration.threshold if threshold is None else threshold
        self._matcher = GlossaryMatcher(
            glossary if glossary is not None else default_glossary(),
            self.index.raw_freq.keys(),
            NameSounds(self.index.name_tokens, self.index.raw_freq, self.index.two_word_names()),
            casual if casual is not None else default_casual(),
        )
        warm_up()
        read_common_words()
        role_words.warm_up()  # roles.yaml's tables (a measure asked of a place): now, not on that question
        senses.warm_up()  # senses.yaml's: 'what do hermit crabs eat?' waits for no table
        in_force.warm_up()  # 'under the current EU regime': the present words, read now
        self._evidence_of = Evidence(self.index, self.calibration)  # built once (evidence.py)
        self.catalogue = Catalogue(self.index.entries)  # browsing by name (catalogue.py)
        self._linked = linked_entries(self.index.entries)  # one answer's halves (set_aside.py)
        # The last question's reading and evidence (one each, swapped whole, so safe across
        # threads): a list question is read and ranked again right after its search.
        self._last_reading: tuple[str, Reading] | None = None
        # (question, filters, rows with the first `limit + 1` features, all of them, top probability)
        self._last_rows: tuple[str, Filters, list[Row], Callable[[], list[Row]], float] | None = None

    @classmethod
    def of_directory(
        cls, directory: Path, entries: list[Entry], threshold: float | None = None
    ) -> SearchEngine:
        """An engine with the knowledge directory's own glossary and casual table, the ones `kb check`
        checks with its entries (none where the directory has none), never the package's."""
        glossary = load_glossary(directory / GLOSSARY_FILE)
        return cls(entries, threshold, glossary=glossary, casual=load_casual(directory / CASUAL_FILE))

    @property
    def entries(self) -> list[Entry]:
        return self.index.entries

    @property
    def went(self) -> Went:
        """Where each firm's or case's gear went (destinations.Went), built once with the engine: the
        list answers' name table reads the same one (service.py)."""
        return self._evidence_of.went

    def rank(self, question: str, filters: Filters = NO_FILTERS) -> list[tuple[int, float, float]]:
        """(entry index, rank score, probability of being what was asked) per candidate, best first."""
        last = self._last_rows  # a list question is ranked again right after its search
        if last is not None and last[0] == question and last[1] == filters:
            rows = last[3]()
        else:
            rows = self.evidence(question, filters)
        probs = self.calibration.probabilities(np.array([x for _, _, x in rows], dtype=float))
        return [(i, score, float(p)) for (i, score, _), p in zip(rows, probs, strict=True)]

    def order(self, question: str, filters: Filters = NO_FILTERS) -> tuple[list[tuple[int, float]], float]:
        """`rank`'s (entry index, rank score) rows, best first, and the first row's probability only:
        what a list question reads (list_select.select). The model and the relation features of the other
        ~40 rows were most of a list question's cost; neither changes the order (the same floats:
        a row's probability does not depend on the rows scored with it)."""
        last = self._last_rows  # a list question is ordered right after its search
        if last is not None and last[0] == question and last[1] == filters:
            rows, top = last[2], last[4]
        else:
            rows = self._evidence(question, filters, related=1)[0]
            top = self.calibration.probability(rows[0][2]) if rows else 0.0
        return [(i, score) for i, score, _ in rows], top

    def read(self, question: str) -> Reading:
        last = self._last_reading  # the service reads a list question again for its English words
        if last is not None and last[0] == question:
            return last[1]
        # a greeting, thanks or chat around the question ('hi,', 'in plain words') says nothing of it
        reading = read(asked_text(question), self._matcher)
        self._last_reading = (question, reading)
        return reading

    def evidence(
        self, question: str, filters: Filters = NO_FILTERS, reading: Reading | None = None
    ) -> list[tuple[int, float, tuple[float, ...]]]:
        """(entry index, rank score, the calibration model's features) per candidate, best first."""
        return self._evidence(question, filters, reading)[0]

    def _evidence(
        self,
        question: str,
        filters: Filters = NO_FILTERS,
        reading: Reading | None = None,
        related: int | None = None,
    ) -> tuple[list[Row], Callable[[], list[Row]]]:
        """`evidence`, with the model's features only for the first `related` rows when given."""
        reading = reading or self.read(question)
        return self._evidence_of.rows(question, reading, filters, related, self.threshold)

    def search(
        self,
        question: str,
        filters: Filters = NO_FILTERS,
        *,
        limit: int = 5,
    ) -> SearchResult:
        reading = self.read(question)
        # the first entry and `limit` alternatives are all that is shown: only they need the model,
        # and the relation features (a list question's rank() adds them to the rest)
        everything, complete = self._evidence(question, filters, reading, limit + 1)
        rows = everything[: limit + 1]
        probs = self.calibration.probabilities(np.array([x for _, _, x in rows], dtype=float))
        ranked = [(i, score, float(p)) for (i, score, _), p in zip(rows, probs, strict=True)]
        top = ranked[0][2] if ranked else 0.0
        self._last_rows = (question, filters, everything, complete, top)
        if not ranked:
            return SearchResult(question, False, 0.0, None, [], language=reading.lang)
        top, _, confidence = ranked[0]
        partial = ""
        if confidence < self.threshold:  # two asks in one message: is the first one held?
            lifted_p, partial = self._main_ask(question, filters, top, rows[0][2])
            confidence = max(confidence, lifted_p)
        if confidence < self.threshold:  # 'was it gamma or ht that...': either name left out
            confidence = max(confidence, self._choice(reading, filters, top, rows[0][2]))
        if confidence < self.threshold and self._described_first(question, reading, top, everything):
            confidence = self.threshold  # a described firm is as certain as a named one
        elif confidence < self.threshold and (k := self._described_rule(question, reading, rows)):
            # a rule described by its body, form and more that ranked below a card of its topic
            rows, ranked = [rows[k], *rows[:k], *rows[k + 1 :]], [ranked[k], *ranked[:k], *ranked[k + 1 :]]
            top, confidence = ranked[0][0], self.threshold
        # what the question asks that the card does not give, or names that contradicts it
        weighed = confidence
        confidence = self._evidence_of.holds.hold(
            question, reading, top, rows[0][2], confidence, self.threshold
        )
        if weighed >= self.threshold > confidence and len(ranked) > 1:
            ranked, confidence = self._actor_runner_up(question, reading, rows, ranked, confidence, weighed)
            top = ranked[0][0]
        if len(ranked) > 1:  # a present status asked: the named firm's own card, wherever it ranks
            ranked, confidence = self._firm_status(question, reading, rows, ranked, confidence)
            top = ranked[0][0]
        paired = confidence < self.threshold and len(ranked) > 1 and self._status_pair(ranked, rows)
        if (
            confidence < self.threshold
            and len(ranked) > 1
            and (ungiven(rows[0][2], 1.0, 0.9) < 1.0 or paired)
            and rows[1][2][COVERAGE] >= rows[0][2][COVERAGE] - SAME_COVERAGE
        ):
            # the value asked is not on the first card but is on the runner-up, which explains the
            # question as well and the model trusts ('how much was the Idemia sale?': the Shanghai
            # sale's case, then IDEMIA's own card with its EUR 2.43bn); one explaining less is asked
            # of something else ('combien IDEMIA a-t-elle été payée par la police de Shanghai ?')
            second, _, p2 = ranked[1]
            x2 = rows[1][2]
            if paired:  # the first set aside, its margin is the pair's
                x2 = pair_margin(rows[0][2], x2)
                p2 = max(p2, self.calibration.probability(x2))
            held2 = self._evidence_of.holds.hold(question, reading, second, x2, p2, self.threshold)
            if held2 >= self.threshold:
                top, confidence = second, held2
                ranked = [ranked[1], ranked[0], *ranked[2:]]
        answered = confidence >= self.threshold
        rest = ranked[1:] if answered else ranked
        # offered most likely first: "who makes pegasus" ranks an Egyptian Pegasus case first by
        # evidence, but the model is surer of NSO Group, and the member reads the first one. Under
        # OFFER_FLOOR the probabilities say nothing (0.02 against 0.01) and the ranking decides:
        # 'Did Cellebrite sell UFED to Peru?' offers Cellebrite, not a card that names Peru
        offered = sorted(rest[:limit], key=lambda r: -max(r[2], OFFER_FLOOR))
        alternatives = [self._alternative(i, conf) for i, _, conf in offered]
        entry = self.index.entries[top] if answered else None
        return SearchResult(
            question,
            answered,
            round(confidence, 4),
            entry,
            alternatives,
            language=reading.lang,
            partial=partial if answered else "",
        )

    def _actor_runner_up(
        self, question: str, reading: Reading, rows: list[Row], ranked: Ranked, held: float, weighed: float
    ) -> tuple[Ranked, float]:
        """The runner-up, answered, when the first card was held only because it never tells its
        actor doing what is asked (holds.py `actor_untold`) and the runner-up explains the question
        as well and tells that actor: a legislature it names with every place asked (`legislature_told`:
        'Il Parlamento ha parlato di Paragon?': Paragon's card names no parliament, the Italian
        case's COPASIR is one, refused at 0.41), or, of a place read acting, a rule taking measures
        whose authority it is (`rule_told`: 'did the EU ban facial recognition?', the AI Act, not the
        Reclaim Your Face campaign), held at no less than the model's sureness that a card answers
        (`weighed`). Its probability was weighed against the first's: without the first, its margin
        over the rest is the first's. Else as ranked. A place acting lifts no other card: 'did Libya
        prosecute Amesys?' is told by no card, but the Egypt case's line names Libya and a charge.
        Or the first was a rule since replaced, held as the question asks what applies now
        (holds.py `replaced_now`), and the runner-up is the rule that replaced it: it is what applies.
        Or the runner-up is the listing the first (a firm's or case's card) records, linked with it
        (set_aside.py `own_listing`: 'did commerce list nso?', the Entity List card), whatever less of
        the question it explains: its margin, once the first is set aside, is the first's."""
        first, second = rows[0][2], rows[1][2]
        entries = self.index.entries
        # the listing the first card's own text records ('did commerce list nso?': NSO's card tells
        # no Commerce acting, the Entity List card, linked with it, does), however much less of the
        # question it explains ('quick yes/no'): the model weighs that (set_aside.py)
        listed = own_listing(entries, self._linked, ranked[0][0], ranked[1][0])
        if second[COVERAGE] < first[COVERAGE] - SAME_COVERAGE and not listed:
            return ranked, held
        holds = self._evidence_of.holds
        if holds.replaced_now(reading, ranked[0][0], first):
            # a repealed rule asked as it applies now: the rule that replaced it, when runner-up
            if entries[ranked[1][0]].id != entries[ranked[0][0]].replaced_by:
                return ranked, held
            ruled = True
        elif not holds.actor_untold(reading, ranked[0][0]):
            return ranked, held
        else:
            ruled = False
        # or a rule whose authority is the place acting and which tells the measure asked ('did the
        # EU ban facial recognition?': the AI Act's Article 5 bans, not the Reclaim Your Face
        # campaign): the question is one the model was sure a card answers (the first's `weighed`)
        ruled = ruled or holds.rule_told(reading, ranked[1][0])
        if not ruled and not listed and not holds.legislature_told(reading, ranked[1][0]):
            return ranked, held
        x = pair_margin(first, second)
        p = self.calibration.probability(x)
        if ruled:
            p = max(p, weighed)
        p = self._evidence_of.holds.hold(question, reading, ranked[1][0], x, p, self.threshold)
        if p < self.threshold:
            return ranked, held
        return [(ranked[1][0], ranked[1][1], p), ranked[0], *ranked[2:]], p

    def _firm_status(
        self, question: str, reading: Reading, rows: list[Row], ranked: Ranked, confidence: float
    ) -> tuple[Ranked, float]:
        """The card of the firm the question names telling the present status asked, answered in
        place of the first card, linked with it, that does not tell it (set_aside.py `firm_status`),
        weighed with the first's margin and held as the first would be; the runner-up is left to
        `_status_pair` and the value swap. Else as ranked."""
        first = ranked[0][0]
        for j in range(1, len(ranked)):
            if not firm_status(self.index.entries, self._linked, first, ranked[j][0], rows[0][2], rows[j][2]):
                continue
            x = pair_margin(rows[0][2], rows[j][2])
            p = self._evidence_of.holds.hold(
                question, reading, ranked[j][0], x, self.calibration.probability(x), self.threshold
            )
            if p < self.threshold or p <= confidence:
                return ranked, confidence
            return [(ranked[j][0], ranked[j][1], p), *(r for k, r in enumerate(ranked) if k != j)], p
        return ranked, confidence

    def _status_pair(self, ranked: Ranked, rows: list[Row]) -> bool:
        """The first card and the runner-up are a firm and the listing its card records, and only the
        runner-up tells the present status asked ('is candiru still blacklisted?': the Entity List
        card says nothing of now, Candiru's 'On the US Entity List since Nov 2021'): set_aside.py."""
        first, second = ranked[0][0], ranked[1][0]
        return status_pair(self.index.entries, self._linked, first, second, rows[0][2], rows[1][2])

    def _main_ask(
        self, question: str, filters: Filters, top: int, whole: tuple[float, ...]
    ) -> tuple[float, str]:
        """Entry `top`'s probability on the message's first ask alone, when it asks several
        (asks.py), and that ask."""

        def first(ask: str) -> tuple[int, tuple[float, ...]] | None:
            rows = self._evidence(ask, filters, read(ask, self._matcher), 1)[0]
            return (rows[0][0], rows[0][2]) if rows else None

        return lifted(asked_text(question), top, whole, first, self.calibration.probability)

    def _choice(self, reading: Reading, filters: Filters, top: int, whole: tuple[float, ...]) -> float:
        """Entry `top`'s best probability on the question with one of the names it offers to choose
        from left out, each such question read anew (alternatives.chosen): 0 unless `top` comes first
        on it as sure as LIFT_BAR, with no close near-miss evidence there or on the whole question
        (`whole`, its features)."""

        def first(text: str) -> tuple[int, tuple[float, ...]] | None:
            rows = self._evidence(text, filters, read(text, self._matcher), 1)[0]
            return (rows[0][0], rows[0][2]) if rows else None

        return chosen(
            reading.text,
            reading.lang,
            self.index.name_tokens,
            top,
            whole,
            first,
            self.calibration.probability,
        )

    def _described_first(self, question: str, reading: Reading, top: int, rows: list[Row]) -> bool:
        """The question describes the first entry as only it fits (where the firm is from, and where
        it sold, its technology or the year: described.py), and no close near-miss evidence stands
        against it ('which British firm sold spyware to Japan?' names a place its card never does)."""
        if any(rows[0][2][k] > 0 for k in CLOSE):
            return False
        return self._evidence_of.holds.described(reading, top, (i for i, _, _ in rows), question)

    def _described_rule(self, question: str, reading: Reading, rows: list[Row]) -> int:
        """The rank of a rule below the first that the question describes as only it fits (its body by
        a seat, its form and more: described_rules.py), with no close near-miss evidence against it:
        'the Brussels law that outlawed live face matching by cops' ranks the campaign and a report on
        face matching above the AI Act, and `_described_first` lifts only a first card. 0 if none."""
        entries, holds = self.index.entries, self._evidence_of.holds
        for k, (i, _, x) in enumerate(rows[1:], start=1):
            if entries[i].kind != "rule" or any(x[c] > 0 for c in CLOSE):
                continue
            if holds.described(reading, i, (j for j, _, _ in rows), question):
                return k
        return 0

    def _alternative(self, i: int, score: float) -> Alternative:
        e = self.index.entries[i]
        return Alternative(e.id, e.kind, e.title, round(max(0.0, min(1.0, score)), 4))

    def lookup(
        self,
        query: str,
        filters: Filters = NO_FILTERS,
        *,
        limit: int = 5,
        offset: int = 0,
    ) -> tuple[list[tuple[Entry, float]], int]:
        """Filtered listing for /search: all matches (alphabetical) for an empty query; a page and total."""
        if not query.strip():
            rows = [(entry, 1.0) for entry in self.catalogue.alphabetical(filters)]
        else:
            rows = [(self.index.entries[i], conf) for i, _, conf in self.rank(query, filters)]
        return rows[offset : offset + limit], len(rows)

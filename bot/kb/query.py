"""Reading a question: typo correction against the knowledge base's vocabulary, compounds, and the
metadata, kind and synonym forms a member's words stand for.

Kept apart from the index's scoring so each half stays small; SearchIndex mixes this in and
provides the vocabulary attributes it reads (raw_freq, by_shape, name_tokens, df, countries,
compounds). What a question is read into (QueryAnalysis) is analysis.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.kb.analysis import QueryAnalysis
from bot.kb.cities import city_names
from bot.kb.city_places import capital_of_people, cities_where, towns_of_region, unnamed_city_country
from bot.kb.english_zipf import english_zipf
from bot.kb.misspelt import NO_WORD_ZIPF, letter_dropped, loose_name
from bot.kb.place_names import legal_forms
from bot.kb.spacing import Spacing
from bot.kb.specificity import (
    FOREIGN_SPEC,
    FUNCTION_ZIPF,
    SHORTEST_TYPO,
    SPEC_COUNTRY,
    TYPO_MAX_ZIPF,
    max_typos,
    spec_of_zipf,
    specificity,
    stopword_typo,
)
from bot.kb.tags import region_forms, region_phrase, tagged
from bot.kb.territories import world_places
from bot.kb.text import (
    COMMON_STEMS,
    COMMON_WORDS,
    STOPWORDS,
    expand,
    flipped_number,
    raw_tokens,
    sound_key,
    stem,
)
from bot.kb.vocab import (
    COUNTRY_WORDS,
    CUE_BY_STEM,
    CUE_WORDS,
    DEMONYMS,
    KIND_BY_STEM,
    KIND_WORDS,
    NUMBER_FORMS,
    REGIONS,
    SYNONYMS_BY_STEM,
    TECH_WORDS,
    WORLD_COUNTRIES,
)

_US = re.compile(r"(\w+)?\W*\b(us|US|Us)\b([^\w]*)(\w+)?")


def pronoun_us(question: str) -> bool:
    """Every 'us' in the question is the pronoun ('people like us', 'told us the'), not the country:
    written lowercase, not after 'the', and followed by a function word or the end of a clause.
    'US', 'the us', 'us federal agencies' stay the United States."""
    for m in _US.finditer(question):
        before, word, gap, after = m.groups()
        if word != "us" or (before or "").lower() == "the":
            return False
        if after is not None and not gap.strip() and after.lower() not in STOPWORDS:
            return False
    return True


class QueryAnalyser:
    """Question analysis over the vocabulary of a SearchIndex (mixed into it)."""

    raw_freq: dict[str, int]
    by_shape: dict[tuple[int, str, str], list[str]]
    name_tokens: set[str]
    number_typos: dict[str, str]  # a name's number with two digits swapped -> it (text.number_typos)
    name_sounds: dict[str, str]
    df: dict[str, int]
    countries: set[str]
    compounds: set[str]
    spacing: Spacing  # names typed with a space too many or too few (bot/kb/spacing.py)
    _correct: Callable[[str], str | None]  # _correct_token, memoised per index (SearchIndex)
    _forms_memo: Callable[[str, str], tuple[str, ...]]  # _forms, memoised per index (SearchIndex)
    name_pairs: set[str]  # two words side by side in some name (SearchIndex)
    loose_names: list[str]  # names no English word, a misspelling may stray further from (SearchIndex)
    loose_sounds: dict[str, tuple[str, ...]]  # those names by how they sound (misspelt.sounds_of)

    def _correct_token(self, token: str) -> str | None:
        """The vocabulary word a misspelt token most likely meant, or None."""
        limit = max_typos(token)
        if not limit:
            return None
        by_sound = self.name_sounds.get(sound_key(token))
        if by_sound is not None:  # a name spelt by ear beats an ordinary word one letter away
            return by_sound
        pool: list[str] = []
        for length in range(len(token) - limit, len(token) + limit + 1):
            pool.extend(self.by_shape.get((length, "first", token[0]), ()))
            pool.extend(self.by_shape.get((length, "last", token[-1]), ()))
        found = process.extract(token, pool, scorer=OSA.distance, score_cutoff=limit, limit=12)
        if english_zipf(token) >= NO_WORD_ZIPF:  # a word ('acme') is no typo of a shorter one ('ace')
            found = [f for f in found if len(f[0]) >= SHORTEST_TYPO]
        if not found:
            return loose_name(token, limit, self.loose_names, self.loose_sounds)
        # Fewest edits first; then a name over an ordinary word, and a name a non-word spells with a
        # letter dropped over a name's everyday word ('daua': Dahua, not 'data'); then the commoner word;
        # then the shorter ('accusers': 'accuse' over 'abusers'), the one with the typed first letter,
        # the first alphabetically ('fall': 'mall' and 'pall' tie): the same word in every process.
        best = min(
            found,
            key=lambda f: (
                f[1],
                f[0] not in self.name_tokens,
                not letter_dropped(token, f[0]),
                -self.raw_freq[f[0]],
                len(f[0]),
                f[0][0] != token[0],
                f[0],
            ),
        )
        return best[0]

    def _function_word(self, token: str, after: str, ordinary: Mapping[str, float], before: str = "") -> bool:
        """A function word of the question's language (FUNCTION_ZIPF) that the knowledge base has in
        a name, not followed by the next word of that name or of a place: Spanish 'el' (the) is a
        name's word only in 'el salvador', 'el faro'; '¿Quién coordinó el Proyecto Pegasus?' answered
        El Salvador's case. After French "j'" (I) a word is its verb: 'ai' of "j'ai entendu" (I heard)
        weighed as AI, a name the card asked about leaves out."""
        if before == "j" and token in ordinary:
            return True
        if (
            token in ordinary
            and token in legal_forms()
            and before in ordinary
            and not self._after_name(before, token)
        ):
            # a firm's legal form ('SA', 'AG', 'AB') after an everyday word of the language is no
            # name's: Polish 'są' ("are", folded 'sa') weighed as Qosmos SA's word in 'czemu są na
            # liście USA?'. After a name ('Amesys SA') it is one, some firm's or the card's.
            return True
        if ordinary.get(token, 0.0) < FUNCTION_ZIPF or token not in self.name_tokens:
            return False
        return not (after and (f"{token} {after}" in self.name_pairs or self._place_pair(token, after)))

    def _after_name(self, before: str, token: str) -> bool:
        """Whether the word before `token` is the word before it in some name, as typed or
        misspelt ('kosmos sa': Qosmos SA)."""
        if not before.isalpha():
            return False
        return f"{before} {token}" in self.name_pairs or f"{self._correct(before)} {token}" in self.name_pairs

    def _city_country(self, token: str) -> str | None:
        """The country of a one-word city no entry names, read as a region of it: 'Was Predator used
        against journalists in Athens?' weighed 'athens' as an unknown name and refused the Greek case,
        as it did Egypt's for 'Did Gamma sell FinSpy to Cairo?'. A city an entry names is its own word.
        Its country must be one some entry lists or names in its text."""
        if stem(token) in self.df or stem(city_names().get(token, "").lower()) in self.df:
            return None  # 'Kairo' where an entry names Cairo: its own word
        return self._capital_country(token)

    def _capital_country(self, token: str) -> str | None:
        """`_city_country` though an entry names the city: a capital before a noun of people ('the
        Vienna company') stands for its country where a card names it otherwise (the Bangkok Post)."""
        country = unnamed_city_country(token)
        if country is None:
            return None
        # a country some card's text names though no entry lists it ('to Riyadh, Doha, Muscat':
        # Oman and Qatar in BAE's story) is as much a place as a listed one
        named = country in self.countries or all(stem(w) in self.df for w in country.split())
        return country if named else None

    def _everyday(self, token: str) -> bool:
        """An everyday word that says nothing of what is asked (COMMON_WORDS), or another form of
        one the knowledge base never uses ('bosses', 'landlords', 'colleagues'): a plural weighed
        as a name no entry holds refused 'my landlords keep asking'."""
        if token in COMMON_WORDS:
            return True
        stemmed = stem(token)
        return stemmed in COMMON_STEMS and stemmed not in self.df

    def analyse(self, question: str, ordinary: Mapping[str, float] | None = None) -> QueryAnalysis:
        """`ordinary`: everyday words of the question's language (not English) with their Zipf
        frequency there. Unless the knowledge base knows one as a name, it is never typo-corrected;
        one it has never seen weighs as its frequency in its own language says (a function word
        next to nothing, 'dipendenti' like 'employees'), not as an unknown name."""
        ordinary = ordinary or {}
        raw = self.spacing.respace(raw_tokens(question, ordinary))
        if "us" in raw and pronoun_us(question):
            raw = [t for t in raw if t != "us"]
        corrected: list[str] = []
        unknown: list[str] = []
        # a city where something went or happened ('en Atenas') is read as a place, however ordinary
        towns = {raw[p] for p in cities_where(raw, self._city_country, capitals=True)}
        skip = {t for t in raw if t in ordinary and t not in self.name_tokens and t not in towns}
        ends = ["", *raw, ""]
        skip |= {t for k, t in enumerate(raw) if self._function_word(t, ends[k + 2], ordinary, ends[k])}
        foreign_spec: dict[str, float] = {}
        common: list[int] = []  # where an everyday English word was left as typed
        for token in raw:
            flipped = flipped_number(token) if token not in self.raw_freq else None
            if flipped is not None and flipped in self.raw_freq:
                token = flipped
            elif token not in self.raw_freq:
                token = self.number_typos.get(token, token)
            if token in skip:
                corrected.append(token)
                if token.isalpha() and stem(token) not in self.df:
                    unknown.append(token)
                    foreign_spec[stem(token)] = min(FOREIGN_SPEC, spec_of_zipf(ordinary[token]))
                continue
            if (
                token in STOPWORDS
                or token in self.raw_freq
                or token in DEMONYMS
                or token in REGIONS
                or token in TECH_WORDS
                or token in towns
                or not token.isalpha()
            ):
                corrected.append(token)
                continue
            if english_zipf(token) >= TYPO_MAX_ZIPF:
                fixed = None
                common.append(len(corrected))
            else:
                fixed = stopword_typo(token) or self._correct(token)
            if fixed in STOPWORDS:
                corrected.append(fixed)
                continue
            if fixed is not None:
                corrected.append(fixed)
            else:
                corrected.append(token)
                # an everyday word ('rumour', 'colleague') is not a name the answer leaves out
                if stem(token) not in self.df and not self._everyday(token):
                    unknown.append(token)
        self._name_halves(corrected, unknown, common)
        tokens: list[str] = []
        alts: dict[str, list[str]] = {}
        spec: dict[str, float] = {}
        country: dict[str, str] = {}
        places: set[str] = set()
        regional: set[str] = set()
        where = cities_where(corrected, self._city_country, capitals=True)  # 'in Athens', 'to Riyadh'
        # the countries of a region named by two words, for its second ('central asia': 'asia' is no
        # word a statement about Kazakhstan holds, though the region is all it names)
        second: tuple[int, tuple[str, ...]] = (-1, ())
        for pos, token in enumerate(corrected):
            if token in skip:
                continue
            if pos == second[0] and token not in STOPWORDS:
                alts.setdefault(stem(token), []).extend(second[1])
            # the first word of a place ('new zealand', 'north korea') is no stopword there
            place = pos + 1 < len(corrected) and self._place_pair(token, corrected[pos + 1])
            if token in STOPWORDS and token not in DEMONYMS and token not in KIND_WORDS and not place:
                continue
            if token not in self.raw_freq and self._everyday(token) and not place:
                continue
            for part in expand(token):
                stemmed = stem(part)
                if stemmed not in tokens:
                    tokens.append(stemmed)
                    spec[stemmed] = specificity(part)
            following = corrected[pos + 1] if pos + 1 < len(corrected) else ""
            forms = self._forms_of(token, following)
            if forms and pos not in where and self._city_country(token):  # 'the Moscow stock exchange'
                forms = ()
            if not forms and capital_of_people(corrected, pos) and (land := self._capital_country(token)):
                forms = self._forms_of(*land.partition(" ")[::2])  # 'the Vienna company': Austria
            if forms:
                alts.setdefault(stem(token), []).extend(forms)
            # 'bavarian' is told by a card naming Munich; both words of 'silicon valley' by Sunnyvale
            pair = towns_of_region(f"{token} {following}") if following else frozenset()
            if region := towns_of_region(token) or pair:
                alts.setdefault(stem(token), []).extend(sorted(map(stem, region)))
            if pair:
                second = (pos + 1, tuple(sorted(map(stem, pair))))
            after_place = pos > 0 and self._place_pair(corrected[pos - 1], token)  # 'south africa'
            members = () if after_place else region_forms(token, following)
            if members and stem(token) in spec:
                # 'gulf states': a statement naming Qatar tells of them, an entry listing it explains
                # them only weakly (a region is more than one of its countries)
                alts.setdefault(stem(token), []).extend(members)
                places.update(members)
                regional.update(members)
                if region_phrase(token, following):
                    second = (pos + 1, members)
            tag = next((f for f in forms if f.startswith("country:")), None)
            if tag is not None and stem(token) in spec:
                # A place is what a question is about, however common the word ('germany'): an
                # entry that does not explain it must lose confidence ('huawei ... germany').
                spec[stem(token)] = max(spec[stem(token)], SPEC_COUNTRY)
                country[stem(token)] = tag
                if token in REGIONS or self._city_country(token):
                    places.update(f for f in forms if f != tag)
                if self._city_country(token):  # a statement naming its country tells of it (elsewhere.py)
                    regional.update(f for f in forms if f != tag)
        self._compound_forms(corrected, tokens, alts)
        query = QueryAnalysis(raw, corrected, tokens, unknown, alts)
        # a word the knowledge base has never seen but knows by a synonym ('snooping' for
        # surveillance, 'bust' for insolvency) says what is asked, not a name no entry holds
        query.synonymed = {stem(u) for u in unknown if any(f in self.df for f in alts.get(stem(u), ()))}
        query.spec = spec
        query.country = country
        query.places = places
        query.regional = regional
        query.spec.update(foreign_spec)
        query.ordinary = set(foreign_spec)
        for token in unknown:
            query.spec.setdefault(stem(token), specificity(token))
        return query

    def _name_halves(self, corrected: list[str], unknown: list[str], common: list[int]) -> None:
        """A person's name with both halves misspelt ('Ahmad Mansur' for Ahmed Mansoor): a first
        name is often an everyday word too ('ahmad'), never corrected alone, but corrected it is the
        word beside it in a name the knowledge holds. Corrected in place."""
        for pos in common:
            token = corrected[pos]
            if token in self.raw_freq:
                continue
            fixed = self._correct(token)
            if fixed is None:
                continue
            before = corrected[pos - 1] if pos else ""
            after = corrected[pos + 1] if pos + 1 < len(corrected) else ""
            if f"{before} {fixed}" in self.name_pairs or f"{fixed} {after}" in self.name_pairs:
                corrected[pos] = fixed
                if token in unknown:
                    unknown.remove(token)

    def _compound_forms(self, words: list[str], tokens: list[str], alts: dict[str, list[str]]) -> None:
        """'catch all' / 'catch-all' in a question: each part also counts as the joined compound
        ('catchall'), so an entry indexed under the compound explains the whole phrase. A one-letter
        prefix joins onto any known word ('e mail' -> 'email')."""
        for a, b in itertools.pairwise(words):
            joined = a + b
            if not (joined in self.compounds or (len(a) == 1 and a.isalpha() and joined in self.raw_freq)):
                continue
            form = stem(joined)
            for part in (stem(a), stem(b)):
                if part in tokens and part != form:
                    alts.setdefault(part, []).append(form)

    def _forms_of(self, token: str, following: str) -> tuple[str, ...]:
        """`_forms`, memoised: the next word counts only when the two name a country ('united
        states'), so any other next word shares the key ''."""
        return self._forms_memo(token, following if self._place_pair(token, following) else "")

    def _place_pair(self, token: str, following: str) -> bool:
        """Whether the two words name a place: one an entry lists, or any territory ('costa rica')."""
        pair = f"{token} {following}"
        return pair in self.countries or pair in world_places()[1]

    def _forms(self, token: str, following: str) -> list[str]:
        """Metadata a word stands for: 'chinese' -> China, 'cctv' -> video surveillance."""
        forms: list[str] = []
        country = DEMONYMS.get(token) or REGIONS.get(token) or self._city_country(token)
        one = world_places()[0]  # territories the fixed vocabulary lacks ('anguilla', 'bermuda')
        if country is None and (token in self.countries or token in WORLD_COUNTRIES or token in one):
            country = token
        if country is None and self._place_pair(token, following):
            country = f"{token} {following}"
        if country is not None:
            forms.append(tagged("country", country))
            if " " not in country:  # 'united states' must not match every 'state' in a text
                forms.append(stem(country))
            forms += [stem(word) for word in COUNTRY_WORDS.get(country, ()) if word != token]
        if token in TECH_WORDS:
            forms.append(f"tech:{TECH_WORDS[token]}")
        kind = KIND_WORDS.get(token) or KIND_BY_STEM.get(stem(token))
        if kind is not None:
            forms.append(f"kind:{kind}")
        cue = CUE_WORDS.get(token) or CUE_BY_STEM.get(stem(token))
        if cue is not None and kind is None:
            forms.append(f"cue:{cue}")
        forms += SYNONYMS_BY_STEM.get(stem(token), ())
        if token in NUMBER_FORMS:
            forms.append(NUMBER_FORMS[token])
        return forms

"""What a question is reduced to for the ranking (`QueryAnalysis`: its words as typed and corrected,
their stems, the other forms that count as them, how specific each is), made by query.py's reader
and read by the evidence, the cues and the holds. A module of its own so a reader of the result
does not import the reader (its typo correction, rapidfuzz)."""

from __future__ import annotations

from bot.kb.text import stem


class QueryAnalysis:
    """A question reduced to what ranking needs (computed once per query)."""

    def __init__(
        self,
        raw: list[str],
        corrected: list[str],
        tokens: list[str],
        unknown: list[str],
        alts: dict[str, list[str]] | None = None,
    ) -> None:
        # token -> other forms that count as the same word (country, technology, kind)
        self.alts = alts or {}
        # token -> specificity of the word it came from
        self.spec: dict[str, float] = {}
        # token -> the country tag it names, whose rarity among entries is the token's IDF
        self.country: dict[str, str] = {}
        # other words for a country the question names ('uyghur' -> 'china'): weak evidence
        self.places: set[str] = set()
        # the forms of the countries of a region the question names ('gulf': qatar, oman, ...):
        # weak evidence, as `places`, but a statement naming one tells of the region (relations.py)
        self.regional: set[str] = set()
        self.raw = raw
        self.corrected = corrected
        self.tokens = tokens  # content tokens, stemmed, deduplicated, in query order
        self.unknown = unknown  # content words the knowledge base has never seen
        self.synonymed: set[str] = set()  # stems of those it knows by a synonym: not unknown names
        # stems of those that are ordinary words of the question's language ('removeu', 'verkauft'):
        # words the English index cannot read, not names no entry holds
        self.ordinary: set[str] = set()
        # stems of the words that name some entry outright (a title or alias): a name, however
        # everyday the word ('predator'), whose absence from an entry counts as `missed` (profiles.py)
        self.entry_names: frozenset[str] = frozenset()

    def place_forms(self, token: str) -> tuple[tuple[str, ...], ...]:
        """The ways an entry shows it mentions the place a token names, each a group of forms it must
        all hold: the token, or one of its other forms (a tag); for a place of two words both its
        words. Neither word alone names the place: 'new' of 'New Zealand' is no place, and nor is
        'city' of 'Vatican City' or 'islands' of 'Cayman Islands' (review12a: Dahua's card answered
        'did Dahua sell to Vatican City?' at 0.89 on its word 'city')."""
        place = self.country[token].split(":", 1)[-1]
        words = tuple(stem(w) for w in place.split()) if " " in place else (token,)
        return (words, *((form,) for form in self.alts.get(token, ())))

"""Which named thing a question is about, and which it only mentions: ranking nudges among near-ties.

Two entries that are linked (a vendor and its case, a rule and the rule it replaced) both explain a
question that names both, and the evidence cannot tell which one is asked. The question's grammar
can. Its subject, named first and followed by a verb of being ('Dahua is banned in the US or only on
the entity list?'), is what is asked about; a thing named after 'before' or 'after' ('the old
regulation before the recast') is when, not what; and what a question asks a thing is ('what is the
entity list and who is on it?') is asked about that thing. And an alias that begins the title of a linked
entry of its kind ('Pall Mall Process' for the UK rules; 'Pall Mall Process Code of Practice') names
that entry as much as its own, so it outranks neither by being named outright. The words are data
(data/roles.yaml, read in role_words.py)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from bot.kb.cues import CUE_MARGIN, Rows, act_years
from bot.kb.defining import clause_ends, defining_starts
from bot.kb.index import SearchIndex
from bot.kb.months import month_names
from bot.kb.role_words import lead_and_being, role_data, says_event, year_words
from bot.kb.text import STOPWORDS, name_key, raw_tokens, stem
from bot.kb.time_words import AFTER_WORDS, BEFORE_WORDS, DETERMINERS

# What the subject of a near-tie gains: enough to pass a linked entry that explains the question a
# little better only because it also says what the question mentions (a case that names the vendor
# and the US rules it was banned under), not a clearly better answer.
SUBJECT_CUE = 0.1
# A year in an act's number ('Regulation (EU) 2021/821', '428/2009'): the year it was made
# What a thing named after 'before'/'after' loses: it is the question's time, not its subject.
ANCHOR_CUE = 0.1
# The longest name the question's words are read for (as SearchIndex.named)
LONGEST = 6
# What a case gains among near-ties when the question asks an event its statements tell and it links
# to another near-tie (its vendor, the rule it was decided under): as much as CUE_MARGIN, so it passes
# any linked entry that is a near-tie only because the question names it ("WhatsApp won a case against
# the Pegasus company" names NSO Group, whose card retells the suit, and asks of the suit).
EVENT_CUE = 0.15
# What a near-tie gains whose alias of several words the question holds apart or in another order:
# as much as CUE_MARGIN, so it passes a linked entry named outright by a shorter name of the two.
ALIAS_CUE = 0.15


def _content_stems(name: str) -> frozenset[str]:
    """The stems of a name's words, its stopwords left out."""
    return frozenset(stem(t) for t in raw_tokens(name) if t not in STOPWORDS)


def name_at(index: SearchIndex, words: Sequence[str], start: int) -> tuple[int, set[int]]:
    """The longest name (title or alias) that starts at word `start`: its length and entries."""
    for size in range(min(LONGEST, len(words) - start), 0, -1):
        gram = words[start : start + size]
        for key in {" ".join(gram), "".join(gram)}:
            hits = index.names.get(key)
            if hits and not (size == 1 and len(gram[0]) < 2):
                return size, set(hits)
    return 0, set()


def _case_stems(index: SearchIndex, i: int, events: frozenset[str]) -> frozenset[str]:
    """The stems of every word of case i's text (the index's stopwords too), but an event word
    (`events`: roles.yaml `told`) only where it stands outside another entry's name: 'Hacking Team'
    on the Ahmed Mansoor card tells no hack, and 'what happened to hacking team after they get
    hacked?' was answered with that card over the 2015 leak's, whose text tells it."""
    words = raw_tokens(" ".join((index.entries[i].title, index.entries[i].summary, index.entries[i].body)))
    stems = [stem(w) for w in words]
    if events.isdisjoint(stems):
        return frozenset(stems)

    def named(k: int) -> bool:
        """Whether word k stands inside a name of another entry (one starting a few words before)."""
        for start in range(max(0, k - LONGEST + 1), k + 1):
            size, hits = name_at(index, words, start) if words[start] not in STOPWORDS else (0, set())
            if start + size > k and i not in hits:
                return True
        return False

    return frozenset(s for k, s in enumerate(stems) if s not in events or not named(k))


def headed(index: SearchIndex, key: str, i: int) -> set[int]:
    """The entries of i's kind, linked to it, whose title begins with `key`, one of i's aliases (not
    its title): its namesakes. 'Pall Mall Process' (the UK rules) begins 'Pall Mall Process Code of
    Practice'; 'US Entity List' begins 'US Entity List: human-rights grounds'. Not a vendor's case:
    'Pegasus' begins 'Pegasus Project', yet 'What does Pegasus do to a phone?' asks for NSO Group;
    sharing the bonus with cases too answered the Pegasus Project there (tests/kb/test_near_misses)."""
    entry = index.entries[i]
    if name_key(entry.title) == key:
        return set()
    out: set[int] = set()
    for rel in entry.related:
        j = index.by_id.get(rel)
        if j is None or index.entries[j].kind != entry.kind:
            continue
        if name_key(index.entries[j].title).startswith(key + " "):
            out.add(j)
    return out


class Roles:
    """The roles of what a question names, over one index: its tables are worked out with the
    engine, so no member's first question waits for them, and go with it."""

    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        # per entry, each alias of it that begins linked entries' titles, and those entries (`headed`)
        self._namesakes: dict[int, tuple[tuple[str, frozenset[int]], ...]] = {}
        for i, entry in enumerate(index.entries):
            found = []
            for key in {name_key(alias) for alias in entry.aliases}:
                if key and (js := headed(index, key, i)):
                    found.append((key, frozenset(js)))
            if found:
                self._namesakes[i] = tuple(found)
        by_id = index.by_id  # each entry's links, either way
        self._links = [{by_id[r] for r in e.related if r in by_id} for e in index.entries]
        for i, links in enumerate(list(self._links)):
            for j in links:
                self._links[j].add(i)
        # every case's words, for `eventful`, and the word lists: read with the index (off the event
        # loop, in the build's thread), not on the first question that asks of an event
        events = frozenset(map(stem, role_data()["told"]))
        self._stems = {
            i: _case_stems(index, i, events) for i, e in enumerate(index.entries) if e.kind == "case"
        }
        # per entry, the stems of each alias of two words or more (`scattered`)
        self._alias_stems = {
            i: longer
            for i, e in enumerate(index.entries)
            if (longer := tuple(s for a in e.aliases if len(s := _content_stems(a)) >= 2))
        }
        self._name_stems = [_content_stems(" ".join((e.title, *e.aliases))) for e in index.entries]
        # year -> the entries whose title's number holds it ('2021/821', '428/2009'): made then
        self._dated: dict[str, set[int]] = {}
        for i, e in enumerate(index.entries):
            for year in act_years(e):  # the title's, not a notice's alias
                self._dated.setdefault(year, set()).add(i)
        data = role_data()
        self.which = frozenset(data["which"])  # 'which Singapore firm' (which.py)
        self.which_other = frozenset(data["which_other"])  # 'qué empresa británica'
        self.relative_other = frozenset(data["relative_other"])  # 'la empresa española que...'
        self._year_parts, self._year_fillers = year_words()
        self._through = frozenset(data["through_year"])  # 'until 2024': through 2024
        # every title key (with a closing space, so a head matches whole words), sorted
        pairs = sorted((name_key(e.title) + " ", i) for i, e in enumerate(index.entries))
        self._titles, self._title_ids = [k for k, _ in pairs], [i for _, i in pairs]

    def subject(self, words: Sequence[str]) -> set[int]:
        """The entries the question's opening name names, when a verb of being follows it."""
        lead, being = lead_and_being()
        start = self._opening(words, lead)
        size, hits = name_at(self.index, words, start)
        if not size:  # 'the UK still applies...': the opening words of one entry's title only
            size, hits = self.title_opening(words, start)
        after = start + size
        data = role_data()
        if (
            after + 1 < len(words)
            and words[after] in data["passive"]
            and words[after + 1] in data["listings"]
        ):
            after += 1  # 'nso got banned': 'got' stands for 'was'
        if not size or after >= len(words) or words[after] not in being or says_event(words, after):
            return set()
        key = " ".join(words[start:after])  # an alias the subject shares with its namesakes
        return hits.union(*(headed(self.index, key, i) for i in hits))

    def defined(self, words: Sequence[str]) -> set[int]:
        """The entries a question asks what they are ('what is dahua and why...', 'what is this
        entity list?'), anywhere in it: the name after 'what is' (an article between) that ends its
        clause (data/roles.yaml `defining`, `clause_ends`)."""
        ends = clause_ends()
        out: set[int] = set()
        for start in defining_starts(words):
            while start < len(words) and words[start] in DETERMINERS:
                start += 1
            size, hits = name_at(self.index, words, start)
            after = start + size
            if size and (after >= len(words) or words[after] in ends):
                key = " ".join(words[start:after])
                out |= hits.union(*(headed(self.index, key, i) for i in hits))
        return out

    def _opening(self, words: Sequence[str], lead: frozenset[str]) -> int:
        """Where the subject starts: after the opening words (`lead`), a question word with its verb
        ('why was sandvine added...', data/roles.yaml `wh`) and a time the question opens with
        ('post brexit uk still using eu rules?', 'since 2021 is the eu...'): what follows 'before'
        or 'after' is when, and the subject comes next."""
        start = 0
        while start < len(words) and words[start] in lead:
            start += 1
        if start + 1 < len(words) and words[start] in role_data()["wh"] and words[start + 1] in lead:
            start += 2  # 'why was', 'how is'
            while start < len(words) and words[start] in lead:
                start += 1
        if start < len(words) and (words[start] in BEFORE_WORDS or words[start] in AFTER_WORDS):
            start += 1
            while start < len(words) and (words[start] in DETERMINERS or words[start] == "to"):
                start += 1
            start += name_at(self.index, words, start)[0] or 1  # the time: a name or one word
            while start < len(words) and words[start] in lead:
                start += 1
        return start

    def title_opening(self, words: Sequence[str], start: int) -> tuple[int, set[int]]:
        """The longest run of words from `start` that opens exactly one entry's title ('uk' for 'UK
        export controls on surveillance technology'): its length and that entry."""
        keys = self._titles
        for size in range(min(3, len(words) - start), 0, -1):
            head = " ".join(words[start : start + size]) + " "
            at = bisect.bisect_left(keys, head)  # titles that open with `head` follow one another
            opens = [k.startswith(head) for k in keys[at : at + 2]]
            if opens[:1] == [True] and opens[1:] != [True]:  # one title opens so, not two
                return size, {self._title_ids[at]}
        return 0, set()

    def anchored(self, words: Sequence[str]) -> set[int]:
        """The entries named right after 'before' or 'after' ('before the recast', 'since the leak'),
        and those dated by the year there ('before 2021': Regulation 2021/821, `_dated`)."""
        out: set[int] = set()
        for n, word in enumerate(words):
            if word in BEFORE_WORDS or word in AFTER_WORDS:
                start = n + 1
                while start < len(words) and (words[start] in DETERMINERS or words[start] == "to"):
                    start += 1  # 'prior to the recast'
                out |= name_at(self.index, words, start)[1]
                if word in BEFORE_WORDS:  # 'since 2021' asks for what came in 2021, 'before 2021' not
                    year, within = self._year_at(words, start)
                    if within or word not in self._through:  # 'until 2024' takes in 2024's acts
                        out |= self._dated.get(year, set())
        return out

    def _year_at(self, words: Sequence[str], start: int) -> tuple[str, bool]:
        """The word at `start` past a month or a part of a year ('until late september 2021'), or '',
        and whether a month or a part was passed (a time within the year, not the year whole)."""
        months = month_names("en")
        within = False
        while start < len(words):
            if words[start][:4] in months or words[start] in self._year_parts:
                within = True
            elif words[start] not in self._year_fillers:
                break
            start += 1
        return (words[start] if start < len(words) else ""), within

    def heads(self, words: Sequence[str], exact: dict[int, float]) -> dict[int, float]:
        """Entries (not named outright) whose title begins with an alias the question names outright
        (`headed`) -> the words of that alias: named by it as much as the entry whose alias it is,
        so being named outright does not set that entry above them (the engine's EXACT_BONUS); the
        rest of the question decides. 'Is the Pall Mall process binding?' asks for the Code."""
        text = f" {' '.join(words)} "
        out: dict[int, float] = {}
        for i in exact:
            for key, js in self._namesakes.get(i, ()):
                if f" {key} " in text:
                    for j in js - exact.keys():
                        out[j] = max(out.get(j, 0.0), float(key.count(" ") + 1))
        return out

    def namesakes(self, words: Sequence[str], exact: dict[int, float]) -> set[int]:
        """The entries whose title only begins with an alias of a linked entry of their kind that the
        question names ('US Entity List', the Entity List's alias, heads the human-rights rule's
        title): a question that is nothing but that name asks for the entry that bears it, not for
        them ('what is the us entity list?'), though the name names them too (`heads`)."""
        text = f" {' '.join(words)} "
        return {j for i in exact for key, js in self._namesakes.get(i, ()) if f" {key} " in text for j in js}

    def _words_of(self, i: int) -> frozenset[str]:
        """The stems of every word of case i's text, the index's stopwords too."""
        return self._stems[i]

    def events(self, words: Sequence[str]) -> frozenset[str]:
        """The stems of the words asking about an event (data/roles.yaml `told`) that stand outside
        the names the question gives ('who hacked hacking team' asks 'hack' once, by 'hacked') and
        after no 'before' or 'after': 'did they close after the hack' asks when, not the hack."""
        told = frozenset(role_data()["told"])
        if told.isdisjoint(words):  # most questions: no name to skip
            return frozenset()
        out: set[str] = set()
        n = 0
        while n < len(words):
            size = name_at(self.index, words, n)[0]
            if size:
                n += size
                continue
            if words[n] in told and not self._timed(words, n):
                out.add(stem(words[n]))
            n += 1
        return frozenset(out)

    @staticmethod
    def _timed(words: Sequence[str], n: int) -> bool:
        """Whether word n follows 'before' or 'after' (an article between): the question's time."""
        at = n - 1
        while at >= 0 and words[at] in DETERMINERS:
            at -= 1
        return at >= 0 and (words[at] in BEFORE_WORDS or words[at] in AFTER_WORDS)

    def eventful(self, rows: Rows, events: frozenset[str], exact: dict[int, float]) -> Rows:
        """The rows with EVENT_CUE added to each near-tie case that tells an event asked (its text
        holds the word) and is linked to a near-tie of another kind that the question names outright
        (the vendor whose name is its strongest evidence), as cues.cued. Where nothing is named, the
        evidence decides: 'which report revealed that European firms sold cameras to China?' asks
        the report, not a case it tells of."""
        if not rows or not events or not exact:
            return rows
        best = max(r[1] for r in rows)
        entries = self.index.entries
        near = {i for i, score, _ in rows if score >= best - CUE_MARGIN}
        named = {j for j in near & exact.keys() if entries[j].kind != "case"}
        out: Rows = []
        for i, score, x in rows:
            case = i in near and entries[i].kind == "case"
            if case and events & self._words_of(i) and any(j in named for j in self._links[i]):
                score += EVENT_CUE
            out.append((i, score, x))
        return out

    def scattered(self, words: Sequence[str], rows: Rows, exact: dict[int, float]) -> Rows:
        """The rows with ALIAS_CUE added to each near-tie not named outright whose alias of two
        words or more the question holds every word of, apart or in another order ('human rights as
        reason for entity listing' holds 'Entity List human rights'), when a linked entry of its
        kind is named outright ('BIS', the Entity List's): the longer name, though scattered, names
        it more closely, as `heads`. Not when the alias adds nothing to that entry's names ('Hacking
        Team hack', the leak's, in 'hacking team still exist?'), nor across kinds (a vendor's case),
        as `headed`."""
        if not rows or not exact:
            return rows
        stems = frozenset(map(stem, words))
        best = max(r[1] for r in rows)
        entries = self.index.entries
        out: Rows = []
        for i, score, x in rows:
            if score >= best - CUE_MARGIN and i not in exact and i in self._alias_stems:
                kin = [j for j in self._links[i] if j in exact and entries[j].kind == entries[i].kind]
                known = frozenset().union(*(self._name_stems[j] for j in kin))
                if kin and any(a <= stems and a - known for a in self._alias_stems[i]):
                    score += ALIAS_CUE
            out.append((i, score, x))
        return out

    def rank(self, words: Sequence[str], rows: Rows, short_en: bool, short: bool) -> Rows:
        """The rows with the subject cue (a short English question; what a short question in any
        language asks what it is) and the anchor cue applied, to the near-ties only, as cues.cued."""
        if not rows:
            return rows
        anchors = self.anchored(words)
        subjects = self.subject(words) if short_en else set()
        if short:  # '¿qué es Dahua y por qué...?' asks of Dahua as 'what is dahua and why...?'
            subjects |= self.defined(words)
        if not anchors and not subjects:
            return rows
        best = max(r[1] for r in rows)
        out: Rows = []
        for i, score, x in rows:
            if score >= best - CUE_MARGIN:
                if i in subjects:
                    score += SUBJECT_CUE
                if i in anchors:
                    score -= ANCHOR_CUE
            out.append((i, score, x))
        return out

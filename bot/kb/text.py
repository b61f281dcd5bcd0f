"""Text normalisation shared by indexing and querying, so both sides see the same tokens.

Members type lowercase, drop accents and punctuation, abbreviate ("art 5", "reg 821") and ramble;
this folds those forms together and drops the words that carry no meaning for retrieval.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable
from functools import lru_cache

import snowballstemmer


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words and the filler of chat questions: dropped before ranking. The words that only carry
# the ask ("how can I check if...", "do you track...", "are you a bot that...") say nothing of what
# is asked: an entry that does not hold them must not lose confidence for it.
STOPWORDS = _words(
    """
a about above after again against all almost also am an and any anyone anything are aren arent around as at
be because been before being below between both but by can cannot cant could couldnt did didnt do does doesnt
doing dont down during each either else ever every few for from further get gets getting give go going got
had hadnt has hasnt have havent having he hed hell her here hers herself hes him himself his how hows i id ill
im is isnt it its itself ive just least less let lets like ll me might mine more most much must mustnt my
myself need needs neither no nor not now of off on once one only or other others ought our ours ourselves out
over own per please pls plz quite rather re really s same say says shall shant she shed shell shes should
shouldnt so some somebody someone something still such t than that thats the their theirs them themselves then
there theres these they theyd theyll theyre theyve thing things this those though through thus to too u under
until up upon ur us use used very via was wasnt we wed well were werent weve what whats when whens where
wheres
whether which while who whod whoever whole whom whos whose why whys will with within without wont would
wouldnt
y yes yet you youd youll your youre yours yourself yourselves youve
happen happens happened happening happend
in into onto behind within regarding concerning anymore currently nowadays today
hi hey hello hiya thanks thank thx ty ok okay anybody guys folks lol btw fyi imo tbh idk
iirc afaik omg lmao yall ya yeah yep nope gonna wanna gotta cuz coz rn tho
smth sth smb sb kinda sorta literally
yo sup ye yea yup dunno lemme gimme ngl imho smh fwiw ikr jk nvm tbf ofc obv obvs rly srsly tldr tl eli5
hmm hmmm um umm uh wait anyways bro dude roughly approximately approx briefly
bruh wtf irl lmk aint tia asap nah fr ig idc istg lowkey cheers noob newbie
wdym hbu becuz tryna finna ykwim afaict highkey deadass omw ttyl brb idek yeh yh naw iykyk ily wth atm
smthng sumthing somethin nothin bout
know knows knew tell told explain explained show find found look looking wonder wondering wondered curious
reveal reveals revealed revealing discover discovers discovered uncover uncovers uncovered
expose exposes exposed conclude concludes concluded conclusion conclusions findings said
question questions quick quickly asking ask asked heard hear hearing read reading saw seen mean means meant
think thought believe remember recall info information details detail anything everything kind sort bit lot
stuff basically actually exactly simply right wrong true real whats hows whos thats theres
can could would should may might must shall will also already ever even again
if check checks checked checking see sees seeing figure track tracks tracking verify confirm
bot chatbot exportwatch
"""
)

# Common English words that are not in the knowledge base's own vocabulary but say nothing about
# what a question is about: an unknown word from this list is not treated as an unknown name.
COMMON_WORDS = _words(
    """
able across actual add advice afraid ago agree allowed alone along although always among amount angry another
answer answers anyway apparently area areas around article articles ask away back bad based basic become best
better big bunch buy called calls care case cases cause certain change cheap check child children city claim
clear close come comes coming concerned confused context correct country couple course cousin current daily
day days deal dear decided deep did different doing done doubt during early easy end enough especially etc
even event events everyone example exist expect fact family far feel fine first follow following friend
friends full fun general generally given glad good great group guess guy happen happened happening happens
hard help helpful home honest hope huge idea important instead interested interesting issue issues keep kids
kinda last late later latest learn left likely little live long lost love made main make makes making many
matter maybe meeting member members mention mentioned met mind minute moment money month months morning move
name named names new news next nice night nobody normal note nothing number often old ones online open order
original part past people person picture place plan point possible post posted pretty probably problem
problems pull quote reason recent recently related relevant report reports rest result running safe saying
school second seems sent serious seriously short similar since single situation small sorry sound sounds
source sources start started story strange study sure taking talk talked talking teacher term terms text
thanks thread time times today together tomorrow topic total trying turn type understand update usually
various video want wanted wants watch way ways week weeks went whatever whole wife husband mom dad mum work
worked working world worried worry worse worth write wrote year years yesterday young
weather recipe pizza food football soccer movie movies music game games song restaurant cooking cook
rumour rumours rumor rumors myth hoax legit colleague colleagues coworker boss landlord neighbour neighbor
roommate flatmate uncle aunt brother sister son daughter girlfriend boyfriend classmate
"""
)

_STEMMER = snowballstemmer.stemmer("english")
# Latin (folded), Cyrillic and Arabic words: a Russian or Arabic word is a word too, ordinary in its
# language or an unknown name (bot/kb/detect.py tells which).
_TOKEN = re.compile(r"[a-z0-9\u0400-\u04ff\u0620-\u065f\u066e-\u06d3]+(?:/[0-9]+)?")
# Chat abbreviations of ordinary words, folded on both sides ("saito tech" matches "Saito Tech").
_ABBREVIATIONS = {
    "tech": "technology",
    "techs": "technologies",
    "grp": "group",
    "govt": "government",
    "gov": "government",
    "govts": "governments",
    "intl": "international",
    "dept": "department",
    "co": "company",
    "cos": "companies",
    "corp": "corporation",
    "orgs": "organizations",
    "org": "organization",
    "ppl": "people",
    "govs": "governments",
    "msg": "message",
    "msgs": "messages",
    "biz": "business",
    "abt": "about",
    "bc": "because",
    "w": "with",
    "wat": "what",
    "wht": "what",
    # clippings and spellings of chat (none is a word of the knowledge base): read as the word
    # meant, never as an unknown name ('hikvision cams r banned' asks about cameras)
    "wut": "what",
    "r": "are",
    "n": "and",
    "b4": "before",
    "thru": "through",
    "kno": "know",
    "knw": "know",
    "cam": "camera",
    "cams": "cameras",
    "cop": "police",
    "cops": "police",
    "recog": "recognition",
    "recogn": "recognition",
    "diff": "different",
    "pic": "picture",
    "pics": "pictures",
    "vid": "video",
    "vids": "videos",
    "convo": "conversation",
    "comms": "communications",
    "docs": "documents",
    "yr": "year",
    "yrs": "years",
    "pres": "president",
    "prez": "president",
    "vs": "v",  # a lawsuit as titles name it: 'WhatsApp v. NSO Group'
    "versus": "v",
    "bn": "billion",
    "mln": "million",
    "natl": "national",
    "gvt": "government",
    # when the member needs it, never what is asked ('need smth on X by tmrw')
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrrw": "tomorrow",
    "tomoz": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tdy": "today",
    "yday": "yesterday",
    "prolly": "probably",
    "probs": "probably",
    "sry": "sorry",
    "lil": "little",
}
_ARTICLE = {
    **_ABBREVIATIONS,
    "art": "article",
    "arts": "article",
    "articles": "article",
    "reg": "regulation",
    "regs": "regulation",
    "regulations": "regulation",
    "regulaton": "regulation",
}


# Letters NFKD does not take apart: Turkish dotless i, Polish l with stroke, Nordic o with stroke.
UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th"})


_POSSESSIVE = re.compile(r"(\w)'s\b")
_ELIDED = re.compile(r"(\w)'(?=\w)")
_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")
_GLUED_NUMBER = re.compile(r"\b(art|article|reg|regulation)\.?(\d)")
# Chat's thousands ('50k numbers', '2.5k'): the cards write the number out ('50,000')
_KILO = re.compile(r"\b(\d{1,3})(?:[.,](\d))?k\b")
_DIGIT = re.compile(r"\d")  # what _THOUSANDS and _GLUED_NUMBER both need


# Memoised for the last few texts: one question is folded by the ranking, the list detection and
# their word splitters (~17 us each); entries' texts pass through once at indexing.
@lru_cache(maxsize=256)
def fold(text: str) -> str:
    """Lowercase, strip accents, unify apostrophes and drop possessive 's."""
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().translate(UNDECOMPOSED)
    text = text.replace("’", "'").replace("`", "'")
    if "'" in text:  # each pattern below needs its character: most texts skip two or four passes
        text = _POSSESSIVE.sub(r"\1", text)
        text = _ELIDED.sub(r"\1", text)  # don't -> dont, what's handled above
    if _DIGIT.search(text) is None:
        return text
    text = _THOUSANDS.sub("", text)  # '50,000' and '50000' are one number
    text = _KILO.sub(_thousand, text)  # and '50k' is it too
    # "art5" / "article5" -> "article 5"
    return _GLUED_NUMBER.sub(r"\1 \2", text)


def _thousand(match: re.Match[str]) -> str:
    """'50k' -> '50000', '2.5k' -> '2500'."""
    tenths = match.group(2)
    return match.group(1) + (f"{tenths}00" if tenths else "000")


_SPELLING = {
    "licence": "license",
    "licences": "licenses",
    "licenced": "licensed",
    "centre": "center",
    "centres": "centers",
    "organisation": "organization",
    "organisations": "organizations",
    # the stemmer makes 'su' of 'sued' and 'suing' but leaves 'sue' (three letters) whole
    "sued": "sue",
    "sues": "sue",
    "suing": "sue",
}


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """Snowball (Porter 2) stem of a folded word: 'exporting', 'exports', 'exported' -> 'export'."""
    if not token.isalpha() or len(token) <= 3:
        return token
    stemmed: str = _STEMMER.stemWord(_SPELLING.get(token, token))  # snowballstemmer is untyped
    return stemmed


# The stems of COMMON_WORDS: their other forms ('bosses', 'landlords') say as little.
COMMON_STEMS = frozenset(map(stem, COMMON_WORDS))


def raw_tokens(text: str, own: Collection[str] = ()) -> list[str]:
    """Folded word tokens without stopword removal or stemming ("2021/821" stays whole). `own`: the
    ordinary words of a question in another language, never read as English chat abbreviations:
    Polish 'co' (what) is no 'company', Italian 'cos' (of "cos'è") no 'companies'."""
    out: list[str] = []
    for token in _TOKEN.findall(fold(text)):
        out.append(token if token in own else _ARTICLE.get(token, token))
    return out


_HYPHENATED = re.compile(r"(?<![a-z0-9-])[a-z]+(?:-[a-z]+)+(?![a-z0-9-])")


def hyphen_compounds(text: str) -> set[str]:
    """Joined forms of hyphenated words: 'catch-all' -> 'catchall', 'e-mail' -> 'email'.

    The parts stay ordinary tokens; the joined form lets 'catchall', 'catch-all' and 'catch all'
    meet (see with_compounds).
    """
    out: set[str] = set()
    for chain in _HYPHENATED.findall(fold(text)):
        parts = chain.split("-")
        out.update(a + b for a, b in itertools.pairwise(parts))
    return out


def with_compounds(raws: list[str], compounds: set[str] | frozenset[str]) -> list[str]:
    """Raw tokens plus the joined form of every adjacent pair that is a known compound."""
    joined = [a + b for a, b in itertools.pairwise(raws) if a + b in compounds]
    return raws + joined if joined else raws


def expand(token: str) -> list[str]:
    """A regulation number also matches its parts: '2021/821' -> ['2021/821', '2021', '821']."""
    if "/" in token:
        return [token, *token.split("/")]
    return [token]


def content_tokens(text: str) -> list[str]:
    """Tokens for ranking: folded, stopwords dropped, stemmed, numbers expanded."""
    return content_from_raw(raw_tokens(text))


def content_from_raw(raws: list[str]) -> list[str]:
    out: list[str] = []
    for token in raws:
        if token in STOPWORDS:
            continue
        out.extend(stem(t) for t in expand(token))
    return out


_SOUNDS = (
    ("ph", "f"),
    ("ck", "k"),
    ("ch", "k"),
    ("kh", "k"),
    ("dh", "d"),
    ("th", "t"),
    ("sh", "s"),
    ("oo", "u"),
    ("ou", "u"),
    ("ee", "i"),
    ("w", "v"),
    ("y", "i"),
    ("c", "k"),
    ("q", "k"),
    ("z", "s"),
)
_DOUBLED = re.compile(r"(.)\1+")


def sound_key(word: str) -> str:
    """How a name sounds, roughly, so transliterations and spellings by ear meet: 'Mansur' and
    'Mansoor', 'Morfo' and 'Morpho', 'Vastek' and 'VASTech', 'Tantavi' and 'Tantawy'."""
    for a, b in _SOUNDS:
        word = word.replace(a, b)
    return _DOUBLED.sub(r"\1", word)


def flipped_number(token: str) -> str | None:
    """'821/2021' -> '2021/821': a regulation number typed the other way round (older EU acts were
    cited number-first, newer ones year-first)."""
    first, sep, last = token.partition("/")
    return f"{last}/{first}" if sep and first.isdigit() and last.isdigit() else None


def number_typos(names: Iterable[str]) -> dict[str, str]:
    """A name's number with two neighbouring digits typed the other way round -> the number
    ('executive order 14039': EO 14093; 'regulation 2012/821': 2021/821). Only numbers of five
    digits or more and numbered acts ('2021/821'), where one of the names' numbers is meant: a year
    typed ('2001' is no typo of 2010) or a clash of two names is another number, not a typo."""
    found: dict[str, set[str]] = defaultdict(set)
    known = set(names)
    for name in known:
        digits = sum(c.isdigit() for c in name)
        if not all(c.isdigit() or c == "/" for c in name) or digits < (4 if "/" in name else 5):
            continue
        for k in range(len(name) - 1):
            a, b = name[k], name[k + 1]
            if a != b and a.isdigit() and b.isdigit():
                typo = name[:k] + b + a + name[k + 2 :]
                if typo not in known:
                    found[typo].add(name)
    return {typo: next(iter(meant)) for typo, meant in found.items() if len(meant) == 1}


def name_key(text: str) -> str:
    """The form names are compared in: folded words joined by single spaces."""
    return " ".join(raw_tokens(text))


# From this many words a question is long: its own clause (weights.CLAUSE_BOOST) weighs more.
LONG_QUESTION = 20
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_WORDLIKE = re.compile(r"[^\W_]")
# Where a clause ends: punctuation, or a dash between words ('thai pegasus thing - how many...').
CLAUSE_END = re.compile(r"[,:;.!?\u2026]+(?:\s+|$)|\s+[-\u2013\u2014]+\s+")
# A clause that asks ('what was it?', 'who?') is the question, however plain its words.
ASKING_WORDS = _words("who whom whose what which when where why how whats whos hows wheres whens whys")


# Memoised, as `asking_sentence`: the ranking, the list detection and their readers each ask it of
# the same question (~5 times a question, ~5 us each for a long one).
@lru_cache(maxsize=256)
def word_count(text: str) -> int:
    """Words, as a question's length counts them: not '??', '-' or an emoji standing alone ('is
    ZTE banned in the US ?? ??' is as short as without them: counted, the marks made near misses
    long, and a long question's places and relations are not read)."""
    return sum(1 for piece in text.split() if _WORDLIKE.search(piece))


@lru_cache(maxsize=256)
def asking_sentence(text: str) -> str:
    """The sentence that carries a long question (the last one with a question mark, else the
    last); empty for a short question, which is all clause."""
    if word_count(text) < LONG_QUESTION:
        return ""
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    if len(sentences) < 2:
        return ""
    asking = [s for s in sentences if "?" in s]
    return asking[-1] if asking else sentences[-1]


def question_clause(text: str) -> set[str]:
    """Content tokens of the sentence that carries a long question; empty for a short question."""
    return set(content_tokens(asking_sentence(text)))

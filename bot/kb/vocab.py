"""Small domain vocabularies: how members name countries, regions, kinds and technologies in
passing, and the other words they use for what entries say (synonyms, cue words).

These map a member's word ("chinese", "cctv", "dpi") onto the metadata the entries carry
("China", "video surveillance", "deep packet inspection"), so metadata can count as evidence.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.kb.text import stem

# adjective / short form -> country name as written in entries (compared folded)
DEMONYMS: dict[str, str] = {
    "chinese": "china",
    "prc": "china",
    "french": "france",
    "swedish": "sweden",
    "dutch": "netherlands",
    "holland": "netherlands",
    "burma": "myanmar",  # its former name, as members still write it; cards say Myanmar
    "german": "germany",
    "italian": "italy",
    "british": "united kingdom",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "england": "united kingdom",
    "usa": "united states",
    "american": "united states",
    "america": "united states",
    "us": "united states",
    "eu": "european union",
    "european": "european union",
    "europe": "european union",
    "greek": "greece",
    "egyptian": "egypt",
    "bahraini": "bahrain",
    "bahrein": "bahrain",
    "mexican": "mexico",
    "turkish": "turkey",
    "turkiye": "turkey",
    "syrian": "syria",
    "libyan": "libya",
    "iranian": "iran",
    "israeli": "israel",
    "emirati": "united arab emirates",
    "uae": "united arab emirates",
    "emirates": "united arab emirates",
    "vietnamese": "vietnam",
    "serbian": "serbia",
    "belarusian": "belarus",
    "russian": "russia",
    "saudi": "saudi arabia",
    "moroccan": "morocco",
    "indian": "india",
    "hungarian": "hungary",
    "polish": "poland",
    "bulgarian": "bulgaria",
    "sudanese": "sudan",
    "ethiopian": "ethiopia",
    "rwandan": "rwanda",
    "azerbaijani": "azerbaijan",
    "canadian": "canada",
    "japanese": "japan",
    "cypriot": "cyprus",
    "irish": "ireland",
    "danish": "denmark",
    "spanish": "spain",
    "palestinian": "palestine",
    "hk": "hong kong",
    "kazakh": "kazakhstan",
    "pakistani": "pakistan",
    "ethiopia": "ethiopia",
    "swiss": "switzerland",
    "austrian": "austria",
    "belgian": "belgium",
    "finnish": "finland",
}

# More peoples' adjectives ('ugandan police', 'thai activists'), reviewed as data beside the others
DEMONYMS_FILE = Path(__file__).with_name("data") / "demonyms.yaml"
_MORE: dict[str, str] = yaml.safe_load(DEMONYMS_FILE.read_text(encoding="utf-8")) or {}
DEMONYMS.update((str(k), str(v)) for k, v in _MORE.items())

# Countries the knowledge base may not mention: a place in a question is what it is about, so an
# entry that does not cover it ('hikvision ... australia') must lose confidence.
_WORLD = """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba
cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland
france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary
iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati
kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia
montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands nicaragua niger nigeria
norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania
russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname
sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan
tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
"""
WORLD_COUNTRIES = frozenset(_WORLD.split())

# a region or people within a country: names the country only loosely ('uyghur' is about China,
# but a vendor's 'China Electronics' alias does not explain it)
REGIONS: dict[str, str] = {
    "uyghur": "china",
    "uyghurs": "china",
    "uighur": "china",
    "uighurs": "china",
    "xinjiang": "china",
    "tibet": "china",
    "tibetan": "china",
    "gaza": "palestine",
    "hebron": "palestine",
    "catalonia": "spain",
    "catalan": "spain",
}

# country -> every word members use for it ('britain' also matches a title that says 'UK')
COUNTRY_WORDS: dict[str, tuple[str, ...]] = {}
for _word, _country in DEMONYMS.items():
    COUNTRY_WORDS[_country] = (*COUNTRY_WORDS.get(_country, ()), _word)

# a member's word -> the kind of entry it hints at ("what are the rules ..." wants a rule)
KIND_WORDS: dict[str, str] = {
    "rule": "rule",
    "rules": "rule",
    "law": "rule",
    "laws": "rule",
    "legal": "rule",
    "legally": "rule",
    "regulation": "rule",
    "regulations": "rule",
    "regime": "rule",
    "regulate": "rule",
    "regulates": "rule",
    "regulated": "rule",
    "regulating": "rule",
    "restricted": "rule",
    "restrictions": "rule",
    "controlled": "rule",
    "control": "rule",
    "controls": "rule",
    "binding": "rule",
    "ban": "rule",
    "banned": "rule",
    "prohibit": "rule",
    "company": "vendor",
    "companies": "vendor",
    "vendor": "vendor",
    "vendors": "vendor",
    "firm": "vendor",
    "firms": "vendor",
    "maker": "vendor",
    "makers": "vendor",
    "makes": "vendor",
    "owner": "vendor",
    "owned": "vendor",
    "owns": "vendor",
    "manufacturer": "vendor",
    "seller": "vendor",
    "case": "case",
    "cases": "case",
    "scandal": "case",
    "leak": "case",
    "leaked": "case",
    "targeted": "case",
    "hacked": "case",
    "lawsuit": "case",
    "trial": "case",
    "charged": "case",
    "prosecuted": "case",
    "victims": "case",
    "victim": "case",
}

# a member's word -> technology as written in entries
TECH_WORDS: dict[str, str] = {
    "face": "facial recognition",
    "facial": "facial recognition",
    "faces": "facial recognition",
    "emotion": "emotion recognition",
    "emotions": "emotion recognition",
    "biometric": "biometrics",
    "biometrics": "biometrics",
    "fingerprint": "biometrics",
    "camera": "video surveillance",
    "cameras": "video surveillance",
    "cctv": "video surveillance",
    "video": "video surveillance",
    "spyware": "spyware",
    "spywares": "spyware",
    "malware": "spyware",
    "trojan": "spyware",
    "hacking": "intrusion software",
    "intrusion": "intrusion software",
    "exploit": "intrusion software",
    "exploits": "intrusion software",
    "zero": "intrusion software",
    "interception": "interception",
    "wiretap": "interception",
    "wiretapping": "interception",
    "lawful": "interception",
    "monitoring": "monitoring centre",
    "dpi": "deep packet inspection",
    "packet": "deep packet inspection",
    "censorship": "internet filtering",
    "filtering": "internet filtering",
    "blocking": "internet filtering",
    "shutdown": "internet filtering",
    "forensic": "mobile forensics",
    "forensics": "mobile forensics",
    "unlock": "mobile forensics",
    "ai": "artificial intelligence",
    "sanction": "sanctions",
    "sanctions": "sanctions",
    "sanctioned": "sanctions",
    "blacklist": "sanctions",
    "blacklisted": "sanctions",
    "licence": "export controls",
    "license": "export controls",
    "licensing": "export controls",
    "export": "export controls",
    "exports": "export controls",
}

# Words members use for what entries say in other words (query side; each side is stemmed): data,
# kept with the other language tables in bot/kb/data/synonyms.yaml.
SYNONYMS_FILE = Path(__file__).with_name("data") / "synonyms.yaml"
SYNONYMS: dict[str, tuple[str, ...]] = {
    word: tuple(others)
    for word, others in yaml.safe_load(SYNONYMS_FILE.read_text(encoding="utf-8"))["synonyms"].items()
}

# What the rules allow or forbid: words that stand for one another (below), and, with the words
# of licensing, the cue that a question asks about the rules (CUE_WORDS).
PERMISSION_WORDS = (
    "illegal",
    "unlawful",
    "legal",
    "lawful",
    "allowed",
    "permitted",
    "banned",
    "ban",
    "prohibited",
    "prohibition",
    "forbidden",
    "restrict",
)

# Words that stand for one another in a member's question, whichever of them an entry happens to use
# (matched by stem, so 'fines', 'fined' and 'fine' are one word): a case that records a 'penalty'
# or a 'settlement' answers "were they fined".
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    (
        "fine",
        "fines",
        "fined",
        "penalty",
        "penalties",
        "settlement",
        "settled",
        "punished",
        "punishment",
        "charged",
        "convicted",
        "conviction",
        "sentenced",
        "prosecuted",
        "indicted",
    ),
    (*PERMISSION_WORDS, "restricted", "restriction"),
    ("clause", "provision", "article", "section", "paragraph"),
    ("snoop", "snooping", "snooped", "spying", "spied", "surveillance", "monitoring"),
    ("bust", "bankrupt", "bankruptcy", "insolvent", "insolvency", "liquidated", "liquidation"),
    # a government that 'admitted' buying spyware: the entries say it confirmed or acknowledged it
    ("admit", "admits", "admitted", "acknowledge", "acknowledged", "confirm", "confirmed"),
    # checking a phone for spyware: what a verification toolkit does
    ("check", "verify", "verification", "detect", "detection"),
    # why a listing or a control may be made: the rules say on what grounds
    ("reason", "reasons", "grounds"),
    # what an authority tells exporters to do: guidance, in the entries' words guidelines
    ("guidance", "guideline", "guidelines"),
)

# Small numbers as members type them ('like 3 different companies') and as entries write them
# ('three'), and the other way round: either form explains the other.
_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
NUMBER_FORMS: dict[str, str] = {
    **{str(n): word for n, word in enumerate(_NUMBERS, start=2)},
    **{word: str(n) for n, word in enumerate(_NUMBERS, start=2)},
}

# Words asking whether something may be done: among near-ties, a question about what the rules allow
# prefers a rule. A cue only, not evidence: being a rule does not explain "illegal to record police".
CUE_WORDS: dict[str, str] = {
    word: "rule" for word in (*PERMISSION_WORDS, "licence", "license", "licensed", "licensing")
}


def _by_stem() -> tuple[dict[str, str], dict[str, list[str]]]:
    """Kind cues and synonyms keyed by stem, so every inflection of a listed word ('fines',
    'prohibited') finds them, not only the form written in the vocabulary."""
    kinds = {stem(word): kind for word, kind in KIND_WORDS.items()}
    synonyms: dict[str, list[str]] = {}
    for word, others in SYNONYMS.items():
        synonyms.setdefault(stem(word), []).extend(stem(o) for o in others)
    for group in SYNONYM_GROUPS:
        stems = list(dict.fromkeys(stem(w) for w in group))
        for s in stems:
            synonyms.setdefault(s, []).extend(o for o in stems if o != s)
    return kinds, {s: [o for o in dict.fromkeys(others) if o != s] for s, others in synonyms.items()}


KIND_BY_STEM, SYNONYMS_BY_STEM = _by_stem()
CUE_BY_STEM = {stem(word): kind for word, kind in CUE_WORDS.items()}

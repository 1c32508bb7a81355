"""Speakers, statements and timelines across many articles.

Several outlets report one story: the same people speak in several articles,
spelled differently ("Nasser Kanani", "Naser Kanaani"), and the same
statement is reported more than once. :class:`Corpus` merges the speakers of
many :class:`~attribution.Result` values into corpus-level entities, groups
claims that report the same statement, and orders each speaker's claims in a
timeline.

>>> from attribution import Article, Claim, Result, Span, Speaker, SpeakerType
>>> def one(id, name, text):
...     article = Article.from_text(text, id=id, published="2024-03-01")
...     claim = Claim(content=[Span.of(text, 0, len(text))],
...                   speaker=Speaker(name, SpeakerType.PERSON))
...     return Result(article, (claim,))
>>> corpus = Corpus.from_results([
...     one("a", "Nasser Kanani", "Talks will go on."),
...     one("b", "Naser Kanaani", "The talks will go on."),
... ])
>>> [(s.name, s.aliases) for s in corpus.speakers]
[('Naser Kanaani', ('Naser Kanaani', 'Nasser Kanani'))]

Matching is a hook, :func:`~attribution.hookspecs.attribution_same_speaker`,
so a plugin can add evidence of its own (a knowledge base lookup); the
builtin rule lives in :mod:`attribution.plugins.corpus` and uses the name
functions of this module. Only speakers that share a blocking key (a
normalised surname, an organisation name; a description and the speakers
of its article with a role of its head noun) are ever
compared, so building a corpus is roughly linear in the number of claims.
"""

from __future__ import annotations

import datetime as _dt
import functools
import math
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pluggy
import regex
from attrs import Factory, field, frozen

from attribution._model import Claim, PluginError, Result, SpeakerType, Stance
from attribution._pipeline import PluginFailed
from attribution.lexicon import (
    ANONYMOUS_HEADS,
    DOCUMENT_HEADS,
    HONORIFICS,
    ORGANIZATION_HEADS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
)

__all__ = [
    "ClaimRef",
    "Corpus",
    "CorpusSpeaker",
    "MergeDecision",
    "MergeEvidence",
    "NameParts",
    "StatementCluster",
    "TimelineEntry",
    "article_ids",
    "name_parts",
    "role_relation",
    "skeleton",
]

# ---------------------------------------------------------------------------
# Word lists (data, in one place)

#: Country names, demonyms and abbreviations, mapped to one key, so that
#: "American intelligence" and "US intelligence" read alike. Multi-word
#: names are replaced before tokenising (see :data:`_MULTIWORD`).
PLACES: Mapping[str, str] = {
    "us": "us",
    "usa": "us",
    "america": "us",
    "american": "us",
    "americans": "us",
    "uk": "uk",
    "britain": "uk",
    "british": "uk",
    "england": "uk",
    "english": "uk",
    "iran": "iran",
    "iranian": "iran",
    "iranians": "iran",
    "tehran": "iran",
    "russia": "russia",
    "russian": "russia",
    "russians": "russia",
    "moscow": "russia",
    "kremlin": "russia",
    "ukraine": "ukraine",
    "ukrainian": "ukraine",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "china": "china",
    "chinese": "china",
    "beijing": "china",
    "france": "france",
    "french": "france",
    "paris": "france",
    "germany": "germany",
    "german": "germany",
    "berlin": "germany",
    "israel": "israel",
    "israeli": "israel",
    "turkey": "turkey",
    "turkish": "turkey",
    "turkiye": "turkey",
    "ankara": "turkey",
    "syria": "syria",
    "syrian": "syria",
    "iraq": "iraq",
    "iraqi": "iraq",
    "saudi": "saudi",
    "japan": "japan",
    "japanese": "japan",
    "india": "india",
    "indian": "india",
    "un": "un",
    "eu": "eu",
    "european": "eu",
    "nato": "nato",
    "western": "west",
    "west": "west",
}

_MULTIWORD: tuple[tuple[str, str], ...] = (
    (r"\bunited\s+states(?:\s+of\s+america)?\b", "us"),
    (r"\bu\.\s?s\.(?:\s?a\.)?", "us "),
    (r"\bunited\s+kingdom\b", "uk"),
    (r"\bu\.\s?k\.", "uk "),
    (r"\bunited\s+nations\b", "un"),
    (r"\bu\.\s?n\.", "un "),
    (r"\beuropean\s+union\b", "eu"),
    (r"\bsaudi\s+arabia\b", "saudi"),
    (r"\bislamic\s+republic\s+of\s+iran\b", "iran"),
)
_MULTIWORD_RE = tuple((regex.compile(p), r) for p, r in _MULTIWORD)

#: Role words spelled several ways, mapped to one.
ROLE_SYNONYMS: Mapping[str, str] = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokespeople": "spokesperson",
    "spokesmen": "spokesperson",
    "spokesperson's": "spokesperson",
    "advisor": "adviser",
    "advisors": "adviser",
    "advisers": "adviser",
    "counsellor": "counselor",
    "officials": "official",
    "ministers": "minister",
    "diplomats": "diplomat",
    "defence": "defense",
    "organisation": "organization",
    "centre": "center",
}

#: Words that carry no identity in names and roles.
STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "and",
        "or",
        "with",
        "from",
        "as",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "who",
        "which",
        "de",
        "la",
        "le",
        "el",
        "al",
    ]
)

#: Capitalised words that open a sentence but name nobody ("Many said…").
NOT_NAME_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "many",
        "both",
        "others",
        "other",
        "some",
        "most",
        "all",
        "several",
        "few",
        "none",
        "each",
        "everyone",
        "anyone",
        "people",
        "voters",
        "critics",
        "supporters",
        "opponents",
        "democrats",
        "republicans",
        "americans",
        "police",
        "polls",
        "poll",
        "officials",
        "experts",
        "analysts",
        "observers",
        "residents",
        "users",
        "readers",
        "viewers",
        "fans",
        "friends",
        "neighbors",
        "neighbours",
    ]
)

#: Determiners that make a speaker name a description ("the spokesperson").
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "another",
        "one",
        "some",
    ]
)

#: Prepositions after which a name's complement starts ("Roe of the Times").
_PREPOSITIONS = frozenset(["of", "for", "to", "at", "from", "with", "in", "on"])

#: Words that may follow a name without making it a modifier.
_TRAILING_OK = frozenset(["himself", "herself", "themselves", "itself", "jr", "sr", "ii", "iii"])

#: Name suffixes that are not the family name.
NAME_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv", "esq"])

_MALE = frozenset(["mr", "sir"])
_FEMALE = frozenset(["mrs", "ms", "miss", "madam", "dame"])

#: Words of a statement that carry no content (for statement clustering).
CONTENT_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "me",
        "us",
        "them",
        "him",
        "not",
        "no",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "shall",
        "about",
        "into",
        "than",
        "then",
        "so",
        "such",
        "also",
        "very",
        "more",
        "most",
        "any",
        "all",
        "some",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "why",
        "how",
        "said",
        "says",
        "say",
        "told",
        "tell",
        "just",
        "only",
        "over",
        "after",
        "before",
        "because",
        "while",
        "out",
        "up",
        "down",
        "off",
        "again",
    ]
)

_HONORIFICS = frozenset(h.rstrip(".").casefold() for h in HONORIFICS)
_ROLE_WORDS = frozenset(w.casefold() for w in ROLE_NOUNS) | frozenset(ROLE_SYNONYMS)
_TITLE_WORDS = frozenset(w.casefold() for w in TITLE_WORDS)
_ORG_HEADS = frozenset(w.casefold() for w in ORGANIZATION_HEADS)
_DOC_HEADS = frozenset(w.casefold() for w in DOCUMENT_HEADS) | {"information", "statements"}
_ANON_HEADS = frozenset(w.casefold() for w in ANONYMOUS_HEADS)
_NOT_NAMES = frozenset(PRONOUNS) | frozenset(
    [
        "who",
        "which",
        "that",
        "you",
        "his",
        "its",
        "their",
        "them",
        "us",
        "someone",
        "everyone",
        "anyone",
        "nobody",
    ]
)

_TOKEN = regex.compile(
    r"""
    (?P<word> [\p{L}\p{M}]+ (?: ['’] [\p{L}\p{M}]+ )* )   # letters, inner apostrophes
    (?P<dot> \. )?
    """,
    regex.VERBOSE,
)
_DOUBLE = regex.compile(r"(.)\1+")
_VOWELS = regex.compile(r"[aeiou]+")
_POSSESSIVE = regex.compile(r"['’]s$")
_PAREN = regex.compile(r"\([^()]*\)")
_CONJUNCTION = regex.compile(r"\s(?:and|&|nor)\s", regex.IGNORECASE)
_ITS_TAIL = regex.compile(
    r"\s+and\s+(?:its|his|her|their)\s+(?P<tail>[^\s].*)$", regex.IGNORECASE | regex.DOTALL
)

# ---------------------------------------------------------------------------
# Name normalisation


def fold(text: str) -> str:
    """Casefold and strip diacritics: ``"Stéphane"`` -> ``"stephane"``."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A transliteration-tolerant key for one name word.

    Diacritics are stripped, ``y`` reads as ``i``, ``ph`` as ``f`` and ``w``
    as ``v`` (Nowak/Novak),
    doubled letters are collapsed and a run of vowels keeps its first vowel,
    so Naser/Nasser, Kanani/Kanaani and Kiev/Kyiv share a key.

    >>> skeleton("Kanaani") == skeleton("Kanani"), skeleton("Kyiv") == skeleton("Kiev")
    (True, True)
    """
    w = fold(word).replace("'", "").replace("ph", "f").replace("y", "i").replace("w", "v")
    w = _DOUBLE.sub(r"\1", w)
    return _VOWELS.sub(lambda m: m.group(0)[0], w)


def _places(text: str) -> str:
    out = fold(text)
    for pattern, repl in _MULTIWORD_RE:
        out = pattern.sub(repl, out)
    return out


def _words(text: str) -> list[tuple[str, str, bool]]:
    """(original word, folded word, had a trailing dot), hyphens split words."""
    out = []
    for m in _TOKEN.finditer(text.replace("-", " ")):
        original = m.group("word")
        folded = fold(original)
        if folded.endswith("'s"):
            folded = folded[:-2]
        folded = folded.replace("'", "")
        if folded:
            out.append((original, folded, m.group("dot") is not None))
    return out


@frozen
class NameParts:
    """The structure of a speaker name, as the merge rule sees it.

    ``kind`` is ``person`` (given and family names), ``organization``,
    ``group`` ("X and Y"), ``anonymous`` or ``description`` (no name, only
    role words: "the spokesperson"). ``given`` and ``family`` are folded
    words; ``family_key`` is the :func:`skeleton` of the family name.
    ``org_key`` is the sorted content words of a non-person name with
    places unified ("American intelligence" -> ``("intelligence", "us")``).
    """

    name: str
    kind: str
    given: tuple[str, ...] = ()
    family: str = ""
    family_key: str = ""
    gender: str = ""
    org_key: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    #: The name as written without titles and descriptions ("Barack Obama"
    #: for "President Barack Obama"); empty unless ``kind`` is ``person``.
    display: str = ""

    @property
    def has_given(self) -> bool:
        return bool(self.given)


def _looks_organization(folded: Sequence[str]) -> bool:
    # "Kremlin spokesman Dmitry Peskov" names a person despite "Kremlin".
    if folded[-1] in _ORG_HEADS or folded[-1] in _DOC_HEADS:
        return True
    if any(w in _ROLE_WORDS for w in folded):
        return False
    return any(w in _ORG_HEADS or w in _DOC_HEADS for w in folded) or (
        len(folded) == 1 and folded[0] in PLACES
    )


def _org_key(text: str) -> tuple[str, ...]:
    """Content words of a non-person name: places unified, spellings as skeletons (Al-Qaeda/al Qaida)."""
    words = [w for _, w, _ in _words(_places(text))]
    keep = {
        skeleton(PLACES.get(w, ROLE_SYNONYMS.get(w, w)))
        for w in words
        if w not in STOPWORDS and w not in _DOC_HEADS
    }
    if not keep:  # a bare document head: "a statement"
        keep = {skeleton(w) for w in words if w not in STOPWORDS}
    return tuple(sorted(keep))


def _complement(words: Sequence[tuple[str, str, bool]], begin: int) -> bool:
    """True if the run of name words at ``begin`` follows a preposition ("in Cleveland")."""
    before = begin - 1
    while before >= 0 and (words[before][1] in _HONORIFICS or words[before][1] in DETERMINERS):
        before -= 1
    return before >= 0 and words[before][1] in _PREPOSITIONS


@functools.lru_cache(maxsize=65536)
def name_parts(name: str, type: SpeakerType = SpeakerType.UNKNOWN) -> NameParts:
    """Parse a speaker name into :class:`NameParts`.

    Honorifics and titles are dropped, and so are role words and places when
    they precede a name ("Kremlin spokesman Dmitry Peskov" -> Dmitry
    Peskov).

    >>> p = name_parts("Mr. Nasser Kanani")
    >>> p.kind, p.given, p.family, p.gender
    ('person', ('nasser',), 'kanani', 'm')
    >>> name_parts("The spokesperson").kind
    'description'
    """
    text = " ".join(name.split())
    tail = _ITS_TAIL.search(text)
    if tail and all(
        w in _ROLE_WORDS or w in _TITLE_WORDS or w in STOPWORDS for _, w, _ in _words(tail["tail"])
    ):
        # "Iran and its senior officials" speaks for Iran.
        text = text[: tail.start()]
    words = _words(text)
    folded = [w for _, w, _ in words]
    if not folded or (len(folded) == 1 and folded[0] in _NOT_NAMES and not words[0][0].isupper()):
        # a pronoun; but "US" in capitals is a country
        return NameParts(name=name, kind="description", words=tuple(folded))
    if type is SpeakerType.ANONYMOUS or any(w in _ANON_HEADS for w in folded):
        return NameParts(name=name, kind="anonymous", org_key=tuple(folded), words=tuple(folded))
    if _CONJUNCTION.search(text):
        return NameParts(name=name, kind="group", org_key=tuple(sorted(_org_key(text))), words=tuple(folded))
    non_person = type in (SpeakerType.MEDIA, SpeakerType.DOCUMENT) or (
        # A lone surname typed as an organisation ("Putin") is a typing slip
        # of the extractor more often than an organisation called so.
        type is SpeakerType.ORGANIZATION
        and not (len(words) == 1 and words[0][0][:1].isupper() and not _looks_organization(folded))
    )
    if non_person or (type is SpeakerType.UNKNOWN and _looks_organization(folded)):
        if folded[0] in DETERMINERS and all(
            w in DETERMINERS or w in _ORG_HEADS or w in _DOC_HEADS or w in _TITLE_WORDS for w in folded
        ):
            # "the mission", "a statement": a description, not a name.
            return NameParts(name=name, kind="description", words=tuple(folded))
        return NameParts(name=name, kind="organization", org_key=_org_key(text), words=tuple(folded))

    # An apposition after a comma and a parenthesis are descriptions:
    # "Richard Roe, the pioneer of…", "Bernie Sanders (I-Vt.)".
    core = _PAREN.sub(" ", text)
    head, comma, rest = core.partition(",")
    if comma and any(o[:1].isupper() for o, _, _ in _words(head)):
        after = _words(rest)
        if after and all(o[:1].isupper() and w not in _ROLE_WORDS for o, w, _ in after) and len(after) <= 3:
            # "Clinton, Sanders": a list of names, not an apposition.
            return NameParts(
                name=name, kind="group", org_key=tuple(sorted(_org_key(text))), words=tuple(folded)
            )
        core = head
    words = _words(core)
    # Runs of name words, split by descriptors: "Republican candidate Donald
    # Trump" -> [Republican] [Donald Trump]. The name is the last run.
    runs: list[tuple[int, int, str]] = []  # (start, end, gender of a title before it)
    start = -1
    gender = ""
    last = len(words) - 1
    for n, (original, word, dot) in enumerate(words):
        name_word = not (
            word in _HONORIFICS
            or word in _ROLE_WORDS
            or word in _TITLE_WORDS
            or word in STOPWORDS
            or word in DETERMINERS
            or word in NOT_NAME_WORDS
            or word in PLACES
            or (word in _ORG_HEADS and n < last)
            or (not original[:1].isupper() and not (len(word) == 1 and dot))
        )
        if name_word and start < 0:
            start = n
        elif not name_word and start >= 0:
            runs.append((start, n, gender))
            start = -1
        if word in _HONORIFICS:
            gender = "m" if word in _MALE else "f" if word in _FEMALE else ""
        elif not name_word:
            gender = ""
        if word in _PREPOSITIONS and runs and runs[-1][1] == n and not _complement(words, runs[-1][0]):
            # "Paul Roe of the Daily Bugle": the complement is not the name
            # (but in "Chairman of the Joint Chiefs of Staff Gen. Joe Roe"
            # the run before "of" is itself a complement).
            break
    else:
        if start >= 0:
            runs.append((start, len(words), gender))
    if not runs:
        content = [w for _, w, _ in words if w not in STOPWORDS and w not in DETERMINERS]
        if content and all(w in PLACES for w in content):
            # "Iran" typed as a person, "Iran and its senior officials": the state.
            return NameParts(name=name, kind="organization", org_key=_org_key(text), words=tuple(folded))
        return NameParts(name=name, kind="description", words=tuple(folded))
    begin, stop, gender = runs[-1]
    trailing = [w for _, w, _ in words[stop:] if w not in _TRAILING_OK]
    opening = [w for _, w, _ in words[:begin] if w not in DETERMINERS]
    role_opening = bool(opening) and opening[0] in _ROLE_WORDS and any(w in _PREPOSITIONS for w in opening)
    if trailing and not (len(words) > stop and words[stop][1] in _PREPOSITIONS):
        # "Clinton ally", "Mr. Rubio's advisers": the name only modifies.
        return NameParts(name=name, kind="description", words=tuple(folded))
    if _complement(words, begin):
        # "protest organizers in Cleveland", "a letter to Mr. Roe": the name
        # is a complement of something else.
        return NameParts(name=name, kind="description", words=tuple(folded))
    if role_opening and (folded[0] in ("a", "an") or opening[0].endswith("s") or stop - begin < 2):
        # "Aides to Clinton", "A spokeswoman for Mr. Trump".
        return NameParts(name=name, kind="description", words=tuple(folded))
    proper = [w for _, w, _ in words[begin:stop] if w not in NAME_SUFFIXES]
    if not proper:
        return NameParts(name=name, kind="description", words=tuple(folded))
    family = proper[-1]
    display = " ".join(_POSSESSIVE.sub("", o) for o, w, _ in words[begin:stop] if w not in NAME_SUFFIXES)
    return NameParts(
        name=name,
        kind="person",
        given=tuple(proper[:-1]),
        family=family,
        family_key=skeleton(family),
        gender=gender,
        words=tuple(folded),
        display=display,
    )


@frozen
class RoleProfile:
    """A role reduced to head nouns ("spokesperson"), places and other words."""

    heads: frozenset[str]
    places: frozenset[str]
    other: frozenset[str]


@functools.lru_cache(maxsize=65536)
def role_profile(role: str) -> RoleProfile:
    """Split a role description into heads, places and other words.

    >>> role_profile("spokesman of the Iranian Ministry of Foreign Affairs").heads
    frozenset({'spokesperson'})
    """
    heads: set[str] = set()
    places: set[str] = set()
    other: set[str] = set()
    for _, word, _ in _words(_places(role)):
        if word in STOPWORDS or word in DETERMINERS:
            continue
        if word in PLACES:
            places.add(PLACES[word])
            continue
        word = ROLE_SYNONYMS.get(word, word)
        if word in _ROLE_WORDS:
            heads.add(word)
        else:
            other.add(word)
    return RoleProfile(frozenset(heads), frozenset(places), frozenset(other))


def _pair_relation(a: RoleProfile, b: RoleProfile) -> str:
    if a.places - b.places and b.places - a.places:
        # each names a country the other lacks: Iran's vs Russia's envoy to the UN
        return "conflict"
    if a.heads and b.heads:
        if not a.heads & b.heads:
            return "conflict"
        if not a.other or not b.other or a.other & b.other:
            return "agree"
        return "neutral"
    return "neutral"


def role_relation(a: Iterable[str], b: Iterable[str]) -> tuple[str, str, str]:
    """How two sets of roles relate: ``agree``, ``conflict`` or ``neutral``.

    Returns the relation and the two roles that show it. Roles agree when
    they share a head noun (spokesperson, minister...) and their other words
    overlap; they conflict when every pair names different offices or
    different countries.

    >>> role_relation(["foreign ministry spokesman"],
    ...               ["spokesman of the Iranian Ministry of Foreign Affairs"])[0]
    'agree'
    >>> role_relation(["Kremlin spokesman"], ["President"])[0]
    'conflict'
    """
    pa = [(r, role_profile(r)) for r in a if r]
    pb = [(r, role_profile(r)) for r in b if r]
    if not pa or not pb:
        return ("neutral", "", "")
    conflict: tuple[str, str] | None = None
    all_conflict = True
    for ra, xa in pa:
        for rb, xb in pb:
            rel = _pair_relation(xa, xb)
            if rel == "agree":
                return ("agree", ra, rb)
            if rel == "conflict":
                conflict = conflict or (ra, rb)
            else:
                all_conflict = False
    if all_conflict and conflict is not None:
        return ("conflict", *conflict)
    return ("neutral", "", "")


def slug(name: str) -> str:
    """An identifier from a name: ``"Naser Kanaani"`` -> ``"naser_kanaani"``."""
    words = [w for _, w, _ in _words(name)]
    return "_".join(words) or "speaker"


# ---------------------------------------------------------------------------
# Values


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@frozen
class MergeDecision:
    """What a merge rule says about two speakers.

    ``same`` True merges them, False keeps them apart; ``evidence`` says why
    in words; among several candidates the one with the highest ``score``
    wins (the builtin rule uses 1 for a surname match, 3 for given and
    family names, plus 0.5 for agreeing roles).
    """

    same: bool
    evidence: tuple[str, ...] = field(converter=_strings, default=())
    score: float = 1.0


@frozen
class MergeEvidence:
    """Why one speaker was merged into another: names, rule and evidence."""

    into: str
    name: str
    article: str
    rule: str
    evidence: tuple[str, ...]
    score: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "into": self.into,
            "name": self.name,
            "article": self.article,
            "rule": self.rule,
            "evidence": list(self.evidence),
            "score": round(self.score, 3),
        }


@frozen
class ClaimRef:
    """One claim of the corpus: its article (index and id), outlet and index."""

    article: int
    claim: int
    article_id: str
    outlet: str

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article_id, "outlet": self.outlet, "claim": self.claim}


@frozen
class CorpusSpeaker:
    """A speaker across articles: every name it goes by and where it speaks.

    ``aliases`` are all its speaker names (sorted), ``mentions`` the other
    ways the articles refer to it ("Kirby", "the spokesperson", and the
    extractor's :attr:`Speaker.aliases <attribution.Speaker.aliases>`;
    pronouns left out), ``articles`` the ids of the articles it speaks in,
    ``evidence`` why each article's speaker was merged in. During building,
    the merge hook sees partial speakers of this type; only ``aliases`` are
    names that merging relies on.
    """

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    types: tuple[SpeakerType, ...] = ()
    roles: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    evidence: tuple[MergeEvidence, ...] = ()
    claims: int = 0
    mentions: tuple[str, ...] = ()

    def parts(self) -> tuple[NameParts, ...]:
        """:func:`name_parts` of every alias (with the speaker's type)."""
        kind = self.types[0] if len(self.types) == 1 else SpeakerType.UNKNOWN
        return tuple(name_parts(a, kind) for a in (self.aliases or (self.name,)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "mentions": list(self.mentions),
            "types": [t.value for t in self.types],
            "roles": list(self.roles),
            "articles": list(self.articles),
            "article_count": len(self.articles),
            "claim_count": self.claims,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@frozen
class StatementCluster:
    """Claims from one or more articles that report the same statement."""

    id: str
    speaker: str
    claims: tuple[ClaimRef, ...]
    outlets: tuple[str, ...]
    text: str
    first: _dt.date | None = None
    last: _dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "text": self.text,
            "outlets": list(self.outlets),
            "claims": [c.to_dict() for c in self.claims],
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
        }


@frozen
class TimelineEntry:
    """One claim on a speaker's timeline.

    ``date_basis`` is ``statement`` when ``date`` is the statement's own
    date, ``published`` when it falls back to the article's publication
    date, and ``none`` when neither is known.
    """

    speaker: str
    date: _dt.date | None
    date_basis: str
    stance: Stance
    claim: ClaimRef
    text: str
    statement: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "date": self.date.isoformat() if self.date else None,
            "date_basis": self.date_basis,
            "stance": self.stance.value,
            **self.claim.to_dict(),
            "text": self.text,
            "statement": self.statement,
        }


# ---------------------------------------------------------------------------
# Building


class _Unions:
    """Union-find over integers."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class _Unit:
    """One article's speaker (all claims of that article under one name)."""

    __slots__ = ("article", "claims", "mentions", "name", "parts", "roles", "types")

    def __init__(self, article: int, name: str, kind: SpeakerType) -> None:
        self.article = article
        self.name = name
        self.parts = name_parts(name, kind)
        self.types: dict[SpeakerType, None] = {kind: None}
        self.roles: dict[str, None] = {}
        self.mentions: dict[str, None] = {}
        self.claims: list[int] = []

    def rank(self) -> int:
        kind = self.parts.kind
        if kind == "person":
            return 0 if self.parts.has_given else 2
        return 3 if kind == "description" else 1


@functools.lru_cache(maxsize=65536)
def _full(name: str) -> int:
    """1 for a personal name with a given name that is not an initial, else 0."""
    p = name_parts(name)
    return int(p.kind == "person" and p.has_given and not any(len(g) == 1 for g in p.given))


class _Cluster:
    """A growing corpus speaker; ``view`` is its frozen form for the hook.

    A much-quoted speaker absorbs a unit for nearly every article, so what
    the view needs is kept up to date as units arrive rather than rebuilt.
    """

    def __init__(self, index: int, ids: Sequence[str]) -> None:
        self.index = index
        self.ids = ids
        self.names: dict[str, int] = {}
        self.shown: dict[str, int] = {}
        self.types: dict[SpeakerType, None] = {}
        self.roles: dict[str, None] = {}
        self.articles: dict[int, None] = {}
        self.article_ids: list[str] = []
        self.evidence: list[MergeEvidence] = []
        self.units: list[_Unit] = []
        self.claims = 0
        self.mentions: dict[str, None] = {}
        #: head nouns of its roles, for the description blocks
        self.heads: set[str] = set()
        self._aliases: tuple[str, ...] | None = None
        self._mentions: tuple[str, ...] | None = None
        self._view: CorpusSpeaker | None = None

    def add(self, unit: _Unit) -> None:
        self.units.append(unit)
        count = len(unit.claims)
        if unit.name not in self.names:
            self._aliases = self._mentions = None
        self.names[unit.name] = self.names.get(unit.name, 0) + count
        # Persons count under their bare names, so "President Barack Obama"
        # and "Barack Obama" add up for the display name.
        shown = unit.parts.display or unit.name
        self.shown[shown] = self.shown.get(shown, 0) + count
        if any(r not in self.roles for r in unit.roles):
            self._mentions = None
            for role in unit.roles:
                self.heads |= role_profile(role).heads
        self.types.update(unit.types)
        self.roles.update(unit.roles)
        if any(m not in self.mentions for m in unit.mentions):
            self.mentions.update(unit.mentions)
            self._mentions = None
        if unit.article not in self.articles:
            self.articles[unit.article] = None
            self.article_ids.append(self.ids[unit.article])
        self.claims += count
        self._view = None

    def canonical(self) -> str:
        """The name to show: the most used full personal name, else the most used name."""
        return min(self.shown.items(), key=lambda item: (-_full(item[0]), -item[1], -len(item[0]), item[0]))[
            0
        ]

    def aliases(self) -> tuple[str, ...]:
        if self._aliases is None:
            self._aliases = tuple(sorted(self.names))
        return self._aliases

    def other_mentions(self) -> tuple[str, ...]:
        if self._mentions is None:
            self._mentions = tuple(
                sorted(m for m in self.mentions if m not in self.names and m not in self.roles)
            )
        return self._mentions

    def view(self) -> CorpusSpeaker:
        if self._view is None:
            self._view = CorpusSpeaker(
                id=f"#{self.index}",
                name=self.canonical(),
                aliases=self.aliases(),
                types=tuple(self.types),
                roles=tuple(self.roles),
                articles=tuple(self.article_ids),
                evidence=tuple(self.evidence),
                claims=self.claims,
                mentions=self.other_mentions(),
            )
        return self._view


def _unit_view(unit: _Unit, ids: Sequence[str]) -> CorpusSpeaker:
    return CorpusSpeaker(
        id=f"{ids[unit.article]}:{unit.name}",
        name=unit.name,
        aliases=(unit.name,),
        types=tuple(unit.types),
        roles=tuple(unit.roles),
        articles=(ids[unit.article],),
        claims=len(unit.claims),
        mentions=tuple(m for m in unit.mentions if m != unit.name and m not in unit.roles),
    )


def _block_keys(parts: NameParts, article: int) -> list[tuple[Any, ...]]:
    if parts.kind == "person":
        return [("p", parts.family_key)]
    if parts.kind == "organization":
        return [("o", parts.org_key)]
    if parts.kind == "group":
        return [("g", parts.org_key)]
    if parts.kind == "anonymous":
        return [("a", article, parts.words)]
    # A description ("the spokesperson") meets the speakers of its article
    # whose roles share its head noun.
    return [("d", article, head) for head in sorted(role_profile(" ".join(parts.words)).heads)]


def _claim_name(claim: Claim) -> tuple[str, SpeakerType] | None:
    """The name under which a claim's speaker is merged, or None (unknown)."""
    if claim.speaker is not None and claim.speaker.name.strip():
        return " ".join(claim.speaker.name.split()), claim.speaker.type
    if claim.mention is not None:
        text = " ".join(claim.mention.text.split())
        first = fold(text.split(" ", 1)[0]) if text else ""
        if text and first not in _NOT_NAMES and text[:1].isupper():
            return text, SpeakerType.UNKNOWN
    return None


_CONTENT_WORD = regex.compile(r"[\p{L}\p{N}]{3,}")


def _mentions(claim: Claim) -> list[str]:
    """How a claim refers to its speaker besides the name: mention and aliases."""
    out = []
    if claim.mention is not None:
        out.append(" ".join(claim.mention.text.split()))
    if claim.speaker is not None:
        out.extend(" ".join(a.split()) for a in claim.speaker.aliases)
    return [m for m in out if m and not (" " not in m and fold(m) in _NOT_NAMES)]


def _content_words(text: str) -> frozenset[str]:
    out = set()
    for word in _CONTENT_WORD.findall(text.casefold()):
        if word in CONTENT_STOPWORDS:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.add(word)
    return frozenset(out)


def article_ids(results: Sequence[Result]) -> tuple[str, ...]:
    """Each result's article id, made unique: ``#3`` for none, ``x.txt#2`` for a repeat."""
    seen: dict[str, int] = {}
    out = []
    for n, result in enumerate(results):
        base = result.article.id or f"#{n}"
        seen[base] = seen.get(base, 0) + 1
        out.append(base if seen[base] == 1 else f"{base}#{seen[base]}")
    return tuple(out)


def _outlet(result: Result) -> str:
    return result.article.source or result.article.id


@frozen
class Corpus:
    """Speakers merged across articles, statement clusters and timelines.

    Build one with :meth:`from_results` (or :meth:`build`, which extracts
    first). ``claim_speakers[i][j]`` is the corpus speaker id of claim ``j``
    of ``results[i]`` (None when the claim has no usable speaker).
    """

    results: tuple[Result, ...]
    speakers: tuple[CorpusSpeaker, ...]
    claim_speakers: tuple[tuple[str | None, ...], ...]
    statements: tuple[StatementCluster, ...]
    timeline: tuple[TimelineEntry, ...]
    errors: tuple[PluginError, ...] = ()
    _by_id: Mapping[str, CorpusSpeaker] = field(
        init=False,
        eq=False,
        repr=False,
        default=Factory(lambda self: {s.id: s for s in self.speakers}, takes_self=True),
    )

    @classmethod
    def from_results(
        cls,
        results: Iterable[Result],
        *,
        pm: pluggy.PluginManager | None = None,
        strict: bool = False,
        similarity: float = 0.3,
        min_shared: int = 3,
        max_days: int = 3,
        dominance: float | None = 3.0,
    ) -> Corpus:
        """Merge the speakers of many results; cluster statements; build timelines.

        :param pm: plugin manager whose :func:`attribution_same_speaker`
            implementations decide merges (default: builtins and entry points).
        :param strict: raise :class:`~attribution.PluginFailed` when a merge
            plugin raises, instead of recording it in :attr:`errors`.
        :param similarity: least share of content words (weighted by how
            rare each word is in the corpus) that two claims of one speaker,
            in different articles, must have in common to report the same
            statement.
        :param min_shared: least number of shared content words for that.
        :param max_days: most days between the days on which the two
            statements may have been made (a claim dated only by its
            article may have been made in the week before publication).
        :param dominance: a surname-only speaker that fits several people is
            merged into the one with this many times more claims than the
            next; None never merges it.
        """
        if pm is None:
            from attribution._manager import make_plugin_manager

            pm = make_plugin_manager()
        results = tuple(results)
        builder = _Builder(results, pm, strict, dominance)
        speakers, claim_speakers = builder.speakers()
        rank = {s.id: n for n, s in enumerate(speakers)}
        ids = article_ids(results)
        statements, of_claim = _statements(
            results, ids, claim_speakers, similarity, min_shared, max_days, rank
        )
        timeline = _timeline(results, ids, claim_speakers, of_claim, rank)
        return cls(
            results=results,
            speakers=speakers,
            claim_speakers=claim_speakers,
            statements=statements,
            timeline=timeline,
            errors=tuple(builder.errors),
        )

    @classmethod
    def build(cls, articles: Iterable[Any], *, extractor: Any = None, **kwargs: Any) -> Corpus:
        """Extract every article (an :class:`~attribution.Article` or text), then merge.

        ``extractor`` defaults to a new :class:`~attribution.Extractor`
        whose plugin manager is also used for merging.
        """
        from attribution._pipeline import Extractor

        ex = extractor if extractor is not None else Extractor()
        kwargs.setdefault("pm", ex.pm)
        return cls.from_results(ex.extract_many(articles), **kwargs)

    def speaker(self, id: str) -> CorpusSpeaker:
        """The speaker with this id (KeyError if none)."""
        return self._by_id[id]

    def speaker_of(self, article: int, claim: int) -> CorpusSpeaker | None:
        """The corpus speaker of claim ``claim`` of ``results[article]``."""
        sid = self.claim_speakers[article][claim]
        return None if sid is None else self.speaker(sid)

    def timeline_of(self, speaker: str) -> tuple[TimelineEntry, ...]:
        """One speaker's timeline entries, in date order."""
        return tuple(e for e in self.timeline if e.speaker == speaker)

    def to_dict(self) -> dict[str, Any]:
        """Speakers, statement clusters, timeline and errors as JSON-ready data."""
        return {
            "articles": len(self.results),
            "claims": sum(len(r.claims) for r in self.results),
            "speakers": [s.to_dict() for s in self.speakers],
            "statements": [s.to_dict() for s in self.statements],
            "timeline": [e.to_dict() for e in self.timeline],
            "errors": [e.to_dict() for e in self.errors],
        }


class _Builder:
    """Online clustering of article speakers, comparing only within blocks."""

    def __init__(
        self,
        results: tuple[Result, ...],
        pm: pluggy.PluginManager,
        strict: bool,
        dominance: float | None,
    ) -> None:
        self.results = results
        self.ids = article_ids(results)
        self.pm = pm
        self.strict = strict
        self.dominance = dominance
        self.errors: list[PluginError] = []
        caller = getattr(pm.hook, "attribution_same_speaker", None)
        # Later registrations first, as pluggy would call them.
        self.impls = list(reversed(caller.get_hookimpls())) if caller is not None else []

    def decide(self, a: CorpusSpeaker, b: CorpusSpeaker) -> tuple[MergeDecision | None, str]:
        """Ask each merge plugin in turn; the first decision wins."""
        kwargs = {"a": a, "b": b}
        for impl in self.impls:
            try:
                decision = impl.function(*[kwargs[n] for n in impl.argnames])
            except Exception as exc:
                err = PluginError(impl.plugin_name, "attribution_same_speaker", type(exc).__name__, str(exc))
                if self.strict:
                    raise PluginFailed(err) from exc
                if err not in self.errors:
                    self.errors.append(err)
                continue
            if decision is not None:
                if not isinstance(decision, MergeDecision):
                    err = PluginError(
                        impl.plugin_name,
                        "attribution_same_speaker",
                        "InvalidDecision",
                        f"returned {type(decision).__name__}, not MergeDecision",
                    )
                    if self.strict:
                        raise PluginFailed(err)
                    if err not in self.errors:
                        self.errors.append(err)
                    continue
                return decision, impl.plugin_name
        return None, ""

    def units(self) -> tuple[list[_Unit], list[list[_Unit | None]]]:
        units: list[_Unit] = []
        of_claim: list[list[_Unit | None]] = []
        for i, result in enumerate(self.results):
            local: dict[str, _Unit] = {}
            row: list[_Unit | None] = []
            for j, claim in enumerate(result.claims):
                named = _claim_name(claim)
                if named is None:
                    row.append(None)
                    continue
                name, kind = named
                key = fold(name)
                unit = local.get(key)
                if unit is None:
                    unit = local[key] = _Unit(i, name, kind)
                    units.append(unit)
                unit.claims.append(j)
                unit.types[kind] = None
                if claim.speaker is not None and claim.speaker.role:
                    unit.roles[" ".join(claim.speaker.role.split())] = None
                for other in _mentions(claim):
                    unit.mentions[other] = None
                row.append(unit)
            of_claim.append(row)
        return units, of_claim

    def speakers(self) -> tuple[tuple[CorpusSpeaker, ...], tuple[tuple[str | None, ...], ...]]:
        units, of_claim = self.units()
        ids = self.ids
        clusters: list[_Cluster] = []
        blocks: dict[tuple[Any, ...], list[_Cluster]] = defaultdict(list)
        cluster_of: dict[int, _Cluster] = {}
        order = sorted(
            range(len(units)), key=lambda k: (units[k].rank(), units[k].article, units[k].claims[0])
        )
        for k in order:
            unit = units[k]
            keys = _block_keys(unit.parts, unit.article)
            seen: dict[int, _Cluster] = {}
            for key in keys:
                for c in blocks.get(key, ()):
                    seen.setdefault(c.index, c)
            best = self.choose(unit, list(seen.values()))
            if best is None:
                cluster = _Cluster(len(clusters), ids)
                clusters.append(cluster)
            else:
                cluster, ev = best
                cluster.evidence.append(ev)
            new_article = unit.article not in cluster.articles
            old_heads = set(cluster.heads)
            cluster.add(unit)
            cluster_of[id(unit)] = cluster
            role_keys = [("d", unit.article, h) for h in cluster.heads] if new_article else []
            role_keys += [("d", a, h) for h in cluster.heads - old_heads for a in cluster.articles]
            for key in (*keys, *role_keys):
                bucket = blocks[key]
                if cluster not in bucket:
                    bucket.append(cluster)

        # Stable ids: most claims first, then name.
        ranked = sorted(clusters, key=lambda c: (-c.claims, c.canonical()))
        used: dict[str, int] = {}
        final: dict[int, CorpusSpeaker] = {}
        out: list[CorpusSpeaker] = []
        for c in ranked:
            view = c.view()
            base = slug(view.name)
            used[base] = used.get(base, 0) + 1
            sid = base if used[base] == 1 else f"{base}_{used[base]}"
            evidence = tuple(
                MergeEvidence(sid, e.name, e.article, e.rule, e.evidence, e.score) for e in c.evidence
            )
            speaker = CorpusSpeaker(
                id=sid,
                name=view.name,
                aliases=view.aliases,
                types=view.types,
                roles=view.roles,
                articles=tuple(ids[a] for a in sorted(c.articles)),
                evidence=evidence,
                claims=c.claims,
                mentions=view.mentions,
            )
            final[c.index] = speaker
            out.append(speaker)
        claim_speakers = tuple(
            tuple(None if u is None else final[cluster_of[id(u)].index].id for u in row) for row in of_claim
        )
        return tuple(out), claim_speakers

    def choose(self, unit: _Unit, candidates: list[_Cluster]) -> tuple[_Cluster, MergeEvidence] | None:
        if not candidates:
            return None
        ids = self.ids
        b = _unit_view(unit, ids)
        scored: list[tuple[float, _Cluster, MergeDecision, str]] = []
        for cluster in candidates:
            decision, rule = self.decide(cluster.view(), b)
            if decision is not None and decision.same:
                scored.append((decision.score, cluster, decision, rule))
        if not scored:
            return None
        scored.sort(key=lambda s: (-s[0], -s[1].claims, s[1].index))
        score, cluster, decision, rule = scored[0]
        evidence = decision.evidence
        if len(scored) > 1 and scored[1][0] >= score:
            # Two people fit equally well ("Trump": Donald or Ivanka?).
            runner = scored[1][1]
            surname_only = unit.parts.kind == "person" and not unit.parts.has_given
            if not surname_only or self.dominance is None or cluster.claims < self.dominance * runner.claims:
                return None
            evidence = (
                *evidence,
                f"most frequent of {len(scored)} candidates ({cluster.claims} vs {runner.claims} claims)",
            )
        return cluster, MergeEvidence("", unit.name, ids[unit.article], rule, evidence, score)


# ---------------------------------------------------------------------------
# Statements and timeline


def _claim_date(result: Result, claim: Claim) -> tuple[_dt.date | None, str]:
    if claim.date is not None and claim.date.value is not None:
        return claim.date.value, "statement"
    if result.article.published is not None:
        return result.article.published, "published"
    return None, "none"


#: How long before publication a statement dated only by its article may
#: have been made.
LOOKBACK = _dt.timedelta(days=7)


def _date_span(result: Result, claim: Claim) -> tuple[_dt.date, _dt.date] | None:
    """The days on which the statement may have been made.

    Its own date when known; else the week up to the article's publication
    (a statement is reported after it is made); else unknown.
    """
    if claim.date is not None and claim.date.value is not None:
        return claim.date.value, claim.date.value
    published = result.article.published
    if published is not None:
        return published - LOOKBACK, published
    return None


def _statements(
    results: tuple[Result, ...],
    ids: tuple[str, ...],
    claim_speakers: tuple[tuple[str | None, ...], ...],
    similarity: float,
    min_shared: int,
    max_days: int,
    rank: Mapping[str, int],
) -> tuple[tuple[StatementCluster, ...], dict[tuple[int, int], str]]:
    """Group each speaker's claims from different articles that report one statement."""
    by_speaker: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, row in enumerate(claim_speakers):
        for j, sid in enumerate(row):
            if sid is not None:
                by_speaker[sid].append((i, j))
    clusters: list[StatementCluster] = []
    of_claim: dict[tuple[int, int], str] = {}
    words_of = {
        ref: _content_words(results[ref[0]].claims[ref[1]].text)
        for refs in by_speaker.values()
        for ref in refs
    }
    # Words every report of the story uses (the countries, "drones") say
    # little about which statement it is: weight words by rarity.
    df: dict[str, int] = defaultdict(int)
    for ws in words_of.values():
        for w in ws:
            df[w] += 1
    total = len(words_of) + 1
    idf = {w: math.log(total / n) + 0.1 for w, n in df.items()}
    for sid in sorted(by_speaker, key=lambda k: rank.get(k, 0)):
        refs = by_speaker[sid]
        words = [words_of[ref] for ref in refs]
        weights = [sum(idf[w] for w in ws) for ws in words]
        dates = [_claim_date(results[i], results[i].claims[j])[0] for i, j in refs]
        spans = [_date_span(results[i], results[i].claims[j]) for i, j in refs]
        unions = _Unions(len(refs))
        postings: dict[str, list[int]] = defaultdict(list)
        for n, ws in enumerate(words):
            shared: dict[int, int] = defaultdict(int)
            for w in ws:
                posting = postings[w]
                # A word this speaker uses everywhere does not find repeats.
                if len(posting) <= 200:
                    for m in posting:
                        shared[m] += 1
                posting.append(n)
            for m, count in shared.items():
                # Two claims of one article are two statements, or one
                # statement told twice by the writer, not two reports of it.
                if count < min_shared or refs[m][0] == refs[n][0]:
                    continue
                common = sum(idf[w] for w in words[n] & words[m])
                if common < similarity * min(weights[n], weights[m]):
                    continue
                sn, sm = spans[n], spans[m]
                if sn is not None and sm is not None and max(sm[0] - sn[1], sn[0] - sm[1]).days > max_days:
                    continue
                unions.union(n, m)
        groups: dict[int, list[int]] = defaultdict(list)
        for n in range(len(refs)):
            groups[unions.find(n)].append(n)
        number = 0
        for members in groups.values():
            if len(members) < 2:
                continue
            number += 1
            cid = f"{sid}#{number}"
            crefs = tuple(
                ClaimRef(refs[n][0], refs[n][1], ids[refs[n][0]], _outlet(results[refs[n][0]]))
                for n in members
            )
            known = [d for d in (dates[n] for n in members) if d is not None]
            text = max((results[i].claims[j].text for i, j in (refs[n] for n in members)), key=len)
            clusters.append(
                StatementCluster(
                    id=cid,
                    speaker=sid,
                    claims=crefs,
                    outlets=tuple(dict.fromkeys(r.outlet for r in crefs)),
                    text=text,
                    first=min(known) if known else None,
                    last=max(known) if known else None,
                )
            )
            for n in members:
                of_claim[refs[n]] = cid
    return tuple(clusters), of_claim


def _timeline(
    results: tuple[Result, ...],
    ids: tuple[str, ...],
    claim_speakers: tuple[tuple[str | None, ...], ...],
    of_claim: dict[tuple[int, int], str],
    rank: Mapping[str, int],
) -> tuple[TimelineEntry, ...]:
    """Entries grouped by speaker (in corpus order), then by date; undated last."""
    entries = []
    for i, row in enumerate(claim_speakers):
        result = results[i]
        for j, sid in enumerate(row):
            if sid is None:
                continue
            claim = result.claims[j]
            date, basis = _claim_date(result, claim)
            entries.append(
                TimelineEntry(
                    speaker=sid,
                    date=date,
                    date_basis=basis,
                    stance=claim.stance,
                    claim=ClaimRef(i, j, ids[i], _outlet(result)),
                    text=claim.text,
                    statement=of_claim.get((i, j)),
                )
            )
    far = _dt.date.max
    entries.sort(key=lambda e: (rank[e.speaker], e.date or far, e.claim.article, e.claim.claim))
    return tuple(entries)

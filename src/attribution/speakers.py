"""The rules of the builtin plugin ``speakers``: resolve a claim's mention to an entity.

Within one article, without a neural model:

* names: the canonical name is the fullest form the article gives
  ("Kirby" -> "John Kirby"); titles before a name ("Kremlin spokesman
  Dmitry Peskov") and appositions ("Vedant Patel, the deputy spokesperson
  of the State Department") become the role;
* pronouns (he, she, I) go to the most recent person in subject position:
  the previous claim's speaker or a person who opens a later sentence;
* descriptions ("This White House official", "the ambassador", "The
  American national security advisor", "the mission") go to the most recent
  entity whose role or name shares the description's head noun and most of
  its words; generic heads ("official") take the most recent person;
* organizations, documents, media and anonymous sources are speakers of
  their own type.
"""

from __future__ import annotations

import bisect
import functools
from array import array
from collections.abc import Sequence

import attrs
import regex
from attrs import frozen

from attribution import Article, Claim, Kind, Speaker, SpeakerType
from attribution.grammar import classify_mention, head_word, mention_before, name_of, tokens
from attribution.lexicon import HONORIFICS, PRONOUNS, ROLE_NOUNS, SHORT_NAMES, TITLE_WORDS

_NAME_CHAIN = regex.compile(
    r"""
    (?<![\p{L}\p{N}’'-])
    (?P<chain>\p{Lu}[\p{L}\p{M}’'-]+(?:[ \t\u00a0]+(?:\p{Lu}\.[ \t\u00a0]+)?\p{Lu}[\p{L}\p{M}’'-]+){1,3})  # not across lines
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE,
)
_APPOSITION_AFTER = regex.compile(
    r"\s*,\s*(?P<role>(?:the|a|an)\s+[^,.;:“”\"\n]{3,140}?)\s*(?:,|\.|;|$)", regex.IGNORECASE
)
_APPOSITION_BEFORE = regex.compile(
    r"(?P<role>(?:the|a|an)\s+[^,.;:“”\"\n]{3,140}?)\s*,\s*$", regex.IGNORECASE
)
_LEADING_ARTICLE = regex.compile(r"^(?:the|a|an)\s+", regex.I)

_SYNONYMS = {
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "spokespeople": "spokesman",
    "spokesmen": "spokesman",
    "advisor": "adviser",
    "advisers": "adviser",
    "advisors": "adviser",
    "officials": "official",
    "ambassadors": "ambassador",
    "ministers": "minister",
    "american": "us",
    "u.s.": "us",
    "united": "us",
    "states": "us",
    "iranian": "iran",
    "russian": "russia",
    "british": "uk",
    "britain": "uk",
}
_NOT_NAME_START = frozenset(
    ["despite", "although", "though", "while", "when", "after", "before", "during", "since", "until", "unless", "because", "if", "as", "however", "meanwhile", "according", "asked", "speaking", "dear", "mr", "mrs", "ms", "dr", "then", "now", "so", "but", "and", "also", "still", "yet", "instead", "later", "earlier", "today", "yesterday", "here", "there", "thus", "indeed", "perhaps", "maybe", "even", "only", "just", "finally", "asks", "says", "said",
     # prepositions opening a sentence: "For Sanders, …", "In Trump's view"
     "for", "in", "on", "at", "to", "from", "with", "by", "of", "under", "without", "against", "like", "unlike", "among", "about"]
)
_PLURAL_HEADS = frozenset(
    ["officials", "sources", "experts", "analysts", "diplomats", "aides", "lawmakers", "officers", "members", "residents", "witnesses", "people"]
)
_GENERIC_HEADS = frozenset(["official", "officials", "source", "sources", "aide", "diplomat", "person"])
_FUNCTION = frozenset(["the", "a", "an", "this", "that", "these", "those", "of", "for", "to", "and", "in", "on", "at", "his", "her", "its", "their", "our"])
_NON_PERSON_NAME = frozenset(
    ["house", "department", "ministry", "council", "nations", "states", "union", "court", "party", "agency", "office", "commission", "committee", "government", "administration", "news", "times", "post", "journal", "street", "republic", "federation", "kingdom", "forces", "army", "navy", "force", "command", "center", "centre", "university", "institute", "foundation", "bank", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "middle", "east", "west", "north", "south"]
)


def _key(word: str) -> str:
    w = word.lower().strip(".,")
    for suffix in ("’s", "'s"):
        w = w.removesuffix(suffix)
    return _SYNONYMS.get(w, w)


@functools.lru_cache(maxsize=8192)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(_key(t.text) for t in tokens(text, 0, len(text)) if t.text[:1].isalnum() and _key(t.text) not in _FUNCTION)


@frozen
class Entity:
    """A person named in the article."""

    name: str
    first: int
    roles: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    count: int = 1

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()


@frozen
class EntityTable:
    """People named in an article, indexed by surname, with subject positions."""

    by_surname: dict[str, tuple[Entity, ...]]
    #: Offsets of person names that open a sentence or clause, in order, and
    #: their surnames: two parallel sequences, not an (offset, surname) pair
    #: each (a tuple, an int and a string a name, some 0.6x the article size
    #: alive while its claims' speakers are resolved)
    subject_starts: Sequence[int]
    subject_surnames: tuple[str, ...]

    def person(self, name: str) -> Entity | None:
        parts = name.split()
        cands = self.by_surname.get(parts[-1].lower(), ())
        if not cands:
            return None
        if len(parts) > 1:
            given = parts[0].lower().rstrip(".")
            fitting = [e for e in cands if e.name.split()[0].lower().startswith(given[:1])]
            if fitting:
                cands = tuple(fitting)
        return max(cands, key=_canonical_rank)


def _canonical_rank(e: Entity) -> tuple[int, int, int]:
    """Prefer the form written most often, then two or three words, then the first seen.

    Frequency keeps headline debris ("Trust Donald Trump") from becoming
    the canonical name of "Donald Trump".
    """
    n = len(e.name.split())
    return (e.count, 1 if 2 <= n <= 3 else 0, -e.first)


def _is_person_name(name: str) -> bool:
    parts = name.split()
    if len(parts) < 2 or len(parts) > 4:
        return False
    return not any(_key(p) in _NON_PERSON_NAME or (p.isupper() and len(p) > 1) for p in parts)


_SENTENCE_START = regex.compile(r"[.!?”\"\n:][^.!?”\"\n:]*$")
_TITLE_TAIL = regex.compile(
    r"(?:(?:\p{Lu}[\p{L}’'.-]*|(?:the|of|for|to|and|on)|[\p{Ll}-]+)\s+)*$"
)


_BREAKS = (".", "!", "?", "”", '"', "\n", ":")


def _sentence_start(window: str) -> int:
    """Where ``_SENTENCE_START.search(window)`` starts, or -1: the last break character.

    By string searches, a third of the regex search's cost: that search
    tries every break character of the window in turn. Its ``$`` also
    matches before a final newline, so a window ending in one gives the last
    break before that newline, or the newline itself when there is none.
    """
    body = window[:-1] if window[-1:] == "\n" else window
    at = max(map(body.rfind, _BREAKS))
    if at < 0 and len(body) < len(window):
        at = len(window) - 1
    return at


def _subject_position(text: str, start: int) -> bool:
    """True when a name at ``start`` opens its sentence, perhaps after one adverbial.

    "Kanaani said", "UK Foreign Secretary James Cleverly said", "In his
    briefing, foreign ministry spokesman Naser Kanaani was asked" count;
    "on the eve of US President Joe Biden’s visit" does not.
    """
    window = text[max(0, start - 200) : start]
    at = _sentence_start(window)
    prefix = window[at + 1 :] if at >= 0 else window
    prefix = prefix.lstrip(" •·-")
    # drop title words directly before the name ("foreign ministry spokesman")
    words = prefix.split()
    while words and (
        words[-1][:1].isupper() or _key(words[-1]) in ROLE_NOUNS or words[-1].lower() in TITLE_WORDS
        or words[-1].lower() in ("the", "of", "for", "to", "and")
    ):
        if words[-1].endswith(","):
            break
        words.pop()
    rest = " ".join(words)
    if not rest:
        return True
    # one leading adverbial closed by a comma: "In his weekly press conference,"
    return rest.endswith(",") and rest.count(",") == 1


# every claim of an article asks for its table; a few entries are enough, and
# more would keep that many articles (text and table) alive after extraction
@functools.lru_cache(maxsize=4)
def entity_table(article: Article) -> EntityTable:
    """Collect the people an article names, with titles and appositions."""
    text = article.text
    found: dict[str, Entity] = {}
    counts: dict[str, int] = {}
    subject_starts = array("i" if len(text) < 2**31 else "q")
    subject_surnames: list[str] = []
    surnames: dict[str, str] = {}  # one string per surname, however often it opens a clause
    names_of_chains: dict[str, str | None] = {}
    for m in _NAME_CHAIN.finditer(text):
        chain = m.group("chain")
        if chain in names_of_chains:
            name = names_of_chains[chain]
        else:
            # a little context, so that "Envoy for Iran Robert Malley" splits at "for"
            context = text[max(0, m.start("chain") - 40) : m.end("chain")]
            name, _ = name_of(context)
            if name is not None and name not in chain:
                name, _ = name_of(chain)
            if name is not None and (name.split()[0].lower() in _NOT_NAME_START or name.split()[0].isupper()):
                # "Despite Santilli", "PORTLAND Ore": a sentence opener or a dateline, not a given name
                name = " ".join(name.split()[1:]) or None
            if name is not None and not _is_person_name(name):
                name = None
            names_of_chains[chain] = name
        if name is None:
            continue
        start = m.start("chain") + chain.rfind(name)
        surname = name.split()[-1].lower()
        is_subject = _subject_position(text, start)
        if is_subject:
            subject_starts.append(start)
            subject_surnames.append(surnames.setdefault(surname, surname))
        counts[name] = counts.get(name, 0) + 1
        if name in found:
            continue
        roles: list[str] = []
        title_m = mention_before(text, max(0, start - 120), start + len(name))
        if title_m is not None:
            _, title = name_of(title_m.span.text)
            if title and any(_key(w) in ROLE_NOUNS or w.lower() in TITLE_WORDS or w[:1].isupper() for w in title.split()):
                roles.append(title)
        after = _APPOSITION_AFTER.match(text, start + len(name), min(len(text), start + len(name) + 200))
        if after and any(_key(w) in ROLE_NOUNS for w in after.group("role").split()):
            roles.append(_LEADING_ARTICLE.sub("", after.group("role")))
        # the pattern ends in ",\s*$": without a comma right before the name
        # (str.isspace covers every \s of the pattern) no search is needed;
        # one name in twenty has one, and each search costs 160 lazy attempts
        lead = max(0, start - 160)
        pre = _APPOSITION_BEFORE.search(text, lead, start) if text[lead:start].rstrip().endswith(",") else None
        if pre and any(_key(w) in ROLE_NOUNS for w in pre.group("role").split()):
            roles.append(_LEADING_ARTICLE.sub("", pre.group("role")))
        found[name] = Entity(name=name, first=start, roles=tuple(roles), forms=(name,))
    by_surname: dict[str, list[Entity]] = {}
    for e in found.values():
        by_surname.setdefault(e.surname, []).append(attrs.evolve(e, count=counts[e.name]))
    # Single names ("Kirby") written alone later count as forms of the fullest name.
    return EntityTable(
        by_surname={k: tuple(v) for k, v in by_surname.items()},
        subject_starts=subject_starts,
        subject_surnames=tuple(subject_surnames),
    )


def _strip_det(text: str) -> str:
    parts = text.split()
    while parts and (parts[0].lower() in ("the", "a", "an", "this", "that", "these", "those") or parts[0] in HONORIFICS):
        parts.pop(0)
    return " ".join(parts)


# Speakers already built for the current article's table, per (entity, extra
# role): the claims of one person share one Speaker instead of each holding an
# equal copy. A new table (the next article) starts a new dict; the pair is
# replaced whole, so a reader never mixes two articles' entries.
_speakers_of: tuple[EntityTable | None, dict[tuple[Entity, str | None], Speaker]] = (None, {})


def _person_speaker(table: EntityTable, entity: Entity, extra_role: str | None = None) -> Speaker:
    global _speakers_of
    owner, built = _speakers_of
    if owner is not table:
        built = {}
        _speakers_of = (table, built)
    key = (entity, extra_role)
    speaker = built.get(key)
    if speaker is None:
        speaker = built[key] = _build_person_speaker(entity, extra_role)
    return speaker


def _build_person_speaker(entity: Entity, extra_role: str | None) -> Speaker:
    roles = entity.roles or ((extra_role,) if extra_role else ())
    surname = entity.name.split()[-1]
    aliases = tuple(dict.fromkeys(a for a in (*entity.forms, surname, *roles) if a and a != entity.name))
    return Speaker(name=entity.name, type=SpeakerType.PERSON, role=roles[0] if roles else None, aliases=aliases)


def _recent_person(
    article: Article, table: EntityTable, claims: Sequence[Claim], index: int, pos: int
) -> Speaker | None:
    """The most recent person in subject position before ``pos``."""
    prev: Claim | None = None
    for c in reversed(claims[max(0, index - 60) : index]):
        if c.speaker is not None and c.speaker.type is SpeakerType.PERSON and c.start < pos:
            prev = c
            break
    prev_pos = -1
    if prev is not None:
        prev_pos = prev.mention.start if prev.mention is not None and prev.mention.start < pos else prev.start
    starts = table.subject_starts
    k = bisect.bisect_left(starts, pos) - 1
    # skip names inside the previous claim's content (they are not speakers)
    while k >= 0 and prev is not None and any(s.start <= starts[k] < s.end for s in prev.content):
        k -= 1
    if k >= 0 and starts[k] > prev_pos:
        surname = table.subject_surnames[k]
        cands = table.by_surname.get(surname, ())
        if cands:
            entity = max(cands, key=_canonical_rank)
            return _person_speaker(table, entity)
    return prev.speaker if prev is not None else None


def _match_description(
    desc: str, table: EntityTable, claims: Sequence[Claim], index: int, pos: int
) -> Speaker | None:
    """An earlier speaker or entity whose role or name fits a description."""
    words = _content_words(desc)
    if not words:
        return None
    head = _key(head_word(desc))
    if head_word(desc) in _PLURAL_HEADS:
        return None
    best: tuple[float, int, Speaker] | None = None
    # earlier speakers first: they are the likeliest antecedents
    seen: set[str] = set()
    # the last few dozen claims are where antecedents are; older ones would
    # make long articles quadratic
    for n, c in enumerate(reversed(claims[max(0, index - 40) : index])):
        sp = c.speaker
        if sp is None or sp.name in seen:
            continue
        seen.add(sp.name)
        described = " ".join((sp.name, sp.role or "", *sp.aliases))
        have = _content_words(described)
        if head not in have and head not in _GENERIC_HEADS:
            continue
        if head in _GENERIC_HEADS and sp.type is not SpeakerType.PERSON:
            continue
        score = len(words & have) / len(words) - 0.01 * n
        if best is None or score > best[0]:
            best = (score, n, sp)
    for ents in table.by_surname.values():
        for e in ents:
            if e.first >= pos:
                continue
            have = _content_words(" ".join((*e.roles, e.name)))
            if head not in have:
                continue
            score = len(words & have) / len(words) - 0.0001 * (pos - e.first) / 100
            if best is None or score > best[0] + 0.2:
                best = (score, 0, _person_speaker(table, e))
    if best is None:
        return None
    if head in _GENERIC_HEADS and best[0] <= 0 and best[1] > 2:
        return None
    return best[2]


def _same_turn(article: Article, claim: Claim, claims: Sequence[Claim], index: int) -> Speaker | None:
    """A quotation with no attribution of its own, right after another claim in its paragraph.

    ``Obama "felt an obligation," Axelrod said. "This is not cosmetic."``:
    the second quote is still Axelrod's.
    """
    if claim.kind is not Kind.DIRECT or index == 0:
        return None
    prev = claims[index - 1]
    if prev.speaker is None or prev.end > claim.start:
        return None
    between = article.text[prev.end : claim.start]
    if "\n" in between or len(between) > 400:
        return None
    return prev.speaker


def resolve(article: Article, claim: Claim, claims: Sequence[Claim], index: int) -> Speaker | None:
    """The builtin resolution rule as a pure function."""
    mention = claim.mention
    if mention is None:
        return _same_turn(article, claim, claims, index)
    text = mention.text.strip()
    table = entity_table(article)
    low = text.lower()
    if low in ("who", "which"):
        # the relative pronoun stands for the noun phrase before ", who"
        head = article.text[max(0, mention.start - 200) : mention.start].rstrip(" ,")
        lo = max(0, mention.start - 200)
        antecedent = mention_before(article.text, lo, lo + len(head))
        if antecedent is None or antecedent.kind == "relative":
            return None
        return resolve(article, attrs.evolve(claim, mention=antecedent.span), claims, index)
    if low in PRONOUNS:
        if PRONOUNS[low] in ("male", "female", "first"):
            return _recent_person(article, table, claims, index, mention.start)
        if low in ("they", "we"):
            for c in reversed(claims[max(0, index - 60) : index]):
                if c.speaker is not None and c.speaker.type is not SpeakerType.PERSON:
                    return c.speaker
        return None
    # a mention reused from an earlier claim (a continued turn)
    for c in reversed(claims[max(0, index - 60) : index]):
        if c.mention == mention and c.speaker is not None:
            return c.speaker
    if text in SHORT_NAMES:
        return Speaker(name=SHORT_NAMES[text], type=SpeakerType.ORGANIZATION, aliases=(text,))
    name, title = name_of(text)
    if title is not None and title.islower() and not any(_key(w) in ROLE_NOUNS or w in TITLE_WORDS for w in title.split()):
        title = None  # "an angry Hollande": an adjective, not a title
    stype = classify_mention(text)
    if name is not None and stype in (SpeakerType.PERSON, SpeakerType.UNKNOWN):
        entity = table.person(name)
        if entity is not None:
            return _person_speaker(table, entity, title)
        if _is_person_name(name):
            return Speaker(name=name, type=SpeakerType.PERSON, role=title, aliases=())
        if " " not in name and title is None:
            # a single word: a surname of someone named in an earlier claim?
            for c in reversed(claims[max(0, index - 60) : index]):
                if c.speaker and c.speaker.name and c.speaker.name.split()[-1].lower() == name.lower():
                    return c.speaker
            # ("A" of an interview's "A:" strips to nothing: keep the label)
            return Speaker(name=_strip_det(text) or text, type=SpeakerType.ORGANIZATION)
    if stype in (SpeakerType.ORGANIZATION, SpeakerType.DOCUMENT, SpeakerType.MEDIA, SpeakerType.ANONYMOUS):
        if stype is SpeakerType.ORGANIZATION and text.split()[0].lower() in ("the", "this", "that"):
            found = _match_description(text, table, claims, index, mention.start)
            if found is not None and found.type is SpeakerType.ORGANIZATION:
                return found
        return Speaker(name=_strip_det(text) or text, type=stype)
    found = _match_description(text, table, claims, index, mention.start)
    if found is not None:
        return found
    stripped = _strip_det(text)
    if not stripped:
        return None
    return Speaker(name=stripped, type=stype if stype is not SpeakerType.UNKNOWN else SpeakerType.PERSON, role=stripped)



"""The rules of the builtin plugin ``quotes``: direct quotations and who they are attributed to.

Patterns handled around a quotation:

* trailing: ``“…,” Kirby said.`` / ``“…,” said Russian Ambassador … Nebenzia.``
* leading: ``Kirby said: “…”`` / ``Kirby told reporters that “…”``
* split: ``“A,” he said, “B.”`` is one claim with two content spans;
* continuation: a quote opening a paragraph right after an attributed
  quote continues that speaker's turn;
* multi-paragraph quotes (opening mark repeated, no closing mark).

Quotes embedded in a clause (``Biden’s “preferred option” for Iran``) are
left to the ``reported`` plugin, which reports the whole clause as mixed.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs
import regex

from attribution import Article, Claim, Cue, Kind, Segment, Span, Stance
from attribution.grammar import (
    CuePattern,
    Mention,
    Quote,
    after_document,
    catenative_start,
    cue_at,
    cue_lemma,
    cue_scanner,
    find_according,
    find_addressee,
    find_venue,
    follows_determiner,
    is_media,
    is_verb_cue,
    mention_after,
    mention_before,
    object_speaks,
    participial_subject,
    past_form,
    quote_table,
    sentence_subject,
)
from attribution.lexicon import INVERTING_VERBS, ROLE_NOUNS, Lexicon

# A full stop that ends a sentence: not the dot of "Mr." or of an initial.
_SENTENCE_BREAK = regex.compile(
    r"(?<!\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|Hon|Sr|Jr|St|\p{Lu}))[.!?](?:\s|$)"
)
_GAP_LEADING = regex.compile(
    r"""
    ^(?:[^.!?“”"«»\n]{0,160}?)      # addressee, date, venue ...
    (?:\s*[:,]|\s+that|\s*[:,]?\s*\p{Pd})?\s*$
    """,
    regex.VERBOSE,
)
_MERGE_TURNS = True  # PolNeAR train: one claim per turn scores better than one per quote
_JOIN_GAP = regex.compile(r"\s*,?\s*(?:and|but)?\s*")

_CLAUSE_OPENERS = frozenset(
    ["that", "and", "but", "although", "though", "because", "while", "whereas", "so", "if", "yet", "or", "however", "then"]
)
_WORD_BEFORE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'-]*\s*$")
# After “…,” a verb the lexicon does not know still attributes the quote
# ("he surmised", "Hannity pressed", "it reads"): a past or present tense
# form followed by the end of the clause or an adverbial.
_ANY_VERB = regex.compile(
    r"""(?P<verb>\p{Ll}{2,}(?:ed|es|s))
        (?=\s*[.,;:!?]|\s+(?:in|on|at|to|during|after|before|from|with|of|about|as|while|when|later|earlier|again
            |back|then|yesterday|today|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
      | (?P<verb>\p{Ll}{2,}ed)(?=\s+and\s)   # “Go back to Univision,” Trump barked and …""",
    regex.VERBOSE,
)
_INVERTED_VERB = regex.compile(r"\G[\s\u00a0]*(?P<verb>\p{Ll}{2,}ed)(?=\s+(?:\p{Lu}|the\s|a\s|an\s))")
_WORD = regex.compile(r"\p{L}+")
_BARE_ATTRIBUTION = regex.compile(r"\s*(?:(?:on|in|at|during)\s+[^.!?“”\"]{1,40})?[.!?](?:\s|$)")
_CLAUSE_GOES_ON = regex.compile(
    r"""[ \u00a0]+(?!(?:he|she|they|it|we|I|said|says|added|told|in|on|at|to|for|with|after|before|during|as|when|while
        |such|and|but|or|because|since|from|by|about|over|under|against|without|via|according|adding|saying)\b)\p{Ll}+\s+\p{Ll}""",
    regex.VERBOSE,
)
_CAPITALS_GAP = regex.compile(r"[\s,\u00a0]*(?P<caps>\p{Lu}[\p{L}.&-]*(?:\s+[\p{L}][\p{L}.&-]*){0,4})\s+")
# a few words without punctuation before a name (see _title_gap)
_PREMODIFIER_GAP = regex.compile(r"[\s,\u00a0]*(?P<caps>[\p{L}][\p{L}.’'-]*(?:\s+[\p{L}][\p{L}.’'-]*){0,7})\s+")


def _title_gap(gap: str, mention: str) -> regex.Match[str] | None:
    """The words between a quote and a trailing subject that premodify it.

    "former George W. Bush speechwriter" (capitals or title modifiers, then a
    role noun); "the paper's (editorial board)" (a determiner and a
    possessive); "former State policy planning (director X)" (any words
    before a subject that opens with a role noun).
    """
    m = _PREMODIFIER_GAP.fullmatch(gap)
    if m is None:
        return None
    words = m.group("caps").split()
    head = words[-1]
    if (
        len(words) >= 2
        and all(w[:1].isupper() or w.lower() in _TITLE_MODIFIERS for w in words[:-1])
        and (head[:1].isupper() or head.lower() in ROLE_NOUNS or head.lower().endswith(_AGENT_SUFFIXES))
    ):
        return m
    if len(words) > 5 or any(w.lower() in _NOT_PREMODIFIERS for w in words):
        return None
    if words[0].lower() in _GAP_DETERMINERS and head.endswith(("’s", "'s")):
        return m
    if mention.split()[0].lower() in ROLE_NOUNS and (words[0][:1].isupper() or words[0].lower() in _TITLE_MODIFIERS):
        return m
    return None


_GAP_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "my"])
_NOT_PREMODIFIERS = frozenset(["and", "but", "then", "when", "while", "as", "who", "which", "that", "in", "on", "at", "to", "for", "with", "from", "by", "said", "says", "is", "was"])


# "former George W. Bush speechwriter": modifiers of a title, and the endings of role nouns
_TITLE_MODIFIERS = frozenset(["former", "then", "longtime", "veteran", "acting", "deputy", "senior", "top", "chief", "retired"])
_AGENT_SUFFIXES = ("writer", "er", "or", "ist", "man", "woman", "person")


_ACCORDING_AFTER = regex.compile(r"[\s,\u00a0]*(?P<cue>(?i:according\s+to))\s")
_NOT_VERBS = frozenset(["was", "has", "is", "does", "goes", "needed", "wanted", "used", "this", "his", "hers", "its", "yes", "us", "as", "plus", "thus", "always", "perhaps", "less", "unless", "across", "towards", "news"])
# “…,” Sanders's campaign manager, Jeff Weaver, said: an apposition before the name
_RELATIVE_AFTER = regex.compile(r"[\s,\u00a0]*(?:\d+,\s*)?(?:[^,;“”\"\n]{1,80},\s*)?(?:who|whose)\s")
# (a dot of "Rep." is allowed: callers rule out sentence breaks with _SENTENCE_BREAK)
_APPOSITION_GAP = regex.compile(r"[\s,—–\u00a0-]*[^!?“”\"«»;:]{1,120},[\s\u00a0]*")


class _SentencesOf:
    """The sentences of a segment, kept for the two segments last asked for.

    A segment makes its sentences' spans anew on each read; a paragraph's
    quotes (and the next paragraph's, which look back at it) would make
    them once per quote, quadratic in a long paragraph.
    """

    __slots__ = ("_before", "_last")

    def __init__(self) -> None:
        self._last: tuple[Segment | None, tuple[Span, ...]] = (None, ())
        self._before: tuple[Segment | None, tuple[Span, ...]] = (None, ())

    def __call__(self, seg: Segment) -> tuple[Span, ...]:
        if self._last[0] is seg:
            return self._last[1]
        if self._before[0] is seg:
            self._last, self._before = self._before, self._last
            return self._last[1]
        self._before, self._last = self._last, (seg, seg.sentences)
        return self._last[1]


def _sentence_start(segment: Segment, sentences: tuple[Span, ...], pos: int) -> int:
    # bisect on the sentences themselves: building a list of starts for every
    # quote made long paragraphs quadratic
    i = bisect.bisect_right(sentences, pos, key=lambda s: s.start) - 1
    return sentences[i].start if i >= 0 else segment.span.start


class _SegmentCursor:
    """The segment holding an offset, for offsets asked for in text order.

    A walk on from the last answer, not a bisect over the segments' starts:
    a list (or array) of them was alive at the peak of memory use.
    """

    __slots__ = ("_i", "_segments")

    def __init__(self, segments: Sequence[Segment]) -> None:
        self._segments = segments
        self._i = 0

    def at(self, pos: int) -> Segment | None:
        """The segment whose span holds ``pos`` (its end included), or None."""
        segments = self._segments
        if not segments:
            return None
        i, last = self._i, len(segments) - 1
        # the last segment starting at or before pos, as a bisect would find it
        while i < last and segments[i + 1].span.start <= pos:
            i += 1
        while i > 0 and segments[i].span.start > pos:
            i -= 1
        self._i = i
        seg = segments[i]
        return seg if seg.span.start <= pos <= seg.span.end else None


def _embedded(text: str, quote: Quote, seg: Segment, lexicon: Lexicon) -> bool:
    """True for a quote inside a clause ("Biden’s “preferred option” for Iran")."""
    m = _WORD_BEFORE.search(text, max(seg.span.start, quote.open - 40), quote.open)
    if m is None:
        return False
    word = m.group().strip().lower()
    return word not in lexicon and word not in _CLAUSE_OPENERS


def _trailing(
    text: str, quote: Quote, seg: Segment, lexicon: Lexicon
) -> tuple[Mention, regex.Match[str] | Cue] | None:
    """``“…,” Kirby said`` or ``“…,” said Kirby`` right after the closing mark."""
    assert quote.close is not None
    hi = min(seg.span.end, quote.close + 220)
    according = _ACCORDING_AFTER.match(text, quote.close, hi)
    if according is not None:
        for cue_span, who in find_according(text, according.start("cue"), hi):
            if cue_span.start == according.start("cue"):
                # “…,” according to CNN.
                return Mention(span=who, kind="name"), Cue(cue_span, "according to")
    # the first cue used as a verb ("Critical Threats Project" is a name)
    cue = next((c for c in cue_scanner(lexicon).finditer(text, quote.close, hi) if is_verb_cue(text, c, quote.close, seg.headline)), None)
    if cue is None:
        return _trailing_verb(text, quote, hi)
    between = text[quote.close : cue.start()]
    if _SENTENCE_BREAK.search(between) or any(ch in between for ch in "“”\"«»"):
        return None
    if between.strip() and quote.spans[-1].text.endswith(".") and between.strip()[:1].isupper() and not _BARE_ATTRIBUTION.match(text, cue.end()):
        # “… May.” Tom Baker told …: a new sentence, not this quote's attribution
        # (but “… missing.” Trump said. is one)
        return None
    if not between.strip(" ,—–-\u00a0"):
        # inverted order: said John Kirby (not a participle: “…”, denouncing a “proxy war”)
        if cue.group().split()[0].lower().endswith("ing"):
            return None
        m = mention_after(text, cue.end(), hi)
        return (m, cue) if m is not None else None
    m = mention_before(text, quote.close, cue.start())
    if m is None:
        return _trailing_verb(text, quote, hi)
    gap = text[quote.close : m.span.start]
    if gap.strip(" ,—–-\u00a0") and not (_APPOSITION_GAP.fullmatch(gap) and not _SENTENCE_BREAK.search(gap)):
        first = _CAPITALS_GAP.fullmatch(gap) or _title_gap(gap, m.span.text)
        if first is None or _SENTENCE_BREAK.search(gap):
            return None
        # “…,” CBS This Morning co-anchor Jane Roe said: a name part the walk stopped at
        m = attrs.evolve(m, span=Span.of(text, quote.close + first.start("caps"), m.span.end))
    return m, cue


def _trailing_verb(text: str, quote: Quote, hi: int) -> tuple[Mention, regex.Match[str]] | None:
    """``“…?” Hannity pressed.`` / ``“…,” reacted Trump.``: a verb outside the lexicon."""
    assert quote.close is not None
    if text[quote.close - 2 : quote.close - 1] not in (",", "?", "!", "—", "-"):
        return None  # only a quote that leaves its sentence open
    inverted = _INVERTED_VERB.match(text, quote.close, hi)
    if inverted is not None and inverted.group("verb") not in _NOT_VERBS:
        m = mention_after(text, inverted.end("verb"), hi)
        word = _WORD.match(text, inverted.start("verb"))
        return (m, word) if m is not None and word is not None and m.kind != "pronoun" else None
    verb = _ANY_VERB.search(text, quote.close, min(hi, quote.close + 80))
    if verb is None or verb.group("verb") in _NOT_VERBS:
        return None
    between = text[quote.close : verb.start()]
    if _SENTENCE_BREAK.search(between) or any(ch in between for ch in "“”\"«»,;:"):
        return None
    m = mention_before(text, quote.close, verb.start())
    if m is None or text[quote.close : m.span.start].strip(" —–-\u00a0") or m.span.end + 2 < verb.start():
        return None
    word = _WORD.match(text, verb.start("verb"))
    return (m, word) if word is not None else None


def _after_claim(text: str, claim: Claim, hi: int) -> int:
    """Where the text after ``claim``'s content, cue and speaker begins (before ``hi``).

    A relative clause describing the speaker belongs to the claim: in “A,”
    said Roy Hermann, who showed up to hear Johnson. “B.” its verbs are no
    new attribution.
    """
    tail = max(claim.end, claim.cue.span.end if claim.cue else 0, claim.mention.end if claim.mention else 0)
    relative = _RELATIVE_AFTER.match(text, tail, hi)
    if relative is not None:
        stop = text.find(".", relative.end(), hi)
        if stop >= 0:
            return stop
    return tail


def _reported_before(
    text: str,
    seg: Segment,
    sentences: tuple[Span, ...],
    quote: Quote,
    cues: CuePattern,
    previous: Claim | None,
    tail: bool = False,
) -> Mention | None:
    """The subject of the last cue earlier in the quote's paragraph (and after the previous claim).

    With ``tail``, ``seg`` is the paragraph before the quote's, and only its
    last sentence counts.
    """
    if tail:
        if not sentences or seg.boilerplate:
            return None
        lo, hi = sentences[-1].start, sentences[-1].end
    else:
        lo, hi = max(seg.span.start, quote.open - 400), quote.open
    if previous is not None:
        # after the previous claim's own cue and speaker ("“A,” he said. “B.”" is one turn)
        lo = max(lo, _after_claim(text, previous, hi))
        if _PARTICIPLE_TAIL.match(text, lo, hi):
            return None  # “A,” added X, speaking after the senator spoke. “B.”: still X's turn
    if lo >= hi:
        return None
    found_cues = list(cues.finditer(text, lo, hi))
    if not found_cues:
        return None
    # the main clause's cue: the first one in the last sentence that has cues
    # ("Greene added that the Fed very much wants …": Greene)
    sent = _sentence_start(seg, sentences, found_cues[-1].start())
    for cue in found_cues:
        if cue.start() < sent or not is_verb_cue(text, cue, sent, seg.headline) or follows_determiner(text, sent, cue.start()):
            continue  # (not a noun: "not meeting the demand")
        if _QUOTE_THEN_CUE.search(text, max(sent, cue.start() - 4), cue.start()):
            # "…,” says Paul Rieckhoff, founder of …. “We often …”: the speaker
            # follows the cue
            found = mention_after(text, cue.end(), hi)
        else:
            found = mention_before(text, sent, cue.start())
        if found is not None and found.kind != "relative" and found.span.start >= lo:
            return found
    return None


_QUOTE_THEN_CUE = regex.compile(r"[,?!][\"”’]\s*$")


_SIGNATURE = regex.compile(r"[-‒–—―]\s*(?P<who>\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,4})(?=\s*(?:[,.]|$))")


def _signature(text: str, segments: Sequence[Segment], seg: Segment, quote: Quote) -> Mention | None:
    """A signed quote: ``“…” ― Carla Sanchez`` or on its own line ``- Hillary Clinton, in a debate``."""
    end = quote.close if quote.close is not None else quote.end
    rest = text[end : seg.span.end]
    if rest.strip(" .\u00a0"):
        # the quotation dash on the quote's own line, the name ending the line
        m = _SIGNATURE.match(text, end + len(rest) - len(rest.lstrip(" \u00a0")), seg.span.end)
        if m is None or text[m.end() : seg.span.end].strip(" .,\u00a0"):
            return None
        return Mention(span=Span.strip(text, m.start("who"), m.end("who"), " ."), kind="name")
    if seg.index + 1 >= len(segments):
        return None
    nxt = segments[seg.index + 1]
    m = _SIGNATURE.match(text, nxt.span.start, nxt.span.end)
    if m is None:
        return None
    return Mention(span=Span.strip(text, m.start("who"), m.end("who"), " ."), kind="name")


def _introduced(
    text: str, segments: Sequence[Segment], seg: Segment, sentences_of: _SentencesOf, cues: CuePattern, lexicon: Lexicon
) -> tuple[Mention, regex.Match[str] | None, Span] | None:
    """A paragraph ending in a colon introduces the quote of the next one: ``He said:`` / ``“…”``."""
    if seg.index == 0:
        return None
    prev = segments[seg.index - 1]
    if prev.boilerplate:
        return None
    sentences = sentences_of(prev)
    if not sentences:
        return None
    body = prev.span.text.rstrip(" \u00a0\t")
    if not body.endswith(":"):
        return None
    colon = prev.span.start + len(body) - 1
    sent = sentences[-1]
    last = None
    for cue in cues.finditer(text, sent.start, colon):
        # "Sanders made the following comment:" (a noun: the subject opens the sentence)
        if is_verb_cue(text, cue, sent.start, prev.headline) and not follows_determiner(text, sent.start, cue.start(), 1):
            last = cue
    m = _cue_subject(text, sent.start, last, colon, cues, lexicon) if last is not None else sentence_subject(text, sent.start, colon)
    if m is None:
        return None
    return m, last, Span.of(text, colon, colon + 1)


# a digest's "HEADLINE - Source:" before a quote
_DIGEST_SOURCE = regex.compile(
    r"\s[-–—]\s*(?:(?i:more\s+from)\s+(?P<who>(?:the\s+)?[\p{L}.’'&-]+)|(?P<who>\p{Lu}[\p{L}.’'&-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.’'&-]*){0,4}))\s*:$"
)


def _leading(
    text: str, quote: Quote, seg: Segment, sentences: tuple[Span, ...], lexicon: Lexicon
) -> tuple[Mention, regex.Match[str] | Cue] | None:
    """``Kirby said: “…”`` or ``Kirby told reporters that “…”`` before the opening mark."""
    lo = _sentence_start(seg, sentences, quote.open)
    if lo >= quote.open:
        return None
    base = max(lo, quote.open - 120)
    head = text[base : quote.open].rstrip()
    digest = _DIGEST_SOURCE.search(head) if head.endswith(":") else None
    if digest is not None:
        # "Pollsters agree - Carl Bialik: “…”", "… - More from the report: “…”"
        colon = base + len(head) - 1
        who = Span.strip(text, base + digest.start("who"), base + digest.end("who"))
        return Mention(span=who, kind="name" if who.text[:1].isupper() else "description"), Cue(Span.of(text, colon, colon + 1), "colon")
    issued = _ISSUED_BEFORE.search(head)
    if issued is not None:
        # "Trump issued a statement, “…”": the issuer speaks through the document
        verb = Span.of(text, base + issued.start("verb"), base + issued.end("verb"))
        issuer = mention_before(text, lo, verb.start)
        if issuer is not None:
            word = verb.text.lower()
            return issuer, Cue(verb, _ISSUE_LEMMAS.get(word, word))
    last = None
    verbs = []
    # a leading attribution sits within a few words of the quote (see
    # _GAP_LEADING): scanning from the sentence start for every quote made a
    # sentence of many quotes quadratic
    for cue in cue_scanner(lexicon).finditer(text, max(lo, quote.open - 260), quote.open):
        # a cue word used as a noun ("Trump's remarks “…”") does not count
        if is_verb_cue(text, cue, lo, seg.headline) and not follows_determiner(text, lo, cue.start()) and (
            # "delivered a snappy retort:" (but "the debate saying" is a participle)
            past_form(cue) or _is_participle(cue) or not follows_determiner(text, lo, cue.start(), 1)
        ):
            last = cue
            verbs.append(cue)
    if last is not None and cue_lemma(last, lexicon) not in _SAYING:
        # "remarking from New Hampshire he did not feel “…”": the quote is
        # part of what the outer verb of saying reports
        for outer in reversed(verbs[:-1]):
            if (
                cue_lemma(outer, lexicon) in _SAYING
                # "When Roe noted that … ― Baker boasted, “…”": another clause
                and not _CLAUSE_BREAK.search(text, outer.end(), last.start())
                and _GAP_LEADING.match(text[outer.end() : quote.open])
            ):
                last = outer
                break
    if last is None:
        # "She went on: “…”", "the heckler yelled: “…”": a colon right before the quote
        # a bounded look-back: slicing back to the sentence start for every
        # quote made a sentence of many quotes quadratic
        base = max(lo, quote.open - 300)
        head = text[base : quote.open].rstrip()
        if head.endswith(":") and (subject := sentence_subject(text, lo, base + len(head) - 1)) is not None:
            colon = base + len(head) - 1
            return subject, Cue(Span.of(text, colon, colon + 1), "colon")
        return None
    if not _GAP_LEADING.match(text[last.end() : quote.open]):
        return None
    if quote.close is not None and _CLAUSE_GOES_ON.match(text, quote.close):
        # saying that “bombastic comments” do more harm: a partial quote in a
        # reported clause, which the reported plugin gives as mixed
        return None
    m = None
    if (
        _after_comma(text, lo, last)
        and not _is_participle(last)
        and not _PREPOSITION_NEXT.match(text, last.end())
        and cue_lemma(last, lexicon) in INVERTING_VERBS
    ):
        # inverted between commas: "Because of the schedule, explained Rosenberg, “…”"
        after = mention_after(text, last.end(), quote.open)
        if after is not None and after.kind == "name":
            m = after
    m = m or _cue_subject(text, lo, last, quote.open, cue_scanner(lexicon), lexicon)
    return (m, last) if m is not None else None


def _is_participle(cue: regex.Match[str]) -> bool:
    return cue.group().split()[0].lower().endswith("ing")  # "adding", "referring to"


def _after_comma(text: str, lo: int, cue: regex.Match[str]) -> bool:
    return text[max(lo, cue.start() - 40) : cue.start()].rstrip().endswith(",")


def _cue_subject(
    text: str, lo: int, cue: regex.Match[str], hi: int, cues: CuePattern, lexicon: Lexicon
) -> Mention | None:
    """Who speaks through ``cue``: a participle after a comma ("…, adding that") takes
    the main clause's subject; otherwise the noun phrase before the cue, or
    after it when inverted ("explained CBS moderator Nancy Cordes: “…”")."""
    if _is_participle(cue) and (_after_comma(text, lo, cue) or after_document(text, lo, cue.start()) or not object_speaks(text, lo, cue.start())):
        return participial_subject(text, lo, cue.start(), cues)
    found = mention_before(text, lo, catenative_start(text, lo, cue.start()))
    if found is None and text[max(lo, cue.start() - 5) : cue.start()].rstrip().endswith((" and", " but")):
        # "Clinton stressed her support … and said she has …: “…”": the
        # coordination's subject, not "she" after the cue
        return participial_subject(text, lo, cue.start(), cues)
    if found is None and not _PREPOSITION_NEXT.match(text, cue.end()) and cue_lemma(cue, lexicon) in INVERTING_VERBS:
        # not "said on Twitter" (a prepositional object) nor "told POLITICO"
        # (an addressee): only a say-like cue has its speaker after it
        found = mention_after(text, cue.end(), hi)
    return found


# a speaker label in capitals opening a quoted transcript turn ("WALLACE:",
# "JAKE TAPPER:"), not a section label ("UPDATE:")
_TRANSCRIPT_LABEL = regex.compile(r"(?P<who>\p{Lu}[\p{Lu}.’'-]+(?:\s\p{Lu}[\p{Lu}.’'-]+){0,2})(?P<colon>:)[ \t\u00a0]+(?=\S)")
_SECTION_LABEL_WORDS = regex.compile(
    r"(?:UPDATE|UPDATED|NOTE|PHOTO|PHOTOS|VIDEO|WATCH|READ|CORRECTION|CLARIFICATION|EXCLUSIVE|BREAKING|BYLINE|EMAIL|LOOK|BOOM|BUSTED|PREVIOUSLY|RELATED|SOURCE|SOURCES|EDITOR|Q|A)\b"
)
# “A,” added Jeff Weaver, speaking to CNN after the senator spoke. “B.”: the
# participle phrase, cues and all, belongs to the attribution
_PARTICIPLE_TAIL = regex.compile(r"[\s\u00a0]*,[\s\u00a0]*\p{Ll}+ing\s[^.!?“”\"]*[.!?]?[\s\u00a0]*$")
_CLAUSE_BREAK = regex.compile(r"[,;:\p{Pd}―]")
_SAYING = frozenset(["say", "tell", "add", "note", "remark", "argue", "insist", "explain", "claim", "declare", "state"])
_ISSUED_BEFORE = regex.compile(
    r"""(?P<verb>issued|released|posted|sent|tweeted|published|put\s+out)\s+
    (?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?
    (?:statement|tweet|message|letter|note|e-?mail|post)s?\s*(?:on\s+\p{Lu}\p{Ll}+\s*)?[,:]?$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_ISSUE_LEMMAS = {"issued": "issue", "released": "release", "posted": "post", "sent": "send", "tweeted": "tweet", "published": "publish"}
_PREPOSITION_NEXT = regex.compile(r"\s+(?:on|in|at|to|during|after|before|from|with|via|through|about|of|for|by)\s")
_SOURCE_END = regex.compile(r"[.!?;“\"«]")


def _relay_after(text: str, found: tuple[Mention, regex.Match[str] | Cue], hi: int) -> Span | None:
    """The medium of ``“…,” Sanders said, according to CNN`` (the via of the claim)."""
    mention, cue = found
    if isinstance(cue, Cue) and cue.lemma == "according to":
        return None  # the medium is the speaker: “…,” according to CNN
    end = max(mention.span.end, cue.span.end if isinstance(cue, Cue) else cue.end())
    according = _ACCORDING_AFTER.match(text, end, min(hi, end + 40))
    if according is None:
        return None
    stop = _SOURCE_END.search(text, according.end(), min(hi, end + 300))
    for cue_span, who in find_according(text, according.start("cue"), stop.end() if stop else min(hi, end + 300)):
        if cue_span.start == according.start("cue") and is_media(who.text):
            return who
    return None


def _transcript_turns(text: str, quote: Quote) -> list[Claim]:
    """The turns of a quoted transcript whose paragraphs open with speaker labels, or none."""
    label = _TRANSCRIPT_LABEL.match(text, quote.spans[0].start, quote.spans[0].end)
    if label is None or _SECTION_LABEL_WORDS.match(label.group("who")):
        return []
    turns: list[Claim] = []
    for span in quote.spans:
        label = _TRANSCRIPT_LABEL.match(text, span.start, span.end)
        if label is not None and not _SECTION_LABEL_WORDS.match(label.group("who")):
            if label.end() >= span.end:
                continue
            turns.append(
                Claim(
                    content=(Span.of(text, label.end(), span.end),),
                    kind=Kind.DIRECT,
                    mention=Span.of(text, label.start("who"), label.end("who")),
                    cue=Cue(Span.of(text, label.start("colon"), label.end("colon")), "colon"),
                    confidence=0.8,
                    extractor="quotes",
                )
            )
        elif turns:
            # a paragraph without a label goes on with the turn before
            turns[-1] = attrs.evolve(turns[-1], content=(*turns[-1].content, span))
    return turns


def _claim(
    text: str,
    spans: tuple[Span, ...],
    mention: Mention | None,
    cue: regex.Match[str] | Cue | None,
    lexicon: Lexicon,
    context: tuple[int, int],
    confidence: float,
) -> Claim:
    cue_obj = None
    stance = Stance.ASSERT
    if isinstance(cue, Cue):
        cue_obj = cue
    elif cue is not None:
        cue_obj, stance = cue_at(text, cue, lexicon)
    lo, hi = context
    # the attribution clause is near the quote; searching to the paragraph
    # end made long paragraphs quadratic
    lo, hi = max(lo, spans[0].start - 300), min(hi, spans[-1].end + 300)
    venue = None
    addressee = None
    for a, b in ((lo, spans[0].start), (spans[-1].end, hi)):
        if a < b:
            venue = venue or find_venue(text, a, b)
            addressee = addressee or find_addressee(text, a, b)
    return Claim(
        content=spans,
        kind=Kind.DIRECT,
        mention=mention.span if mention else None,
        cue=cue_obj,
        stance=stance,
        venue=venue,
        addressee=addressee,
        confidence=confidence,
        extractor="quotes",
    )


def extract_quotes(article: Article, segments: tuple[Segment, ...], lexicon: Lexicon) -> Iterable[Claim]:
    """The plugin's work as a pure function (also usable without a manager)."""
    text = article.text
    segment_at = _SegmentCursor(segments).at
    quotes = quote_table(text, segments)  # each quote made when read: few live at once
    cues = cue_scanner(lexicon)
    # the quote joined to the one before it (“A,” he said, “B.”): only ever the
    # next one, so no set of them (one int each, alive at the peak of memory use)
    joined = -1
    previous: Claim | None = None
    previous_seg = -10
    out: list[Claim] = []
    sentences_of = _SentencesOf()
    for qi, quote in enumerate(quotes):
        if qi == joined:
            continue
        seg = segment_at(quote.open)
        if seg is None:
            continue
        words = sum(len(s.text.split()) for s in quote.spans)
        if _embedded(text, quote, seg, lexicon):
            continue
        if (
            words <= 8
            and quote.close is not None
            and text[quote.open : quote.open + 1] in ("'", "‘")
            and text[quote.open : quote.open + 2] != "''"
            and quote.open <= seg.span.start + 1
            and not text[quote.close : seg.span.end].strip(" .\u00a0")
            and seg.index > 0
            and not segments[seg.index - 1].span.text.rstrip().endswith(":")
        ):
            # a subhead in single quotes quoting the section ('A really tough
            # decision.'), not a quote introduced by a colon; PolNeAR train:
            # these were false alarms
            continue
        turns = _transcript_turns(text, quote)
        if turns:
            # a transcript quoted as a block: “WALLACE: Let’s start with …” /
            # “PENCE: Well, look, …”: one claim per turn
            out.extend(turns)
            previous = turns[-1]
            previous_seg = (segment_at(quote.spans[-1].start) or seg).index
            continue
        found: tuple[Mention, regex.Match[str] | Cue] | None = None
        trailing = None
        spans = quote.spans
        hi = seg.span.end
        if quote.close is not None:
            trailing = _trailing(text, quote, seg, lexicon)
            found = trailing
            if trailing is not None:
                cue_end = trailing[1].span.end if isinstance(trailing[1], Cue) else trailing[1].end()
                end = max(trailing[0].span.end, cue_end)
                # “A,” he said, “B.” -- the second quote continues the claim
                if qi + 1 < len(quotes):
                    nxt = quotes[qi + 1]
                    gap = text[end : nxt.open]
                    if nxt.open < seg.span.end and len(gap) <= 160 and not _SENTENCE_BREAK.search(gap.strip() + " ") and (
                        gap.strip(" ,;:—–-") == "" or _JOIN_GAP.fullmatch(gap)
                        # “A,” said Formas, the state director, “and B.”
                        or (gap.lstrip().startswith(",") and _APPOSITION_GAP.fullmatch(gap) is not None)
                    ):
                        spans = (*spans, *nxt.spans)
                        joined = qi + 1
                        hi = max(hi, nxt.end)
        if found is None:
            found = _leading(text, quote, seg, sentences_of(seg), lexicon)
        lo = _sentence_start(seg, sentences_of(seg), quote.open)
        intro = None
        if found is None and quote.open <= seg.span.start + 1:
            intro = _introduced(text, segments, seg, sentences_of, cues, lexicon)
        signed = _signature(text, segments, seg, quote) if found is None and intro is None else None
        if found is not None:
            claim = _claim(text, spans, found[0], found[1], lexicon, (lo, hi), 0.9)
            if trailing is not None and (medium := _relay_after(text, found, seg.span.end)) is not None:
                claim = attrs.evolve(claim, via=medium)
        elif signed is not None:
            claim = _claim(text, spans, signed, None, lexicon, (lo, hi), 0.8)
        elif intro is not None:
            mention, cue_match, colon = intro
            intro_cue: regex.Match[str] | Cue = cue_match if cue_match is not None else Cue(colon, "colon")
            claim = _claim(text, spans, mention, intro_cue, lexicon, (segments[seg.index - 1].span.start, hi), 0.75)
        elif (
            ((previous is not None and previous_seg >= seg.index - 1 and words >= 2) or (words >= 4 and quote.open > seg.span.start + 1))
            and (reporter := _reported_before(text, seg, sentences_of(seg), quote, cues, previous)) is not None
        ):
            # “…” after "Corker said he and his partners were meticulous." in
            # the same paragraph: the quote goes on with that speaker
            claim = Claim(content=spans, kind=Kind.DIRECT, mention=reporter.span, confidence=0.6, extractor="quotes")
        elif (
            (previous is None or previous_seg < seg.index - 1)
            and quote.open <= seg.span.start + 1
            and seg.index > 0
            and words >= 4
            and (reporter := _reported_before(text, (before := segments[seg.index - 1]), sentences_of(before), quote, cues, None, tail=True)) is not None
        ):
            # "Rather, he said, struggles will coalesce support." / “To my knowledge, …”
            claim = Claim(content=spans, kind=Kind.DIRECT, mention=reporter.span, confidence=0.5, extractor="quotes")
        elif (
            previous is not None
            and words >= 2
            and (previous_seg == seg.index or (previous_seg == seg.index - 1 and quote.open <= seg.span.start + 1 and words >= 4))
        ):
            tail = _after_claim(text, previous, quote.open)
            if _MERGE_TURNS and previous_seg == seg.index and (_PARTICIPLE_TAIL.match(text, tail, quote.open) or not any(
                # “A,” McCain said, asked about it. “B.”: a participle phrase
                # of the attribution is no new one
                not _after_comma(text, tail, c)
                for c in cues.finditer(text, tail, quote.open)
            )):
                # “A,” he said. “B.” -- one turn, one claim
                previous = attrs.evolve(previous, content=(*previous.content, *spans))
                out[-1] = previous
                continue
            # a quote opening the next paragraph continues the same turn
            claim = Claim(
                content=spans,
                kind=Kind.DIRECT,
                mention=previous.mention,
                cue=None,
                confidence=0.6,
                extractor="quotes",
            )
        elif words >= 6 and quote.open <= lo + 1:
            claim = Claim(content=spans, kind=Kind.DIRECT, confidence=0.3, extractor="quotes")
        else:
            continue
        previous = claim
        previous_seg = (segment_at(spans[-1].start) or seg).index
        out.append(claim)
    return out


def quote_claims(article: Article, segments: tuple[Segment, ...], lexicon: Lexicon) -> tuple[Claim, ...]:
    """The claims of the builtin ``quotes`` plugin: :func:`extract_quotes`, collected."""
    return tuple(extract_quotes(article, segments, lexicon))

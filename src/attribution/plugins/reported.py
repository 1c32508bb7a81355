"""Builtin plugin ``reported``: statements without (or with partial) quotation marks.

* indirect: ``Kirby said (that) Russia …``, ``warned that``, ``went on to
  reiterate that``, participial ``…, adding that …``;
* mixed: the same with partial quotes inside the reported clause;
* colon: ``He claimed: Russia’s turning to Iran …`` (to the paragraph end)
  and headlines ``White House: Our preferred option …``;
* trailing: ``Any Iranian missiles … will be a serious escalation, Patel
  said`` and ``…, said John Kirby``, and the parenthetical ``One of the
  benefits for Iran, Kirby added, is that …``;
* ``According to X, …`` and ``…, according to X`` (a news medium X that
  relays another speaker becomes the claim's ``via`` instead).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from attribution import Article, Claim, Cue, Kind, Segment, Span, Stance, hookimpl
from attribution.grammar import (
    Mention,
    cue_at,
    cue_regex,
    find_according,
    find_addressee,
    find_quotes,
    find_venue,
    is_media,
    is_verb_cue,
    last_token_before,
    mention_after,
    mention_before,
    participial_subject,
)
from attribution.lexicon import Lexicon

# Verbs that take a bare clause, so no "that" is needed.
_BARE = frozenset(
    ["say", "claim", "believe", "think", "insist", "argue", "suggest", "report", "estimate", "predict", "acknowledge", "deny", "reject", "dismiss", "confirm", "reiterate", "repeat", "specify", "allege", "assert", "state", "admit", "concede", "refute", "rebuff", "announce", "recall", "tell", "know", "hope", "fear", "contend", "maintain", "reaffirm", "disclose", "reveal", "indicate", "feel", "expect", "worry", "doubt", "figure", "reckon", "guess", "warn", "write", "add", "find", "show"]
)
# Verbs whose object is what was said, also as a noun phrase ("denounced the
# “sordid transactions”", "rejected US statements that …").
_NP_OBJECT = frozenset(
    ["deny", "reject", "dismiss", "refute", "rebuff", "confirm", "reiterate", "repeat", "acknowledge", "announce", "recall", "criticize", "criticise", "denounce", "condemn", "praise", "welcome", "hail", "applaud", "endorse", "blame", "decry", "deplore", "dispute", "challenge", "defend", "tout", "cite", "describe", "mention", "specify", "disclose", "reveal", "question"]
)
# Verbs that take an object naming what was (not) said ("did not respond to a question").
_NOUN_BEFORE = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "of", "about", "by", "for", "with", "such", "no", "any", "new", "that’s", "same", "first", "last", "previous", "latest", "recent"]
)
_PASSIVE = frozenset(["was", "were", "is", "are", "been", "be", "being"])

_POST = regex.compile(
    r"""
    \G(?:
        \s*,?\s*(?i:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
             (?i:\s+(?:morning|afternoon|evening|night))?(?i:\s+local\s+time)?
      | \s*,?\s*(?i:yesterday|today|earlier|later|recently|previously|again|also|further|repeatedly|
                 publicly|privately|once\s+again|once\s+more|last\s+(?:week|month|year|night)|
                 this\s+(?:week|month|morning)|earlier\s+this\s+(?:week|month)|however|clearly|firmly|
                 flatly|categorically|strongly|bluntly|explicitly)(?![\p{L}])
      | \s*,?\s*(?i:on)\s+(?:\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)
      | (?P<addressee>\s+(?i:to\s+)?(?i:the\s+)?(?:(?i:reporters|journalists|lawmakers|the\s+press|parliament)|\p{Lu}[\p{L}\p{N}’'-]*(?:\s+\p{Lu}[\p{L}\p{N}’'-]*){0,3}))
      | \s*,?\s*(?i:in|during|at)\s+(?i:a|an|the|his|her|their|its|this|one)\s+(?:[\p{L}\p{N}’'-]+\s+){0,5}?
             (?i:statement|interview|press\s+conference|news\s+conference|conference|briefing|letters?|speech|tweet|post|
                remarks|meeting|address|hearing|session|summit|report|message|video|call|claims|appearance|testimony)
             (?:\s+(?i:with|to)\s+(?i:the\s+)?(?:\p{Ll}[\p{L}’'-]*\s+){0,3}(?:\p{Lu}[\p{L}\p{N}’'-]*(?:\s+\p{Lu}[\p{L}\p{N}’'-]*)*|(?i:reporters|journalists))(?i:\s+(?:news\s+)?(?:channel|network|newspaper|agency|program|programme|show))?)?
      | \s*,?\s*(?i:in\s+response\s+to)\s+(?:[\p{L}’'-]+\s+){0,3}?(?i:questions?)(?:\s+(?i:from|by)\s+[\p{L}’'-]+)?
    )
    """,
    regex.VERBOSE,
)
_INTRO = regex.compile(r"\G\s*(?:(?P<colon>:)|,?\s*(?P<that>that)\b|(?P<comma>,)(?=\s*[“\"«„‘])|)\s*")
_CLAUSE_START = regex.compile(
    r"""\G(?:[“\"«„‘]|\p{Lu}|\p{N}
        | (?!(?i:at|in|on|of|for|to|with|by|from|about|during|after|before|also|later|earlier|recently|again
              |yesterday|today|tonight|instead|too|so|as|than|and|or|but)\b)\p{Ll})""",
    regex.VERBOSE,
)
_COLON_SENTENCES = 8
_INFINITIVE = frozenset(["promise", "vow", "pledge", "threaten", "refuse", "decline", "agree", "offer", "urge", "want", "hope", "ask"])
_TO_INFINITIVE = regex.compile(
    r"\G\s+(?P<content>(?:(?:him|her|them|us|me|it|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}|the\s+\p{Ll}+)\s+)?to\s+\p{Ll})"
)
_TO_OBJECT = regex.compile(r"\G\s+to\s+(?=\S)")
_CUT = regex.compile(
    r"""
      ,[”"’']?\s*(?:adding|saying|noting|stressing|insisting|warning|explaining|arguing|claiming|according\s+to|
             he\s+(?:said|added)|she\s+(?:said|added)|which\s+(?:he|she|they)|while\s+|without\s+giving)\b
    | ;\s
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_LINK_LABEL = regex.compile(r"[\s•·▪►»*-]*(?i:read\s+also|also\s+read|see\s+also|read\s+more|related)\s*:\s*")
_INNER_STANCE = regex.compile(
    r"(?:he|she|they|we|it|i)\s+(?:(?:did|does|do|could|can|would|will|has|have|had)\s*(?:not|n[’']t)|cannot|never)\s+(?:yet\s+|publicly\s+)?(?P<cue>\w+)",
    regex.IGNORECASE,
)
_AND_CUE = regex.compile(r"\s+(?:and|but)\s+(?:also\s+|then\s+)?$")
_COMMA = regex.compile(r",\s+")
_NEXT_WORD = regex.compile(r"\s*(\w+)")
_IMPERSONAL = regex.compile(r"\bit\s+(?:was|is|has\s+been)\s*$", regex.I)
_OBJECT_START = regex.compile(r"[\p{L}\p{N}“\"‘]")
_THAT_OR_COLON = regex.compile(r"\s*(?:that\b|:)")
_COMMA_MORE = regex.compile(r"\s*,\s*(?=\S)")
_COMMA_PHRASE = regex.compile(r"\s*,\s*(?:adding|saying|noting|according|without|denouncing|citing|in\s|during\s|as\s)", regex.I)
_ACCORDING_TO = regex.compile(r"\baccording\s+to\b", regex.I)
_COMMA_GAP = regex.compile(r"\s*,\s*")
_POSS_REPORT = regex.compile(r"([\p{Lu}][\p{L}\p{N}-]*)[’']s\s+([\p{Lu}][\p{L}\p{N}-]*)\s+report")
_BARE_REPORT = regex.compile(r"(.+?)\s+(?:reporter|report|correspondent)s?$")

# A body paragraph opening with a speaker label: one to four capitalised
# words that are not a section label ("Update:", "Photo:", "Editor's note:").
_SPEAKER_LABEL = regex.compile(
    r"""(?!(?i:update|note|photo|photos|source|sources|related|share|tags?|editor|correction|video|watch|read
          |also|credit|image|caption|advertisement|subscribe|follow|sign|click|comments?|warning|disclosure
          |q|a|question|answer|bottom\s+line|the\s+bottom\s+line|what|why|how|who|when|where|more|contact|email)\b)
        \p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|and|de|van|von|al|bin)){0,3}""",
    regex.VERBOSE,
)
_TRAIL_PUNCT = " \t.,;:—–-\u00a0"
_HEADLINE_COLON = regex.compile(r"^(?P<who>[^:\n]{2,60}?)\s*(?P<colon>:)\s+(?P<what>\S.{5,})$")


def _sentence_index(sentences: Sequence[Span], pos: int) -> int:
    starts = [s.start for s in sentences]
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _inside(spans: Sequence[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _content(text: str, start: int, end: int) -> Span | None:
    span = Span.strip(text, start, end, _TRAIL_PUNCT)
    if len(span.text.split()) < 2 or not any(ch.isalpha() for ch in span.text):
        return None
    # a stray closing quote at either end of an otherwise unquoted clause
    return span


def _kind(text: str, spans: Sequence[Span], colon: bool) -> Kind | None:
    joined = " ".join(s.text for s in spans).replace("''", '"')
    marks = sum(joined.count(ch) for ch in "“”\"«»„")
    stripped = joined.strip(_TRAIL_PUNCT)
    if marks or stripped[:1] == "‘":
        if stripped[:1] in "“\"«„‘" and stripped.rstrip(".,")[-1:] in "”\"»’" and marks <= 2:
            return None  # wholly quoted: the quotes plugin's business
        return Kind.MIXED
    return Kind.COLON if colon else Kind.INDIRECT


def _claim(
    text: str,
    spans: Sequence[Span],
    kind: Kind,
    mention: Mention | None,
    cue: Cue | None,
    stance: Stance,
    context: tuple[int, int],
    confidence: float,
) -> Claim:
    lo, hi = context
    venue = addressee = None
    for a, b in ((lo, spans[0].start), (spans[-1].end, hi)):
        if a < b:
            venue = venue or find_venue(text, a, b)
            addressee = addressee or find_addressee(text, a, b)
    return Claim(
        content=tuple(spans),
        kind=kind,
        mention=mention.span if mention else None,
        cue=cue,
        stance=stance,
        venue=venue,
        addressee=addressee,
        confidence=confidence if mention is not None else min(confidence, 0.3),
        extractor="reported",
    )


def _content_end(text: str, start: int, sent_end: int, cues: regex.Pattern[str]) -> int:
    cut = _CUT.search(text, start, sent_end)
    end = cut.start() if cut else sent_end
    # "acknowledged the ability … and said: …": a second cue ends the first content
    for nxt in cues.finditer(text, start, end):
        gap = _AND_CUE.search(text, max(start, nxt.start() - 16), nxt.start())
        if gap is not None and text[nxt.start()].islower():
            return gap.start()
    # a trailing attribution inside the sentence: "…, Patel said, adding …"
    for comma in _COMMA.finditer(text[start:end]):
        pos = start + comma.end()
        after = cues.search(text, pos, min(end, pos + 80))
        if after is None:
            continue
        who = mention_before(text, pos, after.start())
        if who is not None and who.span.start == pos and not text[who.span.end : after.start()].strip(" ,"):
            return start + comma.start()
    return end


def extract_reported(article: Article, segments: tuple[Segment, ...], lexicon: Lexicon) -> Iterator[Claim]:
    """The plugin's work as a pure function."""
    text = article.text
    cues = cue_regex(lexicon)
    quotes = find_quotes(text, segments)
    qspans = [(q.open, q.close if q.close is not None else q.end) for q in quotes]
    qstarts = [s for s, _ in qspans]
    for seg in segments:
        if not seg.boilerplate:
            # "White House: Our preferred option …" in a headline; in the body
            # only a name ("Matthews: Well, speculation is bad.")
            m = _HEADLINE_COLON.match(seg.span.text)
            if m is not None and not seg.headline and not _SPEAKER_LABEL.fullmatch(m.group("who")):
                m = None
            if m is not None and len(m.group("who").split()) <= 5 and not cues.search(m.group("who")):
                base = seg.span.start
                who = Span.strip(text, base + m.start("who"), base + m.end("who"))
                content = _content(text, base + m.start("what"), seg.span.end)
                if content is not None and who.text[:1].isupper():
                    yield Claim(
                        content=(content,),
                        kind=Kind.COLON,
                        mention=who,
                        cue=Cue(Span.of(text, base + m.start("colon"), base + m.end("colon")), "colon"),
                        confidence=0.6,
                        extractor="reported",
                    )
                    continue
        yield from _from_according(text, seg, cues, qspans, qstarts)
        yield from _from_nominal(text, seg, cues, qspans, qstarts)
        for sent in seg.sentences:
            consumed = -1
            for m in cues.finditer(text, sent.start, sent.end):
                if m.start() <= consumed or _inside(qspans, qstarts, m.start()):
                    continue
                if not is_verb_cue(text, m, sent.start, seg.headline):
                    continue
                claim = _from_cue(text, seg, sent, m, cues, lexicon)
                if claim is None:
                    continue
                inner = _INNER_STANCE.match(claim.content[0].text)
                if inner is not None:
                    # "told reporters that he does not confirm the reports": one
                    # statement whose stance is the inner cue's
                    at = claim.content[0].start + inner.start("cue")
                    inner_cue = cues.match(text, at)
                    if inner_cue is not None:
                        _, stance2 = cue_at(text, inner_cue, lexicon)
                        claim = attrs.evolve(claim, stance=stance2)
                        consumed = inner_cue.end()
                yield claim


def _from_cue(
    text: str,
    seg: Segment,
    sent: Span,
    m: regex.Match[str],
    cues: regex.Pattern[str],
    lexicon: Lexicon,
) -> Claim | None:
    last = last_token_before(text, sent.start, m.start(), 30)
    prev = last.lower if last is not None else ""
    if prev in _NOUN_BEFORE or prev.endswith(("’s", "'s")) or text[m.start() - 1 : m.start()] in ("“", '"', "'", "‘"):
        return None  # a noun, or a word just inside an opening quotation mark
    form = m.group().lower()
    after_word = _NEXT_WORD.match(text, m.end(), m.end() + 20)
    if after_word and after_word.group(1).lower() in ("of", "about", "by", "from", "for", "and") and form not in ("said", "says", "told"):
        return None
    cue, stance = cue_at(text, m, lexicon)
    lemma = cue.lemma
    passive = prev in _PASSIVE
    participial = form.endswith("ing") and text[sent.start : m.start()].rstrip().rstrip("”\"’'").endswith(",")
    sent_start = sent.start
    mention: Mention | None = None
    pending = False
    if passive:
        if not _IMPERSONAL.search(text[max(sent.start, m.start() - 20) : m.start()]):
            return None
    elif participial:
        mention = _not_participle(participial_subject(text, sent.start, cue.span.start, cues), sent_start)
    elif form.endswith("ing"):
        return None
    else:
        pending = True  # the subject is looked for only when an attribution needs it

    def subject() -> Mention | None:
        nonlocal mention, pending
        if pending:
            mention = _not_participle(mention_before(text, sent_start, cue.span.start), sent_start)
            pending = False
        return mention

    sent_end = sent.end
    # "• Read also: It will be necessary …, says Putin": the link label is not content
    label = _LINK_LABEL.match(text, sent.start, sent_end)
    if label is not None:
        sent = Span.of(text, label.end(), sent_end)

    # ----- leading attribution: X said (that) CONTENT
    pos = m.end()
    while True:
        post = _POST.match(text, pos, sent_end)
        if post is None or post.end() == pos:
            break
        # an addressee only after verbs that take one
        if post.group("addressee") and lemma not in (
            "tell", "inform", "assure", "warn", "brief", "remind", "ask", "urge"
        ) and not post.group().lstrip().lower().startswith("to "):
            break
        pos = post.end()
    if lemma in _INFINITIVE and (inf := _TO_INFINITIVE.match(text, pos, sent_end)) and (subject() is not None):
        # intentions and refusals: "promised to take bold action", "urged him to resign"
        start = inf.start("content")
        content = _content(text, start, _content_end(text, start, sent_end, cues))
        if content is not None:
            kind = _kind(text, (content,), False) or Kind.MIXED
            return _claim(text, (content,), kind, mention, cue, stance, (sent.start, sent_end), 0.5)
    if lemma in ("respond", "reply", "answer", "react") and (to := _TO_OBJECT.match(text, pos, sent_end)):
        # "did not respond to a question about …": what was (not) answered
        pos = to.end()
        content = _content(text, pos, _content_end(text, pos, sent_end, cues))
        if content is not None and (passive or subject() is not None):
            return _claim(text, (content,), Kind.INDIRECT, mention, cue, stance, (sent.start, sent_end), 0.6)
    intro = _INTRO.match(text, pos, sent_end)
    colon = that = False
    start = pos
    if intro is not None:
        colon = bool(intro.group("colon"))
        that = bool(intro.group("that"))
        start = intro.end()
    # whether a leading attribution fits, decided before asking for the subject
    # (which it needs, like the trailing one, but which costs more)
    np_object = lemma in _NP_OBJECT and _OBJECT_START.match(text, start, start + 1) is not None
    end: int | None = None
    if not (colon or that or np_object) and _OBJECT_START.match(text, start, start + 1):
        # a partial quote in the object makes it a statement: called it “shameful”
        end = _content_end(text, start, sent_end, cues)
        if any(ch in text[start:end] for ch in "“\"«„") or "''" in text[start:end]:
            np_object = True
    leading = colon or that or np_object or (lemma in _BARE and _CLAUSE_START.match(text, start, sent_end)) or (
        intro is not None and intro.group("comma")
    )
    if leading and (passive or subject() is not None):
        if colon:
            end = _colon_end(text, seg, sent, start, cues)
        elif end is None:
            end = _content_end(text, start, sent_end, cues)
        content = _content(text, start, end)
        if content is None:
            return None
        found_kind = _kind(text, (content,), colon)
        if found_kind is None:
            return None
        kind = found_kind
        conf = 0.8 if (colon or that) else 0.6
        return _claim(text, (content,), kind, mention, cue, stance, (sent.start, sent_end), conf)

    # ----- trailing attribution: CONTENT, X said. / CONTENT, said X.
    head = text[sent.start : m.start()]
    comma = head.rfind(",")
    if comma < 0:
        return None
    comma += sent.start
    inverted = not text[comma + 1 : m.start()].strip()
    if inverted:
        mention = mention_after(text, m.end(), sent_end)
    elif (mention := subject()) is None or mention.span.start < comma:
        return None
    if mention is None:
        return None
    tail_from = max(m.end(), mention.span.end)
    tail = text[tail_from:sent_end]
    if _THAT_OR_COLON.match(tail):
        return None
    content = _content(text, sent.start, comma)
    if content is None:
        return None
    spans = [content]
    rest = _COMMA_MORE.match(tail)
    if rest and not _COMMA_PHRASE.match(tail):
        second = _content(text, tail_from + rest.end(), sent_end)
        if second is not None and " " in second.text:
            spans.append(second)
    trailing_kind = _kind(text, spans, False)
    if trailing_kind is None:
        return None
    kind = trailing_kind
    return _claim(text, spans, kind, mention, cue, stance, (sent.start, sent_end), 0.7)


def _not_participle(mention: Mention | None, sent_start: int) -> Mention | None:
    """None for a sentence-opening participle ("Reporting reports that …"), which is not a name."""
    if mention is not None and mention.span.start == sent_start and mention.span.text.endswith("ing") and " " not in mention.span.text:
        return None
    return mention


def _colon_end(text: str, seg: Segment, sent: Span, start: int, cues: regex.Pattern[str]) -> int:
    """Colon speech runs to the paragraph end, unless a later sentence is attributed anew."""
    end = sent.end
    first = bisect.bisect_right(seg.sentences, sent.start, key=lambda s: s.start)
    # at most a few sentences: colon speech is a short turn, and an
    # unbounded run would make a paragraph of n sentences cost n^2
    for s in seg.sentences[first : first + _COLON_SENTENCES]:
        m = cues.search(text, s.start, s.end)
        if m is not None and mention_before(text, s.start, m.start()) is not None:
            break
        if _ACCORDING_TO.search(s.text):
            break
        end = s.end
    return end


def _from_according(
    text: str, seg: Segment, cues: regex.Pattern[str], qspans: list[tuple[int, int]], qstarts: list[int]
) -> Iterable[Claim]:
    for sent in seg.sentences:
        for cue_span, who in find_according(text, sent.start, sent.end):
            if _inside(qspans, qstarts, cue_span.start):
                continue
            if _is_relay(who.text) and any(
                is_verb_cue(text, c, sent.start)
                for c in cues.finditer(text, max(seg.span.start, sent.start - 600), min(seg.span.end, sent.end + 600))
            ):
                continue  # a relay: recorded as the via of the claims it relays
            lead = text[sent.start : cue_span.start].strip(" ,")
            after = _COMMA_GAP.match(text[who.end : sent.end])
            if not lead and after:
                spans = [_content(text, who.end + after.end(), sent.end)]
            elif lead and text[who.end : sent.end].strip(_TRAIL_PUNCT) == "":
                spans = [_content(text, sent.start, cue_span.start)]
            elif lead and after:
                spans = [_content(text, sent.start, cue_span.start), _content(text, who.end + after.end(), sent.end)]
            else:
                continue
            clean = [s for s in spans if s is not None]
            if not clean:
                continue
            kind = _kind(text, clean, False) or Kind.DIRECT
            yield Claim(
                content=tuple(clean),
                kind=kind,
                mention=who,
                cue=Cue(cue_span, "according to"),
                confidence=0.65,
                extractor="reported",
            )


_RELAY_SUFFIX = regex.compile(r"^(?P<who>.+?)(?:[’']s)?\s+(?:\p{Lu}\S*\s+)?(?:reporter|report|correspondent|dispatch)s?$", regex.I)


def _is_relay(name: str) -> bool:
    """"According to IRNA", "according to IRNA reporter", "IRNA’s Sputnik report": a news medium."""
    if is_media(name):
        return True
    m = _RELAY_SUFFIX.match(name)
    return m is not None and is_media(m.group("who"))


_NOMINAL = regex.compile(
    r"""
    (?P<src>
        (?:(?<![\p{L}’'])\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:(?i:media|officials|intelligence|government|press)\s+)?
      | (?<![\p{L}])\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}[’']s\s+   # "Clinton's claim"
      | (?<![\p{L}])(?i:his|her|their|its)\s+                  # "her claim that"
    )
    (?:(?i:public|private|recent|earlier|repeated|new|initial|official|previous|latest|former)\s+)?  # "US public statements"
    (?P<noun>(?i:claims?|statements?|reports?|allegations?|accusations?|assertions?|warnings?|remarks
        |insistence|promises?|pledges?|arguments?|charges?|denials?|assessment|contention|view|belief))
    \s+that\s+
    """,
    regex.VERBOSE,
)
# What every match of _NOMINAL contains: the noun, then "that". Far cheaper to
# search for, and most sentences do not have it.
_NOMINAL_HINT = regex.compile(
    r"""(?i:claims?|statements?|reports?|allegations?|accusations?|assertions?|warnings?|remarks
        |insistence|promises?|pledges?|arguments?|charges?|denials?|assessment|contention|view|belief)
    \s+that\s""",
    regex.VERBOSE,
)


def _from_nominal(
    text: str, seg: Segment, cues: regex.Pattern[str], qspans: list[tuple[int, int]], qstarts: list[int]
) -> Iterable[Claim]:
    """Nominal attributions with an identifiable source: "US statements that the meeting failed"."""
    for sent in seg.sentences:
        if text.find("that", sent.start, sent.end) < 0 or _NOMINAL_HINT.search(text, sent.start, sent.end) is None:
            continue  # no noun followed by "that": no need to run the full pattern
        for m in _NOMINAL.finditer(text, sent.start, sent.end):
            if _inside(qspans, qstarts, m.start("noun")):
                continue
            src = Span.strip(text, m.start("src"), m.end("src"))
            src_text = src.text.removesuffix("’s").removesuffix("'s")
            src = Span.of(text, src.start, src.start + len(src_text))
            if src.text.split()[0] in ("The", "A", "An", "This", "These", "In", "On", "But", "And"):
                continue
            start = m.end()
            content = _content(text, start, _content_end(text, start, sent.end, cues))
            if content is None:
                continue
            kind = _kind(text, (content,), False) or Kind.MIXED
            yield Claim(
                content=(content,),
                kind=kind,
                mention=src,
                cue=Cue(Span.of(text, m.start("noun"), m.end("noun")), m.group("noun").lower().rstrip("s") or "claim"),
                confidence=0.45,
                extractor="reported",
            )


def _relays(text: str, segments: Sequence[Segment]) -> list[tuple[int, int, Span]]:
    """(paragraph start, paragraph end, medium) for "According to IRNA …" relays."""
    out = []
    for seg in segments:
        for _, who in find_according(text, seg.span.start, seg.span.end):
            if _is_relay(who.text):
                medium = who
                poss = _POSS_REPORT.match(who.text)
                if poss:
                    # "IRNA’s Sputnik report": the immediate intermediary is Sputnik
                    medium = Span.of(text, who.start + poss.start(2), who.start + poss.end(2))
                else:
                    bare = _BARE_REPORT.match(who.text)
                    if bare:
                        medium = Span.strip(text, who.start, who.start + bare.end(1))
                out.append((seg.span.start, seg.span.end, medium))
    return out


def attach_via(text: str, segments: Sequence[Segment], claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """Give claims in a paragraph that opens with "According to <medium>" that medium as ``via``."""
    relays = _relays(text, segments)
    starts = [lo for lo, _, _ in relays]
    out = []
    for claim in claims:
        if claim.via is None and relays:
            # relays are sorted by paragraph; only those of the claim's paragraph can apply
            k = bisect.bisect_right(starts, claim.start)
            for lo, hi, medium in relays[max(0, k - 4) : k]:
                if lo <= claim.start < hi and (claim.mention is None or claim.mention.start > medium.end):
                    claim = attrs.evolve(claim, via=medium)
                    break
        out.append(claim)
    return tuple(out)


@hookimpl
def attribution_extract(article: Article, segments: tuple[Segment, ...], lexicon: Lexicon) -> Iterable[Claim]:
    claims = _dedupe(extract_reported(article, segments, lexicon))
    return attach_via(article.text, segments, claims)


def _dedupe(claims: Iterable[Claim]) -> list[Claim]:
    """Drop a claim whose content lies inside an earlier, longer one from the same cue."""
    out: list[Claim] = []
    for c in claims:
        if out and c.cue is not None and out[-1].cue is not None and c.cue.span == out[-1].cue.span:
            continue
        out.append(c)
    return out

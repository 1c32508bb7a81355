"""The rules of the builtin plugin ``reported``: statements without (or with partial) quotation marks.

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
import sys
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from attribution import Article, Claim, Cue, Kind, Segment, Span, Stance
from attribution.grammar import (
    CuePattern,
    Mention,
    Token,
    after_document,
    cue_at,
    cue_scanner,
    find_according,
    find_addressee,
    find_venue,
    follows_determiner,
    is_media,
    is_verb_cue,
    last_token_before,
    mention_after,
    mention_before,
    object_speaks,
    participial_subject,
    quote_table,
    subordinate_opener,
)
from attribution.lexicon import (
    ADDRESSEE_VERBS,
    AMBIGUOUS_NOUNS,
    BARE_CLAUSE_VERBS,
    INFINITIVE_VERBS,
    INVERTING_VERBS,
    NOT_REPORTING_VERBS,
    NP_OBJECT_VERBS,
    QUOTE_ONLY_VERBS,
    ROLE_NOUNS,
    TITLE_WORDS,
    WEAK_OBJECT_VERBS,
    Lexicon,
)

# Verbs that take an object naming what was (not) said ("did not respond to a question").
_NOUN_BEFORE = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "of", "about", "by", "for", "with", "such", "no", "any", "new", "that’s", "same", "first", "last", "previous", "latest", "recent"]
)
_NAMED_ABSOLUTE = regex.compile(r"(?:[–—]|\band)\s+(?P<name>\p{Lu}\p{Ll}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s+$")
_SUBORDINATOR = regex.compile(r"\b(?i:when|while|as|after|before|because|since|until|if|although|though)\s")
_NAMING_BEFORE = regex.compile(r"\b(?i:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]+\s+$")
_ASKED_BY = regex.compile(
    r"\s+(?P<by>by)\s+(?P<who>[^,;:“”\"]{2,80}?)\s+(?=(?:whether|if|what|why|how|when|where|who|about|to)\s)"
)
_THAT_NEXT = regex.compile(r"\s+that\s")
_AUX_BEFORE = regex.compile(r"(?i:\b(?:is|are|was|were|be|been|being|am)|['’](?:s|re))\s+(?:\p{L}+ly\s+)?$")
_WITH_SUBJECT = regex.compile(r"(?P<with>\bwith)\s+[^,;:“”\"]{1,60}$")
_COLON_NEXT = regex.compile(r"\s*(?::|(?:[^,.;:“”\"]{0,40}?\s)?that\s)")
_FAR_THAT = regex.compile(r"\G(?:[^\s,;:.!?“”\"]+\s+){1,12}?(?P<that>that)\s+(?=\S)")
# "spoke about …", "said of …", "reports on …": a prepositional complement, not what was said
_PREPOSITION_START = regex.compile(r"(?:about|of|on|to|with|for|from|in|at|by|into|over|after|before|during|up|out|back|down|off)\b")
_CONTRACTED_BE = regex.compile(r"(?P<who>he|she|it|they|we|you|i)['’](?:s|re|m)")
_PASSIVE = frozenset(["was", "were", "is", "are", "been", "be", "being"])

_POST = regex.compile(
    r"""
    \G(?:
        \s*,?\s*(?i:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![’']s)
             (?i:\s+(?:morning|afternoon|evening|night))?(?i:\s+local\s+time)?
      | \s*,\s*(?i:though|however|too|in\s+turn|for\s+(?:his|her|its|their)\s+part)\s*,(?=\s)   # "He added, though, that …"
      | \s*,?\s*(?i:yesterday|today|earlier|later|recently|previously|again|also|further|repeatedly|
                 publicly|privately|once\s+again|once\s+more|last\s+(?:week|month|year|night)|
                 this\s+(?:week|month|morning)|earlier\s+this\s+(?:week|month)|however|clearly|firmly|
                 flatly|categorically|strongly|bluntly|explicitly)(?![\p{L}])
      | \s*,?\s*(?i:on)\s+(?:\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)
      | \s*,?\s*(?i:in)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4}|[‘'’]\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)(?!\p{L})
      | (?P<addressee>\s+(?i:to\s+)?(?i:the\s+)?(?:(?i:reporters|journalists|lawmakers|the\s+press|parliament)|\p{Lu}[\p{L}\p{N}’'-]*(?:\s+\p{Lu}[\p{L}\p{N}’'-]*){0,3}))
      | \s*,?\s*(?i:in|during|at)\s+(?i:a|an|the|his|her|their|its|this|one)\s+(?:[\p{L}\p{N}’'-]+\s+){0,5}?
             (?i:statement|interview|press\s+conference|news\s+conference|conference|briefing|letters?|speech|tweet|post|
                remarks|meeting|address|hearing|session|summit|report|message|video|call|claims|appearance|testimony)
             (?:\s+(?i:statement|interview|conference|briefing|letters?|speech|post|remarks|message|call|appearance))?
             (?:\s+(?i:with|to)\s+(?i:the\s+)?(?:\p{Ll}[\p{L}’'-]*\s+){0,3}(?:\p{Lu}[\p{L}\p{N}’'-]*(?:\s+\p{Lu}[\p{L}\p{N}’'-]*)*|(?i:reporters|journalists))(?i:\s+(?:news\s+)?(?:channel|network|newspaper|agency|program|programme|show))?)?
      | \s*,?\s*(?i:in\s+response\s+to)\s+(?:[\p{L}’'-]+\s+){0,3}?(?i:questions?)(?:\s+(?i:from|by)\s+[\p{L}’'-]+)?
    )
    """,
    regex.VERBOSE,
)
_INTRO = regex.compile(
    r"\G\s*(?:(?P<colon>:)|,?\s*(?P<that>that)\b|(?P<comma>,)(?=\s*[“\"«„‘])|(?P<wh>(?=(?:whether|if|why|how)\s))|)\s*"
)
# "Asked whether he would …, Johnson demurred": the question, put by "by X" if named
_ASKED = regex.compile(
    r"""\G(?P<cue>[Aa]sked)(?:\s+by\s+(?P<by>[^,]{2,60}?))?(?:\s+(?:on|in|at|during|after)\s+[^,]{1,40}?)?
        \s+(?P<q>(?:whether|if|why|how|what|when|where|who|whom|which|about)\s[^,]{3,})""",
    regex.VERBOSE,
)
_CLAUSE_START = regex.compile(
    r"""\G(?:[“\"«„‘]|''|\p{Lu}|\p{N}
        | (?!(?i:at|in|on|of|for|to|with|by|from|about|during|after|before|also|later|earlier|recently|again
              |yesterday|today|tonight|instead|too|so|as|than|and|or|but|through|via|amid|across|over|under|against
              |toward|towards|upon|near|outside|inside|within|without|among|between|behind|beyond|despite|following
              |including|like|per|since|until|while|when|whilst|afterward|afterwards|repeatedly|publicly|privately)\b)\p{Ll})""",
    regex.VERBOSE,
)
_COLON_SENTENCES = 8
_TO_INFINITIVE = regex.compile(
    r"\G\s+(?P<content>(?:(?:him|her|them|us|me|it|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}|the\s+\p{Ll}+)\s+)?to\s+\p{Ll})"
)
_TO_OBJECT = regex.compile(r"\G\s+to\s+(?=\S)")
_CUT = regex.compile(
    r"""
      ,[”"’']?\s*(?:adding|saying|noting|stressing|insisting|warning|explaining|arguing|claiming|according\s+to|
             he\s+(?:said|added)|she\s+(?:said|added)|which\s+(?:he|she|they)|while\s+|without\s+giving|to\s+which)\b
    | ,[”"’']?\s*(?!(?:including|according|regarding|concerning|during|notwithstanding|following|excluding|involving|bring|string|thing|king|spring|morning|evening)\b)\p{Ll}{3,}ing\s   # ", linking to a story"
    | ,?\s+(?:and|but)\s+(?:he|she|they|we|I)\s+(?!(?:is|was|are|were|has|had|have|will|would|can|could|did|does|do)\b)\p{Ll}+ed\b   # ", and he pronounced …": a new clause
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
_AND_BUT = regex.compile(r"(?:and|but)\s")  # in every match of _AND_CUE
_COMMA = regex.compile(r",\s+")
_INVERTED_NEXT = regex.compile(r"\s+(?:\p{Lu}|(?:a|an|the|one|two|three|several|many|some)\s)")
_JUST_COMMA = regex.compile(r"[”\"’']?,[”\"’']?\s*")
_NEXT_WORD = regex.compile(r"\s*(\w+)")
_IMPERSONAL = regex.compile(r"\bit\s+(?:was|is|has\s+been)\s*$", regex.I)
_OBJECT_START = regex.compile(r"[\p{L}\p{N}“\"‘]|''")  # '' opens a quote in some archives
_THAT_OR_COLON = regex.compile(r"\s*(?:that\b|:)")
_COMMA_MORE = regex.compile(r"\s*,\s*(?=\S)")
_COMMA_PHRASE = regex.compile(r"\s*,\s*(?:adding|saying|noting|according|without|denouncing|citing|in\s|during\s|as\s)", regex.I)
_ACCORDING_TO = regex.compile(r"\baccording\s+to\b", regex.I)
_COMMA_GAP = regex.compile(r"\s*,\s*")
_NEW_CLAUSE = regex.compile(r"(?i:but|and|while|whereas|which|who|although|though|yet|so)\b")
_DASH_AFTER = regex.compile(r"\s+[-–—]\s")
_POSS_REPORT = regex.compile(r"([\p{Lu}][\p{L}\p{N}-]*)[’']s\s+([\p{Lu}][\p{L}\p{N}-]*)\s+report")
_BARE_REPORT = regex.compile(r"(.+?)\s+(?:reporter|report|correspondent)s?$")

# A body paragraph opening with a speaker label: one to four capitalised
# words that are not a section label ("Update:", "Photo:", "Editor's note:").
_SPEAKER_LABEL = regex.compile(
    r"""(?!(?i:update|note|photo|photos|source|sources|related|share|tags?|editor|correction|video|watch|read
          |also|credit|image|caption|advertisement|subscribe|follow|sign|click|comments?|warning|disclosure
          |question|answer|bottom\s+line|the\s+bottom\s+line|what|why|how|who|when|where|more|contact|email)\b)
        \p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|and|de|van|von|al|bin)){0,3}""",
    regex.VERBOSE,
)
_SECTION_LABEL = regex.compile(
    r"""\s*(?i:breaking|poll|polls|watch|video|exclusive|update|updated|live|analysis|opinion|review|editorial|fact\s+check
        |the\s+latest|contributing|see|read|photos?|listen|correction|more|related|sources?|credits?|editor['’]s\s+note
        |[\p{L}’']+\s+morning\s+email|quotable|trending|developing)\b""",
    regex.VERBOSE,
)
_TRAIL_PUNCT = " \t.,;:—–-\u00a0"
_HEADLINE_COLON = regex.compile(r"^(?P<who>[^:\n]{1,60}?)\s*(?P<colon>:)\s+(?P<what>\S.{5,})$")


def _sentence_index(sentences: Sequence[Span], pos: int) -> int:
    starts = [s.start for s in sentences]
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _inside(ends: Sequence[int], starts: Sequence[int], pos: int) -> bool:
    """True when ``pos`` lies in one of the ranges ``[starts[i], ends[i])`` (sorted by start)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and starts[i] <= pos < ends[i]


def _content(text: str, start: int, end: int) -> Span | None:
    span = Span.strip(text, start, end, _TRAIL_PUNCT)
    words = span.text.split(None, 1)  # two words are enough to know: no split of a long clause
    if len(words) < 2 or not any(ch.isalpha() for ch in span.text):
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
    # the attribution clause is near the content; whole-sentence windows made
    # a sentence without full stops quadratic
    lo, hi = max(lo, spans[0].start - 300), min(hi, spans[-1].end + 300)
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


_MAX_CONTENT = 3000  # characters of one reported clause; keeps a sentence without full stops linear


def _content_end(text: str, start: int, sent_end: int, cues: CuePattern) -> int:
    sent_end = min(sent_end, start + _MAX_CONTENT)
    cut = _CUT.search(text, start, sent_end)
    if cut is not None and len(text[start : min(cut.start(), start + 40)].split()) < 3:
        # "says Millennials, numbering 75.3 million, surpassed …": a participle
        # right after the subject is an apposition, not the end of the clause
        cut = _CUT.search(text, cut.end(), sent_end)
    end = cut.start() if cut else sent_end
    if cut is not None and text[end : end + 1] == "," and text[end + 1 : end + 2] in ("”", '"', "’"):
        end += 2  # called Cruz the “ultimate hypocrite,” linking …: keep the closing mark
    # "acknowledged the ability … and said: …": a second cue ends the first content
    # (only after "and" or "but", which most contents lack: no cue scan then)
    for nxt in cues.finditer(text, start, end) if _AND_BUT.search(text, start, end) else ():
        gap = _AND_CUE.search(text, max(start, nxt.start() - 16), nxt.start())
        if gap is not None and text[nxt.start()].islower() and nxt.group().split()[0].lower() not in _BELIEF_FORMS:
            return gap.start()
    # a trailing attribution inside the sentence: "…, Patel said, adding …"
    for n, comma in enumerate(_COMMA.finditer(text, start, end)):
        if n >= 12:
            break  # a clause with more commas than this is a list, not an attribution
        pos = comma.end()
        after = cues.search(text, pos, min(end, pos + 80))
        if after is None:
            continue
        who = mention_before(text, pos, after.start())
        if who is not None and who.span.start == pos and not text[who.span.end : after.start()].strip(" ,"):
            return comma.start()
    return end


def extract_reported(article: Article, segments: tuple[Segment, ...], lexicon: Lexicon) -> Iterator[Claim]:
    """The plugin's work as a pure function."""
    text = article.text
    cues = cue_scanner(lexicon)
    # where quotes open and end, packed (no quote made)
    quotes = quote_table(text, segments)
    qstarts, qends = quotes.opens, quotes.ends
    for seg in segments:
        if not seg.boilerplate and text.find(":", seg.span.start, seg.span.start + 64) >= 0:
            # "White House: Our preferred option …" in a headline; in the body
            # only a name ("Matthews: Well, speculation is bad.")
            m = _HEADLINE_COLON.match(seg.span.text)
            if m is not None and not seg.headline and not _SPEAKER_LABEL.fullmatch(m.group("who")):
                m = None
            if m is not None and _SECTION_LABEL.match(m.group("who")):
                m = None  # "Breaking: …", "Poll: …", "Contributing: Todd Spangler"
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
        # read once: a segment makes its sentences' spans on each read
        sentences = seg.sentences
        yield from _from_according(text, seg, sentences, cues, qends, qstarts)
        yield from _from_as(text, sentences, cues, lexicon)
        yield from _from_poll(text, seg, sentences)
        yield from _from_reportedly(text, seg, sentences)
        yield from _from_raising(text, seg, sentences, cues, qends, qstarts)
        yield from _from_any_verb(text, seg, sentences, cues, qends, qstarts, lexicon)
        yield from _from_nominal(text, seg, sentences, cues, qends, qstarts)
        consumed = -1
        for sent, m in _with_sentences(cues, text, seg, sentences):
            if m.start() <= consumed or _inside(qends, qstarts, m.start()):
                continue
            if not is_verb_cue(text, m, sent.start, seg.headline):
                continue
            claim = _from_cue(text, seg, sentences, sent, m, cues, lexicon)
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


# Words after which a cue's base form is still a verb ("they call", "will
# state", "to claim", "officials say"); after any other lowercase word the
# base form reads as a noun ("a failed state").
_VERB_LICENSE = frozenset(
    ["i", "we", "you", "they", "to", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
     "do", "did", "does", "not", "n’t", "n't", "never", "also", "often", "still", "now", "just", "only", "always",
     "repeatedly", "frequently", "usually", "typically", "generally", "sometimes", "then", "and", "or",
     "who", "that", "which", "people", "men", "women", "children", "police", "staff", "public", "let"]
)


def _noun_use(prev: Token) -> bool:
    if not prev.text.isalpha() or not prev.text[:1].islower():
        return False
    # "did not immediately respond", "publicly call": an -ly adverb licenses a verb
    return prev.lower not in _VERB_LICENSE and not prev.lower.endswith(("s", "ly"))


_APPOSED_DESCRIPTION = regex.compile(r",\s*(?:a|an|the|his|her|its|their)\s+[^,;:“”\"]{1,60},\s*$", regex.IGNORECASE)


_REFLEXIVES = frozenset(["himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"])

# a closing quotation mark after a comma or a stop, then a few words up to the cue
_AFTER_CLOSING_QUOTE = regex.compile(r"[,?!.…][”\"’']{1,2}\s+(?:[\p{L}\p{N}.’'-]+\s+){0,8}$")
_VENUE_START = regex.compile(
    r"(?i:on|in|at|during|by|from|via|after|before|while|when|of|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|today|yesterday|tonight|this|last|earlier|later)\b"
)

# "said she made her decision … and thought many people would …": a belief
# coordinated inside the content stays in it
_BELIEF_FORMS = frozenset(["thought", "thinks", "think", "believed", "believes", "believe", "hoped", "hopes", "hope", "expected", "expects", "expect", "felt", "feels", "worried", "worries", "feared", "fears"])

_FINITE_HINTS = frozenset(["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "do", "does", "did", "said", "says"])


def _description_only(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (up to a comma) is a short noun phrase without a verb: an apposition."""
    if hi - lo > 120:
        return False  # (and no split of a long sentence for every cue)
    words = text[lo:hi].strip(" ,\u00a0").split()
    if not 0 < len(words) <= 10:
        return False
    if words[0].lower() not in ("a", "an", "the", "one", "another", "two", "three", "several", "many", "some") and not words[0][:1].isupper():
        return False
    return not any(w.lower() in _FINITE_HINTS or (w.endswith("ed") and w.islower()) for w in words)


def _name_in_apposition(text: str, lo: int, comma: int) -> tuple[int, Mention] | None:
    """For "CONTENT, a spokeswoman, Anna White," ending at ``comma``: the comma that ends
    the content and the name, or None."""
    found = mention_before(text, lo, comma)
    if found is None or found.kind != "name" or text[found.span.end : comma].strip():
        return None
    before = text.rfind(",", max(lo, found.span.start - 3), found.span.start)
    if before < 0 or text[before + 1 : found.span.start].strip():
        return None
    description = _APPOSED_DESCRIPTION.search(text, max(lo, before - 70), before + 1)
    return (description.start() if description is not None else before), found


def _from_cue(
    text: str,
    seg: Segment,
    sentences: tuple[Span, ...],
    sent: Span,
    m: regex.Match[str],
    cues: CuePattern,
    lexicon: Lexicon,
) -> Claim | None:
    last = last_token_before(text, sent.start, m.start(), 30)
    if (last is None or (last.lower == "when" and last.start <= sent.start + 6)) and (
        asked := _ASKED.match(text, m.start(), sent.end)
    ) is not None:
        return _asked(text, sent, asked, lexicon, m)
    prev = last.lower if last is not None else ""
    gerund = prev in ("by", "while", "after", "before") and m.group().split()[0].lower().endswith("ing")
    if (prev in _NOUN_BEFORE and not gerund) or (prev.endswith(("’s", "'s", "s’", "s'")) and not _CONTRACTED_BE.fullmatch(prev)) or text[m.start() - 1 : m.start()] in ("“", '"', "'", "‘"):
        return None  # a noun, or a word just inside an opening quotation mark ("by saying" is a gerund)
    form = m.group().lower()
    verb_form = form.split()[0]  # "referring to": the participle is the first word
    after_word = _NEXT_WORD.match(text, m.end(), m.end() + 20)
    if (
        after_word
        and after_word.group(1).lower() in ("of", "about", "by", "from", "for", "and", "up", "off")
        and form not in ("said", "says", "told")
        and not (form == "asked" and after_word.group(1).lower() == "by")  # "was asked by host X whether"
    ):
        return None
    if after_word and after_word.group(1).lower() in _REFLEXIVES and verb_form.startswith(("find", "found")):
        return None  # "found himself in the awkward position"

    cue, stance = cue_at(text, m, lexicon)
    lemma = cue.lemma
    if lemma in QUOTE_ONLY_VERBS and not _COLON_NEXT.match(text, m.end()):
        return None  # only before a colon or "that": "This White House official continued: We know …"
    if form in ("called", "dubbed", "named", "titled", "entitled", "labeled", "labelled") and _NAMING_BEFORE.search(
        text, max(sent.start, m.start() - 40), m.start()
    ):
        return None  # "a show called “Brokers”": a name given, not a statement
    if form == lemma and lemma in AMBIGUOUS_NOUNS and last is not None and _noun_use(last):
        return None  # "a failed state", "a Trump action figure"
    if lemma in AMBIGUOUS_NOUNS and verb_form in (lemma.split()[0], lemma.split()[0] + "s") and follows_determiner(
        text, sent.start, m.start(), 1
    ) and not _THAT_NEXT.match(text, m.end()):
        # ("The document states that …" is a verb)
        return None  # "made an unprompted call for", "her repeated calls"
    if cue.span.start < m.start() and text[cue.span.start : cue.span.start + 5].lower() == "going":
        # "Sanders said, going on to say that …": the participle is "going"
        verb_form = "going"
        last = last_token_before(text, sent.start, cue.span.start, 30)
        prev = last.lower if last is not None else ""
    progressive = passive = False
    contracted = _CONTRACTED_BE.fullmatch(prev) if verb_form.endswith("ing") else None
    if prev in _PASSIVE:
        # "Kasich is telling …" is progressive; "it was announced" is passive
        progressive = verb_form.endswith("ing")
        passive = not progressive
    elif contracted is not None:
        progressive = True  # "He’s claiming that …"

    verb_at = cue.span.start if verb_form == "going" else m.start()
    head_text = text[max(sent.start, verb_at - 8) : verb_at].rstrip().rstrip("”\"’'")
    participial = verb_form.endswith("ing") and (
        head_text.endswith((",", "–", "—"))
        or (head_text.endswith(" and") and text.rfind(",", max(sent.start, m.start() - 300), m.start()) >= 0)
        or head_text.endswith((" by", " while", " after", " before", " in"))  # "by saying he is ready"
        or after_document(text, sent.start, m.start())  # "released a statement saying …"
    )
    # "started the debate saying …": a participle without a comma still
    # belongs to the main clause (not "is calling for", a progressive, nor
    # "without mentioning")
    unmarked = (
        verb_form.endswith("ing")
        and not (participial or progressive or prev == "without")
        and not _AUX_BEFORE.search(text, max(sent.start, m.start() - 40), m.start())
        and not object_speaks(text, sent.start, m.start())
    )
    absolute = _WITH_SUBJECT.search(text, max(sent.start, m.start() - 80), m.start()) if verb_form.endswith("ing") else None
    sent_start = sent.start
    mention: Mention | None = None
    pending = False
    if passive:
        asked_by = _ASKED_BY.match(text, m.end(), min(sent.end, m.end() + 160)) if lemma == "ask" else None
        if asked_by is not None and (asker := mention_after(text, asked_by.end("by"), asked_by.end("who"))) is not None:
            # "Sanders was asked by host John Dickerson whether …": the asker
            # speaks; what was asked is the content
            start = asked_by.end()
            content = _content(text, start, _content_end(text, start, sent.end, cues))
            if content is None:
                return None
            return _claim(text, (content,), _kind(text, (content,), False) or Kind.MIXED, asker, cue, stance, (sent.start, sent.end), 0.6)
        if not _IMPERSONAL.search(text[max(sent.start, m.start() - 20) : m.start()]):
            return None
    elif absolute is not None:
        # "…, with three in 10 saying a running mate would have no effect"
        mention = mention_before(text, absolute.end("with"), cue.span.start)
    elif verb_form.endswith("ing") and (absolute_name := _NAMED_ABSOLUTE.search(text, max(sent.start, m.start() - 60), m.start())) is not None:
        # "… optimism – Ryan saying he was “very encouraged” and Trump calling
        # it a “great meeting”": a name right before the participle is its subject
        mention = Mention(span=Span.of(text, absolute_name.start("name"), absolute_name.end("name")), kind="name")
    elif participial or unmarked:
        mention = _not_participle(participial_subject(text, sent.start, cue.span.start, cues), sent_start, text)
        if unmarked and mention is not None and not text[mention.span.end : cue.span.start].strip():
            return None  # "Iran commenting on the drones said …": a modifier of the subject
    elif progressive and contracted is not None:
        assert last is not None
        mention = Mention(span=Span.of(text, last.start, last.start + len(contracted.group("who"))), kind="pronoun")
    elif progressive:
        assert last is not None  # progressive: "is" came before the cue
        mention = _not_participle(mention_before(text, sent.start, last.start), sent_start, text)
    elif verb_form.endswith("ing"):
        return None
    elif head_text.endswith((" and", " but")) and _earlier_verb_cue(text, sent.start, m.start(), cues):
        # "Paul said Rubio's plan would give money to immigrants, and called
        # him …": the subject of the earlier cue, not of the clause it reports
        mention = _not_participle(participial_subject(text, sent.start, cue.span.start, cues), sent_start, text)
        if mention is None:
            pending = True
    else:
        pending = True  # the subject is looked for only when an attribution needs it

    def subject() -> Mention | None:
        nonlocal mention, pending
        if pending:
            pending = False
            found = _not_participle(mention_before(text, sent_start, cue.span.start), sent_start, text)
            if (
                found is None
                and head_text.endswith((" and", " but"))
                # bounded: a search from the sentence start for every cue made
                # a sentence of many coordinated cues quadratic
                and not _SUBORDINATOR.search(text, max(sent_start, cue.span.start - 300), cue.span.start)
            ):
                # "Donald Trump, her Republican opponent, bemoaned the unrest and
                # said …": the coordination's subject opens the sentence
                found = _not_participle(participial_subject(text, sent_start, cue.span.start, cues), sent_start, text)
            if (
                found is not None
                and found.role is None
                and _JUST_COMMA.fullmatch(text, found.span.end, cue.span.start)
                and not text[max(sent_start, found.span.start - 20) : found.span.start].rstrip().endswith(",")
                and _INVERTED_NEXT.match(text, m.end())
            ):
                # "… a loyal following, said Ms. Gil": the noun phrase before the
                # comma ends the content; the speaker follows the cue
                found = None
            mention = found
        return mention

    sent_end = sent.end
    # "• Read also: It will be necessary …, says Putin": the link label is not content
    # bounded: the engine looks for the pattern's required text in the whole
    # window first, which for every cue of a long sentence was quadratic
    label = _LINK_LABEL.match(text, sent.start, min(sent_end, sent.start + 80))
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
    post_end = pos
    if lemma in INFINITIVE_VERBS and (inf := _TO_INFINITIVE.match(text, pos, sent_end)) and (subject() is not None):
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
        that = bool(intro.group("that") or intro.group("wh"))
        start = intro.end()
    if not (colon or that) and (lemma in ADDRESSEE_VERBS or _PREPOSITION_START.match(text, start)):
        # "is telling a packed crowd in snowy Windham on Monday that …"
        far = _FAR_THAT.match(text, start, min(sent_end, start + 140))
        if far is not None and not cues.search(text, start, far.start("that")):
            start, that = far.end(), True
    # whether a leading attribution fits, decided before asking for the subject
    # (which it needs, like the trailing one, but which costs more)
    np_object = _OBJECT_START.match(text, start, start + 2) is not None and (
        # any cue verb's object is what was said, except after weak cues
        lemma in NP_OBJECT_VERBS
        or (lemma not in WEAK_OBJECT_VERBS and not _PREPOSITION_START.match(text, start))
    )
    end: int | None = None
    if not (colon or that or np_object) and _OBJECT_START.match(text, start, start + 2):
        # a partial quote in the object makes it a statement: called it “shameful”
        end = _content_end(text, start, sent_end, cues)
        if any(ch in text[start:end] for ch in "“\"«„") or "''" in text[start:end]:
            np_object = True
    leading = colon or that or np_object or (lemma in BARE_CLAUSE_VERBS and _CLAUSE_START.match(text, start, sent_end)) or (
        intro is not None and intro.group("comma")
    )
    if (
        leading
        and not (colon or that)
        and _VENUE_START.match(text, start)
        and _AFTER_CLOSING_QUOTE.search(text, max(sent.start, m.start() - 90), m.start())
    ):
        # “…,” Perez said Sunday on NBC's “Meet the Press.”: the attribution
        # of the quote before; what follows the cue is where it was said
        leading = False
    if leading and lemma == "tell" and not (colon or that) and _addressee_only(text, start, sent_end):
        # “…,” she told the newspaper / a Senate panel Wednesday: only an addressee
        leading = False
    if leading and lemma == "tell" and not (colon or that):
        # "This is not about me, President Obama told his advisers as …": the
        # sentence before the comma is what was told
        found = subject()
        if (
            found is not None
            and _JUST_COMMA_BEFORE.search(text, max(sent.start, found.span.start - 3), found.span.start)
            # "While Democrats pushed for talks, Cornyn told reporters this was …"
            and subordinate_opener(text, sent.start, found.span.start) is None
            # "One delegate not on the slate, Kelly Smith, told POLITICO she …"
            and not _description_only(text, sent.start, found.span.start)
        ):
            leading = False
    if leading and (passive or subject() is not None):
        if colon:
            end = _colon_end(text, sentences, sent, start, cues)
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
    # bounded: in a sentence of thousands of words without a comma an
    # unbounded search would cost O(sentence) per cue
    comma = text.rfind(",", max(sent.start, m.start() - 2000), m.start())
    if comma < 0:
        return None
    inverted = not text[comma + 1 : m.start()].strip(" \u00a0”\"’'")
    if inverted and (lemma not in INVERTING_VERBS or verb_form.endswith("ing")):
        # (a participle is never inverted: "…, saying it is time" has no subject "it")
        return None  # "…, Kelly Smith, told POLITICO she …": an object, not an inverted subject
    if inverted:
        mention = mention_after(text, m.end(), sent_end)
        if mention is None and (named := _name_in_apposition(text, sent.start, comma)) is not None:
            # "CONTENT, a spokeswoman, Anna White, said on Saturday"
            comma, mention = named
            inverted = False
    elif (mention := subject()) is None or mention.span.start < comma:
        return None
    if mention is None:
        return None
    if not inverted and cues.search(text, comma + 1, mention.span.start):
        return None  # "In Vermont, about half of voters said they want …": not "CONTENT, X said"
    tail_from = max(m.end(), mention.span.end, mention.role.end if mention.role is not None else 0, post_end if not inverted else 0)
    # only the start of what follows is looked at: slicing to the sentence end
    # for every cue made a sentence of many cues quadratic
    tail = text[tail_from : min(sent_end, tail_from + 200)]
    if _THAT_OR_COLON.match(tail):
        return None
    # “strategic,” said X: the closing mark after the comma belongs to the content
    first = max(sent.start, comma - _MAX_CONTENT)
    content = _content(text, first, comma + 2 if text[comma + 1 : comma + 2] in "”\"’" and comma + 1 < sent_end else comma)
    second = None
    rest = _COMMA_MORE.match(tail)
    if rest and not _COMMA_PHRASE.match(tail) and not _apposition_next(tail[rest.end() :]):
        second = _content(text, tail_from + rest.end(), min(sent_end, tail_from + rest.end() + _MAX_CONTENT))
        if second is not None and " " not in second.text:
            second = None
    if content is not None and _AS_OPENER.match(text, content.start) and cues.search(text, content.start, content.end):
        return None  # "As reported by X, investigators found …": an attribution, not content
    if content is None:
        opener = Span.strip(text, first, comma, _TRAIL_PUNCT)
        if second is None or not opener.text.isalpha():
            return None
        content = opener  # "Overall, she said, a number of …"
    spans = [content]
    if second is not None:
        spans.append(second)
    trailing_kind = _kind(text, spans, False)
    if trailing_kind is None:
        return None
    kind = trailing_kind
    return _claim(text, spans, kind, mention, cue, stance, (sent.start, sent_end), 0.7)


_APPOSITION_WORDS = frozenset(["who", "which", "whose"])


def _apposition_next(rest: str) -> bool:
    """Whether what follows "…, said X," describes X ("who served as …", "founder of …") rather than going on with the content."""
    word = rest[: rest.find(" ")] if " " in rest else rest
    word = word.lower()
    return word in _APPOSITION_WORDS or word in ROLE_NOUNS or word in TITLE_WORDS


_JUST_COMMA_BEFORE = regex.compile(r",[”\"’']?\s*$")
_FINITE = regex.compile(r"\b(?:is|are|was|were|will|would|could|should|can|has|have|had|did|does|do|may|might|must|\p{Ll}{3,}(?:ed|es))\b")


def _addressee_only(text: str, start: int, end: int) -> bool:
    """True when what follows "told" is a short phrase without a verb (an addressee)."""
    if end - start > 120:
        return False  # longer than an addressee (and no slicing to a far sentence end)
    rest = text[start:end]
    return len(rest.split()) <= 7 and _FINITE.search(rest) is None and not any(ch in rest for ch in "“\"«„")


def _asked(text: str, sent: Span, asked: regex.Match[str], lexicon: Lexicon, m: regex.Match[str]) -> Claim | None:
    """A sentence opening with "Asked whether …," reports the question; its asker, if named, is the speaker."""
    content = _content(text, asked.start("q"), asked.end("q"))
    if content is None:
        return None
    mention = None
    if asked.group("by"):
        mention = mention_after(text, asked.start("by"), asked.end("by"))
    cue, stance = cue_at(text, m, lexicon)
    return _claim(text, (content,), Kind.INDIRECT, mention, cue, stance, (sent.start, sent.end), 0.5)


def _earlier_verb_cue(text: str, lo: int, hi: int, cues: CuePattern) -> bool:
    """True when a cue used as a verb comes before ``hi`` in the sentence (at most 300 characters back)."""
    start = max(lo, hi - 300)
    return any(is_verb_cue(text, c, lo) and not c.group().split()[0].lower().endswith("ing") for c in cues.finditer(text, start, hi))


def _not_participle(mention: Mention | None, sent_start: int, text: str) -> Mention | None:
    """None for a sentence-opening participle ("Reporting reports that …"), which is not a name.

    A word written with a capital inside a sentence elsewhere in the article
    is a name ("Curt Schilling …" / "Schilling declined to comment").
    """
    if mention is not None and mention.span.start == sent_start and mention.span.text.endswith("ing") and " " not in mention.span.text:
        word = mention.span.text
        # (searched only for this rare case: a one-word -ing subject opening a sentence)
        for m in regex.finditer(r"(?<=[\p{L},]\s)" + regex.escape(word) + r"\b", text):
            if m.start() != mention.span.start:
                return mention
        return None
    return mention


def _colon_end(text: str, sentences: tuple[Span, ...], sent: Span, start: int, cues: CuePattern) -> int:
    """Colon speech runs to the paragraph end, unless a later sentence is attributed anew."""
    end = sent.end
    first = bisect.bisect_right(sentences, sent.start, key=lambda s: s.start)
    # at most a few sentences: colon speech is a short turn, and an
    # unbounded run would make a paragraph of n sentences cost n^2
    for s in sentences[first : first + _COLON_SENTENCES]:
        m = cues.search(text, s.start, s.end)
        if m is not None and mention_before(text, s.start, m.start()) is not None:
            break
        if _ACCORDING_TO.search(s.text):
            break
        end = s.end
    return end


_AS_OPENER = regex.compile(r"\s*[Aa]s\s+(?=\S)")
_BY = regex.compile(r"\s+by\s+")


def _from_as(text: str, sentences: tuple[Span, ...], cues: CuePattern, lexicon: Lexicon) -> Iterable[Claim]:
    """"As reported by X, …" and "As X reported, …": an attribution opening the sentence."""
    for sent in sentences:
        opener = _AS_OPENER.match(text, sent.start, sent.end)
        if opener is None:
            continue
        comma = text.find(",", opener.end(), min(sent.end, opener.end() + 120))
        if comma < 0:
            continue
        m = cues.search(text, opener.end(), comma)
        if m is None or not is_verb_cue(text, m, sent.start):
            continue
        by = _BY.match(text, m.end(), comma)
        if by is not None:
            mention = mention_after(text, by.end(), comma)
        else:
            mention = mention_before(text, opener.end(), m.start())
        if mention is None:
            continue
        start = comma + 1
        content = _content(text, start, _content_end(text, start, sent.end, cues))
        if content is None:
            continue
        cue, stance = cue_at(text, m, lexicon)
        yield _claim(text, (content,), _kind(text, (content,), False) or Kind.MIXED, mention, cue, stance, (sent.start, sent.end), 0.6)


_POLL_HINT = regex.compile(r"\b(?:poll|survey)s?\b", regex.IGNORECASE)
# "In a new Fox News poll released Thursday, CONTENT" / "CONTENT in a CBS News poll last month."
_POLL_SOURCE = r"""(?P<src>(?:(?:a|an|the|this|that|its|our|their|his|her|recent|new|every|each|all|most|\p{Lu}[\p{L}’'.-]*)\s+
    (?:[\p{L}\p{N}’'./&-]+\s+){0,6}?(?:polls|poll|surveys|survey)|(?:\p{Ll}[\p{L}-]*\s+){0,3}polls)
    (?:\s+(?:released|conducted|published|taken|out|last|this|earlier|on|in|from|of|by)\s+[^,.;:“”"]{1,40})?)"""
_POLL_LEADING = regex.compile(r"\G(?:(?:But|And|Yet|Still)\s+)?(?i:in)\s+" + _POLL_SOURCE + r"\s*,\s*", regex.VERBOSE)
_POLL_TRAILING = regex.compile(r"[\s,]+in\s+" + _POLL_SOURCE + r"(?P<tail>[\s,]*(?:[^.;:“”\"]{0,40})?)[.!?]?$", regex.VERBOSE)


# Literals one of which every _POLL_HINT match holds: the engine finds a
# literal by a fast string search, four times faster than the word pattern
_POLL_WORD = regex.compile(r"(?i)poll")
_SURVEY_WORD = regex.compile(r"(?i)survey")


def _from_poll(text: str, seg: Segment, sentences: tuple[Span, ...]) -> Iterable[Claim]:
    """A poll as the source: "In a new Fox News poll, Trump leads …", "… 45 percent in a CBS News poll"."""
    lo, hi = seg.span.start, seg.span.end
    if _POLL_WORD.search(text, lo, hi) is None and _SURVEY_WORD.search(text, lo, hi) is None:
        return
    for sent in sentences:
        if _POLL_HINT.search(text, sent.start, sent.end) is None:
            continue
        lead = _POLL_LEADING.match(text, sent.start, sent.end)
        if lead is not None:
            src = Span.strip(text, lead.start("src"), lead.end("src"))
            content = _content(text, lead.end(), sent.end)
            cue = Span.of(text, lead.start("src") - 3, lead.start("src") - 1)
        else:
            trail = _POLL_TRAILING.search(text, max(sent.start, sent.end - 160), sent.end)
            if trail is None or trail.start() - sent.start < 12:
                continue
            src = Span.strip(text, trail.start("src"), trail.end("src"))
            content = _content(text, sent.start, trail.start())
            at = text.rfind("in", trail.start(), trail.start("src"))
            cue = Span.of(text, at, at + 2)
        if content is None or len(content.text.split()) < 3:
            continue
        yield Claim(
            content=(content,),
            kind=_kind(text, (content,), False) or Kind.MIXED,
            mention=src,
            cue=Cue(cue, "in"),
            confidence=0.5,
            extractor="reported",
        )


_REPORTEDLY = regex.compile(r"\b(?:reportedly|allegedly)\b[\s,]*", regex.IGNORECASE)
# what every _REPORTEDLY match holds, found by a fast literal search (a
# quarter of the cost of scanning each paragraph with the word pattern)
_REPORTEDLY_HINT = regex.compile(r"(?i)edly")


def _from_reportedly(text: str, seg: Segment, sentences: tuple[Span, ...]) -> Iterable[Claim]:
    """"The FBI is reportedly making arrangements …": a report without a named source."""
    if _REPORTEDLY_HINT.search(text, seg.span.start, seg.span.end) is None:
        return
    for m in _REPORTEDLY.finditer(text, seg.span.start, seg.span.end):
        i = bisect.bisect_right(sentences, m.start(), key=lambda s: s.start) - 1
        if i < 0 or not sentences[i].start <= m.start() < sentences[i].end:
            continue
        sent = sentences[i]
        # bounded like every content, so a long sentence stays linear
        lo, hi = max(sent.start, m.start() - _MAX_CONTENT), min(sent.end, m.end() + _MAX_CONTENT)
        spans = [s for s in (_content(text, lo, m.start()), _content(text, m.end(), hi)) if s is not None]
        if not spans or sum(len(s.text.split()) for s in spans) < 4:
            continue
        word = Span.strip(text, m.start(), m.end(), " ,\u00a0")
        yield Claim(
            content=tuple(spans),
            kind=_kind(text, spans, False) or Kind.MIXED,
            cue=Cue(word, word.text.lower()),
            confidence=0.3,
            extractor="reported",
        )


_ACCORDING_HINT = regex.compile(r"according", regex.IGNORECASE)


def _from_according(
    text: str, seg: Segment, sentences: tuple[Span, ...], cues: CuePattern, qends: Sequence[int], qstarts: Sequence[int]
) -> Iterable[Claim]:
    if _ACCORDING_HINT.search(text, seg.span.start, seg.span.end) is None:
        return  # no "according to" in the paragraph
    for sent in sentences:
        for cue_span, who in find_according(text, sent.start, sent.end):
            if _inside(qends, qstarts, cue_span.start):
                continue
            if _is_relay(who.text) and any(
                is_verb_cue(text, c, sent.start) and _main_subject(text, sent.start, c.start())
                for c in cues.finditer(text, sent.start, sent.end)
            ):
                continue  # a relay: recorded as the via of the claims it relays
            lead = text[max(sent.start, cue_span.start - 200) : cue_span.start].strip(" ,") or cue_span.start - 200 > sent.start
            after = _COMMA_GAP.match(text[who.end : sent.end])
            if not lead and after:
                spans = [_content(text, who.end + after.end(), min(sent.end, who.end + after.end() + _MAX_CONTENT))]
            elif lead and ((sent.end - who.end < 300 and text[who.end : sent.end].strip(_TRAIL_PUNCT) == "") or _DASH_AFTER.match(text, who.end, sent.end)):
                spans = [_content(text, max(sent.start, cue_span.start - _MAX_CONTENT), cue_span.start)]
            elif lead and after and not _NEW_CLAUSE.match(text, who.end + after.end()):
                spans = [_content(text, max(sent.start, cue_span.start - _MAX_CONTENT), cue_span.start), _content(text, who.end + after.end(), min(sent.end, who.end + after.end() + _MAX_CONTENT))]
            elif lead:
                # "…, according to three sources who spoke to Fox News": the
                # rest of the sentence describes the source
                spans = [_content(text, max(sent.start, cue_span.start - _MAX_CONTENT), cue_span.start)]
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


def _main_subject(text: str, lo: int, cue_start: int) -> bool:
    """Whether the cue at ``cue_start`` has a subject that opens its sentence or follows a comma.

    Only such a cue makes the statement one that an "according to <medium>"
    relays; "… as many people expected, according to an email obtained by
    The Huffington Post" has the email as its source.
    """
    found = mention_before(text, lo, cue_start)
    if found is None:
        return False
    before = text[max(lo, found.span.start - 40) : found.span.start].rstrip(" \u00a0")
    if _SUBORDINATOR_END.search(before):
        return False  # "… as many people expected": a subordinate clause
    return found.span.start - lo <= 40 or before.endswith((",", "”", '"'))


_SUBORDINATOR_END = regex.compile(r"\b(?i:as|than|which|that|who|when|if|because|while|what)$")


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
# search for, and most sentences do not have it. _THAT_HINT, a literal, is
# cheaper still and rules out two paragraphs in three.
_THAT_HINT = regex.compile(r"that\s")
_NOMINAL_HINT = regex.compile(
    r"""(?i:claims?|statements?|reports?|allegations?|accusations?|assertions?|warnings?|remarks
        |insistence|promises?|pledges?|arguments?|charges?|denials?|assessment|contention|view|belief)
    \s+that\s""",
    # matched from the end: the search then starts from the literal "that",
    # three times faster (only whether there is a match is asked)
    regex.VERBOSE | regex.REVERSE,
)


def _from_nominal(
    text: str, seg: Segment, sentences: tuple[Span, ...], cues: CuePattern, qends: Sequence[int], qstarts: Sequence[int]
) -> Iterable[Claim]:
    """Nominal attributions with an identifiable source: "US statements that the meeting failed"."""
    if _THAT_HINT.search(text, seg.span.start, seg.span.end) is None or _NOMINAL_HINT.search(text, seg.span.start, seg.span.end) is None:
        return  # no noun followed by "that": no need to run the full pattern
    for sent, m in _with_sentences(_NOMINAL, text, seg, sentences):
        if _inside(qends, qstarts, m.start("noun")):
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


_RAISING = regex.compile(
    r"""(?<![\p{L}])(?P<cue>(?:seem|seems|seemed|appear|appears|appeared)
        |(?:is|are|was|were|be|been)\s+(?:widely\s+|also\s+|now\s+)?(?:expected|believed|thought|said|reported|rumored|rumoured))
        \s+(?P<to>to\s+\p{Ll})""",
    regex.VERBOSE,
)

# What every _RAISING match holds: "seem" or "appear", or "to" after a past
# participle or "thought"/"said" and whitespace. The literal "to" is found
# by a fast string search and the look-behind tried only there; with the two
# string searches this costs a third of scanning with _RAISING itself.
_RAISING_HINT = regex.compile(r"(?<=(?:ed|thought|said)\s+)to\s")


def _with_sentences(
    pattern: CuePattern, text: str, seg: Segment, sentences: tuple[Span, ...]
) -> Iterator[tuple[Span, regex.Match[str]]]:
    """Matches of ``pattern`` in the paragraph, each with its sentence.

    One scan per paragraph: a scan per sentence cost more in Python
    overhead than in matching. A match that runs across a sentence end is
    not reported (as a per-sentence scan would not find it).
    """
    for m in pattern.finditer(text, seg.span.start, seg.span.end):
        i = bisect.bisect_right(sentences, m.start(), key=lambda s: s.start) - 1
        if i >= 0 and m.end() <= sentences[i].end:
            yield sentences[i], m


def _from_raising(
    text: str, seg: Segment, sentences: tuple[Span, ...], cues: CuePattern, qends: Sequence[int], qstarts: Sequence[int]
) -> Iterable[Claim]:
    """Beliefs without a named source: "Sanders is expected to win", "Trump seemed to suggest …".

    The content is the subject and the infinitive ("Sanders … to win"); the
    speaker is unknown, so the claim has no mention and a low confidence.
    """
    lo, hi = seg.span.start, seg.span.end
    if text.find("seem", lo, hi) < 0 and text.find("appear", lo, hi) < 0 and _RAISING_HINT.search(text, lo, hi) is None:
        return  # seven paragraphs in eight: no need to scan them with the full pattern
    for sent, m in _with_sentences(_RAISING, text, seg, sentences):
        if _inside(qends, qstarts, m.start()):
            continue
        subject = mention_before(text, sent.start, m.start())
        start = m.start("to")
        tail = _content(text, start, _content_end(text, start, sent.end, cues))
        if tail is None:
            continue
        spans = (subject.span, tail) if subject is not None and subject.kind != "relative" else (tail,)
        yield Claim(
            content=spans,
            kind=_kind(text, spans, False) or Kind.MIXED,
            # one string a lemma, not one a claim (all of an article's claims are alive at once)
            cue=Cue(Span.of(text, m.start("cue"), m.end("cue")), sys.intern(" ".join(m.group("cue").split()[-1:]))),
            confidence=0.3,
            extractor="reported",
        )


_ANY_THAT = regex.compile(r"(?<![\p{L}’'-])(?P<verb>\p{Ll}{3,}ed)(?:\s+(?:back|out|up))?\s+(?P<that>that)\s+(?=[\p{L}“\"‘])")
# What every match of _ANY_THAT contains; it starts with a literal, which the
# engine finds by a fast string search: a tenth of the cost of the full scan
_ANY_THAT_HINT = regex.compile(r"ed\s+(?:(?:back|out|up)\s+)?that\s")


def _from_any_verb(
    text: str, seg: Segment, sentences: tuple[Span, ...], cues: CuePattern, qends: Sequence[int], qstarts: Sequence[int], lexicon: Lexicon
) -> Iterable[Claim]:
    """A verb outside the lexicon followed by "that": "Clinton fired back that …", "He joked that …"."""
    if _ANY_THAT_HINT.search(text, seg.span.start, seg.span.end) is None:
        return
    for sent, m in _with_sentences(_ANY_THAT, text, seg, sentences):
        verb = m.group("verb")
        if verb in lexicon or verb in NOT_REPORTING_VERBS or _inside(qends, qstarts, m.start()):
            continue
        mention = mention_before(text, sent.start, m.start("verb"))
        if mention is None or mention.kind == "relative":
            continue
        start = m.end()
        content = _content(text, start, _content_end(text, start, sent.end, cues))
        if content is None:
            continue
        lemma = sys.intern(verb[:-2])  # "joked" → "jok": a stem, good enough to tell cues apart; one string each
        yield _claim(
            text, (content,), _kind(text, (content,), False) or Kind.MIXED, mention,
            Cue(Span.of(text, m.start("verb"), m.end("verb")), lemma), Stance.ASSERT,
            (sent.start, sent.end), 0.4,
        )


def _relays(text: str, segments: Sequence[Segment]) -> list[tuple[int, int, Span, int]]:
    """(paragraph start, paragraph end, medium, cue start) for "According to IRNA …" relays."""
    out = []
    for seg in segments:
        for cue_span, who in find_according(text, seg.span.start, seg.span.end):
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
                out.append((seg.span.start, seg.span.end, medium, cue_span.start))
    return out


def attach_via(text: str, segments: Sequence[Segment], claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """Give claims relayed by "according to <medium>" that medium as ``via``.

    A relay applies to the claims of its paragraph whose speaker comes after
    it ("According to IRNA, Kanaani said …") and to a claim whose cue comes
    just before it in the same sentence ("Roe said …, according to CNN").
    """
    relays = _relays(text, segments)
    starts = [lo for lo, _, _, _ in relays]
    out = []
    for claim in claims:
        if claim.via is None and relays:
            # relays are sorted by paragraph; only those of the claim's paragraph can apply
            k = bisect.bisect_right(starts, claim.start)
            for lo, hi, medium, at in relays[max(0, k - 4) : k]:
                if lo <= claim.start < hi and (
                    claim.mention is None
                    or claim.mention.start > medium.end
                    or (claim.cue is not None and _relayed_after(text, claim.cue.span.end, at))
                ):
                    claim = attrs.evolve(claim, via=medium)
                    break
        out.append(claim)
    return tuple(out)


def _relayed_after(text: str, cue_end: int, at: int) -> bool:
    """Whether "according to" at ``at`` ends the sentence of a cue ending at ``cue_end``."""
    return 0 <= at - cue_end <= 400 and _SENTENCE_GAP.search(text, cue_end, at + 1) is None


_SENTENCE_GAP = regex.compile(r"[.!?][\p{Pf}\"'”’)]*\s+\p{Lu}")


def reported_claims(article: Article, segments: tuple[Segment, ...], lexicon: Lexicon) -> tuple[Claim, ...]:
    """The claims of the builtin ``reported`` plugin: :func:`extract_reported` without
    repeats of one cue, with the relaying media as ``via``."""
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

"""Shallow grammar for attribution: quotation marks, cue verbs, speaker mentions.

These pure functions are what the builtin extractor plugins are made of; a
third-party plugin may use them too. Nothing here parses full syntax: the
rules look at a bounded window around each cue, so the cost is linear in
the article length.
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple, overload

import regex
from attrs import frozen

from attribution._model import (
    _OFFSET_CODE,
    Cue,
    CueVerb,
    Segment,
    Span,
    SpeakerType,
    Stance,
    _lazy_spans,
    _source_of,
    _strip_offsets,
)
from attribution.lexicon import (
    ANONYMOUS_HEADS,
    DOCUMENT_HEADS,
    HONORIFICS,
    MEDIA_NAMES,
    ORGANIZATION_HEADS,
    PRONOUNS,
    REGION_NAMES,
    ROLE_NOUNS,
    TITLE_WORDS,
    Lexicon,
)

__all__ = [
    "Mention",
    "Quote",
    "QuoteTable",
    "Token",
    "classify_mention",
    "cue_at",
    "cue_lemma",
    "cue_regex",
    "find_quotes",
    "follows_determiner",
    "head_word",
    "last_token_before",
    "mention_after",
    "mention_before",
    "name_of",
    "quote_table",
    "tokens",
    "tokens_before",
    "trie_pattern",
]

# ---------------------------------------------------------------- quotes

_OPENERS = "“„«‹"
_CLOSERS = "”»›"
# Double marks, plus single marks where they cannot be apostrophes:
# an opening ‘/' after a non-word and before a word character, a closing
# ’/' after a word or punctuation and before a non-word character.
_MARK = regex.compile(
    r"""
      (?P<double>''|[“”„«»‹›"])
    | (?P<sopen>(?<![\p{L}\p{N}])[‘'](?=[\p{L}\p{N}]))
    | (?P<sclose>(?<=[\p{L}\p{N}.,!?])[’'](?![\p{L}\p{N}]))
    """,
    regex.VERBOSE,
)


@frozen(weakref_slot=False)  # one per quote or cue: no __weakref__ slot
class Quote:
    """A quoted stretch: its content spans (one per paragraph) and marks.

    ``open`` is the offset of the opening mark; ``close`` the offset just
    after the closing mark (None when the quote was never closed).
    """

    spans: tuple[Span, ...]
    open: int
    close: int | None

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end


def _pair_marks(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Pair quote marks inside one paragraph.

    Returns ``(pairs, dangling)``: pairs of (open offset, close offset) and
    the offset of an opening mark left unclosed at the paragraph end.
    """
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    open_ch = ""
    single_at: int | None = None
    skip_to = -1
    last_straight = -2  # not looked up yet
    next_close = -2  # the next closing curly mark, looked up once per stretch
    for m in _MARK.finditer(text, start, end):
        i = m.start()
        ch = m.group()
        if i <= skip_to:
            continue  # inside a quote nested in the open one
        if m.group("double"):
            if ch in ('"', "''"):
                if open_at is None:
                    nxt = text[m.end() : m.end() + 1]
                    if nxt and not nxt.isspace():
                        open_at, open_ch = i, ch
                elif open_ch == ch or not text[i - 1 : i].isspace():
                    pairs.append((open_at, i))
                    open_at = None
            elif ch in _OPENERS:
                nxt = text[i + 1 : i + 2]
                if open_at is not None and (
                    (open_ch == "„" and ch == "“")
                    # “It's unusual,“ said …: an opening glyph typed where a
                    # closing one belongs (after a word, before a space)
                    or (ch == "“" and not text[i - 1 : i].isspace() and (not nxt or nxt.isspace() or nxt in ".,;:!?"))
                ):
                    pairs.append((open_at, i))
                    open_at = None
                elif (
                    open_at is not None
                    and open_ch == '"'
                    and ch == "“"
                    and (inner_end := (next_close if next_close > i or next_close == -1 else (next_close := text.find("”", i + 1, end)))) >= 0
                    # the paragraph's last straight mark, not a search per
                    # opener (which made a paragraph of many quadratic)
                    and (
                        (last_straight if last_straight >= -1 else (last_straight := text.rfind('"', start, end))) > inner_end
                        # or a quote opening its paragraph, which may go on into the next
                        or (open_at - start < 8 and not text[start:open_at].strip())
                    )
                ):
                    # "… isn’t about “Equal Justice” anymore.": curly quotes
                    # nested in a straight one that closes later
                    skip_to = inner_end
                else:
                    # A second opener means the first was stray.
                    open_at, open_ch = i, ch
            elif open_at is not None:
                pairs.append((open_at, i))
                open_at = None
            single_at = None
        elif open_at is None:
            if m.group("sopen"):
                single_at = i
            elif single_at is not None:
                inner = text[single_at + 1 : i]
                if " " in inner.strip():
                    pairs.append((single_at, i))
                single_at = None
    return pairs, open_at


def _w(text: str, i: int) -> int:
    """Width of the quotation mark at ``i`` (two for a doubled ``''``)."""
    return 2 if text[i : i + 2] == "''" else 1


# the slot setters of Quote, for _new_quote
_QUOTE_SETTERS = tuple(Quote.__dict__[name].__set__ for name in ("spans", "open", "close"))


def _new_quote(spans: tuple[Span, ...], open_at: int, close: int | None) -> Quote:
    """``Quote(spans, open_at, close)`` without the generated ``__init__`` (a quote is made per read)."""
    quote = _new_object(Quote)
    set_spans, set_open, set_close = _QUOTE_SETTERS
    set_spans(quote, spans)
    set_open(quote, open_at)
    set_close(quote, close)
    return quote


_new_object = object.__new__


class QuoteTable(Sequence[Quote]):
    """An article's quotations as :func:`find_quotes` finds them, kept packed.

    A :class:`Quote` (and its spans) is made when one is read (``table[i]``,
    iteration): an article's quotes, kept as objects while the claims are
    found, were a tenth of the peak of memory use, and most quotes make no
    claim. ``opens`` and ``ends`` hold each quote's ``open`` and end (its
    ``close``, or its ``end`` when it was never closed), in order, for
    searches by offset that need no quote made.
    """

    __slots__ = ("_closes", "_firsts", "_source", "_span_ends", "_span_starts", "ends", "opens")

    def __init__(
        self,
        text: str,
        opens: array[int],
        closes: array[int],
        firsts: array[int],
        span_starts: array[int],
        span_ends: array[int],
    ) -> None:
        self._source = _source_of(text)  # what the quotes' spans index
        #: The ``open`` offset of each quote.
        self.opens = opens
        self._closes = closes  # -1: never closed
        # quote i's spans are those from firsts[i] to firsts[i + 1]
        self._firsts = firsts
        self._span_starts = span_starts
        self._span_ends = span_ends
        #: Where each quote ends: its ``close``, or its ``end`` if that is None.
        self.ends = array(closes.typecode, closes)
        for i, close in enumerate(closes):
            if close < 0:
                self.ends[i] = span_ends[firsts[i + 1] - 1]

    def __len__(self) -> int:
        return len(self.opens)

    @overload
    def __getitem__(self, index: int) -> Quote: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Quote, ...]: ...

    def __getitem__(self, index: int | slice) -> Quote | tuple[Quote, ...]:
        if isinstance(index, slice):
            return tuple([self[i] for i in range(*index.indices(len(self)))])
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("quote index out of range")
        firsts = self._firsts
        spans = _lazy_spans(self._source, self._span_starts, self._span_ends, firsts[index], firsts[index + 1])
        close = self._closes[index]
        return _new_quote(spans, self.opens[index], close if close >= 0 else None)

    def __iter__(self) -> Iterator[Quote]:
        for i in range(len(self)):
            yield self[i]

    def __repr__(self) -> str:
        return f"QuoteTable(<{len(self)} quotes>)"


# The last article's quote table: the quotes and reported plugins both need
# it. One tuple, replaced whole: a reader sees one article's entry or
# another's, never a mix (threads).
_last_quotes: tuple[object, object, QuoteTable | None] = (None, None, None)


def find_quotes(text: str, segments: Sequence[Segment]) -> tuple[Quote, ...]:
    """All quotations in the article, in order.

    A quote left open at the end of a paragraph continues into the next
    paragraph when that paragraph starts with an opening mark (the
    multi-paragraph convention); otherwise it ends with its paragraph, so a
    stray mark never swallows the rest of the article.
    """
    return tuple(quote_table(text, segments))


def quote_table(text: str, segments: Sequence[Segment]) -> QuoteTable:
    """The quotations of :func:`find_quotes`, packed (see :class:`QuoteTable`).

    The last article's table is kept (for a tuple of segments): the
    plugins that need it find the quotes once.
    """
    global _last_quotes
    last = _last_quotes
    if last[0] is text and last[1] is segments and last[2] is not None:
        return last[2]
    table = _quote_table(text, segments)
    if type(segments) is tuple:  # immutable, so the identity check is enough
        _last_quotes = (text, segments, table)
    return table


def _forget_article() -> None:
    """Drop the quote table :func:`quote_table` keeps (called once an article's extractors are done)."""
    global _last_quotes
    _last_quotes = (None, None, None)


def _quote_table(text: str, segments: Sequence[Segment]) -> QuoteTable:
    opens, closes, firsts, span_starts, span_ends = (array(_OFFSET_CODE) for _ in range(5))

    def add(quoted: list[tuple[int, int]], open_at: int, close: int) -> None:
        firsts.append(len(span_starts))
        for a, b in quoted:
            span_starts.append(a)
            span_ends.append(b)
        opens.append(open_at)
        closes.append(close)

    def stripped(start: int, end: int) -> tuple[int, int] | None:
        # the offsets of Span.strip(text, start, end), None for a blank one
        a, b = _strip_offsets(text, start, end)
        return (a, b) if b > a else None

    carry: list[tuple[int, int]] = []
    carry_open = 0
    for seg in segments:
        s, e = seg.span.start, seg.span.end
        pairs, dangling = _pair_marks(text, s, e)
        starts_with_open = text[s : s + 1] in _OPENERS or text[s : s + 1] in "\"'‘"
        if carry and not ((starts_with_open and pairs and pairs[0][0] == s) or (starts_with_open and dangling == s)):
            add(carry, carry_open, -1)
            carry = []
        for k, (o, c) in enumerate(pairs):
            span = stripped(o + _w(text, o), c)
            if span is None:
                continue
            if carry and k == 0 and o == s:
                add([*carry, span], carry_open, c + _w(text, c))
                carry = []
                continue
            add([span], o, c + _w(text, c))
        if dangling is not None:
            span = stripped(dangling + _w(text, dangling), e)
            if span is not None:
                if carry and dangling == s:
                    carry.append(span)
                else:
                    if carry:
                        add(carry, carry_open, -1)
                    carry = [span]
                    carry_open = dangling
    if carry:
        add(carry, carry_open, -1)
    firsts.append(len(span_starts))
    return QuoteTable(text, opens, closes, firsts, span_starts, span_ends)


# ---------------------------------------------------------------- cues


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes.

    A plain ``a|b|c`` over hundreds of words is tried word by word at every
    position; the trie form decides on the first character, which makes cue
    scanning several times faster.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        optional = "" in node
        alts = [
            (r"\s+" if ch == " " else regex.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if optional else body

    return build(trie)


@functools.lru_cache(maxsize=16)
def _compile_cues(forms: tuple[str, ...]) -> regex.Pattern[str]:
    # not inside a hyphenated word: "in-state", "so-called", "well-known".
    # The lookbehind comes after \b: the engine then tries it only at word
    # starts, which halves the time of a scan (same matches)
    return regex.compile(r"\b(?<![\p{L}\p{N}]-)(?:" + trie_pattern(forms) + r")\b(?!-[\p{L}\p{N}])", regex.IGNORECASE)


# The last lexicon and its pattern: the plugins ask for the pattern once per
# quote, and the lru_cache key (hundreds of forms) is hashed on every call.
_last_cues: tuple[Lexicon | None, regex.Pattern[str] | None] = (None, None)


def cue_regex(lexicon: Lexicon) -> regex.Pattern[str]:
    """A compiled pattern matching every cue form of ``lexicon`` as a whole word."""
    global _last_cues
    last = _last_cues
    if last[0] is lexicon and last[1] is not None:
        return last[1]
    pattern = _compile_cues(lexicon.key or tuple(sorted(lexicon.forms)))
    _last_cues = (lexicon, pattern)
    return pattern


# Text made only of these characters: ASCII (without \x1c-\x1f, which only
# the stdlib engine counts as whitespace), curly quotes, dashes, the
# ellipsis, guillemets and the no-break space. On such text the stdlib engine
# and ``regex`` agree on everything the cue pattern uses (\b, \s, letters
# and digits, ASCII case folding), and the stdlib one scans about twice as
# fast.
_PLAIN = re.compile("[\x00-\x1b\x20-\x7f“”‘’—–…«»„\u00a0]*")


@functools.lru_cache(maxsize=16)
def _compile_plain_cues(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """The cue pattern for the stdlib engine, or None if a form is not plain ASCII."""
    if not all(form.isascii() and form.replace(" ", "").isalpha() for form in forms):
        return None
    # [^\W_] is a letter or digit ([\p{L}\p{N}]) on plain text
    return re.compile(r"\b(?<![^\W_]-)(?:" + trie_pattern(forms) + r")\b(?!-[^\W_])", re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _compile_lowered_cues(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """The plain cue pattern without IGNORECASE, for lower-cased plain text (see :class:`CueScanner`).

    The stdlib engine skips ahead to a possible first letter only in a
    case-sensitive pattern: this one scans lower-cased text about 2.5 times
    as fast as :func:`_compile_plain_cues` scans the text itself.
    """
    if _compile_plain_cues(forms) is None or not forms:
        return None
    lowered = sorted({form.lower() for form in forms})
    firsts = {form[0] for form in lowered}
    # the first letters, when every form starts with one (a space would stand for \s+)
    ahead = "(?=[" + "".join(sorted(firsts)) + "])" if all(ch.isalpha() for ch in firsts) else ""
    return re.compile(r"\b" + ahead + r"(?<![^\W_]-)(?:" + trie_pattern(lowered) + r")\b(?!-[^\W_])")


#: Below this many characters a bounded scan is not worth lower-casing first;
#: above the maximum it is not lower-cased either, so that a caller stopping
#: at an early match in a long range (a sentence without full stops) does
#: not pay for lower-casing all of it on every call.
_LOWER_SCAN_MIN = 16
_LOWER_SCAN_MAX = 4000


class CueScanner:
    """The cue pattern of a lexicon (:func:`cue_regex`), scanning plain text with the stdlib engine.

    ``finditer``, ``search`` and ``match`` take the same arguments as the
    pattern's and give the same matches. When ``endpos`` is given and the
    text from two characters before ``pos`` (which the look-behind sees) up
    to ``endpos`` is plain (see :data:`_PLAIN`), the stdlib engine finds
    them; only ``start``, ``end``, ``span`` and ``group`` may be used on
    matches.

    A longer plain range is lower-cased and scanned with the case-sensitive
    pattern (:func:`_compile_lowered_cues`): on plain text lower-casing keeps
    every offset and changes nothing the pattern tests but letter case, so
    it finds a match exactly where the case-insensitive pattern does; that
    pattern then matches there on the text itself, which gives the same
    match object as before (and the scan resumes from its end, as
    ``finditer`` does).
    """

    __slots__ = ("_lowered", "_plain", "pattern")

    def __init__(
        self, pattern: regex.Pattern[str], plain: re.Pattern[str] | None, lowered: re.Pattern[str] | None = None
    ) -> None:
        self.pattern = pattern
        self._plain = plain
        self._lowered = lowered if plain is not None else None

    def _engine(self, text: str, pos: int, endpos: int | None) -> regex.Pattern[str]:
        if endpos is not None and self._plain is not None and _PLAIN.fullmatch(text, max(0, pos - 2), endpos) is not None:
            return self._plain  # type: ignore[return-value]
        return self.pattern

    def _scan_lowered(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        lowered = self._lowered
        plain = self._plain
        assert lowered is not None and plain is not None
        # the look-behind and \b see up to two characters before pos
        base = max(0, pos - 2)
        low = text[base:endpos].lower()
        at = pos - base
        while True:
            found = lowered.search(low, at)
            if found is None:
                return
            m = plain.match(text, base + found.start(), endpos)
            assert m is not None  # the same match, case-insensitively, on the same text
            yield m
            at = m.end() - base

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        engine = self._engine(text, pos, endpos)
        if engine is not self.pattern and self._lowered is not None and _LOWER_SCAN_MIN <= endpos - pos <= _LOWER_SCAN_MAX:  # type: ignore[operator]
            return self._scan_lowered(text, pos, endpos)  # type: ignore[arg-type,return-value]
        return engine.finditer(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        engine = self._engine(text, pos, endpos)
        if engine is not self.pattern and self._lowered is not None and _LOWER_SCAN_MIN <= endpos - pos <= _LOWER_SCAN_MAX:  # type: ignore[operator]
            return next(self._scan_lowered(text, pos, endpos), None)  # type: ignore[arg-type,return-value]
        return engine.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return self._engine(text, pos, endpos).match(text, pos, len(text) if endpos is None else endpos)


#: A cue pattern as the extractors use it: compiled, or a :class:`CueScanner`.
CuePattern = regex.Pattern[str] | CueScanner

# the last lexicon and its scanner (see _last_cues)
_last_scanner: tuple[Lexicon | None, CueScanner | None] = (None, None)


def cue_scanner(lexicon: Lexicon) -> CueScanner:
    """The :class:`CueScanner` of ``lexicon``'s cue forms."""
    global _last_scanner
    held, scanner = _last_scanner
    if held is not lexicon or scanner is None:
        forms = lexicon.key or tuple(sorted(lexicon.forms))
        scanner = CueScanner(cue_regex(lexicon), _compile_plain_cues(forms), _compile_lowered_cues(forms))
        _last_scanner = (lexicon, scanner)
    return scanner


# ---------------------------------------------------------------- tokens


class Token(NamedTuple):
    """A word or punctuation mark with its offsets.

    A named tuple rather than an attrs class: the extractors make hundreds
    of thousands of these, and tuple construction is several times cheaper.
    """

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


_TOKEN = regex.compile(
    r"""
      # the three dotted forms all start with a capital and have a dot within
      # four letters: checking that first spares most words three attempts
      (?=\p{Lu}\p{L}{0,3}\.)
      (?:
        (?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|Hon|Sr|Jr|St)\.(?=\s)  # honorifics keep their dot
      | (?:\p{Lu}\.){2,}                                  # U.S., U.N.
      | \p{Lu}\.(?=\s+\p{Lu})                              # the initial in Kevin D. Williamson
      )
    | \p{Lu}[\p{L}\p{M}\p{N}]*s[’'](?=\s+\p{Ll})          # a plural possessive: Sanders’ campaign
    | [\p{L}\p{M}\p{N}]+(?:[-’'][\p{L}\p{M}\p{N}]+)*     # words, O’Brien, Amir-Saeid
    | [^\s\p{L}\p{M}\p{N}]                                # one punctuation mark
    """,
    regex.VERBOSE,
)


# _TOKEN for the stdlib engine, on plain text (see _PLAIN) only: there the
# letters are A-Z and a-z, the digits 0-9, no character is a mark, and both
# engines agree on \s; it scans about twice as fast.
_PLAIN_TOKEN = re.compile(
    r"""
      (?=[A-Z][A-Za-z]{0,3}\.)
      (?:
        (?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|Hon|Sr|Jr|St)\.(?=\s)
      | (?:[A-Z]\.){2,}
      | [A-Z]\.(?=\s+[A-Z])
      )
    | [A-Z][A-Za-z0-9]*s[’'](?=\s+[a-z])
    | [A-Za-z0-9]+(?:[-’'][A-Za-z0-9]+)*
    | [^\sA-Za-z0-9]
    """,
    re.VERBOSE,
)

# (text, line start, line end, whether the line is plain) of the last line asked about
_plain_line: tuple[str | None, int, int, bool] = (None, -1, -1, False)


def _line_pattern(text: str, line: int, end: int) -> regex.Pattern[str]:
    """The token pattern for a scan of ``text[line:end]``: the stdlib one if the line is plain."""
    global _plain_line
    held, at, stop, plain = _plain_line
    if held is not text or at != line or stop != end:
        plain = _PLAIN.fullmatch(text, line, end) is not None
        _plain_line = (text, line, end, plain)
    return _PLAIN_TOKEN if plain else _TOKEN  # type: ignore[return-value]


# tuple.__new__ directly: the named tuple's own __new__ is a Python-level
# function, and tokens are made by the hundred thousand
_new_tuple = tuple.__new__


# The plain token pattern after the whitespace before the token. Every
# character but whitespace starts a token, so these matches follow each other
# without a gap: ``findall`` gives each token with its offset implied by the
# lengths before it, without a match object per token (a quarter faster).
_PLAIN_GAP_TOKEN = re.compile(r"(\s*)(" + _PLAIN_TOKEN.pattern + ")", re.VERBOSE)


# a run of non-space characters and the whitespace after it
_RUN_AND_GAP = re.compile(r"\S*\s*")


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    if _PLAIN.fullmatch(text, start, end) is None:
        return [_new_tuple(Token, (m.group(), m.start(), m.end())) for m in _TOKEN.finditer(text, start, end)]
    out: list[Token] = []
    pos = start
    for gap, word in _PLAIN_GAP_TOKEN.findall(text, start, end):
        pos += len(gap)
        stop = pos + len(word)
        out.append(_new_tuple(Token, (word, pos, stop)))
        pos = stop
    return out


_LINE_LIMIT = 8000


def _line_end(text: str, line: int) -> int:
    """End of the line starting at ``line``, at most ``_LINE_LIMIT`` characters on."""
    limit = line + _LINE_LIMIT
    end = text.find("\n", line, limit)
    return end if end >= 0 else min(len(text), limit)


def tokens_before(text: str, lo: int, hi: int, width: int = 320) -> list[Token]:
    """Tokens in ``[max(lo, hi - width), hi)`` as the line holding ``lo`` tokenizes them.

    The tokens are those of the whole line (from its start, up to the line
    end) that start in the window and end by ``hi``, but only the window is
    scanned: tokens never contain whitespace, so a scan from a space before
    the window finds the line's own tokens, and the scan stops at ``hi``.
    A line longer than 8000 characters, or a window reaching past that, is
    tokenized as the window alone.
    """
    # bounded: in an article without line breaks an unbounded search back
    # to the start would make every cue cost O(n)
    found = text.rfind("\n", max(0, lo - _LINE_LIMIT), lo)
    a = max(lo, hi - width)
    if found < 0 and lo > _LINE_LIMIT:
        # a very long line: tokenize just the window
        return tokens(text, a, hi)
    line = found + 1 if found >= 0 else 0
    end = _line_end(text, line)
    if hi > end:
        return tokens(text, a, hi)
    # a space is never inside a token: the line's tokens after it are found
    # by a scan from there (the look-aheads still see the rest of the line)
    space = text.rfind(" ", line, a)
    out: list[Token] = []
    pattern = _line_pattern(text, line, end)
    if pattern is _PLAIN_TOKEN:  # type: ignore[comparison-overlap]
        # Tokens never hold whitespace, so the last one starting before hi
        # ends with the run of non-space characters at hi, and what the
        # token pattern looks ahead at after it is the whitespace that
        # follows and one character more (five from a token's start): the
        # line's tokens up to hi are those of a scan ending a little later.
        stop = min(end, _RUN_AND_GAP.match(text, hi, end).end() + 6)  # type: ignore[union-attr]
        pos = space if space >= 0 else line
        for gap, word in _PLAIN_GAP_TOKEN.findall(text, pos, stop):
            pos += len(gap)
            if pos >= hi:
                break
            after = pos + len(word)
            if pos >= a:
                out.append(_new_tuple(Token, (word, pos, after)))
            pos = after
        if out and out[-1].end > hi:
            out.pop()
        return out
    for m in pattern.finditer(text, space if space >= 0 else line, end):
        s = m.start()
        if s >= hi:
            break
        if s >= a:
            out.append(_new_tuple(Token, (m.group(), s, m.end())))
    if out and out[-1].end > hi:
        out.pop()
    return out


def last_token_before(text: str, lo: int, hi: int, width: int = 320) -> Token | None:
    """The last of :func:`tokens_before` ``(text, lo, hi, width)``, or None when there is none.

    Scans from the space before the last word only, not the whole window.
    """
    found = text.rfind("\n", max(0, lo - _LINE_LIMIT), lo)
    a = max(lo, hi - width)
    line = found + 1 if found >= 0 else 0
    end = _line_end(text, line)
    if (found < 0 and lo > _LINE_LIMIT) or hi > end:
        toks = tokens_before(text, lo, hi, width)
        return toks[-1] if toks else None
    k = hi - 1
    while k > a and text[k] == " ":
        k -= 1
    space = text.rfind(" ", line, k)
    last: regex.Match[str] | None = None
    before: regex.Match[str] | None = None
    # the line's tokens from a space on (see tokens_before)
    for found_m in _line_pattern(text, line, end).finditer(text, space if space >= 0 else line, end):
        if found_m.start() >= hi:
            break
        before, last = last, found_m
    for cand in (last, before):
        if cand is not None and cand.start() >= a and cand.end() <= hi:
            return _new_tuple(Token, (cand.group(), cand.start(), cand.end()))
        if cand is not None and cand.start() < a:
            return None  # the last token in reach starts before the window
    toks = tokens_before(text, lo, hi, width)
    return toks[-1] if toks else None


def _strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# ---------------------------------------------------------------- mentions

_DETERMINERS = frozenset(
    ["the", "this", "that", "these", "those", "a", "an", "another", "one", "two", "three", "several", "many", "some", "other", "its", "his", "her", "their", "our", "your", "my", "each", "both"]
)
_LINKS = frozenset(["of", "the", "for", "to", "and", "on", "in", "at", "de", "del", "da", "di", "al", "el", "bin", "ibn", "van", "von", "der", "den", "la", "le", "du"])
_SKIP_ADVERBS = frozenset(
    ["also", "often", "always", "sometimes", "further", "then", "later", "again", "recently", "previously", "reportedly", "repeatedly", "clearly", "once", "more", "now", "today", "yesterday", "tonight", "earlier", "however", "too", "still", "already", "separately", "meanwhile", "subsequently", "finally", "initially", "immediately", "quickly", "publicly", "privately", "openly", "flatly", "strongly", "firmly", "categorically", "explicitly", "bluntly", "simply", "specifically", "repeatedly", "had", "has", "have", "likewise", "nevertheless", "moreover", "furthermore", "besides", "otherwise"]
)
_TIME_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night", "local", "time", "today", "yesterday", "week", "month", "year", "last", "this", "next", "earlier", "later", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "you"])
_PREPOSITIONS = frozenset(
    ["in", "on", "at", "during", "with", "to", "from", "by", "for", "about", "after", "before", "over", "under", "into", "onto", "of", "without", "regarding", "concerning", "despite", "against", "toward", "towards", "among", "between", "through", "via", "per"]
)
_STOP_WORDS = frozenset(
    ["that", "which", "who", "whom", "whose", "what", "when", "where", "while", "because", "although", "though", "if", "as", "than", "but", "or", "nor", "so", "yet", "not", "no", "never", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "should", "can", "may", "might", "must", "do", "does", "did", "has", "have", "had", "said", "says", "say", "according"]
)
_CONJUNCTIONS = frozenset(["of", "after", "before", "since", "until", "as", "while", "when", "because", "if", "although", "though"])
_AGE = regex.compile(r"\d+-(?:year|month)-old")
_SMALL_NUMBERS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
# determiners that stand alone as a subject
_PRONOMINAL = frozenset(["another", "others", "some", "many", "most", "both", "several", "few", "all"])
_POSTMODIFIERS = frozenset(["by", "in", "of", "from", "at", "for", "with", "on"])
# words that can open a clause before a bare plural subject ("But opponents say")
# nouns of relation that take a name in apposition ("his counterpart, Richard Moore,")
_RELATION_NOUNS = frozenset(
    ["counterpart", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "friend",
     "colleague", "rival", "opponent", "predecessor", "successor", "boss", "partner", "niece", "nephew"]
)
_KIN_NOUNS = _RELATION_NOUNS | frozenset(["parents", "family", "widow", "widower", "relatives", "cousin", "uncle", "aunt", "grandmother", "grandfather", "lawyer", "attorney", "friends"])
_CLAUSE_OPENERS = frozenset(
    [
        "but", "and", "so", "yet", "rather", "still", "now", "however", "instead", "meanwhile", "also", "even",
        # subordinators: "remember that social scientists say", "Though executives … say"
        "that", "though", "although", "while", "because", "if", "when", "since", "whether", "unless",
    ]
)
# unions used in the noun-phrase walks, built once rather than per test
_STOP_PREP = _STOP_WORDS | _PREPOSITIONS
_DET_STOP_PREP = _DETERMINERS | _STOP_WORDS | _PREPOSITIONS
_PREP_NOT_CONJ = _PREPOSITIONS - _CONJUNCTIONS
_CLAUSE_INTRO = frozenset(["however", "meanwhile", "previously", "separately", "recently", "instead", "moreover"])


@frozen(weakref_slot=False)  # one per quote or cue: no __weakref__ slot
class Mention:
    """A speaker mention found next to a cue.

    ``span`` is the mention as written; ``role`` an apposition or title
    describing it ("the deputy spokesperson of the State Department").
    """

    span: Span
    role: Span | None = None
    kind: str = "name"  # name | pronoun | description | relative


_NOT_NAMES = frozenset(
    ["however", "meanwhile", "previously", "separately", "recently", "instead", "moreover", "likewise", "similarly", "nevertheless", "furthermore", "besides", "otherwise", "indeed", "wait", "still", "yet", "also", "then", "now", "earlier", "later", "last", "first", "second", "third", "finally", "here", "there", "today", "yesterday", "tonight", "according", "asked", "speaking", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "in", "on", "at", "after", "before", "during", "while", "when", "as", "but", "and", "or", "so", "if", "since", "despite", "although", "though", "because", "with", "without", "for", "from", "by", "of", "to"]
)


def _is_np_word(tok: Token) -> bool:
    word = tok[0]
    known = _NP_WORDS.get(word)
    if known is None:
        if len(_NP_WORDS) >= 16384:
            _NP_WORDS.clear()
        known = _NP_WORDS[word] = _np_word(word)
    return known


# _np_word by word: the noun-phrase walks ask it again and again of the same words
_NP_WORDS: dict[str, bool] = {}


def _np_word(word: str) -> bool:
    low = _strip_possessive(word.lower())
    if word[:1].isupper():
        return low not in _STOP_WORDS and low not in _NOT_NAMES
    return low in ROLE_NOUNS or low in TITLE_WORDS or low in ORGANIZATION_HEADS or low in DOCUMENT_HEADS


def _lower_word(word: str) -> bool:
    """A lowercase word, hyphenated or not ("front-runner")."""
    return word.islower() and word.replace("-", "").isalpha() and not word.startswith("-")


def _np_backward(toks: Sequence[Token], j: int) -> int | None:
    """Index of the first token of the noun phrase ending at ``toks[j - 1]``."""
    if j <= 0:
        return None
    last = toks[j - 1]
    low = last.lower
    if low in PRONOUNS:
        return j - 1 if low not in ("her", "him") else None
    if low in _PRONOMINAL and (j == 1 or toks[j - 2].text in ",;:(" or toks[j - 2].lower in _CLAUSE_OPENERS):
        return j - 1  # "…, another says", "Others say"
    if not (_is_np_word(last) or low in ANONYMOUS_HEADS):
        # a description with any head noun: "the narrator", "a voice over"
        if j >= 2 and _AGE.fullmatch(last.text) and toks[j - 2].lower in _DETERMINERS:
            return j - 2  # "the 43-year-old"
        if not (_lower_word(last.text) and low not in _STOP_PREP):
            return None
        if j >= 3 and toks[j - 2].lower == "of" and (last.text.isdigit() or low in _SMALL_NUMBERS):
            return _np_backward(toks, j - 2)  # "the mother of two said"
        k = j - 1
        while k > 0 and j - k < 6 and (
            toks[k - 1].text.isalpha() or _lower_word(toks[k - 1].text) or _AGE.fullmatch(toks[k - 1].text)
            or (toks[k - 1].text.isdigit() and len(toks[k - 1].text) == 4)  # "A 1996 FEC advisory opinion"
        ) and toks[k - 1].lower not in _STOP_PREP:
            if toks[k - 1].lower in _DETERMINERS:
                return k - 1
            k -= 1
        if k < j - 1 and toks[k].lower in _CLAUSE_OPENERS:
            k += 1  # "And Iowa biofuels advocates say": the opener is not part of it
        if low.endswith("s") and len(low) > 3 and j - k <= 4:
            # a bare plural opening its clause: "tech executives say", "But opponents say"
            if k == 0 or toks[k - 1].text in ",;:(—" or toks[k - 1].lower in _CLAUSE_OPENERS:
                return k
            if toks[k - 1].lower.endswith(("’s", "'s")) and toks[k - 1].cap:
                # "Mrs. Clinton's confidants say"
                k -= 1
                while k > 0 and toks[k - 1].cap and j - k < 8:
                    k -= 1
                return k
        if j - k <= 2 and k > 0 and toks[k - 1].lower.endswith(("’s", "'s")) and toks[k - 1].cap:
            # "Scott's family has called on …", "Clinton's longtime aide said"
            k -= 1
            # "Libertarian presidential candidate Gary Johnson’s doctor": caps
            # and the title words before them
            while k > 0 and (toks[k - 1].cap or toks[k - 1].lower in TITLE_WORDS or toks[k - 1].lower in ROLE_NOUNS) and j - k < 10:
                k -= 1
            if k == 0 or toks[k - 1].text in ",;:(—" or toks[k - 1].lower in _CLAUSE_OPENERS:
                return k  # opening its clause, not an object ("questioned why Mr. Khan's wife")
        return None
    i = j - 1
    while i > 0:
        prev = toks[i - 1]
        plow = prev.lower
        if plow in _DETERMINERS:
            d = i - 1
            if d >= 2 and toks[d - 1].lower == "and" and toks[d - 2].cap and toks[d].lower in ("its", "their"):
                # "Iran and its senior officials": one coordinated source
                i = d - 1
                continue
            # "… of the White House": a PP inside a longer description
            if d >= 2 and toks[d - 1].lower in ("of", "for", "to", "at") and (
                _is_np_word(toks[d - 2]) or (toks[d - 2].text[:1].islower() and toks[d - 2].text.isalpha()
                and toks[d - 2].lower not in _STOP_WORDS and toks[d - 2].lower not in _PREPOSITIONS)
            ):
                i = d - 1
                continue
            return d
        if plow == "from" and i >= 2 and toks[i - 2].lower in ROLE_NOUNS and toks[i].cap:
            # "The senator from Vermont"
            i -= 1
            continue
        if plow in _LINKS and i >= 2 and (toks[i - 2].cap or _is_np_word(toks[i - 2])) and (
            toks[i].cap or _is_np_word(toks[i]) or toks[i].lower == "the"
        ) and toks[i - 2].lower not in _STOP_WORDS:
            # "Ambassador to the UN", "Ministry of Foreign Affairs", "spokesman and coordinator"
            i -= 1
            continue
        if _is_np_word(prev) or (plow.endswith(("’s", "'s")) and prev.cap):
            i -= 1
            continue
        if prev.text[:1].islower() and prev.text.isalpha() and plow not in _STOP_WORDS and plow not in _PREPOSITIONS:
            # An adjective or noun modifier; keep it only when a determiner,
            # a name or the clause start comes first ("A public British
            # intelligence assessment", "Anonymous Western officials").
            k = i - 1
            while k > 0 and k > i - 5 and toks[k - 1].text[:1].islower() and toks[k - 1].text.isalpha() and (
                toks[k - 1].lower not in _DET_STOP_PREP
            ):
                k -= 1
            if k > 0 and toks[k - 1].lower in _DETERMINERS:
                i = k
                continue
            if k == 0 or toks[k - 1].text in ",;:(":
                i = k
                continue
            break
        break
    while i < j - 1 and toks[i].lower in _CLAUSE_INTRO:
        i += 1
    return i


def _np_forward(toks: Sequence[Token], i: int, j: int) -> int | None:
    """End index (exclusive) of a noun phrase starting at ``toks[i]``, within ``j``."""
    if i >= j:
        return None
    first = toks[i]
    if first.lower in PRONOUNS and first.lower not in ("her", "him", "it"):
        return i + 1
    k = i
    if first.lower in _DETERMINERS:
        k += 1
    end = None
    while k < j:
        t = toks[k]
        if _is_np_word(t) or t.lower in ANONYMOUS_HEADS:
            k += 1
            end = k
            continue
        if t.lower in _LINKS and end is not None and k + 1 < j and (toks[k + 1].cap or _is_np_word(toks[k + 1]) or toks[k + 1].lower == "the"):
            k += 1
            continue
        if t.text[:1].islower() and t.text.isalpha() and t.lower not in _STOP_PREP and first.lower in _DETERMINERS and k - i < 6:
            if end is None and k > i + 1 and (t.lower.endswith("ed") or t.lower in _VERB_HINTS):
                return k  # "The billionaire businessman began …": the head ends before the verb
            if end is not None and (t.lower.endswith("ed") or t.lower in _VERB_HINTS) and not toks[k - 1].lower.endswith(("’s", "'s")):
                return end  # "The Democratic National Committee released …"
            k += 1
            continue
        if end is None and k > i + 1 and first.lower in _DETERMINERS and t.lower in _STOP_WORDS and t.lower not in ("that", "who", "which"):
            return k  # "The businessman has …"
        break
    return end


def _skip_adverbials_back(toks: Sequence[Token], j: int, lo: int = 0) -> int:
    """Move ``j`` left over adverbs and time expressions before a cue."""
    while j > lo:
        low = toks[j - 1].lower
        if low in _SKIP_ADVERBS or low in ("itself", "himself", "herself", "themselves") or (
            low.endswith("ly") and len(low) > 5 and toks[j - 1].text.islower() and low not in ("family", "ally", "rally", "italy", "assembly", "supply")
        ):
            j -= 1
            continue
        if low in _TIME_WORDS:
            k = j - 1
            while k > lo and toks[k - 1].lower in _TIME_WORDS:
                k -= 1
            if k > lo and toks[k - 1].lower in ("on", "in", "at", "last", "this", "earlier", "late"):
                k -= 1
            j = k
            continue
        if low in ("not", "n’t", "n't") or low in ("did", "does", "do", "could", "can", "would", "will", "cannot"):
            j -= 1
            continue
        if low == "ago":
            # "The State Department less than two weeks ago said"
            k = j - 1
            while k > lo and j - k < 7 and (toks[k - 1].lower in _AGO_WORDS or toks[k - 1].text.isdigit()):
                k -= 1
            if k < j - 1:
                j = k
                continue
        break
    return j


_AGO_WORDS = frozenset(
    """
    a an few several some about nearly almost just less more than two three four five six seven eight nine ten
    second seconds minute minutes hour hours day days week weeks month months year years decade decades
    """.split()  # noqa: SIM905 - a word list kept as data
)


def _prep_phrase_back(toks: Sequence[Token], j: int, lo: int) -> int:
    """If ``toks[:j]`` ends with a short prepositional phrase ("in his briefing"), its start."""
    for k in range(j - 1, max(lo, j - 9) - 1, -1):
        low = toks[k].lower
        if toks[k].text in ",;:":
            return j
        if (
            low in ("in", "during", "at", "while", "after", "before", "without")
            and lo < k < j - 1
            and (toks[k - 1].cap or _is_np_word(toks[k - 1]) or toks[k - 1].lower in PRONOUNS)
        ):
            return k
    return j


_SKIPPABLE_INNER = _PREPOSITIONS | frozenset(
    ["speaking", "citing", "according", "however", "though", "meanwhile", "too", "also", "then", "when", "after", "while", "without", "referring", "asked", "responding", "commenting", "writing", "reporting"]
)


def _mention(text: str, toks: Sequence[Token], start: int, end: int, role: Span | None) -> Mention:
    span = Span.of(text, toks[start].start, toks[end - 1].end)
    first = toks[start].lower
    if end - start == 1 and first in PRONOUNS:
        kind = "pronoun"
    elif first in _DETERMINERS:
        kind = "description"
    else:
        kind = "name"
    return Mention(span=span, role=role, kind=kind)


def mention_before(text: str, lo: int, cue_start: int) -> Mention | None:
    """The subject of a cue: the noun phrase before ``cue_start`` within ``[lo, cue_start)``.

    Skips adverbs and time expressions ("also", "on Monday local time"),
    parentheticals between commas (", during a briefing with reporters,")
    and appositions (", the deputy spokesperson of the State Department,"),
    which become the mention's role. Falls back to the noun phrase that
    opens the clause ("Iran, commenting on …, said").
    """
    # a bounded window keeps the cost per cue constant in long sentences
    toks = tokens_before(text, lo, cue_start)
    if not toks:
        return None
    n = len(toks)
    j = _skip_adverbials_back(toks, n)
    if j > 3 and toks[j - 1].lower == "to" and toks[j - 2].lower in _HAD_THIS and toks[j - 3].lower in ("had", "has", "have"):
        # "a paper from Brookings had this to say": the subject of "had"
        j = _skip_adverbials_back(toks, j - 3)
    if j > 1 and toks[j - 1].lower in ("and", "but") and toks[j - 2].text not in ";:":
        # "he looked at the camera, furrowed his brow and said": the subject
        # of the first verb of the coordination
        # when no subject is found, none is better than "his brow and"
        return _coordinated_subject(text, toks, j - 1)
    role: Span | None = None
    while j > 0 and toks[j - 1].text == ",":
        k = j - 2
        while k >= 0 and toks[k].text not in ",;:()“”\"":
            k -= 1
        inner = toks[k + 1 : j - 1]
        if k >= 0 and toks[k].text == "," and inner:
            head = inner[0].lower
            possessive_role = (
                # "Jeff Weaver, Sanders’ campaign manager, said"
                head.endswith(("’s", "'s", "’", "'"))
                and toks[k - 1].cap
                and any(t.lower in ROLE_NOUNS or t.lower in TITLE_WORDS for t in inner[1:])
            )
            if role is None and (possessive_role or head in _DETERMINERS or head in ROLE_NOUNS or head in TITLE_WORDS or head in ("founder", "co-founder", "chairman", "president", "author")):
                role = Span.of(text, inner[0].start, inner[-1].end)
                j = k + 1
                continue
            if (
                k > 0
                and toks[k - 1].lower in _RELATION_NOUNS
                and all(t.cap for t in inner[:2])
                and (outer := _np_backward(toks, k)) is not None
                and outer > 0
                and toks[outer - 1].lower in _PREPOSITIONS
            ):
                # "meeting with his British counterpart, Richard Moore, did not":
                # the name is in apposition to a noun, not the subject
                j = k
                continue
            if len(inner) <= 2 and inner[-1].text in REGION_NAMES and k > 1 and toks[k - 1].cap and role is None:
                # "Clinton, during a meeting in Columbus, Ohio, said": the state
                # belongs to the place before it
                j = k + 1
                continue
            if head in _SKIPPABLE_INNER or head.endswith("ing") or head in ("who", "which") or (len(inner) == 1 and head.isdigit()):
                # ("Chelsea Clinton, 35, the daughter of …, said": an age)
                j = k + 1
                continue
            # a relative clause with commas of its own: "Westmacott, who
            # served in Iran, Turkey and France, praised"
            rel = k - 1
            while rel > 0 and k - rel < 30 and toks[rel].text not in ";:()“”\"":
                if toks[rel].lower in ("who", "which") and toks[rel - 1].text == ",":
                    break
                rel -= 1
            if rel > 0 and toks[rel].lower in ("who", "which") and toks[rel - 1].text == ",":
                j = rel
                continue
        j -= 1
        break
    j = _skip_adverbials_back(toks, j)
    if j > 1 and toks[j - 1].text in ("—", "–", "-"):
        # "Democrats — and some Republicans — say": step over the dashes
        k = j - 2
        while k > 0 and toks[k].text not in ("—", "–", "-", ",", ";", ":") and j - k < 12:
            k -= 1
        if toks[k].text in ("—", "–", "-"):
            j = _skip_adverbials_back(toks, k)
    if j > 0 and toks[j - 1].text == ")":
        # "Gov. John Kasich (R-OH) said": step over the parenthesis
        k = j - 1
        while k > 0 and toks[k].text != "(" and j - k < 12:
            k -= 1
        if toks[k].text == "(":
            j = _skip_adverbials_back(toks, k)
    if j > 0 and toks[j - 1].lower in ("who", "which"):
        # "…, who said": the relative pronoun is the grammatical source
        return Mention(span=Span.of(text, toks[j - 1].start, toks[j - 1].end), kind="relative")
    if j > 1 and toks[j - 2].lower in ("who", "whom", "which") and toks[j - 1].lower in _SUBJECT_PRONOUNS:
        # "Donald Trump, who he blasted as …": an object relative clause;
        # the pronoun is the subject
        return Mention(span=Span.of(text, toks[j - 1].start, toks[j - 1].end), kind="pronoun")
    for w in range(j - 1, max(0, j - 16), -1):
        if toks[w].text in ",;:":
            if toks[w].text == "," and w + 1 < j and toks[w + 1].lower == "who":
                # "Katie Packer, who is chairman of X said": the name before "who"
                s2 = _np_backward(toks, w)
                if s2 is not None:
                    cand = _mention(text, toks, s2, w, Span.of(text, toks[w + 2].start, toks[j - 1].end) if w + 2 < j else None)
                    if cand.kind == "name":
                        return cand
            break
    start = _np_backward(toks, j)
    if start is None:
        # "Kanaani in his briefing said": step over a prepositional phrase
        k = _prep_phrase_back(toks, j, 0)
        if k < j:
            j2 = _skip_adverbials_back(toks, k)
            start = _np_backward(toks, j2)
            if start is not None:
                j = j2
    if j > 0 and (start is None or (start >= 2 and toks[start - 1].lower == "of")):
        # poll figures: "only 24 percent said", "46 percent of voters said", "more than 4 in 10 say"
        quantity = _QUANTITY.search(text, max(lo, toks[j - 1].end - 90), toks[j - 1].end)
        if quantity is not None:
            return Mention(span=Span.of(text, quantity.start(), quantity.end()), kind="description")
    if start is None or (start > 0 and toks[start - 1].lower in _PREP_NOT_CONJ):
        # "Supporters who have heard from the campaign say", "The officials
        # whose laws were struck down say": the noun phrase before the relative
        for r in range(j - 2, max(0, j - 14), -1):
            if toks[r].text in ",;:“”\"":
                break
            if r > 0 and r + 1 < j and (toks[r].lower, toks[r + 1].lower) in _POSTMODIFIER_PHRASES:
                # "A source familiar with the investigation said": the whole description
                rel_head = _np_backward(toks, r)
                if rel_head is not None and (
                    rel_head == 0 or toks[rel_head - 1].text in ",;:(" or toks[rel_head - 1].lower in _CLAUSE_OPENERS
                ):
                    return _mention(text, toks, rel_head, j, None)
                break
            if toks[r].lower in ("who", "whose") and r > 0:
                rel_head = _np_backward(toks, r)
                if rel_head is not None and (
                    rel_head == 0 or toks[rel_head - 1].text in ",;:(" or toks[rel_head - 1].lower in _CLAUSE_OPENERS
                ):
                    return _mention(text, toks, rel_head, r, None)
                break
    if start is not None and start > 0 and toks[start - 1].lower in _PREP_NOT_CONJ:
        # the object of a preposition is not the subject; "after Sanders said"
        # is a clause, since "after" and "before" also join clauses. But it
        # may end a described subject: "A review by The Times shows"
        # ("The Foreign Office for its part denounced": an adverbial, not a post-modifier)
        postmodifier = toks[start - 1].lower in _POSTMODIFIERS and start >= 2 and toks[start].lower not in ("its", "his", "her", "their", "our", "my", "your")
        outer = _np_backward(toks, start - 1) if postmodifier else None
        gerund_at = _gerund_phrase_start(toks, start - 1)
        if gerund_at is not None:
            # "Burns while meeting with his counterpart did not respond": the
            # subject before the adverbial gerund phrase
            j = gerund_at
            start = _np_backward(toks, j)
            if start is not None and toks[start].lower == "that" and start + 1 < j:
                start += 1  # "suggested that Burns while meeting …": a conjunction
        else:
            start = outer if outer is not None and toks[outer].lower in _DETERMINERS and (outer == 0 or toks[outer - 1].text in ",;:(" or toks[outer - 1].lower in _CLAUSE_OPENERS) else None
    if start is not None and start >= 2 and toks[start - 1].lower == "of" and toks[start - 2].lower in _KIN_NOUNS:
        outer = _np_backward(toks, start - 1)
        if outer is not None and (outer == 0 or toks[outer - 1].text in ",;:(" or toks[outer - 1].lower in _CLAUSE_OPENERS):
            start = outer  # "the father of the victim said": the father speaks
    if start is not None and toks[start].lower == "that" and start + 1 < j and (toks[start + 1].cap or toks[start + 1].lower in PRONOUNS):
        start += 1  # "reports that Trump called …": a conjunction, not a determiner
    if start is not None:
        m = _mention(text, toks, start, j, role)
        if (
            m.kind == "description"
            and start >= 2
            and toks[start - 1].text == ","
            and toks[start].lower in ("the", "a", "an", "this")
        ):
            # "John Kirby, the spokesman …, told": the name is the mention
            # ("Mrs. Clinton, these people said," is a parenthetical attribution)
            # (but "… headed to Cairo, her friend said" is a trailing attribution)
            s2 = _np_backward(toks, start - 1)
            if s2 is not None and (s2 == 0 or toks[s2 - 1].text in ",;:(“\"") and _mention(text, toks, s2, start - 1, None).kind == "name":
                return _mention(text, toks, s2, start - 1, m.span)
        return m
    return _clause_subject(text, toks, j)


# post-modifiers of anonymous sources: "a source familiar with …", "people close to …"
_POSTMODIFIER_PHRASES = frozenset(
    [("familiar", "with"), ("close", "to"), ("briefed", "on"), ("knowledgeable", "about"), ("involved", "in"), ("with", "knowledge")]
)

_QUANTITY = regex.compile(
    r"""(?<![\p{L}\p{N}])
    (?:(?i:only|about|nearly|almost|roughly|just|some|over|under|more\s+than|less\s+than|fewer\s+than|at\s+least)\s+)?
    (?:(?:\d[\d,.]*|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|fifteen))
        (?:\s*(?i:percent|per\s+cent)|%)   # not a bare number: "in 2018, said"
       |\d[\d,.]*(?=\s+(?i:of)\s)
       |(?:\d+|(?i:one|two|three|four|five|six|seven|eight|nine))\s+(?i:in|out\s+of)\s+(?:\d+|(?i:two|three|four|five|six|seven|eight|nine|ten))
       |(?i:a\s+)?(?i:majority|minority|third|quarter|half|two-thirds|most|many|few)(?![\p{L}]))
    (?:\s+(?i:of)\s+(?:(?i:the|those|these|all|its|their)\s+)?[\p{L}\p{N}’'-]+(?:\s+[\p{L}\p{N}’'-]+){0,3}?
      |\s+(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}+s)?   # "four out of 10 (Democratic) voters"
    \Z""",
    regex.VERBOSE,
)


def _gerund_phrase_start(toks: Sequence[Token], prep: int) -> int | None:
    """For a preposition at ``prep`` inside "while/after/before <verb>ing …", the index of that subordinator."""
    g = prep - 1
    if g >= 1 and toks[g].lower.endswith("ing") and toks[g].text.islower() and toks[g - 1].lower in ("while", "after", "before", "when", "since"):
        return g - 1 if g - 1 > 0 else None
    return None


def _coordinated_subject(text: str, toks: Sequence[Token], j: int) -> Mention | None:
    """The subject of ``SUBJ verb … and <cue>``: the noun phrase before the coordination's first verb.

    Walks back over verbs joined by commas ("looked into the camera,
    furrowed his brow and said") and stops at a clause boundary.
    """
    k = j - 1
    while k > 0 and j - k < 40:
        tok = toks[k]
        low = tok.lower
        if low in ("which", "who") and k > 1 and toks[k - 1].text != ",":
            # "proposed a prosecutor who reports to the president, and called
            # for": a restrictive relative clause inside the object
            k -= 1
            continue
        if tok.text in ";:" or low in ("which", "who", "when", "while", "because", "although", "if", "whether"):
            return None
        if low == "that" and k > 0 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower():
            # "Trump conceded that Lewandowski had touched Fields but implied":
            # the coordination is the main clause's, before the "that" clause
            k -= 1
            continue
        verbish = low.endswith("ed") or low in _VERB_HINTS or low in _IRREGULAR_PAST or (
            # "Trump primes supporters … and cites": a present tense after its subject
            low.endswith("s") and len(low) > 3 and low not in _STOP_WORDS and low not in _PREPOSITIONS
            and k > 0 and (toks[k - 1].cap or toks[k - 1].lower in ("he", "she", "it"))
        )
        if verbish and k > 0 and toks[k - 1].lower in _DETERMINERS:
            verbish = False  # "the prescribed route": an adjective
        if tok.text.isalpha() and tok.text.islower() and verbish:
            b = _skip_adverbials_back(toks, k)
            if b > 1 and toks[b - 1].lower in ("who", "which") and toks[b - 2].text != ",":
                # "He praised those who left but said": the relative clause's verb
                k = b - 2
                continue
            if b > 0 and (toks[b - 1].text == "," or toks[b - 1].lower == "and"):
                k = b - 2  # one verb phrase of a list: keep walking back
                continue
            while b > 1 and (toks[b - 1].lower in _AUXILIARIES or toks[b - 1].lower in ("all", "both", "each")):
                b -= 1  # "the move was made", "have all characterized": the subject is before the auxiliary
            start = _np_backward(toks, b)
            if start is not None and toks[start].lower == "that" and start + 1 < b:
                k = start  # a "that" clause's subject: the main verb is further back
                continue
            if start is not None and start > 0 and toks[start - 1].lower in _CLAUSE_VERBS:
                # "De Blasio said the move was made … and said": the subject of
                # the reported clause; the main verb is further back
                k = start - 1
                continue
            if start is None or (start > 0 and toks[start - 1].lower in _PREP_NOT_CONJ):
                return None
            if start > 0 and toks[start - 1].lower == "that":
                k = start - 1
                continue
            if start > 1 and toks[start - 1].lower in ("as", "when", "while", "after", "before", "because", "since", "until") and not (
                # "…, such as when Cruz knocked Rubio and called him": the
                # coordination is inside the subordinate clause
                toks[start - 2].text == "," or toks[start - 2].lower in ("as", "such")
            ):
                # "talked over them as they answered questions and assured":
                # the subordinate clause's subject; the main verb is further back
                k = start - 2
                continue
            return _mention(text, toks, start, b, None)
        k -= 1
    return None


# irregular past tenses that are not in _VERB_HINTS ("She brought that down …, but said")
_IRREGULAR_PAST = frozenset(
    """
    brought thought bought fought sought caught taught kept felt meant sent spent built led heard found
    became broke chose drew drove fell flew forgot grew knew rode rose saw shook spoke stole swore threw
    wore understood paid laid sold hit cut quit sang rang drank ate fled lent lit struck swept wept won
    """.split()  # noqa: SIM905 - a word list kept as data
)
_HAD_THIS = frozenset(["this", "that", "something", "little", "much", "plenty", "more", "nothing", "lot"])
_AUXILIARIES = frozenset(["was", "were", "is", "are", "be", "been", "being", "has", "have", "had"])
# verbs whose object is a clause without "that": "said the move was made"
_CLAUSE_VERBS = frozenset(["said", "says", "say", "told", "added", "argued", "claimed", "insisted", "noted", "believed", "thought", "warned", "stressed", "explained"])

_VERB_HINTS = frozenset(["began", "begins", "met", "went", "took", "made", "gave", "held", "sat", "stood", "spoke", "came", "left", "ran", "won", "lost", "got", "put", "set", "told", "said", "wrote", "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "did", "does"])


def _clause_subject(text: str, toks: Sequence[Token], j: int) -> Mention | None:
    """The noun phrase opening the clause, when what follows it can be skipped."""
    i = 0
    for k in range(j - 1, -1, -1):
        if toks[k].text in ";" or toks[k].lower in ("which", "who", "that", "but", "while", "whereas", "although"):
            i = k + 1
            break
    # leading adverbials: "At the same time," "According to IRNA reporter,"
    for k in range(i, min(j, i + 12)):
        if toks[k].text == ",":
            cand = _np_forward(toks, k + 1, j)
            if cand is not None and _np_forward(toks, i, j) != k:
                i = k + 1
            break
    end = _np_forward(toks, i, j)
    if end is None or end >= j:
        return None
    after = toks[end]
    if not (
        after.lower.endswith("ing")
        or after.lower in _PREPOSITIONS
        or after.text == ","
        or any(t.lower == "and" for t in toks[max(end, j - 1) : j])
    ):
        return None
    return _mention(text, toks, i, end, None)


def mention_after(text: str, cue_end: int, hi: int) -> Mention | None:
    """The subject of an inverted cue: ``said Russian Ambassador to the UN Vasily Nebenzia``.

    The noun phrase runs from ``cue_end`` to the next comma, period or
    quotation mark; an apposition after a comma becomes the role.
    """
    # bounded: the noun phrase is within a few words of the cue, and
    # tokenizing to the sentence end for every cue made long sentences quadratic
    toks = tokens(text, cue_end, min(hi, cue_end + 300))
    if not toks:
        return None
    i = 0
    while i < len(toks) and toks[i].lower in _SKIP_ADVERBS:
        i += 1
    j = i
    while j < len(toks) and toks[j].text not in ",.;:!?“”\"«»()—" and j - i < 14:
        if j == i and toks[j].cap and j + 1 < len(toks) and toks[j + 1].cap:
            j += 1  # "said Will Doyle", "said May Smith": a first name, not a modal
            continue
        if toks[j].lower in _STOP_WORDS or (toks[j].lower in ("on", "in", "at", "during", "after", "without") and j > i):
            if toks[j].lower in ("who", "which", "on", "in", "at", "during", "after", "without"):
                break
            if toks[j].lower not in ("of",):
                break
        j += 1
    if j == i:
        return None
    words = toks[i:j]
    while len(words) > 1 and words[-1].lower in _LINKS | _DETERMINERS:
        words = words[:-1]  # "the authors of the “Growth …”": cut at the quote
    if words[0].cap and words[0].lower.endswith(("’s", "'s")) and len(words) >= 2:
        pass  # "exhorted Clinton's introducer, actress Jamie Lee Curtis"
    elif (
        words[0].text[:1].islower()
        and words[0].lower not in _DETERMINERS
        and words[0].lower not in PRONOUNS
        and not _is_np_word(words[0])
    ):
        # "undecided Republican voter Stephanie Hooton", "conservative
        # activist Bob Klaus": lowercase modifiers and role nouns before the name
        k = 1
        while k < len(words) and k <= 4 and not words[k].cap:
            k += 1
        if k >= len(words) or k > 4 or not words[k].cap:
            return None
        words = words[k:]
    headed = _is_np_word(words[-1]) or words[-1].lower in PRONOUNS or words[-1].lower in ANONYMOUS_HEADS or (
        # "wrote Time magazine"
        len(words) >= 2 and words[0].cap and words[-1].lower in ("magazine", "newspaper", "network", "website", "channel", "station", "blog")
    ) or (
        len(words) >= 3 and words[-2].lower == "and" and words[-1].lower in ("others", "colleagues", "allies", "aides")
    )  # "said Doyle and others"
    # else a description with any head noun: "said the designer", "says a source involved"
    described = (
        (words[0].lower in _DETERMINERS or (words[0].cap and words[0].lower.endswith(("’s", "'s"))))
        and 2 <= len(words) <= 8
        and any(ch.isalpha() for ch in words[-1].text)  # "the 46-year-old"
        and words[-1].lower not in _STOP_WORDS | _PREPOSITIONS
    )
    if not (headed or described):
        return None
    span = Span.of(text, words[0].start, words[-1].end)
    role = None
    if j < len(toks) and toks[j].text == ",":
        k = j + 1
        if k < len(toks) and toks[k].lower in _DETERMINERS:
            m = k
            while m < len(toks) and toks[m].text not in ",.;:!?“”\"" and m - k < 16:
                m += 1
            role = Span.of(text, toks[k].start, toks[m - 1].end)
    first = words[0].lower
    kind = "pronoun" if len(words) == 1 and first in PRONOUNS else (
        "description" if first in _DETERMINERS else "name"
    )
    return Mention(span=span, role=role, kind=kind)


# ---------------------------------------------------------------- names and types

_NAME_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-’'.][\p{L}\p{M}\p{N}]+)*\.?")


@functools.lru_cache(maxsize=8192)
def name_of(mention: str) -> tuple[str | None, str | None]:
    """Split a name mention into ``(person name, title)``.

    >>> name_of("Kremlin spokesman Dmitry Peskov")
    ('Dmitry Peskov', 'Kremlin spokesman')
    >>> name_of("US National Security Adviser Jake Sullivan")
    ('Jake Sullivan', 'US National Security Adviser')
    >>> name_of("the ambassador")
    (None, None)
    """
    of = mention.find(" of ")
    if of > 0:
        # "Sen. Tom Udall of New Mexico", "David French of the National
        # Retail Federation": the name comes before "of"
        left, title = name_of(mention[:of])
        if left is not None and " " in left:
            return left, title
    words = [m for m in _NAME_TOKEN.finditer(mention)]
    if not words:
        return None, None
    run: list[regex.Match[str]] = []
    for m in reversed(words):
        w = m.group()
        low = _strip_possessive(w.lower())
        if not w[:1].isupper() or low in ROLE_NOUNS or low in TITLE_WORDS or low in ORGANIZATION_HEADS:
            break
        if w.isupper() and len(w) > 1 and not w.endswith("."):
            break  # acronyms (UN, US, CIA) belong to the title
        if w.rstrip(".") in HONORIFICS or w in HONORIFICS:
            break
        if run and "," in mention[m.end() : run[-1].start()]:
            break  # "presidents Vladimir Putin, Recep Tayyip Erdogan"
        if len(run) == 2 and not (len(run[1].group()) <= 2 or run[1].group().endswith(".")):
            # A third word only when nothing title-like precedes it: "Recep
            # Tayyip Erdogan" but not "Envoy for Iran Robert Malley".
            k = words.index(m)
            prev_word = words[k - 1].group().lower() if k > 0 else ""
            if prev_word in _LINKS or prev_word in _PREPOSITIONS or prev_word in ROLE_NOUNS or prev_word in TITLE_WORDS:
                break
            if k > 0 and words[k - 1].group()[:1].isupper() and "," not in mention[words[k - 1].end() : m.start()]:
                break
        run.append(m)
        if len(run) == 4:
            break
    if not run:
        return None, None
    run.reverse()
    name = mention[run[0].start() : run[-1].end()]
    name = _strip_possessive(name)
    title = mention[: run[0].start()].strip(" ,") or None
    if title:
        parts = title.split()
        while parts and (parts[0].lower() in _DETERMINERS or parts[0].rstrip(".") in HONORIFICS or parts[0] in HONORIFICS):
            parts.pop(0)
        title = " ".join(parts) or None
    return name, title


@functools.lru_cache(maxsize=8192)
def classify_mention(mention: str) -> SpeakerType:
    """Guess the speaker type of a mention from its head word.

    >>> classify_mention("A public British intelligence assessment").value
    'document'
    >>> classify_mention("Anonymous Western officials").value
    'anonymous'
    >>> classify_mention("The White House").value
    'organization'
    """
    words = [_strip_possessive(w.lower()) for w in _NAME_TOKEN.findall(mention)]
    if not words:
        return SpeakerType.UNKNOWN
    head = head_word(mention)
    if any(w in ANONYMOUS_HEADS for w in words) or (head in ("official", "officials", "diplomat", "diplomats") and words[0] in ("a", "an", "some", "several", "two", "three", "senior", "anonymous")):
        return SpeakerType.ANONYMOUS
    if head in DOCUMENT_HEADS:
        return SpeakerType.DOCUMENT
    raw_words = _NAME_TOKEN.findall(mention)
    if any(_strip_possessive(w) in MEDIA_NAMES for w in raw_words) and head not in ROLE_NOUNS:
        return SpeakerType.MEDIA
    if head in ("daily", "newspaper", "outlet", "channel", "agency", "broadcaster", "magazine", "website", "tabloid"):
        return SpeakerType.MEDIA
    if head in ORGANIZATION_HEADS:
        return SpeakerType.ORGANIZATION
    if head in PRONOUNS:
        return SpeakerType.PERSON if head in ("he", "she", "i") else SpeakerType.UNKNOWN
    if head in ROLE_NOUNS:
        return SpeakerType.PERSON
    name, _ = name_of(mention)
    if name is not None and " " in name and not any(_strip_possessive(w.lower()) in ORGANIZATION_HEADS for w in name.split()):
        return SpeakerType.PERSON
    if any(w in ORGANIZATION_HEADS for w in words):
        return SpeakerType.ORGANIZATION
    return SpeakerType.UNKNOWN


_HEAD_STOP = frozenset(["of", "for", "to", "at", "in", "on", "with", "from", "by", "about"])


@functools.lru_cache(maxsize=8192)
def head_word(mention: str) -> str:
    """The head noun of a mention: its last word before a prepositional phrase.

    >>> head_word("The strategic communications coordinator of the National Security Council")
    'coordinator'
    >>> head_word("Iran’s Permanent Mission to the United Nations")
    'mission'
    """
    words = [_strip_possessive(w.lower()) for w in _NAME_TOKEN.findall(mention)]
    for i, w in enumerate(words):
        if i > 0 and w in _HEAD_STOP:
            return words[i - 1].rstrip(".")
    return words[-1].rstrip(".") if words else ""


def stance_of(text: str, cue_start: int, lemma_stance: Stance, lemma: str) -> tuple[Stance, int]:
    """The stance of a cue given the words before it, and where the cue phrase starts.

    "did not deny" -> refuse, "could not confirm" -> not_confirm, "declined
    to comment" -> refuse, "categorically rejected" -> deny.
    """
    window = text[max(0, cue_start - 40) : cue_start]
    low = window.lower()
    # every form of _NEGATION contains one of these: most windows have none
    m = _NEGATION.search(window) if _NEGATION_HINT.search(low) is not None else None
    if m is None:
        if lemma == "confirm":
            return Stance.ASSERT, cue_start
        return lemma_stance, cue_start
    begin = cue_start - (len(window) - m.start())
    if lemma in ("confirm", "verify", "corroborate"):
        return Stance.NOT_CONFIRM, begin
    if lemma_stance is Stance.DENY:
        return Stance.REFUSE, begin
    return Stance.REFUSE, begin


_NEGATION_WORDS = ("not", "n't", "n’t", "never", "way", "unable")
_NEGATION_HINT = re.compile("|".join(re.escape(w) for w in _NEGATION_WORDS))  # any of them, in one scan
_NEGATION = regex.compile(
    r"""
    (?:\b(?:did|does|do|could|can|would|will|has|have|had|is|was|were|are)\s*(?:not|n[’']t)
      | \bcannot | \bnever | \bno\s+way\s+to | \bunable\s+to | \bnot\s+able\s+to | \bwouldn[’']t | \bdidn[’']t
      | \bdoesn[’']t | \bcouldn[’']t | \bcan[’']t | \bwon[’']t | \bhasn[’']t | \bhaven[’']t)
    (?:\s+(?:yet|publicly|immediately|directly|explicitly|specifically|positively|officially|also|even|further))?
    (?:\s+(?:to|be\s+able\s+to))?
    \s*$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# ---------------------------------------------------------------- venue, addressee, via

_VENUE = regex.compile(
    r"""
    \b(?P<venue>
      (?:in|during|at|on)\s+(?:a|an|the|his|her|their|its|this|that|one|[\p{Lu}][\p{L}’']*[’']s)\s+
      (?:[\p{L}\p{N}’'-]+\s+){0,5}?
      (?:statement|interview|press\s+conference|news\s+conference|conference|briefing|letters?|speech|
         tweet|post|remarks|meeting|address|hearing|op-ed|podcast|broadcast|session|summit|report|
         communiqu[eé]|memo|email|message|video|appearance|testimony|rally|call)
      (?:\s+(?:statement|interview|conference|briefing|speech|post|remarks|message|call|appearance))?
      (?:\s+(?:with|to)\s+(?:(?!(?:that|on|in|at|about|when|after|before|where)\b)[\p{L}\p{N}’'-]+\b[^\S\n]*){1,6})?
    | in\s+response\s+to\s+(?:a|the|[\p{L}’']+)\s+(?:[\p{L}’'-]+\s+){0,2}?questions?
    | speaking\s+to\s+(?:[\p{L}’'-]+\s+){0,2}?(?:reporters|journalists|[\p{Lu}][\p{L}’'-]+)(?:\s+in\s+the\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*)?
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_VENUE_WORDS = (
    "statement", "interview", "conference", "briefing", "letter", "speech", "tweet", "post", "remarks",
    "meeting", "address", "hearing", "op-ed", "podcast", "broadcast", "session", "summit", "report",
    "communiqu", "memo", "email", "message", "video", "appearance", "testimony", "rally", "call",
    "response", "speaking",
)  # fmt: skip
_ADDRESSEE_WORDS = (
    "told", "tell", "informed", "assured", "warned", "reminded", "briefed", "spoke", "said", "speaking",
    "asked", "briefing", "interview", "meeting", "conference", "call", "talk",
)  # fmt: skip
# Whether a window holds any of the words, as one scan: the stdlib engine
# finds a literal alternation several times faster than a loop of ``in``
# tests (both are plain substring tests, case-sensitive).
_VENUE_HINT = re.compile("|".join(re.escape(w) for w in _VENUE_WORDS))
_ADDRESSEE_HINT = re.compile("|".join(re.escape(w) for w in _ADDRESSEE_WORDS))
_ADDRESSEE = regex.compile(
    r"""
    \b(?:told|tells|tell|telling|informed|assured|warned|reminded|briefed|spoke\s+to|said\s+to|speaking\s+to|asked
        |(?:briefing|interview|meeting|conference|call|talks?)\s+with)\s+
    (?P<who>(?:the\s+)?(?:reporters|journalists|lawmakers|the\s+press|[\p{Lu}][\p{L}\p{N}’'-]*(?:\s+(?:[\p{Lu}][\p{L}\p{N}’'-]*|of|the))*(?<![\s]of|\sthe)))
    (?:[’']s?)?
    """,
    regex.VERBOSE,
)

_ACCORDING = regex.compile(
    r"""
    \b(?P<cue>according\s+to)\s+
    (?P<who>(?:[\p{L}\p{N}’'.&“”"/-]+(?:\s+|(?=[,.;:)]))){1,24}?)
    (?=\s*(?:[,.;:)(]|$|[-–—]\s|\s(?:that|which|who|and|but|is|are|was|were|has|have|had|will|would)\b))
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def find_venue(text: str, lo: int, hi: int) -> Span | None:
    """A venue phrase ("in an interview with CNN", "in a statement") in ``[lo, hi)``."""
    window = text[lo:hi]
    low = window.lower()
    # Every venue holds one of _VENUE_WORDS; most windows hold none. ("ſ" and
    # "İ" match "s" and "i" case-insensitively but lower() keeps them apart.)
    if _VENUE_HINT.search(low) is None and "ſ" not in window and "İ" not in window:
        return None
    m = _VENUE.search(text, lo, hi)
    if not m:
        return None
    toks = tokens(text, m.start("venue"), m.end("venue"))
    while len(toks) > 3 and (toks[-1].lower in _STOP_WORDS or toks[-1].lower in _PREPOSITIONS or toks[-1].lower in _TIME_WORDS):
        toks.pop()
    return Span.of(text, toks[0].start, toks[-1].end)


def find_addressee(text: str, lo: int, hi: int) -> Span | None:
    """Whom a statement was made to ("told reporters", "told CNN") in ``[lo, hi)``."""
    window = text[lo:hi]
    if _ADDRESSEE_HINT.search(window) is None:
        return None  # every addressee follows one of these (case-sensitive) words
    m = _ADDRESSEE.search(text, lo, hi)
    if not m:
        return None
    who = Span.strip(text, m.start("who"), m.end("who"))
    if who.text.lower() in ("that", "the") or not who.text:
        return None
    return who


def find_according(text: str, lo: int, hi: int) -> list[tuple[Span, Span]]:
    """``(cue span, source span)`` for each "according to X" in ``[lo, hi)``."""
    out = []
    for m in _ACCORDING.finditer(text, lo, hi):
        who = Span.strip(text, m.start("who"), m.end("who"), " ,.;:")
        if who.text:
            out.append((Span.of(text, m.start("cue"), m.end("cue")), who))
    return out


def is_media(name: str) -> bool:
    """True when a source name is a news medium that relays someone else."""
    return classify_mention(name) is SpeakerType.MEDIA


_TIME_UNITS = frozenset(["seconds", "minutes", "hours", "days", "weeks", "months", "years", "moments", "decades"])


def sentence_subject(text: str, lo: int, hi: int) -> Mention | None:
    """The noun phrase that opens the clause in ``[lo, hi)`` (after leading adverbials).

    Used for participial cues ("…, adding that …"), whose subject is the
    main clause's subject.
    """
    # the subject opens the clause: its first 400 characters are enough, and
    # tokenizing whole sentences for every cue made long ones quadratic
    toks = tokens(text, lo, min(hi, lo + 400))
    if not toks:
        return None
    i = 0
    # a dateline: "WASHINGTON (AFP) – Democrat Hillary Clinton has …"
    for k in range(min(len(toks), 10)):
        if toks[k].text in ("–", "—", "-") and k > 0:
            if all(t.cap or t.text in "(),." or t.text.isupper() or t.text.isdigit() for t in toks[:k]):  # "WASHINGTON, Dec. 8 (UPI) —"
                i = k + 1
            break
    # a coordinating word opening the sentence: "But the other candidate …"
    while i < len(toks) - 1 and toks[i].lower in ("but", "and", "yet", "so", "still", "meanwhile", "instead", "now", "even"):
        i += 1
    if i >= len(toks):
        return None
    # skip leading adverbial phrases closed by a comma ("At the same time,"),
    # not a main clause ("He echoed that promise on Monday, saying …")
    opener = toks[i].lower
    if opener in _TIME_UNITS and i + 1 < len(toks) and toks[i + 1].lower in ("later", "earlier", "after", "before", "ago"):
        opener = "later"  # "Hours later, Trump returned the compliment"
    single = opener in _SKIP_ADVERBS or opener in _CLAUSE_INTRO or opener.endswith("ly")
    if single and i + 1 < len(toks) and (toks[i + 1].cap or toks[i + 1].lower in _DETERMINERS or toks[i + 1].lower in _SUBJECT_PRONOUNS):
        # "Then Trump went …", "Recently the company said" (and a name such as
        # "Carly Fiorina" is no adverb)
        if not opener.endswith("ly") or toks[i].text.islower() or opener in _SKIP_ADVERBS or opener in _CLAUSE_INTRO:
            i += 1
        opener = ""
    adverbial = opener == "later" or opener in _PREPOSITIONS or opener in _CONJUNCTIONS or opener in _CLAUSE_INTRO or opener in _SKIP_ADVERBS or opener in _TIME_WORDS or opener.endswith("ly") or opener in ("when", "while", "although", "though", "despite", "once", "asked", "speaking", "here", "there", "amid", "amidst", "outside", "inside", "unlike", "like") or (
        opener.endswith("ing") and len(opener) > 5  # "Following a meeting, the council …"
    )
    for k in range(i, min(len(toks), i + 20) if adverbial else i):
        if toks[k].text == ",":
            if _np_forward(toks, i, len(toks)) == k and not (opener in _SKIP_ADVERBS or opener in _CLAUSE_INTRO):
                break  # "Kirby, the spokesman, …": the first phrase is the subject (not "Clearly,")
            i = k + 1
            # "Speaking in Salem, New Hampshire, Trump went …": a place after the opener
            for _ in range(2):
                if i + 1 < len(toks) and toks[i].text.isdigit() and toks[i + 1].text == ",":
                    i += 2  # "On July 6, 2015, Sanders made …": the year
                    continue
                end = _np_forward(toks, i, len(toks))
                if end is not None and end < len(toks) - 1 and toks[end].text == "," and toks[i].cap:
                    i = end + 1
                else:
                    break
            break
    end = _np_forward(toks, i, len(toks))
    if end is None:
        return None
    if toks[i].lower in _DETERMINERS and end < len(toks) - 2:
        # "the other candidate on the stage, former Secretary of State Hillary
        # Clinton, drew …": the name in apposition is the mention
        k = end
        while k < len(toks) and k - end < 8 and toks[k].text != ",":
            k += 1
        if k < len(toks) - 1 and toks[k].text == ",":
            name_end = _np_forward(toks, k + 1, len(toks))
            if name_end is not None and name_end < len(toks) and toks[name_end].text == "," and toks[name_end - 1].cap:
                return _mention(text, toks, k + 1, name_end, Span.of(text, toks[i].start, toks[k - 1].end))
    return _mention(text, toks, i, end, None)


# a cue word used as a noun: "her personal brand", "Trump's claim", "the call"
_DETERMINER_BEFORE = r"(?:[’']s|(?<=\p{L}s)[’']|\b(?i:the|a|an|his|her|their|its|our|my|your|this|these|those))"
_AFTER_DETERMINER = (
    regex.compile(_DETERMINER_BEFORE + r"\s+$"),
    regex.compile(_DETERMINER_BEFORE + r"\s+\p{Ll}+(?:-\p{Ll}+)*\s+$"),  # "a pre-emptive attack"
)


def follows_determiner(text: str, lo: int, pos: int, adjectives: int = 0) -> bool:
    """True when a determiner or a possessive ’s, then ``adjectives`` (0 or 1) lowercase words, end just before ``pos``.

    The word at ``pos`` is then a noun, even if it is a cue form: "the
    claim", "Trump's remarks", "her personal brand". Looks back at most 30
    characters and not before ``lo``.
    """
    if _AFTER_DETERMINER[adjectives].search(text, max(lo, pos - 30), pos) is not None:
        return True
    # "a Twitter comment", "an NBC interview": an indefinite article before a
    # name makes the word after it a noun
    return adjectives == 1 and _AFTER_ARTICLE_NAME.search(text, max(lo, pos - 40), pos) is not None


_AFTER_ARTICLE_NAME = regex.compile(r"\b(?:a|an|An|A)\s+(?:\p{Lu}[\p{L}.&-]*\s+){1,3}$")


_DOCUMENT_BEFORE = regex.compile(
    r"""\b(?i:statement|release|letter|e-?mail|tweet|post|message|memo|note|report|ad|video|op-ed|column)s?
    (?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|this\s+week|last\s+week))?
    \s+$""",
    regex.VERBOSE,
)


def after_document(text: str, lo: int, cue_start: int) -> bool:
    """Whether the cue follows a document noun: "released a statement saying …".

    A participle there reports what its author says; its subject is the
    author (the main clause's subject), not the document.
    """
    return _DOCUMENT_BEFORE.search(text, max(lo, cue_start - 32), cue_start) is not None


# things that carry words: "held up a sign saying …" (the sign speaks, as
# annotators have it), unlike a document, which speaks for its author
_BEARER_BEFORE = regex.compile(
    r"\b(?i:sign|banner|placard|poster|hat|cap|shirt|t-shirt|cover|billboard|sticker|button|photo|headline|chant)s?\s+$"
)
# "with Trump tweeting", "to see a Republican administration defending",
# "has Clinton discussing", "footage of Trump saying": the object is the subject
_WITH_BEFORE = regex.compile(
    r"\b(?:with|of|see|sees|saw|seen|watch|watched|watches|hear|hears|heard|show|shows|showed|shown|depicts|depicted|has|have|had|find|found|finds)\s+(?!been\s)[^,;:“”\"]{1,60}$"
)


def object_speaks(text: str, lo: int, cue_start: int) -> bool:
    """Whether the noun phrase right before a participial cue is its subject.

    "with Donald Trump tweeting that …" (an absolute construction) and
    "held up a sign saying …" (a thing that carries words); elsewhere a
    participle without a comma still belongs to the main clause: "Sanders
    started out the debate saying …" is Sanders speaking.
    """
    return (
        _BEARER_BEFORE.search(text, max(lo, cue_start - 16), cue_start) is not None
        or _WITH_BEFORE.search(text, max(lo, cue_start - 80), cue_start) is not None
    )


# verbs taking an infinitive whose subject is the cue's: "went on to say",
# "declined to say", "continued to insist"
_CATENATIVE_BEFORE = regex.compile(
    r"""\b(?:went|go|goes|going)\s+on\s+to\s+$
    |\b(?:declined?|declines|continu(?:ed|es|e)|refus(?:ed|es)|wanted|wants|tried|tries|seemed|seems|appeared|appears
    |began|begins|chose|proceed(?:ed|s)?|hastened|rushed|sought|seeks|hoped|hopes|agreed|agrees|failed|fails|managed
    |ventured|dared|paused)\s+to\s+$""",
    regex.VERBOSE | regex.IGNORECASE,
)


def catenative_start(text: str, lo: int, cue_start: int) -> int:
    """Where "went on to" or "declined to" begins before a cue, else ``cue_start``.

    The subject of "The email went on to say" is found before "went".
    """
    m = _CATENATIVE_BEFORE.search(text, max(lo, cue_start - 24), cue_start)
    return m.start() if m is not None else cue_start


def past_form(m: regex.Match[str]) -> bool:
    """Whether a cue match is a past form ("said", "called", "wrote"), which is no noun."""
    word = m.group().split()[0].lower()
    return word.endswith("ed") or word in ("said", "told", "wrote") or word in _IRREGULAR_PAST


def participial_subject(text: str, lo: int, cue_start: int, cues: CuePattern) -> Mention | None:
    """Subject of a participial cue ("Patel said, adding that …": Patel).

    The subject of the nearest earlier cue in ``[lo, cue_start)`` if there
    is one, else the noun phrase opening the sentence.
    """
    # bounded look-back: a sentence of many coordinated cues would make an
    # unbounded search quadratic
    earlier = [
        m for m in cues.finditer(text, max(lo, cue_start - 300), cue_start)
        if not m.group().split()[0].lower().endswith("ing") and is_verb_cue(text, m, lo)
        # "his repeated calls for" is a noun; "the mayor said" is no noun
        and (past_form(m) or not (follows_determiner(text, lo, m.start()) or follows_determiner(text, lo, m.start(), 1)))
    ]
    opener = subordinate_opener(text, lo, cue_start)
    if opener is not None:
        # "As Trump threatens to ban …, Clinton's aide rallied supporters,
        # saying": the cue of the opening subordinate clause is not the main one
        comma = text.find(",", opener.end(), cue_start)
        if comma >= 0:
            earlier = [m for m in earlier if m.start() > comma]
    recent = earlier[-3:]
    if len(recent) >= 2 and recent[0].group().split()[0].lower() in _CLAUSE_VERBS and "," not in text[recent[0].end() : recent[-1].start()]:
        # "Clinton told the audience that she believes …, saying": the later
        # cues are inside what the first one reports
        found = mention_before(text, lo, recent[0].start())
        if found is not None and found.kind != "relative":
            return found
    # the nearest cue with a subject: "He echoed that promise, saying …" has
    # "promise" (a noun) nearer than "echoed"
    for last in reversed(recent):
        found = mention_before(text, lo, last.start())
        if found is not None and found.kind == "relative":
            # "a prosecutor who reports …, and called for": that cue is in a
            # relative clause, not the main one
            continue
        if found is not None:
            return found
    if earlier and _INVERSION_BEFORE.search(text, max(lo, earlier[-1].start() - 3), earlier[-1].start()):
        # “…,” said Sen. Roe, adding …: the name after an inverted cue (after
        # "went on to endorse Ayotte, calling her" the name is an object)
        found = mention_after(text, earlier[-1].end(), cue_start)
        if found is not None and found.kind != "description":
            return found
    return sentence_subject(text, lo, cue_start)


_SUBORDINATE_OPENER = regex.compile(
    # after an optional dateline ("WASHINGTON (AP) — ")
    r"(?:\p{Lu}[\p{Lu}\s.,()]{1,40}[—–-]\s*)?[\s\p{Pi}\"'“‘]*(?i:as|when|while|after|before|although|though|if|because|since|once|until|whereas)\s"
)
def subordinate_opener(text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """The subordinator opening the sentence at ``lo`` ("As …", "While …", after a dateline), or None."""
    return _SUBORDINATE_OPENER.match(text, lo, hi)


_INVERSION_BEFORE = regex.compile(r"[,\p{Pf}\"'”’]\s*$")


def is_verb_cue(text: str, m: regex.Match[str], sentence_start: int, headline: bool = False) -> bool:
    """False for a cue form written with a capital inside a sentence ("the United States").

    Headlines are in title case, so there any capital is allowed.
    """
    if headline or not text[m.start()].isupper():
        return True
    return not text[sentence_start : m.start()].strip(" “\"‘'([")


_WENT_ON = regex.compile(r"(?:went|go|goes|going)\s+on\s+to\s+$")


def _cue_entry(m: regex.Match[str], lexicon: Lexicon) -> tuple[CueVerb | None, str]:
    form = " ".join(m.group().split())
    entry = lexicon.lookup(form)
    return entry, entry.lemma if entry else form.lower()


def cue_lemma(m: regex.Match[str], lexicon: Lexicon) -> str:
    """The lemma of a cue match (as :func:`cue_at` gives it), without building a :class:`~attribution.Cue`."""
    return _cue_entry(m, lexicon)[1]


def cue_at(text: str, m: regex.Match[str], lexicon: Lexicon) -> tuple[Cue, Stance]:
    """The :class:`~attribution.Cue` and stance for a cue match of :func:`cue_regex`.

    The cue span takes in a negation before the verb ("did not deny") and
    "went on to" ("went on to reiterate"); the lemma and base stance come
    from the lexicon.
    """
    entry, lemma = _cue_entry(m, lexicon)
    stance, begin = stance_of(text, m.start(), entry.stance if entry else Stance.ASSERT, lemma)
    went = _WENT_ON.search(text[max(0, begin - 20) : begin])
    if went:
        begin -= len(went.group())
    return Cue(Span.of(text, begin, m.end()), lemma), stance

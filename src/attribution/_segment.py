"""Split an article into paragraphs and sentences, marking page furniture."""

from __future__ import annotations

from array import array

import regex

from attribution._model import (
    _OFFSET_CODE,
    Article,
    Segment,
    Span,
    _pack_offsets,
    _segment_of,
    _strip_offsets,
)

_PARAGRAPH = regex.compile(r"[^\n]+")

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets)
# when whitespace and an upper-case letter, digit or opening quote follow.
# Abbreviations are checked in code rather than with look-behinds so the
# pattern stays linear. The look-behind makes a match start only at the
# first mark of a run and the possessive quantifiers never give characters
# back: without them a long run of dots costs O(n^2) (minutes for 20 kB).
_SENTENCE_END = regex.compile(
    r"""
    (?<![.!?])
    (?P<end>[.!?]++[\p{Pf}"'’”»)\]]*+)
    (?P<gap>\s++)
    (?=[\p{Lu}\p{N}\p{Pi}"'“‘«(\[])
    """,
    regex.VERBOSE,
)

_ABBREV = frozenset(
    """
    mr mrs ms dr prof sr jr st gen col lt sgt capt adm maj rev hon sen rep gov
    vs etc inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.g i.e a.m p.m mt ft
    """.split()  # noqa: SIM905 - a word list kept as data
)

# Abbreviations that also end sentences ("at 7 p.m. He says …", "in the
# U.S. The …"): there a sentence ends when the next word is one that opens
# sentences, not a name ("7 p.m. Eastern", "U.S. Rep. Smith").
_TERMINAL_ABBREV = frozenset(["a.m", "p.m", "u.s", "u.k", "u.n", "etc", "inc", "corp", "ltd", "co", "jr", "sr"])
_SENTENCE_STARTERS = frozenset(
    """
    he she it they we i you the this that these those there his her its their our my
    but and so yet still then now a an in on at if as when while after before what
    """.split()  # noqa: SIM905 - a word list kept as data
)
_NEXT_WORD = regex.compile(r"[\p{Pi}\"'“‘]?(\p{L}+)")

# Abbreviations only before a number ("No. 5", "Fig. 2"): "She said no. Then…"
# ends a sentence.
_NUMBER_ABBREV = frozenset(["no", "nos", "fig", "vol", "art", "pp"])


def _word_before(text: str, lo: int, hi: int) -> str:
    """The run of letters and dots ending at ``hi`` ("U.S", "Mr"), lower-cased, without outer dots.

    A plain backwards scan: this runs once per full stop, and a regex search
    per call costs several times more on text with many short sentences.
    """
    i = hi
    lo = max(lo, hi - 40)
    while i > lo and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    return text[i:hi].strip(".").lower()


_BOILERPLATE = regex.compile(
    r"""
    ^\s*+(?:
        leave\ a\ (?:reply|comment)
      | your\ email\ address\ will\ not\ be\ published
      | required\ fields\ are\ marked
      | comments?\ are\ closed
      | (?:\d+\ )?comments?\s*$
      | share(?:\ this)?(?:\ article)?\s*[:：]
      | share\s*$
      | back\ to\ top(?:\ button)?
      | related\ (?:articles|posts|news|stories)
      | read\ (?:also|more|next)\b
      | also\ read\b
      | see\ also\b
      | [•·▪►»]\s*read\b
      | (?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit|email|print|tumblr|vk|x)
        # atomic and possessive: the two optional gaps could otherwise split
        # the same spaces many ways, quadratic on a long share bar
        (?>\s*+[,|/·•]?\s*+(?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit|email|print|tumblr|vk|x))*+\s*$
      | ©
        # "Copyright 2024", "Copyright © …", but not "Copyright law was …"
      | copyright\b\s*(?:©|\(c\)|\d{4}|$)
      | your\ comment\b
      | this\ site\ uses\ akismet
      | all\ rights\ reserved
      | subscribe\b
      | sign\ up\ for\b
      | follow\ us\b
      | click\ here\b
      | advertisement\s*$
      | tags?\s*:
      | \d{1,7}\s*$
      | [\W\d_]*$
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def is_boilerplate(line: str) -> bool:
    """True for page furniture: share bars, comment forms, "Read also" links, counters.

    >>> is_boilerplate("Leave a Reply")
    True
    >>> is_boilerplate("“No,” Peskov said.")
    False
    """
    return _BOILERPLATE.match(line) is not None


def _sentence_offsets(text: str, start: int, end: int) -> list[int]:
    """The starts and ends of the sentences of ``text[start:end]``, flat: ``[start0, end0, start1, …]``."""
    out: list[int] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        mark, stop = m.span("end")
        if stop == mark + 1 and text[mark] == ".":
            word = _word_before(text, pos, mark)
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                nxt = _NEXT_WORD.match(text, m.end(), min(end, m.end() + 30)) if word in _TERMINAL_ABBREV else None
                if nxt is None or nxt.group(1).lower() not in _SENTENCE_STARTERS:
                    continue
            if word in _NUMBER_ABBREV and text[m.end()].isdigit():
                continue
        out.extend(_strip_offsets(text, pos, stop))
        pos = m.end()
    if pos < end:
        out.extend(_strip_offsets(text, pos, end))
    if any(out[i] == out[i + 1] for i in range(0, len(out), 2)):
        # an empty sentence is one without text
        out = [x for i in range(0, len(out), 2) if out[i] < out[i + 1] for x in out[i : i + 2]]
    return out


def sentence_spans(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Sentences of ``text[start:end]`` as spans into ``text``."""
    offsets = _sentence_offsets(text, start, end)
    return tuple([Span.of(text, offsets[i], offsets[i + 1]) for i in range(0, len(offsets), 2)])


_TITLE_WORD = regex.compile(r"[\p{L}][\p{L}’'-]*")
_SMALL_WORDS = frozenset(["a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "is", "vs", "via"])


def _looks_like_headline(line: str) -> bool:
    """A title line: short and unpunctuated, or in Title Case even with a final period."""
    stripped = line.strip()
    if not 0 < len(stripped) <= 200:
        return False
    if not stripped.endswith((".", "”", '"', "?", "!", "’")):
        return True
    words = [w for w in _TITLE_WORD.findall(stripped) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# The sentence starts and ends of the last article :func:`segment` split, in
# text order, as packed arrays (8 bytes a sentence): the date resolver looks
# up a claim's sentence here instead of splitting its paragraph again. One
# tuple, replaced whole (threads see one article's entry or another's).
_last_bounds: tuple[str | None, array[int], array[int]] = (None, array(_OFFSET_CODE), array(_OFFSET_CODE))


def sentence_bounds(text: str) -> tuple[array[int], array[int]] | None:
    """The starts and ends of the sentences of the paragraphs of ``text``, if :func:`segment` split it last.

    Each paragraph's are those of ``sentence_spans`` over its line (with or
    without the whitespace around it: the same sentences).
    """
    held, starts, ends = _last_bounds
    return (starts, ends) if held is text else None


def forget_sentence_bounds() -> None:
    """Drop what :func:`sentence_bounds` keeps (called when an article is done)."""
    global _last_bounds
    _last_bounds = (None, array(_OFFSET_CODE), array(_OFFSET_CODE))


def segment(article: Article) -> tuple[Segment, ...]:
    """The article's paragraphs (non-empty lines), each with its sentences."""
    text = article.text
    out: list[Segment] = []
    # Titles come first: a kicker ("InternationalMiddle East"), then the
    # headline, both without final punctuation; the first body paragraph
    # ends the title block.
    in_title = True
    starts, ends = array(_OFFSET_CODE), array(_OFFSET_CODE)
    for m in _PARAGRAPH.finditer(text):
        span = Span.strip(text, m.start(), m.end())
        if not span.text:
            continue
        boiler = is_boilerplate(span.text)
        headline = in_title and len(out) < 3 and not boiler and _looks_like_headline(span.text)
        if not headline and not boiler:
            in_title = False
        offsets = _sentence_offsets(text, span.start, span.end)
        starts.extend(offsets[0::2])
        ends.extend(offsets[1::2])
        packed = _pack_offsets(span.start, span.end, offsets)
        out.append(_segment_of(span, len(out), packed, boiler, headline))
    global _last_bounds
    _last_bounds = (text, starts, ends)
    return tuple(out)

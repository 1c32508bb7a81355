"""Statement dates: find date expressions and resolve them against a publication date.

Two layers, both pure functions:

* :func:`find_date_expressions` finds candidate expressions ("on Thursday
  local time", "yesterday", "last week", "on July 19", "in March", ISO and
  numeric dates...) with one compiled regular expression;
* :func:`resolve_expression` turns one expression into a calendar date and a
  granularity, relative to the article's publication date. Weekdays,
  ``yesterday``/``today`` and ``this/last week|month|year`` are computed
  directly; month-name, ISO and numeric dates are parsed by ``dateparser``
  (imported on first use) with per-call settings. Results are cached.

:func:`statement_date` applies the rule that decides which expression
dates a claim (see ``docs/dates.md``); the builtin ``dates`` plugin is a
thin wrapper around it.

>>> import datetime
>>> resolve_expression("on Thursday local time", datetime.date(2022, 7, 15))
(datetime.date(2022, 7, 14), 'day')
>>> resolve_expression("last week", datetime.date(2024, 9, 10))
(datetime.date(2024, 9, 2), 'week')
>>> resolve_expression("yesterday", None)
(None, 'day')
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs
import regex

from attribution._model import Article, Claim, Span, SpeakerType, StatementDate
from attribution._segment import _sentence_offsets, is_boilerplate, sentence_bounds
from attribution.grammar import trie_pattern
from attribution.lexicon import CUE_VERBS, PRONOUNS

__all__ = [
    "GRANULARITIES",
    "find_date_expressions",
    "resolve_expression",
    "statement_date",
]

#: Granularities from finest to coarsest. Only ``day`` expressions give a
#: :attr:`StatementDate.value <attribution.StatementDate.value>`.
GRANULARITIES: tuple[str, ...] = ("day", "week", "month", "year")

# ---------------------------------------------------------------------------
# Word lists (data, in one place)

WEEKDAYS: Mapping[str, int] = MappingProxyType(
    {
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    }
)

MONTHS: Mapping[str, int] = MappingProxyType(
    {
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)

#: Parts of the day and "local time": kept in the expression's span, but they
#: never move the calendar day (see the time-zone rule in docs/dates.md).
DAY_PARTS = ("morning", "afternoon", "evening", "night")

#: Vague expressions: kept with their span, never given a day.
VAGUE_WORDS = ("recently", "lately", "in recent days", "in recent weeks", "the other day")

#: Words that open a fronted phrase naming a topic, not the time of the
#: statement ("Regarding the sanctions announced Friday, X said ...").
TOPIC_OPENERS = (
    "regarding",
    "concerning",
    "as for",
    "as to",
    "about",
    "with regard to",
    "with respect to",
    "in reference to",
    "referring to",
    "commenting on",
    "speaking about",
    "speaking on",
    "asked about",
)

#: Words after which the attribution clause is over: what follows is content,
#: a topic or another clause ("said on Friday *that* ...", "spoke *about* ...").
CLAUSE_BREAKS = (
    "that",
    "whether",
    "if",
    "because",
    "about",
    "regarding",
    "concerning",
    "which",
    "who",
    "while",
    "when",
    "but",
    "although",
    "as",
)

#: Words before a cue that make it habitual or earlier than the reported
#: event ("have repeatedly denied", "had said"): such a claim is not part of
#: a dated speech event and inherits no date.
HABITUAL_WORDS = (
    "has",
    "have",
    "had",
    "repeatedly",
    "often",
    "always",
    "frequently",
    "regularly",
    "routinely",
    "long",
    "previously",
    "usually",
)

#: Indefinite event nouns: "in an interview", "in a statement" introduce a new
#: speech event, which breaks date inheritance.
NEW_EVENT_NOUNS = (
    "interview",
    "statement",
    "press conference",
    "news conference",
    "briefing",
    "speech",
    "post",
    "tweet",
    "letter",
    "meeting",
    "address",
    "op-ed",
)


def _alt(words: Iterable[str]) -> str:
    # Longest first so that "sept" wins over "sep" and alternation is unambiguous.
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_WD = _alt(WEEKDAYS)
_MON = _alt(MONTHS)
_PART = _alt(DAY_PARTS)
_LOCAL = r"(?:\s*,?\s*(?:\(\s*local\s+time\s*\)|local\s+time))"
_DAYNUM = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]\d\d|2\d\d\d)(?!\d)"

# Every alternative is a fixed sequence of words with bounded optional parts,
# so matching is linear in the text length.
_EXPRESSION = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}])
    (?:
        (?P<weekday>
            (?:(?P<wmod>on|last|this|past|previous)\s+)?
            (?P<wd>{_WD})
            (?:\s+(?:{_PART}))?
            {_LOCAL}?
        )
      | (?P<relday>
            (?:(?:earlier|later)\s+)?(?P<rd>yesterday|today|tonight)
            (?:\s+(?:{_PART}))?
            {_LOCAL}?
          | (?:earlier\s+)?this\s+(?:morning|afternoon|evening)
        )
      | (?P<relperiod>
            (?:(?:earlier|later)\s+(?:in\s+)?)?
            (?P<pmod>this|last|past|previous)\s+
            (?P<unit>week|month|year)(?:end)?
        )
      | (?P<vague>{_alt(VAGUE_WORDS)})
      | (?P<monthday>
            (?:(?:on|since|until|by|from)\s+)?(?:(?:around|about)\s+)?
            (?:
                (?P<md_month>{_MON})\.?\s+(?P<md_day>{_DAYNUM})(?:,?\s+(?P<md_year>{_YEAR}))?
              | (?P<dm_day>{_DAYNUM})\s+(?:of\s+)?(?P<dm_month>{_MON})(?:,?\s+(?P<dm_year>{_YEAR}))?
            )
        )
      | (?P<month>
            (?:
                (?:in|during|since|last|this|until|by)\s+(?:(?:early|mid|late)(?:\s+|\s*-\s*))?
                (?P<m_month>{_MON})(?:,?\s+(?P<m_year>{_YEAR}))?
              | (?P<my_month>{_MON})\s+(?P<my_year>{_YEAR})
            )
        )
      | (?P<year>(?:in|during|since)\s+(?P<y_year>{_YEAR}))
      | (?P<iso>(?P<iso_y>{_YEAR})-(?P<iso_m>[01]?\d)-(?P<iso_d>[0-3]?\d)(?!\d))
      | (?P<numeric>[0-3]?\d[/.][0-3]?\d[/.](?:\d\d\d\d|\d\d)(?!\d))
    )
    (?![\p{{L}}\p{{N}}])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_WORD = regex.compile(r"\p{L}+")
# The one or two words right before the cue.
_HABITUAL = regex.compile(
    rf"(?<![\p{{L}}])(?:{_alt(HABITUAL_WORDS)})(?:\s+\p{{L}}+ly)?\s+$", regex.IGNORECASE
)
# "the spokesperson", "this official", "the coordinator of the National Security Council":
# a definite article and lower-case head words (a name would be capitalised).
_DESCRIPTION = regex.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat)(?:\s+\p{Ll}[\p{Ll}\-]*){1,4}(?:\s+of\s+.{1,80})?", regex.DOTALL
)
_CUE_FORMS = frozenset(form.lower() for verb in CUE_VERBS for form in verb.forms)
_TOPIC_OPENER = regex.compile(rf"\W*(?:\p{{L}}+,\s*)?(?:{_alt(TOPIC_OPENERS)})\b", regex.IGNORECASE)
_CLAUSE_BREAK = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:{_alt(CLAUSE_BREAKS)})(?![\p{{L}}\p{{N}}])|[;—–]", regex.IGNORECASE
)
# "today", "this morning" relative to the publication day: weaker evidence than
# a named day, and written "This Morning", "Today" inside a programme's name
# ("told CBS This Morning on Monday").
# A word (or digit) every match of _EXPRESSION holds, by alternative:
# weekdays, "yesterday", "today", "the other day" hold "day"; "tonight",
# "this morning", "last week/month/year", "recently", "in recent days",
# "lately"; each month name holds its three-letter abbreviation; years and
# numeric dates hold a digit. Same engine and flags as _EXPRESSION, so the
# same case folding. Most attribution clauses hold none: a scan for these
# words costs a sixth of the full pattern's.
_EXPRESSION_HINT = regex.compile(
    trie_pattern(
        ["day", "night", "morning", "afternoon", "evening", "week", "month", "year", "recent", "lately",
         "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
    + r"|\d",
    regex.IGNORECASE,
)
_RELATIVE_DAY = regex.compile(r"(?:earlier\s+|later\s+)?(?:today|tonight|this\s+\p{L}+)\b", regex.IGNORECASE)
_NAME_WORD = regex.compile(r"\p{Lu}\p{L}*\s+$")
_NEW_EVENT = regex.compile(
    rf"(?<![\p{{L}}])(?:in|at|during|on|issued|gave|released|published|made|held|posted|sent)\s+an?\s+(?:[\p{{L}}-]+\s+){{0,3}}?(?:{_alt(NEW_EVENT_NOUNS)})(?![\p{{L}}])",
    regex.IGNORECASE,
)


def find_date_expressions(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """Candidate date expressions in ``text[start:end]``, as spans of ``text``, in order.

    >>> [s.text for s in find_date_expressions("Kirby said on Monday evening local time, not in March.")]
    ['on Monday evening local time', 'in March']
    """
    stop = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if _EXPRESSION_HINT.search(text, start, stop) is None:
        return ()
    return tuple(Span.of(text, m.start(), m.end()) for m in _EXPRESSION.finditer(text, start, stop))


# ---------------------------------------------------------------------------
# Resolution


def _monday(day: _dt.date) -> _dt.date:
    return day - _dt.timedelta(days=day.weekday())


def _shift_month(day: _dt.date, months: int) -> _dt.date:
    index = day.year * 12 + day.month - 1 + months
    return _dt.date(index // 12, index % 12 + 1, 1)


def _dateparser_parse(text: str, published: _dt.date | None) -> _dt.date | None:
    """Parse one month-name, ISO or numeric date with dateparser (imported on first use)."""
    import dateparser  # lazy: importing dateparser and its first parse cost ~0.1 s, not at `import attribution`

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",  # a statement is made before it is reported
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if published is not None:
        settings["RELATIVE_BASE"] = _dt.datetime(published.year, published.month, published.day, 12)
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed is not None else None


@functools.lru_cache(maxsize=4096)
def _resolve(norm: str, published: _dt.date | None) -> tuple[_dt.date | None, str]:
    # Text around the expression ("on Friday followingnoon") is tolerated:
    # the first expression in it is resolved.
    m = _EXPRESSION.search(norm)
    if m is None:
        return None, "day"
    p = published
    if m.group("weekday"):
        if p is None:
            return None, "day"
        target = WEEKDAYS[m.group("wd").lower()]
        back = (p.weekday() - target) % 7
        if back == 0 and (m.group("wmod") or "").lower() in ("last", "past", "previous"):
            # "last Friday" written on a Friday is the week before.
            back = 7
        return p - _dt.timedelta(days=back), "day"
    if m.group("relday"):
        if p is None:
            return None, "day"
        return (p - _dt.timedelta(days=1) if (m.group("rd") or "").lower() == "yesterday" else p), "day"
    if m.group("relperiod"):
        unit = m.group("unit").lower()
        if p is None:
            return None, unit
        back = 0 if m.group("pmod").lower() == "this" else 1
        if unit == "week":
            return _monday(p) - _dt.timedelta(weeks=back), "week"
        if unit == "month":
            return _shift_month(p, -back), "month"
        return _dt.date(p.year - back, 1, 1), "year"
    if m.group("vague"):
        return None, "week"
    if m.group("year"):
        return _dt.date(int(m.group("y_year")), 1, 1), "year"
    if m.group("monthday"):
        month = m.group("md_month") or m.group("dm_month")
        day = regex.sub(r"\D", "", m.group("md_day") or m.group("dm_day"))
        year = m.group("md_year") or m.group("dm_year")
        if year is None and p is None:
            return None, "day"
        parsed = _dateparser_parse(f"{month.rstrip('.')} {day}" + (f" {year}" if year else ""), p)
        return parsed, "day"
    if m.group("month"):
        month = m.group("m_month") or m.group("my_month")
        year = m.group("m_year") or m.group("my_year")
        if year is None and p is None:
            return None, "month"
        if year is None and (m.group(0).lower().startswith("last")) and p is not None:
            # "last March" in March means a year ago.
            number = MONTHS[month.lower().rstrip(".")]
            y = p.year if number < p.month else p.year - 1
            return _dt.date(y, number, 1), "month"
        parsed = _dateparser_parse(month.rstrip(".") + (f" {year}" if year else ""), p)
        return (parsed.replace(day=1) if parsed else None), "month"
    # iso / numeric: absolute, resolved without a publication date
    return _dateparser_parse(m.group(0), p), "day"


def resolve_expression(text: object, published: _dt.date | None) -> tuple[_dt.date | None, str]:
    """Resolve one date expression: ``(date or None, granularity)``.

    ``granularity`` is one of :data:`GRANULARITIES`; for ``week``,
    ``month`` and ``year`` the date is the first day of that period (Monday
    for weeks). Relative expressions (weekdays, ``yesterday``, ``last week``,
    a month or month-day without a year) need ``published`` and give
    ``(None, granularity)`` without it; absolute ones (with a year, ISO)
    resolve anyway. Vague expressions ("recently") give ``(None, 'week')``.
    Words around the expression are ignored (the first expression in
    ``text`` is resolved); text without one, or a value that is not a
    string, gives ``(None, 'day')``. Nothing raises.

    Weekdays are read as statements in the past: "on Thursday" is the latest
    Thursday on or before ``published``; "last Friday" on a Friday is seven
    days earlier.

    >>> import datetime
    >>> resolve_expression("on July 19", datetime.date(2022, 7, 20))
    (datetime.date(2022, 7, 19), 'day')
    >>> resolve_expression("in March 2021", None)
    (datetime.date(2021, 3, 1), 'month')
    """
    if not isinstance(text, str):
        return None, "day"
    norm = " ".join(text.split()).lower()
    if not norm or len(norm) > 200:
        return None, "day"
    return _resolve(norm, published)


# ---------------------------------------------------------------------------
# Which expression dates a claim


_LINE = regex.compile(r"[^\n]+")
_TITLE_END = (".", "”", '"', "?", "!", "’")


def _lead_sentence(text: str, before: int) -> tuple[int, int] | None:
    """The first sentence of the article's first body paragraph, if it ends before ``before``.

    Skips page furniture and a first line that reads as a title, as
    :func:`attribution.segment` does, without segmenting the whole article.
    """
    for number, m in enumerate(_LINE.finditer(text, 0, before)):
        line = m.group()
        if not line.strip() or is_boilerplate(line):
            continue
        if number == 0 and not line.strip().endswith(_TITLE_END):
            continue
        starts, ends = _paragraph_sentences(text, m.start(), m.end())
        if not starts or ends[0] > before:
            return None
        return starts[0], ends[0]
    return None


def _lead_date(article: Article, claims: tuple[Claim, ...], index: int) -> StatementDate | None:
    """The date of the statement the lead sentence reports, for the first person quoted after it.

    News leads summarise the event ("The White House on Friday issued a
    stark warning ..."); when no claim was extracted from the lead, the first
    person quoted after it, with no date of their own, speaks at that event.
    Only a day-precise expression outside any claim's content, in a lead
    sentence that contains a cue word, counts.
    """
    claim = claims[index]
    if claim.speaker is None or claim.speaker.type is not SpeakerType.PERSON:
        return None
    for prev in claims[:index]:
        if prev.headline or prev.boilerplate:
            continue
        if prev.date is not None or (prev.speaker is not None and prev.speaker.type is SpeakerType.PERSON):
            return None
    lead = _lead_sentence(article.text, claim.start)
    if lead is None:
        return None
    sentence = Span.of(article.text, *lead)
    contents = [c for other in claims for c in other.content if c.overlaps(sentence)]
    words = [
        m
        for m in _WORD.finditer(article.text, sentence.start, sentence.end)
        if not any(c.start <= m.start() < c.end for c in contents)
    ]
    if not any(m.group().lower() in _CUE_FORMS for m in words):
        return None
    for span in find_date_expressions(article.text, sentence.start, sentence.end):
        if any(c.overlaps(span) for c in contents):
            continue
        value, granularity = resolve_expression(span.text, article.published)
        if granularity == "day":
            return StatementDate(value=value, expression=span, granularity="day", inherited=True)
    return None


# Claims are dated in text order, so a few recent paragraphs are all the
# cache needs to hold.
@functools.lru_cache(maxsize=64)
def _paragraph_sentences(text: str, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """Starts and ends of the sentences of ``text[lo:hi]``.

    Only paragraphs holding a claim are split, once each (the str key hashes
    once); offsets rather than spans keep the cache small.
    """
    offsets = _sentence_offsets(text, lo, hi)
    return offsets[0::2], offsets[1::2]


#: Paragraphs longer than this are split around the claim only, so that an
#: article without line breaks does not cost time quadratic in its length.
_LONG_LINE = 1200


def _sentence_of(article: Article, pos: int) -> tuple[int, int]:
    """The sentence (as split by :func:`attribution.sentence_spans`) around ``pos``."""
    text = article.text
    lo = text.rfind("\n", max(0, pos - _LONG_LINE), pos) + 1
    hi = text.find("\n", pos, pos + _LONG_LINE)
    whole_line = (lo > 0 or pos <= _LONG_LINE) and (hi >= 0 or pos + _LONG_LINE // 2 >= len(text))
    if lo == 0 and pos > _LONG_LINE:
        lo = pos - _LONG_LINE // 2
    if hi < 0:
        hi = min(len(text), pos + _LONG_LINE // 2)
    bounds = sentence_bounds(text) if whole_line else None
    if bounds is not None:
        # the line is a paragraph the segmenter split already: its sentences
        # are those of all the article's from its start on
        all_starts, all_ends = bounds
        i = bisect.bisect_right(all_starts, pos) - 1
        if i >= 0 and lo <= all_starts[i] <= pos < max(all_ends[i], all_starts[i] + 1):
            return all_starts[i], all_ends[i]
        return lo, hi
    starts, ends = _paragraph_sentences(text, lo, hi)
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and starts[i] <= pos < max(ends[i], starts[i] + 1):
        return starts[i], ends[i]
    # Between sentences (whitespace, odd punctuation): the whole line.
    return lo, hi


def _claim_spans(claim: Claim) -> tuple[Span, ...]:
    spans: list[Span] = list(claim.content)
    if claim.mention is not None:
        spans.append(claim.mention)
    if claim.cue is not None:
        spans.append(claim.cue.span)
    return tuple(spans)


def _regions(
    article: Article, claims: tuple[Claim, ...], index: int
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The parts of the sentence that belong to the claim's attribution clause.

    Returns the regions and the blocked ranges (content of any claim, and
    the other claims' speakers and cues) inside which no expression counts.
    """
    claim = claims[index]
    # the heads (speaker, cue): the first to start and the last to end, the
    # speaker on a tie (as min and max over [speaker, cue] would pick)
    mention, cue = claim.mention, claim.cue
    if cue is None:
        if mention is None:
            return (), ()
        first = last = mention
    elif mention is None:
        first = last = cue.span
    else:
        cue_span = cue.span
        first = mention if mention.start <= cue_span.start else cue_span
        last = mention if mention.end >= cue_span.end else cue_span
    text = article.text
    s_start, s_end = _sentence_of(article, first.start)
    s_end = max(s_end, last.end)
    # A claim whose content contains this claim's head is an outer claim (this
    # one is nested in its content): only its cue and speaker block.
    w_lo, w_hi = min(s_start, first.start), s_end
    others: list[Span] = []
    for j, other in enumerate(claims):
        # any span of ``other`` may overlap the window (cheap, conservative);
        # inlined, as this runs for every claim of the window
        c = other.content
        if j == index or not (
            (c and c[0].start < w_hi and w_lo < c[-1].end)
            or ((m := other.mention) is not None and m.start < w_hi and w_lo < m.end)
            or ((q := other.cue) is not None and q.span.start < w_hi and w_lo < q.span.end)
        ):
            continue
        outer = any(c.start <= first.start and last.end <= c.end for c in other.content)
        others.extend(s for s in _claim_spans(other) if not (outer and s in other.content))
    own = sorted((s.start, s.end) for s in claim.content if s.end > s.start)
    cuts = sorted((s.start, s.end) for s in others if s.end > s.start)
    blocked = tuple(sorted((*own, *cuts)))
    regions: list[tuple[int, int]] = []
    # 1. Between the speaker and the cue: "Kirby, ..., on Monday told reporters".
    if first is not last and first.end < last.start:
        # bounded: a speaker far before its cue (a long coordination) would
        # make every claim of a long sentence scan most of it
        regions.append((max(first.end, last.start - _REGION_LIMIT), last.start))
    # 2. After the later head, skipping this claim's own content ("said “No”
    #    in response to questions on Wednesday whether ..."), up to another
    #    claim's text, a clause break or the sentence end.
    stop = min(s_end, last.end + _REGION_LIMIT)
    for c_start, c_end in cuts:
        if c_end > last.end:
            stop = min(stop, max(c_start, last.end))
            break
    pos = last.end
    for piece_end, next_pos in [*((a, b) for a, b in own if b > last.end), (stop, stop)]:
        piece_end = min(max(piece_end, pos), stop)
        brk = _CLAUSE_BREAK.search(text, pos, piece_end)
        if piece_end > pos:
            regions.append((pos, brk.start() if brk else piece_end))
        if brk is not None or next_pos >= stop:
            break
        pos = next_pos
    # 3. A fronted phrase: "Last week, the mission said", "At a meeting on
    #    Friday, Russia denied" -- not when the front holds text of a claim
    #    or names a topic ("Regarding the sanctions announced Friday, ...").
    if (
        s_start < first.start
        and not any(b0 < first.start and b1 > s_start for b0, b1 in blocked)
        and _TOPIC_OPENER.match(text, s_start, first.start) is None
    ):
        regions.append((max(s_start, first.start - _REGION_LIMIT), first.start))
    return tuple(r for r in regions if r[1] > r[0]), blocked


#: How far from the speaker and cue a date expression may stand (characters).
_REGION_LIMIT = 300


def _pick(
    text: str,
    regions: tuple[tuple[int, int], ...],
    blocked: tuple[tuple[int, int], ...],
    anchor: int,
    published: _dt.date | None,
) -> StatementDate | None:
    best: tuple[tuple[int, bool, int], StatementDate] | None = None
    for lo, hi in regions:
        for span in find_date_expressions(text, lo, hi):
            if any(b0 < span.end and span.start < b1 for b0, b1 in blocked):
                continue
            relative_day = _RELATIVE_DAY.match(span.text) is not None
            if (
                relative_day
                and span.text[0].isupper()
                and _NAME_WORD.search(text, max(0, span.start - 30), span.start)
            ):
                continue  # part of a name: "CBS This Morning", "NBC's Today"
            value, granularity = resolve_expression(span.text, published)
            rank = (
                GRANULARITIES.index(granularity),
                relative_day,
                min(abs(span.start - anchor), abs(span.end - anchor)),
            )
            date = StatementDate(
                value=value if granularity == "day" else None,
                expression=span,
                granularity=granularity,
            )
            if best is None or rank < best[0]:
                best = (rank, date)
    return best[1] if best else None


def _name(claim: Claim) -> str | None:
    return claim.speaker.name.casefold() if claim.speaker is not None and claim.speaker.name else None


def _is_anaphoric(claim: Claim) -> bool:
    """A pronoun ("he") or a definite description ("the spokesperson", "the head of the Council")."""
    if claim.mention is None:
        return False
    mention = claim.mention.text.strip()
    if mention.lower() in PRONOUNS:
        return True
    return _DESCRIPTION.fullmatch(mention) is not None


def _new_event(claim: Claim, source: Claim) -> bool:
    """True when ``claim`` names its own, new venue ("in an interview with CNN").

    Only an indefinite venue of the claim's own that differs from the venue
    of the claim it would inherit from counts: a definite one ("in his
    briefing", "in this interview") refers back to the same event.
    """
    if claim.venue is None or _NEW_EVENT.search(claim.venue.text) is None:
        return False
    return source.venue is not None and source.venue != claim.venue


def _extent(claim: Claim) -> tuple[int, int]:
    spans = _claim_spans(claim)
    return min(s.start for s in spans), max(s.end for s in spans)


def _adjacent(text: str, source: Claim, claim: Claim) -> bool:
    """True when ``source`` ends in the claim's paragraph or the one before."""
    gap = text[_extent(source)[1] : _extent(claim)[0]]
    return sum(1 for line in gap.split("\n")[1:-1] if line.strip()) == 0


def _nested(claim: Claim, earlier: tuple[Claim, ...]) -> bool:
    start, end = _extent(claim)
    # Only the nearest claims can hold this one in their content.
    return any(c.start <= start and end <= c.end for c in earlier[-3:] if c is not claim)


def _source(text: str, claims: tuple[Claim, ...], index: int) -> tuple[Claim | None, bool]:
    """The earlier claim whose speech event ``claims[index]`` continues, if any.

    The flag is True when the source was found by the speaker's name (other
    speakers' events may lie between), False when by position.
    """
    claim = claims[index]
    # A headline or page furniture never starts a speech event.
    earlier = tuple(c for c in claims[:index] if not (c.headline or c.boilerplate))
    if not earlier:
        return None, False
    name = _name(claim)
    if name is None and claim.mention is None and claim.cue is None:
        # A bare quoted paragraph continues the claim before it.
        return earlier[-1], False
    if name is not None:
        for prev in reversed(earlier):
            if _name(prev) == name:
                return prev, True
    if _is_anaphoric(claim):
        # "He added", "the spokesperson said" whose antecedent has not spoken
        # before in the article (or is unknown) continue the nearest claim,
        # when it is close.
        for prev in reversed(earlier):
            if not _nested(prev, earlier):
                return (prev if _adjacent(text, prev, claim) else None), False
        return None, False
    # The spokesperson rule: "The White House said on Friday ..." followed by
    # the first quoted person ("John Kirby, NSC spokesman, indicated ...")
    # reports the same briefing.
    if claim.speaker is not None and claim.speaker.type is SpeakerType.PERSON:
        for prev in reversed(earlier):
            if prev.speaker is not None and prev.speaker.type is SpeakerType.PERSON:
                return None, False
            if prev.date is not None:
                ok = (
                    not prev.date.inherited
                    and prev.speaker is not None
                    and prev.speaker.type is SpeakerType.ORGANIZATION
                )
                return (prev if ok else None), False
    return None, False


#: How many claims on each side of a claim the date rules look at.
_WINDOW = 60


def statement_date(
    article: Article, claim: Claim, claims: Sequence[Claim], index: int
) -> StatementDate | None:
    """The date of ``claims[index]`` (``claim``), or None when the article does not say.

    An expression inside the claim's attribution clause (between speaker
    and cue, after the cue up to the content, or in a phrase fronted before
    the speaker) dates the claim; expressions inside any claim's content do
    not. Without one, a claim continuing the same speaker's speech event
    inherits that event's date (``inherited=True``) unless its clause opens
    a new event ("in an interview", "in a statement"). See ``docs/dates.md``.
    """
    if not 0 <= index < len(claims):
        claims, index = (*claims, claim), len(claims)
    elif claims[index] is not claim and claims[index] != claim:
        claims = (*claims[:index], claim, *claims[index + 1 :])
    # Only nearby claims matter (the sentence's other claims, the speech
    # event being continued); a bounded window keeps long articles linear
    # instead of scanning every claim for every claim.
    lo = max(0, index - _WINDOW)
    claims, index = tuple(claims[lo : index + _WINDOW]), index - lo
    regions, blocked = _regions(article, claims, index)
    anchor = claim.cue.span.start if claim.cue else claim.mention.start if claim.mention else claim.start
    own = _pick(article.text, regions, blocked, anchor, article.published)
    if own is not None:
        return own
    if claim.headline or claim.boilerplate:
        # Titles and page furniture ("Read also: ...") are not part of a speech event.
        return None
    text = article.text
    if claim.cue is not None and _HABITUAL.search(
        text, max(0, claim.cue.span.start - 40), claim.cue.span.start
    ):
        return None
    source, by_name = _source(text, claims, index)
    if source is None:
        return _lead_date(article, claims, index)
    if source.date is None or _new_event(claim, source):
        return None
    # Continuing by position, a new event reported in between ("Woodward
    # issued an accusatory statement ...") ends the source claim's event.
    gap_start, gap_end = _extent(source)[1], _extent(claim)[0]
    if not by_name and gap_start < gap_end and _NEW_EVENT.search(text, gap_start, gap_end) is not None:
        return None
    # frozen values: a chain of inheriting claims shares one object
    return source.date if source.date.inherited else attrs.evolve(source.date, inherited=True)

"""Immutable value types: what goes into the pipeline and what comes out.

Every extracted thing carries character offsets into :attr:`Article.text`
(Python string indices, i.e. code points), so ``article.text[s.start:s.end]
== s.text`` holds for every :class:`Span` the library produces.
"""

from __future__ import annotations

import datetime as _dt
import enum
import os
import re
from array import array
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
from attrs import field, frozen

__all__ = [
    "Article",
    "ArticleError",
    "Claim",
    "Cue",
    "CueVerb",
    "Kind",
    "PluginError",
    "Result",
    "Segment",
    "Span",
    "Speaker",
    "SpeakerType",
    "Stance",
    "StatementDate",
]

#: Articles larger than this are refused by the readers; the extractors are
#: linear, but a 1 GB "article" is nearly always a mistake (a whole dump).
MAX_ARTICLE_CHARS = 50_000_000


class ArticleError(ValueError):
    """Input that cannot be turned into an :class:`Article` (bad file, bad date...)."""


class Kind(str, enum.Enum):
    """How the content of a claim is given."""

    #: Inside quotation marks: ``“We will not,” he said.``
    DIRECT = "direct"
    #: Reported speech without quotation marks: ``Kirby said that Russia…``
    INDIRECT = "indirect"
    #: Reported speech containing partial quotations.
    MIXED = "mixed"
    #: Introduced by a colon, without quotation marks: ``He claimed: Russia…``
    COLON = "colon"


class Stance(str, enum.Enum):
    """The speaker's attitude to the content, as the cue expresses it."""

    ASSERT = "assert"
    DENY = "deny"
    NOT_CONFIRM = "not_confirm"
    REFUSE = "refuse"


class SpeakerType(str, enum.Enum):
    """What kind of source a speaker is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    DOCUMENT = "document"
    MEDIA = "media"
    ANONYMOUS = "anonymous"
    UNKNOWN = "unknown"


_object_new = object.__new__
_object_setattr = object.__setattr__


def _nonneg(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


class _Source:
    """The article text that lazy spans slice, in their ``_text`` slot.

    One per article, shared by all its lazy spans: a span then needs no slot
    of its own to tell a text it holds from a text it indexes (8 bytes a
    span, some 0.4x the article size at the peak of memory use).
    """

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Source) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"_Source(<{len(self.text)} characters>)"


# the wrapper of the last text spans were made for (one article at a time)
_last_source = _Source("")


def _source_of(text: str) -> _Source:
    global _last_source
    last = _last_source
    if last.text is not text:
        last = _last_source = _Source(text)
    return last


def _lazy_span(source: str, start: int, end: int) -> Span:
    """The span ``source[start:end]`` without copying its text (bounds already checked)."""
    span = _object_new(Span)
    # the slots' own setters: a third cheaper than object.__setattr__ by name
    _set_start(span, start)
    _set_end(span, end)
    _set_text(span, _source_of(source))
    return span


# No __weakref__ slot on the types an article has thousands of (spans,
# segments, claims, cues, dates): 8 bytes each, some 0.4x the article size
# at the peak of memory use.
@frozen(order=True, repr=False, weakref_slot=False)
class Span:
    """A half-open character range ``[start, end)`` of an article's text.

    ``text`` is always ``article.text[start:end]``; build spans with
    :meth:`Span.of` so that this cannot go wrong.

    A span built with :meth:`of` or :meth:`strip` keeps a reference to the
    article text and slices it when :attr:`text` is read, instead of holding
    a copy: an article's segments, sentences and claims would otherwise
    hold its text several times over. Spans compare, hash, print, pickle
    and serialise the same either way.
    """

    start: int = field(validator=_nonneg)
    end: int = field(validator=_nonneg)
    # the span's text, or (a span made by :meth:`of`) a _Source holding
    # the text the span indexes
    _text: str = field(eq=False, order=False, alias="text")

    @property
    def text(self) -> str:
        """The span's text, ``article.text[start:end]``."""
        held: Any = self._text
        return held.text[self.start : self.end] if held.__class__ is _Source else held  # type: ignore[no-any-return]

    @property
    def _source(self) -> str | None:
        """The article text a span made by :meth:`of` indexes, else None."""
        held: Any = self._text
        return held.text if held.__class__ is _Source else None  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"Span(start={self.start!r}, end={self.end!r}, text={self.text!r})"

    def __getstate__(self) -> dict[str, Any]:
        # the text itself, not the whole article it points into
        return {"start": self.start, "end": self.end, "text": self.text}

    def __setstate__(self, state: Mapping[str, Any]) -> None:
        _object_setattr(self, "start", state["start"])
        _object_setattr(self, "end", state["end"])
        _object_setattr(self, "_text", state["text"] if "text" in state else state["_text"])

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]``."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}:{end} outside text of length {len(text)}")
        if cls is not Span:
            return cls(start, end, text[start:end])
        # The check above is all the validators would do.
        return _lazy_span(text, start, end)

    @classmethod
    def strip(cls, text: str, start: int, end: int, chars: str | None = None) -> Span:
        """Like :meth:`of`, with whitespace (or ``chars``) trimmed from both ends."""
        return cls.of(text, *_strip_offsets(text, start, end, chars))

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True if the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True if ``other`` lies within this span."""
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


def _strip_offsets(text: str, start: int, end: int, chars: str | None = None) -> tuple[int, int]:
    """The offsets of ``text[start:end]`` without whitespace (or ``chars``) at either end.

    ``(start, start)`` when nothing is left. Offsets that do not move are the
    caller's own int objects, not new equal ones: spans stripped from the
    same offsets then share them (32 bytes an offset, thousands of spans an
    article).
    """
    piece = text[start:end]
    stripped = piece.strip(chars)
    if not stripped:
        return start, start
    if len(stripped) == end - start:
        return start, end
    left = start + len(piece) - len(piece.lstrip(chars))
    right = left + len(stripped)
    return (start if left == start else left), (end if right == end else right)


# the slot setters of Span, for _lazy_span
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__
_set_text = Span.__dict__["_text"].__set__


def _lazy_spans(held: _Source, starts: Sequence[int], ends: Sequence[int], lo: int, hi: int) -> tuple[Span, ...]:
    """The spans ``held.text[starts[i]:ends[i]]`` for ``lo <= i < hi``, as :func:`_lazy_span` makes them.

    For the packed offsets of sentences and quotes, read often: the spans
    share the caller's source, without a look-up each.
    """
    out = []
    for i in range(lo, hi):
        span = _object_new(Span)
        _set_start(span, starts[i])
        _set_end(span, ends[i])
        _set_text(span, held)
        out.append(span)
    return tuple(out)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\S.*)?\Z", re.ASCII)


def _parse_date(value: object) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        # A time may follow ("2024-03-01T10:00"), but not other junk, and
        # only the YYYY-MM-DD form: Python 3.11+ would also take "20240301".
        if _ISO_DATE.match(text) is not None:
            try:
                return _dt.date.fromisoformat(text[:10])
            except ValueError:
                pass
        raise ArticleError(f"bad date {value!r}: expected YYYY-MM-DD")
    raise ArticleError(f"bad date {value!r}: expected YYYY-MM-DD")


#: Header lines a plain-text article may start with (``Title: …``), followed
#: by a blank line. Keys are case-insensitive.
HEADER_KEYS = {
    "title": "title",
    "published": "published",
    "date": "published",
    "source": "source",
    "outlet": "source",
    "url": "url",
    "language": "language",
    "id": "id",
}


def _split_header(text: str) -> tuple[dict[str, str], int]:
    """Parse an optional ``Key: value`` header block; return it and the body offset.

    The block counts only when every line before the first blank line is a
    known key, so an article whose first line happens to contain a colon
    ("White House: Our preferred option…") is left alone.
    """
    end = text.find("\n\n")
    if end < 0 or end > 4000:
        return {}, 0
    header: dict[str, str] = {}
    for line in text[:end].split("\n"):
        key, sep, value = line.partition(":")
        name = HEADER_KEYS.get(key.strip().lower())
        if not sep or name is None:
            return {}, 0
        header[name] = value.strip()
    return header, end + 2


@frozen
class Article:
    """One news article: the text and what is known about it.

    Build one with :meth:`from_text`, :meth:`from_file` or :meth:`from_dict`.

    >>> a = Article.from_text("“Yes,” she said.", published="2024-03-01")
    >>> a.published
    datetime.date(2024, 3, 1)
    """

    text: str
    id: str = ""
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: _dt.date | None = None
    language: str = "en"
    #: Offset in the original input where ``text`` starts (after a header block).
    offset: int = 0

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        id: str = "",
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
        published: _dt.date | str | None = None,
        language: str = "en",
    ) -> Article:
        """An article from a string. ``published`` may be a date or ``YYYY-MM-DD``."""
        if not isinstance(text, str):
            raise ArticleError(f"article text must be str, not {type(text).__name__}")
        if len(text) > MAX_ARTICLE_CHARS:
            raise ArticleError(
                f"article {id!r} has {len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,}"
            )
        return cls(
            text=text,
            id=id,
            title=title,
            source=source,
            url=url,
            published=_parse_date(published),
            language=language or "en",
        )

    @classmethod
    def from_dict(cls, record: Mapping[str, Any], *, default_id: str = "") -> Article:
        """An article from a JSON record ``{"id", "text", "title"?, "published"?, ...}``.

        ``date`` is accepted as a synonym of ``published`` and ``publisher``
        or ``outlet`` of ``source``.
        """
        if not isinstance(record, Mapping):
            raise ArticleError("article record must be a JSON object")
        text = record.get("text")
        if not isinstance(text, str):
            raise ArticleError("article record has no string field 'text'")
        published = record.get("published", record.get("date"))
        source = record.get("source") or record.get("outlet") or record.get("publisher")
        return cls.from_text(
            text,
            id=default_id if record.get("id") in (None, "") else str(record["id"]),
            title=record.get("title"),
            source=source,
            url=record.get("url"),
            published=published,
            language=record.get("language") or "en",
        )

    @classmethod
    def from_file(
        cls,
        path: str | os.PathLike[str],
        *,
        published: _dt.date | str | None = None,
        id: str | None = None,
        header: bool = True,
    ) -> Article:
        """Read a UTF-8 plain-text article.

        The file may start with a header block of ``Title:``, ``Published:``,
        ``Source:``, ``URL:`` (and ``Language:``, ``Id:``) lines, ended by a
        blank line; it is removed from :attr:`text` and its values are used
        unless given as arguments. The id defaults to the file name.
        """
        p = Path(path)
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise ArticleError(f"{p}: cannot read: {exc.strerror or exc}") from exc
        return cls.from_bytes(data, id=id if id is not None else p.name, published=published, header=header)

    @classmethod
    def from_bytes(
        cls,
        data: bytes,
        *,
        id: str = "",
        published: _dt.date | str | None = None,
        header: bool = True,
    ) -> Article:
        """Decode UTF-8 bytes (a BOM is dropped) and parse an optional header block."""
        if b"\x00" in data[:65536]:
            raise ArticleError(f"{id or 'input'}: looks binary (contains NUL bytes), not a text article")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ArticleError(
                f"{id or 'input'}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})"
            ) from None
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        meta: dict[str, str] = {}
        offset = 0
        if header:
            meta, offset = _split_header(text)
            text = text[offset:]
        if published is None and meta.get("published"):
            try:
                published = _parse_date(meta["published"])
            except ArticleError as exc:
                # Say where the date came from: the reader sees a file, not a record.
                raise ArticleError(f"{id or 'input'}: header line Published: {exc}") from None
        article = cls.from_text(
            text,
            id=meta.get("id") or id,
            title=meta.get("title"),
            source=meta.get("source"),
            url=meta.get("url"),
            published=published,
            language=meta.get("language") or "en",
        )
        return attrs.evolve(article, offset=offset)


#: The array type code of packed sentence offsets (articles are far below 2**31 characters).
_OFFSET_CODE = "i"
assert MAX_ARTICLE_CHARS < 2**31


def _pack_sentences(span: Span, sentences: Iterable[Span]) -> tuple[Span, ...] | bytes | None:
    """How a :class:`Segment` keeps its sentences (see :attr:`Segment.sentences`).

    ``None`` for the one sentence that is the paragraph itself, the packed
    offsets of sentences inside the paragraph, else the spans as given
    (spans of a subclass, or reaching outside the paragraph).
    """
    spans = tuple(sentences)
    start, end = span.start, span.end
    if any(s.__class__ is not Span or s.start < start or s.end > end for s in spans):
        return spans
    return _pack_offsets(start, end, [x for s in spans for x in (s.start, s.end)])


def _pack_offsets(start: int, end: int, offsets: list[int]) -> bytes | tuple[()] | None:
    """Sentence offsets ``[start0, end0, start1, …]`` inside ``[start, end)``, as a segment keeps them."""
    if not offsets:
        return ()
    if len(offsets) == 2 and offsets[0] == start and offsets[1] == end:
        return None
    return array(_OFFSET_CODE, offsets).tobytes()


@frozen(weakref_slot=False, repr=False)
class Segment:
    """A paragraph of the article, with its sentences.

    Extractors receive the article's segments in order. ``boilerplate`` marks
    page furniture ("Leave a Reply", "Share:", "Read also: …") in which
    no claim should be reported; ``headline`` marks a first line that reads as
    a title.
    """

    span: Span
    index: int
    # The sentences' offsets, packed: their spans are made when read. A
    # tuple and spans kept for every paragraph were some 0.8x the article
    # size at the peak of memory use (segments live while all claims are
    # found). ``None`` is the one sentence that is the paragraph itself;
    # see _pack_sentences.
    _sentences: tuple[Span, ...] | bytes | None = field(default=(), alias="sentences")
    boilerplate: bool = False
    headline: bool = False

    def __attrs_post_init__(self) -> None:
        held = self._sentences
        if held is not None and held.__class__ is not bytes:
            # spans given to the constructor (attrs.evolve passes the packed form on)
            _object_setattr(self, "_sentences", _pack_sentences(self.span, held))  # type: ignore[arg-type]

    @property
    def sentences(self) -> tuple[Span, ...]:
        """The paragraph's sentences, in order (made anew on each read: read them once)."""
        held = self._sentences
        if held is None:
            return (self.span,)
        if held.__class__ is not bytes:
            return held  # type: ignore[return-value]
        offsets = array(_OFFSET_CODE)
        offsets.frombytes(held)  # type: ignore[arg-type]
        span = self.span
        source: Any = span._text
        if source.__class__ is _Source:
            return _lazy_spans(source, offsets[0::2], offsets[1::2], 0, len(offsets) // 2)
        # a span holding its own text (unpickled): slice that
        base, text = span.start, span.text
        return tuple(
            [Span(offsets[i], offsets[i + 1], text[offsets[i] - base : offsets[i + 1] - base]) for i in range(0, len(offsets), 2)]
        )

    def __repr__(self) -> str:
        return (
            f"Segment(span={self.span!r}, index={self.index!r}, sentences={self.sentences!r}, "
            f"boilerplate={self.boilerplate!r}, headline={self.headline!r})"
        )


# the slot setters of Segment, for _segment_of
_SEGMENT_SETTERS = tuple(Segment.__dict__[a.name].__set__ for a in attrs.fields(Segment))


def _segment_of(
    span: Span, index: int, packed: bytes | tuple[()] | None, boilerplate: bool, headline: bool
) -> Segment:
    """A segment whose sentences are already packed (see :func:`_pack_sentences`), without the checks."""
    seg = _object_new(Segment)
    for setter, value in zip(_SEGMENT_SETTERS, (span, index, packed, boilerplate, headline), strict=True):
        setter(seg, value)
    return seg


@frozen
class Speaker:
    """Who made a statement: the resolved entity, not the mention."""

    name: str
    type: SpeakerType = SpeakerType.UNKNOWN
    role: str | None = None
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type.value,
            "role": self.role,
            "aliases": list(self.aliases),
        }


@frozen(weakref_slot=False)
class Cue:
    """The words that mark a statement as attributed (``said``, ``according to``, ``:``)."""

    span: Span
    lemma: str

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "lemma": self.lemma}


@frozen
class CueVerb:
    """A lexicon entry: a cue lemma, its inflected forms and the stance it carries."""

    lemma: str
    forms: tuple[str, ...]
    stance: Stance = Stance.ASSERT


@frozen(weakref_slot=False)
class StatementDate:
    """When the statement was made.

    ``value`` is None when the expression could not be resolved (a relative
    expression in an article without a publication date). ``granularity`` is
    ``day``, ``week``, ``month`` or ``year``; ``inherited`` is True when the
    date comes from an earlier claim of the same speech event.
    """

    value: _dt.date | None
    expression: Span | None = None
    granularity: str = "day"
    inherited: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value.isoformat() if self.value else None,
            "expression": self.expression.to_dict() if self.expression else None,
            "granularity": self.granularity,
            "inherited": self.inherited,
        }


def _tuple_of_spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


@frozen(weakref_slot=False)
class Claim:
    """One attributed statement.

    ``content`` holds one span per piece of the statement (a quote split by
    "he said" has two); ``mention`` is the speaker as written where the claim
    is attributed ("He", "Kirby", "This White House official"), and
    ``speaker`` the entity it resolves to (None when unknown).
    """

    content: tuple[Span, ...] = field(converter=_tuple_of_spans)
    kind: Kind = Kind.DIRECT
    speaker: Speaker | None = None
    mention: Span | None = None
    cue: Cue | None = None
    stance: Stance = Stance.ASSERT
    date: StatementDate | None = None
    venue: Span | None = None
    addressee: Span | None = None
    via: Span | None = None
    confidence: float = 0.5
    extractor: str = ""
    boilerplate: bool = False
    headline: bool = False

    @property
    def start(self) -> int:
        """Start of the first content span."""
        return self.content[0].start if self.content else 0

    @property
    def end(self) -> int:
        """End of the last content span."""
        return self.content[-1].end if self.content else 0

    @property
    def text(self) -> str:
        """The content spans' texts joined by a space."""
        return " ".join(s.text for s in self.content)

    def to_dict(self) -> dict[str, Any]:
        """The claim in the library's JSON format (see the docs' output contract)."""
        speaker: dict[str, Any] | None
        if self.speaker is None and self.mention is None:
            speaker = None
        else:
            base = self.speaker or Speaker(name="", type=SpeakerType.UNKNOWN)
            speaker = base.to_dict()
            if self.speaker is None:
                speaker["name"] = None
            speaker["mention"] = self.mention.to_dict() if self.mention else None
        return {
            "kind": self.kind.value,
            "stance": self.stance.value,
            "content": [s.to_dict() for s in self.content],
            "speaker": speaker,
            "cue": self.cue.to_dict() if self.cue else None,
            "date": self.date.to_dict() if self.date else None,
            "venue": self.venue.to_dict() if self.venue else None,
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "via": self.via.to_dict() if self.via else None,
            "confidence": round(self.confidence, 3),
            "extractor": self.extractor,
            "boilerplate": self.boilerplate,
            "headline": self.headline,
        }


@frozen
class PluginError:
    """A plugin raised while handling an article; its output was left out."""

    plugin: str
    hook: str
    error: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"plugin": self.plugin, "hook": self.hook, "error": self.error, "message": self.message}


@frozen
class Result:
    """What :func:`attribution.extract` returns for one article."""

    article: Article
    claims: tuple[Claim, ...] = ()
    errors: tuple[PluginError, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The article's result in the library's JSON format."""
        a = self.article
        return {
            "id": a.id,
            "title": a.title,
            "source": a.source,
            "url": a.url,
            "published": a.published.isoformat() if a.published else None,
            "claims": [c.to_dict() for c in self.claims],
            "errors": [e.to_dict() for e in self.errors],
        }

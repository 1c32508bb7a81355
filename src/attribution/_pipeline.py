"""The pipeline: the one module that calls plugin hooks.

text -> Article -> segments -> attribution_extract -> merge ->
attribution_resolve_speaker -> attribution_resolve_date -> Result
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import math
import operator
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, overload

import attrs
import pluggy
import regex

from attribution._manager import make_plugin_manager
from attribution._model import (
    Article,
    Claim,
    Cue,
    CueVerb,
    Kind,
    PluginError,
    Result,
    Segment,
    Span,
    Speaker,
    Stance,
    StatementDate,
)
from attribution._segment import forget_sentence_bounds, segment
from attribution.grammar import _forget_article
from attribution.lexicon import Lexicon

__all__ = ["Extractor", "PluginFailed", "extract", "inherit_event_context", "merge_claims"]

_KIND_RANK = {"mixed": 0, "direct": 1, "colon": 2, "indirect": 3}

# Fields a merged-away claim may contribute to the claim that wins.
_FILLABLE = ("mention", "speaker", "cue", "date", "venue", "addressee", "via")


class PluginFailed(RuntimeError):
    """Raised in strict mode when a plugin raises or returns something invalid."""

    def __init__(self, error: PluginError) -> None:
        super().__init__(f"plugin {error.plugin!r} failed in {error.hook}: {error.error}: {error.message}")
        self.error = error


def _priority(claim: Claim) -> tuple[Any, ...]:
    length = sum(len(s) for s in claim.content)
    return (-claim.confidence, -length, _KIND_RANK.get(claim.kind.value, 9), claim.start, claim.extractor)


def _minus_length(claim: Claim) -> int:
    return -sum(len(s) for s in claim.content)


def _kind_rank(claim: Claim) -> int:
    return _KIND_RANK.get(claim.kind.value, 9)


def _claim_start(claim: Claim) -> int:
    return claim.start


def _by_priority(claims: Iterable[Claim]) -> list[Claim]:
    """Claims in priority order; claims equal in priority are ordered by their repr.

    The repr is a last resort so that the winner (and so the result) never
    depends on input order; it is costly, so only ties pay for it.
    """
    # The order of sorting by the _priority tuple, as stable sorts by one
    # field each, least significant first: a key tuple per claim, alive
    # for the whole sort, stayed in CPython's tuple free list afterwards and
    # added some 0.7x the article size to the peak memory.
    out = list(claims)
    out.sort(key=operator.attrgetter("extractor"))
    out.sort(key=_claim_start)
    out.sort(key=_kind_rank)
    out.sort(key=_minus_length)
    out.sort(key=lambda c: -c.confidence)
    # runs of equal priority (one key tuple alive at a time)
    i, n = 0, len(out)
    key = _priority(out[0]) if out else None
    while i < n:
        j = i + 1
        while j < n:
            nxt = _priority(out[j])
            if nxt != key:
                key = nxt
                break
            j += 1
        if j - i > 1:
            out[i:j] = sorted(out[i:j], key=repr)
        i = j
    return out


class _SpanIndex:
    """Disjoint ``[start, end)`` ranges, each with an owner, sorted by start.

    Kept in chunks of a few hundred entries so that an insertion moves one
    chunk, not the whole list: one flat list made merging quadratic (11 s
    for 150,000 claims, most of it in ``list.insert``). A chunk is three
    parallel lists (starts, ends, owners) rather than a list of tuples: a
    tuple per range, freed after the merge, stayed in CPython's tuple free
    list and added some 0.6x the article size to the peak memory.
    """

    _CHUNK = 256

    def __init__(self) -> None:
        self._chunks: list[tuple[list[int], list[int], list[int]]] = []
        self._firsts: list[int] = []

    def overlapping(self, start: int, end: int) -> tuple[int, int] | None:
        """``(owner, start of that range)`` of a range overlapping ``[start, end)``, or None.

        The ranges are disjoint, so only the last range starting at or before
        ``start`` and the first one after it can overlap.
        """
        chunks = self._chunks
        ci = bisect.bisect_right(self._firsts, start) - 1
        nxt: tuple[int, int] | None  # (start, owner) of the first range after ``start``
        if ci >= 0:
            starts, ends, owners = chunks[ci]
            j = bisect.bisect_right(starts, start) - 1
            if start < ends[j]:
                return owners[j], starts[j]
            if j + 1 < len(starts):
                nxt = (starts[j + 1], owners[j + 1])
            elif ci + 1 < len(chunks):
                nxt = (chunks[ci + 1][0][0], chunks[ci + 1][2][0])
            else:
                nxt = None
        else:
            nxt = (chunks[0][0][0], chunks[0][2][0]) if chunks else None
        if nxt is not None and nxt[0] < end:
            return nxt[1], nxt[0]
        return None

    def add(self, start: int, end: int, owner: int) -> None:
        if not self._chunks:
            self._chunks.append(([start], [end], [owner]))
            self._firsts.append(start)
            return
        ci = max(0, bisect.bisect_right(self._firsts, start) - 1)
        starts, ends, owners = self._chunks[ci]
        j = bisect.bisect_right(starts, start)
        starts.insert(j, start)
        ends.insert(j, end)
        owners.insert(j, owner)
        self._firsts[ci] = starts[0]
        if len(starts) > 2 * self._CHUNK:
            half = self._CHUNK
            self._chunks[ci : ci + 1] = [
                (starts[:half], ends[:half], owners[:half]),
                (starts[half:], ends[half:], owners[half:]),
            ]
            self._firsts[ci : ci + 1] = [starts[0], starts[half]]


def _disjoint(spans: Iterable[Span]) -> list[tuple[int, int]]:
    """Non-empty ``(start, end)`` ranges covering ``spans``, sorted and merged.

    The overlap search in :func:`merge_claims` needs the indexed ranges to be
    disjoint; a claim's own content spans may touch, overlap or come out of
    order, and an empty span covers no character at all.
    """
    out: list[tuple[int, int]] = []
    for start, end in sorted((s.start, s.end) for s in spans if s.end > s.start):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _trim(span: Span, cut: int) -> Span | None:
    """``span`` cut at ``cut``, without trailing punctuation and dangling conjunctions."""
    piece = span.text[: cut - span.start]
    stripped = piece.rstrip(" \t\n,;:—–-“‘\"")
    for word in (" although", " though", " but", " and", " while", " as", " because"):
        if stripped.lower().endswith(word):
            stripped = stripped[: -len(word)].rstrip(" ,;:")
    left = len(piece) - len(piece.lstrip())
    if len(stripped.split()) < 3 or stripped.lower().endswith((" that", " said", " says")):
        return None
    return Span(span.start + left, span.start + len(stripped), stripped[left:])


def _within(spans: Iterable[Span], content: Sequence[Span]) -> bool:
    """True if every span lies inside one of the ``content`` spans."""
    return all(any(o.start <= s.start and s.end <= o.end for o in content) for s in spans)


def _encloses(outer: Claim, inner: Claim) -> bool:
    """True if ``inner``'s cue and content lie inside ``outer``'s content, its cue before them."""
    if inner.cue is None or outer.cue is None or outer.cue.span.end > inner.cue.span.start:
        return False
    return _within((*inner.content, inner.cue.span), outer.content)


def merge_claims(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """Merge overlapping claims deterministically; return them in text order.

    Claims are taken in priority order: higher ``confidence`` first, then
    longer content, then kind (mixed, direct, colon, indirect), then earlier
    start, then extractor name (claims equal in all of these are ordered by
    their ``repr``). Empty content spans overlap nothing. When a claim's
    content overlaps a claim already taken:

    * if its cue lies inside the taken claim's content, it is a *nested*
      attribution ("Kanaani rejected US statements that the meeting
      failed") and is kept as well; so is the *outer* attribution when the
      nested one was taken first ("Roe said he believes “…”": the taken
      claim's cue and content lie inside this one's content, after its cue);
      but a claim nested in a said/told/added statement is dropped at the
      end: the statement holds its words ("Sanders has said he opposed the
      bill" is one claim);
    * if it has a cue of its own elsewhere, its content is cut where the
      overlap begins and it is kept when at least three words remain;
    * otherwise it is the same statement found twice: it only fills the
      taken claim's empty fields (mention, speaker, cue, date, venue,
      addressee, via).

    The result does not depend on plugin order.
    """
    index = _SpanIndex()
    taken: list[Claim] = []
    nested: list[Claim] = []
    nested_cues: set[tuple[int, int]] = set()

    def find_hit(claim: Claim) -> tuple[int, int] | None:
        for span in claim.content:
            if span.start == span.end:
                continue
            hit = index.overlapping(span.start, span.end)
            if hit is not None:
                return hit[0], max(span.start, hit[1])
        return None

    for claim in _by_priority(claims):
        hit = find_hit(claim)
        if hit is not None:
            winner = taken[hit[0]]
            if claim.cue is not None and winner.cue is not None and claim.cue.span != winner.cue.span:
                inside = _within((claim.cue.span,), winner.content)
                if (inside and _within(claim.content, winner.content)) or _encloses(claim, winner):
                    # a nested attribution, or the outer one of a nested pair
                    # taken first ("Benjamin said he believes “…”"): both are kept
                    cue_at = (claim.cue.span.start, claim.cue.span.end)
                    if cue_at not in nested_cues:
                        nested_cues.add(cue_at)
                        nested.append(claim)
                    continue
                if not inside:
                    cut = hit[1]
                    kept = []
                    for s in claim.content:
                        if s.end <= cut:
                            kept.append(s)
                        elif s.start < cut:
                            t = _trim(s, cut)
                            if t is not None:
                                kept.append(t)
                    if kept and tuple(kept) != claim.content:
                        trimmed = attrs.evolve(claim, content=tuple(kept))
                        if find_hit(trimmed) is None:
                            claim, hit = trimmed, None
        if hit is None:
            idx = len(taken)
            taken.append(claim)
            for start, end in _disjoint(claim.content):
                index.add(start, end, idx)
            continue
        winner = taken[hit[0]]
        changes = {
            name: getattr(claim, name)
            for name in _FILLABLE
            if getattr(winner, name) is None and getattr(claim, name) is not None
        }
        if changes:
            taken[hit[0]] = attrs.evolve(winner, **changes)
    # stable sorts by one field each (see _by_priority), not one key tuple per claim
    out = [*taken, *nested]
    out.sort(key=lambda c: c.cue.span.start if c.cue else 0)
    out.sort(key=lambda c: c.end)
    out.sort(key=_claim_start)
    return tuple(_fold_nested(out))


def _fold_nested(claims: list[Claim]) -> list[Claim]:
    """Drop a claim nested in the content of a said/told/added/written/noted statement.

    "Sanders has said he opposed the 2007 bill", "Trump told reporters he
    thought Fields had “made up the story”": the outer statement holds the
    inner one's words, and its speaker is the one who said them; the
    attribution inside is part of what was said. Claims nested under other
    cues ("Kanaani rejected US statements that …") are kept.
    """
    out: list[Claim] = []
    for i, claim in enumerate(claims):
        if claim.cue is not None and any(_holds(claims[k], claim) for k in range(max(0, i - 6), i)):
            continue
        out.append(claim)
    return out


# PolNeAR train and the seeds: folding under these lemmas helped each; under
# "report" it lost a nested claim of the seeds' gold ("a report … that
# suggested that Burns … did not respond").
_OUTER_LEMMAS = frozenset(["say", "tell", "add", "write", "note", "state", "according to"])


def _holds(outer: Claim, inner: Claim) -> bool:
    if outer.cue is None or outer.cue.lemma not in _OUTER_LEMMAS or inner.cue is None:
        return False
    at = inner.cue.span.start
    if not any(s.start <= at < s.end for s in outer.content):
        return False
    return _within(inner.content, outer.content)


def _valid_span(text: str, span: object) -> bool:
    return (
        isinstance(span, Span)
        and 0 <= span.start <= span.end <= len(text)
        # a span that points into this very text slices it by construction
        and (span._source is text or text[span.start : span.end] == span.text)
    )


def _check_speaker(value: object) -> str | None:
    if not isinstance(value, Speaker):
        return f"speaker is {type(value).__name__}, not Speaker"
    if not isinstance(value.name, str):
        return f"speaker name is {type(value.name).__name__}, not str"
    return None


def _check_date(text: str, value: object) -> str | None:
    if not isinstance(value, StatementDate):
        return f"date is {type(value).__name__}, not StatementDate"
    if value.value is not None and not isinstance(value.value, _dt.date):
        return f"date value is {type(value.value).__name__}, not datetime.date"
    if value.expression is not None and not _valid_span(text, value.expression):
        return f"date expression {value.expression!r} does not slice the article text"
    return None


def _check_claim(article: Article, claim: object) -> str | None:
    """Why ``claim`` cannot be kept, or None: plugins are not trusted to build valid values.

    attrs does not check field types, and a wrong type found only when the
    result is serialised would lose the whole article, not one plugin's claim.
    """
    if not isinstance(claim, Claim):
        return f"returned {type(claim).__name__}, not Claim"
    if not claim.content:
        return "claim without content spans"
    text = article.text
    for span in (*claim.content, claim.mention, claim.venue, claim.addressee, claim.via):
        if span is not None and not _valid_span(text, span):
            return f"span {span!r} does not slice the article text"
    if all(s.start == s.end for s in claim.content):
        return "claim whose content spans are all empty"
    if not isinstance(claim.kind, Kind):
        return f"kind {claim.kind!r} is not a Kind"
    if not isinstance(claim.stance, Stance):
        return f"stance {claim.stance!r} is not a Stance"
    if not isinstance(claim.confidence, (int, float)) or not math.isfinite(claim.confidence):
        return f"confidence {claim.confidence!r} is not a finite number"
    if not isinstance(claim.extractor, str):
        return f"extractor {claim.extractor!r} is not a str"
    if claim.speaker is not None and (problem := _check_speaker(claim.speaker)):
        return problem
    if claim.cue is not None:
        if not isinstance(claim.cue, Cue):
            return f"cue is {type(claim.cue).__name__}, not Cue"
        if not _valid_span(text, claim.cue.span):
            return f"cue span {claim.cue.span!r} does not slice the article text"
    if claim.date is not None and (problem := _check_date(text, claim.date)):
        return problem
    return None


class Extractor:
    """Runs the plugins over articles. Build one and reuse it for many articles.

    >>> ex = Extractor()
    >>> result = ex.extract("“We are ready,” the minister said.")
    >>> result.claims[0].content[0].text
    'We are ready,'

    :param pm: a plugin manager from :func:`make_plugin_manager`; by default
        one with the builtins and installed entry points.
    :param plugins: extra plugin objects to register (when ``pm`` is None).
    :param block: plugin names not to register (when ``pm`` is None).
    :param strict: raise :class:`PluginFailed` instead of reporting a
        failing plugin in :attr:`Result.errors`.
    :param include_boilerplate: keep claims found in page furniture such
        as "Read also: …" lines, flagged ``boilerplate=True``, in
        :attr:`Result.claims` (the default: information is marked, not
        silently dropped); False leaves them out.
    """

    def __init__(
        self,
        pm: pluggy.PluginManager | None = None,
        *,
        plugins: Iterable[object] = (),
        block: Iterable[str] = (),
        strict: bool = False,
        include_boilerplate: bool = True,
    ) -> None:
        self.pm = pm if pm is not None else make_plugin_manager(plugins, block=block)
        self.strict = strict
        self.include_boilerplate = include_boilerplate
        #: Seconds spent per stage (``segment``, ``extract:<plugin>``,
        #: ``merge``, ``speakers``, ``dates``), summed over all articles.
        self.timings: dict[str, float] = defaultdict(float)
        self._lexicon: Lexicon | None = None
        # Failures while building the lexicon, reported with every result.
        self._lexicon_errors: tuple[PluginError, ...] = ()

    @property
    def lexicon(self) -> Lexicon:
        """The cue lexicon from all plugins' :func:`attribution_cue_verbs`."""
        if self._lexicon is None:
            entries: list[CueVerb] = []
            errors: list[PluginError] = []
            for name, result in self._each("attribution_cue_verbs", {}, errors):
                for entry in result or ():
                    if isinstance(entry, CueVerb) and all(isinstance(f, str) for f in entry.forms):
                        entries.append(entry)
                    else:
                        self._fail(errors, name, "attribution_cue_verbs", "InvalidCueVerb", f"{entry!r}")
            self._lexicon = Lexicon.build(entries)
            self._lexicon_errors = tuple(errors)
        return self._lexicon

    def _fail(self, errors: list[PluginError], plugin: str, hook: str, exc_name: str, message: str) -> None:
        err = PluginError(plugin=plugin, hook=hook, error=exc_name, message=message)
        if self.strict:
            raise PluginFailed(err)
        errors.append(err)

    def _each(
        self, hook: str, kwargs: dict[str, Any], errors: list[PluginError], first: bool = False
    ) -> Iterator[tuple[str, Any]]:
        """Call each implementation on its own, so one failure loses nothing else."""
        caller = getattr(self.pm.hook, hook)
        impls = caller.get_hookimpls()
        if any(i.hookwrapper or getattr(i, "wrapper", False) for i in impls):
            # Wrappers need pluggy's own call loop; isolation is then per hook.
            try:
                result = caller(**kwargs)
                if not first:
                    # pluggy returns one result per implementation.
                    result = tuple(itertools.chain.from_iterable(result))
            except Exception as exc:  # reported, not swallowed
                self._fail(errors, "<hook>", hook, type(exc).__name__, str(exc))
                return
            yield "<hook>", result
            return
        for impl in reversed(impls):
            name = impl.plugin_name
            started = time.perf_counter()
            try:
                result = impl.function(*[kwargs[a] for a in impl.argnames])
                if result is not None and not first:
                    result = tuple(result)
            except Exception as exc:  # reported, not swallowed
                if self.strict:
                    raise PluginFailed(
                        PluginError(name, hook, type(exc).__name__, str(exc))
                    ) from exc
                errors.append(PluginError(name, hook, type(exc).__name__, str(exc)))
                continue
            finally:
                self.timings[f"{hook.removeprefix('attribution_')}:{name}"] += time.perf_counter() - started
            # With ``first`` the caller stops at the first valid result; an
            # invalid one is reported and the next implementation tried.
            yield name, result

    def extract(self, article: Article | str) -> Result:
        """All claims in one article (a string is wrapped with :meth:`Article.from_text`)."""
        if isinstance(article, str):
            article = Article.from_text(article)
        elif not isinstance(article, Article):
            raise TypeError(f"extract() takes an Article or a str, not {type(article).__name__}")
        lexicon = self.lexicon
        errors: list[PluginError] = list(self._lexicon_errors)
        t0 = time.perf_counter()
        segments = segment(article)
        self.timings["segment"] += time.perf_counter() - t0

        # each plugin's claims as it returned them (a tuple), copied only
        # when one is dropped or changed: one list of all claims, grown
        # while the segments were alive, added to the peak of memory use
        found: list[Sequence[Claim]] = []
        kwargs = {"article": article, "segments": segments, "lexicon": lexicon}
        for name, result in self._each("attribution_extract", kwargs, errors):
            if result is None:
                continue
            kept: list[Claim] | None = None
            for i, claim in enumerate(result):
                problem = _check_claim(article, claim)
                if problem is None and claim.extractor:
                    if kept is not None:
                        kept.append(claim)
                    continue
                if kept is None:
                    kept = list(result[:i])
                if problem is not None:
                    self._fail(errors, name, "attribution_extract", "InvalidClaim", problem)
                    continue
                kept.append(attrs.evolve(claim, extractor=name))
            found.append(result if kept is None else kept)

        # From here on only the flagged segments are needed: let the others go
        # before merging (the peak of memory use is here or at the end).
        marked = tuple(s for s in segments if s.boilerplate or s.headline)
        del segments, kwargs
        _forget_article()
        t0 = time.perf_counter()
        current = list(_flag(merge_claims(itertools.chain.from_iterable(found)), marked))
        self.timings["merge"] += time.perf_counter() - t0
        del found, marked  # the resolvers need only the merged claims
        self._resolve(article, current, "attribution_resolve_speaker", "speaker", errors)
        self._resolve(article, current, "attribution_resolve_date", "date", errors)
        forget_sentence_bounds()  # the date resolver's lookup of sentences
        claims = inherit_event_context(article, tuple(current))

        if not self.include_boilerplate:
            claims = tuple(c for c in claims if not c.boilerplate)
        return Result(article=article, claims=claims, errors=tuple(errors))

    def _resolve(
        self,
        article: Article,
        current: list[Claim],
        hook: str,
        field_name: str,
        errors: list[PluginError],
    ) -> None:
        """Resolve ``field_name`` of each claim of ``current``, in place.

        In place, so that a replaced claim is freed at once rather than
        when the whole stage is over.
        """
        # One view for all calls: a fresh tuple per claim made this stage
        # quadratic in the number of claims (seconds for a 10 MB article).
        view = _ClaimsView(current)
        impls = getattr(self.pm.hook, hook).get_hookimpls()
        if any(i.hookwrapper or getattr(i, "wrapper", False) for i in impls):
            for i, claim in enumerate(current):
                kwargs = {"article": article, "claim": claim, "claims": view, "index": i}
                for name, value in self._each(hook, kwargs, errors, first=True):
                    if self._resolved(article, current, i, claim, hook, field_name, name, value, errors):
                        break
            return
        # _each's loop, with the implementations and their timing keys looked
        # up once per article instead of once per claim (two resolvers run
        # for every claim; about 1% of a pass, measured A/B)
        stage = hook.removeprefix("attribution_")
        order = [(impl.function, impl.argnames, impl.plugin_name, f"{stage}:{impl.plugin_name}") for impl in reversed(impls)]
        timings = self.timings
        clock = time.perf_counter
        for i, claim in enumerate(current):
            kwargs = {"article": article, "claim": claim, "claims": view, "index": i}
            for function, argnames, name, key in order:
                started = clock()
                try:
                    value = function(*[kwargs[a] for a in argnames])
                except Exception as exc:  # reported, not swallowed
                    if self.strict:
                        raise PluginFailed(PluginError(name, hook, type(exc).__name__, str(exc))) from exc
                    errors.append(PluginError(name, hook, type(exc).__name__, str(exc)))
                    continue
                finally:
                    timings[key] += clock() - started
                if self._resolved(article, current, i, claim, hook, field_name, name, value, errors):
                    break

    def _resolved(
        self,
        article: Article,
        current: list[Claim],
        i: int,
        claim: Claim,
        hook: str,
        field_name: str,
        name: str,
        value: Any,
        errors: list[PluginError],
    ) -> bool:
        """Store a resolver's ``value`` for ``current[i]``; False when the next resolver is to be asked."""
        if value is None:
            return False
        problem = _check_speaker(value) if field_name == "speaker" else _check_date(article.text, value)
        if problem is not None:
            self._fail(errors, name, hook, "InvalidResult", problem)
            return False
        current[i] = _evolve_one(claim, field_name, value)
        return True

    def extract_many(self, articles: Iterable[Article | str]) -> Iterator[Result]:
        """Results for many articles, lazily, in order."""
        for article in articles:
            yield self.extract(article)


# (name, slot) of each field of Claim, for _evolve_one
_CLAIM_SLOTS = tuple((a.name, Claim.__dict__[a.name]) for a in attrs.fields(Claim))
_object_new = object.__new__


def _evolve_one(claim: Claim, name: str, value: Any) -> Claim:
    """``attrs.evolve(claim, **{name: value})`` for a field without converter or validator.

    Copies the slots directly: the resolvers replace one field of every
    claim twice, and ``attrs.evolve`` (a call of the generated ``__init__``
    with every field) costs about twice as much.
    """
    if type(claim) is not Claim:
        return attrs.evolve(claim, **{name: value})
    new = _object_new(Claim)
    for field_name, slot in _CLAIM_SLOTS:
        slot.__set__(new, value if field_name == name else slot.__get__(claim))
    return new


class _ClaimsView(Sequence[Claim]):
    """A read-only, tuple-like view of the claims being resolved.

    Passed as ``claims`` to the resolve hooks: ``claims[:index]`` already
    carry the values resolved so far. Slices are tuples; a view compares
    equal to the tuple with the same claims and can be concatenated with
    tuples, so plugins written for a tuple keep working.
    """

    __slots__ = ("_items",)
    __hash__ = None  # type: ignore[assignment]  # its contents change while resolving

    def __init__(self, items: list[Claim]) -> None:
        self._items = items

    @overload
    def __getitem__(self, index: int) -> Claim: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Claim, ...]: ...

    def __getitem__(self, index: int | slice) -> Claim | tuple[Claim, ...]:
        if isinstance(index, slice):
            return tuple(self._items[index])
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Claim]:
        return iter(self._items)

    def __reversed__(self) -> Iterator[Claim]:
        return reversed(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _ClaimsView):
            other = tuple(other)
        return isinstance(other, tuple) and tuple(self._items) == other

    def __add__(self, other: tuple[Claim, ...]) -> tuple[Claim, ...]:
        return (*self._items, *other)

    def __radd__(self, other: tuple[Claim, ...]) -> tuple[Claim, ...]:
        return (*other, *self._items)

    def __repr__(self) -> str:
        return f"_ClaimsView({tuple(self._items)!r})"


_ANAPHORIC_VENUE = regex.compile(r"(?i)(?:in|during|at)\s+(?:this|that|the\s+same)\s+")


def inherit_event_context(article: Article, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """Give a claim that continues a speech event that event's venue, addressee and via.

    A claim continues the event of the previous claim by the same speaker
    when its date was inherited (see the dates plugin), or when it has no
    date of its own and follows within the next paragraph. A claim with a
    date expression of its own starts a new event and inherits nothing.
    """
    text = article.text
    out: list[Claim] = []
    last: dict[str, Claim] = {}
    for claim in claims:
        name = claim.speaker.name if claim.speaker is not None else None
        prev = last.get(name) if name is not None else None
        if prev is not None and not claim.headline and not claim.boilerplate:
            own_date = claim.date is not None and claim.date.expression is not None and not claim.date.inherited
            near = claim.start - prev.end < 4000 and text.count("\n", prev.end, claim.start) <= 3
            continues = (claim.date is not None and claim.date.inherited) or (claim.date is None and near)
            if prev.venue is not None and claim.venue is not None and _ANAPHORIC_VENUE.match(claim.venue.text):
                # "In this interview": the venue named before
                claim = attrs.evolve(claim, venue=prev.venue)
            if continues and not own_date:
                changes = {
                    f: getattr(prev, f)
                    for f in ("venue", "addressee", "via")
                    if getattr(claim, f) is None and getattr(prev, f) is not None
                }
                if changes:
                    claim = attrs.evolve(claim, **changes)
        if name is not None:
            last[name] = claim
        out.append(claim)
    return tuple(out)


def _flag(claims: tuple[Claim, ...], segments: tuple[Segment, ...]) -> tuple[Claim, ...]:
    """Mark claims whose content starts in a boilerplate or headline segment."""
    marked = [s for s in segments if s.boilerplate or s.headline]
    if not marked:
        return claims
    starts = [s.span.start for s in marked]
    out = []
    for claim in claims:
        i = bisect.bisect_right(starts, claim.start) - 1
        if i >= 0 and marked[i].span.start <= claim.start < marked[i].span.end:
            seg = marked[i]
            claim = attrs.evolve(
                claim,
                boilerplate=claim.boilerplate or seg.boilerplate,
                headline=claim.headline or seg.headline,
            )
        out.append(claim)
    return tuple(out)


def extract(
    article: Article | str,
    *,
    plugins: Iterable[object] = (),
    block: Iterable[str] = (),
    strict: bool = False,
    extractor_factory: Callable[..., Extractor] = Extractor,
) -> Result:
    """Extract all claims from one article.

    A convenience that builds a new :class:`Extractor` (and plugin manager)
    on every call; for many articles build one :class:`Extractor` and call
    its :meth:`~Extractor.extract`.

    >>> import attribution
    >>> r = attribution.extract("“It is over,” said Jane Roe, the mayor of Springfield.")
    >>> r.claims[0].speaker.name
    'Jane Roe'
    """
    return extractor_factory(plugins=plugins, block=block, strict=strict).extract(article)

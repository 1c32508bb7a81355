"""Measure extracted claims against hand-annotated gold.

Gold is read by :func:`load_gold` from four formats, detected from the data:

* the library's own JSON output (``attribution extract``), one object, a list
  or JSONL; the article text comes from a ``"text"`` field or from a file named
  by the record's ``"id"`` (looked up beside the gold file and in ``texts``),
  so that corrected output can serve as gold;
* JSONL records ``{"id", "text", "date"?, "quotes": [...]}`` where each quote
  has ``content_spans`` (``[[start, end], ...]``) or ``content_start`` /
  ``content_end``, ``speaker_start`` / ``speaker_end``, ``speaker_name``?,
  ``cue_start`` / ``cue_end`` and ``type``? (the PolNeAR conversion);
* JSONL of ``{"type": "article"}`` and ``{"type": "claim"}`` records naming an
  article ``"file"`` (the seed gold); the text is read from ``../seeds/<file>``
  or ``<file>`` relative to the gold file, or from ``texts``;
* brat standoff directories (``*.ann`` beside ``*.txt``) with ``Source``,
  ``Cue`` and ``Content`` text-bound annotations joined by ``E`` event lines
  (PolNeAR) or by ``R`` relation lines (PARC-derived corpora).

The scoring rule (:func:`score`):

1. A claim's tokens are the word tokens (``\\w+``) of the article that overlap
   one of its content spans.
2. Gold and predicted claims of an article are paired one-to-one, greedily, in
   order of decreasing token Jaccard similarity (ties: earlier gold claim,
   then earlier prediction). Only pairs with Jaccard > 0 are formed.
3. ``content`` counts a pair as correct (overlap match); ``content_strict``
   only a pair with Jaccard >= 0.8.
4. ``attributed`` counts a pair whose speaker is right: the predicted mention
   overlaps the gold speaker span, or the predicted speaker's name matches
   the gold speaker name, one of its aliases or the gold mention's text
   (equal after normalisation, or the same surname with a compatible first
   name: "Kirby" ~ "John Kirby" ~ "J. Kirby", not "Jane Kirby").
5. Precision is correct / all predicted claims and recall correct / all gold
   claims. 0/0 counts as 1 (nothing to get right), so an empty gold with no
   predictions scores 1 and any prediction against an empty gold scores P=0.
6. ``cue`` (predicted cue span overlaps the gold cue), ``mention`` (predicted
   mention overlaps the gold speaker span), ``speaker`` (canonical name as in
   4.), ``stance``, ``kind`` and ``date`` (statement date value) count pairs
   whose field is right, and are scored only over gold claims that annotate
   the field: recall over those gold claims, precision over predictions that
   are unpaired or paired with such a gold claim. A field that no gold claim
   annotates is left out of the report.

Filtering by kind (``kinds=``, and the per-kind breakdown) is applied after
pairing: it keeps the gold claims of those kinds, the predictions paired with
a kept gold claim (whatever kind they were given) and the unpaired
predictions whose kind is in the set. Gold and predicted claims flagged as
boilerplate are left out unless ``boilerplate=True``.

>>> from attribution import Claim, Span
>>> text = "“We will win,” she said."
>>> gold = [GoldDocument.from_text(text, [GoldClaim(content=(Span.of(text, 1, 12),))], id="a")]
>>> pred = {"a": [Claim(content=(Span.of(text, 1, 13),))]}
>>> score(gold, pred).get("content").f1
1.0
"""

from __future__ import annotations

import bisect
import datetime as _dt
import json
import os
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex
from attrs import field, frozen

from attribution._model import (
    Article,
    ArticleError,
    Claim,
    Cue,
    Kind,
    Result,
    Span,
    Speaker,
    SpeakerType,
    Stance,
    StatementDate,
    _parse_date,
)
from attribution.lexicon import HONORIFICS, PRONOUNS, ROLE_NOUNS, TITLE_WORDS

if TYPE_CHECKING:
    from attribution._pipeline import Extractor

__all__ = [
    "FIELDS",
    "METRICS",
    "STRICT_JACCARD",
    "ErrorCase",
    "GoldClaim",
    "GoldDocument",
    "GoldError",
    "Report",
    "Score",
    "claim_from_dict",
    "evaluate_extractor",
    "load_gold",
    "load_predictions",
    "names_match",
    "score",
]

#: Token Jaccard from which a pair counts as a strict content match.
STRICT_JACCARD = 0.8

#: Claim fields scored only where the gold annotates them.
FIELDS: tuple[str, ...] = ("cue", "mention", "speaker", "stance", "kind", "date")

#: All metrics, in report order.
METRICS: tuple[str, ...] = ("content", "content_strict", "attributed", *FIELDS)

_TOKEN = regex.compile(r"\w+")


class GoldError(ValueError):
    """Gold or prediction data that cannot be read; the message names the place."""


# --------------------------------------------------------------------------- model


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@frozen
class GoldClaim:
    """One annotated claim.

    ``annotated`` names the :data:`FIELDS` the gold gives for this claim; a
    field not in it is not scored for this claim (``date`` may be annotated
    and None: the statement has no recoverable date).
    """

    content: tuple[Span, ...] = field(converter=_spans)
    kind: Kind | None = None
    mention: Span | None = None
    speaker: str | None = None
    aliases: tuple[str, ...] = field(default=(), converter=_strs)
    cue: Span | None = None
    stance: Stance | None = None
    date: _dt.date | None = None
    annotated: frozenset[str] = frozenset()
    id: str = ""
    boilerplate: bool = False

    @property
    def start(self) -> int:
        return self.content[0].start if self.content else 0

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.content)

    @classmethod
    def from_claim(cls, claim: Claim, *, id: str = "") -> GoldClaim:
        """A gold claim from a (hand-corrected) :class:`~attribution.Claim`.

        Kind, stance and date count as annotated; cue, mention and speaker
        when present.
        """
        annotated = {"kind", "stance", "date"}
        if claim.cue is not None:
            annotated.add("cue")
        if claim.mention is not None:
            annotated.add("mention")
        if claim.speaker is not None and claim.speaker.name:
            annotated.add("speaker")
        return cls(
            content=claim.content,
            kind=claim.kind,
            mention=claim.mention,
            speaker=claim.speaker.name if claim.speaker and claim.speaker.name else None,
            aliases=claim.speaker.aliases if claim.speaker else (),
            cue=claim.cue.span if claim.cue else None,
            stance=claim.stance,
            date=claim.date.value if claim.date else None,
            annotated=frozenset(annotated),
            id=id,
            boilerplate=claim.boilerplate,
        )


def _gold_claims(value: Iterable[GoldClaim]) -> tuple[GoldClaim, ...]:
    return tuple(value)


@frozen
class GoldDocument:
    """An article and its gold claims (in text order)."""

    article: Article
    claims: tuple[GoldClaim, ...] = field(converter=_gold_claims)
    #: Where the gold came from (file, and line for JSONL).
    source: str = ""

    @property
    def id(self) -> str:
        return self.article.id

    @classmethod
    def from_text(
        cls,
        text: str,
        claims: Iterable[GoldClaim],
        *,
        id: str = "",
        published: _dt.date | str | None = None,
        source: str = "",
    ) -> GoldDocument:
        """A document from raw text (offsets index ``text`` as given)."""
        article = Article.from_text(text, id=id, published=published)
        return cls(article=article, claims=tuple(sorted(claims, key=lambda c: c.start)), source=source)


# --------------------------------------------------------------------------- names

# Words dropped from the front of a name before comparing ("President",
# "Foreign Ministry spokesman"); the lists are the lexicon's.
_TITLES = frozenset(h.casefold().rstrip(".") for h in HONORIFICS) | ROLE_NOUNS | TITLE_WORDS
_NAME_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _name_tokens(name: str) -> list[str]:
    text = name.replace("’", "'").casefold()
    text = regex.sub(r"'s\b", "", text)
    words: list[str] = list(_NAME_WORD.findall(text))
    if words and words[0] in ("the", "a", "an"):
        words.pop(0)
    # A title before a name ("Kremlin spokesman Dmitry Peskov"): the name is
    # what follows the last title word.
    last_title = max((i for i, w in enumerate(words[:-1]) if w in _TITLES), default=-1)
    if last_title >= 0 and len(words) - last_title - 1 >= 2:
        return words[last_title + 1 :]
    for i, word in enumerate(words):
        if word not in _TITLES:
            return words[i:]
    # All title words ("White House"): the words are the name.
    return words


def _compatible(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    # The surname rule is for person names; long descriptions ("the spokesman
    # of the ministry") would otherwise match on their last word.
    if len(a) > 4 or len(b) > 4 or a[-1] != b[-1]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    fa, fb = a[0], b[0]
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def names_match(name: str, names: Iterable[str]) -> bool:
    """True if ``name`` denotes the same speaker as one of ``names``.

    Names are compared case-insensitively without punctuation, titles
    ("Mr", "President") or a leading "the"; a bare surname matches a full
    name, and first names must agree (an initial agrees with its name).

    >>> names_match("Kirby", ["John Kirby"]), names_match("J. Kirby", ["John Kirby"])
    (True, True)
    >>> names_match("Jane Kirby", ["John Kirby", "Kirby"])
    False
    """
    mine = _name_tokens(name)
    others = [_name_tokens(other) for other in names if other]
    if len(mine) > 1 and any(
        1 < len(o) <= 3 and o[-1] == mine[-1] and not _compatible(mine, o) for o in others
    ):
        # "Bob Lee" is not "Ann Lee", even when "Lee" is among the aliases.
        return False
    return any(_compatible(mine, o) for o in others)


def _gold_names(g: GoldClaim) -> list[str]:
    names = [n for n in (g.speaker, *g.aliases) if n]
    if (
        g.mention is not None
        and _name_tokens(g.mention.text)
        and not set(_name_tokens(g.mention.text)) <= PRONOUNS.keys()
    ):
        names.append(g.mention.text)
    return names


# --------------------------------------------------------------------------- scoring


@frozen
class Score:
    """Counts for one metric: ``correct`` out of ``predicted`` and ``gold``."""

    correct: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        # 0/0 is 1: with nothing predicted nothing was predicted wrongly.
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.correct + other.correct, self.predicted + other.predicted, self.gold + other.gold)

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "correct": self.correct,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@frozen
class ErrorCase:
    """A gold claim missed (or half found) or a prediction with no gold claim."""

    #: ``missed``, ``partial`` (Jaccard below the strict threshold),
    #: ``wrong speaker`` or ``false alarm``.
    category: str
    document: str
    span: Span
    context: str
    jaccard: float = 0.0
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "document": self.document,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.span.text,
            "context": self.context,
            "jaccard": round(self.jaccard, 3),
            "detail": self.detail,
        }


_Scores = tuple[tuple[str, Score], ...]


@frozen
class Report:
    """The figures of one evaluation; :meth:`format_text` and :meth:`to_dict` present it."""

    documents: int
    scores: _Scores
    by_kind: tuple[tuple[str, _Scores], ...] = ()
    errors: tuple[ErrorCase, ...] = ()
    kinds: tuple[str, ...] | None = None
    #: Prediction ids with no gold document (not scored).
    unmatched: tuple[str, ...] = ()

    def get(self, metric: str, kind: str | None = None) -> Score:
        """The score of one metric (overall, or for one gold kind); KeyError if not scored."""
        table = self.scores if kind is None else dict(self.by_kind)[kind]
        return dict(table)[metric]

    @property
    def gold_claims(self) -> int:
        return self.get("content").gold

    @property
    def predicted_claims(self) -> int:
        return self.get("content").predicted

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "gold_claims": self.gold_claims,
            "predicted_claims": self.predicted_claims,
            "kinds": list(self.kinds) if self.kinds is not None else None,
            "scores": {name: s.to_dict() for name, s in self.scores},
            "by_kind": {k: {name: s.to_dict() for name, s in table} for k, table in self.by_kind},
            "errors": [e.to_dict() for e in self.errors],
            "unmatched_predictions": list(self.unmatched),
        }

    def format_text(self) -> str:
        """A plain-text table for people."""
        head = (
            f"{self.documents} documents, {self.gold_claims} gold claims, {self.predicted_claims} predicted"
        )
        if self.kinds is not None:
            head += f" (kinds: {', '.join(self.kinds)})"
        lines = [
            head,
            "",
            f"{'metric':16} {'P':>6} {'R':>6} {'F1':>6} {'correct':>8} {'pred':>6} {'gold':>6}",
        ]
        for name, s in self.scores:
            lines.append(
                f"{name:16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.correct:8} {s.predicted:6} {s.gold:6}"
            )
        if self.by_kind:
            shown = [
                m
                for m in ("content", "content_strict", "attributed", "cue", "mention", "speaker")
                if m in dict(self.scores)
            ]
            lines += [
                "",
                "F1 by gold kind (pred/gold claims)",
                f"{'kind':10} {'pred':>5} {'gold':>5} " + " ".join(f"{m[:14]:>14}" for m in shown),
            ]
            for kind, table in self.by_kind:
                d = dict(table)
                c = d["content"]
                lines.append(
                    f"{kind:10} {c.predicted:5} {c.gold:5} " + " ".join(f"{d[m].f1:14.3f}" for m in shown)
                )
        if self.errors:
            lines += ["", "Errors"]
            for e in self.errors:
                extra = f" J={e.jaccard:.2f}" if e.category in ("partial", "wrong speaker") else ""
                detail = f" ({e.detail})" if e.detail else ""
                lines.append(f"- {e.category}{extra} {e.document} {e.span.start}:{e.span.end}{detail}")
                lines.append(f"    {e.context}")
        if self.unmatched:
            lines += [
                "",
                f"{len(self.unmatched)} predicted documents have no gold: {', '.join(self.unmatched[:5])}",
            ]
        return "\n".join(lines)


class _Tokens:
    """Word-token positions of one text, for turning spans into token sets."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _TOKEN.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def of(self, spans: Iterable[Span]) -> frozenset[int]:
        out: set[int] = set()
        for s in spans:
            lo = bisect.bisect_right(self.ends, s.start)
            hi = bisect.bisect_left(self.starts, s.end)
            out.update(range(lo, hi))
        return frozenset(out)


@frozen
class _Paired:
    """One document's claims and their pairing (indices into gold/pred)."""

    doc: GoldDocument
    gold: tuple[GoldClaim, ...]
    pred: tuple[Claim, ...]
    g2p: Mapping[int, tuple[int, float]]
    p2g: Mapping[int, int]


def _pair(doc: GoldDocument, gold: Sequence[GoldClaim], pred: Sequence[Claim]) -> _Paired:
    toks = _Tokens(doc.article.text)
    gsets = [toks.of(g.content) for g in gold]
    psets = [toks.of(p.content) for p in pred]
    porder = sorted((min(s), max(s), j) for j, s in enumerate(psets) if s)
    pmins = [lo for lo, _, _ in porder]
    candidates: list[tuple[float, int, int]] = []
    for i, gs in enumerate(gsets):
        if not gs:
            continue
        glo, ghi = min(gs), max(gs)
        for k in range(bisect.bisect_right(pmins, ghi)):
            _, phi, j = porder[k]
            if phi < glo:
                continue
            inter = len(gs & psets[j])
            if inter:
                candidates.append((-inter / len(gs | psets[j]), i, j))
    candidates.sort()
    g2p: dict[int, tuple[int, float]] = {}
    p2g: dict[int, int] = {}
    for neg, i, j in candidates:
        if i in g2p or j in p2g:
            continue
        g2p[i] = (j, -neg)
        p2g[j] = i
    return _Paired(doc=doc, gold=tuple(gold), pred=tuple(pred), g2p=g2p, p2g=p2g)


def _speaker_right(p: Claim, g: GoldClaim) -> bool:
    if p.mention is not None and g.mention is not None and p.mention.overlaps(g.mention):
        return True
    return bool(p.speaker is not None and p.speaker.name and names_match(p.speaker.name, _gold_names(g)))


def _field_right(name: str, p: Claim, g: GoldClaim) -> bool:
    if name == "cue":
        return p.cue is not None and g.cue is not None and p.cue.span.overlaps(g.cue)
    if name == "mention":
        return p.mention is not None and g.mention is not None and p.mention.overlaps(g.mention)
    if name == "speaker":
        names = [n for n in (g.speaker, *g.aliases) if n]
        return bool(p.speaker is not None and p.speaker.name and names_match(p.speaker.name, names))
    if name == "stance":
        return p.stance == g.stance
    if name == "kind":
        return p.kind == g.kind
    if name == "date":
        return (p.date.value if p.date else None) == g.date
    raise ValueError(f"unknown field {name!r}")


def _selection(paired: _Paired, kinds: Collection[Kind] | None) -> tuple[list[int], list[int]]:
    if kinds is None:
        return list(range(len(paired.gold))), list(range(len(paired.pred)))
    gi = [i for i, g in enumerate(paired.gold) if g.kind in kinds]
    kept = set(gi)
    pi = [
        j
        for j, p in enumerate(paired.pred)
        if ((paired.p2g[j] in kept) if j in paired.p2g else (p.kind in kinds))
    ]
    return gi, pi


def _count(paired: _Paired, kinds: Collection[Kind] | None) -> dict[str, Score]:
    gi, pi = _selection(paired, kinds)
    ng, np_ = len(gi), len(pi)
    pairs = [(i, *paired.g2p[i]) for i in gi if i in paired.g2p]
    out = {
        "content": Score(len(pairs), np_, ng),
        "content_strict": Score(sum(jac >= STRICT_JACCARD for _, _, jac in pairs), np_, ng),
        "attributed": Score(
            sum(_speaker_right(paired.pred[j], paired.gold[i]) for i, j, _ in pairs), np_, ng
        ),
    }
    for name in FIELDS:
        has = [i for i in gi if name in paired.gold[i].annotated]
        has_set = set(has)
        pred_n = sum(1 for j in pi if j not in paired.p2g or paired.p2g[j] in has_set)
        right = sum(_field_right(name, paired.pred[j], paired.gold[i]) for i, j, _ in pairs if i in has_set)
        out[name] = Score(right, pred_n, len(has))
    return out


def _context(text: str, span: Span, width: int = 70, inner: int = 240) -> str:
    body = text[span.start : span.end]
    if len(body) > inner:
        body = body[: inner // 2] + " … " + body[-inner // 2 :]
    left = text[max(0, span.start - width) : span.start]
    right = text[span.end : span.end + width]
    return " ".join(f"{left}⟦{body}⟧{right}".split())


def _whole(claim_content: Sequence[Span], text: str) -> Span:
    if not claim_content:
        return Span.of(text, 0, 0)
    start, end = claim_content[0].start, claim_content[-1].end
    end = min(max(end, start), len(text))
    start = min(start, end)
    return Span.of(text, start, end)


def _errors(
    all_paired: Sequence[_Paired], kinds: Collection[Kind] | None, limit: int
) -> tuple[ErrorCase, ...]:
    misses: list[tuple[tuple[Any, ...], ErrorCase]] = []
    alarms: list[tuple[tuple[Any, ...], ErrorCase]] = []
    for paired in all_paired:
        text = paired.doc.article.text
        gi, pi = _selection(paired, kinds)
        for i in gi:
            g = paired.gold[i]
            span = _whole(g.content, text)
            kind = f"gold {g.kind.value}" if g.kind else "gold"
            who = g.speaker or (g.mention.text if g.mention else "?")
            if i not in paired.g2p:
                case = ErrorCase(
                    "missed", paired.doc.id, span, _context(text, span), 0.0, f"{kind}, speaker {who}"
                )
                misses.append(((0, 0.0, -len(span)), case))
                continue
            j, jac = paired.g2p[i]
            p = paired.pred[j]
            got = (
                p.speaker.name if p.speaker and p.speaker.name else (p.mention.text if p.mention else "none")
            )
            if jac < STRICT_JACCARD:
                pspan = _whole(p.content, text)
                detail = f"{kind}, predicted {pspan.start}:{pspan.end}"
                misses.append(
                    (
                        (1, jac, -len(span)),
                        ErrorCase("partial", paired.doc.id, span, _context(text, span), jac, detail),
                    )
                )
            elif not _speaker_right(p, g):
                detail = f"{kind}, gold speaker {who}, predicted {got}"
                misses.append(
                    (
                        (2, jac, -len(span)),
                        ErrorCase("wrong speaker", paired.doc.id, span, _context(text, span), jac, detail),
                    )
                )
        for j in pi:
            if j in paired.p2g:
                continue
            p = paired.pred[j]
            span = _whole(p.content, text)
            got = (
                p.speaker.name if p.speaker and p.speaker.name else (p.mention.text if p.mention else "none")
            )
            detail = f"predicted {p.kind.value} by {p.extractor or '?'}, speaker {got}"
            alarms.append(
                (
                    (-p.confidence, -len(span)),
                    ErrorCase("false alarm", paired.doc.id, span, _context(text, span), 0.0, detail),
                )
            )
    misses.sort(key=lambda x: x[0])
    alarms.sort(key=lambda x: x[0])
    return tuple(c for _, c in misses[:limit]) + tuple(c for _, c in alarms[:limit])


def _as_kinds(kinds: Iterable[Kind | str] | None) -> frozenset[Kind] | None:
    if kinds is None:
        return None
    out = set()
    for k in kinds:
        try:
            out.add(Kind(k))
        except ValueError:
            raise ValueError(
                f"unknown kind {k!r}; expected one of {', '.join(x.value for x in Kind)}"
            ) from None
    return frozenset(out)


def _claims_of(value: Result | Iterable[Claim]) -> tuple[Claim, ...]:
    return value.claims if isinstance(value, Result) else tuple(value)


def score(
    gold: Iterable[GoldDocument],
    predicted: Mapping[str, Result | Iterable[Claim]],
    *,
    kinds: Iterable[Kind | str] | None = None,
    errors: int = 0,
    boilerplate: bool = False,
) -> Report:
    """Score predicted claims (by document id) against gold documents.

    :param kinds: only gold claims of these kinds (and the predictions
        paired with them, and unpaired predictions of these kinds).
    :param errors: include the ``errors`` worst misses and the ``errors``
        worst false alarms in :attr:`Report.errors`.
    :param boilerplate: also score claims flagged as boilerplate.
    """
    kind_set = _as_kinds(kinds)
    docs = list(gold)
    all_paired: list[_Paired] = []
    for doc in docs:
        g = [c for c in doc.claims if boilerplate or not c.boilerplate]
        p = [c for c in _claims_of(predicted.get(doc.id, ())) if boilerplate or not c.boilerplate]
        all_paired.append(_pair(doc, g, sorted(p, key=lambda c: (c.start, c.end))))

    def total(ks: Collection[Kind] | None) -> dict[str, Score]:
        acc: dict[str, Score] = defaultdict(Score)
        for name in ("content", "content_strict", "attributed"):
            acc[name] = Score()
        for paired in all_paired:
            for name, s in _count(paired, ks).items():
                acc[name] = acc[name] + s
        return acc

    def table(acc: Mapping[str, Score]) -> _Scores:
        return tuple((m, acc[m]) for m in METRICS if m in acc and (m not in FIELDS or acc[m].gold))

    overall = total(kind_set)
    scores = table(overall)
    present = {g.kind for p in all_paired for g in p.gold if g.kind is not None}
    present |= {c.kind for p in all_paired for c in p.pred}
    if kind_set is not None:
        present &= kind_set
    by_kind = []
    for k in Kind:
        if k in present:
            acc = total({k})
            by_kind.append((k.value, tuple((m, acc[m]) for m, _ in scores)))
    known = {d.id for d in docs}
    return Report(
        documents=len(docs),
        scores=scores,
        by_kind=tuple(by_kind),
        errors=_errors(all_paired, kind_set, errors) if errors > 0 else (),
        kinds=tuple(sorted(k.value for k in kind_set)) if kind_set is not None else None,
        unmatched=tuple(sorted(k for k in predicted if k not in known)),
    )


def evaluate_extractor(
    extractor: Extractor,
    gold: Iterable[GoldDocument],
    *,
    kinds: Iterable[Kind | str] | None = None,
    errors: int = 0,
    boilerplate: bool = False,
) -> Report:
    """Run ``extractor`` over the gold articles and :func:`score` its claims.

    >>> from attribution import Extractor
    >>> report = evaluate_extractor(Extractor(), [])
    >>> report.documents
    0
    """
    docs = list(gold)
    predicted = {d.id: extractor.extract(d.article).claims for d in docs}
    return score(docs, predicted, kinds=kinds, errors=errors, boilerplate=boilerplate)


# --------------------------------------------------------------------------- readers


def _where(source: str, line: int | None) -> str:
    return f"{source}:{line}" if line else source


def _int(value: Any, what: str, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise GoldError(f"{where}: {what} must be an integer, got {value!r}")
    return value


def _span(text: str, start: Any, end: Any, what: str, where: str) -> Span:
    s, e = _int(start, f"{what} start", where), _int(end, f"{what} end", where)
    if not 0 <= s <= e <= len(text):
        raise GoldError(f"{where}: {what} {s}:{e} outside the article text ({len(text)} characters)")
    return Span.of(text, s, e)


def _opt_span(text: str, value: Any, what: str, where: str) -> Span | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise GoldError(f"{where}: {what} must be an object with start and end")
    return _span(text, value.get("start"), value.get("end"), what, where)


def _kind(value: Any) -> Kind | None:
    try:
        return Kind(value) if value is not None else None
    except ValueError:
        return None


def _stance(value: Any) -> Stance | None:
    try:
        return Stance(value) if value is not None else None
    except ValueError:
        return None


def _date(value: Any, where: str) -> _dt.date | None:
    try:
        return _parse_date(value)
    except ArticleError as exc:
        raise GoldError(f"{where}: {exc}") from None


def _quote_claim(text: str, q: Mapping[str, Any], where: str, n: int) -> GoldClaim:
    if not isinstance(q, Mapping):
        raise GoldError(f"{where}: quote {n} is not an object")
    w = f"{where}: quote {n}"
    if q.get("content_spans"):
        content = tuple(_span(text, s[0], s[1], "content", w) for s in q["content_spans"])
    elif q.get("content") and isinstance(q["content"], list):
        content = tuple(_span(text, s.get("start"), s.get("end"), "content", w) for s in q["content"])
    else:
        content = (_span(text, q.get("content_start"), q.get("content_end"), "content", w),)
    annotated = set()
    mention = None
    if q.get("speaker_start") is not None:
        mention = _span(text, q.get("speaker_start"), q.get("speaker_end"), "speaker", w)
        annotated.add("mention")
    cue = None
    if q.get("cue_start") is not None:
        cue = _span(text, q.get("cue_start"), q.get("cue_end"), "cue", w)
        annotated.add("cue")
    name = q.get("speaker_name")
    if name:
        annotated.add("speaker")
    kind = _kind(q.get("type", q.get("kind")))
    if kind is not None:
        annotated.add("kind")
    stance_value = q.get("stance", q.get("polarity"))
    stance = _stance(stance_value)
    if stance is not None:
        annotated.add("stance")
    if "date" in q:
        annotated.add("date")
    return GoldClaim(
        content=tuple(sorted(content)),
        kind=kind,
        mention=mention,
        speaker=name or None,
        aliases=tuple(q.get("speaker_aliases") or ()),
        cue=cue,
        stance=stance,
        date=_date(q.get("date"), w),
        annotated=frozenset(annotated),
        id=str(q.get("id", n)),
    )


def _quotes_docs(records: list[tuple[int, dict[str, Any]]], source: str) -> list[GoldDocument]:
    out = []
    for line, r in records:
        where = _where(source, line)
        text = r.get("text")
        if not isinstance(text, str):
            raise GoldError(f"{where}: record has no string field 'text'")
        claims = [_quote_claim(text, q, where, n) for n, q in enumerate(r.get("quotes") or (), 1)]
        try:
            doc = GoldDocument.from_text(
                text,
                claims,
                id=str(r.get("id") or f"{Path(source).name}:{line}"),
                published=_date(r.get("published", r.get("date")), where),
                source=where,
            )
        except ArticleError as exc:
            raise GoldError(f"{where}: {exc}") from None
        out.append(doc)
    return out


def _find_text(name: str, base: Path, texts: Sequence[Path], subdirs: Sequence[str]) -> Path:
    candidates = [d / name for d in texts] + [base / sub / name for sub in subdirs]
    for c in candidates:
        if c.is_file():
            return c
    tried = ", ".join(str(c) for c in candidates)
    raise GoldError(f"article {name!r} not found (tried {tried}); give its directory with texts=/--texts")


def _read_raw(path: Path) -> str:
    # Seed offsets index the file as read with UTF-8, without header parsing.
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from None


def _seed_claim(text: str, r: Mapping[str, Any], where: str) -> GoldClaim:
    content = r.get("content")
    if not isinstance(content, list) or not content:
        raise GoldError(f"{where}: claim has no content spans")
    spans = tuple(sorted(_span(text, s.get("start"), s.get("end"), "content", where) for s in content))
    annotated = {"stance", "kind", "date"}
    mention = _opt_span(text, r.get("speaker_mention"), "speaker_mention", where)
    if mention is not None:
        annotated.add("mention")
    cue = _opt_span(text, r.get("cue"), "cue", where)
    if cue is not None:
        annotated.add("cue")
    if r.get("speaker"):
        annotated.add("speaker")
    return GoldClaim(
        content=spans,
        kind=_kind(r.get("kind")),
        mention=mention,
        speaker=r.get("speaker") or None,
        aliases=tuple(a for a in r.get("speaker_aliases") or () if isinstance(a, str)),
        cue=cue,
        stance=_stance(r.get("polarity", r.get("stance"))) or Stance.ASSERT,
        date=_date(r.get("date"), where),
        annotated=frozenset(annotated),
        id=str(r.get("id", "")),
        boilerplate=bool(r.get("boilerplate")),
    )


def _seed_docs(
    records: list[tuple[int, dict[str, Any]]], source: str, texts: Sequence[Path]
) -> list[GoldDocument]:
    base = Path(source).parent
    published: dict[str, Any] = {}
    claims: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    order: list[str] = []
    for line, r in records:
        name = r.get("file")
        if not isinstance(name, str):
            raise GoldError(f"{_where(source, line)}: record has no 'file'")
        if name not in published and name not in claims:
            order.append(name)
        if r.get("type") == "article":
            published[name] = r.get("published", r.get("date"))
        elif r.get("type") == "claim":
            claims[name].append((line, r))
    out = []
    for name in order:
        text = _read_raw(_find_text(name, base, texts, ("../seeds", ".", "seeds")))
        gc = [_seed_claim(text, r, _where(source, line)) for line, r in claims[name]]
        out.append(
            GoldDocument.from_text(
                text, gc, id=name, published=_date(published.get(name), source), source=f"{source} ({name})"
            )
        )
    return out


def claim_from_dict(d: Mapping[str, Any], text: str | None = None) -> Claim:
    """A :class:`~attribution.Claim` from the library's JSON output format.

    With ``text``, span texts are taken from it (and offsets checked);
    otherwise from the record.
    """

    def span(v: Any, what: str) -> Span | None:
        if v is None:
            return None
        if not isinstance(v, Mapping):
            raise GoldError(f"{what} must be an object with start and end")
        if text is not None:
            return _span(text, v.get("start"), v.get("end"), what, "claim")
        return Span(
            _int(v.get("start"), what, "claim"), _int(v.get("end"), what, "claim"), str(v.get("text") or "")
        )

    if not isinstance(d, Mapping):
        raise GoldError("claim must be a JSON object")
    content = tuple(s for s in (span(v, "content") for v in d.get("content") or ()) if s is not None)
    sp = d.get("speaker")
    speaker = None
    mention = None
    if isinstance(sp, Mapping):
        mention = span(sp.get("mention"), "speaker mention")
        if sp.get("name"):
            try:
                stype = SpeakerType(sp.get("type") or "unknown")
            except ValueError:
                stype = SpeakerType.UNKNOWN
            speaker = Speaker(
                name=str(sp["name"]), type=stype, role=sp.get("role"), aliases=tuple(sp.get("aliases") or ())
            )
    cue_d = d.get("cue")
    cue_span = span(cue_d, "cue")
    cue = (
        Cue(span=cue_span, lemma=str(cue_d.get("lemma") or ""))
        if cue_span is not None and isinstance(cue_d, Mapping)
        else None
    )
    date = None
    date_d = d.get("date")
    if isinstance(date_d, Mapping):
        date = StatementDate(
            value=_date(date_d.get("value"), "claim date"),
            expression=span(date_d.get("expression"), "date expression"),
            granularity=str(date_d.get("granularity") or "day"),
            inherited=bool(date_d.get("inherited")),
        )
    confidence = d.get("confidence", 0.5)
    return Claim(
        content=content,
        kind=_kind(d.get("kind")) or Kind.DIRECT,
        speaker=speaker,
        mention=mention,
        cue=cue,
        stance=_stance(d.get("stance")) or Stance.ASSERT,
        date=date,
        venue=span(d.get("venue"), "venue"),
        addressee=span(d.get("addressee"), "addressee"),
        via=span(d.get("via"), "via"),
        confidence=float(confidence) if isinstance(confidence, (int, float)) else 0.5,
        extractor=str(d.get("extractor") or ""),
        boilerplate=bool(d.get("boilerplate")),
        headline=bool(d.get("headline")),
    )


def _output_docs(
    records: list[tuple[int, dict[str, Any]]], source: str, texts: Sequence[Path]
) -> list[GoldDocument]:
    base = Path(source).parent
    out = []
    for line, r in records:
        where = _where(source, line)
        rid = str(r.get("id") or "")
        try:
            if isinstance(r.get("text"), str):
                article = Article.from_text(r["text"], id=rid, published=r.get("published"))
            else:
                # The same reader as `attribution extract`, so offsets agree.
                article = Article.from_file(_find_text(rid, base, texts, (".",)), id=rid)
                if r.get("published"):
                    article = Article.from_text(article.text, id=rid, published=r.get("published"))
        except ArticleError as exc:
            raise GoldError(f"{where}: {exc}") from None
        claims = []
        for n, c in enumerate(r.get("claims") or (), 1):
            try:
                claims.append(GoldClaim.from_claim(claim_from_dict(c, article.text), id=str(n)))
            except GoldError as exc:
                raise GoldError(f"{where}: claim {n}: {exc}") from None
        out.append(
            GoldDocument(article=article, claims=tuple(sorted(claims, key=lambda c: c.start)), source=where)
        )
    return out


_BRAT_ROLES = {"source": "source", "cue": "cue", "content": "content"}


def _brat_role(name: str) -> str | None:
    return _BRAT_ROLES.get(regex.sub(r"\d+$", "", name).casefold())


def _brat_doc(ann: Path, txt: Path) -> GoldDocument:
    text = _read_raw(txt)
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    groups: list[dict[str, list[str]]] = []
    relations: list[tuple[str, str]] = []
    try:
        lines = ann.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{ann}: cannot read: {exc}") from None
    for number, line in enumerate(lines, 1):
        where = f"{ann}:{number}"
        if not line.strip() or line.startswith("#"):
            continue
        ident, _, rest = line.partition("\t")
        spec = rest.split("\t", 1)[0]
        if ident.startswith("T"):
            label, _, ranges = spec.partition(" ")
            try:
                pieces = tuple(
                    _span(text, int(a), int(b), label, where)
                    for a, b in (r.split() for r in ranges.split(";"))
                )
            except ValueError as exc:
                raise GoldError(f"{where}: bad range {ranges!r}: {exc}") from None
            spans[ident] = (label, pieces)
        elif ident.startswith("E"):
            group: dict[str, list[str]] = defaultdict(list)
            for arg in spec.split():
                role, _, target = arg.partition(":")
                group[role.casefold()].append(target)
            groups.append(group)
        elif ident.startswith("R"):
            args = dict(a.partition(":")[::2] for a in spec.split()[1:])
            if "Arg1" in args and "Arg2" in args:
                relations.append((args["Arg1"], args["Arg2"]))
    if not groups and relations:
        # Relations link the parts of one attribution pairwise: join them.
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        for a, b in relations:
            parent[find(a)] = find(b)
        joined: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for ident in {x for r in relations for x in r}:
            if ident in spans:
                joined[find(ident)][spans[ident][0].casefold()].append(ident)
        groups = list(joined.values())
    claims = []
    for n, group in enumerate(groups, 1):
        parts: dict[str, list[Span]] = defaultdict(list)
        for role, targets in group.items():
            for t in targets:
                if t not in spans:
                    continue
                label = _brat_role(role) or _brat_role(spans[t][0]) or ""
                if label:
                    parts[label].extend(spans[t][1])
        if not parts.get("content"):
            continue
        annotated = {"cue"} if parts.get("cue") else set()
        src = sorted(parts.get("source", ()))
        if src:
            annotated.add("mention")
        cue = sorted(parts.get("cue", ()))
        claims.append(
            GoldClaim(
                content=tuple(sorted(parts["content"])),
                mention=Span.of(text, src[0].start, src[-1].end) if src else None,
                cue=Span.of(text, cue[0].start, cue[-1].end) if cue else None,
                annotated=frozenset(annotated),
                id=str(n),
            )
        )
    return GoldDocument.from_text(text, claims, id=txt.name, source=str(ann))


def _brat_docs(path: Path) -> list[GoldDocument]:
    anns = [path] if path.is_file() else sorted(path.rglob("*.ann"))
    out = []
    for ann in anns:
        txt = ann.with_suffix(".txt")
        if not txt.is_file():
            raise GoldError(f"{ann}: no text file {txt.name} beside it")
        out.append(_brat_doc(ann, txt))
    return out


def _records(path: Path) -> list[tuple[int, dict[str, Any]]]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from None
    stripped = raw.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}: invalid JSON: {exc.msg} (line {exc.lineno})") from None
        items = [(0, r) for r in data]
    else:
        try:
            # One JSON object (possibly pretty-printed) ...
            items = [(0, json.loads(raw))]
        except json.JSONDecodeError:
            # ... or JSON lines.
            items = []
            for number, line in enumerate(raw.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    items.append((number, json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise GoldError(
                        f"{path}:{number}: invalid JSON: {exc.msg} (column {exc.colno})"
                    ) from None
    for number, r in items:
        if not isinstance(r, dict):
            raise GoldError(f"{_where(str(path), number)}: expected a JSON object")
    return items


def load_gold(
    path: str | os.PathLike[str], *, texts: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] = ()
) -> list[GoldDocument]:
    """Read gold documents from a file or brat directory (format detected).

    :param texts: directories holding the article files that seed-style
        and output-format gold refer to by name.
    :raises GoldError: unreadable or inconsistent gold.
    """
    p = Path(path)
    dirs = [Path(texts)] if isinstance(texts, (str, os.PathLike)) else [Path(t) for t in texts]
    if p.is_dir() or p.suffix == ".ann":
        return _brat_docs(p)
    if not p.is_file():
        raise GoldError(f"{p}: no such file or directory")
    records = _records(p)
    if not records:
        return []
    first = records[0][1]
    if first.get("type") in ("article", "claim"):
        return _seed_docs(records, str(p), dirs)
    if "quotes" in first:
        return _quotes_docs(records, str(p))
    if "claims" in first:
        return _output_docs(records, str(p), dirs)
    raise GoldError(
        f"{p}: unknown gold format (expected records with 'quotes', 'claims' or 'type': article/claim)"
    )


def _results(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    yield from _records(path)


def load_predictions(path: str | os.PathLike[str]) -> dict[str, tuple[Claim, ...]]:
    """Predicted claims by article id from ``attribution extract`` output (JSON or JSONL)."""
    p = Path(path)
    out: dict[str, tuple[Claim, ...]] = {}
    for number, r in _results(p):
        where = _where(str(p), number)
        claims = []
        for n, c in enumerate(r.get("claims") or (), 1):
            try:
                claims.append(claim_from_dict(c))
            except (GoldError, ValueError) as exc:
                raise GoldError(f"{where}: claim {n}: {exc}") from None
        key = str(r.get("id") or "")
        out[key] = out.get(key, ()) + tuple(claims)
    return out

"""Statement dates against the seed gold, and dateparser's share of the run time.

    python benchmarks/dates_gold.py [--shared ../shared] [--show]

1. Gold claims: every claim of ``gold/seeds.gold.jsonl`` is rebuilt as an
   :class:`attribution.Claim` (content, speaker mention, cue with lemma,
   resolved speaker name and type, headline/boilerplate flags) and the
   seed articles are run through an :class:`attribution.Extractor` whose only
   extractor is a throwaway plugin returning those claims (the builtin
   quotes/reported/speakers plugins are blocked), so the builtin ``dates``
   plugin sees exactly the gold claims. Reported: among claims whose gold
   date is set, the share that get exactly that date; among claims whose
   gold date is null, the share that get a date.
2. Extracted claims (when the extractors exist): the default extractor's
   claims, paired with gold claims by content overlap; the same two figures
   over the paired claims.
3. Speed: find + resolve over every sentence of PolNeAR dev (and the dates
   stage of the pipeline), with dateparser's share of the time, measured by
   wrapping the function that calls it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from attribution import (
    Article,
    Claim,
    Cue,
    Extractor,
    Kind,
    Span,
    Speaker,
    SpeakerType,
    hookimpl,
    segment,
)
from attribution import dates as D
from attribution.plugins import dates as dates_plugin

ROOT = Path(__file__).resolve().parent.parent

_KINDS = {k.value: k for k in Kind}
_TYPES = {t.value: t for t in SpeakerType}


def _span(text: str, rec: dict[str, Any] | None) -> Span | None:
    if not rec:
        return None
    span = Span.of(text, rec["start"], rec["end"])
    if span.text != rec["text"]:
        raise ValueError(f"gold span {rec} does not slice the text")
    return span


def gold_claims(text: str, records: Iterable[dict[str, Any]]) -> list[tuple[Claim, dict[str, Any]]]:
    """Claims rebuilt from gold records, in text order, with their records."""
    out = []
    for r in records:
        content = tuple(_span(text, c) for c in r["content"])
        cue = _span(text, r.get("cue"))
        speaker = None
        if r.get("speaker"):
            speaker = Speaker(
                name=r["speaker"],
                type=_TYPES.get(r.get("speaker_type") or "", SpeakerType.UNKNOWN),
                aliases=tuple(r.get("speaker_aliases") or ()),
            )
        claim = Claim(
            content=tuple(s for s in content if s is not None),
            kind=_KINDS.get(r.get("kind") or "", Kind.INDIRECT),
            speaker=speaker,
            mention=_span(text, r.get("speaker_mention")),
            cue=Cue(cue, r.get("cue_lemma") or cue.text.lower()) if cue else None,
            headline=bool(r.get("headline")),
            boilerplate=bool(r.get("boilerplate")),
            extractor="gold",
        )
        out.append((claim, r))
    out.sort(key=lambda cr: (cr[0].start, cr[0].end))
    return out


def load(shared: Path) -> list[tuple[Article, list[tuple[Claim, dict[str, Any]]]]]:
    published: dict[str, str | None] = {}
    claims: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with (shared / "gold" / "seeds.gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["type"] == "article":
                published[r["file"]] = r.get("published")
            elif r["type"] == "claim":
                claims[r["file"]].append(r)
    out = []
    for name in sorted(claims):
        text = (shared / "seeds" / name).read_text(encoding="utf-8")
        article = Article.from_text(text, id=name, published=published.get(name))
        out.append((article, gold_claims(text, claims[name])))
    return out


class _Replay:
    """A throwaway extractor plugin that returns the gold claims of each article."""

    def __init__(self, by_id: dict[str, tuple[Claim, ...]]) -> None:
        self.by_id = by_id
        self.__name__ = "gold-replay"

    @hookimpl
    def attribution_extract(self, article: Article) -> tuple[Claim, ...]:
        return self.by_id.get(article.id, ())


def _figures(pairs: Iterable[tuple[dt.date | None, str | None]]) -> tuple[int, int, int, int]:
    dated = hit = undated = false = 0
    for got, want in pairs:
        if want:
            dated += 1
            hit += got is not None and got.isoformat() == want
        else:
            undated += 1
            false += got is not None
    return dated, hit, undated, false


def _report(title: str, figures: tuple[int, int, int, int]) -> None:
    dated, hit, undated, false = figures
    print(f"{title}")
    print(f"  gold date set : {hit}/{dated} exact = {hit / max(dated, 1):.1%} (target >= 90%)")
    print(f"  gold date null: {false}/{undated} given a date = {false / max(undated, 1):.1%} (target <= 5%)")


def _miss(rec: dict[str, Any], date: Any) -> str:
    value = date.value if date is not None else None
    expr = date.expression.text if date is not None and date.expression is not None else None
    inherited = date.inherited if date is not None else None
    gold_expr = (rec.get("date_expression") or {}).get("text")
    return f"  MISS {rec['id']}: gold {rec.get('date')} ({gold_expr}) got {value} ({expr}, inherited={inherited})"


def run_gold(data: list[tuple[Article, list[tuple[Claim, dict[str, Any]]]]], show: bool) -> None:
    """The hook called directly, in text order, as the pipeline calls it (nested claims kept)."""
    pairs = []
    for article, cs in data:
        current = [c for c, _ in cs]
        for i, (_, rec) in enumerate(cs):
            date = dates_plugin.attribution_resolve_date(article, current[i], tuple(current), i)
            if date is not None:
                current[i] = attrs.evolve(current[i], date=date)
            value = date.value if date is not None else None
            pairs.append((value, rec.get("date")))
            if show and (value.isoformat() if value else None) != rec.get("date"):
                print(_miss(rec, date))
    _report("Gold claims, dates hook called in text order (seeds):", _figures(pairs))


def run_gold_pipeline(data: list[tuple[Article, list[tuple[Claim, dict[str, Any]]]]]) -> None:
    """The same claims through an Extractor; nested claims are merged into their outer claim there."""
    replay = _Replay({a.id: tuple(c for c, _ in cs) for a, cs in data})
    ex = Extractor(plugins=[replay], block=["quotes", "reported", "speakers"], include_boilerplate=True)
    pairs = []
    for article, cs in data:
        result = ex.extract(article)
        by_span = {(c.start, c.end, c.text): c for c in result.claims}
        for claim, rec in cs:
            got = by_span.get((claim.start, claim.end, claim.text))
            if got is not None:
                pairs.append((got.date.value if got.date else None, rec.get("date")))
        for err in result.errors:
            print(f"  plugin error: {err}", file=sys.stderr)
    _report(f"Gold claims through an Extractor ({len(pairs)} claims left after merging):", _figures(pairs))


def run_extracted(
    shared: Path, data: list[tuple[Article, list[tuple[Claim, dict[str, Any]]]]], show: bool = False
) -> None:
    ex = Extractor(include_boilerplate=True)
    pairs = []
    predicted = 0
    for article, cs in data:
        claims = list(ex.extract(article).claims)
        predicted += len(claims)
        used: set[int] = set()
        for gold, rec in cs:
            best, best_overlap = None, 0
            for i, c in enumerate(claims):
                if i in used:
                    continue
                overlap = sum(
                    max(0, min(a.end, b.end) - max(a.start, b.start)) for a in c.content for b in gold.content
                )
                if overlap > best_overlap:
                    best, best_overlap = i, overlap
            if best is None:
                continue
            used.add(best)
            got = claims[best].date
            pairs.append((got.value if got else None, rec.get("date")))
            value = got.value.isoformat() if got is not None and got.value else None
            if show and value != rec.get("date"):
                c = claims[best]
                print(_miss(rec, got))
                print(
                    f"       mention={c.mention.text if c.mention else None!r} "
                    f"cue={c.cue.span.text if c.cue else None!r} "
                    f"speaker={(c.speaker.name, c.speaker.type.value) if c.speaker else None} "
                    f"content={c.text[:60]!r}"
                )
    if predicted == 0:
        print("Extracted claims: the extractors found no claims (not landed yet?); skipped.")
        return
    _report(f"Extracted claims paired with gold by content overlap ({len(pairs)} pairs):", _figures(pairs))


def run_speed(shared: Path) -> None:
    path = shared / "gold" / "polnear-dev.jsonl"
    if not path.exists():
        print(f"speed: {path} not found; skipped")
        return
    articles = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            articles.append(Article.from_dict(json.loads(line)))
    spent = [0.0]
    original = D._dateparser_parse

    def timed(text: str, published: dt.date | None) -> dt.date | None:
        t0 = time.perf_counter()
        try:
            return original(text, published)
        finally:
            spent[0] += time.perf_counter() - t0

    # One-time cost: importing dateparser and loading its English data on the first parse.
    t0 = time.perf_counter()
    original("July 19", dt.date(2022, 7, 20))
    warmup = time.perf_counter() - t0

    D._dateparser_parse = timed  # type: ignore[assignment]
    try:
        D._resolve.cache_clear()
        sentences = [(a, s) for a in articles for seg in segment(a) for s in seg.sentences]
        t0 = time.perf_counter()
        found = resolved = 0
        for article, sentence in sentences:
            for span in D.find_date_expressions(article.text, sentence.start, sentence.end):
                found += 1
                value, _ = D.resolve_expression(span.text, article.published)
                resolved += value is not None
        total = time.perf_counter() - t0
        info = D._resolve.cache_info()
        print(
            f"Speed over PolNeAR dev ({len(articles)} articles, {sum(len(a.text) for a in articles):,} chars)"
        )
        print(f"  one-time dateparser import + first parse: {warmup:.2f}s (not counted below)")
        print(
            f"  find + resolve on every sentence: {found} expressions, {resolved} resolved to a day or period "
            f"start; cache {info.hits} hits / {info.misses} misses"
        )
        print(
            f"    total {total:.3f}s (sentences split beforehand), dateparser {spent[0]:.3f}s = "
            f"{spent[0] / max(total, 1e-9):.1%}"
        )
        D._resolve.cache_clear()
        spent[0] = 0.0
        ex = Extractor()
        t0 = time.perf_counter()
        claims = sum(len(r.claims) for r in ex.extract_many(articles))
        total = time.perf_counter() - t0
        stage = ex.timings.get("resolve_date:dates", 0.0)
        print(
            f"  full pipeline: {claims} claims in {total:.2f}s; dates plugin {stage:.3f}s = {stage / total:.1%}"
        )
        print(f"    of which dateparser {spent[0]:.3f}s = {spent[0] / max(total, 1e-9):.2%} of the run")
    finally:
        D._dateparser_parse = original  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--shared", type=Path, default=ROOT.parent / "shared", help="the shared data directory"
    )
    parser.add_argument("--show", action="store_true", help="list the gold claims that got a wrong date")
    args = parser.parse_args(argv)
    if not (args.shared / "gold" / "seeds.gold.jsonl").exists():
        print(f"{args.shared}/gold/seeds.gold.jsonl not found", file=sys.stderr)
        return 1
    data = load(args.shared)
    run_gold(data, args.show)
    run_gold_pipeline(data)
    run_extracted(args.shared, data, args.show)
    run_speed(args.shared)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Cross-article speaker merging: accuracy on the seeds, time and memory on PolNeAR.

    python benchmarks/corpus_bench.py [--shared ../shared] [--limit N] [--extract] [--extract-polnear]

* seeds: Results are built from the seed gold (speaker names, roles, types,
  mentions, content, dates and stance as annotated), merged with
  :class:`attribution.Corpus`, and scored against the gold ``speaker_id``:
  pairwise precision and recall of "same speaker" over claims (all pairs,
  and cross-article pairs only).
* polnear: Results from the PolNeAR train gold quotes (speaker = the
  annotated speaker text; pronouns stay unresolved), 840 articles; wall time
  of ``Corpus.from_results`` on 1/8, 1/4, 1/2 and all articles (cold name
  caches, so the time per claim shows whether it stays linear), and peak
  traced memory on all.
* ``--extract``: also run the real extractors over the seeds and merge
  their results (scored by matching claims to gold by content overlap).
* ``--extract-polnear``: also extract PolNeAR train for real and merge
  (extraction and merging times).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
import tracemalloc
from collections.abc import Iterable
from pathlib import Path

from attribution import (
    Article,
    Claim,
    Corpus,
    Kind,
    Result,
    Span,
    Speaker,
    SpeakerType,
    Stance,
    StatementDate,
)

ROOT = Path(__file__).resolve().parents[1]


def _span(text: str, rec: dict | None) -> Span | None:
    if not rec:
        return None
    return Span.of(text, rec["start"], rec["end"])


def seeds_results(shared: Path) -> tuple[list[Result], list[list[str]]]:
    """Results built from the seed gold, and the gold speaker_id of each claim."""
    records = [json.loads(line) for line in (shared / "gold" / "seeds.gold.jsonl").open(encoding="utf-8")]
    published = {r["file"]: r["published"] for r in records if r["type"] == "article"}
    results, gold = [], []
    for file in sorted(published):
        article = Article.from_file(shared / "seeds" / file, published=published[file], header=False)
        claims, ids = [], []
        for r in records:
            if r["type"] != "claim" or r["file"] != file:
                continue
            speaker = Speaker(
                name=r["speaker"],
                type=SpeakerType(r.get("speaker_type") or "unknown"),
                role=r.get("speaker_role") or None,
                aliases=tuple(r.get("speaker_aliases") or ()),
            )
            date = (
                StatementDate(value=_date(r["date"]), inherited=bool(r.get("date_inherited")))
                if r.get("date")
                else None
            )
            claims.append(
                Claim(
                    content=tuple(_span(article.text, c) for c in r["content"]),
                    kind=Kind(r["kind"]) if r["kind"] in {k.value for k in Kind} else Kind.INDIRECT,
                    speaker=speaker,
                    mention=_span(article.text, r.get("speaker_mention")),
                    stance=Stance(r["polarity"])
                    if r["polarity"] in {s.value for s in Stance}
                    else Stance.ASSERT,
                    date=date,
                )
            )
            ids.append(r["speaker_id"])
        results.append(Result(article=article, claims=tuple(claims)))
        gold.append(ids)
    return results, gold


def _date(value: str | None):
    import datetime as dt

    return dt.date.fromisoformat(value[:10]) if value else None


_PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "i",
    "we",
    "you",
    "who",
    "which",
    "that",
    "his",
    "her",
    "its",
    "their",
}


def polnear_results(path: Path, limit: int | None = None) -> list[Result]:
    """Results from PolNeAR gold quotes; the speaker is the annotated speaker text."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in itertools.islice(fh, limit):
            rec = json.loads(line)
            article = Article.from_dict(rec)
            text = article.text
            claims = []
            for q in rec["quotes"]:
                spans = tuple(Span.of(text, s, e) for s, e in q["content_spans"])
                if not spans:
                    continue
                name = q.get("speaker_name") or q.get("speaker_text")
                mention = None
                if q.get("speaker_start") is not None and q.get("speaker_end") is not None:
                    mention = Span.of(text, q["speaker_start"], q["speaker_end"])
                speaker = None
                if name and name.split()[0].lower() not in _PRONOUNS:
                    speaker = Speaker(name=" ".join(name.split()))
                claims.append(Claim(content=spans, speaker=speaker, mention=mention))
            out.append(Result(article=article, claims=tuple(claims)))
    return out


def pairwise(
    predicted: Iterable[str | None], gold: Iterable[str], keys: Iterable[object] | None = None
) -> dict:
    """Pairwise precision/recall of 'same speaker' over claims (None = own singleton).

    With ``keys`` (the article of each claim) also the same over pairs of
    claims from different articles.
    """
    pred = list(predicted)
    gold = list(gold)
    arts = list(keys) if keys is not None else [None] * len(pred)
    out = {}
    for scope in ("all", "cross"):
        tp = fp = fn = 0
        for i, j in itertools.combinations(range(len(pred)), 2):
            if scope == "cross" and arts[i] == arts[j]:
                continue
            same_p = pred[i] is not None and pred[i] == pred[j]
            same_g = gold[i] == gold[j]
            tp += same_p and same_g
            fp += same_p and not same_g
            fn += same_g and not same_p
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        out[scope] = {"precision": round(p, 4), "recall": round(r, 4), "tp": tp, "fp": fp, "fn": fn}
    return out


def run_seeds(shared: Path, verbose: bool = True) -> dict:
    results, gold = seeds_results(shared)
    corpus = Corpus.from_results(results)
    pred = [sid for row in corpus.claim_speakers for sid in row]
    flat_gold = [g for row in gold for g in row]
    arts = [i for i, row in enumerate(gold) for _ in row]
    scores = pairwise(pred, flat_gold, arts)
    kanani = {
        corpus.claim_speakers[i][j]
        for i, r in enumerate(results)
        for j, c in enumerate(r.claims)
        if c.speaker and c.speaker.name in ("Nasser Kanani", "Naser Kanaani")
    }
    putin = {
        corpus.claim_speakers[i][j]
        for i, r in enumerate(results)
        for j, c in enumerate(r.claims)
        if c.speaker and c.speaker.name in ("Putin", "Dmitry Peskov")
    }
    scores["kanani_one_speaker"] = len(kanani) == 1
    scores["putin_peskov_apart"] = len(putin) == 2
    scores["speakers"] = len(corpus.speakers)
    scores["gold_speakers"] = len(set(flat_gold))
    scores["statement_clusters"] = len(corpus.statements)
    if verbose:
        for s in corpus.speakers:
            print(f"  {s.id:32} {s.claims:3} claims {len(s.articles)} art  {list(s.aliases)}")
        for st in corpus.statements:
            print(f"  statement {st.id}: {list(st.outlets)} {st.text[:70]!r}")
        wrong = [(p, g) for p, g in zip(pred, flat_gold, strict=True)]
        by_pred: dict = {}
        for p, g in wrong:
            by_pred.setdefault(p, set()).add(g)
        for p, gs in by_pred.items():
            if len(gs) > 1:
                print(f"  ! {p} mixes {sorted(gs)}")
    return scores


def _cold() -> None:
    """Empty the name caches, so each run pays for its own parsing."""
    from attribution import corpus
    from attribution.plugins import corpus as rule

    for cached in (
        corpus.name_parts,
        corpus.skeleton,
        corpus.role_profile,
        corpus._full,
        rule._distinct_parts,
    ):
        cached.cache_clear()


def run_polnear(shared: Path, limit: int | None = None) -> dict:
    from attribution import make_plugin_manager

    results = polnear_results(shared / "gold" / "polnear-train.jsonl", limit)
    pm = make_plugin_manager()
    n = len(results)
    scaling = []
    for size in sorted({max(1, n // 8), max(1, n // 4), max(1, n // 2), n}):
        part = results[:size]
        _cold()
        t0 = time.perf_counter()
        Corpus.from_results(part, pm=pm)
        elapsed = time.perf_counter() - t0
        claims = sum(len(r.claims) for r in part)
        scaling.append(
            {
                "articles": size,
                "claims": claims,
                "seconds": round(elapsed, 3),
                "us_per_claim": round(1e6 * elapsed / claims),
            }
        )
    _cold()
    tracemalloc.start()
    corpus = Corpus.from_results(results, pm=pm)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "articles": n,
        "claims": sum(len(r.claims) for r in results),
        "claims_with_speaker": sum(sid is not None for row in corpus.claim_speakers for sid in row),
        "speakers": len(corpus.speakers),
        "multi_article_speakers": sum(len(s.articles) > 1 for s in corpus.speakers),
        "statement_clusters": len(corpus.statements),
        "scaling": scaling,
        "peak_mib": round(peak / 2**20, 1),
        "top": [(s.name, s.claims, len(s.articles)) for s in corpus.speakers[:8]],
    }


def run_extract(shared: Path) -> dict:
    """Real extraction of the seeds, merged, scored against gold by content overlap."""
    from attribution import Extractor

    results_gold, gold = seeds_results(shared)
    ex = Extractor()
    results = [ex.extract(r.article) for r in results_gold]
    corpus = Corpus.from_results(results, pm=ex.pm)
    pred, flat_gold, arts = [], [], []
    for i, (res, gres) in enumerate(zip(results, results_gold, strict=True)):
        for j, claim in enumerate(res.claims):
            best, best_overlap = None, 0
            for k, gc in enumerate(gres.claims):
                overlap = sum(
                    max(0, min(a.end, b.end) - max(a.start, b.start))
                    for a in claim.content
                    for b in gc.content
                )
                if overlap > best_overlap:
                    best, best_overlap = k, overlap
            if best is None:
                continue
            pred.append(corpus.claim_speakers[i][j])
            flat_gold.append(gold[i][best])
            arts.append(i)
    scores = pairwise(pred, flat_gold, arts)
    scores["claims"] = sum(len(r.claims) for r in results)
    scores["matched_to_gold"] = len(pred)
    scores["with_speaker"] = sum(p is not None for p in pred)
    scores["speakers"] = [(s.name, s.claims, len(s.articles)) for s in corpus.speakers]
    return scores


def run_extract_polnear(shared: Path, limit: int | None = None) -> dict:
    """Real extraction of PolNeAR train, then the corpus over its results (time only)."""
    from attribution import Extractor

    ex = Extractor()
    with (shared / "gold" / "polnear-train.jsonl").open(encoding="utf-8") as fh:
        articles = [Article.from_dict(json.loads(line)) for line in itertools.islice(fh, limit)]
    t0 = time.perf_counter()
    results = [ex.extract(a) for a in articles]
    extracted = time.perf_counter() - t0
    _cold()
    t0 = time.perf_counter()
    corpus = Corpus.from_results(results, pm=ex.pm)
    merged = time.perf_counter() - t0
    return {
        "articles": len(results),
        "claims": sum(len(r.claims) for r in results),
        "claims_with_speaker": sum(sid is not None for row in corpus.claim_speakers for sid in row),
        "speakers": len(corpus.speakers),
        "multi_article_speakers": sum(len(s.articles) > 1 for s in corpus.speakers),
        "statement_clusters": len(corpus.statements),
        "extract_seconds": round(extracted, 1),
        "corpus_seconds": round(merged, 2),
        "top": [(s.name, s.claims, len(s.articles)) for s in corpus.speakers[:8]],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None, help="PolNeAR articles (default all)")
    parser.add_argument("--extract", action="store_true", help="also merge real extraction of the seeds")
    parser.add_argument(
        "--extract-polnear",
        action="store_true",
        help="also extract PolNeAR train for real and merge (about a minute)",
    )
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if not (args.shared / "gold" / "seeds.gold.jsonl").exists():
        print(f"no gold data under {args.shared}", file=sys.stderr)
        return 2
    print("seeds (gold speakers):")
    print(json.dumps(run_seeds(args.shared, verbose=not args.quiet), indent=2))
    print("polnear train (gold quotes):")
    print(json.dumps(run_polnear(args.shared, args.limit), indent=2))
    if args.extract:
        print("seeds (real extraction):")
        print(json.dumps(run_extract(args.shared), indent=2))
    if args.extract_polnear:
        print("polnear train (real extraction):")
        print(json.dumps(run_extract_polnear(args.shared, args.limit), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Does extraction cost grow linearly with article size?

Builds synthetic single articles of 1 kB, 10 kB, 100 kB, 1 MB, 5 MB and
10 MB from template sentences (direct quotes with trailing and leading
attributions, quotes split by the cue, reported speech, pronoun follow-ups,
dates, filler narrative, a headline and a few boilerplate lines), runs
``Extractor().extract`` on each and prints seconds, MB/s and seconds per MB.
Linear cost means seconds per MB stays flat; the ratio printed at the end
compares the largest article with the smallest ones.

    python benchmarks/scaling.py                  # all sizes
    python benchmarks/scaling.py --sizes 1k,100k,1M
    python benchmarks/scaling.py --profile 1M     # pyinstrument report for one size
    python benchmarks/scaling.py --block dates    # without one plugin
    python benchmarks/scaling.py --one-paragraph --sizes 3k,10k,30k

The articles are deterministic for a given ``--seed``. Timings only here,
never in tests.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator

from attribution import Article, Extractor

FIRST = ["Jane", "Tom", "Maria", "Ahmed", "Li", "Olga", "Pedro", "Grace", "Kofi", "Ingrid", "Ravi", "Sofia"]
LAST = ["Roe", "Baker", "Santos", "Karimi", "Wei", "Petrova", "Alvarez", "Mensah", "Lund", "Nair", "Costa"]
ROLES = [
    "the mayor",
    "the city's finance director",
    "a spokesperson for the transport ministry",
    "the head of the teachers' union",
    "the chief executive of Northwind Energy",
    "a senior official at the harbour authority",
]
ORGS = [
    "the city council",
    "the transport ministry",
    "Northwind Energy",
    "the harbour authority",
    "the union",
]
DAYS = [
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "last week",
    "on March 3",
    "earlier this month",
    "yesterday",
]
QUOTES = [
    "We will not back down",
    "The budget is balanced and the bridge will reopen in spring",
    "Nobody told us about the closure until it was too late",
    "This is a decision for the whole region, not for one district",
    "We have asked for an independent review of the contract",
    "The numbers simply do not add up",
]
CLAUSES = [
    "the bridge would reopen before the summer",
    "the contract had been signed without a public tender",
    "fares would not rise this year",
    "the talks had made real progress",
    "the report contained several errors",
    "more inspectors would be hired",
]
FILLER = [
    "The river crossing has been closed since the storm in January.",
    "Traffic on the ring road doubled during the closure, according to city figures.",
    "About 40,000 people use the bridge every day.",
    "The U.S. engineering firm that built it in 1974 no longer exists.",
    "Repairs were estimated at 12.5 million euros in an earlier survey...",
    "Shops near the old crossing have reported falling sales.",
]
BOILERPLATE = [
    "Share:",
    "Facebook",
    "Twitter",
    "• Read also: Ferry service to resume next week",
    "Leave a Reply",
]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _sentence(rng: random.Random) -> str:
    name, role, day = _name(rng), rng.choice(ROLES), rng.choice(DAYS)
    quote, clause, org = rng.choice(QUOTES), rng.choice(CLAUSES), rng.choice(ORGS)
    head, _, tail = quote.partition(" the ")
    templates = [
        f"“{quote},” said {name}, {role}.",
        f"“{quote},” {name} told reporters {day}.",
        f"{name}, {role}, said {day} that {clause}.",
        f"{name} said {day} that {clause}.",
        f"{name} said: “{quote}.”",
        f"“{head},” {name} said, “the {tail or 'rest'} is up to {org}.”",
        f"He added that {clause}.",
        f"She denied that {clause}.",
        f"According to {org}, {clause}.",
        f"Mr. {name.split()[1]} declined to comment {day}.",
        rng.choice(FILLER),
        rng.choice(FILLER),
    ]
    return rng.choice(templates)


def _paragraphs(rng: random.Random) -> Iterator[str]:
    yield "City hall says bridge will reopen in spring"
    while True:
        yield " ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.02:
            yield rng.choice(BOILERPLATE)


def build_article(size: int, seed: int = 1, joiner: str = "\n\n") -> str:
    """A synthetic article of about ``size`` characters (cut at a paragraph boundary).

    ``joiner=" "`` runs everything into one paragraph, as in text scraped
    without line breaks: the extractors' per-paragraph work then faces the
    whole article.
    """
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    for para in _paragraphs(rng):
        parts.append(para)
        total += len(para) + 2
        if total >= size:
            break
    return joiner.join(parts) + "\n"


WARM_UP = "“Warm up,” said Jane Roe on Monday. Tom Baker said last week that it was cold."

UNITS = {"k": 1_000, "m": 1_000_000}


def parse_size(text: str) -> int:
    text = text.strip().lower().removesuffix("b")
    if text[-1:] in UNITS:
        return int(float(text[:-1]) * UNITS[text[-1]])
    return int(text)


def label(size: int) -> str:
    return f"{size / 1e6:g} MB" if size >= 1_000_000 else f"{size / 1e3:g} kB"


def run(sizes: list[int], seed: int, repeat: int, block: list[str], joiner: str = "\n\n") -> int:
    extractor = Extractor(block=block)
    # Imports, the lexicon and dateparser's lazy set-up (needs a date
    # expression and a publication date) must not count for the 1 kB article.
    extractor.extract(Article.from_text(WARM_UP, published="2024-03-04"))
    rows = []
    print(f"{'size':>8} {'chars':>11} {'claims':>8} {'seconds':>9} {'MB/s':>7} {'s/MB':>7}")
    for size in sizes:
        text = build_article(size, seed, joiner)
        article = Article.from_text(text, id=label(size), published="2024-03-04")
        best = float("inf")
        for _ in range(repeat):
            extractor.timings.clear()
            started = time.perf_counter()
            result = extractor.extract(article)
            best = min(best, time.perf_counter() - started)
        mb = len(text.encode("utf-8")) / 1e6
        rows.append((size, mb, best, dict(extractor.timings)))
        print(
            f"{label(size):>8} {len(text):>11,} {len(result.claims):>8,} {best:>9.3f} "
            f"{mb / best:>7.2f} {best / mb:>7.2f}",
            flush=True,
        )
        if result.errors:
            print(f"         {len(result.errors)} plugin errors, first: {result.errors[0]}", file=sys.stderr)
    if len(rows) >= 2:
        small = min(rows, key=lambda r: r[0])
        mid = [r for r in rows if r[0] >= 100_000]
        big = max(rows, key=lambda r: r[0])
        print(
            f"\nper-MB time, {label(big[0])} / {label(small[0])}: {(big[2] / big[1]) / (small[2] / small[1]):.2f}"
        )
        if mid and mid[0] is not big:
            ref = min(mid, key=lambda r: r[0])
            ratio = (big[2] / big[1]) / (ref[2] / ref[1])
            print(
                f"per-MB time, {label(big[0])} / {label(ref[0])}: {ratio:.2f}  (1.0 = linear; >2 suggests superlinear cost)"
            )
        print(f"\nstage seconds for {label(big[0])}:")
        for stage, seconds in sorted(big[3].items(), key=lambda kv: -kv[1]):
            if seconds >= 0.001:
                print(f"  {stage:<32} {seconds:8.3f}")
    return 0


def profile(size: int, seed: int, block: list[str]) -> int:
    from pyinstrument import Profiler

    extractor = Extractor(block=block)
    extractor.extract(Article.from_text(WARM_UP, published="2024-03-04"))
    article = Article.from_text(build_article(size, seed), published="2024-03-04")
    with Profiler() as profiler:
        extractor.extract(article)
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="1k,10k,100k,1M,5M,10M", help="comma-separated sizes (k, M suffixes)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs per size")
    parser.add_argument("--profile", metavar="SIZE", help="profile one size with pyinstrument instead")
    parser.add_argument("--block", action="append", default=[], metavar="PLUGIN", help="leave a plugin out")
    parser.add_argument(
        "--one-paragraph", action="store_true", help="no line breaks: the whole article is one paragraph"
    )
    args = parser.parse_args(argv)
    if args.profile:
        return profile(parse_size(args.profile), args.seed, args.block)
    joiner = " " if args.one_paragraph else "\n\n"
    return run([parse_size(s) for s in args.sizes.split(",")], args.seed, args.repeat, args.block, joiner)


if __name__ == "__main__":
    sys.exit(main())

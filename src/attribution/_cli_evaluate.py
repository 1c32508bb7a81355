"""``attribution evaluate``: precision, recall and F1 against gold annotations."""

from __future__ import annotations

import argparse
import functools
import json
import sys

from attribution._io import ExtractionRun, Progress, add_jobs_argument
from attribution._model import Kind

HELP = "score extraction against gold annotations (JSONL, brat directories, or our JSON output)"

_EPILOG = """\
Gold formats: the JSON output of `attribution extract` (with a "text" field or
article files named by "id", see --texts); JSONL with "text" and "quotes"
(PolNeAR conversion); JSONL of article/claim records naming a "file" (seed
gold); brat standoff directories (*.ann beside *.txt) with Source, Cue and
Content annotations.

Scoring: word tokens inside content spans, one-to-one greedy pairing by token
Jaccard; "content" counts pairs (overlap > 0), "content_strict" pairs with
Jaccard >= 0.8, "attributed" pairs whose speaker is right (mention overlaps the
gold speaker span or the name matches the gold name or an alias). Precision is
over all predicted claims, recall over all gold claims. --kinds keeps gold
claims of those kinds, the predictions paired with them and unpaired
predictions of those kinds.
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = _EPILOG
    p.add_argument("gold", metavar="GOLD", help="gold file (.json/.jsonl) or brat directory")
    p.add_argument(
        "--predictions",
        metavar="PRED",
        help="score this `attribution extract` output (JSON or JSONL) instead of running the extractor",
    )
    p.add_argument(
        "--texts",
        action="append",
        default=[],
        metavar="DIR",
        help="directory of the article files the gold names",
    )
    p.add_argument(
        "--kinds",
        metavar="KIND,...",
        help=f"only these kinds ({', '.join(k.value for k in Kind)}), e.g. direct,mixed",
    )
    p.add_argument(
        "--format", choices=("text", "json"), default="text", help="text for people, json for machines"
    )
    p.add_argument(
        "--errors", type=int, default=0, metavar="N", help="show the N worst misses and N worst false alarms"
    )
    p.add_argument("--block", action="append", default=[], metavar="PLUGIN", help="do not load this plugin")
    add_jobs_argument(p)
    p.add_argument(
        "--include-boilerplate",
        action="store_true",
        help="also score claims in page furniture (gold and predicted)",
    )


def run(args: argparse.Namespace) -> int:
    from attribution.evaluate import GoldError, evaluate_extractor, load_gold, load_predictions, score

    kinds = None
    if args.kinds:
        kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
        bad = [k for k in kinds if k not in {x.value for x in Kind}]
        if bad:
            print(
                f"attribution: --kinds: unknown kind {bad[0]!r} (known: {', '.join(k.value for k in Kind)})",
                file=sys.stderr,
            )
            return 2
    if args.errors < 0:
        print("attribution: --errors must be >= 0", file=sys.stderr)
        return 2
    try:
        gold = load_gold(args.gold, texts=args.texts)
        if args.predictions:
            predicted = load_predictions(args.predictions)
            report = score(
                gold, predicted, kinds=kinds, errors=args.errors, boilerplate=args.include_boilerplate
            )
        else:
            from attribution._pipeline import Extractor

            make = functools.partial(Extractor, block=args.block, include_boilerplate=args.include_boilerplate)
            if args.jobs > 1:
                # the gold's articles in worker processes; an article whose
                # extraction fails is reported and scored as predicting nothing
                extraction = ExtractionRun(make(), Progress(enabled=False), jobs=args.jobs, make_extractor=make)
                found = {r.article.id: r.claims for r in extraction.results(d.article for d in gold)}
                report = score(gold, found, kinds=kinds, errors=args.errors, boilerplate=args.include_boilerplate)
            else:
                report = evaluate_extractor(
                    make(), gold, kinds=kinds, errors=args.errors, boilerplate=args.include_boilerplate
                )
    except GoldError as exc:
        print(f"attribution: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(report.format_text() + "\n")
    return 0

"""Accuracy of the default extractor on the shared gold, in one table.

    python benchmarks/measure.py [--train] [--shared ../shared] [--block PLUGIN]

Rows: seeds and PolNeAR dev (and train with ``--train``), each for all kinds
and for quotes with quotation marks only (gold kinds direct and mixed).
Columns: F1 of content (overlap), content (strict), attributed, cue and
speaker mention, plus precision and recall of content and attributed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from attribution import Extractor
from attribution.evaluate import Report, load_gold, score

ROOT = Path(__file__).resolve().parent.parent


def _row(name: str, report: Report, seconds: float) -> str:
    d = dict(report.scores)
    c, s, a = d["content"], d["content_strict"], d["attributed"]
    cells = [
        f"{name:26}",
        f"{c.gold:5}",
        f"{c.predicted:5}",
        f"{c.precision:5.3f} {c.recall:5.3f} {c.f1:5.3f}",
        f"{s.f1:6.3f}",
        f"{a.precision:5.3f} {a.recall:5.3f} {a.f1:5.3f}",
    ]
    for m in ("cue", "mention", "speaker"):
        cells.append(f"{d[m].f1:7.3f}" if m in d else f"{'-':>7}")
    cells.append(f"{seconds:6.1f}s")
    return " ".join(cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--shared", type=Path, default=ROOT.parent / "shared", help="the shared data directory"
    )
    parser.add_argument("--train", action="store_true", help="also PolNeAR train (about 10x dev)")
    parser.add_argument(
        "--block", action="append", default=[], metavar="PLUGIN", help="do not load this plugin"
    )
    args = parser.parse_args(argv)

    sets = [("seeds", "seeds.gold.jsonl"), ("polnear-dev", "polnear-dev.jsonl")]
    if args.train:
        sets.append(("polnear-train", "polnear-train.jsonl"))
    header = (
        f"{'gold':26} {'gold':>5} {'pred':>5} {'content P/R/F1':>17} {'strict':>6} "
        f"{'attributed P/R/F1':>17} {'cue':>7} {'mention':>7} {'speaker':>7} {'time':>7}"
    )
    print(header)
    print("-" * len(header))
    extractor = Extractor(block=args.block)
    for name, file in sets:
        path = args.shared / "gold" / file
        if not path.exists():
            print(f"{name:26} (missing: {path})")
            continue
        docs = load_gold(path)
        started = time.perf_counter()
        # Extract once, score twice (evaluate_extractor would extract per call).
        predicted = {d.id: extractor.extract(d.article).claims for d in docs}
        seconds = time.perf_counter() - started
        print(_row(name, score(docs, predicted), seconds))
        print(_row(f"{name} direct+mixed", score(docs, predicted, kinds=("direct", "mixed")), seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())

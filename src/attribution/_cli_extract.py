"""``attribution extract``: claims from articles as JSON, JSONL or a table."""

from __future__ import annotations

import argparse
import functools
import json
import sys

from attribution._io import (
    ExtractionRun,
    Progress,
    add_jobs_argument,
    check_published,
    format_table,
    read_inputs,
)
from attribution._pipeline import Extractor

HELP = "extract claims from articles (files, directories, .jsonl, or - for stdin)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    # nargs="*" so that --list-plugins works without a path; run() insists on one otherwise.
    p.add_argument("paths", nargs="*", metavar="PATH", help="text files, .jsonl files, directories, or -")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for inputs that have none")
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default="json",
        help="json: one object per article (a list when there are several); jsonl: one per line; table: for reading",
    )
    p.add_argument("--block", action="append", default=[], metavar="PLUGIN", help="do not load this plugin")
    p.add_argument("--list-plugins", action="store_true", help="list plugins (after --block) and exit")
    p.add_argument("--strict", action="store_true", help="stop at the first plugin error")
    p.add_argument(
        "--include-boilerplate",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="keep claims found in page furniture such as 'Read also:' lines, flagged boilerplate (default: yes)",
    )
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None, help="progress on stderr")
    add_jobs_argument(p)


def run(args: argparse.Namespace) -> int:
    if args.list_plugins:
        from attribution.cli import list_plugins

        return list_plugins(args.block)
    if not args.paths:
        print("attribution extract: error: the following arguments are required: PATH", file=sys.stderr)
        return 2
    problem = check_published(args.published)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    make = functools.partial(
        Extractor, block=args.block, strict=args.strict, include_boilerplate=args.include_boilerplate
    )
    fmt = args.format
    extraction = ExtractionRun(make(), Progress(enabled=args.progress), jobs=args.jobs, make_extractor=make)
    results = []
    out = sys.stdout
    for result in extraction.results(read_inputs(args.paths, published=args.published)):
        if fmt == "table":
            out.write(format_table(result) + "\n\n")
        elif fmt == "jsonl":
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        else:
            results.append(result.to_dict())
    if extraction.aborted:
        return 1
    if fmt == "json":
        payload = results[0] if len(results) == 1 else results
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return 1 if extraction.failures else 0

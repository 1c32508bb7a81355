"""``attribution corpus``: speakers, statements and timelines across articles."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from typing import IO

from attribution._io import ExtractionRun, Progress, add_jobs_argument, check_published, read_inputs
from attribution._pipeline import Extractor, PluginFailed
from attribution.corpus import Corpus

HELP = "merge speakers across articles; print speakers, repeated statements and each speaker's timeline"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files, .jsonl files, directories, or -")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for inputs that have none")
    p.add_argument(
        "--format",
        choices=("json", "table"),
        default="json",
        help="json: one object with speakers, statements and timeline; table: for reading",
    )
    p.add_argument(
        "--explain",
        action="store_true",
        help="table: under each speaker, why each article's name was merged into it",
    )
    p.add_argument("--block", action="append", default=[], metavar="PLUGIN", help="do not load this plugin")
    p.add_argument("--strict", action="store_true", help="stop at the first plugin error")
    p.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None, help="progress on stderr"
    )
    add_jobs_argument(p)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def format_corpus(corpus: Corpus, width: int = 100, explain: bool = False) -> str:
    """A readable plain-text view: speakers, statement clusters, timelines.

    With ``explain``, each speaker's merges are listed with their evidence.
    """
    lines = [
        f"== {len(corpus.results)} articles, {sum(len(r.claims) for r in corpus.results)} claims, "
        f"{len(corpus.speakers)} speakers",
        "",
        "-- speakers",
    ]
    for s in corpus.speakers:
        types = "/".join(t.value for t in s.types)
        lines.append(
            f"{s.id}: {s.name} [{types}] — {_count(s.claims, 'claim')} in {_count(len(s.articles), 'article')}"
        )
        others = [a for a in (*s.aliases, *s.mentions) if a != s.name]
        if others:
            lines.append("    aka " + _short("; ".join(others), width - 8))
        if s.roles:
            lines.append("    roles " + _short("; ".join(s.roles), width - 10))
        if explain:
            for ev in s.evidence:
                lines.append(f"    + {ev.name!r} from {ev.article} ({ev.rule}): " + "; ".join(ev.evidence))
    lines += ["", "-- statements reported more than once"]
    if not corpus.statements:
        lines.append("(none)")
    for st in corpus.statements:
        when = st.first.isoformat() if st.first else "?"
        lines.append(f"{st.id} {when}: {_count(len(st.claims), 'report')} in {', '.join(st.outlets)}")
        lines.append("    " + _short(st.text, width - 4))
    lines += ["", "-- timeline"]
    current = None
    for e in corpus.timeline:
        if e.speaker != current:
            current = e.speaker
            lines.append(f"{e.speaker}:")
        when = e.date.isoformat() if e.date else "????-??-??"
        if e.date_basis == "published":
            when += "*"
        stance = "" if e.stance.value == "assert" else f" {e.stance.value.upper()}"
        same = f" [{e.statement}]" if e.statement else ""
        lines.append(f"  {when:11} {e.claim.outlet}{stance}{same}: {_short(e.text, width - 40)}")
    if any(e.date_basis == "published" for e in corpus.timeline):
        lines.append("(* publication date: the statement's own date is unknown)")
    for err in corpus.errors:
        lines.append(f"  ! plugin {err.plugin} failed in {err.hook}: {err.error}: {err.message}")
    return "\n".join(lines)


def _write(corpus: Corpus, fmt: str, out: IO[str], explain: bool = False) -> None:
    if fmt == "json":
        out.write(json.dumps(corpus.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(format_corpus(corpus, explain=explain) + "\n")


def run(args: argparse.Namespace) -> int:
    problem = check_published(args.published)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    make = functools.partial(Extractor, block=args.block, strict=args.strict)
    extractor = make()
    extraction = ExtractionRun(extractor, Progress(enabled=args.progress), jobs=args.jobs, make_extractor=make)
    results = list(extraction.results(read_inputs(args.paths, published=args.published)))
    if extraction.aborted:
        return 1
    try:
        corpus = Corpus.from_results(results, pm=extractor.pm, strict=args.strict)
    except PluginFailed as exc:
        print(f"attribution: corpus: {exc}", file=sys.stderr)
        return 1
    for err in corpus.errors:
        print(
            f"attribution: corpus: plugin {err.plugin} failed ({err.error}: {err.message})", file=sys.stderr
        )
    _write(corpus, args.format, sys.stdout, args.explain)
    return 1 if extraction.failures else 0

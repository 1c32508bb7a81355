"""Reading articles from paths, directories, stdin and JSONL; writing results."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any

import attrs
from attrs import frozen

from attribution._model import Article, ArticleError, Result, _parse_date
from attribution._pipeline import Extractor, PluginFailed

__all__ = [
    "ExtractionRun",
    "InputError",
    "Progress",
    "add_jobs_argument",
    "check_published",
    "format_table",
    "read_inputs",
    "result_to_json",
]

TEXT_SUFFIXES = (".txt", ".text", ".md", "")


@frozen
class InputError:
    """An input that could not be read; ``where`` names the file (and line)."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _jsonl(name: str, lines: Iterable[bytes], published: str | None) -> Iterator[Article | InputError]:
    # Lines are decoded one by one so that a bad byte costs one record (and
    # is reported with its line number), not the rest of the file.
    for number, raw in enumerate(lines, 1):
        where = f"{name}:{number}"
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(where, f"not valid UTF-8 (byte {exc.start} of the line: {raw[exc.start:exc.start + 1]!r})")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        try:
            if isinstance(record, dict) and published and not record.get("published") and not record.get("date"):
                record = {**record, "published": published}
            yield Article.from_dict(record, default_id=f"{Path(name).name}:{number}")
        except ArticleError as exc:
            yield InputError(where, str(exc))


def _expand(paths: Iterable[str]) -> Iterator[str | InputError]:
    for raw in paths:
        p = Path(raw)
        if raw != "-" and p.is_dir():
            found = False
            for child in sorted(p.rglob("*")):
                # Hidden files and anything under a hidden directory (.git,
                # .venv) are not articles.
                if any(part.startswith(".") for part in child.relative_to(p).parts):
                    continue
                if child.is_file() and child.suffix.lower() in (*TEXT_SUFFIXES, ".jsonl"):
                    found = True
                    yield str(child)
            if not found:
                yield InputError(raw, "directory holds no article files (*.txt, *.jsonl)")
        else:
            yield raw


def _default_published(article: Article, published: str | None) -> Article:
    # --published is a default: a header's own Published: line wins.
    if published and article.published is None:
        return attrs.evolve(article, published=_parse_date(published))
    return article


def read_inputs(paths: Iterable[str], *, published: str | None = None) -> Iterator[Article | InputError]:
    """Articles from files, directories (recursively: ``*.txt``, ``*.jsonl``) and ``-`` (stdin).

    ``.jsonl`` files (and stdin whose first character is ``{``) hold one
    article record per line. Unreadable inputs are yielded as
    :class:`InputError` so the caller can report them and go on.
    ``published`` (``YYYY-MM-DD``) is used for articles that have no date of
    their own: a JSONL record's ``published``/``date`` field and a text
    file's ``Published:`` header line take precedence.
    """
    for raw in _expand(paths):
        if isinstance(raw, InputError):
            yield raw
            continue
        if raw == "-":
            data = sys.stdin.buffer.read()
            if data.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"{":
                yield from _jsonl("<stdin>", data.splitlines(), published)
            else:
                try:
                    yield _default_published(Article.from_bytes(data, id="stdin"), published)
                except ArticleError as exc:
                    yield InputError("<stdin>", str(exc))
            continue
        path = Path(raw)
        if path.suffix.lower() == ".jsonl":
            try:
                with path.open("rb") as fh:
                    yield from _jsonl(raw, fh, published)
            except OSError as exc:
                yield InputError(raw, f"cannot read: {exc.strerror or exc}")
            continue
        try:
            yield _default_published(Article.from_file(path), published)
        except ArticleError as exc:
            # The message names the file already (by path or by file name).
            yield InputError(raw, str(exc).removeprefix(f"{path}: ").removeprefix(f"{path.name}: "))


def result_to_json(result: Result) -> dict[str, Any]:
    return result.to_dict()


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(result: Result, width: int = 100) -> str:
    """A readable plain-text view of one article's claims."""
    a = result.article
    head = f"== {a.id or '(article)'}"
    if a.published:
        head += f"  published {a.published.isoformat()}"
    lines = [head, f"   {len(result.claims)} claims"]
    for n, c in enumerate(result.claims, 1):
        who = c.speaker.name if c.speaker else "?"
        if c.mention is not None and (c.speaker is None or c.mention.text != c.speaker.name):
            who += f" ({_short(c.mention.text, 40)})"
        cue = c.cue.lemma if c.cue else "-"
        when = ""
        if c.date is not None:
            when = c.date.value.isoformat() if c.date.value else f"[{c.date.expression.text if c.date.expression else '?'}]"
        stance = "" if c.stance.value == "assert" else f" {c.stance.value.upper()}"
        flags = "".join(f" ({name})" for name, on in (("headline", c.headline), ("boilerplate", c.boilerplate)) if on)
        lines.append(f"{n:3}. {who} — {cue}{stance} [{c.kind.value}]{flags} {when}".rstrip())
        extras = [f"{k}: {_short(s.text, 50)}" for k, s in (("venue", c.venue), ("to", c.addressee), ("via", c.via)) if s]
        if extras:
            lines.append("     " + "; ".join(extras))
        lines.append("     " + _short(c.text, width - 5))
    for e in result.errors:
        lines.append(f"  ! plugin {e.plugin} failed in {e.hook}: {e.error}: {e.message}")
    return "\n".join(lines)


class Progress:
    """A one-line progress counter on stderr, shown only when stderr is a terminal."""

    def __init__(self, enabled: bool | None = None, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.count = 0
        self.failed = 0

    def step(self, ok: bool = True) -> None:
        self.count += 1
        self.failed += not ok
        if self.enabled and (self.count < 10 or self.count % 10 == 0):
            self.stream.write(f"\r{self.count} articles" + (f", {self.failed} failed" if self.failed else ""))
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.count:
            self.stream.write(f"\r{self.count} articles" + (f", {self.failed} failed" if self.failed else "") + "\n")
            self.stream.flush()


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return n or (os.cpu_count() or 1)


def add_jobs_argument(p: argparse.ArgumentParser) -> None:
    """The ``--jobs`` option of the commands that extract many articles."""
    p.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="extract in N worker processes (0: one per CPU); the output and its order do not change",
    )


def check_published(value: str | None) -> str | None:
    """The error message for a bad ``--published`` date, or None when it is fine."""
    if value:
        try:
            _parse_date(value)
        except ArticleError as exc:
            return f"attribution: --published: {exc}"
    return None


# The extractor of a worker process of a parallel run (see ExtractionRun).
_worker_extractor: Extractor | None = None


def _start_worker(make: Callable[[], Extractor]) -> None:
    global _worker_extractor
    _worker_extractor = make()


def _extract_in_worker(article: Article) -> tuple[str, Any]:
    """``(outcome, value)`` for one article, as the serial loop would see it."""
    assert _worker_extractor is not None
    return _attempt(_worker_extractor, article)


def _attempt(extractor: Extractor, article: Article) -> tuple[str, Any]:
    try:
        return "ok", extractor.extract(article)
    except PluginFailed as exc:
        return "aborted", str(exc)
    except Exception as exc:  # a bug must not cost the other inputs
        return "failed", f"internal error: {type(exc).__name__}: {exc}"


class ExtractionRun:
    """Extract every readable input in turn, as the ``extract`` and ``corpus`` commands do.

    Unreadable inputs, plugin failures and internal errors are reported on
    stderr and counted in :attr:`failures`, and the other inputs are still
    processed; a plugin failure in strict mode stops the run and sets
    :attr:`aborted`.

    With ``jobs`` above 1, articles are extracted in that many worker
    processes, each with its own extractor from ``make_extractor``; results
    still come in input order, and a few articles per worker are read ahead.
    """

    def __init__(
        self,
        extractor: Extractor,
        progress: Progress,
        jobs: int = 1,
        make_extractor: Callable[[], Extractor] | None = None,
    ) -> None:
        if jobs > 1 and make_extractor is None:
            raise ValueError("a parallel run needs make_extractor")
        self.extractor = extractor
        self.progress = progress
        self.jobs = jobs
        self.make_extractor = make_extractor
        self.failures = 0
        self.aborted = False

    def results(self, inputs: Iterable[Article | InputError]) -> Iterator[Result]:
        """One result per readable input, in order."""
        try:
            outcomes = self._parallel(inputs) if self.jobs > 1 else self._serial(inputs)
            for item, outcome, value in outcomes:
                if outcome == "ok":
                    self.progress.step()
                    for err in value.errors:
                        print(
                            f"attribution: {item.id}: plugin {err.plugin} failed ({err.error}: {err.message})",
                            file=sys.stderr,
                        )
                    yield value
                elif outcome == "aborted":
                    print(f"attribution: {item.id}: {value}", file=sys.stderr)
                    self.aborted = True
                    return
                elif outcome == "failed":
                    self._failed(f"{item.id}: {value}")
                else:  # unreadable
                    self._failed(str(item))
        finally:
            self.progress.close()

    def _serial(self, inputs: Iterable[Article | InputError]) -> Iterator[tuple[Any, str, Any]]:
        for item in inputs:
            if isinstance(item, InputError):
                yield item, "unreadable", None
            else:
                yield (item, *_attempt(self.extractor, item))

    def _parallel(self, inputs: Iterable[Article | InputError]) -> Iterator[tuple[Any, str, Any]]:
        ahead = 4 * self.jobs  # enough to keep the workers busy, few enough to bound memory
        pending: deque[tuple[Article | InputError, Future[tuple[str, Any]] | None]] = deque()
        items = iter(inputs)
        make = self.make_extractor
        assert make is not None  # (checked in __init__)
        with ProcessPoolExecutor(self.jobs, initializer=_start_worker, initargs=(make,)) as pool:
            try:
                while True:
                    while len(pending) < ahead and (item := next(items, None)) is not None:
                        work = None if isinstance(item, InputError) else pool.submit(_extract_in_worker, item)
                        pending.append((item, work))
                    if not pending:
                        return
                    item, work = pending.popleft()
                    if work is None:
                        yield item, "unreadable", None
                        continue
                    try:
                        outcome, value = work.result()
                    except Exception as exc:  # a worker that died (BrokenProcessPool), an unpicklable result
                        outcome, value = "failed", f"internal error: {type(exc).__name__}: {exc}"
                    yield item, outcome, value
            finally:
                # an aborted run (or a consumer that stopped reading) leaves work queued
                for _, work in pending:
                    if work is not None:
                        work.cancel()

    def _failed(self, message: str) -> None:
        self.failures += 1
        self.progress.step(ok=False)
        print(f"attribution: {message}", file=sys.stderr)

"""Unit tests for attribution._io: reading files, directories, JSONL and stdin; the table view; progress."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from attribution import Article, Claim, Cue, Kind, PluginError, Result, Span, Speaker, StatementDate
from attribution._io import InputError, Progress, format_table, read_inputs

TEXT = "“We will not back down,” said Jane Roe, the mayor."


def _read(*paths: str | Path, published: str | None = None) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], published=published))


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_text_file(write_file: Callable[..., Path]) -> None:
    (a,) = _read(write_file("a.txt", TEXT))
    assert isinstance(a, Article)
    assert (a.id, a.text, a.published) == ("a.txt", TEXT, None)


def test_published_is_a_default_that_headers_and_records_override(write_file: Callable[..., Path]) -> None:
    plain = write_file("plain.txt", TEXT)
    dated = write_file("dated.txt", "Published: 2020-05-06\n\n" + TEXT)
    records = write_file(
        "r.jsonl", json.dumps({"text": "a", "published": "2021-01-02"}) + "\n" + json.dumps({"text": "b"}) + "\n"
    )
    got = _read(plain, dated, records, published="2024-03-01")
    assert [a.published for a in got if isinstance(a, Article)] == [
        dt.date(2024, 3, 1),
        dt.date(2020, 5, 6),
        dt.date(2021, 1, 2),
        dt.date(2024, 3, 1),
    ]


def test_jsonl_records_and_line_numbers(write_file: Callable[..., Path]) -> None:
    lines = [
        json.dumps({"id": "one", "text": TEXT, "title": "T", "source": "S", "url": "u"}),
        "",
        "{not json",
        json.dumps({"text": "no id"}),
        json.dumps(["a list"]),
        json.dumps({"id": "bad-date", "text": "x", "published": "Tuesday"}),
        json.dumps({"id": "no-text"}),
    ]
    path = write_file("in.jsonl", "\n".join(lines) + "\n")
    got = _read(path)
    assert isinstance(got[0], Article) and got[0].id == "one" and got[0].title == "T"
    assert isinstance(got[2], Article) and got[2].id == "in.jsonl:4"
    errors = [g for g in got if isinstance(g, InputError)]
    assert [e.where for e in errors] == [f"{path}:3", f"{path}:5", f"{path}:6", f"{path}:7"]
    assert "invalid JSON" in errors[0].message
    assert "JSON object" in errors[1].message
    assert "bad date" in errors[2].message
    assert "'text'" in errors[3].message
    assert str(errors[0]).startswith(f"{path}:3: ")


def test_jsonl_bom_crlf_and_a_bad_byte_cost_one_line(write_file: Callable[..., Path]) -> None:
    good = json.dumps({"id": "g", "text": "Caf\u00e9 owner said no."}, ensure_ascii=False).encode()
    path = write_file("b.jsonl", b"\xef\xbb\xbf" + good + b"\r\n" + b'{"text": "\xff"}\r\n' + good + b"\r\n")
    got = _read(path)
    assert [type(g).__name__ for g in got] == ["Article", "InputError", "Article"]
    assert isinstance(got[1], InputError) and got[1].where.endswith(":2") and "UTF-8" in got[1].message


def test_unreadable_inputs_are_reported_and_the_rest_read(tmp_path: Path, write_file: Callable[..., Path]) -> None:
    ok = write_file("ok.txt", TEXT)
    bad_utf8 = write_file("sub/latin.txt", "Caf\xe9".encode("latin-1"))
    binary = write_file("junk.txt", b"\x00\x01\x02")
    got = _read(tmp_path / "missing.txt", bad_utf8, ok, binary, tmp_path / "missing.jsonl")
    assert [type(g).__name__ for g in got] == ["InputError", "InputError", "Article", "InputError", "InputError"]
    errors = [g for g in got if isinstance(g, InputError)]
    assert "cannot read" in errors[0].message and "No such file" in errors[0].message
    assert errors[1].where == str(bad_utf8)
    assert errors[1].message.startswith("not valid UTF-8")  # the file is named once, in `where`
    assert "binary" in errors[2].message
    assert "cannot read" in errors[3].message


def test_directories_are_walked_in_order_skipping_hidden_and_other_files(
    tmp_path: Path, write_file: Callable[..., Path]
) -> None:
    write_file("d/b.txt", TEXT)
    write_file("d/a.txt", TEXT)
    write_file("d/sub/c.jsonl", json.dumps({"id": "c", "text": TEXT}) + "\n")
    write_file("d/notes.md", TEXT)
    write_file("d/image.png", b"\x89PNG")
    write_file("d/.hidden.txt", TEXT)
    write_file("d/.git/HEAD", "ref: refs/heads/main\n")
    got = _read(tmp_path / "d")
    assert [g.id for g in got if isinstance(g, Article)] == ["a.txt", "b.txt", "notes.md", "c"]
    assert not [g for g in got if isinstance(g, InputError)]


def test_an_empty_directory_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (got,) = _read(tmp_path / "empty")
    assert isinstance(got, InputError) and "no article files" in got.message


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, ("\ufeff" + TEXT).encode())
    (a,) = _read("-", published="2024-03-01")
    assert isinstance(a, Article)
    assert (a.id, a.text, a.published) == ("stdin", TEXT, dt.date(2024, 3, 1))


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "\ufeff" + json.dumps({"id": "x", "text": TEXT}) + "\n" + "oops\n"
    _stdin(monkeypatch, data.encode())
    got = _read("-")
    assert isinstance(got[0], Article) and got[0].id == "x"
    assert isinstance(got[1], InputError) and got[1].where == "<stdin>:2"


def test_stdin_binary(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"\x00\xff\xfe")
    (e,) = _read("-")
    assert isinstance(e, InputError) and e.where == "<stdin>"


def _result() -> Result:
    a = Article.from_text(TEXT, id="a.txt", published="2024-03-01")
    claim = Claim(
        content=[Span.of(TEXT, 1, 23)],
        kind=Kind.DIRECT,
        speaker=Speaker("Jane Roe"),
        mention=Span.of(TEXT, 30, 38),
        cue=Cue(Span.of(TEXT, 25, 29), "say"),
        date=StatementDate(None, Span.of(TEXT, 30, 34)),
        venue=Span.of(TEXT, 40, 49),
    )
    return Result(a, (claim,), (PluginError("p", "attribution_extract", "ValueError", "boom"),))


def test_format_table() -> None:
    table = format_table(_result())
    assert table.splitlines()[0] == "== a.txt  published 2024-03-01"
    assert "1 claims" in table
    assert "Jane Roe — say [direct] [Jane]" in table
    assert "venue: the mayor" in table
    assert "We will not back down," in table
    assert "! plugin p failed in attribution_extract: ValueError: boom" in table
    assert format_table(Result(Article.from_text(""))).startswith("== (article)")


def test_format_table_marks_headline_and_boilerplate_claims() -> None:
    r = _result()
    flagged = Result(r.article, (attrs.evolve(r.claims[0], headline=True, boilerplate=True),))
    assert "[direct] (headline) (boilerplate)" in format_table(flagged)


def test_format_table_shortens_long_content() -> None:
    text = "x " * 500
    r = Result(Article.from_text(text), (Claim(content=[Span.of(text, 0, len(text))]),))
    assert max(len(line) for line in format_table(r, width=60).splitlines()) <= 60


def test_progress_only_when_enabled() -> None:
    stream = io.StringIO()
    p = Progress(enabled=True, stream=stream)
    for ok in (True, False, True):
        p.step(ok)
    p.close()
    assert stream.getvalue().endswith("\r3 articles, 1 failed\n")
    quiet = io.StringIO()
    q = Progress(stream=quiet)  # StringIO is not a terminal
    q.step()
    q.close()
    assert quiet.getvalue() == ""


def test_a_parallel_run_needs_a_way_to_make_extractors() -> None:
    from attribution import Extractor
    from attribution._io import ExtractionRun

    with pytest.raises(ValueError, match="make_extractor"):
        ExtractionRun(Extractor(), Progress(enabled=False), jobs=2)

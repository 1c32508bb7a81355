"""Tests for the ``attribution`` command line (cli.py and the extract subcommand)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from attribution import Claim, Kind, Span, hookimpl
from attribution.cli import build_parser, main

TEXT = "“We will not back down,” said Jane Roe, the mayor.\n\nTom Baker said on Monday that the bridge would reopen.\n"
CLAIM_KEYS = {"kind", "stance", "content", "speaker", "cue", "date", "venue", "addressee", "via", "confidence", "extractor"}

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def go(*argv: str | Path) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return go


def _check_contract(record: dict[str, object], text: str) -> None:
    assert {"id", "published", "claims", "errors"} <= set(record)
    for claim in record["claims"]:  # type: ignore[attr-defined]
        assert set(claim) >= CLAIM_KEYS
        for span in claim["content"]:
            assert text[span["start"] : span["end"]] == span["text"]
        if claim["speaker"] is not None:
            assert {"name", "type", "role", "mention"} <= set(claim["speaker"])
            mention = claim["speaker"]["mention"]
            if mention is not None:
                assert text[mention["start"] : mention["end"]] == mention["text"]
        if claim["cue"] is not None:
            assert {"start", "end", "text", "lemma"} <= set(claim["cue"])
            assert text[claim["cue"]["start"] : claim["cue"]["end"]] == claim["cue"]["text"]


def test_json_for_one_file(run: Run, write_file: Callable[..., Path]) -> None:
    path = write_file("story.txt", TEXT)
    code, out, err = run("extract", path, "--published", "2024-03-04")
    assert code == 0, err
    record = json.loads(out)
    assert record["id"] == "story.txt" and record["published"] == "2024-03-04"
    _check_contract(record, TEXT)


def test_json_is_a_list_for_several_articles_and_jsonl_one_per_line(
    run: Run, write_file: Callable[..., Path]
) -> None:
    a, b = write_file("a.txt", TEXT), write_file("b.txt", "No quotes here.")
    code, out, _ = run("extract", a, b)
    assert code == 0
    assert [r["id"] for r in json.loads(out)] == ["a.txt", "b.txt"]
    code, out, _ = run("extract", "--format", "jsonl", a, b)
    assert code == 0
    lines = out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a.txt", "b.txt"]
    _check_contract(json.loads(lines[0]), TEXT)


def test_table_format(run: Run, write_file: Callable[..., Path]) -> None:
    code, out, _ = run("extract", "--format", "table", write_file("a.txt", TEXT), "--published", "2024-03-04")
    assert code == 0
    assert out.startswith("== a.txt  published 2024-03-04\n")
    assert "claims" in out


def test_stdin(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    code, out, _ = run("extract", "-")
    assert code == 0
    assert json.loads(out)["id"] == "stdin"


def test_stdin_jsonl(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.dumps({"id": "r1", "text": TEXT, "published": "2024-03-04"}) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    code, out, _ = run("extract", "-", "--format", "jsonl")
    assert code == 0
    record = json.loads(out)
    assert (record["id"], record["published"]) == ("r1", "2024-03-04")
    _check_contract(record, TEXT)


def test_directory(run: Run, tmp_path: Path, write_file: Callable[..., Path]) -> None:
    write_file("dir/one.txt", TEXT)
    write_file("dir/more/two.jsonl", json.dumps({"id": "two", "text": TEXT}) + "\n")
    code, out, _ = run("extract", tmp_path / "dir")
    assert code == 0
    # Sorted paths: dir/more/two.jsonl comes before dir/one.txt.
    assert [r["id"] for r in json.loads(out)] == ["two", "one.txt"]


def test_bad_inputs_are_reported_and_the_others_processed(
    run: Run, tmp_path: Path, write_file: Callable[..., Path]
) -> None:
    good = write_file("good.txt", TEXT)
    jsonl = write_file("in.jsonl", json.dumps({"id": "ok", "text": TEXT}) + "\n{broken\n")
    latin = write_file("latin.txt", "Caf\xe9".encode("latin-1"))
    code, out, err = run("extract", "--format", "jsonl", tmp_path / "missing.txt", jsonl, latin, good)
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok", "good.txt"]
    assert "missing.txt: cannot read" in err
    assert f"{jsonl}:2: invalid JSON" in err
    assert f"{latin}: not valid UTF-8" in err


@pytest.mark.parametrize("date", ["2024-13-01", "yesterday", "2024-03-011"])
def test_bad_published_date(run: Run, write_file: Callable[..., Path], date: str) -> None:
    code, out, err = run("extract", write_file("a.txt", TEXT), "--published", date)
    assert code == 2
    assert out == ""
    assert "--published" in err and "YYYY-MM-DD" in err


def test_bad_date_in_a_jsonl_record_names_the_line(run: Run, write_file: Callable[..., Path]) -> None:
    path = write_file("d.jsonl", json.dumps({"text": TEXT}) + "\n" + json.dumps({"text": TEXT, "date": "soon"}) + "\n")
    code, out, err = run("extract", "--format", "jsonl", path)
    assert code == 1
    assert len(out.splitlines()) == 1
    assert f"{path}:2: bad date 'soon'" in err


def test_list_plugins_and_block(run: Run) -> None:
    code, out, _ = run("extract", "--list-plugins")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert "cues" in names
    code, out, _ = run("extract", "--list-plugins", "--block", "cues")
    assert "cues" not in [line.split()[0] for line in out.splitlines()]
    code, top, _ = run("--list-plugins")
    assert code == 0 and top.split()[0] == names[0]


def test_block_every_builtin_gives_no_claims(run: Run, write_file: Callable[..., Path]) -> None:
    argv: list[str | Path] = ["extract", write_file("a.txt", TEXT)]
    for name in ("quotes", "reported", "speakers", "dates", "cues", "corpus"):
        argv += ["--block", name]
    code, out, _ = run(*argv)
    assert code == 0
    assert json.loads(out)["claims"] == []


def test_missing_path_and_no_command(run: Run) -> None:
    code, _, err = run("extract")
    assert code == 2 and "PATH" in err
    code, _, err = run()
    assert code == 2 and "usage" in err


class _Broken:
    __name__ = "broken"

    @hookimpl
    def attribution_extract(self) -> list[Claim]:
        raise RuntimeError("kaput")


class _Garbled:
    __name__ = "garbled"

    @hookimpl
    def attribution_extract(self, article: object) -> list[Claim]:
        return [Claim(content=[Span(0, 3, "???")], kind=Kind.DIRECT)]


def test_plugin_errors_are_reported_strict_stops(
    run: Run, monkeypatch: pytest.MonkeyPatch, write_file: Callable[..., Path]
) -> None:
    import attribution._pipeline as pipeline

    real = pipeline.make_plugin_manager
    monkeypatch.setattr(
        pipeline, "make_plugin_manager", lambda plugins=(), **kw: real([*plugins, _Broken(), _Garbled()], **kw)
    )
    path = write_file("a.txt", TEXT)
    code, out, err = run("extract", path)
    assert code == 0  # the article was processed; plugin failures are in "errors"
    errors = json.loads(out)["errors"]
    assert {e["plugin"] for e in errors} == {"broken", "garbled"}
    assert "plugin broken failed (RuntimeError: kaput)" in err
    code, out, err = run("extract", "--strict", path)
    assert code == 1 and ("kaput" in err or "garbled" in err)


@pytest.fixture
def fragile_segment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Segmentation raises (as a bug would) on articles holding "BOOM"."""
    import attribution._pipeline as pipeline

    real = pipeline.segment

    def fragile(article: object) -> object:
        if "BOOM" in article.text:  # type: ignore[attr-defined]
            raise MemoryError("simulated")
        return real(article)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "segment", fragile)


@pytest.mark.usefixtures("fragile_segment")
def test_an_internal_error_costs_one_article(run: Run, write_file: Callable[..., Path]) -> None:
    code, out, err = run("extract", "--format", "jsonl", write_file("x.txt", "BOOM"), write_file("y.txt", TEXT))
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["y.txt"]
    assert "x.txt: internal error: MemoryError" in err


def test_parser_lists_the_extract_options() -> None:
    helptext = build_parser()._subparsers._group_actions[0].choices["extract"].format_help()  # type: ignore[union-attr]
    for option in ("--published", "--format", "--block", "--list-plugins", "--strict"):
        assert option in helptext


def test_console_entry_point_runs(write_file: Callable[..., Path]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "attribution", "extract", "--format", "jsonl", str(write_file("a.txt", TEXT))],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"] == "a.txt"


def test_progress_on_stderr_when_asked(run: Run, write_file: Callable[..., Path]) -> None:
    a, b = write_file("a.txt", TEXT), write_file("b.txt", TEXT)
    code, out, err = run("extract", "--progress", "--format", "jsonl", a, b, "missing.txt")
    assert code == 1
    assert len(out.splitlines()) == 2
    assert "\r3 articles, 1 failed\n" in err
    code, _, err = run("extract", "--no-progress", a)
    assert "articles" not in err


def test_nothing_readable_gives_an_empty_list_and_exit_1(run: Run, tmp_path: Path) -> None:
    code, out, err = run("extract", tmp_path / "nope.txt")
    assert code == 1
    assert json.loads(out) == []
    assert "nope.txt: cannot read" in err


def test_jobs_give_the_same_output_in_the_same_order(
    run: Run, tmp_path: Path, write_file: Callable[..., Path]
) -> None:
    texts = [TEXT, "Nothing was said here.", "“Fine,” she said.\n\nKim Lee said the plan was sound.", TEXT * 3]
    paths = [write_file(f"{i}.txt", t) for i, t in enumerate(texts * 3)]
    paths.insert(5, tmp_path / "missing.txt")  # an unreadable input keeps its place among the others
    serial = run("extract", "--format", "jsonl", *paths)
    parallel = run("extract", "--format", "jsonl", "--jobs", "2", *paths)
    assert serial[0] == parallel[0] == 1
    assert serial[1] == parallel[1]
    assert len(serial[1].splitlines()) == 12
    assert "missing.txt: cannot read" in parallel[2]


def test_jobs_must_be_a_count(run: Run, write_file: Callable[..., Path]) -> None:
    path = write_file("a.txt", TEXT)
    with pytest.raises(SystemExit):
        run("extract", "--jobs", "-1", path)
    with pytest.raises(SystemExit):
        run("extract", "--jobs", "two", path)
    assert build_parser().parse_args(["extract", "--jobs", "0", "x"]).jobs >= 1  # one per CPU


_FORKS = __import__("multiprocessing").get_start_method() == "fork"


@pytest.mark.skipif(not _FORKS, reason="the workers see the test's patches only when forked")
@pytest.mark.usefixtures("fragile_segment")
def test_jobs_keep_internal_errors_and_strict_stops(
    run: Run, monkeypatch: pytest.MonkeyPatch, write_file: Callable[..., Path]
) -> None:
    import attribution._pipeline as pipeline

    paths = [write_file("x.txt", "BOOM"), *(write_file(f"y{i}.txt", TEXT) for i in range(5))]
    code, out, err = run("extract", "--format", "jsonl", "--jobs", "2", *paths)
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [f"y{i}.txt" for i in range(5)]
    assert "x.txt: internal error: MemoryError" in err

    real_pm = pipeline.make_plugin_manager
    monkeypatch.setattr(pipeline, "make_plugin_manager", lambda plugins=(), **kw: real_pm([*plugins, _Broken()], **kw))
    code, out, err = run("extract", "--strict", "--format", "jsonl", "--jobs", "2", *paths[1:])
    assert code == 1 and "kaput" in err
    assert out == ""  # the first article already stops the run


def test_version_names_the_build(capsys: pytest.CaptureFixture[str]) -> None:
    import attribution

    with pytest.raises(SystemExit):
        main(["--version"])
    build = "compiled" if attribution.COMPILED else "pure Python"
    assert capsys.readouterr().out.strip() == f"attribution {attribution.__version__} ({build})"

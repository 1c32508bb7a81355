"""Tests for ``attribution corpus``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from attribution import Extractor, MergeDecision, hookimpl
from attribution.cli import main

A = """Title: Bridge talks
Published: 2024-03-01
Source: Daily Planet

“The bridge will open in May,” said Jane Roe, the mayor of Springfield.
“The council approved an unprecedented level of funding for the bridge project,” Roe said.
"""

B = """Published: 2024-03-02
Source: Springfield Star

“The council has approved an unprecedented level of funding for the bridge,” said Mayor Jane Roe.
“We are not there yet,” said Tom Baker, the transport minister.
"""


@pytest.fixture
def two(write_file: Callable[..., Path]) -> list[str]:
    return [str(write_file("a.txt", A)), str(write_file("b.txt", B))]


def test_json_has_speakers_statements_and_timeline(
    two: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["corpus", *two, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    roe = next(s for s in data["speakers"] if s["name"] == "Jane Roe")
    assert roe["article_count"] == 2 and roe["articles"] == ["a.txt", "b.txt"]
    assert roe["evidence"] and roe["evidence"][0]["rule"] == "corpus"
    (statement,) = data["statements"]
    assert statement["speaker"] == roe["id"]
    assert statement["outlets"] == ["Daily Planet", "Springfield Star"]
    mine = [e for e in data["timeline"] if e["speaker"] == roe["id"]]
    assert [e["date"] for e in mine] == sorted(e["date"] for e in mine)
    assert {e["date_basis"] for e in mine} <= {"statement", "published"}
    assert data["errors"] == []


def test_json_is_the_default(two: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", *two]) == 0
    assert "speakers" in json.loads(capsys.readouterr().out)


def test_table(two: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", *two, "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "== 2 articles" in out
    assert "-- speakers" in out and "-- statements reported more than once" in out and "-- timeline" in out
    assert "claims in 2 articles" in out
    assert "Daily Planet, Springfield Star" in out


def test_directory_and_jsonl_inputs(
    tmp_path: Path, write_file: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    write_file("dir/a.txt", A)
    rec = {"id": "j1", "text": "“We are ready,” said Jane Roe.", "published": "2024-03-05", "source": "Wire"}
    jsonl = write_file("more.jsonl", json.dumps(rec) + "\n")
    assert main(["corpus", str(tmp_path / "dir"), str(jsonl)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"] == 2
    roe = next(s for s in data["speakers"] if s["name"] == "Jane Roe")
    assert roe["articles"] == ["a.txt", "j1"]


def test_bad_input_is_reported_and_the_rest_merged(
    two: list[str], write_file: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    binary = write_file("x.txt", b"\x00\x01binary")
    bad_json = write_file("bad.jsonl", "{not json\n")
    code = main(["corpus", *two, str(binary), str(bad_json), str(Path(two[0]).parent / "missing.txt")])
    captured = capsys.readouterr()
    assert code == 1
    assert "x.txt" in captured.err and "bad.jsonl:1" in captured.err and "missing.txt" in captured.err
    assert json.loads(captured.out)["articles"] == 2


def test_bad_published_date(two: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", *two, "--published", "March"]) == 2
    assert "--published" in capsys.readouterr().err


def test_published_fills_missing_dates(
    write_file: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_file("plain.txt", "“We are ready,” said Jane Roe.\n")
    assert main(["corpus", str(path), "--published", "2024-04-01"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)["timeline"]
    assert (entry["date"], entry["date_basis"]) == ("2024-04-01", "published")


def test_progress_on_request(two: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", *two, "--progress"]) == 0
    assert "2 articles" in capsys.readouterr().err


class Broken:
    __name__ = "broken"

    @hookimpl
    def attribution_same_speaker(self, a: Any, b: Any) -> MergeDecision | None:
        raise RuntimeError("knowledge base offline")


def test_failing_merge_plugin(
    two: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def extractor(**kwargs: Any) -> Extractor:
        return Extractor(plugins=[Broken()], **kwargs)

    monkeypatch.setattr("attribution._cli_corpus.Extractor", extractor)
    assert main(["corpus", *two]) == 0
    captured = capsys.readouterr()
    assert "plugin broken failed (RuntimeError: knowledge base offline)" in captured.err
    assert json.loads(captured.out)["errors"][0]["plugin"] == "broken"
    assert main(["corpus", *two, "--strict"]) == 1
    assert "knowledge base offline" in capsys.readouterr().err


def test_help_lists_the_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["corpus", "--help"])
    assert "--format" in capsys.readouterr().out


def test_output_does_not_depend_on_hash_seed(two: list[str]) -> None:
    import os
    import subprocess
    import sys

    outs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-m", "attribution", "corpus", *two],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        outs.add(done.stdout)
    assert len(outs) == 1


def test_table_explains_merges_on_request(two: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", *two, "--format", "table", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "+ 'Jane Roe' from b.txt (corpus): " in out
    assert "given name 'jane'" in out
    assert main(["corpus", *two, "--format", "table"]) == 0
    assert "(corpus): " not in capsys.readouterr().out


def test_jobs_give_the_same_corpus(two: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", *two, *two]) == 0
    serial = capsys.readouterr().out
    assert main(["corpus", "--jobs", "2", *two, *two]) == 0
    assert capsys.readouterr().out == serial

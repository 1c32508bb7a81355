"""Tests for ``attribution evaluate``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution.cli import main

TEXT = "“The bridge will open in May,” said Mayor Ann Lee. Critics said the plan was rushed."


def span(piece: str) -> list[int]:
    start = TEXT.index(piece)
    return [start, start + len(piece)]


def quote(content: str, speaker: str, cue: str, kind: str) -> dict[str, object]:
    s, c = span(speaker), span(cue)
    return {
        "content_spans": [span(content)],
        "speaker_start": s[0],
        "speaker_end": s[1],
        "cue_start": c[0],
        "cue_end": c[1],
        "type": kind,
    }


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    rec = {
        "id": "d1",
        "date": "2024-05-07",
        "text": TEXT,
        "quotes": [
            quote("The bridge will open in May,", "Mayor Ann Lee", "said Mayor", "direct"),
            quote("the plan was rushed", "Critics", "said the", "indirect"),
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def predictions(tmp_path: Path) -> Path:
    s, e = span("The bridge will open in May")
    ms, me = span("Ann Lee")
    result = {
        "id": "d1",
        "claims": [
            {
                "kind": "direct",
                "content": [{"start": s, "end": e, "text": TEXT[s:e]}],
                "speaker": {"name": "Ann Lee", "mention": {"start": ms, "end": me, "text": TEXT[ms:me]}},
            },
            {"kind": "indirect", "content": [{"start": 0, "end": 1, "text": TEXT[0]}]},
        ],
    }
    path = tmp_path / "pred.json"
    path.write_text(json.dumps(result), encoding="utf-8")
    return path


def test_predictions_text(gold: Path, predictions: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(gold), "--predictions", str(predictions)]) == 0
    out = capsys.readouterr().out
    assert "1 documents, 2 gold claims, 2 predicted" in out
    line = next(x for x in out.splitlines() if x.startswith("attributed "))
    assert line.split()[1:4] == ["0.500", "0.500", "0.500"]


def test_predictions_json_kinds_and_errors(
    gold: Path, predictions: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "evaluate",
            str(gold),
            "--predictions",
            str(predictions),
            "--format",
            "json",
            "--kinds",
            "direct",
            "--errors",
            "3",
        ]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kinds"] == ["direct"]
    assert data["scores"]["content"]["f1"] == 1.0
    assert data["scores"]["attributed"]["correct"] == 1
    assert data["errors"] == []


def test_errors_listed(gold: Path, predictions: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(gold), "--predictions", str(predictions), "--errors", "2"]) == 0
    out = capsys.readouterr().out
    assert "- missed" in out and "⟦the plan was rushed⟧" in out
    assert "- false alarm" in out


def test_runs_the_extractor(gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(gold), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 1 and data["gold_claims"] == 2


def test_bad_kind_and_bad_gold(gold: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(gold), "--kinds", "quoted"]) == 2
    assert "unknown kind 'quoted'" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"foo": 1}\n', encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
    assert "unknown gold format" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path / "missing")]) == 2
    assert main(["evaluate", str(gold), "--errors", "-1"]) == 2


def test_help_documents_the_rule(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["evaluate", "--help"])
    out = capsys.readouterr().out
    assert "Jaccard" in out and "--predictions" in out


def test_jobs_give_the_same_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"id": f"d{i}", "date": "2024-05-07", "text": TEXT, "quotes": [quote("the plan was rushed", "Critics", "said the", "indirect")]}
        for i in range(6)
    ]
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main(["evaluate", str(path), "--format", "json"]) == 0
    serial = capsys.readouterr().out
    assert main(["evaluate", str(path), "--format", "json", "--jobs", "2"]) == 0
    assert capsys.readouterr().out == serial
    assert json.loads(serial)["documents"] == 6

"""Tests for the builtin ``dates`` plugin: the hook in the pipeline, overrides, CLI and readers."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from attribution import (
    Article,
    Claim,
    Cue,
    Extractor,
    Kind,
    Span,
    Speaker,
    SpeakerType,
    StatementDate,
    hookimpl,
    make_plugin_manager,
    plugin_names,
)
from attribution.cli import main as cli_main
from attribution.plugins import dates as dates_plugin

TEXT = "Kirby said on Thursday that the talks matter.\nHe added: We will see."
BLOCK = ("quotes", "reported", "speakers", "corpus")


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span.of(text, start, start + len(piece))


def _claims(text: str) -> tuple[Claim, ...]:
    return (
        Claim(
            content=(_span(text, "the talks matter"),),
            kind=Kind.INDIRECT,
            mention=_span(text, "Kirby"),
            cue=Cue(_span(text, "said"), "say"),
        ),
        Claim(
            content=(_span(text, "We will see"),),
            kind=Kind.COLON,
            mention=_span(text, "He"),
            cue=Cue(_span(text, "added"), "add"),
        ),
    )


class Replay:
    """A throwaway extractor returning fixed claims, so only the dates hook is under test."""

    __name__ = "replay"

    @hookimpl
    def attribution_extract(self, article: Article) -> tuple[Claim, ...]:
        return _claims(article.text)


def _extractor(*plugins: object) -> Extractor:
    pm = make_plugin_manager(plugins=[Replay(), *plugins], block=BLOCK, entrypoints=False)
    return Extractor(pm)


def test_dates_is_a_registered_builtin() -> None:
    assert "dates" in plugin_names(make_plugin_manager(entrypoints=False))


def test_pipeline_dates_claims_and_inherits() -> None:
    result = _extractor().extract(Article.from_text(TEXT, published="2022-07-15"))
    assert not result.errors
    first, second = result.claims
    assert first.date == StatementDate(dt.date(2022, 7, 14), _span(TEXT, "on Thursday"), "day", False)
    assert second.date == StatementDate(dt.date(2022, 7, 14), _span(TEXT, "on Thursday"), "day", True)
    assert result.to_dict()["claims"][1]["date"] == {
        "value": "2022-07-14",
        "expression": {"start": 11, "end": 22, "text": "on Thursday"},
        "granularity": "day",
        "inherited": True,
    }


def test_without_publication_date_expression_is_kept_unresolved() -> None:
    result = _extractor().extract(Article.from_text(TEXT))
    date = result.claims[0].date
    assert date is not None and date.value is None
    assert date.expression == _span(TEXT, "on Thursday")
    assert result.to_dict()["claims"][0]["date"]["value"] is None


def test_hook_called_directly() -> None:
    article = Article.from_text(TEXT, published="2022-07-15")
    claims = _claims(TEXT)
    date = dates_plugin.attribution_resolve_date(article, claims[0], claims, 0)
    assert date is not None and date.value == dt.date(2022, 7, 14)


class FixedDate:
    """A third-party plugin that overrides date resolution."""

    __name__ = "fixed-date"

    @hookimpl
    def attribution_resolve_date(self, claim: Claim) -> StatementDate:
        return StatementDate(dt.date(2000, 1, 1), granularity="day")


class Abstain:
    __name__ = "abstain"

    @hookimpl
    def attribution_resolve_date(self) -> None:
        return None


class Broken:
    __name__ = "broken"

    @hookimpl
    def attribution_resolve_date(self) -> StatementDate:
        raise RuntimeError("boom")


def test_third_party_plugin_overrides_date_resolution() -> None:
    result = _extractor(FixedDate()).extract(Article.from_text(TEXT, published="2022-07-15"))
    assert [c.date.value if c.date else None for c in result.claims] == [dt.date(2000, 1, 1)] * 2


def test_plugin_returning_none_falls_back_to_builtin() -> None:
    result = _extractor(Abstain()).extract(Article.from_text(TEXT, published="2022-07-15"))
    assert result.claims[0].date is not None and result.claims[0].date.value == dt.date(2022, 7, 14)


def test_failing_plugin_is_reported_and_builtin_still_dates() -> None:
    result = _extractor(Broken()).extract(Article.from_text(TEXT, published="2022-07-15"))
    assert {(e.plugin, e.hook) for e in result.errors} == {("broken", "attribution_resolve_date")}
    assert result.claims[0].date is not None and result.claims[0].date.value == dt.date(2022, 7, 14)


def test_blocking_dates_leaves_claims_undated() -> None:
    pm = make_plugin_manager(plugins=[Replay()], block=(*BLOCK, "dates"), entrypoints=False)
    result = Extractor(pm).extract(Article.from_text(TEXT, published="2022-07-15"))
    assert [c.date for c in result.claims] == [None, None]


def test_import_attribution_does_not_import_dateparser() -> None:
    code = "import sys, attribution, attribution.dates; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------------------
# Publication dates from the header block, JSONL and --published


HEADER = "Title: Talks\nPublished: 2022-07-15\nSource: Wire\nURL: https://example.org/a\n\n"


def test_header_block_is_read_and_removed() -> None:
    article = Article.from_bytes((HEADER + TEXT).encode(), id="a.txt")
    assert (article.title, article.source, article.url) == ("Talks", "Wire", "https://example.org/a")
    assert article.published == dt.date(2022, 7, 15)
    assert article.text == TEXT
    assert article.offset == len(HEADER)


def test_text_without_header_is_left_alone() -> None:
    text = "White House: Our option is diplomacy\n\nKirby said so."
    article = Article.from_bytes(text.encode())
    assert article.text == text and article.published is None


def _extract_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, Any]]:
    assert cli_main(["extract", "--format", "jsonl", *argv]) in (0, 1)
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_cli_published_is_a_default_header_wins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(HEADER + TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    out = _extract_cli(capsys, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--published", "2022-07-20")
    assert [(d["id"], d["published"], d["title"]) for d in out] == [
        ("a.txt", "2022-07-15", "Talks"),
        ("b.txt", "2022-07-20", None),
    ]


def test_cli_jsonl_published_per_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"id": "one", "text": TEXT, "published": "2022-07-15"},
        {"id": "two", "text": TEXT, "date": "2022-07-22"},
        {"id": "three", "text": TEXT},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = _extract_cli(capsys, str(path), "--published", "2022-07-20")
    assert [(d["id"], d["published"]) for d in out] == [
        ("one", "2022-07-15"),
        ("two", "2022-07-22"),
        ("three", "2022-07-20"),
    ]


def test_cli_rejects_bad_published(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["extract", "-", "--published", "15/07/2022"]) == 2
    assert "--published" in capsys.readouterr().err


def test_cli_dates_claims_from_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "“We are ready,” Jane Roe, the mayor, said on Thursday."
    (tmp_path / "c.txt").write_text(HEADER + text, encoding="utf-8")
    (out,) = _extract_cli(capsys, str(tmp_path / "c.txt"))
    dates = [c["date"] for c in out["claims"]]
    # Whatever the extractors find, a dated claim is dated from the header's publication date.
    for date in dates:
        if date is not None and date["expression"]:
            assert date["value"] == "2022-07-14"
            assert text[date["expression"]["start"] : date["expression"]["end"]] == date["expression"]["text"]


# ---------------------------------------------------------------------------
# Acceptance on the seed gold (claims rebuilt from gold, so the figures do not
# depend on the extractors); skipped without ../shared.

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds.gold.jsonl"


def _gold_span(text: str, rec: dict[str, Any] | None) -> Span | None:
    return Span.of(text, rec["start"], rec["end"]) if rec else None


@pytest.mark.skipif(not GOLD.exists(), reason="../shared/gold/seeds.gold.jsonl not present")
def test_seed_gold_dates() -> None:
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    published = {r["file"]: r.get("published") for r in records if r["type"] == "article"}
    pairs: list[tuple[str | None, str | None]] = []
    for name in sorted(published):
        text = (GOLD.parent.parent / "seeds" / name).read_text(encoding="utf-8")
        article = Article.from_text(text, id=name, published=published[name])
        built = []
        for r in (r for r in records if r["type"] == "claim" and r["file"] == name):
            cue = _gold_span(text, r.get("cue"))
            speaker = None
            if r.get("speaker"):
                types = {t.value: t for t in SpeakerType}
                speaker = Speaker(r["speaker"], types.get(r.get("speaker_type") or "", SpeakerType.UNKNOWN))
            claim = Claim(
                content=tuple(Span.of(text, c["start"], c["end"]) for c in r["content"]),
                speaker=speaker,
                mention=_gold_span(text, r.get("speaker_mention")),
                cue=Cue(cue, r.get("cue_lemma") or "") if cue else None,
                headline=bool(r.get("headline")),
                boilerplate=bool(r.get("boilerplate")),
            )
            built.append((claim, r.get("date")))
        built.sort(key=lambda cr: (cr[0].start, cr[0].end))
        claims = [c for c, _ in built]
        for i, (_, want) in enumerate(built):
            date = dates_plugin.attribution_resolve_date(article, claims[i], tuple(claims), i)
            if date is not None:
                claims[i] = attrs.evolve(claims[i], date=date)
            pairs.append((date.value.isoformat() if date and date.value else None, want))
    dated = [(got, want) for got, want in pairs if want]
    undated = [(got, want) for got, want in pairs if not want]
    exact = sum(got == want for got, want in dated) / len(dated)
    false = sum(got is not None for got, _ in undated) / len(undated)
    assert exact >= 0.90, f"{exact:.1%} of gold-dated claims got the gold date"
    assert false <= 0.05, f"{false:.1%} of gold-undated claims got a date"

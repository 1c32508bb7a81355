"""Tests for attribution.testing, the plugin author's helpers."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from attribution import Claim, Cue, CueVerb, Kind, Span, Speaker, Stance, hookimpl, plugin_names
from attribution._pipeline import PluginFailed
from attribution.testing import (
    assert_claim,
    assert_no_claim,
    describe_claim,
    make_article,
    make_manager,
    run,
    throwaway_plugin,
)

TEXT = "The council met on Monday. “We are ready,” said Jane Roe."


def _quote_plugin(confidence: float = 0.9) -> object:
    """A plugin that reports the first “…” quote with a fixed speaker mention."""

    def attribution_extract(article: object) -> Iterator[Claim]:
        text = article.text  # type: ignore[attr-defined]
        start = text.find("“")
        end = text.find("”", start)
        if start < 0 or end < 0:
            return
        said = text.find("said")
        yield Claim(
            content=[Span.of(text, start + 1, end)],
            kind=Kind.DIRECT,
            mention=Span.of(text, said + 5, said + 13),
            cue=Cue(Span.of(text, said, said + 4), "say"),
            confidence=confidence,
        )

    def attribution_resolve_speaker(claim: Claim) -> Speaker | None:
        return Speaker(name=claim.mention.text) if claim.mention else None

    return throwaway_plugin(
        "quoter",
        attribution_extract=attribution_extract,
        attribution_resolve_speaker=attribution_resolve_speaker,
    )


def test_make_article_dedents_and_passes_metadata() -> None:
    article = make_article(
        """
        First line.

          Indented second paragraph.
        """,
        published="2024-03-01",
        title="T",
    )
    assert article.text == "First line.\n\n  Indented second paragraph."
    assert article.published is not None and article.published.isoformat() == "2024-03-01"
    assert article.title == "T"


def test_make_article_without_dedent_keeps_text() -> None:
    assert make_article("\n  x\n", dedent=False).text == "\n  x\n"


def test_make_manager_registers_plugins_after_builtins() -> None:
    plugin = throwaway_plugin("mine", attribution_cue_verbs=lambda: ())
    names = plugin_names(make_manager(plugin))
    assert names[-1] == "mine"
    assert "cues" in names


def test_make_manager_without_builtins_and_blocking() -> None:
    plugin = throwaway_plugin("mine", attribution_cue_verbs=lambda: ())
    assert plugin_names(make_manager(plugin, builtins=False)) == ("mine",)
    assert "cues" not in plugin_names(make_manager(block=["cues"]))


def test_make_manager_skips_entrypoints_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An installed plugin, as importlib.metadata sees it: a module and a
    # dist-info directory with an entry point in the group "attribution".
    (tmp_path / "installed_plugin_for_tests.py").write_text(
        "from attribution import hookimpl\n\n@hookimpl\ndef attribution_cue_verbs():\n    return ()\n",
        encoding="utf-8",
    )
    dist_info = tmp_path / "installed_plugin_for_tests-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: installed-plugin-for-tests\nVersion: 1.0\n"
    )
    (dist_info / "entry_points.txt").write_text("[attribution]\ninstalled = installed_plugin_for_tests\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "installed_plugin_for_tests", raising=False)

    assert "installed" not in plugin_names(make_manager())
    assert "installed" in plugin_names(make_manager(entrypoints=True))


def test_run_uses_given_plugins_and_resolves_speaker() -> None:
    result = run(TEXT, _quote_plugin(), builtins=False, published="2024-03-01")
    claim = assert_claim(result, content_contains="ready", speaker="Jane Roe", kind="direct", cue="say")
    assert claim.extractor == "quoter"
    assert result.article.published is not None


def test_run_accepts_an_article() -> None:
    article = make_article(TEXT)
    assert run(article, _quote_plugin(), builtins=False).article is article
    with pytest.raises(TypeError):
        run(article, builtins=False, published="2024-03-01")


def test_run_is_strict_by_default() -> None:
    def broken() -> list[Claim]:
        raise RuntimeError("boom")

    plugin = throwaway_plugin("broken", attribution_extract=broken)
    with pytest.raises(PluginFailed, match="boom"):
        run(TEXT, plugin, builtins=False)
    result = run(TEXT, plugin, builtins=False, strict=False)
    assert [e.plugin for e in result.errors] == ["broken"]


def test_assert_claim_matches_cue_text_alias_and_stance() -> None:
    result = run(TEXT, _quote_plugin(), builtins=False)
    assert_claim(result, cue="said", stance=Stance.ASSERT, kind=Kind.DIRECT, mention="Jane Roe")
    assert_claim(result, extractor="quoter")


def test_assert_claim_failure_lists_claims_and_errors() -> None:
    def broken(article: object) -> list[Claim]:
        raise ValueError("bad pattern")

    result = run(
        TEXT,
        _quote_plugin(),
        throwaway_plugin("broken", attribution_extract=broken),
        builtins=False,
        strict=False,
    )
    with pytest.raises(AssertionError) as info:
        assert_claim(result, speaker="John Doe", kind=Kind.INDIRECT)
    message = str(info.value)
    assert "no claim with speaker='John Doe', kind='indirect' among 1 claims" in message
    assert "'We are ready,'" in message and "speaker='Jane Roe'" in message
    assert "error: plugin broken in attribution_extract: ValueError: bad pattern" in message


def test_assert_no_claim() -> None:
    result = run(TEXT, _quote_plugin(), builtins=False)
    assert_no_claim(result, speaker="John Doe")
    with pytest.raises(AssertionError, match="expected no claim with speaker='Jane Roe', found 1"):
        assert_no_claim(result, speaker="Jane Roe")
    with pytest.raises(AssertionError, match="any content"):
        assert_no_claim(result)


def test_throwaway_plugin_keeps_existing_hookimpl_options() -> None:
    @hookimpl(tryfirst=True)
    def attribution_cue_verbs() -> list[CueVerb]:
        return [CueVerb("opine", ("opine", "opined"))]

    plugin = throwaway_plugin(attribution_cue_verbs=attribution_cue_verbs)
    pm = make_manager(plugin, builtins=False)
    (impl,) = pm.hook.attribution_cue_verbs.get_hookimpls()
    assert impl.tryfirst


def test_throwaway_plugin_rejects_unknown_hooks() -> None:
    with pytest.raises(ValueError, match="unknown hook 'attribution_extact'"):
        throwaway_plugin(attribution_extact=lambda: ())


def test_two_throwaway_plugins_with_the_same_name_both_register() -> None:
    a = throwaway_plugin(attribution_cue_verbs=lambda: ())
    b = throwaway_plugin(attribution_cue_verbs=lambda: ())
    assert len(plugin_names(make_manager(a, b, builtins=False))) == 2


def test_describe_claim() -> None:
    text = "“No,” she said."
    claim = Claim(content=[Span.of(text, 1, 4)], speaker=Speaker("Jane Roe"), stance=Stance.DENY)
    assert describe_claim(claim) == (
        "direct 'No,' speaker='Jane Roe' mention=None cue=None stance=deny extractor="
    )

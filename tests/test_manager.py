"""Unit tests for attribution._manager: the plugin manager factory, blocking, entry points."""

from __future__ import annotations

import importlib.metadata
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path

import pluggy
import pytest

import attribution._manager as manager
from attribution import (
    BUILTIN_PLUGINS,
    Claim,
    Extractor,
    Kind,
    Span,
    Speaker,
    hookimpl,
    make_plugin_manager,
    plugin_names,
)

TEXT = "“We will not back down,” said Jane Roe, the mayor."


class Throwaway:
    """A plugin class defined in the test: one claim for the first quote."""

    @hookimpl
    def attribution_extract(self, article: object) -> Iterable[Claim]:
        text = article.text  # type: ignore[attr-defined]
        return [Claim(content=[Span.of(text, 1, text.index("”"))], kind=Kind.DIRECT, confidence=0.99)]


def _builtin_names() -> list[str]:
    return [name for name, module in BUILTIN_PLUGINS if manager._import_optional(module) is not None]


def test_builtins_are_registered_first_in_order() -> None:
    pm = make_plugin_manager([Throwaway()], entrypoints=False)
    names = plugin_names(pm)
    assert list(names[: len(_builtin_names())]) == _builtin_names()
    assert names[-1] == "Throwaway"
    assert "cues" in names


def test_a_throwaway_plugin_class_in_a_fresh_manager() -> None:
    pm = make_plugin_manager([Throwaway()], builtins=False, entrypoints=False)
    assert plugin_names(pm) == ("Throwaway",)
    (claim,) = Extractor(pm).extract(TEXT).claims
    assert claim.text == "We will not back down," and claim.extractor == "Throwaway"
    # Managers are independent: a second one does not see the plugin.
    assert "Throwaway" not in plugin_names(make_plugin_manager(entrypoints=False))


def test_plugins_are_named_after_module_or_class_and_duplicates_renamed() -> None:
    mod = types.ModuleType("my_plugin")
    pm = make_plugin_manager([mod, Throwaway(), Throwaway()], builtins=False, entrypoints=False)
    names = plugin_names(pm)
    assert names[:2] == ("my_plugin", "Throwaway")
    assert names[2].startswith("Throwaway-")


@pytest.mark.parametrize("blocked", [name for name, _ in BUILTIN_PLUGINS])
def test_block_a_builtin_by_name(blocked: str) -> None:
    pm = make_plugin_manager(block=[blocked], entrypoints=False)
    assert blocked not in plugin_names(pm)
    assert pm.is_blocked(blocked)


def test_block_an_extra_plugin_by_name() -> None:
    pm = make_plugin_manager([Throwaway()], block=["Throwaway"], builtins=False, entrypoints=False)
    assert plugin_names(pm) == ()


def test_missing_builtin_module_is_skipped_but_a_broken_one_raises(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(manager, "BUILTIN_PLUGINS", (("ghost", "attribution.plugins.no_such_module"),))
    assert plugin_names(manager.make_plugin_manager(entrypoints=False)) == ()
    # A builtin that exists but imports something missing is a real error.
    (tmp_path / "attribution_test_broken.py").write_text("import attribution_no_such_dependency\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(manager, "BUILTIN_PLUGINS", (("broken", "attribution_test_broken"),))
    with pytest.raises(ModuleNotFoundError, match="attribution_no_such_dependency"):
        manager.make_plugin_manager(entrypoints=False)


def test_unknown_hook_fails_check_pending() -> None:
    class Typo:
        @hookimpl
        def attribution_extrct(self) -> None:  # misspelt hook
            return None

    with pytest.raises(pluggy.PluginValidationError):
        make_plugin_manager([Typo()], builtins=False, entrypoints=False)


# --- a simulated entry-point plugin: nothing is installed --------------------------------------


class FakeDist:
    """Just enough of importlib.metadata.Distribution for pluggy."""

    def __init__(self, *entry_points: importlib.metadata.EntryPoint) -> None:
        self.entry_points = entry_points
        self.metadata = {"name": "attribution-fake-plugin", "version": "1.0"}

    @property
    def project_name(self) -> str:
        return self.metadata["name"]


@pytest.fixture
def fake_entry_point(monkeypatch: pytest.MonkeyPatch) -> Iterator[types.ModuleType]:
    module = types.ModuleType("attribution_fake_ep_plugin")

    @hookimpl
    def attribution_resolve_speaker(claim: Claim) -> Speaker:
        return Speaker("Entry Point Speaker")

    @hookimpl
    def attribution_extract(article: object) -> Iterable[Claim]:
        text = article.text  # type: ignore[attr-defined]
        return [Claim(content=[Span.of(text, 1, text.index("”"))], kind=Kind.DIRECT, confidence=0.99)]

    module.attribution_resolve_speaker = attribution_resolve_speaker  # type: ignore[attr-defined]
    module.attribution_extract = attribution_extract  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    ep = importlib.metadata.EntryPoint(name="fake", value=module.__name__, group="attribution")
    other = importlib.metadata.EntryPoint(name="unrelated", value="os", group="console_scripts")
    monkeypatch.setattr(importlib.metadata, "distributions", lambda: [FakeDist(ep, other)])
    yield module


def test_entry_point_plugin_is_loaded_after_the_builtins(fake_entry_point: types.ModuleType) -> None:
    pm = make_plugin_manager()
    names = plugin_names(pm)
    assert names[-1] == "fake"
    assert pm.get_plugin("fake") is fake_entry_point
    assert "unrelated" not in names
    # Registered last, its firstresult resolver is called first.
    result = Extractor(pm).extract(TEXT)
    assert result.errors == ()
    assert any(c.speaker == Speaker("Entry Point Speaker") for c in result.claims)


def test_entry_point_plugin_can_be_blocked_or_left_out(fake_entry_point: types.ModuleType) -> None:
    assert "fake" not in plugin_names(make_plugin_manager(block=["fake"]))
    assert "fake" not in plugin_names(make_plugin_manager(entrypoints=False))
    assert "fake" not in plugin_names(Extractor(block=["fake"]).pm)


def test_a_broken_entry_point_is_skipped_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    good = types.ModuleType("attribution_fake_good")

    @hookimpl
    def attribution_resolve_speaker() -> Speaker:
        return Speaker("Good")

    good.attribution_resolve_speaker = attribution_resolve_speaker  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, good.__name__, good)
    monkeypatch.setitem(sys.modules, "attribution_fake_missing", None)
    eps = (
        importlib.metadata.EntryPoint(name="broken", value="attribution_fake_missing", group="attribution"),
        importlib.metadata.EntryPoint(name="good", value=good.__name__, group="attribution"),
    )
    monkeypatch.setattr(importlib.metadata, "distributions", lambda: [FakeDist(*eps)])
    with pytest.warns(RuntimeWarning, match="'broken'.*could not be loaded"):
        pm = make_plugin_manager(builtins=False)
    assert plugin_names(pm) == ("good",)

"""The documentation cannot drift from the code.

* every hook in :mod:`attribution.hookspecs` is documented in docs/hooks.md
  with exactly its signature (as Datasette checks its plugin hooks);
* the CLI reference documents every subcommand, and the generator it uses
  covers every argument and option of :func:`attribution.cli.build_parser`;
* every public module is in the API reference and every public name has a
  docstring.

The Sphinx build itself (warnings as errors, doctests) runs in ``nox -s docs``.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

import attribution
from attribution import hookspecs
from attribution.cli import build_parser

DOCS = Path(__file__).resolve().parents[1] / "docs"

# mypyc drops the docstrings of the modules it compiles, and their functions
# are builtins rather than Python functions; the docs are built from the
# pure-Python source, so these checks are for that install only
source_only = pytest.mark.skipif(attribution.COMPILED, reason="the compiled build has no docstrings")

# ``.. autofunction:: attribution.hookspecs.NAME(SIGNATURE) -> RETURN`` in hooks.md.
_DOCUMENTED_HOOK = re.compile(r"^\.\. autofunction:: attribution\.hookspecs\.(\w+)(\(.*)$", re.M)


def _hookspecs() -> dict[str, object]:
    return {
        name: func
        for name, func in vars(hookspecs).items()
        if name.startswith("attribution_") and hasattr(func, "attribution_spec")
    }


def _documented_hooks() -> dict[str, str]:
    return dict(_DOCUMENTED_HOOK.findall((DOCS / "hooks.md").read_text(encoding="utf-8")))


def _signature(func: object) -> str:
    # Annotations are strings (``from __future__ import annotations``): show
    # them as written in the source, without the quotes.
    return str(inspect.signature(func)).replace("'", "")  # type: ignore[arg-type]


@pytest.mark.parametrize("name", sorted(_hookspecs()))
def test_hook_is_documented_with_its_signature(name: str) -> None:
    documented = _documented_hooks()
    assert name in documented, (
        f"hook {name} is not documented: add '.. autofunction:: attribution.hookspecs.{name}"
        f"{_signature(_hookspecs()[name])}' to docs/hooks.md"
    )
    assert documented[name].strip() == _signature(_hookspecs()[name]), (
        f"docs/hooks.md documents {name}{documented[name]} but the hookspec is {name}{_signature(_hookspecs()[name])}"
    )


def test_no_documented_hook_is_stale() -> None:
    assert set(_documented_hooks()) <= set(_hookspecs())


def test_hooks_are_in_pipeline_order_in_the_docs() -> None:
    text = (DOCS / "hooks.md").read_text(encoding="utf-8")
    order = [
        "attribution_cue_verbs",
        "attribution_extract",
        "attribution_resolve_speaker",
        "attribution_resolve_date",
    ]
    positions = [text.index(f"attribution.hookspecs.{name}(") for name in order]
    assert positions == sorted(positions)


# --------------------------------------------------------------------- CLI


@pytest.fixture(scope="module")
def clidoc() -> ModuleType:
    sys.path.insert(0, str(DOCS / "_ext"))
    try:
        return importlib.import_module("clidoc")
    finally:
        sys.path.remove(str(DOCS / "_ext"))


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_cli_page_has_a_section_for_every_subcommand() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert re.search(r"^```\{attribution-cli\}\s*$", text, re.M), "top-level reference missing"
    documented = set(re.findall(r"^```\{attribution-cli\} (\S+)\s*$", text, re.M))
    assert documented == set(_commands()), (
        f"docs/cli.md documents {sorted(documented)}, the parser has {sorted(_commands())}"
    )
    for name in _commands():
        assert f"## attribution {name}" in text


@pytest.mark.parametrize("command", [None, *sorted(_commands())])
def test_cli_reference_lists_every_option(clidoc: ModuleType, command: str | None) -> None:
    parser = build_parser() if command is None else _commands()[command]
    page = clidoc.cli_markdown(build_parser(), command)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name in action.choices:
                assert f"- `{name}`" in page
            continue
        entry = clidoc.option_names(action)
        assert f"```{{option}} {entry}\n" in page
        for option in action.option_strings:
            assert option in entry
        if action.help:
            assert action.help.split()[0] in page


def test_cli_reference_rejects_unknown_commands(clidoc: ModuleType) -> None:
    with pytest.raises(ValueError, match="no subcommand 'nope'"):
        clidoc.cli_markdown(build_parser(), "nope")


# ----------------------------------------------------------------- the API


def _public_modules() -> list[str]:
    names = ["attribution"]
    for info in pkgutil.walk_packages(attribution.__path__, "attribution."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return names


@pytest.mark.parametrize("module", _public_modules())
def test_public_module_is_in_the_api_reference(module: str) -> None:
    pages = (DOCS / "api.md").read_text(encoding="utf-8") + (DOCS / "hooks.md").read_text(encoding="utf-8")
    assert re.search(rf"^\.\. automodule:: {re.escape(module)}\s*$", pages, re.M), (
        f"{module} is public (no underscore) but not in docs/api.md; document it there "
        "or rename it with a leading underscore if it is private"
    )


@source_only
@pytest.mark.parametrize("module", _public_modules())
def test_public_module_has_a_docstring(module: str) -> None:
    assert (importlib.import_module(module).__doc__ or "").strip(), f"{module} has no module docstring"


def test_names_in_all_exist_and_are_unique() -> None:
    assert len(set(attribution.__all__)) == len(attribution.__all__)
    for name in attribution.__all__:
        assert hasattr(attribution, name), name


# Members that had no docstring when this test was written (in modules other
# issues own); remove an entry when it gets one. New public names need one.
KNOWN_UNDOCUMENTED = frozenset(
    [
        "ClaimRef.to_dict",
        "CorpusSpeaker.to_dict",
        "Cue.to_dict",
        "MergeEvidence.to_dict",
        "PluginError.to_dict",
        "Span.to_dict",
        "Speaker.to_dict",
        "StatementCluster.to_dict",
        "StatementDate.to_dict",
        "TimelineEntry.to_dict",
        "NameParts.has_given",
        "ErrorCase.to_dict",
        "GoldClaim.start",
        "GoldClaim.text",
        "GoldDocument.id",
        "Report.gold_claims",
        "Report.predicted_claims",
        "Report.to_dict",
        "Score.precision",
        "Score.recall",
        "Score.f1",
        "Score.to_dict",
        "Quote.start",
        "Quote.end",
        "Token.lower",
        "Token.cap",
    ]
)


def _public_objects() -> list[tuple[str, object]]:
    found: dict[str, object] = {}
    for modname in _public_modules():
        module = importlib.import_module(modname)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if not (inspect.isclass(obj) or inspect.isfunction(obj)):
                continue
            found.setdefault(f"{obj.__module__}.{obj.__qualname__}", obj)
            if inspect.isclass(obj):
                for member, value in vars(obj).items():
                    if member.startswith("_"):
                        continue
                    if isinstance(value, (classmethod, staticmethod)):
                        value = value.__func__
                    if inspect.isfunction(value) or isinstance(value, property):
                        found.setdefault(f"{obj.__module__}.{obj.__qualname__}.{member}", value)
    return sorted(found.items())


@source_only
def test_public_names_have_docstrings() -> None:
    missing = [
        qualname
        for qualname, obj in _public_objects()
        if not (obj.__doc__ or "").strip() and ".".join(qualname.split(".")[-2:]) not in KNOWN_UNDOCUMENTED
    ]
    assert not missing, f"public names without a docstring: {', '.join(missing)}"


@source_only
def test_public_data_in_all_is_documented() -> None:
    api = (DOCS / "api.md").read_text(encoding="utf-8")
    for name in attribution.__all__:
        obj = getattr(attribution, name)
        if not (inspect.isclass(obj) or inspect.isfunction(obj) or isinstance(obj, ModuleType)):
            assert f".. data:: {name}" in api, f"attribution.{name} is not described in docs/api.md"


# ------------------------------------------------------------ the site


def test_every_page_is_in_a_toctree() -> None:
    pages = {p.stem for p in DOCS.glob("*.md")}
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    trees = re.findall(r"```\{toctree\}\n(.*?)```", index, re.S)
    listed = {
        line.strip()
        for tree in trees
        for line in tree.splitlines()
        if line.strip() and not line.startswith(":")
    }
    assert pages - {"index"} == listed


def test_example_files_used_by_the_docs_exist() -> None:
    for page in DOCS.glob("*.md"):
        for target in re.findall(r"^```\{literalinclude\} (\S+)", page.read_text(encoding="utf-8"), re.M):
            assert (DOCS / target).is_file(), f"{page.name} includes missing {target}"

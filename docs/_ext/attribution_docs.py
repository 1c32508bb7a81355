"""Sphinx helpers for the attribution docs, kept small so the docs need no extra dependency.

* ``{attribution-cli} [COMMAND]``: the usage and options of ``attribution``
  (or of one subcommand), generated from :func:`attribution.cli.build_parser`
  so the CLI reference cannot drift from the code.
* ``{attribution-run}``: runs the Python code in its body at build time and
  shows the code followed by what it printed; an exception fails the build.
* A ``missing-reference`` handler that resolves bare or private names
  (``Article``, ``attribution._model.Claim``) to the public
  ``attribution.<name>`` they are documented under.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import textwrap
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parser's subcommands by name (``extract``, ``evaluate``...)."""
    return _subparsers(parser)


def _metavar(action: argparse.Action) -> str:
    if action.metavar is not None:
        return action.metavar if isinstance(action.metavar, str) else " ".join(action.metavar)
    if action.choices is not None:
        return "{" + ",".join(str(c) for c in action.choices) + "}"
    return action.dest.upper()


_OPTION_WORD = re.compile(r"(?<![\w`-])(--?[A-Za-z][\w-]*)")


def _help(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    text = action.help or ""
    if "%" in text:
        params = {**vars(action), "prog": parser.prog}
        params = {k: (v.__name__ if hasattr(v, "__name__") else v) for k, v in params.items()}
        text = text % params
    # Option names in help texts become code, outside existing `code` parts,
    # so Markdown does not turn "--block" into a dash.
    pieces = text.split("`")
    pieces[::2] = [_OPTION_WORD.sub(r"`\1`", p) for p in pieces[::2]]
    return "`".join(pieces)


def option_names(action: argparse.Action) -> str:
    """How an option is written in the reference: ``--format {json,jsonl,table}``, ``PATH``."""
    if not action.option_strings:
        return _metavar(action)
    if action.nargs == 0:
        return ", ".join(action.option_strings)
    meta = _metavar(action)
    return ", ".join(f"{o} {meta}" for o in action.option_strings)


def cli_markdown(parser: argparse.ArgumentParser, command: str | None = None) -> str:
    """MyST Markdown for one (sub)command: usage, then each argument and option.

    Every argument gets a Sphinx ``option`` entry, so pages can link to
    ``{option}`attribution extract --format```.
    """
    if command is not None:
        subs = commands(parser)
        if command not in subs:
            raise ValueError(f"no subcommand {command!r}; there are: {', '.join(subs) or 'none'}")
        parser = subs[command]
    program = parser.prog
    out = [f"```{{program}} {program}", "```", "", "```text", parser.format_usage().strip(), "```", ""]
    if parser.description and command is not None:
        out += [parser.description[0].upper() + parser.description[1:] + ".", ""]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        body = _help(parser, action)
        default = action.default
        if (
            action.option_strings
            and action.nargs != 0
            and default not in (None, False, [], argparse.SUPPRESS)
        ):
            body += f"\n\nDefault: `{default}`."
        if action.required and action.option_strings:
            body += "\n\nRequired."
        out += [f"```{{option}} {option_names(action)}", body, "```", ""]
    if parser.epilog:
        out += ["```text", parser.epilog.strip(), "```", ""]
    subs = commands(parser)
    if subs:
        out += ["Subcommands:", ""]
        out += [f"- `{name}`: {sub.description or ''}" for name, sub in subs.items()]
        out.append("")
    return "\n".join(out)


class CliDirective(SphinxDirective):
    """``{attribution-cli} [COMMAND]``: the generated reference of a command."""

    optional_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        from attribution.cli import build_parser

        command = self.arguments[0] if self.arguments else None
        try:
            text = cli_markdown(build_parser(), command)
        except ValueError as exc:
            raise self.error(str(exc)) from exc
        container = nodes.container()
        # In a MyST page the nested content is parsed as Markdown.
        self.state.nested_parse(
            StringList(text.splitlines(), source=f"<attribution-cli {command or ''}>"),
            self.content_offset,
            container,
        )
        return list(container.children)


class RunDirective(SphinxDirective):
    """``{attribution-run}``: show code and the output it prints when the docs are built."""

    has_content = True
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "output": directives.unchanged,
        "hide-code": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        code = textwrap.dedent("\n".join(self.content))
        buffer = io.StringIO()
        # DOCS: the documentation source directory (example files live there).
        namespace: dict[str, Any] = {"__name__": "__docs__", "DOCS": Path(self.env.srcdir)}
        try:
            with contextlib.redirect_stdout(buffer):
                exec(compile(code, f"<{self.env.docname}:{self.lineno}>", "exec"), namespace)
        except Exception:
            raise self.error(f"example raised:\n{traceback.format_exc()}") from None
        shown: list[nodes.Node] = []
        if "hide-code" not in self.options:
            block = nodes.literal_block(code, code, language="python")
            shown.append(block)
        output = buffer.getvalue().rstrip("\n") or "(no output)"
        result = nodes.literal_block(output, output, language=self.options.get("output", "text"))
        result["classes"].append("attribution-output")
        shown.append(result)
        return shown


def _candidates(target: str) -> list[str]:
    """Public names a short or private reference may mean, best first."""
    import attribution
    from attribution import hookspecs

    parts = target.split(".")
    if parts[0] == "attribution" and len(parts) > 2 and parts[1].startswith("_"):
        parts = ["attribution", *parts[2:]]  # attribution._model.Claim -> attribution.Claim
    if parts[0] != "attribution":
        parts = ["attribution", *parts]  # Result.errors -> attribution.Result.errors
    out = []
    if parts[1] in attribution.__all__:
        out.append(".".join(parts))
    name = parts[-1]
    if name.startswith("attribution_") and hasattr(hookspecs, name):
        out.append(f"attribution.hookspecs.{name}")
    return [c for c in out if c != target]


def _resolve_public(app: Sphinx, env: Any, node: Any, contnode: Any) -> Any:
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    if target.startswith(("~", ".")):
        return None
    domain = env.get_domain("py")
    for candidate in _candidates(target):
        for typ in dict.fromkeys((node["reftype"], "class", "func", "meth", "attr", "data", "obj")):
            ref = domain.resolve_xref(env, node["refdoc"], app.builder, typ, candidate, node, contnode)
            if ref is not None:
                return ref
    # A short name used inside a class re-exported elsewhere (``name_parts``
    # in ``attribution.CorpusSpeaker``): accept it when it names exactly one
    # documented object.
    matches = domain.find_obj(env, None, None, target, None, 1)
    if len(matches) == 1:
        full = matches[0][0]
        return domain.resolve_xref(env, node["refdoc"], app.builder, "obj", full, node, contnode)
    return None


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("attribution-cli", CliDirective)
    app.add_directive("attribution-run", RunDirective)
    app.connect("missing-reference", _resolve_public)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}

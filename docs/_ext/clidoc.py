"""The CLI reference as MyST Markdown, generated from an argparse parser.

Pure Python (no Sphinx import), so the test suite can check it without the
docs dependencies; the ``{attribution-cli}`` directive in
``attribution_docs`` renders its output.
"""

from __future__ import annotations

import argparse
import re


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

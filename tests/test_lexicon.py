"""Unit tests for attribution.lexicon: inflection, the default cue verbs, Lexicon lookups."""

from __future__ import annotations

import pytest
import regex

from attribution import CueVerb, Lexicon, Stance
from attribution import lexicon as lx


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("say", ("say", "says", "said", "saying")),
        ("tell", ("tell", "tells", "told", "telling")),
        ("deny", ("deny", "denies", "denied", "denying")),
        ("note", ("note", "notes", "noted", "noting")),
        ("stress", ("stress", "stresses", "stressed", "stressing")),
        ("stay", ("stay", "stays", "stayed", "staying")),
        ("warn", ("warn", "warns", "warned", "warning")),
        ("point out", ("point out", "points out", "pointed out", "pointing out")),
    ],
)
def test_inflect(lemma: str, forms: tuple[str, ...]) -> None:
    assert lx.inflect(lemma) == forms


def test_default_cue_verbs() -> None:
    by_lemma = {c.lemma: c for c in lx.CUE_VERBS}
    assert by_lemma["say"].stance is Stance.ASSERT
    assert by_lemma["deny"].stance is Stance.DENY
    assert by_lemma["reject"].stance is Stance.DENY
    assert by_lemma["refuse"].stance is Stance.REFUSE
    assert {"claim", "add", "warn", "insist", "announce", "note", "tell"} <= set(by_lemma)
    assert len(by_lemma) == len(lx.CUE_VERBS)  # one entry per lemma
    for entry in lx.CUE_VERBS:
        # "state" leaves out its base form, which is nearly always the noun
        assert isinstance(entry.forms, tuple) and (entry.lemma in entry.forms or entry.lemma == "state")
        assert all(f == f.strip() and "_" not in f for f in entry.forms)


def test_word_lists_are_frozen_sets_of_words() -> None:
    for name in ("HONORIFICS", "ROLE_NOUNS", "ORGANIZATION_HEADS", "DOCUMENT_HEADS", "ANONYMOUS_HEADS", "MEDIA_NAMES"):
        words = getattr(lx, name)
        assert isinstance(words, frozenset) and words, name
        assert all(isinstance(w, str) and w and not w.isspace() and " " not in w for w in words), name
    assert lx.PRONOUNS["she"] == "female"
    with pytest.raises(TypeError):
        lx.PRONOUNS["x"] = "y"  # type: ignore[index]


def test_lexicon_lookup_is_case_insensitive() -> None:
    lex = Lexicon.build(lx.CUE_VERBS)
    entry = lex.lookup("SAID")
    assert entry is not None and entry.lemma == "say"
    assert "Denied" in lex and "banana" not in lex and 5 not in lex
    assert lex.lookup("banana") is None


def test_a_later_entry_for_a_form_wins() -> None:
    lex = Lexicon.build([*lx.CUE_VERBS, CueVerb("deny", ("denied",), Stance.NOT_CONFIRM)])
    assert lex.lookup("denied").stance is Stance.NOT_CONFIRM  # type: ignore[union-attr]
    assert lex.lookup("denies").stance is Stance.DENY  # type: ignore[union-attr]
    assert Lexicon.build([]).lookup("said") is None


def test_alternation_matches_whole_forms_longest_first() -> None:
    lex = Lexicon.build([CueVerb("say", ("say", "said")), CueVerb("point out", ("point out", "pointed out"))])
    alt = lex.alternation()
    pattern = regex.compile(rf"\b(?:{alt})\b", regex.IGNORECASE)
    assert pattern.search("She Pointed   out that").group() == "Pointed   out"  # type: ignore[union-attr]
    assert pattern.search("he said.").group() == "said"  # type: ignore[union-attr]
    assert pattern.search("he saidx") is None
    assert alt.index("pointed") < alt.index("said")


def test_alternation_escapes_odd_forms() -> None:
    lex = Lexicon.build([CueVerb("odd", ("a.b", "c+d", "(x)"))])
    pattern = regex.compile(lex.alternation())
    assert pattern.fullmatch("a.b") and pattern.fullmatch("c+d") and pattern.fullmatch("(x)")
    assert not pattern.fullmatch("axb")

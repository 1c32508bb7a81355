"""Unit tests for attribution._pipeline: merging, plugin isolation, validation, strict mode."""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import pluggy
import pytest

from attribution import (
    Article,
    Claim,
    Cue,
    CueVerb,
    Extractor,
    Kind,
    PluginFailed,
    Span,
    Speaker,
    SpeakerType,
    Stance,
    StatementDate,
    hookimpl,
    make_plugin_manager,
    merge_claims,
)

TEXT = "“We will not back down,” said Jane Roe, the mayor. Tom Baker said on Monday that the bridge would reopen."
Q_START, Q_END = 1, TEXT.index("”")
SAID = TEXT.index("said")
ROE = TEXT.index("Jane Roe")
BAKER = TEXT.index("Tom Baker")
THAT = TEXT.index("the bridge")


def quote_claim(confidence: float = 0.9, extractor: str = "", **kwargs: Any) -> Claim:
    kwargs.setdefault("kind", Kind.DIRECT)
    return Claim(
        content=[Span.of(TEXT, Q_START, Q_END)],
        cue=Cue(Span.of(TEXT, SAID, SAID + 4), "say"),
        mention=Span.of(TEXT, ROE, ROE + 8),
        confidence=confidence,
        extractor=extractor,
        **kwargs,
    )


def reported_claim(confidence: float = 0.7, extractor: str = "") -> Claim:
    said = TEXT.index("said", BAKER)
    return Claim(
        content=[Span.of(TEXT, THAT, len(TEXT) - 1)],
        kind=Kind.INDIRECT,
        cue=Cue(Span.of(TEXT, said, said + 4), "say"),
        mention=Span.of(TEXT, BAKER, BAKER + 9),
        confidence=confidence,
        extractor=extractor,
    )


class Found:
    """A plugin that returns fixed claims."""

    def __init__(self, *claims: Any, name: str = "found") -> None:
        self.claims = claims
        self.__name__ = name

    @hookimpl
    def attribution_extract(self, article: Article) -> Iterable[Claim]:
        return self.claims


class Raises:
    """A plugin whose hooks all raise."""

    __name__ = "raises"

    @hookimpl
    def attribution_extract(self) -> Iterable[Claim]:
        raise RuntimeError("extract broke")

    @hookimpl
    def attribution_resolve_speaker(self, claim: Claim) -> Speaker | None:
        raise KeyError("speaker broke")

    @hookimpl
    def attribution_resolve_date(self) -> StatementDate | None:
        raise ValueError("date broke")

    @hookimpl
    def attribution_cue_verbs(self) -> Iterable[CueVerb]:
        raise RuntimeError("cues broke")


class Resolver:
    """Names every speaker after its mention; dates every claim."""

    __name__ = "resolver"

    @hookimpl
    def attribution_resolve_speaker(self, claim: Claim, claims: tuple[Claim, ...], index: int) -> Speaker | None:
        assert claims[index] == claim
        return Speaker(claim.mention.text, SpeakerType.PERSON) if claim.mention else None

    @hookimpl
    def attribution_resolve_date(self, article: Article) -> StatementDate | None:
        return StatementDate(article.published) if article.published else None


def extractor(*plugins: object, strict: bool = False, **kwargs: Any) -> Extractor:
    pm = make_plugin_manager(plugins, builtins=False, entrypoints=False)
    return Extractor(pm, strict=strict, **kwargs)


# --- merge_claims -------------------------------------------------------------------------------


def test_merge_keeps_disjoint_claims_in_text_order() -> None:
    a, b = quote_claim(), reported_claim()
    assert merge_claims([b, a]) == (a, b)
    assert merge_claims([]) == ()


def test_merge_same_statement_keeps_the_more_confident_and_fills_its_empty_fields() -> None:
    strong = attrs.evolve(quote_claim(0.9, "a"), mention=None)
    weak = attrs.evolve(quote_claim(0.5, "b"), venue=Span.of(TEXT, 0, 1))
    (merged,) = merge_claims([weak, strong])
    assert merged.extractor == "a"
    assert merged.mention == weak.mention  # filled from the weaker claim
    assert merged.venue == weak.venue


def test_merge_keeps_an_outer_attribution_taken_after_its_nested_one() -> None:
    text = "Jane Roe fears he warns “the plan will fail.”"
    inner = Claim(
        content=[Span.of(text, text.index("the plan"), len(text) - 2)],
        kind=Kind.DIRECT,
        cue=Cue(Span.of(text, 18, 23), "warn"),
        confidence=0.9,
        extractor="q",
    )
    outer = Claim(
        content=[Span.of(text, 15, len(text))],
        kind=Kind.MIXED,
        cue=Cue(Span.of(text, 9, 14), "fear"),
        confidence=0.6,
        extractor="r",
    )
    assert merge_claims([inner, outer]) == (outer, inner)
    # under said, the nested claim is folded into the outer one
    said = attrs.evolve(outer, cue=Cue(Span.of(text, 9, 14), "say"))
    assert merge_claims([inner, said]) == (said,)


def test_merge_is_independent_of_input_order() -> None:
    # Same statement from several plugins with equal priority, plus disjoint
    # and partly overlapping claims: every order must give the same result.
    claims = [
        quote_claim(0.9, "a"),
        quote_claim(0.9, "b", stance=Stance.DENY),
        quote_claim(0.9, "a", stance=Stance.REFUSE),
        quote_claim(0.9, "a", kind=Kind.MIXED),
        attrs.evolve(quote_claim(0.9, "a"), mention=None, speaker=Speaker("Jane Roe")),
        attrs.evolve(quote_claim(0.9, "a"), cue=None),
        quote_claim(0.6, "c"),
        reported_claim(0.7, "r"),
        reported_claim(0.7, "s"),
        Claim(content=[Span.of(TEXT, THAT, THAT + 10)], kind=Kind.INDIRECT, confidence=0.7, extractor="r"),
        Claim(content=[Span.of(TEXT, 0, 5), Span.of(TEXT, 40, 45)], kind=Kind.MIXED, confidence=0.9, extractor="z"),
    ]
    expected = merge_claims(claims)
    rng = random.Random(7)
    for _ in range(50):
        shuffled = claims[:]
        rng.shuffle(shuffled)
        got = merge_claims(shuffled)
        assert [c.to_dict() for c in got] == [c.to_dict() for c in expected]


def test_merge_ignores_empty_spans_and_odd_content() -> None:
    empty = Claim(content=[Span.of(TEXT, 3, 3)], confidence=1.0, extractor="e")
    unsorted = Claim(content=[Span.of(TEXT, 50, 60), Span.of(TEXT, 0, 30)], confidence=0.95, extractor="u")
    out = merge_claims([quote_claim(extractor="q"), empty, unsorted])
    # The empty claim covers no character, so it swallows nothing; the quote
    # overlaps the second span of "u" and is merged into it.
    assert sorted(c.extractor for c in out) == ["e", "u"]
    (u,) = (c for c in out if c.extractor == "u")
    assert u.content == unsorted.content and u.mention == quote_claim().mention
    for claim in out:
        for s in claim.content:
            assert TEXT[s.start : s.end] == s.text


# --- Extractor: running plugins -----------------------------------------------------------------


def test_extractor_runs_a_throwaway_plugin_in_a_fresh_manager() -> None:
    ex = extractor(Found(quote_claim()), Resolver())
    result = ex.extract(Article.from_text(TEXT, published="2024-03-04"))
    (claim,) = result.claims
    assert claim.extractor == "found"  # set to the plugin name when empty
    assert claim.speaker == Speaker("Jane Roe", SpeakerType.PERSON)
    assert claim.date is not None and claim.date.value is not None and claim.date.value.isoformat() == "2024-03-04"
    assert result.errors == ()
    assert {"segment", "merge", "extract:found"} <= set(ex.timings)


def test_extract_accepts_a_string_and_many_articles() -> None:
    ex = extractor(Found(quote_claim()))
    assert ex.extract(TEXT).article.text == TEXT
    assert len(list(ex.extract_many([TEXT, Article.from_text(TEXT)]))) == 2


def test_no_plugins_no_claims() -> None:
    assert extractor().extract("“Yes,” she said.").claims == ()


def test_a_raising_extractor_loses_nothing_else() -> None:
    # Raises is registered last, so its resolvers are called first.
    result = extractor(Found(quote_claim()), Resolver(), Raises()).extract(TEXT)
    assert len(result.claims) == 1
    assert result.claims[0].speaker is not None  # the resolver behind the failing one still ran
    failed = {(e.plugin, e.hook, e.error) for e in result.errors}
    assert ("raises", "attribution_extract", "RuntimeError") in failed
    assert ("raises", "attribution_resolve_speaker", "KeyError") in failed
    assert ("raises", "attribution_resolve_date", "ValueError") in failed
    assert any("extract broke" in e.message for e in result.errors)


def test_a_raising_cue_verbs_plugin_is_reported() -> None:
    class Cues:
        __name__ = "cues-ok"

        @hookimpl
        def attribution_cue_verbs(self) -> Iterable[CueVerb]:
            return [CueVerb("opine", ("opine", "opined"))]

    ex = extractor(Cues(), Raises(), Found(quote_claim()))
    assert ex.lexicon.lookup("opined") is not None
    result = ex.extract(TEXT)
    assert len(result.claims) == 1
    assert [(e.plugin, e.hook) for e in result.errors if e.hook == "attribution_cue_verbs"] == [
        ("raises", "attribution_cue_verbs")
    ]


@pytest.mark.parametrize("hook", ["attribution_extract", "attribution_resolve_speaker", "attribution_cue_verbs"])
def test_strict_mode_raises(hook: str) -> None:
    class One:
        __name__ = "one"

    setattr(One, hook, hookimpl(getattr(Raises, hook)))
    ex = extractor(Found(quote_claim()), One(), strict=True)
    with pytest.raises(PluginFailed) as info:
        ex.extract(TEXT)
    assert info.value.error.plugin == "one"
    assert info.value.error.hook == hook


class Garbage:
    __name__ = "garbage"

    def __init__(self, value: Any) -> None:
        self.value = value

    @hookimpl
    def attribution_extract(self) -> Any:
        return self.value


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (42, "TypeError"),  # not iterable
        (["a claim"], "InvalidClaim"),
        ([None], "InvalidClaim"),
        ([Claim(content=())], "InvalidClaim"),
        ([Claim(content=[Span(0, 5, "wrong")])], "InvalidClaim"),
        ([Claim(content=[Span(0, 10_000, "")])], "InvalidClaim"),
        ([attrs.evolve(quote_claim(), mention=Span(1, 2, "zz"))], "InvalidClaim"),
        ([attrs.evolve(quote_claim(), cue=Cue(Span(1, 2, "zz"), "say"))], "InvalidClaim"),
        ([attrs.evolve(quote_claim(), date=StatementDate(None, Span(0, 3, "no")))], "InvalidClaim"),
        ([attrs.evolve(quote_claim(), speaker="Jane Roe")], "InvalidClaim"),
        ([attrs.evolve(quote_claim(), kind="direct")], "InvalidClaim"),
        ([attrs.evolve(quote_claim(), content=["We will"])], "InvalidClaim"),
        ([attrs.evolve(quote_claim(), date="Monday")], "InvalidClaim"),
        ([attrs.evolve(quote_claim(), confidence="high")], "InvalidClaim"),
    ],
)
def test_garbage_from_a_plugin_is_reported_not_kept(value: Any, error: str) -> None:
    result = extractor(Garbage(value), Found(reported_claim())).extract(TEXT)
    assert [c.extractor for c in result.claims] == ["found"]
    assert [(e.plugin, e.error) for e in result.errors] == [("garbage", error)]
    result.to_dict()  # the result stays serialisable


def test_a_generator_that_raises_midway_is_reported() -> None:
    def gen() -> Iterator[Claim]:
        yield quote_claim()
        raise RuntimeError("half way")

    result = extractor(Garbage(gen()), Found(reported_claim())).extract(TEXT)
    assert [c.extractor for c in result.claims] == ["found"]
    assert result.errors[0].message == "half way"


def test_garbage_from_a_resolver_is_reported_and_the_next_resolver_used() -> None:
    class BadResolver:
        __name__ = "bad-resolver"

        @hookimpl
        def attribution_resolve_speaker(self) -> Any:
            return "Jane Roe"

        @hookimpl
        def attribution_resolve_date(self) -> Any:
            return StatementDate(None, Span(0, 4, "nope"))

    # Registered later, so called first.
    result = extractor(Found(quote_claim()), Resolver(), BadResolver()).extract(
        Article.from_text(TEXT, published="2024-03-04")
    )
    (claim,) = result.claims
    assert claim.speaker == Speaker("Jane Roe", SpeakerType.PERSON)
    assert claim.date == StatementDate(claim.date.value if claim.date else None)
    assert {(e.plugin, e.hook) for e in result.errors} == {
        ("bad-resolver", "attribution_resolve_speaker"),
        ("bad-resolver", "attribution_resolve_date"),
    }
    result.to_dict()


def test_later_resolver_overrides_earlier() -> None:
    class Override:
        __name__ = "override"

        @hookimpl
        def attribution_resolve_speaker(self) -> Speaker:
            return Speaker("Someone Else")

    (claim,) = extractor(Found(quote_claim()), Resolver(), Override()).extract(TEXT).claims
    assert claim.speaker == Speaker("Someone Else")


def test_hookwrappers_are_isolated_per_hook() -> None:
    class Wrapper:
        __name__ = "wrapper"

        @hookimpl(wrapper=True)
        def attribution_extract(self) -> Iterator[None]:
            results = yield  # one result per implementation
            return [*results, [reported_claim()]]

    result = extractor(Found(quote_claim()), Wrapper()).extract(TEXT)
    assert len(result.claims) == 2 and result.errors == ()


def test_boilerplate_and_headline_claims_are_flagged() -> None:
    text = "Mayor defiant says city\nBody text here.\n• Read also: “We will not back down,” said Jane Roe"
    start = text.index("“") + 1
    boiler = Claim(content=[Span.of(text, start, text.index("”"))], extractor="x")
    head = Claim(content=[Span.of(text, 0, 13)], extractor="x")
    ex = extractor(Found(boiler, head))
    flags = {c.text: (c.boilerplate, c.headline) for c in ex.extract(text).claims}
    assert flags == {"We will not back down,": (True, False), "Mayor defiant": (False, True)}
    only = extractor(Found(boiler, head), include_boilerplate=False).extract(text).claims
    assert [c.text for c in only] == ["Mayor defiant"]


def test_default_extractor_builds_its_own_manager() -> None:
    ex = Extractor(block=["quotes", "reported", "speakers", "dates"])
    assert isinstance(ex.pm, pluggy.PluginManager)
    assert ex.pm.get_plugin("quotes") is None
    ex.extract("“Yes,” she said.")


def test_resolvers_see_earlier_claims_resolved_through_a_tuple_like_view() -> None:
    seen: list[tuple[int, tuple[str | None, ...]]] = []

    class Spy:
        __name__ = "spy"

        @hookimpl
        def attribution_resolve_speaker(self, claim: Claim, claims: Any, index: int) -> Speaker:
            before = claims[:index]
            assert isinstance(before, tuple) and len(claims) == 2 and claims[index] == claim
            assert list(reversed(claims))[-1] is claims[0] and claim in claims
            assert claims == tuple(claims) and (*claims, claim)[-1] is claim
            assert (claims + (claim,))[-1] is claim and ((claim,) + claims)[0] is claim  # noqa: RUF005
            seen.append((index, tuple(c.speaker.name if c.speaker else None for c in before)))
            return Speaker(f"speaker {index}")

    extractor(Found(quote_claim(), reported_claim()), Spy()).extract(TEXT)
    assert seen == [(0, ()), (1, ("speaker 0",))]


def test_strict_mode_raises_on_garbage_too() -> None:
    with pytest.raises(PluginFailed, match=r"garbage.*InvalidClaim"):
        extractor(Garbage(["not a claim"]), strict=True).extract(TEXT)

    class BadResolver:
        __name__ = "bad"

        @hookimpl
        def attribution_resolve_date(self) -> Any:
            return "Monday"

    with pytest.raises(PluginFailed, match="'bad' failed in attribution_resolve_date: InvalidResult"):
        extractor(Found(quote_claim()), BadResolver(), strict=True).extract(TEXT)


def test_extract_refuses_other_types_clearly() -> None:
    with pytest.raises(TypeError, match="Article or a str, not bytes"):
        extractor().extract(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("chunk", [1, 2, 256])
def test_span_index_agrees_with_a_plain_scan(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    from attribution._pipeline import _SpanIndex

    monkeypatch.setattr(_SpanIndex, "_CHUNK", chunk)
    rng = random.Random(chunk)
    for _ in range(20):
        index, ranges = _SpanIndex(), []
        cells = rng.sample(range(0, 400, 4), 40)  # disjoint ranges inside 4-char cells
        for owner, cell in enumerate(cells):
            start = cell + rng.randint(0, 2)
            end = rng.randint(start + 1, cell + 4)
            index.add(start, end, owner)
            ranges.append((start, end, owner))
            for _ in range(10):
                s = rng.randint(0, 400)
                e = s + rng.randint(1, 12)
                hits = {(o, r0) for r0, r1, o in ranges if r0 < e and s < r1}
                got = index.overlapping(s, e)
                assert (got is None) == (not hits)
                assert got is None or got in hits


def test_merge_many_claims_keeps_all_disjoint_ones() -> None:
    text = "x" * 50_000
    claims = [Claim(content=[Span.of(text, i, i + 5)], confidence=(i % 7 + 1) / 8, extractor="p") for i in range(0, 50_000, 10)]
    overlapping = [Claim(content=[Span.of(text, i + 2, i + 8)], confidence=0.01, extractor="q") for i in range(0, 50_000, 10)]
    random.Random(3).shuffle(claims)
    merged = merge_claims([*overlapping, *claims])
    assert [c.start for c in merged] == list(range(0, 50_000, 10))
    assert {c.extractor for c in merged} == {"p"}


@pytest.mark.parametrize(
    "unit",
    [
        '"a," ', "Jane joked that ", "he said, ", "he laughed and said ", "“x,” she told a panel ", "said that ",
        "according to Big Sources, ", "reportedly ", "a prosecutor who reports and called for ",
        "in a new Fox poll released Monday ", "released a statement saying ", 'x "b “a” c ', "“a ",
        "started the debate saying ", "went on to say, ",
    ],
)
def test_one_sentence_of_repeated_attributions_completes(unit: str) -> None:
    # A sentence with no full stop and thousands of cues: look-backs and
    # content searches are bounded, so this stays linear (timed in benchmarks/).
    text = unit * (20000 // len(unit))
    result = Extractor().extract(Article.from_text(text))
    assert not result.errors
    for claim in result.claims:
        for span in claim.content:
            assert text[span.start : span.end] == span.text


def test_merge_folds_a_claim_nested_in_a_said_statement() -> None:
    text = "Jane Roe told reporters she thought the plan had “failed badly.”"
    outer = Claim(
        content=[Span.of(text, text.index("she"), len(text))],
        kind=Kind.MIXED,
        cue=Cue(Span.of(text, 9, 13), "tell"),
        mention=Span.of(text, 0, 8),
        confidence=0.6,
        extractor="r",
    )
    inner = Claim(
        content=[Span.of(text, text.index("the plan"), len(text))],
        kind=Kind.MIXED,
        cue=Cue(Span.of(text, text.index("thought"), text.index("thought") + 7), "think"),
        mention=Span.of(text, text.index("she"), text.index("she") + 3),
        confidence=0.6,
        extractor="r",
    )
    assert merge_claims([inner, outer]) == (outer,)
    stated = attrs.evolve(outer, cue=Cue(Span.of(text, 9, 13), "state"))
    assert merge_claims([inner, stated]) == (stated,)
    # under a cue other than say/tell/add the nested claim stays
    rejected = attrs.evolve(outer, cue=Cue(Span.of(text, 9, 13), "reject"))
    assert len(merge_claims([inner, rejected])) == 2

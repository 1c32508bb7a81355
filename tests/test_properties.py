"""Property tests (hypothesis): spans always slice the text, and no input makes the library raise.

The whole Extractor, with the builtin plugins, runs on generated text: plain
arbitrary unicode, and text assembled from fragments that look like news
(quote marks, cue verbs, names, abbreviations, boilerplate lines) so that
the extractors' patterns are actually exercised.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribution import (
    Article,
    ArticleError,
    Claim,
    Extractor,
    Kind,
    Result,
    Span,
    Stance,
    merge_claims,
    segment,
)

EXTRACTOR = Extractor(include_boilerplate=True)

FRAGMENTS = [
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", "“We will not back down,”", " said ", " says ", " told ",
    " according to ", "Jane Roe", "Tom Baker", ", the mayor", " the spokesman", " He ", " she ", " They ",
    "said on Monday that ", "denied", " reporters ", ": ", ". ", ".", "\n", "\n\n", " ", "U.S.", "Mr. ",
    "Gen. ", "...", "?", "!", ",", "—", "(", ")", "Share:", "Leave a Reply", "• Read also: ", "4399",
    "last week", "on Tuesday", "2024", "\u00e9", "\u2028", "\t", "\r\n", "\ufeff", "𝔘", "ß", "İ",
]

news_text = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
any_text = st.text(max_size=400)
text = st.one_of(any_text, news_text, st.tuples(news_text, any_text, news_text).map("".join))

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(claim: Claim) -> list[Span]:
    out = [*claim.content]
    out += [s for s in (claim.mention, claim.venue, claim.addressee, claim.via) if s is not None]
    if claim.cue is not None:
        out.append(claim.cue.span)
    if claim.date is not None and claim.date.expression is not None:
        out.append(claim.date.expression)
    return out


def _check_result(result: Result) -> None:
    t = result.article.text
    for claim in result.claims:
        for span in _spans(claim):
            assert 0 <= span.start <= span.end <= len(t)
            assert t[span.start : span.end] == span.text
    json.dumps(result.to_dict())


@SETTINGS
@given(text)
def test_extract_never_raises_and_every_span_slices_the_text(t: str) -> None:
    result = EXTRACTOR.extract(Article.from_text(t, published="2024-03-04"))
    assert result.errors == (), result.errors  # no builtin plugin raised or returned garbage
    _check_result(result)


@SETTINGS
@given(text)
def test_extract_without_a_publication_date(t: str) -> None:
    result = EXTRACTOR.extract(t)
    assert result.errors == (), result.errors
    _check_result(result)


@settings(max_examples=100, deadline=None)
@given(text)
def test_segments_and_sentences_slice_the_text(t: str) -> None:
    article = Article.from_text(t)
    last = -1
    for seg in segment(article):
        assert t[seg.span.start : seg.span.end] == seg.span.text
        assert seg.span.text and seg.span.start > last
        last = seg.span.end
        for s in seg.sentences:
            assert seg.span.start <= s.start <= s.end <= seg.span.end
            assert t[s.start : s.end] == s.text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_an_article_or_an_article_error(data: bytes) -> None:
    try:
        article = Article.from_bytes(data, id="x")
    except ArticleError as exc:
        assert str(exc)
    else:
        assert "\r" not in article.text


@st.composite
def claims_over(draw: st.DrawFn, t: str) -> list[Claim]:
    out = []
    for _ in range(draw(st.integers(0, 8))):
        spans = []
        for _ in range(draw(st.integers(1, 3))):
            a = draw(st.integers(0, len(t)))
            b = draw(st.integers(a, len(t)))
            spans.append(Span.of(t, a, b))
        out.append(
            Claim(
                content=spans,
                kind=draw(st.sampled_from(list(Kind))),
                stance=draw(st.sampled_from(list(Stance))),
                confidence=draw(st.sampled_from([0.3, 0.5, 0.9])),
                extractor=draw(st.sampled_from(["a", "b"])),
                mention=draw(st.none() | st.just(Span.of(t, 0, min(3, len(t))))),
            )
        )
    return out


@settings(max_examples=50, deadline=None)
@given(st.data())
def test_merge_claims_does_not_depend_on_input_order(data: st.DataObject) -> None:
    t = "“We will not back down,” said Jane Roe. Tom Baker said that the bridge would reopen."
    claims = data.draw(claims_over(t))
    seed = data.draw(st.integers(0, 2**16))
    shuffled = claims[:]
    random.Random(seed).shuffle(shuffled)
    merged = merge_claims(claims)
    assert [attrs.asdict(c) for c in merge_claims(shuffled)] == [attrs.asdict(c) for c in merged]
    for claim in merged:
        for span in claim.content:
            assert t[span.start : span.end] == span.text


BAD_INPUTS = [
    "",
    " ",
    "\n\n\n",
    "\x00\x01\x02\ufffd\ufffd binary \x7f junk \x1b[31m",
    bytes(range(256)).decode("latin-1"),
    "“We will not back down, said Jane Roe.",
    "We will not back down,” said Jane Roe.",
    "“a “b “c ” ” ” « » „ “ ‘ ’ ' \" '",
    "He said: “",
    "”",
    "said said said said said",
    "Leave a Reply\nShare:\n4399\n",
    "“" + "x" * 5000,
    "Jane Roe said that " * 50,
    "“Yes,” " * 200,
    "." * 3000 + "“" * 3000 + " " * 3000 + "A" * 3000,
]


def test_bad_input_through_the_whole_extractor() -> None:
    # Robustness, not speed: the sizes stay small because the extractors'
    # cost on pathological single paragraphs is measured in benchmarks/.
    for t in BAD_INPUTS:
        result = EXTRACTOR.extract(Article.from_text(t, published="2024-03-04"))
        assert result.errors == (), (t[:40], result.errors)
        _check_result(result)


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="needs ../shared/seeds")
def test_real_articles_give_valid_results() -> None:
    # Read-only use of the shared seed articles: no plugin error, every span slices.
    for path in sorted(SEEDS.glob("*.txt")):
        result = EXTRACTOR.extract(Article.from_file(path, header=False))
        assert result.errors == (), (path.name, result.errors)
        assert result.claims
        _check_result(result)

"""Unit tests for attribution._model: spans, articles (text, dict, file, bytes), claims and results."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from attribution import (
    Article,
    ArticleError,
    Claim,
    Cue,
    Kind,
    PluginError,
    Result,
    Segment,
    Span,
    Speaker,
    SpeakerType,
    Stance,
    StatementDate,
)

TEXT = "“We will not back down,” said Jane Roe, the mayor."


# --- Span ---------------------------------------------------------------------------------------


def test_span_of_slices_the_text() -> None:
    s = Span.of(TEXT, 1, 23)
    assert s.text == TEXT[1:23] == "We will not back down,"
    assert len(s) == 22
    assert s.to_dict() == {"start": 1, "end": 23, "text": s.text}


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 3), (0, len(TEXT) + 1)])
def test_span_of_refuses_ranges_outside_the_text(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="outside text"):
        Span.of(TEXT, start, end)


def test_span_rejects_negative_offsets() -> None:
    with pytest.raises(ValueError, match="must be >= 0"):
        Span(-1, 2, "x")


def test_span_strip_trims_whitespace_and_given_chars() -> None:
    text = "  “Yes,”  "
    assert Span.strip(text, 0, len(text)).text == "“Yes,”"
    inner = Span.strip(text, 0, len(text), " “”,")
    assert inner.text == "Yes"
    assert text[inner.start : inner.end] == "Yes"


def test_span_strip_of_blank_is_empty_at_start() -> None:
    s = Span.strip("a    b", 1, 5)
    assert (s.start, s.end, s.text) == (1, 1, "")


def test_span_overlap_and_containment() -> None:
    a, b, c = Span.of(TEXT, 0, 10), Span.of(TEXT, 5, 15), Span.of(TEXT, 10, 12)
    assert a.overlaps(b) and b.overlaps(a)
    assert not a.overlaps(c)  # half-open: touching is not overlapping
    assert b.contains(c) and not c.contains(b)


def test_span_equality_ignores_text_but_order_uses_offsets() -> None:
    assert Span(1, 2, "x") == Span(1, 2, "y")
    assert sorted([Span(5, 6, "b"), Span(1, 9, "a")])[0].start == 1


def test_span_of_shares_the_text_but_behaves_like_a_copy() -> None:
    lazy = Span.of(TEXT, 1, 23)
    eager = Span(1, 23, TEXT[1:23])
    assert lazy.text == eager.text
    assert repr(lazy) == repr(eager) == f"Span(start=1, end=23, text={TEXT[1:23]!r})"
    assert lazy == eager and hash(lazy) == hash(eager)
    assert lazy.to_dict() == eager.to_dict()
    assert not lazy < eager and not eager < lazy


@pytest.mark.parametrize("make", [lambda: Span.of(TEXT, 1, 23), lambda: Span(1, 23, TEXT[1:23])])
def test_span_pickles_and_copies_its_text_only(make: Callable[[], Span]) -> None:
    import copy
    import pickle

    span = make()
    data = pickle.dumps(span)
    assert TEXT not in data.decode("utf-8", "replace")  # not the whole text it points into
    for clone in (pickle.loads(data), copy.copy(span), copy.deepcopy(span)):
        assert (clone.start, clone.end, clone.text) == (1, 23, TEXT[1:23])
        assert repr(clone) == repr(span)


def test_span_strip_shares_the_text_too() -> None:
    text = "  “Yes,”  "
    s = Span.strip(text, 0, len(text))
    assert (s.start, s.end, s.text) == (2, 8, "“Yes,”")
    assert repr(s) == "Span(start=2, end=8, text='“Yes,”')"


def test_span_built_directly_keeps_the_given_text() -> None:
    # plugins may build spans themselves; the pipeline checks them against the article
    assert Span(1, 2, "zz").text == "zz"
    assert attrs.evolve(Span(1, 2, "zz"), end=3).text == "zz"


# --- Segment ------------------------------------------------------------------------------------

PARAGRAPH = "First one. Second one here."


def _paragraph_segment(sentences: tuple[Span, ...]) -> Segment:
    return Segment(span=Span.of(PARAGRAPH, 0, len(PARAGRAPH)), index=0, sentences=sentences)


def test_segment_keeps_sentences_packed_and_gives_spans() -> None:
    import copy
    import pickle

    two = (Span.of(PARAGRAPH, 0, 10), Span.of(PARAGRAPH, 11, 27))
    seg = _paragraph_segment(two)
    assert seg.sentences == two and [s.text for s in seg.sentences] == ["First one.", "Second one here."]
    assert isinstance(seg.sentences, tuple)
    assert seg == _paragraph_segment(tuple(Span(s.start, s.end, s.text) for s in two))
    assert hash(seg) == hash(_paragraph_segment(two))
    assert repr(seg) == (
        f"Segment(span={seg.span!r}, index=0, sentences={two!r}, boilerplate=False, headline=False)"
    )
    moved = attrs.evolve(seg, index=4)
    assert (moved.index, moved.sentences) == (4, two)
    assert attrs.evolve(seg, sentences=two[:1]).sentences == two[:1]
    for clone in (pickle.loads(pickle.dumps(seg)), copy.copy(seg), copy.deepcopy(seg)):
        assert clone == seg and [s.text for s in clone.sentences] == ["First one.", "Second one here."]


def test_segment_sentences_edge_cases() -> None:
    whole = Span.of(PARAGRAPH, 0, len(PARAGRAPH))
    one = Segment(span=whole, index=0, sentences=(Span.of(PARAGRAPH, 0, len(PARAGRAPH)),))
    assert one.sentences == (whole,) and one.sentences[0] is whole
    assert Segment(span=whole, index=0).sentences == ()
    # spans reaching outside the paragraph, or of a subclass, are kept as given
    outside = (Span.of(PARAGRAPH, 0, 10), Span(11, 40, "x" * 29))
    assert Segment(span=whole, index=0, sentences=outside).sentences == outside


# --- Article ------------------------------------------------------------------------------------


def test_from_text_parses_published() -> None:
    a = Article.from_text(TEXT, id="a1", published="2024-03-01")
    assert a.published == dt.date(2024, 3, 1)
    assert a.id == "a1" and a.language == "en" and a.offset == 0


@pytest.mark.parametrize(
    "value", [dt.date(2024, 3, 1), dt.datetime(2024, 3, 1, 12, 30), "2024-03-01", " 2024-03-01 ", "2024-03-01T10:00:00"]
)
def test_published_accepts_dates_and_iso_strings(value: object) -> None:
    assert Article.from_text("x", published=value).published == dt.date(2024, 3, 1)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["", None])
def test_published_may_be_absent(value: str | None) -> None:
    assert Article.from_text("x", published=value).published is None


@pytest.mark.parametrize("value", ["2024-13-01", "01/03/2024", "yesterday", "2024-02-30", 20240301])
def test_bad_published_is_an_article_error(value: object) -> None:
    with pytest.raises(ArticleError, match=r"bad date .*YYYY-MM-DD"):
        Article.from_text("x", published=value)  # type: ignore[arg-type]


def test_text_must_be_str() -> None:
    with pytest.raises(ArticleError, match="must be str, not bytes"):
        Article.from_text(b"bytes")  # type: ignore[arg-type]


def test_from_dict_with_synonyms() -> None:
    a = Article.from_dict({"text": TEXT, "date": "2024-03-01", "publisher": "The Daily", "title": "T"})
    assert (a.published, a.source, a.title) == (dt.date(2024, 3, 1), "The Daily", "T")
    assert Article.from_dict({"text": "x"}, default_id="f.jsonl:3").id == "f.jsonl:3"
    assert Article.from_dict({"text": "x", "id": 7}).id == "7"
    assert Article.from_dict({"text": "x", "id": 0}, default_id="d").id == "0"
    assert Article.from_dict({"text": "x", "id": ""}, default_id="d").id == "d"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ([1, 2], "must be a JSON object"),
        ({"id": "x"}, "no string field 'text'"),
        ({"text": 5}, "no string field 'text'"),
        ({"text": "x", "published": "March"}, "bad date"),
    ],
)
def test_from_dict_bad_records(record: object, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        Article.from_dict(record)  # type: ignore[arg-type]


def test_from_file_id_is_the_file_name(write_file: Callable[..., Path]) -> None:
    path = write_file("sub/story.txt", TEXT + "\n")
    a = Article.from_file(path)
    assert a.id == "story.txt"
    assert a.text == TEXT + "\n"
    assert Article.from_file(path, id="other").id == "other"


def test_from_file_header_block(write_file: Callable[..., Path]) -> None:
    header = "Title: Mayor defiant\nPublished: 2024-03-01\nSource: The Daily\nURL: https://example.org/a\n\n"
    path = write_file("h.txt", header + TEXT)
    a = Article.from_file(path)
    assert a.text == TEXT
    assert a.offset == len(header)
    assert (a.title, a.source, a.url) == ("Mayor defiant", "The Daily", "https://example.org/a")
    assert a.published == dt.date(2024, 3, 1)
    # An explicit argument wins over the header.
    assert Article.from_file(path, published="2020-01-02").published == dt.date(2020, 1, 2)
    # header=False keeps the text as it is.
    assert Article.from_file(path, header=False).text == header + TEXT


def test_header_keys_are_case_insensitive_and_id_is_taken(write_file: Callable[..., Path]) -> None:
    a = Article.from_file(write_file("h.txt", "title: T\nID: art-7\n\nBody."))
    assert (a.title, a.id, a.text) == ("T", "art-7", "Body.")


@pytest.mark.parametrize(
    "text",
    [
        "White House: Our preferred option is still diplomacy\n\nJane Roe said so.",
        "Title: A\nWhite House: not a header key\n\nBody.",
        "Title: no blank line follows\nBody.",
        "Breaking\n\nBody.",
    ],
)
def test_a_colon_in_the_first_line_is_not_a_header(write_file: Callable[..., Path], text: str) -> None:
    a = Article.from_file(write_file("n.txt", text))
    assert a.text == text
    assert a.offset == 0 and a.title is None


def test_header_with_a_bad_date_is_an_article_error(write_file: Callable[..., Path]) -> None:
    with pytest.raises(ArticleError, match=r"d\.txt: header line Published: bad date 'last week'"):
        Article.from_file(write_file("d.txt", "Published: last week\n\nBody."))
    # An explicit date means the header's is not needed.
    assert Article.from_file(write_file("d.txt", "Published: last week\n\nBody."), published="2024-03-01").text == "Body."


def test_bom_is_dropped_and_crlf_normalised(write_file: Callable[..., Path]) -> None:
    raw = "\ufeff" + "Title: T\r\n\r\n“Yes,” she said.\r\nNext line.\rOld Mac line."
    a = Article.from_file(write_file("w.txt", raw))
    assert a.title == "T"
    assert a.text == "“Yes,” she said.\nNext line.\nOld Mac line."
    assert "\r" not in a.text and "\ufeff" not in a.text


def test_invalid_utf8_is_a_clear_article_error(write_file: Callable[..., Path]) -> None:
    path = write_file("latin.txt", "Caf\xe9 owner said no.".encode("latin-1"))
    with pytest.raises(ArticleError, match=r"latin\.txt: not valid UTF-8 \(byte 3: b'\\xe9'\)"):
        Article.from_file(path)


def test_binary_junk_is_refused(write_file: Callable[..., Path]) -> None:
    path = write_file("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ArticleError, match="looks binary"):
        Article.from_file(path)


def test_unreadable_file_is_an_article_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="cannot read"):
        Article.from_file(tmp_path / "missing.txt")
    with pytest.raises(ArticleError, match="cannot read"):
        Article.from_file(tmp_path)  # a directory


def test_empty_file_is_an_empty_article(write_file: Callable[..., Path]) -> None:
    assert Article.from_file(write_file("e.txt", b"")).text == ""


def test_article_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    import attribution._model as model

    monkeypatch.setattr(model, "MAX_ARTICLE_CHARS", 10)
    with pytest.raises(ArticleError, match="limit is 10"):
        Article.from_text("x" * 11, id="big")


# --- Claim, Result: the JSON contract ----------------------------------------------------------


def _claim() -> Claim:
    content = Span.of(TEXT, 1, 23)
    return Claim(
        content=[content],
        kind=Kind.DIRECT,
        speaker=Speaker("Jane Roe", SpeakerType.PERSON, role="mayor", aliases=("Roe",)),
        mention=Span.of(TEXT, 30, 38),
        cue=Cue(Span.of(TEXT, 25, 29), "say"),
        date=StatementDate(dt.date(2024, 3, 1)),
        confidence=0.91234,
        extractor="quotes",
    )


def test_claim_content_is_a_tuple_and_has_offsets() -> None:
    c = _claim()
    assert isinstance(c.content, tuple)
    assert (c.start, c.end, c.text) == (1, 23, "We will not back down,")
    assert Claim(content=()).start == 0


def test_claim_to_dict_follows_the_contract() -> None:
    d = _claim().to_dict()
    assert {"kind", "stance", "content", "speaker", "cue", "date", "venue", "addressee", "via", "confidence", "extractor"} <= set(d)
    assert d["kind"] == "direct" and d["stance"] == "assert"
    assert d["content"] == [{"start": 1, "end": 23, "text": "We will not back down,"}]
    assert d["speaker"]["name"] == "Jane Roe" and d["speaker"]["type"] == "person"
    assert d["speaker"]["role"] == "mayor"
    assert d["speaker"]["mention"] == {"start": 30, "end": 38, "text": "Jane Roe"}
    assert d["cue"] == {"start": 25, "end": 29, "text": "said", "lemma": "say"}
    assert d["date"]["value"] == "2024-03-01" and d["date"]["expression"] is None
    assert d["venue"] is None and d["addressee"] is None and d["via"] is None
    assert d["confidence"] == 0.912
    assert d["extractor"] == "quotes"
    json.dumps(d)  # serialisable as is


def test_claim_to_dict_with_mention_but_no_speaker() -> None:
    c = attrs.evolve(_claim(), speaker=None)
    assert c.to_dict()["speaker"]["name"] is None
    assert c.to_dict()["speaker"]["mention"]["text"] == "Jane Roe"
    assert attrs.evolve(c, mention=None).to_dict()["speaker"] is None


def test_statement_date_without_value() -> None:
    d = StatementDate(None, Span.of("on Monday", 3, 9)).to_dict()
    assert d["value"] is None and d["expression"]["text"] == "Monday"


def test_result_to_dict() -> None:
    a = Article.from_text(TEXT, id="a1", published="2024-03-01")
    r = Result(a, (_claim(),), (PluginError("bad", "attribution_extract", "ValueError", "boom"),))
    d = r.to_dict()
    assert d["id"] == "a1" and d["published"] == "2024-03-01"
    assert len(d["claims"]) == 1
    assert d["errors"] == [{"plugin": "bad", "hook": "attribution_extract", "error": "ValueError", "message": "boom"}]
    assert Result(Article.from_text("")).to_dict()["published"] is None


def test_values_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        _claim().kind = Kind.INDIRECT  # type: ignore[misc]
    assert Stance("deny") is Stance.DENY


@pytest.mark.parametrize("value", ["2024-03-011", "20240301", "2024-03-01junk", "2024-3-1", "2024-W10-1"])
def test_published_must_be_yyyy_mm_dd(value: str) -> None:
    with pytest.raises(ArticleError, match="bad date"):
        Article.from_text("x", published=value)

"""Unit tests for attribution._segment: paragraphs, sentences, boilerplate and headline flags."""

from __future__ import annotations

import pytest

from attribution import Article, is_boilerplate, segment, sentence_spans


def _sentences(text: str) -> list[str]:
    return [s.text for s in sentence_spans(text, 0, len(text))]


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply",
        "Leave a comment",
        "Your email address will not be published.",
        "Your email address will not be published. Required fields are marked *",
        "Share:",
        "Share this article:",
        "Facebook",
        "Twitter",
        "Facebook Twitter WhatsApp Email",
        "Back to top button",
        "Comments are closed.",
        "12 Comments",
        "Related Articles",
        "• Read also: something happened somewhere",
        "Read more: the mayor's budget",
        "4399",
        "***",
        "© 2024 The Daily",
        "Copyright 2024 The Daily. All rights reserved.",
        "Your Comment",
        "Tags: politics, city",
        "Advertisement",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "“We will not back down,” said Jane Roe, the mayor.",
        "Tom Baker said on Monday that the bridge would reopen.",
        "Share prices fell sharply on Monday, analysts said.",
        "Facebook said it would appeal the ruling.",
        "Twitter users reacted with anger.",
        "Copyright law was changed last year, the minister said.",
        "Related talks will continue next week.",
        "Comments by the mayor drew criticism.",
        "Readers wrote in to complain.",
        "In 2024, 40 people were hurt.",
        "X said nothing.",
    ],
)
def test_ordinary_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Army said no. Officials agreed.", ["The U.S. Army said no.", "Officials agreed."]),
        ("Mr. Baker left. Mrs. Roe stayed.", ["Mr. Baker left.", "Mrs. Roe stayed."]),
        ("Gen. Smith spoke. He was brief.", ["Gen. Smith spoke.", "He was brief."]),
        ("J. R. Smith agreed. Others did not.", ["J. R. Smith agreed.", "Others did not."]),
        ("It rained. 40 people came. “Why?” she asked.", ["It rained.", "40 people came.", "“Why?” she asked."]),
        ("Is it over? Yes! Really.", ["Is it over?", "Yes!", "Really."]),
        ("He said “Stop.” Then he left.", ["He said “Stop.”", "Then he left."]),
        ("“We will win,” she said. “Soon.”", ["“We will win,” she said.", "“Soon.”"]),
        ("Wait... Then go.", ["Wait...", "Then go."]),
        ("It ended at 3 p.m. on Monday.", ["It ended at 3 p.m. on Monday."]),
        ("Polls close at 7 p.m. He says it is close.", ["Polls close at 7 p.m.", "He says it is close."]),
        ("At 5 p.m. Tuesday, he left. Mr. Roe of the U.S. Senate agreed.", ["At 5 p.m. Tuesday, he left.", "Mr. Roe of the U.S. Senate agreed."]),
        ("It is made in the U.S. The price is low.", ["It is made in the U.S.", "The price is low."]),
        ("price fell 2.5 percent. Next.", ["price fell 2.5 percent.", "Next."]),
        ("no final stop", ["no final stop"]),
        ("", []),
        ("   ", []),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_sentence_spans_index_the_whole_text() -> None:
    text = "Intro line.\nFirst one. Second one.\nLast."
    start = text.index("First")
    end = text.index("\nLast")
    spans = sentence_spans(text, start, end)
    assert [s.text for s in spans] == ["First one.", "Second one."]
    for s in spans:
        assert text[s.start : s.end] == s.text


def test_segments_are_non_empty_lines_with_sentences() -> None:
    text = "Mayor defiant\n\n  “We will not back down,” said Jane Roe. She left.  \n\n\nLeave a Reply\n"
    segs = segment(Article.from_text(text))
    assert [s.span.text for s in segs] == [
        "Mayor defiant",
        "“We will not back down,” said Jane Roe. She left.",
        "Leave a Reply",
    ]
    assert [s.index for s in segs] == [0, 1, 2]
    assert [s.headline for s in segs] == [True, False, False]
    assert [s.boilerplate for s in segs] == [False, False, True]
    assert [x.text for x in segs[1].sentences] == ["“We will not back down,” said Jane Roe.", "She left."]
    for s in segs:
        assert text[s.span.start : s.span.end] == s.span.text


def test_kicker_and_headline_are_both_title_lines() -> None:
    text = "World | Europe\nCity hall: we will not back down\nJane Roe said on Monday that the plan stands.\nShort line"
    segs = segment(Article.from_text(text))
    assert [s.headline for s in segs] == [True, True, False, False]


def test_first_line_ending_a_sentence_is_not_a_headline() -> None:
    segs = segment(Article.from_text("Jane Roe said on Monday that the plan stands.\nNext"))
    assert not any(s.headline for s in segs)


def test_boilerplate_before_the_headline_does_not_end_the_title_block() -> None:
    segs = segment(Article.from_text("Share:\nMayor defiant\nShe spoke.\n"))
    assert [(s.boilerplate, s.headline) for s in segs] == [(True, False), (False, True), (False, False)]


def test_empty_and_blank_articles_have_no_segments() -> None:
    assert segment(Article.from_text("")) == ()
    assert segment(Article.from_text("\n \n\t\n")) == ()


ADVERSARIAL = [".", ". ", " ", "“", "”", '"', "'", "A", "A. ", "Mr. ", "U.S. ", "?!", ".”", "\u2028", "x", "Share ", "x ", "Facebook , ", "email | "]


def _check(text: str) -> None:
    for seg in segment(Article.from_text(text)):
        assert text[seg.span.start : seg.span.end] == seg.span.text
        for s in seg.sentences:
            assert text[s.start : s.end] == s.text


@pytest.mark.parametrize("piece", ADVERSARIAL, ids=repr)
def test_long_adversarial_runs_complete(piece: str) -> None:
    # 50 kB runs of each pattern, in one paragraph and in short lines; the
    # regexes must stay linear (runs of dots used to take minutes).
    run = piece * (50_000 // len(piece))
    _check(run)
    _check((run[:1000] + "\n") * 50)


def test_one_megabyte_of_adversarial_runs_completes() -> None:
    text = "".join(p * (64_000 // len(p)) for p in ADVERSARIAL)
    assert len(text) > 1_000_000
    _check(text)


def test_no_is_an_abbreviation_only_before_a_number() -> None:
    assert _sentences("See No. 5 on the list. She said no. Then she left.") == [
        "See No. 5 on the list.",
        "She said no.",
        "Then she left.",
    ]


@pytest.mark.parametrize("gap", [" ", "\t", " \t"], ids=repr)
def test_is_boilerplate_on_a_long_blank_prefix(gap: str) -> None:
    # Leading blanks used to be retried by every alternative (quadratic).
    assert not is_boilerplate(gap * 100_000 + "a sentence")
    assert is_boilerplate(gap * 100_000 + "Leave a Reply")


def test_a_one_sentence_paragraph_shares_its_span_with_the_sentence() -> None:
    text = "One sentence only.\n\nFirst sentence. Second one here."
    one, two = segment(Article.from_text(text))
    assert one.sentences == (one.span,) and one.sentences[0] is one.span
    assert [s.text for s in two.sentences] == ["First sentence.", "Second one here."]
    assert all(text[s.start : s.end] == s.text for seg in (one, two) for s in (seg.span, *seg.sentences))

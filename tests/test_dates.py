"""Tests for attribution.dates: finding, resolving and assigning statement dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution import Article, Claim, Cue, Kind, Span, Speaker, SpeakerType, StatementDate
from attribution.dates import GRANULARITIES, find_date_expressions, resolve_expression, statement_date

D = dt.date

# Weekdays of the publication dates used below.
FRI = D(2022, 7, 15)  # a Friday
SUN = D(2022, 7, 17)  # a Sunday
TUE_AUG = D(2022, 8, 2)  # a Tuesday, two days into August
MON_JAN = D(2023, 1, 2)  # a Monday, two days into 2023


# ---------------------------------------------------------------------------
# resolve_expression: expressions x publication dates

RESOLVE_TABLE = [
    # weekday on the publication day itself, the day before, "last X" on an X
    ("on Friday", FRI, D(2022, 7, 15), "day"),
    ("Friday", FRI, D(2022, 7, 15), "day"),
    ("on Thursday", FRI, D(2022, 7, 14), "day"),
    ("on Thursday local time", FRI, D(2022, 7, 14), "day"),
    ("on Monday evening local time", FRI, D(2022, 7, 11), "day"),
    ("Monday (local time)", FRI, D(2022, 7, 11), "day"),
    ("on Friday morning", FRI, D(2022, 7, 15), "day"),
    ("last Friday", FRI, D(2022, 7, 8), "day"),
    ("this Friday", FRI, D(2022, 7, 15), "day"),
    ("on Saturday", FRI, D(2022, 7, 9), "day"),
    ("on Sunday", SUN, D(2022, 7, 17), "day"),
    ("last Sunday", SUN, D(2022, 7, 10), "day"),
    ("on Monday", SUN, D(2022, 7, 11), "day"),
    ("yesterday", FRI, D(2022, 7, 14), "day"),
    ("yesterday evening", FRI, D(2022, 7, 14), "day"),
    ("today", FRI, D(2022, 7, 15), "day"),
    ("earlier today", FRI, D(2022, 7, 15), "day"),
    ("this morning", FRI, D(2022, 7, 15), "day"),
    # across a month boundary
    ("on Saturday", TUE_AUG, D(2022, 7, 30), "day"),
    ("on Sunday", TUE_AUG, D(2022, 7, 31), "day"),
    ("yesterday", TUE_AUG, D(2022, 8, 1), "day"),
    ("last week", TUE_AUG, D(2022, 7, 25), "week"),
    ("earlier this week", TUE_AUG, D(2022, 8, 1), "week"),
    ("last month", TUE_AUG, D(2022, 7, 1), "month"),
    ("on July 31", TUE_AUG, D(2022, 7, 31), "day"),
    # across a year boundary
    ("on Friday", MON_JAN, D(2022, 12, 30), "day"),
    ("on Saturday", MON_JAN, D(2022, 12, 31), "day"),
    ("last Monday", MON_JAN, D(2022, 12, 26), "day"),
    ("on December 30", MON_JAN, D(2022, 12, 30), "day"),
    ("on 30 December", MON_JAN, D(2022, 12, 30), "day"),
    ("in December", MON_JAN, D(2022, 12, 1), "month"),
    ("last month", MON_JAN, D(2022, 12, 1), "month"),
    ("last year", MON_JAN, D(2022, 1, 1), "year"),
    ("this year", MON_JAN, D(2023, 1, 1), "year"),
    ("last week", MON_JAN, D(2022, 12, 26), "week"),
    # month-name dates prefer the past: a statement precedes its report
    ("on July 19", D(2022, 7, 20), D(2022, 7, 19), "day"),
    ("on July 19", FRI, D(2021, 7, 19), "day"),
    ("on 19 July", D(2022, 7, 20), D(2022, 7, 19), "day"),
    ("July 15", FRI, D(2022, 7, 15), "day"),
    ("since around November 17", D(2022, 12, 10), D(2022, 11, 17), "day"),
    ("in March", FRI, D(2022, 3, 1), "month"),
    ("last March", D(2022, 3, 20), D(2021, 3, 1), "month"),
    # absolute dates
    ("on July 19, 2021", FRI, D(2021, 7, 19), "day"),
    ("2022-07-19", FRI, D(2022, 7, 19), "day"),
    ("19/07/2022", FRI, D(2022, 7, 19), "day"),
    ("in March 2021", FRI, D(2021, 3, 1), "month"),
    ("in 2021", FRI, D(2021, 1, 1), "year"),
]


@pytest.mark.parametrize(("expression", "published", "value", "granularity"), RESOLVE_TABLE)
def test_resolve_table(expression: str, published: dt.date, value: dt.date, granularity: str) -> None:
    assert resolve_expression(expression, published) == (value, granularity)


@pytest.mark.parametrize(
    ("expression", "granularity"),
    [
        ("on Thursday", "day"),
        ("yesterday", "day"),
        ("last week", "week"),
        ("in March", "month"),
        ("on July 19", "day"),
        ("last year", "year"),
    ],
)
def test_relative_without_publication_date_is_unresolved(expression: str, granularity: str) -> None:
    assert resolve_expression(expression, None) == (None, granularity)


@pytest.mark.parametrize(
    ("expression", "value", "granularity"),
    [
        ("on July 19, 2022", D(2022, 7, 19), "day"),
        ("19 July 2022", D(2022, 7, 19), "day"),
        ("2022-07-19", D(2022, 7, 19), "day"),
        ("in March 2021", D(2021, 3, 1), "month"),
        ("in 2021", D(2021, 1, 1), "year"),
    ],
)
def test_absolute_without_publication_date_resolves(
    expression: str, value: dt.date, granularity: str
) -> None:
    assert resolve_expression(expression, None) == (value, granularity)


@pytest.mark.parametrize("expression", ["recently", "lately", "in recent days"])
def test_vague_expressions_have_no_value(expression: str) -> None:
    assert resolve_expression(expression, FRI) == (None, "week")


def test_resolve_is_case_and_space_insensitive() -> None:
    assert resolve_expression("ON  thursday\nLOCAL TIME", FRI) == (D(2022, 7, 14), "day")


@pytest.mark.parametrize(
    "text", ["", "   ", "nonsense", "on Blursday", "32/13/2022", "2022-13-45", "February 30", "x" * 10_000]
)
def test_nonsense_does_not_raise(text: str) -> None:
    value, granularity = resolve_expression(text, FRI)
    assert granularity in GRANULARITIES
    assert value is None or isinstance(value, dt.date)


def test_non_string_does_not_raise() -> None:
    assert resolve_expression(None, FRI) == (None, "day")  # type: ignore[arg-type]
    assert resolve_expression(12, FRI) == (None, "day")  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.one_of(st.none(), st.dates(min_value=D(1900, 1, 1), max_value=D(2999, 1, 1))))
def test_any_text_any_date_never_raises(text: str, published: dt.date | None) -> None:
    value, granularity = resolve_expression(text, published)
    assert granularity in GRANULARITIES
    assert value is None or isinstance(value, dt.date)
    for span in find_date_expressions(text):
        assert text[span.start : span.end] == span.text


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["on", "last", "this", ""]),
    st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 1, 1)),
)
def test_weekday_is_that_weekday_within_the_week_before(
    modifier: str, weekday: str, published: dt.date
) -> None:
    value, granularity = resolve_expression(f"{modifier} {weekday}".strip(), published)
    assert granularity == "day" and value is not None
    assert value.strftime("%A") == weekday
    back = (published - value).days
    assert (1 if modifier == "last" else 0) <= back <= (7 if modifier == "last" else 6)


def test_words_around_the_expression_are_ignored() -> None:
    assert resolve_expression("on Friday followingnoon", FRI) == (FRI, "day")


# ---------------------------------------------------------------------------
# find_date_expressions


def test_find_in_sentence() -> None:
    text = "Kirby said on Monday evening local time that the visit on July 19 was off, as in March."
    assert [s.text for s in find_date_expressions(text)] == [
        "on Monday evening local time",
        "on July 19",
        "in March",
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He told CNN on Tuesday.", ["on Tuesday"]),
        ("Earlier this week, she said so.", ["Earlier this week"]),
        ("It happened last week and yesterday.", ["last week", "yesterday"]),
        ("Iran said Wednesday that it agreed.", ["Wednesday"]),
        ("The report of 2022-07-19 and 19/07/2022.", ["2022-07-19", "19/07/2022"]),
        ("He may march on and on.", []),
        ("Mondays are dull; a Fridayish mood.", []),
        ("Room 19 July", ["19 July"]),
    ],
)
def test_find_table(text: str, found: list[str]) -> None:
    assert [s.text for s in find_date_expressions(text)] == found


def test_find_respects_bounds() -> None:
    text = "On Monday he said on Tuesday."
    spans = find_date_expressions(text, 10, len(text))
    assert [s.text for s in spans] == ["on Tuesday"]
    assert spans[0].start == text.index("on Tuesday")


@pytest.mark.parametrize(
    "text",
    [
        "on " * 20_000,
        "Monday " * 20_000,
        "in in in " * 10_000 + "March",
        "1/" * 20_000,
        "earlier " * 20_000 + "this week",
        "local time " * 20_000,
    ],
)
def test_adversarial_input_finishes(text: str) -> None:
    for span in find_date_expressions(text):
        assert text[span.start : span.end] == span.text


# ---------------------------------------------------------------------------
# statement_date: which expression dates which claim


def _span(text: str, piece: str, after: int = 0) -> Span:
    start = text.index(piece, after)
    return Span.of(text, start, start + len(piece))


def _claim(
    text: str,
    content: str,
    mention: str | None = None,
    cue: str | None = None,
    *,
    speaker: str | None = None,
    type: SpeakerType = SpeakerType.PERSON,
    after: int = 0,
) -> Claim:
    c = _span(text, content, after)
    m = _span(text, mention, after) if mention else None
    q = _span(text, cue, after) if cue else None
    return Claim(
        content=(c,),
        kind=Kind.INDIRECT,
        mention=m,
        cue=Cue(q, cue.lower()) if q and cue else None,
        speaker=Speaker(speaker, type) if speaker else None,
    )


def _dates(article: Article, claims: list[Claim]) -> list[StatementDate | None]:
    """Run statement_date over the claims in order, as the pipeline does."""
    import attrs

    current = list(claims)
    out = []
    for i, claim in enumerate(current):
        date = statement_date(article, claim, tuple(current), i)
        if date is not None:
            current[i] = attrs.evolve(claim, date=date)
        out.append(date)
    return out


def test_expression_between_cue_and_content_dates_the_claim() -> None:
    text = "Peskov said on Wednesday that Putin will not discuss drones during his visit on July 19."
    a = Article.from_text(text, published="2022-07-15")
    (date,) = _dates(
        a,
        [
            _claim(
                text,
                "Putin will not discuss drones during his visit on July 19",
                "Peskov",
                "said",
                speaker="Dmitry Peskov",
            )
        ],
    )
    assert date is not None
    assert date.value == D(2022, 7, 13)
    assert date.expression is not None and date.expression.text == "on Wednesday"
    assert (date.granularity, date.inherited) == ("day", False)


def test_expression_inside_content_does_not_date_the_claim() -> None:
    text = "Peskov said that Putin will not discuss drones during his visit on July 19."
    a = Article.from_text(text, published="2022-07-15")
    assert _dates(
        a, [_claim(text, "Putin will not discuss drones during his visit on July 19", "Peskov", "said")]
    ) == [None]


@pytest.mark.parametrize(
    ("text", "content", "mention", "cue", "expected", "expression"),
    [
        (
            "“We are ready,” Kirby said on Thursday.",
            "We are ready,",
            "Kirby",
            "said",
            D(2022, 7, 14),
            "on Thursday",
        ),
        (
            "Malley told CNN on Tuesday that it was a concern.",
            "it was a concern",
            "Malley",
            "told",
            D(2022, 7, 12),
            "on Tuesday",
        ),
        (
            "Kirby, the spokesman, on Monday local time told reporters that no.",
            "no",
            "Kirby",
            "told",
            D(2022, 7, 11),
            "on Monday local time",
        ),
        (
            "In his weekly press conference on Wednesday, Kanaani said that ties are old.",
            "ties are old",
            "Kanaani",
            "said",
            D(2022, 7, 13),
            "on Wednesday",
        ),
        (
            "Yesterday, the ministry said that talks failed.",
            "talks failed",
            "the ministry",
            "said",
            D(2022, 7, 14),
            "Yesterday",
        ),
        ("Iran said Wednesday that it agreed.", "it agreed", "Iran", "said", D(2022, 7, 13), "Wednesday"),
        (
            "Peskov said “No” in response to questions on Wednesday whether it was so.",
            "No",
            "Peskov",
            "said",
            D(2022, 7, 13),
            "on Wednesday",
        ),
    ],
)
def test_attribution_clause_positions(
    text: str, content: str, mention: str, cue: str, expected: dt.date, expression: str
) -> None:
    a = Article.from_text(text, published=FRI)
    (date,) = _dates(a, [_claim(text, content, mention, cue)])
    assert date is not None and date.value == expected
    assert date.expression is not None and date.expression.text == expression
    assert text[date.expression.start : date.expression.end] == expression


def test_topic_fronted_date_is_not_the_statement_date() -> None:
    text = "Regarding the sanctions announced Friday, the department said that they target three firms."
    a = Article.from_text(text, published=FRI)
    assert _dates(a, [_claim(text, "they target three firms", "the department", "said")]) == [None]


def test_continuation_inherits_and_new_event_breaks_it() -> None:
    text = (
        "Kirby said on Thursday that the talks matter.\n"
        "He added: We will see.\n"
        "On Tuesday, Kirby told CNN that drones are a worry.\n"
        "He added: We are watching.\n"
        "Peskov said that no deal exists."
    )
    a = Article.from_text(text, published=FRI)
    claims = [
        _claim(text, "the talks matter", "Kirby", "said", speaker="John Kirby"),
        _claim(text, "We will see", "He", "added", speaker="John Kirby"),
        _claim(text, "drones are a worry", "Kirby", "told", speaker="John Kirby"),
        _claim(text, "We are watching", "He", "added", speaker="John Kirby", after=text.index("drones")),
        _claim(text, "no deal exists", "Peskov", "said", speaker="Dmitry Peskov", after=text.index("Peskov")),
    ]
    d = _dates(a, claims)
    assert d[0] is not None and (d[0].value, d[0].inherited) == (D(2022, 7, 14), False)
    assert d[1] is not None and (d[1].value, d[1].inherited) == (D(2022, 7, 14), True)
    assert d[1].expression == d[0].expression
    assert d[2] is not None and (d[2].value, d[2].inherited) == (D(2022, 7, 12), False)
    assert d[3] is not None and (d[3].value, d[3].inherited) == (D(2022, 7, 12), True)
    assert d[4] is None  # another speaker: no inheritance


def test_unresolved_pronoun_inherits_from_the_previous_claim() -> None:
    text = "Kirby said on Thursday that the talks matter. He added that more is coming."
    a = Article.from_text(text, published=FRI)
    claims = [
        _claim(text, "the talks matter", "Kirby", "said"),
        _claim(text, "more is coming", "He", "added"),
    ]
    d = _dates(a, claims)
    assert d[1] is not None and d[1].inherited and d[1].value == D(2022, 7, 14)


def test_spokesperson_continues_the_institution_statement() -> None:
    text = (
        "The White House on Friday issued a warning about the partnership.\n"
        "John Kirby, a spokesman, indicated that Russia offered support.\n"
        "Jane Roe, an analyst, said that it was expected."
    )
    a = Article.from_text(text, published=D(2022, 12, 9))
    claims = [
        _claim(
            text,
            "the partnership",
            "The White House",
            "issued a warning",
            speaker="White House",
            type=SpeakerType.ORGANIZATION,
        ),
        _claim(text, "Russia offered support", "John Kirby", "indicated", speaker="John Kirby"),
        _claim(text, "it was expected", "Jane Roe", "said", speaker="Jane Roe"),
    ]
    d = _dates(a, claims)
    assert d[0] is not None and d[0].value == D(2022, 12, 9)
    assert d[1] is not None and d[1].inherited and d[1].value == D(2022, 12, 9)
    assert d[2] is None


def test_vague_expression_keeps_span_and_granularity() -> None:
    text = "Sullivan recently said that officers visited Iran. Last week, the mission said that it disagreed."
    a = Article.from_text(text, published=FRI)
    d = _dates(
        a,
        [
            _claim(text, "officers visited Iran", "Sullivan", "said", speaker="Jake Sullivan"),
            _claim(
                text, "it disagreed", "the mission", "said", speaker="Mission", type=SpeakerType.ORGANIZATION
            ),
        ],
    )
    assert d[0] == StatementDate(value=None, expression=_span(text, "recently"), granularity="week")
    assert d[1] == StatementDate(value=None, expression=_span(text, "Last week"), granularity="week")


def test_without_publication_date_relative_is_kept_unresolved_absolute_resolves() -> None:
    text = "Kirby said on Thursday that yes. Peskov said on July 19, 2022 that no."
    a = Article.from_text(text)
    d = _dates(a, [_claim(text, "yes", "Kirby", "said"), _claim(text, "no", "Peskov", "said", after=30)])
    assert d[0] is not None and d[0].value is None and d[0].expression is not None
    assert d[0].expression.text == "on Thursday"
    assert d[1] is not None and d[1].value == D(2022, 7, 19)


def test_nested_claim_gets_its_own_date_outer_claim_does_not() -> None:
    text = "Kanaani also repeated remarks by Khamenei and Raisi on Tuesday that the troops should leave."
    a = Article.from_text(text, published=D(2022, 7, 20))
    outer = _claim(
        text, "remarks by Khamenei and Raisi on Tuesday that the troops should leave", "Kanaani", "repeated"
    )
    inner = _claim(text, "the troops should leave", "Khamenei and Raisi", "remarks")
    d = _dates(a, [outer, inner])
    assert d[0] is None
    assert d[1] is not None and d[1].value == D(2022, 7, 19)


def test_headline_claim_does_not_inherit() -> None:
    text = "Kirby: talks matter\nKirby said on Thursday that talks matter."
    a = Article.from_text(text, published=FRI)
    import attrs

    head = attrs.evolve(_claim(text, "talks matter", "Kirby", ":", speaker="John Kirby"), headline=True)
    body = _claim(text, "talks matter", "Kirby", "said", speaker="John Kirby", after=20)
    assert _dates(a, [head, body])[0] is None


def test_claim_without_speaker_or_cue_continues_previous_quote() -> None:
    text = "“We will act,” Kirby said on Friday.\n“And we will win.”"
    a = Article.from_text(text, published=FRI)
    bare = Claim(content=(_span(text, "And we will win."),))
    d = _dates(a, [_claim(text, "We will act,", "Kirby", "said"), bare])
    assert d[1] is not None and d[1].inherited and d[1].value == FRI


def test_index_out_of_range_is_tolerated() -> None:
    text = "Kirby said on Friday that yes."
    a = Article.from_text(text, published=FRI)
    claim = _claim(text, "yes", "Kirby", "said")
    date = statement_date(a, claim, (), 5)
    assert date is not None and date.value == FRI


def test_new_event_reported_in_between_breaks_positional_inheritance() -> None:
    text = (
        "Kirby said on Friday that the sale is near.\n"
        "Jane Roe issued an angry statement about it.\n"
        "“We deny everything,” she said."
    )
    a = Article.from_text(text, published=FRI)
    claims = [
        _claim(text, "the sale is near", "Kirby", "said", speaker="John Kirby"),
        _claim(text, "We deny everything,", "she", "said", after=text.index("“We")),
    ]
    assert _dates(a, claims)[1] is None


def test_definite_description_continues_the_nearest_claim() -> None:
    text = "Kirby said on Friday that the sale is near.\nThe spokesperson recalled that Iran had agreed."
    a = Article.from_text(text, published=FRI)
    claims = [
        _claim(text, "the sale is near", "Kirby", "said", speaker="John Kirby"),
        _claim(text, "Iran had agreed", "The spokesperson", "recalled", speaker="spokesperson"),
    ]
    d = _dates(a, claims)
    assert d[1] is not None and d[1].inherited and d[1].value == FRI


def test_description_does_not_continue_a_distant_claim() -> None:
    text = (
        "Kirby said on Friday that the sale is near.\nOther news.\nMore news.\nThe spokesperson said that no."
    )
    a = Article.from_text(text, published=FRI)
    claims = [
        _claim(text, "the sale is near", "Kirby", "said", speaker="John Kirby"),
        _claim(
            text, "no", "The spokesperson", "said", speaker="spokesperson", after=text.index("The spokes")
        ),
    ]
    assert _dates(a, claims)[1] is None


def test_habitual_cue_inherits_nothing() -> None:
    text = "Iran said on Friday that it sent nothing. Iran has repeatedly denied the reports."
    a = Article.from_text(text, published=FRI)
    org = SpeakerType.ORGANIZATION
    claims = [
        _claim(text, "it sent nothing", "Iran", "said", speaker="Iran", type=org),
        _claim(text, "the reports", "Iran", "denied", speaker="Iran", type=org, after=40),
    ]
    assert _dates(a, claims)[1] is None


def test_lead_statement_dates_the_first_person_quoted_after_it() -> None:
    text = (
        "Leaders meet\n"
        "The White House on Friday issued a warning about the partnership.\n"
        "John Kirby, a spokesman, said that Russia offered support.\n"
        "He added that more was coming."
    )
    a = Article.from_text(text, published=D(2022, 12, 9))
    claims = [
        _claim(text, "Russia offered support", "John Kirby", "said", speaker="John Kirby"),
        _claim(text, "more was coming", "He", "added", speaker="John Kirby"),
    ]
    d = _dates(a, claims)
    assert d[0] is not None and d[0].inherited and d[0].value == D(2022, 12, 9)
    assert d[0].expression is not None and d[0].expression.text == "on Friday"
    assert d[1] is not None and d[1].value == D(2022, 12, 9)


def test_lead_without_cue_word_dates_nothing() -> None:
    text = "The company on Friday launched a phone.\nJane Roe, an analyst, said that it is fine."
    a = Article.from_text(text, published=FRI)
    assert _dates(a, [_claim(text, "it is fine", "Jane Roe", "said", speaker="Jane Roe")]) == [None]


def test_programme_name_is_not_a_date() -> None:
    text = "Robby Mook told CBS This Morning on Monday that the campaign expects it."
    a = Article.from_text(text, published=D(2016, 9, 28))
    (date,) = _dates(a, [_claim(text, "the campaign expects it", "Robby Mook", "told")])
    assert date is not None and date.expression is not None
    assert (date.expression.text, date.value) == ("on Monday", D(2016, 9, 26))


def test_semicolon_ends_the_trailing_clause() -> None:
    text = "Republicans said the timing was not intentional; they only learned on Friday of it."
    a = Article.from_text(text, published=FRI)
    assert _dates(a, [_claim(text, "the timing was not intentional", "Republicans", "said")]) == [None]


def test_sentence_of_finds_the_sentence_around_a_position() -> None:
    from attribution.dates import _paragraph_sentences, _sentence_of

    text = "Intro line.\nHe spoke on Monday. Then he left on Friday.\nLast."
    article = Article.from_text(text)
    pos = text.index("Friday")
    assert text[slice(*_sentence_of(article, pos))] == "Then he left on Friday."
    starts, ends = _paragraph_sentences(text, 12, text.index("\nLast"))
    assert [text[a:b] for a, b in zip(starts, ends, strict=True)] == ["He spoke on Monday.", "Then he left on Friday."]


@pytest.mark.parametrize(
    "text",
    [
        "  He said. \x1cU.S. officials said no.  Then Mr. Smith left.\u00a0 \n\n x. Y said it at 7 p.m. He left.\n",
        "Kirby said on Monday: “No.” Peskov denied it.\n   \nA line without an end",
        ("word " * 400 + "end. Next one.\n") * 2,  # lines longer than the lookup window
    ],
)
def test_claim_sentence_is_the_same_with_the_segmenter_offsets(text: str) -> None:
    from attribution import dates
    from attribution._segment import forget_sentence_bounds, segment

    article = Article.from_text(text)
    forget_sentence_bounds()
    alone = [dates._sentence_of(article, pos) for pos in range(len(text))]
    segment(article)
    try:
        assert [dates._sentence_of(article, pos) for pos in range(len(text))] == alone
    finally:
        forget_sentence_bounds()

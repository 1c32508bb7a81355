"""inherit_event_context: a continued speech event keeps its venue, addressee and via."""

from __future__ import annotations

from attribution.testing import assert_claim, run


def test_continuation_inherits_venue_and_addressee() -> None:
    r = run(
        "Jane Roe told reporters in an interview with the Springfield Gazette on Monday that the bridge was safe.\n\n"
        "She added that the money was there.",
        published="2024-03-15",
    )
    first = assert_claim(r, content_contains="the bridge was safe")
    second = assert_claim(r, content_contains="the money was there")
    assert first.venue is not None and second.venue == first.venue
    assert second.addressee == first.addressee


def test_new_dated_event_inherits_nothing() -> None:
    r = run(
        "Jane Roe told reporters in an interview with the Springfield Gazette on Monday that the bridge was safe.\n\n"
        "On Wednesday, Roe said that the money was there.",
        published="2024-03-15",
    )
    second = assert_claim(r, content_contains="the money was there")
    assert second.venue is None


def test_anaphoric_venue_points_back() -> None:
    r = run(
        "Jane Roe spoke in an interview with the Springfield Gazette on Monday and said that the bridge was safe.\n\n"
        "In this interview, Roe also claimed: the money is there.",
        published="2024-03-15",
    )
    second = assert_claim(r, content_contains="the money is there")
    assert second.venue is not None and "Gazette" in second.venue.text

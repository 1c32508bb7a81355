"""Builtin plugin ``speakers``: within-article resolution of mentions to entities."""

from __future__ import annotations

import pytest

from attribution import Claim, Extractor, Speaker, SpeakerType, hookimpl
from attribution.testing import assert_claim, make_manager, run


def test_apposition_role_and_canonical_name() -> None:
    r = run(
        "Vedant Patel, the deputy spokesperson of the State Department, said the talks failed.\n\n"
        "Patel said later that nothing had changed."
    )
    first = assert_claim(r, content_contains="the talks failed", speaker="Vedant Patel")
    assert first.speaker.role == "deputy spokesperson of the State Department"
    assert_claim(r, content_contains="nothing had changed", speaker="Vedant Patel", mention="Patel")


def test_description_resolves_by_role() -> None:
    r = run(
        "National Security Adviser Jake Sullivan said the drones were ready.\n\n"
        "Jane Roe said that the council disagreed.\n\n"
        "The national security advisor also claimed that the deal was close."
    )
    assert_claim(r, content_contains="the deal was close", speaker="Jake Sullivan")


def test_generic_description_takes_recent_person() -> None:
    r = run(
        "John Kirby, the coordinator of the council, said the plan was sound.\n\n"
        "This White House official continued: We know the pressure works."
    )
    assert_claim(r, content_contains="We know the pressure works", speaker="John Kirby")


def test_unknown_pronoun_gives_no_speaker() -> None:
    r = run("“It will rain tomorrow,” he said.")
    c = r.claims[0]
    assert c.speaker is None
    assert c.mention is not None and c.mention.text == "he"


def test_anonymous_source_type() -> None:
    r = run("Anonymous Western officials said that the stocks were exhausted.")
    c = assert_claim(r, content_contains="stocks were exhausted")
    assert c.speaker.type is SpeakerType.ANONYMOUS


def test_third_party_plugin_overrides_speaker_resolution() -> None:
    class KnowledgeBase:
        @hookimpl
        def attribution_resolve_speaker(self, claim: Claim) -> Speaker | None:
            if claim.mention is not None and claim.mention.text == "Roe":
                return Speaker(name="Jane Q. Roe", type=SpeakerType.PERSON, role="Mayor")
            return None

    pm = make_manager(KnowledgeBase())
    r = Extractor(pm).extract("“Done,” Roe said. “Not done,” Tom Baker said.\n\n“Maybe,” said Baker.")
    names = {c.speaker.name for c in r.claims if c.speaker}
    assert "Jane Q. Roe" in names and "Tom Baker" in names


def test_claims_of_one_person_share_one_speaker() -> None:
    text = (
        "“We are ready,” said John Kirby, the spokesman of the council.\n\n"
        "“We will not wait,” Kirby said.\n\n"
        "“Nothing has changed,” Kirby added."
    )
    claims = [c for c in run(text).claims if c.speaker is not None and c.speaker.name == "John Kirby"]
    assert len(claims) >= 2
    assert all(c.speaker is claims[0].speaker for c in claims)


def test_interview_label_a_keeps_a_name() -> None:
    from attribution.testing import run

    r = run("The interview follows.\n\nQ: How did it go?\n\nA: It went well and we knew it.\n\nQ: And then?\n\nA: Then we won.")
    assert not r.errors
    for c in r.claims:
        assert c.speaker is None or c.speaker.name


def test_a_preposition_opening_the_sentence_is_not_part_of_a_name() -> None:
    r = run("For Baker, the mission is different. Baker said the race was close.")
    assert_claim(r, content_contains="race was close", speaker="Baker")
    r = run("In Baker's view, the race is over. Baker said the count was done.")
    assert_claim(r, content_contains="count was done", speaker="Baker")


def test_an_adjective_before_a_surname_is_no_title() -> None:
    r = run("Jane Roe spoke first. “The city will always be the city,” an angry Roe retaliated.")
    c = assert_claim(r, content_contains="always be the city", speaker="Jane Roe")
    assert c.speaker.role is None


@pytest.mark.parametrize(
    "window",
    ["", "\n", "abc\n", "a. b\n", "x: y", "a.\n\n", "no breaks here", "“Go,” he said. Kremlin spokesman ", "He said: “x”\n", "a?b!c\"d\n"],
)
def test_sentence_start_is_where_the_pattern_finds_it(window: str) -> None:
    from attribution import speakers

    m = speakers._SENTENCE_START.search(window)
    assert speakers._sentence_start(window) == (m.start() if m else -1)


@pytest.mark.parametrize("gap", [", ", " ,  ", ",\n", ",\u00a0", ", \n "])
def test_apposition_before_a_name_is_found_across_any_whitespace(gap: str) -> None:
    # entity_table searches for "the …, NAME" only when the name follows a
    # comma and whitespace: the same roles as searching every time
    from attribution import Article
    from attribution.speakers import _APPOSITION_BEFORE, entity_table

    text = f"The talks failed. The deputy spokesperson of the State Department{gap}Vedant Patel was not there."
    start = text.index("Vedant")
    assert _APPOSITION_BEFORE.search(text, 0, start) is not None
    table = entity_table(Article.from_text(text))
    (patel,) = table.by_surname["patel"]
    assert "deputy spokesperson of the State Department" in patel.roles


def test_entity_names_do_not_run_across_lines() -> None:
    r = run("Spokesman Does Not Deny Drones For Russia\nIran said on Wednesday that the drones were old.")
    for c in r.claims:
        assert c.speaker is None or "\n" not in c.speaker.name

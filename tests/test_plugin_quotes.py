"""Builtin plugin ``quotes``: direct quotations and their speakers."""

from __future__ import annotations

import pytest

from attribution import Kind
from attribution.testing import assert_claim, assert_no_claim, run


def only_quotes(text: str):
    return run(text, block=("reported",))


def test_trailing_attribution() -> None:
    r = only_quotes("“We will not back down,” Mayor Jane Roe said on Monday.")
    assert_claim(r, content_contains="We will not back down", speaker="Jane Roe", kind=Kind.DIRECT, cue="say")


def test_inverted_trailing_attribution_with_title() -> None:
    r = only_quotes("“The budget is balanced,” said City Treasurer Tom Baker.")
    c = assert_claim(r, speaker="Tom Baker")
    assert c.speaker.role == "City Treasurer"
    assert c.mention.text == "City Treasurer Tom Baker"


def test_leading_attribution_with_colon_and_that() -> None:
    r = only_quotes("Jane Roe said: “The bridge opens in May.” Tom Baker told reporters that “nothing is certain.”")
    assert_claim(r, content_contains="The bridge opens in May", speaker="Jane Roe", cue="say")
    c = assert_claim(r, content_contains="nothing is certain", speaker="Tom Baker", cue="tell")
    assert c.addressee is not None and c.addressee.text == "reporters"


def test_split_quote_is_one_claim_with_two_spans() -> None:
    r = only_quotes("“We tried,” she said, “and we failed.” The council met later.\n\nJane Roe spoke first.")
    claims = [c for c in r.claims if "We tried" in c.text]
    assert len(claims) == 1
    assert [s.text for s in claims[0].content] == ["We tried,", "and we failed."]


def test_quotes_in_one_paragraph_form_one_turn() -> None:
    r = only_quotes("“It is late,” Jane Roe said. “But we are ready.”")
    assert len(r.claims) == 1
    assert len(r.claims[0].content) == 2


def test_next_paragraph_quote_continues_the_speaker() -> None:
    r = only_quotes("“It is late,” Jane Roe said.\n\n“And I think we are ready for it.”")
    assert len(r.claims) == 2
    assert {c.speaker.name for c in r.claims} == {"Jane Roe"}


def test_multi_paragraph_quote_is_one_claim() -> None:
    text = "Jane Roe said: “The first part of the plan is ready.\n\n“The second part follows in May.”"
    r = only_quotes(text)
    c = assert_claim(r, content_contains="first part", speaker="Jane Roe")
    assert len(c.content) == 2


def test_pronoun_resolves_to_earlier_speaker() -> None:
    r = run("Jane Roe, the mayor of Springfield, opened the meeting.\n\n“We have waited long enough,” she said.")
    assert_claim(r, content_contains="waited long enough", speaker="Jane Roe", mention="she")


def test_surname_resolves_to_full_name() -> None:
    r = run("Jane Roe spoke first at the hearing.\n\n“It is done,” Roe said later that day.")
    assert_claim(r, content_contains="It is done", speaker="Jane Roe", mention="Roe")


def test_scare_quotes_are_not_claims() -> None:
    r = only_quotes("The so-called “peace plan” was published on Monday.")
    assert r.claims == ()


def test_unbalanced_quotes_do_not_swallow_the_article() -> None:
    text = "He said “this never closes.\n\nSecond paragraph.\n\n“It is fine,” Jane Roe said."
    r = only_quotes(text)
    c = assert_claim(r, content_contains="It is fine", speaker="Jane Roe")
    assert all("Second paragraph" not in s.text for claim in r.claims for s in claim.content)
    assert c.content[0].end <= len(text)


def test_embedded_partial_quote_left_to_reported() -> None:
    r = only_quotes("The mayor called the plan a “historic step” for the town.")
    assert_no_claim(r, kind=Kind.DIRECT)


def test_paragraph_ending_in_colon_introduces_the_next_quote() -> None:
    r = only_quotes("Jane Roe told the crowd, to loud applause:\n\n“Nobody is more ready for this job than we are.”")
    assert_claim(r, content_contains="more ready", speaker="Jane Roe", cue="tell")


def test_paragraph_ending_in_colon_without_a_cue_verb() -> None:
    r = only_quotes("The council met.\n\nThe Springfield Charter, article one:\n\n“Every resident may speak at the council.”")
    c = assert_claim(r, content_contains="Every resident")
    assert c.mention is not None and c.mention.text == "The Springfield Charter"
    assert c.cue is not None and c.cue.lemma == "colon"


def test_verbs_outside_the_lexicon_after_an_open_quote() -> None:
    r = only_quotes("“Would it be negotiable?” Tom Baker pressed.\n\n“Where is the money?” demanded Jane Roe.")
    assert_claim(r, content_contains="negotiable", speaker="Tom Baker")
    assert_claim(r, content_contains="Where is the money", speaker="Jane Roe")


def test_no_unknown_verb_after_a_closed_sentence() -> None:
    r = only_quotes("He wrote “The End.” Tom Baker arrived later.")
    assert_no_claim(r, speaker="Tom Baker")


def test_inverted_description_and_apposition_before_the_name() -> None:
    r = only_quotes(
        "“It is hard to come back to work,” said the designer, who works for another brand.\n\n"
        "“California stuck out as a place to compete,” the mayor's campaign manager, Jeff Weaver, said."
    )
    c = assert_claim(r, content_contains="hard to come back")
    assert c.mention is not None and c.mention.text == "the designer"
    assert_claim(r, content_contains="California stuck out", speaker="Jeff Weaver")


def test_participle_after_a_quote_is_not_an_inverted_speaker() -> None:
    r = only_quotes("He said that “the industry does not exist”, denouncing a “proxy war” by the allies.")
    for c in r.claims:
        assert c.mention is None or c.mention.text != "a"


def test_quote_after_a_reported_statement_in_its_paragraph() -> None:
    r = only_quotes(
        "“That would be a false reason,” Jane Roe said.\n\n"
        "Tom Baker said he was careful about the wording. “We did not touch the deal in any way.”"
    )
    assert_claim(r, content_contains="did not touch the deal", mention="Tom Baker")


def test_quote_signed_on_the_next_line() -> None:
    r = only_quotes("The debate went on.\n\n“I went to the bank before the crash and warned them.”\n\n- Jane Roe.\n\nRoe tends to overstate.")
    c = assert_claim(r, content_contains="before the crash")
    assert c.mention is not None and c.mention.text == "Jane Roe"


def test_bare_attribution_after_a_closed_quote() -> None:
    r = only_quotes("“Find the emails that are missing.” Tom Baker said.")
    assert_claim(r, content_contains="emails that are missing", speaker="Tom Baker")
    r = only_quotes("“The bridge opens in May.” Tom Baker told the council about the delay.")
    assert_no_claim(r, speaker="Tom Baker")


def test_capitalised_cue_word_in_a_name_is_skipped() -> None:
    r = only_quotes("“Nothing would change,” Fred Kagan, director of the Critical Threats Project, said.")
    assert_claim(r, content_contains="Nothing would change", speaker="Fred Kagan")


def test_quote_after_a_paragraph_of_reported_speech() -> None:
    r = only_quotes("The race is close. Rather, he said, the effort is growing.\n\n“To my knowledge, nobody big is involved yet.”")
    c = assert_claim(r, content_contains="nobody big")
    assert c.mention is not None and c.mention.text == "he"


def test_titles_in_the_next_paragraph_do_not_continue_a_turn() -> None:
    r = only_quotes("“We will win,” Jane Roe said.\n\nShe likes “The Walking Dead” and other shows on television.")
    assert_no_claim(r, content_contains="Walking Dead")


def test_reported_speaker_is_the_main_clause_subject() -> None:
    r = only_quotes("“It is early,” Jane Roe said.\n\nTom Baker added that the council very much wants a vote. “They do not like to talk about it.”")
    assert_claim(r, content_contains="do not like to talk", mention="Tom Baker")


def test_went_on_with_a_colon() -> None:
    r = only_quotes("“It is early,” Tom Baker said.\n\nJane Roe went on: “It is like a leaking house.”")
    assert_claim(r, content_contains="leaking house", speaker="Jane Roe")


def test_inverted_cue_between_commas_before_a_quote() -> None:
    r = only_quotes("Because of the schedule, explained Tom Baker, “it is hard to see how we win.”")
    assert_claim(r, content_contains="hard to see", speaker="Tom Baker")


def test_cue_nouns_before_a_quote_are_skipped() -> None:
    r = only_quotes("The lawmaker said Tom Baker's remarks “have had widespread dissemination.”")
    c = assert_claim(r, content_contains="widespread dissemination")
    assert c.mention is not None and c.mention.text == "The lawmaker"


def test_partial_quote_in_a_clause_is_left_to_reported() -> None:
    r = run("WASHINGTON (AFP) – Jane Roe took a swipe at the council, saying that “bombastic comments” do more harm than good.")
    c = assert_claim(r, kind=Kind.MIXED, speaker="Jane Roe")
    assert c.content[0].text.startswith("“bombastic comments” do more harm")
    r = only_quotes("Tom Baker said “No” in response to questions about the budget.")
    assert_claim(r, content_contains="No", speaker="Tom Baker", kind=Kind.DIRECT)


def test_according_to_after_a_quote() -> None:
    r = only_quotes("“Officials expect to finish their work within weeks,” according to the Daily Ledger.")
    c = assert_claim(r, content_contains="finish their work", cue="according to")
    assert c.mention is not None and c.mention.text == "the Daily Ledger"


def test_name_parts_the_walk_stops_at_and_ages() -> None:
    r = only_quotes("“It was the first time,” KTV This Morning co-anchor Jane Roe said.")
    c = assert_claim(r, speaker="Jane Roe")
    assert c.mention is not None and c.mention.text.startswith("KTV")
    r = only_quotes("“What if the mayor had lessons?” the 43-year-old asked in the video.")
    c = assert_claim(r, content_contains="had lessons")
    assert c.mention is not None and c.mention.text == "the 43-year-old"


def test_quote_after_as_is_embedded() -> None:
    r = run('The candidate has mocked a reporter and referred to the protesters as "thugs" in a speech.')
    assert_no_claim(r, kind=Kind.DIRECT)


def test_split_quote_around_a_speaker_with_apposition() -> None:
    r = only_quotes("“We have offices in the state,” said Jane Roe, the campaign's director, “and we are here to stay.”")
    c = assert_claim(r, content_contains="offices", speaker="Jane Roe")
    assert [s.text for s in c.content] == ["We have offices in the state,", "and we are here to stay."]


def test_relative_clause_about_the_speaker_is_no_new_turn() -> None:
    r = only_quotes("“I am not for either,” said Tom Baker, 65, who showed up in Portland to hear the mayor. “I am not sure.”")
    c = assert_claim(r, content_contains="not for either", speaker="Tom Baker")
    assert [s.text for s in c.content] == ["I am not for either,", "I am not sure."]


def test_according_to_a_medium_after_the_speaker_is_the_via() -> None:
    r = only_quotes("“We will not protest,” Jane Roe said, according to CNN. “It matters.”")
    c = assert_claim(r, content_contains="not protest", speaker="Jane Roe")
    assert c.via is not None and c.via.text == "CNN"
    r = only_quotes("“We will not protest,” Jane Roe said, according to her aide.")
    assert assert_claim(r, speaker="Jane Roe").via is None


def test_quotation_dash_signature_on_the_quote_line() -> None:
    r = only_quotes("Readers wrote in.\n\n“The bridge must open.” ― Jane Roe\n“It is too late.” — Tom Baker.")
    assert_claim(r, content_contains="bridge must open", speaker="Jane Roe")
    assert_claim(r, content_contains="too late", speaker="Tom Baker")
    r = only_quotes("Readers wrote in.\n\n“The bridge must open.” - and then the council left for the day.")
    assert_no_claim(r, speaker="Jane Roe")


def test_trailing_speaker_with_an_apposition_holding_a_title() -> None:
    r = only_quotes("“Positions will soften,” Ohio Rep. Tom Baker’s chief of staff, Jane Roe, said. “It is time.”")
    c = assert_claim(r, content_contains="Positions will soften", speaker="Jane Roe")
    assert [s.text for s in c.content] == ["Positions will soften,", "It is time."]
    r = only_quotes("“We raised more,” Jane Roe, Sanders’ campaign manager, said in a statement.")
    c = assert_claim(r, speaker="Jane Roe")
    assert c.mention is not None and c.mention.text == "Jane Roe"


def test_inverted_cue_before_a_preposition_keeps_the_subject() -> None:
    r = only_quotes("Jane Roe, 35, the daughter of the mayor, said on Twitter on Monday, “Next summer we move.”")
    c = assert_claim(r, content_contains="Next summer", speaker="Jane Roe")
    assert c.mention is not None and c.mention.text == "Jane Roe"


def test_digest_source_after_a_dash_before_the_colon() -> None:
    r = only_quotes("Pollsters agree - Jane Roe: “Keep on contacting voters as late as possible.”")
    assert_claim(r, content_contains="contacting voters", speaker="Jane Roe", cue="colon")
    r = only_quotes("Polls fell - More from the report: “Vendors condition their samples.”")
    c = assert_claim(r, content_contains="Vendors condition")
    assert c.mention is not None and c.mention.text == "the report"


def test_relative_clause_after_an_apposition_is_no_new_turn() -> None:
    r = only_quotes("“It will be close,” said Gov. Jane Roe of Ohio, a former backer of Sen. Tom Baker, who has since called on voters to stay home. “Realistically, we can win.”")
    c = assert_claim(r, content_contains="It will be close", speaker="Jane Roe")
    assert [s.text for s in c.content] == ["It will be close,", "Realistically, we can win."]


def test_an_addressee_after_told_is_not_the_speaker() -> None:
    r = only_quotes("Jane Roe, who was listed on the slate, told POLITICO, “Of the three, I like Tom Baker the best.”")
    assert_claim(r, content_contains="Of the three", speaker="Jane Roe")


def test_verb_outside_the_lexicon_before_and() -> None:
    r = only_quotes("“Go back to your seat,” Jane Roe barked and a guard escorted Tom Baker out.")
    assert_claim(r, content_contains="Go back to your seat", speaker="Jane Roe")


def test_a_short_subhead_in_single_quotes_is_no_claim() -> None:
    r = only_quotes("“It was booming,” Jane Roe said.\n\n'A really tough decision.'\n\nThe mill closed in May.")
    assert_no_claim(r, content_contains="tough decision")
    r = only_quotes("Jane Roe said the mill would close.\n\n“A really tough decision.”")
    assert_claim(r, content_contains="tough decision")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("“It is the best role,” said conservative activist Tom Baker, who is not affiliated.", "Tom Baker"),
        ("“The train has left the station,” wrote Ledger magazine.", "Ledger magazine"),
        ("“These are dark days,” former George W. Baker speechwriter Jane Roe said.", "former George W. Baker speechwriter Jane Roe"),
    ],
)
def test_inverted_speakers_after_modifiers_and_media_heads(text: str, mention: str) -> None:
    c = assert_claim(only_quotes(text))
    assert c.mention is not None and c.mention.text == mention


def test_a_quote_after_an_issued_statement_is_the_issuers() -> None:
    r = only_quotes("After the vote, Jane Roe issued a statement, “Last night, our city was tested.”")
    c = assert_claim(r, content_contains="our city was tested", speaker="Jane Roe")
    assert c.cue is not None and c.cue.lemma == "issue"


def test_a_participle_without_a_comma_takes_the_main_subject_unless_the_object_speaks() -> None:
    r = only_quotes("Jane Roe started the debate saying “the plan works and it will pass the council.”")
    assert_claim(r, content_contains="the plan works", mention="Jane Roe")
    r = only_quotes("Tom Baker held up a sign saying “Bridges not walls.”")
    assert_claim(r, content_contains="Bridges not walls", mention="a sign")
    r = only_quotes("Reporters watched Jane Roe telling the crowd, “We will win.”")
    assert_claim(r, content_contains="We will win", mention="Jane Roe")


def test_a_quote_inside_a_reported_clause_takes_the_verb_of_saying() -> None:
    r = only_quotes("Jane Roe gave an interview, remarking from Ohio she did not feel “this is a very hard thing to do.”")
    c = assert_claim(r, content_contains="very hard thing", cue="remark")
    assert c.mention is not None and c.mention.text == "Jane Roe"
    # a verb that introduces the quote itself keeps it
    r = only_quotes("When Jane Roe noted that the vote was late, Tom Baker boasted, “That makes me smart.”")
    assert_claim(r, content_contains="makes me smart", mention="Tom Baker")


def test_the_subject_of_went_on_to_say() -> None:
    r = only_quotes("The mayor went on to say, “Today people just don’t feel a need to show up.”")
    assert_claim(r, content_contains="a need to show up", mention="The mayor")


def test_a_quoted_transcript_gives_one_claim_per_turn() -> None:
    r = only_quotes(
        "The exchange went as follows:\n\n"
        "“ROE: Will the bridge open in May?\n\n"
        "“BAKER: It will open in June. The money is there.\n\n"
        "“We start next week.”"
    )
    roe = assert_claim(r, content_contains="Will the bridge open", mention="ROE")
    assert roe.content[0].text.startswith("Will")
    baker = assert_claim(r, content_contains="It will open in June", mention="BAKER")
    assert len(baker.content) == 2  # the paragraph without a label goes on with the turn
    r = only_quotes("“UPDATE: The bridge will open in June, the council said on Friday.”")
    assert all(c.mention is None or c.mention.text != "UPDATE" for c in r.claims)


def test_a_quote_after_a_reported_statement_without_an_earlier_quote_claim() -> None:
    r = only_quotes(
        "The mayor has called him a master at bolting deals together. “He showed again and again an ability to put together deals.”"
    )
    assert_claim(r, content_contains="He showed again", mention="The mayor")


def test_a_colon_paragraph_with_a_noun_cue_and_a_dated_opener() -> None:
    r = only_quotes(
        "On July 6, 2015, Jane Roe made the following comment:\n\n"
        "“For young people who have left school, the rate is 33 percent.”"
    )
    assert_claim(r, content_contains="For young people", mention="Jane Roe")


def test_a_quote_after_an_inverted_trailing_attribution_takes_its_speaker() -> None:
    r = only_quotes(
        "The answers are “not meeting the demand,” says Tom Baker, founder of the group. "
        "“We often compare it to the early days of the crisis, when nobody was paying attention.”"
    )
    assert_claim(r, content_contains="We often compare", mention="Tom Baker")


def test_a_coordinated_cue_before_a_quote_takes_the_first_verbs_subject() -> None:
    r = only_quotes(
        "Jane Roe, the former mayor, stressed her support of the plan during a forum and said "
        "she has the quality the job needs: “Steadiness, and mixed with strength.”"
    )
    assert_claim(r, content_contains="Steadiness", mention="Jane Roe")


def test_a_trailing_subject_with_lowercase_premodifiers() -> None:
    r = only_quotes("“We cannot wait another week,” the paper's editorial board wrote.")
    assert_claim(r, content_contains="cannot wait", mention="the paper's editorial board")
    r = only_quotes("“We cannot wait another week,” former State policy planning director Jane Roe wrote to him.")
    assert_claim(r, content_contains="cannot wait", mention="former State policy planning director Jane Roe")


def test_a_cue_word_after_an_article_and_an_adjective_is_a_noun() -> None:
    r = only_quotes("Jane Roe delivered a snappy retort: “No one is tearing this up.”")
    assert_claim(r, content_contains="No one is tearing", mention="Jane Roe")


def test_a_participle_phrase_of_the_attribution_does_not_end_the_turn() -> None:
    r = only_quotes("“It has been seven years,” Tom Baker said, asked about the delay. “Why should I be surprised?”")
    c = assert_claim(r, content_contains="seven years", mention="Tom Baker")
    assert len(c.content) == 2
    r = only_quotes("“It has been seven years,” Tom Baker said. Jane Roe said she agreed. “Why should I be surprised?”")
    c = assert_claim(r, content_contains="seven years", mention="Tom Baker")
    assert len(c.content) == 1


def test_chants_and_shouts_are_cues() -> None:
    r = only_quotes("The crowd chanted “Lock her up!” as the senator spoke.")
    assert_claim(r, content_contains="Lock her up", mention="The crowd", cue="chant")
    assert not run("He yelled at the referee.").claims


def test_a_participle_phrase_with_its_own_cue_stays_with_the_attribution() -> None:
    r = only_quotes(
        "“We are going to start chipping away at the lead,” added his campaign manager Jeff Weaver, "
        "speaking to CNN after the senator spoke. “We have a path to victory.”"
    )
    c = assert_claim(r, content_contains="chipping away", speaker="Jeff Weaver")
    assert len(c.content) == 2

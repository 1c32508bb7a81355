"""Builtin plugin ``reported``: indirect, mixed, colon and according-to statements."""

from __future__ import annotations

import pytest

from attribution import Kind, Stance
from attribution.testing import assert_claim, assert_no_claim, run


def test_indirect_with_that() -> None:
    r = run("Jane Roe said on Monday that the bridge would open in May.")
    c = assert_claim(r, content_contains="the bridge would open in May", speaker="Jane Roe", kind=Kind.INDIRECT)
    assert c.content[0].text == "the bridge would open in May"  # no cue, no final period


def test_indirect_without_that() -> None:
    assert_claim(run("Tom Baker said the costs had doubled."), content_contains="the costs had doubled", speaker="Tom Baker")


def test_mixed_keeps_the_whole_clause() -> None:
    r = run("Jane Roe said the plan was a “historic step” for the town.")
    c = assert_claim(r, kind=Kind.MIXED, speaker="Jane Roe")
    assert c.content[0].text == "the plan was a “historic step” for the town"


def test_colon_speech_runs_to_paragraph_end() -> None:
    r = run("The mayor, Jane Roe, added: We are ready. We have the money. We start in May.")
    c = assert_claim(r, kind=Kind.COLON, speaker="Jane Roe")
    assert c.content[0].text == "We are ready. We have the money. We start in May"


def test_headline_colon() -> None:
    r = run("City Hall: The bridge will open in May\n\nJane Roe said that the plans were final.")
    assert_claim(r, kind=Kind.COLON, content_contains="The bridge will open", mention="City Hall")


def test_trailing_unquoted_attribution() -> None:
    r = run("Any further delay would be a serious mistake, Baker said, adding that the council agreed.")
    assert_claim(r, content_contains="Any further delay would be a serious mistake", speaker="Baker")
    assert_claim(r, content_contains="the council agreed", speaker="Baker")


def test_according_to_both_orders() -> None:
    r = run("According to the city budget office, costs rose by a third.\n\nTraffic doubled, according to a council report.")
    assert_claim(r, content_contains="costs rose by a third", mention="the city budget office", cue="according to")
    assert_claim(r, content_contains="Traffic doubled", mention="a council report")


def test_according_to_a_medium_becomes_via() -> None:
    r = run("According to Reuters, Jane Roe said that the deal was signed.")
    c = assert_claim(r, content_contains="the deal was signed", speaker="Jane Roe")
    assert c.via is not None and c.via.text == "Reuters"


def test_stances() -> None:
    r = run(
        "Jane Roe denied that the plan was rushed.\n\n"
        "Tom Baker did not deny reports that he would resign.\n\n"
        "The council said it could not confirm the figures from the report.\n\n"
        "Roe categorically rejected claims that the money was lost."
    )
    assert_claim(r, content_contains="the plan was rushed", stance=Stance.DENY)
    assert_claim(r, content_contains="he would resign", stance=Stance.REFUSE)
    assert_claim(r, content_contains="money was lost", stance=Stance.DENY)


def test_organization_and_document_speakers() -> None:
    r = run("The White House warned that talks would fail.\n\nA leaked council memo said the budget was short.")
    c = assert_claim(r, content_contains="talks would fail")
    assert c.speaker is not None and c.speaker.type.value == "organization"
    c = assert_claim(r, content_contains="budget was short")
    assert c.speaker is not None and c.speaker.type.value == "document"


def test_nouns_are_not_cues() -> None:
    assert_no_claim(run("The warning came after his statement about the claims of fraud."), extractor="reported")


def test_capitalised_form_is_not_a_cue() -> None:
    assert_no_claim(run("The United States is considering new measures."))


def test_boilerplate_lines_yield_no_claims_but_read_also_is_flagged() -> None:
    text = (
        "Jane Roe said that the bridge is safe.\n\n"
        "• Read also: The town will grow “faster than ever”, says Tom Baker\n\n"
        "Leave a Reply\nShare:\nFacebook\nComments are closed."
    )
    r = run(text, include_boilerplate=True)
    flagged = [c for c in r.claims if c.boilerplate]
    assert len(flagged) == 1 and "faster than ever" in flagged[0].text
    assert all("Reply" not in c.text and "Facebook" not in c.text for c in r.claims)


def test_nominal_attribution_is_nested_in_the_outer_claim() -> None:
    r = run("Jane Roe rejected US statements that the talks had failed.")
    outer = assert_claim(r, content_contains="US statements that the talks had failed", speaker="Jane Roe")
    assert outer.stance is Stance.DENY
    inner = assert_claim(r, mention="US")
    assert inner.speaker is not None and inner.speaker.name == "United States"
    assert inner.content[0].text == "the talks had failed"


def test_infinitive_complements() -> None:
    r = run("Tom Baker promised on Monday to rebuild the bridge.\n\nJane Roe declined to comment.")
    assert_claim(r, content_contains="to rebuild the bridge", speaker="Tom Baker", cue="promise")
    assert_claim(r, content_contains="to comment", speaker="Jane Roe", stance=Stance.REFUSE)


def test_trailing_attribution_with_a_possessive_description() -> None:
    r = run("Jane Roe, a mother of three, was headed to Cairo, her friend said.")
    c = assert_claim(r, content_contains="headed to Cairo", mention="her friend")
    assert c.content[0].text.startswith("Jane Roe")


def test_parenthetical_attribution_after_a_one_word_opener() -> None:
    r = run("Overall, she said, the plan will fail.")
    c = assert_claim(r, content_contains="the plan will fail", mention="she")
    assert [s.text for s in c.content] == ["Overall", "the plan will fail"]


def test_compound_venue_is_not_content() -> None:
    r = run("The plan will fail, Jane Roe said in a video message to the convention.")
    c = assert_claim(r, speaker="Jane Roe")
    assert c.text == "The plan will fail"
    assert c.venue is not None and "video message" in c.venue.text


def test_year_between_cue_and_that() -> None:
    r = run("Tom Baker (D-Ga.) said in 2008 that the plan would fail.")
    assert_claim(r, content_contains="the plan would fail", speaker="Tom Baker")


def test_no_trailing_attribution_across_another_cue() -> None:
    r = run("In Vermont, about half of the primary voters said they want a change.")
    assert_no_claim(r, content_contains="In Vermont")


def test_any_cue_verb_takes_a_noun_phrase_object() -> None:
    r = run("Jane Roe mocked Tom Baker for his budget.")
    assert_claim(r, content_contains="Tom Baker for his budget", speaker="Jane Roe", cue="mock")
    assert_no_claim(run("Jane Roe spoke about the budget."), content_contains="about the budget")


def test_beliefs_without_a_named_source() -> None:
    r = run("The bill is expected to pass the Senate this week.")
    c = assert_claim(r, content_contains="to pass the Senate")
    assert c.mention is None and c.speaker is None
    assert c.content[0].text == "The bill"


@pytest.mark.parametrize(
    "sentence",
    [
        "The bill seemed to gain support in the Senate.",
        "The bill appears to gain support in the Senate.",
        "The senator is said to favor the bill strongly.",
        "The senator was thought\t to favor the bill strongly.",
        "The senator is widely believed  to  favor the bill strongly.",
        "The senator was rumoured\u00a0to favor the bill strongly.",
    ],
)
def test_beliefs_are_found_after_any_raising_verb(sentence: str) -> None:
    # _from_raising scans only paragraphs holding "seem", "appear" or a
    # participle, "thought" or "said" before "to": each form here has one
    assert_claim(run(sentence), content_contains="to ")


def test_inverted_attribution_after_a_noun_phrase() -> None:
    r = run("The program is informal, but it has a loyal following, said Ms. Jane Gil.")
    c = assert_claim(r, speaker="Jane Gil")
    assert c.content[0].text.endswith("a loyal following")
    assert_no_claim(r, mention="a loyal following")


def test_apposition_name_before_the_cue_is_still_the_subject() -> None:
    r = run("The committee chief, Tom Baker, praised the efforts of the volunteers.")
    assert_claim(r, speaker="Tom Baker", content_contains="the efforts of the volunteers")


def test_poll_figures_as_speakers() -> None:
    r = run("Only 24 percent said the plan was fair. In Ohio, about half of the voters said they want change.")
    assert_claim(r, mention="Only 24 percent", content_contains="the plan was fair")
    assert_claim(r, mention="about half of the voters", content_contains="they want change")


def test_closing_mark_after_the_comma_stays_in_the_content() -> None:
    r = run('The plan may be "strategic," said Tom Baker, a professor at the state university.')
    c = assert_claim(r, speaker="Tom Baker")
    assert c.content[0].text == 'The plan may be "strategic,"'
    assert len(c.content) == 1


def test_questions_are_reported_from_the_wh_word() -> None:
    r = run("Tom Baker asked workers if they planned to attend the meeting.")
    c = assert_claim(r, speaker="Tom Baker", cue="ask")
    assert c.content[0].text.endswith("if they planned to attend the meeting")
    r = run("Asked by Jane Roe whether the plan was ready, the mayor smiled.")
    c = assert_claim(r, cue="ask", content_contains="whether the plan was ready")
    assert c.mention is not None and c.mention.text == "Jane Roe"


def test_weak_cues_need_that_or_a_colon() -> None:
    assert_no_claim(run("Jane Roe continued the tour of the plant."), cue="continue")
    assert_claim(run("Jane Roe continued that the plant was safe."), cue="continue", speaker="Jane Roe")


def test_progressive_cues_and_a_distant_that() -> None:
    r = run("Jane Roe is telling a packed crowd in snowy Windham on Monday that she will win.")
    c = assert_claim(r, speaker="Jane Roe", cue="tell")
    assert c.content[0].text == "she will win"


def test_second_participle_after_and() -> None:
    r = run("Jane Roe spoke on Tuesday, telling reporters that the plan works and questioning how the council “got away with it.”")
    assert_claim(r, cue="question", speaker="Jane Roe", content_contains="how the council")


def test_content_stops_at_a_participle_or_a_new_clause() -> None:
    r = run('Tom Baker called Jane Roe the "ultimate hypocrite," linking to a story.')
    c = assert_claim(r, speaker="Tom Baker", cue="call")
    assert c.content[0].text == 'Jane Roe the "ultimate hypocrite,"'
    r = run('Tom Baker voiced a wish for a "strong town," and he pronounced the mayor "a friend."')
    c = assert_claim(r, speaker="Tom Baker", content_contains="strong town")
    assert "pronounced" not in c.text


def test_bare_plural_and_possessive_subjects() -> None:
    assert_claim(run("But opponents say the wage increase will push companies away."), mention="opponents")
    assert_claim(run("Mrs. Roe's confidants say it is only fitting."), mention="Mrs. Roe's confidants")
    assert_claim(run("About one in five say they would not vote."), mention="About one in five")
    assert_claim(run("Nearly a third say they don't know."), content_contains="they don't know")


def test_interview_labels() -> None:
    r = run("The interview follows.\n\nQ: How did things go for you?\n\nA: We were lucky and we knew it.")
    assert_claim(r, mention="Q", kind=Kind.COLON, content_contains="How did things go")
    assert_claim(r, mention="A", kind=Kind.COLON, content_contains="We were lucky")


def test_participle_with_a_particle() -> None:
    r = run('"It is Jeff," Jane Roe answered, referring to Jeff Baker, a city official.')
    c = assert_claim(r, cue="refer to", speaker="Jane Roe")
    assert c.content[0].text.startswith("Jeff Baker")


def test_quote_only_cues_in_reported_speech() -> None:
    assert_no_claim(run("Jane Roe spoke the language of the valley."), cue="speak")
    assert_claim(run("Jane Roe went on to speak with optimism that the talks are alive."), cue="speak", speaker="Jane Roe")
    assert_no_claim(run("Battleground states that voted early are counted."), cue="state")


def test_section_labels_are_not_speakers() -> None:
    r = run("Poll: Roe and Baker in dead heat in the county.\n\nThe race is close.\n\nContributing: Todd Spangler.")
    assert_no_claim(r, kind=Kind.COLON)


def test_any_past_tense_verb_before_that() -> None:
    r = run("Jane Roe joked that the wall would be ten feet taller.")
    assert_claim(r, speaker="Jane Roe", content_contains="the wall would be ten feet taller")
    assert_no_claim(run("The plan ensured that nobody lost."))


def test_coordinated_cue_after_a_quoted_object() -> None:
    r = run('Tom Baker called the plan "extremely careless," but said she should face no charges.')
    assert_claim(r, speaker="Tom Baker", cue="say", content_contains="she should face no charges")


def test_parenthetical_plural_and_reflexive_subjects() -> None:
    assert_claim(run("Jane Roe, these people said, would be open to other measures."), mention="these people")
    assert_claim(run("Ford itself said the deal was on."), mention="Ford", content_contains="the deal was on")
    assert_claim(run("The contrast with Roe, said Tom Baker and others, would be clear."), mention="Tom Baker and others")


def test_interjections_and_to_which() -> None:
    r = run('Jane Roe said the plan was strong, to which Tom Baker interjected: "It is just not true."')
    c = assert_claim(r, speaker="Jane Roe", cue="say")
    assert c.content[0].text == "the plan was strong"
    assert_claim(r, speaker="Tom Baker", content_contains="not true")


def test_told_with_only_an_addressee_is_not_reported_speech() -> None:
    r = run("“We will win,” Jane Roe told a Senate panel Wednesday.")
    assert_no_claim(r, content_contains="a Senate panel")
    assert_claim(run("Jane Roe told reporters the plan would fail."), content_contains="the plan would fail")


def test_phrasal_cues_take_the_prepositional_object() -> None:
    r = run("Jane Roe railed against the new parking fees on Tuesday.")
    assert_claim(r, speaker="Jane Roe", cue="rail against", content_contains="the new parking fees")
    r = run("Tom Baker spoke about the budget at length.")
    assert_claim(r, speaker="Tom Baker", cue="speak about", content_contains="the budget")


def test_intentions_with_an_infinitive() -> None:
    r = run("Jane Roe sought to calm the crowd before the vote.")
    assert_claim(r, speaker="Jane Roe", content_contains="to calm the crowd")


def test_according_to_a_long_source_at_the_end() -> None:
    r = run("The agency is looking into the deal, according to three officials who spoke to the paper but were not named.")
    c = assert_claim(r, cue="according to", content_contains="looking into the deal")
    assert c.mention is not None and c.mention.text.startswith("three officials")
    r = run("Roe leads Baker by 27 delegates according to a count by the county, but the race goes on.")
    c = assert_claim(r, cue="according to")
    assert [s.text for s in c.content] == ["Roe leads Baker by 27 delegates"]


def test_participles_after_dashes_gerunds_and_absolutes() -> None:
    r = run("Jane Roe flipped her choice on the spot – saying she was rooting for the home team.")
    assert_claim(r, speaker="Jane Roe", content_contains="rooting for the home team")
    r = run("Tom Baker picked up from his daughter by saying he is ready to work for the town.")
    assert_claim(r, speaker="Tom Baker", content_contains="ready to work")
    r = run("Many voters shrugged, with three in 10 saying the running mate would have no effect.")
    assert_claim(r, mention="three in 10", content_contains="no effect")


def test_participle_subject_after_a_long_opener_and_an_apposition() -> None:
    r = run(
        "In a victory speech in Westchester County on Tuesday night, Tom Baker struck a measured tone, "
        "saying he understood the responsibility."
    )
    assert_claim(r, speaker="Tom Baker", cue="say", content_contains="he understood")
    r = run("But the other candidate on the stage, former Mayor Jane Roe, drew a contrast, saying that the costs matter.")
    c = assert_claim(r, cue="say", content_contains="the costs matter")
    assert c.mention is not None and c.mention.text == "former Mayor Jane Roe"


def test_as_reported_by() -> None:
    r = run("As reported by the Springfield Ledger, investigators found over 200 emails on the server.")
    c = assert_claim(r, cue="report", content_contains="investigators found over 200 emails")
    assert c.mention is not None and c.mention.text == "the Springfield Ledger"
    assert_no_claim(r, content_contains="As reported by")
    r = run("As the Daily Ledger reported, the mayor gave money to the campaign.")
    assert_claim(r, mention="the Daily Ledger", content_contains="the mayor gave money")
    assert_no_claim(run("As expected, the vote was close."))


def test_coordinated_cue_after_a_reported_clause() -> None:
    r = run('Sen. Tom Baker said the tax plan would give money to the banks, and called it "a giveaway."')
    assert_claim(r, speaker="Tom Baker", cue="call", content_contains="giveaway")
    r = run('The candidate mocked a reporter and recently pointed to a man in the crowd and called him "my friend."')
    c = assert_claim(r, cue="call", content_contains="my friend")
    assert c.mention is not None and c.mention.text == "The candidate"


def test_parenthetical_told_with_an_addressee_and_trailing_told() -> None:
    r = run("Instead, Jane Roe told the Ledger, the plan would merely be delayed.")
    c = assert_claim(r, speaker="Jane Roe", cue="tell")
    assert "the plan would merely be delayed" in c.text
    r = run("This is not about me, Mayor Tom Baker told his advisers as he worked on the speech.")
    c = assert_claim(r, speaker="Tom Baker", cue="tell")
    assert c.content[0].text == "This is not about me"
    r = run("Jane Roe - the mayor's friend and co-host - told the Ledger that the mayor changed in 2002.")
    assert_claim(r, speaker="Jane Roe", content_contains="the mayor changed")


def test_pronominal_subjects() -> None:
    r = run("While one company says there are 2,400 of them, another says there are about 1,800.")
    c = assert_claim(r, mention="one company")
    assert c.content[0].text.endswith("2,400 of them")
    assert_claim(r, mention="another", content_contains="about 1,800")


def test_phrasal_show_up_is_no_cue() -> None:
    r = run("Tom Baker showed up in Portland on Monday.")
    assert_no_claim(r)


def test_participle_takes_the_subject_before_a_finite_verb() -> None:
    r = run("The Metro Transit Authority released a statement on Monday, offering “a sincere apology” to riders.")
    c = assert_claim(r, content_contains="sincere apology")
    assert c.mention is not None and c.mention.text == "The Metro Transit Authority"


def test_according_to_a_medium_at_the_end_of_the_sentence_is_the_via() -> None:
    r = run("Jane Roe said the plan would fail, according to CNN.")
    c = assert_claim(r, content_contains="plan would fail", speaker="Jane Roe")
    assert c.via is not None and c.via.text == "CNN"
    r = run("Jane Roe said the plan would fail. According to CNN, it will work.")
    assert assert_claim(r, speaker="Jane Roe").via is None


def test_according_to_a_document_obtained_by_a_medium_is_the_source() -> None:
    r = run("The vote won’t be held next week as many expected, according to an email obtained by CNN.")
    c = assert_claim(r, content_contains="vote won’t be held", cue="according to")
    assert c.mention is not None and c.mention.text.startswith("an email")


def test_participial_apposition_right_after_the_subject_does_not_end_the_content() -> None:
    r = run("The Census Bureau says Millennials, numbering 75 million, surpassed Baby Boomers in 2015.")
    c = assert_claim(r, speaker="Census Bureau")
    assert c.content[0].text.endswith("surpassed Baby Boomers in 2015")


def test_told_after_an_opening_subordinate_clause_leads_its_content() -> None:
    r = run("While the council pushed for new talks, Jane Roe told reporters this was the only chance.")
    c = assert_claim(r, speaker="Jane Roe", cue="tell")
    assert c.content[0].text == "this was the only chance"


def test_double_apostrophe_quotes_make_a_mixed_claim() -> None:
    r = run("Senator Jane Roe said ''there could be'' a line that the nominee crosses.")
    c = assert_claim(r, speaker="Jane Roe", kind=Kind.MIXED)
    assert c.content[0].text.startswith("''there could be''")


def test_trailing_attribution_with_a_description_before_the_name() -> None:
    r = run("The city built the tool to help in times of crisis, a spokeswoman, Jane Roe, said on Saturday.")
    c = assert_claim(r, speaker="Jane Roe", cue="say")
    assert c.content[0].text == "The city built the tool to help in times of crisis"


@pytest.mark.parametrize(
    "text",
    [
        "One delegate not on the slate, Jane Roe, told the Ledger she was leaning toward the mayor.",
        "The former city treasurer, now a speaker who travels the state, endorsed Tom Baker on Monday.",
    ],
)
def test_a_verb_that_does_not_invert_takes_no_subject_after_it(text: str) -> None:
    r = run(text)
    assert_no_claim(r, speaker="Tom Baker")
    assert_no_claim(r, speaker="Ledger")


def test_an_adverb_before_a_cue_that_is_also_a_noun_keeps_it_a_verb() -> None:
    r = run("Jane Roe did not immediately respond to a request for comment.")
    assert_claim(r, speaker="Jane Roe", stance=Stance.REFUSE)


def test_a_name_ending_in_ing_opening_a_sentence_is_a_speaker() -> None:
    r = run("Curt Schilling was fired on Monday. Schilling declined to comment.")
    assert_claim(r, speaker="Curt Schilling", stance=Stance.REFUSE)


def test_found_himself_is_no_finding() -> None:
    assert_no_claim(run("Three hours later, Jane Roe found herself in the awkward position of answering for it."))


def test_a_poll_is_the_source_of_its_findings() -> None:
    r = run("In a new Ledger poll released Thursday, Jane Roe leads the race with 45 percent.")
    c = assert_claim(r, content_contains="Jane Roe leads the race")
    assert c.mention is not None and c.mention.text == "a new Ledger poll released Thursday"
    r = run("Tom Baker was at 25 percent support in the most recent Ledger poll.")
    c = assert_claim(r, content_contains="25 percent support")
    assert c.mention is not None and c.mention.text == "the most recent Ledger poll"


def test_reportedly_is_a_report_without_a_source() -> None:
    r = run("The council is reportedly making plans to close the bridge.")
    c = assert_claim(r, cue="reportedly")
    assert c.mention is None and c.confidence <= 0.3
    assert [s.text for s in c.content] == ["The council is", "making plans to close the bridge"]


def test_a_cue_in_a_relative_clause_does_not_give_the_coordinated_cue_its_subject() -> None:
    r = run("Jane Roe has proposed appointing a prosecutor who reports directly to the mayor, and called for tripling the number of officers.")
    c = assert_claim(r, cue="call for")
    assert c.mention is not None and c.mention.text == "Jane Roe"


def test_a_participle_after_a_document_speaks_for_its_author() -> None:
    r = run("The town released a statement Wednesday saying the comments “are based on opinion, not facts.”")
    c = assert_claim(r, cue="say")
    assert c.mention is not None and c.mention.text == "The town"


def test_polls_without_a_determiner_are_sources_too() -> None:
    r = run("Tom Baker has fallen behind in the polls. Jane Roe is ahead in public opinion polls in Ohio, Iowa and Maine.")
    c = assert_claim(r, content_contains="Jane Roe is ahead")
    assert c.mention is not None and c.mention.text == "public opinion polls in Ohio"
    c = assert_claim(r, content_contains="fallen behind")
    assert c.mention is not None and c.mention.text == "the polls"


def test_a_venue_after_a_quote_attribution_is_no_content() -> None:
    r = run("“The plan is a fraud,” Jane Roe said Sunday on the Ledger’s “Morning Show.” “It will fail.”")
    assert_no_claim(r, content_contains="Sunday on the Ledger")
    assert_claim(r, content_contains="The plan is a fraud", speaker="Jane Roe")


def test_a_coordinated_belief_stays_in_the_said_content() -> None:
    r = run("Jane Roe said she made her decision on the numbers and thought many people would vote by mail.")
    c = assert_claim(r, cue="say", speaker="Jane Roe")
    assert c.content[0].text.endswith("would vote by mail")
    assert_no_claim(r, cue="think")


def test_a_participle_without_a_comma_belongs_to_the_main_clause() -> None:
    r = run("Jane Roe opened the hearing saying the budget would not pass.")
    c = assert_claim(r, cue="say", content_contains="the budget would not pass")
    assert c.mention is not None and c.mention.text == "Jane Roe"


def test_participles_that_are_no_statements() -> None:
    # a modifier of the subject, and a negated gerund
    r = run("The council commenting on the vote said Monday that the plan was final.")
    assert all(c.cue is None or c.cue.lemma != "comment on" for c in r.claims)
    r = run("Tom Baker denied the charges, without mentioning the letter.")
    assert all(c.cue is None or c.cue.lemma != "mention" for c in r.claims)
    # a progressive keeps its subject
    c = assert_claim(run("Jane Roe is calling for a new vote on the bridge."), cue="call for")
    assert c.mention is not None and c.mention.text == "Jane Roe"


def test_a_noun_like_cue_before_that_is_a_verb_and_a_weekday_possessive_is_an_object() -> None:
    c = assert_claim(run("The memo notes that couples would receive the leave."), cue="note")
    assert c.mention is not None and c.mention.text == "The memo"
    r = run("Tom Baker called Friday's decision a “huge win for the voters.”")
    assert_claim(r, cue="call", content_contains="Friday's decision", mention="Tom Baker")


def test_a_participle_after_a_quote_and_its_cue_takes_that_speaker() -> None:
    r = run("“We see no link,” the mayor said, adding that it would take more hours before details emerge.")
    c = assert_claim(r, cue="add", content_contains="it would take more hours")
    assert c.mention is not None and c.mention.text == "the mayor"


def test_going_on_to_say_is_a_participle() -> None:
    r = run("“It is insane,” Jane Roe said, going on to say that the town has spent “years fighting this.”")
    c = assert_claim(r, cue="say", content_contains="the town has spent")
    assert c.mention is not None and c.mention.text == "Jane Roe"


def test_the_speakers_apposition_after_an_inverted_cue_is_not_content() -> None:
    r = run("Both parties “saw the town as a place under pressure,” said Tom Baker, who served as mayor under Jane Roe.")
    c = assert_claim(r, cue="say", speaker="Tom Baker")
    assert all("served as mayor" not in s.text for s in c.content)


def test_a_coordinated_cue_after_a_verb_outside_the_lexicon() -> None:
    r = run("Tom Baker, her opponent, bemoaned the unrest in town and said he thought that drugs were a “very big factor” in it.")
    c = assert_claim(r, cue="say")
    assert c.mention is not None and c.mention.text == "Tom Baker"


def test_a_participle_after_a_comma_is_never_inverted() -> None:
    r = run("Carly Roe backed Tom Baker on Wednesday, saying it is time to have a “real leader in the White House.”")
    c = assert_claim(r, cue="say", content_contains="it is time")
    assert c.mention is not None and c.mention.text == "Carly Roe"


def test_a_coordination_inside_a_subordinate_clause_keeps_its_subject() -> None:
    r = run("There were pointed references, such as when Tom Baker knocked Jane Roe on trade and called her a “moderate,” a subtle dig.")
    c = assert_claim(r, cue="call")
    assert c.mention is not None and c.mention.text == "Tom Baker"


def test_a_name_right_before_a_participle_after_a_dash_is_its_subject() -> None:
    r = run("Both men issued a statement on Monday – Jane Roe saying she was “very encouraged” by the talks.")
    c = assert_claim(r, cue="say", content_contains="very encouraged")
    assert c.mention is not None and c.mention.text == "Jane Roe"


def test_as_x_put_it() -> None:
    r = run("As Jane Roe put it, the plan was dead on arrival.")
    assert_claim(r, cue="put it", content_contains="the plan was dead", speaker="Jane Roe")
    assert not run("He put it on the table and left.").claims


def test_a_progressive_after_a_contracted_pronoun() -> None:
    r = run("He’s claiming that voting fraud is “a big, big problem in this country.”")
    c = assert_claim(r, cue="claim", content_contains="voting fraud")
    assert c.mention is not None and c.mention.text == "He"
    assert not run("Tom Baker's claims were false.").claims


def test_a_sentence_adverb_between_commas_after_the_cue() -> None:
    r = run("Tom Baker added, though, that in the end “the plan could not escape its record.”")
    assert_claim(r, cue="add", content_contains="in the end", speaker="Tom Baker")


def test_verbs_of_blame_and_praise_are_cues() -> None:
    r = run("Tom Baker also bemoaned the climate in which people “literally hate each other.”")
    assert_claim(r, cue="bemoan", speaker="Tom Baker")
    r = run("Jane Roe clashed with him at the hearing, chiding him, “What difference does it make?”")
    assert_claim(r, content_contains="What difference", speaker="Jane Roe")


def test_a_name_given_after_a_noun_is_no_statement() -> None:
    r = run("The play is an adaptation of a show called “Brokers,” written by a comedy troupe.")
    assert not any(c.cue is not None and c.cue.lemma == "call" for c in r.claims)
    c = assert_claim(run("The president called the plan “a disaster for the town.”"), cue="call")
    assert c.mention is not None and c.mention.text == "The president"


def test_a_cue_word_after_a_plural_possessive_is_a_noun() -> None:
    r = run("Perhaps young voters prefer Sanders' call for “revolution” over her plan.")
    assert not any(c.cue is not None and c.cue.lemma == "call for" for c in r.claims)


def test_a_passive_question_speaks_for_the_asker() -> None:
    r = run("Earlier this month, Jane Roe was asked by host Tom Baker whether her aim was to win.")
    c = assert_claim(r, cue="ask", content_contains="whether her aim")
    assert c.mention is not None and c.mention.text == "host Tom Baker"

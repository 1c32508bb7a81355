"""attribution.grammar: quotes, cue regex, mentions, names, venue/addressee/via."""

from __future__ import annotations

import pytest
import regex

from attribution import Article, Extractor, SpeakerType, Stance, segment
from attribution import grammar as g
from attribution.lexicon import CUE_VERBS, Lexicon


def quotes(text: str) -> list[list[str]]:
    article = Article.from_text(text)
    return [[s.text for s in q.spans] for q in g.find_quotes(article.text, segment(article))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” she said.", [["We will win,"]]),
        ('"We will win," she said.', [["We will win,"]]),
        ("‘We will win now,’ she said.", [["We will win now,"]]),
        ("«Nous gagnerons», a-t-il dit.", [["Nous gagnerons"]]),
        ("„Wir gewinnen“, sagte sie.", [["Wir gewinnen"]]),
        ("''We will win,'' she said.", [["We will win,"]]),
        ("“A,” he said, “B.”", [["A,"], ["B."]]),
    ],
)
def test_quote_styles(text: str, expected: list[list[str]]) -> None:
    assert quotes(text) == expected


def test_apostrophes_are_not_quotes() -> None:
    assert quotes("Russia’s army and the Iranians' drones don't fly.") == []


def test_multi_paragraph_quote_is_one_quote() -> None:
    text = "“First paragraph of the speech.\n\n“Second paragraph of it,” she said."
    assert quotes(text) == [["First paragraph of the speech.", "Second paragraph of it,"]]


def test_unclosed_quote_stops_at_paragraph_end() -> None:
    text = "He said “this never ends.\n\nA new paragraph without marks."
    assert quotes(text) == [["this never ends."]]


def test_cue_regex_matches_whole_words_only() -> None:
    cues = g.cue_regex(Lexicon.build(CUE_VERBS))
    found = [m.group() for m in cues.finditer("She said it; the sayings were told, then Sayid added.")]
    assert found == ["said", "told", "added"]


def test_trie_pattern_equals_plain_alternation() -> None:
    words = ["say", "said", "says", "saying", "tell", "told", "went on to say"]
    trie = regex.compile(r"\b(?:" + g.trie_pattern(words) + r")\b")
    text = "he said and says, told me, went on to say"
    assert [m.group() for m in trie.finditer(text)] == ["said", "says", "told", "went on to say"]


@pytest.mark.parametrize(
    ("before", "mention", "role"),
    [
        ("Kremlin spokesman Dmitry Peskov ", "Kremlin spokesman Dmitry Peskov", None),
        ("Meanwhile, the mayor ", "the mayor", None),
        ("Tom Baker, the transport minister, ", "Tom Baker", "the transport minister"),
        ("Roe, during a visit to the plant, ", "Roe", None),
        ("Roe in her letter ", "Roe", None),
        ("At the same time, he also ", "he", None),
        ("A leaked internal memo ", "A leaked internal memo", None),
        ("Jane Roe, who chairs the panel, ", "Jane Roe", None),
    ],
)
def test_mention_before(before: str, mention: str, role: str | None) -> None:
    text = before + "said that it works."
    m = g.mention_before(text, 0, len(before))
    assert m is not None
    assert m.span.text == mention
    assert text[m.span.start : m.span.end] == m.span.text
    if role is not None:
        assert m.role is not None and m.role.text == role


def test_mention_before_rejects_prepositional_object() -> None:
    text = "The ships sailed to Russia said nothing."
    assert g.mention_before(text, 0, text.index("said")) is None


def test_mention_after_inverted_order() -> None:
    text = "“No,” said Russian Ambassador to the UN Vasily Nebenzia, the envoy."
    m = g.mention_after(text, text.index("said") + 4, len(text))
    assert m is not None
    assert m.span.text == "Russian Ambassador to the UN Vasily Nebenzia"
    assert m.role is not None and m.role.text == "the envoy"


@pytest.mark.parametrize(
    ("mention", "name", "title"),
    [
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Kremlin spokesman"),
        ("UK Foreign Secretary James Cleverly", "James Cleverly", "UK Foreign Secretary"),
        ("Mr. Tom Baker", "Tom Baker", None),
        ("the spokesperson", None, None),
    ],
)
def test_name_of(mention: str, name: str | None, title: str | None) -> None:
    assert g.name_of(mention) == (name, title)


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        ("The White House", SpeakerType.ORGANIZATION),
        ("A public intelligence assessment", SpeakerType.DOCUMENT),
        ("Anonymous officials", SpeakerType.ANONYMOUS),
        ("Reuters", SpeakerType.MEDIA),
        ("a British daily", SpeakerType.MEDIA),
        ("the spokesperson", SpeakerType.PERSON),
        ("Jane Roe", SpeakerType.PERSON),
    ],
)
def test_classify_mention(mention: str, kind: SpeakerType) -> None:
    assert g.classify_mention(mention) is kind


@pytest.mark.parametrize(
    ("before", "lemma", "base", "stance"),
    [
        ("He ", "deny", Stance.DENY, Stance.DENY),
        ("He did not ", "deny", Stance.DENY, Stance.REFUSE),
        ("She could not ", "confirm", Stance.ASSERT, Stance.NOT_CONFIRM),
        ("We have no way to ", "confirm", Stance.ASSERT, Stance.NOT_CONFIRM),
        ("She did not ", "specify", Stance.ASSERT, Stance.REFUSE),
        ("She ", "confirm", Stance.ASSERT, Stance.ASSERT),
    ],
)
def test_stance_of(before: str, lemma: str, base: Stance, stance: Stance) -> None:
    text = before + lemma + " it."
    got, begin = g.stance_of(text, len(before), base, lemma)
    assert got is stance
    assert begin <= len(before)


def test_venue_addressee_according() -> None:
    text = "Roe told reporters in an interview with the Springfield Gazette that, according to the city budget office, costs rose."
    assert g.find_venue(text, 0, len(text)).text == "in an interview with the Springfield Gazette"
    assert g.find_addressee(text, 0, len(text)).text == "reporters"
    [(cue, who)] = g.find_according(text, 0, len(text))
    assert (cue.text, who.text) == ("according to", "the city budget office")


def test_is_verb_cue_ignores_capitalised_forms_mid_sentence() -> None:
    cues = g.cue_regex(Lexicon.build(CUE_VERBS))
    text = "The United States said no."
    found = [m.group() for m in cues.finditer(text) if g.is_verb_cue(text, m, 0)]
    assert found == ["said"]


@pytest.mark.parametrize("chunk", ["“" * 5000, "." * 20000, "A " * 20000, "’s " * 10000, ", the " * 8000])
def test_adversarial_input_completes(chunk: str) -> None:
    # Catastrophic backtracking would make this hang; speed itself is measured in benchmarks/.
    article = Article.from_text(chunk + " said the minister.")
    segs = segment(article)
    g.find_quotes(article.text, segs)
    g.mention_before(article.text, 0, len(article.text))


def test_participial_subject_skips_nouns_that_look_like_cues() -> None:
    from attribution import Extractor
    from attribution.grammar import cue_regex, participial_subject

    cues = cue_regex(Extractor().lexicon)
    t = "He echoed that promise on Monday, saying he would act."
    m = participial_subject(t, 0, t.index("saying"), cues)
    assert m is not None and m.span.text == "He"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the cue of an opening subordinate clause is not the main clause's
        ("As Jane Roe threatens to leave the city, the mayor's aide rallied staff, saying he would stay.", "the mayor's aide"),
        ("CHICAGO — As Jane Roe threatens to leave, the council met on Monday, saying it would stay.", "the council"),
        # after a cue that is not inverted, the name that follows is its object
        ("He went on to endorse Jane Roe, calling her a rising star.", "He"),
        # an inverted cue: the name after it
        ("“We won,” said Sen. Jane Roe, adding that the count was over.", "Sen. Jane Roe"),
        # "a Twitter comment" is a noun; "Hours later," opens the sentence
        ("Jane Roe posted a Twitter comment of her own, saying she was glad.", "Jane Roe"),
        ("Hours later, Tom Baker returned the compliment, telling reporters he agreed.", "Tom Baker"),
        # a noun phrase ends at a finite verb after its head
        ("The Metro Transit Authority released a statement on Monday, offering an apology.", "The Metro Transit Authority"),
    ],
)
def test_participial_subject_is_the_main_clause_subject(text: str, subject: str) -> None:
    from attribution import Extractor
    from attribution.grammar import cue_regex, participial_subject

    cues = cue_regex(Extractor().lexicon)
    at = max(text.index(w) for w in ("saying", "calling", "adding", "offering", "telling") if w in text)
    m = participial_subject(text, 0, at, cues)
    assert m is not None and m.span.text == subject


@pytest.mark.parametrize(
    ("text", "cue", "subject"),
    [
        # coordinations: the first verb's subject, across verb lists and "that" clauses
        ("Later he looked at the camera, furrowed his brow and said", "said", "he"),
        ("He praised those who left but said", "said", "He"),
        ("Likewise, a paper from the Brookings Institution had this to say", "say", "a paper from the Brookings Institution"),
        ("She proposed a prosecutor who would report to her, and called for", "called for", "She"),
        ("It said that Burns while meeting with his counterpart, Richard Moore in London, did not respond", "did", "Burns"),
        ("His wife, Jane Roe, said", "said", "Jane Roe"),
        ("Appearing on television, the GOP front-runner said", "said", "the GOP front-runner"),
        ("But a source familiar with the internal investigation said", "said", "a source familiar with the internal investigation"),
        ("Voters should remember that social scientists say", "say", "social scientists"),
        ("About four out of 10 voters said", "said", "About four out of 10 voters"),
        ("Jane Roe said the move was made by the chief and said", "said", "Jane Roe"),
        ("She brought that down in five years, but said", "said", "She"),
        ("The senators have all described their speeches as commitments and say", "say", "The senators"),
        ("The State Department less than two weeks ago said", "said", "The State Department"),
        ("At his rallies, Trump primes supporters not to trust the media and cites", "cites", "Trump"),
        ("A spokesman for the mayor defended the prescribed march route and said", "said", "A spokesman for the mayor"),
        ("Trump conceded that Lewandowski had touched Fields but implied", "implied", "Trump"),
        # post-modifiers, adverbials, relative clauses, dashes, poll figures
        ("A review by The Times shows", "shows", "A review by The Times"),
        ("The Foreign Office for its part denounced", "denounced", "The Foreign Office"),
        ("For months, Cruz had effusively praised", "praised", "Cruz"),
        ("Westmacott, who served in Iran, Turkey and France, praised", "praised", "Westmacott"),
        ("Supporters who have heard directly from the campaign say", "say", "Supporters"),
        ("The state officials whose laws have been struck down say", "say", "The state officials"),
        ("And Iowa biofuels advocates say", "say", "Iowa biofuels advocates"),
        ("Democrats — and some Republicans — say", "say", "Democrats"),
        ("Seventy-four percent of registered voters say", "say", "Seventy-four percent of registered voters"),
    ],
)
def test_subject_before_a_cue(text: str, cue: str, subject: str) -> None:
    m = g.mention_before(text, 0, text.rindex(cue))
    assert m is not None and m.span.text == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The businessman began by talking about the crisis, saying", "The businessman"),  # not an adverbial
        ("At the same time, Jane Roe spoke", "Jane Roe"),
        ("Speaking at a town hall in Salem, New Hampshire, Trump went after Bush", "Trump"),  # a place after the opener
    ],
)
def test_sentence_subject(text: str, subject: str) -> None:
    m = g.sentence_subject(text, 0, len(text))
    assert m is not None and m.span.text == subject


def test_cue_forms_inside_hyphenated_words_are_not_cues() -> None:
    from attribution import Extractor
    from attribution.grammar import cue_regex

    cues = cue_regex(Extractor().lexicon)
    assert [m.group() for m in cues.finditer("her in-state director, a so-called expert, said")] == ["said"]


# --- tokens --------------------------------------------------------------------------------------

_TOKEN_TEXT = (
    "Headline Without Stop\n"
    "Mr. O’Brien of the U.S. Navy, Kevin D. Williamson and Amir-Saeid said: “No.”  Then\u00a0he   left.\n"
    "  Rep. Smith (R-OH) told reporters\tthat it’s over;said   X. Y.\n"
    "nospacesinthisverylongword" * 20
)


def _line_reference(text: str, lo: int, hi: int, width: int) -> list[g.Token]:
    """tokens_before as its docstring defines it: the whole line tokenized, then filtered."""
    line = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", line)
    end = len(text) if end < 0 else end
    if hi > end:
        return g.tokens(text, max(lo, hi - width), hi)
    a = max(lo, hi - width)
    toks = [t for t in g.tokens(text, line, end) if a <= t.start < hi]
    if toks and toks[-1].end > hi:
        toks.pop()
    return toks


def test_tokens_before_equals_the_tokens_of_the_whole_line() -> None:
    text = _TOKEN_TEXT
    for lo in range(0, len(text), 7):
        for hi in range(lo, min(len(text), lo + 90) + 1, 3):
            for width in (3, 30, 320):
                expected = _line_reference(text, lo, hi, width)
                assert g.tokens_before(text, lo, hi, width) == expected, (lo, hi, width)
                assert g.last_token_before(text, lo, hi, width) == (expected[-1] if expected else None)


def test_tokens_before_keeps_dotted_forms_whole() -> None:
    text = "He met Mr. O’Brien and Kevin D. Williamson of the U.S. said"
    words = [t.text for t in g.tokens_before(text, 0, text.rindex(" said"))]
    assert words == ["He", "met", "Mr.", "O’Brien", "and", "Kevin", "D.", "Williamson", "of", "the", "U.S."]


def test_last_token_before_in_a_long_line_without_breaks() -> None:
    text = "x " * 6000 + "the spokesman said"
    hi = text.rindex(" said")
    assert g.last_token_before(text, 9000, hi, 30) == g.tokens_before(text, 9000, hi, 30)[-1]
    assert g.last_token_before(text, hi, hi, 30) is None


def test_cue_regex_follows_the_lexicon() -> None:
    small = Lexicon.build([v for v in CUE_VERBS if v.lemma == "say"])
    full = Lexicon.build(CUE_VERBS)
    assert g.cue_regex(small).search("She warned them.") is None
    assert g.cue_regex(full).search("She warned them.") is not None
    assert g.cue_regex(small).search("She said so.") is not None


def test_find_quotes_is_the_same_when_asked_again() -> None:
    article = Article.from_text("“We will win,” she said.\n\n“Never,” he said.")
    segments = segment(article)
    table = g.quote_table(article.text, segments)
    assert g.quote_table(article.text, segments) is table  # the last article's table is kept
    first = g.find_quotes(article.text, segments)
    assert first == tuple(table) and len(first) == 2
    g._forget_article()
    again = g.quote_table(article.text, segments)
    assert again is not table and tuple(again) == first
    # a list of segments is not remembered (it could change)
    assert g.quote_table(article.text, list(segments)) is not g.quote_table(article.text, list(segments))
    assert g.find_quotes(article.text, list(segments)) == first


def test_quote_table_makes_quotes_when_read() -> None:
    text = "“We will win,” she said. “And so on\n\n“Never,” he said.\n\nHe said “we will go on and on\n\nNext."
    article = Article.from_text(text)
    table = g.quote_table(article.text, segment(article))
    quotes = g.find_quotes(article.text, segment(article))
    assert [table[i] for i in range(len(table))] == list(table) == list(quotes)
    assert table[1:] == quotes[1:] and table[-1] == quotes[-1]
    assert list(table.opens) == [q.open for q in quotes]
    assert list(table.ends) == [q.close if q.close is not None else q.end for q in quotes]
    assert any(q.close is None for q in quotes)  # the one never closed ends with its last span


@pytest.mark.parametrize(
    "text",
    [
        "He spoke in an interview with CNN on Monday.",
        "In a STATEMENT, the ministry said",
        "in a ſtatement to the press",  # long s matches "s" case-insensitively
        "durİng a brİefing with reporters",  # so does the dotted capital I for "i"
        "in response to a question from Reuters",
        "the weather was fine on the day",
    ],
)
def test_find_venue_is_what_the_venue_pattern_finds(text: str) -> None:
    m = g._VENUE.search(text)
    found = g.find_venue(text, 0, len(text))
    assert (found is None) == (m is None)


@pytest.mark.parametrize("text", ["She told reporters", "in an interview with Reuters", "He left Told Tales", "nothing here"])
def test_find_addressee_skips_only_windows_the_pattern_cannot_match(text: str) -> None:
    if g._ADDRESSEE.search(text) is not None:
        assert any(w in text for w in g._ADDRESSEE_WORDS)
    else:
        assert g.find_addressee(text, 0, len(text)) is None
    found = g.find_addressee("She told reporters", 0, 18)
    assert found is not None and found.text == "reporters"


def test_follows_determiner() -> None:
    text = "Trump's remarks and her personal brand, but they claim"
    assert g.follows_determiner(text, 0, text.index("remarks"))
    assert g.follows_determiner(text, 0, text.index("brand"), 1)
    assert not g.follows_determiner(text, 0, text.index("brand"))
    assert not g.follows_determiner(text, 0, text.index("claim"))


@pytest.mark.parametrize(
    "text",
    [
        "Kirby said on Monday that the in-state officials had warned, and he went on to reiterate it.",
        "“We will not,” Peskov SAID — adding that…\u00a0he told reporters: no.",
        "She ſaid that; Kirby-said; well-known critics argued   that it  was over.",  # ſ folds to s: not plain
        "Café owners said that prices rose, stated the café’s manager.",
        "He said\x1cthat it was over, reports said.",  # \x1c is whitespace only to the stdlib engine
        # scanned lower-cased: capitals, hyphens and a cue resuming right after another
        "SAID-so, ReStated it; Says Smith, ANNOUNCED  That x-said Told told,told, Advocated   FOR them",
    ],
)
def test_cue_scanner_matches_as_the_cue_pattern(text: str) -> None:
    lexicon = Lexicon.build(CUE_VERBS)
    cues, scanner = g.cue_regex(lexicon), g.cue_scanner(lexicon)
    for lo in range(0, len(text), 7):
        for hi in (lo + 5, lo + 40, len(text)):
            want = [(m.span(), m.group()) for m in cues.finditer(text, lo, hi)]
            assert [(m.span(), m.group()) for m in scanner.finditer(text, lo, hi)] == want
            first = cues.search(text, lo, hi)
            found = scanner.search(text, lo, hi)
            assert (found.span() if found else None) == (first.span() if first else None)
            at = cues.match(text, lo, hi)
            got = scanner.match(text, lo, hi)
            assert (got.span() if got else None) == (at.span() if at else None)


@pytest.mark.parametrize(
    "text",
    [
        _TOKEN_TEXT,
        "Mr. O’Brien and Gen. X. Y. Z. said: “U.S. forces,” Kevin D.\u00a0Williamson—wrote… «no» 3.5% of 1,200 a-b-c d'e",
        "Mr.\tSmith, Dr.\n, A.\u00a0B. and St. Louis – e.g. i.e. U.N.-backed",
        # look-aheads over long gaps at the end of a window
        "Mr.    Smith and A.     B. Jones; Sanders’     campaign ab-cd  ef'gh Gen.      X x-    y",
        "Café Müller, naïve ſtate, Ǆ.Ǉ. and ＡＢＣ said",  # not plain: the regex pattern tokenizes it
    ],
)
def test_tokens_on_plain_text_are_those_of_the_token_pattern(text: str) -> None:
    want = [(m.group(), m.start(), m.end()) for m in g._TOKEN.finditer(text)]
    assert [tuple(t) for t in g.tokens(text, 0, len(text))] == want
    if g._PLAIN.fullmatch(text) is not None:
        assert [(m.group(), m.start(), m.end()) for m in g._PLAIN_TOKEN.finditer(text)] == want
    line = text.replace("\n", " ")
    whole = [(m.group(), m.start(), m.end()) for m in g._TOKEN.finditer(line)]

    def window(hi: int, width: int) -> list[tuple[str, int, int]]:
        # the line's tokens starting in the window, less a last one running past it
        out = [t for t in whole if max(0, hi - width) <= t[1] < hi]
        return out[:-1] if out and out[-1][2] > hi else out

    for hi in range(1, len(line), 3):
        assert [tuple(t) for t in g.tokens_before(line, 0, hi)] == window(hi, 320)
        last, ref = g.last_token_before(line, 0, hi, 30), window(hi, 30)
        assert (tuple(last) if last else None) == (ref[-1] if ref else None)


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("Tom Baker held up a sign saying", True),
        ("with Jane Roe saying", True),
        ("footage of Jane Roe saying", True),
        ("Jane Roe started the debate saying", False),
        ("Jane Roe has been saying", False),
    ],
)
def test_object_speaks(text: str, speaks: bool) -> None:
    cue = text.rindex(" ") + 1
    assert g.object_speaks(text, 0, cue) is speaks


def test_catenative_start() -> None:
    text = "The email went on to say"
    assert g.catenative_start(text, 0, text.index("say")) == text.index("went")
    assert g.catenative_start("He said", 0, 3) == 3


@pytest.mark.parametrize(
    ("text", "cue", "subject"),
    [
        ("Jane Roe, during a town hall meeting in Columbus, Ohio, said", "said", "Jane Roe"),
        ("Tom Baker, speaking at a rally in Wilmington, N.C., warned", "warned", "Tom Baker"),
        ("Friday, Texas, leading a coalition of 13 states, asked", "asked", "Texas"),
        ("to defeat his rival Tom Baker, who he blasted", "blasted", "he"),
    ],
)
def test_subject_across_a_region_and_in_an_object_relative(text: str, cue: str, subject: str) -> None:
    m = g.mention_before(text, 0, text.rindex(cue))
    assert m is not None and m.span.text == subject


def test_a_possessive_with_a_lowercase_head_opens_a_subject() -> None:
    text = "Jane Roe's family has called"
    m = g.mention_before(text, 0, text.index("has"))
    assert m is not None and m.span.text == "Jane Roe's family"


def test_sentence_subject_after_an_opening_participle_phrase() -> None:
    text = "Following a late meeting, the council issued a statement calling"
    m = g.sentence_subject(text, 0, text.index("calling"))
    assert m is not None and m.span.text == "the council"


def test_that_before_a_name_is_a_conjunction() -> None:
    text = "She pointed to reports that Tom Baker called"
    m = g.mention_before(text, 0, text.index("called"))
    assert m is not None and m.span.text == "Tom Baker"


def test_participial_subject_is_the_outer_cues_subject() -> None:
    text = "Jane Roe told the audience that she believes we must push on, saying"
    cues = g.cue_scanner(Extractor().lexicon)
    m = g.participial_subject(text, 0, text.index("saying"), cues)
    assert m is not None and m.span.text == "Jane Roe"


@pytest.mark.parametrize(
    "text",
    ["the mother of two replied", "the 34-year-old mother replied", "the 34-year-old mother of three replied"],
)
def test_descriptions_with_an_age_or_a_count(text: str) -> None:
    m = g.mention_before(text, 0, text.rindex(" ") + 1)
    assert m is not None and m.span.text == text[: text.rindex(" ")]


def test_a_kin_noun_of_someone_is_the_subject() -> None:
    text = "the father of the victim said"
    m = g.mention_before(text, 0, text.index("said"))
    assert m is not None and m.span.text == "the father of the victim"


def test_my_is_a_determiner() -> None:
    text = "“We live in hard times,” my father often said"
    m = g.mention_before(text, text.index("my"), text.index("said"))
    assert m is not None and m.span.text == "my father"


def test_curly_quotes_nested_in_a_straight_quote() -> None:
    text = 'Dr. Roe stated: "The office isn’t about “Equal Justice” anymore. It is about power."'
    quotes = g.find_quotes(text, segment(Article.from_text(text)))
    assert [q.spans[0].text for q in quotes] == ["The office isn’t about “Equal Justice” anymore. It is about power."]
    # a straight mark that never closes leaves the curly pair alone
    text = 'A stray " mark and “a quote” here.'
    quotes = g.find_quotes(text, segment(Article.from_text(text)))
    assert [q.spans[0].text for q in quotes] == ["a quote"]


def test_a_plural_possessive_makes_a_cue_word_a_noun() -> None:
    text = "Frank cites the United Auto Workers’ support for the act"
    assert g.follows_determiner(text, 0, text.index("support"))
    text = "my comment"
    assert g.follows_determiner(text, 0, text.index("comment"))


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Carly Roe threw her support behind Tom Baker on Wednesday, saying", "Carly Roe"),
        ("Here in Columbia, Jane Roe stepped up her criticism, saying", "Jane Roe"),
        ("And then Tom Baker went on the attack, saying", "Tom Baker"),
        ("Then he cut into Tom Baker, calling", "he"),
        ("Clearly, Tom Baker was wrong, saying", "Tom Baker"),
        ("Kelly, the spokeswoman, said", "Kelly"),
    ],
)
def test_sentence_subject_after_openers_and_names_ending_in_ly(text: str, subject: str) -> None:
    m = g.sentence_subject(text, 0, text.rindex(" "))
    assert m is not None and m.span.text == subject


def test_an_inverted_subject_whose_first_name_is_a_modal() -> None:
    text = " Will Doyle, a professor of education."
    m = g.mention_after(text, 0, len(text))
    assert m is not None and m.span.text == "Will Doyle"


def test_a_possessive_subject_with_title_words_before_the_name() -> None:
    text = "Libertarian presidential candidate Tom Baker’s doctor is calling"
    m = g.mention_before(text, 0, text.index("is calling"))
    assert m is not None and m.span.text == "Libertarian presidential candidate Tom Baker’s doctor"


def test_curly_quotes_nested_in_a_quote_that_goes_on_into_the_next_paragraph() -> None:
    text = 'Dr. Roe stated:\n\n"The office isn’t about “Equal Justice” anymore. It is about power.\n\n"It must stop."'
    quotes = g.find_quotes(text, segment(Article.from_text(text)))
    assert len(quotes) == 1 and len(quotes[0].spans) == 2
    assert quotes[0].spans[0].text.startswith("The office")


def test_a_year_inside_a_description() -> None:
    text = "A 1996 FEC advisory opinion added"
    m = g.mention_before(text, 0, text.index("added"))
    assert m is not None and m.span.text == "A 1996 FEC advisory opinion"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("WASHINGTON, Dec. 8 (UPI) — In response to the plan, the mayor issued a statement saying", "the mayor"),
        ("Amid calls for calm, Jane Roe wrote a column saying", "Jane Roe"),
        ("Even before Tom Baker spoke, his campaign sent out a message saying", "his campaign"),
    ],
)
def test_sentence_subject_after_datelines_and_more_openers(text: str, subject: str) -> None:
    m = g.sentence_subject(text, 0, text.rindex(" "))
    assert m is not None and m.span.text == subject

"""Tests for attribution.evaluate: readers, pairing and the scoring rule."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution import Article, Claim, Cue, Kind, Result, Span, Speaker, Stance, StatementDate
from attribution.evaluate import (
    GoldClaim,
    GoldDocument,
    GoldError,
    Score,
    claim_from_dict,
    evaluate_extractor,
    load_gold,
    load_predictions,
    names_match,
    score,
)

TEXT = (
    "“The bridge will open in May,” said Mayor Ann Lee on Tuesday. "
    "The council denied that the budget was late. "
    "Critics said the plan was rushed and expensive."
)


def find(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span.of(text, start, start + len(piece))


QUOTE = find(TEXT, "The bridge will open in May,")
DENIAL = find(TEXT, "the budget was late")
CRITICS = find(TEXT, "the plan was rushed and expensive")


def gold_doc(*claims: GoldClaim, text: str = TEXT, id: str = "a") -> GoldDocument:
    return GoldDocument.from_text(text, claims, id=id, published="2024-05-07")


G_QUOTE = GoldClaim(
    content=(QUOTE,),
    kind=Kind.DIRECT,
    mention=find(TEXT, "Mayor Ann Lee"),
    speaker="Ann Lee",
    aliases=("Lee", "the mayor"),
    cue=find(TEXT, "said"),
    stance=Stance.ASSERT,
    date=dt.date(2024, 5, 7),
    annotated=frozenset({"mention", "speaker", "cue", "kind", "stance", "date"}),
)
G_DENIAL = GoldClaim(
    content=(DENIAL,),
    kind=Kind.INDIRECT,
    mention=find(TEXT, "The council"),
    speaker="City Council",
    cue=find(TEXT, "denied"),
    stance=Stance.DENY,
    date=None,
    annotated=frozenset({"mention", "speaker", "cue", "kind", "stance", "date"}),
)


# --------------------------------------------------------------------------- edge cases


def test_empty_gold_and_no_predictions_is_perfect() -> None:
    report = score([gold_doc()], {})
    c = report.get("content")
    assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0)
    assert report.gold_claims == 0 and report.predicted_claims == 0


def test_predictions_against_empty_gold_have_zero_precision() -> None:
    report = score([gold_doc()], {"a": [Claim(content=(QUOTE,))]})
    c = report.get("content")
    assert (c.precision, c.recall, c.f1) == (0.0, 1.0, 0.0)


def test_no_predictions_have_zero_recall() -> None:
    report = score([gold_doc(G_QUOTE, G_DENIAL)], {})
    c = report.get("content")
    assert (c.correct, c.predicted, c.gold) == (0, 0, 2)
    assert c.recall == 0.0 and c.f1 == 0.0


def test_no_documents() -> None:
    report = score([], {})
    assert report.documents == 0
    assert report.get("content").f1 == 1.0


def test_one_prediction_overlapping_two_gold_claims_pairs_once() -> None:
    both = Span.of(TEXT, DENIAL.start, CRITICS.end)
    report = score([gold_doc(G_DENIAL, GoldClaim(content=(CRITICS,)))], {"a": [Claim(content=(both,))]})
    c = report.get("content")
    assert (c.correct, c.predicted, c.gold) == (1, 1, 2)
    # The pair is the better of the two overlaps and it is not strict.
    assert report.get("content_strict").correct == 0


def test_two_predictions_in_one_gold_claim_pair_once() -> None:
    halves = [
        Claim(content=(find(TEXT, "The bridge will"),)),
        Claim(content=(find(TEXT, "open in May"),)),
    ]
    c = score([gold_doc(G_QUOTE)], {"a": halves}).get("content")
    assert (c.correct, c.predicted, c.gold) == (1, 2, 1)


def test_greedy_pairing_prefers_higher_jaccard() -> None:
    g1 = GoldClaim(content=(find(TEXT, "The council denied that"),))
    g2 = GoldClaim(content=(DENIAL,))
    pred = Claim(content=(find(TEXT, "the budget was late"),))
    report = score([gold_doc(g1, g2)], {"a": [pred]}, errors=5)
    assert report.get("content_strict").correct == 1
    missed = [e for e in report.errors if e.category == "missed"]
    assert [e.span.text for e in missed] == ["The council denied that"]


def test_strict_threshold() -> None:
    # 6 gold tokens; 5 of them predicted: Jaccard 0.83 >= 0.8.
    near = Claim(content=(find(TEXT, "The bridge will open in"),))
    # 3 of 6: overlap only.
    half = Claim(content=(find(TEXT, "The bridge will"),))
    doc = gold_doc(G_QUOTE)
    assert score([doc], {"a": [near]}).get("content_strict").correct == 1
    assert score([doc], {"a": [half]}).get("content_strict").correct == 0
    assert score([doc], {"a": [half]}).get("content").correct == 1


def test_punctuation_and_spacing_do_not_matter() -> None:
    # Only word tokens count: leaving out the comma and quote is still exact.
    pred = Claim(content=(find(TEXT, "The bridge will open in May"),))
    assert score([gold_doc(G_QUOTE)], {"a": [pred]}).get("content_strict").correct == 1


def test_split_content_spans_count_together() -> None:
    text = "“We are ready,” she said, “and we will win.”"
    g = GoldClaim(content=(find(text, "We are ready,"), find(text, "and we will win.")))
    p = Claim(content=(find(text, "We are ready"), find(text, "and we will win")))
    one = Claim(content=(find(text, "We are ready"),))
    doc = gold_doc(g, text=text)
    assert score([doc], {"a": [p]}).get("content_strict").correct == 1
    assert score([doc], {"a": [one]}).get("content_strict").correct == 0


def test_predictions_for_unknown_documents_are_reported_not_scored() -> None:
    report = score([gold_doc(G_QUOTE)], {"zzz": [Claim(content=(QUOTE,))]})
    assert report.unmatched == ("zzz",)
    assert report.predicted_claims == 0


def test_result_objects_are_accepted_as_predictions() -> None:
    doc = gold_doc(G_QUOTE)
    result = Result(article=doc.article, claims=(Claim(content=(QUOTE,)),))
    assert score([doc], {"a": result}).get("content").f1 == 1.0


# --------------------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    ("claim", "right"),
    [
        (Claim(content=(QUOTE,), mention=find(TEXT, "Ann Lee")), True),
        (Claim(content=(QUOTE,), mention=find(TEXT, "Mayor")), True),
        (Claim(content=(QUOTE,), speaker=Speaker("Ann Lee")), True),
        (Claim(content=(QUOTE,), speaker=Speaker("Lee")), True),
        (Claim(content=(QUOTE,), speaker=Speaker("A. Lee")), True),
        (Claim(content=(QUOTE,), speaker=Speaker("Mayor Ann Lee")), True),
        (Claim(content=(QUOTE,), speaker=Speaker("the Mayor")), True),
        (Claim(content=(QUOTE,), speaker=Speaker("Bob Lee")), False),
        (Claim(content=(QUOTE,), speaker=Speaker("Critics")), False),
        (Claim(content=(QUOTE,), mention=find(TEXT, "Critics")), False),
        (Claim(content=(QUOTE,)), False),
    ],
)
def test_attributed(claim: Claim, right: bool) -> None:
    report = score([gold_doc(G_QUOTE)], {"a": [claim]})
    assert report.get("attributed").correct == int(right)


def test_attributed_needs_a_pair() -> None:
    wrong_content = Claim(content=(CRITICS,), speaker=Speaker("Ann Lee"))
    assert score([gold_doc(G_QUOTE)], {"a": [wrong_content]}).get("attributed").correct == 0


def test_gold_mention_text_counts_as_a_name_but_pronouns_do_not() -> None:
    text = "He said “no.” Later Jones said “yes.”"
    g_he = GoldClaim(content=(find(text, "no."),), mention=find(text, "He"))
    g_jones = GoldClaim(content=(find(text, "yes."),), mention=find(text, "Jones"))
    preds = [
        Claim(content=(find(text, "no"),), speaker=Speaker("he")),
        Claim(content=(find(text, "yes"),), speaker=Speaker("Tom Jones")),
    ]
    report = score([gold_doc(g_he, g_jones, text=text)], {"a": preds})
    assert report.get("attributed").correct == 1


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Kirby", "John Kirby", True),
        ("J. Kirby", "John Kirby", True),
        ("Mr. Kirby", "John Kirby", True),
        ("john kirby", "John Kirby", True),
        ("Kirby’s", "John Kirby", True),
        ("Jane Kirby", "John Kirby", False),
        ("White House", "the White House", True),
        ("Foreign Ministry spokesman Naser Kanaani", "Naser Kanaani", True),
        ("the spokesman of the ministry of foreign affairs", "affairs", False),
        ("", "John Kirby", False),
    ],
)
def test_names_match(a: str, b: str, same: bool) -> None:
    assert names_match(a, [b]) is same


# --------------------------------------------------------------------------- fields


def test_fields_scored_where_annotated() -> None:
    preds = [
        Claim(
            content=(QUOTE,),
            kind=Kind.DIRECT,
            mention=find(TEXT, "Ann Lee"),
            speaker=Speaker("Ann Lee"),
            cue=Cue(find(TEXT, "said"), "say"),
            date=StatementDate(dt.date(2024, 5, 7)),
        ),
        Claim(
            content=(DENIAL,), kind=Kind.DIRECT, stance=Stance.ASSERT, date=StatementDate(dt.date(2024, 5, 7))
        ),
    ]
    report = score([gold_doc(G_QUOTE, G_DENIAL)], {"a": preds})
    got = {name: (s.correct, s.predicted, s.gold) for name, s in report.scores}
    assert got["cue"] == (1, 2, 2)
    assert got["mention"] == (1, 2, 2)
    assert got["speaker"] == (1, 2, 2)
    assert got["stance"] == (1, 2, 2)
    assert got["kind"] == (1, 2, 2)
    # The denial has no date in the gold: a predicted date is wrong.
    assert got["date"] == (1, 2, 2)


def test_fields_no_gold_annotates_are_left_out() -> None:
    g = GoldClaim(content=(QUOTE,), mention=find(TEXT, "Ann Lee"), annotated=frozenset({"mention"}))
    report = score([gold_doc(g)], {"a": [Claim(content=(QUOTE,))]})
    names = [n for n, _ in report.scores]
    assert names == ["content", "content_strict", "attributed", "mention"]
    with pytest.raises(KeyError):
        report.get("date")


def test_field_precision_excludes_predictions_paired_with_unannotated_gold() -> None:
    g1 = GoldClaim(content=(QUOTE,), cue=find(TEXT, "said"), annotated=frozenset({"cue"}))
    g2 = GoldClaim(content=(DENIAL,))
    preds = [Claim(content=(QUOTE,)), Claim(content=(DENIAL,)), Claim(content=(CRITICS,))]
    s = score([gold_doc(g1, g2)], {"a": preds}).get("cue")
    # The unpaired prediction counts, the one paired with g2 does not.
    assert (s.correct, s.predicted, s.gold) == (0, 2, 1)


# --------------------------------------------------------------------------- kinds, boilerplate


def test_kind_filter_keeps_predictions_paired_with_kept_gold() -> None:
    preds = [
        Claim(content=(QUOTE,), kind=Kind.INDIRECT),  # paired with direct gold: kept
        Claim(content=(DENIAL,), kind=Kind.DIRECT),  # paired with indirect gold: dropped
        Claim(content=(CRITICS,), kind=Kind.DIRECT),  # unpaired, direct: kept
        Claim(content=(find(TEXT, "on Tuesday"),), kind=Kind.INDIRECT),  # unpaired, indirect: dropped
    ]
    report = score([gold_doc(G_QUOTE, G_DENIAL)], {"a": preds}, kinds=["direct", "mixed"])
    c = report.get("content")
    assert (c.correct, c.predicted, c.gold) == (1, 2, 1)
    assert report.kinds == ("direct", "mixed")
    by_kind = dict(report.by_kind)
    assert set(by_kind) == {"direct"}


def test_breakdown_by_kind() -> None:
    preds = [Claim(content=(QUOTE,), kind=Kind.DIRECT), Claim(content=(CRITICS,), kind=Kind.INDIRECT)]
    report = score([gold_doc(G_QUOTE, G_DENIAL)], {"a": preds})
    direct = report.get("content", kind="direct")
    indirect = report.get("content", kind="indirect")
    assert (direct.correct, direct.predicted, direct.gold) == (1, 1, 1)
    assert (indirect.correct, indirect.predicted, indirect.gold) == (0, 1, 1)


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        score([], {}, kinds=["quoted"])


def test_boilerplate_left_out_unless_asked() -> None:
    g = GoldClaim(content=(CRITICS,), boilerplate=True)
    p = Claim(content=(QUOTE,), boilerplate=True)
    assert score([gold_doc(g)], {"a": [p]}).gold_claims == 0
    report = score([gold_doc(g)], {"a": [p]}, boilerplate=True)
    assert (report.gold_claims, report.predicted_claims) == (1, 1)


# --------------------------------------------------------------------------- report


def test_errors_are_ranked_and_have_context() -> None:
    preds = [
        Claim(content=(find(TEXT, "The bridge"),), speaker=Speaker("Ann Lee")),
        Claim(content=(DENIAL,), speaker=Speaker("Critics")),
        Claim(content=(find(TEXT, "on Tuesday"),), confidence=0.9),
    ]
    g3 = GoldClaim(content=(CRITICS,), speaker="Critics", annotated=frozenset({"speaker"}))
    report = score([gold_doc(G_QUOTE, G_DENIAL, g3)], {"a": preds}, errors=10)
    cats = [e.category for e in report.errors]
    assert cats == ["missed", "partial", "wrong speaker", "false alarm"]
    assert "⟦the plan was rushed and expensive⟧" in report.errors[0].context
    assert len(score([gold_doc(G_QUOTE, G_DENIAL, g3)], {"a": preds}, errors=1).errors) == 2


def test_report_to_dict_and_text() -> None:
    report = score([gold_doc(G_QUOTE)], {"a": [Claim(content=(QUOTE,))]}, errors=3)
    d = report.to_dict()
    json.dumps(d)
    assert d["scores"]["content"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "correct": 1,
        "predicted": 1,
        "gold": 1,
    }
    assert d["gold_claims"] == 1 and d["by_kind"]["direct"]["content"]["f1"] == 1.0
    text = report.format_text()
    assert "content_strict" in text and "1 documents" in text


def test_score_arithmetic() -> None:
    s = Score(1, 2, 4) + Score(1, 0, 0)
    assert (s.precision, s.recall) == (1.0, 0.5)
    assert round(s.f1, 4) == 0.6667


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, 40)), max_size=6),
    st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, 40)), max_size=6),
)
def test_scores_are_bounded_and_gold_scores_perfectly(
    gold: list[tuple[int, int]], pred: list[tuple[int, int]]
) -> None:
    def spans(pairs: list[tuple[int, int]]) -> list[Span]:
        return [Span.of(TEXT, s, min(len(TEXT), s + n)) for s, n in pairs]

    g = [GoldClaim(content=(s,)) for s in spans(gold)]
    p = [Claim(content=(s,)) for s in spans(pred)]
    report = score([gold_doc(*g)], {"a": p})
    for _, s in report.scores:
        assert 0 <= s.correct <= min(s.predicted, s.gold)
        assert 0.0 <= s.precision <= 1.0 and 0.0 <= s.recall <= 1.0
    # Claims without word tokens cannot be paired; all others pair with themselves.
    wordy = [c for c in g if any(ch.isalnum() for ch in c.text)]
    itself = score([gold_doc(*wordy)], {"a": [Claim(content=c.content) for c in wordy]})
    c = itself.get("content")
    assert c.precision == 1.0 and c.recall == 1.0


# --------------------------------------------------------------------------- readers


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_load_quotes_jsonl(tmp_path: Path) -> None:
    rec = {
        "id": "doc1",
        "date": "2016-09-12",
        "text": TEXT,
        "quotes": [
            {
                "content_spans": [[QUOTE.start, QUOTE.end]],
                "speaker_start": TEXT.index("Mayor"),
                "speaker_end": TEXT.index("Mayor") + 13,
                "speaker_name": None,
                "cue_start": TEXT.index("said"),
                "cue_end": TEXT.index("said") + 4,
                "type": "direct",
            },
            {
                "content_start": DENIAL.start,
                "content_end": DENIAL.end,
                "speaker_start": None,
                "speaker_end": None,
                "cue_start": TEXT.index("denied"),
                "cue_end": TEXT.index("denied") + 6,
                "type": "indirect",
            },
        ],
    }
    docs = load_gold(write_jsonl(tmp_path / "g.jsonl", [rec]))
    assert len(docs) == 1
    d = docs[0]
    assert d.id == "doc1" and d.article.published == dt.date(2016, 9, 12)
    q, r = d.claims
    assert q.content[0].text == "The bridge will open in May," and q.mention.text == "Mayor Ann Lee"
    assert q.kind is Kind.DIRECT and q.annotated == {"mention", "cue", "kind"}
    assert r.mention is None and r.kind is Kind.INDIRECT and "mention" not in r.annotated


def test_load_quotes_bad_offsets_name_the_line(tmp_path: Path) -> None:
    rec = {"id": "x", "text": "short", "quotes": [{"content_start": 2, "content_end": 99}]}
    path = write_jsonl(tmp_path / "g.jsonl", [{"id": "ok", "text": "", "quotes": []}, rec])
    with pytest.raises(GoldError, match=r"g\.jsonl:2: quote 1: content 2:99 outside"):
        load_gold(path)


def test_load_seed_gold(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "seeds" / "one.txt").write_text(TEXT, encoding="utf-8")
    records = [
        {"type": "article", "file": "one.txt", "published": "2024-05-08"},
        {
            "type": "claim",
            "file": "one.txt",
            "id": "1-01",
            "content": [QUOTE.to_dict()],
            "speaker": "Ann Lee",
            "speaker_mention": find(TEXT, "Mayor Ann Lee").to_dict(),
            "speaker_aliases": ["Lee"],
            "cue": find(TEXT, "said").to_dict(),
            "kind": "direct",
            "polarity": "assert",
            "date": "2024-05-07",
            "boilerplate": False,
        },
        {
            "type": "claim",
            "file": "one.txt",
            "id": "1-02",
            "content": [DENIAL.to_dict()],
            "speaker": "City Council",
            "speaker_mention": None,
            "cue": None,
            "kind": "indirect",
            "polarity": "deny",
            "date": None,
        },
    ]
    docs = load_gold(write_jsonl(tmp_path / "gold" / "seeds.gold.jsonl", records))
    (d,) = docs
    assert d.id == "one.txt" and d.article.published == dt.date(2024, 5, 8)
    a, b = d.claims
    assert a.speaker == "Ann Lee" and a.aliases == ("Lee",) and a.date == dt.date(2024, 5, 7)
    assert a.annotated == {"mention", "cue", "speaker", "kind", "stance", "date"}
    assert b.stance is Stance.DENY and b.annotated == {"speaker", "kind", "stance", "date"}


def test_load_seed_gold_missing_text(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "g.jsonl", [{"type": "article", "file": "nope.txt"}])
    with pytest.raises(GoldError, match=r"nope\.txt"):
        load_gold(path)


def test_output_format_round_trip(tmp_path: Path) -> None:
    article = Article.from_text(TEXT, id="art.txt", published="2024-05-07")
    claim = Claim(
        content=(QUOTE,),
        kind=Kind.DIRECT,
        speaker=Speaker("Ann Lee", aliases=("Lee",)),
        mention=find(TEXT, "Mayor Ann Lee"),
        cue=Cue(find(TEXT, "said"), "say"),
        date=StatementDate(dt.date(2024, 5, 7), expression=find(TEXT, "on Tuesday")),
    )
    result = Result(article=article, claims=(claim,))
    back = claim_from_dict(result.to_dict()["claims"][0])
    assert back == claim

    # As gold: the text comes from a file named by the id ...
    (tmp_path / "art.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "out.json").write_text(json.dumps(result.to_dict()), encoding="utf-8")
    (doc,) = load_gold(tmp_path / "out.json")
    assert doc.claims[0].speaker == "Ann Lee" and doc.claims[0].annotated >= {"cue", "mention", "speaker"}
    # ... or from a "text" field; and as predictions (object, list, JSONL).
    (tmp_path / "x.jsonl").write_text(json.dumps({**result.to_dict(), "text": TEXT}) + "\n", encoding="utf-8")
    (doc2,) = load_gold(tmp_path / "x.jsonl")
    assert doc2.claims == doc.claims
    for name in ("out.json", "x.jsonl"):
        preds = load_predictions(tmp_path / name)
        assert preds == {"art.txt": (claim,)}
    (tmp_path / "list.json").write_text(json.dumps([result.to_dict()]), encoding="utf-8")
    assert score([doc], load_predictions(tmp_path / "list.json")).get("attributed").f1 == 1.0


def test_output_format_text_from_texts_dir(tmp_path: Path) -> None:
    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "a.txt").write_text("Title: Bridge\n\n" + TEXT, encoding="utf-8")
    result = {"id": "a.txt", "claims": [{"kind": "direct", "content": [QUOTE.to_dict()]}]}
    (tmp_path / "gold.json").write_text(json.dumps(result), encoding="utf-8")
    (doc,) = load_gold(tmp_path / "gold.json", texts=tmp_path / "arts")
    # Read like `attribution extract` reads it: the header block is removed.
    assert doc.article.title == "Bridge"
    assert doc.claims[0].text == "The bridge will open in May,"


def test_brat_events(tmp_path: Path) -> None:
    (tmp_path / "n.txt").write_text(TEXT, encoding="utf-8")
    m = find(TEXT, "Mayor Ann Lee")
    c = find(TEXT, "said")
    (tmp_path / "n.ann").write_text(
        f"T1\tContent {QUOTE.start} {QUOTE.end}\t{QUOTE.text}\n"
        f"T2\tSource {m.start} {m.end}\t{m.text}\n"
        f"T3\tCue {c.start} {c.end}\t{c.text}\n"
        f"T4\tAttribution {c.start} {c.end}\t{c.text}\n"
        f"T5\tContent {DENIAL.start} {DENIAL.start + 3};{DENIAL.start + 4} {DENIAL.end}\t{DENIAL.text}\n"
        "E1\tAttribution:T4 Source:T2 Cue:T3 Content:T1\n"
        "E2\tAttribution:T4 Content:T5\n"
        "# a comment\n",
        encoding="utf-8",
    )
    (doc,) = load_gold(tmp_path)
    assert doc.id == "n.txt"
    a, b = doc.claims
    assert a.mention == m and a.cue == c and a.annotated == {"mention", "cue"}
    assert [s.text for s in b.content] == ["the", "budget was late"] and b.mention is None


def test_brat_relations(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    m = find(TEXT, "The council")
    c = find(TEXT, "denied")
    (tmp_path / "r.ann").write_text(
        f"T1\tSource {m.start} {m.end}\t{m.text}\n"
        f"T2\tCue {c.start} {c.end}\t{c.text}\n"
        f"T3\tContent {DENIAL.start} {DENIAL.end}\t{DENIAL.text}\n"
        "R1\tSOURCE Arg1:T2 Arg2:T1\n"
        "R2\tCONTENT Arg1:T2 Arg2:T3\n",
        encoding="utf-8",
    )
    (doc,) = load_gold(tmp_path / "r.ann")
    (g,) = doc.claims
    assert g.content == (DENIAL,) and g.mention == m and g.cue == c


def test_brat_bad_range(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("abc", encoding="utf-8")
    (tmp_path / "b.ann").write_text("T1\tContent 0 x\tabc\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"b\.ann:1"):
        load_gold(tmp_path)


def test_unknown_format_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="unknown gold format"):
        load_gold(write_jsonl(tmp_path / "g.jsonl", [{"foo": 1}]))
    with pytest.raises(GoldError, match="no such file"):
        load_gold(tmp_path / "missing.jsonl")
    (tmp_path / "bad.jsonl").write_text('{"id": 1}\n{oops\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"bad\.jsonl:2: invalid JSON"):
        load_gold(tmp_path / "bad.jsonl")
    assert load_gold(write_jsonl(tmp_path / "empty.jsonl", [])) == []


def test_evaluate_extractor_runs_each_article() -> None:
    class Fake:
        def __init__(self) -> None:
            self.seen: list[str] = []

        def extract(self, article: Article) -> Result:
            self.seen.append(article.id)
            return Result(article=article, claims=(Claim(content=(QUOTE,), speaker=Speaker("Lee")),))

    fake = Fake()
    report = evaluate_extractor(fake, [gold_doc(G_QUOTE)])  # type: ignore[arg-type]
    assert fake.seen == ["a"]
    assert report.get("attributed").f1 == 1.0


SHARED = Path(__file__).resolve().parents[2] / "shared" / "gold"


@pytest.mark.skipif(not SHARED.exists(), reason="../shared not present")
def test_shared_gold_loads_and_scores_itself() -> None:
    for name in ("seeds.gold.jsonl", "polnear-dev.jsonl"):
        docs = load_gold(SHARED / name)
        assert docs and all(d.claims for d in docs)
        predicted = {
            d.id: [Claim(content=g.content, kind=g.kind or Kind.DIRECT, mention=g.mention) for g in d.claims]
            for d in docs
        }
        report = score(docs, predicted)
        assert report.get("content_strict").recall == 1.0

"""Tests for attribution.corpus: cross-article speakers, statement clusters, timelines."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution import (
    Article,
    Claim,
    Corpus,
    Kind,
    MergeDecision,
    PluginFailed,
    Result,
    Span,
    Speaker,
    SpeakerType,
    Stance,
    StatementDate,
    hookimpl,
    make_plugin_manager,
)
from attribution.corpus import name_parts, role_relation, skeleton

P = SpeakerType.PERSON
ORG = SpeakerType.ORGANIZATION

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def article(id: str, published: str | None, *claims: tuple[Any, ...]) -> Result:
    """A result whose text is the claims' contents, one per line.

    Each claim is ``(name, type, role, content)`` with optional ``date``
    (ISO string) and ``stance``; ``name`` None leaves the speaker unknown.
    """
    text = "\n".join(c[3] for c in claims)
    a = Article.from_text(text, id=id, source=f"outlet-{id}", published=published)
    out = []
    pos = 0
    for c in claims:
        name, kind, role, content = c[:4]
        date = c[4] if len(c) > 4 else None
        stance = c[5] if len(c) > 5 else Stance.ASSERT
        span = Span.of(text, pos, pos + len(content))
        pos += len(content) + 1
        out.append(
            Claim(
                content=(span,),
                kind=Kind.INDIRECT,
                speaker=Speaker(name, kind, role) if name else None,
                stance=stance,
                date=StatementDate(dt.date.fromisoformat(date)) if date else None,
            )
        )
    return Result(a, tuple(out))


def ids(corpus: Corpus) -> list[str | None]:
    return [sid for row in corpus.claim_speakers for sid in row]


# --- names ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Naser", "Nasser"),
        ("Kanani", "Kanaani"),
        ("Kiev", "Kyiv"),
        ("Stéphane", "Stephane"),
        ("Philip", "Filip"),
        ("Nowak", "Novak"),
    ],
)
def test_skeleton_joins_transliteration_variants(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(("a", "b"), [("Putin", "Peskov"), ("Kirby", "Kerry"), ("Donald", "Ivanka")])
def test_skeleton_keeps_different_names_apart(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


@given(st.text(max_size=30))
def test_skeleton_is_idempotent(word: str) -> None:
    assert skeleton(skeleton(word)) == skeleton(word)


@pytest.mark.parametrize(
    ("name", "given", "family"),
    [
        ("Mr. Jane Roe", ("jane",), "roe"),
        ("Ruritanian foreign ministry spokesman Jan Novak", ("jan",), "novak"),
        ("Senate Minority Leader Harry M. Reid (D-Nev.)", ("harry", "m"), "reid"),
        ("Jan Novak, the spokesman of the ministry,", ("jan",), "novak"),
        ("Paul Roe of the Daily Bugle", ("paul",), "roe"),
        ("Amir-Saeid Roe", ("amir", "saeid"), "roe"),
        ("Mrs. Roe", (), "roe"),
    ],
)
def test_name_parts_of_persons(name: str, given: tuple[str, ...], family: str) -> None:
    parts = name_parts(name, P)
    assert (parts.kind, parts.given, parts.family) == ("person", given, family)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the spokesperson", "description"),
        ("A Roe ally", "description"),
        ("Aides to Roe", "description"),
        ("A spokeswoman for Mr. Roe", "description"),
        ("Jane Roe and John Doe", "group"),
        ("Roe, Doe", "group"),
        ("anonymous officials", "anonymous"),
        ("The Ruritanian Foreign Ministry", "organization"),
        ("Iran and its senior officials", "organization"),
        ("protest organizers in Springfield", "description"),
        ("a friend of Mr. Roe", "description"),
    ],
)
def test_name_parts_kinds(name: str, kind: str) -> None:
    assert name_parts(name).kind == kind


def test_titles_set_gender() -> None:
    assert name_parts("Mrs. Roe").gender == "f"
    assert name_parts("Mr. Roe").gender == "m"


def test_role_relation() -> None:
    assert (
        role_relation(
            ["foreign ministry spokesman"], ["spokeswoman of the Ruritanian Ministry of Foreign Affairs"]
        )[0]
        == "agree"
    )
    assert role_relation(["Kremlin spokesman"], ["President"])[0] == "conflict"
    assert role_relation(["Iranian ambassador to the UN"], ["Russian ambassador to the UN"])[0] == "conflict"
    assert role_relation([], ["President"])[0] == "neutral"


def test_long_adversarial_names_are_fast_enough_to_finish() -> None:
    for name in ("a" * 200_000, "A-" * 50_000, "Mr. " * 30_000 + "Roe", "(" * 20_000 + "Roe" + ")" * 20_000):
        name_parts(name)
        skeleton(name)


# --- merging ---------------------------------------------------------------


def test_spelling_variants_merge_across_articles_with_evidence() -> None:
    corpus = Corpus.from_results(
        [
            article(
                "a",
                "2024-03-01",
                (
                    "Nasser Kanani",
                    P,
                    "spokesman of the Ruritanian Ministry of Foreign Affairs",
                    "Talks go on.",
                ),
            ),
            article("b", "2024-03-02", ("Naser Kanaani", P, "foreign ministry spokesman", "No deal yet.")),
        ]
    )
    assert len(corpus.speakers) == 1
    speaker = corpus.speakers[0]
    assert set(speaker.aliases) == {"Nasser Kanani", "Naser Kanaani"}
    assert speaker.articles == ("a", "b")
    (ev,) = speaker.evidence
    text = " ".join(ev.evidence)
    assert "spelling variant" in text and "roles agree" in text
    assert ev.rule == "corpus"
    assert ev.into == speaker.id


def test_surname_only_joins_the_full_name() -> None:
    corpus = Corpus.from_results(
        [
            article("a", None, ("John Roe", P, None, "One.")),
            article("b", None, ("Roe", P, None, "Two."), ("Mr. Roe", P, None, "Three.")),
        ]
    )
    assert len(set(ids(corpus))) == 1
    assert corpus.speakers[0].name == "John Roe"


def test_different_people_stay_apart() -> None:
    corpus = Corpus.from_results(
        [
            article(
                "a",
                None,
                ("Vladimir Putin", P, "President", "One."),
                ("Dmitry Peskov", P, "Kremlin spokesman", "Two."),
            ),
            article("b", None, ("Putin", P, None, "Three."), ("Peskov", P, None, "Four.")),
            article("c", None, ("Ivanka Roe", P, None, "Five."), ("Donald Roe", P, None, "Six.")),
        ]
    )
    got = ids(corpus)
    assert got[0] == got[2] and got[1] == got[3] and got[0] != got[1]
    assert got[4] != got[5]


def test_surname_with_conflicting_role_stays_apart() -> None:
    corpus = Corpus.from_results(
        [
            article("a", None, ("Jan Novak", P, "mayor of Springfield", "One.")),
            article("b", None, ("Novak", P, "ambassador to Ruritania", "Two.")),
        ]
    )
    got = ids(corpus)
    assert got[0] != got[1]


def test_ambiguous_surname_follows_a_dominant_bearer_or_stays_apart() -> None:
    many = [article(f"d{i}", None, ("Donald Roe", P, None, f"Claim {i}.")) for i in range(6)]
    results = [
        *many,
        article("i", None, ("Ivanka Roe", P, None, "Hers.")),
        article("x", None, ("Roe", P, None, "Who?")),
    ]
    corpus = Corpus.from_results(results)
    donald = corpus.claim_speakers[0][0]
    assert corpus.claim_speakers[-1][0] == donald
    evidence = " ".join(e for ev in corpus.speaker(donald).evidence for e in ev.evidence)
    assert "most frequent" in evidence
    strict = Corpus.from_results(results, dominance=None)
    assert strict.claim_speakers[-1][0] not in {strict.claim_speakers[0][0], strict.claim_speakers[-2][0]}


def test_same_article_surname_wins_over_frequency() -> None:
    many = [article(f"d{i}", None, ("Donald Roe", P, None, f"Claim {i}.")) for i in range(6)]
    mixed = article("m", None, ("Ivanka Roe", P, None, "Hers."), ("Roe", P, None, "Again hers."))
    corpus = Corpus.from_results([*many, mixed])
    assert corpus.claim_speakers[-1][0] == corpus.claim_speakers[-1][1]


def test_persons_and_organizations_never_merge() -> None:
    corpus = Corpus.from_results(
        [
            article("a", None, ("White House", ORG, None, "One."), ("John House", P, None, "Two.")),
        ]
    )
    got = ids(corpus)
    assert got[0] != got[1]


def test_organization_names_unify_places_and_documents() -> None:
    corpus = Corpus.from_results(
        [
            article("a", None, ("American intelligence", ORG, None, "One.")),
            article("b", None, ("US intelligence", SpeakerType.DOCUMENT, None, "Two.")),
            article("c", None, ("The United States", ORG, None, "Three.")),
            article("d", None, ("US", ORG, None, "Four.")),
            article("e", None, ("Al-Qaeda", ORG, None, "Five.")),
            article("f", None, ("al Qaida", ORG, None, "Six.")),
        ]
    )
    got = ids(corpus)
    assert got[0] == got[1] and got[2] == got[3] and got[0] != got[2]
    assert got[4] == got[5]


def test_definite_description_joins_same_article_speaker_by_role() -> None:
    corpus = Corpus.from_results(
        [
            article(
                "a",
                None,
                ("Jane Roe", P, "spokeswoman for the council", "One."),
                ("the spokesperson", P, None, "Two."),
                ("an official", P, None, "Three."),
            ),
            article("b", None, ("the spokesperson", P, None, "Four.")),
        ]
    )
    got = ids(corpus)
    assert got[0] == got[1]
    assert got[2] != got[0]
    assert got[3] != got[0]


def test_unknown_speakers_and_pronoun_mentions_get_no_speaker() -> None:
    text = "It works. He agreed."
    a = Article.from_text(text, id="a")
    claims = (
        Claim(content=(Span.of(text, 0, 9),)),
        Claim(content=(Span.of(text, 13, 20),), mention=Span.of(text, 10, 12)),
    )
    corpus = Corpus.from_results([Result(a, claims)])
    assert corpus.claim_speakers == ((None, None),)
    assert corpus.speakers == () and corpus.timeline == ()


def test_mention_names_a_speaker_when_the_speaker_is_unresolved() -> None:
    text = "Roe: it works."
    a = Article.from_text(text, id="a")
    claim = Claim(content=(Span.of(text, 5, 14),), mention=Span.of(text, 0, 3))
    corpus = Corpus.from_results([Result(a, (claim,))])
    assert corpus.speakers[0].name == "Roe"


def test_ids_are_unique_and_every_claim_speaker_exists() -> None:
    corpus = Corpus.from_results(
        [
            article("a", None, ("Jane Roe", P, None, "One."), ("Jane Roe", ORG, None, "Org one.")),
            article("b", None, ("Jane Roe", P, None, "Two.")),
        ]
    )
    known = {s.id for s in corpus.speakers}
    assert len(known) == len(corpus.speakers)
    assert set(ids(corpus)) <= known


# --- the hook --------------------------------------------------------------


class KnowledgeBase:
    """Knows that 'Jan Novak' and 'Johann Novak' are one person; 'Ann Roe' is two."""

    __name__ = "kb"

    @hookimpl
    def attribution_same_speaker(self, a: Any, b: Any) -> MergeDecision | None:
        names = set(a.aliases) | set(b.aliases)
        if names == {"Jan Novak", "Johann Novak"}:
            return MergeDecision(True, ("knowledge base: same person",), 5.0)
        if "Ann Roe" in a.aliases and "Ann Roe" in b.aliases:
            return MergeDecision(False, ("knowledge base: two different Ann Roes",))
        return None


def test_plugin_can_merge_and_keep_apart() -> None:
    # The builtin rule keeps the Novaks apart (given names differ) and merges
    # the Ann Roes; the plugin, asked first, overrides both.
    pm = make_plugin_manager([KnowledgeBase()], entrypoints=False)
    corpus = Corpus.from_results(
        [
            article("a", None, ("Jan Novak", P, None, "One."), ("Ann Roe", P, None, "Two.")),
            article("b", None, ("Johann Novak", P, None, "Three."), ("Ann Roe", P, None, "Four.")),
        ],
        pm=pm,
    )
    got = ids(corpus)
    assert got[0] == got[2]
    assert got[1] != got[3]
    ev = corpus.speaker(got[0]).evidence[0]
    assert ev.rule == "kb" and ev.evidence == ("knowledge base: same person",)


class Broken:
    __name__ = "broken"

    @hookimpl
    def attribution_same_speaker(self, a: Any, b: Any) -> MergeDecision | None:
        raise RuntimeError("lookup failed")


class Wrong:
    __name__ = "wrong"

    @hookimpl
    def attribution_same_speaker(self, a: Any, b: Any) -> object:
        return "yes"


@pytest.mark.parametrize(("plugin", "error"), [(Broken(), "RuntimeError"), (Wrong(), "InvalidDecision")])
def test_failing_plugin_is_reported_and_builtin_rule_still_decides(plugin: object, error: str) -> None:
    pm = make_plugin_manager([plugin], entrypoints=False)
    results = [
        article("a", None, ("Jane Roe", P, None, "One.")),
        article("b", None, ("Roe", P, None, "Two.")),
    ]
    corpus = Corpus.from_results(results, pm=pm)
    assert len(set(ids(corpus))) == 1
    name = plugin.__name__  # type: ignore[attr-defined]
    assert [(e.plugin, e.error) for e in corpus.errors] == [(name, error)]
    with pytest.raises(PluginFailed):
        Corpus.from_results(results, pm=pm, strict=True)


def test_without_the_builtin_rule_nothing_merges_but_exact_names() -> None:
    pm = make_plugin_manager(block=["corpus"], entrypoints=False)
    corpus = Corpus.from_results(
        [
            article("a", None, ("Jane Roe", P, None, "One.")),
            article("b", None, ("Jane Roe", P, None, "Two.")),
        ],
        pm=pm,
    )
    assert len(corpus.speakers) == 2


# --- statements and timeline -----------------------------------------------


def test_same_statement_in_two_outlets_is_one_cluster() -> None:
    quote = "Ruritania offered an unprecedented level of military and technical support to its ally."
    corpus = Corpus.from_results(
        [
            article("a", "2024-03-01", ("Jane Roe", P, None, quote, "2024-03-01")),
            article(
                "b",
                "2024-03-02",
                (
                    "Roe",
                    P,
                    None,
                    "Ruritania “offered an unprecedented level of military and technical support”",
                    "2024-03-01",
                ),
                ("Roe", P, None, "The weather in the capital was fine on Sunday."),
            ),
            article("c", "2024-06-01", ("Jane Roe", P, None, quote, "2024-06-01")),
        ]
    )
    (cluster,) = corpus.statements
    assert cluster.outlets == ("outlet-a", "outlet-b")
    assert cluster.first == cluster.last == dt.date(2024, 3, 1)
    assert {(c.article_id, c.claim) for c in cluster.claims} == {("a", 0), ("b", 0)}
    entries = corpus.timeline_of(cluster.speaker)
    assert [e.statement for e in entries].count(cluster.id) == 2


def test_two_claims_of_one_article_are_not_a_repeated_statement() -> None:
    text = "Ruritania offered an unprecedented level of military and technical support."
    corpus = Corpus.from_results(
        [article("a", "2024-03-01", ("Jane Roe", P, None, text), ("Jane Roe", P, None, text))]
    )
    assert corpus.statements == ()


@pytest.mark.parametrize(
    ("published", "date", "same"),
    [
        ("2024-03-05", None, True),  # reported within the week after the statement
        ("2024-03-12", None, False),  # published too late to be that statement
        ("2024-02-20", None, False),  # published before the statement was made
        ("2024-03-20", "2024-03-03", True),  # its own date wins over publication
    ],
)
def test_statement_dates_window(published: str, date: str | None, same: bool) -> None:
    text = "Ruritania offered an unprecedented level of military and technical support."
    corpus = Corpus.from_results(
        [
            article("a", "2024-03-01", ("Jane Roe", P, None, text, "2024-03-01")),
            article("b", published, ("Jane Roe", P, None, text, date)),
        ]
    )
    assert len(corpus.statements) == int(same)


def test_timeline_orders_by_date_and_marks_the_fallback() -> None:
    corpus = Corpus.from_results(
        [
            article("late", "2024-05-01", ("Jane Roe", P, None, "Later.", None, Stance.DENY)),
            article("early", "2024-05-03", ("Jane Roe", P, None, "Earlier.", "2024-04-01")),
            article("undated", None, ("Jane Roe", P, None, "Whenever.")),
        ]
    )
    entries = corpus.timeline
    assert [e.text for e in entries] == ["Earlier.", "Later.", "Whenever."]
    assert [e.date_basis for e in entries] == ["statement", "published", "none"]
    assert entries[1].stance is Stance.DENY and entries[1].claim.outlet == "outlet-late"


def test_to_dict_is_json() -> None:
    corpus = Corpus.from_results(
        [
            article("a", "2024-03-01", ("Jane Roe", P, "mayor", "One.")),
            article("b", None, ("Roe", P, None, "Two.")),
        ]
    )
    data = json.loads(json.dumps(corpus.to_dict()))
    assert data["speakers"][0]["article_count"] == 2
    assert data["speakers"][0]["evidence"][0]["rule"] == "corpus"
    assert data["timeline"][0]["date_basis"] == "published"


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Jane Roe", "Roe", "John Roe", "J. Roe", "Jan Novak", "Novak", "the mayor"]),
            st.integers(0, 3),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_every_claim_gets_a_listed_speaker_and_given_names_never_mix(rows: list[tuple[str, int]]) -> None:
    by_article: dict[int, list[tuple[Any, ...]]] = {}
    for name, n in rows:
        by_article.setdefault(n, []).append((name, P, None, f"{name} said {n}."))
    corpus = Corpus.from_results(
        [article(f"a{n}", None, *claims) for n, claims in sorted(by_article.items())]
    )
    known = {s.id for s in corpus.speakers}
    assert set(ids(corpus)) <= known
    for s in corpus.speakers:
        firsts = {
            name_parts(a).given[0]
            for a in s.aliases
            if name_parts(a).kind == "person" and name_parts(a).given
        }
        assert not {"jane", "john"} <= firsts


def test_build_extracts_then_merges() -> None:
    corpus = Corpus.build(["“We are ready,” said Jane Roe.", "“Ready,” said Roe."])
    assert len(corpus.results) == 2


# --- acceptance on the seeds ------------------------------------------------


def _seed_results() -> tuple[list[Result], list[str]]:
    records = [json.loads(line) for line in (SHARED / "gold" / "seeds.gold.jsonl").open(encoding="utf-8")]
    published = {r["file"]: r["published"] for r in records if r["type"] == "article"}
    results, gold = [], []
    for file in sorted(published):
        a = Article.from_file(SHARED / "seeds" / file, published=published[file], header=False)
        claims = []
        for r in records:
            if r["type"] != "claim" or r["file"] != file:
                continue
            claims.append(
                Claim(
                    content=tuple(Span.of(a.text, c["start"], c["end"]) for c in r["content"]),
                    speaker=Speaker(
                        r["speaker"],
                        SpeakerType(r.get("speaker_type") or "unknown"),
                        r.get("speaker_role") or None,
                    ),
                    date=StatementDate(dt.date.fromisoformat(r["date"])) if r.get("date") else None,
                )
            )
            gold.append(r["speaker_id"])
        results.append(Result(a, tuple(claims)))
    return results, gold


@pytest.mark.skipif(not (SHARED / "gold" / "seeds.gold.jsonl").exists(), reason="needs ../shared")
def test_seeds_speakers_agree_with_gold_ids() -> None:
    results, gold = _seed_results()
    corpus = Corpus.from_results(results)
    pred = ids(corpus)
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(pred)), 2):
        same_p, same_g = pred[i] == pred[j], gold[i] == gold[j]
        tp += same_p and same_g
        fp += same_p and not same_g
        fn += same_g and not same_p
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.95
    by_name = {
        c.speaker.name: corpus.claim_speakers[i][j]
        for i, r in enumerate(results)
        for j, c in enumerate(r.claims)
        if c.speaker
    }
    assert by_name["Nasser Kanani"] == by_name["Naser Kanaani"]
    assert by_name["Putin"] != by_name["Dmitry Peskov"]
    kirby = corpus.speaker(by_name["John Kirby"])
    assert len(kirby.articles) == 4


def test_articles_with_the_same_id_stay_distinct() -> None:
    corpus = Corpus.from_results(
        [
            article("x.txt", None, ("Jane Roe", P, None, "One.")),
            article("x.txt", None, ("Roe", P, None, "Two.")),
        ]
    )
    (speaker,) = corpus.speakers
    assert speaker.articles == ("x.txt", "x.txt#2")
    assert [e.claim.article_id for e in corpus.timeline] == ["x.txt", "x.txt#2"]
    assert "same article" not in " ".join(speaker.evidence[0].evidence)


def test_mentions_list_how_articles_refer_to_the_speaker() -> None:
    text = "“Yes,” Roe said. “No,” she said. “Maybe,” said the mayor."
    a = Article.from_text(text, id="a")
    roe = Speaker("Jane Roe", P, "mayor", aliases=("Roe", "mayor"))

    def claim(quote: str, mention: str) -> Claim:
        start = text.index(quote)
        m = text.index(mention, start)
        return Claim(
            content=(Span.of(text, start, start + len(quote)),),
            speaker=roe,
            mention=Span.of(text, m, m + len(mention)),
        )

    claims = (claim("Yes,", "Roe"), claim("No,", "she"), claim("Maybe,", "the mayor"))
    corpus = Corpus.from_results([Result(a, claims)])
    (speaker,) = corpus.speakers
    assert speaker.aliases == ("Jane Roe",)
    assert speaker.mentions == ("Roe", "the mayor")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.sampled_from(list(SpeakerType)))
def test_name_parts_never_fails(name: str, kind: SpeakerType) -> None:
    parts = name_parts(name, kind)
    assert parts.kind in {"person", "organization", "group", "anonymous", "description"}
    if parts.kind == "person":
        assert parts.family and parts.family_key == skeleton(parts.family)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=20), st.sampled_from(list(SpeakerType))), min_size=1, max_size=8))
def test_any_names_build_a_corpus(names: list[tuple[str, SpeakerType]]) -> None:
    results = [
        article(f"a{n}", None, (name or "x", kind, None, f"Claim {n}."))
        for n, (name, kind) in enumerate(names)
    ]
    corpus = Corpus.from_results(results)
    assert set(ids(corpus)) <= {s.id for s in corpus.speakers} | {None}
    json.dumps(corpus.to_dict())


def test_a_mention_that_later_becomes_a_name_is_not_listed_twice() -> None:
    text = "One. Two."
    a = Article.from_text(text, id="a")
    b = Article.from_text(text, id="b")
    first = Claim(content=(Span.of(text, 0, 4),), speaker=Speaker("Jane Roe", P), mention=Span.of(text, 0, 3))
    roe = Result(a, (attrs.evolve(first, speaker=Speaker("Jane Roe", P, aliases=("Roe",))),))
    later = Result(b, (Claim(content=(Span.of(text, 5, 9),), speaker=Speaker("Roe", P)),))
    (speaker,) = Corpus.from_results([roe, later]).speakers
    assert speaker.aliases == ("Jane Roe", "Roe")
    assert "Roe" not in speaker.mentions

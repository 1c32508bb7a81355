"""A synthetic news corpus with gold claims, generated from templates.

Every article is made of invented people, organisations and statements put
into a dozen sentence templates (direct quotes, quotes split by the cue,
reported speech with and without "that", "according to", colon
introductions, denials, partial quotes, pronoun follow-ups) and filler
narrative, so the benchmark needs no data files and the gold is known by
construction. The output is deterministic for a given seed.

    python benchmarks/synthetic.py -n 200 --seed 1 --out synthetic.jsonl

writes the corpus as gold JSONL (``{"id", "date", "text", "quotes": [...]}``)
that ``attribution evaluate`` reads.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from attribution import Kind, Span, Stance
from attribution.evaluate import GoldClaim, GoldDocument


def _words(data: str, sep: str = "|") -> list[str]:
    # Word lists are kept as one string each, easier to read and extend.
    return data.split(sep)


FIRST_F = _words("Ann Maria Elena Sofia Grace Nadia Irene Clara Helen Laura Rosa Vera", " ")
FIRST_M = _words("Peter Omar Daniel Viktor Samuel Arjun Felix Tomas Hugo Marco Ivan Leon", " ")
LAST = _words(
    "Brandt Okafor Lindqvist Moreau Castellano Haddad Novak Whitfield Tanaka Rossi "
    "Petrov Adeyemi Kowalski Fischer Duarte Halvorsen Mbeki Larsen Quinn Sato",
    " ",
)
ROLES = _words(
    "finance minister|spokesperson for the ministry|deputy mayor|chief economist|"
    "regional governor|union leader|defence secretary|head of the port authority|"
    "senior adviser|party chairwoman"
)
ORGS = _words(
    "the Ministry of Transport|the city council|the Northern Rail Company|the port authority|"
    "the Farmers' Union|the central bank|the health agency|the Coastal Party"
)
SUBJECTS = _words(
    "the new bridge|the budget|the harbour project|the tax reform|the rail strike|the water supply|"
    "the trade agreement|the school plan|fuel prices|the border crossing|the hospital wing|the election"
)
PREDICATES = _words(
    "will be finished before the winter|has been delayed by at least a year|is fully funded|"
    "will cost far more than planned|was never discussed with residents|remains the top priority|"
    "must be reviewed by an independent panel|is not on the table for now|will create thousands of jobs|"
    "poses no risk to the public"
)
ADJECTIVES = [
    "reckless",
    "long overdue",
    "a serious mistake",
    "good news for everyone",
    "premature",
    "unacceptable",
]
FILLER = _words(
    "The announcement came after weeks of negotiations.|Talks are expected to resume next month.|"
    "Traffic in the centre was disrupted for several hours.|The proposal will go to a vote in the autumn.|"
    "Several hundred people gathered outside the building.|Officials did not give further details.|"
    "The figures were published in the annual report.|Local businesses have been waiting for a decision."
)
WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday", " ")
HEADLINES = _words("{Subj} row deepens|Officials clash over {subj}|New doubts over {subj}")


@dataclass
class Person:
    first: str
    last: str
    role: str
    org: str
    pronoun: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class _Builder:
    """Appends text pieces and records the spans of the marked ones."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    claims: list[GoldClaim] = field(default_factory=list)

    def add(self, piece: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start, self.length

    def text(self) -> str:
        return "".join(self.parts)


def _statement(rng: random.Random) -> str:
    subj, pred = rng.choice(SUBJECTS), rng.choice(PREDICATES)
    return f"{subj[0].upper()}{subj[1:]} {pred}"


def _clause(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(PREDICATES)}"


def _paragraph(b: _Builder, rng: random.Random, people: list[Person], published: dt.date) -> None:
    p = rng.choice(people)
    template = rng.randrange(12)
    claim: dict[str, Any] = {}

    def span(se: tuple[int, int]) -> Span:
        return Span(se[0], se[1], "")

    def when() -> str:
        day = rng.choice([d for d in WEEKDAYS if d != WEEKDAYS[published.weekday()]])
        return f" on {day}"

    if template == 0:  # “Statement,” Name, the role of org, said on Day.
        b.add("“")
        c = b.add(_statement(rng) + ",")
        b.add("” ")
        m = b.add(p.name)
        b.add(f", the {p.role} of {p.org.removeprefix('the ')}, ")
        cue = b.add("said")
        b.add(when() + ".")
        claim = {"content": (span(c),), "kind": Kind.DIRECT, "mention": span(m), "cue": span(cue)}
    elif template == 1:  # “Statement,” said Surname.
        b.add("“")
        c = b.add(_statement(rng) + ",")
        b.add("” ")
        cue = b.add("said")
        b.add(" ")
        m = b.add(p.last)
        b.add(".")
        claim = {"content": (span(c),), "kind": Kind.DIRECT, "mention": span(m), "cue": span(cue)}
    elif template == 2:  # “First,” Surname said, “second.”
        b.add("“")
        c = b.add(_statement(rng) + ",")
        b.add("” ")
        m = b.add(p.last)
        b.add(" ")
        cue = b.add("said")
        b.add(", “")
        c2 = b.add(_clause(rng) + ".")
        b.add("”")
        claim = {"content": (span(c), span(c2)), "kind": Kind.DIRECT, "mention": span(m), "cue": span(cue)}
    elif template == 3:  # The role, Name, said on Day that clause.
        b.add(f"The {p.role}, ")
        m = b.add(p.name)
        b.add(", ")
        cue = b.add("said")
        b.add(when() + " that ")
        c = b.add(_clause(rng))
        b.add(".")
        claim = {"content": (span(c),), "kind": Kind.INDIRECT, "mention": span(m), "cue": span(cue)}
    elif template == 4:  # According to Name, clause.
        cue = b.add("According to")
        b.add(" ")
        m = b.add(p.name)
        b.add(", ")
        c = b.add(_clause(rng))
        b.add(".")
        claim = {"content": (span(c),), "kind": Kind.INDIRECT, "mention": span(m), "cue": span(cue)}
    elif template == 5:  # Surname claimed: Statement.
        m = b.add(p.last)
        b.add(" ")
        b.add("also ")
        cue = b.add("claimed:")
        b.add(" ")
        c = b.add(_statement(rng))
        b.add(".")
        claim = {
            "content": (span(c),),
            "kind": Kind.COLON,
            "mention": span(m),
            "cue": Span(cue[0], cue[1] - 1, ""),
        }
    elif template == 6:  # Name denied that clause.
        m = b.add(p.name)
        b.add(" ")
        cue = b.add("denied")
        b.add(" that ")
        c = b.add(_clause(rng))
        b.add(".")
        claim = {
            "content": (span(c),),
            "kind": Kind.INDIRECT,
            "mention": span(m),
            "cue": span(cue),
            "stance": Stance.DENY,
        }
    elif template == 7:  # Surname said subject was “adjective”.
        m = b.add(p.last)
        b.add(" ")
        cue = b.add("said")
        b.add(" ")
        c = b.add(f"{rng.choice(SUBJECTS)} was “{rng.choice(ADJECTIVES)}”")
        b.add(".")
        claim = {"content": (span(c),), "kind": Kind.MIXED, "mention": span(m), "cue": span(cue)}
    elif template == 8:  # Pronoun follow-up: “Statement,” she added.
        b.add(f"{p.name}, the {p.role}, spoke to reporters. “")
        c = b.add(_statement(rng) + ",")
        b.add("” ")
        m = b.add(p.pronoun)
        b.add(" ")
        cue = b.add("added")
        b.add(".")
        claim = {"content": (span(c),), "kind": Kind.DIRECT, "mention": span(m), "cue": span(cue)}
    elif template == 9:  # Org told reporters clause.
        org = p.org
        m = b.add(org[0].upper() + org[1:])
        b.add(" ")
        cue = b.add("told")
        b.add(" reporters that ")
        c = b.add(_clause(rng))
        b.add(".")
        claim = {
            "content": (span(c),),
            "kind": Kind.INDIRECT,
            "mention": span(m),
            "cue": span(cue),
            "speaker": org.removeprefix("the "),
        }
    else:  # filler narrative
        b.add(" ".join(rng.sample(FILLER, 2)))
        return
    speaker = claim.pop("speaker", p.name)
    stance = claim.pop("stance", Stance.ASSERT)
    b.claims.append(
        GoldClaim(
            **claim,
            speaker=speaker,
            aliases=(p.last,) if speaker == p.name else (),
            stance=stance,
            annotated=frozenset({"mention", "cue", "kind", "speaker", "stance"}),
        )
    )


def _people(rng: random.Random, n: int) -> list[Person]:
    out = []
    lasts = rng.sample(LAST, n)
    for last in lasts:
        female = rng.random() < 0.5
        first = rng.choice(FIRST_F if female else FIRST_M)
        out.append(Person(first, last, rng.choice(ROLES), rng.choice(ORGS), "she" if female else "he"))
    return out


def _fix_spans(text: str, claims: list[GoldClaim]) -> tuple[GoldClaim, ...]:
    def fix(s: Span | None) -> Span | None:
        return None if s is None else Span.of(text, s.start, s.end)

    out = []
    for c in claims:
        out.append(
            GoldClaim(
                content=tuple(Span.of(text, s.start, s.end) for s in c.content),
                kind=c.kind,
                mention=fix(c.mention),
                speaker=c.speaker,
                aliases=c.aliases,
                cue=fix(c.cue),
                stance=c.stance,
                annotated=c.annotated,
            )
        )
    return tuple(out)


def article(
    seed: int, *, chars: int | None = None, paragraphs: int | None = None, id: str = ""
) -> GoldDocument:
    """One synthetic article of about ``chars`` characters (or ``paragraphs`` paragraphs)."""
    rng = random.Random(seed)
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(365))
    people = _people(rng, rng.randint(2, 5))
    b = _Builder()
    subj = rng.choice(SUBJECTS)
    b.add(rng.choice(HEADLINES).format(subj=subj, Subj=subj[0].upper() + subj[1:]) + "\n\n")
    count = 0
    target_paragraphs = paragraphs if paragraphs is not None else rng.randint(6, 24)
    while (b.length < chars) if chars is not None else (count < target_paragraphs):
        _paragraph(b, rng, people, published)
        b.add("\n\n")
        count += 1
    text = b.text()
    return GoldDocument.from_text(
        text, _fix_spans(text, b.claims), id=id or f"synthetic-{seed}", published=published
    )


def corpus(n: int = 200, seed: int = 0) -> list[GoldDocument]:
    """``n`` articles of 6 to 24 paragraphs (about 1 to 4 kB each)."""
    return [article(seed * 1_000_003 + i, id=f"synthetic-{seed}-{i}") for i in range(n)]


def to_record(doc: GoldDocument) -> dict[str, Any]:
    """The article as a gold JSONL record (the PolNeAR-style quotes format)."""

    def quote(c: GoldClaim) -> dict[str, Any]:
        return {
            "content_spans": [[s.start, s.end] for s in c.content],
            "speaker_start": c.mention.start if c.mention else None,
            "speaker_end": c.mention.end if c.mention else None,
            "speaker_name": c.speaker,
            "speaker_aliases": list(c.aliases),
            "cue_start": c.cue.start if c.cue else None,
            "cue_end": c.cue.end if c.cue else None,
            "type": c.kind.value if c.kind else None,
            "stance": c.stance.value if c.stance else None,
        }

    a = doc.article
    return {
        "id": a.id,
        "date": a.published.isoformat() if a.published else None,
        "text": a.text,
        "quotes": [quote(c) for c in doc.claims],
    }


def _lines(docs: list[GoldDocument]) -> Iterator[str]:
    for d in docs:
        yield json.dumps(to_record(d), ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=200, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="-", help="output JSONL file (- for stdout)")
    args = parser.parse_args(argv)
    docs = corpus(args.n, args.seed)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        out.writelines(_lines(docs))
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

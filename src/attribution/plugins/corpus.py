"""Builtin rule for merging speakers across articles (name structure and roles).

Implements :func:`~attribution.hookspecs.attribution_same_speaker` and is
registered last among the builtins' rules, so any third-party plugin that
returns a decision is asked first. The rule:

* a person matches a person when their family names share a
  :func:`~attribution.corpus.skeleton` (transliteration variants) and their
  given names agree (equal, or an initial); different given names, or
  conflicting roles when only a surname is known, keep them apart;
* organisations, media and documents match when their content words agree
  once places are unified ("American intelligence" = "US intelligence") and
  document heads dropped ("US State Department statement");
* a description ("the spokesperson") joins a named speaker of the same article
  whose role it fits; anonymous sources never leave their article;
* persons and organisations never merge.
"""

from __future__ import annotations

import functools

from attribution._manager import hookimpl
from attribution._model import SpeakerType
from attribution.corpus import (
    CorpusSpeaker,
    MergeDecision,
    NameParts,
    fold,
    name_parts,
    role_profile,
    role_relation,
    skeleton,
)

_PERSON_FULL = 3.0
_PERSON_INITIAL = 2.0
_PERSON_SURNAME = 1.0
_PERSON_VARIANT = 0.5
_ORGANIZATION = 3.0
_DESCRIPTION = 1.0
_INDEFINITE = frozenset(["a", "an", "another", "one", "some", "any"])


def _share_article(a: CorpusSpeaker, b: CorpusSpeaker) -> bool:
    # One side is usually a single article's speaker: look its few articles
    # up in the other's, rather than building sets of hundreds each call.
    small, big = (a.articles, b.articles) if len(a.articles) <= len(b.articles) else (b.articles, a.articles)
    return any(x in big for x in small)


def _given_match(x: NameParts, y: NameParts) -> tuple[str, str]:
    """("full"|"initial"|"conflict", evidence) for two names with given names."""
    gx, gy = x.given[0], y.given[0]
    if skeleton(gx) == skeleton(gy):
        same = fold(gx) == fold(gy)
        return "full", f"given name {x.given[0]!r}" + ("" if same else f" ~ {y.given[0]!r}")
    if (len(gx) == 1 or len(gy) == 1) and gx[0] == gy[0]:
        return "initial", f"initial {gx[0].upper()}. fits {max(gx, gy, key=len)!r}"
    return "conflict", f"given names differ: {gx!r} vs {gy!r}"


def _persons(
    a: CorpusSpeaker, b: CorpusSpeaker, pa: list[NameParts], pb: list[NameParts]
) -> MergeDecision | None:
    best = 0.0
    reasons: list[str] = []
    for x in pa:
        for y in pb:
            if x.family_key != y.family_key:
                continue
            if x.gender and y.gender and x.gender != y.gender:
                return MergeDecision(False, (f"{x.name!r} and {y.name!r}: titles of different genders",))
            family = f"family name {x.family!r}" + (
                "" if x.family == y.family else f" ~ {y.family!r} (spelling variant)"
            )
            if x.has_given and y.has_given:
                how, why = _given_match(x, y)
                if how == "conflict":
                    return MergeDecision(False, (f"{x.name!r} vs {y.name!r}: {why}",))
                score = _PERSON_FULL if how == "full" else _PERSON_INITIAL
                why = f"{family}, {why}"
            else:
                score, why = _PERSON_SURNAME, f"{family} (surname only)"
                if x.family != y.family:
                    # A surname alone in another spelling (Reid/Reed) needs
                    # the same article or agreeing roles.
                    score, why = _PERSON_VARIANT, f"{family} (surname only)"
            if score > best:
                best, reasons = score, [f"{x.name!r} ~ {y.name!r}: {why}"]
    if not best:
        return None
    relation, ra, rb = role_relation(a.roles, b.roles)
    if relation == "conflict":
        if best < _PERSON_FULL:
            return MergeDecision(False, (*reasons, f"roles conflict: {ra!r} vs {rb!r}"))
        reasons.append(f"roles differ ({ra!r} vs {rb!r}) but the full names agree")
    elif relation == "agree":
        best += 0.5
        reasons.append(f"roles agree: {ra!r} ~ {rb!r}")
    same_article = _share_article(a, b)
    if same_article:
        best += 0.25
        reasons.append("same article")
    if best < _PERSON_SURNAME and not same_article and relation != "agree":
        return None
    return MergeDecision(True, tuple(reasons), best)


def _organizations(pa: list[NameParts], pb: list[NameParts]) -> MergeDecision | None:
    for x in pa:
        for y in pb:
            if x.org_key and x.org_key == y.org_key:
                return MergeDecision(
                    True,
                    (f"{x.name!r} ~ {y.name!r}: same normalised name words {' '.join(x.org_key)!r}",),
                    _ORGANIZATION,
                )
    return None


def _description(a: CorpusSpeaker, desc: NameParts) -> MergeDecision | None:
    """A definite description ("the spokesperson") against a speaker of its article.

    Only the other speaker's roles count (not its names: "A spokeswoman for
    Mr. Trump" is not Trump), and only definite descriptions: "an official"
    is anyone.
    """
    if not desc.words or desc.words[0] in _INDEFINITE:
        return None
    words = role_profile(" ".join(desc.words))
    if not words.heads:
        return None
    for role in a.roles:
        profile = role_profile(role)
        if words.heads <= profile.heads and not (
            words.places - profile.places and profile.places - words.places
        ):
            return MergeDecision(True, (f"same article; {desc.name!r} fits role {role!r}",), _DESCRIPTION)
    return None


@functools.lru_cache(maxsize=8192)
def _distinct_parts(aliases: tuple[str, ...], types: tuple[SpeakerType, ...]) -> tuple[NameParts, ...]:
    """Parts of a speaker's names, one per distinct structure.

    A much-quoted speaker has dozens of aliases ("Mr. Trump", "Republican
    candidate Donald Trump"…) that parse alike; comparing one of each keeps
    the cost per comparison small.
    """
    kind = types[0] if len(types) == 1 else SpeakerType.UNKNOWN
    seen: dict[tuple[object, ...], NameParts] = {}
    for alias in aliases:
        p = name_parts(alias, kind)
        seen.setdefault(
            (p.kind, p.given[:1], p.family, p.gender, p.org_key, p.words if p.kind != "person" else ()), p
        )
    return tuple(seen.values())


@hookimpl
def attribution_same_speaker(a: CorpusSpeaker, b: CorpusSpeaker) -> MergeDecision | None:
    """The builtin name-structure and role rule (see the module docstring)."""
    pa = list(_distinct_parts(a.aliases or (a.name,), a.types))
    pb = list(_distinct_parts(b.aliases or (b.name,), b.types))
    kinds_a = {p.kind for p in pa}
    kinds_b = {p.kind for p in pb}
    if "anonymous" in kinds_a | kinds_b or "group" in kinds_a | kinds_b:
        # Anonymous sources and groups merge only under the very same name.
        if _share_article(a, b) or kinds_a <= {"group"}:
            same = {fold(n) for n in a.aliases} & {fold(n) for n in b.aliases}
            if same and kinds_a == kinds_b:
                return MergeDecision(True, (f"same name {min(same)!r}",), _ORGANIZATION)
        return None
    if kinds_b == {"description"} or kinds_a == {"description"}:
        if not _share_article(a, b):
            return None
        if kinds_b == {"description"} and kinds_a != {"description"}:
            return _description(a, pb[0])
        if kinds_a == {"description"} and kinds_b != {"description"}:
            return _description(b, pa[0])
        return None
    persons_a = [p for p in pa if p.kind == "person"]
    persons_b = [p for p in pb if p.kind == "person"]
    if persons_a and persons_b:
        return _persons(a, b, persons_a, persons_b)
    orgs_a = [p for p in pa if p.kind == "organization"]
    orgs_b = [p for p in pb if p.kind == "organization"]
    if orgs_a and orgs_b:
        return _organizations(orgs_a, orgs_b)
    return None

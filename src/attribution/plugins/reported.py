"""Builtin plugin ``reported``: statements without (or with partial) quotation marks.

The rules live in :mod:`attribution.reported`, pure functions that the optional
compiled build turns into C; this module only implements the hook.
"""

from __future__ import annotations

from collections.abc import Iterable

from attribution import Article, Claim, Segment, hookimpl
from attribution.lexicon import Lexicon
from attribution.reported import reported_claims


@hookimpl
def attribution_extract(article: Article, segments: tuple[Segment, ...], lexicon: Lexicon) -> Iterable[Claim]:
    return reported_claims(article, segments, lexicon)

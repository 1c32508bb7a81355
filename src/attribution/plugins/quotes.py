"""Builtin plugin ``quotes``: direct quotations and who they are attributed to.

The rules live in :mod:`attribution.quotes`, pure functions that the optional
compiled build turns into C; this module only implements the hook.
"""

from __future__ import annotations

from collections.abc import Iterable

from attribution import Article, Claim, Segment, hookimpl
from attribution.lexicon import Lexicon
from attribution.quotes import quote_claims


@hookimpl
def attribution_extract(article: Article, segments: tuple[Segment, ...], lexicon: Lexicon) -> Iterable[Claim]:
    return quote_claims(article, segments, lexicon)

"""Builtin plugin ``speakers``: resolve a claim's mention to an entity.

The rules live in :mod:`attribution.speakers`, pure functions that the optional
compiled build turns into C; this module only implements the hook.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribution import Article, Claim, Speaker, hookimpl
from attribution.speakers import resolve


@hookimpl(trylast=True)
def attribution_resolve_speaker(
    article: Article, claim: Claim, claims: Sequence[Claim], index: int
) -> Speaker | None:
    return resolve(article, claim, claims, index)

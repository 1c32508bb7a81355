"""Builtin plugin ``dates``: the date on which each claim's statement was made.

Implements :func:`~attribution.hookspecs.attribution_resolve_date` with
:func:`attribution.dates.statement_date`: a date expression in the claim's
attribution clause, resolved against the article's publication date, or the
date of the speech event the claim continues. A plugin registered later
overrides it by returning a :class:`~attribution.StatementDate` first.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribution import Article, Claim, StatementDate, hookimpl
from attribution.dates import statement_date


@hookimpl
def attribution_resolve_date(
    article: Article, claim: Claim, claims: Sequence[Claim], index: int
) -> StatementDate | None:
    return statement_date(article, claim, claims, index)

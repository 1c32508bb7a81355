"""Helpers for testing plugins: build articles, managers and results, check claims.

Plugin authors use these in their own test suites; nothing here needs pytest.

>>> from attribution import CueVerb, hookimpl
>>> from attribution.testing import make_manager, throwaway_plugin
>>> plugin = throwaway_plugin(attribution_cue_verbs=lambda: [CueVerb("opine", ("opine", "opined"))])
>>> pm = make_manager(plugin, builtins=False)
>>> from attribution import Extractor
>>> Extractor(pm).lexicon.lookup("Opined").lemma
'opine'

A failing check says which claims were there and why none matched:

>>> from attribution.testing import assert_claim, run
>>> assert_claim(run("No quotes here.", builtins=False), speaker="Jane Roe")
Traceback (most recent call last):
...
AssertionError: no claim with speaker='Jane Roe' among 0 claims
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

import pluggy

from attribution import hookspecs
from attribution._manager import hookimpl, make_plugin_manager
from attribution._model import Article, Claim, Kind, Result, Stance
from attribution._pipeline import Extractor

__all__ = [
    "assert_claim",
    "assert_no_claim",
    "describe_claim",
    "make_article",
    "make_manager",
    "run",
    "throwaway_plugin",
]

_HOOKS = frozenset(name for name in dir(hookspecs) if name.startswith("attribution_"))


def make_article(text: str, *, dedent: bool = True, **kwargs: Any) -> Article:
    """An :class:`~attribution.Article` from a test text.

    With ``dedent`` (the default) common leading indentation is removed and
    leading and trailing blank lines are dropped, so a triple-quoted string
    indented with the test code gives the article you see; offsets index the
    resulting ``article.text``. Other keyword arguments go to
    :meth:`Article.from_text <attribution.Article.from_text>` (``published``,
    ``title``, ``id``...).

    >>> make_article('''
    ...     “It works,” said Jane Roe.
    ... ''', published="2024-03-01").text
    '“It works,” said Jane Roe.'
    """
    if dedent:
        text = textwrap.dedent(text).strip("\n")
    return Article.from_text(text, **kwargs)


def make_manager(
    *plugins: object,
    builtins: bool = True,
    entrypoints: bool = False,
    block: Iterable[str] = (),
) -> pluggy.PluginManager:
    """A fresh plugin manager with ``plugins`` registered after the builtins.

    Unlike :func:`attribution.make_plugin_manager`, installed entry-point
    plugins are *not* loaded by default, so a test sees only the plugins it
    names (pass ``entrypoints=True`` to test the installed set). Use
    ``builtins=False`` to test a plugin on its own, and ``block`` to leave out
    some builtins (``"quotes"``, ``"reported"``, ``"speakers"``, ``"dates"``,
    ``"cues"``).
    """
    return make_plugin_manager(plugins, block=block, builtins=builtins, entrypoints=entrypoints)


def run(
    text_or_article: str | Article,
    *plugins: object,
    builtins: bool = True,
    entrypoints: bool = False,
    block: Iterable[str] = (),
    strict: bool = True,
    include_boilerplate: bool = False,
    **article_kwargs: Any,
) -> Result:
    """Extract claims from a text (via :func:`make_article`) or an article.

    ``plugins``, ``builtins``, ``entrypoints`` and ``block`` are as for
    :func:`make_manager`. ``strict`` defaults to True here, so an exception in
    a plugin fails the test with its traceback instead of ending up in
    :attr:`Result.errors <attribution.Result.errors>`. Other keyword arguments
    (``published``, ``title``...) go to :func:`make_article`.

    >>> run("Nothing was said.", builtins=False).claims
    ()
    """
    if isinstance(text_or_article, Article):
        if article_kwargs:
            raise TypeError(f"article keyword arguments given with an Article: {sorted(article_kwargs)}")
        article = text_or_article
    else:
        article = make_article(text_or_article, **article_kwargs)
    pm = make_manager(*plugins, builtins=builtins, entrypoints=entrypoints, block=block)
    return Extractor(pm, strict=strict, include_boilerplate=include_boilerplate).extract(article)


def throwaway_plugin(name: str = "throwaway", **hooks: Callable[..., Any]) -> ModuleType:
    """A plugin object made from plain functions, one per hook.

    Keyword names must be hook names (``attribution_extract``...); a typo
    raises :class:`ValueError` at once instead of leaving the hook silently
    unused. Functions not already marked with :data:`attribution.hookimpl`
    are marked. Each function may take any subset of the hook's arguments.
    The object is registered under ``name``.

    >>> p = throwaway_plugin("mine", attribution_resolve_speaker=lambda claim: None)
    >>> p.__name__
    'mine'
    >>> throwaway_plugin(attribution_extact=lambda: ())
    Traceback (most recent call last):
    ...
    ValueError: unknown hook 'attribution_extact'; hooks are: attribution_cue_verbs, ...
    """
    plugin = ModuleType(name, f"Throwaway plugin {name!r} built by attribution.testing.")
    for hook, function in hooks.items():
        if hook not in _HOOKS:
            raise ValueError(f"unknown hook {hook!r}; hooks are: {', '.join(sorted(_HOOKS))}")
        if not hasattr(function, "attribution_impl"):
            function = hookimpl(function)
        setattr(plugin, hook, function)
    return plugin


def describe_claim(claim: Claim) -> str:
    """One line saying what a claim holds, for failure messages and debugging.

    >>> from attribution import Span
    >>> text = "“Yes,” she said."
    >>> describe_claim(Claim(content=[Span.of(text, 1, 5)], extractor="demo"))
    "direct 'Yes,' speaker=None mention=None cue=None stance=assert extractor=demo"
    """
    speaker = claim.speaker.name if claim.speaker else None
    mention = claim.mention.text if claim.mention else None
    cue = claim.cue.lemma if claim.cue else None
    return (
        f"{claim.kind.value} {claim.text!r} speaker={speaker!r} mention={mention!r} "
        f"cue={cue!r} stance={claim.stance.value} extractor={claim.extractor}"
    )


def _matches(
    claim: Claim,
    content_contains: str | None,
    speaker: str | None,
    mention: str | None,
    kind: Kind | str | None,
    cue: str | None,
    stance: Stance | str | None,
    extractor: str | None,
) -> bool:
    if content_contains is not None and content_contains not in claim.text:
        return False
    if speaker is not None and (
        claim.speaker is None or speaker not in (claim.speaker.name, *claim.speaker.aliases)
    ):
        return False
    if mention is not None and (claim.mention is None or claim.mention.text != mention):
        return False
    if kind is not None and claim.kind != Kind(kind):
        return False
    if cue is not None and (claim.cue is None or cue not in (claim.cue.lemma, claim.cue.span.text)):
        return False
    if stance is not None and claim.stance != Stance(stance):
        return False
    return extractor is None or claim.extractor == extractor


def _criteria(**kwargs: object) -> str:
    return ", ".join(
        f"{k}={v.value if isinstance(v, Kind | Stance) else v!r}" for k, v in kwargs.items() if v is not None
    )


def assert_claim(
    result: Result,
    *,
    content_contains: str | None = None,
    speaker: str | None = None,
    mention: str | None = None,
    kind: Kind | str | None = None,
    cue: str | None = None,
    stance: Stance | str | None = None,
    extractor: str | None = None,
) -> Claim:
    """Assert that ``result`` has a claim matching every given criterion; return it.

    :param content_contains: a substring of the claim's content (:attr:`Claim.text
        <attribution.Claim.text>`).
    :param speaker: the resolved speaker's name or one of its aliases.
    :param mention: the exact text of the speaker mention.
    :param kind: a :class:`~attribution.Kind` or its value (``"direct"``...).
    :param cue: the cue's lemma (``"say"``) or its text as written (``"said"``).
    :param stance: a :class:`~attribution.Stance` or its value.
    :param extractor: the name of the plugin that produced the claim.
    :raises AssertionError: listing every claim of the result when none
        matches, and the plugin errors if there were any.
    """
    for claim in result.claims:
        if _matches(claim, content_contains, speaker, mention, kind, cue, stance, extractor):
            return claim
    wanted = _criteria(
        content_contains=content_contains,
        speaker=speaker,
        mention=mention,
        kind=kind,
        cue=cue,
        stance=stance,
        extractor=extractor,
    )
    lines = [f"no claim with {wanted or 'any content'} among {len(result.claims)} claims"]
    lines.extend(f"  {describe_claim(c)}" for c in result.claims)
    lines.extend(f"  error: plugin {e.plugin} in {e.hook}: {e.error}: {e.message}" for e in result.errors)
    raise AssertionError("\n".join(lines))


def assert_no_claim(
    result: Result,
    *,
    content_contains: str | None = None,
    speaker: str | None = None,
    mention: str | None = None,
    kind: Kind | str | None = None,
    cue: str | None = None,
    stance: Stance | str | None = None,
    extractor: str | None = None,
) -> None:
    """Assert that no claim of ``result`` matches all given criteria (no criteria: no claims at all).

    >>> assert_no_claim(run("The weather was fine.", builtins=False))
    """
    found = [
        c
        for c in result.claims
        if _matches(c, content_contains, speaker, mention, kind, cue, stance, extractor)
    ]
    if found:
        wanted = _criteria(
            content_contains=content_contains,
            speaker=speaker,
            mention=mention,
            kind=kind,
            cue=cue,
            stance=stance,
            extractor=extractor,
        )
        lines = [f"expected no claim with {wanted or 'any content'}, found {len(found)}"]
        lines.extend(f"  {describe_claim(c)}" for c in found)
        raise AssertionError("\n".join(lines))

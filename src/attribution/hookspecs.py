# hook specifications have a docstring and no body, as in pytest's hookspec module
# mypy: disable-error-code="empty-body"
"""Hook specifications: the whole plugin interface of ``attribution``.

A plugin is any object (usually a module) with functions decorated by
:data:`attribution.hookimpl` whose names are the hooks below. Register it
with an entry point in the group ``attribution``::

    [project.entry-points.attribution]
    myplugin = "my_package.my_plugin"

or pass it to :func:`attribution.make_plugin_manager`. The pipeline runs the
hooks in this order for each article:

1. :func:`attribution_cue_verbs` (once per plugin manager) builds the lexicon;
2. :func:`attribution_extract` on every plugin; all claims are collected,
   then overlapping claims are merged;
3. :func:`attribution_resolve_speaker` for each claim, in text order;
4. :func:`attribution_resolve_date` for each claim, in text order.

Each hook implementation is called on its own: if one raises, the error is
reported in :attr:`attribution.Result.errors` and the other plugins'
results are kept (unless ``strict=True``). Implementations may accept any
subset of the arguments (pluggy passes only those they name), so new
arguments can be added to a hook without breaking existing plugins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from attribution._model import Article, Claim, CueVerb, Segment, Speaker, StatementDate
    from attribution.corpus import CorpusSpeaker, MergeDecision
    from attribution.lexicon import Lexicon

hookspec = pluggy.HookspecMarker("attribution")


@hookspec
def attribution_cue_verbs() -> Iterable[CueVerb]:
    """Return cue verbs to add to the lexicon.

    Called once when the plugin manager's lexicon is first built; the results
    of all plugins are merged (a later plugin's entry for the same word form
    wins, so a plugin can change the stance of a builtin verb). The builtin
    ``cues`` plugin contributes the default English lexicon.

    :return: an iterable of :class:`attribution.CueVerb`.
    """


@hookspec
def attribution_extract(
    article: Article, segments: tuple[Segment, ...], lexicon: Lexicon
) -> Iterable[Claim]:
    """Return the claims this plugin finds in ``article``.

    Results of all plugins are collected. Claims need only content spans,
    kind and cue; a claim may carry its speaker ``mention`` (the span naming
    the source) and leave ``speaker`` as None for
    :func:`attribution_resolve_speaker` to fill. Set ``extractor`` to your
    plugin's name, or the pipeline sets it to the registered plugin name.

    Overlapping claims from several plugins are merged afterwards: see
    :func:`attribution.merge_claims`.

    :param article: the article; all offsets index ``article.text``.
    :param segments: the article's paragraphs and sentences, with
        boilerplate and headline flags.
    :param lexicon: cue words known to all plugins.
    :return: an iterable of :class:`attribution.Claim` (may be empty).
    """


@hookspec(firstresult=True)
def attribution_resolve_speaker(
    article: Article, claim: Claim, claims: Sequence[Claim], index: int
) -> Speaker | None:
    """Return the entity that made ``claim``, or None to let the next plugin try.

    ``firstresult``: the first non-None result is used. Called for each
    claim in text order; ``claims`` is the article's full claim list in which
    ``claims[:index]`` already have their speakers resolved, so a resolver
    can follow pronouns back to earlier speakers. Plugins registered later
    are called first, so a third-party plugin overrides the builtin
    resolver simply by returning a value.

    :return: a :class:`attribution.Speaker`, or None.
    """


@hookspec(firstresult=True)
def attribution_resolve_date(
    article: Article, claim: Claim, claims: Sequence[Claim], index: int
) -> StatementDate | None:
    """Return when ``claim`` was made, or None to let the next plugin try.

    ``firstresult``: the first non-None result is used. Called for each
    claim in text order after speaker resolution; ``claims[:index]`` already
    carry their dates, so a claim continuing the same speech event can
    inherit one. Return a :class:`attribution.StatementDate` whose
    ``value`` is None to record an expression that cannot be resolved.

    :return: a :class:`attribution.StatementDate`, or None.
    """


@hookspec(firstresult=True)
def attribution_same_speaker(a: CorpusSpeaker, b: CorpusSpeaker) -> MergeDecision | None:
    """Decide whether two speakers of a corpus are the same entity.

    Called by :class:`attribution.Corpus` while it merges the speakers of
    many articles, only for pairs that share a blocking key (a normalised
    surname; an organisation name; for a description such as "the
    spokesperson", a speaker of its article with a role of the same head
    noun). ``a`` is a speaker as merged so far (all its names, roles, types
    and articles); ``b`` is one article's speaker.

    ``firstresult``: return a :class:`attribution.MergeDecision` (merge, or
    keep apart, with the evidence as text) to decide, or None to let the
    next plugin, and finally the builtin ``corpus`` name/role rule, decide.
    A knowledge-base lookup is a typical plugin.

    :return: a :class:`attribution.MergeDecision`, or None.
    """

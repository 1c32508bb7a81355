"""attribution: who said what, when, how and to whom in news articles.

>>> import attribution
>>> result = attribution.extract("“We will respond,” said Jane Roe, the city's mayor.")
>>> claim = result.claims[0]
>>> claim.content[0].text, claim.speaker.name, claim.cue.lemma
('We will respond,', 'Jane Roe', 'say')
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES as _EXTENSION_SUFFIXES

from attribution import grammar as _grammar
from attribution._manager import BUILTIN_PLUGINS, hookimpl, make_plugin_manager, plugin_names
from attribution._model import (
    Article,
    ArticleError,
    Claim,
    Cue,
    CueVerb,
    Kind,
    PluginError,
    Result,
    Segment,
    Span,
    Speaker,
    SpeakerType,
    Stance,
    StatementDate,
)
from attribution._pipeline import Extractor, PluginFailed, extract, merge_claims
from attribution._segment import is_boilerplate, segment, sentence_spans
from attribution.corpus import (
    ClaimRef,
    Corpus,
    CorpusSpeaker,
    MergeDecision,
    MergeEvidence,
    StatementCluster,
    TimelineEntry,
)
from attribution.hookspecs import hookspec
from attribution.lexicon import Lexicon

__version__ = "0.1.0"

# the rule modules of the optional mypyc build are extension modules
COMPILED: bool = (_grammar.__file__ or "").endswith(tuple(_EXTENSION_SUFFIXES))

__all__ = [
    "BUILTIN_PLUGINS",
    "COMPILED",
    "Article",
    "ArticleError",
    "Claim",
    "ClaimRef",
    "Corpus",
    "CorpusSpeaker",
    "Cue",
    "CueVerb",
    "Extractor",
    "Kind",
    "Lexicon",
    "MergeDecision",
    "MergeEvidence",
    "PluginError",
    "PluginFailed",
    "Result",
    "Segment",
    "Span",
    "Speaker",
    "SpeakerType",
    "Stance",
    "StatementCluster",
    "StatementDate",
    "TimelineEntry",
    "__version__",
    "extract",
    "hookimpl",
    "hookspec",
    "is_boilerplate",
    "make_plugin_manager",
    "merge_claims",
    "plugin_names",
    "segment",
    "sentence_spans",
]

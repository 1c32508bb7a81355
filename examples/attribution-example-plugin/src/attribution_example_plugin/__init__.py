"""An example attribution plugin: one cue verb and one new pattern.

* :func:`attribution_cue_verbs` teaches every extractor the verb *opine*;
* :func:`attribution_extract` finds the newsroom shorthand
  "The bridge opens in May, per the city council." and reports the sentence
  before ", per" as an indirect claim whose speaker mention is what follows.

The speaker mention is left for the builtin ``speakers`` plugin (or any
other ``attribution_resolve_speaker`` implementation) to resolve, and the
date for the ``dates`` plugin, so this plugin only does what is new.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from attribution import Article, Claim, Cue, CueVerb, Kind, Segment, Span, hookimpl

__all__ = ["PER", "attribution_cue_verbs", "attribution_extract"]

#: The name this plugin's claims carry in ``Claim.extractor``.
NAME = "example"

#: ``…, per SOURCE.`` at the end of a sentence. The source is short and has
#: no comma or semicolon; the lazy bounded repeat keeps matching linear.
PER = regex.compile(
    r"""
    ,\s+(?P<cue>per)\s+
    (?P<source>[^\s,;][^,;]{0,79}?)
    [.!?]?["'”’]?\s*$
    """,
    regex.VERBOSE,
)


@hookimpl
def attribution_cue_verbs() -> tuple[CueVerb, ...]:
    """Add *opine* (opine, opines, opined, opining) as an asserting cue verb."""
    return (CueVerb("opine", ("opine", "opines", "opined", "opining")),)


@hookimpl
def attribution_extract(article: Article, segments: tuple[Segment, ...]) -> Iterator[Claim]:
    """Claims of the form "CONTENT, per SOURCE." in non-boilerplate sentences."""
    text = article.text
    for seg in segments:
        if seg.boilerplate:
            continue
        for sentence in seg.sentences:
            match = PER.search(text, sentence.start, sentence.end)
            if match is None:
                continue
            content = Span.strip(text, sentence.start, match.start())
            if not content.text:
                continue
            yield Claim(
                content=(content,),
                kind=Kind.INDIRECT,
                mention=Span.of(text, *match.span("source")),
                cue=Cue(Span.of(text, *match.span("cue")), "per"),
                confidence=0.6,
                extractor=NAME,
            )

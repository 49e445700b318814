#!/usr/bin/env python3
"""Lead-k summaries: the first k sentences of each article, as Précis segments them.

The baseline every summarizer must beat, and the stand-in for Précis' summarizer until it
exists (the output is named lead-k, never passed off as anything else).

    python3 Evaluation/summarization/lead_k.py --precis .build/release/precis \
        --articles ../shared/data/summarization/orangesum-valid.jsonl -k 2 -o lead2.jsonl

Writes one JSON object a line: {"id": …, "summary": …}. Sentences are joined with a space
(--joiner newline puts one sentence a line, the convention rouge-score's ROUGE-Lsum expects).
Standard library only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Dict, List


def segment(precis: str, articles: Path, text_field: str) -> Dict[str, List[str]]:
    """Sentences of every article's text field, by id, from `precis segment`."""
    result = subprocess.run(
        [precis, "segment", "--text-field", text_field, str(articles)],
        check=True, capture_output=True, text=True)
    sentences: Dict[str, List[str]] = {}
    for line in result.stdout.splitlines():
        record = json.loads(line)
        sentences[record["id"]] = [s["text"] for s in record["sentences"]]
    return sentences


def lead(sentences: List[str], k: int, joiner: str) -> str:
    """The first k sentences joined; line breaks inside a sentence become spaces."""
    return joiner.join(" ".join(s.split()) for s in sentences[:k])


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--precis", default=".build/release/precis")
    parser.add_argument("--articles", type=Path, required=True)
    parser.add_argument("--text-field", default="text")
    parser.add_argument("-k", type=int, default=2)
    parser.add_argument("--joiner", choices=["space", "newline"], default="space")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args(argv)
    joiner = " " if args.joiner == "space" else "\n"
    by_id = segment(args.precis, args.articles, args.text_field)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    with args.articles.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record_id = json.loads(line)["id"]
            out.write(json.dumps({"id": record_id, "summary": lead(by_id.get(record_id, []), args.k, joiner)},
                                 ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

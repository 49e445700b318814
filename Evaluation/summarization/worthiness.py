#!/usr/bin/env python3
"""Count, per stem, the OrangeSum training articles that contain it and whose summary does too.

Writes Lexicons/fr/summary-worthiness.tsv (`stem	articles	in_summary`), the table behind the
summarizer's `summary_worthiness` feature (Sources/Summarization/SummaryWorthiness.swift, which
smooths the counts). Stems come from `precis tokenize --stems` (the summarizer's own tokenizer and
Snowball stemmer); elisions and the stop words of Lexicons/fr/stopwords.txt are left out, as the
summarizer leaves them out of a sentence's content stems.

The articles counted are train[--start:] (by default 10000 onwards): `make tune` learns the
weights on the first 10000 (train and held-out), so no article that the weights are fitted on has
its own summary in the table.

    python3 Evaluation/summarization/worthiness.py --precis .build/release/precis
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def stopwords(path):
    """The stop words, lowercase, apostrophes as '."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line.replace("\u2019", "'"))
    return words


def content_stems(precis, records, field, stop):
    """The set of content stems of each record's `field`, by id."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps({"id": record["id"], "text": record[field]}, ensure_ascii=False) + "\n")
        path = handle.name
    try:
        result = subprocess.run([precis, "tokenize", path, "--stems", "--jobs", "2"], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"worthiness: precis tokenize failed: {result.stderr.strip()}")
    finally:
        os.unlink(path)
    stems = {}
    for line in result.stdout.splitlines():
        obj = json.loads(line)
        stems[obj["id"]] = {t["stem"] for t in obj["tokens"]
                            if t["kind"] != "elision" and t["text"].lower().replace("\u2019", "'") not in stop}
    return stems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--precis", default=str(ROOT / ".build" / "release" / "precis"))
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "summarization"))
    parser.add_argument("--start", type=int, default=10000, help="first training article counted")
    parser.add_argument("--min-articles", type=int, default=3, help="stems in fewer articles are left out")
    parser.add_argument("--output", default=str(ROOT / "Lexicons" / "fr" / "summary-worthiness.tsv"))
    args = parser.parse_args()
    train_path = Path(args.data) / "orangesum-train.jsonl"
    if not train_path.exists():
        print(f"skipped: {train_path} not found")
        return 0
    with open(train_path, encoding="utf-8") as handle:
        records = [json.loads(line) for number, line in enumerate(handle) if number >= args.start]
    stop = stopwords(ROOT / "Lexicons" / "fr" / "stopwords.txt")
    texts = content_stems(args.precis, records, "text", stop)
    summaries = content_stems(args.precis, records, "summary", stop)
    articles, in_summary = Counter(), Counter()
    for record in records:
        text = texts.get(record["id"], set())
        articles.update(text)
        in_summary.update(text & summaries.get(record["id"], set()))
    kept = sorted(stem for stem, count in articles.items() if count >= args.min_articles)
    command = "python3 Evaluation/summarization/worthiness.py " + " ".join(sys.argv[1:])
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(
            "# Summary worthiness of stems: in how many OrangeSum training articles a content stem occurs\n"
            "# (`articles`), and in how many of those the reference summary has it too (`in_summary`).\n"
            "# Read by Sources/Summarization/SummaryWorthiness.swift (smoothed toward the overall rate).\n"
            f"# Made by `{command.strip()}` from orangesum-train.jsonl articles {args.start}-{len(records) + args.start - 1}\n"
            f"# ({len(records)} articles; stems of `precis tokenize --stems`, stop words and elisions left out,\n"
            f"# stems found in fewer than {args.min_articles} articles left out).\n"
            "# Source: derived from OrangeSum, Eddine et al. 2021 (Tixierae/OrangeSum, articles of actu.orange.fr).\n"
            "# Licence: CC BY-SA 4.0, as the data it is derived from.\n"
            "stem\tarticles\tin_summary\n")
        for stem in kept:
            out.write(f"{stem}\t{articles[stem]}\t{in_summary[stem]}\n")
    print(f"worthiness: {len(kept)} stems from {len(records)} articles in {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

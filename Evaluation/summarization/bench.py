#!/usr/bin/env python3
"""Summarizer speed for `make bench`: `precis summarize` against sumy on the same articles.

Précis runs JSONL to JSONL on the first --articles (20,000) OrangeSum training articles with
all cores, a release build, best of --runs (the median is printed too: on a shared virtual
machine the same run varies by ±10%); its peak resident memory is measured on that batch
and on one ten times smaller (it must not grow with the batch). sumy's summarizers then choose
two sentences for the first --sumy-articles of the same articles, given Précis' sentences (so
sumy is timed without any sentence splitting of its own, which only flatters it), and the
ratio of articles per second is printed.

    python3 Evaluation/summarization/bench.py --precis .build/release/precis   # installs sumy

Writes .build/eval/summarize-bench.json; prints a table.
"""

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compare  # noqa: E402  (the sumy harness and JSONL helpers are shared)

ROOT = HERE.parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--precis", default=str(ROOT / ".build" / "release" / "precis"))
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "summarization"))
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--sumy-articles", type=int, default=300)
    parser.add_argument("--sumy", default="LexRank,Luhn,TextRank", help="sumy summarizers to time")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    train = Path(args.data) / "orangesum-train.jsonl"
    if not train.exists():
        print(f"bench: skipped: {train} not found")
        return 0
    compare.ensure_venv(__file__)
    big = compare.train_sample(train, args.articles)
    small = compare.train_sample(train, args.articles // 10)
    timed = [compare.time_summarize(args.precis, big, 1) for _ in range(args.runs)]
    seconds = min(t for t, _ in timed)
    median = sorted(t for t, _ in timed)[len(timed) // 2]
    peak = max(p for _, p in timed)
    _, small_peak = compare.time_summarize(args.precis, small, 1)
    rate = args.articles / seconds

    articles = list(compare.read_jsonl(big, args.sumy_articles))
    subset = ROOT / ".build" / "eval" / f"orangesum-train-{args.sumy_articles}.jsonl"
    compare.write_jsonl(subset, articles)
    sentences = compare.segment(args.precis, subset)
    rows = [("Précis", rate, f"{args.articles} articles, {os.cpu_count()} cores, best of {args.runs} "
                              f"(median {args.articles / median:,.0f})")]
    for name in [n for n in args.sumy.split(",") if n]:
        _, elapsed = compare.sumy_summaries(name, articles, sentences, lambda a: a["title"])
        rows.append((f"sumy {name}", len(articles) / elapsed, f"first {len(articles)} of the same articles"))

    print("| summarizer | articles/s | Précis ÷ it | on |")
    print("|---|---:|---:|---|")
    for name, value, note in rows:
        print(f"| {name} | {value:,.0f} | {rate / value:,.0f}× | {note} |")
    print(f"peak memory of precis summarize: {peak:.0f} MB on {args.articles} articles, "
          f"{small_peak:.0f} MB on {args.articles // 10}")
    report = {"articles": args.articles, "articles_per_second": rate,
              "articles_per_second_median": args.articles / median, "peak_mb": peak,
              "peak_mb_small_batch": small_peak, "rates": {name: value for name, value, _ in rows}}
    (ROOT / ".build" / "eval" / "summarize-bench.json").write_text(json.dumps(report, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

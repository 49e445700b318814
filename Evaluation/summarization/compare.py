#!/usr/bin/env python3
"""Précis' summaries beside lead-k, sumy's summarizers and the extractive oracle, in one run.

Every system picks two sentences of each OrangeSum validation article; all of them get the
same sentences (Précis' segmenter), so only the choice differs. Scores come from
`precis evaluate` (french profile, Snowball stems), with a paired significance test of Précis
against the best peer. Speed: `precis summarize` JSONL to JSONL on ≥ 20,000 training articles
(articles/s and peak memory), and sumy's LexRank on the same articles' first ones.

    python3 Evaluation/summarization/compare.py            # installs sumy into .venv-sumy
    python3 Evaluation/summarization/compare.py --no-speed

Writes Evaluation/summarization/report.md (and .json); the peers never run in CI.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
VENV = ROOT / ".venv-sumy"
REEXEC = "PRECIS_SUMY_IN_VENV"
SUMY_SYSTEMS = ["LexRank", "TextRank", "LSA", "Luhn", "SumBasic", "KL", "Edmundson"]
WORD = re.compile(r"\w+", re.UNICODE)


def ensure_venv(script=__file__):
    """Re-executes `script` under .venv-sumy, creating it with sumy when missing."""
    if os.environ.get(REEXEC):
        return
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        # LexRank, TextRank and LSA need NumPy, which sumy does not require by itself.
        subprocess.run([str(python), "-m", "pip", "install", "-q", "sumy==0.13.0", "numpy"], check=True)
    os.environ[REEXEC] = "1"
    os.execv(str(python), [str(python), script, *sys.argv[1:]])


def read_jsonl(path, limit=None):
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                break
            yield json.loads(line)


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def segment(precis, path):
    """Précis' candidate sentences of every article (title and noise excluded), by id."""
    out = subprocess.run([precis, "summarize", "--explain", "--title-field", "title", str(path)],
                         capture_output=True, text=True, check=False).stdout
    sentences = {}
    for line in out.splitlines():
        obj = json.loads(line)
        sentences[obj["id"]] = [s["text"] for s in obj["explanation"] if "features" in s]
    return sentences


class Words:
    """A sumy tokenizer over sentences that are already split: words only."""
    language = "french"

    def to_words(self, text):
        return WORD.findall(text)

    def to_sentences(self, text):
        return [text]


def sumy_summaries(name, articles, sentences, title_of):
    """Two sentences per article by one of sumy's summarizers, in document order."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words
    import sumy.summarizers.edmundson as edmundson
    import sumy.summarizers.kl as kl
    import sumy.summarizers.lex_rank as lex_rank
    import sumy.summarizers.lsa as lsa
    import sumy.summarizers.luhn as luhn
    import sumy.summarizers.sum_basic as sum_basic
    import sumy.summarizers.text_rank as text_rank

    classes = {"LexRank": lex_rank.LexRankSummarizer, "TextRank": text_rank.TextRankSummarizer,
               "LSA": lsa.LsaSummarizer, "Luhn": luhn.LuhnSummarizer, "SumBasic": sum_basic.SumBasicSummarizer,
               "KL": kl.KLSummarizer, "Edmundson": edmundson.EdmundsonSummarizer}
    stemmer = Stemmer("french")
    stop_words = frozenset(get_stop_words("french"))
    tokenizer = Words()
    rows, failures, started = [], [], time.perf_counter()
    for article in articles:
        texts = sentences.get(article["id"], [])
        summarizer = classes[name](stemmer)
        summarizer.stop_words = stop_words
        if name == "Edmundson":
            # Edmundson's cue words: the title's words are bonus words, stop words are null words.
            summarizer.bonus_words = frozenset(w.lower() for w in WORD.findall(title_of(article))) or ("a",)
            summarizer.stigma_words = ("aucun",)
            summarizer.null_words = stop_words
        document = ObjectDocumentModel([Paragraph([Sentence(t, tokenizer) for t in texts])])
        try:
            chosen = {str(s) for s in summarizer(document, 2)} if texts else set()
        except Exception as error:  # an article a summarizer cannot handle scores as empty, and is counted
            failures.append(f"{article['id']}: {error}")
            chosen = set()
        rows.append({"id": article["id"], "summary": " ".join(t for t in texts if t in chosen)})
    if len(failures) > len(articles) // 100:
        sys.exit(f"compare: {name} failed on {len(failures)} articles, e.g. {failures[0]}")
    if failures:
        print(f"compare: {name} failed on {len(failures)} articles (scored empty): {failures[:3]}", file=sys.stderr)
    return rows, time.perf_counter() - started


def oracle_rows(articles, sentences):
    """The greedy extractive oracle: two sentences maximising ROUGE-1+2 F1 (plain words)."""
    def grams(tokens, n):
        return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))

    def f1(a, b):
        overlap = sum((a & b).values())
        return 0.0 if not overlap else 2 * overlap / (sum(a.values()) + sum(b.values()))

    rows = []
    for article in articles:
        texts = sentences.get(article["id"], [])
        reference = WORD.findall(article["summary"].lower())
        ref1, ref2 = grams(reference, 1), grams(reference, 2)
        chosen, best = [], 0.0
        for _ in range(2):
            step = None
            for i in range(len(texts)):
                if i in chosen:
                    continue
                tokens = [t for j in sorted(chosen + [i]) for t in WORD.findall(texts[j].lower())]
                score = f1(grams(tokens, 1), ref1) + f1(grams(tokens, 2), ref2)
                if score > best:
                    best, step = score, i
            if step is None:
                break
            chosen.append(step)
        rows.append({"id": article["id"], "summary": " ".join(texts[i] for i in sorted(chosen))})
    return rows


def evaluate(precis, references, candidates, baseline=None):
    command = [precis, "evaluate", "-r", str(references), "-c", str(candidates), "--stem", "--json"]
    if baseline:
        command += ["--baseline", str(baseline)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode not in (0, 3):
        sys.exit(f"compare: precis evaluate failed: {result.stderr.strip()}")
    return json.loads(result.stdout)


def train_sample(train, count):
    """The first `count` training articles as id/title/text JSONL under .build/eval, written once."""
    path = ROOT / ".build" / "eval" / f"orangesum-train-{count}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        write_jsonl(path, ({"id": a["id"], "title": a["title"], "text": a["text"]} for a in read_jsonl(train, count)))
    return path


def time_summarize(precis, path, runs):
    """Best wall time (s) and peak resident memory (MB) of `precis summarize` on a file.

    The memory is that of the summarize process itself (`/usr/bin/time -f %M`), not the
    largest of all the children this script ran.
    """
    best, peak = None, 0.0
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", precis, "summarize", str(path), "-o",
                                 str(path.with_suffix(".out.jsonl")), "--no-progress"],
                                capture_output=True, text=True, check=True)
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
        peak = max(peak, int(result.stderr.strip().splitlines()[-1]) / 1024)
    return best, peak


def speed(precis, train, count):
    """articles/s and peak resident memory of `precis summarize` on `count` training articles."""
    seconds, peak = time_summarize(precis, train_sample(train, count), 2)
    return count / seconds, peak


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--precis", default=str(ROOT / ".build" / "release" / "precis"))
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "summarization"))
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--speed-articles", type=int, default=20000)
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    valid = Path(args.data) / "orangesum-valid.jsonl"
    if not valid.exists():
        print(f"skipped: {valid} not found")
        return 0
    ensure_venv()
    work = ROOT / ".build" / "eval" / "summaries"
    work.mkdir(parents=True, exist_ok=True)
    articles = list(read_jsonl(valid, args.articles))
    write_jsonl(work / "references.jsonl", ({"id": a["id"], "summary": a["summary"]} for a in articles))
    write_jsonl(work / "articles.jsonl", ({"id": a["id"], "title": a["title"], "text": a["text"]} for a in articles))
    sentences = segment(args.precis, work / "articles.jsonl")

    systems, seconds = {}, {}
    started = time.perf_counter()
    out = subprocess.run([args.precis, "summarize", "--sentences", "2", str(work / "articles.jsonl")],
                         capture_output=True, text=True).stdout
    seconds["Précis"] = time.perf_counter() - started
    systems["Précis"] = [{"id": o["id"], "summary": o["summary"]} for o in map(json.loads, out.splitlines())]
    for k in (2, 3):
        systems[f"lead-{k}"] = [{"id": a["id"], "summary": " ".join(sentences.get(a["id"], [])[:k])} for a in articles]
    for name in SUMY_SYSTEMS:
        systems[name], seconds[name] = sumy_summaries(name, articles, sentences, lambda a: a["title"])
        print(f"compare: {name} done in {seconds[name]:.1f} s", file=sys.stderr)
    systems["oracle"] = oracle_rows(articles, sentences)
    for name, rows in systems.items():
        write_jsonl(work / f"{name}.jsonl", rows)

    scores = {name: evaluate(args.precis, work / "references.jsonl", work / f"{name}.jsonl") for name in systems}
    peers = [n for n in systems if n not in ("Précis", "oracle")]
    best_peer = max(peers, key=lambda n: scores[n]["corpus"]["rouge2"]["f1"])
    versus = evaluate(args.precis, work / "references.jsonl", work / "Précis.jsonl", work / f"{best_peer}.jsonl")

    lines = ["# Summaries: Précis against lead-k, sumy and the oracle", "",
             f"OrangeSum validation, {len(articles)} articles, two sentences each, all systems choosing among "
             "Précis' sentences; ROUGE F1 × 100 from `precis evaluate --stem` (french profile, Snowball stems), "
             "95% bootstrap intervals.", "",
             "| system | ROUGE-1 | ROUGE-2 | ROUGE-L | articles/s |", "|---|---:|---:|---:|---:|"]
    for name in ["Précis", "lead-2", "lead-3"] + SUMY_SYSTEMS + ["oracle"]:
        corpus = scores[name]["corpus"]
        rate = f"{len(articles) / seconds[name]:.0f}" if name in seconds and seconds[name] > 0 else ""
        cells = [f"{100 * corpus[m]['f1']:.2f}" for m in ("rouge1", "rouge2", "rougeL")]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {rate} |")
    lines += ["", f"Best peer by ROUGE-2: {best_peer}. Précis against it, paired tests over the articles "
              "(`precis evaluate --baseline`; F1 differences in points):", "",
              "| metric | Précis | " + best_peer + " | difference | p (paired bootstrap) | p (approximate randomization) |",
              "|---|---:|---:|---:|---:|---:|"]
    for metric, row in versus.get("baseline", {}).items():
        if not isinstance(row, dict) or "difference" not in row:
            continue
        ours = 100 * versus["corpus"][metric]["f1"]
        lines.append(f"| {metric} | {ours:.2f} | {100 * row['f1']:.2f} | {100 * row['difference']:+.2f} | "
                     f"{row['p_bootstrap']:.4f} | {row['p_randomization']:.4f} |")
    lines += ["", f"Signature: `{scores['Précis'].get('signature', '')}`"]
    report = {"scores": scores, "best_peer": best_peer, "versus_best_peer": versus, "seconds": seconds}
    if not args.no_speed:
        rate, peak = speed(args.precis, Path(args.data) / "orangesum-train.jsonl", args.speed_articles)
        lines += ["", f"Speed: `precis summarize` JSONL to JSONL on {args.speed_articles} training articles: "
                  f"{rate:.0f} articles/s on {os.cpu_count()} cores, peak memory {peak:.0f} MB; "
                  f"LexRank (sumy) above: {len(articles) / seconds['LexRank']:.0f} articles/s "
                  f"(ratio {rate / (len(articles) / seconds['LexRank']):.0f}×)."]
        report["speed"] = {"articles_per_second": rate, "peak_mb": peak}
    (HERE / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

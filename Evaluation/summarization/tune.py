#!/usr/bin/env python3
"""Learn the summarizer's feature weights from OrangeSum, reproducibly (`make tune`).

1. Précis computes every sentence's features (`precis summarize --explain`) on the first
   --train articles of orangesum-train.jsonl.
2. Each article gets oracle labels: the sentences that a greedy extractive oracle picks to
   maximise ROUGE-1 + ROUGE-2 F1 against the article's reference summary (at most two).
3. A logistic regression (L2, Newton's method, NumPy) learns which features predict oracle
   sentences; its coefficients start the weights of the summary score, which coordinate ascent
   then refines, with the MMR redundancy penalty, to maximise the ROUGE of the two sentences the
   summarizer's selection picks on the same training articles (ranking by ROUGE, not by
   classification loss). The ROUGE of every pair of an article's first 15 sentences and their
   similarity are computed once, so each trial of the ascent is array arithmetic.
4. With --holdout N, the MMR redundancy penalty is then chosen on the next N training articles
   among a few values and the ascent's own, by ROUGE of Précis' own summaries; by default the
   ascent's own is kept. Train and held-out articles lie before article 10000 of train: the
   summary-worthiness table (`make worthiness`, worthiness.py) counts the articles from 10000 on.
5. The weights are written to Lexicons/fr/summary-weights.tsv with the command that produced
   them; ROUGE on --valid articles is reported for Précis and lead-2.

The ROUGE used here for labels and selection is a plain one (lowercased Unicode words, no
stemming): it only has to rank sentences. The project's reported scores come from
`precis evaluate` (Evaluation/summarization/).
"""

import argparse
import atexit
import datetime
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

try:
    import numpy as np
except ImportError:  # the arrays make each trial of the ascent a few milliseconds
    sys.exit("tune: needs NumPy (Debian: apt-get install python3-numpy; else pip install numpy)")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
WORD = re.compile(r"\w+", re.UNICODE)


def words(text):
    """Lowercased Unicode word tokens."""
    return WORD.findall(text.lower())


def ngrams(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def f1(candidate, reference):
    """F1 of two n-gram Counters."""
    overlap = sum((candidate & reference).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(candidate.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def rouge12(candidate_tokens, reference_tokens):
    """Mean of ROUGE-1 and ROUGE-2 F1."""
    return (f1(ngrams(candidate_tokens, 1), ngrams(reference_tokens, 1))
            + f1(ngrams(candidate_tokens, 2), ngrams(reference_tokens, 2))) / 2


def oracle(sentences, reference, limit=2):
    """Indices chosen greedily to maximise rouge12 against the reference, in document order."""
    reference_tokens = words(reference)
    chosen, best = [], 0.0
    while len(chosen) < limit:
        step = None
        for index in range(len(sentences)):
            if index in chosen:
                continue
            tokens = [t for i in sorted(chosen + [index]) for t in words(sentences[i])]
            score = rouge12(tokens, reference_tokens)
            if score > best + 1e-12:
                best, step = score, index
        if step is None:
            break
        chosen.append(step)
    return sorted(chosen)


def read_jsonl(path, start, count):
    """Records start..start+count of a JSONL file."""
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number < start:
                continue
            if len(records) >= count:
                break
            records.append(json.loads(line))
    return records


def run_precis(binary, records, extra):
    """Runs `precis summarize` on records; returns the output objects by id."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps({"id": record["id"], "title": record["title"], "text": record["text"]},
                                    ensure_ascii=False) + "\n")
        path = handle.name
    try:
        result = subprocess.run([str(binary), "summarize", path] + extra, capture_output=True, text=True)
        if result.returncode not in (0, 1):
            sys.exit(f"tune: precis failed: {result.stderr.strip()}")
        return {obj["id"]: obj for obj in map(json.loads, result.stdout.splitlines())}
    finally:
        os.unlink(path)


def logistic_regression(samples, labels, l2=1.0, iterations=25):
    """Newton's method for L2-regularised logistic regression; returns (bias, weights)."""
    x = np.hstack([np.ones((len(samples), 1)), np.asarray(samples, dtype=float)])
    y = np.asarray(labels, dtype=float)
    beta = np.zeros(x.shape[1])
    penalty = l2 * np.eye(len(beta))
    penalty[0, 0] = 0  # the intercept is not regularised
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -30, 30)))
        gradient = x.T @ (p - y) + penalty @ beta
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return float(beta[0]), [float(b) for b in beta[1:]]


# Pairs are scored among the first ASCENT_CANDIDATES sentences only: the oracle's sentences are
# almost always among them, and the tables stay small (15 × 15 an article).
ASCENT_CANDIDATES = 15


def content_words(text, stopwords):
    """Lowercased words without stop words: the redundancy term's approximation of content stems."""
    return Counter(w for w in words(text) if w not in stopwords)


def cosine(a, b):
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def training_articles(explained, records, feature_names, stopwords):
    """Arrays over articles × their first candidates: features X, mask M, rouge12 of every pair R
    and cosine similarity S, so that the objective of any weights is array arithmetic."""
    k, rows = ASCENT_CANDIDATES, []
    for record in records:
        output = explained.get(record["id"])
        candidates = [s for s in output["explanation"] if "features" in s][:k] if output else []
        if len(candidates) >= 2:
            rows.append((record, candidates))
    x = np.zeros((len(rows), k, len(feature_names)))
    mask = np.zeros((len(rows), k), dtype=bool)
    pairs = np.zeros((len(rows), k, k))
    similarity = np.zeros((len(rows), k, k))
    for a, (record, candidates) in enumerate(rows):
        sentence_words = [words(c["text"]) for c in candidates]
        content = [content_words(c["text"], stopwords) for c in candidates]
        reference = words(record["summary"])
        n = len(candidates)
        x[a, :n] = [[c["features"][name] for name in feature_names] for c in candidates]
        mask[a, :n] = True
        for i in range(n):
            for j in range(i + 1, n):
                pairs[a, i, j] = pairs[a, j, i] = rouge12(sentence_words[i] + sentence_words[j], reference)
                similarity[a, i, j] = similarity[a, j, i] = cosine(content[i], content[j])
    return x, mask, pairs, similarity


def ascent_objective(articles, weights, redundancy):
    """Mean rouge12 of the two sentences that the summarizer's MMR selection picks in every article:
    the best score, then the best score minus `redundancy` × similarity to the first (ties to the
    earlier sentence, as in SentenceSelector)."""
    x, mask, pairs, similarity = articles
    rows = np.arange(len(x))
    scores = np.where(mask, x @ np.asarray(weights), -np.inf)
    first = scores.argmax(axis=1)
    second_scores = scores - redundancy * similarity[rows, :, first]
    second_scores[rows, first] = -np.inf
    second = second_scores.argmax(axis=1)
    return float(pairs[rows, first, second].mean())


def coordinate_ascent(articles, weights, redundancy, rounds=10):
    """Per-weight (and redundancy) search: each round tries every step on every coordinate and keeps
    the best one for it, so the result does not hang on the order the steps are tried in."""
    weights = list(weights)
    best = ascent_objective(articles, weights, redundancy)
    steps = (1.0, -1.0, 0.5, -0.5, 0.2, -0.2, 0.1, -0.1, 0.05, -0.05)
    for _ in range(rounds):
        improved = False
        for index in range(len(weights) + 1):
            choice = None
            for step in steps:
                trial, trial_redundancy = weights[:], redundancy
                if index < len(weights):
                    trial[index] += step
                elif redundancy + step >= 0:
                    trial_redundancy += step
                else:
                    continue
                score = ascent_objective(articles, trial, trial_redundancy)
                if score > best + 1e-7 and (choice is None or score > choice[0]):
                    choice = (score, trial, trial_redundancy)
            if choice:
                best, weights, redundancy = choice
                improved = True
        if not improved:
            break
    return weights, round(redundancy, 6)


def mean_rouge(outputs, records, select):
    """Mean rouge12 of chosen texts against references."""
    total = 0.0
    for record in records:
        total += rouge12(words(select(outputs.get(record["id"]), record)), words(record["summary"]))
    return total / max(1, len(records))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--precis", default=str(ROOT / ".build" / "release" / "precis"))
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "summarization"))
    # Train and held-out articles come before article 10000: the ones after it made the
    # summary-worthiness table (worthiness.py), whose own summaries must not be fitted on.
    parser.add_argument("--train", type=int, default=10000, help="training articles (from the start of train)")
    # 0 by default: the penalty learned by the ascent on 10,000 articles did better than one
    # picked by ROUGE on 1500 held-out articles, whose differences between values are noise.
    parser.add_argument("--holdout", type=int, default=0,
                        help="held-out training articles on which to choose the MMR penalty (0: the ascent's)")
    parser.add_argument("--valid", type=int, default=1500, help="validation articles for the report")
    parser.add_argument("--output", default=str(ROOT / "Lexicons" / "fr" / "summary-weights.tsv"))
    args = parser.parse_args()

    train_path = Path(args.data) / "orangesum-train.jsonl"
    valid_path = Path(args.data) / "orangesum-valid.jsonl"
    if not train_path.exists():
        print(f"skipped: {train_path} not found")
        return 0
    train = read_jsonl(train_path, 0, args.train)
    holdout = read_jsonl(train_path, args.train, args.holdout)
    valid = read_jsonl(valid_path, 0, args.valid)

    explained = run_precis(args.precis, train, ["--explain", "--sentences", "2", "--jobs", "2"])
    feature_names = None
    samples, labels = [], []
    for record in train:
        output = explained.get(record["id"])
        if not output:
            continue
        candidates = [s for s in output["explanation"] if "features" in s]
        if not candidates:
            continue
        feature_names = feature_names or list(candidates[0]["features"].keys())
        chosen = set(oracle([c["text"] for c in candidates], record["summary"]))
        for position, candidate in enumerate(candidates):
            samples.append([candidate["features"][name] for name in feature_names])
            labels.append(1 if position in chosen else 0)
    print(f"tune: {len(train)} articles, {len(samples)} sentences, {sum(labels)} oracle sentences", file=sys.stderr)
    bias, coefficients = logistic_regression(samples, labels)
    stopwords = {line.strip().replace("\u2019", "'") for line in
                 (ROOT / "Lexicons" / "fr" / "stopwords.txt").read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")}
    articles = training_articles(explained, train, feature_names, stopwords)
    start = ascent_objective(articles, coefficients, 4.0)
    coefficients, ascent_redundancy = coordinate_ascent(articles, coefficients, 4.0)
    print(f"tune: train ROUGE-1/2 mean, logistic {start:.4f} → ascent "
          f"{ascent_objective(articles, coefficients, ascent_redundancy):.4f} (redundancy {ascent_redundancy})",
          file=sys.stderr)
    weights = dict(zip(feature_names, coefficients))

    def write(path, redundancy, header):
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(header)
            handle.write("name\tweight\n")
            for name in feature_names:
                handle.write(f"{name}\t{weights[name]:.6f}\n")
            handle.write(f"redundancy\t{redundancy:.6f}\n")

    def summaries(records, path):
        outputs = run_precis(args.precis, records, ["--weights", path, "--sentences", "2", "--jobs", "2"])
        return mean_rouge(outputs, records, lambda out, _: out["summary"] if out else "")

    best = (ascent_redundancy, None)
    scratch = tempfile.mkdtemp(prefix="precis-tune-")
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    for redundancy in sorted({0.0, 1.0, 2.0, 4.0, 6.0, 8.0, ascent_redundancy}) if holdout else []:
        path = os.path.join(scratch, f"w-{redundancy}.tsv")
        write(path, redundancy, "")
        score = summaries(holdout, path)
        print(f"tune: redundancy {redundancy}: held-out ROUGE-1/2 mean {score:.4f}", file=sys.stderr)
        if best[1] is None or score > best[1] + 1e-9:
            best = (redundancy, score)

    final = os.path.join(scratch, "final.tsv")
    write(final, best[0], "")
    precis_valid = summaries(valid, final)
    lead = mean_rouge({}, valid, lambda _, record: " ".join(re.split(r"(?<=[.!?])\s+", record["text"].strip())[:2]))
    command = "python3 Evaluation/summarization/tune.py " + " ".join(sys.argv[1:])
    header = (
        "# Weights of the summary score (features of Sources/Summarization/Feature.swift) and the MMR\n"
        "# redundancy penalty, learned by `make tune`:\n"
        f"#   {command.strip()}\n"
        f"# on {datetime.date.today().isoformat()}: logistic regression (L2 = 1) of greedy-oracle labels (ROUGE-1+2,\n"
        f"# two sentences) over the features of {len(samples)} sentences of the first {len(train)} articles of\n"
        "# OrangeSum train, refined by coordinate ascent (weights and redundancy) on the ROUGE of the two\n"
        f"# sentences the summarizer's MMR selection picks{'; redundancy chosen on held-out articles' if holdout else ''}.\n"
        "# Logistic intercept (not used for ranking):\n"
        f"# {bias:.6f}. Plain ROUGE-1/2 mean F1 on the first {len(valid)} valid articles: Précis {precis_valid:.4f},\n"
        f"# lead-2 (naive split) {lead:.4f}; official scores: Evaluation/summarization/.\n"
    )
    write(args.output, best[0], header)
    print(f"tune: wrote {args.output}; valid ROUGE-1/2 mean: Précis {precis_valid:.4f}, lead-2 {lead:.4f}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

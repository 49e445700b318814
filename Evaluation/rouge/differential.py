#!/usr/bin/env python3
"""Differential test: Précis' ROUGE against PyPI rouge-score 0.1.2 on the same pairs.

Builds (lead-2 candidate, reference) pairs from orangesum-valid.jsonl (lead-2: the first two
sentences of `text` as `precis segment` splits them), scores them with rouge-score and with
`precis evaluate --json --bootstrap 0`, and compares precision, recall and F1 of ROUGE-1, -2,
-L and -Lsum document by document.

Two layouts of the same pairs are scored: `plain` (texts as they are: one line) and `lines`
(one sentence a line, so rouge-score's ROUGE-Lsum has sentences to work on). Checks:

- rouge-score profile, with and without --stem: rouge-score's own tokenizer (and NLTK's Porter
  stemmer, which Précis reimplements); every number equal to 1e-9.
- french profile (with and without --stem and --stop-words): rouge-score driven with a
  tokenizer object that returns Précis' French tokens (from `precis evaluate --dump-tokens`,
  sentence by sentence), so that rouge-score's n-gram, LCS and union-LCS code scores Précis'
  tokens; every number equal to 1e-9.

    python3 Evaluation/rouge/differential.py [--precis .build/debug/precis] [--pairs 1500]

Creates .venv-rouge at the repository root on first use (requirements.txt) and re-runs itself
under it. Exit status: 0 parity (or data missing: prints "skipped"), 1 a difference beyond the
tolerance, 2 precis missing or failing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rouge_env  # noqa: E402

METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")
VALUES = (("precision", "precision"), ("recall", "recall"), ("f1", "fmeasure"))


class LookupTokenizer:
    """A rouge-score tokenizer returning tokens computed elsewhere (by Précis).

    Texts handed to rouge-score are lines of keys, one key per sentence; a key's tokens are
    looked up. rouge-score tokenizes whole texts (ROUGE-1, -2, -L: the concatenation of the
    lines' tokens) and, for ROUGE-Lsum, each line on its own: both are answered from the table.
    """

    def __init__(self, table: Dict[str, List[str]]):
        self.table = table

    def tokenize(self, text: str) -> List[str]:
        tokens: List[str] = []
        for key in text.split("\n"):
            if key:
                tokens.extend(self.table[key])
        return tokens


def run_precis(precis: str, args: List[str]) -> str:
    """stdout of a precis command; exits 2 when it fails."""
    result = subprocess.run([precis, *args], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"differential: precis {' '.join(args)} failed ({result.returncode}):\n{result.stderr}", file=sys.stderr)
        sys.exit(2)
    return result.stdout


def precis_scores(precis: str, refs: Path, cands: Path, options: List[str]) -> Dict[str, dict]:
    """Per-document scores from `precis evaluate --json`."""
    report = json.loads(run_precis(precis, ["evaluate", "-r", str(refs), "-c", str(cands), "--json",
                                            "--bootstrap", "0", *options]))
    return {doc["id"]: doc for doc in report["documents"]}


def french_texts(precis: str, refs: Path, cands: Path, options: List[str]) -> Tuple[Dict[str, Tuple[str, str]], Dict[str, List[str]]]:
    """For each id, (reference keys, candidate keys) texts and the key → tokens table."""
    dump = run_precis(precis, ["evaluate", "-r", str(refs), "-c", str(cands), "--dump-tokens", *options])
    texts: Dict[str, Tuple[str, str]] = {}
    table: Dict[str, List[str]] = {}
    for line in dump.splitlines():
        record = json.loads(line)
        sides = []
        for side, sentences in (("r", record["references"][0]), ("c", record["candidate"][0])):
            keys = []
            for index, tokens in enumerate(sentences):
                key = f"{side}\x1f{record['id']}\x1f{index}"
                table[key] = tokens
                keys.append(key)
            sides.append("\n".join(keys))
        texts[record["id"]] = (sides[0], sides[1])
    return texts, table


def compare(name: str, ours: Dict[str, dict], theirs: Dict[str, dict], tolerance: float) -> dict:
    """Counts of documents and numbers differing beyond `tolerance`, and the largest gap."""
    worst = 0.0
    differing_docs = []
    numbers = 0
    for doc_id, expected in theirs.items():
        got = ours.get(doc_id)
        if got is None:
            differing_docs.append(doc_id)
            continue
        bad = False
        for metric in METRICS:
            for ours_key, theirs_key in VALUES:
                numbers += 1
                gap = abs(got[metric][ours_key] - getattr(expected[metric], theirs_key))
                worst = max(worst, gap)
                if gap > tolerance:
                    bad = True
        if bad:
            differing_docs.append(doc_id)
    means = {}
    for metric in METRICS:
        ours_mean = sum(ours[d][metric]["f1"] for d in theirs if d in ours) / max(len(theirs), 1)
        theirs_mean = sum(s[metric].fmeasure for s in theirs.values()) / max(len(theirs), 1)
        means[metric] = (ours_mean, theirs_mean)
    return {"name": name, "documents": len(theirs), "numbers": numbers, "differing_documents": differing_docs,
            "max_abs_difference": worst, "means": means}


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--precis", default=str(rouge_env.REPO_ROOT / ".build" / "debug" / "precis"))
    parser.add_argument("--data", type=Path, default=rouge_env.DEFAULT_DATA)
    parser.add_argument("--pairs", type=int, default=1500, help="pairs to score (at least 1000 for the gate)")
    parser.add_argument("--tolerance", type=float, default=1e-9)
    parser.add_argument("--report", type=Path, help="write the comparison as JSON here")
    args = parser.parse_args(argv)

    if not (args.data / rouge_env.VALID_FILE).exists():
        print(f"differential: skipped: {args.data / rouge_env.VALID_FILE} not found (needs ../shared)")
        return 0
    precis = str(Path(args.precis).resolve())
    if not Path(precis).exists():
        print(f"differential: {precis} not found: build it first (swift build)", file=sys.stderr)
        return 2
    rouge_env.ensure_venv(Path(__file__).resolve(), sys.argv[1:] if argv is None else argv)

    from rouge_score import rouge_scorer  # noqa: E402  (inside the venv)

    started = time.time()
    workdir = rouge_env.scratch_dir()
    pairs = rouge_env.lead2_pairs(precis, args.data, args.pairs, workdir)
    lexicons = ["--lexicons", str(rouge_env.REPO_ROOT / "Lexicons")]
    results = []
    failed = False
    for layout in ("plain", "lines"):
        refs = workdir / f"refs-{layout}.jsonl"
        cands = workdir / f"cands-{layout}.jsonl"
        joiner = " " if layout == "plain" else "\n"
        rouge_env.write_jsonl(refs, [{"id": i, "summary": r if layout == "plain" else joiner.join(rs)}
                                     for i, r, rs, _ in pairs])
        rouge_env.write_jsonl(cands, [{"id": i, "summary": joiner.join(lead)} for i, _, _, lead in pairs])
        references = {row["id"]: row["summary"] for row in map(json.loads, refs.read_text(encoding="utf-8").splitlines())}
        candidates = {row["id"]: row["summary"] for row in map(json.loads, cands.read_text(encoding="utf-8").splitlines())}

        # rouge-score profile: rouge-score's own tokenizer, with and without Porter stems.
        for stem in (False, True):
            scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=stem)
            theirs = {i: scorer.score(references[i], candidates[i]) for i in references}
            options = ["--profile", "rouge-score"] + (["--stem"] if stem else [])
            ours = precis_scores(precis, refs, cands, options + lexicons)
            result = compare(f"rouge-score{' --stem' if stem else ''} / {layout}", ours, theirs, args.tolerance)
            result["gated"] = True
            results.append(result)

        # french profile: rouge-score's scoring code on Précis' tokens.
        for extra in ([], ["--stem"], ["--stop-words"]):
            options = ["--profile", "french", *extra] + lexicons
            texts, table = french_texts(precis, refs, cands, options)
            scorer = rouge_scorer.RougeScorer(list(METRICS), tokenizer=LookupTokenizer(table))
            theirs = {i: scorer.score(t[0], t[1]) for i, t in texts.items()}
            ours = precis_scores(precis, refs, cands, options)
            result = compare(f"french{' ' + ' '.join(extra) if extra else ''} / {layout}", ours, theirs, args.tolerance)
            result["gated"] = True
            results.append(result)

    print(f"differential: {len(pairs)} lead-2 pairs from {args.data / rouge_env.VALID_FILE}, tolerance {args.tolerance:g}")
    for result in results:
        differing = len(result["differing_documents"])
        status = "ok" if differing == 0 else "DIFFERS"
        print(f"  {result['name']:<32} {result['documents']} documents, {result['numbers']} numbers, "
              f"{differing} documents differ, max |Δ| {result['max_abs_difference']:.3g}: {status}")
        if result["gated"] and differing:
            failed = True
            print(f"    first differing ids: {', '.join(result['differing_documents'][:5])}", file=sys.stderr)
    if len(pairs) < 1000:
        print(f"differential: only {len(pairs)} pairs (< 1000): not a full run", file=sys.stderr)
    if args.report:
        args.report.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"differential: {'FAILED' if failed else 'parity'} ({time.time() - started:.1f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

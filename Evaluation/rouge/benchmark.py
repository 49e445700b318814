#!/usr/bin/env python3
"""ROUGE speed: Précis against PyPI rouge-score 0.1.2 on the same pairs, in the same run.

Builds (lead-2, reference) pairs from orangesum-valid.jsonl (1500 by default), then measures:

- rouge-score: `RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"]).score()` on every
  pair, one process (rouge-score has no parallel mode), best of --repeat runs;
- Précis: `precis benchmark rouge` (in-process, tokenization included, all cores), in the
  rouge-score profile (the same work) and in the french profile.

Prints pairs/s and the ratios, with the mean ROUGE-L F1 of each side as a check that both
scored the same thing. Never gates. Creates .venv-rouge on first use (see differential.py).

    python3 Evaluation/rouge/benchmark.py --precis .build/release/precis
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import List

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rouge_env  # noqa: E402

METRICS = ["rouge1", "rouge2", "rougeL", "rougeLsum"]


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--precis", default=str(rouge_env.REPO_ROOT / ".build" / "release" / "precis"))
    parser.add_argument("--data", type=Path, default=rouge_env.DEFAULT_DATA)
    parser.add_argument("--pairs", type=int, default=1500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    if not (args.data / rouge_env.VALID_FILE).exists():
        print(f"rouge benchmark: skipped: {args.data / rouge_env.VALID_FILE} not found (needs ../shared)")
        return 0
    precis = str(Path(args.precis).resolve())
    if not Path(precis).exists():
        print(f"rouge benchmark: {precis} not found: build it first (make release)", file=sys.stderr)
        return 2
    rouge_env.ensure_venv(Path(__file__).resolve(), sys.argv[1:] if argv is None else argv)
    from rouge_score import rouge_scorer  # noqa: E402  (inside the venv)

    workdir = rouge_env.scratch_dir()
    pairs = rouge_env.lead2_pairs(precis, args.data, args.pairs, workdir)
    pairs_file = workdir / "pairs.jsonl"
    rouge_env.write_jsonl(pairs_file, [{"id": i, "reference": r, "candidate": " ".join(lead)}
                                       for i, r, _, lead in pairs])
    rows = [(row["reference"], row["candidate"])
            for row in map(json.loads, pairs_file.read_text(encoding="utf-8").splitlines())]

    scorer = rouge_scorer.RougeScorer(METRICS)
    best = best_cpu = float("inf")
    mean_l = 0.0
    for _ in range(max(1, args.repeat)):
        start, cpu_start = time.perf_counter(), time.process_time()
        scores = [scorer.score(reference, candidate) for reference, candidate in rows]
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - cpu_start)
        mean_l = sum(s["rougeL"].fmeasure for s in scores) / len(scores)
    theirs = len(rows) / best
    theirs_cpu = len(rows) / best_cpu

    print(f"rouge benchmark: {len(rows)} lead-2 pairs from {args.data / rouge_env.VALID_FILE}, "
          f"ROUGE-1, -2, -L and -Lsum with tokenization, best of {args.repeat} (Précis: best of 20)")
    print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: wall-clock rates suffer on a busy machine; "
          "CPU-second rates show the work")
    print(f"  rouge-score 0.1.2 (1 process):        {theirs:>10,.0f} pairs/s  {theirs_cpu:>10,.0f} pairs/CPU-s  "
          f"(mean ROUGE-L F1 {mean_l:.4f})")
    results = {}
    for profile in ("rouge-score", "french"):
        output = subprocess.run([precis, "benchmark", "rouge", "--pairs", str(pairs_file), "--profile", profile,
                                 "--jobs", str(args.jobs), "--repeat", "20", "--json"],
                                check=True, capture_output=True, text=True).stdout
        results[profile] = json.loads(output)
        rate = results[profile]["pairs_per_second"]
        cpu_rate = results[profile]["pairs_per_cpu_second"]
        print(f"  Précis, {profile + ' profile':<20} ({args.jobs} thr): {rate:>10,.0f} pairs/s  {cpu_rate:>10,.0f} pairs/CPU-s  "
              f"(mean ROUGE-L F1 {results[profile]['mean_rougeL_f1']:.4f})  "
              f"{rate / theirs:6.1f}× rouge-score wall, {cpu_rate / theirs_cpu:6.1f}× per CPU-s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

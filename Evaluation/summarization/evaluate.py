#!/usr/bin/env python3
"""Summary quality gate for Précis' CI: ROUGE of the summarizer on OrangeSum's validation set.

Runs the summarizer (Précis' own, `precis summarize --sentences 2`, by default; or lead-k, the
first k sentences as `precis segment` splits them) on
../shared/data/summarization/orangesum-valid.jsonl, scores the summaries against the authors'
standfirsts with `precis evaluate` in both profiles, and:

- gates them with the floors of thresholds.tsv (`precis evaluate --min`; exit 1 on a miss);
- compares lead-2's scores with the stored baseline.tsv (exit 1 when they moved by more than
  --baseline-tolerance: the segmenter or the scorer changed; --record rewrites baseline.tsv);
- with a summarizer other than lead-2, tests it against lead-2 (`--baseline`, `--max-drop`);
- writes JUnit XML and an HTML report per profile into --report-dir.

    python3 Evaluation/summarization/evaluate.py --precis .build/release/precis --gate

Exit status: 0 passed (or data missing: prints "skipped"), 1 a gate failed, 2 precis missing
or failing. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Tuple

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "summarization"
VALID_FILE = "orangesum-valid.jsonl"
PROFILES = ("french", "rouge-score")
METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")
GATE_EXIT = 3  # precis evaluate: a gate failed

sys.path.insert(0, str(HERE))
import lead_k  # noqa: E402


def read_tsv(path: Path) -> List[List[str]]:
    """Data rows of a TSV file with `#` comments and a header line (dropped)."""
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return rows[1:]


def thresholds(path: Path) -> Dict[str, List[str]]:
    """`--min metric=value` arguments per profile."""
    result: Dict[str, List[str]] = {profile: [] for profile in PROFILES}
    for profile, metric, value in read_tsv(path):
        result.setdefault(profile, []).append(f"{metric}={value}")
    return result


def baseline_scores(path: Path) -> Dict[Tuple[str, str], float]:
    """Stored lead-2 F1 per (profile, metric)."""
    if not path.exists():
        return {}
    return {(profile, metric): float(value) for profile, metric, value in read_tsv(path)}


def write_baseline(path: Path, scores: Dict[Tuple[str, str], float], signatures: Dict[str, str]) -> None:
    """baseline.tsv: lead-2's corpus F1 per profile and metric, with the signatures."""
    lines = ["# Lead-2 corpus F1 on orangesum-valid.jsonl, recorded by",
             "# `python3 Evaluation/summarization/evaluate.py --record`. Signatures:"]
    lines += [f"#   {signatures[p]}" for p in PROFILES if p in signatures]
    lines.append("profile\tmetric\tf1")
    lines += [f"{p}\t{m}\t{scores[(p, m)]:.6f}" for p in PROFILES for m in METRICS if (p, m) in scores]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def evaluate(precis: str, references: Path, candidates: Path, profile: str, extra: List[str]) -> Tuple[int, dict, str]:
    """(exit status, JSON report, stderr) of `precis evaluate --json`."""
    result = subprocess.run([precis, "evaluate", "-r", str(references), "-c", str(candidates), "--profile", profile,
                             "--json", *extra], capture_output=True, text=True)
    report = json.loads(result.stdout) if result.stdout.strip() else {}
    return result.returncode, report, result.stderr


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--precis", default=str(REPO_ROOT / ".build" / "release" / "precis"))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--summarizer", default="precis", help="precis (two sentences) or lead-K (K sentences)")
    parser.add_argument("--gate", action="store_true", help="exit 1 when a floor or the baseline check fails")
    parser.add_argument("--thresholds", type=Path, default=HERE / "thresholds.tsv")
    parser.add_argument("--baseline-scores", type=Path, default=HERE / "baseline.tsv")
    parser.add_argument("--baseline-tolerance", type=float, default=1e-4)
    parser.add_argument("--max-drop", default="0.5", help="ROUGE points a summarizer may lose against lead-2")
    parser.add_argument("--record", action="store_true", help="rewrite baseline.tsv with lead-2's scores")
    parser.add_argument("--report-dir", type=Path, default=REPO_ROOT / ".build" / "eval")
    args = parser.parse_args(argv)

    articles = args.data / VALID_FILE
    if not articles.exists():
        print(f"evaluate-summaries: skipped: {articles} not found (needs ../shared/data/summarization)")
        return 0
    precis = str(Path(args.precis).resolve())
    if not Path(precis).exists():
        print(f"evaluate-summaries: {precis} not found: build it first", file=sys.stderr)
        return 2
    if args.summarizer != "precis" and (not args.summarizer.startswith("lead-") or not args.summarizer[5:].isdigit()):
        print(f"evaluate-summaries: unknown summarizer {args.summarizer} (precis or lead-K)", file=sys.stderr)
        return 2
    args.report_dir.mkdir(parents=True, exist_ok=True)

    # The summaries: lead-k, and lead-2 as the baseline a summarizer must not fall below.
    sentences = lead_k.segment(precis, articles, "text")
    ids = [json.loads(line)["id"] for line in articles.read_text(encoding="utf-8").splitlines() if line.strip()]

    def write_lead(k: int) -> Path:
        path = args.report_dir / f"lead-{k}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record_id in ids:
                out.write(json.dumps({"id": record_id, "summary": lead_k.lead(sentences.get(record_id, []), k, " ")},
                                     ensure_ascii=False) + "\n")
        return path

    def write_precis() -> Path:
        path = args.report_dir / "precis-summaries.jsonl"
        result = subprocess.run([precis, "summarize", "--sentences", "2", "--title-field", "title", str(articles),
                                 "--output", str(path)], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"evaluate-summaries: precis summarize failed ({result.returncode}):\n{result.stderr}")
        return path

    lead2 = write_lead(2)
    if args.summarizer == "precis":
        candidates = write_precis()
    else:
        k = int(args.summarizer[5:])
        candidates = lead2 if k == 2 else write_lead(k)
    floors = thresholds(args.thresholds)
    stored = baseline_scores(args.baseline_scores)
    failures: List[str] = []
    measured: Dict[Tuple[str, str], float] = {}
    signatures: Dict[str, str] = {}

    print(f"evaluate-summaries: {args.summarizer} on {articles} ({len(ids)} articles)")
    for profile in PROFILES:
        # lead-2 against the stored baseline scores.
        status, report, stderr = evaluate(precis, articles, lead2, profile, ["--bootstrap", "0"])
        if status != 0 or not report:
            print(f"evaluate-summaries: precis evaluate failed ({status}):\n{stderr}", file=sys.stderr)
            return 2
        signatures[profile] = report["signature"]
        for metric in METRICS:
            value = report["corpus"][metric]["f1"]
            measured[(profile, metric)] = value
            if (profile, metric) in stored and abs(stored[(profile, metric)] - value) > args.baseline_tolerance:
                failures.append(f"lead-2 {profile} {metric} F1 {value:.6f} differs from baseline.tsv "
                                f"{stored[(profile, metric)]:.6f} (segmenter or scorer changed: --record if intended)")
        # The summarizer, gated by the floors (and against lead-2 when it is not lead-2).
        extra = [f"--min={rule}" for rule in floors.get(profile, [])]
        extra += ["--junit", str(args.report_dir / f"rouge-{profile}.junit.xml"),
                  "--html", str(args.report_dir / f"rouge-{profile}.html"), "--article-field", "text"]
        if candidates != lead2:
            extra += ["--baseline", str(lead2)] + [f"--max-drop={m}={args.max_drop}" for m in METRICS]
        status, report, stderr = evaluate(precis, articles, candidates, profile, extra)
        if status not in (0, GATE_EXIT) or not report:
            print(f"evaluate-summaries: precis evaluate failed ({status}):\n{stderr}", file=sys.stderr)
            return 2
        corpus = report["corpus"]
        print(f"  {profile:<12} " + "  ".join(
            f"{m} {corpus[m]['f1']:.4f} [{corpus[m].get('low', 0):.4f}, {corpus[m].get('high', 0):.4f}]" for m in METRICS))
        print(f"  {'':<12} {report['signature']}")
        if status == GATE_EXIT:
            failures += [f"{profile}: {line}" for line in report.get("gate", {}).get("failures", [])]

    if args.record:
        write_baseline(args.baseline_scores, measured, signatures)
        print(f"evaluate-summaries: recorded {args.baseline_scores.relative_to(REPO_ROOT)}")
    print(f"evaluate-summaries: reports in {args.report_dir} (rouge-*.html, rouge-*.junit.xml)")
    for failure in failures:
        print(f"evaluate-summaries: FAILED: {failure}", file=sys.stderr)
    if not failures:
        print("evaluate-summaries: passed" if args.gate else "evaluate-summaries: done")
    return 1 if failures and args.gate else 0


if __name__ == "__main__":
    sys.exit(main())

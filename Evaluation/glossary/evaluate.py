#!/usr/bin/env python3
"""Glossary quality for Précis: term recall, precision and rendering accuracy.

Scores `precis glossary` against thirty gold sets in the same format:

  * dev:  Evaluation/glossary/gold.jsonl, 34 orangesum-valid articles (../shared), used to
          tune the lexicon, so its figures are development figures;
  * test: Evaluation/glossary/outlets-gold.jsonl, 30 pages of
          Evaluation/summarization/outlets/articles.jsonl (in the repository), held out:
          annotated before precis was run on them;
  * test2: Evaluation/glossary/outlets-gold-2.jsonl, 24 later pages of the same file (outlet
          sets 58 and 59), held out in the same way by another annotator;
  * test3: Evaluation/glossary/outlets-gold-3.jsonl, the 24 pages of outlet sets 60 and 61,
          held out from the lexicon entries that test2's errors prompted;
  * test4: Evaluation/glossary/outlets-gold-4.jsonl, the 24 pages of outlet sets 62 and 63,
          held out from the entries written for more countries' institutions;
  * test5: Evaluation/glossary/outlets-gold-5.jsonl, the 24 pages of outlet sets 64 and 65,
          held out from the entries that test4's errors prompted;
  * test6: Evaluation/glossary/outlets-gold-6.jsonl, the 24 pages of outlet sets 66 and 67,
          held out from the entries that test5's errors prompted;
  * test7: Evaluation/glossary/outlets-gold-7.jsonl, the 24 pages of outlet sets 68 and 69,
          held out from the entries that test6's errors prompted;
  * test8: Evaluation/glossary/outlets-gold-8.jsonl, the 24 pages of outlet sets 70 and 71,
          held out from the entries that test7's errors prompted;
  * test9: Evaluation/glossary/outlets-gold-9.jsonl, the 24 pages of outlet sets 72 and 73,
          held out from the entries that test8's errors prompted;
  * test10: Evaluation/glossary/outlets-gold-10.jsonl, the 24 pages of outlet sets 74 and 75,
          held out from the entries that test9's errors prompted;
  * test11: Evaluation/glossary/outlets-gold-11.jsonl, the 24 pages of outlet sets 78 and 79,
          held out from the entries that test10's errors prompted;
  * test12: Evaluation/glossary/outlets-gold-12.jsonl, the 24 pages of outlet sets 80 and 81,
          held out from the entries that test11's errors prompted;
  * test13: Evaluation/glossary/outlets-gold-13.jsonl, the 24 pages of outlet sets 82 and 83,
          held out from the entries that test12's errors prompted;
  * test14: Evaluation/glossary/outlets-gold-14.jsonl, the 24 pages of outlet sets 84 and 85,
          held out from the entries that test13's errors prompted;
  * test15: Evaluation/glossary/outlets-gold-15.jsonl, the 24 pages of outlet sets 86 and 87,
          held out from the entries that test14's errors prompted;
  * test16: Evaluation/glossary/outlets-gold-16.jsonl, the 24 pages of outlet sets 88 and 89,
          held out from the entries that test15's errors prompted;
  * test17: Evaluation/glossary/outlets-gold-17.jsonl, the 24 pages of outlet sets 90 and 91,
          held out from the entries that test16's errors prompted;
  * test18: Evaluation/glossary/outlets-gold-18.jsonl, the 24 pages of outlet sets 92 and 93,
          held out from the entries that test17's errors prompted;
  * test19: Evaluation/glossary/outlets-gold-19.jsonl, the 24 pages of outlet sets 94 and 95,
          held out from the entries that test18's errors prompted;
  * test20: Evaluation/glossary/outlets-gold-20.jsonl, the 24 pages of outlet sets 96 and 97,
          held out from the entries that test19's errors prompted;
  * test21: Evaluation/glossary/outlets-gold-21.jsonl, the 24 pages of outlet sets 98 and 99,
          held out from the entries that test20's errors prompted;
  * test22: Evaluation/glossary/outlets-gold-22.jsonl, the 24 pages of outlet sets 100 and 101,
          held out from the entries that test21's errors prompted;
  * test23: Evaluation/glossary/outlets-gold-23.jsonl, the 24 pages of outlet sets 102 and 103,
          held out from the entries that test22's errors prompted;
  * test24: Evaluation/glossary/outlets-gold-24.jsonl, the 24 pages of outlet sets 106 and 107,
          held out from the entries that test23's errors prompted;
  * test25: Evaluation/glossary/outlets-gold-25.jsonl, the 24 pages of outlet sets 108 and 109,
          held out from the entries that test24's errors prompted;
  * test26: Evaluation/glossary/outlets-gold-26.jsonl, the 24 pages of outlet sets 110 and 111,
          held out from the entries that test25's errors prompted;
  * test27: Evaluation/glossary/outlets-gold-27.jsonl, the 24 pages of outlet sets 112 and 113,
          held out from the entries that test26's errors prompted;
  * test28: Evaluation/glossary/outlets-gold-28.jsonl, the 24 pages of outlet sets 114 and 115,
          held out from the entries that test27's errors prompted;
  * test29: Evaluation/glossary/outlets-gold-29.jsonl, the 24 pages of outlet sets 116 and 117,
          held out from the entries that test28's errors prompted.

Each gold line is one object per article,

    {"id": "<article id>", "terms": [{"fr": "<canonical French term>",
      "en": ["<accepted English rendering>", ...],
      "occurrences": [{"start": <scalar>, "end": <scalar>, "surface": "<as in the text>"}]}]}

with offsets into the article's `text` field in Unicode code points (the title is not
annotated; Précis lists title occurrences apart, so they are not scored).

Definitions (occurrence level, by offsets):
  * a predicted occurrence and a gold occurrence *match* when they are in the same article
    and their [start, end) ranges overlap; each occurrence matches at most once (greedy,
    largest overlap first, then leftmost);
  * term recall    = matched gold occurrences / gold occurrences;
  * term precision = matched predicted occurrences / predicted occurrences;
  * rendering accuracy = among gold terms (article, fr) with at least one matched occurrence,
    the share whose predicted `en` (of the term matched at its first matched occurrence) is
    one of the gold's accepted renderings (case and spacing ignored).

Gates: Evaluation/glossary/thresholds.tsv (set<TAB>metric<TAB>minimum); with --gate, exit 1
when a metric of a set is below its minimum. A set whose gold file or articles are missing
(the dev set without ../shared) says "skipped" and does not fail. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
METRICS = ("term_recall", "term_precision", "rendering_accuracy")
# The held-out sets, all pages of the outlets file: their gold files beside this script and how
# `--sets` and `--NAME-gold` name them.
HELD_OUT = {
    "test": ("outlets-gold.jsonl", "the held-out test gold"),
    "test2": ("outlets-gold-2.jsonl", "the second held-out gold"),
    "test3": ("outlets-gold-3.jsonl", "the third held-out gold"),
    "test4": ("outlets-gold-4.jsonl", "the fourth held-out gold"),
    "test5": ("outlets-gold-5.jsonl", "the fifth held-out gold"),
    "test6": ("outlets-gold-6.jsonl", "the sixth held-out gold"),
    "test7": ("outlets-gold-7.jsonl", "the seventh held-out gold"),
    "test8": ("outlets-gold-8.jsonl", "the eighth held-out gold"),
    "test9": ("outlets-gold-9.jsonl", "the ninth held-out gold"),
    "test10": ("outlets-gold-10.jsonl", "the tenth held-out gold"),
    "test11": ("outlets-gold-11.jsonl", "the eleventh held-out gold"),
    "test12": ("outlets-gold-12.jsonl", "the twelfth held-out gold"),
    "test13": ("outlets-gold-13.jsonl", "the thirteenth held-out gold"),
    "test14": ("outlets-gold-14.jsonl", "the fourteenth held-out gold"),
    "test15": ("outlets-gold-15.jsonl", "the fifteenth held-out gold"),
    "test16": ("outlets-gold-16.jsonl", "the sixteenth held-out gold"),
    "test17": ("outlets-gold-17.jsonl", "the seventeenth held-out gold"),
    "test18": ("outlets-gold-18.jsonl", "the eighteenth held-out gold"),
    "test19": ("outlets-gold-19.jsonl", "the nineteenth held-out gold"),
    "test20": ("outlets-gold-20.jsonl", "the twentieth held-out gold"),
    "test21": ("outlets-gold-21.jsonl", "the twenty-first held-out gold"),
    "test22": ("outlets-gold-22.jsonl", "the twenty-second held-out gold"),
    "test23": ("outlets-gold-23.jsonl", "the twenty-third held-out gold"),
    "test24": ("outlets-gold-24.jsonl", "the twenty-fourth held-out gold"),
    "test25": ("outlets-gold-25.jsonl", "the twenty-fifth held-out gold"),
    "test26": ("outlets-gold-26.jsonl", "the twenty-sixth held-out gold"),
    "test27": ("outlets-gold-27.jsonl", "the twenty-seventh held-out gold"),
    "test28": ("outlets-gold-28.jsonl", "the twenty-eighth held-out gold"),
    "test29": ("outlets-gold-29.jsonl", "the twenty-ninth held-out gold"),
}
SETS = ("dev",) + tuple(HELD_OUT)


def normalise_rendering(text: str) -> str:
    """Lowercase, single spaces, no surrounding spaces: how renderings are compared."""
    return " ".join(text.lower().split())


def read_jsonl(path: Path) -> List[dict]:
    """The objects of a JSONL file (blank lines skipped); errors name path:line."""
    objects = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                objects.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise SystemExit(f"{path}:{number}: error: {error}")
    return objects


def read_thresholds(path: Path) -> Dict[str, Dict[str, float]]:
    """set<TAB>metric<TAB>minimum lines, as {set: {metric: minimum}}; '#' comments and the
    header line skipped."""
    thresholds: Dict[str, Dict[str, float]] = {}
    if not path.exists():
        return thresholds
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0] == "set":
            continue
        if len(cells) != 3:
            raise SystemExit(f"{path}:{number}: error: expected set<TAB>metric<TAB>minimum")
        if cells[0] not in SETS or cells[1] not in METRICS:
            raise SystemExit(f"{path}:{number}: error: unknown set or metric {cells[0]!r} {cells[1]!r}")
        thresholds.setdefault(cells[0], {})[cells[1]] = float(cells[2])
    return thresholds


def gold_occurrences(gold: Sequence[dict]) -> List[Tuple[str, int, int, str, Tuple[str, ...]]]:
    """(article, start, end, fr, accepted renderings) of every gold occurrence."""
    result = []
    for article in gold:
        for term in article.get("terms", []):
            accepted = tuple(normalise_rendering(e) for e in term.get("en", []))
            for occurrence in term.get("occurrences", []):
                result.append((article["id"], occurrence["start"], occurrence["end"], term["fr"], accepted))
    return result


def predicted_occurrences(predictions: Sequence[dict]) -> List[Tuple[str, int, int, str, str]]:
    """(article, start, end, fr, en) of every predicted occurrence (text only, not title)."""
    result = []
    for article in predictions:
        for term in article.get("terms", []):
            for occurrence in term.get("occurrences", []):
                result.append((article["id"], occurrence["start"], occurrence["end"], term["fr"], term["en"]))
    return result


def align(gold, predicted) -> Dict[int, int]:
    """Gold index → predicted index, one-to-one, overlapping ranges of the same article.

    Greedy on candidate pairs sorted by overlap (largest first), then gold start, then
    predicted start: deterministic, and optimal for the non-crossing spans both sides have.
    """
    by_article: Dict[str, List[int]] = {}
    for index, occurrence in enumerate(predicted):
        by_article.setdefault(occurrence[0], []).append(index)
    pairs = []
    for g, (article, start, end, *_rest) in enumerate(gold):
        for p in by_article.get(article, []):
            p_start, p_end = predicted[p][1], predicted[p][2]
            overlap = min(end, p_end) - max(start, p_start)
            if overlap > 0:
                pairs.append((-overlap, start, p_start, g, p))
    pairs.sort()
    used_gold, used_predicted, mapping = set(), set(), {}
    for _overlap, _gs, _ps, g, p in pairs:
        if g in used_gold or p in used_predicted:
            continue
        used_gold.add(g)
        used_predicted.add(p)
        mapping[g] = p
    return mapping


def score(gold: Sequence[dict], predictions: Sequence[dict]) -> dict:
    """The three metrics and their counts, over the articles of `gold` only."""
    ids = {article["id"] for article in gold}
    predictions = [p for p in predictions if p.get("id") in ids]
    gold_list = gold_occurrences(gold)
    predicted_list = predicted_occurrences(predictions)
    mapping = align(gold_list, predicted_list)
    # Rendering: per gold term (article, fr), its first matched occurrence (in text order).
    first_match: Dict[Tuple[str, str], Tuple[int, int]] = {}
    for g, p in mapping.items():
        article, start, _end, fr, _accepted = gold_list[g]
        key = (article, fr)
        if key not in first_match or start < gold_list[first_match[key][0]][1]:
            first_match[key] = (g, p)
    wrong = sorted((gold_list[g][0], gold_list[g][3], predicted_list[p][4]) for g, p in first_match.values()
                   if normalise_rendering(predicted_list[p][4]) not in gold_list[g][4])
    correct = len(first_match) - len(wrong)
    matched = len(mapping)

    def ratio(numerator, denominator):
        return round(numerator / denominator, 4) if denominator else None

    return {
        "articles": len(gold),
        "gold_occurrences": len(gold_list),
        "predicted_occurrences": len(predicted_list),
        "matched_occurrences": matched,
        "matched_terms": len(first_match),
        "correct_renderings": correct,
        "term_recall": ratio(matched, len(gold_list)),
        "term_precision": ratio(matched, len(predicted_list)),
        "rendering_accuracy": ratio(correct, len(first_match)),
        "wrong_renderings": wrong[:50],
        "missed": sorted({(a, s, e, fr) for i, (a, s, e, fr, _r) in enumerate(gold_list) if i not in mapping})[:50],
        "spurious": sorted({(a, s, e, fr) for i, (a, s, e, fr, _en) in enumerate(predicted_list)
                            if i not in set(mapping.values())})[:50],
    }


def check(report: dict, thresholds: Dict[str, float]) -> List[str]:
    """Messages for metrics below their minimum (a metric with no value fails)."""
    failures = []
    for metric, minimum in thresholds.items():
        value = report.get(metric)
        if value is None or value < minimum:
            failures.append(f"{metric} {value} < {minimum}")
    return failures


def run_precis(precis: str, articles: Sequence[dict], lexicons: Optional[str]) -> List[dict]:
    """Runs `precis glossary` on the articles (id, title, text) and returns its JSONL."""
    with tempfile.TemporaryDirectory() as directory:
        batch = Path(directory) / "articles.jsonl"
        with open(batch, "w", encoding="utf-8") as handle:
            for article in articles:
                record = {"id": article["id"], "title": article.get("title", ""), "text": article["text"]}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        output = Path(directory) / "glossary.jsonl"
        command = [precis, "glossary", str(batch), "--output", str(output), "--offsets", "scalar"]
        if lexicons:
            command += ["--lexicons", lexicons]
        completed = subprocess.run(command, capture_output=True, text=True)
        if completed.returncode not in (0, 1) or not output.exists():
            raise SystemExit(f"glossary evaluation: precis failed ({completed.returncode}): {completed.stderr.strip()}")
        return read_jsonl(output)


def load_articles(source: Path, wanted: set) -> List[dict]:
    """The articles of `source` whose id is in `wanted`; warns about gold ids it lacks."""
    articles = [a for a in read_jsonl(source) if a.get("id") in wanted]
    missing = wanted - {a["id"] for a in articles}
    if missing:
        print(f"glossary evaluation: warning: {len(missing)} gold ids not in {source}: {sorted(missing)[:5]}")
    return articles


def print_report(name: str, report: dict, thresholds: Dict[str, float]) -> None:
    """One set's counts and metrics, with their minimums."""
    print(f"glossary evaluation, {name}: {report['articles']} articles, {report['gold_occurrences']} gold occurrences, "
          f"{report['predicted_occurrences']} predicted")
    for metric in METRICS:
        value = report[metric]
        minimum = thresholds.get(metric)
        shown = "n/a" if value is None else f"{value:.3f}"
        gate = "" if minimum is None else f"  (min {minimum:.2f}{' FAIL' if value is None or value < minimum else ''})"
        print(f"  {metric:20s} {shown}{gate}")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--precis", default=str(REPO_ROOT / ".build/release/precis"))
    parser.add_argument("--gold", default=str(HERE / "gold.jsonl"), help="the dev gold")
    parser.add_argument("--data", default=str(REPO_ROOT.parent / "shared/data/summarization"),
                        help="the folder of orangesum-valid.jsonl, the dev articles")
    for name, (file, meaning) in HELD_OUT.items():
        parser.add_argument(f"--{name}-gold", default=str(HERE / file), help=meaning)
    parser.add_argument("--test-articles", default=str(REPO_ROOT / "Evaluation/summarization/outlets/articles.jsonl"),
                        help="the articles of the test sets")
    parser.add_argument("--sets", default=",".join(SETS),
                        help=f"which sets to score (comma-separated: {', '.join(SETS)})")
    parser.add_argument("--lexicons", default=None, help="the Lexicons/ folder (default: precis finds it)")
    parser.add_argument("--thresholds", default=str(HERE / "thresholds.tsv"))
    parser.add_argument("--predictions", default=None, help="score this JSONL instead of running precis")
    parser.add_argument("--report", default=str(REPO_ROOT / ".build/eval/glossary.json"))
    parser.add_argument("--gate", action="store_true", help="exit 1 when a metric is below its threshold")
    args = parser.parse_args(argv)

    sets = [name.strip() for name in args.sets.split(",") if name.strip()]
    unknown = [name for name in sets if name not in SETS]
    if unknown:
        parser.error(f"unknown set {unknown[0]!r} (expected one of {', '.join(SETS)})")
    sources = {
        "dev": (Path(args.gold), Path(args.data) / "orangesum-valid.jsonl", "../shared is missing"),
    }
    for name in HELD_OUT:
        sources[name] = (Path(getattr(args, f"{name}_gold")), Path(args.test_articles), "the outlets file is missing")
    thresholds = read_thresholds(Path(args.thresholds))
    given = read_jsonl(Path(args.predictions)) if args.predictions else None
    reports, failures = {}, []
    for name in sets:
        gold_path, source, why = sources[name]
        if not gold_path.exists():
            print(f"glossary evaluation, {name}: skipped: no gold file at {gold_path}")
            continue
        gold = read_jsonl(gold_path)
        if given is not None:
            predictions = given
        elif not source.exists():
            print(f"glossary evaluation, {name}: skipped: {source} not found ({why})")
            continue
        else:
            predictions = run_precis(args.precis, load_articles(source, {a["id"] for a in gold}), args.lexicons)
        report = score(gold, predictions)
        report["gold"] = os.path.relpath(gold_path, REPO_ROOT)
        report["thresholds"] = thresholds.get(name, {})
        report["failures"] = check(report, report["thresholds"])
        failures += [f"{name} {failure}" for failure in report["failures"]]
        reports[name] = report
        print_report(name, report, report["thresholds"])
    if reports:
        Path(args.report).parent.mkdir(parents=True, exist_ok=True)
        Path(args.report).write_text(json.dumps(reports, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"  report: {os.path.relpath(args.report, REPO_ROOT)}")
    if failures and args.gate:
        print("glossary evaluation: gate failed: " + "; ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Unit tests for evaluate.py: alignment, metrics, thresholds, skipping.

Run from the repository root:
    python3 -m unittest Evaluation/glossary/test_evaluate.py
"""

import io
import json
import sys
import tempfile
import unittest
from contextlib import redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate as ev  # noqa: E402

TEXT = "La Direction générale de la sûreté nationale (DGSN) et les cyberattaques."


def gold_article():
    return {"id": "a1", "terms": [
        {"fr": "Direction générale de la sûreté nationale",
         "en": ["General Directorate for National Security", "Moroccan National Police"],
         "occurrences": [{"start": 3, "end": 44, "surface": TEXT[3:44]}, {"start": 46, "end": 50, "surface": "DGSN"}]},
        {"fr": "cyberattaque", "en": ["cyberattack"],
         "occurrences": [{"start": 59, "end": 72, "surface": "cyberattaques"}]},
    ]}


def prediction(terms):
    return {"id": "a1", "terms": terms}


def term(fr, en, spans):
    return {"fr": fr, "en": en, "occurrences": [{"start": s, "end": e, "surface": TEXT[s:e]} for s, e in spans]}


class ScoreTests(unittest.TestCase):
    def test_perfect(self):
        predicted = prediction([
            term("Direction générale de la sûreté nationale", "General Directorate for National Security",
                 [(3, 44), (46, 50)]),
            term("cyberattaque", "cyberattack", [(59, 72)]),
        ])
        report = ev.score([gold_article()], [predicted])
        self.assertEqual(report["term_recall"], 1.0)
        self.assertEqual(report["term_precision"], 1.0)
        self.assertEqual(report["rendering_accuracy"], 1.0)

    def test_overlap_counts_and_wrong_rendering(self):
        # A shorter span still overlaps; a wrong rendering lowers accuracy only.
        predicted = prediction([
            term("sûreté nationale", "national security", [(28, 44)]),
            term("cyberattaque", "Cyberattack", [(59, 71)]),
        ])
        report = ev.score([gold_article()], [predicted])
        self.assertEqual(report["matched_occurrences"], 2)
        self.assertAlmostEqual(report["term_recall"], round(2 / 3, 4))
        self.assertEqual(report["term_precision"], 1.0)
        self.assertEqual(report["rendering_accuracy"], 0.5)

    def test_spurious_and_one_to_one(self):
        # Two predictions on one gold occurrence: one matches, the other is spurious.
        predicted = prediction([
            term("cyberattaque", "cyberattack", [(59, 72)]),
            term("attaque", "attack", [(64, 72)]),
            term("et", "and", [(52, 54)]),
        ])
        report = ev.score([gold_article()], [predicted])
        self.assertEqual(report["matched_occurrences"], 1)
        self.assertAlmostEqual(report["term_precision"], round(1 / 3, 4))

    def test_articles_outside_gold_are_ignored(self):
        other = {"id": "zz", "terms": [term("x", "y", [(0, 2)])]}
        report = ev.score([gold_article()], [other])
        self.assertEqual(report["predicted_occurrences"], 0)
        self.assertIsNone(report["term_precision"])
        self.assertEqual(report["term_recall"], 0.0)

    def test_renderings_compare_without_case_or_spacing(self):
        self.assertEqual(ev.normalise_rendering("  General  Directorate "), "general directorate")


class ThresholdTests(unittest.TestCase):
    def test_read_and_check(self):
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory) / "thresholds.tsv"
            path.write_text("# comment\nmetric\tminimum\nterm_recall\t0.9\nrendering_accuracy\t0.5\n", encoding="utf-8")
            thresholds = ev.read_thresholds(path)
        self.assertEqual(thresholds, {"term_recall": 0.9, "rendering_accuracy": 0.5})
        self.assertEqual(ev.check({"term_recall": 0.8, "rendering_accuracy": 0.6}, thresholds),
                         ["term_recall 0.8 < 0.9"])
        self.assertEqual(ev.check({"term_recall": None, "rendering_accuracy": 0.6}, {"term_recall": 0.1}),
                         ["term_recall None < 0.1"])


class MainTests(unittest.TestCase):
    def test_skipped_without_gold(self):
        out = io.StringIO()
        with redirect_stdout(out):
            status = ev.main(["--gold", "/nonexistent/gold.jsonl"])
        self.assertEqual(status, 0)
        self.assertIn("skipped", out.getvalue())

    def test_skipped_without_shared(self):
        with tempfile.TemporaryDirectory() as directory:
            gold = Path(directory) / "gold.jsonl"
            gold.write_text(json.dumps(gold_article()) + "\n", encoding="utf-8")
            out = io.StringIO()
            with redirect_stdout(out):
                status = ev.main(["--gold", str(gold), "--data", str(Path(directory) / "missing")])
        self.assertEqual(status, 0)
        self.assertIn("skipped", out.getvalue())

    def test_gate_on_given_predictions(self):
        with tempfile.TemporaryDirectory() as directory:
            gold = Path(directory) / "gold.jsonl"
            gold.write_text(json.dumps(gold_article(), ensure_ascii=False) + "\n", encoding="utf-8")
            predicted = Path(directory) / "predicted.jsonl"
            predicted.write_text(json.dumps(prediction([term("cyberattaque", "cyberattack", [(59, 72)])])) + "\n",
                                 encoding="utf-8")
            thresholds = Path(directory) / "thresholds.tsv"
            thresholds.write_text("metric\tminimum\nterm_recall\t0.9\n", encoding="utf-8")
            out = io.StringIO()
            with redirect_stdout(out):
                status = ev.main(["--gold", str(gold), "--predictions", str(predicted), "--thresholds",
                                  str(thresholds), "--report", str(Path(directory) / "r.json"), "--gate"])
        self.assertEqual(status, 1)
        self.assertIn("gate failed", out.getvalue())


if __name__ == "__main__":
    unittest.main()

"""Unit tests for evaluate.py: alignment, metrics, thresholds, skipping, the four sets.

Run from the repository root:
    python3 -m unittest Evaluation/glossary/test_evaluate.py
"""

import contextlib
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
            path.write_text("# comment\nset\tmetric\tminimum\ndev\tterm_recall\t0.9\ndev\trendering_accuracy\t0.5\n"
                            "test\tterm_recall\t0.7\n", encoding="utf-8")
            thresholds = ev.read_thresholds(path)
        self.assertEqual(thresholds, {"dev": {"term_recall": 0.9, "rendering_accuracy": 0.5},
                                      "test": {"term_recall": 0.7}})
        self.assertEqual(ev.check({"term_recall": 0.8, "rendering_accuracy": 0.6}, thresholds["dev"]),
                         ["term_recall 0.8 < 0.9"])
        self.assertEqual(ev.check({"term_recall": None, "rendering_accuracy": 0.6}, {"term_recall": 0.1}),
                         ["term_recall None < 0.1"])

    def test_malformed_lines_name_the_line(self):
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory) / "thresholds.tsv"
            for body in ("term_recall\t0.9\n", "held-out\tterm_recall\t0.9\n", "dev\trecall\t0.9\n"):
                path.write_text("set\tmetric\tminimum\n" + body, encoding="utf-8")
                with self.assertRaises(SystemExit) as raised:
                    ev.read_thresholds(path)
                self.assertIn("thresholds.tsv:2: error", str(raised.exception))

    def test_repository_thresholds_cover_every_set(self):
        thresholds = ev.read_thresholds(Path(ev.HERE) / "thresholds.tsv")
        for name in ev.SETS:
            self.assertEqual(set(thresholds[name]), set(ev.METRICS))


class TestGoldTests(unittest.TestCase):
    def test_offsets_point_into_the_outlets_file(self):
        # The held-out golds run without ../shared: check them against their articles here.
        texts = {a["id"]: a["text"] for a in ev.read_jsonl(ev.REPO_ROOT / "Evaluation/summarization/outlets/articles.jsonl")}
        for name, count in (("outlets-gold.jsonl", 30), ("outlets-gold-2.jsonl", 24), ("outlets-gold-3.jsonl", 24)):
            with self.subTest(gold=name):
                gold = ev.read_jsonl(Path(ev.HERE) / name)
                self.assertEqual(len(gold), count)
                self.check_offsets(gold, texts)

    def test_the_held_out_sets_share_no_page(self):
        names = ("outlets-gold.jsonl", "outlets-gold-2.jsonl", "outlets-gold-3.jsonl")
        pages = [{a["id"] for a in ev.read_jsonl(Path(ev.HERE) / name)} for name in names]
        for index, first in enumerate(pages):
            for second in pages[index + 1:]:
                self.assertFalse(first & second)

    def check_offsets(self, gold, texts):
        for article in gold:
            text = texts[article["id"]]
            spans = []
            for term in article["terms"]:
                self.assertTrue(term["en"], term["fr"])
                for occurrence in term["occurrences"]:
                    self.assertEqual(text[occurrence["start"]:occurrence["end"]], occurrence["surface"])
                    spans.append((occurrence["start"], occurrence["end"]))
            spans.sort()
            for before, after in zip(spans, spans[1:]):
                self.assertLessEqual(before[1], after[0], article["id"])


FAKE_PRECIS = """#!/usr/bin/env python3
import json, sys
source, output = sys.argv[2], sys.argv[sys.argv.index("--output") + 1]
with open(output, "w", encoding="utf-8") as out:
    for line in open(source, encoding="utf-8"):
        article = json.loads(line)
        start = article["text"].find("cyberattaques")
        out.write(json.dumps({"id": article["id"], "terms": [{"fr": "cyberattaque", "en": "cyberattack",
            "occurrences": [{"start": start, "end": start + 13, "surface": "cyberattaques"}]}]}) + "\\n")
"""


class MainTests(unittest.TestCase):
    def run_main(self, args):
        out = io.StringIO()
        with redirect_stdout(out):
            status = ev.main(args)
        return status, out.getvalue()

    def test_skipped_without_gold(self):
        status, output = self.run_main(["--gold", "/nonexistent/gold.jsonl", "--test-gold", "/nonexistent/test.jsonl",
                                        "--test2-gold", "/nonexistent/test2.jsonl",
                                        "--test3-gold", "/nonexistent/test3.jsonl",
                                        "--test4-gold", "/nonexistent/test4.jsonl",
                                        "--test5-gold", "/nonexistent/test5.jsonl",
                                        "--test6-gold", "/nonexistent/test6.jsonl",
                                        "--test7-gold", "/nonexistent/test7.jsonl",
                                        "--test8-gold", "/nonexistent/test8.jsonl",
                                        "--test9-gold", "/nonexistent/test9.jsonl",
                                        "--test10-gold", "/nonexistent/test10.jsonl",
                                        "--test11-gold", "/nonexistent/test11.jsonl",
                                        "--test12-gold", "/nonexistent/test12.jsonl",
                                        "--test13-gold", "/nonexistent/test13.jsonl",
                                        "--test14-gold", "/nonexistent/test14.jsonl",
                                        "--test15-gold", "/nonexistent/test15.jsonl",
                                        "--test16-gold", "/nonexistent/test16.jsonl",
                                        "--test17-gold", "/nonexistent/test17.jsonl",
                                        "--test18-gold", "/nonexistent/test18.jsonl",
                                        "--test19-gold", "/nonexistent/test19.jsonl",
                                        "--test20-gold", "/nonexistent/test20.jsonl",
                                        "--test21-gold", "/nonexistent/test21.jsonl",
                                        "--test22-gold", "/nonexistent/test22.jsonl",
                                        "--test23-gold", "/nonexistent/test23.jsonl",
                                        "--test24-gold", "/nonexistent/test24.jsonl",
                                        "--test25-gold", "/nonexistent/test25.jsonl",
                                        "--test26-gold", "/nonexistent/test26.jsonl",
                                        "--test27-gold", "/nonexistent/test27.jsonl",
                                        "--test28-gold", "/nonexistent/test28.jsonl",
                                        "--test29-gold", "/nonexistent/test29.jsonl"])
        self.assertEqual(status, 0)
        self.assertIn("dev: skipped", output)
        self.assertIn("test: skipped", output)
        self.assertIn("test2: skipped", output)
        self.assertIn("test3: skipped", output)
        self.assertIn("test4: skipped", output)
        self.assertIn("test5: skipped", output)
        self.assertIn("test6: skipped", output)
        self.assertIn("test7: skipped", output)
        self.assertIn("test8: skipped", output)
        self.assertIn("test9: skipped", output)
        self.assertIn("test10: skipped", output)
        self.assertIn("test11: skipped", output)
        self.assertIn("test12: skipped", output)
        self.assertIn("test13: skipped", output)
        self.assertIn("test14: skipped", output)
        self.assertIn("test15: skipped", output)
        self.assertIn("test16: skipped", output)
        self.assertIn("test17: skipped", output)
        self.assertIn("test18: skipped", output)
        self.assertIn("test19: skipped", output)
        self.assertIn("test20: skipped", output)
        self.assertIn("test21: skipped", output)
        self.assertIn("test22: skipped", output)
        self.assertIn("test23: skipped", output)
        self.assertIn("test24: skipped", output)
        self.assertIn("test25: skipped", output)
        self.assertIn("test26: skipped", output)
        self.assertIn("test27: skipped", output)
        self.assertIn("test28: skipped", output)
        self.assertIn("test29: skipped", output)

    def test_skipped_without_shared(self):
        with tempfile.TemporaryDirectory() as directory:
            gold = Path(directory) / "gold.jsonl"
            gold.write_text(json.dumps(gold_article()) + "\n", encoding="utf-8")
            status, output = self.run_main(["--sets", "dev", "--gold", str(gold),
                                            "--data", str(Path(directory) / "missing")])
        self.assertEqual(status, 0)
        self.assertIn("skipped", output)

    def test_test_set_runs_without_shared(self):
        # The dev set is skipped without ../shared; the test set reads its articles from the
        # repository and still runs precis and is gated.
        with tempfile.TemporaryDirectory() as directory:
            root = Path(directory)
            (root / "gold.jsonl").write_text(json.dumps(gold_article()) + "\n", encoding="utf-8")
            (root / "articles.jsonl").write_text(json.dumps({"id": "a1", "title": "", "text": TEXT}) + "\n",
                                                 encoding="utf-8")
            precis = root / "precis"
            precis.write_text(FAKE_PRECIS, encoding="utf-8")
            precis.chmod(0o755)
            thresholds = root / "thresholds.tsv"
            thresholds.write_text("set\tmetric\tminimum\ntest\tterm_recall\t0.5\n", encoding="utf-8")
            status, output = self.run_main([
                "--sets", "dev,test",
                "--precis", str(precis), "--data", str(root / "missing"), "--gold", str(root / "gold.jsonl"),
                "--test-gold", str(root / "gold.jsonl"), "--test-articles", str(root / "articles.jsonl"),
                "--thresholds", str(thresholds), "--report", str(root / "r.json"), "--gate"])
            report = json.loads((root / "r.json").read_text(encoding="utf-8"))
        self.assertIn("dev: skipped", output)
        self.assertEqual(status, 1)
        self.assertEqual(list(report), ["test"])
        self.assertAlmostEqual(report["test"]["term_recall"], round(1 / 3, 4))
        self.assertEqual(report["test"]["term_precision"], 1.0)
        self.assertIn("test term_recall 0.3333 < 0.5", output)

    def test_gate_on_given_predictions(self):
        with tempfile.TemporaryDirectory() as directory:
            gold = Path(directory) / "gold.jsonl"
            gold.write_text(json.dumps(gold_article(), ensure_ascii=False) + "\n", encoding="utf-8")
            predicted = Path(directory) / "predicted.jsonl"
            predicted.write_text(json.dumps(prediction([term("cyberattaque", "cyberattack", [(59, 72)])])) + "\n",
                                 encoding="utf-8")
            thresholds = Path(directory) / "thresholds.tsv"
            thresholds.write_text("set\tmetric\tminimum\ndev\tterm_recall\t0.9\n", encoding="utf-8")
            status, output = self.run_main(["--sets", "dev", "--gold", str(gold), "--predictions", str(predicted),
                                            "--thresholds", str(thresholds), "--report",
                                            str(Path(directory) / "r.json"), "--gate"])
        self.assertEqual(status, 1)
        self.assertIn("gate failed: dev term_recall", output)

    def test_unknown_set_is_refused(self):
        with redirect_stdout(io.StringIO()), self.assertRaises(SystemExit) as raised:
            with contextlib.redirect_stderr(io.StringIO()):
                ev.main(["--sets", "dev,held-out"])
        self.assertEqual(raised.exception.code, 2)


if __name__ == "__main__":
    unittest.main()

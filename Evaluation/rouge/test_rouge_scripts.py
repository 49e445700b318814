"""Unit tests of the ROUGE scripts' helpers (standard library only, no rouge-score needed)."""

from __future__ import annotations

import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "summarization"))

import differential  # noqa: E402
import evaluate  # noqa: E402  (Evaluation/summarization/evaluate.py)
import lead_k  # noqa: E402


class LookupTokenizerTest(unittest.TestCase):
    def test_whole_text_is_the_concatenation_of_its_lines(self):
        tokenizer = differential.LookupTokenizer({"r0": ["l'", "élu"], "r1": ["arrêté"]})
        self.assertEqual(tokenizer.tokenize("r0\nr1"), ["l'", "élu", "arrêté"])
        self.assertEqual(tokenizer.tokenize("r1"), ["arrêté"])
        self.assertEqual(tokenizer.tokenize(""), [])


class LeadTest(unittest.TestCase):
    def test_first_k_sentences_with_inner_line_breaks_flattened(self):
        sentences = ["Un titre\nsur deux lignes.", "Deuxième phrase.", "Troisième."]
        self.assertEqual(lead_k.lead(sentences, 2, " "), "Un titre sur deux lignes. Deuxième phrase.")
        self.assertEqual(lead_k.lead(sentences, 2, "\n"), "Un titre sur deux lignes.\nDeuxième phrase.")
        self.assertEqual(lead_k.lead([], 2, " "), "")


class ThresholdsTest(unittest.TestCase):
    def test_thresholds_file_gives_min_rules_for_both_profiles(self):
        rules = evaluate.thresholds(HERE.parent / "summarization" / "thresholds.tsv")
        self.assertEqual(set(rules), {"french", "rouge-score"})
        for profile_rules in rules.values():
            self.assertEqual(len(profile_rules), 4)
            for rule in profile_rules:
                metric, value = rule.split("=")
                self.assertIn(metric, evaluate.METRICS)
                self.assertTrue(0 < float(value) < 1)

    def test_floors_demand_more_than_lead2(self):
        # The floors gate Précis' summarizer; lead-2 (baseline.tsv) must fall below every one,
        # or the gate would not catch a summarizer that regressed to lead-2.
        floors = {(p, r.split("=")[0]): float(r.split("=")[1])
                  for p, rules in evaluate.thresholds(HERE.parent / "summarization" / "thresholds.tsv").items()
                  for r in rules}
        stored = evaluate.baseline_scores(HERE.parent / "summarization" / "baseline.tsv")
        for key, floor in floors.items():
            self.assertLess(stored[key], floor, key)


if __name__ == "__main__":
    unittest.main()

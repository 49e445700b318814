"""Unit tests for evaluate.py: scoring, alignment, thresholds, corpus chunks.

Run from the repository root:
    python3 -m unittest Evaluation/segmentation/test_evaluate.py
"""

import io
import json
import sys
import tempfile
import unittest
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate as ev  # noqa: E402
import news_gold  # noqa: E402


class NormaliseOffsetTests(unittest.TestCase):
    def test_skips_spaces_newlines_and_no_break_spaces(self):
        text = "Oui. \n\u00a0\u202fNon."
        self.assertEqual(ev.normalise_offset(text, 4), 8)

    def test_non_whitespace_offset_is_kept(self):
        self.assertEqual(ev.normalise_offset("Oui. Non.", 5), 5)

    def test_trailing_whitespace_reaches_end(self):
        self.assertEqual(ev.normalise_offset("Oui.  ", 4), 6)

    def test_out_of_range_is_clamped(self):
        self.assertEqual(ev.normalise_offset("abc", 10), 3)
        self.assertEqual(ev.normalise_offset("abc", -2), 0)


class ScoringTests(unittest.TestCase):
    TEXT = "Il pleut. Il vente. Il neige."  # sentences end at 9, 19, 29

    def test_boundary_set_drops_end_of_text(self):
        self.assertEqual(ev.boundary_set(self.TEXT, [9, 19, 29]), {10, 20})

    def test_boundary_set_drops_boundary_followed_by_whitespace_only(self):
        self.assertEqual(ev.boundary_set("Fin.  ", [4]), set())

    def test_boundaries_before_and_after_whitespace_match(self):
        counts = ev.score_boundaries(self.TEXT, [9, 19, 29], [10, 19])
        self.assertEqual((counts.tp, counts.fp, counts.fn), (2, 0, 0))
        self.assertEqual(counts.f1, 1.0)

    def test_false_positive_and_false_negative(self):
        counts = ev.score_boundaries(self.TEXT, [9, 19, 29], [9, 13])
        self.assertEqual((counts.tp, counts.fp, counts.fn), (1, 1, 1))
        self.assertAlmostEqual(counts.precision, 0.5)
        self.assertAlmostEqual(counts.recall, 0.5)
        self.assertAlmostEqual(counts.f1, 0.5)

    def test_duplicate_predictions_count_once(self):
        counts = ev.score_boundaries(self.TEXT, [9, 19], [9, 10, 10])
        self.assertEqual((counts.tp, counts.fp, counts.fn), (1, 0, 1))

    def test_empty_cases(self):
        counts = ev.score_boundaries("Un seul.", [8], [])
        self.assertEqual((counts.precision, counts.recall, counts.f1), (1.0, 1.0, 1.0))
        counts = ev.score_boundaries(self.TEXT, [9, 19], [])
        self.assertEqual((counts.precision, counts.recall, counts.f1), (1.0, 0.0, 0.0))

    def test_score_file_micro_averages(self):
        records = [
            {"text": self.TEXT, "boundaries": [9, 19, 29]},
            {"text": "A. B.", "boundaries": [2, 5]},
        ]
        counts = ev.score_file(records, [[9, 19], [1]])
        self.assertEqual((counts.tp, counts.fp, counts.fn), (2, 1, 1))
        self.assertAlmostEqual(counts.f1, 2 / 3)

    def test_score_file_requires_one_prediction_per_record(self):
        with self.assertRaises(ValueError):
            ev.score_file([{"text": "A.", "boundaries": [2]}], [])

    def test_boundaries_from_spans_skips_last(self):
        self.assertEqual(ev.boundaries_from_spans([(0, 9), (10, 19), (20, 29)]), [9, 19])
        self.assertEqual(ev.boundaries_from_spans([]), [])


class AlignSentencesTests(unittest.TestCase):
    def test_exact_substrings(self):
        text = "Il pleut. Il vente."
        self.assertEqual(ev.align_sentences(text, ["Il pleut.", "Il vente."]), [(0, 9), (10, 19)])

    def test_stripped_and_collapsed_whitespace(self):
        text = "  Il  pleut.\n\nIl\tvente.  "
        spans = ev.align_sentences(text, ["Il pleut.", "Il vente."])
        self.assertEqual(spans, [(2, 12), (14, 23)])
        self.assertEqual([text[s:e] for s, e in spans], ["Il  pleut.", "Il\tvente."])

    def test_whitespace_inserted_by_tokenizer(self):
        text = "M. Dupont (maire) l'a dit."
        spans = ev.align_sentences(text, ["M. Dupont ( maire ) l' a dit ."])
        self.assertEqual(spans, [(0, len(text))])

    def test_repeated_sentences_align_in_order(self):
        text = "Oui. Non. Oui. Non."
        spans = ev.align_sentences(text, ["Oui.", "Non.", "Oui.", "Non."])
        self.assertEqual(spans, [(0, 4), (5, 9), (10, 14), (15, 19)])

    def test_non_ascii_code_points(self):
        text = "Été réussi\u00a0! « Déjà » ? Ça va."
        spans = ev.align_sentences(text, ["Été réussi !", "« Déjà » ?", "Ça va."])
        self.assertEqual([text[s:e] for s, e in spans], ["Été réussi\u00a0!", "« Déjà » ?", "Ça va."])

    def test_empty_sentences_are_skipped(self):
        self.assertEqual(ev.align_sentences("A. B.", ["", "A.", "  ", "B."]), [(0, 2), (3, 5)])

    def test_altered_sentence_falls_back_to_length_and_resynchronises(self):
        text = 'Il dit "oui". Puis rien. Fin.'
        spans = ev.align_sentences(text, ["Il dit «oui».", "Puis rien.", "Fin."])
        self.assertEqual([text[s:e] for s, e in spans], ['Il dit "oui".', "Puis rien.", "Fin."])

    def test_dropped_text_is_skipped_by_forward_search(self):
        text = "Titre Un. Deux."
        self.assertEqual(ev.align_sentences(text, ["Un.", "Deux."]), [(6, 9), (10, 15)])

    def test_more_sentences_than_text(self):
        self.assertEqual(ev.align_sentences("A.", ["A.", "B."]), [(0, 2)])

    def test_boundaries_of_aligned_sentences_score_perfectly(self):
        text = "Le maire\u00a0: « Oui. » Puis il part.\n\nFin."
        gold = [20, 34, len(text)]
        spans = ev.align_sentences(text, ["Le maire : « Oui. »", "Puis il part.", "Fin."])
        counts = ev.score_boundaries(text, gold, ev.boundaries_from_spans(spans))
        self.assertEqual((counts.tp, counts.fp, counts.fn), (2, 0, 0))


class ThresholdTests(unittest.TestCase):
    def write(self, content):
        handle = tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8")
        handle.write(content)
        handle.close()
        self.addCleanup(Path(handle.name).unlink)
        return Path(handle.name)

    def test_load_thresholds_with_comments_and_header(self):
        path = self.write("# minimum F1\nfile\tmin_f1\nsequoia-dev\t0.95  # target\n\ngsd-dev\t0.9\n")
        self.assertEqual(ev.load_thresholds(path), {"sequoia-dev": 0.95, "gsd-dev": 0.9})

    def test_malformed_line_is_an_error(self):
        with self.assertRaises(ValueError):
            ev.load_thresholds(self.write("sequoia-dev\n"))

    def test_gate_failures(self):
        failures = ev.gate_failures({"sequoia-dev": 0.912, "gsd-dev": 0.99},
                                    {"sequoia-dev": 0.95, "gsd-dev": 0.9, "gone": 0.5})
        self.assertEqual(failures, ["sequoia-dev: F1 0.912 < 0.950", "gone: not evaluated (no such gold file)"])


class CorpusTests(unittest.TestCase):
    def test_chunk_text_keeps_paragraphs_whole(self):
        text = "\n\n".join(["a" * 4, "b" * 4, "c" * 12, "d"])
        chunks = ev.chunk_text(text, max_chars=10)
        self.assertEqual(chunks, ["aaaa\n\nbbbb", "c" * 12, "d"])
        self.assertEqual("\n\n".join(chunks), text)

    def test_prefix_chunks(self):
        chunks, size = ev.prefix_chunks(["éé", "bb", "cc"], 4)
        self.assertEqual((chunks, size), (["éé"], 4))
        self.assertEqual(ev.prefix_chunks(["a", "b"], None), (["a", "b"], 2))

    def test_build_speed_corpus_is_cached(self):
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "src.jsonl"
            source.write_text("\n".join(json.dumps({"text": t}) for t in ["Un.", "Deux.", "Trois."]) + "\n")
            cache = Path(tmp) / "eval" / "corpus.txt"
            ev.build_speed_corpus(source, cache, min_bytes=6)
            self.assertEqual(cache.read_text(), "Un.\n\nDeux.\n")
            source.unlink()
            self.assertEqual(ev.build_speed_corpus(source, cache, min_bytes=6), cache)


class ReportTests(unittest.TestCase):
    def test_best_f1_is_bold(self):
        files = {"sequoia-dev": {"records": 1, "gold_boundaries": 2, "splitters": {
            "precis": ev.Counts(2, 0, 0).as_dict(), "pysbd": ev.Counts(1, 0, 1).as_dict()}}}
        table = ev.accuracy_table(files, [("precis", "Précis"), ("pysbd", "pySBD"), ("moses", "Moses")])
        self.assertIn("| sequoia-dev | 1 | 2 | 1.000 | 1.000 | **1.000** | 1.000 | 0.500 | 0.667 | n/a |", table[2])

    def test_missing_data_is_skipped(self):
        out = io.StringIO()
        with redirect_stdout(out):
            status = ev.main(["--data", "/nonexistent/segmentation", "--news-gold", "/nonexistent/news.jsonl"])
        self.assertEqual(status, 0)
        self.assertTrue(out.getvalue().startswith("skipped:"))


class GoldFilesTests(unittest.TestCase):
    def test_news_gold_is_scored_without_the_shared_data(self):
        gold = ev.gold_files(Path("/nonexistent/segmentation"), ev.NEWS_GOLD)
        self.assertEqual(gold, {ev.NEWS_NAME: ev.NEWS_GOLD})

    def test_news_file_comes_after_written_and_before_spoken(self):
        with tempfile.TemporaryDirectory() as tmp:
            for name in ("rhapsodie-dev", "sequoia-dev", "gsd-dev"):
                (Path(tmp) / f"{name}.jsonl").write_text("")
            (Path(tmp) / "repo").mkdir()
            news = Path(tmp) / "repo" / "news.jsonl"
            news.write_text("")
            names = list(ev.gold_files(Path(tmp), news))
        self.assertEqual(names, ["gsd-dev", "sequoia-dev", ev.NEWS_NAME, "rhapsodie-dev"])
        self.assertEqual(ev.file_group(ev.NEWS_NAME), "news")

    def test_gate_leaves_out_the_groups_skipped(self):
        with tempfile.TemporaryDirectory() as tmp:
            thresholds = Path(tmp) / "t.tsv"
            thresholds.write_text(f"sequoia-dev\t0.95\n{ev.NEWS_NAME}\t0.9\n")
            files = {ev.NEWS_NAME: {"splitters": {"precis": {"f1": 0.95}}}}
            stderr = io.StringIO()
            with redirect_stderr(stderr):
                self.assertEqual(ev.apply_gate(files, thresholds, ["written", "spoken", "other"]), 0)
                self.assertEqual(ev.apply_gate(files, thresholds), 1)
            self.assertIn("sequoia-dev: not evaluated", stderr.getvalue())


class NewsGoldTests(unittest.TestCase):
    """news-gold.jsonl is what its hand decisions build, and every boundary passes the checker."""

    def test_news_gold_is_sound_and_up_to_date(self):
        records, problems = news_gold.gold_problems()
        self.assertEqual(problems, [])
        self.assertEqual(len(records), news_gold.COUNT)

    def test_boundaries_are_code_point_ends_scored_as_starts(self):
        record = json.loads(ev.NEWS_GOLD.read_text(encoding="utf-8").splitlines()[0])
        text, bounds = record["text"], record["boundaries"]
        self.assertEqual(bounds[-1], len(text.rstrip()))
        self.assertEqual(len(ev.boundary_set(text, bounds)), len(bounds) - 1)

    def test_checker_flags_implausible_boundaries(self):
        pages = {"p": {"text": "M. Dupont est là. Il part.\nFin"}}
        record = {"id": "p", "text": pages["p"]["text"], "boundaries": [2, 6, 17, 26, 30]}
        problems = news_gold.check_record(record, pages)
        self.assertTrue(any(":2:" in p and "abbreviation" in p for p in problems))
        self.assertTrue(any(":6:" in p and "inside a word" in p for p in problems))
        self.assertFalse(any(":17:" in p or ":26:" in p for p in problems))


if __name__ == "__main__":
    unittest.main()

"""End-to-end tests of the scale-out paths: each must give the bytes of a single precis run.

    python3 -m unittest scaleout/spark/test_spark.py        (or: make test-spark)

Spark runs in local mode with 2 executor threads (local[2]) on the first 2,000 OrangeSum train
articles of ../shared/data/summarization/. PySpark is installed into .venv-spark (at the
repository root) when missing. The Spark tests skip, saying why, when `java` is not on the PATH
or ../shared is absent; the glossary test skips until `precis glossary merge` exists.

Environment: PRECIS_BIN (default .build/release/precis), PRECIS_SHARED (default ../shared),
PRECIS_SPARK_ARTICLES (default 2000).
"""

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

import check_shards  # noqa: E402
import precis_spark  # noqa: E402

PRECIS = os.path.abspath(os.environ.get("PRECIS_BIN", os.path.join(ROOT, ".build/release/precis")))
LEXICONS = os.path.join(ROOT, "Lexicons")
SHARED = os.path.abspath(os.environ.get("PRECIS_SHARED", os.path.join(ROOT, "..", "shared")))
CORPUS = os.path.join(SHARED, "data/summarization/orangesum-train.jsonl")
ARTICLES = int(os.environ.get("PRECIS_SPARK_ARTICLES", "2000"))
VENV = os.path.join(ROOT, ".venv-spark")
VENV_PYTHON = os.path.join(VENV, "bin", "python")
REQUIREMENTS = os.path.join(HERE, "requirements.txt")


def ensure_pyspark():
    """The venv's python, with PySpark installed (pinned in requirements.txt)."""
    probe = [VENV_PYTHON, "-c", "import pyspark"]
    if os.path.exists(VENV_PYTHON) and subprocess.run(probe, capture_output=True).returncode == 0:
        return VENV_PYTHON
    print(f"test_spark: installing PySpark into {VENV} (pip, {REQUIREMENTS})", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([VENV_PYTHON, "-m", "pip", "install", "--quiet", "-r", REQUIREMENTS], check=True)
    return VENV_PYTHON


def run_precis(*arguments, allowed=(0,)):
    """Runs precis; fails the test on an unexpected status."""
    result = subprocess.run([PRECIS, *arguments], capture_output=True, env={**os.environ, "PRECIS_LEXICONS": LEXICONS})
    if result.returncode not in allowed:
        raise AssertionError(f"precis {' '.join(arguments)}: status {result.returncode}\n{result.stderr.decode()}")
    return result


def read_bytes(path):
    with open(path, "rb") as file:
        return file.read()


class PureFunctionTests(unittest.TestCase):
    """The driver's id rule and the shard checker, without Spark."""

    def test_record_id_follows_precis(self):
        fields = ("id", "text", "title")
        self.assertEqual(precis_spark.record_id('{"id": "a", "text": "x"}', fields), "a")
        self.assertEqual(precis_spark.record_id('{"id": 12, "text": "x"}', fields), "12")
        self.assertEqual(precis_spark.record_id('{"id": 12.0, "text": "x"}', fields), "12")
        self.assertIsNone(precis_spark.record_id('{"id": true, "text": "x"}', fields))
        self.assertIsNone(precis_spark.record_id('{"id": "", "text": "x"}', fields))
        self.assertIsNone(precis_spark.record_id('{"id": "a"}', fields))
        self.assertIsNone(precis_spark.record_id('{"id": "a", "text": "x", "title": 3}', fields))
        self.assertIsNone(precis_spark.record_id('{"id": "a", "text": ', fields))
        self.assertIsNone(precis_spark.record_id("   ", fields))

    def test_output_id(self):
        self.assertEqual(precis_spark.output_id(b'{"id":"a\\"b","summary":""}'), 'a"b')
        self.assertEqual(precis_spark.output_id(b'{"summary":"","id":"c"}'), "c")

    def test_refused_options(self):
        with self.assertRaises(SystemExit), contextlib.redirect_stderr(io.StringIO()):
            precis_spark.parse_arguments(["in.jsonl", "-o", "o", "--precis", "p", "--lexicons", "l",
                                          "--command", "summarize", "--shard", "0/2"])
        args = precis_spark.parse_arguments(["in.jsonl", "-o", "o", "--precis", "p", "--lexicons", "l",
                                             "--command", "summarize", "--words", "60"])
        self.assertEqual(args.command, ["summarize", "--words", "60"])

    def test_check_shards_reports_a_missing_shard(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "part-0.jsonl")
            with open(path, "wb") as file:
                file.write(b'{"id":"a"}\n')
            with open(path + ".ordinals", "w") as file:
                file.write("1\n")
            manifest = {"signature": "s", "input_hash": "h", "input_records": 2, "shard": {"index": 0, "count": 2},
                        "written": 1, "rejected_records": 0, "skipped_other_shards": 1,
                        "output_hash": check_shards.fnv1a64(path)}
            with open(path + ".manifest.json", "w") as file:
                json.dump(manifest, file)
            problems = check_shards.check([path])
            self.assertEqual(problems, ["shards of 2: missing [1], repeated []"])


class ScaleOutTests(unittest.TestCase):
    """Spark (local[2]) and a simulated Slurm array against one precis run, byte for byte."""

    @classmethod
    def setUpClass(cls):
        if not os.path.exists(CORPUS):
            raise unittest.SkipTest(f"scale-out tests skipped: {CORPUS} is absent (../shared not mounted)")
        if not os.access(PRECIS, os.X_OK):
            raise unittest.SkipTest(f"scale-out tests skipped: no precis binary at {PRECIS} (run make release)")
        cls.directory = tempfile.mkdtemp(prefix="precis-scaleout-test-")
        cls.input = os.path.join(cls.directory, "articles.jsonl")
        with open(CORPUS, "rb") as source, open(cls.input, "wb") as target:
            for number, line in enumerate(source):
                if number == ARTICLES:
                    break
                target.write(line)
        cls.single = os.path.join(cls.directory, "single.jsonl")
        started = time.monotonic()
        run_precis("summarize", cls.input, "--no-progress", "-o", cls.single)
        cls.single_seconds = time.monotonic() - started

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.directory, ignore_errors=True)

    def spark(self, input_path, output, *extra, command=("summarize",), allowed=(0,)):
        """Runs the Spark driver in local[2]; returns (status, stderr)."""
        if shutil.which("java") is None:
            self.skipTest("Spark tests skipped: no `java` on the PATH (Spark needs Java 17; apt-get install "
                          "openjdk-17-jre-headless)")
        python = ensure_pyspark()
        arguments = [python, os.path.join(HERE, "precis_spark.py"), input_path, "-o", output, "--precis", PRECIS,
                     "--lexicons", LEXICONS, "--master", "local[2]", *extra, "--command", *command]
        result = subprocess.run(arguments, capture_output=True)
        stderr = result.stderr.decode("utf-8", "replace")
        if result.returncode not in allowed:
            self.fail(f"precis_spark.py: status {result.returncode}\n{stderr[-4000:]}")
        return result.returncode, stderr

    def test_spark_summaries_are_the_single_run_bytes(self):
        output = os.path.join(self.directory, "spark.jsonl")
        started = time.monotonic()
        self.spark(self.input, output, "--partitions", "4")
        seconds = time.monotonic() - started
        print(f"\ntest_spark: {ARTICLES} articles: single precis {self.single_seconds:.1f} s, "
              f"Spark local[2] {seconds:.1f} s (JVM start included)", file=sys.stderr)
        self.assertEqual(read_bytes(output), read_bytes(self.single))

    def test_spark_with_rejects_and_duplicates_gives_the_same_lines(self):
        # Bad lines spread over the partitions: broken JSON, a missing text, a blank line, and ids
        # repeated inside a partition and across partitions (a single run keeps the first).
        with open(self.input, "rb") as file:
            lines = file.read().split(b"\n")[:400]
        lines.insert(5, b'{"id": "broken", "text": ')
        lines.insert(50, b'{"id": "no-text"}')
        lines.insert(120, b"")
        lines.insert(130, lines[7])
        lines.insert(390, lines[2])
        lines.insert(395, b'{"id": 7, "text": "Le ministre a parl\xc3\xa9. Puis il est parti."}')
        path = os.path.join(self.directory, "bad.jsonl")
        with open(path, "wb") as file:
            file.write(b"\n".join(lines) + b"\n")
        single = os.path.join(self.directory, "bad-single.jsonl")
        single_run = run_precis("summarize", path, "--no-progress", "-o", single, allowed=(1,))
        output = os.path.join(self.directory, "bad-spark.jsonl")
        status, stderr = self.spark(path, output, "--partitions", "3", "--ship", allowed=(1,))
        self.assertEqual(read_bytes(output), read_bytes(single))
        # The same diagnostics, at the same path:line, in some order (partitions run concurrently).
        expected = sorted(line for line in single_run.stderr.decode().splitlines() if ": error: " in line)
        found = sorted(line for line in stderr.splitlines() if line.startswith(path + ":") and ": error: " in line)
        self.assertEqual(found, expected)

    def test_glossary_partitions_merge_into_the_single_run_glossary(self):
        # ArgumentParser answers --help of an unknown subcommand with the top-level help and status
        # 0: the usage line tells whether `glossary merge` exists.
        probe = subprocess.run([PRECIS, "glossary", "merge", "--help"], capture_output=True)
        if probe.returncode != 0 or b"precis glossary merge" not in probe.stdout:
            self.skipTest("glossary test skipped: this precis has no `glossary merge` command yet")
        output = os.path.join(self.directory, "glossary-spark.jsonl")
        glossary = os.path.join(self.directory, "batch-glossary-spark.jsonl")
        self.spark(self.input, output, "--partitions", "4", "--batch-glossary", glossary, command=("glossary",),
                   allowed=(0, 1))
        single = os.path.join(self.directory, "glossary-single.jsonl")
        single_glossary = os.path.join(self.directory, "batch-glossary-single.jsonl")
        run_precis("glossary", self.input, "--no-progress", "-o", single, "--batch-glossary", single_glossary,
                   allowed=(0, 1))
        self.assertEqual(read_bytes(output), read_bytes(single))
        self.assertEqual(read_bytes(glossary), read_bytes(single_glossary))

    def test_simulated_slurm_array_merges_into_the_single_run_bytes(self):
        outdir = os.path.join(self.directory, "slurm")
        result = subprocess.run(
            ["bash", os.path.join(ROOT, "scaleout/slurm/simulate.sh"), self.input, outdir, "3"],
            capture_output=True, env={**os.environ, "PRECIS": PRECIS, "PRECIS_LEXICONS": LEXICONS})
        self.assertEqual(result.returncode, 0, result.stderr.decode() + result.stdout.decode())
        self.assertIn("3 shards make one complete run", result.stdout.decode())
        self.assertEqual(read_bytes(os.path.join(outdir, "summaries.jsonl")), read_bytes(self.single))
        with open(os.path.join(outdir, "summaries.jsonl.manifest.json")) as merged, \
                open(self.single + ".manifest.json") as single:
            self.assertEqual(json.load(merged)["output_hash"], json.load(single)["output_hash"])


if __name__ == "__main__":
    unittest.main()

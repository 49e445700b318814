#!/usr/bin/env python3
"""Runs a Précis batch command on Apache Spark and writes the output a single run would write.

    spark-submit scaleout/spark/precis_spark.py INPUT.jsonl -o OUTPUT.jsonl \\
        --precis .build/release/precis --lexicons Lexicons --command summarize --words 60

The pipeline, in order (docs/scale-out.md explains each step):

1. Spark reads INPUT as text lines; ``zipWithIndex`` numbers them (0-based line index).
   Each partition is a contiguous run of lines, so the partition order is the input order.
2. A first, cheap pass finds ids that occur more than once in the whole input: a single run
   keeps the first occurrence and rejects the others, which a partition cannot see alone.
3. Each partition is streamed through one ``precis COMMAND … --jobs 1 -`` subprocess: a thread
   feeds the lines on stdin while the partition reads stdout line by line, so a partition is
   never held in memory. precis writes one line per accepted record, in input order, with an
   ``"id"`` field; each output line is re-attached to its input line by that id.
4. precis' diagnostics are forwarded to stderr with ``<stdin>:N`` rewritten to ``INPUT:LINE``,
   the location a single run reports. Exit status 1 means "some records were rejected", not a
   failed partition; any other status fails the task (and Spark retries it).
5. The driver streams the partitions in order (``toLocalIterator``) into OUTPUT, written
   atomically. With ``--batch-glossary FILE``, each partition's glossary comes back as one
   item and ``precis glossary merge`` combines them in partition (input) order into FILE.

"Same output": OUTPUT is byte for byte the ``-o`` output of ``precis COMMAND ARGS INPUT``, with
or without rejected records, as long as INPUT is UTF-8 with ``\\n`` line ends (see the guide).
"""

import argparse
import collections
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

# Options of the precis command that the driver owns or that a stream of JSONL lines cannot honour.
REFUSED_OPTIONS = {
    "-o": "the driver writes the output (give -o to the driver)",
    "--output": "the driver writes the output (give -o to the driver)",
    "--shard": "Spark partitions the input; do not shard as well",
    "--resume": "Spark retries failed partitions itself",
    "--manifest": "partitions write no manifest",
    "--rejects": "not supported on Spark yet: read the forwarded diagnostics",
    "--html": "one page per batch cannot be built from partitions",
    "--output-dir": "executors cannot write into the driver's folder",
    "--batch-glossary": "give --batch-glossary to the driver, which merges the partitions' glossaries",
    "--input-format": "the driver always feeds JSONL",
    "--lexicons": "give --lexicons to the driver",
    "--jobs": "give --jobs-per-partition to the driver",
}

# Scheduler variables that would make precis believe it is one shard of a job array.
SHARD_ENVIRONMENT = ("SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN",
                     "JOB_COMPLETION_INDEX", "PRECIS_SHARD_COUNT")

OUTPUT, GLOSSARY, COUNTS = 0, 1, 2


def parse_arguments(argv):
    """The driver's options, then everything after ``--command`` for precis."""
    parser = argparse.ArgumentParser(
        description="Run a precis batch command on Spark; the output is the single-run output.",
        epilog="Everything after --command goes to precis, e.g. --command summarize --words 60.")
    parser.add_argument("input", help="JSONL input (one record a line), any path Spark can read")
    parser.add_argument("-o", "--output", required=True, help="the JSONL output, on the driver's file system")
    parser.add_argument("--precis", required=True, help="the precis binary (a path on every executor, or --ship)")
    parser.add_argument("--lexicons", required=True, help="the Lexicons/ folder (a path on every executor, or --ship)")
    parser.add_argument("--ship", action="store_true",
                        help="send the binary and the Lexicons/ folder to the executors with SparkContext.addFile")
    parser.add_argument("--partitions", type=int, default=0,
                        help="minimum number of input partitions (default: 2 per executor core)")
    parser.add_argument("--jobs-per-partition", type=int, default=1, help="precis --jobs in each partition (default 1)")
    parser.add_argument("--batch-glossary", metavar="FILE",
                        help="also merge the partitions' --batch-glossary files with 'precis glossary merge' into FILE")
    parser.add_argument("--no-duplicate-check", action="store_true",
                        help="skip the pass that finds ids repeated across partitions (only for inputs known unique)")
    parser.add_argument("--master", help="Spark master when not run by spark-submit (default: local[*])")
    parser.add_argument("--command", nargs=argparse.REMAINDER, required=True,
                        help="the precis subcommand and its options (no input, no -o)")
    args = parser.parse_args(argv)
    if not args.command:
        parser.error("--command needs a precis subcommand, e.g. --command summarize")
    for word in args.command:
        name = word.split("=", 1)[0]
        if name in REFUSED_OPTIONS:
            parser.error(f"precis option {name} cannot be used on Spark: {REFUSED_OPTIONS[name]}")
    if any(word == "text" or word == "markdown" for word in _values_of(args.command, "--format")):
        parser.error("only JSONL output can be re-attached to its input (--format jsonl)")
    return args


def _values_of(words, option):
    """The values given to ``option`` in a list of command-line words."""
    values = []
    for position, word in enumerate(words):
        if word == option and position + 1 < len(words):
            values.append(words[position + 1])
        elif word.startswith(option + "="):
            values.append(word[len(option) + 1:])
    return values


def record_id(line, fields):
    """The id precis gives a JSONL line, or None when precis would not read it as a record.

    The same rule as precis: a non-empty string, or an integral number; the text (and the
    title, when the command reads one) must be strings. ``fields`` is (id, text, title or None).
    """
    id_field, text_field, title_field = fields
    try:
        value = json.loads(line)
    except ValueError:
        return None
    if not isinstance(value, dict) or not isinstance(value.get(text_field), str):
        return None
    if title_field is not None and title_field in value and not isinstance(value[title_field], str):
        return None
    raw = value.get(id_field)
    if isinstance(raw, str):
        return raw or None
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return None


def output_id(line):
    """The "id" field of one output line (precis writes it first; any order is accepted)."""
    prefix = b'{"id":'
    if line.startswith(prefix):
        try:
            value, _ = json.JSONDecoder().raw_decode(line[len(prefix):].decode("utf-8"))
            if isinstance(value, str):
                return value
        except ValueError:
            pass
    return json.loads(line).get("id")


def locate(path, shipped=False):
    """The executor's copy of a file: the copy SparkContext.addFile shipped, or the path itself."""
    if shipped:
        from pyspark import SparkFiles
        path = SparkFiles.get(os.path.basename(os.path.normpath(path)))
    if os.path.exists(path):
        return path
    raise FileNotFoundError(f"{path} is not on this executor: install it there, or pass --ship")


class PartitionRunner:
    """Streams one partition through one precis process; yields tagged output items.

    Items are ``(OUTPUT, index, line)`` for each output line (``index`` is the input line's
    0-based index), then ``(GLOSSARY, partition, text)`` when a batch glossary is asked for,
    then ``(COUNTS, partition, {...})``.
    """

    def __init__(self, settings, duplicates):
        self.settings = settings
        self.duplicates = duplicates

    def __call__(self, partition, rows):
        settings = self.settings
        precis = locate(settings["precis"], settings["shipped"])
        lexicons = locate(settings["lexicons"], settings["shipped"])
        workdir = tempfile.mkdtemp(prefix=f"precis-spark-{partition}-")
        try:
            yield from self._run(partition, rows, precis, lexicons, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    def _run(self, partition, rows, precis, lexicons, workdir):
        settings = self.settings
        command = [precis] + settings["command"] + [
            "--input-format", "jsonl", "--jobs", str(settings["jobs"]), "--no-progress", "--lexicons", lexicons]
        glossary_path = None
        if settings["batch_glossary"]:
            glossary_path = os.path.join(workdir, "glossary.jsonl")
            command += ["--batch-glossary", glossary_path]
        command.append("-")
        environment = {k: v for k, v in os.environ.items() if k not in SHARD_ENVIRONMENT}
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=environment, bufsize=1 << 16)
        # (line index, id) of each line fed, appended before the line is written: an output line
        # always finds its input here. Only the lines in flight are held.
        pending = collections.deque()
        first_index = []
        failure = []
        counts = {"lines": 0, "duplicates": 0, "written": 0, "errors": 0, "rejecting_partitions": 0, "precis_cpu": 0.0}
        duplicates = self.duplicates.value if self.duplicates is not None else {}
        fields = settings["fields"]

        def feed():
            try:
                for line, index in rows:
                    if not first_index:
                        first_index.append(index)
                    counts["lines"] += 1
                    identifier = record_id(line, fields)
                    if identifier is not None and duplicates.get(identifier, index) != index:
                        # A single run rejects every occurrence after the first, with this message.
                        counts["duplicates"] += 1
                        sys.stderr.write(f"{settings['input_name']}:{index + 1}: error: "
                                         f"duplicate id '{identifier}': record skipped\n")
                        line, identifier = "", None  # a blank line keeps precis' line numbers aligned with ours
                    pending.append((index, identifier))
                    process.stdin.write(line.encode("utf-8") + b"\n")
                process.stdin.close()
            except BrokenPipeError:
                pass  # precis stopped reading (--on-error fail, or a crash): its status says which
            except BaseException as error:  # noqa: BLE001 - re-raised in the partition's thread
                failure.append(error)
                try:
                    process.stdin.close()
                except OSError:
                    pass

        stderr_tail = collections.deque(maxlen=20)

        def forward():
            prefix = b"<stdin>:"
            for raw in process.stderr:
                text = raw.decode("utf-8", "replace").rstrip("\n")
                if raw.startswith(prefix):
                    number, _, rest = text[len(prefix):].partition(":")
                    if number.isdigit() and first_index:
                        text = f"{settings['input_name']}:{first_index[0] + int(number)}:{rest}"
                    if rest.startswith(" error: "):
                        counts["errors"] += 1
                elif text.startswith("precis: ") and " written, " in text:
                    text = f"precis: partition {partition}: " + text[len("precis: "):]
                stderr_tail.append(text)
                sys.stderr.write(text + "\n")
            sys.stderr.flush()

        feeder = threading.Thread(target=feed, name=f"precis-feed-{partition}", daemon=True)
        reader = threading.Thread(target=forward, name=f"precis-stderr-{partition}", daemon=True)
        feeder.start()
        reader.start()
        try:
            for line in process.stdout:
                line = line.rstrip(b"\n")
                wanted = output_id(line)
                while pending and pending[0][1] != wanted:
                    pending.popleft()  # a line precis rejected (or a blank one): it wrote nothing
                if not pending:
                    raise RuntimeError(f"partition {partition}: output id {wanted!r} matches no input line "
                                       f"in order: the driver's id rule differs from precis'")
                index, _ = pending.popleft()
                counts["written"] += 1
                yield (OUTPUT, index, line.decode("utf-8"))
            # wait4, not wait: the process's CPU time goes into the run's counts.
            _, code, usage = os.wait4(process.pid, 0)
            process.returncode = status = os.waitstatus_to_exitcode(code)
            counts["precis_cpu"] = usage.ru_utime + usage.ru_stime
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        feeder.join()
        reader.join()
        if failure:
            raise failure[0]
        stops_on_error = "fail" in _values_of(settings["command"], "--on-error")
        if status != 0 and not (status == 1 and not stops_on_error):
            tail = "\n".join(stderr_tail)
            raise RuntimeError(f"partition {partition}: precis exited with status {status}:\n{tail}")
        counts["rejecting_partitions"] = 1 if status == 1 else 0
        if glossary_path is not None:
            with open(glossary_path, encoding="utf-8") as glossary:
                yield (GLOSSARY, partition, glossary.read())
        yield (COUNTS, partition, counts)


def find_duplicates(numbered, fields):
    """{id: index of its first line} for every id found on more than one line of the input."""
    def first_and_count(a, b):
        return (min(a[0], b[0]), a[1] + b[1])

    pairs = numbered.map(lambda row: (record_id(row[0], fields), (row[1], 1)))
    repeated = pairs.filter(lambda pair: pair[0] is not None).reduceByKey(first_and_count) \
        .filter(lambda pair: pair[1][1] > 1)
    return {identifier: first for identifier, (first, _) in repeated.collect()}


@contextlib.contextmanager
def _removed_on_failure(path):
    """Deletes a partial output when the block fails: a failed run leaves no output behind."""
    try:
        yield
    except BaseException:
        try:
            os.remove(path)
        except OSError:
            pass
        raise


def run(args):
    """Runs the batch; returns precis' exit status convention (0, or 1 when records were rejected)."""
    if "PYSPARK_GATEWAY_PORT" not in os.environ:
        # Run by python, not spark-submit: local executors use this interpreter (a venv's, say).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    clock = [("start", time.monotonic())]
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("precis " + " ".join(args.command[:1]))
    if args.master:
        builder = builder.master(args.master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:  # not started by spark-submit, which sets the master
        builder = builder.master("local[*]")
    spark = builder.config("spark.ui.showConsoleProgress", "false").getOrCreate()
    context = spark.sparkContext
    context.setLogLevel("WARN")
    context.addPyFile(os.path.abspath(__file__))  # executors unpickle PartitionRunner from this module
    clock.append(("session", time.monotonic()))
    try:
        precis, lexicons = os.path.abspath(args.precis), os.path.abspath(args.lexicons)
        if args.ship:
            context.addFile(precis)
            context.addFile(lexicons, recursive=True)
        title_default = "title" if args.command[0] == "summarize" else None
        fields = ((_values_of(args.command, "--id-field") or ["id"])[-1],
                  (_values_of(args.command, "--text-field") or ["text"])[-1],
                  (_values_of(args.command, "--title-field") or [title_default])[-1])
        partitions = args.partitions or 2 * context.defaultParallelism
        numbered = context.textFile(args.input, minPartitions=partitions).zipWithIndex()
        clock.append(("numbering", time.monotonic()))  # zipWithIndex runs a job to count each partition's lines
        duplicates = None
        if not args.no_duplicate_check:
            found = find_duplicates(numbered, fields)
            duplicates = context.broadcast(found) if found else None
            clock.append(("duplicates", time.monotonic()))
        settings = {
            "precis": precis, "lexicons": lexicons, "command": list(args.command), "jobs": args.jobs_per_partition,
            "shipped": args.ship,
            "batch_glossary": bool(args.batch_glossary), "fields": fields, "input_name": args.input,
        }
        items = numbered.mapPartitionsWithIndex(PartitionRunner(settings, duplicates), preservesPartitioning=True)
        # Computed once, in parallel, kept on the executors' disks, then streamed to the driver in
        # partition order: the driver holds one partition's output at a time.
        items.persist(StorageLevel.DISK_ONLY)
        items.count()
        clock.append(("precis", time.monotonic()))
        totals = collections.Counter()
        glossaries = []
        partial = args.output + ".partial"
        os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
        last_index = -1
        with tempfile.TemporaryDirectory(prefix="precis-spark-glossaries-") as glossary_dir:
            with open(partial, "wb") as output, _removed_on_failure(partial):
                for kind, key, value in items.toLocalIterator(prefetchPartitions=True):
                    if kind == OUTPUT:
                        if key <= last_index:
                            raise RuntimeError(f"line {key + 1} arrived after line {last_index + 1}: order lost")
                        last_index = key
                        output.write(value.encode("utf-8") + b"\n")
                    elif kind == GLOSSARY:
                        path = os.path.join(glossary_dir, f"glossary-{key:05d}.jsonl")
                        with open(path, "w", encoding="utf-8") as part:
                            part.write(value)
                        glossaries.append(path)
                    else:
                        totals.update(value)
            os.replace(partial, args.output)
            if args.batch_glossary:
                merge = [locate(args.precis), "glossary", "merge", *glossaries, "-o", args.batch_glossary]
                subprocess.run(merge, check=True)
        items.unpersist()
        clock.append(("write", time.monotonic()))
        rejected = totals["errors"] + totals["duplicates"]
        sys.stderr.write(f"precis-spark: {totals['lines']} lines in {items.getNumPartitions()} partitions: "
                         f"{totals['written']} written, {rejected} rejected -> {args.output}; "
                         f"precis CPU {totals['precis_cpu']:.1f} s\n")
        steps = ", ".join(f"{name} {end - begin:.1f} s" for (_, begin), (name, end) in zip(clock, clock[1:]))
        sys.stderr.write(f"precis-spark: timings: {steps}, total {clock[-1][1] - clock[0][1]:.1f} s\n")
        return 1 if rejected > 0 or totals["rejecting_partitions"] > 0 else 0
    finally:
        spark.stop()


# The driver's exit statuses: precis' 0 and 1 (some records rejected, all others written), and
# one for a run that did not complete (a partition failed beyond Spark's retries, Spark or Java
# missing, an unreadable input): no output file is written then.
EXIT_FAILED = 70


def main(argv=None):
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    try:
        status = run(args)
    except Exception as error:  # noqa: BLE001 - one line for the user, then a distinct status
        # A partition's exception reaches the driver inside a Java stack trace: show its own line.
        text = str(error) or repr(error)
        found = re.search(r"^(?:RuntimeError|FileNotFoundError|OSError|ValueError): (.*)$", text, re.MULTILINE)
        sys.stderr.write(f"precis-spark: error: {found.group(1) if found else text.splitlines()[0]}\n")
        sys.exit(EXIT_FAILED)
    sys.exit(status)


if __name__ == "__main__":
    main()

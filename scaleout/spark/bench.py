#!/usr/bin/env python3
"""Benchmark: articles per second of one precis process and of the Spark path, same input.

    python3 scaleout/spark/bench.py --precis .build/release/precis \\
        --data ../shared/data/summarization --articles 6000        (or: make bench-spark)

Cases (stable names), all `summarize` with default options on the first N OrangeSum train
articles, each output checked byte for byte against the first case:

    precis --jobs 1       one process, one worker thread
    precis --jobs 2       one process, two worker threads (the machine's cores here)
    spark local[1]        precis_spark.py, 1 executor thread, precis --jobs 1 per partition
    spark local[2]        precis_spark.py, 2 executor threads, precis --jobs 1 per partition

Each case is run --repeat times (default 1) and the fastest wall time is kept, with the CPU time
of the precis processes (a check that Spark does not make precis itself slower). The Spark rows
also give the time the driver spends inside Spark jobs ("in jobs": from its own timings line,
without the JVM and session start-up), and the overhead against the single process with as
many threads: (Spark wall time / precis wall time) - 1. Needs java and PySpark (.venv-spark,
installed like the test does). Not run in CI: figures depend on the machine.
"""

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

from test_spark import ensure_pyspark  # noqa: E402


def timed(command, env=None):
    """Runs a command; returns (wall seconds, CPU seconds, stderr). Status 0 or 1 (rejects) is accepted.

    CPU seconds are user + system time of the command and of the children it waited for: all of
    precis' for a precis case. A Spark driver does not wait for its JVM, so for a Spark case the
    figure kept is precis' CPU time as the driver reports it (from wait4 on each partition).
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, env=env)
    seconds = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(command)} failed ({result.returncode}):\n{result.stderr.decode()[-3000:]}")
    return seconds, cpu, result.stderr.decode("utf-8", "replace")


def spark_job_seconds(stderr):
    """The driver's time inside Spark jobs (numbering, duplicates, precis, write), from its timings line."""
    steps = dict(re.findall(r"(\w+) ([0-9.]+) s", next((line for line in stderr.splitlines()
                                                          if line.startswith("precis-spark: timings:")), "")))
    return sum(float(steps.get(name, 0)) for name in ("numbering", "duplicates", "precis", "write"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--precis", default=os.path.join(ROOT, ".build/release/precis"))
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "summarization"))
    parser.add_argument("--articles", type=int, default=6000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--partitions-per-thread", type=int, default=2)
    args = parser.parse_args()
    corpus = os.path.join(args.data, "orangesum-train.jsonl")
    if not os.path.exists(corpus):
        sys.exit(f"bench: {corpus} is absent (../shared not mounted)")
    python = ensure_pyspark()
    load_before = os.getloadavg()[0]
    lexicons = os.path.join(ROOT, "Lexicons")
    env = {**os.environ, "PRECIS_LEXICONS": lexicons}
    with tempfile.TemporaryDirectory(prefix="precis-bench-spark-") as directory:
        source = os.path.join(directory, "articles.jsonl")
        with open(corpus, "rb") as full, open(source, "wb") as target:
            for number, line in enumerate(full):
                if number == args.articles:
                    break
                target.write(line)
        size = os.path.getsize(source)
        cases = []
        for jobs in (1, 2):
            cases.append((f"precis --jobs {jobs}", jobs,
                          [args.precis, "summarize", source, "--no-progress", "--jobs", str(jobs), "-o"]))
        for threads in (1, 2):
            cases.append((f"spark local[{threads}]", threads,
                          [python, os.path.join(HERE, "precis_spark.py"), source, "--precis", args.precis,
                           "--lexicons", lexicons, "--master", f"local[{threads}]",
                           "--partitions", str(args.partitions_per_thread * threads), "--command", "summarize",
                           "-o"]))
        results = {}
        reference = None
        for name, threads, command in cases:
            best = None
            for attempt in range(args.repeat):
                output = os.path.join(directory, f"out-{len(results)}-{attempt}.jsonl")
                if command[0] == python:
                    # argparse.REMAINDER takes everything after --command: put -o before it.
                    position = command.index("--command")
                    run = command[:position] + ["-o", output] + command[position:-1]
                else:
                    run = command + [output]
                seconds, cpu, stderr = timed(run, env)
                with open(output, "rb") as file:
                    data = file.read()
                if reference is None:
                    reference = data
                elif data != reference:
                    sys.exit(f"bench: {name}: the output differs from precis --jobs 1")
                in_jobs = spark_job_seconds(stderr) if command[0] == python else None
                if in_jobs is not None:
                    cpu = float(re.search(r"precis CPU ([0-9.]+) s", stderr).group(1))
                if best is None or seconds < best[0]:
                    best = (seconds, in_jobs, cpu)
            results[name] = (threads,) + best
            print(f"bench: {name}: {best[0]:.1f} s, CPU {best[2]:.1f} s", file=sys.stderr)

    load = os.getloadavg()[0]
    print(f"\n{args.articles} OrangeSum articles ({size / 1e6:.1f} MB), summarize, {os.cpu_count()} cores, "
          f"best of {args.repeat}; load average at the start {load_before:.1f}, at the end {load:.1f}\n")
    print("| case | wall s | articles/s | precis CPU s | in Spark jobs s | articles/s in jobs "
          "| overhead vs precis, same threads: wall · in jobs |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, (threads, seconds, in_jobs, cpu) in results.items():
        rate = args.articles / seconds
        if in_jobs is None:
            print(f"| {name} | {seconds:.1f} | {rate:.0f} | {cpu:.1f} | | | |")
            continue
        _, single, _, _ = results[f"precis --jobs {threads}"]
        print(f"| {name} | {seconds:.1f} | {rate:.0f} | {cpu:.1f} | {in_jobs:.1f} | {args.articles / in_jobs:.0f} | "
              f"{(seconds / single - 1) * 100:+.0f}% · {(in_jobs / single - 1) * 100:+.0f}% |")


if __name__ == "__main__":
    main()

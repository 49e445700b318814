#!/usr/bin/env python3
"""Glossary matching speed: Précis next to flashtext, same corpus and terms, same run.

Builds a French news corpus of at least --megabytes MB from the texts of
orangesum-train.jsonl (written once to .build/bench/glossary-corpus.txt), runs
`precis benchmark glossary --corpus … --json` (in-process, one thread, release build)
and times flashtext's KeywordProcessor on the same chunks with every French form of the
same lexicon (fr and variants of every *.tsv in Lexicons/fr-en). flashtext is installed
from PyPI into .venv-glossary when missing.

flashtext is not an equal peer: its word boundaries are ASCII ([A-Za-z0-9_]), so accented
letters end words ("sécurité" is found inside "insécurité"); it knows no elisions, no
inflection and no case-sensitive acronyms. It is the usual fast dictionary matcher in
Python, hence the comparison. Stdlib only in this process; flashtext runs in the venv.
"""

import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VENV = os.path.join(ROOT, ".venv-glossary")


def build_corpus(source, target, megabytes):
    """Writes article texts (paragraphs separated by blank lines) until `megabytes` MB."""
    if os.path.exists(target) and os.path.getsize(target) >= megabytes * 1_000_000:
        return target
    os.makedirs(os.path.dirname(target), exist_ok=True)
    size = 0
    with open(source, encoding="utf-8") as lines, open(target + ".tmp", "w", encoding="utf-8") as out:
        for line in lines:
            text = json.loads(line).get("text", "")
            paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
            if not paragraphs:
                continue
            block = "\n\n".join(paragraphs) + "\n\n"
            out.write(block)
            size += len(block.encode("utf-8"))
            if size >= megabytes * 1_000_000:
                break
    os.replace(target + ".tmp", target)
    return target


def chunks(text, max_characters):
    """Whole paragraphs grouped into chunks of at most max_characters (as Précis does)."""
    result, current, length = [], [], 0
    for paragraph in text.split("\n\n"):
        count = len(paragraph)
        if current and length + 2 + count > max_characters:
            result.append("\n\n".join(current))
            current, length = [], 0
        length += count + (2 if current else 0)
        current.append(paragraph)
    if current:
        result.append("\n\n".join(current))
    return result


def lexicon_forms(directory):
    """Every French form (fr and variants) of every lexicon row, with its id."""
    forms = []
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".tsv"):
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as handle:
            header = None
            for line in handle:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                cells = line.split("\t")
                if header is None:
                    header = cells
                    continue
                if len(cells) != 12:
                    continue
                forms.append((cells[1], cells[0]))
                forms.extend((v, cells[0]) for v in cells[2].split("|") if v.strip())
    return forms


FLASHTEXT_RUNNER = r"""
import json, sys, time
from flashtext import KeywordProcessor
corpus, chunk, forms_path, repeat = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
sys.path.insert(0, sys.argv[5])
from bench import chunks
text = open(corpus, encoding="utf-8").read()
parts = chunks(text, chunk)
forms = json.load(open(forms_path, encoding="utf-8"))
start = time.perf_counter()
processor = KeywordProcessor(case_sensitive=False)
for form, ident in forms:
    processor.add_keyword(form, ident)
compile_ms = (time.perf_counter() - start) * 1000
best, found = float("inf"), 0
for _ in range(repeat):
    start = time.perf_counter()
    found = sum(len(processor.extract_keywords(part)) for part in parts)
    best = min(best, time.perf_counter() - start)
size = len(text.encode("utf-8"))
print(json.dumps({"flashtext_mb_s": round(size / 1e6 / best, 2), "flashtext_matches": found,
                  "flashtext_compile_ms": round(compile_ms, 1)}))
"""


def ensure_flashtext():
    """The venv's python with flashtext installed, or None when it cannot be installed."""
    python = os.path.join(VENV, "bin", "python")
    check = [python, "-c", "import flashtext"]
    if os.path.exists(python) and subprocess.run(check, capture_output=True).returncode == 0:
        return python
    print("bench: installing flashtext from PyPI into .venv-glossary", file=sys.stderr)
    try:
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "flashtext==2.7"], check=True)
    except (subprocess.CalledProcessError, OSError) as error:
        print(f"bench: flashtext unavailable ({error}): skipped", file=sys.stderr)
        return None
    return python


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--precis", default=os.path.join(ROOT, ".build/release/precis"))
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "summarization"))
    parser.add_argument("--lexicons", default=os.path.join(ROOT, "Lexicons"))
    parser.add_argument("--megabytes", type=int, default=20)
    parser.add_argument("--chunk", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--report", default=os.path.join(ROOT, ".build", "bench", "glossary.json"))
    parser.add_argument("--no-flashtext", action="store_true")
    args = parser.parse_args(argv)

    source = os.path.join(args.data, "orangesum-train.jsonl")
    if not os.path.exists(source):
        print(f"bench glossary: skipped: {source} not found (../shared is missing)")
        return 0
    corpus = build_corpus(source, os.path.join(ROOT, ".build", "bench", "glossary-corpus.txt"), args.megabytes)
    command = [args.precis, "benchmark", "glossary", "--corpus", corpus, "--json", "--repeat", str(args.repeat),
               "--chunk", str(args.chunk), "--lexicons", args.lexicons]
    report = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)

    python = None if args.no_flashtext else ensure_flashtext()
    if python:
        forms_path = os.path.join(ROOT, ".build", "bench", "glossary-forms.json")
        with open(forms_path, "w", encoding="utf-8") as handle:
            json.dump(lexicon_forms(os.path.join(args.lexicons, "fr-en")), handle, ensure_ascii=False)
        runner = subprocess.run([python, "-c", FLASHTEXT_RUNNER, corpus, str(args.chunk), forms_path,
                                 str(args.repeat), os.path.dirname(os.path.abspath(__file__))],
                                check=True, capture_output=True, text=True)
        report.update(json.loads(runner.stdout))
        report["ratio_precis_flashtext"] = round(report["precis_mb_s"] / report["flashtext_mb_s"], 2)

    os.makedirs(os.path.dirname(args.report), exist_ok=True)
    with open(args.report, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2)
        handle.write("\n")
    print(f"glossary bench: {report['bytes'] / 1e6:.1f} MB, {report['chunks']} chunks, "
          f"{report['entries']} entries ({report['forms']} forms)")
    print(f"  lexicon load {report['load_ms']} ms, compile {report['compile_ms']} ms (target ≤ 100 ms together)")
    print(f"  Précis    {report['precis_mb_s']:8.1f} MB/s  {report['precis_matches']} matches (target ≥ 50 MB/s)")
    if "flashtext_mb_s" in report:
        print(f"  flashtext {report['flashtext_mb_s']:8.1f} MB/s  {report['flashtext_matches']} matches "
              f"(ASCII word boundaries; compile {report['flashtext_compile_ms']} ms)")
        print(f"  ratio Précis / flashtext: {report['ratio_precis_flashtext']}")
    print(f"  report: {os.path.relpath(args.report, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

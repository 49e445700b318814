"""Shared helpers of the ROUGE scripts: the virtual environment, the data, lead-2 pairs.

Standard library only at module level; rouge-score is imported by the callers once they run
inside the virtual environment this module creates.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List, Tuple

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
VENV_DIR = REPO_ROOT / ".venv-rouge"
REQUIREMENTS = HERE / "requirements.txt"
VENV_STAMP = VENV_DIR / ".requirements.sha256"
REEXEC_ENV = "PRECIS_ROUGE_IN_VENV"
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "summarization"
VALID_FILE = "orangesum-valid.jsonl"

sys.path.insert(0, str(REPO_ROOT / "Evaluation" / "summarization"))
import lead_k  # noqa: E402  (a sibling script, standard library only)


def ensure_venv(script: Path, argv: List[str]) -> None:
    """Re-run `script` under .venv-rouge, creating it and installing requirements.txt first.

    Returns only when already running inside the environment.
    """
    if os.environ.get(REEXEC_ENV) == "1":
        return
    python = VENV_DIR / "bin" / "python"
    digest = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if not python.exists() or not VENV_STAMP.exists() or VENV_STAMP.read_text().strip() != digest:
        print(f"rouge: creating {VENV_DIR.relative_to(REPO_ROOT)} with {REQUIREMENTS.relative_to(REPO_ROOT)}",
              file=sys.stderr)
        if not python.exists():
            create_venv()
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-r", str(REQUIREMENTS)], check=True)
        VENV_STAMP.write_text(digest + "\n")
    env = dict(os.environ, **{REEXEC_ENV: "1"})
    os.execve(str(python), [str(python), str(script), *argv], env)


def create_venv() -> None:
    """`python3 -m venv .venv-rouge`; on Debian without python3-venv, install it first (as root)."""
    if subprocess.run([sys.executable, "-m", "venv", str(VENV_DIR)]).returncode == 0:
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("rouge: installing Debian package: python3-venv", file=sys.stderr)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "python3-venv"], check=True, env=env)
        shutil.rmtree(VENV_DIR, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV_DIR)], check=True)
        return
    raise SystemExit("rouge: cannot create a virtual environment: install python3-venv")


def load_articles(data: Path, limit: int | None = None) -> List[dict]:
    """Records of orangesum-valid.jsonl, in file order."""
    records = []
    with (data / VALID_FILE).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                records.append(json.loads(line))
                if limit is not None and len(records) >= limit:
                    break
    return records


def lead2_pairs(precis: str, data: Path, limit: int | None, workdir: Path) -> List[Tuple[str, str, List[str], List[str]]]:
    """(id, reference, reference sentences, lead-2 sentences) for the first `limit` articles.

    Sentences come from `precis segment`, for the articles' text and for the references.
    """
    records = load_articles(data, limit)
    articles = workdir / "articles.jsonl"
    with articles.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps({"id": record["id"], "text": record["text"], "summary": record["summary"]},
                                 ensure_ascii=False) + "\n")
    text_sentences = lead_k.segment(precis, articles, "text")
    summary_sentences = lead_k.segment(precis, articles, "summary")
    pairs = []
    for record in records:
        lead = [" ".join(s.split()) for s in text_sentences.get(record["id"], [])[:2]]
        reference = [" ".join(s.split()) for s in summary_sentences.get(record["id"], [])]
        pairs.append((record["id"], record["summary"], reference, lead))
    return pairs


def write_jsonl(path: Path, rows: List[dict]) -> None:
    """One JSON object a line, UTF-8, non-ASCII kept."""
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def scratch_dir() -> Path:
    """A new temporary directory, removed when the script exits."""
    path = tempfile.mkdtemp(prefix="precis-rouge-")
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return Path(path)

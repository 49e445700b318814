#!/usr/bin/env python3
"""Renders Précis' ROUGE HTML report in headless Chromium and checks the screenshot.

Uses .build/eval/rouge-french.html (written by `make evaluate-summaries`) or, without
../shared, a report of the test fixtures in Tests/precisTests/Fixtures/rouge. Checks that the
page has its SVG plots and that Chromium's PNG is a real rendering (its pixels vary), then
prints the PNG's path so a person can look at it. Exit status: 0 rendered (or Chromium
missing: prints "skipped"), 1 the check failed. Standard library only.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import List

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
FIXTURES = REPO_ROOT / "Tests" / "precisTests" / "Fixtures" / "rouge"
WIDTH, HEIGHT = 1280, 1600


def png_pixels_vary(path: Path) -> bool:
    """Whether a PNG's decompressed image data holds many distinct byte values (not blank)."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return False
    offset, idat = 8, b""
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        if kind == b"IDAT":
            idat += data[offset + 8:offset + 8 + length]
        offset += 12 + length
    return len(set(zlib.decompress(idat))) >= 50


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--precis", default=str(REPO_ROOT / ".build" / "release" / "precis"))
    parser.add_argument("--report-dir", type=Path, default=REPO_ROOT / ".build" / "eval")
    args = parser.parse_args(argv)
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("check-html: skipped: chromium not installed (apt-get install chromium)")
        return 0
    args.report_dir.mkdir(parents=True, exist_ok=True)
    report = args.report_dir / "rouge-french.html"
    if not report.exists():
        report = args.report_dir / "rouge-fixtures.html"
        subprocess.run([args.precis, "evaluate", "-r", str(FIXTURES / "references.jsonl"),
                        "-c", str(FIXTURES / "candidates.jsonl"), "--baseline", str(FIXTURES / "baseline.jsonl"),
                        "--html", str(report)], check=True, capture_output=True)
    html = report.read_text(encoding="utf-8")
    svgs = html.count("<svg ")
    screenshot = report.with_suffix(".png")
    screenshot.unlink(missing_ok=True)
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={screenshot}", report.resolve().as_uri()],
                   capture_output=True, timeout=120)
    problems = []
    if svgs < 5:
        problems.append(f"{report}: {svgs} SVG plots, expected at least 5")
    if not screenshot.exists():
        problems.append(f"chromium wrote no screenshot of {report}")
    elif not png_pixels_vary(screenshot):
        problems.append(f"{screenshot}: blank rendering")
    for problem in problems:
        print(f"check-html: FAILED: {problem}", file=sys.stderr)
    if not problems:
        print(f"check-html: {report.name} rendered by {Path(browser).name} with {svgs} SVG plots: {screenshot}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

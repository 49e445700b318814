#!/usr/bin/env python3
"""The news-page segmentation gold: draw the pages, show them for annotation, build and check it.

    python3 Evaluation/segmentation/news_gold.py draw            # the drawn page ids
    python3 Evaluation/segmentation/news_gold.py show ID [ID…]   # a page with its numbered places
    python3 Evaluation/segmentation/news_gold.py build           # decisions → news-gold.jsonl
    python3 Evaluation/segmentation/news_gold.py check           # news-gold.jsonl is sound
    python3 Evaluation/segmentation/news_gold.py render ID       # a gold page with ÷ markers
    python3 Evaluation/segmentation/news_gold.py errors [PRECIS [icu]]  # misses and false boundaries

The pages are drawn from Evaluation/summarization/outlets/articles.jsonl by
`random.Random(SEED).sample(sorted ids, COUNT)`; the gold text is each page's `text` as is.

`show` numbers the places where a sentence may start (a "place" is the offset of the first
non-whitespace character after it): after a run of . ! ? … (with the closing quotes and
brackets that follow), after a line break, and where a lowercase letter, a digit, a closing
bracket or a run of capitals is glued to a capital (a scraper's lost line break). It marks
nothing as a boundary: the annotator decides each place by reading the page. The decisions
(news-gold-decisions.tsv) are written as exceptions: a place after punctuation or a line break
is a sentence start unless listed `no`; a glued place is not unless listed `yes`; `add` gives a
start that no place marks, as `left|right` context that occurs once in the page.

Only the standard library is used; offsets are in code points (Python string indices).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Dict, List, Tuple

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
PAGES = REPO_ROOT / "Evaluation" / "summarization" / "outlets" / "articles.jsonl"
PAGES_REL = "Evaluation/summarization/outlets/articles.jsonl"
DECISIONS = HERE / "news-gold-decisions.tsv"
GOLD = HERE / "news-gold.jsonl"
SEED = 20261130
COUNT = 40
# The gold was drawn from the file's first 638 pages (sets 1 to 53 of the outlets' README);
# pages appended later are not in the draw, so that it stays the same.
DRAWN_FROM = 638

TERMINATOR = re.compile(r"[.!?…]+[»”\"’)\]]*(?=\s|$|[A-ZÀ-ÖØ-Þ«\"“])")
LINE_BREAK = re.compile(r"[ \t\u00a0\u202f]*\n\s*")
GLUED = re.compile(r"(?<=[a-zà-öø-ÿ0-9)\]»])(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'])|(?<=[A-ZÀ-ÖØ-Þ]{2})(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'])")


def load_pages() -> Dict[str, dict]:
    """The outlet pages by id, in file order."""
    with PAGES.open(encoding="utf-8") as handle:
        return {r["id"]: r for r in (json.loads(line) for line in handle if line.strip())}


def drawn_ids(pages: Dict[str, dict]) -> List[str]:
    """The COUNT page ids drawn with SEED among the first DRAWN_FROM pages, in id order."""
    return sorted(random.Random(SEED).sample(sorted(list(pages)[:DRAWN_FROM]), COUNT))


def skip_space(text: str, offset: int) -> int:
    """The first non-whitespace offset at or after `offset` (len(text) if none)."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def places(text: str) -> List[Tuple[int, str]]:
    """(offset, kind) of every place to decide, in text order; kind is 'P' (punctuation),
    'N' (line break), 'PN' (both) or 'G' (glued); the end of the text is not a place."""
    found: Dict[int, str] = {}
    for match in TERMINATOR.finditer(text):
        at = skip_space(text, match.end())
        if at < len(text):
            found[at] = "P"
    for match in LINE_BREAK.finditer(text):
        at = match.end()
        if 0 < match.start() and at < len(text):
            found[at] = "PN" if found.get(at) == "P" else "N"
    for match in GLUED.finditer(text):
        found.setdefault(match.start(), "G")
    return sorted(found.items())


def show(page_id: str, pages: Dict[str, dict]) -> str:
    """The page with ⟨n⟩ before every place (⟨n:G⟩ for glued ones)."""
    text = pages[page_id]["text"]
    out, last = [], 0
    for number, (at, kind) in enumerate(places(text)):
        out.append(text[last:at])
        out.append(f"⟨{number}{':G' if kind == 'G' else ''}⟩")
        last = at
    out.append(text[last:])
    return f"=== {page_id} ({pages[page_id]['outlet']})\n" + "".join(out)


def read_decisions(path: Path = DECISIONS) -> Dict[str, dict]:
    """id → {'no': set, 'yes': set, 'add': [(left, right)]} from the decisions file."""
    decisions: Dict[str, dict] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if fields[0] == "id":
            continue
        if len(fields) < 3:
            raise ValueError(f"{path}:{number}: expected id<TAB>no|yes|add<TAB>value[<TAB>why]")
        page_id, kind, value = fields[0], fields[1], fields[2]
        entry = decisions.setdefault(page_id, {"no": set(), "yes": set(), "add": [], "checked": set()})
        if kind in ("no", "yes"):
            entry[kind].update(int(v) for v in value.split(",") if v.strip())
        elif kind == "add":
            if value.count("|") != 1:
                raise ValueError(f"{path}:{number}: an add is 'left|right', got {value!r}")
            entry["add"].append(tuple(value.split("|")))
        elif kind == "checked":
            entry["checked"].update(int(v) for v in value.split(",") if v.strip())
        elif kind != "ok":
            raise ValueError(f"{path}:{number}: unknown decision {kind!r}")
    return decisions


def sentence_starts(text: str, decision: dict, page_id: str) -> List[int]:
    """Gold sentence starts of one page (0 first), from its places and decisions."""
    numbered = places(text)
    for n in decision["no"] | decision["yes"]:
        if not 0 <= n < len(numbered):
            raise ValueError(f"{page_id}: place {n} does not exist ({len(numbered)} places)")
    for n in decision["no"]:
        if numbered[n][1] == "G":
            raise ValueError(f"{page_id}: place {n} is glued, not a boundary by default: 'no' is meaningless")
    for n in decision["yes"]:
        if numbered[n][1] != "G":
            raise ValueError(f"{page_id}: place {n} is not glued: 'yes' is meaningless")
    starts = {0}
    for n, (at, kind) in enumerate(numbered):
        if (kind != "G" and n not in decision["no"]) or n in decision["yes"]:
            starts.add(at)
    for left, right in decision["add"]:
        needle = left + right
        hits = [m.start() for m in re.finditer(re.escape(needle), text)]
        if len(hits) != 1:
            raise ValueError(f"{page_id}: add {left}|{right} found {len(hits)} times, not once")
        starts.add(skip_space(text, hits[0] + len(left)))
    return sorted(starts)


def boundaries_from_starts(text: str, starts: List[int]) -> List[int]:
    """Exclusive end offsets of the sentences (after their last non-whitespace character)."""
    ends = []
    for following in starts[1:] + [len(text)]:
        end = following
        while end > 0 and text[end - 1].isspace():
            end -= 1
        ends.append(end)
    return ends


def gold_lines() -> List[str]:
    """The lines of news-gold.jsonl, from the drawn pages and the decisions (ValueError if they
    do not match: a drawn page without decisions, or decisions for a page not drawn)."""
    pages = load_pages()
    decisions = read_decisions()
    ids = drawn_ids(pages)
    missing = [i for i in ids if i not in decisions]
    extra = [i for i in decisions if i not in ids]
    if missing or extra:
        raise ValueError(f"pages without decisions: {missing}; decisions for pages not drawn: {extra}")
    lines = []
    for page_id in ids:
        text = pages[page_id]["text"]
        boundaries = boundaries_from_starts(text, sentence_starts(text, decisions[page_id], page_id))
        record = {"id": page_id, "source": f"{PAGES_REL}:{page_id}", "text": text, "boundaries": boundaries}
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return lines


def build() -> int:
    """Write news-gold.jsonl from the drawn pages and the decisions."""
    try:
        lines = gold_lines()
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    GOLD.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {GOLD.relative_to(REPO_ROOT)}: {len(lines)} pages")
    return 0


ABBREVIATION_BEFORE = re.compile(r"(?:\b(?:M|Mme|Mmes|MM|Dr|Pr|Me|Mgr|St|Ste|cf|p|art|av|n°|etc|gén|col|cdt|lt|sgt|adj|ex)|\b[A-ZÀ-Þ])\.$")


def check_record(record: dict, pages: Dict[str, dict], reviewed: frozenset = frozenset()) -> List[str]:
    """Problems of one gold record: offsets out of range or unsorted, text differing from its page,
    and boundaries at implausible places (inside a word, after an abbreviation or an initial,
    before a lowercase word without a line break, with nothing but whitespace in a sentence).
    Offsets in `reviewed` are not flagged as implausible (they were read and kept)."""
    problems = []
    page_id, text, bounds = record["id"], record["text"], record["boundaries"]
    if page_id not in pages or pages[page_id]["text"] != text:
        problems.append(f"{page_id}: text differs from {PAGES_REL}")
    if bounds != sorted(set(bounds)):
        problems.append(f"{page_id}: boundaries not strictly increasing")
    if not bounds or bounds[-1] != len(text.rstrip()):
        problems.append(f"{page_id}: the last boundary is not the end of the text")
    previous = 0
    for b in bounds:
        if not 0 < b <= len(text):
            problems.append(f"{page_id}:{b}: outside the text (length {len(text)})")
            continue
        sentence = text[previous:b]
        where = f"{page_id}:{b}: …{text[max(0, b - 30):b]!r} ÷ {text[b:b + 30]!r}…"
        if not sentence.strip():
            problems.append(f"{where}: empty sentence")
        if text[b - 1].isspace():
            problems.append(f"{where}: ends with whitespace")
        after = skip_space(text, b)
        if after < len(text) and b not in reviewed:
            gap = text[b:after]
            glued = not gap
            if glued and text[b - 1].isalnum() and text[after].isalnum() and not (
                    text[after].isupper() and (text[b - 1].islower() or text[b - 1].isdigit() or text[b - 2:b].isupper())):
                problems.append(f"{where}: inside a word")
            if "\n" not in gap and text[after].islower():
                problems.append(f"{where}: a lowercase word follows on the same line")
            if "\n" not in gap and ABBREVIATION_BEFORE.search(text[max(0, b - 6):b]):
                problems.append(f"{where}: after an abbreviation or an initial")
        previous = b
    return problems


def gold_problems() -> Tuple[List[dict], List[str]]:
    """The records of news-gold.jsonl and their problems (see check_record), plus a problem if
    the file does not hold exactly the drawn pages or differs from what the decisions build."""
    pages = load_pages()
    decisions = read_decisions()
    with GOLD.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip()]
    records = [json.loads(line) for line in lines]
    problems = []
    try:
        if lines != gold_lines():
            problems.append("news-gold.jsonl differs from what news-gold-decisions.tsv builds (run `build`)")
    except ValueError as error:
        problems.append(str(error))
    if sorted(r["id"] for r in records) != drawn_ids(pages):
        problems.append("news-gold.jsonl does not hold exactly the drawn pages")
    for record in records:
        if set(record) != {"id", "source", "text", "boundaries"}:
            problems.append(f"{record.get('id')}: fields {sorted(record)}")
        reviewed = frozenset(decisions.get(record["id"], {}).get("checked", ()))
        problems += check_record(record, pages, reviewed)
    return records, problems


def check() -> int:
    """Check news-gold.jsonl: exit 1 with one line per problem."""
    records, problems = gold_problems()
    for problem in problems:
        print(problem, file=sys.stderr)
    total = sum(len(r["boundaries"]) for r in records)
    print(f"{len(records)} pages, {total} sentences, {len(problems)} problems")
    return 1 if problems else 0


def render(page_id: str) -> str:
    """A gold page with ÷ at each boundary but the last."""
    with GOLD.open(encoding="utf-8") as handle:
        record = next(r for r in (json.loads(line) for line in handle) if r["id"] == page_id)
    text, out, last = record["text"], [], 0
    for b in record["boundaries"][:-1]:
        out += [text[last:b], " ÷"]
        last = b
    return "".join(out) + text[last:]


def errors(binary: Path, engine: str = "") -> str:
    """Every missed (FN) and false (FP) boundary of `precis segment` on the gold, in context,
    as evaluate.py scores them (offsets normalised over whitespace)."""
    import evaluate

    with GOLD.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    predictions = evaluate.run_precis_segment(binary, GOLD, records, engine or None)
    lines = []
    for record, predicted in zip(records, predictions):
        text = record["text"]
        gold = evaluate.boundary_set(text, record["boundaries"])
        found = evaluate.boundary_set(text, predicted)
        for kind, offsets in (("FN", gold - found), ("FP", found - gold)):
            for at in sorted(offsets):
                left = text[max(0, at - 50):at].replace("\n", "⏎")
                right = text[at:at + 40].replace("\n", "⏎")
                lines.append(f"{kind}\t{record['id']}:{at}\t…{left} ÷ {right}…")
    return "\n".join(sorted(lines, key=lambda line: (line.split("\t")[1].split(":")[0], line.split("\t")[0])))


def main(argv: List[str]) -> int:
    """Dispatch the subcommands."""
    if not argv:
        print(__doc__, file=sys.stderr)
        return 64
    command, rest = argv[0], argv[1:]
    if command == "draw":
        print("\n".join(drawn_ids(load_pages())))
        return 0
    if command == "show":
        pages = load_pages()
        print("\n\n".join(show(i, pages) for i in (rest or drawn_ids(pages))))
        return 0
    if command == "build":
        return build()
    if command == "check":
        return check()
    if command == "errors":
        binary = Path(rest[0]) if rest else REPO_ROOT / ".build" / "release" / "precis"
        print(errors(binary, rest[1] if len(rest) > 1 else ""))
        return 0
    if command == "render":
        print("\n\n".join(render(i) for i in rest))
        return 0
    print(f"error: unknown command {command!r}", file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

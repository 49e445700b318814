#!/usr/bin/env python3
"""Build Lexicons/fr-en/franceterme.tsv from the FranceTerme snapshots in shared/.

Reproducible and stdlib-only. Inputs:
  * ../shared/data/terminology/franceterme-security.tsv  (French, English, domain; no header)
  * ../shared/data/terminology/franceterme.tsv           (same format, all domains)
  * tools/franceterme-selection.tsv (hand-kept): which French terms to keep, the kind and
    domain assigned to each, and optional overrides (preferred English, extra or dropped
    English alternatives, extra French variants, country, case, note, id).

A selected French term is looked up in the security file first; only when it is absent
there is the general file used (so that e.g. the telecom senses of "brouillage" do not leak
into the defence entry). Several rows may share a French term: the first English is the
preferred rendering, the others become alternatives, in file order.

Usage (from the repository root or anywhere):
  python3 Lexicons/fr-en/tools/import_franceterme.py [--shared PATH] [--out PATH]
Exits 1 with file:line diagnostics when a selected term is missing or a field is invalid.
"""
import argparse
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(LEXDIR))

HEADER = ["id", "fr", "variants", "en", "alternatives", "kind", "domain",
          "status", "country", "case", "note", "source"]
SELECTION_HEADER = ["fr", "kind", "domain", "en", "add_alternatives", "drop_alternatives",
                    "variants", "country", "case", "note", "id"]
KINDS = {"institution", "acronym", "title", "legal", "military", "diplomatic",
         "police", "cyber", "concept"}
DOMAINS = {"policing", "justice", "defence", "intelligence", "terrorism", "cyber",
           "borders", "diplomacy", "government", "international"}
SOURCE = ("FranceTerme (Commission d'enrichissement de la langue française), "
          "Licence Ouverte/Etalab")


def nfc(s):
    return unicodedata.normalize("NFC", s).strip()


def slug(text):
    """ASCII, lowercase, hyphen-separated slug of a French term."""
    s = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "Oe")
                              .replace("æ", "ae"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def read_pairs(path):
    """Return {french: [english, ...]} in file order, and a dict of line numbers."""
    pairs, lines = {}, {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) != 3:
                raise SystemExit(f"{path}:{n}: expected 3 columns, found {len(cols)}")
            fr, en = nfc(cols[0]), nfc(cols[1])
            # FranceTerme sometimes qualifies the English ("cryptostealer [logiciel]").
            en = re.sub(r"\s*\[[^\]]*\]$", "", en)
            lst = pairs.setdefault(fr, [])
            lines.setdefault(fr, n)
            if en and en not in lst:
                lst.append(en)
    return pairs, lines


def split_bar(cell):
    return [nfc(x) for x in cell.split("|") if nfc(x)] if cell else []


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.environ.get(
        "PRECIS_SHARED", os.path.join(os.path.dirname(REPO), "shared")),
        help="path of the shared/ folder (default: ../shared beside the repo)")
    ap.add_argument("--selection", default=os.path.join(HERE, "franceterme-selection.tsv"))
    ap.add_argument("--out", default=os.path.join(LEXDIR, "franceterme.tsv"))
    args = ap.parse_args()

    term_dir = os.path.join(args.shared, "data", "terminology")
    sec_path = os.path.join(term_dir, "franceterme-security.tsv")
    gen_path = os.path.join(term_dir, "franceterme.tsv")
    for p in (sec_path, gen_path):
        if not os.path.exists(p):
            sys.exit(f"error: {p} not found (pass --shared PATH)")
    security, _ = read_pairs(sec_path)
    general, _ = read_pairs(gen_path)

    errors, rows, seen_ids, seen_forms = [], [], set(), {}
    sel = args.selection
    with open(sel, encoding="utf-8") as f:
        header_seen = False
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if not header_seen:
                if cols != SELECTION_HEADER:
                    errors.append(f"{sel}:{n}: header must be {SELECTION_HEADER}")
                header_seen = True
                continue
            if len(cols) != len(SELECTION_HEADER):
                errors.append(f"{sel}:{n}: expected {len(SELECTION_HEADER)} columns, "
                              f"found {len(cols)}")
                continue
            r = dict(zip(SELECTION_HEADER, (nfc(c) for c in cols)))
            fr = r["fr"]
            english = security.get(fr) or general.get(fr)
            if not english:
                errors.append(f"{sel}:{n}: '{fr}' is not in FranceTerme")
                continue
            if r["kind"] not in KINDS:
                errors.append(f"{sel}:{n}: bad kind '{r['kind']}'")
            if r["domain"] not in DOMAINS:
                errors.append(f"{sel}:{n}: bad domain '{r['domain']}'")
            case = r["case"] or "ci"
            if case not in ("ci", "cs"):
                errors.append(f"{sel}:{n}: bad case '{case}'")
            drop = set(split_bar(r["drop_alternatives"]))
            en = r["en"] or english[0]
            alts = []
            for a in english + split_bar(r["add_alternatives"]):
                if a != en and a not in drop and a not in alts:
                    alts.append(a)
            variants = split_bar(r["variants"])
            rid = r["id"] or "ft-" + slug(fr)
            if rid in seen_ids:
                errors.append(f"{sel}:{n}: duplicate id '{rid}'")
            seen_ids.add(rid)
            for form in [fr] + variants:
                key = form.casefold()
                if key in seen_forms:
                    errors.append(f"{sel}:{n}: French form '{form}' already used "
                                  f"at line {seen_forms[key]}")
                seen_forms[key] = n
            rows.append([rid, fr, "|".join(variants), en, "|".join(alts), r["kind"],
                         r["domain"], "preferred", r["country"], case,
                         r["note"], SOURCE])
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)

    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# FranceTerme terms for the security glossary: defence, international relations,\n")
        out.write("# law, politics, and the cyber-security terms of computing and telecoms.\n")
        out.write("# Source: FranceTerme, Commission d'enrichissement de la langue française\n")
        out.write("# (snapshot in shared/data/terminology), Licence Ouverte/Etalab; reuse with attribution.\n")
        out.write("# Generated by tools/import_franceterme.py from tools/franceterme-selection.tsv:\n")
        out.write("# edit the selection, not this file, then re-run the script.\n")
        out.write("\t".join(HEADER) + "\n")
        for row in rows:
            out.write("\t".join(unicodedata.normalize("NFC", c) for c in row) + "\n")
    print(f"wrote {len(rows)} entries to {os.path.relpath(args.out)}")


if __name__ == "__main__":
    main()

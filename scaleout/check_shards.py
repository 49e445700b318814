#!/usr/bin/env python3
"""Checks the shard outputs of one precis run before `precis merge`, from their manifests.

    python3 scaleout/check_shards.py out/part-*.jsonl

For each shard output FILE it reads FILE.manifest.json and FILE.ordinals, and checks:

* same run: every manifest has the same ``signature`` (command, options, lexicon digest,
  Précis version), ``input_hash`` and ``input_records`` (every shard reads the whole input);
* complete: the ``shard`` indices are 0..N-1, each once, all with the same count N;
* intact: FILE has ``written`` lines, FILE.ordinals as many, and the FNV-1a 64 hash of FILE's
  bytes is the manifest's ``output_hash`` (a truncated or edited file fails here);
* accounted for: in each shard, written + rejected_records + skipped_other_shards equals
  input_records, and over all shards written + rejected_records equals input_records.

Prints one line per shard and exits 1 on the first inconsistency (0 when all is well).
`precis merge` repeats the "same run" and "complete" checks itself and refuses bad sets.
"""

import json
import sys

FNV_OFFSET, FNV_PRIME, MASK = 0xCBF29CE484222325, 0x100000001B3, (1 << 64) - 1


def fnv1a64(path):
    """The FNV-1a 64 hash of a file's bytes, as precis writes it (``fnv1a64:`` + 16 hex digits)."""
    value = FNV_OFFSET
    with open(path, "rb") as file:
        while True:
            block = file.read(1 << 20)
            if not block:
                break
            for byte in block:
                value = ((value ^ byte) * FNV_PRIME) & MASK
    return f"fnv1a64:{value:016x}"


def count_lines(path):
    """The number of newline-terminated lines of a file."""
    with open(path, "rb") as file:
        return sum(block.count(b"\n") for block in iter(lambda: file.read(1 << 20), b""))


def check(paths, verify_hash=True):
    """Returns a list of problems (empty when the shards make one complete run)."""
    problems = []
    manifests = {}
    for path in paths:
        try:
            with open(path + ".manifest.json", encoding="utf-8") as file:
                manifests[path] = json.load(file)
        except (OSError, ValueError) as error:
            problems.append(f"{path}: no readable manifest: {error}")
    if problems or not manifests:
        return problems or ["no shard given"]
    first_path, first = next(iter(manifests.items()))
    for path, manifest in manifests.items():
        for key in ("signature", "input_hash", "input_records"):
            if manifest.get(key) != first.get(key):
                problems.append(f"{path}: {key} {manifest.get(key)!r} differs from {first_path}'s {first.get(key)!r}")
        shard = manifest.get("shard")
        if not shard:
            problems.append(f"{path}: not a shard (its run had no --shard)")
            continue
        lines = count_lines(path)
        ordinals = count_lines(path + ".ordinals")
        if lines != manifest["written"] or ordinals != lines:
            problems.append(f"{path}: {lines} lines and {ordinals} ordinals, the manifest says {manifest['written']}")
        if verify_hash and manifest.get("output_hash") and fnv1a64(path) != manifest["output_hash"]:
            problems.append(f"{path}: its bytes do not hash to the manifest's output_hash")
        accounted = manifest["written"] + manifest["rejected_records"] + manifest["skipped_other_shards"]
        if accounted != manifest["input_records"]:
            problems.append(f"{path}: written + rejected_records + skipped_other_shards = {accounted}, "
                            f"not input_records = {manifest['input_records']}")
        print(f"{path}: shard {shard['index']}/{shard['count']}, {manifest['written']} written, "
              f"{manifest['rejected_records']} rejected, of {manifest['input_records']} records")
    shards = [m["shard"] for m in manifests.values() if m.get("shard")]
    counts = {s["count"] for s in shards}
    if len(counts) > 1:
        problems.append(f"shard counts differ: {sorted(counts)}")
    elif counts:
        count = counts.pop()
        indices = sorted(s["index"] for s in shards)
        if indices != list(range(count)):
            missing = sorted(set(range(count)) - set(indices))
            repeated = sorted({i for i in indices if indices.count(i) > 1})
            problems.append(f"shards of {count}: missing {missing}, repeated {repeated}")
    total = sum(m["written"] + m["rejected_records"] for m in manifests.values())
    if not problems and total != first["input_records"]:
        problems.append(f"written + rejected_records over all shards = {total}, not {first['input_records']}")
    return problems


def main(argv):
    if not argv:
        print("usage: check_shards.py SHARD_OUTPUT...", file=sys.stderr)
        return 64
    problems = check(argv)
    for problem in problems:
        print(f"check_shards: error: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_shards: {len(argv)} shards make one complete run: merge them with 'precis merge'")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

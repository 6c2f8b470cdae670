#!/usr/bin/env python3
"""Builds the committed seed corpora in Fuzz/corpus/TARGET from the repository's fixtures,
examples and (when given) the seed plan documents. Deterministic: running it again gives
the same files. Each seed is at most 4 KB, cut at a line end, so the corpora stay small.

    python3 Fuzz/make-corpus.py [SEED_DOCUMENTS_DIR]

The first byte of a csv, json or engine seed is the target's mode byte (see the target's
file in Fuzz/Targets/)."""
import hashlib
import pathlib
import random
import shutil
import sys

root = pathlib.Path(__file__).resolve().parent.parent
corpus = root / "Fuzz" / "corpus"
MAX = 4096


def cut(data: bytes, start: int = 0) -> bytes:
    """At most MAX bytes from start, ending at a line end when there is one."""
    piece = data[start:start + MAX]
    if len(data) - start > MAX and b"\n" in piece:
        piece = piece[: piece.rindex(b"\n") + 1]
    return piece


def write(target: str, data: bytes) -> None:
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def files(*patterns):
    for pattern in patterns:
        yield from sorted(root.glob(pattern))


shutil.rmtree(corpus, ignore_errors=True)
rng = random.Random(18)

# parse: every planq script in the repository.
scripts = [p.read_bytes() for p in files("Tests/**/*.planq", "examples/**/*.planq", "stdlib/*.planq")]
for s in scripts:
    write("parse", cut(s))

# csv: mode byte 0 (CSV, header sniffed), 1 (TSV), 2 (CSV with a header), 36 (comments, no header).
for p in files("Tests/**/*.csv", "Tests/**/*.tsv", "examples/**/*.csv", "examples/*.csv"):
    data = p.read_bytes()
    mode = 1 if p.suffix == ".tsv" else rng.choice([0, 0, 2, 36])
    write("csv", bytes([mode]) + cut(data))

# json: mode byte 0 (JSON) or 1 (JSON Lines).
for p in files("Tests/**/*.json", "Tests/**/*.jsonl"):
    write("json", bytes([1 if p.suffix == ".jsonl" else 0]) + cut(p.read_bytes()))

# document: the document fixtures, and slices of each seed plan document.
for p in files("Tests/PlanQueryTests/Fixtures/documents/*.txt", "Tests/PlanQueryTests/Fixtures/documents/*.md",
               "Tests/PlanQueryTests/Fixtures/unseen/*.txt", "Tests/PlanQueryTests/Fixtures/unseen/*.md",
               "examples/data/import-report.txt"):
    write("document", cut(p.read_bytes()))
if len(sys.argv) > 1:
    for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
        data = p.read_bytes()
        for i in range(12):
            write("document", cut(data, rng.randrange(0, max(1, len(data) - MAX))))

# engine: mode 0 seeds are bytes that steer the query generator; mode 1 seeds are a table
# prefix (t: 3 rows of 7 choices, u: 3 rows of 3) and then a script over t and u.
for _ in range(40):
    write("engine", bytes([0]) + bytes(rng.randrange(256) for _ in range(rng.randrange(30, 200))))
queries = [
    "from t | where k == 1 | select i, s",
    "from t | sort -d, s | take 2",
    "from t | summarize n = count(), total = sum(d) by k",
    "from t | join left u on k | select k, d, v",
    "from t | join full u on left.k == right.k and d < v",
    "from t | group k (sort -i | derive r = row_number(), p = percent_rank(d), c = cume_dist(d))",
    "from t | derive f = fy(dt), e = fy_end(y), a = date_add(dt, 1, \"month\")",
    "from t | distinct s, b | sort s",
    "from t | total by k",
    "from t | append u | where s ~= \"^(a|e)\"",
    "from t | derive x = d * 3.7 + i, y = round(d / 3, 2) | where x between 0 and 100",
    "from t | pivot s using sum(d) by k",
    "let x = from u | where v > 0\nfrom t | join semi x on k",
    "from t | derive l = length(s), u = upper(s), eq = s == \"e\\u0301\"",
]
for q in queries + [s.decode("utf-8", "replace") for s in scripts[:20]]:
    prefix = bytes([1, 3]) + bytes(rng.randrange(256) for _ in range(21)) + bytes([3]) + bytes(rng.randrange(256) for _ in range(9))
    write("engine", prefix + cut(q.encode()))

for target in sorted(p.name for p in corpus.iterdir()):
    seeds = list((corpus / target).iterdir())
    print(f"{target}: {len(seeds)} seeds, {sum(s.stat().st_size for s in seeds) // 1024} KB")

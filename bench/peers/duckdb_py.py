#!/usr/bin/env python3
"""Fallback DuckDB runner for when the duckdb-cli wheel is unavailable.

Mimics `duckdb -batch -bail -no-init -csv < script.sql` with the DuckDB Python package:
runs every statement on stdin and prints the last result as CSV with a header.
Timings taken through it include Python and `import duckdb` start-up (about 0.1-0.3 s);
run.py reports which DuckDB it used.
"""
import csv
import sys

import duckdb

con = duckdb.connect(":memory:")
rel = con.execute(sys.stdin.read())
if rel.description:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow([d[0] for d in rel.description])
    for row in rel.fetchall():
        w.writerow(["" if v is None else v for v in row])

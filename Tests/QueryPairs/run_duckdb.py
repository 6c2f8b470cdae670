#!/usr/bin/env python3
"""Runs batches of SQL queries on DuckDB (the Python module, one in-memory database) and
writes each result as a JSON line, for the differential tests (Tests/QueryPairs).

    python3 run_duckdb.py INPUT.json OUTPUT.jsonl

INPUT: {"batches": [{"setup": [SQL...], "queries": [SQL...]}...]}. OUTPUT: one line per
query, in order: {"columns": N, "rows": [[cell...]...]} or {"error": "message"}. A cell is
null, ["n", "2.5"] (an exact number), ["f", 1.5] (a float; "inf"/"-inf"/"nan" as text),
["s", "text"], ["b", true] or ["d", "2009-03-31"]."""
import datetime
import decimal
import json
import math
import sys

import duckdb


def cell(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return ["b", v]
    if isinstance(v, int):
        return ["n", str(v)]
    if isinstance(v, decimal.Decimal):
        return ["n", format(v, "f")]
    if isinstance(v, float):
        return ["f", v if math.isfinite(v) else ("nan" if math.isnan(v) else ("inf" if v > 0 else "-inf"))]
    if isinstance(v, datetime.datetime):
        return ["d", v.date().isoformat()] if v.time() == datetime.time(0) else ["s", v.isoformat()]
    if isinstance(v, datetime.date):
        return ["d", v.isoformat()]
    return ["s", str(v)]


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        job = json.load(f)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for batch in job["batches"]:
            db = duckdb.connect()
            for statement in batch["setup"]:
                db.execute(statement)
            for query in batch["queries"]:
                try:
                    result = db.execute(query)
                    rows = result.fetchall()
                    line = {"columns": len(result.description), "rows": [[cell(v) for v in row] for row in rows]}
                except duckdb.Error as e:
                    line = {"error": str(e).splitlines()[0]}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
            db.close()


main()

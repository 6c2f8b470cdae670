# The duckdb command-line client (PyPI duckdb-cli): the SQL lowering's differential test runs on DuckDB.
if ! command -v duckdb >/dev/null 2>&1; then
    echo "installing duckdb-cli (PyPI)..." >&2
    python3 -m pip install -q duckdb-cli >&2
    hash -r
fi
# PyPI's `duckdb` command is a Python wrapper around the binary it ships (a third of a second a
# query); the tests run the binary itself through PLANQ_DUCKDB when it is there.
if [ -z "${PLANQ_DUCKDB:-}" ]; then
    PLANQ_DUCKDB=$(python3 -c 'import os, duckdb_cli; p = os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb"); print(p if os.access(p, os.X_OK) else "")' 2>/dev/null || true)
    [ -n "$PLANQ_DUCKDB" ] && export PLANQ_DUCKDB || unset PLANQ_DUCKDB
fi

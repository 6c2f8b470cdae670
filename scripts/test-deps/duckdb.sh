# The duckdb command-line client (PyPI duckdb-cli): the SQL lowering's differential test runs on DuckDB.
if ! command -v duckdb >/dev/null 2>&1; then
    echo "installing duckdb-cli (PyPI)..." >&2
    python3 -m pip install -q duckdb-cli >&2
    hash -r
fi

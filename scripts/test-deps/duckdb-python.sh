# The DuckDB Python module (PyPI duckdb): planq's differential test against DuckDB
# (DifferentialDuckDBTests, Tests/QueryPairs/run_duckdb.py) runs its generated queries in one process.
pip_install duckdb=duckdb

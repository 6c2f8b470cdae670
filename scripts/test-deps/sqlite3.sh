# The sqlite3 command-line client: the SQL lowering's differential test runs queries on SQLite.
command -v sqlite3 >/dev/null 2>&1 || apt_install sqlite3

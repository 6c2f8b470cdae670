# PostgreSQL server and psql: the differential test starts its own server (initdb, pg_ctl) on a
# loopback port in a temporary folder, as the postgres user when run as root, and stops it after.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v psql >/dev/null 2>&1; then
    apt_install postgresql
fi

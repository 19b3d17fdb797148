#!/usr/bin/env bash
# Starts a throw-away PostgreSQL primary (port 5434) and a streaming hot standby of it (port 5435)
# under /tmp/ledgerline-replica, for the read-replica test (tests/scale/read-replica.test.ts):
#
#   scripts/start-local-replica.sh && \
#   LEDGERLINE_TEST_PRIMARY_URL=postgres://postgres@127.0.0.1:5434/postgres \
#   LEDGERLINE_TEST_REPLICA_URL=postgres://postgres@127.0.0.1:5435/postgres \
#   npx vitest run tests/scale/read-replica.test.ts
#
# Stop with: scripts/start-local-replica.sh stop. The machine's own PostgreSQL is not touched.
set -euo pipefail
base=/tmp/ledgerline-replica
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "${1:-}" = stop ]; then
  for node in standby primary; do [ -d "$base/$node" ] && as_postgres "$bin/pg_ctl" -D "$base/$node" -m fast stop || true; done
  rm -rf "$base"
  exit 0
fi

rm -rf "$base" && mkdir -p "$base" && chown postgres "$base" 2>/dev/null || true
as_postgres "$bin/initdb" -D "$base/primary" -A trust -U postgres >/dev/null
cat >> "$base/primary/postgresql.conf" <<CONF
port = 5434
listen_addresses = '127.0.0.1'
unix_socket_directories = '$base'
wal_level = replica
max_wal_senders = 4
CONF
echo "host replication postgres 127.0.0.1/32 trust" >> "$base/primary/pg_hba.conf"
as_postgres "$bin/pg_ctl" -D "$base/primary" -l "$base/primary.log" -w start >/dev/null
as_postgres "$bin/pg_basebackup" -h 127.0.0.1 -p 5434 -U postgres -D "$base/standby" -R -X stream >/dev/null
sed -i 's/^port = 5434/port = 5435/' "$base/standby/postgresql.conf"
as_postgres "$bin/pg_ctl" -D "$base/standby" -l "$base/standby.log" -w start >/dev/null
echo "primary postgres://postgres@127.0.0.1:5434/postgres"
echo "replica postgres://postgres@127.0.0.1:5435/postgres"

# A throwaway PostgreSQL 15 cluster for tests and benchmarks, in a temporary directory on a free
# port. Source this file, call pg_start, and use $JIXIAO_PG_URL; pg_stop removes everything.
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  PG_DIR=$(mktemp -d /tmp/jixiao-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  chmod 700 "$PG_DIR"
  PG_PORT=$(free_port)
  as_pg "$PGBIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$PGBIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  export JIXIAO_PG_CONN="host=127.0.0.1 port=$PG_PORT user=postgres"
  export JIXIAO_PG_URL="postgresql://host=127.0.0.1 port=$PG_PORT dbname=postgres user=postgres"
  echo "PostgreSQL 15 on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

# Creates an empty database and prints its URL.
pg_create_db() {
  psql "host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres" -q -c "CREATE DATABASE $1" >/dev/null
  echo "postgresql://host=127.0.0.1 port=$PG_PORT dbname=$1 user=postgres"
}

#!/usr/bin/env bash
# Make sure a PostgreSQL server answers at 127.0.0.1:5432 for the test suite.
# Uses the one that is running; otherwise starts the installed cluster; otherwise
# installs Debian's postgresql package, allows trust auth on loopback and starts it.
set -euo pipefail
host=127.0.0.1 port=5432

ready() { pg_isready -q -h "$host" -p "$port" 2>/dev/null; }

if command -v pg_isready >/dev/null && ready; then exit 0; fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  echo "PostgreSQL is not installed: installing Debian's postgresql package" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
hba=/etc/postgresql/$version/main/pg_hba.conf
if ! grep -q "convoy-test-trust" "$hba"; then
  as_root sh -c "printf '%s\n' '# convoy-test-trust' 'host all all 127.0.0.1/32 trust' 'host all all ::1/128 trust' | cat - '$hba' > '$hba.new' && mv '$hba.new' '$hba'"
  as_root chown postgres:postgres "$hba"
fi
as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
  || as_root pg_ctlcluster --skip-systemctl-redirect "$version" main reload
for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
echo "PostgreSQL did not come up at $host:$port" >&2
exit 1

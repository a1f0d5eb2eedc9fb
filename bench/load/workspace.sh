#!/usr/bin/env bash
# Load test of the wijk workspace on SQLite and on PostgreSQL: starts the web application (Release) on a fresh
# store, lets bench/Wijkmix.LoadTest sign up N members of one workspace, and has them read and edit for S seconds.
# PostgreSQL: set WIJKMIX_POSTGRES to a connection string that may create databases (as .ci/run does).
# Usage: bench/load/workspace.sh [seconds=60] [members=50] [sqlite|postgres|both]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}" members="${2:-50}" which="${3:-both}" port=5098
dotnet build src/Wijkmix.Web -c Release -v q >/dev/null
dotnet build bench/Wijkmix.LoadTest -c Release -v q >/dev/null

run() {
  local name="$1"; shift
  local folder; folder="$(mktemp -d)"
  dotnet src/Wijkmix.Web/bin/Release/net10.0/wijkmix-web.dll --urls "http://127.0.0.1:$port" --Wijkmix:Store "$folder/wijkmix.db" "$@" >"$folder/server.log" 2>&1 &
  local server=$!
  until curl -sf "http://127.0.0.1:$port/account/inloggen" >/dev/null; do sleep 1; done
  echo "== $name"
  dotnet bench/Wijkmix.LoadTest/bin/Release/net10.0/Wijkmix.LoadTest.dll "http://127.0.0.1:$port" "$members" "$seconds" || status=$?
  kill "$server"; wait "$server" 2>/dev/null || true
  rm -rf "$folder"
  return "${status:-0}"
}

if [ "$which" != postgres ]; then run SQLite; fi
if [ "$which" != sqlite ]; then
  : "${WIJKMIX_POSTGRES:?set WIJKMIX_POSTGRES to a PostgreSQL connection string that may create databases}"
  db="wijkmix_load_$$"
  psql "$(echo "$WIJKMIX_POSTGRES" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/Database=/dbname=/')" -qc "CREATE DATABASE $db"
  # Server on the same machine: no TLS on loopback, a pool the size of what 2 cores can serve, prepared statements.
  run PostgreSQL --Wijkmix:Werkruimte:Provider postgres \
    --ConnectionStrings:Werkruimte "${WIJKMIX_POSTGRES/Database=postgres/Database=$db};SSL Mode=Disable;Maximum Pool Size=16;Max Auto Prepare=32"
  psql "$(echo "$WIJKMIX_POSTGRES" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/Database=/dbname=/')" -qc "DROP DATABASE $db WITH (FORCE)"
fi

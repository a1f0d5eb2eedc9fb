#!/usr/bin/env bash
# Load test of the monitor API: starts the web application (Release) on its own store with the
# bundled data, warms it up, then runs wrk (Debian package) with 50 connections for 60 s.
# Usage: bench/load/run.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}" connections="${2:-50}" port=5099
store="$(mktemp -d)/wijkmix.db"
dotnet build src/Wijkmix.Web -c Release -v q >/dev/null
dotnet src/Wijkmix.Web/bin/Release/net10.0/wijkmix-web.dll --urls "http://127.0.0.1:$port" --Wijkmix:Store "$store" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
until curl -sf "http://127.0.0.1:$port/api/municipalities" >/dev/null; do sleep 1; done
# First answers compute and cache; the measurement is of the warm service.
wrk -t2 -c4 -d5s -s bench/load/monitor-api.lua "http://127.0.0.1:$port" >/dev/null
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s bench/load/monitor-api.lua "http://127.0.0.1:$port"

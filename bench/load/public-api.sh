#!/usr/bin/env bash
# Load test of the public API while the shared store changes (issue 13): starts the web application (Release) on a
# fresh store with the bundled data, registers the installation's first account (its administrator), and for S
# seconds lets N clients read maps, GeoJSON, profiles, the compass and segregation reports while the administrator
# uploads the nationwide KWB 2024 buurt file (data/cbs/kwb2024_85984NED_buurt_nl, unpacked: 13,817 buurten,
# 1.6 MB, so the store takes it as a new file) through the Gegevens page, again and again.
# Usage: bench/load/public-api.sh [seconds=60] [clients=50]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}" clients="${2:-50}" port=5097
folder="$(mktemp -d)"
dotnet build src/Wijkmix.Web -c Release -v q >/dev/null
dotnet build bench/Wijkmix.LoadTest -c Release -v q >/dev/null
upload="$folder/kwb2024_85984NED_buurt_nl_13columns.csv"
zcat data/cbs/kwb2024_85984NED_buurt_nl/kwb2024_85984NED_buurt_nl_13columns.csv.gz >"$upload"
dotnet src/Wijkmix.Web/bin/Release/net10.0/wijkmix-web.dll --urls "http://127.0.0.1:$port" --Wijkmix:Store "$folder/wijkmix.db" >"$folder/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$folder"' EXIT
until curl -sf "http://127.0.0.1:$port/api/municipalities" >/dev/null; do sleep 1; done
dotnet bench/Wijkmix.LoadTest/bin/Release/net10.0/Wijkmix.LoadTest.dll "http://127.0.0.1:$port" public "$clients" "$seconds" bench/load/api-paths.txt "$upload"

#!/usr/bin/env bash
# Records what Wijkmix answers to a fixed list of CLI command lines (scripts/answers/cli.txt) and web
# requests (scripts/answers/web.txt) on a fresh store with the bundled data, one file per answer, so two
# commits can be compared: scripts/answers.sh /tmp/before; (change); scripts/answers.sh /tmp/after;
# diff -r /tmp/before /tmp/after. Paths, ports, tokens and timings are replaced by placeholders, and trailing
# spaces dropped (a table padded to the checkout's path length differs between two checkouts only there).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/answers.sh OUTPUT-FOLDER}"
rm -rf "$out"; mkdir -p "$out/cli" "$out/web" "$out/files"
work="$(mktemp -d)"; web=""
trap '[[ -n "$web" ]] && kill "$web" 2>/dev/null; rm -rf "$work"' EXIT

dotnet build src/Wijkmix.Cli -c Release -v q -nologo >/dev/null
dotnet build src/Wijkmix.Web -c Release -v q -nologo >/dev/null
cli="src/Wijkmix.Cli/bin/Release/net10.0/wijkmix.dll"

normalise() {
  sed -E -e '/^(Simuleren|Simulating): .*[0-9]+%$/d' -e "s#$work#{work}#g" -e "s#$PWD#{repo}#g" \
    -e 's#[0-9]+([.,][0-9]+)? ?(ms|s|seconden|seconds)\b#{tijd}#g' \
    -e 's#name="__RequestVerificationToken"[^>]*#{token}#g' \
    -e 's#127\.0\.0\.1:[0-9]+#{host}#g' -e 's#"traceId":"[^"]*"#"traceId":"{trace}"#g' \
    -e 's#[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9:.]+(Z|[+-][0-9:]+)?#{tijdstip}#g' \
    -e 's#[[:space:]]+$##'
}

n=0
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  n=$((n + 1)); f="$(printf '%s/cli/%02d.txt' "$out" "$n")"
  # shellcheck disable=SC2086
  set -- ${line//\{out\}/$work}
  { echo "\$ wijkmix $line"; code=0; dotnet "$cli" --store "$work/cli.db" "$@" 2>&1 || code=$?; echo "[exit $code]"; } | normalise > "$f"
done < scripts/answers/cli.txt
for file in "$work"/*.csv "$work"/*.json "$work"/*.xlsx; do
  [[ -e "$file" ]] || continue
  case "$file" in
    *.xlsx) (cd "$work" && unzip -p "$file" 'xl/worksheets/*.xml' 'xl/sharedStrings.xml' 2>/dev/null) | normalise > "$out/files/$(basename "$file").xml" ;;
    *) normalise < "$file" > "$out/files/$(basename "$file")" ;;
  esac
done

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ASPNETCORE_ENVIRONMENT=Production dotnet src/Wijkmix.Web/bin/Release/net10.0/wijkmix-web.dll --contentRoot src/Wijkmix.Web --urls "http://127.0.0.1:$port" \
  --Wijkmix:Store="$work/web.db" > "$work/web.log" 2>&1 &
web=$!
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 1; done

n=0
while IFS= read -r path; do
  [[ -z "$path" || "$path" == \#* ]] && continue
  n=$((n + 1)); f="$(printf '%s/web/%02d.txt' "$out" "$n")"
  { echo "GET $path"; curl -sS -o "$work/body" -w '[status %{http_code}] [%{content_type}]\n' "http://127.0.0.1:$port$path"; cat "$work/body"; } | normalise > "$f"
done < scripts/answers/web.txt
echo "$(ls "$out/cli" | wc -l) CLI answers, $(ls "$out/web" | wc -l) web answers, $(ls "$out/files" | wc -l) files in $out"

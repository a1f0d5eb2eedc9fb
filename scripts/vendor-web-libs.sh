#!/usr/bin/env bash
# Vendors the web application's front-end libraries from npm into src/Wijkmix.Web/wwwroot/lib.
# Versions are pinned in src/Wijkmix.Web/package.json and package-lock.json; the copied files are
# committed, so running the product needs no npm. Run again after changing a version.
set -euo pipefail
web="$(cd "$(dirname "$0")/../src/Wijkmix.Web" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$web/package.json" "$web/package-lock.json" "$work/" 2>/dev/null || cp "$web/package.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund 2>/dev/null || npm install --ignore-scripts --no-audit --no-fund)
[ -f "$web/package-lock.json" ] || cp "$work/package-lock.json" "$web/"
lib="$web/wwwroot/lib"
rm -rf "$lib" && mkdir -p "$lib/leaflet" "$lib/utrecht"
m="$work/node_modules"
cp "$m/leaflet/dist/leaflet.js" "$m/leaflet/dist/leaflet.css" "$m/leaflet/LICENSE" "$lib/leaflet/"
cp "$m/@utrecht/component-library-css/dist/html.css" "$lib/utrecht/component-library-html.css"
cp "$m/@utrecht/design-tokens/dist/theme.css" "$lib/utrecht/design-tokens-theme.css"
cp "$m/@utrecht/component-library-css/LICENSE.md" "$lib/utrecht/LICENSE.md" 2>/dev/null || true
for p in leaflet @utrecht/component-library-css @utrecht/design-tokens; do
  echo "$p $(node -p "require('$m/$p/package.json').version")"
done > "$lib/VERSIONS.txt"
cat "$lib/VERSIONS.txt"

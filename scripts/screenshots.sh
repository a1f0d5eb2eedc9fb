#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: the accessibility tests open every page in Debian's chromium
# on the bundled data and save a screenshot of each (after checking it with axe).
set -euo pipefail
cd "$(dirname "$0")/.."
export WIJKMIX_SCREENSHOTS="$PWD/docs/screenshots"
mkdir -p "$WIJKMIX_SCREENSHOTS"
dotnet test tests/Wijkmix.Web.BrowserTests -c Release --filter "FullyQualifiedName~AccessibilityTests"
ls -1 "$WIJKMIX_SCREENSHOTS"

#!/usr/bin/env bash
# Adds every public symbol the compiler reports as undeclared (RS0016) to src/<project>/PublicAPI.Unshipped.txt,
# and drops the declared ones that no longer exist (RS0017). Run it after a deliberate change to the public API
# (for example after regenerating the models), then review the diff of the listing like any other change.
# Usage: tools/update-public-api.sh [project-dir]   (default: src/Belvo.Sdk)
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-src/Belvo.Sdk}
unshipped="$project/PublicAPI.Unshipped.txt"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet build "$project" -c Release --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
added=$(sed -nE "s/.*warning RS0016: Symbol '(.*)' is not part of the declared public API.*/\1/p; s/.*error RS0016: Symbol '(.*)' is not part of the declared public API.*/\1/p" "$log" | sort -u)
removed=$(sed -nE "s/.*(warning|error) RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*/\2/p" "$log" | sort -u)
{
  echo '#nullable enable'
  { grep -v '^#nullable enable$' "$unshipped" | grep -vxF -f <(printf '%s\n' "$removed") || true; printf '%s\n' "$added"; } | sed '/^$/d' | LC_ALL=C sort -u
} >"$unshipped.new"
mv "$unshipped.new" "$unshipped"
echo "$(printf '%s\n' "$added" | sed '/^$/d' | wc -l) added, $(printf '%s\n' "$removed" | sed '/^$/d' | wc -l) removed: $unshipped"

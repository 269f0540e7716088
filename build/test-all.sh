#!/usr/bin/env bash
# The whole suite in layer order, stopping at the first failing layer, and always
# ending with one "N passed, N failed" line summed over every layer that ran.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -f test-results/*.json
status=0
for stage in lint typecheck test:unit test:int test:e2e; do
  echo "=== npm run $stage"
  if ! npm run --silent "$stage"; then
    echo "=== $stage failed"
    status=1
    break
  fi
done
npx --no-install tsx build/test-summary.ts
exit $status

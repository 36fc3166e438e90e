#!/usr/bin/env bash
# Rebuilds ../resources/compat/compat-plugin.jar: the plugin under src/ compiled against discovery-api as it was at
# <api-commit> (default: the commit before TableInfo gained rowEstimate, the first component added under the rule
# in docs/architecture.md). Needs only git and a JDK 17+; nothing is installed anywhere.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
table_info=discovery-api/src/main/java/org/schemadiscovery/api/model/TableInfo.java
commit=${1:-$(git -C "$repo" log --reverse --format=%H -S rowEstimate -- "$table_info" | head -1)^}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git -C "$repo" archive "$commit" discovery-api/src/main/java | tar -x -C "$work"
javac --release 17 -d "$work/api" $(find "$work/discovery-api/src/main/java" -name '*.java')
javac --release 17 -cp "$work/api" -d "$work/plugin" $(find "$here/src" -name '*.java')
cp -r "$here/src/META-INF" "$work/plugin/"
git -C "$repo" rev-parse "$commit" > "$work/plugin/META-INF/compiled-against-api-commit"
mkdir -p "$here/../resources/compat"
jar --create --file "$here/../resources/compat/compat-plugin.jar" -C "$work/plugin" .
echo "built compat-plugin.jar against discovery-api at $(git -C "$repo" rev-parse --short "$commit")"

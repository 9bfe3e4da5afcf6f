#!/bin/sh
# System packages the real-VS-Code integration tests need (see test/integration/run.mjs):
# Debian's chromium (driven by playwright-core) and the toolchain code-server's
# native modules build with. Runs apt-get only when chromium is missing.
set -eu
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  SUDO="sudo"
fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y build-essential python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev chromium

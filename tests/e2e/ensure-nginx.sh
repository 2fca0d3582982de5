#!/usr/bin/env bash
# The deployed-site browser test (tests/e2e/deploy.spec.ts) serves the build with Debian's nginx,
# rendered by envsubst (deploy/serve.sh). Installs them when missing (needs root, as on the dev and
# CI machines); nginx itself then runs without root.
set -euo pipefail
nginx="${NGINX:-/usr/sbin/nginx}"
if [ -x "$nginx" ] && command -v envsubst >/dev/null; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "nginx or envsubst is missing. Install them (sudo apt-get install -y nginx gettext-base) or set NGINX." >&2
  exit 1
fi
echo "Installing Debian's nginx for the deployed-site browser test…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx gettext-base >/dev/null
"$nginx" -v

#!/usr/bin/env bash
# Serves a built site with nginx as deployed, without root: deploy/serve.sh [site folder]
#   PORT=8080             the port (above 1024)
#   FRAME_ANCESTORS='*'   the sites that may frame the page, as CSP says them: "'self'", or
#                         "'self' https://example.org"; '*' lets every embed code work
#   RUN_DIR=<new temp>    where the rendered config, pid file and logs go
# Runs in the foreground (daemon off); Ctrl-C stops it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
SITE_ROOT=$(cd "${1:-$here/../dist}" && pwd)
PORT=${PORT:-8080}
FRAME_ANCESTORS=${FRAME_ANCESTORS:-*}
RUN_DIR=${RUN_DIR:-$(mktemp -d)}
# The page's own policy, read from its <meta> tag: it names the scripts the build writes into the
# page by their hashes, which change with each build.
PAGE_POLICY=$(grep -o 'http-equiv="Content-Security-Policy" content="[^"]*"' "$SITE_ROOT/index.html" |
  head -n 1 | sed -e 's/.*content="//' -e 's/"$//' -e "s/&#39;/'/g") || PAGE_POLICY=''
if [ -z "$PAGE_POLICY" ]; then
  echo "serve.sh: $SITE_ROOT/index.html has no Content-Security-Policy <meta> tag: is it a build?" >&2
  exit 1
fi
export SITE_ROOT PORT FRAME_ANCESTORS RUN_DIR PAGE_POLICY
mkdir -p "$RUN_DIR"
# Only these five: nginx's own $uri and $cache_control are left as they are.
# shellcheck disable=SC2016
envsubst '${SITE_ROOT} ${PORT} ${RUN_DIR} ${FRAME_ANCESTORS} ${PAGE_POLICY}' \
  <"$here/nginx.conf.template" >"$RUN_DIR/nginx.conf"
nginx=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
# -e: the error log before the config is read is the run folder's too, not /var/log/nginx.
"$nginx" -t -q -p "$RUN_DIR" -e "$RUN_DIR/error.log" -c "$RUN_DIR/nginx.conf"
exec "$nginx" -p "$RUN_DIR" -e "$RUN_DIR/error.log" -c "$RUN_DIR/nginx.conf"

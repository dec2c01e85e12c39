#!/usr/bin/env bash
# Install the policy assistant into .venv (idempotent).
#   bash scripts/install.sh          the app: chat page, CLI, default offline model
#   bash scripts/install.sh --test   also the test tools and Debian's Chromium for browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

python=${PYTHON:-}
if [ -z "$python" ]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      python=$candidate; break
    fi
  done
fi
[ -n "$python" ] || { echo "需要 Python 3.11（python3.11）" >&2; exit 1; }

[ -x .venv/bin/python ] || "$python" -m venv .venv
# pip, quiet, without the find-links warnings of this machine's pip.conf; its failure stops the script
pip() {
  .venv/bin/python -m pip --disable-pip-version-check -q "$@" 2>&1 | { grep -v "^WARNING: Location" || true; }
  return "${PIPESTATUS[0]}"
}

if [ "$with_tests" = 1 ]; then
  # torch first, pinned to the local CPU wheel, so nothing pulls the CUDA build
  pip install "torch==2.13.0"
  pip install -e ".[test]"
  # Debian's Chromium for the browser tests (never a browser download), and a CJK font so
  # screenshots of the Chinese page render text rather than boxes
  if ! dpkg -s chromium fonts-wqy-microhei >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null) \
        || echo "warning: could not install chromium/fonts-wqy-microhei; browser tests will be skipped" >&2
    else
      echo "warning: run 'sudo apt-get install chromium fonts-wqy-microhei' for the browser tests" >&2
    fi
  fi
else
  pip install -e .
fi
.venv/bin/python -c "import assistant, ingest" || { echo "install failed" >&2; exit 1; }
echo "installed into .venv"

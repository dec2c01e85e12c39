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
pip() { .venv/bin/python -m pip --disable-pip-version-check -q "$@" 2>&1 | grep -v "^WARNING: Location" || true; }

if [ "$with_tests" = 1 ]; then
  # torch first, pinned to the local CPU wheel, so nothing pulls the CUDA build
  pip install "torch==2.13.0"
  pip install -e ".[test]"
  if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ]; then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
        || echo "warning: could not install Debian's chromium; browser tests will be skipped" >&2
    else
      echo "warning: run 'sudo apt-get install chromium' for the browser tests" >&2
    fi
  fi
else
  pip install -e .
fi
.venv/bin/python -c "import assistant, ingest" || { echo "install failed" >&2; exit 1; }
echo "installed into .venv"

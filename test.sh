#!/usr/bin/env bash
# Runs every test of the lesson package on a fresh machine: installs what the tests need
# (Debian's chromium for the browser checks, jupyter-nbconvert and jupyter-notebook for the Jupyter
# host and the front-end tests, the dotnet
# local tools for dotnet-repl and the .NET kernel), then
# `dotnet test` over the whole solution. Extra arguments go to `dotnet test`
# (for example: ./test.sh --filter "Category!=Browser").
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v jupyter-nbconvert >/dev/null 2>&1 || need_apt+=(jupyter-nbconvert)
command -v jupyter-notebook >/dev/null 2>&1 || need_apt+=(jupyter-notebook)
fc-list 2>/dev/null | grep -qi dejavu || need_apt+=(fonts-dejavu-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need_apt[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q "${need_apt[@]}"
fi

# Playwright must use the system chromium; it may never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

dotnet tool restore

# dotnet test prints one summary line per test project; add them up into one closing line.
# (dotnet test finds the one solution file at the root, so its name is not repeated here.)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test "$@" 2>&1 | tee "$log" || status=$?
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}' || true)
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}' || true)
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}' || true)
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"

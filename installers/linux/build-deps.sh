#!/usr/bin/env bash
# The Debian/Ubuntu tools `make bundle` needs besides Python: dpkg-deb and binutils to
# package, desktop-file-utils and appstream to validate, xvfb + xauth + x11-utils +
# imagemagick to start the frozen window headless and take its screenshot. Installs the
# missing ones when run as root with apt-get, otherwise names them and fails.
set -euo pipefail

declare -A TOOL_PACKAGE=(
  [dpkg-deb]=dpkg [readelf]=binutils [strip]=binutils [desktop-file-validate]=desktop-file-utils
  [appstreamcli]=appstream [xvfb-run]=xvfb [xauth]=xauth [xwininfo]=x11-utils [xprop]=x11-utils
  [import]=imagemagick
)
missing=()
for tool in "${!TOOL_PACKAGE[@]}"; do
  command -v "$tool" >/dev/null || missing+=("${TOOL_PACKAGE[$tool]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing ${missing[*]}"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
else
  echo "make bundle needs: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi

#!/usr/bin/env bash
# Install the Debian packages Qt (offscreen and xcb) and the PDF checks need,
# only those missing. Runs as root on the project machines; elsewhere it says
# what to install and carries on.
set -euo pipefail
# Qt's xcb platform plugin (a real desktop) needs the libxcb-* family; offscreen needs the GL/font ones;
# QtPdf (the preview) links QtNetwork, which needs GSSAPI.
pkgs=(libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
      libnss3 libgssapi-krb5-2 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
      libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libxcb-xfixes0
      fonts-dejavu-core poppler-utils)
# `tools/ensure-system-deps.sh bench` adds the virtual X server the start-up benchmark uses.
if [ "${1:-}" = "bench" ]; then pkgs+=(xvfb xauth); fi
missing=()
if ! command -v dpkg >/dev/null 2>&1; then exit 0; fi
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Missing system packages (install them as root): ${missing[*]}" >&2
fi

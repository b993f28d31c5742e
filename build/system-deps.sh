#!/bin/sh
# System libraries Qt needs offscreen and under a virtual display, the Secret Service
# keyring, Xvfb for screenshots, and a tray host, notification server and xdotool for
# tests/test_ui_tray_x11.py. Debian/Ubuntu only, and only what is missing;
# elsewhere (macOS, or not root) it says what it would need and carries on.
set -e
[ "$(uname -s)" = "Linux" ] || exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0
PKGS="libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
libxcb-render-util0 libxcb-image0 xvfb xauth dbus dbus-x11 gnome-keyring fonts-dejavu-core binutils \
trayer dunst xdotool x11-utils"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages:$missing"
  echo "Install them with: sudo apt-get install$missing"
  exit 0
fi
echo "Installing system packages:$missing"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null

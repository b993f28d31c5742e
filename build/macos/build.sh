#!/bin/sh
# Build the macOS app and disk image (run on macOS; it cannot be built on Linux).
#
#   sh build/macos/build.sh
#
# PyInstaller runs jobops.spec, whose BUNDLE step makes "dist/JobOps Desktop.app" around the
# one-folder build; the frozen --selftest checks it; hdiutil packs the .app, with a link to
# /Applications, into dist/jobops-desktop-<version>-macos-<arch>.dmg.
# Needs: the venv (make run or make test once), the model (make model). Not signed or
# notarised: first start needs right-click > Open (or `xattr -dr com.apple.quarantine`).
set -eu
cd "$(dirname "$0")/../.."
PY="${PY:-.venv/bin/python}"
if [ "$(uname -s)" != "Darwin" ]; then
  echo "build/macos/build.sh runs on macOS; on Linux use build/linux/build.py." >&2
  exit 2
fi
APP_NAME="$("$PY" -c 'import jobops_desktop as j; print(j.APP_NAME)')"
APP_ID="$("$PY" -c 'import jobops_desktop as j; print(j.APP_ID)')"
VERSION="$("$PY" -c 'import jobops_desktop as j; print(j.__version__)')"
ARCH="$(uname -m)"

"$PY" -m PyInstaller --noconfirm --distpath dist --workpath build/work jobops.spec
APP="dist/$APP_NAME.app"
"$APP/Contents/MacOS/jobops" --selftest

STAGING="build/work/dmg"
rm -rf "$STAGING"
mkdir -p "$STAGING"
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
DMG="dist/$APP_ID-$VERSION-macos-$ARCH.dmg"
rm -f "$DMG"
hdiutil create -volname "$APP_NAME" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"
echo "Disk image: $DMG"

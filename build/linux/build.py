#!/usr/bin/env python3
"""Build the Linux package: PyInstaller one-folder bundle, then a tarball (and an AppImage
when `appimagetool` is on the PATH).

    .venv/bin/python build/linux/build.py            # what `make package` runs
    .venv/bin/python build/linux/build.py --help

Output, in dist/:
    jobops-desktop/                       the one-folder app (run ./jobops)
      jobops-desktop.desktop, .png, .svg  desktop entry and icon
      install-desktop-entry.sh            adds the app to the desktop's menu (per user)
    jobops-desktop-<version>-linux-<arch>.tar.gz
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import stat
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from jobops_desktop import APP_ID, APP_NAME, __version__  # noqa: E402

HERE = Path(__file__).resolve().parent
SPEC = ROOT / "jobops.spec"
EXE_NAME = "jobops"
DESKTOP_TEMPLATE = HERE / f"{APP_ID}.desktop.in"
FALLBACK_ICON = HERE / f"{APP_ID}.svg"
APP_ICON = ROOT / "resources" / "icons" / "app.svg"

INSTALL_SCRIPT = """\
#!/bin/sh
# Add JobOps Desktop to your desktop's application menu (for this user only).
# Run it from the unpacked folder; run it again after moving the folder.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
mkdir -p "$apps" "$icons/256x256/apps" "$icons/scalable/apps"
cp "$here/@APP_ID@.png" "$icons/256x256/apps/@APP_ID@.png"
cp "$here/@APP_ID@.svg" "$icons/scalable/apps/@APP_ID@.svg"
sed "s|^Exec=.*|Exec=\\"$here/@EXE@\\"|; s|^TryExec=.*|TryExec=$here/@EXE@|" \\
    "$here/@APP_ID@.desktop" > "$apps/@APP_ID@.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Installed $apps/@APP_ID@.desktop"
"""


def render_desktop_entry(exec_path: str = EXE_NAME, icon: str = APP_ID) -> str:
    """The .desktop file's text (Exec is the executable; install script makes it absolute)."""
    text = DESKTOP_TEMPLATE.read_text(encoding="utf-8")
    for key, value in {"@APP_NAME@": APP_NAME, "@EXEC@": exec_path, "@ICON@": icon,
                       "@VERSION@": __version__}.items():
        text = text.replace(key, value)
    return text


def icon_source() -> Path:
    return APP_ICON if APP_ICON.is_file() else FALLBACK_ICON


def render_png(svg: Path, png: Path, size: int = 256) -> None:
    """Rasterise the SVG icon with Qt (offscreen), for desktops that want a PNG."""
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "from PySide6.QtCore import Qt\n"
        "app = QGuiApplication([])\n"
        "size = int(sys.argv[3])\n"
        "image = QImage(size, size, QImage.Format.Format_ARGB32)\n"
        "image.fill(Qt.GlobalColor.transparent)\n"
        "painter = QPainter(image)\n"
        "QSvgRenderer(sys.argv[1]).render(painter)\n"
        "painter.end()\n"
        "sys.exit(0 if image.save(sys.argv[2]) else 1)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-c", code, str(svg), str(png), str(size)],
                   check=True, env=env)


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    print("+", " ".join(command), flush=True)
    started = time.monotonic()
    subprocess.run(command, check=True, cwd=ROOT)
    print(f"PyInstaller finished in {time.monotonic() - started:.0f} s", flush=True)
    bundle = dist / APP_ID
    if not (bundle / EXE_NAME).is_file():
        raise SystemExit(f"build.py: PyInstaller did not produce {bundle / EXE_NAME}")
    return bundle


def strip_python_runtime(bundle: Path) -> int:
    """Drop debug symbols from libpython and the stdlib's extension modules.

    Some Pythons (pyenv builds, for one) ship them with debug info: ~25 MB. Only these
    files: third-party libraries (numpy's, patched by auditwheel) can break when stripped.
    """
    strip = shutil.which("strip")
    internal = bundle / "_internal"
    targets = [p for p in internal.glob("libpython3*.so*") if not p.is_symlink()]
    targets += sorted(internal.glob("python3*/lib-dynload/*.so"))
    if strip is None or not targets:
        return 0
    before = sum(p.stat().st_size for p in targets)
    subprocess.run([strip, "--strip-unneeded", *map(str, targets)], check=True)
    return before - sum(p.stat().st_size for p in targets)


def add_desktop_files(bundle: Path) -> None:
    svg = icon_source()
    shutil.copyfile(svg, bundle / f"{APP_ID}.svg")
    render_png(svg, bundle / f"{APP_ID}.png")
    (bundle / f"{APP_ID}.desktop").write_text(render_desktop_entry(), encoding="utf-8")
    script = bundle / "install-desktop-entry.sh"
    text = INSTALL_SCRIPT.replace("@APP_ID@", APP_ID).replace("@EXE@", EXE_NAME)
    script.write_text(text, encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def make_tarball(bundle: Path, dist: Path) -> Path:
    arch = platform.machine() or "unknown"
    tarball = dist / f"{APP_ID}-{__version__}-linux-{arch}.tar.gz"
    started = time.monotonic()
    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=APP_ID)
    print(f"tarball written in {time.monotonic() - started:.0f} s", flush=True)
    return tarball


def make_appimage(bundle: Path, dist: Path) -> Path | None:
    tool = shutil.which("appimagetool")
    if tool is None:
        print("AppImage: skipped: `appimagetool` is not installed, and it is not available "
              "from the package registries this machine can reach (it is distributed as a "
              "download from its own project site). The tarball is the Linux package; "
              "install appimagetool and run this script again to get an AppImage too.",
              flush=True)
        return None
    appdir = dist / f"{APP_ID}.AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(bundle, appdir / "usr" / "lib" / APP_ID, symlinks=True)
    (appdir / "AppRun").symlink_to(f"usr/lib/{APP_ID}/{EXE_NAME}")
    shutil.copyfile(bundle / f"{APP_ID}.png", appdir / f"{APP_ID}.png")
    (appdir / f"{APP_ID}.desktop").write_text(render_desktop_entry(), encoding="utf-8")
    arch = platform.machine() or "x86_64"
    image = dist / f"{APP_ID}-{__version__}-{arch}.AppImage"
    subprocess.run([tool, str(appdir), str(image)], check=True,
                   env=dict(os.environ, ARCH=arch))
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=f"Build the {APP_NAME} Linux package.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "work",
                        help="PyInstaller's work folder (kept between builds: faster)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--no-tarball", action="store_true", help="only the one-folder bundle")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("build.py builds the Linux package; see build/windows and build/macos.")
        return 2

    bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve(), args.clean)
    saved = strip_python_runtime(bundle)
    if saved:
        print(f"stripped debug symbols from the Python runtime: {saved / 1e6:.0f} MB saved")
    add_desktop_files(bundle)
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    if not any((bundle / "_internal" / "models").glob("*.gguf")):
        print("WARNING: the bundle has no model file: run `make model`, then build again.")
    if not args.no_tarball:
        tarball = make_tarball(bundle, args.dist.resolve())
        print(f"tarball: {tarball} ({tarball.stat().st_size / 1e6:.0f} MB)")
        make_appimage(bundle, args.dist.resolve())
    print(f"Run it: {bundle / EXE_NAME}   Check it: {bundle / EXE_NAME} --selftest")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build the Windows installer (run on Windows): PyInstaller one-folder build, then Inno Setup.

    .venv\\Scripts\\python build\\windows\\build.py

Needs Inno Setup 6 (`ISCC.exe` on the PATH or in its default folder). Output:
dist\\jobops-desktop\\ (the app) and dist\\jobops-desktop-<version>-windows-x64-setup.exe.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from jobops_desktop import APP_ID, APP_NAME, __version__  # noqa: E402

ISS = Path(__file__).resolve().parent / "jobops.iss"
SPEC = ROOT / "jobops.spec"
ISCC_DEFAULTS = [
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe",
    Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Inno Setup 6" / "ISCC.exe",
]


def find_iscc() -> str:
    found = shutil.which("iscc") or next((str(p) for p in ISCC_DEFAULTS if p.is_file()), None)
    if not found:
        raise SystemExit("Inno Setup 6 (ISCC.exe) not found: install it from its project site "
                         "or put ISCC.exe on the PATH.")
    return found


def main() -> int:
    if sys.platform != "win32":
        print("build/windows/build.py runs on Windows; on Linux use build/linux/build.py.")
        return 2
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath",
                    str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "work"), str(SPEC)],
                   check=True, cwd=ROOT)
    subprocess.run([str(ROOT / "dist" / APP_ID / "jobops-cli.exe"), "--selftest"], check=True)
    subprocess.run([find_iscc(), f"/DAppName={APP_NAME}", f"/DAppId={APP_ID}",
                    f"/DAppVersion={__version__}", str(ISS)], check=True)
    print(f"Installer: {ROOT / 'dist' / f'{APP_ID}-{__version__}-windows-x64-setup.exe'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

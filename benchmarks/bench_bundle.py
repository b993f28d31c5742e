"""The Linux bundle: its size, what dominates it, and the frozen app's cold start.

    .venv/bin/python benchmarks/bench_bundle.py [--bundle dist/jobops-desktop] [--runs 3]
        [--screenshot shot.png] [--source]

Build the bundle first (`make package`). Cold start is the time from launching the
executable until its main window is mapped (viewable) on a private Xvfb display, polled with
`xwininfo` every 10 ms; each run uses a fresh data folder (first start: database created).
The page cache is warm (the files were read before), so this is a fresh-process start, not
a cold-disk one. `--source` measures `python -m jobops_desktop` the same way, to compare.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobops_desktop import APP_ID, APP_NAME  # noqa: E402

MB = 1e6


def file_size(path: Path) -> int:
    if path.is_symlink():
        return 0  # PyInstaller links libraries into _internal/; count the target once
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def categories(internal: Path) -> dict[str, int]:
    """Bundle bytes by what they are for."""
    groups = {"model (GGUF)": 0, "Qt + PySide6": 0, "Python runtime": 0, "numpy": 0,
              "llama.cpp": 0, "system libraries": 0, "other Python packages": 0}
    for entry in internal.iterdir():
        name, size = entry.name, file_size(entry)
        if name == "models":
            groups["model (GGUF)"] += size
        elif name in ("PySide6", "shiboken6") or name.startswith("libQt6"):
            groups["Qt + PySide6"] += size
        elif name.startswith(("libpython", "python3", "base_library")):
            groups["Python runtime"] += size
        elif name.startswith("numpy"):
            groups["numpy"] += size
        elif name.startswith(("llama_cpp", "libggml", "libllama")):
            groups["llama.cpp"] += size
        elif name.startswith("lib") and ".so" in name:
            groups["system libraries"] += size
        else:
            groups["other Python packages"] += size
    return groups


def report_size(bundle: Path) -> None:
    internal = bundle / "_internal"
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    print(f"bundle: {bundle}")
    print(f"bundle size: {total / MB:.1f} MB in {len(files)} files")
    for tarball in sorted(bundle.parent.glob(f"{APP_ID}-*-linux-*.tar.gz")):
        print(f"tarball: {tarball.name} {tarball.stat().st_size / MB:.1f} MB")
    print("by kind:")
    for name, size in sorted(categories(internal).items(), key=lambda kv: -kv[1]):
        print(f"  {size / MB:7.1f} MB  {100 * size / total:4.1f}%  {name}")
    # Top entries, one level down inside the two big folders so the list says something.
    entries: list[tuple[int, str]] = []
    for entry in internal.iterdir():
        if entry.name == "PySide6":
            for sub in (entry / "Qt" / "lib").iterdir():
                entries.append((file_size(sub), f"PySide6/Qt/lib/{sub.name}"))
            for sub in entry.iterdir():
                if sub.name != "Qt":
                    entries.append((file_size(sub), f"PySide6/{sub.name}"))
            entries.append((file_size(entry / "Qt" / "plugins"), "PySide6/Qt/plugins/"))
        else:
            suffix = "/" if entry.is_dir() and not entry.is_symlink() else ""
            entries.append((file_size(entry), entry.name + suffix))
    print("top 10 folders/files in _internal/:")
    for size, name in sorted(entries, reverse=True)[:10]:
        print(f"  {size / MB:7.1f} MB  {name}")


class Xvfb:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        number = self.process.stdout.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def window_viewable(display: str) -> bool:
    result = subprocess.run(["xwininfo", "-display", display, "-name", APP_NAME],
                            capture_output=True, text=True, check=False)
    return "IsViewable" in result.stdout


def time_to_window(command: list[str], display: str, screenshot: Path | None = None,
                   timeout_s: float = 60.0) -> float:
    with tempfile.TemporaryDirectory(prefix="jobops-bench-") as tmp:
        env = dict(os.environ, DISPLAY=display, HOME=tmp, XDG_RUNTIME_DIR=tmp,
                   PYTHONPATH=str(ROOT))
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("WAYLAND_DISPLAY", None)
        started = time.perf_counter()
        app = subprocess.Popen([*command, "--data-dir", str(Path(tmp) / "data")], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp)
        try:
            while not window_viewable(display):
                if app.poll() is not None:
                    raise RuntimeError(f"the app exited with {app.returncode} before its window")
                if time.perf_counter() - started > timeout_s:
                    raise RuntimeError("no window within the time limit")
                time.sleep(0.01)
            elapsed = time.perf_counter() - started
            if screenshot is not None:
                time.sleep(2.0)  # let the first page loads arrive and paint
                subprocess.run(["import", "-display", display, "-window", "root",
                                str(screenshot)], check=True)
            return elapsed
        finally:
            app.terminate()
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()


def report_start(label: str, command: list[str], runs: int, screenshot: Path | None) -> None:
    xvfb = Xvfb()
    try:
        times = []
        for run in range(runs):
            shot = screenshot if run == runs - 1 else None
            times.append(time_to_window(command, xvfb.display, shot))
        print(f"{label} start to first window (Xvfb, {runs} runs): median "
              f"{statistics.median(times):.2f} s; runs " + ", ".join(f"{t:.2f}" for t in times))
    finally:
        xvfb.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / APP_ID)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screenshot", type=Path, help="PNG of the frozen app's window")
    parser.add_argument("--source", action="store_true", help="also time the app from source")
    args = parser.parse_args()
    executable = args.bundle / "jobops"
    if not executable.is_file():
        print(f"No bundle at {args.bundle}: run `make package` first.")
        return 2
    report_size(args.bundle)
    missing = [tool for tool in ("Xvfb", "xwininfo") if shutil.which(tool) is None]
    if missing:
        print(f"start-up not measured: {', '.join(missing)} not installed "
              "(apt-get install xvfb x11-utils)")
        return 0
    report_start("frozen", [str(executable)], args.runs, args.screenshot)
    if args.source:
        report_start("source", [sys.executable, "-m", "jobops_desktop"], args.runs, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())

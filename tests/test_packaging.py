"""Packaging: the selftest, portable mode, the platform scripts, and (slow) the frozen app."""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from jobops_desktop import APP_ID, APP_NAME, __version__, paths
from jobops_desktop.router import model_files

# Building the PyInstaller bundle takes minutes: above the suite-wide hang timeout.
pytestmark = pytest.mark.timeout(1200)

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
_spec = importlib.util.spec_from_file_location("linux_build", BUILD / "linux" / "build.py")
linux_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(linux_build)

EXPECTED_CHECKS = ("runtime", "data folder", "resources", "database", "keyring",
                   "gmail discovery", "model", "route sample", "main window")


def clean_env(tmp_path: Path, path_value: str) -> dict[str, str]:
    """An environment as a fresh user session would have: own HOME, no Python variables."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {"HOME": str(home), "PATH": path_value, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
           "TMPDIR": str(tmp_path)}
    return env


def parse_selftest(output: str) -> dict[str, tuple[bool, str]]:
    results = {}
    for line in output.splitlines():
        match = re.match(r"\[( OK |FAIL)\] ([a-z ]+): (.*)$", line)
        if match:
            results[match.group(2)] = (match.group(1) == " OK ", match.group(3))
    return results


def assert_selftest_passed(result: subprocess.CompletedProcess, kind: str) -> dict:
    output = result.stdout
    checks = parse_selftest(output)
    failed = {name: detail for name, (ok, detail) in checks.items() if not ok}
    assert not failed, f"selftest failures: {failed}\n{output}\n{result.stderr[-2000:]}"
    assert result.returncode == 0, output + result.stderr[-2000:]
    assert set(EXPECTED_CHECKS) <= set(checks), output
    assert f"({kind})" in checks["runtime"][1]
    assert "schema v" in checks["database"][1]
    assert checks["model"][1].startswith("ready")
    assert "reason:" in checks["route sample"][1]
    assert "'JobOps Desktop'" in checks["main window"][1]
    assert re.search(r"^selftest: \d+ passed, 0 failed", output, re.M), output
    return checks


# ------------------------------------------------------------------ fast

def test_selftest_from_source_passes_and_leaves_the_user_data_alone(tmp_path: Path) -> None:
    env = clean_env(tmp_path, os.environ.get("PATH", ""))
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run([sys.executable, "-m", "jobops_desktop", "--selftest"],
                            capture_output=True, text=True, env=env, cwd=tmp_path,
                            timeout=180, check=False)
    assert_selftest_passed(result, "source")
    user_data = Path(env["HOME"]) / ".local" / "share" / APP_ID
    assert not user_data.exists(), "the selftest must not create the user's data folder"
    assert not list(tmp_path.glob("jobops-selftest-*")), "temporary folder left behind"


def test_selftest_routes_its_embedded_message_when_there_is_no_sample_mailbox() -> None:
    from jobops_desktop import selftest
    from jobops_desktop.store import TrackedMessage

    detail = selftest._route_embedded_sample()
    message = TrackedMessage.get(TrackedMessage.provider_message_id
                                 == "<selftest-0001@greenhouse.io>")
    assert message.routed and message.relevant
    assert detail.startswith("embedded sample: relevant=True")
    assert f"reason: {message.reason}" in detail


def test_portable_marker_puts_the_data_beside_the_executable(tmp_path: Path,
                                                             monkeypatch) -> None:
    app_folder = tmp_path / "JobOps"
    app_folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app_folder / "jobops"))
    monkeypatch.delenv("JOBOPS_DATA_DIR", raising=False)

    assert paths.data_dir() != app_folder / "data"  # no marker: the platform folder
    (app_folder / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.data_dir() == app_folder / "data"
    # An explicit folder still wins over the marker.
    assert paths.data_dir(tmp_path / "elsewhere") == (tmp_path / "elsewhere").resolve()
    monkeypatch.setenv("JOBOPS_DATA_DIR", str(tmp_path / "from-env"))
    assert paths.data_dir() == (tmp_path / "from-env").resolve()


def test_desktop_entry_is_a_valid_application_entry() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(linux_build.render_desktop_entry())
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"] == "jobops"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert "@" not in linux_build.render_desktop_entry()  # every placeholder filled
    assert linux_build.icon_source().is_file()


def test_windows_installer_script_matches_the_one_folder_build() -> None:
    iss = (BUILD / "windows" / "jobops.iss").read_text(encoding="utf-8")
    sections = re.findall(r"^\[(\w+)\]\s*$", iss, re.M)
    assert {"Setup", "Files", "Icons"} <= set(sections)
    defines = dict(re.findall(r'^\s*#define (\w+) "([^"]*)"', iss, re.M))
    assert defines["AppName"] == APP_NAME and defines["AppId"] == APP_ID
    # The bundle folder it packs is the one the spec's COLLECT writes, relative to the .iss.
    bundle = (BUILD / "windows" / Path(defines["BundleDir"].replace("\\", "/"))).resolve()
    assert bundle == (ROOT / "dist" / APP_ID).resolve()
    assert defines["AppExe"] == "jobops.exe"
    spec = (ROOT / "jobops.spec").read_text(encoding="utf-8")
    assert 'EXE_NAME = "jobops"' in spec and "name=APP_ID" in spec
    windows_build = (BUILD / "windows" / "build.py").read_text(encoding="utf-8")
    assert "jobops.iss" in windows_build and "jobops-cli.exe" in windows_build
    compile(windows_build, "build/windows/build.py", "exec")
    assert (BUILD / "windows" / "README.md").is_file()


def test_macos_script_is_valid_shell_and_uses_the_spec_bundle() -> None:
    script = BUILD / "macos" / "build.sh"
    if shutil.which("sh"):
        subprocess.run(["sh", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    assert "jobops.spec" in text and (ROOT / "jobops.spec").is_file()
    assert "hdiutil create" in text
    assert '"$APP/Contents/MacOS/jobops" --selftest' in text
    spec = (ROOT / "jobops.spec").read_text(encoding="utf-8")
    assert 'name=f"{APP_NAME}.app"' in spec and "BUNDLE(" in spec


def test_spec_references_files_that_exist() -> None:
    spec = (ROOT / "jobops.spec").read_text(encoding="utf-8")
    compile(spec, "jobops.spec", "exec")
    assert (ROOT / "build" / "entry.py").is_file() and '"entry.py"' in spec
    assert (ROOT / "models" / model_files.MANIFEST_NAME).is_file()
    for name in ("resources", "models"):
        assert f'"{name}"' in spec


# ------------------------------------------------------------------ slow: the frozen app

@pytest.fixture(scope="module")
def frozen_bundle(tmp_path_factory) -> Path:
    """Build as `make package` does, then unpack the tarball as a user would."""
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, str(BUILD / "linux" / "build.py"), "--dist",
                             str(dist)], capture_output=True, text=True,
                            cwd=ROOT, timeout=1200, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "AppImage: skipped" in result.stdout or list(dist.glob("*.AppImage"))
    tarballs = list(dist.glob(f"{APP_ID}-{__version__}-linux-*.tar.gz"))
    assert len(tarballs) == 1, list(dist.iterdir())
    unpacked = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(tarballs[0]) as archive:
        if hasattr(tarfile, "tar_filter"):  # Python >= 3.10.12 / 3.11.4
            archive.extractall(unpacked, filter="tar")
        else:
            archive.extractall(unpacked)
    shutil.rmtree(dist)  # nothing may point back into the build folder
    return unpacked / APP_ID


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle")
def test_frozen_selftest_runs_without_python(frozen_bundle: Path, tmp_path: Path) -> None:
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    env = clean_env(tmp_path, str(empty_bin))
    assert shutil.which("python3", path=env["PATH"]) is None
    result = subprocess.run([str(frozen_bundle / "jobops"), "--selftest"],
                            capture_output=True, text=True, env=env, cwd=tmp_path,
                            timeout=300, check=False)
    checks = assert_selftest_passed(result, "frozen")
    assert "offscreen" in checks["main window"][1]  # no display: selftest chose offscreen
    assert not (Path(env["HOME"]) / ".local" / "share" / APP_ID).exists()

    # Portable mode in the real bundle: the marker moves the data folder beside the app.
    (frozen_bundle / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    try:
        version = subprocess.run([str(frozen_bundle / "jobops"), "--version"], env=env,
                                 capture_output=True, text=True, timeout=60, check=True)
        assert __version__ in version.stdout
        result = subprocess.run([str(frozen_bundle / "jobops"), "--selftest"],
                                capture_output=True, text=True, env=env, cwd=tmp_path,
                                timeout=300, check=False)
        checks = assert_selftest_passed(result, "frozen")
        assert checks["data folder"][1].startswith(f"{frozen_bundle / 'data'} (portable")
    finally:
        (frozen_bundle / paths.PORTABLE_MARKER).unlink()


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle")
def test_frozen_bundle_carries_what_the_app_needs_and_not_more(frozen_bundle: Path) -> None:
    internal = frozen_bundle / "_internal"
    model = model_files.load_manifest(ROOT / "models" / "manifest.json").entry().file
    assert (internal / "models" / model).is_file()
    assert (internal / "llama_cpp" / "lib" / "libllama.so").is_file()
    documents = internal / "googleapiclient" / "discovery_cache" / "documents"
    assert sorted(p.name for p in documents.iterdir()) == ["gmail.v1.json"]
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so",
                   "platforms/libqwayland.so", "imageformats/libqsvg.so",
                   "iconengines/libqsvgicon.so"):
        assert (plugins / plugin).is_file(), plugin
    assert (plugins / "platformthemes").is_dir()
    assert not (plugins / "qmltooling").exists() and not (plugins / "sqldrivers").exists()
    assert not list(internal.rglob("libQt6Quick*")) and not list(internal.rglob("libQt6Qml*"))
    assert (frozen_bundle / f"{APP_ID}.desktop").is_file()
    assert (frozen_bundle / f"{APP_ID}.png").stat().st_size > 0
    assert os.access(frozen_bundle / "install-desktop-entry.sh", os.X_OK)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle")
def test_install_script_adds_a_menu_entry_pointing_at_the_unpacked_app(
        frozen_bundle: Path, tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    subprocess.run(["sh", str(frozen_bundle / "install-desktop-entry.sh")], env=env,
                   check=True, capture_output=True, timeout=60)
    installed = tmp_path / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(installed.read_text(encoding="utf-8"))
    entry = parser["Desktop Entry"]
    assert entry["Exec"] == f'"{frozen_bundle / "jobops"}"'
    assert entry["TryExec"] == str(frozen_bundle / "jobops")
    icons = tmp_path / ".local" / "share" / "icons" / "hicolor"
    assert (icons / "256x256" / "apps" / f"{APP_ID}.png").is_file()

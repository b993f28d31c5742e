"""Test set-up: offscreen Qt, a fresh SQLite file per test, a real file keyring."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("JOBOPS_DATA_DIR", None)

import pytest

from jobops_desktop.store import close_database, database_path, open_database

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(autouse=True)
def database(data_dir: Path):
    """Every test gets its own real database file, opened as the app opens it."""
    db = open_database(database_path(data_dir))
    yield db
    close_database()


# ---------------------------------------------------------------- mail (keyring, stand-in Google)

@pytest.fixture(autouse=True)
def keyring_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real keyring backend for every test: keyrings.alt's plaintext file in tmp_path.

    XDG_DATA_HOME and PYTHON_KEYRING_BACKEND point subprocesses at the same file.
    """
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    xdg = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(xdg))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    backend = PlaintextKeyring()
    backend.file_path = str(xdg / "python_keyring" / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    return Path(backend.file_path)


@pytest.fixture()
def fake_google(monkeypatch: pytest.MonkeyPatch):
    """The stand-in Google (tests/fake_google.py) on 127.0.0.1, with the app pointed at it."""
    from fake_google import FakeGoogle

    google = FakeGoogle().start()
    monkeypatch.setenv("JOBOPS_GOOGLE_STANDIN", google.base_url)
    for name in ("GMAIL_OAUTH_CLIENT_ID", "GMAIL_OAUTH_CLIENT_SECRET", "GMAIL_OAUTH_REDIRECT_URI"):
        monkeypatch.delenv(name, raising=False)
    yield google
    google.stop()

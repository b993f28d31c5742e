"""Test set-up: offscreen Qt, a fresh SQLite file per test, a real file keyring."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("JOBOPS_DATA_DIR", None)

import pytest  # noqa: E402

from jobops_desktop.store import close_database, database_path, open_database  # noqa: E402

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

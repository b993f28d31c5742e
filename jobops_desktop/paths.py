"""Where JobOps keeps its files.

Order: an explicit --data-dir, the JOBOPS_DATA_DIR environment variable, portable mode
(a `portable.txt` marker beside the executable puts the data folder beside it), then the
platform's user data directory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from . import APP_ID

PORTABLE_MARKER = "portable.txt"


def app_root() -> Path:
    """The folder holding the executable (frozen) or the source checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resource_root() -> Path:
    """Where resources/ and models/ live: inside the bundle when frozen."""
    return Path(getattr(sys, "_MEIPASS", app_root()))


def resources_dir() -> Path:
    return resource_root() / "resources"


def models_dir() -> Path:
    return resource_root() / "models"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("JOBOPS_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    if (app_root() / PORTABLE_MARKER).exists():
        return app_root() / "data"
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def logs_dir(base: Path) -> Path:
    return base / "logs"

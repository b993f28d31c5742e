"""Screenshots of the mail pages (accounts, sync runs, settings), called by tools/screenshots.py.

Uses real data paths end to end: a Gmail account connected and synced against the stand-in
Google on 127.0.0.1 (tests/fake_google.py) with a file keyring in the work folder, plus the
bundled sample mailbox imported as a second source. Run alone: python tools/screenshots_sync.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def _wait(condition: Callable[[], bool], timeout_s: float = 120) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


def capture_sync_pages(window: QMainWindow, out_dir: Path, work: Path) -> None:
    """Add the shell to `window`, sync real (stand-in) mail, save accounts/runs/settings PNGs."""
    import keyring
    from fake_google import FakeGoogle, follow_in_browser
    from keyrings.alt.file import PlaintextKeyring
    from ui_sync_support import add_recruiter_mail

    from jobops_desktop.services import accounts, settings, tracking
    from jobops_desktop.ui.tray import install_tray

    backend = PlaintextKeyring()
    backend.file_path = str(work / "keyring" / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    google = FakeGoogle().start()
    os.environ["JOBOPS_GOOGLE_STANDIN"] = google.base_url
    # Mail about the jobs already tracked (when there are some), so the router has matches.
    companies = tuple(sorted({job.company for job in tracking.list_jobs()})) or None
    add_recruiter_mail(google, 36, **({"companies": companies} if companies else {}))
    client_file = work / "client_secret.json"
    import json

    client_file.write_text(json.dumps(google.client_config()), encoding="utf-8")
    settings.set("oauth.client_secret_file", str(client_file))
    settings.set("sync.interval_minutes", 30)

    app = QApplication.instance()
    shell = install_tray(app, window, tray_available=False)
    shell.scheduler.stop()
    shell.controller.open_browser = lambda url: bool(follow_in_browser(url))
    done: list[object] = []
    shell.controller.connect_finished.connect(lambda *args: done.append(args))
    shell.controller.connect_gmail("default")
    _wait(lambda: bool(done))
    accounts.update_account_settings("default", max_messages=250, search_days=60)
    finished: list[object] = []
    shell.controller.batch_finished.connect(finished.append)
    shell.controller.sync_now("default")
    _wait(lambda: bool(finished), timeout_s=600)

    # A second source: an mbox import (the sample mailbox when it is bundled).
    sample = ROOT / "jobops_desktop" / "data" / "sample" / "sample.mbox"
    if sample.exists():
        finished.clear()
        shell.controller.import_file(sample, "takeout-2024")
        _wait(lambda: bool(finished), timeout_s=600)

    window.show_page("accounts")
    _wait(lambda: False, 0.8)
    window.grab().save(str(out_dir / "accounts.png"))

    window.show_page("runs")
    _wait(lambda: bool(shell.runs_page.messages_model.rows), 10)
    _wait(lambda: False, 0.5)
    window.grab().save(str(out_dir / "runs.png"))

    shell.open_settings()
    dialog = shell._settings_dialog
    _wait(lambda: dialog.loaded, 10)
    _wait(lambda: not dialog.model_status.text().startswith("Checking"), 60)
    for index, name in enumerate(("settings-accounts", "settings-sync", "settings-router",
                                  "settings-data")):
        dialog.tabs.setCurrentIndex(index)
        _wait(lambda: False, 0.3)
        dialog.grab().save(str(out_dir / f"{name}.png"))
    dialog.reject()
    google.stop()


def main(out_dir: Path) -> None:
    from jobops_desktop.store import database_path, open_database
    from jobops_desktop.ui.app import build_main_window, create_application

    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="jobops-shots-sync-"))
    open_database(database_path(work))
    create_application()
    window = build_main_window()
    window.resize(1360, 820)
    window.show()
    capture_sync_pages(window, out_dir, work)
    from jobops_desktop.ui import worker

    worker.shutdown()
    print(f"screenshots in {out_dir}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "screenshots")

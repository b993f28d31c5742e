"""How responsive the window stays during a big sync: python benchmarks/bench_ui_stall.py

Opens the real main window (offscreen) with its shell on a temporary data folder, connects
Gmail against the stand-in Google on 127.0.0.1 (tests/fake_google.py, run in a separate
process as the real Google would be), then syncs 1,000 messages from the UI controller
while a 5 ms QTimer heartbeat on the GUI thread records the longest gap between ticks. The
longest gap minus the heartbeat interval is the worst GUI stall; the issue's bound is 100 ms.
The machine's load average is printed too: on a shared, overloaded machine the operating
system itself delays the GUI thread.

By default routing runs without the model (every message goes to review; the GUI work is
the same: progress, list refreshes). `--model` routes with the bundled model as well, which
takes much longer on a small machine.

Options: --messages N (default 1000), --model.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

WORK = Path(tempfile.mkdtemp(prefix="jobops-bench-stall-"))
# A file keyring in the temporary folder: the benchmark never touches the user's keyring.
os.environ["XDG_DATA_HOME"] = str(WORK / "xdg")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for name in ("GMAIL_OAUTH_CLIENT_ID", "GMAIL_OAUTH_CLIENT_SECRET", "GMAIL_OAUTH_REDIRECT_URI"):
    os.environ.pop(name, None)

from fake_google import FakeGoogle  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_sync_support import Heartbeat, add_recruiter_mail, open_in_test_browser  # noqa: E402

from jobops_desktop.services import accounts, inbox, settings  # noqa: E402
from jobops_desktop.store import database_path, open_database  # noqa: E402
from jobops_desktop.ui import worker  # noqa: E402
from jobops_desktop.ui.app import build_main_window, create_application  # noqa: E402
from jobops_desktop.ui.tray import install_tray  # noqa: E402


def wait_for(condition, timeout_s: float) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step timed out")
        app.processEvents()
        time.sleep(0.002)


def serve(messages: int) -> None:
    """Child process: the stand-in Google with `messages` recruiter emails, until stdin ends."""
    google = FakeGoogle().start()
    add_recruiter_mail(google, messages)
    print(json.dumps({"base_url": google.base_url, "client": google.client_config()}),
          flush=True)
    sys.stdin.read()
    google.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--model", action="store_true", help="route with the bundled model")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        serve(args.serve)
        return

    server = subprocess.Popen([sys.executable, __file__, "--serve", str(args.messages)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        standin = json.loads(server.stdout.readline())
        measure(args, standin)
    finally:
        server.stdin.close()
        server.wait(timeout=30)


def measure(args: argparse.Namespace, standin: dict) -> None:
    os.environ["JOBOPS_GOOGLE_STANDIN"] = standin["base_url"]
    open_database(database_path(WORK / "data"))
    if not args.model:
        settings.set("router.model_path", str(WORK / "no-model.gguf"))
    client_file = WORK / "client_secret.json"
    client_file.write_text(json.dumps(standin["client"]), encoding="utf-8")
    settings.set("oauth.client_secret_file", str(client_file))

    app = create_application()
    window = build_main_window()
    window.resize(1280, 800)
    shell = install_tray(app, window, tray_available=False)
    shell.scheduler.stop()
    shell.controller.open_browser = open_in_test_browser
    window.show()
    connected: list[str] = []
    shell.controller.connect_finished.connect(lambda key, error: connected.append(error))
    shell.controller.connect_gmail("default")
    wait_for(lambda: bool(connected), timeout_s=60)
    if connected[0]:
        raise SystemExit(f"connect failed: {connected[0]}")
    accounts.update_account_settings("default", max_messages=min(args.messages, 5000))

    finished: list[object] = []
    shell.controller.batch_finished.connect(finished.append)
    updates = [0]
    shell.controller.progress.connect(lambda *_: updates.__setitem__(0, updates[0] + 1))
    window.show_page("accounts")
    heartbeat = Heartbeat(5)
    heartbeat.start()
    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    assert shell.controller.sync_now("default")
    wait_for(lambda: bool(finished), timeout_s=3600)
    # Let the views refresh with the new messages inside the measured window.
    settle_until = time.monotonic() + 1.0
    wait_for(lambda: time.monotonic() > settle_until and worker.pending_count() == 0, 60)
    heartbeat.stop()
    elapsed = time.perf_counter() - started
    outcome = finished[0].outcomes[0]
    routing = "bundled model" if args.model else "no model (all to review)"
    print(f"messages synced: {outcome.discovered} (stored {inbox.counts()['all']}); "
          f"routing: {routing}")
    print(f"sync time: {elapsed:.1f} s; progress updates on the GUI thread: {updates[0]}; "
          f"heartbeats: {heartbeat.ticks}")
    print(f"load average (1 min) before/after: {load_before:.2f} / {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} CPUs")
    print(f"longest GUI stall: {heartbeat.max_stall_ms:.1f} ms (bound: 100 ms)")
    worker.shutdown()
    window.hide()


if __name__ == "__main__":
    main()

"""`jobops --selftest`: check that this installation works, frozen or from source.

Each check prints one line, `[ OK ]` or `[FAIL]`, with what it found. The database is a
fresh file in a temporary folder (the user's own data is never opened); the model is the
bundled one; one sample message is routed; the main window is built offscreen when there is
no display. Exit code 0 when every check passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import mailbox
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

from . import APP_NAME, __version__
from .paths import PORTABLE_MARKER, app_root, data_dir, resource_root, resources_dir

SAMPLE_DIR = Path(__file__).resolve().parent / "data" / "sample"

# Used when the package has no sample mail (jobops_desktop/data/sample/*.eml).
EMBEDDED_SAMPLE = """\
From: Acme Robotics Recruiting <no-reply@greenhouse.io>
To: you@example.com
Subject: Interview invitation: Backend Engineer at Acme Robotics
Date: Mon, 02 Nov 2026 15:04:00 +0000
Message-ID: <selftest-0001@greenhouse.io>
Content-Type: text/plain; charset=utf-8

Hi there,

Thank you for applying to the Backend Engineer role at Acme Robotics. We would like to
invite you to a technical interview with two engineers from the team. Please pick a time
that suits you using the scheduling link below.

Best regards,
The Acme Robotics Recruiting Team
"""
EMBEDDED_JOB = ("Acme Robotics", "Backend Engineer")


class CheckFailed(Exception):
    """A check found a problem; the message says which."""


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


class SelfTest:
    def __init__(self, out=None) -> None:
        self.out = out or sys.stdout
        self.results: list[CheckResult] = []

    def check(self, name: str, fn: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail, ok = fn(), True
        except CheckFailed as exc:
            detail, ok = str(exc), False
        except Exception as exc:  # a selftest reports every failure, whatever it is
            detail, ok = f"{type(exc).__name__}: {exc}", False
            if os.environ.get("JOBOPS_SELFTEST_TRACEBACK"):
                traceback.print_exc(file=self.out)
        elapsed = time.perf_counter() - started
        self.results.append(CheckResult(name, ok, detail, elapsed))
        mark = "[ OK ]" if ok else "[FAIL]"
        print(f"{mark} {name}: {detail} ({elapsed:.2f} s)", file=self.out, flush=True)
        return ok

    @property
    def failed(self) -> list[CheckResult]:
        return [r for r in self.results if not r.ok]


# ------------------------------------------------------------------------ checks

def check_runtime() -> str:
    kind = "frozen" if getattr(sys, "frozen", False) else "source"
    return (f"{APP_NAME} {__version__} ({kind}), Python {platform.python_version()}, "
            f"{platform.system()} {platform.machine()}, app folder {app_root()}")


def check_data_folder(explicit: str | None) -> str:
    portable = (app_root() / PORTABLE_MARKER).exists()
    where = data_dir(explicit)
    mode = "portable: data beside the executable" if portable else "user data folder"
    return f"{where} ({mode}; not opened by the selftest)"


def check_resources() -> str:
    folder = resources_dir()
    if not folder.is_dir():
        raise CheckFailed(f"resources folder missing: {folder}")
    files = [p for p in folder.rglob("*") if p.is_file()]
    if not files:
        raise CheckFailed(f"resources folder is empty: {folder}")
    return f"{len(files)} files in {folder}"


def check_database(temp_dir: Path) -> str:
    from .store import database_path, open_database
    from .store.migrations import SCHEMA_VERSION, get_user_version

    database = open_database(database_path(temp_dir))
    version = get_user_version(database)
    if version != SCHEMA_VERSION:
        raise CheckFailed(f"schema version {version}, expected {SCHEMA_VERSION}")
    tables = len(database.get_tables())
    return f"created and migrated to schema v{version} ({tables} tables) in a temporary folder"


def check_keyring() -> str:
    from importlib.metadata import entry_points

    import keyring

    found = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    if not found:
        raise CheckFailed("no keyring backends found (package metadata missing)")
    from .mail.oauth import InsecureKeyringError, _keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    try:
        _keyring()
    except InsecureKeyringError:
        return (f"backend {name} keeps secrets in a plain file: Gmail tokens will be refused "
                "until a Secret Service / Keychain / Credential Manager is available")
    return f"backend {name} ({len(found)} known)"


def check_gmail_discovery() -> str:
    from googleapiclient.discovery_cache import get_static_doc

    document = get_static_doc("gmail", "v1")
    if not document:
        raise CheckFailed("googleapiclient's static discovery document gmail.v1.json is missing")
    return f"static discovery document gmail v1 ({len(document) // 1024} KB)"


def check_model() -> str:
    from .services.routing import router_status

    status = router_status()
    if not status.startswith("ready"):
        raise CheckFailed(status)
    return status


def _describe(routed, origin: str) -> str:
    linked = routed.job_id or routed.suggested_job_id
    target = f"job #{linked}" if linked else "no job"
    return (f"{origin}: relevant={routed.relevant}, {target}, "
            f"stage {routed.suggested_stage}, confidence {routed.confidence}, "
            f"bucket {routed.bucket or '-'}, status {routed.processing_status}; "
            f"reason: {routed.reason}")


def _route_bundled_sample(temp_dir: Path) -> str:
    """One message of the app's sample mailbox, through the real import pipeline."""
    from .services import sample_data

    sample_data.create_sample_jobs()
    source = mailbox.mbox(str(SAMPLE_DIR / "sample.mbox"), create=False)
    try:
        messages = list(source)
    finally:
        source.close()
    if not messages:
        raise CheckFailed("the bundled sample mailbox is empty")
    chosen = next((m for m in messages if "interview" in str(m["Subject"]).lower()),
                  messages[0])
    # Dates move with the sample jobs (see sample_data.date_shift).
    sent = parsedate_to_datetime(str(chosen["Date"])) + sample_data.date_shift()
    del chosen["Date"]
    chosen["Date"] = format_datetime(sent)
    target = mailbox.mbox(str(temp_dir / "selftest.mbox"))
    try:
        target.add(chosen)
        target.flush()
    finally:
        target.close()
    return _import_one(temp_dir / "selftest.mbox",
                       "bundled sample (1 of sample.mbox, via the import pipeline)")


def _route_embedded_sample() -> str:
    """The message embedded above, through the same import pipeline (no sample mailbox)."""
    from .services.tracking import JobInput, create_job

    company, title = EMBEDDED_JOB
    create_job(JobInput(company=company, title=title))
    with tempfile.TemporaryDirectory(prefix="jobops-selftest-") as folder:
        path = Path(folder) / "selftest.eml"
        path.write_text(EMBEDDED_SAMPLE, encoding="utf-8")
        return _import_one(path, "embedded sample")


def _import_one(path: Path, origin: str) -> str:
    """Import the one message in `path` through the real pipeline, routed, and describe it."""
    from .services.sync import import_mail, run_messages

    run = import_mail(path, account_key="selftest", route=True)
    routed = run_messages(run.id)
    if run.status != "completed" or len(routed) != 1:
        raise CheckFailed(f"import run {run.status}: {len(routed)} messages, "
                          f"{run.error_message or 'no error message'}")
    if not routed[0].routed:
        raise CheckFailed(f"the {origin} message was imported but not routed")
    return _describe(routed[0], origin)


def check_route_sample(temp_dir: Path) -> str:
    if (SAMPLE_DIR / "jobs.json").is_file() and (SAMPLE_DIR / "sample.mbox").is_file():
        return _route_bundled_sample(temp_dir)
    return _route_embedded_sample()


def _ensure_display() -> str:
    if os.environ.get("QT_QPA_PLATFORM"):
        return os.environ["QT_QPA_PLATFORM"]
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and not has_display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return "offscreen"
    return "default"


def check_main_window(temp_dir: Path) -> str:
    platform_name = _ensure_display()
    from PySide6.QtCore import QSettings

    from .ui import worker
    from .ui.app import build_main_window, create_application

    app = create_application()
    # Window layout goes to a throwaway file, not the user's settings.
    settings = QSettings(str(temp_dir / "selftest.ini"), QSettings.Format.IniFormat)
    window = build_main_window(settings=settings)
    try:
        window.show()
        deadline = time.monotonic() + 3.0
        while time.monotonic() < deadline and not window.isVisible():
            app.processEvents()
            time.sleep(0.01)
        for _ in range(20):  # let the first page loads arrive and paint
            app.processEvents()
            time.sleep(0.01)
        if not window.isVisible():
            raise CheckFailed("the main window did not become visible")
        size = window.size()
        return (f"'{window.windowTitle()}' {size.width()}x{size.height()} on Qt platform "
                f"{app.platformName()} (requested {platform_name})")
    finally:
        window.close()
        worker.shutdown()
        app.processEvents()


# ------------------------------------------------------------------------ entry

def run_selftest(args: argparse.Namespace) -> int:
    from .store import close_database

    print(f"{APP_NAME} selftest", flush=True)
    test = SelfTest()
    temp_dir = Path(tempfile.mkdtemp(prefix="jobops-selftest-"))
    try:
        test.check("runtime", check_runtime)
        test.check("data folder", lambda: check_data_folder(getattr(args, "data_dir", None)))
        test.check("resources", check_resources)
        database_ok = test.check("database", lambda: check_database(temp_dir))
        test.check("keyring", check_keyring)
        test.check("gmail discovery", check_gmail_discovery)
        test.check("model", check_model)
        if database_ok:
            test.check("route sample", lambda: check_route_sample(temp_dir))
        else:
            test.results.append(CheckResult("route sample", False, "skipped: no database", 0))
            print("[FAIL] route sample: skipped: no database", flush=True)
        test.check("main window", lambda: check_main_window(temp_dir))
    finally:
        close_database()
        shutil.rmtree(temp_dir, ignore_errors=True)
    failed = test.failed
    total = len(test.results)
    if failed:
        names = ", ".join(r.name for r in failed)
        print(f"selftest: {total - len(failed)} passed, {len(failed)} failed ({names})",
              flush=True)
        return 1
    print(f"selftest: {total} passed, 0 failed (resources from {resource_root()})", flush=True)
    return 0

"""Start the desktop app: QApplication, data folder, logging, database, crash handling, window.

Order in `run_gui` (hook points for the shell features are marked):
  1. QApplication           2. single instance check (hook)   3. data dir + logging
  4. crash handling         5. database (StoreError -> message, exit 2)
  6. build_main_window()    7. tray (hook: install_tray(app, window))   8. show unless --tray
"""

from __future__ import annotations

import argparse
import faulthandler
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_ID, APP_NAME, __version__
from ..logging_setup import configure_logging, get_logger
from ..paths import data_dir, logs_dir
from ..store import StoreError, close_database, database_path, open_database
from . import single_instance, worker
from .events import AppEvents
from .main_window import MainWindow
from .theme import app_icon, stylesheet
from .tray import install_tray, should_show_window, show_window

log = get_logger("ui.app")

ORGANIZATION = "JobOps"
CRASH_FILENAME = "crash.log"
UI_STATE_FILENAME = "ui-state.ini"
_crash_file: IO[str] | None = None
_previous_excepthook = sys.excepthook


WM_INSTANCE_NAME = "jobops"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, icon and stylesheet (reuses one that already exists)."""
    app = QApplication.instance()
    if app is None:
        args = list(argv if argv is not None else sys.argv[:1]) or [""]
        # X11 names the window's instance after argv[0] ("__main__.py" under `python -m`);
        # the desktop file's StartupWMClass expects this name, so docks group the window
        # with its launcher.
        args[0] = WM_INSTANCE_NAME
        app = QApplication(args)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    return app


def build_main_window(events: AppEvents | None = None,
                      settings: QSettings | None = None) -> MainWindow:
    """The main window with every page, on the already opened database."""
    from . import inbox_view

    window = MainWindow(events=events, settings=settings)
    inbox_view.install(window)  # Tracking Inbox page and the job's Emails tab
    return window


def show_message(title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Critical,
                 parent: QWidget | None = None) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("startupMessage")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


# ---------------------------------------------------------------- crash handling

def install_crash_handling(base: Path) -> None:
    """faulthandler into crash.log (offered at the next start) and an excepthook dialog."""
    global _crash_file, _previous_excepthook
    path = base / CRASH_FILENAME
    previous = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    if previous.strip():
        saved = base / "logs" / "crash-previous.log"
        saved.parent.mkdir(parents=True, exist_ok=True)
        saved.write_text(previous, encoding="utf-8")
        log.warning("previous session crashed; report kept at %s", saved)
        show_message("JobOps closed unexpectedly last time",
                     "The previous session ended with a crash. A technical report was saved "
                     f"to:\n{saved}\n\nIt contains no email text; attach it to a bug report "
                     "if the crash repeats.", QMessageBox.Icon.Information)
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = path.open("w", encoding="utf-8")
    faulthandler.enable(_crash_file, all_threads=True)
    if sys.excepthook is not _excepthook:
        _previous_excepthook = sys.excepthook
    sys.excepthook = _excepthook


def _disable_crash_file(base: Path) -> None:
    """A clean exit: stop faulthandler and leave an empty crash file behind."""
    global _crash_file
    if _crash_file is None:
        return
    faulthandler.disable()
    if sys.excepthook is _excepthook:
        sys.excepthook = _previous_excepthook
    _crash_file.close()
    _crash_file = None
    (base / CRASH_FILENAME).write_text("", encoding="utf-8")


def _excepthook(exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unhandled exception: %s\n%s", exc_type.__name__, details)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "Unexpected error",
                      f"JobOps hit an unexpected error: {exc_type.__name__}: {exc}\n\n"
                      "Your data is saved. You can keep working, or quit and restart.",
                      QMessageBox.StandardButton.Ok)
    box.setObjectName("crashDialog")
    box.setDetailedText(details)
    box.exec()


# ---------------------------------------------------------------- entry point

def run_gui(args: argparse.Namespace) -> int:
    app = create_application()

    base = data_dir(getattr(args, "data_dir", None))
    # Single instance: if JobOps already runs on this data folder, it shows its window.
    instance = single_instance.claim(base)
    if instance is None:
        return 0
    try:
        configure_logging(logs_dir(base), verbose=getattr(args, "verbose", False))
    except OSError as exc:
        show_message("JobOps cannot start", f"The data folder {base} is not writable: {exc}")
        return 2
    log.info("starting %s %s", APP_NAME, __version__)
    install_crash_handling(base)

    try:
        open_database(database_path(base))
    except StoreError as exc:
        log.error("database not opened: %s", exc.kind)
        show_message("JobOps cannot open its database", exc.message)
        _disable_crash_file(base)
        return 2

    # Window layout lives beside the database, so --data-dir and portable mode keep it too.
    ui_state = QSettings(str(base / UI_STATE_FILENAME), QSettings.Format.IniFormat)
    window = build_main_window(settings=ui_state)
    from .inbox_view import install_sample_data

    install_sample_data(window)  # "Try with sample data" loads and routes the sample mailbox

    # Mail pages, Mail menu, background sync and the tray (which keeps the app running when
    # the window closes); --background starts hidden in the tray when there is one.
    background = bool(getattr(args, "background", False))
    shell = install_tray(app, window, background=background)
    instance.show_requested.connect(lambda: show_window(window))

    if should_show_window(shell, background):
        window.show()
    app.aboutToQuit.connect(window.save_layout)
    try:
        return app.exec()
    finally:
        worker.shutdown()
        close_database()
        _disable_crash_file(base)

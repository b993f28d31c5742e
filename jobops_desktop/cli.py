"""Command line: the GUI by default, plus sync, import, eval, fetch-model and --selftest.

Every subcommand handler lives beside the code it drives and takes the parsed args,
returning an exit code. Imports are lazy so `jobops --help` stays instant.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import APP_NAME, __version__
from .vocab import DEFAULT_ACCOUNT_KEY, DEFAULT_MAX_MESSAGES, DEFAULT_SEARCH_DAYS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jobops", description=APP_NAME)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", help="folder for the database and logs "
                        "(default: the platform's user data folder, or $JOBOPS_DATA_DIR)")
    parser.add_argument("--verbose", action="store_true", help="debug logging")
    parser.add_argument("--tray", "--background", dest="background", action="store_true",
                        help="start in the system tray (for log-in start)")
    parser.add_argument("--selftest", action="store_true",
                        help="check database, model, router and window offscreen, then exit")
    sub = parser.add_subparsers(dest="command")

    sync = sub.add_parser("sync", help="sync a connected Gmail account now")
    sync.add_argument("--account", default=DEFAULT_ACCOUNT_KEY)
    sync.add_argument("--max-messages", type=int, default=None,
                      help=f"default: the account's setting ({DEFAULT_MAX_MESSAGES})")
    sync.add_argument("--search-days", type=int, default=None,
                      help=f"default: the account's setting ({DEFAULT_SEARCH_DAYS})")
    sync.add_argument("--no-route", action="store_true", help="store messages without routing")

    connect = sub.add_parser("connect", help="connect a Gmail account in the browser")
    connect.add_argument("--account", default=DEFAULT_ACCOUNT_KEY)
    connect.add_argument("--client-secret", help="client-secret JSON file from Google Cloud")
    disconnect = sub.add_parser("disconnect", help="revoke and forget a Gmail account")
    disconnect.add_argument("--account", default=DEFAULT_ACCOUNT_KEY)

    imp = sub.add_parser("import", help="import an mbox file or a folder of .eml files")
    imp.add_argument("path")
    imp.add_argument("--account", default=None, help="account key (default: from the file name)")
    imp.add_argument("--no-route", action="store_true", help="store messages without routing")

    ev = sub.add_parser("eval", help="measure the Smart Router on a labelled corpus")
    ev.add_argument("corpus")
    ev.add_argument("--out", help="report path (default: CORPUS/../eval-report.json)")
    ev.add_argument("--model", help="GGUF model file (default: the bundled model)")
    ev.add_argument("--limit", type=int, default=None, help="route only the first N messages")
    ev.add_argument("--measure-model", action="store_true",
                    help="score every message with the model, for router.calibrate's fit "
                         "(decisions unchanged; slower)")

    fetch = sub.add_parser("fetch-model", help="fetch and verify the bundled GGUF model")
    fetch.add_argument("--manifest", help="manifest JSON (default: models/manifest.json)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.selftest:
        from .selftest import run_selftest
        return run_selftest(args)
    if args.command is None:
        from .ui.app import run_gui
        return run_gui(args)
    from .commands import run_command
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())

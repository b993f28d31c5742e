"""Command-line subcommands: set up data folder, logging and database, then dispatch."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from .logging_setup import configure_logging
from .paths import data_dir, logs_dir
from .store import StoreError, database_path, open_database

# subcommand -> "module:function"; each function takes the args and returns an exit code.
HANDLERS = {
    "sync": "jobops_desktop.services.sync:cli_sync",
    "connect": "jobops_desktop.services.accounts:cli_connect",
    "disconnect": "jobops_desktop.services.accounts:cli_disconnect",
    "import": "jobops_desktop.services.sync:cli_import",
    "eval": "jobops_desktop.router.evaluate:cli_eval",
    "fetch-model": "jobops_desktop.router.model_files:cli_fetch",
}

# Commands that work without the user's database (eval uses a throwaway one).
NO_DATABASE = {"eval", "fetch-model"}


def open_user_database(args: argparse.Namespace) -> Path:
    base = data_dir(args.data_dir)
    configure_logging(logs_dir(base), verbose=args.verbose)
    open_database(database_path(base))
    return base


def run_command(args: argparse.Namespace) -> int:
    try:
        if args.command not in NO_DATABASE:
            open_user_database(args)
        module_name, func_name = HANDLERS[args.command].split(":")
        handler = getattr(importlib.import_module(module_name), func_name)
        return int(handler(args) or 0)
    except StoreError as exc:
        print(f"jobops: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("jobops: interrupted", file=sys.stderr)
        return 130

"""Logging: one named logger per subsystem, a rotating file in the data folder.

Rule for every module: log ids, counts and error kinds, never tokens, email bodies,
snippets or subjects. The redacting filter is a second line of defence, not the first.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILENAME = "jobops.log"

_SECRET_PATTERNS = (
    re.compile(r"ya29\.[\w\-.]+"),  # Google access tokens
    re.compile(r"1//[\w\-.]+"),  # Google refresh tokens
    re.compile(r"(?i)((?:refresh|access|id)_token|client_secret|code)([\"'=:\s]+)[\w\-./~+]{8,}"),
    re.compile(r"(?i)(bearer\s+)[\w\-.~+/]+=*"),
)


def redact(text: str) -> str:
    for pattern in _SECRET_PATTERNS:
        if pattern.groups >= 2:
            text = pattern.sub(lambda m: m.group(1) + m.group(2) + "[redacted]", text)
        elif pattern.groups == 1:
            text = pattern.sub(lambda m: m.group(1) + "[redacted]", text)
        else:
            text = pattern.sub("[redacted]", text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def configure_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILENAME
    root = logging.getLogger("jobops")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    # Third-party libraries may log request URLs and bodies at DEBUG: keep them quiet.
    for noisy in ("googleapiclient", "google_auth_oauthlib", "urllib3", "oauthlib",
                  "requests_oauthlib", "google.auth"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(f"jobops.{name}")

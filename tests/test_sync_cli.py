"""The command line against the stand-in Google, and what ends up in the log files."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT
from fake_google import CLIENT_SECRET, connect

from jobops_desktop.cli import main
from jobops_desktop.logging_setup import configure_logging
from jobops_desktop.mail.gmail import RetryPolicy
from jobops_desktop.paths import logs_dir
from jobops_desktop.services import accounts, sync
from jobops_desktop.store import TrackedMessage

MBOX = FIXTURES / "mail" / "recruiting.mbox"
CORPUS = FIXTURES / "mail" / "corpus"
FAST = RetryPolicy(max_attempts=3, base_delay_s=0.01, max_delay_s=0.05)


def jobops(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jobops_desktop", "--data-dir", str(data_dir),
                           *args], cwd=ROOT, env=dict(os.environ), capture_output=True,
                          text=True, timeout=300)


@pytest.fixture()
def app_logs(data_dir: Path):
    path = configure_logging(logs_dir(data_dir), verbose=True)
    yield path
    for handler in list(logging.getLogger("jobops").handlers):
        logging.getLogger("jobops").removeHandler(handler)
        handler.close()


def test_no_token_body_snippet_or_subject_in_any_log_file(fake_google, tmp_path: Path,
                                                          data_dir: Path, app_logs: Path) -> None:
    fake_google.load_mbox(MBOX)
    for name in sorted(p.name for p in CORPUS.glob("*.eml")):
        fake_google.add_message((CORPUS / name).read_bytes())
    connect(fake_google, tmp_path)
    fake_google.fail_next(429, 1, path_contains="/messages/", retry_after="0")
    first = sync.sync_account("default", route=False, retry=FAST)
    fake_google.expire_history()
    sync.sync_account("default", route=False, retry=FAST)
    sync.import_mail(MBOX, route=False)
    fake_google.revoke_all()
    revoked = sync.sync_account("default", route=False, retry=FAST)
    connect(fake_google, tmp_path)
    accounts.disconnect("default")
    assert first.status == "completed" and revoked.error_code == "invalid_grant"

    secrets = [*fake_google.issued, CLIENT_SECRET]
    private: list[str] = []
    for message in TrackedMessage.select():
        private += [message.subject, message.snippet]
        private += [line for line in message.body_text.splitlines() if len(line.strip()) >= 15]
    private = [text for text in private if len(text.strip()) >= 8]
    assert len(secrets) >= 4 and len(private) > 50

    log_files = [p for p in logs_dir(data_dir).rglob("*") if p.is_file()]
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in log_files)
    assert f"run {first.id} completed" in text  # the log is really written
    for secret in secrets:
        assert secret not in text
    leaked = [snippet for snippet in private if snippet in text]
    assert leaked == []


def test_cli_sync_end_to_end(fake_google, tmp_path: Path, data_dir: Path) -> None:
    fake_google.load_mbox(MBOX)
    connect(fake_google, tmp_path)

    first = jobops(data_dir, "sync", "--account", "default", "--max-messages", "100",
                   "--search-days", "30", "--no-route")
    assert first.returncode == 0, first.stderr
    assert "completed: 12 new message(s)" in first.stdout
    assert TrackedMessage.select().count() == 12

    again = jobops(data_dir, "sync", "--account", "default", "--max-messages", "100",
                   "--search-days", "30", "--no-route")
    assert again.returncode == 0, again.stderr
    assert "completed: 0 new message(s)" in again.stdout
    assert TrackedMessage.select().count() == 12
    log_text = (logs_dir(data_dir) / "jobops.log").read_text(encoding="utf-8")
    assert "Application received" not in log_text


@pytest.mark.slow  # routes through the bundled model in a fresh process
def test_cli_sync_with_routing_exact_command(fake_google, tmp_path: Path, data_dir: Path) -> None:
    fake_google.load_mbox(MBOX)
    connect(fake_google, tmp_path)
    result = jobops(data_dir, "sync", "--account", "default", "--max-messages", "100",
                    "--search-days", "30")
    assert result.returncode == 0, result.stderr
    assert "completed: 12 new message(s)" in result.stdout and "12 routed" in result.stdout
    assert TrackedMessage.select().where(TrackedMessage.routed == True).count() == 12  # noqa: E712
    # Routing logs too: still no token, subject, snippet or body line in any log file.
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in logs_dir(data_dir).rglob("*") if p.is_file())
    assert "routed" in text or "run " in text
    private = [*fake_google.issued]
    for message in TrackedMessage.select():
        private += [message.subject, message.snippet, message.body_text.splitlines()[0]]
    assert [item for item in private if len(item) >= 8 and item in text] == []


def test_cli_errors_have_exit_codes_and_next_steps(fake_google, tmp_path: Path,
                                                   data_dir: Path, capsys) -> None:
    assert main(["--data-dir", str(data_dir), "sync", "--account", "nobody"]) == 2
    assert "jobops connect --account nobody" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "sync", "--max-messages", "9000"]) == 2
    fake_google.load_mbox(MBOX)
    connect(fake_google, tmp_path)
    fake_google.revoke_all()
    assert main(["--data-dir", str(data_dir), "sync", "--no-route"]) == 1
    err = capsys.readouterr().err
    assert "Reconnect Gmail" in err
    assert main(["--data-dir", str(data_dir), "sync", "--no-route"]) == 2  # token gone now
    assert "Disconnect and reconnect Gmail" in capsys.readouterr().err


def test_cli_import_and_disconnect(fake_google, tmp_path: Path, data_dir: Path, capsys) -> None:
    assert main(["--data-dir", str(data_dir), "import", str(MBOX), "--no-route"]) == 0
    assert "completed: 12 new message(s)" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "import", str(MBOX), "--no-route"]) == 0
    assert "completed: 0 new message(s)" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "import", str(tmp_path / "none.mbox")]) == 2

    connect(fake_google, tmp_path)
    assert main(["--data-dir", str(data_dir), "disconnect", "--account", "default"]) == 0
    assert "access revoked" in capsys.readouterr().out
    assert len(fake_google.revoked) == 1

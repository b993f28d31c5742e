"""Connecting and disconnecting Gmail: the real InstalledAppFlow against the stand-in Google."""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import keyring
import pytest
from fake_google import (
    CLIENT_ID,
    CLIENT_SECRET,
    EMAIL,
    connect,
    follow_in_browser,
    write_client_secret,
)

from jobops_desktop.mail.oauth import KEYRING_SERVICE, MailError
from jobops_desktop.services import accounts, settings, sync
from jobops_desktop.store import ProviderAccount


def stored_token(account_key: str = "default") -> str | None:
    return keyring.get_password(KEYRING_SERVICE, account_key)


def test_connect_keeps_the_refresh_token_in_the_keyring_only(fake_google, tmp_path: Path,
                                                               data_dir: Path,
                                                               keyring_file: Path) -> None:
    account = connect(fake_google, tmp_path)

    assert account.status == "connected"
    assert account.email_address == EMAIL
    token = stored_token()
    assert token and token in fake_google.refresh_tokens and fake_google.refresh_tokens[token]
    assert keyring_file.exists()
    # Not in the database (WAL included), not in settings.
    for path in data_dir.iterdir():
        assert token.encode() not in path.read_bytes(), path.name
    assert token not in json.dumps(settings.all_settings())
    assert accounts.token_present("default")
    # The consent asked only for read-only Gmail, with a PKCE challenge and state.
    assert fake_google.codes == {}


def test_two_accounts_have_their_own_tokens(fake_google, tmp_path: Path) -> None:
    connect(fake_google, tmp_path, "default")
    connect(fake_google, tmp_path, "work")
    assert stored_token("default") != stored_token("work")
    assert [a.account_key for a in accounts.list_accounts()] == ["default", "work"]


def test_connect_from_environment_variables(fake_google, monkeypatch) -> None:
    monkeypatch.setenv("GMAIL_OAUTH_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("GMAIL_OAUTH_CLIENT_SECRET", CLIENT_SECRET)
    account = accounts.connect_gmail(open_browser=follow_in_browser, timeout_s=20)
    assert account.status == "connected" and stored_token()


def test_not_configured_says_what_to_do(fake_google) -> None:
    with pytest.raises(MailError) as info:
        accounts.connect_gmail(open_browser=follow_in_browser, timeout_s=5)
    assert info.value.code == "not_configured"
    assert "client-secret JSON" in info.value.next_step
    assert "GMAIL_OAUTH_CLIENT_ID" in info.value.next_step


def test_bad_client_secret_file_is_not_configured(fake_google, tmp_path: Path) -> None:
    broken = tmp_path / "client.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(MailError) as info:
        accounts.set_client_secret_file(str(broken))
    assert info.value.code == "not_configured" and "cannot be read" in info.value.message


def test_web_redirect_uri_is_refused_for_the_desktop_app(fake_google, tmp_path: Path,
                                                         monkeypatch) -> None:
    monkeypatch.setenv("GMAIL_OAUTH_REDIRECT_URI", "https://your-domain.com/oauth/gmail/callback")
    with pytest.raises(MailError) as info:
        connect(fake_google, tmp_path)
    assert info.value.code == "not_configured" and "loopback" in info.value.next_step


def test_connect_can_be_cancelled_while_waiting(fake_google, tmp_path: Path) -> None:
    accounts.set_client_secret_file(str(write_client_secret(fake_google, tmp_path)))
    opened: list[str] = []
    cancel = threading.Event()
    threading.Timer(0.4, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(MailError) as info:
        accounts.connect_gmail(open_browser=opened.append, timeout_s=30,
                               should_cancel=cancel.is_set)
    assert info.value.code == "cancelled"
    assert time.monotonic() - started < 5
    assert opened and opened[0].startswith(fake_google.base_url + "/o/oauth2/auth?")
    assert stored_token() is None
    # The loopback server is closed: the redirect target no longer answers.
    redirect = urllib.parse.parse_qs(urllib.parse.urlparse(opened[0]).query)["redirect_uri"][0]
    with pytest.raises(OSError):
        urllib.request.urlopen(redirect + "?code=x&state=y", timeout=2)


def test_connect_times_out(fake_google, tmp_path: Path) -> None:
    accounts.set_client_secret_file(str(write_client_secret(fake_google, tmp_path)))
    with pytest.raises(MailError) as info:
        accounts.connect_gmail(open_browser=lambda url: None, timeout_s=0.5)
    assert info.value.code == "timeout"


def test_a_forged_state_is_refused(fake_google, tmp_path: Path) -> None:
    accounts.set_client_secret_file(str(write_client_secret(fake_google, tmp_path)))

    def forging_browser(url: str) -> None:
        parsed = urllib.parse.urlparse(url)
        query = dict(urllib.parse.parse_qsl(parsed.query))
        query["state"] = "forged-state"
        follow_in_browser(parsed._replace(query=urllib.parse.urlencode(query)).geturl())

    with pytest.raises(MailError) as info:
        accounts.connect_gmail(open_browser=forging_browser, timeout_s=20)
    assert info.value.code == "state_mismatch"
    assert stored_token() is None


def test_declined_consent(fake_google, tmp_path: Path) -> None:
    fake_google.deny_consent = True
    with pytest.raises(MailError) as info:
        connect(fake_google, tmp_path)
    assert info.value.code == "access_denied"


def test_stand_in_checks_the_pkce_verifier(fake_google) -> None:
    verifier = "v" * 50
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=")
    query = urllib.parse.urlencode({
        "response_type": "code", "client_id": CLIENT_ID, "state": "s1",
        "redirect_uri": "http://127.0.0.1:9/", "scope": "https://www.googleapis.com/auth/"
        "gmail.readonly", "code_challenge": challenge.decode(), "code_challenge_method": "S256"})
    status, headers, _ = fake_google.authorize(dict(urllib.parse.parse_qsl(query)))
    code = dict(urllib.parse.parse_qsl(urllib.parse.urlparse(headers["location"]).query))["code"]
    status, body = fake_google.token({"grant_type": "authorization_code", "code": code,
                                      "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                                      "redirect_uri": "http://127.0.0.1:9/",
                                      "code_verifier": "w" * 50})
    assert (status, body["error"]) == (400, "invalid_grant")


def test_disconnect_revokes_at_google_and_deletes_the_keyring_entry(fake_google,
                                                                    tmp_path: Path) -> None:
    connect(fake_google, tmp_path)
    token = stored_token()
    accounts.disconnect("default")
    assert token in fake_google.revoked and not fake_google.refresh_tokens[token]
    assert stored_token() is None
    account = accounts.get_account("default")
    assert account.status == "disconnected" and account.last_error == ""
    assert not accounts.token_present("default")
    with pytest.raises(MailError) as info:
        sync.sync_account("default")
    assert info.value.code == "not_connected"


def test_disconnect_without_network_still_forgets_the_token(fake_google, tmp_path: Path) -> None:
    connect(fake_google, tmp_path)
    fake_google.stop()
    accounts.disconnect("default")
    assert stored_token() is None
    assert "myaccount.google.com/permissions" in accounts.get_account("default").last_error


def test_sync_without_a_token_says_disconnect_and_reconnect(fake_google, tmp_path: Path) -> None:
    connect(fake_google, tmp_path)
    keyring.delete_password(KEYRING_SERVICE, "default")
    run = sync.sync_account("default", route=False)
    assert run.status == "failed" and run.error_code == "no_refresh_token"
    assert "Disconnect and reconnect Gmail" in run.error_message


def test_unknown_account_cannot_sync(fake_google) -> None:
    with pytest.raises(MailError) as info:
        sync.sync_account("nobody")
    assert info.value.code == "not_connected"


def test_account_settings_are_bounded(fake_google, tmp_path: Path) -> None:
    from jobops_desktop.services.tracking import ValidationError

    connect(fake_google, tmp_path)
    account = accounts.update_account_settings("default", max_messages=5000, search_days=1)
    assert (account.max_messages, account.search_days) == (5000, 1)
    for bad in ({"max_messages": 0}, {"max_messages": 5001}, {"search_days": 366}):
        with pytest.raises(ValidationError):
            accounts.update_account_settings("default", **bad)
    assert ProviderAccount.get(account_key="default").max_messages == 5000



def test_without_a_keyring_the_grant_is_given_back(fake_google, tmp_path: Path) -> None:
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())  # what keyring falls back to when the OS has none
    with pytest.raises(MailError) as info:
        connect(fake_google, tmp_path)
    assert info.value.code == "keyring_unavailable"
    assert "keyring" in info.value.next_step.lower()
    assert len(fake_google.revoked) == 1
    assert accounts.get_account("default") is None


def test_a_plaintext_keyring_is_refused_unless_chosen_on_purpose(
        keyring_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jobops_desktop.mail import oauth

    # The same file backend the tests use, but as if found by accident on a desktop
    # without a Secret Service: the token must not land in a plain file.
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    with pytest.raises(MailError) as err:
        oauth.save_refresh_token("default", "1//secret-refresh-token")
    assert err.value.code == "keyring_unavailable"
    assert not keyring_file.exists()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    oauth.save_refresh_token("default", "1//secret-refresh-token")
    assert oauth.load_refresh_token("default") == "1//secret-refresh-token"

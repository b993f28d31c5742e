"""Mail accounts: connect Gmail in the browser, list, change sync parameters, disconnect.

The database keeps only non-secret facts about an account (its key, email address, status,
sync parameters, last history id); the refresh token is in the OS keyring (mail/oauth.py).
Functions here block (browser wait, network): call them from a worker thread.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import webbrowser
from collections.abc import Callable
from typing import Any

from ..logging_setup import get_logger
from ..mail import oauth
from ..mail.oauth import ClientConfig, GoogleEndpoints, MailError
from ..store import ProviderAccount, db
from ..vocab import (
    DEFAULT_ACCOUNT_KEY,
    DEFAULT_MAX_MESSAGES,
    DEFAULT_SEARCH_DAYS,
    MAX_MESSAGES_BOUNDS,
    SEARCH_DAYS_BOUNDS,
)
from . import settings
from .tracking import ValidationError

log = get_logger("accounts")

__all__ = ["MailError", "connect_gmail", "disconnect", "get_account", "list_accounts",
           "token_present", "update_account_settings"]


def list_accounts() -> list[ProviderAccount]:
    return list(ProviderAccount.select().order_by(ProviderAccount.account_key))


def get_account(account_key: str) -> ProviderAccount | None:
    return ProviderAccount.get_or_none(ProviderAccount.account_key == account_key)


def token_present(account_key: str) -> bool:
    """Whether a refresh token is stored for the account (the keyring is asked)."""
    try:
        return bool(oauth.load_refresh_token(account_key))
    except MailError:
        return False


def client_config(explicit: dict[str, Any] | None = None) -> ClientConfig:
    """The OAuth client: explicit, environment, or the client-secret file from settings."""
    return _configured_client(explicit, GoogleEndpoints.from_environment())


def _configured_client(explicit: dict[str, Any] | None,
                       endpoints: GoogleEndpoints) -> ClientConfig:
    # connect_gmail's `client_config` parameter (the shared contract) hides the function above.
    return oauth.load_client_config(
        explicit, client_secret_file=settings.get("oauth.client_secret_file") or None,
        endpoints=endpoints)


def set_client_secret_file(path: str) -> ClientConfig:
    """Check a client-secret JSON file and remember its path in settings."""
    config = oauth.load_client_config(None, client_secret_file=path,
                                      endpoints=GoogleEndpoints.from_environment())
    settings.set("oauth.client_secret_file", str(path))
    return config


def connect_gmail(account_key: str = DEFAULT_ACCOUNT_KEY, *,
                  client_config: dict[str, Any] | None = None,
                  open_browser: Callable[[str], Any] = webbrowser.open,
                  timeout_s: float = 300,
                  should_cancel: Callable[[], bool] | None = None) -> ProviderAccount:
    """Run the browser consent, store the refresh token in the keyring, record the account."""
    account_key = _clean_key(account_key)
    endpoints = GoogleEndpoints.from_environment()
    config = _configured_client(client_config, endpoints)
    log.info("connect: account %s, client from %s", account_key,
             config.source.split(":", 1)[0])
    creds = oauth.run_browser_flow(config, open_browser=open_browser, timeout_s=timeout_s,
                                   should_cancel=should_cancel)
    if not creds.refresh_token:
        raise MailError("no_refresh_token",
                        "Google did not return a refresh token for this connection.",
                        "Remove JobOps from https://myaccount.google.com/permissions, then "
                        "disconnect and reconnect Gmail.")
    email = ""
    try:
        from ..mail.gmail import GmailClient

        email = str(GmailClient(creds, endpoints).profile().get("emailAddress", ""))
    except MailError as exc:
        log.warning("connect: profile lookup failed (%s)", exc.code)
    try:
        oauth.save_refresh_token(account_key, creds.refresh_token)
    except MailError:
        # Nowhere safe to keep it: give the grant back rather than leave it dangling.
        with contextlib.suppress(MailError):
            oauth.revoke(creds.refresh_token, endpoints)
        raise
    with db.atomic():
        account = get_account(account_key)
        if account is None:
            account = ProviderAccount.create(account_key=account_key, provider="gmail")
        account.provider = "gmail"
        account.email_address = email
        account.status = "connected"
        account.last_error = ""
        account.save()
    log.info("connect: account %s connected", account_key)
    return account


def disconnect(account_key: str) -> None:
    """Revoke the token at Google, delete it from the keyring, mark the account disconnected.

    Stored messages and decisions stay. If Google cannot be reached the local token is still
    deleted and `last_error` on the account says to remove access in the Google account page.
    """
    account = get_account(account_key)
    token = oauth.load_refresh_token(account_key)
    revoke_problem = ""
    if token:
        try:
            oauth.revoke(token, GoogleEndpoints.from_environment())
        except MailError as exc:
            revoke_problem = (
                "Google could not be reached to revoke access; the token was deleted here. "
                "Remove JobOps at https://myaccount.google.com/permissions to be sure.")
            log.warning("disconnect: revoke failed for %s (%s)", account_key, exc.code)
        oauth.delete_refresh_token(account_key)
    if account is not None:
        account.status = "disconnected"
        account.history_id = ""
        account.last_error = revoke_problem
        account.save()
    log.info("disconnect: account %s disconnected (token %s)", account_key,
             "revoked" if token and not revoke_problem else "deleted" if token else "absent")


def update_account_settings(account_key: str, *, max_messages: int | None = None,
                            search_days: int | None = None) -> ProviderAccount:
    account = get_account(account_key)
    if account is None:
        account = ProviderAccount.create(account_key=_clean_key(account_key), provider="gmail",
                                         max_messages=DEFAULT_MAX_MESSAGES,
                                         search_days=DEFAULT_SEARCH_DAYS)
    if max_messages is not None:
        account.max_messages = check_max_messages(max_messages)
    if search_days is not None:
        account.search_days = check_search_days(search_days)
    account.save()
    return account


def check_max_messages(value: int) -> int:
    low, high = MAX_MESSAGES_BOUNDS
    if not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(f"maxMessages must be a whole number from {low} to {high}.")
    return value


def check_search_days(value: int) -> int:
    low, high = SEARCH_DAYS_BOUNDS
    if not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(f"searchDays must be a whole number from {low} to {high}.")
    return value


def _clean_key(account_key: str) -> str:
    key = (account_key or "").strip()
    if not key or len(key) > 100:
        raise ValidationError("An account key is 1 to 100 characters, e.g. 'default'.")
    return key


# ---------------------------------------------------------------- command line

def print_mail_error(exc: MailError) -> None:
    print(f"jobops: {exc.message}", file=sys.stderr)
    if exc.next_step:
        print(f"  Next step: {exc.next_step}", file=sys.stderr)


def _open_browser_and_print(url: str) -> bool:
    print("Opening Google's consent page in your browser. If it does not open, visit:\n"
          f"  {url}", flush=True)
    try:
        return webbrowser.open(url)
    except Exception:
        return False


def cli_connect(args: argparse.Namespace) -> int:
    try:
        if getattr(args, "client_secret", None):
            set_client_secret_file(args.client_secret)
        account = connect_gmail(args.account, open_browser=_open_browser_and_print)
    except MailError as exc:
        print_mail_error(exc)
        return 2 if exc.code == "not_configured" else 1
    except ValidationError as exc:
        print(f"jobops: {exc}", file=sys.stderr)
        return 2
    print(f"Connected Gmail account '{account.account_key}'"
          + (f" ({account.email_address})" if account.email_address else "") + ".")
    return 0


def cli_disconnect(args: argparse.Namespace) -> int:
    if get_account(args.account) is None and not token_present(args.account):
        print(f"jobops: no account '{args.account}' is known.", file=sys.stderr)
        return 2
    try:
        disconnect(args.account)
    except MailError as exc:
        print_mail_error(exc)
        return 1
    account = get_account(args.account)
    if account is not None and account.last_error:
        print(f"Disconnected '{args.account}'. {account.last_error}")
    else:
        print(f"Disconnected '{args.account}': access revoked and the token deleted.")
    return 0

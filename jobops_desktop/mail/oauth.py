"""Gmail OAuth for a desktop app: installed-app flow, keyring token store, clear errors.

- The browser flow is google-auth-oauthlib's InstalledAppFlow (PKCE and state checked by it),
  with a loopback redirect on 127.0.0.1 and a free port. Its wait is a loop of short
  `handle_request` calls so it can be cancelled and times out.
- Only the refresh token is kept, in the OS keyring (service "jobops-desktop", username =
  account key). Access tokens live in memory for one run.
- Every failure a person can act on is a MailError with a code, a message and a next step.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ..logging_setup import get_logger

log = get_logger("mail.oauth")

SCOPES = ["https://www.googleapis.com/auth/gmail.readonly"]
KEYRING_SERVICE = "jobops-desktop"
ENV_CLIENT_ID = "GMAIL_OAUTH_CLIENT_ID"
ENV_CLIENT_SECRET = "GMAIL_OAUTH_CLIENT_SECRET"
ENV_REDIRECT_URI = "GMAIL_OAUTH_REDIRECT_URI"
# Points every Google endpoint at a local stand-in (tests, benchmarks). Loopback only.
ENV_STANDIN = "JOBOPS_GOOGLE_STANDIN"

GOOGLE_AUTH_URI = "https://accounts.google.com/o/oauth2/auth"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
GOOGLE_REVOKE_URI = "https://oauth2.googleapis.com/revoke"


class MailError(Exception):
    """A mail problem with a user-facing message and the next step to take."""

    def __init__(self, code: str, message: str, next_step: str = "") -> None:
        super().__init__(f"{message} {next_step}".strip())
        self.code = code
        self.message = message
        self.next_step = next_step

    def __str__(self) -> str:
        return f"{self.message} {self.next_step}".strip()


def not_configured(detail: str = "") -> MailError:
    return MailError(
        "not_configured",
        "Gmail is not set up: no OAuth client is configured." + (f" {detail}" if detail else ""),
        "Choose your client-secret JSON file from Google Cloud (Settings > Gmail, or "
        "`jobops connect --client-secret FILE`), or set GMAIL_OAUTH_CLIENT_ID and "
        "GMAIL_OAUTH_CLIENT_SECRET. The README's Gmail section shows how to create one.",
    )


def no_refresh_token(account_key: str) -> MailError:
    return MailError(
        "no_refresh_token",
        f"No refresh token is stored for the Gmail account '{account_key}'.",
        "Disconnect and reconnect Gmail.",
    )


def invalid_grant(account_key: str) -> MailError:
    return MailError(
        "invalid_grant",
        f"Google no longer accepts the saved access for '{account_key}' (revoked or expired); "
        "the saved token was removed.",
        "Reconnect Gmail.",
    )


def network_error(detail: str) -> MailError:
    return MailError(
        "network",
        f"Google could not be reached ({detail}). Nothing was lost and the saved access is kept.",
        "Check the internet connection and try again later.",
    )


# ---------------------------------------------------------------- endpoints and client config

def _is_loopback(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and parsed.hostname in ("127.0.0.1", "localhost")


@dataclass(frozen=True)
class GoogleEndpoints:
    auth_uri: str = GOOGLE_AUTH_URI
    token_uri: str = GOOGLE_TOKEN_URI
    revoke_uri: str = GOOGLE_REVOKE_URI
    gmail_root: str | None = None  # None: the static discovery document's rootUrl

    @classmethod
    def standin(cls, base: str) -> GoogleEndpoints:
        base = base.rstrip("/")
        if not _is_loopback(base):
            raise ValueError("The Google stand-in must be on 127.0.0.1 or localhost.")
        return cls(f"{base}/o/oauth2/auth", f"{base}/token", f"{base}/revoke", f"{base}/")

    @classmethod
    def from_environment(cls) -> GoogleEndpoints:
        base = os.environ.get(ENV_STANDIN, "").strip()
        if base and _is_loopback(base):
            return cls.standin(base)
        if base:
            log.warning("%s ignored: not a loopback address", ENV_STANDIN)
        return cls()


@dataclass
class ClientConfig:
    client_id: str
    client_secret: str
    auth_uri: str
    token_uri: str
    redirect_host: str = "127.0.0.1"
    redirect_port: int = 0
    source: str = ""  # "environment", "file:<path>" or "given"
    extra: dict[str, Any] = field(default_factory=dict)

    def as_flow_config(self) -> dict[str, Any]:
        return {"installed": {
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "auth_uri": self.auth_uri,
            "token_uri": self.token_uri,
            "redirect_uris": ["http://127.0.0.1", "http://localhost"],
        }}


def client_config_from_dict(data: dict[str, Any], endpoints: GoogleEndpoints,
                            source: str = "given") -> ClientConfig:
    """Accepts Google's client-secret JSON shapes ("installed" or "web") or a flat dict."""
    section = data.get("installed") or data.get("web") or data
    client_id = str(section.get("client_id", "")).strip()
    client_secret = str(section.get("client_secret", "")).strip()
    if not client_id:
        raise not_configured("The client configuration has no client_id.")
    auth_uri = section.get("auth_uri") or endpoints.auth_uri
    token_uri = section.get("token_uri") or endpoints.token_uri
    if endpoints.auth_uri != GOOGLE_AUTH_URI:  # the stand-in wins over a real file
        auth_uri, token_uri = endpoints.auth_uri, endpoints.token_uri
    return ClientConfig(client_id, client_secret, auth_uri, token_uri, source=source)


def load_client_config(explicit: dict[str, Any] | None = None, *,
                       client_secret_file: str | os.PathLike[str] | None = None,
                       endpoints: GoogleEndpoints | None = None) -> ClientConfig:
    """Explicit dict, then the environment, then the client-secret file from settings."""
    endpoints = endpoints or GoogleEndpoints.from_environment()
    if explicit:
        config = client_config_from_dict(explicit, endpoints, "given")
    elif os.environ.get(ENV_CLIENT_ID):
        config = ClientConfig(
            os.environ[ENV_CLIENT_ID].strip(), os.environ.get(ENV_CLIENT_SECRET, "").strip(),
            endpoints.auth_uri, endpoints.token_uri, source="environment")
    elif client_secret_file:
        path = Path(client_secret_file).expanduser()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise not_configured(f"The client-secret file {path} does not exist.") from None
        except (OSError, ValueError) as exc:
            raise not_configured(
                f"The client-secret file {path} cannot be read as JSON ({type(exc).__name__})."
            ) from None
        if not isinstance(data, dict):
            raise not_configured(f"The client-secret file {path} is not a client secret.")
        config = client_config_from_dict(data, endpoints, f"file:{path}")
    else:
        raise not_configured()
    redirect = os.environ.get(ENV_REDIRECT_URI, "").strip()
    if redirect:
        parsed = urlparse(redirect)
        if parsed.scheme != "http" or parsed.hostname not in ("127.0.0.1", "localhost"):
            raise MailError(
                "not_configured",
                f"{ENV_REDIRECT_URI} is {redirect}, but the desktop app can only receive the "
                "answer on this computer.",
                f"Unset {ENV_REDIRECT_URI}, or set it to a loopback address such as "
                "http://127.0.0.1:8765/ (and use a 'Desktop app' OAuth client).")
        config.redirect_host = parsed.hostname or "127.0.0.1"
        config.redirect_port = parsed.port or 0
    return config


# ---------------------------------------------------------------- keyring token store

class InsecureKeyringError(RuntimeError):
    """The only keyring found keeps secrets in a plain file."""


def _keyring():
    """The OS keyring. A plaintext file backend (keyrings.alt, installed for the tests) is
    refused unless it was chosen on purpose with PYTHON_KEYRING_BACKEND, so a machine without
    a Secret Service never gets a refresh token written to disk in the clear by accident."""
    import keyring

    backend = keyring.get_keyring()
    insecure = type(backend).__module__.startswith("keyrings.alt") or "Plaintext" in type(
        backend).__name__
    if insecure and not os.environ.get("PYTHON_KEYRING_BACKEND"):
        raise InsecureKeyringError(type(backend).__name__)
    return keyring


def keyring_error(exc: BaseException) -> MailError:
    return MailError(
        "keyring_unavailable",
        f"The system keyring is not available ({type(exc).__name__}); the Gmail access "
        "cannot be kept safely.",
        "Unlock or install a keyring (GNOME Keyring / KWallet on Linux), then reconnect.",
    )


def save_refresh_token(account_key: str, refresh_token: str) -> None:
    try:
        _keyring().set_password(KEYRING_SERVICE, account_key, refresh_token)
    except Exception as exc:
        raise keyring_error(exc) from None


def load_refresh_token(account_key: str) -> str | None:
    try:
        return _keyring().get_password(KEYRING_SERVICE, account_key)
    except Exception as exc:
        raise keyring_error(exc) from None


def delete_refresh_token(account_key: str) -> bool:
    import keyring.errors

    try:
        _keyring().delete_password(KEYRING_SERVICE, account_key)
        return True
    except keyring.errors.PasswordDeleteError:
        return False
    except Exception as exc:
        raise keyring_error(exc) from None


# ---------------------------------------------------------------- browser flow

def _allow_http_for_standin(config: ClientConfig) -> None:
    # oauthlib refuses http token endpoints; the stand-in on 127.0.0.1 speaks plain http.
    if config.token_uri.startswith("http://") and _is_loopback(config.token_uri):
        os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"


def run_browser_flow(config: ClientConfig, *, open_browser: Callable[[str], Any],
                     timeout_s: float = 300,
                     should_cancel: Callable[[], bool] | None = None,
                     poll_s: float = 0.2):
    """Run the installed-app flow and return google.oauth2 Credentials.

    `open_browser(url)` is called with the authorization URL (webbrowser.open in the app).
    """
    import wsgiref.simple_server

    from google_auth_oauthlib import flow as oauth_flow

    _allow_http_for_standin(config)
    flow = oauth_flow.InstalledAppFlow.from_client_config(
        config.as_flow_config(), scopes=SCOPES, autogenerate_code_verifier=True)
    wsgi_app = oauth_flow._RedirectWSGIApp(
        "JobOps Desktop is connected to Gmail. You can close this tab.")
    try:
        server = wsgiref.simple_server.make_server(
            config.redirect_host, config.redirect_port, wsgi_app,
            server_class=oauth_flow._ExclusiveWSGIServer,
            handler_class=oauth_flow._WSGIRequestHandler)
    except OSError as exc:
        raise MailError(
            "network", f"Cannot listen on {config.redirect_host}:{config.redirect_port} for "
            f"Google's answer ({exc.strerror or exc}).",
            "Close the program using that port or unset GMAIL_OAUTH_REDIRECT_URI.") from None
    try:
        flow.redirect_uri = f"http://{config.redirect_host}:{server.server_port}/"
        auth_url, _state = flow.authorization_url(access_type="offline", prompt="consent")
        log.info("oauth: waiting for the browser on port %s", server.server_port)
        try:
            open_browser(auth_url)
        except Exception as exc:  # a missing browser must not hide the URL from the user
            log.warning("oauth: could not open a browser (%s)", type(exc).__name__)
        server.timeout = poll_s
        deadline = time.monotonic() + timeout_s
        while True:
            if should_cancel is not None and should_cancel():
                raise MailError("cancelled", "Connecting Gmail was cancelled.",
                                "Connect again when you are ready.")
            if time.monotonic() >= deadline:
                raise MailError("timeout",
                                f"No answer from the browser within {int(timeout_s)} s.",
                                "Connect again and finish the Google consent in the browser.")
            server.handle_request()
            uri = getattr(wsgi_app, "last_request_uri", None)
            if uri and ("code=" in uri or "error=" in uri):
                break
            wsgi_app.last_request_uri = None  # e.g. a favicon request: keep waiting
    finally:
        server.server_close()
    if "error=" in uri and "code=" not in uri:
        raise MailError("access_denied", "Google did not grant access (consent was declined).",
                        "Connect again and allow read-only Gmail access.")
    try:
        flow.fetch_token(authorization_response=uri.replace("http://", "https://", 1))
    except Exception as exc:
        raise classify_token_error(exc, "") from None
    return flow.credentials


def classify_token_error(exc: BaseException, account_key: str) -> MailError:
    """Sort oauthlib / google-auth / transport errors into MailErrors."""
    from google.auth import exceptions as gexc

    text = str(exc)
    name = type(exc).__name__
    if "invalid_grant" in text or name == "InvalidGrantError":
        return invalid_grant(account_key) if account_key else MailError(
            "invalid_grant", "Google refused the authorization code.", "Connect again.")
    if name in ("MismatchingStateError",):
        return MailError("state_mismatch",
                         "The browser answer did not match this connection attempt.",
                         "Connect again from the app.")
    if isinstance(exc, (gexc.TransportError, OSError)) or \
            "ConnectionError" in name or "Timeout" in name:
        return network_error(name)
    if isinstance(exc, gexc.RefreshError):
        return MailError("auth_failed", f"Google refused the saved access ({name}).",
                         "Disconnect and reconnect Gmail.")
    return MailError("auth_failed", f"Connecting to Google failed ({name}).",
                     "Try again; if it keeps failing, check the OAuth client in Google Cloud.")


# ---------------------------------------------------------------- credentials for a run

def credentials_for(account_key: str, config: ClientConfig):
    """Fresh Credentials from the stored refresh token (refreshed once, to classify errors)."""
    import google.auth.transport.requests
    from google.oauth2.credentials import Credentials

    refresh_token = load_refresh_token(account_key)
    if not refresh_token:
        raise no_refresh_token(account_key)
    creds = Credentials(token=None, refresh_token=refresh_token, token_uri=config.token_uri,
                        client_id=config.client_id, client_secret=config.client_secret,
                        scopes=SCOPES)
    try:
        creds.refresh(google.auth.transport.requests.Request())
    except Exception as exc:
        error = classify_token_error(exc, account_key)
        if error.code == "invalid_grant":
            delete_refresh_token(account_key)
            log.warning("oauth: refresh token for account %s rejected; dropped", account_key)
        raise error from None
    return creds


def revoke(token: str, endpoints: GoogleEndpoints, *, timeout_s: float = 15) -> bool:
    """Revoke at Google. True when revoked (or already invalid there)."""
    import requests

    try:
        response = requests.post(endpoints.revoke_uri, data={"token": token},
                                 headers={"content-type": "application/x-www-form-urlencoded"},
                                 timeout=timeout_s)
    except requests.RequestException as exc:
        raise network_error(type(exc).__name__) from None
    if response.status_code == 200:
        return True
    if response.status_code == 400:  # invalid_token: already revoked or expired
        return True
    raise network_error(f"revoke answered HTTP {response.status_code}")

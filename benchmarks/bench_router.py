"""Smart Router benchmark: the eval harness on a corpus, once per candidate model.

    python benchmarks/bench_router.py [CORPUS] [--models ID ...] [--limit N]

Each model runs in its own process (so peak memory is that model's), through the whole
pipeline (mbox parse -> import -> evidence + model -> inbox buckets). Prints one row per model
and writes CORPUS/../eval-report-<model id>.json. Set JOBOPS_ROUTER_THREADS to pin threads.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobops_desktop.paths import models_dir  # noqa: E402
from jobops_desktop.router.model_files import load_manifest  # noqa: E402

COLUMNS = (("relevance_precision", "rel P"), ("relevance_recall", "rel R"),
           ("autolink_count", "auto"), ("autolink_precision", "auto P"),
           ("autolink_coverage", "cover"), ("suggestion_accuracy", "sugg"),
           ("stage_accuracy", "stage"), ("messages_per_second", "msg/s"),
           ("latency_p50_ms", "p50 ms"), ("latency_p95_ms", "p95 ms"), ("peak_rss_mb", "RSS MB"))


def run(corpus: Path, model_id: str, model_file: Path, limit: int | None) -> dict:
    out = corpus.parent / f"eval-report-{model_id}.json"
    command = [sys.executable, "-m", "jobops_desktop", "eval", str(corpus), "--out", str(out),
               "--model", str(model_file)]
    if limit:
        command += ["--limit", str(limit)]
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "corpus" / "dev"))
    parser.add_argument("--models", nargs="*", help="manifest ids (default: all fetched)")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    corpus = Path(args.corpus).resolve()
    manifest = load_manifest()
    wanted = args.models or [m.id for m in manifest.models]
    print(f"corpus {corpus.name}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    print(f"{'model':<30}" + "".join(f"{title:>8}" for _, title in COLUMNS))
    for model_id in wanted:
        entry = manifest.entry(model_id)
        path = models_dir() / entry.file
        if not path.exists():
            print(f"{model_id:<30} not fetched (python -m jobops_desktop.router.model_files --all)")
            continue
        report = run(corpus, model_id, path, args.limit)
        print(f"{model_id:<30}" + "".join(f"{report[key]:>8}" for key, _ in COLUMNS))
    return 0


if __name__ == "__main__":
    sys.exit(main())

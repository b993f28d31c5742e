"""Run every benchmark in turn and print its numbers (`make bench`).

Each benchmark is a standalone script; this runner only sequences them so they do not
compete for the CPU. Record what they print in BENCHMARKS.md. The bundle benchmark needs
`make package` first and is skipped when there is no bundle.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["bench_mail.py", "bench_inbox.py", "bench_ui_jobs.py", "bench_ui_stall.py",
         "bench_ui_reloads.py",
         "bench_router.py", "bench_bundle.py"]


def main() -> int:
    failures = 0
    for name in ORDER:
        script = HERE / name
        if name == "bench_bundle.py" and not (HERE.parent / "dist").exists():
            print(f"== {name}: skipped (run `make package` first)")
            continue
        print(f"== {name}", flush=True)
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
        if result.returncode != 0:
            print(f"== {name} exited {result.returncode}")
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Mail intake benchmark: local parsing speed and the time to sync 1,000 messages.

Runs against the stand-in Google (tests/fake_google.py) on 127.0.0.1 with the real
InstalledAppFlow, google-api-python-client and a throwaway database and keyring file, so it
measures our pipeline plus HTTP on loopback. `--latency-ms 20` makes the stand-in wait that
long before answering each HTTP request (a batch counts once), like a real network round
trip; the HTTP requests each phase made are reported.

`--app-root DIR` measures another checkout's jobops_desktop against this stand-in, e.g. the
code before batched fetches:

    git archive <commit> jobops_desktop | tar -x -C /tmp/before
    .venv/bin/python benchmarks/bench_mail.py --latency-ms 20 --app-root /tmp/before

    .venv/bin/python benchmarks/bench_mail.py [--messages 1000] [--latency-ms 0]
        [--route-sample 50] [--skip-parse]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

FIXTURES = ROOT / "tests" / "fixtures" / "mail"


def sample_messages(count: int) -> list[bytes]:
    """`count` distinct messages cycling through the mbox fixture and the awkward corpus."""
    from jobops_desktop.mail.files import iter_mbox

    templates = [m.raw for m in iter_mbox(FIXTURES / "recruiting.mbox")]
    templates += [p.read_bytes() for p in sorted((FIXTURES / "corpus").glob("*.eml"))
                  if p.name not in ("huge_body.eml", "garbage.eml")]
    out = []
    for index in range(count):
        raw = templates[index % len(templates)]
        marker = f"<bench-{index}@bench.example>".encode()
        if b"Message-ID:" in raw:
            head, _, rest = raw.partition(b"Message-ID:")
            rest = rest.split(b"\n", 1)[1] if b"\n" in rest else b""
            raw = head + b"Message-ID: " + marker + b"\n" + rest
        else:
            raw = b"Message-ID: " + marker + b"\n" + raw
        out.append(raw)
    return out


def bench_parse(rounds: int) -> dict[str, float]:
    from jobops_desktop.mail.parse import parse_message

    messages = sample_messages(200)
    huge = (FIXTURES / "corpus" / "huge_body.eml").read_bytes()
    rates = []
    for _ in range(rounds):
        start = time.perf_counter()
        for raw in messages:
            parse_message(raw)
        rates.append(len(messages) / (time.perf_counter() - start))
    start = time.perf_counter()
    for _ in range(20):
        parse_message(huge)
    huge_ms = (time.perf_counter() - start) / 20 * 1000
    return {"parse_per_s_median": statistics.median(rates), "parse_per_s_min": min(rates),
            "huge_body_ms": huge_ms}


def bench_sync(count: int, route_sample: int, latency_s: float = 0.0) -> dict[str, float]:
    import keyring
    from fake_google import FakeGoogle, connect
    from keyrings.alt.file import PlaintextKeyring

    from jobops_desktop.services import sync
    from jobops_desktop.store import TrackedMessage, close_database, database_path, open_database

    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="jobops-bench-") as folder:
        base = Path(folder)
        backend = PlaintextKeyring()
        backend.file_path = str(base / "keyring.cfg")
        keyring.set_keyring(backend)
        open_database(database_path(base / "data"))
        google = FakeGoogle(latency_s=latency_s).start()
        os.environ["JOBOPS_GOOGLE_STANDIN"] = google.base_url
        # The throwaway plaintext keyring is chosen on purpose (the app refuses it otherwise).
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
        try:
            now = datetime.now(timezone.utc)
            for index, raw in enumerate(sample_messages(count)):
                google.add_message(raw, received=now - timedelta(minutes=index))
            start = time.perf_counter()
            connect(google, base)
            results["connect_s"] = time.perf_counter() - start

            sent = len(google.requests)
            start = time.perf_counter()
            run = sync.sync_account("default", max_messages=count, search_days=30, route=False)
            results["sync_s"] = time.perf_counter() - start
            assert run.status == "completed" and run.discovered == count, run.error_message
            results["sync_msgs_per_s"] = count / results["sync_s"]
            results["sync_requests"] = len(google.requests) - sent
            results["sync_batches"] = google.count("POST", "/batch/gmail/v1")

            google.expire_history()
            sent = len(google.requests)
            start = time.perf_counter()
            again = sync.sync_account("default", max_messages=count, search_days=30, route=False)
            results["resync_s"] = time.perf_counter() - start
            results["resync_requests"] = len(google.requests) - sent
            assert again.discovered == 0

            new = sample_messages(count + 10)[count:]
            for raw in new:
                google.add_message(raw)
            sent = len(google.requests)
            start = time.perf_counter()
            incremental = sync.sync_account("default", max_messages=count, search_days=30,
                                            route=False)
            results["incremental_10_s"] = time.perf_counter() - start
            results["incremental_requests"] = len(google.requests) - sent
            assert incremental.discovered == 10 and incremental.params["mode"] == "incremental", \
                (incremental.discovered, incremental.params)

            if route_sample:
                results.update(bench_routing(route_sample))
            results["stored"] = TrackedMessage.select().count()
        finally:
            google.stop()
            os.environ.pop("JOBOPS_GOOGLE_STANDIN", None)
            os.environ.pop("PYTHON_KEYRING_BACKEND", None)
            close_database()
    return results


def bench_routing(sample: int) -> dict[str, float]:
    """Route `sample` of the stored messages; the per-message time extrapolates to 1,000."""
    from jobops_desktop.store import TrackedMessage

    try:
        from jobops_desktop.services.routing import route_messages, router_status
    except ImportError:
        print("routing: the router is not available; skipped")
        return {}
    status = router_status()
    print(f"router: {status}")
    ids = [m.id for m in TrackedMessage.select(TrackedMessage.id)
           .order_by(TrackedMessage.id).limit(sample)]
    start = time.perf_counter()
    route_messages(ids[:1])  # loads the model once; measured apart
    load = time.perf_counter() - start
    start = time.perf_counter()
    summary = route_messages(ids[1:])
    per_message = (time.perf_counter() - start) / max(1, len(ids) - 1)
    return {"route_first_s_incl_model_load": load, "route_s_per_message": per_message,
            "route_1000_estimate_s": per_message * 1000, "routed": summary.routed + 1}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--parse-rounds", type=int, default=5)
    parser.add_argument("--skip-parse", action="store_true", help="measure the sync only")
    parser.add_argument("--latency-ms", type=float, default=0.0,
                        help="the stand-in waits this long before answering each HTTP request")
    parser.add_argument("--app-root", type=Path, default=None,
                        help="import jobops_desktop from this folder (another checkout)")
    parser.add_argument("--route-sample", type=int, default=0,
                        help="also route this many synced messages with the bundled model")
    args = parser.parse_args()
    if args.app_root is not None:
        sys.path.insert(0, str(args.app_root.resolve()))
    import jobops_desktop

    print(f"app: {Path(jobops_desktop.__file__).parent}; stand-in latency "
          f"{args.latency_ms:g} ms per HTTP request")
    if not args.skip_parse:
        parse = bench_parse(args.parse_rounds)
        print(f"parse: {parse['parse_per_s_median']:.0f} messages/s median "
              f"(min {parse['parse_per_s_min']:.0f}) over 200 mixed messages; "
              f"a 240 kB body: {parse['huge_body_ms']:.1f} ms")
    result = bench_sync(args.messages, args.route_sample, args.latency_ms / 1000)
    print(f"connect (browser flow, token exchange, profile): {result['connect_s']:.2f} s")
    print(f"sync {args.messages} messages (route=False): {result['sync_s']:.2f} s "
          f"({result['sync_msgs_per_s']:.0f} messages/s), {int(result['sync_requests'])} HTTP "
          f"requests ({int(result['sync_batches'])} of them batches)")
    print(f"re-sync of the same window (0 new, full listing): {result['resync_s']:.2f} s, "
          f"{int(result['resync_requests'])} HTTP requests")
    print(f"incremental sync with 10 new (history): {result['incremental_10_s']:.2f} s, "
          f"{int(result['incremental_requests'])} HTTP requests")
    if "route_s_per_message" in result:
        print(f"routing: first call incl. model load {result['route_first_s_incl_model_load']:.1f}"
              f" s, then {result['route_s_per_message']:.2f} s/message over "
              f"{int(result['routed']) - 1} -> about {result['route_1000_estimate_s'] / 60:.0f} "
              "min for 1,000")
    return 0


if __name__ == "__main__":
    sys.exit(main())

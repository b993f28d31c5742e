"""`jobops eval DIR`: route a labelled corpus through the real pipeline and measure it.

A corpus directory holds `messages.mbox`, `jobs.json` and `labels.csv` (README "Smart
Router"). A throwaway database gets the jobs, the mbox is imported through the mail import
(parse -> store), every message is routed by `services.routing.route_messages` (evidence,
model, buckets, inbox.apply_decision), and the stored outcome is compared with the labels.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import logging
import os
import resource
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..vocab import STAGE_TARGETS, Bucket

log = logging.getLogger("jobops.router.eval")

REPORT_KEYS = (
    "relevance_precision", "relevance_recall", "autolink_count", "autolink_precision",
    "autolink_coverage", "suggestion_accuracy", "stage_accuracy", "confusion", "buckets",
    "messages_per_second", "latency_p50_ms", "latency_p95_ms", "peak_rss_mb", "model",
    "decisions",
)


class CorpusError(Exception):
    pass


@dataclass(frozen=True)
class Label:
    message_id: str
    relevant: bool
    job: str  # key from jobs.json, or ""
    stage: str


def clean_id(value: str) -> str:
    return value.strip().strip("<>").strip()


def load_labels(path: Path) -> dict[str, Label]:
    labels: dict[str, Label] = {}
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if "message_id" not in (reader.fieldnames or []):
            raise CorpusError(f"{path.name} has no message_id column")
        for row in reader:
            stage = (row.get("stage") or "no_change").strip() or "no_change"
            if stage not in STAGE_TARGETS:
                raise CorpusError(f"{path.name}: unknown stage '{stage}' for {row['message_id']}")
            label = Label(clean_id(row["message_id"]),
                          (row.get("relevant") or "").strip().lower() in ("yes", "true", "1"),
                          (row.get("job") or "").strip(), stage)
            labels[label.message_id] = label
    return labels


def _parse_when(value: str | None) -> datetime | None:
    if not value:
        return None
    from ..timeutil import to_utc_naive

    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        return parsed
    return to_utc_naive(parsed)


def create_jobs(jobs_file: Path) -> dict[str, int]:
    """Jobs from jobs.json into the (throwaway) store; key -> job id."""
    from ..services import tracking

    raw = json.loads(jobs_file.read_text(encoding="utf-8"))
    items = raw.get("jobs", []) if isinstance(raw, dict) else raw
    ids: dict[str, int] = {}
    for number, item in enumerate(items, start=1):
        missing = [k for k in ("key", "company", "title") if k not in item]
        if missing:
            raise CorpusError(f"{jobs_file.name}: job {number} has no {', '.join(missing)}")
        job = tracking.create_job(tracking.JobInput(
            company=item["company"], title=item["title"],
            requisition_id=item.get("requisition_id", ""),
            applied_at=_parse_when(item.get("applied_at"))))
        stage = item.get("stage") or ("recruiter_screen" if item.get("status") == "in_progress"
                                      else "applied")
        if stage != "applied":
            tracking.record_event(job.id, stage, occurred_at=job.applied_at,
                                  reason_code="eval_setup")
        ids[item["key"]] = job.id
    return ids


def import_corpus(mbox: Path, limit: int | None) -> list[int]:
    """Import through the real mail import; returns the stored message ids in file order."""
    from ..services.sync import import_mail
    from ..store import TrackedMessage

    import_mail(mbox, "eval", route=False)
    query = TrackedMessage.select(TrackedMessage.id).order_by(TrackedMessage.id)
    ids = [row.id for row in query]
    return ids[:limit] if limit else ids


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def _ratio(num: int, den: int, empty: float = 1.0) -> float:
    return round(num / den, 4) if den else empty


def measure(labels: dict[str, Label], job_keys: dict[int, str],
            kinds: dict[int, dict[str, Any]] | None = None) -> dict[str, Any]:
    """Compare the stored routing outcome of every labelled message with its label.

    `kinds` (message id -> the router's own findings: job evidence kind, stage rule kind,
    its job id as `router_job`, P(relevant), the rules' and the model's relevance scores)
    adds what `router.calibrate` counts and fits to each decision."""
    from ..store import TrackedMessage

    decisions: list[dict[str, Any]] = []
    buckets = Counter({b.value: 0 for b in Bucket})
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    tp = fp = fn = 0
    auto = auto_right = suggested = suggested_right = 0
    stage_total = stage_right = job_labelled = 0
    unlabelled = 0
    routed = TrackedMessage.select().where(TrackedMessage.routed == True)  # noqa: E712
    for message in routed.order_by(TrackedMessage.id):
        label = labels.get(clean_id(message.rfc_message_id))
        if label is None:
            unlabelled += 1
            continue
        bucket = message.bucket or Bucket.PENDING_ORPHAN.value
        buckets[bucket] += 1
        job_id = message.job_id if bucket == Bucket.AUTO_LINKED.value else message.suggested_job_id
        job_key = job_keys.get(job_id, "") if job_id else ""
        stage = message.suggested_stage or "no_change"
        predicted_relevant = bool(message.relevant)
        tp += int(predicted_relevant and label.relevant)
        fp += int(predicted_relevant and not label.relevant)
        fn += int(label.relevant and not predicted_relevant)
        right = bool(label.job) and job_key == label.job and stage == label.stage
        if label.job:
            job_labelled += 1
        if bucket == Bucket.AUTO_LINKED.value:
            auto += 1
            auto_right += int(right)
        if bucket == Bucket.PENDING_SUGGESTED.value:
            suggested += 1
            suggested_right += int(bool(label.job) and job_key == label.job)
        if label.relevant:
            stage_total += 1
            stage_right += int(stage == label.stage)
            confusion[label.stage][stage] += 1
        decisions.append({"message_id": label.message_id, "bucket": bucket, "job": job_key,
                          "stage": stage, "confidence": message.confidence,
                          "reason": message.reason, "label_relevant": label.relevant,
                          "label_job": label.job, "label_stage": label.stage})
        if kinds is not None and message.id in kinds:
            found = dict(kinds[message.id])
            router_job = found.pop("router_job", None)
            found["router_job"] = job_keys.get(router_job, "") if router_job else ""
            decisions[-1].update(found)
    return {
        "relevance_precision": _ratio(tp, tp + fp),
        "relevance_recall": _ratio(tp, tp + fn),
        "autolink_count": auto,
        "autolink_precision": _ratio(auto_right, auto),
        "autolink_coverage": _ratio(auto_right, job_labelled, 0.0),
        "suggestion_accuracy": _ratio(suggested_right, suggested),
        "stage_accuracy": _ratio(stage_right, stage_total),
        "confusion": {k: dict(v) for k, v in sorted(confusion.items())},
        "buckets": dict(buckets),
        "messages": len(decisions),
        "unlabelled_messages": unlabelled,
        "decisions": decisions,
    }


def run_eval(corpus: Path, *, model: str | None = None, limit: int | None = None,
             work_dir: Path | None = None, measure_model: bool = False) -> dict[str, Any]:
    """Evaluate the router on `corpus` in a throwaway database under work_dir (or a temp
    folder). Leaves that database open and bound (the caller's process is about to exit).

    measure_model: score every message with the model (the decisions do not change) so
    `router.calibrate` can fit RELEVANCE_FIT and MODEL_REACH on all of them; slower."""
    from ..services import routing, settings
    from ..store import TrackedMessage, database_path, open_database

    corpus = Path(corpus)
    for name in ("messages.mbox", "jobs.json", "labels.csv"):
        if not (corpus / name).is_file():
            raise CorpusError(f"{corpus} has no {name}")
    labels = load_labels(corpus / "labels.csv")
    work = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix="jobops-eval-"))
    open_database(database_path(work))
    if model:
        settings.set("router.model_path", str(Path(model).resolve()))
    started = time.perf_counter()
    job_ids = create_jobs(corpus / "jobs.json")
    message_ids = import_corpus(corpus / "messages.mbox", limit)
    imported = time.perf_counter()
    stamps: list[float] = [time.perf_counter()]
    consulted: list[int] = []
    kinds: dict[int, dict[str, Any]] = {}

    def note(message_id: int, judgement: Any) -> None:
        consulted.append(int(judgement.model is not None))
        model_score = judgement.model_score
        kinds[message_id] = {
            "job_kind": judgement.job_kind, "stage_kind": judgement.stage_kind,
            "router_job": judgement.decision.job_id,
            "p_relevant": round(judgement.p_relevant, 4),
            "rule_score": round(judgement.rule_score, 4),
            "model_score": None if model_score is None else round(model_score, 4)}

    imported_messages = TrackedMessage.select().where(TrackedMessage.id.in_(message_ids))
    router = routing.build_router(list(imported_messages))  # its owner: the usual recipient
    router.measure_model = measure_model
    routing.route_messages(
        message_ids, progress=lambda done, total: stamps.append(time.perf_counter()),
        router=router, on_judgement=note)
    finished = time.perf_counter()
    latencies = [(b - a) * 1000 for a, b in itertools.pairwise(stamps)]
    report = measure(labels, {v: k for k, v in job_ids.items()}, kinds)
    total_s = finished - started
    report.update({
        "messages_per_second": round(len(message_ids) / total_s, 2) if total_s else 0.0,
        "routing_messages_per_second": round(len(message_ids) / (finished - imported), 2)
        if finished > imported else 0.0,
        "latency_p50_ms": round(_percentile(latencies, 0.5), 1),
        "latency_p95_ms": round(_percentile(latencies, 0.95), 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "model": routing.router_status(),
        "seconds": round(total_s, 2),
        "model_consulted": sum(consulted),  # messages the rules left to the model
        "model_measured": measure_model,  # every decision carries a model_score
        "load_average_1min": round(os.getloadavg()[0], 2),  # other work on the machine
        "cpu_count": os.cpu_count(),
        "corpus": corpus.name,
    })
    ordered = {key: report[key] for key in REPORT_KEYS}
    ordered.update({k: v for k, v in report.items() if k not in ordered})
    return ordered


def format_report(report: dict[str, Any]) -> str:
    rows = [
        ("Messages", f"{report['messages']}"),
        ("Relevance precision", f"{report['relevance_precision']:.3f}"),
        ("Relevance recall", f"{report['relevance_recall']:.3f}"),
        ("Auto-linked", f"{report['autolink_count']}"),
        ("Auto-link precision", f"{report['autolink_precision']:.3f}"),
        ("Auto-link coverage", f"{report['autolink_coverage']:.3f}"),
        ("Suggestion accuracy", f"{report['suggestion_accuracy']:.3f}"),
        ("Stage accuracy", f"{report['stage_accuracy']:.3f}"),
        ("Buckets", ", ".join(f"{k} {v}" for k, v in report["buckets"].items())),
        ("Messages per second", f"{report['messages_per_second']:.2f}"),
        ("Latency p50 / p95", f"{report['latency_p50_ms']:.0f} / {report['latency_p95_ms']:.0f} ms"),
        ("Peak memory", f"{report['peak_rss_mb']:.0f} MB"),
        ("Model", str(report["model"])),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"{name:<{width}}  {value}" for name, value in rows]
    targets = sorted({t for row in report["confusion"].values() for t in row}
                     | set(report["confusion"]), key=STAGE_TARGETS.index)
    if targets:
        short = {t: t[:6] for t in targets}
        lines.append("")
        lines.append("Stage confusion (rows: label, columns: predicted)")
        lines.append(" " * 22 + " ".join(f"{short[t]:>6}" for t in targets))
        for label in targets:
            row = report["confusion"].get(label, {})
            lines.append(f"{label:<22}" + " ".join(f"{row.get(t, 0):>6}" for t in targets))
    return "\n".join(lines)


def cli_eval(args: argparse.Namespace) -> int:
    corpus = Path(args.corpus)
    out = Path(args.out) if getattr(args, "out", None) else corpus.parent / "eval-report.json"
    logging.basicConfig(level=logging.WARNING)
    try:
        report = run_eval(corpus, model=getattr(args, "model", None),
                          limit=getattr(args, "limit", None),
                          measure_model=bool(getattr(args, "measure_model", False)))
    except (CorpusError, OSError, ValueError) as exc:
        print(f"jobops eval: {exc}", file=sys.stderr)
        return 2
    print(format_report(report))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nReport written to {out}")
    return 0

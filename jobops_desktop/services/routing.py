"""Route stored messages through the Smart Router and apply each decision to the inbox.

Runs on the "model" worker lane (or a command line); never on the GUI thread. The model is
loaded once per process (router.engine). Without a usable model every message still gets
the rule evidence as a suggestion, but waits for review with a reason saying why.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..router.decision import RoutingDecision
from ..router.engine import Engine, ModelUnavailable, get_engine
from ..router.evidence import JobView, MessageView
from ..router.model_files import default_model_path
from ..router.router import Judgement, Router
from ..store import ProviderAccount, TrackedMessage
from ..vocab import DEFAULT_AUTO_THRESHOLD, MessageStatus
from . import inbox, settings, tracking

log = logging.getLogger("jobops.routing")


@dataclass
class RouteSummary:
    routed: int = 0
    relevant: int = 0
    auto_linked: int = 0
    pending: int = 0
    ignored: int = 0
    errored: int = 0


def model_path() -> Path:
    configured = (settings.get("router.model_path") or "").strip()
    return Path(configured).expanduser() if configured else default_model_path()


def load_engine() -> tuple[Engine | None, str]:
    """(engine, "") or (None, what is wrong)."""
    try:
        return get_engine(model_path()), ""
    except ModelUnavailable as exc:
        return None, str(exc)


def router_status() -> str:
    """"ready: <model file>" or a clear description of the problem."""
    engine, problem = load_engine()
    if engine is None:
        return f"model unavailable: {problem}"
    return f"ready: {engine.path.name}"


def job_views() -> list[JobView]:
    return [JobView(id=job.id, company=job.company, title=job.title,
                    requisition_id=job.requisition_id, current_stage=job.current_stage)
            for job in tracking.active_jobs()]


def thread_links() -> dict[str, int]:
    """thread id -> job of an already linked message in that thread."""
    query = (TrackedMessage.select(TrackedMessage.thread_id, TrackedMessage.job)
             .where(TrackedMessage.job.is_null(False) & (TrackedMessage.thread_id != ""))
             .order_by(TrackedMessage.received_at))
    return {thread: job for thread, job in query.tuples()}


def message_view(message: TrackedMessage) -> MessageView:
    headers = {k: str(v) for k, v in (message.headers or {}).items()}
    return MessageView(id=message.id, sender_name=message.sender_name,
                       sender_email=message.sender_email, subject=message.subject,
                       text=message.router_text or message.body_text, headers=headers,
                       thread_id=message.thread_id)


def own_addresses(messages: list[TrackedMessage]) -> set[str]:
    """The mailbox owner's addresses: the accounts' own, else the most common recipient."""
    account_ids = {m.account_id for m in messages}
    found = {address.lower() for (address,) in ProviderAccount.select(
        ProviderAccount.email_address).where(ProviderAccount.id.in_(account_ids)).tuples()
        if address}
    if not found:
        counts = Counter(addr.strip().lower() for m in messages
                         for addr in (m.recipient or "").split(",")[:1] if addr.strip())
        if counts:
            address, number = counts.most_common(1)[0]
            if number >= max(2, len(messages) // 4):
                found.add(address)
    return found


def build_router(messages: list[TrackedMessage] | None = None) -> Router:
    engine, problem = load_engine()
    return Router(job_views(), engine, thread_jobs=thread_links(), model_problem=problem,
                  own_addresses=own_addresses(messages or []))


def review_only(decision: RoutingDecision, problem: str) -> RoutingDecision:
    """Without a model nothing is automatic and nothing is dropped: everything waits."""
    ceiling = int(settings.get("router.auto_threshold") or DEFAULT_AUTO_THRESHOLD) - 1
    return RoutingDecision(relevant=True, job_id=decision.job_id,
                           stage_target=decision.stage_target,
                           confidence=min(decision.confidence, max(ceiling, 0)),
                           reason=f"Model unavailable: {problem}; {decision.reason}"[:400])


def route_messages(message_ids: list[int], *,
                   progress: Callable[[int, int], None] | None = None,
                   should_cancel: Callable[[], bool] | None = None,
                   router: Router | None = None,
                   on_judgement: Callable[[int, Judgement], None] | None = None
                   ) -> RouteSummary:
    """Route each message (oldest first, so threads link in order) and apply the decision."""
    summary = RouteSummary()
    if not message_ids:
        return summary
    messages = list(TrackedMessage.select().where(TrackedMessage.id.in_(message_ids))
                    .order_by(TrackedMessage.received_at, TrackedMessage.id))
    router = router or build_router(messages)
    total = len(messages)
    for done, message in enumerate(messages, start=1):
        if should_cancel is not None and should_cancel():
            break
        try:
            judgement = router.route(message_view(message))
            decision = judgement.decision
            if router.engine is None:
                decision = review_only(decision, router.model_problem)
            stored = inbox.apply_decision(message.id, decision)
            if on_judgement is not None:
                on_judgement(message.id, judgement)
            summary.routed += 1
            summary.relevant += int(bool(stored.relevant))
            status = stored.processing_status
            if status == MessageStatus.AUTO_LINKED.value:
                summary.auto_linked += 1
                if stored.thread_id and stored.job_id:
                    router.note_linked(stored.thread_id, stored.job_id)
            elif status == MessageStatus.IGNORED.value:
                summary.ignored += 1
            else:
                summary.pending += 1
        except Exception:  # one bad message must not stop the batch
            log.exception("routing message %s failed", message.id)
            summary.errored += 1
        if progress is not None:
            progress(done, total)
    log.info("routed %d messages: %d auto-linked, %d pending, %d ignored, %d errors",
             summary.routed, summary.auto_linked, summary.pending, summary.ignored,
             summary.errored)
    return summary

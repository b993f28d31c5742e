"""Evidence + model -> one RoutingDecision with a confidence built from measured numbers.

confidence = P(relevant) x P(job | relevant) x P(stage | relevant). The job and stage factors
are rates counted on the development corpus for each kind of evidence; P(relevant) is the
logistic of the evidence's log-odds plus, where the rules leave it open, the model's. The
model's probabilities are softmaxed token logits over fixed answer words, never a number the
model writes. Auto-linking needs all three factors high at once; anything unsure waits.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field

from .decision import RoutingDecision
from .engine import ChoiceScores, Engine
from .evidence import INJECTION_RX, Evidence, JobView, MessageView, company_key, gather
from .prompt import (
    ANCHOR_NOT_RELEVANT,
    ANCHOR_RELEVANT,
    CHOICES,
    MAX_SUFFIX_TOKENS,
    answer_lead,
    build_prefix,
    email_text,
)

log = logging.getLogger("jobops.router")

# Rates counted on the development corpus (README "Smart Router"), rounded. The classes with
# few examples (8/8, 5/5) were taken nearly at face value; the held-out corpus showed the
# thread-reply one is too sure (BENCHMARKS.md, "Smart Router").
# P(job right | relevant), by where the job was named:
P_JOB_THREAD = 0.995  # the thread already has a linked message
P_JOB_SENDER = 0.99  # company in the sender's name or address (or the requisition id)
P_JOB_SUBJECT = 0.98
P_JOB_BODY = 0.90
# P(stage right | relevant), by the rule that named the step (dev: 29/29 applied, 6/6 and
# 3/3 rejected, 7/7 assessment, 14/14 technical, 23/25 recruiter screen, 6/9 onsite):
P_STAGE_RULE: dict[str, float] = {
    "applied": 0.99, "rejected": 0.99, "withdrawn": 0.99, "offer": 0.99, "assessment": 0.99,
    "technical_interview": 0.98, "hiring_manager_screen": 0.95, "recruiter_screen": 0.95,
    "onsite": 0.90,
}
SUBJECT_RULE_SHARPEN = 0.5  # a step named in a (non-reply) subject halves the error rate
REPLY_RULE_FACTOR = 0.97  # a step named in a reply's body: replies discuss past steps too
P_STAGE_THREAD_REPLY = 0.985  # a reply naming no step in a known thread: no change (8/8)
P_STAGE_RESCHEDULE = 0.985  # a reminder or reschedule: no change (5/5)
P_STAGE_DEFAULT = 0.75  # relevant, no rule: no change (12/16)
INJECTION_FACTOR = 0.85  # text that tries to steer the router only ever costs confidence
MODEL_WANTED_BELOW = 3.0  # rule log-odds closer to 0 than this: ask the model
MODEL_RELEVANCE_SPAN = 4.0  # the anchors' distance, in the rules' log-odds units
RELEVANT_AT = 0.4  # recall matters more than precision: an unsure message waits for review

_ANCHORS: dict[tuple[str, str], tuple[float, float]] = {}  # (model, prefix) -> anchor
DECISIVE_TARGETS = ("rejected", "withdrawn", "offer")


@dataclass
class ThreadState:
    """What earlier messages of one thread established."""

    job_id: int | None = None
    p_job: float = 0.0
    relevant: bool = False
    linked: bool = False  # a message of the thread is linked to job_id in the store
    stages: set[str] = field(default_factory=set)


@dataclass
class Judgement:
    """A decision plus the parts it was built from (the eval harness reports these)."""

    decision: RoutingDecision
    p_relevant: float
    p_job: float
    p_stage: float
    model: ChoiceScores | None = None
    evidence: Evidence | None = None
    seconds: float = 0.0
    model_wanted: bool = False  # the rules left something for the model to judge


def strip_injection(text: str) -> tuple[str, bool]:
    """Drop sentences that try to instruct the router; the rest is routed as usual."""
    if not INJECTION_RX.search(text):
        return text, False
    sentences = re.split(r"(?<=[.!?\n])\s+", text)
    kept = [s for s in sentences if not INJECTION_RX.search(s)]
    return " ".join(kept), True


class Router:
    """Routes messages against a fixed list of candidate jobs. One per batch."""

    def __init__(self, jobs: list[JobView], engine: Engine | None, *,
                 thread_jobs: dict[str, int] | None = None, model_problem: str = "",
                 own_addresses: set[str] | None = None) -> None:
        self.jobs = jobs
        self.engine = engine
        self.model_problem = model_problem
        self.own_addresses = {a.lower() for a in (own_addresses or set()) if a}
        self.threads: dict[str, ThreadState] = {
            thread: ThreadState(job_id=job, p_job=P_JOB_THREAD, relevant=True, linked=True)
            for thread, job in (thread_jobs or {}).items()}
        self.anchor: tuple[float, float] | None = None  # (centre, weight) of model log-odds
        if engine is not None:
            prefix = build_prefix(engine.architecture, jobs)
            engine.set_prefix(prefix)
            key = (str(engine.path), prefix)
            if key not in _ANCHORS:
                _ANCHORS[key] = self._measure_anchor()
            self.anchor = _ANCHORS[key]

    def _measure_anchor(self) -> tuple[float, float]:
        """Place the model's relevance log-odds on the rules' scale, per model and prompt.

        A tiny model's answer-word probabilities are biased (one model says 'none' to
        almost everything, another almost never), so its raw log-odds cannot be added to
        the rules'. Fixed anchor emails, two plainly about an application and two plainly not,
        are scored once: the midpoint of the two groups' mean log-odds becomes zero and their
        distance sets the weight (a model that cannot tell them apart gets no say at all).
        """
        lows, highs = [], []
        for text, bucket in ((ANCHOR_RELEVANT, highs), (ANCHOR_NOT_RELEVANT, lows)):
            for anchor in text:
                sender, subject, body = anchor
                scores = self._ask_model(MessageView(id=0, sender_name="", sender_email=sender,
                                                     subject=subject, text=body))
                assert scores is not None
                bucket.append(_logit(_clip(1.0 - scores.probabilities["none"])))
        high, low = sum(highs) / len(highs), sum(lows) / len(lows)
        spread = high - low
        if spread <= 0.5:
            return 0.0, 0.0
        return (high + low) / 2, min(MODEL_RELEVANCE_SPAN / spread, 2.0)

    @property
    def thread_jobs(self) -> dict[str, int]:
        return {t: s.job_id for t, s in self.threads.items() if s.job_id is not None}

    def note_linked(self, thread_id: str, job_id: int) -> None:
        """A message of this thread was linked (automatically or by the person)."""
        state = self.threads.setdefault(thread_id, ThreadState())
        state.job_id, state.p_job, state.relevant, state.linked = job_id, P_JOB_THREAD, True, True

    # ------------------------------------------------------------ model

    def _ask_model(self, message: MessageView) -> ChoiceScores | None:
        if self.engine is None:
            return None
        engine = self.engine
        tokens = engine.tokenize_plain(email_text(message))[:MAX_SUFFIX_TOKENS]
        tokens += engine.tokenize(answer_lead(engine.architecture))
        return engine.score(tokens, CHOICES)

    # ------------------------------------------------------------ parts

    def _p_job(self, evidence: Evidence, thread: ThreadState | None
               ) -> tuple[JobView | None, float, str, str]:
        """(job, P(job right | relevant), what named it, a caution) from the evidence."""
        best = evidence.best
        thread_job = next((j for j in self.jobs if thread and j.id == thread.job_id), None)
        if best is None:
            if thread_job is not None and thread is not None:
                how = "same thread as a linked message" if thread.linked else "same thread"
                return thread_job, thread.p_job, how, ""
            return None, 0.0, "", ""
        if best.company_in_sender or best.requisition:
            p = P_JOB_SENDER
        elif best.company_in_subject:
            p = P_JOB_SUBJECT
        elif best.company_in_body:
            p = P_JOB_BODY
        else:
            p = 0.4  # title only
        note = ""
        rivals = [m for m in evidence.matches[1:] if m.score > 0]
        if rivals:
            rival = rivals[0]
            same_company = company_key(rival.job.company) == company_key(best.job.company)
            margin = best.score - rival.score
            if same_company and margin < 0.5:
                p *= 0.5
                note = f"two jobs at {best.job.company}, the title does not tell them apart"
            elif same_company:
                p *= 0.97 if best.title_full else 0.9
            elif margin < 1.0:
                p *= 0.6
                note = f"also names {rival.job.company}"
            else:
                p *= 0.95
        how = " and ".join(best.where)
        if thread_job is not None and thread is not None:
            if thread_job.id == best.job.id:
                p = 1 - (1 - p) * (1 - thread.p_job)  # independent agreeing evidence
                how += " and same thread"
            elif thread.p_job >= p:
                return thread_job, thread.p_job * 0.6, "same thread", \
                    f"but names {best.job.company}"
            else:
                p *= 0.6
                note = "the thread is linked to another job"
        return best.job, min(p, 0.999), how, note

    @staticmethod
    def _rule_relevance(evidence: Evidence, has_job: bool, strong_job: bool,
                        thread: ThreadState | None, from_self: bool) -> float:
        """Log-odds of 'about an application' from the rules alone."""
        score = -2.0
        personal = evidence.application_phrases > 0
        if evidence.ats or evidence.scheduler:
            score += 2.5
        if evidence.stage_rule:
            score += 2.0
        if has_job:
            score += 1.5 if strong_job else 0.75
        if thread is not None and thread.relevant:
            score += 3.0
        score += 1.5 * min(evidence.application_phrases, 3)
        score += 0.4 * min(evidence.recruiting_words, 5)
        if evidence.job_alert and not personal:
            score -= 4.0
        if evidence.job_board and not evidence.ats and not personal:
            score -= 2.0
        if evidence.receipt or evidence.security:
            score -= 3.0
        if evidence.marketing:
            score -= 1.0
        if evidence.bulk and not (evidence.ats or evidence.scheduler or personal):
            score -= 3.0
        if from_self and not (thread and thread.relevant):
            score -= 0.5
        return score

    def _stage(self, evidence: Evidence, thread: ThreadState | None,
               from_self: bool) -> tuple[str, float, str]:
        """(target, P(target right | relevant), the words that named it).

        The stage comes from the rules only: scored over the stage words, the bundled models
        picked the labelled stage for 21-28% (SmolLM2) and 29% (Gemma 3) of the relevant dev
        messages, below the 75% of simply saying "no change" when no rule fires.
        """
        rule = evidence.stage_rule
        if rule and from_self and rule[0] != "withdrawn":
            rule = None  # the person's own reply ("Tuesday works for the phone screen")
        if rule and evidence.reschedule and rule[0] not in DECISIVE_TARGETS:
            return "no_change", P_STAGE_RESCHEDULE, "rescheduled or reminder"
        if rule:
            target, words = rule
            if thread is not None and target in thread.stages and target not in DECISIVE_TARGETS:
                return "no_change", P_STAGE_THREAD_REPLY, f"'{words.strip()}' already " \
                    "recorded from this thread"
            p = P_STAGE_RULE.get(target, 0.9)
            if evidence.stage_rule_in_subject:
                p = 1 - (1 - p) * SUBJECT_RULE_SHARPEN
            if evidence.reply and target not in DECISIVE_TARGETS:
                p *= REPLY_RULE_FACTOR
            return target, p, f"'{words.strip()}'"
        if thread is not None and thread.relevant and evidence.reply:
            return "no_change", P_STAGE_THREAD_REPLY, "a reply in a known thread"
        return "no_change", P_STAGE_DEFAULT, ""

    # ------------------------------------------------------------ the decision

    def route(self, message: MessageView) -> Judgement:
        started = time.perf_counter()
        clean_text, injected = strip_injection(message.text or "")
        clean_subject, injected_subject = strip_injection(message.subject or "")
        if injected or injected_subject:
            message = MessageView(id=message.id, sender_name=message.sender_name,
                                  sender_email=message.sender_email, subject=clean_subject,
                                  text=clean_text, headers=message.headers,
                                  thread_id=message.thread_id)
        thread = self.threads.get(message.thread_id) if message.thread_id else None
        from_self = message.sender_email.lower() in self.own_addresses
        evidence = gather(message, self.jobs, self.thread_jobs)
        evidence.injection = injected or injected_subject
        job, p_job, job_how, job_note = self._p_job(evidence, thread)
        rule_score = self._rule_relevance(evidence, job is not None, p_job >= P_JOB_SUBJECT,
                                          thread, from_self)
        # The model reads what the rules cannot settle: is it about an application at all.
        needs_model = abs(rule_score) < MODEL_WANTED_BELOW
        model = self._ask_model(message) if needs_model else None
        score = rule_score
        if model is not None and self.anchor is not None:
            centre, weight = self.anchor
            score += weight * (_logit(_clip(1.0 - model.probabilities["none"])) - centre)
        p_relevant = _sigmoid(score)
        relevant = p_relevant >= RELEVANT_AT
        target, p_stage, stage_words = self._stage(evidence, thread, from_self)
        if not relevant:
            target = "no_change"
        if job is not None and relevant:
            confidence = p_relevant * p_job * p_stage
        elif job is not None:
            confidence = p_relevant * p_job  # a suggestion, at most
        else:
            confidence = p_relevant * p_stage if relevant else 0.0
        if evidence.injection:
            confidence *= INJECTION_FACTOR
        percent = max(0, min(100, int(confidence * 100)))
        job_id = job.id if job is not None and relevant else None
        reason = self._reason(evidence, model, job_how if relevant else "", job_note, relevant,
                              target, stage_words, p_relevant)
        decision = RoutingDecision(relevant=relevant, job_id=job_id, stage_target=target,
                                   confidence=percent, reason=reason)
        if message.thread_id and relevant:
            state = self.threads.setdefault(message.thread_id, ThreadState())
            state.relevant = True
            if job_id is not None and p_job > state.p_job:
                state.job_id, state.p_job = job_id, p_job
            if target != "no_change":
                state.stages.add(target)
        return Judgement(decision=decision, p_relevant=p_relevant, p_job=p_job,
                         p_stage=p_stage, model=model, evidence=evidence,
                         seconds=time.perf_counter() - started, model_wanted=needs_model)

    def _reason(self, evidence: Evidence, model: ChoiceScores | None, job_how: str,
                job_note: str, relevant: bool, target: str, stage_words: str,
                p_relevant: float) -> str:
        parts: list[str] = []
        if evidence.ats:
            parts.append(f"{evidence.ats} sender")
        if evidence.scheduler:
            parts.append(f"{evidence.scheduler} scheduling sender")
        if evidence.job_board:
            parts.append(f"{evidence.job_board} sender")
        if job_how:
            parts.append(job_how)
        if job_note:
            parts.append(job_note)
        signals = [name for name, hit in (("job alert", evidence.job_alert),
                                          ("mailing list", evidence.bulk),
                                          ("receipt", evidence.receipt),
                                          ("security notice", evidence.security),
                                          ("marketing", evidence.marketing)) if hit]
        if signals:
            parts.append(", ".join(signals))
        if evidence.injection:
            parts.append("text that tries to instruct the router was ignored")
        if relevant and stage_words:
            parts.append(f"{target.replace('_', ' ')} wording {stage_words}")
        if not relevant:
            parts.append(f"not about an application (p={1 - p_relevant:.2f})")
        elif not job_how:
            parts.append("no tracked job named")
        if model is not None:
            word, p = model.best
            parts.append(f"model: {word} p={p:.2f}")
        elif self.model_problem:
            parts.append(f"model unavailable: {self.model_problem}")
        text = "; ".join(p for p in parts if p)
        return (text[:1].upper() + text[1:])[:400] if text else "No evidence"


def _sigmoid(x: float) -> float:
    import math

    return 1.0 / (1.0 + math.exp(-x))


def _clip(p: float) -> float:
    return min(max(p, 1e-4), 1 - 1e-4)


def _logit(p: float) -> float:
    import math

    return math.log(p / (1.0 - p))

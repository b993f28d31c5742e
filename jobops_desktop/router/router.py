"""Evidence + model -> one RoutingDecision with a confidence built from measured numbers.

confidence = P(relevant) x P(job | relevant) x P(stage | relevant), each factor a measured
rate (see README "Smart Router": the rates were read off the development corpus, where each
evidence pattern's precision was counted) adjusted by the model's choice probabilities. The
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
from .evidence import INJECTION_RX, Evidence, JobMatch, JobView, MessageView, company_key, gather
from .prompt import (
    CATEGORIES,
    CHOICES,
    MAX_SUFFIX_TOKENS,
    answer_lead,
    build_prefix,
    email_text,
)

log = logging.getLogger("jobops.router")

# Measured precision of the job evidence on the development corpus (see README).
P_JOB_THREAD = 0.995
P_JOB_SENDER = 0.98
P_JOB_SUBJECT = 0.96
P_JOB_BODY = 0.85
# Measured precision of the stage rules (a pattern matched in the subject is more reliable).
P_STAGE_RULE_SUBJECT = 0.985
P_STAGE_RULE_BODY = 0.97
P_STAGE_DEFAULT = 0.85  # relevant, no rule: the model's pick or no_change
INJECTION_FACTOR = 0.85  # text that tries to steer the router only ever costs confidence

STAGE_WORDS = {v: k for k, v in CATEGORIES.items() if v}


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
    notes: list[str] = field(default_factory=list)


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
                 thread_jobs: dict[str, int] | None = None, model_problem: str = "") -> None:
        self.jobs = jobs
        self.engine = engine
        self.model_problem = model_problem
        self.thread_jobs = dict(thread_jobs or {})
        if engine is not None:
            engine.set_prefix(build_prefix(engine.architecture, jobs))

    # ------------------------------------------------------------ model

    def _ask_model(self, message: MessageView) -> ChoiceScores | None:
        if self.engine is None:
            return None
        engine = self.engine
        tokens = engine.tokenize_plain(email_text(message))[:MAX_SUFFIX_TOKENS]
        tokens += engine.tokenize(answer_lead(engine.architecture))
        return engine.score(tokens, CHOICES)

    # ------------------------------------------------------------ parts

    @staticmethod
    def _p_job(evidence: Evidence) -> tuple[JobMatch | None, float, str]:
        best = evidence.best
        if best is None:
            return None, 0.0, ""
        if best.thread:
            p = P_JOB_THREAD
        elif best.company_in_sender or best.requisition:
            p = P_JOB_SENDER
        elif best.company_in_subject:
            p = P_JOB_SUBJECT
        elif best.company_in_body:
            p = P_JOB_BODY
        else:
            p = 0.4  # title only
        note = ""
        rivals = [m for m in evidence.matches[1:] if m.score > 0]
        if rivals and not best.thread:
            rival = rivals[0]
            same_company = company_key(rival.job.company) == company_key(best.job.company)
            margin = best.score - rival.score
            if same_company and margin < 0.5:
                p *= 0.5
                note = f"two jobs at {best.job.company}, title does not tell them apart"
            elif same_company:
                p *= 0.97 if best.title_full else 0.9
            elif margin < 1.0:
                p *= 0.6
                note = f"also names {rival.job.company}"
            else:
                p *= 0.95
        return best, p, note

    @staticmethod
    def _p_relevant(evidence: Evidence, model: ChoiceScores | None,
                    best: JobMatch | None) -> float:
        """Log-odds from the evidence, plus the model's odds, squashed to 0..1."""
        score = -1.0
        if evidence.ats or evidence.scheduler:
            score += 2.5
        if evidence.stage_rule:
            score += 2.0
        if best is not None:
            score += 1.5 if (best.company_in_sender or best.thread) else 0.75
        score += 0.5 * min(evidence.recruiting_words, 4)
        if evidence.job_alert:
            score -= 4.0
        if evidence.job_board and not evidence.ats:
            score -= 2.0
        if evidence.receipt or evidence.security:
            score -= 3.0
        if evidence.marketing:
            score -= 1.0
        if evidence.bulk and not (evidence.ats or evidence.scheduler):
            score -= 1.5
        if model is not None:
            p_model = min(max(1.0 - model.probabilities["none"], 0.02), 0.98)
            score += 0.8 * _logit(p_model)
        return _sigmoid(score)

    def _stage(self, evidence: Evidence, model: ChoiceScores | None) -> tuple[str, float, str]:
        stage_probs: dict[str, float] = {}
        if model is not None:
            total = sum(p for c, p in model.probabilities.items() if CATEGORIES[c])
            stage_probs = {CATEGORIES[c]: p / total for c, p in model.probabilities.items()
                           if CATEGORIES[c] and total > 0}
        model_pick, model_p = (max(stage_probs.items(), key=lambda kv: kv[1])
                               if stage_probs else ("", 0.0))
        if evidence.stage_rule:
            target, words = evidence.stage_rule
            p = P_STAGE_RULE_SUBJECT if evidence.stage_rule_in_subject else P_STAGE_RULE_BODY
            if stage_probs and model_pick != target and stage_probs.get(target, 0.0) < 0.5 * model_p:
                p *= 0.97  # the model reads it differently: a little less sure
            return target, p, f"'{words.strip()}'"
        if stage_probs:
            target = model_pick if model_pick else "no_change"
            return target, P_STAGE_DEFAULT * max(model_p, 0.5), ""
        return "no_change", P_STAGE_DEFAULT * 0.9, ""

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
        evidence = gather(message, self.jobs, self.thread_jobs)
        evidence.injection = injected or injected_subject
        model = self._ask_model(message)
        best, p_job, job_note = self._p_job(evidence)
        p_relevant = self._p_relevant(evidence, model, best)
        relevant = p_relevant >= 0.5
        target, p_stage, stage_words = self._stage(evidence, model)
        if not relevant:
            target = "no_change"
        if best is not None and relevant:
            confidence = p_relevant * p_job * p_stage
        elif best is not None:
            confidence = p_relevant * p_job  # a suggestion, at most
        else:
            confidence = p_relevant * p_stage if relevant else 0.0
        if evidence.injection:
            confidence *= INJECTION_FACTOR
        percent = max(0, min(100, int(confidence * 100)))
        job_id = best.job.id if best is not None and relevant else None
        reason = self._reason(evidence, model, best, job_note, relevant, target, stage_words,
                              p_relevant)
        decision = RoutingDecision(relevant=relevant, job_id=job_id, stage_target=target,
                                   confidence=percent, reason=reason)
        return Judgement(decision=decision, p_relevant=p_relevant, p_job=p_job,
                         p_stage=p_stage, model=model, evidence=evidence,
                         seconds=time.perf_counter() - started)

    def _reason(self, evidence: Evidence, model: ChoiceScores | None, best: JobMatch | None,
                job_note: str, relevant: bool, target: str, stage_words: str,
                p_relevant: float) -> str:
        parts: list[str] = []
        if evidence.ats:
            parts.append(f"{evidence.ats} sender")
        if evidence.scheduler:
            parts.append(f"{evidence.scheduler} scheduling sender")
        if evidence.job_board:
            parts.append(f"{evidence.job_board} sender")
        if best is not None and relevant:
            parts.append(" and ".join(best.where))
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
        elif best is None:
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


def _logit(p: float) -> float:
    import math

    return math.log(p / (1.0 - p))

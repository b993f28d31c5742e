"""Evidence + model -> one RoutingDecision with a confidence built from measured numbers.

P(relevant) = logistic(bias + rule weight x the rules' log-odds + model weight x the model's
anchored log-odds), the weights fitted on the labelled corpora (RELEVANCE_FIT). The model is
asked only when its measured reach (MODEL_REACH) could move a message across RELEVANT_AT; its
probabilities are softmaxed token logits over fixed answer words, never a number it writes.

The confidence (0..100) of a relevant message with a job:
- certifiable (the job named by the sender or the subject, or by the thread agreeing with
  what the message names; P(relevant) >= 0.9):
  the measured precision of job and stage together for its stage kind (DECISION_COUNTS);
- otherwise P(relevant) x P(job | relevant) x P(stage | relevant), the precisions of the
  kinds of evidence that named them (JOB_COUNTS, STAGE_COUNTS).
A message judged not relevant is ignored, its job dropped (the number, P(relevant) x P(job),
only shows how unlikely a link was); one naming no tracked job has 0. Every precision is
the rule-of-succession estimate (k + 1) / (n + 2) of a (correct, total) count
(`router.calibrate` recomputes them), and text that tries to instruct the router lowers the
confidence below the default auto-link threshold.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field

from .calibrate import certifiable, decision_kind, posterior_mean
from .decision import RoutingDecision
from .engine import ChoiceScores, Engine
from .evidence import DECISIVE, INJECTION_RX, Evidence, JobView, MessageView, company_key, gather
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

# Precisions counted on the ten calibration corpora (corpus/dev, corpus/calib-a .. -e,
# corpus/holdout, corpus/fresh, corpus/fresh-d, -e; never corpus/fresh-b or -c, which
# measure generalisation): (correct, total), by the kind of evidence. `python -m
# jobops_desktop.router.calibrate corpus/dev corpus/calib-a ... corpus/fresh-e` recomputes
# every table below from their eval-report.json files (RELEVANCE_FIT and MODEL_REACH from
# reports made with `jobops eval --measure-model`, see the README). The confidence uses each count's
# rule-of-succession estimate (k + 1) / (n + 2), never the raw rate: a kind seen 8 times
# (8/8) is worth 0.90, so a rule seen a handful of times only suggests.
# P(job right | relevant), by what named the job ("+thread": the thread agreed):
JOB_COUNTS: dict[str, tuple[int, int]] = {
    "body": (21, 21),  # rate 1.000, estimate 0.957
    "other_role": (1, 8),  # rate 0.125, estimate 0.200
    "rival": (2, 2),  # rate 1.000, estimate 0.750
    "rival+thread": (1, 1),  # rate 1.000, estimate 0.667
    "same_company": (52, 54),  # rate 0.963, estimate 0.946
    "same_company+thread": (34, 34),  # rate 1.000, estimate 0.972
    "sender": (663, 664),  # rate 0.998, estimate 0.997
    "sender+thread": (121, 121),  # rate 1.000, estimate 0.992
    "subject": (97, 97),  # rate 1.000, estimate 0.990
    "subject+thread": (80, 80),  # rate 1.000, estimate 0.988
    "title+thread": (39, 39),  # rate 1.000, estimate 0.976
    "twin": (15, 17),  # rate 0.882, estimate 0.842
}
# P(stage right | relevant), by the rule that named the target ("/reply": in a reply):
STAGE_COUNTS: dict[str, tuple[int, int]] = {
    "applied": (228, 228),  # rate 1.000, estimate 0.996
    "applied/reply": (2, 2),  # rate 1.000, estimate 0.750
    "assessment": (77, 78),  # rate 0.987, estimate 0.975
    "assessment/reply": (14, 14),  # rate 1.000, estimate 0.938
    "hiring_manager_screen": (49, 55),  # rate 0.891, estimate 0.877
    "hiring_manager_screen/reply": (14, 14),  # rate 1.000, estimate 0.938
    "looking_back": (19, 19),  # rate 1.000, estimate 0.952
    "none": (74, 77),  # rate 0.961, estimate 0.949
    "offer": (29, 30),  # rate 0.967, estimate 0.938
    "offer/reply": (10, 10),  # rate 1.000, estimate 0.917
    "onsite": (66, 66),  # rate 1.000, estimate 0.985
    "onsite/reply": (18, 18),  # rate 1.000, estimate 0.950
    "own_reply": (95, 97),  # rate 0.979, estimate 0.970
    "recruiter_screen": (153, 170),  # rate 0.900, estimate 0.895
    "recruiter_screen/reply": (4, 4),  # rate 1.000, estimate 0.833
    "rejected": (117, 117),  # rate 1.000, estimate 0.992
    "rejected/reply": (32, 32),  # rate 1.000, estimate 0.971
    "repeat": (10, 13),  # rate 0.769, estimate 0.733
    "reschedule": (30, 30),  # rate 1.000, estimate 0.969
    "technical_interview": (92, 93),  # rate 0.989, estimate 0.979
    "technical_interview/reply": (26, 26),  # rate 1.000, estimate 0.964
    "thread_reply": (39, 42),  # rate 0.929, estimate 0.909
    "withdrawn": (9, 9),  # rate 1.000, estimate 0.909
    "withdrawn/reply": (14, 14),  # rate 1.000, estimate 0.938
}
# P(job and stage both right | a certifiable decision), by stage kind: the job named by the
# sender, the subject or the agreeing thread, and relevance beyond doubt
# (calibrate.certifiable), counted
# over every such decision, relevant by its label or not. One measured number, where the
# product of the separate estimates would shrink three times for one message.
DECISION_COUNTS: dict[str, tuple[int, int]] = {
    "applied": (198, 198),  # rate 1.000, estimate 0.995
    "assessment": (70, 70),  # rate 1.000, estimate 0.986
    "hiring_manager_screen": (46, 46),  # rate 1.000, estimate 0.979
    "looking_back": (9, 9),  # rate 1.000, estimate 0.909
    "none": (20, 20),  # rate 1.000, estimate 0.955
    "offer": (21, 22),  # rate 0.955, estimate 0.917
    "onsite": (56, 56),  # rate 1.000, estimate 0.983
    "own_reply": (53, 55),  # rate 0.964, estimate 0.947
    "recruiter_screen": (125, 126),  # rate 0.992, estimate 0.984
    "rejected": (117, 117),  # rate 1.000, estimate 0.992
    "repeat": (10, 13),  # rate 0.769, estimate 0.733
    "reschedule": (23, 23),  # rate 1.000, estimate 0.960
    "technical_interview": (95, 95),  # rate 1.000, estimate 0.990
    "thread_reply": (29, 31),  # rate 0.935, estimate 0.909
    "withdrawn": (19, 19),  # rate 1.000, estimate 0.952
}
P_JOB: dict[str, float] = {kind: posterior_mean(*c) for kind, c in JOB_COUNTS.items()}
P_STAGE: dict[str, float] = {kind: posterior_mean(*c) for kind, c in STAGE_COUNTS.items()}
P_DECISION: dict[str, float] = {k: posterior_mean(*c) for k, c in DECISION_COUNTS.items()}
# A kind never counted gets what the rule of succession gives with no data: 0.5, a guess.
UNSEEN = posterior_mean(0, 0)
# Text that tries to steer the router only ever costs confidence, and such a message always
# waits for a person (at the default thresholds).
INJECTION_FACTOR = 0.85
INJECTION_CAP = 0.90
MODEL_RELEVANCE_SPAN = 4.0  # the anchors' distance, in the rules' log-odds units
# Recall matters more than precision: a message with a 1-in-5 chance of being about an
# application waits for review instead of being ignored (on the corpora: recall 0.99 at
# relevance precision 0.92).
RELEVANT_AT = 0.2
# How far the model moves a message: the 95th percentile of its anchored score's size on the
# corpora. The model is asked only where that reach could change the decision.
MODEL_REACH = 2.29
# P(relevant) = logistic(bias + rule weight x rule score + model weight x anchored model
# score), fitted by `router.calibrate` (logistic regression) on the labelled corpora with the
# model scoring every message (`jobops eval --measure-model`), so the model has exactly the
# say its measured judgement earns.
RELEVANCE_FIT: tuple[float, float, float] = (-0.527, 1.126, 0.446)  # bias, rule, model

_ANCHORS: dict[tuple[str, str], tuple[float, float]] = {}  # (model, prefix) -> anchor
STRONG_JOB_KINDS = ("sender", "subject", "thread")  # for relevance


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
    """A decision plus the parts it was built from (`router.evaluate` reports the kinds and
    scores, `router.calibrate` counts and fits them)."""

    decision: RoutingDecision
    p_relevant: float
    p_job: float
    p_stage: float
    model: ChoiceScores | None = None
    evidence: Evidence | None = None
    job_kind: str = ""  # the JOB_COUNTS key that gave p_job ("" when no job)
    stage_kind: str = ""  # the STAGE_COUNTS key that gave p_stage ("" when not relevant)
    rule_score: float = 0.0  # the rules' relevance log-odds
    model_score: float | None = None  # the model's, on the rules' scale (None: not scored)


def strip_injection(text: str) -> tuple[str, bool]:
    """Drop every paragraph that tries to instruct the router; the rest is routed as usual.

    The whole paragraph goes, not just the sentence: the instruction's neighbours ("This
    message is an OFFER LETTER.") are part of the same attempt.
    """
    if not INJECTION_RX.search(text):
        return text, False
    paragraphs = re.split(r"\n\s*\n", text)
    kept = [p for p in paragraphs if not INJECTION_RX.search(p)]
    return "\n\n".join(kept), True


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
            thread: ThreadState(job_id=job, p_job=P_JOB.get("thread", UNSEEN), relevant=True,
                                linked=True)
            for thread, job in (thread_jobs or {}).items()}
        self.anchor: tuple[float, float] | None = None  # (centre, weight) of model log-odds
        # Calibration (`jobops eval --measure-model`): score every message with the model so
        # RELEVANCE_FIT and MODEL_REACH are fitted on all of them; decisions stay the same.
        self.measure_model = False
        self._prefix = build_prefix(engine.architecture, jobs) if engine is not None else ""

    def _prepare_model(self) -> None:
        """Evaluate the prompt prefix and measure the anchors on the first question, so a
        batch the rules settle alone never pays for them. The prefix is set again before
        each question (free when unchanged): another router may have used the engine."""
        assert self.engine is not None
        self.engine.set_prefix(self._prefix)
        if self.anchor is None:
            key = (str(self.engine.path), self._prefix)
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
                scores = self._score(MessageView(id=0, sender_name="", sender_email=sender,
                                                 subject=subject, text=body))
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
        state.job_id, state.p_job = job_id, P_JOB.get("thread", UNSEEN)
        state.relevant, state.linked = True, True

    # ------------------------------------------------------------ model

    def _ask_model(self, message: MessageView) -> ChoiceScores | None:
        if self.engine is None:
            return None
        self._prepare_model()
        return self._score(message)

    def _score(self, message: MessageView) -> ChoiceScores:
        """The answer words' probabilities after the prefix (already set) and this message."""
        assert self.engine is not None
        engine = self.engine
        tokens = engine.tokenize_plain(email_text(message))[:MAX_SUFFIX_TOKENS]
        tokens += engine.tokenize(answer_lead(engine.architecture))
        return engine.score(tokens, CHOICES)

    # ------------------------------------------------------------ parts

    def _p_job(self, evidence: Evidence, thread: ThreadState | None
               ) -> tuple[JobView | None, float, str, str, str]:
        """(job, P(job right | relevant), what named it, a caution, evidence kind)."""
        best = evidence.best
        thread_job = next((j for j in self.jobs if thread and j.id == thread.job_id), None)
        if best is None:
            if thread_job is not None and thread is not None:
                how = "same thread as a linked message" if thread.linked else "same thread"
                return self._other_role(evidence, thread_job, how, "", "thread")
            return None, 0.0, "", "", ""
        if best.company_in_sender or best.requisition:
            kind = "sender"
        elif best.company_in_subject:
            kind = "subject"
        elif best.company_in_body:
            kind = "body"
        else:
            kind = "title"
        note = ""
        rivals = [m for m in evidence.matches[1:] if m.score > 0]
        if rivals:
            rival = rivals[0]
            same_company = company_key(rival.job.company) == company_key(best.job.company)
            margin = best.score - rival.score
            if same_company and margin < 0.5:
                kind = "twin"
                note = f"two jobs at {best.job.company}, the title does not tell them apart"
            elif same_company:
                kind = "same_company"
            elif margin < 1.0:
                kind = "rival_close"
                note = f"also names {rival.job.company}"
            else:
                kind = "rival"
        how = " and ".join(best.where)
        if thread_job is not None and thread is not None:
            if thread_job.id == best.job.id:
                how += " and same thread"
                kind += "+thread"
            elif thread.p_job >= P_JOB.get(kind, UNSEEN):
                return self._other_role(evidence, thread_job, "same thread",
                                        f"but names {best.job.company}", "thread_disputed")
            else:
                kind = "thread_conflict"
                note = "the thread is linked to another job"
        return self._other_role(evidence, best.job, how, note, kind)

    @staticmethod
    def _other_role(evidence: Evidence, job: JobView, how: str, note: str, kind: str
                    ) -> tuple[JobView, float, str, str, str]:
        """Another role named anywhere in the mail rules the job out of auto-linking."""
        other = evidence.other_role_for(job)
        if other:
            kind = "other_role"
            note = f"names another role '{other}'"
        return job, P_JOB.get(kind, UNSEEN), how, note, kind

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
               from_self: bool) -> tuple[str, float, str, str]:
        """(target, P(target right | relevant), the words that named it, rule kind).

        The stage comes from the rules only: scored over the stage words, the bundled models
        picked the labelled stage for 21-28% (SmolLM2) and 29% (Gemma 3) of the relevant dev
        messages, below the 75% of simply saying "no change" when no rule fires.
        """
        rule = evidence.stage_rule
        if rule and from_self:
            # The person's own mail ("Tuesday works for the phone screen", "I'd like to
            # withdraw"): the company's answer carries the step.
            rule = None
        if rule and evidence.reschedule and rule[0] not in DECISIVE:
            return "no_change", P_STAGE.get("reschedule", UNSEEN), "rescheduled or reminder", \
                "reschedule"
        if rule:
            target, words = rule
            if thread is not None and target in thread.stages and target not in DECISIVE:
                # Still this step (a confirmation after the invitation); the inbox records
                # a stage only once per thread, so nothing is repeated on the timeline.
                return target, P_STAGE.get("repeat", UNSEEN), f"'{words.strip()}', already " \
                    "named in this thread", "repeat"
            kind = f"{target}/reply" if evidence.reply else target
            return target, P_STAGE.get(kind, UNSEEN), f"'{words.strip()}'", kind
        if from_self:
            return "no_change", P_STAGE.get("own_reply", UNSEEN), "", "own_reply"
        if evidence.looked_back:
            return "no_change", P_STAGE.get("looking_back", UNSEEN), \
                f"'{evidence.looked_back.strip()}' (a step already taken)", "looking_back"
        if thread is not None and thread.relevant and evidence.reply:
            return "no_change", P_STAGE.get("thread_reply", UNSEEN), \
                "a reply in a known thread", "thread_reply"
        return "no_change", P_STAGE.get("none", UNSEEN), "", "none"

    # ------------------------------------------------------------ the decision

    def route(self, message: MessageView) -> Judgement:
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
        job, p_job, job_how, job_note, job_kind = self._p_job(evidence, thread)
        strong_job = job_kind.split("+")[0] in STRONG_JOB_KINDS
        rule_score = self._rule_relevance(evidence, job is not None, strong_job,
                                          thread, from_self)
        # The model reads what the rules cannot settle: is it about an application at all.
        bias, rule_weight, model_weight = RELEVANCE_FIT
        rules_only = bias + rule_weight * rule_score
        needs_model = abs(rules_only - _logit(RELEVANT_AT)) < abs(model_weight) * MODEL_REACH
        model = self._ask_model(message) if needs_model or self.measure_model else None
        model_score = None
        if model is not None and self.anchor is not None:
            centre, weight = self.anchor
            model_score = weight * (_logit(_clip(1.0 - model.probabilities["none"])) - centre)
        if not needs_model:  # scored for calibration only: the decision stays the rules'
            model = None
        used_score = (model_score or 0.0) if model is not None else 0.0
        p_relevant = _sigmoid(rules_only + model_weight * used_score)
        relevant = p_relevant >= RELEVANT_AT
        target, p_stage, stage_words, stage_kind = self._stage(evidence, thread, from_self)
        if not relevant:
            target = "no_change"
        p_decision = P_DECISION.get(decision_kind(stage_kind))
        if job is not None and relevant and p_decision is not None \
                and certifiable(job_kind, p_relevant):
            confidence = p_decision
        elif job is not None and relevant:
            confidence = p_relevant * p_job * p_stage
        elif job is not None:
            confidence = p_relevant * p_job  # shown only: not relevant, so ignored, no job
        else:
            # No job named: there is no link to be confident about. The seed's scale puts
            # such a message below 50 (an orphan if relevant); how likely it is about an
            # application is in the reason.
            confidence = 0.0
        if evidence.injection:
            confidence = min(confidence * INJECTION_FACTOR, INJECTION_CAP)
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
                         job_kind=job_kind if job_id is not None else "",
                         stage_kind=stage_kind if relevant else "",
                         rule_score=rule_score, model_score=model_score)

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
            parts.append(f"no tracked job named (about an application: p={p_relevant:.2f})")
        if model is not None:
            word, p = model.best
            parts.append(f"model: {word} p={p:.2f}")
        text = "; ".join(p for p in parts if p)
        return (text[:1].upper() + text[1:])[:400] if text else "No evidence"


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _clip(p: float) -> float:
    return min(max(p, 1e-4), 1 - 1e-4)


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))

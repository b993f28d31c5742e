"""Conservative evidence rates from eval reports: `python -m jobops_desktop.router.calibrate`.

Every precision the router's confidence uses is estimated from a (correct, total) count on
the calibration corpora by Laplace's rule of succession, (correct + 1) / (total + 2), never
the raw rate: a rule seen a handful of times cannot carry an automatic update (8 of 8 right
gives 0.90; a perfect record needs 18 examples to pass 0.95 alone). A stricter estimator,
the 95% Wilson lower bound, was measured and rejected: it certified nothing at all on a
140-example corpus (BENCHMARKS.md, "Smart Router").

    python -m jobops_desktop.router.calibrate corpus/dev   # corpus/dev/eval-report.json
    python -m jobops_desktop.router.calibrate corpus/dev corpus/calib-a ...   # summed

prints, as `router.py` expects them, with each count's rate and estimate: `JOB_COUNTS` and
`STAGE_COUNTS` (over labelled-relevant messages), `DECISION_COUNTS` (job and stage both
right, over every certifiable decision), and, from reports made with `jobops eval
--measure-model` (the model scores every message), `RELEVANCE_FIT` (a logistic regression
of the labels on the rules' and the model's relevance scores) and `MODEL_REACH`. Every
decision in a report carries its `job_kind`, `stage_kind`, `p_relevant`, `rule_score`,
`model_score` and the router's own job (`router_job`) for this.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def posterior_mean(correct: int, total: int) -> float:
    """Laplace's rule of succession, (correct + 1) / (total + 2): the mean of the Beta(1, 1)
    posterior of the rate. A calibrated estimate rather than a worst case: 8 of 8 gives 0.90,
    71 of 71 gives 0.986, so rules seen a handful of times still cannot auto-link."""
    return (correct + 1) / (total + 2)


# The decisions whose confidence is one measured number, the precision of their stage kind
# (router.DECISION_COUNTS): the job named by the sender (its name or domain, or a requisition
# id), by the subject, or by the thread agreeing with what the message names, and relevance
# beyond doubt. Everything else multiplies the separate factors.
CERTIFIABLE_JOB_KINDS = ("sender", "subject", "sender+thread", "subject+thread", "title+thread",
                         "body+thread", "same_company+thread", "twin+thread")
CERTIFY_RELEVANCE = 0.9


def certifiable(job_kind: str, p_relevant: float) -> bool:
    return job_kind in CERTIFIABLE_JOB_KINDS and p_relevant >= CERTIFY_RELEVANCE


def decision_kind(stage_kind: str) -> str:
    """The DECISION_COUNTS key of a stage kind: a reply is counted with first messages.

    Once the job is certain, a rule was as precise in a reply as in a first message on the
    corpora (e.g. hiring-manager 12/12 in replies, 17/17 not), so a split would only halve
    the counts behind each estimate.
    """
    return stage_kind.removesuffix("/reply")


def count_decisions(decisions: list[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """Stage kind -> (decisions right, total) over every certifiable decision, relevant by
    its label or not: right means the labelled job and the labelled stage both."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for decision in decisions:
        kind = decision_kind(decision.get("stage_kind") or "")
        if not kind or not certifiable(decision.get("job_kind") or "",
                                       float(decision.get("p_relevant") or 0.0)):
            continue
        total[kind] += 1
        right[kind] += int(bool(decision.get("label_job"))
                           and decision.get("router_job") == decision["label_job"]
                           and decision.get("stage") == decision.get("label_stage"))
    return {kind: (right[kind], total[kind]) for kind in sorted(total)}


def fit_relevance(decisions: list[dict[str, Any]], *, ridge: float = 0.1,
                  steps: int = 50) -> tuple[float, float, float]:
    """(bias, rule weight, model weight) of P(relevant) = logistic(bias + rule weight x
    rule_score + model weight x model_score), by maximum likelihood (Newton's method, a
    small ridge on the weights) over every labelled decision; a message the model was not
    asked about has model score 0."""
    rows = [((1.0, float(d["rule_score"]), float(d.get("model_score") or 0.0)),
             1.0 if d.get("label_relevant") else 0.0)
            for d in decisions if d.get("rule_score") is not None]
    if not rows:
        raise ValueError("no decision carries a rule_score; re-run `jobops eval`")
    w = [0.0, 1.0, 1.0]
    for _ in range(steps):
        grad = [0.0, 0.0, 0.0]
        hess = [[0.0] * 3 for _ in range(3)]
        for x, y in rows:
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
            for i in range(3):
                grad[i] += (p - y) * x[i]
                for j in range(3):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in (1, 2):
            grad[i] += ridge * w[i]
            hess[i][i] += ridge
        step = _solve3(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(si) for si in step) < 1e-7:
            break
    return w[0], w[1], w[2]


def model_reach(decisions: list[dict[str, Any]], share: float = 0.95) -> float:
    """How far the model moves a message: the given percentile of |model score|."""
    sizes = sorted(abs(float(d["model_score"])) for d in decisions
                   if d.get("model_score") is not None)
    if not sizes:
        return 0.0
    return sizes[min(len(sizes) - 1, int(share * len(sizes)))]


def _solve3(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a 3x3 linear system by Gaussian elimination with partial pivoting."""
    m = [[*row, bi] for row, bi in zip(a, b, strict=True)]
    for col in range(3):
        pivot = max(range(col, 3), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, 3):
            factor = m[r][col] / m[col][col]
            for c in range(col, 4):
                m[r][c] -= factor * m[col][c]
    x = [0.0, 0.0, 0.0]
    for r in (2, 1, 0):
        x[r] = (m[r][3] - sum(m[r][c] * x[c] for c in range(r + 1, 3))) / m[r][r]
    return x


def count_kinds(decisions: list[dict[str, Any]]
                ) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    """(job counts, stage counts): kind -> (correct, total) over labelled-relevant messages.

    A job kind is right when the router's job is the labelled job; a stage kind when the
    router's stage target is the labelled one.
    """
    job_right: Counter[str] = Counter()
    job_total: Counter[str] = Counter()
    stage_right: Counter[str] = Counter()
    stage_total: Counter[str] = Counter()
    for decision in decisions:
        if not decision.get("label_relevant"):
            continue
        job_kind = decision.get("job_kind") or ""
        if job_kind:
            job_total[job_kind] += 1
            job_right[job_kind] += int(bool(decision.get("label_job"))
                                       and decision.get("router_job") == decision["label_job"])
        stage_kind = decision.get("stage_kind") or ""
        if stage_kind:
            stage_total[stage_kind] += 1
            stage_right[stage_kind] += int(decision.get("stage") == decision.get("label_stage"))
    jobs = {kind: (job_right[kind], job_total[kind]) for kind in sorted(job_total)}
    stages = {kind: (stage_right[kind], stage_total[kind]) for kind in sorted(stage_total)}
    return jobs, stages


def report_path(target: Path) -> Path:
    """A corpus directory's report: DIR/eval-report.json (where the committed reports live),
    else DIR/../eval-report.json (where `jobops eval DIR` writes without --out)."""
    if not target.is_dir():
        return target
    inside = target / "eval-report.json"
    return inside if inside.is_file() else target.parent / "eval-report.json"


def format_table(name: str, counts: dict[str, tuple[int, int]]) -> str:
    lines = [f"{name} = {{"]
    for kind, (right, total) in counts.items():
        estimate = posterior_mean(right, total)
        lines.append(f"    {kind!r}: ({right}, {total}),  # rate {right / total:.3f}, "
                     f"estimate {estimate:.3f}")
    lines.append("}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m jobops_desktop.router.calibrate",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+",
                        help="corpus directories (their eval-report.json) or reports; the "
                             "counts of several are added up")
    args = parser.parse_args(argv)
    decisions: list[dict[str, Any]] = []
    paths = [report_path(Path(name)) for name in args.reports]
    measured = True
    for path in paths:
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"calibrate: cannot read {path}: {exc}", file=sys.stderr)
            return 2
        found = report.get("decisions") or []
        if not any("job_kind" in d for d in found):
            print(f"calibrate: {path} has no evidence kinds; re-run `jobops eval`",
                  file=sys.stderr)
            return 2
        decisions.extend(found)
        measured = measured and bool(report.get("model_measured"))
    jobs, stages = count_kinds(decisions)
    names = ", ".join(str(path) for path in paths)
    print(f"# counted on {names} ({len(decisions)} decisions)")
    print("# JOB_COUNTS, STAGE_COUNTS: labelled-relevant messages only")
    print(format_table("JOB_COUNTS", jobs))
    print(format_table("STAGE_COUNTS", stages))
    print(format_table("DECISION_COUNTS", count_decisions(decisions)))
    if not measured:
        # A report made without --measure-model scores only the messages near the relevance
        # line; a fit on those shrinks the model's weight a little more each round.
        print("# RELEVANCE_FIT, MODEL_REACH: not fitted (the model scored only some messages); "
              "re-run `jobops eval --measure-model` for every report")
    elif any(d.get("rule_score") is not None for d in decisions):
        bias, rule_weight, model_weight = fit_relevance(decisions)
        print(f"RELEVANCE_FIT = ({bias:.3f}, {rule_weight:.3f}, {model_weight:.3f})")
        print(f"MODEL_REACH = {model_reach(decisions):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

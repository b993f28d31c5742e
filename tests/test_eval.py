"""`jobops eval`: the harness on a small hand-written corpus (tests/fixtures/router_mini)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from conftest import FIXTURES

from jobops_desktop.cli import main
from jobops_desktop.router.evaluate import REPORT_KEYS, CorpusError, load_labels, run_eval
from jobops_desktop.router.model_files import default_model_path

CORPUS = FIXTURES / "router_mini"
RATIOS = ("relevance_precision", "relevance_recall", "autolink_precision", "autolink_coverage",
          "suggestion_accuracy", "stage_accuracy")


def test_labels_are_read_and_checked(tmp_path: Path):
    labels = load_labels(CORPUS / "labels.csv")
    assert len(labels) == 12
    assert labels["m2@mini"].stage == "rejected" and labels["m2@mini"].job == "stripe-ml"
    assert labels["m5@mini"].relevant is False
    bad = tmp_path / "labels.csv"
    bad.write_text("message_id,relevant,job,stage,source\nx@y,yes,,promoted,test\n")
    with pytest.raises(CorpusError, match="unknown stage 'promoted'"):
        load_labels(bad)


def test_a_malformed_corpus_is_named_not_a_traceback(tmp_path: Path, capsys):
    corpus = tmp_path / "broken"
    corpus.mkdir()
    (corpus / "messages.mbox").write_text("")
    (corpus / "labels.csv").write_text("message_id,relevant\n")
    (corpus / "jobs.json").write_text('[{"key": "a", "company": "Acme"}]')
    assert main(["eval", str(corpus)]) == 2
    assert "jobs.json: job 1 has no title" in capsys.readouterr().err
    (corpus / "labels.csv").write_text("id,relevant\n")
    with pytest.raises(CorpusError, match="no message_id column"):
        load_labels(corpus / "labels.csv")


def test_eval_report_without_a_model_sends_everything_to_review(tmp_path: Path):
    report = run_eval(CORPUS, model=str(tmp_path / "missing.gguf"), work_dir=tmp_path / "db")
    assert list(report)[:len(REPORT_KEYS)] == list(REPORT_KEYS)
    assert report["model"].startswith("model unavailable")
    assert report["autolink_count"] == 0 and report["buckets"]["ignored"] == 0
    assert report["relevance_recall"] == 1.0
    assert len(report["decisions"]) == 12


@pytest.mark.model
@pytest.mark.skipif(not default_model_path().exists(), reason="bundled model not fetched")
def test_eval_command_on_a_small_corpus(tmp_path: Path, capsys):
    out = tmp_path / "report.json"
    assert main(["eval", str(CORPUS), "--out", str(out), "--limit", "8"]) == 0
    printed = capsys.readouterr().out
    assert "Auto-link precision" in printed and "Stage confusion" in printed
    report = json.loads(out.read_text())
    for key in REPORT_KEYS:
        assert key in report
    for key in RATIOS:
        assert 0.0 <= report[key] <= 1.0, key
    assert report["model"] == f"ready: {default_model_path().name}"
    assert set(report["buckets"]) == {"auto_linked", "pending_suggested", "pending_orphan",
                                      "ignored"}
    assert sum(report["buckets"].values()) == len(report["decisions"]) == 8
    assert report["messages_per_second"] > 0 and report["peak_rss_mb"] > 0
    assert report["latency_p50_ms"] <= report["latency_p95_ms"]
    decision = report["decisions"][0]
    assert set(decision) >= {"message_id", "bucket", "job", "stage", "confidence", "reason"}
    # the hand-written corpus is easy: nothing auto-linked wrongly, no reply ignored
    assert report["autolink_precision"] == 1.0
    assert report["relevance_recall"] == 1.0


def test_metrics_follow_their_definitions():
    """Six stored outcomes against their labels, and every figure worked out by hand."""
    from jobops_desktop.router.evaluate import Label, measure
    from jobops_desktop.store import Job, ProviderAccount, TrackedMessage

    account = ProviderAccount.create(account_key="m", provider="mbox")
    a = Job.create(company="A", title="One")
    b = Job.create(company="B", title="Two")
    rows = [  # id, bucket, relevant, job, stage  |  label relevant, job, stage
        ("1", "auto_linked", True, a, "rejected", True, "a", "rejected"),  # right
        ("2", "auto_linked", True, a, "onsite", True, "a", "offer"),  # wrong stage
        ("3", "pending_suggested", True, b, "no_change", True, "b", "no_change"),  # job right
        ("4", "pending_suggested", True, a, "no_change", True, "b", "applied"),  # job wrong
        ("5", "pending_orphan", True, None, "no_change", False, "", "no_change"),  # false pos.
        ("6", "ignored", False, None, "no_change", True, "", "recruiter_screen"),  # missed
    ]
    labels = {}
    for mid, bucket, relevant, job, stage, l_rel, l_job, l_stage in rows:
        TrackedMessage.create(
            account=account, provider_message_id=mid, rfc_message_id=mid, routed=True,
            bucket=bucket, relevant=relevant, suggested_stage=stage,
            job=job if bucket == "auto_linked" else None,
            suggested_job=job, confidence=97 if bucket == "auto_linked" else 60)
        labels[mid] = Label(mid, l_rel, l_job, l_stage)
    report = measure(labels, {a.id: "a", b.id: "b"})
    assert report["relevance_precision"] == 0.8  # 4 of the 5 said relevant
    assert report["relevance_recall"] == 0.8  # 4 of the 5 labelled relevant
    assert report["autolink_count"] == 2
    assert report["autolink_precision"] == 0.5  # job and stage both right: 1 of 2
    assert report["autolink_coverage"] == 0.25  # 1 right auto-link / 4 job labels
    assert report["suggestion_accuracy"] == 0.5
    assert report["stage_accuracy"] == 0.4  # 2 of the 5 relevant labels (1 and 3)
    assert report["confusion"]["offer"] == {"onsite": 1}
    assert report["buckets"] == {"auto_linked": 2, "pending_suggested": 2,
                                 "pending_orphan": 1, "ignored": 1}


def test_calibrate_counts_each_kind_from_the_report(tmp_path: Path, capsys):
    from jobops_desktop.router import calibrate

    def decision(job_kind, stage_kind, router_job, stage, label_job, label_stage, relevant=True):
        return {"job_kind": job_kind, "stage_kind": stage_kind, "router_job": router_job,
                "stage": stage, "label_job": label_job, "label_stage": label_stage,
                "label_relevant": relevant}

    decisions = [
        decision("sender", "applied", "a", "applied", "a", "applied"),
        decision("sender", "applied", "a", "applied", "b", "no_change"),
        decision("subject", "none", "b", "no_change", "b", "no_change"),
        decision("", "none", "", "no_change", "", "no_change"),
        decision("sender", "applied", "a", "applied", "", "no_change", relevant=False),
    ]
    jobs, stages = calibrate.count_kinds(decisions)
    assert jobs == {"sender": (1, 2), "subject": (1, 1)}
    assert stages == {"applied": (1, 2), "none": (2, 2)}
    # The joint table counts only certifiable decisions (job by sender or subject, relevance
    # beyond doubt), and a decision is right only with the labelled job and stage both.
    for d, p_relevant in zip(decisions, (0.99, 0.99, 0.95, 0.99, 0.97), strict=True):
        d["p_relevant"] = p_relevant
    in_doubt = {**decision("sender", "applied", "a", "applied", "a", "applied"),
                "p_relevant": 0.6}  # relevance in doubt: not certifiable
    assert calibrate.count_decisions([*decisions, in_doubt]) == {"applied": (1, 3),
                                                                 "none": (1, 1)}
    report = tmp_path / "eval-report.json"
    report.write_text(json.dumps({"decisions": decisions}))
    assert calibrate.main([str(report)]) == 0
    printed = capsys.readouterr().out
    assert "'sender': (1, 2)" in printed and "estimate 0.500" in printed


def test_relevance_fit_learns_how_much_each_score_is_worth():
    """Synthetic labels where only the rules' score tells: the model's weight goes to ~0."""
    import random

    from jobops_desktop.router import calibrate

    rng = random.Random(7)
    decisions = []
    for _ in range(600):
        rule = rng.uniform(-6, 6)
        relevant = rng.random() < 1 / (1 + math.exp(-(0.5 + 1.5 * rule)))
        decisions.append({"rule_score": rule, "model_score": rng.uniform(-3, 3),
                          "label_relevant": relevant})
    bias, rule_weight, model_weight = calibrate.fit_relevance(decisions)
    assert 1.0 < rule_weight < 2.2 and abs(model_weight) < 0.3 and -0.5 < bias < 1.5


@pytest.mark.model
@pytest.mark.skipif(not default_model_path().exists(), reason="bundled model not fetched")
def test_measuring_the_model_on_every_message_changes_no_decision(tmp_path: Path, capsys):
    plain = run_eval(CORPUS, work_dir=tmp_path / "plain")
    measured = run_eval(CORPUS, work_dir=tmp_path / "measured", measure_model=True)
    fields = ("message_id", "bucket", "job", "stage", "confidence", "reason")
    assert [[d[f] for f in fields] for d in measured["decisions"]] == \
        [[d[f] for f in fields] for d in plain["decisions"]]
    assert measured["model_measured"] and not plain["model_measured"]
    assert all(d["model_score"] is not None for d in measured["decisions"])
    assert any(d["model_score"] is None for d in plain["decisions"])

    from jobops_desktop.router import calibrate

    # Only reports where the model scored every message are fitted (a fit on the few
    # messages it was asked about would shrink its weight round after round).
    for name, report in (("plain", plain), ("measured", measured)):
        (tmp_path / f"{name}.json").write_text(json.dumps(report))
    assert calibrate.main([str(tmp_path / "plain.json")]) == 0
    assert "RELEVANCE_FIT, MODEL_REACH: not fitted" in capsys.readouterr().out
    assert calibrate.main([str(tmp_path / "measured.json")]) == 0
    printed = capsys.readouterr().out
    assert "RELEVANCE_FIT = (" in printed and "MODEL_REACH = " in printed

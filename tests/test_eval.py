"""`jobops eval`: the harness on a small hand-written corpus (tests/fixtures/router_mini)."""

from __future__ import annotations

import json
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

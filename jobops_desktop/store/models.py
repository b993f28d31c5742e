"""Tables, shaped after the JobOps vocabulary (see vocab.py). All datetimes are naive UTC."""

from __future__ import annotations

import json
from typing import Any

import peewee as pw

from ..timeutil import utcnow
from .db import db


class JSONField(pw.TextField):
    def db_value(self, value: Any) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    def python_value(self, value: str | None) -> Any:
        return None if value is None else json.loads(value)


class BaseModel(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


class Job(BaseModel):
    company = pw.CharField(max_length=200)
    title = pw.CharField(max_length=300)
    url = pw.TextField(default="")
    location = pw.CharField(max_length=200, default="")
    requisition_id = pw.CharField(max_length=100, default="")
    applied_at = pw.DateTimeField(null=True)
    status = pw.CharField(max_length=20, default="applied", index=True)
    current_stage = pw.CharField(max_length=40, default="applied", index=True)
    outcome = pw.CharField(max_length=40, null=True)
    notes = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow, index=True)

    class Meta:
        indexes = ((("company",), False),)


class ProviderAccount(BaseModel):
    """A mail source: a Gmail account or an offline import. Never holds secrets."""

    account_key = pw.CharField(max_length=100, unique=True)
    provider = pw.CharField(max_length=20, default="gmail")  # gmail | mbox | eml | sample
    email_address = pw.CharField(max_length=320, default="")
    status = pw.CharField(max_length=20, default="disconnected")  # connected|disconnected|error
    last_error = pw.TextField(default="")
    last_synced_at = pw.DateTimeField(null=True)
    history_id = pw.CharField(max_length=40, default="")
    max_messages = pw.IntegerField(default=100)
    search_days = pw.IntegerField(default=30)
    created_at = pw.DateTimeField(default=utcnow)


class SyncRun(BaseModel):
    account = pw.ForeignKeyField(ProviderAccount, backref="runs", on_delete="CASCADE")
    kind = pw.CharField(max_length=20, default="gmail")  # gmail | mbox | eml | sample
    status = pw.CharField(max_length=20, default="running", index=True)
    started_at = pw.DateTimeField(default=utcnow, index=True)
    finished_at = pw.DateTimeField(null=True)
    discovered = pw.IntegerField(default=0)
    relevant = pw.IntegerField(default=0)
    classified = pw.IntegerField(default=0)
    matched = pw.IntegerField(default=0)
    approved = pw.IntegerField(default=0)
    denied = pw.IntegerField(default=0)
    errored = pw.IntegerField(default=0)
    error_code = pw.CharField(max_length=60, default="")
    error_message = pw.TextField(default="")
    params = JSONField(null=True)  # maxMessages, searchDays, query, incremental


class TrackedMessage(BaseModel):
    """One email, parsed locally, and what the router and the user decided about it."""

    account = pw.ForeignKeyField(ProviderAccount, backref="messages", on_delete="CASCADE")
    provider_message_id = pw.CharField(max_length=300)  # Gmail id, or Message-ID for files
    rfc_message_id = pw.CharField(max_length=500, default="", index=True)
    thread_id = pw.CharField(max_length=300, default="", index=True)
    sender_name = pw.CharField(max_length=300, default="")
    sender_email = pw.CharField(max_length=320, default="", index=True)
    recipient = pw.TextField(default="")
    subject = pw.TextField(default="")
    received_at = pw.DateTimeField(null=True, index=True)
    snippet = pw.TextField(default="")
    body_text = pw.TextField(default="")  # readable plain text (HTML converted), capped
    router_text = pw.TextField(default="")  # quoted replies and signatures trimmed
    headers = JSONField(null=True)  # a few routing headers (List-Id, List-Unsubscribe, ...)
    labels = JSONField(null=True)  # Gmail label ids
    parse_error = pw.TextField(default="")

    processing_status = pw.CharField(max_length=20, default="pending_user", index=True)
    relevant = pw.BooleanField(null=True)  # None until routed
    routed = pw.BooleanField(default=False, index=True)
    bucket = pw.CharField(max_length=30, default="")
    confidence = pw.IntegerField(default=0)
    suggested_job = pw.ForeignKeyField(Job, null=True, backref="suggested_messages",
                                       on_delete="SET NULL")
    suggested_stage = pw.CharField(max_length=40, default="no_change")
    reason = pw.TextField(default="")
    job = pw.ForeignKeyField(Job, null=True, backref="messages", on_delete="SET NULL")
    decided_by = pw.CharField(max_length=20, default="")  # system | user | ""
    decided_at = pw.DateTimeField(null=True)
    sync_run = pw.ForeignKeyField(SyncRun, null=True, backref="messages", on_delete="SET NULL")
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = (
            (("account", "provider_message_id"), True),
            (("processing_status", "received_at"), False),
        )


class StageEvent(BaseModel):
    job = pw.ForeignKeyField(Job, backref="events", on_delete="CASCADE")
    from_stage = pw.CharField(max_length=40, null=True)
    to_stage = pw.CharField(max_length=40, null=True)  # None: no stage change (note, log)
    outcome = pw.CharField(max_length=40, null=True)  # set when to_stage == closed
    occurred_at = pw.DateTimeField(default=utcnow)
    actor = pw.CharField(max_length=20, default="user")
    event_type = pw.CharField(max_length=30, default="status_update")
    event_label = pw.CharField(max_length=300, default="")
    note = pw.TextField(default="")
    reason_code = pw.CharField(max_length=60, default="")
    message = pw.ForeignKeyField(TrackedMessage, null=True, backref="events",
                                 on_delete="SET NULL")
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("job", "occurred_at"), False),)


class Setting(BaseModel):
    key = pw.CharField(max_length=100, primary_key=True)
    value = JSONField(null=True)


ALL_MODELS: list[type[BaseModel]] = [
    Job, ProviderAccount, SyncRun, TrackedMessage, StageEvent, Setting,
]

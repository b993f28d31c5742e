"""Local parsing of awkward mail, mbox/.eml reading, and the recruitment query."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from conftest import FIXTURES

from jobops_desktop.mail import files, query
from jobops_desktop.mail.parse import BODY_CAP_CHARS, parse_message, trim_for_router

CORPUS = FIXTURES / "mail" / "corpus"
MBOX = FIXTURES / "mail" / "recruiting.mbox"


def parse(name: str):
    return parse_message((CORPUS / name).read_bytes())


# file -> (sender name, subject, words the readable body must contain)
READABLE = {
    "multipart_alternative.eml": ("Acme Talent", "Thank you for applying to Acme",
                                  "Backend Engineer role at Acme"),
    "html_only.eml": ("Lever", "Interview invitation: Data Analyst at Globex",
                      "invite you to a technical interview"),
    "quoted_printable.eml": ("Initech RH", "Candidature reçue",
                             "Nous avons bien reçu votre candidature pour le poste d'ingénieur"),
    "base64_body.eml": ("Umbrella Hiring", "Online assessment for Software Engineer",
                        "complete the online assessment on HackerRank"),
    "windows1252.eml": ("Renée Müller", "Next steps – your application",
                        "we’d love to schedule a call. “Great” résumé. Cost: €100."),
    "iso2022jp.eml": ("採用担当", "面接のご案内", "一次面接にお進みいただきます"),
    "shift_jis.eml": ("", "内定のお知らせ", "おめでとうございます"),
    "encoded_word_headers.eml": ("Chloé Recruiter", "Entrevista técnica – Pied Piper (2.ª ronda)",
                                 "entrevista técnica"),
    "missing_date_and_id.eml": ("", "Quick chat about the Importer role?",
                                "20 minute recruiter screen"),
    "broken_mime.eml": ("Broken Sender", "Broken multipart (no boundary parameter)",
                        "the boundary is not declared"),
    "unknown_charset.eml": ("Odd Charset", "Offer letter", "pleased to extend an offer"),
    "attachment_and_invite.eml": ("GoodTime Scheduling",
                                  "Invitation: Onsite interview with Stark Industries",
                                  "onsite interview is confirmed"),
}


@pytest.mark.parametrize("name", sorted(READABLE))
def test_awkward_messages_come_out_readable(name: str) -> None:
    sender, subject, words = READABLE[name]
    parsed = parse(name)
    assert parsed.parse_error == ""
    assert parsed.sender_name == sender
    assert parsed.subject == subject
    assert words in parsed.body_text
    assert parsed.snippet and len(parsed.snippet) <= 201
    assert "\x00" not in parsed.body_text


def test_every_corpus_file_parses_or_says_why() -> None:
    names = sorted(p.name for p in CORPUS.glob("*.eml"))
    assert len(names) >= 15
    for name in names:
        parsed = parse(name)  # never raises
        assert parsed.body_text or parsed.parse_error, name


def test_garbage_is_an_error_with_a_reason() -> None:
    parsed = parse("garbage.eml")
    assert "not an email message" in parsed.parse_error
    assert parsed.body_text == ""


def test_html_is_turned_into_text_without_markup_or_styles() -> None:
    body = parse("html_only.eml").body_text
    assert "<" not in body and "color:red" not in body and "track.png" not in body
    assert "June 12" in body


def test_plain_text_is_preferred_over_html() -> None:
    assert "HTML version" not in parse("multipart_alternative.eml").body_text


def test_huge_body_is_capped_and_marked() -> None:
    parsed = parse("huge_body.eml")
    assert (CORPUS / "huge_body.eml").stat().st_size > 2 * BODY_CAP_CHARS
    assert len(parsed.body_text) == BODY_CAP_CHARS
    assert parsed.headers["body_truncated"] is True
    assert parsed.body_text.startswith("Dear Sam, thank you for applying.")


def test_attachments_are_ignored_and_calendar_invites_noted() -> None:
    parsed = parse("attachment_and_invite.eml")
    assert "JVBERi0" not in parsed.body_text and "VCALENDAR" not in parsed.body_text
    assert parsed.headers["attachments"] == 1
    assert parsed.headers["calendar_invite"] is True


def test_dates_are_naive_utc_and_missing_ones_fall_back() -> None:
    assert parse("multipart_alternative.eml").received_at == datetime(2024, 6, 4, 16, 15)
    assert parse("missing_date_and_id.eml").received_at is None
    fallback = datetime(2024, 1, 2, 3, 4, 5)
    raw = (CORPUS / "missing_date_and_id.eml").read_bytes()
    assert parse_message(raw, fallback_date=fallback).received_at == fallback


def test_message_without_id_gets_a_stable_content_id() -> None:
    raw = (CORPUS / "missing_date_and_id.eml").read_bytes()
    parsed = parse_message(raw)
    assert parsed.rfc_message_id == ""
    first = parsed.fingerprint_id(raw)
    assert first.startswith("sha256:") and first == parse_message(raw).fingerprint_id(raw)
    assert parse("html_only.eml").fingerprint_id(b"") == "<html-1@lever.co>"


def test_router_text_drops_quoted_reply_and_signature() -> None:
    parsed = parse("reply_with_quote.eml")
    assert parsed.router_text == "Great, Thursday at 2pm works. I will send an invite."
    assert "I am available Thursday" in parsed.body_text  # the full text is still kept
    assert parsed.thread_key == "<reply-1@example.com>"


@pytest.mark.parametrize("body, expected", [
    ("Thanks!\n\n-----Original Message-----\nFrom: me\nold text", "Thanks!"),
    ("Sounds good.\n\nOn Mon, 3 Jun 2024 at 10:00, Jane Doe <j@x.com>\nwrote:\n> hi",
     "Sounds good."),
    ("See you then.\n\nFrom: Sam <s@x.com>\nSent: Monday\nTo: Pat\nSubject: hi", "See you then."),
    ("Yes.\nSent from my iPhone", "Yes."),
    ("> only quoted text", "> only quoted text"),  # nothing new: keep what there is
])
def test_trim_for_router(body: str, expected: str) -> None:
    assert trim_for_router(body) == expected


def test_mbox_reader_streams_messages_and_undoes_from_escaping() -> None:
    mails = list(files.iter_mbox(MBOX))
    assert len(mails) == files.count_messages(MBOX, "mbox") == 12
    assert mails[0].envelope_date == datetime(2024, 7, 1, 10, 0)
    digest = parse_message(mails[10].raw)
    assert digest.subject == "Weekly digest"
    assert "\nFrom the desk of the editor" in "\n" + digest.body_text.split("\n", 1)[1]
    assert all(not m.raw.startswith(b"From ") for m in mails)


def test_kind_and_account_key_detection(tmp_path: Path) -> None:
    assert files.detect_kind(MBOX) == "mbox"
    assert files.default_account_key(MBOX, "mbox") == "mbox:recruiting"
    assert files.detect_kind(CORPUS) == "eml"
    assert files.default_account_key(CORPUS, "eml") == "eml:corpus"
    assert files.detect_kind(CORPUS / "html_only.eml") == "eml"
    with pytest.raises(files.MailFileError):
        files.detect_kind(tmp_path / "missing.mbox")
    unreadable = Path("/proc/self/mem")  # exists, but reading its start fails (EIO)
    if unreadable.exists():
        with pytest.raises(files.MailFileError, match="cannot be read"):
            files.detect_kind(unreadable)


def test_default_query_has_the_recall_nets_and_the_alert_exclusions() -> None:
    built = query.default_query()
    for needle in ("interview", "assessment", "availability", "offer", '"not moving forward"',
                   "regret", "greenhouse.io", "lever.co", "ashbyhq.com", "myworkday.com",
                   "smartrecruiters.com", "icims.com", "jobvite.com", "taleo.net",
                   "bamboohr.com", "workable.com", "recruitee.com", "teamtailor.com",
                   "calendly.com", "goodtime.io", "modernloop.io", "gem.com",
                   "calendar-notification@google.com", "-from:jobalerts-noreply@linkedin.com",
                   "-from:alert@indeed.com", "-from:noreply@glassdoor.com"):
        assert needle in built, needle
    assert built.count("(") == built.count(")")


def test_custom_query_replaces_the_built_in_one_and_the_window_is_added() -> None:
    assert query.effective_query("  from:boss@example.com ") == "from:boss@example.com"
    assert query.effective_query("") == query.default_query()
    assert query.windowed("label:jobs", 30) == "newer_than:30d label:jobs"
    assert query.windowed("x", 7, after_epoch=1700000000) == "newer_than:7d x after:1700000000"


def test_mangled_messages_never_raise_and_stay_storable() -> None:
    import random

    rng = random.Random(20240601)
    sources = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml")) if p.stat().st_size < 5000]
    for _ in range(300):
        raw = bytearray(rng.choice(sources))
        for _ in range(rng.randint(1, 8)):  # flip bytes to anything, including 8-bit junk
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        raw = raw[: rng.randint(1, len(raw))]  # and cut it short
        parsed = parse_message(bytes(raw))
        for text in (parsed.subject, parsed.sender_name, parsed.body_text, parsed.snippet,
                     parsed.router_text, parsed.recipient, parsed.rfc_message_id):
            text.encode("utf-8")  # SQLite-safe: no lone surrogates
        assert parsed.body_text or parsed.subject or parsed.parse_error or parsed.sender_email

"""The job's Emails tab and the sample data path, driven through the real main window."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from ui_dialogs import press_in_next_message_box

from jobops_desktop.router.decision import RoutingDecision
from jobops_desktop.services import inbox, sample_data, tracking
from jobops_desktop.services.tracking import JobInput
from jobops_desktop.store import ProviderAccount, TrackedMessage
from jobops_desktop.ui import worker
from jobops_desktop.ui.app import build_main_window
from jobops_desktop.ui.emails_tab import JobEmailsModel, MessageDialog
from jobops_desktop.ui.inbox_view import install_sample_data

BASE = datetime(2026, 11, 1, 9, 0)


@pytest.fixture()
def window(qtbot, tmp_path):
    win = build_main_window(settings=QSettings(str(tmp_path / "ui.ini"),
                                               QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    yield win
    qtbot.waitUntil(lambda: worker.pending_count() == 0, timeout=10000)


class UrlCatcher(QObject):
    """Receives URLs QDesktopServices would open in the browser."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_emails_tab_lists_linked_mail_opens_it_and_links_to_gmail(qtbot, window):
    job = tracking.create_job(JobInput(company="Northwind Labs", title="Backend Engineer",
                                       applied_at=BASE))
    account = ProviderAccount.create(account_key="default", provider="gmail")
    message = TrackedMessage.create(
        account=account, provider_message_id="g1", thread_id="18c2f0a9b",
        sender_name="Dana", sender_email="dana@northwindlabs.com",
        subject="Technical interview", received_at=BASE + timedelta(days=2),
        body_text="Let's schedule your technical interview.")
    inbox.apply_decision(message.id, RoutingDecision(True, job.id, "technical_interview", 98,
                                                     "Company in sender"))
    window.show_job(job.id)
    tab = window.emails_tab
    window.job_page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    index = tab.model.index(0, JobEmailsModel.STATUS)
    assert index.data() == "Auto-linked by JobOps"
    assert tab.model.index(0, JobEmailsModel.CONFIDENCE).data() == "98%"
    assert tab.model.index(0, JobEmailsModel.STAGE).data() == "Technical Interview"
    assert "Open in Gmail" in tab.gmail_label.text()

    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        assert tab.open_in_gmail()
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls == ["https://mail.google.com/mail/u/0/#all/18c2f0a9b"]

    rect = tab.table.visualRect(tab.table.model().index(0, JobEmailsModel.SUBJECT))
    with qtbot.waitSignal(tab.open_message, timeout=3000) as opened:
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [message.id]
    qtbot.waitUntil(lambda: isinstance(getattr(tab, "message_dialog", None), MessageDialog)
                    and tab.message_dialog.isVisible())
    body = tab.message_dialog.findChild(type(window.inbox_page.body), "messageBody")
    assert body.toPlainText() == "Let's schedule your technical interview."
    assert body.isReadOnly()
    tab.message_dialog.close()


def test_unlink_from_the_emails_tab_returns_mail_to_review(qtbot, window):
    job = tracking.create_job(JobInput(company="Acme", title="Engineer", applied_at=BASE))
    account = ProviderAccount.create(account_key="files", provider="mbox")
    message = TrackedMessage.create(account=account, provider_message_id="m1",
                                    subject="Offer", received_at=BASE + timedelta(days=3))
    inbox.approve(message.id, job.id, "offer")
    assert tracking.get_job(job.id).current_stage == "offer"
    window.show_job(job.id)
    tab = window.emails_tab
    window.job_page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert not tab.gmail_label.isVisible()  # not a Gmail message: no Gmail link

    press_in_next_message_box("Unlink")  # the real confirmation box
    qtbot.mouseClick(tab.unlink_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert TrackedMessage.get_by_id(message.id).processing_status == "pending_user"
    assert tracking.get_job(job.id).current_stage == "applied"
    assert tab.stack.currentWidget() is tab.empty


def test_try_sample_data_fills_jobs_and_inbox(qtbot, window):
    page = window.inbox_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.show_page("inbox")
    assert page.content.currentWidget() is page.empty_state
    loader = install_sample_data(window, route=False)  # routing is the router's own test
    with qtbot.waitSignal(loader.finished, timeout=30000) as result:
        page.empty_state.buttons["Try with sample data"].click()
    assert not isinstance(result.args[0], Exception), result.args[0]
    assert window.current_page_key() == "inbox"
    companies = {job.company for job in sample_data.sample_jobs()}
    assert len(companies) == 8 and "Harbor & Pine" in companies
    qtbot.waitUntil(lambda: page.filter_buttons[None].text() == "All (40)", timeout=5000)
    assert page.content.currentWidget() is not page.empty_state
    assert page.account.findData("sample") >= 0

    # ... and can be removed again from the inbox toolbar, after a confirmation.
    assert page.remove_sample_action.isVisible()

    press_in_next_message_box("Remove")
    page.remove_sample_action.trigger()
    qtbot.waitUntil(lambda: page.content.currentWidget() is page.empty_state, timeout=5000)
    assert sample_data.sample_jobs() == [] and not sample_data.has_sample_data()
    assert not page.remove_sample_action.isVisible()

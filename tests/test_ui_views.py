"""The main window driven as a user would: dialogs typed into, cards dropped on lanes.

Each test checks what the store then holds (through the services) and what the view shows.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QMessageBox

from jobops_desktop.services import tracking
from jobops_desktop.ui import worker
from jobops_desktop.ui.app import build_main_window
from jobops_desktop.ui.board_cards import JOB_MIME, JOB_ROLE, job_mime
from jobops_desktop.ui.board_view import DRAG_REASON
from jobops_desktop.ui.dialogs import CloseJobDialog, JobDialog, LogEventDialog
from jobops_desktop.ui.jobs_view import JobsTableModel


@pytest.fixture()
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win = build_main_window(settings=settings)
    qtbot.addWidget(win)
    win.show()
    activate(win, qtbot)  # keyboard shortcuts need an active window
    qtbot.waitUntil(lambda: win.jobs_page.loader.loaded_once)
    yield win
    # Let queued work finish on this test's database before the next test opens its own.
    qtbot.waitUntil(lambda: worker.pending_count() == 0, timeout=10000)


def activate(win, qtbot) -> None:
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)


def on_dialog(qtbot, kind: type[QDialog], fill: Callable[[QDialog], None]) -> list[QDialog]:
    """Run `fill` on the next modal dialog of `kind` once it is open (dialogs block in exec)."""
    seen: list[QDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog)
            fill(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def answer_yes(monkeypatch) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def make_job(company: str = "Acme", title: str = "Backend Engineer") -> int:
    return tracking.create_job(tracking.JobInput(company=company, title=title)).id


def table_rows(win) -> list[tuple[str, str, str]]:
    proxy = win.jobs_page.proxy
    return [(proxy.index(r, JobsTableModel.COMPANY).data(),
             proxy.index(r, JobsTableModel.TITLE).data(),
             proxy.index(r, JobsTableModel.STAGE).data()) for r in range(proxy.rowCount())]


def test_first_run_shows_welcome_and_its_buttons_emit_requests(window, qtbot):
    page = window.jobs_page
    assert page.showing_first_run()
    with qtbot.waitSignal(window.events.sample_data_requested):
        qtbot.mouseClick(page.first_run.sample_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.events.connect_gmail_requested):
        qtbot.mouseClick(page.first_run.connect_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.events.import_mail_requested):
        qtbot.mouseClick(page.first_run.import_mail_button, Qt.MouseButton.LeftButton)
    window.show_page("inbox")
    assert "No emails yet" in window.page("inbox").findChild(type(page.title), "emptyText").text()


def test_add_edit_and_delete_a_job_through_the_dialogs(window, qtbot, monkeypatch):
    def fill_new(dialog: JobDialog) -> None:
        assert not dialog.save_button.isEnabled()
        qtbot.keyClicks(dialog.company, "Northwind Labs")
        qtbot.keyClicks(dialog.title_edit, "Platform Engineer")
        qtbot.keyClicks(dialog.location, "Remote")
        qtbot.keyClicks(dialog.notes, "Referral from Sam")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    shown = on_dialog(qtbot, JobDialog, fill_new)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shown
    qtbot.waitUntil(lambda: table_rows(window) == [("Northwind Labs", "Platform Engineer",
                                                    "Applied")])
    [job] = tracking.list_jobs()
    assert (job.company, job.title, job.location, job.notes) == (
        "Northwind Labs", "Platform Engineer", "Remote", "Referral from Sam")
    assert not window.jobs_page.showing_first_run()
    qtbot.waitUntil(lambda: window.jobs_page.selected_job_id() == job.id)

    def fill_edit(dialog: JobDialog) -> None:
        assert dialog.company.text() == "Northwind Labs"
        dialog.title_edit.clear()
        qtbot.keyClicks(dialog.title_edit, "Staff Platform Engineer")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    on_dialog(qtbot, JobDialog, fill_edit)
    window.jobs_page.edit_selected()
    qtbot.waitUntil(lambda: tracking.get_job(job.id).title == "Staff Platform Engineer")
    qtbot.waitUntil(lambda: table_rows(window)[0][1] == "Staff Platform Engineer")

    asked = answer_yes(monkeypatch)
    activate(window, qtbot)  # a closed modal dialog leaves no active window offscreen
    window.jobs_page.table.setFocus()
    qtbot.waitUntil(window.jobs_page.table.hasFocus)
    qtbot.keyClick(window.jobs_page.table, Qt.Key.Key_Delete)
    assert asked and "Staff Platform Engineer" in asked[0]
    qtbot.waitUntil(lambda: tracking.list_jobs() == [])
    qtbot.waitUntil(window.jobs_page.showing_first_run)


def test_delete_declined_keeps_the_job(window, qtbot, monkeypatch):
    job_id = make_job()
    window.events.jobs_changed.emit()
    qtbot.waitUntil(lambda: window.jobs_page.select_job(job_id))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.jobs_page.delete_selected()
    qtbot.wait(100)
    assert [j.id for j in tracking.list_jobs()] == [job_id]


def test_search_and_filters_narrow_the_table(window, qtbot):
    make_job("Acme", "Backend Engineer")
    other = make_job("Globex", "Data Scientist")
    tracking.record_event(other, "assessment")
    window.events.jobs_changed.emit()
    qtbot.waitUntil(lambda: len(table_rows(window)) == 2)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.jobs_page.search.hasFocus()
    qtbot.keyClicks(window.jobs_page.search, "globex")
    assert table_rows(window) == [("Globex", "Data Scientist", "Assessment")]
    window.jobs_page.search.clear()
    stage_box = window.jobs_page.stage_filter
    stage_box.setCurrentIndex(stage_box.findData("applied"))
    assert table_rows(window) == [("Acme", "Backend Engineer", "Applied")]
    assert window.jobs_page.count_label.text() == "1 of 2 jobs"


def test_log_event_dialog_records_a_stage_change_with_note(window, qtbot):
    job_id = make_job()
    window.show_job(job_id)
    qtbot.waitUntil(lambda: window.job_page.job is not None)

    def fill(dialog: LogEventDialog) -> None:
        dialog.stage.setCurrentIndex(dialog.stage.findData("technical_interview"))
        qtbot.keyClicks(dialog.label, "Pairing interview")
        qtbot.keyClicks(dialog.note, "With the platform lead")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    seen = on_dialog(qtbot, LogEventDialog, fill)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen
    qtbot.waitUntil(lambda: tracking.get_job(job_id).current_stage == "technical_interview")
    last = tracking.timeline(job_id)[-1]
    assert (last.event_label, last.note, last.actor, last.from_stage) == (
        "Pairing interview", "With the platform lead", "user", "applied")
    qtbot.waitUntil(lambda: len(window.job_page.timeline.event_ids()) == 2)
    assert window.job_page.badge.text() == "Technical Interview"


def test_log_event_rejected_closes_the_job(window, qtbot):
    job_id = make_job()
    window.show_job(job_id)
    qtbot.waitUntil(lambda: window.job_page.job is not None)

    def fill(dialog: LogEventDialog) -> None:
        dialog.stage.setCurrentIndex(dialog.stage.findData("rejected"))
        assert not dialog.outcome.isVisible()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    on_dialog(qtbot, LogEventDialog, fill)
    qtbot.mouseClick(window.job_page.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tracking.get_job(job_id).status == "closed")
    job = tracking.get_job(job_id)
    assert (job.current_stage, job.outcome) == ("closed", "rejected")
    qtbot.waitUntil(lambda: window.job_page.badge.text() == "Closed · Rejected")


def test_close_job_from_details_tab_with_an_outcome(window, qtbot):
    job_id = make_job()
    window.show_job(job_id)
    qtbot.waitUntil(lambda: window.job_page.job is not None)

    def fill(dialog: CloseJobDialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("withdrawn"))
        qtbot.keyClicks(dialog.note, "Accepted another offer")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    on_dialog(qtbot, CloseJobDialog, fill)
    qtbot.mouseClick(window.job_page.details.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tracking.get_job(job_id).outcome == "withdrawn")
    assert tracking.timeline(job_id)[-1].note == "Accepted another offer"


def test_jobs_table_offers_close_only_for_a_job_still_open(window, qtbot):
    open_id, closed_id = make_job("Acme", "Engineer"), make_job("Globex", "Analyst")
    tracking.close_job(closed_id, "rejected")
    window.events.jobs_changed.emit()
    page = window.jobs_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.select_job(closed_id)
    assert page.edit_action.isEnabled() and not page.close_action.isEnabled()
    assert page.select_job(open_id)
    assert page.close_action.isEnabled()


def test_edit_and_delete_an_event_on_the_timeline(window, qtbot, monkeypatch):
    job_id = make_job()
    screen = tracking.record_event(job_id, "recruiter_screen", note="call")
    window.show_job(job_id)
    qtbot.waitUntil(lambda: len(window.job_page.timeline.event_ids()) == 2)

    timeline = window.job_page.timeline
    timeline.select_event(screen.id)

    def fill(dialog: LogEventDialog) -> None:
        assert dialog.stage.currentData() == "recruiter_screen"
        dialog.note.clear()
        qtbot.keyClicks(dialog.note, "call with Dana")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    on_dialog(qtbot, LogEventDialog, fill)
    qtbot.mouseClick(timeline.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tracking.timeline(job_id)[-1].note == "call with Dana")

    asked = answer_yes(monkeypatch)
    qtbot.waitUntil(lambda: timeline.event_by_id(screen.id).note == "call with Dana")
    timeline.select_event(screen.id)
    qtbot.mouseClick(timeline.delete_button, Qt.MouseButton.LeftButton)
    assert asked
    qtbot.waitUntil(lambda: len(tracking.timeline(job_id)) == 1)
    assert tracking.get_job(job_id).current_stage == "applied"
    qtbot.waitUntil(lambda: len(timeline.event_ids()) == 1)
    assert window.job_page.badge.text() == "Applied"


def drop_on(lane, card) -> bool:
    """Deliver a real QDropEvent carrying the card's drag data (what the card's model puts in a
    drag) to the lane's card list; True if the lane took it."""
    mime = card.model().mimeData([card])
    assert job_mime(card.data(JOB_ROLE)).data(JOB_MIME) == mime.data(JOB_MIME)
    widget = lane.view.viewport()
    position = QPointF(widget.width() / 2, 40)
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.MoveAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(position, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_drag_a_card_to_another_lane_records_a_stage_event(window, qtbot):
    job_id = make_job("Initech", "SRE")
    window.show_page("board")
    board = window.board_page
    qtbot.waitUntil(lambda: board.lane_of(job_id) == "applied")
    card = board.card_for(job_id)
    assert card is not None

    # A press and a move on the card start the view's own drag (through the window, as the
    # platform delivers the mouse). The offscreen platform ends a QDrag at once, so the drop
    # itself is delivered below as the events a drop on a lane is made of.
    view = board.lanes["applied"].view
    start = view.viewport().mapTo(window, view.visualRect(card).center())
    handle = window.windowHandle()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(handle, start + QPoint(3, 3))
    assert view.state() == QAbstractItemView.State.DraggingState
    QTest.mouseMove(handle, start + QPoint(30, 30))  # past the drag distance: QDrag.exec
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(30, 30))
    assert view.state() == QAbstractItemView.State.NoState

    assert drop_on(board.lanes["technical_interview"], card)
    qtbot.waitUntil(lambda: tracking.get_job(job_id).current_stage == "technical_interview")
    last = tracking.timeline(job_id)[-1]
    assert (last.reason_code, last.from_stage, last.actor) == (DRAG_REASON, "applied", "user")
    qtbot.waitUntil(lambda: board.lane_of(job_id) == "technical_interview")
    assert board.lanes["applied"].jobs == []

    # Dropping on the lane the card is already in changes nothing.
    card = board.card_for(job_id)
    assert not drop_on(board.lanes["technical_interview"], card)
    qtbot.wait(100)
    assert len(tracking.timeline(job_id)) == 2


def test_drop_on_closed_strip_asks_for_outcome_and_shows_the_job_apart(window, qtbot):
    job_id = make_job("Initech", "SRE")
    window.show_page("board")
    board = window.board_page
    qtbot.waitUntil(lambda: board.lane_of(job_id) == "applied")

    def fill(dialog: CloseJobDialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("ghosted"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    on_dialog(qtbot, CloseJobDialog, fill)
    assert drop_on(board.closed, board.card_for(job_id))
    qtbot.waitUntil(lambda: tracking.get_job(job_id).outcome == "ghosted")
    assert tracking.timeline(job_id)[-1].reason_code == DRAG_REASON
    qtbot.waitUntil(lambda: board.lane_of(job_id) == "closed")
    assert "(1)" in board.closed.toggle.text()


def test_a_board_of_300_open_jobs_shows_every_card_and_a_drop_moves_one(window, qtbot):
    from jobops_desktop.store import Job, db
    from jobops_desktop.timeutil import utcnow

    now = utcnow()
    with db.atomic():  # 300 applications in one write, as an import would leave them
        Job.insert_many([{"company": f"Company {n:03d}", "title": f"Engineer {n}",
                          "current_stage": "applied", "status": "active", "applied_at": now,
                          "created_at": now, "updated_at": now} for n in range(300)]).execute()
    window.show_page("board")
    board = window.board_page
    lane = board.lanes["applied"]
    qtbot.waitUntil(lambda: lane.model.rowCount() == 300)
    assert lane.count.text() == "300"
    assert "300 active" in board.summary.text()
    # The last card is there too: once the lane is laid out (in batches) it has a card's size
    # and scrolling to it brings it into view.
    last_id = lane.jobs[-1].id
    card = board.card_for(last_id)
    qtbot.waitUntil(lambda: lane.view.visualRect(card).height() > 40)
    assert not lane.view.viewport().rect().intersects(lane.view.visualRect(card))
    lane.view.scrollTo(card)
    qtbot.waitUntil(lambda: lane.view.viewport().rect().intersects(lane.view.visualRect(card)))

    assert drop_on(board.lanes["assessment"], card)
    qtbot.waitUntil(lambda: tracking.get_job(last_id).current_stage == "assessment")
    assert tracking.timeline(last_id)[-1].reason_code == DRAG_REASON
    qtbot.waitUntil(lambda: board.lane_of(last_id) == "assessment")
    assert lane.model.rowCount() == 299 and lane.count.text() == "299"


# The card menu (a popup) makes the offscreen platform say it cannot raise or grab the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)", extend=True)
def test_board_keyboard_and_card_menu(window, qtbot):
    from PySide6.QtWidgets import QMenu

    first = make_job("Initech", "SRE")
    second = make_job("Globex", "Data Engineer")
    tracking.record_event(second, "onsite")
    window.show_page("board")
    board = window.board_page
    qtbot.waitUntil(lambda: board.lane_of(second) == "onsite")
    applied = board.lanes["applied"].view
    applied.setFocus()
    applied.setCurrentIndex(board.card_for(first))
    # Right skips the empty lanes to the next card; Left comes back.
    qtbot.keyClick(applied, Qt.Key.Key_Right)
    onsite = board.lanes["onsite"].view
    assert onsite.hasFocus() and onsite.currentIndex().data(JOB_ROLE).id == second
    assert board.selected_job_id() == second
    qtbot.keyClick(onsite, Qt.Key.Key_Left)
    assert applied.hasFocus() and board.selected_job_id() == first

    # The ⋯ painted on a card opens the menu of that job.
    shown: list[list[str]] = []

    def choose_open() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, choose_open)
            return
        shown.append([action.text() for action in menu.actions()])
        menu.actions()[0].trigger()  # Open
        menu.close()

    QTimer.singleShot(0, choose_open)
    onsite_card = board.card_for(second)
    button = onsite.delegate.menu_rect(onsite.visualRect(onsite_card)).center().toPoint()
    qtbot.mouseClick(onsite.viewport(), Qt.MouseButton.LeftButton, pos=button)
    assert shown == [["Open", "Log event…", "Close…"]]
    assert window.current_page_key() == "job"
    qtbot.waitUntil(lambda: window.job_page.title.text() == "Data Engineer")

    # Enter on a selected card opens that job.
    window.show_page("board")
    applied.setFocus()
    applied.setCurrentIndex(board.card_for(first))
    qtbot.keyClick(applied, Qt.Key.Key_Return)
    assert window.current_page_key() == "job"
    qtbot.waitUntil(lambda: window.job_page.title.text() == "SRE")

    # The menu key shows the selected card's menu (a closed job has no Close…).
    window.show_page("board")
    tracking.close_job(second, "rejected")
    window.events.jobs_changed.emit()
    qtbot.waitUntil(lambda: board.lane_of(second) == "closed")
    closed = board.closed.view
    closed.setFocus()
    closed.setCurrentIndex(board.card_for(second))
    QTimer.singleShot(0, choose_open)
    where = closed.visualRect(closed.currentIndex()).center()
    QApplication.sendEvent(closed.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, where, closed.viewport().mapToGlobal(where),
        Qt.KeyboardModifier.NoModifier))
    assert shown[-1] == ["Open", "Log event…"]
    qtbot.waitUntil(lambda: window.job_page.title.text() == "Data Engineer")


def test_an_empty_board_says_where_to_drop(window, qtbot):
    window.show_page("board")
    board = window.board_page
    qtbot.waitUntil(lambda: board.loader.loaded_once)
    assert all(lane.model.rowCount() == 0 for lane in board.lanes.values())
    assert board.lanes["offer"].view.empty_text == "Drop a card here"
    assert "(0)" in board.closed.toggle.text()
    assert board.summary.text() == "0 active · 0 closed"


def test_window_layout_is_remembered(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    first = build_main_window(settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 580)  # within the offscreen screen (800x600)
    first.splitter.setSizes([230, 530])
    qtbot.waitUntil(lambda: first.size().width() == 760)
    first.close()
    second = build_main_window(settings=QSettings(str(tmp_path / "ui.ini"),
                                                  QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    second.show()
    assert (second.size().width(), second.size().height()) == (760, 580)
    assert abs(second.splitter.sizes()[0] - 230) <= 2  # the default is 200


def test_five_thousand_jobs_load_and_filter_quickly(window, qtbot):
    import time

    from jobops_desktop.store import Job, db
    from jobops_desktop.timeutil import utcnow

    now = utcnow()
    rows = [{"company": f"Company {i}", "title": f"Engineer {i}", "current_stage": "applied",
             "status": "applied", "applied_at": now, "created_at": now, "updated_at": now}
            for i in range(5000)]
    with db.atomic():
        for start in range(0, 5000, 500):
            Job.insert_many(rows[start:start + 500]).execute()
    window.events.jobs_changed.emit()
    qtbot.waitUntil(lambda: window.jobs_page.model.rowCount() == 5000, timeout=10000)
    started = time.perf_counter()
    window.jobs_page.search.setText("company 4999")
    elapsed = time.perf_counter() - started
    assert window.jobs_page.proxy.rowCount() == 1
    assert elapsed < 0.5


def test_csv_import_reports_bad_rows_by_line_and_imports_nothing(window, qtbot, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("company,title,stage\nAcme,Engineer,applied\nGlobex,,offer\n", encoding="utf-8")
    window.jobs_page.import_csv_file(bad)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert "line 3" in box.text() and "Nothing was imported" in box.text()
    box.accept()
    assert tracking.list_jobs() == []

    good = tmp_path / "good.csv"
    good.write_text("company,title,stage,outcome\nAcme,Engineer,assessment,\n"
                    "Globex,Analyst,closed,rejected\n", encoding="utf-8")
    window.jobs_page.import_csv_file(good)
    qtbot.waitUntil(lambda: len(table_rows(window)) == 2)
    assert sorted(row[2] for row in table_rows(window)) == ["Assessment", "Closed"]

    exported = tmp_path / "out.csv"
    window.jobs_page.export_csv_file(exported)
    qtbot.waitUntil(exported.exists)
    header = exported.read_text(encoding="utf-8").splitlines()[0]
    assert header == ("id,company,title,url,location,requisition_id,applied_at,stage,outcome,"
                      "notes,status,last_update")


def test_details_tab_saves_fields_and_notes(window, qtbot):
    job_id = make_job("Acme", "Engineer")
    window.show_job(job_id)
    qtbot.waitUntil(lambda: window.job_page.job is not None)
    details = window.job_page.details
    window.job_page.tabs.setCurrentWidget(details)
    details.location.clear()
    qtbot.keyClicks(details.location, "Lisbon")
    qtbot.keyClicks(details.notes, "Salary band 80-95k")
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tracking.get_job(job_id).notes == "Salary band 80-95k")
    assert tracking.get_job(job_id).location == "Lisbon"
    qtbot.waitUntil(lambda: "Lisbon" in window.job_page.subtitle.text())


def test_details_tab_keeps_unsaved_edits_when_the_job_page_refreshes(window, qtbot):
    """A change announced elsewhere (a sync linking mail, another view) reloads the open job;
    what the person is typing on the Details tab stays, the rest of the page updates."""
    job_id = make_job("Acme", "Engineer")
    window.show_job(job_id)
    qtbot.waitUntil(lambda: window.job_page.job is not None)
    details = window.job_page.details
    window.job_page.tabs.setCurrentWidget(details)
    qtbot.keyClicks(details.notes, "Half-typed note")
    loads = window.job_page.refresher.loads
    tracking.record_event(job_id, "recruiter_screen")
    window.events.jobs_changed.emit()
    qtbot.waitUntil(lambda: window.job_page.refresher.loads > loads)
    qtbot.waitUntil(lambda: window.job_page.job.current_stage == "recruiter_screen")
    assert details.notes.toPlainText() == "Half-typed note"
    assert window.job_page.timeline.list.count() == 2
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tracking.get_job(job_id).notes == "Half-typed note")
    assert tracking.get_job(job_id).current_stage == "recruiter_screen"


def test_page_shortcuts_and_enter_opens_the_selected_job(window, qtbot):
    job_id = make_job("Acme", "Engineer")
    window.events.jobs_changed.emit()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "board"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "jobs"
    qtbot.waitUntil(lambda: window.jobs_page.select_job(job_id))
    window.jobs_page.table.setFocus()
    qtbot.waitUntil(window.jobs_page.table.hasFocus)
    qtbot.keyClick(window.jobs_page.table, Qt.Key.Key_Return)
    assert window.current_page_key() == "job"
    qtbot.waitUntil(lambda: window.job_page.title.text() == "Engineer")


def test_ten_jobs_moved_on_the_board_survive_a_restart(qtbot, tmp_path, data_dir):
    """The issue's walk-through: ten jobs, moved across the board, some closed with an
    outcome; after closing the app and opening it again every change is on each timeline."""
    from PySide6.QtWidgets import QLabel

    from jobops_desktop.store import close_database, database_path, open_database

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win = build_main_window(settings=settings)
    qtbot.addWidget(win)
    win.show()
    ids = [make_job(f"Company {n}", f"Engineer {n}") for n in range(10)]
    win.show_page("board")
    board = win.board_page
    qtbot.waitUntil(lambda: all(board.lane_of(i) == "applied" for i in ids))
    moves = {ids[0]: "recruiter_screen", ids[1]: "assessment", ids[2]: "technical_interview",
             ids[3]: "onsite", ids[4]: "offer", ids[5]: "hiring_manager_screen"}
    for job_id, lane in moves.items():
        assert drop_on(board.lanes[lane], board.card_for(job_id))
        qtbot.waitUntil(lambda j=job_id, s=lane: board.lane_of(j) == s)
    outcomes = {ids[6]: "rejected", ids[7]: "ghosted"}
    for job_id, outcome in outcomes.items():
        def fill(dialog: CloseJobDialog, outcome: str = outcome) -> None:
            dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

        on_dialog(qtbot, CloseJobDialog, fill)
        assert drop_on(board.closed, board.card_for(job_id))
        qtbot.waitUntil(lambda j=job_id: board.lane_of(j) == "closed")
    win.close()
    win.deleteLater()
    # Like quitting: no background read may still be using the database when it closes.
    qtbot.wait(50)
    qtbot.waitUntil(lambda: worker.pending_count() == 0, timeout=10000)

    # Restart: the database is closed and opened again from its file, a new window built.
    close_database()
    open_database(database_path(data_dir))
    win = build_main_window(settings=settings)
    qtbot.addWidget(win)
    win.show()
    for job_id, stage in moves.items():
        assert tracking.get_job(job_id).current_stage == stage
    for job_id, outcome in outcomes.items():
        job = tracking.get_job(job_id)
        assert (job.status, job.outcome) == ("closed", outcome)
    win.show_page("board")
    qtbot.waitUntil(lambda: win.board_page.lane_of(ids[3]) == "onsite")
    assert win.board_page.lane_of(ids[6]) == "closed"
    win.show_job(ids[6])
    timeline = win.job_page.timeline.list
    qtbot.waitUntil(lambda: timeline.count() == 2)
    shown = [" ".join(label.text() for label in
                      timeline.itemWidget(timeline.item(row)).findChildren(QLabel))
             for row in range(timeline.count())]
    assert "Applied" in shown[0] and "Closed: Rejected" in shown[1]
    qtbot.waitUntil(lambda: worker.pending_count() == 0, timeout=10000)


def test_start_up_loads_the_jobs_table_once_and_the_board_only_when_shown(window, qtbot):
    """Every job is read once at start-up (the Jobs page in view), not again for the table's
    construction nor for the hidden board."""
    make_job("Acme", "Backend Engineer")
    qtbot.waitUntil(lambda: worker.pending_count() == 0)
    assert window.jobs_page.refresher.loads == 1
    assert window.board_page.refresher.loads == 0
    window.show_page("board")
    qtbot.waitUntil(lambda: window.board_page.lane_of(tracking.list_jobs()[0].id) == "applied")
    assert window.board_page.refresher.loads == 1


def test_hidden_pages_reload_once_when_shown_and_the_visible_page_stays_live(window, qtbot):
    """A burst of changes (a sync, a run of decisions) reloads only the page in view, once;
    the hidden pages catch up with one load each when they are shown again."""
    acme = make_job("Acme", "Backend Engineer")
    window.show_job(acme)
    qtbot.waitUntil(lambda: window.job_page.title.text() == "Backend Engineer")
    window.show_page("inbox")
    qtbot.waitUntil(lambda: worker.pending_count() == 0)
    qtbot.wait(20)
    pages = {key: window.page(key) for key in ("jobs", "board", "job", "inbox")}
    loads = {key: page.refresher.loads for key, page in pages.items()}
    emails_loads = window.emails_tab.refresher.loads

    globex = make_job("Globex", "Data Engineer")
    tracking.update_job(acme, title="Staff Engineer")
    for _ in range(10):
        window.events.messages_changed.emit()
        window.events.jobs_changed.emit()
    qtbot.waitUntil(lambda: pages["inbox"].refresher.loads > loads["inbox"])
    qtbot.waitUntil(lambda: worker.pending_count() == 0)
    qtbot.wait(50)
    assert pages["inbox"].refresher.loads == loads["inbox"] + 1  # the burst: one load
    for key in ("jobs", "board", "job"):  # hidden: nothing loaded, marked stale
        assert pages[key].refresher.loads == loads[key], key
        assert pages[key].refresher.stale, key
    assert window.emails_tab.refresher.loads == emails_loads
    assert window.job_page.title.text() == "Backend Engineer"
    assert ("Globex", "Data Engineer", "Applied") not in table_rows(window)

    window.show_page("jobs")
    qtbot.waitUntil(lambda: ("Globex", "Data Engineer", "Applied") in table_rows(window))
    window.show_page("board")
    qtbot.waitUntil(lambda: window.board_page.lane_of(globex) == "applied")
    window.show_page("job")
    qtbot.waitUntil(lambda: window.job_page.title.text() == "Staff Engineer")
    qtbot.waitUntil(lambda: worker.pending_count() == 0)
    qtbot.wait(50)
    for key in ("jobs", "board", "job"):
        assert pages[key].refresher.loads == loads[key] + 1, key
        assert not pages[key].refresher.stale, key
    assert window.emails_tab.refresher.loads == emails_loads  # its tab is not in view yet
    window.job_page.tabs.setCurrentWidget(window.emails_tab)
    qtbot.waitUntil(lambda: window.emails_tab.refresher.loads == emails_loads + 1)


def test_a_hidden_window_reloads_its_page_when_shown_again(window, qtbot):
    window.show_page("jobs")
    qtbot.waitUntil(lambda: worker.pending_count() == 0)
    page = window.jobs_page
    loads = page.refresher.loads
    window.hide()  # closed to the tray
    make_job("Initech", "SRE")
    window.events.jobs_changed.emit()
    qtbot.wait(50)
    assert page.refresher.loads == loads and page.refresher.stale
    window.show()
    qtbot.waitUntil(lambda: ("Initech", "SRE", "Applied") in table_rows(window))
    assert page.refresher.loads == loads + 1

"""The live quota dashboard: the figures of `status --json`, kept current by the change bus."""

import datetime as dt
import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import event

from otop_desktop.domain.campaign_pace import CampaignPace
from otop_desktop.domain.identifiers import with_check_digit
from otop_desktop.domain.producer_types import ProducerType, ProductCategory
from otop_desktop.domain.registration import Person, Product, Registration, SiteAddress
from otop_desktop.ui.dashboard import quota_wording as wording
from otop_desktop.ui.dashboard.tambon_quota_model import MET_ROLE, TAMBON_CODE_ROLE, TambonColumn
from otop_desktop.ui.registry.registration_table_model import RegistrationColumn
from otop_desktop.ui.shell.main_window import Page
from otop_desktop.ui.widgets.quota_marks import SHORT_COLOUR

CTRL = Qt.KeyboardModifier.ControlModifier
HUA_SAI, PAK_NAM, BANG_KHLA, BANG_KRACHET = "240214", "240209", "240201", "240208"
# The Bang Khla file over the default window: (code, name, groups, others, met). Three of its 23
# rows fall outside 1 Oct 2565 - 29 Sep 2566 and do not count.
BANG_KHLA_FIGURES = [
    ("240201", "บางคล้า", 1, 2, True),
    ("240204", "บางสวน", 1, 2, True),
    ("240208", "บางกระเจ็ด", 1, 2, True),
    ("240209", "ปากน้ำ", 2, 0, False),
    ("240210", "ท่าทองหลาง", 1, 1, True),
    ("240211", "สาวชะโงก", 1, 1, True),
    ("240212", "เสม็ดเหนือ", 1, 1, True),
    ("240213", "เสม็ดใต้", 1, 1, True),
    ("240214", "หัวไทร", 0, 1, False),
]
_serial = itertools.count(1)


def _registration(name: str, producer_type: ProducerType, tambon: str) -> Registration:
    return Registration(
        producer_type=producer_type,
        producer_name=name,
        site=SiteAddress(tambon_code=tambon, house_no="9", moo="1", postal_code="24110"),
        received_on=dt.date(2023, 6, 1),
        products=(Product("ขนมทดสอบ", ProductCategory.FOOD),),
        contact=Person("นาง", "ทดสอบ", "แดชบอร์ด"),
        national_id=""
        if producer_type is ProducerType.SME
        else with_check_digit(f"3{next(_serial):011d}"),
        juristic_no=with_check_digit("024555000123") if producer_type is ProducerType.SME else "",
        member_count=10 if producer_type is ProducerType.GROUP else None,
    )


def _shown(window) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    """What the dashboard's table shows, row by row: code, name, groups, others, total, met."""
    model = window.dashboard.model
    return [
        (
            model.index(row, 0).data(TAMBON_CODE_ROLE),
            *(
                model.index(row, column).data()
                for column in (
                    TambonColumn.TAMBON,
                    TambonColumn.GROUPS,
                    TambonColumn.OTHERS,
                    TambonColumn.TOTAL,
                )
            ),
            model.index(row, 0).data(MET_ROLE),
        )
        for row in range(model.rowCount())
    ]


def _status_figures(services) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    tambons = services.quota.district_status().to_json()["tambons"]
    return [
        (t["code"], t["name_th"], t["groups"], t["others"], t["total"], t["met"]) for t in tambons
    ]


def _state_of(window, code: str) -> str:  # type: ignore[no-untyped-def]
    model = window.dashboard.model
    return str(model.index(model.row_of(code), TambonColumn.STATE).data())


def _row(window, code: str) -> tuple[Any, ...]:  # type: ignore[no-untyped-def]
    return next(r for r in _shown(window) if r[0] == code)


def _publish(window, change) -> None:  # type: ignore[no-untyped-def]
    window.bus.publish(change)


def test_imported_registry_shows_exactly_the_status_figures(imported, window, services):
    assert window.current_page() is Page.DASHBOARD
    expected = [(c, n, g, o, g + o, met) for c, n, g, o, met in BANG_KHLA_FIGURES]
    assert _shown(window) == expected == _status_figures(services)
    assert "ขาดผู้ผลิตประเภทอื่น" in _state_of(window, PAK_NAM)
    assert "ขาดอีก 1 ราย" in _state_of(window, PAK_NAM)
    assert "ขาดกลุ่มผู้ผลิตชุมชน" in _state_of(window, HUA_SAI)
    assert "ครบเกณฑ์" in _state_of(window, BANG_KHLA)
    page = window.dashboard
    assert page.met_card.value.text() == "7 จาก 9 ตำบล"
    assert (page.progress.value(), page.progress.maximum()) == (7, 9)
    assert page.met_card.note.text() == "ยังไม่ครบ: ปากน้ำ, หัวไทร"
    assert page.count_card.value.text() == "20 ราย"
    assert page.count_card.note.text() == "กลุ่ม 9 · รายเดียว 7 · SMEs 4"
    assert page.pace.text().startswith("ต้องลงทะเบียนเพิ่มอีก 2 ราย")
    chart = [(b.key, b.groups, b.others, b.met) for b in page.chart.bars]
    assert chart == [(c, g, o, met) for c, _, g, o, met in BANG_KHLA_FIGURES]


def test_figures_follow_adds_edits_deletes_restores_and_an_import(window, services, bang_khla_csv):
    assert _shown(window) == _status_figures(services)
    assert window.dashboard.met_card.value.text() == "0 จาก 9 ตำบล"
    assert _state_of(window, HUA_SAI) == "ขาดกลุ่มผู้ผลิตชุมชน\nขาดผู้ผลิตประเภทอื่น · ขาดอีก 2 ราย"

    group = services.registry.add(_registration("กลุ่มทดสอบหัวไทร", ProducerType.GROUP, HUA_SAI))
    _publish(window, group.change)
    assert _row(window, HUA_SAI)[2:] == (1, 0, 1, False)
    assert _state_of(window, HUA_SAI) == "ขาดผู้ผลิตประเภทอื่น · ขาดอีก 1 ราย"

    owner = services.registry.add(
        _registration("นางทดสอบ หัวไทร", ProducerType.SINGLE_OWNER, HUA_SAI)
    )
    _publish(window, owner.change)
    assert _row(window, HUA_SAI)[2:] == (1, 1, 2, True)
    assert window.dashboard.met_card.value.text() == "1 จาก 9 ตำบล"

    as_sme = services.registry.update(
        owner.registration.with_changes(
            producer_type=ProducerType.SME,
            producer_name="ห้างหุ้นส่วนจำกัด ทดสอบหัวไทร",
            national_id="",
            juristic_no=with_check_digit("024555000123"),
        )
    )
    _publish(window, as_sme.change)
    assert _row(window, HUA_SAI)[2:] == (1, 1, 2, True)

    moved = services.registry.update(
        group.registration.with_changes(
            site=SiteAddress(tambon_code=BANG_KHLA, house_no="9", moo="1", postal_code="24110")
        )
    )
    _publish(window, moved.change)
    assert _row(window, HUA_SAI)[2:] == (0, 1, 1, False)
    assert _row(window, BANG_KHLA)[2:] == (1, 0, 1, False)

    _publish(window, services.registry.delete(owner.registration.uuid))
    assert _row(window, HUA_SAI)[2:] == (0, 0, 0, False)
    _publish(window, services.registry.restore(owner.registration.uuid))
    assert _row(window, HUA_SAI)[2:] == (0, 1, 1, False)
    assert _shown(window) == _status_figures(services)

    report = services.importer.import_file(bang_khla_csv)
    _publish(window, report.change)
    figures = {c: (g, o) for c, _, g, o, _ in BANG_KHLA_FIGURES}
    figures[BANG_KHLA] = (2, 2)  # the moved group is added to the file's 1 group and 2 others
    figures[HUA_SAI] = (0, 2)  # the SME is added to the file's 1 single owner
    assert [(r[0], r[2], r[3]) for r in _shown(window)] == [(c, *figures[c]) for c in figures]
    assert _shown(window) == _status_figures(services)
    assert window.dashboard.met_card.value.text() == "7 จาก 9 ตำบล"


def test_a_registration_saved_in_the_form_reaches_the_dashboard_by_the_bus_alone(
    imported, window, services, keyboard, qtbot
):
    page = window.dashboard
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(page.model.row_of(HUA_SAI), TambonColumn.TAMBON))
    keyboard.press(Qt.Key.Key_Return)  # Enter on the short tambon starts its registration
    form = window.form
    assert window.current_page() is Page.FORM
    assert form.ui.tambon.currentData() == HUA_SAI and form.ui.type_group.isChecked()
    keyboard.type("กลุ่มจักสานหัวไทรใหม่")
    keyboard.tab()
    keyboard.type("นาง")
    keyboard.tab()
    keyboard.type("บุญมา")
    keyboard.tab()
    keyboard.type("ใจงาม")
    keyboard.tab()
    keyboard.type(with_check_digit("310150099999"))
    keyboard.tab()
    keyboard.type("15")
    keyboard.press(Qt.Key.Key_PageDown)
    keyboard.press(Qt.Key.Key_PageDown)
    keyboard.type("ตะกร้าสาน")
    keyboard.tab()
    keyboard.type("4")
    keyboard.press(Qt.Key.Key_PageDown)
    form.ui.received_on.setDate(dt.date(2023, 9, 20))  # inside the 2566 counting window
    with qtbot.waitSignal(window.bus.changed, timeout=2000):
        keyboard.press(Qt.Key.Key_S, CTRL)
    assert _row(window, HUA_SAI)[2:] == (1, 1, 2, True)
    assert page.met_card.value.text() == "8 จาก 9 ตำบล"
    assert page.chart.bars[-1].met
    assert _shown(window) == _status_figures(services)


def test_clicking_a_short_tambon_opens_the_form_with_its_missing_type(imported, window, qtbot):
    page, table = window.dashboard, window.dashboard.table
    met_row = page.model.index(page.model.row_of(BANG_KHLA), TambonColumn.TAMBON)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(met_row).center()
    )
    assert window.current_page() is Page.DASHBOARD  # a met tambon needs nothing

    short_row = page.model.index(page.model.row_of(PAK_NAM), TambonColumn.ACTION)
    assert short_row.data() == "ลงทะเบียน ›"
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(short_row).center()
    )
    assert window.current_page() is Page.FORM
    assert window.form.ui.tambon.currentData() == PAK_NAM
    assert (
        window.form.ui.type_single.isChecked()
    )  # "other" is missing: the usual other, a single owner
    assert "ตำบลนี้ยังขาดผู้ผลิตประเภทอื่น" in window.form.ui.tambon_state.text()

    window.show_page(Page.DASHBOARD)
    chart = page.chart
    hua_sai = [b.key for b in chart.bars].index(HUA_SAI)
    with qtbot.waitSignal(page.register_requested) as request:
        qtbot.mouseClick(
            chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(hua_sai).center().toPoint()
        )
    assert request.args == [HUA_SAI, ProducerType.GROUP]
    assert window.form.ui.tambon.currentData() == HUA_SAI and window.form.ui.type_group.isChecked()


def test_delete_that_would_make_a_met_tambon_short_warns_in_one_question(
    imported, window, services, dialogs, qtbot
):
    registry = window.registry
    window.show_page(Page.REGISTRY)

    def select(name: str) -> None:
        registry.search.setText(name)
        qtbot.waitUntil(
            lambda: (
                [
                    registry.proxy.index(r, RegistrationColumn.PRODUCER).data()
                    for r in range(registry.proxy.rowCount())
                ]
                == [name]
            ),
            timeout=2000,
        )
        registry.table.selectRow(0)

    select("กลุ่มทอผ้าบ้านบางกระเจ็ด")  # the only group of a met tambon
    dialogs.answers = [False]
    registry.delete_button.click()
    assert len(dialogs.asked) == 1
    assert "การลบนี้จะทำให้ตำบลบางกระเจ็ด" in dialogs.asked[0]
    assert "กลับมาไม่ครบเกณฑ์" in dialogs.asked[0] and "ขาดกลุ่มผู้ผลิตชุมชน" in dialogs.asked[0]
    assert "กลุ่มทอผ้าบ้านบางกระเจ็ด" in dialogs.asked[0]  # the ordinary confirmation, same question
    assert _row(window, BANG_KRACHET)[-1] is True

    select("นายวิชัย มั่นคง")  # one of two others: the tambon stays met
    dialogs.answers = [False]
    registry.delete_button.click()
    assert "ไม่ครบเกณฑ์" not in dialogs.asked[1]

    select("กลุ่มแม่บ้านหัวไทรพัฒนา")  # received after the window closed: it never counted
    dialogs.answers = [False]
    registry.delete_button.click()
    assert "ไม่ครบเกณฑ์" not in dialogs.asked[2]

    select("กลุ่มทอผ้าบ้านบางกระเจ็ด")
    dialogs.answers = [True]
    with qtbot.waitSignal(window.bus.changed, timeout=2000):
        registry.delete_button.click()
    assert _row(window, BANG_KRACHET)[2:] == (0, 2, 2, False)
    assert "ขาดกลุ่มผู้ผลิตชุมชน" in _state_of(window, BANG_KRACHET)
    window.ui.action_undo_delete.trigger()
    assert _row(window, BANG_KRACHET)[-1] is True


def test_campaign_changes_in_settings_update_the_dashboard(imported, window, dialogs, qtbot):
    settings, page = window.settings, window.dashboard
    dialogs.answers.append(True)  # yes, edit the 2566 campaign although it is over
    settings.ui.min_total.setValue(3)
    deadline = dt.date.today() + dt.timedelta(days=10)
    settings.ui.registration_deadline.setDate(deadline)
    with qtbot.waitSignal(window.bus.changed, timeout=2000):
        settings.ui.save_settings_button.click()
    met = [r[0] for r in _shown(window) if r[-1]]
    assert met == ["240201", "240204", "240208"]  # only the tambons with 3 registrations
    assert page.met_card.value.text() == "3 จาก 9 ตำบล"
    assert _state_of(window, "240210") == "ขาดอีก 1 ราย"
    assert "รวมอย่างน้อย 3 ราย" in page.rule.text()
    assert page.deadline_card.value.text() == "เหลืออีก 10 วัน"
    assert page.pace.text().startswith("ต้องลงทะเบียนเพิ่มอีก 7 ราย ใน 10 วัน")


def test_dates_past_are_said_plainly(imported, window):
    page = window.dashboard
    days = (dt.date.today() - dt.date(2023, 9, 29)).days
    assert page.deadline_card.title.text() == "ปิดรับลงทะเบียน 29 ก.ย. 2566"
    assert page.deadline_card.value.text() == f"เลยกำหนดปิดรับมาแล้ว {days:,} วัน"
    assert page.report_card.value.text() == f"เลยกำหนดส่งมาแล้ว {days - 2:,} วัน"
    assert "เลยกำหนดปิดรับมาแล้ว" in page.pace.text()


def test_wording_of_time_left_and_pace():
    assert wording.deadline_text(12) == "เหลืออีก 12 วัน"
    assert wording.deadline_text(0) == "วันนี้เป็นวันสุดท้าย"
    assert wording.report_due_text(-3) == "เลยกำหนดส่งมาแล้ว 3 วัน"
    assert wording.pace_text(CampaignPace(2, 12, 14)) == "ต้องลงทะเบียนเพิ่มอีก 2 ราย ใน 12 วัน"
    assert wording.pace_text(CampaignPace(30, 10, 12)).endswith("(วันละอย่างน้อย 3 ราย)")
    assert wording.pace_text(CampaignPace(4, 0, 2)) == "ต้องลงทะเบียนเพิ่มอีก 4 ราย ภายในวันนี้"
    assert wording.pace_text(CampaignPace(0, -5, -3)).startswith("✓ ครบเกณฑ์ทุกตำบลแล้ว")


def test_refresh_is_one_quota_call_and_one_aggregate_query(imported, window, services):
    calls = []
    original = services.quota.district_status
    services.quota.district_status = lambda: calls.append(1) or original()
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    change = services.registry.delete(services.registry.search()[0].uuid)
    event.listen(services.database.engine, "before_cursor_execute", count)
    try:
        window.dashboard.on_change(change)
    finally:
        event.remove(services.database.engine, "before_cursor_execute", count)
        del services.quota.district_status
    assert calls == [1]
    assert sum("GROUP BY" in s for s in statements) == 1
    # office, campaigns, counts, and those in no campaign: none per tambon
    assert len(statements) <= 4


def test_tambon_model_follows_the_qt_contract(imported, window, qtmodeltester):
    qtmodeltester.check(window.dashboard.model)


def test_screenshot_shows_the_short_tambons(imported, window, tmp_path):
    window.show_page(Page.DASHBOARD)
    out = tmp_path / "dashboard.png"
    assert window.grab().save(str(out))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {
        QColor(image.pixel(x, y)).name() for x in range(0, 1280, 3) for y in range(0, 800, 3)
    }
    assert SHORT_COLOUR.name().lower() in colours  # the short marks are drawn
    assert window.dashboard.chart.isVisible() and window.dashboard.table.isVisible()

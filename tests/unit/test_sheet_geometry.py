"""How many lines the report's Thai texts wrap into: estimated at least as many as LibreOffice
prints (tests/integration/test_print_clipping.py), without a line more where words are known."""

from otop_desktop.domain.producer_types import ProducerType
from otop_desktop.services.importing.interchange import Column
from otop_desktop.services.report.report_workbook import DETAIL_WIDTH_LIMITS
from otop_desktop.services.report.sheet_geometry import THAI_FILL, lines_needed, text_points

SINGLE_OWNER = ProducerType.SINGLE_OWNER.name_th
SME = ProducerType.SME.name_th


def test_producer_types_wrap_between_their_words_in_the_detail_column() -> None:
    widest = DETAIL_WIDTH_LIMITS[Column.PRODUCER_TYPE][1]
    # ผู้ผลิตชุมชนที่เป็น / เจ้าของรายเดียว: two lines, as LibreOffice prints it (was three).
    assert lines_needed(SINGLE_OWNER, widest, 16) == 2
    # ผู้ผลิตที่เป็นวิสาหกิจ / ขนาดกลางและขนาด / ย่อม in LibreOffice; never fewer estimated.
    assert lines_needed(SME, widest, 16) == 3
    assert lines_needed(ProducerType.GROUP.name_th, widest, 16) == 1


def test_a_known_run_wraps_only_where_its_words_meet() -> None:
    # At 16 units the first line (ผู้ผลิตชุมชนที่เป็น) is a little too wide with the safety
    # margin: เป็น moves down, and เจ้าของรายเดียว no longer fits after it.
    assert lines_needed(SINGLE_OWNER, 16, 16) == 3
    # The summary's narrower column: ผู้ผลิตชุมชนที่ / เป็นเจ้าของ / รายเดียว.
    assert lines_needed(SINGLE_OWNER, 13, 16) == 3


def test_an_unknown_run_still_wraps_as_any_thai() -> None:
    name = "กลุ่มวิสาหกิจชุมชนแม่บ้านเกษตรกรแปรรูปผลผลิต"
    room = 20 * 5.25 - 4.5
    parts = -(-text_points(name, 16) // (room * THAI_FILL))
    assert lines_needed(name, 20, 16) == parts >= 2

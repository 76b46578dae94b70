"""Printed registration forms: of chosen registrations or of a whole tambon, laid out once and
written to PDF or handed to the printer; each printing is in the audit log (with or without
the full national IDs), as every export of personal data is."""

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from otop_desktop.db.database import Database
from otop_desktop.db.repositories import (
    AuditRepository,
    RecordNotFoundError,
    RegistrationRepository,
)
from otop_desktop.db.sqlite_files import make_private
from otop_desktop.domain.errors import UserError
from otop_desktop.domain.office import default_office_name
from otop_desktop.domain.registration import Registration
from otop_desktop.services.form_print.form_drawing import FormDocument
from otop_desktop.services.form_print.form_sheet import FormSheet, Places, form_sheet
from otop_desktop.services.office.gazetteer import Gazetteer
from otop_desktop.services.office.office_service import OfficeService
from otop_desktop.services.storage_errors import file_reason, writing


class FormPrintService:
    def __init__(self, database: Database, gazetteer: Gazetteer, office: OfficeService) -> None:
        self._db = database
        self._gazetteer = gazetteer
        self._office = office

    def tambon_registrations(self, tambon_code: str) -> list[str]:
        """The active registrations of a tambon of the office's area, by producer name."""
        office = self._office.require_office()
        tambon = self._gazetteer.tambon(tambon_code)
        if tambon is None or not tambon.code.startswith(office.area_code):
            raise UserError(
                f"ตำบลรหัส {tambon_code} ไม่อยู่ในพื้นที่ของสำนักงานนี้",
                f"Tambon {tambon_code} is not in this office's area.",
            )
        with self._db.reading() as session:
            found = RegistrationRepository(session).search(tambon_code=tambon.code)
        return [s.uuid for s in found]

    def document(
        self, uuids: Sequence[str], *, with_ids: bool = False, today: dt.date | None = None
    ) -> FormDocument:
        """The forms of the registrations, in the order given, one from each new page."""
        from otop_desktop.services.form_print.form_layout import lay_out_forms

        if not uuids:
            raise UserError("ไม่มีรายการให้พิมพ์", "There is no registration to print.")
        sheets = [
            self._sheet(reg, with_ids=with_ids, today=today) for reg in self._registrations(uuids)
        ]
        return lay_out_forms(sheets, _title(sheets[0].producer_name, len(sheets)))

    def write_pdf(
        self, uuids: Sequence[str], path: Path, *, with_ids: bool = False
    ) -> FormDocument:
        """Writes the forms to a PDF whole (a partial file beside it, then renamed)."""
        from otop_desktop.services.form_print.form_drawing import write_form_pdf

        if path.is_dir() or path.suffix.lower() != ".pdf":
            raise UserError(
                f"ที่บันทึกต้องเป็นชื่อแฟ้ม .pdf ไม่ใช่ {path}", f"The output must be a .pdf file, not {path}."
            )
        document = self.document(uuids, with_ids=with_ids)
        partial = path.with_name(path.name + ".partial")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_form_pdf(document, partial)
            make_private(partial)
            os.replace(partial, path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            reason_th, reason_en = file_reason(exc)
            raise UserError(
                f"บันทึกแฟ้ม {path} ไม่ได้: {reason_th}", f"Cannot write {path}: {reason_en}."
            ) from exc
        self.record_printed(document, with_ids=with_ids, target=str(path))
        return document

    def record_printed(self, document: FormDocument, *, with_ids: bool, target: str) -> None:
        """The audit trail's line for forms written or sent to a printer."""
        uuids = list(dict.fromkeys(document.page_owners))
        office = self._office.require_office()
        with writing(self._db) as session:
            AuditRepository(session).record(
                "print-form",
                actor=office.officer_name,
                entity_uuid=uuids[0] if len(uuids) == 1 else "",
                summary=f"แบบลงทะเบียน {len(uuids)} ราย: {target}",
                details={"target": target, "with_ids": with_ids, "uuids": uuids},
            )

    def _registrations(self, uuids: Sequence[str]) -> list[Registration]:
        area = self._office.require_office().area_code
        found = []
        with self._db.reading() as session:
            repository = RegistrationRepository(session)
            for uuid in uuids:
                try:
                    reg = repository.get(uuid)
                except RecordNotFoundError as exc:
                    raise UserError(
                        f"ไม่พบรายการ {uuid} ในทะเบียน",
                        f"Registration {uuid} is not in the registry.",
                    ) from exc
                if not reg.tambon_code.startswith(area):
                    raise UserError(
                        f"รายการ {uuid} ไม่อยู่ในพื้นที่ของสำนักงานนี้",
                        f"Registration {uuid} is not in this office's area.",
                    )
                found.append(reg)
        return found

    def _sheet(self, reg: Registration, *, with_ids: bool, today: dt.date | None) -> FormSheet:
        office = self._office.require_office()
        tambon = self._gazetteer.tambon(reg.tambon_code)
        district = self._gazetteer.district(reg.tambon_code[:4])
        province = self._gazetteer.province(reg.tambon_code[:2])
        places = Places(
            tambon.name_th if tambon else reg.tambon_code,
            district.name_th if district else "",
            province.name_th if province else "",
        )
        own = office.district_code == reg.tambon_code[:4] and office.office_name
        return form_sheet(
            reg,
            places,
            office_name=office.office_name if own else default_office_name(places.district),
            fallback_officer=(office.officer_name, office.officer_position),
            with_ids=with_ids,
            printed_on=today,
        )


def _title(first_name: str, count: int) -> str:
    if count == 1:
        return f"แบบลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP: {first_name}"
    return f"แบบลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ({count} ราย)"

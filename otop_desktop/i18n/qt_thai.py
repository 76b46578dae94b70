"""Thai for the texts Qt draws itself: standard dialog buttons, context menus, the wizard's and the
file dialog's own words. Qt ships no Thai translation (no qtbase_th.qm in PySide6), so without
these a Thai interface shows "OK", "Cancel" and "Select All".

Keys are Qt's translation context and English source text, as Qt asks for them
(QCoreApplication.translate); a text not listed here stays as Qt wrote it.
"""

_BUTTONS = {
    "OK": "ตกลง",
    "Save": "บันทึก",
    "Save All": "บันทึกทั้งหมด",
    "Open": "เปิด",
    "&Yes": "ใช่ (&Y)",
    "Yes to &All": "ใช่ทั้งหมด (&A)",
    "&No": "ไม่ (&N)",
    "N&o to All": "ไม่ทั้งหมด (&O)",
    "Abort": "หยุด",
    "Retry": "ลองอีกครั้ง",
    "Ignore": "ข้าม",
    "Close": "ปิด",
    "Cancel": "ยกเลิก",
    "Discard": "ละทิ้ง",
    "Help": "ความช่วยเหลือ",
    "Apply": "ใช้",
    "Reset": "ตั้งใหม่",
    "Restore Defaults": "คืนค่าเริ่มต้น",
}

_EDITING = {
    "&Undo": "เลิกทำ (&U)",
    "&Redo": "ทำซ้ำ (&R)",
    "Cu&t": "ตัด (&T)",
    "&Copy": "คัดลอก (&C)",
    "Copy &Link Location": "คัดลอกที่อยู่ลิงก์ (&L)",
    "&Paste": "วาง (&P)",
    "Delete": "ลบ",
    "Select All": "เลือกทั้งหมด",
    "Insert Unicode control character": "แทรกอักขระควบคุมยูนิโคด",
}

_SCROLLING = {
    "Scroll here": "เลื่อนมาที่นี่",
    "Left edge": "ขอบซ้ายสุด",
    "Top": "บนสุด",
    "Right edge": "ขอบขวาสุด",
    "Bottom": "ล่างสุด",
    "Page left": "เลื่อนไปทางซ้ายหนึ่งหน้า",
    "Page up": "เลื่อนขึ้นหนึ่งหน้า",
    "Page right": "เลื่อนไปทางขวาหนึ่งหน้า",
    "Page down": "เลื่อนลงหนึ่งหน้า",
    "Scroll left": "เลื่อนไปทางซ้าย",
    "Scroll up": "เลื่อนขึ้น",
    "Scroll right": "เลื่อนไปทางขวา",
    "Scroll down": "เลื่อนลง",
}

_FILE_DIALOG = {
    "&Look in:": "ค้นใน (&L):",
    "File &name:": "ชื่อแฟ้ม (&N):",
    "Files of &type:": "ชนิดแฟ้ม (&T):",
    "Directory:": "โฟลเดอร์:",
    "&Open": "เปิด (&O)",
    "&Choose": "เลือก (&C)",
    "&Save": "บันทึก (&S)",
    "Open": "เปิด",
    "Save As": "บันทึกเป็น",
    "Find Directory": "เลือกโฟลเดอร์",
    "Back": "ย้อนกลับ",
    "Forward": "ไปข้างหน้า",
    "Parent Directory": "โฟลเดอร์ที่อยู่เหนือขึ้นไป",
    "Go back": "ย้อนกลับ",
    "Go forward": "ไปข้างหน้า",
    "Go to the parent directory": "ไปยังโฟลเดอร์ที่อยู่เหนือขึ้นไป",
    "Create New Folder": "สร้างโฟลเดอร์ใหม่",
    "Create a New Folder": "สร้างโฟลเดอร์ใหม่",
    "List View": "มุมมองรายการ",
    "Detail View": "มุมมองรายละเอียด",
    "Change to list view mode": "เปลี่ยนเป็นมุมมองรายการ",
    "Change to detail view mode": "เปลี่ยนเป็นมุมมองรายละเอียด",
    "Sidebar": "แถบที่ตั้ง",
    "List of places and bookmarks": "รายการที่ตั้งและที่คั่นไว้",
    "Files": "แฟ้ม",
    "Directories": "โฟลเดอร์",
    "All Files (*)": "ทุกแฟ้ม (*)",
    "&New Folder": "โฟลเดอร์ใหม่ (&N)",
    "New Folder": "โฟลเดอร์ใหม่",
    "&Delete": "ลบ (&D)",
    "&Rename": "เปลี่ยนชื่อ (&R)",
    "Show &hidden files": "แสดงแฟ้มที่ซ่อนไว้ (&H)",
    "Remove": "เอาออก",
    "Recent Places": "ที่เปิดล่าสุด",
    "My Computer": "คอมพิวเตอร์",
    "Are you sure you want to delete '%1'?": "ต้องการลบ '%1' หรือไม่?",
    "'%1' is write protected.\nDo you want to delete it anyway?": (
        "'%1' ถูกป้องกันการเขียน\nต้องการลบหรือไม่?"
    ),
    "Could not delete directory.": "ลบโฟลเดอร์ไม่ได้",
    "%1 already exists.\nDo you want to replace it?": "มี %1 อยู่แล้ว\nต้องการเขียนทับหรือไม่?",
    "%1\nFile not found.\nPlease verify the correct file name was given.": (
        "%1\nไม่พบแฟ้มนี้\nกรุณาตรวจสอบชื่อแฟ้ม"
    ),
    "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
        "%1\nไม่พบโฟลเดอร์นี้\nกรุณาตรวจสอบชื่อโฟลเดอร์"
    ),
}

_FILES = {
    "Name": "ชื่อ",
    "Size": "ขนาด",
    "Type": "ชนิด",
    "Date Modified": "วันที่แก้ไข",
    "Computer": "คอมพิวเตอร์",
    "My Computer": "คอมพิวเตอร์",
    "Drive": "ไดรฟ์",
    "Folder": "โฟลเดอร์",
    "File Folder": "โฟลเดอร์",
    "File": "แฟ้ม",
    "Alias": "นามแฝง",
    "Shortcut": "ทางลัด",
    "Unknown": "ไม่ทราบชนิด",
}

QT_THAI: dict[tuple[str, str], str] = {
    **{("QPlatformTheme", k): v for k, v in _BUTTONS.items()},
    **{("QMessageBox", k): v for k, v in _BUTTONS.items()},
    ("QMessageBox", "Show Details..."): "แสดงรายละเอียด...",
    ("QMessageBox", "Hide Details..."): "ซ่อนรายละเอียด...",
    **{("QLineEdit", k): v for k, v in _EDITING.items()},
    **{("QWidgetTextControl", k): v for k, v in _EDITING.items()},
    ("QUnicodeControlCharacterMenu", "Insert Unicode control character"): ("แทรกอักขระควบคุมยูนิโคด"),
    ("QAbstractSpinBox", "&Select All"): "เลือกทั้งหมด (&S)",
    ("QAbstractSpinBox", "&Step up"): "เพิ่มขึ้นหนึ่งขั้น (&S)",
    ("QAbstractSpinBox", "Step &down"): "ลดลงหนึ่งขั้น (&D)",
    **{("QScrollBar", k): v for k, v in _SCROLLING.items()},
    ("QWizard", "< &Back"): "‹ ย้อนกลับ (&B)",
    ("QWizard", "&Next >"): "ถัดไป › (&N)",
    ("QWizard", "&Next"): "ถัดไป (&N)",
    ("QWizard", "&Finish"): "เสร็จสิ้น (&F)",
    ("QWizard", "Cancel"): "ยกเลิก",
    ("QWizard", "Help"): "ความช่วยเหลือ",
    ("QWizard", "&Help"): "ความช่วยเหลือ (&H)",
    ("QWizard", "Commit"): "ยืนยัน",
    ("QWizard", "Done"): "เสร็จสิ้น",
    ("QWizard", "Continue"): "ทำต่อ",
    ("QWizard", "Go Back"): "ย้อนกลับ",
    ("QProgressDialog", "Cancel"): "ยกเลิก",
    ("QDialogButtonBox", "OK"): "ตกลง",
    ("QDialogButtonBox", "Cancel"): "ยกเลิก",
    **{("QFileDialog", k): v for k, v in _FILE_DIALOG.items()},
    **{("QFileSystemModel", k): v for k, v in _FILES.items()},
    **{("QAbstractFileIconProvider", k): v for k, v in _FILES.items()},
    **{("QFileIconProvider", k): v for k, v in _FILES.items()},
}

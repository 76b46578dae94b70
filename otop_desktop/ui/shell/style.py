"""The look shared by every window: Sarabun, readable sizes, clear focus and page headings."""

STYLE_SHEET = """
QListWidget#navigation { background: #1f4e79; color: white; border: none; padding-top: 8px; }
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: #2e75b6; color: white; }
QLabel#title_label, QLabel#settings_title, QLabel#page_title {
    font-size: 16pt; font-weight: bold; color: #1f4e79;
}
QFrame#duplicate_banner { background: #fff4ce; border: 1px solid #c8a600; }
QLabel#missing_label { color: #444; }
QPushButton { padding: 5px 14px; }
QPushButton:focus, QCheckBox:focus { outline: 2px solid #2e75b6; }
QWidget#page_type QRadioButton {
    font-size: 13pt; font-weight: bold; padding: 10px 12px; margin-top: 10px;
    border: 1px solid #b8c4d2; border-radius: 6px; background: white;
}
QWidget#page_type QRadioButton:checked { border: 2px solid #2e75b6; background: #eaf2fb; }
QWidget#page_type QRadioButton:focus { border: 2px solid #1f4e79; }
QLabel#tambon_state { font-weight: bold; }
"""

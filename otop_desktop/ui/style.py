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
QPushButton:focus, QRadioButton:focus, QCheckBox:focus { outline: 2px solid #2e75b6; }
QRadioButton { font-size: 13pt; font-weight: bold; padding-top: 8px; }
QLabel#tambon_state { font-weight: bold; }
"""

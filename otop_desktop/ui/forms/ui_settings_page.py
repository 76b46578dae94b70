# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from otop_desktop.ui.widgets.be_date_edit import BeDateEdit

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(1000, 680)
        self.settings_layout = QVBoxLayout(SettingsPage)
        self.settings_layout.setObjectName(u"settings_layout")
        self.settings_title = QLabel(SettingsPage)
        self.settings_title.setObjectName(u"settings_title")

        self.settings_layout.addWidget(self.settings_title)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.office_group = QGroupBox(SettingsPage)
        self.office_group.setObjectName(u"office_group")
        self.office_layout = QGridLayout(self.office_group)
        self.office_layout.setObjectName(u"office_layout")
        self.province_label = QLabel(self.office_group)
        self.province_label.setObjectName(u"province_label")

        self.office_layout.addWidget(self.province_label, 0, 0, 1, 1)

        self.province = QComboBox(self.office_group)
        self.province.setObjectName(u"province")

        self.office_layout.addWidget(self.province, 0, 1, 1, 1)

        self.district_label = QLabel(self.office_group)
        self.district_label.setObjectName(u"district_label")

        self.office_layout.addWidget(self.district_label, 1, 0, 1, 1)

        self.district = QComboBox(self.office_group)
        self.district.setObjectName(u"district")

        self.office_layout.addWidget(self.district, 1, 1, 1, 1)

        self.office_name_label = QLabel(self.office_group)
        self.office_name_label.setObjectName(u"office_name_label")

        self.office_layout.addWidget(self.office_name_label, 2, 0, 1, 1)

        self.office_name = QLineEdit(self.office_group)
        self.office_name.setObjectName(u"office_name")

        self.office_layout.addWidget(self.office_name, 2, 1, 1, 1)

        self.officer_name_label = QLabel(self.office_group)
        self.officer_name_label.setObjectName(u"officer_name_label")

        self.office_layout.addWidget(self.officer_name_label, 3, 0, 1, 1)

        self.officer_name = QLineEdit(self.office_group)
        self.officer_name.setObjectName(u"officer_name")

        self.office_layout.addWidget(self.officer_name, 3, 1, 1, 1)

        self.officer_position_label = QLabel(self.office_group)
        self.officer_position_label.setObjectName(u"officer_position_label")

        self.office_layout.addWidget(self.officer_position_label, 4, 0, 1, 1)

        self.officer_position = QLineEdit(self.office_group)
        self.officer_position.setObjectName(u"officer_position")

        self.office_layout.addWidget(self.officer_position, 4, 1, 1, 1)


        self.left_column.addWidget(self.office_group)

        self.quota_group = QGroupBox(SettingsPage)
        self.quota_group.setObjectName(u"quota_group")
        self.quota_layout = QGridLayout(self.quota_group)
        self.quota_layout.setObjectName(u"quota_layout")
        self.min_groups_label = QLabel(self.quota_group)
        self.min_groups_label.setObjectName(u"min_groups_label")

        self.quota_layout.addWidget(self.min_groups_label, 0, 0, 1, 1)

        self.min_groups = QSpinBox(self.quota_group)
        self.min_groups.setObjectName(u"min_groups")
        self.min_groups.setMaximum(99)

        self.quota_layout.addWidget(self.min_groups, 0, 1, 1, 1)

        self.min_others_label = QLabel(self.quota_group)
        self.min_others_label.setObjectName(u"min_others_label")

        self.quota_layout.addWidget(self.min_others_label, 1, 0, 1, 1)

        self.min_others = QSpinBox(self.quota_group)
        self.min_others.setObjectName(u"min_others")
        self.min_others.setMaximum(99)

        self.quota_layout.addWidget(self.min_others, 1, 1, 1, 1)

        self.min_total_label = QLabel(self.quota_group)
        self.min_total_label.setObjectName(u"min_total_label")

        self.quota_layout.addWidget(self.min_total_label, 2, 0, 1, 1)

        self.min_total = QSpinBox(self.quota_group)
        self.min_total.setObjectName(u"min_total")
        self.min_total.setMaximum(99)

        self.quota_layout.addWidget(self.min_total, 2, 1, 1, 1)


        self.left_column.addWidget(self.quota_group)

        self.interface_group = QGroupBox(SettingsPage)
        self.interface_group.setObjectName(u"interface_group")
        self.interface_layout = QGridLayout(self.interface_group)
        self.interface_layout.setObjectName(u"interface_layout")
        self.language_label = QLabel(self.interface_group)
        self.language_label.setObjectName(u"language_label")

        self.interface_layout.addWidget(self.language_label, 0, 0, 1, 1)

        self.language = QComboBox(self.interface_group)
        self.language.setObjectName(u"language")

        self.interface_layout.addWidget(self.language, 0, 1, 1, 1)


        self.left_column.addWidget(self.interface_group)

        self.left_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_spacer)


        self.columns_layout.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.campaign_group = QGroupBox(SettingsPage)
        self.campaign_group.setObjectName(u"campaign_group")
        self.campaign_layout = QGridLayout(self.campaign_group)
        self.campaign_layout.setObjectName(u"campaign_layout")
        self.campaign_name_label = QLabel(self.campaign_group)
        self.campaign_name_label.setObjectName(u"campaign_name_label")

        self.campaign_layout.addWidget(self.campaign_name_label, 0, 0, 1, 1)

        self.campaign_name = QLineEdit(self.campaign_group)
        self.campaign_name.setObjectName(u"campaign_name")

        self.campaign_layout.addWidget(self.campaign_name, 0, 1, 1, 1)

        self.letter_reference_label = QLabel(self.campaign_group)
        self.letter_reference_label.setObjectName(u"letter_reference_label")

        self.campaign_layout.addWidget(self.letter_reference_label, 1, 0, 1, 1)

        self.letter_reference = QLineEdit(self.campaign_group)
        self.letter_reference.setObjectName(u"letter_reference")

        self.campaign_layout.addWidget(self.letter_reference, 1, 1, 1, 1)

        self.letter_date_label = QLabel(self.campaign_group)
        self.letter_date_label.setObjectName(u"letter_date_label")

        self.campaign_layout.addWidget(self.letter_date_label, 2, 0, 1, 1)

        self.letter_date = BeDateEdit(self.campaign_group)
        self.letter_date.setObjectName(u"letter_date")

        self.campaign_layout.addWidget(self.letter_date, 2, 1, 1, 1)

        self.window_start_label = QLabel(self.campaign_group)
        self.window_start_label.setObjectName(u"window_start_label")

        self.campaign_layout.addWidget(self.window_start_label, 3, 0, 1, 1)

        self.window_start = BeDateEdit(self.campaign_group)
        self.window_start.setObjectName(u"window_start")

        self.campaign_layout.addWidget(self.window_start, 3, 1, 1, 1)

        self.window_end_label = QLabel(self.campaign_group)
        self.window_end_label.setObjectName(u"window_end_label")

        self.campaign_layout.addWidget(self.window_end_label, 4, 0, 1, 1)

        self.window_end = BeDateEdit(self.campaign_group)
        self.window_end.setObjectName(u"window_end")

        self.campaign_layout.addWidget(self.window_end, 4, 1, 1, 1)

        self.registration_deadline_label = QLabel(self.campaign_group)
        self.registration_deadline_label.setObjectName(u"registration_deadline_label")

        self.campaign_layout.addWidget(self.registration_deadline_label, 5, 0, 1, 1)

        self.registration_deadline = BeDateEdit(self.campaign_group)
        self.registration_deadline.setObjectName(u"registration_deadline")

        self.campaign_layout.addWidget(self.registration_deadline, 5, 1, 1, 1)

        self.report_due_label = QLabel(self.campaign_group)
        self.report_due_label.setObjectName(u"report_due_label")

        self.campaign_layout.addWidget(self.report_due_label, 6, 0, 1, 1)

        self.report_due = BeDateEdit(self.campaign_group)
        self.report_due.setObjectName(u"report_due")

        self.campaign_layout.addWidget(self.report_due, 6, 1, 1, 1)

        self.recipient_email_label = QLabel(self.campaign_group)
        self.recipient_email_label.setObjectName(u"recipient_email_label")

        self.campaign_layout.addWidget(self.recipient_email_label, 7, 0, 1, 1)

        self.recipient_email = QLineEdit(self.campaign_group)
        self.recipient_email.setObjectName(u"recipient_email")

        self.campaign_layout.addWidget(self.recipient_email, 7, 1, 1, 1)


        self.right_column.addWidget(self.campaign_group)

        self.right_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_column.addItem(self.right_spacer)


        self.columns_layout.addLayout(self.right_column)


        self.settings_layout.addLayout(self.columns_layout)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.settings_message = QLabel(SettingsPage)
        self.settings_message.setObjectName(u"settings_message")
        self.settings_message.setWordWrap(True)

        self.buttons_layout.addWidget(self.settings_message)

        self.revert_button = QPushButton(SettingsPage)
        self.revert_button.setObjectName(u"revert_button")

        self.buttons_layout.addWidget(self.revert_button)

        self.save_settings_button = QPushButton(SettingsPage)
        self.save_settings_button.setObjectName(u"save_settings_button")

        self.buttons_layout.addWidget(self.save_settings_button)

        self.buttons_layout.setStretch(0, 1)

        self.settings_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.province_label.setBuddy(self.province)
        self.district_label.setBuddy(self.district)
        self.office_name_label.setBuddy(self.office_name)
        self.officer_name_label.setBuddy(self.officer_name)
        self.officer_position_label.setBuddy(self.officer_position)
        self.min_groups_label.setBuddy(self.min_groups)
        self.min_others_label.setBuddy(self.min_others)
        self.min_total_label.setBuddy(self.min_total)
        self.language_label.setBuddy(self.language)
        self.campaign_name_label.setBuddy(self.campaign_name)
        self.letter_reference_label.setBuddy(self.letter_reference)
        self.letter_date_label.setBuddy(self.letter_date)
        self.window_start_label.setBuddy(self.window_start)
        self.window_end_label.setBuddy(self.window_end)
        self.registration_deadline_label.setBuddy(self.registration_deadline)
        self.report_due_label.setBuddy(self.report_due)
        self.recipient_email_label.setBuddy(self.recipient_email)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.settings_title.setText(QCoreApplication.translate("SettingsPage", u"\u0e15\u0e31\u0e49\u0e07\u0e04\u0e48\u0e32", None))
        self.office_group.setTitle(QCoreApplication.translate("SettingsPage", u"\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19", None))
        self.province_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14", None))
        self.district_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e2d\u0e33\u0e40\u0e20\u0e2d", None))
        self.office_name_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19", None))
        self.officer_name_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e0a\u0e37\u0e48\u0e2d-\u0e2a\u0e01\u0e38\u0e25 \u0e1c\u0e39\u0e49\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19", None))
        self.officer_name.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u0e40\u0e0a\u0e48\u0e19 \u0e19\u0e32\u0e07\u0e2a\u0e32\u0e27\u0e2a\u0e21\u0e43\u0e08 \u0e23\u0e31\u0e01\u0e07\u0e32\u0e19", None))
        self.officer_position_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07", None))
        self.officer_position.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u0e40\u0e0a\u0e48\u0e19 \u0e19\u0e31\u0e01\u0e27\u0e34\u0e0a\u0e32\u0e01\u0e32\u0e23\u0e1e\u0e31\u0e12\u0e19\u0e32\u0e0a\u0e38\u0e21\u0e0a\u0e19\u0e0a\u0e33\u0e19\u0e32\u0e0d\u0e01\u0e32\u0e23", None))
        self.quota_group.setTitle(QCoreApplication.translate("SettingsPage", u"\u0e40\u0e01\u0e13\u0e11\u0e4c\u0e02\u0e31\u0e49\u0e19\u0e15\u0e48\u0e33\u0e15\u0e48\u0e2d\u0e15\u0e33\u0e1a\u0e25", None))
        self.min_groups_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e01\u0e25\u0e38\u0e48\u0e21\u0e1c\u0e39\u0e49\u0e1c\u0e25\u0e34\u0e15\u0e0a\u0e38\u0e21\u0e0a\u0e19\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e19\u0e49\u0e2d\u0e22", None))
        self.min_others_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e1b\u0e23\u0e30\u0e40\u0e20\u0e17\u0e2d\u0e37\u0e48\u0e19\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e19\u0e49\u0e2d\u0e22", None))
        self.min_total_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e23\u0e27\u0e21\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e19\u0e49\u0e2d\u0e22", None))
        self.interface_group.setTitle(QCoreApplication.translate("SettingsPage", u"\u0e01\u0e32\u0e23\u0e41\u0e2a\u0e14\u0e07\u0e1c\u0e25", None))
        self.language_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e20\u0e32\u0e29\u0e32", None))
        self.campaign_group.setTitle(QCoreApplication.translate("SettingsPage", u"\u0e01\u0e32\u0e23\u0e23\u0e31\u0e1a\u0e25\u0e07\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19\u0e15\u0e32\u0e21\u0e2b\u0e19\u0e31\u0e07\u0e2a\u0e37\u0e2d\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14", None))
        self.campaign_name_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e01\u0e32\u0e23\u0e23\u0e31\u0e1a\u0e25\u0e07\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19", None))
        self.letter_reference_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e40\u0e25\u0e02\u0e17\u0e35\u0e48\u0e2b\u0e19\u0e31\u0e07\u0e2a\u0e37\u0e2d", None))
        self.letter_reference.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u0e40\u0e0a\u0e48\u0e19 \u0e09\u0e0a \u0e50\u0e50\u0e51\u0e59/\u0e27 \u0e55\u0e54\u0e56\u0e55", None))
        self.letter_date_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e25\u0e07\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48", None))
        self.window_start_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e19\u0e31\u0e1a\u0e15\u0e31\u0e49\u0e07\u0e41\u0e15\u0e48\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48", None))
        self.window_end_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e16\u0e36\u0e07\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48", None))
        self.registration_deadline_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e1b\u0e34\u0e14\u0e23\u0e31\u0e1a\u0e25\u0e07\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19", None))
        self.report_due_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e2a\u0e48\u0e07\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e20\u0e32\u0e22\u0e43\u0e19", None))
        self.recipient_email_label.setText(QCoreApplication.translate("SettingsPage", u"\u0e2d\u0e35\u0e40\u0e21\u0e25\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19", None))
        self.settings_message.setText("")
        self.revert_button.setText(QCoreApplication.translate("SettingsPage", u"\u0e04\u0e37\u0e19\u0e04\u0e48\u0e32\u0e40\u0e14\u0e34\u0e21", None))
        self.save_settings_button.setText(QCoreApplication.translate("SettingsPage", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e01\u0e32\u0e23\u0e15\u0e31\u0e49\u0e07\u0e04\u0e48\u0e32", None))
        pass
    # retranslateUi


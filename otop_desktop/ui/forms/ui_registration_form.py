# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registration_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDoubleSpinBox,
    QFrame, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QStackedWidget, QVBoxLayout,
    QWidget)

from otop_desktop.ui.widgets.be_date_edit import BeDateEdit

class Ui_RegistrationForm(object):
    def setupUi(self, RegistrationForm):
        if not RegistrationForm.objectName():
            RegistrationForm.setObjectName(u"RegistrationForm")
        RegistrationForm.resize(1000, 680)
        self.form_layout = QVBoxLayout(RegistrationForm)
        self.form_layout.setObjectName(u"form_layout")
        self.title_label = QLabel(RegistrationForm)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.addWidget(self.title_label)

        self.card_bar = QFrame(RegistrationForm)
        self.card_bar.setObjectName(u"card_bar")
        self.card_layout = QHBoxLayout(self.card_bar)
        self.card_layout.setObjectName(u"card_layout")
        self.card_layout.setContentsMargins(0, 0, 0, 0)
        self.card_status = QLabel(self.card_bar)
        self.card_status.setObjectName(u"card_status")
        self.card_status.setWordWrap(True)

        self.card_layout.addWidget(self.card_status)

        self.card_progress = QProgressBar(self.card_bar)
        self.card_progress.setObjectName(u"card_progress")
        self.card_progress.setMaximumSize(QSize(120, 16777215))
        self.card_progress.setMaximum(0)
        self.card_progress.setTextVisible(False)

        self.card_layout.addWidget(self.card_progress)

        self.read_card_button = QPushButton(self.card_bar)
        self.read_card_button.setObjectName(u"read_card_button")

        self.card_layout.addWidget(self.read_card_button)

        self.card_layout.setStretch(0, 1)

        self.form_layout.addWidget(self.card_bar)

        self.duplicate_banner = QFrame(RegistrationForm)
        self.duplicate_banner.setObjectName(u"duplicate_banner")
        self.duplicate_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_layout = QHBoxLayout(self.duplicate_banner)
        self.duplicate_layout.setObjectName(u"duplicate_layout")
        self.duplicate_label = QLabel(self.duplicate_banner)
        self.duplicate_label.setObjectName(u"duplicate_label")
        self.duplicate_label.setWordWrap(True)

        self.duplicate_layout.addWidget(self.duplicate_label)

        self.open_duplicate_button = QPushButton(self.duplicate_banner)
        self.open_duplicate_button.setObjectName(u"open_duplicate_button")

        self.duplicate_layout.addWidget(self.open_duplicate_button)


        self.form_layout.addWidget(self.duplicate_banner)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.step_list = QListWidget(RegistrationForm)
        self.step_list.setObjectName(u"step_list")
        self.step_list.setMinimumSize(QSize(210, 0))
        self.step_list.setMaximumSize(QSize(230, 16777215))
        self.step_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.body_layout.addWidget(self.step_list)

        self.steps = QStackedWidget(RegistrationForm)
        self.steps.setObjectName(u"steps")
        self.page_type = QWidget()
        self.page_type.setObjectName(u"page_type")
        self.page_type_layout = QGridLayout(self.page_type)
        self.page_type_layout.setObjectName(u"page_type_layout")
        self.type_heading = QLabel(self.page_type)
        self.type_heading.setObjectName(u"type_heading")

        self.page_type_layout.addWidget(self.type_heading, 0, 0, 1, 1)

        self.type_group = QRadioButton(self.page_type)
        self.type_group.setObjectName(u"type_group")

        self.page_type_layout.addWidget(self.type_group, 1, 0, 1, 1)

        self.type_group_help = QLabel(self.page_type)
        self.type_group_help.setObjectName(u"type_group_help")
        self.type_group_help.setWordWrap(True)
        self.type_group_help.setIndent(28)

        self.page_type_layout.addWidget(self.type_group_help, 2, 0, 1, 1)

        self.type_single = QRadioButton(self.page_type)
        self.type_single.setObjectName(u"type_single")

        self.page_type_layout.addWidget(self.type_single, 3, 0, 1, 1)

        self.type_single_help = QLabel(self.page_type)
        self.type_single_help.setObjectName(u"type_single_help")
        self.type_single_help.setWordWrap(True)
        self.type_single_help.setIndent(28)

        self.page_type_layout.addWidget(self.type_single_help, 4, 0, 1, 1)

        self.type_sme = QRadioButton(self.page_type)
        self.type_sme.setObjectName(u"type_sme")

        self.page_type_layout.addWidget(self.type_sme, 5, 0, 1, 1)

        self.type_sme_help = QLabel(self.page_type)
        self.type_sme_help.setObjectName(u"type_sme_help")
        self.type_sme_help.setWordWrap(True)
        self.type_sme_help.setIndent(28)

        self.page_type_layout.addWidget(self.type_sme_help, 6, 0, 1, 1)

        self.err_producer_type = QLabel(self.page_type)
        self.err_producer_type.setObjectName(u"err_producer_type")
        self.err_producer_type.setWordWrap(True)

        self.page_type_layout.addWidget(self.err_producer_type, 7, 0, 1, 1)

        self.type_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_type_layout.addItem(self.type_spacer, 8, 0, 1, 1)

        self.steps.addWidget(self.page_type)
        self.page_producer = QWidget()
        self.page_producer.setObjectName(u"page_producer")
        self.page_producer_layout = QGridLayout(self.page_producer)
        self.page_producer_layout.setObjectName(u"page_producer_layout")
        self.producer_name_label = QLabel(self.page_producer)
        self.producer_name_label.setObjectName(u"producer_name_label")

        self.page_producer_layout.addWidget(self.producer_name_label, 0, 0, 1, 1)

        self.producer_name = QLineEdit(self.page_producer)
        self.producer_name.setObjectName(u"producer_name")

        self.page_producer_layout.addWidget(self.producer_name, 0, 1, 1, 1)

        self.err_producer_name = QLabel(self.page_producer)
        self.err_producer_name.setObjectName(u"err_producer_name")
        self.err_producer_name.setWordWrap(True)

        self.page_producer_layout.addWidget(self.err_producer_name, 1, 1, 1, 1)

        self.contact_label = QLabel(self.page_producer)
        self.contact_label.setObjectName(u"contact_label")

        self.page_producer_layout.addWidget(self.contact_label, 2, 0, 1, 1)

        self.contact_layout = QHBoxLayout()
        self.contact_layout.setObjectName(u"contact_layout")
        self.contact_prefix = QComboBox(self.page_producer)
        self.contact_prefix.setObjectName(u"contact_prefix")
        self.contact_prefix.setEditable(True)
        self.contact_prefix.setMinimumContentsLength(6)

        self.contact_layout.addWidget(self.contact_prefix)

        self.contact_first_name = QLineEdit(self.page_producer)
        self.contact_first_name.setObjectName(u"contact_first_name")

        self.contact_layout.addWidget(self.contact_first_name)

        self.contact_last_name = QLineEdit(self.page_producer)
        self.contact_last_name.setObjectName(u"contact_last_name")

        self.contact_layout.addWidget(self.contact_last_name)


        self.page_producer_layout.addLayout(self.contact_layout, 2, 1, 1, 1)

        self.err_contact = QLabel(self.page_producer)
        self.err_contact.setObjectName(u"err_contact")
        self.err_contact.setWordWrap(True)

        self.page_producer_layout.addWidget(self.err_contact, 3, 1, 1, 1)

        self.national_id_label = QLabel(self.page_producer)
        self.national_id_label.setObjectName(u"national_id_label")

        self.page_producer_layout.addWidget(self.national_id_label, 4, 0, 1, 1)

        self.national_id = QLineEdit(self.page_producer)
        self.national_id.setObjectName(u"national_id")
        self.national_id.setMaxLength(20)

        self.page_producer_layout.addWidget(self.national_id, 4, 1, 1, 1)

        self.err_national_id = QLabel(self.page_producer)
        self.err_national_id.setObjectName(u"err_national_id")
        self.err_national_id.setWordWrap(True)

        self.page_producer_layout.addWidget(self.err_national_id, 5, 1, 1, 1)

        self.juristic_no_label = QLabel(self.page_producer)
        self.juristic_no_label.setObjectName(u"juristic_no_label")

        self.page_producer_layout.addWidget(self.juristic_no_label, 6, 0, 1, 1)

        self.juristic_no = QLineEdit(self.page_producer)
        self.juristic_no.setObjectName(u"juristic_no")
        self.juristic_no.setMaxLength(20)

        self.page_producer_layout.addWidget(self.juristic_no, 6, 1, 1, 1)

        self.err_juristic_no = QLabel(self.page_producer)
        self.err_juristic_no.setObjectName(u"err_juristic_no")
        self.err_juristic_no.setWordWrap(True)

        self.page_producer_layout.addWidget(self.err_juristic_no, 7, 1, 1, 1)

        self.member_count_label = QLabel(self.page_producer)
        self.member_count_label.setObjectName(u"member_count_label")

        self.page_producer_layout.addWidget(self.member_count_label, 8, 0, 1, 1)

        self.member_count = QSpinBox(self.page_producer)
        self.member_count.setObjectName(u"member_count")
        self.member_count.setMaximum(100000)

        self.page_producer_layout.addWidget(self.member_count, 8, 1, 1, 1)

        self.err_member_count = QLabel(self.page_producer)
        self.err_member_count.setObjectName(u"err_member_count")
        self.err_member_count.setWordWrap(True)

        self.page_producer_layout.addWidget(self.err_member_count, 9, 1, 1, 1)

        self.community_enterprise_code_label = QLabel(self.page_producer)
        self.community_enterprise_code_label.setObjectName(u"community_enterprise_code_label")

        self.page_producer_layout.addWidget(self.community_enterprise_code_label, 10, 0, 1, 1)

        self.community_enterprise_code = QLineEdit(self.page_producer)
        self.community_enterprise_code.setObjectName(u"community_enterprise_code")

        self.page_producer_layout.addWidget(self.community_enterprise_code, 10, 1, 1, 1)

        self.err_community_enterprise_code = QLabel(self.page_producer)
        self.err_community_enterprise_code.setObjectName(u"err_community_enterprise_code")
        self.err_community_enterprise_code.setWordWrap(True)

        self.page_producer_layout.addWidget(self.err_community_enterprise_code, 11, 1, 1, 1)

        self.phone_label = QLabel(self.page_producer)
        self.phone_label.setObjectName(u"phone_label")

        self.page_producer_layout.addWidget(self.phone_label, 12, 0, 1, 1)

        self.phone = QLineEdit(self.page_producer)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(20)

        self.page_producer_layout.addWidget(self.phone, 12, 1, 1, 1)

        self.err_phone = QLabel(self.page_producer)
        self.err_phone.setObjectName(u"err_phone")
        self.err_phone.setWordWrap(True)

        self.page_producer_layout.addWidget(self.err_phone, 13, 1, 1, 1)

        self.email_label = QLabel(self.page_producer)
        self.email_label.setObjectName(u"email_label")

        self.page_producer_layout.addWidget(self.email_label, 14, 0, 1, 1)

        self.email_layout = QHBoxLayout()
        self.email_layout.setObjectName(u"email_layout")
        self.email = QLineEdit(self.page_producer)
        self.email.setObjectName(u"email")

        self.email_layout.addWidget(self.email)

        self.line_id = QLineEdit(self.page_producer)
        self.line_id.setObjectName(u"line_id")

        self.email_layout.addWidget(self.line_id)


        self.page_producer_layout.addLayout(self.email_layout, 14, 1, 1, 1)

        self.err_email = QLabel(self.page_producer)
        self.err_email.setObjectName(u"err_email")
        self.err_email.setWordWrap(True)

        self.page_producer_layout.addWidget(self.err_email, 15, 1, 1, 1)

        self.year_started_label = QLabel(self.page_producer)
        self.year_started_label.setObjectName(u"year_started_label")

        self.page_producer_layout.addWidget(self.year_started_label, 16, 0, 1, 1)

        self.year_started = QSpinBox(self.page_producer)
        self.year_started.setObjectName(u"year_started")
        self.year_started.setMinimum(2399)
        self.year_started.setMaximum(2700)

        self.page_producer_layout.addWidget(self.year_started, 16, 1, 1, 1)

        self.err_year_started = QLabel(self.page_producer)
        self.err_year_started.setObjectName(u"err_year_started")
        self.err_year_started.setWordWrap(True)

        self.page_producer_layout.addWidget(self.err_year_started, 17, 1, 1, 1)

        self.producer_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_producer_layout.addItem(self.producer_spacer, 18, 1, 1, 1)

        self.steps.addWidget(self.page_producer)
        self.page_site = QWidget()
        self.page_site.setObjectName(u"page_site")
        self.page_site_layout = QGridLayout(self.page_site)
        self.page_site_layout.setObjectName(u"page_site_layout")
        self.tambon_label = QLabel(self.page_site)
        self.tambon_label.setObjectName(u"tambon_label")

        self.page_site_layout.addWidget(self.tambon_label, 0, 0, 1, 1)

        self.tambon = QComboBox(self.page_site)
        self.tambon.setObjectName(u"tambon")

        self.page_site_layout.addWidget(self.tambon, 0, 1, 1, 1)

        self.err_tambon = QLabel(self.page_site)
        self.err_tambon.setObjectName(u"err_tambon")
        self.err_tambon.setWordWrap(True)

        self.page_site_layout.addWidget(self.err_tambon, 1, 1, 1, 1)

        self.tambon_state = QLabel(self.page_site)
        self.tambon_state.setObjectName(u"tambon_state")
        self.tambon_state.setWordWrap(True)

        self.page_site_layout.addWidget(self.tambon_state, 2, 1, 1, 1)

        self.postal_code_label = QLabel(self.page_site)
        self.postal_code_label.setObjectName(u"postal_code_label")

        self.page_site_layout.addWidget(self.postal_code_label, 3, 0, 1, 1)

        self.postal_code = QLineEdit(self.page_site)
        self.postal_code.setObjectName(u"postal_code")
        self.postal_code.setMaxLength(5)

        self.page_site_layout.addWidget(self.postal_code, 3, 1, 1, 1)

        self.err_postal_code = QLabel(self.page_site)
        self.err_postal_code.setObjectName(u"err_postal_code")
        self.err_postal_code.setWordWrap(True)

        self.page_site_layout.addWidget(self.err_postal_code, 4, 1, 1, 1)

        self.house_no_label = QLabel(self.page_site)
        self.house_no_label.setObjectName(u"house_no_label")

        self.page_site_layout.addWidget(self.house_no_label, 5, 0, 1, 1)

        self.house_no = QLineEdit(self.page_site)
        self.house_no.setObjectName(u"house_no")

        self.page_site_layout.addWidget(self.house_no, 5, 1, 1, 1)

        self.moo_label = QLabel(self.page_site)
        self.moo_label.setObjectName(u"moo_label")

        self.page_site_layout.addWidget(self.moo_label, 6, 0, 1, 1)

        self.moo = QLineEdit(self.page_site)
        self.moo.setObjectName(u"moo")
        self.moo.setMaxLength(10)

        self.page_site_layout.addWidget(self.moo, 6, 1, 1, 1)

        self.village_label = QLabel(self.page_site)
        self.village_label.setObjectName(u"village_label")

        self.page_site_layout.addWidget(self.village_label, 7, 0, 1, 1)

        self.village = QLineEdit(self.page_site)
        self.village.setObjectName(u"village")

        self.page_site_layout.addWidget(self.village, 7, 1, 1, 1)

        self.road_label = QLabel(self.page_site)
        self.road_label.setObjectName(u"road_label")

        self.page_site_layout.addWidget(self.road_label, 8, 0, 1, 1)

        self.road = QLineEdit(self.page_site)
        self.road.setObjectName(u"road")

        self.page_site_layout.addWidget(self.road, 8, 1, 1, 1)

        self.district_caption = QLabel(self.page_site)
        self.district_caption.setObjectName(u"district_caption")

        self.page_site_layout.addWidget(self.district_caption, 9, 0, 1, 1)

        self.district_display = QLabel(self.page_site)
        self.district_display.setObjectName(u"district_display")

        self.page_site_layout.addWidget(self.district_display, 9, 1, 1, 1)

        self.site_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_site_layout.addItem(self.site_spacer, 10, 1, 1, 1)

        self.steps.addWidget(self.page_site)
        self.page_products = QWidget()
        self.page_products.setObjectName(u"page_products")
        self.page_products_layout = QVBoxLayout(self.page_products)
        self.page_products_layout.setObjectName(u"page_products_layout")
        self.products_split = QHBoxLayout()
        self.products_split.setObjectName(u"products_split")
        self.product_list_layout = QVBoxLayout()
        self.product_list_layout.setObjectName(u"product_list_layout")
        self.product_list = QListWidget(self.page_products)
        self.product_list.setObjectName(u"product_list")
        self.product_list.setMaximumSize(QSize(260, 16777215))

        self.product_list_layout.addWidget(self.product_list)

        self.product_buttons_layout = QHBoxLayout()
        self.product_buttons_layout.setObjectName(u"product_buttons_layout")
        self.add_product_button = QPushButton(self.page_products)
        self.add_product_button.setObjectName(u"add_product_button")

        self.product_buttons_layout.addWidget(self.add_product_button)

        self.remove_product_button = QPushButton(self.page_products)
        self.remove_product_button.setObjectName(u"remove_product_button")

        self.product_buttons_layout.addWidget(self.remove_product_button)


        self.product_list_layout.addLayout(self.product_buttons_layout)


        self.products_split.addLayout(self.product_list_layout)

        self.product_detail_layout = QGridLayout()
        self.product_detail_layout.setObjectName(u"product_detail_layout")
        self.product_name_label = QLabel(self.page_products)
        self.product_name_label.setObjectName(u"product_name_label")

        self.product_detail_layout.addWidget(self.product_name_label, 0, 0, 1, 1)

        self.product_name = QLineEdit(self.page_products)
        self.product_name.setObjectName(u"product_name")

        self.product_detail_layout.addWidget(self.product_name, 0, 1, 1, 1)

        self.err_product_name = QLabel(self.page_products)
        self.err_product_name.setObjectName(u"err_product_name")
        self.err_product_name.setWordWrap(True)

        self.product_detail_layout.addWidget(self.err_product_name, 1, 1, 1, 1)

        self.product_category_label = QLabel(self.page_products)
        self.product_category_label.setObjectName(u"product_category_label")

        self.product_detail_layout.addWidget(self.product_category_label, 2, 0, 1, 1)

        self.product_category = QComboBox(self.page_products)
        self.product_category.setObjectName(u"product_category")

        self.product_detail_layout.addWidget(self.product_category, 2, 1, 1, 1)

        self.err_product_category = QLabel(self.page_products)
        self.err_product_category.setObjectName(u"err_product_category")
        self.err_product_category.setWordWrap(True)

        self.product_detail_layout.addWidget(self.err_product_category, 3, 1, 1, 1)

        self.product_sub_category_label = QLabel(self.page_products)
        self.product_sub_category_label.setObjectName(u"product_sub_category_label")

        self.product_detail_layout.addWidget(self.product_sub_category_label, 4, 0, 1, 1)

        self.product_sub_category = QComboBox(self.page_products)
        self.product_sub_category.setObjectName(u"product_sub_category")
        self.product_sub_category.setEditable(True)

        self.product_detail_layout.addWidget(self.product_sub_category, 4, 1, 1, 1)

        self.product_brand_label = QLabel(self.page_products)
        self.product_brand_label.setObjectName(u"product_brand_label")

        self.product_detail_layout.addWidget(self.product_brand_label, 5, 0, 1, 1)

        self.product_brand = QLineEdit(self.page_products)
        self.product_brand.setObjectName(u"product_brand")

        self.product_detail_layout.addWidget(self.product_brand, 5, 1, 1, 1)

        self.standards_label = QLabel(self.page_products)
        self.standards_label.setObjectName(u"standards_label")

        self.product_detail_layout.addWidget(self.standards_label, 6, 0, 1, 1)

        self.standards_box = QWidget(self.page_products)
        self.standards_box.setObjectName(u"standards_box")

        self.product_detail_layout.addWidget(self.standards_box, 6, 1, 1, 1)

        self.unit_price_label = QLabel(self.page_products)
        self.unit_price_label.setObjectName(u"unit_price_label")

        self.product_detail_layout.addWidget(self.unit_price_label, 7, 0, 1, 1)

        self.unit_price = QDoubleSpinBox(self.page_products)
        self.unit_price.setObjectName(u"unit_price")
        self.unit_price.setMaximum(10000000.000000000000000)

        self.product_detail_layout.addWidget(self.unit_price, 7, 1, 1, 1)

        self.annual_sales_label = QLabel(self.page_products)
        self.annual_sales_label.setObjectName(u"annual_sales_label")

        self.product_detail_layout.addWidget(self.annual_sales_label, 8, 0, 1, 1)

        self.annual_sales = QDoubleSpinBox(self.page_products)
        self.annual_sales.setObjectName(u"annual_sales")
        self.annual_sales.setMaximum(1000000000.000000000000000)

        self.product_detail_layout.addWidget(self.annual_sales, 8, 1, 1, 1)

        self.product_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.product_detail_layout.addItem(self.product_spacer, 9, 1, 1, 1)


        self.products_split.addLayout(self.product_detail_layout)


        self.page_products_layout.addLayout(self.products_split)

        self.err_products = QLabel(self.page_products)
        self.err_products.setObjectName(u"err_products")
        self.err_products.setWordWrap(True)

        self.page_products_layout.addWidget(self.err_products)

        self.steps.addWidget(self.page_products)
        self.page_receipt = QWidget()
        self.page_receipt.setObjectName(u"page_receipt")
        self.page_receipt_layout = QGridLayout(self.page_receipt)
        self.page_receipt_layout.setObjectName(u"page_receipt_layout")
        self.received_on_label = QLabel(self.page_receipt)
        self.received_on_label.setObjectName(u"received_on_label")

        self.page_receipt_layout.addWidget(self.received_on_label, 0, 0, 1, 1)

        self.received_on = BeDateEdit(self.page_receipt)
        self.received_on.setObjectName(u"received_on")

        self.page_receipt_layout.addWidget(self.received_on, 0, 1, 1, 1)

        self.err_received_on = QLabel(self.page_receipt)
        self.err_received_on.setObjectName(u"err_received_on")
        self.err_received_on.setWordWrap(True)

        self.page_receipt_layout.addWidget(self.err_received_on, 1, 1, 1, 1)

        self.officer_label = QLabel(self.page_receipt)
        self.officer_label.setObjectName(u"officer_label")

        self.page_receipt_layout.addWidget(self.officer_label, 2, 0, 1, 1)

        self.officer_layout = QHBoxLayout()
        self.officer_layout.setObjectName(u"officer_layout")
        self.officer_name = QLineEdit(self.page_receipt)
        self.officer_name.setObjectName(u"officer_name")

        self.officer_layout.addWidget(self.officer_name)

        self.officer_position = QLineEdit(self.page_receipt)
        self.officer_position.setObjectName(u"officer_position")

        self.officer_layout.addWidget(self.officer_position)


        self.page_receipt_layout.addLayout(self.officer_layout, 2, 1, 1, 1)

        self.documents_label = QLabel(self.page_receipt)
        self.documents_label.setObjectName(u"documents_label")

        self.page_receipt_layout.addWidget(self.documents_label, 3, 0, 1, 1)

        self.documents_box = QWidget(self.page_receipt)
        self.documents_box.setObjectName(u"documents_box")

        self.page_receipt_layout.addWidget(self.documents_box, 3, 1, 1, 1)

        self.missing_documents = QLabel(self.page_receipt)
        self.missing_documents.setObjectName(u"missing_documents")
        self.missing_documents.setWordWrap(True)

        self.page_receipt_layout.addWidget(self.missing_documents, 4, 1, 1, 1)

        self.links_label = QLabel(self.page_receipt)
        self.links_label.setObjectName(u"links_label")

        self.page_receipt_layout.addWidget(self.links_label, 5, 0, 1, 1)

        self.community_links_box = QWidget(self.page_receipt)
        self.community_links_box.setObjectName(u"community_links_box")

        self.page_receipt_layout.addWidget(self.community_links_box, 5, 1, 1, 1)

        self.err_community_links = QLabel(self.page_receipt)
        self.err_community_links.setObjectName(u"err_community_links")
        self.err_community_links.setWordWrap(True)

        self.page_receipt_layout.addWidget(self.err_community_links, 6, 1, 1, 1)

        self.proxy_label = QLabel(self.page_receipt)
        self.proxy_label.setObjectName(u"proxy_label")

        self.page_receipt_layout.addWidget(self.proxy_label, 7, 0, 1, 1)

        self.proxy_layout = QHBoxLayout()
        self.proxy_layout.setObjectName(u"proxy_layout")
        self.proxy_name = QLineEdit(self.page_receipt)
        self.proxy_name.setObjectName(u"proxy_name")

        self.proxy_layout.addWidget(self.proxy_name)

        self.has_power_of_attorney = QCheckBox(self.page_receipt)
        self.has_power_of_attorney.setObjectName(u"has_power_of_attorney")

        self.proxy_layout.addWidget(self.has_power_of_attorney)


        self.page_receipt_layout.addLayout(self.proxy_layout, 7, 1, 1, 1)

        self.err_proxy_name = QLabel(self.page_receipt)
        self.err_proxy_name.setObjectName(u"err_proxy_name")
        self.err_proxy_name.setWordWrap(True)

        self.page_receipt_layout.addWidget(self.err_proxy_name, 8, 1, 1, 1)

        self.status_label = QLabel(self.page_receipt)
        self.status_label.setObjectName(u"status_label")

        self.page_receipt_layout.addWidget(self.status_label, 9, 0, 1, 1)

        self.status = QComboBox(self.page_receipt)
        self.status.setObjectName(u"status")

        self.page_receipt_layout.addWidget(self.status, 9, 1, 1, 1)

        self.notes_label = QLabel(self.page_receipt)
        self.notes_label.setObjectName(u"notes_label")

        self.page_receipt_layout.addWidget(self.notes_label, 10, 0, 1, 1)

        self.notes = QPlainTextEdit(self.page_receipt)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 90))

        self.page_receipt_layout.addWidget(self.notes, 10, 1, 1, 1)

        self.receipt_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_receipt_layout.addItem(self.receipt_spacer, 11, 1, 1, 1)

        self.steps.addWidget(self.page_receipt)

        self.body_layout.addWidget(self.steps)


        self.form_layout.addLayout(self.body_layout)

        self.footer_layout = QHBoxLayout()
        self.footer_layout.setObjectName(u"footer_layout")
        self.missing_label = QLabel(RegistrationForm)
        self.missing_label.setObjectName(u"missing_label")
        self.missing_label.setWordWrap(True)

        self.footer_layout.addWidget(self.missing_label)

        self.cancel_button = QPushButton(RegistrationForm)
        self.cancel_button.setObjectName(u"cancel_button")

        self.footer_layout.addWidget(self.cancel_button)

        self.back_button = QPushButton(RegistrationForm)
        self.back_button.setObjectName(u"back_button")

        self.footer_layout.addWidget(self.back_button)

        self.next_button = QPushButton(RegistrationForm)
        self.next_button.setObjectName(u"next_button")

        self.footer_layout.addWidget(self.next_button)

        self.save_button = QPushButton(RegistrationForm)
        self.save_button.setObjectName(u"save_button")

        self.footer_layout.addWidget(self.save_button)

        self.footer_layout.setStretch(0, 1)

        self.form_layout.addLayout(self.footer_layout)

#if QT_CONFIG(shortcut)
        self.producer_name_label.setBuddy(self.producer_name)
        self.national_id_label.setBuddy(self.national_id)
        self.juristic_no_label.setBuddy(self.juristic_no)
        self.member_count_label.setBuddy(self.member_count)
        self.community_enterprise_code_label.setBuddy(self.community_enterprise_code)
        self.phone_label.setBuddy(self.phone)
        self.year_started_label.setBuddy(self.year_started)
        self.tambon_label.setBuddy(self.tambon)
        self.postal_code_label.setBuddy(self.postal_code)
        self.house_no_label.setBuddy(self.house_no)
        self.moo_label.setBuddy(self.moo)
        self.village_label.setBuddy(self.village)
        self.road_label.setBuddy(self.road)
        self.product_name_label.setBuddy(self.product_name)
        self.product_category_label.setBuddy(self.product_category)
        self.product_sub_category_label.setBuddy(self.product_sub_category)
        self.product_brand_label.setBuddy(self.product_brand)
        self.unit_price_label.setBuddy(self.unit_price)
        self.annual_sales_label.setBuddy(self.annual_sales)
        self.received_on_label.setBuddy(self.received_on)
        self.status_label.setBuddy(self.status)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.type_group, self.type_single)
        QWidget.setTabOrder(self.type_single, self.type_sme)
        QWidget.setTabOrder(self.type_sme, self.producer_name)
        QWidget.setTabOrder(self.producer_name, self.contact_prefix)
        QWidget.setTabOrder(self.contact_prefix, self.contact_first_name)
        QWidget.setTabOrder(self.contact_first_name, self.contact_last_name)
        QWidget.setTabOrder(self.contact_last_name, self.national_id)
        QWidget.setTabOrder(self.national_id, self.juristic_no)
        QWidget.setTabOrder(self.juristic_no, self.member_count)
        QWidget.setTabOrder(self.member_count, self.community_enterprise_code)
        QWidget.setTabOrder(self.community_enterprise_code, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.line_id)
        QWidget.setTabOrder(self.line_id, self.year_started)
        QWidget.setTabOrder(self.year_started, self.tambon)
        QWidget.setTabOrder(self.tambon, self.postal_code)
        QWidget.setTabOrder(self.postal_code, self.house_no)
        QWidget.setTabOrder(self.house_no, self.moo)
        QWidget.setTabOrder(self.moo, self.village)
        QWidget.setTabOrder(self.village, self.road)
        QWidget.setTabOrder(self.road, self.product_list)
        QWidget.setTabOrder(self.product_list, self.add_product_button)
        QWidget.setTabOrder(self.add_product_button, self.remove_product_button)
        QWidget.setTabOrder(self.remove_product_button, self.product_name)
        QWidget.setTabOrder(self.product_name, self.product_category)
        QWidget.setTabOrder(self.product_category, self.product_sub_category)
        QWidget.setTabOrder(self.product_sub_category, self.product_brand)
        QWidget.setTabOrder(self.product_brand, self.standards_box)
        QWidget.setTabOrder(self.standards_box, self.unit_price)
        QWidget.setTabOrder(self.unit_price, self.annual_sales)
        QWidget.setTabOrder(self.annual_sales, self.received_on)
        QWidget.setTabOrder(self.received_on, self.officer_name)
        QWidget.setTabOrder(self.officer_name, self.officer_position)
        QWidget.setTabOrder(self.officer_position, self.documents_box)
        QWidget.setTabOrder(self.documents_box, self.community_links_box)
        QWidget.setTabOrder(self.community_links_box, self.proxy_name)
        QWidget.setTabOrder(self.proxy_name, self.has_power_of_attorney)
        QWidget.setTabOrder(self.has_power_of_attorney, self.status)
        QWidget.setTabOrder(self.status, self.notes)
        QWidget.setTabOrder(self.notes, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.save_button)

        self.retranslateUi(RegistrationForm)
    # setupUi

    def retranslateUi(self, RegistrationForm):
        self.title_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e25\u0e07\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19\u0e1c\u0e39\u0e49\u0e1c\u0e25\u0e34\u0e15 \u0e1c\u0e39\u0e49\u0e1b\u0e23\u0e30\u0e01\u0e2d\u0e1a\u0e01\u0e32\u0e23 OTOP", None))
        self.card_status.setText("")
#if QT_CONFIG(tooltip)
        self.read_card_button.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u0e2d\u0e48\u0e32\u0e19\u0e04\u0e33\u0e19\u0e33\u0e2b\u0e19\u0e49\u0e32 \u0e0a\u0e37\u0e48\u0e2d-\u0e2a\u0e01\u0e38\u0e25 \u0e40\u0e25\u0e02\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e15\u0e31\u0e27\u0e1b\u0e23\u0e30\u0e0a\u0e32\u0e0a\u0e19 \u0e41\u0e25\u0e30\u0e17\u0e35\u0e48\u0e2d\u0e22\u0e39\u0e48 \u0e08\u0e32\u0e01\u0e1a\u0e31\u0e15\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e32\u0e0a\u0e19\u0e43\u0e19\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07\u0e2d\u0e48\u0e32\u0e19\u0e1a\u0e31\u0e15\u0e23", None))
#endif // QT_CONFIG(tooltip)
        self.read_card_button.setText(QCoreApplication.translate("RegistrationForm", u"\u0e2d\u0e48\u0e32\u0e19\u0e1a\u0e31\u0e15\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e32\u0e0a\u0e19 (Ctrl+R)", None))
        self.duplicate_label.setText("")
        self.open_duplicate_button.setText(QCoreApplication.translate("RegistrationForm", u"\u0e40\u0e1b\u0e34\u0e14\u0e23\u0e32\u0e22\u0e01\u0e32\u0e23\u0e40\u0e14\u0e34\u0e21", None))
        self.type_heading.setText(QCoreApplication.translate("RegistrationForm", u"\u0e1c\u0e39\u0e49\u0e21\u0e32\u0e25\u0e07\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19\u0e40\u0e1b\u0e47\u0e19\u0e1c\u0e39\u0e49\u0e1c\u0e25\u0e34\u0e15\u0e1b\u0e23\u0e30\u0e40\u0e20\u0e17\u0e43\u0e14 (\u0e01\u0e14 1, 2 \u0e2b\u0e23\u0e37\u0e2d 3)", None))
        self.type_group.setText(QCoreApplication.translate("RegistrationForm", u"&1  \u0e01\u0e25\u0e38\u0e48\u0e21\u0e1c\u0e39\u0e49\u0e1c\u0e25\u0e34\u0e15\u0e0a\u0e38\u0e21\u0e0a\u0e19", None))
        self.type_group_help.setText(QCoreApplication.translate("RegistrationForm", u"\u0e01\u0e25\u0e38\u0e48\u0e21\u0e41\u0e21\u0e48\u0e1a\u0e49\u0e32\u0e19 \u0e01\u0e25\u0e38\u0e48\u0e21\u0e40\u0e22\u0e32\u0e27\u0e0a\u0e19 \u0e2b\u0e23\u0e37\u0e2d\u0e27\u0e34\u0e2a\u0e32\u0e2b\u0e01\u0e34\u0e08\u0e0a\u0e38\u0e21\u0e0a\u0e19 \u0e17\u0e35\u0e48\u0e23\u0e48\u0e27\u0e21\u0e01\u0e31\u0e19\u0e1c\u0e25\u0e34\u0e15 \u2014 \u0e15\u0e49\u0e2d\u0e07\u0e23\u0e30\u0e1a\u0e38\u0e08\u0e33\u0e19\u0e27\u0e19\u0e2a\u0e21\u0e32\u0e0a\u0e34\u0e01", None))
        self.type_single.setText(QCoreApplication.translate("RegistrationForm", u"&2  \u0e1c\u0e39\u0e49\u0e1c\u0e25\u0e34\u0e15\u0e0a\u0e38\u0e21\u0e0a\u0e19\u0e17\u0e35\u0e48\u0e40\u0e1b\u0e47\u0e19\u0e40\u0e08\u0e49\u0e32\u0e02\u0e2d\u0e07\u0e23\u0e32\u0e22\u0e40\u0e14\u0e35\u0e22\u0e27", None))
        self.type_single_help.setText(QCoreApplication.translate("RegistrationForm", u"\u0e1a\u0e38\u0e04\u0e04\u0e25\u0e43\u0e19\u0e0a\u0e38\u0e21\u0e0a\u0e19\u0e17\u0e35\u0e48\u0e1c\u0e25\u0e34\u0e15\u0e40\u0e2d\u0e07\u0e42\u0e14\u0e22\u0e44\u0e21\u0e48\u0e44\u0e14\u0e49\u0e23\u0e27\u0e21\u0e01\u0e25\u0e38\u0e48\u0e21", None))
        self.type_sme.setText(QCoreApplication.translate("RegistrationForm", u"&3  \u0e1c\u0e39\u0e49\u0e1c\u0e25\u0e34\u0e15\u0e17\u0e35\u0e48\u0e40\u0e1b\u0e47\u0e19\u0e27\u0e34\u0e2a\u0e32\u0e2b\u0e01\u0e34\u0e08\u0e02\u0e19\u0e32\u0e14\u0e01\u0e25\u0e32\u0e07\u0e41\u0e25\u0e30\u0e02\u0e19\u0e32\u0e14\u0e22\u0e48\u0e2d\u0e21", None))
        self.type_sme_help.setText(QCoreApplication.translate("RegistrationForm", u"\u0e19\u0e34\u0e15\u0e34\u0e1a\u0e38\u0e04\u0e04\u0e25 \u0e40\u0e0a\u0e48\u0e19 \u0e2b\u0e49\u0e32\u0e07\u0e2b\u0e38\u0e49\u0e19\u0e2a\u0e48\u0e27\u0e19 \u0e2b\u0e23\u0e37\u0e2d\u0e1a\u0e23\u0e34\u0e29\u0e31\u0e17 \u2014 \u0e15\u0e49\u0e2d\u0e07\u0e21\u0e35\u0e40\u0e25\u0e02\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19\u0e19\u0e34\u0e15\u0e34\u0e1a\u0e38\u0e04\u0e04\u0e25", None))
        self.err_producer_type.setText("")
        self.producer_name_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e0a\u0e37\u0e48\u0e2d\u0e1c\u0e39\u0e49\u0e1c\u0e25\u0e34\u0e15 *", None))
        self.producer_name.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u0e0a\u0e37\u0e48\u0e2d\u0e01\u0e25\u0e38\u0e48\u0e21 \u0e0a\u0e37\u0e48\u0e2d\u0e01\u0e34\u0e08\u0e01\u0e32\u0e23 \u0e2b\u0e23\u0e37\u0e2d\u0e0a\u0e37\u0e48\u0e2d\u0e1a\u0e38\u0e04\u0e04\u0e25", None))
        self.err_producer_name.setText("")
        self.contact_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e1c\u0e39\u0e49\u0e15\u0e34\u0e14\u0e15\u0e48\u0e2d *", None))
        self.contact_first_name.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u0e0a\u0e37\u0e48\u0e2d", None))
        self.contact_last_name.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u0e19\u0e32\u0e21\u0e2a\u0e01\u0e38\u0e25", None))
        self.err_contact.setText("")
        self.national_id_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e40\u0e25\u0e02\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e15\u0e31\u0e27\u0e1b\u0e23\u0e30\u0e0a\u0e32\u0e0a\u0e19 *", None))
        self.national_id.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"x-xxxx-xxxxx-xx-x", None))
        self.err_national_id.setText("")
        self.juristic_no_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e40\u0e25\u0e02\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19\u0e19\u0e34\u0e15\u0e34\u0e1a\u0e38\u0e04\u0e04\u0e25", None))
        self.juristic_no.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"0-xxxx-xxxxx-xx-x", None))
        self.err_juristic_no.setText("")
        self.member_count_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e08\u0e33\u0e19\u0e27\u0e19\u0e2a\u0e21\u0e32\u0e0a\u0e34\u0e01 *", None))
        self.member_count.setSpecialValueText(QCoreApplication.translate("RegistrationForm", u"\u2014", None))
        self.member_count.setSuffix(QCoreApplication.translate("RegistrationForm", u" \u0e04\u0e19", None))
        self.err_member_count.setText("")
        self.community_enterprise_code_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e23\u0e2b\u0e31\u0e2a\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19\u0e27\u0e34\u0e2a\u0e32\u0e2b\u0e01\u0e34\u0e08\u0e0a\u0e38\u0e21\u0e0a\u0e19", None))
        self.community_enterprise_code.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u0e16\u0e49\u0e32\u0e21\u0e35", None))
        self.err_community_enterprise_code.setText("")
        self.phone_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e42\u0e17\u0e23\u0e28\u0e31\u0e1e\u0e17\u0e4c", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"08x-xxx-xxxx", None))
        self.err_phone.setText("")
        self.email_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e2d\u0e35\u0e40\u0e21\u0e25 / LINE ID", None))
        self.email.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"name@example.com", None))
        self.line_id.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"LINE ID", None))
        self.err_email.setText("")
        self.year_started_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e1b\u0e35\u0e17\u0e35\u0e48\u0e40\u0e23\u0e34\u0e48\u0e21\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23 (\u0e1e.\u0e28.)", None))
        self.year_started.setSpecialValueText(QCoreApplication.translate("RegistrationForm", u"\u2014", None))
        self.err_year_started.setText("")
        self.tambon_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e15\u0e33\u0e1a\u0e25 *", None))
        self.err_tambon.setText("")
        self.tambon_state.setText("")
        self.postal_code_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e23\u0e2b\u0e31\u0e2a\u0e44\u0e1b\u0e23\u0e29\u0e13\u0e35\u0e22\u0e4c", None))
        self.err_postal_code.setText("")
        self.house_no_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e1a\u0e49\u0e32\u0e19\u0e40\u0e25\u0e02\u0e17\u0e35\u0e48", None))
        self.moo_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e2b\u0e21\u0e39\u0e48\u0e17\u0e35\u0e48", None))
        self.village_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e0a\u0e37\u0e48\u0e2d\u0e2b\u0e21\u0e39\u0e48\u0e1a\u0e49\u0e32\u0e19", None))
        self.road_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e0b\u0e2d\u0e22 / \u0e16\u0e19\u0e19", None))
        self.district_caption.setText(QCoreApplication.translate("RegistrationForm", u"\u0e2d\u0e33\u0e40\u0e20\u0e2d / \u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14", None))
        self.district_display.setText("")
        self.add_product_button.setText(QCoreApplication.translate("RegistrationForm", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e1c\u0e25\u0e34\u0e15\u0e20\u0e31\u0e13\u0e11\u0e4c", None))
        self.remove_product_button.setText(QCoreApplication.translate("RegistrationForm", u"\u0e25\u0e1a", None))
        self.product_name_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e0a\u0e37\u0e48\u0e2d\u0e1c\u0e25\u0e34\u0e15\u0e20\u0e31\u0e13\u0e11\u0e4c *", None))
        self.product_name.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u0e40\u0e0a\u0e48\u0e19 \u0e01\u0e25\u0e49\u0e27\u0e22\u0e15\u0e32\u0e01", None))
        self.err_product_name.setText("")
        self.product_category_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e1b\u0e23\u0e30\u0e40\u0e20\u0e17\u0e1c\u0e25\u0e34\u0e15\u0e20\u0e31\u0e13\u0e11\u0e4c *", None))
        self.err_product_category.setText("")
        self.product_sub_category_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e1b\u0e23\u0e30\u0e40\u0e20\u0e17\u0e22\u0e48\u0e2d\u0e22", None))
        self.product_brand_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e15\u0e23\u0e32\u0e2a\u0e34\u0e19\u0e04\u0e49\u0e32", None))
        self.standards_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e21\u0e32\u0e15\u0e23\u0e10\u0e32\u0e19\u0e17\u0e35\u0e48\u0e44\u0e14\u0e49\u0e23\u0e31\u0e1a (\u0e41\u0e25\u0e30\u0e40\u0e25\u0e02\u0e17\u0e35\u0e48)", None))
        self.unit_price_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e23\u0e32\u0e04\u0e32\u0e15\u0e48\u0e2d\u0e2b\u0e19\u0e48\u0e27\u0e22 (\u0e1a\u0e32\u0e17)", None))
        self.unit_price.setSpecialValueText(QCoreApplication.translate("RegistrationForm", u"\u2014", None))
        self.annual_sales_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e22\u0e2d\u0e14\u0e02\u0e32\u0e22\u0e15\u0e48\u0e2d\u0e1b\u0e35 (\u0e1a\u0e32\u0e17)", None))
        self.annual_sales.setSpecialValueText(QCoreApplication.translate("RegistrationForm", u"\u2014", None))
        self.err_products.setText("")
        self.received_on_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48\u0e23\u0e31\u0e1a\u0e25\u0e07\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19 *", None))
        self.err_received_on.setText("")
        self.officer_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e40\u0e08\u0e49\u0e32\u0e2b\u0e19\u0e49\u0e32\u0e17\u0e35\u0e48\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a", None))
        self.officer_name.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u0e0a\u0e37\u0e48\u0e2d-\u0e2a\u0e01\u0e38\u0e25 \u0e40\u0e08\u0e49\u0e32\u0e2b\u0e19\u0e49\u0e32\u0e17\u0e35\u0e48", None))
        self.officer_position.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07", None))
        self.documents_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23\u0e17\u0e35\u0e48\u0e44\u0e14\u0e49\u0e23\u0e31\u0e1a", None))
        self.missing_documents.setText("")
        self.links_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e04\u0e27\u0e32\u0e21\u0e40\u0e0a\u0e37\u0e48\u0e2d\u0e21\u0e42\u0e22\u0e07\u0e01\u0e31\u0e1a\u0e0a\u0e38\u0e21\u0e0a\u0e19", None))
        self.err_community_links.setText("")
        self.proxy_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e1c\u0e39\u0e49\u0e21\u0e32\u0e25\u0e07\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19\u0e41\u0e17\u0e19", None))
        self.proxy_name.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u0e0a\u0e37\u0e48\u0e2d\u0e1c\u0e39\u0e49\u0e21\u0e32\u0e25\u0e07\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19\u0e41\u0e17\u0e19", None))
        self.has_power_of_attorney.setText(QCoreApplication.translate("RegistrationForm", u"\u0e21\u0e35\u0e2b\u0e19\u0e31\u0e07\u0e2a\u0e37\u0e2d\u0e21\u0e2d\u0e1a\u0e2d\u0e33\u0e19\u0e32\u0e08", None))
        self.err_proxy_name.setText("")
        self.status_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e2a\u0e16\u0e32\u0e19\u0e30", None))
        self.notes_label.setText(QCoreApplication.translate("RegistrationForm", u"\u0e2b\u0e21\u0e32\u0e22\u0e40\u0e2b\u0e15\u0e38", None))
        self.missing_label.setText("")
        self.cancel_button.setText(QCoreApplication.translate("RegistrationForm", u"\u0e22\u0e01\u0e40\u0e25\u0e34\u0e01", None))
        self.back_button.setText(QCoreApplication.translate("RegistrationForm", u"\u2039 \u0e22\u0e49\u0e2d\u0e19\u0e01\u0e25\u0e31\u0e1a (PgUp)", None))
        self.next_button.setText(QCoreApplication.translate("RegistrationForm", u"\u0e16\u0e31\u0e14\u0e44\u0e1b \u203a (PgDn)", None))
        self.save_button.setText(QCoreApplication.translate("RegistrationForm", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01 (Ctrl+S)", None))
        pass
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

class Ui_AdminPage(object):
    def setupUi(self, AdminPage):
        if not AdminPage.objectName():
            AdminPage.setObjectName(u"AdminPage")
        AdminPage.resize(1200, 700)
        self.pageLayout = QVBoxLayout(AdminPage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 8, 12, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(10)
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AdminPage)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setText(u"")

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLabel = QLabel(AdminPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18px; font-weight: 600;")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.userLabel = QLabel(AdminPage)
        self.userLabel.setObjectName(u"userLabel")
        self.userLabel.setText(u"")

        self.headerLayout.addWidget(self.userLabel)


        self.pageLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(AdminPage)
        self.tabs.setObjectName(u"tabs")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(AdminPage)

        QMetaObject.connectSlotsByName(AdminPage)
    # setupUi

    def retranslateUi(self, AdminPage):
        self.titleLabel.setText(QCoreApplication.translate("AdminPage", u"\u7cfb\u7edf\u7ba1\u7406", None))
        pass
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_page.ui'
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

class Ui_PartsPage(object):
    def setupUi(self, PartsPage):
        if not PartsPage.objectName():
            PartsPage.setObjectName(u"PartsPage")
        PartsPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(PartsPage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(10, 8, 10, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(PartsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.figuresLabel = QLabel(PartsPage)
        self.figuresLabel.setObjectName(u"figuresLabel")
        self.figuresLabel.setStyleSheet(u"color: #444444;")
        self.figuresLabel.setText(u"")

        self.headerLayout.addWidget(self.figuresLabel)


        self.pageLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(PartsPage)
        self.tabs.setObjectName(u"tabs")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(PartsPage)

        QMetaObject.connectSlotsByName(PartsPage)
    # setupUi

    def retranslateUi(self, PartsPage):
        self.titleLabel.setText(QCoreApplication.translate("PartsPage", u"\u5907\u4ef6\u4ed3\u5e93", None))
        pass
    # retranslateUi


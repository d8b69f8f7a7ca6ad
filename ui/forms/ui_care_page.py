# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_page.ui'
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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

from ui.kit.header import StationHeader

class Ui_CarePage(object):
    def setupUi(self, CarePage):
        if not CarePage.objectName():
            CarePage.setObjectName(u"CarePage")
        CarePage.resize(1200, 700)
        self.pageLayout = QVBoxLayout(CarePage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 8, 12, 8)
        self.header = StationHeader(CarePage)
        self.header.setObjectName(u"header")

        self.pageLayout.addWidget(self.header)

        self.tabs = QTabWidget(CarePage)
        self.tabs.setObjectName(u"tabs")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(CarePage)

        QMetaObject.connectSlotsByName(CarePage)
    # setupUi

    def retranslateUi(self, CarePage):
        pass
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'station_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_StationPage(object):
    def setupUi(self, StationPage):
        if not StationPage.objectName():
            StationPage.setObjectName(u"StationPage")
        StationPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(StationPage)
        self.pageLayout.setSpacing(14)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(32, 24, 32, 24)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(14)
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(StationPage)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(56, 56))
        self.iconLabel.setText(u"")

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(4)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(StationPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"\u5de5\u4f5c\u7ad9")
        font = QFont()
        font.setPointSize(20)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.titleLayout.addWidget(self.titleLabel)

        self.userLabel = QLabel(StationPage)
        self.userLabel.setObjectName(u"userLabel")
        self.userLabel.setText(u"")
        self.userLabel.setStyleSheet(u"color: #555555;")

        self.titleLayout.addWidget(self.userLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.pageLayout.addLayout(self.headerLayout)

        self.headerLine = QFrame(StationPage)
        self.headerLine.setObjectName(u"headerLine")
        self.headerLine.setFrameShape(QFrame.Shape.HLine)
        self.headerLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.pageLayout.addWidget(self.headerLine)

        self.summaryLabel = QLabel(StationPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        font1 = QFont()
        font1.setPointSize(11)
        self.summaryLabel.setFont(font1)
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.comingBox = QGroupBox(StationPage)
        self.comingBox.setObjectName(u"comingBox")
        self.comingBox.setMaximumSize(QSize(760, 16777215))
        self.comingLayout = QVBoxLayout(self.comingBox)
        self.comingLayout.setObjectName(u"comingLayout")
        self.comingLayout.setContentsMargins(18, 14, 18, 14)
        self.featuresLabel = QLabel(self.comingBox)
        self.featuresLabel.setObjectName(u"featuresLabel")
        self.featuresLabel.setText(u"")
        self.featuresLabel.setFont(font1)
        self.featuresLabel.setWordWrap(True)
        self.featuresLabel.setTextFormat(Qt.TextFormat.RichText)

        self.comingLayout.addWidget(self.featuresLabel)


        self.pageLayout.addWidget(self.comingBox)

        self.noteLabel = QLabel(StationPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(u"color: #888888;")

        self.pageLayout.addWidget(self.noteLabel)

        self.pageSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)


        self.retranslateUi(StationPage)

        QMetaObject.connectSlotsByName(StationPage)
    # setupUi

    def retranslateUi(self, StationPage):
        self.comingBox.setTitle(QCoreApplication.translate("StationPage", u"\u672c\u5de5\u4f5c\u7ad9\u5c06\u5728\u540e\u7eed\u7248\u672c\u63d0\u4f9b\uff1a", None))
        self.noteLabel.setText(QCoreApplication.translate("StationPage", u"\u8fd9\u662f\u9884\u89c8\u7248\uff1a\u7a97\u53e3\u548c\u83dc\u5355\u5df2\u53ef\u4f7f\u7528\uff0c\u5404\u9879\u4e1a\u52a1\u529f\u80fd\u5c06\u9010\u6b65\u52a0\u5165\u3002", None))
        pass
    # retranslateUi


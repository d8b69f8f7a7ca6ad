# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_wall.ui'
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
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_WallBoard(object):
    def setupUi(self, WallBoard):
        if not WallBoard.objectName():
            WallBoard.setObjectName(u"WallBoard")
        WallBoard.resize(1366, 768)
        WallBoard.setStyleSheet(u"QWidget#WallBoard { background: #10161f; } QLabel { color: #e8edf3; }")
        self.wallLayout = QVBoxLayout(WallBoard)
        self.wallLayout.setSpacing(10)
        self.wallLayout.setObjectName(u"wallLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(WallBoard)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(26)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.pageLabel = QLabel(WallBoard)
        self.pageLabel.setObjectName(u"pageLabel")
        font1 = QFont()
        font1.setPointSize(18)
        self.pageLabel.setFont(font1)

        self.headerLayout.addWidget(self.pageLabel)

        self.clockLabel = QLabel(WallBoard)
        self.clockLabel.setObjectName(u"clockLabel")
        self.clockLabel.setFont(font)

        self.headerLayout.addWidget(self.clockLabel)


        self.wallLayout.addLayout(self.headerLayout)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(10)
        self.columnsLayout.setObjectName(u"columnsLayout")

        self.wallLayout.addLayout(self.columnsLayout)

        self.footerLabel = QLabel(WallBoard)
        self.footerLabel.setObjectName(u"footerLabel")
        font2 = QFont()
        font2.setPointSize(14)
        self.footerLabel.setFont(font2)

        self.wallLayout.addWidget(self.footerLabel)


        self.retranslateUi(WallBoard)

        QMetaObject.connectSlotsByName(WallBoard)
    # setupUi

    def retranslateUi(self, WallBoard):
        WallBoard.setWindowTitle(QCoreApplication.translate("WallBoard", u"\u8f66\u95f4\u770b\u677f\uff08\u5927\u5c4f\uff09", None))
        self.titleLabel.setText(QCoreApplication.translate("WallBoard", u"\u8f66\u95f4\u770b\u677f", None))
        self.pageLabel.setText("")
        self.clockLabel.setText("")
        self.footerLabel.setText(QCoreApplication.translate("WallBoard", u"\u7ea2\u8272\uff1a\u5df2\u8d85\u8fc7\u627f\u8bfa\u65f6\u95f4\u3000\u6a59\u8272\uff1a\u5df2\u8fc7\u627f\u8bfa\u65f6\u95f4\u7684 70%\uff0c\u8bf7\u68c0\u67e5\u8fdb\u5ea6\u3000\u6309 Esc \u9000\u51fa\u5927\u5c4f", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_clock.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ClockPanel(object):
    def setupUi(self, ClockPanel):
        if not ClockPanel.objectName():
            ClockPanel.setObjectName(u"ClockPanel")
        ClockPanel.resize(1100, 700)
        ClockPanel.setStyleSheet(u"QListWidget { font-size: 18pt; } QListWidget::item { padding: 8px; }")
        self.panelLayout = QVBoxLayout(ClockPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.titleLabel = QLabel(ClockPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(20)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.panelLayout.addWidget(self.titleLabel)

        self.listsLayout = QHBoxLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.technicianColumn = QVBoxLayout()
        self.technicianColumn.setObjectName(u"technicianColumn")
        self.technicianCaption = QLabel(ClockPanel)
        self.technicianCaption.setObjectName(u"technicianCaption")
        font1 = QFont()
        font1.setPointSize(16)
        font1.setBold(True)
        self.technicianCaption.setFont(font1)

        self.technicianColumn.addWidget(self.technicianCaption)

        self.technicianList = QListWidget(ClockPanel)
        self.technicianList.setObjectName(u"technicianList")

        self.technicianColumn.addWidget(self.technicianList)


        self.listsLayout.addLayout(self.technicianColumn)

        self.lineColumn = QVBoxLayout()
        self.lineColumn.setObjectName(u"lineColumn")
        self.lineCaption = QLabel(ClockPanel)
        self.lineCaption.setObjectName(u"lineCaption")
        self.lineCaption.setFont(font1)

        self.lineColumn.addWidget(self.lineCaption)

        self.lineList = QListWidget(ClockPanel)
        self.lineList.setObjectName(u"lineList")

        self.lineColumn.addWidget(self.lineList)


        self.listsLayout.addLayout(self.lineColumn)


        self.panelLayout.addLayout(self.listsLayout)

        self.statusLabel = QLabel(ClockPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        font2 = QFont()
        font2.setPointSize(16)
        self.statusLabel.setFont(font2)
        self.statusLabel.setStyleSheet(u"color: #1b5e20;")

        self.panelLayout.addWidget(self.statusLabel)

        self.errorLabel = QLabel(ClockPanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setFont(font2)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.panelLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.clockOnButton = QPushButton(ClockPanel)
        self.clockOnButton.setObjectName(u"clockOnButton")
        self.clockOnButton.setMinimumSize(QSize(0, 72))
        font3 = QFont()
        font3.setPointSize(22)
        font3.setBold(True)
        self.clockOnButton.setFont(font3)
        self.clockOnButton.setStyleSheet(u"QPushButton { background: #2e7d32; color: white; border-radius: 6px; } QPushButton:focus { border: 3px solid #0d47a1; }")

        self.buttonsLayout.addWidget(self.clockOnButton)

        self.clockOffButton = QPushButton(ClockPanel)
        self.clockOffButton.setObjectName(u"clockOffButton")
        self.clockOffButton.setMinimumSize(QSize(0, 72))
        self.clockOffButton.setFont(font3)
        self.clockOffButton.setStyleSheet(u"QPushButton { background: #b45309; color: white; border-radius: 6px; } QPushButton:focus { border: 3px solid #0d47a1; }")

        self.buttonsLayout.addWidget(self.clockOffButton)

        self.closeButton = QPushButton(ClockPanel)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setMinimumSize(QSize(160, 72))
        self.closeButton.setFont(font2)

        self.buttonsLayout.addWidget(self.closeButton)


        self.panelLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.technicianList, self.lineList)
        QWidget.setTabOrder(self.lineList, self.clockOnButton)
        QWidget.setTabOrder(self.clockOnButton, self.clockOffButton)
        QWidget.setTabOrder(self.clockOffButton, self.closeButton)

        self.retranslateUi(ClockPanel)

        QMetaObject.connectSlotsByName(ClockPanel)
    # setupUi

    def retranslateUi(self, ClockPanel):
        ClockPanel.setWindowTitle(QCoreApplication.translate("ClockPanel", u"\u6280\u5e08\u6253\u5361\uff08\u8f66\u95f4\u516c\u7528\u7535\u8111\uff09", None))
        self.titleLabel.setText(QCoreApplication.translate("ClockPanel", u"\u6280\u5e08\u6253\u5361\uff1a\u2460 \u9009\u6280\u5e08\u3000\u2461 \u9009\u9879\u76ee\u3000\u2462 \u4e0a\u5de5 / \u4e0b\u5de5", None))
        self.technicianCaption.setText(QCoreApplication.translate("ClockPanel", u"\u2460 \u6280\u5e08", None))
        self.lineCaption.setText(QCoreApplication.translate("ClockPanel", u"\u2461 \u4ed6\u7684\u9879\u76ee\uff08\u672c\u4eba\u53ca\u672c\u73ed\u7ec4\uff09", None))
        self.statusLabel.setText("")
        self.errorLabel.setText("")
        self.clockOnButton.setText(QCoreApplication.translate("ClockPanel", u"\u2462 \u4e0a\u5de5 F8", None))
        self.clockOffButton.setText(QCoreApplication.translate("ClockPanel", u"\u4e0b\u5de5 F9", None))
        self.closeButton.setText(QCoreApplication.translate("ClockPanel", u"\u5173\u95ed Esc", None))
    # retranslateUi


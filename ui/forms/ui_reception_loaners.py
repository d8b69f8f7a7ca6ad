# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_loaners.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReceptionLoanersTab(object):
    def setupUi(self, ReceptionLoanersTab):
        if not ReceptionLoanersTab.objectName():
            ReceptionLoanersTab.setObjectName(u"ReceptionLoanersTab")
        self.loanersLayout = QVBoxLayout(ReceptionLoanersTab)
        self.loanersLayout.setObjectName(u"loanersLayout")
        self.overdueLabel = QLabel(ReceptionLoanersTab)
        self.overdueLabel.setObjectName(u"overdueLabel")
        self.overdueLabel.setText(u"")
        self.overdueLabel.setWordWrap(True)
        self.overdueLabel.setStyleSheet(u"color: #c62828; font-weight: bold;")

        self.loanersLayout.addWidget(self.overdueLabel)

        self.fleetTable = QTableWidget(ReceptionLoanersTab)
        self.fleetTable.setObjectName(u"fleetTable")

        self.loanersLayout.addWidget(self.fleetTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.handOutButton = QPushButton(ReceptionLoanersTab)
        self.handOutButton.setObjectName(u"handOutButton")

        self.buttonsLayout.addWidget(self.handOutButton)

        self.returnButton = QPushButton(ReceptionLoanersTab)
        self.returnButton.setObjectName(u"returnButton")

        self.buttonsLayout.addWidget(self.returnButton)

        self.printButton = QPushButton(ReceptionLoanersTab)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.addCarButton = QPushButton(ReceptionLoanersTab)
        self.addCarButton.setObjectName(u"addCarButton")

        self.buttonsLayout.addWidget(self.addCarButton)

        self.editCarButton = QPushButton(ReceptionLoanersTab)
        self.editCarButton.setObjectName(u"editCarButton")

        self.buttonsLayout.addWidget(self.editCarButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.loanersLayout.addLayout(self.buttonsLayout)

        self.errorLabel = QLabel(ReceptionLoanersTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.loanersLayout.addWidget(self.errorLabel)

        self.loanersLayout.setStretch(1, 1)

        self.retranslateUi(ReceptionLoanersTab)

        QMetaObject.connectSlotsByName(ReceptionLoanersTab)
    # setupUi

    def retranslateUi(self, ReceptionLoanersTab):
        self.handOutButton.setText(QCoreApplication.translate("ReceptionLoanersTab", u"\u501f\u51fa (Ctrl+L)", None))
        self.returnButton.setText(QCoreApplication.translate("ReceptionLoanersTab", u"\u5f52\u8fd8 (Ctrl+R)", None))
        self.printButton.setText(QCoreApplication.translate("ReceptionLoanersTab", u"\u6253\u5370\u4ea4\u63a5\u5355 (Ctrl+P)", None))
        self.addCarButton.setText(QCoreApplication.translate("ReceptionLoanersTab", u"\u65b0\u589e\u4ee3\u6b65\u8f66 (Ctrl+Shift+A)", None))
        self.editCarButton.setText(QCoreApplication.translate("ReceptionLoanersTab", u"\u4fee\u6539 / \u505c\u7528 (Ctrl+Shift+E)", None))
        pass
    # retranslateUi


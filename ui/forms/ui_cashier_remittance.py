# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier_remittance.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGridLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CashierRemittanceDialog(object):
    def setupUi(self, CashierRemittanceDialog):
        if not CashierRemittanceDialog.objectName():
            CashierRemittanceDialog.setObjectName(u"CashierRemittanceDialog")
        CashierRemittanceDialog.resize(720, 420)
        self.remittanceLayout = QVBoxLayout(CashierRemittanceDialog)
        self.remittanceLayout.setObjectName(u"remittanceLayout")
        self.debtorLabel = QLabel(CashierRemittanceDialog)
        self.debtorLabel.setObjectName(u"debtorLabel")
        self.debtorLabel.setText(u"")
        self.debtorLabel.setWordWrap(True)

        self.remittanceLayout.addWidget(self.debtorLabel)

        self.allocationsTable = QTableWidget(CashierRemittanceDialog)
        self.allocationsTable.setObjectName(u"allocationsTable")
        self.allocationsTable.setAlternatingRowColors(True)
        self.allocationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.remittanceLayout.addWidget(self.allocationsTable)

        self.remittanceGrid = QGridLayout()
        self.remittanceGrid.setObjectName(u"remittanceGrid")
        self.totalCaption = QLabel(CashierRemittanceDialog)
        self.totalCaption.setObjectName(u"totalCaption")

        self.remittanceGrid.addWidget(self.totalCaption, 0, 0, 1, 1)

        self.totalEdit = QLineEdit(CashierRemittanceDialog)
        self.totalEdit.setObjectName(u"totalEdit")

        self.remittanceGrid.addWidget(self.totalEdit, 0, 1, 1, 1)

        self.referenceCaption = QLabel(CashierRemittanceDialog)
        self.referenceCaption.setObjectName(u"referenceCaption")

        self.remittanceGrid.addWidget(self.referenceCaption, 1, 0, 1, 1)

        self.referenceEdit = QLineEdit(CashierRemittanceDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.remittanceGrid.addWidget(self.referenceEdit, 1, 1, 1, 1)


        self.remittanceLayout.addLayout(self.remittanceGrid)

        self.sumLabel = QLabel(CashierRemittanceDialog)
        self.sumLabel.setObjectName(u"sumLabel")
        self.sumLabel.setText(u"")

        self.remittanceLayout.addWidget(self.sumLabel)

        self.errorLabel = QLabel(CashierRemittanceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.remittanceLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CashierRemittanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.remittanceLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.totalCaption.setBuddy(self.totalEdit)
        self.referenceCaption.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CashierRemittanceDialog)

        QMetaObject.connectSlotsByName(CashierRemittanceDialog)
    # setupUi

    def retranslateUi(self, CashierRemittanceDialog):
        CashierRemittanceDialog.setWindowTitle(QCoreApplication.translate("CashierRemittanceDialog", u"\u767b\u8bb0\u56de\u6b3e\u4e0e\u6838\u9500", None))
        self.totalCaption.setText(QCoreApplication.translate("CashierRemittanceDialog", u"\u56de\u6b3e\u603b\u989d(&T)", None))
        self.referenceCaption.setText(QCoreApplication.translate("CashierRemittanceDialog", u"\u94f6\u884c\u6d41\u6c34\u53f7 / \u51ed\u8bc1\u53f7(&N)", None))
    # retranslateUi


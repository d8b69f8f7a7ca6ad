# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_picker.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_ReceptionPicker(object):
    def setupUi(self, ReceptionPicker):
        if not ReceptionPicker.objectName():
            ReceptionPicker.setObjectName(u"ReceptionPicker")
        ReceptionPicker.resize(760, 480)
        self.dialogLayout = QVBoxLayout(ReceptionPicker)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(ReceptionPicker)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ReceptionPicker)
        self.searchEdit.setObjectName(u"searchEdit")

        self.searchRow.addWidget(self.searchEdit)

        self.quantityLabel = QLabel(ReceptionPicker)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.searchRow.addWidget(self.quantityLabel)

        self.quantityEdit = QLineEdit(ReceptionPicker)
        self.quantityEdit.setObjectName(u"quantityEdit")
        self.quantityEdit.setMaximumSize(QSize(80, 16777215))

        self.searchRow.addWidget(self.quantityEdit)


        self.dialogLayout.addLayout(self.searchRow)

        self.resultsView = QTableView(ReceptionPicker)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.resultsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.resultsView.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.resultsView)

        self.stockLabel = QLabel(ReceptionPicker)
        self.stockLabel.setObjectName(u"stockLabel")
        self.stockLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.stockLabel)

        self.errorLabel = QLabel(ReceptionPicker)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionPicker)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.quantityLabel.setBuddy(self.quantityEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionPicker)

        QMetaObject.connectSlotsByName(ReceptionPicker)
    # setupUi

    def retranslateUi(self, ReceptionPicker):
        ReceptionPicker.setWindowTitle(QCoreApplication.translate("ReceptionPicker", u"\u9009\u62e9", None))
        self.searchLabel.setText(QCoreApplication.translate("ReceptionPicker", u"\u67e5\u627e(&S)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ReceptionPicker", u"\u7f16\u53f7\u5f00\u5934\u6216\u540d\u79f0\u4e2d\u7684\u5b57", None))
        self.quantityLabel.setText(QCoreApplication.translate("ReceptionPicker", u"\u6570\u91cf(&Q)\uff1a", None))
        self.quantityEdit.setText(QCoreApplication.translate("ReceptionPicker", u"1", None))
        self.stockLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi


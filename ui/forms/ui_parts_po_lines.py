# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_po_lines.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PurchaseLinesDialog(object):
    def setupUi(self, PurchaseLinesDialog):
        if not PurchaseLinesDialog.objectName():
            PurchaseLinesDialog.setObjectName(u"PurchaseLinesDialog")
        PurchaseLinesDialog.resize(640, 420)
        self.dialogLayout = QVBoxLayout(PurchaseLinesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(PurchaseLinesDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setText(u"")

        self.dialogLayout.addWidget(self.infoLabel)

        self.linesTable = QTableWidget(PurchaseLinesDialog)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linesTable.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.linesTable)

        self.addLayout = QHBoxLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.partLabel = QLabel(PurchaseLinesDialog)
        self.partLabel.setObjectName(u"partLabel")

        self.addLayout.addWidget(self.partLabel)

        self.partEdit = QLineEdit(PurchaseLinesDialog)
        self.partEdit.setObjectName(u"partEdit")

        self.addLayout.addWidget(self.partEdit)

        self.quantityLabel = QLabel(PurchaseLinesDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.addLayout.addWidget(self.quantityLabel)

        self.quantityEdit = QLineEdit(PurchaseLinesDialog)
        self.quantityEdit.setObjectName(u"quantityEdit")
        self.quantityEdit.setMaximumSize(QSize(80, 16777215))

        self.addLayout.addWidget(self.quantityEdit)

        self.costLabel = QLabel(PurchaseLinesDialog)
        self.costLabel.setObjectName(u"costLabel")

        self.addLayout.addWidget(self.costLabel)

        self.costEdit = QLineEdit(PurchaseLinesDialog)
        self.costEdit.setObjectName(u"costEdit")
        self.costEdit.setMaximumSize(QSize(100, 16777215))

        self.addLayout.addWidget(self.costEdit)

        self.addButton = QPushButton(PurchaseLinesDialog)
        self.addButton.setObjectName(u"addButton")

        self.addLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(PurchaseLinesDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.addLayout.addWidget(self.removeButton)


        self.dialogLayout.addLayout(self.addLayout)

        self.errorLabel = QLabel(PurchaseLinesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PurchaseLinesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.partLabel.setBuddy(self.partEdit)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.costLabel.setBuddy(self.costEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.linesTable, self.partEdit)
        QWidget.setTabOrder(self.partEdit, self.quantityEdit)
        QWidget.setTabOrder(self.quantityEdit, self.costEdit)
        QWidget.setTabOrder(self.costEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)

        self.retranslateUi(PurchaseLinesDialog)
        self.buttonBox.accepted.connect(PurchaseLinesDialog.accept)
        self.buttonBox.rejected.connect(PurchaseLinesDialog.reject)

        QMetaObject.connectSlotsByName(PurchaseLinesDialog)
    # setupUi

    def retranslateUi(self, PurchaseLinesDialog):
        PurchaseLinesDialog.setWindowTitle(QCoreApplication.translate("PurchaseLinesDialog", u"\u4fee\u6539\u91c7\u8d2d\u5355\u660e\u7ec6", None))
        self.partLabel.setText(QCoreApplication.translate("PurchaseLinesDialog", u"\u96f6\u4ef6\u53f7\uff1a", None))
        self.partEdit.setPlaceholderText(QCoreApplication.translate("PurchaseLinesDialog", u"\u626b\u7801\u6216\u8f93\u5165\uff0c\u56de\u8f66", None))
        self.quantityLabel.setText(QCoreApplication.translate("PurchaseLinesDialog", u"\u6570\u91cf\uff1a", None))
        self.costLabel.setText(QCoreApplication.translate("PurchaseLinesDialog", u"\u8fdb\u4ef7\uff1a", None))
        self.costEdit.setPlaceholderText(QCoreApplication.translate("PurchaseLinesDialog", u"\u9ed8\u8ba4\u6210\u672c", None))
        self.addButton.setText(QCoreApplication.translate("PurchaseLinesDialog", u"\u52a0\u5165", None))
        self.removeButton.setText(QCoreApplication.translate("PurchaseLinesDialog", u"\u5220\u9664\u884c (Del)", None))
    # retranslateUi


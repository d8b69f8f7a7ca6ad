# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_stock_move.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_StockMoveDialog(object):
    def setupUi(self, StockMoveDialog):
        if not StockMoveDialog.objectName():
            StockMoveDialog.setObjectName(u"StockMoveDialog")
        StockMoveDialog.resize(480, 300)
        self.dialogLayout = QVBoxLayout(StockMoveDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(StockMoveDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setText(u"")

        self.dialogLayout.addWidget(self.infoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.partLabel = QLabel(StockMoveDialog)
        self.partLabel.setObjectName(u"partLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partLabel)

        self.partEdit = QLineEdit(StockMoveDialog)
        self.partEdit.setObjectName(u"partEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partEdit)

        self.partInfoLabel = QLabel(StockMoveDialog)
        self.partInfoLabel.setObjectName(u"partInfoLabel")
        self.partInfoLabel.setStyleSheet(u"color: #444444;")
        self.partInfoLabel.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partInfoLabel)

        self.supplierLabel = QLabel(StockMoveDialog)
        self.supplierLabel.setObjectName(u"supplierLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.supplierLabel)

        self.supplierCombo = QComboBox(StockMoveDialog)
        self.supplierCombo.setObjectName(u"supplierCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.supplierCombo)

        self.quantityLabel = QLabel(StockMoveDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityEdit = QLineEdit(StockMoveDialog)
        self.quantityEdit.setObjectName(u"quantityEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.quantityEdit)

        self.costLabel = QLabel(StockMoveDialog)
        self.costLabel.setObjectName(u"costLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.costEdit = QLineEdit(StockMoveDialog)
        self.costEdit.setObjectName(u"costEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.costEdit)

        self.reasonLabel = QLabel(StockMoveDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(StockMoveDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(StockMoveDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StockMoveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.partLabel.setBuddy(self.partEdit)
        self.supplierLabel.setBuddy(self.supplierCombo)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.costLabel.setBuddy(self.costEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partEdit, self.supplierCombo)
        QWidget.setTabOrder(self.supplierCombo, self.quantityEdit)
        QWidget.setTabOrder(self.quantityEdit, self.costEdit)
        QWidget.setTabOrder(self.costEdit, self.reasonEdit)

        self.retranslateUi(StockMoveDialog)
        self.buttonBox.accepted.connect(StockMoveDialog.accept)
        self.buttonBox.rejected.connect(StockMoveDialog.reject)

        QMetaObject.connectSlotsByName(StockMoveDialog)
    # setupUi

    def retranslateUi(self, StockMoveDialog):
        StockMoveDialog.setWindowTitle(QCoreApplication.translate("StockMoveDialog", u"\u9000\u8d27 / \u5e93\u5b58\u8c03\u6574", None))
        self.partLabel.setText(QCoreApplication.translate("StockMoveDialog", u"\u96f6\u4ef6\u53f7\uff1a", None))
        self.partEdit.setPlaceholderText(QCoreApplication.translate("StockMoveDialog", u"\u626b\u7801\u6216\u8f93\u5165\u96f6\u4ef6\u53f7\uff0c\u56de\u8f66", None))
        self.supplierLabel.setText(QCoreApplication.translate("StockMoveDialog", u"\u9000\u7ed9\u4f9b\u5e94\u5546\uff1a", None))
        self.quantityLabel.setText(QCoreApplication.translate("StockMoveDialog", u"\u6570\u91cf\uff1a", None))
        self.costLabel.setText(QCoreApplication.translate("StockMoveDialog", u"\u5355\u4f4d\u6210\u672c\uff08\u76d8\u76c8\u65f6\uff09\uff1a", None))
        self.costEdit.setPlaceholderText(QCoreApplication.translate("StockMoveDialog", u"\u4e0d\u586b\u6309\u5f53\u524d\u5e73\u5747\u6210\u672c", None))
        self.reasonLabel.setText(QCoreApplication.translate("StockMoveDialog", u"\u539f\u56e0\uff1a", None))
    # retranslateUi


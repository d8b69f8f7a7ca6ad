# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_archive.ui'
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
    QDialogButtonBox, QGridLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReceptionArchive(object):
    def setupUi(self, ReceptionArchive):
        if not ReceptionArchive.objectName():
            ReceptionArchive.setObjectName(u"ReceptionArchive")
        ReceptionArchive.resize(560, 520)
        self.dialogLayout = QVBoxLayout(ReceptionArchive)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.customerGroup = QGroupBox(ReceptionArchive)
        self.customerGroup.setObjectName(u"customerGroup")
        self.customerLayout = QGridLayout(self.customerGroup)
        self.customerLayout.setObjectName(u"customerLayout")
        self.nameEditLabel = QLabel(self.customerGroup)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.customerLayout.addWidget(self.nameEditLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.customerGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.customerLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.phoneEditLabel = QLabel(self.customerGroup)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.customerLayout.addWidget(self.phoneEditLabel, 1, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.customerGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.customerLayout.addWidget(self.phoneEdit, 1, 1, 1, 1)

        self.phoneEditHint = QLabel(self.customerGroup)
        self.phoneEditHint.setObjectName(u"phoneEditHint")
        self.phoneEditHint.setWordWrap(True)

        self.customerLayout.addWidget(self.phoneEditHint, 2, 1, 1, 1)

        self.addressEditLabel = QLabel(self.customerGroup)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.customerLayout.addWidget(self.addressEditLabel, 3, 0, 1, 1)

        self.addressEdit = QLineEdit(self.customerGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.customerLayout.addWidget(self.addressEdit, 3, 1, 1, 1)

        self.kindComboLabel = QLabel(self.customerGroup)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.customerLayout.addWidget(self.kindComboLabel, 4, 0, 1, 1)

        self.kindCombo = QComboBox(self.customerGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.customerLayout.addWidget(self.kindCombo, 4, 1, 1, 1)

        self.companyEditLabel = QLabel(self.customerGroup)
        self.companyEditLabel.setObjectName(u"companyEditLabel")

        self.customerLayout.addWidget(self.companyEditLabel, 5, 0, 1, 1)

        self.companyEdit = QLineEdit(self.customerGroup)
        self.companyEdit.setObjectName(u"companyEdit")

        self.customerLayout.addWidget(self.companyEdit, 5, 1, 1, 1)

        self.creditEditLabel = QLabel(self.customerGroup)
        self.creditEditLabel.setObjectName(u"creditEditLabel")

        self.customerLayout.addWidget(self.creditEditLabel, 6, 0, 1, 1)

        self.creditEdit = QLineEdit(self.customerGroup)
        self.creditEdit.setObjectName(u"creditEdit")

        self.customerLayout.addWidget(self.creditEdit, 6, 1, 1, 1)


        self.dialogLayout.addWidget(self.customerGroup)

        self.vehicleGroup = QGroupBox(ReceptionArchive)
        self.vehicleGroup.setObjectName(u"vehicleGroup")
        self.vehicleLayout = QGridLayout(self.vehicleGroup)
        self.vehicleLayout.setObjectName(u"vehicleLayout")
        self.plateEditLabel = QLabel(self.vehicleGroup)
        self.plateEditLabel.setObjectName(u"plateEditLabel")

        self.vehicleLayout.addWidget(self.plateEditLabel, 0, 0, 1, 1)

        self.plateEdit = QLineEdit(self.vehicleGroup)
        self.plateEdit.setObjectName(u"plateEdit")

        self.vehicleLayout.addWidget(self.plateEdit, 0, 1, 1, 1)

        self.plateEditHint = QLabel(self.vehicleGroup)
        self.plateEditHint.setObjectName(u"plateEditHint")
        self.plateEditHint.setWordWrap(True)

        self.vehicleLayout.addWidget(self.plateEditHint, 1, 1, 1, 1)

        self.vinEditLabel = QLabel(self.vehicleGroup)
        self.vinEditLabel.setObjectName(u"vinEditLabel")

        self.vehicleLayout.addWidget(self.vinEditLabel, 2, 0, 1, 1)

        self.vinEdit = QLineEdit(self.vehicleGroup)
        self.vinEdit.setObjectName(u"vinEdit")

        self.vehicleLayout.addWidget(self.vinEdit, 2, 1, 1, 1)

        self.vinEditHint = QLabel(self.vehicleGroup)
        self.vinEditHint.setObjectName(u"vinEditHint")
        self.vinEditHint.setWordWrap(True)

        self.vehicleLayout.addWidget(self.vinEditHint, 3, 1, 1, 1)

        self.engineEditLabel = QLabel(self.vehicleGroup)
        self.engineEditLabel.setObjectName(u"engineEditLabel")

        self.vehicleLayout.addWidget(self.engineEditLabel, 4, 0, 1, 1)

        self.engineEdit = QLineEdit(self.vehicleGroup)
        self.engineEdit.setObjectName(u"engineEdit")

        self.vehicleLayout.addWidget(self.engineEdit, 4, 1, 1, 1)

        self.colourEditLabel = QLabel(self.vehicleGroup)
        self.colourEditLabel.setObjectName(u"colourEditLabel")

        self.vehicleLayout.addWidget(self.colourEditLabel, 5, 0, 1, 1)

        self.colourEdit = QLineEdit(self.vehicleGroup)
        self.colourEdit.setObjectName(u"colourEdit")

        self.vehicleLayout.addWidget(self.colourEdit, 5, 1, 1, 1)

        self.purchaseEditLabel = QLabel(self.vehicleGroup)
        self.purchaseEditLabel.setObjectName(u"purchaseEditLabel")

        self.vehicleLayout.addWidget(self.purchaseEditLabel, 6, 0, 1, 1)

        self.purchaseEdit = QLineEdit(self.vehicleGroup)
        self.purchaseEdit.setObjectName(u"purchaseEdit")

        self.vehicleLayout.addWidget(self.purchaseEdit, 6, 1, 1, 1)

        self.deliveryEditLabel = QLabel(self.vehicleGroup)
        self.deliveryEditLabel.setObjectName(u"deliveryEditLabel")

        self.vehicleLayout.addWidget(self.deliveryEditLabel, 7, 0, 1, 1)

        self.deliveryEdit = QLineEdit(self.vehicleGroup)
        self.deliveryEdit.setObjectName(u"deliveryEdit")

        self.vehicleLayout.addWidget(self.deliveryEdit, 7, 1, 1, 1)


        self.dialogLayout.addWidget(self.vehicleGroup)

        self.historyLabel = QLabel(ReceptionArchive)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.historyLabel)

        self.dialogSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.errorLabel = QLabel(ReceptionArchive)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionArchive)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.companyEditLabel.setBuddy(self.companyEdit)
        self.creditEditLabel.setBuddy(self.creditEdit)
        self.plateEditLabel.setBuddy(self.plateEdit)
        self.vinEditLabel.setBuddy(self.vinEdit)
        self.engineEditLabel.setBuddy(self.engineEdit)
        self.colourEditLabel.setBuddy(self.colourEdit)
        self.purchaseEditLabel.setBuddy(self.purchaseEdit)
        self.deliveryEditLabel.setBuddy(self.deliveryEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionArchive)

        QMetaObject.connectSlotsByName(ReceptionArchive)
    # setupUi

    def retranslateUi(self, ReceptionArchive):
        ReceptionArchive.setWindowTitle(QCoreApplication.translate("ReceptionArchive", u"\u7f16\u8f91\u6863\u6848", None))
        self.customerGroup.setTitle(QCoreApplication.translate("ReceptionArchive", u"\u8f66\u4e3b", None))
        self.nameEditLabel.setText(QCoreApplication.translate("ReceptionArchive", u"\u59d3\u540d / \u5355\u4f4d(&N)\uff1a", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("ReceptionArchive", u"\u624b\u673a / \u7535\u8bdd(&T)\uff1a", None))
        self.phoneEditHint.setText("")
        self.addressEditLabel.setText(QCoreApplication.translate("ReceptionArchive", u"\u5730\u5740(&D)\uff1a", None))
        self.kindComboLabel.setText(QCoreApplication.translate("ReceptionArchive", u"\u5ba2\u6237\u7c7b\u522b(&K)\uff1a", None))
        self.companyEditLabel.setText(QCoreApplication.translate("ReceptionArchive", u"\u5355\u4f4d\u540d\u79f0(&C)\uff1a", None))
        self.creditEditLabel.setText(QCoreApplication.translate("ReceptionArchive", u"\u6708\u7ed3\u989d\u5ea6(&L)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.creditEdit.setToolTip(QCoreApplication.translate("ReceptionArchive", u"\u7b7e\u7ea6\u5355\u4f4d\u53ef\u5728\u6536\u94f6\u53f0\u201c\u5355\u4f4d\u6302\u8d26\u201d\uff0c\u672a\u56de\u6b3e\u5408\u8ba1\u4e0d\u8d85\u8fc7\u6b64\u989d\u5ea6\uff1b0 \u4e3a\u4e0d\u6302\u8d26\u3002\u4ec5\u670d\u52a1\u7ecf\u7406\u53ef\u4fee\u6539\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.vehicleGroup.setTitle(QCoreApplication.translate("ReceptionArchive", u"\u8f66\u8f86", None))
        self.plateEditLabel.setText(QCoreApplication.translate("ReceptionArchive", u"\u8f66\u724c\u53f7(&P)\uff1a", None))
        self.plateEditHint.setText("")
        self.vinEditLabel.setText(QCoreApplication.translate("ReceptionArchive", u"\u8f66\u67b6\u53f7 VIN(&V)\uff1a", None))
        self.vinEditHint.setText("")
        self.engineEditLabel.setText(QCoreApplication.translate("ReceptionArchive", u"\u53d1\u52a8\u673a\u53f7(&E)\uff1a", None))
        self.colourEditLabel.setText(QCoreApplication.translate("ReceptionArchive", u"\u989c\u8272(&C)\uff1a", None))
        self.purchaseEditLabel.setText(QCoreApplication.translate("ReceptionArchive", u"\u8d2d\u8f66\u53d1\u7968\u65e5\u671f(&I)\uff1a", None))
        self.purchaseEdit.setPlaceholderText(QCoreApplication.translate("ReceptionArchive", u"\u5982 2026-03-15", None))
#if QT_CONFIG(tooltip)
        self.purchaseEdit.setToolTip(QCoreApplication.translate("ReceptionArchive", u"\u4e09\u5305\u6709\u6548\u671f\u548c\u5305\u4fee\u671f\u81ea\u5f00\u5177\u8d2d\u8f66\u53d1\u7968\u4e4b\u65e5\u8d77\u8ba1\u7b97\uff08\u5bb6\u7528\u6c7d\u8f66\u4ea7\u54c1\u4fee\u7406\u66f4\u6362\u9000\u8d27\u8d23\u4efb\u89c4\u5b9a \u7b2c\u5341\u516b\u6761\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.deliveryEditLabel.setText(QCoreApplication.translate("ReceptionArchive", u"\u4ea4\u8f66\u65e5\u671f(&J)\uff1a", None))
        self.deliveryEdit.setPlaceholderText(QCoreApplication.translate("ReceptionArchive", u"\u4e0e\u53d1\u7968\u65e5\u671f\u4e0d\u540c\u65f6\u586b\u5199", None))
#if QT_CONFIG(tooltip)
        self.deliveryEdit.setToolTip(QCoreApplication.translate("ReceptionArchive", u"\u5f00\u5177\u8d2d\u8f66\u53d1\u7968\u65e5\u671f\u4e0e\u4ea4\u4ed8\u65e5\u671f\u4e0d\u4e00\u81f4\u7684\uff0c\u4e09\u5305\u671f\u9650\u81ea\u4ea4\u4ed8\u4e4b\u65e5\u8d77\u8ba1\u7b97\uff08\u7b2c\u5341\u516b\u6761\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.historyLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi


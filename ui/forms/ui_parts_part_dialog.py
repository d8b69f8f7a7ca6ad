# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_part_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PartDialog(object):
    def setupUi(self, PartDialog):
        if not PartDialog.objectName():
            PartDialog.setObjectName(u"PartDialog")
        PartDialog.resize(520, 640)
        self.dialogLayout = QVBoxLayout(PartDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.numberLabel = QLabel(PartDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(PartDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.nameLabel = QLabel(PartDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PartDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.specLabel = QLabel(PartDialog)
        self.specLabel.setObjectName(u"specLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.specLabel)

        self.specEdit = QLineEdit(PartDialog)
        self.specEdit.setObjectName(u"specEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.specEdit)

        self.unitLabel = QLabel(PartDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(PartDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.brandLabel = QLabel(PartDialog)
        self.brandLabel.setObjectName(u"brandLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.brandLabel)

        self.brandEdit = QLineEdit(PartDialog)
        self.brandEdit.setObjectName(u"brandEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.brandEdit)

        self.categoryLabel = QLabel(PartDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryEdit = QLineEdit(PartDialog)
        self.categoryEdit.setObjectName(u"categoryEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categoryEdit)

        self.sanbaoLabel = QLabel(PartDialog)
        self.sanbaoLabel.setObjectName(u"sanbaoLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sanbaoLabel)

        self.sanbaoCombo = QComboBox(PartDialog)
        self.sanbaoCombo.setObjectName(u"sanbaoCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sanbaoCombo)

        self.modelsLabel = QLabel(PartDialog)
        self.modelsLabel.setObjectName(u"modelsLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.modelsLabel)

        self.modelsEdit = QLineEdit(PartDialog)
        self.modelsEdit.setObjectName(u"modelsEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.modelsEdit)

        self.binLabel = QLabel(PartDialog)
        self.binLabel.setObjectName(u"binLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.binLabel)

        self.binEdit = QLineEdit(PartDialog)
        self.binEdit.setObjectName(u"binEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.binEdit)

        self.costLabel = QLabel(PartDialog)
        self.costLabel.setObjectName(u"costLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.costEdit = QLineEdit(PartDialog)
        self.costEdit.setObjectName(u"costEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.costEdit)

        self.priceLabel = QLabel(PartDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(PartDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.safetyLabel = QLabel(PartDialog)
        self.safetyLabel.setObjectName(u"safetyLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.safetyLabel)

        self.safetyEdit = QLineEdit(PartDialog)
        self.safetyEdit.setObjectName(u"safetyEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.safetyEdit)

        self.reorderLabel = QLabel(PartDialog)
        self.reorderLabel.setObjectName(u"reorderLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.reorderLabel)

        self.reorderEdit = QLineEdit(PartDialog)
        self.reorderEdit.setObjectName(u"reorderEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.reorderEdit)

        self.supplierLabel = QLabel(PartDialog)
        self.supplierLabel.setObjectName(u"supplierLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.supplierLabel)

        self.supplierLayout = QHBoxLayout()
        self.supplierLayout.setObjectName(u"supplierLayout")
        self.supplierCombo = QComboBox(PartDialog)
        self.supplierCombo.setObjectName(u"supplierCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.supplierCombo.sizePolicy().hasHeightForWidth())
        self.supplierCombo.setSizePolicy(sizePolicy)

        self.supplierLayout.addWidget(self.supplierCombo)

        self.newSupplierButton = QPushButton(PartDialog)
        self.newSupplierButton.setObjectName(u"newSupplierButton")

        self.supplierLayout.addWidget(self.newSupplierButton)

        self.editSupplierButton = QPushButton(PartDialog)
        self.editSupplierButton.setObjectName(u"editSupplierButton")

        self.supplierLayout.addWidget(self.editSupplierButton)


        self.formLayout.setLayout(13, QFormLayout.ItemRole.FieldRole, self.supplierLayout)

        self.supplierNumberLabel = QLabel(PartDialog)
        self.supplierNumberLabel.setObjectName(u"supplierNumberLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.supplierNumberLabel)

        self.supplierNumberEdit = QLineEdit(PartDialog)
        self.supplierNumberEdit.setObjectName(u"supplierNumberEdit")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.supplierNumberEdit)

        self.partSuppliersLabel = QLabel(PartDialog)
        self.partSuppliersLabel.setObjectName(u"partSuppliersLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.partSuppliersLabel)

        self.partSuppliersLayout = QHBoxLayout()
        self.partSuppliersLayout.setObjectName(u"partSuppliersLayout")
        self.partSuppliersList = QListWidget(PartDialog)
        self.partSuppliersList.setObjectName(u"partSuppliersList")
        self.partSuppliersList.setMaximumSize(QSize(16777215, 64))

        self.partSuppliersLayout.addWidget(self.partSuppliersList)

        self.removeSupplierButton = QPushButton(PartDialog)
        self.removeSupplierButton.setObjectName(u"removeSupplierButton")

        self.partSuppliersLayout.addWidget(self.removeSupplierButton)


        self.formLayout.setLayout(15, QFormLayout.ItemRole.FieldRole, self.partSuppliersLayout)

        self.flagsLayout = QHBoxLayout()
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.wholeCheck = QCheckBox(PartDialog)
        self.wholeCheck.setObjectName(u"wholeCheck")

        self.flagsLayout.addWidget(self.wholeCheck)

        self.genuineCheck = QCheckBox(PartDialog)
        self.genuineCheck.setObjectName(u"genuineCheck")

        self.flagsLayout.addWidget(self.genuineCheck)

        self.specialCheck = QCheckBox(PartDialog)
        self.specialCheck.setObjectName(u"specialCheck")

        self.flagsLayout.addWidget(self.specialCheck)

        self.activeCheck = QCheckBox(PartDialog)
        self.activeCheck.setObjectName(u"activeCheck")

        self.flagsLayout.addWidget(self.activeCheck)


        self.formLayout.setLayout(16, QFormLayout.ItemRole.FieldRole, self.flagsLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PartDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.specLabel.setBuddy(self.specEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.brandLabel.setBuddy(self.brandEdit)
        self.categoryLabel.setBuddy(self.categoryEdit)
        self.sanbaoLabel.setBuddy(self.sanbaoCombo)
        self.modelsLabel.setBuddy(self.modelsEdit)
        self.binLabel.setBuddy(self.binEdit)
        self.costLabel.setBuddy(self.costEdit)
        self.priceLabel.setBuddy(self.priceEdit)
        self.safetyLabel.setBuddy(self.safetyEdit)
        self.reorderLabel.setBuddy(self.reorderEdit)
        self.supplierLabel.setBuddy(self.supplierCombo)
        self.supplierNumberLabel.setBuddy(self.supplierNumberEdit)
        self.partSuppliersLabel.setBuddy(self.partSuppliersList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartDialog)
        self.buttonBox.accepted.connect(PartDialog.accept)
        self.buttonBox.rejected.connect(PartDialog.reject)

        QMetaObject.connectSlotsByName(PartDialog)
    # setupUi

    def retranslateUi(self, PartDialog):
        PartDialog.setWindowTitle(QCoreApplication.translate("PartDialog", u"\u5907\u4ef6\u6863\u6848", None))
        self.numberLabel.setText(QCoreApplication.translate("PartDialog", u"\u96f6\u4ef6\u53f7\uff1a", None))
        self.nameLabel.setText(QCoreApplication.translate("PartDialog", u"\u540d\u79f0\uff1a", None))
        self.specLabel.setText(QCoreApplication.translate("PartDialog", u"\u89c4\u683c\uff1a", None))
        self.unitLabel.setText(QCoreApplication.translate("PartDialog", u"\u5355\u4f4d\uff1a", None))
        self.brandLabel.setText(QCoreApplication.translate("PartDialog", u"\u54c1\u724c\uff1a", None))
        self.categoryLabel.setText(QCoreApplication.translate("PartDialog", u"\u7c7b\u522b\uff1a", None))
        self.sanbaoLabel.setText(QCoreApplication.translate("PartDialog", u"\u4e09\u5305\u4e3b\u8981\u96f6\u90e8\u4ef6\uff1a", None))
#if QT_CONFIG(tooltip)
        self.sanbaoCombo.setToolTip(QCoreApplication.translate("PartDialog", u"\u6309 GB/T 29632 \u7684\u4e3b\u8981\u96f6\u90e8\u4ef6\u7c7b\u522b\uff1b\u4e0d\u662f\u4e3b\u8981\u96f6\u90e8\u4ef6\u7684\u7559\u7a7a\uff08\u540d\u79f0\u76f8\u4f3c\u4e0d\u7b97\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.modelsLabel.setText(QCoreApplication.translate("PartDialog", u"\u9002\u7528\u8f66\u578b\uff1a", None))
        self.binLabel.setText(QCoreApplication.translate("PartDialog", u"\u8d27\u4f4d\uff1a", None))
        self.costLabel.setText(QCoreApplication.translate("PartDialog", u"\u6210\u672c\uff08\u5143\uff09\uff1a", None))
        self.priceLabel.setText(QCoreApplication.translate("PartDialog", u"\u96f6\u552e\u4ef7\uff08\u5143\uff09\uff1a", None))
        self.safetyLabel.setText(QCoreApplication.translate("PartDialog", u"\u5b89\u5168\u5e93\u5b58\uff1a", None))
        self.reorderLabel.setText(QCoreApplication.translate("PartDialog", u"\u8ba2\u8d27\u91cf\uff1a", None))
        self.supplierLabel.setText(QCoreApplication.translate("PartDialog", u"\u4e3b\u4f9b\u5e94\u5546\uff1a", None))
        self.newSupplierButton.setText(QCoreApplication.translate("PartDialog", u"\u65b0\u5efa\u2026", None))
        self.editSupplierButton.setText(QCoreApplication.translate("PartDialog", u"\u4fee\u6539\u2026", None))
        self.supplierNumberLabel.setText(QCoreApplication.translate("PartDialog", u"\u4f9b\u5e94\u5546\u96f6\u4ef6\u53f7\uff1a", None))
        self.supplierNumberEdit.setPlaceholderText(QCoreApplication.translate("PartDialog", u"\u4e0e\u96f6\u4ef6\u53f7\u4e0d\u540c\u65f6\u586b\u5199", None))
        self.partSuppliersLabel.setText(QCoreApplication.translate("PartDialog", u"\u5168\u90e8\u4f9b\u5e94\u5546\uff1a", None))
        self.removeSupplierButton.setText(QCoreApplication.translate("PartDialog", u"\u79fb\u9664", None))
        self.wholeCheck.setText(QCoreApplication.translate("PartDialog", u"\u6574\u6570\u8ba1\u91cf", None))
        self.genuineCheck.setText(QCoreApplication.translate("PartDialog", u"\u539f\u5382\u4ef6", None))
        self.specialCheck.setText(QCoreApplication.translate("PartDialog", u"\u7279\u6b8a\u4ef6\uff08\u51fa\u5e93\u987b\u7ecf\u7406\u6279\u51c6\uff09", None))
        self.activeCheck.setText(QCoreApplication.translate("PartDialog", u"\u542f\u7528", None))
    # retranslateUi


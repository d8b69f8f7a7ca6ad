# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_store.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AdminStore(object):
    def setupUi(self, AdminStore):
        if not AdminStore.objectName():
            AdminStore.setObjectName(u"AdminStore")
        AdminStore.resize(1000, 520)
        self.storeLayout = QHBoxLayout(AdminStore)
        self.storeLayout.setObjectName(u"storeLayout")
        self.storeLeft = QVBoxLayout()
        self.storeLeft.setObjectName(u"storeLeft")
        self.storeForm = QFormLayout()
        self.storeForm.setObjectName(u"storeForm")
        self.storeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(AdminStore)
        self.nameLabel.setObjectName(u"nameLabel")

        self.storeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AdminStore)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(60)

        self.storeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(AdminStore)
        self.addressLabel.setObjectName(u"addressLabel")

        self.storeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(AdminStore)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(120)

        self.storeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(AdminStore)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.storeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(AdminStore)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.storeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.licenceLabel = QLabel(AdminStore)
        self.licenceLabel.setObjectName(u"licenceLabel")

        self.storeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.licenceLabel)

        self.licenceEdit = QLineEdit(AdminStore)
        self.licenceEdit.setObjectName(u"licenceEdit")
        self.licenceEdit.setMaxLength(60)

        self.storeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.licenceEdit)

        self.brandLabel = QLabel(AdminStore)
        self.brandLabel.setObjectName(u"brandLabel")

        self.storeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.brandLabel)

        self.brandEdit = QLineEdit(AdminStore)
        self.brandEdit.setObjectName(u"brandEdit")

        self.storeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.brandEdit)

        self.invoiceLabel = QLabel(AdminStore)
        self.invoiceLabel.setObjectName(u"invoiceLabel")

        self.storeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.invoiceLabel)

        self.invoiceEdit = QLineEdit(AdminStore)
        self.invoiceEdit.setObjectName(u"invoiceEdit")
        self.invoiceEdit.setMaxLength(100)

        self.storeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.invoiceEdit)


        self.storeLeft.addLayout(self.storeForm)

        self.storeButtons = QHBoxLayout()
        self.storeButtons.setObjectName(u"storeButtons")
        self.messageLabel = QLabel(AdminStore)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.storeButtons.addWidget(self.messageLabel)

        self.storeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.storeButtons.addItem(self.storeSpacer)

        self.saveButton = QPushButton(AdminStore)
        self.saveButton.setObjectName(u"saveButton")

        self.storeButtons.addWidget(self.saveButton)


        self.storeLeft.addLayout(self.storeButtons)

        self.storeVSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.storeLeft.addItem(self.storeVSpacer)


        self.storeLayout.addLayout(self.storeLeft)

        self.logoLayout = QVBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoCaption = QLabel(AdminStore)
        self.logoCaption.setObjectName(u"logoCaption")

        self.logoLayout.addWidget(self.logoCaption)

        self.logoLabel = QLabel(AdminStore)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setMinimumSize(QSize(240, 100))
        self.logoLabel.setFrameShape(QFrame.Shape.Box)
        self.logoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logoLayout.addWidget(self.logoLabel)

        self.logoButtons = QHBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.logoButton = QPushButton(AdminStore)
        self.logoButton.setObjectName(u"logoButton")

        self.logoButtons.addWidget(self.logoButton)

        self.logoClearButton = QPushButton(AdminStore)
        self.logoClearButton.setObjectName(u"logoClearButton")

        self.logoButtons.addWidget(self.logoClearButton)

        self.previewButton = QPushButton(AdminStore)
        self.previewButton.setObjectName(u"previewButton")

        self.logoButtons.addWidget(self.previewButton)


        self.logoLayout.addLayout(self.logoButtons)

        self.logoSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoLayout.addItem(self.logoSpacer)


        self.storeLayout.addLayout(self.logoLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.licenceLabel.setBuddy(self.licenceEdit)
        self.brandLabel.setBuddy(self.brandEdit)
        self.invoiceLabel.setBuddy(self.invoiceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.licenceEdit)
        QWidget.setTabOrder(self.licenceEdit, self.brandEdit)
        QWidget.setTabOrder(self.brandEdit, self.invoiceEdit)
        QWidget.setTabOrder(self.invoiceEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.logoButton)

        self.retranslateUi(AdminStore)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(AdminStore)
    # setupUi

    def retranslateUi(self, AdminStore):
        self.nameLabel.setText(QCoreApplication.translate("AdminStore", u"\u5e97\u540d\uff1a", None))
        self.addressLabel.setText(QCoreApplication.translate("AdminStore", u"\u5730\u5740\uff1a", None))
        self.phoneLabel.setText(QCoreApplication.translate("AdminStore", u"\u670d\u52a1\u7535\u8bdd\uff1a", None))
        self.licenceLabel.setText(QCoreApplication.translate("AdminStore", u"\u7ef4\u4fee\u7ecf\u8425\u8bb8\u53ef\u8bc1\u53f7\uff1a", None))
        self.brandLabel.setText(QCoreApplication.translate("AdminStore", u"\u6388\u6743\u54c1\u724c\uff1a", None))
        self.brandEdit.setPlaceholderText(QCoreApplication.translate("AdminStore", u"\u591a\u4e2a\u54c1\u724c\u7528\u987f\u53f7\u5206\u5f00\uff0c\u5982\uff1a\u4e00\u6c7d-\u5927\u4f17\u3001\u5965\u8fea", None))
        self.invoiceLabel.setText(QCoreApplication.translate("AdminStore", u"\u53d1\u7968\u62ac\u5934\uff1a", None))
        self.saveButton.setText(QCoreApplication.translate("AdminStore", u"\u4fdd\u5b58\u95e8\u5e97\u4fe1\u606f", None))
        self.logoCaption.setText(QCoreApplication.translate("AdminStore", u"\u5355\u636e\u62ac\u5934\u6807\u5fd7\uff08PNG/JPEG\uff0c200 KB \u4ee5\u5185\uff09\uff1a", None))
        self.logoLabel.setText(QCoreApplication.translate("AdminStore", u"\uff08\u65e0\uff09", None))
        self.logoButton.setText(QCoreApplication.translate("AdminStore", u"\u9009\u62e9\u56fe\u7247\u2026", None))
        self.logoClearButton.setText(QCoreApplication.translate("AdminStore", u"\u53bb\u6389\u6807\u5fd7", None))
        self.previewButton.setText(QCoreApplication.translate("AdminStore", u"\u9884\u89c8\u5355\u636e\u62ac\u5934\u2026", None))
        pass
    # retranslateUi


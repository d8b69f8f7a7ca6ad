# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_store.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StorePage(object):
    def setupUi(self, StorePage):
        if not StorePage.objectName():
            StorePage.setObjectName(u"StorePage")
        StorePage.resize(520, 380)
        self.pageLayout = QVBoxLayout(StorePage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(StorePage)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)

        self.pageLayout.addWidget(self.heading)

        self.intro = QLabel(StorePage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(u"color: #666666;")

        self.pageLayout.addWidget(self.intro)

        self.storeForm = QFormLayout()
        self.storeForm.setObjectName(u"storeForm")
        self.storeForm.setHorizontalSpacing(12)
        self.storeForm.setVerticalSpacing(10)
        self.nameLabel = QLabel(StorePage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.storeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(StorePage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(60)

        self.storeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(StorePage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.storeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(StorePage)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(120)

        self.storeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(StorePage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.storeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(StorePage)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.storeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.pageLayout.addLayout(self.storeForm)

        self.pageSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StorePage)

        QMetaObject.connectSlotsByName(StorePage)
    # setupUi

    def retranslateUi(self, StorePage):
        self.heading.setText(QCoreApplication.translate("StorePage", u"\u95e8\u5e97\u4fe1\u606f", None))
        self.intro.setText(QCoreApplication.translate("StorePage", u"\u95e8\u5e97\u7684\u6240\u6709\u7535\u8111\u5171\u7528\u8fd9\u4e9b\u4fe1\u606f\uff0c\u6253\u5370\u5728\u6bcf\u4e00\u5f20\u5355\u636e\u7684\u62ac\u5934\u4e0a\u3002", None))
        self.nameLabel.setText(QCoreApplication.translate("StorePage", u"\u5e97\u540d\uff1a", None))
        self.addressLabel.setText(QCoreApplication.translate("StorePage", u"\u5730\u5740\uff1a", None))
        self.phoneLabel.setText(QCoreApplication.translate("StorePage", u"\u670d\u52a1\u7535\u8bdd\uff1a", None))
        pass
    # retranslateUi


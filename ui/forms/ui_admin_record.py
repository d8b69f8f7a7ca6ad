# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_record.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AdminRecord(object):
    def setupUi(self, AdminRecord):
        if not AdminRecord.objectName():
            AdminRecord.setObjectName(u"AdminRecord")
        AdminRecord.resize(520, 420)
        AdminRecord.setWindowTitle(u"")
        self.recordLayout = QVBoxLayout(AdminRecord)
        self.recordLayout.setObjectName(u"recordLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.recordLayout.addLayout(self.form)

        self.messageLabel = QLabel(AdminRecord)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.recordLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AdminRecord)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.recordLayout.addWidget(self.buttonBox)


        self.retranslateUi(AdminRecord)

        QMetaObject.connectSlotsByName(AdminRecord)
    # setupUi

    def retranslateUi(self, AdminRecord):
        pass
    # retranslateUi


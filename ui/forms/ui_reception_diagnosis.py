# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_diagnosis.ui'
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
    QDialogButtonBox, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ReceptionDiagnosis(object):
    def setupUi(self, ReceptionDiagnosis):
        if not ReceptionDiagnosis.objectName():
            ReceptionDiagnosis.setObjectName(u"ReceptionDiagnosis")
        ReceptionDiagnosis.resize(860, 600)
        self.dialogLayout = QVBoxLayout(ReceptionDiagnosis)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(ReceptionDiagnosis)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.infoLabel)

        self.itemsTableLabel = QLabel(ReceptionDiagnosis)
        self.itemsTableLabel.setObjectName(u"itemsTableLabel")

        self.dialogLayout.addWidget(self.itemsTableLabel)

        self.itemsTable = QTableWidget(ReceptionDiagnosis)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setTabKeyNavigation(False)
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.itemsTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.dialogLayout.addWidget(self.itemsTable)

        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.conclusionEditLabel = QLabel(ReceptionDiagnosis)
        self.conclusionEditLabel.setObjectName(u"conclusionEditLabel")

        self.formLayout.addWidget(self.conclusionEditLabel, 0, 0, 1, 1)

        self.conclusionEdit = QPlainTextEdit(ReceptionDiagnosis)
        self.conclusionEdit.setObjectName(u"conclusionEdit")
        self.conclusionEdit.setTabChangesFocus(True)
        self.conclusionEdit.setMaximumSize(QSize(16777215, 56))

        self.formLayout.addWidget(self.conclusionEdit, 0, 1, 1, 3)

        self.adviceEditLabel = QLabel(ReceptionDiagnosis)
        self.adviceEditLabel.setObjectName(u"adviceEditLabel")

        self.formLayout.addWidget(self.adviceEditLabel, 1, 0, 1, 1)

        self.adviceEdit = QPlainTextEdit(ReceptionDiagnosis)
        self.adviceEdit.setObjectName(u"adviceEdit")
        self.adviceEdit.setTabChangesFocus(True)
        self.adviceEdit.setMaximumSize(QSize(16777215, 56))

        self.formLayout.addWidget(self.adviceEdit, 1, 1, 1, 3)

        self.technicianEditLabel = QLabel(ReceptionDiagnosis)
        self.technicianEditLabel.setObjectName(u"technicianEditLabel")

        self.formLayout.addWidget(self.technicianEditLabel, 2, 0, 1, 1)

        self.technicianEdit = QLineEdit(ReceptionDiagnosis)
        self.technicianEdit.setObjectName(u"technicianEdit")

        self.formLayout.addWidget(self.technicianEdit, 2, 1, 1, 1)

        self.feeEditLabel = QLabel(ReceptionDiagnosis)
        self.feeEditLabel.setObjectName(u"feeEditLabel")

        self.formLayout.addWidget(self.feeEditLabel, 2, 2, 1, 1)

        self.feeEdit = QLineEdit(ReceptionDiagnosis)
        self.feeEdit.setObjectName(u"feeEdit")

        self.formLayout.addWidget(self.feeEdit, 2, 3, 1, 1)

        self.reasonEditLabel = QLabel(ReceptionDiagnosis)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.formLayout.addWidget(self.reasonEditLabel, 3, 0, 1, 1)

        self.reasonEdit = QLineEdit(ReceptionDiagnosis)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.addWidget(self.reasonEdit, 3, 1, 1, 2)

        self.unrepairedButton = QPushButton(ReceptionDiagnosis)
        self.unrepairedButton.setObjectName(u"unrepairedButton")
        self.unrepairedButton.setAutoDefault(False)

        self.formLayout.addWidget(self.unrepairedButton, 3, 3, 1, 1)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ReceptionDiagnosis)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.printButton = QPushButton(ReceptionDiagnosis)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.printButton)

        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(ReceptionDiagnosis)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.buttonsRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsRow)

#if QT_CONFIG(shortcut)
        self.itemsTableLabel.setBuddy(self.itemsTable)
        self.conclusionEditLabel.setBuddy(self.conclusionEdit)
        self.adviceEditLabel.setBuddy(self.adviceEdit)
        self.technicianEditLabel.setBuddy(self.technicianEdit)
        self.feeEditLabel.setBuddy(self.feeEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionDiagnosis)

        QMetaObject.connectSlotsByName(ReceptionDiagnosis)
    # setupUi

    def retranslateUi(self, ReceptionDiagnosis):
        ReceptionDiagnosis.setWindowTitle(QCoreApplication.translate("ReceptionDiagnosis", u"\u6c7d\u8f66\u68c0\u6d4b\u8bca\u65ad", None))
        self.infoLabel.setText("")
        self.itemsTableLabel.setText(QCoreApplication.translate("ReceptionDiagnosis", u"\u68c0\u6d4b\u9879\u76ee\u4e0e\u7ed3\u679c(&I)\uff1a\uff08Ctrl+N \u52a0\u4e00\u884c\uff0cCtrl+Delete \u5220\u9664\u5f53\u524d\u884c\uff09", None))
        self.conclusionEditLabel.setText(QCoreApplication.translate("ReceptionDiagnosis", u"\u8bca\u65ad\u7ed3\u8bba(&C)\uff1a", None))
        self.conclusionEdit.setPlaceholderText(QCoreApplication.translate("ReceptionDiagnosis", u"\u6545\u969c\u6216\u95ee\u9898\u6240\u5728\uff0c\u5982\uff1a\u4e00\u7f38\u70b9\u706b\u7ebf\u5708\u635f\u574f", None))
        self.adviceEditLabel.setText(QCoreApplication.translate("ReceptionDiagnosis", u"\u7ef4\u4fee\u5efa\u8bae(&A)\uff1a", None))
        self.technicianEditLabel.setText(QCoreApplication.translate("ReceptionDiagnosis", u"\u68c0\u6d4b\u6280\u5e08(&T)\uff1a", None))
        self.feeEditLabel.setText(QCoreApplication.translate("ReceptionDiagnosis", u"\u8bca\u65ad\u8d39\uff08\u5143\uff09(&F)\uff1a", None))
        self.feeEdit.setPlaceholderText(QCoreApplication.translate("ReceptionDiagnosis", u"\u5ba2\u6237\u4e0d\u4fee\u65f6\u6536\u53d6\uff1b0 \u4e3a\u514d\u6536", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("ReceptionDiagnosis", u"\u4e0d\u4fee\u539f\u56e0(&R)\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ReceptionDiagnosis", u"\u5ba2\u6237\u51b3\u5b9a\u4e0d\u5728\u672c\u5e97\u7ef4\u4fee\u65f6\u586b\u5199\uff0c\u5982\uff1a\u5ba2\u6237\u56de\u5355\u4f4d\u8f66\u961f\u4fee", None))
        self.unrepairedButton.setText(QCoreApplication.translate("ReceptionDiagnosis", u"\u8bca\u65ad\u672a\u4fee\uff0c\u7ed3\u7b97\u8bca\u65ad\u8d39\u653e\u884c (Ctrl+U)", None))
        self.errorLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("ReceptionDiagnosis", u"\u6253\u5370\u8bca\u65ad\u62a5\u544a\u5355 (Ctrl+P)", None))
    # retranslateUi


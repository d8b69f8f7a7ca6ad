# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_import.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PartsImportDialog(object):
    def setupUi(self, PartsImportDialog):
        if not PartsImportDialog.objectName():
            PartsImportDialog.setObjectName(u"PartsImportDialog")
        PartsImportDialog.resize(760, 640)
        self.dialogLayout = QVBoxLayout(PartsImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(PartsImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(PartsImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(PartsImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.dialogLayout.addLayout(self.fileLayout)

        self.mappingBox = QGroupBox(PartsImportDialog)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingLayout = QGridLayout(self.mappingBox)
        self.mappingLayout.setObjectName(u"mappingLayout")

        self.dialogLayout.addWidget(self.mappingBox)

        self.sampleTable = QTableWidget(PartsImportDialog)
        self.sampleTable.setObjectName(u"sampleTable")
        self.sampleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sampleTable.setMaximumSize(QSize(16777215, 150))

        self.dialogLayout.addWidget(self.sampleTable)

        self.progressBar = QProgressBar(PartsImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(1000)
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(PartsImportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setText(u"")

        self.dialogLayout.addWidget(self.statusLabel)

        self.reportText = QPlainTextEdit(PartsImportDialog)
        self.reportText.setObjectName(u"reportText")
        self.reportText.setReadOnly(True)

        self.dialogLayout.addWidget(self.reportText)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.saveRefusedButton = QPushButton(PartsImportDialog)
        self.saveRefusedButton.setObjectName(u"saveRefusedButton")

        self.buttonLayout.addWidget(self.saveRefusedButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.startButton = QPushButton(PartsImportDialog)
        self.startButton.setObjectName(u"startButton")

        self.buttonLayout.addWidget(self.startButton)

        self.stopButton = QPushButton(PartsImportDialog)
        self.stopButton.setObjectName(u"stopButton")

        self.buttonLayout.addWidget(self.stopButton)

        self.closeButton = QPushButton(PartsImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartsImportDialog)
        self.closeButton.clicked.connect(PartsImportDialog.reject)

        QMetaObject.connectSlotsByName(PartsImportDialog)
    # setupUi

    def retranslateUi(self, PartsImportDialog):
        PartsImportDialog.setWindowTitle(QCoreApplication.translate("PartsImportDialog", u"\u5bfc\u5165\u5907\u4ef6\u6863\u6848\u548c\u671f\u521d\u5e93\u5b58", None))
        self.fileLabel.setText(QCoreApplication.translate("PartsImportDialog", u"\u6587\u4ef6\uff1a", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("PartsImportDialog", u"Excel (.xlsx) \u6216 CSV\uff08UTF-8 / GBK\uff09", None))
        self.browseButton.setText(QCoreApplication.translate("PartsImportDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.mappingBox.setTitle(QCoreApplication.translate("PartsImportDialog", u"\u7b2c 2 \u6b65\uff1a\u5217\u5bf9\u5e94\uff08\u5df2\u6309\u8868\u5934\u81ea\u52a8\u5efa\u8bae\uff0c\u53ef\u4fee\u6539\uff09", None))
        self.saveRefusedButton.setText(QCoreApplication.translate("PartsImportDialog", u"\u4fdd\u5b58\u62d2\u7edd\u6e05\u5355\u2026", None))
        self.startButton.setText(QCoreApplication.translate("PartsImportDialog", u"\u5f00\u59cb\u5bfc\u5165", None))
        self.stopButton.setText(QCoreApplication.translate("PartsImportDialog", u"\u53d6\u6d88\u5bfc\u5165", None))
        self.closeButton.setText(QCoreApplication.translate("PartsImportDialog", u"\u5173\u95ed", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_import.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AdminImportTab(object):
    def setupUi(self, AdminImportTab):
        if not AdminImportTab.objectName():
            AdminImportTab.setObjectName(u"AdminImportTab")
        AdminImportTab.resize(900, 480)
        self.tabLayout = QVBoxLayout(AdminImportTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.kindLabel = QLabel(AdminImportTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fileLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(AdminImportTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fileLayout.addWidget(self.kindCombo)

        self.fileLabel = QLabel(AdminImportTab)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(AdminImportTab)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(AdminImportTab)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.tabLayout.addLayout(self.fileLayout)

        self.middleLayout = QHBoxLayout()
        self.middleLayout.setObjectName(u"middleLayout")
        self.mappingBox = QGroupBox(AdminImportTab)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingLayout = QGridLayout(self.mappingBox)
        self.mappingLayout.setObjectName(u"mappingLayout")

        self.middleLayout.addWidget(self.mappingBox)

        self.sampleTable = QTableWidget(AdminImportTab)
        self.sampleTable.setObjectName(u"sampleTable")
        self.sampleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.middleLayout.addWidget(self.sampleTable)


        self.tabLayout.addLayout(self.middleLayout)

        self.progressBar = QProgressBar(AdminImportTab)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(1000)
        self.progressBar.setValue(0)

        self.tabLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(AdminImportTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setText(u"")

        self.tabLayout.addWidget(self.statusLabel)

        self.reportText = QPlainTextEdit(AdminImportTab)
        self.reportText.setObjectName(u"reportText")
        self.reportText.setReadOnly(True)
        self.reportText.setMaximumSize(QSize(16777215, 120))

        self.tabLayout.addWidget(self.reportText)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.saveRefusedButton = QPushButton(AdminImportTab)
        self.saveRefusedButton.setObjectName(u"saveRefusedButton")

        self.buttonLayout.addWidget(self.saveRefusedButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.dryRunButton = QPushButton(AdminImportTab)
        self.dryRunButton.setObjectName(u"dryRunButton")

        self.buttonLayout.addWidget(self.dryRunButton)

        self.startButton = QPushButton(AdminImportTab)
        self.startButton.setObjectName(u"startButton")

        self.buttonLayout.addWidget(self.startButton)

        self.stopButton = QPushButton(AdminImportTab)
        self.stopButton.setObjectName(u"stopButton")

        self.buttonLayout.addWidget(self.stopButton)


        self.tabLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.sampleTable)
        QWidget.setTabOrder(self.sampleTable, self.reportText)
        QWidget.setTabOrder(self.reportText, self.saveRefusedButton)
        QWidget.setTabOrder(self.saveRefusedButton, self.dryRunButton)
        QWidget.setTabOrder(self.dryRunButton, self.startButton)
        QWidget.setTabOrder(self.startButton, self.stopButton)

        self.retranslateUi(AdminImportTab)

        QMetaObject.connectSlotsByName(AdminImportTab)
    # setupUi

    def retranslateUi(self, AdminImportTab):
        self.kindLabel.setText(QCoreApplication.translate("AdminImportTab", u"\u5bfc\u5165\u79cd\u7c7b\uff1a", None))
        self.fileLabel.setText(QCoreApplication.translate("AdminImportTab", u"\u6587\u4ef6\uff1a", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("AdminImportTab", u"Excel (.xlsx) \u6216 CSV\uff08UTF-8 / GBK\uff09", None))
        self.browseButton.setText(QCoreApplication.translate("AdminImportTab", u"\u9009\u62e9\u6587\u4ef6(&O)\u2026", None))
        self.mappingBox.setTitle(QCoreApplication.translate("AdminImportTab", u"\u5217\u5bf9\u5e94\uff08\u6309\u8868\u5934\u81ea\u52a8\u5efa\u8bae\u6216\u6cbf\u7528\u4e0a\u6b21\uff0c\u53ef\u4fee\u6539\uff09", None))
#if QT_CONFIG(tooltip)
        self.sampleTable.setToolTip(QCoreApplication.translate("AdminImportTab", u"\u6587\u4ef6\u7684\u524d\u51e0\u884c", None))
#endif // QT_CONFIG(tooltip)
        self.saveRefusedButton.setText(QCoreApplication.translate("AdminImportTab", u"\u5bfc\u51fa\u6709\u8bef\u7684\u884c(&E)\u2026", None))
        self.dryRunButton.setText(QCoreApplication.translate("AdminImportTab", u"\u8bd5\u5bfc\u5165\uff08\u4e0d\u4fdd\u5b58\uff09(&T)", None))
        self.startButton.setText(QCoreApplication.translate("AdminImportTab", u"\u5f00\u59cb\u5bfc\u5165(&I)", None))
        self.stopButton.setText(QCoreApplication.translate("AdminImportTab", u"\u53d6\u6d88\u5bfc\u5165", None))
        pass
    # retranslateUi


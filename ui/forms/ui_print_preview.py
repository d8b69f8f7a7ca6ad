# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_preview.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_PrintPreviewDialog(object):
    def setupUi(self, PrintPreviewDialog):
        if not PrintPreviewDialog.objectName():
            PrintPreviewDialog.setObjectName(u"PrintPreviewDialog")
        PrintPreviewDialog.resize(860, 900)
        self.dialogLayout = QVBoxLayout(PrintPreviewDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(6)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.zoomOutButton = QToolButton(PrintPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.toolbarLayout.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(PrintPreviewDialog)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setText(u"100%")
        self.zoomLabel.setMinimumSize(QSize(48, 0))
        self.zoomLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toolbarLayout.addWidget(self.zoomLabel)

        self.zoomInButton = QToolButton(PrintPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.toolbarLayout.addWidget(self.zoomInButton)

        self.fitWidthButton = QToolButton(PrintPreviewDialog)
        self.fitWidthButton.setObjectName(u"fitWidthButton")

        self.toolbarLayout.addWidget(self.fitWidthButton)

        self.toolbarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.paperLabel = QLabel(PrintPreviewDialog)
        self.paperLabel.setObjectName(u"paperLabel")
        self.paperLabel.setText(u"\u7eb8\u5f20\uff1aA4")

        self.toolbarLayout.addWidget(self.paperLabel)

        self.paperSpacer = QSpacerItem(16, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.paperSpacer)

        self.pageCountLabel = QLabel(PrintPreviewDialog)
        self.pageCountLabel.setObjectName(u"pageCountLabel")
        self.pageCountLabel.setText(u"\u5171 1 \u9875")

        self.toolbarLayout.addWidget(self.pageCountLabel)


        self.dialogLayout.addLayout(self.toolbarLayout)

        self.scrollArea = QScrollArea(PrintPreviewDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.scrollArea.setStyleSheet(u"QScrollArea { background: #7a7a7a; } #pagesWidget { background: #7a7a7a; }")
        self.pagesWidget = QWidget()
        self.pagesWidget.setObjectName(u"pagesWidget")
        self.pagesLayout = QVBoxLayout(self.pagesWidget)
        self.pagesLayout.setSpacing(14)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.pagesLayout.setContentsMargins(14, 14, 14, 14)
        self.scrollArea.setWidget(self.pagesWidget)

        self.dialogLayout.addWidget(self.scrollArea)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.printerLabel = QLabel(PrintPreviewDialog)
        self.printerLabel.setObjectName(u"printerLabel")
        self.printerLabel.setText(u"\u6253\u5370\u673a")

        self.buttonLayout.addWidget(self.printerLabel)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.printButton = QPushButton(PrintPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PrintPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(PrintPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(PrintPreviewDialog)
        self.closeButton.clicked.connect(PrintPreviewDialog.reject)

        self.printButton.setDefault(True)


        QMetaObject.connectSlotsByName(PrintPreviewDialog)
    # setupUi

    def retranslateUi(self, PrintPreviewDialog):
        PrintPreviewDialog.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", u"\u6253\u5370\u9884\u89c8", None))
        self.zoomOutButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"\u7f29\u5c0f", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"\u7f29\u5c0f\uff08Ctrl+-\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.zoomInButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"\u653e\u5927", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"\u653e\u5927\uff08Ctrl++\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.fitWidthButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"\u9002\u5408\u5bbd\u5ea6", None))
#if QT_CONFIG(tooltip)
        self.fitWidthButton.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"\u8ba9\u9875\u9762\u5bbd\u5ea6\u4e0e\u7a97\u53e3\u4e00\u81f4", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"\u6253\u5370", None))
        self.saveButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"\u53e6\u5b58\u4e3a PDF", None))
        self.closeButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"\u5173\u95ed", None))
    # retranslateUi


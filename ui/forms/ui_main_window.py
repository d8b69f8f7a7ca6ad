# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 768)
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionSettings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.actionSwitchUser = QAction(MainWindow)
        self.actionSwitchUser.setObjectName(u"actionSwitchUser")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.actionExportLogs = QAction(MainWindow)
        self.actionExportLogs.setObjectName(u"actionExportLogs")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navPanel = QFrame(self.centralwidget)
        self.navPanel.setObjectName(u"navPanel")
        self.navPanel.setMinimumSize(QSize(200, 0))
        self.navPanel.setMaximumSize(QSize(200, 16777215))
        self.navPanel.setStyleSheet(u"#navPanel { background: #f3f6f9; border-right: 1px solid #d5dbe2; }")
        self.navLayout = QVBoxLayout(self.navPanel)
        self.navLayout.setSpacing(6)
        self.navLayout.setObjectName(u"navLayout")
        self.navLayout.setContentsMargins(10, 16, 10, 10)
        self.storeTitle = QLabel(self.navPanel)
        self.storeTitle.setObjectName(u"storeTitle")
        self.storeTitle.setText(u"")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.storeTitle.setFont(font)
        self.storeTitle.setWordWrap(True)
        self.storeTitle.setStyleSheet(u"color: #1d2733;")

        self.navLayout.addWidget(self.storeTitle)

        self.navCaption = QLabel(self.navPanel)
        self.navCaption.setObjectName(u"navCaption")
        self.navCaption.setStyleSheet(u"color: #7a8694;")

        self.navLayout.addWidget(self.navCaption)

        self.navList = QListWidget(self.navPanel)
        self.navList.setObjectName(u"navList")
        self.navList.setStyleSheet(u"QListWidget { background: transparent; border: none; outline: 0; }\n"
"QListWidget::item { padding: 9px 6px; margin: 2px 0px; border-radius: 6px; color: #1d2733; }\n"
"QListWidget::item:hover { background: #e6edf5; }\n"
"QListWidget::item:selected { background: #d2e3f5; color: #0d3c6e; }")
        self.navList.setIconSize(QSize(36, 36))
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        font1 = QFont()
        font1.setPointSize(13)
        self.navList.setFont(font1)

        self.navLayout.addWidget(self.navList)


        self.centralLayout.addWidget(self.navPanel)

        self.stack = QStackedWidget(self.centralwidget)
        self.stack.setObjectName(u"stack")

        self.centralLayout.addWidget(self.stack)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addAction(self.actionSwitchUser)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionExportLogs)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"4S \u5e97\u552e\u540e\u670d\u52a1\u7ba1\u7406\u7cfb\u7edf", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e(&S)\u2026", None))
        self.actionSwitchUser.setText(QCoreApplication.translate("MainWindow", u"\u5207\u6362\u7528\u6237(&U)", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&X)", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e(&A)", None))
        self.actionExportLogs.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u51fa\u65e5\u5fd7(&L)\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExportLogs.setToolTip(QCoreApplication.translate("MainWindow", u"\u628a\u8fd9\u53f0\u7535\u8111\u7684\u65e5\u5fd7\u4fdd\u5b58\u6210\u4e00\u4e2a\u6587\u4ef6\uff0c\u53d1\u7ed9\u7ef4\u62a4\u4eba\u5458", None))
#endif // QT_CONFIG(tooltip)
        self.navCaption.setText(QCoreApplication.translate("MainWindow", u"\u5de5\u4f5c\u7ad9", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi


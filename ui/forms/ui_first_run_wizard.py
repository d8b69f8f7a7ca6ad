# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(600, 440)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        FirstRunWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.welcomePage = QWizardPage()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomePageLayout = QVBoxLayout(self.welcomePage)
        self.welcomePageLayout.setSpacing(8)
        self.welcomePageLayout.setObjectName(u"welcomePageLayout")
        self.welcomeText = QLabel(self.welcomePage)
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeText.setWordWrap(True)

        self.welcomePageLayout.addWidget(self.welcomeText)

        self.welcomeSpacerTop = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.welcomePageLayout.addItem(self.welcomeSpacerTop)

        self.localRadio = QRadioButton(self.welcomePage)
        self.localRadio.setObjectName(u"localRadio")
        self.localRadio.setChecked(True)

        self.welcomePageLayout.addWidget(self.localRadio)

        self.localNote = QLabel(self.welcomePage)
        self.localNote.setObjectName(u"localNote")
        self.localNote.setText(u"")
        self.localNote.setWordWrap(True)
        self.localNote.setStyleSheet(u"color: #666666;")
        self.localNote.setIndent(26)

        self.welcomePageLayout.addWidget(self.localNote)

        self.serverRadio = QRadioButton(self.welcomePage)
        self.serverRadio.setObjectName(u"serverRadio")

        self.welcomePageLayout.addWidget(self.serverRadio)

        self.serverNote = QLabel(self.welcomePage)
        self.serverNote.setObjectName(u"serverNote")
        self.serverNote.setWordWrap(True)
        self.serverNote.setStyleSheet(u"color: #666666;")
        self.serverNote.setIndent(26)

        self.welcomePageLayout.addWidget(self.serverNote)

        self.databaseLabel = QLabel(self.welcomePage)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.welcomePageLayout.addWidget(self.databaseLabel)

        self.databaseEdit = QLineEdit(self.welcomePage)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setReadOnly(True)
        self.databaseEdit.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.welcomePageLayout.addWidget(self.databaseEdit)

        self.databaseNote = QLabel(self.welcomePage)
        self.databaseNote.setObjectName(u"databaseNote")
        self.databaseNote.setWordWrap(True)
        self.databaseNote.setStyleSheet(u"color: #666666;")

        self.welcomePageLayout.addWidget(self.databaseNote)

        self.welcomeError = QLabel(self.welcomePage)
        self.welcomeError.setObjectName(u"welcomeError")
        self.welcomeError.setText(u"")
        self.welcomeError.setWordWrap(True)
        self.welcomeError.setStyleSheet(u"color: #c62828;")

        self.welcomePageLayout.addWidget(self.welcomeError)

        self.welcomeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomePageLayout.addItem(self.welcomeSpacer)

        FirstRunWizard.addPage(self.welcomePage)
        self.serverPage = QWizardPage()
        self.serverPage.setObjectName(u"serverPage")
        self.serverPageLayout = QVBoxLayout(self.serverPage)
        self.serverPageLayout.setSpacing(10)
        self.serverPageLayout.setObjectName(u"serverPageLayout")
        self.serverForm = QFormLayout()
        self.serverForm.setObjectName(u"serverForm")
        self.serverForm.setHorizontalSpacing(12)
        self.serverForm.setVerticalSpacing(10)
        self.hostLabel = QLabel(self.serverPage)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(self.serverPage)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setMaxLength(253)

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(self.serverPage)
        self.portLabel.setObjectName(u"portLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(self.serverPage)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseNameLabel = QLabel(self.serverPage)
        self.databaseNameLabel.setObjectName(u"databaseNameLabel")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseNameLabel)

        self.databaseNameEdit = QLineEdit(self.serverPage)
        self.databaseNameEdit.setObjectName(u"databaseNameEdit")
        self.databaseNameEdit.setText(u"fours")
        self.databaseNameEdit.setMaxLength(63)

        self.serverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseNameEdit)

        self.dbUserLabel = QLabel(self.serverPage)
        self.dbUserLabel.setObjectName(u"dbUserLabel")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dbUserLabel)

        self.dbUserEdit = QLineEdit(self.serverPage)
        self.dbUserEdit.setObjectName(u"dbUserEdit")
        self.dbUserEdit.setMaxLength(63)

        self.serverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dbUserEdit)

        self.dbPasswordLabel = QLabel(self.serverPage)
        self.dbPasswordLabel.setObjectName(u"dbPasswordLabel")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dbPasswordLabel)

        self.dbPasswordEdit = QLineEdit(self.serverPage)
        self.dbPasswordEdit.setObjectName(u"dbPasswordEdit")
        self.dbPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dbPasswordEdit)


        self.serverPageLayout.addLayout(self.serverForm)

        self.testLayout = QHBoxLayout()
        self.testLayout.setSpacing(12)
        self.testLayout.setObjectName(u"testLayout")
        self.testButton = QPushButton(self.serverPage)
        self.testButton.setObjectName(u"testButton")
        self.testButton.setAutoDefault(False)

        self.testLayout.addWidget(self.testButton)

        self.testResult = QLabel(self.serverPage)
        self.testResult.setObjectName(u"testResult")
        self.testResult.setText(u"")
        self.testResult.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.testResult.sizePolicy().hasHeightForWidth())
        self.testResult.setSizePolicy(sizePolicy)

        self.testLayout.addWidget(self.testResult)


        self.serverPageLayout.addLayout(self.testLayout)

        self.serverHint = QLabel(self.serverPage)
        self.serverHint.setObjectName(u"serverHint")
        self.serverHint.setWordWrap(True)
        self.serverHint.setStyleSheet(u"color: #666666;")

        self.serverPageLayout.addWidget(self.serverHint)

        self.serverSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.serverPageLayout.addItem(self.serverSpacer)

        FirstRunWizard.addPage(self.serverPage)
        self.storePage = QWizardPage()
        self.storePage.setObjectName(u"storePage")
        self.storePageLayout = QVBoxLayout(self.storePage)
        self.storePageLayout.setSpacing(10)
        self.storePageLayout.setObjectName(u"storePageLayout")
        self.storeForm = QFormLayout()
        self.storeForm.setObjectName(u"storeForm")
        self.storeForm.setHorizontalSpacing(12)
        self.storeForm.setVerticalSpacing(10)
        self.storeNameLabel = QLabel(self.storePage)
        self.storeNameLabel.setObjectName(u"storeNameLabel")

        self.storeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.storeNameLabel)

        self.storeNameEdit = QLineEdit(self.storePage)
        self.storeNameEdit.setObjectName(u"storeNameEdit")
        self.storeNameEdit.setMaxLength(60)

        self.storeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.storeNameEdit)

        self.addressLabel = QLabel(self.storePage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.storeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.storePage)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(120)

        self.storeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.storePage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.storeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.storePage)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.storeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.storePageLayout.addLayout(self.storeForm)

        self.storeError = QLabel(self.storePage)
        self.storeError.setObjectName(u"storeError")
        self.storeError.setText(u"")
        self.storeError.setWordWrap(True)
        self.storeError.setStyleSheet(u"color: #c62828;")

        self.storePageLayout.addWidget(self.storeError)

        self.storeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.storePageLayout.addItem(self.storeSpacer)

        FirstRunWizard.addPage(self.storePage)
        self.adminPage = QWizardPage()
        self.adminPage.setObjectName(u"adminPage")
        self.adminPageLayout = QVBoxLayout(self.adminPage)
        self.adminPageLayout.setSpacing(10)
        self.adminPageLayout.setObjectName(u"adminPageLayout")
        self.adminForm = QFormLayout()
        self.adminForm.setObjectName(u"adminForm")
        self.adminForm.setHorizontalSpacing(12)
        self.adminForm.setVerticalSpacing(10)
        self.usernameLabel = QLabel(self.adminPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.adminPage)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(32)

        self.adminForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameLabel = QLabel(self.adminPage)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(self.adminPage)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(32)

        self.adminForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.passwordLabel = QLabel(self.adminPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.adminPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(self.adminPage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.adminForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.adminPage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.adminPageLayout.addLayout(self.adminForm)

        self.adminError = QLabel(self.adminPage)
        self.adminError.setObjectName(u"adminError")
        self.adminError.setText(u"")
        self.adminError.setWordWrap(True)
        self.adminError.setStyleSheet(u"color: #c62828;")

        self.adminPageLayout.addWidget(self.adminError)

        self.adminSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.adminPageLayout.addItem(self.adminSpacer)

        FirstRunWizard.addPage(self.adminPage)
        self.finishPage = QWizardPage()
        self.finishPage.setObjectName(u"finishPage")
        self.finishPageLayout = QVBoxLayout(self.finishPage)
        self.finishPageLayout.setSpacing(10)
        self.finishPageLayout.setObjectName(u"finishPageLayout")
        self.summaryLabel = QLabel(self.finishPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.finishPageLayout.addWidget(self.summaryLabel)

        self.finishError = QLabel(self.finishPage)
        self.finishError.setObjectName(u"finishError")
        self.finishError.setText(u"")
        self.finishError.setWordWrap(True)
        self.finishError.setStyleSheet(u"color: #c62828;")

        self.finishPageLayout.addWidget(self.finishError)

        self.finishSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.finishPageLayout.addItem(self.finishSpacer)

        FirstRunWizard.addPage(self.finishPage)
        self.joinedPage = QWizardPage()
        self.joinedPage.setObjectName(u"joinedPage")
        self.joinedPageLayout = QVBoxLayout(self.joinedPage)
        self.joinedPageLayout.setSpacing(10)
        self.joinedPageLayout.setObjectName(u"joinedPageLayout")
        self.joinedSummary = QLabel(self.joinedPage)
        self.joinedSummary.setObjectName(u"joinedSummary")
        self.joinedSummary.setText(u"")
        self.joinedSummary.setWordWrap(True)

        self.joinedPageLayout.addWidget(self.joinedSummary)

        self.joinedNote = QLabel(self.joinedPage)
        self.joinedNote.setObjectName(u"joinedNote")
        self.joinedNote.setWordWrap(True)
        self.joinedNote.setStyleSheet(u"color: #666666;")

        self.joinedPageLayout.addWidget(self.joinedNote)

        self.joinedSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.joinedPageLayout.addItem(self.joinedSpacer)

        FirstRunWizard.addPage(self.joinedPage)
#if QT_CONFIG(shortcut)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseNameLabel.setBuddy(self.databaseNameEdit)
        self.dbUserLabel.setBuddy(self.dbUserEdit)
        self.dbPasswordLabel.setBuddy(self.dbPasswordEdit)
        self.storeNameLabel.setBuddy(self.storeNameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)

        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"\u9996\u6b21\u4f7f\u7528\u8bbe\u7f6e", None))
        self.welcomePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"\u6b22\u8fce", None))
        self.welcomePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"\u6b22\u8fce\u4f7f\u7528 4S \u5e97\u552e\u540e\u670d\u52a1\u7ba1\u7406\u7cfb\u7edf\u3002", None))
        self.welcomeText.setText(QCoreApplication.translate("FirstRunWizard", u"\u8fd9\u53f0\u7535\u8111\u7b2c\u4e00\u6b21\u4f7f\u7528\u672c\u7a0b\u5e8f\u3002\u5148\u9009\u62e9\u6570\u636e\u4fdd\u5b58\u5728\u54ea\u91cc\uff1a\u53ea\u6709\u8fd9\u4e00\u53f0\u7535\u8111\u4f7f\u7528\u65f6\u9009\u7b2c\u4e00\u9879\uff1b\u95e8\u5e97\u91cc\u591a\u53f0\u7535\u8111\uff08\u524d\u53f0\u3001\u8f66\u95f4\u3001\u5907\u4ef6\u3001\u6536\u94f6\uff09\u5171\u7528\u4e00\u5957\u6570\u636e\u65f6\uff0c\u6bcf\u53f0\u7535\u8111\u90fd\u9009\u7b2c\u4e8c\u9879\uff0c\u8fde\u63a5\u540c\u4e00\u53f0\u95e8\u5e97\u670d\u52a1\u5668\u3002", None))
        self.localRadio.setText(QCoreApplication.translate("FirstRunWizard", u"\u53ea\u5728\u8fd9\u53f0\u7535\u8111\u4e0a\u4f7f\u7528(&L)", None))
        self.serverRadio.setText(QCoreApplication.translate("FirstRunWizard", u"\u8fde\u63a5\u95e8\u5e97\u670d\u52a1\u5668\uff0c\u591a\u53f0\u7535\u8111\u5171\u7528(&S)", None))
        self.serverNote.setText(QCoreApplication.translate("FirstRunWizard", u"\u6570\u636e\u4fdd\u5b58\u5728\u95e8\u5e97\u670d\u52a1\u5668\u7684 PostgreSQL \u6570\u636e\u5e93\u4e2d\u3002\u9700\u8981\u670d\u52a1\u5668\u7684\u5730\u5740\u3001\u6570\u636e\u5e93\u540d\u3001\u7528\u6237\u540d\u548c\u5bc6\u7801\uff08\u5411\u95e8\u5e97\u7684\u7f51\u7edc\u7ba1\u7406\u5458\u7d22\u53d6\uff09\u3002", None))
        self.databaseLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u6570\u636e\u4fdd\u5b58\u5728\uff1a", None))
        self.databaseNote.setText(QCoreApplication.translate("FirstRunWizard", u"\u767b\u5f55\u540e\u53ef\u5728\u201c\u6587\u4ef6 \u2192 \u8bbe\u7f6e \u2192 \u6570\u636e\u5e93\u201d\u4e2d\u66f4\u6539\u6570\u636e\u5e93\u5730\u5740\u3002", None))
        self.serverPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"\u95e8\u5e97\u670d\u52a1\u5668", None))
        self.serverPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"\u586b\u5199\u95e8\u5e97\u670d\u52a1\u5668\u4e0a\u6570\u636e\u5e93\u7684\u8fde\u63a5\u4fe1\u606f\uff0c\u70b9\u201c\u6d4b\u8bd5\u8fde\u63a5\u201d\u786e\u8ba4\u65e0\u8bef\u540e\u518d\u7ee7\u7eed\u3002", None))
        self.hostLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u670d\u52a1\u5668\u5730\u5740\uff1a", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u8ba1\u7b97\u673a\u540d\u6216 IP \u5730\u5740\uff0c\u5982 192.168.1.10", None))
        self.portLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u7aef\u53e3\uff1a", None))
        self.databaseNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u6570\u636e\u5e93\u540d\uff1a", None))
        self.dbUserLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u7528\u6237\u540d\uff1a", None))
        self.dbPasswordLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u5bc6\u7801\uff1a", None))
        self.testButton.setText(QCoreApplication.translate("FirstRunWizard", u"\u6d4b\u8bd5\u8fde\u63a5(&T)", None))
        self.serverHint.setText(QCoreApplication.translate("FirstRunWizard", u"\u5bc6\u7801\u53ea\u4fdd\u5b58\u5728\u8fd9\u53f0\u7535\u8111\u7684\u8bbe\u7f6e\u6587\u4ef6\u4e2d\uff08\u53ea\u6709\u5f53\u524d\u767b\u5f55\u7535\u8111\u7684\u7528\u6237\u80fd\u8bfb\u53d6\uff09\uff0c\u4e0d\u4f1a\u5199\u8fdb\u65e5\u5fd7\u3002", None))
        self.storePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"\u95e8\u5e97\u4fe1\u606f", None))
        self.storePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"\u8fd9\u4e9b\u4fe1\u606f\u5370\u5728\u6bcf\u4e00\u5f20\u5355\u636e\u7684\u62ac\u5934\u4e0a\uff0c\u4ee5\u540e\u53ef\u5728\u8bbe\u7f6e\u4e2d\u4fee\u6539\u3002", None))
        self.storeNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u5e97\u540d\uff1a", None))
        self.storeNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u5982\uff1a\u7ea2\u65d7\u8def\u4e00\u6c7d\u5927\u4f174S\u5e97", None))
        self.addressLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u5730\u5740\uff1a", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u5982\uff1a\u5317\u4eac\u5e02\u671d\u9633\u533a\u7ea2\u65d7\u8def 88 \u53f7", None))
        self.phoneLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u670d\u52a1\u7535\u8bdd\uff1a", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u624b\u673a\u53f7\u6216\u5e26\u533a\u53f7\u7684\u56fa\u5b9a\u7535\u8bdd\uff0c\u5982 010-88886666", None))
        self.adminPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"\u7ba1\u7406\u5458\u8d26\u53f7", None))
        self.adminPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"\u7cfb\u7edf\u7ba1\u7406\u5458\u8d1f\u8d23\u95e8\u5e97\u8bbe\u7f6e\u548c\u540c\u4e8b\u7684\u8d26\u53f7\u3002\u8bf7\u7262\u8bb0\u5bc6\u7801\u3002", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u7528\u6237\u540d\uff1a", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u767b\u5f55\u65f6\u8f93\u5165\uff0c\u5982 admin", None))
        self.displayNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u59d3\u540d\uff1a", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u5bc6\u7801\uff1a", None))
        self.confirmLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u786e\u8ba4\u5bc6\u7801\uff1a", None))
        self.finishPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"\u5b8c\u6210", None))
        self.finishPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"\u8bf7\u6838\u5bf9\u4ee5\u4e0b\u4fe1\u606f\uff0c\u7136\u540e\u70b9\u51fb\u201c\u5b8c\u6210\u201d\u3002", None))
        self.joinedPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"\u5df2\u8fde\u63a5\u5230\u95e8\u5e97\u6570\u636e\u5e93", None))
        self.joinedPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"\u95e8\u5e97\u5df2\u7ecf\u8bbe\u7f6e\u597d\uff0c\u8fd9\u53f0\u7535\u8111\u4e0e\u5176\u4ed6\u7535\u8111\u770b\u5230\u7684\u662f\u540c\u4e00\u5957\u6570\u636e\u3002", None))
        self.joinedNote.setText(QCoreApplication.translate("FirstRunWizard", u"\u70b9\u201c\u5b8c\u6210\u201d\u540e\uff0c\u7528\u60a8\u5728\u672c\u95e8\u5e97\u7684\u8d26\u53f7\u767b\u5f55\u3002\u8fd8\u6ca1\u6709\u8d26\u53f7\u65f6\uff0c\u8bf7\u5411\u7cfb\u7edf\u7ba1\u7406\u5458\u6216\u670d\u52a1\u7ecf\u7406\u7d22\u53d6\u3002", None))
    # retranslateUi


<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="74"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="75"/>
        <source>更改数据库设置…</source>
        <translation>Change database settings…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="76"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../ui/stations/care.py" line="9"/>
        <source>客服回访</source>
        <translation>Customer Care</translation>
    </message>
    <message>
        <location filename="../../ui/stations/care.py" line="12"/>
        <source>客服专员在这里回访交车后的客户、提醒保养、处理投诉。</source>
        <translation>Customer care staff call customers after delivery, send maintenance reminders and handle complaints here.</translation>
    </message>
    <message>
        <location filename="../../ui/stations/care.py" line="16"/>
        <source>交车后 2–3 天内首次回访，约一周后二次回访</source>
        <translation>First follow-up call 2–3 days after delivery, a second one about a week later</translation>
    </message>
    <message>
        <location filename="../../ui/stations/care.py" line="17"/>
        <source>保养到期前两周提醒，临近时再次提醒</source>
        <translation>Maintenance reminders two weeks before the due date, and again close to it</translation>
    </message>
    <message>
        <location filename="../../ui/stations/care.py" line="18"/>
        <source>三个月未回厂的流失客户名单</source>
        <translation>Lost customers: no visit for three months</translation>
    </message>
    <message>
        <location filename="../../ui/stations/care.py" line="19"/>
        <source>投诉登记、答复时限与回访</source>
        <translation>Complaints: record, answer within the deadline, call back</translation>
    </message>
</context>
<context>
    <name>CashierPage</name>
    <message>
        <location filename="../../ui/stations/cashier.py" line="9"/>
        <source>结算收银</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/stations/cashier.py" line="12"/>
        <source>收银员在这里为质检合格的车辆结算、收款并交付单据。</source>
        <translation>The cashier settles cars that passed quality check, takes payment and hands over the documents here.</translation>
    </message>
    <message>
        <location filename="../../ui/stations/cashier.py" line="16"/>
        <source>汇总工时费、材料费和其他费用，生成维修结算单</source>
        <translation>Collect labour, parts and other charges into the settlement</translation>
    </message>
    <message>
        <location filename="../../ui/stations/cashier.py" line="17"/>
        <source>一种或多种方式收款；保险理赔和厂家索赔挂账</source>
        <translation>Payment by one or several methods; insurance and warranty bills on account</translation>
    </message>
    <message>
        <location filename="../../ui/stations/cashier.py" line="18"/>
        <source>打印结算单、出厂通知单和质量保证卡</source>
        <translation>Print the settlement, the vehicle release notice and the quality-guarantee card</translation>
    </message>
    <message>
        <location filename="../../ui/stations/cashier.py" line="19"/>
        <source>超出收银员权限的折扣提交主管审批</source>
        <translation>Discounts beyond the cashier&apos;s limit go to a supervisor for approval</translation>
    </message>
    <message>
        <location filename="../../ui/stations/cashier.py" line="20"/>
        <source>每日收款日结</source>
        <translation>Daily close of payments</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/settings_pages/database.py" line="41"/>
        <source>留空 = 本机默认文件：{url}</source>
        <translation>Empty = this PC&apos;s default file: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_pages/database.py" line="47"/>
        <location filename="../../ui/forms/settings_database.ui" line="32"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/settings_pages/database.py" line="55"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_pages/database.py" line="67"/>
        <source>连接成功。这是一个空数据库，程序重启后会在其中建立数据表。</source>
        <translation>Connected. The database is empty; the program creates its tables there after a restart.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_pages/database.py" line="69"/>
        <source>连接成功（数据库版本 {version}）。</source>
        <translation>Connected (database version {version}).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_pages/database.py" line="88"/>
        <source>新的数据库地址已保存，重新启动程序后生效。</source>
        <translation>The new database address is saved; it takes effect when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_database.ui" line="45"/>
        <source>本机程序使用的数据库。只在这台电脑上使用时保留默认的本机文件；多台电脑共用时，填写门店服务器上 PostgreSQL 数据库的地址。</source>
        <translation>The database this PC uses. Keep the default local file when only this PC uses the program; when several PCs share the data, enter the address of the PostgreSQL database on the store&apos;s server.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_database.ui" line="66"/>
        <source>正在使用：</source>
        <translation>In use:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_database.ui" line="86"/>
        <source>数据库地址：</source>
        <translation>Database address:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_database.ui" line="96"/>
        <source>留空 = 本机默认文件</source>
        <translation>Empty = this PC&apos;s default file</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_database.ui" line="103"/>
        <source>例：sqlite:///D:/4S/service.db&#x3000;或&#x3000;postgresql://用户:密码@192.168.1.10/fours</source>
        <translation>e.g. sqlite:///D:/4S/service.db  or  postgresql://user:password@192.168.1.10/fours</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_database.ui" line="123"/>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_database.ui" line="151"/>
        <source>更改数据库地址后，需重新启动程序才会生效。</source>
        <translation>A new database address takes effect after the program is restarted.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="12"/>
        <source>无法完成</source>
        <translation>Cannot be done</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="36"/>
        <location filename="../../ui/forms/first_run_wizard.ui" line="338"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="67"/>
        <source>两次输入的密码不一致，请重新输入确认密码。</source>
        <translation>The two passwords differ. Please enter the confirmation again.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="100"/>
        <source>店名</source>
        <translation>Store name</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="101"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="101"/>
        <source>（未填写）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="102"/>
        <source>服务电话</source>
        <translation>Service phone</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.py" line="103"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="14"/>
        <source>首次使用设置</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="24"/>
        <source>欢迎</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="27"/>
        <source>欢迎使用 4S 店售后服务管理系统。</source>
        <translation>Welcome to the 4S store after-sales service system.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="36"/>
        <source>这台电脑连接的数据库中还没有任何账号。接下来只需两步：填写门店信息，创建系统管理员账号。完成后用这个账号登录，再为服务顾问、车间、备件仓库、收银和客服的同事创建各自的账号。</source>
        <translation>The database this PC uses has no accounts yet. Two steps follow: enter the store&apos;s details and create the administrator account. Then log in with that account and create accounts for your colleagues in reception, the workshop, the parts warehouse, the cashier&apos;s desk and customer care.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="62"/>
        <source>数据保存在：</source>
        <translation>Data is kept in:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="82"/>
        <source>多台电脑共用门店服务器上的数据库，将在后续版本的向导中设置；现在也可以在登录后通过“文件 → 设置 → 数据库”更改地址。</source>
        <translation>Sharing a database on the store&apos;s server between several PCs will be set up by this wizard in a later version; for now you can change the address after logging in, under &quot;File → Settings → Database&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="109"/>
        <source>门店信息</source>
        <translation>Store details</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="112"/>
        <source>这些信息印在每一张单据的抬头上，以后可在设置中修改。</source>
        <translation>These details head every printed document; you can change them later in the settings.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="129"/>
        <source>店名：</source>
        <translation>Store name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="139"/>
        <source>如：红旗路一汽大众4S店</source>
        <translation>e.g. Hongqi Road FAW-Volkswagen 4S Store</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="149"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="159"/>
        <source>如：北京市朝阳区红旗路 88 号</source>
        <translation>e.g. 88 Hongqi Road, Chaoyang District, Beijing</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="169"/>
        <source>服务电话：</source>
        <translation>Service phone:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="179"/>
        <source>手机号或带区号的固定电话，如 010-88886666</source>
        <translation>Mobile, or landline with area code, e.g. 010-88886666</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="218"/>
        <source>管理员账号</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="221"/>
        <source>系统管理员负责门店设置和同事的账号。请牢记密码。</source>
        <translation>The administrator looks after the store settings and the colleagues&apos; accounts. Keep the password safe.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="238"/>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="248"/>
        <source>登录时输入，如 admin</source>
        <translation>Typed when logging in, e.g. admin</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="258"/>
        <source>姓名：</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="275"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="292"/>
        <source>确认密码：</source>
        <translation>Confirm password:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="341"/>
        <source>请核对以下信息，然后点击“完成”。</source>
        <translation>Please check the details below, then click &quot;Finish&quot;.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/settings_pages/language.py" line="18"/>
        <location filename="../../ui/forms/settings_language.ui" line="32"/>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_pages/language.py" line="26"/>
        <source>界面语言已更改，重新启动程序后生效。</source>
        <translation>The interface language is changed; it takes effect when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_language.ui" line="53"/>
        <source>界面语言：</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_language.ui" line="75"/>
        <source>重新启动程序后生效。单据和系统提示始终使用中文。</source>
        <translation>Takes effect after a restart. Printed documents and the system&apos;s messages stay in Chinese.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="24"/>
        <source>4S 店售后服务</source>
        <translation>4S Store After-Sales Service</translation>
    </message>
    <message>
        <location filename="../../ui/forms/login.ui" line="20"/>
        <source>登录 — 4S 店售后服务管理系统</source>
        <translation>Log in — 4S Store After-Sales Service</translation>
    </message>
    <message>
        <location filename="../../ui/forms/login.ui" line="63"/>
        <source>售后服务管理系统 · 请登录</source>
        <translation>After-sales service system · please log in</translation>
    </message>
    <message>
        <location filename="../../ui/forms/login.ui" line="97"/>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/login.ui" line="114"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/login.ui" line="180"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/forms/login.ui" line="196"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>本账号没有工作站</source>
        <translation>No stations for this account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>&lt;h2&gt;{name}，您好&lt;/h2&gt;&lt;p&gt;系统管理员账号不使用工作站。&lt;/p&gt;&lt;p&gt;门店信息和本机设置在“文件 → 设置”中修改；用户管理将在后续版本提供。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hello, {name}&lt;/h2&gt;&lt;p&gt;The administrator account does not work at a station.&lt;/p&gt;&lt;p&gt;Store details and this PC&apos;s settings are under &quot;File → Settings&quot;; user management comes in a later version.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>用户：{name}（{role}）</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>数据库：{url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>（未设置店名）</source>
        <translation>(no store name set)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>门店：{name}</source>
        <translation>Store: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>{store} — 4S 店售后服务管理系统</source>
        <translation>{store} — 4S Store After-Sales Service</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&lt;h3&gt;4S 店售后服务管理系统&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;业务接待、车间调度、备件仓库、结算收银、客服回访和经理看板，共用一个数据库。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;4S Store After-Sales Service&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Reception, workshop dispatch, parts warehouse, cashier, customer care and the manager&apos;s dashboard, sharing one database.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="14"/>
        <source>4S 店售后服务管理系统</source>
        <translation>4S Store After-Sales Service</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="88"/>
        <source>工作站</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="130"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="139"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="149"/>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="157"/>
        <source>切换用户(&amp;U)</source>
        <translation>Switch &amp;user</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="162"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="173"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../ui/stations/manager.py" line="9"/>
        <source>经理看板</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/stations/manager.py" line="12"/>
        <source>服务经理在这里查看全店的经营数据，处理审批，维护用户和价格。</source>
        <translation>The service manager follows the store&apos;s figures, handles approvals and maintains users and prices here.</translation>
    </message>
    <message>
        <location filename="../../ui/stations/manager.py" line="16"/>
        <source>日报、周报、月报：进厂台次、产值、毛利、返修率、满意度</source>
        <translation>Daily, weekly and monthly reports: cars in, revenue, gross margin, rework rate, satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/stations/manager.py" line="17"/>
        <source>审批：超限折扣、特殊备件出库、盘点差异</source>
        <translation>Approvals: discounts over the limit, special parts leaving stock, stock-count differences</translation>
    </message>
    <message>
        <location filename="../../ui/stations/manager.py" line="18"/>
        <source>保险公司与厂家的应收款</source>
        <translation>Receivables from insurers and the manufacturer</translation>
    </message>
    <message>
        <location filename="../../ui/stations/manager.py" line="19"/>
        <source>用户账号、工时单价和门店设置</source>
        <translation>User accounts, labour rate and store settings</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../ui/i18n.py" line="31"/>
        <source>A4 单据打印机</source>
        <translation>A4 document printer</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="32"/>
        <source>A5 单据打印机</source>
        <translation>A5 document printer</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="33"/>
        <source>80 mm 小票打印机</source>
        <translation>80 mm receipt printer</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="34"/>
        <source>241 mm 针式打印机（多联）</source>
        <translation>241 mm dot-matrix printer (multi-part)</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <location filename="../../ui/stations/parts.py" line="9"/>
        <source>备件仓库</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../ui/stations/parts.py" line="12"/>
        <source>备件仓库员在这里管理备件目录和库存，为维修单发料。</source>
        <translation>The storekeeper keeps the parts catalogue and stock and issues parts to work orders here.</translation>
    </message>
    <message>
        <location filename="../../ui/stations/parts.py" line="16"/>
        <source>备件目录与货位</source>
        <translation>Parts catalogue and bins</translation>
    </message>
    <message>
        <location filename="../../ui/stations/parts.py" line="17"/>
        <source>按采购单入库，按维修单领料出库，退料</source>
        <translation>Receive against purchase orders, issue to work orders, returns</translation>
    </message>
    <message>
        <location filename="../../ui/stations/parts.py" line="18"/>
        <source>每月与财务一起盘点</source>
        <translation>Monthly stock count with finance</translation>
    </message>
    <message>
        <location filename="../../ui/stations/parts.py" line="19"/>
        <source>低于安全库存时提醒补货</source>
        <translation>Reorder reminders below safety stock</translation>
    </message>
    <message>
        <location filename="../../ui/stations/parts.py" line="20"/>
        <source>特殊备件须经服务经理批准才能出库</source>
        <translation>Special parts leave the warehouse only with the service manager&apos;s approval</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/forms/print_preview.ui" line="14"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_preview.ui" line="28"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_preview.ui" line="31"/>
        <source>缩小（Ctrl+-）</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_preview.ui" line="54"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_preview.ui" line="57"/>
        <source>放大（Ctrl++）</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_preview.ui" line="64"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_preview.ui" line="67"/>
        <source>让页面宽度与窗口一致</source>
        <translation>Make the page as wide as the window</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_preview.ui" line="173"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_preview.ui" line="183"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_preview.ui" line="190"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../ui/settings_pages/printers.py" line="25"/>
        <source>（每次询问）</source>
        <translation>(ask each time)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_pages/printers.py" line="31"/>
        <source>{name}（当前未找到）</source>
        <translation>{name} (not found now)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_pages/printers.py" line="33"/>
        <source>{paper}：</source>
        <translation>{paper}:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_pages/printers.py" line="38"/>
        <location filename="../../ui/forms/settings_printers.ui" line="32"/>
        <source>打印机</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_printers.ui" line="45"/>
        <source>为每种纸张指定这台电脑上的打印机。选“（每次询问）”，则每次打印前再选择。</source>
        <translation>Choose this PC&apos;s printer for each kind of paper. With &quot;(ask each time)&quot; you choose before every print.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_printers.ui" line="68"/>
        <source>这台电脑上没有找到打印机。安装打印机后重新打开本窗口即可选择。</source>
        <translation>No printers were found on this PC. Install a printer, then open this window again to choose it.</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../ui/stations/reception.py" line="9"/>
        <source>业务接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/stations/reception.py" line="12"/>
        <source>服务顾问在这里迎接客户、建立档案、接车并开具进厂维修单。</source>
        <translation>Service advisors greet customers, keep the customer archive, check cars in and open work orders here.</translation>
    </message>
    <message>
        <location filename="../../ui/stations/reception.py" line="16"/>
        <source>按车牌、车架号或电话查找客户与车辆档案，或新建档案</source>
        <translation>Find customers and vehicles by plate, VIN or phone, or create them</translation>
    </message>
    <message>
        <location filename="../../ui/stations/reception.py" line="17"/>
        <source>预约登记，并在到店前半天至一天提醒客户</source>
        <translation>Appointments, with a reminder half a day to a day before</translation>
    </message>
    <message>
        <location filename="../../ui/stations/reception.py" line="18"/>
        <source>接车检查：外观、里程、油量、随车物品与钥匙编号</source>
        <translation>Check-in: body, mileage, fuel, belongings and key number</translation>
    </message>
    <message>
        <location filename="../../ui/stations/reception.py" line="19"/>
        <source>估价、开具进厂维修单并请客户签字</source>
        <translation>Estimate, open the work order and have the customer sign it</translation>
    </message>
    <message>
        <location filename="../../ui/stations/reception.py" line="20"/>
        <source>车间发现增项时致电客户，记录答复、时间和经办人</source>
        <translation>Call the customer about added work found in the workshop; record the answer, the time and who took it</translation>
    </message>
    <message>
        <location filename="../../ui/stations/reception.py" line="21"/>
        <source>完工后通知客户取车，引导结算与交车</source>
        <translation>Tell the customer the car is ready; settlement and hand-over</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/i18n.py" line="21"/>
        <source>服务顾问</source>
        <translation>Service Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="22"/>
        <source>车间调度</source>
        <translation>Dispatcher</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="23"/>
        <source>质检员</source>
        <translation>Quality Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="24"/>
        <source>备件仓库员</source>
        <translation>Storekeeper</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="25"/>
        <source>收银员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="26"/>
        <source>客服专员</source>
        <translation>Customer Care Agent</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="27"/>
        <source>服务经理</source>
        <translation>Service Manager</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="28"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>设置已保存</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="14"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../ui/stations/base.py" line="27"/>
        <source>当前用户：{name}（{role}）</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/forms/station_page.ui" line="117"/>
        <source>本工作站将在后续版本提供：</source>
        <translation>This station will offer in a later version:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/station_page.ui" line="162"/>
        <source>这是预览版：窗口和菜单已可使用，各项业务功能将逐步加入。</source>
        <translation>This is a preview: windows and menus work; the business functions are being added step by step.</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../ui/settings_pages/store.py" line="27"/>
        <location filename="../../ui/forms/settings_store.ui" line="32"/>
        <source>门店信息</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_store.ui" line="45"/>
        <source>门店的所有电脑共用这些信息，打印在每一张单据的抬头上。</source>
        <translation>Every PC of the store shares these details; they head every printed document.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_store.ui" line="66"/>
        <source>店名：</source>
        <translation>Store name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_store.ui" line="83"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_store.ui" line="100"/>
        <source>服务电话：</source>
        <translation>Service phone:</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="46"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <location filename="../../ui/stations/workshop.py" line="9"/>
        <source>车间调度</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/stations/workshop.py" line="12"/>
        <source>车间主管和调度员在这里接单派工、跟踪进度，质检员在这里做完工检验。</source>
        <translation>Workshop supervisors and dispatchers take work orders, assign jobs and follow progress here; inspectors do the final quality check.</translation>
    </message>
    <message>
        <location filename="../../ui/stations/workshop.py" line="16"/>
        <source>接收进厂维修单和车辆，交接时间精确到 10 分钟</source>
        <translation>Receive work orders and cars, hand-over time to 10 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/stations/workshop.py" line="17"/>
        <source>按班组、技工和工位派工</source>
        <translation>Assign jobs to teams, technicians and bays</translation>
    </message>
    <message>
        <location filename="../../ui/stations/workshop.py" line="18"/>
        <source>跟踪维修进度，在承诺时间的 70%–80% 时检查，延误提前告知前台</source>
        <translation>Follow progress, check at 70–80 % of the promised time, warn reception early of delays</translation>
    </message>
    <message>
        <location filename="../../ui/stations/workshop.py" line="19"/>
        <source>上报维修中发现的增项，等待前台与客户确认</source>
        <translation>Report added work found on the car; reception confirms it with the customer</translation>
    </message>
    <message>
        <location filename="../../ui/stations/workshop.py" line="20"/>
        <source>质检：通过或返工，签发竣工检验单</source>
        <translation>Quality check: pass or rework; sign the completion certificate</translation>
    </message>
</context>
</TS>

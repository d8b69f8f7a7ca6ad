<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AddedWorkDialog</name>
    <message>
        <location filename="../../ui/workshop/added_work_dialog.py" line="45"/>
        <source>工时项目名称</source>
        <translation>Labour item</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/added_work_dialog.py" line="45"/>
        <source>工时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/added_work_dialog.py" line="45"/>
        <source>工时费（定额）</source>
        <translation>Labour charge (standard)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/added_work_dialog.py" line="46"/>
        <source>备件号或名称</source>
        <translation>Part number or name</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/added_work_dialog.py" line="46"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/added_work_dialog.py" line="123"/>
        <source>备件“{typed}”不唯一或不存在，请输入完整的备件号。</source>
        <translation>Part &quot;{typed}&quot; is ambiguous or unknown: type the full part number.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_added_work.ui" line="8"/>
        <source>追加项目（增项）</source>
        <translation>Added work</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_added_work.ui" line="18"/>
        <source>发现的问题(&amp;D)：</source>
        <translation>&amp;Problem found:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_added_work.ui" line="32"/>
        <source>建议工时项目（名称、工时）：</source>
        <translation>Suggested labour (item, hours):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_added_work.ui" line="43"/>
        <source>从工时定额选择(&amp;L)… Ctrl+L</source>
        <translation>From the &amp;labour-time table... Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_added_work.ui" line="56"/>
        <source>建议备件（备件号、数量）：</source>
        <translation>Suggested parts (part number, quantity):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_added_work.ui" line="69"/>
        <source>预计延误（分钟）：</source>
        <translation>Expected delay (minutes):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_added_work.ui" line="81"/>
        <source>付费方：</source>
        <translation>Paid by:</translation>
    </message>
</context>
<context>
    <name>AddedWorkTab</name>
    <message>
        <location filename="../../ui/reception/added_work.py" line="43"/>
        <source>提出时间</source>
        <translation>Raised at</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="43"/>
        <source>工单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="44"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="44"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="44"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="45"/>
        <source>追加项目</source>
        <translation>Added work</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="45"/>
        <source>金额</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="46"/>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="46"/>
        <source>延时</source>
        <translation>Delay</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="47"/>
        <source>提出人</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="106"/>
        <source>没有待答复的追加项目。</source>
        <translation>No added work waiting for an answer.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="111"/>
        <source>答复：{plate}&#x3000;{customer}&#x3000;{phone}&#x3000;“{description}”</source>
        <translation>Answer: {plate}  {customer}  {phone}  &quot;{description}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="118"/>
        <source>&lt;b&gt;{order}&lt;/b&gt; 现估价 {now}（签字时 {signed}），预计交车 {promised}</source>
        <translation>&lt;b&gt;{order}&lt;/b&gt; estimate now {now} (signed {signed}), promised {promised}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="132"/>
        <source>记录客户答复：{answer}

车辆 {plate}&#x3000;客户 {customer}
工单 {order}
追加项目“{description}”&#x3000;{amount}</source>
        <translation>Record the customer&apos;s answer: {answer}

Car {plate}  Customer {customer}
Work order {order}
Added work &quot;{description}&quot;  {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="133"/>
        <source>同意</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="133"/>
        <source>拒绝</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../ui/reception/added_work.py" line="135"/>
        <source>记录客户答复</source>
        <translation>Record the customer&apos;s answer</translation>
    </message>
</context>
<context>
    <name>AdminChecklist</name>
    <message>
        <location filename="../../ui/forms/admin_checklist.ui" line="9"/>
        <source>开业上线前要准备好的内容。未完成的项目双击或按回车直接去设置。</source>
        <translation>What must be ready before the store goes live. Double-click an unfinished item or press Enter to set it up.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_checklist.ui" line="19"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_checklist.ui" line="20"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_checklist.ui" line="21"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_checklist.ui" line="28"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>AdminImportTab</name>
    <message>
        <location filename="../../ui/forms/admin_import.ui" line="9"/>
        <source>导入种类：</source>
        <translation>Kind of data:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_import.ui" line="11"/>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_import.ui" line="12"/>
        <source>Excel (.xlsx) 或 CSV（UTF-8 / GBK）</source>
        <translation>Excel (.xlsx) or CSV (UTF-8 / GBK)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_import.ui" line="13"/>
        <source>选择文件(&amp;O)…</source>
        <translation>&amp;Open file…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_import.ui" line="20"/>
        <source>列对应（按表头自动建议或沿用上次，可修改）</source>
        <translation>Columns (proposed from the headers or as last time; change as needed)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_import.ui" line="27"/>
        <source>文件的前几行</source>
        <translation>The first rows of the file</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_import.ui" line="47"/>
        <source>导出有误的行(&amp;E)…</source>
        <translation>&amp;Export bad rows…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_import.ui" line="49"/>
        <source>试导入（不保存）(&amp;T)</source>
        <translation>&amp;Trial run (not saved)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_import.ui" line="50"/>
        <source>开始导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_import.ui" line="51"/>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
</context>
<context>
    <name>AdminList</name>
    <message>
        <location filename="../../ui/forms/admin_list.ui" line="9"/>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_list.ui" line="10"/>
        <source>输入任意部分查找</source>
        <translation>Type any part to find</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_list.ui" line="12"/>
        <source>新建…</source>
        <translation>New...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_list.ui" line="13"/>
        <source>修改…</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_list.ui" line="14"/>
        <source>停用/启用</source>
        <translation>Retire/Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_list.ui" line="16"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_list.ui" line="17"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel...</translation>
    </message>
</context>
<context>
    <name>AdminOpening</name>
    <message>
        <location filename="../../ui/forms/admin_opening.ui" line="9"/>
        <source>开账：期初库存经服务经理审核后才入账（每种备件一笔期初入库）；期初应收和会员余额从旧系统导入，没有的请在此确认。</source>
        <translation>Opening the books: opening stock enters the ledger only once the service manager approves it (one opening receipt per part); opening receivables and member balances are imported from the old system; confirm here if there are none.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_opening.ui" line="15"/>
        <source>待审核的期初库存</source>
        <translation>Opening stock awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_opening.ui" line="29"/>
        <source>审核入账</source>
        <translation>Approve and book</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_opening.ui" line="35"/>
        <source>确认没有期初应收</source>
        <translation>Confirm no opening receivables</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_opening.ui" line="37"/>
        <source>确认没有会员余额</source>
        <translation>Confirm no member balances</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_opening.ui" line="44"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/admin/page.py" line="50"/>
        <source>上线清单</source>
        <translation>Go-live checklist</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="50"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="51"/>
        <source>角色权限</source>
        <translation>Role rights</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="51"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="52"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="52"/>
        <source>VIN 前缀</source>
        <translation>VIN prefixes</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="53"/>
        <source>工时定额</source>
        <translation>Labour times</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="53"/>
        <source>保养套餐</source>
        <translation>Service packages</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="54"/>
        <source>班组工位</source>
        <translation>Teams and bays</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="54"/>
        <source>单据与收款</source>
        <translation>Documents and payment</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="55"/>
        <source>保证期与三包</source>
        <translation>Guarantee and 3-R rules</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="55"/>
        <source>开账</source>
        <translation>Opening books</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="58"/>
        <source>数据导入</source>
        <translation>Data import</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="61"/>
        <source>会员卡种</source>
        <translation>Card kinds</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="64"/>
        <source>供应商</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="72"/>
        <source>系统管理</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>AdminPermissions</name>
    <message>
        <location filename="../../ui/forms/admin_permissions.ui" line="9"/>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_permissions.ui" line="11"/>
        <source>角色的权限由程序规定，这里只供查看（✓ 有权限）。</source>
        <translation>Role rights are fixed by the program; shown here read-only (a check mark: allowed).</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_permissions.ui" line="13"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel...</translation>
    </message>
</context>
<context>
    <name>AdminStore</name>
    <message>
        <location filename="../../ui/forms/admin_store.ui" line="12"/>
        <source>店名：</source>
        <translation>Store name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_store.ui" line="14"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_store.ui" line="16"/>
        <source>服务电话：</source>
        <translation>Service phone:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_store.ui" line="18"/>
        <source>维修经营许可证号：</source>
        <translation>Repair business licence no.:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_store.ui" line="20"/>
        <source>授权品牌：</source>
        <translation>Authorised brands:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_store.ui" line="21"/>
        <source>多个品牌用顿号分开，如：一汽-大众、奥迪</source>
        <translation>Separate several brands with commas</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_store.ui" line="22"/>
        <source>发票抬头：</source>
        <translation>Invoice header:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_store.ui" line="30"/>
        <source>保存门店信息</source>
        <translation>Save store details</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_store.ui" line="38"/>
        <source>单据抬头标志（PNG/JPEG，200 KB 以内）：</source>
        <translation>Logo for printed headers (PNG/JPEG, up to 200 KB):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_store.ui" line="39"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_store.ui" line="42"/>
        <source>选择图片…</source>
        <translation>Choose picture...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_store.ui" line="43"/>
        <source>去掉标志</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_store.ui" line="44"/>
        <source>预览单据抬头…</source>
        <translation>Preview printed header...</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="34"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="35"/>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="37"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="37"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="37"/>
        <source>本期</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="37"/>
        <source>上期</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="37"/>
        <source>去年同期</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="37"/>
        <source>环比</source>
        <translation>vs previous</translation>
    </message>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="38"/>
        <source>同比</source>
        <translation>vs last year</translation>
    </message>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="100"/>
        <source>正在统计…</source>
        <translation>Counting...</translation>
    </message>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="115"/>
        <source>本期 {current}&#x3000;上期 {previous}&#x3000;去年同期 {last_year}</source>
        <translation>This period {current}   previous {previous}   last year {last_year}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="130"/>
        <location filename="../../ui/manager/analysis_tab.py" line="145"/>
        <source>{who} 写于 {when}</source>
        <translation>Written by {who} at {when}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="131"/>
        <source>本期还没有分析意见</source>
        <translation>No comment for this period yet</translation>
    </message>
    <message>
        <location filename="../../ui/manager/analysis_tab.py" line="146"/>
        <source>已保存 {period} 的分析意见。</source>
        <translation>Comment on {period} saved.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/shell/app.py" line="120"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="121"/>
        <source>更改数据库设置…</source>
        <translation>Change database settings…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="122"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="160"/>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../../ui/reception/appointments.py" line="58"/>
        <source>日视图</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="59"/>
        <source>周视图</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="60"/>
        <source>按工位</source>
        <translation>By bay</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="61"/>
        <source>按服务顾问</source>
        <translation>By advisor</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="76"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="76"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="77"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="77"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="78"/>
        <source>已提醒</source>
        <translation>Reminded</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="78"/>
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="114"/>
        <source>未指定</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="165"/>
        <source>选中格子查看预约；在“查档案”中选车后按 F3 预约。</source>
        <translation>Select a cell to see the appointment; to book, find the car in Look-up and press F3.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="168"/>
        <source>&lt;b&gt;{number}&lt;/b&gt;（{status}）&lt;br&gt;{start}–{end:%H:%M}&#x3000;{bay}&#x3000;{advisor}&lt;br&gt;{plate} {model}&lt;br&gt;{customer} {phone}&lt;br&gt;{job}：{request}&lt;br&gt;备件：{parts}&#x3000;定金 {deposit}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; ({status})&lt;br&gt;{start}–{end:%H:%M}  {bay}  {advisor}&lt;br&gt;{plate} {model}&lt;br&gt;{customer} {phone}&lt;br&gt;{job}: {request}&lt;br&gt;Parts: {parts}  Deposit {deposit}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="220"/>
        <source>取消预约</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="220"/>
        <source>取消原因：</source>
        <translation>Reason for cancelling:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="225"/>
        <source>预约定金</source>
        <translation>Appointment deposit</translation>
    </message>
    <message>
        <location filename="../../ui/reception/appointments.py" line="225"/>
        <source>定金 {d} 退还客户（现金）吗？选“否”则按约定不退。</source>
        <translation>Refund the deposit {d} in cash? Choose No to keep it as agreed.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/parts/approval_dialog.py" line="21"/>
        <source>{what}需要服务经理批准：请经理本人输入用户名和密码。</source>
        <translation>{what} needs the service manager&apos;s approval: the manager types their own user name and password.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_approval.ui" line="6"/>
        <source>经理批准</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_approval.ui" line="16"/>
        <source>经理用户名：</source>
        <translation>Manager user name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_approval.ui" line="18"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../ui/reception/archive_dialog.py" line="100"/>
        <source>编辑档案：{plate} {name}</source>
        <translation>Edit record: {plate} {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/archive_dialog.py" line="103"/>
        <source>编辑档案：{name}</source>
        <translation>Edit record: {name}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../ui/shell/settings_pages/backup.py" line="50"/>
        <source>留空 = 数据库旁的 {folder}</source>
        <translation>Empty = {folder} next to the database</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/backup.py" line="61"/>
        <location filename="../../ui/forms/settings_backup.ui" line="32"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/backup.py" line="74"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/backup.py" line="78"/>
        <source>还没有定时备份</source>
        <translation>No scheduled backup yet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/backup.py" line="82"/>
        <source>{when}&#x3000;{name}</source>
        <translation>{when}  {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/backup.py" line="85"/>
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/backup.py" line="96"/>
        <source>正在备份…</source>
        <translation>Backing up...</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/backup.py" line="99"/>
        <source>正在备份数据库…</source>
        <translation>Backing up the database...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="45"/>
        <source>程序运行时按间隔在线备份本机数据库，各工作站照常营业；每份备份写完后都会校验。备份最好放在另一块硬盘、U 盘或网络共享文件夹里，硬盘损坏时才不会一起丢失。</source>
        <translation>While the program runs it backs up this PC&apos;s database at the interval below; the stations keep working, and every backup is verified once written. Keep backups on another disk, a USB disk or a network share, so that a failing disk does not take them along.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="58"/>
        <source>本机使用的是 PostgreSQL 服务器数据库：请在服务器上用 pg_dump 定时备份（见 README 的“备份与恢复”），本机不做定时备份。</source>
        <translation>This PC uses the store&apos;s PostgreSQL server: back it up on the server with pg_dump (see &quot;Backups, restore&quot; in the README). This PC takes no scheduled backups.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="79"/>
        <source>启用定时备份</source>
        <translation>Take scheduled backups</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="86"/>
        <source>备份文件夹：</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="104"/>
        <source>浏览…</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="116"/>
        <source>备份间隔：</source>
        <translation>Every:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="141"/>
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="148"/>
        <source>按天保留：</source>
        <translation>Keep daily:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="173"/>
        <source> 天（每天留最新一份）</source>
        <translation> days (the newest of each day)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="180"/>
        <source>按周保留：</source>
        <translation>Keep weekly:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="205"/>
        <source> 周（每周留最新一份）</source>
        <translation> weeks (the newest of each week)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="212"/>
        <source>上次备份：</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="234"/>
        <source>当天的备份全部保留；更早的按上面的天数和周数各留最新一份，其余自动删除。手动备份和升级前的备份不会被删除。</source>
        <translation>All of today&apos;s backups are kept; of earlier ones the newest per day and per week, as set above, and the rest are deleted. Backups taken by hand or before an upgrade are never deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_backup.ui" line="252"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
</context>
<context>
    <name>BackupReport</name>
    <message>
        <location filename="../../ui/shell/settings_pages/backup.py" line="22"/>
        <source>已备份到 {path}（{size}，{seconds} 秒，已校验）</source>
        <translation>Backed up to {path} ({size}, {seconds} s, verified)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/backup.py" line="25"/>
        <source>；数据检查发现 {n} 个问题，请运行“检查数据”：{first}</source>
        <translation>; the data check found {n} problem(s), please run &quot;Check data&quot;: {first}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/backup.py" line="28"/>
        <source>；按保留规则删除了 {n} 份旧备份</source>
        <translation>; {n} old backup(s) removed by the keeping rules</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../ui/shell/backup_scheduler.py" line="63"/>
        <source>定时备份失败：{message}</source>
        <translation>Scheduled backup failed: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_scheduler.py" line="67"/>
        <source>{message}

之前的备份和数据库本身不受影响；请尽快处理，程序会按间隔再试。</source>
        <translation>{message}

Earlier backups and the database itself are not affected; please see to it soon. The program will try again at the next interval.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_scheduler.py" line="69"/>
        <source>定时备份失败</source>
        <translation>Scheduled backup failed</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <location filename="../../ui/shell/backup_scheduler.py" line="105"/>
        <location filename="../../ui/shell/backup_scheduler.py" line="110"/>
        <source>备份 ✓ {when}</source>
        <translation>Backup ✓ {when}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_scheduler.py" line="113"/>
        <source>备份失败 ✗</source>
        <translation>Backup failed ✗</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../ui/reception/appointment_dialog.py" line="34"/>
        <source>（不指定）</source>
        <translation>(any)</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../ui/care/call_dialog.py" line="33"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../ui/care/call_dialog.py" line="45"/>
        <source>回访登记 — {plate} {customer}</source>
        <translation>Follow-up call - {plate} {customer}</translation>
    </message>
    <message>
        <location filename="../../ui/care/call_dialog.py" line="48"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/care/call_dialog.py" line="56"/>
        <source>高额维修</source>
        <translation>High-value repair</translation>
    </message>
    <message>
        <location filename="../../ui/care/call_dialog.py" line="63"/>
        <source>已拨打 {n} 次</source>
        <translation>Called {n} times</translation>
    </message>
    <message>
        <location filename="../../ui/care/call_dialog.py" line="66"/>
        <source>{round}&#x3000;工单 {number}（{job}）&#x3000;交车 {delivered}&#x3000;结算 {amount}&#x3000;服务顾问 {advisor}</source>
        <translation>{round}  order {number} ({job})  delivered {delivered}  settled {amount}  advisor {advisor}</translation>
    </message>
</context>
<context>
    <name>CarOutline</name>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="22"/>
        <source>前保险杠</source>
        <translation>Front bumper</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="23"/>
        <source>发动机盖</source>
        <translation>Bonnet</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="24"/>
        <source>车顶</source>
        <translation>Roof</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="25"/>
        <source>行李箱盖</source>
        <translation>Boot lid</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="26"/>
        <source>后保险杠</source>
        <translation>Rear bumper</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="27"/>
        <source>左前翼子板</source>
        <translation>Left front wing</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="28"/>
        <source>左前门</source>
        <translation>Left front door</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="29"/>
        <source>左后门</source>
        <translation>Left rear door</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="30"/>
        <source>左后翼子板</source>
        <translation>Left rear wing</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="31"/>
        <source>右前翼子板</source>
        <translation>Right front wing</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="32"/>
        <source>右前门</source>
        <translation>Right front door</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="33"/>
        <source>右后门</source>
        <translation>Right rear door</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="34"/>
        <source>右后翼子板</source>
        <translation>Right rear wing</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="76"/>
        <source>点击车身标记损伤；Backspace 删除最后一处</source>
        <translation>Click the body to mark damage; Backspace removes the last mark</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="118"/>
        <source>车头</source>
        <translation>Front</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="121"/>
        <source>车尾</source>
        <translation>Rear</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="122"/>
        <source>右侧</source>
        <translation>Right side</translation>
    </message>
    <message>
        <location filename="../../ui/reception/car_outline.py" line="123"/>
        <source>左侧</source>
        <translation>Left side</translation>
    </message>
</context>
<context>
    <name>CardData</name>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="22"/>
        <source>储值卡</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="22"/>
        <source>套餐卡</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="23"/>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="23"/>
        <source>已退</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="24"/>
        <source>购卡</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="24"/>
        <source>使用</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="25"/>
        <source>冲销退回</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="25"/>
        <source>退卡</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="26"/>
        <source>期初</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="26"/>
        <source>消费</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="27"/>
        <source>充值</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="27"/>
        <source>赠送</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="28"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="28"/>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="29"/>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="29"/>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="30"/>
        <source>转账</source>
        <translation>Transfer</translation>
    </message>
</context>
<context>
    <name>CardKindsTab</name>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="18"/>
        <source>充值赠送规则…</source>
        <translation>Top-up bonus…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="22"/>
        <source>卡种名称或服务项目</source>
        <translation>Card name or service</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="26"/>
        <source>卡种</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="27"/>
        <location filename="../../ui/admin/cards_tab.py" line="43"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="28"/>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="29"/>
        <source>服务项目</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="30"/>
        <source>次数</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="31"/>
        <source>{n} 个月</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="31"/>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="32"/>
        <source>有效期</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="33"/>
        <location filename="../../ui/admin/cards_tab.py" line="70"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="33"/>
        <location filename="../../ui/admin/cards_tab.py" line="70"/>
        <source>停用</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="33"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="42"/>
        <source>卡种名称</source>
        <translation>Card name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="42"/>
        <source>如：保养四次卡、金卡</source>
        <translation>e.g. 4 oil services, Gold card</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="44"/>
        <source>价格（元）</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="45"/>
        <source>套餐卡的售价；储值卡的最低首充（0 为不限）</source>
        <translation>Package: its price; stored value: the least first load (0: any)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="46"/>
        <source>服务项目（套餐卡）</source>
        <translation>Service (package)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="47"/>
        <source>如：机油保养</source>
        <translation>e.g. oil service</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="48"/>
        <source>工时代码（可空）</source>
        <translation>Labour code (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="49"/>
        <source>结算时按此代码匹配项目，空则按项目名称</source>
        <translation>Matched on this code at settlement; else on the service name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="50"/>
        <source>次数（套餐卡）</source>
        <translation>Times (package)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="51"/>
        <source>有效期（月，0 为不限）</source>
        <translation>Valid months (0: no limit)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="54"/>
        <source>新建会员卡种</source>
        <translation>New card kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="57"/>
        <source>已新建卡种 {name}。</source>
        <translation>Card kind {name} created.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="64"/>
        <source>修改会员卡种</source>
        <translation>Edit card kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="66"/>
        <source>已保存卡种 {name}：已售出的卡不变，新售出的按新设置。</source>
        <translation>Card kind {name} saved: cards sold keep their terms; new sales use these.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="70"/>
        <source>已{what}卡种 {name}。</source>
        <translation>Card kind {name}: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="77"/>
        <source>充值赠送</source>
        <translation>Top-up bonus</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="78"/>
        <source>如：充1000送100，充2000送300（空则不赠送）</source>
        <translation>e.g. 1000+100, 2000+300 (empty: no bonus)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="79"/>
        <source>充值赠送规则</source>
        <translation>Top-up bonus rules</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="81"/>
        <source>已保存充值赠送规则：{rules}。</source>
        <translation>Top-up bonus saved: {rules}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/cards_tab.py" line="82"/>
        <source>已取消全部充值赠送。</source>
        <translation>All top-up bonuses removed.</translation>
    </message>
</context>
<context>
    <name>CardRefundDialog</name>
    <message>
        <location filename="../../ui/cashier/card_refund_dialog.py" line="28"/>
        <source>会员卡 &lt;b&gt;{number}&lt;/b&gt;（{kind}）退卡：{explain}。&lt;br&gt;应退 &lt;b&gt;{refund}&lt;/b&gt;，退卡后此卡停用。</source>
        <translation>Refund member card &lt;b&gt;{number}&lt;/b&gt; ({kind}): {explain}.&lt;br&gt;To pay back: &lt;b&gt;{refund}&lt;/b&gt;; the card is closed afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/card_refund_dialog.py" line="36"/>
        <source>退卡</source>
        <translation>Refund</translation>
    </message>
</context>
<context>
    <name>CardSaleDialog</name>
    <message>
        <location filename="../../ui/cashier/card_sale_dialog.py" line="29"/>
        <source>充值</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/card_sale_dialog.py" line="29"/>
        <source>购卡</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/card_sale_dialog.py" line="30"/>
        <source>客户：{name}</source>
        <translation>Customer: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/card_sale_dialog.py" line="41"/>
        <source>收款</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/card_sale_dialog.py" line="66"/>
        <source>送 {bonus}，到账 {total}</source>
        <translation>Bonus {bonus}, credited {total}</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="83"/>
        <source>没有找到客户。</source>
        <translation>No customer found.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="94"/>
        <source>会员余额：{balance}</source>
        <translation>Member balance: {balance}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="97"/>
        <source>{left}/{all} 次</source>
        <translation>{left}/{all} services</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="100"/>
        <source>不限</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="101"/>
        <source>卡号</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="101"/>
        <source>卡种</source>
        <translation>Card kind</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="101"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="101"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="102"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="102"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="122"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="122"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="122"/>
        <source>变动</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="122"/>
        <source>变动后</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="123"/>
        <source>单据</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="123"/>
        <source>摘要</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="152"/>
        <source>{action}完成：单号 {number}。</source>
        <translation>{action} done: document {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="163"/>
        <source>已退卡：单号 {number}，退款 {amount}。</source>
        <translation>Card refunded: document {number}, paid back {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="184"/>
        <source>导出会员卡对账单</source>
        <translation>Export card statement</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="186"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/cards_tab.py" line="194"/>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
</context>
<context>
    <name>CareCall</name>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="6"/>
        <source>回访登记</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="11"/>
        <source>回访问卷（5 非常满意 · 4 满意 · 3 一般 · 2 不满意 · 1 很不满意；按数字键选择）</source>
        <translation>Questions (5 very satisfied, 4 satisfied, 3 neutral, 2 dissatisfied, 1 very dissatisfied; type the digit)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="13"/>
        <source>1. 速度：接待、维修、结账的速度您满意吗？</source>
        <translation>1. Speed: were you satisfied with how fast reception, repair and payment went?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="15"/>
        <source>2. 价格：配件价格和工时费您觉得合理吗？</source>
        <translation>2. Price: were the parts prices and labour charges reasonable?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="17"/>
        <source>3. 员工：是否主动报价、完工后逐项讲解？对服务人员满意吗？</source>
        <translation>3. Staff: were you quoted up front and was the work explained item by item? Satisfied with the staff?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="19"/>
        <source>4. 质量：维修质量怎么样？故障是否已经排除？</source>
        <translation>4. Quality: how was the repair? Is the fault gone?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="21"/>
        <source>5. 清洁：交车时车辆内外是否干净？</source>
        <translation>5. Cleanliness: was the car clean inside and out when handed back?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="23"/>
        <source>6. 总体：对本次服务的总体评价？</source>
        <translation>6. Overall: your overall rating of this visit?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="28"/>
        <source>客户意见 / 要求(&amp;R)：（并提醒客户下次保养时间、欢迎预约）</source>
        <translation>Customer&apos;s comments / requests (&amp;R): (remind them of the next service, invite them to book)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="32"/>
        <source>转为投诉(&amp;C)</source>
        <translation>Turn into a complaint (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="36"/>
        <source>类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="38"/>
        <source>负责人：</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="40"/>
        <source>投诉内容：</source>
        <translation>Complaint:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_call.ui" line="48"/>
        <source>未接通 (F3)</source>
        <translation>No answer (F3)</translation>
    </message>
</context>
<context>
    <name>CareClaims</name>
    <message>
        <location filename="../../ui/forms/care_claims.ui" line="9"/>
        <source>显示(&amp;V)：</source>
        <translation>Show (&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_claims.ui" line="12"/>
        <source>索赔单号 / 旧件编号 / 工单号 / 车牌</source>
        <translation>Claim no. / old-part tag / order no. / plate</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_claims.ui" line="26"/>
        <source>开索赔单 (Ctrl+N)</source>
        <translation>Open claims (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_claims.ui" line="27"/>
        <source>提交厂家… (F2)</source>
        <translation>Submit to manufacturer... (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_claims.ui" line="28"/>
        <source>厂家批准… (F3)</source>
        <translation>Manufacturer approved... (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_claims.ui" line="29"/>
        <source>厂家拒赔… (F4)</source>
        <translation>Manufacturer rejected... (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_claims.ui" line="30"/>
        <source>登记回款… (Ctrl+R)</source>
        <translation>Record payment... (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_claims.ui" line="32"/>
        <source>旧件返厂</source>
        <translation>Old part returned to manufacturer</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_claims.ui" line="33"/>
        <source>旧件报废</source>
        <translation>Old part scrapped</translation>
    </message>
</context>
<context>
    <name>CareComplaint</name>
    <message>
        <location filename="../../ui/forms/care_complaint.ui" line="6"/>
        <source>登记投诉</source>
        <translation>Record a complaint</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_complaint.ui" line="10"/>
        <source>客户(&amp;F)：</source>
        <translation>Customer (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_complaint.ui" line="11"/>
        <source>车牌号、手机号或工单号，回车查找</source>
        <translation>Plate, mobile or order number; Enter to find</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_complaint.ui" line="13"/>
        <source>来源(&amp;S)：</source>
        <translation>Source (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_complaint.ui" line="15"/>
        <source>类别(&amp;K)：</source>
        <translation>Category (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_complaint.ui" line="17"/>
        <source>负责人(&amp;O)：</source>
        <translation>Owner (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_complaint.ui" line="19"/>
        <source>投诉内容(&amp;D)：</source>
        <translation>Complaint (&amp;D):</translation>
    </message>
</context>
<context>
    <name>CareComplaints</name>
    <message>
        <location filename="../../ui/forms/care_complaints.ui" line="9"/>
        <source>显示(&amp;V)：</source>
        <translation>Show (&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_complaints.ui" line="11"/>
        <source>投诉单号 / 车牌 / 客户姓名</source>
        <translation>Complaint no. / plate / customer name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_complaints.ui" line="29"/>
        <source>登记投诉… (Ctrl+N)</source>
        <translation>Record a complaint... (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_complaints.ui" line="30"/>
        <source>答复客户… (F2)</source>
        <translation>Answer customer... (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_complaints.ui" line="31"/>
        <source>回访并关闭… (F3)</source>
        <translation>Re-visit and close... (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_complaints.ui" line="32"/>
        <source>原因与措施… (F4)</source>
        <translation>Cause and measures... (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_complaints.ui" line="33"/>
        <source>打印快速处理表 (Ctrl+P)</source>
        <translation>Print handling form (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>CareData</name>
    <message>
        <location filename="../../ui/kit/labels.py" line="136"/>
        <source>首次回访</source>
        <translation>First call</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="136"/>
        <source>二次回访</source>
        <translation>Second call</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="137"/>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="137"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="138"/>
        <source>前台</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="138"/>
        <source>服务态度</source>
        <translation>Staff attitude</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="139"/>
        <source>维修质量</source>
        <translation>Repair quality</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="139"/>
        <source>价格收费</source>
        <translation>Prices and charges</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="140"/>
        <source>交车时间</source>
        <translation>Delivery time</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="140"/>
        <source>环境设施</source>
        <translation>Premises</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="141"/>
        <location filename="../../ui/kit/labels.py" line="147"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="141"/>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="142"/>
        <location filename="../../ui/kit/labels.py" line="148"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="142"/>
        <source>两周提醒</source>
        <translation>Two weeks ahead</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="143"/>
        <source>到期提醒</source>
        <translation>Near the date</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="143"/>
        <source>注意</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="144"/>
        <source>已达到</source>
        <translation>Limit reached</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="147"/>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="148"/>
        <source>一般</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="149"/>
        <source>很不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="26"/>
        <source>通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="26"/>
        <source>邀请函</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="26"/>
        <source>答复函</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="27"/>
        <source>邮寄</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="27"/>
        <source>电子邮件</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="27"/>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="28"/>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
</context>
<context>
    <name>CareFollowUps</name>
    <message>
        <location filename="../../ui/forms/care_follow_ups.ui" line="10"/>
        <source>查找(&amp;S)：</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_follow_ups.ui" line="11"/>
        <source>车牌、手机尾号、姓名或工单号</source>
        <translation>Plate, phone ending, name or order no.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_follow_ups.ui" line="13"/>
        <source>显示(&amp;V)：</source>
        <translation>Show (&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_follow_ups.ui" line="15"/>
        <source>只看高额维修(&amp;H)</source>
        <translation>High value only (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_follow_ups.ui" line="27"/>
        <source>回访登记… (Enter)</source>
        <translation>Record the call... (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_follow_ups.ui" line="28"/>
        <source>未接通 (F3)</source>
        <translation>No answer (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_follow_ups.ui" line="30"/>
        <source>登记表期间(&amp;D)：</source>
        <translation>Log period (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_follow_ups.ui" line="32"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_follow_ups.ui" line="34"/>
        <source>打印登记表 (Ctrl+P)</source>
        <translation>Print the log (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_follow_ups.ui" line="35"/>
        <source>导出 Excel (Ctrl+E)</source>
        <translation>Export to Excel (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>CareHandling</name>
    <message>
        <location filename="../../ui/forms/care_handling.ui" line="6"/>
        <source>原因分析与处理措施（快速处理表）</source>
        <translation>Cause and measures (quick-handling form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_handling.ui" line="11"/>
        <source>原因分析(&amp;C)：</source>
        <translation>&amp;Cause:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_handling.ui" line="12"/>
        <source>为什么会发生：哪个环节、谁、什么原因</source>
        <translation>Why it happened: which step, who, what reason</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_handling.ui" line="13"/>
        <source>处理措施(&amp;M)：</source>
        <translation>&amp;Measures:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_handling.ui" line="14"/>
        <source>负责人在答复期限前做什么</source>
        <translation>What the owner does before the answer deadline</translation>
    </message>
</context>
<context>
    <name>CareLetter</name>
    <message>
        <location filename="../../ui/forms/care_letter.ui" line="6"/>
        <source>登记跟踪服务信函</source>
        <translation>Record a follow-up letter</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letter.ui" line="10"/>
        <source>收信客户(&amp;F)：</source>
        <translation>Addressee (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letter.ui" line="11"/>
        <source>车牌号、手机号或工单号，回车查找</source>
        <translation>Plate, mobile or order number; Enter to find</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letter.ui" line="13"/>
        <source>信函类别(&amp;K)：</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letter.ui" line="15"/>
        <source>答复的投诉(&amp;P)：</source>
        <translation>Com&amp;plaint answered:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letter.ui" line="16"/>
        <source>投诉单号（答复函必填）</source>
        <translation>Complaint number (required for a reply)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letter.ui" line="17"/>
        <source>信函内容(&amp;S)：</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letter.ui" line="18"/>
        <source>如：冬季免费检测周邀请（12 月 1 日至 7 日）</source>
        <translation>e.g. invitation to the free winter check week (1-7 December)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letter.ui" line="19"/>
        <source>寄送方式(&amp;M)：</source>
        <translation>Sent by (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letter.ui" line="21"/>
        <source>地址 / 邮箱(&amp;A)：</source>
        <translation>&amp;Address / e-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letter.ui" line="23"/>
        <source>寄出日期(&amp;D)：</source>
        <translation>&amp;Date sent:</translation>
    </message>
</context>
<context>
    <name>CareLetters</name>
    <message>
        <location filename="../../ui/forms/care_letters.ui" line="9"/>
        <source>寄出日期 从(&amp;D)：</source>
        <translation>Sent &amp;from:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letters.ui" line="11"/>
        <source>至(&amp;T)：</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letters.ui" line="26"/>
        <source>登记信函… (Ctrl+N)</source>
        <translation>Record letter... (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letters.ui" line="27"/>
        <source>登记结果… (F2)</source>
        <translation>Record result... (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_letters.ui" line="28"/>
        <source>打印信函登记表 (Ctrl+P)</source>
        <translation>Print letter log (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../ui/care/page.py" line="36"/>
        <source>回访 (F5)</source>
        <translation>Follow-ups (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="36"/>
        <source>提醒 (F6)</source>
        <translation>Reminders (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="37"/>
        <source>投诉 (F7)</source>
        <translation>Complaints (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="37"/>
        <source>索赔 / 旧件 (F8)</source>
        <translation>Claims / old parts (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="38"/>
        <source>三包 (F9)</source>
        <translation>Lemon law (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="38"/>
        <source>信函 (F10)</source>
        <translation>Letters (F10)</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="48"/>
        <source>客服回访</source>
        <translation>Customer Care</translation>
    </message>
</context>
<context>
    <name>CareReminders</name>
    <message>
        <location filename="../../ui/forms/care_reminders.ui" line="9"/>
        <source>提醒类别(&amp;K)：</source>
        <translation>Reminder (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_reminders.ui" line="11"/>
        <source>含已回访的流失客户(&amp;A)</source>
        <translation>Include lost customers already called (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_reminders.ui" line="25"/>
        <source>已提醒… (Enter)</source>
        <translation>Reminded... (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_reminders.ui" line="27"/>
        <source>重新推算全部保养提醒</source>
        <translation>Recompute all service reminders</translation>
    </message>
</context>
<context>
    <name>CareSanbao</name>
    <message>
        <location filename="../../ui/forms/care_sanbao.ui" line="9"/>
        <source>显示(&amp;V)：</source>
        <translation>Show (&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_sanbao.ui" line="11"/>
        <source>记录备用车/交通补偿(&amp;M)…</source>
        <translation>Record spare car / allowance (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_sanbao.ui" line="11"/>
        <source>第二十一条：包修期内单次修理超过 5 日，自第 6 日起提供备用车或交通费用补偿；记录在工单上并打印在三包修理记录中</source>
        <translation>Article 21: a repair in the repair period taking more than 5 days gives a spare car or a transport allowance from day 6; recorded on the order and printed on the repair record</translation>
    </message>
    <message>
        <location filename="../../ui/forms/care_sanbao.ui" line="15"/>
        <source>家用汽车三包（2022 年版规定）：三包有效期内同一质量问题修理次数、严重安全性能故障、主要零部件更换、累计修理天数接近上限时预警；包修期内单次修理超过 5 天须提供备用车。</source>
        <translation>Family-car lemon law (2022 rules): warns as repairs of the same problem, serious safety faults, main-part replacements and days off the road near their limits within the replace/return period; a single repair over 5 days in the repair period needs a spare car.</translation>
    </message>
</context>
<context>
    <name>CashierBill</name>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="25"/>
        <source>序</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="26"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="27"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="28"/>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="29"/>
        <source>金额</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="30"/>
        <source>工单优惠</source>
        <translation>Order discount</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="31"/>
        <source>收银优惠</source>
        <translation>Cashier discount</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="32"/>
        <source>应付</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="33"/>
        <source>付款方</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="34"/>
        <source>质保</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="35"/>
        <source>{title}（{count} 项）  金额 {amount}  优惠 {discount}  应付 {net}</source>
        <translation>{title} ({count} lines)  value {amount}  discount {discount}  due {net}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="36"/>
        <source>不保修</source>
        <translation>No warranty</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="37"/>
        <source>双击或直接输入金额：本项的收银优惠（分项优惠）</source>
        <translation>Double-click or type an amount: the cashier&apos;s discount on this line</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="38"/>
        <source>工时费</source>
        <translation>Labour</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="39"/>
        <source>材料费</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="40"/>
        <source>其他费用</source>
        <translation>Other fees</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="41"/>
        <source>优惠合计（工单 {a} · 收银 {c}）</source>
        <translation>Discounts (order {a} · cashier {c})</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="42"/>
        <source>结算合计</source>
        <translation>Settled total</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="43"/>
        <source>保险公司挂账</source>
        <translation>On account: insurers</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="44"/>
        <source>厂家索赔挂账</source>
        <translation>On account: manufacturer claims</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="45"/>
        <source>内部承担</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="46"/>
        <source>客户应付</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="47"/>
        <source>预约定金可抵扣（余额 {0}）</source>
        <translation>Appointment deposit applied (balance {0})</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="48"/>
        <source>还需收取</source>
        <translation>To collect</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="49"/>
        <source>套餐卡抵扣</source>
        <translation>Paid by package card</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="50"/>
        <source>会员余额：{0}</source>
        <translation>Member balance: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/bill_table.py" line="51"/>
        <source>质量保证期：{kind} {days} 天或 {km} 公里（先到为准）</source>
        <translation>Warranty: {kind} {days} days or {km} km (whichever comes first)</translation>
    </message>
</context>
<context>
    <name>CashierCardRefundDialog</name>
    <message>
        <location filename="../../ui/forms/cashier_card_refund.ui" line="5"/>
        <source>退卡</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_card_refund.ui" line="18"/>
        <source>退卡原因(&amp;R)</source>
        <translation>&amp;Reason for the refund</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_card_refund.ui" line="27"/>
        <source>退款方式(&amp;M)</source>
        <translation>Refund &amp;method</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_card_refund.ui" line="38"/>
        <source>服务经理授权</source>
        <translation>Service manager&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_card_refund.ui" line="42"/>
        <source>账号(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_card_refund.ui" line="51"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>CashierCardSaleDialog</name>
    <message>
        <location filename="../../ui/forms/cashier_card_sale.ui" line="5"/>
        <source>购卡 / 充值</source>
        <translation>Sell card / top up</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_card_sale.ui" line="18"/>
        <source>卡种(&amp;T)</source>
        <translation>Card &amp;type</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_card_sale.ui" line="27"/>
        <source>金额(&amp;A)</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_card_sale.ui" line="36"/>
        <source>赠送</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_card_sale.ui" line="46"/>
        <source>收款方式(&amp;M)</source>
        <translation>Payment &amp;method</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_card_sale.ui" line="55"/>
        <source>现金实收(&amp;C)</source>
        <translation>&amp;Cash handed over</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_card_sale.ui" line="61"/>
        <source>可不填；填了算找零</source>
        <translation>Optional; gives the change</translation>
    </message>
</context>
<context>
    <name>CashierCardsTab</name>
    <message>
        <location filename="../../ui/forms/cashier_cards.ui" line="10"/>
        <source>客户(&amp;K)</source>
        <translation>Cus&amp;tomer</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_cards.ui" line="16"/>
        <source>车牌、手机尾号或姓名，回车查找</source>
        <translation>Plate, phone ending or name, Enter to find</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_cards.ui" line="41"/>
        <source>客户的会员卡</source>
        <translation>Customer&apos;s cards</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_cards.ui" line="49"/>
        <source>台账明细</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_cards.ui" line="67"/>
        <source>购卡…</source>
        <translation>Sell card...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_cards.ui" line="72"/>
        <source>充值…</source>
        <translation>Top up...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_cards.ui" line="77"/>
        <source>补打小票</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_cards.ui" line="82"/>
        <source>打印对账单</source>
        <translation>Print statement</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_cards.ui" line="87"/>
        <source>导出 CSV…</source>
        <translation>Export CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_cards.ui" line="97"/>
        <source>退卡…</source>
        <translation>Refund card...</translation>
    </message>
</context>
<context>
    <name>CashierDayEndTab</name>
    <message>
        <location filename="../../ui/forms/cashier_day_end.ui" line="11"/>
        <source>营业日(&amp;D)</source>
        <translation>Business &amp;day:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_day_end.ui" line="23"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_day_end.ui" line="37"/>
        <source>打印日结单</source>
        <translation>Print day-end report</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_day_end.ui" line="42"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_day_end.ui" line="47"/>
        <source>日结… (Ctrl+Shift+E)</source>
        <translation>Day-end... (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_day_end.ui" line="57"/>
        <source>结算汇总</source>
        <translation>Settlement summary</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_day_end.ui" line="74"/>
        <source>按收款方式</source>
        <translation>By payment method</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_day_end.ui" line="88"/>
        <source>按收银员</source>
        <translation>By cashier</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_day_end.ui" line="106"/>
        <source>挂账新增与回款</source>
        <translation>Receivables opened and collected</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_day_end.ui" line="120"/>
        <source>优惠明细</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_day_end.ui" line="134"/>
        <source>冲销</source>
        <translation>Reversals</translation>
    </message>
</context>
<context>
    <name>CashierHistoryTab</name>
    <message>
        <location filename="../../ui/forms/cashier_history.ui" line="11"/>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_history.ui" line="19"/>
        <source>结算单号 JS… / 车牌号（任意几位）/ 工单号 / 客户姓名或电话</source>
        <translation>Settlement no. JS... / plate or part of it / order no. / customer name or phone</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_history.ui" line="24"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_history.ui" line="46"/>
        <source>补打：</source>
        <translation>Reprint:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_history.ui" line="51"/>
        <source>结算单</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_history.ui" line="56"/>
        <source>小票</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_history.ui" line="61"/>
        <source>出厂通知单</source>
        <translation>Release note</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_history.ui" line="66"/>
        <source>质量保证卡</source>
        <translation>Warranty card</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_history.ui" line="74"/>
        <source>开票 / 红冲… (F8)</source>
        <translation>Invoice / red-letter... (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_history.ui" line="79"/>
        <source>冲销… (Ctrl+R)</source>
        <translation>Reverse... (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>CashierInvoiceDialog</name>
    <message>
        <location filename="../../ui/forms/cashier_invoice.ui" line="5"/>
        <source>开票登记</source>
        <translation>Record the invoice</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoice.ui" line="30"/>
        <source>红冲所选发票…(&amp;H)</source>
        <translation>Red-letter the chosen invoice... (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoice.ui" line="40"/>
        <source>发票种类(&amp;K)</source>
        <translation>Invoice &amp;kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoice.ui" line="49"/>
        <source>发票代码(&amp;C)</source>
        <translation>Invoice &amp;code</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoice.ui" line="56"/>
        <source>纸质发票：专票 10 位，普票 10 或 12 位</source>
        <translation>Paper: special 10 digits, ordinary 10 or 12</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoice.ui" line="61"/>
        <source>发票号码(&amp;N)</source>
        <translation>Invoice &amp;number</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoice.ui" line="68"/>
        <source>纸质发票 8 位；数电发票 20 位</source>
        <translation>Paper 8 digits; digital 20 digits</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoice.ui" line="73"/>
        <source>购买方名称(&amp;T)</source>
        <translation>Buyer&apos;s &amp;title</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoice.ui" line="84"/>
        <source>纳税人识别号(&amp;X)</source>
        <translation>Ta&amp;x number</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoice.ui" line="91"/>
        <source>18 位统一社会信用代码；个人可不填</source>
        <translation>18-character credit code; none for a person</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoice.ui" line="96"/>
        <source>开票金额(&amp;A)</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoice.ui" line="107"/>
        <source>开票日期(&amp;D)</source>
        <translation>Issue &amp;date</translation>
    </message>
</context>
<context>
    <name>CashierInvoicesTab</name>
    <message>
        <location filename="../../ui/forms/cashier_invoices.ui" line="11"/>
        <source>开票日期(&amp;D)</source>
        <translation>Issue &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoices.ui" line="23"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoices.ui" line="35"/>
        <source>种类(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoices.ui" line="44"/>
        <source>状态(&amp;S)</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoices.ui" line="53"/>
        <source>查询 (F5)</source>
        <translation>Show (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoices.ui" line="80"/>
        <source>红冲… (Ctrl+R)</source>
        <translation>Red-letter... (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_invoices.ui" line="85"/>
        <source>导出 Excel… (Ctrl+E)</source>
        <translation>Export Excel... (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>CashierPage</name>
    <message>
        <location filename="../../ui/cashier/page.py" line="33"/>
        <source>结算收款</source>
        <translation>Settle and collect</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="34"/>
        <source>结算记录 / 冲销</source>
        <translation>Settlements / reversals</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="35"/>
        <source>挂账回款</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="36"/>
        <source>会员卡</source>
        <translation>Member cards</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="37"/>
        <source>发票</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="38"/>
        <source>日结</source>
        <translation>Day-end</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="45"/>
        <source>结算收银</source>
        <translation>Cashier</translation>
    </message>
</context>
<context>
    <name>CashierReceivablesTab</name>
    <message>
        <location filename="../../ui/forms/cashier_receivables.ui" line="9"/>
        <source>账龄汇总（按挂账方）</source>
        <translation>Ageing by debtor</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_receivables.ui" line="25"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_receivables.ui" line="35"/>
        <source>挂账方（保险公司 / 厂家）</source>
        <translation>Debtor (insurer / manufacturer)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_receivables.ui" line="41"/>
        <source>理赔 / 索赔单号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_receivables.ui" line="68"/>
        <source>登记回款 / 核销… (Ctrl+Enter)</source>
        <translation>Record payment / write off... (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>CashierRedLetterDialog</name>
    <message>
        <location filename="../../ui/forms/cashier_red_letter.ui" line="5"/>
        <source>发票红冲</source>
        <translation>Red-letter the invoice</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_red_letter.ui" line="16"/>
        <source>红冲原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_red_letter.ui" line="22"/>
        <source>例如：抬头开错，作废重开</source>
        <translation>e.g. wrong title, to be issued again</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_red_letter.ui" line="27"/>
        <source>服务经理授权</source>
        <translation>Service manager&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_red_letter.ui" line="31"/>
        <source>账号(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_red_letter.ui" line="41"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>CashierRemittanceDialog</name>
    <message>
        <location filename="../../ui/forms/cashier_remittance.ui" line="5"/>
        <source>登记回款与核销</source>
        <translation>Record payment and write off</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_remittance.ui" line="24"/>
        <source>回款总额(&amp;T)</source>
        <translation>&amp;Total received:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_remittance.ui" line="34"/>
        <source>银行流水号 / 凭证号(&amp;N)</source>
        <translation>Bank reference / voucher &amp;no.:</translation>
    </message>
</context>
<context>
    <name>CashierReverseDialog</name>
    <message>
        <location filename="../../ui/forms/cashier_reverse.ui" line="5"/>
        <source>冲销结算单</source>
        <translation>Reverse settlement</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_reverse.ui" line="16"/>
        <source>冲销原因(&amp;R)</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_reverse.ui" line="22"/>
        <source>例如：收款方式录错，需重新结算</source>
        <translation>e.g. wrong payment method entered, must settle again</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_reverse.ui" line="27"/>
        <source>服务经理授权</source>
        <translation>Service manager&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_reverse.ui" line="31"/>
        <source>账号(&amp;U)</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_reverse.ui" line="41"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>CashierSettleTab</name>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="12"/>
        <source>待结算（质检合格）</source>
        <translation>Awaiting settlement (QC passed)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="19"/>
        <source>车牌号（任意几位）/ 工单号 / 客户姓名或电话，回车查找</source>
        <translation>Plate or part of it / order no. / customer name or phone, Enter to find</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="52"/>
        <source>整单优惠(&amp;D)</source>
        <translation>Order &amp;discount:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="59"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="70"/>
        <source>维修类别(&amp;K)</source>
        <translation>Repair &amp;kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="85"/>
        <source>保险公司(&amp;I)</source>
        <translation>&amp;Insurer:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="91"/>
        <source>保险公司承担时必填</source>
        <translation>Required when the insurer pays</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="96"/>
        <source>报案号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="101"/>
        <source>报案号 / 理赔单号</source>
        <translation>Claim / report no.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="106"/>
        <source>索赔单号</source>
        <translation>Warranty claim no.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="111"/>
        <source>厂家索赔单号</source>
        <translation>Manufacturer&apos;s claim no.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="120"/>
        <source>结算金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="152"/>
        <source>收款（可多种方式组合）</source>
        <translation>Payment (can be split)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="165"/>
        <source>添加收款方式</source>
        <translation>Add payment</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="166"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="171"/>
        <source>删除所选</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="172"/>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="210"/>
        <source>收款结算 (F9)</source>
        <translation>Collect and settle (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="231"/>
        <source>打印：</source>
        <translation>Print:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="236"/>
        <source>结算单 A4</source>
        <translation>Settlement A4</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="241"/>
        <source>结算单 A5</source>
        <translation>Settlement A5</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="246"/>
        <source>小票 80mm</source>
        <translation>Receipt 80mm</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="251"/>
        <source>出厂通知单</source>
        <translation>Release note</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="256"/>
        <source>质量保证卡</source>
        <translation>Warranty card</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="261"/>
        <source>全部打印 (Ctrl+P)</source>
        <translation>Print all (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_settle.ui" line="266"/>
        <source>开票… (F8)</source>
        <translation>Invoice... (F8)</translation>
    </message>
</context>
<context>
    <name>CashierSupervisorDialog</name>
    <message>
        <location filename="../../ui/forms/cashier_supervisor.ui" line="5"/>
        <source>主管授权</source>
        <translation>Supervisor approval</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_supervisor.ui" line="18"/>
        <source>服务经理账号(&amp;U)</source>
        <translation>Service manager&apos;s &amp;user name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/cashier_supervisor.ui" line="28"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="45"/>
        <location filename="../../ui/parts/catalogue_tab.py" line="157"/>
        <source>零件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="46"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="47"/>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="48"/>
        <location filename="../../ui/parts/catalogue_tab.py" line="160"/>
        <source>货位</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="49"/>
        <location filename="../../ui/parts/catalogue_tab.py" line="161"/>
        <source>库存</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="50"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="51"/>
        <source>零售价</source>
        <translation>Retail price</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="52"/>
        <source>特殊</source>
        <translation>Special</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="52"/>
        <source>特殊件</source>
        <translation>Special</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="56"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="57"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="58"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="59"/>
        <source>结存</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="60"/>
        <source>金额</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="61"/>
        <source>单据</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="62"/>
        <source>工单/供应商</source>
        <translation>Order / supplier</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="63"/>
        <source>经办</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="64"/>
        <source>批准：</source>
        <translation>Approved: </translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="65"/>
        <source>原因/批准</source>
        <translation>Reason / approval</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="141"/>
        <source>没有符合条件的备件。</source>
        <translation>No matching parts.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="150"/>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="151"/>
        <source>原厂件</source>
        <translation>Genuine</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="151"/>
        <source>副厂件</source>
        <translation>Aftermarket</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="153"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;特殊件：出库须经理批准&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Special part: leaves only with a manager&apos;s approval&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="155"/>
        <source>已停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="158"/>
        <source>品牌 / 类别</source>
        <translation>Brand / category</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="159"/>
        <source>适用车型</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="161"/>
        <source>安全库存 {s}，订货量 {r}</source>
        <translation>safety stock {s}, reorder qty {r}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="163"/>
        <source>成本 / 零售价</source>
        <translation>Cost / retail</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="163"/>
        <source>库存金额 {v}</source>
        <translation>stock value {v}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="165"/>
        <source>供应商</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="166"/>
        <source>最后盘点</source>
        <translation>Last counted</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="166"/>
        <source>从未盘点</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="178"/>
        <source>{day} 日终：{qty}，金额 {value}</source>
        <translation>End of {day}: {qty}, value {value}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/catalogue_tab.py" line="208"/>
        <source>{title} {number} 已保存：{count} 项，金额 {value}，原因：{reason}</source>
        <translation>{title} {number} saved: {count} lines, value {value}, reason: {reason}</translation>
    </message>
</context>
<context>
    <name>ChangeOwnerDialog</name>
    <message>
        <location filename="../../ui/reception/archive_dialog.py" line="210"/>
        <source>过户：{plate}</source>
        <translation>Transfer: {plate}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/archive_dialog.py" line="211"/>
        <source>车辆 {plate} 现车主 {name}。过户后，原车主的进厂记录仍留在这辆车的档案里。</source>
        <translation>Vehicle {plate}, current owner {name}. After the transfer the previous owner&apos;s visits stay in this vehicle&apos;s record.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/archive_dialog.py" line="254"/>
        <source>请查找并选中新车主，或勾选“新建车主档案”。</source>
        <translation>Find and select the new owner, or tick &quot;File a new owner&quot;.</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../ui/reception/checkin_dialog.py" line="44"/>
        <source>上次 {km:,} km</source>
        <translation>last {km:,} km</translation>
    </message>
    <message>
        <location filename="../../ui/reception/checkin_dialog.py" line="47"/>
        <source>，低于上次记录：需服务经理授权</source>
        <translation>, below the last reading: needs the service manager</translation>
    </message>
    <message>
        <location filename="../../ui/reception/checkin_dialog.py" line="49"/>
        <source>，比平时多很多（一般不超过 {km:,} km），请核对</source>
        <translation>, far more than usual (normally up to {km:,} km): please check</translation>
    </message>
    <message>
        <location filename="../../ui/reception/checkin_dialog.py" line="51"/>
        <source>，日均约 {km} km</source>
        <translation>, about {km} km a day</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../ui/reception/checkin_dialog.py" line="69"/>
        <source>接车单（返修）</source>
        <translation>Check-in sheet (comeback)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/checkin_dialog.py" line="77"/>
        <source>建议项目（上次未做，请再次提示客户）：{items}</source>
        <translation>Suggested work (declined last time, raise it again with the customer): {items}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/checkin_dialog.py" line="92"/>
        <source>点在车身外，未标记：请点在车身轮廓上，或选部位后回车。</source>
        <translation>That was outside the car: nothing marked. Click on the car outline, or choose a zone and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/checkin_dialog.py" line="123"/>
        <source>&#x3000;上次里程 {km} 公里</source>
        <translation>   last reading {km} km</translation>
    </message>
    <message>
        <location filename="../../ui/reception/checkin_dialog.py" line="150"/>
        <source>未标记损伤</source>
        <translation>No damage marked</translation>
    </message>
    <message>
        <location filename="../../ui/reception/checkin_dialog.py" line="186"/>
        <source>核对里程</source>
        <translation>Check the mileage</translation>
    </message>
    <message>
        <location filename="../../ui/reception/checkin_dialog.py" line="186"/>
        <source>里程确实无误吗？</source>
        <translation>Is the mileage really right?</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="35"/>
        <source>门店信息</source>
        <translation>Store details</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="35"/>
        <source>用户账号</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="35"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="36"/>
        <source>工时定额</source>
        <translation>Labour times</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="36"/>
        <source>保养套餐</source>
        <translation>Service packages</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="36"/>
        <source>打印机</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="37"/>
        <source>备份位置</source>
        <translation>Backup place</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="37"/>
        <source>期初库存盘点审核</source>
        <translation>Opening stock counted and approved</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="38"/>
        <source>期初应收</source>
        <translation>Opening receivables</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="38"/>
        <source>会员余额</source>
        <translation>Member balances</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="46"/>
        <source>✓ 已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="46"/>
        <source>✗ 未完成</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="55"/>
        <source>全部就绪，可以上线。</source>
        <translation>Everything is ready to go live.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="56"/>
        <source>还差 {n} 项：{items}</source>
        <translation>{n} items missing: {items}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/checklist_tab.py" line="56"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="35"/>
        <source>索赔单</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="35"/>
        <source>待开索赔单的保修明细</source>
        <translation>Warranty lines without a claim</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="35"/>
        <source>旧件库</source>
        <translation>Old-parts store</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="37"/>
        <source>工单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="37"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="37"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="38"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="38"/>
        <source>项目 / 备件</source>
        <translation>Item / part</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="40"/>
        <location filename="../../ui/care/claims_tab.py" line="45"/>
        <location filename="../../ui/care/claims_tab.py" line="154"/>
        <source>索赔金额</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="41"/>
        <source>工单状态</source>
        <translation>Order status</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="42"/>
        <location filename="../../ui/care/claims_tab.py" line="49"/>
        <source>索赔单号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="42"/>
        <source>开单</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="43"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="44"/>
        <location filename="../../ui/care/claims_tab.py" line="49"/>
        <source>旧件编号</source>
        <translation>Old-part tag</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="46"/>
        <source>批准金额</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="47"/>
        <source>已回款</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="48"/>
        <source>故障描述 / 拒赔原因</source>
        <translation>Fault / reason rejected</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="50"/>
        <source>旧件状态</source>
        <translation>Old part</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="51"/>
        <source>入库 / 出库</source>
        <translation>In / out</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="52"/>
        <source>索赔状态</source>
        <translation>Claim status</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="81"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="112"/>
        <source>{status} &lt;b&gt;{count}&lt;/b&gt; 单 {amount}</source>
        <translation>{status} &lt;b&gt;{count}&lt;/b&gt; claims {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="115"/>
        <source>还没有索赔单。</source>
        <translation>No claims yet.</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="172"/>
        <source>已开索赔单 {numbers}。</source>
        <translation>Claims opened: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="180"/>
        <source>提交索赔</source>
        <translation>Submit the claim</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="180"/>
        <source>故障描述：</source>
        <translation>Fault:</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="189"/>
        <source>厂家批准</source>
        <translation>Manufacturer approved</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="189"/>
        <source>批准金额：</source>
        <translation>Approved amount:</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="198"/>
        <source>厂家拒赔</source>
        <translation>Manufacturer rejected</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="198"/>
        <source>拒赔原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="203"/>
        <source>未回款</source>
        <translation>outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="218"/>
        <source>登记厂家回款</source>
        <translation>Manufacturer&apos;s payment</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="218"/>
        <source>银行流水号：</source>
        <translation>Bank reference:</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="219"/>
        <source>回款金额：</source>
        <translation>Amount received:</translation>
    </message>
    <message>
        <location filename="../../ui/care/claims_tab.py" line="230"/>
        <source>{n} 件旧件已改为“{status}”。</source>
        <translation>{n} old parts are now &quot;{status}&quot;.</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <location filename="../../ui/workshop/clock_panel.py" line="67"/>
        <source>{name}（{team}）&#x3000;计时中：{plate} {line}，自 {since}</source>
        <translation>{name} ({team})  clocked on: {plate} {line}, since {since}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/clock_panel.py" line="70"/>
        <source>{name}（{team}）&#x3000;未计时</source>
        <translation>{name} ({team})  not clocked on</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/clock_panel.py" line="90"/>
        <source>{plate}&#x3000;{description}&#x3000;{hours} 工时&#x3000;{status}</source>
        <translation>{plate}  {description}  {hours} h  {status}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/clock_panel.py" line="93"/>
        <source>（增项待客户答复）</source>
        <translation>(added work awaiting the customer)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/clock_panel.py" line="123"/>
        <source>请先选择技师和要做的项目。</source>
        <translation>Select a technician and a job first.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/clock_panel.py" line="128"/>
        <source>{at} 已上工：{line}</source>
        <translation>{at} clocked on: {line}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/clock_panel.py" line="133"/>
        <source>请先选择技师。</source>
        <translation>Select a technician first.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/clock_panel.py" line="136"/>
        <source>{at} 已下工。</source>
        <translation>{at} clocked off.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_clock.ui" line="8"/>
        <source>技师打卡（车间公用电脑）</source>
        <translation>Technician clock (workshop terminal)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_clock.ui" line="13"/>
        <source>技师打卡：① 选技师&#x3000;② 选项目&#x3000;③ 上工 / 下工</source>
        <translation>Technician clock: 1. pick a technician  2. pick a job  3. clock on / off</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_clock.ui" line="23"/>
        <source>① 技师</source>
        <translation>1. Technician</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_clock.ui" line="36"/>
        <source>② 他的项目（本人及本班组）</source>
        <translation>2. Jobs (own and team&apos;s)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_clock.ui" line="70"/>
        <source>③ 上工 F8</source>
        <translation>3. Clock on F8</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_clock.ui" line="78"/>
        <source>下工 F9</source>
        <translation>Clock off F9</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_clock.ui" line="85"/>
        <source>关闭 Esc</source>
        <translation>Close Esc</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/care/complaint_dialog.py" line="24"/>
        <source>（未分类）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaint_dialog.py" line="60"/>
        <source>&#x3000;最近工单 {number}</source>
        <translation>  last order {number}</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="41"/>
        <source>未结投诉</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="41"/>
        <source>超时未答复</source>
        <translation>Overdue answers</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="41"/>
        <source>待回访关闭</source>
        <translation>Re-visit due</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="42"/>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="42"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="45"/>
        <source>投诉单号</source>
        <translation>Complaint no.</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="45"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="46"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="46"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="47"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="47"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="48"/>
        <location filename="../../ui/care/complaints_tab.py" line="97"/>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="48"/>
        <location filename="../../ui/care/complaints_tab.py" line="98"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="49"/>
        <location filename="../../ui/care/complaints_tab.py" line="99"/>
        <source>答复期限</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="50"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="51"/>
        <location filename="../../ui/care/complaints_tab.py" line="101"/>
        <source>客户意见</source>
        <translation>Customer&apos;s verdict</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="89"/>
        <source>未结 &lt;b&gt;{open}&lt;/b&gt;&#x3000;超时未答复 &lt;b style=&apos;color:#c62828&apos;&gt;{overdue}&lt;/b&gt;&#x3000;待回访 &lt;b&gt;{revisit}&lt;/b&gt;</source>
        <translation>Open &lt;b&gt;{open}&lt;/b&gt;  overdue &lt;b style=&apos;color:#c62828&apos;&gt;{overdue}&lt;/b&gt;  re-visit due &lt;b&gt;{revisit}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="95"/>
        <source>没有投诉。</source>
        <translation>No complaints.</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="96"/>
        <source>工单</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="100"/>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="102"/>
        <source>回访日期</source>
        <translation>Re-visit on</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="103"/>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="104"/>
        <source>原因分析</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="105"/>
        <source>处理措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="145"/>
        <source>已登记投诉 {number}，答复期限 {due}。</source>
        <translation>Complaint {number} recorded; answer by {due}.</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="166"/>
        <source>答复客户</source>
        <translation>Answer the customer</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="166"/>
        <source>答复内容：</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="166"/>
        <location filename="../../ui/care/complaints_tab.py" line="175"/>
        <source>客户意见：</source>
        <translation>Customer&apos;s verdict:</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="175"/>
        <source>投诉回访并关闭</source>
        <translation>Re-visit and close the complaint</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaints_tab.py" line="175"/>
        <source>回访情况：</source>
        <translation>Re-visit notes:</translation>
    </message>
</context>
<context>
    <name>CountTab</name>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="40"/>
        <source>已盘</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="41"/>
        <source>货位</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="42"/>
        <source>零件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="43"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="44"/>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="45"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="46"/>
        <source>账面</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="47"/>
        <source>实盘</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="48"/>
        <source>差异</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="49"/>
        <source>差异金额</source>
        <translation>Difference value</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="50"/>
        <source>盘点人</source>
        <translation>Counted by</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="51"/>
        <source>录入时间</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="93"/>
        <source>还没有盘点单：选择货位或未盘天数，点“开始盘点”。</source>
        <translation>No stock count yet: choose bins or days since last count, then press &quot;Start count&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="105"/>
        <source>已盘 {counted} / {lines}，剩 {left}</source>
        <translation>Counted {counted} / {lines}, {left} left</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="107"/>
        <source>{number}（{status}，{scope}）&#x3000;差异 {n} 项：盘盈 {gain}，盘亏 {loss}，净额 {net}</source>
        <translation>{number} ({status}, {scope})  {n} differences: gain {gain}, loss {loss}, net {net}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="136"/>
        <source>盘点单 {number} 已冻结：请按货位逐项录入实盘数量。</source>
        <translation>Count {number} frozen: enter the counted quantities bin by bin.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="168"/>
        <source>{number} {name}：实盘 {counted}，账面 {expected}，差异 {diff}</source>
        <translation>{number} {name}: counted {counted}, book {expected}, difference {diff}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="184"/>
        <source>已提交，等待经理审批过账。</source>
        <translation>Submitted; waiting for the manager to approve and post.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="192"/>
        <source>盘点单 {number} 差异过账</source>
        <translation>Posting the differences of count {number}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="195"/>
        <source>未经经理批准，未过账。</source>
        <translation>Not approved by a manager; nothing posted.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="202"/>
        <source>已过账：调整 {n} 种，盘盈 {gain}，盘亏 {loss}。</source>
        <translation>Posted: {n} parts adjusted, gain {gain}, loss {loss}.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/count_tab.py" line="212"/>
        <source>盘点单已作废。</source>
        <translation>Count cancelled.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="45"/>
        <source>每日营业收入（元，已扣冲销）</source>
        <translation>Revenue per day (yuan, net of reversals)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="45"/>
        <location filename="../../ui/manager/dashboard_tab.py" line="48"/>
        <source>本期没有结算</source>
        <translation>No settlements in this period</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="46"/>
        <source>每日进厂台次</source>
        <translation>Cars in per day</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="46"/>
        <location filename="../../ui/manager/dashboard_tab.py" line="47"/>
        <source>本期没有进厂车辆</source>
        <translation>No cars came in this period</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="47"/>
        <source>进厂业务类别</source>
        <translation>Cars in by job type</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="48"/>
        <source>服务顾问产值（元）</source>
        <translation>Output per advisor (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="111"/>
        <source>正在统计…</source>
        <translation>Counting...</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="133"/>
        <source>{period}&#x3000;更新于 {time}（{ms} 毫秒）</source>
        <translation>{period}   updated {time} ({ms} ms)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="137"/>
        <source>进厂台次</source>
        <translation>Cars in</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="138"/>
        <source>结算 {count} 台</source>
        <translation>{count} settled</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="139"/>
        <source>营业收入</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="139"/>
        <source>已扣冲销</source>
        <translation>net of reversals</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="140"/>
        <source>单车产值</source>
        <translation>Average ticket</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="141"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="141"/>
        <source>{cars} 台</source>
        <translation>{cars} cars</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="142"/>
        <source>收入 {amount}</source>
        <translation>revenue {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="143"/>
        <source>在厂车辆</source>
        <translation>In workshop</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="144"/>
        <source>未结投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="145"/>
        <source>超时未答复 {count}</source>
        <translation>{count} overdue</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="147"/>
        <source>挂账未收</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="148"/>
        <source>卡预收 {amount}</source>
        <translation>Cards {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/dashboard_tab.py" line="149"/>
        <source>会员卡预收：储值余额 {stored}，未用套餐 {services} 次 {value}</source>
        <translation>Owed on member cards: stored value {stored}, {services} unused package services {value}</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/shell/settings_pages/database.py" line="20"/>
        <source>留空 = 本机默认文件：{url}</source>
        <translation>Empty = this PC&apos;s default file: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/database.py" line="26"/>
        <location filename="../../ui/forms/settings_database.ui" line="32"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/database.py" line="34"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/database.py" line="46"/>
        <source>连接成功。这是一个空数据库，程序重启后会在其中建立数据表。</source>
        <translation>Connected. The database is empty; the program creates its tables there after a restart.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/database.py" line="48"/>
        <source>连接成功（数据库版本 {version}）。</source>
        <translation>Connected (database version {version}).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/database.py" line="67"/>
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
    <name>DayEndTab</name>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="58"/>
        <source>已日结（{by} {at}）</source>
        <translation>Day closed ({by} {at})</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="61"/>
        <source>未日结</source>
        <translation>Day not closed</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="65"/>
        <source>结算单数</source>
        <translation>Settlements</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="65"/>
        <source>结算合计</source>
        <translation>Settled total</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="66"/>
        <source>工时费</source>
        <translation>Labour</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="66"/>
        <source>材料费</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="67"/>
        <source>其他费用</source>
        <translation>Other fees</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="67"/>
        <source>优惠合计</source>
        <translation>Discounts total</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="68"/>
        <source>客户自付</source>
        <translation>Paid by customers</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="68"/>
        <source>保险公司挂账</source>
        <translation>On account: insurers</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="69"/>
        <source>厂家索赔挂账</source>
        <translation>On account: manufacturer claims</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="69"/>
        <source>内部承担</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="70"/>
        <source>实收合计（不含定金抵扣、会员余额）</source>
        <translation>Takings (excl. deposits applied and member balance)</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="71"/>
        <source>收取定金 / 退还定金</source>
        <translation>Deposits taken / refunded</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="76"/>
        <source>收款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="76"/>
        <location filename="../../ui/cashier/day_end_tab.py" line="82"/>
        <source>笔数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="76"/>
        <location filename="../../ui/cashier/day_end_tab.py" line="82"/>
        <source>金额</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="79"/>
        <location filename="../../ui/cashier/day_end_tab.py" line="85"/>
        <source>收银员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="79"/>
        <source>实收</source>
        <translation>Takings</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="82"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="82"/>
        <source>挂账方</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="83"/>
        <source>新增挂账</source>
        <translation>New receivable</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="83"/>
        <location filename="../../ui/cashier/day_end_tab.py" line="84"/>
        <source>debtor_kind</source>
        <translation>debtor_kind</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="84"/>
        <source>回款</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="85"/>
        <location filename="../../ui/cashier/day_end_tab.py" line="88"/>
        <source>结算单号</source>
        <translation>Settlement no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="85"/>
        <source>授权人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="85"/>
        <source>优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="85"/>
        <source>其中整单</source>
        <translation>Of which order discount</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="88"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="88"/>
        <source>经办 / 授权</source>
        <translation>By / approved by</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="88"/>
        <source>客户实付</source>
        <translation>Customer paid</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="99"/>
        <source>导出日结单</source>
        <translation>Export day-end report</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="100"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="105"/>
        <source>正在导出日结单…</source>
        <translation>Exporting the day-end report...</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="112"/>
        <source>日结</source>
        <translation>Day-end</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="113"/>
        <source>确定日结 {day}？实收合计 {takings}，结算 {count} 单。日结后当天的收款、结算、冲销和回款都不能再更改。</source>
        <translation>Close the day {day}? Takings {takings}, {count} settlements. After day-end, that day&apos;s payments, settlements, reversals and collections can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_end_tab.py" line="119"/>
        <source>无法完成</source>
        <translation>Cannot be done</translation>
    </message>
</context>
<context>
    <name>DelayDialog</name>
    <message>
        <location filename="../../ui/reception/today.py" line="92"/>
        <source>{number} {plate}，原定 {promised}</source>
        <translation>{number} {plate}, promised {promised}</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <location filename="../../ui/reception/appointment_dialog.py" line="72"/>
        <source>{number} {plate} {when}：备件 {parts}（{value}），定金至少 {minimum}</source>
        <translation>{number} {plate} {when}: parts {parts} ({value}), deposit at least {minimum}</translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../../ui/reception/diagnosis_dialog.py" line="36"/>
        <source>检测项目（仪器 / 方法）</source>
        <translation>Test (instrument / method)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/diagnosis_dialog.py" line="36"/>
        <source>检测结果 / 数据 / 故障码</source>
        <translation>Result / readings / fault codes</translation>
    </message>
    <message>
        <location filename="../../ui/reception/diagnosis_dialog.py" line="61"/>
        <source>已按“{outcome}”关闭，{at} 放行</source>
        <translation>Closed as &quot;{outcome}&quot;, released {at}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/diagnosis_dialog.py" line="63"/>
        <source>&lt;b&gt;{number}&lt;/b&gt;&#x3000;{plate}&#x3000;{model}&#x3000;{customer}&#x3000;客户描述：{words}&#x3000;&lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt;  {plate}  {model}  {customer}  Customer says: {words}  &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reception/diagnosis_dialog.py" line="143"/>
        <source>客户不在本店维修，按“诊断未修”关闭工单？
其他项目全部取消，只保留诊断费 {fee}，由收银台结算后放行。</source>
        <translation>The customer will not have the car repaired here: close the order as &quot;diagnosed, not repaired&quot;?
Every other item is cancelled; only the diagnosis fee {fee} stays, paid at the cashier before the car is released.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/diagnosis_dialog.py" line="144"/>
        <source>诊断未修</source>
        <translation>Diagnosed, not repaired</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <location filename="../../ui/kit/discard_guard.py" line="43"/>
        <source>放弃已填写的内容？</source>
        <translation>Discard what you have filled in?</translation>
    </message>
    <message>
        <location filename="../../ui/kit/discard_guard.py" line="44"/>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/kit/discard_guard.py" line="45"/>
        <source>继续填写</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="64"/>
        <source>未约定</source>
        <translation>not agreed</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="65"/>
        <source>{number}&#x3000;{plate}&#x3000;{job}&#x3000;顾问 {advisor}&#x3000;承诺交车 {promised}</source>
        <translation>{number}   {plate}   {job}   Advisor {advisor}   Promised {promised}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="71"/>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="247"/>
        <source>已接车</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="75"/>
        <source>保存时按 10 分钟取整</source>
        <translation>rounded to 10 minutes when saved</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="84"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="84"/>
        <source>工时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="84"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="84"/>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="208"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="85"/>
        <source>技师（今日负荷）</source>
        <translation>Technician (load today)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="85"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="99"/>
        <source>增项：{answer}</source>
        <translation>Added work: {answer}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="99"/>
        <source>待答复</source>
        <translation>awaiting answer</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="140"/>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="143"/>
        <source>（逐项选择）</source>
        <translation>(line by line)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="190"/>
        <source>⚠ {name} 今日将排 {after}/{available} h，超出 {extra} h</source>
        <translation>⚠ {name} would have {after}/{available} h today, {extra} h over</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="196"/>
        <source>{name}（{kind}，有车 {plate}）</source>
        <translation>{name} ({kind}, occupied by {plate})</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="197"/>
        <source>{name}（{kind}，空）</source>
        <translation>{name} ({kind}, free)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="208"/>
        <source>技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="208"/>
        <source>已派未完</source>
        <translation>Assigned, open</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="208"/>
        <source>今日完工</source>
        <translation>Finished today</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="209"/>
        <source>负荷/可用</source>
        <translation>Load / available</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="209"/>
        <source>正在做</source>
        <translation>Working on</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="254"/>
        <source>技师超负荷</source>
        <translation>Technician overloaded</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/dispatch_dialog.py" line="254"/>
        <source>仍要派给他吗？</source>
        <translation>Give it to him anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_dispatch.ui" line="8"/>
        <source>接车派工</source>
        <translation>Receive and dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_dispatch.ui" line="19"/>
        <source>接车交接（时间精确到 10 分钟）</source>
        <translation>Hand-over (time to 10 minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_dispatch.ui" line="23"/>
        <source>接车人(&amp;R)：</source>
        <translation>&amp;Received by:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_dispatch.ui" line="32"/>
        <source>接车时间(&amp;T)：</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_dispatch.ui" line="38"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_dispatch.ui" line="52"/>
        <source>派工：每个工时项目选择班组或技师，以及工位</source>
        <translation>Dispatch: choose a team or technician and a bay for each labour line</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_dispatch.ui" line="59"/>
        <source>全部项目同一技师(&amp;A)：</source>
        <translation>One technician for &amp;all lines:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_dispatch.ui" line="70"/>
        <source>同一工位(&amp;B)：</source>
        <translation>One &amp;bay:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_dispatch.ui" line="102"/>
        <source>技师今日负荷（工时）</source>
        <translation>Technicians&apos; load today (hours)</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../ui/admin/documents_tab.py" line="14"/>
        <source>单据或收款方式</source>
        <translation>Document or payment method</translation>
    </message>
    <message>
        <location filename="../../ui/admin/documents_tab.py" line="18"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin/documents_tab.py" line="18"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/documents_tab.py" line="19"/>
        <source>当前</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/admin/documents_tab.py" line="19"/>
        <source>默认值</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../ui/admin/documents_tab.py" line="20"/>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../ui/admin/documents_tab.py" line="28"/>
        <source>单据</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/admin/documents_tab.py" line="29"/>
        <source>编号前缀（1–4 个大写字母）</source>
        <translation>Number prefix (1-4 capital letters)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/documents_tab.py" line="30"/>
        <source>单据编号前缀</source>
        <translation>Document number prefix</translation>
    </message>
    <message>
        <location filename="../../ui/admin/documents_tab.py" line="33"/>
        <source>已保存：{label}的编号前缀，下一张单据起使用。</source>
        <translation>Saved: the number prefix of {label}, used from the next document.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/documents_tab.py" line="39"/>
        <source>收款方式“{name}”已{what}。</source>
        <translation>Payment method &quot;{name}&quot;: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/documents_tab.py" line="40"/>
        <source>停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../ui/admin/documents_tab.py" line="40"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../ui/shell/error_report.py" line="89"/>
        <source>程序遇到了一个意外错误，刚才的操作可能没有完成。

错误的详细情况已记录在这台电脑的日志中。请点“导出日志…”保存日志文件，发给负责维护的同事。</source>
        <translation>The program ran into an unexpected error; what you just did may not have been completed.

The details have been written to this PC&apos;s log. Click &quot;Export log...&quot; to save the log file and send it to whoever maintains the system.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_report.py" line="91"/>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_report.py" line="93"/>
        <source>导出日志…</source>
        <translation>Export log...</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_report.py" line="107"/>
        <location filename="../../ui/shell/error_report.py" line="120"/>
        <source>导出日志</source>
        <translation>Export log</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_report.py" line="108"/>
        <source>压缩文件 (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_report.py" line="118"/>
        <source>日志已保存为：
{path}

可以把这个文件通过邮件或聊天软件发给维护人员。其中不含密码，电话和证件号码只保留首尾几位。</source>
        <translation>The log has been saved as:
{path}

You can send this file to the maintainer by e-mail or chat. It contains no passwords; phone and ID numbers keep only their first and last digits.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/kit/errors.py" line="15"/>
        <source>无法完成</source>
        <translation>Cannot be done</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="62"/>
        <location filename="../../ui/forms/first_run_wizard.ui" line="579"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="75"/>
        <source>数据保存在这台电脑的数据文件夹中：{path}</source>
        <translation>Data is kept in this PC&apos;s data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="134"/>
        <source>两次输入的密码不一致，请重新输入确认密码。</source>
        <translation>The two passwords differ. Please enter the confirmation again.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="179"/>
        <source>正在连接…</source>
        <translation>Connecting...</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="187"/>
        <source>连接成功。这是一个空数据库：点“下一步”在其中建立门店的数据。</source>
        <translation>Connected. This database is empty: click &quot;Next&quot; to set up the store in it.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="189"/>
        <source>连接成功，但这个数据库来自更新版本的程序（版本 {v}）：请先在这台电脑上安装新版本。</source>
        <translation>Connected, but this database comes from a newer version of the program (version {v}): install the new version on this PC first.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="192"/>
        <source>连接成功：门店“{store}”的数据库。点“下一步”加入，与其他电脑共用数据。</source>
        <translation>Connected: the database of the store &quot;{store}&quot;. Click &quot;Next&quot; to join it and share the data with the other PCs.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="193"/>
        <location filename="../../ui/shell/first_run_wizard.py" line="283"/>
        <source>（未设置店名）</source>
        <translation>(no store name set)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="195"/>
        <source>连接成功。数据库中还没有门店：点“下一步”设置门店和管理员。</source>
        <translation>Connected. The database has no store yet: click &quot;Next&quot; to set up the store and its administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="224"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database...</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="247"/>
        <source>升级数据库</source>
        <translation>Upgrade database</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="247"/>
        <source>仍要升级吗？</source>
        <translation>Upgrade anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="275"/>
        <source>店名</source>
        <translation>Store name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="276"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="276"/>
        <source>（未填写）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="277"/>
        <source>服务电话</source>
        <translation>Service phone</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="278"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="279"/>
        <location filename="../../ui/shell/first_run_wizard.py" line="284"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="283"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_run_wizard.py" line="285"/>
        <source>数据库版本</source>
        <translation>Database version</translation>
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
        <location filename="../../ui/shell/first_run_wizard.py" line="80"/>
        <source>这台电脑连接的数据库中还没有任何账号。接下来只需两步：填写门店信息，创建系统管理员账号。完成后用这个账号登录，再为服务顾问、车间、备件仓库、收银和客服的同事创建各自的账号。</source>
        <translation>The database this PC uses has no accounts yet. Two steps follow: enter the store&apos;s details and create the administrator account. Then log in with that account and create accounts for your colleagues in reception, the workshop, the parts warehouse, the cashier&apos;s desk and customer care.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="111"/>
        <source>数据保存在：</source>
        <translation>Data is kept in:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="350"/>
        <source>门店信息</source>
        <translation>Store details</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="353"/>
        <source>这些信息印在每一张单据的抬头上，以后可在设置中修改。</source>
        <translation>These details head every printed document; you can change them later in the settings.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="370"/>
        <source>店名：</source>
        <translation>Store name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="380"/>
        <source>如：红旗路一汽大众4S店</source>
        <translation>e.g. Hongqi Road FAW-Volkswagen 4S Store</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="390"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="400"/>
        <source>如：北京市朝阳区红旗路 88 号</source>
        <translation>e.g. 88 Hongqi Road, Chaoyang District, Beijing</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="410"/>
        <source>服务电话：</source>
        <translation>Service phone:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="420"/>
        <source>手机号或带区号的固定电话，如 010-88886666</source>
        <translation>Mobile, or landline with area code, e.g. 010-88886666</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="459"/>
        <source>管理员账号</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="462"/>
        <source>系统管理员负责门店设置和同事的账号。请牢记密码。</source>
        <translation>The administrator looks after the store settings and the colleagues&apos; accounts. Keep the password safe.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="254"/>
        <location filename="../../ui/forms/first_run_wizard.ui" line="479"/>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="36"/>
        <source>这台电脑第一次使用本程序。先选择数据保存在哪里：只有这一台电脑使用时选第一项；门店里多台电脑（前台、车间、备件、收银）共用一套数据时，每台电脑都选第二项，连接同一台门店服务器。</source>
        <translation>This is the first time the program runs on this PC. First choose where the data is kept: pick the first option if only this PC uses it; if several PCs in the store (front desk, workshop, parts, cashier) share one set of data, pick the second option on every PC and connect to the same store server.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="62"/>
        <source>只在这台电脑上使用(&amp;L)</source>
        <translation>&amp;Local: use on this PC only</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="88"/>
        <source>连接门店服务器，多台电脑共用(&amp;S)</source>
        <translation>Connect to the &amp;store&apos;s server, shared by several PCs</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="95"/>
        <source>数据保存在门店服务器的 PostgreSQL 数据库中。需要服务器的地址、数据库名、用户名和密码（向门店的网络管理员索取）。</source>
        <translation>Data is kept in a PostgreSQL database on the store&apos;s server. You need the server&apos;s address, the database name, a user name and a password (ask the store&apos;s network administrator).</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="131"/>
        <source>登录后可在“文件 → 设置 → 数据库”中更改数据库地址。</source>
        <translation>After logging in, the database address can be changed under &quot;File → Settings → Database&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="171"/>
        <source>门店服务器</source>
        <translation>Store server</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="174"/>
        <source>填写门店服务器上数据库的连接信息，点“测试连接”确认无误后再继续。</source>
        <translation>Enter how to reach the database on the store&apos;s server, click &quot;Test connection&quot; and go on once it works.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="191"/>
        <source>服务器地址：</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="201"/>
        <source>计算机名或 IP 地址，如 192.168.1.10</source>
        <translation>Computer name or IP address, e.g. 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="211"/>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="234"/>
        <source>数据库名：</source>
        <translation>Database name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="295"/>
        <source>测试连接(&amp;T)</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="323"/>
        <source>密码只保存在这台电脑的设置文件中（只有当前登录电脑的用户能读取），不会写进日志。</source>
        <translation>The password is kept only in this PC&apos;s settings file (readable only by the user logged in to this PC) and is never written to the log.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="489"/>
        <source>登录时输入，如 admin</source>
        <translation>Typed when logging in, e.g. admin</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="499"/>
        <source>姓名：</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="628"/>
        <source>已连接到门店数据库</source>
        <translation>Connected to the store&apos;s database</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="631"/>
        <source>门店已经设置好，这台电脑与其他电脑看到的是同一套数据。</source>
        <translation>The store is already set up: this PC sees the same data as the other PCs.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="650"/>
        <source>点“完成”后，用您在本门店的账号登录。还没有账号时，请向系统管理员或服务经理索取。</source>
        <translation>Click &quot;Finish&quot;, then log in with your account at this store. If you have no account yet, ask the system administrator or the service manager for one.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="271"/>
        <location filename="../../ui/forms/first_run_wizard.ui" line="516"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="533"/>
        <source>确认密码：</source>
        <translation>Confirm password:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/first_run_wizard.ui" line="582"/>
        <source>请核对以下信息，然后点击“完成”。</source>
        <translation>Please check the details below, then click &quot;Finish&quot;.</translation>
    </message>
</context>
<context>
    <name>FlowTab</name>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="34"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="35"/>
        <source>入库金额</source>
        <translation>Received value</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="36"/>
        <source>其中按采购单</source>
        <translation>Of which against POs</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="37"/>
        <source>入库单</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="38"/>
        <source>出库数量</source>
        <translation>Issued qty</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="39"/>
        <source>出库金额</source>
        <translation>Issued value</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="40"/>
        <source>出库单</source>
        <translation>Issues</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="41"/>
        <source>退库数量</source>
        <translation>Returned qty</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="42"/>
        <source>退库金额</source>
        <translation>Returned value</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="43"/>
        <source>净耗用金额</source>
        <translation>Net usage value</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="44"/>
        <source>退货金额</source>
        <translation>Sent back value</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="45"/>
        <source>调整/盘点</source>
        <translation>Adjustments / counts</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="49"/>
        <source>零件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="50"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="51"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="52"/>
        <source>入库</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="53"/>
        <source>出库</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="54"/>
        <source>退库</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="55"/>
        <source>净耗用</source>
        <translation>Net usage</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="98"/>
        <source>正在统计进销数据…</source>
        <translation>Totalling stock movements...</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="107"/>
        <source>{start} 至 {end}：入库 &lt;b&gt;{received}&lt;/b&gt;（其中按采购单 {po}）&#x3000;出库 &lt;b&gt;{issued}&lt;/b&gt;&#x3000;退库 {returned}&#x3000;净耗用 &lt;b&gt;{used}&lt;/b&gt;&#x3000;退货 {sent_back}&#x3000;调整/盘点 {adjusted}</source>
        <translation>{start} to {end}: received &lt;b&gt;{received}&lt;/b&gt; (against POs {po})  issued &lt;b&gt;{issued}&lt;/b&gt;  returned {returned}  net usage &lt;b&gt;{used}&lt;/b&gt;  sent back {sent_back}  adjustments / counts {adjusted}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="126"/>
        <source>按备件：{day}</source>
        <translation>By part: {day}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="129"/>
        <source>按备件：{start} 至 {end}（在上表选一天只看当天）</source>
        <translation>By part: {start} to {end} (select a day above to see only that day)</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="136"/>
        <source>进销对账</source>
        <translation>Stock movements</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="136"/>
        <source>备件进销明细</source>
        <translation>Parts movements</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="137"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="138"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="142"/>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/flow_tab.py" line="143"/>
        <source>正在导出…</source>
        <translation>Exporting...</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="47"/>
        <source>待回访（今日及逾期）</source>
        <translation>Calls due (today and overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="48"/>
        <source>回访记录（登记表期间）</source>
        <translation>Calls made (log period)</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="53"/>
        <source>应回访日</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="53"/>
        <source>逾期(天)</source>
        <translation>Overdue (days)</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="55"/>
        <location filename="../../ui/care/follow_up_tab.py" line="64"/>
        <source>次别</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="55"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="56"/>
        <source>已拨</source>
        <translation>Tries</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="56"/>
        <source>高额</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="58"/>
        <location filename="../../ui/care/follow_up_tab.py" line="67"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="58"/>
        <location filename="../../ui/care/follow_up_tab.py" line="67"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="58"/>
        <location filename="../../ui/care/follow_up_tab.py" line="67"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="59"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="59"/>
        <location filename="../../ui/care/follow_up_tab.py" line="68"/>
        <source>工单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="60"/>
        <source>交车</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="60"/>
        <source>结算金额</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="61"/>
        <source>服务顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="64"/>
        <source>回访时间</source>
        <translation>Called at</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="65"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="66"/>
        <source>总体满意度</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="68"/>
        <source>客户意见</source>
        <translation>Customer&apos;s verdict</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="68"/>
        <source>回访人</source>
        <translation>Called by</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="135"/>
        <source>今日待回访 &lt;b&gt;{due}&lt;/b&gt; 个，其中逾期 &lt;b style=&apos;color:#c62828&apos;&gt;{overdue}&lt;/b&gt; 个</source>
        <translation>Calls due today &lt;b&gt;{due}&lt;/b&gt;, overdue &lt;b style=&apos;color:#c62828&apos;&gt;{overdue}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="153"/>
        <source>已登记投诉 {number}，请在“投诉”页跟进。</source>
        <translation>Complaint {number} recorded; follow it up on the Complaints tab.</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="165"/>
        <source>{customer} 已拨打 {n} 次未接通，放弃回访。</source>
        <translation>{customer}: no answer after {n} tries; call given up.</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="166"/>
        <source>{customer} 未接通（第 {n} 次），明天再拨。</source>
        <translation>{customer}: no answer (try {n}); call again tomorrow.</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="178"/>
        <source>正在生成跟踪服务电话登记表…</source>
        <translation>Preparing the follow-up call log...</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="184"/>
        <source>跟踪服务电话登记表</source>
        <translation>Follow-up call log</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="184"/>
        <source>待回访名单</source>
        <translation>Calls due</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="186"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="187"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="195"/>
        <source>正在导出…</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <location filename="../../ui/care/follow_up_tab.py" line="196"/>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
</context>
<context>
    <name>HandlingDialog</name>
    <message>
        <location filename="../../ui/care/handling_dialog.py" line="27"/>
        <source>负责人：{owner}&#x3000;答复期限：{due}</source>
        <translation>Owner: {owner}   answer due: {due}</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/cashier/history_tab.py" line="32"/>
        <source>全部</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/history_tab.py" line="34"/>
        <source>结算单号</source>
        <translation>Settlement no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/history_tab.py" line="34"/>
        <source>结算时间</source>
        <translation>Settled at</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/history_tab.py" line="35"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/history_tab.py" line="35"/>
        <source>工单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/history_tab.py" line="35"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/history_tab.py" line="36"/>
        <source>结算合计</source>
        <translation>Settled total</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/history_tab.py" line="36"/>
        <source>客户实付</source>
        <translation>Customer paid</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/history_tab.py" line="37"/>
        <source>挂账</source>
        <translation>On account</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/history_tab.py" line="38"/>
        <source>收银员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/history_tab.py" line="38"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/parts/import_dialog.py" line="42"/>
        <source>选择备件文件</source>
        <translation>Choose the parts file</translation>
    </message>
    <message>
        <location filename="../../ui/parts/import_dialog.py" line="43"/>
        <source>Excel 或 CSV (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Excel or CSV (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/parts/import_dialog.py" line="56"/>
        <source>已读取表头（约 {n} 行）。请核对列对应，然后开始导入。</source>
        <translation>Header read (about {n} rows). Check the column mapping, then start the import.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/import_dialog.py" line="62"/>
        <source>被拒绝的行（行号&#x3000;零件号&#x3000;原因）：</source>
        <translation>Refused rows (row, part no., reason):</translation>
    </message>
    <message>
        <location filename="../../ui/parts/import_dialog.py" line="65"/>
        <source>……其余请“保存拒绝清单”查看。</source>
        <translation>... save the refused list to see the rest.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/import_dialog.py" line="80"/>
        <source>保存拒绝清单</source>
        <translation>Save refused rows</translation>
    </message>
    <message>
        <location filename="../../ui/parts/import_dialog.py" line="81"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/parts/import_dialog.py" line="84"/>
        <source>已保存 {n} 行到 {path}</source>
        <translation>Saved {n} rows to {path}</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../ui/kit/import_panel.py" line="77"/>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../../ui/admin/import_tab.py" line="32"/>
        <source>先选择导入种类和文件。建议顺序：客户 → 车辆 → 维修历史。</source>
        <translation>Choose the kind of data and the file. Suggested order: customers → vehicles → service history.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_tab.py" line="53"/>
        <source>选择旧系统导出的文件</source>
        <translation>Choose the old system&apos;s export</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_tab.py" line="54"/>
        <source>Excel 或 CSV (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Excel or CSV (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_tab.py" line="68"/>
        <source>已读取表头（约 {n} 行），列对应沿用上次导入。请核对后先试导入。</source>
        <translation>Header read (about {n} rows); columns mapped as in the last import. Check them, then do a trial run first.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_tab.py" line="69"/>
        <source>已读取表头（约 {n} 行），列对应已按表头建议。请核对后先试导入。</source>
        <translation>Header read (about {n} rows); columns proposed from the headers. Check them, then do a trial run first.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_tab.py" line="74"/>
        <source>有误的行（行号&#x3000;原因）：</source>
        <translation>Bad rows (row  reason):</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_tab.py" line="77"/>
        <source>……其余请“导出有误的行”查看。</source>
        <translation>… export the bad rows to see the rest.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_tab.py" line="92"/>
        <source>导出有误的行</source>
        <translation>Export bad rows</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_tab.py" line="93"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_tab.py" line="96"/>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../ui/cashier/invoice_dialog.py" line="35"/>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoice_dialog.py" line="35"/>
        <source>发票代码</source>
        <translation>Invoice code</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoice_dialog.py" line="35"/>
        <source>发票号码</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoice_dialog.py" line="35"/>
        <source>购买方</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoice_dialog.py" line="35"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoice_dialog.py" line="36"/>
        <source>开票日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoice_dialog.py" line="36"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoice_dialog.py" line="44"/>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoice_dialog.py" line="56"/>
        <source>结算单 &lt;b&gt;{number}&lt;/b&gt;&#x3000;客户 {customer}&#x3000;客户实付 {due}&#x3000;已开票 {invoiced}&#x3000;可开 &lt;b&gt;{left}&lt;/b&gt;</source>
        <translation>Settlement &lt;b&gt;{number}&lt;/b&gt;  customer {customer}  paid {due}  invoiced {invoiced}  left &lt;b&gt;{left}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="43"/>
        <location filename="../../ui/cashier/invoices_tab.py" line="45"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="49"/>
        <source>开票日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="50"/>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="50"/>
        <source>发票代码</source>
        <translation>Invoice code</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="51"/>
        <source>发票号码</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="51"/>
        <source>购买方名称</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="52"/>
        <source>纳税人识别号</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="52"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="53"/>
        <source>结算单号</source>
        <translation>Settlement no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="53"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="54"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="55"/>
        <source>红冲原因</source>
        <translation>Red-letter reason</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="95"/>
        <source>正常 {count} 张，合计 &lt;b&gt;{amount}&lt;/b&gt;；已红冲 {red_count} 张，{red_amount}</source>
        <translation>In force: {count}, total &lt;b&gt;{amount}&lt;/b&gt;; red-lettered: {red_count}, {red_amount}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="117"/>
        <source>发票清单_{start}-{end}</source>
        <translation>invoices_{start}-{end}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="119"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="120"/>
        <source>Excel 工作簿 (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="125"/>
        <source>正在导出…</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/invoices_tab.py" line="126"/>
        <source>已导出 {n} 张发票到 {path}</source>
        <translation>Exported {n} invoices to {path}</translation>
    </message>
</context>
<context>
    <name>IssueTab</name>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="41"/>
        <source>申请时间</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="42"/>
        <source>工单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="43"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="44"/>
        <location filename="../../ui/parts/issue_tab.py" line="56"/>
        <source>零件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="45"/>
        <location filename="../../ui/parts/issue_tab.py" line="57"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="46"/>
        <location filename="../../ui/parts/issue_tab.py" line="58"/>
        <source>货位</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="47"/>
        <source>待发</source>
        <translation>To issue</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="48"/>
        <location filename="../../ui/parts/issue_tab.py" line="63"/>
        <source>库存</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="49"/>
        <location filename="../../ui/parts/issue_tab.py" line="64"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="50"/>
        <location filename="../../ui/parts/issue_tab.py" line="66"/>
        <source>特殊件</source>
        <translation>Special</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="51"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="59"/>
        <source>需用</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="60"/>
        <source>已发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="61"/>
        <source>未发</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="62"/>
        <source>车间申领</source>
        <translation>Picked</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="65"/>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="67"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="125"/>
        <source>{number}&#x3000;{plate}&#x3000;{status}</source>
        <translation>{number}  {plate}  {status}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="141"/>
        <source>本工单没有零件号 {number} 的备件明细。</source>
        <translation>This order has no part line for {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="166"/>
        <source>请先选择备件明细。</source>
        <translation>Select a part line first.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="198"/>
        <source>特殊件 {parts} 出库</source>
        <translation>Issuing special part {parts}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="201"/>
        <source>特殊件未经经理批准，未出库。</source>
        <translation>Special part not approved by a manager; nothing issued.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="211"/>
        <source>已出库，出库单 {number}：{count} 项，金额 {value}。请技工在出库单上签字。</source>
        <translation>Issued, outbound slip {number}: {count} lines, value {value}. Have the technician sign the slip.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="214"/>
        <source>未出库 {count} 项：{which}</source>
        <translation> Not issued, {count}: {which}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/issue_tab.py" line="235"/>
        <source>已退库，退库单 {number}：{count} 项，金额 {value}。</source>
        <translation>Returned, return slip {number}: {count} lines, value {value}.</translation>
    </message>
</context>
<context>
    <name>LabourTab</name>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="25"/>
        <source>工时单价…</source>
        <translation>Labour rate...</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="29"/>
        <source>代码、名称、系统或车型组</source>
        <translation>Code, name, system or model group</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="33"/>
        <location filename="../../ui/admin/labour_tab.py" line="48"/>
        <source>工时代码</source>
        <translation>Labour code</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="33"/>
        <location filename="../../ui/admin/labour_tab.py" line="49"/>
        <source>项目名称</source>
        <translation>Job name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="34"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="34"/>
        <source>标准工时</source>
        <translation>Standard hours</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="35"/>
        <source>车型组：</source>
        <translation>Model group: </translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="35"/>
        <source>通用</source>
        <translation>All cars</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="36"/>
        <source>适用</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="37"/>
        <source>工时费</source>
        <translation>Labour charge</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="38"/>
        <location filename="../../ui/admin/labour_tab.py" line="73"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="38"/>
        <location filename="../../ui/admin/labour_tab.py" line="73"/>
        <source>停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="38"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="45"/>
        <source>（不分系统）</source>
        <translation>(no system)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="50"/>
        <source>维修系统</source>
        <translation>Repair system</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="51"/>
        <source>标准工时（小时）</source>
        <translation>Standard hours</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="52"/>
        <source>适用车型</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="52"/>
        <source>（通用或按车型组）</source>
        <translation>(all cars or by model group)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="53"/>
        <source>或车型组</source>
        <translation>Or model group</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="54"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="61"/>
        <source>新建工时项目</source>
        <translation>New labour item</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="63"/>
        <location filename="../../ui/admin/labour_tab.py" line="68"/>
        <source>已保存工时项目 {code}。</source>
        <translation>Labour item {code} saved.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="66"/>
        <source>修改工时项目</source>
        <translation>Edit labour item</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="73"/>
        <source>已{what}工时项目 {code}。</source>
        <translation>Labour item {code}: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="78"/>
        <source>工时单价（元/小时）</source>
        <translation>Labour rate (yuan/hour)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="79"/>
        <source>{system}（空为同上）</source>
        <translation>{system} (empty: as above)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="86"/>
        <source>工时单价</source>
        <translation>Labour rate</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="88"/>
        <source>工时单价已改为 {rate} 元/小时。</source>
        <translation>The labour rate is now {rate} yuan/hour.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="92"/>
        <source>已导入：新增 {created} 项，更新 {updated} 项。</source>
        <translation>Imported: {created} new, {updated} updated.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/shell/settings_pages/language.py" line="18"/>
        <location filename="../../ui/forms/settings_language.ui" line="32"/>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/language.py" line="26"/>
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
    <name>LettersTab</name>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="43"/>
        <source>寄出日期</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="43"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="44"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="44"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="45"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="45"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="45"/>
        <source>信函内容</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="46"/>
        <source>寄送方式</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="46"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="47"/>
        <source>答复投诉</source>
        <translation>Complaint answered</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="47"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="48"/>
        <source>经办人</source>
        <translation>Sent by (staff)</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="78"/>
        <source>结束日期不能早于开始日期。</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="83"/>
        <source>本期间的信函（最新在前），双击登记结果</source>
        <translation>Letters of the period (newest first); double-click to record the result</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="95"/>
        <source>已登记信函 {number}。</source>
        <translation>Letter {number} recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="108"/>
        <source>登记信函结果</source>
        <translation>Record the letter&apos;s result</translation>
    </message>
    <message>
        <location filename="../../ui/care/letters_tab.py" line="108"/>
        <source>结果（客户反馈）：</source>
        <translation>Result (customer&apos;s answer):</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <location filename="../../ui/reception/line_dialog.py" line="24"/>
        <source>{kind}：{description}&#x3000;单价 {price}&#x3000;金额 {amount}</source>
        <translation>{kind}: {description}  unit price {price}  value {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/line_dialog.py" line="31"/>
        <source>工时按定额计，其他费用按金额计：只有材料可以改数量。</source>
        <translation>Labour is charged by standard hours and fees by amount: only parts quantities can change.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/line_dialog.py" line="62"/>
        <source>库存不足</source>
        <translation>Not enough stock</translation>
    </message>
    <message>
        <location filename="../../ui/reception/line_dialog.py" line="62"/>
        <source>按“待订货”改数量吗？</source>
        <translation>Change the quantity and mark it &quot;to order&quot;?</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../ui/admin/list_tab.py" line="74"/>
        <source>请先在列表中选中一行。</source>
        <translation>Select a row in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/list_tab.py" line="92"/>
        <source>从 Excel 导入</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/list_tab.py" line="93"/>
        <source>Excel 或 CSV (*.xlsx *.csv)</source>
        <translation>Excel or CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/list_tab.py" line="99"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/list_tab.py" line="100"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/list_tab.py" line="105"/>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/list_tab.py" line="107"/>
        <source>正在导出…</source>
        <translation>Exporting...</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="20"/>
        <source>零件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="20"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="21"/>
        <source>货位</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="21"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="22"/>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="22"/>
        <source>品种数</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="23"/>
        <location filename="../../ui/parts/lists_tab.py" line="36"/>
        <source>库存金额</source>
        <translation>Stock value</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="27"/>
        <source>低于安全库存</source>
        <translation>Below safety stock</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="28"/>
        <location filename="../../ui/parts/lists_tab.py" line="35"/>
        <source>库存</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="29"/>
        <source>安全库存</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="30"/>
        <source>缺口</source>
        <translation>Shortage</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="31"/>
        <source>在途</source>
        <translation>On order</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="32"/>
        <source>订货量</source>
        <translation>Reorder qty</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="34"/>
        <source>呆滞件（长期无异动）</source>
        <translation>Slow movers (no movement)</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="37"/>
        <source>最后异动</source>
        <translation>Last movement</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="39"/>
        <source>库存金额（按品牌）</source>
        <translation>Stock value by brand</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="41"/>
        <source>库存金额（按类别）</source>
        <translation>Stock value by category</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="69"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="70"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="75"/>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/lists_tab.py" line="76"/>
        <source>正在导出…</source>
        <translation>Exporting...</translation>
    </message>
</context>
<context>
    <name>LoanOutDialog</name>
    <message>
        <location filename="../../ui/reception/loan_out_dialog.py" line="35"/>
        <source>空闲代步车 {n} 辆。押金为 0 表示不收押金。</source>
        <translation>{n} loaner car(s) free. A deposit of 0 means no deposit.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loan_out_dialog.py" line="41"/>
        <source>借出</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loan_out_dialog.py" line="58"/>
        <source>没有空闲的代步车。</source>
        <translation>No loaner car is free.</translation>
    </message>
</context>
<context>
    <name>LoanReturnDialog</name>
    <message>
        <location filename="../../ui/reception/loan_return_dialog.py" line="25"/>
        <source>&lt;b&gt;{plate}&lt;/b&gt;（{model}）借用单 {number}：工单 {order}，客户 {customer}；出车 {mileage:,} km、油量 {fuel}，约定 {due} 归还；押金 {deposit}。</source>
        <translation>&lt;b&gt;{plate}&lt;/b&gt; ({model}) loan {number}: order {order}, customer {customer}; out at {mileage:,} km, fuel {fuel}, due back {due}; deposit {deposit}.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loan_return_dialog.py" line="29"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loan_return_dialog.py" line="36"/>
        <source>归还</source>
        <translation>Take back</translation>
    </message>
</context>
<context>
    <name>LoanerCarDialog</name>
    <message>
        <location filename="../../ui/reception/loaner_car_dialog.py" line="23"/>
        <source>修改代步车 {plate}</source>
        <translation>Change loaner car {plate}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaner_car_dialog.py" line="31"/>
        <source>新增代步车</source>
        <translation>New loaner car</translation>
    </message>
</context>
<context>
    <name>LoanerData</name>
    <message>
        <location filename="../../ui/reception/loaners.py" line="24"/>
        <source>空闲</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="24"/>
        <source>借出</source>
        <translation>On loan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="25"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="25"/>
        <source>停用</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>LoanersTab</name>
    <message>
        <location filename="../../ui/reception/loaners.py" line="79"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="79"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="79"/>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="79"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="80"/>
        <source>里程 km</source>
        <translation>Mileage km</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="80"/>
        <source>油量</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="80"/>
        <source>工单</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="80"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="81"/>
        <source>约定归还</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="81"/>
        <source>押金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="87"/>
        <source>逾期未还 {n} 辆：{cars}</source>
        <translation>{n} overdue: {cars}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="122"/>
        <source>已借出：{plate}，借用单 {number}。</source>
        <translation>Handed out: {plate}, loan {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="133"/>
        <source>已归还：{plate}，退还押金 {refund}。</source>
        <translation>Taken back: {plate}, deposit refunded {refund}.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/loaners.py" line="144"/>
        <source>已保存代步车 {plate}。</source>
        <translation>Loaner car {plate} saved.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="41"/>
        <source>请输入密码。</source>
        <translation>Please type the password.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="54"/>
        <source>须先设置新密码才能登录。</source>
        <translation>Set a new password to sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="27"/>
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
    <name>LookupTab</name>
    <message>
        <location filename="../../ui/reception/lookup.py" line="204"/>
        <source>输入车牌、电话尾号、车架号或姓名查找档案；找不到时按 Ctrl+N 新建。</source>
        <translation>Type a plate, the last digits of a phone, a VIN or a name; not on file? Ctrl+N files a new customer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="63"/>
        <source>本账号没有工作站</source>
        <translation>No stations for this account</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="117"/>
        <source>&lt;h2&gt;{name}，您好&lt;/h2&gt;&lt;p&gt;本账号的角色没有可用的工作站。&lt;/p&gt;&lt;p&gt;本机设置在“文件 → 设置”中修改；账号和权限请联系系统管理员。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hello, {name}&lt;/h2&gt;&lt;p&gt;This account&apos;s role has no station.&lt;/p&gt;&lt;p&gt;This PC&apos;s settings are under File - Settings; for accounts and rights ask the administrator.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="132"/>
        <source>用户：{name}（{role}）</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="135"/>
        <source>数据库：{url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="151"/>
        <source>（未设置店名）</source>
        <translation>(no store name set)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="153"/>
        <source>门店：{name}</source>
        <translation>Store: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="154"/>
        <source>{store} — 4S 店售后服务管理系统</source>
        <translation>{store} — 4S Store After-Sales Service</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="156"/>
        <location filename="../../ui/shell/main_window.py" line="157"/>
        <source>【演示数据】</source>
        <translation>[DEMO DATA] </translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="168"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="169"/>
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
        <location filename="../../ui/forms/main_window.ui" line="151"/>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="159"/>
        <source>切换用户(&amp;U)</source>
        <translation>Switch &amp;user</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="164"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="175"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="183"/>
        <source>导出日志(&amp;L)…</source>
        <translation>Export &amp;log...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="186"/>
        <source>把这台电脑的日志保存成一个文件，发给维护人员</source>
        <translation>Save this PC&apos;s log as one file to send to the maintainer</translation>
    </message>
</context>
<context>
    <name>ManagerAnalysisTab</name>
    <message>
        <location filename="../../ui/forms/manager_analysis.ui" line="9"/>
        <source>期间(&amp;K)：</source>
        <translation>Period (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_analysis.ui" line="11"/>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_analysis.ui" line="13"/>
        <source>◀ 上一期 (Alt+←)</source>
        <translation>&lt; Previous (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_analysis.ui" line="14"/>
        <source>下一期 (Alt+→) ▶</source>
        <translation>Next (Alt+Right) &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_analysis.ui" line="29"/>
        <source>经营分析与改进措施(&amp;C)：</source>
        <translation>Analysis and measures (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_analysis.ui" line="30"/>
        <source>本期与上期、去年同期相比的变化，原因，下一期的措施</source>
        <translation>What changed against the previous period and last year, why, and the measures for the next period</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_analysis.ui" line="38"/>
        <source>保存分析意见 (Ctrl+S)</source>
        <translation>Save comment (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_analysis.ui" line="39"/>
        <source>打印分析报告表 (Ctrl+P)</source>
        <translation>Print business analysis (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>ManagerDashboardTab</name>
    <message>
        <location filename="../../ui/forms/manager_dashboard.ui" line="11"/>
        <source>期间(&amp;P)</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_dashboard.ui" line="17"/>
        <source>最近 30 天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_dashboard.ui" line="18"/>
        <source>按月</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_dashboard.ui" line="25"/>
        <source>选择月份</source>
        <translation>Choose the month</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_dashboard.ui" line="30"/>
        <source>◀ 上月</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_dashboard.ui" line="31"/>
        <source>上一个月 (Alt+←)</source>
        <translation>Previous month (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_dashboard.ui" line="36"/>
        <source>下月 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_dashboard.ui" line="37"/>
        <source>下一个月 (Alt+→)</source>
        <translation>Next month (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_dashboard.ui" line="42"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
</context>
<context>
    <name>ManagerFigures</name>
    <message>
        <location filename="../../ui/kit/format.py" line="67"/>
        <source>{day}（{weekday}）</source>
        <translation>{day} ({weekday})</translation>
    </message>
    <message>
        <location filename="../../ui/kit/format.py" line="71"/>
        <source>{year} 年第 {week} 周（{start} 至 {end}）</source>
        <translation>Week {week} of {year} ({start} to {end})</translation>
    </message>
    <message>
        <location filename="../../ui/kit/format.py" line="74"/>
        <source>{year} 年 {month} 月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <location filename="../../ui/kit/format.py" line="76"/>
        <source>{start} 至 {end}（{days} 天）</source>
        <translation>{start} to {end} ({days} days)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/format.py" line="57"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/kit/format.py" line="57"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/kit/format.py" line="58"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/kit/format.py" line="58"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/kit/format.py" line="59"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/kit/format.py" line="59"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ui/kit/format.py" line="60"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>ManagerMarketTab</name>
    <message>
        <location filename="../../ui/forms/manager_market.ui" line="9"/>
        <source>报告月份(&amp;M)：</source>
        <translation>Report &amp;month:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_market.ui" line="19"/>
        <source>市场概况(&amp;O)：</source>
        <translation>Market &amp;overview:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_market.ui" line="20"/>
        <source>保有量、新车销售、季节与需求变化</source>
        <translation>Cars on the road, new-car sales, season and demand</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_market.ui" line="21"/>
        <source>客户需求(&amp;N)：</source>
        <translation>Customer dema&amp;nd:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_market.ui" line="22"/>
        <source>回访、接待中了解到的需求与潜在业务</source>
        <translation>Needs and potential business heard on calls and at the desk</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_market.ui" line="23"/>
        <source>政策动态(&amp;Y)：</source>
        <translation>Polic&amp;y and industry:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_market.ui" line="24"/>
        <source>厂家政策与行业动态</source>
        <translation>Maker policy and industry news</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_market.ui" line="25"/>
        <source>对策建议(&amp;G)：</source>
        <translation>Su&amp;ggestions:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_market.ui" line="26"/>
        <source>服务营销方案与改进措施</source>
        <translation>Service marketing plan and measures</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_market.ui" line="31"/>
        <source>竞争对手(&amp;R)（价格单位：元）：</source>
        <translation>Competito&amp;rs (prices in yuan):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_market.ui" line="39"/>
        <source>保存报告 (Ctrl+S)</source>
        <translation>Save report (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_market.ui" line="40"/>
        <source>打印市场情况报告表 (Ctrl+P)</source>
        <translation>Print market report (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>ManagerOverrideDialog</name>
    <message>
        <location filename="../../ui/reception/manager_override.py" line="17"/>
        <location filename="../../ui/reception/manager_override.py" line="18"/>
        <source>服务经理授权</source>
        <translation>Service manager&apos;s approval</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../ui/manager/page.py" line="29"/>
        <source>看板</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/manager/page.py" line="30"/>
        <source>统计报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/manager/page.py" line="33"/>
        <source>业务分析报告</source>
        <translation>Business analysis</translation>
    </message>
    <message>
        <location filename="../../ui/manager/page.py" line="34"/>
        <source>市场情况报告</source>
        <translation>Market report</translation>
    </message>
    <message>
        <location filename="../../ui/manager/page.py" line="37"/>
        <source>经理看板</source>
        <translation>Manager</translation>
    </message>
</context>
<context>
    <name>ManagerReportTab</name>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="11"/>
        <source>报表(&amp;K)</source>
        <translation>Report (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="17"/>
        <source>日报</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="18"/>
        <source>周报</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="19"/>
        <source>月报</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="20"/>
        <source>自定义区间</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="25"/>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="37"/>
        <source>至(&amp;T)</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="49"/>
        <source>◀ 上一期</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="50"/>
        <source>上一期 (Alt+←)</source>
        <translation>Previous period (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="55"/>
        <source>下一期 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="56"/>
        <source>下一期 (Alt+→)</source>
        <translation>Next period (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="61"/>
        <source>统计 (F5)</source>
        <translation>Count (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="77"/>
        <source>导出 Excel… (Ctrl+E)</source>
        <translation>Export Excel... (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="82"/>
        <source>打印统计表… (Ctrl+P)</source>
        <translation>Print form... (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="108"/>
        <source>经营概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="127"/>
        <source>进厂台次</source>
        <translation>Cars in</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="139"/>
        <source>营业收入与毛利</source>
        <translation>Revenue and margin</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="151"/>
        <source>服务顾问产值</source>
        <translation>Advisors</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="163"/>
        <source>班组产值</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="175"/>
        <source>质量与满意度</source>
        <translation>Quality and satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="187"/>
        <source>超时投诉</source>
        <translation>Overdue complaints</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="199"/>
        <source>挂账与回款</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../ui/forms/manager_report.ui" line="211"/>
        <source>备件</source>
        <translation>Parts</translation>
    </message>
</context>
<context>
    <name>MarketTab</name>
    <message>
        <location filename="../../ui/manager/market_tab.py" line="30"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/manager/market_tab.py" line="30"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/manager/market_tab.py" line="30"/>
        <source>工时单价</source>
        <translation>Labour rate</translation>
    </message>
    <message>
        <location filename="../../ui/manager/market_tab.py" line="30"/>
        <source>常规保养价</source>
        <translation>Service price</translation>
    </message>
    <message>
        <location filename="../../ui/manager/market_tab.py" line="30"/>
        <source>促销活动</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../ui/manager/market_tab.py" line="31"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/manager/market_tab.py" line="98"/>
        <location filename="../../ui/manager/market_tab.py" line="129"/>
        <source>{who} 填写于 {when}</source>
        <translation>Written by {who} at {when}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/market_tab.py" line="99"/>
        <source>本月还没有填写</source>
        <translation>Not written for this month yet</translation>
    </message>
    <message>
        <location filename="../../ui/manager/market_tab.py" line="131"/>
        <source>已保存 {month} 的市场情况报告。</source>
        <translation>Market report for {month} saved.</translation>
    </message>
</context>
<context>
    <name>ModelsTab</name>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="16"/>
        <source>品牌、车型、发动机或车系</source>
        <translation>Brand, model, engine or group</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="20"/>
        <location filename="../../ui/admin/models_tab.py" line="33"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="20"/>
        <location filename="../../ui/admin/models_tab.py" line="33"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="21"/>
        <location filename="../../ui/admin/models_tab.py" line="34"/>
        <source>发动机</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="21"/>
        <location filename="../../ui/admin/models_tab.py" line="35"/>
        <source>排量</source>
        <translation>Displacement</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="22"/>
        <location filename="../../ui/admin/models_tab.py" line="36"/>
        <source>变速箱</source>
        <translation>Gearbox</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="22"/>
        <location filename="../../ui/admin/models_tab.py" line="37"/>
        <source>车系/车型组</source>
        <translation>Model group</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="23"/>
        <source>保养里程</source>
        <translation>Service at</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="24"/>
        <source>保养月数</source>
        <translation>Service months</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="25"/>
        <location filename="../../ui/admin/models_tab.py" line="55"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="25"/>
        <location filename="../../ui/admin/models_tab.py" line="55"/>
        <source>停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="25"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="36"/>
        <source>7速双离合</source>
        <translation>7-speed DCT</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="37"/>
        <source>工时定额可按车型组定</source>
        <translation>Labour times may be set per group</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="38"/>
        <source>保养里程间隔（公里）</source>
        <translation>Service interval (km)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="39"/>
        <source>保养月数间隔</source>
        <translation>Service interval (months)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="42"/>
        <source>新建车型</source>
        <translation>New model</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="45"/>
        <source>已新建车型 {name}。</source>
        <translation>Model {name} created.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="48"/>
        <source>修改车型</source>
        <translation>Edit model</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="51"/>
        <source>已保存车型 {name}。</source>
        <translation>Model {name} saved.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="55"/>
        <source>已{what}车型 {name}。</source>
        <translation>Model {name}: {what}.</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../ui/reception/new_customer_dialog.py" line="76"/>
        <source>可能是：{models}。确定时请从列表中选择。</source>
        <translation>Could be: {models}. You will choose from the list on OK.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/new_customer_dialog.py" line="80"/>
        <source>目录中没有此车型：将只记下文字，不会推荐保养套餐。</source>
        <translation>Not in the model catalogue: only the text is kept, and no maintenance packages will be offered.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/new_customer_dialog.py" line="94"/>
        <source>选择车型</source>
        <translation>Choose the model</translation>
    </message>
    <message>
        <location filename="../../ui/reception/new_customer_dialog.py" line="94"/>
        <source>“{text}”可能是以下车型，请选择：</source>
        <translation>&quot;{text}&quot; could be one of these models; choose one:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/new_customer_dialog.py" line="103"/>
        <source>车型“{text}”不在车型目录中，保存后不会推荐保养套餐。请从列表中选择车型，或再按一次确定按文字保存。</source>
        <translation>The model &quot;{text}&quot; is not in the model catalogue, so no maintenance packages will be offered for this car. Choose a model from the list, or press OK again to save the text as it is.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../ui/shell/new_password_dialog.py" line="22"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_password_dialog.py" line="23"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_password_dialog.py" line="32"/>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/login_new_password.ui" line="6"/>
        <source>设置新密码</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <location filename="../../ui/forms/login_new_password.ui" line="8"/>
        <source>管理员为您重置了密码。请设置您自己的新密码（至少 6 位，不能与临时密码相同）。</source>
        <translation>The administrator reset your password. Set a new one of your own (at least 6 characters, not the temporary one).</translation>
    </message>
    <message>
        <location filename="../../ui/forms/login_new_password.ui" line="11"/>
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/login_new_password.ui" line="13"/>
        <source>再输一次：</source>
        <translation>Repeat:</translation>
    </message>
</context>
<context>
    <name>OpeningTab</name>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="31"/>
        <source>零件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="31"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="31"/>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="32"/>
        <source>货位</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="32"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="33"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="33"/>
        <source>成本价</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="34"/>
        <source>金额</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="34"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="40"/>
        <source>期初库存由服务经理审核入账</source>
        <translation>Opening stock is approved and booked by the service manager</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="55"/>
        <source>待审核 {lines} 种，数量合计 {quantity}，成本金额 {value}</source>
        <translation>{lines} parts awaiting approval, quantity {quantity}, value at cost {value}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="58"/>
        <source>没有待审核的期初库存</source>
        <translation>No opening stock awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="60"/>
        <source>；已入账 {lines} 种，成本金额 {value}</source>
        <translation>; booked: {lines} parts, value at cost {value}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="66"/>
        <source>期初应收：已录入 {n} 笔</source>
        <translation>Opening receivables: {n} entered</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="67"/>
        <source>期初应收：已确认没有</source>
        <translation>Opening receivables: confirmed none</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="67"/>
        <source>期初应收：还没有录入</source>
        <translation>Opening receivables: not entered yet</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="69"/>
        <source>会员余额：已录入 {n} 位会员</source>
        <translation>Member balances: {n} members entered</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="70"/>
        <source>会员余额：已确认没有</source>
        <translation>Member balances: confirmed none</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="70"/>
        <source>会员余额：还没有录入</source>
        <translation>Member balances: not entered yet</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="78"/>
        <source>审核入账</source>
        <translation>Approve and book</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="79"/>
        <source>将 {lines} 种备件的期初库存（数量合计 {quantity}，成本金额 {value}）记入库存台账，每种一笔期初入库。入账后不能再导入期初库存，差异只能盘点调整。确定入账吗？</source>
        <translation>Book the opening stock of {lines} parts (quantity {quantity}, value at cost {value}) into the stock ledger, one opening receipt per part? Once booked, opening stock cannot be imported again; differences are corrected by a stock count.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="88"/>
        <source>期初库存入账中…</source>
        <translation>Booking the opening stock...</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="91"/>
        <source>已入账 {lines} 种期初库存，成本金额 {value}（单号 {document}）。</source>
        <translation>Booked the opening stock of {lines} parts, value at cost {value} (document {document}).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/opening_tab.py" line="106"/>
        <source>已确认。</source>
        <translation>Confirmed.</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="136"/>
        <source>进厂维修单 {number}（{status}）</source>
        <translation>Work order {number} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="137"/>
        <source>&#x3000;返修，原工单 {n}</source>
        <translation>  comeback of {n}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="138"/>
        <source>进厂 {opened}&#x3000;{km}&#x3000;燃油 {fuel}%&#x3000;钥匙 {key}&#x3000;接待 {advisor}</source>
        <translation>In {opened}  {km}  fuel {fuel}%  key {key}  advisor {advisor}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="152"/>
        <source>工时 {l}&#x3000;材料 {p}&#x3000;其他 {f}&lt;br&gt;&lt;b&gt;估价合计 {t}&lt;/b&gt;</source>
        <translation>Labour {l}  Parts {p}  Other {f}&lt;br&gt;&lt;b&gt;Estimate total {t}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="155"/>
        <source>签字时 {s}，变化 {d}</source>
        <translation>Signed at {s}, change {d}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="158"/>
        <source>追加项目延时 {m} 分钟</source>
        <translation>Added work delay {m} min</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="246"/>
        <source>库存不足</source>
        <translation>Not enough stock</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="230"/>
        <source>按“待订货”添加吗？</source>
        <translation>Add it as &quot;to order&quot;?</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="52"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="53"/>
        <source>零件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="54"/>
        <source>项目 / 备件</source>
        <translation>Job / part</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="55"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="57"/>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="58"/>
        <source>金额</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="59"/>
        <source>付费方</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="60"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="162"/>
        <source>建议项目（上次未做）：{items}</source>
        <translation>Suggested work (declined last time): {items}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="257"/>
        <location filename="../../ui/reception/order_editor.py" line="259"/>
        <source>客户自带配件</source>
        <translation>Customer&apos;s own part</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="257"/>
        <source>配件名称：</source>
        <translation>Part name:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="259"/>
        <source>数量：</source>
        <translation>Qty:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="263"/>
        <location filename="../../ui/reception/order_editor.py" line="264"/>
        <source>整项定价</source>
        <translation>Whole-job price</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="263"/>
        <source>项目（如：排除怠速抖动）：</source>
        <translation>Job (e.g. cure rough idle):</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="264"/>
        <source>价格（元）：</source>
        <translation>Price (yuan):</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="269"/>
        <location filename="../../ui/reception/order_editor.py" line="270"/>
        <source>其他费用</source>
        <translation>Other fee</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="269"/>
        <source>费用名称（如：拖车费）：</source>
        <translation>Fee (e.g. towing):</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="270"/>
        <source>金额（元）：</source>
        <translation>Amount (yuan):</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="281"/>
        <source>缺货的备件按“待订货”添加吗？</source>
        <translation>Add the parts out of stock as &quot;to order&quot;?</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="315"/>
        <source>汽车检测诊断报告单</source>
        <translation>Diagnosis report</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="315"/>
        <source>维修追加项目单</source>
        <translation>Added work form</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="316"/>
        <source>建议项目表</source>
        <translation>Suggested work list</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="316"/>
        <source>售后服务卡</source>
        <translation>Service card</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="317"/>
        <source>过程检验单</source>
        <translation>In-process inspection form</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="333"/>
        <source>上次建议本次做</source>
        <translation>Do suggested work now</translation>
    </message>
    <message>
        <location filename="../../ui/reception/order_editor.py" line="333"/>
        <source>客户本次同意做的建议项目：</source>
        <translation>Suggested work the customer now agrees to:</translation>
    </message>
</context>
<context>
    <name>PackagesTab</name>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="103"/>
        <source>套餐名称或车型</source>
        <translation>Package name or model</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="107"/>
        <source>套餐</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="107"/>
        <source>所有车型</source>
        <translation>All models</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="107"/>
        <location filename="../../ui/admin/labour_tab.py" line="122"/>
        <source>适用车型</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="108"/>
        <source>保养里程</source>
        <translation>Service at</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="109"/>
        <source>工时合计</source>
        <translation>Total hours</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="109"/>
        <location filename="../../ui/admin/labour_tab.py" line="125"/>
        <source>工时项目</source>
        <translation>Labour items</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="110"/>
        <location filename="../../ui/admin/labour_tab.py" line="147"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="110"/>
        <location filename="../../ui/admin/labour_tab.py" line="147"/>
        <source>停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="110"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="121"/>
        <source>套餐名称</source>
        <translation>Package name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="121"/>
        <source>如：10000 公里保养</source>
        <translation>e.g. 10,000 km service</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="122"/>
        <source>（所有车型）</source>
        <translation>(all models)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="124"/>
        <source>保养里程（公里）</source>
        <translation>Service at (km)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="132"/>
        <source>新建保养套餐</source>
        <translation>New service package</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="134"/>
        <source>已新建套餐 {name}。</source>
        <translation>Package {name} created.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="141"/>
        <source>修改保养套餐</source>
        <translation>Edit service package</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="143"/>
        <source>已保存套餐 {name}。</source>
        <translation>Package {name} saved.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labour_tab.py" line="147"/>
        <source>已{what}套餐 {name}。</source>
        <translation>Package {name}: {what}.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../ui/shell/i18n.py" line="23"/>
        <source>A4 单据打印机</source>
        <translation>A4 document printer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/i18n.py" line="24"/>
        <source>A5 单据打印机</source>
        <translation>A5 document printer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/i18n.py" line="25"/>
        <source>80 mm 小票打印机</source>
        <translation>80 mm receipt printer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/i18n.py" line="26"/>
        <source>241 mm 针式打印机（多联）</source>
        <translation>241 mm dot-matrix printer (multi-part)</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../ui/parts/part_dialog.py" line="94"/>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/parts/part_dialog.py" line="44"/>
        <source>新建备件</source>
        <translation>New part</translation>
    </message>
    <message>
        <location filename="../../ui/parts/part_dialog.py" line="36"/>
        <source>（不是三包主要零部件）</source>
        <translation>(not a 3-guarantee main part)</translation>
    </message>
    <message>
        <location filename="../../ui/parts/part_dialog.py" line="65"/>
        <source>修改备件 {number}</source>
        <translation>Edit part {number}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/part_dialog.py" line="78"/>
        <source>&#x3000;上次进价 {cost}</source>
        <translation>  last cost {cost}</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="6"/>
        <source>备件档案</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="12"/>
        <source>零件号：</source>
        <translation>Part no.:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="21"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="30"/>
        <source>规格：</source>
        <translation>Spec:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="39"/>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="48"/>
        <source>品牌：</source>
        <translation>Brand:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="57"/>
        <source>类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="66"/>
        <source>三包主要零部件：</source>
        <translation>3-guarantee main part:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="72"/>
        <source>按 GB/T 29632 的主要零部件类别；不是主要零部件的留空（名称相似不算）</source>
        <translation>The main-part category of GB/T 29632; leave empty for other parts (a similar name does not count)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="77"/>
        <source>适用车型：</source>
        <translation>Models:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="86"/>
        <source>货位：</source>
        <translation>Bin:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="95"/>
        <source>成本（元）：</source>
        <translation>Cost (yuan):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="104"/>
        <source>零售价（元）：</source>
        <translation>Retail price (yuan):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="113"/>
        <source>安全库存：</source>
        <translation>Safety stock:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="122"/>
        <source>订货量：</source>
        <translation>Reorder qty:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="131"/>
        <source>主供应商：</source>
        <translation>Main supplier:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="138"/>
        <source>新建…</source>
        <translation>New...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="139"/>
        <source>修改…</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="144"/>
        <source>供应商零件号：</source>
        <translation>Supplier part no.:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="150"/>
        <source>与零件号不同时填写</source>
        <translation>Fill in if it differs from the part no.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="155"/>
        <source>全部供应商：</source>
        <translation>All suppliers:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="162"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="167"/>
        <source>整数计量</source>
        <translation>Whole units</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="168"/>
        <source>原厂件</source>
        <translation>Genuine</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="169"/>
        <source>特殊件（出库须经理批准）</source>
        <translation>Special (manager approves issue)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_part_dialog.ui" line="170"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>PartsCatalogue</name>
    <message>
        <location filename="../../ui/forms/parts_catalogue.ui" line="11"/>
        <source>查找(&amp;F)：</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_catalogue.ui" line="17"/>
        <source>零件号、名称或货位，边输边查；扫码枪扫零件号直接打开</source>
        <translation>Part no., name or bin, searched as you type; a scanned number opens the part</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_catalogue.ui" line="23"/>
        <source>新建备件 (Ctrl+N)</source>
        <translation>New part (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_catalogue.ui" line="28"/>
        <source>修改档案 (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_catalogue.ui" line="33"/>
        <source>导入 Excel/CSV…</source>
        <translation>Import Excel/CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_catalogue.ui" line="38"/>
        <source>退货 (F7)…</source>
        <translation>Return to supplier (F7)...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_catalogue.ui" line="43"/>
        <source>库存调整 (F8)…</source>
        <translation>Stock adjustment (F8)...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_catalogue.ui" line="57"/>
        <source>备件卡片</source>
        <translation>Part card</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_catalogue.ui" line="61"/>
        <source>请在左侧选择备件。</source>
        <translation>Select a part on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_catalogue.ui" line="70"/>
        <source>某日库存：</source>
        <translation>Stock on:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_catalogue.ui" line="81"/>
        <source>查询</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_catalogue.ui" line="99"/>
        <source>出入库记录（最新在前）</source>
        <translation>Movements (newest first)</translation>
    </message>
</context>
<context>
    <name>PartsCount</name>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="9"/>
        <source>盘点单：</source>
        <translation>Count:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="12"/>
        <source>货位：</source>
        <translation>Bin:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="13"/>
        <source>如 A-01-1, A-01-2；空为全部</source>
        <translation>e.g. A-01-1, A-01-2; empty for all</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="14"/>
        <source>未盘天数 ≥</source>
        <translation>Not counted for ≥</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="15"/>
        <source>不限</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="16"/>
        <source>开始盘点</source>
        <translation>Start count</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="21"/>
        <source>零件号(&amp;N)：</source>
        <translation>Part &amp;no.:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="22"/>
        <source>扫码或输入，回车</source>
        <translation>Scan or type, Enter</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="23"/>
        <source>实盘数量(&amp;C)：</source>
        <translation>&amp;Counted:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="25"/>
        <source>录入</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="26"/>
        <source>只看未盘</source>
        <translation>Uncounted only</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="45"/>
        <source>未盘的不计入本次盘点</source>
        <translation>Drop uncounted lines</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="46"/>
        <source>提交审批</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="47"/>
        <source>经理审批并过账…</source>
        <translation>Manager approves and posts...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="48"/>
        <source>作废盘点单</source>
        <translation>Cancel count</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="50"/>
        <source>打印盘点表</source>
        <translation>Print count sheet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_count.ui" line="51"/>
        <source>打印差异表</source>
        <translation>Print variance report</translation>
    </message>
</context>
<context>
    <name>PartsFlow</name>
    <message>
        <location filename="../../ui/forms/parts_flow.ui" line="9"/>
        <source>从：</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_flow.ui" line="11"/>
        <source>到：</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_flow.ui" line="13"/>
        <source>查询 (F5)</source>
        <translation>Show (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_flow.ui" line="15"/>
        <source>按日导出 Excel…</source>
        <translation>Export by day to Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_flow.ui" line="16"/>
        <source>按备件导出 Excel…</source>
        <translation>Export by part to Excel...</translation>
    </message>
</context>
<context>
    <name>PartsImportDialog</name>
    <message>
        <location filename="../../ui/forms/parts_import.ui" line="6"/>
        <source>导入备件档案和期初库存</source>
        <translation>Import parts and opening stock</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_import.ui" line="10"/>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_import.ui" line="11"/>
        <source>Excel (.xlsx) 或 CSV（UTF-8 / GBK）</source>
        <translation>Excel (.xlsx) or CSV (UTF-8 / GBK)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_import.ui" line="12"/>
        <source>选择文件…</source>
        <translation>Choose file...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_import.ui" line="17"/>
        <source>第 2 步：列对应（已按表头自动建议，可修改）</source>
        <translation>Step 2: column mapping (proposed from the headers; change as needed)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_import.ui" line="41"/>
        <source>保存拒绝清单…</source>
        <translation>Save refused rows...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_import.ui" line="43"/>
        <source>开始导入</source>
        <translation>Start import</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_import.ui" line="44"/>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_import.ui" line="45"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PartsIssue</name>
    <message>
        <location filename="../../ui/forms/parts_issue.ui" line="11"/>
        <source>车间领料申请（先到先发；回车或双击打开工单）</source>
        <translation>Workshop pick requests (first come, first served; Enter or double-click opens the order)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_issue.ui" line="23"/>
        <source>工单备件</source>
        <translation>Order parts</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_issue.ui" line="27"/>
        <source>工单号(&amp;O)：</source>
        <translation>&amp;Order no.:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_issue.ui" line="28"/>
        <source>输入或扫描工单号，回车</source>
        <translation>Type or scan the order number, Enter</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_issue.ui" line="29"/>
        <source>扫码选件(&amp;S)：</source>
        <translation>&amp;Scan part:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_issue.ui" line="30"/>
        <source>扫零件号，选中该行</source>
        <translation>Scan a part number to select its line</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_issue.ui" line="44"/>
        <source>本次数量(&amp;Q)：</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_issue.ui" line="45"/>
        <source>全部</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_issue.ui" line="46"/>
        <source>发料出库 (F9)</source>
        <translation>Issue (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_issue.ui" line="47"/>
        <source>退库原因(&amp;R)：</source>
        <translation>&amp;Return reason:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_issue.ui" line="48"/>
        <source>如：未用完、型号不符</source>
        <translation>e.g. not used, wrong type</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_issue.ui" line="49"/>
        <source>退库 (F10)</source>
        <translation>Return (F10)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_issue.ui" line="50"/>
        <source>打印出库单 (Ctrl+P)</source>
        <translation>Print outbound slip (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>PartsLists</name>
    <message>
        <location filename="../../ui/forms/parts_lists.ui" line="9"/>
        <source>清单：</source>
        <translation>List:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_lists.ui" line="11"/>
        <source>无异动月数：</source>
        <translation>Months without movement:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_lists.ui" line="14"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel...</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <location filename="../../ui/parts/page.py" line="42"/>
        <source>备件目录</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/parts/page.py" line="42"/>
        <source>领料出库 / 退库</source>
        <translation>Issue / return</translation>
    </message>
    <message>
        <location filename="../../ui/parts/page.py" line="43"/>
        <source>入库 / 采购</source>
        <translation>Receiving / purchasing</translation>
    </message>
    <message>
        <location filename="../../ui/parts/page.py" line="43"/>
        <source>盘点</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../ui/parts/page.py" line="44"/>
        <source>清单</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location filename="../../ui/parts/page.py" line="44"/>
        <source>进销对账</source>
        <translation>Stock movements</translation>
    </message>
    <message>
        <location filename="../../ui/parts/page.py" line="55"/>
        <location filename="../../ui/forms/parts_page.ui" line="17"/>
        <source>备件仓库</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../ui/parts/page.py" line="63"/>
        <source>今日 入库 {receipts} 单 · 出库 {issues} 单 · 退库 {returns} 单&#x3000;|&#x3000;待发料 {picks} · 低于安全库存 {below} · 在途采购单 {pos} · 库存金额 {value}</source>
        <translation>Today: {receipts} receipts · {issues} issues · {returns} returns  |  {picks} picks waiting · {below} below safety stock · {pos} open purchase orders · stock value {value}</translation>
    </message>
</context>
<context>
    <name>PartsReceiving</name>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="10"/>
        <source>按采购单入库</source>
        <translation>Against a purchase order</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="22"/>
        <source>请选择采购单。</source>
        <translation>Select a purchase order.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="32"/>
        <source>本次到货(&amp;Q)：</source>
        <translation>Delivered &amp;now:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="33"/>
        <source>未到数量</source>
        <translation>outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="34"/>
        <source>允许超收</source>
        <translation>Accept over-delivery</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="35"/>
        <location filename="../../ui/forms/parts_receiving.ui" line="75"/>
        <source>入库 (F9)</source>
        <translation>Receive (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="37"/>
        <source>修改明细…</source>
        <translation>Edit lines...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="38"/>
        <source>下单</source>
        <translation>Place order</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="39"/>
        <source>关闭采购单…</source>
        <translation>Close order...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="49"/>
        <source>无采购单入库</source>
        <translation>Without an order</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="53"/>
        <source>供应商：</source>
        <translation>Supplier:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="55"/>
        <source>零件号(&amp;P)：</source>
        <translation>&amp;Part no.:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="56"/>
        <source>输入或扫码，回车</source>
        <translation>Type or scan, Enter</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="57"/>
        <source>数量：</source>
        <translation>Qty:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="59"/>
        <source>进价：</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="60"/>
        <source>默认上次进价</source>
        <translation>last cost</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="61"/>
        <source>加入</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="73"/>
        <source>删除行</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="81"/>
        <source>补货清单</source>
        <translation>Reorder list</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="92"/>
        <source>向供应商：</source>
        <translation>From supplier:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="94"/>
        <source>为所选备件生成采购单</source>
        <translation>Draft a purchase order for the selected parts</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_receiving.ui" line="105"/>
        <source>打印入库单 (Ctrl+P)</source>
        <translation>Print receiving slip (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>PermissionsTab</name>
    <message>
        <location filename="../../ui/admin/permissions_tab.py" line="33"/>
        <source>权限</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../ui/admin/permissions_tab.py" line="48"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/permissions_tab.py" line="48"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/permissions_tab.py" line="55"/>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <location filename="../../ui/reception/picker.py" line="33"/>
        <source>选择工时项目（工时定额）</source>
        <translation>Choose a labour item (labour-time table)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="36"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="36"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="36"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="37"/>
        <source>工时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="38"/>
        <source>工时费</source>
        <translation>Labour price</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="38"/>
        <source>适用车型</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="40"/>
        <source>选择备件（实时库存）</source>
        <translation>Choose a part (live stock)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="41"/>
        <source>零件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="41"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="41"/>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="42"/>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="43"/>
        <source>库存</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="44"/>
        <source>原厂</source>
        <translation>Genuine</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="44"/>
        <source>副厂</source>
        <translation>Aftermarket</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="44"/>
        <source>原厂/副厂</source>
        <translation>Genuine/aftermarket</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="105"/>
        <source>{name}：现有 {on_hand}，其他工单已占用 {reserved}，本单已用 {mine}，可用 {available}{unit}</source>
        <translation>{name}: on hand {on_hand}, reserved by other orders {reserved}, on this order {mine}, available {available} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/picker.py" line="117"/>
        <source>请先在列表中选择一项。</source>
        <translation>Choose a row in the list first.</translation>
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
        <location filename="../../ui/kit/print_preview.py" line="48"/>
        <source>打印预览 - {0}</source>
        <translation>Print preview - {0}</translation>
    </message>
    <message>
        <location filename="../../ui/kit/print_preview.py" line="49"/>
        <source>纸张：{0}</source>
        <translation>Paper: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/kit/print_preview.py" line="50"/>
        <source>共 {0} 页</source>
        <translation>{0} page(s)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/print_preview.py" line="52"/>
        <source>打印机：{0}</source>
        <translation>Printer: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/kit/print_preview.py" line="52"/>
        <source>打印机：未设置（打印时选择）</source>
        <translation>Printer: not set (chosen when printing)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/print_preview.py" line="132"/>
        <source>打印 - {0}</source>
        <translation>Print - {0}</translation>
    </message>
    <message>
        <location filename="../../ui/kit/print_preview.py" line="144"/>
        <location filename="../../ui/forms/print_preview.ui" line="183"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/kit/print_preview.py" line="144"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_preview.ui" line="190"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <location filename="../../ui/kit/printers.py" line="98"/>
        <source>这台电脑上没有可用的打印机。请先安装打印机，或将单据另存为 PDF。</source>
        <translation>This PC has no printer. Install a printer first, or save the document as PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/printers.py" line="100"/>
        <source>找不到打印机“{0}”。请在“设置 → 打印机”中重新选择。</source>
        <translation>Printer &quot;{0}&quot; not found. Choose it again in Settings → Printers.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/printers.py" line="106"/>
        <source>单据是空的，没有可打印的页面。</source>
        <translation>The document is empty: there is no page to print.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/printers.py" line="110"/>
        <source>单据</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/kit/printers.py" line="114"/>
        <source>无法开始打印：打印机“{0}”没有响应。</source>
        <translation>Cannot start printing: printer &quot;{0}&quot; does not respond.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/printers.py" line="148"/>
        <source>无法保存到“{0}”：{1}</source>
        <translation>Cannot save to &quot;{0}&quot;: {1}</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="38"/>
        <source>（每次询问）</source>
        <translation>(ask each time)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="40"/>
        <source>{name}（默认）</source>
        <translation>{name} (default)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="44"/>
        <source>{name}（当前未找到）</source>
        <translation>{name} (not found now)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="46"/>
        <location filename="../../ui/shell/settings_pages/printers.py" line="114"/>
        <source>打印测试页</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="57"/>
        <source>{paper}：</source>
        <translation>{paper}:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="74"/>
        <source>{document}：</source>
        <translation>{document}:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="78"/>
        <location filename="../../ui/forms/settings_printers.ui" line="32"/>
        <source>打印机</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="84"/>
        <source>（目前没有单据使用这种纸张）</source>
        <translation>(no document uses this paper yet)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="86"/>
        <source>打印：{documents}</source>
        <translation>Prints: {documents}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="87"/>
        <source>打印：{documents} 等 {count} 种单据</source>
        <translation>Prints: {documents} and more ({count} documents)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="97"/>
        <source>在“{name}”上打印一张测试页</source>
        <translation>Print a test page on &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="97"/>
        <source>先选择打印机</source>
        <translation>Choose a printer first</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="105"/>
        <source>正在准备测试页…</source>
        <translation>Preparing the test page...</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_pages/printers.py" line="118"/>
        <source>测试页已发送到“{name}”（{paper}）。请查看打印出来的纸张。</source>
        <translation>The test page was sent to &quot;{name}&quot; ({paper}). Check the printed sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_printers.ui" line="45"/>
        <source>为每种纸张指定这台电脑上的打印机，并打印一张测试页核对纸张和字体。选“（每次询问）”，则每次打印前再选择。</source>
        <translation>Choose this PC&apos;s printer for each kind of paper, and print a test page to check the paper and the font. With &quot;(ask each time)&quot; you choose before every print.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_printers.ui" line="68"/>
        <source>单据用纸</source>
        <translation>Paper per document</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_printers.ui" line="80"/>
        <source>结算单、出库单可以改用 241 mm 针式打印机的多联连续纸（一次打印，各联同时印出）。</source>
        <translation>The settlement and the outbound slip can go on 241 mm dot-matrix multi-part continuous paper (printed once, every part at the same time).</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_printers.ui" line="113"/>
        <source>本机未安装打印机。安装打印机后重新打开本窗口即可选择并打印测试页；在此之前，单据可以预览并另存为 PDF。</source>
        <translation>No printer is installed on this PC. Install one, then open this window again to choose it and print a test page; until then, documents can be previewed and saved as PDF.</translation>
    </message>
</context>
<context>
    <name>ProcessCheckDialog</name>
    <message>
        <location filename="../../ui/workshop/process_dialog.py" line="34"/>
        <source>{number}&#x3000;{plate}&#x3000;{job}&#x3000;当前：{status}</source>
        <translation>{number}  {plate}  {job}  now: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/process_dialog.py" line="36"/>
        <source>整车</source>
        <translation>Whole car</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/process_dialog.py" line="43"/>
        <source>检验项目</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/process_dialog.py" line="43"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/process_dialog.py" line="43"/>
        <source>整改要求 / 备注</source>
        <translation>To put right / note</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/process_dialog.py" line="76"/>
        <source>本工单已记录 {n} 项过程检验，其中不合格 {failed} 项。</source>
        <translation>{n} in-process checks recorded on this order, {failed} failed.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_process.ui" line="6"/>
        <source>过程检验</source>
        <translation>In-process inspection</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_process.ui" line="13"/>
        <source>检验的工序(&amp;L)：</source>
        <translation>Job checked (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_process.ui" line="18"/>
        <source>检验项目(&amp;K)：空格键切换结果（合格 / 不合格 / 不适用 / 未检），F2 填写整改要求</source>
        <translation>Checks (&amp;K): Space switches the result (pass / fail / not applicable / not checked), F2 writes what to put right</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_process.ui" line="32"/>
        <source>未检项全部合格 (Ctrl+Shift+A)</source>
        <translation>All unchecked items pass (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_process.ui" line="33"/>
        <source>打印过程检验单 (Ctrl+P)</source>
        <translation>Print inspection form (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>PurchaseLinesDialog</name>
    <message>
        <location filename="../../ui/forms/parts_po_lines.ui" line="6"/>
        <source>修改采购单明细</source>
        <translation>Edit purchase order lines</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_po_lines.ui" line="23"/>
        <source>零件号：</source>
        <translation>Part no.:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_po_lines.ui" line="24"/>
        <source>扫码或输入，回车</source>
        <translation>Scan or type, Enter</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_po_lines.ui" line="25"/>
        <source>数量：</source>
        <translation>Qty:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_po_lines.ui" line="27"/>
        <source>进价：</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_po_lines.ui" line="28"/>
        <source>默认成本</source>
        <translation>Default cost</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_po_lines.ui" line="29"/>
        <source>加入</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_po_lines.ui" line="30"/>
        <source>删除行 (Del)</source>
        <translation>Delete line (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/parts/purchase_lines_dialog.py" line="31"/>
        <source>修改采购单明细 {number}</source>
        <translation>Edit purchase order lines {number}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/purchase_lines_dialog.py" line="32"/>
        <source>{number}&#x3000;{supplier}&#x3000;草稿：数量和进价可直接在表中修改，保存后再下单。</source>
        <translation>{number}  {supplier}  Draft: edit quantities and unit costs in the table, save, then place the order.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/purchase_lines_dialog.py" line="36"/>
        <source>零件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/purchase_lines_dialog.py" line="36"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/parts/purchase_lines_dialog.py" line="36"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/parts/purchase_lines_dialog.py" line="36"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/parts/purchase_lines_dialog.py" line="36"/>
        <source>进价</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <location filename="../../ui/parts/purchase_lines_dialog.py" line="91"/>
        <source>{number} 已在采购单中，请直接修改该行数量。</source>
        <translation>{number} is already on the order; change the quantity on its line.</translation>
    </message>
</context>
<context>
    <name>QcDialog</name>
    <message>
        <location filename="../../ui/workshop/qc_dialog.py" line="31"/>
        <source>{number}&#x3000;{plate}&#x3000;{job}&#x3000;当前：{status}&#x3000;已返工 {n} 次</source>
        <translation>{number}   {plate}   {job}   Now: {status}   Reworked {n} times</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/qc_dialog.py" line="35"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/qc_dialog.py" line="50"/>
        <source>合格</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/qc_dialog.py" line="50"/>
        <source>检查项目</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/qc_dialog.py" line="50"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/qc_dialog.py" line="50"/>
        <source>技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/qc_dialog.py" line="57"/>
        <source>工时项目</source>
        <translation>Labour line</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/qc_dialog.py" line="57"/>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_qc.ui" line="8"/>
        <source>质检（竣工检验）</source>
        <translation>Quality inspection (final check)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_qc.ui" line="19"/>
        <source>逐项检查，合格的打勾（空格键切换）。未勾选的工时项目在返工时退回重做。</source>
        <translation>Check each item and tick what is right (Space toggles). Unticked labour lines go back for rework.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_qc.ui" line="35"/>
        <source>备注 / 返工原因(&amp;N)：</source>
        <translation>&amp;Note / rework reason:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_qc.ui" line="44"/>
        <source>出厂里程(&amp;M)：</source>
        <translation>&amp;Mileage out:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_qc.ui" line="50"/>
        <source>路试后的里程表读数；质量保证期的公里数从这里算起。留空即进厂里程</source>
        <translation>The odometer after the road test; the guarantee&apos;s kilometres count from it. Empty: the check-in reading</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_qc.ui" line="55"/>
        <source>三包故障(&amp;F)：</source>
        <translation>Statutory &amp;fault:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_qc.ui" line="61"/>
        <source>检验中确认的法定故障（三包规定第二十三条、第二十四条），决定消费者可否换车或退车</source>
        <translation>A statutory fault confirmed at inspection (articles 23 and 24 of the family-car rules): it decides whether the consumer may choose a new car or a refund</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_qc.ui" line="77"/>
        <source>全部合格(&amp;A)</source>
        <translation>&amp;All OK</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_qc.ui" line="88"/>
        <source>返工(&amp;R)</source>
        <translation>&amp;Rework</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_qc.ui" line="93"/>
        <source>合格，签发合格证(&amp;P)</source>
        <translation>&amp;Pass and sign the certificate</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_qc.ui" line="98"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceivablesTab</name>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="28"/>
        <source>全部</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="30"/>
        <location filename="../../ui/cashier/receivables_tab.py" line="67"/>
        <source>挂账方</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="30"/>
        <source>理赔/索赔单号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="31"/>
        <source>结算单号</source>
        <translation>Settlement no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="31"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="32"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="32"/>
        <source>挂账日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="33"/>
        <source>账龄(天)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="34"/>
        <source>挂账金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="34"/>
        <source>已收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="35"/>
        <source>未收</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="67"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="67"/>
        <source>笔数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="67"/>
        <source>未收合计</source>
        <translation>Outstanding total</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="89"/>
        <source>已选 {0} 笔，未收合计 {1}</source>
        <translation>{0} selected, outstanding {1}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/receivables_tab.py" line="91"/>
        <source>选择同一挂账方的一笔或多笔挂账，登记回款并核销</source>
        <translation>Select one or more receivables of the same debtor to record a payment and write them off</translation>
    </message>
</context>
<context>
    <name>ReceivingTab</name>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="37"/>
        <source>采购单号</source>
        <translation>PO no.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="38"/>
        <source>供应商</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="39"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="40"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="45"/>
        <location filename="../../ui/parts/receiving_tab.py" line="57"/>
        <location filename="../../ui/parts/receiving_tab.py" line="72"/>
        <source>零件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="46"/>
        <location filename="../../ui/parts/receiving_tab.py" line="58"/>
        <location filename="../../ui/parts/receiving_tab.py" line="72"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="47"/>
        <source>订购</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="48"/>
        <source>已到</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="49"/>
        <source>未到</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="50"/>
        <source>超收</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="51"/>
        <location filename="../../ui/parts/receiving_tab.py" line="64"/>
        <location filename="../../ui/parts/receiving_tab.py" line="73"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="52"/>
        <location filename="../../ui/parts/receiving_tab.py" line="73"/>
        <source>进价</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="53"/>
        <source>金额</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="59"/>
        <location filename="../../ui/parts/receiving_tab.py" line="72"/>
        <source>货位</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="60"/>
        <source>库存</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="61"/>
        <source>在途</source>
        <translation>On order</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="62"/>
        <source>安全库存</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="63"/>
        <source>建议订货</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="65"/>
        <source>成本</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="72"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="107"/>
        <source>（无供应商）</source>
        <translation>(no supplier)</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="129"/>
        <source>请选择采购单。</source>
        <translation>Select a purchase order.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="136"/>
        <source>&lt;b&gt;{number}&lt;/b&gt;&#x3000;{supplier}&#x3000;{status}&#x3000;合计 {total}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt;  {supplier}  {status}  total {total}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="160"/>
        <source>已下单。</source>
        <translation>Order placed.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="168"/>
        <source>采购单 {number} 明细已保存。</source>
        <translation>Purchase order {number}: lines saved.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="173"/>
        <source>关闭采购单</source>
        <translation>Close purchase order</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="173"/>
        <source>关闭原因（未到的货不再等）：</source>
        <translation>Reason (what has not come is no longer expected):</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="180"/>
        <source>采购单已关闭。</source>
        <translation>Purchase order closed.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="192"/>
        <source>{name} {spec}&#x3000;货位 {bin}&#x3000;库存 {qty} {unit}&#x3000;成本 {cost}</source>
        <translation>{name} {spec}  bin {bin}  on hand {qty} {unit}  cost {cost}</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="213"/>
        <source>上次进价</source>
        <translation>last cost</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="229"/>
        <source>请先扫码或输入零件号加入入库明细。</source>
        <translation>Scan or type a part number and add it first.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="252"/>
        <source>&#x3000;超收：</source>
        <translation>  over: </translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="254"/>
        <source>&#x3000;仍欠：</source>
        <translation>  still owed: </translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="255"/>
        <source>已入库，入库单 {number}：{count} 项，金额 {value}。</source>
        <translation>Received, receiving slip {number}: {count} lines, value {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="265"/>
        <source>请选择供应商。</source>
        <translation>Choose a supplier.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/receiving_tab.py" line="272"/>
        <source>已生成采购单 {number}（草稿），请在“按采购单入库”中核对后下单。</source>
        <translation>Purchase order {number} drafted; check it under &quot;Against a purchase order&quot;, then place it.</translation>
    </message>
</context>
<context>
    <name>ReceptionAddedWork</name>
    <message>
        <location filename="../../ui/forms/reception_added.ui" line="24"/>
        <source>客户答复人(&amp;B)：</source>
        <translation>Answered &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_added.ui" line="25"/>
        <source>如：王建国本人</source>
        <translation>e.g. the owner himself</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_added.ui" line="26"/>
        <source>答复方式(&amp;V)：</source>
        <translation>Answered &amp;via:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_added.ui" line="28"/>
        <source>车间受话人(&amp;R)：</source>
        <translation>Workshop &amp;recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_added.ui" line="29"/>
        <source>告知车间的谁（拒绝时必填）</source>
        <translation>Workshop person told (required for a no)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_added.ui" line="33"/>
        <source>客户同意 (Ctrl+Shift+Y)</source>
        <translation>Customer agrees (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_added.ui" line="34"/>
        <source>客户拒绝 (Ctrl+Shift+N)</source>
        <translation>Customer declines (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_added.ui" line="35"/>
        <source>打印追加项目单 (Ctrl+P)</source>
        <translation>Print added work form (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>ReceptionAppointments</name>
    <message>
        <location filename="../../ui/forms/reception_appointments.ui" line="9"/>
        <source>◀ (PgUp)</source>
        <translation>◀ (PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_appointments.ui" line="10"/>
        <source>yyyy-MM-dd ddd</source>
        <translation>yyyy-MM-dd ddd</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_appointments.ui" line="11"/>
        <source>(PgDn) ▶</source>
        <translation>(PgDn) ▶</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_appointments.ui" line="12"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_appointments.ui" line="26"/>
        <source>明日提醒（提前半天至一天通知客户）</source>
        <translation>Tomorrow&apos;s reminders (call half a day to a day ahead)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_appointments.ui" line="34"/>
        <source>已提醒 (Ctrl+R)</source>
        <translation>Reminded (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_appointments.ui" line="41"/>
        <source>到店接车 (F2)</source>
        <translation>Arrived: check in (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_appointments.ui" line="42"/>
        <source>收定金</source>
        <translation>Take deposit</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_appointments.ui" line="43"/>
        <source>打印预约单</source>
        <translation>Print appointment slip</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_appointments.ui" line="44"/>
        <source>打印预约登记表 (Ctrl+P)</source>
        <translation>Print appointment register (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_appointments.ui" line="44"/>
        <source>维修预约登记表：当前日视图的一天，或周视图的一周</source>
        <translation>Appointment register: the day of the day view, or the week of the week view</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_appointments.ui" line="45"/>
        <source>未到</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_appointments.ui" line="46"/>
        <source>取消预约</source>
        <translation>Cancel appointment</translation>
    </message>
</context>
<context>
    <name>ReceptionArchive</name>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="6"/>
        <source>编辑档案</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="10"/>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="12"/>
        <source>姓名 / 单位(&amp;N)：</source>
        <translation>&amp;Name / company:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="14"/>
        <source>手机 / 电话(&amp;T)：</source>
        <translation>Mobile / &amp;telephone:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="17"/>
        <source>地址(&amp;D)：</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="19"/>
        <source>客户类别(&amp;K)：</source>
        <translation>Customer &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="21"/>
        <source>单位名称(&amp;C)：</source>
        <translation>&amp;Company name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="23"/>
        <source>月结额度(&amp;L)：</source>
        <translation>Monthly credit &amp;limit:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="24"/>
        <source>签约单位可在收银台“单位挂账”，未回款合计不超过此额度；0 为不挂账。仅服务经理可修改。</source>
        <translation>A company with an agreement may sign for its bills at the till (on account) while what it owes stays within this limit; 0: no account. Only the service manager may change it.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="30"/>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="32"/>
        <source>车牌号(&amp;P)：</source>
        <translation>&amp;Plate:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="35"/>
        <source>车架号 VIN(&amp;V)：</source>
        <translation>&amp;VIN:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="38"/>
        <source>发动机号(&amp;E)：</source>
        <translation>&amp;Engine no.:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="40"/>
        <source>颜色(&amp;C)：</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="42"/>
        <source>购车发票日期(&amp;I)：</source>
        <translation>&amp;Invoice date:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="43"/>
        <source>如 2026-03-15</source>
        <translation>e.g. 2026-03-15</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="43"/>
        <source>三包有效期和包修期自开具购车发票之日起计算（家用汽车产品修理更换退货责任规定 第十八条）。</source>
        <translation>The sanbao (repair, replacement, return) periods start on the date of the purchase invoice (Art. 18 of the home-car repair, replacement and return rules).</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="44"/>
        <source>交车日期(&amp;J)：</source>
        <translation>Delivery date (&amp;J):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="45"/>
        <source>与发票日期不同时填写</source>
        <translation>only when it differs from the invoice date</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_archive.ui" line="45"/>
        <source>开具购车发票日期与交付日期不一致的，三包期限自交付之日起计算（第十八条）。</source>
        <translation>Where delivery and invoice dates differ, the sanbao periods start on delivery (Art. 18).</translation>
    </message>
    <message>
        <location filename="../../ui/reception/archive_dialog.py" line="40"/>
        <source>车主变更记录</source>
        <translation>Owner history</translation>
    </message>
    <message>
        <location filename="../../ui/reception/archive_dialog.py" line="41"/>
        <source>（现车主）</source>
        <translation>(current owner)</translation>
    </message>
</context>
<context>
    <name>ReceptionBook</name>
    <message>
        <location filename="../../ui/forms/reception_book.ui" line="6"/>
        <source>维修预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_book.ui" line="13"/>
        <source>开始时间(&amp;S)：</source>
        <translation>&amp;Starts at:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_book.ui" line="14"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_book.ui" line="15"/>
        <source>预计时长(&amp;M)：</source>
        <translation>Duration (&amp;min):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_book.ui" line="16"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_book.ui" line="17"/>
        <source>工位(&amp;B)：</source>
        <translation>&amp;Bay:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_book.ui" line="19"/>
        <source>服务顾问(&amp;A)：</source>
        <translation>Service &amp;advisor:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_book.ui" line="21"/>
        <source>业务类型(&amp;J)：</source>
        <translation>&amp;Job type:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_book.ui" line="23"/>
        <source>预约内容(&amp;R)：</source>
        <translation>&amp;Request:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_book.ui" line="25"/>
        <source>需准备备件(&amp;P)：</source>
        <translation>&amp;Parts to prepare:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_book.ui" line="27"/>
        <source>备件金额(&amp;V)：</source>
        <translation>Parts &amp;value:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_book.ui" line="28"/>
        <source>元；贵重备件需收不少于一半的定金</source>
        <translation>yuan; costly parts need a deposit of at least half</translation>
    </message>
</context>
<context>
    <name>ReceptionCheckIn</name>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="6"/>
        <source>接车单</source>
        <translation>Check-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="15"/>
        <source>进厂里程(&amp;M)：</source>
        <translation>&amp;Mileage:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="16"/>
        <source>公里</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="18"/>
        <source>燃油(&amp;U)：</source>
        <translation>F&amp;uel:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="19"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="20"/>
        <source>钥匙柜编号(&amp;K)：</source>
        <translation>&amp;Key cabinet no.:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="21"/>
        <source>如 A-12</source>
        <translation>e.g. A-12</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="22"/>
        <source>业务类型(&amp;J)：</source>
        <translation>&amp;Job type:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="24"/>
        <source>随车物品(&amp;B)：</source>
        <translation>&amp;Belongings:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="25"/>
        <source>用顿号分隔，如：备胎、行车记录仪、雨伞×2</source>
        <translation>Separate with commas, e.g. spare tyre, dash cam, umbrella×2</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="26"/>
        <source>客户描述(&amp;W)：</source>
        <translation>Customer&apos;s &amp;words:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="28"/>
        <source>初步检查(&amp;I)：</source>
        <translation>&amp;Initial findings:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="29"/>
        <source>送修人(&amp;R)：</source>
        <translation>B&amp;rought by:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="30"/>
        <source>不是车主本人送车时填写</source>
        <translation>When someone other than the owner brings the car</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="31"/>
        <source>送修人电话(&amp;P)：</source>
        <translation>Their &amp;phone:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="32"/>
        <source>手机或固话</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="38"/>
        <source>外观损伤：在示意图上点击标记，或选部位后回车（D 键换损伤类型，Backspace 删除最后一处）</source>
        <translation>Body damage: click on the drawing, or choose a zone and press Enter (D changes the kind of damage, Backspace removes the last mark)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="47"/>
        <source>部位(&amp;Z)：</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="48"/>
        <source>不用鼠标：选部位和损伤类型，回车标记</source>
        <translation>Without the mouse: choose the zone and the kind of damage, Enter marks it</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="49"/>
        <source>标记此部位 (Enter)</source>
        <translation>Mark this zone (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="42"/>
        <source>损伤类型(&amp;D)：</source>
        <translation>&amp;Damage kind:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_checkin.ui" line="44"/>
        <source>删除最后一处</source>
        <translation>Remove last mark</translation>
    </message>
</context>
<context>
    <name>ReceptionDelay</name>
    <message>
        <location filename="../../ui/forms/reception_delay.ui" line="6"/>
        <source>通知客户延误</source>
        <translation>Tell the customer about a delay</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_delay.ui" line="13"/>
        <source>延误原因(&amp;R)：</source>
        <translation>&amp;Reason for the delay:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_delay.ui" line="15"/>
        <source>新的交车时间(&amp;T)：</source>
        <translation>New delivery &amp;time:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_delay.ui" line="16"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
</context>
<context>
    <name>ReceptionDeposit</name>
    <message>
        <location filename="../../ui/forms/reception_deposit.ui" line="6"/>
        <source>预约定金</source>
        <translation>Appointment deposit</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_deposit.ui" line="13"/>
        <source>定金金额(&amp;M)：</source>
        <translation>Deposit a&amp;mount:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_deposit.ui" line="15"/>
        <source>付款方式(&amp;P)：</source>
        <translation>&amp;Paid by:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_deposit.ui" line="17"/>
        <source>凭证号(&amp;R)：</source>
        <translation>&amp;Reference:</translation>
    </message>
</context>
<context>
    <name>ReceptionDiagnosis</name>
    <message>
        <location filename="../../ui/forms/reception_diagnosis.ui" line="6"/>
        <source>汽车检测诊断</source>
        <translation>Vehicle diagnosis</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_diagnosis.ui" line="12"/>
        <source>检测项目与结果(&amp;I)：（Ctrl+N 加一行，Ctrl+Delete 删除当前行）</source>
        <translation>Tests and results (&amp;I): (Ctrl+N adds a row, Ctrl+Delete removes the current row)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_diagnosis.ui" line="23"/>
        <source>诊断结论(&amp;C)：</source>
        <translation>Conclusion (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_diagnosis.ui" line="24"/>
        <source>故障或问题所在，如：一缸点火线圈损坏</source>
        <translation>Where the fault is, e.g. cylinder 1 ignition coil failed</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_diagnosis.ui" line="25"/>
        <source>维修建议(&amp;A)：</source>
        <translation>Advice (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_diagnosis.ui" line="27"/>
        <source>检测技师(&amp;T)：</source>
        <translation>Technician (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_diagnosis.ui" line="29"/>
        <source>诊断费（元）(&amp;F)：</source>
        <translation>Diagnosis fee (yuan) (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_diagnosis.ui" line="30"/>
        <source>客户不修时收取；0 为免收</source>
        <translation>Charged if not repaired here; 0 for free</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_diagnosis.ui" line="31"/>
        <source>不修原因(&amp;R)：</source>
        <translation>Why not repaired (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_diagnosis.ui" line="32"/>
        <source>客户决定不在本店维修时填写，如：客户回单位车队修</source>
        <translation>When the customer decides not to repair here, e.g. repaired by the company fleet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_diagnosis.ui" line="33"/>
        <source>诊断未修，结算诊断费放行 (Ctrl+U)</source>
        <translation>Not repaired: charge the fee and release (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_diagnosis.ui" line="39"/>
        <source>打印诊断报告单 (Ctrl+P)</source>
        <translation>Print diagnosis report (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>ReceptionLine</name>
    <message>
        <location filename="../../ui/forms/reception_line.ui" line="6"/>
        <source>修改项目</source>
        <translation>Edit line</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_line.ui" line="13"/>
        <source>数量(&amp;Q)：</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_line.ui" line="15"/>
        <source>付费方(&amp;Y)：</source>
        <translation>Paid b&amp;y:</translation>
    </message>
</context>
<context>
    <name>ReceptionLoanOutDialog</name>
    <message>
        <location filename="../../ui/forms/reception_loan_out.ui" line="5"/>
        <source>借出代步车</source>
        <translation>Hand out a loaner car</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_out.ui" line="18"/>
        <source>工单号或车牌(&amp;O)</source>
        <translation>&amp;Order number or plate</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_out.ui" line="24"/>
        <source>送修车辆的工单号或车牌</source>
        <translation>order number or plate of the car in for repair</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_out.ui" line="29"/>
        <source>代步车(&amp;C)</source>
        <translation>Loaner &amp;car</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_out.ui" line="38"/>
        <source>约定归还(&amp;D)</source>
        <translation>&amp;Due back</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_out.ui" line="50"/>
        <source>出车里程(&amp;M)</source>
        <translation>&amp;Mileage out</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_out.ui" line="58"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_out.ui" line="63"/>
        <source>出车油量（八分之几）(&amp;F)</source>
        <translation>&amp;Fuel out (eighths)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_out.ui" line="71"/>
        <source>/8</source>
        <translation>/8</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_out.ui" line="76"/>
        <source>已有损伤(&amp;G)</source>
        <translation>Existing dama&amp;ge</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_out.ui" line="82"/>
        <source>车身划痕、凹陷等，没有可不填</source>
        <translation>scratches, dents; leave empty if none</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_out.ui" line="87"/>
        <source>押金(&amp;Y)</source>
        <translation>Deposi&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_out.ui" line="96"/>
        <source>押金收款方式(&amp;T)</source>
        <translation>Deposit &amp;paid by</translation>
    </message>
</context>
<context>
    <name>ReceptionLoanReturnDialog</name>
    <message>
        <location filename="../../ui/forms/reception_loan_return.ui" line="5"/>
        <source>归还代步车</source>
        <translation>Take a loaner car back</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_return.ui" line="18"/>
        <source>还车里程(&amp;M)</source>
        <translation>&amp;Mileage in</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_return.ui" line="26"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_return.ui" line="31"/>
        <source>还车油量（八分之几）(&amp;F)</source>
        <translation>&amp;Fuel in (eighths)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_return.ui" line="39"/>
        <source>/8</source>
        <translation>/8</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_return.ui" line="44"/>
        <source>新增损伤(&amp;G)</source>
        <translation>New dama&amp;ge</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_return.ui" line="50"/>
        <source>没有可不填</source>
        <translation>leave empty if none</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_return.ui" line="55"/>
        <source>扣留押金(&amp;K)</source>
        <translation>Deposit &amp;kept</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_return.ui" line="61"/>
        <source>0 为全额退还</source>
        <translation>0 refunds it all</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_return.ui" line="66"/>
        <source>扣留原因(&amp;R)</source>
        <translation>&amp;Reason kept</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loan_return.ui" line="72"/>
        <source>油量不足、新增损伤、逾期等</source>
        <translation>low fuel, new damage, late return...</translation>
    </message>
</context>
<context>
    <name>ReceptionLoanerCarDialog</name>
    <message>
        <location filename="../../ui/forms/reception_loaner_car.ui" line="5"/>
        <source>代步车</source>
        <translation>Loaner car</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loaner_car.ui" line="12"/>
        <source>车牌(&amp;P)</source>
        <translation>&amp;Plate</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loaner_car.ui" line="21"/>
        <source>车型(&amp;M)</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loaner_car.ui" line="27"/>
        <source>例如：大众 朗逸</source>
        <translation>e.g. VW Lavida</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loaner_car.ui" line="32"/>
        <source>颜色(&amp;C)</source>
        <translation>&amp;Colour</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loaner_car.ui" line="41"/>
        <source>当前里程(&amp;K)</source>
        <translation>Mileage now (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loaner_car.ui" line="48"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loaner_car.ui" line="53"/>
        <source>当前油量（八分之几）(&amp;F)</source>
        <translation>&amp;Fuel now (eighths)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loaner_car.ui" line="61"/>
        <source>/8</source>
        <translation>/8</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loaner_car.ui" line="66"/>
        <source>在用（取消勾选即停用）(&amp;A)</source>
        <translation>In use (untick to retire) (&amp;A)</translation>
    </message>
</context>
<context>
    <name>ReceptionLoanersTab</name>
    <message>
        <location filename="../../ui/forms/reception_loaners.ui" line="20"/>
        <source>借出 (Ctrl+L)</source>
        <translation>Hand out (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loaners.ui" line="25"/>
        <source>归还 (Ctrl+R)</source>
        <translation>Take back (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loaners.ui" line="30"/>
        <source>打印交接单 (Ctrl+P)</source>
        <translation>Print the sheet (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loaners.ui" line="35"/>
        <source>新增代步车 (Ctrl+Shift+A)</source>
        <translation>New car (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_loaners.ui" line="40"/>
        <source>修改 / 停用 (Ctrl+Shift+E)</source>
        <translation>Change / retire (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>ReceptionLookup</name>
    <message>
        <location filename="../../ui/forms/reception_lookup.ui" line="24"/>
        <source>新建客户和车辆 (Ctrl+N)</source>
        <translation>New customer (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_lookup.ui" line="29"/>
        <source>接车 (F2)</source>
        <translation>Check in (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_lookup.ui" line="34"/>
        <source>打开工单 (F4)</source>
        <translation>Open order (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_lookup.ui" line="39"/>
        <source>预约 (F3)</source>
        <translation>Book (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_lookup.ui" line="44"/>
        <source>编辑档案 (Ctrl+E)</source>
        <translation>Edit record (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_lookup.ui" line="49"/>
        <source>过户 (Ctrl+O)</source>
        <translation>New owner (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_lookup.ui" line="54"/>
        <source>返修 (从上次工单)</source>
        <translation>Comeback</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="49"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="50"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="51"/>
        <location filename="../../ui/reception/lookup.py" line="86"/>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="52"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="53"/>
        <source>上次进厂</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="54"/>
        <location filename="../../ui/reception/lookup.py" line="91"/>
        <source>在修工单</source>
        <translation>Open order</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="92"/>
        <source>保养</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="55"/>
        <location filename="../../ui/reception/lookup.py" line="95"/>
        <source>未结投诉</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="56"/>
        <source>匹配</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="85"/>
        <source>（无车辆）</source>
        <translation>(no car)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="87"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="88"/>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="89"/>
        <source>上次里程</source>
        <translation>Last mileage</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="90"/>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="93"/>
        <source>最近进厂</source>
        <translation>Recent visits</translation>
    </message>
    <message>
        <location filename="../../ui/reception/lookup.py" line="94"/>
        <source>建议项目（上次未做）</source>
        <translation>Declined work (for this visit)</translation>
    </message>
</context>
<context>
    <name>ReceptionNewCustomer</name>
    <message>
        <location filename="../../ui/forms/reception_new_customer.ui" line="6"/>
        <source>新建客户和车辆档案</source>
        <translation>New customer and car</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_new_customer.ui" line="10"/>
        <source>客户姓名(&amp;N)：</source>
        <translation>Customer &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_new_customer.ui" line="13"/>
        <source>手机 / 电话(&amp;T)：</source>
        <translation>Mobile / &amp;telephone:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_new_customer.ui" line="16"/>
        <source>车牌号(&amp;P)：</source>
        <translation>&amp;Plate:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_new_customer.ui" line="19"/>
        <source>车架号 VIN(&amp;V)：</source>
        <translation>&amp;VIN:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_new_customer.ui" line="22"/>
        <source>车型(&amp;M)：</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_new_customer.ui" line="25"/>
        <source>颜色(&amp;C)：</source>
        <translation>&amp;Colour:</translation>
    </message>
</context>
<context>
    <name>ReceptionOrder</name>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="6"/>
        <source>进厂维修单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="15"/>
        <source>业务类型(&amp;J)：</source>
        <translation>&amp;Job type:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="17"/>
        <source>估价方式(&amp;E)：</source>
        <translation>&amp;Estimate mode:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="19"/>
        <source>预计交车(&amp;T)：</source>
        <translation>Promised &amp;time:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="20"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="21"/>
        <source>配件类别(&amp;Q)：</source>
        <translation>Parts &amp;quality:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="22"/>
        <source>客户选择的配件类别：原厂、同质、修复或副厂配件，分别标识、分别计价</source>
        <translation>The class of parts the customer chose: genuine, equivalent, repaired or aftermarket, labelled and priced apart</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="26"/>
        <source>客户自带配件(&amp;C)</source>
        <translation>&amp;Customer supplies parts</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="27"/>
        <source>客户坚持使用副厂件(&amp;A)</source>
        <translation>Customer insists on &amp;aftermarket parts</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="28"/>
        <source>旧件交还客户(&amp;O)</source>
        <translation>Return &amp;old parts</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="29"/>
        <source>洗车(&amp;W)</source>
        <translation>&amp;Wash</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="43"/>
        <source>工时 (Ctrl+L)</source>
        <translation>Labour (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="44"/>
        <source>备件 (Ctrl+B)</source>
        <translation>Part (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="66"/>
        <source>打印：</source>
        <translation>Print:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="67"/>
        <source>接车单 Ctrl+Alt+P</source>
        <translation>Check-in sheet Ctrl+Alt+P</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="68"/>
        <source>估价单（两联） Ctrl+Shift+P</source>
        <translation>Estimate x2 Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="69"/>
        <source>进厂维修单 Ctrl+P</source>
        <translation>Work order Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="70"/>
        <source>其他单据 Ctrl+Shift+O</source>
        <translation>Other forms Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="71"/>
        <source>检测诊断 Ctrl+Shift+D</source>
        <translation>Diagnosis Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="45"/>
        <source>客户自带件</source>
        <translation>Own part</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="46"/>
        <source>整项定价 (Ctrl+I)</source>
        <translation>Fixed price (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="47"/>
        <source>其他费用 (Ctrl+E)</source>
        <translation>Fee (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="49"/>
        <source>加保养套餐 (Ctrl+K)</source>
        <translation>Add package (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="50"/>
        <source>改数量 / 付费方 (F2)</source>
        <translation>Qty / payer (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="51"/>
        <source>删除行 (Del)</source>
        <translation>Remove (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="58"/>
        <source>上次建议本次做… (Ctrl+U)</source>
        <translation>Do suggested work now... (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_order.ui" line="73"/>
        <source>客户已签字，交车间 (Ctrl+Enter)</source>
        <translation>Signed: to workshop (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ReceptionOwner</name>
    <message>
        <location filename="../../ui/forms/reception_owner.ui" line="6"/>
        <source>过户：更换车主</source>
        <translation>Transfer: change owner</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_owner.ui" line="13"/>
        <source>新车主已有档案：查找并选中</source>
        <translation>New owner already on file: find and select</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_owner.ui" line="15"/>
        <source>姓名、电话尾号……</source>
        <translation>Name, last digits of phone...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_owner.ui" line="28"/>
        <source>或者新建车主档案</source>
        <translation>Or file a new owner</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_owner.ui" line="32"/>
        <source>姓名 / 单位(&amp;N)：</source>
        <translation>&amp;Name / company:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_owner.ui" line="34"/>
        <source>手机 / 电话(&amp;T)：</source>
        <translation>Mobile / &amp;telephone:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/archive_dialog.py" line="166"/>
        <source>姓名 / 单位</source>
        <translation>Name / company</translation>
    </message>
    <message>
        <location filename="../../ui/reception/archive_dialog.py" line="167"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/reception/archive_dialog.py" line="168"/>
        <source>名下车辆</source>
        <translation>Vehicles</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../ui/reception/page.py" line="51"/>
        <source>查档案 (F5)</source>
        <translation>Look-up (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="52"/>
        <source>今日车辆 (F6)</source>
        <translation>Today&apos;s cars (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="53"/>
        <location filename="../../ui/reception/page.py" line="138"/>
        <source>追加项目 (F7)</source>
        <translation>Added work (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="54"/>
        <source>维修预约 (F8)</source>
        <translation>Appointments (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="55"/>
        <location filename="../../ui/reception/page.py" line="95"/>
        <source>代步车 (F9)</source>
        <translation>Loaner cars (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="106"/>
        <source>业务接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="133"/>
        <source>没有找到</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="135"/>
        <source>找到 {n} 条{more}</source>
        <translation>{n} found{more}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="135"/>
        <source>（还有更多，请多输几位）</source>
        <translation> (more: type a few more characters)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="147"/>
        <source>【新追加项目】车间刚提出：{plate}&#x3000;{customer}&#x3000;“{description}”&#x3000;{amount}（{by}）。按 F7 联系客户答复。</source>
        <translation>[New added work] just raised by the workshop: {plate}  {customer}  &quot;{description}&quot;  {amount} ({by}). Press F7 to get the customer&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="151"/>
        <source>（另有 {n} 项新提出）</source>
        <translation> ({n} more new)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_page.ui" line="16"/>
        <source>查档案(&amp;F)：</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_page.ui" line="23"/>
        <source>车牌任意几位、手机尾号、车架号（或后 6 位）、客户姓名</source>
        <translation>Any part of a plate, last digits of a phone, a VIN (or its last 6), a name</translation>
    </message>
</context>
<context>
    <name>ReceptionPicker</name>
    <message>
        <location filename="../../ui/forms/reception_picker.ui" line="6"/>
        <source>选择</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_picker.ui" line="10"/>
        <source>查找(&amp;S)：</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_picker.ui" line="11"/>
        <source>编号开头或名称中的字</source>
        <translation>Start of the code or part of the name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_picker.ui" line="12"/>
        <source>数量(&amp;Q)：</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_picker.ui" line="13"/>
        <source>1</source>
        <translation>1</translation>
    </message>
</context>
<context>
    <name>ReceptionToday</name>
    <message>
        <location filename="../../ui/forms/reception_today.ui" line="22"/>
        <source>打开工单 (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_today.ui" line="23"/>
        <source>已询问进度 (Ctrl+J)</source>
        <translation>Checked (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_today.ui" line="24"/>
        <source>通知延误 (Ctrl+D)</source>
        <translation>Delay (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_today.ui" line="25"/>
        <source>已通知取车 (Ctrl+T)</source>
        <translation>Pick-up call (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_today.ui" line="26"/>
        <source>去结算 (Ctrl+G)</source>
        <translation>To cashier (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_today.ui" line="27"/>
        <source>交车 (Ctrl+Shift+J)</source>
        <translation>Deliver (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reception_today.ui" line="28"/>
        <source>服务卡 (Ctrl+Shift+K)</source>
        <translation>Service card (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="31"/>
        <source>代步车逾期未还</source>
        <translation>Loaner car overdue</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="42"/>
        <source>已超时，尚未通知客户</source>
        <translation>Late, customer not told yet</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="42"/>
        <source>已超时（已通知）</source>
        <translation>Late (customer told)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="44"/>
        <source>追加项目待答复 {n}</source>
        <translation>Added work awaiting answer: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="46"/>
        <source>已过 70%，请询问进度</source>
        <translation>Past 70 %: ask the workshop</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="48"/>
        <source>请通知客户取车</source>
        <translation>Call the customer to collect</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="50"/>
        <source>已通知，待结算</source>
        <translation>Called, awaiting payment</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="50"/>
        <source>完工</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="75"/>
        <source>{month} 月返修率 &lt;b&gt;{rate}%&lt;/b&gt;（返修 {comebacks} 台 / 交车 {delivered} 台）</source>
        <translation>Comeback rate for month {month}: &lt;b&gt;{rate}%&lt;/b&gt; ({comebacks} comebacks / {delivered} delivered)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/admin/record_dialog.py" line="51"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/admin/record_dialog.py" line="52"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RedLetterDialog</name>
    <message>
        <location filename="../../ui/cashier/red_letter_dialog.py" line="26"/>
        <source>红冲{kind} &lt;b&gt;{number}&lt;/b&gt;（{title}，{amount}）。请先在开票系统开具红字发票，再在这里登记；红冲后该结算单可重新开票或冲销。</source>
        <translation>Red-letter {kind} &lt;b&gt;{number}&lt;/b&gt; ({title}, {amount}). Issue the red-letter invoice in the tax system first, then record it here; the settlement can then be invoiced again or reversed.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/red_letter_dialog.py" line="32"/>
        <source>红冲</source>
        <translation>Red-letter</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="37"/>
        <source>保养到期</source>
        <translation>Service due</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="37"/>
        <source>保险到期</source>
        <translation>Insurance renewal</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="37"/>
        <source>年审到期</source>
        <translation>Annual inspection</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="38"/>
        <source>明日预约</source>
        <translation>Tomorrow&apos;s appointments</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="38"/>
        <source>流失客户</source>
        <translation>Lost customers</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="40"/>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="40"/>
        <source>剩余(天)</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="41"/>
        <source>本次提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="42"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="42"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="42"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="43"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="44"/>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="44"/>
        <source>上次提醒</source>
        <translation>Last reminded</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="46"/>
        <source>保养里程</source>
        <translation>Service at</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="47"/>
        <source>当前里程</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="50"/>
        <source>预约时间</source>
        <translation>Booked for</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="50"/>
        <source>预约单号</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="51"/>
        <source>业务</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="52"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="52"/>
        <source>服务顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="53"/>
        <source>已提醒</source>
        <translation>Reminded</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="54"/>
        <source>上次进厂</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="54"/>
        <source>未回厂(月)</source>
        <translation>Away (months)</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="55"/>
        <source>里程</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="56"/>
        <source>上次回访</source>
        <translation>Last called</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="92"/>
        <source>{months} 个月未回厂的车辆，最近流失的在前</source>
        <translation>Cars not back for {months} months, the most recently lost first</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="93"/>
        <source>明天的预约：提前一天提醒客户</source>
        <translation>Tomorrow&apos;s appointments: remind the customers a day ahead</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="95"/>
        <source>到期前 {ahead} 天第一次提醒，前 {near} 天再次提醒</source>
        <translation>First reminder {ahead} days ahead, again {near} days ahead</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="103"/>
        <source>已回访… (Enter)</source>
        <translation>Called... (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="103"/>
        <source>已提醒… (Enter)</source>
        <translation>Reminded... (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="118"/>
        <source>已记录：{customer} 的预约已提醒。</source>
        <translation>Recorded: {customer} was reminded of the appointment.</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="124"/>
        <source>上次进厂 {at}，已 {months} 个月未回厂</source>
        <translation>Last visit {at}, away for {months} months</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="126"/>
        <source>流失客户回访</source>
        <translation>Call to a lost customer</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="126"/>
        <source>未回厂原因：</source>
        <translation>Why they stopped coming:</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="129"/>
        <source>{kind} {due}（{reminder}）</source>
        <translation>{kind} {due} ({reminder})</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="131"/>
        <source>登记提醒</source>
        <translation>Record the reminder</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="131"/>
        <source>客户反馈：</source>
        <translation>Customer&apos;s answer:</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="143"/>
        <source>正在按保养记录和里程重新推算保养提醒…</source>
        <translation>Recomputing service reminders from service history and mileage...</translation>
    </message>
    <message>
        <location filename="../../ui/care/reminders_tab.py" line="149"/>
        <source>保养提醒已重新推算：{n} 辆车的到期日有变化。</source>
        <translation>Service reminders recomputed: {n} cars have a new due date.</translation>
    </message>
</context>
<context>
    <name>RemittanceDialog</name>
    <message>
        <location filename="../../ui/cashier/remittance_dialog.py" line="25"/>
        <source>挂账方：&lt;b&gt;{debtor}&lt;/b&gt;（{kind}），共 {count} 笔</source>
        <translation>Debtor: &lt;b&gt;{debtor}&lt;/b&gt; ({kind}), {count} receivables</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/remittance_dialog.py" line="29"/>
        <source>结算单号</source>
        <translation>Settlement no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/remittance_dialog.py" line="29"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/remittance_dialog.py" line="29"/>
        <source>理赔/索赔单号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/remittance_dialog.py" line="30"/>
        <source>挂账金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/remittance_dialog.py" line="30"/>
        <source>未收</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/remittance_dialog.py" line="30"/>
        <source>本次核销</source>
        <translation>Write off now</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/remittance_dialog.py" line="48"/>
        <source>核销</source>
        <translation>Write off</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/remittance_dialog.py" line="64"/>
        <source>本次核销中有金额无法识别</source>
        <translation>An amount to write off is not a number</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/remittance_dialog.py" line="66"/>
        <source>本次核销合计 {0}</source>
        <translation>Writing off {0} in total</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../../ui/manager/report_tab.py" line="78"/>
        <source>从(&amp;D)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tab.py" line="78"/>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tab.py" line="119"/>
        <source>正在统计…</source>
        <translation>Counting...</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tab.py" line="139"/>
        <source>统计表按日、周、月打印；自定义区间请导出 Excel。</source>
        <translation>Statistics forms print by day, week or month; export a custom range to Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tab.py" line="149"/>
        <source>统计于 {time}</source>
        <translation>Counted at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tab.py" line="159"/>
        <source>业务统计表</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tab.py" line="161"/>
        <source>导出统计报表</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tab.py" line="161"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tab.py" line="166"/>
        <source>正在导出统计报表…</source>
        <translation>Exporting the report...</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tab.py" line="172"/>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="34"/>
        <location filename="../../ui/manager/report_tables.py" line="66"/>
        <location filename="../../ui/manager/report_tables.py" line="91"/>
        <source>进厂台次</source>
        <translation>Cars in</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="35"/>
        <location filename="../../ui/manager/report_tables.py" line="91"/>
        <source>结算台次</source>
        <translation>Cars settled</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="36"/>
        <source>交车台次</source>
        <translation>Cars delivered</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="37"/>
        <source>营业收入（实收）</source>
        <translation>Revenue (net)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="38"/>
        <source>工时收入</source>
        <translation>Labour</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="39"/>
        <source>材料收入</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="40"/>
        <source>其他收入</source>
        <translation>Other fees</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="41"/>
        <source>优惠合计</source>
        <translation>Discounts total</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="42"/>
        <location filename="../../ui/manager/report_tables.py" line="92"/>
        <source>单车产值</source>
        <translation>Average ticket</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="43"/>
        <location filename="../../ui/manager/report_tables.py" line="98"/>
        <source>售出工时</source>
        <translation>Hours sold</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="44"/>
        <source>技师计件工资</source>
        <translation>Technicians&apos; piece wages</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="45"/>
        <location filename="../../ui/manager/report_tables.py" line="87"/>
        <source>毛利</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="46"/>
        <source>毛利率</source>
        <translation>Gross margin %</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="47"/>
        <location filename="../../ui/manager/report_tables.py" line="105"/>
        <source>返修率</source>
        <translation>Comeback rate</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="48"/>
        <source>回访满意度</source>
        <translation>Follow-up satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="48"/>
        <location filename="../../ui/manager/report_tables.py" line="108"/>
        <source>{score} 分</source>
        <translation>{score} points</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="49"/>
        <source>满意率</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="50"/>
        <source>新增投诉 / 超时未答复</source>
        <translation>Complaints new / overdue</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="51"/>
        <source>挂账未收（当前）</source>
        <translation>Receivables open (now)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="52"/>
        <source>库存金额（当前）</source>
        <translation>Stock value (now)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="65"/>
        <location filename="../../ui/manager/report_tables.py" line="79"/>
        <location filename="../../ui/manager/report_tables.py" line="130"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="66"/>
        <source>维修类别</source>
        <translation>Job type</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="66"/>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="73"/>
        <location filename="../../ui/manager/report_tables.py" line="91"/>
        <source>工时费</source>
        <translation>Labour</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="73"/>
        <location filename="../../ui/manager/report_tables.py" line="91"/>
        <source>材料费</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="73"/>
        <location filename="../../ui/manager/report_tables.py" line="92"/>
        <source>其他费用</source>
        <translation>Other fees</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="83"/>
        <source>其中 {payer}</source>
        <translation>of which {payer}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="84"/>
        <source>工时成本：计件 {hours} 工时 × {rate}</source>
        <translation>Labour cost: {hours} piece hours x {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="86"/>
        <location filename="../../ui/manager/report_tables.py" line="117"/>
        <location filename="../../ui/manager/report_tables.py" line="146"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="86"/>
        <source>原价</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="86"/>
        <location filename="../../ui/manager/report_tables.py" line="92"/>
        <source>优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="86"/>
        <source>实收</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="86"/>
        <source>成本</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="91"/>
        <source>服务顾问</source>
        <translation>Service Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="92"/>
        <source>产值（实收）</source>
        <translation>Output (net)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="98"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="98"/>
        <source>工时产值（实收）</source>
        <translation>Labour output (net)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="104"/>
        <source>返修台次 / 交车台次</source>
        <translation>Comebacks / cars delivered</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="106"/>
        <source>回访次数（接通）</source>
        <translation>Follow-up calls (reached)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="107"/>
        <source>接通率</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="109"/>
        <source>平均分</source>
        <translation>Average score</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="110"/>
        <source>满意率（4 分及以上）</source>
        <translation>Satisfied (4 points or more)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="111"/>
        <source>新增投诉</source>
        <translation>New complaints</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="112"/>
        <source>来源：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="113"/>
        <source>客户评价：{verdict}</source>
        <translation>Customer verdict: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="114"/>
        <source>未结投诉（当前）</source>
        <translation>Open complaints (now)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="115"/>
        <source>超时未答复（当前）</source>
        <translation>Past the answer deadline (now)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="117"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="121"/>
        <source>投诉单号</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="121"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="121"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="121"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="121"/>
        <source>答复期限</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="122"/>
        <source>超时（小时）</source>
        <translation>Late (hours)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="122"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="122"/>
        <source>内容</source>
        <translation>Complaint text</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="132"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="132"/>
        <source>挂账方</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="132"/>
        <source>本期新增</source>
        <translation>Opened in period</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="132"/>
        <source>本期回款</source>
        <translation>Collected in period</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="132"/>
        <source>当前未收</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="133"/>
        <source>未收笔数</source>
        <translation>Open items</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="138"/>
        <source>材料销售（实收）</source>
        <translation>Parts sales (net)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="138"/>
        <source>销售成本</source>
        <translation>Cost of sales</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="139"/>
        <source>入库金额</source>
        <translation>Received value</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="139"/>
        <source>其中按采购单</source>
        <translation>Of which against POs</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="140"/>
        <source>出库金额</source>
        <translation>Issued value</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="140"/>
        <source>退库金额</source>
        <translation>Returned value</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="141"/>
        <source>净耗用金额</source>
        <translation>Net usage value</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="141"/>
        <source>退货金额</source>
        <translation>Sent back value</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="142"/>
        <source>调整金额</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="142"/>
        <source>盘点差异金额</source>
        <translation>Count differences</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="143"/>
        <source>当前库存金额</source>
        <translation>Stock value now</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="143"/>
        <source>有库存品种</source>
        <translation>Parts in stock</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="144"/>
        <source>库存金额：{category}</source>
        <translation>Stock value: {category}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/report_tables.py" line="146"/>
        <source>金额</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../ui/cashier/reverse_dialog.py" line="23"/>
        <source>冲销结算单 &lt;b&gt;{number}&lt;/b&gt;（{plate}，合计 {total}，客户实付 {due}）。收款按原方式退回，挂账作废，工单退回“完工”后可重新结算。</source>
        <translation>Reverse settlement &lt;b&gt;{number}&lt;/b&gt; ({plate}, total {total}, customer paid {due}). Payments are refunded the way they were made, receivables are cancelled, and the work order goes back to &quot;Finished&quot; to be settled again.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/reverse_dialog.py" line="29"/>
        <source>冲销</source>
        <translation>Reverse</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="17"/>
        <source>恢复默认</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="18"/>
        <source>项目名称，如：保证期、三包、回访</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="23"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="23"/>
        <location filename="../../ui/admin/rules_tab.py" line="31"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="24"/>
        <source>当前值</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="24"/>
        <location filename="../../ui/admin/rules_tab.py" line="33"/>
        <source>默认值</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="25"/>
        <location filename="../../ui/admin/rules_tab.py" line="32"/>
        <source>法规</source>
        <translation>Law</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="34"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="35"/>
        <source>修改：{label}</source>
        <translation>Edit: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="38"/>
        <source>已保存：{label}</source>
        <translation>Saved: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/rules_tab.py" line="42"/>
        <source>已恢复默认：{label}</source>
        <translation>Default restored: {label}</translation>
    </message>
</context>
<context>
    <name>SanbaoNote</name>
    <message>
        <location filename="../../ui/care/sanbao_note.py" line="16"/>
        <source>三包预警（三包有效期至 {date}）</source>
        <translation>Lemon-law warning (replace/return period until {date})</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_note.py" line="20"/>
        <source>请通知服务经理，与厂家技术支持确认维修方案。</source>
        <translation>Tell the service manager and agree the repair with the manufacturer&apos;s technical support.</translation>
    </message>
</context>
<context>
    <name>SanbaoTab</name>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="33"/>
        <source>全部预警</source>
        <translation>All warnings</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="34"/>
        <source>已达到上限</source>
        <translation>Limit reached</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="36"/>
        <location filename="../../ui/care/sanbao_tab.py" line="103"/>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="36"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="37"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="37"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="37"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="38"/>
        <source>购车日期</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="38"/>
        <source>三包有效期至</source>
        <translation>Replace/return until</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="39"/>
        <source>三包内修理(次)</source>
        <translation>Quality repairs</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="39"/>
        <source>累计修理(天)</source>
        <translation>Days off the road</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="41"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="83"/>
        <location filename="../../ui/care/sanbao_tab.py" line="87"/>
        <source>备用车/交通补偿</source>
        <translation>Spare car / allowance</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="83"/>
        <source>工单 {n} 提供了：</source>
        <translation>Order {n} provided:</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="88"/>
        <source>说明（备用车车牌及起始日，或补偿金额）：</source>
        <translation>Details (the spare car&apos;s plate and from when, or the amount paid):</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="102"/>
        <source>没有接近三包上限的车辆。</source>
        <translation>No car is near a lemon-law limit.</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="104"/>
        <source>质量问题修理</source>
        <translation>Quality repairs</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="114"/>
        <source>购车 {bought}，当前 {km}；三包有效期至 {valid}，包修期至 {period}</source>
        <translation>Bought {bought}, now {km}; replace/return period until {valid}, repair period until {period}</translation>
    </message>
    <message>
        <location filename="../../ui/care/sanbao_tab.py" line="123"/>
        <source>在修</source>
        <translation>in the workshop</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="55"/>
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
    <name>SettleTab</name>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="84"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="84"/>
        <source>工单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="85"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="85"/>
        <source>业务</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="86"/>
        <source>质检通过</source>
        <translation>QC passed</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="108"/>
        <source>收款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="108"/>
        <source>金额</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="108"/>
        <source>实收（现金）</source>
        <translation>Tendered (cash)</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="108"/>
        <source>交易流水号</source>
        <translation>Transaction no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="208"/>
        <source>套餐卡抵扣 {count} 项 {amount}</source>
        <translation>Package card pays {count} line(s) {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="237"/>
        <source>从左侧选择一张质检合格的工单开始结算（回车查找车牌号或工单号）。</source>
        <translation>Pick a work order that passed QC on the left to settle it (Enter finds a plate or order no.).</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="243"/>
        <source>&lt;b style=&apos;font-size:15px&apos;&gt;{plate}&lt;/b&gt;&#x3000;工单 {number}&#x3000;{job}&#x3000;客户 {customer} {phone}&#x3000;服务顾问 {advisor}</source>
        <translation>&lt;b style=&apos;font-size:15px&apos;&gt;{plate}&lt;/b&gt;  Order {number}  {job}  Customer {customer} {phone}  Service advisor {advisor}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="254"/>
        <source>服务经理：优惠由您直接授权</source>
        <translation>Manager: you approve discounts</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="256"/>
        <source>您的收银优惠限额 {0}，超出需服务经理授权</source>
        <translation>Limit {0}; more: ask the manager</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="259"/>
        <source>需服务经理授权：</source>
        <translation>Needs the service manager&apos;s approval:</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="261"/>
        <source>已由 {0} 授权：</source>
        <translation>Approved by {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="357"/>
        <source>有金额无法识别</source>
        <translation>An amount is not a number</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="359"/>
        <source>还差 {0}</source>
        <translation>{0} short</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="361"/>
        <source>多收 {0}</source>
        <translation>{0} over</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="363"/>
        <source>已收齐 {0}</source>
        <translation>Paid in full {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="366"/>
        <source>找零 {0}</source>
        <translation>Change {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="408"/>
        <source>降低维修类别</source>
        <translation>Lower the kind of repair</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="430"/>
        <source>&lt;b style=&apos;font-size:15px;color:#2e7d32&apos;&gt;已结算：结算单 {number}&lt;/b&gt;&#x3000;{plate}&#x3000;合计 {total}&#x3000;客户实付 {due}{change}&#x3000;请打印结算单、小票、出厂通知单和质量保证卡（Ctrl+P 全部打印）。</source>
        <translation>&lt;b style=&apos;font-size:15px;color:#2e7d32&apos;&gt;Settled: settlement {number}&lt;/b&gt;  {plate}  Total {total}  Customer paid {due}{change}  Please print the settlement, receipt, release note and warranty card (Ctrl+P prints all).</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/settle_tab.py" line="433"/>
        <source>&#x3000;找零 {0}</source>
        <translation>  change {0}</translation>
    </message>
</context>
<context>
    <name>StationHeader</name>
    <message>
        <location filename="../../ui/kit/header.py" line="14"/>
        <source>当前用户：{name}（{role}）</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>StockMoveDialog</name>
    <message>
        <location filename="../../ui/parts/stock_move_dialog.py" line="28"/>
        <source>退货给供应商</source>
        <translation>Return to supplier</translation>
    </message>
    <message>
        <location filename="../../ui/parts/stock_move_dialog.py" line="28"/>
        <source>库存调整（经理）</source>
        <translation>Stock adjustment (manager)</translation>
    </message>
    <message>
        <location filename="../../ui/parts/stock_move_dialog.py" line="30"/>
        <source>退回供应商的备件按平均成本出库，生成退货单。</source>
        <translation>Parts returned to the supplier leave stock at average cost; a return note is made.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/stock_move_dialog.py" line="31"/>
        <source>盘点以外的库存更正（损坏、丢失、找到）：正数为增加，负数为减少；仅服务经理可操作。</source>
        <translation>Stock corrections outside a stock count (damaged, lost, found): positive adds, negative removes; service manager only.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/stock_move_dialog.py" line="39"/>
        <source>例如：质量问题退回</source>
        <translation>e.g. returned for a quality defect</translation>
    </message>
    <message>
        <location filename="../../ui/parts/stock_move_dialog.py" line="39"/>
        <source>例如：搬运损坏报废</source>
        <translation>e.g. damaged in handling, scrapped</translation>
    </message>
    <message>
        <location filename="../../ui/parts/stock_move_dialog.py" line="55"/>
        <source>{name} {spec}&#x3000;货位 {bin}&#x3000;库存 {qty} {unit}&#x3000;平均成本 {cost}</source>
        <translation>{name} {spec}  bin {bin}  on hand {qty} {unit}  average cost {cost}</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_stock_move.ui" line="6"/>
        <source>退货 / 库存调整</source>
        <translation>Return / stock adjustment</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_stock_move.ui" line="16"/>
        <source>零件号：</source>
        <translation>Part no.:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_stock_move.ui" line="17"/>
        <source>扫码或输入零件号，回车</source>
        <translation>Scan or type a part no., Enter</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_stock_move.ui" line="19"/>
        <source>退给供应商：</source>
        <translation>Return to supplier:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_stock_move.ui" line="21"/>
        <source>数量：</source>
        <translation>Qty:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_stock_move.ui" line="23"/>
        <source>单位成本（盘盈时）：</source>
        <translation>Unit cost (when adding):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_stock_move.ui" line="24"/>
        <source>不填按当前平均成本</source>
        <translation>Blank: current average cost</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_stock_move.ui" line="25"/>
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../ui/shell/settings_pages/store.py" line="25"/>
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
    <name>StoreTab</name>
    <message>
        <location filename="../../ui/admin/store_tab.py" line="43"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/store_tab.py" line="52"/>
        <source>选择标志图片</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/store_tab.py" line="52"/>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/store_tab.py" line="61"/>
        <source>已选标志，按“保存门店信息”生效。</source>
        <translation>Logo chosen; press &quot;Save store details&quot; to use it.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/store_tab.py" line="81"/>
        <source>门店信息已保存，打印的单据抬头随之更新。</source>
        <translation>Store details saved; printed headers follow.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/store_tab.py" line="88"/>
        <source>（预览）</source>
        <translation>(preview)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/store_tab.py" line="89"/>
        <source>单据抬头预览</source>
        <translation>Printed header preview</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../../ui/cashier/supervisor_dialog.py" line="22"/>
        <source>以下内容需要服务经理授权：</source>
        <translation>The following needs the service manager&apos;s approval:</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/supervisor_dialog.py" line="24"/>
        <source>授权</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <location filename="../../ui/parts/supplier_dialog.py" line="27"/>
        <source>新建供应商</source>
        <translation>New supplier</translation>
    </message>
    <message>
        <location filename="../../ui/parts/supplier_dialog.py" line="29"/>
        <source>修改供应商 {name}</source>
        <translation>Edit supplier {name}</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_supplier_dialog.ui" line="6"/>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_supplier_dialog.ui" line="10"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_supplier_dialog.ui" line="12"/>
        <source>联系人：</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_supplier_dialog.ui" line="14"/>
        <source>电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_supplier_dialog.ui" line="16"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_supplier_dialog.ui" line="20"/>
        <source>厂家备件中心（原厂渠道）</source>
        <translation>Manufacturer&apos;s parts centre (genuine channel)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parts_supplier_dialog.ui" line="21"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>SuppliersTab</name>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="58"/>
        <source>供应商名称</source>
        <translation>Supplier name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="62"/>
        <source>供应商</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="62"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="63"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="63"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="64"/>
        <source>厂家</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="64"/>
        <source>厂家配件中心</source>
        <translation>Maker&apos;s parts centre</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="65"/>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="65"/>
        <source>停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="65"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="73"/>
        <location filename="../../ui/admin/workshop_tab.py" line="78"/>
        <source>已保存供应商 {name}。</source>
        <translation>Supplier {name} saved.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/kit/tasks.py" line="45"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location filename="../../ui/reception/today.py" line="181"/>
        <source>把 {car} 交给客户 {customer}？
工单 {number}：钥匙、随车物品和单据已当面交还，客户已验车签字。</source>
        <translation>Hand {car} back to the customer {customer}?
Order {number}: keys, belongings and papers returned in person, the customer has checked the car and signed.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="183"/>
        <source>交车</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="118"/>
        <source>红色：已超过预计交车时间；橙色：已过 70% 需询问进度或有追加项目待答复；绿色：完工待交车；↩ 返修：同一故障返厂。取车通知：两天以内的活提前 1 小时，两天以上提前 4 小时。</source>
        <translation>Red: past the promised time; orange: past 70%, ask for progress, or added work awaiting an answer; green: finished, ready for collection; ↩ comeback: back for the same fault. Call to collect: 1 hour ahead for jobs under two days, 4 hours for longer ones.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="121"/>
        <source>工单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="121"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="121"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="122"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="122"/>
        <source>业务</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="123"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="124"/>
        <source>预计交车</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="124"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="125"/>
        <source>通知取车</source>
        <translation>Call at</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="126"/>
        <source>估价</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="127"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today.py" line="127"/>
        <source>接待</source>
        <translation>Advisor</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <location filename="../../ui/shell/upgrade_progress.py" line="28"/>
        <location filename="../../ui/shell/upgrade_progress.py" line="38"/>
        <source>升级数据库</source>
        <translation>Upgrade database</translation>
    </message>
    <message>
        <location filename="../../ui/shell/upgrade_progress.py" line="29"/>
        <source>仍要升级吗？</source>
        <translation>Upgrade anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/upgrade_progress.py" line="31"/>
        <source>数据库没有升级，本程序无法使用它。</source>
        <translation>The database was not upgraded; this program cannot use it.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/upgrade_progress.py" line="37"/>
        <source>正在备份并升级数据库，请稍候……
请不要关闭程序或电脑。</source>
        <translation>Backing up and upgrading the database, please wait...
Do not close the program or switch off the PC.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="19"/>
        <source>重置密码…</source>
        <translation>Reset password...</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="20"/>
        <source>用户名、姓名、电话或角色</source>
        <translation>User name, name, phone or role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="24"/>
        <location filename="../../ui/admin/users_tab.py" line="44"/>
        <location filename="../../ui/admin/users_tab.py" line="61"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="24"/>
        <location filename="../../ui/admin/users_tab.py" line="45"/>
        <location filename="../../ui/admin/users_tab.py" line="62"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="25"/>
        <location filename="../../ui/admin/users_tab.py" line="46"/>
        <location filename="../../ui/admin/users_tab.py" line="63"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="26"/>
        <location filename="../../ui/admin/users_tab.py" line="48"/>
        <location filename="../../ui/admin/users_tab.py" line="64"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="27"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="27"/>
        <source>停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="27"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="28"/>
        <source>优惠限额</source>
        <translation>Discount limit</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="29"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="29"/>
        <source>可见班组</source>
        <translation>Teams seen</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="30"/>
        <source>须改密码</source>
        <translation>Must change</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="30"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="31"/>
        <source>最后登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="44"/>
        <source>登录用，字母或数字</source>
        <translation>For signing in: letters or digits</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="47"/>
        <source>初始密码</source>
        <translation>First password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="47"/>
        <source>至少 6 位</source>
        <translation>At least 6 characters</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="49"/>
        <location filename="../../ui/admin/users_tab.py" line="65"/>
        <source>优惠限额（元）</source>
        <translation>Discount limit (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="56"/>
        <source>新建用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="58"/>
        <source>已新建用户 {name}。</source>
        <translation>User {name} created.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="66"/>
        <source>调度可见班组（不选为全部）</source>
        <translation>Teams a dispatcher sees (none ticked: all)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="74"/>
        <source>修改用户 {name}</source>
        <translation>Edit user {name}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="76"/>
        <source>已保存用户 {name}。</source>
        <translation>User {name} saved.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="81"/>
        <source>已停用 {name}：其他电脑上的该账号在下一步操作时退出登录。</source>
        <translation>{name} retired: signed in elsewhere, the account is signed out at its next action.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="82"/>
        <source>已启用 {name}。</source>
        <translation>{name} reactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="85"/>
        <source>临时密码</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="85"/>
        <source>至少 6 位，告诉本人</source>
        <translation>At least 6 characters; tell the person</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="86"/>
        <source>重置 {name} 的密码</source>
        <translation>Reset the password of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="89"/>
        <source>已重置 {name} 的密码：下次登录时须设置新密码。</source>
        <translation>Password of {name} reset: a new one is asked at the next sign-in.</translation>
    </message>
</context>
<context>
    <name>VinPrefixTab</name>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="68"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="69"/>
        <source>输入 VIN 或前缀：查找并解码</source>
        <translation>Type a VIN or prefix: find and decode</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="74"/>
        <location filename="../../ui/admin/models_tab.py" line="106"/>
        <source>VIN 前缀</source>
        <translation>VIN prefixes</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="74"/>
        <source>厂商（WMI）</source>
        <translation>Maker (WMI)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="75"/>
        <location filename="../../ui/admin/models_tab.py" line="99"/>
        <location filename="../../ui/admin/models_tab.py" line="107"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="85"/>
        <source>厂商：{maker}</source>
        <translation>Maker: {maker}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="85"/>
        <source>未知（{wmi}）</source>
        <translation>unknown ({wmi})</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="87"/>
        <source>车型年份：{year}</source>
        <translation>Model year: {year}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="88"/>
        <source>车型：{model}</source>
        <translation>Model: {model}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="88"/>
        <source>前缀表中没有</source>
        <translation>not in the prefix table</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="98"/>
        <source>VIN 前缀（4–11 位）</source>
        <translation>VIN prefix (4-11 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="100"/>
        <source>新建 VIN 前缀</source>
        <translation>New VIN prefix</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="103"/>
        <source>已保存：{prefix} → {model}</source>
        <translation>Saved: {prefix} -&gt; {model}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="108"/>
        <source>修改 VIN 前缀</source>
        <translation>Edit VIN prefix</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="111"/>
        <source>已保存 {prefix}。</source>
        <translation>{prefix} saved.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_tab.py" line="115"/>
        <source>已删除 VIN 前缀 {prefix}。</source>
        <translation>VIN prefix {prefix} deleted.</translation>
    </message>
</context>
<context>
    <name>WallBoard</name>
    <message>
        <location filename="../../ui/forms/workshop_wall.ui" line="6"/>
        <source>车间看板（大屏）</source>
        <translation>Workshop board (wall display)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wall.ui" line="11"/>
        <source>车间看板</source>
        <translation>Workshop board</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wall.ui" line="17"/>
        <source>红色：已超过承诺时间&#x3000;橙色：已过承诺时间的 70%，请检查进度&#x3000;按 Esc 退出大屏</source>
        <translation>Red: past the promised time   Orange: 70% of the promised time has passed, check progress   Esc leaves the wall display</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wall.py" line="93"/>
        <source>车间看板&#x3000;在厂 {n} 台&#x3000;超时 {late} 台</source>
        <translation>Workshop board   {n} cars in   {late} late</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wall.py" line="95"/>
        <source>第 {page}/{pages} 页</source>
        <translation>Page {page}/{pages}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wall.py" line="100"/>
        <source>{title} {n}</source>
        <translation>{title} {n}</translation>
    </message>
</context>
<context>
    <name>WorkshopBoard</name>
    <message>
        <location filename="../../ui/workshop/board_view.py" line="24"/>
        <source>待派工</source>
        <translation>To dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/board_view.py" line="25"/>
        <source>维修中</source>
        <translation>In work</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/board_view.py" line="26"/>
        <source>待料</source>
        <translation>Waiting for parts</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/board_view.py" line="27"/>
        <source>待客户确认</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/board_view.py" line="28"/>
        <source>待质检</source>
        <translation>QC</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/board_view.py" line="28"/>
        <source>返工</source>
        <translation>Rework</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/board_view.py" line="29"/>
        <source>待交车</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/board_view.py" line="78"/>
        <source>{title}（{n}）</source>
        <translation>{title} ({n})</translation>
    </message>
</context>
<context>
    <name>WorkshopCards</name>
    <message>
        <location filename="../../ui/workshop/cards.py" line="33"/>
        <source>{d}天</source>
        <translation>{d}d</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="34"/>
        <source>{d}天{h}时</source>
        <translation>{d}d {h}h</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="37"/>
        <source>{h}时</source>
        <translation>{h}h</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="38"/>
        <source>{h}时{m}分</source>
        <translation>{h}h {m}m</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="39"/>
        <source>{m}分</source>
        <translation>{m}m</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="44"/>
        <source>未约定交车时间</source>
        <translation>no promised time</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="46"/>
        <source>已完工</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="48"/>
        <source>超时{t}</source>
        <translation>late {t}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="49"/>
        <source>剩{t}</source>
        <translation>{t} left</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="63"/>
        <source>未派工</source>
        <translation>not dispatched</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="67"/>
        <source>等{n}组</source>
        <translation> +{n} teams</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="70"/>
        <source>等</source>
        <translation> etc.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="79"/>
        <source>待料</source>
        <translation>Waiting for parts</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="87"/>
        <source>完成 {done}/{total}</source>
        <translation>done {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="80"/>
        <source>待料：{why}</source>
        <translation>Waiting for parts: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="92"/>
        <source>{n} 项增项待客户答复</source>
        <translation>{n} added item(s) awaiting answer</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="94"/>
        <source>返工 {n} 次</source>
        <translation>reworked {n}x</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="96"/>
        <source>查进度</source>
        <translation>check progress</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="98"/>
        <source>代步车逾期</source>
        <translation>Loaner car overdue</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="106"/>
        <source>工位 {bay}</source>
        <translation>bay {bay}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="108"/>
        <source>未进工位</source>
        <translation>no bay</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="111"/>
        <source>{job} · 顾问 {advisor}</source>
        <translation>{job} · advisor {advisor}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/cards.py" line="113"/>
        <source>承诺 {at} · {left}</source>
        <translation>promised {at} · {left}</translation>
    </message>
</context>
<context>
    <name>WorkshopDayDialog</name>
    <message>
        <location filename="../../ui/workshop/day_dialog.py" line="38"/>
        <source>正在统计…</source>
        <translation>Counting...</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/day_dialog.py" line="45"/>
        <source>&lt;b&gt;进厂（接车）&lt;/b&gt; {cars_in} 台&#x3000;&lt;b&gt;完工出车间&lt;/b&gt; {cars_out} 台&#x3000;&lt;b&gt;交车&lt;/b&gt; {delivered} 台&lt;br&gt;&lt;b&gt;售出工时&lt;/b&gt; {sold} h / &lt;b&gt;可用工时&lt;/b&gt; {available} h（{ratio}）&#x3000;&lt;b&gt;打卡工时&lt;/b&gt; {clocked} h&#x3000;&lt;b&gt;效率&lt;/b&gt; {efficiency}&lt;br&gt;&lt;b&gt;质检&lt;/b&gt; 合格 {passed} 次，返工 {failed} 次&#x3000;&lt;b&gt;在厂&lt;/b&gt; {waiting}</source>
        <translation>&lt;b&gt;Cars in (received)&lt;/b&gt; {cars_in}   &lt;b&gt;Out of the workshop&lt;/b&gt; {cars_out}   &lt;b&gt;Delivered&lt;/b&gt; {delivered}&lt;br&gt;&lt;b&gt;Hours sold&lt;/b&gt; {sold} h / &lt;b&gt;available&lt;/b&gt; {available} h ({ratio})   &lt;b&gt;Clocked&lt;/b&gt; {clocked} h   &lt;b&gt;Efficiency&lt;/b&gt; {efficiency}&lt;br&gt;&lt;b&gt;QC&lt;/b&gt; passed {passed}, rework {failed}   &lt;b&gt;In the workshop&lt;/b&gt; {waiting}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/day_dialog.py" line="52"/>
        <location filename="../../ui/workshop/day_dialog.py" line="57"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/day_dialog.py" line="52"/>
        <location filename="../../ui/workshop/day_dialog.py" line="57"/>
        <source>完工项目</source>
        <translation>Lines finished</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/day_dialog.py" line="52"/>
        <location filename="../../ui/workshop/day_dialog.py" line="57"/>
        <source>售出工时</source>
        <translation>Hours sold</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/day_dialog.py" line="52"/>
        <source>可用工时</source>
        <translation>Hours available</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/day_dialog.py" line="52"/>
        <source>工时占比</source>
        <translation>Sold / available</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/day_dialog.py" line="53"/>
        <location filename="../../ui/workshop/day_dialog.py" line="58"/>
        <source>效率</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/day_dialog.py" line="53"/>
        <source>工时金额</source>
        <translation>Labour amount</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/day_dialog.py" line="57"/>
        <source>技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/day_dialog.py" line="57"/>
        <source>打卡工时</source>
        <translation>Hours clocked</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/day_dialog.py" line="58"/>
        <source>工时金额（计件）</source>
        <translation>Labour amount (piece rate)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_day.ui" line="6"/>
        <source>车间日报</source>
        <translation>Workshop day report</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_day.ui" line="9"/>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_day.ui" line="10"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_day.ui" line="14"/>
        <source>各班组完工与工时</source>
        <translation>Lines and hours per team</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_day.ui" line="16"/>
        <source>技师工时与效率（计件工资依据）</source>
        <translation>Technicians&apos; hours and efficiency (piece-rate base)</translation>
    </message>
</context>
<context>
    <name>WorkshopHistoryDialog</name>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="46"/>
        <source>合格</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="46"/>
        <source>返工</source>
        <translation>Rework</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="48"/>
        <source>质检时间</source>
        <translation>QC time</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="49"/>
        <location filename="../../ui/workshop/history_dialog.py" line="59"/>
        <source>工单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="50"/>
        <location filename="../../ui/workshop/history_dialog.py" line="60"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="51"/>
        <source>结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="53"/>
        <source>质检员</source>
        <translation>QC inspector</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="54"/>
        <source>返工原因 / 备注</source>
        <translation>Rework reason / note</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="55"/>
        <source>出厂合格证号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="58"/>
        <source>提出时间</source>
        <translation>Raised at</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="61"/>
        <source>追加项目</source>
        <translation>Added work</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="62"/>
        <source>金额</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="63"/>
        <source>提出人</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="64"/>
        <source>已等待</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="90"/>
        <source>本月终检 {n} 台，返工 {r} 台，返修率 {p}</source>
        <translation>This month: {n} cars inspected, {r} reworked, rework rate {p}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="102"/>
        <source>增项待客户答复（{n}{more}）</source>
        <translation>Added work awaiting the customer ({n}{more})</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="112"/>
        <source>请先选择一条质检记录。</source>
        <translation>Select a QC record first.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/history_dialog.py" line="116"/>
        <source>这是一次返工记录，没有出厂合格证。</source>
        <translation>This record is a rework: it has no certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_history.ui" line="8"/>
        <source>质检记录与待答复增项</source>
        <translation>QC history and added work awaiting answers</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_history.ui" line="14"/>
        <source>质检记录</source>
        <translation>QC history</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_history.ui" line="20"/>
        <source>结论：</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_history.ui" line="41"/>
        <source>重打出厂合格证 Ctrl+P</source>
        <translation>Reprint certificate Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_history.ui" line="57"/>
        <source>增项待客户答复</source>
        <translation>Added work: awaiting the customer</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_history.ui" line="61"/>
        <source>这些追加项目已转业务接待，正在等客户答复；答复“同意”前不能开工。</source>
        <translation>This added work has gone to reception and awaits the customer&apos;s answer; work cannot start before &quot;agree&quot;.</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <location filename="../../ui/workshop/page.py" line="37"/>
        <source>增项待客户答复</source>
        <translation>Added work: awaiting the customer</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="39"/>
        <source>客户拒绝</source>
        <translation>Declined by customer</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="77"/>
        <source>车间调度</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="84"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="84"/>
        <source>工时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="84"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="84"/>
        <source>技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="84"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="84"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="84"/>
        <source>计时中</source>
        <translation>On the clock</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="153"/>
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="173"/>
        <source>在厂 {n} 台，超时 {late} 台 · 刷新于 {at}</source>
        <translation>{n} in, {late} late · updated {at}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="192"/>
        <source>在看板上选择一辆车（方向键移动，回车打开接车派工）。</source>
        <translation>Pick a car on the board (arrow keys move, Enter opens dispatch).</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="195"/>
        <source>{number} · {plate} · {job} · {status} · 顾问 {advisor}</source>
        <translation>{number} · {plate} · {job} · {status} · advisor {advisor}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="223"/>
        <source>请先在看板上选择一辆车。</source>
        <translation>Pick a car on the board first.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="236"/>
        <location filename="../../ui/workshop/page.py" line="246"/>
        <source>请先选择一个维修项目。</source>
        <translation>Pick a job line first.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="249"/>
        <source>待料暂停</source>
        <translation>Pause for parts</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="249"/>
        <source>等待什么备件（待料原因）：</source>
        <translation>Which parts is it waiting for:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="273"/>
        <source>不占工位（移到停车区）</source>
        <translation>No bay (move to parking)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="276"/>
        <source>占用：{plate}</source>
        <translation>Occupied: {plate}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="276"/>
        <source>空闲</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="278"/>
        <source>当前</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="282"/>
        <source>换工位</source>
        <translation>Change bay</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="282"/>
        <source>{plate} 移到：</source>
        <translation>Move {plate} to:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="297"/>
        <source>已向仓库发出 {n} 条领料申请。</source>
        <translation>Sent {n} pick requests to the parts store.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/page.py" line="299"/>
        <source>没有需要补发的领料：备件都已申请过。</source>
        <translation>Nothing to reissue: all parts have been requested.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="14"/>
        <source>车间看板</source>
        <translation>Workshop board</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="32"/>
        <source>接车派工 F2</source>
        <translation>Dispatch F2</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="37"/>
        <source>追加项目 F3</source>
        <translation>Added work F3</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="42"/>
        <source>质检 F4</source>
        <translation>QC F4</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="123"/>
        <source>过程检验 F10</source>
        <translation>In-process check F10</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="47"/>
        <source>打印派工单 Ctrl+P</source>
        <translation>Job ticket Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="52"/>
        <source>技师打卡屏 F7</source>
        <translation>Technician clock F7</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="57"/>
        <source>质检记录·待答复 Ctrl+H</source>
        <translation>QC history · awaiting answer Ctrl+H</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="62"/>
        <source>车间日报</source>
        <translation>Workshop day report</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="67"/>
        <source>计件工资 Ctrl+J</source>
        <translation>Piece-rate wages Ctrl+J</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="72"/>
        <source>班组与工位</source>
        <translation>Teams and bays</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="77"/>
        <source>大屏模式 F11</source>
        <translation>Wall display F11</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="100"/>
        <source>所选车辆的维修项目</source>
        <translation>Job lines of the selected car</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="107"/>
        <source>在看板上选择一辆车。</source>
        <translation>Pick a car on the board.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="113"/>
        <source>换工位 F6</source>
        <translation>Change bay F6</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="118"/>
        <source>补发领料单 F8</source>
        <translation>Reissue pick list F8</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="128"/>
        <source>报检 F9</source>
        <translation>Submit for QC F9</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="146"/>
        <source>开工 Ctrl+S</source>
        <translation>Start Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="151"/>
        <source>待料暂停 Ctrl+W</source>
        <translation>Pause for parts Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="156"/>
        <source>完工 Ctrl+D</source>
        <translation>Finish Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="167"/>
        <source>技师打卡(&amp;K)：</source>
        <translation>Cloc&amp;k in:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="178"/>
        <source>上工(&amp;G)</source>
        <translation>Clock on (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_page.ui" line="183"/>
        <source>下工(&amp;X)</source>
        <translation>Clock off (&amp;X)</translation>
    </message>
</context>
<context>
    <name>WorkshopSetupDialog</name>
    <message>
        <location filename="../../ui/workshop/setup_dialog.py" line="51"/>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/setup_dialog.py" line="51"/>
        <source>停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/setup_dialog.py" line="53"/>
        <location filename="../../ui/workshop/setup_dialog.py" line="55"/>
        <location filename="../../ui/forms/workshop_setup.ui" line="9"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/setup_dialog.py" line="53"/>
        <source>班组长</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/setup_dialog.py" line="53"/>
        <source>在岗技师</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/setup_dialog.py" line="53"/>
        <location filename="../../ui/workshop/setup_dialog.py" line="55"/>
        <location filename="../../ui/workshop/setup_dialog.py" line="58"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/setup_dialog.py" line="55"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/setup_dialog.py" line="55"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/setup_dialog.py" line="55"/>
        <source>每日工时</source>
        <translation>Hours per day</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/setup_dialog.py" line="58"/>
        <location filename="../../ui/forms/workshop_setup.ui" line="23"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/setup_dialog.py" line="58"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/setup_dialog.py" line="58"/>
        <source>当前车辆</source>
        <translation>Car in bay</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/setup_dialog.py" line="105"/>
        <source>请先在列表中选择一行。</source>
        <translation>Pick a row in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="6"/>
        <source>班组、技师与工位</source>
        <translation>Teams, technicians and bays</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="12"/>
        <source>班组名称：</source>
        <translation>Team name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="12"/>
        <source>班组长：</source>
        <translation>Leader:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="13"/>
        <source>新增班组</source>
        <translation>Add team</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="14"/>
        <location filename="../../ui/forms/workshop_setup.ui" line="21"/>
        <location filename="../../ui/forms/workshop_setup.ui" line="28"/>
        <source>停用 / 启用</source>
        <translation>Retire / reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="16"/>
        <source>技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="19"/>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="19"/>
        <source>班组：</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="19"/>
        <source>等级：</source>
        <translation>Grade:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="19"/>
        <source>每日工时：</source>
        <translation>Hours per day:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="20"/>
        <source>新增技师</source>
        <translation>Add technician</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="26"/>
        <source>工位名称：</source>
        <translation>Bay name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="26"/>
        <source>类型：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_setup.ui" line="27"/>
        <source>新增工位</source>
        <translation>Add bay</translation>
    </message>
</context>
<context>
    <name>WorkshopTab</name>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="20"/>
        <source>班组、技师、工位…</source>
        <translation>Teams, technicians, bays...</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="22"/>
        <source>班组、技师或工位</source>
        <translation>Team, technician or bay</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="26"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="26"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="27"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="27"/>
        <source>级别/工位类型</source>
        <translation>Grade / bay kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="28"/>
        <source>每日工时</source>
        <translation>Hours per day</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="29"/>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="29"/>
        <source>停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="29"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/workshop_tab.py" line="46"/>
        <source>班组、技师和工位已更新。</source>
        <translation>Teams, technicians and bays updated.</translation>
    </message>
</context>
<context>
    <name>WorkshopWagesDialog</name>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="89"/>
        <source>正在计算…</source>
        <translation>Calculating...</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="106"/>
        <source>&lt;b&gt;{start} 至 {end}&lt;/b&gt;（{days} 天）&#x3000;计件单价 {rate} 元/工时&#x3000;&lt;b&gt;计件工时&lt;/b&gt; {hours} h&#x3000;&lt;b&gt;计件工资&lt;/b&gt; {pay}&#x3000;&lt;b&gt;返修&lt;/b&gt; {comebacks} 次，扣回 {deducted} h / {deduction}&#x3000;&lt;b&gt;应发合计&lt;/b&gt; {net}</source>
        <translation>&lt;b&gt;{start} to {end}&lt;/b&gt; ({days} days)  Piece rate {rate} yuan/hour  &lt;b&gt;Piece hours&lt;/b&gt; {hours} h  &lt;b&gt;Piece pay&lt;/b&gt; {pay}  &lt;b&gt;Comebacks&lt;/b&gt; {comebacks}, taken back {deducted} h / {deduction}  &lt;b&gt;Total payable&lt;/b&gt; {net}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="113"/>
        <location filename="../../ui/workshop/wages_dialog.py" line="121"/>
        <location filename="../../ui/workshop/wages_dialog.py" line="130"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="113"/>
        <location filename="../../ui/workshop/wages_dialog.py" line="130"/>
        <source>技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="113"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="113"/>
        <location filename="../../ui/workshop/wages_dialog.py" line="121"/>
        <source>完工项目</source>
        <translation>Lines finished</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="113"/>
        <location filename="../../ui/workshop/wages_dialog.py" line="121"/>
        <source>计件工时</source>
        <translation>Piece hours</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="114"/>
        <location filename="../../ui/workshop/wages_dialog.py" line="121"/>
        <location filename="../../ui/forms/workshop_wages.ui" line="6"/>
        <source>计件工资</source>
        <translation>Piece-rate pay</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="114"/>
        <location filename="../../ui/workshop/wages_dialog.py" line="121"/>
        <source>返修工时（不计件）</source>
        <translation>Comeback hours (unpaid)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="114"/>
        <location filename="../../ui/workshop/wages_dialog.py" line="122"/>
        <source>返修次数</source>
        <translation>Comebacks</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="114"/>
        <location filename="../../ui/workshop/wages_dialog.py" line="122"/>
        <location filename="../../ui/workshop/wages_dialog.py" line="131"/>
        <source>扣回工时</source>
        <translation>Hours taken back</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="115"/>
        <location filename="../../ui/workshop/wages_dialog.py" line="122"/>
        <source>返修扣款</source>
        <translation>Comeback deduction</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="115"/>
        <location filename="../../ui/workshop/wages_dialog.py" line="122"/>
        <source>应发计件工资</source>
        <translation>Piece pay payable</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="126"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="130"/>
        <source>返修工单</source>
        <translation>Comeback order</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="130"/>
        <source>开单时间</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="130"/>
        <source>原工单</source>
        <translation>Original order</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="130"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="131"/>
        <source>扣款</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="135"/>
        <location filename="../../ui/forms/workshop_wages.ui" line="36"/>
        <source>返修扣回</source>
        <translation>Comebacks taken back</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="140"/>
        <source>（未指定技师）</source>
        <translation>(no technician)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="142"/>
        <source>{name}（已停用）</source>
        <translation>{name} (retired)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="182"/>
        <source>计件工资_{start}_{end}.xlsx</source>
        <translation>piece-wages_{start}_{end}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="184"/>
        <source>导出计件工资</source>
        <translation>Export piece-rate wages</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="184"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="189"/>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/wages_dialog.py" line="190"/>
        <source>正在导出计件工资…</source>
        <translation>Exporting piece-rate wages...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wages.ui" line="9"/>
        <source>从(&amp;F)：</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wages.ui" line="10"/>
        <location filename="../../ui/forms/workshop_wages.ui" line="12"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wages.ui" line="11"/>
        <source>至(&amp;T)：</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wages.ui" line="13"/>
        <source>本月(&amp;M)</source>
        <translation>This &amp;month</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wages.ui" line="14"/>
        <source>上月(&amp;L)</source>
        <translation>&amp;Last month</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wages.ui" line="16"/>
        <source>计件单价（元/工时）(&amp;R)：</source>
        <translation>Piece &amp;rate (yuan/hour):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wages.ui" line="18"/>
        <source>保存单价(&amp;S)</source>
        <translation>&amp;Save rate</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wages.ui" line="21"/>
        <source>color: #c62828;</source>
        <translation>color: #c62828;</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wages.ui" line="24"/>
        <source>技师计件</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wages.ui" line="30"/>
        <source>班组汇总</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wages.ui" line="42"/>
        <source>计件工资 = 完工项目的定额工时 × 计件单价；返修工单不计件，并按原工单工时从原技师扣回。</source>
        <translation>Piece pay = standard hours of the jobs finished × piece rate; work on a comeback is not paid, and the original order&apos;s hours are taken back from the technicians who did it.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wages.ui" line="42"/>
        <source>color: #555;</source>
        <translation>color: #555;</translation>
    </message>
    <message>
        <location filename="../../ui/forms/workshop_wages.ui" line="44"/>
        <source>导出 Excel (Ctrl+E)</source>
        <translation>Export to Excel (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../ui/kit/labels.py" line="15"/>
        <location filename="../../ui/kit/labels.py" line="79"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="15"/>
        <location filename="../../ui/kit/labels.py" line="22"/>
        <source>待派工</source>
        <translation>To dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="16"/>
        <location filename="../../ui/kit/labels.py" line="23"/>
        <source>维修中</source>
        <translation>In repair</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="16"/>
        <source>待料</source>
        <translation>Waiting for parts</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="17"/>
        <source>待客户确认</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="17"/>
        <source>质检</source>
        <translation>QC</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="18"/>
        <source>返工</source>
        <translation>Rework</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="18"/>
        <location filename="../../ui/kit/labels.py" line="24"/>
        <source>完工</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="19"/>
        <source>已结算</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="19"/>
        <source>已交车</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="20"/>
        <location filename="../../ui/kit/labels.py" line="24"/>
        <location filename="../../ui/kit/labels.py" line="58"/>
        <location filename="../../ui/kit/labels.py" line="84"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="22"/>
        <source>待确认</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="23"/>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="26"/>
        <source>保养</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="26"/>
        <source>一般维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="27"/>
        <source>事故车</source>
        <translation>Accident</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="27"/>
        <source>保修索赔</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="28"/>
        <source>返修</source>
        <translation>Comeback</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="28"/>
        <location filename="../../ui/kit/labels.py" line="34"/>
        <source>内部</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="30"/>
        <source>工时</source>
        <translation>Labour</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="30"/>
        <source>材料</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="31"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="33"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="33"/>
        <location filename="../../ui/kit/labels.py" line="50"/>
        <source>保险公司</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="34"/>
        <location filename="../../ui/kit/labels.py" line="50"/>
        <source>厂家索赔</source>
        <translation>Manufacturer claim</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="36"/>
        <source>原厂</source>
        <translation>Genuine</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="36"/>
        <source>同质</source>
        <translation>Equivalent</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="37"/>
        <source>修复</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="37"/>
        <source>副厂</source>
        <translation>Aftermarket</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="39"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="39"/>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="40"/>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="40"/>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="41"/>
        <source>转账</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="41"/>
        <source>会员余额</source>
        <translation>Member balance</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="42"/>
        <source>定金抵扣</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="42"/>
        <source>单位挂账</source>
        <translation>On account</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="43"/>
        <location filename="../../ui/kit/labels.py" line="100"/>
        <source>套餐卡</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="45"/>
        <location filename="../../ui/kit/labels.py" line="101"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="45"/>
        <location filename="../../ui/kit/labels.py" line="48"/>
        <source>已冲销</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="47"/>
        <source>未收</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="47"/>
        <source>部分</source>
        <translation>Partly collected</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="48"/>
        <source>已收</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="51"/>
        <location filename="../../ui/kit/labels.py" line="115"/>
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="51"/>
        <location filename="../../ui/kit/labels.py" line="115"/>
        <source>个人</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="53"/>
        <source>整车修理</source>
        <translation>Vehicle overhaul</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="53"/>
        <source>总成修理</source>
        <translation>Assembly overhaul</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="54"/>
        <source>二级维护</source>
        <translation>Second-level maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="54"/>
        <source>一级维护</source>
        <translation>First-level maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="55"/>
        <source>小修</source>
        <translation>Minor repair</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="55"/>
        <source>专项修理</source>
        <translation>Special repair</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="57"/>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="57"/>
        <source>已到店</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="58"/>
        <source>未到</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="60"/>
        <source>待答复</source>
        <translation>Awaiting answer</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="60"/>
        <source>同意</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="61"/>
        <source>拒绝</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="63"/>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="63"/>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="64"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="66"/>
        <source>待回访</source>
        <translation>To call</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="66"/>
        <source>未接通</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="67"/>
        <source>已回访</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="67"/>
        <source>放弃</source>
        <translation>Given up</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="69"/>
        <source>处理中</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="69"/>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="70"/>
        <location filename="../../ui/kit/labels.py" line="81"/>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="72"/>
        <source>待提交</source>
        <translation>To submit</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="72"/>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="73"/>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="73"/>
        <source>已拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="74"/>
        <source>已回款</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="76"/>
        <source>在库</source>
        <translation>In store</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="76"/>
        <source>已返厂</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="77"/>
        <source>已报废</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="79"/>
        <source>已下单</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="80"/>
        <source>部分到货</source>
        <translation>Partly received</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="80"/>
        <source>已完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="83"/>
        <source>待发料</source>
        <translation>To issue</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="83"/>
        <source>部分发料</source>
        <translation>Partly issued</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="84"/>
        <source>已发料</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="86"/>
        <source>盘点中</source>
        <translation>Counting</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="86"/>
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="87"/>
        <source>已过账</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="87"/>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="89"/>
        <source>待审核</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="89"/>
        <source>已入账</source>
        <translation>Booked in</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="91"/>
        <location filename="../../ui/kit/labels.py" line="96"/>
        <source>期初</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="91"/>
        <source>入库</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="92"/>
        <source>出库</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="92"/>
        <source>退库</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="93"/>
        <source>退货</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="93"/>
        <source>调整</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="94"/>
        <source>盘点</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="96"/>
        <source>消费</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="97"/>
        <source>冲销退回</source>
        <translation>Refunded on reversal</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="97"/>
        <source>充值</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="98"/>
        <source>赠送</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="100"/>
        <source>储值卡</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="101"/>
        <source>已退</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="102"/>
        <source>退卡</source>
        <translation>Card returned</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="104"/>
        <source>普通发票</source>
        <translation>Ordinary invoice</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="104"/>
        <source>增值税专用发票</source>
        <translation>VAT special invoice</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="105"/>
        <source>数电发票</source>
        <translation>Digital invoice</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="105"/>
        <source>正常</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="106"/>
        <source>已红冲</source>
        <translation>Red-lettered</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="108"/>
        <source>借出</source>
        <translation>On loan</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="108"/>
        <source>已还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="110"/>
        <source>服务顾问</source>
        <translation>Service Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="110"/>
        <source>车间调度</source>
        <translation>Dispatcher</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="111"/>
        <source>质检员</source>
        <translation>Quality Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="111"/>
        <source>备件仓库员</source>
        <translation>Storekeeper</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="112"/>
        <source>收银员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="112"/>
        <source>客服专员</source>
        <translation>Customer Care Agent</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="113"/>
        <source>服务经理</source>
        <translation>Service Manager</translation>
    </message>
    <message>
        <location filename="../../ui/kit/labels.py" line="113"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
</TS>

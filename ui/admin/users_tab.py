"""系统管理 → 用户: accounts with search; 新建, 修改 (name, role, phone, discount limit, the teams a
dispatcher sees), 停用/启用 (takes effect at once on every PC: storage.plumbing.session), 重置密码 (a
temporary one the person replaces at the next login), Excel export."""
from storage.admin import users
from storage.models import Team
from storage.rules import auth
from ui.admin.list_tab import ListTab
from ui.admin.record_dialog import Field, RecordDialog
from ui.kit.format import money_text, when
from ui.kit.paged_model import CENTER, RIGHT, Column
from ui.shell.i18n import role_label


class UsersTab(ListTab):
    export_name = "用户"

    def __init__(self, *, user, parent=None):
        super().__init__(user=user, parent=parent)
        self.ui.extraButton.setText(self.tr("重置密码…"))
        self.ui.searchEdit.setPlaceholderText(self.tr("用户名、姓名、电话或角色"))
        self.reload()

    def columns(self):
        return [Column("username", self.tr("用户名"), width=110), Column("display_name", self.tr("姓名"), width=90),
                Column(lambda r: role_label(r["role"]), self.tr("角色"), width=90),
                Column("phone", self.tr("电话"), width=110),
                Column(lambda r: self.tr("启用") if r["active"] else self.tr("停用"), self.tr("状态"), align=CENTER, width=60),
                Column("discount_limit", self.tr("优惠限额"), align=RIGHT, fmt=money_text, width=90),
                Column(lambda r: r["teams"] or (self.tr("全部") if r["role"] == auth.DISPATCHER else ""), self.tr("可见班组"), width=140),
                Column(lambda r: self.tr("须改密码") if r["must_change_password"] else "", self.tr("密码"), width=70),
                Column("last_login_at", self.tr("最后登录"), fmt=when)]

    def fetch(self, text, cursor, limit):
        return users.users_page(self.user, text, after=cursor, limit=limit)

    def _roles(self):
        roles = auth.ROLES if self.user.role == auth.ADMIN else [r for r in auth.ROLES if r != auth.ADMIN]
        return [(role_label(r), r) for r in roles]

    def _teams(self):
        return [(t.name, t.id) for t in Team.select().where(Team.active).order_by(Team.name)]

    def create(self):
        fields = [Field("username", self.tr("用户名"), placeholder=self.tr("登录用，字母或数字")),
                  Field("display_name", self.tr("姓名")),
                  Field("role", self.tr("角色"), "combo", auth.ADVISOR, self._roles()),
                  Field("password", self.tr("初始密码"), "password", placeholder=self.tr("至少 6 位")),
                  Field("phone", self.tr("电话")),
                  Field("discount_limit", self.tr("优惠限额（元）"), value="0")]

        def save(v):
            created = auth.create_user(self.user, v["username"], v["display_name"], v["role"], v["password"])
            extra = {k: v[k] for k in ("phone", "discount_limit") if v[k] not in ("", "0")}
            return auth.update_user(self.user, created.id, created.version, **extra) if extra else created

        dialog = RecordDialog(title=self.tr("新建用户"), fields=fields, save=save, parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已新建用户 {name}。").format(name=dialog.result_value.username)

    def edit(self, row):
        fields = [Field("username", self.tr("用户名"), value=row["username"], enabled=False),
                  Field("display_name", self.tr("姓名"), value=row["display_name"]),
                  Field("role", self.tr("角色"), "combo", row["role"], self._roles(), enabled=row["id"] != self.user.id),
                  Field("phone", self.tr("电话"), value=row["phone"]),
                  Field("discount_limit", self.tr("优惠限额（元）"), value=str(row["discount_limit"])),
                  Field("team_ids", self.tr("调度可见班组（不选为全部）"), "checks", row["team_ids"], self._teams())]

        def save(v):
            v.pop("username")
            if row["id"] == self.user.id:
                v.pop("role")
            return auth.update_user(self.user, row["id"], row["version"], **v)

        dialog = RecordDialog(title=self.tr("修改用户 {name}").format(name=row["username"]), fields=fields, save=save, parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已保存用户 {name}。").format(name=row["username"])

    def toggle(self, row):
        auth.update_user(self.user, row["id"], row["version"], active=not row["active"])
        if row["active"]:
            return self.tr("已停用 {name}：其他电脑上的该账号在下一步操作时退出登录。").format(name=row["username"])
        return self.tr("已启用 {name}。").format(name=row["username"])

    def extra(self, row):
        fields = [Field("password", self.tr("临时密码"), "password", placeholder=self.tr("至少 6 位，告诉本人"))]
        dialog = RecordDialog(title=self.tr("重置 {name} 的密码").format(name=row["username"]), fields=fields,
                              save=lambda v: users.reset_password(self.user, row["id"], v["password"]), parent=self)
        if dialog.exec() == RecordDialog.DialogCode.Accepted:
            return self.tr("已重置 {name} 的密码：下次登录时须设置新密码。").format(name=row["username"])

    def export_to(self, path, text):
        return users.export_users(self.user, path, text)

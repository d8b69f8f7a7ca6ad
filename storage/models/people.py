"""Users, roles, store settings, the audit log and document numbering."""
import peewee

from storage.models.base import BaseModel, MoneyField, VersionedModel, now


class User(VersionedModel):
    """A person who logs in. `role` is one of storage.rules.auth.ROLES."""

    LABEL = "用户"
    username = peewee.CharField(max_length=32, unique=True)
    display_name = peewee.CharField(max_length=32)
    role = peewee.CharField(max_length=16, index=True)
    password_hash = peewee.CharField(max_length=255)
    phone = peewee.CharField(max_length=20, default="")
    active = peewee.BooleanField(default=True)
    failed_logins = peewee.IntegerField(default=0)
    locked_until = peewee.DateTimeField(null=True)
    last_login_at = peewee.DateTimeField(null=True)
    # Limits the manager sets (discount a cashier or advisor may give without approval).
    discount_limit = MoneyField()
    created_at = peewee.DateTimeField(default=now)
    # 系统管理: a password the administrator reset is a temporary one; the login asks for a new one.
    must_change_password = peewee.BooleanField(default=False)
    # The teams a dispatcher's board shows, as "1,4" (team ids); empty: every team.
    team_ids = peewee.CharField(max_length=200, default="")

    def label(self) -> str:
        return f"用户 {self.display_name}（{self.username}）"


class Approval(BaseModel):
    """A one-use approval (授权): `approver` typed their name and password for one `purpose`
    (storage.rules.auth.APPROVALS) at the station of `requested_by`; the action it was for uses it up
    (used_at, used_by, used_for) in its own transaction. Valid until `expires_at`."""

    token = peewee.CharField(max_length=64, unique=True)
    purpose = peewee.CharField(max_length=32)
    approver = peewee.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    requested_by = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    created_at = peewee.DateTimeField(default=now)
    expires_at = peewee.DateTimeField()
    used_at = peewee.DateTimeField(null=True)
    used_by = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    used_for = peewee.CharField(max_length=200, default="")

    @property
    def approver_name(self) -> str:
        return self.approver.display_name

    def label(self) -> str:
        return f"授权 {self.id}"


class Setting(BaseModel):
    """Store-wide settings as key/value JSON text; typed access in storage.rules.settings."""

    key = peewee.CharField(max_length=64, primary_key=True)
    value = peewee.TextField()
    updated_at = peewee.DateTimeField(default=now)
    updated_by = peewee.CharField(max_length=64, default="")


class AuditLog(BaseModel):
    """Who did what, when, to which record, with the values before and after (JSON).
    The program only ever inserts here."""

    at = peewee.DateTimeField(default=now, index=True)
    user = peewee.ForeignKeyField(User, null=True, backref="audit_rows", on_delete="RESTRICT")
    username = peewee.CharField(max_length=32, default="")
    action = peewee.CharField(max_length=48, index=True)
    entity = peewee.CharField(max_length=32)
    entity_id = peewee.CharField(max_length=40, default="")
    before = peewee.TextField(default="")
    after = peewee.TextField(default="")
    note = peewee.TextField(default="")

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


class DocumentCounter(BaseModel):
    """Running numbers per document kind and day: WO20261124-0001, ST20261124-0001, ..."""

    kind = peewee.CharField(max_length=16)
    day = peewee.CharField(max_length=8)
    last = peewee.IntegerField(default=0)

    class Meta:
        primary_key = peewee.CompositeKey("kind", "day")

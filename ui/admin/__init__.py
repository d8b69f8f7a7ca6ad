"""系统管理 (ui.admin.page): one module per tab; the rules are storage.admin's."""

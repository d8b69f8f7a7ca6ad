"""系统管理 (ui.stations.admin): one module per tab; the rules are storage.admin's."""

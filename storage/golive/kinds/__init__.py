"""One module per kind of go-live import, found by storage.golive.importing.kinds() (pkgutil; no
registry: a kind is added by adding a module). Each module defines:

    KIND: str        "customers", "vehicles", "history", "receivables", "balances"
    LABEL: str       客户 / 车辆 / 维修历史 / 期初应收 / 会员余额
    ORDER: int       import order (customers 10, vehicles 20, history 30, receivables 40, balances 50)
    FIELDS: dict[str, tuple[str, ...]]   field -> header names that map to it (as a dealer DMS export
                                         names it in Chinese, then English); the first is the label
    REQUIRED: tuple[str, ...]            fields a mapping must have
    TABLES: tuple[str, ...] (optional)   tables whose statistics are refreshed after a real import
    def check(row: dict[str, str], seen: dict) -> dict
        row: field -> cell text ('' when empty). Raise storage.rules.errors.DomainError with a Chinese reason
        for a bad row; return the cleaned values. `seen`: per file, for duplicates within the file.
    def apply(user, rows: list[dict]) -> dict[str, int]
        inside the file's one transaction: match existing records, write, audit; counts by outcome.
"""

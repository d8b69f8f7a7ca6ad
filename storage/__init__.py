"""The after-sales department's records and rules. Plain Python: never imports Qt.

Windows, scripts and tests call the actions in the submodules (archive, auth, ...) and get the same
rules and the same Chinese error messages (storage.rules.errors.DomainError).
"""
from storage.models import User
from storage.plumbing import stations
from storage.plumbing.db import close_database, database, open_database, transaction
from storage.rules import auth, settings
from storage.store.upgrade import ensure_schema

PROGRAM_VERSION = "0.1.0"


def open_store(url: str, *, upgrade_without_backup: bool = False):
    """Open (and create, or back up and migrate) the database the URL names. Raises DatabaseProblem;
    storage.store.upgrade.UpgradeNeedsConfirmation when an upgrade cannot take a backup first.

    The process is then one of the store's stations (storage.plumbing.stations) until close_store() or its
    end: a restore or an upgrade elsewhere is refused while it has the store open."""
    db = open_database(url)
    ensure_schema(PROGRAM_VERSION, upgrade_without_backup=upgrade_without_backup)
    stations.join(db)
    return db


def close_store() -> None:
    """The program is done with the store: this thread's connection closed, and this PC no longer
    counted as a station that has it open."""
    close_database()
    stations.leave()


def is_first_run() -> bool:
    return not User.select().exists()


def first_run_setup(*, store_name: str, address: str, phone: str, admin_username: str, admin_name: str, admin_password: str):
    """The first-run wizard's one action: store details and the administrator, all or nothing."""
    store_name = settings.clean_store_detail("store.name", store_name)
    phone = settings.clean_store_detail("store.phone", phone)
    with transaction():
        admin = auth.create_user(None, admin_username, admin_name, auth.ADMIN, admin_password)
        settings.put(admin, "store.name", store_name)
        settings.put(admin, "store.address", address)
        settings.put(admin, "store.phone", phone)
    return admin


__all__ = ["PROGRAM_VERSION", "open_store", "close_store", "close_database", "database", "is_first_run", "first_run_setup"]

"""系统管理 (administration) for the administrator and the service manager: what a store sets up
before it goes live and keeps up afterwards. Every action checks its permission and writes an
audit row; the windows (ui/admin/) only call these.

    users     users_page, reset_password (temporary; the login asks for a new one), set_new_password,
              permission_table, export_users; create/update are storage.rules.auth's
    vehicles  save_vehicle_model, models_page, decode_vin (WMI maker, position-10 year, the store's
              VIN-prefix model), save_vin_prefix, delete_vin_prefix, prefixes_page, export_models
    labour    labour_page, export_labour, import_labour (all rows or none); save_labour_item is
              storage.reception.packages'
    checklist checklist(): the go-live list (store, users, models, labour, packages, printers, backup)
    store     storage.rules.settings.save_store, logo_bytes
"""

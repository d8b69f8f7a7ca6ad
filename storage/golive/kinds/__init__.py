"""One module per import kind (customers, vehicles, history, receivables, balances), discovered by
the machinery with pkgutil.iter_modules: a kind is added by adding a module here."""

"""Go-live (issue 16): taking over the old system's data. storage.golive.importing reads a file, checks
every row with its kind's check() and applies the whole file as one transaction; storage.golive.kinds
holds one module per kind of data (customers, vehicles, history, receivables, balances)."""

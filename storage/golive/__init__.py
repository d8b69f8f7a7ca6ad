"""Going live (issue 16): taking over the old system's data. The import kinds live in
storage/golive/kinds/, one module each (the interface: KIND, LABEL, ORDER, FIELDS, REQUIRED,
check(row, seen), apply(user, rows)); the machinery that discovers and runs them is importing.py."""

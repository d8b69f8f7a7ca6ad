"""结算收银 station: one widget per tab (settle, settlements, receivables, day-end) and their dialogs."""

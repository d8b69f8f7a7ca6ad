"""Rules every station shares: who may do what, money, the identifiers people type, privacy, the
store's settings, the work order's states and the vocabulary stored in the database."""

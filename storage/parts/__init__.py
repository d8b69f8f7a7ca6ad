"""Parts warehouse (备件仓库): catalogue, stock ledger, purchasing, counts, import, reports.

The API summary is in storage.parts.stock's docstring."""

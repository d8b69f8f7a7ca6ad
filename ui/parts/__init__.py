"""The parts warehouse station's tabs and dialogs (备件仓库): catalogue, issuing, receiving, counts,
lists and the catalogue import. Every rule lives in storage.parts; these widgets only call it."""

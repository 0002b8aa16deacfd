"""Signed packages between installations (keys, format, export, verify, import, merge).

The package format arrives with the signed-packages issue; this package exists now so the
dependency rule (sync never imports Qt or desktop.ui) is enforced from the first commit."""

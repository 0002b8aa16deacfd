"""Shared test set-up: Qt runs offscreen, and no test ever touches the user's real data."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CCHC_DATA_DIR", None)
os.environ.setdefault("CCHC_LANG", "vi")


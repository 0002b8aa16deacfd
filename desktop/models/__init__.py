"""Domain and storage: dataclasses, services (one function per user action), the SQLite
workspace and its migrations. Nothing here imports Qt."""

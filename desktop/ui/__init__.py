"""Qt widgets only: windows, dialogs, the database thread, prompts. No SQL here: every read
and write is a call into `desktop.models` services, run on the database thread."""

"""The conversation sidebar: list, search, rename, trash with Undo."""

"""Qt-free rendering of the transcript: Markdown, highlighted code, maths, message markup."""

"""The window's fixed texts: the welcome and ready pages and the shortcut list (marked for
translation; translated where shown, in the "Welcome" and "Shortcuts" contexts)."""

from desktop.core.i18n import QT_TRANSLATE_NOOP

WELCOME = QT_TRANSLATE_NOOP(
    "Welcome",
    """
<div class="welcome">
<h1>Welcome to Qwen Desk</h1>
<p>Chat with Qwen models that run entirely on this computer. Nothing you type leaves it.</p>
<ol>
<li><b>Open a model you already have</b>: <i>File ▸ Open model…</i> (Ctrl+O) and pick a
<code>.gguf</code> file, or choose one in the model picker below.</li>
<li><b>Or download one</b>: <i>Models ▸ Model library</i> (Ctrl+Shift+L) shows which Qwen
models fit this computer — for chat, code and maths — and downloads them, resumable and
verified. It also finds models other apps (LM Studio, Ollama, the Hugging Face cache)
already put on this disk.</li>
<li>Type your message below and press Enter.</li>
</ol>
</div>
""",
)

READY = QT_TRANSLATE_NOOP(
    "Welcome",
    """
<div class="welcome">
<h1>{name}</h1>
<p>Ready. Ask anything: explain a concept, write or fix code, work through a maths problem.
Pick <b>Coder</b> or <b>Maths</b> below for a tuned system prompt{thinking}.</p>
</div>
""",
)

SHORTCUTS = [
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New chat")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Open a GGUF model")),
    ("Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "Search chats")),
    ("F2", QT_TRANSLATE_NOOP("Shortcuts", "Rename the selected chat")),
    ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected chat (Undo available)")),
    (
        "Enter",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Send (Shift+Enter: new line); also when editing a sent message"
        ),
    ),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Stop the reply; cancel editing a sent message")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Focus the message box")),
    (
        "F6",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Next pane: chats, transcript, message box (Shift+F6: back)"
        ),
    ),
    ("Ctrl+Shift+L", QT_TRANSLATE_NOOP("Shortcuts", "Model library")),
    ("Ctrl+M", QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the resource meters")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "This list")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
]

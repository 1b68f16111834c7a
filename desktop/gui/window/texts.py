"""The window's fixed texts: the welcome and ready pages and the shortcut list."""

WELCOME = """
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
"""

READY = """
<div class="welcome">
<h1>{name}</h1>
<p>Ready. Ask anything: explain a concept, write or fix code, work through a maths problem.
Pick <b>Coder</b> or <b>Maths</b> below for a tuned system prompt{thinking}.</p>
</div>
"""

SHORTCUTS = [
    ("Ctrl+N", "New chat"),
    ("Ctrl+O", "Open a GGUF model"),
    ("Ctrl+K", "Search chats"),
    ("F2", "Rename the selected chat"),
    ("Delete", "Delete the selected chat (Undo available)"),
    ("Enter", "Send (Shift+Enter: new line); also when editing a sent message"),
    ("Esc", "Stop the reply; cancel editing a sent message"),
    ("Ctrl+L", "Focus the message box"),
    ("F6", "Next pane: chats, transcript, message box (Shift+F6: back)"),
    ("Ctrl+Shift+L", "Model library"),
    ("Ctrl+M", "Show or hide the resource meters"),
    ("Ctrl+,", "Settings"),
    ("F1", "This list"),
    ("Ctrl+Q", "Quit"),
]

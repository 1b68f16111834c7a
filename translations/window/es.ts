<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <source>Qwen Desk cannot open its chat history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Waiting for an API request to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model first: File ▸ Open model… (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarising the conversation for a new chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation needs about {needed} tokens, but the model&apos;s context holds {size}. Nothing was cut; choose how to continue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message alone needs about {needed} tokens, more than the model&apos;s context of {size} holds. Nothing was cut; choose how to continue:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message>
        <source>This chat&apos;s own sampling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>Type a message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reply can be regenerated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reply is not in the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited message went missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtWebEngine could not be loaded ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages, as a list. Tab reaches each message&apos;s buttons; F6 moves to the message box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeRuns</name>
    <message>
        <source>Exit status 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running code needs the Python runner, which is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Python runner is off. Switch it on in Settings ▸ Tools to run code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code could not be run: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking budget: most tokens to think before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the model think before it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking: always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model always thinks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model answers without thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a model to choose thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send  ➤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a model to start chatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Qwen (Enter to send, Shift+Enter: new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Qwen (Ctrl+Enter to send)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerFiles</name>
    <message>
        <source>{name} is a folder; drop the files inside it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size}; files up to {limit} can be added to a message. Paste the part you need instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text file, so it was not added. Only text and code files (.txt, .md, .py, .json, .csv …) can go into a message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a model server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat with a model served by vLLM, SGLang, llama.cpp&apos;s llama-server, Ollama, LM Studio or another Qwen Desk. Give the server&apos;s OpenAI-compatible address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode is on: only a server on this computer can be reached. Turn offline mode off to use one on another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking {address} for its models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists no models. Check that a model is loaded there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be kept in the keychain ({error}); it is used this time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Could not collect the diagnostics ({error}). Try again; if it keeps failing, attach the log files to the report instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditBox</name>
    <message>
        <source>Edit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your message; saving sends it again as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;&amp; resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter to resend · Shift+Enter for a new line · Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter to resend · Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineRunner</name>
    <message>
        <source>Qwen Desk is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be prepared: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation needs about {needed} tokens, but the model&apos;s context holds {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>thinking on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always thinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export all chats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download a recommended model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unload model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free the memory the loaded model takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus &amp;message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Qwen Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model yet. Download the model recommended for this computer, or browse the library (it also finds models other apps already downloaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download recommended model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message deleted (with what followed it). It stays in the trash until you empty it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply (Esc) before resending an edited message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat with a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the oldest turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload with {size} context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten my message to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {model}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {model} at {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {engine} · context {size} · {thinking}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load with {size} context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was unloaded to make room; no model is loaded now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load {name} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qwen Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qwen models on your own computer, offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maths</name>
    <message>
        <source>Could not typeset: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open GGUF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free the memory the model takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainTranscript</name>
    <message>
        <source>Conversation transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainView</name>
    <message>
        <source>Rich transcript unavailable: {reason}; showing plain view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <source>System prompt and sampling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt preset

{prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplingBox</name>
    <message>
        <source>Load a model to see the values its card recommends; Qwen3&apos;s are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count} tokens per reply (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the model&apos;s recommended values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: each reply uses what the loaded model&apos;s card (or your Settings) recommends, for thinking and non-thinking replies alike. Off: this chat keeps its own values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed and text give the same reply; Random: a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These values apply, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat&apos;s own values apply to every reply in it, on any model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended instead:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected chat (Undo available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Shift+Enter: new line); also when editing a sent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply; cancel editing a sent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pane: chats, transcript, message box (Shift+F6: back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the resource meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Qwen Desk is already running: its window was brought forward to open {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qwen Desk is already running: its window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qwen Desk is already running (process {pid}) with this history, but it does not answer. Close it, or end that process, and start Qwen Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qwen Desk is already running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System prompt and sampling: {preset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit system prompt and sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {preset} preset tells the model how to behave in this chat. Changes apply to the next message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCards</name>
    <message>
        <source>allowed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always in this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on this computer in a separate process, in a fresh temporary folder that is removed afterwards, with a time limit and an output limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory and file sizes are limited; the network is cut off where the kernel allows unprivileged namespaces (otherwise blocked on a best-effort basis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File sizes are limited; macOS ignores the memory limit, and the network is blocked on a best-effort basis only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory is limited; the network is blocked on a best-effort basis only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files outside the folder are not hidden: it is not a sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {name} from the {server} server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all (%n more line(s), {size})</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call {name}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this Python code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output · running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output · ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output · failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output · ran in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output · failed in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsBar</name>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Python (Qwen2.5-Math)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model cannot use tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s chat template has no tool support, so tools are not offered to it (it would ignore them). Load a model that knows tools, such as Qwen3 or Qwen2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools on · {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools on · none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools offered to the model: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools are on but none is available: switch the Python runner or an MCP server on in Settings ▸ Tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qwen2.5-Math writes Python and Qwen Desk runs it (asking first, like the python tool), then the model goes on with the output: tool-integrated reasoning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the Python runner on in Settings ▸ Tools to let Qwen2.5-Math use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp; resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought · {tokens}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at the length limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long message ({size} K characters), shown as plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebTranscript</name>
    <message>
        <source>Conversation transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>; switch &lt;b&gt;Thinking&lt;/b&gt; on for harder questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;div class=&quot;welcome&quot;&gt;
&lt;h1&gt;Welcome to Qwen Desk&lt;/h1&gt;
&lt;p&gt;Chat with Qwen models that run entirely on this computer. Nothing you type leaves it.&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Open a model you already have&lt;/b&gt;: &lt;i&gt;File ▸ Open model…&lt;/i&gt; (Ctrl+O) and pick a
&lt;code&gt;.gguf&lt;/code&gt; file, or choose one in the model picker below.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Or download one&lt;/b&gt;: &lt;i&gt;Models ▸ Model library&lt;/i&gt; (Ctrl+Shift+L) shows which Qwen
models fit this computer — for chat, code and maths — and downloads them, resumable and
verified. It also finds models other apps (LM Studio, Ollama, the Hugging Face cache)
already put on this disk.&lt;/li&gt;
&lt;li&gt;Type your message below and press Enter.&lt;/li&gt;
&lt;/ol&gt;
&lt;/div&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;div class=&quot;welcome&quot;&gt;
&lt;h1&gt;{name}&lt;/h1&gt;
&lt;p&gt;Ready. Ask anything: explain a concept, write or fix code, work through a maths problem.
Pick &lt;b&gt;Coder&lt;/b&gt; or &lt;b&gt;Maths&lt;/b&gt; below for a tuned system prompt{thinking}.&lt;/p&gt;
&lt;/div&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource m&amp;eters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffline mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: Qwen Desk makes no network connection (downloads and Hub search are off). Click to go online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: only the model library reaches the Hugging Face Hub. Click to go offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Diagnostics copied to the clipboard (%n line(s); your token and home folder are masked). Paste them into a bug report.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
</TS>

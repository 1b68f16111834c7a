<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Qwen Desk cannot open its chat history</source>
        <translation>Qwen Desk 无法打开对话历史记录</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Waiting for an API request to finish…</source>
        <translation>正在等待 API 请求完成…</translation>
    </message>
    <message>
        <source>Open a model first: File ▸ Open model… (Ctrl+O).</source>
        <translation>请先打开模型：文件 ▸ 打开模型…（Ctrl+O）。</translation>
    </message>
    <message>
        <source>The reply failed: {error}</source>
        <translation>回复失败：{error}</translation>
    </message>
    <message>
        <source>Reply stopped</source>
        <translation>回复已停止</translation>
    </message>
    <message>
        <source>Reply finished</source>
        <translation>回复已完成</translation>
    </message>
    <message>
        <source>Summarising the conversation for a new chat…</source>
        <translation>正在总结此对话，以用于新对话…</translation>
    </message>
    <message>
        <source>The summary could not be made.</source>
        <translation>无法生成摘要。</translation>
    </message>
    <message>
        <source>This conversation needs about {needed} tokens, but the model&apos;s context holds {size}. Nothing was cut; choose how to continue:</source>
        <translation>此对话大约需要 {needed} 个 token，但模型的上下文只能容纳 {size}。未删减任何内容；请选择如何继续：</translation>
    </message>
    <message>
        <source>Your message alone needs about {needed} tokens, more than the model&apos;s context of {size} holds. Nothing was cut; choose how to continue:</source>
        <translation>仅你的消息就大约需要 {needed} 个 token，超出了模型上下文所能容纳的 {size}。未删减任何内容；请选择如何继续：</translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message>
        <source>This chat&apos;s own sampling</source>
        <translation>此对话的专属采样参数</translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>Type a message first.</source>
        <translation>请先输入消息。</translation>
    </message>
    <message>
        <source>Only a reply can be regenerated.</source>
        <translation>只能重新生成回复。</translation>
    </message>
    <message>
        <source>That reply is not in the conversation.</source>
        <translation>该回复不在此对话中。</translation>
    </message>
    <message>
        <source>The edited message is empty.</source>
        <translation>编辑后的消息为空。</translation>
    </message>
    <message>
        <source>The edited message went missing.</source>
        <translation>编辑的消息已不存在。</translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation>没有等待回答的消息。</translation>
    </message>
    <message>
        <source>The conversation is empty.</source>
        <translation>对话为空。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation transcript</source>
        <translation>对话记录</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>QtWebEngine could not be loaded ({error})</source>
        <translation>无法加载 QtWebEngine（{error}）</translation>
    </message>
    <message>
        <source>The messages, as a list. Tab reaches each message&apos;s buttons; F6 moves to the message box.</source>
        <translation>以列表形式显示的消息。按 Tab 可访问每条消息的按钮；按 F6 可移到消息输入框。</translation>
    </message>
</context>
<context>
    <name>Citations</name>
    <message>
        <source>{file}, page {page}</source>
        <translation>{file}，第 {page} 页</translation>
    </message>
    <message>
        <source>{file}, section {section}</source>
        <translation>{file}，章节 {section}</translation>
    </message>
    <message numerus="yes">
        <source>Used %n document(s) in full</source>
        <translation><numerusform>完整使用了 %n 个文档</numerusform></translation>
    </message>
    <message>
        <source>{searched}: {passages}</source>
        <translation>{searched}：{passages}</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
</context>
<context>
    <name>CodeRuns</name>
    <message>
        <source>Exit status 0.</source>
        <translation>退出状态为 0。</translation>
    </message>
    <message>
        <source>Running code needs the Python runner, which is not available here.</source>
        <translation>运行代码需要 Python 运行器，但此处无法使用。</translation>
    </message>
    <message>
        <source>The Python runner is off. Switch it on in Settings ▸ Tools to run code.</source>
        <translation>Python 运行器已关闭。要运行代码，请在“设置 ▸ 工具”中将其开启。</translation>
    </message>
    <message>
        <source>The code could not be run: {error}</source>
        <translation>无法运行代码：{error}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message composer</source>
        <translation>消息输入区</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line.</source>
        <translation>按 Enter 发送；按 Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Enter starts a new line.</source>
        <translation>按 Ctrl+Enter 发送；按 Enter 换行。</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>模型加载进度</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>思考预算</translation>
    </message>
    <message>
        <source>Thinking budget: most tokens to think before answering</source>
        <translation>思考预算：回答前最多用于思考的 token 数</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Composer message</source>
        <translation>输入区提示</translation>
    </message>
    <message>
        <source>Let the model think before it answers</source>
        <translation>让模型先思考再回答</translation>
    </message>
    <message>
        <source>Thinking: always</source>
        <translation>思考：始终</translation>
    </message>
    <message>
        <source>This model always thinks first</source>
        <translation>此模型总是先思考</translation>
    </message>
    <message>
        <source>Thinking: off</source>
        <translation>思考：关</translation>
    </message>
    <message>
        <source>This model answers without thinking</source>
        <translation>此模型不经思考直接回答</translation>
    </message>
    <message>
        <source>Load a model to choose thinking</source>
        <translation>加载模型后即可选择是否思考</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  停止</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>停止生成</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>停止回复（Esc）</translation>
    </message>
    <message>
        <source>Send  ➤</source>
        <translation>发送  ➤</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Send the message ({keys})</source>
        <translation>发送消息（{keys}）</translation>
    </message>
    <message>
        <source>Load a model to start chatting</source>
        <translation>加载模型即可开始对话</translation>
    </message>
    <message>
        <source>Message Qwen (Enter to send, Shift+Enter: new line)</source>
        <translation>给 Qwen 发消息（按 Enter 发送，Shift+Enter：换行）</translation>
    </message>
    <message>
        <source>Message Qwen (Ctrl+Enter to send)</source>
        <translation>给 Qwen 发消息（按 Ctrl+Enter 发送）</translation>
    </message>
</context>
<context>
    <name>ComposerFiles</name>
    <message>
        <source>{name} is a folder; drop the files inside it instead.</source>
        <translation>{name} 是文件夹；请改为拖放其中的文件。</translation>
    </message>
    <message>
        <source>{name} is {size}; files up to {limit} can be added to a message. Paste the part you need instead.</source>
        <translation>{name} 的大小为 {size}；消息中只能添加不超过 {limit} 的文件。请改为粘贴你需要的部分。</translation>
    </message>
    <message>
        <source>{name} could not be read ({error}).</source>
        <translation>无法读取 {name}（{error}）。</translation>
    </message>
    <message>
        <source>{name} is not a text file, so it was not added. Only text and code files (.txt, .md, .py, .json, .csv …) can go into a message.</source>
        <translation>{name} 不是文本文件，因此未添加。消息中只能添加文本文件和代码文件（.txt、.md、.py、.json、.csv …）。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <source>Connect to a model server</source>
        <translation>连接到模型服务器</translation>
    </message>
    <message>
        <source>Chat with a model served by vLLM, SGLang, llama.cpp&apos;s llama-server, Ollama, LM Studio or another Qwen Desk. Give the server&apos;s OpenAI-compatible address.</source>
        <translation>与 vLLM、SGLang、llama.cpp 的 llama-server、Ollama、LM Studio 或另一个 Qwen Desk 提供的模型对话。请填写服务器兼容 OpenAI 的地址。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Only if the server asks for one</source>
        <translation>仅在服务器要求时填写</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation>将密钥保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>&amp;List models</source>
        <translation>列出模型(&amp;L)</translation>
    </message>
    <message>
        <source>Models on the server</source>
        <translation>服务器上的模型</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Offline mode is on: only a server on this computer can be reached. Turn offline mode off to use one on another machine.</source>
        <translation>离线模式已开启：只能连接这台电脑上的服务器。要使用其他机器上的服务器，请关闭离线模式。</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first.</source>
        <translation>请先输入服务器地址。</translation>
    </message>
    <message>
        <source>Asking {address} for its models…</source>
        <translation>正在向 {address} 查询模型列表…</translation>
    </message>
    <message>
        <source>The server lists no models. Check that a model is loaded there.</source>
        <translation>服务器未列出任何模型。请检查服务器上是否已加载模型。</translation>
    </message>
    <message>
        <source>The key could not be kept in the keychain ({error}); it is used this time.</source>
        <translation>无法将密钥保存到钥匙串（{error}）；本次仍会使用该密钥。</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Could not collect the diagnostics ({error}). Try again; if it keeps failing, attach the log files to the report instead.</source>
        <translation>无法收集诊断信息（{error}）。请重试；如果仍然失败，请改为将日志文件附加到报告中。</translation>
    </message>
</context>
<context>
    <name>EditBox</name>
    <message>
        <source>Edit message</source>
        <translation>编辑消息</translation>
    </message>
    <message>
        <source>Edit your message; saving sends it again as a new version.</source>
        <translation>编辑你的消息；保存后会将其作为新版本重新发送。</translation>
    </message>
    <message>
        <source>Edited message</source>
        <translation>编辑中的消息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save &amp;&amp; resend</source>
        <translation>保存并重新发送</translation>
    </message>
    <message>
        <source>Save and resend</source>
        <translation>保存并重新发送</translation>
    </message>
    <message>
        <source>Enter to resend · Shift+Enter for a new line · Esc to cancel</source>
        <translation>按 Enter 重新发送 · 按 Shift+Enter 换行 · 按 Esc 取消</translation>
    </message>
    <message>
        <source>Ctrl+Enter to resend · Esc to cancel</source>
        <translation>按 Ctrl+Enter 重新发送 · 按 Esc 取消</translation>
    </message>
</context>
<context>
    <name>EngineRunner</name>
    <message>
        <source>Qwen Desk is closing.</source>
        <translation>Qwen Desk 正在关闭。</translation>
    </message>
    <message>
        <source>The model could not be loaded: {error}</source>
        <translation>无法加载模型：{error}</translation>
    </message>
    <message>
        <source>The request could not be prepared: {error}</source>
        <translation>无法准备请求：{error}</translation>
    </message>
    <message>
        <source>This conversation needs about {needed} tokens, but the model&apos;s context holds {size}.</source>
        <translation>此对话大约需要 {needed} 个 token，但模型的上下文只能容纳 {size}。</translation>
    </message>
    <message>
        <source>Generation failed: {error}</source>
        <translation>生成失败：{error}</translation>
    </message>
    <message>
        <source>The engine stopped.</source>
        <translation>引擎已停止。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>thinking on/off</source>
        <translation>可开关思考</translation>
    </message>
    <message>
        <source>always thinks</source>
        <translation>始终思考</translation>
    </message>
    <message>
        <source>no thinking</source>
        <translation>不思考</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation>已加载的模型</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新建对话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export all chats…</source>
        <translation>导出所有对话(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>Model &amp;library</source>
        <translation>模型库(&amp;L)</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>连接到服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Back to &amp;chat</source>
        <translation>返回对话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Download a recommended model</source>
        <translation>下载推荐模型(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unload model</source>
        <translation>卸载模型(&amp;U)</translation>
    </message>
    <message>
        <source>Free the memory the loaded model takes</source>
        <translation>释放已加载模型占用的内存</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>搜索对话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>重命名对话(&amp;R)</translation>
    </message>
    <message>
        <source>Focus &amp;message box</source>
        <translation>转到消息输入框(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>下一个窗格(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>上一个窗格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Qwen Desk</source>
        <translation>关于 Qwen Desk(&amp;A)</translation>
    </message>
    <message>
        <source>No model yet. Download the model recommended for this computer, or browse the library (it also finds models other apps already downloaded).</source>
        <translation>还没有模型。请下载为这台电脑推荐的模型，或浏览模型库（它还能找到其他应用已下载的模型）。</translation>
    </message>
    <message>
        <source>Download recommended model</source>
        <translation>下载推荐模型</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>浏览模型</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>打开 GGUF 文件…</translation>
    </message>
    <message>
        <source>Message deleted (with what followed it). It stays in the trash until you empty it.</source>
        <translation>消息已删除（连同其后的内容）。在清空回收站之前，它会一直保留在回收站中。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Stop the reply (Esc) before resending an edited message.</source>
        <translation>请先停止回复（Esc），再重新发送编辑后的消息。</translation>
    </message>
    <message>
        <source>New chat with a summary</source>
        <translation>带着摘要新建对话</translation>
    </message>
    <message>
        <source>Drop the oldest turns</source>
        <translation>删除最早的轮次</translation>
    </message>
    <message>
        <source>Reload with {size} context</source>
        <translation>以 {size} 上下文重新加载</translation>
    </message>
    <message>
        <source>Shorten my message to fit</source>
        <translation>缩短我的消息以适应上下文</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>正在加载 {name}…</translation>
    </message>
    <message>
        <source>Connecting to {model}…</source>
        <translation>正在连接 {model}…</translation>
    </message>
    <message>
        <source>Connecting to {model} at {address}…</source>
        <translation>正在连接 {address} 上的 {model}…</translation>
    </message>
    <message>
        <source>{name} · {engine} · context {size} · {thinking}</source>
        <translation>{name} · {engine} · 上下文 {size} · {thinking}</translation>
    </message>
    <message>
        <source>Load with {size} context</source>
        <translation>以 {size} 上下文加载</translation>
    </message>
    <message>
        <source>{name} was unloaded to make room; no model is loaded now.</source>
        <translation>为腾出空间，已卸载 {name}；当前未加载任何模型。</translation>
    </message>
    <message>
        <source>Load {name} again</source>
        <translation>重新加载 {name}</translation>
    </message>
    <message>
        <source>Reload now</source>
        <translation>立即重新加载</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Qwen Desk</source>
        <translation>关于 Qwen Desk</translation>
    </message>
    <message>
        <source>Qwen models on your own computer, offline.</source>
        <translation>在你自己的电脑上离线运行 Qwen 模型。</translation>
    </message>
</context>
<context>
    <name>Maths</name>
    <message>
        <source>Could not typeset: {reason}</source>
        <translation>无法排版公式：{reason}</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The model that answers</source>
        <translation>负责回答的模型</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <source>Open GGUF file…</source>
        <translation>打开 GGUF 文件…</translation>
    </message>
    <message>
        <source>Unload model</source>
        <translation>卸载模型</translation>
    </message>
    <message>
        <source>Free the memory the model takes</source>
        <translation>释放模型占用的内存</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>打开 GGUF 模型</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
</context>
<context>
    <name>PlainTranscript</name>
    <message>
        <source>Conversation transcript</source>
        <translation>对话记录</translation>
    </message>
</context>
<context>
    <name>PlainView</name>
    <message>
        <source>Rich transcript unavailable: {reason}; showing plain view</source>
        <translation>富文本对话记录不可用：{reason}；正在以纯文本视图显示</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <source>System prompt and sampling…</source>
        <translation>系统提示词和采样…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>{name} (edited)</source>
        <translation>{name}（已修改）</translation>
    </message>
    <message>
        <source>System prompt preset

{prompt}</source>
        <translation>系统提示词预设

{prompt}</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>无系统提示词</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Coder</translation>
    </message>
    <message>
        <source>Maths</source>
        <translation>Maths</translation>
    </message>
</context>
<context>
    <name>SamplingBox</name>
    <message>
        <source>Load a model to see the values its card recommends; Qwen3&apos;s are shown.</source>
        <translation>加载模型即可查看其模型卡片推荐的值；当前显示的是 Qwen3 的推荐值。</translation>
    </message>
    <message>
        <source>At most {count} tokens per reply (Settings)</source>
        <translation>每次回复最多 {count} 个 token（来自设置）</translation>
    </message>
    <message>
        <source>Sampling for this chat</source>
        <translation>此对话的采样参数</translation>
    </message>
    <message>
        <source>Use the model&apos;s recommended values</source>
        <translation>使用模型的推荐值</translation>
    </message>
    <message>
        <source>On: each reply uses what the loaded model&apos;s card (or your Settings) recommends, for thinking and non-thinking replies alike. Off: this chat keeps its own values.</source>
        <translation>开：每次回复都使用已加载模型的模型卡片（或你的设置）推荐的值，思考和非思考回复均如此。关：此对话保留自己的值。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>The same seed and text give the same reply; Random: a new one</source>
        <translation>随机种子和文本相同时，回复也相同；“随机”：每次使用新的种子</translation>
    </message>
    <message>
        <source>These values apply, and why:</source>
        <translation>以下值生效，原因如下：</translation>
    </message>
    <message>
        <source>This chat&apos;s own values apply to every reply in it, on any model.</source>
        <translation>此对话的专属值适用于其中的每次回复，无论使用哪个模型。</translation>
    </message>
    <message>
        <source>Recommended instead:</source>
        <translation>推荐改用：</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New chat</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>打开 GGUF 模型</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Rename the selected chat</source>
        <translation>重命名所选对话</translation>
    </message>
    <message>
        <source>Delete the selected chat (Undo available)</source>
        <translation>删除所选对话（可撤销）</translation>
    </message>
    <message>
        <source>Send (Shift+Enter: new line); also when editing a sent message</source>
        <translation>发送（Shift+Enter：换行）；编辑已发送的消息时同样适用</translation>
    </message>
    <message>
        <source>Stop the reply; cancel editing a sent message</source>
        <translation>停止回复；取消编辑已发送的消息</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>转到消息输入框</translation>
    </message>
    <message>
        <source>Next pane: chats, transcript, message box (Shift+F6: back)</source>
        <translation>下一个窗格：对话列表、对话记录、消息输入框（Shift+F6：反向）</translation>
    </message>
    <message>
        <source>Model library</source>
        <translation>模型库</translation>
    </message>
    <message>
        <source>Show or hide the resource meters</source>
        <translation>显示或隐藏资源监视器</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>此列表</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Qwen Desk is already running: its window was brought forward to open {name}.</source>
        <translation>Qwen Desk 已在运行：已将其窗口切换到前台以打开 {name}。</translation>
    </message>
    <message>
        <source>Qwen Desk is already running: its window was brought forward.</source>
        <translation>Qwen Desk 已在运行：已将其窗口切换到前台。</translation>
    </message>
    <message>
        <source>Qwen Desk is already running (process {pid}) with this history, but it does not answer. Close it, or end that process, and start Qwen Desk again.</source>
        <translation>Qwen Desk 已在使用此历史记录运行（进程 {pid}），但没有响应。请关闭它或结束该进程，然后重新启动 Qwen Desk。</translation>
    </message>
    <message>
        <source>Qwen Desk is already running</source>
        <translation>Qwen Desk 已在运行</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System prompt and sampling: {preset}</source>
        <translation>系统提示词和采样：{preset}</translation>
    </message>
    <message>
        <source>Edit system prompt and sampling</source>
        <translation>编辑系统提示词和采样</translation>
    </message>
    <message>
        <source>The {preset} preset tells the model how to behave in this chat. Changes apply to the next message.</source>
        <translation>“{preset}”预设用于告诉模型在此对话中应如何表现。更改将从下一条消息开始生效。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>ToolCards</name>
    <message>
        <source>allowed by you</source>
        <translation>由你允许</translation>
    </message>
    <message>
        <source>allowed for this chat</source>
        <translation>已在此对话中允许</translation>
    </message>
    <message>
        <source>trusted tool</source>
        <translation>受信任的工具</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Always in this chat</source>
        <translation>在此对话中始终允许</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>等待你的批准</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>{state} in {time}</source>
        <translation>{state}，用时 {time}</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} 毫秒</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Runs on this computer in a separate process, in a fresh temporary folder that is removed afterwards, with a time limit and an output limit.</source>
        <translation>在这台电脑上的独立进程中运行，使用一个全新的临时文件夹（运行结束后删除），并设有时间限制和输出限制。</translation>
    </message>
    <message>
        <source>Memory and file sizes are limited; the network is cut off where the kernel allows unprivileged namespaces (otherwise blocked on a best-effort basis).</source>
        <translation>内存和文件大小受到限制；在内核允许非特权命名空间时会切断网络（否则仅尽力阻止网络访问）。</translation>
    </message>
    <message>
        <source>File sizes are limited; macOS ignores the memory limit, and the network is blocked on a best-effort basis only.</source>
        <translation>文件大小受到限制；macOS 会忽略内存限制，且仅尽力阻止网络访问。</translation>
    </message>
    <message>
        <source>Memory is limited; the network is blocked on a best-effort basis only.</source>
        <translation>内存受到限制；仅尽力阻止网络访问。</translation>
    </message>
    <message>
        <source>Files outside the folder are not hidden: it is not a sandbox.</source>
        <translation>文件夹外的文件并未隐藏：这不是沙盒。</translation>
    </message>
    <message>
        <source>this tool</source>
        <translation>此工具</translation>
    </message>
    <message>
        <source>Run {name} from the {server} server?</source>
        <translation>要运行来自 {server} 服务器的 {name} 吗？</translation>
    </message>
    <message>
        <source>Run {name}?</source>
        <translation>要运行 {name} 吗？</translation>
    </message>
    <message numerus="yes">
        <source>Show all (%n more line(s), {size})</source>
        <translation><numerusform>显示全部（另有 %n 行，{size}）</numerusform></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Tool call {name}: {state}</source>
        <translation>工具调用 {name}：{state}</translation>
    </message>
    <message>
        <source>unknown tool</source>
        <translation>未知工具</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Run this Python code</source>
        <translation>运行此 Python 代码</translation>
    </message>
    <message>
        <source>Output · running…</source>
        <translation>输出 · 正在运行…</translation>
    </message>
    <message>
        <source>Output · ran</source>
        <translation>输出 · 已运行</translation>
    </message>
    <message>
        <source>Output · failed</source>
        <translation>输出 · 失败</translation>
    </message>
    <message>
        <source>Output · ran in {time}</source>
        <translation>输出 · 运行用时 {time}</translation>
    </message>
    <message>
        <source>Output · failed in {time}</source>
        <translation>输出 · 失败，用时 {time}</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>ToolsBar</name>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Use Python</source>
        <translation>使用 Python</translation>
    </message>
    <message>
        <source>Use Python (Qwen2.5-Math)</source>
        <translation>使用 Python（Qwen2.5-Math）</translation>
    </message>
    <message>
        <source>This model cannot use tools</source>
        <translation>此模型无法使用工具</translation>
    </message>
    <message>
        <source>{name}&apos;s chat template has no tool support, so tools are not offered to it (it would ignore them). Load a model that knows tools, such as Qwen3 or Qwen2.5.</source>
        <translation>{name} 的对话模板不支持工具，因此不会向它提供工具（它会忽略这些工具）。请加载支持工具的模型，例如 Qwen3 或 Qwen2.5。</translation>
    </message>
    <message>
        <source>Tools on · {count}</source>
        <translation>工具已开启 · {count}</translation>
    </message>
    <message>
        <source>Tools on · none</source>
        <translation>工具已开启 · 无</translation>
    </message>
    <message>
        <source>Tools offered to the model: {names}</source>
        <translation>提供给模型的工具：{names}</translation>
    </message>
    <message>
        <source>Tools are on but none is available: switch the Python runner or an MCP server on in Settings ▸ Tools.</source>
        <translation>工具已开启，但没有可用的工具：请在“设置 ▸ 工具”中开启 Python 运行器或某个 MCP 服务器。</translation>
    </message>
    <message>
        <source>Qwen2.5-Math writes Python and Qwen Desk runs it (asking first, like the python tool), then the model goes on with the output: tool-integrated reasoning.</source>
        <translation>Qwen2.5-Math 编写 Python 代码，由 Qwen Desk 运行（与 python 工具一样，会先询问你），然后模型根据输出继续推理：这就是工具集成推理。</translation>
    </message>
    <message>
        <source>Switch the Python runner on in Settings ▸ Tools to let Qwen2.5-Math use it.</source>
        <translation>请在“设置 ▸ 工具”中开启 Python 运行器，以便 Qwen2.5-Math 使用它。</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>编辑你的消息</translation>
    </message>
    <message>
        <source>Save &amp; resend</source>
        <translation>保存并重新发送</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>跳到最新</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <source>Stop this code</source>
        <translation>停止此代码</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Not sent to the model</source>
        <translation>未发送给模型</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>TTFT {seconds} s</source>
        <translation>首 token 延迟 {seconds} 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation><numerusform>%n 个 token</numerusform></translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>已思考 {seconds} 秒</translation>
    </message>
    <message>
        <source>Thought · {tokens}</source>
        <translation>已思考 · {tokens}</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>stopped at the length limit</source>
        <translation>因达到长度上限而停止</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Long message ({size} K characters), shown as plain text</source>
        <translation>长消息（{size} 千字符），以纯文本显示</translation>
    </message>
</context>
<context>
    <name>WebTranscript</name>
    <message>
        <source>Conversation transcript</source>
        <translation>对话记录</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>; switch &lt;b&gt;Thinking&lt;/b&gt; on for harder questions</source>
        <translation>；遇到较难的问题时，可开启&lt;b&gt;思考&lt;/b&gt;</translation>
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
        <translation>
&lt;div class=&quot;welcome&quot;&gt;
&lt;h1&gt;欢迎使用 Qwen Desk&lt;/h1&gt;
&lt;p&gt;与完全在这台电脑上运行的 Qwen 模型对话。你输入的任何内容都不会离开这台电脑。&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;打开已有的模型&lt;/b&gt;：通过 &lt;i&gt;文件 ▸ 打开模型…&lt;/i&gt;（Ctrl+O）选择一个
&lt;code&gt;.gguf&lt;/code&gt; 文件，或在下方的模型选择器中选择一个。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;或者下载一个&lt;/b&gt;：&lt;i&gt;模型 ▸ 模型库&lt;/i&gt;（Ctrl+Shift+L）会列出适合这台电脑的 Qwen
模型（用于对话、代码和数学），并负责下载，支持断点续传和完整性校验。它还能找到其他应用（LM
Studio、Ollama、Hugging Face
缓存）已保存到此磁盘上的模型。&lt;/li&gt;
&lt;li&gt;在下方输入消息，然后按 Enter。&lt;/li&gt;
&lt;/ol&gt;
&lt;/div&gt;
</translation>
    </message>
    <message>
        <source>
&lt;div class=&quot;welcome&quot;&gt;
&lt;h1&gt;{name}&lt;/h1&gt;
&lt;p&gt;Ready. Ask anything: explain a concept, write or fix code, work through a maths problem.
Pick &lt;b&gt;Coder&lt;/b&gt; or &lt;b&gt;Maths&lt;/b&gt; below for a tuned system prompt{thinking}.&lt;/p&gt;
&lt;/div&gt;
</source>
        <translation>
&lt;div class=&quot;welcome&quot;&gt;
&lt;h1&gt;{name}&lt;/h1&gt;
&lt;p&gt;已准备就绪。尽管提问：解释概念、编写或修复代码、解答数学题。在下方选择
&lt;b&gt;Coder&lt;/b&gt; 或 &lt;b&gt;Maths&lt;/b&gt; 即可使用专门调校的系统提示词{thinking}。&lt;/p&gt;
&lt;/div&gt;
</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>离线模式</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Resource m&amp;eters</source>
        <translation>资源监视器(&amp;E)</translation>
    </message>
    <message>
        <source>O&amp;ffline mode</source>
        <translation>离线模式(&amp;F)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>复制诊断信息(&amp;D)</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <source>○ Online</source>
        <translation>○ 在线</translation>
    </message>
    <message>
        <source>Offline: Qwen Desk makes no network connection (downloads and Hub search are off). Click to go online.</source>
        <translation>离线：Qwen Desk 不建立任何网络连接（下载和 Hub 搜索均已关闭）。点击即可联网。</translation>
    </message>
    <message>
        <source>Online: only the model library reaches the Hugging Face Hub. Click to go offline.</source>
        <translation>在线：只有模型库会访问 Hugging Face Hub。点击即可切换到离线。</translation>
    </message>
    <message numerus="yes">
        <source>Diagnostics copied to the clipboard (%n line(s); your token and home folder are masked). Paste them into a bug report.</source>
        <translation><numerusform>诊断信息已复制到剪贴板（共 %n 行；你的令牌和主文件夹路径已隐去）。请将其粘贴到错误报告中。</numerusform></translation>
    </message>
</context>
</TS>

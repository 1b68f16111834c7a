<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiServer</name>
    <message>
        <source>Port {port} is not a port number; choose one from 1024 to 65535.</source>
        <translation>端口 {port} 不是有效的端口号；请选择 1024 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>Listening on {host} lets other computers use your model, so it needs an API key. Create a key first, or listen on 127.0.0.1 (this computer only).</source>
        <translation>在 {host} 上监听会让其他电脑使用你的模型，因此需要 API 密钥。请先创建密钥，或改为在 127.0.0.1 上监听（仅限这台电脑）。</translation>
    </message>
    <message>
        <source>Allowing every web page (*) to call the server is not supported; list each origin, such as http://localhost:3000.</source>
        <translation>不支持允许所有网页（*）调用服务器；请逐一列出每个来源，例如 http://localhost:3000。</translation>
    </message>
    <message>
        <source>{host} is not an address of this computer ({error}). Use 127.0.0.1, or 0.0.0.0 to listen on every network.</source>
        <translation>{host} 不是这台电脑的地址（{error}）。请使用 127.0.0.1，或使用 0.0.0.0 在所有网络上监听。</translation>
    </message>
    <message>
        <source>Port {port} is already in use by another program. Choose another port.</source>
        <translation>端口 {port} 已被其他程序占用。请选择其他端口。</translation>
    </message>
    <message>
        <source>Port {port} needs administrator rights; choose a port from 1024 to 65535.</source>
        <translation>端口 {port} 需要管理员权限；请选择 1024 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>The server could not listen on {host}:{port} ({error}).</source>
        <translation>服务器无法在 {host}:{port} 上监听（{error}）。</translation>
    </message>
    <message>
        <source>The API server could not start: it did not start in time.</source>
        <translation>API 服务器无法启动：未能在规定时间内启动。</translation>
    </message>
    <message>
        <source>The API server could not start: {error}.</source>
        <translation>API 服务器无法启动：{error}。</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The model catalog was written for another version of Qwen Desk; reinstall the app to restore it.</source>
        <translation>模型目录是为其他版本的 Qwen Desk 编写的；请重新安装应用以恢复它。</translation>
    </message>
    <message>
        <source>The model catalog ({path}) could not be read ({error}); reinstall the app.</source>
        <translation>无法读取模型目录 {path}（{error}）；请重新安装应用。</translation>
    </message>
</context>
<context>
    <name>ChatTemplate</name>
    <message>
        <source>The model&apos;s chat template refused the conversation: {message}</source>
        <translation>模型的对话模板拒绝了此对话：{message}</translation>
    </message>
    <message>
        <source>The model&apos;s chat template is {count} characters long, far more than any real one; the model file is probably damaged. Use another build of the model.</source>
        <translation>模型的对话模板长达 {count} 个字符，远超任何正常模板；模型文件可能已损坏。请使用该模型的其他版本。</translation>
    </message>
    <message>
        <source>The model&apos;s chat template is not valid Jinja: {error}</source>
        <translation>模型的对话模板不是有效的 Jinja：{error}</translation>
    </message>
    <message>
        <source>The model&apos;s chat template is not valid Jinja: it is nested too deeply to read.</source>
        <translation>模型的对话模板不是有效的 Jinja：嵌套层级过深，无法读取。</translation>
    </message>
    <message>
        <source>The model&apos;s chat template failed: {error}</source>
        <translation>模型的对话模板出错：{error}</translation>
    </message>
    <message>
        <source>Only a reply the model has started can be continued.</source>
        <translation>只能继续模型已开始生成的回复。</translation>
    </message>
    <message>
        <source>The model&apos;s chat template leaves out the reply it has started, so the reply cannot be continued.</source>
        <translation>模型的对话模板会丢弃已开始生成的回复，因此无法继续该回复。</translation>
    </message>
    <message>
        <source>The model file&apos;s chat template is faulty: use another build (GGUF) of this model.</source>
        <translation>模型文件的对话模板有问题：请使用该模型的其他版本（GGUF）。</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it was stopped after {seconds} s (it may loop for ever).</source>
        <translation>模型的对话模板未能完成：它在 {seconds} 秒后被终止（可能陷入了无限循环）。</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it tried to compute a number with more than {digits} digits.</source>
        <translation>模型的对话模板未能完成：它试图计算超过 {digits} 位的数字。</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it made more than {count} characters of text on the way.</source>
        <translation>模型的对话模板未能完成：它在处理过程中生成了超过 {count} 个字符的文本。</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it asked for a loop of more than {count} steps.</source>
        <translation>模型的对话模板未能完成：它请求了超过 {count} 步的循环。</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it calls itself too deeply.</source>
        <translation>模型的对话模板未能完成：它的自我调用层级过深。</translation>
    </message>
    <message>
        <source>The model&apos;s chat template leaves out the started reply.</source>
        <translation>模型的对话模板会丢弃已开始生成的回复。</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源代码</translation>
    </message>
</context>
<context>
    <name>DocumentUse</name>
    <message>
        <source>Whole documents: {files} file(s), {tokens} tokens</source>
        <translation>完整文档：{files} 个文件，{tokens} 个 token</translation>
    </message>
    <message>
        <source>Relevant passages (keywords only): {passages} from {files} file(s), {tokens} tokens</source>
        <translation>相关段落（仅关键词）：来自 {files} 个文件的 {passages} 段，{tokens} 个 token</translation>
    </message>
    <message>
        <source>Relevant passages: {passages} from {files} file(s), {tokens} tokens</source>
        <translation>相关段落：来自 {files} 个文件的 {passages} 段，{tokens} 个 token</translation>
    </message>
    <message>
        <source>No documents used</source>
        <translation>未使用文档</translation>
    </message>
    <message>
        <source>The conversation leaves no room for document passages; start a new chat or load the model with a larger context to use your documents.</source>
        <translation>对话已没有空间容纳文档段落；请新建对话，或以更大的上下文加载模型，以便使用你的文档。</translation>
    </message>
    <message>
        <source>{count} file(s) are still being indexed and are not used for this answer yet.</source>
        <translation>{count} 个文件仍在建立索引，本次回答暂不使用。</translation>
    </message>
    <message>
        <source>Not used because they could not be read: {names} and {more} more.</source>
        <translation>以下文件无法读取，因此未使用：{names} 及其他 {more} 个。</translation>
    </message>
    <message>
        <source>Not used because they could not be read: {names}.</source>
        <translation>以下文件无法读取，因此未使用：{names}。</translation>
    </message>
    <message>
        <source>Documents are searched by keywords only. Add an embedding model (Qwen3 Embedding 0.6B in the Library) to also find passages that say the same thing in other words.</source>
        <translation>目前仅按关键词搜索文档。添加嵌入模型（模型库中的 Qwen3 Embedding 0.6B）后，还能找到用不同措辞表达相同意思的段落。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>That file is not attached to this chat.</source>
        <translation>该文件未附加到此对话。</translation>
    </message>
    <message>
        <source>A chat&apos;s attached files cannot be switched on elsewhere.</source>
        <translation>对话中附加的文件无法在其他地方启用。</translation>
    </message>
    <message>
        <source>The embedding model cannot be used: {error}</source>
        <translation>无法使用嵌入模型：{error}</translation>
    </message>
    <message>
        <source>The embedding model {name} could not be loaded ({error}). Check that the file is complete, or choose another embedding model.</source>
        <translation>无法加载嵌入模型 {name}（{error}）。请检查文件是否完整，或选择其他嵌入模型。</translation>
    </message>
    <message>
        <source>The embedding model was closed; load it again.</source>
        <translation>嵌入模型已关闭；请重新加载。</translation>
    </message>
    <message>
        <source>The embedding model failed on a batch of text (llama.cpp error {code}); try indexing again, or choose another embedding model.</source>
        <translation>嵌入模型处理一批文本时出错（llama.cpp 错误 {code}）；请重新建立索引，或选择其他嵌入模型。</translation>
    </message>
    <message>
        <source>The embedding model returned no vector; it may not support embeddings. Choose an embedding model such as Qwen3 Embedding.</source>
        <translation>嵌入模型没有返回向量；它可能不支持嵌入。请选择 Qwen3 Embedding 等嵌入模型。</translation>
    </message>
    <message>
        <source>{name} contains no text to index.</source>
        <translation>{name} 中没有可建立索引的文本。</translation>
    </message>
    <message>
        <source>Only the first {count} characters of {name} were indexed.</source>
        <translation>仅对 {name} 的前 {count} 个字符建立了索引。</translation>
    </message>
    <message>
        <source>{name} could not be read as a PDF ({detail}); the file may be damaged or incomplete. Open it in a PDF reader and save a new copy, then add that.</source>
        <translation>无法将 {name} 作为 PDF 读取（{detail}）；文件可能已损坏或不完整。请在 PDF 阅读器中打开并另存一份新副本，然后添加该副本。</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it in a PDF reader, save a copy without the password, and add that copy.</source>
        <translation>{name} 受密码保护。请在 PDF 阅读器中打开，另存一份不带密码的副本，然后添加该副本。</translation>
    </message>
    <message>
        <source>{name} has no text layer (it looks like a scan). Run OCR on it first, for example with OCRmyPDF, and add the result.</source>
        <translation>{name} 没有文本层（看起来是扫描件）。请先对其进行 OCR（例如使用 OCRmyPDF），然后添加处理结果。</translation>
    </message>
    <message>
        <source>Page {pages} of {name} had no text (scanned pages?).</source>
        <translation>{name} 的第 {pages} 页没有文本（是扫描页吗？）。</translation>
    </message>
    <message>
        <source>Pages {pages} of {name} had no text (scanned pages?).</source>
        <translation>{name} 的第 {pages} 页没有文本（是扫描页吗？）。</translation>
    </message>
    <message>
        <source>Page {pages} of {name} could not be read.</source>
        <translation>无法读取 {name} 的第 {pages} 页。</translation>
    </message>
    <message>
        <source>Pages {pages} of {name} could not be read.</source>
        <translation>无法读取 {name} 的第 {pages} 页。</translation>
    </message>
    <message>
        <source>{name} is protected by a password or saved in the old .doc format. Open it in Word or LibreOffice, save it as an unprotected .docx, and add that.</source>
        <translation>{name} 受密码保护，或以旧的 .doc 格式保存。请在 Word 或 LibreOffice 中打开，另存为未受保护的 .docx，然后添加该文件。</translation>
    </message>
    <message>
        <source>{name} could not be read as a Word document ({error}); the file may be damaged. Open it in Word or LibreOffice and save a new copy, then add that.</source>
        <translation>无法将 {name} 作为 Word 文档读取（{error}）；文件可能已损坏。请在 Word 或 LibreOffice 中打开并另存一份新副本，然后添加该副本。</translation>
    </message>
    <message>
        <source>{name} could not be read as a Word document ({error}); open it in Word or LibreOffice and save a new copy, then add that.</source>
        <translation>无法将 {name} 作为 Word 文档读取（{error}）；请在 Word 或 LibreOffice 中打开并另存一份新副本，然后添加该副本。</translation>
    </message>
    <message>
        <source>PDF, Word (.docx), Markdown, HTML, plain text and source code files</source>
        <translation>PDF、Word（.docx）、Markdown、HTML、纯文本和源代码文件</translation>
    </message>
    <message>
        <source>{name} is not a kind of file Qwen Desk can read; it reads {kinds}.</source>
        <translation>{name} 不是 Qwen Desk 能读取的文件类型；它支持读取 {kinds}。</translation>
    </message>
    <message>
        <source>{name} was moved or deleted; add it again from where it is now.</source>
        <translation>{name} 已被移动或删除；请从其当前位置重新添加。</translation>
    </message>
    <message>
        <source>{name} could not be opened ({error}); check that you may read it.</source>
        <translation>无法打开 {name}（{error}）；请检查你是否有读取权限。</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} Qwen Desk reads from one {kind} file. Split it into smaller files and add those.</source>
        <translation>{name} 大小为 {size}，超过了 Qwen Desk 对单个{kind}文件的读取上限 {limit}。请将其拆分为较小的文件后再添加。</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to index.</source>
        <translation>{name} 是空文件；没有可建立索引的内容。</translation>
    </message>
    <message>
        <source>{name} could not be read ({error}); check that you may read it.</source>
        <translation>无法读取 {name}（{error}）；请检查你是否有读取权限。</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text, so it was skipped.</source>
        <translation>{name} 看起来是二进制文件而非文本，因此已跳过。</translation>
    </message>
    <message>
        <source>The documents index is busy ({error}); try again in a moment.</source>
        <translation>文档索引正忙（{error}）；请稍后重试。</translation>
    </message>
    <message>
        <source>The documents index could not be saved ({error}). Free some disk space and index again.</source>
        <translation>无法保存文档索引（{error}）。请释放一些磁盘空间，然后重新建立索引。</translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation>请为文档集命名。</translation>
    </message>
    <message>
        <source>{root} is not a folder that can be read.</source>
        <translation>{root} 不是可读取的文件夹。</translation>
    </message>
    <message>
        <source>A collection named &quot;{name}&quot; already exists; choose another name.</source>
        <translation>名为“{name}”的文档集已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>That collection no longer exists.</source>
        <translation>该文档集已不存在。</translation>
    </message>
    <message>
        <source>That file is no longer in the collection.</source>
        <translation>该文件已不在文档集中。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be found (moved, renamed, or on a drive that is not connected). Reconnect it, or delete the collection and add the folder again; the collection was left as it was.</source>
        <translation>找不到文件夹 {folder}（已被移动、重命名，或位于未连接的驱动器上）。请重新连接，或删除该文档集后重新添加文件夹；该文档集保持原样。</translation>
    </message>
    <message>
        <source>The documents index at {path} was written by a newer Qwen Desk. Update Qwen Desk to use it; it was left untouched.</source>
        <translation>位于 {path} 的文档索引由更新版本的 Qwen Desk 写入。请更新 Qwen Desk 后再使用；该索引未被改动。</translation>
    </message>
    <message>
        <source>The documents index could not be opened ({error}). It was moved to {moved} and a new one started; add your documents again to index them.</source>
        <translation>无法打开文档索引（{error}）。它已被移至 {moved}，并新建了一个索引；请重新添加文档以建立索引。</translation>
    </message>
    <message>
        <source>The documents index at {path} could not be opened ({error}). Check that the data folder can be written, close other copies of Qwen Desk, and try again.</source>
        <translation>无法打开位于 {path} 的文档索引（{error}）。请检查数据文件夹是否可写，关闭其他正在运行的 Qwen Desk，然后重试。</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so Qwen Desk does not connect to Hugging Face. Turn offline mode off in Settings to download models.</source>
        <translation>离线模式已开启，因此 Qwen Desk 不会连接 Hugging Face。要下载模型，请在设置中关闭离线模式。</translation>
    </message>
    <message>
        <source>{repo} is gated or private on Hugging Face. Add your Hugging Face token in Settings, and accept the model&apos;s licence on its page (https://huggingface.co/{repo}), then try again.</source>
        <translation>{repo} 在 Hugging Face 上是受限模型或私有模型。请在设置中添加你的 Hugging Face 令牌，并在模型页面（https://huggingface.co/{repo}）上接受其许可证，然后重试。</translation>
    </message>
    <message>
        <source>{file} was not found on Hugging Face. It may have been renamed or removed; refresh the catalog and try again.</source>
        <translation>在 Hugging Face 上找不到 {file}。它可能已被重命名或删除；请刷新模型目录后重试。</translation>
    </message>
    <message>
        <source>Hugging Face answered {status} for {file}. Try again later.</source>
        <translation>Hugging Face 对 {file} 返回了 {status}。请稍后重试。</translation>
    </message>
    <message>
        <source>the connection stalled</source>
        <translation>连接停滞</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face ({reason}) to download {file}. Check your internet connection and try again, or turn on offline mode to use only the models you already have.</source>
        <translation>无法连接 Hugging Face（{reason}）来下载 {file}。请检查网络连接后重试，或开启离线模式以仅使用已有的模型。</translation>
    </message>
    <message>
        <source>Could not download {file} ({reason}), even after {retries} retries. Check your internet connection and try again; the download continues where it stopped.</source>
        <translation>无法下载 {file}（{reason}），已重试 {retries} 次。请检查网络连接后重试；下载将从中断处继续。</translation>
    </message>
    <message>
        <source>Hugging Face did not say how large {file} is.</source>
        <translation>Hugging Face 未提供 {file} 的大小。</translation>
    </message>
    <message>
        <source>Not enough disk space for {file}: it needs {size} more but only {free} is free in {folder}. Free some space, or choose another models folder in Settings.</source>
        <translation>磁盘空间不足，无法下载 {file}：还需要 {size}，但 {folder} 中只有 {free} 可用。请释放一些空间，或在设置中选择其他模型文件夹。</translation>
    </message>
    <message>
        <source>Could not write {file} ({error}). Check that the disk is not full and the models folder is writable.</source>
        <translation>无法写入 {file}（{error}）。请检查磁盘是否已满，以及模型文件夹是否可写。</translation>
    </message>
    <message>
        <source>The download of {file} is damaged: its sha256 checksum does not match the one Hugging Face publishes, so the file was deleted. Try the download again.</source>
        <translation>{file} 的下载已损坏：其 sha256 校验和与 Hugging Face 公布的不一致，因此已删除该文件。请重新下载。</translation>
    </message>
    <message>
        <source>Paused because offline mode is on; the part downloaded so far is kept, and the download goes on by itself when offline mode is turned off.</source>
        <translation>已暂停，因为离线模式已开启；已下载的部分会保留，关闭离线模式后下载将自动继续。</translation>
    </message>
    <message>
        <source>Downloads are shutting down; try again after restarting.</source>
        <translation>下载功能正在关闭；请重新启动后重试。</translation>
    </message>
    <message>
        <source>The download of {file} failed unexpectedly ({error}).</source>
        <translation>{file} 的下载意外失败（{error}）。</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation>剩余 {seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <translation>剩余 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h left</source>
        <translation>剩余 {hours} 小时</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>Generation failed: {error}</source>
        <translation>生成失败：{error}</translation>
    </message>
    <message>
        <source>This conversation needs {needed} tokens but the model was loaded with a context of {context}. Start a new chat, drop older turns, or load the model with a larger context.</source>
        <translation>此对话需要 {needed} 个 token，但模型加载时的上下文只有 {context}。请新建对话、删除较早的轮次，或以更大的上下文加载模型。</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>{total} RAM ({free} free)</source>
        <translation>{total} 内存（{free} 可用）</translation>
    </message>
    <message>
        <source>{count} cores</source>
        <translation>{count} 个核心</translation>
    </message>
    <message>
        <source>Apple Silicon (unified memory)</source>
        <translation>Apple Silicon（统一内存）</translation>
    </message>
    <message>
        <source>Apple GPU (MLX)</source>
        <translation>Apple GPU（MLX）</translation>
    </message>
    <message>
        <source>Apple GPU (unified memory)</source>
        <translation>Apple GPU（统一内存）</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>The {what} has a broken character at position {index} (half of an emoji or other symbol, usually left by a damaged copy and paste). Delete that character or paste the text again.</source>
        <translation>{what}在位置 {index} 处有一个损坏的字符（半个表情符号或其他符号，通常是复制粘贴出错造成的）。请删除该字符或重新粘贴文本。</translation>
    </message>
    <message>
        <source>The disk is full, so Qwen Desk could not {doing}. Free some disk space and try again; everything saved before is kept.</source>
        <translation>磁盘已满，因此 Qwen Desk 无法{doing}。请释放一些磁盘空间后重试；之前保存的内容都会保留。</translation>
    </message>
    <message>
        <source>The conversation history is in use by another program, so Qwen Desk could not {doing}. Close other copies of Qwen Desk and try again.</source>
        <translation>对话历史记录正被其他程序使用，因此 Qwen Desk 无法{doing}。请关闭其他正在运行的 Qwen Desk 后重试。</translation>
    </message>
    <message>
        <source>The conversation history file is read-only, so Qwen Desk could not {doing}. Check the permissions of the data folder.</source>
        <translation>对话历史记录文件为只读，因此 Qwen Desk 无法{doing}。请检查数据文件夹的权限。</translation>
    </message>
    <message>
        <source>The conversation history file is damaged ({error}), so Qwen Desk could not {doing}. Restart Qwen Desk: it sets the damaged file aside and starts a new one.</source>
        <translation>对话历史记录文件已损坏（{error}），因此 Qwen Desk 无法{doing}。请重新启动 Qwen Desk：它会将损坏的文件移到一旁并新建一个。</translation>
    </message>
    <message>
        <source>Qwen Desk could not {doing} because the disk reported an error ({error}). Check the disk and try again.</source>
        <translation>由于磁盘报告了错误（{error}），Qwen Desk 无法{doing}。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>Qwen Desk could not {doing} ({error}).</source>
        <translation>Qwen Desk 无法{doing}（{error}）。</translation>
    </message>
    <message>
        <source>The conversation history at {path} was saved by a newer version of Qwen Desk (history format {found}; this version reads up to {supported}). Install the newer Qwen Desk to open it. The file has not been changed.</source>
        <translation>位于 {path} 的对话历史记录由更新版本的 Qwen Desk 保存（历史记录格式 {found}；此版本最高只能读取 {supported}）。请安装更新版本的 Qwen Desk 来打开它。该文件未被更改。</translation>
    </message>
    <message>
        <source>The conversation history at {path} could not be upgraded to the new format ({error}). It was left as it was; free some disk space or restart Qwen Desk and try again.</source>
        <translation>无法将位于 {path} 的对话历史记录升级到新格式（{error}）。它保持原样；请释放一些磁盘空间或重新启动 Qwen Desk 后重试。</translation>
    </message>
    <message>
        <source>The conversation history at {path} could not be opened ({error}). Check that the file and its folder can be read and written.</source>
        <translation>无法打开位于 {path} 的对话历史记录（{error}）。请检查该文件及其所在文件夹是否可读写。</translation>
    </message>
    <message>
        <source>The conversation history at {path} could not be read ({error}). Close other copies of Qwen Desk and try again.</source>
        <translation>无法读取位于 {path} 的对话历史记录（{error}）。请关闭其他正在运行的 Qwen Desk 后重试。</translation>
    </message>
    <message>
        <source>Your conversation history could not be opened ({error}). The damaged file was moved to {moved} and a new, empty history was started.</source>
        <translation>无法打开你的对话历史记录（{error}）。损坏的文件已被移至 {moved}，并新建了一份空的历史记录。</translation>
    </message>
    <message>
        <source>The conversation history at {path} could not be opened ({error}). Check that the folder exists and can be written.</source>
        <translation>无法打开位于 {path} 的对话历史记录（{error}）。请检查该文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Conversation {conversation_id} does not exist; it may have been deleted.</source>
        <translation>对话 {conversation_id} 不存在；它可能已被删除。</translation>
    </message>
    <message>
        <source>Message {message_id} does not exist; it may have been deleted.</source>
        <translation>消息 {message_id} 不存在；它可能已被删除。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>只能编辑你自己的消息。</translation>
    </message>
    <message>
        <source>Only replies can be regenerated.</source>
        <translation>只能重新生成回复。</translation>
    </message>
    <message>
        <source>Only a conversation in the trash can be deleted for good.</source>
        <translation>只能永久删除回收站中的对话。</translation>
    </message>
    <message>
        <source>The export could not be written to {target} ({error}). Choose another folder or free some disk space.</source>
        <translation>无法将导出内容写入 {target}（{error}）。请选择其他文件夹或释放一些磁盘空间。</translation>
    </message>
    <message>
        <source>The conversation history is closed.</source>
        <translation>对话历史记录已关闭。</translation>
    </message>
    <message>
        <source>Conversation {conversation_id} does not exist, so it cannot be exported.</source>
        <translation>对话 {conversation_id} 不存在，因此无法导出。</translation>
    </message>
</context>
<context>
    <name>HistoryAction</name>
    <message>
        <source>mark unfinished replies</source>
        <translation>标记未完成的回复</translation>
    </message>
    <message>
        <source>create the conversation</source>
        <translation>创建对话</translation>
    </message>
    <message>
        <source>read the conversation</source>
        <translation>读取对话</translation>
    </message>
    <message>
        <source>list the conversations</source>
        <translation>列出对话</translation>
    </message>
    <message>
        <source>rename the conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <source>set the conversation title</source>
        <translation>设置对话标题</translation>
    </message>
    <message>
        <source>pin the conversation</source>
        <translation>置顶对话</translation>
    </message>
    <message>
        <source>save the conversation settings</source>
        <translation>保存对话设置</translation>
    </message>
    <message>
        <source>save the message</source>
        <translation>保存消息</translation>
    </message>
    <message>
        <source>save the edited message</source>
        <translation>保存编辑后的消息</translation>
    </message>
    <message>
        <source>read the message</source>
        <translation>读取消息</translation>
    </message>
    <message>
        <source>read the message versions</source>
        <translation>读取消息的各个版本</translation>
    </message>
    <message>
        <source>switch the message version</source>
        <translation>切换消息版本</translation>
    </message>
    <message>
        <source>delete the message</source>
        <translation>删除消息</translation>
    </message>
    <message>
        <source>move the message to the trash</source>
        <translation>将消息移到回收站</translation>
    </message>
    <message>
        <source>restore the message</source>
        <translation>恢复消息</translation>
    </message>
    <message>
        <source>start the reply</source>
        <translation>开始回复</translation>
    </message>
    <message>
        <source>start the new reply</source>
        <translation>开始新的回复</translation>
    </message>
    <message>
        <source>save the reply</source>
        <translation>保存回复</translation>
    </message>
    <message>
        <source>move the conversation to the trash</source>
        <translation>将对话移到回收站</translation>
    </message>
    <message>
        <source>restore the conversation</source>
        <translation>恢复对话</translation>
    </message>
    <message>
        <source>list the trash</source>
        <translation>列出回收站内容</translation>
    </message>
    <message>
        <source>delete the conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <source>count the deleted messages</source>
        <translation>统计已删除的消息</translation>
    </message>
    <message>
        <source>empty the trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>search the history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>export the history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>import the conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>import the conversation</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>read the conversations to import</source>
        <translation>读取要导入的对话</translation>
    </message>
    <message>
        <source>save the reply as it streams</source>
        <translation>在回复生成过程中保存回复</translation>
    </message>
</context>
<context>
    <name>HistoryField</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>thinking text</source>
        <translation>思考内容</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>模型名称</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>The file cannot be imported: the file {problem}. Nothing was imported.</source>
        <translation>无法导入该文件：文件 {problem}。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file cannot be imported: the field {field} {problem}. Nothing was imported.</source>
        <translation>无法导入该文件：字段 {field} {problem}。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({error}). Check that it exists and that you may read it.</source>
        <translation>无法读取文件 {name}（{error}）。请检查该文件是否存在，以及你是否有读取权限。</translation>
    </message>
    <message>
        <source>The file cannot be imported: line {line} has bytes that are not UTF-8 text. Save the file as UTF-8 and try again. Nothing was imported.</source>
        <translation>无法导入该文件：第 {line} 行包含非 UTF-8 文本的字节。请将文件另存为 UTF-8 后重试。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file cannot be imported: its JSON is nested too deeply (more than {depth} levels; no conversation needs that many). Nothing was imported.</source>
        <translation>无法导入该文件：其 JSON 嵌套层级过深（超过 {depth} 层；任何对话都不需要这么多层）。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file cannot be imported: it is not valid JSON at line {line}, column {colno} ({msg}). Nothing was imported.</source>
        <translation>无法导入该文件：第 {line} 行第 {colno} 列处不是有效的 JSON（{msg}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file cannot be imported: it has a number ({number}) too large for any value a conversation holds. Nothing was imported.</source>
        <translation>无法导入该文件：其中的数字（{number}）过大，超出了对话中任何值的范围。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file cannot be imported: {error}. Nothing was imported.</source>
        <translation>无法导入该文件：{error}。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file cannot be imported: {first}{rest} Nothing was imported.</source>
        <translation>无法导入该文件：{first}{rest}未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>HubRepoId</name>
    <message>
        <source>it must be owner/name</source>
        <translation>必须为“所有者/名称”格式</translation>
    </message>
    <message>
        <source>the owner or the name is empty</source>
        <translation>所有者或名称为空</translation>
    </message>
    <message>
        <source>a part is longer than {count} characters</source>
        <translation>某一部分超过 {count} 个字符</translation>
    </message>
    <message>
        <source>it contains &apos;..&apos; or &apos;--&apos;</source>
        <translation>包含“..”或“--”</translation>
    </message>
    <message>
        <source>it may have only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, and no part may start or end with &apos;-&apos; or &apos;.&apos;</source>
        <translation>只能包含字母、数字、“_”、“-”和“.”，且任何部分都不能以“-”或“.”开头或结尾</translation>
    </message>
    <message>
        <source>the name ends in &apos;.git&apos;</source>
        <translation>名称以“.git”结尾</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a valid Hugging Face model id ({problem}), so nothing was downloaded. Check the model&apos;s name on its Hugging Face page.</source>
        <translation>“{shown}”不是有效的 Hugging Face 模型 ID（{problem}），因此未下载任何内容。请在模型的 Hugging Face 页面上核对其名称。</translation>
    </message>
    <message>
        <source>The download&apos;s file name {name} has a NUL character, which no file name may have, so it was refused. The model&apos;s file name on Hugging Face is not safe.</source>
        <translation>下载的文件名 {name} 包含 NUL 字符，而任何文件名都不允许包含该字符，因此已拒绝下载。该模型在 Hugging Face 上的文件名不安全。</translation>
    </message>
    <message>
        <source>The download would be saved at {path}, outside the models folder {root}, so it was refused. The model&apos;s name or file name on Hugging Face is not safe.</source>
        <translation>下载内容将被保存到 {path}，位于模型文件夹 {root} 之外，因此已拒绝下载。该模型在 Hugging Face 上的名称或文件名不安全。</translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <source>Offline mode is on, so Hugging Face is not asked. Turn it off in Settings to search or refresh.</source>
        <translation>离线模式已开启，因此不会访问 Hugging Face。要搜索或刷新，请在设置中将其关闭。</translation>
    </message>
    <message>
        <source>The request to Hugging Face was cancelled.</source>
        <translation>对 Hugging Face 的请求已取消。</translation>
    </message>
    <message>
        <source>Hugging Face did not answer within {seconds} seconds. Check your internet connection and try again.</source>
        <translation>Hugging Face 在 {seconds} 秒内没有响应。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face: {reason}. Check the proxy settings (HTTPS_PROXY and HTTP_PROXY, or the system&apos;s), or turn on offline mode to use only the models you already have.</source>
        <translation>无法连接 Hugging Face：{reason}。请检查代理设置（HTTPS_PROXY 和 HTTP_PROXY，或系统的代理设置），或开启离线模式以仅使用已有的模型。</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face: {reason}. Check your internet connection, or turn on offline mode to use only the models you already have.</source>
        <translation>无法连接 Hugging Face：{reason}。请检查网络连接，或开启离线模式以仅使用已有的模型。</translation>
    </message>
    <message>
        <source>Hugging Face is switched off on this computer (HF_HUB_OFFLINE is set). Unset it to search the Hub.</source>
        <translation>这台电脑上已禁用 Hugging Face（设置了 HF_HUB_OFFLINE）。要搜索 Hub，请取消该设置。</translation>
    </message>
    <message>
        <source>The repository {repo} is gated or private. Accept its licence on huggingface.co and add a Hugging Face token in Settings.</source>
        <translation>仓库 {repo} 是受限仓库或私有仓库。请在 huggingface.co 上接受其许可证，并在设置中添加 Hugging Face 令牌。</translation>
    </message>
    <message>
        <source>Hugging Face refused the request. Check the Hugging Face token in Settings.</source>
        <translation>Hugging Face 拒绝了请求。请检查设置中的 Hugging Face 令牌。</translation>
    </message>
    <message>
        <source>Hugging Face has no model repository {repo}; check the name.</source>
        <translation>Hugging Face 上没有模型仓库 {repo}；请检查名称。</translation>
    </message>
    <message>
        <source>Hugging Face could not find what was asked for.</source>
        <translation>Hugging Face 找不到所请求的内容。</translation>
    </message>
    <message>
        <source>Hugging Face answered with error {status}. Try again later.</source>
        <translation>Hugging Face 返回了错误 {status}。请稍后重试。</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face ({error}). Check your internet connection and try again.</source>
        <translation>无法连接 Hugging Face（{error}）。请检查网络连接后重试。</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed the files and sizes of %n models from Hugging Face.</source>
        <translation><numerusform>已从 Hugging Face 刷新 %n 个模型的文件和大小。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refreshed the files and sizes of %n models of {total}.</source>
        <translation><numerusform>已刷新 {total} 个模型中 %n 个的文件和大小。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n more could not be refreshed.)</source>
        <translation><numerusform>（另有 %n 个无法刷新。）</numerusform></translation>
    </message>
    <message>
        <source>Could not refresh {name} from Hugging Face ({error}). Check your internet connection and try again; the bundled sizes stay in use.</source>
        <translation>无法从 Hugging Face 刷新 {name}（{error}）。请检查网络连接后重试；在此之前继续使用自带的大小数据。</translation>
    </message>
</context>
<context>
    <name>HubToken</name>
    <message>
        <source>No Hugging Face token is set. Public models download without one; gated models need it.</source>
        <translation>未设置 Hugging Face 令牌。下载公开模型无需令牌；下载受限模型则需要。</translation>
    </message>
    <message>
        <source>Your Hugging Face token is saved in the system keychain.</source>
        <translation>你的 Hugging Face 令牌已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No system keychain is available, so your Hugging Face token is kept only until you quit Qwen Desk.</source>
        <translation>没有可用的系统钥匙串，因此你的 Hugging Face 令牌只会保留到退出 Qwen Desk 为止。</translation>
    </message>
    <message>
        <source>The token is empty. Paste the token from your Hugging Face settings page (huggingface.co/settings/tokens).</source>
        <translation>令牌为空。请粘贴 Hugging Face 设置页面（huggingface.co/settings/tokens）中的令牌。</translation>
    </message>
    <message>
        <source>A Hugging Face token has no spaces in it; copy it again from huggingface.co/settings/tokens.</source>
        <translation>Hugging Face 令牌中不含空格；请从 huggingface.co/settings/tokens 重新复制。</translation>
    </message>
</context>
<context>
    <name>Indexing</name>
    <message>
        <source>Indexed {indexed} of {total} files</source>
        <translation>已为 {total} 个文件中的 {indexed} 个建立索引</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} 个未更改</translation>
    </message>
    <message>
        <source>{count} could not be read</source>
        <translation>{count} 个无法读取</translation>
    </message>
    <message>
        <source>Indexing was cancelled.</source>
        <translation>已取消建立索引。</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Could not {action}: {error}. Check the file and try again.</source>
        <translation>无法{action}：{error}。请检查文件后重试。</translation>
    </message>
    <message>
        <source>Could not {action} ({kind}: {error}).</source>
        <translation>无法{action}（{kind}：{error}）。</translation>
    </message>
    <message>
        <source>{name} has no readable config.json, so it is not an MLX model folder. Choose the folder that holds config.json and the .safetensors files.</source>
        <translation>{name} 没有可读取的 config.json，因此不是 MLX 模型文件夹。请选择包含 config.json 和 .safetensors 文件的文件夹。</translation>
    </message>
    <message>
        <source>{name} is not a complete MLX model: it needs config.json and .safetensors weight files. Download the model again.</source>
        <translation>{name} 不是完整的 MLX 模型：它需要 config.json 和 .safetensors 权重文件。请重新下载该模型。</translation>
    </message>
    <message>
        <source>{name} is not a .gguf file or an MLX model folder. Qwen Desk runs GGUF models (and MLX models on Apple Silicon).</source>
        <translation>{name} 既不是 .gguf 文件，也不是 MLX 模型文件夹。Qwen Desk 可运行 GGUF 模型（在 Apple Silicon 上还可运行 MLX 模型）。</translation>
    </message>
    <message>
        <source>{name} is split into {count} files and {missing} is missing. Put all parts in the same folder first.</source>
        <translation>{name} 被拆分为 {count} 个文件，缺少 {missing}。请先将所有分片放在同一个文件夹中。</translation>
    </message>
    <message>
        <source>Not enough disk space to copy {name}: it needs {size} but only {free} is free. Free some space, or import it without copying.</source>
        <translation>磁盘空间不足，无法复制 {name}：需要 {size}，但只有 {free} 可用。请释放一些空间，或以不复制的方式导入。</translation>
    </message>
    <message>
        <source>The models folder already has {name}. Delete that copy first, or import this one without copying.</source>
        <translation>模型文件夹中已有 {name}。请先删除该副本，或以不复制的方式导入此模型。</translation>
    </message>
    <message>
        <source>{name} belongs to another app ({app}); delete it there.</source>
        <translation>{name} 属于其他应用（{app}）；请在该应用中删除。</translation>
    </message>
    <message>
        <source>{path} is not in the models folder, so it was not deleted.</source>
        <translation>{path} 不在模型文件夹中，因此未删除。</translation>
    </message>
</context>
<context>
    <name>McpConfig</name>
    <message>
        <source>The server &quot;{name}&quot; is not an object in mcp.json; it was skipped.</source>
        <translation>服务器“{name}”在 mcp.json 中不是对象；已跳过。</translation>
    </message>
    <message>
        <source>The server &quot;{name}&quot; has a url that is not http(s); it was skipped.</source>
        <translation>服务器“{name}”的 url 不是 http(s) 地址；已跳过。</translation>
    </message>
    <message>
        <source>The headers of &quot;{name}&quot; must be an object of text values; it was left out.</source>
        <translation>“{name}”的 headers 必须是值为文本的对象；已将其忽略。</translation>
    </message>
    <message>
        <source>The server &quot;{name}&quot; has neither a &quot;command&quot; nor a &quot;url&quot;; it was skipped.</source>
        <translation>服务器“{name}”既没有“command”也没有“url”；已跳过。</translation>
    </message>
    <message>
        <source>The &quot;args&quot; of &quot;{name}&quot; must be a list of text; it was skipped.</source>
        <translation>“{name}”的“args”必须是文本列表；已跳过。</translation>
    </message>
    <message>
        <source>The env of &quot;{name}&quot; must be an object of text values; it was left out.</source>
        <translation>“{name}”的 env 必须是值为文本的对象；已将其忽略。</translation>
    </message>
    <message>
        <source>mcp.json is not valid JSON at line {line}, column {column} ({error}). Fix it in Settings → Tools, or remove the file to start again.</source>
        <translation>mcp.json 第 {line} 行第 {column} 列处不是有效的 JSON（{error}）。请在“设置 → 工具”中修正，或删除该文件以重新开始。</translation>
    </message>
    <message>
        <source>mcp.json must be an object like {&quot;mcpServers&quot;: {...}}.</source>
        <translation>mcp.json 必须是类似 {&quot;mcpServers&quot;: {...}} 的对象。</translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; in mcp.json must be an object of servers by name.</source>
        <translation>mcp.json 中的“mcpServers”必须是以名称为键的服务器对象。</translation>
    </message>
    <message>
        <source>mcp.json at {path} could not be read ({error}).</source>
        <translation>无法读取位于 {path} 的 mcp.json（{error}）。</translation>
    </message>
    <message>
        <source>mcp.json could not be saved at {path} ({error}).</source>
        <translation>无法将 mcp.json 保存到 {path}（{error}）。</translation>
    </message>
    <message>
        <source>The server &quot;{server}&quot; needs the secret &quot;{name}&quot; from the system keychain for {key}, but it is not there. Add it in Settings → Tools.</source>
        <translation>服务器“{server}”的 {key} 需要系统钥匙串中的机密“{name}”，但钥匙串中没有该机密。请在“设置 → 工具”中添加。</translation>
    </message>
</context>
<context>
    <name>McpServer</name>
    <message>
        <source>The MCP server &quot;{name}&quot; did not answer within {seconds} s of starting. Check its command or URL in Settings → Tools; its messages are in the Qwen Desk log.</source>
        <translation>MCP 服务器“{name}”启动后 {seconds} 秒内没有响应。请在“设置 → 工具”中检查其命令或 URL；其输出信息记录在 Qwen Desk 日志中。</translation>
    </message>
    <message>
        <source>The MCP server &quot;{name}&quot; could not start: the command &quot;{command}&quot; was not found or may not be run. Check it in Settings → Tools.</source>
        <translation>MCP 服务器“{name}”无法启动：找不到命令“{command}”，或不允许运行该命令。请在“设置 → 工具”中检查。</translation>
    </message>
    <message>
        <source>The MCP server &quot;{name}&quot; was stopped.</source>
        <translation>MCP 服务器“{name}”已停止。</translation>
    </message>
    <message>
        <source>The MCP server &quot;{name}&quot; stopped: {error}. Check it in Settings → Tools; its messages are in the Qwen Desk log.</source>
        <translation>MCP 服务器“{name}”已停止：{error}。请在“设置 → 工具”中检查；其输出信息记录在 Qwen Desk 日志中。</translation>
    </message>
    <message>
        <source>The MCP server &quot;{name}&quot; is on the network ({host}) and Qwen Desk is in offline mode. Turn offline mode off in Settings to use it.</source>
        <translation>MCP 服务器“{name}”位于网络上（{host}），而 Qwen Desk 处于离线模式。要使用它，请在设置中关闭离线模式。</translation>
    </message>
    <message>
        <source>Switched off in mcp.json.</source>
        <translation>已在 mcp.json 中关闭。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Not started: tools are off.</source>
        <translation>未启动：工具已关闭。</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>尚未启动。</translation>
    </message>
</context>
<context>
    <name>ModelAdvice</name>
    <message>
        <source>less than one token a second</source>
        <translation>每秒不到 1 个 token</translation>
    </message>
    <message>
        <source>about {count} tokens a second</source>
        <translation>每秒约 {count} 个 token</translation>
    </message>
    <message>
        <source>1 CPU core, no GPU</source>
        <translation>1 个 CPU 核心，无 GPU</translation>
    </message>
    <message>
        <source>{count} CPU cores, no GPU</source>
        <translation>{count} 个 CPU 核心，无 GPU</translation>
    </message>
    <message>
        <source>{model} answers at {speed} on this computer ({hardware}).</source>
        <translation>{model} 在这台电脑上的回答速度为{speed}（{hardware}）。</translation>
    </message>
    <message>
        <source>Nothing in the catalog runs faster here; expect to wait for replies.</source>
        <translation>模型目录中没有能在这里运行得更快的模型；回复需要一些等待时间。</translation>
    </message>
    <message>
        <source>It is the most capable model that still replies at a comfortable pace here; memory is not the limit, speed is: {model} would manage {speed} and thinks before it answers, so a reply can take minutes.</source>
        <translation>它是在这里仍能以舒适速度回复的最强模型；限制因素不是内存，而是速度：{model} 的速度约为{speed}，而且会先思考再回答，因此一次回复可能需要几分钟。</translation>
    </message>
    <message>
        <source>It is the most capable model that still replies at a comfortable pace here; memory is not the limit, speed is: {model} would manage {speed}.</source>
        <translation>它是在这里仍能以舒适速度回复的最强模型；限制因素不是内存，而是速度：{model} 的速度约为{speed}。</translation>
    </message>
    <message>
        <source>It is the most capable model that fits in the memory free now ({free}).</source>
        <translation>它是当前可用内存（{free}）中能容纳的最强模型。</translation>
    </message>
    <message>
        <source>Switch Thinking on in a chat for harder questions; replies then take longer.</source>
        <translation>遇到较难的问题时，可在对话中开启“思考”；开启后回复会更慢。</translation>
    </message>
    <message>
        <source>{model} has the thinking switch and is quicker ({speed}) but less capable.</source>
        <translation>{model} 有思考开关，速度更快（{speed}），但能力较弱。</translation>
    </message>
    <message>
        <source>{model} has the thinking switch but is slower here ({speed}) and less suited to code.</source>
        <translation>{model} 有思考开关，但在这里速度较慢（{speed}），也不太擅长代码。</translation>
    </message>
    <message>
        <source>{model} has the thinking switch but is slower here ({speed}) and less suited to maths.</source>
        <translation>{model} 有思考开关，但在这里速度较慢（{speed}），也不太擅长数学。</translation>
    </message>
    <message>
        <source>{model} has the thinking switch but is slower here ({speed}) and less suited to chat.</source>
        <translation>{model} 有思考开关，但在这里速度较慢（{speed}），也不太擅长对话。</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>{card}: {sampling}</source>
        <translation>{card}：{sampling}</translation>
    </message>
    <message>
        <source>{card}, thinking mode: {sampling}</source>
        <translation>{card}，思考模式：{sampling}</translation>
    </message>
    <message>
        <source>{card}, non-thinking mode: {sampling}</source>
        <translation>{card}，非思考模式：{sampling}</translation>
    </message>
    <message>
        <source>{label} model card</source>
        <translation>{label} 模型卡片</translation>
    </message>
    <message>
        <source>Qwen&apos;s model card: if a quantised model repeats itself endlessly, a presence penalty of up to 1.5 helps; higher values can mix languages and lower quality a little.</source>
        <translation>Qwen 的模型卡片：如果量化模型无休止地重复自身，设置最高 1.5 的存在惩罚会有帮助；更高的值可能导致语言混杂，并略微降低质量。</translation>
    </message>
    <message>
        <source>QwQ&apos;s card advises top-k between 20 and 40.</source>
        <translation>QwQ 的模型卡片建议 top-k 取 20 到 40 之间。</translation>
    </message>
    <message>
        <source>With the General preset no system message is sent, so the template&apos;s own default applies.</source>
        <translation>使用“General”预设时不会发送系统消息，因此采用模板自身的默认设置。</translation>
    </message>
    <message>
        <source>Qwen2.5 generation defaults (the Math card gives no sampling)</source>
        <translation>Qwen2.5 生成默认值（Math 模型卡片未给出采样参数）</translation>
    </message>
    <message>
        <source>The Math card&apos;s chain-of-thought system prompt is the default.</source>
        <translation>Math 模型卡片中的思维链系统提示词为默认值。</translation>
    </message>
    <message>
        <source>Its card asks for no system prompt: instructions go into the user turn.</source>
        <translation>其模型卡片要求不使用系统提示词：指令应放在用户消息中。</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>此模型</translation>
    </message>
    <message>
        <source>No model card known; Qwen3&apos;s recommended values</source>
        <translation>无已知的模型卡片；采用 Qwen3 的推荐值</translation>
    </message>
    <message>
        <source>Your own sampling from Settings (thinking mode)</source>
        <translation>你在设置中自定义的采样参数（思考模式）</translation>
    </message>
    <message>
        <source>Your own sampling from Settings (non-thinking mode)</source>
        <translation>你在设置中自定义的采样参数（非思考模式）</translation>
    </message>
    <message>
        <source>{label}: its card asks for no system prompt</source>
        <translation>{label}：其模型卡片要求不使用系统提示词</translation>
    </message>
    <message>
        <source>{label}: the {preset} preset</source>
        <translation>{label}：“{preset}”预设</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>无系统提示词</translation>
    </message>
    <message>
        <source>{label}: its card asks for instructions in the user turn</source>
        <translation>{label}：其模型卡片要求将指令放在用户消息中</translation>
    </message>
    <message>
        <source>The {preset} preset</source>
        <translation>“{preset}”预设</translation>
    </message>
    <message>
        <source>Your own system prompt</source>
        <translation>你自己的系统提示词</translation>
    </message>
    <message>
        <source>{label}: no system message, so the model&apos;s template adds its own default (“You are Qwen, created by Alibaba Cloud…”)</source>
        <translation>{label}：没有系统消息，因此模型模板会添加其自带的默认内容（“You are Qwen, created by Alibaba Cloud…”）</translation>
    </message>
</context>
<context>
    <name>ModelFacts</name>
    <message>
        <source>{total}B parameters ({active}B active)</source>
        <translation>{total}B 参数（激活 {active}B）</translation>
    </message>
    <message>
        <source>{total}B parameters</source>
        <translation>{total}B 参数</translation>
    </message>
    <message>
        <source>{native}K context (up to {most}K with YaRN)</source>
        <translation>{native}K 上下文（使用 YaRN 最高 {most}K）</translation>
    </message>
    <message>
        <source>{native}K context</source>
        <translation>{native}K 上下文</translation>
    </message>
    <message>
        <source>{count} billion</source>
        <translation>{count} 十亿</translation>
    </message>
    <message>
        <source>{count} million</source>
        <translation>{count} 百万</translation>
    </message>
    <message>
        <source>{count} thousand</source>
        <translation>{count} 千</translation>
    </message>
    <message>
        <source>{bits}-bit MLX</source>
        <translation>{bits} 位 MLX</translation>
    </message>
    <message>
        <source>present</source>
        <translation>有</translation>
    </message>
    <message>
        <source>missing (a plain fallback is used)</source>
        <translation>缺失（使用简单的后备模板）</translation>
    </message>
    <message>
        <source>faulty: it did not finish (the model cannot be used)</source>
        <translation>有问题：无法运行完成（该模型无法使用）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>{context} tokens</source>
        <translation>{context} 个 token</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Native context</source>
        <translation>原生上下文</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>对话模板</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>not a Qwen family Qwen Desk knows; Qwen3&apos;s sampling is used</source>
        <translation>不是 Qwen Desk 已知的 Qwen 系列；使用 Qwen3 的采样参数</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>Sampling when thinking</source>
        <translation>思考时的采样</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>长上下文</translation>
    </message>
    <message>
        <source>up to {context} tokens with YaRN (model card)</source>
        <translation>使用 YaRN 时最多 {context} 个 token（据模型卡片）</translation>
    </message>
</context>
<context>
    <name>ModelFamily</name>
    <message>
        <source>Qwen3 2507 update</source>
        <translation>Qwen3 2507 更新版</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>The model file {path} does not exist. Check the path.</source>
        <translation>模型文件 {path} 不存在。请检查路径。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a GGUF file. Choose the .gguf file inside it.</source>
        <translation>{path} 是文件夹，而不是 GGUF 文件。请选择其中的 .gguf 文件。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). Download it again.</source>
        <translation>{name} 是空文件（0 字节）。请重新下载。</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Qwen Desk runs GGUF files (and MLX folders on Apple Silicon); download a GGUF build of the model.</source>
        <translation>{name} 不是 GGUF 模型文件。Qwen Desk 可运行 GGUF 文件（在 Apple Silicon 上还可运行 MLX 文件夹）；请下载该模型的 GGUF 版本。</translation>
    </message>
    <message>
        <source>{name} could not be read ({error}). Check that the file exists and that you may read it.</source>
        <translation>无法读取 {name}（{error}）。请检查该文件是否存在，以及你是否有读取权限。</translation>
    </message>
    <message>
        <source>{name} is cut short or damaged (its header ends early). Download it again.</source>
        <translation>{name} 不完整或已损坏（其文件头提前结束）。请重新下载。</translation>
    </message>
    <message>
        <source>{name} uses GGUF version {version}, which this app cannot read.</source>
        <translation>{name} 使用 GGUF 版本 {version}，此应用无法读取。</translation>
    </message>
    <message>
        <source>{name} has a damaged header ({error}). Download the model again, or another build of it.</source>
        <translation>{name} 的文件头已损坏（{error}）。请重新下载该模型，或下载它的其他版本。</translation>
    </message>
    <message>
        <source>{name} has a damaged header: {key} should be a whole number but is {shown}. Download the model again, or another build of it.</source>
        <translation>{name} 的文件头已损坏：{key} 应为整数，但实际为 {shown}。请重新下载该模型，或下载它的其他版本。</translation>
    </message>
    <message>
        <source>{name} has a damaged header: {key} is {value}, which no real model has. Download the model again, or another build of it.</source>
        <translation>{name} 的文件头已损坏：{key} 为 {value}，任何真实模型都不会是这个值。请重新下载该模型，或下载它的其他版本。</translation>
    </message>
    <message>
        <source>{name} has a damaged header: general.alignment is {alignment}, not a power of two. Download the model again, or another build of it.</source>
        <translation>{name} 的文件头已损坏：general.alignment 为 {alignment}，不是 2 的幂。请重新下载该模型，或下载它的其他版本。</translation>
    </message>
    <message>
        <source>{name} has a damaged header: its vocabulary (tokenizer.ggml.tokens) is not a list of texts. Download the model again, or another build of it.</source>
        <translation>{name} 的文件头已损坏：其词表（tokenizer.ggml.tokens）不是文本列表。请重新下载该模型，或下载它的其他版本。</translation>
    </message>
    <message>
        <source>{name} is incomplete: {missing} bytes of model data are missing. The download was probably interrupted; download it again.</source>
        <translation>{name} 不完整：缺少 {missing} 字节的模型数据。下载可能被中断了；请重新下载。</translation>
    </message>
</context>
<context>
    <name>ModelFit</name>
    <message>
        <source>Fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>较紧张</translation>
    </message>
    <message>
        <source>Won&apos;t fit</source>
        <translation>无法容纳</translation>
    </message>
    <message>
        <source>Fits on this computer at {context} tokens of context:</source>
        <translation>上下文为 {context} 个 token 时，这台电脑可以容纳：</translation>
    </message>
    <message>
        <source>Tight on this computer at {context} tokens of context:</source>
        <translation>上下文为 {context} 个 token 时，这台电脑比较紧张：</translation>
    </message>
    <message>
        <source>Won&apos;t fit on this computer at {context} tokens of context:</source>
        <translation>上下文为 {context} 个 token 时，这台电脑无法容纳：</translation>
    </message>
    <message>
        <source>weights {size}</source>
        <translation>权重 {size}</translation>
    </message>
    <message>
        <source>KV cache ({kind}) {size}</source>
        <translation>KV cache（{kind}）{size}</translation>
    </message>
    <message>
        <source>overhead {size}</source>
        <translation>额外开销 {size}</translation>
    </message>
    <message>
        <source>{size} of {budget} available</source>
        <translation>{size}（可用 {budget}）</translation>
    </message>
    <message>
        <source>Largest context that fits comfortably: {context} tokens.</source>
        <translation>可宽裕容纳的最大上下文：{context} 个 token。</translation>
    </message>
    <message>
        <source>Only fits tightly, up to {context} tokens; close other apps first.</source>
        <translation>只能勉强容纳，最多 {context} 个 token；请先关闭其他应用。</translation>
    </message>
    <message>
        <source>Does not fit even with a small context; pick a smaller model.</source>
        <translation>即使使用较小的上下文也无法容纳；请选择更小的模型。</translation>
    </message>
    <message>
        <source>The size is an estimate until the catalog is refreshed.</source>
        <translation>在刷新模型目录之前，该大小为估计值。</translation>
    </message>
</context>
<context>
    <name>ModelLoad</name>
    <message>
        <source>{name} is an MLX model, which runs only on Apple Silicon Macs. Download the GGUF build of this model instead.</source>
        <translation>{name} 是 MLX 模型，只能在搭载 Apple Silicon 的 Mac 上运行。请改为下载该模型的 GGUF 版本。</translation>
    </message>
    <message>
        <source>This is an MLX model but mlx-lm is not installed. Reinstall Qwen Desk, or use the GGUF build of the model.</source>
        <translation>这是 MLX 模型，但未安装 mlx-lm。请重新安装 Qwen Desk，或使用该模型的 GGUF 版本。</translation>
    </message>
    <message>
        <source>{model} is served by {url}; this engine runs local files only.</source>
        <translation>{model} 由 {url} 提供；此引擎只能运行本地文件。</translation>
    </message>
    <message>
        <source>No model is loaded. Load a model first.</source>
        <translation>未加载模型。请先加载模型。</translation>
    </message>
    <message>
        <source>Checking the model file</source>
        <translation>正在检查模型文件</translation>
    </message>
    <message>
        <source>{name} has no chat template, so Qwen Desk cannot tell how to talk to it. Use an instruct/chat GGUF of the model (base models have no template).</source>
        <translation>{name} 没有对话模板，因此 Qwen Desk 无法确定如何与它对话。请使用该模型的 instruct/chat 版 GGUF（基础模型没有模板）。</translation>
    </message>
    <message>
        <source>Unknown KV-cache type {kind}; choose f16, q8_0 or q4_0.</source>
        <translation>未知的 KV cache 类型 {kind}；请选择 f16、q8_0 或 q4_0。</translation>
    </message>
    <message>
        <source>Loading weights</source>
        <translation>正在加载权重</translation>
    </message>
    <message>
        <source>GPU memory is full; loading on the CPU</source>
        <translation>GPU 显存已满；改为在 CPU 上加载</translation>
    </message>
    <message>
        <source>Preparing the chat template</source>
        <translation>正在准备对话模板</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>This build of llama.cpp does not support the &apos;{architecture}&apos; architecture of {name} ({build}). Update Qwen Desk or choose another model.</source>
        <translation>此版本的 llama.cpp 不支持 {name} 的“{architecture}”架构（{build}）。请更新 Qwen Desk 或选择其他模型。</translation>
    </message>
    <message>
        <source>Not enough memory to load {name} with these settings. Choose a smaller context length or a smaller quantisation, or fewer GPU layers.</source>
        <translation>内存不足，无法以当前设置加载 {name}。请选择较小的上下文长度、较小的量化，或减少 GPU 层数。</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {error}</source>
        <translation>llama.cpp 无法加载 {name}：{error}</translation>
    </message>
    <message>
        <source>{model} needs about {size} of memory at a context of {context} tokens, but only {free} is free. A context of {fits} tokens fits: load it with that, or close other apps.</source>
        <translation>在 {context} 个 token 的上下文下，{model} 约需 {size} 内存，但只有 {free} 可用。{fits} 个 token 的上下文可以容纳：请以该上下文加载，或关闭其他应用。</translation>
    </message>
    <message>
        <source>{model} needs about {size} of memory even at a context of {context} tokens ({weights} for its weights, {working} for its KV cache and working buffers), but this computer has only {free} free ({total} in all). Choose a smaller model or a smaller quantisation (e.g. Q4_K_M).</source>
        <translation>即使上下文只有 {context} 个 token，{model} 也约需 {size} 内存（权重 {weights}，KV cache 和工作缓冲区 {working}），但这台电脑只有 {free} 可用（共 {total}）。请选择更小的模型或更小的量化（例如 Q4_K_M）。</translation>
    </message>
    <message>
        <source>Checking the model folder</source>
        <translation>正在检查模型文件夹</translation>
    </message>
    <message>
        <source>Reading the weights</source>
        <translation>正在读取权重</translation>
    </message>
    <message>
        <source>Loading the weights</source>
        <translation>正在加载权重</translation>
    </message>
    <message>
        <source>Loading the tokenizer</source>
        <translation>正在加载分词器</translation>
    </message>
    <message>
        <source>Not enough memory to load {name}. Choose a smaller model.</source>
        <translation>内存不足，无法加载 {name}。请选择更小的模型。</translation>
    </message>
    <message>
        <source>The weights in {name} could not be read: they may be incomplete or damaged, or not match the model&apos;s config.json ({detail}).</source>
        <translation>无法读取 {name} 中的权重：它们可能不完整或已损坏，或与模型的 config.json 不匹配（{detail}）。</translation>
    </message>
    <message>
        <source>The tokenizer files in {name} could not be read ({detail}).</source>
        <translation>无法读取 {name} 中的分词器文件（{detail}）。</translation>
    </message>
    <message>
        <source>The model&apos;s chat template failed: {error}</source>
        <translation>模型的对话模板出错：{error}</translation>
    </message>
    <message>
        <source>The model&apos;s cache could not be prepared: {error}</source>
        <translation>无法准备模型的缓存：{error}</translation>
    </message>
    <message>
        <source>The model folder {path} does not exist. It may have been moved or deleted.</source>
        <translation>模型文件夹 {path} 不存在。它可能已被移动或删除。</translation>
    </message>
    <message>
        <source>{name} is a file, but an MLX model is a folder with config.json, *.safetensors weights and tokenizer files. It is a GGUF file: open it with the llama.cpp engine.</source>
        <translation>{name} 是一个文件，但 MLX 模型是一个包含 config.json、*.safetensors 权重和分词器文件的文件夹。它是 GGUF 文件：请使用 llama.cpp 引擎打开。</translation>
    </message>
    <message>
        <source>{name} is a file, but an MLX model is a folder with config.json, *.safetensors weights and tokenizer files.</source>
        <translation>{name} 是一个文件，但 MLX 模型是一个包含 config.json、*.safetensors 权重和分词器文件的文件夹。</translation>
    </message>
    <message>
        <source>The folder {name} has no config.json, so it is not an MLX model folder.</source>
        <translation>文件夹 {name} 中没有 config.json，因此不是 MLX 模型文件夹。</translation>
    </message>
    <message>
        <source>The config.json in {name} cannot be read; the download may be incomplete.</source>
        <translation>无法读取 {name} 中的 config.json；下载可能不完整。</translation>
    </message>
    <message>
        <source>The config.json in {name} does not say which architecture the model has.</source>
        <translation>{name} 中的 config.json 未说明模型采用的架构。</translation>
    </message>
    <message>
        <source>The folder {name} has no model*.safetensors weights, so it is not an MLX model folder (or its download is incomplete).</source>
        <translation>文件夹 {name} 中没有 model*.safetensors 权重，因此不是 MLX 模型文件夹（或其下载不完整）。</translation>
    </message>
    <message>
        <source>The folder {name} has no tokenizer files (tokenizer.json).</source>
        <translation>文件夹 {name} 中没有分词器文件（tokenizer.json）。</translation>
    </message>
    <message>
        <source>{name} needs custom Python code to run, which Qwen Desk does not execute.</source>
        <translation>{name} 需要运行自定义 Python 代码，而 Qwen Desk 不会执行此类代码。</translation>
    </message>
    <message>
        <source>This version of mlx-lm cannot run the &apos;{architecture}&apos; architecture of {name}. Update Qwen Desk or choose another model.</source>
        <translation>此版本的 mlx-lm 无法运行 {name} 的“{architecture}”架构。请更新 Qwen Desk 或选择其他模型。</translation>
    </message>
    <message>
        <source>{name} has no chat template, so Qwen Desk cannot tell how to talk to it. Use an instruct/chat version of the model (base models have no template).</source>
        <translation>{name} 没有对话模板，因此 Qwen Desk 无法确定如何与它对话。请使用该模型的 instruct/chat 版本（基础模型没有模板）。</translation>
    </message>
    <message>
        <source>Connecting to {server}</source>
        <translation>正在连接到 {server}</translation>
    </message>
    <message>
        <source>Reading the server&apos;s details</source>
        <translation>正在读取服务器信息</translation>
    </message>
</context>
<context>
    <name>ModelSource</name>
    <message>
        <source>In library</source>
        <translation>在模型库中</translation>
    </message>
    <message>
        <source>Linked in place</source>
        <translation>原位链接</translation>
    </message>
    <message>
        <source>Found in Hugging Face cache</source>
        <translation>在 Hugging Face 缓存中找到</translation>
    </message>
    <message>
        <source>Found in LM Studio</source>
        <translation>在 LM Studio 中找到</translation>
    </message>
    <message>
        <source>Found in Ollama</source>
        <translation>在 Ollama 中找到</translation>
    </message>
    <message>
        <source>Found in GPT4All</source>
        <translation>在 GPT4All 中找到</translation>
    </message>
</context>
<context>
    <name>ModelThinking</name>
    <message>
        <source>Thinking on/off</source>
        <translation>可开关思考</translation>
    </message>
    <message>
        <source>Always thinks</source>
        <translation>始终思考</translation>
    </message>
    <message>
        <source>No thinking</source>
        <translation>不思考</translation>
    </message>
    <message>
        <source>Can think step by step before answering; you switch it per chat.</source>
        <translation>可在回答前逐步思考；可在每个对话中单独开关。</translation>
    </message>
    <message>
        <source>Always reasons step by step first: slower, stronger at hard tasks.</source>
        <translation>总是先逐步推理：速度较慢，但更擅长处理难题。</translation>
    </message>
    <message>
        <source>Answers straight away, without a thinking phase.</source>
        <translation>直接回答，没有思考阶段。</translation>
    </message>
</context>
<context>
    <name>ModelsFolder</name>
    <message>
        <source>{destination} is already the models folder.</source>
        <translation>{destination} 已经是模型文件夹。</translation>
    </message>
    <message>
        <source>{destination} is inside the current models folder. Choose a folder outside {source}.</source>
        <translation>{destination} 位于当前模型文件夹内。请选择 {source} 之外的文件夹。</translation>
    </message>
    <message>
        <source>{destination} is a file, not a folder. Choose a folder.</source>
        <translation>{destination} 是文件，而不是文件夹。请选择一个文件夹。</translation>
    </message>
    <message>
        <source>The new folder already has {names} and {more} more. Move or delete them there first, or choose another folder.</source>
        <translation>新文件夹中已有 {names} 及其他 {more} 项。请先在那里移走或删除它们，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The new folder already has {names}. Move or delete it there first, or choose another folder.</source>
        <translation>新文件夹中已有 {names}。请先在那里移走或删除它，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The new folder already has {names}. Move or delete them there first, or choose another folder.</source>
        <translation>新文件夹中已有 {names}。请先在那里移走或删除它们，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Moving the models needs {size} free in {destination}, but that drive has only {free} free. Free some space or choose another folder.</source>
        <translation>移动模型需要 {destination} 中有 {size} 可用空间，但该驱动器只有 {free} 可用。请释放一些空间或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Could not move {name}: {error}. It is still in {source}; check the new folder&apos;s drive and try again.</source>
        <translation>无法移动 {name}：{error}。它仍在 {source} 中；请检查新文件夹所在的驱动器后重试。</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>the proxy {via} did not let the connection to {host} through ({detail})</source>
        <translation>代理 {via} 未放行到 {host} 的连接（{detail}）</translation>
    </message>
    <message>
        <source>the secure connection to {host} could not be verified ({detail}); a proxy or firewall may be intercepting it</source>
        <translation>无法验证到 {host} 的安全连接（{detail}）；可能有代理或防火墙在拦截该连接</translation>
    </message>
    <message>
        <source>the proxy {via} refused the connection</source>
        <translation>代理 {via} 拒绝了连接</translation>
    </message>
    <message>
        <source>the proxy&apos;s name {via} could not be looked up</source>
        <translation>无法解析代理的名称 {via}</translation>
    </message>
    <message>
        <source>the proxy {via} could not be reached ({detail})</source>
        <translation>无法连接代理 {via}（{detail}）</translation>
    </message>
    <message>
        <source>{host} did not answer in time; the network may be down or blocked</source>
        <translation>{host} 未及时响应；网络可能已断开或被阻止</translation>
    </message>
    <message>
        <source>the name {host} could not be looked up, so this computer seems to be offline (or its DNS is not working)</source>
        <translation>无法解析名称 {host}，这台电脑似乎处于离线状态（或其 DNS 无法正常工作）</translation>
    </message>
    <message>
        <source>this computer has no network connection</source>
        <translation>这台电脑没有网络连接</translation>
    </message>
    <message>
        <source>{host} refused the connection</source>
        <translation>{host} 拒绝了连接</translation>
    </message>
    <message>
        <source>could not connect to {host} ({detail})</source>
        <translation>无法连接到 {host}（{detail}）</translation>
    </message>
</context>
<context>
    <name>PythonRunner</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>已被用户停止。</translation>
    </message>
    <message>
        <source>Stopped: the program ran longer than the time limit of {seconds} s.</source>
        <translation>已停止：程序运行时间超过了 {seconds} 秒的时间限制。</translation>
    </message>
    <message>
        <source>Stopped: the program used more than the memory limit of {size}.</source>
        <translation>已停止：程序使用的内存超过了 {size} 的内存限制。</translation>
    </message>
    <message>
        <source>Stopped: the program printed more than the output limit of {size}; the output is cut there.</source>
        <translation>已停止：程序输出超过了 {size} 的输出限制；输出在此处截断。</translation>
    </message>
    <message>
        <source>The program ended with exit code {code}.</source>
        <translation>程序已结束，退出代码为 {code}。</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>{source} is a file on this computer; the remote engine runs models on servers only.</source>
        <translation>{source} 是这台电脑上的文件；远程引擎只能运行服务器上的模型。</translation>
    </message>
    <message>
        <source>{server} does not serve a model called {model}. It serves: {served}. Choose one of its models in Connect to a server…</source>
        <translation>{server} 没有提供名为 {model} 的模型。它提供的模型有：{served}。请在“连接到服务器…”中选择其中一个模型。</translation>
    </message>
    <message>
        <source>{server} stopped the reply with an error: {said}</source>
        <translation>{server} 因错误停止了回复：{said}</translation>
    </message>
    <message>
        <source>{server} stopped the reply with an error.</source>
        <translation>{server} 因错误停止了回复。</translation>
    </message>
    <message>
        <source>Qwen Desk could not read the reply from {server}; see the log.</source>
        <translation>Qwen Desk 无法读取来自 {server} 的回复；请查看日志。</translation>
    </message>
    <message>
        <source>The certificate of {server} could not be verified (it is self-signed or from an authority this computer does not trust). Install the server&apos;s certificate authority on this computer, or use http:// on a network you trust.</source>
        <translation>无法验证 {server} 的证书（它是自签名证书，或由这台电脑不信任的颁发机构签发）。请在这台电脑上安装该服务器的证书颁发机构，或在可信网络中使用 http://。</translation>
    </message>
    <message>
        <source>A secure (https) connection to {server} failed. Check that the server speaks https on that port, or use http:// if it does not.</source>
        <translation>与 {server} 的安全（https）连接失败。请检查服务器是否在该端口上使用 https；如果没有，请使用 http://。</translation>
    </message>
    <message>
        <source>The name {host} could not be found. Check the spelling of the server&apos;s address, or use its IP address.</source>
        <translation>找不到名称 {host}。请检查服务器地址的拼写，或使用其 IP 地址。</translation>
    </message>
    <message>
        <source>Nothing is listening at {server}. Check that the server is running and that the address and port are right.</source>
        <translation>{server} 上没有任何服务在监听。请检查服务器是否正在运行，以及地址和端口是否正确。</translation>
    </message>
    <message>
        <source>{server} did not answer within {seconds} seconds. Check that the server is on and reachable from this computer (firewall, VPN).</source>
        <translation>{server} 在 {seconds} 秒内没有响应。请检查服务器是否已开启，以及能否从这台电脑访问（防火墙、VPN）。</translation>
    </message>
    <message>
        <source>{server} stopped sending for {seconds} seconds, so Qwen Desk gave up. The server may be overloaded or stuck; try again, or restart the server.</source>
        <translation>{server} 已有 {seconds} 秒未发送数据，因此 Qwen Desk 已放弃。服务器可能负载过高或卡住了；请重试，或重新启动服务器。</translation>
    </message>
    <message>
        <source>{server} closed the connection in the middle of the reply (it may have stopped or crashed). Check the server, then try again.</source>
        <translation>{server} 在回复过程中关闭了连接（它可能已停止或崩溃）。请检查服务器，然后重试。</translation>
    </message>
    <message>
        <source>The server address is not valid; write it like http://gpu-box:8000/v1.</source>
        <translation>服务器地址无效；请按 http://gpu-box:8000/v1 的格式填写。</translation>
    </message>
    <message>
        <source>Could not talk to {server}: {error}. Check the address and the network.</source>
        <translation>无法与 {server} 通信：{error}。请检查地址和网络。</translation>
    </message>
    <message>
        <source>The server said: {said}</source>
        <translation>服务器返回：{said}</translation>
    </message>
    <message>
        <source>{server} refused the API key. Check the key in Connect to a server…</source>
        <translation>{server} 拒绝了该 API 密钥。请在“连接到服务器…”中检查密钥。</translation>
    </message>
    <message>
        <source>{server} needs an API key. Enter it in Connect to a server…</source>
        <translation>{server} 需要 API 密钥。请在“连接到服务器…”中输入。</translation>
    </message>
    <message>
        <source>{server} does not allow this key to use it (access denied). Check the key&apos;s permissions on the server.</source>
        <translation>{server} 不允许使用此密钥访问（访问被拒绝）。请在服务器上检查该密钥的权限。</translation>
    </message>
    <message>
        <source>{server} has no OpenAI-compatible model list at this address. Check the base URL; it usually ends in /v1 (e.g. http://gpu-box:8000/v1).</source>
        <translation>{server} 在此地址上没有兼容 OpenAI 的模型列表。请检查基础 URL；它通常以 /v1 结尾（例如 http://gpu-box:8000/v1）。</translation>
    </message>
    <message>
        <source>{server} does not serve a model called {model}. Choose one of its models in Connect to a server…</source>
        <translation>{server} 没有提供名为 {model} 的模型。请在“连接到服务器…”中选择它的某个模型。</translation>
    </message>
    <message>
        <source>{server} is rate-limiting requests (it asks for {seconds} seconds). Wait a moment, then send again.</source>
        <translation>{server} 正在限制请求频率（要求等待 {seconds} 秒）。请稍候，然后再次发送。</translation>
    </message>
    <message>
        <source>{server} is rate-limiting requests. Wait a moment, then send again.</source>
        <translation>{server} 正在限制请求频率。请稍候，然后再次发送。</translation>
    </message>
    <message>
        <source>{server} had an internal error ({status}). Check the server&apos;s log; try again later.</source>
        <translation>{server} 发生内部错误（{status}）。请检查服务器日志；稍后重试。</translation>
    </message>
    <message>
        <source>{server} rejected the request ({status}).</source>
        <translation>{server} 拒绝了请求（{status}）。</translation>
    </message>
    <message>
        <source>{server} rejected the request ({status}). Check the server log.</source>
        <translation>{server} 拒绝了请求（{status}）。请检查服务器日志。</translation>
    </message>
    <message>
        <source>{server} sent a model list that Qwen Desk cannot read; is it an OpenAI-compatible server? Check the base URL (it usually ends in /v1).</source>
        <translation>{server} 发送的模型列表 Qwen Desk 无法读取；它是兼容 OpenAI 的服务器吗？请检查基础 URL（通常以 /v1 结尾）。</translation>
    </message>
    <message>
        <source>{server} sent a reply that Qwen Desk cannot read; is it an OpenAI-compatible server? Check the base URL (it usually ends in /v1).</source>
        <translation>{server} 发送的回复 Qwen Desk 无法读取；它是兼容 OpenAI 的服务器吗？请检查基础 URL（通常以 /v1 结尾）。</translation>
    </message>
    <message>
        <source>{server} sent an answer that Qwen Desk cannot read; is it an OpenAI-compatible server? Check the base URL (it usually ends in /v1).</source>
        <translation>{server} 发送的应答 Qwen Desk 无法读取；它是兼容 OpenAI 的服务器吗？请检查基础 URL（通常以 /v1 结尾）。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. http://gpu-box:8000/v1.</source>
        <translation>请输入服务器地址，例如 http://gpu-box:8000/v1。</translation>
    </message>
    <message>
        <source>{address} is not a valid server address; write it like http://gpu-box:8000/v1.</source>
        <translation>{address} 不是有效的服务器地址；请按 http://gpu-box:8000/v1 的格式填写。</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https:// and name a host, e.g. http://gpu-box:8000/v1.</source>
        <translation>服务器地址必须以 http:// 或 https:// 开头，并包含主机名，例如 http://gpu-box:8000/v1。</translation>
    </message>
    <message>
        <source>Put the API key in the key field, not in the server address.</source>
        <translation>请将 API 密钥填入密钥栏，而不是服务器地址中。</translation>
    </message>
    <message>
        <source>Offline mode is on, so Qwen Desk does not connect to {server}. Turn off offline mode in Settings to use this server, or run the server on this computer.</source>
        <translation>离线模式已开启，因此 Qwen Desk 不会连接 {server}。要使用此服务器，请在设置中关闭离线模式，或在这台电脑上运行该服务器。</translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <source>temperature {value}</source>
        <translation>温度 {value}</translation>
    </message>
    <message>
        <source>top-p {value}</source>
        <translation>top-p {value}</translation>
    </message>
    <message>
        <source>top-k {value}</source>
        <translation>top-k {value}</translation>
    </message>
    <message>
        <source>no top-k</source>
        <translation>无 top-k</translation>
    </message>
    <message>
        <source>min-p {value}</source>
        <translation>min-p {value}</translation>
    </message>
    <message>
        <source>repetition penalty {value}</source>
        <translation>重复惩罚 {value}</translation>
    </message>
    <message>
        <source>presence penalty {value}</source>
        <translation>存在惩罚 {value}</translation>
    </message>
</context>
<context>
    <name>ToolResult</name>
    <message>
        <source>Not run: the reply failed.</source>
        <translation>未运行：回复失败。</translation>
    </message>
    <message>
        <source>The user stopped before it ran.</source>
        <translation>用户在运行前停止了操作。</translation>
    </message>
    <message>
        <source>The user denied this tool call.</source>
        <translation>用户拒绝了此工具调用。</translation>
    </message>
    <message>
        <source>The user did not allow running this code.</source>
        <translation>用户不允许运行此代码。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentChips</name>
    <message>
        <source>{path}
Being indexed</source>
        <translation>{path}
正在建立索引</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>已附加的文档</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+%n 个</numerusform></translation>
    </message>
</context>
<context>
    <name>CatalogCards</name>
    <message>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Maths</source>
        <translation>数学</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>maths</source>
        <translation>数学</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Offline mode is on. Turn it off (File ▸ Offline mode) to download models.</source>
        <translation>离线模式已开启。要下载模型，请将其关闭（文件 ▸ 离线模式）。</translation>
    </message>
    <message>
        <source>{verdict} on this computer</source>
        <translation>这台电脑：{verdict}</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message numerus="yes">
        <source>%n parts</source>
        <translation><numerusform>%n 个分片</numerusform></translation>
    </message>
    <message>
        <source>(community)</source>
        <translation>（社区）</translation>
    </message>
    <message>
        <source>Download {name} {quant}</source>
        <translation>下载 {name} {quant}</translation>
    </message>
    <message>
        <source>Mixture of experts: only the active parameters work on each token, so it is fast for its size.</source>
        <translation>混合专家：每个 token 只由激活的参数处理，因此相对其规模运行很快。</translation>
    </message>
    <message>
        <source>MoE</source>
        <translation>MoE</translation>
    </message>
    <message>
        <source>Sizes from the catalog bundled with the app.</source>
        <translation>大小来自应用自带的模型目录。</translation>
    </message>
    <message>
        <source>Sizes read from Hugging Face on that date.</source>
        <translation>大小于该日期从 Hugging Face 读取。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Recommended for {tasks}</source>
        <translation>推荐用于{tasks}</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>推荐这台电脑使用</translation>
    </message>
    <message>
        <source>Nothing in the catalog fits comfortably; free some memory.</source>
        <translation>模型目录中没有能宽裕运行的模型；请释放一些内存。</translation>
    </message>
    <message>
        <source>Download recommended model for {task}</source>
        <translation>下载推荐的{task}模型</translation>
    </message>
    <message>
        <source>Download {name} instead</source>
        <translation>改为下载 {name}</translation>
    </message>
    <message>
        <source>Or: {model}</source>
        <translation>或：{model}</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>所有任务</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Model catalog</source>
        <translation>模型目录</translation>
    </message>
    <message>
        <source>No model in the catalog matches.</source>
        <translation>模型目录中没有匹配的模型。</translation>
    </message>
    <message>
        <source>Show models for task</source>
        <translation>按任务显示模型</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>搜索模型目录</translation>
    </message>
    <message>
        <source>Search models (name, size, licence, quant)…</source>
        <translation>搜索模型（名称、大小、许可证、量化）…</translation>
    </message>
    <message>
        <source>Refresh from the Hub</source>
        <translation>从 Hub 刷新</translation>
    </message>
    <message>
        <source>Refresh the catalog from the Hugging Face Hub</source>
        <translation>从 Hugging Face Hub 刷新模型目录</translation>
    </message>
    <message>
        <source>Catalog of {date}</source>
        <translation>{date} 版模型目录</translation>
    </message>
    <message>
        <source>bundled data</source>
        <translation>自带数据</translation>
    </message>
    <message>
        <source>refreshed {date}</source>
        <translation>刷新于 {date}</translation>
    </message>
    <message>
        <source>partly refreshed {date}</source>
        <translation>部分刷新于 {date}</translation>
    </message>
    <message>
        <source>Sizes read from Hugging Face.</source>
        <translation>大小从 Hugging Face 读取。</translation>
    </message>
    <message>
        <source>Sizes bundled with the app.</source>
        <translation>大小为应用自带数据。</translation>
    </message>
</context>
<context>
    <name>ChatFiles</name>
    <message numerus="yes">
        <source>%n chat</source>
        <translation><numerusform>%n 个对话</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chats</source>
        <translation><numerusform>%n 个对话</numerusform></translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>导入对话</translation>
    </message>
    <message numerus="yes">
        <source>%n of the {chats} in {file} is already in your history (the file was imported before, or exported from here).</source>
        <translation><numerusform>{file} 中的 {chats} 里有 %n 个已在你的历史记录中（该文件之前已导入过，或是从这里导出的）。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of the {chats} in {file} are already in your history (the file was imported before, or exported from here).</source>
        <translation><numerusform>{file} 中的 {chats} 里有 %n 个已在你的历史记录中（该文件之前已导入过，或是从这里导出的）。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import the %n new one</source>
        <translation><numerusform>导入 %n 个新对话</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import the %n new ones</source>
        <translation><numerusform>导入 %n 个新对话</numerusform></translation>
    </message>
    <message>
        <source>The chat in {file} is already in your history (the file was imported before, or exported from here).</source>
        <translation>{file} 中的对话已在你的历史记录中（该文件之前已导入过，或是从这里导出的）。</translation>
    </message>
    <message>
        <source>All {chats} in {file} are already in your history (the file was imported before, or exported from here).</source>
        <translation>{file} 中的全部 {chats} 都已在你的历史记录中（该文件之前已导入过，或是从这里导出的）。</translation>
    </message>
    <message>
        <source>Import it again as a copy</source>
        <translation>仍然作为副本导入</translation>
    </message>
    <message numerus="yes">
        <source>Import all %n again as copies</source>
        <translation><numerusform>将全部 %n 个作为副本再次导入</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported {chats} from {file}; %n already here was left out.</source>
        <translation>
            <numerusform>已从 {file} 导入 {chats}；%n 个已存在，已跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {chats} from {file}; %n already here were left out.</source>
        <translation><numerusform>已从 {file} 导入 {chats}；%n 个已存在，已跳过。</numerusform></translation>
    </message>
    <message>
        <source>Imported {chats} from {file}.</source>
        <translation>已从 {file} 导入 {chats}。</translation>
    </message>
    <message>
        <source>Exported {chats} to {file} in {folder}.</source>
        <translation>已将 {chats} 导出到 {folder} 中的 {file}。</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <source>Chats (*.json);;All files (*)</source>
        <translation>对话 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export all chats</source>
        <translation>导出所有对话</translation>
    </message>
    <message>
        <source>JSON (*.json);;Markdown (*.md)</source>
        <translation>JSON (*.json);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <source>New chat</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation><numerusform>%n 分钟前</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation><numerusform>%n 小时前</numerusform></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Pinned. {title}, {when}</source>
        <translation>已置顶。{title}，{when}</translation>
    </message>
    <message>
        <source>{title}, {when}</source>
        <translation>{title}，{when}</translation>
    </message>
    <message>
        <source>Chat title</source>
        <translation>对话标题</translation>
    </message>
    <message>
        <source>Automatic title</source>
        <translation>自动标题</translation>
    </message>
</context>
<context>
    <name>ChatMenu</name>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>导出对话</translation>
    </message>
</context>
<context>
    <name>CitationPopup</name>
    <message>
        <source>Source [{number}]</source>
        <translation>来源 [{number}]</translation>
    </message>
    <message>
        <source>Cited passage</source>
        <translation>引用的段落</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <source>chosen files</source>
        <translation>所选文件</translation>
    </message>
    <message>
        <source>Document collections</source>
        <translation>文档集</translation>
    </message>
    <message>
        <source>A collection is a folder or a set of files that any chat can search. Switch collections on for a chat with the Documents button under the message box.</source>
        <translation>文档集是任何对话都可以搜索的一个文件夹或一组文件。可通过消息框下方的“文档”按钮为对话启用文档集。</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>文档集</translation>
    </message>
    <message>
        <source>New from &amp;folder…</source>
        <translation>从文件夹新建(&amp;F)…</translation>
    </message>
    <message>
        <source>New from fi&amp;les…</source>
        <translation>从文件新建(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Re-&amp;index</source>
        <translation>重新建立索引(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>选择文档所在的文件夹</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>选择文档</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>重命名文档集</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>删除文档集</translation>
    </message>
    <message>
        <source>Delete the collection “{name}” and its index? Your files stay where they are.</source>
        <translation>要删除文档集“{name}”及其索引吗？你的文件会保留在原位置。</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>偏高</translation>
    </message>
    <message>
        <source>red</source>
        <translation>将满</translation>
    </message>
    <message>
        <source>Context {percent} percent full ({level})</source>
        <translation>上下文已用 {percent}%（{level}）</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Models folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the models folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>Models folder problem</source>
        <translation>模型文件夹问题</translation>
    </message>
    <message>
        <source>Empty: the app&apos;s own folder (shown greyed). New downloads go here.</source>
        <translation>留空：使用应用自己的文件夹（以灰色显示）。新下载的模型会保存到这里。</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging Face 令牌</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the Hugging Face token</source>
        <translation>保存 Hugging Face 令牌</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the saved Hugging Face token</source>
        <translation>清除已保存的 Hugging Face 令牌</translation>
    </message>
    <message>
        <source>Hugging Face token state</source>
        <translation>Hugging Face 令牌状态</translation>
    </message>
    <message>
        <source>Hugging Face token problem</source>
        <translation>Hugging Face 令牌问题</translation>
    </message>
    <message>
        <source>Only gated models (those that ask you to accept a licence on huggingface.co) need a token. Create a read token at huggingface.co/settings/tokens.</source>
        <translation>只有受限模型（需要在 huggingface.co 上接受许可证的模型）才需要令牌。请在 huggingface.co/settings/tokens 创建一个 read（读取）令牌。</translation>
    </message>
    <message>
        <source>Give the models folder as a full path, or use Browse….</source>
        <translation>请以完整路径指定模型文件夹，或使用“浏览…”。</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Choose a folder.</source>
        <translation>{path} 是文件，不是文件夹。请选择一个文件夹。</translation>
    </message>
    <message>
        <source>Stopping the move…</source>
        <translation>正在停止移动…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n model ({size}) to {folder}. This folder is kept even if you press Cancel.</source>
        <translation><numerusform>已将 %n 个模型（{size}）移至 {folder}。即使按“取消”，也会保留此文件夹。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n models ({size}) to {folder}. This folder is kept even if you press Cancel.</source>
        <translation><numerusform>已将 %n 个模型（{size}）移至 {folder}。即使按“取消”，也会保留此文件夹。</numerusform></translation>
    </message>
    <message>
        <source>Move stopped.</source>
        <translation>移动已停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n model moved to {folder}; {left} still in {source}, which stays the models folder. Choose the new folder again to move the rest.</source>
        <translation><numerusform>已将 %n 个模型移至 {folder}；还有 {left} 个仍在 {source} 中，该文件夹仍是模型文件夹。再次选择新文件夹即可移动其余模型。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n models moved to {folder}; {left} still in {source}, which stays the models folder. Choose the new folder again to move the rest.</source>
        <translation><numerusform>已将 %n 个模型移至 {folder}；还有 {left} 个仍在 {source} 中，该文件夹仍是模型文件夹。再次选择新文件夹即可移动其余模型。</numerusform></translation>
    </message>
    <message>
        <source>{mask} saved in the system keychain.</source>
        <translation>{mask} 已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>{mask} saved, kept for this session only (no keychain found).</source>
        <translation>{mask} 已保存，仅在本次会话中有效（未找到钥匙串）。</translation>
    </message>
    <message>
        <source>No token saved. No keychain was found, so a token would last this session only.</source>
        <translation>未保存令牌。未找到钥匙串，因此令牌只能在本次会话中有效。</translation>
    </message>
    <message>
        <source>No token saved.</source>
        <translation>未保存令牌。</translation>
    </message>
</context>
<context>
    <name>DocumentsButton</name>
    <message>
        <source>Search: keywords and meaning</source>
        <translation>搜索：关键词和语义</translation>
    </message>
    <message>
        <source>Search: keywords only (no embedding model)</source>
        <translation>搜索：仅关键词（无嵌入模型）</translation>
    </message>
    <message>
        <source>Search: keywords and meaning (the embedding model chosen in the Library).</source>
        <translation>搜索：关键词和语义（使用在模型库中选择的嵌入模型）。</translation>
    </message>
    <message>
        <source>Search: keywords only. Keyword search works; an embedding model (Qwen3 Embedding 0.6B in the Library, then “Use for documents”) also finds passages that answer a question worded differently.</source>
        <translation>搜索：仅关键词。关键词搜索可以正常使用；添加嵌入模型（在模型库中找到 Qwen3 Embedding 0.6B，然后点击“用于文档”）后，还能找到能回答问题但措辞不同的段落。</translation>
    </message>
    <message>
        <source>Documents for this chat</source>
        <translation>此对话的文档</translation>
    </message>
    <message>
        <source>Choose the collections this chat searches</source>
        <translation>选择此对话要搜索的文档集</translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation><numerusform>文档（%n）</numerusform></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation>尚无文档集</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Manage collections…</source>
        <translation>管理文档集…</translation>
    </message>
</context>
<context>
    <name>DocumentsHost</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation><numerusform>（另有 %n 个）</numerusform></translation>
    </message>
    <message>
        <source>Some files could not be used: {files}</source>
        <translation>部分文件无法使用：{files}</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>附加文档</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>&amp;Collections…</source>
        <translation>文档集(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Attach to this chat…</source>
        <translation>附加到此对话(&amp;A)…</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>文档 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach documents to this chat (PDF, Word, Markdown, text, HTML, code). You can also drop files or folders on the window, or paste them.</source>
        <translation>将文档附加到此对话（PDF、Word、Markdown、文本、HTML、代码）。也可以将文件或文件夹拖放到窗口中，或直接粘贴。</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>stalled, waiting for data</source>
        <translation>已停滞，正在等待数据</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>等待开始</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>verified, in Installed</source>
        <translation>已校验，见“已安装”</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Download of {name}</source>
        <translation>{name} 的下载</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>已保存到 {folder}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause download of {name}</source>
        <translation>暂停下载 {name}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Resume download of {name}</source>
        <translation>继续下载 {name}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel download of {name}</source>
        <translation>取消下载 {name}</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>{name} 的进度</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so nothing can be downloaded. Turn it off (File ▸ Offline mode), then press Retry.</source>
        <translation>离线模式已开启，无法下载任何内容。请将其关闭（文件 ▸ 离线模式），然后按“重试”。</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n files</source>
        <translation><numerusform>{name} · %n 个文件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n download failed</source>
        <translation><numerusform>%n 个下载失败</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n downloads failed</source>
        <translation><numerusform>%n 个下载失败</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n download paused</source>
        <translation><numerusform>%n 个下载已暂停</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n downloads paused</source>
        <translation><numerusform>%n 个下载已暂停</numerusform></translation>
    </message>
    <message>
        <source>Downloading {name}</source>
        <translation>正在下载 {name}</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n models</source>
        <translation><numerusform>正在下载 %n 个模型</numerusform></translation>
    </message>
    <message>
        <source>{percent}% of {size}</source>
        <translation>{percent}%（共 {size}）</translation>
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <source>Clear finished downloads</source>
        <translation>清除已完成的下载</translation>
    </message>
    <message>
        <source>Take finished and failed downloads off the list (a failed one&apos;s partial file is deleted).</source>
        <translation>从列表中移除已完成和失败的下载（失败下载的部分文件会被删除）。</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>No downloads. Pick a model in Discover and press Download.</source>
        <translation>没有下载。请在“发现”中选择一个模型，然后按“下载”。</translation>
    </message>
</context>
<context>
    <name>FoundRow</name>
    <message>
        <source>Use in place</source>
        <translation>原位使用</translation>
    </message>
    <message>
        <source>Use {name} in place</source>
        <translation>原位使用 {name}</translation>
    </message>
    <message>
        <source>Add it to your models without copying; it stays where it is.</source>
        <translation>将其添加到你的模型中而不复制；文件保留在原处。</translation>
    </message>
</context>
<context>
    <name>HubView</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载量</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Read every catalog model&apos;s files and sizes from Hugging Face.</source>
        <translation>从 Hugging Face 读取模型目录中每个模型的文件和大小。</translation>
    </message>
    <message>
        <source>{count}M</source>
        <translation>{count}M</translation>
    </message>
    <message>
        <source>{count}K</source>
        <translation>{count}K</translation>
    </message>
    <message>
        <source>{verdict} on this computer, counting weights and overhead only:
  weights {weights}
  + overhead {overhead}
  = {total} of {budget} available
This model is not in the catalog, so its architecture is unknown and the memory
for the context (KV cache) is not counted; leave room for it.</source>
        <translation>这台电脑：{verdict}，仅计算权重和额外开销：
  权重 {weights}
  + 额外开销 {overhead}
  = {total}（可用 {budget}）
此模型不在模型目录中，因此其架构未知，上下文（KV cache）所需的内存
未计入在内；请为其预留空间。</translation>
    </message>
    <message>
        <source>Download {name} ({detail})</source>
        <translation>下载 {name}（{detail}）</translation>
    </message>
    <message>
        <source>{repo} on Hugging Face; open it to see its files.</source>
        <translation>Hugging Face 上的 {repo}；打开可查看其文件。</translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub</source>
        <translation>搜索 Hugging Face Hub</translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub for GGUF and MLX models…</source>
        <translation>在 Hugging Face Hub 上搜索 GGUF 和 MLX 模型…</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>搜索 Hub</translation>
    </message>
    <message>
        <source>Hugging Face search status</source>
        <translation>Hugging Face 搜索状态</translation>
    </message>
    <message>
        <source>Hugging Face:</source>
        <translation>Hugging Face：</translation>
    </message>
    <message>
        <source>Hugging Face search results</source>
        <translation>Hugging Face 搜索结果</translation>
    </message>
    <message>
        <source>Searching Hugging Face…</source>
        <translation>正在搜索 Hugging Face…</translation>
    </message>
    <message>
        <source>Could not search Hugging Face ({error}).</source>
        <translation>无法搜索 Hugging Face（{error}）。</translation>
    </message>
    <message numerus="yes">
        <source>%n models on Hugging Face for {query}; open one to see its files.</source>
        <translation><numerusform>Hugging Face 上有 %n 个与 {query} 匹配的模型；打开其中一个可查看其文件。</numerusform></translation>
    </message>
    <message>
        <source>No GGUF or MLX model on Hugging Face matches {query}.</source>
        <translation>Hugging Face 上没有与 {query} 匹配的 GGUF 或 MLX 模型。</translation>
    </message>
    <message>
        <source>Reading the file list from Hugging Face…</source>
        <translation>正在从 Hugging Face 读取文件列表…</translation>
    </message>
    <message>
        <source>Could not read the files of {repo} ({error}).</source>
        <translation>无法读取 {repo} 的文件（{error}）。</translation>
    </message>
    <message>
        <source>{repo} has no GGUF model file to download.</source>
        <translation>{repo} 没有可下载的 GGUF 模型文件。</translation>
    </message>
    <message>
        <source>{repo} has no file to download.</source>
        <translation>{repo} 没有可下载的文件。</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <source>Import a GGUF model</source>
        <translation>导入 GGUF 模型</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import an MLX model folder</source>
        <translation>导入 MLX 模型文件夹</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <source>import {name}</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Copying {name} into the library…</source>
        <translation>正在将 {name} 复制到模型库…</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n models into the library…</source>
        <translation><numerusform>正在将 %n 个模型复制到模型库…</numerusform></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
</context>
<context>
    <name>IndexJobs</name>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>建立索引失败：{error}</translation>
    </message>
</context>
<context>
    <name>IndexProgressStrip</name>
    <message>
        <source>Indexing progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>取消建立索引</translation>
    </message>
    <message>
        <source>Indexing {name}: {done} of {total} files</source>
        <translation>正在为 {name} 建立索引：{done}/{total} 个文件</translation>
    </message>
    <message>
        <source>Indexing {name}: looking for files…</source>
        <translation>正在为 {name} 建立索引：正在查找文件…</translation>
    </message>
</context>
<context>
    <name>InstalledView</name>
    <message>
        <source>Import GGUF…</source>
        <translation>导入 GGUF…</translation>
    </message>
    <message>
        <source>Import a GGUF model file</source>
        <translation>导入 GGUF 模型文件</translation>
    </message>
    <message>
        <source>Add a .gguf file from this computer (or drop one here).</source>
        <translation>从这台电脑添加 .gguf 文件（或将文件拖放到此处）。</translation>
    </message>
    <message>
        <source>Import MLX folder…</source>
        <translation>导入 MLX 文件夹…</translation>
    </message>
    <message>
        <source>Import an MLX model folder</source>
        <translation>导入 MLX 模型文件夹</translation>
    </message>
    <message>
        <source>Add an MLX model folder (config.json and .safetensors files) from this computer.</source>
        <translation>从这台电脑添加 MLX 模型文件夹（包含 config.json 和 .safetensors 文件）。</translation>
    </message>
    <message>
        <source>Copy into library</source>
        <translation>复制到模型库</translation>
    </message>
    <message>
        <source>Copy imported models into the library</source>
        <translation>将导入的模型复制到模型库</translation>
    </message>
    <message>
        <source>Off: the file stays where it is and is used from there.
On: it is copied into the Qwen Desk models folder.</source>
        <translation>关：文件保留在原处，并从原处使用。
开：文件会被复制到 Qwen Desk 的模型文件夹。</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>导入状态</translation>
    </message>
    <message>
        <source>Progress of the copy into the library</source>
        <translation>复制到模型库的进度</translation>
    </message>
    <message>
        <source>Disk space used by models</source>
        <translation>模型占用的磁盘空间</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>已安装的模型</translation>
    </message>
    <message>
        <source>No models yet. Download one in Discover, import a .gguf file, or drop one on this page.</source>
        <translation>还没有模型。可以在“发现”中下载一个、导入 .gguf 文件，或将文件拖放到此页面。</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>在这台电脑上找到的模型</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Look for models in other apps again</source>
        <translation>重新在其他应用中查找模型</translation>
    </message>
    <message>
        <source>Models found in other apps</source>
        <translation>在其他应用中找到的模型</translation>
    </message>
    <message numerus="yes">
        <source>%n model · {size} in the models folder</source>
        <translation>
            <numerusform>%n 个模型 · 模型文件夹中共 {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models · {size} in the models folder</source>
        <translation><numerusform>%n 个模型 · 模型文件夹中共 {size}</numerusform></translation>
    </message>
    <message>
        <source>Looking in other apps&apos; folders…</source>
        <translation>正在查找其他应用的文件夹…</translation>
    </message>
    <message numerus="yes">
        <source>%n in LM Studio, Ollama, GPT4All or the Hugging Face cache</source>
        <translation><numerusform>LM Studio、Ollama、GPT4All 或 Hugging Face 缓存中有 %n 个</numerusform></translation>
    </message>
    <message>
        <source>Nothing in LM Studio, Ollama, GPT4All or the Hugging Face cache</source>
        <translation>LM Studio、Ollama、GPT4All 和 Hugging Face 缓存中均未找到</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>The new language applies after a restart.</source>
        <translation>新语言将在重启后生效。</translation>
    </message>
</context>
<context>
    <name>LibraryHost</name>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Model library</source>
        <translation>模型库</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>模型库分区</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Library message</source>
        <translation>模型库消息</translation>
    </message>
    <message>
        <source>No model in the catalog fits this computer comfortably. Close other apps to free memory, or pick a small model in Discover.</source>
        <translation>模型目录中没有能在这台电脑上宽裕运行的模型。请关闭其他应用以释放内存，或在“发现”中选择一个小模型。</translation>
    </message>
    <message>
        <source>read the models folder</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>读取模型文件夹</translation>
    </message>
    <message>
        <source>look for models in other apps</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>在其他应用中查找模型</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>refresh it</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>刷新模型目录</translation>
    </message>
    <message>
        <source>Installed ({count})</source>
        <translation>已安装（{count}）</translation>
    </message>
    <message>
        <source>{name} is now in the library.</source>
        <translation>{name} 已加入模型库。</translation>
    </message>
    <message>
        <source>Added {name}. It stays in {folder} and is used from there.</source>
        <translation>已添加 {name}。它保留在 {folder} 中，并从那里使用。</translation>
    </message>
    <message>
        <source>Reading the model file…</source>
        <translation>正在读取模型文件…</translation>
    </message>
    <message>
        <source>read {name}</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>读取 {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the library?

Its file stays where it is ({folder}); nothing is deleted from disk.</source>
        <translation>要从模型库中移除 {name} 吗？

其文件保留在原处（{folder}），不会从磁盘删除任何内容。</translation>
    </message>
    <message>
        <source>Delete {name}?

This deletes its file from the models folder and frees {size}.</source>
        <translation>要删除 {name} 吗？

这会从模型文件夹中删除其文件，并释放 {size}。</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>移除模型</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Removed {name}; {size} freed.</source>
        <translation>已删除 {name}；释放了 {size}。</translation>
    </message>
    <message>
        <source>Removed {name}; its file was left in place.</source>
        <translation>已移除 {name}；其文件保留在原处。</translation>
    </message>
    <message>
        <source>delete it</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>删除该模型</translation>
    </message>
    <message>
        <source>{name} is downloaded</source>
        <translation>{name} 已下载完成</translation>
    </message>
    <message>
        <source>Downloads ({count})</source>
        <translation>下载（{count}）</translation>
    </message>
</context>
<context>
    <name>McpFileEditor</name>
    <message>
        <source>{path} — the mcpServers shape of LM Studio and Claude Desktop. Write secrets as &quot;{reference}&quot; and keep them in the keychain below.</source>
        <translation>{path} — 采用 LM Studio 和 Claude Desktop 的 mcpServers 格式。机密请写作“{reference}”，并保存在下方的钥匙串中。</translation>
    </message>
    <message>
        <source>Save mcp.json</source>
        <translation>保存 mcp.json</translation>
    </message>
    <message>
        <source>Save mcp.json and restart the servers</source>
        <translation>保存 mcp.json 并重启服务器</translation>
    </message>
    <message>
        <source>Insert an example</source>
        <translation>插入示例</translation>
    </message>
    <message>
        <source>Insert an example mcp.json</source>
        <translation>插入 mcp.json 示例</translation>
    </message>
    <message>
        <source>mcp.json message</source>
        <translation>mcp.json 消息</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>机密名称</translation>
    </message>
    <message>
        <source>Name, e.g. search-token</source>
        <translation>名称，例如 search-token</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Secret (kept in the system keychain)</source>
        <translation>机密（保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>Save secret</source>
        <translation>保存机密</translation>
    </message>
    <message>
        <source>Save the secret in the keychain</source>
        <translation>将机密保存到钥匙串</translation>
    </message>
    <message>
        <source>Insert reference</source>
        <translation>插入引用</translation>
    </message>
    <message>
        <source>Insert {reference} into mcp.json</source>
        <translation>将 {reference} 插入 mcp.json</translation>
    </message>
    <message>
        <source>mcp.json could not be read ({error}).</source>
        <translation>无法读取 mcp.json（{error}）。</translation>
    </message>
    <message>
        <source>Saved ({servers}).</source>
        <translation>已保存（{servers}）。</translation>
    </message>
    <message>
        <source>Saved (no servers).</source>
        <translation>已保存（无服务器）。</translation>
    </message>
    <message>
        <source>Type a name and the secret to keep in the keychain.</source>
        <translation>请输入名称和要保存到钥匙串的机密。</translation>
    </message>
    <message>
        <source>The keychain did not take the secret ({error}).</source>
        <translation>钥匙串未能保存该机密（{error}）。</translation>
    </message>
    <message>
        <source>Secret &quot;{name}&quot; saved in the keychain. Use &quot;{reference}&quot;.</source>
        <translation>机密“{name}”已保存到钥匙串。请使用“{reference}”。</translation>
    </message>
</context>
<context>
    <name>MeterStrip</name>
    <message>
        <source>Resource meters (compact)</source>
        <translation>资源监视器（紧凑）</translation>
    </message>
    <message>
        <source>CPU {value}</source>
        <translation>CPU {value}</translation>
    </message>
    <message>
        <source>RAM {value}</source>
        <translation>RAM {value}</translation>
    </message>
    <message>
        <source>This app: {percent} of the machine</source>
        <translation>本应用：占整机 {percent}</translation>
    </message>
    <message>
        <source>This app: {size}</source>
        <translation>本应用：{size}</translation>
    </message>
    <message>
        <source>Context {value}</source>
        <translation>上下文 {value}</translation>
    </message>
    <message>
        <source>{used} of {total} tokens</source>
        <translation>{used} / {total} token</translation>
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <source>{rate} tok/s</source>
        <translation>{rate} tok/s</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{used} of {total}</source>
        <translation>{used} / {total}</translation>
    </message>
    <message>
        <source>No GPU</source>
        <translation>无 GPU</translation>
    </message>
    <message>
        <source>CPU use</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation>内存使用</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>生成速度</translation>
    </message>
    <message>
        <source>Context use</source>
        <translation>上下文使用</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
</context>
<context>
    <name>MetersPanel</name>
    <message>
        <source>Resource meters</source>
        <translation>资源监视器</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation>已加载的模型</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首 token 延迟</translation>
    </message>
    <message>
        <source>Prompt speed</source>
        <translation>提示词处理速度</translation>
    </message>
    <message>
        <source>Tokens generated</source>
        <translation>已生成 token 数</translation>
    </message>
    <message>
        <source>Thinking tokens</source>
        <translation>思考 token 数</translation>
    </message>
    <message>
        <source>Context breakdown</source>
        <translation>上下文构成</translation>
    </message>
    <message>
        <source>CPU over the last minute</source>
        <translation>最近一分钟的 CPU</translation>
    </message>
    <message>
        <source>Memory over the last minute</source>
        <translation>最近一分钟的内存</translation>
    </message>
    <message>
        <source>Generation speed over the last minute</source>
        <translation>最近一分钟的生成速度</translation>
    </message>
    <message>
        <source>Context window use</source>
        <translation>上下文窗口使用</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>首 token</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>{percent} · app {app}</source>
        <translation>{percent} · 本应用 {app}</translation>
    </message>
    <message>
        <source>app {app} · model {model}</source>
        <translation>本应用 {app} · 模型 {model}</translation>
    </message>
    <message>
        <source>app {app}</source>
        <translation>本应用 {app}</translation>
    </message>
    <message>
        <source>{used} of {total} tokens · {percent}</source>
        <translation>{used} / {total} token · {percent}</translation>
    </message>
    <message>
        <source>system {system} · history {history}
documents {documents} · thinking {thinking} · reply {reply}</source>
        <translation>系统 {system} · 历史 {history}
文档 {documents} · 思考 {thinking} · 回复 {reply}</translation>
    </message>
    <message>
        <source>system {system} · history {history}
thinking {thinking} · reply {reply}</source>
        <translation>系统 {system} · 历史 {history}
思考 {thinking} · 回复 {reply}</translation>
    </message>
</context>
<context>
    <name>ModelRow</name>
    <message>
        <source>The file is no longer there.</source>
        <translation>文件已不存在。</translation>
    </message>
    <message>
        <source>Some parts are missing.</source>
        <translation>缺少部分分片。</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Chat with {name}</source>
        <translation>与 {name} 对话</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>{name} 的详细信息</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the folder of {name}</source>
        <translation>打开 {name} 所在的文件夹</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message>
        <source>Forget this model; its file stays where it is.</source>
        <translation>不再记录此模型；其文件保留在原处。</translation>
    </message>
    <message>
        <source>✓ Used for documents</source>
        <translation>✓ 已用于文档</translation>
    </message>
    <message>
        <source>Chats search documents by meaning with it. Click to stop.</source>
        <translation>对话会借助它按语义搜索文档。点击可停止使用。</translation>
    </message>
    <message>
        <source>Use for documents</source>
        <translation>用于文档</translation>
    </message>
    <message>
        <source>An embedding model: use it to find passages in your documents by meaning, not only by keywords.</source>
        <translation>嵌入模型：用它按语义（而不仅是关键词）在文档中查找段落。</translation>
    </message>
    <message>
        <source>Use {name} for documents</source>
        <translation>将 {name} 用于文档</translation>
    </message>
</context>
<context>
    <name>ModelTab</name>
    <message>
        <source>{name} needs about {size} at this length.</source>
        <translation>在此长度下，{name} 约需 {size}。</translation>
    </message>
    <message>
        <source>{name} needs about {size} at this length: it fits ({available} available).</source>
        <translation>在此长度下，{name} 约需 {size}：可以容纳（可用 {available}）。</translation>
    </message>
    <message>
        <source>{name} needs about {size} at this length: a tight fit ({available} available); other apps may slow down.</source>
        <translation>在此长度下，{name} 约需 {size}：比较紧张（可用 {available}）；其他应用可能会变慢。</translation>
    </message>
    <message>
        <source>{name} needs about {size} at this length: it won&apos;t fit ({available} available). Choose a shorter context or a q8_0 KV cache.</source>
        <translation>在此长度下，{name} 约需 {size}：无法容纳（可用 {available}）。请选择较短的上下文，或使用 q8_0 KV cache。</translation>
    </message>
    <message>
        <source>The model was trained for {tokens} tokens; answers may suffer.</source>
        <translation>该模型的训练长度为 {tokens} token；回答质量可能会下降。</translation>
    </message>
    <message>
        <source>How much of the conversation the model can see at once. Longer contexts need more memory: the KV cache grows with every token.</source>
        <translation>模型一次能看到多少对话内容。上下文越长，需要的内存越多：KV cache 会随每个 token 增长。</translation>
    </message>
    <message>
        <source>Settings apply to</source>
        <translation>设置适用范围</translation>
    </message>
    <message>
        <source>Use the defaults for this model</source>
        <translation>对此模型使用默认设置</translation>
    </message>
    <message>
        <source>For this model ({name})</source>
        <translation>仅此模型（{name}）</translation>
    </message>
    <message>
        <source>Default for all models</source>
        <translation>所有模型的默认设置</translation>
    </message>
    <message>
        <source>Settings for</source>
        <translation>设置适用于</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>KV cache type</source>
        <translation>KV cache 类型</translation>
    </message>
    <message>
        <source>Map the model file (mmap)</source>
        <translation>映射模型文件（mmap）</translation>
    </message>
    <message>
        <source>Keep the model in RAM (mlock)</source>
        <translation>将模型保留在 RAM 中（mlock）</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>0 = automatic: one per physical core ({cores} on this computer). Fewer threads leave room for other programs; the reply itself comes fastest with every core, even while the window draws it.</source>
        <translation>0 = 自动：每个物理核心一个线程（这台电脑上为 {cores} 个）。线程越少，越能给其他程序留出余地；但使用全部核心时回复生成得最快，即使窗口正在显示它。</translation>
    </message>
    <message>
        <source>Layers to run on the GPU (Metal or CUDA builds); 0 = CPU only.</source>
        <translation>在 GPU 上运行的层数（Metal 或 CUDA 版本）；0 = 仅使用 CPU。</translation>
    </message>
    <message>
        <source>q8_0 halves the cache&apos;s memory, q4_0 quarters it, at a small cost in quality; both turn flash attention on.</source>
        <translation>q8_0 可将缓存内存减半，q4_0 可减至四分之一，质量略有损失；两者都会开启 Flash Attention。</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>Every model without its own settings loads with these. This model has its own.</source>
        <translation>所有没有单独设置的模型都使用这些设置加载。此模型有自己的设置。</translation>
    </message>
    <message>
        <source>Every model without its own settings loads with these.</source>
        <translation>所有没有单独设置的模型都使用这些设置加载。</translation>
    </message>
    <message>
        <source>This model loads with its own settings; the defaults don&apos;t apply to it.</source>
        <translation>此模型使用自己的设置加载；默认设置对它不适用。</translation>
    </message>
    <message>
        <source>This model uses the defaults. A change here gives it its own settings.</source>
        <translation>此模型使用默认设置。在此处进行更改会为它创建单独的设置。</translation>
    </message>
</context>
<context>
    <name>MoveModels</name>
    <message>
        <source>Move the models</source>
        <translation>移动模型</translation>
    </message>
    <message>
        <source>Move the models?</source>
        <translation>要移动模型吗？</translation>
    </message>
    <message>
        <source>Move your models to {folder}?</source>
        <translation>要将你的模型移动到 {folder} 吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n model ({size}) is in {folder}. If you don&apos;t move it, it stays there and Qwen Desk looks only in the new folder.</source>
        <translation>
            <numerusform>{folder} 中有 %n 个模型（{size}）。如果不移动，它们会留在原处，而 Qwen Desk 只会在新文件夹中查找。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models ({size}) are in {folder}. If you don&apos;t move them, they stay there and Qwen Desk looks only in the new folder.</source>
        <translation><numerusform>{folder} 中有 %n 个模型（{size}）。如果不移动，它们会留在原处，而 Qwen Desk 只会在新文件夹中查找。</numerusform></translation>
    </message>
    <message>
        <source>Just use the new folder</source>
        <translation>仅使用新文件夹</translation>
    </message>
    <message>
        <source>Moving the models failed: {error}. Nothing else was changed.</source>
        <translation>移动模型失败：{error}。其他内容均未更改。</translation>
    </message>
    <message>
        <source>Moving the models to {folder}…</source>
        <translation>正在将模型移动到 {folder}…</translation>
    </message>
    <message>
        <source>Stop moving</source>
        <translation>停止移动</translation>
    </message>
    <message>
        <source>Moving the models</source>
        <translation>正在移动模型</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>{field} problem</source>
        <translation>“{field}”有误</translation>
    </message>
    <message>
        <source>{field} must be a number from {low} to {high}.</source>
        <translation>“{field}”必须是 {low} 到 {high} 之间的数字。</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}.</source>
        <translation>“{field}”必须是 {low} 到 {high} 之间的整数。</translation>
    </message>
</context>
<context>
    <name>PresetBox</name>
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
        <source>Reset to Qwen&apos;s recommended</source>
        <translation>重置为 Qwen 推荐值</translation>
    </message>
    <message>
        <source>Temperature {temperature}, top-p {top_p}, top-k {top_k}, min-p {min_p}</source>
        <translation>温度 {temperature}，top-p {top_p}，top-k {top_k}，min-p {min_p}</translation>
    </message>
    <message>
        <source>Reset {mode} to Qwen&apos;s recommended</source>
        <translation>将{mode}重置为 Qwen 推荐值</translation>
    </message>
</context>
<context>
    <name>ReloadNotice</name>
    <message>
        <source>context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>KV-cache type</source>
        <translation>KV cache 类型</translation>
    </message>
    <message>
        <source>flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>memory mapping</source>
        <translation>内存映射</translation>
    </message>
    <message>
        <source>locking the model in memory</source>
        <translation>将模型锁定在内存中</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{option} {old} → {new}</source>
        <translation>{option}：{old} → {new}</translation>
    </message>
    <message>
        <source>The new settings ({changes}) apply when {model} is loaded again; it still runs with the old ones. Reload now to use them (this chat stays open).</source>
        <translation>新设置（{changes}）将在 {model} 重新加载后生效；它目前仍使用旧设置运行。立即重新加载即可使用新设置（此对话保持打开）。</translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>The API server could not start: {error}</source>
        <translation>API 服务器无法启动：{error}</translation>
    </message>
</context>
<context>
    <name>ServerHost</name>
    <message>
        <source>Serving an API request…</source>
        <translation>正在处理 API 请求…</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>本地 API 服务器</translation>
    </message>
    <message>
        <source>Local &amp;API server…</source>
        <translation>本地 API 服务器(&amp;A)…</translation>
    </message>
    <message>
        <source>The local API server is at {url}</source>
        <translation>本地 API 服务器地址：{url}</translation>
    </message>
    <message>
        <source>Serving an API request… ({count} waiting)</source>
        <translation>正在处理 API 请求…（{count} 个等待中）</translation>
    </message>
    <message>
        <source>API server on</source>
        <translation>API 服务器已开启</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Off. Start it to let programs use the loaded model.</source>
        <translation>已关闭。启动后，其他程序即可使用已加载的模型。</translation>
    </message>
    <message>
        <source>Start the server</source>
        <translation>启动服务器</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Address copied to the clipboard.</source>
        <translation>地址已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Let other computers on the network connect (needs the key)</source>
        <translation>允许网络中的其他电脑连接（需要密钥）</translation>
    </message>
    <message>
        <source>No key: only this computer can connect</source>
        <translation>无密钥：只有这台电脑可以连接</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Key copied to the clipboard.</source>
        <translation>密钥已复制到剪贴板。</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新密钥</translation>
    </message>
    <message>
        <source>None (web pages may not call the server)</source>
        <translation>无（网页不能调用服务器）</translation>
    </message>
    <message>
        <source>Web pages allowed to call the server, e.g. {example}</source>
        <translation>允许调用服务器的网页，例如 {example}</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>Requests appear here as clients make them.</source>
        <translation>客户端发出的请求会显示在这里。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Web origins</source>
        <translation>网页来源</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Stop the server</source>
        <translation>停止服务器</translation>
    </message>
    <message>
        <source>Offline mode keeps the server on this computer.</source>
        <translation>离线模式下，服务器仅限这台电脑访问。</translation>
    </message>
    <message>
        <source>From other computers: {addresses}</source>
        <translation>从其他电脑访问：{addresses}</translation>
    </message>
    <message>
        <source>Serving the loaded model to this computer and your network.</source>
        <translation>正在向这台电脑和你的网络提供已加载的模型。</translation>
    </message>
    <message>
        <source>Serving the loaded model to this computer only.</source>
        <translation>仅向这台电脑提供已加载的模型。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>New key made: restart the server for it to take effect.</source>
        <translation>已生成新密钥：重启服务器后生效。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>设置问题</translation>
    </message>
    <message>
        <source>Settings buttons</source>
        <translation>设置按钮</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认设置</translation>
    </message>
    <message>
        <source>Reset all settings to defaults</source>
        <translation>将所有设置恢复为默认值</translation>
    </message>
    <message>
        <source>Use each model&apos;s recommended sampling</source>
        <translation>使用每个模型的推荐采样参数</translation>
    </message>
    <message>
        <source>From the model&apos;s card: Qwen3 0.6/0.95 thinking and 0.7/0.8 otherwise, QwQ and DeepSeek-R1 distills 0.6/0.95, Qwen2.5 0.7/0.8 with repetition penalty 1.05. Changing a value below uses your values for every model.</source>
        <translation>取自模型卡：Qwen3 思考模式为 0.6/0.95，其他情况为 0.7/0.8；QwQ 和 DeepSeek-R1 蒸馏模型为 0.6/0.95；Qwen2.5 为 0.7/0.8，重复惩罚 1.05。修改下方任一数值后，所有模型都将使用你设定的数值。</translation>
    </message>
    <message>
        <source>Thinking mode</source>
        <translation>思考模式</translation>
    </message>
    <message>
        <source>Non-thinking mode</source>
        <translation>非思考模式</translation>
    </message>
    <message>
        <source>Both modes</source>
        <translation>两种模式</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在惩罚</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>思考预算</translation>
    </message>
    <message>
        <source>0 = off; up to 1.5 helps when answers repeat.</source>
        <translation>0 = 关闭；回答出现重复时，调高（最多 1.5）会有帮助。</translation>
    </message>
    <message>
        <source>1 = off.</source>
        <translation>1 = 关闭。</translation>
    </message>
    <message>
        <source>-1 = a new random seed for every reply.</source>
        <translation>-1 = 每次回复使用新的随机种子。</translation>
    </message>
    <message>
        <source>The longest reply, thinking included.</source>
        <translation>回复的最大长度，包括思考内容。</translation>
    </message>
    <message>
        <source>Default for new chats; 0 = unlimited thinking.</source>
        <translation>新对话的默认值；0 = 不限制思考。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Transcript font size</source>
        <translation>对话记录字号</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>{n} %</source>
        <translation>{n}%</translation>
    </message>
    <message>
        <source>Of the system&apos;s font size, for the whole window and the transcript.</source>
        <translation>相对于系统字号，作用于整个窗口和对话记录。</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>文字大小(&amp;X)</translation>
    </message>
    <message>
        <source>Enter sends the message</source>
        <translation>按 Enter 发送消息</translation>
    </message>
    <message>
        <source>On: Shift+Enter starts a new line. Off: Ctrl+Enter sends.</source>
        <translation>开：Shift+Enter 换行。关：Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <source>Let the model title new chats</source>
        <translation>让模型为新对话生成标题</translation>
    </message>
    <message>
        <source>After the first reply the loaded model writes a short title in the chat&apos;s language, in the background. Off: the first message is the title.</source>
        <translation>第一次回复后，已加载的模型会在后台用对话所用的语言写一个简短标题。关：以第一条消息作为标题。</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>离线模式</translation>
    </message>
    <message>
        <source>Never use the network: no downloads and no catalog updates. Models you already have keep working.</source>
        <translation>从不使用网络：不下载，也不更新模型目录。已有的模型仍可正常使用。</translation>
    </message>
    <message>
        <source>Fix the field marked in red ({pages}) to save.</source>
        <translation>请修正标红的字段（{pages}）后再保存。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Chats</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>对话已删除</translation>
    </message>
    <message numerus="yes">
        <source>%n chats deleted</source>
        <translation><numerusform>已删除 %n 个对话</numerusform></translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>已导出到 {file}</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <source>Start a new chat ({shortcut})</source>
        <translation>新建对话（{shortcut}）</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Search chats ({shortcut})</source>
        <translation>搜索对话（{shortcut}）</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>No chats yet.
Start one with New chat.</source>
        <translation>还没有对话。
点击“新建对话”开始。</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>No chats match “{query}”.</source>
        <translation>没有与“{query}”匹配的对话。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Blocked (offline)</source>
        <translation>已阻止（离线）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Let models use tools</source>
        <translation>允许模型使用工具</translation>
    </message>
    <message>
        <source>Models whose chat template knows tools (Qwen3, Qwen2.5, QwQ) get them through that template. Each call shows as a card and asks Run / Always in this chat / Deny, except trusted tools.</source>
        <translation>对话模板支持工具的模型（Qwen3、Qwen2.5、QwQ）会通过该模板获得工具。每次调用都会显示为一张卡片，并询问“运行 / 在此对话中始终允许 / 拒绝”，受信任的工具除外。</translation>
    </message>
    <message>
        <source>Tool rounds in one reply</source>
        <translation>单次回复中的工具调用轮数</translation>
    </message>
    <message>
        <source>MCP call time limit</source>
        <translation>MCP 调用时限</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Python runner</source>
        <translation>Python 运行器</translation>
    </message>
    <message>
        <source>Python runner on</source>
        <translation>启用 Python 运行器</translation>
    </message>
    <message>
        <source>The python tool, the Run button on Python code blocks and Qwen2.5-Math&apos;s code runs.</source>
        <translation>用于 python 工具、Python 代码块上的“运行”按钮，以及 Qwen2.5-Math 的代码执行。</translation>
    </message>
    <message>
        <source>Run Python without asking (trusted)</source>
        <translation>无需询问即运行 Python（受信任）</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>内存限制</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>MCP servers and their tools</source>
        <translation>MCP 服务器及其工具</translation>
    </message>
    <message>
        <source>Server / tool</source>
        <translation>服务器 / 工具</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>MCP server problems</source>
        <translation>MCP 服务器问题</translation>
    </message>
    <message>
        <source>Check a tool to offer it to models; check Trusted to let it run without asking. A server that fails shows why here; the chat carries on without it.</source>
        <translation>勾选某个工具即可将其提供给模型；勾选“受信任”可让它无需询问即运行。服务器出错时，这里会显示原因；对话会在没有它的情况下继续。</translation>
    </message>
    <message>
        <source>No MCP servers: add them in mcp.json below.</source>
        <translation>没有 MCP 服务器：请在下方的 mcp.json 中添加。</translation>
    </message>
    <message>
        <source>The switch could not be saved: {error}</source>
        <translation>无法保存该开关：{error}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>%n chat</source>
        <translation><numerusform>%n 个对话</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chats</source>
        <translation><numerusform>%n 个对话</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message deleted from chats</source>
        <translation><numerusform>对话中已删除的 %n 条消息</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n messages deleted from chats</source>
        <translation><numerusform>对话中已删除的 %n 条消息</numerusform></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Chats you deleted stay here until you empty the trash. Restore puts a chat back in the list; Delete forever cannot be undone.</source>
        <translation>你删除的对话会保留在这里，直到清空回收站。“恢复”会将对话放回列表；“永久删除”无法撤销。</translation>
    </message>
    <message>
        <source>Deleted chats</source>
        <translation>已删除的对话</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete forever…</source>
        <translation>永久删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <source>Emptying the trash also deletes {messages}.</source>
        <translation>清空回收站还会删除 {messages}。</translation>
    </message>
    <message>
        <source>{title}  ·  deleted {when}</source>
        <translation>{title}  ·  {when}删除</translation>
    </message>
    <message>
        <source>Delete {what} for good? This cannot be undone.</source>
        <translation>要永久删除 {what} 吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Delete {chats} and {messages} for good? This cannot be undone.</source>
        <translation>要永久删除 {chats} 以及 {messages} 吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne">
<context>
    <name>ApiServer</name>
    <message>
        <location filename="../../desktop/server/config.py" line="81"/>
        <source>Port {port} is not a port number; choose one from 1024 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/server/config.py" line="99"/>
        <source>Listening on {host} lets other computers use your model, so it needs an API key. Create a key first, or listen on 127.0.0.1 (this computer only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/server/config.py" line="108"/>
        <source>Allowing every web page (*) to call the server is not supported; list each origin, such as http://localhost:3000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/server/thread.py" line="33"/>
        <source>{host} is not an address of this computer ({error}). Use 127.0.0.1, or 0.0.0.0 to listen on every network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/server/thread.py" line="52"/>
        <source>Port {port} is already in use by another program. Choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/server/thread.py" line="59"/>
        <source>Port {port} needs administrator rights; choose a port from 1024 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/server/thread.py" line="65"/>
        <source>The server could not listen on {host}:{port} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/server/thread.py" line="128"/>
        <source>The API server could not start: it did not start in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/server/thread.py" line="133"/>
        <source>The API server could not start: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../desktop/core/models/catalog.py" line="279"/>
        <source>The model catalog was written for another version of Qwen Desk; reinstall the app to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/catalog.py" line="307"/>
        <source>The model catalog ({path}) could not be read ({error}); reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatTemplate</name>
    <message>
        <location filename="../../desktop/core/chat_template.py" line="35"/>
        <source>The model&apos;s chat template refused the conversation: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/chat_template.py" line="49"/>
        <source>The model&apos;s chat template is {count} characters long, far more than any real one; the model file is probably damaged. Use another build of the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/chat_template.py" line="65"/>
        <source>The model&apos;s chat template is not valid Jinja: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/chat_template.py" line="71"/>
        <source>The model&apos;s chat template is not valid Jinja: it is nested too deeply to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/chat_template.py" line="106"/>
        <source>The model&apos;s chat template failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/chat_template.py" line="136"/>
        <location filename="../../desktop/engines/mlx.py" line="95"/>
        <source>Only a reply the model has started can be continued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/chat_template.py" line="151"/>
        <source>The model&apos;s chat template leaves out the reply it has started, so the reply cannot be continued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/template_limits.py" line="49"/>
        <source>The model file&apos;s chat template is faulty: use another build (GGUF) of this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/template_limits.py" line="63"/>
        <source>The model&apos;s chat template did not finish: it was stopped after {seconds} s (it may loop for ever).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/template_limits.py" line="84"/>
        <source>The model&apos;s chat template did not finish: it tried to compute a number with more than {digits} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/template_limits.py" line="143"/>
        <source>The model&apos;s chat template did not finish: it made more than {count} characters of text on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/template_limits.py" line="313"/>
        <source>The model&apos;s chat template did not finish: it asked for a loop of more than {count} steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/template_limits.py" line="443"/>
        <source>The model&apos;s chat template did not finish: it calls itself too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx.py" line="114"/>
        <source>The model&apos;s chat template leaves out the started reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../desktop/documents/formats.py" line="68"/>
        <source>web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/formats.py" line="70"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/formats.py" line="71"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentUse</name>
    <message>
        <location filename="../../desktop/documents/context.py" line="55"/>
        <source>Whole documents: {files} file(s), {tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="60"/>
        <source>Relevant passages (keywords only): {passages} from {files} file(s), {tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="66"/>
        <source>Relevant passages: {passages} from {files} file(s), {tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="74"/>
        <source>No documents used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="142"/>
        <source>The conversation leaves no room for document passages; start a new chat or load the model with a larger context to use your documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="167"/>
        <source>{count} file(s) are still being indexed and are not used for this answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="175"/>
        <source>Not used because they could not be read: {names} and {more} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="179"/>
        <source>Not used because they could not be read: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/retrieval.py" line="33"/>
        <source>Documents are searched by keywords only. Add an embedding model (Qwen3 Embedding 0.6B in the Library) to also find passages that say the same thing in other words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/documents/attachments.py" line="56"/>
        <source>That file is not attached to this chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/attachments.py" line="66"/>
        <source>A chat&apos;s attached files cannot be switched on elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/embedder.py" line="96"/>
        <source>The embedding model cannot be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/embedder.py" line="123"/>
        <source>The embedding model {name} could not be loaded ({error}). Check that the file is complete, or choose another embedding model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/embedder.py" line="200"/>
        <source>The embedding model was closed; load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/embedder.py" line="244"/>
        <source>The embedding model failed on a batch of text (llama.cpp error {code}); try indexing again, or choose another embedding model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/embedder.py" line="255"/>
        <source>The embedding model returned no vector; it may not support embeddings. Choose an embedding model such as Qwen3 Embedding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/extract.py" line="60"/>
        <source>{name} contains no text to index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/extract.py" line="74"/>
        <source>Only the first {count} characters of {name} were indexed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/extract.py" line="86"/>
        <source>{name} could not be read as a PDF ({detail}); the file may be damaged or incomplete. Open it in a PDF reader and save a new copy, then add that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/extract.py" line="109"/>
        <source>{name} is protected by a password. Open it in a PDF reader, save a copy without the password, and add that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/extract.py" line="166"/>
        <source>{name} has no text layer (it looks like a scan). Run OCR on it first, for example with OCRmyPDF, and add the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/extract.py" line="176"/>
        <source>Page {pages} of {name} had no text (scanned pages?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/extract.py" line="178"/>
        <source>Pages {pages} of {name} had no text (scanned pages?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/extract.py" line="183"/>
        <source>Page {pages} of {name} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/extract.py" line="185"/>
        <source>Pages {pages} of {name} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/extract.py" line="208"/>
        <source>{name} is protected by a password or saved in the old .doc format. Open it in Word or LibreOffice, save it as an unprotected .docx, and add that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/extract.py" line="224"/>
        <source>{name} could not be read as a Word document ({error}); the file may be damaged. Open it in Word or LibreOffice and save a new copy, then add that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/extract.py" line="234"/>
        <source>{name} could not be read as a Word document ({error}); open it in Word or LibreOffice and save a new copy, then add that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/formats.py" line="73"/>
        <source>PDF, Word (.docx), Markdown, HTML, plain text and source code files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/formats.py" line="100"/>
        <source>{name} is not a kind of file Qwen Desk can read; it reads {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/formats.py" line="114"/>
        <source>{name} was moved or deleted; add it again from where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/formats.py" line="121"/>
        <source>{name} could not be opened ({error}); check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/formats.py" line="129"/>
        <source>{name} is {size}, more than the {limit} Qwen Desk reads from one {kind} file. Split it into smaller files and add those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/formats.py" line="143"/>
        <source>{name} is empty; there is nothing to index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/formats.py" line="156"/>
        <source>{name} could not be read ({error}); check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/formats.py" line="174"/>
        <source>{name} looks like a binary file, not text, so it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/index.py" line="119"/>
        <source>The documents index is busy ({error}); try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/index.py" line="135"/>
        <source>The documents index could not be saved ({error}). Free some disk space and index again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/index.py" line="150"/>
        <location filename="../../desktop/documents/index.py" line="215"/>
        <source>Give the collection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/index.py" line="157"/>
        <source>{root} is not a folder that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/index.py" line="170"/>
        <location filename="../../desktop/documents/index.py" line="223"/>
        <source>A collection named &quot;{name}&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/index.py" line="198"/>
        <source>That collection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/index.py" line="291"/>
        <source>That file is no longer in the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/indexer.py" line="196"/>
        <source>The folder {folder} cannot be found (moved, renamed, or on a drive that is not connected). Reconnect it, or delete the collection and add the folder again; the collection was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/schema.py" line="119"/>
        <source>The documents index at {path} was written by a newer Qwen Desk. Update Qwen Desk to use it; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/schema.py" line="181"/>
        <source>The documents index could not be opened ({error}). It was moved to {moved} and a new one started; add your documents again to index them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/schema.py" line="201"/>
        <source>The documents index at {path} could not be opened ({error}). Check that the data folder can be written, close other copies of Qwen Desk, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../desktop/core/hub/download_file.py" line="147"/>
        <source>Offline mode is on, so Qwen Desk does not connect to Hugging Face. Turn offline mode off in Settings to download models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/download_file.py" line="165"/>
        <source>{repo} is gated or private on Hugging Face. Add your Hugging Face token in Settings, and accept the model&apos;s licence on its page (https://huggingface.co/{repo}), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/download_file.py" line="174"/>
        <source>{file} was not found on Hugging Face. It may have been renamed or removed; refresh the catalog and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/download_file.py" line="181"/>
        <source>Hugging Face answered {status} for {file}. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/download_file.py" line="188"/>
        <source>the connection stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/download_file.py" line="195"/>
        <source>Could not reach Hugging Face ({reason}) to download {file}. Check your internet connection and try again, or turn on offline mode to use only the models you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/download_file.py" line="203"/>
        <source>Could not download {file} ({reason}), even after {retries} retries. Check your internet connection and try again; the download continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/download_file.py" line="264"/>
        <source>Hugging Face did not say how large {file} is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/download_file.py" line="322"/>
        <source>Not enough disk space for {file}: it needs {size} more but only {free} is free in {folder}. Free some space, or choose another models folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/download_file.py" line="419"/>
        <source>Could not write {file} ({error}). Check that the disk is not full and the models folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/download_file.py" line="430"/>
        <source>The download of {file} is damaged: its sha256 checksum does not match the one Hugging Face publishes, so the file was deleted. Try the download again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/downloads.py" line="88"/>
        <source>Paused because offline mode is on; the part downloaded so far is kept, and the download goes on by itself when offline mode is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/downloads.py" line="212"/>
        <source>Downloads are shutting down; try again after restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/downloads.py" line="402"/>
        <source>The download of {file} failed unexpectedly ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="106"/>
        <source>{seconds} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="108"/>
        <source>{minutes} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="109"/>
        <source>{hours} h left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <location filename="../../desktop/engines/llamacpp.py" line="394"/>
        <location filename="../../desktop/engines/mlx.py" line="557"/>
        <source>Generation failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/streaming.py" line="60"/>
        <source>This conversation needs {needed} tokens but the model was loaded with a context of {context}. Start a new chat, drop older turns, or load the model with a larger context.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <location filename="../../desktop/core/hardware.py" line="133"/>
        <source>{total} RAM ({free} free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hardware.py" line="136"/>
        <source>{count} cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hardware.py" line="139"/>
        <source>Apple Silicon (unified memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats.py" line="146"/>
        <source>Apple GPU (MLX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats.py" line="150"/>
        <source>Apple GPU (unified memory)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/core/history/records.py" line="178"/>
        <source>The {what} has a broken character at position {index} (half of an emoji or other symbol, usually left by a damaged copy and paste). Delete that character or paste the text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/records.py" line="226"/>
        <source>The disk is full, so Qwen Desk could not {doing}. Free some disk space and try again; everything saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/records.py" line="235"/>
        <source>The conversation history is in use by another program, so Qwen Desk could not {doing}. Close other copies of Qwen Desk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/records.py" line="244"/>
        <source>The conversation history file is read-only, so Qwen Desk could not {doing}. Check the permissions of the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/records.py" line="253"/>
        <source>The conversation history file is damaged ({error}), so Qwen Desk could not {doing}. Restart Qwen Desk: it sets the damaged file aside and starts a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/records.py" line="263"/>
        <source>Qwen Desk could not {doing} because the disk reported an error ({error}). Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/records.py" line="271"/>
        <source>Qwen Desk could not {doing} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/schema.py" line="225"/>
        <source>The conversation history at {path} was saved by a newer version of Qwen Desk (history format {found}; this version reads up to {supported}). Install the newer Qwen Desk to open it. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/schema.py" line="266"/>
        <source>The conversation history at {path} could not be upgraded to the new format ({error}). It was left as it was; free some disk space or restart Qwen Desk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/schema.py" line="296"/>
        <source>The conversation history at {path} could not be opened ({error}). Check that the file and its folder can be read and written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/schema.py" line="316"/>
        <source>The conversation history at {path} could not be read ({error}). Close other copies of Qwen Desk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/schema.py" line="356"/>
        <source>Your conversation history could not be opened ({error}). The damaged file was moved to {moved} and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/schema.py" line="365"/>
        <source>The conversation history at {path} could not be opened ({error}). Check that the folder exists and can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/sql.py" line="87"/>
        <source>Conversation {conversation_id} does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/sql.py" line="117"/>
        <source>Message {message_id} does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="314"/>
        <source>Only your own messages can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="413"/>
        <source>Only replies can be regenerated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="504"/>
        <source>Only a conversation in the trash can be deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="573"/>
        <source>The export could not be written to {target} ({error}). Choose another folder or free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="627"/>
        <location filename="../../desktop/core/history/store.py" line="641"/>
        <source>The conversation history is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="637"/>
        <source>One transaction: committed whole, or rolled back whole on any error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/transfer.py" line="79"/>
        <source>Conversation {conversation_id} does not exist, so it cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryAction</name>
    <message>
        <location filename="../../desktop/core/history/store.py" line="110"/>
        <source>mark unfinished replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="169"/>
        <source>create the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="185"/>
        <location filename="../../desktop/core/history/store.py" line="326"/>
        <source>read the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="190"/>
        <source>list the conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="203"/>
        <source>rename the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="223"/>
        <source>set the conversation title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="237"/>
        <source>pin the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="262"/>
        <source>save the conversation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="287"/>
        <source>save the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="310"/>
        <source>save the edited message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="321"/>
        <source>read the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="337"/>
        <source>read the message versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="343"/>
        <source>switch the message version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="357"/>
        <source>delete the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="369"/>
        <source>move the message to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="382"/>
        <source>restore the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="399"/>
        <source>start the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="409"/>
        <source>start the new reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="451"/>
        <source>save the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="477"/>
        <source>move the conversation to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="486"/>
        <source>restore the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="491"/>
        <source>list the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="501"/>
        <source>delete the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="514"/>
        <source>count the deleted messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="524"/>
        <source>empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="538"/>
        <source>search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="545"/>
        <location filename="../../desktop/core/history/store.py" line="552"/>
        <source>export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="584"/>
        <location filename="../../desktop/core/history/store.py" line="599"/>
        <source>import the conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="590"/>
        <source>import the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="612"/>
        <source>read the conversations to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/streaming.py" line="117"/>
        <source>save the reply as it streams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryField</name>
    <message>
        <location filename="../../desktop/core/history/store.py" line="163"/>
        <location filename="../../desktop/core/history/store.py" line="201"/>
        <location filename="../../desktop/core/history/store.py" line="219"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="166"/>
        <location filename="../../desktop/core/history/store.py" line="255"/>
        <source>system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="285"/>
        <location filename="../../desktop/core/history/store.py" line="309"/>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="286"/>
        <location filename="../../desktop/core/history/store.py" line="435"/>
        <source>thinking text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="433"/>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/store.py" line="699"/>
        <source>model name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <location filename="../../desktop/core/history/transfer_check.py" line="72"/>
        <source>The file cannot be imported: the file {problem}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/transfer_check.py" line="77"/>
        <source>The file cannot be imported: the field {field} {problem}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/transfer_check.py" line="91"/>
        <source>The file {name} could not be read ({error}). Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/transfer_check.py" line="105"/>
        <source>The file cannot be imported: line {line} has bytes that are not UTF-8 text. Save the file as UTF-8 and try again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/transfer_check.py" line="113"/>
        <source>The file cannot be imported: its JSON is nested too deeply (more than {depth} levels; no conversation needs that many). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/transfer_check.py" line="129"/>
        <source>The file cannot be imported: it is not valid JSON at line {line}, column {colno} ({msg}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/transfer_check.py" line="138"/>
        <source>The file cannot be imported: it has a number ({number}) too large for any value a conversation holds. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/transfer_check.py" line="149"/>
        <source>The file cannot be imported: {error}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/history/transfer_check.py" line="206"/>
        <source>The file cannot be imported: {first}{rest} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubRepoId</name>
    <message>
        <location filename="../../desktop/core/hub/repo_id.py" line="35"/>
        <source>it must be owner/name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/repo_id.py" line="38"/>
        <source>the owner or the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/repo_id.py" line="40"/>
        <source>a part is longer than {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/repo_id.py" line="44"/>
        <source>it contains &apos;..&apos; or &apos;--&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/repo_id.py" line="46"/>
        <source>it may have only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, and no part may start or end with &apos;-&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/repo_id.py" line="52"/>
        <source>the name ends in &apos;.git&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/repo_id.py" line="62"/>
        <source>&apos;{shown}&apos; is not a valid Hugging Face model id ({problem}), so nothing was downloaded. Check the model&apos;s name on its Hugging Face page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/repo_id.py" line="77"/>
        <source>The download&apos;s file name {name} has a NUL character, which no file name may have, so it was refused. The model&apos;s file name on Hugging Face is not safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/repo_id.py" line="88"/>
        <source>The download would be saved at {path}, outside the models folder {root}, so it was refused. The model&apos;s name or file name on Hugging Face is not safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="52"/>
        <source>Offline mode is on, so Hugging Face is not asked. Turn it off in Settings to search or refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="132"/>
        <source>The request to Hugging Face was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="135"/>
        <source>Hugging Face did not answer within {seconds} seconds. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="153"/>
        <source>Could not reach Hugging Face: {reason}. Check the proxy settings (HTTPS_PROXY and HTTP_PROXY, or the system&apos;s), or turn on offline mode to use only the models you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="160"/>
        <source>Could not reach Hugging Face: {reason}. Check your internet connection, or turn on offline mode to use only the models you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="169"/>
        <source>Hugging Face is switched off on this computer (HF_HUB_OFFLINE is set). Unset it to search the Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="178"/>
        <source>The repository {repo} is gated or private. Accept its licence on huggingface.co and add a Hugging Face token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="184"/>
        <source>Hugging Face refused the request. Check the Hugging Face token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="191"/>
        <source>Hugging Face has no model repository {repo}; check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="195"/>
        <source>Hugging Face could not find what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="199"/>
        <source>Hugging Face answered with error {status}. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="205"/>
        <source>Could not reach Hugging Face ({error}). Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="454"/>
        <source>Refreshed the files and sizes of %n models from Hugging Face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="462"/>
        <source>Refreshed the files and sizes of %n models of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/search.py" line="472"/>
        <source>(%n more could not be refreshed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/catalog_refresh.py" line="110"/>
        <source>Could not refresh {name} from Hugging Face ({error}). Check your internet connection and try again; the bundled sizes stay in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubToken</name>
    <message>
        <location filename="../../desktop/core/hub/token_store.py" line="48"/>
        <source>No Hugging Face token is set. Public models download without one; gated models need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/token_store.py" line="52"/>
        <source>Your Hugging Face token is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/token_store.py" line="55"/>
        <source>No system keychain is available, so your Hugging Face token is kept only until you quit Qwen Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/token_store.py" line="108"/>
        <source>The token is empty. Paste the token from your Hugging Face settings page (huggingface.co/settings/tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/token_store.py" line="116"/>
        <source>A Hugging Face token has no spaces in it; copy it again from huggingface.co/settings/tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indexing</name>
    <message>
        <location filename="../../desktop/documents/indexer.py" line="80"/>
        <source>Indexed {indexed} of {total} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/indexer.py" line="85"/>
        <source>{count} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/indexer.py" line="88"/>
        <source>{count} could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents/indexer.py" line="92"/>
        <source>Indexing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="318"/>
        <source>Could not {action}: {error}. Check the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="321"/>
        <source>Could not {action} ({kind}: {error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/library.py" line="77"/>
        <source>{name} has no readable config.json, so it is not an MLX model folder. Choose the folder that holds config.json and the .safetensors files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/library.py" line="85"/>
        <source>{name} is not a complete MLX model: it needs config.json and .safetensors weight files. Download the model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/library.py" line="201"/>
        <source>{name} is not a .gguf file or an MLX model folder. Qwen Desk runs GGUF models (and MLX models on Apple Silicon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/library.py" line="211"/>
        <source>{name} is split into {count} files and {missing} is missing. Put all parts in the same folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/library.py" line="230"/>
        <source>Not enough disk space to copy {name}: it needs {size} but only {free} is free. Free some space, or import it without copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/library.py" line="270"/>
        <source>The models folder already has {name}. Delete that copy first, or import this one without copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/library.py" line="290"/>
        <source>{name} belongs to another app ({app}); delete it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/library.py" line="297"/>
        <source>{path} is not in the models folder, so it was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpConfig</name>
    <message>
        <location filename="../../desktop/tools/mcp_config.py" line="92"/>
        <source>The server &quot;{name}&quot; is not an object in mcp.json; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_config.py" line="101"/>
        <source>The server &quot;{name}&quot; has a url that is not http(s); it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_config.py" line="107"/>
        <source>The headers of &quot;{name}&quot; must be an object of text values; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_config.py" line="115"/>
        <source>The server &quot;{name}&quot; has neither a &quot;command&quot; nor a &quot;url&quot;; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_config.py" line="124"/>
        <source>The &quot;args&quot; of &quot;{name}&quot; must be a list of text; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_config.py" line="136"/>
        <source>The env of &quot;{name}&quot; must be an object of text values; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_config.py" line="153"/>
        <source>mcp.json is not valid JSON at line {line}, column {column} ({error}). Fix it in Settings → Tools, or remove the file to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_config.py" line="161"/>
        <source>mcp.json must be an object like {&quot;mcpServers&quot;: {...}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_config.py" line="166"/>
        <source>&quot;mcpServers&quot; in mcp.json must be an object of servers by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_config.py" line="189"/>
        <source>mcp.json at {path} could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_config.py" line="206"/>
        <source>mcp.json could not be saved at {path} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_config.py" line="243"/>
        <source>The server &quot;{server}&quot; needs the secret &quot;{name}&quot; from the system keychain for {key}, but it is not there. Add it in Settings → Tools.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServer</name>
    <message>
        <location filename="../../desktop/tools/mcp_client.py" line="282"/>
        <source>The MCP server &quot;{name}&quot; did not answer within {seconds} s of starting. Check its command or URL in Settings → Tools; its messages are in the Qwen Desk log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_client.py" line="291"/>
        <source>The MCP server &quot;{name}&quot; could not start: the command &quot;{command}&quot; was not found or may not be run. Check it in Settings → Tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_client.py" line="299"/>
        <source>The MCP server &quot;{name}&quot; was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_client.py" line="302"/>
        <source>The MCP server &quot;{name}&quot; stopped: {error}. Check it in Settings → Tools; its messages are in the Qwen Desk log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_config.py" line="284"/>
        <source>The MCP server &quot;{name}&quot; is on the network ({host}) and Qwen Desk is in offline mode. Turn offline mode off in Settings to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_tools.py" line="102"/>
        <source>Switched off in mcp.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/mcp_tools.py" line="116"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/toolbox.py" line="99"/>
        <source>Not started: tools are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/toolbox.py" line="101"/>
        <source>Not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelAdvice</name>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="45"/>
        <source>less than one token a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="46"/>
        <source>about {count} tokens a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="60"/>
        <source>1 CPU core, no GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="61"/>
        <source>{count} CPU cores, no GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="87"/>
        <source>{model} answers at {speed} on this computer ({hardware}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="93"/>
        <source>Nothing in the catalog runs faster here; expect to wait for replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="108"/>
        <source>It is the most capable model that still replies at a comfortable pace here; memory is not the limit, speed is: {model} would manage {speed} and thinks before it answers, so a reply can take minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="115"/>
        <source>It is the most capable model that still replies at a comfortable pace here; memory is not the limit, speed is: {model} would manage {speed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="128"/>
        <source>It is the most capable model that fits in the memory free now ({free}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="136"/>
        <source>Switch Thinking on in a chat for harder questions; replies then take longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="146"/>
        <source>{model} has the thinking switch and is quicker ({speed}) but less capable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="151"/>
        <source>{model} has the thinking switch but is slower here ({speed}) and less suited to code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="157"/>
        <source>{model} has the thinking switch but is slower here ({speed}) and less suited to maths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/advice.py" line="163"/>
        <source>{model} has the thinking switch but is slower here ({speed}) and less suited to chat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../../desktop/core/models/families.py" line="82"/>
        <source>{card}: {sampling}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="84"/>
        <source>{card}, thinking mode: {sampling}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="86"/>
        <source>{card}, non-thinking mode: {sampling}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="94"/>
        <source>{label} model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="106"/>
        <source>Qwen&apos;s model card: if a quantised model repeats itself endlessly, a presence penalty of up to 1.5 helps; higher values can mix languages and lower quality a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="151"/>
        <source>QwQ&apos;s card advises top-k between 20 and 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="156"/>
        <source>With the General preset no system message is sent, so the template&apos;s own default applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="169"/>
        <source>Qwen2.5 generation defaults (the Math card gives no sampling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="172"/>
        <source>The Math card&apos;s chain-of-thought system prompt is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="179"/>
        <source>Its card asks for no system prompt: instructions go into the user turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="185"/>
        <source>this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="187"/>
        <source>No model card known; Qwen3&apos;s recommended values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/request_defaults.py" line="43"/>
        <source>Your own sampling from Settings (thinking mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/request_defaults.py" line="44"/>
        <source>Your own sampling from Settings (non-thinking mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/request_defaults.py" line="81"/>
        <source>{label}: its card asks for no system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/request_defaults.py" line="87"/>
        <source>{label}: the {preset} preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/request_defaults.py" line="92"/>
        <source>No system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/request_defaults.py" line="94"/>
        <source>{label}: its card asks for instructions in the user turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/request_defaults.py" line="97"/>
        <source>The {preset} preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/request_defaults.py" line="99"/>
        <source>Your own system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/request_defaults.py" line="103"/>
        <source>{label}: no system message, so the model&apos;s template adds its own default (“You are Qwen, created by Alibaba Cloud…”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFacts</name>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="120"/>
        <source>{total}B parameters ({active}B active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="123"/>
        <source>{total}B parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="130"/>
        <source>{native}K context (up to {most}K with YaRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="133"/>
        <source>{native}K context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="209"/>
        <source>{count} billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="211"/>
        <source>{count} million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="213"/>
        <source>{count} thousand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="229"/>
        <source>{bits}-bit MLX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="240"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="242"/>
        <source>missing (a plain fallback is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="249"/>
        <source>faulty: it did not finish (the model cannot be used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="252"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="257"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="259"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="261"/>
        <source>{context} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="263"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="266"/>
        <source>Quantisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="267"/>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="268"/>
        <source>Native context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="269"/>
        <source>Chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="270"/>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="272"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="285"/>
        <location filename="../../desktop/core/models/describe.py" line="293"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="286"/>
        <source>not a Qwen family Qwen Desk knows; Qwen3&apos;s sampling is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="294"/>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="297"/>
        <source>Sampling when thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="299"/>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="304"/>
        <source>Long context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="305"/>
        <source>up to {context} tokens with YaRN (model card)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFamily</name>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="93"/>
        <source>Qwen3 2507 update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <location filename="../../desktop/core/models/gguf_info.py" line="254"/>
        <source>The model file {path} does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/gguf_info.py" line="261"/>
        <source>{path} is a folder, not a GGUF file. Choose the .gguf file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/gguf_info.py" line="270"/>
        <source>{name} is empty (0 bytes). Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/gguf_info.py" line="278"/>
        <source>{name} is not a GGUF model file. Qwen Desk runs GGUF files (and MLX folders on Apple Silicon); download a GGUF build of the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/gguf_info.py" line="290"/>
        <source>{name} could not be read ({error}). Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/gguf_info.py" line="303"/>
        <source>{name} is cut short or damaged (its header ends early). Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/gguf_info.py" line="313"/>
        <source>{name} uses GGUF version {version}, which this app cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/gguf_info.py" line="346"/>
        <source>{name} has a damaged header ({error}). Download the model again, or another build of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/gguf_info.py" line="373"/>
        <source>{name} has a damaged header: {key} should be a whole number but is {shown}. Download the model again, or another build of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/gguf_info.py" line="382"/>
        <source>{name} has a damaged header: {key} is {value}, which no real model has. Download the model again, or another build of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/gguf_info.py" line="392"/>
        <source>{name} has a damaged header: general.alignment is {alignment}, not a power of two. Download the model again, or another build of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/gguf_info.py" line="401"/>
        <source>{name} has a damaged header: its vocabulary (tokenizer.ggml.tokens) is not a list of texts. Download the model again, or another build of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/gguf_info.py" line="419"/>
        <source>{name} is incomplete: {missing} bytes of model data are missing. The download was probably interrupted; download it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFit</name>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="50"/>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="51"/>
        <source>Tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="52"/>
        <source>Won&apos;t fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="147"/>
        <source>Fits on this computer at {context} tokens of context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="150"/>
        <source>Tight on this computer at {context} tokens of context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="153"/>
        <source>Won&apos;t fit on this computer at {context} tokens of context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="159"/>
        <source>weights {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="161"/>
        <source>KV cache ({kind}) {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="165"/>
        <source>overhead {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="167"/>
        <source>{size} of {budget} available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="173"/>
        <source>Largest context that fits comfortably: {context} tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="179"/>
        <source>Only fits tightly, up to {context} tokens; close other apps first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="185"/>
        <source>Does not fit even with a small context; pick a smaller model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="189"/>
        <source>The size is an estimate until the catalog is refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelLoad</name>
    <message>
        <location filename="../../desktop/engines/__init__.py" line="44"/>
        <source>{name} is an MLX model, which runs only on Apple Silicon Macs. Download the GGUF build of this model instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/__init__.py" line="53"/>
        <source>This is an MLX model but mlx-lm is not installed. Reinstall Qwen Desk, or use the GGUF build of the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/base.py" line="110"/>
        <source>{model} is served by {url}; this engine runs local files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/base.py" line="150"/>
        <source>No model is loaded. Load a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/llamacpp.py" line="111"/>
        <source>Checking the model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/llamacpp.py" line="121"/>
        <source>{name} has no chat template, so Qwen Desk cannot tell how to talk to it. Use an instruct/chat GGUF of the model (base models have no template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/llamacpp.py" line="143"/>
        <source>Unknown KV-cache type {kind}; choose f16, q8_0 or q4_0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/llamacpp.py" line="166"/>
        <location filename="../../desktop/engines/llamacpp.py" line="198"/>
        <source>Loading weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/llamacpp.py" line="174"/>
        <source>GPU memory is full; loading on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/llamacpp.py" line="177"/>
        <source>Preparing the chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/llamacpp.py" line="189"/>
        <location filename="../../desktop/engines/mlx.py" line="234"/>
        <location filename="../../desktop/engines/remote.py" line="139"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/llamacpp.py" line="211"/>
        <source>This build of llama.cpp does not support the &apos;{architecture}&apos; architecture of {name} ({build}). Update Qwen Desk or choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/llamacpp.py" line="221"/>
        <source>Not enough memory to load {name} with these settings. Choose a smaller context length or a smaller quantisation, or fewer GPU layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/llamacpp.py" line="231"/>
        <source>llama.cpp could not load {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/memory_check.py" line="39"/>
        <source>{model} needs about {size} of memory at a context of {context} tokens, but only {free} is free. A context of {fits} tokens fits: load it with that, or close other apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/memory_check.py" line="59"/>
        <source>{model} needs about {size} of memory even at a context of {context} tokens ({weights} for its weights, {working} for its KV cache and working buffers), but this computer has only {free} free ({total} in all). Choose a smaller model or a smaller quantisation (e.g. Q4_K_M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx.py" line="218"/>
        <source>Checking the model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx.py" line="259"/>
        <source>Reading the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx.py" line="272"/>
        <source>Loading the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx.py" line="279"/>
        <source>Loading the tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx.py" line="294"/>
        <source>Not enough memory to load {name}. Choose a smaller model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx.py" line="301"/>
        <source>The weights in {name} could not be read: they may be incomplete or damaged, or not match the model&apos;s config.json ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx.py" line="308"/>
        <source>The tokenizer files in {name} could not be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx.py" line="401"/>
        <source>The model&apos;s chat template failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx.py" line="416"/>
        <source>The model&apos;s cache could not be prepared: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx_folder.py" line="29"/>
        <source>The model folder {path} does not exist. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx_folder.py" line="38"/>
        <source>{name} is a file, but an MLX model is a folder with config.json, *.safetensors weights and tokenizer files. It is a GGUF file: open it with the llama.cpp engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx_folder.py" line="45"/>
        <source>{name} is a file, but an MLX model is a folder with config.json, *.safetensors weights and tokenizer files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx_folder.py" line="59"/>
        <source>The folder {name} has no config.json, so it is not an MLX model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx_folder.py" line="67"/>
        <source>The config.json in {name} cannot be read; the download may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx_folder.py" line="75"/>
        <source>The config.json in {name} does not say which architecture the model has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx_folder.py" line="83"/>
        <source>The folder {name} has no model*.safetensors weights, so it is not an MLX model folder (or its download is incomplete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx_folder.py" line="92"/>
        <source>The folder {name} has no tokenizer files (tokenizer.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx_folder.py" line="99"/>
        <source>{name} needs custom Python code to run, which Qwen Desk does not execute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx_folder.py" line="119"/>
        <source>This version of mlx-lm cannot run the &apos;{architecture}&apos; architecture of {name}. Update Qwen Desk or choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/mlx_folder.py" line="146"/>
        <source>{name} has no chat template, so Qwen Desk cannot tell how to talk to it. Use an instruct/chat version of the model (base models have no template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote.py" line="111"/>
        <source>Connecting to {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote.py" line="131"/>
        <source>Reading the server&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSource</name>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="81"/>
        <source>In library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="82"/>
        <source>Linked in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="83"/>
        <source>Found in Hugging Face cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="84"/>
        <source>Found in LM Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="85"/>
        <source>Found in Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="86"/>
        <source>Found in GPT4All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelThinking</name>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="59"/>
        <source>Thinking on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="60"/>
        <source>Always thinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="61"/>
        <source>No thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="67"/>
        <source>Can think step by step before answering; you switch it per chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="70"/>
        <source>Always reasons step by step first: slower, stronger at hard tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/describe.py" line="73"/>
        <source>Answers straight away, without a thinking phase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsFolder</name>
    <message>
        <location filename="../../desktop/core/models/move.py" line="245"/>
        <source>{destination} is already the models folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/move.py" line="251"/>
        <source>{destination} is inside the current models folder. Choose a folder outside {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/move.py" line="259"/>
        <source>{destination} is a file, not a folder. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/move.py" line="272"/>
        <source>The new folder already has {names} and {more} more. Move or delete them there first, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/move.py" line="278"/>
        <source>The new folder already has {names}. Move or delete it there first, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/move.py" line="284"/>
        <source>The new folder already has {names}. Move or delete them there first, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/move.py" line="319"/>
        <source>Moving the models needs {size} free in {destination}, but that drive has only {free} free. Free some space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/move.py" line="349"/>
        <source>Could not move {name}: {error}. It is still in {source}; check the new folder&apos;s drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../../desktop/core/hub/http_client.py" line="124"/>
        <source>the proxy {via} did not let the connection to {host} through ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/http_client.py" line="128"/>
        <source>the secure connection to {host} could not be verified ({detail}); a proxy or firewall may be intercepting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/http_client.py" line="135"/>
        <source>the proxy {via} refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/http_client.py" line="137"/>
        <source>the proxy&apos;s name {via} could not be looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/http_client.py" line="140"/>
        <source>the proxy {via} could not be reached ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/http_client.py" line="144"/>
        <source>{host} did not answer in time; the network may be down or blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/http_client.py" line="148"/>
        <source>the name {host} could not be looked up, so this computer seems to be offline (or its DNS is not working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/http_client.py" line="154"/>
        <source>this computer has no network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/http_client.py" line="156"/>
        <source>{host} refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/hub/http_client.py" line="157"/>
        <source>could not connect to {host} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonRunner</name>
    <message>
        <location filename="../../desktop/tools/runner.py" line="72"/>
        <source>Stopped by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/runner.py" line="75"/>
        <source>Stopped: the program ran longer than the time limit of {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/runner.py" line="82"/>
        <source>Stopped: the program used more than the memory limit of {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/runner.py" line="89"/>
        <source>Stopped: the program printed more than the output limit of {size}; the output is cut there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/runner.py" line="97"/>
        <source>The program ended with exit code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <location filename="../../desktop/engines/remote.py" line="100"/>
        <source>{source} is a file on this computer; the remote engine runs models on servers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote.py" line="124"/>
        <location filename="../../desktop/engines/remote_errors.py" line="216"/>
        <source>{server} does not serve a model called {model}. It serves: {served}. Choose one of its models in Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote.py" line="270"/>
        <source>{server} stopped the reply with an error: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote.py" line="272"/>
        <source>{server} stopped the reply with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote.py" line="281"/>
        <source>Qwen Desk could not read the reply from {server}; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="79"/>
        <source>The certificate of {server} could not be verified (it is self-signed or from an authority this computer does not trust). Install the server&apos;s certificate authority on this computer, or use http:// on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="89"/>
        <source>A secure (https) connection to {server} failed. Check that the server speaks https on that port, or use http:// if it does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="99"/>
        <source>The name {host} could not be found. Check the spelling of the server&apos;s address, or use its IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="108"/>
        <source>Nothing is listening at {server}. Check that the server is running and that the address and port are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="117"/>
        <source>{server} did not answer within {seconds} seconds. Check that the server is on and reachable from this computer (firewall, VPN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="126"/>
        <source>{server} stopped sending for {seconds} seconds, so Qwen Desk gave up. The server may be overloaded or stuck; try again, or restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="135"/>
        <source>{server} closed the connection in the middle of the reply (it may have stopped or crashed). Check the server, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="144"/>
        <source>The server address is not valid; write it like http://gpu-box:8000/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="151"/>
        <source>Could not talk to {server}: {error}. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="163"/>
        <source>The server said: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="185"/>
        <source>{server} refused the API key. Check the key in Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="192"/>
        <source>{server} needs an API key. Enter it in Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="198"/>
        <source>{server} does not allow this key to use it (access denied). Check the key&apos;s permissions on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="206"/>
        <source>{server} has no OpenAI-compatible model list at this address. Check the base URL; it usually ends in /v1 (e.g. http://gpu-box:8000/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="222"/>
        <source>{server} does not serve a model called {model}. Choose one of its models in Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="231"/>
        <source>{server} is rate-limiting requests (it asks for {seconds} seconds). Wait a moment, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="237"/>
        <source>{server} is rate-limiting requests. Wait a moment, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="244"/>
        <source>{server} had an internal error ({status}). Check the server&apos;s log; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="250"/>
        <source>{server} rejected the request ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="253"/>
        <source>{server} rejected the request ({status}). Check the server log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="278"/>
        <source>{server} sent a model list that Qwen Desk cannot read; is it an OpenAI-compatible server? Check the base URL (it usually ends in /v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="284"/>
        <source>{server} sent a reply that Qwen Desk cannot read; is it an OpenAI-compatible server? Check the base URL (it usually ends in /v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_errors.py" line="290"/>
        <source>{server} sent an answer that Qwen Desk cannot read; is it an OpenAI-compatible server? Check the base URL (it usually ends in /v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_net.py" line="47"/>
        <source>Enter the server&apos;s address, e.g. http://gpu-box:8000/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_net.py" line="57"/>
        <source>{address} is not a valid server address; write it like http://gpu-box:8000/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_net.py" line="66"/>
        <source>The server address must start with http:// or https:// and name a host, e.g. http://gpu-box:8000/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_net.py" line="76"/>
        <source>Put the API key in the key field, not in the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/engines/remote_net.py" line="146"/>
        <source>Offline mode is on, so Qwen Desk does not connect to {server}. Turn off offline mode in Settings to use this server, or run the server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <location filename="../../desktop/core/models/families.py" line="207"/>
        <source>temperature {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="208"/>
        <source>top-p {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="211"/>
        <source>top-k {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="213"/>
        <source>no top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="215"/>
        <source>min-p {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="218"/>
        <source>repetition penalty {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/core/models/families.py" line="224"/>
        <source>presence penalty {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolResult</name>
    <message>
        <location filename="../../desktop/tools/loop.py" line="192"/>
        <source>Not run: the reply failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/loop.py" line="193"/>
        <location filename="../../desktop/tools/tir_loop.py" line="192"/>
        <source>The user stopped before it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/loop.py" line="194"/>
        <source>The user denied this tool call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tools/tir_loop.py" line="195"/>
        <source>The user did not allow running this code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiServer</name>
    <message>
        <source>Port {port} is not a port number; choose one from 1024 to 65535.</source>
        <translation>El puerto {port} no es un número de puerto válido; elige uno entre 1024 y 65535.</translation>
    </message>
    <message>
        <source>Listening on {host} lets other computers use your model, so it needs an API key. Create a key first, or listen on 127.0.0.1 (this computer only).</source>
        <translation>Escuchar en {host} permite que otros equipos usen tu modelo, así que hace falta una clave de API. Crea una clave primero o escucha en 127.0.0.1 (solo este equipo).</translation>
    </message>
    <message>
        <source>Allowing every web page (*) to call the server is not supported; list each origin, such as http://localhost:3000.</source>
        <translation>No se admite permitir que cualquier página web (*) llame al servidor; indica cada origen por separado, por ejemplo, http://localhost:3000.</translation>
    </message>
    <message>
        <source>{host} is not an address of this computer ({error}). Use 127.0.0.1, or 0.0.0.0 to listen on every network.</source>
        <translation>{host} no es una dirección de este equipo ({error}). Usa 127.0.0.1, o 0.0.0.0 para escuchar en todas las redes.</translation>
    </message>
    <message>
        <source>Port {port} is already in use by another program. Choose another port.</source>
        <translation>Otro programa ya está usando el puerto {port}. Elige otro puerto.</translation>
    </message>
    <message>
        <source>Port {port} needs administrator rights; choose a port from 1024 to 65535.</source>
        <translation>El puerto {port} requiere permisos de administrador; elige un puerto entre 1024 y 65535.</translation>
    </message>
    <message>
        <source>The server could not listen on {host}:{port} ({error}).</source>
        <translation>El servidor no pudo escuchar en {host}:{port} ({error}).</translation>
    </message>
    <message>
        <source>The API server could not start: it did not start in time.</source>
        <translation>No se pudo iniciar el servidor de API: no arrancó a tiempo.</translation>
    </message>
    <message>
        <source>The API server could not start: {error}.</source>
        <translation>No se pudo iniciar el servidor de API: {error}.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The model catalog was written for another version of Qwen Desk; reinstall the app to restore it.</source>
        <translation>El catálogo de modelos se creó para otra versión de Qwen Desk; reinstala la aplicación para restaurarlo.</translation>
    </message>
    <message>
        <source>The model catalog ({path}) could not be read ({error}); reinstall the app.</source>
        <translation>No se pudo leer el catálogo de modelos ({path}) ({error}); reinstala la aplicación.</translation>
    </message>
</context>
<context>
    <name>ChatTemplate</name>
    <message>
        <source>The model&apos;s chat template refused the conversation: {message}</source>
        <translation>La plantilla de chat del modelo rechazó la conversación: {message}</translation>
    </message>
    <message>
        <source>The model&apos;s chat template is {count} characters long, far more than any real one; the model file is probably damaged. Use another build of the model.</source>
        <translation>La plantilla de chat del modelo tiene {count} caracteres, muchísimos más que cualquier plantilla real; probablemente el archivo del modelo esté dañado. Usa otra versión del modelo.</translation>
    </message>
    <message>
        <source>The model&apos;s chat template is not valid Jinja: {error}</source>
        <translation>La plantilla de chat del modelo no es Jinja válido: {error}</translation>
    </message>
    <message>
        <source>The model&apos;s chat template is not valid Jinja: it is nested too deeply to read.</source>
        <translation>La plantilla de chat del modelo no es Jinja válido: tiene demasiados niveles de anidamiento para leerla.</translation>
    </message>
    <message>
        <source>The model&apos;s chat template failed: {error}</source>
        <translation>La plantilla de chat del modelo falló: {error}</translation>
    </message>
    <message>
        <source>Only a reply the model has started can be continued.</source>
        <translation>Solo se puede continuar una respuesta que el modelo ya haya empezado.</translation>
    </message>
    <message>
        <source>The model&apos;s chat template leaves out the reply it has started, so the reply cannot be continued.</source>
        <translation>La plantilla de chat del modelo omite la respuesta ya empezada, así que no se puede continuar.</translation>
    </message>
    <message>
        <source>The model file&apos;s chat template is faulty: use another build (GGUF) of this model.</source>
        <translation>La plantilla de chat del archivo del modelo es defectuosa: usa otra versión (GGUF) de este modelo.</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it was stopped after {seconds} s (it may loop for ever).</source>
        <translation>La plantilla de chat del modelo no terminó: se detuvo tras {seconds} s (puede que entre en un bucle infinito).</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it tried to compute a number with more than {digits} digits.</source>
        <translation>La plantilla de chat del modelo no terminó: intentó calcular un número de más de {digits} dígitos.</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it made more than {count} characters of text on the way.</source>
        <translation>La plantilla de chat del modelo no terminó: generó por el camino más de {count} caracteres de texto.</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it asked for a loop of more than {count} steps.</source>
        <translation>La plantilla de chat del modelo no terminó: pidió un bucle de más de {count} pasos.</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it calls itself too deeply.</source>
        <translation>La plantilla de chat del modelo no terminó: se llama a sí misma con demasiada profundidad.</translation>
    </message>
    <message>
        <source>The model&apos;s chat template leaves out the started reply.</source>
        <translation>La plantilla de chat del modelo omite la respuesta ya empezada.</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>web page</source>
        <translation>página web</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>source</source>
        <translation>código fuente</translation>
    </message>
</context>
<context>
    <name>DocumentUse</name>
    <message>
        <source>Whole documents: {files} file(s), {tokens} tokens</source>
        <translation>Documentos completos: {files} archivo(s), {tokens} tokens</translation>
    </message>
    <message>
        <source>Relevant passages (keywords only): {passages} from {files} file(s), {tokens} tokens</source>
        <translation>Pasajes relevantes (solo por palabras clave): {passages} de {files} archivo(s), {tokens} tokens</translation>
    </message>
    <message>
        <source>Relevant passages: {passages} from {files} file(s), {tokens} tokens</source>
        <translation>Pasajes relevantes: {passages} de {files} archivo(s), {tokens} tokens</translation>
    </message>
    <message>
        <source>No documents used</source>
        <translation>No se usó ningún documento</translation>
    </message>
    <message>
        <source>The conversation leaves no room for document passages; start a new chat or load the model with a larger context to use your documents.</source>
        <translation>La conversación no deja espacio para pasajes de documentos; empieza un chat nuevo o carga el modelo con un contexto mayor para usar tus documentos.</translation>
    </message>
    <message>
        <source>{count} file(s) are still being indexed and are not used for this answer yet.</source>
        <translation>{count} archivo(s) aún se están indexando y todavía no se usan para esta respuesta.</translation>
    </message>
    <message>
        <source>Not used because they could not be read: {names} and {more} more.</source>
        <translation>No se usaron porque no se pudieron leer: {names} y {more} más.</translation>
    </message>
    <message>
        <source>Not used because they could not be read: {names}.</source>
        <translation>No se usaron porque no se pudieron leer: {names}.</translation>
    </message>
    <message>
        <source>Documents are searched by keywords only. Add an embedding model (Qwen3 Embedding 0.6B in the Library) to also find passages that say the same thing in other words.</source>
        <translation>Los documentos se buscan solo por palabras clave. Añade un modelo de embeddings (Qwen3 Embedding 0.6B en la biblioteca) para encontrar también pasajes que digan lo mismo con otras palabras.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>That file is not attached to this chat.</source>
        <translation>Ese archivo no está adjunto a este chat.</translation>
    </message>
    <message>
        <source>A chat&apos;s attached files cannot be switched on elsewhere.</source>
        <translation>Los archivos adjuntos de un chat no se pueden activar en otro lugar.</translation>
    </message>
    <message>
        <source>The embedding model cannot be used: {error}</source>
        <translation>No se puede usar el modelo de embeddings: {error}</translation>
    </message>
    <message>
        <source>The embedding model {name} could not be loaded ({error}). Check that the file is complete, or choose another embedding model.</source>
        <translation>No se pudo cargar el modelo de embeddings {name} ({error}). Comprueba que el archivo esté completo o elige otro modelo de embeddings.</translation>
    </message>
    <message>
        <source>The embedding model was closed; load it again.</source>
        <translation>El modelo de embeddings se cerró; vuelve a cargarlo.</translation>
    </message>
    <message>
        <source>The embedding model failed on a batch of text (llama.cpp error {code}); try indexing again, or choose another embedding model.</source>
        <translation>El modelo de embeddings falló con un lote de texto (error {code} de llama.cpp); vuelve a indexar o elige otro modelo de embeddings.</translation>
    </message>
    <message>
        <source>The embedding model returned no vector; it may not support embeddings. Choose an embedding model such as Qwen3 Embedding.</source>
        <translation>El modelo de embeddings no devolvió ningún vector; puede que no admita embeddings. Elige un modelo de embeddings como Qwen3 Embedding.</translation>
    </message>
    <message>
        <source>{name} contains no text to index.</source>
        <translation>{name} no contiene texto que indexar.</translation>
    </message>
    <message>
        <source>Only the first {count} characters of {name} were indexed.</source>
        <translation>Solo se indexaron los primeros {count} caracteres de {name}.</translation>
    </message>
    <message>
        <source>{name} could not be read as a PDF ({detail}); the file may be damaged or incomplete. Open it in a PDF reader and save a new copy, then add that.</source>
        <translation>No se pudo leer {name} como PDF ({detail}); puede que el archivo esté dañado o incompleto. Ábrelo en un lector de PDF, guarda una copia nueva y añade esa copia.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it in a PDF reader, save a copy without the password, and add that copy.</source>
        <translation>{name} está protegido con contraseña. Ábrelo en un lector de PDF, guarda una copia sin contraseña y añade esa copia.</translation>
    </message>
    <message>
        <source>{name} has no text layer (it looks like a scan). Run OCR on it first, for example with OCRmyPDF, and add the result.</source>
        <translation>{name} no tiene capa de texto (parece un escaneo). Aplícale primero OCR, por ejemplo con OCRmyPDF, y añade el resultado.</translation>
    </message>
    <message>
        <source>Page {pages} of {name} had no text (scanned pages?).</source>
        <translation>La página {pages} de {name} no tenía texto (¿páginas escaneadas?).</translation>
    </message>
    <message>
        <source>Pages {pages} of {name} had no text (scanned pages?).</source>
        <translation>Las páginas {pages} de {name} no tenían texto (¿páginas escaneadas?).</translation>
    </message>
    <message>
        <source>Page {pages} of {name} could not be read.</source>
        <translation>No se pudo leer la página {pages} de {name}.</translation>
    </message>
    <message>
        <source>Pages {pages} of {name} could not be read.</source>
        <translation>No se pudieron leer las páginas {pages} de {name}.</translation>
    </message>
    <message>
        <source>{name} is protected by a password or saved in the old .doc format. Open it in Word or LibreOffice, save it as an unprotected .docx, and add that.</source>
        <translation>{name} está protegido con contraseña o guardado en el antiguo formato .doc. Ábrelo en Word o LibreOffice, guárdalo como .docx sin protección y añade ese archivo.</translation>
    </message>
    <message>
        <source>{name} could not be read as a Word document ({error}); the file may be damaged. Open it in Word or LibreOffice and save a new copy, then add that.</source>
        <translation>No se pudo leer {name} como documento de Word ({error}); puede que el archivo esté dañado. Ábrelo en Word o LibreOffice, guarda una copia nueva y añade esa copia.</translation>
    </message>
    <message>
        <source>{name} could not be read as a Word document ({error}); open it in Word or LibreOffice and save a new copy, then add that.</source>
        <translation>No se pudo leer {name} como documento de Word ({error}); ábrelo en Word o LibreOffice, guarda una copia nueva y añade esa copia.</translation>
    </message>
    <message>
        <source>PDF, Word (.docx), Markdown, HTML, plain text and source code files</source>
        <translation>archivos PDF, Word (.docx), Markdown, HTML, texto sin formato y código fuente</translation>
    </message>
    <message>
        <source>{name} is not a kind of file Qwen Desk can read; it reads {kinds}.</source>
        <translation>{name} no es un tipo de archivo que Qwen Desk pueda leer; lee {kinds}.</translation>
    </message>
    <message>
        <source>{name} was moved or deleted; add it again from where it is now.</source>
        <translation>{name} se movió o se eliminó; vuelve a añadirlo desde su ubicación actual.</translation>
    </message>
    <message>
        <source>{name} could not be opened ({error}); check that you may read it.</source>
        <translation>No se pudo abrir {name} ({error}); comprueba que tienes permiso para leerlo.</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} Qwen Desk reads from one {kind} file. Split it into smaller files and add those.</source>
        <translation>{name} ocupa {size}, más de los {limit} que Qwen Desk lee de un archivo de tipo {kind}. Divídelo en archivos más pequeños y añade esos.</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to index.</source>
        <translation>{name} está vacío; no hay nada que indexar.</translation>
    </message>
    <message>
        <source>{name} could not be read ({error}); check that you may read it.</source>
        <translation>No se pudo leer {name} ({error}); comprueba que tienes permiso para leerlo.</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text, so it was skipped.</source>
        <translation>{name} parece un archivo binario, no de texto, así que se omitió.</translation>
    </message>
    <message>
        <source>The documents index is busy ({error}); try again in a moment.</source>
        <translation>El índice de documentos está ocupado ({error}); vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The documents index could not be saved ({error}). Free some disk space and index again.</source>
        <translation>No se pudo guardar el índice de documentos ({error}). Libera espacio en disco y vuelve a indexar.</translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation>Ponle un nombre a la colección.</translation>
    </message>
    <message>
        <source>{root} is not a folder that can be read.</source>
        <translation>{root} no es una carpeta que se pueda leer.</translation>
    </message>
    <message>
        <source>A collection named &quot;{name}&quot; already exists; choose another name.</source>
        <translation>Ya existe una colección llamada &quot;{name}&quot;; elige otro nombre.</translation>
    </message>
    <message>
        <source>That collection no longer exists.</source>
        <translation>Esa colección ya no existe.</translation>
    </message>
    <message>
        <source>That file is no longer in the collection.</source>
        <translation>Ese archivo ya no está en la colección.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be found (moved, renamed, or on a drive that is not connected). Reconnect it, or delete the collection and add the folder again; the collection was left as it was.</source>
        <translation>No se encuentra la carpeta {folder} (se movió, se le cambió el nombre o está en una unidad que no está conectada). Vuelve a conectarla, o elimina la colección y añade la carpeta de nuevo; la colección se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>The documents index at {path} was written by a newer Qwen Desk. Update Qwen Desk to use it; it was left untouched.</source>
        <translation>El índice de documentos de {path} lo creó una versión más reciente de Qwen Desk. Actualiza Qwen Desk para usarlo; no se ha modificado.</translation>
    </message>
    <message>
        <source>The documents index could not be opened ({error}). It was moved to {moved} and a new one started; add your documents again to index them.</source>
        <translation>No se pudo abrir el índice de documentos ({error}). Se movió a {moved} y se creó uno nuevo; vuelve a añadir tus documentos para indexarlos.</translation>
    </message>
    <message>
        <source>The documents index at {path} could not be opened ({error}). Check that the data folder can be written, close other copies of Qwen Desk, and try again.</source>
        <translation>No se pudo abrir el índice de documentos de {path} ({error}). Comprueba que se pueda escribir en la carpeta de datos, cierra las demás copias de Qwen Desk y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so Qwen Desk does not connect to Hugging Face. Turn offline mode off in Settings to download models.</source>
        <translation>El modo sin conexión está activado, así que Qwen Desk no se conecta a Hugging Face. Desactiva el modo sin conexión en Configuración para descargar modelos.</translation>
    </message>
    <message>
        <source>{repo} is gated or private on Hugging Face. Add your Hugging Face token in Settings, and accept the model&apos;s licence on its page (https://huggingface.co/{repo}), then try again.</source>
        <translation>{repo} es restringido o privado en Hugging Face. Añade tu token de Hugging Face en Configuración, acepta la licencia del modelo en su página (https://huggingface.co/{repo}) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{file} was not found on Hugging Face. It may have been renamed or removed; refresh the catalog and try again.</source>
        <translation>No se encontró {file} en Hugging Face. Puede que se haya cambiado de nombre o eliminado; actualiza el catálogo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Hugging Face answered {status} for {file}. Try again later.</source>
        <translation>Hugging Face respondió {status} para {file}. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>the connection stalled</source>
        <translation>la conexión se estancó</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face ({reason}) to download {file}. Check your internet connection and try again, or turn on offline mode to use only the models you already have.</source>
        <translation>No se pudo conectar con Hugging Face ({reason}) para descargar {file}. Comprueba tu conexión a internet y vuelve a intentarlo, o activa el modo sin conexión para usar solo los modelos que ya tienes.</translation>
    </message>
    <message>
        <source>Could not download {file} ({reason}), even after {retries} retries. Check your internet connection and try again; the download continues where it stopped.</source>
        <translation>No se pudo descargar {file} ({reason}), ni siquiera tras {retries} reintentos. Comprueba tu conexión a internet y vuelve a intentarlo; la descarga continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>Hugging Face did not say how large {file} is.</source>
        <translation>Hugging Face no indicó el tamaño de {file}.</translation>
    </message>
    <message>
        <source>Not enough disk space for {file}: it needs {size} more but only {free} is free in {folder}. Free some space, or choose another models folder in Settings.</source>
        <translation>No hay espacio suficiente en disco para {file}: necesita {size} más, pero solo quedan {free} libres en {folder}. Libera espacio o elige otra carpeta de modelos en Configuración.</translation>
    </message>
    <message>
        <source>Could not write {file} ({error}). Check that the disk is not full and the models folder is writable.</source>
        <translation>No se pudo escribir {file} ({error}). Comprueba que el disco no esté lleno y que se pueda escribir en la carpeta de modelos.</translation>
    </message>
    <message>
        <source>The download of {file} is damaged: its sha256 checksum does not match the one Hugging Face publishes, so the file was deleted. Try the download again.</source>
        <translation>La descarga de {file} está dañada: su suma de comprobación sha256 no coincide con la que publica Hugging Face, así que el archivo se eliminó. Vuelve a intentar la descarga.</translation>
    </message>
    <message>
        <source>Paused because offline mode is on; the part downloaded so far is kept, and the download goes on by itself when offline mode is turned off.</source>
        <translation>En pausa porque el modo sin conexión está activado; lo descargado hasta ahora se conserva y la descarga se reanudará sola al desactivar el modo sin conexión.</translation>
    </message>
    <message>
        <source>Downloads are shutting down; try again after restarting.</source>
        <translation>Las descargas se están cerrando; vuelve a intentarlo después de reiniciar.</translation>
    </message>
    <message>
        <source>The download of {file} failed unexpectedly ({error}).</source>
        <translation>La descarga de {file} falló de forma inesperada ({error}).</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation>Quedan {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <translation>Quedan {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h left</source>
        <translation>Quedan {hours} h</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>Generation failed: {error}</source>
        <translation>Error en la generación: {error}</translation>
    </message>
    <message>
        <source>This conversation needs {needed} tokens but the model was loaded with a context of {context}. Start a new chat, drop older turns, or load the model with a larger context.</source>
        <translation>Esta conversación necesita {needed} tokens, pero el modelo se cargó con un contexto de {context}. Empieza un chat nuevo, elimina los turnos más antiguos o carga el modelo con un contexto mayor.</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>{total} RAM ({free} free)</source>
        <translation>{total} de RAM ({free} libres)</translation>
    </message>
    <message>
        <source>{count} cores</source>
        <translation>{count} núcleos</translation>
    </message>
    <message>
        <source>Apple Silicon (unified memory)</source>
        <translation>Apple Silicon (memoria unificada)</translation>
    </message>
    <message>
        <source>Apple GPU (MLX)</source>
        <translation>GPU de Apple (MLX)</translation>
    </message>
    <message>
        <source>Apple GPU (unified memory)</source>
        <translation>GPU de Apple (memoria unificada)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>The {what} has a broken character at position {index} (half of an emoji or other symbol, usually left by a damaged copy and paste). Delete that character or paste the text again.</source>
        <translation>Hay un carácter dañado en {what}, en la posición {index} (la mitad de un emoji u otro símbolo; suele quedar de un copiar y pegar defectuoso). Borra ese carácter o vuelve a pegar el texto.</translation>
    </message>
    <message>
        <source>The disk is full, so Qwen Desk could not {doing}. Free some disk space and try again; everything saved before is kept.</source>
        <translation>El disco está lleno, así que Qwen Desk no pudo {doing}. Libera espacio en disco y vuelve a intentarlo; todo lo guardado antes se conserva.</translation>
    </message>
    <message>
        <source>The conversation history is in use by another program, so Qwen Desk could not {doing}. Close other copies of Qwen Desk and try again.</source>
        <translation>Otro programa está usando el historial de conversaciones, así que Qwen Desk no pudo {doing}. Cierra las demás copias de Qwen Desk y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The conversation history file is read-only, so Qwen Desk could not {doing}. Check the permissions of the data folder.</source>
        <translation>El archivo del historial de conversaciones es de solo lectura, así que Qwen Desk no pudo {doing}. Revisa los permisos de la carpeta de datos.</translation>
    </message>
    <message>
        <source>The conversation history file is damaged ({error}), so Qwen Desk could not {doing}. Restart Qwen Desk: it sets the damaged file aside and starts a new one.</source>
        <translation>El archivo del historial de conversaciones está dañado ({error}), así que Qwen Desk no pudo {doing}. Reinicia Qwen Desk: apartará el archivo dañado y empezará uno nuevo.</translation>
    </message>
    <message>
        <source>Qwen Desk could not {doing} because the disk reported an error ({error}). Check the disk and try again.</source>
        <translation>Qwen Desk no pudo {doing} porque el disco notificó un error ({error}). Revisa el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Qwen Desk could not {doing} ({error}).</source>
        <translation>Qwen Desk no pudo {doing} ({error}).</translation>
    </message>
    <message>
        <source>The conversation history at {path} was saved by a newer version of Qwen Desk (history format {found}; this version reads up to {supported}). Install the newer Qwen Desk to open it. The file has not been changed.</source>
        <translation>El historial de conversaciones de {path} se guardó con una versión más reciente de Qwen Desk (formato de historial {found}; esta versión lee hasta el {supported}). Instala la versión más reciente de Qwen Desk para abrirlo. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The conversation history at {path} could not be upgraded to the new format ({error}). It was left as it was; free some disk space or restart Qwen Desk and try again.</source>
        <translation>No se pudo actualizar al nuevo formato el historial de conversaciones de {path} ({error}). Se ha dejado como estaba; libera espacio en disco o reinicia Qwen Desk y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The conversation history at {path} could not be opened ({error}). Check that the file and its folder can be read and written.</source>
        <translation>No se pudo abrir el historial de conversaciones de {path} ({error}). Comprueba que se puedan leer y escribir el archivo y su carpeta.</translation>
    </message>
    <message>
        <source>The conversation history at {path} could not be read ({error}). Close other copies of Qwen Desk and try again.</source>
        <translation>No se pudo leer el historial de conversaciones de {path} ({error}). Cierra las demás copias de Qwen Desk y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your conversation history could not be opened ({error}). The damaged file was moved to {moved} and a new, empty history was started.</source>
        <translation>No se pudo abrir tu historial de conversaciones ({error}). El archivo dañado se movió a {moved} y se empezó un historial nuevo y vacío.</translation>
    </message>
    <message>
        <source>The conversation history at {path} could not be opened ({error}). Check that the folder exists and can be written.</source>
        <translation>No se pudo abrir el historial de conversaciones de {path} ({error}). Comprueba que la carpeta exista y que se pueda escribir en ella.</translation>
    </message>
    <message>
        <source>Conversation {conversation_id} does not exist; it may have been deleted.</source>
        <translation>La conversación {conversation_id} no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Message {message_id} does not exist; it may have been deleted.</source>
        <translation>El mensaje {message_id} no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Solo se pueden editar tus propios mensajes.</translation>
    </message>
    <message>
        <source>Only replies can be regenerated.</source>
        <translation>Solo se pueden regenerar las respuestas.</translation>
    </message>
    <message>
        <source>Only a conversation in the trash can be deleted for good.</source>
        <translation>Solo se puede eliminar definitivamente una conversación que esté en la papelera.</translation>
    </message>
    <message>
        <source>The export could not be written to {target} ({error}). Choose another folder or free some disk space.</source>
        <translation>No se pudo escribir la exportación en {target} ({error}). Elige otra carpeta o libera espacio en disco.</translation>
    </message>
    <message>
        <source>The conversation history is closed.</source>
        <translation>El historial de conversaciones está cerrado.</translation>
    </message>
    <message>
        <source>Conversation {conversation_id} does not exist, so it cannot be exported.</source>
        <translation>La conversación {conversation_id} no existe, así que no se puede exportar.</translation>
    </message>
</context>
<context>
    <name>HistoryAction</name>
    <message>
        <source>mark unfinished replies</source>
        <translation>marcar las respuestas sin terminar</translation>
    </message>
    <message>
        <source>create the conversation</source>
        <translation>crear la conversación</translation>
    </message>
    <message>
        <source>read the conversation</source>
        <translation>leer la conversación</translation>
    </message>
    <message>
        <source>list the conversations</source>
        <translation>obtener la lista de conversaciones</translation>
    </message>
    <message>
        <source>rename the conversation</source>
        <translation>cambiar el nombre de la conversación</translation>
    </message>
    <message>
        <source>set the conversation title</source>
        <translation>establecer el título de la conversación</translation>
    </message>
    <message>
        <source>pin the conversation</source>
        <translation>fijar la conversación</translation>
    </message>
    <message>
        <source>save the conversation settings</source>
        <translation>guardar la configuración de la conversación</translation>
    </message>
    <message>
        <source>save the message</source>
        <translation>guardar el mensaje</translation>
    </message>
    <message>
        <source>save the edited message</source>
        <translation>guardar el mensaje editado</translation>
    </message>
    <message>
        <source>read the message</source>
        <translation>leer el mensaje</translation>
    </message>
    <message>
        <source>read the message versions</source>
        <translation>leer las versiones del mensaje</translation>
    </message>
    <message>
        <source>switch the message version</source>
        <translation>cambiar la versión del mensaje</translation>
    </message>
    <message>
        <source>delete the message</source>
        <translation>eliminar el mensaje</translation>
    </message>
    <message>
        <source>move the message to the trash</source>
        <translation>mover el mensaje a la papelera</translation>
    </message>
    <message>
        <source>restore the message</source>
        <translation>restaurar el mensaje</translation>
    </message>
    <message>
        <source>start the reply</source>
        <translation>empezar la respuesta</translation>
    </message>
    <message>
        <source>start the new reply</source>
        <translation>empezar la nueva respuesta</translation>
    </message>
    <message>
        <source>save the reply</source>
        <translation>guardar la respuesta</translation>
    </message>
    <message>
        <source>move the conversation to the trash</source>
        <translation>mover la conversación a la papelera</translation>
    </message>
    <message>
        <source>restore the conversation</source>
        <translation>restaurar la conversación</translation>
    </message>
    <message>
        <source>list the trash</source>
        <translation>obtener el contenido de la papelera</translation>
    </message>
    <message>
        <source>delete the conversation</source>
        <translation>eliminar la conversación</translation>
    </message>
    <message>
        <source>count the deleted messages</source>
        <translation>contar los mensajes eliminados</translation>
    </message>
    <message>
        <source>empty the trash</source>
        <translation>vaciar la papelera</translation>
    </message>
    <message>
        <source>search the history</source>
        <translation>buscar en el historial</translation>
    </message>
    <message>
        <source>export the history</source>
        <translation>exportar el historial</translation>
    </message>
    <message>
        <source>import the conversations</source>
        <translation>importar las conversaciones</translation>
    </message>
    <message>
        <source>import the conversation</source>
        <translation>importar la conversación</translation>
    </message>
    <message>
        <source>read the conversations to import</source>
        <translation>leer las conversaciones que se van a importar</translation>
    </message>
    <message>
        <source>save the reply as it streams</source>
        <translation>guardar la respuesta mientras se genera</translation>
    </message>
</context>
<context>
    <name>HistoryField</name>
    <message>
        <source>title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>el prompt del sistema</translation>
    </message>
    <message>
        <source>message</source>
        <translation>el mensaje</translation>
    </message>
    <message>
        <source>thinking text</source>
        <translation>el texto de pensamiento</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>el nombre del modelo</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>The file cannot be imported: the file {problem}. Nothing was imported.</source>
        <translation>No se puede importar el archivo: el archivo {problem}. No se importó nada.</translation>
    </message>
    <message>
        <source>The file cannot be imported: the field {field} {problem}. Nothing was imported.</source>
        <translation>No se puede importar el archivo: el campo {field} {problem}. No se importó nada.</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({error}). Check that it exists and that you may read it.</source>
        <translation>No se pudo leer el archivo {name} ({error}). Comprueba que exista y que tengas permiso para leerlo.</translation>
    </message>
    <message>
        <source>The file cannot be imported: line {line} has bytes that are not UTF-8 text. Save the file as UTF-8 and try again. Nothing was imported.</source>
        <translation>No se puede importar el archivo: la línea {line} tiene bytes que no son texto UTF-8. Guarda el archivo como UTF-8 y vuelve a intentarlo. No se importó nada.</translation>
    </message>
    <message>
        <source>The file cannot be imported: its JSON is nested too deeply (more than {depth} levels; no conversation needs that many). Nothing was imported.</source>
        <translation>No se puede importar el archivo: su JSON tiene demasiados niveles de anidamiento (más de {depth}; ninguna conversación necesita tantos). No se importó nada.</translation>
    </message>
    <message>
        <source>The file cannot be imported: it is not valid JSON at line {line}, column {colno} ({msg}). Nothing was imported.</source>
        <translation>No se puede importar el archivo: no es JSON válido en la línea {line}, columna {colno} ({msg}). No se importó nada.</translation>
    </message>
    <message>
        <source>The file cannot be imported: it has a number ({number}) too large for any value a conversation holds. Nothing was imported.</source>
        <translation>No se puede importar el archivo: contiene un número ({number}) demasiado grande para cualquier valor de una conversación. No se importó nada.</translation>
    </message>
    <message>
        <source>The file cannot be imported: {error}. Nothing was imported.</source>
        <translation>No se puede importar el archivo: {error}. No se importó nada.</translation>
    </message>
    <message>
        <source>The file cannot be imported: {first}{rest} Nothing was imported.</source>
        <translation>No se puede importar el archivo: {first}{rest} No se importó nada.</translation>
    </message>
</context>
<context>
    <name>HubRepoId</name>
    <message>
        <source>it must be owner/name</source>
        <translation>debe tener la forma propietario/nombre</translation>
    </message>
    <message>
        <source>the owner or the name is empty</source>
        <translation>el propietario o el nombre están vacíos</translation>
    </message>
    <message>
        <source>a part is longer than {count} characters</source>
        <translation>una parte tiene más de {count} caracteres</translation>
    </message>
    <message>
        <source>it contains &apos;..&apos; or &apos;--&apos;</source>
        <translation>contiene &apos;..&apos; o &apos;--&apos;</translation>
    </message>
    <message>
        <source>it may have only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, and no part may start or end with &apos;-&apos; or &apos;.&apos;</source>
        <translation>solo puede contener letras, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;, y ninguna parte puede empezar ni terminar por &apos;-&apos; o &apos;.&apos;</translation>
    </message>
    <message>
        <source>the name ends in &apos;.git&apos;</source>
        <translation>el nombre termina en &apos;.git&apos;</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a valid Hugging Face model id ({problem}), so nothing was downloaded. Check the model&apos;s name on its Hugging Face page.</source>
        <translation>&apos;{shown}&apos; no es un identificador de modelo de Hugging Face válido ({problem}), así que no se descargó nada. Comprueba el nombre del modelo en su página de Hugging Face.</translation>
    </message>
    <message>
        <source>The download&apos;s file name {name} has a NUL character, which no file name may have, so it was refused. The model&apos;s file name on Hugging Face is not safe.</source>
        <translation>El nombre de archivo de la descarga, {name}, contiene un carácter NUL, que ningún nombre de archivo puede tener, así que se rechazó. El nombre de archivo del modelo en Hugging Face no es seguro.</translation>
    </message>
    <message>
        <source>The download would be saved at {path}, outside the models folder {root}, so it was refused. The model&apos;s name or file name on Hugging Face is not safe.</source>
        <translation>La descarga se guardaría en {path}, fuera de la carpeta de modelos {root}, así que se rechazó. El nombre del modelo o el nombre de archivo en Hugging Face no es seguro.</translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <source>Offline mode is on, so Hugging Face is not asked. Turn it off in Settings to search or refresh.</source>
        <translation>El modo sin conexión está activado, así que no se consulta a Hugging Face. Desactívalo en Configuración para buscar o actualizar.</translation>
    </message>
    <message>
        <source>The request to Hugging Face was cancelled.</source>
        <translation>Se canceló la solicitud a Hugging Face.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer within {seconds} seconds. Check your internet connection and try again.</source>
        <translation>Hugging Face no respondió en {seconds} segundos. Comprueba tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face: {reason}. Check the proxy settings (HTTPS_PROXY and HTTP_PROXY, or the system&apos;s), or turn on offline mode to use only the models you already have.</source>
        <translation>No se pudo conectar con Hugging Face: {reason}. Revisa la configuración del proxy (HTTPS_PROXY y HTTP_PROXY, o la del sistema) o activa el modo sin conexión para usar solo los modelos que ya tienes.</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face: {reason}. Check your internet connection, or turn on offline mode to use only the models you already have.</source>
        <translation>No se pudo conectar con Hugging Face: {reason}. Comprueba tu conexión a internet o activa el modo sin conexión para usar solo los modelos que ya tienes.</translation>
    </message>
    <message>
        <source>Hugging Face is switched off on this computer (HF_HUB_OFFLINE is set). Unset it to search the Hub.</source>
        <translation>Hugging Face está desactivado en este equipo (HF_HUB_OFFLINE está definida). Elimina esa variable para buscar en el Hub.</translation>
    </message>
    <message>
        <source>The repository {repo} is gated or private. Accept its licence on huggingface.co and add a Hugging Face token in Settings.</source>
        <translation>El repositorio {repo} es restringido o privado. Acepta su licencia en huggingface.co y añade un token de Hugging Face en Configuración.</translation>
    </message>
    <message>
        <source>Hugging Face refused the request. Check the Hugging Face token in Settings.</source>
        <translation>Hugging Face rechazó la solicitud. Revisa el token de Hugging Face en Configuración.</translation>
    </message>
    <message>
        <source>Hugging Face has no model repository {repo}; check the name.</source>
        <translation>Hugging Face no tiene ningún repositorio de modelo {repo}; comprueba el nombre.</translation>
    </message>
    <message>
        <source>Hugging Face could not find what was asked for.</source>
        <translation>Hugging Face no encontró lo que se pedía.</translation>
    </message>
    <message>
        <source>Hugging Face answered with error {status}. Try again later.</source>
        <translation>Hugging Face respondió con el error {status}. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face ({error}). Check your internet connection and try again.</source>
        <translation>No se pudo conectar con Hugging Face ({error}). Comprueba tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed the files and sizes of %n models from Hugging Face.</source>
        <translation><numerusform>Se actualizaron desde Hugging Face los archivos y tamaños de %n modelo.</numerusform><numerusform>Se actualizaron desde Hugging Face los archivos y tamaños de %n modelos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refreshed the files and sizes of %n models of {total}.</source>
        <translation><numerusform>Se actualizaron los archivos y tamaños de %n modelo de {total}.</numerusform><numerusform>Se actualizaron los archivos y tamaños de %n modelos de {total}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n more could not be refreshed.)</source>
        <translation><numerusform>(No se pudo actualizar %n más.)</numerusform><numerusform>(No se pudieron actualizar %n más.)</numerusform></translation>
    </message>
    <message>
        <source>Could not refresh {name} from Hugging Face ({error}). Check your internet connection and try again; the bundled sizes stay in use.</source>
        <translation>No se pudo actualizar {name} desde Hugging Face ({error}). Comprueba tu conexión a internet y vuelve a intentarlo; se siguen usando los tamaños incluidos.</translation>
    </message>
</context>
<context>
    <name>HubToken</name>
    <message>
        <source>No Hugging Face token is set. Public models download without one; gated models need it.</source>
        <translation>No hay ningún token de Hugging Face configurado. Los modelos públicos se descargan sin él; los restringidos lo necesitan.</translation>
    </message>
    <message>
        <source>Your Hugging Face token is saved in the system keychain.</source>
        <translation>Tu token de Hugging Face está guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain is available, so your Hugging Face token is kept only until you quit Qwen Desk.</source>
        <translation>No hay ningún llavero del sistema disponible, así que tu token de Hugging Face solo se conserva hasta que cierres Qwen Desk.</translation>
    </message>
    <message>
        <source>The token is empty. Paste the token from your Hugging Face settings page (huggingface.co/settings/tokens).</source>
        <translation>El token está vacío. Pega el token de tu página de configuración de Hugging Face (huggingface.co/settings/tokens).</translation>
    </message>
    <message>
        <source>A Hugging Face token has no spaces in it; copy it again from huggingface.co/settings/tokens.</source>
        <translation>Un token de Hugging Face no contiene espacios; vuelve a copiarlo de huggingface.co/settings/tokens.</translation>
    </message>
</context>
<context>
    <name>Indexing</name>
    <message>
        <source>Indexed {indexed} of {total} files</source>
        <translation>Indexados {indexed} de {total} archivos</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} sin cambios</translation>
    </message>
    <message>
        <source>{count} could not be read</source>
        <translation>{count} no se pudieron leer</translation>
    </message>
    <message>
        <source>Indexing was cancelled.</source>
        <translation>Se canceló la indexación.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Could not {action}: {error}. Check the file and try again.</source>
        <translation>No se pudo {action}: {error}. Revisa el archivo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not {action} ({kind}: {error}).</source>
        <translation>No se pudo {action} ({kind}: {error}).</translation>
    </message>
    <message>
        <source>{name} has no readable config.json, so it is not an MLX model folder. Choose the folder that holds config.json and the .safetensors files.</source>
        <translation>{name} no tiene un config.json legible, así que no es una carpeta de modelo MLX. Elige la carpeta que contiene config.json y los archivos .safetensors.</translation>
    </message>
    <message>
        <source>{name} is not a complete MLX model: it needs config.json and .safetensors weight files. Download the model again.</source>
        <translation>{name} no es un modelo MLX completo: necesita config.json y archivos de pesos .safetensors. Vuelve a descargar el modelo.</translation>
    </message>
    <message>
        <source>{name} is not a .gguf file or an MLX model folder. Qwen Desk runs GGUF models (and MLX models on Apple Silicon).</source>
        <translation>{name} no es un archivo .gguf ni una carpeta de modelo MLX. Qwen Desk ejecuta modelos GGUF (y modelos MLX en Apple Silicon).</translation>
    </message>
    <message>
        <source>{name} is split into {count} files and {missing} is missing. Put all parts in the same folder first.</source>
        <translation>{name} está dividido en {count} archivos y falta {missing}. Pon primero todas las partes en la misma carpeta.</translation>
    </message>
    <message>
        <source>Not enough disk space to copy {name}: it needs {size} but only {free} is free. Free some space, or import it without copying.</source>
        <translation>No hay espacio suficiente en disco para copiar {name}: necesita {size}, pero solo quedan {free} libres. Libera espacio o impórtalo sin copiarlo.</translation>
    </message>
    <message>
        <source>The models folder already has {name}. Delete that copy first, or import this one without copying.</source>
        <translation>La carpeta de modelos ya contiene {name}. Elimina primero esa copia o importa esta sin copiarla.</translation>
    </message>
    <message>
        <source>{name} belongs to another app ({app}); delete it there.</source>
        <translation>{name} pertenece a otra aplicación ({app}); elimínalo desde allí.</translation>
    </message>
    <message>
        <source>{path} is not in the models folder, so it was not deleted.</source>
        <translation>{path} no está en la carpeta de modelos, así que no se eliminó.</translation>
    </message>
</context>
<context>
    <name>McpConfig</name>
    <message>
        <source>The server &quot;{name}&quot; is not an object in mcp.json; it was skipped.</source>
        <translation>El servidor &quot;{name}&quot; no es un objeto en mcp.json; se omitió.</translation>
    </message>
    <message>
        <source>The server &quot;{name}&quot; has a url that is not http(s); it was skipped.</source>
        <translation>El servidor &quot;{name}&quot; tiene una url que no es http(s); se omitió.</translation>
    </message>
    <message>
        <source>The headers of &quot;{name}&quot; must be an object of text values; it was left out.</source>
        <translation>Los encabezados (headers) de &quot;{name}&quot; deben ser un objeto con valores de texto; se han omitido.</translation>
    </message>
    <message>
        <source>The server &quot;{name}&quot; has neither a &quot;command&quot; nor a &quot;url&quot;; it was skipped.</source>
        <translation>El servidor &quot;{name}&quot; no tiene &quot;command&quot; ni &quot;url&quot;; se omitió.</translation>
    </message>
    <message>
        <source>The &quot;args&quot; of &quot;{name}&quot; must be a list of text; it was skipped.</source>
        <translation>Los &quot;args&quot; de &quot;{name}&quot; deben ser una lista de textos; se omitió el servidor.</translation>
    </message>
    <message>
        <source>The env of &quot;{name}&quot; must be an object of text values; it was left out.</source>
        <translation>El env de &quot;{name}&quot; debe ser un objeto con valores de texto; se ha omitido.</translation>
    </message>
    <message>
        <source>mcp.json is not valid JSON at line {line}, column {column} ({error}). Fix it in Settings → Tools, or remove the file to start again.</source>
        <translation>mcp.json no es JSON válido en la línea {line}, columna {column} ({error}). Corrígelo en Configuración → Herramientas o elimina el archivo para empezar de nuevo.</translation>
    </message>
    <message>
        <source>mcp.json must be an object like {&quot;mcpServers&quot;: {...}}.</source>
        <translation>mcp.json debe ser un objeto como {&quot;mcpServers&quot;: {...}}.</translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; in mcp.json must be an object of servers by name.</source>
        <translation>&quot;mcpServers&quot; en mcp.json debe ser un objeto con los servidores por nombre.</translation>
    </message>
    <message>
        <source>mcp.json at {path} could not be read ({error}).</source>
        <translation>No se pudo leer mcp.json en {path} ({error}).</translation>
    </message>
    <message>
        <source>mcp.json could not be saved at {path} ({error}).</source>
        <translation>No se pudo guardar mcp.json en {path} ({error}).</translation>
    </message>
    <message>
        <source>The server &quot;{server}&quot; needs the secret &quot;{name}&quot; from the system keychain for {key}, but it is not there. Add it in Settings → Tools.</source>
        <translation>El servidor &quot;{server}&quot; necesita el secreto &quot;{name}&quot; del llavero del sistema para {key}, pero no está ahí. Añádelo en Configuración → Herramientas.</translation>
    </message>
</context>
<context>
    <name>McpServer</name>
    <message>
        <source>The MCP server &quot;{name}&quot; did not answer within {seconds} s of starting. Check its command or URL in Settings → Tools; its messages are in the Qwen Desk log.</source>
        <translation>El servidor MCP &quot;{name}&quot; no respondió en los {seconds} s siguientes a su inicio. Revisa su comando o URL en Configuración → Herramientas; sus mensajes están en el registro de Qwen Desk.</translation>
    </message>
    <message>
        <source>The MCP server &quot;{name}&quot; could not start: the command &quot;{command}&quot; was not found or may not be run. Check it in Settings → Tools.</source>
        <translation>No se pudo iniciar el servidor MCP &quot;{name}&quot;: no se encontró el comando &quot;{command}&quot; o no se permite ejecutarlo. Revísalo en Configuración → Herramientas.</translation>
    </message>
    <message>
        <source>The MCP server &quot;{name}&quot; was stopped.</source>
        <translation>Se detuvo el servidor MCP &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>The MCP server &quot;{name}&quot; stopped: {error}. Check it in Settings → Tools; its messages are in the Qwen Desk log.</source>
        <translation>El servidor MCP &quot;{name}&quot; se detuvo: {error}. Revísalo en Configuración → Herramientas; sus mensajes están en el registro de Qwen Desk.</translation>
    </message>
    <message>
        <source>The MCP server &quot;{name}&quot; is on the network ({host}) and Qwen Desk is in offline mode. Turn offline mode off in Settings to use it.</source>
        <translation>El servidor MCP &quot;{name}&quot; está en la red ({host}) y Qwen Desk está en modo sin conexión. Desactiva el modo sin conexión en Configuración para usarlo.</translation>
    </message>
    <message>
        <source>Switched off in mcp.json.</source>
        <translation>Desactivado en mcp.json.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Not started: tools are off.</source>
        <translation>No iniciado: las herramientas están desactivadas.</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>Aún no se ha iniciado.</translation>
    </message>
</context>
<context>
    <name>ModelAdvice</name>
    <message>
        <source>less than one token a second</source>
        <translation>menos de un token por segundo</translation>
    </message>
    <message>
        <source>about {count} tokens a second</source>
        <translation>unos {count} tokens por segundo</translation>
    </message>
    <message>
        <source>1 CPU core, no GPU</source>
        <translation>1 núcleo de CPU, sin GPU</translation>
    </message>
    <message>
        <source>{count} CPU cores, no GPU</source>
        <translation>{count} núcleos de CPU, sin GPU</translation>
    </message>
    <message>
        <source>{model} answers at {speed} on this computer ({hardware}).</source>
        <translation>{model} responde a {speed} en este equipo ({hardware}).</translation>
    </message>
    <message>
        <source>Nothing in the catalog runs faster here; expect to wait for replies.</source>
        <translation>Nada del catálogo funciona más rápido aquí; cuenta con esperar las respuestas.</translation>
    </message>
    <message>
        <source>It is the most capable model that still replies at a comfortable pace here; memory is not the limit, speed is: {model} would manage {speed} and thinks before it answers, so a reply can take minutes.</source>
        <translation>Es el modelo más capaz que aún responde a un ritmo cómodo aquí; el límite no es la memoria, sino la velocidad: {model} alcanzaría {speed} y piensa antes de responder, así que una respuesta puede tardar minutos.</translation>
    </message>
    <message>
        <source>It is the most capable model that still replies at a comfortable pace here; memory is not the limit, speed is: {model} would manage {speed}.</source>
        <translation>Es el modelo más capaz que aún responde a un ritmo cómodo aquí; el límite no es la memoria, sino la velocidad: {model} alcanzaría {speed}.</translation>
    </message>
    <message>
        <source>It is the most capable model that fits in the memory free now ({free}).</source>
        <translation>Es el modelo más capaz que cabe en la memoria libre ahora mismo ({free}).</translation>
    </message>
    <message>
        <source>Switch Thinking on in a chat for harder questions; replies then take longer.</source>
        <translation>Activa el pensamiento en un chat para preguntas más difíciles; las respuestas tardarán más.</translation>
    </message>
    <message>
        <source>{model} has the thinking switch and is quicker ({speed}) but less capable.</source>
        <translation>{model} tiene el interruptor de pensamiento y es más rápido ({speed}), pero menos capaz.</translation>
    </message>
    <message>
        <source>{model} has the thinking switch but is slower here ({speed}) and less suited to code.</source>
        <translation>{model} tiene el interruptor de pensamiento, pero aquí es más lento ({speed}) y menos adecuado para código.</translation>
    </message>
    <message>
        <source>{model} has the thinking switch but is slower here ({speed}) and less suited to maths.</source>
        <translation>{model} tiene el interruptor de pensamiento, pero aquí es más lento ({speed}) y menos adecuado para matemáticas.</translation>
    </message>
    <message>
        <source>{model} has the thinking switch but is slower here ({speed}) and less suited to chat.</source>
        <translation>{model} tiene el interruptor de pensamiento, pero aquí es más lento ({speed}) y menos adecuado para chatear.</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>{card}: {sampling}</source>
        <translation>{card}: {sampling}</translation>
    </message>
    <message>
        <source>{card}, thinking mode: {sampling}</source>
        <translation>{card}, modo con pensamiento: {sampling}</translation>
    </message>
    <message>
        <source>{card}, non-thinking mode: {sampling}</source>
        <translation>{card}, modo sin pensamiento: {sampling}</translation>
    </message>
    <message>
        <source>{label} model card</source>
        <translation>Ficha del modelo {label}</translation>
    </message>
    <message>
        <source>Qwen&apos;s model card: if a quantised model repeats itself endlessly, a presence penalty of up to 1.5 helps; higher values can mix languages and lower quality a little.</source>
        <translation>Ficha del modelo de Qwen: si un modelo cuantizado se repite sin fin, ayuda una penalización por presencia de hasta 1.5; los valores más altos pueden mezclar idiomas y bajar un poco la calidad.</translation>
    </message>
    <message>
        <source>QwQ&apos;s card advises top-k between 20 and 40.</source>
        <translation>La ficha de QwQ aconseja un top-k entre 20 y 40.</translation>
    </message>
    <message>
        <source>With the General preset no system message is sent, so the template&apos;s own default applies.</source>
        <translation>Con el preajuste General no se envía ningún mensaje del sistema, así que se aplica el valor predeterminado de la propia plantilla.</translation>
    </message>
    <message>
        <source>Qwen2.5 generation defaults (the Math card gives no sampling)</source>
        <translation>Valores de generación predeterminados de Qwen2.5 (la ficha de Math no indica muestreo)</translation>
    </message>
    <message>
        <source>The Math card&apos;s chain-of-thought system prompt is the default.</source>
        <translation>El prompt del sistema de cadena de razonamiento (chain-of-thought) de la ficha de Math es el predeterminado.</translation>
    </message>
    <message>
        <source>Its card asks for no system prompt: instructions go into the user turn.</source>
        <translation>Su ficha pide no usar prompt del sistema: las instrucciones van en el turno del usuario.</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>Este modelo</translation>
    </message>
    <message>
        <source>No model card known; Qwen3&apos;s recommended values</source>
        <translation>No se conoce ninguna ficha del modelo; valores recomendados de Qwen3</translation>
    </message>
    <message>
        <source>Your own sampling from Settings (thinking mode)</source>
        <translation>Tu propio muestreo de Configuración (modo con pensamiento)</translation>
    </message>
    <message>
        <source>Your own sampling from Settings (non-thinking mode)</source>
        <translation>Tu propio muestreo de Configuración (modo sin pensamiento)</translation>
    </message>
    <message>
        <source>{label}: its card asks for no system prompt</source>
        <translation>{label}: su ficha pide no usar prompt del sistema</translation>
    </message>
    <message>
        <source>{label}: the {preset} preset</source>
        <translation>{label}: el preajuste {preset}</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>Sin prompt del sistema</translation>
    </message>
    <message>
        <source>{label}: its card asks for instructions in the user turn</source>
        <translation>{label}: su ficha pide poner las instrucciones en el turno del usuario</translation>
    </message>
    <message>
        <source>The {preset} preset</source>
        <translation>El preajuste {preset}</translation>
    </message>
    <message>
        <source>Your own system prompt</source>
        <translation>Tu propio prompt del sistema</translation>
    </message>
    <message>
        <source>{label}: no system message, so the model&apos;s template adds its own default (“You are Qwen, created by Alibaba Cloud…”)</source>
        <translation>{label}: sin mensaje del sistema, así que la plantilla del modelo añade el suyo predeterminado (“You are Qwen, created by Alibaba Cloud…”)</translation>
    </message>
</context>
<context>
    <name>ModelFacts</name>
    <message>
        <source>{total}B parameters ({active}B active)</source>
        <translation>{total}B parámetros ({active}B activos)</translation>
    </message>
    <message>
        <source>{total}B parameters</source>
        <translation>{total}B parámetros</translation>
    </message>
    <message>
        <source>{native}K context (up to {most}K with YaRN)</source>
        <translation>contexto de {native}K (hasta {most}K con YaRN)</translation>
    </message>
    <message>
        <source>{native}K context</source>
        <translation>contexto de {native}K</translation>
    </message>
    <message>
        <source>{count} billion</source>
        <translation>{count} mil millones</translation>
    </message>
    <message>
        <source>{count} million</source>
        <translation>{count} millones</translation>
    </message>
    <message>
        <source>{count} thousand</source>
        <translation>{count} mil</translation>
    </message>
    <message>
        <source>{bits}-bit MLX</source>
        <translation>MLX de {bits} bits</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>missing (a plain fallback is used)</source>
        <translation>falta (se usa una alternativa sencilla)</translation>
    </message>
    <message>
        <source>faulty: it did not finish (the model cannot be used)</source>
        <translation>defectuosa: no terminó (no se puede usar el modelo)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>{context} tokens</source>
        <translation>{context} tokens</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamaño del archivo</translation>
    </message>
    <message>
        <source>Native context</source>
        <translation>Contexto nativo</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Plantilla de chat</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Pensamiento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>not a Qwen family Qwen Desk knows; Qwen3&apos;s sampling is used</source>
        <translation>no es una familia de Qwen que Qwen Desk conozca; se usa el muestreo de Qwen3</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <source>Sampling when thinking</source>
        <translation>Muestreo con pensamiento</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>Contexto largo</translation>
    </message>
    <message>
        <source>up to {context} tokens with YaRN (model card)</source>
        <translation>hasta {context} tokens con YaRN (ficha del modelo)</translation>
    </message>
</context>
<context>
    <name>ModelFamily</name>
    <message>
        <source>Qwen3 2507 update</source>
        <translation>Actualización 2507 de Qwen3</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>The model file {path} does not exist. Check the path.</source>
        <translation>El archivo de modelo {path} no existe. Comprueba la ruta.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a GGUF file. Choose the .gguf file inside it.</source>
        <translation>{path} es una carpeta, no un archivo GGUF. Elige el archivo .gguf que contiene.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). Download it again.</source>
        <translation>{name} está vacío (0 bytes). Vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Qwen Desk runs GGUF files (and MLX folders on Apple Silicon); download a GGUF build of the model.</source>
        <translation>{name} no es un archivo de modelo GGUF. Qwen Desk ejecuta archivos GGUF (y carpetas MLX en Apple Silicon); descarga una versión GGUF del modelo.</translation>
    </message>
    <message>
        <source>{name} could not be read ({error}). Check that the file exists and that you may read it.</source>
        <translation>No se pudo leer {name} ({error}). Comprueba que el archivo exista y que tengas permiso para leerlo.</translation>
    </message>
    <message>
        <source>{name} is cut short or damaged (its header ends early). Download it again.</source>
        <translation>{name} está truncado o dañado (su encabezado termina antes de tiempo). Vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>{name} uses GGUF version {version}, which this app cannot read.</source>
        <translation>{name} usa la versión {version} de GGUF, que esta aplicación no puede leer.</translation>
    </message>
    <message>
        <source>{name} has a damaged header ({error}). Download the model again, or another build of it.</source>
        <translation>{name} tiene el encabezado dañado ({error}). Vuelve a descargar el modelo u otra versión de él.</translation>
    </message>
    <message>
        <source>{name} has a damaged header: {key} should be a whole number but is {shown}. Download the model again, or another build of it.</source>
        <translation>{name} tiene el encabezado dañado: {key} debería ser un número entero, pero es {shown}. Vuelve a descargar el modelo u otra versión de él.</translation>
    </message>
    <message>
        <source>{name} has a damaged header: {key} is {value}, which no real model has. Download the model again, or another build of it.</source>
        <translation>{name} tiene el encabezado dañado: {key} es {value}, un valor que no tiene ningún modelo real. Vuelve a descargar el modelo u otra versión de él.</translation>
    </message>
    <message>
        <source>{name} has a damaged header: general.alignment is {alignment}, not a power of two. Download the model again, or another build of it.</source>
        <translation>{name} tiene el encabezado dañado: general.alignment es {alignment}, que no es una potencia de dos. Vuelve a descargar el modelo u otra versión de él.</translation>
    </message>
    <message>
        <source>{name} has a damaged header: its vocabulary (tokenizer.ggml.tokens) is not a list of texts. Download the model again, or another build of it.</source>
        <translation>{name} tiene el encabezado dañado: su vocabulario (tokenizer.ggml.tokens) no es una lista de textos. Vuelve a descargar el modelo u otra versión de él.</translation>
    </message>
    <message>
        <source>{name} is incomplete: {missing} bytes of model data are missing. The download was probably interrupted; download it again.</source>
        <translation>{name} está incompleto: faltan {missing} bytes de datos del modelo. Probablemente se interrumpió la descarga; vuelve a descargarlo.</translation>
    </message>
</context>
<context>
    <name>ModelFit</name>
    <message>
        <source>Fits</source>
        <translation>Cabe</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Justo</translation>
    </message>
    <message>
        <source>Won&apos;t fit</source>
        <translation>No cabe</translation>
    </message>
    <message>
        <source>Fits on this computer at {context} tokens of context:</source>
        <translation>Cabe en este equipo con {context} tokens de contexto:</translation>
    </message>
    <message>
        <source>Tight on this computer at {context} tokens of context:</source>
        <translation>Cabe justo en este equipo con {context} tokens de contexto:</translation>
    </message>
    <message>
        <source>Won&apos;t fit on this computer at {context} tokens of context:</source>
        <translation>No cabe en este equipo con {context} tokens de contexto:</translation>
    </message>
    <message>
        <source>weights {size}</source>
        <translation>pesos {size}</translation>
    </message>
    <message>
        <source>KV cache ({kind}) {size}</source>
        <translation>KV cache ({kind}) {size}</translation>
    </message>
    <message>
        <source>overhead {size}</source>
        <translation>sobrecarga {size}</translation>
    </message>
    <message>
        <source>{size} of {budget} available</source>
        <translation>{size} de {budget} disponibles</translation>
    </message>
    <message>
        <source>Largest context that fits comfortably: {context} tokens.</source>
        <translation>Mayor contexto que cabe con holgura: {context} tokens.</translation>
    </message>
    <message>
        <source>Only fits tightly, up to {context} tokens; close other apps first.</source>
        <translation>Solo cabe justo, hasta {context} tokens; cierra antes otras aplicaciones.</translation>
    </message>
    <message>
        <source>Does not fit even with a small context; pick a smaller model.</source>
        <translation>No cabe ni siquiera con un contexto pequeño; elige un modelo más pequeño.</translation>
    </message>
    <message>
        <source>The size is an estimate until the catalog is refreshed.</source>
        <translation>El tamaño es una estimación hasta que se actualice el catálogo.</translation>
    </message>
</context>
<context>
    <name>ModelLoad</name>
    <message>
        <source>{name} is an MLX model, which runs only on Apple Silicon Macs. Download the GGUF build of this model instead.</source>
        <translation>{name} es un modelo MLX, que solo funciona en Mac con Apple Silicon. Descarga en su lugar la versión GGUF de este modelo.</translation>
    </message>
    <message>
        <source>This is an MLX model but mlx-lm is not installed. Reinstall Qwen Desk, or use the GGUF build of the model.</source>
        <translation>Este es un modelo MLX, pero mlx-lm no está instalado. Reinstala Qwen Desk o usa la versión GGUF del modelo.</translation>
    </message>
    <message>
        <source>{model} is served by {url}; this engine runs local files only.</source>
        <translation>{model} lo sirve {url}; este motor solo ejecuta archivos locales.</translation>
    </message>
    <message>
        <source>No model is loaded. Load a model first.</source>
        <translation>No hay ningún modelo cargado. Carga primero un modelo.</translation>
    </message>
    <message>
        <source>Checking the model file</source>
        <translation>Comprobando el archivo del modelo</translation>
    </message>
    <message>
        <source>{name} has no chat template, so Qwen Desk cannot tell how to talk to it. Use an instruct/chat GGUF of the model (base models have no template).</source>
        <translation>{name} no tiene plantilla de chat, así que Qwen Desk no sabe cómo comunicarse con él. Usa una versión GGUF instruct/chat del modelo (los modelos base no tienen plantilla).</translation>
    </message>
    <message>
        <source>Unknown KV-cache type {kind}; choose f16, q8_0 or q4_0.</source>
        <translation>Tipo de KV cache desconocido: {kind}; elige f16, q8_0 o q4_0.</translation>
    </message>
    <message>
        <source>Loading weights</source>
        <translation>Cargando pesos</translation>
    </message>
    <message>
        <source>GPU memory is full; loading on the CPU</source>
        <translation>La memoria de la GPU está llena; cargando en la CPU</translation>
    </message>
    <message>
        <source>Preparing the chat template</source>
        <translation>Preparando la plantilla de chat</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>This build of llama.cpp does not support the &apos;{architecture}&apos; architecture of {name} ({build}). Update Qwen Desk or choose another model.</source>
        <translation>Esta versión de llama.cpp no admite la arquitectura &apos;{architecture}&apos; de {name} ({build}). Actualiza Qwen Desk o elige otro modelo.</translation>
    </message>
    <message>
        <source>Not enough memory to load {name} with these settings. Choose a smaller context length or a smaller quantisation, or fewer GPU layers.</source>
        <translation>No hay memoria suficiente para cargar {name} con esta configuración. Elige una longitud de contexto o una cuantización menores, o menos capas en GPU.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {error}</source>
        <translation>llama.cpp no pudo cargar {name}: {error}</translation>
    </message>
    <message>
        <source>{model} needs about {size} of memory at a context of {context} tokens, but only {free} is free. A context of {fits} tokens fits: load it with that, or close other apps.</source>
        <translation>{model} necesita unos {size} de memoria con un contexto de {context} tokens, pero solo quedan {free} libres. Con un contexto de {fits} tokens sí cabe: cárgalo así o cierra otras aplicaciones.</translation>
    </message>
    <message>
        <source>{model} needs about {size} of memory even at a context of {context} tokens ({weights} for its weights, {working} for its KV cache and working buffers), but this computer has only {free} free ({total} in all). Choose a smaller model or a smaller quantisation (e.g. Q4_K_M).</source>
        <translation>{model} necesita unos {size} de memoria incluso con un contexto de {context} tokens ({weights} para sus pesos y {working} para su KV cache y sus búferes de trabajo), pero este equipo solo tiene {free} libres ({total} en total). Elige un modelo más pequeño o una cuantización menor (p. ej., Q4_K_M).</translation>
    </message>
    <message>
        <source>Checking the model folder</source>
        <translation>Comprobando la carpeta del modelo</translation>
    </message>
    <message>
        <source>Reading the weights</source>
        <translation>Leyendo los pesos</translation>
    </message>
    <message>
        <source>Loading the weights</source>
        <translation>Cargando los pesos</translation>
    </message>
    <message>
        <source>Loading the tokenizer</source>
        <translation>Cargando el tokenizador</translation>
    </message>
    <message>
        <source>Not enough memory to load {name}. Choose a smaller model.</source>
        <translation>No hay memoria suficiente para cargar {name}. Elige un modelo más pequeño.</translation>
    </message>
    <message>
        <source>The weights in {name} could not be read: they may be incomplete or damaged, or not match the model&apos;s config.json ({detail}).</source>
        <translation>No se pudieron leer los pesos de {name}: puede que estén incompletos o dañados, o que no coincidan con el config.json del modelo ({detail}).</translation>
    </message>
    <message>
        <source>The tokenizer files in {name} could not be read ({detail}).</source>
        <translation>No se pudieron leer los archivos del tokenizador de {name} ({detail}).</translation>
    </message>
    <message>
        <source>The model&apos;s chat template failed: {error}</source>
        <translation>La plantilla de chat del modelo falló: {error}</translation>
    </message>
    <message>
        <source>The model&apos;s cache could not be prepared: {error}</source>
        <translation>No se pudo preparar la caché del modelo: {error}</translation>
    </message>
    <message>
        <source>The model folder {path} does not exist. It may have been moved or deleted.</source>
        <translation>La carpeta del modelo {path} no existe. Puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <source>{name} is a file, but an MLX model is a folder with config.json, *.safetensors weights and tokenizer files. It is a GGUF file: open it with the llama.cpp engine.</source>
        <translation>{name} es un archivo, pero un modelo MLX es una carpeta con config.json, pesos *.safetensors y archivos del tokenizador. Es un archivo GGUF: ábrelo con el motor llama.cpp.</translation>
    </message>
    <message>
        <source>{name} is a file, but an MLX model is a folder with config.json, *.safetensors weights and tokenizer files.</source>
        <translation>{name} es un archivo, pero un modelo MLX es una carpeta con config.json, pesos *.safetensors y archivos del tokenizador.</translation>
    </message>
    <message>
        <source>The folder {name} has no config.json, so it is not an MLX model folder.</source>
        <translation>La carpeta {name} no tiene config.json, así que no es una carpeta de modelo MLX.</translation>
    </message>
    <message>
        <source>The config.json in {name} cannot be read; the download may be incomplete.</source>
        <translation>No se puede leer el config.json de {name}; puede que la descarga esté incompleta.</translation>
    </message>
    <message>
        <source>The config.json in {name} does not say which architecture the model has.</source>
        <translation>El config.json de {name} no indica la arquitectura del modelo.</translation>
    </message>
    <message>
        <source>The folder {name} has no model*.safetensors weights, so it is not an MLX model folder (or its download is incomplete).</source>
        <translation>La carpeta {name} no tiene pesos model*.safetensors, así que no es una carpeta de modelo MLX (o su descarga está incompleta).</translation>
    </message>
    <message>
        <source>The folder {name} has no tokenizer files (tokenizer.json).</source>
        <translation>La carpeta {name} no tiene archivos del tokenizador (tokenizer.json).</translation>
    </message>
    <message>
        <source>{name} needs custom Python code to run, which Qwen Desk does not execute.</source>
        <translation>{name} necesita código Python personalizado para funcionar, y Qwen Desk no lo ejecuta.</translation>
    </message>
    <message>
        <source>This version of mlx-lm cannot run the &apos;{architecture}&apos; architecture of {name}. Update Qwen Desk or choose another model.</source>
        <translation>Esta versión de mlx-lm no puede ejecutar la arquitectura &apos;{architecture}&apos; de {name}. Actualiza Qwen Desk o elige otro modelo.</translation>
    </message>
    <message>
        <source>{name} has no chat template, so Qwen Desk cannot tell how to talk to it. Use an instruct/chat version of the model (base models have no template).</source>
        <translation>{name} no tiene plantilla de chat, así que Qwen Desk no sabe cómo comunicarse con él. Usa una versión instruct/chat del modelo (los modelos base no tienen plantilla).</translation>
    </message>
    <message>
        <source>Connecting to {server}</source>
        <translation>Conectando con {server}</translation>
    </message>
    <message>
        <source>Reading the server&apos;s details</source>
        <translation>Leyendo los datos del servidor</translation>
    </message>
</context>
<context>
    <name>ModelSource</name>
    <message>
        <source>In library</source>
        <translation>En la biblioteca</translation>
    </message>
    <message>
        <source>Linked in place</source>
        <translation>Enlazado donde está</translation>
    </message>
    <message>
        <source>Found in Hugging Face cache</source>
        <translation>Encontrado en la caché de Hugging Face</translation>
    </message>
    <message>
        <source>Found in LM Studio</source>
        <translation>Encontrado en LM Studio</translation>
    </message>
    <message>
        <source>Found in Ollama</source>
        <translation>Encontrado en Ollama</translation>
    </message>
    <message>
        <source>Found in GPT4All</source>
        <translation>Encontrado en GPT4All</translation>
    </message>
</context>
<context>
    <name>ModelThinking</name>
    <message>
        <source>Thinking on/off</source>
        <translation>Pensamiento activable</translation>
    </message>
    <message>
        <source>Always thinks</source>
        <translation>Siempre piensa</translation>
    </message>
    <message>
        <source>No thinking</source>
        <translation>Sin pensamiento</translation>
    </message>
    <message>
        <source>Can think step by step before answering; you switch it per chat.</source>
        <translation>Puede pensar paso a paso antes de responder; lo activas o desactivas en cada chat.</translation>
    </message>
    <message>
        <source>Always reasons step by step first: slower, stronger at hard tasks.</source>
        <translation>Siempre razona paso a paso primero: más lento, pero mejor en tareas difíciles.</translation>
    </message>
    <message>
        <source>Answers straight away, without a thinking phase.</source>
        <translation>Responde directamente, sin fase de pensamiento.</translation>
    </message>
</context>
<context>
    <name>ModelsFolder</name>
    <message>
        <source>{destination} is already the models folder.</source>
        <translation>{destination} ya es la carpeta de modelos.</translation>
    </message>
    <message>
        <source>{destination} is inside the current models folder. Choose a folder outside {source}.</source>
        <translation>{destination} está dentro de la carpeta de modelos actual. Elige una carpeta fuera de {source}.</translation>
    </message>
    <message>
        <source>{destination} is a file, not a folder. Choose a folder.</source>
        <translation>{destination} es un archivo, no una carpeta. Elige una carpeta.</translation>
    </message>
    <message>
        <source>The new folder already has {names} and {more} more. Move or delete them there first, or choose another folder.</source>
        <translation>La nueva carpeta ya contiene {names} y {more} más. Muévelos o elimínalos de allí primero, o elige otra carpeta.</translation>
    </message>
    <message>
        <source>The new folder already has {names}. Move or delete it there first, or choose another folder.</source>
        <translation>La nueva carpeta ya contiene {names}. Muévelo o elimínalo de allí primero, o elige otra carpeta.</translation>
    </message>
    <message>
        <source>The new folder already has {names}. Move or delete them there first, or choose another folder.</source>
        <translation>La nueva carpeta ya contiene {names}. Muévelos o elimínalos de allí primero, o elige otra carpeta.</translation>
    </message>
    <message>
        <source>Moving the models needs {size} free in {destination}, but that drive has only {free} free. Free some space or choose another folder.</source>
        <translation>Para mover los modelos se necesitan {size} libres en {destination}, pero esa unidad solo tiene {free} libres. Libera espacio o elige otra carpeta.</translation>
    </message>
    <message>
        <source>Could not move {name}: {error}. It is still in {source}; check the new folder&apos;s drive and try again.</source>
        <translation>No se pudo mover {name}: {error}. Sigue en {source}; revisa la unidad de la nueva carpeta y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>the proxy {via} did not let the connection to {host} through ({detail})</source>
        <translation>el proxy {via} no dejó pasar la conexión con {host} ({detail})</translation>
    </message>
    <message>
        <source>the secure connection to {host} could not be verified ({detail}); a proxy or firewall may be intercepting it</source>
        <translation>no se pudo verificar la conexión segura con {host} ({detail}); puede que un proxy o un cortafuegos la esté interceptando</translation>
    </message>
    <message>
        <source>the proxy {via} refused the connection</source>
        <translation>el proxy {via} rechazó la conexión</translation>
    </message>
    <message>
        <source>the proxy&apos;s name {via} could not be looked up</source>
        <translation>no se pudo resolver el nombre del proxy {via}</translation>
    </message>
    <message>
        <source>the proxy {via} could not be reached ({detail})</source>
        <translation>no se pudo conectar con el proxy {via} ({detail})</translation>
    </message>
    <message>
        <source>{host} did not answer in time; the network may be down or blocked</source>
        <translation>{host} no respondió a tiempo; puede que la red no funcione o esté bloqueada</translation>
    </message>
    <message>
        <source>the name {host} could not be looked up, so this computer seems to be offline (or its DNS is not working)</source>
        <translation>no se pudo resolver el nombre {host}, así que parece que este equipo no tiene conexión (o su DNS no funciona)</translation>
    </message>
    <message>
        <source>this computer has no network connection</source>
        <translation>este equipo no tiene conexión de red</translation>
    </message>
    <message>
        <source>{host} refused the connection</source>
        <translation>{host} rechazó la conexión</translation>
    </message>
    <message>
        <source>could not connect to {host} ({detail})</source>
        <translation>no se pudo conectar con {host} ({detail})</translation>
    </message>
</context>
<context>
    <name>PythonRunner</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>Detenido por el usuario.</translation>
    </message>
    <message>
        <source>Stopped: the program ran longer than the time limit of {seconds} s.</source>
        <translation>Detenido: el programa superó el tiempo límite de {seconds} s.</translation>
    </message>
    <message>
        <source>Stopped: the program used more than the memory limit of {size}.</source>
        <translation>Detenido: el programa superó el límite de memoria de {size}.</translation>
    </message>
    <message>
        <source>Stopped: the program printed more than the output limit of {size}; the output is cut there.</source>
        <translation>Detenido: el programa imprimió más que el límite de salida de {size}; la salida se corta ahí.</translation>
    </message>
    <message>
        <source>The program ended with exit code {code}.</source>
        <translation>El programa terminó con el código de salida {code}.</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>{source} is a file on this computer; the remote engine runs models on servers only.</source>
        <translation>{source} es un archivo de este equipo; el motor remoto solo ejecuta modelos en servidores.</translation>
    </message>
    <message>
        <source>{server} does not serve a model called {model}. It serves: {served}. Choose one of its models in Connect to a server…</source>
        <translation>{server} no sirve ningún modelo llamado {model}. Sirve: {served}. Elige uno de sus modelos en Conectar a un servidor…</translation>
    </message>
    <message>
        <source>{server} stopped the reply with an error: {said}</source>
        <translation>{server} detuvo la respuesta con un error: {said}</translation>
    </message>
    <message>
        <source>{server} stopped the reply with an error.</source>
        <translation>{server} detuvo la respuesta con un error.</translation>
    </message>
    <message>
        <source>Qwen Desk could not read the reply from {server}; see the log.</source>
        <translation>Qwen Desk no pudo leer la respuesta de {server}; consulta el registro.</translation>
    </message>
    <message>
        <source>The certificate of {server} could not be verified (it is self-signed or from an authority this computer does not trust). Install the server&apos;s certificate authority on this computer, or use http:// on a network you trust.</source>
        <translation>No se pudo verificar el certificado de {server} (es autofirmado o de una entidad en la que este equipo no confía). Instala en este equipo la entidad de certificación del servidor o usa http:// en una red de confianza.</translation>
    </message>
    <message>
        <source>A secure (https) connection to {server} failed. Check that the server speaks https on that port, or use http:// if it does not.</source>
        <translation>Falló una conexión segura (https) con {server}. Comprueba que el servidor use https en ese puerto, o usa http:// si no es así.</translation>
    </message>
    <message>
        <source>The name {host} could not be found. Check the spelling of the server&apos;s address, or use its IP address.</source>
        <translation>No se encontró el nombre {host}. Revisa cómo está escrita la dirección del servidor o usa su dirección IP.</translation>
    </message>
    <message>
        <source>Nothing is listening at {server}. Check that the server is running and that the address and port are right.</source>
        <translation>No hay nada escuchando en {server}. Comprueba que el servidor esté en marcha y que la dirección y el puerto sean correctos.</translation>
    </message>
    <message>
        <source>{server} did not answer within {seconds} seconds. Check that the server is on and reachable from this computer (firewall, VPN).</source>
        <translation>{server} no respondió en {seconds} segundos. Comprueba que el servidor esté encendido y sea accesible desde este equipo (cortafuegos, VPN).</translation>
    </message>
    <message>
        <source>{server} stopped sending for {seconds} seconds, so Qwen Desk gave up. The server may be overloaded or stuck; try again, or restart the server.</source>
        <translation>{server} dejó de enviar datos durante {seconds} segundos, así que Qwen Desk desistió. Puede que el servidor esté sobrecargado o bloqueado; vuelve a intentarlo o reinicia el servidor.</translation>
    </message>
    <message>
        <source>{server} closed the connection in the middle of the reply (it may have stopped or crashed). Check the server, then try again.</source>
        <translation>{server} cerró la conexión a mitad de la respuesta (puede que se haya detenido o bloqueado). Revisa el servidor y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server address is not valid; write it like http://gpu-box:8000/v1.</source>
        <translation>La dirección del servidor no es válida; escríbela así: http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>Could not talk to {server}: {error}. Check the address and the network.</source>
        <translation>No se pudo comunicar con {server}: {error}. Revisa la dirección y la red.</translation>
    </message>
    <message>
        <source>The server said: {said}</source>
        <translation>El servidor dijo: {said}</translation>
    </message>
    <message>
        <source>{server} refused the API key. Check the key in Connect to a server…</source>
        <translation>{server} rechazó la clave de API. Revisa la clave en Conectar a un servidor…</translation>
    </message>
    <message>
        <source>{server} needs an API key. Enter it in Connect to a server…</source>
        <translation>{server} necesita una clave de API. Introdúcela en Conectar a un servidor…</translation>
    </message>
    <message>
        <source>{server} does not allow this key to use it (access denied). Check the key&apos;s permissions on the server.</source>
        <translation>{server} no permite que esta clave lo use (acceso denegado). Revisa los permisos de la clave en el servidor.</translation>
    </message>
    <message>
        <source>{server} has no OpenAI-compatible model list at this address. Check the base URL; it usually ends in /v1 (e.g. http://gpu-box:8000/v1).</source>
        <translation>{server} no tiene una lista de modelos compatible con OpenAI en esta dirección. Revisa la URL base; suele terminar en /v1 (p. ej., http://gpu-box:8000/v1).</translation>
    </message>
    <message>
        <source>{server} does not serve a model called {model}. Choose one of its models in Connect to a server…</source>
        <translation>{server} no sirve ningún modelo llamado {model}. Elige uno de sus modelos en Conectar a un servidor…</translation>
    </message>
    <message>
        <source>{server} is rate-limiting requests (it asks for {seconds} seconds). Wait a moment, then send again.</source>
        <translation>{server} está limitando la frecuencia de solicitudes (pide esperar {seconds} segundos). Espera un momento y vuelve a enviar.</translation>
    </message>
    <message>
        <source>{server} is rate-limiting requests. Wait a moment, then send again.</source>
        <translation>{server} está limitando la frecuencia de solicitudes. Espera un momento y vuelve a enviar.</translation>
    </message>
    <message>
        <source>{server} had an internal error ({status}). Check the server&apos;s log; try again later.</source>
        <translation>{server} tuvo un error interno ({status}). Revisa el registro del servidor; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>{server} rejected the request ({status}).</source>
        <translation>{server} rechazó la solicitud ({status}).</translation>
    </message>
    <message>
        <source>{server} rejected the request ({status}). Check the server log.</source>
        <translation>{server} rechazó la solicitud ({status}). Revisa el registro del servidor.</translation>
    </message>
    <message>
        <source>{server} sent a model list that Qwen Desk cannot read; is it an OpenAI-compatible server? Check the base URL (it usually ends in /v1).</source>
        <translation>{server} envió una lista de modelos que Qwen Desk no puede leer; ¿es un servidor compatible con OpenAI? Revisa la URL base (suele terminar en /v1).</translation>
    </message>
    <message>
        <source>{server} sent a reply that Qwen Desk cannot read; is it an OpenAI-compatible server? Check the base URL (it usually ends in /v1).</source>
        <translation>{server} envió una respuesta que Qwen Desk no puede leer; ¿es un servidor compatible con OpenAI? Revisa la URL base (suele terminar en /v1).</translation>
    </message>
    <message>
        <source>{server} sent an answer that Qwen Desk cannot read; is it an OpenAI-compatible server? Check the base URL (it usually ends in /v1).</source>
        <translation>{server} envió una respuesta que Qwen Desk no puede leer; ¿es un servidor compatible con OpenAI? Revisa la URL base (suele terminar en /v1).</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. http://gpu-box:8000/v1.</source>
        <translation>Introduce la dirección del servidor, p. ej., http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>{address} is not a valid server address; write it like http://gpu-box:8000/v1.</source>
        <translation>{address} no es una dirección de servidor válida; escríbela así: http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https:// and name a host, e.g. http://gpu-box:8000/v1.</source>
        <translation>La dirección del servidor debe empezar por http:// o https:// e indicar un host, p. ej., http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>Put the API key in the key field, not in the server address.</source>
        <translation>Pon la clave de API en el campo de la clave, no en la dirección del servidor.</translation>
    </message>
    <message>
        <source>Offline mode is on, so Qwen Desk does not connect to {server}. Turn off offline mode in Settings to use this server, or run the server on this computer.</source>
        <translation>El modo sin conexión está activado, así que Qwen Desk no se conecta a {server}. Desactiva el modo sin conexión en Configuración para usar este servidor, o ejecuta el servidor en este equipo.</translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <source>temperature {value}</source>
        <translation>temperatura {value}</translation>
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
        <translation>sin top-k</translation>
    </message>
    <message>
        <source>min-p {value}</source>
        <translation>min-p {value}</translation>
    </message>
    <message>
        <source>repetition penalty {value}</source>
        <translation>penalización por repetición {value}</translation>
    </message>
    <message>
        <source>presence penalty {value}</source>
        <translation>penalización por presencia {value}</translation>
    </message>
</context>
<context>
    <name>ToolResult</name>
    <message>
        <source>Not run: the reply failed.</source>
        <translation>No se ejecutó: la respuesta falló.</translation>
    </message>
    <message>
        <source>The user stopped before it ran.</source>
        <translation>El usuario lo detuvo antes de que se ejecutara.</translation>
    </message>
    <message>
        <source>The user denied this tool call.</source>
        <translation>El usuario denegó esta llamada a herramienta.</translation>
    </message>
    <message>
        <source>The user did not allow running this code.</source>
        <translation>El usuario no permitió ejecutar este código.</translation>
    </message>
</context>
</TS>

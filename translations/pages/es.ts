<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttachmentChips</name>
    <message>
        <source>{path}
Being indexed</source>
        <translation>{path}
Indexando</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Documentos adjuntos</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+%n más</numerusform><numerusform>+%n más</numerusform></translation>
    </message>
</context>
<context>
    <name>CatalogCards</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Maths</source>
        <translation>Matemáticas</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>maths</source>
        <translation>matemáticas</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>razonamiento</translation>
    </message>
    <message>
        <source>Offline mode is on. Turn it off (File ▸ Offline mode) to download models.</source>
        <translation>El modo sin conexión está activado. Desactívalo (Archivo ▸ Modo sin conexión) para descargar modelos.</translation>
    </message>
    <message>
        <source>{verdict} on this computer</source>
        <translation>{verdict} en este equipo</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message numerus="yes">
        <source>%n parts</source>
        <translation><numerusform>%n parte</numerusform><numerusform>%n partes</numerusform></translation>
    </message>
    <message>
        <source>(community)</source>
        <translation>(comunidad)</translation>
    </message>
    <message>
        <source>Download {name} {quant}</source>
        <translation>Descargar {name} {quant}</translation>
    </message>
    <message>
        <source>Mixture of experts: only the active parameters work on each token, so it is fast for its size.</source>
        <translation>Mezcla de expertos: solo los parámetros activos trabajan en cada token, así que es rápido para su tamaño.</translation>
    </message>
    <message>
        <source>MoE</source>
        <translation>MoE</translation>
    </message>
    <message>
        <source>Sizes from the catalog bundled with the app.</source>
        <translation>Tamaños del catálogo incluido con la aplicación.</translation>
    </message>
    <message>
        <source>Sizes read from Hugging Face on that date.</source>
        <translation>Tamaños leídos de Hugging Face en esa fecha.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Recommended for {tasks}</source>
        <translation>Recomendado para {tasks}</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>Recomendado para este equipo</translation>
    </message>
    <message>
        <source>Nothing in the catalog fits comfortably; free some memory.</source>
        <translation>Ningún modelo del catálogo cabe con holgura; libera algo de memoria.</translation>
    </message>
    <message>
        <source>Download recommended model for {task}</source>
        <translation>Descargar el modelo recomendado para {task}</translation>
    </message>
    <message>
        <source>Download {name} instead</source>
        <translation>Descargar {name} en su lugar</translation>
    </message>
    <message>
        <source>Or: {model}</source>
        <translation>O bien: {model}</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Todas las tareas</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Model catalog</source>
        <translation>Catálogo de modelos</translation>
    </message>
    <message>
        <source>No model in the catalog matches.</source>
        <translation>Ningún modelo del catálogo coincide.</translation>
    </message>
    <message>
        <source>Show models for task</source>
        <translation>Mostrar modelos para la tarea</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <source>Search models (name, size, licence, quant)…</source>
        <translation>Buscar modelos (nombre, tamaño, licencia, cuantización)…</translation>
    </message>
    <message>
        <source>Refresh from the Hub</source>
        <translation>Actualizar desde el Hub</translation>
    </message>
    <message>
        <source>Refresh the catalog from the Hugging Face Hub</source>
        <translation>Actualizar el catálogo desde el Hub de Hugging Face</translation>
    </message>
    <message>
        <source>Catalog of {date}</source>
        <translation>Catálogo del {date}</translation>
    </message>
    <message>
        <source>bundled data</source>
        <translation>datos incluidos</translation>
    </message>
    <message>
        <source>refreshed {date}</source>
        <translation>actualizado el {date}</translation>
    </message>
    <message>
        <source>partly refreshed {date}</source>
        <translation>actualizado en parte el {date}</translation>
    </message>
    <message>
        <source>Sizes read from Hugging Face.</source>
        <translation>Tamaños leídos de Hugging Face.</translation>
    </message>
    <message>
        <source>Sizes bundled with the app.</source>
        <translation>Tamaños incluidos con la aplicación.</translation>
    </message>
</context>
<context>
    <name>ChatFiles</name>
    <message numerus="yes">
        <source>%n chat</source>
        <translation><numerusform>%n chat</numerusform><numerusform>%n chats</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chats</source>
        <translation><numerusform>%n chat</numerusform><numerusform>%n chats</numerusform></translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Importar chats</translation>
    </message>
    <message numerus="yes">
        <source>%n of the {chats} in {file} is already in your history (the file was imported before, or exported from here).</source>
        <translation><numerusform>%n de los {chats} de {file} ya está en tu historial (el archivo ya se importó antes o se exportó desde aquí).</numerusform><numerusform>%n de los {chats} de {file} ya están en tu historial (el archivo ya se importó antes o se exportó desde aquí).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of the {chats} in {file} are already in your history (the file was imported before, or exported from here).</source>
        <translation><numerusform>%n de los {chats} de {file} ya está en tu historial (el archivo ya se importó antes o se exportó desde aquí).</numerusform><numerusform>%n de los {chats} de {file} ya están en tu historial (el archivo ya se importó antes o se exportó desde aquí).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import the %n new one</source>
        <translation><numerusform>Importar %n chat nuevo</numerusform><numerusform>Importar los %n chats nuevos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import the %n new ones</source>
        <translation><numerusform>Importar %n chat nuevo</numerusform><numerusform>Importar los %n chats nuevos</numerusform></translation>
    </message>
    <message>
        <source>The chat in {file} is already in your history (the file was imported before, or exported from here).</source>
        <translation>El chat de {file} ya está en tu historial (el archivo ya se importó antes o se exportó desde aquí).</translation>
    </message>
    <message>
        <source>All {chats} in {file} are already in your history (the file was imported before, or exported from here).</source>
        <translation>Los {chats} de {file} ya están en tu historial (el archivo ya se importó antes o se exportó desde aquí).</translation>
    </message>
    <message>
        <source>Import it again as a copy</source>
        <translation>Importarlo de nuevo como copia</translation>
    </message>
    <message numerus="yes">
        <source>Import all %n again as copies</source>
        <translation><numerusform>Importar %n de nuevo como copia</numerusform><numerusform>Importar los %n de nuevo como copias</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported {chats} from {file}; %n already here was left out.</source>
        <translation>
            <numerusform>Chats importados desde {file}: {chats}; se omitió %n que ya estaba aquí.</numerusform>
            <numerusform>Chats importados desde {file}: {chats}; se omitieron %n que ya estaban aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {chats} from {file}; %n already here were left out.</source>
        <translation><numerusform>Chats importados desde {file}: {chats}; se omitió %n que ya estaba aquí.</numerusform><numerusform>Chats importados desde {file}: {chats}; se omitieron %n que ya estaban aquí.</numerusform></translation>
    </message>
    <message>
        <source>Imported {chats} from {file}.</source>
        <translation>Chats importados desde {file}: {chats}.</translation>
    </message>
    <message>
        <source>Exported {chats} to {file} in {folder}.</source>
        <translation>Chats exportados a {file} en {folder}: {chats}.</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <source>Chats (*.json);;All files (*)</source>
        <translation>Chats (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export all chats</source>
        <translation>Exportar todos los chats</translation>
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
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation><numerusform>hace %n min</numerusform><numerusform>hace %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation><numerusform>hace %n h</numerusform><numerusform>hace %n h</numerusform></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Pinned. {title}, {when}</source>
        <translation>Fijado. {title}, {when}</translation>
    </message>
    <message>
        <source>{title}, {when}</source>
        <translation>{title}, {when}</translation>
    </message>
    <message>
        <source>Chat title</source>
        <translation>Título del chat</translation>
    </message>
    <message>
        <source>Automatic title</source>
        <translation>Título automático</translation>
    </message>
</context>
<context>
    <name>ChatMenu</name>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Fijar arriba</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
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
        <translation>Exportar chat</translation>
    </message>
</context>
<context>
    <name>CitationPopup</name>
    <message>
        <source>Source [{number}]</source>
        <translation>Fuente [{number}]</translation>
    </message>
    <message>
        <source>Cited passage</source>
        <translation>Pasaje citado</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Abrir archivo</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <source>chosen files</source>
        <translation>archivos seleccionados</translation>
    </message>
    <message>
        <source>Document collections</source>
        <translation>Colecciones de documentos</translation>
    </message>
    <message>
        <source>A collection is a folder or a set of files that any chat can search. Switch collections on for a chat with the Documents button under the message box.</source>
        <translation>Una colección es una carpeta o un conjunto de archivos en los que puede buscar cualquier chat. Activa colecciones para un chat con el botón Documentos que hay debajo del cuadro de mensaje.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>New from &amp;folder…</source>
        <translation>Nueva desde &amp;carpeta…</translation>
    </message>
    <message>
        <source>New from fi&amp;les…</source>
        <translation>Nueva desde &amp;archivos…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Re-&amp;index</source>
        <translation>Volver a &amp;indexar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>Elegir una carpeta de documentos</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>Elegir documentos</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Cambiar nombre de la colección</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Eliminar colección</translation>
    </message>
    <message>
        <source>Delete the collection “{name}” and its index? Your files stay where they are.</source>
        <translation>¿Eliminar la colección “{name}” y su índice? Tus archivos se quedan donde están.</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>ok</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>ámbar</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rojo</translation>
    </message>
    <message>
        <source>Context {percent} percent full ({level})</source>
        <translation>Contexto lleno al {percent} por ciento ({level})</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Models folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the models folder</source>
        <translation>Elegir la carpeta de modelos</translation>
    </message>
    <message>
        <source>Models folder problem</source>
        <translation>Problema con la carpeta de modelos</translation>
    </message>
    <message>
        <source>Empty: the app&apos;s own folder (shown greyed). New downloads go here.</source>
        <translation>Vacío: la carpeta propia de la aplicación (se muestra en gris). Las nuevas descargas se guardan aquí.</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token de Hugging Face</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the Hugging Face token</source>
        <translation>Guardar el token de Hugging Face</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the saved Hugging Face token</source>
        <translation>Borrar el token de Hugging Face guardado</translation>
    </message>
    <message>
        <source>Hugging Face token state</source>
        <translation>Estado del token de Hugging Face</translation>
    </message>
    <message>
        <source>Hugging Face token problem</source>
        <translation>Problema con el token de Hugging Face</translation>
    </message>
    <message>
        <source>Only gated models (those that ask you to accept a licence on huggingface.co) need a token. Create a read token at huggingface.co/settings/tokens.</source>
        <translation>Solo los modelos restringidos (los que piden aceptar una licencia en huggingface.co) necesitan un token. Crea un token de lectura en huggingface.co/settings/tokens.</translation>
    </message>
    <message>
        <source>Give the models folder as a full path, or use Browse….</source>
        <translation>Indica la carpeta de modelos con una ruta completa o usa Examinar….</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Choose a folder.</source>
        <translation>{path} es un archivo, no una carpeta. Elige una carpeta.</translation>
    </message>
    <message>
        <source>Stopping the move…</source>
        <translation>Deteniendo el traslado…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n model ({size}) to {folder}. This folder is kept even if you press Cancel.</source>
        <translation><numerusform>Se movió %n modelo ({size}) a {folder}. Esta carpeta se conserva aunque pulses Cancelar.</numerusform><numerusform>Se movieron %n modelos ({size}) a {folder}. Esta carpeta se conserva aunque pulses Cancelar.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n models ({size}) to {folder}. This folder is kept even if you press Cancel.</source>
        <translation><numerusform>Se movió %n modelo ({size}) a {folder}. Esta carpeta se conserva aunque pulses Cancelar.</numerusform><numerusform>Se movieron %n modelos ({size}) a {folder}. Esta carpeta se conserva aunque pulses Cancelar.</numerusform></translation>
    </message>
    <message>
        <source>Move stopped.</source>
        <translation>Traslado detenido.</translation>
    </message>
    <message numerus="yes">
        <source>%n model moved to {folder}; {left} still in {source}, which stays the models folder. Choose the new folder again to move the rest.</source>
        <translation><numerusform>%n modelo movido a {folder}; {left} todavía en {source}, que sigue siendo la carpeta de modelos. Vuelve a elegir la carpeta nueva para mover el resto.</numerusform><numerusform>%n modelos movidos a {folder}; {left} todavía en {source}, que sigue siendo la carpeta de modelos. Vuelve a elegir la carpeta nueva para mover el resto.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n models moved to {folder}; {left} still in {source}, which stays the models folder. Choose the new folder again to move the rest.</source>
        <translation><numerusform>%n modelo movido a {folder}; {left} todavía en {source}, que sigue siendo la carpeta de modelos. Vuelve a elegir la carpeta nueva para mover el resto.</numerusform><numerusform>%n modelos movidos a {folder}; {left} todavía en {source}, que sigue siendo la carpeta de modelos. Vuelve a elegir la carpeta nueva para mover el resto.</numerusform></translation>
    </message>
    <message>
        <source>{mask} saved in the system keychain.</source>
        <translation>{mask} guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>{mask} saved, kept for this session only (no keychain found).</source>
        <translation>{mask} guardado solo para esta sesión (no se encontró ningún llavero).</translation>
    </message>
    <message>
        <source>No token saved. No keychain was found, so a token would last this session only.</source>
        <translation>No hay ningún token guardado. No se encontró ningún llavero, así que un token solo duraría esta sesión.</translation>
    </message>
    <message>
        <source>No token saved.</source>
        <translation>No hay ningún token guardado.</translation>
    </message>
</context>
<context>
    <name>DocumentsButton</name>
    <message>
        <source>Search: keywords and meaning</source>
        <translation>Búsqueda: palabras clave y significado</translation>
    </message>
    <message>
        <source>Search: keywords only (no embedding model)</source>
        <translation>Búsqueda: solo palabras clave (sin modelo de embeddings)</translation>
    </message>
    <message>
        <source>Search: keywords and meaning (the embedding model chosen in the Library).</source>
        <translation>Búsqueda: palabras clave y significado (el modelo de embeddings elegido en la biblioteca).</translation>
    </message>
    <message>
        <source>Search: keywords only. Keyword search works; an embedding model (Qwen3 Embedding 0.6B in the Library, then “Use for documents”) also finds passages that answer a question worded differently.</source>
        <translation>Búsqueda: solo palabras clave. La búsqueda por palabras clave funciona; un modelo de embeddings (Qwen3 Embedding 0.6B en la biblioteca y luego “Usar para documentos”) también encuentra pasajes que responden a una pregunta formulada con otras palabras.</translation>
    </message>
    <message>
        <source>Documents for this chat</source>
        <translation>Documentos de este chat</translation>
    </message>
    <message>
        <source>Choose the collections this chat searches</source>
        <translation>Elegir las colecciones en las que busca este chat</translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation><numerusform>Documentos (%n)</numerusform><numerusform>Documentos (%n)</numerusform></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation>Aún no hay colecciones</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Manage collections…</source>
        <translation>Gestionar colecciones…</translation>
    </message>
</context>
<context>
    <name>DocumentsHost</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation><numerusform>(y %n más)</numerusform><numerusform>(y %n más)</numerusform></translation>
    </message>
    <message>
        <source>Some files could not be used: {files}</source>
        <translation>No se pudieron usar algunos archivos: {files}</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Adjuntar documentos</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>adjuntos</translation>
    </message>
    <message>
        <source>&amp;Collections…</source>
        <translation>&amp;Colecciones…</translation>
    </message>
    <message>
        <source>&amp;Attach to this chat…</source>
        <translation>&amp;Adjuntar a este chat…</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documentos ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Attach documents to this chat (PDF, Word, Markdown, text, HTML, code). You can also drop files or folders on the window, or paste them.</source>
        <translation>Adjunta documentos a este chat (PDF, Word, Markdown, texto, HTML, código). También puedes soltar archivos o carpetas en la ventana, o pegarlos.</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>stalled, waiting for data</source>
        <translation>detenida, esperando datos</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>En espera de empezar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>verified, in Installed</source>
        <translation>verificada, en Instalados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Download of {name}</source>
        <translation>Descarga de {name}</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Guardada en {folder}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause download of {name}</source>
        <translation>Pausar la descarga de {name}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume download of {name}</source>
        <translation>Reanudar la descarga de {name}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel download of {name}</source>
        <translation>Cancelar la descarga de {name}</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>Progreso de {name}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so nothing can be downloaded. Turn it off (File ▸ Offline mode), then press Retry.</source>
        <translation>El modo sin conexión está activado, así que no se puede descargar nada. Desactívalo (Archivo ▸ Modo sin conexión) y pulsa Reintentar.</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n files</source>
        <translation><numerusform>{name} · %n archivo</numerusform><numerusform>{name} · %n archivos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n download failed</source>
        <translation><numerusform>%n descarga fallida</numerusform><numerusform>%n descargas fallidas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n downloads failed</source>
        <translation><numerusform>%n descarga fallida</numerusform><numerusform>%n descargas fallidas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n download paused</source>
        <translation><numerusform>%n descarga en pausa</numerusform><numerusform>%n descargas en pausa</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n downloads paused</source>
        <translation><numerusform>%n descarga en pausa</numerusform><numerusform>%n descargas en pausa</numerusform></translation>
    </message>
    <message>
        <source>Downloading {name}</source>
        <translation>Descargando {name}</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n models</source>
        <translation><numerusform>Descargando %n modelo</numerusform><numerusform>Descargando %n modelos</numerusform></translation>
    </message>
    <message>
        <source>{percent}% of {size}</source>
        <translation>{percent} % de {size}</translation>
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <source>Clear finished</source>
        <translation>Quitar las finalizadas</translation>
    </message>
    <message>
        <source>Clear finished downloads</source>
        <translation>Quitar las descargas finalizadas</translation>
    </message>
    <message>
        <source>Take finished and failed downloads off the list (a failed one&apos;s partial file is deleted).</source>
        <translation>Quitar de la lista las descargas finalizadas y las fallidas (de una fallida se elimina el archivo parcial).</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>No downloads. Pick a model in Discover and press Download.</source>
        <translation>No hay descargas. Elige un modelo en Descubrir y pulsa Descargar.</translation>
    </message>
</context>
<context>
    <name>FoundRow</name>
    <message>
        <source>Use in place</source>
        <translation>Usar donde está</translation>
    </message>
    <message>
        <source>Use {name} in place</source>
        <translation>Usar {name} donde está</translation>
    </message>
    <message>
        <source>Add it to your models without copying; it stays where it is.</source>
        <translation>Añadirlo a tus modelos sin copiarlo; se queda donde está.</translation>
    </message>
</context>
<context>
    <name>HubView</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Read every catalog model&apos;s files and sizes from Hugging Face.</source>
        <translation>Leer de Hugging Face los archivos y tamaños de todos los modelos del catálogo.</translation>
    </message>
    <message>
        <source>{count}M</source>
        <translation>{count} M</translation>
    </message>
    <message>
        <source>{count}K</source>
        <translation>{count} mil</translation>
    </message>
    <message>
        <source>{verdict} on this computer, counting weights and overhead only:
  weights {weights}
  + overhead {overhead}
  = {total} of {budget} available
This model is not in the catalog, so its architecture is unknown and the memory
for the context (KV cache) is not counted; leave room for it.</source>
        <translation>{verdict} en este equipo, contando solo los pesos y la sobrecarga:
  pesos {weights}
  + sobrecarga {overhead}
  = {total} de {budget} disponibles
Este modelo no está en el catálogo, así que se desconoce su arquitectura y no se cuenta
la memoria del contexto (KV cache); deja espacio para ella.</translation>
    </message>
    <message>
        <source>Download {name} ({detail})</source>
        <translation>Descargar {name} ({detail})</translation>
    </message>
    <message>
        <source>{repo} on Hugging Face; open it to see its files.</source>
        <translation>{repo} en Hugging Face; ábrelo para ver sus archivos.</translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub</source>
        <translation>Buscar en el Hub de Hugging Face</translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub for GGUF and MLX models…</source>
        <translation>Buscar modelos GGUF y MLX en el Hub de Hugging Face…</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>Buscar en el Hub</translation>
    </message>
    <message>
        <source>Hugging Face search status</source>
        <translation>Estado de la búsqueda en Hugging Face</translation>
    </message>
    <message>
        <source>Hugging Face:</source>
        <translation>Hugging Face:</translation>
    </message>
    <message>
        <source>Hugging Face search results</source>
        <translation>Resultados de la búsqueda en Hugging Face</translation>
    </message>
    <message>
        <source>Searching Hugging Face…</source>
        <translation>Buscando en Hugging Face…</translation>
    </message>
    <message>
        <source>Could not search Hugging Face ({error}).</source>
        <translation>No se pudo buscar en Hugging Face ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>%n models on Hugging Face for {query}; open one to see its files.</source>
        <translation><numerusform>%n modelo en Hugging Face para {query}; ábrelo para ver sus archivos.</numerusform><numerusform>%n modelos en Hugging Face para {query}; abre uno para ver sus archivos.</numerusform></translation>
    </message>
    <message>
        <source>No GGUF or MLX model on Hugging Face matches {query}.</source>
        <translation>Ningún modelo GGUF o MLX de Hugging Face coincide con {query}.</translation>
    </message>
    <message>
        <source>Reading the file list from Hugging Face…</source>
        <translation>Leyendo la lista de archivos de Hugging Face…</translation>
    </message>
    <message>
        <source>Could not read the files of {repo} ({error}).</source>
        <translation>No se pudieron leer los archivos de {repo} ({error}).</translation>
    </message>
    <message>
        <source>{repo} has no GGUF model file to download.</source>
        <translation>{repo} no tiene ningún archivo de modelo GGUF para descargar.</translation>
    </message>
    <message>
        <source>{repo} has no file to download.</source>
        <translation>{repo} no tiene ningún archivo para descargar.</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import an MLX model folder</source>
        <translation>Importar una carpeta de modelo MLX</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <source>import {name}</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>importar {name}</translation>
    </message>
    <message>
        <source>Copying {name} into the library…</source>
        <translation>Copiando {name} en la biblioteca…</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n models into the library…</source>
        <translation><numerusform>Copiando %n modelo en la biblioteca…</numerusform><numerusform>Copiando %n modelos en la biblioteca…</numerusform></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
</context>
<context>
    <name>IndexJobs</name>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>Error al indexar: {error}</translation>
    </message>
</context>
<context>
    <name>IndexProgressStrip</name>
    <message>
        <source>Indexing progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Cancelar la indexación</translation>
    </message>
    <message>
        <source>Indexing {name}: {done} of {total} files</source>
        <translation>Indexando {name}: {done} de {total} archivos</translation>
    </message>
    <message>
        <source>Indexing {name}: looking for files…</source>
        <translation>Indexando {name}: buscando archivos…</translation>
    </message>
</context>
<context>
    <name>InstalledView</name>
    <message>
        <source>Import GGUF…</source>
        <translation>Importar GGUF…</translation>
    </message>
    <message>
        <source>Import a GGUF model file</source>
        <translation>Importar un archivo de modelo GGUF</translation>
    </message>
    <message>
        <source>Add a .gguf file from this computer (or drop one here).</source>
        <translation>Añadir un archivo .gguf de este equipo (o soltarlo aquí).</translation>
    </message>
    <message>
        <source>Import MLX folder…</source>
        <translation>Importar carpeta MLX…</translation>
    </message>
    <message>
        <source>Import an MLX model folder</source>
        <translation>Importar una carpeta de modelo MLX</translation>
    </message>
    <message>
        <source>Add an MLX model folder (config.json and .safetensors files) from this computer.</source>
        <translation>Añadir una carpeta de modelo MLX (config.json y archivos .safetensors) de este equipo.</translation>
    </message>
    <message>
        <source>Copy into library</source>
        <translation>Copiar en la biblioteca</translation>
    </message>
    <message>
        <source>Copy imported models into the library</source>
        <translation>Copiar los modelos importados en la biblioteca</translation>
    </message>
    <message>
        <source>Off: the file stays where it is and is used from there.
On: it is copied into the Qwen Desk models folder.</source>
        <translation>Desactivado: el archivo se queda donde está y se usa desde allí.
Activado: se copia en la carpeta de modelos de Qwen Desk.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Progress of the copy into the library</source>
        <translation>Progreso de la copia en la biblioteca</translation>
    </message>
    <message>
        <source>Disk space used by models</source>
        <translation>Espacio en disco ocupado por los modelos</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>No models yet. Download one in Discover, import a .gguf file, or drop one on this page.</source>
        <translation>Todavía no hay modelos. Descarga uno en Descubrir, importa un archivo .gguf o suéltalo en esta página.</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>Encontrados en este equipo</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Volver a buscar</translation>
    </message>
    <message>
        <source>Look for models in other apps again</source>
        <translation>Volver a buscar modelos en otras aplicaciones</translation>
    </message>
    <message>
        <source>Models found in other apps</source>
        <translation>Modelos encontrados en otras aplicaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n model · {size} in the models folder</source>
        <translation>
            <numerusform>%n modelo · {size} en la carpeta de modelos</numerusform>
            <numerusform>%n modelos · {size} en la carpeta de modelos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models · {size} in the models folder</source>
        <translation><numerusform>%n modelo · {size} en la carpeta de modelos</numerusform><numerusform>%n modelos · {size} en la carpeta de modelos</numerusform></translation>
    </message>
    <message>
        <source>Looking in other apps&apos; folders…</source>
        <translation>Buscando en las carpetas de otras aplicaciones…</translation>
    </message>
    <message numerus="yes">
        <source>%n in LM Studio, Ollama, GPT4All or the Hugging Face cache</source>
        <translation><numerusform>%n en LM Studio, Ollama, GPT4All o la caché de Hugging Face</numerusform><numerusform>%n en LM Studio, Ollama, GPT4All o la caché de Hugging Face</numerusform></translation>
    </message>
    <message>
        <source>Nothing in LM Studio, Ollama, GPT4All or the Hugging Face cache</source>
        <translation>Nada en LM Studio, Ollama, GPT4All ni en la caché de Hugging Face</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>The new language applies after a restart.</source>
        <translation>El nuevo idioma se aplicará tras reiniciar.</translation>
    </message>
</context>
<context>
    <name>LibraryHost</name>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Model library</source>
        <translation>Biblioteca de modelos</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Secciones de la biblioteca</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descubrir</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <source>Library message</source>
        <translation>Mensaje de la biblioteca</translation>
    </message>
    <message>
        <source>No model in the catalog fits this computer comfortably. Close other apps to free memory, or pick a small model in Discover.</source>
        <translation>Ningún modelo del catálogo cabe con holgura en este equipo. Cierra otras aplicaciones para liberar memoria o elige un modelo pequeño en Descubrir.</translation>
    </message>
    <message>
        <source>read the models folder</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>leer la carpeta de modelos</translation>
    </message>
    <message>
        <source>look for models in other apps</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>buscar modelos en otras aplicaciones</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>refresh it</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>actualizarlo</translation>
    </message>
    <message>
        <source>Installed ({count})</source>
        <translation>Instalados ({count})</translation>
    </message>
    <message>
        <source>{name} is now in the library.</source>
        <translation>{name} ya está en la biblioteca.</translation>
    </message>
    <message>
        <source>Added {name}. It stays in {folder} and is used from there.</source>
        <translation>Se ha añadido {name}. Se queda en {folder} y se usa desde allí.</translation>
    </message>
    <message>
        <source>Reading the model file…</source>
        <translation>Leyendo el archivo del modelo…</translation>
    </message>
    <message>
        <source>read {name}</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>leer {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the library?

Its file stays where it is ({folder}); nothing is deleted from disk.</source>
        <translation>¿Quitar {name} de la biblioteca?

Su archivo se queda donde está ({folder}); no se elimina nada del disco.</translation>
    </message>
    <message>
        <source>Delete {name}?

This deletes its file from the models folder and frees {size}.</source>
        <translation>¿Eliminar {name}?

Se eliminará su archivo de la carpeta de modelos y se liberarán {size}.</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Quitar modelo</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <source>Removed {name}; {size} freed.</source>
        <translation>Se ha eliminado {name}; se han liberado {size}.</translation>
    </message>
    <message>
        <source>Removed {name}; its file was left in place.</source>
        <translation>Se ha quitado {name}; su archivo se ha dejado donde estaba.</translation>
    </message>
    <message>
        <source>delete it</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>eliminarlo</translation>
    </message>
    <message>
        <source>{name} is downloaded</source>
        <translation>{name} se ha descargado</translation>
    </message>
    <message>
        <source>Downloads ({count})</source>
        <translation>Descargas ({count})</translation>
    </message>
</context>
<context>
    <name>McpFileEditor</name>
    <message>
        <source>{path} — the mcpServers shape of LM Studio and Claude Desktop. Write secrets as &quot;{reference}&quot; and keep them in the keychain below.</source>
        <translation>{path}: el formato mcpServers de LM Studio y Claude Desktop. Escribe los secretos como &quot;{reference}&quot; y guárdalos en el llavero, más abajo.</translation>
    </message>
    <message>
        <source>Save mcp.json</source>
        <translation>Guardar mcp.json</translation>
    </message>
    <message>
        <source>Save mcp.json and restart the servers</source>
        <translation>Guardar mcp.json y reiniciar los servidores</translation>
    </message>
    <message>
        <source>Insert an example</source>
        <translation>Insertar un ejemplo</translation>
    </message>
    <message>
        <source>Insert an example mcp.json</source>
        <translation>Insertar un ejemplo de mcp.json</translation>
    </message>
    <message>
        <source>mcp.json message</source>
        <translation>Mensaje de mcp.json</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Nombre del secreto</translation>
    </message>
    <message>
        <source>Name, e.g. search-token</source>
        <translation>Nombre, p. ej., search-token</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Secret (kept in the system keychain)</source>
        <translation>Secreto (se guarda en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Save secret</source>
        <translation>Guardar secreto</translation>
    </message>
    <message>
        <source>Save the secret in the keychain</source>
        <translation>Guardar el secreto en el llavero</translation>
    </message>
    <message>
        <source>Insert reference</source>
        <translation>Insertar referencia</translation>
    </message>
    <message>
        <source>Insert {reference} into mcp.json</source>
        <translation>Insertar {reference} en mcp.json</translation>
    </message>
    <message>
        <source>mcp.json could not be read ({error}).</source>
        <translation>No se pudo leer mcp.json ({error}).</translation>
    </message>
    <message>
        <source>Saved ({servers}).</source>
        <translation>Guardado ({servers}).</translation>
    </message>
    <message>
        <source>Saved (no servers).</source>
        <translation>Guardado (sin servidores).</translation>
    </message>
    <message>
        <source>Type a name and the secret to keep in the keychain.</source>
        <translation>Escribe un nombre y el secreto que se guardará en el llavero.</translation>
    </message>
    <message>
        <source>The keychain did not take the secret ({error}).</source>
        <translation>El llavero no aceptó el secreto ({error}).</translation>
    </message>
    <message>
        <source>Secret &quot;{name}&quot; saved in the keychain. Use &quot;{reference}&quot;.</source>
        <translation>Secreto &quot;{name}&quot; guardado en el llavero. Usa &quot;{reference}&quot;.</translation>
    </message>
</context>
<context>
    <name>MeterStrip</name>
    <message>
        <source>Resource meters (compact)</source>
        <translation>Medidores de recursos (compactos)</translation>
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
        <translation>Esta aplicación: {percent} del equipo</translation>
    </message>
    <message>
        <source>This app: {size}</source>
        <translation>Esta aplicación: {size}</translation>
    </message>
    <message>
        <source>Context {value}</source>
        <translation>Contexto {value}</translation>
    </message>
    <message>
        <source>{used} of {total} tokens</source>
        <translation>{used} de {total} tokens</translation>
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
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{used} of {total}</source>
        <translation>{used} de {total}</translation>
    </message>
    <message>
        <source>No GPU</source>
        <translation>Sin GPU</translation>
    </message>
    <message>
        <source>CPU use</source>
        <translation>Uso de CPU</translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation>Uso de memoria</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>Velocidad de generación</translation>
    </message>
    <message>
        <source>Context use</source>
        <translation>Uso del contexto</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>No hay ningún modelo cargado</translation>
    </message>
</context>
<context>
    <name>MetersPanel</name>
    <message>
        <source>Resource meters</source>
        <translation>Medidores de recursos</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation>Modelo cargado</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Tiempo hasta el primer token</translation>
    </message>
    <message>
        <source>Prompt speed</source>
        <translation>Velocidad del prompt</translation>
    </message>
    <message>
        <source>Tokens generated</source>
        <translation>Tokens generados</translation>
    </message>
    <message>
        <source>Thinking tokens</source>
        <translation>Tokens de pensamiento</translation>
    </message>
    <message>
        <source>Context breakdown</source>
        <translation>Desglose del contexto</translation>
    </message>
    <message>
        <source>CPU over the last minute</source>
        <translation>CPU en el último minuto</translation>
    </message>
    <message>
        <source>Memory over the last minute</source>
        <translation>Memoria en el último minuto</translation>
    </message>
    <message>
        <source>Generation speed over the last minute</source>
        <translation>Velocidad de generación en el último minuto</translation>
    </message>
    <message>
        <source>Context window use</source>
        <translation>Uso de la ventana de contexto</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Primer token</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Pensamiento</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>{percent} · app {app}</source>
        <translation>{percent} · app {app}</translation>
    </message>
    <message>
        <source>app {app} · model {model}</source>
        <translation>app {app} · modelo {model}</translation>
    </message>
    <message>
        <source>app {app}</source>
        <translation>app {app}</translation>
    </message>
    <message>
        <source>{used} of {total} tokens · {percent}</source>
        <translation>{used} de {total} tokens · {percent}</translation>
    </message>
    <message>
        <source>system {system} · history {history}
documents {documents} · thinking {thinking} · reply {reply}</source>
        <translation>sistema {system} · historial {history}
documentos {documents} · pensamiento {thinking} · respuesta {reply}</translation>
    </message>
    <message>
        <source>system {system} · history {history}
thinking {thinking} · reply {reply}</source>
        <translation>sistema {system} · historial {history}
pensamiento {thinking} · respuesta {reply}</translation>
    </message>
</context>
<context>
    <name>ModelRow</name>
    <message>
        <source>The file is no longer there.</source>
        <translation>El archivo ya no está ahí.</translation>
    </message>
    <message>
        <source>Some parts are missing.</source>
        <translation>Faltan algunas partes.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Chat with {name}</source>
        <translation>Chatear con {name}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Detalles de {name}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the folder of {name}</source>
        <translation>Abrir la carpeta de {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
    <message>
        <source>Forget this model; its file stays where it is.</source>
        <translation>Olvidar este modelo; su archivo se queda donde está.</translation>
    </message>
    <message>
        <source>✓ Used for documents</source>
        <translation>✓ Se usa para documentos</translation>
    </message>
    <message>
        <source>Chats search documents by meaning with it. Click to stop.</source>
        <translation>Los chats lo usan para buscar en los documentos por significado. Haz clic para dejar de usarlo.</translation>
    </message>
    <message>
        <source>Use for documents</source>
        <translation>Usar para documentos</translation>
    </message>
    <message>
        <source>An embedding model: use it to find passages in your documents by meaning, not only by keywords.</source>
        <translation>Un modelo de embeddings: úsalo para encontrar pasajes en tus documentos por su significado, no solo por palabras clave.</translation>
    </message>
    <message>
        <source>Use {name} for documents</source>
        <translation>Usar {name} para documentos</translation>
    </message>
</context>
<context>
    <name>ModelTab</name>
    <message>
        <source>{name} needs about {size} at this length.</source>
        <translation>{name} necesita unos {size} con esta longitud.</translation>
    </message>
    <message>
        <source>{name} needs about {size} at this length: it fits ({available} available).</source>
        <translation>{name} necesita unos {size} con esta longitud: cabe ({available} disponibles).</translation>
    </message>
    <message>
        <source>{name} needs about {size} at this length: a tight fit ({available} available); other apps may slow down.</source>
        <translation>{name} necesita unos {size} con esta longitud: cabe justo ({available} disponibles); otras aplicaciones pueden ir más lentas.</translation>
    </message>
    <message>
        <source>{name} needs about {size} at this length: it won&apos;t fit ({available} available). Choose a shorter context or a q8_0 KV cache.</source>
        <translation>{name} necesita unos {size} con esta longitud: no cabe ({available} disponibles). Elige un contexto más corto o una KV cache q8_0.</translation>
    </message>
    <message>
        <source>The model was trained for {tokens} tokens; answers may suffer.</source>
        <translation>El modelo se entrenó para {tokens} tokens; las respuestas pueden empeorar.</translation>
    </message>
    <message>
        <source>How much of the conversation the model can see at once. Longer contexts need more memory: the KV cache grows with every token.</source>
        <translation>Cuánto de la conversación puede ver el modelo a la vez. Los contextos más largos necesitan más memoria: la KV cache crece con cada token.</translation>
    </message>
    <message>
        <source>Settings apply to</source>
        <translation>La configuración se aplica a</translation>
    </message>
    <message>
        <source>Use the defaults for this model</source>
        <translation>Usar los valores predeterminados para este modelo</translation>
    </message>
    <message>
        <source>For this model ({name})</source>
        <translation>Para este modelo ({name})</translation>
    </message>
    <message>
        <source>Default for all models</source>
        <translation>Predeterminada para todos los modelos</translation>
    </message>
    <message>
        <source>Settings for</source>
        <translation>Configuración para</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <source>KV cache type</source>
        <translation>Tipo de KV cache</translation>
    </message>
    <message>
        <source>Map the model file (mmap)</source>
        <translation>Mapear el archivo del modelo en memoria (mmap)</translation>
    </message>
    <message>
        <source>Keep the model in RAM (mlock)</source>
        <translation>Mantener el modelo en la RAM (mlock)</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>0 = automatic: one per physical core ({cores} on this computer). Fewer threads leave room for other programs; the reply itself comes fastest with every core, even while the window draws it.</source>
        <translation>0 = automático: uno por núcleo físico ({cores} en este equipo). Con menos hilos queda sitio para otros programas; la respuesta llega más rápido con todos los núcleos, incluso mientras la ventana la muestra.</translation>
    </message>
    <message>
        <source>Layers to run on the GPU (Metal or CUDA builds); 0 = CPU only.</source>
        <translation>Capas que se ejecutan en la GPU (compilaciones con Metal o CUDA); 0 = solo CPU.</translation>
    </message>
    <message>
        <source>q8_0 halves the cache&apos;s memory, q4_0 quarters it, at a small cost in quality; both turn flash attention on.</source>
        <translation>q8_0 reduce a la mitad la memoria de la caché y q4_0 a la cuarta parte, con una pequeña pérdida de calidad; ambos activan flash attention.</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>Every model without its own settings loads with these. This model has its own.</source>
        <translation>Todos los modelos sin configuración propia se cargan con estos valores. Este modelo tiene la suya.</translation>
    </message>
    <message>
        <source>Every model without its own settings loads with these.</source>
        <translation>Todos los modelos sin configuración propia se cargan con estos valores.</translation>
    </message>
    <message>
        <source>This model loads with its own settings; the defaults don&apos;t apply to it.</source>
        <translation>Este modelo se carga con su propia configuración; los valores predeterminados no se le aplican.</translation>
    </message>
    <message>
        <source>This model uses the defaults. A change here gives it its own settings.</source>
        <translation>Este modelo usa los valores predeterminados. Si cambias algo aquí, tendrá su propia configuración.</translation>
    </message>
</context>
<context>
    <name>MoveModels</name>
    <message>
        <source>Move the models</source>
        <translation>Mover los modelos</translation>
    </message>
    <message>
        <source>Move the models?</source>
        <translation>¿Mover los modelos?</translation>
    </message>
    <message>
        <source>Move your models to {folder}?</source>
        <translation>¿Mover tus modelos a {folder}?</translation>
    </message>
    <message numerus="yes">
        <source>%n model ({size}) is in {folder}. If you don&apos;t move it, it stays there and Qwen Desk looks only in the new folder.</source>
        <translation>
            <numerusform>%n modelo ({size}) está en {folder}. Si no lo mueves, se queda ahí y Qwen Desk solo buscará en la carpeta nueva.</numerusform>
            <numerusform>%n modelos ({size}) están en {folder}. Si no los mueves, se quedan ahí y Qwen Desk solo buscará en la carpeta nueva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models ({size}) are in {folder}. If you don&apos;t move them, they stay there and Qwen Desk looks only in the new folder.</source>
        <translation><numerusform>%n modelo ({size}) está en {folder}. Si no lo mueves, se queda ahí y Qwen Desk solo buscará en la carpeta nueva.</numerusform><numerusform>%n modelos ({size}) están en {folder}. Si no los mueves, se quedan ahí y Qwen Desk solo buscará en la carpeta nueva.</numerusform></translation>
    </message>
    <message>
        <source>Just use the new folder</source>
        <translation>Usar solo la carpeta nueva</translation>
    </message>
    <message>
        <source>Moving the models failed: {error}. Nothing else was changed.</source>
        <translation>No se pudieron mover los modelos: {error}. No se ha cambiado nada más.</translation>
    </message>
    <message>
        <source>Moving the models to {folder}…</source>
        <translation>Moviendo los modelos a {folder}…</translation>
    </message>
    <message>
        <source>Stop moving</source>
        <translation>Detener el traslado</translation>
    </message>
    <message>
        <source>Moving the models</source>
        <translation>Moviendo los modelos</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>{field} problem</source>
        <translation>Problema en {field}</translation>
    </message>
    <message>
        <source>{field} must be a number from {low} to {high}.</source>
        <translation>{field} debe ser un número entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}.</source>
        <translation>{field} debe ser un número entero entre {low} y {high}.</translation>
    </message>
</context>
<context>
    <name>PresetBox</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
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
        <translation>Restablecer los valores recomendados de Qwen</translation>
    </message>
    <message>
        <source>Temperature {temperature}, top-p {top_p}, top-k {top_k}, min-p {min_p}</source>
        <translation>Temperatura {temperature}, top-p {top_p}, top-k {top_k}, min-p {min_p}</translation>
    </message>
    <message>
        <source>Reset {mode} to Qwen&apos;s recommended</source>
        <translation>Restablecer {mode} a los valores recomendados de Qwen</translation>
    </message>
</context>
<context>
    <name>ReloadNotice</name>
    <message>
        <source>context length</source>
        <translation>longitud del contexto</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>hilos</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>capas en GPU</translation>
    </message>
    <message>
        <source>KV-cache type</source>
        <translation>tipo de KV cache</translation>
    </message>
    <message>
        <source>flash attention</source>
        <translation>flash attention</translation>
    </message>
    <message>
        <source>memory mapping</source>
        <translation>mapeo en memoria</translation>
    </message>
    <message>
        <source>locking the model in memory</source>
        <translation>bloqueo del modelo en memoria</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>{option} {old} → {new}</source>
        <translation>{option}: {old} → {new}</translation>
    </message>
    <message>
        <source>The new settings ({changes}) apply when {model} is loaded again; it still runs with the old ones. Reload now to use them (this chat stays open).</source>
        <translation>La nueva configuración ({changes}) se aplicará cuando {model} se vuelva a cargar; por ahora sigue funcionando con la anterior. Recarga ahora para usarla (este chat sigue abierto).</translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>The API server could not start: {error}</source>
        <translation>No se pudo iniciar el servidor de API: {error}</translation>
    </message>
</context>
<context>
    <name>ServerHost</name>
    <message>
        <source>Serving an API request…</source>
        <translation>Atendiendo una solicitud de API…</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>Servidor de API local</translation>
    </message>
    <message>
        <source>Local &amp;API server…</source>
        <translation>Servidor de &amp;API local…</translation>
    </message>
    <message>
        <source>The local API server is at {url}</source>
        <translation>El servidor de API local está en {url}</translation>
    </message>
    <message>
        <source>Serving an API request… ({count} waiting)</source>
        <translation>Atendiendo una solicitud de API… ({count} en espera)</translation>
    </message>
    <message>
        <source>API server on</source>
        <translation>Servidor de API activo</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Off. Start it to let programs use the loaded model.</source>
        <translation>Desactivado. Inícialo para que otros programas puedan usar el modelo cargado.</translation>
    </message>
    <message>
        <source>Start the server</source>
        <translation>Iniciar el servidor</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Address copied to the clipboard.</source>
        <translation>Dirección copiada en el portapapeles.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Let other computers on the network connect (needs the key)</source>
        <translation>Permitir que se conecten otros equipos de la red (requiere la clave)</translation>
    </message>
    <message>
        <source>No key: only this computer can connect</source>
        <translation>Sin clave: solo este equipo puede conectarse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Key copied to the clipboard.</source>
        <translation>Clave copiada en el portapapeles.</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nueva clave</translation>
    </message>
    <message>
        <source>None (web pages may not call the server)</source>
        <translation>Ninguno (las páginas web no pueden llamar al servidor)</translation>
    </message>
    <message>
        <source>Web pages allowed to call the server, e.g. {example}</source>
        <translation>Páginas web que pueden llamar al servidor, p. ej., {example}</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Registro de solicitudes</translation>
    </message>
    <message>
        <source>Requests appear here as clients make them.</source>
        <translation>Las solicitudes aparecen aquí a medida que los clientes las hacen.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Web origins</source>
        <translation>Orígenes web</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Stop the server</source>
        <translation>Detener el servidor</translation>
    </message>
    <message>
        <source>Offline mode keeps the server on this computer.</source>
        <translation>El modo sin conexión limita el servidor a este equipo.</translation>
    </message>
    <message>
        <source>From other computers: {addresses}</source>
        <translation>Desde otros equipos: {addresses}</translation>
    </message>
    <message>
        <source>Serving the loaded model to this computer and your network.</source>
        <translation>Sirviendo el modelo cargado a este equipo y a tu red.</translation>
    </message>
    <message>
        <source>Serving the loaded model to this computer only.</source>
        <translation>Sirviendo el modelo cargado solo a este equipo.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>New key made: restart the server for it to take effect.</source>
        <translation>Nueva clave creada: reinicia el servidor para que se aplique.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de la configuración</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problema en la configuración</translation>
    </message>
    <message>
        <source>Settings buttons</source>
        <translation>Botones de la configuración</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Reset all settings to defaults</source>
        <translation>Restablecer toda la configuración a los valores predeterminados</translation>
    </message>
    <message>
        <source>Use each model&apos;s recommended sampling</source>
        <translation>Usar el muestreo recomendado de cada modelo</translation>
    </message>
    <message>
        <source>From the model&apos;s card: Qwen3 0.6/0.95 thinking and 0.7/0.8 otherwise, QwQ and DeepSeek-R1 distills 0.6/0.95, Qwen2.5 0.7/0.8 with repetition penalty 1.05. Changing a value below uses your values for every model.</source>
        <translation>Según la ficha del modelo: Qwen3 0.6/0.95 con pensamiento y 0.7/0.8 sin él; QwQ y los destilados de DeepSeek-R1 0.6/0.95; Qwen2.5 0.7/0.8 con penalización por repetición 1.05. Si cambias un valor de abajo, se usarán tus valores para todos los modelos.</translation>
    </message>
    <message>
        <source>Thinking mode</source>
        <translation>Modo con pensamiento</translation>
    </message>
    <message>
        <source>Non-thinking mode</source>
        <translation>Modo sin pensamiento</translation>
    </message>
    <message>
        <source>Both modes</source>
        <translation>Ambos modos</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalización por presencia</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máximo de tokens</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>Presupuesto de pensamiento</translation>
    </message>
    <message>
        <source>0 = off; up to 1.5 helps when answers repeat.</source>
        <translation>0 = desactivado; hasta 1.5 ayuda cuando las respuestas se repiten.</translation>
    </message>
    <message>
        <source>1 = off.</source>
        <translation>1 = desactivado.</translation>
    </message>
    <message>
        <source>-1 = a new random seed for every reply.</source>
        <translation>-1 = una semilla aleatoria nueva para cada respuesta.</translation>
    </message>
    <message>
        <source>The longest reply, thinking included.</source>
        <translation>La respuesta más larga posible, pensamiento incluido.</translation>
    </message>
    <message>
        <source>Default for new chats; 0 = unlimited thinking.</source>
        <translation>Valor predeterminado para los chats nuevos; 0 = pensamiento ilimitado.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Transcript font size</source>
        <translation>Tamaño de letra de la conversación</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <source>Of the system&apos;s font size, for the whole window and the transcript.</source>
        <translation>Respecto al tamaño de letra del sistema, para toda la ventana y la conversación.</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>Enter sends the message</source>
        <translation>Intro envía el mensaje</translation>
    </message>
    <message>
        <source>On: Shift+Enter starts a new line. Off: Ctrl+Enter sends.</source>
        <translation>Activado: Mayús+Intro inserta una línea nueva. Desactivado: Ctrl+Intro envía.</translation>
    </message>
    <message>
        <source>Let the model title new chats</source>
        <translation>Dejar que el modelo ponga título a los chats nuevos</translation>
    </message>
    <message>
        <source>After the first reply the loaded model writes a short title in the chat&apos;s language, in the background. Off: the first message is the title.</source>
        <translation>Tras la primera respuesta, el modelo cargado escribe en segundo plano un título breve en el idioma del chat. Desactivado: el primer mensaje es el título.</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modo sin conexión</translation>
    </message>
    <message>
        <source>Never use the network: no downloads and no catalog updates. Models you already have keep working.</source>
        <translation>No usar nunca la red: ni descargas ni actualizaciones del catálogo. Los modelos que ya tienes siguen funcionando.</translation>
    </message>
    <message>
        <source>Fix the field marked in red ({pages}) to save.</source>
        <translation>Corrige el campo marcado en rojo ({pages}) para guardar.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>Chat eliminado</translation>
    </message>
    <message numerus="yes">
        <source>%n chats deleted</source>
        <translation><numerusform>%n chat eliminado</numerusform><numerusform>%n chats eliminados</numerusform></translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exportado a {file}</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new chat ({shortcut})</source>
        <translation>Iniciar un chat nuevo ({shortcut})</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Search chats ({shortcut})</source>
        <translation>Buscar chats ({shortcut})</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>Lista de chats</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No chats yet.
Start one with New chat.</source>
        <translation>Todavía no hay chats.
Empieza uno con Nuevo chat.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>No chats match “{query}”.</source>
        <translation>Ningún chat coincide con “{query}”.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Blocked (offline)</source>
        <translation>Bloqueado (sin conexión)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Let models use tools</source>
        <translation>Permitir que los modelos usen herramientas</translation>
    </message>
    <message>
        <source>Models whose chat template knows tools (Qwen3, Qwen2.5, QwQ) get them through that template. Each call shows as a card and asks Run / Always in this chat / Deny, except trusted tools.</source>
        <translation>Los modelos cuya plantilla de chat admite herramientas (Qwen3, Qwen2.5, QwQ) las reciben a través de esa plantilla. Cada llamada aparece como una tarjeta y pregunta Ejecutar / Siempre en este chat / Denegar, salvo en las herramientas de confianza.</translation>
    </message>
    <message>
        <source>Tool rounds in one reply</source>
        <translation>Rondas de herramientas por respuesta</translation>
    </message>
    <message>
        <source>MCP call time limit</source>
        <translation>Tiempo límite de las llamadas MCP</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Python runner</source>
        <translation>Ejecutor de Python</translation>
    </message>
    <message>
        <source>Python runner on</source>
        <translation>Ejecutor de Python activado</translation>
    </message>
    <message>
        <source>The python tool, the Run button on Python code blocks and Qwen2.5-Math&apos;s code runs.</source>
        <translation>La herramienta python, el botón Ejecutar de los bloques de código Python y el código que ejecuta Qwen2.5-Math.</translation>
    </message>
    <message>
        <source>Run Python without asking (trusted)</source>
        <translation>Ejecutar Python sin preguntar (de confianza)</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Límite de memoria</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <source>MCP servers and their tools</source>
        <translation>Servidores MCP y sus herramientas</translation>
    </message>
    <message>
        <source>Server / tool</source>
        <translation>Servidor / herramienta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <source>MCP server problems</source>
        <translation>Problemas de los servidores MCP</translation>
    </message>
    <message>
        <source>Check a tool to offer it to models; check Trusted to let it run without asking. A server that fails shows why here; the chat carries on without it.</source>
        <translation>Marca una herramienta para ofrecerla a los modelos; marca De confianza para que se ejecute sin preguntar. Si un servidor falla, aquí se muestra el motivo; el chat continúa sin él.</translation>
    </message>
    <message>
        <source>No MCP servers: add them in mcp.json below.</source>
        <translation>No hay servidores MCP: añádelos en mcp.json, más abajo.</translation>
    </message>
    <message>
        <source>The switch could not be saved: {error}</source>
        <translation>No se pudo guardar la opción: {error}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>%n chat</source>
        <translation><numerusform>%n chat</numerusform><numerusform>%n chats</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chats</source>
        <translation><numerusform>%n chat</numerusform><numerusform>%n chats</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message deleted from chats</source>
        <translation><numerusform>%n mensaje borrado de los chats</numerusform><numerusform>%n mensajes borrados de los chats</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n messages deleted from chats</source>
        <translation><numerusform>%n mensaje borrado de los chats</numerusform><numerusform>%n mensajes borrados de los chats</numerusform></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Chats you deleted stay here until you empty the trash. Restore puts a chat back in the list; Delete forever cannot be undone.</source>
        <translation>Los chats que eliminas se quedan aquí hasta que vacías la papelera. Restaurar devuelve un chat a la lista; Eliminar definitivamente no se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleted chats</source>
        <translation>Chats eliminados</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Delete forever…</source>
        <translation>&amp;Eliminar definitivamente…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Vaciar papelera…</translation>
    </message>
    <message>
        <source>Emptying the trash also deletes {messages}.</source>
        <translation>Vaciar la papelera también elimina {messages}.</translation>
    </message>
    <message>
        <source>{title}  ·  deleted {when}</source>
        <translation>{title}  ·  eliminado: {when}</translation>
    </message>
    <message>
        <source>Delete {what} for good? This cannot be undone.</source>
        <translation>¿Eliminar {what} definitivamente? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Delete {chats} and {messages} for good? This cannot be undone.</source>
        <translation>¿Eliminar {chats} y {messages} definitivamente? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vaciar papelera</translation>
    </message>
</context>
</TS>

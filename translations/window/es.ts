<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <source>Qwen Desk cannot open its chat history</source>
        <translation>Qwen Desk no puede abrir su historial de chats</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Waiting for an API request to finish…</source>
        <translation>Esperando a que termine una solicitud de API…</translation>
    </message>
    <message>
        <source>Open a model first: File ▸ Open model… (Ctrl+O).</source>
        <translation>Primero abre un modelo: Archivo ▸ Abrir modelo… (Ctrl+O).</translation>
    </message>
    <message>
        <source>The reply failed: {error}</source>
        <translation>No se pudo generar la respuesta: {error}</translation>
    </message>
    <message>
        <source>Reply stopped</source>
        <translation>Respuesta detenida</translation>
    </message>
    <message>
        <source>Reply finished</source>
        <translation>Respuesta completada</translation>
    </message>
    <message>
        <source>Summarising the conversation for a new chat…</source>
        <translation>Resumiendo la conversación para un chat nuevo…</translation>
    </message>
    <message>
        <source>The summary could not be made.</source>
        <translation>No se pudo hacer el resumen.</translation>
    </message>
    <message>
        <source>This conversation needs about {needed} tokens, but the model&apos;s context holds {size}. Nothing was cut; choose how to continue:</source>
        <translation>Esta conversación necesita unos {needed} tokens, pero el contexto del modelo admite {size}. No se ha recortado nada; elige cómo continuar:</translation>
    </message>
    <message>
        <source>Your message alone needs about {needed} tokens, more than the model&apos;s context of {size} holds. Nothing was cut; choose how to continue:</source>
        <translation>Tu mensaje por sí solo necesita unos {needed} tokens, más de los {size} que admite el contexto del modelo. No se ha recortado nada; elige cómo continuar:</translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message>
        <source>This chat&apos;s own sampling</source>
        <translation>El muestreo propio de este chat</translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>Type a message first.</source>
        <translation>Escribe un mensaje primero.</translation>
    </message>
    <message>
        <source>Only a reply can be regenerated.</source>
        <translation>Solo se puede regenerar una respuesta.</translation>
    </message>
    <message>
        <source>That reply is not in the conversation.</source>
        <translation>Esa respuesta no está en la conversación.</translation>
    </message>
    <message>
        <source>The edited message is empty.</source>
        <translation>El mensaje editado está vacío.</translation>
    </message>
    <message>
        <source>The edited message went missing.</source>
        <translation>El mensaje editado ha desaparecido.</translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation>No hay ningún mensaje esperando respuesta.</translation>
    </message>
    <message>
        <source>The conversation is empty.</source>
        <translation>La conversación está vacía.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>QtWebEngine could not be loaded ({error})</source>
        <translation>no se pudo cargar QtWebEngine ({error})</translation>
    </message>
    <message>
        <source>The messages, as a list. Tab reaches each message&apos;s buttons; F6 moves to the message box.</source>
        <translation>Los mensajes, en forma de lista. Con Tab se llega a los botones de cada mensaje; F6 pasa al cuadro de mensaje.</translation>
    </message>
</context>
<context>
    <name>Citations</name>
    <message>
        <source>{file}, page {page}</source>
        <translation>{file}, página {page}</translation>
    </message>
    <message>
        <source>{file}, section {section}</source>
        <translation>{file}, sección {section}</translation>
    </message>
    <message numerus="yes">
        <source>Used %n document(s) in full</source>
        <translation><numerusform>Se usó %n documento completo</numerusform><numerusform>Se usaron %n documentos completos</numerusform></translation>
    </message>
    <message>
        <source>{searched}: {passages}</source>
        <translation>{searched}: {passages}</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
</context>
<context>
    <name>CodeRuns</name>
    <message>
        <source>Exit status 0.</source>
        <translation>Código de salida 0.</translation>
    </message>
    <message>
        <source>Running code needs the Python runner, which is not available here.</source>
        <translation>Para ejecutar código se necesita el ejecutor de Python, que no está disponible aquí.</translation>
    </message>
    <message>
        <source>The Python runner is off. Switch it on in Settings ▸ Tools to run code.</source>
        <translation>El ejecutor de Python está desactivado. Actívalo en Configuración ▸ Herramientas para ejecutar código.</translation>
    </message>
    <message>
        <source>The code could not be run: {error}</source>
        <translation>No se pudo ejecutar el código: {error}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message composer</source>
        <translation>Editor de mensajes</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line.</source>
        <translation>Intro envía; Mayús+Intro inserta una línea nueva.</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Enter starts a new line.</source>
        <translation>Ctrl+Intro envía; Intro inserta una línea nueva.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>Progreso de carga del modelo</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Pensamiento</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>Presupuesto de pensamiento</translation>
    </message>
    <message>
        <source>Thinking budget: most tokens to think before answering</source>
        <translation>Presupuesto de pensamiento: máximo de tokens para pensar antes de responder</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Composer message</source>
        <translation>Aviso del editor de mensajes</translation>
    </message>
    <message>
        <source>Let the model think before it answers</source>
        <translation>Dejar que el modelo piense antes de responder</translation>
    </message>
    <message>
        <source>Thinking: always</source>
        <translation>Pensamiento: siempre</translation>
    </message>
    <message>
        <source>This model always thinks first</source>
        <translation>Este modelo siempre piensa primero</translation>
    </message>
    <message>
        <source>Thinking: off</source>
        <translation>Pensamiento: desactivado</translation>
    </message>
    <message>
        <source>This model answers without thinking</source>
        <translation>Este modelo responde sin pensar</translation>
    </message>
    <message>
        <source>Load a model to choose thinking</source>
        <translation>Carga un modelo para elegir si piensa</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Detener</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>Detener la generación</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Send  ➤</source>
        <translation>Enviar  ➤</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Send the message ({keys})</source>
        <translation>Enviar el mensaje ({keys})</translation>
    </message>
    <message>
        <source>Load a model to start chatting</source>
        <translation>Carga un modelo para empezar a chatear</translation>
    </message>
    <message>
        <source>Message Qwen (Enter to send, Shift+Enter: new line)</source>
        <translation>Mensaje para Qwen (Intro para enviar, Mayús+Intro: línea nueva)</translation>
    </message>
    <message>
        <source>Message Qwen (Ctrl+Enter to send)</source>
        <translation>Mensaje para Qwen (Ctrl+Intro para enviar)</translation>
    </message>
</context>
<context>
    <name>ComposerFiles</name>
    <message>
        <source>{name} is a folder; drop the files inside it instead.</source>
        <translation>{name} es una carpeta; suelta en su lugar los archivos que contiene.</translation>
    </message>
    <message>
        <source>{name} is {size}; files up to {limit} can be added to a message. Paste the part you need instead.</source>
        <translation>{name} ocupa {size}; a un mensaje se pueden añadir archivos de hasta {limit}. Pega en su lugar la parte que necesites.</translation>
    </message>
    <message>
        <source>{name} could not be read ({error}).</source>
        <translation>No se pudo leer {name} ({error}).</translation>
    </message>
    <message>
        <source>{name} is not a text file, so it was not added. Only text and code files (.txt, .md, .py, .json, .csv …) can go into a message.</source>
        <translation>{name} no es un archivo de texto, así que no se ha añadido. Solo se pueden añadir a un mensaje archivos de texto y de código (.txt, .md, .py, .json, .csv …).</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Conectar a un servidor</translation>
    </message>
    <message>
        <source>Connect to a model server</source>
        <translation>Conectar a un servidor de modelos</translation>
    </message>
    <message>
        <source>Chat with a model served by vLLM, SGLang, llama.cpp&apos;s llama-server, Ollama, LM Studio or another Qwen Desk. Give the server&apos;s OpenAI-compatible address.</source>
        <translation>Chatea con un modelo servido por vLLM, SGLang, llama-server de llama.cpp, Ollama, LM Studio u otro Qwen Desk. Indica la dirección del servidor compatible con OpenAI.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Only if the server asks for one</source>
        <translation>Solo si el servidor la pide</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation>Guardar la clave en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;List models</source>
        <translation>&amp;Listar modelos</translation>
    </message>
    <message>
        <source>Models on the server</source>
        <translation>Modelos del servidor</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Offline mode is on: only a server on this computer can be reached. Turn offline mode off to use one on another machine.</source>
        <translation>El modo sin conexión está activado: solo se puede acceder a un servidor de este equipo. Desactiva el modo sin conexión para usar uno de otra máquina.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first.</source>
        <translation>Escribe primero la dirección del servidor.</translation>
    </message>
    <message>
        <source>Asking {address} for its models…</source>
        <translation>Pidiendo a {address} su lista de modelos…</translation>
    </message>
    <message>
        <source>The server lists no models. Check that a model is loaded there.</source>
        <translation>El servidor no ofrece ningún modelo. Comprueba que tenga un modelo cargado.</translation>
    </message>
    <message>
        <source>The key could not be kept in the keychain ({error}); it is used this time.</source>
        <translation>No se pudo guardar la clave en el llavero ({error}); se usará solo esta vez.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Could not collect the diagnostics ({error}). Try again; if it keeps failing, attach the log files to the report instead.</source>
        <translation>No se pudo recopilar el diagnóstico ({error}). Vuelve a intentarlo; si sigue fallando, adjunta al informe los archivos de registro.</translation>
    </message>
</context>
<context>
    <name>EditBox</name>
    <message>
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <source>Edit your message; saving sends it again as a new version.</source>
        <translation>Edita tu mensaje; al guardarlo se vuelve a enviar como una versión nueva.</translation>
    </message>
    <message>
        <source>Edited message</source>
        <translation>Mensaje editado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save &amp;&amp; resend</source>
        <translation>Guardar y reenviar</translation>
    </message>
    <message>
        <source>Save and resend</source>
        <translation>Guardar y reenviar</translation>
    </message>
    <message>
        <source>Enter to resend · Shift+Enter for a new line · Esc to cancel</source>
        <translation>Intro para reenviar · Mayús+Intro para una línea nueva · Esc para cancelar</translation>
    </message>
    <message>
        <source>Ctrl+Enter to resend · Esc to cancel</source>
        <translation>Ctrl+Intro para reenviar · Esc para cancelar</translation>
    </message>
</context>
<context>
    <name>EngineRunner</name>
    <message>
        <source>Qwen Desk is closing.</source>
        <translation>Qwen Desk se está cerrando.</translation>
    </message>
    <message>
        <source>The model could not be loaded: {error}</source>
        <translation>No se pudo cargar el modelo: {error}</translation>
    </message>
    <message>
        <source>The request could not be prepared: {error}</source>
        <translation>No se pudo preparar la solicitud: {error}</translation>
    </message>
    <message>
        <source>This conversation needs about {needed} tokens, but the model&apos;s context holds {size}.</source>
        <translation>Esta conversación necesita unos {needed} tokens, pero el contexto del modelo admite {size}.</translation>
    </message>
    <message>
        <source>Generation failed: {error}</source>
        <translation>Error en la generación: {error}</translation>
    </message>
    <message>
        <source>The engine stopped.</source>
        <translation>El motor se detuvo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>thinking on/off</source>
        <translation>pensamiento activable</translation>
    </message>
    <message>
        <source>always thinks</source>
        <translation>siempre piensa</translation>
    </message>
    <message>
        <source>no thinking</source>
        <translation>sin pensamiento</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>No hay ningún modelo cargado</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation>Modelo cargado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;Importar chats…</translation>
    </message>
    <message>
        <source>&amp;Export all chats…</source>
        <translation>&amp;Exportar todos los chats…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>Model &amp;library</source>
        <translation>&amp;Biblioteca de modelos</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>&amp;Conectar a un servidor…</translation>
    </message>
    <message>
        <source>Back to &amp;chat</source>
        <translation>&amp;Volver al chat</translation>
    </message>
    <message>
        <source>&amp;Download a recommended model</source>
        <translation>&amp;Descargar un modelo recomendado</translation>
    </message>
    <message>
        <source>&amp;Unload model</source>
        <translation>Ce&amp;rrar modelo</translation>
    </message>
    <message>
        <source>Free the memory the loaded model takes</source>
        <translation>Liberar la memoria que ocupa el modelo cargado</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>&amp;Buscar chats</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>Cambiar &amp;nombre del chat</translation>
    </message>
    <message>
        <source>Focus &amp;message box</source>
        <translation>Ir al cuadro de &amp;mensaje</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>Igual que el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Qwen Desk</source>
        <translation>A&amp;cerca de Qwen Desk</translation>
    </message>
    <message>
        <source>No model yet. Download the model recommended for this computer, or browse the library (it also finds models other apps already downloaded).</source>
        <translation>Aún no hay ningún modelo. Descarga el modelo recomendado para este equipo o explora la biblioteca (también encuentra los modelos que otras aplicaciones ya han descargado).</translation>
    </message>
    <message>
        <source>Download recommended model</source>
        <translation>Descargar el modelo recomendado</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>Explorar modelos</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>Abrir un archivo GGUF…</translation>
    </message>
    <message>
        <source>Message deleted (with what followed it). It stays in the trash until you empty it.</source>
        <translation>Mensaje eliminado (junto con lo que venía después). Se queda en la papelera hasta que la vacíes.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Stop the reply (Esc) before resending an edited message.</source>
        <translation>Detén la respuesta (Esc) antes de reenviar un mensaje editado.</translation>
    </message>
    <message>
        <source>New chat with a summary</source>
        <translation>Nuevo chat con un resumen</translation>
    </message>
    <message>
        <source>Drop the oldest turns</source>
        <translation>Omitir los turnos más antiguos</translation>
    </message>
    <message>
        <source>Reload with {size} context</source>
        <translation>Recargar con un contexto de {size}</translation>
    </message>
    <message>
        <source>Shorten my message to fit</source>
        <translation>Acortar mi mensaje para que quepa</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>Abrir un modelo</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Cargando {name}…</translation>
    </message>
    <message>
        <source>Connecting to {model}…</source>
        <translation>Conectando con {model}…</translation>
    </message>
    <message>
        <source>Connecting to {model} at {address}…</source>
        <translation>Conectando con {model} en {address}…</translation>
    </message>
    <message>
        <source>{name} · {engine} · context {size} · {thinking}</source>
        <translation>{name} · {engine} · contexto {size} · {thinking}</translation>
    </message>
    <message>
        <source>Load with {size} context</source>
        <translation>Cargar con un contexto de {size}</translation>
    </message>
    <message>
        <source>{name} was unloaded to make room; no model is loaded now.</source>
        <translation>{name} se cerró para liberar memoria; ahora no hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>Load {name} again</source>
        <translation>Volver a cargar {name}</translation>
    </message>
    <message>
        <source>Reload now</source>
        <translation>Recargar ahora</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Qwen Desk</source>
        <translation>Acerca de Qwen Desk</translation>
    </message>
    <message>
        <source>Qwen models on your own computer, offline.</source>
        <translation>Modelos Qwen en tu propio equipo, sin conexión.</translation>
    </message>
</context>
<context>
    <name>Maths</name>
    <message>
        <source>Could not typeset: {reason}</source>
        <translation>No se pudo componer la fórmula: {reason}</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The model that answers</source>
        <translation>El modelo que responde</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>No hay ningún modelo cargado</translation>
    </message>
    <message>
        <source>Open GGUF file…</source>
        <translation>Abrir archivo GGUF…</translation>
    </message>
    <message>
        <source>Unload model</source>
        <translation>Cerrar modelo</translation>
    </message>
    <message>
        <source>Free the memory the model takes</source>
        <translation>Liberar la memoria que ocupa el modelo</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Abrir un modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
</context>
<context>
    <name>PlainTranscript</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Conversación</translation>
    </message>
</context>
<context>
    <name>PlainView</name>
    <message>
        <source>Rich transcript unavailable: {reason}; showing plain view</source>
        <translation>Vista enriquecida de la conversación no disponible: {reason}; se muestra la vista simple</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <source>System prompt and sampling…</source>
        <translation>Prompt del sistema y muestreo…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>{name} (edited)</source>
        <translation>{name} (editado)</translation>
    </message>
    <message>
        <source>System prompt preset

{prompt}</source>
        <translation>Preajuste del prompt del sistema

{prompt}</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>Sin prompt del sistema</translation>
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
        <translation>Programación</translation>
    </message>
    <message>
        <source>Maths</source>
        <translation>Matemáticas</translation>
    </message>
</context>
<context>
    <name>SamplingBox</name>
    <message>
        <source>Load a model to see the values its card recommends; Qwen3&apos;s are shown.</source>
        <translation>Carga un modelo para ver los valores que recomienda su ficha; se muestran los de Qwen3.</translation>
    </message>
    <message>
        <source>At most {count} tokens per reply (Settings)</source>
        <translation>Como máximo {count} tokens por respuesta (Configuración)</translation>
    </message>
    <message>
        <source>Sampling for this chat</source>
        <translation>Muestreo de este chat</translation>
    </message>
    <message>
        <source>Use the model&apos;s recommended values</source>
        <translation>Usar los valores recomendados del modelo</translation>
    </message>
    <message>
        <source>On: each reply uses what the loaded model&apos;s card (or your Settings) recommends, for thinking and non-thinking replies alike. Off: this chat keeps its own values.</source>
        <translation>Activado: cada respuesta usa lo que recomienda la ficha del modelo cargado (o tu Configuración), tanto en las respuestas con pensamiento como en las que no lo tienen. Desactivado: este chat conserva sus propios valores.</translation>
    </message>
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
        <source>Max tokens</source>
        <translation>Máximo de tokens</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatoria</translation>
    </message>
    <message>
        <source>The same seed and text give the same reply; Random: a new one</source>
        <translation>La misma semilla y el mismo texto dan la misma respuesta; Aleatoria: una nueva cada vez</translation>
    </message>
    <message>
        <source>These values apply, and why:</source>
        <translation>Se aplican estos valores, y por qué:</translation>
    </message>
    <message>
        <source>This chat&apos;s own values apply to every reply in it, on any model.</source>
        <translation>Los valores propios de este chat se aplican a todas sus respuestas, con cualquier modelo.</translation>
    </message>
    <message>
        <source>Recommended instead:</source>
        <translation>En su lugar se recomienda:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Abrir un modelo GGUF</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Rename the selected chat</source>
        <translation>Cambiar el nombre del chat seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected chat (Undo available)</source>
        <translation>Eliminar el chat seleccionado (se puede deshacer)</translation>
    </message>
    <message>
        <source>Send (Shift+Enter: new line); also when editing a sent message</source>
        <translation>Enviar (Mayús+Intro: línea nueva); también al editar un mensaje enviado</translation>
    </message>
    <message>
        <source>Stop the reply; cancel editing a sent message</source>
        <translation>Detener la respuesta; cancelar la edición de un mensaje enviado</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>Ir al cuadro de mensaje</translation>
    </message>
    <message>
        <source>Next pane: chats, transcript, message box (Shift+F6: back)</source>
        <translation>Panel siguiente: chats, conversación, cuadro de mensaje (Mayús+F6: anterior)</translation>
    </message>
    <message>
        <source>Model library</source>
        <translation>Biblioteca de modelos</translation>
    </message>
    <message>
        <source>Show or hide the resource meters</source>
        <translation>Mostrar u ocultar los medidores de recursos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Qwen Desk is already running: its window was brought forward to open {name}.</source>
        <translation>Qwen Desk ya se está ejecutando: se ha traído su ventana al frente para abrir {name}.</translation>
    </message>
    <message>
        <source>Qwen Desk is already running: its window was brought forward.</source>
        <translation>Qwen Desk ya se está ejecutando: se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>Qwen Desk is already running (process {pid}) with this history, but it does not answer. Close it, or end that process, and start Qwen Desk again.</source>
        <translation>Qwen Desk ya se está ejecutando (proceso {pid}) con este historial, pero no responde. Ciérralo, o finaliza ese proceso, y vuelve a iniciar Qwen Desk.</translation>
    </message>
    <message>
        <source>Qwen Desk is already running</source>
        <translation>Qwen Desk ya se está ejecutando</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System prompt and sampling: {preset}</source>
        <translation>Prompt del sistema y muestreo: {preset}</translation>
    </message>
    <message>
        <source>Edit system prompt and sampling</source>
        <translation>Editar el prompt del sistema y el muestreo</translation>
    </message>
    <message>
        <source>The {preset} preset tells the model how to behave in this chat. Changes apply to the next message.</source>
        <translation>El preajuste {preset} indica al modelo cómo comportarse en este chat. Los cambios se aplican al siguiente mensaje.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restablecer el valor predeterminado</translation>
    </message>
</context>
<context>
    <name>ToolCards</name>
    <message>
        <source>allowed by you</source>
        <translation>permitida por ti</translation>
    </message>
    <message>
        <source>allowed for this chat</source>
        <translation>permitida en este chat</translation>
    </message>
    <message>
        <source>trusted tool</source>
        <translation>herramienta de confianza</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>No ejecutada</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Always in this chat</source>
        <translation>Siempre en este chat</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>Esperando tu aprobación</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En espera…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>{state} in {time}</source>
        <translation>{state} en {time}</translation>
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
        <source>Runs on this computer in a separate process, in a fresh temporary folder that is removed afterwards, with a time limit and an output limit.</source>
        <translation>Se ejecuta en este equipo en un proceso aparte, dentro de una carpeta temporal nueva que se elimina al terminar, con un tiempo límite y un límite de salida.</translation>
    </message>
    <message>
        <source>Memory and file sizes are limited; the network is cut off where the kernel allows unprivileged namespaces (otherwise blocked on a best-effort basis).</source>
        <translation>La memoria y el tamaño de los archivos están limitados; la red se corta donde el kernel permite espacios de nombres sin privilegios (si no, se bloquea en la medida de lo posible).</translation>
    </message>
    <message>
        <source>File sizes are limited; macOS ignores the memory limit, and the network is blocked on a best-effort basis only.</source>
        <translation>El tamaño de los archivos está limitado; macOS ignora el límite de memoria y la red solo se bloquea en la medida de lo posible.</translation>
    </message>
    <message>
        <source>Memory is limited; the network is blocked on a best-effort basis only.</source>
        <translation>La memoria está limitada; la red solo se bloquea en la medida de lo posible.</translation>
    </message>
    <message>
        <source>Files outside the folder are not hidden: it is not a sandbox.</source>
        <translation>Los archivos de fuera de la carpeta no quedan ocultos: no es un entorno aislado (sandbox).</translation>
    </message>
    <message>
        <source>this tool</source>
        <translation>esta herramienta</translation>
    </message>
    <message>
        <source>Run {name} from the {server} server?</source>
        <translation>¿Ejecutar {name} del servidor {server}?</translation>
    </message>
    <message>
        <source>Run {name}?</source>
        <translation>¿Ejecutar {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Show all (%n more line(s), {size})</source>
        <translation><numerusform>Mostrar todo (%n línea más, {size})</numerusform><numerusform>Mostrar todo (%n líneas más, {size})</numerusform></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Tool call {name}: {state}</source>
        <translation>Llamada a la herramienta {name}: {state}</translation>
    </message>
    <message>
        <source>unknown tool</source>
        <translation>herramienta desconocida</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Run this Python code</source>
        <translation>Ejecutar este código Python</translation>
    </message>
    <message>
        <source>Output · running…</source>
        <translation>Salida · en ejecución…</translation>
    </message>
    <message>
        <source>Output · ran</source>
        <translation>Salida · ejecutado</translation>
    </message>
    <message>
        <source>Output · failed</source>
        <translation>Salida · falló</translation>
    </message>
    <message>
        <source>Output · ran in {time}</source>
        <translation>Salida · ejecutado en {time}</translation>
    </message>
    <message>
        <source>Output · failed in {time}</source>
        <translation>Salida · falló en {time}</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(sin salida)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
</context>
<context>
    <name>ToolsBar</name>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Use Python</source>
        <translation>Usar Python</translation>
    </message>
    <message>
        <source>Use Python (Qwen2.5-Math)</source>
        <translation>Usar Python (Qwen2.5-Math)</translation>
    </message>
    <message>
        <source>This model cannot use tools</source>
        <translation>Este modelo no puede usar herramientas</translation>
    </message>
    <message>
        <source>{name}&apos;s chat template has no tool support, so tools are not offered to it (it would ignore them). Load a model that knows tools, such as Qwen3 or Qwen2.5.</source>
        <translation>La plantilla de chat de {name} no admite herramientas, así que no se le ofrecen (las ignoraría). Carga un modelo que sepa usar herramientas, como Qwen3 o Qwen2.5.</translation>
    </message>
    <message>
        <source>Tools on · {count}</source>
        <translation>Herramientas activadas · {count}</translation>
    </message>
    <message>
        <source>Tools on · none</source>
        <translation>Herramientas activadas · ninguna</translation>
    </message>
    <message>
        <source>Tools offered to the model: {names}</source>
        <translation>Herramientas ofrecidas al modelo: {names}</translation>
    </message>
    <message>
        <source>Tools are on but none is available: switch the Python runner or an MCP server on in Settings ▸ Tools.</source>
        <translation>Las herramientas están activadas, pero no hay ninguna disponible: activa el ejecutor de Python o un servidor MCP en Configuración ▸ Herramientas.</translation>
    </message>
    <message>
        <source>Qwen2.5-Math writes Python and Qwen Desk runs it (asking first, like the python tool), then the model goes on with the output: tool-integrated reasoning.</source>
        <translation>Qwen2.5-Math escribe Python y Qwen Desk lo ejecuta (preguntando antes, como con la herramienta python); después el modelo continúa a partir de la salida: razonamiento integrado con herramientas.</translation>
    </message>
    <message>
        <source>Switch the Python runner on in Settings ▸ Tools to let Qwen2.5-Math use it.</source>
        <translation>Activa el ejecutor de Python en Configuración ▸ Herramientas para que Qwen2.5-Math pueda usarlo.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>Edita tu mensaje</translation>
    </message>
    <message>
        <source>Save &amp; resend</source>
        <translation>Guardar y reenviar</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Ir al último mensaje</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <source>Stop this code</source>
        <translation>Detener este código</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Not sent to the model</source>
        <translation>No se envió al modelo</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>TTFT {seconds} s</source>
        <translation>TTFT {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation><numerusform>%n token</numerusform><numerusform>%n tokens</numerusform></translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>Pensó durante {seconds} s</translation>
    </message>
    <message>
        <source>Thought · {tokens}</source>
        <translation>Pensamiento · {tokens}</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensamiento</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>stopped at the length limit</source>
        <translation>detenida al alcanzar el límite de longitud</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>Long message ({size} K characters), shown as plain text</source>
        <translation>Mensaje largo ({size} K caracteres), se muestra como texto sin formato</translation>
    </message>
</context>
<context>
    <name>WebTranscript</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Conversación</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>; switch &lt;b&gt;Thinking&lt;/b&gt; on for harder questions</source>
        <translation>; activa &lt;b&gt;Pensamiento&lt;/b&gt; para las preguntas más difíciles</translation>
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
&lt;h1&gt;Te damos la bienvenida a Qwen Desk&lt;/h1&gt;
&lt;p&gt;Chatea con modelos Qwen que se ejecutan por completo en este equipo. Nada de lo que escribes sale de él.&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Abre un modelo que ya tengas&lt;/b&gt;: &lt;i&gt;Archivo ▸ Abrir modelo…&lt;/i&gt; (Ctrl+O) y elige un
archivo &lt;code&gt;.gguf&lt;/code&gt;, o elige uno en el selector de modelos de abajo.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;O descarga uno&lt;/b&gt;: &lt;i&gt;Modelos ▸ Biblioteca de modelos&lt;/i&gt; (Ctrl+Mayús+L) muestra qué modelos
Qwen caben en este equipo (para chat, código y matemáticas) y los descarga, con descargas reanudables y
verificadas. También encuentra los modelos que otras aplicaciones (LM Studio, Ollama, la caché de Hugging Face)
ya han guardado en este disco.&lt;/li&gt;
&lt;li&gt;Escribe tu mensaje abajo y pulsa Intro.&lt;/li&gt;
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
&lt;p&gt;Listo. Pregunta lo que quieras: que explique un concepto, que escriba o corrija código, que resuelva paso a paso un problema de matemáticas.
Elige &lt;b&gt;Programación&lt;/b&gt; o &lt;b&gt;Matemáticas&lt;/b&gt; abajo para usar un prompt del sistema adaptado{thinking}.&lt;/p&gt;
&lt;/div&gt;
</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modo sin conexión</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Resource m&amp;eters</source>
        <translation>Medidores de &amp;recursos</translation>
    </message>
    <message>
        <source>O&amp;ffline mode</source>
        <translation>&amp;Modo sin conexión</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Sin conexión</translation>
    </message>
    <message>
        <source>○ Online</source>
        <translation>○ En línea</translation>
    </message>
    <message>
        <source>Offline: Qwen Desk makes no network connection (downloads and Hub search are off). Click to go online.</source>
        <translation>Sin conexión: Qwen Desk no establece ninguna conexión de red (las descargas y la búsqueda en el Hub están desactivadas). Haz clic para conectarte.</translation>
    </message>
    <message>
        <source>Online: only the model library reaches the Hugging Face Hub. Click to go offline.</source>
        <translation>En línea: solo la biblioteca de modelos se conecta al Hub de Hugging Face. Haz clic para trabajar sin conexión.</translation>
    </message>
    <message numerus="yes">
        <source>Diagnostics copied to the clipboard (%n line(s); your token and home folder are masked). Paste them into a bug report.</source>
        <translation><numerusform>Diagnóstico copiado en el portapapeles (%n línea; tu token y tu carpeta personal aparecen ocultos). Pégalo en un informe de errores.</numerusform><numerusform>Diagnóstico copiado en el portapapeles (%n líneas; tu token y tu carpeta personal aparecen ocultos). Pégalo en un informe de errores.</numerusform></translation>
    </message>
</context>
</TS>

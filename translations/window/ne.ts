<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne">
<context>
    <name>App</name>
    <message>
        <source>Qwen Desk cannot open its chat history</source>
        <translation>Qwen Desk ले आफ्नो च्याट इतिहास खोल्न सक्दैन</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Waiting for an API request to finish…</source>
        <translation>API अनुरोध सकिन पर्खँदै…</translation>
    </message>
    <message>
        <source>Open a model first: File ▸ Open model… (Ctrl+O).</source>
        <translation>पहिले मोडेल खोल्नुहोस्: फाइल ▸ मोडेल खोल्नुहोस्… (Ctrl+O)।</translation>
    </message>
    <message>
        <source>The reply failed: {error}</source>
        <translation>जवाफ असफल भयो: {error}</translation>
    </message>
    <message>
        <source>Reply stopped</source>
        <translation>जवाफ रोकियो</translation>
    </message>
    <message>
        <source>Reply finished</source>
        <translation>जवाफ सकियो</translation>
    </message>
    <message>
        <source>Summarising the conversation for a new chat…</source>
        <translation>नयाँ च्याटका लागि कुराकानीको सारांश बनाइँदै…</translation>
    </message>
    <message>
        <source>The summary could not be made.</source>
        <translation>सारांश बनाउन सकिएन।</translation>
    </message>
    <message>
        <source>This conversation needs about {needed} tokens, but the model&apos;s context holds {size}. Nothing was cut; choose how to continue:</source>
        <translation>यो कुराकानीलाई करिब {needed} टोकन चाहिन्छ, तर मोडेलको कन्टेक्स्टमा {size} मात्र अटाउँछ। केही पनि काटिएको छैन; कसरी अघि बढ्ने हो छान्नुहोस्:</translation>
    </message>
    <message>
        <source>Your message alone needs about {needed} tokens, more than the model&apos;s context of {size} holds. Nothing was cut; choose how to continue:</source>
        <translation>तपाईंको सन्देशलाई मात्रै करिब {needed} टोकन चाहिन्छ, जुन मोडेलको {size} को कन्टेक्स्टमा अटाउनेभन्दा बढी हो। केही पनि काटिएको छैन; कसरी अघि बढ्ने हो छान्नुहोस्:</translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message>
        <source>This chat&apos;s own sampling</source>
        <translation>यो च्याटको आफ्नै स्याम्पलिङ</translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>Type a message first.</source>
        <translation>पहिले सन्देश टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Only a reply can be regenerated.</source>
        <translation>जवाफ मात्र पुनः उत्पन्न गर्न सकिन्छ।</translation>
    </message>
    <message>
        <source>That reply is not in the conversation.</source>
        <translation>त्यो जवाफ कुराकानीमा छैन।</translation>
    </message>
    <message>
        <source>The edited message is empty.</source>
        <translation>सम्पादित सन्देश खाली छ।</translation>
    </message>
    <message>
        <source>The edited message went missing.</source>
        <translation>सम्पादित सन्देश हरायो।</translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation>जवाफ पर्खिरहेको कुनै सन्देश छैन।</translation>
    </message>
    <message>
        <source>The conversation is empty.</source>
        <translation>कुराकानी खाली छ।</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation transcript</source>
        <translation>कुराकानीका सन्देशहरू</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>बन्द गरिएको</translation>
    </message>
    <message>
        <source>QtWebEngine could not be loaded ({error})</source>
        <translation>QtWebEngine लोड गर्न सकिएन ({error})</translation>
    </message>
    <message>
        <source>The messages, as a list. Tab reaches each message&apos;s buttons; F6 moves to the message box.</source>
        <translation>सन्देशहरू, सूचीका रूपमा। Tab ले हरेक सन्देशका बटनहरूमा पुर्याउँछ; F6 ले सन्देश बक्समा लैजान्छ।</translation>
    </message>
</context>
<context>
    <name>Citations</name>
    <message>
        <source>{file}, page {page}</source>
        <translation>{file}, पृष्ठ {page}</translation>
    </message>
    <message>
        <source>{file}, section {section}</source>
        <translation>{file}, खण्ड {section}</translation>
    </message>
    <message numerus="yes">
        <source>Used %n document(s) in full</source>
        <translation><numerusform>%n कागजात पूरै प्रयोग गरियो</numerusform><numerusform>%n कागजात पूरै प्रयोग गरिए</numerusform></translation>
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
        <translation>कपी गर्नुहोस्</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>कपी गरियो</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>कोड कपी गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>CodeRuns</name>
    <message>
        <source>Exit status 0.</source>
        <translation>प्रोग्राम exit code 0 सहित सकियो।</translation>
    </message>
    <message>
        <source>Running code needs the Python runner, which is not available here.</source>
        <translation>कोड चलाउन Python रनर चाहिन्छ, जुन यहाँ उपलब्ध छैन।</translation>
    </message>
    <message>
        <source>The Python runner is off. Switch it on in Settings ▸ Tools to run code.</source>
        <translation>Python रनर बन्द छ। कोड चलाउन यसलाई सेटिङ्स ▸ टुलहरूमा सक्रिय गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The code could not be run: {error}</source>
        <translation>कोड चलाउन सकिएन: {error}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message composer</source>
        <translation>सन्देश लेख्ने क्षेत्र</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line.</source>
        <translation>Enter ले पठाउँछ; Shift+Enter ले नयाँ लाइन सुरु गर्छ।</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Enter starts a new line.</source>
        <translation>Ctrl+Enter ले पठाउँछ; Enter ले नयाँ लाइन सुरु गर्छ।</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>मोडेल लोड हुँदै…</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>मोडेल लोड हुने प्रगति</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>चिन्तन</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>चिन्तन बजेट</translation>
    </message>
    <message>
        <source>Thinking budget: most tokens to think before answering</source>
        <translation>चिन्तन बजेट: जवाफ दिनुअघि चिन्तन गर्न प्रयोग हुने अधिकतम टोकन</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>असीमित</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> टोकन</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजेट</translation>
    </message>
    <message>
        <source>Composer message</source>
        <translation>सन्देश क्षेत्रको सूचना</translation>
    </message>
    <message>
        <source>Let the model think before it answers</source>
        <translation>जवाफ दिनुअघि मोडेललाई चिन्तन गर्न दिनुहोस्</translation>
    </message>
    <message>
        <source>Thinking: always</source>
        <translation>चिन्तन: सधैँ</translation>
    </message>
    <message>
        <source>This model always thinks first</source>
        <translation>यो मोडेलले सधैँ पहिले चिन्तन गर्छ</translation>
    </message>
    <message>
        <source>Thinking: off</source>
        <translation>चिन्तन: बन्द</translation>
    </message>
    <message>
        <source>This model answers without thinking</source>
        <translation>यो मोडेलले चिन्तन नगरी जवाफ दिन्छ</translation>
    </message>
    <message>
        <source>Load a model to choose thinking</source>
        <translation>चिन्तन छान्न मोडेल लोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  रोक्नुहोस्</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>उत्पादन रोक्नुहोस्</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>जवाफ रोक्नुहोस् (Esc)</translation>
    </message>
    <message>
        <source>Send  ➤</source>
        <translation>पठाउनुहोस्  ➤</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>सन्देश पठाउनुहोस्</translation>
    </message>
    <message>
        <source>Send the message ({keys})</source>
        <translation>सन्देश पठाउनुहोस् ({keys})</translation>
    </message>
    <message>
        <source>Load a model to start chatting</source>
        <translation>च्याट सुरु गर्न मोडेल लोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>Message Qwen (Enter to send, Shift+Enter: new line)</source>
        <translation>Qwen लाई सन्देश लेख्नुहोस् (पठाउन Enter, नयाँ लाइन: Shift+Enter)</translation>
    </message>
    <message>
        <source>Message Qwen (Ctrl+Enter to send)</source>
        <translation>Qwen लाई सन्देश लेख्नुहोस् (पठाउन Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ComposerFiles</name>
    <message>
        <source>{name} is a folder; drop the files inside it instead.</source>
        <translation>{name} फोल्डर हो; यसको सट्टा यसभित्रका फाइलहरू ड्रप गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} is {size}; files up to {limit} can be added to a message. Paste the part you need instead.</source>
        <translation>{name} {size} को छ; सन्देशमा {limit} सम्मका फाइलहरू मात्र थप्न सकिन्छ। यसको सट्टा तपाईंलाई चाहिएको भाग टाँस्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} could not be read ({error}).</source>
        <translation>{name} पढ्न सकिएन ({error})।</translation>
    </message>
    <message>
        <source>{name} is not a text file, so it was not added. Only text and code files (.txt, .md, .py, .json, .csv …) can go into a message.</source>
        <translation>{name} टेक्स्ट फाइल होइन, त्यसैले यसलाई थपिएन। सन्देशमा टेक्स्ट र कोड फाइलहरू (.txt, .md, .py, .json, .csv …) मात्र राख्न सकिन्छ।</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>सर्भरमा जडान गर्नुहोस्</translation>
    </message>
    <message>
        <source>Connect to a model server</source>
        <translation>मोडेल सर्भरमा जडान गर्नुहोस्</translation>
    </message>
    <message>
        <source>Chat with a model served by vLLM, SGLang, llama.cpp&apos;s llama-server, Ollama, LM Studio or another Qwen Desk. Give the server&apos;s OpenAI-compatible address.</source>
        <translation>vLLM, SGLang, llama.cpp को llama-server, Ollama, LM Studio वा अर्को Qwen Desk ले उपलब्ध गराएको मोडेलसँग च्याट गर्नुहोस्। सर्भरको OpenAI-अनुकूल ठेगाना दिनुहोस्।</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>सर्भरको ठेगाना</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ठेगाना:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API कुञ्जी</translation>
    </message>
    <message>
        <source>Only if the server asks for one</source>
        <translation>सर्भरले मागेमा मात्र</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API कुञ्जी:</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation>कुञ्जीलाई प्रणालीको किचेनमा राख्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;List models</source>
        <translation>मोडेलहरूको सूची लिनुहोस्</translation>
    </message>
    <message>
        <source>Models on the server</source>
        <translation>सर्भरमा भएका मोडेलहरू</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>जडान गर्नुहोस्</translation>
    </message>
    <message>
        <source>Offline mode is on: only a server on this computer can be reached. Turn offline mode off to use one on another machine.</source>
        <translation>अफलाइन मोड सक्रिय छ: यो कम्प्युटरमा रहेको सर्भरमा मात्र पुग्न सकिन्छ। अर्को मेसिनमा रहेको सर्भर प्रयोग गर्न अफलाइन मोड बन्द गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first.</source>
        <translation>पहिले सर्भरको ठेगाना टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Asking {address} for its models…</source>
        <translation>{address} सँग यसका मोडेलहरू सोधिँदै…</translation>
    </message>
    <message>
        <source>The server lists no models. Check that a model is loaded there.</source>
        <translation>सर्भरले कुनै मोडेल देखाउँदैन। त्यहाँ कुनै मोडेल लोड गरिएको छ कि छैन जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The key could not be kept in the keychain ({error}); it is used this time.</source>
        <translation>कुञ्जीलाई किचेनमा राख्न सकिएन ({error}); यसपटक मात्र यसको प्रयोग गरिन्छ।</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Could not collect the diagnostics ({error}). Try again; if it keeps failing, attach the log files to the report instead.</source>
        <translation>निदान जानकारी सङ्कलन गर्न सकिएन ({error})। फेरि प्रयास गर्नुहोस्; फेरि पनि असफल भइरहे यसको सट्टा लग फाइलहरू रिपोर्टमा संलग्न गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>EditBox</name>
    <message>
        <source>Edit message</source>
        <translation>सन्देश सम्पादन गर्नुहोस्</translation>
    </message>
    <message>
        <source>Edit your message; saving sends it again as a new version.</source>
        <translation>आफ्नो सन्देश सम्पादन गर्नुहोस्; सेभ गर्दा यसलाई नयाँ संस्करणका रूपमा फेरि पठाइन्छ।</translation>
    </message>
    <message>
        <source>Edited message</source>
        <translation>सम्पादित सन्देश</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Save &amp;&amp; resend</source>
        <translation>सेभ गरेर फेरि पठाउनुहोस्</translation>
    </message>
    <message>
        <source>Save and resend</source>
        <translation>सेभ गरेर फेरि पठाउनुहोस्</translation>
    </message>
    <message>
        <source>Enter to resend · Shift+Enter for a new line · Esc to cancel</source>
        <translation>फेरि पठाउन Enter · नयाँ लाइनका लागि Shift+Enter · रद्द गर्न Esc</translation>
    </message>
    <message>
        <source>Ctrl+Enter to resend · Esc to cancel</source>
        <translation>फेरि पठाउन Ctrl+Enter · रद्द गर्न Esc</translation>
    </message>
</context>
<context>
    <name>EngineRunner</name>
    <message>
        <source>Qwen Desk is closing.</source>
        <translation>Qwen Desk बन्द हुँदैछ।</translation>
    </message>
    <message>
        <source>The model could not be loaded: {error}</source>
        <translation>मोडेल लोड गर्न सकिएन: {error}</translation>
    </message>
    <message>
        <source>The request could not be prepared: {error}</source>
        <translation>अनुरोध तयार गर्न सकिएन: {error}</translation>
    </message>
    <message>
        <source>This conversation needs about {needed} tokens, but the model&apos;s context holds {size}.</source>
        <translation>यो कुराकानीलाई करिब {needed} टोकन चाहिन्छ, तर मोडेलको कन्टेक्स्टमा {size} मात्र अटाउँछ।</translation>
    </message>
    <message>
        <source>Generation failed: {error}</source>
        <translation>उत्पादन असफल भयो: {error}</translation>
    </message>
    <message>
        <source>The engine stopped.</source>
        <translation>इन्जिन रोकियो।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>thinking on/off</source>
        <translation>चिन्तन सक्रिय/निष्क्रिय</translation>
    </message>
    <message>
        <source>always thinks</source>
        <translation>सधैँ चिन्तन गर्छ</translation>
    </message>
    <message>
        <source>no thinking</source>
        <translation>चिन्तन गर्दैन</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>कुनै मोडेल लोड गरिएको छैन</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation>लोड गरिएको मोडेल</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>नयाँ च्याट</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>मोडेल खोल्नुहोस्…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>च्याटहरू आयात गर्नुहोस्…</translation>
    </message>
    <message>
        <source>&amp;Export all chats…</source>
        <translation>सबै च्याटहरू निर्यात गर्नुहोस्…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>रद्दी टोकरी…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहिरिनुहोस्</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>मोडेलहरू</translation>
    </message>
    <message>
        <source>Model &amp;library</source>
        <translation>मोडेल लाइब्रेरी</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>सर्भरमा जडान गर्नुहोस्…</translation>
    </message>
    <message>
        <source>Back to &amp;chat</source>
        <translation>च्याटमा फर्कनुहोस्</translation>
    </message>
    <message>
        <source>&amp;Download a recommended model</source>
        <translation>सिफारिस गरिएको मोडेल डाउनलोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Unload model</source>
        <translation>मोडेल अनलोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>Free the memory the loaded model takes</source>
        <translation>लोड गरिएको मोडेलले ओगटेको मेमोरी खाली गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>कागजातहरू</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>च्याटहरू खोज्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>च्याटको नाम बदल्नुहोस्</translation>
    </message>
    <message>
        <source>Focus &amp;message box</source>
        <translation>सन्देश बक्समा फोकस गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>अर्को खण्ड</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>अघिल्लो खण्ड</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>थिम</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>प्रणाली जस्तै</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>उज्यालो</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>अँध्यारो</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>उच्च कन्ट्रास्ट</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>किबोर्ड सर्टकटहरू</translation>
    </message>
    <message>
        <source>&amp;About Qwen Desk</source>
        <translation>Qwen Desk को बारेमा</translation>
    </message>
    <message>
        <source>No model yet. Download the model recommended for this computer, or browse the library (it also finds models other apps already downloaded).</source>
        <translation>अहिलेसम्म कुनै मोडेल छैन। यो कम्प्युटरका लागि सिफारिस गरिएको मोडेल डाउनलोड गर्नुहोस्, वा लाइब्रेरी ब्राउज गर्नुहोस् (यसले अन्य एपहरूले पहिल्यै डाउनलोड गरेका मोडेलहरू पनि भेट्टाउँछ)।</translation>
    </message>
    <message>
        <source>Download recommended model</source>
        <translation>सिफारिस गरिएको मोडेल डाउनलोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>मोडेलहरू ब्राउज गर्नुहोस्</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>GGUF फाइल खोल्नुहोस्…</translation>
    </message>
    <message>
        <source>Message deleted (with what followed it). It stays in the trash until you empty it.</source>
        <translation>सन्देश मेटाइयो (त्यसपछिका सन्देशहरूसहित)। तपाईंले रद्दी टोकरी खाली नगरेसम्म यो त्यहीँ रहन्छ।</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत् गर्नुहोस्</translation>
    </message>
    <message>
        <source>Stop the reply (Esc) before resending an edited message.</source>
        <translation>सम्पादित सन्देश फेरि पठाउनुअघि जवाफ रोक्नुहोस् (Esc)।</translation>
    </message>
    <message>
        <source>New chat with a summary</source>
        <translation>सारांशसहित नयाँ च्याट</translation>
    </message>
    <message>
        <source>Drop the oldest turns</source>
        <translation>सबैभन्दा पुराना सन्देशहरू हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Reload with {size} context</source>
        <translation>{size} को कन्टेक्स्टसहित रिलोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>Shorten my message to fit</source>
        <translation>मेरो सन्देशलाई अटाउने गरी छोटो बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>मोडेल खोल्नुहोस्</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF मोडेलहरू (*.gguf);;सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} लोड हुँदै…</translation>
    </message>
    <message>
        <source>Connecting to {model}…</source>
        <translation>{model} मा जडान गर्दै…</translation>
    </message>
    <message>
        <source>Connecting to {model} at {address}…</source>
        <translation>{address} मा रहेको {model} मा जडान गर्दै…</translation>
    </message>
    <message>
        <source>{name} · {engine} · context {size} · {thinking}</source>
        <translation>{name} · {engine} · कन्टेक्स्ट {size} · {thinking}</translation>
    </message>
    <message>
        <source>Load with {size} context</source>
        <translation>{size} को कन्टेक्स्टसहित लोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>{name} was unloaded to make room; no model is loaded now.</source>
        <translation>ठाउँ खाली गर्न {name} अनलोड गरियो; अहिले कुनै मोडेल लोड गरिएको छैन।</translation>
    </message>
    <message>
        <source>Load {name} again</source>
        <translation>{name} फेरि लोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>Reload now</source>
        <translation>अहिले नै रिलोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>किबोर्ड सर्टकटहरू</translation>
    </message>
    <message>
        <source>About Qwen Desk</source>
        <translation>Qwen Desk को बारेमा</translation>
    </message>
    <message>
        <source>Qwen models on your own computer, offline.</source>
        <translation>तपाईंकै कम्प्युटरमा, अफलाइन चल्ने Qwen मोडेलहरू।</translation>
    </message>
</context>
<context>
    <name>Maths</name>
    <message>
        <source>Could not typeset: {reason}</source>
        <translation>गणितीय सूत्र देखाउन सकिएन: {reason}</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>सन्देश</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>मोडेल</translation>
    </message>
    <message>
        <source>The model that answers</source>
        <translation>जवाफ दिने मोडेल</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>कुनै मोडेल लोड गरिएको छैन</translation>
    </message>
    <message>
        <source>Open GGUF file…</source>
        <translation>GGUF फाइल खोल्नुहोस्…</translation>
    </message>
    <message>
        <source>Unload model</source>
        <translation>मोडेल अनलोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>Free the memory the model takes</source>
        <translation>मोडेलले ओगटेको मेमोरी खाली गर्नुहोस्</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>GGUF मोडेल खोल्नुहोस्</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF मोडेलहरू (*.gguf)</translation>
    </message>
</context>
<context>
    <name>PlainTranscript</name>
    <message>
        <source>Conversation transcript</source>
        <translation>कुराकानीका सन्देशहरू</translation>
    </message>
</context>
<context>
    <name>PlainView</name>
    <message>
        <source>Rich transcript unavailable: {reason}; showing plain view</source>
        <translation>समृद्ध वार्तालाप दृश्य उपलब्ध छैन: {reason}; साधारण दृश्य देखाइँदै</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <source>System prompt and sampling…</source>
        <translation>सिस्टम प्रम्प्ट र स्याम्पलिङ…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>प्रिसेट</translation>
    </message>
    <message>
        <source>{name} (edited)</source>
        <translation>{name} (सम्पादित)</translation>
    </message>
    <message>
        <source>System prompt preset

{prompt}</source>
        <translation>सिस्टम प्रम्प्ट प्रिसेट

{prompt}</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>सिस्टम प्रम्प्ट छैन</translation>
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
        <translation>मोडेल कार्डले सिफारिस गरेका मानहरू हेर्न मोडेल लोड गर्नुहोस्; अहिले Qwen3 का मानहरू देखाइएका छन्।</translation>
    </message>
    <message>
        <source>At most {count} tokens per reply (Settings)</source>
        <translation>प्रति जवाफ बढीमा {count} टोकन (सेटिङ्स)</translation>
    </message>
    <message>
        <source>Sampling for this chat</source>
        <translation>यो च्याटको स्याम्पलिङ</translation>
    </message>
    <message>
        <source>Use the model&apos;s recommended values</source>
        <translation>मोडेलका सिफारिस गरिएका मानहरू प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <source>On: each reply uses what the loaded model&apos;s card (or your Settings) recommends, for thinking and non-thinking replies alike. Off: this chat keeps its own values.</source>
        <translation>सक्रिय: हरेक जवाफले लोड गरिएको मोडेलको कार्डले (वा तपाईंको सेटिङ्सले) सिफारिस गरेका मानहरू प्रयोग गर्छ, चिन्तनसहित र चिन्तनरहित दुवै जवाफका लागि। बन्द: यो च्याटले आफ्नै मानहरू राख्छ।</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>टेम्परेचर</translation>
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
        <translation>अधिकतम टोकन</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>सिड</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>अनियमित</translation>
    </message>
    <message>
        <source>The same seed and text give the same reply; Random: a new one</source>
        <translation>उही सिड र पाठले उही जवाफ दिन्छ; अनियमित: हरेक पटक नयाँ</translation>
    </message>
    <message>
        <source>These values apply, and why:</source>
        <translation>यी मानहरू लागू हुन्छन्, र किन:</translation>
    </message>
    <message>
        <source>This chat&apos;s own values apply to every reply in it, on any model.</source>
        <translation>यो च्याटका आफ्नै मानहरू यसका सबै जवाफमा लागू हुन्छन्, जुनसुकै मोडेलमा पनि।</translation>
    </message>
    <message>
        <source>Recommended instead:</source>
        <translation>सिफारिस गरिएका मानहरू (अहिले प्रयोगमा छैनन्):</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New chat</source>
        <translation>नयाँ च्याट</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>GGUF मोडेल खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>च्याटहरू खोज्नुहोस्</translation>
    </message>
    <message>
        <source>Rename the selected chat</source>
        <translation>छानिएको च्याटको नाम बदल्नुहोस्</translation>
    </message>
    <message>
        <source>Delete the selected chat (Undo available)</source>
        <translation>छानिएको च्याट मेटाउनुहोस् (पूर्ववत् गर्न सकिन्छ)</translation>
    </message>
    <message>
        <source>Send (Shift+Enter: new line); also when editing a sent message</source>
        <translation>पठाउनुहोस् (Shift+Enter: नयाँ लाइन); पठाइसकेको सन्देश सम्पादन गर्दा पनि</translation>
    </message>
    <message>
        <source>Stop the reply; cancel editing a sent message</source>
        <translation>जवाफ रोक्नुहोस्; पठाइसकेको सन्देशको सम्पादन रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>सन्देश बक्समा फोकस गर्नुहोस्</translation>
    </message>
    <message>
        <source>Next pane: chats, transcript, message box (Shift+F6: back)</source>
        <translation>अर्को खण्ड: च्याटहरू, वार्तालाप, सन्देश बक्स (Shift+F6: पछाडि)</translation>
    </message>
    <message>
        <source>Model library</source>
        <translation>मोडेल लाइब्रेरी</translation>
    </message>
    <message>
        <source>Show or hide the resource meters</source>
        <translation>स्रोत मिटरहरू देखाउनुहोस् वा लुकाउनुहोस्</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिङ्स</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>यो सूची</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहिरिनुहोस्</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Qwen Desk is already running: its window was brought forward to open {name}.</source>
        <translation>Qwen Desk पहिल्यै चलिरहेको छ: {name} खोल्न यसको विन्डोलाई अगाडि ल्याइयो।</translation>
    </message>
    <message>
        <source>Qwen Desk is already running: its window was brought forward.</source>
        <translation>Qwen Desk पहिल्यै चलिरहेको छ: यसको विन्डोलाई अगाडि ल्याइयो।</translation>
    </message>
    <message>
        <source>Qwen Desk is already running (process {pid}) with this history, but it does not answer. Close it, or end that process, and start Qwen Desk again.</source>
        <translation>Qwen Desk यही इतिहाससहित पहिल्यै चलिरहेको छ (प्रोसेस {pid}), तर यसले प्रतिक्रिया दिइरहेको छैन। यसलाई बन्द गर्नुहोस्, वा त्यो प्रोसेस अन्त्य गर्नुहोस्, अनि Qwen Desk फेरि सुरु गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Qwen Desk is already running</source>
        <translation>Qwen Desk पहिल्यै चलिरहेको छ</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System prompt and sampling: {preset}</source>
        <translation>सिस्टम प्रम्प्ट र स्याम्पलिङ: {preset}</translation>
    </message>
    <message>
        <source>Edit system prompt and sampling</source>
        <translation>सिस्टम प्रम्प्ट र स्याम्पलिङ सम्पादन गर्नुहोस्</translation>
    </message>
    <message>
        <source>The {preset} preset tells the model how to behave in this chat. Changes apply to the next message.</source>
        <translation>{preset} प्रिसेटले यो च्याटमा मोडेलले कस्तो व्यवहार गर्ने भनी बताउँछ। परिवर्तनहरू अर्को सन्देशदेखि लागू हुन्छन्।</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>सिस्टम प्रम्प्ट</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>पूर्वनिर्धारितमा रिसेट गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>ToolCards</name>
    <message>
        <source>allowed by you</source>
        <translation>तपाईंले अनुमति दिनुभयो</translation>
    </message>
    <message>
        <source>allowed for this chat</source>
        <translation>यो च्याटका लागि अनुमति दिइएको</translation>
    </message>
    <message>
        <source>trusted tool</source>
        <translation>विश्वसनीय टुल</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>सम्पन्न</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>असफल</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>अस्वीकार गरियो</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>रोकियो</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>चलाइएन</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>चलाउनुहोस्</translation>
    </message>
    <message>
        <source>Always in this chat</source>
        <translation>यो च्याटमा सधैँ</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>अस्वीकार गर्नुहोस्</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>तपाईंको स्वीकृति पर्खँदै</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>पर्खँदै…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>चल्दै…</translation>
    </message>
    <message>
        <source>{state} in {time}</source>
        <translation>{time} मा {state}</translation>
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
        <translation>यो कम्प्युटरमा छुट्टै प्रोसेसमा, पछि हटाइने नयाँ अस्थायी फोल्डरभित्र, समय सीमा र आउटपुट सीमासहित चल्छ।</translation>
    </message>
    <message>
        <source>Memory and file sizes are limited; the network is cut off where the kernel allows unprivileged namespaces (otherwise blocked on a best-effort basis).</source>
        <translation>मेमोरी र फाइलका आकारहरू सीमित छन्; कर्नेलले unprivileged namespaces अनुमति दिने ठाउँमा नेटवर्क काटिन्छ (अन्यथा सकेसम्म रोकिन्छ)।</translation>
    </message>
    <message>
        <source>File sizes are limited; macOS ignores the memory limit, and the network is blocked on a best-effort basis only.</source>
        <translation>फाइलका आकारहरू सीमित छन्; macOS ले मेमोरी सीमालाई बेवास्ता गर्छ, र नेटवर्क सकेसम्म मात्र रोकिन्छ।</translation>
    </message>
    <message>
        <source>Memory is limited; the network is blocked on a best-effort basis only.</source>
        <translation>मेमोरी सीमित छ; नेटवर्क सकेसम्म मात्र रोकिन्छ।</translation>
    </message>
    <message>
        <source>Files outside the folder are not hidden: it is not a sandbox.</source>
        <translation>फोल्डरबाहिरका फाइलहरू लुकाइँदैनन्: यो sandbox होइन।</translation>
    </message>
    <message>
        <source>this tool</source>
        <translation>यो टुल</translation>
    </message>
    <message>
        <source>Run {name} from the {server} server?</source>
        <translation>{server} सर्भरबाट {name} चलाउने हो?</translation>
    </message>
    <message>
        <source>Run {name}?</source>
        <translation>{name} चलाउने हो?</translation>
    </message>
    <message numerus="yes">
        <source>Show all (%n more line(s), {size})</source>
        <translation><numerusform>सबै देखाउनुहोस् (थप %n लाइन, {size})</numerusform><numerusform>सबै देखाउनुहोस् (थप %n लाइन, {size})</numerusform></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>कम देखाउनुहोस्</translation>
    </message>
    <message>
        <source>Tool call {name}: {state}</source>
        <translation>टुल कल {name}: {state}</translation>
    </message>
    <message>
        <source>unknown tool</source>
        <translation>अज्ञात टुल</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>नतिजा</translation>
    </message>
    <message>
        <source>Run this Python code</source>
        <translation>यो Python कोड चलाउनुहोस्</translation>
    </message>
    <message>
        <source>Output · running…</source>
        <translation>आउटपुट · चल्दै…</translation>
    </message>
    <message>
        <source>Output · ran</source>
        <translation>आउटपुट · चल्यो</translation>
    </message>
    <message>
        <source>Output · failed</source>
        <translation>आउटपुट · असफल</translation>
    </message>
    <message>
        <source>Output · ran in {time}</source>
        <translation>आउटपुट · {time} मा चल्यो</translation>
    </message>
    <message>
        <source>Output · failed in {time}</source>
        <translation>आउटपुट · {time} मा असफल</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(कुनै आउटपुट छैन)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोक्नुहोस्</translation>
    </message>
</context>
<context>
    <name>ToolsBar</name>
    <message>
        <source>Tools</source>
        <translation>टुलहरू</translation>
    </message>
    <message>
        <source>Use Python</source>
        <translation>Python प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <source>Use Python (Qwen2.5-Math)</source>
        <translation>Python प्रयोग गर्नुहोस् (Qwen2.5-Math)</translation>
    </message>
    <message>
        <source>This model cannot use tools</source>
        <translation>यो मोडेलले टुलहरू प्रयोग गर्न सक्दैन</translation>
    </message>
    <message>
        <source>{name}&apos;s chat template has no tool support, so tools are not offered to it (it would ignore them). Load a model that knows tools, such as Qwen3 or Qwen2.5.</source>
        <translation>{name} को च्याट टेम्प्लेटमा टुलहरूको समर्थन छैन, त्यसैले यसलाई टुलहरू दिइँदैनन् (यसले तिनलाई बेवास्ता गर्ने थियो)। Qwen3 वा Qwen2.5 जस्ता टुलहरू चिन्ने मोडेल लोड गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Tools on · {count}</source>
        <translation>टुलहरू सक्रिय · {count}</translation>
    </message>
    <message>
        <source>Tools on · none</source>
        <translation>टुलहरू सक्रिय · कुनै छैन</translation>
    </message>
    <message>
        <source>Tools offered to the model: {names}</source>
        <translation>मोडेललाई दिइएका टुलहरू: {names}</translation>
    </message>
    <message>
        <source>Tools are on but none is available: switch the Python runner or an MCP server on in Settings ▸ Tools.</source>
        <translation>टुलहरू सक्रिय छन् तर कुनै पनि उपलब्ध छैन: सेटिङ्स ▸ टुलहरूमा Python रनर वा कुनै MCP सर्भर सक्रिय गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Qwen2.5-Math writes Python and Qwen Desk runs it (asking first, like the python tool), then the model goes on with the output: tool-integrated reasoning.</source>
        <translation>Qwen2.5-Math ले Python लेख्छ र Qwen Desk ले त्यसलाई चलाउँछ (python टुलजस्तै पहिले सोधेर), त्यसपछि मोडेलले आउटपुटसहित काम अघि बढाउँछ: टुल-एकीकृत तर्क।</translation>
    </message>
    <message>
        <source>Switch the Python runner on in Settings ▸ Tools to let Qwen2.5-Math use it.</source>
        <translation>Qwen2.5-Math लाई Python रनर प्रयोग गर्न दिन सेटिङ्स ▸ टुलहरूमा यसलाई सक्रिय गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>You</source>
        <translation>तपाईं</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>सहायक</translation>
    </message>
    <message>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>सन्देश कपी गर्नुहोस्</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>सम्पादन गर्नुहोस्</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>पुनः उत्पन्न गर्नुहोस्</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>आफ्नो सन्देश सम्पादन गर्नुहोस्</translation>
    </message>
    <message>
        <source>Save &amp; resend</source>
        <translation>सेभ गरेर फेरि पठाउनुहोस्</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>पछिल्लो सन्देशमा जानुहोस्</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>कुराकानी</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>अघिल्लो संस्करण</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>अर्को संस्करण</translation>
    </message>
    <message>
        <source>Stop this code</source>
        <translation>यो कोड रोक्नुहोस्</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोक्नुहोस्</translation>
    </message>
    <message>
        <source>Not sent to the model</source>
        <translation>मोडेललाई पठाइएन</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>चिन्तन गर्दै…</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>TTFT {seconds} s</source>
        <translation>पहिलो टोकन {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation><numerusform>%n टोकन</numerusform><numerusform>%n टोकन</numerusform></translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>{seconds} s चिन्तन गर्यो</translation>
    </message>
    <message>
        <source>Thought · {tokens}</source>
        <translation>चिन्तन · {tokens}</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>चिन्तन</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>रोकियो</translation>
    </message>
    <message>
        <source>stopped at the length limit</source>
        <translation>लम्बाइ सीमामा पुगेर रोकियो</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>अवरुद्ध भयो</translation>
    </message>
    <message>
        <source>Long message ({size} K characters), shown as plain text</source>
        <translation>लामो सन्देश ({size} K अक्षर), साधारण पाठका रूपमा देखाइएको</translation>
    </message>
</context>
<context>
    <name>WebTranscript</name>
    <message>
        <source>Conversation transcript</source>
        <translation>कुराकानीका सन्देशहरू</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>; switch &lt;b&gt;Thinking&lt;/b&gt; on for harder questions</source>
        <translation>; कठिन प्रश्नहरूका लागि &lt;b&gt;चिन्तन&lt;/b&gt; सक्रिय गर्नुहोस्</translation>
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
&lt;h1&gt;Qwen Desk मा स्वागत छ&lt;/h1&gt;
&lt;p&gt;पूर्ण रूपमा यही कम्प्युटरमा चल्ने Qwen मोडेलहरूसँग च्याट गर्नुहोस्। तपाईंले टाइप गरेको कुनै पनि कुरा यो कम्प्युटरबाट बाहिर जाँदैन।&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;तपाईंसँग भइसकेको मोडेल खोल्नुहोस्&lt;/b&gt;: &lt;i&gt;फाइल ▸ मोडेल खोल्नुहोस्…&lt;/i&gt; (Ctrl+O) मा गएर
&lt;code&gt;.gguf&lt;/code&gt; फाइल छान्नुहोस्, वा तलको मोडेल सूचीबाट कुनै एउटा छान्नुहोस्।&lt;/li&gt;
&lt;li&gt;&lt;b&gt;वा कुनै मोडेल डाउनलोड गर्नुहोस्&lt;/b&gt;: &lt;i&gt;मोडेलहरू ▸ मोडेल लाइब्रेरी&lt;/i&gt; (Ctrl+Shift+L) ले यो कम्प्युटरमा कुन Qwen
मोडेलहरू अटाउँछन् भनी देखाउँछ — च्याट, कोड र गणितका लागि — र तिनलाई डाउनलोड गर्छ, रोकिएमा पछि जारी राख्न मिल्ने गरी र
प्रमाणित गरेर। यसले अन्य एपहरूले (LM Studio, Ollama, Hugging Face cache)
यो डिस्कमा पहिल्यै राखेका मोडेलहरू पनि भेट्टाउँछ।&lt;/li&gt;
&lt;li&gt;तल आफ्नो सन्देश टाइप गरेर Enter थिच्नुहोस्।&lt;/li&gt;
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
&lt;p&gt;तयार छ। जे पनि सोध्नुहोस्: कुनै अवधारणा बुझाउन, कोड लेख्न वा सच्याउन, गणितको समस्या हल गर्न।
विशेष रूपमा मिलाइएको सिस्टम प्रम्प्टका लागि तल &lt;b&gt;Coder&lt;/b&gt; वा &lt;b&gt;Maths&lt;/b&gt; छान्नुहोस्{thinking}।&lt;/p&gt;
&lt;/div&gt;
</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>Resources</source>
        <translation>स्रोतहरू</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>अफलाइन मोड</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिङ्स…</translation>
    </message>
    <message>
        <source>Resource m&amp;eters</source>
        <translation>स्रोत मिटरहरू</translation>
    </message>
    <message>
        <source>O&amp;ffline mode</source>
        <translation>अफलाइन मोड</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>निदान जानकारी कपी गर्नुहोस्</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● अफलाइन</translation>
    </message>
    <message>
        <source>○ Online</source>
        <translation>○ अनलाइन</translation>
    </message>
    <message>
        <source>Offline: Qwen Desk makes no network connection (downloads and Hub search are off). Click to go online.</source>
        <translation>अफलाइन: Qwen Desk ले कुनै नेटवर्क जडान गर्दैन (डाउनलोड र Hub खोज बन्द छन्)। अनलाइन हुन क्लिक गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Online: only the model library reaches the Hugging Face Hub. Click to go offline.</source>
        <translation>अनलाइन: मोडेल लाइब्रेरी मात्र Hugging Face Hub सम्म पुग्छ। अफलाइन हुन क्लिक गर्नुहोस्।</translation>
    </message>
    <message numerus="yes">
        <source>Diagnostics copied to the clipboard (%n line(s); your token and home folder are masked). Paste them into a bug report.</source>
        <translation><numerusform>निदान जानकारी क्लिपबोर्डमा कपी गरियो (%n लाइन; तपाईंको टोकन र होम फोल्डर लुकाइएका छन्)। यसलाई बग रिपोर्टमा टाँस्नुहोस्।</numerusform><numerusform>निदान जानकारी क्लिपबोर्डमा कपी गरियो (%n लाइन; तपाईंको टोकन र होम फोल्डर लुकाइएका छन्)। यसलाई बग रिपोर्टमा टाँस्नुहोस्।</numerusform></translation>
    </message>
</context>
</TS>

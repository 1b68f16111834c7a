<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne">
<context>
    <name>ApiServer</name>
    <message>
        <source>Port {port} is not a port number; choose one from 1024 to 65535.</source>
        <translation>पोर्ट {port} पोर्ट नम्बर होइन; 1024 देखि 65535 सम्मको एउटा छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Listening on {host} lets other computers use your model, so it needs an API key. Create a key first, or listen on 127.0.0.1 (this computer only).</source>
        <translation>{host} मा जडान स्वीकार गर्दा अन्य कम्प्युटरहरूले पनि तपाईंको मोडेल प्रयोग गर्न सक्छन्, त्यसैले यसका लागि API कुञ्जी चाहिन्छ। पहिले कुञ्जी बनाउनुहोस्, वा 127.0.0.1 मा मात्र जडान स्वीकार गर्नुहोस् (यो कम्प्युटर मात्र)।</translation>
    </message>
    <message>
        <source>Allowing every web page (*) to call the server is not supported; list each origin, such as http://localhost:3000.</source>
        <translation>हरेक वेब पेज (*) लाई सर्भरमा कल गर्ने अनुमति दिन मिल्दैन; प्रत्येक ओरिजिन छुट्टाछुट्टै लेख्नुहोस्, जस्तै http://localhost:3000।</translation>
    </message>
    <message>
        <source>{host} is not an address of this computer ({error}). Use 127.0.0.1, or 0.0.0.0 to listen on every network.</source>
        <translation>{host} यो कम्प्युटरको ठेगाना होइन ({error})। 127.0.0.1 प्रयोग गर्नुहोस्, वा सबै नेटवर्कबाट जडान स्वीकार गर्न 0.0.0.0 प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Port {port} is already in use by another program. Choose another port.</source>
        <translation>पोर्ट {port} अर्को प्रोग्रामले प्रयोग गरिरहेको छ। अर्को पोर्ट छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Port {port} needs administrator rights; choose a port from 1024 to 65535.</source>
        <translation>पोर्ट {port} का लागि प्रशासकको अधिकार चाहिन्छ; 1024 देखि 65535 सम्मको पोर्ट छान्नुहोस्।</translation>
    </message>
    <message>
        <source>The server could not listen on {host}:{port} ({error}).</source>
        <translation>सर्भरले {host}:{port} मा जडान स्वीकार गर्न सकेन ({error})।</translation>
    </message>
    <message>
        <source>The API server could not start: it did not start in time.</source>
        <translation>API सर्भर सुरु हुन सकेन: यो तोकिएको समयभित्र सुरु भएन।</translation>
    </message>
    <message>
        <source>The API server could not start: {error}.</source>
        <translation>API सर्भर सुरु हुन सकेन: {error}।</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The model catalog was written for another version of Qwen Desk; reinstall the app to restore it.</source>
        <translation>मोडेल क्याटलग Qwen Desk को अर्कै संस्करणका लागि लेखिएको हो; यसलाई पुनर्स्थापना गर्न एप फेरि स्थापना गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The model catalog ({path}) could not be read ({error}); reinstall the app.</source>
        <translation>मोडेल क्याटलग ({path}) पढ्न सकिएन ({error}); एप फेरि स्थापना गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>ChatTemplate</name>
    <message>
        <source>The model&apos;s chat template refused the conversation: {message}</source>
        <translation>मोडेलको च्याट टेम्प्लेटले कुराकानी अस्वीकार गर्यो: {message}</translation>
    </message>
    <message>
        <source>The model&apos;s chat template is {count} characters long, far more than any real one; the model file is probably damaged. Use another build of the model.</source>
        <translation>मोडेलको च्याट टेम्प्लेट {count} अक्षर लामो छ, जुन कुनै पनि वास्तविक टेम्प्लेटभन्दा धेरै बढी हो; मोडेल फाइल सम्भवतः बिग्रिएको छ। मोडेलको अर्को बिल्ड प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The model&apos;s chat template is not valid Jinja: {error}</source>
        <translation>मोडेलको च्याट टेम्प्लेट मान्य Jinja होइन: {error}</translation>
    </message>
    <message>
        <source>The model&apos;s chat template is not valid Jinja: it is nested too deeply to read.</source>
        <translation>मोडेलको च्याट टेम्प्लेट मान्य Jinja होइन: यो पढ्नै नसकिने गरी धेरै तहसम्म नेस्ट गरिएको छ।</translation>
    </message>
    <message>
        <source>The model&apos;s chat template failed: {error}</source>
        <translation>मोडेलको च्याट टेम्प्लेट असफल भयो: {error}</translation>
    </message>
    <message>
        <source>Only a reply the model has started can be continued.</source>
        <translation>मोडेलले सुरु गरिसकेको जवाफ मात्र जारी राख्न सकिन्छ।</translation>
    </message>
    <message>
        <source>The model&apos;s chat template leaves out the reply it has started, so the reply cannot be continued.</source>
        <translation>मोडेलको च्याट टेम्प्लेटले सुरु भइसकेको जवाफ समावेश गर्दैन, त्यसैले जवाफ जारी राख्न सकिँदैन।</translation>
    </message>
    <message>
        <source>The model file&apos;s chat template is faulty: use another build (GGUF) of this model.</source>
        <translation>मोडेल फाइलको च्याट टेम्प्लेटमा त्रुटि छ: यो मोडेलको अर्को बिल्ड (GGUF) प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it was stopped after {seconds} s (it may loop for ever).</source>
        <translation>मोडेलको च्याट टेम्प्लेट पूरा भएन: {seconds} s पछि यसलाई रोकियो (यो अनन्त लुपमा पर्न सक्छ)।</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it tried to compute a number with more than {digits} digits.</source>
        <translation>मोडेलको च्याट टेम्प्लेट पूरा भएन: यसले {digits} भन्दा बढी अङ्क भएको सङ्ख्या गणना गर्न खोज्यो।</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it made more than {count} characters of text on the way.</source>
        <translation>मोडेलको च्याट टेम्प्लेट पूरा भएन: बीचमै यसले {count} भन्दा बढी अक्षरको पाठ बनायो।</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it asked for a loop of more than {count} steps.</source>
        <translation>मोडेलको च्याट टेम्प्लेट पूरा भएन: यसले {count} भन्दा बढी चरणको लुप माग्यो।</translation>
    </message>
    <message>
        <source>The model&apos;s chat template did not finish: it calls itself too deeply.</source>
        <translation>मोडेलको च्याट टेम्प्लेट पूरा भएन: यसले आफैँलाई धेरै गहिरोसम्म कल गर्छ।</translation>
    </message>
    <message>
        <source>The model&apos;s chat template leaves out the started reply.</source>
        <translation>मोडेलको च्याट टेम्प्लेटले सुरु भइसकेको जवाफ समावेश गर्दैन।</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>web page</source>
        <translation>वेब पेज</translation>
    </message>
    <message>
        <source>text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>source</source>
        <translation>स्रोत कोड</translation>
    </message>
</context>
<context>
    <name>DocumentUse</name>
    <message>
        <source>Whole documents: {files} file(s), {tokens} tokens</source>
        <translation>पूरा कागजातहरू: {files} फाइल, {tokens} टोकन</translation>
    </message>
    <message>
        <source>Relevant passages (keywords only): {passages} from {files} file(s), {tokens} tokens</source>
        <translation>सान्दर्भिक अंशहरू (कीवर्डबाट मात्र): {files} फाइलबाट {passages}, {tokens} टोकन</translation>
    </message>
    <message>
        <source>Relevant passages: {passages} from {files} file(s), {tokens} tokens</source>
        <translation>सान्दर्भिक अंशहरू: {files} फाइलबाट {passages}, {tokens} टोकन</translation>
    </message>
    <message>
        <source>No documents used</source>
        <translation>कुनै कागजात प्रयोग गरिएन</translation>
    </message>
    <message>
        <source>The conversation leaves no room for document passages; start a new chat or load the model with a larger context to use your documents.</source>
        <translation>कुराकानीमा कागजातका अंशहरूका लागि ठाउँ बाँकी छैन; आफ्ना कागजातहरू प्रयोग गर्न नयाँ च्याट सुरु गर्नुहोस् वा मोडेललाई ठूलो कन्टेक्स्टसहित लोड गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{count} file(s) are still being indexed and are not used for this answer yet.</source>
        <translation>{count} फाइल अझै इन्डेक्स हुँदैछन् र यो जवाफका लागि अहिलेसम्म प्रयोग भएका छैनन्।</translation>
    </message>
    <message>
        <source>Not used because they could not be read: {names} and {more} more.</source>
        <translation>पढ्न नसकिएकाले प्रयोग गरिएन: {names} र थप {more}।</translation>
    </message>
    <message>
        <source>Not used because they could not be read: {names}.</source>
        <translation>पढ्न नसकिएकाले प्रयोग गरिएन: {names}।</translation>
    </message>
    <message>
        <source>Documents are searched by keywords only. Add an embedding model (Qwen3 Embedding 0.6B in the Library) to also find passages that say the same thing in other words.</source>
        <translation>कागजातहरू कीवर्डबाट मात्र खोजिन्छन्। एउटै कुरा अरू शब्दमा भन्ने अंशहरू पनि भेट्टाउन एम्बेडिङ मोडेल थप्नुहोस् (लाइब्रेरीमा Qwen3 Embedding 0.6B)।</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>That file is not attached to this chat.</source>
        <translation>त्यो फाइल यो च्याटमा संलग्न छैन।</translation>
    </message>
    <message>
        <source>A chat&apos;s attached files cannot be switched on elsewhere.</source>
        <translation>कुनै च्याटमा संलग्न फाइलहरू अन्यत्र सक्रिय गर्न सकिँदैन।</translation>
    </message>
    <message>
        <source>The embedding model cannot be used: {error}</source>
        <translation>एम्बेडिङ मोडेल प्रयोग गर्न सकिँदैन: {error}</translation>
    </message>
    <message>
        <source>The embedding model {name} could not be loaded ({error}). Check that the file is complete, or choose another embedding model.</source>
        <translation>एम्बेडिङ मोडेल {name} लोड गर्न सकिएन ({error})। फाइल पूरा छ कि छैन जाँच गर्नुहोस्, वा अर्को एम्बेडिङ मोडेल छान्नुहोस्।</translation>
    </message>
    <message>
        <source>The embedding model was closed; load it again.</source>
        <translation>एम्बेडिङ मोडेल बन्द भयो; यसलाई फेरि लोड गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The embedding model failed on a batch of text (llama.cpp error {code}); try indexing again, or choose another embedding model.</source>
        <translation>एम्बेडिङ मोडेल पाठको एउटा समूहमा असफल भयो (llama.cpp त्रुटि {code}); फेरि इन्डेक्स गरेर हेर्नुहोस्, वा अर्को एम्बेडिङ मोडेल छान्नुहोस्।</translation>
    </message>
    <message>
        <source>The embedding model returned no vector; it may not support embeddings. Choose an embedding model such as Qwen3 Embedding.</source>
        <translation>एम्बेडिङ मोडेलले कुनै भेक्टर फर्काएन; यसले एम्बेडिङ समर्थन नगर्न सक्छ। Qwen3 Embedding जस्तो एम्बेडिङ मोडेल छान्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} contains no text to index.</source>
        <translation>{name} मा इन्डेक्स गर्ने कुनै पाठ छैन।</translation>
    </message>
    <message>
        <source>Only the first {count} characters of {name} were indexed.</source>
        <translation>{name} का पहिला {count} अक्षर मात्र इन्डेक्स गरिए।</translation>
    </message>
    <message>
        <source>{name} could not be read as a PDF ({detail}); the file may be damaged or incomplete. Open it in a PDF reader and save a new copy, then add that.</source>
        <translation>{name} लाई PDF का रूपमा पढ्न सकिएन ({detail}); फाइल बिग्रिएको वा अधुरो हुन सक्छ। यसलाई PDF रिडरमा खोलेर नयाँ प्रति सेभ गर्नुहोस्, अनि त्यो थप्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it in a PDF reader, save a copy without the password, and add that copy.</source>
        <translation>{name} पासवर्डले सुरक्षित छ। यसलाई PDF रिडरमा खोल्नुहोस्, पासवर्डबिनाको प्रति सेभ गर्नुहोस्, र त्यो प्रति थप्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} has no text layer (it looks like a scan). Run OCR on it first, for example with OCRmyPDF, and add the result.</source>
        <translation>{name} मा टेक्स्ट लेयर छैन (यो स्क्यान गरिएको जस्तो देखिन्छ)। पहिले यसमा OCR चलाउनुहोस्, जस्तै OCRmyPDF प्रयोग गरेर, अनि त्यसको नतिजा थप्नुहोस्।</translation>
    </message>
    <message>
        <source>Page {pages} of {name} had no text (scanned pages?).</source>
        <translation>{name} को पेज {pages} मा कुनै पाठ थिएन (स्क्यान गरिएको पेज?)।</translation>
    </message>
    <message>
        <source>Pages {pages} of {name} had no text (scanned pages?).</source>
        <translation>{name} का पेजहरू {pages} मा कुनै पाठ थिएन (स्क्यान गरिएका पेजहरू?)।</translation>
    </message>
    <message>
        <source>Page {pages} of {name} could not be read.</source>
        <translation>{name} को पेज {pages} पढ्न सकिएन।</translation>
    </message>
    <message>
        <source>Pages {pages} of {name} could not be read.</source>
        <translation>{name} का पेजहरू {pages} पढ्न सकिएनन्।</translation>
    </message>
    <message>
        <source>{name} is protected by a password or saved in the old .doc format. Open it in Word or LibreOffice, save it as an unprotected .docx, and add that.</source>
        <translation>{name} पासवर्डले सुरक्षित छ वा पुरानो .doc ढाँचामा सेभ गरिएको छ। यसलाई Word वा LibreOffice मा खोल्नुहोस्, सुरक्षा नभएको .docx का रूपमा सेभ गर्नुहोस्, र त्यो थप्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} could not be read as a Word document ({error}); the file may be damaged. Open it in Word or LibreOffice and save a new copy, then add that.</source>
        <translation>{name} लाई Word कागजातका रूपमा पढ्न सकिएन ({error}); फाइल बिग्रिएको हुन सक्छ। यसलाई Word वा LibreOffice मा खोलेर नयाँ प्रति सेभ गर्नुहोस्, अनि त्यो थप्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} could not be read as a Word document ({error}); open it in Word or LibreOffice and save a new copy, then add that.</source>
        <translation>{name} लाई Word कागजातका रूपमा पढ्न सकिएन ({error}); यसलाई Word वा LibreOffice मा खोलेर नयाँ प्रति सेभ गर्नुहोस्, अनि त्यो थप्नुहोस्।</translation>
    </message>
    <message>
        <source>PDF, Word (.docx), Markdown, HTML, plain text and source code files</source>
        <translation>PDF, Word (.docx), Markdown, HTML, सादा टेक्स्ट र स्रोत कोड फाइलहरू</translation>
    </message>
    <message>
        <source>{name} is not a kind of file Qwen Desk can read; it reads {kinds}.</source>
        <translation>{name} Qwen Desk ले पढ्न सक्ने प्रकारको फाइल होइन; यसले {kinds} पढ्छ।</translation>
    </message>
    <message>
        <source>{name} was moved or deleted; add it again from where it is now.</source>
        <translation>{name} सारिएको वा मेटाइएको छ; यो अहिले जहाँ छ त्यहाँबाट फेरि थप्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} could not be opened ({error}); check that you may read it.</source>
        <translation>{name} खोल्न सकिएन ({error}); तपाईंलाई यो पढ्ने अनुमति छ कि छैन जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} Qwen Desk reads from one {kind} file. Split it into smaller files and add those.</source>
        <translation>{name} {size} को छ, जुन Qwen Desk ले एउटा {kind} फाइलबाट पढ्ने {limit} भन्दा बढी हो। यसलाई साना फाइलहरूमा विभाजन गरेर ती थप्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to index.</source>
        <translation>{name} खाली छ; इन्डेक्स गर्ने केही छैन।</translation>
    </message>
    <message>
        <source>{name} could not be read ({error}); check that you may read it.</source>
        <translation>{name} पढ्न सकिएन ({error}); तपाईंलाई यो पढ्ने अनुमति छ कि छैन जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text, so it was skipped.</source>
        <translation>{name} पाठ नभई बाइनरी फाइल जस्तो देखिन्छ, त्यसैले यसलाई छोडियो।</translation>
    </message>
    <message>
        <source>The documents index is busy ({error}); try again in a moment.</source>
        <translation>कागजात इन्डेक्स व्यस्त छ ({error}); केही बेरपछि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The documents index could not be saved ({error}). Free some disk space and index again.</source>
        <translation>कागजात इन्डेक्स सेभ गर्न सकिएन ({error})। डिस्कमा केही ठाउँ खाली गरेर फेरि इन्डेक्स गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation>संग्रहलाई एउटा नाम दिनुहोस्।</translation>
    </message>
    <message>
        <source>{root} is not a folder that can be read.</source>
        <translation>{root} पढ्न मिल्ने फोल्डर होइन।</translation>
    </message>
    <message>
        <source>A collection named &quot;{name}&quot; already exists; choose another name.</source>
        <translation>&quot;{name}&quot; नामको संग्रह पहिले नै छ; अर्को नाम छान्नुहोस्।</translation>
    </message>
    <message>
        <source>That collection no longer exists.</source>
        <translation>त्यो संग्रह अब छैन।</translation>
    </message>
    <message>
        <source>That file is no longer in the collection.</source>
        <translation>त्यो फाइल अब संग्रहमा छैन।</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be found (moved, renamed, or on a drive that is not connected). Reconnect it, or delete the collection and add the folder again; the collection was left as it was.</source>
        <translation>फोल्डर {folder} भेटिएन (सारिएको, नाम बदलिएको, वा जडान नभएको ड्राइभमा छ)। यसलाई फेरि जडान गर्नुहोस्, वा संग्रह मेटाएर फोल्डर फेरि थप्नुहोस्; संग्रह जस्ताको तस्तै छोडियो।</translation>
    </message>
    <message>
        <source>The documents index at {path} was written by a newer Qwen Desk. Update Qwen Desk to use it; it was left untouched.</source>
        <translation>{path} मा रहेको कागजात इन्डेक्स Qwen Desk को नयाँ संस्करणले लेखेको हो। यसलाई प्रयोग गर्न Qwen Desk अपडेट गर्नुहोस्; यसलाई छोइएको छैन।</translation>
    </message>
    <message>
        <source>The documents index could not be opened ({error}). It was moved to {moved} and a new one started; add your documents again to index them.</source>
        <translation>कागजात इन्डेक्स खोल्न सकिएन ({error})। यसलाई {moved} मा सारियो र नयाँ इन्डेक्स सुरु गरियो; इन्डेक्स गर्न आफ्ना कागजातहरू फेरि थप्नुहोस्।</translation>
    </message>
    <message>
        <source>The documents index at {path} could not be opened ({error}). Check that the data folder can be written, close other copies of Qwen Desk, and try again.</source>
        <translation>{path} मा रहेको कागजात इन्डेक्स खोल्न सकिएन ({error})। डेटा फोल्डरमा लेख्न मिल्छ कि मिल्दैन जाँच गर्नुहोस्, Qwen Desk का अन्य प्रतिहरू बन्द गर्नुहोस्, र फेरि प्रयास गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so Qwen Desk does not connect to Hugging Face. Turn offline mode off in Settings to download models.</source>
        <translation>अफलाइन मोड सक्रिय छ, त्यसैले Qwen Desk Hugging Face मा जडान हुँदैन। मोडेलहरू डाउनलोड गर्न सेटिङ्समा अफलाइन मोड बन्द गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{repo} is gated or private on Hugging Face. Add your Hugging Face token in Settings, and accept the model&apos;s licence on its page (https://huggingface.co/{repo}), then try again.</source>
        <translation>{repo} Hugging Face मा पहुँच-नियन्त्रित वा निजी छ। सेटिङ्समा आफ्नो Hugging Face टोकन थप्नुहोस्, र मोडेलको पेजमा (https://huggingface.co/{repo}) यसको इजाजतपत्र स्वीकार गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{file} was not found on Hugging Face. It may have been renamed or removed; refresh the catalog and try again.</source>
        <translation>{file} Hugging Face मा भेटिएन। यसको नाम बदलिएको वा यो हटाइएको हुन सक्छ; क्याटलग रिफ्रेस गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Hugging Face answered {status} for {file}. Try again later.</source>
        <translation>Hugging Face ले {file} का लागि {status} जवाफ दियो। पछि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>the connection stalled</source>
        <translation>जडान अड्कियो</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face ({reason}) to download {file}. Check your internet connection and try again, or turn on offline mode to use only the models you already have.</source>
        <translation>{file} डाउनलोड गर्न Hugging Face सम्म पुग्न सकिएन ({reason})। आफ्नो इन्टरनेट जडान जाँच गरेर फेरि प्रयास गर्नुहोस्, वा तपाईंसँग भइसकेका मोडेलहरू मात्र प्रयोग गर्न अफलाइन मोड सक्रिय गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Could not download {file} ({reason}), even after {retries} retries. Check your internet connection and try again; the download continues where it stopped.</source>
        <translation>{retries} पटक पुनः प्रयास गर्दा पनि {file} डाउनलोड गर्न सकिएन ({reason})। आफ्नो इन्टरनेट जडान जाँच गरेर फेरि प्रयास गर्नुहोस्; डाउनलोड जहाँ रोकिएको थियो त्यहीँबाट जारी रहन्छ।</translation>
    </message>
    <message>
        <source>Hugging Face did not say how large {file} is.</source>
        <translation>Hugging Face ले {file} कति ठूलो छ भनेर बताएन।</translation>
    </message>
    <message>
        <source>Not enough disk space for {file}: it needs {size} more but only {free} is free in {folder}. Free some space, or choose another models folder in Settings.</source>
        <translation>{file} का लागि डिस्कमा पर्याप्त ठाउँ छैन: यसलाई थप {size} चाहिन्छ तर {folder} मा {free} मात्र खाली छ। केही ठाउँ खाली गर्नुहोस्, वा सेटिङ्समा अर्को मोडेल फोल्डर छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Could not write {file} ({error}). Check that the disk is not full and the models folder is writable.</source>
        <translation>{file} लेख्न सकिएन ({error})। डिस्क भरिएको छैन र मोडेल फोल्डरमा लेख्न मिल्छ भनी जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The download of {file} is damaged: its sha256 checksum does not match the one Hugging Face publishes, so the file was deleted. Try the download again.</source>
        <translation>{file} को डाउनलोड बिग्रिएको छ: यसको sha256 चेकसम Hugging Face ले प्रकाशित गरेकोसँग मेल खाँदैन, त्यसैले फाइल मेटाइयो। फेरि डाउनलोड गरेर हेर्नुहोस्।</translation>
    </message>
    <message>
        <source>Paused because offline mode is on; the part downloaded so far is kept, and the download goes on by itself when offline mode is turned off.</source>
        <translation>अफलाइन मोड सक्रिय भएकाले पज गरिएको; अहिलेसम्म डाउनलोड भएको भाग राखिएको छ, र अफलाइन मोड बन्द गरेपछि डाउनलोड आफैँ जारी हुन्छ।</translation>
    </message>
    <message>
        <source>Downloads are shutting down; try again after restarting.</source>
        <translation>डाउनलोडहरू बन्द हुँदैछन्; पुनः सुरु गरेपछि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The download of {file} failed unexpectedly ({error}).</source>
        <translation>{file} को डाउनलोड अप्रत्याशित रूपमा असफल भयो ({error})।</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation>{seconds} s बाँकी</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <translation>{minutes} मिनेट बाँकी</translation>
    </message>
    <message>
        <source>{hours} h left</source>
        <translation>{hours} घण्टा बाँकी</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>Generation failed: {error}</source>
        <translation>उत्पादन असफल भयो: {error}</translation>
    </message>
    <message>
        <source>This conversation needs {needed} tokens but the model was loaded with a context of {context}. Start a new chat, drop older turns, or load the model with a larger context.</source>
        <translation>यो कुराकानीलाई {needed} टोकन चाहिन्छ तर मोडेल {context} को कन्टेक्स्टसहित लोड गरिएको छ। नयाँ च्याट सुरु गर्नुहोस्, पुराना सन्देशहरू हटाउनुहोस्, वा मोडेललाई ठूलो कन्टेक्स्टसहित लोड गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>{total} RAM ({free} free)</source>
        <translation>{total} RAM ({free} खाली)</translation>
    </message>
    <message>
        <source>{count} cores</source>
        <translation>{count} कोर</translation>
    </message>
    <message>
        <source>Apple Silicon (unified memory)</source>
        <translation>Apple Silicon (साझा मेमोरी)</translation>
    </message>
    <message>
        <source>Apple GPU (MLX)</source>
        <translation>Apple GPU (MLX)</translation>
    </message>
    <message>
        <source>Apple GPU (unified memory)</source>
        <translation>Apple GPU (साझा मेमोरी)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>The {what} has a broken character at position {index} (half of an emoji or other symbol, usually left by a damaged copy and paste). Delete that character or paste the text again.</source>
        <translation>{what} मा स्थान {index} मा एउटा बिग्रिएको वर्ण छ (इमोजी वा अन्य चिन्हको आधा भाग, प्रायः बिग्रिएको कपी-पेस्टले छोडेको)। त्यो वर्ण मेटाउनुहोस् वा पाठ फेरि पेस्ट गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The disk is full, so Qwen Desk could not {doing}. Free some disk space and try again; everything saved before is kept.</source>
        <translation>डिस्क भरिएकाले Qwen Desk ले {doing} सकेन। डिस्कमा केही ठाउँ खाली गरेर फेरि प्रयास गर्नुहोस्; पहिले सेभ गरिएका सबै कुरा सुरक्षित छन्।</translation>
    </message>
    <message>
        <source>The conversation history is in use by another program, so Qwen Desk could not {doing}. Close other copies of Qwen Desk and try again.</source>
        <translation>कुराकानी इतिहास अर्को प्रोग्रामले प्रयोग गरिरहेकाले Qwen Desk ले {doing} सकेन। Qwen Desk का अन्य प्रतिहरू बन्द गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The conversation history file is read-only, so Qwen Desk could not {doing}. Check the permissions of the data folder.</source>
        <translation>कुराकानी इतिहास फाइल पढ्न मात्र मिल्ने भएकाले Qwen Desk ले {doing} सकेन। डेटा फोल्डरका अनुमतिहरू जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The conversation history file is damaged ({error}), so Qwen Desk could not {doing}. Restart Qwen Desk: it sets the damaged file aside and starts a new one.</source>
        <translation>कुराकानी इतिहास फाइल बिग्रिएकाले ({error}) Qwen Desk ले {doing} सकेन। Qwen Desk पुनः सुरु गर्नुहोस्: यसले बिग्रिएको फाइल छुट्टै राखेर नयाँ फाइल सुरु गर्छ।</translation>
    </message>
    <message>
        <source>Qwen Desk could not {doing} because the disk reported an error ({error}). Check the disk and try again.</source>
        <translation>डिस्कले त्रुटि देखाएकाले ({error}) Qwen Desk ले {doing} सकेन। डिस्क जाँच गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Qwen Desk could not {doing} ({error}).</source>
        <translation>Qwen Desk ले {doing} सकेन ({error})।</translation>
    </message>
    <message>
        <source>The conversation history at {path} was saved by a newer version of Qwen Desk (history format {found}; this version reads up to {supported}). Install the newer Qwen Desk to open it. The file has not been changed.</source>
        <translation>{path} मा रहेको कुराकानी इतिहास Qwen Desk को नयाँ संस्करणले सेभ गरेको हो (इतिहास ढाँचा {found}; यो संस्करणले {supported} सम्म पढ्छ)। यसलाई खोल्न Qwen Desk को नयाँ संस्करण स्थापना गर्नुहोस्। फाइलमा कुनै परिवर्तन गरिएको छैन।</translation>
    </message>
    <message>
        <source>The conversation history at {path} could not be upgraded to the new format ({error}). It was left as it was; free some disk space or restart Qwen Desk and try again.</source>
        <translation>{path} मा रहेको कुराकानी इतिहासलाई नयाँ ढाँचामा अपग्रेड गर्न सकिएन ({error})। यसलाई जस्ताको तस्तै छोडियो; डिस्कमा केही ठाउँ खाली गर्नुहोस् वा Qwen Desk पुनः सुरु गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The conversation history at {path} could not be opened ({error}). Check that the file and its folder can be read and written.</source>
        <translation>{path} मा रहेको कुराकानी इतिहास खोल्न सकिएन ({error})। फाइल र त्यसको फोल्डर पढ्न र लेख्न मिल्छ कि मिल्दैन जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The conversation history at {path} could not be read ({error}). Close other copies of Qwen Desk and try again.</source>
        <translation>{path} मा रहेको कुराकानी इतिहास पढ्न सकिएन ({error})। Qwen Desk का अन्य प्रतिहरू बन्द गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Your conversation history could not be opened ({error}). The damaged file was moved to {moved} and a new, empty history was started.</source>
        <translation>तपाईंको कुराकानी इतिहास खोल्न सकिएन ({error})। बिग्रिएको फाइल {moved} मा सारियो र नयाँ, खाली इतिहास सुरु गरियो।</translation>
    </message>
    <message>
        <source>The conversation history at {path} could not be opened ({error}). Check that the folder exists and can be written.</source>
        <translation>{path} मा रहेको कुराकानी इतिहास खोल्न सकिएन ({error})। फोल्डर अवस्थित छ र त्यसमा लेख्न मिल्छ कि मिल्दैन जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Conversation {conversation_id} does not exist; it may have been deleted.</source>
        <translation>कुराकानी {conversation_id} अवस्थित छैन; यो मेटाइएको हुन सक्छ।</translation>
    </message>
    <message>
        <source>Message {message_id} does not exist; it may have been deleted.</source>
        <translation>सन्देश {message_id} अवस्थित छैन; यो मेटाइएको हुन सक्छ।</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>आफ्नै सन्देशहरू मात्र सम्पादन गर्न सकिन्छ।</translation>
    </message>
    <message>
        <source>Only replies can be regenerated.</source>
        <translation>जवाफहरू मात्र पुनः उत्पन्न गर्न सकिन्छ।</translation>
    </message>
    <message>
        <source>Only a conversation in the trash can be deleted for good.</source>
        <translation>रद्दी टोकरीमा रहेको कुराकानी मात्र सधैँका लागि मेटाउन सकिन्छ।</translation>
    </message>
    <message>
        <source>The export could not be written to {target} ({error}). Choose another folder or free some disk space.</source>
        <translation>निर्यात {target} मा लेख्न सकिएन ({error})। अर्को फोल्डर छान्नुहोस् वा डिस्कमा केही ठाउँ खाली गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The conversation history is closed.</source>
        <translation>कुराकानी इतिहास बन्द छ।</translation>
    </message>
    <message>
        <source>Conversation {conversation_id} does not exist, so it cannot be exported.</source>
        <translation>कुराकानी {conversation_id} अवस्थित छैन, त्यसैले यसलाई निर्यात गर्न सकिँदैन।</translation>
    </message>
</context>
<context>
    <name>HistoryAction</name>
    <message>
        <source>mark unfinished replies</source>
        <translation>अधुरा जवाफहरूमा चिन्ह लगाउन</translation>
    </message>
    <message>
        <source>create the conversation</source>
        <translation>कुराकानी सिर्जना गर्न</translation>
    </message>
    <message>
        <source>read the conversation</source>
        <translation>कुराकानी पढ्न</translation>
    </message>
    <message>
        <source>list the conversations</source>
        <translation>कुराकानीहरूको सूची बनाउन</translation>
    </message>
    <message>
        <source>rename the conversation</source>
        <translation>कुराकानीको नाम बदल्न</translation>
    </message>
    <message>
        <source>set the conversation title</source>
        <translation>कुराकानीको शीर्षक राख्न</translation>
    </message>
    <message>
        <source>pin the conversation</source>
        <translation>कुराकानी पिन गर्न</translation>
    </message>
    <message>
        <source>save the conversation settings</source>
        <translation>कुराकानीका सेटिङ्स सेभ गर्न</translation>
    </message>
    <message>
        <source>save the message</source>
        <translation>सन्देश सेभ गर्न</translation>
    </message>
    <message>
        <source>save the edited message</source>
        <translation>सम्पादित सन्देश सेभ गर्न</translation>
    </message>
    <message>
        <source>read the message</source>
        <translation>सन्देश पढ्न</translation>
    </message>
    <message>
        <source>read the message versions</source>
        <translation>सन्देशका संस्करणहरू पढ्न</translation>
    </message>
    <message>
        <source>switch the message version</source>
        <translation>सन्देशको संस्करण बदल्न</translation>
    </message>
    <message>
        <source>delete the message</source>
        <translation>सन्देश मेटाउन</translation>
    </message>
    <message>
        <source>move the message to the trash</source>
        <translation>सन्देशलाई रद्दी टोकरीमा सार्न</translation>
    </message>
    <message>
        <source>restore the message</source>
        <translation>सन्देश पुनर्स्थापना गर्न</translation>
    </message>
    <message>
        <source>start the reply</source>
        <translation>जवाफ सुरु गर्न</translation>
    </message>
    <message>
        <source>start the new reply</source>
        <translation>नयाँ जवाफ सुरु गर्न</translation>
    </message>
    <message>
        <source>save the reply</source>
        <translation>जवाफ सेभ गर्न</translation>
    </message>
    <message>
        <source>move the conversation to the trash</source>
        <translation>कुराकानीलाई रद्दी टोकरीमा सार्न</translation>
    </message>
    <message>
        <source>restore the conversation</source>
        <translation>कुराकानी पुनर्स्थापना गर्न</translation>
    </message>
    <message>
        <source>list the trash</source>
        <translation>रद्दी टोकरीमा भएका कुराकानीहरूको सूची बनाउन</translation>
    </message>
    <message>
        <source>delete the conversation</source>
        <translation>कुराकानी मेटाउन</translation>
    </message>
    <message>
        <source>count the deleted messages</source>
        <translation>मेटाइएका सन्देशहरू गन्न</translation>
    </message>
    <message>
        <source>empty the trash</source>
        <translation>रद्दी टोकरी खाली गर्न</translation>
    </message>
    <message>
        <source>search the history</source>
        <translation>इतिहासमा खोज्न</translation>
    </message>
    <message>
        <source>export the history</source>
        <translation>इतिहास निर्यात गर्न</translation>
    </message>
    <message>
        <source>import the conversations</source>
        <translation>कुराकानीहरू आयात गर्न</translation>
    </message>
    <message>
        <source>import the conversation</source>
        <translation>कुराकानी आयात गर्न</translation>
    </message>
    <message>
        <source>read the conversations to import</source>
        <translation>आयात गर्ने कुराकानीहरू पढ्न</translation>
    </message>
    <message>
        <source>save the reply as it streams</source>
        <translation>जवाफ आउँदै गर्दा सेभ गर्न</translation>
    </message>
</context>
<context>
    <name>HistoryField</name>
    <message>
        <source>title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>सिस्टम प्रम्प्ट</translation>
    </message>
    <message>
        <source>message</source>
        <translation>सन्देश</translation>
    </message>
    <message>
        <source>thinking text</source>
        <translation>चिन्तन पाठ</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>जवाफ</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>मोडेलको नाम</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>The file cannot be imported: the file {problem}. Nothing was imported.</source>
        <translation>फाइल आयात गर्न सकिँदैन: फाइलमा समस्या छ ({problem})। केही पनि आयात गरिएन।</translation>
    </message>
    <message>
        <source>The file cannot be imported: the field {field} {problem}. Nothing was imported.</source>
        <translation>फाइल आयात गर्न सकिँदैन: फिल्ड {field} मा समस्या छ ({problem})। केही पनि आयात गरिएन।</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({error}). Check that it exists and that you may read it.</source>
        <translation>फाइल {name} पढ्न सकिएन ({error})। फाइल अवस्थित छ र तपाईंलाई यो पढ्ने अनुमति छ कि छैन जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The file cannot be imported: line {line} has bytes that are not UTF-8 text. Save the file as UTF-8 and try again. Nothing was imported.</source>
        <translation>फाइल आयात गर्न सकिँदैन: पङ्क्ति {line} मा UTF-8 पाठ नभएका बाइटहरू छन्। फाइललाई UTF-8 मा सेभ गरेर फेरि प्रयास गर्नुहोस्। केही पनि आयात गरिएन।</translation>
    </message>
    <message>
        <source>The file cannot be imported: its JSON is nested too deeply (more than {depth} levels; no conversation needs that many). Nothing was imported.</source>
        <translation>फाइल आयात गर्न सकिँदैन: यसको JSON धेरै तहसम्म नेस्ट गरिएको छ ({depth} भन्दा बढी तह; कुनै पनि कुराकानीलाई यति धेरै चाहिँदैन)। केही पनि आयात गरिएन।</translation>
    </message>
    <message>
        <source>The file cannot be imported: it is not valid JSON at line {line}, column {colno} ({msg}). Nothing was imported.</source>
        <translation>फाइल आयात गर्न सकिँदैन: पङ्क्ति {line}, स्तम्भ {colno} मा यो मान्य JSON होइन ({msg})। केही पनि आयात गरिएन।</translation>
    </message>
    <message>
        <source>The file cannot be imported: it has a number ({number}) too large for any value a conversation holds. Nothing was imported.</source>
        <translation>फाइल आयात गर्न सकिँदैन: यसमा कुराकानीको कुनै पनि मानका लागि धेरै ठूलो सङ्ख्या ({number}) छ। केही पनि आयात गरिएन।</translation>
    </message>
    <message>
        <source>The file cannot be imported: {error}. Nothing was imported.</source>
        <translation>फाइल आयात गर्न सकिँदैन: {error}। केही पनि आयात गरिएन।</translation>
    </message>
    <message>
        <source>The file cannot be imported: {first}{rest} Nothing was imported.</source>
        <translation>फाइल आयात गर्न सकिँदैन: {first}{rest} केही पनि आयात गरिएन।</translation>
    </message>
</context>
<context>
    <name>HubRepoId</name>
    <message>
        <source>it must be owner/name</source>
        <translation>यो owner/name ढाँचामा हुनुपर्छ</translation>
    </message>
    <message>
        <source>the owner or the name is empty</source>
        <translation>owner वा name भाग खाली छ</translation>
    </message>
    <message>
        <source>a part is longer than {count} characters</source>
        <translation>कुनै भाग {count} अक्षरभन्दा लामो छ</translation>
    </message>
    <message>
        <source>it contains &apos;..&apos; or &apos;--&apos;</source>
        <translation>यसमा &apos;..&apos; वा &apos;--&apos; छ</translation>
    </message>
    <message>
        <source>it may have only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, and no part may start or end with &apos;-&apos; or &apos;.&apos;</source>
        <translation>यसमा अक्षर, अङ्क, &apos;_&apos;, &apos;-&apos; र &apos;.&apos; मात्र हुन सक्छन्, र कुनै पनि भाग &apos;-&apos; वा &apos;.&apos; बाट सुरु वा अन्त्य हुनु हुँदैन</translation>
    </message>
    <message>
        <source>the name ends in &apos;.git&apos;</source>
        <translation>नाम &apos;.git&apos; मा अन्त्य हुन्छ</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a valid Hugging Face model id ({problem}), so nothing was downloaded. Check the model&apos;s name on its Hugging Face page.</source>
        <translation>&apos;{shown}&apos; मान्य Hugging Face मोडेल id होइन ({problem}), त्यसैले केही पनि डाउनलोड गरिएन। मोडेलको Hugging Face पेजमा यसको नाम जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The download&apos;s file name {name} has a NUL character, which no file name may have, so it was refused. The model&apos;s file name on Hugging Face is not safe.</source>
        <translation>डाउनलोडको फाइल नाम {name} मा NUL वर्ण छ, जुन कुनै पनि फाइल नाममा हुन मिल्दैन, त्यसैले यसलाई अस्वीकार गरियो। Hugging Face मा रहेको मोडेलको फाइल नाम सुरक्षित छैन।</translation>
    </message>
    <message>
        <source>The download would be saved at {path}, outside the models folder {root}, so it was refused. The model&apos;s name or file name on Hugging Face is not safe.</source>
        <translation>डाउनलोड मोडेल फोल्डर {root} बाहिर {path} मा सेभ हुने थियो, त्यसैले यसलाई अस्वीकार गरियो। Hugging Face मा रहेको मोडेलको नाम वा फाइल नाम सुरक्षित छैन।</translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <source>Offline mode is on, so Hugging Face is not asked. Turn it off in Settings to search or refresh.</source>
        <translation>अफलाइन मोड सक्रिय छ, त्यसैले Hugging Face लाई सोधिँदैन। खोज्न वा रिफ्रेस गर्न सेटिङ्समा यसलाई बन्द गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The request to Hugging Face was cancelled.</source>
        <translation>Hugging Face लाई पठाइएको अनुरोध रद्द गरियो।</translation>
    </message>
    <message>
        <source>Hugging Face did not answer within {seconds} seconds. Check your internet connection and try again.</source>
        <translation>Hugging Face ले {seconds} सेकेन्डभित्र जवाफ दिएन। आफ्नो इन्टरनेट जडान जाँच गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face: {reason}. Check the proxy settings (HTTPS_PROXY and HTTP_PROXY, or the system&apos;s), or turn on offline mode to use only the models you already have.</source>
        <translation>Hugging Face सम्म पुग्न सकिएन: {reason}। प्रोक्सी सेटिङ्स (HTTPS_PROXY र HTTP_PROXY, वा प्रणालीका) जाँच गर्नुहोस्, वा तपाईंसँग भइसकेका मोडेलहरू मात्र प्रयोग गर्न अफलाइन मोड सक्रिय गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face: {reason}. Check your internet connection, or turn on offline mode to use only the models you already have.</source>
        <translation>Hugging Face सम्म पुग्न सकिएन: {reason}। आफ्नो इन्टरनेट जडान जाँच गर्नुहोस्, वा तपाईंसँग भइसकेका मोडेलहरू मात्र प्रयोग गर्न अफलाइन मोड सक्रिय गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Hugging Face is switched off on this computer (HF_HUB_OFFLINE is set). Unset it to search the Hub.</source>
        <translation>यो कम्प्युटरमा Hugging Face बन्द गरिएको छ (HF_HUB_OFFLINE सेट गरिएको छ)। Hub मा खोज्न यसलाई अनसेट गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The repository {repo} is gated or private. Accept its licence on huggingface.co and add a Hugging Face token in Settings.</source>
        <translation>रिपोजिटरी {repo} पहुँच-नियन्त्रित वा निजी छ। huggingface.co मा यसको इजाजतपत्र स्वीकार गर्नुहोस् र सेटिङ्समा Hugging Face टोकन थप्नुहोस्।</translation>
    </message>
    <message>
        <source>Hugging Face refused the request. Check the Hugging Face token in Settings.</source>
        <translation>Hugging Face ले अनुरोध अस्वीकार गर्यो। सेटिङ्समा Hugging Face टोकन जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Hugging Face has no model repository {repo}; check the name.</source>
        <translation>Hugging Face मा {repo} नामको मोडेल रिपोजिटरी छैन; नाम जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Hugging Face could not find what was asked for.</source>
        <translation>Hugging Face ले मागिएको कुरा भेट्टाउन सकेन।</translation>
    </message>
    <message>
        <source>Hugging Face answered with error {status}. Try again later.</source>
        <translation>Hugging Face ले त्रुटि {status} सहित जवाफ दियो। पछि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face ({error}). Check your internet connection and try again.</source>
        <translation>Hugging Face सम्म पुग्न सकिएन ({error})। आफ्नो इन्टरनेट जडान जाँच गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed the files and sizes of %n models from Hugging Face.</source>
        <translation><numerusform>Hugging Face बाट %n मोडेलका फाइलहरू र आकारहरू रिफ्रेस गरियो।</numerusform><numerusform>Hugging Face बाट %n मोडेलका फाइलहरू र आकारहरू रिफ्रेस गरियो।</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refreshed the files and sizes of %n models of {total}.</source>
        <translation><numerusform>{total} मध्ये %n मोडेलका फाइलहरू र आकारहरू रिफ्रेस गरियो।</numerusform><numerusform>{total} मध्ये %n मोडेलका फाइलहरू र आकारहरू रिफ्रेस गरियो।</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n more could not be refreshed.)</source>
        <translation><numerusform>(थप %n मोडेल रिफ्रेस गर्न सकिएन।)</numerusform><numerusform>(थप %n मोडेल रिफ्रेस गर्न सकिएनन्।)</numerusform></translation>
    </message>
    <message>
        <source>Could not refresh {name} from Hugging Face ({error}). Check your internet connection and try again; the bundled sizes stay in use.</source>
        <translation>Hugging Face बाट {name} रिफ्रेस गर्न सकिएन ({error})। आफ्नो इन्टरनेट जडान जाँच गरेर फेरि प्रयास गर्नुहोस्; एपसँगै आएका आकारहरू नै प्रयोगमा रहन्छन्।</translation>
    </message>
</context>
<context>
    <name>HubToken</name>
    <message>
        <source>No Hugging Face token is set. Public models download without one; gated models need it.</source>
        <translation>कुनै Hugging Face टोकन सेट गरिएको छैन। सार्वजनिक मोडेलहरू टोकनबिनै डाउनलोड हुन्छन्; पहुँच-नियन्त्रित मोडेलहरूलाई टोकन चाहिन्छ।</translation>
    </message>
    <message>
        <source>Your Hugging Face token is saved in the system keychain.</source>
        <translation>तपाईंको Hugging Face टोकन प्रणालीको किचेनमा सेभ गरिएको छ।</translation>
    </message>
    <message>
        <source>No system keychain is available, so your Hugging Face token is kept only until you quit Qwen Desk.</source>
        <translation>प्रणालीको किचेन उपलब्ध छैन, त्यसैले तपाईंको Hugging Face टोकन Qwen Desk बन्द नगरेसम्म मात्र राखिन्छ।</translation>
    </message>
    <message>
        <source>The token is empty. Paste the token from your Hugging Face settings page (huggingface.co/settings/tokens).</source>
        <translation>टोकन खाली छ। आफ्नो Hugging Face सेटिङ्स पेजबाट (huggingface.co/settings/tokens) टोकन पेस्ट गर्नुहोस्।</translation>
    </message>
    <message>
        <source>A Hugging Face token has no spaces in it; copy it again from huggingface.co/settings/tokens.</source>
        <translation>Hugging Face टोकनमा खाली ठाउँ हुँदैन; huggingface.co/settings/tokens बाट यसलाई फेरि कपी गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Indexing</name>
    <message>
        <source>Indexed {indexed} of {total} files</source>
        <translation>{total} मध्ये {indexed} फाइल इन्डेक्स गरियो</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} अपरिवर्तित</translation>
    </message>
    <message>
        <source>{count} could not be read</source>
        <translation>{count} पढ्न सकिएन</translation>
    </message>
    <message>
        <source>Indexing was cancelled.</source>
        <translation>इन्डेक्सिङ रद्द गरियो।</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Could not {action}: {error}. Check the file and try again.</source>
        <translation>{action} सकिएन: {error}। फाइल जाँच गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Could not {action} ({kind}: {error}).</source>
        <translation>{action} सकिएन ({kind}: {error})।</translation>
    </message>
    <message>
        <source>{name} has no readable config.json, so it is not an MLX model folder. Choose the folder that holds config.json and the .safetensors files.</source>
        <translation>{name} मा पढ्न मिल्ने config.json छैन, त्यसैले यो MLX मोडेल फोल्डर होइन। config.json र .safetensors फाइलहरू भएको फोल्डर छान्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} is not a complete MLX model: it needs config.json and .safetensors weight files. Download the model again.</source>
        <translation>{name} पूर्ण MLX मोडेल होइन: यसलाई config.json र .safetensors वेट फाइलहरू चाहिन्छ। मोडेल फेरि डाउनलोड गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} is not a .gguf file or an MLX model folder. Qwen Desk runs GGUF models (and MLX models on Apple Silicon).</source>
        <translation>{name} न .gguf फाइल हो न MLX मोडेल फोल्डर। Qwen Desk ले GGUF मोडेलहरू (र Apple Silicon मा MLX मोडेलहरू) चलाउँछ।</translation>
    </message>
    <message>
        <source>{name} is split into {count} files and {missing} is missing. Put all parts in the same folder first.</source>
        <translation>{name} {count} फाइलमा विभाजित छ र {missing} छुटेको छ। पहिले सबै भागहरू एउटै फोल्डरमा राख्नुहोस्।</translation>
    </message>
    <message>
        <source>Not enough disk space to copy {name}: it needs {size} but only {free} is free. Free some space, or import it without copying.</source>
        <translation>{name} कपी गर्न डिस्कमा पर्याप्त ठाउँ छैन: यसलाई {size} चाहिन्छ तर {free} मात्र खाली छ। केही ठाउँ खाली गर्नुहोस्, वा कपी नगरी आयात गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The models folder already has {name}. Delete that copy first, or import this one without copying.</source>
        <translation>मोडेल फोल्डरमा {name} पहिले नै छ। पहिले त्यो प्रति मेटाउनुहोस्, वा यसलाई कपी नगरी आयात गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} belongs to another app ({app}); delete it there.</source>
        <translation>{name} अर्को एप ({app}) को हो; त्यहीँबाट मेटाउनुहोस्।</translation>
    </message>
    <message>
        <source>{path} is not in the models folder, so it was not deleted.</source>
        <translation>{path} मोडेल फोल्डरमा छैन, त्यसैले यसलाई मेटाइएन।</translation>
    </message>
</context>
<context>
    <name>McpConfig</name>
    <message>
        <source>The server &quot;{name}&quot; is not an object in mcp.json; it was skipped.</source>
        <translation>सर्भर &quot;{name}&quot; mcp.json मा object होइन; यसलाई छोडियो।</translation>
    </message>
    <message>
        <source>The server &quot;{name}&quot; has a url that is not http(s); it was skipped.</source>
        <translation>सर्भर &quot;{name}&quot; को url http(s) होइन; यसलाई छोडियो।</translation>
    </message>
    <message>
        <source>The headers of &quot;{name}&quot; must be an object of text values; it was left out.</source>
        <translation>&quot;{name}&quot; का headers टेक्स्ट मानहरूको object हुनुपर्छ; तिनलाई समावेश गरिएन।</translation>
    </message>
    <message>
        <source>The server &quot;{name}&quot; has neither a &quot;command&quot; nor a &quot;url&quot;; it was skipped.</source>
        <translation>सर्भर &quot;{name}&quot; मा न &quot;command&quot; छ न &quot;url&quot;; यसलाई छोडियो।</translation>
    </message>
    <message>
        <source>The &quot;args&quot; of &quot;{name}&quot; must be a list of text; it was skipped.</source>
        <translation>&quot;{name}&quot; का &quot;args&quot; टेक्स्टको सूची हुनुपर्छ; यसलाई छोडियो।</translation>
    </message>
    <message>
        <source>The env of &quot;{name}&quot; must be an object of text values; it was left out.</source>
        <translation>&quot;{name}&quot; को env टेक्स्ट मानहरूको object हुनुपर्छ; यसलाई समावेश गरिएन।</translation>
    </message>
    <message>
        <source>mcp.json is not valid JSON at line {line}, column {column} ({error}). Fix it in Settings → Tools, or remove the file to start again.</source>
        <translation>mcp.json पङ्क्ति {line}, स्तम्भ {column} मा मान्य JSON होइन ({error})। सेटिङ्स → टुलहरूमा यसलाई सच्याउनुहोस्, वा नयाँ सुरुवात गर्न फाइल हटाउनुहोस्।</translation>
    </message>
    <message>
        <source>mcp.json must be an object like {&quot;mcpServers&quot;: {...}}.</source>
        <translation>mcp.json {&quot;mcpServers&quot;: {...}} जस्तो object हुनुपर्छ।</translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; in mcp.json must be an object of servers by name.</source>
        <translation>mcp.json मा &quot;mcpServers&quot; नामअनुसार राखिएका सर्भरहरूको object हुनुपर्छ।</translation>
    </message>
    <message>
        <source>mcp.json at {path} could not be read ({error}).</source>
        <translation>{path} मा रहेको mcp.json पढ्न सकिएन ({error})।</translation>
    </message>
    <message>
        <source>mcp.json could not be saved at {path} ({error}).</source>
        <translation>mcp.json {path} मा सेभ गर्न सकिएन ({error})।</translation>
    </message>
    <message>
        <source>The server &quot;{server}&quot; needs the secret &quot;{name}&quot; from the system keychain for {key}, but it is not there. Add it in Settings → Tools.</source>
        <translation>सर्भर &quot;{server}&quot; लाई {key} का लागि प्रणालीको किचेनबाट गोप्य मान &quot;{name}&quot; चाहिन्छ, तर त्यो त्यहाँ छैन। यसलाई सेटिङ्स → टुलहरूमा थप्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>McpServer</name>
    <message>
        <source>The MCP server &quot;{name}&quot; did not answer within {seconds} s of starting. Check its command or URL in Settings → Tools; its messages are in the Qwen Desk log.</source>
        <translation>MCP सर्भर &quot;{name}&quot; ले सुरु भएको {seconds} s भित्र जवाफ दिएन। सेटिङ्स → टुलहरूमा यसको कमान्ड वा URL जाँच गर्नुहोस्; यसका सन्देशहरू Qwen Desk को लगमा छन्।</translation>
    </message>
    <message>
        <source>The MCP server &quot;{name}&quot; could not start: the command &quot;{command}&quot; was not found or may not be run. Check it in Settings → Tools.</source>
        <translation>MCP सर्भर &quot;{name}&quot; सुरु हुन सकेन: कमान्ड &quot;{command}&quot; भेटिएन वा यसलाई चलाउने अनुमति छैन। सेटिङ्स → टुलहरूमा यसलाई जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The MCP server &quot;{name}&quot; was stopped.</source>
        <translation>MCP सर्भर &quot;{name}&quot; रोकियो।</translation>
    </message>
    <message>
        <source>The MCP server &quot;{name}&quot; stopped: {error}. Check it in Settings → Tools; its messages are in the Qwen Desk log.</source>
        <translation>MCP सर्भर &quot;{name}&quot; रोकियो: {error}। सेटिङ्स → टुलहरूमा यसलाई जाँच गर्नुहोस्; यसका सन्देशहरू Qwen Desk को लगमा छन्।</translation>
    </message>
    <message>
        <source>The MCP server &quot;{name}&quot; is on the network ({host}) and Qwen Desk is in offline mode. Turn offline mode off in Settings to use it.</source>
        <translation>MCP सर्भर &quot;{name}&quot; नेटवर्कमा ({host}) छ र Qwen Desk अफलाइन मोडमा छ। यसलाई प्रयोग गर्न सेटिङ्समा अफलाइन मोड बन्द गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Switched off in mcp.json.</source>
        <translation>mcp.json मा निष्क्रिय गरिएको।</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>सुरु हुँदै…</translation>
    </message>
    <message>
        <source>Not started: tools are off.</source>
        <translation>सुरु गरिएन: टुलहरू बन्द छन्।</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>अहिलेसम्म सुरु गरिएको छैन।</translation>
    </message>
</context>
<context>
    <name>ModelAdvice</name>
    <message>
        <source>less than one token a second</source>
        <translation>प्रति सेकेन्ड एक टोकनभन्दा कम</translation>
    </message>
    <message>
        <source>about {count} tokens a second</source>
        <translation>प्रति सेकेन्ड लगभग {count} टोकन</translation>
    </message>
    <message>
        <source>1 CPU core, no GPU</source>
        <translation>1 CPU कोर, GPU छैन</translation>
    </message>
    <message>
        <source>{count} CPU cores, no GPU</source>
        <translation>{count} CPU कोर, GPU छैन</translation>
    </message>
    <message>
        <source>{model} answers at {speed} on this computer ({hardware}).</source>
        <translation>यो कम्प्युटरमा ({hardware}) {model} को जवाफ दिने गति {speed} हुन्छ।</translation>
    </message>
    <message>
        <source>Nothing in the catalog runs faster here; expect to wait for replies.</source>
        <translation>क्याटलगको कुनै पनि मोडेल यहाँ योभन्दा छिटो चल्दैन; जवाफका लागि पर्खनुपर्ने हुन्छ।</translation>
    </message>
    <message>
        <source>It is the most capable model that still replies at a comfortable pace here; memory is not the limit, speed is: {model} would manage {speed} and thinks before it answers, so a reply can take minutes.</source>
        <translation>यहाँ सहज गतिमा जवाफ दिन सक्ने सबैभन्दा सक्षम मोडेल यही हो; सीमा मेमोरीको होइन, गतिको हो: {model} को गति {speed} मात्र हुन्थ्यो र यसले जवाफ दिनुअघि चिन्तन गर्छ, त्यसैले एउटा जवाफमा केही मिनेट लाग्न सक्छ।</translation>
    </message>
    <message>
        <source>It is the most capable model that still replies at a comfortable pace here; memory is not the limit, speed is: {model} would manage {speed}.</source>
        <translation>यहाँ सहज गतिमा जवाफ दिन सक्ने सबैभन्दा सक्षम मोडेल यही हो; सीमा मेमोरीको होइन, गतिको हो: {model} को गति {speed} मात्र हुन्थ्यो।</translation>
    </message>
    <message>
        <source>It is the most capable model that fits in the memory free now ({free}).</source>
        <translation>अहिले खाली रहेको मेमोरीमा ({free}) अटाउने सबैभन्दा सक्षम मोडेल यही हो।</translation>
    </message>
    <message>
        <source>Switch Thinking on in a chat for harder questions; replies then take longer.</source>
        <translation>कठिन प्रश्नहरूका लागि च्याटमा चिन्तन सक्रिय गर्नुहोस्; त्यसपछि जवाफ आउन बढी समय लाग्छ।</translation>
    </message>
    <message>
        <source>{model} has the thinking switch and is quicker ({speed}) but less capable.</source>
        <translation>{model} मा चिन्तन स्विच छ र यो छिटो छ ({speed}) तर कम सक्षम छ।</translation>
    </message>
    <message>
        <source>{model} has the thinking switch but is slower here ({speed}) and less suited to code.</source>
        <translation>{model} मा चिन्तन स्विच छ तर यहाँ यो ढिलो छ ({speed}) र कोडका लागि कम उपयुक्त छ।</translation>
    </message>
    <message>
        <source>{model} has the thinking switch but is slower here ({speed}) and less suited to maths.</source>
        <translation>{model} मा चिन्तन स्विच छ तर यहाँ यो ढिलो छ ({speed}) र गणितका लागि कम उपयुक्त छ।</translation>
    </message>
    <message>
        <source>{model} has the thinking switch but is slower here ({speed}) and less suited to chat.</source>
        <translation>{model} मा चिन्तन स्विच छ तर यहाँ यो ढिलो छ ({speed}) र च्याटका लागि कम उपयुक्त छ।</translation>
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
        <translation>{card}, चिन्तन मोड: {sampling}</translation>
    </message>
    <message>
        <source>{card}, non-thinking mode: {sampling}</source>
        <translation>{card}, चिन्तनरहित मोड: {sampling}</translation>
    </message>
    <message>
        <source>{label} model card</source>
        <translation>{label} को मोडेल कार्ड</translation>
    </message>
    <message>
        <source>Qwen&apos;s model card: if a quantised model repeats itself endlessly, a presence penalty of up to 1.5 helps; higher values can mix languages and lower quality a little.</source>
        <translation>Qwen को मोडेल कार्ड: क्वान्टाइज गरिएको मोडेलले आफूलाई अन्तहीन रूपमा दोहोर्याइरहेमा 1.5 सम्मको उपस्थिति दण्डले मद्दत गर्छ; योभन्दा बढी मानले भाषाहरू मिसाउन र गुणस्तर अलिकति घटाउन सक्छ।</translation>
    </message>
    <message>
        <source>QwQ&apos;s card advises top-k between 20 and 40.</source>
        <translation>QwQ को कार्डले top-k 20 देखि 40 बीच राख्न सुझाव दिन्छ।</translation>
    </message>
    <message>
        <source>With the General preset no system message is sent, so the template&apos;s own default applies.</source>
        <translation>‘General’ प्रिसेटमा कुनै सिस्टम सन्देश पठाइँदैन, त्यसैले टेम्प्लेटको आफ्नै पूर्वनिर्धारित लागू हुन्छ।</translation>
    </message>
    <message>
        <source>Qwen2.5 generation defaults (the Math card gives no sampling)</source>
        <translation>Qwen2.5 का उत्पादन पूर्वनिर्धारित मानहरू (Math कार्डले स्याम्पलिङ दिँदैन)</translation>
    </message>
    <message>
        <source>The Math card&apos;s chain-of-thought system prompt is the default.</source>
        <translation>Math कार्डको चरणबद्ध तर्क (chain-of-thought) गर्ने सिस्टम प्रम्प्ट नै पूर्वनिर्धारित हो।</translation>
    </message>
    <message>
        <source>Its card asks for no system prompt: instructions go into the user turn.</source>
        <translation>यसको कार्डले सिस्टम प्रम्प्ट नराख्न भन्छ: निर्देशनहरू प्रयोगकर्ताको सन्देशमा जान्छन्।</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>यो मोडेल</translation>
    </message>
    <message>
        <source>No model card known; Qwen3&apos;s recommended values</source>
        <translation>कुनै मोडेल कार्ड थाहा छैन; Qwen3 का सिफारिस गरिएका मानहरू</translation>
    </message>
    <message>
        <source>Your own sampling from Settings (thinking mode)</source>
        <translation>सेटिङ्सबाट तपाईंको आफ्नै स्याम्पलिङ (चिन्तन मोड)</translation>
    </message>
    <message>
        <source>Your own sampling from Settings (non-thinking mode)</source>
        <translation>सेटिङ्सबाट तपाईंको आफ्नै स्याम्पलिङ (चिन्तनरहित मोड)</translation>
    </message>
    <message>
        <source>{label}: its card asks for no system prompt</source>
        <translation>{label}: यसको कार्डले सिस्टम प्रम्प्ट नराख्न भन्छ</translation>
    </message>
    <message>
        <source>{label}: the {preset} preset</source>
        <translation>{label}: {preset} प्रिसेट</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>सिस्टम प्रम्प्ट छैन</translation>
    </message>
    <message>
        <source>{label}: its card asks for instructions in the user turn</source>
        <translation>{label}: यसको कार्डले निर्देशनहरू प्रयोगकर्ताको सन्देशमा राख्न भन्छ</translation>
    </message>
    <message>
        <source>The {preset} preset</source>
        <translation>{preset} प्रिसेट</translation>
    </message>
    <message>
        <source>Your own system prompt</source>
        <translation>तपाईंको आफ्नै सिस्टम प्रम्प्ट</translation>
    </message>
    <message>
        <source>{label}: no system message, so the model&apos;s template adds its own default (“You are Qwen, created by Alibaba Cloud…”)</source>
        <translation>{label}: कुनै सिस्टम सन्देश छैन, त्यसैले मोडेलको टेम्प्लेटले आफ्नै पूर्वनिर्धारित सन्देश थप्छ (“You are Qwen, created by Alibaba Cloud…”)</translation>
    </message>
</context>
<context>
    <name>ModelFacts</name>
    <message>
        <source>{total}B parameters ({active}B active)</source>
        <translation>{total}B प्यारामिटर ({active}B सक्रिय)</translation>
    </message>
    <message>
        <source>{total}B parameters</source>
        <translation>{total}B प्यारामिटर</translation>
    </message>
    <message>
        <source>{native}K context (up to {most}K with YaRN)</source>
        <translation>{native}K कन्टेक्स्ट (YaRN सहित {most}K सम्म)</translation>
    </message>
    <message>
        <source>{native}K context</source>
        <translation>{native}K कन्टेक्स्ट</translation>
    </message>
    <message>
        <source>{count} billion</source>
        <translation>{count} अर्ब</translation>
    </message>
    <message>
        <source>{count} million</source>
        <translation>{count} मिलियन</translation>
    </message>
    <message>
        <source>{count} thousand</source>
        <translation>{count} हजार</translation>
    </message>
    <message>
        <source>{bits}-bit MLX</source>
        <translation>{bits}-बिट MLX</translation>
    </message>
    <message>
        <source>present</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <source>missing (a plain fallback is used)</source>
        <translation>छैन (साधारण वैकल्पिक टेम्प्लेट प्रयोग हुन्छ)</translation>
    </message>
    <message>
        <source>faulty: it did not finish (the model cannot be used)</source>
        <translation>त्रुटिपूर्ण: यो पूरा भएन (मोडेल प्रयोग गर्न सकिँदैन)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>आर्किटेक्चर</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>प्यारामिटरहरू</translation>
    </message>
    <message>
        <source>{context} tokens</source>
        <translation>{context} टोकन</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>उल्लेख गरिएको छैन</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>क्वान्ट</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>फाइलको आकार</translation>
    </message>
    <message>
        <source>Native context</source>
        <translation>मूल कन्टेक्स्ट</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>च्याट टेम्प्लेट</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>चिन्तन</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <source>not a Qwen family Qwen Desk knows; Qwen3&apos;s sampling is used</source>
        <translation>Qwen Desk ले चिनेको Qwen परिवार होइन; Qwen3 को स्याम्पलिङ प्रयोग गरिन्छ</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>स्याम्पलिङ</translation>
    </message>
    <message>
        <source>Sampling when thinking</source>
        <translation>चिन्तन गर्दाको स्याम्पलिङ</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>सिस्टम प्रम्प्ट</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>लामो कन्टेक्स्ट</translation>
    </message>
    <message>
        <source>up to {context} tokens with YaRN (model card)</source>
        <translation>YaRN सहित {context} टोकनसम्म (मोडेल कार्ड)</translation>
    </message>
</context>
<context>
    <name>ModelFamily</name>
    <message>
        <source>Qwen3 2507 update</source>
        <translation>Qwen3 2507 अपडेट</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>The model file {path} does not exist. Check the path.</source>
        <translation>मोडेल फाइल {path} अवस्थित छैन। पाथ जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{path} is a folder, not a GGUF file. Choose the .gguf file inside it.</source>
        <translation>{path} GGUF फाइल होइन, फोल्डर हो। यसभित्रको .gguf फाइल छान्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). Download it again.</source>
        <translation>{name} खाली छ (0 बाइट)। यसलाई फेरि डाउनलोड गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Qwen Desk runs GGUF files (and MLX folders on Apple Silicon); download a GGUF build of the model.</source>
        <translation>{name} GGUF मोडेल फाइल होइन। Qwen Desk ले GGUF फाइलहरू (र Apple Silicon मा MLX फोल्डरहरू) चलाउँछ; मोडेलको GGUF बिल्ड डाउनलोड गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} could not be read ({error}). Check that the file exists and that you may read it.</source>
        <translation>{name} पढ्न सकिएन ({error})। फाइल अवस्थित छ र तपाईंलाई यो पढ्ने अनुमति छ कि छैन जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} is cut short or damaged (its header ends early). Download it again.</source>
        <translation>{name} अधुरो वा बिग्रिएको छ (यसको हेडर बीचमै सकिन्छ)। यसलाई फेरि डाउनलोड गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} uses GGUF version {version}, which this app cannot read.</source>
        <translation>{name} ले GGUF संस्करण {version} प्रयोग गर्छ, जुन यो एपले पढ्न सक्दैन।</translation>
    </message>
    <message>
        <source>{name} has a damaged header ({error}). Download the model again, or another build of it.</source>
        <translation>{name} को हेडर बिग्रिएको छ ({error})। मोडेल फेरि डाउनलोड गर्नुहोस्, वा यसको अर्को बिल्ड लिनुहोस्।</translation>
    </message>
    <message>
        <source>{name} has a damaged header: {key} should be a whole number but is {shown}. Download the model again, or another build of it.</source>
        <translation>{name} को हेडर बिग्रिएको छ: {key} पूर्णाङ्क हुनुपर्ने हो तर {shown} छ। मोडेल फेरि डाउनलोड गर्नुहोस्, वा यसको अर्को बिल्ड लिनुहोस्।</translation>
    </message>
    <message>
        <source>{name} has a damaged header: {key} is {value}, which no real model has. Download the model again, or another build of it.</source>
        <translation>{name} को हेडर बिग्रिएको छ: {key} को मान {value} छ, जुन कुनै पनि वास्तविक मोडेलमा हुँदैन। मोडेल फेरि डाउनलोड गर्नुहोस्, वा यसको अर्को बिल्ड लिनुहोस्।</translation>
    </message>
    <message>
        <source>{name} has a damaged header: general.alignment is {alignment}, not a power of two. Download the model again, or another build of it.</source>
        <translation>{name} को हेडर बिग्रिएको छ: general.alignment {alignment} छ, जुन दुईको घात होइन। मोडेल फेरि डाउनलोड गर्नुहोस्, वा यसको अर्को बिल्ड लिनुहोस्।</translation>
    </message>
    <message>
        <source>{name} has a damaged header: its vocabulary (tokenizer.ggml.tokens) is not a list of texts. Download the model again, or another build of it.</source>
        <translation>{name} को हेडर बिग्रिएको छ: यसको शब्दभण्डार (tokenizer.ggml.tokens) पाठहरूको सूची होइन। मोडेल फेरि डाउनलोड गर्नुहोस्, वा यसको अर्को बिल्ड लिनुहोस्।</translation>
    </message>
    <message>
        <source>{name} is incomplete: {missing} bytes of model data are missing. The download was probably interrupted; download it again.</source>
        <translation>{name} अपूर्ण छ: मोडेल डेटाका {missing} बाइट छुटेका छन्। डाउनलोड सम्भवतः बीचमै रोकिएको थियो; यसलाई फेरि डाउनलोड गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>ModelFit</name>
    <message>
        <source>Fits</source>
        <translation>अटाउँछ</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>मुस्किलले अटाउँछ</translation>
    </message>
    <message>
        <source>Won&apos;t fit</source>
        <translation>अटाउँदैन</translation>
    </message>
    <message>
        <source>Fits on this computer at {context} tokens of context:</source>
        <translation>यो कम्प्युटरमा {context} टोकनको कन्टेक्स्टमा अटाउँछ:</translation>
    </message>
    <message>
        <source>Tight on this computer at {context} tokens of context:</source>
        <translation>यो कम्प्युटरमा {context} टोकनको कन्टेक्स्टमा मुस्किलले अटाउँछ:</translation>
    </message>
    <message>
        <source>Won&apos;t fit on this computer at {context} tokens of context:</source>
        <translation>यो कम्प्युटरमा {context} टोकनको कन्टेक्स्टमा अटाउँदैन:</translation>
    </message>
    <message>
        <source>weights {size}</source>
        <translation>वेट {size}</translation>
    </message>
    <message>
        <source>KV cache ({kind}) {size}</source>
        <translation>KV cache ({kind}) {size}</translation>
    </message>
    <message>
        <source>overhead {size}</source>
        <translation>ओभरहेड {size}</translation>
    </message>
    <message>
        <source>{size} of {budget} available</source>
        <translation>उपलब्ध {budget} मध्ये {size}</translation>
    </message>
    <message>
        <source>Largest context that fits comfortably: {context} tokens.</source>
        <translation>सहजै अटाउने सबैभन्दा ठूलो कन्टेक्स्ट: {context} टोकन।</translation>
    </message>
    <message>
        <source>Only fits tightly, up to {context} tokens; close other apps first.</source>
        <translation>{context} टोकनसम्म मुस्किलले मात्र अटाउँछ; पहिले अन्य एपहरू बन्द गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Does not fit even with a small context; pick a smaller model.</source>
        <translation>सानो कन्टेक्स्टमा पनि अटाउँदैन; सानो मोडेल छान्नुहोस्।</translation>
    </message>
    <message>
        <source>The size is an estimate until the catalog is refreshed.</source>
        <translation>क्याटलग रिफ्रेस नगरेसम्म आकार अनुमानित मात्र हो।</translation>
    </message>
</context>
<context>
    <name>ModelLoad</name>
    <message>
        <source>{name} is an MLX model, which runs only on Apple Silicon Macs. Download the GGUF build of this model instead.</source>
        <translation>{name} MLX मोडेल हो, जुन Apple Silicon भएका Mac हरूमा मात्र चल्छ। यसको सट्टा यो मोडेलको GGUF बिल्ड डाउनलोड गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This is an MLX model but mlx-lm is not installed. Reinstall Qwen Desk, or use the GGUF build of the model.</source>
        <translation>यो MLX मोडेल हो तर mlx-lm स्थापना गरिएको छैन। Qwen Desk फेरि स्थापना गर्नुहोस्, वा मोडेलको GGUF बिल्ड प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{model} is served by {url}; this engine runs local files only.</source>
        <translation>{model} {url} बाट सेवा दिइन्छ; यो इन्जिनले स्थानीय फाइलहरू मात्र चलाउँछ।</translation>
    </message>
    <message>
        <source>No model is loaded. Load a model first.</source>
        <translation>कुनै मोडेल लोड गरिएको छैन। पहिले मोडेल लोड गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Checking the model file</source>
        <translation>मोडेल फाइल जाँच गर्दै</translation>
    </message>
    <message>
        <source>{name} has no chat template, so Qwen Desk cannot tell how to talk to it. Use an instruct/chat GGUF of the model (base models have no template).</source>
        <translation>{name} मा च्याट टेम्प्लेट छैन, त्यसैले Qwen Desk ले यससँग कसरी कुरा गर्ने भनेर थाहा पाउन सक्दैन। मोडेलको instruct/chat GGUF प्रयोग गर्नुहोस् (base मोडेलहरूमा टेम्प्लेट हुँदैन)।</translation>
    </message>
    <message>
        <source>Unknown KV-cache type {kind}; choose f16, q8_0 or q4_0.</source>
        <translation>अज्ञात KV cache प्रकार {kind}; f16, q8_0 वा q4_0 छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Loading weights</source>
        <translation>वेट लोड गर्दै</translation>
    </message>
    <message>
        <source>GPU memory is full; loading on the CPU</source>
        <translation>GPU मेमोरी भरियो; CPU मा लोड गर्दै</translation>
    </message>
    <message>
        <source>Preparing the chat template</source>
        <translation>च्याट टेम्प्लेट तयार गर्दै</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तयार</translation>
    </message>
    <message>
        <source>This build of llama.cpp does not support the &apos;{architecture}&apos; architecture of {name} ({build}). Update Qwen Desk or choose another model.</source>
        <translation>llama.cpp को यो बिल्डले {name} को &apos;{architecture}&apos; आर्किटेक्चर समर्थन गर्दैन ({build})। Qwen Desk अपडेट गर्नुहोस् वा अर्को मोडेल छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Not enough memory to load {name} with these settings. Choose a smaller context length or a smaller quantisation, or fewer GPU layers.</source>
        <translation>यी सेटिङ्ससहित {name} लोड गर्न पर्याप्त मेमोरी छैन। सानो कन्टेक्स्ट लम्बाइ, सानो क्वान्ट, वा कम GPU लेयरहरू छान्नुहोस्।</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {error}</source>
        <translation>llama.cpp ले {name} लोड गर्न सकेन: {error}</translation>
    </message>
    <message>
        <source>{model} needs about {size} of memory at a context of {context} tokens, but only {free} is free. A context of {fits} tokens fits: load it with that, or close other apps.</source>
        <translation>{context} टोकनको कन्टेक्स्टमा {model} लाई करिब {size} मेमोरी चाहिन्छ, तर {free} मात्र खाली छ। {fits} टोकनको कन्टेक्स्ट अटाउँछ: त्यसैसँग लोड गर्नुहोस्, वा अन्य एपहरू बन्द गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{model} needs about {size} of memory even at a context of {context} tokens ({weights} for its weights, {working} for its KV cache and working buffers), but this computer has only {free} free ({total} in all). Choose a smaller model or a smaller quantisation (e.g. Q4_K_M).</source>
        <translation>{context} टोकनको कन्टेक्स्टमा पनि {model} लाई करिब {size} मेमोरी चाहिन्छ (वेटका लागि {weights}, KV cache र काम गर्ने बफरहरूका लागि {working}), तर यो कम्प्युटरमा {free} मात्र खाली छ (जम्मा {total})। सानो मोडेल वा सानो क्वान्ट (जस्तै Q4_K_M) छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Checking the model folder</source>
        <translation>मोडेल फोल्डर जाँच गर्दै</translation>
    </message>
    <message>
        <source>Reading the weights</source>
        <translation>वेट पढ्दै</translation>
    </message>
    <message>
        <source>Loading the weights</source>
        <translation>वेट लोड गर्दै</translation>
    </message>
    <message>
        <source>Loading the tokenizer</source>
        <translation>टोकनाइजर लोड गर्दै</translation>
    </message>
    <message>
        <source>Not enough memory to load {name}. Choose a smaller model.</source>
        <translation>{name} लोड गर्न पर्याप्त मेमोरी छैन। सानो मोडेल छान्नुहोस्।</translation>
    </message>
    <message>
        <source>The weights in {name} could not be read: they may be incomplete or damaged, or not match the model&apos;s config.json ({detail}).</source>
        <translation>{name} का वेट पढ्न सकिएन: ती अधुरा वा बिग्रिएका हुन सक्छन्, वा मोडेलको config.json सँग मेल नखान सक्छन् ({detail})।</translation>
    </message>
    <message>
        <source>The tokenizer files in {name} could not be read ({detail}).</source>
        <translation>{name} का टोकनाइजर फाइलहरू पढ्न सकिएन ({detail})।</translation>
    </message>
    <message>
        <source>The model&apos;s chat template failed: {error}</source>
        <translation>मोडेलको च्याट टेम्प्लेट असफल भयो: {error}</translation>
    </message>
    <message>
        <source>The model&apos;s cache could not be prepared: {error}</source>
        <translation>मोडेलको cache तयार गर्न सकिएन: {error}</translation>
    </message>
    <message>
        <source>The model folder {path} does not exist. It may have been moved or deleted.</source>
        <translation>मोडेल फोल्डर {path} अवस्थित छैन। यो सारिएको वा मेटाइएको हुन सक्छ।</translation>
    </message>
    <message>
        <source>{name} is a file, but an MLX model is a folder with config.json, *.safetensors weights and tokenizer files. It is a GGUF file: open it with the llama.cpp engine.</source>
        <translation>{name} एउटा फाइल हो, तर MLX मोडेल config.json, *.safetensors वेट र टोकनाइजर फाइलहरू भएको फोल्डर हुन्छ। यो GGUF फाइल हो: यसलाई llama.cpp इन्जिनमा खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} is a file, but an MLX model is a folder with config.json, *.safetensors weights and tokenizer files.</source>
        <translation>{name} एउटा फाइल हो, तर MLX मोडेल config.json, *.safetensors वेट र टोकनाइजर फाइलहरू भएको फोल्डर हुन्छ।</translation>
    </message>
    <message>
        <source>The folder {name} has no config.json, so it is not an MLX model folder.</source>
        <translation>फोल्डर {name} मा config.json छैन, त्यसैले यो MLX मोडेल फोल्डर होइन।</translation>
    </message>
    <message>
        <source>The config.json in {name} cannot be read; the download may be incomplete.</source>
        <translation>{name} भित्रको config.json पढ्न सकिँदैन; डाउनलोड अधुरो हुन सक्छ।</translation>
    </message>
    <message>
        <source>The config.json in {name} does not say which architecture the model has.</source>
        <translation>{name} भित्रको config.json ले मोडेलको आर्किटेक्चर कुन हो भनेर बताउँदैन।</translation>
    </message>
    <message>
        <source>The folder {name} has no model*.safetensors weights, so it is not an MLX model folder (or its download is incomplete).</source>
        <translation>फोल्डर {name} मा model*.safetensors वेट छैनन्, त्यसैले यो MLX मोडेल फोल्डर होइन (वा यसको डाउनलोड अधुरो छ)।</translation>
    </message>
    <message>
        <source>The folder {name} has no tokenizer files (tokenizer.json).</source>
        <translation>फोल्डर {name} मा टोकनाइजर फाइलहरू (tokenizer.json) छैनन्।</translation>
    </message>
    <message>
        <source>{name} needs custom Python code to run, which Qwen Desk does not execute.</source>
        <translation>{name} चलाउन विशेष Python कोड चाहिन्छ, जुन Qwen Desk ले चलाउँदैन।</translation>
    </message>
    <message>
        <source>This version of mlx-lm cannot run the &apos;{architecture}&apos; architecture of {name}. Update Qwen Desk or choose another model.</source>
        <translation>mlx-lm को यो संस्करणले {name} को &apos;{architecture}&apos; आर्किटेक्चर चलाउन सक्दैन। Qwen Desk अपडेट गर्नुहोस् वा अर्को मोडेल छान्नुहोस्।</translation>
    </message>
    <message>
        <source>{name} has no chat template, so Qwen Desk cannot tell how to talk to it. Use an instruct/chat version of the model (base models have no template).</source>
        <translation>{name} मा च्याट टेम्प्लेट छैन, त्यसैले Qwen Desk ले यससँग कसरी कुरा गर्ने भनेर थाहा पाउन सक्दैन। मोडेलको instruct/chat संस्करण प्रयोग गर्नुहोस् (base मोडेलहरूमा टेम्प्लेट हुँदैन)।</translation>
    </message>
    <message>
        <source>Connecting to {server}</source>
        <translation>{server} मा जडान गर्दै</translation>
    </message>
    <message>
        <source>Reading the server&apos;s details</source>
        <translation>सर्भरको विवरण पढ्दै</translation>
    </message>
</context>
<context>
    <name>ModelSource</name>
    <message>
        <source>In library</source>
        <translation>लाइब्रेरीमा</translation>
    </message>
    <message>
        <source>Linked in place</source>
        <translation>मूल स्थानमै लिंक गरिएको</translation>
    </message>
    <message>
        <source>Found in Hugging Face cache</source>
        <translation>Hugging Face cache मा भेटियो</translation>
    </message>
    <message>
        <source>Found in LM Studio</source>
        <translation>LM Studio मा भेटियो</translation>
    </message>
    <message>
        <source>Found in Ollama</source>
        <translation>Ollama मा भेटियो</translation>
    </message>
    <message>
        <source>Found in GPT4All</source>
        <translation>GPT4All मा भेटियो</translation>
    </message>
</context>
<context>
    <name>ModelThinking</name>
    <message>
        <source>Thinking on/off</source>
        <translation>चिन्तन सक्रिय/निष्क्रिय</translation>
    </message>
    <message>
        <source>Always thinks</source>
        <translation>सधैँ चिन्तन गर्छ</translation>
    </message>
    <message>
        <source>No thinking</source>
        <translation>चिन्तन गर्दैन</translation>
    </message>
    <message>
        <source>Can think step by step before answering; you switch it per chat.</source>
        <translation>जवाफ दिनुअघि चरणबद्ध रूपमा चिन्तन गर्न सक्छ; हरेक च्याटमा तपाईं यसलाई सक्रिय वा निष्क्रिय गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>Always reasons step by step first: slower, stronger at hard tasks.</source>
        <translation>सधैँ पहिले चरणबद्ध रूपमा तर्क गर्छ: ढिलो, तर कठिन कामहरूमा बलियो।</translation>
    </message>
    <message>
        <source>Answers straight away, without a thinking phase.</source>
        <translation>चिन्तन चरणबिना सिधै जवाफ दिन्छ।</translation>
    </message>
</context>
<context>
    <name>ModelsFolder</name>
    <message>
        <source>{destination} is already the models folder.</source>
        <translation>{destination} पहिले नै मोडेल फोल्डर हो।</translation>
    </message>
    <message>
        <source>{destination} is inside the current models folder. Choose a folder outside {source}.</source>
        <translation>{destination} हालको मोडेल फोल्डरभित्र छ। {source} बाहिरको फोल्डर छान्नुहोस्।</translation>
    </message>
    <message>
        <source>{destination} is a file, not a folder. Choose a folder.</source>
        <translation>{destination} फोल्डर होइन, फाइल हो। फोल्डर छान्नुहोस्।</translation>
    </message>
    <message>
        <source>The new folder already has {names} and {more} more. Move or delete them there first, or choose another folder.</source>
        <translation>नयाँ फोल्डरमा {names} र थप {more} पहिले नै छन्। पहिले तिनलाई त्यहाँबाट सार्नुहोस् वा मेटाउनुहोस्, वा अर्को फोल्डर छान्नुहोस्।</translation>
    </message>
    <message>
        <source>The new folder already has {names}. Move or delete it there first, or choose another folder.</source>
        <translation>नयाँ फोल्डरमा {names} पहिले नै छ। पहिले त्यसलाई त्यहाँबाट सार्नुहोस् वा मेटाउनुहोस्, वा अर्को फोल्डर छान्नुहोस्।</translation>
    </message>
    <message>
        <source>The new folder already has {names}. Move or delete them there first, or choose another folder.</source>
        <translation>नयाँ फोल्डरमा {names} पहिले नै छन्। पहिले तिनलाई त्यहाँबाट सार्नुहोस् वा मेटाउनुहोस्, वा अर्को फोल्डर छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Moving the models needs {size} free in {destination}, but that drive has only {free} free. Free some space or choose another folder.</source>
        <translation>मोडेलहरू सार्न {destination} मा {size} खाली ठाउँ चाहिन्छ, तर त्यो ड्राइभमा {free} मात्र खाली छ। केही ठाउँ खाली गर्नुहोस् वा अर्को फोल्डर छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Could not move {name}: {error}. It is still in {source}; check the new folder&apos;s drive and try again.</source>
        <translation>{name} सार्न सकिएन: {error}। यो अझै {source} मा छ; नयाँ फोल्डरको ड्राइभ जाँच गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>the proxy {via} did not let the connection to {host} through ({detail})</source>
        <translation>प्रोक्सी {via} ले {host} सम्मको जडान पार हुन दिएन ({detail})</translation>
    </message>
    <message>
        <source>the secure connection to {host} could not be verified ({detail}); a proxy or firewall may be intercepting it</source>
        <translation>{host} सँगको सुरक्षित जडान प्रमाणित गर्न सकिएन ({detail}); कुनै प्रोक्सी वा फायरवालले यसलाई बीचमै समातिरहेको हुन सक्छ</translation>
    </message>
    <message>
        <source>the proxy {via} refused the connection</source>
        <translation>प्रोक्सी {via} ले जडान अस्वीकार गर्यो</translation>
    </message>
    <message>
        <source>the proxy&apos;s name {via} could not be looked up</source>
        <translation>प्रोक्सीको नाम {via} को ठेगाना पत्ता लगाउन सकिएन</translation>
    </message>
    <message>
        <source>the proxy {via} could not be reached ({detail})</source>
        <translation>प्रोक्सी {via} सम्म पुग्न सकिएन ({detail})</translation>
    </message>
    <message>
        <source>{host} did not answer in time; the network may be down or blocked</source>
        <translation>{host} ले समयमै जवाफ दिएन; नेटवर्क बन्द वा अवरुद्ध हुन सक्छ</translation>
    </message>
    <message>
        <source>the name {host} could not be looked up, so this computer seems to be offline (or its DNS is not working)</source>
        <translation>{host} नामको ठेगाना पत्ता लगाउन सकिएन, त्यसैले यो कम्प्युटर अफलाइन भएजस्तो देखिन्छ (वा यसको DNS ले काम गरिरहेको छैन)</translation>
    </message>
    <message>
        <source>this computer has no network connection</source>
        <translation>यो कम्प्युटरमा नेटवर्क जडान छैन</translation>
    </message>
    <message>
        <source>{host} refused the connection</source>
        <translation>{host} ले जडान अस्वीकार गर्यो</translation>
    </message>
    <message>
        <source>could not connect to {host} ({detail})</source>
        <translation>{host} मा जडान गर्न सकिएन ({detail})</translation>
    </message>
</context>
<context>
    <name>PythonRunner</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>प्रयोगकर्ताले रोक्नुभयो।</translation>
    </message>
    <message>
        <source>Stopped: the program ran longer than the time limit of {seconds} s.</source>
        <translation>रोकियो: प्रोग्राम {seconds} s को समय सीमाभन्दा लामो चल्यो।</translation>
    </message>
    <message>
        <source>Stopped: the program used more than the memory limit of {size}.</source>
        <translation>रोकियो: प्रोग्रामले {size} को मेमोरी सीमाभन्दा बढी प्रयोग गर्यो।</translation>
    </message>
    <message>
        <source>Stopped: the program printed more than the output limit of {size}; the output is cut there.</source>
        <translation>रोकियो: प्रोग्रामले {size} को आउटपुट सीमाभन्दा बढी प्रिन्ट गर्यो; आउटपुट त्यहीँ काटिएको छ।</translation>
    </message>
    <message>
        <source>The program ended with exit code {code}.</source>
        <translation>प्रोग्राम exit code {code} सहित सकियो।</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>{source} is a file on this computer; the remote engine runs models on servers only.</source>
        <translation>{source} यो कम्प्युटरमा रहेको फाइल हो; रिमोट इन्जिनले सर्भरहरूमा मात्र मोडेल चलाउँछ।</translation>
    </message>
    <message>
        <source>{server} does not serve a model called {model}. It serves: {served}. Choose one of its models in Connect to a server…</source>
        <translation>{server} ले {model} नामको मोडेल उपलब्ध गराउँदैन। यसले उपलब्ध गराउने मोडेलहरू: {served}। ‘सर्भरमा जडान गर्नुहोस्…’ मा यसका मोडेलहरूमध्ये एउटा छान्नुहोस्।</translation>
    </message>
    <message>
        <source>{server} stopped the reply with an error: {said}</source>
        <translation>{server} ले त्रुटिसहित जवाफ रोक्यो: {said}</translation>
    </message>
    <message>
        <source>{server} stopped the reply with an error.</source>
        <translation>{server} ले त्रुटिसहित जवाफ रोक्यो।</translation>
    </message>
    <message>
        <source>Qwen Desk could not read the reply from {server}; see the log.</source>
        <translation>Qwen Desk ले {server} बाट आएको जवाफ पढ्न सकेन; लग हेर्नुहोस्।</translation>
    </message>
    <message>
        <source>The certificate of {server} could not be verified (it is self-signed or from an authority this computer does not trust). Install the server&apos;s certificate authority on this computer, or use http:// on a network you trust.</source>
        <translation>{server} को प्रमाणपत्र प्रमाणित गर्न सकिएन (यो स्व-हस्ताक्षरित छ वा यो कम्प्युटरले विश्वास नगर्ने प्राधिकरणबाट जारी भएको हो)। सर्भरको प्रमाणपत्र प्राधिकरण यो कम्प्युटरमा स्थापना गर्नुहोस्, वा तपाईंले विश्वास गर्ने नेटवर्कमा http:// प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>A secure (https) connection to {server} failed. Check that the server speaks https on that port, or use http:// if it does not.</source>
        <translation>{server} सँगको सुरक्षित (https) जडान असफल भयो। सर्भरले त्यो पोर्टमा https चलाउँछ कि चलाउँदैन जाँच गर्नुहोस्, वा चलाउँदैन भने http:// प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The name {host} could not be found. Check the spelling of the server&apos;s address, or use its IP address.</source>
        <translation>{host} नाम भेटिएन। सर्भरको ठेगानाको हिज्जे जाँच गर्नुहोस्, वा यसको IP ठेगाना प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Nothing is listening at {server}. Check that the server is running and that the address and port are right.</source>
        <translation>{server} मा कुनै पनि सेवाले जडान स्वीकार गरिरहेको छैन। सर्भर चलिरहेको छ र ठेगाना तथा पोर्ट सही छन् भनी जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{server} did not answer within {seconds} seconds. Check that the server is on and reachable from this computer (firewall, VPN).</source>
        <translation>{server} ले {seconds} सेकेन्डभित्र जवाफ दिएन। सर्भर चालु छ र यो कम्प्युटरबाट त्यहाँ पुग्न सकिन्छ भनी जाँच गर्नुहोस् (फायरवाल, VPN)।</translation>
    </message>
    <message>
        <source>{server} stopped sending for {seconds} seconds, so Qwen Desk gave up. The server may be overloaded or stuck; try again, or restart the server.</source>
        <translation>{server} ले {seconds} सेकेन्डसम्म केही पठाएन, त्यसैले Qwen Desk ले प्रतीक्षा छोड्यो। सर्भरमा अत्यधिक भार भएको वा यो अड्किएको हुन सक्छ; फेरि प्रयास गर्नुहोस्, वा सर्भर पुनः सुरु गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{server} closed the connection in the middle of the reply (it may have stopped or crashed). Check the server, then try again.</source>
        <translation>{server} ले जवाफको बीचमै जडान बन्द गर्यो (यो रोकिएको वा क्र्यास भएको हुन सक्छ)। सर्भर जाँच गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The server address is not valid; write it like http://gpu-box:8000/v1.</source>
        <translation>सर्भरको ठेगाना मान्य छैन; यसलाई http://gpu-box:8000/v1 जस्तै गरी लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Could not talk to {server}: {error}. Check the address and the network.</source>
        <translation>{server} सँग सम्पर्क गर्न सकिएन: {error}। ठेगाना र नेटवर्क जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The server said: {said}</source>
        <translation>सर्भरले भन्यो: {said}</translation>
    </message>
    <message>
        <source>{server} refused the API key. Check the key in Connect to a server…</source>
        <translation>{server} ले API कुञ्जी अस्वीकार गर्यो। ‘सर्भरमा जडान गर्नुहोस्…’ मा कुञ्जी जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{server} needs an API key. Enter it in Connect to a server…</source>
        <translation>{server} लाई API कुञ्जी चाहिन्छ। यसलाई ‘सर्भरमा जडान गर्नुहोस्…’ मा प्रविष्ट गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{server} does not allow this key to use it (access denied). Check the key&apos;s permissions on the server.</source>
        <translation>{server} ले यो कुञ्जीलाई प्रयोग गर्ने अनुमति दिँदैन (पहुँच अस्वीकृत)। सर्भरमा कुञ्जीका अनुमतिहरू जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{server} has no OpenAI-compatible model list at this address. Check the base URL; it usually ends in /v1 (e.g. http://gpu-box:8000/v1).</source>
        <translation>यो ठेगानामा {server} को OpenAI-अनुकूल मोडेल सूची छैन। base URL जाँच गर्नुहोस्; यो प्रायः /v1 मा अन्त्य हुन्छ (जस्तै http://gpu-box:8000/v1)।</translation>
    </message>
    <message>
        <source>{server} does not serve a model called {model}. Choose one of its models in Connect to a server…</source>
        <translation>{server} ले {model} नामको मोडेल उपलब्ध गराउँदैन। ‘सर्भरमा जडान गर्नुहोस्…’ मा यसका मोडेलहरूमध्ये एउटा छान्नुहोस्।</translation>
    </message>
    <message>
        <source>{server} is rate-limiting requests (it asks for {seconds} seconds). Wait a moment, then send again.</source>
        <translation>{server} ले अनुरोधहरूको दर सीमित गरिरहेको छ (यसले {seconds} सेकेन्ड पर्खन भन्छ)। केही बेर पर्खेर फेरि पठाउनुहोस्।</translation>
    </message>
    <message>
        <source>{server} is rate-limiting requests. Wait a moment, then send again.</source>
        <translation>{server} ले अनुरोधहरूको दर सीमित गरिरहेको छ। केही बेर पर्खेर फेरि पठाउनुहोस्।</translation>
    </message>
    <message>
        <source>{server} had an internal error ({status}). Check the server&apos;s log; try again later.</source>
        <translation>{server} मा आन्तरिक त्रुटि भयो ({status})। सर्भरको लग जाँच गर्नुहोस्; पछि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{server} rejected the request ({status}).</source>
        <translation>{server} ले अनुरोध अस्वीकार गर्यो ({status})।</translation>
    </message>
    <message>
        <source>{server} rejected the request ({status}). Check the server log.</source>
        <translation>{server} ले अनुरोध अस्वीकार गर्यो ({status})। सर्भरको लग जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{server} sent a model list that Qwen Desk cannot read; is it an OpenAI-compatible server? Check the base URL (it usually ends in /v1).</source>
        <translation>{server} ले Qwen Desk ले पढ्न नसक्ने मोडेल सूची पठायो; के यो OpenAI-अनुकूल सर्भर हो? base URL जाँच गर्नुहोस् (यो प्रायः /v1 मा अन्त्य हुन्छ)।</translation>
    </message>
    <message>
        <source>{server} sent a reply that Qwen Desk cannot read; is it an OpenAI-compatible server? Check the base URL (it usually ends in /v1).</source>
        <translation>{server} ले Qwen Desk ले पढ्न नसक्ने जवाफ पठायो; के यो OpenAI-अनुकूल सर्भर हो? base URL जाँच गर्नुहोस् (यो प्रायः /v1 मा अन्त्य हुन्छ)।</translation>
    </message>
    <message>
        <source>{server} sent an answer that Qwen Desk cannot read; is it an OpenAI-compatible server? Check the base URL (it usually ends in /v1).</source>
        <translation>{server} ले Qwen Desk ले पढ्न नसक्ने प्रतिक्रिया पठायो; के यो OpenAI-अनुकूल सर्भर हो? base URL जाँच गर्नुहोस् (यो प्रायः /v1 मा अन्त्य हुन्छ)।</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. http://gpu-box:8000/v1.</source>
        <translation>सर्भरको ठेगाना प्रविष्ट गर्नुहोस्, जस्तै http://gpu-box:8000/v1।</translation>
    </message>
    <message>
        <source>{address} is not a valid server address; write it like http://gpu-box:8000/v1.</source>
        <translation>{address} मान्य सर्भर ठेगाना होइन; यसलाई http://gpu-box:8000/v1 जस्तै गरी लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https:// and name a host, e.g. http://gpu-box:8000/v1.</source>
        <translation>सर्भरको ठेगाना http:// वा https:// बाट सुरु हुनुपर्छ र त्यसमा होस्टको नाम हुनुपर्छ, जस्तै http://gpu-box:8000/v1।</translation>
    </message>
    <message>
        <source>Put the API key in the key field, not in the server address.</source>
        <translation>API कुञ्जी सर्भरको ठेगानामा होइन, कुञ्जीको फिल्डमा राख्नुहोस्।</translation>
    </message>
    <message>
        <source>Offline mode is on, so Qwen Desk does not connect to {server}. Turn off offline mode in Settings to use this server, or run the server on this computer.</source>
        <translation>अफलाइन मोड सक्रिय छ, त्यसैले Qwen Desk {server} मा जडान हुँदैन। यो सर्भर प्रयोग गर्न सेटिङ्समा अफलाइन मोड बन्द गर्नुहोस्, वा सर्भरलाई यही कम्प्युटरमा चलाउनुहोस्।</translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <source>temperature {value}</source>
        <translation>टेम्परेचर {value}</translation>
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
        <translation>top-k छैन</translation>
    </message>
    <message>
        <source>min-p {value}</source>
        <translation>min-p {value}</translation>
    </message>
    <message>
        <source>repetition penalty {value}</source>
        <translation>दोहोर्याइ दण्ड {value}</translation>
    </message>
    <message>
        <source>presence penalty {value}</source>
        <translation>उपस्थिति दण्ड {value}</translation>
    </message>
</context>
<context>
    <name>ToolResult</name>
    <message>
        <source>Not run: the reply failed.</source>
        <translation>चलाइएन: जवाफ असफल भयो।</translation>
    </message>
    <message>
        <source>The user stopped before it ran.</source>
        <translation>यो चल्नुअघि नै प्रयोगकर्ताले रोक्नुभयो।</translation>
    </message>
    <message>
        <source>The user denied this tool call.</source>
        <translation>प्रयोगकर्ताले यो टुल कल अस्वीकार गर्नुभयो।</translation>
    </message>
    <message>
        <source>The user did not allow running this code.</source>
        <translation>प्रयोगकर्ताले यो कोड चलाउन अनुमति दिनुभएन।</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne">
<context>
    <name>AttachmentChips</name>
    <message>
        <source>{path}
Being indexed</source>
        <translation>{path}
इन्डेक्स हुँदैछ</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>संलग्न कागजातहरू</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+थप %n</numerusform><numerusform>+थप %n</numerusform></translation>
    </message>
</context>
<context>
    <name>CatalogCards</name>
    <message>
        <source>Chat</source>
        <translation>च्याट</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Maths</source>
        <translation>गणित</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>तर्क</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>च्याट</translation>
    </message>
    <message>
        <source>code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>maths</source>
        <translation>गणित</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>तर्क</translation>
    </message>
    <message>
        <source>Offline mode is on. Turn it off (File ▸ Offline mode) to download models.</source>
        <translation>अफलाइन मोड सक्रिय छ। मोडेलहरू डाउनलोड गर्न यसलाई बन्द गर्नुहोस् (फाइल ▸ अफलाइन मोड)।</translation>
    </message>
    <message>
        <source>{verdict} on this computer</source>
        <translation>यो कम्प्युटरमा {verdict}</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>स्थापित</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>डाउनलोड गर्नुहोस्</translation>
    </message>
    <message numerus="yes">
        <source>%n parts</source>
        <translation><numerusform>%n भाग</numerusform><numerusform>%n भाग</numerusform></translation>
    </message>
    <message>
        <source>(community)</source>
        <translation>(समुदाय)</translation>
    </message>
    <message>
        <source>Download {name} {quant}</source>
        <translation>{name} {quant} डाउनलोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>Mixture of experts: only the active parameters work on each token, so it is fast for its size.</source>
        <translation>विशेषज्ञहरूको मिश्रण (Mixture of Experts): प्रत्येक टोकनमा सक्रिय प्यारामिटरहरू मात्र काम गर्छन्, त्यसैले यो आफ्नो आकारको तुलनामा छिटो छ।</translation>
    </message>
    <message>
        <source>MoE</source>
        <translation>MoE</translation>
    </message>
    <message>
        <source>Sizes from the catalog bundled with the app.</source>
        <translation>एपसँगै आएको क्याटलगअनुसारका आकारहरू।</translation>
    </message>
    <message>
        <source>Sizes read from Hugging Face on that date.</source>
        <translation>त्यस मितिमा Hugging Face बाट पढिएका आकारहरू।</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Recommended for {tasks}</source>
        <translation>{tasks} का लागि सिफारिस गरिएको</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>यो कम्प्युटरका लागि सिफारिस गरिएको</translation>
    </message>
    <message>
        <source>Nothing in the catalog fits comfortably; free some memory.</source>
        <translation>क्याटलगको कुनै पनि मोडेल सहजै अटाउँदैन; केही मेमोरी खाली गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Download recommended model for {task}</source>
        <translation>{task} का लागि सिफारिस गरिएको मोडेल डाउनलोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>Download {name} instead</source>
        <translation>यसको सट्टा {name} डाउनलोड गर्नुहोस्</translation>
    </message>
    <message>
        <source>Or: {model}</source>
        <translation>वा: {model}</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>सबै कार्यहरू</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Model catalog</source>
        <translation>मोडेल क्याटलग</translation>
    </message>
    <message>
        <source>No model in the catalog matches.</source>
        <translation>क्याटलगमा कुनै मोडेल मेल खाएन।</translation>
    </message>
    <message>
        <source>Show models for task</source>
        <translation>कार्यअनुसार मोडेलहरू देखाउनुहोस्</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>क्याटलगमा खोज्नुहोस्</translation>
    </message>
    <message>
        <source>Search models (name, size, licence, quant)…</source>
        <translation>मोडेलहरू खोज्नुहोस् (नाम, आकार, इजाजतपत्र, क्वान्ट)…</translation>
    </message>
    <message>
        <source>Refresh from the Hub</source>
        <translation>Hub बाट रिफ्रेस गर्नुहोस्</translation>
    </message>
    <message>
        <source>Refresh the catalog from the Hugging Face Hub</source>
        <translation>Hugging Face Hub बाट क्याटलग रिफ्रेस गर्नुहोस्</translation>
    </message>
    <message>
        <source>Catalog of {date}</source>
        <translation>{date} को क्याटलग</translation>
    </message>
    <message>
        <source>bundled data</source>
        <translation>एपसँगै आएको डेटा</translation>
    </message>
    <message>
        <source>refreshed {date}</source>
        <translation>{date} मा रिफ्रेस गरिएको</translation>
    </message>
    <message>
        <source>partly refreshed {date}</source>
        <translation>{date} मा आंशिक रूपमा रिफ्रेस गरिएको</translation>
    </message>
    <message>
        <source>Sizes read from Hugging Face.</source>
        <translation>Hugging Face बाट पढिएका आकारहरू।</translation>
    </message>
    <message>
        <source>Sizes bundled with the app.</source>
        <translation>एपसँगै आएका आकारहरू।</translation>
    </message>
</context>
<context>
    <name>ChatFiles</name>
    <message numerus="yes">
        <source>%n chat</source>
        <translation><numerusform>%n च्याट</numerusform><numerusform>%n च्याट</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chats</source>
        <translation><numerusform>%n च्याट</numerusform><numerusform>%n च्याट</numerusform></translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>च्याटहरू आयात गर्नुहोस्</translation>
    </message>
    <message numerus="yes">
        <source>%n of the {chats} in {file} is already in your history (the file was imported before, or exported from here).</source>
        <translation><numerusform>{file} मा भएका {chats} मध्ये %n पहिल्यै तपाईंको इतिहासमा छ (यो फाइल पहिले नै आयात गरिएको थियो, वा यहीँबाट निर्यात गरिएको थियो)।</numerusform><numerusform>{file} मा भएका {chats} मध्ये %n पहिल्यै तपाईंको इतिहासमा छन् (यो फाइल पहिले नै आयात गरिएको थियो, वा यहीँबाट निर्यात गरिएको थियो)।</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of the {chats} in {file} are already in your history (the file was imported before, or exported from here).</source>
        <translation><numerusform>{file} मा भएका {chats} मध्ये %n पहिल्यै तपाईंको इतिहासमा छ (यो फाइल पहिले नै आयात गरिएको थियो, वा यहीँबाट निर्यात गरिएको थियो)।</numerusform><numerusform>{file} मा भएका {chats} मध्ये %n पहिल्यै तपाईंको इतिहासमा छन् (यो फाइल पहिले नै आयात गरिएको थियो, वा यहीँबाट निर्यात गरिएको थियो)।</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import the %n new one</source>
        <translation><numerusform>%n नयाँ च्याट आयात गर्नुहोस्</numerusform><numerusform>%n नयाँ च्याटहरू आयात गर्नुहोस्</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import the %n new ones</source>
        <translation><numerusform>%n नयाँ च्याट आयात गर्नुहोस्</numerusform><numerusform>%n नयाँ च्याटहरू आयात गर्नुहोस्</numerusform></translation>
    </message>
    <message>
        <source>The chat in {file} is already in your history (the file was imported before, or exported from here).</source>
        <translation>{file} मा भएको च्याट पहिल्यै तपाईंको इतिहासमा छ (यो फाइल पहिले नै आयात गरिएको थियो, वा यहीँबाट निर्यात गरिएको थियो)।</translation>
    </message>
    <message>
        <source>All {chats} in {file} are already in your history (the file was imported before, or exported from here).</source>
        <translation>{file} मा भएका सबै {chats} पहिल्यै तपाईंको इतिहासमा छन् (यो फाइल पहिले नै आयात गरिएको थियो, वा यहीँबाट निर्यात गरिएको थियो)।</translation>
    </message>
    <message>
        <source>Import it again as a copy</source>
        <translation>प्रतिलिपिका रूपमा फेरि आयात गर्नुहोस्</translation>
    </message>
    <message numerus="yes">
        <source>Import all %n again as copies</source>
        <translation><numerusform>सबै %n लाई प्रतिलिपिका रूपमा फेरि आयात गर्नुहोस्</numerusform><numerusform>सबै %n लाई प्रतिलिपिका रूपमा फेरि आयात गर्नुहोस्</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported {chats} from {file}; %n already here was left out.</source>
        <translation>
            <numerusform>{file} बाट {chats} आयात गरियो; पहिल्यै यहाँ भएको %n छोडियो।</numerusform>
            <numerusform>{file} बाट {chats} आयात गरियो; पहिल्यै यहाँ भएका %n छोडिए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {chats} from {file}; %n already here were left out.</source>
        <translation><numerusform>{file} बाट {chats} आयात गरियो; पहिल्यै यहाँ भएको %n छोडियो।</numerusform><numerusform>{file} बाट {chats} आयात गरियो; पहिल्यै यहाँ भएका %n छोडिए।</numerusform></translation>
    </message>
    <message>
        <source>Imported {chats} from {file}.</source>
        <translation>{file} बाट {chats} आयात गरियो।</translation>
    </message>
    <message>
        <source>Exported {chats} to {file} in {folder}.</source>
        <translation>{chats} लाई {folder} भित्रको {file} मा निर्यात गरियो।</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>फोल्डर देखाउनुहोस्</translation>
    </message>
    <message>
        <source>Chats (*.json);;All files (*)</source>
        <translation>च्याटहरू (*.json);;सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <source>Export all chats</source>
        <translation>सबै च्याटहरू निर्यात गर्नुहोस्</translation>
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
        <translation>नयाँ च्याट</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>भर्खरै</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation><numerusform>%n मिनेट अघि</numerusform><numerusform>%n मिनेट अघि</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation><numerusform>%n घण्टा अघि</numerusform><numerusform>%n घण्टा अघि</numerusform></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>हिजो</translation>
    </message>
    <message>
        <source>Pinned. {title}, {when}</source>
        <translation>पिन गरिएको। {title}, {when}</translation>
    </message>
    <message>
        <source>{title}, {when}</source>
        <translation>{title}, {when}</translation>
    </message>
    <message>
        <source>Chat title</source>
        <translation>च्याटको शीर्षक</translation>
    </message>
    <message>
        <source>Automatic title</source>
        <translation>स्वचालित शीर्षक</translation>
    </message>
</context>
<context>
    <name>ChatMenu</name>
    <message>
        <source>Rename</source>
        <translation>नाम बदल्नुहोस्</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>पिन हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>माथि पिन गर्नुहोस्</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात गर्नुहोस्</translation>
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
        <translation>च्याट निर्यात गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>CitationPopup</name>
    <message>
        <source>Source [{number}]</source>
        <translation>स्रोत [{number}]</translation>
    </message>
    <message>
        <source>Cited passage</source>
        <translation>उद्धृत अंश</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>फाइल खोल्नुहोस्</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <source>chosen files</source>
        <translation>छानिएका फाइलहरू</translation>
    </message>
    <message>
        <source>Document collections</source>
        <translation>कागजात संग्रहहरू</translation>
    </message>
    <message>
        <source>A collection is a folder or a set of files that any chat can search. Switch collections on for a chat with the Documents button under the message box.</source>
        <translation>संग्रह भनेको कुनै पनि च्याटले खोज्न सक्ने एउटा फोल्डर वा फाइलहरूको समूह हो। सन्देश बक्सको तलको ‘कागजातहरू’ बटनबाट कुनै च्याटका लागि संग्रहहरू सक्रिय गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>संग्रहहरू</translation>
    </message>
    <message>
        <source>New from &amp;folder…</source>
        <translation>फोल्डरबाट नयाँ…</translation>
    </message>
    <message>
        <source>New from fi&amp;les…</source>
        <translation>फाइलहरूबाट नयाँ…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>नाम बदल्नुहोस्…</translation>
    </message>
    <message>
        <source>Re-&amp;index</source>
        <translation>फेरि इन्डेक्स गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>मेटाउनुहोस्…</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>कागजातहरूको फोल्डर छान्नुहोस्</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>कागजातहरू छान्नुहोस्</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>संग्रहको नाम बदल्नुहोस्</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>संग्रह मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Delete the collection “{name}” and its index? Your files stay where they are.</source>
        <translation>“{name}” संग्रह र यसको इन्डेक्स मेटाउने हो? तपाईंका फाइलहरू जहाँ छन् त्यहीँ रहन्छन्।</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>ok</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>पहेँलो</translation>
    </message>
    <message>
        <source>red</source>
        <translation>रातो</translation>
    </message>
    <message>
        <source>Context {percent} percent full ({level})</source>
        <translation>कन्टेक्स्ट {percent} प्रतिशत भरिएको ({level})</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Models folder</source>
        <translation>मोडेल फोल्डर</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज गर्नुहोस्…</translation>
    </message>
    <message>
        <source>Choose the models folder</source>
        <translation>मोडेल फोल्डर छान्नुहोस्</translation>
    </message>
    <message>
        <source>Models folder problem</source>
        <translation>मोडेल फोल्डरमा समस्या</translation>
    </message>
    <message>
        <source>Empty: the app&apos;s own folder (shown greyed). New downloads go here.</source>
        <translation>खाली: एपको आफ्नै फोल्डर (धमिलो देखाइएको)। नयाँ डाउनलोडहरू यहीँ आउँछन्।</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging Face टोकन</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <source>Save the Hugging Face token</source>
        <translation>Hugging Face टोकन सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>खाली गर्नुहोस्</translation>
    </message>
    <message>
        <source>Clear the saved Hugging Face token</source>
        <translation>सेभ गरिएको Hugging Face टोकन खाली गर्नुहोस्</translation>
    </message>
    <message>
        <source>Hugging Face token state</source>
        <translation>Hugging Face टोकनको अवस्था</translation>
    </message>
    <message>
        <source>Hugging Face token problem</source>
        <translation>Hugging Face टोकनमा समस्या</translation>
    </message>
    <message>
        <source>Only gated models (those that ask you to accept a licence on huggingface.co) need a token. Create a read token at huggingface.co/settings/tokens.</source>
        <translation>पहुँच-नियन्त्रित मोडेलहरूलाई (huggingface.co मा इजाजतपत्र स्वीकार गर्न भन्ने मोडेलहरू) मात्र टोकन चाहिन्छ। huggingface.co/settings/tokens मा पढ्ने (read) टोकन बनाउनुहोस्।</translation>
    </message>
    <message>
        <source>Give the models folder as a full path, or use Browse….</source>
        <translation>मोडेल फोल्डरको पूरा पाथ दिनुहोस्, वा ‘ब्राउज गर्नुहोस्…’ प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Choose a folder.</source>
        <translation>{path} फोल्डर होइन, फाइल हो। एउटा फोल्डर छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Stopping the move…</source>
        <translation>सार्ने काम रोकिँदै…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n model ({size}) to {folder}. This folder is kept even if you press Cancel.</source>
        <translation><numerusform>%n मोडेल ({size}) {folder} मा सारियो। तपाईंले ‘रद्द गर्नुहोस्’ थिच्नुभए पनि यो फोल्डर कायमै रहन्छ।</numerusform><numerusform>%n मोडेल ({size}) {folder} मा सारिए। तपाईंले ‘रद्द गर्नुहोस्’ थिच्नुभए पनि यो फोल्डर कायमै रहन्छ।</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n models ({size}) to {folder}. This folder is kept even if you press Cancel.</source>
        <translation><numerusform>%n मोडेल ({size}) {folder} मा सारियो। तपाईंले ‘रद्द गर्नुहोस्’ थिच्नुभए पनि यो फोल्डर कायमै रहन्छ।</numerusform><numerusform>%n मोडेल ({size}) {folder} मा सारिए। तपाईंले ‘रद्द गर्नुहोस्’ थिच्नुभए पनि यो फोल्डर कायमै रहन्छ।</numerusform></translation>
    </message>
    <message>
        <source>Move stopped.</source>
        <translation>सार्ने काम रोकियो।</translation>
    </message>
    <message numerus="yes">
        <source>%n model moved to {folder}; {left} still in {source}, which stays the models folder. Choose the new folder again to move the rest.</source>
        <translation><numerusform>%n मोडेल {folder} मा सारियो; {left} अझै {source} मा छन्, र त्यही मोडेल फोल्डर रहन्छ। बाँकी सार्न नयाँ फोल्डर फेरि छान्नुहोस्।</numerusform><numerusform>%n मोडेल {folder} मा सारिए; {left} अझै {source} मा छन्, र त्यही मोडेल फोल्डर रहन्छ। बाँकी सार्न नयाँ फोल्डर फेरि छान्नुहोस्।</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n models moved to {folder}; {left} still in {source}, which stays the models folder. Choose the new folder again to move the rest.</source>
        <translation><numerusform>%n मोडेल {folder} मा सारियो; {left} अझै {source} मा छन्, र त्यही मोडेल फोल्डर रहन्छ। बाँकी सार्न नयाँ फोल्डर फेरि छान्नुहोस्।</numerusform><numerusform>%n मोडेल {folder} मा सारिए; {left} अझै {source} मा छन्, र त्यही मोडेल फोल्डर रहन्छ। बाँकी सार्न नयाँ फोल्डर फेरि छान्नुहोस्।</numerusform></translation>
    </message>
    <message>
        <source>{mask} saved in the system keychain.</source>
        <translation>{mask} प्रणालीको किचेनमा सेभ गरियो।</translation>
    </message>
    <message>
        <source>{mask} saved, kept for this session only (no keychain found).</source>
        <translation>{mask} सेभ गरियो, यो सत्रका लागि मात्र राखिन्छ (किचेन भेटिएन)।</translation>
    </message>
    <message>
        <source>No token saved. No keychain was found, so a token would last this session only.</source>
        <translation>कुनै टोकन सेभ गरिएको छैन। किचेन भेटिएन, त्यसैले टोकन यो सत्रभर मात्र रहनेछ।</translation>
    </message>
    <message>
        <source>No token saved.</source>
        <translation>कुनै टोकन सेभ गरिएको छैन।</translation>
    </message>
</context>
<context>
    <name>DocumentsButton</name>
    <message>
        <source>Search: keywords and meaning</source>
        <translation>खोज: कीवर्ड र अर्थ</translation>
    </message>
    <message>
        <source>Search: keywords only (no embedding model)</source>
        <translation>खोज: कीवर्ड मात्र (एम्बेडिङ मोडेल छैन)</translation>
    </message>
    <message>
        <source>Search: keywords and meaning (the embedding model chosen in the Library).</source>
        <translation>खोज: कीवर्ड र अर्थ (लाइब्रेरीमा छानिएको एम्बेडिङ मोडेल)।</translation>
    </message>
    <message>
        <source>Search: keywords only. Keyword search works; an embedding model (Qwen3 Embedding 0.6B in the Library, then “Use for documents”) also finds passages that answer a question worded differently.</source>
        <translation>खोज: कीवर्ड मात्र। कीवर्ड खोजले काम गर्छ; एम्बेडिङ मोडेलले (लाइब्रेरीमा Qwen3 Embedding 0.6B, त्यसपछि ‘कागजातहरूका लागि प्रयोग गर्नुहोस्’) फरक शब्दमा सोधिएको प्रश्नको जवाफ दिने अंशहरू पनि भेट्टाउँछ।</translation>
    </message>
    <message>
        <source>Documents for this chat</source>
        <translation>यो च्याटका कागजातहरू</translation>
    </message>
    <message>
        <source>Choose the collections this chat searches</source>
        <translation>यो च्याटले खोज्ने संग्रहहरू छान्नुहोस्</translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation><numerusform>कागजातहरू (%n)</numerusform><numerusform>कागजातहरू (%n)</numerusform></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>कागजातहरू</translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation>अहिलेसम्म कुनै संग्रह छैन</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>फाइलहरू संलग्न गर्नुहोस्…</translation>
    </message>
    <message>
        <source>Manage collections…</source>
        <translation>संग्रहहरू व्यवस्थापन गर्नुहोस्…</translation>
    </message>
</context>
<context>
    <name>DocumentsHost</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation><numerusform>(र थप %n)</numerusform><numerusform>(र थप %n)</numerusform></translation>
    </message>
    <message>
        <source>Some files could not be used: {files}</source>
        <translation>केही फाइलहरू प्रयोग गर्न सकिएन: {files}</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>कागजातहरू संलग्न गर्नुहोस्</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>संलग्न फाइलहरू</translation>
    </message>
    <message>
        <source>&amp;Collections…</source>
        <translation>संग्रहहरू…</translation>
    </message>
    <message>
        <source>&amp;Attach to this chat…</source>
        <translation>यो च्याटमा संलग्न गर्नुहोस्…</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>कागजातहरू ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <source>Attach documents to this chat (PDF, Word, Markdown, text, HTML, code). You can also drop files or folders on the window, or paste them.</source>
        <translation>यो च्याटमा कागजातहरू संलग्न गर्नुहोस् (PDF, Word, Markdown, पाठ, HTML, कोड)। तपाईं फाइल वा फोल्डरहरू विन्डोमा ड्रप गर्न वा पेस्ट गर्न पनि सक्नुहुन्छ।</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>{done} of {total}</source>
        <translation>{total} मध्ये {done}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>stalled, waiting for data</source>
        <translation>अड्कियो, डेटा पर्खँदै</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>सुरु हुन पर्खँदै</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>पज गरिएको</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>सम्पन्न</translation>
    </message>
    <message>
        <source>verified, in Installed</source>
        <translation>प्रमाणित, ‘स्थापित’ मा छ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>असफल</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द गरियो</translation>
    </message>
    <message>
        <source>Download of {name}</source>
        <translation>{name} को डाउनलोड</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder} मा सेभ गरिएको</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>पज गर्नुहोस्</translation>
    </message>
    <message>
        <source>Pause download of {name}</source>
        <translation>{name} को डाउनलोड पज गर्नुहोस्</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>जारी राख्नुहोस्</translation>
    </message>
    <message>
        <source>Resume download of {name}</source>
        <translation>{name} को डाउनलोड जारी राख्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel download of {name}</source>
        <translation>{name} को डाउनलोड रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>{name} को प्रगति</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फेरि प्रयास गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so nothing can be downloaded. Turn it off (File ▸ Offline mode), then press Retry.</source>
        <translation>अफलाइन मोड सक्रिय छ, त्यसैले केही पनि डाउनलोड गर्न सकिँदैन। यसलाई बन्द गर्नुहोस् (फाइल ▸ अफलाइन मोड), त्यसपछि ‘फेरि प्रयास गर्नुहोस्’ थिच्नुहोस्।</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n files</source>
        <translation><numerusform>{name} · %n फाइल</numerusform><numerusform>{name} · %n फाइल</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n download failed</source>
        <translation><numerusform>%n डाउनलोड असफल भयो</numerusform><numerusform>%n डाउनलोड असफल भए</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n downloads failed</source>
        <translation><numerusform>%n डाउनलोड असफल भयो</numerusform><numerusform>%n डाउनलोड असफल भए</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n download paused</source>
        <translation><numerusform>%n डाउनलोड पज गरिएको छ</numerusform><numerusform>%n डाउनलोड पज गरिएका छन्</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n downloads paused</source>
        <translation><numerusform>%n डाउनलोड पज गरिएको छ</numerusform><numerusform>%n डाउनलोड पज गरिएका छन्</numerusform></translation>
    </message>
    <message>
        <source>Downloading {name}</source>
        <translation>{name} डाउनलोड हुँदै</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n models</source>
        <translation><numerusform>%n मोडेल डाउनलोड हुँदै</numerusform><numerusform>%n मोडेल डाउनलोड हुँदै</numerusform></translation>
    </message>
    <message>
        <source>{percent}% of {size}</source>
        <translation>{size} को {percent}%</translation>
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <source>Clear finished</source>
        <translation>सकिएकाहरू हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Clear finished downloads</source>
        <translation>सकिएका डाउनलोडहरू हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Take finished and failed downloads off the list (a failed one&apos;s partial file is deleted).</source>
        <translation>सकिएका र असफल डाउनलोडहरू सूचीबाट हटाउनुहोस् (असफल डाउनलोडको अधुरो फाइल मेटाइन्छ)।</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>डाउनलोडहरू</translation>
    </message>
    <message>
        <source>No downloads. Pick a model in Discover and press Download.</source>
        <translation>कुनै डाउनलोड छैन। ‘अन्वेषण’ मा एउटा मोडेल छानेर ‘डाउनलोड गर्नुहोस्’ थिच्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>FoundRow</name>
    <message>
        <source>Use in place</source>
        <translation>जहाँ छ त्यहीँबाट प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <source>Use {name} in place</source>
        <translation>{name} जहाँ छ त्यहीँबाट प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <source>Add it to your models without copying; it stays where it is.</source>
        <translation>कपी नगरी यसलाई आफ्ना मोडेलहरूमा थप्नुहोस्; यो जहाँ छ त्यहीँ रहन्छ।</translation>
    </message>
</context>
<context>
    <name>HubView</name>
    <message>
        <source>Model</source>
        <translation>मोडेल</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>ढाँचा</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>डाउनलोडहरू</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>मन पराइएका</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट गरिएको</translation>
    </message>
    <message>
        <source>Read every catalog model&apos;s files and sizes from Hugging Face.</source>
        <translation>क्याटलगका हरेक मोडेलका फाइलहरू र आकारहरू Hugging Face बाट पढ्नुहोस्।</translation>
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
        <translation>यो कम्प्युटरमा {verdict}, वेट र ओभरहेड मात्र गनेर:
  वेट {weights}
  + ओभरहेड {overhead}
  = उपलब्ध {budget} मध्ये {total}
यो मोडेल क्याटलगमा छैन, त्यसैले यसको संरचना थाहा छैन र कन्टेक्स्टका लागि
चाहिने मेमोरी (KV cache) गनिएको छैन; त्यसका लागि ठाउँ छोड्नुहोस्।</translation>
    </message>
    <message>
        <source>Download {name} ({detail})</source>
        <translation>{name} डाउनलोड गर्नुहोस् ({detail})</translation>
    </message>
    <message>
        <source>{repo} on Hugging Face; open it to see its files.</source>
        <translation>Hugging Face मा {repo}; यसका फाइलहरू हेर्न यसलाई खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub</source>
        <translation>Hugging Face Hub मा खोज्नुहोस्</translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub for GGUF and MLX models…</source>
        <translation>GGUF र MLX मोडेलहरूका लागि Hugging Face Hub मा खोज्नुहोस्…</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>Hub मा खोज्नुहोस्</translation>
    </message>
    <message>
        <source>Hugging Face search status</source>
        <translation>Hugging Face खोजको अवस्था</translation>
    </message>
    <message>
        <source>Hugging Face:</source>
        <translation>Hugging Face:</translation>
    </message>
    <message>
        <source>Hugging Face search results</source>
        <translation>Hugging Face खोजका नतिजाहरू</translation>
    </message>
    <message>
        <source>Searching Hugging Face…</source>
        <translation>Hugging Face मा खोजिँदै…</translation>
    </message>
    <message>
        <source>Could not search Hugging Face ({error}).</source>
        <translation>Hugging Face मा खोज्न सकिएन ({error})।</translation>
    </message>
    <message numerus="yes">
        <source>%n models on Hugging Face for {query}; open one to see its files.</source>
        <translation><numerusform>{query} का लागि Hugging Face मा %n मोडेल; यसका फाइलहरू हेर्न एउटा खोल्नुहोस्।</numerusform><numerusform>{query} का लागि Hugging Face मा %n मोडेल; फाइलहरू हेर्न कुनै एउटा खोल्नुहोस्।</numerusform></translation>
    </message>
    <message>
        <source>No GGUF or MLX model on Hugging Face matches {query}.</source>
        <translation>Hugging Face मा {query} सँग मेल खाने कुनै GGUF वा MLX मोडेल छैन।</translation>
    </message>
    <message>
        <source>Reading the file list from Hugging Face…</source>
        <translation>Hugging Face बाट फाइलहरूको सूची पढिँदै…</translation>
    </message>
    <message>
        <source>Could not read the files of {repo} ({error}).</source>
        <translation>{repo} का फाइलहरू पढ्न सकिएन ({error})।</translation>
    </message>
    <message>
        <source>{repo} has no GGUF model file to download.</source>
        <translation>{repo} मा डाउनलोड गर्नका लागि कुनै GGUF मोडेल फाइल छैन।</translation>
    </message>
    <message>
        <source>{repo} has no file to download.</source>
        <translation>{repo} मा डाउनलोड गर्नका लागि कुनै फाइल छैन।</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <source>Import a GGUF model</source>
        <translation>GGUF मोडेल आयात गर्नुहोस्</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF मोडेलहरू (*.gguf);;सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <source>Import an MLX model folder</source>
        <translation>MLX मोडेल फोल्डर आयात गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} जाँच गरिँदै…</translation>
    </message>
    <message>
        <source>import {name}</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>{name} आयात गर्न</translation>
    </message>
    <message>
        <source>Copying {name} into the library…</source>
        <translation>{name} लाइब्रेरीमा कपी गरिँदै…</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n models into the library…</source>
        <translation><numerusform>%n मोडेल लाइब्रेरीमा कपी गरिँदै…</numerusform><numerusform>%n मोडेल लाइब्रेरीमा कपी गरिँदै…</numerusform></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{total} मध्ये {done}</translation>
    </message>
</context>
<context>
    <name>IndexJobs</name>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>इन्डेक्सिङ असफल भयो: {error}</translation>
    </message>
</context>
<context>
    <name>IndexProgressStrip</name>
    <message>
        <source>Indexing progress</source>
        <translation>इन्डेक्सिङको प्रगति</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>इन्डेक्सिङ रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Indexing {name}: {done} of {total} files</source>
        <translation>{name} इन्डेक्स हुँदैछ: {total} मध्ये {done} फाइल</translation>
    </message>
    <message>
        <source>Indexing {name}: looking for files…</source>
        <translation>{name} इन्डेक्स हुँदैछ: फाइलहरू खोज्दै…</translation>
    </message>
</context>
<context>
    <name>InstalledView</name>
    <message>
        <source>Import GGUF…</source>
        <translation>GGUF आयात गर्नुहोस्…</translation>
    </message>
    <message>
        <source>Import a GGUF model file</source>
        <translation>GGUF मोडेल फाइल आयात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Add a .gguf file from this computer (or drop one here).</source>
        <translation>यो कम्प्युटरबाट .gguf फाइल थप्नुहोस् (वा यहाँ ड्रप गर्नुहोस्)।</translation>
    </message>
    <message>
        <source>Import MLX folder…</source>
        <translation>MLX फोल्डर आयात गर्नुहोस्…</translation>
    </message>
    <message>
        <source>Import an MLX model folder</source>
        <translation>MLX मोडेल फोल्डर आयात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Add an MLX model folder (config.json and .safetensors files) from this computer.</source>
        <translation>यो कम्प्युटरबाट MLX मोडेल फोल्डर (config.json र .safetensors फाइलहरू) थप्नुहोस्।</translation>
    </message>
    <message>
        <source>Copy into library</source>
        <translation>लाइब्रेरीमा कपी गर्नुहोस्</translation>
    </message>
    <message>
        <source>Copy imported models into the library</source>
        <translation>आयात गरिएका मोडेलहरू लाइब्रेरीमा कपी गर्नुहोस्</translation>
    </message>
    <message>
        <source>Off: the file stays where it is and is used from there.
On: it is copied into the Qwen Desk models folder.</source>
        <translation>बन्द: फाइल जहाँ छ त्यहीँ रहन्छ र त्यहीँबाट प्रयोग हुन्छ।
सक्रिय: यसलाई Qwen Desk को मोडेल फोल्डरमा कपी गरिन्छ।</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>आयातको अवस्था</translation>
    </message>
    <message>
        <source>Progress of the copy into the library</source>
        <translation>लाइब्रेरीमा कपी हुने प्रगति</translation>
    </message>
    <message>
        <source>Disk space used by models</source>
        <translation>मोडेलहरूले प्रयोग गरेको डिस्क ठाउँ</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>स्थापित मोडेलहरू</translation>
    </message>
    <message>
        <source>No models yet. Download one in Discover, import a .gguf file, or drop one on this page.</source>
        <translation>अहिलेसम्म कुनै मोडेल छैन। ‘अन्वेषण’ बाट एउटा डाउनलोड गर्नुहोस्, .gguf फाइल आयात गर्नुहोस्, वा यो पेजमा ड्रप गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>यो कम्प्युटरमा भेटिएका</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>फेरि स्क्यान गर्नुहोस्</translation>
    </message>
    <message>
        <source>Look for models in other apps again</source>
        <translation>अन्य एपहरूमा मोडेलहरू फेरि खोज्नुहोस्</translation>
    </message>
    <message>
        <source>Models found in other apps</source>
        <translation>अन्य एपहरूमा भेटिएका मोडेलहरू</translation>
    </message>
    <message numerus="yes">
        <source>%n model · {size} in the models folder</source>
        <translation>
            <numerusform>%n मोडेल · मोडेल फोल्डरमा {size}</numerusform>
            <numerusform>%n मोडेल · मोडेल फोल्डरमा {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models · {size} in the models folder</source>
        <translation><numerusform>%n मोडेल · मोडेल फोल्डरमा {size}</numerusform><numerusform>%n मोडेल · मोडेल फोल्डरमा {size}</numerusform></translation>
    </message>
    <message>
        <source>Looking in other apps&apos; folders…</source>
        <translation>अन्य एपहरूका फोल्डरहरूमा खोजिँदै…</translation>
    </message>
    <message numerus="yes">
        <source>%n in LM Studio, Ollama, GPT4All or the Hugging Face cache</source>
        <translation><numerusform>LM Studio, Ollama, GPT4All वा Hugging Face cache मा %n</numerusform><numerusform>LM Studio, Ollama, GPT4All वा Hugging Face cache मा %n</numerusform></translation>
    </message>
    <message>
        <source>Nothing in LM Studio, Ollama, GPT4All or the Hugging Face cache</source>
        <translation>LM Studio, Ollama, GPT4All वा Hugging Face cache मा केही भेटिएन</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Interface language</source>
        <translation>इन्टरफेसको भाषा</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>प्रणालीको पूर्वनिर्धारित</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>अहिले नै पुनः सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>The new language applies after a restart.</source>
        <translation>नयाँ भाषा पुनः सुरु गरेपछि लागू हुन्छ।</translation>
    </message>
</context>
<context>
    <name>LibraryHost</name>
    <message>
        <source>Downloads</source>
        <translation>डाउनलोडहरू</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Model library</source>
        <translation>मोडेल लाइब्रेरी</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>लाइब्रेरीका खण्डहरू</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>अन्वेषण</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>डाउनलोडहरू</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>स्थापित</translation>
    </message>
    <message>
        <source>Library message</source>
        <translation>लाइब्रेरी सन्देश</translation>
    </message>
    <message>
        <source>No model in the catalog fits this computer comfortably. Close other apps to free memory, or pick a small model in Discover.</source>
        <translation>क्याटलगको कुनै पनि मोडेल यो कम्प्युटरमा सहजै अटाउँदैन। मेमोरी खाली गर्न अन्य एपहरू बन्द गर्नुहोस्, वा ‘अन्वेषण’ बाट सानो मोडेल छान्नुहोस्।</translation>
    </message>
    <message>
        <source>read the models folder</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>मोडेल फोल्डर पढ्न</translation>
    </message>
    <message>
        <source>look for models in other apps</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>अन्य एपहरूमा मोडेलहरू खोज्न</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>रिफ्रेस हुँदै…</translation>
    </message>
    <message>
        <source>refresh it</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>यसलाई रिफ्रेस गर्न</translation>
    </message>
    <message>
        <source>Installed ({count})</source>
        <translation>स्थापित ({count})</translation>
    </message>
    <message>
        <source>{name} is now in the library.</source>
        <translation>{name} अब लाइब्रेरीमा छ।</translation>
    </message>
    <message>
        <source>Added {name}. It stays in {folder} and is used from there.</source>
        <translation>{name} थपियो। यो {folder} मै रहन्छ र त्यहीँबाट प्रयोग हुन्छ।</translation>
    </message>
    <message>
        <source>Reading the model file…</source>
        <translation>मोडेल फाइल पढिँदै…</translation>
    </message>
    <message>
        <source>read {name}</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>{name} पढ्न</translation>
    </message>
    <message>
        <source>Remove {name} from the library?

Its file stays where it is ({folder}); nothing is deleted from disk.</source>
        <translation>{name} लाई लाइब्रेरीबाट हटाउने हो?

यसको फाइल जहाँ छ त्यहीँ रहन्छ ({folder}); डिस्कबाट केही पनि मेटाइँदैन।</translation>
    </message>
    <message>
        <source>Delete {name}?

This deletes its file from the models folder and frees {size}.</source>
        <translation>{name} मेटाउने हो?

यसले मोडेल फोल्डरबाट यसको फाइल मेटाउँछ र {size} खाली गर्छ।</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>मोडेल हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>मोडेल मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Removed {name}; {size} freed.</source>
        <translation>{name} हटाइयो; {size} खाली भयो।</translation>
    </message>
    <message>
        <source>Removed {name}; its file was left in place.</source>
        <translation>{name} हटाइयो; यसको फाइल जहाँ थियो त्यहीँ छोडियो।</translation>
    </message>
    <message>
        <source>delete it</source>
        <comment>completes the sentence: Could not …</comment>
        <translation>यसलाई मेटाउन</translation>
    </message>
    <message>
        <source>{name} is downloaded</source>
        <translation>{name} डाउनलोड भयो</translation>
    </message>
    <message>
        <source>Downloads ({count})</source>
        <translation>डाउनलोडहरू ({count})</translation>
    </message>
</context>
<context>
    <name>McpFileEditor</name>
    <message>
        <source>{path} — the mcpServers shape of LM Studio and Claude Desktop. Write secrets as &quot;{reference}&quot; and keep them in the keychain below.</source>
        <translation>{path} — LM Studio र Claude Desktop को mcpServers ढाँचा। गोप्य मानहरू &quot;{reference}&quot; को रूपमा लेख्नुहोस् र तलको किचेनमा राख्नुहोस्।</translation>
    </message>
    <message>
        <source>Save mcp.json</source>
        <translation>mcp.json सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <source>Save mcp.json and restart the servers</source>
        <translation>mcp.json सेभ गरेर सर्भरहरू पुनः सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>Insert an example</source>
        <translation>उदाहरण घुसाउनुहोस्</translation>
    </message>
    <message>
        <source>Insert an example mcp.json</source>
        <translation>उदाहरण mcp.json घुसाउनुहोस्</translation>
    </message>
    <message>
        <source>mcp.json message</source>
        <translation>mcp.json सन्देश</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>गोप्य मानको नाम</translation>
    </message>
    <message>
        <source>Name, e.g. search-token</source>
        <translation>नाम, जस्तै search-token</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>गोप्य मान</translation>
    </message>
    <message>
        <source>Secret (kept in the system keychain)</source>
        <translation>गोप्य मान (प्रणालीको किचेनमा राखिन्छ)</translation>
    </message>
    <message>
        <source>Save secret</source>
        <translation>गोप्य मान सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <source>Save the secret in the keychain</source>
        <translation>गोप्य मान किचेनमा सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <source>Insert reference</source>
        <translation>सन्दर्भ घुसाउनुहोस्</translation>
    </message>
    <message>
        <source>Insert {reference} into mcp.json</source>
        <translation>{reference} लाई mcp.json मा घुसाउनुहोस्</translation>
    </message>
    <message>
        <source>mcp.json could not be read ({error}).</source>
        <translation>mcp.json पढ्न सकिएन ({error})।</translation>
    </message>
    <message>
        <source>Saved ({servers}).</source>
        <translation>सेभ गरियो ({servers})।</translation>
    </message>
    <message>
        <source>Saved (no servers).</source>
        <translation>सेभ गरियो (कुनै सर्भर छैन)।</translation>
    </message>
    <message>
        <source>Type a name and the secret to keep in the keychain.</source>
        <translation>किचेनमा राख्नका लागि नाम र गोप्य मान टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The keychain did not take the secret ({error}).</source>
        <translation>किचेनले गोप्य मान स्वीकार गरेन ({error})।</translation>
    </message>
    <message>
        <source>Secret &quot;{name}&quot; saved in the keychain. Use &quot;{reference}&quot;.</source>
        <translation>गोप्य मान &quot;{name}&quot; किचेनमा सेभ गरियो। &quot;{reference}&quot; प्रयोग गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>MeterStrip</name>
    <message>
        <source>Resource meters (compact)</source>
        <translation>स्रोत मिटरहरू (सानो)</translation>
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
        <translation>यो एप: मेसिनको {percent}</translation>
    </message>
    <message>
        <source>This app: {size}</source>
        <translation>यो एप: {size}</translation>
    </message>
    <message>
        <source>Context {value}</source>
        <translation>कन्टेक्स्ट {value}</translation>
    </message>
    <message>
        <source>{used} of {total} tokens</source>
        <translation>{total} मध्ये {used} टोकन</translation>
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
        <translation>{total} मध्ये {used}</translation>
    </message>
    <message>
        <source>No GPU</source>
        <translation>GPU छैन</translation>
    </message>
    <message>
        <source>CPU use</source>
        <translation>CPU प्रयोग</translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation>मेमोरी प्रयोग</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>उत्पादन गति</translation>
    </message>
    <message>
        <source>Context use</source>
        <translation>कन्टेक्स्ट प्रयोग</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>कुनै मोडेल लोड गरिएको छैन</translation>
    </message>
</context>
<context>
    <name>MetersPanel</name>
    <message>
        <source>Resource meters</source>
        <translation>स्रोत मिटरहरू</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation>लोड गरिएको मोडेल</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>पहिलो टोकनसम्मको समय</translation>
    </message>
    <message>
        <source>Prompt speed</source>
        <translation>प्रम्प्ट गति</translation>
    </message>
    <message>
        <source>Tokens generated</source>
        <translation>उत्पादन गरिएका टोकन</translation>
    </message>
    <message>
        <source>Thinking tokens</source>
        <translation>चिन्तन टोकन</translation>
    </message>
    <message>
        <source>Context breakdown</source>
        <translation>कन्टेक्स्टको विवरण</translation>
    </message>
    <message>
        <source>CPU over the last minute</source>
        <translation>पछिल्लो एक मिनेटको CPU</translation>
    </message>
    <message>
        <source>Memory over the last minute</source>
        <translation>पछिल्लो एक मिनेटको मेमोरी</translation>
    </message>
    <message>
        <source>Generation speed over the last minute</source>
        <translation>पछिल्लो एक मिनेटको उत्पादन गति</translation>
    </message>
    <message>
        <source>Context window use</source>
        <translation>कन्टेक्स्ट विन्डोको प्रयोग</translation>
    </message>
    <message>
        <source>System</source>
        <translation>प्रणाली</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>मेमोरी</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>उत्पादन</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>गति</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>पहिलो टोकन</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>प्रम्प्ट</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>चिन्तन</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>कन्टेक्स्ट</translation>
    </message>
    <message>
        <source>{percent} · app {app}</source>
        <translation>{percent} · एप {app}</translation>
    </message>
    <message>
        <source>app {app} · model {model}</source>
        <translation>एप {app} · मोडेल {model}</translation>
    </message>
    <message>
        <source>app {app}</source>
        <translation>एप {app}</translation>
    </message>
    <message>
        <source>{used} of {total} tokens · {percent}</source>
        <translation>{total} मध्ये {used} टोकन · {percent}</translation>
    </message>
    <message>
        <source>system {system} · history {history}
documents {documents} · thinking {thinking} · reply {reply}</source>
        <translation>प्रणाली {system} · इतिहास {history}
कागजात {documents} · चिन्तन {thinking} · जवाफ {reply}</translation>
    </message>
    <message>
        <source>system {system} · history {history}
thinking {thinking} · reply {reply}</source>
        <translation>प्रणाली {system} · इतिहास {history}
चिन्तन {thinking} · जवाफ {reply}</translation>
    </message>
</context>
<context>
    <name>ModelRow</name>
    <message>
        <source>The file is no longer there.</source>
        <translation>फाइल अब त्यहाँ छैन।</translation>
    </message>
    <message>
        <source>Some parts are missing.</source>
        <translation>केही भागहरू हराएका छन्।</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <source>Chat with {name}</source>
        <translation>{name} सँग च्याट गर्नुहोस्</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>{name} को विवरण</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>फोल्डर खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Open the folder of {name}</source>
        <translation>{name} को फोल्डर खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Forget this model; its file stays where it is.</source>
        <translation>यो मोडेल बिर्सनुहोस्; यसको फाइल जहाँ छ त्यहीँ रहन्छ।</translation>
    </message>
    <message>
        <source>✓ Used for documents</source>
        <translation>✓ कागजातहरूका लागि प्रयोगमा</translation>
    </message>
    <message>
        <source>Chats search documents by meaning with it. Click to stop.</source>
        <translation>च्याटहरूले यसको सहायताले कागजातहरूमा अर्थअनुसार खोज्छन्। रोक्न क्लिक गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Use for documents</source>
        <translation>कागजातहरूका लागि प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <source>An embedding model: use it to find passages in your documents by meaning, not only by keywords.</source>
        <translation>एम्बेडिङ मोडेल: कीवर्डबाट मात्र होइन, अर्थअनुसार पनि आफ्ना कागजातहरूमा अंशहरू भेट्टाउन यसलाई प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Use {name} for documents</source>
        <translation>{name} लाई कागजातहरूका लागि प्रयोग गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>ModelTab</name>
    <message>
        <source>{name} needs about {size} at this length.</source>
        <translation>यो लम्बाइमा {name} लाई करिब {size} चाहिन्छ।</translation>
    </message>
    <message>
        <source>{name} needs about {size} at this length: it fits ({available} available).</source>
        <translation>यो लम्बाइमा {name} लाई करिब {size} चाहिन्छ: यो अटाउँछ ({available} उपलब्ध)।</translation>
    </message>
    <message>
        <source>{name} needs about {size} at this length: a tight fit ({available} available); other apps may slow down.</source>
        <translation>यो लम्बाइमा {name} लाई करिब {size} चाहिन्छ: मुस्किलले अटाउँछ ({available} उपलब्ध); अन्य एपहरू ढिलो हुन सक्छन्।</translation>
    </message>
    <message>
        <source>{name} needs about {size} at this length: it won&apos;t fit ({available} available). Choose a shorter context or a q8_0 KV cache.</source>
        <translation>यो लम्बाइमा {name} लाई करिब {size} चाहिन्छ: यो अटाउँदैन ({available} उपलब्ध)। छोटो कन्टेक्स्ट वा q8_0 KV cache छान्नुहोस्।</translation>
    </message>
    <message>
        <source>The model was trained for {tokens} tokens; answers may suffer.</source>
        <translation>यो मोडेल {tokens} टोकनका लागि तालिम दिइएको थियो; जवाफहरूको गुणस्तर घट्न सक्छ।</translation>
    </message>
    <message>
        <source>How much of the conversation the model can see at once. Longer contexts need more memory: the KV cache grows with every token.</source>
        <translation>मोडेलले कुराकानीको कति भाग एकैपटक देख्न सक्छ। लामो कन्टेक्स्टलाई बढी मेमोरी चाहिन्छ: हरेक टोकनसँगै KV cache बढ्दै जान्छ।</translation>
    </message>
    <message>
        <source>Settings apply to</source>
        <translation>सेटिङ्स कसमा लागू हुन्छन्</translation>
    </message>
    <message>
        <source>Use the defaults for this model</source>
        <translation>यो मोडेलका लागि पूर्वनिर्धारित सेटिङ्स प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <source>For this model ({name})</source>
        <translation>यो मोडेलका लागि ({name})</translation>
    </message>
    <message>
        <source>Default for all models</source>
        <translation>सबै मोडेलका लागि पूर्वनिर्धारित</translation>
    </message>
    <message>
        <source>Settings for</source>
        <translation>सेटिङ्स कसका लागि</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>कन्टेक्स्ट लम्बाइ</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>थ्रेडहरू</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU लेयरहरू</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सबै</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>फ्ल्यास अटेन्सन</translation>
    </message>
    <message>
        <source>KV cache type</source>
        <translation>KV cache को प्रकार</translation>
    </message>
    <message>
        <source>Map the model file (mmap)</source>
        <translation>मोडेल फाइल म्याप गर्नुहोस् (mmap)</translation>
    </message>
    <message>
        <source>Keep the model in RAM (mlock)</source>
        <translation>मोडेललाई RAM मै राख्नुहोस् (mlock)</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>0 = automatic: one per physical core ({cores} on this computer). Fewer threads leave room for other programs; the reply itself comes fastest with every core, even while the window draws it.</source>
        <translation>0 = स्वचालित: प्रत्येक भौतिक कोरमा एउटा (यो कम्प्युटरमा {cores})। कम थ्रेडले अरू प्रोग्रामलाई ठाउँ छोड्छ; जवाफ भने सबै कोर प्रयोग गर्दा, विन्डोले त्यसलाई देखाउँदै गर्दा पनि, सबैभन्दा छिटो आउँछ।</translation>
    </message>
    <message>
        <source>Layers to run on the GPU (Metal or CUDA builds); 0 = CPU only.</source>
        <translation>GPU मा चलाउने लेयरहरू (Metal वा CUDA बिल्डहरू); 0 = CPU मात्र।</translation>
    </message>
    <message>
        <source>q8_0 halves the cache&apos;s memory, q4_0 quarters it, at a small cost in quality; both turn flash attention on.</source>
        <translation>q8_0 ले cache को मेमोरी आधा र q4_0 ले एक चौथाइ बनाउँछ, गुणस्तरमा थोरै कमी आउँछ; दुवैले फ्ल्यास अटेन्सन सक्रिय गर्छन्।</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>Every model without its own settings loads with these. This model has its own.</source>
        <translation>आफ्नै सेटिङ्स नभएका सबै मोडेलहरू यिनैसँग लोड हुन्छन्। यो मोडेलका आफ्नै सेटिङ्स छन्।</translation>
    </message>
    <message>
        <source>Every model without its own settings loads with these.</source>
        <translation>आफ्नै सेटिङ्स नभएका सबै मोडेलहरू यिनैसँग लोड हुन्छन्।</translation>
    </message>
    <message>
        <source>This model loads with its own settings; the defaults don&apos;t apply to it.</source>
        <translation>यो मोडेल आफ्नै सेटिङ्ससँग लोड हुन्छ; पूर्वनिर्धारित सेटिङ्स यसमा लागू हुँदैनन्।</translation>
    </message>
    <message>
        <source>This model uses the defaults. A change here gives it its own settings.</source>
        <translation>यो मोडेलले पूर्वनिर्धारित सेटिङ्स प्रयोग गर्छ। यहाँ केही बदल्नुभयो भने यसका आफ्नै सेटिङ्स बन्छन्।</translation>
    </message>
</context>
<context>
    <name>MoveModels</name>
    <message>
        <source>Move the models</source>
        <translation>मोडेलहरू सार्नुहोस्</translation>
    </message>
    <message>
        <source>Move the models?</source>
        <translation>मोडेलहरू सार्ने हो?</translation>
    </message>
    <message>
        <source>Move your models to {folder}?</source>
        <translation>तपाईंका मोडेलहरू {folder} मा सार्ने हो?</translation>
    </message>
    <message numerus="yes">
        <source>%n model ({size}) is in {folder}. If you don&apos;t move it, it stays there and Qwen Desk looks only in the new folder.</source>
        <translation>
            <numerusform>%n मोडेल ({size}) {folder} मा छ। तपाईंले यसलाई सार्नुभएन भने यो त्यहीँ रहन्छ र Qwen Desk ले नयाँ फोल्डरमा मात्र खोज्छ।</numerusform>
            <numerusform>%n मोडेल ({size}) {folder} मा छन्। तपाईंले तिनलाई सार्नुभएन भने ती त्यहीँ रहन्छन् र Qwen Desk ले नयाँ फोल्डरमा मात्र खोज्छ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models ({size}) are in {folder}. If you don&apos;t move them, they stay there and Qwen Desk looks only in the new folder.</source>
        <translation><numerusform>{folder} मा %n मोडेल ({size}) छ। तपाईंले यसलाई सार्नुभएन भने यो त्यहीँ रहन्छ र Qwen Desk ले नयाँ फोल्डरमा मात्र खोज्छ।</numerusform><numerusform>{folder} मा %n मोडेल ({size}) छन्। तपाईंले तिनलाई सार्नुभएन भने ती त्यहीँ रहन्छन् र Qwen Desk ले नयाँ फोल्डरमा मात्र खोज्छ।</numerusform></translation>
    </message>
    <message>
        <source>Just use the new folder</source>
        <translation>नयाँ फोल्डर मात्र प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <source>Moving the models failed: {error}. Nothing else was changed.</source>
        <translation>मोडेलहरू सार्न सकिएन: {error}। अरू केही पनि परिवर्तन गरिएको छैन।</translation>
    </message>
    <message>
        <source>Moving the models to {folder}…</source>
        <translation>मोडेलहरू {folder} मा सारिँदै…</translation>
    </message>
    <message>
        <source>Stop moving</source>
        <translation>सार्न रोक्नुहोस्</translation>
    </message>
    <message>
        <source>Moving the models</source>
        <translation>मोडेलहरू सारिँदै</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{total} मध्ये {done}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notice</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>सन्देश हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>हटाउनुहोस्</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>{field} problem</source>
        <translation>{field} मा समस्या</translation>
    </message>
    <message>
        <source>{field} must be a number from {low} to {high}.</source>
        <translation>{field} {low} देखि {high} सम्मको सङ्ख्या हुनुपर्छ।</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}.</source>
        <translation>{field} {low} देखि {high} सम्मको पूर्णाङ्क हुनुपर्छ।</translation>
    </message>
</context>
<context>
    <name>PresetBox</name>
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
        <source>Reset to Qwen&apos;s recommended</source>
        <translation>Qwen को सिफारिसमा रिसेट गर्नुहोस्</translation>
    </message>
    <message>
        <source>Temperature {temperature}, top-p {top_p}, top-k {top_k}, min-p {min_p}</source>
        <translation>टेम्परेचर {temperature}, top-p {top_p}, top-k {top_k}, min-p {min_p}</translation>
    </message>
    <message>
        <source>Reset {mode} to Qwen&apos;s recommended</source>
        <translation>{mode} लाई Qwen को सिफारिसमा रिसेट गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>ReloadNotice</name>
    <message>
        <source>context length</source>
        <translation>कन्टेक्स्ट लम्बाइ</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>थ्रेडहरू</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU लेयरहरू</translation>
    </message>
    <message>
        <source>KV-cache type</source>
        <translation>KV cache को प्रकार</translation>
    </message>
    <message>
        <source>flash attention</source>
        <translation>फ्ल्यास अटेन्सन</translation>
    </message>
    <message>
        <source>memory mapping</source>
        <translation>मेमोरी म्यापिङ</translation>
    </message>
    <message>
        <source>locking the model in memory</source>
        <translation>मोडेललाई मेमोरीमा लक गर्ने</translation>
    </message>
    <message>
        <source>on</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बन्द</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <source>all</source>
        <translation>सबै</translation>
    </message>
    <message>
        <source>{option} {old} → {new}</source>
        <translation>{option} {old} → {new}</translation>
    </message>
    <message>
        <source>The new settings ({changes}) apply when {model} is loaded again; it still runs with the old ones. Reload now to use them (this chat stays open).</source>
        <translation>नयाँ सेटिङ्स ({changes}) {model} फेरि लोड हुँदा लागू हुन्छन्; अहिले यो पुरानै सेटिङ्समा चलिरहेको छ। तिनलाई प्रयोग गर्न अहिले नै रिलोड गर्नुहोस् (यो च्याट खुलै रहन्छ)।</translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>The API server could not start: {error}</source>
        <translation>API सर्भर सुरु हुन सकेन: {error}</translation>
    </message>
</context>
<context>
    <name>ServerHost</name>
    <message>
        <source>Serving an API request…</source>
        <translation>API अनुरोध सेवा गरिँदै…</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>स्थानीय API सर्भर</translation>
    </message>
    <message>
        <source>Local &amp;API server…</source>
        <translation>स्थानीय API सर्भर…</translation>
    </message>
    <message>
        <source>The local API server is at {url}</source>
        <translation>स्थानीय API सर्भर {url} मा छ</translation>
    </message>
    <message>
        <source>Serving an API request… ({count} waiting)</source>
        <translation>API अनुरोध सेवा गरिँदै… ({count} पर्खिरहेका)</translation>
    </message>
    <message>
        <source>API server on</source>
        <translation>API सर्भर सक्रिय</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Off. Start it to let programs use the loaded model.</source>
        <translation>बन्द छ। प्रोग्रामहरूलाई लोड गरिएको मोडेल प्रयोग गर्न दिन यसलाई सुरु गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Start the server</source>
        <translation>सर्भर सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>सर्भरको ठेगाना</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कपी गर्नुहोस्</translation>
    </message>
    <message>
        <source>Address copied to the clipboard.</source>
        <translation>ठेगाना क्लिपबोर्डमा कपी गरियो।</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>Let other computers on the network connect (needs the key)</source>
        <translation>नेटवर्कका अन्य कम्प्युटरहरूलाई जडान हुन दिनुहोस् (कुञ्जी चाहिन्छ)</translation>
    </message>
    <message>
        <source>No key: only this computer can connect</source>
        <translation>कुञ्जी छैन: यो कम्प्युटर मात्र जडान हुन सक्छ</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API कुञ्जी</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>देखाउनुहोस्</translation>
    </message>
    <message>
        <source>Key copied to the clipboard.</source>
        <translation>कुञ्जी क्लिपबोर्डमा कपी गरियो।</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>नयाँ कुञ्जी</translation>
    </message>
    <message>
        <source>None (web pages may not call the server)</source>
        <translation>कुनै पनि होइन (वेब पेजहरूले सर्भरलाई कल गर्न पाउँदैनन्)</translation>
    </message>
    <message>
        <source>Web pages allowed to call the server, e.g. {example}</source>
        <translation>सर्भरलाई कल गर्न अनुमति पाएका वेब पेजहरू, जस्तै {example}</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>अनुरोध लग</translation>
    </message>
    <message>
        <source>Requests appear here as clients make them.</source>
        <translation>क्लाइन्टहरूले अनुरोध गर्दै जाँदा ती यहाँ देखिन्छन्।</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ठेगाना</translation>
    </message>
    <message>
        <source>Web origins</source>
        <translation>वेब ओरिजिनहरू</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>अनुरोधहरू</translation>
    </message>
    <message>
        <source>Stop the server</source>
        <translation>सर्भर रोक्नुहोस्</translation>
    </message>
    <message>
        <source>Offline mode keeps the server on this computer.</source>
        <translation>अफलाइन मोडले सर्भरलाई यो कम्प्युटरमा मात्र सीमित राख्छ।</translation>
    </message>
    <message>
        <source>From other computers: {addresses}</source>
        <translation>अन्य कम्प्युटरहरूबाट: {addresses}</translation>
    </message>
    <message>
        <source>Serving the loaded model to this computer and your network.</source>
        <translation>लोड गरिएको मोडेल यो कम्प्युटर र तपाईंको नेटवर्कलाई उपलब्ध गराइँदै।</translation>
    </message>
    <message>
        <source>Serving the loaded model to this computer only.</source>
        <translation>लोड गरिएको मोडेल यो कम्प्युटरलाई मात्र उपलब्ध गराइँदै।</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>सुरु हुँदै…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>रोकिँदै…</translation>
    </message>
    <message>
        <source>New key made: restart the server for it to take effect.</source>
        <translation>नयाँ कुञ्जी बनाइयो: यसलाई लागू गर्न सर्भर पुनः सुरु गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>प्रणाली जस्तै</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>उज्यालो</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>अँध्यारो</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>उच्च कन्ट्रास्ट</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिङ्स</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>सेटिङ्सका पेजहरू</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मोडेल</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>उत्पादन</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>रूपरङ</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>व्यवहार</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>टुलहरू</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>सेटिङ्समा समस्या</translation>
    </message>
    <message>
        <source>Settings buttons</source>
        <translation>सेटिङ्सका बटनहरू</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>सेटिङ्स सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>पूर्वनिर्धारितमा रिसेट गर्नुहोस्</translation>
    </message>
    <message>
        <source>Reset all settings to defaults</source>
        <translation>सबै सेटिङ्स पूर्वनिर्धारितमा रिसेट गर्नुहोस्</translation>
    </message>
    <message>
        <source>Use each model&apos;s recommended sampling</source>
        <translation>हरेक मोडेलको सिफारिस गरिएको स्याम्पलिङ प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <source>From the model&apos;s card: Qwen3 0.6/0.95 thinking and 0.7/0.8 otherwise, QwQ and DeepSeek-R1 distills 0.6/0.95, Qwen2.5 0.7/0.8 with repetition penalty 1.05. Changing a value below uses your values for every model.</source>
        <translation>मोडेल कार्डअनुसार: Qwen3 चिन्तन गर्दा 0.6/0.95 र अन्य बेला 0.7/0.8, QwQ र DeepSeek-R1 distill हरू 0.6/0.95, Qwen2.5 0.7/0.8 र दोहोर्याइ दण्ड 1.05। तलको कुनै मान बदल्नुभयो भने सबै मोडेलमा तपाईंकै मानहरू प्रयोग हुन्छन्।</translation>
    </message>
    <message>
        <source>Thinking mode</source>
        <translation>चिन्तन मोड</translation>
    </message>
    <message>
        <source>Non-thinking mode</source>
        <translation>चिन्तनरहित मोड</translation>
    </message>
    <message>
        <source>Both modes</source>
        <translation>दुवै मोड</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>उपस्थिति दण्ड</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>दोहोर्याइ दण्ड</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>सिड</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>अधिकतम टोकन</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>चिन्तन बजेट</translation>
    </message>
    <message>
        <source>0 = off; up to 1.5 helps when answers repeat.</source>
        <translation>0 = बन्द; जवाफहरू दोहोरिँदा 1.5 सम्मले मद्दत गर्छ।</translation>
    </message>
    <message>
        <source>1 = off.</source>
        <translation>1 = बन्द।</translation>
    </message>
    <message>
        <source>-1 = a new random seed for every reply.</source>
        <translation>-1 = हरेक जवाफका लागि नयाँ अनियमित सिड।</translation>
    </message>
    <message>
        <source>The longest reply, thinking included.</source>
        <translation>सबैभन्दा लामो जवाफ, चिन्तनसमेत।</translation>
    </message>
    <message>
        <source>Default for new chats; 0 = unlimited thinking.</source>
        <translation>नयाँ च्याटहरूका लागि पूर्वनिर्धारित; 0 = असीमित चिन्तन।</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थिम</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Transcript font size</source>
        <translation>वार्तालापको फन्ट साइज</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>पाठको आकार</translation>
    </message>
    <message>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <source>Of the system&apos;s font size, for the whole window and the transcript.</source>
        <translation>प्रणालीको फन्ट साइजको तुलनामा, पूरै विन्डो र वार्तालापका लागि।</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>पाठको आकार</translation>
    </message>
    <message>
        <source>Enter sends the message</source>
        <translation>Enter ले सन्देश पठाउँछ</translation>
    </message>
    <message>
        <source>On: Shift+Enter starts a new line. Off: Ctrl+Enter sends.</source>
        <translation>सक्रिय: Shift+Enter ले नयाँ लाइन सुरु गर्छ। बन्द: Ctrl+Enter ले पठाउँछ।</translation>
    </message>
    <message>
        <source>Let the model title new chats</source>
        <translation>नयाँ च्याटहरूको शीर्षक मोडेललाई नै राख्न दिनुहोस्</translation>
    </message>
    <message>
        <source>After the first reply the loaded model writes a short title in the chat&apos;s language, in the background. Off: the first message is the title.</source>
        <translation>पहिलो जवाफपछि लोड गरिएको मोडेलले पृष्ठभूमिमा च्याटकै भाषामा छोटो शीर्षक लेख्छ। बन्द: पहिलो सन्देश नै शीर्षक हुन्छ।</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>अफलाइन मोड</translation>
    </message>
    <message>
        <source>Never use the network: no downloads and no catalog updates. Models you already have keep working.</source>
        <translation>नेटवर्क कहिल्यै प्रयोग नगर्नुहोस्: न डाउनलोड, न क्याटलग अपडेट। तपाईंसँग भइसकेका मोडेलहरू चलिरहन्छन्।</translation>
    </message>
    <message>
        <source>Fix the field marked in red ({pages}) to save.</source>
        <translation>सेभ गर्न रातोले चिन्ह लगाइएको फिल्ड सच्याउनुहोस् ({pages})।</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Chats</source>
        <translation>च्याटहरू</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>च्याट मेटाइयो</translation>
    </message>
    <message numerus="yes">
        <source>%n chats deleted</source>
        <translation><numerusform>%n च्याट मेटाइयो</numerusform><numerusform>%n च्याट मेटाइए</numerusform></translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>{file} मा निर्यात गरियो</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>नयाँ च्याट</translation>
    </message>
    <message>
        <source>Start a new chat ({shortcut})</source>
        <translation>नयाँ च्याट सुरु गर्नुहोस् ({shortcut})</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>च्याटहरू खोज्नुहोस्</translation>
    </message>
    <message>
        <source>Search chats ({shortcut})</source>
        <translation>च्याटहरू खोज्नुहोस् ({shortcut})</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>च्याट सूची</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>खोजका नतिजाहरू</translation>
    </message>
    <message>
        <source>No chats yet.
Start one with New chat.</source>
        <translation>अहिलेसम्म कुनै च्याट छैन।
‘नयाँ च्याट’ बाट सुरु गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <source>No chats match “{query}”.</source>
        <translation>“{query}” सँग मेल खाने कुनै च्याट छैन।</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत् गर्नुहोस्</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>मेटाएको पूर्ववत् गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <source>Ready</source>
        <translation>तयार</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>असफल</translation>
    </message>
    <message>
        <source>Blocked (offline)</source>
        <translation>रोकिएको (अफलाइन)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बन्द</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>सुरु भएको छैन</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>सुरु हुँदै…</translation>
    </message>
    <message>
        <source>Let models use tools</source>
        <translation>मोडेलहरूलाई टुलहरू प्रयोग गर्न दिनुहोस्</translation>
    </message>
    <message>
        <source>Models whose chat template knows tools (Qwen3, Qwen2.5, QwQ) get them through that template. Each call shows as a card and asks Run / Always in this chat / Deny, except trusted tools.</source>
        <translation>च्याट टेम्प्लेटले टुलहरू चिन्ने मोडेलहरूले (Qwen3, Qwen2.5, QwQ) त्यही टेम्प्लेटमार्फत टुलहरू पाउँछन्। हरेक कल एउटा कार्डका रूपमा देखिन्छ र ‘चलाउनुहोस्’ / ‘यो च्याटमा सधैँ’ / ‘अस्वीकार गर्नुहोस्’ भनेर सोध्छ, विश्वसनीय टुलहरूबाहेक।</translation>
    </message>
    <message>
        <source>Tool rounds in one reply</source>
        <translation>एउटा जवाफमा टुलका चरणहरू</translation>
    </message>
    <message>
        <source>MCP call time limit</source>
        <translation>MCP कलको समय सीमा</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Python runner</source>
        <translation>Python रनर</translation>
    </message>
    <message>
        <source>Python runner on</source>
        <translation>Python रनर सक्रिय</translation>
    </message>
    <message>
        <source>The python tool, the Run button on Python code blocks and Qwen2.5-Math&apos;s code runs.</source>
        <translation>python टुल, Python कोड ब्लकहरूको ‘चलाउनुहोस्’ बटन र Qwen2.5-Math को कोड चलाइ।</translation>
    </message>
    <message>
        <source>Run Python without asking (trusted)</source>
        <translation>नसोधी Python चलाउनुहोस् (विश्वसनीय)</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>समय सीमा</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>मेमोरी सीमा</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP सर्भरहरू</translation>
    </message>
    <message>
        <source>MCP servers and their tools</source>
        <translation>MCP सर्भरहरू र तिनका टुलहरू</translation>
    </message>
    <message>
        <source>Server / tool</source>
        <translation>सर्भर / टुल</translation>
    </message>
    <message>
        <source>State</source>
        <translation>अवस्था</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>विश्वसनीय</translation>
    </message>
    <message>
        <source>MCP server problems</source>
        <translation>MCP सर्भरका समस्याहरू</translation>
    </message>
    <message>
        <source>Check a tool to offer it to models; check Trusted to let it run without asking. A server that fails shows why here; the chat carries on without it.</source>
        <translation>मोडेलहरूलाई कुनै टुल दिन त्यसमा चिन्ह लगाउनुहोस्; नसोधी चलाउन दिन ‘विश्वसनीय’ मा चिन्ह लगाउनुहोस्। असफल हुने सर्भरको कारण यहाँ देखिन्छ; च्याट त्यसबिना नै चलिरहन्छ।</translation>
    </message>
    <message>
        <source>No MCP servers: add them in mcp.json below.</source>
        <translation>कुनै MCP सर्भर छैन: तलको mcp.json मा थप्नुहोस्।</translation>
    </message>
    <message>
        <source>The switch could not be saved: {error}</source>
        <translation>स्विच सेभ गर्न सकिएन: {error}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>%n chat</source>
        <translation><numerusform>%n च्याट</numerusform><numerusform>%n च्याट</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chats</source>
        <translation><numerusform>%n च्याट</numerusform><numerusform>%n च्याट</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message deleted from chats</source>
        <translation><numerusform>च्याटहरूबाट मेटाइएको %n सन्देश</numerusform><numerusform>च्याटहरूबाट मेटाइएका %n सन्देश</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n messages deleted from chats</source>
        <translation><numerusform>च्याटहरूबाट मेटाइएको %n सन्देश</numerusform><numerusform>च्याटहरूबाट मेटाइएका %n सन्देश</numerusform></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>रद्दी टोकरी</translation>
    </message>
    <message>
        <source>Chats you deleted stay here until you empty the trash. Restore puts a chat back in the list; Delete forever cannot be undone.</source>
        <translation>तपाईंले मेटाएका च्याटहरू रद्दी टोकरी खाली नगरेसम्म यहीँ रहन्छन्। ‘पुनर्स्थापना गर्नुहोस्’ ले च्याटलाई सूचीमा फर्काउँछ; ‘सधैँका लागि मेटाउनुहोस्’ लाई पूर्ववत् गर्न सकिँदैन।</translation>
    </message>
    <message>
        <source>Deleted chats</source>
        <translation>मेटाइएका च्याटहरू</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>रद्दी टोकरी खाली छ।</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>पुनर्स्थापना गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Delete forever…</source>
        <translation>सधैँका लागि मेटाउनुहोस्…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>रद्दी टोकरी खाली गर्नुहोस्…</translation>
    </message>
    <message>
        <source>Emptying the trash also deletes {messages}.</source>
        <translation>रद्दी टोकरी खाली गर्दा {messages} पनि मेटिन्छन्।</translation>
    </message>
    <message>
        <source>{title}  ·  deleted {when}</source>
        <translation>{title}  ·  {when} मेटाइएको</translation>
    </message>
    <message>
        <source>Delete {what} for good? This cannot be undone.</source>
        <translation>{what} सधैँका लागि मेटाउने हो? यसलाई पूर्ववत् गर्न सकिँदैन।</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>सधैँका लागि मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Delete {chats} and {messages} for good? This cannot be undone.</source>
        <translation>{chats} र {messages} सधैँका लागि मेटाउने हो? यसलाई पूर्ववत् गर्न सकिँदैन।</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>रद्दी टोकरी खाली गर्नुहोस्</translation>
    </message>
</context>
</TS>

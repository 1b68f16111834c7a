<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CatalogCards</name>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="35"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="36"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="37"/>
        <source>Maths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="38"/>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="42"/>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="43"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="44"/>
        <source>maths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="45"/>
        <source>reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="53"/>
        <source>Offline mode is on. Turn it off (File ▸ Offline mode) to download models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="110"/>
        <location filename="../../desktop/gui/library/hub_view.py" line="143"/>
        <source>{verdict} on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="141"/>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="143"/>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="171"/>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="349"/>
        <location filename="../../desktop/gui/library/hub_view.py" line="147"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="167"/>
        <source>%n parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="168"/>
        <source>(community)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="174"/>
        <source>Download {name} {quant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="207"/>
        <source>Mixture of experts: only the active parameters work on each token, so it is fast for its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="212"/>
        <source>MoE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="219"/>
        <source>Sizes from the catalog bundled with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="221"/>
        <source>Sizes read from Hugging Face on that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="248"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="252"/>
        <source>Recommended for {tasks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="281"/>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="285"/>
        <source>Recommended for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="299"/>
        <source>Nothing in the catalog fits comfortably; free some memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="310"/>
        <source>Download recommended model for {task}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="329"/>
        <source>Download {name} instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_cards.py" line="340"/>
        <source>Or: {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="36"/>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="68"/>
        <source>Model catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="83"/>
        <source>No model in the catalog matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="136"/>
        <source>Show models for task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="142"/>
        <source>Search the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="144"/>
        <source>Search models (name, size, licence, quant)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="149"/>
        <location filename="../../desktop/gui/library/page.py" line="435"/>
        <source>Refresh from the Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="152"/>
        <source>Refresh the catalog from the Hugging Face Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="164"/>
        <source>Catalog of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="166"/>
        <source>bundled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="171"/>
        <source>refreshed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="173"/>
        <source>partly refreshed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="177"/>
        <source>Sizes read from Hugging Face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/catalog_view.py" line="179"/>
        <source>Sizes bundled with the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatFiles</name>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="38"/>
        <source>%n chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="39"/>
        <source>%n chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="45"/>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="155"/>
        <source>Import chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="50"/>
        <source>%n of the {chats} in {file} is already in your history (the file was imported before, or exported from here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="58"/>
        <source>%n of the {chats} in {file} are already in your history (the file was imported before, or exported from here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="67"/>
        <source>Import the %n new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="69"/>
        <source>Import the %n new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="76"/>
        <source>The chat in {file} is already in your history (the file was imported before, or exported from here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="82"/>
        <source>All {chats} in {file} are already in your history (the file was imported before, or exported from here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="89"/>
        <source>Import it again as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="91"/>
        <source>Import all %n again as copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="119"/>
        <source>Imported {chats} from {file}; %n already here was left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="123"/>
        <source>Imported {chats} from {file}; %n already here were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="130"/>
        <source>Imported {chats} from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="146"/>
        <source>Exported {chats} to {file} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="149"/>
        <source>Show the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="157"/>
        <source>Chats (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="165"/>
        <source>Export all chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/chat_files.py" line="167"/>
        <source>JSON (*.json);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="37"/>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="42"/>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="43"/>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="44"/>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="45"/>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="46"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="47"/>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="48"/>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="49"/>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="50"/>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="51"/>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="52"/>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="53"/>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="64"/>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="67"/>
        <source>%n min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="71"/>
        <source>%n h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="73"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="76"/>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="77"/>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="190"/>
        <source>Pinned. {title}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="193"/>
        <source>{title}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="313"/>
        <source>Chat title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/models.py" line="314"/>
        <source>Automatic title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatMenu</name>
    <message>
        <location filename="../../desktop/gui/sidebar/parts.py" line="31"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/parts.py" line="34"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/parts.py" line="34"/>
        <source>Pin to top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/parts.py" line="37"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/parts.py" line="43"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/parts.py" line="46"/>
        <source>Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/parts.py" line="47"/>
        <source>JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/parts.py" line="58"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/parts.py" line="60"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/parts.py" line="66"/>
        <source>Export chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <location filename="../../desktop/gui/meters/widgets.py" line="19"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/widgets.py" line="20"/>
        <source>amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/widgets.py" line="21"/>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/widgets.py" line="117"/>
        <source>Context {percent} percent full ({level})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="75"/>
        <location filename="../../desktop/gui/settings/data_tab.py" line="92"/>
        <source>Models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="78"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="79"/>
        <location filename="../../desktop/gui/settings/data_tab.py" line="189"/>
        <source>Choose the models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="85"/>
        <source>Models folder problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="98"/>
        <source>Empty: the app&apos;s own folder (shown greyed). New downloads go here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="110"/>
        <location filename="../../desktop/gui/settings/data_tab.py" line="137"/>
        <source>Hugging Face token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="114"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="115"/>
        <source>Save the Hugging Face token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="116"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="120"/>
        <source>Clear the saved Hugging Face token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="123"/>
        <source>Hugging Face token state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="127"/>
        <source>Hugging Face token problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="149"/>
        <source>Only gated models (those that ask you to accept a licence on huggingface.co) need a token. Create a read token at huggingface.co/settings/tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="174"/>
        <source>Give the models folder as a full path, or use Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="176"/>
        <source>{path} is a file, not a folder. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="240"/>
        <source>Stopping the move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="256"/>
        <source>Moved %n model ({size}) to {folder}. This folder is kept even if you press Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="264"/>
        <source>Moved %n models ({size}) to {folder}. This folder is kept even if you press Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="274"/>
        <source>Move stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="276"/>
        <source>%n model moved to {folder}; {left} still in {source}, which stays the models folder. Choose the new folder again to move the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="284"/>
        <source>%n models moved to {folder}; {left} still in {source}, which stays the models folder. Choose the new folder again to move the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="303"/>
        <source>{mask} saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="305"/>
        <source>{mask} saved, kept for this session only (no keychain found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="309"/>
        <source>No token saved. No keychain was found, so a token would last this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/data_tab.py" line="314"/>
        <source>No token saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="35"/>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="42"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="52"/>
        <source>stalled, waiting for data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="55"/>
        <source>Waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="57"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="60"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="62"/>
        <source>verified, in Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="65"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="67"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="82"/>
        <source>Download of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="91"/>
        <source>Saved in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="96"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="98"/>
        <source>Pause download of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="102"/>
        <location filename="../../desktop/gui/library/downloads_view.py" line="153"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="104"/>
        <source>Resume download of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="108"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="110"/>
        <source>Cancel download of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="119"/>
        <source>Progress of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="151"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../desktop/gui/library/downloads.py" line="41"/>
        <source>Offline mode is on, so nothing can be downloaded. Turn it off (File ▸ Offline mode), then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads.py" line="387"/>
        <source>{name} · %n files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads.py" line="399"/>
        <source>%n download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads.py" line="400"/>
        <source>%n downloads failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads.py" line="404"/>
        <source>%n download paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads.py" line="405"/>
        <source>%n downloads paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads.py" line="412"/>
        <source>Downloading {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads.py" line="414"/>
        <source>Downloading %n models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads.py" line="418"/>
        <source>{percent}% of {size}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="178"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="180"/>
        <source>Clear finished downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="182"/>
        <source>Take finished and failed downloads off the list (a failed one&apos;s partial file is deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="192"/>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/downloads_view.py" line="195"/>
        <source>No downloads. Pick a model in Discover and press Download.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundRow</name>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="204"/>
        <source>Use in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="206"/>
        <source>Use {name} in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="210"/>
        <source>Add it to your models without copying; it stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubView</name>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="53"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="54"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="55"/>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="56"/>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="57"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="59"/>
        <source>Read every catalog model&apos;s files and sizes from Hugging Face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="85"/>
        <source>{count}M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="85"/>
        <source>{count}K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="102"/>
        <source>{verdict} on this computer, counting weights and overhead only:
  weights {weights}
  + overhead {overhead}
  = {total} of {budget} available
This model is not in the catalog, so its architecture is unknown and the memory
for the context (KV cache) is not counted; leave room for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="150"/>
        <source>Download {name} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="171"/>
        <source>{repo} on Hugging Face; open it to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="213"/>
        <location filename="../../desktop/gui/library/hub_view.py" line="222"/>
        <source>Search the Hugging Face Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="215"/>
        <source>Search the Hugging Face Hub for GGUF and MLX models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="220"/>
        <source>Search the Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="225"/>
        <source>Hugging Face search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="228"/>
        <source>Hugging Face:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="235"/>
        <source>Hugging Face search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="283"/>
        <source>Searching Hugging Face…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="293"/>
        <source>Could not search Hugging Face ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="354"/>
        <source>%n models on Hugging Face for {query}; open one to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="363"/>
        <source>No GGUF or MLX model on Hugging Face matches {query}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="393"/>
        <source>Reading the file list from Hugging Face…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="407"/>
        <source>Could not read the files of {repo} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="439"/>
        <source>{repo} has no GGUF model file to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/hub_view.py" line="441"/>
        <source>{repo} has no file to download.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <location filename="../../desktop/gui/library/importing.py" line="29"/>
        <source>Import a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/importing.py" line="31"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/importing.py" line="40"/>
        <source>Import an MLX model folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <location filename="../../desktop/gui/library/importing.py" line="90"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/importing.py" line="107"/>
        <source>import {name}</source>
        <comment>completes the sentence: Could not …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/importing.py" line="135"/>
        <source>Copying {name} into the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/importing.py" line="139"/>
        <source>Copying %n models into the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/importing.py" line="141"/>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstalledView</name>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="48"/>
        <source>Import GGUF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="50"/>
        <source>Import a GGUF model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="52"/>
        <source>Add a .gguf file from this computer (or drop one here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="55"/>
        <source>Import MLX folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="58"/>
        <source>Import an MLX model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="61"/>
        <source>Add an MLX model folder (config.json and .safetensors files) from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="67"/>
        <source>Copy into library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="70"/>
        <source>Copy imported models into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="73"/>
        <source>Off: the file stays where it is and is used from there.
On: it is copied into the Qwen Desk models folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="80"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="84"/>
        <source>Progress of the copy into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="90"/>
        <source>Disk space used by models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="104"/>
        <source>Installed models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="106"/>
        <source>No models yet. Download one in Discover, import a .gguf file, or drop one on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="123"/>
        <source>Found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="127"/>
        <source>Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="130"/>
        <source>Look for models in other apps again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="137"/>
        <source>Models found in other apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/library/installed_view.py" line="159"/>
        <source>%n model · {size} in the models folder</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="161"/>
        <source>%n models · {size} in the models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="170"/>
        <source>Looking in other apps&apos; folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="180"/>
        <source>%n in LM Studio, Ollama, GPT4All or the Hugging Face cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_view.py" line="187"/>
        <source>Nothing in LM Studio, Ollama, GPT4All or the Hugging Face cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryHost</name>
    <message>
        <location filename="../../desktop/gui/library/host.py" line="44"/>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="85"/>
        <source>Model library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="110"/>
        <source>Library sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="130"/>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="131"/>
        <location filename="../../desktop/gui/library/page.py" line="460"/>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="132"/>
        <location filename="../../desktop/gui/library/page.py" line="301"/>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="148"/>
        <source>Library message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="169"/>
        <source>No model in the catalog fits this computer comfortably. Close other apps to free memory, or pick a small model in Discover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="214"/>
        <source>read the models folder</source>
        <comment>completes the sentence: Could not …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="230"/>
        <source>look for models in other apps</source>
        <comment>completes the sentence: Could not …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="253"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="268"/>
        <source>refresh it</source>
        <comment>completes the sentence: Could not …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="299"/>
        <source>Installed ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="310"/>
        <source>{name} is now in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="314"/>
        <source>Added {name}. It stays in {folder} and is used from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="335"/>
        <source>Reading the model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="347"/>
        <source>read {name}</source>
        <comment>completes the sentence: Could not …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="362"/>
        <source>Remove {name} from the library?

Its file stays where it is ({folder}); nothing is deleted from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="368"/>
        <source>Delete {name}?

This deletes its file from the models folder and frees {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="374"/>
        <source>Remove model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="376"/>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="387"/>
        <source>Removed {name}; {size} freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="391"/>
        <source>Removed {name}; its file was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="400"/>
        <source>delete it</source>
        <comment>completes the sentence: Could not …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/page.py" line="458"/>
        <source>Downloads ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpFileEditor</name>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="46"/>
        <source>{path} — the mcpServers shape of LM Studio and Claude Desktop. Write secrets as &quot;{reference}&quot; and keep them in the keychain below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="60"/>
        <source>Save mcp.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="64"/>
        <source>Save mcp.json and restart the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="67"/>
        <source>Insert an example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="68"/>
        <source>Insert an example mcp.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="75"/>
        <source>mcp.json message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="81"/>
        <source>Secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="82"/>
        <source>Name, e.g. search-token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="84"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="87"/>
        <source>Secret (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="89"/>
        <source>Save secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="93"/>
        <source>Save the secret in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="96"/>
        <source>Insert reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="100"/>
        <source>Insert {reference} into mcp.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="117"/>
        <source>mcp.json could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="133"/>
        <source>Saved ({servers}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="135"/>
        <source>Saved (no servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="150"/>
        <source>Type a name and the secret to keep in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="158"/>
        <source>The keychain did not take the secret ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mcp_editor.py" line="166"/>
        <source>Secret &quot;{name}&quot; saved in the keychain. Use &quot;{reference}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterStrip</name>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="291"/>
        <source>Resource meters (compact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="303"/>
        <location filename="../../desktop/gui/meters/panel.py" line="313"/>
        <source>CPU {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="304"/>
        <location filename="../../desktop/gui/meters/panel.py" line="321"/>
        <source>RAM {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="316"/>
        <source>This app: {percent} of the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="326"/>
        <source>This app: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="338"/>
        <location filename="../../desktop/gui/meters/panel.py" line="343"/>
        <source>Context {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="346"/>
        <source>{used} of {total} tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="42"/>
        <location filename="../../desktop/gui/meters/panel.py" line="305"/>
        <location filename="../../desktop/gui/meters/panel.py" line="332"/>
        <source>{rate} tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="49"/>
        <source>{ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="50"/>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="54"/>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="58"/>
        <source>{used} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="64"/>
        <source>No GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="108"/>
        <location filename="../../desktop/gui/meters/panel.py" line="297"/>
        <source>CPU use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="109"/>
        <location filename="../../desktop/gui/meters/panel.py" line="298"/>
        <source>Memory use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="111"/>
        <location filename="../../desktop/gui/meters/panel.py" line="299"/>
        <source>Generation speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="124"/>
        <location filename="../../desktop/gui/meters/panel.py" line="300"/>
        <source>Context use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="257"/>
        <location filename="../../desktop/gui/meters/panel.py" line="281"/>
        <source>No model loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetersPanel</name>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="91"/>
        <source>Resource meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="106"/>
        <source>Loaded model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="110"/>
        <location filename="../../desktop/gui/meters/panel.py" line="166"/>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="113"/>
        <source>Time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="116"/>
        <source>Prompt speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="119"/>
        <source>Tokens generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="122"/>
        <source>Thinking tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="126"/>
        <source>Context breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="136"/>
        <source>CPU over the last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="141"/>
        <source>Memory over the last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="146"/>
        <source>Generation speed over the last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="153"/>
        <source>Context window use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="163"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="164"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="165"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="167"/>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="168"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="169"/>
        <source>First token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="170"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="171"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="172"/>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="173"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="229"/>
        <source>{percent} · app {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="236"/>
        <source>app {app} · model {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="240"/>
        <source>app {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="261"/>
        <source>{used} of {total} tokens · {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meters/panel.py" line="268"/>
        <source>system {system} · history {history}
thinking {thinking} · reply {reply}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelRow</name>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="116"/>
        <source>The file is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="118"/>
        <source>Some parts are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="126"/>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="128"/>
        <source>Chat with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="133"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="135"/>
        <location filename="../../desktop/gui/library/installed_rows.py" line="169"/>
        <source>Details of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="140"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="142"/>
        <source>Open the folder of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="148"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="148"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="151"/>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="153"/>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/library/installed_rows.py" line="159"/>
        <source>Forget this model; its file stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelTab</name>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="183"/>
        <source>{name} needs about {size} at this length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="187"/>
        <source>{name} needs about {size} at this length: it fits ({available} available).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="192"/>
        <source>{name} needs about {size} at this length: a tight fit ({available} available); other apps may slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="198"/>
        <source>{name} needs about {size} at this length: it won&apos;t fit ({available} available). Choose a shorter context or a q8_0 KV cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="206"/>
        <source>The model was trained for {tokens} tokens; answers may suffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="213"/>
        <source>How much of the conversation the model can see at once. Longer contexts need more memory: the KV cache grows with every token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="279"/>
        <source>Settings apply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="280"/>
        <location filename="../../desktop/gui/settings/fields.py" line="284"/>
        <source>Use the defaults for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="289"/>
        <source>For this model ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="292"/>
        <source>Default for all models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="294"/>
        <source>Settings for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="302"/>
        <location filename="../../desktop/gui/settings/fields.py" line="338"/>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="305"/>
        <location filename="../../desktop/gui/settings/fields.py" line="348"/>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="306"/>
        <location filename="../../desktop/gui/settings/fields.py" line="355"/>
        <source>GPU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="307"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="308"/>
        <source>Flash attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="310"/>
        <source>KV cache type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="312"/>
        <source>Map the model file (mmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="313"/>
        <source>Keep the model in RAM (mlock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="341"/>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="346"/>
        <source>0 = automatic (one per physical core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="352"/>
        <source>Layers to run on the GPU (Metal or CUDA builds); 0 = CPU only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="362"/>
        <source>q8_0 halves the cache&apos;s memory, q4_0 quarters it, at a small cost in quality; both turn flash attention on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="368"/>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="453"/>
        <source>Every model without its own settings loads with these. This model has its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="459"/>
        <source>Every model without its own settings loads with these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="463"/>
        <source>This model loads with its own settings; the defaults don&apos;t apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="469"/>
        <source>This model uses the defaults. A change here gives it its own settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveModels</name>
    <message>
        <location filename="../../desktop/gui/settings/move.py" line="41"/>
        <location filename="../../desktop/gui/settings/move.py" line="64"/>
        <source>Move the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/move.py" line="43"/>
        <source>Move the models?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/move.py" line="44"/>
        <source>Move your models to {folder}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/settings/move.py" line="47"/>
        <source>%n model ({size}) is in {folder}. If you don&apos;t move it, it stays there and Qwen Desk looks only in the new folder.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/move.py" line="55"/>
        <source>%n models ({size}) are in {folder}. If you don&apos;t move them, they stay there and Qwen Desk looks only in the new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/move.py" line="67"/>
        <source>Just use the new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/move.py" line="144"/>
        <source>Moving the models failed: {error}. Nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/move.py" line="160"/>
        <location filename="../../desktop/gui/settings/move.py" line="179"/>
        <source>Moving the models to {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/move.py" line="161"/>
        <source>Stop moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/move.py" line="167"/>
        <location filename="../../desktop/gui/settings/move.py" line="168"/>
        <source>Moving the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/move.py" line="180"/>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../desktop/gui/widgets/banner.py" line="16"/>
        <location filename="../../desktop/gui/widgets/notice.py" line="80"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/notice.py" line="98"/>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/notice.py" line="99"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="68"/>
        <source>{field} problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="94"/>
        <source>{field} must be a number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/fields.py" line="96"/>
        <source>{field} must be a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetBox</name>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="61"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="64"/>
        <source>Top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="66"/>
        <source>Top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="68"/>
        <source>Min-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="74"/>
        <source>Reset to Qwen&apos;s recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="76"/>
        <source>Temperature {temperature}, top-p {top_p}, top-k {top_k}, min-p {min_p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="88"/>
        <source>Reset {mode} to Qwen&apos;s recommended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReloadNotice</name>
    <message>
        <location filename="../../desktop/gui/settings/reload.py" line="14"/>
        <source>context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/reload.py" line="15"/>
        <source>threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/reload.py" line="16"/>
        <source>GPU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/reload.py" line="17"/>
        <source>KV-cache type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/reload.py" line="18"/>
        <source>flash attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/reload.py" line="19"/>
        <source>memory mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/reload.py" line="20"/>
        <source>locking the model in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/reload.py" line="26"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/reload.py" line="26"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/reload.py" line="28"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/reload.py" line="30"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/reload.py" line="43"/>
        <source>{option} {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/reload.py" line="57"/>
        <source>The new settings ({changes}) apply when {model} is loaded again; it still runs with the old ones. Reload now to use them (this chat stays open).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <location filename="../../desktop/gui/server/controller.py" line="149"/>
        <source>The API server could not start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerHost</name>
    <message>
        <location filename="../../desktop/gui/server/host.py" line="16"/>
        <source>Serving an API request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/host.py" line="26"/>
        <source>Local API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/host.py" line="30"/>
        <source>Local API &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/host.py" line="53"/>
        <source>The local API server is at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/host.py" line="65"/>
        <source>Serving an API request… ({count} waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/host.py" line="77"/>
        <source>API server on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="28"/>
        <source>Off. Start it to let programs use the loaded model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="48"/>
        <location filename="../../desktop/gui/server/panel.py" line="159"/>
        <source>Start the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="58"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="59"/>
        <location filename="../../desktop/gui/server/panel.py" line="89"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="63"/>
        <source>Address copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="74"/>
        <location filename="../../desktop/gui/server/panel.py" line="131"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="76"/>
        <source>Let other computers on the network connect (needs the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="84"/>
        <source>No key: only this computer can connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="86"/>
        <location filename="../../desktop/gui/server/panel.py" line="138"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="87"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="93"/>
        <source>Key copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="96"/>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="102"/>
        <source>None (web pages may not call the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="105"/>
        <source>Web pages allowed to call the server, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="113"/>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="115"/>
        <source>Requests appear here as clients make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="129"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="139"/>
        <source>Web origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="144"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="157"/>
        <source>Stop the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="170"/>
        <source>Offline mode keeps the server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="178"/>
        <source>From other computers: {addresses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="185"/>
        <source>Serving the loaded model to this computer and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="189"/>
        <source>Serving the loaded model to this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="193"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="195"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/server/panel.py" line="227"/>
        <source>New key made: restart the server for it to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="47"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="48"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="49"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="136"/>
        <location filename="../../desktop/gui/settings/dialog.py" line="137"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="148"/>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="149"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="150"/>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="151"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="152"/>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="157"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="160"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="162"/>
        <source>Settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="170"/>
        <source>Settings buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="172"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="174"/>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="178"/>
        <source>Reset all settings to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="210"/>
        <source>Use each model&apos;s recommended sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="216"/>
        <source>From the model&apos;s card: Qwen3 0.6/0.95 thinking and 0.7/0.8 otherwise, QwQ and DeepSeek-R1 distills 0.6/0.95, Qwen2.5 0.7/0.8 with repetition penalty 1.05. Changing a value below uses your values for every model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="226"/>
        <source>Thinking mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="229"/>
        <source>Non-thinking mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="236"/>
        <source>Both modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="239"/>
        <source>Presence penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="242"/>
        <source>Repeat penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="244"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="246"/>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="249"/>
        <source>Thinking budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="252"/>
        <source>0 = off; up to 1.5 helps when answers repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="255"/>
        <source>1 = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="256"/>
        <source>-1 = a new random seed for every reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="257"/>
        <source>The longest reply, thinking included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="258"/>
        <source>Default for new chats; 0 = unlimited thinking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="274"/>
        <location filename="../../desktop/gui/settings/dialog.py" line="277"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="278"/>
        <source>Transcript font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="284"/>
        <source>pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="294"/>
        <source>Enter sends the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="301"/>
        <source>On: Shift+Enter starts a new line. Off: Ctrl+Enter sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="309"/>
        <source>Let the model title new chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="316"/>
        <source>After the first reply the loaded model writes a short title in the chat&apos;s language, in the background. Off: the first message is the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="324"/>
        <source>Offline mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="330"/>
        <source>Never use the network: no downloads and no catalog updates. Models you already have keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/dialog.py" line="447"/>
        <source>Fix the field marked in red ({pages}) to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="53"/>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="125"/>
        <source>Chat deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="127"/>
        <source>%n chats deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="175"/>
        <source>Exported to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="184"/>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="186"/>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="188"/>
        <source>Start a new chat ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="198"/>
        <source>Search chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="200"/>
        <source>Search chats ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="212"/>
        <source>Chat list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="232"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="241"/>
        <source>No chats yet.
Start one with New chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="251"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="360"/>
        <source>No chats match “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="380"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/sidebar.py" line="383"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="57"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="58"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="59"/>
        <source>Blocked (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="60"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="61"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="62"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="110"/>
        <source>Let models use tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="115"/>
        <source>Models whose chat template knows tools (Qwen3, Qwen2.5, QwQ) get them through that template. Each call shows as a card and asks Run / Always in this chat / Deny, except trusted tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="126"/>
        <source>Tool rounds in one reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="129"/>
        <source>MCP call time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="138"/>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="174"/>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="145"/>
        <source>Python runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="147"/>
        <source>Python runner on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="153"/>
        <source>The python tool, the Run button on Python code blocks and Qwen2.5-Math&apos;s code runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="162"/>
        <source>Run Python without asking (trusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="166"/>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="167"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="181"/>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="189"/>
        <source>MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="192"/>
        <source>MCP servers and their tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="195"/>
        <source>Server / tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="196"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="197"/>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="210"/>
        <source>MCP server problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="218"/>
        <source>Check a tool to offer it to models; check Trusted to let it run without asking. A server that fails shows why here; the chat carries on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="299"/>
        <source>No MCP servers: add them in mcp.json below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tools_tab.py" line="353"/>
        <source>The switch could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="36"/>
        <source>%n chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="37"/>
        <source>%n chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="42"/>
        <source>%n message deleted from chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="43"/>
        <source>%n messages deleted from chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="55"/>
        <location filename="../../desktop/gui/sidebar/trash.py" line="56"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="61"/>
        <source>Chats you deleted stay here until you empty the trash. Restore puts a chat back in the list; Delete forever cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="71"/>
        <source>Deleted chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="77"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="88"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="91"/>
        <source>&amp;Delete forever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="96"/>
        <source>&amp;Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="127"/>
        <source>Emptying the trash also deletes {messages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="137"/>
        <source>{title}  ·  deleted {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="182"/>
        <location filename="../../desktop/gui/sidebar/trash.py" line="203"/>
        <source>Delete {what} for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="184"/>
        <source>Delete forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="199"/>
        <source>Delete {chats} and {messages} for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sidebar/trash.py" line="206"/>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

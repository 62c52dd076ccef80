<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>%1 File</source>
            <translation>%1-fil</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>”%1” är skrivskyddad.
Vill du ta bort den ändå?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Är du säker på att du vill ta bort ”%1”?</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Invalid filename</source>
            <translation>Ogiltigt filnamn</translation>
        </message>
        <message>
            <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;Namnet ”%1” kan inte användas.&lt;/b&gt;&lt;p&gt;Försök med ett annat namn, med färre tecken eller utan skiljetecken.</translation>
        </message>
    </context>
</TS>

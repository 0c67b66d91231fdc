<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>轉到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>關聯(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>批註(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Comparison…</source>
        <translation>新建比較(&amp;N)…</translation>
    </message>
    <message>
        <source>Close this comparison and open two other readouts</source>
        <translation>關閉此比較並開啟另外兩篇新聞稿</translation>
    </message>
    <message>
        <source>&amp;Close Comparison</source>
        <translation>關閉比較(&amp;C)</translation>
    </message>
    <message>
        <source>Close both readouts (unsaved work is offered for saving first)</source>
        <translation>關閉兩篇新聞稿（未儲存的工作會先提示儲存）</translation>
    </message>
    <message>
        <source>Open Pro&amp;ject…</source>
        <translation>開啟專案(&amp;J)…</translation>
    </message>
    <message>
        <source>Open a saved project: both readouts, links, corrections, codebook and annotations</source>
        <translation>開啟已儲存的專案：兩篇新聞稿、關聯、更正、編碼本和批註</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>儲存專案(&amp;S)</translation>
    </message>
    <message>
        <source>Save the comparison and your annotations as a project file</source>
        <translation>將比較和您的批註儲存為專案檔案</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>專案另存為(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>以其他名稱儲存專案</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>匯出報告(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the comparison report as PDF, HTML, Markdown, CSV, JSON or Excel, or the work as a REFI-QDA project, with your annotations</source>
        <translation>將比較報告寫成 PDF、HTML、Markdown、CSV、JSON 或 Excel，或將工作寫成 REFI-QDA 專案，並附上您的批註</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Open &amp;Left Readout…</source>
        <translation>開啟左側新聞稿(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a readout in the left pane</source>
        <translation>在左側窗格中開啟新聞稿</translation>
    </message>
    <message>
        <source>Open Left</source>
        <translation>開啟左側</translation>
    </message>
    <message>
        <source>Open &amp;Right Readout…</source>
        <translation>開啟右側新聞稿(&amp;R)…</translation>
    </message>
    <message>
        <source>Open a readout in the right pane</source>
        <translation>在右側窗格中開啟新聞稿</translation>
    </message>
    <message>
        <source>Open Right</source>
        <translation>開啟右側</translation>
    </message>
    <message>
        <source>Open A&amp;ddress…</source>
        <translation>開啟網址(&amp;D)…</translation>
    </message>
    <message>
        <source>Fetch a readout from its web address (http or https) into the left or right pane</source>
        <translation>從網址（http 或 https）獲取新聞稿，放入左側或右側窗格</translation>
    </message>
    <message>
        <source>&amp;Paste as Left Readout</source>
        <translation>貼上為左側新聞稿(&amp;P)</translation>
    </message>
    <message>
        <source>Use the text on the clipboard as the left readout</source>
        <translation>將剪貼簿中的文本用作左側新聞稿</translation>
    </message>
    <message>
        <source>Paste as Ri&amp;ght Readout</source>
        <translation>貼上為右側新聞稿(&amp;G)</translation>
    </message>
    <message>
        <source>Use the text on the clipboard as the right readout</source>
        <translation>將剪貼簿中的文本用作右側新聞稿</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>交換兩側(&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the left and right readouts</source>
        <translation>交換左右兩側的新聞稿</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交換</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首選項(&amp;E)…</translation>
    </message>
    <message>
        <source>Font, theme, alignment threshold and your own lexicon</source>
        <translation>字型、主題、對齊閾值和您自己的詞庫</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Parallax</source>
        <translation>關閉 Parallax</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last annotation, link or unlink</source>
        <translation>撤銷上一次批註、關聯或取消關聯</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>重做已撤銷的操作</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查詢(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in both readouts (case and width ignored)</source>
        <translation>在兩篇新聞稿中查詢文本（忽略大小寫和全形/半形）</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查詢下一個(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>轉到下一個匹配項</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查詢上一個(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>轉到上一個匹配項</translation>
    </message>
    <message>
        <source>Show &amp;All Statements</source>
        <translation>顯示所有表述(&amp;A)</translation>
    </message>
    <message>
        <source>Show every statement</source>
        <translation>顯示每條表述</translation>
    </message>
    <message>
        <source>Show &amp;Differences</source>
        <translation>顯示差異(&amp;D)</translation>
    </message>
    <message>
        <source>Dim statements on which the two sides agree</source>
        <translation>淡化雙方一致的表述</translation>
    </message>
    <message>
        <source>Show &amp;One-Sided</source>
        <translation>顯示單方表述(&amp;O)</translation>
    </message>
    <message>
        <source>Dim everything but what only one side says</source>
        <translation>除只有一方提到的內容外全部淡化</translation>
    </message>
    <message>
        <source>&amp;Fold Agreeing Statements</source>
        <translation>摺疊一致的表述(&amp;F)</translation>
    </message>
    <message>
        <source>Fold away the paragraphs on which the two sides agree, so only the differences remain</source>
        <translation>摺疊雙方一致的段落，只留下差異</translation>
    </message>
    <message>
        <source>&amp;Lock Scrolling</source>
        <translation>鎖定滾動(&amp;L)</translation>
    </message>
    <message>
        <source>Scrolling one pane scrolls the other to the counterparts</source>
        <translation>滾動一個窗格時，另一個窗格隨之滾動到對應表述</translation>
    </message>
    <message>
        <source>Topic &amp;Outline</source>
        <translation>議題大綱(&amp;O)</translation>
    </message>
    <message>
        <source>Show or hide the topic outline</source>
        <translation>顯示或隱藏議題大綱</translation>
    </message>
    <message>
        <source>&amp;Annotation Panel</source>
        <translation>批註面板(&amp;A)</translation>
    </message>
    <message>
        <source>Show or hide the list of annotations</source>
        <translation>顯示或隱藏批註列表</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger readout text</source>
        <translation>放大新聞稿文字</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>縮小(&amp;U)</translation>
    </message>
    <message>
        <source>Smaller readout text</source>
        <translation>縮小新聞稿文字</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>Readout text at the size chosen in Preferences</source>
        <translation>使用首選項中所選字號的新聞稿文字</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>上一處差異(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous differing link or one-sided statement</source>
        <translation>轉到上一個有差異的關聯或單方表述</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一處</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>下一處差異(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next differing link or one-sided statement</source>
        <translation>轉到下一個有差異的關聯或單方表述</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一處</translation>
    </message>
    <message>
        <source>Jump to &amp;Counterpart</source>
        <translation>跳到對應表述(&amp;C)</translation>
    </message>
    <message>
        <source>Go to what the other side says on the selected statement</source>
        <translation>轉到另一方關於所選表述的說法</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>對應表述</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>清除選擇(&amp;S)</translation>
    </message>
    <message>
        <source>Select nothing</source>
        <translation>不選擇任何內容</translation>
    </message>
    <message>
        <source>&amp;Link Selected</source>
        <translation>關聯所選(&amp;L)</translation>
    </message>
    <message>
        <source>Link the selected statements (Ctrl+click to select on both sides)</source>
        <translation>關聯所選表述（Ctrl+單擊可在兩側選擇）</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>關聯</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>取消關聯(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the link of the selected statements</source>
        <translation>取消所選表述的關聯</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消關聯</translation>
    </message>
    <message>
        <source>&amp;Re-align</source>
        <translation>重新對齊(&amp;R)</translation>
    </message>
    <message>
        <source>Align again with the current preferences, keeping your links and unlinks</source>
        <translation>按當前首選項重新對齊，保留您的關聯和取消關聯</translation>
    </message>
    <message>
        <source>Re-align</source>
        <translation>重新對齊</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>批註(&amp;A)…</translation>
    </message>
    <message>
        <source>Tag the selected statement, link or text with a code from the codebook, and add a note</source>
        <translation>用編碼本中的程式碼為所選表述、關聯或文本加標籤，並新增備註</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>編輯批註(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the tag or note of the annotation chosen in the panel</source>
        <translation>更改面板中所選批註的標籤或備註</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>刪除批註(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the annotation chosen in the panel (Ctrl+Z brings it back)</source>
        <translation>刪除面板中所選的批註（按 Ctrl+Z 可恢復）</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>編碼本(&amp;C)…</translation>
    </message>
    <message>
        <source>Add, rename and colour the tags annotations use</source>
        <translation>新增批註所用的標籤，併為其重新命名和設定顏色</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>使用者指南(&amp;G)</translation>
    </message>
    <message>
        <source>How to compare, link, annotate and export, in short</source>
        <translation>簡要說明如何比較、關聯、批註和匯出</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Every action and its shortcut</source>
        <translation>所有操作及其快捷鍵</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>關於 Parallax(&amp;A)</translation>
    </message>
    <message>
        <source>What Parallax is</source>
        <translation>Parallax 是什麼</translation>
    </message>
</context>
<context>
    <name>AddressController</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop fetching the page; the readout stays as it was</source>
        <translation>停止獲取頁面；新聞稿保持原樣</translation>
    </message>
    <message>
        <source>Fetching {address}…</source>
        <translation>正在獲取 {address}…</translation>
    </message>
    <message>
        <source>Fetching was cancelled; the readouts are as they were.</source>
        <translation>已取消獲取；新聞稿保持原樣。</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Open Address</source>
        <translation>開啟網址</translation>
    </message>
    <message>
        <source>Left readout</source>
        <translation>左側新聞稿</translation>
    </message>
    <message>
        <source>Right readout</source>
        <translation>右側新聞稿</translation>
    </message>
    <message>
        <source>The page is fetched and read like a saved page: only its main text becomes statements.</source>
        <translation>獲取頁面後按已儲存的網頁讀取：只有正文會成為表述。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Open as:</source>
        <translation>開啟為：</translation>
    </message>
</context>
<context>
    <name>AnnotatingController</name>
    <message>
        <source>{where} (text)</source>
        <translation>{where}（文本）</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>（無備註）</translation>
    </message>
    <message>
        <source>Selected text in {side}</source>
        <translation>{side}中所選文本</translation>
    </message>
    <message>
        <source>Statement {side} {number}</source>
        <translation>表述 {side} {number}</translation>
    </message>
    <message>
        <source>Link {members}</source>
        <translation>關聯 {members}</translation>
    </message>
    <message>
        <source>Select a statement, a link or some text to annotate it</source>
        <translation>請選擇一條表述、一個關聯或一段文本進行批註</translation>
    </message>
    <message>
        <source>Choose an annotation in the Annotations panel first</source>
        <translation>請先在批註面板中選擇一條批註</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>表述</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>關聯</translation>
    </message>
    <message>
        <source> — orphaned: its quote is not in the current readout</source>
        <translation> — 失去錨點：當前新聞稿中找不到其引文</translation>
    </message>
    <message>
        <source>Annotation deleted ({keys} brings it back)</source>
        <translation>已刪除批註（按 {keys} 可恢復）</translation>
    </message>
    <message>
        <source>This annotation is orphaned: its quote is not in the current readout, so it has no place to go to</source>
        <translation>此批註已失去錨點：當前新聞稿中沒有其引文，因此無處可轉到</translation>
    </message>
    <message>
        <source>Annotate Selected &amp;Text…</source>
        <translation>批註所選文本(&amp;T)…</translation>
    </message>
    <message>
        <source>Annotate &amp;Statement {side} {number}…</source>
        <translation>批註表述 {side} {number}(&amp;S)…</translation>
    </message>
    <message>
        <source>Annotate {what}…</source>
        <translation>批註{what}…</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>無備註</translation>
    </message>
    <message>
        <source>Edit “{name}”…</source>
        <translation>編輯“{name}”…</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>刪除“{name}”</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AnnotationDelegate</name>
    <message>
        <source>⚠ orphaned · </source>
        <translation>⚠ 失去錨點 · </translation>
    </message>
    <message>
        <source>no note</source>
        <translation>無備註</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>Edit Annotation</source>
        <translation>編輯批註</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>What differs, and why it matters (optional)</source>
        <translation>有何不同、為何重要（可選）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>物件：</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>引文：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>No annotations yet.

Select a statement, a link or some text and press {shortcut}, or right-click it, to tag what differs and add a note.</source>
        <translation>暫無批註。

選擇一條表述、一個關聯或一段文本，然後按 {shortcut} 或右鍵單擊，即可為差異加標籤並新增備註。</translation>
    </message>
    <message>
        <source>Orphaned: its quote was not found in the current readout. It is kept, with its note, so nothing is lost; edit or delete it here.</source>
        <translation>失去錨點：當前新聞稿中找不到其引文。它連同備註一起保留，不會丟失；可在此編輯或刪除。</translation>
    </message>
    <message>
        <source>Show the annotations of one tag</source>
        <translation>只顯示某一標籤的批註</translation>
    </message>
    <message>
        <source>Search quotes and notes</source>
        <translation>搜尋引文和備註</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>Every annotation with its tag, where it is, its quote and its note; Enter goes to the annotation, the context menu edits or deletes it</source>
        <translation>列出所有批註及其標籤、位置、引文和備註；按 Enter 轉到該批註，用右鍵選單編輯或刪除</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有標籤</translation>
    </message>
    <message>
        <source>{shown} of {total} annotations</source>
        <translation>{shown} / {total} 條批註</translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation>1 條批註</translation>
    </message>
    <message>
        <source>{total} annotations</source>
        <translation>{total} 條批註</translation>
    </message>
    <message>
        <source> · {count} orphaned</source>
        <translation> · {count} 條失去錨點</translation>
    </message>
    <message>
        <source>&amp;Go to Annotation</source>
        <translation>轉到批註(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>編輯批註(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>刪除批註(&amp;D)</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>Codebook</source>
        <translation>編碼本</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重新命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>顏色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import .qdc…</source>
        <translation>匯入 .qdc(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport .qdc…</source>
        <translation>匯出 .qdc(&amp;X)…</translation>
    </message>
    <message>
        <source>Add the codes of a REFI-QDA codebook (from ATLAS.ti, MAXQDA, NVivo, QualCoder, Taguette …) that this codebook lacks, by name</source>
        <translation>按名稱新增 REFI-QDA 編碼本（來自 ATLAS.ti、MAXQDA、NVivo、QualCoder、Taguette …）中本編碼本沒有的程式碼</translation>
    </message>
    <message>
        <source>Save these tags as a REFI-QDA codebook for other tools</source>
        <translation>將這些標籤儲存為供其他工具使用的 REFI-QDA 編碼本</translation>
    </message>
    <message>
        <source>Tags for what differs between the readouts. Saved with the project.</source>
        <translation>用於標記新聞稿之間差異的標籤。隨專案一起儲存。</translation>
    </message>
    <message>
        <source>   (1 annotation)</source>
        <translation>   （1 條批註）</translation>
    </message>
    <message>
        <source>   ({count} annotations)</source>
        <translation>   （{count} 條批註）</translation>
    </message>
    <message>
        <source>The codebook needs at least one tag.</source>
        <translation>編碼本至少需要一個標籤。</translation>
    </message>
    <message>
        <source>Choose a tag for the annotations of the tag you delete.</source>
        <translation>請為要刪除的標籤下的批註選擇一個標籤。</translation>
    </message>
    <message>
        <source>Nothing imported: {error}</source>
        <translation>未匯入任何內容：{error}</translation>
    </message>
    <message>
        <source> Press OK to keep them.</source>
        <translation> 按“確定”保留。</translation>
    </message>
    <message>
        <source>The codebook was not saved to {path}: {reason}.</source>
        <translation>編碼本未能儲存到 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Codebook saved to {path} ({count} tags).</source>
        <translation>編碼本已儲存到 {path}（{count} 個標籤）。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>標籤需要名稱。</translation>
    </message>
    <message>
        <source>There is already a tag named “{name}”.</source>
        <translation>已有名為“{name}”的標籤。</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建標籤</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>新標籤名稱：</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重新命名標籤</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation>“{name}”的顏色</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>匯入編碼本</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>匯出編碼本</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*{suffix});;All files (*)</source>
        <translation>REFI-QDA 編碼本 (*{suffix});;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>刪除標籤</translation>
    </message>
    <message>
        <source>1 annotation uses “{name}”.
Move it to:</source>
        <translation>有 1 條批註使用“{name}”。
將其移至：</translation>
    </message>
    <message>
        <source>{count} annotations use “{name}”.
Move them to:</source>
        <translation>有 {count} 條批註使用“{name}”。
將它們移至：</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Annotate statement</source>
        <translation>批註表述</translation>
    </message>
    <message>
        <source>Annotate text</source>
        <translation>批註文本</translation>
    </message>
    <message>
        <source>Annotate link</source>
        <translation>批註關聯</translation>
    </message>
    <message>
        <source>Edit statement annotation</source>
        <translation>編輯表述批註</translation>
    </message>
    <message>
        <source>Edit text annotation</source>
        <translation>編輯文本批註</translation>
    </message>
    <message>
        <source>Edit link annotation</source>
        <translation>編輯關聯批註</translation>
    </message>
    <message>
        <source>Delete statement annotation</source>
        <translation>刪除表述批註</translation>
    </message>
    <message>
        <source>Delete text annotation</source>
        <translation>刪除文本批註</translation>
    </message>
    <message>
        <source>Delete link annotation</source>
        <translation>刪除關聯批註</translation>
    </message>
    <message>
        <source>Edit codebook</source>
        <translation>編輯編碼本</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>Open a readout ({shortcut}), paste one from the clipboard, or drop a file here.</source>
        <translation>開啟新聞稿（{shortcut}）、從剪貼簿貼上，或將檔案拖放到這裡。</translation>
    </message>
    <message>
        <source>{count} statements</source>
        <translation>{count} 條表述</translation>
    </message>
    <message>
        <source>Fetched from the web on {moment} UTC</source>
        <translation>於 {moment} UTC 從網上獲取</translation>
    </message>
    <message>
        <source>Title: {title}</source>
        <translation>標題：{title}</translation>
    </message>
    <message>
        <source>Read as {format}, {encoding}</source>
        <translation>按 {format}、{encoding} 讀取</translation>
    </message>
    <message>
        <source>Participants: </source>
        <translation>與會者：</translation>
    </message>
    <message>
        <source>Side guessed as {side} because it {evidence}</source>
        <translation>推測為{side}，因為它{evidence}</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>注意：{warning}</translation>
    </message>
    <message>
        <source>Left readout</source>
        <translation>左側新聞稿</translation>
    </message>
    <message>
        <source>Right readout</source>
        <translation>右側新聞稿</translation>
    </message>
    <message>
        <source>The text of the readout, its statements coloured by whether the other side agrees, differs or does not say it. Move the text cursor with the arrow keys; Enter selects the statement at the cursor and Ctrl+Enter adds it to the selection.</source>
        <translation>新聞稿的正文，各表述按另一方是一致、有差異還是未提及而著色。用方向鍵移動文本游標；按 Enter 選擇游標處的表述，按 Ctrl+Enter 將其加入所選。</translation>
    </message>
    <message>
        <source>No left readout</source>
        <translation>無左側新聞稿</translation>
    </message>
    <message>
        <source>No right readout</source>
        <translation>無右側新聞稿</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open Readout…</source>
        <translation>開啟新聞稿…</translation>
    </message>
    <message>
        <source>Paste Readout</source>
        <translation>貼上新聞稿</translation>
    </message>
    <message>
        <source>Use the text on the clipboard as this readout</source>
        <translation>將剪貼簿中的文本用作此新聞稿</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>最近的專案：</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Open two readouts first: the report is of their comparison</source>
        <translation>請先開啟兩篇新聞稿：報告是對它們的比較</translation>
    </message>
    <message>
        <source>Exporting the report ({format})…</source>
        <translation>正在匯出報告（{format}）…</translation>
    </message>
    <message>
        <source>Exporting the report: page {done} of {total}</source>
        <translation>正在匯出報告：第 {done} 頁，共 {total} 頁</translation>
    </message>
    <message>
        <source>Marked-up copies saved to {paths}</source>
        <translation>標註副本已儲存到 {paths}</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>報告已儲存到 {path}</translation>
    </message>
    <message>
        <source>The report was not saved to {path}: {reason}.</source>
        <translation>報告未能儲存到 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The report could not be made: {reason}.</source>
        <translation>無法生成報告：{reason}。</translation>
    </message>
    <message>
        <source>Your work is unchanged; export again to another place.</source>
        <translation>您的工作保持不變；請匯出到其他位置。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>網頁 (HTML)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV spreadsheet (one row per link, per one-sided statement, per annotation)</source>
        <translation>CSV 電子表格（每條關聯、單方表述、批註各一行）</translation>
    </message>
    <message>
        <source>JSON (the comparison contract)</source>
        <translation>JSON（比較約定格式）</translation>
    </message>
    <message>
        <source>Excel workbook (links, one-sided, annotations, codebook, coverage)</source>
        <translation>Excel 工作簿（關聯、單方表述、批註、編碼本、議題覆蓋）</translation>
    </message>
    <message>
        <source>REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder …)</source>
        <translation>REFI-QDA 專案（ATLAS.ti、MAXQDA、NVivo、QualCoder …）</translation>
    </message>
    <message>
        <source>Marked-up Word copies (one .docx per readout: NAME.kr.docx, NAME.cn.docx)</source>
        <translation>標註 Word 副本（每篇新聞稿一個 .docx：NAME.kr.docx、NAME.cn.docx）</translation>
    </message>
    <message>
        <source>Marked-up PDF copies (one .pdf per readout: NAME.kr.pdf, NAME.cn.pdf)</source>
        <translation>標註 PDF 副本（每篇新聞稿一個 .pdf：NAME.kr.pdf、NAME.cn.pdf）</translation>
    </message>
    <message>
        <source>Only a PDF has pages</source>
        <translation>只有 PDF 有頁面</translation>
    </message>
    <message>
        <source>A CSV file has no title: rows of links, one-sided statements and annotations</source>
        <translation>CSV 檔案沒有標題：只有關聯、單方表述和批註的行</translation>
    </message>
    <message>
        <source>This format has no place for annotations</source>
        <translation>此格式無法容納批註</translation>
    </message>
    <message>
        <source>A spreadsheet holds the statements only</source>
        <translation>電子表格只包含表述</translation>
    </message>
    <message>
        <source>The JSON always holds both full texts</source>
        <translation>JSON 總是包含兩篇全文</translation>
    </message>
    <message>
        <source>A REFI-QDA project always holds both full texts: they are its sources</source>
        <translation>REFI-QDA 專案總是包含兩篇全文：它們就是其資料</translation>
    </message>
    <message>
        <source>Each marked-up copy is a readout's full text</source>
        <translation>每份標註副本都是一篇新聞稿的全文</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>網頁 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 專案 (*.qdpx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <source>Export Report — Parallax</source>
        <translation>匯出報告 — Parallax</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>紙張大小(&amp;P)：</translation>
    </message>
    <message>
        <source>The language of the report's own wording; the readouts' text stays as written</source>
        <translation>報告自身措辭的語言；新聞稿原文保持不變</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>標題(&amp;I)：</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>以逗號分隔的姓名</translation>
    </message>
    <message>
        <source>Both full &amp;texts, as an appendix</source>
        <translation>兩篇全文，作為附錄(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>報告語言(&amp;G)：</translation>
    </message>
    <message>
        <source>Meeting &amp;date:</source>
        <translation>會晤日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Meeting p&amp;lace:</source>
        <translation>會晤地點(&amp;L)：</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation>與會者(&amp;R)：</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>包括：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>儲存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Annotations (none yet)</source>
        <translation>批註（暫無）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Annotations ({count})</source>
        <translation>批註（{count}）(&amp;A)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>;;All files (*)</source>
        <translation>;;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>請選擇儲存報告的位置。</translation>
    </message>
    <message>
        <source>Cannot save there: {reason}.</source>
        <translation>無法儲存到該處：{reason}。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>{names} already exist in {folder}. Replace them?</source>
        <translation>{folder} 中已存在 {names}。要替換它們嗎？</translation>
    </message>
    <message>
        <source>{names} already exists in {folder}. Replace it?</source>
        <translation>{folder} 中已存在 {names}。要替換它嗎？</translation>
    </message>
    <message>
        <source>Replace File — Parallax</source>
        <translation>替換檔案 — Parallax</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>topic: {label}</source>
        <translation>議題：{label}</translation>
    </message>
    <message>
        <source>differences</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>one-sided</source>
        <translation>單方</translation>
    </message>
    <message>
        <source>all statements</source>
        <translation>所有表述</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in both readouts</source>
        <translation>在兩篇新聞稿中查詢</translation>
    </message>
    <message>
        <source>Type to find text in both readouts; Enter and Shift+Enter go to the next and previous match, Esc closes the bar</source>
        <translation>輸入要在兩篇新聞稿中查詢的文本；Enter 和 Shift+Enter 轉到下一個和上一個匹配項，Esc 關閉查詢欄</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>要查詢的文本</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一個匹配項</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一個匹配項</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>關閉查詢欄</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查詢：</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <source>No match</source>
        <translation>無匹配項</translation>
    </message>
    <message>
        <source>{total} found, {where}</source>
        <translation>找到 {total} 個，{where}</translation>
    </message>
    <message>
        <source>{number} of {total}, {where}</source>
        <translation>第 {number} 個，共 {total} 個，{where}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User Guide — Parallax</source>
        <translation>使用者指南 — Parallax</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {python}，Qt {qt}，PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Compares two governments’ readouts of the same diplomatic meeting: which statements report the same point, where the two sides agree, where they differ, and what only one side says.</source>
        <translation>比較兩國政府關於同一次外交會晤的新聞稿：哪些表述報道同一內容，雙方在哪裡一致、在哪裡不同，以及哪些內容只有一方提到。</translation>
    </message>
    <message>
        <source>Parallax is free software under the MIT licence.</source>
        <translation>Parallax 是採用 MIT 許可證的自由軟體。</translation>
    </message>
    <message>
        <source>What Parallax ships, and its licences</source>
        <translation>Parallax 附帶的元件及其許可證</translation>
    </message>
    <message>
        <source>The licence texts are in the licenses folder of the installed program and in packaging/licenses of the source.</source>
        <translation>許可證全文位於已安裝程式的 licenses 資料夾和原始碼的 packaging/licenses 中。</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>關於 Parallax</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓語</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法語</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙語</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>未確定</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Differing words</source>
        <translation>不同的詞語</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>套話</translation>
    </message>
    <message>
        <source>Titles, menus and captions that are not statements</source>
        <translation>不屬於表述的標題、選單和圖片說明</translation>
    </message>
</context>
<context>
    <name>LinkGutter</name>
    <message>
        <source>Links between the two readouts: click a band to select its link</source>
        <translation>兩篇新聞稿之間的關聯：單擊色帶可選擇其關聯</translation>
    </message>
    <message>
        <source>Links between the readouts</source>
        <translation>新聞稿之間的關聯</translation>
    </message>
    <message>
        <source>Bands join each statement of the left readout to the statements of the right readout that report the same point: green where the two sides agree, orange where they differ; marks on the edges show statements only one side has. Use Next and Previous Difference (Alt+Down, Alt+Up) and Jump to Counterpart (Ctrl+J) to move along the links with the keyboard.</source>
        <translation>色帶把左側新聞稿的每條表述與右側新聞稿中報道同一內容的表述連線起來：綠色表示雙方一致，橙色表示有差異；邊緣的標記表示只有一方才有的表述。用鍵盤沿關聯移動，請使用下一處/上一處差異（Alt+Down、Alt+Up）和跳到對應表述（Ctrl+J）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation>主工具欄</translation>
    </message>
    <message>
        <source> Show: </source>
        <translation> 顯示：</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>撤銷(&amp;U)：{what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>重做(&amp;R)：{what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>Preferences could not be saved: {error}</source>
        <translation>無法儲存首選項：{error}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>左側</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>右側</translation>
    </message>
    <message>
        <source>Open two readouts to compare them.</source>
        <translation>請開啟兩篇新聞稿進行比較。</translation>
    </message>
    <message>
        <source>Aligning…</source>
        <translation>正在對齊…</translation>
    </message>
    <message>
        <source>   Showing: {what}</source>
        <translation>   顯示：{what}</translation>
    </message>
    <message>
        <source>Statements {left} {left_count} · {right} {right_count}   Links {links}: {agree} agree, {differ} differ   Only one side: {left} {left_only} · {right} {right_only}</source>
        <translation>表述 {left} {left_count} · {right} {right_count}   關聯 {links}：一致 {agree}，有差異 {differ}   僅一方：{left} {left_only} · {right} {right_only}</translation>
    </message>
    <message>
        <source>{side} · statement {number} · {status}</source>
        <translation>{side} · 表述 {number} · {status}</translation>
    </message>
    <message>
        <source>Speaker: {speaker}</source>
        <translation>發言人：{speaker}</translation>
    </message>
    <message>
        <source>Topics: </source>
        <translation>議題：</translation>
    </message>
    <message>
        <source>Annotation · {what}</source>
        <translation>批註 · {what}</translation>
    </message>
    <message>
        <source>linked by hand</source>
        <translation>手動關聯</translation>
    </message>
    <message>
        <source>match {score}</source>
        <translation>匹配度 {score}</translation>
    </message>
    <message>
        <source>Link {members}: {status} ({made})</source>
        <translation>關聯 {members}：{status}（{made}）</translation>
    </message>
    <message>
        <source>the {side}</source>
        <translation>{side}</translation>
    </message>
    <message>
        <source>Click a statement to see its counterpart; Ctrl+click adds statements on either side to link them by hand ({link}). {next} / {previous} go through the differences.</source>
        <translation>單擊表述可檢視其對應表述；Ctrl+單擊可在兩側新增表述以手動關聯（{link}）。{next} / {previous} 逐一檢視差異。</translation>
    </message>
    <message>
        <source>Only the {side} says this (statement {number}).</source>
        <translation>只有{side}提到這一點（表述 {number}）。</translation>
    </message>
    <message>
        <source>The closest on the {side} is statement {number} (match {score}).</source>
        <translation>{side}最接近的是表述 {number}（匹配度 {score}）。</translation>
    </message>
    <message>
        <source>Nothing comes close; the nearest on the {side} is statement {number} (match {score}).</source>
        <translation>沒有接近的表述；{side}最接近的是表述 {number}（匹配度 {score}）。</translation>
    </message>
    <message>
        <source>Link them</source>
        <translation>關聯二者</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Parallax</source>
        <translation>鍵盤快捷鍵 — Parallax</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷鍵</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>OverviewRuler</name>
    <message>
        <source>Where the differences (orange) and one-sided statements (purple) are in the whole readout; the outlined part is in view. Click to go there.</source>
        <translation>整篇新聞稿中差異（橙色）和單方表述（紫色）所在的位置；帶框部分為當前可見區域。單擊可轉到該處。</translation>
    </message>
    <message>
        <source>Overview ruler</source>
        <translation>概覽標尺</translation>
    </message>
    <message>
        <source>Marks where differing and one-sided statements are in the readout; click to scroll there</source>
        <translation>標出新聞稿中有差異的表述和單方表述的位置；單擊可滾動到該處</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <source>No readout</source>
        <translation>無新聞稿</translation>
    </message>
    <message>
        <source>Whose readout this is (guessed from the text; change it if the guess is wrong)</source>
        <translation>這是哪一方的新聞稿（根據文本推測；如果推測有誤請更改）</translation>
    </message>
    <message>
        <source>Side of this readout</source>
        <translation>此新聞稿所屬方</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首選項</translation>
    </message>
    <message>
        <source>Use the default font</source>
        <translation>使用預設字型</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>A new language applies when Parallax starts again.</source>
        <translation>新語言在重新啟動 Parallax 後生效。</translation>
    </message>
    <message>
        <source>Lower links more statements; higher links only close matches.</source>
        <translation>調低會關聯更多表述；調高只關聯相近的表述。</translation>
    </message>
    <message>
        <source>Readout font:</source>
        <translation>新聞稿字型：</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字號：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主題：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Alignment threshold:</source>
        <translation>對齊閾值：</translation>
    </message>
    <message>
        <source>Extra lexicon file:</source>
        <translation>附加詞庫檔案：</translation>
    </message>
    <message>
        <source>none: the built-in lexicon only</source>
        <translation>無：只使用內建詞庫</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Extra lexicon file</source>
        <translation>附加詞庫檔案</translation>
    </message>
    <message>
        <source>Lexicon files (*.yaml *.yml);;All files (*)</source>
        <translation>詞庫檔案 (*.yaml *.yml);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>this comparison</source>
        <translation>此比較</translation>
    </message>
    <message>
        <source>Unsaved Changes — Parallax</source>
        <translation>未儲存的更改 — Parallax</translation>
    </message>
    <message>
        <source>Save the changes to {name} before {doing}?

Your annotations, links and corrections since the last save are lost if you don't save.</source>
        <translation>在{doing}之前儲存對 {name} 的更改嗎？

如果不儲存，自上次儲存以來的批註、關聯和更正都將丟失。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在開啟 {name}…</translation>
    </message>
    <message>
        <source>opening {name}</source>
        <translation>開啟 {name}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已開啟 {path}</translation>
    </message>
    <message>
        <source>The project was not opened: {message}. Your current work is unchanged.</source>
        <translation>未能開啟專案：{message}。您當前的工作保持不變。</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>專案另存為</translation>
    </message>
    <message>
        <source>Parallax projects (*{suffix});;All files (*)</source>
        <translation>Parallax 專案 (*{suffix});;所有檔案 (*)</translation>
    </message>
    <message>
        <source>There is nothing to save yet: open two readouts first.</source>
        <translation>還沒有可儲存的內容：請先開啟兩篇新聞稿。</translation>
    </message>
    <message>
        <source>The project was not saved to {path}: {reason}. Your work is still here, unsaved: use Save Project As to choose another place.</source>
        <translation>專案未能儲存到 {path}：{reason}。您的工作仍在，尚未儲存：請使用“專案另存為”選擇其他位置。</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>自動儲存失敗：{reason}</translation>
    </message>
    <message>
        <source>Discard Unsaved Work — Parallax</source>
        <translation>丟棄未儲存的工作 — Parallax</translation>
    </message>
    <message>
        <source>Delete the unsaved work for good? This cannot be undone.</source>
        <translation>要永久刪除未儲存的工作嗎？此操作無法撤銷。</translation>
    </message>
    <message>
        <source>The unsaved work could not be recovered: {error}</source>
        <translation>無法恢復未儲存的工作：{error}</translation>
    </message>
    <message>
        <source>recovering unsaved work</source>
        <translation>恢復未儲存的工作</translation>
    </message>
    <message>
        <source>a new project</source>
        <translation>新專案</translation>
    </message>
    <message>
        <source>Recovered unsaved work of {where}. Save it to keep it.</source>
        <translation>已恢復{where}的未儲存工作。請儲存以保留它。</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <source>closing the comparison</source>
        <translation>關閉比較</translation>
    </message>
    <message>
        <source>Open the left readout</source>
        <translation>開啟左側新聞稿</translation>
    </message>
    <message>
        <source>Open the right readout</source>
        <translation>開啟右側新聞稿</translation>
    </message>
    <message>
        <source>Readouts ({patterns});;All files (*)</source>
        <translation>新聞稿 ({patterns});;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在讀取 {name}…</translation>
    </message>
    <message>
        <source>opening another readout</source>
        <translation>開啟另一篇新聞稿</translation>
    </message>
    <message>
        <source>{name} is open on the {side} as the Korean side's readout</source>
        <translation>{name} 已作為韓方新聞稿在{side}開啟</translation>
    </message>
    <message>
        <source>{name} is open on the {side} as the Chinese side's readout</source>
        <translation>{name} 已作為中方新聞稿在{side}開啟</translation>
    </message>
    <message>
        <source>{name} is open on the {side}</source>
        <translation>{name} 已在{side}開啟</translation>
    </message>
    <message>
        <source>{opened}. Open or paste {wanted} on the {other} to compare them.</source>
        <translation>{opened}。請在{other}開啟或貼上{wanted}以進行比較。</translation>
    </message>
    <message>
        <source>opening other readouts</source>
        <translation>開啟其他新聞稿</translation>
    </message>
    <message>
        <source>Reading and aligning…</source>
        <translation>正在讀取並對齊…</translation>
    </message>
    <message>
        <source>1 annotation was not found in it and kept as orphaned (⚠ in the Annotations panel)</source>
        <translation>有 1 條批註在其中找不到，已作為失去錨點的批註保留（批註面板中的 ⚠）</translation>
    </message>
    <message>
        <source>{count} annotations were not found in it and kept as orphaned (⚠ in the Annotations panel)</source>
        <translation>有 {count} 條批註在其中找不到，已作為失去錨點的批註保留（批註面板中的 ⚠）</translation>
    </message>
    <message>
        <source>{count} orphaned annotation(s) found their text again</source>
        <translation>{count} 條失去錨點的批註重新找到了其文本</translation>
    </message>
    <message>
        <source>{count} manual link(s) or unlink(s) referred to statements no longer there and were dropped</source>
        <translation>{count} 個手動關聯或取消關聯指向已不存在的表述，已被刪除</translation>
    </message>
    <message>
        <source>The {side} readout was replaced: {what}.</source>
        <translation>{side}新聞稿已替換：{what}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The {side} readout was not changed: {message}</source>
        <translation>{side}新聞稿未更改：{message}</translation>
    </message>
    <message>
        <source>The clipboard holds no text to use as a readout.</source>
        <translation>剪貼簿中沒有可用作新聞稿的文本。</translation>
    </message>
    <message>
        <source>Aligning without the sentence embedding: {problem}.</source>
        <translation>不使用句子嵌入進行對齊：{problem}。</translation>
    </message>
    <message>
        <source>The readouts could not be aligned: {error}</source>
        <translation>無法對齊新聞稿：{error}</translation>
    </message>
    <message>
        <source>Loading the sentence embedding for a finer alignment…</source>
        <translation>正在載入句子嵌入以獲得更精細的對齊…</translation>
    </message>
    <message>
        <source>{name} is open on the {side}. Open or paste {wanted} here to compare them ({shortcut}), or drop a file here.</source>
        <translation>{name} 已在{side}開啟。請在此開啟或貼上{wanted}以進行比較（{shortcut}），或將檔案拖放到這裡。</translation>
    </message>
    <message>
        <source>the Chinese side's readout</source>
        <translation>中方新聞稿</translation>
    </message>
    <message>
        <source>the Korean side's readout</source>
        <translation>韓方新聞稿</translation>
    </message>
    <message>
        <source>the other readout</source>
        <translation>另一篇新聞稿</translation>
    </message>
</context>
<context>
    <name>ReadoutView</name>
    <message>
        <source>⋯ 1 agreeing statement folded</source>
        <translation>⋯ 已摺疊 1 條一致的表述</translation>
    </message>
    <message>
        <source>⋯ {count} agreeing statements folded</source>
        <translation>⋯ 已摺疊 {count} 條一致的表述</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open Recent as &amp;Left</source>
        <translation>在左側開啟最近檔案(&amp;L)</translation>
    </message>
    <message>
        <source>Open Recent as Ri&amp;ght</source>
        <translation>在右側開啟最近檔案(&amp;G)</translation>
    </message>
    <message>
        <source>Recent Pro&amp;jects</source>
        <translation>最近的專案(&amp;J)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>無最近檔案</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>無最近專案</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Untitled (never saved)</source>
        <translation>無標題（從未儲存）</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>未知時間</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 分鐘前</translation>
    </message>
    <message>
        <source>{count} minutes ago</source>
        <translation>{count} 分鐘前</translation>
    </message>
    <message>
        <source>{count} hours ago</source>
        <translation>{count} 小時前</translation>
    </message>
    <message>
        <source>{count} days ago</source>
        <translation>{count} 天前</translation>
    </message>
    <message>
        <source>Recover Unsaved Work — Parallax</source>
        <translation>恢復未儲存的工作 — Parallax</translation>
    </message>
    <message>
        <source>Parallax was not closed properly.</source>
        <translation>Parallax 未正常關閉。</translation>
    </message>
    <message>
        <source>Unsaved work of earlier sessions was kept. Choose one to recover it as an unsaved project.</source>
        <translation>之前會話未儲存的工作已保留。請選擇一項，將其恢復為未儲存的專案。</translation>
    </message>
    <message>
        <source>The unsaved work of the last session was kept. Recover it as an unsaved project, and save it when you are ready.</source>
        <translation>上次會話未儲存的工作已保留。請將其恢復為未儲存的專案，準備好後再儲存。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>儲存時間</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>This work was never saved to a project file</source>
        <translation>此工作從未儲存為專案檔案</translation>
    </message>
    <message>
        <source>Discard deletes the work for good. Later keeps it, and asks again at the next start.</source>
        <translation>“丟棄”會永久刪除這些工作。“稍後”會保留它們，並在下次啟動時再次詢問。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢復(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丟棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍後(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>{statements} selected</source>
        <translation>已選擇 {statements}</translation>
    </message>
    <message>
        <source>{what}, linked — {keys} unlinks them</source>
        <translation>{what}，已關聯 — 按 {keys} 取消關聯</translation>
    </message>
    <message>
        <source>{what} — {keys} links them</source>
        <translation>{what} — 按 {keys} 關聯</translation>
    </message>
    <message>
        <source>{what} — Ctrl+click a {side} statement to link it</source>
        <translation>{what} — Ctrl+單擊一條{side}表述以關聯</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>left</source>
        <translation>左側</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右側</translation>
    </message>
    <message>
        <source>Korean side</source>
        <translation>韓方</translation>
    </message>
    <message>
        <source>Chinese side</source>
        <translation>中方</translation>
    </message>
    <message>
        <source>Side unknown</source>
        <translation>未知方</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>有差異</translation>
    </message>
    <message>
        <source>Only this side</source>
        <translation>僅此一方</translation>
    </message>
</context>
<context>
    <name>TopicOutline</name>
    <message>
        <source>{count} agree</source>
        <translation>一致 {count}</translation>
    </message>
    <message>
        <source>{count} differ</source>
        <translation>有差異 {count}</translation>
    </message>
    <message>
        <source>only {side} {count}</source>
        <translation>僅{side} {count}</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左側</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右側</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Topic outline</source>
        <translation>議題大綱</translation>
    </message>
    <message>
        <source>Every topic of the two readouts, with how many statements each side has on it and whether they agree, differ or are one-sided; activate a topic to show only its statements</source>
        <translation>兩篇新聞稿的所有議題，以及每個議題上各方的表述數量和一致、有差異或單方的情況；啟用議題可只顯示其表述</translation>
    </message>
    <message>
        <source>Click to show only this topic</source>
        <translation>單擊只顯示此議題</translation>
    </message>
</context>
<context>
    <name>ViewController</name>
    <message>
        <source>What to show; the rest is dimmed (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>要顯示的內容；其餘部分會淡化（Ctrl+1、Ctrl+2、Ctrl+3）</translation>
    </message>
    <message>
        <source>No further difference</source>
        <translation>後面沒有差異了</translation>
    </message>
    <message>
        <source>No earlier difference</source>
        <translation>前面沒有差異了</translation>
    </message>
    <message>
        <source>Select a statement first</source>
        <translation>請先選擇一條表述</translation>
    </message>
    <message>
        <source>Only the {side} says this</source>
        <translation>只有{side}提到這一點</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>所有表述</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>One-sided statements</source>
        <translation>單方表述</translation>
    </message>
    <message>
        <source>Topic: {label}</source>
        <translation>議題：{label}</translation>
    </message>
    <message>
        <source>Select statements on both sides (Ctrl+click) to link them</source>
        <translation>請在兩側選擇表述（Ctrl+單擊）以關聯它們</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>關聯</translation>
    </message>
    <message>
        <source>Select a linked statement to unlink it</source>
        <translation>請選擇一條已關聯的表述以取消關聯</translation>
    </message>
    <message>
        <source>The selected statements are not linked</source>
        <translation>所選表述沒有關聯</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消關聯</translation>
    </message>
</context>
</TS>

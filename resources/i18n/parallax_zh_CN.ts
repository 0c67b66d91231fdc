<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>关联(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Comparison…</source>
        <translation>新建比较(&amp;N)…</translation>
    </message>
    <message>
        <source>Close this comparison and open two other readouts</source>
        <translation>关闭此比较并打开另外两篇新闻稿</translation>
    </message>
    <message>
        <source>&amp;Close Comparison</source>
        <translation>关闭比较(&amp;C)</translation>
    </message>
    <message>
        <source>Close both readouts (unsaved work is offered for saving first)</source>
        <translation>关闭两篇新闻稿（未保存的工作会先提示保存）</translation>
    </message>
    <message>
        <source>Open Pro&amp;ject…</source>
        <translation>打开项目(&amp;J)…</translation>
    </message>
    <message>
        <source>Open a saved project: both readouts, links, corrections, codebook and annotations</source>
        <translation>打开已保存的项目：两篇新闻稿、关联、更正、编码本和批注</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save the comparison and your annotations as a project file</source>
        <translation>将比较和您的批注保存为项目文件</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>以其他名称保存项目</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the comparison report as PDF, HTML, Markdown, CSV, JSON or Excel, or the work as a REFI-QDA project, with your annotations</source>
        <translation>将比较报告写成 PDF、HTML、Markdown、CSV、JSON 或 Excel，或将工作写成 REFI-QDA 项目，并附上您的批注</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Open &amp;Left Readout…</source>
        <translation>打开左侧新闻稿(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a readout in the left pane</source>
        <translation>在左侧窗格中打开新闻稿</translation>
    </message>
    <message>
        <source>Open Left</source>
        <translation>打开左侧</translation>
    </message>
    <message>
        <source>Open &amp;Right Readout…</source>
        <translation>打开右侧新闻稿(&amp;R)…</translation>
    </message>
    <message>
        <source>Open a readout in the right pane</source>
        <translation>在右侧窗格中打开新闻稿</translation>
    </message>
    <message>
        <source>Open Right</source>
        <translation>打开右侧</translation>
    </message>
    <message>
        <source>Open A&amp;ddress…</source>
        <translation>打开网址(&amp;D)…</translation>
    </message>
    <message>
        <source>Fetch a readout from its web address (http or https) into the left or right pane</source>
        <translation>从网址（http 或 https）获取新闻稿，放入左侧或右侧窗格</translation>
    </message>
    <message>
        <source>&amp;Paste as Left Readout</source>
        <translation>粘贴为左侧新闻稿(&amp;P)</translation>
    </message>
    <message>
        <source>Use the text on the clipboard as the left readout</source>
        <translation>将剪贴板中的文本用作左侧新闻稿</translation>
    </message>
    <message>
        <source>Paste as Ri&amp;ght Readout</source>
        <translation>粘贴为右侧新闻稿(&amp;G)</translation>
    </message>
    <message>
        <source>Use the text on the clipboard as the right readout</source>
        <translation>将剪贴板中的文本用作右侧新闻稿</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>交换两侧(&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the left and right readouts</source>
        <translation>交换左右两侧的新闻稿</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>Font, theme, alignment threshold and your own lexicon</source>
        <translation>字体、主题、对齐阈值和您自己的词库</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Parallax</source>
        <translation>关闭 Parallax</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last annotation, link or unlink</source>
        <translation>撤销上一次批注、关联或取消关联</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>重做已撤销的操作</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in both readouts (case and width ignored)</source>
        <translation>在两篇新闻稿中查找文本（忽略大小写和全角/半角）</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>转到下一个匹配项</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>转到上一个匹配项</translation>
    </message>
    <message>
        <source>Show &amp;All Statements</source>
        <translation>显示所有表述(&amp;A)</translation>
    </message>
    <message>
        <source>Show every statement</source>
        <translation>显示每条表述</translation>
    </message>
    <message>
        <source>Show &amp;Differences</source>
        <translation>显示差异(&amp;D)</translation>
    </message>
    <message>
        <source>Dim statements on which the two sides agree</source>
        <translation>淡化双方一致的表述</translation>
    </message>
    <message>
        <source>Show &amp;One-Sided</source>
        <translation>显示单方表述(&amp;O)</translation>
    </message>
    <message>
        <source>Dim everything but what only one side says</source>
        <translation>除只有一方提到的内容外全部淡化</translation>
    </message>
    <message>
        <source>&amp;Fold Agreeing Statements</source>
        <translation>折叠一致的表述(&amp;F)</translation>
    </message>
    <message>
        <source>Fold away the paragraphs on which the two sides agree, so only the differences remain</source>
        <translation>折叠双方一致的段落，只留下差异</translation>
    </message>
    <message>
        <source>&amp;Lock Scrolling</source>
        <translation>锁定滚动(&amp;L)</translation>
    </message>
    <message>
        <source>Scrolling one pane scrolls the other to the counterparts</source>
        <translation>滚动一个窗格时，另一个窗格随之滚动到对应表述</translation>
    </message>
    <message>
        <source>Topic &amp;Outline</source>
        <translation>议题大纲(&amp;O)</translation>
    </message>
    <message>
        <source>Show or hide the topic outline</source>
        <translation>显示或隐藏议题大纲</translation>
    </message>
    <message>
        <source>&amp;Annotation Panel</source>
        <translation>批注面板(&amp;A)</translation>
    </message>
    <message>
        <source>Show or hide the list of annotations</source>
        <translation>显示或隐藏批注列表</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger readout text</source>
        <translation>放大新闻稿文字</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>缩小(&amp;U)</translation>
    </message>
    <message>
        <source>Smaller readout text</source>
        <translation>缩小新闻稿文字</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>Readout text at the size chosen in Preferences</source>
        <translation>使用首选项中所选字号的新闻稿文字</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>上一处差异(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous differing link or one-sided statement</source>
        <translation>转到上一个有差异的关联或单方表述</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>下一处差异(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next differing link or one-sided statement</source>
        <translation>转到下一个有差异的关联或单方表述</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Jump to &amp;Counterpart</source>
        <translation>跳到对应表述(&amp;C)</translation>
    </message>
    <message>
        <source>Go to what the other side says on the selected statement</source>
        <translation>转到另一方关于所选表述的说法</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>对应表述</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>清除选择(&amp;S)</translation>
    </message>
    <message>
        <source>Select nothing</source>
        <translation>不选择任何内容</translation>
    </message>
    <message>
        <source>&amp;Link Selected</source>
        <translation>关联所选(&amp;L)</translation>
    </message>
    <message>
        <source>Link the selected statements (Ctrl+click to select on both sides)</source>
        <translation>关联所选表述（Ctrl+单击可在两侧选择）</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>取消关联(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the link of the selected statements</source>
        <translation>取消所选表述的关联</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>&amp;Re-align</source>
        <translation>重新对齐(&amp;R)</translation>
    </message>
    <message>
        <source>Align again with the current preferences, keeping your links and unlinks</source>
        <translation>按当前首选项重新对齐，保留您的关联和取消关联</translation>
    </message>
    <message>
        <source>Re-align</source>
        <translation>重新对齐</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>批注(&amp;A)…</translation>
    </message>
    <message>
        <source>Tag the selected statement, link or text with a code from the codebook, and add a note</source>
        <translation>用编码本中的代码为所选表述、关联或文本加标签，并添加备注</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>编辑批注(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the tag or note of the annotation chosen in the panel</source>
        <translation>更改面板中所选批注的标签或备注</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>删除批注(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the annotation chosen in the panel (Ctrl+Z brings it back)</source>
        <translation>删除面板中所选的批注（按 Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>编码本(&amp;C)…</translation>
    </message>
    <message>
        <source>Add, rename and colour the tags annotations use</source>
        <translation>添加批注所用的标签，并为其重命名和设置颜色</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>How to compare, link, annotate and export, in short</source>
        <translation>简要说明如何比较、关联、批注和导出</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every action and its shortcut</source>
        <translation>所有操作及其快捷键</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>关于 Parallax(&amp;A)</translation>
    </message>
    <message>
        <source>What Parallax is</source>
        <translation>Parallax 是什么</translation>
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
        <translation>停止获取页面；新闻稿保持原样</translation>
    </message>
    <message>
        <source>Fetching {address}…</source>
        <translation>正在获取 {address}…</translation>
    </message>
    <message>
        <source>Fetching was cancelled; the readouts are as they were.</source>
        <translation>已取消获取；新闻稿保持原样。</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Open Address</source>
        <translation>打开网址</translation>
    </message>
    <message>
        <source>Left readout</source>
        <translation>左侧新闻稿</translation>
    </message>
    <message>
        <source>Right readout</source>
        <translation>右侧新闻稿</translation>
    </message>
    <message>
        <source>The page is fetched and read like a saved page: only its main text becomes statements.</source>
        <translation>获取页面后按已保存的网页读取：只有正文会成为表述。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Open as:</source>
        <translation>打开为：</translation>
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
        <translation>（无备注）</translation>
    </message>
    <message>
        <source>Selected text in {side}</source>
        <translation>{side}中所选文本</translation>
    </message>
    <message>
        <source>Statement {side} {number}</source>
        <translation>表述 {side} {number}</translation>
    </message>
    <message>
        <source>Link {members}</source>
        <translation>关联 {members}</translation>
    </message>
    <message>
        <source>Select a statement, a link or some text to annotate it</source>
        <translation>请选择一条表述、一个关联或一段文本进行批注</translation>
    </message>
    <message>
        <source>Choose an annotation in the Annotations panel first</source>
        <translation>请先在批注面板中选择一条批注</translation>
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
        <translation>关联</translation>
    </message>
    <message>
        <source> — orphaned: its quote is not in the current readout</source>
        <translation> — 失去锚点：当前新闻稿中找不到其引文</translation>
    </message>
    <message>
        <source>Annotation deleted ({keys} brings it back)</source>
        <translation>已删除批注（按 {keys} 可恢复）</translation>
    </message>
    <message>
        <source>This annotation is orphaned: its quote is not in the current readout, so it has no place to go to</source>
        <translation>此批注已失去锚点：当前新闻稿中没有其引文，因此无处可转到</translation>
    </message>
    <message>
        <source>Annotate Selected &amp;Text…</source>
        <translation>批注所选文本(&amp;T)…</translation>
    </message>
    <message>
        <source>Annotate &amp;Statement {side} {number}…</source>
        <translation>批注表述 {side} {number}(&amp;S)…</translation>
    </message>
    <message>
        <source>Annotate {what}…</source>
        <translation>批注{what}…</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>无备注</translation>
    </message>
    <message>
        <source>Edit “{name}”…</source>
        <translation>编辑“{name}”…</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AnnotationDelegate</name>
    <message>
        <source>⚠ orphaned · </source>
        <translation>⚠ 失去锚点 · </translation>
    </message>
    <message>
        <source>no note</source>
        <translation>无备注</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>Edit Annotation</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>What differs, and why it matters (optional)</source>
        <translation>有何不同、为何重要（可选）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>引文：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>No annotations yet.

Select a statement, a link or some text and press {shortcut}, or right-click it, to tag what differs and add a note.</source>
        <translation>暂无批注。

选择一条表述、一个关联或一段文本，然后按 {shortcut} 或右键单击，即可为差异加标签并添加备注。</translation>
    </message>
    <message>
        <source>Orphaned: its quote was not found in the current readout. It is kept, with its note, so nothing is lost; edit or delete it here.</source>
        <translation>失去锚点：当前新闻稿中找不到其引文。它连同备注一起保留，不会丢失；可在此编辑或删除。</translation>
    </message>
    <message>
        <source>Show the annotations of one tag</source>
        <translation>只显示某一标签的批注</translation>
    </message>
    <message>
        <source>Search quotes and notes</source>
        <translation>搜索引文和备注</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Every annotation with its tag, where it is, its quote and its note; Enter goes to the annotation, the context menu edits or deletes it</source>
        <translation>列出所有批注及其标签、位置、引文和备注；按 Enter 转到该批注，用右键菜单编辑或删除</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>{shown} of {total} annotations</source>
        <translation>{shown} / {total} 条批注</translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation>1 条批注</translation>
    </message>
    <message>
        <source>{total} annotations</source>
        <translation>{total} 条批注</translation>
    </message>
    <message>
        <source> · {count} orphaned</source>
        <translation> · {count} 条失去锚点</translation>
    </message>
    <message>
        <source>&amp;Go to Annotation</source>
        <translation>转到批注(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>编辑批注(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>删除批注(&amp;D)</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import .qdc…</source>
        <translation>导入 .qdc(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport .qdc…</source>
        <translation>导出 .qdc(&amp;X)…</translation>
    </message>
    <message>
        <source>Add the codes of a REFI-QDA codebook (from ATLAS.ti, MAXQDA, NVivo, QualCoder, Taguette …) that this codebook lacks, by name</source>
        <translation>按名称添加 REFI-QDA 编码本（来自 ATLAS.ti、MAXQDA、NVivo、QualCoder、Taguette …）中本编码本没有的代码</translation>
    </message>
    <message>
        <source>Save these tags as a REFI-QDA codebook for other tools</source>
        <translation>将这些标签保存为供其他工具使用的 REFI-QDA 编码本</translation>
    </message>
    <message>
        <source>Tags for what differs between the readouts. Saved with the project.</source>
        <translation>用于标记新闻稿之间差异的标签。随项目一起保存。</translation>
    </message>
    <message>
        <source>   (1 annotation)</source>
        <translation>   （1 条批注）</translation>
    </message>
    <message>
        <source>   ({count} annotations)</source>
        <translation>   （{count} 条批注）</translation>
    </message>
    <message>
        <source>The codebook needs at least one tag.</source>
        <translation>编码本至少需要一个标签。</translation>
    </message>
    <message>
        <source>Choose a tag for the annotations of the tag you delete.</source>
        <translation>请为要删除的标签下的批注选择一个标签。</translation>
    </message>
    <message>
        <source>Nothing imported: {error}</source>
        <translation>未导入任何内容：{error}</translation>
    </message>
    <message>
        <source> Press OK to keep them.</source>
        <translation> 按“确定”保留。</translation>
    </message>
    <message>
        <source>The codebook was not saved to {path}: {reason}.</source>
        <translation>编码本未能保存到 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Codebook saved to {path} ({count} tags).</source>
        <translation>编码本已保存到 {path}（{count} 个标签）。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要名称。</translation>
    </message>
    <message>
        <source>There is already a tag named “{name}”.</source>
        <translation>已有名为“{name}”的标签。</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>新标签名称：</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation>“{name}”的颜色</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>导入编码本</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>导出编码本</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*{suffix});;All files (*)</source>
        <translation>REFI-QDA 编码本 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>1 annotation uses “{name}”.
Move it to:</source>
        <translation>有 1 条批注使用“{name}”。
将其移至：</translation>
    </message>
    <message>
        <source>{count} annotations use “{name}”.
Move them to:</source>
        <translation>有 {count} 条批注使用“{name}”。
将它们移至：</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Annotate statement</source>
        <translation>批注表述</translation>
    </message>
    <message>
        <source>Annotate text</source>
        <translation>批注文本</translation>
    </message>
    <message>
        <source>Annotate link</source>
        <translation>批注关联</translation>
    </message>
    <message>
        <source>Edit statement annotation</source>
        <translation>编辑表述批注</translation>
    </message>
    <message>
        <source>Edit text annotation</source>
        <translation>编辑文本批注</translation>
    </message>
    <message>
        <source>Edit link annotation</source>
        <translation>编辑关联批注</translation>
    </message>
    <message>
        <source>Delete statement annotation</source>
        <translation>删除表述批注</translation>
    </message>
    <message>
        <source>Delete text annotation</source>
        <translation>删除文本批注</translation>
    </message>
    <message>
        <source>Delete link annotation</source>
        <translation>删除关联批注</translation>
    </message>
    <message>
        <source>Edit codebook</source>
        <translation>编辑编码本</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>Open a readout ({shortcut}), paste one from the clipboard, or drop a file here.</source>
        <translation>打开新闻稿（{shortcut}）、从剪贴板粘贴，或将文件拖放到这里。</translation>
    </message>
    <message>
        <source>{count} statements</source>
        <translation>{count} 条表述</translation>
    </message>
    <message>
        <source>Fetched from the web on {moment} UTC</source>
        <translation>于 {moment} UTC 从网上获取</translation>
    </message>
    <message>
        <source>Title: {title}</source>
        <translation>标题：{title}</translation>
    </message>
    <message>
        <source>Read as {format}, {encoding}</source>
        <translation>按 {format}、{encoding} 读取</translation>
    </message>
    <message>
        <source>Participants: </source>
        <translation>与会者：</translation>
    </message>
    <message>
        <source>Side guessed as {side} because it {evidence}</source>
        <translation>推测为{side}，因为它{evidence}</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>注意：{warning}</translation>
    </message>
    <message>
        <source>Left readout</source>
        <translation>左侧新闻稿</translation>
    </message>
    <message>
        <source>Right readout</source>
        <translation>右侧新闻稿</translation>
    </message>
    <message>
        <source>The text of the readout, its statements coloured by whether the other side agrees, differs or does not say it. Move the text cursor with the arrow keys; Enter selects the statement at the cursor and Ctrl+Enter adds it to the selection.</source>
        <translation>新闻稿的正文，各表述按另一方是一致、有差异还是未提及而着色。用方向键移动文本光标；按 Enter 选择光标处的表述，按 Ctrl+Enter 将其加入所选。</translation>
    </message>
    <message>
        <source>No left readout</source>
        <translation>无左侧新闻稿</translation>
    </message>
    <message>
        <source>No right readout</source>
        <translation>无右侧新闻稿</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open Readout…</source>
        <translation>打开新闻稿…</translation>
    </message>
    <message>
        <source>Paste Readout</source>
        <translation>粘贴新闻稿</translation>
    </message>
    <message>
        <source>Use the text on the clipboard as this readout</source>
        <translation>将剪贴板中的文本用作此新闻稿</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>最近的项目：</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Open two readouts first: the report is of their comparison</source>
        <translation>请先打开两篇新闻稿：报告是对它们的比较</translation>
    </message>
    <message>
        <source>Exporting the report ({format})…</source>
        <translation>正在导出报告（{format}）…</translation>
    </message>
    <message>
        <source>Exporting the report: page {done} of {total}</source>
        <translation>正在导出报告：第 {done} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Marked-up copies saved to {paths}</source>
        <translation>标注副本已保存到 {paths}</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>报告已保存到 {path}</translation>
    </message>
    <message>
        <source>The report was not saved to {path}: {reason}.</source>
        <translation>报告未能保存到 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The report could not be made: {reason}.</source>
        <translation>无法生成报告：{reason}。</translation>
    </message>
    <message>
        <source>Your work is unchanged; export again to another place.</source>
        <translation>您的工作保持不变；请导出到其他位置。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>网页 (HTML)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV spreadsheet (one row per link, per one-sided statement, per annotation)</source>
        <translation>CSV 电子表格（每条关联、单方表述、批注各一行）</translation>
    </message>
    <message>
        <source>JSON (the comparison contract)</source>
        <translation>JSON（比较约定格式）</translation>
    </message>
    <message>
        <source>Excel workbook (links, one-sided, annotations, codebook, coverage)</source>
        <translation>Excel 工作簿（关联、单方表述、批注、编码本、议题覆盖）</translation>
    </message>
    <message>
        <source>REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder …)</source>
        <translation>REFI-QDA 项目（ATLAS.ti、MAXQDA、NVivo、QualCoder …）</translation>
    </message>
    <message>
        <source>Marked-up Word copies (one .docx per readout: NAME.kr.docx, NAME.cn.docx)</source>
        <translation>标注 Word 副本（每篇新闻稿一个 .docx：NAME.kr.docx、NAME.cn.docx）</translation>
    </message>
    <message>
        <source>Marked-up PDF copies (one .pdf per readout: NAME.kr.pdf, NAME.cn.pdf)</source>
        <translation>标注 PDF 副本（每篇新闻稿一个 .pdf：NAME.kr.pdf、NAME.cn.pdf）</translation>
    </message>
    <message>
        <source>Only a PDF has pages</source>
        <translation>只有 PDF 有页面</translation>
    </message>
    <message>
        <source>A CSV file has no title: rows of links, one-sided statements and annotations</source>
        <translation>CSV 文件没有标题：只有关联、单方表述和批注的行</translation>
    </message>
    <message>
        <source>This format has no place for annotations</source>
        <translation>此格式无法容纳批注</translation>
    </message>
    <message>
        <source>A spreadsheet holds the statements only</source>
        <translation>电子表格只包含表述</translation>
    </message>
    <message>
        <source>The JSON always holds both full texts</source>
        <translation>JSON 总是包含两篇全文</translation>
    </message>
    <message>
        <source>A REFI-QDA project always holds both full texts: they are its sources</source>
        <translation>REFI-QDA 项目总是包含两篇全文：它们就是其资料</translation>
    </message>
    <message>
        <source>Each marked-up copy is a readout&apos;s full text</source>
        <translation>每份标注副本都是一篇新闻稿的全文</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>网页 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 项目 (*.qdpx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Export Report — Parallax</source>
        <translation>导出报告 — Parallax</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>The language of the report&apos;s own wording; the readouts&apos; text stays as written</source>
        <translation>报告自身措辞的语言；新闻稿原文保持不变</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>以逗号分隔的姓名</translation>
    </message>
    <message>
        <source>Both full &amp;texts, as an appendix</source>
        <translation>两篇全文，作为附录(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>报告语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Meeting &amp;date:</source>
        <translation>会晤日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Meeting p&amp;lace:</source>
        <translation>会晤地点(&amp;L)：</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation>与会者(&amp;R)：</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>包括：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Annotations (none yet)</source>
        <translation>批注（暂无）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Annotations ({count})</source>
        <translation>批注（{count}）(&amp;A)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>;;All files (*)</source>
        <translation>;;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>请选择保存报告的位置。</translation>
    </message>
    <message>
        <source>Cannot save there: {reason}.</source>
        <translation>无法保存到该处：{reason}。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>{names} already exist in {folder}. Replace them?</source>
        <translation>{folder} 中已存在 {names}。要替换它们吗？</translation>
    </message>
    <message>
        <source>{names} already exists in {folder}. Replace it?</source>
        <translation>{folder} 中已存在 {names}。要替换它吗？</translation>
    </message>
    <message>
        <source>Replace File — Parallax</source>
        <translation>替换文件 — Parallax</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>topic: {label}</source>
        <translation>议题：{label}</translation>
    </message>
    <message>
        <source>differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>one-sided</source>
        <translation>单方</translation>
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
        <translation>在两篇新闻稿中查找</translation>
    </message>
    <message>
        <source>Type to find text in both readouts; Enter and Shift+Enter go to the next and previous match, Esc closes the bar</source>
        <translation>输入要在两篇新闻稿中查找的文本；Enter 和 Shift+Enter 转到下一个和上一个匹配项，Esc 关闭查找栏</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>要查找的文本</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <source>No match</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>{total} found, {where}</source>
        <translation>找到 {total} 个，{where}</translation>
    </message>
    <message>
        <source>{number} of {total}, {where}</source>
        <translation>第 {number} 个，共 {total} 个，{where}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User Guide — Parallax</source>
        <translation>用户指南 — Parallax</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {python}，Qt {qt}，PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Compares two governments’ readouts of the same diplomatic meeting: which statements report the same point, where the two sides agree, where they differ, and what only one side says.</source>
        <translation>比较两国政府关于同一次外交会晤的新闻稿：哪些表述报道同一内容，双方在哪里一致、在哪里不同，以及哪些内容只有一方提到。</translation>
    </message>
    <message>
        <source>Parallax is free software under the MIT licence.</source>
        <translation>Parallax 是采用 MIT 许可证的自由软件。</translation>
    </message>
    <message>
        <source>What Parallax ships, and its licences</source>
        <translation>Parallax 附带的组件及其许可证</translation>
    </message>
    <message>
        <source>The licence texts are in the licenses folder of the installed program and in packaging/licenses of the source.</source>
        <translation>许可证全文位于已安装程序的 licenses 文件夹和源代码的 packaging/licenses 中。</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>关于 Parallax</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>未确定</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Differing words</source>
        <translation>不同的词语</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>套话</translation>
    </message>
    <message>
        <source>Titles, menus and captions that are not statements</source>
        <translation>不属于表述的标题、菜单和图片说明</translation>
    </message>
</context>
<context>
    <name>LinkGutter</name>
    <message>
        <source>Links between the two readouts: click a band to select its link</source>
        <translation>两篇新闻稿之间的关联：单击色带可选择其关联</translation>
    </message>
    <message>
        <source>Links between the readouts</source>
        <translation>新闻稿之间的关联</translation>
    </message>
    <message>
        <source>Bands join each statement of the left readout to the statements of the right readout that report the same point: green where the two sides agree, orange where they differ; marks on the edges show statements only one side has. Use Next and Previous Difference (Alt+Down, Alt+Up) and Jump to Counterpart (Ctrl+J) to move along the links with the keyboard.</source>
        <translation>色带把左侧新闻稿的每条表述与右侧新闻稿中报道同一内容的表述连接起来：绿色表示双方一致，橙色表示有差异；边缘的标记表示只有一方才有的表述。用键盘沿关联移动，请使用下一处/上一处差异（Alt+Down、Alt+Up）和跳到对应表述（Ctrl+J）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source> Show: </source>
        <translation> 显示：</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>撤销(&amp;U)：{what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
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
        <translation>议题</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Preferences could not be saved: {error}</source>
        <translation>无法保存首选项：{error}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Open two readouts to compare them.</source>
        <translation>请打开两篇新闻稿进行比较。</translation>
    </message>
    <message>
        <source>Aligning…</source>
        <translation>正在对齐…</translation>
    </message>
    <message>
        <source>   Showing: {what}</source>
        <translation>   显示：{what}</translation>
    </message>
    <message>
        <source>Statements {left} {left_count} · {right} {right_count}   Links {links}: {agree} agree, {differ} differ   Only one side: {left} {left_only} · {right} {right_only}</source>
        <translation>表述 {left} {left_count} · {right} {right_count}   关联 {links}：一致 {agree}，有差异 {differ}   仅一方：{left} {left_only} · {right} {right_only}</translation>
    </message>
    <message>
        <source>{side} · statement {number} · {status}</source>
        <translation>{side} · 表述 {number} · {status}</translation>
    </message>
    <message>
        <source>Speaker: {speaker}</source>
        <translation>发言人：{speaker}</translation>
    </message>
    <message>
        <source>Topics: </source>
        <translation>议题：</translation>
    </message>
    <message>
        <source>Annotation · {what}</source>
        <translation>批注 · {what}</translation>
    </message>
    <message>
        <source>linked by hand</source>
        <translation>手动关联</translation>
    </message>
    <message>
        <source>match {score}</source>
        <translation>匹配度 {score}</translation>
    </message>
    <message>
        <source>Link {members}: {status} ({made})</source>
        <translation>关联 {members}：{status}（{made}）</translation>
    </message>
    <message>
        <source>the {side}</source>
        <translation>{side}</translation>
    </message>
    <message>
        <source>Click a statement to see its counterpart; Ctrl+click adds statements on either side to link them by hand ({link}). {next} / {previous} go through the differences.</source>
        <translation>单击表述可查看其对应表述；Ctrl+单击可在两侧添加表述以手动关联（{link}）。{next} / {previous} 逐一查看差异。</translation>
    </message>
    <message>
        <source>Only the {side} says this (statement {number}).</source>
        <translation>只有{side}提到这一点（表述 {number}）。</translation>
    </message>
    <message>
        <source>The closest on the {side} is statement {number} (match {score}).</source>
        <translation>{side}最接近的是表述 {number}（匹配度 {score}）。</translation>
    </message>
    <message>
        <source>Nothing comes close; the nearest on the {side} is statement {number} (match {score}).</source>
        <translation>没有接近的表述；{side}最接近的是表述 {number}（匹配度 {score}）。</translation>
    </message>
    <message>
        <source>Link them</source>
        <translation>关联二者</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Parallax</source>
        <translation>键盘快捷键 — Parallax</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OverviewRuler</name>
    <message>
        <source>Where the differences (orange) and one-sided statements (purple) are in the whole readout; the outlined part is in view. Click to go there.</source>
        <translation>整篇新闻稿中差异（橙色）和单方表述（紫色）所在的位置；带框部分为当前可见区域。单击可转到该处。</translation>
    </message>
    <message>
        <source>Overview ruler</source>
        <translation>概览标尺</translation>
    </message>
    <message>
        <source>Marks where differing and one-sided statements are in the readout; click to scroll there</source>
        <translation>标出新闻稿中有差异的表述和单方表述的位置；单击可滚动到该处</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <source>No readout</source>
        <translation>无新闻稿</translation>
    </message>
    <message>
        <source>Whose readout this is (guessed from the text; change it if the guess is wrong)</source>
        <translation>这是哪一方的新闻稿（根据文本推测；如果推测有误请更改）</translation>
    </message>
    <message>
        <source>Side of this readout</source>
        <translation>此新闻稿所属方</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
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
        <translation>首选项</translation>
    </message>
    <message>
        <source>Use the default font</source>
        <translation>使用默认字体</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>A new language applies when Parallax starts again.</source>
        <translation>新语言在重新启动 Parallax 后生效。</translation>
    </message>
    <message>
        <source>Lower links more statements; higher links only close matches.</source>
        <translation>调低会关联更多表述；调高只关联相近的表述。</translation>
    </message>
    <message>
        <source>Readout font:</source>
        <translation>新闻稿字体：</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Alignment threshold:</source>
        <translation>对齐阈值：</translation>
    </message>
    <message>
        <source>Extra lexicon file:</source>
        <translation>附加词库文件：</translation>
    </message>
    <message>
        <source>none: the built-in lexicon only</source>
        <translation>无：只使用内置词库</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Extra lexicon file</source>
        <translation>附加词库文件</translation>
    </message>
    <message>
        <source>Lexicon files (*.yaml *.yml);;All files (*)</source>
        <translation>词库文件 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>this comparison</source>
        <translation>此比较</translation>
    </message>
    <message>
        <source>Unsaved Changes — Parallax</source>
        <translation>未保存的更改 — Parallax</translation>
    </message>
    <message>
        <source>Save the changes to {name} before {doing}?

Your annotations, links and corrections since the last save are lost if you don&apos;t save.</source>
        <translation>在{doing}之前保存对 {name} 的更改吗？

如果不保存，自上次保存以来的批注、关联和更正都将丢失。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>opening {name}</source>
        <translation>打开 {name}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <source>The project was not opened: {message}. Your current work is unchanged.</source>
        <translation>未能打开项目：{message}。您当前的工作保持不变。</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Parallax projects (*{suffix});;All files (*)</source>
        <translation>Parallax 项目 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is nothing to save yet: open two readouts first.</source>
        <translation>还没有可保存的内容：请先打开两篇新闻稿。</translation>
    </message>
    <message>
        <source>The project was not saved to {path}: {reason}. Your work is still here, unsaved: use Save Project As to choose another place.</source>
        <translation>项目未能保存到 {path}：{reason}。您的工作仍在，尚未保存：请使用“项目另存为”选择其他位置。</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>自动保存失败：{reason}</translation>
    </message>
    <message>
        <source>Discard Unsaved Work — Parallax</source>
        <translation>丢弃未保存的工作 — Parallax</translation>
    </message>
    <message>
        <source>Delete the unsaved work for good? This cannot be undone.</source>
        <translation>要永久删除未保存的工作吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The unsaved work could not be recovered: {error}</source>
        <translation>无法恢复未保存的工作：{error}</translation>
    </message>
    <message>
        <source>recovering unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>a new project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>Recovered unsaved work of {where}. Save it to keep it.</source>
        <translation>已恢复{where}的未保存工作。请保存以保留它。</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <source>closing the comparison</source>
        <translation>关闭比较</translation>
    </message>
    <message>
        <source>Open the left readout</source>
        <translation>打开左侧新闻稿</translation>
    </message>
    <message>
        <source>Open the right readout</source>
        <translation>打开右侧新闻稿</translation>
    </message>
    <message>
        <source>Readouts ({patterns});;All files (*)</source>
        <translation>新闻稿 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>opening another readout</source>
        <translation>打开另一篇新闻稿</translation>
    </message>
    <message>
        <source>{name} is open on the {side} as the Korean side&apos;s readout</source>
        <translation>{name} 已作为韩方新闻稿在{side}打开</translation>
    </message>
    <message>
        <source>{name} is open on the {side} as the Chinese side&apos;s readout</source>
        <translation>{name} 已作为中方新闻稿在{side}打开</translation>
    </message>
    <message>
        <source>{name} is open on the {side}</source>
        <translation>{name} 已在{side}打开</translation>
    </message>
    <message>
        <source>{opened}. Open or paste {wanted} on the {other} to compare them.</source>
        <translation>{opened}。请在{other}打开或粘贴{wanted}以进行比较。</translation>
    </message>
    <message>
        <source>opening other readouts</source>
        <translation>打开其他新闻稿</translation>
    </message>
    <message>
        <source>Reading and aligning…</source>
        <translation>正在读取并对齐…</translation>
    </message>
    <message>
        <source>1 annotation was not found in it and kept as orphaned (⚠ in the Annotations panel)</source>
        <translation>有 1 条批注在其中找不到，已作为失去锚点的批注保留（批注面板中的 ⚠）</translation>
    </message>
    <message>
        <source>{count} annotations were not found in it and kept as orphaned (⚠ in the Annotations panel)</source>
        <translation>有 {count} 条批注在其中找不到，已作为失去锚点的批注保留（批注面板中的 ⚠）</translation>
    </message>
    <message>
        <source>{count} orphaned annotation(s) found their text again</source>
        <translation>{count} 条失去锚点的批注重新找到了其文本</translation>
    </message>
    <message>
        <source>{count} manual link(s) or unlink(s) referred to statements no longer there and were dropped</source>
        <translation>{count} 个手动关联或取消关联指向已不存在的表述，已被删除</translation>
    </message>
    <message>
        <source>The {side} readout was replaced: {what}.</source>
        <translation>{side}新闻稿已替换：{what}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The {side} readout was not changed: {message}</source>
        <translation>{side}新闻稿未更改：{message}</translation>
    </message>
    <message>
        <source>The clipboard holds no text to use as a readout.</source>
        <translation>剪贴板中没有可用作新闻稿的文本。</translation>
    </message>
    <message>
        <source>Aligning without the sentence embedding: {problem}.</source>
        <translation>不使用句子嵌入进行对齐：{problem}。</translation>
    </message>
    <message>
        <source>The readouts could not be aligned: {error}</source>
        <translation>无法对齐新闻稿：{error}</translation>
    </message>
    <message>
        <source>Loading the sentence embedding for a finer alignment…</source>
        <translation>正在加载句子嵌入以获得更精细的对齐…</translation>
    </message>
    <message>
        <source>{name} is open on the {side}. Open or paste {wanted} here to compare them ({shortcut}), or drop a file here.</source>
        <translation>{name} 已在{side}打开。请在此打开或粘贴{wanted}以进行比较（{shortcut}），或将文件拖放到这里。</translation>
    </message>
    <message>
        <source>the Chinese side&apos;s readout</source>
        <translation>中方新闻稿</translation>
    </message>
    <message>
        <source>the Korean side&apos;s readout</source>
        <translation>韩方新闻稿</translation>
    </message>
    <message>
        <source>the other readout</source>
        <translation>另一篇新闻稿</translation>
    </message>
</context>
<context>
    <name>ReadoutView</name>
    <message>
        <source>⋯ 1 agreeing statement folded</source>
        <translation>⋯ 已折叠 1 条一致的表述</translation>
    </message>
    <message>
        <source>⋯ {count} agreeing statements folded</source>
        <translation>⋯ 已折叠 {count} 条一致的表述</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open Recent as &amp;Left</source>
        <translation>在左侧打开最近文件(&amp;L)</translation>
    </message>
    <message>
        <source>Open Recent as Ri&amp;ght</source>
        <translation>在右侧打开最近文件(&amp;G)</translation>
    </message>
    <message>
        <source>Recent Pro&amp;jects</source>
        <translation>最近的项目(&amp;J)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>无最近项目</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Untitled (never saved)</source>
        <translation>无标题（从未保存）</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 分钟前</translation>
    </message>
    <message>
        <source>{count} minutes ago</source>
        <translation>{count} 分钟前</translation>
    </message>
    <message>
        <source>{count} hours ago</source>
        <translation>{count} 小时前</translation>
    </message>
    <message>
        <source>{count} days ago</source>
        <translation>{count} 天前</translation>
    </message>
    <message>
        <source>Recover Unsaved Work — Parallax</source>
        <translation>恢复未保存的工作 — Parallax</translation>
    </message>
    <message>
        <source>Parallax was not closed properly.</source>
        <translation>Parallax 未正常关闭。</translation>
    </message>
    <message>
        <source>Unsaved work of earlier sessions was kept. Choose one to recover it as an unsaved project.</source>
        <translation>之前会话未保存的工作已保留。请选择一项，将其恢复为未保存的项目。</translation>
    </message>
    <message>
        <source>The unsaved work of the last session was kept. Recover it as an unsaved project, and save it when you are ready.</source>
        <translation>上次会话未保存的工作已保留。请将其恢复为未保存的项目，准备好后再保存。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>This work was never saved to a project file</source>
        <translation>此工作从未保存为项目文件</translation>
    </message>
    <message>
        <source>Discard deletes the work for good. Later keeps it, and asks again at the next start.</source>
        <translation>“丢弃”会永久删除这些工作。“稍后”会保留它们，并在下次启动时再次询问。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>{statements} selected</source>
        <translation>已选择 {statements}</translation>
    </message>
    <message>
        <source>{what}, linked — {keys} unlinks them</source>
        <translation>{what}，已关联 — 按 {keys} 取消关联</translation>
    </message>
    <message>
        <source>{what} — {keys} links them</source>
        <translation>{what} — 按 {keys} 关联</translation>
    </message>
    <message>
        <source>{what} — Ctrl+click a {side} statement to link it</source>
        <translation>{what} — Ctrl+单击一条{side}表述以关联</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Korean side</source>
        <translation>韩方</translation>
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
        <translation>有差异</translation>
    </message>
    <message>
        <source>Only this side</source>
        <translation>仅此一方</translation>
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
        <translation>有差异 {count}</translation>
    </message>
    <message>
        <source>only {side} {count}</source>
        <translation>仅{side} {count}</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Topic outline</source>
        <translation>议题大纲</translation>
    </message>
    <message>
        <source>Every topic of the two readouts, with how many statements each side has on it and whether they agree, differ or are one-sided; activate a topic to show only its statements</source>
        <translation>两篇新闻稿的所有议题，以及每个议题上各方的表述数量和一致、有差异或单方的情况；激活议题可只显示其表述</translation>
    </message>
    <message>
        <source>Click to show only this topic</source>
        <translation>单击只显示此议题</translation>
    </message>
</context>
<context>
    <name>ViewController</name>
    <message>
        <source>What to show; the rest is dimmed (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>要显示的内容；其余部分会淡化（Ctrl+1、Ctrl+2、Ctrl+3）</translation>
    </message>
    <message>
        <source>No further difference</source>
        <translation>后面没有差异了</translation>
    </message>
    <message>
        <source>No earlier difference</source>
        <translation>前面没有差异了</translation>
    </message>
    <message>
        <source>Select a statement first</source>
        <translation>请先选择一条表述</translation>
    </message>
    <message>
        <source>Only the {side} says this</source>
        <translation>只有{side}提到这一点</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>所有表述</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>One-sided statements</source>
        <translation>单方表述</translation>
    </message>
    <message>
        <source>Topic: {label}</source>
        <translation>议题：{label}</translation>
    </message>
    <message>
        <source>Select statements on both sides (Ctrl+click) to link them</source>
        <translation>请在两侧选择表述（Ctrl+单击）以关联它们</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Select a linked statement to unlink it</source>
        <translation>请选择一条已关联的表述以取消关联</translation>
    </message>
    <message>
        <source>The selected statements are not linked</source>
        <translation>所选表述没有关联</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
</context>
</TS>

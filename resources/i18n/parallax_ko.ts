<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>연결(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>주석(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Comparison…</source>
        <translation>새 비교(&amp;N)…</translation>
    </message>
    <message>
        <source>Close this comparison and open two other readouts</source>
        <translation>이 비교를 닫고 다른 두 발표문을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Close Comparison</source>
        <translation>비교 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Close both readouts (unsaved work is offered for saving first)</source>
        <translation>두 발표문을 닫습니다(저장하지 않은 작업은 먼저 저장할지 묻습니다)</translation>
    </message>
    <message>
        <source>Open Pro&amp;ject…</source>
        <translation>프로젝트 열기(&amp;J)…</translation>
    </message>
    <message>
        <source>Open a saved project: both readouts, links, corrections, codebook and annotations</source>
        <translation>저장한 프로젝트를 엽니다: 두 발표문, 연결, 수정, 코드북과 주석</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>프로젝트 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the comparison and your annotations as a project file</source>
        <translation>비교와 주석을 프로젝트 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>다른 이름으로 프로젝트 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>프로젝트를 다른 이름으로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the comparison report as PDF, HTML, Markdown, CSV, JSON or Excel, or the work as a REFI-QDA project, with your annotations</source>
        <translation>비교 보고서를 PDF, HTML, Markdown, CSV, JSON 또는 Excel로, 또는 작업을 REFI-QDA 프로젝트로, 주석과 함께 씁니다</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Open &amp;Left Readout…</source>
        <translation>왼쪽 발표문 열기(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a readout in the left pane</source>
        <translation>왼쪽 창에 발표문을 엽니다</translation>
    </message>
    <message>
        <source>Open Left</source>
        <translation>왼쪽 열기</translation>
    </message>
    <message>
        <source>Open &amp;Right Readout…</source>
        <translation>오른쪽 발표문 열기(&amp;R)…</translation>
    </message>
    <message>
        <source>Open a readout in the right pane</source>
        <translation>오른쪽 창에 발표문을 엽니다</translation>
    </message>
    <message>
        <source>Open Right</source>
        <translation>오른쪽 열기</translation>
    </message>
    <message>
        <source>Open A&amp;ddress…</source>
        <translation>주소 열기(&amp;D)…</translation>
    </message>
    <message>
        <source>Fetch a readout from its web address (http or https) into the left or right pane</source>
        <translation>웹 주소(http 또는 https)에서 발표문을 가져와 왼쪽이나 오른쪽 창에 엽니다</translation>
    </message>
    <message>
        <source>&amp;Paste as Left Readout</source>
        <translation>왼쪽 발표문으로 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Use the text on the clipboard as the left readout</source>
        <translation>클립보드의 텍스트를 왼쪽 발표문으로 씁니다</translation>
    </message>
    <message>
        <source>Paste as Ri&amp;ght Readout</source>
        <translation>오른쪽 발표문으로 붙여넣기(&amp;G)</translation>
    </message>
    <message>
        <source>Use the text on the clipboard as the right readout</source>
        <translation>클립보드의 텍스트를 오른쪽 발표문으로 씁니다</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>양쪽 바꾸기(&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the left and right readouts</source>
        <translation>왼쪽과 오른쪽 발표문을 서로 바꿉니다</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>환경설정(&amp;E)…</translation>
    </message>
    <message>
        <source>Font, theme, alignment threshold and your own lexicon</source>
        <translation>글꼴, 테마, 정렬 임계값, 사용자 어휘집</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Parallax</source>
        <translation>Parallax 닫기</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last annotation, link or unlink</source>
        <translation>마지막 주석, 연결 또는 연결 해제를 취소합니다</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>실행 취소한 것을 다시 실행합니다</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in both readouts (case and width ignored)</source>
        <translation>두 발표문에서 텍스트를 찾습니다(대소문자와 전각/반각 무시)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>다음 일치 항목으로 이동</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>이전 일치 항목으로 이동</translation>
    </message>
    <message>
        <source>Show &amp;All Statements</source>
        <translation>모든 진술 표시(&amp;A)</translation>
    </message>
    <message>
        <source>Show every statement</source>
        <translation>모든 진술을 표시합니다</translation>
    </message>
    <message>
        <source>Show &amp;Differences</source>
        <translation>차이 표시(&amp;D)</translation>
    </message>
    <message>
        <source>Dim statements on which the two sides agree</source>
        <translation>양측이 일치하는 진술을 흐리게 합니다</translation>
    </message>
    <message>
        <source>Show &amp;One-Sided</source>
        <translation>한쪽 진술 표시(&amp;O)</translation>
    </message>
    <message>
        <source>Dim everything but what only one side says</source>
        <translation>한쪽만 말하는 것 외에는 모두 흐리게 합니다</translation>
    </message>
    <message>
        <source>&amp;Fold Agreeing Statements</source>
        <translation>일치하는 진술 접기(&amp;F)</translation>
    </message>
    <message>
        <source>Fold away the paragraphs on which the two sides agree, so only the differences remain</source>
        <translation>양측이 일치하는 단락을 접어 차이만 남깁니다</translation>
    </message>
    <message>
        <source>&amp;Lock Scrolling</source>
        <translation>스크롤 연동(&amp;L)</translation>
    </message>
    <message>
        <source>Scrolling one pane scrolls the other to the counterparts</source>
        <translation>한 창을 스크롤하면 다른 창도 대응 진술로 스크롤됩니다</translation>
    </message>
    <message>
        <source>Topic &amp;Outline</source>
        <translation>주제 개요(&amp;O)</translation>
    </message>
    <message>
        <source>Show or hide the topic outline</source>
        <translation>주제 개요를 보이거나 숨깁니다</translation>
    </message>
    <message>
        <source>&amp;Annotation Panel</source>
        <translation>주석 패널(&amp;A)</translation>
    </message>
    <message>
        <source>Show or hide the list of annotations</source>
        <translation>주석 목록을 보이거나 숨깁니다</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Larger readout text</source>
        <translation>발표문 글자 크게</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>축소(&amp;U)</translation>
    </message>
    <message>
        <source>Smaller readout text</source>
        <translation>발표문 글자 작게</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>기본 크기(&amp;N)</translation>
    </message>
    <message>
        <source>Readout text at the size chosen in Preferences</source>
        <translation>환경설정에서 고른 크기의 발표문 글자</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>이전 차이(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous differing link or one-sided statement</source>
        <translation>이전 차이 나는 연결이나 한쪽 진술로 이동합니다</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>다음 차이(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next differing link or one-sided statement</source>
        <translation>다음 차이 나는 연결이나 한쪽 진술로 이동합니다</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Jump to &amp;Counterpart</source>
        <translation>대응 진술로 이동(&amp;C)</translation>
    </message>
    <message>
        <source>Go to what the other side says on the selected statement</source>
        <translation>선택한 진술에 대해 상대측이 말한 것으로 이동합니다</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>대응 진술</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>선택 해제(&amp;S)</translation>
    </message>
    <message>
        <source>Select nothing</source>
        <translation>아무것도 선택하지 않음</translation>
    </message>
    <message>
        <source>&amp;Link Selected</source>
        <translation>선택 항목 연결(&amp;L)</translation>
    </message>
    <message>
        <source>Link the selected statements (Ctrl+click to select on both sides)</source>
        <translation>선택한 진술을 연결합니다(Ctrl+클릭으로 양쪽에서 선택)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>연결 해제(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the link of the selected statements</source>
        <translation>선택한 진술의 연결을 해제합니다</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>연결 해제</translation>
    </message>
    <message>
        <source>&amp;Re-align</source>
        <translation>다시 정렬(&amp;R)</translation>
    </message>
    <message>
        <source>Align again with the current preferences, keeping your links and unlinks</source>
        <translation>현재 환경설정으로 다시 정렬합니다. 직접 만든 연결과 해제는 유지됩니다</translation>
    </message>
    <message>
        <source>Re-align</source>
        <translation>다시 정렬</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>주석 달기(&amp;A)…</translation>
    </message>
    <message>
        <source>Tag the selected statement, link or text with a code from the codebook, and add a note</source>
        <translation>선택한 진술, 연결 또는 텍스트에 코드북의 코드로 태그를 달고 메모를 추가합니다</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>주석 달기</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>주석 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the tag or note of the annotation chosen in the panel</source>
        <translation>패널에서 고른 주석의 태그나 메모를 바꿉니다</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>주석 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the annotation chosen in the panel (Ctrl+Z brings it back)</source>
        <translation>패널에서 고른 주석을 삭제합니다(Ctrl+Z로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>코드북(&amp;C)…</translation>
    </message>
    <message>
        <source>Add, rename and colour the tags annotations use</source>
        <translation>주석에 쓰는 태그를 추가하고 이름과 색상을 바꿉니다</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>사용 안내서(&amp;G)</translation>
    </message>
    <message>
        <source>How to compare, link, annotate and export, in short</source>
        <translation>비교, 연결, 주석, 내보내기 방법을 간단히</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Every action and its shortcut</source>
        <translation>모든 동작과 그 단축키</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>Parallax 정보(&amp;A)</translation>
    </message>
    <message>
        <source>What Parallax is</source>
        <translation>Parallax란 무엇인가</translation>
    </message>
</context>
<context>
    <name>AddressController</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop fetching the page; the readout stays as it was</source>
        <translation>페이지 가져오기를 멈춥니다. 발표문은 그대로입니다</translation>
    </message>
    <message>
        <source>Fetching {address}…</source>
        <translation>{address} 가져오는 중…</translation>
    </message>
    <message>
        <source>Fetching was cancelled; the readouts are as they were.</source>
        <translation>가져오기를 취소했습니다. 발표문은 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Open Address</source>
        <translation>주소 열기</translation>
    </message>
    <message>
        <source>Left readout</source>
        <translation>왼쪽 발표문</translation>
    </message>
    <message>
        <source>Right readout</source>
        <translation>오른쪽 발표문</translation>
    </message>
    <message>
        <source>The page is fetched and read like a saved page: only its main text becomes statements.</source>
        <translation>페이지를 가져와 저장된 페이지처럼 읽습니다: 본문만 진술이 됩니다.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>Open as:</source>
        <translation>열 위치:</translation>
    </message>
</context>
<context>
    <name>AnnotatingController</name>
    <message>
        <source>{where} (text)</source>
        <translation>{where} (텍스트)</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(메모 없음)</translation>
    </message>
    <message>
        <source>Selected text in {side}</source>
        <translation>{side}에서 선택한 텍스트</translation>
    </message>
    <message>
        <source>Statement {side} {number}</source>
        <translation>진술 {side} {number}</translation>
    </message>
    <message>
        <source>Link {members}</source>
        <translation>연결 {members}</translation>
    </message>
    <message>
        <source>Select a statement, a link or some text to annotate it</source>
        <translation>주석을 달려면 진술, 연결 또는 텍스트를 선택하십시오</translation>
    </message>
    <message>
        <source>Choose an annotation in the Annotations panel first</source>
        <translation>먼저 주석 패널에서 주석을 고르십시오</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>진술</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source> — orphaned: its quote is not in the current readout</source>
        <translation> — 고립됨: 인용문이 현재 발표문에 없습니다</translation>
    </message>
    <message>
        <source>Annotation deleted ({keys} brings it back)</source>
        <translation>주석을 삭제했습니다({keys}로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>This annotation is orphaned: its quote is not in the current readout, so it has no place to go to</source>
        <translation>이 주석은 고립되었습니다: 인용문이 현재 발표문에 없어 이동할 곳이 없습니다</translation>
    </message>
    <message>
        <source>Annotate Selected &amp;Text…</source>
        <translation>선택한 텍스트에 주석 달기(&amp;T)…</translation>
    </message>
    <message>
        <source>Annotate &amp;Statement {side} {number}…</source>
        <translation>진술 {side} {number}에 주석 달기(&amp;S)…</translation>
    </message>
    <message>
        <source>Annotate {what}…</source>
        <translation>{what}에 주석 달기…</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>메모 없음</translation>
    </message>
    <message>
        <source>Edit “{name}”…</source>
        <translation>“{name}” 편집…</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>“{name}” 삭제</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AnnotationDelegate</name>
    <message>
        <source>⚠ orphaned · </source>
        <translation>⚠ 고립됨 · </translation>
    </message>
    <message>
        <source>no note</source>
        <translation>메모 없음</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>Edit Annotation</source>
        <translation>주석 편집</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>주석 달기</translation>
    </message>
    <message>
        <source>What differs, and why it matters (optional)</source>
        <translation>무엇이 다르고 왜 중요한지 (선택 사항)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>인용문:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>No annotations yet.

Select a statement, a link or some text and press {shortcut}, or right-click it, to tag what differs and add a note.</source>
        <translation>아직 주석이 없습니다.

진술, 연결 또는 텍스트를 선택하고 {shortcut}를 누르거나 마우스 오른쪽 단추를 클릭해, 차이에 태그를 달고 메모를 남기십시오.</translation>
    </message>
    <message>
        <source>Orphaned: its quote was not found in the current readout. It is kept, with its note, so nothing is lost; edit or delete it here.</source>
        <translation>고립됨: 인용문을 현재 발표문에서 찾지 못했습니다. 잃는 것이 없도록 메모와 함께 보관합니다. 여기서 편집하거나 삭제하십시오.</translation>
    </message>
    <message>
        <source>Show the annotations of one tag</source>
        <translation>한 태그의 주석만 표시</translation>
    </message>
    <message>
        <source>Search quotes and notes</source>
        <translation>인용문과 메모 검색</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Every annotation with its tag, where it is, its quote and its note; Enter goes to the annotation, the context menu edits or deletes it</source>
        <translation>태그, 위치, 인용문, 메모와 함께 모든 주석을 보여 줍니다. Enter를 누르면 그 주석으로 이동하고, 컨텍스트 메뉴로 편집하거나 삭제합니다</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>{shown} of {total} annotations</source>
        <translation>주석 {total}개 중 {shown}개</translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation>주석 1개</translation>
    </message>
    <message>
        <source>{total} annotations</source>
        <translation>주석 {total}개</translation>
    </message>
    <message>
        <source> · {count} orphaned</source>
        <translation> · 고립됨 {count}</translation>
    </message>
    <message>
        <source>&amp;Go to Annotation</source>
        <translation>주석으로 이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>주석 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>주석 삭제(&amp;D)</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>Codebook</source>
        <translation>코드북</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>색상(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import .qdc…</source>
        <translation>.qdc 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport .qdc…</source>
        <translation>.qdc 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Add the codes of a REFI-QDA codebook (from ATLAS.ti, MAXQDA, NVivo, QualCoder, Taguette …) that this codebook lacks, by name</source>
        <translation>REFI-QDA 코드북(ATLAS.ti, MAXQDA, NVivo, QualCoder, Taguette …)의 코드 중 이 코드북에 없는 것을 이름으로 추가합니다</translation>
    </message>
    <message>
        <source>Save these tags as a REFI-QDA codebook for other tools</source>
        <translation>이 태그를 다른 도구용 REFI-QDA 코드북으로 저장합니다</translation>
    </message>
    <message>
        <source>Tags for what differs between the readouts. Saved with the project.</source>
        <translation>발표문 사이의 차이를 나타내는 태그입니다. 프로젝트와 함께 저장됩니다.</translation>
    </message>
    <message>
        <source>   (1 annotation)</source>
        <translation>   (주석 1개)</translation>
    </message>
    <message>
        <source>   ({count} annotations)</source>
        <translation>   (주석 {count}개)</translation>
    </message>
    <message>
        <source>The codebook needs at least one tag.</source>
        <translation>코드북에는 태그가 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>Choose a tag for the annotations of the tag you delete.</source>
        <translation>삭제할 태그의 주석을 옮길 태그를 고르십시오.</translation>
    </message>
    <message>
        <source>Nothing imported: {error}</source>
        <translation>가져온 것이 없습니다: {error}</translation>
    </message>
    <message>
        <source> Press OK to keep them.</source>
        <translation> 유지하려면 확인을 누르십시오.</translation>
    </message>
    <message>
        <source>The codebook was not saved to {path}: {reason}.</source>
        <translation>코드북을 {path}에 저장하지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>Codebook saved to {path} ({count} tags).</source>
        <translation>코드북을 {path}에 저장했습니다(태그 {count}개).</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>태그에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>There is already a tag named “{name}”.</source>
        <translation>“{name}” 태그가 이미 있습니다.</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>새 태그</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>새 태그 이름:</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>태그 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation>“{name}”의 색상</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>코드북 가져오기</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>코드북 내보내기</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*{suffix});;All files (*)</source>
        <translation>REFI-QDA 코드북 (*{suffix});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>태그 삭제</translation>
    </message>
    <message>
        <source>1 annotation uses “{name}”.
Move it to:</source>
        <translation>주석 1개가 “{name}” 태그를 사용합니다.
옮길 태그:</translation>
    </message>
    <message>
        <source>{count} annotations use “{name}”.
Move them to:</source>
        <translation>주석 {count}개가 “{name}” 태그를 사용합니다.
옮길 태그:</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Annotate statement</source>
        <translation>진술에 주석 달기</translation>
    </message>
    <message>
        <source>Annotate text</source>
        <translation>텍스트에 주석 달기</translation>
    </message>
    <message>
        <source>Annotate link</source>
        <translation>연결에 주석 달기</translation>
    </message>
    <message>
        <source>Edit statement annotation</source>
        <translation>진술 주석 편집</translation>
    </message>
    <message>
        <source>Edit text annotation</source>
        <translation>텍스트 주석 편집</translation>
    </message>
    <message>
        <source>Edit link annotation</source>
        <translation>연결 주석 편집</translation>
    </message>
    <message>
        <source>Delete statement annotation</source>
        <translation>진술 주석 삭제</translation>
    </message>
    <message>
        <source>Delete text annotation</source>
        <translation>텍스트 주석 삭제</translation>
    </message>
    <message>
        <source>Delete link annotation</source>
        <translation>연결 주석 삭제</translation>
    </message>
    <message>
        <source>Edit codebook</source>
        <translation>코드북 편집</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>Open a readout ({shortcut}), paste one from the clipboard, or drop a file here.</source>
        <translation>발표문을 열거나({shortcut}), 클립보드에서 붙여넣거나, 여기에 파일을 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>{count} statements</source>
        <translation>진술 {count}개</translation>
    </message>
    <message>
        <source>Fetched from the web on {moment} UTC</source>
        <translation>{moment} UTC에 웹에서 가져옴</translation>
    </message>
    <message>
        <source>Title: {title}</source>
        <translation>제목: {title}</translation>
    </message>
    <message>
        <source>Read as {format}, {encoding}</source>
        <translation>{format}, {encoding}(으)로 읽음</translation>
    </message>
    <message>
        <source>Participants: </source>
        <translation>참석자: </translation>
    </message>
    <message>
        <source>Side guessed as {side} because it {evidence}</source>
        <translation>{side}(으)로 추정한 근거: {evidence}</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>참고: {warning}</translation>
    </message>
    <message>
        <source>Left readout</source>
        <translation>왼쪽 발표문</translation>
    </message>
    <message>
        <source>Right readout</source>
        <translation>오른쪽 발표문</translation>
    </message>
    <message>
        <source>The text of the readout, its statements coloured by whether the other side agrees, differs or does not say it. Move the text cursor with the arrow keys; Enter selects the statement at the cursor and Ctrl+Enter adds it to the selection.</source>
        <translation>발표문 본문입니다. 진술은 상대측이 일치하는지, 다른지, 말하지 않는지에 따라 색이 칠해져 있습니다. 화살표 키로 텍스트 커서를 옮기고, Enter로 커서 위치의 진술을 선택하며 Ctrl+Enter로 선택에 더합니다.</translation>
    </message>
    <message>
        <source>No left readout</source>
        <translation>왼쪽 발표문 없음</translation>
    </message>
    <message>
        <source>No right readout</source>
        <translation>오른쪽 발표문 없음</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open Readout…</source>
        <translation>발표문 열기…</translation>
    </message>
    <message>
        <source>Paste Readout</source>
        <translation>발표문 붙여넣기</translation>
    </message>
    <message>
        <source>Use the text on the clipboard as this readout</source>
        <translation>클립보드의 텍스트를 이 발표문으로 씁니다</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>최근 프로젝트:</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Open two readouts first: the report is of their comparison</source>
        <translation>먼저 두 발표문을 여십시오: 보고서는 두 발표문의 비교입니다</translation>
    </message>
    <message>
        <source>Exporting the report ({format})…</source>
        <translation>보고서를 내보내는 중({format})…</translation>
    </message>
    <message>
        <source>Exporting the report: page {done} of {total}</source>
        <translation>보고서를 내보내는 중: {total}쪽 중 {done}쪽</translation>
    </message>
    <message>
        <source>Marked-up copies saved to {paths}</source>
        <translation>표시한 사본을 {paths}에 저장했습니다</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>보고서를 {path}에 저장했습니다</translation>
    </message>
    <message>
        <source>The report was not saved to {path}: {reason}.</source>
        <translation>보고서를 {path}에 저장하지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>The report could not be made: {reason}.</source>
        <translation>보고서를 만들지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>Your work is unchanged; export again to another place.</source>
        <translation>작업은 그대로입니다. 다른 위치로 다시 내보내십시오.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>웹 페이지 (HTML)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV spreadsheet (one row per link, per one-sided statement, per annotation)</source>
        <translation>CSV 스프레드시트 (연결, 한쪽 진술, 주석마다 한 행)</translation>
    </message>
    <message>
        <source>JSON (the comparison contract)</source>
        <translation>JSON (비교 계약 형식)</translation>
    </message>
    <message>
        <source>Excel workbook (links, one-sided, annotations, codebook, coverage)</source>
        <translation>Excel 통합 문서 (연결, 한쪽 진술, 주석, 코드북, 주제 범위)</translation>
    </message>
    <message>
        <source>REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder …)</source>
        <translation>REFI-QDA 프로젝트 (ATLAS.ti, MAXQDA, NVivo, QualCoder …)</translation>
    </message>
    <message>
        <source>Marked-up Word copies (one .docx per readout: NAME.kr.docx, NAME.cn.docx)</source>
        <translation>표시한 Word 사본 (발표문마다 .docx 하나: NAME.kr.docx, NAME.cn.docx)</translation>
    </message>
    <message>
        <source>Marked-up PDF copies (one .pdf per readout: NAME.kr.pdf, NAME.cn.pdf)</source>
        <translation>표시한 PDF 사본 (발표문마다 .pdf 하나: NAME.kr.pdf, NAME.cn.pdf)</translation>
    </message>
    <message>
        <source>Only a PDF has pages</source>
        <translation>페이지가 있는 것은 PDF뿐입니다</translation>
    </message>
    <message>
        <source>A CSV file has no title: rows of links, one-sided statements and annotations</source>
        <translation>CSV 파일에는 제목이 없습니다: 연결, 한쪽 진술, 주석의 행만 있습니다</translation>
    </message>
    <message>
        <source>This format has no place for annotations</source>
        <translation>이 형식에는 주석을 넣을 곳이 없습니다</translation>
    </message>
    <message>
        <source>A spreadsheet holds the statements only</source>
        <translation>스프레드시트에는 진술만 들어갑니다</translation>
    </message>
    <message>
        <source>The JSON always holds both full texts</source>
        <translation>JSON에는 항상 두 전문이 들어갑니다</translation>
    </message>
    <message>
        <source>A REFI-QDA project always holds both full texts: they are its sources</source>
        <translation>REFI-QDA 프로젝트에는 항상 두 전문이 들어갑니다: 그것이 자료입니다</translation>
    </message>
    <message>
        <source>Each marked-up copy is a readout&apos;s full text</source>
        <translation>표시된 사본은 각각 한 발표문의 전문입니다</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>웹 페이지 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 프로젝트 (*.qdpx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 문서 (*.docx)</translation>
    </message>
    <message>
        <source>Export Report — Parallax</source>
        <translation>보고서 내보내기 — Parallax</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>용지 크기(&amp;P):</translation>
    </message>
    <message>
        <source>The language of the report&apos;s own wording; the readouts&apos; text stays as written</source>
        <translation>보고서 자체 문구의 언어입니다. 발표문 본문은 쓰인 그대로 둡니다</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>제목(&amp;I):</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>쉼표로 구분한 이름</translation>
    </message>
    <message>
        <source>Both full &amp;texts, as an appendix</source>
        <translation>두 전문을 부록으로(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>보고서 언어(&amp;G):</translation>
    </message>
    <message>
        <source>Meeting &amp;date:</source>
        <translation>회담 날짜(&amp;D):</translation>
    </message>
    <message>
        <source>Meeting p&amp;lace:</source>
        <translation>회담 장소(&amp;L):</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation>참석자(&amp;R):</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>포함:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Annotations (none yet)</source>
        <translation>주석 (아직 없음)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Annotations ({count})</source>
        <translation>주석 ({count})(&amp;A)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>;;All files (*)</source>
        <translation>;;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>보고서를 저장할 위치를 고르십시오.</translation>
    </message>
    <message>
        <source>Cannot save there: {reason}.</source>
        <translation>그곳에 저장할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>{names} already exist in {folder}. Replace them?</source>
        <translation>{names}이(가) {folder}에 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <source>{names} already exists in {folder}. Replace it?</source>
        <translation>{names}이(가) {folder}에 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <source>Replace File — Parallax</source>
        <translation>파일 바꾸기 — Parallax</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>topic: {label}</source>
        <translation>주제: {label}</translation>
    </message>
    <message>
        <source>differences</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>one-sided</source>
        <translation>한쪽만</translation>
    </message>
    <message>
        <source>all statements</source>
        <translation>모든 진술</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in both readouts</source>
        <translation>두 발표문에서 찾기</translation>
    </message>
    <message>
        <source>Type to find text in both readouts; Enter and Shift+Enter go to the next and previous match, Esc closes the bar</source>
        <translation>두 발표문에서 찾을 텍스트를 입력하십시오. Enter와 Shift+Enter로 다음과 이전 일치 항목으로, Esc로 막대를 닫습니다</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>찾을 텍스트</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>이전 일치 항목</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>다음 일치 항목</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>찾기 막대 닫기</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>찾기:</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <source>No match</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message>
        <source>{total} found, {where}</source>
        <translation>{total}개 찾음, {where}</translation>
    </message>
    <message>
        <source>{number} of {total}, {where}</source>
        <translation>{total}개 중 {number}번째, {where}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User Guide — Parallax</source>
        <translation>사용 안내서 — Parallax</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {python}, Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Compares two governments’ readouts of the same diplomatic meeting: which statements report the same point, where the two sides agree, where they differ, and what only one side says.</source>
        <translation>같은 외교 회담에 대한 두 정부의 발표문을 비교합니다: 어느 진술이 같은 내용을 전하는지, 양측이 어디서 일치하고 어디서 다른지, 그리고 한쪽만 말하는 것은 무엇인지.</translation>
    </message>
    <message>
        <source>Parallax is free software under the MIT licence.</source>
        <translation>Parallax는 MIT 라이선스의 자유 소프트웨어입니다.</translation>
    </message>
    <message>
        <source>What Parallax ships, and its licences</source>
        <translation>Parallax에 포함된 구성 요소와 라이선스</translation>
    </message>
    <message>
        <source>The licence texts are in the licenses folder of the installed program and in packaging/licenses of the source.</source>
        <translation>라이선스 전문은 설치된 프로그램의 licenses 폴더와 소스의 packaging/licenses에 있습니다.</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>Parallax 정보</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>German</source>
        <translation>독일어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>French</source>
        <translation>프랑스어</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>러시아어</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>스페인어</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>판별 불가</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Differing words</source>
        <translation>다른 단어</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>상투 문구</translation>
    </message>
    <message>
        <source>Titles, menus and captions that are not statements</source>
        <translation>진술이 아닌 제목, 메뉴, 캡션</translation>
    </message>
</context>
<context>
    <name>LinkGutter</name>
    <message>
        <source>Links between the two readouts: click a band to select its link</source>
        <translation>두 발표문 사이의 연결: 띠를 클릭하면 그 연결을 선택합니다</translation>
    </message>
    <message>
        <source>Links between the readouts</source>
        <translation>발표문 사이의 연결</translation>
    </message>
    <message>
        <source>Bands join each statement of the left readout to the statements of the right readout that report the same point: green where the two sides agree, orange where they differ; marks on the edges show statements only one side has. Use Next and Previous Difference (Alt+Down, Alt+Up) and Jump to Counterpart (Ctrl+J) to move along the links with the keyboard.</source>
        <translation>띠는 왼쪽 발표문의 각 진술을 같은 내용을 전하는 오른쪽 발표문의 진술과 잇습니다. 초록색은 양측이 일치하는 곳, 주황색은 차이가 있는 곳이며, 가장자리 표시는 한쪽에만 있는 진술입니다. 키보드로 연결을 따라가려면 다음/이전 차이(Alt+Down, Alt+Up)와 대응 진술로 이동(Ctrl+J)을 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source> Show: </source>
        <translation> 표시: </translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>실행 취소(&amp;U): {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>다시 실행(&amp;R): {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Preferences could not be saved: {error}</source>
        <translation>환경설정을 저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>왼쪽</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>오른쪽</translation>
    </message>
    <message>
        <source>Open two readouts to compare them.</source>
        <translation>비교하려면 두 발표문을 여십시오.</translation>
    </message>
    <message>
        <source>Aligning…</source>
        <translation>정렬하는 중…</translation>
    </message>
    <message>
        <source>   Showing: {what}</source>
        <translation>   표시: {what}</translation>
    </message>
    <message>
        <source>Statements {left} {left_count} · {right} {right_count}   Links {links}: {agree} agree, {differ} differ   Only one side: {left} {left_only} · {right} {right_only}</source>
        <translation>진술 {left} {left_count} · {right} {right_count}   연결 {links}: 일치 {agree}, 차이 {differ}   한쪽만: {left} {left_only} · {right} {right_only}</translation>
    </message>
    <message>
        <source>{side} · statement {number} · {status}</source>
        <translation>{side} · 진술 {number} · {status}</translation>
    </message>
    <message>
        <source>Speaker: {speaker}</source>
        <translation>화자: {speaker}</translation>
    </message>
    <message>
        <source>Topics: </source>
        <translation>주제: </translation>
    </message>
    <message>
        <source>Annotation · {what}</source>
        <translation>주석 · {what}</translation>
    </message>
    <message>
        <source>linked by hand</source>
        <translation>직접 연결함</translation>
    </message>
    <message>
        <source>match {score}</source>
        <translation>일치도 {score}</translation>
    </message>
    <message>
        <source>Link {members}: {status} ({made})</source>
        <translation>연결 {members}: {status} ({made})</translation>
    </message>
    <message>
        <source>the {side}</source>
        <translation>{side}</translation>
    </message>
    <message>
        <source>Click a statement to see its counterpart; Ctrl+click adds statements on either side to link them by hand ({link}). {next} / {previous} go through the differences.</source>
        <translation>진술을 클릭하면 대응 진술이 보입니다. Ctrl+클릭으로 양쪽 진술을 더해 직접 연결합니다({link}). {next} / {previous}로 차이를 차례로 봅니다.</translation>
    </message>
    <message>
        <source>Only the {side} says this (statement {number}).</source>
        <translation>{side}만 이것을 말합니다(진술 {number}).</translation>
    </message>
    <message>
        <source>The closest on the {side} is statement {number} (match {score}).</source>
        <translation>{side}에서 가장 가까운 것은 진술 {number}입니다(일치도 {score}).</translation>
    </message>
    <message>
        <source>Nothing comes close; the nearest on the {side} is statement {number} (match {score}).</source>
        <translation>가까운 것이 없습니다. {side}에서 가장 가까운 것은 진술 {number}입니다(일치도 {score}).</translation>
    </message>
    <message>
        <source>Link them</source>
        <translation>연결하기</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Parallax</source>
        <translation>단축키 — Parallax</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>OverviewRuler</name>
    <message>
        <source>Where the differences (orange) and one-sided statements (purple) are in the whole readout; the outlined part is in view. Click to go there.</source>
        <translation>발표문 전체에서 차이(주황색)와 한쪽 진술(보라색)이 있는 곳입니다. 테두리 친 부분이 보이는 영역입니다. 클릭하면 그곳으로 이동합니다.</translation>
    </message>
    <message>
        <source>Overview ruler</source>
        <translation>개요 눈금자</translation>
    </message>
    <message>
        <source>Marks where differing and one-sided statements are in the readout; click to scroll there</source>
        <translation>발표문에서 차이 나는 진술과 한쪽 진술의 위치를 표시합니다. 클릭하면 그곳으로 스크롤합니다</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <source>No readout</source>
        <translation>발표문 없음</translation>
    </message>
    <message>
        <source>Whose readout this is (guessed from the text; change it if the guess is wrong)</source>
        <translation>누구의 발표문인지(텍스트에서 추정했습니다. 추정이 틀렸으면 바꾸십시오)</translation>
    </message>
    <message>
        <source>Side of this readout</source>
        <translation>이 발표문의 측</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>Use the default font</source>
        <translation>기본 글꼴 사용</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>A new language applies when Parallax starts again.</source>
        <translation>새 언어는 Parallax를 다시 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Lower links more statements; higher links only close matches.</source>
        <translation>낮추면 더 많은 진술을 연결하고, 높이면 가까운 것만 연결합니다.</translation>
    </message>
    <message>
        <source>Readout font:</source>
        <translation>발표문 글꼴:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>글꼴 크기:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Alignment threshold:</source>
        <translation>정렬 임계값:</translation>
    </message>
    <message>
        <source>Extra lexicon file:</source>
        <translation>추가 어휘집 파일:</translation>
    </message>
    <message>
        <source>none: the built-in lexicon only</source>
        <translation>없음: 기본 어휘집만 사용</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Extra lexicon file</source>
        <translation>추가 어휘집 파일</translation>
    </message>
    <message>
        <source>Lexicon files (*.yaml *.yml);;All files (*)</source>
        <translation>어휘집 파일 (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>this comparison</source>
        <translation>이 비교</translation>
    </message>
    <message>
        <source>Unsaved Changes — Parallax</source>
        <translation>저장하지 않은 변경 내용 — Parallax</translation>
    </message>
    <message>
        <source>Save the changes to {name} before {doing}?

Your annotations, links and corrections since the last save are lost if you don&apos;t save.</source>
        <translation>{doing} 전에 {name}의 변경 내용을 저장할까요?

저장하지 않으면 마지막 저장 이후의 주석, 연결, 수정 내용을 잃습니다.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} 여는 중…</translation>
    </message>
    <message>
        <source>opening {name}</source>
        <translation>{name} 열기</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>The project was not opened: {message}. Your current work is unchanged.</source>
        <translation>프로젝트를 열지 못했습니다: {message}. 현재 작업은 그대로입니다.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>다른 이름으로 프로젝트 저장</translation>
    </message>
    <message>
        <source>Parallax projects (*{suffix});;All files (*)</source>
        <translation>Parallax 프로젝트 (*{suffix});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>There is nothing to save yet: open two readouts first.</source>
        <translation>아직 저장할 것이 없습니다: 먼저 두 발표문을 여십시오.</translation>
    </message>
    <message>
        <source>The project was not saved to {path}: {reason}. Your work is still here, unsaved: use Save Project As to choose another place.</source>
        <translation>프로젝트를 {path}에 저장하지 못했습니다: {reason}. 작업은 저장되지 않은 채 그대로 있습니다: 다른 이름으로 프로젝트 저장으로 다른 위치를 고르십시오.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>자동 저장 실패: {reason}</translation>
    </message>
    <message>
        <source>Discard Unsaved Work — Parallax</source>
        <translation>저장하지 않은 작업 버리기 — Parallax</translation>
    </message>
    <message>
        <source>Delete the unsaved work for good? This cannot be undone.</source>
        <translation>저장하지 않은 작업을 완전히 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>The unsaved work could not be recovered: {error}</source>
        <translation>저장하지 않은 작업을 복구하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>recovering unsaved work</source>
        <translation>저장하지 않은 작업을 복구하기</translation>
    </message>
    <message>
        <source>a new project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>Recovered unsaved work of {where}. Save it to keep it.</source>
        <translation>{where}의 저장하지 않은 작업을 복구했습니다. 보관하려면 저장하십시오.</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <source>closing the comparison</source>
        <translation>비교를 닫기</translation>
    </message>
    <message>
        <source>Open the left readout</source>
        <translation>왼쪽 발표문 열기</translation>
    </message>
    <message>
        <source>Open the right readout</source>
        <translation>오른쪽 발표문 열기</translation>
    </message>
    <message>
        <source>Readouts ({patterns});;All files (*)</source>
        <translation>발표문 ({patterns});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} 읽는 중…</translation>
    </message>
    <message>
        <source>opening another readout</source>
        <translation>다른 발표문을 열기</translation>
    </message>
    <message>
        <source>{name} is open on the {side} as the Korean side&apos;s readout</source>
        <translation>{name}이(가) {side}에 한국 측 발표문으로 열려 있습니다</translation>
    </message>
    <message>
        <source>{name} is open on the {side} as the Chinese side&apos;s readout</source>
        <translation>{name}이(가) {side}에 중국 측 발표문으로 열려 있습니다</translation>
    </message>
    <message>
        <source>{name} is open on the {side}</source>
        <translation>{name}이(가) {side}에 열려 있습니다</translation>
    </message>
    <message>
        <source>{opened}. Open or paste {wanted} on the {other} to compare them.</source>
        <translation>{opened}. 비교하려면 {other}에 {wanted}을(를) 열거나 붙여넣으십시오.</translation>
    </message>
    <message>
        <source>opening other readouts</source>
        <translation>다른 발표문들을 열기</translation>
    </message>
    <message>
        <source>Reading and aligning…</source>
        <translation>읽고 정렬하는 중…</translation>
    </message>
    <message>
        <source>1 annotation was not found in it and kept as orphaned (⚠ in the Annotations panel)</source>
        <translation>주석 1개를 찾지 못해 고립된 주석으로 보관했습니다(주석 패널의 ⚠)</translation>
    </message>
    <message>
        <source>{count} annotations were not found in it and kept as orphaned (⚠ in the Annotations panel)</source>
        <translation>주석 {count}개를 찾지 못해 고립된 주석으로 보관했습니다(주석 패널의 ⚠)</translation>
    </message>
    <message>
        <source>{count} orphaned annotation(s) found their text again</source>
        <translation>고립된 주석 {count}개가 텍스트를 다시 찾았습니다</translation>
    </message>
    <message>
        <source>{count} manual link(s) or unlink(s) referred to statements no longer there and were dropped</source>
        <translation>직접 만든 연결 또는 해제 {count}개가 더는 없는 진술을 가리켜 삭제했습니다</translation>
    </message>
    <message>
        <source>The {side} readout was replaced: {what}.</source>
        <translation>{side} 발표문을 바꿨습니다: {what}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The {side} readout was not changed: {message}</source>
        <translation>{side} 발표문은 바뀌지 않았습니다: {message}</translation>
    </message>
    <message>
        <source>The clipboard holds no text to use as a readout.</source>
        <translation>클립보드에 발표문으로 쓸 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Aligning without the sentence embedding: {problem}.</source>
        <translation>문장 임베딩 없이 정렬합니다: {problem}.</translation>
    </message>
    <message>
        <source>The readouts could not be aligned: {error}</source>
        <translation>발표문을 정렬하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Loading the sentence embedding for a finer alignment…</source>
        <translation>더 정밀한 정렬을 위해 문장 임베딩을 불러오는 중…</translation>
    </message>
    <message>
        <source>{name} is open on the {side}. Open or paste {wanted} here to compare them ({shortcut}), or drop a file here.</source>
        <translation>{name}이(가) {side}에 열려 있습니다. 비교하려면 여기에 {wanted}을(를) 열거나 붙여넣거나({shortcut}), 파일을 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>the Chinese side&apos;s readout</source>
        <translation>중국 측 발표문</translation>
    </message>
    <message>
        <source>the Korean side&apos;s readout</source>
        <translation>한국 측 발표문</translation>
    </message>
    <message>
        <source>the other readout</source>
        <translation>다른 발표문</translation>
    </message>
</context>
<context>
    <name>ReadoutView</name>
    <message>
        <source>⋯ 1 agreeing statement folded</source>
        <translation>⋯ 일치하는 진술 1개 접힘</translation>
    </message>
    <message>
        <source>⋯ {count} agreeing statements folded</source>
        <translation>⋯ 일치하는 진술 {count}개 접힘</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open Recent as &amp;Left</source>
        <translation>최근 파일을 왼쪽에 열기(&amp;L)</translation>
    </message>
    <message>
        <source>Open Recent as Ri&amp;ght</source>
        <translation>최근 파일을 오른쪽에 열기(&amp;G)</translation>
    </message>
    <message>
        <source>Recent Pro&amp;jects</source>
        <translation>최근 프로젝트(&amp;J)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>최근 프로젝트 없음</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Untitled (never saved)</source>
        <translation>제목 없음(저장한 적 없음)</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>알 수 없는 시각</translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1분 전</translation>
    </message>
    <message>
        <source>{count} minutes ago</source>
        <translation>{count}분 전</translation>
    </message>
    <message>
        <source>{count} hours ago</source>
        <translation>{count}시간 전</translation>
    </message>
    <message>
        <source>{count} days ago</source>
        <translation>{count}일 전</translation>
    </message>
    <message>
        <source>Recover Unsaved Work — Parallax</source>
        <translation>저장하지 않은 작업 복구 — Parallax</translation>
    </message>
    <message>
        <source>Parallax was not closed properly.</source>
        <translation>Parallax가 정상적으로 종료되지 않았습니다.</translation>
    </message>
    <message>
        <source>Unsaved work of earlier sessions was kept. Choose one to recover it as an unsaved project.</source>
        <translation>이전 세션들의 저장하지 않은 작업을 보관해 두었습니다. 하나를 골라 저장하지 않은 프로젝트로 복구하십시오.</translation>
    </message>
    <message>
        <source>The unsaved work of the last session was kept. Recover it as an unsaved project, and save it when you are ready.</source>
        <translation>지난 세션의 저장하지 않은 작업을 보관해 두었습니다. 저장하지 않은 프로젝트로 복구한 뒤 준비되면 저장하십시오.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장 시각</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>This work was never saved to a project file</source>
        <translation>이 작업은 프로젝트 파일로 저장된 적이 없습니다</translation>
    </message>
    <message>
        <source>Discard deletes the work for good. Later keeps it, and asks again at the next start.</source>
        <translation>버리기는 작업을 완전히 삭제합니다. 나중에는 작업을 보관하고 다음 시작 때 다시 묻습니다.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>{statements} selected</source>
        <translation>{statements} 선택됨</translation>
    </message>
    <message>
        <source>{what}, linked — {keys} unlinks them</source>
        <translation>{what}, 연결됨 — {keys}로 연결을 해제합니다</translation>
    </message>
    <message>
        <source>{what} — {keys} links them</source>
        <translation>{what} — {keys}로 연결합니다</translation>
    </message>
    <message>
        <source>{what} — Ctrl+click a {side} statement to link it</source>
        <translation>{what} — 연결하려면 {side} 진술을 Ctrl+클릭하십시오</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>left</source>
        <translation>왼쪽</translation>
    </message>
    <message>
        <source>right</source>
        <translation>오른쪽</translation>
    </message>
    <message>
        <source>Korean side</source>
        <translation>한국 측</translation>
    </message>
    <message>
        <source>Chinese side</source>
        <translation>중국 측</translation>
    </message>
    <message>
        <source>Side unknown</source>
        <translation>측 알 수 없음</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Agree</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Only this side</source>
        <translation>한쪽만</translation>
    </message>
</context>
<context>
    <name>TopicOutline</name>
    <message>
        <source>{count} agree</source>
        <translation>일치 {count}</translation>
    </message>
    <message>
        <source>{count} differ</source>
        <translation>차이 {count}</translation>
    </message>
    <message>
        <source>only {side} {count}</source>
        <translation>{side}만 {count}</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>left</source>
        <translation>왼쪽</translation>
    </message>
    <message>
        <source>right</source>
        <translation>오른쪽</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Topic outline</source>
        <translation>주제 개요</translation>
    </message>
    <message>
        <source>Every topic of the two readouts, with how many statements each side has on it and whether they agree, differ or are one-sided; activate a topic to show only its statements</source>
        <translation>두 발표문의 모든 주제와, 주제마다 각 측의 진술 수, 그리고 일치·차이·한쪽만인지를 보여 줍니다. 주제를 실행하면 그 진술만 표시합니다</translation>
    </message>
    <message>
        <source>Click to show only this topic</source>
        <translation>클릭하면 이 주제만 표시합니다</translation>
    </message>
</context>
<context>
    <name>ViewController</name>
    <message>
        <source>What to show; the rest is dimmed (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>표시할 것. 나머지는 흐리게 됩니다 (Ctrl+1, Ctrl+2, Ctrl+3)</translation>
    </message>
    <message>
        <source>No further difference</source>
        <translation>뒤쪽에 차이가 더 없습니다</translation>
    </message>
    <message>
        <source>No earlier difference</source>
        <translation>앞쪽에 차이가 더 없습니다</translation>
    </message>
    <message>
        <source>Select a statement first</source>
        <translation>먼저 진술을 선택하십시오</translation>
    </message>
    <message>
        <source>Only the {side} says this</source>
        <translation>{side}만 이것을 말합니다</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>모든 진술</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>One-sided statements</source>
        <translation>한쪽 진술</translation>
    </message>
    <message>
        <source>Topic: {label}</source>
        <translation>주제: {label}</translation>
    </message>
    <message>
        <source>Select statements on both sides (Ctrl+click) to link them</source>
        <translation>연결하려면 양쪽에서 진술을 선택하십시오(Ctrl+클릭)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Select a linked statement to unlink it</source>
        <translation>연결을 해제하려면 연결된 진술을 선택하십시오</translation>
    </message>
    <message>
        <source>The selected statements are not linked</source>
        <translation>선택한 진술은 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>연결 해제</translation>
    </message>
</context>
</TS>

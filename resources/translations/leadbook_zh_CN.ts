<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="51"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="52"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="53"/>
        <source>First responses due</source>
        <translation>待首次响应</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="54"/>
        <source>Revisits due: they said no, ask again</source>
        <translation>待回访：曾拒绝，再问一次</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="114"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="55"/>
        <source>Decide: the stop rule is reached</source>
        <translation>待决定：已达到停止规则</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="56"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="62"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="63"/>
        <source>Lead</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="64"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="65"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="66"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="67"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="68"/>
        <source>Attempt</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="69"/>
        <source>Last touch</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="117"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="121"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="123"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="129"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="131"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="144"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="150"/>
        <source>due now</source>
        <translation>现在到期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="146"/>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="147"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="151"/>
        <source>overdue by %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="155"/>
        <source>#%1</source>
        <translation>第 %1 次</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="192"/>
        <source>Nothing due.</source>
        <translation>没有待办事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="195"/>
        <source>%1 to do: %2</source>
        <translation>待办 %1 项：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="296"/>
        <source>Answer by %1</source>
        <translation>请在 %1 前回复</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="460"/>
        <source>… and %1 more (leadbook today without --limit lists them all)</source>
        <translation>… 还有 %1 项（运行 leadbook today 时不加 --limit 可全部列出）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="266"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="269"/>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="423"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="357"/>
        <source>Said no: %1</source>
        <translation>曾拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="437"/>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="439"/>
        <source>Agenda for %1</source>
        <translation>%1 的日程</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="303"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="446"/>
        <source>last touch %1</source>
        <translation>最近联系 %1</translation>
    </message>
</context>
<context>
    <name>AgendaText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="165"/>
        <source>%n try/tries without an answer</source>
        <translation>
            <numerusform>连续 %n 次未获回应</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="169"/>
        <source>%n active lead(s) has/have no next step</source>
        <translation>
            <numerusform>有 %n 个跟进中的客户还没有下一步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="175"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="177"/>
        <source>%n today</source>
        <translation>
            <numerusform>今天 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="179"/>
        <source>%n first response(s)</source>
        <translation>
            <numerusform>首次响应 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="181"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>回访 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="182"/>
        <source>%n to decide</source>
        <translation>
            <numerusform>待决定 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="73"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="74"/>
        <source>Leadbook hit an unexpected problem. Your saved work is safe.
Details were written to %1</source>
        <translation>Leadbook 遇到了意外问题。已保存的内容不受影响。
详细信息已写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="141"/>
        <location filename="../../desktop/leadbook/app.py" line="297"/>
        <source>Cannot open the lead book</source>
        <translation>无法打开客户库</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="183"/>
        <source>The lead book is damaged</source>
        <translation>客户库已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="186"/>
        <source>SQLite found damage in %1. No verified copy of it could be made (%2), so it was left where it is — nothing was moved or deleted. Make room beside it (or make its folder writable) and start Leadbook again, or open another file.</source>
        <translation>SQLite 发现 %1 已损坏。无法为它制作经过验证的副本（%2），因此它仍留在原处—没有移动或删除任何内容。请在它旁边腾出空间（或让它所在的文件夹可写），然后重新启动 Leadbook，或打开其他文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="197"/>
        <source>SQLite found damage in %1. It has been moved aside to %2 — nothing was deleted.</source>
        <translation>SQLite 发现 %1 已损坏。该文件已移至 %2，没有删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="208"/>
        <source>The newest good backup is from %1 (%2 leads).</source>
        <translation>最新的完好备份创建于 %1（%2 个客户）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="212"/>
        <source>Restore that backup</source>
        <translation>恢复该备份</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="214"/>
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="223"/>
        <source>Open a lead book</source>
        <translation>打开客户库</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="242"/>
        <location filename="../../desktop/leadbook/app.py" line="251"/>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="311"/>
        <source>Leadbook is already open</source>
        <translation>Leadbook 已在运行</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="312"/>
        <source>Another Leadbook has %1 open but does not answer. Close it (or end it in the task manager), then start Leadbook again.</source>
        <translation>另一个 Leadbook 已打开 %1，但没有响应。请关闭它（或在任务管理器中结束它），然后重新启动 Leadbook。</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="40"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="41"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="42"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="43"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="44"/>
        <location filename="../../desktop/leadbook/cli.py" line="83"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="45"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="46"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="47"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="48"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下参数：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="49"/>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="50"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="51"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选 %(choices)s）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="52"/>
        <source>ignored explicit argument %r</source>
        <translation>已忽略多余的值 %r</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="63"/>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="90"/>
        <source>Cadences</source>
        <translation>跟进序列</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="75"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="76"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="77"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="78"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="83"/>
        <source>Make an editable copy of this cadence</source>
        <translation>复制此序列，得到一份可编辑的副本</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="84"/>
        <source>Type the new name, then Save</source>
        <translation>输入新名称，然后保存</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="96"/>
        <source>e.g. After a trade fair</source>
        <translation>例如：展会之后</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="100"/>
        <source>Built-in cadences come with Leadbook and cannot be changed. Duplicate one to make your own.</source>
        <translation>内置序列随 Leadbook 提供，不能修改。复制一份即可改成你自己的序列。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="109"/>
        <source>Day</source>
        <translation>第几天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="109"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="109"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="109"/>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="121"/>
        <source>&amp;Add step</source>
        <translation>添加步骤(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="123"/>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="124"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="140"/>
        <source>the day it starts</source>
        <translation>开始当天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="122"/>
        <source>Rem&amp;ove step</source>
        <translation>删除步骤(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="143"/>
        <source>Day %1</source>
        <comment>a cadence step&apos;s day (spin box)</comment>
        <extracomment>The spin box shows the number where %1 stands; the words around it stay put while the number changes (Chinese: &quot;第 %1 天&quot;).</extracomment>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="156"/>
        <source>What to say or write at this step. Bring something of value: an idea, a figure, an answer.</source>
        <translation>这一步要说什么、写什么。每次都带来一点价值：一个想法、一个数据或一个答案。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="173"/>
        <source>S&amp;tep</source>
        <translation>步骤(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="174"/>
        <source>M&amp;essage</source>
        <translation>内容(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="177"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="180"/>
        <source>Save this cadence (Ctrl+S)</source>
        <translation>保存此序列（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="183"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="192"/>
        <source>Na&amp;me</source>
        <translation>名称(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="263"/>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="265"/>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="265"/>
        <source>New cadence</source>
        <translation>新序列</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="270"/>
        <source>Comes with Leadbook; read-only</source>
        <translation>Leadbook 内置，只读</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="351"/>
        <source>This message has phrases to avoid</source>
        <translation>内容中有应避免的说法</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="412"/>
        <source>no steps yet</source>
        <translation>尚无步骤</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="414"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="416"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="417"/>
        <source>%1 over %2</source>
        <translation>%2内共 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="464"/>
        <source>A cadence needs a name.</source>
        <translation>请为序列命名。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="468"/>
        <source>There is already a cadence called “%1”.</source>
        <translation>已有名为“%1”的序列。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="470"/>
        <source>A cadence needs at least one step: use Add step.</source>
        <translation>序列至少需要一个步骤：请点“添加步骤”。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="472"/>
        <source>Days count from the day the cadence starts: use 0 or more.</source>
        <translation>天数从序列开始当天算起：请填 0 或更大的数。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="490"/>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="549"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="507"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="508"/>
        <source>Save the changes to this cadence?</source>
        <translation>是否保存对此序列的更改？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="540"/>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="571"/>
        <source>Delete cadence</source>
        <translation>删除序列</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="572"/>
        <source>Delete the cadence “%1”? Follow-ups it already planned stay in place.</source>
        <translation>删除序列“%1”？它已安排的跟进会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="583"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>Cadences</name>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="61"/>
        <source>Hi {first_name},

Thank you for your time today.

What I took away: [the key point you heard, in their words].

My next step: [what you will do, and by when].

Your next step: [what they said they would do, and why it moves things forward].

Have a good week!</source>
        <translation>{first_name}，您好！

感谢您今天抽出宝贵时间。

我记下的重点：[你听到的关键点，尽量用对方的原话]。

我这边的下一步：[你要做什么，什么时候完成]。

您那边的下一步：[对方说会做什么，以及这一步如何推动合作]。

祝您这周一切顺利！</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="82"/>
        <source>After first meeting</source>
        <translation>首次会面后</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="85"/>
        <source>Call: answer what is still open from the meeting.</source>
        <translation>电话：解答会面时还没解决的问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="87"/>
        <source>Send something of value: a short article, a figure or an idea for their situation.</source>
        <translation>发送有价值的内容：一篇短文、一个数据，或针对对方情况的一个建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="88"/>
        <source>Call: propose the next meeting or a site visit.</source>
        <translation>电话：约下一次会面或实地考察。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="89"/>
        <source>Check in: what has changed since we spoke?</source>
        <translation>了解近况：上次沟通之后，情况有什么变化？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="95"/>
        <source>Post-sale</source>
        <translation>售后跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="97"/>
        <source>Handwritten thank-you card for the order.</source>
        <translation>为这笔订单寄一张手写感谢卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="98"/>
        <source>Call after delivery: is everything as they expected?</source>
        <translation>交付后致电：一切是否符合预期？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="99"/>
        <source>Handwritten thank-you card after delivery.</source>
        <translation>交付后再寄一张手写感谢卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="100"/>
        <source>Check in: how is it working out? Anyone else who could use it?</source>
        <translation>了解近况：用得怎么样？身边还有谁用得上？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="106"/>
        <source>New web inquiry</source>
        <translation>新网站咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="108"/>
        <source>Answer the question they asked; say when you will call.</source>
        <translation>回答对方提出的问题，并告知何时打电话。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="109"/>
        <source>Call: understand the need, offer a meeting.</source>
        <translation>电话：了解需求，提议见面。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="110"/>
        <source>Send an example or a reference that fits their need.</source>
        <translation>发送一个贴合对方需求的案例或参考客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="111"/>
        <source>Call: book the meeting.</source>
        <translation>电话：敲定会面时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="112"/>
        <source>Check in with something new to offer.</source>
        <translation>带上新的内容或方案，了解对方近况。</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="344"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="310"/>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="605"/>
        <source>+%1 more</source>
        <translation>还有 %1 项</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="108"/>
        <source>%1 planned · capacity %2</source>
        <translation>已安排 %1 项 · 每日上限 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="375"/>
        <source>Revisits  %1</source>
        <translation>回访  %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="621"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="844"/>
        <source>MMMM yyyy</source>
        <comment>the month view&apos;s title</comment>
        <extracomment>A QDate format: MMMM = month name, M = month number, yyyy = year; put other Latin letters in single quotes. Chinese: &quot;yyyy年M月&quot;.</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="848"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="856"/>
        <source>Previous (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="857"/>
        <source>Next (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="858"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="859"/>
        <source>Go to today (T)</source>
        <translation>转到今天（T）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="864"/>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="864"/>
        <source>Month view</source>
        <translation>月视图</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="865"/>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="865"/>
        <source>Week view</source>
        <translation>周视图</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="869"/>
        <source>E&amp;ven out…</source>
        <translation>均衡安排(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="870"/>
        <source>Move the least urgent follow-ups of an overloaded day to the next working days with room</source>
        <translation>把超负荷当天最不紧急的跟进移到之后还有空位的工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="964"/>
        <source>Week %1 · %2 – %3</source>
        <translation>第 %1 周 · %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="977"/>
        <source>%n follow-up(s) planned</source>
        <translation>
            <numerusform>已安排 %n 项跟进</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="979"/>
        <source>over the day&apos;s capacity of %1</source>
        <translation>超出每日上限 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="981"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="662"/>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="986"/>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1102"/>
        <source>Move to a past day?</source>
        <translation>移到已经过去的日期？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1102"/>
        <source>Move to a past day? It will be overdue at once.</source>
        <translation>移到已经过去的日期？该跟进会立即变为逾期。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1104"/>
        <source>Move to a time that has passed?</source>
        <translation>移到已经过去的时间？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1105"/>
        <source>Move to a time that has passed? It will be overdue at once.</source>
        <translation>移到已经过去的时间？该跟进会立即变为逾期。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1110"/>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1124"/>
        <source>Moved the follow-up to %1.</source>
        <translation>已将跟进移至 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1132"/>
        <source>Moved %n follow-up(s).</source>
        <translation>
            <numerusform>已移动 %n 项跟进。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="98"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="100"/>
        <source>Today&apos;s calls and meetings</source>
        <translation>今日电话与会面</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="104"/>
        <source>First responses due</source>
        <translation>待首次响应</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="109"/>
        <source>Revisits due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="230"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="236"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="385"/>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="233"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="234"/>
        <source>by %1</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="243"/>
        <source>Decides</source>
        <translation>决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="244"/>
        <source>%1 · decides</source>
        <translation>%1 · 决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="246"/>
        <source>%1 · does not decide</source>
        <translation>%1 · 非决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="248"/>
        <source>Does not decide</source>
        <translation>非决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="253"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="254"/>
        <source>%1; decision-maker: %2</source>
        <translation>%1；决策人：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="261"/>
        <source>, </source>
        <comment>between the parts of an address</comment>
        <extracomment>Between the parts of an address on one line (street, city, country): Chinese &quot;，&quot;.</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="276"/>
        <source>also %1</source>
        <translation>备用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="289"/>
        <source>No touch yet</source>
        <translation>尚未联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="309"/>
        <source>%1 · %2</source>
        <comment>channel · goal</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="322"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="324"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · 第 %2 次</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="333"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="438"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="334"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="335"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="398"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="440"/>
        <source>Last touch</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="336"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="399"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="441"/>
        <source>Rapport</source>
        <translation>关系备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="337"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="400"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="442"/>
        <source>Best time</source>
        <translation>最佳时间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="392"/>
        <source>Ask</source>
        <translation>要问</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="394"/>
        <source>Said no</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="395"/>
        <source>Said by</source>
        <translation>拒绝人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="397"/>
        <source>Last note</source>
        <translation>最近备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="401"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="414"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="422"/>
        <source>Revisit · %1</source>
        <translation>回访 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="415"/>
        <source>Find out whether now is the time</source>
        <translation>了解现在是不是合适的时机</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="436"/>
        <source>Nurture, no, or keep going?</source>
        <translation>转入培育、标记拒绝，还是继续跟进？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="439"/>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="515"/>
        <source>Ask: %1</source>
        <extracomment>Before the questions a revisit asks, on one line under its section&apos;s title.</extracomment>
        <translation>要问：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="529"/>
        <source>No calls, meetings, e-mails or first responses are due on this day. A good day to plan the next step of a lead that has none.</source>
        <translation>这一天没有到期的电话、会面、邮件或首次响应。正好为还没有下一步的客户安排下一步。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="535"/>
        <source>No calls, meetings or first responses are due on this day.</source>
        <translation>这一天没有到期的电话、会面或首次响应。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="540"/>
        <source>Call sheet</source>
        <translation>通话清单</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="546"/>
        <source>Nothing due — a clear day</source>
        <translation>没有待办——这一天很清闲</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="548"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="549"/>
        <source>No phone number</source>
        <translation>无电话号码</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="550"/>
        <source>Call sheet · %1</source>
        <translation>通话清单 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="551"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="552"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
</context>
<context>
    <name>CallSheetDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="62"/>
        <source>Export call sheet as PDF</source>
        <translation>将通话清单导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="64"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="71"/>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="95"/>
        <source>Print call sheet</source>
        <translation>打印通话清单</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="98"/>
        <source>Call sheet</source>
        <translation>通话清单</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="117"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="119"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="122"/>
        <source>Include &amp;e-mails and letters</source>
        <translation>包括邮件和信件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="128"/>
        <source>Compact: one row each</source>
        <translation>紧凑：每项一行</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="129"/>
        <source>Detailed: room for notes</source>
        <translation>详细：留出写备注的空间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="131"/>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="160"/>
        <source>E&amp;xport PDF…</source>
        <translation>导出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="161"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="228"/>
        <source>Some characters will print as boxes</source>
        <translation>部分字符将打印为方框</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="246"/>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="300"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="253"/>
        <source>Print anyway</source>
        <translation>仍然打印</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="267"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="268"/>
        <source>The printer could not be used. Check that it is on and try again.</source>
        <translation>无法使用打印机。请确认打印机已开启，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="274"/>
        <source>Call sheet %1.pdf</source>
        <translation>通话清单 %1.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="279"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="292"/>
        <source>The PDF was not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="293"/>
        <source>Leadbook could not write %1: %2
Choose another folder or file name.</source>
        <translation>Leadbook 无法写入 %1：%2
请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="299"/>
        <source>Saved %1 (%2).</source>
        <translation>已保存 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>CallSheetText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="527"/>
        <source>%n e-mail(s) or letter(s) left out</source>
        <translation>
            <numerusform>未列入 %n 封邮件或信件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="68"/>
        <source>FILE</source>
        <extracomment>The name of a file the user gives, in capitals as command-line help writes placeholders.</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="69"/>
        <source>another day than today (in your time zone)</source>
        <translation>今天以外的另一天（按你所在的时区）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="73"/>
        <source>use this lead book instead of your own</source>
        <translation>使用此客户库，而不是你自己的</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="77"/>
        <source>Leadbook: an offline lead book that makes you follow up. Without a command it opens the app on your own lead book.</source>
        <translation>Leadbook：一个离线客户库，督促你按时跟进。不带命令时，它会打开应用并载入你自己的客户库。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="84"/>
        <source>open a freshly made demo book (never your own)</source>
        <translation>打开一个新建的演示客户库（绝不是你自己的）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="86"/>
        <source>start quietly in the tray (how Leadbook starts at login)</source>
        <translation>在托盘中静默启动（Leadbook 登录时就是这样启动的）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="88"/>
        <source>check this Leadbook can run here: write a demo book&apos;s call sheet to a PDF, say where</source>
        <translation>检查 Leadbook 能否在此运行：将演示客户库的通话清单写入 PDF，并告知位置</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="93"/>
        <source>Linux: add Leadbook to your applications menu (for you only, no root needed)</source>
        <translation>Linux：将 Leadbook 添加到你的应用程序菜单（仅限你本人，无需 root）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="98"/>
        <source>Linux: remove Leadbook from your applications menu</source>
        <translation>Linux：从你的应用程序菜单中移除 Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="101"/>
        <source>COMMAND</source>
        <extracomment>The placeholder for the command word in &quot;leadbook [options] COMMAND&quot;, in capitals.</extracomment>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="102"/>
        <source>write a demo lead book to %1</source>
        <translation>将演示客户库写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="107"/>
        <source>print the agenda: overdue, today, first responses, decide, tomorrow</source>
        <translation>打印日程：已逾期、今天、首次响应、待决定、明天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="114"/>
        <source>list at most N rows per section and count the rest (default: every row)</source>
        <translation>每个分区最多列出 N 行，其余只计数（默认：全部列出）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="117"/>
        <source>write the printable call sheet of a day to a PDF file</source>
        <translation>将某一天的可打印通话清单写入 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="120"/>
        <source>leave out e-mails and letters</source>
        <translation>不包括邮件和信件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="125"/>
        <source>the PDF file to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="127"/>
        <source>print due and upcoming revisits of the no&apos;s</source>
        <translation>打印已到期和即将到来的拒绝回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="128"/>
        <source>make a verified backup of the book now</source>
        <translation>立即为客户库做一次经过验证的备份</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="129"/>
        <source>run SQLite&apos;s full integrity check on the book</source>
        <translation>对客户库运行 SQLite 的完整性全面检查</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="140"/>
        <source>%1 is not a date; write it as YYYY-MM-DD, like 2026-11-23</source>
        <translation>%1 不是日期；请写成 YYYY-MM-DD（年-月-日），例如 2026-11-23</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="145"/>
        <source>%1 is outside the dates Leadbook works with, %2 to %3</source>
        <translation>%1 超出了 Leadbook 支持的日期范围（%2 至 %3）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="157"/>
        <source>%1 is not a whole number of 1 or more</source>
        <translation>%1 不是大于或等于 1 的整数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="213"/>
        <source>leadbook: %1 already exists; choose a new file name</source>
        <translation>leadbook：%1 已存在，请换一个文件名</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="216"/>
        <source>leadbook: the demo book could not be written to %1 (%2); nothing was left behind</source>
        <translation>leadbook：无法将演示客户库写入 %1（%2）；没有留下任何文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="221"/>
        <source>Wrote a demo lead book with %n lead(s) to %1</source>
        <translation>
            <numerusform>已将包含 %n 个客户的演示客户库写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="265"/>
        <source>leadbook: cannot write %1: %2</source>
        <translation>leadbook：无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="272"/>
        <source>Wrote the call sheet for %1 (%2, %3) to %4</source>
        <translation>已将 %1 的通话清单（%2，%3）写入 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="273"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="273"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="288"/>
        <source>leadbook: the backup failed and does not count: %1</source>
        <translation>leadbook：备份失败，本次备份无效：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="292"/>
        <source>Backed up %n lead(s) to %1 (verified)</source>
        <translation>
            <numerusform>已将 %n 个客户备份到 %1（已验证）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="302"/>
        <source>leadbook: %1 does not exist</source>
        <translation>leadbook：%1 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="307"/>
        <source>leadbook: cannot check %1: %2</source>
        <translation>leadbook：无法检查 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="311"/>
        <source>%1: DAMAGED</source>
        <translation>%1：已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="314"/>
        <source>Leadbook will set it aside and offer your newest good backup when it opens it.</source>
        <translation>Leadbook 打开它时会把它移到一旁，并提供你最新的完好备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="317"/>
        <source>%1: ok (full integrity check passed); read-only: Leadbook opens it without changing it</source>
        <translation>%1：正常（完整性检查全部通过）；只读：Leadbook 会打开它，但不会做任何改动</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="320"/>
        <source>%1: ok (full integrity check passed)</source>
        <translation>%1：正常（完整性检查全部通过）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="333"/>
        <source>leadbook: the desktop entry is for Linux menus; on Windows and macOS the packaged app is added by dragging it to Applications or pinning it to Start</source>
        <translation>leadbook：桌面项仅用于 Linux 菜单；在 Windows 和 macOS 上，请将打包好的应用拖到“应用程序”或固定到“开始”菜单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="338"/>
        <source>Removed Leadbook from the applications menu (%n file(s))</source>
        <translation>
            <numerusform>已从应用程序菜单中移除 Leadbook（%n 个文件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="339"/>
        <source>Leadbook was not in the applications menu</source>
        <translation>Leadbook 不在应用程序菜单中</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="351"/>
        <source>leadbook: cannot add the menu entry: %1</source>
        <translation>leadbook：无法添加菜单项：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="353"/>
        <source>Added Leadbook to the applications menu: %1 (icons in %2)</source>
        <translation>已将 Leadbook 添加到应用程序菜单：%1（图标位于 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="393"/>
        <source>import leads from a CSV file (Google, Outlook, LinkedIn, any) or vCards</source>
        <translation>从 CSV 文件（Google、Outlook、LinkedIn 或任意来源）或 vCard 导入客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="399"/>
        <source>what %1 is (default: recognised from its content)</source>
        <translation>%1 是什么格式（默认：根据内容识别）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="401"/>
        <source>show what would happen; change nothing</source>
        <translation>只显示将会发生什么，不做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="406"/>
        <source>what to do with contacts the book already has (default: merge)</source>
        <translation>客户库中已有的联系人如何处理（默认：merge，即合并）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="408"/>
        <source>import nothing if any row has an error</source>
        <translation>只要有一行出错就什么都不导入</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="413"/>
        <source>export leads (csv, vcf) or follow-ups (ics)</source>
        <translation>导出客户（csv、vcf）或跟进（ics）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="419"/>
        <source>csv or vcf: leads; ics: planned follow-ups with reminders</source>
        <translation>csv 或 vcf：客户；ics：带提醒的计划跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="422"/>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="427"/>
        <source>only leads matching this search (csv, vcf)</source>
        <translation>仅导出与此搜索匹配的客户（csv、vcf）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="428"/>
        <source>only leads with this tag (csv, vcf)</source>
        <translation>仅导出带有此标签的客户（csv、vcf）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="429"/>
        <source>only leads in this stage, like qualified (csv, vcf)</source>
        <translation>仅导出处于此阶段的客户，例如 qualified（csv、vcf）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="451"/>
        <source>leadbook: %1 is not a two-letter country code, like SE or US</source>
        <translation>leadbook：%1 不是两个字母的国家代码，例如 CN 或 US</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="457"/>
        <location filename="../../desktop/leadbook/cli.py" line="469"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="459"/>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="459"/>
        <source>(none recognised)</source>
        <translation>（无可识别的列）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="468"/>
        <source>Columns not used: %1</source>
        <translation>未使用的列：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="477"/>
        <source>... and %n more row(s) with errors</source>
        <translation>
            <numerusform>... 另有 %n 行有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="482"/>
        <source>... and %n more row(s) with replaced characters</source>
        <translation>
            <numerusform>... 另有 %n 行有字符被替换</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="488"/>
        <source>... and %1 more rows with values kept in the notes</source>
        <translation>... 另有 %1 行的值保留在备注中</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="496"/>
        <source>Dry run, nothing imported</source>
        <translation>试运行，未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="498"/>
        <source>Nothing imported (--strict, rows with errors)</source>
        <translation>未导入任何内容（--strict，有出错的行）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="501"/>
        <source>%1: %2: %3 new, %4 (%5 with new details), %7, %6</source>
        <translation>%1：%2：%3 个新客户，%4（其中 %5 个有新信息），%7，%6</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="503"/>
        <source>%1: %2: %3 new, %4 (%5 with new details), %6</source>
        <translation>%1：%2：%3 个新客户，%4（其中 %5 个有新信息），%6</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="506"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n 个重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="507"/>
        <location filename="../../desktop/leadbook/cli.py" line="528"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n 行有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="508"/>
        <source>%n the same as a row above</source>
        <translation>
            <numerusform>%n 个与上方某行相同</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="521"/>
        <source>Imported %1: %2 added, %3 updated, %4 already there, %7, %5 skipped, %6</source>
        <translation>已导入 %1：新增 %2 个，更新 %3 个，%4 个已存在，%7，跳过 %5 个，%6</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="523"/>
        <source>Imported %1: %2 added, %3 updated, %4 already there, %5 skipped, %6</source>
        <translation>已导入 %1：新增 %2 个，更新 %3 个，%4 个已存在，跳过 %5 个，%6</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="525"/>
        <source>%n merged with a row above</source>
        <translation>
            <numerusform>%n 个与上方某行合并</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="529"/>
        <source>, possible duplicates to review: %1</source>
        <translation>，待检查的可能重复项 %1 个</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="546"/>
        <source>leadbook: %1 is not a stage; use one of %2</source>
        <translation>leadbook：%1 不是阶段；请使用以下之一：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="558"/>
        <source>Exported %n follow-up(s) to %1</source>
        <translation>
            <numerusform>已将 %n 项跟进导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="570"/>
        <source>leadbook: cannot write %1: %2; nothing was written</source>
        <translation>leadbook：无法写入 %1：%2；未写入任何内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="573"/>
        <source>Exported %n lead(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个客户导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="129"/>
        <source>at a set &amp;time</source>
        <translation>指定时间(&amp;T)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="48"/>
        <source>Review possible duplicates</source>
        <translation>检查可能的重复项</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="58"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="59"/>
        <source>&amp;Keep both</source>
        <translation>保留两者(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="60"/>
        <source>&amp;Not the same person</source>
        <translation>不是同一人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="61"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="78"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="78"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="78"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="79"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="79"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="80"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="80"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="81"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="81"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="82"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="82"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="82"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="83"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="83"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="101"/>
        <source>They share an e-mail address but have different names.</source>
        <translation>两者邮箱地址相同，但姓名不同。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="102"/>
        <source>They share a phone number but have different names.</source>
        <translation>两者电话号码相同，但姓名不同。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="103"/>
        <source>They have the same name and company but other e-mails or phones.</source>
        <translation>两者姓名和公司相同，但邮箱或电话不同。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="117"/>
        <source>No possible duplicates left to review.</source>
        <translation>没有待检查的可能重复项了。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="122"/>
        <source>%1 of %2: %3 Choose which value to keep where they differ; e-mails, phones, tags and notes of both are kept.</source>
        <translation>第 %1 组，共 %2 组：%3请在两者不同的地方选择要保留的值；两者的邮箱、电话、标签和备注都会保留。</translation>
    </message>
</context>
<context>
    <name>EvenOutDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="767"/>
        <source>Even out %1</source>
        <translation>均衡安排 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="773"/>
        <source>%1 planned, %2 fit a day. Move the least urgent (untimed, earliest stage, latest planned) to the next working days with room:</source>
        <translation>已安排 %1 项，每天可容纳 %2 项。将最不紧急的（未定时间、阶段最早、安排最晚的）移到之后还有空位的工作日：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="777"/>
        <source>There is no room on the following working days, or nothing to move.</source>
        <translation>之后的工作日没有空位，或者没有可移动的跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="781"/>
        <source>Lead</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="781"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="781"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="781"/>
        <source>Moves to</source>
        <translation>移至</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="794"/>
        <source>&amp;Move %1</source>
        <translation>移动 %1 项(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="83"/>
        <source>Export leads</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="84"/>
        <source>The lead list is filtered. Export only the leads it shows, or all of them?</source>
        <translation>客户列表已筛选。只导出当前显示的客户，还是全部导出？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="85"/>
        <source>Only the %n lead(s) shown</source>
        <translation>
            <numerusform>只导出显示的 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="87"/>
        <source>All %n lead(s)</source>
        <translation>
            <numerusform>全部 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="109"/>
        <source>%1 could not be written: %2. Nothing was written; choose another folder or file name.</source>
        <translation>无法写入 %1：%2。未写入任何内容；请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="111"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="150"/>
        <source>Export leads as CSV</source>
        <translation>将客户导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="150"/>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="153"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="152"/>
        <source>Export leads as CSV for another address book</source>
        <translation>将客户导出为用于其他通讯录的 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="155"/>
        <source>Export leads as vCard</source>
        <translation>将客户导出为 vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="156"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 文件 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="158"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="181"/>
        <source>%n do-not-contact lead(s) left out</source>
        <translation>
            <numerusform>已排除 %n 个“请勿联系”的客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="193"/>
        <source>Leadbook follow-ups</source>
        <translation>Leadbook 跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="201"/>
        <source>Export follow-ups as iCalendar</source>
        <translation>将跟进导出为 iCalendar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="202"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="220"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 项跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="220"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="221"/>
        <source>Exported %1 to %2.</source>
        <translation>已将 %1 导出到 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="223"/>
        <source>%1 (never in a marketing export).</source>
        <translation>%1（这类客户绝不会出现在营销导出中）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="230"/>
        <source>Leads as CSV for a spreadsheet</source>
        <translation>用于电子表格的客户 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="232"/>
        <source>Leads as CSV for another address book</source>
        <translation>用于其他通讯录的客户 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="234"/>
        <source>Leads as vCard</source>
        <translation>客户 vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="235"/>
        <source>Follow-ups as iCalendar</source>
        <translation>跟进 iCalendar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="240"/>
        <source>Column names that Google Contacts, Outlook and Thunderbird know; phone numbers as typed.</source>
        <translation>使用 Google 通讯录、Outlook 和 Thunderbird 能识别的列名；电话号码保持输入时的原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="242"/>
        <source>One lead a row, for Excel or LibreOffice; Leadbook imports it back without duplicates.</source>
        <translation>每行一个客户，适用于 Excel 或 LibreOffice；重新导入 Leadbook 时不会产生重复。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="244"/>
        <source>Contact cards for a phone or an address book.</source>
        <translation>联系人名片，可导入手机或通讯录。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="245"/>
        <source>Every planned follow-up with its reminder, for the calendar of a phone or of Outlook.</source>
        <translation>每个已安排的跟进及其提醒，可导入手机日历或 Outlook 日历。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="269"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="290"/>
        <source>The current &amp;filter&apos;s leads</source>
        <translation>当前筛选的客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="291"/>
        <source>&amp;All leads</source>
        <translation>全部客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="304"/>
        <source>E&amp;xport:</source>
        <translation>导出(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="309"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="341"/>
        <source>Exports every planned follow-up; leads are not exported.</source>
        <translation>导出所有已安排的跟进；不导出客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="343"/>
        <source>Exports the %n lead(s) of the current filter.</source>
        <translation>
            <numerusform>导出当前筛选中的 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="345"/>
        <source>Exports all %n lead(s), not only the current filter&apos;s.</source>
        <translation>
            <numerusform>导出全部 %n 个客户，而不只是当前筛选中的客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="347"/>
        <source>Exports all %n lead(s).</source>
        <translation>
            <numerusform>导出全部 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="350"/>
        <source>%1, as in every marketing export.</source>
        <translation>%1，所有营销导出都是如此。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="338"/>
        <source>Edit follow-up — %1</source>
        <translation>编辑跟进 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="338"/>
        <source>Plan follow-up — %1</source>
        <translation>安排跟进 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="358"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="366"/>
        <source>C&amp;hannel</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="368"/>
        <source>&amp;Objective</source>
        <translation>目标(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="375"/>
        <source>What you will say or write. Bring something of value each time: an idea, a figure, an answer.</source>
        <translation>你要说什么、写什么。每次都带来一点价值：一个想法、一个数据或一个答案。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="383"/>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="384"/>
        <source>Open in &amp;e-mail</source>
        <translation>用邮件打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="385"/>
        <source>C&amp;all</source>
        <translation>拨打(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="388"/>
        <source>Copy the message to the clipboard</source>
        <translation>将内容复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="391"/>
        <source>Write to %1 with this message</source>
        <translation>用此内容给 %1 写邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="393"/>
        <source>This lead has no e-mail address</source>
        <translation>此客户没有邮箱地址</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="397"/>
        <source>Call %1</source>
        <translation>拨打 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="397"/>
        <source>This lead has no phone number</source>
        <translation>此客户没有电话号码</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="415"/>
        <source>&amp;Message</source>
        <translation>内容(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="417"/>
        <source>&amp;Remind me</source>
        <translation>提醒我(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="421"/>
        <source> min before</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="424"/>
        <source>at the start of the working day (%1)</source>
        <translation>在工作日开始时（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="436"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="292"/>
        <source>Too soon after an unanswered attempt: give them room. The gap ends on %1.</source>
        <translation>距上次未获回应的尝试太近了：给对方一点空间。间隔到 %1 结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="298"/>
        <source>%1 is not a working day: most people will not answer then.</source>
        <translation>%1 不是工作日：大多数人那天不会回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="304"/>
        <source>Mo&amp;ve to %1</source>
        <translation>移至 %1(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="509"/>
        <source>Nothing opened</source>
        <translation>未打开任何程序</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="510"/>
        <source>No program on this computer opens %1 links. Copy the message instead.</source>
        <translation>这台电脑上没有能打开 %1 链接的程序。请改为复制内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="538"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>FontNotice</name>
    <message>
        <location filename="../../desktop/leadbook/gui/font_notice.py" line="107"/>
        <source>Some letters cannot be shown</source>
        <translation>部分文字无法显示</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="119"/>
        <source>Add the language&apos;s fonts in Windows: Settings ▸ Time &amp; language ▸ Language &amp; region, add the language (or Optional features ▸ its Supplemental Fonts).</source>
        <translation>请在 Windows 中添加该语言的字体：设置 ▸ 时间和语言 ▸ 语言和区域，添加该语言（或在“可选功能”中添加其补充字体）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="125"/>
        <source>Add the language&apos;s fonts in macOS: open Font Book and download the fonts of that language.</source>
        <translation>请在 macOS 中添加该语言的字体：打开“字体册”，下载该语言的字体。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="128"/>
        <source>Install a font that has them, for example: sudo apt-get install %1</source>
        <translation>请安装包含这些字符的字体，例如：sudo apt-get install %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="140"/>
        <source>Chinese, Japanese or Korean letters</source>
        <translation>中文、日文或韩文字符</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="142"/>
        <source>emoji</source>
        <translation>表情符号</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="144"/>
        <source>other letters</source>
        <translation>其他字符</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="151"/>
        <source>This computer has no font for the %1 in your lead book (%2): they show and print as empty boxes.</source>
        <translation>本机没有可显示您客户库中%1的字体（%2）：它们在屏幕上和打印时都会显示为空白方框。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="163"/>
        <source>This computer has no font for the %1 on this call sheet (%2): they will print as empty boxes.</source>
        <translation>本机没有可打印此通话清单上%1的字体（%2）：它们将打印为空白方框。</translation>
    </message>
</context>
<context>
    <name>Guarded</name>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="175"/>
        <location filename="../../desktop/leadbook/gui/guarded.py" line="44"/>
        <location filename="../../desktop/leadbook/gui/guarded.py" line="50"/>
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/guarded.py" line="64"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/guarded.py" line="65"/>
        <source>Discard your changes?</source>
        <translation>放弃您的更改？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/guarded.py" line="66"/>
        <source>What you typed here has not been saved.</source>
        <translation>您在此处输入的内容尚未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/guarded.py" line="67"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/guarded.py" line="68"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>IcsMirror</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="83"/>
        <source>Leadbook could not remember this choice on this computer: %1</source>
        <translation>Leadbook 无法在本机记住此选择：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="133"/>
        <source>The calendar file in %1 could not be updated: %2</source>
        <translation>无法更新 %1 中的日历文件：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="160"/>
        <source>Keep a calendar file in this folder?</source>
        <translation>在此文件夹中保存日历文件？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="161"/>
        <source>This lead book asks to keep a calendar file of its follow-ups in %1.

Leadbook writes there only if you agree. Agree only if you chose this folder yourself; a book someone sent you may name any folder.</source>
        <translation>此客户库要求将其跟进的日历文件保存在 %1 中。

只有你同意，Leadbook 才会写入那里。请仅在这个文件夹是你自己选择的情况下同意；别人发给你的客户库可能指定任意文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="166"/>
        <source>Keep the calendar file there</source>
        <translation>在那里保存日历文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="168"/>
        <source>Not on this computer</source>
        <translation>不在这台电脑上保存</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="180"/>
        <source>Keep follow-ups in a calendar file in this folder</source>
        <translation>选择保存跟进日历文件的文件夹</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="30"/>
        <source>a spreadsheet or another zip archive</source>
        <translation>一个电子表格或其他 zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="31"/>
        <source>an old Excel or Word file</source>
        <translation>一个旧版 Excel 或 Word 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="32"/>
        <source>a PDF</source>
        <translation>一个 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="33"/>
        <source>a database</source>
        <translation>一个数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="34"/>
        <source>a picture</source>
        <translation>一张图片</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="35"/>
        <source>a compressed archive</source>
        <translation>一个压缩包</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="36"/>
        <source>a calendar (.ics)</source>
        <translation>一个日历文件（.ics）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="37"/>
        <source>a web page</source>
        <translation>一个网页</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="38"/>
        <source>a JSON file</source>
        <translation>一个 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="39"/>
        <source>a CSV file</source>
        <translation>一个 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="40"/>
        <source>a vCard file</source>
        <translation>一个 vCard 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="48"/>
        <source>%1 does not exist or is a folder. Choose a contacts file.</source>
        <translation>%1 不存在或是一个文件夹。请选择联系人文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="50"/>
        <source>%1 could not be read (%2). Check that the file is readable.</source>
        <translation>无法读取 %1（%2）。请检查该文件是否可读。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="52"/>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="54"/>
        <source>%1 is too big to be a contacts file. Split it into smaller files, or export fewer contacts.</source>
        <translation>%1 太大，不像是联系人文件。请拆分成几个较小的文件，或少导出一些联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="56"/>
        <source>%1 is not a text file. Leadbook imports CSV files and vCards (.vcf).</source>
        <translation>%1 不是文本文件。Leadbook 可导入 CSV 文件和 vCard（.vcf）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="58"/>
        <source>%1 ends in the middle of a contact (from line %2): it was probably cut short while copying or downloading. Export it again.</source>
        <translation>%1 在一个联系人的中间（从第 %2 行开始）中断了：可能是复制或下载时被截断。请重新导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="61"/>
        <source>%1 is %2, not the format that was asked for.</source>
        <translation>%1 是%2，不是所要求的格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="63"/>
        <source>%1 is %2, not a contacts file. Leadbook imports CSV files and vCards (.vcf); a spreadsheet can be saved as CSV.</source>
        <translation>%1 是%2，不是联系人文件。Leadbook 可导入 CSV 文件和 vCard（.vcf）；电子表格可以另存为 CSV。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="66"/>
        <source>%1 has no contacts in it.</source>
        <translation>%1 中没有联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="68"/>
        <source>No column of %1 gives a name, a company or an e-mail address, so no row could become a lead. Choose which column is what.</source>
        <translation>%1 中没有任何列表示姓名、公司或邮箱地址，所以没有一行能成为客户。请选择每一列的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="70"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="76"/>
        <source>no name, company or e-mail address</source>
        <translation>没有姓名、公司或邮箱地址</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="77"/>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1”不是邮箱地址</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="78"/>
        <source>“%1” is not a phone number</source>
        <translation>“%1”不是电话号码</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="79"/>
        <source>“%1” is not a web address</source>
        <translation>“%1”不是网址</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="80"/>
        <source>the value “%1” is not a number</source>
        <translation>值“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="81"/>
        <source>the value is negative</source>
        <translation>值为负数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="82"/>
        <source>“%1” is not a three-letter currency code</source>
        <translation>“%1”不是三个字母的货币代码</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="83"/>
        <source>“%1” is not a stage Leadbook knows</source>
        <translation>“%1”不是 Leadbook 认识的阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="84"/>
        <source>the row has more cells (%1) than the header</source>
        <translation>该行的单元格数（%1）多于表头</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="85"/>
        <source>the card could not be read (%1)</source>
        <translation>无法读取该名片（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="87"/>
        <source>a value is larger than %1; no field of a lead holds that much, so the row is left out</source>
        <translation>有一个值大于 %1；客户的任何字段都放不下这么多内容，因此该行未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="94"/>
        <source>an unreadable character was replaced with �; check the row after the import</source>
        <translation>一个无法读取的字符已替换为 �；请在导入后检查该行</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="103"/>
        <source>Not imported as an e-mail: %1</source>
        <translation>未作为邮箱导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="104"/>
        <source>Not imported as a phone: %1</source>
        <translation>未作为电话导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="105"/>
        <source>Not imported as a web address: %1</source>
        <translation>未作为网址导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="106"/>
        <location filename="../../desktop/leadbook/interop/messages.py" line="107"/>
        <source>Not imported as a value: %1</source>
        <translation>未作为金额导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="108"/>
        <source>Not imported as a currency: %1</source>
        <translation>未作为币种导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="109"/>
        <source>Not imported as a stage: %1</source>
        <translation>未作为阶段导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="115"/>
        <source>kept in the notes: %1</source>
        <translation>已保留在备注中：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="120"/>
        <source>; </source>
        <comment>between the problems of one row</comment>
        <extracomment>Between the problems of one row: Chinese &quot;；&quot;.</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="126"/>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="127"/>
        <source>same phone and name</source>
        <translation>电话和姓名相同</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="128"/>
        <source>same name and company</source>
        <translation>姓名和公司相同</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="136"/>
        <source>same e-mail, another name</source>
        <translation>邮箱相同，姓名不同</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="137"/>
        <source>same phone, another name</source>
        <translation>电话相同，姓名不同</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="138"/>
        <source>same name and company, other e-mail or phone</source>
        <translation>姓名和公司相同，邮箱或电话不同</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="147"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="151"/>
        <source>Merged with leads already known: %1</source>
        <translation>已与已有客户合并：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="158"/>
        <source>Possible duplicates, added as their own leads for review: %1</source>
        <translation>可能的重复项，已作为单独的客户添加，待检查：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="173"/>
        <source>Goal: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="177"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="179"/>
        <source>E-mail: %1</source>
        <translation>邮箱：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="89"/>
        <source>— leave out —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="90"/>
        <source>Name (full)</source>
        <translation>姓名（全名）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="91"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="92"/>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="93"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="94"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="375"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="95"/>
        <source>Role / job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="96"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="375"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="97"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="376"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="98"/>
        <source>Street address</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="99"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="100"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="101"/>
        <source>State / region</source>
        <translation>省 / 地区</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="102"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="103"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="104"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="105"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="106"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="107"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="108"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="109"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="110"/>
        <source>Rapport notes</source>
        <translation>关系备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="111"/>
        <source>Best time to reach</source>
        <translation>最佳联系时间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="112"/>
        <source>Decision-maker</source>
        <translation>决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="113"/>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="120"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="123"/>
        <source>Google Contacts CSV</source>
        <translation>Google 通讯录 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="124"/>
        <source>Outlook CSV</source>
        <translation>Outlook CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="125"/>
        <source>LinkedIn connections CSV</source>
        <translation>LinkedIn 人脉 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="126"/>
        <source>Leadbook CSV</source>
        <translation>Leadbook CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="127"/>
        <source>Thunderbird CSV</source>
        <translation>Thunderbird CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="128"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="135"/>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="136"/>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="137"/>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="153"/>
        <source>%n lead(s) added</source>
        <translation>
            <numerusform>新增 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="155"/>
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="157"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n 个已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="159"/>
        <source>%n merged with a row above</source>
        <translation>
            <numerusform>%n 个与上方某行合并</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="161"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>跳过 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="163"/>
        <source>possible duplicates to review: %1</source>
        <translation>待检查的可能重复项 %1 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="165"/>
        <source>%n row(s) with errors left out</source>
        <translation>
            <numerusform>排除了 %n 行有错误的数据</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="166"/>
        <source>Import: %1.</source>
        <translation>导入：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="309"/>
        <source>Import contacts — %1</source>
        <translation>导入联系人 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="322"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="323"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="324"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="325"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="458"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="671"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="345"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="363"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="363"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="363"/>
        <source>Leadbook field</source>
        <translation>Leadbook 字段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="368"/>
        <source>Choose a column for the name, the company or the e-mail address.</source>
        <translation>请为姓名、公司或邮箱地址选择一列。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="375"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="375"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="376"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="382"/>
        <source>The first rows as they would be imported:</source>
        <translation>前几行导入后的样子：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="417"/>
        <source>Selected rows:</source>
        <translation>所选行：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="418"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="419"/>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="420"/>
        <source>&amp;Add as new</source>
        <translation>作为新客户添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="426"/>
        <source>All duplicates:</source>
        <translation>全部重复项：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="429"/>
        <source>Merge all</source>
        <translation>全部合并</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="429"/>
        <source>Skip all</source>
        <translation>全部跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="429"/>
        <source>Add all as new</source>
        <translation>全部作为新客户添加</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="434"/>
        <source>Merging fills in what the lead lacks and adds new e-mails, phones, tags and notes; it never overwrites what you wrote.</source>
        <translation>合并只补充客户缺少的信息，并添加新的邮箱、电话、标签和备注；绝不会覆盖你写过的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="458"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="511"/>
        <source>Leadbook hit an unexpected problem reading %1. Nothing was imported.</source>
        <translation>Leadbook 读取 %1 时遇到意外问题。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="522"/>
        <source>Leadbook does not know the program that wrote %1 (%2). Choose what each column holds; Leadbook remembers your choice for files with the same columns.</source>
        <translation>Leadbook 不认识生成 %1 的程序（%2）。请选择每一列的内容；对于列相同的文件，Leadbook 会记住你的选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="579"/>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复项…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="594"/>
        <source>%1: %2, %3, %4, %5.</source>
        <translation>%1：%2，%3，%4，%5。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="594"/>
        <source>%n the same as a row above</source>
        <translation>
            <numerusform>%n 个与上方某行相同</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="597"/>
        <source>%1: %2, %3, %4.</source>
        <translation>%1：%2，%3，%4。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="599"/>
        <source>%n new lead(s)</source>
        <translation>
            <numerusform>%n 个新客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="600"/>
        <source>%n already in the book</source>
        <translation>
            <numerusform>%n 个已在客户库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="595"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="597"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n 行有错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="604"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="606"/>
        <source>… and %n more row(s) like these</source>
        <translation>
            <numerusform>… 另有 %n 行情况相同</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="611"/>
        <source>A possible duplicate is imported as its own lead and listed under Edit ▸ Review possible duplicates.</source>
        <translation>可能的重复项会作为单独的客户导入，并列在“编辑 ▸ 检查可能的重复项”中。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="615"/>
        <source>Read as %1.</source>
        <translation>已按 %1 读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="617"/>
        <source>Columns not used: %1.</source>
        <translation>未使用的列：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="624"/>
        <source>You imported this same file on %1. Importing it again adds only what changed.</source>
        <translation>你在 %1 导入过同一个文件。再次导入只会添加有变化的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="637"/>
        <source>New (%1)</source>
        <translation>新客户（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="638"/>
        <source>Duplicates (%1)</source>
        <translation>重复（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="639"/>
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="643"/>
        <source>Kept in notes (%1)</source>
        <translation>保留在备注中（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="671"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="673"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="710"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>导入已取消。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="712"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="715"/>
        <source>Leadbook hit an unexpected problem while importing. Nothing was imported.</source>
        <translation>Leadbook 导入时遇到意外问题。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="750"/>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="752"/>
        <source>Contacts (*.csv *.vcf *.vcard *.txt *.tsv);;All files (*)</source>
        <translation>联系人 (*.csv *.vcf *.vcard *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="787"/>
        <source>Undo last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="791"/>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="796"/>
        <source>Undo the import of %1 on %2? This removes the %3 and puts %4 back as they were before.</source>
        <translation>撤销 %2 导入的 %1？这将删除%3，并把%4恢复到导入前的样子。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="798"/>
        <source>%n lead(s) it added</source>
        <translation>
            <numerusform>它新增的 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="799"/>
        <source>%n lead(s) it merged into</source>
        <translation>
            <numerusform>它合并过的 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="803"/>
        <source>%n of them was/were changed since the import; that/those change(s) will be lost.</source>
        <translation>
            <numerusform>其中 %n 个客户在导入后有过修改，这些修改将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="810"/>
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
</context>
<context>
    <name>KeptModel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="254"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="254"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="254"/>
        <source>Kept in the lead&apos;s notes</source>
        <translation>保留在客户备注中的内容</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../desktop/leadbook/present/i18n.py" line="52"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="86"/>
        <source>Edit lead</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="86"/>
        <source>New lead</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="118"/>
        <source>Contact</source>
        <translation>联系信息</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="120"/>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="121"/>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="122"/>
        <source>&amp;Role</source>
        <translation>职位(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="123"/>
        <source>This person makes the &amp;decision</source>
        <translation>此人是决策人(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="124"/>
        <source>Decision-maker</source>
        <translation>决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="125"/>
        <source>Their contact</source>
        <translation>决策人联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="126"/>
        <source>&amp;E-mails</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="127"/>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="128"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="140"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="134"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="141"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="148"/>
        <source>several: separate with commas</source>
        <translation>多个时用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="149"/>
        <source>+46 70 123 45 67, …</source>
        <translation>+86 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="150"/>
        <source>who decides, if not this person</source>
        <translation>若非此人，由谁决定</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="152"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="154"/>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="155"/>
        <source>S&amp;tage</source>
        <translation>阶段(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="161"/>
        <source>estimated</source>
        <translation>预估</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="170"/>
        <source>&amp;Value</source>
        <translation>金额(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="172"/>
        <source>Preferred c&amp;hannel</source>
        <translation>偏好方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="172"/>
        <source>No preference</source>
        <translation>无偏好</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="179"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="184"/>
        <source>Pre&amp;ferred interval</source>
        <translation>偏好间隔(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="185"/>
        <source>&amp;Best time to reach</source>
        <translation>最佳联系时间(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="186"/>
        <source>e.g. Wed/Thu 13:00–16:00</source>
        <translation>如：周三、周四下午</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="187"/>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="188"/>
        <source>comma-separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="192"/>
        <source>D&amp;o not contact</source>
        <translation>请勿联系(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="196"/>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="206"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="199"/>
        <source>Personal things to remember: family, hobbies, their team…</source>
        <translation>值得记住的私人话题：家人、爱好、支持的球队…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="201"/>
        <source>What was said, what they need</source>
        <translation>聊了什么，对方需要什么</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="205"/>
        <source>Rapport notes</source>
        <translation>关系备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="284"/>
        <source>Created %1 · changed %2</source>
        <translation>创建于 %1 · 修改于 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="371"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="177"/>
        <source>Select a lead to see its history</source>
        <translation>选择一个客户以查看其跟进记录</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="219"/>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="230"/>
        <source>Rapport notes: personal things to remember on the call</source>
        <translation>关系备注：通话时值得记住的私人话题</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="231"/>
        <source>Remember</source>
        <translation>记住</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="249"/>
        <source>&amp;Keep going</source>
        <translation>继续跟进(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="250"/>
        <source>Start counting the attempts again</source>
        <translation>重新开始计算尝试次数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="252"/>
        <source>N&amp;urture</source>
        <translation>转入培育(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="253"/>
        <source>Move the lead to Nurture: stay in touch, less often</source>
        <translation>将客户转入培育：保持联系，但降低频率</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="276"/>
        <source>&amp;Plan follow-up…</source>
        <translation>安排跟进(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="278"/>
        <source>&amp;Log…</source>
        <translation>记录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="280"/>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="282"/>
        <source>Apply ca&amp;dence</source>
        <translation>应用序列(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="286"/>
        <source>Edi&amp;t lead…</source>
        <translation>编辑客户(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="299"/>
        <source>History (newest first)</source>
        <translation>跟进记录（最新在前）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="321"/>
        <source>The history is read a page at a time; this reads the next page</source>
        <translation>跟进记录每次读取一页；点此读取下一页</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="332"/>
        <source>What was said, what they need…  (Ctrl+Enter adds)</source>
        <translation>聊了什么，对方需要什么…（按 Ctrl+Enter 添加）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="334"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="337"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="414"/>
        <source>Decides</source>
        <translation>决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="417"/>
        <source>%1, %2</source>
        <comment>the decision-maker&apos;s name, then how to reach them</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="419"/>
        <source>Decision-maker: %1</source>
        <translation>决策人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="421"/>
        <source>Does not decide; who does is not known yet</source>
        <translation>非决策人；尚不清楚谁是决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="422"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="424"/>
        <source>%1 · Value: %2</source>
        <translation>%1 · 金额：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="430"/>
        <source>Best time to reach: %1</source>
        <translation>最佳联系时间：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="448"/>
        <source>Next: %1 · %2 · %3</source>
        <translation>下一步：%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="451"/>
        <source>Overdue — %1</source>
        <translation>已逾期 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="458"/>
        <source>No next step planned. An active lead always needs one: plan a follow-up or apply a cadence.</source>
        <translation>尚未安排下一步。跟进中的客户必须有下一步：请安排跟进或应用序列。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="463"/>
        <source>Log the follow-up planned for %1</source>
        <translation>记录安排在 %1 的跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="465"/>
        <source>Nothing is planned to log</source>
        <translation>没有已安排的跟进可记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="470"/>
        <source>%n attempt(s) in a row without an answer</source>
        <translation>
            <numerusform>连续 %n 次尝试未获回应</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="475"/>
        <source>Time to decide: %1 without an answer. Nurture the lead, mark it as a no to revisit later, or keep going.</source>
        <translation>该做决定了：%1 未获回应。可以将客户转入培育、标记为拒绝以便日后回访，或继续跟进。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="477"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 次尝试</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="483"/>
        <source>Last touch: none yet</source>
        <translation>最近联系：暂无</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="488"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="488"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="491"/>
        <source>Last touch: %1 (%2) · %3 · %4</source>
        <translation>最近联系：%1（%2）· %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="508"/>
        <source>Show older entries (%1 more)</source>
        <translation>显示更早的记录（还有 %1 条）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="558"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="564"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="566"/>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="568"/>
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="570"/>
        <source>Planned: %1</source>
        <translation>已安排：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="572"/>
        <source>%1 (first response)</source>
        <translation>%1（首次响应）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="575"/>
        <source>%1 — %2, step %3</source>
        <translation>%1 — %2，第 %3 步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="581"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="584"/>
        <source>Stage: %1 → %2</source>
        <translation>阶段：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="589"/>
        <source>Decided to keep going</source>
        <translation>决定继续跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="594"/>
        <source>Revisited: reopened</source>
        <translation>已回访：重新激活</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="595"/>
        <source>Revisited: still not now; ask again on %1</source>
        <translation>已回访：还不是时候；%1 再联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="597"/>
        <source>New contact person: %1</source>
        <translation>新联系人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="599"/>
        <source>Do not contact (permanent)</source>
        <translation>请勿联系（永久）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="601"/>
        <source>Lead created</source>
        <translation>已创建客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="614"/>
        <source>Said no: %1</source>
        <translation>曾拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="616"/>
        <source>Said by %1</source>
        <translation>拒绝人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="618"/>
        <source>Ask again on %1</source>
        <translation>%1 再联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="620"/>
        <source>Never: do not contact</source>
        <translation>永不：请勿联系</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="705"/>
        <source>Plan its %n step(s) from today</source>
        <translation>
            <numerusform>从今天起安排其 %n 个步骤</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="102"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="102"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="102"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="103"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="103"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="103"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="104"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="104"/>
        <source>Last touch</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="104"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="107"/>
        <source>⚠ none</source>
        <comment>an active lead with no next step planned, in the lead list</comment>
        <translation>⚠ 无</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="109"/>
        <source>⚠ %1</source>
        <comment>an overdue next step in the lead list; %1 is its date</comment>
        <extracomment>An overdue next step: a warning sign before its date, so it never rests on colour alone.</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="110"/>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="247"/>
        <source>No next step planned</source>
        <translation>未计划下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="249"/>
        <source>Overdue: the next step was due %1</source>
        <translation>已逾期：下一步应于 %1 完成</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="71"/>
        <source>Search name, company, e-mail, phone, notes…  (Ctrl+F)</source>
        <extracomment>The book setting that keeps the lead list&apos;s column order and the widths the user dragged. In the book, not in QSettings: Leadbook keeps everything of a book in its one file (as the import mappings and the calendar-file folder), a demo or a test book never changes the user&apos;s own list, and a book moved to another computer keeps its columns.</extracomment>
        <translation>搜索姓名、公司、邮箱、电话、备注…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="75"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="89"/>
        <source>Showing: no next step</source>
        <translation>显示：无下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="94"/>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="95"/>
        <source>Show all leads again</source>
        <translation>重新显示所有客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="100"/>
        <source>New lead</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="101"/>
        <source>Add a lead (Ctrl+N)</source>
        <translation>添加客户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="145"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="380"/>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="421"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="432"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="434"/>
        <source>%1 of %2</source>
        <translation>%1 / %2 个客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="502"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="102"/>
        <source>Log follow-up — %1</source>
        <translation>记录跟进 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="133"/>
        <source>%1 — due %2</source>
        <translation>%1 — %2 到期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="136"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="149"/>
        <source>what was said, what you agreed</source>
        <translation>聊了什么，约定了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="151"/>
        <source>Result &amp;note</source>
        <translation>结果备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="155"/>
        <source>Start the &amp;post-sale cadence (thank-you cards, call after delivery)</source>
        <translation>启动售后跟进序列（手写感谢卡、交付后致电）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="161"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="163"/>
        <source>P&amp;lan this next step</source>
        <translation>安排这一步(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="170"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="171"/>
        <source>C&amp;hannel</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="172"/>
        <source>&amp;Objective</source>
        <translation>目标(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="191"/>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="223"/>
        <source>&amp;Keep the %n remaining step(s) of the cadence “%1”</source>
        <translation>
            <numerusform>保留序列“%1”中剩余的 %n 个步骤(&amp;K)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="224"/>
        <source>&amp;Keep the %n remaining step(s) of the cadence</source>
        <translation>
            <numerusform>保留序列中剩余的 %n 个步骤(&amp;K)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="245"/>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="251"/>
        <source>The lead will be marked “%1” and its planned follow-ups cancelled.</source>
        <translation>该客户将被标记为“%1”，已安排的跟进将被取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="259"/>
        <source>%n unanswered attempt(s) in a row. Keep going: most deals take five or more follow-ups.</source>
        <translation>
            <numerusform>连续 %n 次尝试未获回应。继续跟进：大多数成交需要五次或更多次跟进。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="296"/>
        <source>Proposed from the prospect&apos;s own preference (interval and channel).</source>
        <translation>根据客户本人的偏好（间隔和方式）建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="297"/>
        <source>Proposed from the cadence: its next step.</source>
        <translation>根据序列建议：序列的下一步。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="299"/>
        <source>Proposed from the default rhythm: %n day(s) later, on a working day.</source>
        <translation>
            <numerusform>根据默认节奏建议：%n 天后的工作日。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="306"/>
        <source>The spacing guard moved it from %1 to %2, to leave room after an unanswered attempt.</source>
        <translation>间隔保护已将它从 %1 移至 %2，在未获回应的尝试之后留出空间。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="314"/>
        <source>Already planned: %1 %2</source>
        <translation>已安排：%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="381"/>
        <source>Nothing was saved</source>
        <translation>未保存任何内容</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="142"/>
        <source>%1 — Leadbook</source>
        <translation>%1 — Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="162"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="164"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="165"/>
        <source>Leads</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="167"/>
        <source>Revisit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="169"/>
        <source>Nurture</source>
        <translation>培育</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="247"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="248"/>
        <source>&amp;New lead…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="251"/>
        <source>&amp;Print call sheet…</source>
        <translation>打印通话清单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="254"/>
        <source>Show re&amp;minders</source>
        <translation>显示提醒(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="259"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="261"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="264"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="268"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="269"/>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="602"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="272"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="276"/>
        <source>&amp;Cadences…</source>
        <translation>跟进序列(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="278"/>
        <source>Re&amp;view possible duplicates…</source>
        <translation>检查可能的重复项(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="280"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="285"/>
        <source>G&amp;o</source>
        <translation>转到(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="293"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="294"/>
        <source>Open a &amp;demo book</source>
        <translation>打开演示客户库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="295"/>
        <source>&amp;About Leadbook</source>
        <translation>关于 Leadbook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="300"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="302"/>
        <source>Undo the &amp;last import…</source>
        <translation>撤销上次导入(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="304"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="307"/>
        <source>Leads as CSV for a &amp;spreadsheet…</source>
        <translation>用于电子表格的客户 CSV(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="308"/>
        <source>Leads as CSV for another &amp;address book…</source>
        <translation>用于其他通讯录的客户 CSV(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="309"/>
        <source>Leads as &amp;vCard…</source>
        <translation>客户 vCard(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="310"/>
        <source>Follow-ups as &amp;iCalendar…</source>
        <translation>跟进 iCalendar(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="315"/>
        <source>&amp;Keep a calendar file up to date…</source>
        <translation>保持日历文件更新(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="325"/>
        <source>Writes your follow-ups to %1 after every change.</source>
        <translation>每次更改后，将你的跟进写入 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="327"/>
        <source>Writes your follow-ups to a calendar file in a folder you choose, after every change.</source>
        <translation>每次更改后，将你的跟进写入你所选文件夹中的日历文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="352"/>
        <source>%1 — read-only — Leadbook</source>
        <translation>%1 — 只读 — Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="361"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="368"/>
        <source>The lead book is read-only</source>
        <translation>客户库为只读</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="389"/>
        <source>Waiting for another Leadbook to finish…</source>
        <translation>正在等待另一个 Leadbook 完成…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="425"/>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="434"/>
        <source>Plan follow-up</source>
        <translation>安排跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="425"/>
        <source>Find the lead (name, company, e-mail):</source>
        <translation>查找客户（姓名、公司、邮箱）：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="431"/>
        <source>No lead matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="434"/>
        <source>Lead:</source>
        <translation>客户：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/main_window.py" line="463"/>
        <source>Deleted %n lead(s).</source>
        <translation>
            <numerusform>已删除 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="488"/>
        <source>The last import was undone.</source>
        <translation>已撤销上次导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="510"/>
        <source>Your follow-ups are kept in %1.</source>
        <translation>你的跟进保存在 %1 中。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="513"/>
        <source>The calendar file is no longer updated; it stays as it was.</source>
        <translation>日历文件不再更新；它会保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="528"/>
        <source>The backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="530"/>
        <source>Backed up and verified: %1</source>
        <translation>已备份并验证：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="537"/>
        <source>Checking today&apos;s backup…</source>
        <translation>正在检查今天的备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="544"/>
        <source>Daily backup made and verified: %1</source>
        <translation>已完成并验证每日备份：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="550"/>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="554"/>
        <source>The daily backup failed; details are in the log.</source>
        <translation>每日备份失败；详细信息见日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="570"/>
        <source>Open a demo book</source>
        <translation>打开演示客户库</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="570"/>
        <source>The demo book could not be started.</source>
        <translation>无法启动演示客户库。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="573"/>
        <source>A demo book opens in a second window; this book is not touched.</source>
        <translation>演示客户库会在第二个窗口中打开；当前客户库不受影响。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="579"/>
        <source>About Leadbook</source>
        <translation>关于 Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="580"/>
        <source>Leadbook %1
An offline lead book that makes you follow up.

Book: %2</source>
        <translation>Leadbook %1
离线客户库，督促你坚持跟进。

客户库：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="602"/>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
</context>
<context>
    <name>NurtureView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="47"/>
        <source>&amp;Plan missing touches</source>
        <translation>补排下次联系(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="48"/>
        <source>Give each nurtured lead without a next touch its slow one</source>
        <translation>为每个还没有下次联系的培育客户安排一次低频联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="50"/>
        <source>E&amp;xport CSV for a mail merge…</source>
        <translation>导出 CSV 用于邮件合并(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="58"/>
        <source>Lead</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="58"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="58"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="58"/>
        <source>Last touch</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="59"/>
        <source>Next touch</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="74"/>
        <source>%1 (not planned)</source>
        <translation>%1（未安排）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="82"/>
        <source>%1 in nurture; a slow touch every %2 days.</source>
        <translation>%1 在培育中；每 %2 天低频联系一次。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="83"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="90"/>
        <source>Nurture touches planned</source>
        <translation>已安排培育联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="97"/>
        <source>Export nurture list</source>
        <translation>导出培育名单</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="98"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ObjectiveEdit</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="181"/>
        <source>what should this touch achieve?</source>
        <translation>这次联系要达成什么？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="220"/>
        <source>Say in a few words what this follow-up should achieve.</source>
        <translation>用几个字说明这次跟进要达成什么。</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/phrases.py" line="38"/>
        <source>“%1”</source>
        <comment>a phrase to avoid, quoted</comment>
        <extracomment>Quotation marks around one phrase: German „%1“, Swedish ”%1”, Chinese “%1”.</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/phrases.py" line="41"/>
        <source>Avoid %1: it gives them nothing. Add something of value instead, and don&apos;t apologise for following up.</source>
        <translation>避免使用%1：这些话对客户没有价值。换成一点有价值的内容，也不必为跟进道歉。</translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="95"/>
        <source>Reschedule follow-up</source>
        <translation>改期跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="103"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="184"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="187"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="184"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="184"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="182"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="184"/>
        <source>Matches lead</source>
        <translation>匹配的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="185"/>
        <source>Because</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="185"/>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="187"/>
        <source>Why it cannot be imported</source>
        <translation>无法导入的原因</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="189"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="190"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="191"/>
        <source>Add as new</source>
        <translation>作为新客户添加</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="193"/>
        <source>Merge (nothing new)</source>
        <translation>合并（无新信息）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="231"/>
        <source>line %1 of this file</source>
        <translation>此文件第 %1 行</translation>
    </message>
</context>
<context>
    <name>QtTray</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="84"/>
        <source>&amp;Open Leadbook</source>
        <translation>打开 Leadbook(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="85"/>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="86"/>
        <source>&amp;Reminders</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="88"/>
        <source>&amp;Pause reminders for 1 hour</source>
        <translation>暂停提醒 1 小时(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="89"/>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="118"/>
        <source>Re&amp;sume reminders</source>
        <translation>恢复提醒(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="73"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="75"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="79"/>
        <source>Overdue by %n minute(s)</source>
        <translation>
            <numerusform>已逾期 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="80"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>已逾期 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="81"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="84"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="85"/>
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="86"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="98"/>
        <source>Revisit · %1</source>
        <translation>回访 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="110"/>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="111"/>
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="112"/>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="113"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="114"/>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="115"/>
        <source>Tomorrow at %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="116"/>
        <source>Next week (Monday at %1)</source>
        <translation>下周（周一 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="147"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="148"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="149"/>
        <source>Revisits</source>
        <translation>回访</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="157"/>
        <source>%n overdue from earlier days</source>
        <translation>
            <numerusform>此前几天逾期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="159"/>
        <source>%n shown earlier today</source>
        <translation>
            <numerusform>今天已显示 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="160"/>
        <source>%1 — Review…</source>
        <translation>%1 — 查看…</translation>
    </message>
</context>
<context>
    <name>RemindersWindow</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="201"/>
        <source>Reminders — Leadbook</source>
        <translation>提醒 — Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="221"/>
        <source>Lead</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="221"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="221"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="221"/>
        <source>When</source>
        <translation>到期情况</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="249"/>
        <source>&amp;Open item</source>
        <translation>打开项目(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="249"/>
        <source>Show the lead in the main window (Enter)</source>
        <translation>在主窗口中显示该客户（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="252"/>
        <source>Do&amp;ne…</source>
        <translation>完成(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="252"/>
        <source>Log the outcome and plan the next step</source>
        <translation>记录结果并安排下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="255"/>
        <source>No &amp;answer</source>
        <translation>无回应(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="258"/>
        <source>Count an unanswered attempt and plan a retry, spaced as the spacing guard asks</source>
        <translation>记一次未获回应的尝试，并按间隔保护的要求安排重试</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="261"/>
        <source>&amp;Dismiss</source>
        <translation>关闭提醒(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="264"/>
        <source>No more reminders for the selected follow-ups (Delete); they stay planned</source>
        <translation>不再提醒所选跟进（Delete）；跟进本身保留</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="267"/>
        <source>Dismiss a&amp;ll</source>
        <translation>全部关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="270"/>
        <source>No more reminders for every follow-up listed</source>
        <translation>不再提醒列表中的所有跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="276"/>
        <source>Click Snooze to be reminded again in:</source>
        <translation>单击“推迟”，在以下时间后再次提醒：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="282"/>
        <source>&amp;Snooze</source>
        <translation>推迟(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="282"/>
        <source>Remind again about the selected follow-ups</source>
        <translation>稍后再次提醒所选跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="285"/>
        <source>Snooze all</source>
        <translation>全部推迟</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="285"/>
        <source>Remind again about every follow-up listed</source>
        <translation>稍后再次提醒列表中的所有跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="292"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="504"/>
        <source>Reminders due before today or shown already: click or press Enter to list them all</source>
        <translation>今天之前到期或已显示过的提醒：单击或按 Enter 列出全部</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="512"/>
        <source>… and %1 more (Dismiss all and Snooze all include them)</source>
        <translation>… 还有 %1 项（“全部关闭”和“全部推迟”也包括它们）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="530"/>
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n 个新提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="530"/>
        <source>No new reminders</source>
        <translation>没有新提醒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="534"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 个提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="534"/>
        <source>No reminders due</source>
        <translation>没有到期的提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="536"/>
        <source>%1 — Leadbook</source>
        <translation>%1 — Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="567"/>
        <source>Snoozed until %1</source>
        <translation>已推迟到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="603"/>
        <source>until %1</source>
        <translation>推迟至 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="617"/>
        <source>Rapport: %1</source>
        <translation>关系备注：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="629"/>
        <source>Revisit: said no on %1 (%2), by %3</source>
        <translation>回访：%3 于 %1 拒绝（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="635"/>
        <source>Ask: %1</source>
        <translation>要问：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="755"/>
        <source>Logged: %1.</source>
        <translation>已记录：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="781"/>
        <source>No answer from %1 (%n attempt(s) in a row).</source>
        <translation>
            <numerusform>%1 无回应（已连续 %n 次）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="783"/>
        <source>Next try: %1, %2.</source>
        <translation>下次尝试：%1，%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="788"/>
        <source>Already planned: %1, %2.</source>
        <translation>已安排：%1，%2。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="27"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="32"/>
        <source>Choose a backup to put in place of the lead book. Your current book is backed up first, so this can be undone by restoring that backup.</source>
        <translation>选择一个备份来替换当前客户库。当前客户库会先被备份，因此可以通过恢复那个备份来撤销此操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="39"/>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="39"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="39"/>
        <source>Leads</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="44"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="55"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="58"/>
        <source>There are no backups of this book yet. Use File → Back up now.</source>
        <translation>此客户库还没有备份。请使用“文件 → 立即备份”。</translation>
    </message>
</context>
<context>
    <name>RevisitPage</name>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="319"/>
        <source>Revisiting the no&apos;s</source>
        <translation>回访拒绝的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="324"/>
        <source>A “no” mostly means “not now”. Leadbook brings each one back after a wait that depends on the reason the prospect gave.</source>
        <translation>“不”多半意味着“现在不”。Leadbook 会根据客户给出的理由，等待一段时间后再把每个拒绝的客户带回来。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="338"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="339"/>
        <source>next quarter</source>
        <translation>下个季度</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="342"/>
        <source>Days to wait; the lowest value, “next quarter”, waits until the first day of the next quarter (when budgets are set)</source>
        <translation>等待的天数；最小值“下个季度”会等到下个季度的第一天（预算制定的时候）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="362"/>
        <source>&amp;Questions to ask on a revisit, one a line:</source>
        <translation>回访时要问的问题，每行一个(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="373"/>
        <source>Shown in the revisit queue, the reminders and on the call sheet. Leave it empty for the three questions Leadbook starts with.</source>
        <translation>显示在回访队列、提醒和通话清单上。留空则使用 Leadbook 自带的三个问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="377"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="382"/>
        <source> follow-ups</source>
        <translation> 项跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="383"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="384"/>
        <source>days with more are marked full; Even out fills days up to it</source>
        <translation>超过此数的日期标为已满；“均衡安排”按此上限填充各天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="386"/>
        <source>Day ca&amp;pacity</source>
        <translation>每日上限(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="428"/>
        <source>Question %1 is %2 characters long; keep each to %3 at most, so it fits on the call sheet.</source>
        <translation>第 %1 个问题有 %2 个字符；每个问题最多 %3 个字符，才能在通话清单上放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="433"/>
        <source>%1 questions are too many for one call; keep at most %2.</source>
        <translation>%1 个问题对一次通话来说太多了；最多保留 %2 个。</translation>
    </message>
</context>
<context>
    <name>Revisits</name>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="29"/>
        <source>Not now / timing</source>
        <translation>时机未到</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="30"/>
        <source>Has a supplier</source>
        <translation>已有供应商</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="31"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="32"/>
        <source>Did not reach the decision-maker</source>
        <translation>没联系上决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="33"/>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="34"/>
        <source>Unresponsive</source>
        <translation>一直没回应</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="35"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="43"/>
        <source>Is this still the person responsible for buying?</source>
        <translation>采购这件事现在还是由您负责吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="45"/>
        <source>How are things going with what you chose instead?</source>
        <translation>您后来选的方案，现在用得怎么样？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="47"/>
        <source>What made you decide against it last time?</source>
        <translation>我很好奇，上次为什么没选我们？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="65"/>
        <source>Said no on %1: %2 (%3)</source>
        <translation>%1 曾拒绝：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="85"/>
        <source>Revisits due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="86"/>
        <source>Upcoming revisits</source>
        <translation>即将回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="90"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="103"/>
        <source>Own results: %1 reopened, %2 of them won.</source>
        <translation>我的成绩：%1重新激活了客户，其中 %2 个成交。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="107"/>
        <source>Ask:</source>
        <translation>要问：</translation>
    </message>
</context>
<context>
    <name>RevisitsText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="104"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>%n 次回访</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisitsView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="57"/>
        <source>Call back</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="57"/>
        <source>Lead</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="57"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="57"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="58"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="74"/>
        <source>&amp;Reopen</source>
        <translation>重新激活(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="75"/>
        <source>Back to an active stage, with a first follow-up planned</source>
        <translation>回到进行中的阶段，并安排第一次跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="76"/>
        <source>&amp;Still not now</source>
        <translation>还不是时候(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="77"/>
        <source>Queue again after the reason&apos;s delay</source>
        <translation>按该原因的等待时间重新排队</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="78"/>
        <source>&amp;New contact person…</source>
        <translation>新联系人(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="79"/>
        <source>Keep the company and the history; start afresh with someone else</source>
        <translation>保留公司和跟进记录；换一个联系人重新开始</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="80"/>
        <source>&amp;Do not contact</source>
        <translation>请勿联系(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="81"/>
        <source>For good: never queued again, left out of every marketing export</source>
        <translation>永久生效：不再进入回访队列，也不会出现在任何营销导出中</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="109"/>
        <source>Due</source>
        <translation>已到期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="109"/>
        <source>Upcoming</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="130"/>
        <source>Own results: %1 brought a lead back; %2 of those won.</source>
        <translation>我的成绩：%1让客户重新回来；其中 %2 个成交。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="131"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>%n 次回访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="156"/>
        <source>No revisit selected.</source>
        <translation>未选择回访。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="158"/>
        <source>Nobody to call back: no&apos;s come here when their revisit day is near.</source>
        <translation>暂时没有要回访的客户：拒绝过的客户在回访日临近时会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="163"/>
        <source>Call back on %1</source>
        <translation>%1 回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="166"/>
        <source>Value: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="171"/>
        <source>What they said:</source>
        <translation>对方说了什么：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="173"/>
        <source>Last notes:</source>
        <translation>最近备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="174"/>
        <source>Ask:</source>
        <translation>要问：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="194"/>
        <source>Lead reopened</source>
        <translation>已重新激活客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="198"/>
        <source>Queued again</source>
        <translation>已重新排队</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="206"/>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="210"/>
        <source>New contact person</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="207"/>
        <source>Who is responsible now?</source>
        <translation>现在由谁负责？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="217"/>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="222"/>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="218"/>
        <source>Never contact this lead again? It leaves every queue and every marketing export.</source>
        <translation>永远不再联系此客户？它将从所有队列和所有营销导出中移除。</translation>
    </message>
</context>
<context>
    <name>SayNoDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="42"/>
        <source>Said no</source>
        <translation>记录拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="45"/>
        <source>Why did %1 say no, and when should you call back?</source>
        <translation>%1 为什么拒绝？什么时候再回访？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="53"/>
        <source>What they said, in a few words</source>
        <translation>简要记下对方的话</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="63"/>
        <source>&amp;Never: do not contact</source>
        <translation>永不：请勿联系(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="64"/>
        <source>Never shown in the revisit queue again and left out of every marketing export</source>
        <translation>不再出现在回访队列中，也不会出现在任何营销导出中</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="65"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="66"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="67"/>
        <source>Call &amp;back on:</source>
        <translation>回访日期(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="75"/>
        <source>Mark as no</source>
        <translation>标记为拒绝</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="82"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="99"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="104"/>
        <source>How soon a new lead must hear from you, by where it came from. Web inquiries want an answer at once; e-mails within a day.</source>
        <translation>新客户应在多久内得到你的回应，按来源设置。网站咨询需要立即回复；邮件在一天内回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="115"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="115"/>
        <source>no target</source>
        <translation>不设目标</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="116"/>
        <source>Hours; “no target” plans the first follow-up for the next working day</source>
        <translation>小时；“不设目标”会把首次跟进安排在下一个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="127"/>
        <source>When to stop and decide</source>
        <translation>何时停止并做决定</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="134"/>
        <source>Leadbook asks you to nurture the lead, mark it as a no, or keep going when either of these is reached.</source>
        <translation>达到以下任一条件时，Leadbook 会请你决定：转入培育、标记为拒绝，或继续跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="139"/>
        <source>After &amp;unanswered attempts in a row</source>
        <translation>连续未获回应的尝试次数达到(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="140"/>
        <source>Or after &amp;days without a reply</source>
        <translation>或未获回复的天数达到(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="142"/>
        <source>Spacing</source>
        <translation>跟进间隔</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="144"/>
        <source>no minimum</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="148"/>
        <source>Persistent, not a pest: after an unanswered attempt, wait this many working days before the next one.</source>
        <translation>坚持而不纠缠：一次尝试未获回应后，至少等这么多个工作日再进行下一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="153"/>
        <source>&amp;Minimum gap (working days)</source>
        <translation>最短间隔（工作日）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="155"/>
        <source>Reminders and defaults</source>
        <translation>提醒与默认值</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="158"/>
        <source> min before</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="158"/>
        <source>at the time itself</source>
        <translation>准时提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="161"/>
        <source>&amp;Reminder for timed follow-ups</source>
        <translation>定时跟进的提醒(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="165"/>
        <source>reminders for follow-ups without a time</source>
        <translation>未定时间的跟进在此时提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="167"/>
        <source>&amp;Working day starts at</source>
        <translation>工作日开始时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="168"/>
        <source> days later</source>
        <translation> 天后</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="171"/>
        <source>by</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="172"/>
        <source>Default &amp;next step</source>
        <translation>默认下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="173"/>
        <source>Play a &amp;sound when a reminder comes due</source>
        <translation>提醒到期时播放声音(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="182"/>
        <source>A demo book does not start at login</source>
        <translation>演示客户库不会在登录时启动</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="189"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="187"/>
        <source>applies from the next start</source>
        <translation>下次启动时生效</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="176"/>
        <source>Start Leadbook when I log &amp;in (quietly, in the tray)</source>
        <translation>登录时启动 Leadbook（在托盘中静默运行）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="216"/>
        <source>&amp;Follow-ups</source>
        <translation>跟进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="217"/>
        <source>Revisits and &amp;calendar</source>
        <translation>回访与日历(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="291"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="301"/>
        <source>Start at login not changed</source>
        <translation>登录时启动的设置未更改</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="302"/>
        <source>Leadbook could not change %1: %2</source>
        <translation>Leadbook 无法更改 %1：%2</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="34"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="35"/>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="36"/>
        <source>Qualified</source>
        <translation>有意向</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="37"/>
        <source>Proposal</source>
        <translation>已报价</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="38"/>
        <source>Negotiation</source>
        <translation>谈判中</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="39"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="91"/>
        <source>Won</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="40"/>
        <source>No</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="41"/>
        <source>Nurture</source>
        <translation>培育中</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="47"/>
        <source>Web inquiry</source>
        <translation>网站咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="48"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="61"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="49"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="50"/>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="51"/>
        <source>Ad</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="52"/>
        <source>Event</source>
        <translation>展会活动</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="53"/>
        <source>Cold</source>
        <translation>陌生开发</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="54"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="66"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="78"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="60"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="62"/>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="63"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="64"/>
        <source>Letter or card</source>
        <translation>信件或卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="65"/>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="72"/>
        <source>Get a reply</source>
        <translation>获得回复</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="73"/>
        <source>Book a meeting</source>
        <translation>约见面</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="74"/>
        <source>Answer their question</source>
        <translation>解答疑问</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="75"/>
        <source>Send a proposal</source>
        <translation>发送方案</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="76"/>
        <source>Get a signature</source>
        <translation>签约</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="77"/>
        <source>Get paid</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="84"/>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="85"/>
        <source>Left voicemail</source>
        <translation>已留言</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="86"/>
        <source>No answer</source>
        <translation>无回应</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="87"/>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="88"/>
        <source>Meeting booked</source>
        <translation>已约见</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="89"/>
        <source>Goal reached</source>
        <translation>目标达成</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="90"/>
        <source>Said no</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="97"/>
        <source>Planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="98"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="99"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="110"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="111"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="112"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="119"/>
        <source>A lead needs a name.</source>
        <translation>客户必须有姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="120"/>
        <source>“%1” is not an e-mail address (name@example.com).</source>
        <translation>“%1”不是邮箱地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="123"/>
        <source>“%1” is not a phone number: use digits, spaces, + - ( ).</source>
        <translation>“%1”不是电话号码：只能使用数字、空格和 + - ( )。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="126"/>
        <source>The value must be a number, like 12500 or 12 500,50.</source>
        <translation>金额必须是数字，例如 12500 或 12 500,50。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="129"/>
        <source>The value cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="130"/>
        <source>Use a three-letter currency code, like EUR, SEK or USD.</source>
        <translation>请使用三个字母的货币代码，例如 CNY、EUR 或 USD。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="133"/>
        <source>Give the interval as a number from 1 to 999 and a unit.</source>
        <translation>请将间隔填为 1 到 999 之间的数字，并选择单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="136"/>
        <source>“%1” is not a web address (example.com).</source>
        <translation>“%1”不是网址（例如 example.com）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="146"/>
        <source>The lead book %1 was saved by a newer version of Leadbook. Install the newer version to open it; this one will not touch it.</source>
        <translation>客户库 %1 是由更新版本的 Leadbook 保存的。请安装新版本来打开它；当前版本不会改动它。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="151"/>
        <source>%1 is empty (0 bytes), so it is not a lead book. Leadbook leaves it as it is; choose a lead book file instead.</source>
        <translation>%1 是空文件（0 字节），所以不是客户库。Leadbook 不会改动它；请选择客户库文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="156"/>
        <source>%1 is a database, but not a Leadbook lead book. Choose a lead book file instead.</source>
        <translation>%1 是数据库，但不是 Leadbook 客户库。请选择客户库文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="160"/>
        <source>%1 is not a lead book (it is not an SQLite database). Choose another file.</source>
        <translation>%1 不是客户库（不是 SQLite 数据库）。请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="164"/>
        <source>The lead book %1 is busy: another Leadbook or another program is writing to it and did not finish in time. Wait until it is done (or close it) and try again.</source>
        <translation>客户库 %1 正忙：另一个 Leadbook 或其他程序正在写入它，且未能及时完成。请等它完成（或将其关闭）后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="169"/>
        <source>Leadbook cannot write to %1: the file or its folder is read-only for you, so nothing was changed. Check that the file and its folder are writable.</source>
        <translation>Leadbook 无法写入 %1：该文件或其所在文件夹对你是只读的，因此未做任何更改。请检查该文件及其文件夹是否可写。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="174"/>
        <source>Could not make the backup before importing: %1. Nothing was imported.</source>
        <translation>导入前无法创建备份：%1。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="179"/>
        <source>Could not back up %1: %2</source>
        <translation>无法备份 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="186"/>
        <source>This follow-up was just logged, cancelled or moved elsewhere (another Leadbook has %1 open), so nothing was changed here. Look at it again, then try once more.</source>
        <translation>此跟进刚刚在别处被记录、取消或移动（另一个 Leadbook 打开了 %1），因此这里没有做任何更改。请重新查看后再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="201"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="202"/>
        <source>you are not allowed to write there</source>
        <translation>你没有在那里写入的权限</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="203"/>
        <source>it is a file, not a folder</source>
        <translation>它是文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="204"/>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="205"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="208"/>
        <source>Leadbook cannot use the folder %1 for its data, backups and log: %2. Make it a folder you can write to, or set LEADBOOK_HOME to one.</source>
        <translation>Leadbook 无法将文件夹 %1 用于存放数据、备份和日志：%2。请让该文件夹可写，或将 LEADBOOK_HOME 设为一个你可写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="223"/>
        <source>%1 is outside the dates Leadbook works with, %2 to %3.</source>
        <translation>%1 超出了 Leadbook 支持的日期范围（%2 至 %3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="182"/>
        <source>The disk holding %1 is full. Nothing was saved; free some space and try again.</source>
        <translation>%1 所在的磁盘已满。未保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="192"/>
        <source>The lead book %1 could not be opened: %2</source>
        <translation>无法打开客户库 %1：%2</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="468"/>
        <source>Log…</source>
        <translation>记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="468"/>
        <source>Log what happened (D)</source>
        <translation>记录发生了什么（D）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="470"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="470"/>
        <source>Move to another day, same time (R)</source>
        <translation>改到另一天，时间不变（R）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="473"/>
        <source>Cancel follow-up</source>
        <translation>取消跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="476"/>
        <source>Cancel this follow-up; Undo brings it back (C)</source>
        <translation>取消此跟进；“撤销”可恢复（C）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="479"/>
        <source>Move to nurture</source>
        <translation>转入培育</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="482"/>
        <source>Not ready: keep in touch slowly (N)</source>
        <translation>还没准备好：放慢节奏保持联系（N）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="485"/>
        <source>Mark no</source>
        <translation>标记拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="488"/>
        <source>A no for now: it comes back to revisit later (O)</source>
        <translation>暂时拒绝：日后会回到回访队列（O）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="491"/>
        <source>Keep going</source>
        <translation>继续跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="491"/>
        <source>Keep following up; the count starts again (K)</source>
        <translation>继续跟进；重新开始计数（K）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="494"/>
        <source>Open lead</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="494"/>
        <source>Open the lead (Enter)</source>
        <translation>打开客户（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="655"/>
        <source>%1  ·  %2 tomorrow</source>
        <translation>%1  ·  明天 %2 项</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="205"/>
        <source>Nothing else planned for today.</source>
        <translation>今天没有其他安排了。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="206"/>
        <source>Nothing planned for today.</source>
        <translation>今天没有安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="209"/>
        <source>… and %1 more; the calendar and the lead list show them all</source>
        <translation>… 还有 %1 项；日历和客户列表中可以看到全部</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="335"/>
        <source>Role: %1</source>
        <translation>职位：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="337"/>
        <source>Not the decision-maker</source>
        <translation>非决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="339"/>
        <source>Best time: %1</source>
        <translation>最佳时间：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="341"/>
        <source>Rapport: %1</source>
        <translation>关系备注：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="430"/>
        <source>Show these leads</source>
        <translation>显示这些客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="777"/>
        <source>N nurture  ·  O no  ·  K keep going  ·  Enter open</source>
        <translation>N 培育  ·  O 拒绝  ·  K 继续跟进  ·  Enter 打开</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="779"/>
        <source>D log  ·  R reschedule  ·  C cancel  ·  Enter open</source>
        <translation>D 记录  ·  R 改期  ·  C 取消  ·  Enter 打开</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="817"/>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="818"/>
        <source>+1 day</source>
        <translation>+1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="818"/>
        <source>+1 week</source>
        <translation>+1 周</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="823"/>
        <source>Pick a date…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="860"/>
        <source>Cancelled the follow-up with %1.</source>
        <translation>已取消与 %1 的跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="870"/>
        <source>Marked %1 as no.</source>
        <translation>已将 %1 标记为拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="873"/>
        <source>Moved %1 to nurture.</source>
        <translation>已将 %1 转入培育。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="881"/>
        <source>Keeping on with %1; the count starts again.</source>
        <translation>继续跟进 %1；重新开始计数。</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="134"/>
        <source>%n reminder(s) is/are due or still to come today. This desktop has no tray, so Leadbook cannot remind you once it is closed.</source>
        <translation>
            <numerusform>今天有 %n 个提醒已到期或即将到期。当前桌面没有系统托盘，因此关闭 Leadbook 后将无法提醒你。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="141"/>
        <source>Quit Leadbook?</source>
        <translation>退出 Leadbook？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="146"/>
        <source>&amp;Quit anyway</source>
        <translation>仍然退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="147"/>
        <source>&amp;Keep Leadbook open</source>
        <translation>保持 Leadbook 运行(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="382"/>
        <source>Reminder: %1</source>
        <translation>提醒：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="383"/>
        <source>%1 — due %2</source>
        <translation>%1 — %2 到期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="386"/>
        <source>, </source>
        <comment>between lead names</comment>
        <extracomment>Between lead names in a notification (&quot;Anna, Jürgen, 王芳, …&quot;): Chinese &quot;、&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="390"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 个提醒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="314"/>
        <source>Re&amp;sume reminders (paused until %1)</source>
        <translation>恢复提醒（已暂停到 %1）(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="325"/>
        <source>Leadbook — %n thing(s) to do today</source>
        <translation>
            <numerusform>Leadbook — 今天有 %n 项待办</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="327"/>
        <source>Reminders paused until %1</source>
        <translation>提醒已暂停到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="368"/>
        <source>Leadbook keeps running</source>
        <translation>Leadbook 仍在运行</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="370"/>
        <source>Leadbook is still running in the system tray, so your reminders keep coming.

To open it again, click its icon in the tray. To quit, choose Quit in the tray icon&apos;s menu or File ▸ Quit.</source>
        <translation>Leadbook 仍在系统托盘中运行，提醒会照常弹出。

要重新打开，请单击托盘中的图标。要退出，请在托盘图标的菜单中选择“退出”，或选择“文件 ▸ 退出”。</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/texts.py" line="239"/>
        <source>Delete %n lead(s)</source>
        <translation>
            <numerusform>删除 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="241"/>
        <source>Add lead</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="242"/>
        <source>Add leads</source>
        <translation>添加多个客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="243"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="244"/>
        <source>Apply cadence</source>
        <translation>应用序列</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="245"/>
        <source>Cancel follow-up</source>
        <translation>取消跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="246"/>
        <source>Change stage</source>
        <translation>更改阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="239"/>
        <source>Delete lead</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="247"/>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="248"/>
        <source>Edit follow-up</source>
        <translation>编辑跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="249"/>
        <source>Edit lead</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="250"/>
        <source>Even out</source>
        <translation>均衡安排</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="251"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="252"/>
        <source>Keep going</source>
        <translation>继续跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="253"/>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="254"/>
        <source>Merge leads</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="255"/>
        <source>Move follow-up</source>
        <translation>移动跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="256"/>
        <source>New contact person</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="257"/>
        <source>Plan follow-up</source>
        <translation>安排跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="258"/>
        <source>Plan nurture touches</source>
        <translation>安排培育联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="259"/>
        <source>Reopen lead</source>
        <translation>重新激活客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="260"/>
        <source>Said no</source>
        <translation>标记拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="261"/>
        <source>Still not now</source>
        <translation>还不是时候</translation>
    </message>
</context>
<context>
    <name>UndoMessage</name>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="110"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="428"/>
        <source>d MMM</source>
        <comment>the date under each day of the week view</comment>
        <extracomment>A QDate format: d = day, M = month number, MMM = short month name; put other Latin letters in single quotes. Chinese: &quot;M月d日&quot;.</extracomment>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="21"/>
        <source>Your lead book is empty</source>
        <translation>你的客户库还是空的</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="28"/>
        <source>Leadbook keeps your prospects on this computer and makes sure none is forgotten: every lead gets a dated next step, Today lists what is due, and a “no” comes back later to be asked again. Begin with one lead, or bring in the contacts you already have.</source>
        <translation>Leadbook 把你的潜在客户保存在这台电脑上，确保一个都不会被遗忘：每个客户都有一个带日期的下一步，“今日”列出到期的事项，被拒绝的客户过一段时间会回来，让你再问一次。先添加一个客户，或者导入你已有的联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="34"/>
        <source>&amp;Add your first lead…</source>
        <translation>添加第一个客户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="38"/>
        <source>&amp;Import contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="40"/>
        <source>A CSV file (Google, Outlook, LinkedIn or any other) or vCards</source>
        <translation>CSV 文件（Google、Outlook、LinkedIn 或其他来源）或 vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="42"/>
        <source>&amp;Look around a demo book first</source>
        <translation>先看看演示客户库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="52"/>
        <source>Opens a made-up lead book in a second window; yours is not touched</source>
        <translation>在第二个窗口中打开一个虚构的客户库；你自己的客户库不受影响</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="56"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="57"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="58"/>
        <source>First responses due</source>
        <translation>待首次响应</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="59"/>
        <source>Revisits due: they said no, ask again</source>
        <translation>待回访：曾拒绝，再问一次</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="121"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="60"/>
        <source>Decide: the stop rule is reached</source>
        <translation>待决定：已达到停止规则</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="61"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="67"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="68"/>
        <source>Lead</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="69"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="70"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="71"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="72"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="73"/>
        <source>Attempt</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="74"/>
        <source>Last touch</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="111"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="115"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="117"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="123"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="125"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="138"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="144"/>
        <source>due now</source>
        <translation>现在到期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="140"/>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="141"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="145"/>
        <source>overdue by %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="149"/>
        <source>#%1</source>
        <translation>第 %1 次</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="186"/>
        <source>Nothing due.</source>
        <translation>没有待办事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="189"/>
        <source>%1 to do: %2</source>
        <translation>待办 %1 项：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="289"/>
        <source>Answer by %1</source>
        <translation>请在 %1 前回复</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="453"/>
        <source>… and %1 more (leadbook today without --limit lists them all)</source>
        <translation>… 还有 %1 项（运行 leadbook today 时不加 --limit 可全部列出）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="259"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="262"/>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="421"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="350"/>
        <source>Said no: %1</source>
        <translation>曾拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="430"/>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="432"/>
        <source>Agenda for %1</source>
        <translation>%1 的日程</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="305"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="439"/>
        <source>last touch %1</source>
        <translation>最近联系 %1</translation>
    </message>
</context>
<context>
    <name>AgendaText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="159"/>
        <source>%n try/tries without an answer</source>
        <translation>
            <numerusform>连续 %n 次未获回应</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="163"/>
        <source>%n active lead(s) has/have no next step</source>
        <translation>
            <numerusform>有 %n 个跟进中的客户还没有下一步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="169"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="171"/>
        <source>%n today</source>
        <translation>
            <numerusform>今天 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="173"/>
        <source>%n first response(s)</source>
        <translation>
            <numerusform>首次响应 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="175"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>回访 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="176"/>
        <source>%n to decide</source>
        <translation>
            <numerusform>待决定 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="114"/>
        <source>Something went wrong</source>
        <extracomment>How often the open window asks whether the start-up check has its verdict. What the start leaves until Today&apos;s first paint (``_settle_start``) runs after this long at the latest.</extracomment>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="115"/>
        <source>Leadbook hit an unexpected problem. Your saved work is safe.
Details were written to %1</source>
        <translation>Leadbook 遇到了意外问题。已保存的内容不受影响。
详细信息已写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="261"/>
        <location filename="../../desktop/leadbook/app.py" line="580"/>
        <source>Cannot open the lead book</source>
        <extracomment>The check the open window waits for: the start-up check, or the full check after damage. Damage a read met before that check&apos;s verdict (``report_unexpected``), for the verdict to settle. The book a full check found sound: damage SQLite reports on it again is a bug&apos;s to report (a full-text index only its own check could see on a read-only book, say), not a new check.</extracomment>
        <translation>无法打开客户库</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="169"/>
        <source>Checking the lead book</source>
        <translation>正在检查客户库</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="171"/>
        <source>SQLite reported damage while reading the lead book. Leadbook is checking all of it; nothing is written until the check is done.</source>
        <translation>SQLite 在读取客户库时报告了损坏。Leadbook 正在全面检查客户库；检查完成前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="444"/>
        <source>The lead book is damaged</source>
        <translation>客户库已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="448"/>
        <source>SQLite found damage in %1. No verified copy of it could be made (%2), so it was left where it is — nothing was moved or deleted. Make room beside it (or make its folder writable) and start Leadbook again, or open another file.</source>
        <translation>SQLite 发现 %1 已损坏。无法为它制作经过验证的副本（%2），因此它仍留在原处—没有移动或删除任何内容。请在它旁边腾出空间（或让它所在的文件夹可写），然后重新启动 Leadbook，或打开其他文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="459"/>
        <source>SQLite found damage in %1. It has been moved aside to %2 — nothing was deleted.</source>
        <translation>SQLite 发现 %1 已损坏。该文件已移至 %2，没有删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="471"/>
        <source>The newest good backup is from %1 (%2 leads).</source>
        <translation>最新的完好备份创建于 %1（%2 个客户）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="475"/>
        <source>Restore that backup</source>
        <translation>恢复该备份</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="478"/>
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="490"/>
        <source>Open a lead book</source>
        <translation>打开客户库</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="511"/>
        <location filename="../../desktop/leadbook/app.py" line="524"/>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="595"/>
        <source>Leadbook is already open</source>
        <translation>Leadbook 已在运行</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="596"/>
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
        <location filename="../../desktop/leadbook/cli.py" line="99"/>
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
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="62"/>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="73"/>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="91"/>
        <source>Cadences</source>
        <translation>跟进序列</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="76"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="77"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="78"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="79"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="84"/>
        <source>Make an editable copy of this cadence</source>
        <translation>复制此序列，得到一份可编辑的副本</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="85"/>
        <source>Type the new name, then Save</source>
        <translation>输入新名称，然后保存</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="97"/>
        <source>e.g. After a trade fair</source>
        <translation>例如：展会之后</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="101"/>
        <source>Built-in cadences come with Leadbook and cannot be changed. Duplicate one to make your own.</source>
        <translation>内置序列随 Leadbook 提供，不能修改。复制一份即可改成你自己的序列。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="111"/>
        <source>Day</source>
        <translation>第几天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="111"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="111"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="111"/>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="123"/>
        <source>&amp;Add step</source>
        <translation>添加步骤(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="125"/>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="126"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="142"/>
        <source>the day it starts</source>
        <translation>开始当天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="124"/>
        <source>Rem&amp;ove step</source>
        <translation>删除步骤(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="109"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="145"/>
        <source>Day %1</source>
        <comment>a cadence step&apos;s day (spin box)</comment>
        <extracomment>The spin box shows the number where %1 stands; the words around it stay put while the number changes (Chinese: &quot;第 %1 天&quot;).</extracomment>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="150"/>
        <source>Channel of the step</source>
        <translation>该步骤的方式</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="153"/>
        <source>Objective of the step</source>
        <translation>该步骤的目标</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="160"/>
        <source>What to say or write at this step. Bring something of value: an idea, a figure, an answer.</source>
        <translation>这一步要说什么、写什么。每次都带来一点价值：一个想法、一个数据或一个答案。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="177"/>
        <source>S&amp;tep</source>
        <translation>步骤(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="178"/>
        <source>M&amp;essage</source>
        <translation>内容(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="181"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="184"/>
        <source>Save this cadence (Ctrl+S)</source>
        <translation>保存此序列（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="187"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="196"/>
        <source>Na&amp;me</source>
        <translation>名称(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="267"/>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="269"/>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="269"/>
        <source>New cadence</source>
        <translation>新序列</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="274"/>
        <source>Comes with Leadbook; read-only</source>
        <translation>Leadbook 内置，只读</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="358"/>
        <source>This message has phrases to avoid</source>
        <translation>内容中有应避免的说法</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="421"/>
        <source>no steps yet</source>
        <translation>尚无步骤</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="423"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="425"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="426"/>
        <source>%1 over %2</source>
        <translation>%2内共 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="473"/>
        <source>A cadence needs a name.</source>
        <translation>请为序列命名。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="477"/>
        <source>There is already a cadence called “%1”.</source>
        <translation>已有名为“%1”的序列。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="479"/>
        <source>A cadence needs at least one step: use Add step.</source>
        <translation>序列至少需要一个步骤：请点“添加步骤”。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="481"/>
        <source>Days count from the day the cadence starts: use 0 or more.</source>
        <translation>天数从序列开始当天算起：请填 0 或更大的数。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="500"/>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="560"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="517"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="518"/>
        <source>Save the changes to this cadence?</source>
        <translation>是否保存对此序列的更改？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="550"/>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="582"/>
        <source>Delete cadence</source>
        <translation>删除序列</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="583"/>
        <source>Delete the cadence “%1”? Follow-ups it already planned stay in place.</source>
        <translation>删除序列“%1”？它已安排的跟进会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="595"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>Cadences</name>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="60"/>
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
        <location filename="../../desktop/leadbook/core/cadences.py" line="81"/>
        <source>After first meeting</source>
        <translation>首次会面后</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="84"/>
        <source>Call: answer what is still open from the meeting.</source>
        <translation>电话：解答会面时还没解决的问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="86"/>
        <source>Send something of value: a short article, a figure or an idea for their situation.</source>
        <translation>发送有价值的内容：一篇短文、一个数据，或针对对方情况的一个建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="87"/>
        <source>Call: propose the next meeting or a site visit.</source>
        <translation>电话：约下一次会面或实地考察。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="88"/>
        <source>Check in: what has changed since we spoke?</source>
        <translation>了解近况：上次沟通之后，情况有什么变化？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="94"/>
        <source>Post-sale</source>
        <translation>售后跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="96"/>
        <source>Handwritten thank-you card for the order.</source>
        <translation>为这笔订单寄一张手写感谢卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="97"/>
        <source>Call after delivery: is everything as they expected?</source>
        <translation>交付后致电：一切是否符合预期？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="98"/>
        <source>Handwritten thank-you card after delivery.</source>
        <translation>交付后再寄一张手写感谢卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="99"/>
        <source>Check in: how is it working out? Anyone else who could use it?</source>
        <translation>了解近况：用得怎么样？身边还有谁用得上？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="105"/>
        <source>New web inquiry</source>
        <translation>新网站咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="107"/>
        <source>Answer the question they asked; say when you will call.</source>
        <translation>回答对方提出的问题，并告知何时打电话。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="108"/>
        <source>Call: understand the need, offer a meeting.</source>
        <translation>电话：了解需求，提议见面。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="109"/>
        <source>Send an example or a reference that fits their need.</source>
        <translation>发送一个贴合对方需求的案例或参考客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="110"/>
        <source>Call: book the meeting.</source>
        <translation>电话：敲定会面时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="111"/>
        <source>Check in with something new to offer.</source>
        <translation>带上新的内容或方案，了解对方近况。</translation>
    </message>
</context>
<context>
    <name>CalendarSync</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="223"/>
        <source>Syncing the calendar…</source>
        <extracomment>A fault only the user can mend (a wrong password, a read-only or gone calendar, an untrusted certificate): no sync by itself until they act (Settings, Sync now), so that a server counting failed logins is not asked again and again with the wrong password.</extracomment>
        <translation>正在同步日历…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="260"/>
        <source>Calendar sync waits for your password.</source>
        <translation>日历同步正在等待你的密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="256"/>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="266"/>
        <source>Calendar sync stopped; details are in the log.</source>
        <translation>日历同步已停止；详细信息见日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="315"/>
        <source>Done on your phone</source>
        <translation>已在手机上完成</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="318"/>
        <source>&amp;Log it…</source>
        <translation>记录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="319"/>
        <source>&amp;Not now</source>
        <translation>以后再说(&amp;N)</translation>
    </message>
</context>
<context>
    <name>CalendarSyncPage</name>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="53"/>
        <source>Keep your planned follow-ups in a calendar on your own server (Nextcloud, iCloud, Fastmail, Radicale, …), so your phone reminds you, and bring back what you move, delete or mark done there. Leadbook talks only to this server, and only while sync is on.</source>
        <translation>把你计划的跟进放进你自己服务器上的日历（Nextcloud、iCloud、Fastmail、Radicale……），让手机提醒你，并把你在那里移动、删除或标记为完成的内容带回来。Leadbook 只与这台服务器通信，而且只在同步开启时通信。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="63"/>
        <source>https://cloud.example.com, or you@example.com</source>
        <translation>https://cloud.example.com 或 you@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="69"/>
        <source>an app password, where your provider has them</source>
        <translation>应用专用密码（如果服务商提供）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="75"/>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="76"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="77"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="78"/>
        <source>Ca&amp;lendar:</source>
        <translation>日历(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="79"/>
        <source>Put the follow-ups in as t&amp;asks (to-dos) instead of events</source>
        <translation>将跟进作为任务（待办事项）而非事件放入日历(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="84"/>
        <source>The password is kept in your system&apos;s keyring, never in the book.</source>
        <translation>密码保存在系统的密钥环中，绝不保存在客户库里。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="86"/>
        <source>This computer has no keyring: Leadbook asks for the password once per session and keeps it only in memory.</source>
        <translation>这台电脑没有密钥环：Leadbook 每次会话询问一次密码，并且只把它保存在内存中。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="90"/>
        <source>Co&amp;nnect</source>
        <translation>连接(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="93"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="96"/>
        <source>Turn &amp;off…</source>
        <translation>关闭(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="119"/>
        <source>Calendar sync is off.</source>
        <translation>日历同步已关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="122"/>
        <source>Syncing with the calendar “%1” at %2 as %3.</source>
        <translation>正在以 %3 的身份与 %2 上的日历“%1”同步。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="152"/>
        <source>Your follow-ups go to “%1” as tasks now.</source>
        <translation>您的跟进现在以任务的形式发送到“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="153"/>
        <source>Your follow-ups go to “%1” as events now.</source>
        <translation>您的跟进现在以事件的形式发送到“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="173"/>
        <source>Give the server, your user name and the password.</source>
        <translation>请填写服务器、用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="186"/>
        <source>Looking for your calendars…</source>
        <translation>正在查找你的日历…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="145"/>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="204"/>
        <source>Leadbook could not keep the account on this computer: %1</source>
        <translation>Leadbook 无法在这台电脑上保存该账户：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="216"/>
        <source>Connected to “%1”. Your follow-ups are on their way.</source>
        <translation>已连接到“%1”。你的跟进正在同步过去。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="218"/>
        <source>This computer has no keyring, so the password is kept only until Leadbook closes.</source>
        <translation>这台电脑没有密钥环，因此密码只保留到 Leadbook 关闭为止。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="232"/>
        <source>Leadbook could not connect; details are in the log.</source>
        <translation>Leadbook 无法连接；详细信息见日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="249"/>
        <source>Trust this server?</source>
        <translation>信任此服务器？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="250"/>
        <source>The server&apos;s certificate is signed by no authority this computer knows. Trust it only if its SHA-256 fingerprint is the one your server shows:

%1</source>
        <translation>该服务器的证书并非由这台电脑认识的任何机构签发。只有当它的 SHA-256 指纹与你的服务器显示的一致时，才信任它：

%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="255"/>
        <source>&amp;Trust it</source>
        <translation>信任(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="260"/>
        <source>Not connected: the certificate was not trusted.</source>
        <translation>未连接：证书未被信任。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="273"/>
        <source>Turn calendar sync off</source>
        <translation>关闭日历同步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="274"/>
        <source>Leadbook stops syncing with “%1”. Leave its events in the calendar, or take them off?</source>
        <translation>Leadbook 将停止与“%1”同步。要把它的事件留在日历中，还是移除？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="281"/>
        <source>&amp;Leave them</source>
        <translation>保留(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="282"/>
        <source>&amp;Take them off</source>
        <translation>移除(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="309"/>
        <source>Turning calendar sync off…</source>
        <translation>正在关闭日历同步…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="322"/>
        <source>Calendar sync is off; %n event(s) taken off the calendar.</source>
        <translation>
            <numerusform>日历同步已关闭；已从日历中移除 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="323"/>
        <source>Calendar sync is off; the calendar&apos;s events stay.</source>
        <translation>日历同步已关闭；日历中的事件保留不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="330"/>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="335"/>
        <source>Calendar sync stays on; details are in the log.</source>
        <translation>日历同步仍然开启；详细信息见日志。</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="340"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="306"/>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="601"/>
        <source>+%1 more</source>
        <translation>还有 %1 项</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="99"/>
        <source>%1 planned · capacity %2</source>
        <translation>已安排 %1 项 · 每日上限 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="371"/>
        <source>Revisits  %1</source>
        <translation>回访  %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="617"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="848"/>
        <source>MMMM yyyy</source>
        <comment>the month view&apos;s title</comment>
        <extracomment>A QDate format: MMMM = month name, M = month number, yyyy = year; put other Latin letters in single quotes. Chinese: &quot;yyyy年M月&quot;.</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="852"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="860"/>
        <source>Previous (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="861"/>
        <source>Next (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="862"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="863"/>
        <source>Go to today (T)</source>
        <translation>转到今天（T）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="868"/>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="868"/>
        <source>Month view</source>
        <translation>月视图</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="869"/>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="869"/>
        <source>Week view</source>
        <translation>周视图</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="873"/>
        <source>E&amp;ven out…</source>
        <translation>均衡安排(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="874"/>
        <source>Move the least urgent follow-ups of an overloaded day to the next working days with room</source>
        <translation>把超负荷当天最不紧急的跟进移到之后还有空位的工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="933"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="934"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="935"/>
        <source>Days of the month</source>
        <translation>本月各天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="936"/>
        <source>Days of the week</source>
        <translation>本周各天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="937"/>
        <source>Follow-ups of the chosen day</source>
        <translation>所选日期的跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="974"/>
        <source>Week %1 · %2 – %3</source>
        <translation>第 %1 周 · %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="987"/>
        <source>%n follow-up(s) planned</source>
        <translation>
            <numerusform>已安排 %n 项跟进</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="989"/>
        <source>over the day&apos;s capacity of %1</source>
        <translation>超出每日上限 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="991"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="662"/>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="996"/>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1112"/>
        <source>Move to a past day?</source>
        <translation>移到已经过去的日期？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1112"/>
        <source>Move to a past day? It will be overdue at once.</source>
        <translation>移到已经过去的日期？该跟进会立即变为逾期。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1114"/>
        <source>Move to a time that has passed?</source>
        <translation>移到已经过去的时间？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1115"/>
        <source>Move to a time that has passed? It will be overdue at once.</source>
        <translation>移到已经过去的时间？该跟进会立即变为逾期。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1120"/>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1134"/>
        <source>Moved the follow-up to %1.</source>
        <translation>已将跟进移至 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1142"/>
        <source>Moved %n follow-up(s).</source>
        <translation>
            <numerusform>已移动 %n 项跟进。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="105"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="107"/>
        <source>Today&apos;s calls and meetings</source>
        <translation>今日电话与会面</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="111"/>
        <source>First responses due</source>
        <translation>待首次响应</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="116"/>
        <source>Revisits due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="222"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="228"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="383"/>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="225"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="226"/>
        <source>by %1</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="245"/>
        <source>Decides</source>
        <translation>决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="246"/>
        <source>%1 · decides</source>
        <translation>%1 · 决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="248"/>
        <source>%1 · does not decide</source>
        <translation>%1 · 非决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="250"/>
        <source>Does not decide</source>
        <translation>非决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="255"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="256"/>
        <source>%1; decision-maker: %2</source>
        <translation>%1；决策人：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="263"/>
        <source>, </source>
        <comment>between the parts of an address</comment>
        <extracomment>Between the parts of an address on one line (street, city, country): Chinese &quot;，&quot;.</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="278"/>
        <source>also %1</source>
        <translation>备用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="291"/>
        <source>No touch yet</source>
        <translation>尚未联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="311"/>
        <source>%1 · %2</source>
        <comment>channel · goal</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="324"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="326"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · 第 %2 次</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="335"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="434"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="336"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="337"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="396"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="436"/>
        <source>Last touch</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="338"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="397"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="437"/>
        <source>Rapport</source>
        <translation>关系备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="339"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="398"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="438"/>
        <source>Best time</source>
        <translation>最佳时间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="390"/>
        <source>Ask</source>
        <translation>要问</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="392"/>
        <source>Said no</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="393"/>
        <source>Said by</source>
        <translation>拒绝人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="395"/>
        <source>Last note</source>
        <translation>最近备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="399"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="412"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="420"/>
        <source>Revisit · %1</source>
        <translation>回访 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="413"/>
        <source>Find out whether now is the time</source>
        <translation>了解现在是不是合适的时机</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="432"/>
        <source>Nurture, no, or keep going?</source>
        <translation>转入培育、标记拒绝，还是继续跟进？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="435"/>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="511"/>
        <source>Ask: %1</source>
        <extracomment>Before the questions a revisit asks, on one line under its section&apos;s title.</extracomment>
        <translation>要问：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="525"/>
        <source>No calls, meetings, e-mails or first responses are due on this day. A good day to plan the next step of a lead that has none.</source>
        <translation>这一天没有到期的电话、会面、邮件或首次响应。正好为还没有下一步的客户安排下一步。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="531"/>
        <source>No calls, meetings or first responses are due on this day.</source>
        <translation>这一天没有到期的电话、会面或首次响应。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="536"/>
        <source>Call sheet</source>
        <translation>通话清单</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="542"/>
        <source>Nothing due — a clear day</source>
        <translation>没有待办——这一天很清闲</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="544"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="545"/>
        <source>No phone number</source>
        <translation>无电话号码</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="546"/>
        <source>Call sheet · %1</source>
        <translation>通话清单 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="547"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="548"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
</context>
<context>
    <name>CallSheetDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="64"/>
        <source>Export call sheet as PDF</source>
        <translation>将通话清单导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="66"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="73"/>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="97"/>
        <source>Print call sheet</source>
        <translation>打印通话清单</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="100"/>
        <source>Call sheet</source>
        <translation>通话清单</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="119"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="121"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="124"/>
        <source>Include &amp;e-mails and letters</source>
        <translation>包括邮件和信件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="130"/>
        <source>Compact: one row each</source>
        <translation>紧凑：每项一行</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="131"/>
        <source>Detailed: room for notes</source>
        <translation>详细：留出写备注的空间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="133"/>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="150"/>
        <source>Preview of the call sheet</source>
        <translation>通话清单预览</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="164"/>
        <source>E&amp;xport PDF…</source>
        <translation>导出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="165"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="238"/>
        <source>Some characters will print as boxes</source>
        <translation>部分字符将打印为方框</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="256"/>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="310"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="263"/>
        <source>Print anyway</source>
        <translation>仍然打印</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="277"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="278"/>
        <source>The printer could not be used. Check that it is on and try again.</source>
        <translation>无法使用打印机。请确认打印机已开启，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="284"/>
        <source>Call sheet %1.pdf</source>
        <translation>通话清单 %1.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="289"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="302"/>
        <source>The PDF was not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="303"/>
        <source>Leadbook could not write %1: %2
Choose another folder or file name.</source>
        <translation>Leadbook 无法写入 %1：%2
请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="309"/>
        <source>Saved %1 (%2).</source>
        <translation>已保存 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>CallSheetText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="523"/>
        <source>%n e-mail(s) or letter(s) left out</source>
        <translation>
            <numerusform>未列入 %n 封邮件或信件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="84"/>
        <source>FILE</source>
        <extracomment>Options that open the app; a command line of only these needs no parser for the terminal verbs. The name of a file the user gives, in capitals as command-line help writes placeholders.</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="85"/>
        <source>another day than today (in your time zone)</source>
        <translation>今天以外的另一天（按你所在的时区）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="89"/>
        <source>use this lead book instead of your own</source>
        <translation>使用此客户库，而不是你自己的</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="93"/>
        <source>Leadbook: an offline lead book that makes you follow up. Without a command it opens the app on your own lead book.</source>
        <translation>Leadbook：一个离线客户库，督促你按时跟进。不带命令时，它会打开应用并载入你自己的客户库。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="100"/>
        <source>open a freshly made demo book (never your own)</source>
        <translation>打开一个新建的演示客户库（绝不是你自己的）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="102"/>
        <source>start quietly in the tray (how Leadbook starts at login)</source>
        <translation>在托盘中静默启动（Leadbook 登录时就是这样启动的）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="104"/>
        <source>check this Leadbook can run here: write a demo book&apos;s call sheet to a PDF, say where</source>
        <translation>检查 Leadbook 能否在此运行：将演示客户库的通话清单写入 PDF，并告知位置</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="109"/>
        <source>Linux: add Leadbook to your applications menu (for you only, no root needed)</source>
        <translation>Linux：将 Leadbook 添加到你的应用程序菜单（仅限你本人，无需 root）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="114"/>
        <source>Linux: remove Leadbook from your applications menu</source>
        <translation>Linux：从你的应用程序菜单中移除 Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="120"/>
        <source>COMMAND</source>
        <extracomment>The placeholder for the command word in &quot;leadbook [options] COMMAND&quot;, in capitals.</extracomment>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="121"/>
        <source>write a demo lead book to %1</source>
        <translation>将演示客户库写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="126"/>
        <source>print the agenda: overdue, today, first responses, decide, tomorrow</source>
        <translation>打印日程：已逾期、今天、首次响应、待决定、明天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="133"/>
        <source>list at most N rows per section and count the rest (default: every row)</source>
        <translation>每个分区最多列出 N 行，其余只计数（默认：全部列出）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="136"/>
        <source>write the printable call sheet of a day to a PDF file</source>
        <translation>将某一天的可打印通话清单写入 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="139"/>
        <source>leave out e-mails and letters</source>
        <translation>不包括邮件和信件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="144"/>
        <source>the PDF file to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="146"/>
        <source>print due and upcoming revisits of the no&apos;s</source>
        <translation>打印已到期和即将到来的拒绝回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="148"/>
        <source>print your follow-up figures beside the research (the Progress page)</source>
        <translation>打印你的跟进数据，并与研究数据对照（即“进展”页）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="150"/>
        <source>count from this day (default: the last 365 days)</source>
        <translation>从这一天开始统计（默认：最近 365 天）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="151"/>
        <source>make a verified backup of the book now</source>
        <translation>立即为客户库做一次经过验证的备份</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="152"/>
        <source>run SQLite&apos;s full integrity check on the book</source>
        <translation>对客户库运行 SQLite 的完整性全面检查</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="160"/>
        <source>sync the follow-ups with your calendar server once and say what went each way</source>
        <translation>将跟进与你的日历服务器同步一次，并说明双向各传了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="163"/>
        <source>turn sync on with this server (a URL, a host name or an e-mail address); the password is read from the input or LEADBOOK_SYNC_PASSWORD into the keyring</source>
        <translation>开启与此服务器的同步（URL、主机名或电子邮件地址）；密码从输入或 LEADBOOK_SYNC_PASSWORD 读取，并存入密钥环</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="165"/>
        <location filename="../../desktop/leadbook/cli.py" line="166"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="165"/>
        <source>your user name on the server</source>
        <translation>你在服务器上的用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="167"/>
        <source>the calendar to use, made when there is none (default: Leadbook)</source>
        <translation>要使用的日历，不存在时会新建（默认：Leadbook）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="169"/>
        <source>with --setup: put the follow-ups in as tasks (to-dos) instead of events</source>
        <translation>与 --setup 一起使用：将跟进作为任务（待办事项）而非事件放入日历</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="170"/>
        <source>FINGERPRINT</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="171"/>
        <source>trust the server&apos;s self-signed certificate with this SHA-256 fingerprint</source>
        <translation>信任具有此 SHA-256 指纹的服务器自签名证书</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="172"/>
        <source>turn sync off (the calendar&apos;s events stay)</source>
        <translation>关闭同步（日历中的事件保留）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="174"/>
        <source>with --off: take Leadbook&apos;s events off the calendar first</source>
        <translation>与 --off 一起使用：先从日历中移除 Leadbook 的事件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="184"/>
        <source>%1 is not a date; write it as YYYY-MM-DD, like 2026-11-23</source>
        <translation>%1 不是日期；请写成 YYYY-MM-DD（年-月-日），例如 2026-11-23</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="189"/>
        <source>%1 is outside the dates Leadbook works with, %2 to %3</source>
        <translation>%1 超出了 Leadbook 支持的日期范围（%2 至 %3）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="201"/>
        <source>%1 is not a whole number of 1 or more</source>
        <translation>%1 不是大于或等于 1 的整数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="267"/>
        <source>leadbook: %1 already exists; choose a new file name</source>
        <translation>leadbook：%1 已存在，请换一个文件名</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="270"/>
        <source>leadbook: the demo book could not be written to %1 (%2); nothing was left behind</source>
        <translation>leadbook：无法将演示客户库写入 %1（%2）；没有留下任何文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="275"/>
        <source>Wrote a demo lead book with %n lead(s) to %1</source>
        <translation>
            <numerusform>已将包含 %n 个客户的演示客户库写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="319"/>
        <source>leadbook: cannot write %1: %2</source>
        <translation>leadbook：无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="326"/>
        <source>Wrote the call sheet for %1 (%2, %3) to %4</source>
        <translation>已将 %1 的通话清单（%2，%3）写入 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="327"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="327"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="343"/>
        <source>leadbook: the backup failed and does not count: %1</source>
        <translation>leadbook：备份失败，本次备份无效：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="350"/>
        <source>leadbook: SQLite found damage in %1 (%2), so no backup was made. Open it in Leadbook, which sets it aside and offers the newest good backup.</source>
        <translation>leadbook：SQLite 在 %1 中发现损坏（%2），因此没有创建备份。请在 Leadbook 中打开它：Leadbook 会把它移到一旁，并提供最新的完好备份。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="358"/>
        <source>Backed up %n lead(s) to %1 (verified)</source>
        <translation>
            <numerusform>已将 %n 个客户备份到 %1（已验证）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="368"/>
        <source>leadbook: %1 does not exist</source>
        <translation>leadbook：%1 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="373"/>
        <location filename="../../desktop/leadbook/cli.py" line="390"/>
        <source>leadbook: cannot check %1: %2</source>
        <translation>leadbook：无法检查 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="377"/>
        <source>%1: DAMAGED</source>
        <translation>%1：已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="380"/>
        <source>Leadbook will set it aside and offer your newest good backup when it opens it.</source>
        <translation>Leadbook 打开它时会把它移到一旁，并提供你最新的完好备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="383"/>
        <source>%1: ok (full integrity check passed); read-only: Leadbook opens it without changing it</source>
        <translation>%1：正常（完整性检查全部通过）；只读：Leadbook 会打开它，但不会做任何改动</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="386"/>
        <source>%1: ok (full integrity check passed)</source>
        <translation>%1：正常（完整性检查全部通过）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="394"/>
        <source>The number of leads or of first responses that Leadbook keeps for speed was off; it is set right now.</source>
        <translation>Leadbook 为提速而记录的客户数或首次响应数有误，现已更正。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="408"/>
        <source>leadbook: the desktop entry is for Linux menus; on Windows and macOS the packaged app is added by dragging it to Applications or pinning it to Start</source>
        <translation>leadbook：桌面项仅用于 Linux 菜单；在 Windows 和 macOS 上，请将打包好的应用拖到“应用程序”或固定到“开始”菜单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="413"/>
        <source>Removed Leadbook from the applications menu (%n file(s))</source>
        <translation>
            <numerusform>已从应用程序菜单中移除 Leadbook（%n 个文件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="414"/>
        <source>Leadbook was not in the applications menu</source>
        <translation>Leadbook 不在应用程序菜单中</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="426"/>
        <source>leadbook: cannot add the menu entry: %1</source>
        <translation>leadbook：无法添加菜单项：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="428"/>
        <source>Added Leadbook to the applications menu: %1 (icons in %2)</source>
        <translation>已将 Leadbook 添加到应用程序菜单：%1（图标位于 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="480"/>
        <source>import leads from a CSV file (Google, Outlook, LinkedIn, any) or vCards</source>
        <translation>从 CSV 文件（Google、Outlook、LinkedIn 或任意来源）或 vCard 导入客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="486"/>
        <source>what %1 is (default: recognised from its content)</source>
        <translation>%1 是什么格式（默认：根据内容识别）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="488"/>
        <source>show what would happen; change nothing</source>
        <translation>只显示将会发生什么，不做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="493"/>
        <source>what to do with contacts the book already has (default: merge)</source>
        <translation>客户库中已有的联系人如何处理（默认：merge，即合并）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="495"/>
        <source>import nothing if any row has an error</source>
        <translation>只要有一行出错就什么都不导入</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="500"/>
        <source>export leads (csv, vcf) or follow-ups (ics)</source>
        <translation>导出客户（csv、vcf）或跟进（ics）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="506"/>
        <source>csv or vcf: leads; ics: planned follow-ups with reminders</source>
        <translation>csv 或 vcf：客户；ics：带提醒的计划跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="509"/>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="514"/>
        <source>only leads matching this search (csv, vcf)</source>
        <translation>仅导出与此搜索匹配的客户（csv、vcf）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="515"/>
        <source>only leads with this tag (csv, vcf)</source>
        <translation>仅导出带有此标签的客户（csv、vcf）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="516"/>
        <source>only leads in this stage, like qualified (csv, vcf)</source>
        <translation>仅导出处于此阶段的客户，例如 qualified（csv、vcf）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="538"/>
        <source>leadbook: %1 is not a two-letter country code, like SE or US</source>
        <translation>leadbook：%1 不是两个字母的国家代码，例如 CN 或 US</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="544"/>
        <location filename="../../desktop/leadbook/cli.py" line="556"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="546"/>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="546"/>
        <source>(none recognised)</source>
        <translation>（无可识别的列）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="555"/>
        <source>Columns not used: %1</source>
        <translation>未使用的列：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="564"/>
        <source>... and %n more row(s) with errors</source>
        <translation>
            <numerusform>... 另有 %n 行有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="570"/>
        <source>... and %n more row(s) with replaced characters</source>
        <translation>
            <numerusform>... 另有 %n 行有字符被替换</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="576"/>
        <source>... and %1 more rows with values kept in the notes</source>
        <translation>... 另有 %1 行的值保留在备注中</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="584"/>
        <source>Dry run, nothing imported</source>
        <translation>试运行，未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="586"/>
        <source>Nothing imported (--strict, rows with errors)</source>
        <translation>未导入任何内容（--strict，有出错的行）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="589"/>
        <source>%1: %2: %3 new, %4 (%5 with new details), %7, %6</source>
        <translation>%1：%2：%3 个新客户，%4（其中 %5 个有新信息），%7，%6</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="591"/>
        <source>%1: %2: %3 new, %4 (%5 with new details), %6</source>
        <translation>%1：%2：%3 个新客户，%4（其中 %5 个有新信息），%6</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="594"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n 个重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="595"/>
        <location filename="../../desktop/leadbook/cli.py" line="616"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n 行有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="596"/>
        <source>%n the same as a row above</source>
        <translation>
            <numerusform>%n 个与上方某行相同</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="609"/>
        <source>Imported %1: %2 added, %3 updated, %4 already there, %7, %5 skipped, %6</source>
        <translation>已导入 %1：新增 %2 个，更新 %3 个，%4 个已存在，%7，跳过 %5 个，%6</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="611"/>
        <source>Imported %1: %2 added, %3 updated, %4 already there, %5 skipped, %6</source>
        <translation>已导入 %1：新增 %2 个，更新 %3 个，%4 个已存在，跳过 %5 个，%6</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="613"/>
        <source>%n merged with a row above</source>
        <translation>
            <numerusform>%n 个与上方某行合并</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="617"/>
        <source>, possible duplicates to review: %1</source>
        <translation>，待检查的可能重复项 %1 个</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="634"/>
        <source>leadbook: %1 is not a stage; use one of %2</source>
        <translation>leadbook：%1 不是阶段；请使用以下之一：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="646"/>
        <source>Exported %n follow-up(s) to %1</source>
        <translation>
            <numerusform>已将 %n 项跟进导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="658"/>
        <source>leadbook: cannot write %1: %2; nothing was written</source>
        <translation>leadbook：无法写入 %1：%2；未写入任何内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="661"/>
        <source>Exported %n lead(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个客户导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayStrip</name>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="73"/>
        <source>Days of the period: slipped or not</source>
        <extracomment>Each kind of day in the strip: its share of the strip&apos;s height.</extracomment>
        <translation>该期间的每一天：是否有遗漏</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="81"/>
        <source>Slipped on: %1</source>
        <translation>有遗漏的日期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="128"/>
        <source>nothing slipped</source>
        <translation>无遗漏</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="128"/>
        <source>something slipped</source>
        <translation>有遗漏</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="129"/>
        <source>nothing due</source>
        <translation>无待办</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="147"/>
        <source>%1: something slipped (click to list the leads)</source>
        <translation>%1：有遗漏（单击列出这些客户）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="148"/>
        <source>%1: nothing slipped</source>
        <translation>%1：无遗漏</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="148"/>
        <source>%1: nothing was due</source>
        <translation>%1：没有到期的跟进</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="104"/>
        <source>at a set &amp;time</source>
        <translation>指定时间(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="106"/>
        <source>Time</source>
        <translation>时间</translation>
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
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="55"/>
        <source>The two leads, field by field</source>
        <translation>两个客户的逐项对比</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="59"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="60"/>
        <source>&amp;Keep both</source>
        <translation>保留两者(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="61"/>
        <source>&amp;Not the same person</source>
        <translation>不是同一人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="62"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="79"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="79"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="79"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="80"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="80"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="81"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="81"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="82"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="82"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="83"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="83"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="83"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="84"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="84"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="102"/>
        <source>They share an e-mail address but have different names.</source>
        <translation>两者邮箱地址相同，但姓名不同。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="103"/>
        <source>They share a phone number but have different names.</source>
        <translation>两者电话号码相同，但姓名不同。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="104"/>
        <source>They have the same name and company but other e-mails or phones.</source>
        <translation>两者姓名和公司相同，但邮箱或电话不同。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="118"/>
        <source>No possible duplicates left to review.</source>
        <translation>没有待检查的可能重复项了。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="123"/>
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
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="87"/>
        <source>Export leads</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="88"/>
        <source>The lead list is filtered. Export only the leads it shows, or all of them?</source>
        <translation>客户列表已筛选。只导出当前显示的客户，还是全部导出？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="89"/>
        <source>Only the %n lead(s) shown</source>
        <translation>
            <numerusform>只导出显示的 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="91"/>
        <source>All %n lead(s)</source>
        <translation>
            <numerusform>全部 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="118"/>
        <source>%1 could not be written: %2. Nothing was written; choose another folder or file name.</source>
        <translation>无法写入 %1：%2。未写入任何内容；请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="120"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="159"/>
        <source>Export leads as CSV</source>
        <translation>将客户导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="159"/>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="162"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="161"/>
        <source>Export leads as CSV for another address book</source>
        <translation>将客户导出为用于其他通讯录的 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="164"/>
        <source>Export leads as vCard</source>
        <translation>将客户导出为 vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="165"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 文件 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="167"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="190"/>
        <source>%n do-not-contact lead(s) left out</source>
        <translation>
            <numerusform>已排除 %n 个“请勿联系”的客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="202"/>
        <source>Leadbook follow-ups</source>
        <translation>Leadbook 跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="210"/>
        <source>Export follow-ups as iCalendar</source>
        <translation>将跟进导出为 iCalendar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="211"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="229"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 项跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="229"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="230"/>
        <source>Exported %1 to %2.</source>
        <translation>已将 %1 导出到 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="232"/>
        <source>%1 (never in a marketing export).</source>
        <translation>%1（这类客户绝不会出现在营销导出中）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="239"/>
        <source>Leads as CSV for a spreadsheet</source>
        <translation>用于电子表格的客户 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="241"/>
        <source>Leads as CSV for another address book</source>
        <translation>用于其他通讯录的客户 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="243"/>
        <source>Leads as vCard</source>
        <translation>客户 vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="244"/>
        <source>Follow-ups as iCalendar</source>
        <translation>跟进 iCalendar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="249"/>
        <source>Column names that Google Contacts, Outlook and Thunderbird know; phone numbers as typed.</source>
        <translation>使用 Google 通讯录、Outlook 和 Thunderbird 能识别的列名；电话号码保持输入时的原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="251"/>
        <source>One lead a row, for Excel or LibreOffice; Leadbook imports it back without duplicates.</source>
        <translation>每行一个客户，适用于 Excel 或 LibreOffice；重新导入 Leadbook 时不会产生重复。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="253"/>
        <source>Contact cards for a phone or an address book.</source>
        <translation>联系人名片，可导入手机或通讯录。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="254"/>
        <source>Every planned follow-up with its reminder, for the calendar of a phone or of Outlook.</source>
        <translation>每个已安排的跟进及其提醒，可导入手机日历或 Outlook 日历。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="278"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="299"/>
        <source>The current &amp;filter&apos;s leads</source>
        <translation>当前筛选的客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="300"/>
        <source>&amp;All leads</source>
        <translation>全部客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="313"/>
        <source>E&amp;xport:</source>
        <translation>导出(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="318"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="351"/>
        <source>Exports every planned follow-up; leads are not exported.</source>
        <translation>导出所有已安排的跟进；不导出客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="353"/>
        <source>Exports the %n lead(s) of the current filter.</source>
        <translation>
            <numerusform>导出当前筛选中的 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="355"/>
        <source>Exports all %n lead(s), not only the current filter&apos;s.</source>
        <translation>
            <numerusform>导出全部 %n 个客户，而不只是当前筛选中的客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="357"/>
        <source>Exports all %n lead(s).</source>
        <translation>
            <numerusform>导出全部 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="360"/>
        <source>%1, as in every marketing export.</source>
        <translation>%1，所有营销导出都是如此。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="316"/>
        <source>Edit follow-up — %1</source>
        <translation>编辑跟进 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="316"/>
        <source>Plan follow-up — %1</source>
        <translation>安排跟进 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="338"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="346"/>
        <source>C&amp;hannel</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="348"/>
        <source>&amp;Objective</source>
        <translation>目标(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="355"/>
        <source>What you will say or write. Bring something of value each time: an idea, a figure, an answer.</source>
        <translation>你要说什么、写什么。每次都带来一点价值：一个想法、一个数据或一个答案。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="363"/>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="364"/>
        <source>Open in &amp;e-mail</source>
        <translation>用邮件打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="365"/>
        <source>C&amp;all</source>
        <translation>拨打(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="368"/>
        <source>Copy the message to the clipboard</source>
        <translation>将内容复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="371"/>
        <source>Write to %1 with this message</source>
        <translation>用此内容给 %1 写邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="373"/>
        <source>This lead has no e-mail address</source>
        <translation>此客户没有邮箱地址</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="377"/>
        <source>Call %1</source>
        <translation>拨打 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="377"/>
        <source>This lead has no phone number</source>
        <translation>此客户没有电话号码</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="395"/>
        <source>&amp;Message</source>
        <translation>内容(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="397"/>
        <source>&amp;Remind me</source>
        <translation>提醒我(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="401"/>
        <source>Minutes before</source>
        <translation>提前分钟数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="402"/>
        <source> min before</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="405"/>
        <source>at the start of the working day (%1)</source>
        <translation>在工作日开始时（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="417"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="270"/>
        <source>Too soon after an unanswered attempt: give them room. The gap ends on %1.</source>
        <translation>距上次未获回应的尝试太近了：给对方一点空间。间隔到 %1 结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="276"/>
        <source>%1 is not a working day: most people will not answer then.</source>
        <translation>%1 不是工作日：大多数人那天不会回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="282"/>
        <source>Mo&amp;ve to %1</source>
        <translation>移至 %1(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="490"/>
        <source>Nothing opened</source>
        <translation>未打开任何程序</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="491"/>
        <source>No program on this computer opens %1 links. Copy the message instead.</source>
        <translation>这台电脑上没有能打开 %1 链接的程序。请改为复制内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="520"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>FontNotice</name>
    <message>
        <location filename="../../desktop/leadbook/gui/font_notice.py" line="120"/>
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
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="176"/>
        <location filename="../../desktop/leadbook/gui/guarded.py" line="39"/>
        <location filename="../../desktop/leadbook/gui/guarded.py" line="45"/>
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="36"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="37"/>
        <source>Discard your changes?</source>
        <translation>放弃您的更改？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="38"/>
        <source>What you typed here has not been saved.</source>
        <translation>您在此处输入的内容尚未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="39"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="40"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>IcsMirror</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="86"/>
        <source>Leadbook could not remember this choice on this computer: %1</source>
        <translation>Leadbook 无法在本机记住此选择：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="142"/>
        <source>The calendar file in %1 could not be updated: %2</source>
        <translation>无法更新 %1 中的日历文件：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="170"/>
        <source>Keep a calendar file in this folder?</source>
        <translation>在此文件夹中保存日历文件？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="171"/>
        <source>This lead book asks to keep a calendar file of its follow-ups in %1.

Leadbook writes there only if you agree. Agree only if you chose this folder yourself; a book someone sent you may name any folder.</source>
        <translation>此客户库要求将其跟进的日历文件保存在 %1 中。

只有你同意，Leadbook 才会写入那里。请仅在这个文件夹是你自己选择的情况下同意；别人发给你的客户库可能指定任意文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="176"/>
        <source>Keep the calendar file there</source>
        <translation>在那里保存日历文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="178"/>
        <source>Not on this computer</source>
        <translation>不在这台电脑上保存</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="190"/>
        <source>Keep follow-ups in a calendar file in this folder</source>
        <translation>选择保存跟进日历文件的文件夹</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="33"/>
        <source>a spreadsheet or another zip archive</source>
        <translation>一个电子表格或其他 zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="34"/>
        <source>an old Excel or Word file</source>
        <translation>一个旧版 Excel 或 Word 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="35"/>
        <source>a PDF</source>
        <translation>一个 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="36"/>
        <source>a database</source>
        <translation>一个数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="37"/>
        <source>a picture</source>
        <translation>一张图片</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="38"/>
        <source>a compressed archive</source>
        <translation>一个压缩包</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="39"/>
        <source>a calendar (.ics)</source>
        <translation>一个日历文件（.ics）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="40"/>
        <source>a web page</source>
        <translation>一个网页</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="41"/>
        <source>a JSON file</source>
        <translation>一个 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="42"/>
        <source>a CSV file</source>
        <translation>一个 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="43"/>
        <source>a vCard file</source>
        <translation>一个 vCard 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="51"/>
        <source>%1 does not exist or is a folder. Choose a contacts file.</source>
        <translation>%1 不存在或是一个文件夹。请选择联系人文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="53"/>
        <source>%1 could not be read (%2). Check that the file is readable.</source>
        <translation>无法读取 %1（%2）。请检查该文件是否可读。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="55"/>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="57"/>
        <source>%1 is too big to be a contacts file. Split it into smaller files, or export fewer contacts.</source>
        <translation>%1 太大，不像是联系人文件。请拆分成几个较小的文件，或少导出一些联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="59"/>
        <source>%1 is not a text file. Leadbook imports CSV files and vCards (.vcf).</source>
        <translation>%1 不是文本文件。Leadbook 可导入 CSV 文件和 vCard（.vcf）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="61"/>
        <source>%1 ends in the middle of a contact (from line %2): it was probably cut short while copying or downloading. Export it again.</source>
        <translation>%1 在一个联系人的中间（从第 %2 行开始）中断了：可能是复制或下载时被截断。请重新导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="64"/>
        <source>%1 is %2, not the format that was asked for.</source>
        <translation>%1 是%2，不是所要求的格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="66"/>
        <source>%1 is %2, not a contacts file. Leadbook imports CSV files and vCards (.vcf); a spreadsheet can be saved as CSV.</source>
        <translation>%1 是%2，不是联系人文件。Leadbook 可导入 CSV 文件和 vCard（.vcf）；电子表格可以另存为 CSV。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="69"/>
        <source>%1 has no contacts in it.</source>
        <translation>%1 中没有联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="71"/>
        <source>No column of %1 gives a name, a company or an e-mail address, so no row could become a lead. Choose which column is what.</source>
        <translation>%1 中没有任何列表示姓名、公司或邮箱地址，所以没有一行能成为客户。请选择每一列的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="73"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="79"/>
        <source>no name, company or e-mail address</source>
        <translation>没有姓名、公司或邮箱地址</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="80"/>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1”不是邮箱地址</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="81"/>
        <source>“%1” is not a phone number</source>
        <translation>“%1”不是电话号码</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="82"/>
        <source>“%1” is not a web address</source>
        <translation>“%1”不是网址</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="83"/>
        <source>the value “%1” is not a number</source>
        <translation>值“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="84"/>
        <source>the value is negative</source>
        <translation>值为负数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="85"/>
        <source>“%1” is not a three-letter currency code</source>
        <translation>“%1”不是三个字母的货币代码</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="86"/>
        <source>“%1” is not a stage Leadbook knows</source>
        <translation>“%1”不是 Leadbook 认识的阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="87"/>
        <source>the row has more cells (%1) than the header</source>
        <translation>该行的单元格数（%1）多于表头</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="88"/>
        <source>the card could not be read (%1)</source>
        <translation>无法读取该名片（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="90"/>
        <source>a value is larger than %1; no field of a lead holds that much, so the row is left out</source>
        <translation>有一个值大于 %1；客户的任何字段都放不下这么多内容，因此该行未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="97"/>
        <source>an unreadable character was replaced with �; check the row after the import</source>
        <translation>一个无法读取的字符已替换为 �；请在导入后检查该行</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="106"/>
        <source>Not imported as an e-mail: %1</source>
        <translation>未作为邮箱导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="107"/>
        <source>Not imported as a phone: %1</source>
        <translation>未作为电话导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="108"/>
        <source>Not imported as a web address: %1</source>
        <translation>未作为网址导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="109"/>
        <location filename="../../desktop/leadbook/interop/messages.py" line="110"/>
        <source>Not imported as a value: %1</source>
        <translation>未作为金额导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="111"/>
        <source>Not imported as a currency: %1</source>
        <translation>未作为币种导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="112"/>
        <source>Not imported as a stage: %1</source>
        <translation>未作为阶段导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="118"/>
        <source>kept in the notes: %1</source>
        <translation>已保留在备注中：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="123"/>
        <source>; </source>
        <comment>between the problems of one row</comment>
        <extracomment>Between the problems of one row: Chinese &quot;；&quot;.</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="129"/>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="130"/>
        <source>same phone and name</source>
        <translation>电话和姓名相同</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="131"/>
        <source>same name and company</source>
        <translation>姓名和公司相同</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="139"/>
        <source>same e-mail, another name</source>
        <translation>邮箱相同，姓名不同</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="140"/>
        <source>same phone, another name</source>
        <translation>电话相同，姓名不同</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="141"/>
        <source>same name and company, other e-mail or phone</source>
        <translation>姓名和公司相同，邮箱或电话不同</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="150"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="154"/>
        <source>Merged with leads already known: %1</source>
        <translation>已与已有客户合并：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="161"/>
        <source>Possible duplicates, added as their own leads for review: %1</source>
        <translation>可能的重复项，已作为单独的客户添加，待检查：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="177"/>
        <source>Revisit: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="186"/>
        <source>They said no: %1</source>
        <translation>曾拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="188"/>
        <source>Said by %1</source>
        <translation>拒绝人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="206"/>
        <source>Goal: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="211"/>
        <source>Rapport: %1</source>
        <translation>关系备注：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="198"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="200"/>
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
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="377"/>
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
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="377"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="97"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="378"/>
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
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="460"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="679"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="345"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="362"/>
        <source>Columns of the file and their Leadbook fields</source>
        <translation>文件的列及对应的 Leadbook 字段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="364"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="364"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="364"/>
        <source>Leadbook field</source>
        <translation>Leadbook 字段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="369"/>
        <source>Choose a column for the name, the company or the e-mail address.</source>
        <translation>请为姓名、公司或邮箱地址选择一列。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="373"/>
        <source>The first leads as they would be imported</source>
        <translation>前几个客户的导入预览</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="377"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="377"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="378"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="384"/>
        <source>The first rows as they would be imported:</source>
        <translation>前几行导入后的样子：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="419"/>
        <source>Selected rows:</source>
        <translation>所选行：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="420"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="421"/>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="422"/>
        <source>&amp;Add as new</source>
        <translation>作为新客户添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="428"/>
        <source>All duplicates:</source>
        <translation>全部重复项：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="431"/>
        <source>Merge all</source>
        <translation>全部合并</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="431"/>
        <source>Skip all</source>
        <translation>全部跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="431"/>
        <source>Add all as new</source>
        <translation>全部作为新客户添加</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="436"/>
        <source>Merging fills in what the lead lacks and adds new e-mails, phones, tags and notes; it never overwrites what you wrote.</source>
        <translation>合并只补充客户缺少的信息，并添加新的邮箱、电话、标签和备注；绝不会覆盖你写过的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="460"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="515"/>
        <source>Leadbook hit an unexpected problem reading %1. Nothing was imported.</source>
        <translation>Leadbook 读取 %1 时遇到意外问题。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="526"/>
        <source>Leadbook does not know the program that wrote %1 (%2). Choose what each column holds; Leadbook remembers your choice for files with the same columns.</source>
        <translation>Leadbook 不认识生成 %1 的程序（%2）。请选择每一列的内容；对于列相同的文件，Leadbook 会记住你的选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="583"/>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复项…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="598"/>
        <source>%1: %2, %3, %4, %5.</source>
        <translation>%1：%2，%3，%4，%5。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="598"/>
        <source>%n the same as a row above</source>
        <translation>
            <numerusform>%n 个与上方某行相同</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="601"/>
        <source>%1: %2, %3, %4.</source>
        <translation>%1：%2，%3，%4。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="603"/>
        <source>%n new lead(s)</source>
        <translation>
            <numerusform>%n 个新客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="604"/>
        <source>%n already in the book</source>
        <translation>
            <numerusform>%n 个已在客户库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="599"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="601"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n 行有错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="608"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="610"/>
        <source>… and %n more row(s) like these</source>
        <translation>
            <numerusform>… 另有 %n 行情况相同</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="615"/>
        <source>A possible duplicate is imported as its own lead and listed under Edit ▸ Review possible duplicates.</source>
        <translation>可能的重复项会作为单独的客户导入，并列在“编辑 ▸ 检查可能的重复项”中。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="619"/>
        <source>Read as %1.</source>
        <translation>已按 %1 读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="621"/>
        <source>Columns not used: %1.</source>
        <translation>未使用的列：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="626"/>
        <source>You imported this same file on %1. Importing it again adds only what changed.</source>
        <translation>你在 %1 导入过同一个文件。再次导入只会添加有变化的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="632"/>
        <source>New leads</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="634"/>
        <source>Possible duplicates</source>
        <translation>可能的重复项</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="636"/>
        <source>Rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="642"/>
        <source>New (%1)</source>
        <translation>新客户（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="643"/>
        <source>Duplicates (%1)</source>
        <translation>重复（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="644"/>
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="646"/>
        <source>Kept in notes</source>
        <translation>保留在备注中</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="649"/>
        <source>Kept in notes (%1)</source>
        <translation>保留在备注中（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="679"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="681"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="720"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>导入已取消。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="722"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="725"/>
        <source>Leadbook hit an unexpected problem while importing. Nothing was imported.</source>
        <translation>Leadbook 导入时遇到意外问题。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="760"/>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="762"/>
        <source>Contacts (*.csv *.vcf *.vcard *.txt *.tsv);;All files (*)</source>
        <translation>联系人 (*.csv *.vcf *.vcard *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="797"/>
        <source>Undo last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="801"/>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="806"/>
        <source>Undo the import of %1 on %2? This removes the %3 and puts %4 back as they were before.</source>
        <translation>撤销 %2 导入的 %1？这将删除%3，并把%4恢复到导入前的样子。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="808"/>
        <source>%n lead(s) it added</source>
        <translation>
            <numerusform>它新增的 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="809"/>
        <source>%n lead(s) it merged into</source>
        <translation>
            <numerusform>它合并过的 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="813"/>
        <source>%n of them was/were changed since the import; that/those change(s) will be lost.</source>
        <translation>
            <numerusform>其中 %n 个客户在导入后有过修改，这些修改将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="821"/>
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
        <location filename="../../desktop/leadbook/present/i18n.py" line="65"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="90"/>
        <source>Edit lead</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="90"/>
        <source>New lead</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="124"/>
        <source>Contact</source>
        <translation>联系信息</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="126"/>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="127"/>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="128"/>
        <source>&amp;Role</source>
        <translation>职位(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="129"/>
        <source>This person makes the &amp;decision</source>
        <translation>此人是决策人(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="130"/>
        <source>Decision-maker</source>
        <translation>决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="131"/>
        <source>Their contact</source>
        <translation>决策人联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="132"/>
        <source>&amp;E-mails</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="133"/>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="134"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="146"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="140"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="147"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="154"/>
        <source>several: separate with commas</source>
        <translation>多个时用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="155"/>
        <source>+46 70 123 45 67, …</source>
        <translation>+86 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="156"/>
        <source>who decides, if not this person</source>
        <translation>若非此人，由谁决定</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="158"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="160"/>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="161"/>
        <source>S&amp;tage</source>
        <translation>阶段(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="167"/>
        <source>estimated</source>
        <translation>预估</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="169"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="177"/>
        <source>&amp;Value</source>
        <translation>金额(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="179"/>
        <source>Preferred c&amp;hannel</source>
        <translation>偏好方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="179"/>
        <source>No preference</source>
        <translation>无偏好</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="186"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="188"/>
        <source>Unit of the interval</source>
        <translation>间隔单位</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="192"/>
        <source>Pre&amp;ferred interval</source>
        <translation>偏好间隔(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="193"/>
        <source>&amp;Best time to reach</source>
        <translation>最佳联系时间(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="194"/>
        <source>e.g. Wed/Thu 13:00–16:00</source>
        <translation>如：周三、周四下午</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="195"/>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="196"/>
        <source>comma-separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="200"/>
        <source>D&amp;o not contact</source>
        <translation>请勿联系(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="204"/>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="214"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="207"/>
        <source>Personal things to remember: family, hobbies, their team…</source>
        <translation>值得记住的私人话题：家人、爱好、支持的球队…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="209"/>
        <source>What was said, what they need</source>
        <translation>聊了什么，对方需要什么</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="214"/>
        <source>Rapport notes</source>
        <translation>关系备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="301"/>
        <source>Created %1 · changed %2</source>
        <translation>创建于 %1 · 修改于 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="389"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="133"/>
        <source>Select a lead to see its history</source>
        <translation>选择一个客户以查看其跟进记录</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="172"/>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="183"/>
        <source>Rapport notes: personal things to remember on the call</source>
        <translation>关系备注：通话时值得记住的私人话题</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="184"/>
        <source>Remember</source>
        <translation>记住</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="202"/>
        <source>&amp;Keep going</source>
        <translation>继续跟进(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="203"/>
        <source>Start counting the attempts again</source>
        <translation>重新开始计算尝试次数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="205"/>
        <source>N&amp;urture</source>
        <translation>转入培育(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="206"/>
        <source>Move the lead to Nurture: stay in touch, less often</source>
        <translation>将客户转入培育：保持联系，但降低频率</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="229"/>
        <source>&amp;Plan follow-up…</source>
        <translation>安排跟进(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="231"/>
        <source>&amp;Log…</source>
        <translation>记录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="233"/>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="235"/>
        <source>Apply ca&amp;dence</source>
        <translation>应用序列(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="239"/>
        <source>Edi&amp;t lead…</source>
        <translation>编辑客户(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="255"/>
        <source>History (newest first)</source>
        <translation>跟进记录（最新在前）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="259"/>
        <source>History of this lead</source>
        <translation>此客户的历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="278"/>
        <source>The history is read a page at a time; this reads the next page</source>
        <translation>跟进记录每次读取一页；点此读取下一页</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="289"/>
        <source>What was said, what they need…  (Ctrl+Enter adds)</source>
        <translation>聊了什么，对方需要什么…（按 Ctrl+Enter 添加）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="291"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="294"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="383"/>
        <source>Decides</source>
        <translation>决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="386"/>
        <source>%1, %2</source>
        <comment>the decision-maker&apos;s name, then how to reach them</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="388"/>
        <source>Decision-maker: %1</source>
        <translation>决策人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="390"/>
        <source>Does not decide; who does is not known yet</source>
        <translation>非决策人；尚不清楚谁是决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="391"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="393"/>
        <source>%1 · Value: %2</source>
        <translation>%1 · 金额：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="399"/>
        <source>Best time to reach: %1</source>
        <translation>最佳联系时间：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="417"/>
        <source>Next: %1 · %2 · %3</source>
        <translation>下一步：%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="420"/>
        <source>Overdue — %1</source>
        <translation>已逾期 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="426"/>
        <source>No next step planned. An active lead always needs one: plan a follow-up or apply a cadence.</source>
        <translation>尚未安排下一步。跟进中的客户必须有下一步：请安排跟进或应用序列。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="431"/>
        <source>Log the follow-up planned for %1</source>
        <translation>记录安排在 %1 的跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="433"/>
        <source>Nothing is planned to log</source>
        <translation>没有已安排的跟进可记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="438"/>
        <source>%n attempt(s) in a row without an answer</source>
        <translation>
            <numerusform>连续 %n 次尝试未获回应</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="443"/>
        <source>Time to decide: %1 without an answer. Nurture the lead, mark it as a no to revisit later, or keep going.</source>
        <translation>该做决定了：%1 未获回应。可以将客户转入培育、标记为拒绝以便日后回访，或继续跟进。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="445"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 次尝试</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="451"/>
        <source>Last touch: none yet</source>
        <translation>最近联系：暂无</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="456"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="456"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="459"/>
        <source>Last touch: %1 (%2) · %3 · %4</source>
        <translation>最近联系：%1（%2）· %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="476"/>
        <source>Show older entries (%1 more)</source>
        <translation>显示更早的记录（还有 %1 条）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="107"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="113"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="115"/>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="117"/>
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="119"/>
        <source>Planned: %1</source>
        <translation>已安排：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="121"/>
        <source>%1 (first response)</source>
        <translation>%1（首次响应）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="125"/>
        <source>%1 — %2, step %3</source>
        <translation>%1 — %2，第 %3 步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="80"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="83"/>
        <source>Stage: %1 → %2</source>
        <translation>阶段：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="88"/>
        <source>Decided to keep going</source>
        <translation>决定继续跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="95"/>
        <source>Revisited: reopened</source>
        <translation>已回访：重新激活</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="96"/>
        <source>Revisited: still not now; ask again on %1</source>
        <translation>已回访：还不是时候；%1 再联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="98"/>
        <source>New contact person: %1</source>
        <translation>新联系人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="100"/>
        <source>Do not contact (permanent)</source>
        <translation>请勿联系（永久）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="102"/>
        <source>Lead created</source>
        <translation>已创建客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="141"/>
        <source>Said no: %1</source>
        <translation>曾拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="143"/>
        <source>Said by %1</source>
        <translation>拒绝人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="145"/>
        <source>Ask again on %1</source>
        <translation>%1 再联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="147"/>
        <source>Never: do not contact</source>
        <translation>永不：请勿联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="166"/>
        <source>Moved on your phone from %1 to %2</source>
        <translation>已在手机上从 %1 改到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="171"/>
        <source>Deleted on your phone: the follow-up of %1 was cancelled</source>
        <translation>已在手机上删除：%1 的跟进已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="176"/>
        <source>Changed here and on your phone: your phone&apos;s %1 was newer; Leadbook&apos;s %2 was set aside</source>
        <translation>在这里和手机上都有更改：手机上的 %1 较新；Leadbook 的 %2 已被搁置</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="182"/>
        <source>Changed here and on your phone: Leadbook&apos;s change was newer; your phone&apos;s %1 was set aside</source>
        <translation>在这里和手机上都有更改：Leadbook 的更改较新；手机上的 %1 已被搁置</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="184"/>
        <source>Calendar sync: %1</source>
        <translation>日历同步：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="582"/>
        <source>Plan its %n step(s) from today</source>
        <translation>
            <numerusform>从今天起安排其 %n 个步骤</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="91"/>
        <source>Name</source>
        <extracomment>Rows a search shows at once before all its matches are read (more than a maximised window holds). The rest of a search&apos;s matches is read this long after its key, so that typing on (the usual gap between keys is longer) is never kept waiting behind it; a view that scrolls on asks at once.</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="91"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="91"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="92"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="92"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="92"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="93"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="93"/>
        <source>Last touch</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="93"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="96"/>
        <source>⚠ none</source>
        <comment>an active lead with no next step planned, in the lead list</comment>
        <translation>⚠ 无</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="98"/>
        <source>⚠ %1</source>
        <comment>an overdue next step in the lead list; %1 is its date</comment>
        <extracomment>An overdue next step: a warning sign before its date, so it never rests on colour alone.</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="99"/>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="289"/>
        <source>No next step planned</source>
        <extracomment>A search showing its first screen only: how many match in all; the rest is read a moment later (``complete``, ``REST_AFTER_MS``), or at once when something needs every row.</extracomment>
        <translation>未计划下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="291"/>
        <source>Overdue: the next step was due %1</source>
        <translation>已逾期：下一步应于 %1 完成</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="79"/>
        <source>Search leads</source>
        <extracomment>The book setting that keeps the lead list&apos;s column order and the widths the user dragged. In the book, not in QSettings: Leadbook keeps everything of a book in its one file (as the import mappings and the calendar-file folder), a demo or a test book never changes the user&apos;s own list, and a book moved to another computer keeps its columns.</extracomment>
        <translation>搜索客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="81"/>
        <source>Search name, company, e-mail, phone, notes…  (Ctrl+F)</source>
        <translation>搜索姓名、公司、邮箱、电话、备注…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="85"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="87"/>
        <source>Show the stage</source>
        <translation>按阶段显示</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="88"/>
        <source>Show the tag</source>
        <translation>按标签显示</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="100"/>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="405"/>
        <source>Showing: no next step</source>
        <translation>显示：无下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="104"/>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="105"/>
        <source>Show all leads again</source>
        <translation>重新显示所有客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="110"/>
        <source>New lead</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="112"/>
        <source>Add a lead (Ctrl+N)</source>
        <translation>添加客户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="116"/>
        <source>Leads</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="158"/>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="467"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="391"/>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="403"/>
        <source>Showing: %1</source>
        <translation>正在显示：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="450"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="461"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="463"/>
        <source>%1 of %2</source>
        <translation>%1 / %2 个客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="533"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="106"/>
        <source>Log follow-up — %1</source>
        <translation>记录跟进 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="139"/>
        <source>%1 — due %2</source>
        <translation>%1 — %2 到期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="142"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="155"/>
        <source>what was said, what you agreed</source>
        <translation>聊了什么，约定了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="157"/>
        <source>Result &amp;note</source>
        <translation>结果备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="161"/>
        <source>Start the &amp;post-sale cadence (thank-you cards, call after delivery)</source>
        <translation>启动售后跟进序列（手写感谢卡、交付后致电）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="167"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="169"/>
        <source>P&amp;lan this next step</source>
        <translation>安排这一步(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="176"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="177"/>
        <source>C&amp;hannel</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="178"/>
        <source>&amp;Objective</source>
        <translation>目标(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="197"/>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="229"/>
        <source>&amp;Keep the %n remaining step(s) of the cadence “%1”</source>
        <translation>
            <numerusform>保留序列“%1”中剩余的 %n 个步骤(&amp;K)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="230"/>
        <source>&amp;Keep the %n remaining step(s) of the cadence</source>
        <translation>
            <numerusform>保留序列中剩余的 %n 个步骤(&amp;K)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="255"/>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="261"/>
        <source>The lead will be marked “%1” and its planned follow-ups cancelled.</source>
        <translation>该客户将被标记为“%1”，已安排的跟进将被取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="269"/>
        <source>%n unanswered attempt(s) in a row. Keep going: most deals take five or more follow-ups.</source>
        <translation>
            <numerusform>连续 %n 次尝试未获回应。继续跟进：大多数成交需要五次或更多次跟进。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="306"/>
        <source>Proposed from the prospect&apos;s own preference (interval and channel).</source>
        <translation>根据客户本人的偏好（间隔和方式）建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="307"/>
        <source>Proposed from the cadence: its next step.</source>
        <translation>根据序列建议：序列的下一步。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="309"/>
        <source>Proposed from the default rhythm: %n day(s) later, on a working day.</source>
        <translation>
            <numerusform>根据默认节奏建议：%n 天后的工作日。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="316"/>
        <source>The spacing guard moved it from %1 to %2, to leave room after an unanswered attempt.</source>
        <translation>间隔保护已将它从 %1 移至 %2，在未获回应的尝试之后留出空间。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="324"/>
        <source>Already planned: %1 %2</source>
        <translation>已安排：%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="392"/>
        <source>Nothing was saved</source>
        <translation>未保存任何内容</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="215"/>
        <source>%1 — Leadbook</source>
        <translation>%1 — Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="222"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="231"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="232"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="233"/>
        <source>Leads</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="234"/>
        <source>Revisit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="235"/>
        <source>Nurture</source>
        <translation>培育</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="236"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="438"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="439"/>
        <source>&amp;New lead…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="442"/>
        <source>&amp;Print call sheet…</source>
        <translation>打印通话清单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="445"/>
        <source>Show re&amp;minders</source>
        <translation>显示提醒(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="450"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="452"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="455"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="459"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="460"/>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="1004"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="463"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="473"/>
        <source>&amp;Log…</source>
        <translation>记录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="475"/>
        <source>Log what happened with the follow-up chosen in Today or the lead&apos;s next step</source>
        <translation>记录“今日”中所选跟进或该客户下一步的结果</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="478"/>
        <source>&amp;Plan follow-up…</source>
        <translation>安排跟进(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="479"/>
        <source>Plan a follow-up for the lead chosen, or find the lead first</source>
        <translation>为所选客户安排跟进，或先查找客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="482"/>
        <source>&amp;Cadences…</source>
        <translation>跟进序列(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="484"/>
        <source>Re&amp;view possible duplicates…</source>
        <translation>检查可能的重复项(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="486"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="492"/>
        <source>G&amp;o</source>
        <translation>转到(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="500"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="501"/>
        <source>Open a &amp;demo book</source>
        <translation>打开演示客户库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="503"/>
        <source>&amp;About Leadbook</source>
        <translation>关于 Leadbook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="514"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="522"/>
        <source>New lead</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="523"/>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="524"/>
        <source>Plan</source>
        <translation>安排</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="525"/>
        <source>Call sheet</source>
        <translation>通话清单</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="526"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="527"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="537"/>
        <source>Tool&amp;bar</source>
        <translation>工具栏(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="538"/>
        <source>&amp;Icons only</source>
        <translation>仅显示图标(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="559"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="561"/>
        <source>Undo the &amp;last import…</source>
        <translation>撤销上次导入(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="563"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="567"/>
        <source>Leads as CSV for a &amp;spreadsheet…</source>
        <translation>用于电子表格的客户 CSV(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="568"/>
        <source>Leads as CSV for another &amp;address book…</source>
        <translation>用于其他通讯录的客户 CSV(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="569"/>
        <source>Leads as &amp;vCard…</source>
        <translation>客户 vCard(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="570"/>
        <source>Follow-ups as &amp;iCalendar…</source>
        <translation>跟进 iCalendar(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="576"/>
        <source>&amp;Keep a calendar file up to date…</source>
        <translation>保持日历文件更新(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="589"/>
        <source>Writes your follow-ups to %1 after every change.</source>
        <translation>每次更改后，将你的跟进写入 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="591"/>
        <source>Writes your follow-ups to a calendar file in a folder you choose, after every change.</source>
        <translation>每次更改后，将你的跟进写入你所选文件夹中的日历文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="638"/>
        <source>Choose a follow-up in Today, or a lead with a next step, then Log.</source>
        <translation>请先在“今日”中选择一项跟进，或选择一个有下一步的客户，再点“记录”。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="658"/>
        <source>%1 — read-only — Leadbook</source>
        <translation>%1 — 只读 — Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="668"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="675"/>
        <source>The lead book is read-only</source>
        <translation>客户库为只读</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="696"/>
        <source>Waiting for another Leadbook to finish…</source>
        <translation>正在等待另一个 Leadbook 完成…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="739"/>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="748"/>
        <source>Plan follow-up</source>
        <translation>安排跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="739"/>
        <source>Find the lead (name, company, e-mail):</source>
        <translation>查找客户（姓名、公司、邮箱）：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="745"/>
        <source>No lead matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="748"/>
        <source>Lead:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="825"/>
        <source>Calendar sync</source>
        <translation>日历同步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="826"/>
        <source>This computer has no keyring. The password for %1 at %2, for this session:</source>
        <translation>这台电脑没有密钥环。请输入 %2 上 %1 的密码（仅用于本次会话）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/main_window.py" line="855"/>
        <source>Deleted %n lead(s).</source>
        <translation>
            <numerusform>已删除 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="880"/>
        <source>The last import was undone.</source>
        <translation>已撤销上次导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="902"/>
        <source>Your follow-ups are kept in %1.</source>
        <translation>你的跟进保存在 %1 中。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="905"/>
        <source>The calendar file is no longer updated; it stays as it was.</source>
        <translation>日历文件不再更新；它会保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="928"/>
        <source>The backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="930"/>
        <source>Backed up and verified: %1</source>
        <translation>已备份并验证：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="937"/>
        <source>Checking today&apos;s backup…</source>
        <translation>正在检查今天的备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="944"/>
        <source>Daily backup made and verified: %1</source>
        <translation>已完成并验证每日备份：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="952"/>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="956"/>
        <source>The daily backup failed; details are in the log.</source>
        <translation>每日备份失败；详细信息见日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="975"/>
        <source>Open a demo book</source>
        <translation>打开演示客户库</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="975"/>
        <source>The demo book could not be started.</source>
        <translation>无法启动演示客户库。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="979"/>
        <source>A demo book opens in a second window; this book is not touched.</source>
        <translation>演示客户库会在第二个窗口中打开；当前客户库不受影响。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="985"/>
        <source>About Leadbook</source>
        <translation>关于 Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="986"/>
        <source>Leadbook %1
An offline lead book that makes you follow up.

Book: %2</source>
        <translation>Leadbook %1
离线客户库，督促你坚持跟进。

客户库：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="1004"/>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
</context>
<context>
    <name>NextCard</name>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="72"/>
        <source>Phone and e-mail</source>
        <translation>电话和邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="73"/>
        <source>Links: a phone number starts a call, an address a new e-mail</source>
        <translation>链接：点击电话号码拨打电话，点击邮箱地址写新邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="90"/>
        <source>Log what happened with this follow-up</source>
        <translation>记录这项跟进的结果</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="95"/>
        <source>Move this follow-up to another day, same time</source>
        <translation>把这项跟进改到另一天，时间不变</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="102"/>
        <source>Open this lead</source>
        <translation>打开此客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="106"/>
        <source>Show in the list</source>
        <translation>在列表中显示</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="106"/>
        <source>Select it in the list below, where its keys work</source>
        <translation>在下方列表中选中它，可在那里使用快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="135"/>
        <source>Do this next</source>
        <translation>接下来做这件事</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="156"/>
        <source>Nothing opened</source>
        <translation>未能打开</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="157"/>
        <source>No program on this computer opens %1 links.</source>
        <translation>这台电脑上没有能打开 %1 链接的程序。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="186"/>
        <source>Write to %1</source>
        <translation>写信给 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="190"/>
        <source>Call %1</source>
        <translation>拨打 %1</translation>
    </message>
</context>
<context>
    <name>NextUp</name>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="35"/>
        <source>Nothing due and nothing planned. Take a breath, then plan the next step for a lead.</source>
        <translation>没有到期的事，也没有计划。先歇口气，再为一个客户安排下一步。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="39"/>
        <source>Nothing due right now: well done. Next up:</source>
        <translation>目前没有到期的事：干得好。接下来：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="40"/>
        <source>Do this next</source>
        <translation>接下来做这件事</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="103"/>
        <source>Goal: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="121"/>
        <source>%1, %2</source>
        <extracomment>a lead&apos;s name, then its company</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="166"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="166"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="166"/>
        <source>The articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="185"/>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="186"/>
        <source>Click to list these leads</source>
        <translation>单击列出这些客户</translation>
    </message>
</context>
<context>
    <name>NurtureView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="51"/>
        <source>&amp;Plan missing touches</source>
        <translation>补排下次联系(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="52"/>
        <source>Give each nurtured lead without a next touch its slow one</source>
        <translation>为每个还没有下次联系的培育客户安排一次低频联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="54"/>
        <source>E&amp;xport CSV for a mail merge…</source>
        <translation>导出 CSV 用于邮件合并(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="62"/>
        <source>Leads in nurture</source>
        <translation>培育中的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="66"/>
        <source>Lead</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="66"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="66"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="66"/>
        <source>Last touch</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="67"/>
        <source>Next touch</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="82"/>
        <source>%1 (not planned)</source>
        <translation>%1（未安排）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="90"/>
        <source>%1 in nurture; a slow touch every %2 days.</source>
        <translation>%1 在培育中；每 %2 天低频联系一次。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="91"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="98"/>
        <source>Nurture touches planned</source>
        <translation>已安排培育联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="105"/>
        <source>Export nurture list</source>
        <translation>导出培育名单</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="106"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ObjectiveEdit</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="157"/>
        <source>what should this touch achieve?</source>
        <translation>这次联系要达成什么？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="159"/>
        <source>The objective in your words</source>
        <translation>用你自己的话写目标</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="197"/>
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
        <location filename="../../desktop/leadbook/gui/today/view.py" line="102"/>
        <source>Reschedule follow-up</source>
        <extracomment>Rows each section lists when Today is read: more than a maximised window shows. The rest, up to MAX_ROWS_PER_SECTION, is read on the turn after the list has painted (or when the rows are asked for), so a backlog of thousands costs its first screen before Today appears (``book.agenda(limit=...)``).</extracomment>
        <translation>改期跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="105"/>
        <source>Day to move it to</source>
        <translation>改到哪一天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="113"/>
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
    <name>ProgressText</name>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="57"/>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="69"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="71"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="72"/>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="225"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="77"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="78"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="79"/>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="80"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="87"/>
        <source>%1+</source>
        <comment>five or more touches</comment>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="97"/>
        <source>From the sales-advice article Leadbook is built on (seed 000): 80% of sales need five or more follow-ups, and 44% of sellers give up after the first.</source>
        <translation>出自 Leadbook 所依据的销售建议文章（seed 000）：80% 的成交需要五次或更多次跟进，而 44% 的销售人员在第一次之后就放弃了。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="100"/>
        <source>From the article Leadbook is built on (seed 001), citing a Harvard Business Review study: 71% of leads are never followed up; the others get 1.3 follow-ups on average.</source>
        <translation>出自 Leadbook 所依据的文章（seed 001），其引用了《哈佛商业评论》的一项研究：71% 的潜在客户从未被跟进；其余的平均只得到 1.3 次跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="104"/>
        <source>From the article Leadbook is built on (seed 003): calling back the people who said no brings 5–10% more sales.</source>
        <translation>出自 Leadbook 所依据的文章（seed 003）：回访曾经拒绝的人，能多带来 5–10% 的销售。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="106"/>
        <source>Oldroyd, McElheran and Elkington, “The Short Life of Online Sales Leads”, Harvard Business Review, March 2011: firms that tried to reach a web lead within an hour were nearly seven times as likely to qualify it as those that waited even an hour longer.</source>
        <translation>Oldroyd、McElheran 和 Elkington，“The Short Life of Online Sales Leads”，《哈佛商业评论》，2011 年 3 月：在一小时内尝试联系网络潜在客户的公司，确认其为合格客户的可能性，几乎是哪怕只多等一小时的公司的七倍。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="114"/>
        <source>Articles: %1 stop after one</source>
        <translation>文章：%1 一次后放弃</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="116"/>
        <source>Articles: %1 of sales need 5+</source>
        <translation>文章：%1 的成交需 5 次以上</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="118"/>
        <source>Articles: %1 on average</source>
        <translation>文章：平均 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="120"/>
        <source>Articles: %1 never followed up</source>
        <translation>文章：%1 从未跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="122"/>
        <source>Articles: %1–%2 more sales</source>
        <translation>文章：销售多 %1–%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="124"/>
        <source>HBR: %1×</source>
        <translation>HBR：%1 倍</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="134"/>
        <source>You let no lead go in this period: every decision was a win.</source>
        <translation>这段时间你没有放弃任何客户：每个结果都是成交。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="135"/>
        <source>No lead reached a decision in this period.</source>
        <translation>这段时间没有客户有结果。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="136"/>
        <source>You stopped after one touch on %1 of %n lead(s) (%2); the articles&apos; sellers: %3.</source>
        <translation>
            <numerusform>在 %n 个客户中，你对 %1 个只联系了一次就停止了（%2）；文章中的销售人员：%3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="147"/>
        <source>%n lead(s) decided after %1 touches on average (the articles: %2); %3 had five or more (the articles: %4 of sales need that many).</source>
        <translation>
            <numerusform>%n 个客户平均在 %1 次联系后有了结果（文章：%2）；%3 联系了五次或更多（文章：%4 的成交需要这么多次）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="157"/>
        <source>No lead was added in this period.</source>
        <translation>这段时间没有新增客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="158"/>
        <source>%1 of the %n lead(s) added in this period never had a touch (%2); the articles: %3.</source>
        <translation>
            <numerusform>本期新增的 %n 个客户中，有 %1 个从未联系过（%2）；文章：%3。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="170"/>
        <source>%1: first touch after %2 (median); no target set.</source>
        <translation>%1：首次联系用时 %2（中位数）；未设目标。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="172"/>
        <source>%1: first touch after %2 (median); %3 within the target of %4.</source>
        <translation>%1：首次联系用时 %2（中位数）；%3 在 %4目标内。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="181"/>
        <source>No web inquiry to answer in this period.</source>
        <translation>这段时间没有需要回复的网站咨询。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="182"/>
        <source>Web inquiries answered within an hour: %1 of %n (%2).</source>
        <translation>
            <numerusform>一小时内回复的网站咨询：%n 个中的 %1 个（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="190"/>
        <source>No lead was won in this period.</source>
        <translation>这段时间没有成交的客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="192"/>
        <source>%n lead(s) won; %1 of them on the fifth touch or later (%2).</source>
        <translation>
            <numerusform>成交 %n 个客户；其中 %1 个在第五次或更晚的联系中成交（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="198"/>
        <source>No “no” was called back in this period.</source>
        <translation>这段时间没有回访过拒绝的客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="199"/>
        <source>%n “no”(s) called back: %1 reopened, %2 won since.</source>
        <translation>
            <numerusform>回访了 %n 位曾拒绝的客户：%1 位重新激活，%2 位此后成交。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="204"/>
        <source>Wins from revisits: %1 more sales than your other wins alone (the articles: %2).</source>
        <translation>回访带来的成交：比只算你的其他成交多 %1（文章：%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="207"/>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="213"/>
        <source>%1–%2</source>
        <comment>a range of percentages</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="222"/>
        <source>No follow-up was due in this period.</source>
        <translation>这段时间没有到期的跟进。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="223"/>
        <source>Nothing slipped on %1 of %n day(s) with follow-ups due; streak: %2.</source>
        <translation>
            <numerusform>在 %n 个有到期跟进的日子里，%1 天无遗漏；连续：%2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="231"/>
        <source>Every active lead has a next step.</source>
        <translation>每个跟进中的客户都有下一步。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="232"/>
        <source>%n active lead(s) without a next step now.</source>
        <translation>
            <numerusform>目前有 %n 个跟进中的客户没有下一步。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="238"/>
        <source>Everything until %1</source>
        <translation>截至 %1 的全部</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="240"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="252"/>
        <source>Your follow-up: %1</source>
        <translation>你的跟进：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="261"/>
        <source>Persistence (touches before a decision)</source>
        <translation>坚持程度（有结果前的联系次数）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="264"/>
        <source>Never followed up</source>
        <translation>从未跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="266"/>
        <source>First response by source</source>
        <translation>按来源的首次响应</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="271"/>
        <source>Won after how many touches</source>
        <translation>几次联系后成交</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="272"/>
        <source>Revisits</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="274"/>
        <source>Nothing slipped</source>
        <translation>无遗漏</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="276"/>
        <source>Sources of the research figures:</source>
        <translation>研究数据的来源：</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="235"/>
        <source>Your follow-up, beside the research</source>
        <translation>你的跟进与研究数据对照</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="243"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="261"/>
        <source>Persistence: touches before a decision</source>
        <translation>坚持程度：有结果前的联系次数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="262"/>
        <source>Never followed up</source>
        <translation>从未跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="263"/>
        <source>First response by source</source>
        <translation>按来源的首次响应</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="264"/>
        <source>Won after how many touches</source>
        <translation>几次联系后成交</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="265"/>
        <source>Revisits of the no&apos;s</source>
        <translation>对拒绝客户的回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="266"/>
        <source>Nothing slipped</source>
        <translation>无遗漏</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="268"/>
        <source>Leads decided, by touches before the decision</source>
        <translation>有结果的客户（按有结果前的联系次数）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="269"/>
        <source>Leads won, by the touch they were won on</source>
        <translation>成交的客户（按成交时是第几次联系）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="278"/>
        <source>slipped on %1</source>
        <translation>%1 有遗漏</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="301"/>
        <source>Figures of the period</source>
        <translation>本期数据</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="336"/>
        <source>Touches before the decision: %1 — %n lead(s)</source>
        <translation>
            <numerusform>有结果前的联系次数：%1 — %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="343"/>
        <source>Won</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="343"/>
        <source>Said no</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="343"/>
        <source>Nurture</source>
        <translation>培育</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="344"/>
        <source>Stopped: nothing planned, no touch for 30 days</source>
        <translation>已停止：没有计划，30 天未联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="345"/>
        <source>Leads decided</source>
        <translation>有结果的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="349"/>
        <source>Stopped after one touch</source>
        <translation>联系一次后停止</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="351"/>
        <source>Five touches or more</source>
        <translation>五次或更多联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="353"/>
        <source>Touches per decided lead, on average</source>
        <translation>每个有结果客户的平均联系次数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="361"/>
        <source>Leads added</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="362"/>
        <source>Never touched</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="369"/>
        <source>The median time from a lead&apos;s arrival to its first touch, per source, and the share touched within the target set in Settings.</source>
        <translation>按来源统计：从客户进来到首次联系的中位时间，以及在“设置”所定目标之内联系的比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="376"/>
        <source>%1 · %2 within %3</source>
        <translation>%1 · %3内 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="379"/>
        <source>Web inquiries answered within an hour</source>
        <translation>一小时内回复的网站咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="384"/>
        <source>Web inquiries answered later, or not yet</source>
        <translation>较晚回复或尚未回复的网站咨询</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="392"/>
        <source>Won on touch %1 — %n lead(s)</source>
        <translation>
            <numerusform>第 %1 次联系时成交 — %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="397"/>
        <source>Won on touch %1</source>
        <translation>第 %1 次联系时成交</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="405"/>
        <source>No&apos;s called back</source>
        <translation>回访过的拒绝客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="406"/>
        <source>Reopened</source>
        <translation>重新激活</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="407"/>
        <source>Won after a revisit</source>
        <translation>回访后成交</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="408"/>
        <source>More sales from revisits</source>
        <translation>回访带来的额外销售</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="417"/>
        <source>Days with follow-ups due</source>
        <translation>有到期跟进的天数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="418"/>
        <source>Days nothing slipped</source>
        <translation>无遗漏的天数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="419"/>
        <source>Days something slipped</source>
        <translation>有遗漏的天数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="420"/>
        <source>Streak (days with work, nothing slipped)</source>
        <translation>连续天数（有任务且无遗漏）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="421"/>
        <source>Active leads without a next step now</source>
        <translation>当前没有下一步的跟进中客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="434"/>
        <source>decided after one touch</source>
        <translation>联系一次后有结果</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="435"/>
        <source>decided after %1 touches</source>
        <translation>联系 %1 次后有结果</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="439"/>
        <source>won on touch %1</source>
        <translation>第 %1 次联系时成交</translation>
    </message>
</context>
<context>
    <name>QtTray</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="85"/>
        <source>&amp;Open Leadbook</source>
        <translation>打开 Leadbook(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="86"/>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="87"/>
        <source>&amp;Reminders</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="89"/>
        <source>&amp;Pause reminders for 1 hour</source>
        <translation>暂停提醒 1 小时(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="90"/>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="123"/>
        <source>Re&amp;sume reminders</source>
        <translation>恢复提醒(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="78"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="80"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="84"/>
        <source>Overdue by %n minute(s)</source>
        <translation>
            <numerusform>已逾期 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="85"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>已逾期 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="86"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="89"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="90"/>
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="91"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="103"/>
        <source>Revisit · %1</source>
        <translation>回访 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="115"/>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="116"/>
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="117"/>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="118"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="119"/>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="120"/>
        <source>Tomorrow at %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="121"/>
        <source>Next week (Monday at %1)</source>
        <translation>下周（周一 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="152"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="153"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="154"/>
        <source>Revisits</source>
        <translation>回访</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="162"/>
        <source>%n overdue from earlier days</source>
        <translation>
            <numerusform>此前几天逾期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="164"/>
        <source>%n shown earlier today</source>
        <translation>
            <numerusform>今天已显示 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="165"/>
        <source>%1 — Review…</source>
        <translation>%1 — 查看…</translation>
    </message>
</context>
<context>
    <name>RemindersWindow</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="208"/>
        <source>Reminders — Leadbook</source>
        <translation>提醒 — Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="226"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="228"/>
        <source>Lead</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="228"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="228"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="228"/>
        <source>When</source>
        <translation>到期情况</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="256"/>
        <source>&amp;Open item</source>
        <translation>打开项目(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="256"/>
        <source>Show the lead in the main window (Enter)</source>
        <translation>在主窗口中显示该客户（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="259"/>
        <source>Do&amp;ne…</source>
        <translation>完成(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="259"/>
        <source>Log the outcome and plan the next step</source>
        <translation>记录结果并安排下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="262"/>
        <source>No &amp;answer</source>
        <translation>无回应(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="265"/>
        <source>Count an unanswered attempt and plan a retry, spaced as the spacing guard asks</source>
        <translation>记一次未获回应的尝试，并按间隔保护的要求安排重试</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="268"/>
        <source>&amp;Dismiss</source>
        <translation>关闭提醒(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="271"/>
        <source>No more reminders for the selected follow-ups (Delete); they stay planned</source>
        <translation>不再提醒所选跟进（Delete）；跟进本身保留</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="274"/>
        <source>Dismiss a&amp;ll</source>
        <translation>全部关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="277"/>
        <source>No more reminders for every follow-up listed</source>
        <translation>不再提醒列表中的所有跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="283"/>
        <source>Click Snooze to be reminded again in:</source>
        <translation>单击“推迟”，在以下时间后再次提醒：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="289"/>
        <source>&amp;Snooze</source>
        <translation>推迟(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="289"/>
        <source>Remind again about the selected follow-ups</source>
        <translation>稍后再次提醒所选跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="292"/>
        <source>Snooze all</source>
        <translation>全部推迟</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="292"/>
        <source>Remind again about every follow-up listed</source>
        <translation>稍后再次提醒列表中的所有跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="299"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="505"/>
        <source>Reminders due before today or shown already: click or press Enter to list them all</source>
        <translation>今天之前到期或已显示过的提醒：单击或按 Enter 列出全部</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="513"/>
        <source>… and %1 more (Dismiss all and Snooze all include them)</source>
        <translation>… 还有 %1 项（“全部关闭”和“全部推迟”也包括它们）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="531"/>
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n 个新提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="531"/>
        <source>No new reminders</source>
        <translation>没有新提醒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="535"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 个提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="535"/>
        <source>No reminders due</source>
        <translation>没有到期的提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="537"/>
        <source>%1 — Leadbook</source>
        <translation>%1 — Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="568"/>
        <source>Snoozed until %1</source>
        <translation>已推迟到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="604"/>
        <source>until %1</source>
        <translation>推迟至 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="618"/>
        <source>Rapport: %1</source>
        <translation>关系备注：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="630"/>
        <source>Revisit: said no on %1 (%2), by %3</source>
        <translation>回访：%3 于 %1 拒绝（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="636"/>
        <source>Ask: %1</source>
        <translation>要问：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="756"/>
        <source>Logged: %1.</source>
        <translation>已记录：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="782"/>
        <source>No answer from %1 (%n attempt(s) in a row).</source>
        <translation>
            <numerusform>%1 无回应（已连续 %n 次）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="784"/>
        <source>Next try: %1, %2.</source>
        <translation>下次尝试：%1，%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="789"/>
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
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="38"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="40"/>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="40"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="40"/>
        <source>Leads</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="45"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="56"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="59"/>
        <source>There are no backups of this book yet. Use File → Back up now.</source>
        <translation>此客户库还没有备份。请使用“文件 → 立即备份”。</translation>
    </message>
</context>
<context>
    <name>RevisitPage</name>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="369"/>
        <source>Revisiting the no&apos;s</source>
        <translation>回访拒绝的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="374"/>
        <source>A “no” mostly means “not now”. Leadbook brings each one back after a wait that depends on the reason the prospect gave.</source>
        <translation>“不”多半意味着“现在不”。Leadbook 会根据客户给出的理由，等待一段时间后再把每个拒绝的客户带回来。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="388"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="389"/>
        <source>next quarter</source>
        <translation>下个季度</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="392"/>
        <source>Days to wait; the lowest value, “next quarter”, waits until the first day of the next quarter (when budgets are set)</source>
        <translation>等待的天数；最小值“下个季度”会等到下个季度的第一天（预算制定的时候）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="412"/>
        <source>&amp;Questions to ask on a revisit, one a line:</source>
        <translation>回访时要问的问题，每行一个(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="423"/>
        <source>Shown in the revisit queue, the reminders and on the call sheet. Leave it empty for the three questions Leadbook starts with.</source>
        <translation>显示在回访队列、提醒和通话清单上。留空则使用 Leadbook 自带的三个问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="427"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="432"/>
        <source> follow-ups</source>
        <translation> 项跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="433"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="434"/>
        <source>days with more are marked full; Even out fills days up to it</source>
        <translation>超过此数的日期标为已满；“均衡安排”按此上限填充各天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="436"/>
        <source>Day ca&amp;pacity</source>
        <translation>每日上限(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="478"/>
        <source>Question %1 is %2 characters long; keep each to %3 at most, so it fits on the call sheet.</source>
        <translation>第 %1 个问题有 %2 个字符；每个问题最多 %3 个字符，才能在通话清单上放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="483"/>
        <source>%1 questions are too many for one call; keep at most %2.</source>
        <translation>%1 个问题对一次通话来说太多了；最多保留 %2 个。</translation>
    </message>
</context>
<context>
    <name>Revisits</name>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="34"/>
        <source>Not now / timing</source>
        <translation>时机未到</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="35"/>
        <source>Has a supplier</source>
        <translation>已有供应商</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="36"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="37"/>
        <source>Did not reach the decision-maker</source>
        <translation>没联系上决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="38"/>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="39"/>
        <source>Unresponsive</source>
        <translation>一直没回应</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="40"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="48"/>
        <source>Is this still the person responsible for buying?</source>
        <translation>采购这件事现在还是由您负责吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="50"/>
        <source>How are things going with what you chose instead?</source>
        <translation>您后来选的方案，现在用得怎么样？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="52"/>
        <source>What made you decide against it last time?</source>
        <translation>我很好奇，上次为什么没选我们？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="59"/>
        <source>Said no on %1: %2 (%3)</source>
        <translation>%1 曾拒绝：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="79"/>
        <source>Revisits due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="80"/>
        <source>Upcoming revisits</source>
        <translation>即将回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="84"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="97"/>
        <source>Own results: %1 reopened, %2 of them won.</source>
        <translation>我的成绩：%1重新激活了客户，其中 %2 个成交。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="101"/>
        <source>Ask:</source>
        <translation>要问：</translation>
    </message>
</context>
<context>
    <name>RevisitsText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="98"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>%n 次回访</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisitsView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="62"/>
        <source>No&apos;s to ask again</source>
        <translation>待再次询问的拒绝客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="64"/>
        <source>Call back</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="64"/>
        <source>Lead</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="64"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="64"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="65"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="77"/>
        <source>About the chosen lead</source>
        <translation>关于所选客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="82"/>
        <source>Stage to reopen in</source>
        <translation>重新激活时的阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="83"/>
        <source>&amp;Reopen</source>
        <translation>重新激活(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="84"/>
        <source>Back to an active stage, with a first follow-up planned</source>
        <translation>回到进行中的阶段，并安排第一次跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="85"/>
        <source>&amp;Still not now</source>
        <translation>还不是时候(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="86"/>
        <source>Queue again after the reason&apos;s delay</source>
        <translation>按该原因的等待时间重新排队</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="87"/>
        <source>&amp;New contact person…</source>
        <translation>新联系人(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="88"/>
        <source>Keep the company and the history; start afresh with someone else</source>
        <translation>保留公司和跟进记录；换一个联系人重新开始</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="89"/>
        <source>&amp;Do not contact</source>
        <translation>请勿联系(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="90"/>
        <source>For good: never queued again, left out of every marketing export</source>
        <translation>永久生效：不再进入回访队列，也不会出现在任何营销导出中</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="121"/>
        <source>Due</source>
        <translation>已到期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="121"/>
        <source>Upcoming</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="142"/>
        <source>Own results: %1 brought a lead back; %2 of those won.</source>
        <translation>我的成绩：%1让客户重新回来；其中 %2 个成交。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="143"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>%n 次回访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="168"/>
        <source>No revisit selected.</source>
        <translation>未选择回访。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="170"/>
        <source>Nobody to call back: no&apos;s come here when their revisit day is near.</source>
        <translation>暂时没有要回访的客户：拒绝过的客户在回访日临近时会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="175"/>
        <source>Call back on %1</source>
        <translation>%1 回访</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="178"/>
        <source>Value: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="183"/>
        <source>What they said:</source>
        <translation>对方说了什么：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="185"/>
        <source>Last notes:</source>
        <translation>最近备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="186"/>
        <source>Ask:</source>
        <translation>要问：</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="206"/>
        <source>Lead reopened</source>
        <translation>已重新激活客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="210"/>
        <source>Queued again</source>
        <translation>已重新排队</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="218"/>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="222"/>
        <source>New contact person</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="219"/>
        <source>Who is responsible now?</source>
        <translation>现在由谁负责？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="229"/>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="234"/>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="230"/>
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
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="89"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="107"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="112"/>
        <source>How soon a new lead must hear from you, by where it came from. Web inquiries want an answer at once; e-mails within a day.</source>
        <translation>新客户应在多久内得到你的回应，按来源设置。网站咨询需要立即回复；邮件在一天内回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="123"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="123"/>
        <source>no target</source>
        <translation>不设目标</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="124"/>
        <source>Hours; “no target” plans the first follow-up for the next working day</source>
        <translation>小时；“不设目标”会把首次跟进安排在下一个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="135"/>
        <source>When to stop and decide</source>
        <translation>何时停止并做决定</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="142"/>
        <source>Leadbook asks you to nurture the lead, mark it as a no, or keep going when either of these is reached.</source>
        <translation>达到以下任一条件时，Leadbook 会请你决定：转入培育、标记为拒绝，或继续跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="147"/>
        <source>After &amp;unanswered attempts in a row</source>
        <translation>连续未获回应的尝试次数达到(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="148"/>
        <source>Or after &amp;days without a reply</source>
        <translation>或未获回复的天数达到(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="150"/>
        <source>Spacing</source>
        <translation>跟进间隔</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="152"/>
        <source>no minimum</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="156"/>
        <source>Persistent, not a pest: after an unanswered attempt, wait this many working days before the next one.</source>
        <translation>坚持而不纠缠：一次尝试未获回应后，至少等这么多个工作日再进行下一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="161"/>
        <source>&amp;Minimum gap (working days)</source>
        <translation>最短间隔（工作日）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="163"/>
        <source>Reminders and defaults</source>
        <translation>提醒与默认值</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="166"/>
        <source> min before</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="166"/>
        <source>at the time itself</source>
        <translation>准时提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="169"/>
        <source>&amp;Reminder for timed follow-ups</source>
        <translation>定时跟进的提醒(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="173"/>
        <source>reminders for follow-ups without a time</source>
        <translation>未定时间的跟进在此时提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="175"/>
        <source>&amp;Working day starts at</source>
        <translation>工作日开始时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="176"/>
        <source> days later</source>
        <translation> 天后</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="179"/>
        <source>Channel of the next step</source>
        <translation>下一步的方式</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="180"/>
        <source>by</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="181"/>
        <source>Default &amp;next step</source>
        <translation>默认下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="182"/>
        <source>Play a &amp;sound when a reminder comes due</source>
        <translation>提醒到期时播放声音(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="191"/>
        <source>A demo book does not start at login</source>
        <translation>演示客户库不会在登录时启动</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="198"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="196"/>
        <source>applies from the next start</source>
        <translation>下次启动时生效</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="185"/>
        <source>Start Leadbook when I log &amp;in (quietly, in the tray)</source>
        <translation>登录时启动 Leadbook（在托盘中静默运行）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="200"/>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="200"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="200"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="204"/>
        <source>on this computer</source>
        <translation>仅对这台电脑生效</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="206"/>
        <source>Lig&amp;ht or dark</source>
        <translation>浅色或深色(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="233"/>
        <source>&amp;Follow-ups</source>
        <translation>跟进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="234"/>
        <source>Revisits and &amp;calendar</source>
        <translation>回访与日历(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="240"/>
        <source>Calendar s&amp;ync</source>
        <translation>日历同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="324"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="335"/>
        <source>Start at login not changed</source>
        <translation>登录时启动的设置未更改</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="336"/>
        <source>Leadbook could not change %1: %2</source>
        <translation>Leadbook 无法更改 %1：%2</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="46"/>
        <source>--setup needs --user NAME</source>
        <translation>--setup 需要 --user 名称</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="50"/>
        <source>no password given: write it to the input or set LEADBOOK_SYNC_PASSWORD</source>
        <translation>未提供密码：请将其写入输入，或设置 LEADBOOK_SYNC_PASSWORD</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="62"/>
        <source>the server&apos;s certificate is signed by no authority this computer knows. Its fingerprint is %1. If it is the one your server shows, run this again with --trust-certificate %1</source>
        <translation>该服务器的证书并非由这台电脑认识的任何机构签发。其指纹为 %1。如果与你的服务器显示的一致，请加上 --trust-certificate %1 再运行一次</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="81"/>
        <source>cannot keep the account: %1</source>
        <translation>无法保存账户：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="85"/>
        <source>Calendar sync is on: %1 (%2)</source>
        <translation>日历同步已开启：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="100"/>
        <location filename="../../desktop/leadbook/sync/command.py" line="131"/>
        <source>no password: write it to the input or set LEADBOOK_SYNC_PASSWORD</source>
        <translation>没有密码：请将其写入输入，或设置 LEADBOOK_SYNC_PASSWORD</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/command.py" line="114"/>
        <source>Calendar sync is off; %n event(s) taken off the calendar.</source>
        <translation>
            <numerusform>日历同步已关闭；已从日历中移除 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="116"/>
        <source>Calendar sync is off; the calendar&apos;s events stay where they are.</source>
        <translation>日历同步已关闭；日历中的事件保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="127"/>
        <source>calendar sync is off for this book; turn it on with: leadbook sync --setup URL --user NAME</source>
        <translation>此客户库的日历同步已关闭；可用以下命令开启：leadbook sync --setup URL --user 名称</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="145"/>
        <source>from the command line: %1</source>
        <translation>在命令行中：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="23"/>
        <source>Calendar sync: the server cannot be reached. Leadbook tries again by itself.</source>
        <translation>日历同步：无法连接服务器。Leadbook 会自动重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="24"/>
        <source>Calendar sync: the server did not answer in time. Leadbook tries again by itself.</source>
        <translation>日历同步：服务器未及时响应。Leadbook 会自动重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="25"/>
        <source>Calendar sync: the server refused the user name or password. Enter them again in Settings ▸ Calendar sync.</source>
        <translation>日历同步：服务器拒绝了用户名或密码。请在“设置 ▸ 日历同步”中重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="27"/>
        <source>Calendar sync: the calendar may not be written. Choose another calendar in Settings ▸ Calendar sync.</source>
        <translation>日历同步：该日历不允许写入。请在“设置 ▸ 日历同步”中选择其他日历。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="29"/>
        <source>Calendar sync: the server has no room left. Make room there; Leadbook tries again.</source>
        <translation>日历同步：服务器空间已满。请在服务器上腾出空间；Leadbook 会再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="30"/>
        <source>Calendar sync: the server had a problem. Leadbook tries again by itself.</source>
        <translation>日历同步：服务器出了问题。Leadbook 会自动重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="31"/>
        <source>Calendar sync: the server&apos;s certificate is not trusted. Check it in Settings ▸ Calendar sync.</source>
        <translation>日历同步：服务器的证书不受信任。请在“设置 ▸ 日历同步”中检查。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="33"/>
        <source>Calendar sync: the calendar is no longer on the server. Choose one in Settings ▸ Calendar sync.</source>
        <translation>日历同步：服务器上已没有该日历。请在“设置 ▸ 日历同步”中选择一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="35"/>
        <source>Calendar sync: another Leadbook was writing to the book. Leadbook tries again by itself.</source>
        <translation>日历同步：另一个 Leadbook 正在写入客户库。Leadbook 会自动重试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="42"/>
        <source>%n new</source>
        <translation>
            <numerusform>新增 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="43"/>
        <source>%n changed</source>
        <translation>
            <numerusform>更改 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="44"/>
        <source>%n removed</source>
        <translation>
            <numerusform>移除 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="47"/>
        <source>%n moved</source>
        <translation>
            <numerusform>移动 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="48"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>取消 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="49"/>
        <source>%n done</source>
        <translation>
            <numerusform>完成 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="50"/>
        <source>%n changed on both sides</source>
        <translation>
            <numerusform>两边都有更改 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="53"/>
        <source>To the calendar: %1</source>
        <translation>发往日历：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="54"/>
        <source>From the calendar: %1</source>
        <translation>来自日历：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="64"/>
        <source>The calendar lacks %n event(s) Leadbook put there, too many to be deletions on your phone: no follow-up was cancelled, and they are sent again. To empty the calendar, turn sync off.</source>
        <translation>
            <numerusform>日历中缺少 Leadbook 放入的 %n 个事件，数量太多，不像是在手机上逐个删除的：没有取消任何跟进，这些事件将重新发送。如要清空日历，请关闭同步。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="78"/>
        <source>Calendar in step</source>
        <translation>日历已同步</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="80"/>
        <source>Calendar synced: %1 sent, %2 back</source>
        <translation>日历已同步：发送 %1，取回 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="81"/>
        <location filename="../../desktop/leadbook/sync/words.py" line="82"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="89"/>
        <source>Done on your phone: %1 · %2 — how did it go?</source>
        <translation>已在手机上完成：%1 · %2 — 结果如何？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="97"/>
        <source>This computer has no keyring, so the password was not stored. Leadbook asks for it once per session; leadbook sync reads it from LEADBOOK_SYNC_PASSWORD or its input.</source>
        <translation>这台电脑没有密钥环，因此未保存密码。Leadbook 每次会话会询问一次；leadbook sync 从 LEADBOOK_SYNC_PASSWORD 或其输入中读取。</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="43"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="44"/>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="45"/>
        <source>Qualified</source>
        <translation>有意向</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="46"/>
        <source>Proposal</source>
        <translation>已报价</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="47"/>
        <source>Negotiation</source>
        <translation>谈判中</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="48"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="100"/>
        <source>Won</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="49"/>
        <source>No</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="50"/>
        <source>Nurture</source>
        <translation>培育中</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="56"/>
        <source>Web inquiry</source>
        <translation>网站咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="57"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="70"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="58"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="59"/>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="60"/>
        <source>Ad</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="61"/>
        <source>Event</source>
        <translation>展会活动</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="62"/>
        <source>Cold</source>
        <translation>陌生开发</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="63"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="75"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="87"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="69"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="71"/>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="72"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="73"/>
        <source>Letter or card</source>
        <translation>信件或卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="74"/>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="81"/>
        <source>Get a reply</source>
        <translation>获得回复</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="82"/>
        <source>Book a meeting</source>
        <translation>约见面</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="83"/>
        <source>Answer their question</source>
        <translation>解答疑问</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="84"/>
        <source>Send a proposal</source>
        <translation>发送方案</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="85"/>
        <source>Get a signature</source>
        <translation>签约</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="86"/>
        <source>Get paid</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="93"/>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="94"/>
        <source>Left voicemail</source>
        <translation>已留言</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="95"/>
        <source>No answer</source>
        <translation>无回应</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="96"/>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="97"/>
        <source>Meeting booked</source>
        <translation>已约见</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="98"/>
        <source>Goal reached</source>
        <translation>目标达成</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="99"/>
        <source>Said no</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="106"/>
        <source>Planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="107"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="108"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="119"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="120"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="121"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="128"/>
        <source>A lead needs a name.</source>
        <translation>客户必须有姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="129"/>
        <source>“%1” is not an e-mail address (name@example.com).</source>
        <translation>“%1”不是邮箱地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="132"/>
        <source>“%1” is not a phone number: use digits, spaces, + - ( ).</source>
        <translation>“%1”不是电话号码：只能使用数字、空格和 + - ( )。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="135"/>
        <source>The value must be a number, like 12500 or 12 500,50.</source>
        <translation>金额必须是数字，例如 12500 或 12 500,50。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="138"/>
        <source>The value cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="139"/>
        <source>Use a three-letter currency code, like EUR, SEK or USD.</source>
        <translation>请使用三个字母的货币代码，例如 CNY、EUR 或 USD。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="142"/>
        <source>Give the interval as a number from 1 to 999 and a unit.</source>
        <translation>请将间隔填为 1 到 999 之间的数字，并选择单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="145"/>
        <source>“%1” is not a web address (example.com).</source>
        <translation>“%1”不是网址（例如 example.com）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="155"/>
        <source>The lead book %1 was saved by a newer version of Leadbook. Install the newer version to open it; this one will not touch it.</source>
        <translation>客户库 %1 是由更新版本的 Leadbook 保存的。请安装新版本来打开它；当前版本不会改动它。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="160"/>
        <source>%1 is empty (0 bytes), so it is not a lead book. Leadbook leaves it as it is; choose a lead book file instead.</source>
        <translation>%1 是空文件（0 字节），所以不是客户库。Leadbook 不会改动它；请选择客户库文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="165"/>
        <source>%1 is a database, but not a Leadbook lead book. Choose a lead book file instead.</source>
        <translation>%1 是数据库，但不是 Leadbook 客户库。请选择客户库文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="169"/>
        <source>%1 is not a lead book (it is not an SQLite database). Choose another file.</source>
        <translation>%1 不是客户库（不是 SQLite 数据库）。请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="173"/>
        <source>SQLite found damage in the lead book %1, so nothing was saved. Leadbook sets it aside and offers the newest good backup.</source>
        <translation>SQLite 在客户库 %1 中发现损坏，因此没有保存任何内容。Leadbook 会将其移到一旁，并提供最新的完好备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="178"/>
        <source>The lead book %1 is busy: another Leadbook or another program is writing to it and did not finish in time. Wait until it is done (or close it) and try again.</source>
        <translation>客户库 %1 正忙：另一个 Leadbook 或其他程序正在写入它，且未能及时完成。请等它完成（或将其关闭）后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="183"/>
        <source>Leadbook cannot write to %1: the file or its folder is read-only for you, so nothing was changed. Check that the file and its folder are writable.</source>
        <translation>Leadbook 无法写入 %1：该文件或其所在文件夹对你是只读的，因此未做任何更改。请检查该文件及其文件夹是否可写。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="188"/>
        <source>Could not make the backup before importing: %1. Nothing was imported.</source>
        <translation>导入前无法创建备份：%1。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="193"/>
        <source>Could not back up %1: %2</source>
        <translation>无法备份 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="200"/>
        <source>This follow-up was just logged, cancelled or moved elsewhere (another Leadbook has %1 open), so nothing was changed here. Look at it again, then try once more.</source>
        <translation>此跟进刚刚在别处被记录、取消或移动（另一个 Leadbook 打开了 %1），因此这里没有做任何更改。请重新查看后再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="215"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="216"/>
        <source>you are not allowed to write there</source>
        <translation>你没有在那里写入的权限</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="217"/>
        <source>it is a file, not a folder</source>
        <translation>它是文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="218"/>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="219"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="222"/>
        <source>Leadbook cannot use the folder %1 for its data, backups and log: %2. Make it a folder you can write to, or set LEADBOOK_HOME to one.</source>
        <translation>Leadbook 无法将文件夹 %1 用于存放数据、备份和日志：%2。请让该文件夹可写，或将 LEADBOOK_HOME 设为一个你可写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="237"/>
        <source>%1 is outside the dates Leadbook works with, %2 to %3.</source>
        <translation>%1 超出了 Leadbook 支持的日期范围（%2 至 %3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="196"/>
        <source>The disk holding %1 is full. Nothing was saved; free some space and try again.</source>
        <translation>%1 所在的磁盘已满。未保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="206"/>
        <source>The lead book %1 could not be opened: %2</source>
        <translation>无法打开客户库 %1：%2</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="89"/>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="507"/>
        <source>Log…</source>
        <translation>记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="507"/>
        <source>Log what happened (D)</source>
        <translation>记录发生了什么（D）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="94"/>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="509"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="509"/>
        <source>Move to another day, same time (R)</source>
        <translation>改到另一天，时间不变（R）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="512"/>
        <source>Cancel follow-up</source>
        <translation>取消跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="515"/>
        <source>Cancel this follow-up; Undo brings it back (C)</source>
        <translation>取消此跟进；“撤销”可恢复（C）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="518"/>
        <source>Move to nurture</source>
        <translation>转入培育</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="521"/>
        <source>Not ready: keep in touch slowly (N)</source>
        <translation>还没准备好：放慢节奏保持联系（N）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="524"/>
        <source>Mark no</source>
        <translation>标记拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="527"/>
        <source>A no for now: it comes back to revisit later (O)</source>
        <translation>暂时拒绝：日后会回到回访队列（O）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="530"/>
        <source>Keep going</source>
        <translation>继续跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="530"/>
        <source>Keep following up; the count starts again (K)</source>
        <translation>继续跟进；重新开始计数（K）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="101"/>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="533"/>
        <source>Open lead</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="533"/>
        <source>Open the lead (Enter)</source>
        <translation>打开客户（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="810"/>
        <source>%1  ·  %2 tomorrow</source>
        <translation>%1  ·  明天 %2 项</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="216"/>
        <source>Nothing else planned for today.</source>
        <translation>今天没有其他安排了。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="217"/>
        <source>Nothing planned for today.</source>
        <translation>今天没有安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="220"/>
        <source>… and %1 more; the calendar and the lead list show them all</source>
        <translation>… 还有 %1 项；日历和客户列表中可以看到全部</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="347"/>
        <source>Role: %1</source>
        <translation>职位：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="349"/>
        <source>Not the decision-maker</source>
        <translation>非决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="351"/>
        <source>Best time: %1</source>
        <translation>最佳时间：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="353"/>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="114"/>
        <source>Rapport: %1</source>
        <translation>关系备注：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="468"/>
        <source>Show these leads</source>
        <extracomment>The row chosen (and the scroll) when a first-screen read did not reach it: chosen again once the rest is read, so a refresh does not move the selection off a row further down.</extracomment>
        <translation>显示这些客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="477"/>
        <source>Today&apos;s agenda</source>
        <translation>今日日程</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="479"/>
        <source>Arrows move between follow-ups. D logs, R reschedules, C cancels, Enter opens the lead.</source>
        <translation>方向键在跟进之间移动。D 记录，R 改期，C 取消，Enter 打开客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="931"/>
        <source>N nurture  ·  O no  ·  K keep going  ·  Enter open</source>
        <translation>N 培育  ·  O 拒绝  ·  K 继续跟进  ·  Enter 打开</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="933"/>
        <source>D log  ·  R reschedule  ·  C cancel  ·  Enter open</source>
        <translation>D 记录  ·  R 改期  ·  C 取消  ·  Enter 打开</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="971"/>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="972"/>
        <source>+1 day</source>
        <translation>+1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="972"/>
        <source>+1 week</source>
        <translation>+1 周</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="977"/>
        <source>Pick a date…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="1018"/>
        <source>Cancelled the follow-up with %1.</source>
        <translation>已取消与 %1 的跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="1028"/>
        <source>Marked %1 as no.</source>
        <translation>已将 %1 标记为拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="1031"/>
        <source>Moved %1 to nurture.</source>
        <translation>已将 %1 转入培育。</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="1039"/>
        <source>Keeping on with %1; the count starts again.</source>
        <translation>继续跟进 %1；重新开始计数。</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="139"/>
        <source>%n reminder(s) is/are due or still to come today. This desktop has no tray, so Leadbook cannot remind you once it is closed.</source>
        <translation>
            <numerusform>今天有 %n 个提醒已到期或即将到期。当前桌面没有系统托盘，因此关闭 Leadbook 后将无法提醒你。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="146"/>
        <source>Quit Leadbook?</source>
        <translation>退出 Leadbook？</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="151"/>
        <source>&amp;Quit anyway</source>
        <translation>仍然退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="152"/>
        <source>&amp;Keep Leadbook open</source>
        <translation>保持 Leadbook 运行(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="387"/>
        <source>Reminder: %1</source>
        <translation>提醒：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="388"/>
        <source>%1 — due %2</source>
        <translation>%1 — %2 到期</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="391"/>
        <source>, </source>
        <comment>between lead names</comment>
        <extracomment>Between lead names in a notification (&quot;Anna, Jürgen, 王芳, …&quot;): Chinese &quot;、&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="395"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 个提醒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="319"/>
        <source>Re&amp;sume reminders (paused until %1)</source>
        <translation>恢复提醒（已暂停到 %1）(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="330"/>
        <source>Leadbook — %n thing(s) to do today</source>
        <translation>
            <numerusform>Leadbook — 今天有 %n 项待办</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="332"/>
        <source>Reminders paused until %1</source>
        <translation>提醒已暂停到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="373"/>
        <source>Leadbook keeps running</source>
        <translation>Leadbook 仍在运行</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="375"/>
        <source>Leadbook is still running in the system tray, so your reminders keep coming.

To open it again, click its icon in the tray. To quit, choose Quit in the tray icon&apos;s menu or File ▸ Quit.</source>
        <translation>Leadbook 仍在系统托盘中运行，提醒会照常弹出。

要重新打开，请单击托盘中的图标。要退出，请在托盘图标的菜单中选择“退出”，或选择“文件 ▸ 退出”。</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/texts.py" line="253"/>
        <source>Delete %n lead(s)</source>
        <translation>
            <numerusform>删除 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="255"/>
        <source>Add lead</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="256"/>
        <source>Add leads</source>
        <translation>添加多个客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="257"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="258"/>
        <source>Apply cadence</source>
        <translation>应用序列</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="259"/>
        <source>Cancel follow-up</source>
        <translation>取消跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="260"/>
        <source>Change stage</source>
        <translation>更改阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="253"/>
        <source>Delete lead</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="261"/>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="262"/>
        <source>Edit follow-up</source>
        <translation>编辑跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="263"/>
        <source>Edit lead</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="264"/>
        <source>Even out</source>
        <translation>均衡安排</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="265"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="266"/>
        <source>Keep going</source>
        <translation>继续跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="267"/>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="268"/>
        <source>Merge leads</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="269"/>
        <source>Move follow-up</source>
        <translation>移动跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="270"/>
        <source>New contact person</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="271"/>
        <source>Plan follow-up</source>
        <translation>安排跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="272"/>
        <source>Plan nurture touches</source>
        <translation>安排培育联系</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="273"/>
        <source>Reopen lead</source>
        <translation>重新激活客户</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="274"/>
        <source>Said no</source>
        <translation>标记拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="275"/>
        <source>Still not now</source>
        <translation>还不是时候</translation>
    </message>
</context>
<context>
    <name>UndoMessage</name>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="124"/>
        <source>Undo</source>
        <extracomment>The icon of each action of the menus and the toolbar (Lucide names), by the window&apos;s attribute.</extracomment>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="424"/>
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

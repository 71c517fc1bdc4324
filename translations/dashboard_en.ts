<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BillPdfWriter</name>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="89"/>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="91"/>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="174"/>
        <source>BILL</source>
        <translation>BILL</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="99"/>
        <source>Order #%1</source>
        <translation>Order #%1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="116"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="128"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="132"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="133"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="141"/>
        <source>   Tip</source>
        <translation>   Tip</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="144"/>
        <source>   Tendered</source>
        <translation>   Tendered</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="146"/>
        <source>   Change</source>
        <translation>   Change</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="153"/>
        <source>Not a fiscal receipt</source>
        <translation>Not a fiscal receipt</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="155"/>
        <source>The fiscal receipt is issued by the cash register.</source>
        <translation>The fiscal receipt is issued by the cash register.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="9"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="11"/>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="13"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="15"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="17"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="26"/>
        <source>Preparing</source>
        <comment>button: start preparing the order</comment>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="28"/>
        <source>Ready</source>
        <comment>button: the order is ready</comment>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="30"/>
        <source>Completed</source>
        <comment>button: the order was served</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="32"/>
        <source>Cancel</source>
        <comment>button: cancel the order</comment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="43"/>
        <source>Pay in cash</source>
        <translation>Pay in cash</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="45"/>
        <source>Pay by card</source>
        <translation>Pay by card</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="47"/>
        <source>Needs help</source>
        <translation>Needs help</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="49"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="58"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="60"/>
        <source>On the way</source>
        <translation>On the way</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="62"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="71"/>
        <source>On my way</source>
        <comment>button: acknowledge a waiter call</comment>
        <translation>On my way</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="73"/>
        <source>Done</source>
        <comment>button: complete a waiter call</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="86"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="89"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="90"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="95"/>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
</context>
<context>
    <name>StationNames</name>
    <message>
        <location filename="../app/dashboard/kitchen/stationnames.cpp" line="11"/>
        <source>Kitchen</source>
        <translation>Kitchen</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/stationnames.cpp" line="13"/>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/stationnames.cpp" line="15"/>
        <source>Grill</source>
        <translation>Grill</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/stationnames.cpp" line="17"/>
        <source>Pastry</source>
        <translation>Pastry</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/stationnames.cpp" line="19"/>
        <source>All stations</source>
        <translation>All stations</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ActionDispatcher</name>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="64"/>
        <source>Order #%1 is already &quot;%2&quot; (changed by %3).</source>
        <translation>Order #%1 is already &quot;%2&quot; (changed by %3).</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="67"/>
        <source>Order #%1 is already &quot;%2&quot;.</source>
        <translation>Order #%1 is already &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="70"/>
        <source>Order #%1 could not be changed: %2</source>
        <translation>Order #%1 could not be changed: %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="77"/>
        <source>Order #%1 was not changed: the server cannot be reached (%2). Please try again.</source>
        <translation>Order #%1 was not changed: the server cannot be reached (%2). Please try again.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="79"/>
        <source>Order #%1 was not changed: %2</source>
        <translation>Order #%1 was not changed: %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="102"/>
        <source>%1: %2 is already on the way.</source>
        <translation>%1: %2 is already on the way.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="105"/>
        <source>%1: the call is already &quot;%2&quot;.</source>
        <translation>%1: the call is already &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="108"/>
        <source>%1: the call could not be changed: %2</source>
        <translation>%1: the call could not be changed: %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="116"/>
        <source>%1: the call was not changed: the server cannot be reached (%2). Please try again.</source>
        <translation>%1: the call was not changed: the server cannot be reached (%2). Please try again.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="118"/>
        <source>%1: the call was not changed: %2</source>
        <translation>%1: the call was not changed: %2</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::AlertCoordinator</name>
    <message>
        <location filename="../app/dashboard/alerts/alertcoordinator.cpp" line="103"/>
        <source>New order #%1</source>
        <translation>New order #%1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/alerts/alertcoordinator.cpp" line="106"/>
        <source>%1 new orders</source>
        <translation>%1 new orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/alerts/alertcoordinator.cpp" line="76"/>
        <source>Waiter call: %1</source>
        <translation>Waiter call: %1</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::BillDialog</name>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="181"/>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="182"/>
        <source>Bill · %1</source>
        <translation>Bill · %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="183"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="184"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="228"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="185"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="228"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="186"/>
        <source>Tip (EUR)</source>
        <translation>Tip (EUR)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="187"/>
        <source>Tendered (EUR)</source>
        <translation>Tendered (EUR)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="190"/>
        <source>Pay whole tab</source>
        <translation>Pay whole tab</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="191"/>
        <source>Pay chosen items</source>
        <translation>Pay chosen items</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="192"/>
        <source>Payments today</source>
        <translation>Payments today</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="193"/>
        <source>Void payment…</source>
        <translation>Void payment…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="194"/>
        <source>Move tab…</source>
        <translation>Move tab…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="195"/>
        <source>Merge table in…</source>
        <translation>Merge table in…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="196"/>
        <source>Print / Save PDF…</source>
        <translation>Print / Save PDF…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="197"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="198"/>
        <source>Split in </source>
        <translation>Split in </translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="207"/>
        <source>The bill could not be loaded: %1</source>
        <translation>The bill could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="231"/>
        <source>(part %1 of %2)</source>
        <translation>(part %1 of %2)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="233"/>
        <source>+ tip %1</source>
        <translation>+ tip %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="237"/>
        <source>VOIDED: %1</source>
        <translation>VOIDED: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="258"/>
        <source>Nothing open on this table.</source>
        <translation>Nothing open on this table.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="259"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="413"/>
        <source>Paid: the tab is closed.</source>
        <translation>Paid: the tab is closed.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="294"/>
        <source>To pay: %1</source>
        <translation>To pay: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="297"/>
        <source>Chosen items: %1</source>
        <translation>Chosen items: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="299"/>
        <source>Split in %1: %2 paid, next part %3</source>
        <translation>Split in %1: %2 paid, next part %3</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="311"/>
        <source>Not enough: %1 missing</source>
        <translation>Not enough: %1 missing</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="313"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="415"/>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="325"/>
        <source>Pay part %1 of %2</source>
        <translation>Pay part %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="328"/>
        <source>Pay one part (%1)</source>
        <translation>Pay one part (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="413"/>
        <source>Payment taken.</source>
        <translation>Payment taken.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="426"/>
        <source>Not paid: %1</source>
        <translation>Not paid: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="455"/>
        <source>Payment voided.</source>
        <translation>Payment voided.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="464"/>
        <source>Order moved to %1.</source>
        <translation>Order moved to %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="473"/>
        <source>Tab moved to %1.</source>
        <translation>Tab moved to %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="482"/>
        <source>%1 merged in.</source>
        <translation>%1 merged in.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="496"/>
        <source>Bill saved: %1</source>
        <translation>Bill saved: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="497"/>
        <source>The bill could not be saved: %1</source>
        <translation>The bill could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="507"/>
        <source>Void payment</source>
        <translation>Void payment</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="508"/>
        <source>Why is this payment voided?</source>
        <translation>Why is this payment voided?</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="518"/>
        <source>Move order</source>
        <translation>Move order</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="518"/>
        <source>Move the order to table:</source>
        <translation>Move the order to table:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="527"/>
        <source>Move tab</source>
        <translation>Move tab</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="528"/>
        <source>Move the whole tab to table:</source>
        <translation>Move the whole tab to table:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="537"/>
        <source>Merge tables</source>
        <translation>Merge tables</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="538"/>
        <source>Bring the tab of table … onto this one:</source>
        <translation>Bring the tab of table … onto this one:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="552"/>
        <source>Save the bill</source>
        <translation>Save the bill</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="553"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::BillItemsTree</name>
    <message>
        <location filename="../app/dashboard/views/billitemstree.cpp" line="24"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billitemstree.cpp" line="24"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billitemstree.cpp" line="24"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billitemstree.cpp" line="24"/>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billitemstree.cpp" line="54"/>
        <source>Order #%1 · %2</source>
        <translation>Order #%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billitemstree.cpp" line="60"/>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::CallAlertPopup</name>
    <message>
        <location filename="../app/dashboard/views/callalertpopup.cpp" line="148"/>
        <source>Open bill</source>
        <translation>Open bill</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callalertpopup.cpp" line="165"/>
        <source>Waiter calls: %1</source>
        <translation>Waiter calls: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callalertpopup.cpp" line="165"/>
        <source>Waiter call!</source>
        <translation>Waiter call!</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::CallCardDelegate</name>
    <message>
        <location filename="../app/dashboard/views/callcarddelegate.cpp" line="166"/>
        <source>%1 is on the way</source>
        <translation>%1 is on the way</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callcarddelegate.cpp" line="169"/>
        <source>Done · %1</source>
        <translation>Done · %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callcarddelegate.cpp" line="189"/>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::CertificateChangedDialog</name>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="37"/>
        <source>The server&apos;s certificate has changed</source>
        <translation>The server&apos;s certificate has changed</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="41"/>
        <source>The server at %1 no longer presents the certificate this dashboard trusts. The dashboard does not connect: someone on the network may be pretending to be the server.</source>
        <translation>The server at %1 no longer presents the certificate this dashboard trusts. The dashboard does not connect: someone on the network may be pretending to be the server.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="56"/>
        <source>Trusted (SHA-256):</source>
        <translation>Trusted (SHA-256):</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="57"/>
        <source>Presented now (SHA-256):</source>
        <translation>Presented now (SHA-256):</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="59"/>
        <source>If the server was reinstalled or its certificate replaced, a manager runs &quot;tableside-server fingerprint&quot; on the server and types the last 8 characters of what it prints here to accept the new certificate.</source>
        <translation>If the server was reinstalled or its certificate replaced, a manager runs &quot;tableside-server fingerprint&quot; on the server and types the last 8 characters of what it prints here to accept the new certificate.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="66"/>
        <source>Last 8 characters, e.g. 1A:2B:3C:4D</source>
        <translation>Last 8 characters, e.g. 1A:2B:3C:4D</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="70"/>
        <source>Accept the new certificate</source>
        <translation>Accept the new certificate</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ConnectionIndicator</name>
    <message>
        <location filename="../app/dashboard/views/connectionindicator.cpp" line="34"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/connectionindicator.cpp" line="34"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/connectionindicator.cpp" line="39"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/connectionindicator.cpp" line="45"/>
        <source>Reconnecting in %1 s · offline since %2</source>
        <translation>Reconnecting in %1 s · offline since %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/connectionindicator.cpp" line="50"/>
        <source>Offline since %1 (refused by the server)</source>
        <translation>Offline since %1 (refused by the server)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/connectionindicator.cpp" line="54"/>
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ConsoleWindow</name>
    <message>
        <location filename="../app/dashboard/console/consolewindow.cpp" line="100"/>
        <location filename="../app/dashboard/console/consolewindow.cpp" line="101"/>
        <source>Manage the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/consolewindow.cpp" line="102"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::DashboardApplication</name>
    <message>
        <location filename="../app/dashboard/app/dashboardapplication.cpp" line="69"/>
        <source>Your session has ended. Please enter your PIN again.</source>
        <translation>Your session has ended. Please enter your PIN again.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/app/dashboardapplication.cpp" line="82"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/app/dashboardapplication.cpp" line="129"/>
        <source>The dashboard did not connect: the certificate fingerprint of the server at %1 did not match the server&apos;s. Ask a manager to check the server address and run &quot;tableside-server fingerprint&quot; on the server.</source>
        <translation>The dashboard did not connect: the certificate fingerprint of the server at %1 did not match the server&apos;s. Ask a manager to check the server address and run &quot;tableside-server fingerprint&quot; on the server.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::FirstTrustDialog</name>
    <message>
        <location filename="../app/dashboard/views/firsttrustdialog.cpp" line="16"/>
        <source>Check the server&apos;s certificate</source>
        <translation>Check the server&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/firsttrustdialog.cpp" line="19"/>
        <source>This is the first encrypted connection from this dashboard to the server at %1. Compare this SHA-256 fingerprint with the one the server printed at installation, or with what &quot;tableside-server fingerprint&quot; prints on the server:</source>
        <translation>This is the first encrypted connection from this dashboard to the server at %1. Compare this SHA-256 fingerprint with the one the server printed at installation, or with what &quot;tableside-server fingerprint&quot; prints on the server:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/firsttrustdialog.cpp" line="29"/>
        <source>If they differ, someone on the network may be pretending to be the server: do not sign in here.</source>
        <translation>If they differ, someone on the network may be pretending to be the server: do not sign in here.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/firsttrustdialog.cpp" line="39"/>
        <source>They differ — don&apos;t connect</source>
        <translation>They differ — don&apos;t connect</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/firsttrustdialog.cpp" line="40"/>
        <source>They match — trust this server</source>
        <translation>They match — trust this server</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::KitchenActions</name>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenactions.cpp" line="79"/>
        <source>Order %1 is not ready here; there is nothing to recall.</source>
        <translation>Order %1 is not ready here; there is nothing to recall.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenactions.cpp" line="211"/>
        <source>Order %1: the server cannot be reached (%2). Try again.</source>
        <translation>Order %1: the server cannot be reached (%2). Try again.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenactions.cpp" line="214"/>
        <source>Order %1: %2</source>
        <translation>Order %1: %2</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::KitchenBoard</name>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="234"/>
        <source>No orders waiting</source>
        <translation>No orders waiting</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="296"/>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="301"/>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="301"/>
        <source>COOKING</source>
        <translation>COOKING</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="341"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="368"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="378"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="379"/>
        <source>▶ Start</source>
        <translation>▶ Start</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="380"/>
        <source>✓ Ready</source>
        <translation>✓ Ready</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="404"/>
        <source>Page %1/%2 · %n more ▸ (PgDn)</source>
        <translation>
            <numerusform>Page %1/%2 · %n more ▸ (PgDn)</numerusform>
            <numerusform>Page %1/%2 · %n more ▸ (PgDn)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="405"/>
        <source>Page %1/%2 ◂ (PgUp)</source>
        <translation>Page %1/%2 ◂ (PgUp)</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::KitchenTileModel</name>
    <message>
        <location filename="../app/dashboard/kitchen/kitchentilemodel.cpp" line="77"/>
        <source>#%1 · table %2</source>
        <translation>#%1 · table %2</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::KitchenWindow</name>
    <message numerus="yes">
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="308"/>
        <source>Nothing to recall: no order was bumped here in the last %n minute(s).</source>
        <translation>
            <numerusform>Nothing to recall: no order was bumped here in the last minute.</numerusform>
            <numerusform>Nothing to recall: no order was bumped here in the last %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="357"/>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="382"/>
        <source>All day:</source>
        <translation>All day:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="405"/>
        <source>Table %1: %2</source>
        <translation>Table %1: %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="426"/>
        <source>Recall (Backspace):</source>
        <translation>Recall (Backspace):</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="432"/>
        <source>↶ #%1 · table %2</source>
        <translation>↶ #%1 · table %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="448"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="452"/>
        <source>● Syncing…</source>
        <translation>● Syncing…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="455"/>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="472"/>
        <source>No connection to the server for %1. Retrying by itself; the orders shown may be out of date.</source>
        <translation>No connection to the server for %1. Retrying by itself; the orders shown may be out of date.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="478"/>
        <source>Signed in as a waiter (%1): bumping needs a kitchen or manager PIN.</source>
        <translation>Signed in as a waiter (%1): bumping needs a kitchen or manager PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="493"/>
        <source>%n order(s) waiting</source>
        <translation>
            <numerusform>%n order waiting</numerusform>
            <numerusform>%n orders waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="498"/>
        <source>Tableside kitchen</source>
        <translation>Tableside kitchen</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="500"/>
        <source>KITCHEN · all stations</source>
        <translation>KITCHEN · all stations</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="501"/>
        <source>STATION: %1</source>
        <translation>STATION: %1</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::LoginDialog</name>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="94"/>
        <source>Tableside — staff login</source>
        <translation>Tableside — staff login</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="95"/>
        <source>Staff login</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="96"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="97"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="98"/>
        <source>Your name (optional)</source>
        <translation>Your name (optional)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="99"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="100"/>
        <source>Your staff PIN</source>
        <translation>Your staff PIN</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="101"/>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="101"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="102"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="119"/>
        <source>Enter the server address, for example http://192.168.1.10:8080</source>
        <translation>Enter the server address, for example http://192.168.1.10:8080</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="123"/>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="144"/>
        <source>The server answered, but not like a Tableside server.</source>
        <translation>The server answered, but not like a Tableside server.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="149"/>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="151"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="153"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Too many attempts. Wait a minute and try again.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="155"/>
        <source>Login failed: %1</source>
        <translation>Login failed: %1</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::MainWindow</name>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="247"/>
        <source>New order #%1 · %2</source>
        <translation>New order #%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/views/mainwindow.cpp" line="250"/>
        <source>%n item(s) · %1</source>
        <translation>
            <numerusform>%n item · %1</numerusform>
            <numerusform>%n items · %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="260"/>
        <source>%1 new orders</source>
        <translation>%1 new orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="265"/>
        <source>Someone was faster</source>
        <translation>Someone was faster</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="272"/>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="276"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="302"/>
        <source>Tableside Dashboard</source>
        <translation>Tableside Dashboard</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="303"/>
        <source>Tableside</source>
        <translation>Tableside</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="305"/>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="306"/>
        <source>☰ Menu</source>
        <translation>☰ Menu</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="307"/>
        <source>Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="308"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="309"/>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="310"/>
        <source>Switch staff / log out</source>
        <translation>Switch staff / log out</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="311"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="312"/>
        <source>No open waiter calls</source>
        <translation>No open waiter calls</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="314"/>
        <source>Nothing here</source>
        <translation>Nothing here</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="315"/>
        <source>No completed orders yet</source>
        <translation>No completed orders yet</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="316"/>
        <source>No completed calls yet</source>
        <translation>No completed calls yet</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="333"/>
        <source>Waiter calls (%1)</source>
        <translation>Waiter calls (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="335"/>
        <source>Active (%1)</source>
        <translation>Active (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="336"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="337"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="338"/>
        <source>Completed orders (%1)</source>
        <translation>Completed orders (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="339"/>
        <source>Completed calls (%1)</source>
        <translation>Completed calls (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="348"/>
        <source>The last backup failed (%1): %2. Orders are safe on the server, but there is no fresh copy; see docs/backups.md.</source>
        <translation>The last backup failed (%1): %2. Orders are safe on the server, but there is no fresh copy; see docs/backups.md.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="383"/>
        <source>%1 is paid</source>
        <translation>%1 is paid</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="384"/>
        <source>The bill was closed on another device.</source>
        <translation>The bill was closed on another device.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::OnShiftLabel</name>
    <message>
        <location filename="../app/dashboard/views/onshiftlabel.cpp" line="40"/>
        <location filename="../app/dashboard/views/onshiftlabel.cpp" line="42"/>
        <source>On shift: %1</source>
        <translation>On shift: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/onshiftlabel.cpp" line="45"/>
        <source>On shift: %1 and %2 more</source>
        <extracomment>&quot;On shift: Ivan, Maria, Petar and 4 more&quot;</extracomment>
        <translation>On shift: %1 and %2 more</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::OnShiftModel</name>
    <message>
        <location filename="../app/dashboard/models/onshiftmodel.cpp" line="15"/>
        <source>waiter</source>
        <translation>waiter</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/onshiftmodel.cpp" line="17"/>
        <source>kitchen</source>
        <translation>kitchen</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/onshiftmodel.cpp" line="19"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/onshiftmodel.cpp" line="44"/>
        <source>%1 (%2)</source>
        <extracomment>On-shift list tooltip: &quot;Maria (waiter)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::OrderCardDelegate</name>
    <message>
        <location filename="../app/dashboard/views/ordercarddelegate.cpp" line="203"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/ordercarddelegate.cpp" line="229"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::PinChangeDialog</name>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="40"/>
        <source>Tableside — choose a new PIN</source>
        <translation>Tableside — choose a new PIN</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="44"/>
        <source>Your PIN is shorter than %1 digits and easy to guess. Please choose a new PIN of %1 to 8 digits.</source>
        <translation>Your PIN is shorter than %1 digits and easy to guess. Please choose a new PIN of %1 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="51"/>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="53"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="56"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="57"/>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="86"/>
        <source>A new PIN is %1 to 8 digits.</source>
        <translation>A new PIN is %1 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="90"/>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="105"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Too many attempts. Wait a minute and try again.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="107"/>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ServerTrust</name>
    <message>
        <location filename="../app/dashboard/sync/servertrust.cpp" line="155"/>
        <source>The server at %1 presents another certificate than the one this dashboard trusts, so the dashboard does not connect (someone may be listening in).
Trusted:   %2
Presented: %3
If the server was reinstalled or its certificate replaced, a manager can accept the new one after comparing it with what &quot;tableside-server fingerprint&quot; prints on the server.</source>
        <translation>The server at %1 presents another certificate than the one this dashboard trusts, so the dashboard does not connect (someone may be listening in).
Trusted:   %2
Presented: %3
If the server was reinstalled or its certificate replaced, a manager can accept the new one after comparing it with what &quot;tableside-server fingerprint&quot; prints on the server.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::SettingsDialog</name>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="131"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="132"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="133"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="134"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="135"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="136"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="137"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="138"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="139"/>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="140"/>
        <source>Test sound: order</source>
        <translation>Test sound: order</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="141"/>
        <source>Test sound: waiter call</source>
        <translation>Test sound: waiter call</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="142"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="143"/>
        <source>Sound for new orders</source>
        <translation>Sound for new orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="144"/>
        <source>Popup for new orders</source>
        <translation>Popup for new orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="145"/>
        <source>Repeating sound for waiter calls</source>
        <translation>Repeating sound for waiter calls</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="146"/>
        <source>Red popup for waiter calls</source>
        <translation>Red popup for waiter calls</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="147"/>
        <source>System tray notifications</source>
        <translation>System tray notifications</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="148"/>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="149"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="150"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::StatusColumnSwitcher</name>
    <message>
        <location filename="../app/dashboard/views/statuscolumnswitcher.cpp" line="86"/>
        <source>Order status columns</source>
        <translation>Order status columns</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::TableTile</name>
    <message>
        <location filename="../app/dashboard/views/tabletile.cpp" line="70"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/tabletile.cpp" line="72"/>
        <source>Open tab</source>
        <translation>Open tab</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/tabletile.cpp" line="74"/>
        <source>Order waiting</source>
        <translation>Order waiting</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/tabletile.cpp" line="76"/>
        <source>Call waiting</source>
        <translation>Call waiting</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/tabletile.cpp" line="78"/>
        <source>Bill requested</source>
        <translation>Bill requested</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/tabletile.cpp" line="80"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::TablesView</name>
    <message>
        <location filename="../app/dashboard/views/tablesview.cpp" line="85"/>
        <source>Other tables</source>
        <translation>Other tables</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/tablesview.cpp" line="115"/>
        <source>No tables yet: a manager adds them in the console.</source>
        <translation>No tables yet: a manager adds them in the console.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::Toast</name>
    <message>
        <location filename="../app/dashboard/views/toast.cpp" line="45"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
</TS>

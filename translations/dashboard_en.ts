<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BillPdfWriter</name>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="77"/>
        <source>Tax ID %1</source>
        <translation>Tax ID %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="98"/>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="100"/>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="191"/>
        <source>BILL</source>
        <translation>BILL</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="108"/>
        <source>Order #%1</source>
        <translation>Order #%1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="129"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="142"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="145"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="146"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="154"/>
        <source>   Tip</source>
        <translation>   Tip</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="157"/>
        <source>   Tendered</source>
        <translation>   Tendered</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="159"/>
        <source>   Change</source>
        <translation>   Change</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="166"/>
        <source>Not a fiscal receipt</source>
        <translation>Not a fiscal receipt</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="171"/>
        <source>The fiscal receipt is issued by the cash register.</source>
        <translation>The fiscal receipt is issued by the cash register.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="10"/>
        <source>New</source>
        <comment>status of one order</comment>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="12"/>
        <source>Preparing</source>
        <comment>status of one order</comment>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="14"/>
        <source>Ready</source>
        <comment>status of one order</comment>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="16"/>
        <source>Completed</source>
        <comment>status of one order</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="18"/>
        <source>Cancelled</source>
        <comment>status of one order</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="20"/>
        <source>Waiting for approval</source>
        <comment>status of one order</comment>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="29"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="31"/>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="33"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="35"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="37"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="39"/>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="48"/>
        <source>Preparing</source>
        <comment>button: start preparing the order</comment>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="50"/>
        <source>Ready</source>
        <comment>button: the order is ready</comment>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="52"/>
        <source>Completed</source>
        <comment>button: the order was served</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="54"/>
        <source>Cancel</source>
        <comment>button: cancel the order</comment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="57"/>
        <source>Approve</source>
        <comment>button: let a waiting order through to the kitchen</comment>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="68"/>
        <source>Pay in cash</source>
        <translation>Pay in cash</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="70"/>
        <source>Pay by card</source>
        <translation>Pay by card</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="72"/>
        <source>Needs help</source>
        <translation>Needs help</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="74"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="83"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="85"/>
        <source>On the way</source>
        <translation>On the way</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="87"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="96"/>
        <source>On my way</source>
        <comment>button: acknowledge a waiter call</comment>
        <translation>On my way</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="98"/>
        <source>Done</source>
        <comment>button: complete a waiter call</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="111"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="114"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="115"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="120"/>
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
        <location filename="../app/dashboard/alerts/alertcoordinator.cpp" line="111"/>
        <source>New order #%1</source>
        <translation>New order #%1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/alerts/alertcoordinator.cpp" line="114"/>
        <source>%1 new orders</source>
        <translation>%1 new orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/alerts/alertcoordinator.cpp" line="84"/>
        <source>Waiter call: %1</source>
        <translation>Waiter call: %1</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ApprovalStrip</name>
    <message>
        <location filename="../app/dashboard/console/approvalstrip.cpp" line="73"/>
        <source>Waiting for approval (%1)</source>
        <translation>Waiting for approval (%1)</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::AuditPage</name>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="83"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="84"/>
        <source>Who changed what</source>
        <translation>Who changed what</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="85"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="85"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="85"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="85"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="86"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="86"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="86"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="86"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="90"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="90"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="90"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="90"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="90"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="91"/>
        <source>Older entries</source>
        <translation>Older entries</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="92"/>
        <source>From: any day</source>
        <translation>From: any day</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="93"/>
        <source>&apos;From&apos; d MMM yyyy</source>
        <translation>&apos;From&apos; d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="94"/>
        <source>To: any day</source>
        <translation>To: any day</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="95"/>
        <source>&apos;To&apos; d MMM yyyy</source>
        <translation>&apos;To&apos; d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="96"/>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="105"/>
        <source>No changes recorded for this filter.</source>
        <translation>No changes recorded for this filter.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="106"/>
        <source>No changes recorded yet. Changes made in the console (menu, tables, staff, service), voided payments and approved or rejected orders appear here, with who made them and when.</source>
        <translation>No changes recorded yet. Changes made in the console (menu, tables, staff, service), voided payments and approved or rejected orders appear here, with who made them and when.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::BillDialog</name>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="205"/>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="206"/>
        <source>Bill · %1</source>
        <translation>Bill · %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="207"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="208"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="257"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="209"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="257"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="210"/>
        <source>Tip (EUR)</source>
        <translation>Tip (EUR)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="211"/>
        <source>Tendered (EUR)</source>
        <translation>Tendered (EUR)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="216"/>
        <source>Pay whole tab</source>
        <translation>Pay whole tab</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="217"/>
        <source>Pay chosen items</source>
        <translation>Pay chosen items</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="218"/>
        <source>Payments today</source>
        <translation>Payments today</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="219"/>
        <source>Void payment…</source>
        <translation>Void payment…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="220"/>
        <source>Move tab…</source>
        <translation>Move tab…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="221"/>
        <source>Merge table in…</source>
        <translation>Merge table in…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="222"/>
        <source>Print / Save PDF…</source>
        <translation>Print / Save PDF…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="223"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="224"/>
        <source>Split in </source>
        <translation>Split in </translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="225"/>
        <source>No split</source>
        <translation>No split</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="227"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="273"/>
        <source>No payments yet today</source>
        <translation>No payments yet today</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="236"/>
        <source>The bill could not be loaded: %1</source>
        <translation>The bill could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="260"/>
        <source>(part %1 of %2)</source>
        <translation>(part %1 of %2)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="262"/>
        <source>+ tip %1</source>
        <translation>+ tip %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="266"/>
        <source>VOIDED: %1</source>
        <translation>VOIDED: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="295"/>
        <source>Nothing open on this table.</source>
        <translation>Nothing open on this table.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="296"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="455"/>
        <source>Paid: the tab is closed.</source>
        <translation>Paid: the tab is closed.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="333"/>
        <source>To pay: %1</source>
        <translation>To pay: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="336"/>
        <source>Chosen items: %1</source>
        <translation>Chosen items: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="338"/>
        <source>Split in %1: %2 paid, next part %3</source>
        <translation>Split in %1: %2 paid, next part %3</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="351"/>
        <source>Not enough: %1 missing</source>
        <translation>Not enough: %1 missing</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="352"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="457"/>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="366"/>
        <source>Pay part %1 of %2</source>
        <translation>Pay part %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="368"/>
        <source>Pay one part (%1)</source>
        <translation>Pay one part (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="370"/>
        <source>Pay one part</source>
        <translation>Pay one part</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="455"/>
        <source>Payment taken.</source>
        <translation>Payment taken.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="468"/>
        <source>Not paid: %1</source>
        <translation>Not paid: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="499"/>
        <source>Payment voided.</source>
        <translation>Payment voided.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="508"/>
        <source>Order moved to %1.</source>
        <translation>Order moved to %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="517"/>
        <source>Tab moved to %1.</source>
        <translation>Tab moved to %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="525"/>
        <source>Not merged: this is %1 itself. Choose another table.</source>
        <translation>Not merged: this is %1 itself. Choose another table.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="533"/>
        <source>%1 merged in.</source>
        <translation>%1 merged in.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="551"/>
        <source>Bill saved: %1</source>
        <translation>Bill saved: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="552"/>
        <source>The bill could not be saved: %1</source>
        <translation>The bill could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="563"/>
        <source>Void payment</source>
        <translation>Void payment</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="563"/>
        <source>Why is this payment voided?</source>
        <translation>Why is this payment voided?</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="573"/>
        <source>Move order</source>
        <translation>Move order</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="573"/>
        <source>Move the order to table:</source>
        <translation>Move the order to table:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="582"/>
        <source>Move tab</source>
        <translation>Move tab</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="582"/>
        <source>Move the whole tab to table:</source>
        <translation>Move the whole tab to table:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="592"/>
        <source>Merge tables</source>
        <translation>Merge tables</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="593"/>
        <source>Bring the tab of table … onto this one:</source>
        <translation>Bring the tab of table … onto this one:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="601"/>
        <source>Not merged: “%1” is not a table number.</source>
        <translation>Not merged: “%1” is not a table number.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="616"/>
        <source>Save the bill</source>
        <translation>Save the bill</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="616"/>
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
        <location filename="../app/dashboard/views/billitemstree.cpp" line="55"/>
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
        <location filename="../app/dashboard/views/callalertpopup.cpp" line="156"/>
        <source>Open bill</source>
        <translation>Open bill</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callalertpopup.cpp" line="173"/>
        <source>Waiter calls: %1</source>
        <translation>Waiter calls: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callalertpopup.cpp" line="173"/>
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
        <location filename="../app/dashboard/views/callcarddelegate.cpp" line="172"/>
        <source>⚠ Escalated to managers (level %1)</source>
        <translation>⚠ Escalated to managers (level %1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callcarddelegate.cpp" line="173"/>
        <source>⚠ Reminded all waiters (level %1)</source>
        <translation>⚠ Reminded all waiters (level %1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callcarddelegate.cpp" line="197"/>
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
        <location filename="../app/dashboard/console/consolewindow.cpp" line="113"/>
        <location filename="../app/dashboard/console/consolewindow.cpp" line="114"/>
        <source>Manage the venue</source>
        <translation>Manage the venue</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/consolewindow.cpp" line="115"/>
        <source>Close</source>
        <translation>Close</translation>
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
    <name>tableside::dashboard::DeviceAlerts</name>
    <message>
        <location filename="../app/dashboard/service/devicealerts.cpp" line="41"/>
        <source>%1 is offline</source>
        <translation>%1 is offline</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicealerts.cpp" line="43"/>
        <source>%1 is behind</source>
        <translation>%1 is behind</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicealerts.cpp" line="45"/>
        <source>%1 is muted</source>
        <translation>%1 is muted</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicealerts.cpp" line="65"/>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::DeviceListModel</name>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="57"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="59"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="61"/>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="65"/>
        <source>Behind</source>
        <translation>Behind</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="67"/>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="112"/>
        <source>Kitchen</source>
        <translation>Kitchen</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="112"/>
        <source>Kitchen (%1)</source>
        <translation>Kitchen (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="113"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="116"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="118"/>
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="120"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="123"/>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="124"/>
        <source>%n event(s), %1 s</source>
        <translation>
            <numerusform>%n event, %1 s</numerusform>
            <numerusform>%n events, %1 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="126"/>
        <source>Muted</source>
        <translation>Muted</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="126"/>
        <source>On</source>
        <translation>On</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::DevicesPage</name>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="26"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="50"/>
        <location filename="../app/dashboard/service/devicespage.cpp" line="52"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="63"/>
        <source>Time to acknowledge calls today</source>
        <translation>Time to acknowledge calls today</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="67"/>
        <location filename="../app/dashboard/service/devicespage.cpp" line="75"/>
        <source>Waiter</source>
        <translation>Waiter</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="67"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="67"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="67"/>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="73"/>
        <source>Tables for this shift</source>
        <translation>Tables for this shift</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="75"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/service/devicespage.cpp" line="124"/>
        <source>All staff: %n call(s) answered, median %1, 90th percentile %2; waiting now: %3</source>
        <translation>
            <numerusform>All staff: %n call answered, median %1, 90th percentile %2; waiting now: %3</numerusform>
            <numerusform>All staff: %n calls answered, median %1, 90th percentile %2; waiting now: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="163"/>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="167"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
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
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="329"/>
        <source>Nothing to recall: no order was bumped here in the last %n minute(s).</source>
        <translation>
            <numerusform>Nothing to recall: no order was bumped here in the last minute.</numerusform>
            <numerusform>Nothing to recall: no order was bumped here in the last %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="378"/>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="403"/>
        <source>All day:</source>
        <translation>All day:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="427"/>
        <source>Table %1: %2</source>
        <translation>Table %1: %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="433"/>
        <source>⚠ Table %1: order #%2 not picked up</source>
        <translation>⚠ Table %1: order #%2 not picked up</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="455"/>
        <source>Recall (Backspace):</source>
        <translation>Recall (Backspace):</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="461"/>
        <source>↶ #%1 · table %2</source>
        <translation>↶ #%1 · table %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="477"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="481"/>
        <source>● Syncing…</source>
        <translation>● Syncing…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="484"/>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="501"/>
        <source>No connection to the server for %1. Retrying by itself; the orders shown may be out of date.</source>
        <translation>No connection to the server for %1. Retrying by itself; the orders shown may be out of date.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="507"/>
        <source>Signed in as a waiter (%1): bumping needs a kitchen or manager PIN.</source>
        <translation>Signed in as a waiter (%1): bumping needs a kitchen or manager PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="522"/>
        <source>%n order(s) waiting</source>
        <translation>
            <numerusform>%n order waiting</numerusform>
            <numerusform>%n orders waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="527"/>
        <source>Tableside kitchen</source>
        <translation>Tableside kitchen</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="529"/>
        <source>KITCHEN · all stations</source>
        <translation>KITCHEN · all stations</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="530"/>
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
        <location filename="../app/dashboard/views/mainwindow.cpp" line="119"/>
        <source>My tables…</source>
        <translation>My tables…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="309"/>
        <source>New order #%1 · %2</source>
        <translation>New order #%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/views/mainwindow.cpp" line="312"/>
        <source>%n item(s) · %1</source>
        <translation>
            <numerusform>%n item · %1</numerusform>
            <numerusform>%n items · %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="322"/>
        <source>%1 new orders</source>
        <translation>%1 new orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="327"/>
        <source>Someone was faster</source>
        <translation>Someone was faster</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="334"/>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="338"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="364"/>
        <source>Tableside Dashboard</source>
        <translation>Tableside Dashboard</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="365"/>
        <source>Tableside</source>
        <translation>Tableside</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="367"/>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="368"/>
        <source>☰ Menu</source>
        <translation>☰ Menu</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="369"/>
        <source>Manage…</source>
        <translation>Manage…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="370"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="371"/>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="372"/>
        <source>Switch staff / log out</source>
        <translation>Switch staff / log out</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="373"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="374"/>
        <source>No open waiter calls</source>
        <translation>No open waiter calls</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="376"/>
        <source>Nothing here</source>
        <translation>Nothing here</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="377"/>
        <source>No completed orders yet</source>
        <translation>No completed orders yet</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="378"/>
        <source>No completed calls yet</source>
        <translation>No completed calls yet</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="395"/>
        <source>Waiter calls (%1)</source>
        <translation>Waiter calls (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="397"/>
        <source>Active (%1)</source>
        <translation>Active (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="398"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="399"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="400"/>
        <source>Completed orders (%1)</source>
        <translation>Completed orders (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="401"/>
        <source>Completed calls (%1)</source>
        <translation>Completed calls (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="410"/>
        <source>The last backup failed (%1): %2. Orders are safe on the server, but there is no fresh copy; see docs/backups.md.</source>
        <translation>The last backup failed (%1): %2. Orders are safe on the server, but there is no fresh copy; see docs/backups.md.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="449"/>
        <source>%1: the tab was moved</source>
        <translation>%1: the tab was moved</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="450"/>
        <source>%1 is paid</source>
        <translation>%1 is paid</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="451"/>
        <source>The bill was closed on another device.</source>
        <translation>The bill was closed on another device.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::MenuPage</name>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="69"/>
        <source>Name (Bulgarian)</source>
        <translation>Name (Bulgarian)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="70"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="160"/>
        <source>Photo saved.</source>
        <translation>Photo saved.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="169"/>
        <source>Photo removed.</source>
        <translation>Photo removed.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="183"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="184"/>
        <source>Menu: categories, products, prices, pauses</source>
        <translation>Menu: categories, products, prices, pauses</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="185"/>
        <location filename="../app/dashboard/console/menupage.cpp" line="391"/>
        <source>Add category</source>
        <translation>Add category</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="186"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="187"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="188"/>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="189"/>
        <location filename="../app/dashboard/console/menupage.cpp" line="190"/>
        <source>Drag to change the order</source>
        <translation>Drag to change the order</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="233"/>
        <source>%1 (paused)</source>
        <translation>%1 (paused)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="248"/>
        <source>Resume category</source>
        <translation>Resume category</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="249"/>
        <source>Pause category</source>
        <translation>Pause category</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="264"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="266"/>
        <source> · hidden</source>
        <translation> · hidden</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="268"/>
        <source> · paused</source>
        <translation> · paused</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="270"/>
        <source> · not available</source>
        <translation> · not available</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="304"/>
        <source>%1: closed — tap to open</source>
        <translation>%1: closed — tap to open</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="305"/>
        <source>%1: open — tap to close</source>
        <translation>%1: open — tap to close</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="346"/>
        <source>The price needs at most two decimals, e.g. 4.50.</source>
        <translation>The price needs at most two decimals, e.g. 4.50.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="358"/>
        <source>Product added.</source>
        <translation>Product added.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="365"/>
        <source>Saved. Guests see it on their next menu check.</source>
        <translation>Saved. Guests see it on their next menu check.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="374"/>
        <location filename="../app/dashboard/console/menupage.cpp" line="383"/>
        <source>New order saved.</source>
        <translation>New order saved.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="410"/>
        <source>Rename category</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="420"/>
        <source>Delete category</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="421"/>
        <source>Delete the category &quot;%1&quot;? Only an empty category can go.</source>
        <translation>Delete the category &quot;%1&quot;? Only an empty category can go.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="437"/>
        <source>Category back on the guests&apos; menu.</source>
        <translation>Category back on the guests&apos; menu.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="438"/>
        <source>Category paused: guests do not see it.</source>
        <translation>Category paused: guests do not see it.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::MenuProductEditor</name>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="35"/>
        <source>Gluten</source>
        <translation>Gluten</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="37"/>
        <source>Crustaceans</source>
        <translation>Crustaceans</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="39"/>
        <source>Eggs</source>
        <translation>Eggs</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="41"/>
        <source>Fish</source>
        <translation>Fish</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="43"/>
        <source>Peanuts</source>
        <translation>Peanuts</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="45"/>
        <source>Soybeans</source>
        <translation>Soybeans</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="47"/>
        <source>Milk</source>
        <translation>Milk</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="49"/>
        <source>Nuts</source>
        <translation>Nuts</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="51"/>
        <source>Celery</source>
        <translation>Celery</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="53"/>
        <source>Mustard</source>
        <translation>Mustard</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="55"/>
        <source>Sesame</source>
        <translation>Sesame</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="57"/>
        <source>Sulphites</source>
        <translation>Sulphites</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="59"/>
        <source>Lupin</source>
        <translation>Lupin</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="61"/>
        <source>Molluscs</source>
        <translation>Molluscs</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="210"/>
        <source>Photo uploaded</source>
        <translation>Photo uploaded</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="210"/>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="213"/>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="308"/>
        <source>Product %1</source>
        <translation>Product %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="213"/>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="308"/>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="266"/>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="267"/>
        <source>Images (*.jpg *.jpeg *.png *.gif)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="293"/>
        <source>Name (Bulgarian)</source>
        <translation>Name (Bulgarian)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="294"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="295"/>
        <source>Description (Bulgarian)</source>
        <translation>Description (Bulgarian)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="296"/>
        <source>Description (English)</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="297"/>
        <source>Price, EUR</source>
        <translation>Price, EUR</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="298"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="299"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="300"/>
        <source>Hidden from guests</source>
        <translation>Hidden from guests</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="301"/>
        <source>Allergens</source>
        <translation>Allergens</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="302"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="303"/>
        <source>Choose photo…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="304"/>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="305"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::MyTablesDialog</name>
    <message>
        <location filename="../app/dashboard/service/mytablesdialog.cpp" line="25"/>
        <source>My tables</source>
        <translation>My tables</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/mytablesdialog.cpp" line="28"/>
        <source>Calls and ready orders of your tables ring on your devices first.</source>
        <translation>Calls and ready orders of your tables ring on your devices first.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/mytablesdialog.cpp" line="45"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/mytablesdialog.cpp" line="73"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
        <location filename="../app/dashboard/views/ordercarddelegate.cpp" line="65"/>
        <source>⚠ Not picked up: managers alerted (level %1)</source>
        <translation>⚠ Not picked up: managers alerted (level %1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/ordercarddelegate.cpp" line="66"/>
        <source>⚠ Not picked up: reminded all waiters (level %1)</source>
        <translation>⚠ Not picked up: reminded all waiters (level %1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/ordercarddelegate.cpp" line="224"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/ordercarddelegate.cpp" line="253"/>
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
    <name>tableside::dashboard::PrinterStatusLine</name>
    <message>
        <location filename="../app/dashboard/views/printerstatusline.cpp" line="66"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/printerstatusline.cpp" line="68"/>
        <source>out of paper</source>
        <translation>out of paper</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/printerstatusline.cpp" line="70"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/printerstatusline.cpp" line="73"/>
        <source>Printer %1: %2</source>
        <translation>Printer %1: %2</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::PrintersPage</name>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="49"/>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="50"/>
        <source>Ticket and bill printers</source>
        <translation>Ticket and bill printers</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="51"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="51"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="51"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="52"/>
        <source>Code page</source>
        <translation>Code page</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="52"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="52"/>
        <source>Prints</source>
        <translation>Prints</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="52"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="53"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="54"/>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="58"/>
        <source>No printers are set up. Ticket and bill printers are set in the server&apos;s config file (server.conf), one group per printer: printers/&lt;name&gt;/address, printers/&lt;name&gt;/station, printers/&lt;name&gt;/width … — see the manual (Printing). The server reads them when it starts; this page shows them once it has restarted.</source>
        <translation>No printers are set up. Ticket and bill printers are set in the server&apos;s config file (server.conf), one group per printer: printers/&lt;name&gt;/address, printers/&lt;name&gt;/station, printers/&lt;name&gt;/width … — see the manual (Printing). The server reads them when it starts; this page shows them once it has restarted.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="76"/>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="78"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="80"/>
        <source>out of paper</source>
        <translation>out of paper</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="82"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="83"/>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="87"/>
        <source>new orders</source>
        <translation>new orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="89"/>
        <source>when started</source>
        <translation>when started</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="91"/>
        <source>late orders</source>
        <translation>late orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="92"/>
        <source>bills and reprints</source>
        <translation>bills and reprints</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/console/printerspage.cpp" line="101"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/console/printerspage.cpp" line="103"/>
        <source>%n uncertain (reprint if missing)</source>
        <translation>
            <numerusform>%n uncertain (reprint if missing)</numerusform>
            <numerusform>%n uncertain (reprint if missing)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="108"/>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="128"/>
        <source>Choose a printer first.</source>
        <translation>Choose a printer first.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="132"/>
        <source>Printing a test page on %1 …</source>
        <translation>Printing a test page on %1 …</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="138"/>
        <source>%1 printed the test page: %2</source>
        <translation>%1 printed the test page: %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="140"/>
        <source>%1 did not print: %2</source>
        <translation>%1 did not print: %2</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ReadyOrderAlerts</name>
    <message>
        <location filename="../app/dashboard/service/readyorderalerts.cpp" line="69"/>
        <source>Order #%1 is ready · %2</source>
        <translation>Order #%1 is ready · %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/readyorderalerts.cpp" line="70"/>
        <source>Ready to serve.</source>
        <translation>Ready to serve.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/readyorderalerts.cpp" line="73"/>
        <source>Order #%1 still waiting · %2</source>
        <translation>Order #%1 still waiting · %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/readyorderalerts.cpp" line="74"/>
        <source>Nobody picked it up: managers alerted (level %1).</source>
        <translation>Nobody picked it up: managers alerted (level %1).</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/readyorderalerts.cpp" line="75"/>
        <source>Nobody picked it up: all waiters reminded (level %1).</source>
        <translation>Nobody picked it up: all waiters reminded (level %1).</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ReportTableModel</name>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="121"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="122"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="123"/>
        <source>Product no.</source>
        <translation>Product no.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="124"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="125"/>
        <source>Name (bg)</source>
        <translation>Name (bg)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="126"/>
        <source>Name (en)</source>
        <translation>Name (en)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="127"/>
        <source>Category (bg)</source>
        <translation>Category (bg)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="128"/>
        <source>Category (en)</source>
        <translation>Category (en)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="129"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="130"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="131"/>
        <source>Revenue in leva</source>
        <translation>Revenue in leva</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="132"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="133"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="134"/>
        <source>Hour starts</source>
        <translation>Hour starts</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="135"/>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="136"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="137"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="138"/>
        <source>Orders completed</source>
        <translation>Orders completed</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="139"/>
        <source>Completed orders&apos; value</source>
        <translation>Completed orders&apos; value</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="140"/>
        <source>Orders cancelled</source>
        <translation>Orders cancelled</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="141"/>
        <source>Calls acknowledged</source>
        <translation>Calls acknowledged</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="142"/>
        <source>Calls completed</source>
        <translation>Calls completed</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="143"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="144"/>
        <source>Payments&apos; amount</source>
        <translation>Payments&apos; amount</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="145"/>
        <source>Voided payments</source>
        <translation>Voided payments</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="146"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="147"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="148"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="149"/>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="150"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="151"/>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="152"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="153"/>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="154"/>
        <source>Business day</source>
        <translation>Business day</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="155"/>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="156"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="157"/>
        <source>From (minutes)</source>
        <translation>From (minutes)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="158"/>
        <source>To (minutes)</source>
        <translation>To (minutes)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="161"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="162"/>
        <source>Average time to acknowledge</source>
        <translation>Average time to acknowledge</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="163"/>
        <source>Median time to acknowledge</source>
        <translation>Median time to acknowledge</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="164"/>
        <source>90th percentile to acknowledge</source>
        <translation>90th percentile to acknowledge</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="165"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="166"/>
        <source>Average time to complete</source>
        <translation>Average time to complete</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="167"/>
        <source>Median time to complete</source>
        <translation>Median time to complete</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="168"/>
        <source>90th percentile to complete</source>
        <translation>90th percentile to complete</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="169"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="171"/>
        <source>Amount in leva</source>
        <translation>Amount in leva</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="172"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="173"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="177"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="178"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="179"/>
        <source>Business day starts at (hour)</source>
        <translation>Business day starts at (hour)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="180"/>
        <source>Average ticket</source>
        <translation>Average ticket</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="181"/>
        <source>Cancelled orders</source>
        <translation>Cancelled orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="182"/>
        <source>Cancelled orders&apos; value</source>
        <translation>Cancelled orders&apos; value</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="183"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="184"/>
        <source>Paid in leva</source>
        <translation>Paid in leva</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="185"/>
        <source>Paid in cash</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="186"/>
        <source>Paid by card</source>
        <translation>Paid by card</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="187"/>
        <source>Waiter calls</source>
        <translation>Waiter calls</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="188"/>
        <source>Unanswered calls</source>
        <translation>Unanswered calls</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="189"/>
        <source>Generated at</source>
        <translation>Generated at</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="159"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="174"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="175"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="176"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="170"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="160"/>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ReportsPage</name>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="191"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="192"/>
        <source>What the day was, in numbers</source>
        <translation>What the day was, in numbers</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="193"/>
        <source>Business day</source>
        <translation>Business day</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="194"/>
        <source>From … to</source>
        <translation>From … to</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="195"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="196"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="197"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="198"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="198"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="199"/>
        <source>By hour</source>
        <translation>By hour</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="199"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="200"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="200"/>
        <source>Kitchen and bar</source>
        <translation>Kitchen and bar</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="201"/>
        <source>Slowest</source>
        <translation>Slowest</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="201"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="202"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="202"/>
        <source>Cancellations and voids</source>
        <translation>Cancellations and voids</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="203"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="203"/>
        <source>Ticket times</source>
        <translation>Ticket times</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="220"/>
        <source>Loading the report…</source>
        <translation>Loading the report…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="224"/>
        <source>Report for %1 – %2</source>
        <translation>Report for %1 – %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="250"/>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="289"/>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="302"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="251"/>
        <source>In leva</source>
        <translation>In leva</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="252"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="253"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="254"/>
        <source>Average ticket</source>
        <translation>Average ticket</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="255"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="256"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="257"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="258"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="259"/>
        <source>Voided payments</source>
        <translation>Voided payments</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="260"/>
        <source>Waiter calls</source>
        <translation>Waiter calls</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="261"/>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="288"/>
        <source>Sales by hour (€)</source>
        <translation>Sales by hour (€)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="301"/>
        <source>Top products (€)</source>
        <translation>Top products (€)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="324"/>
        <source>whole order</source>
        <translation>whole order</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="329"/>
        <source>Order to ready, minutes</source>
        <translation>Order to ready, minutes</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="345"/>
        <source>Time to acknowledge a call (s)</source>
        <translation>Time to acknowledge a call (s)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="346"/>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="346"/>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="352"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="358"/>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="382"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="362"/>
        <source>Wrote %1 CSV files to %2.</source>
        <translation>Wrote %1 CSV files to %2.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="368"/>
        <source>Making the PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="380"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="391"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="393"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="401"/>
        <source>Show a report first.</source>
        <translation>Show a report first.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="402"/>
        <source>Folder for the CSV files</source>
        <translation>Folder for the CSV files</translation>
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
    <name>tableside::dashboard::ServicePage</name>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="102"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="103"/>
        <source>Service switches</source>
        <translation>Service switches</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="104"/>
        <source>Guests can order from the table</source>
        <translation>Guests can order from the table</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="105"/>
        <source>Guests can call the waiter</source>
        <translation>Guests can call the waiter</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="106"/>
        <source>Message while ordering is off:</source>
        <translation>Message while ordering is off:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="107"/>
        <source>Message while calls are off:</source>
        <translation>Message while calls are off:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="108"/>
        <source>e.g. Kitchen closed — drinks at the bar</source>
        <translation>e.g. Kitchen closed — drinks at the bar</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="109"/>
        <source>e.g. Please come to the bar</source>
        <translation>e.g. Please come to the bar</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="110"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="111"/>
        <source>Approve orders first (against prank orders)</source>
        <translation>Approve orders first (against prank orders)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="112"/>
        <source>When a table sends more orders or more money than this within the time below, its further orders wait until a waiter approves or rejects them on the main screen.</source>
        <translation>When a table sends more orders or more money than this within the time below, its further orders wait until a waiter approves or rejects them on the main screen.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="115"/>
        <source>More orders than:</source>
        <translation>More orders than:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="116"/>
        <source>More money than:</source>
        <translation>More money than:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="117"/>
        <source>Within minutes:</source>
        <translation>Within minutes:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="131"/>
        <source>Saved: guests see it at once.</source>
        <translation>Saved: guests see it at once.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::SettingsDialog</name>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="144"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="145"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="146"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="147"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="148"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="149"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="150"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="151"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="152"/>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="153"/>
        <source>Test sound: order</source>
        <translation>Test sound: order</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="154"/>
        <source>Test sound: waiter call</source>
        <translation>Test sound: waiter call</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="155"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="156"/>
        <source>Sound for new orders</source>
        <translation>Sound for new orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="157"/>
        <source>Popup for new orders</source>
        <translation>Popup for new orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="158"/>
        <source>Repeating sound for waiter calls</source>
        <translation>Repeating sound for waiter calls</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="159"/>
        <source>Red popup for waiter calls</source>
        <translation>Red popup for waiter calls</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="160"/>
        <source>System tray notifications</source>
        <translation>System tray notifications</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="161"/>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="162"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="163"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::StaffPage</name>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="54"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="56"/>
        <source>Kitchen</source>
        <translation>Kitchen</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="57"/>
        <source>Waiter</source>
        <translation>Waiter</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="62"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="63"/>
        <source>Staff and PINs</source>
        <translation>Staff and PINs</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="64"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="231"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="64"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="65"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="66"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="67"/>
        <source>Role…</source>
        <translation>Role…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="68"/>
        <source>Switch off / on</source>
        <translation>Switch off / on</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="69"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="70"/>
        <source>New PIN…</source>
        <translation>New PIN…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="95"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="95"/>
        <source>Switched off</source>
        <translation>Switched off</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="118"/>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="128"/>
        <source>Renamed.</source>
        <translation>Renamed.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="137"/>
        <source>The role was changed.</source>
        <translation>The role was changed.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="146"/>
        <source>Switched on: the PIN works again.</source>
        <translation>Switched on: the PIN works again.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="147"/>
        <source>Switched off: signed out everywhere, the PIN no longer works.</source>
        <translation>Switched off: signed out everywhere, the PIN no longer works.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="156"/>
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="169"/>
        <source>%1 has a new PIN.</source>
        <translation>%1 has a new PIN.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="178"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="263"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="179"/>
        <source>The PIN of %1 is:

%2

Tell it to them now: it is not shown again.</source>
        <translation>The PIN of %1 is:

%2

Tell it to them now: it is not shown again.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="196"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="203"/>
        <source>Add staff</source>
        <translation>Add staff</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="196"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="215"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="203"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="212"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="225"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="241"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="250"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="262"/>
        <source>Select a member first.</source>
        <translation>Select a member first.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="215"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="231"/>
        <source>Role of %1:</source>
        <translation>Role of %1:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="251"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="252"/>
        <source>Remove %1 for good? Switching off keeps them in the history.</source>
        <translation>Remove %1 for good? Switching off keeps them in the history.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="264"/>
        <source>Give %1 a new PIN? The old one stops working at once.</source>
        <translation>Give %1 a new PIN? The old one stops working at once.</translation>
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
    <name>tableside::dashboard::TablesPage</name>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="62"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="63"/>
        <source>Tables and QR codes</source>
        <translation>Tables and QR codes</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="65"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="65"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="65"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="65"/>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="65"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="65"/>
        <source>QR scans</source>
        <translation>QR scans</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="66"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="67"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="68"/>
        <source>Switch off / on</source>
        <translation>Switch off / on</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="69"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="70"/>
        <source>Print QR cards…</source>
        <translation>Print QR cards…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="94"/>
        <source>Taking orders</source>
        <translation>Taking orders</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="94"/>
        <source>Switched off</source>
        <translation>Switched off</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="115"/>
        <source>Table %1 was added.</source>
        <translation>Table %1 was added.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="128"/>
        <source>Table %1 was changed.</source>
        <translation>Table %1 was changed.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="137"/>
        <source>Table %1 was removed.</source>
        <translation>Table %1 was removed.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="146"/>
        <source>Add a table</source>
        <translation>Add a table</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="147"/>
        <source>Edit table %1</source>
        <translation>Edit table %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="156"/>
        <source>inside, terrace, bar …</source>
        <translation>inside, terrace, bar …</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="163"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="164"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="165"/>
        <source>Area:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="166"/>
        <source>Seats:</source>
        <translation>Seats:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="195"/>
        <location filename="../app/dashboard/console/tablespage.cpp" line="205"/>
        <location filename="../app/dashboard/console/tablespage.cpp" line="214"/>
        <source>Select a table first.</source>
        <translation>Select a table first.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="216"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="217"/>
        <source>Remove table %1? Its printed QR card stops working.</source>
        <translation>Remove table %1? Its printed QR card stops working.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="237"/>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="240"/>
        <source>QR cards saved to %1.</source>
        <translation>QR cards saved to %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="251"/>
        <source>Select the tables first (several with Ctrl or Shift).</source>
        <translation>Select the tables first (several with Ctrl or Shift).</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="254"/>
        <source>Save the QR cards</source>
        <translation>Save the QR cards</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="255"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::TablesView</name>
    <message>
        <location filename="../app/dashboard/views/tablesview.cpp" line="86"/>
        <source>Other tables</source>
        <translation>Other tables</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/tablesview.cpp" line="116"/>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>BillPdfWriter</name>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="77"/>
        <source>Tax ID %1</source>
        <translation>ЕИК %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="98"/>
        <source>Table %1</source>
        <translation>Маса %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="100"/>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="191"/>
        <source>BILL</source>
        <translation>СМЕТКА</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="108"/>
        <source>Order #%1</source>
        <translation>Поръчка №%1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="129"/>
        <source>TOTAL</source>
        <translation>ОБЩО</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="142"/>
        <source>Payments</source>
        <translation>Плащания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="145"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="146"/>
        <source>Cash</source>
        <translation>В брой</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="154"/>
        <source>   Tip</source>
        <translation>   Бакшиш</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="157"/>
        <source>   Tendered</source>
        <translation>   Получени</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="159"/>
        <source>   Change</source>
        <translation>   Ресто</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="166"/>
        <source>Not a fiscal receipt</source>
        <translation>Не е фискален бон</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billpdfwriter.cpp" line="171"/>
        <source>The fiscal receipt is issued by the cash register.</source>
        <translation>Фискалният бон се издава от касовия апарат.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="10"/>
        <source>New</source>
        <comment>status of one order</comment>
        <translation>Нова</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="12"/>
        <source>Preparing</source>
        <comment>status of one order</comment>
        <translation>Приготвя се</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="14"/>
        <source>Ready</source>
        <comment>status of one order</comment>
        <translation>Готова</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="16"/>
        <source>Completed</source>
        <comment>status of one order</comment>
        <translation>Завършена</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="18"/>
        <source>Cancelled</source>
        <comment>status of one order</comment>
        <translation>Отказана</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="20"/>
        <source>Waiting for approval</source>
        <comment>status of one order</comment>
        <translation>Чака одобрение</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="29"/>
        <source>New</source>
        <translation>Нови</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="31"/>
        <source>Preparing</source>
        <translation>Приготвя се</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="33"/>
        <source>Ready</source>
        <translation>Готови</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="35"/>
        <source>Completed</source>
        <translation>Завършени</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="37"/>
        <source>Cancelled</source>
        <translation>Отказани</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="39"/>
        <source>Waiting for approval</source>
        <translation>Чака одобрение</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="48"/>
        <source>Preparing</source>
        <comment>button: start preparing the order</comment>
        <translation>Приготвяме</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="50"/>
        <source>Ready</source>
        <comment>button: the order is ready</comment>
        <translation>Готова</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="52"/>
        <source>Completed</source>
        <comment>button: the order was served</comment>
        <translation>Завършена</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="54"/>
        <source>Cancel</source>
        <comment>button: cancel the order</comment>
        <translation>Откажи</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="57"/>
        <source>Approve</source>
        <comment>button: let a waiting order through to the kitchen</comment>
        <translation>Одобри</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="68"/>
        <source>Pay in cash</source>
        <translation>Плащане в брой</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="70"/>
        <source>Pay by card</source>
        <translation>Плащане с карта</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="72"/>
        <source>Needs help</source>
        <translation>Нужда от помощ</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="74"/>
        <source>Service</source>
        <translation>Обслужване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="83"/>
        <source>Waiting</source>
        <translation>Чака</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="85"/>
        <source>On the way</source>
        <translation>На път</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="87"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="96"/>
        <source>On my way</source>
        <comment>button: acknowledge a waiter call</comment>
        <translation>Отивам</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="98"/>
        <source>Done</source>
        <comment>button: complete a waiter call</comment>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="111"/>
        <source>just now</source>
        <translation>току-що</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="114"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="115"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/labels.cpp" line="120"/>
        <source>Table %1</source>
        <translation>Маса %1</translation>
    </message>
</context>
<context>
    <name>StationNames</name>
    <message>
        <location filename="../app/dashboard/kitchen/stationnames.cpp" line="11"/>
        <source>Kitchen</source>
        <translation>Кухня</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/stationnames.cpp" line="13"/>
        <source>Bar</source>
        <translation>Бар</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/stationnames.cpp" line="15"/>
        <source>Grill</source>
        <translation>Скара</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/stationnames.cpp" line="17"/>
        <source>Pastry</source>
        <translation>Сладкарница</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/stationnames.cpp" line="19"/>
        <source>All stations</source>
        <translation>Всички станции</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ActionDispatcher</name>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="64"/>
        <source>Order #%1 is already &quot;%2&quot; (changed by %3).</source>
        <translation>Поръчка №%1 вече е „%2“ (промяна от %3).</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="67"/>
        <source>Order #%1 is already &quot;%2&quot;.</source>
        <translation>Поръчка №%1 вече е „%2“.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="70"/>
        <source>Order #%1 could not be changed: %2</source>
        <translation>Поръчка №%1 не може да бъде променена: %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="77"/>
        <source>Order #%1 was not changed: the server cannot be reached (%2). Please try again.</source>
        <translation>Поръчка №%1 не е променена: няма връзка със сървъра (%2). Опитайте отново.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="79"/>
        <source>Order #%1 was not changed: %2</source>
        <translation>Поръчка №%1 не е променена: %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="102"/>
        <source>%1: %2 is already on the way.</source>
        <translation>%1: %2 вече отива.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="105"/>
        <source>%1: the call is already &quot;%2&quot;.</source>
        <translation>%1: повикването вече е „%2“.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="108"/>
        <source>%1: the call could not be changed: %2</source>
        <translation>%1: повикването не може да бъде променено: %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="116"/>
        <source>%1: the call was not changed: the server cannot be reached (%2). Please try again.</source>
        <translation>%1: повикването не е променено: няма връзка със сървъра (%2). Опитайте отново.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/sync/actiondispatcher.cpp" line="118"/>
        <source>%1: the call was not changed: %2</source>
        <translation>%1: повикването не е променено: %2</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::AlertCoordinator</name>
    <message>
        <location filename="../app/dashboard/alerts/alertcoordinator.cpp" line="111"/>
        <source>New order #%1</source>
        <translation>Нова поръчка №%1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/alerts/alertcoordinator.cpp" line="114"/>
        <source>%1 new orders</source>
        <translation>%1 нови поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/alerts/alertcoordinator.cpp" line="84"/>
        <source>Waiter call: %1</source>
        <translation>Повикване: %1</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ApprovalStrip</name>
    <message>
        <location filename="../app/dashboard/console/approvalstrip.cpp" line="73"/>
        <source>Waiting for approval (%1)</source>
        <translation>Чакат одобрение (%1)</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::AuditPage</name>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="83"/>
        <source>Audit log</source>
        <translation>Дневник на промените</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="84"/>
        <source>Who changed what</source>
        <translation>Кой какво е променил</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="85"/>
        <source>Everything</source>
        <translation>Всичко</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="85"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="85"/>
        <source>Tables</source>
        <translation>Маси</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="85"/>
        <source>Service</source>
        <translation>Обслужване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="86"/>
        <source>Products</source>
        <translation>Продукти</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="86"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="86"/>
        <source>Payments</source>
        <translation>Плащания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="86"/>
        <source>Orders</source>
        <translation>Поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="90"/>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="90"/>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="90"/>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="90"/>
        <source>Subject</source>
        <translation>Обект</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="90"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="91"/>
        <source>Older entries</source>
        <translation>По-стари записи</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="92"/>
        <source>From: any day</source>
        <translation>От: всеки ден</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="93"/>
        <source>&apos;From&apos; d MMM yyyy</source>
        <translation>&apos;От&apos; d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="94"/>
        <source>To: any day</source>
        <translation>До: всеки ден</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="95"/>
        <source>&apos;To&apos; d MMM yyyy</source>
        <translation>&apos;До&apos; d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="96"/>
        <source>All dates</source>
        <translation>Всички дати</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="105"/>
        <source>No changes recorded for this filter.</source>
        <translation>Няма записани промени за този филтър.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/auditpage.cpp" line="106"/>
        <source>No changes recorded yet. Changes made in the console (menu, tables, staff, service), voided payments and approved or rejected orders appear here, with who made them and when.</source>
        <translation>Още няма записани промени. Тук се появяват промените от конзолата (меню, маси, персонал, обслужване), анулираните плащания и одобрените или отказаните поръчки — кой ги е направил и кога.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::BillDialog</name>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="205"/>
        <source>Bill</source>
        <translation>Сметка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="206"/>
        <source>Bill · %1</source>
        <translation>Сметка · %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="207"/>
        <source>Method</source>
        <translation>Начин</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="208"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="257"/>
        <source>Cash</source>
        <translation>В брой</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="209"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="257"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="210"/>
        <source>Tip (EUR)</source>
        <translation>Бакшиш (EUR)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="211"/>
        <source>Tendered (EUR)</source>
        <translation>Получени (EUR)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="216"/>
        <source>Pay whole tab</source>
        <translation>Плати цялата сметка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="217"/>
        <source>Pay chosen items</source>
        <translation>Плати избраното</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="218"/>
        <source>Payments today</source>
        <translation>Плащания днес</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="219"/>
        <source>Void payment…</source>
        <translation>Анулирай плащане…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="220"/>
        <source>Move tab…</source>
        <translation>Премести сметката…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="221"/>
        <source>Merge table in…</source>
        <translation>Присъедини маса…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="222"/>
        <source>Print / Save PDF…</source>
        <translation>Печат / PDF…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="223"/>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="224"/>
        <source>Split in </source>
        <translation>Раздели на </translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="225"/>
        <source>No split</source>
        <translation>Без разделяне</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="227"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="273"/>
        <source>No payments yet today</source>
        <translation>Днес още няма плащания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="236"/>
        <source>The bill could not be loaded: %1</source>
        <translation>Сметката не се зареди: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="260"/>
        <source>(part %1 of %2)</source>
        <translation>(част %1 от %2)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="262"/>
        <source>+ tip %1</source>
        <translation>+ бакшиш %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="266"/>
        <source>VOIDED: %1</source>
        <translation>АНУЛИРАНО: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="295"/>
        <source>Nothing open on this table.</source>
        <translation>Няма отворена сметка на тази маса.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="296"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="455"/>
        <source>Paid: the tab is closed.</source>
        <translation>Платено: сметката е затворена.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="333"/>
        <source>To pay: %1</source>
        <translation>За плащане: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="336"/>
        <source>Chosen items: %1</source>
        <translation>Избрано: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="338"/>
        <source>Split in %1: %2 paid, next part %3</source>
        <translation>Разделена на %1: платени %2, следваща част %3</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="351"/>
        <source>Not enough: %1 missing</source>
        <translation>Не стигат: липсват %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="352"/>
        <location filename="../app/dashboard/views/billdialog.cpp" line="457"/>
        <source>Change: %1</source>
        <translation>Ресто: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="366"/>
        <source>Pay part %1 of %2</source>
        <translation>Плати част %1 от %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="368"/>
        <source>Pay one part (%1)</source>
        <translation>Плати една част (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="370"/>
        <source>Pay one part</source>
        <translation>Плати една част</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="455"/>
        <source>Payment taken.</source>
        <translation>Плащането е прието.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="468"/>
        <source>Not paid: %1</source>
        <translation>Не е платено: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="499"/>
        <source>Payment voided.</source>
        <translation>Плащането е анулирано.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="508"/>
        <source>Order moved to %1.</source>
        <translation>Поръчката е преместена на %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="517"/>
        <source>Tab moved to %1.</source>
        <translation>Сметката е преместена на %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="525"/>
        <source>Not merged: this is %1 itself. Choose another table.</source>
        <translation>Не е присъединена: това е самата сметка на %1. Изберете друга маса.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="533"/>
        <source>%1 merged in.</source>
        <translation>%1 е присъединена.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="551"/>
        <source>Bill saved: %1</source>
        <translation>Сметката е записана: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="552"/>
        <source>The bill could not be saved: %1</source>
        <translation>Сметката не се записа: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="563"/>
        <source>Void payment</source>
        <translation>Анулиране на плащане</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="563"/>
        <source>Why is this payment voided?</source>
        <translation>Защо се анулира плащането?</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="573"/>
        <source>Move order</source>
        <translation>Преместване на поръчка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="573"/>
        <source>Move the order to table:</source>
        <translation>Премести поръчката на маса:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="582"/>
        <source>Move tab</source>
        <translation>Преместване на сметка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="582"/>
        <source>Move the whole tab to table:</source>
        <translation>Премести цялата сметка на маса:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="592"/>
        <source>Merge tables</source>
        <translation>Обединяване на маси</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="593"/>
        <source>Bring the tab of table … onto this one:</source>
        <translation>Прехвърли тук сметката на маса:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="601"/>
        <source>Not merged: “%1” is not a table number.</source>
        <translation>Не е присъединена: „%1“ не е номер на маса.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billdialog.cpp" line="616"/>
        <source>Save the bill</source>
        <translation>Запис на сметката</translation>
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
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billitemstree.cpp" line="24"/>
        <source>Qty</source>
        <translation>Бр.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billitemstree.cpp" line="24"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billitemstree.cpp" line="24"/>
        <source>Pay</source>
        <translation>Плати</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billitemstree.cpp" line="55"/>
        <source>Order #%1 · %2</source>
        <translation>Поръчка №%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/billitemstree.cpp" line="60"/>
        <source>Move…</source>
        <translation>Премести…</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::CallAlertPopup</name>
    <message>
        <location filename="../app/dashboard/views/callalertpopup.cpp" line="156"/>
        <source>Open bill</source>
        <translation>Отвори сметката</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callalertpopup.cpp" line="173"/>
        <source>Waiter calls: %1</source>
        <translation>Повиквания: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callalertpopup.cpp" line="173"/>
        <source>Waiter call!</source>
        <translation>Повикване на сервитьор!</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::CallCardDelegate</name>
    <message>
        <location filename="../app/dashboard/views/callcarddelegate.cpp" line="166"/>
        <source>%1 is on the way</source>
        <translation>%1 отива</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callcarddelegate.cpp" line="169"/>
        <source>Done · %1</source>
        <translation>Готово · %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callcarddelegate.cpp" line="172"/>
        <source>⚠ Escalated to managers (level %1)</source>
        <translation>⚠ Ескалирано към управителите (ниво %1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callcarddelegate.cpp" line="173"/>
        <source>⚠ Reminded all waiters (level %1)</source>
        <translation>⚠ Напомнено на всички сервитьори (ниво %1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/callcarddelegate.cpp" line="197"/>
        <source>Bill</source>
        <translation>Сметка</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::CertificateChangedDialog</name>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="37"/>
        <source>The server&apos;s certificate has changed</source>
        <translation>Сертификатът на сървъра е сменен</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="41"/>
        <source>The server at %1 no longer presents the certificate this dashboard trusts. The dashboard does not connect: someone on the network may be pretending to be the server.</source>
        <translation>Сървърът на %1 вече не представя сертификата, на който това табло се доверява. Таблото не се свързва: някой в мрежата може да се представя за сървъра.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="56"/>
        <source>Trusted (SHA-256):</source>
        <translation>Доверен (SHA-256):</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="57"/>
        <source>Presented now (SHA-256):</source>
        <translation>Представен сега (SHA-256):</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="59"/>
        <source>If the server was reinstalled or its certificate replaced, a manager runs &quot;tableside-server fingerprint&quot; on the server and types the last 8 characters of what it prints here to accept the new certificate.</source>
        <translation>Ако сървърът е преинсталиран или сертификатът му е сменен, управител изпълнява „tableside-server fingerprint“ на сървъра и въвежда тук последните 8 знака от отпечатаното, за да приеме новия сертификат.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="66"/>
        <source>Last 8 characters, e.g. 1A:2B:3C:4D</source>
        <translation>Последните 8 знака, напр. 1A:2B:3C:4D</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/certificatechangeddialog.cpp" line="70"/>
        <source>Accept the new certificate</source>
        <translation>Приемане на новия сертификат</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ConnectionIndicator</name>
    <message>
        <location filename="../app/dashboard/views/connectionindicator.cpp" line="34"/>
        <source>Connected</source>
        <translation>Свързан</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/connectionindicator.cpp" line="34"/>
        <source>Syncing…</source>
        <translation>Синхронизиране…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/connectionindicator.cpp" line="39"/>
        <source>Connecting…</source>
        <translation>Свързване…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/connectionindicator.cpp" line="45"/>
        <source>Reconnecting in %1 s · offline since %2</source>
        <translation>Ново свързване след %1 с · без връзка от %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/connectionindicator.cpp" line="50"/>
        <source>Offline since %1 (refused by the server)</source>
        <translation>Без връзка от %1 (отказ от сървъра)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/connectionindicator.cpp" line="54"/>
        <source>Offline since %1</source>
        <translation>Без връзка от %1</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ConsoleWindow</name>
    <message>
        <location filename="../app/dashboard/console/consolewindow.cpp" line="113"/>
        <location filename="../app/dashboard/console/consolewindow.cpp" line="114"/>
        <source>Manage the venue</source>
        <translation>Управление на заведението</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/consolewindow.cpp" line="115"/>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::DashboardApplication</name>
    <message>
        <location filename="../app/dashboard/app/dashboardapplication.cpp" line="69"/>
        <source>Your session has ended. Please enter your PIN again.</source>
        <translation>Сесията ви изтече. Въведете ПИН кода си отново.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/app/dashboardapplication.cpp" line="82"/>
        <source>Wrong PIN.</source>
        <translation>Грешен ПИН код.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/app/dashboardapplication.cpp" line="129"/>
        <source>The dashboard did not connect: the certificate fingerprint of the server at %1 did not match the server&apos;s. Ask a manager to check the server address and run &quot;tableside-server fingerprint&quot; on the server.</source>
        <translation>Таблото не се свърза: отпечатъкът на сертификата на сървъра на %1 не съвпадна с този на сървъра. Помолете управител да провери адреса на сървъра и да изпълни „tableside-server fingerprint“ на сървъра.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::DeviceAlerts</name>
    <message>
        <location filename="../app/dashboard/service/devicealerts.cpp" line="41"/>
        <source>%1 is offline</source>
        <translation>%1 не е на линия</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicealerts.cpp" line="43"/>
        <source>%1 is behind</source>
        <translation>%1 изостава</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicealerts.cpp" line="45"/>
        <source>%1 is muted</source>
        <translation>%1 е без звук</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicealerts.cpp" line="65"/>
        <source>Signed in: %1</source>
        <translation>Влязъл: %1</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::DeviceListModel</name>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="57"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="59"/>
        <source>Signed in</source>
        <translation>Влязъл</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="61"/>
        <source>Screen</source>
        <translation>Екран</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="63"/>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="65"/>
        <source>Behind</source>
        <translation>Изоставане</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="67"/>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="112"/>
        <source>Kitchen</source>
        <translation>Кухня</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="112"/>
        <source>Kitchen (%1)</source>
        <translation>Кухня (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="113"/>
        <source>Dashboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="116"/>
        <source>Online</source>
        <translation>На линия</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="118"/>
        <source>Offline since %1</source>
        <translation>Извън линия от %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="120"/>
        <source>Offline</source>
        <translation>Извън линия</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="123"/>
        <source>Up to date</source>
        <translation>Актуално</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="124"/>
        <source>%n event(s), %1 s</source>
        <translation>
            <numerusform>%n събитие, %1 с</numerusform>
            <numerusform>%n събития, %1 с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="126"/>
        <source>Muted</source>
        <translation>Без звук</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicelistmodel.cpp" line="126"/>
        <source>On</source>
        <translation>Включен</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::DevicesPage</name>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="26"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="50"/>
        <location filename="../app/dashboard/service/devicespage.cpp" line="52"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="63"/>
        <source>Time to acknowledge calls today</source>
        <translation>Време до поемане на повикванията днес</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="67"/>
        <location filename="../app/dashboard/service/devicespage.cpp" line="75"/>
        <source>Waiter</source>
        <translation>Сервитьор</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="67"/>
        <source>Calls</source>
        <translation>Повиквания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="67"/>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="67"/>
        <source>90th percentile</source>
        <translation>90-и процентил</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="73"/>
        <source>Tables for this shift</source>
        <translation>Маси за тази смяна</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="75"/>
        <source>Table</source>
        <translation>Маса</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/service/devicespage.cpp" line="124"/>
        <source>All staff: %n call(s) answered, median %1, 90th percentile %2; waiting now: %3</source>
        <translation>
            <numerusform>Целият персонал: %n поето повикване, медиана %1, 90-и процентил %2; чакат сега: %3</numerusform>
            <numerusform>Целият персонал: %n поети повиквания, медиана %1, 90-и процентил %2; чакат сега: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="163"/>
        <source>Table %1</source>
        <translation>Маса %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/devicespage.cpp" line="167"/>
        <source>Everyone</source>
        <translation>Всички</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::FirstTrustDialog</name>
    <message>
        <location filename="../app/dashboard/views/firsttrustdialog.cpp" line="16"/>
        <source>Check the server&apos;s certificate</source>
        <translation>Проверете сертификата на сървъра</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/firsttrustdialog.cpp" line="19"/>
        <source>This is the first encrypted connection from this dashboard to the server at %1. Compare this SHA-256 fingerprint with the one the server printed at installation, or with what &quot;tableside-server fingerprint&quot; prints on the server:</source>
        <translation>Това е първата шифрована връзка от това табло към сървъра на %1. Сравнете този SHA-256 отпечатък с отпечатания от сървъра при инсталирането или с това, което „tableside-server fingerprint“ отпечатва на сървъра:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/firsttrustdialog.cpp" line="29"/>
        <source>If they differ, someone on the network may be pretending to be the server: do not sign in here.</source>
        <translation>Ако се различават, някой в мрежата може да се представя за сървъра: не влизайте тук.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/firsttrustdialog.cpp" line="39"/>
        <source>They differ — don&apos;t connect</source>
        <translation>Различават се — без свързване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/firsttrustdialog.cpp" line="40"/>
        <source>They match — trust this server</source>
        <translation>Съвпадат — доверие на този сървър</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::KitchenActions</name>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenactions.cpp" line="79"/>
        <source>Order %1 is not ready here; there is nothing to recall.</source>
        <translation>Поръчка %1 не е готова тук; няма какво да се върне.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenactions.cpp" line="211"/>
        <source>Order %1: the server cannot be reached (%2). Try again.</source>
        <translation>Поръчка %1: няма връзка със сървъра (%2). Опитайте пак.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenactions.cpp" line="214"/>
        <source>Order %1: %2</source>
        <translation>Поръчка %1: %2</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::KitchenBoard</name>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="234"/>
        <source>No orders waiting</source>
        <translation>Няма чакащи поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="296"/>
        <source>Table %1</source>
        <translation>Маса %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="301"/>
        <source>NEW</source>
        <translation>НОВА</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="301"/>
        <source>COOKING</source>
        <translation>ГОТВИ СЕ</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="341"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+още %n</numerusform>
            <numerusform>+още %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="368"/>
        <source>Note: %1</source>
        <translation>Бележка: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="378"/>
        <source>Sending…</source>
        <translation>Изпращане…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="379"/>
        <source>▶ Start</source>
        <translation>▶ Започни</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="380"/>
        <source>✓ Ready</source>
        <translation>✓ Готово</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="404"/>
        <source>Page %1/%2 · %n more ▸ (PgDn)</source>
        <translation>
            <numerusform>Стр. %1/%2 · още %n ▸ (PgDn)</numerusform>
            <numerusform>Стр. %1/%2 · още %n ▸ (PgDn)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenboard.cpp" line="405"/>
        <source>Page %1/%2 ◂ (PgUp)</source>
        <translation>Стр. %1/%2 ◂ (PgUp)</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::KitchenTileModel</name>
    <message>
        <location filename="../app/dashboard/kitchen/kitchentilemodel.cpp" line="77"/>
        <source>#%1 · table %2</source>
        <translation>№%1 · маса %2</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::KitchenWindow</name>
    <message numerus="yes">
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="329"/>
        <source>Nothing to recall: no order was bumped here in the last %n minute(s).</source>
        <translation>
            <numerusform>Няма какво да се върне: в последната %n минута тук не е приключена поръчка.</numerusform>
            <numerusform>Няма какво да се върне: в последните %n минути тук не е приключена поръчка.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="378"/>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="403"/>
        <source>All day:</source>
        <translation>Общо чакащи:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="427"/>
        <source>Table %1: %2</source>
        <translation>Маса %1: %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="433"/>
        <source>⚠ Table %1: order #%2 not picked up</source>
        <translation>⚠ Маса %1: поръчка №%2 не е взета</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="455"/>
        <source>Recall (Backspace):</source>
        <translation>Върни (Backspace):</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="461"/>
        <source>↶ #%1 · table %2</source>
        <translation>↶ №%1 · маса %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="477"/>
        <source>● Online</source>
        <translation>● На линия</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="481"/>
        <source>● Syncing…</source>
        <translation>● Синхронизиране…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="484"/>
        <source>● Offline</source>
        <translation>● Няма връзка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="501"/>
        <source>No connection to the server for %1. Retrying by itself; the orders shown may be out of date.</source>
        <translation>Няма връзка със сървъра от %1. Свързва се отново сам; показаните поръчки може да не са актуални.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="507"/>
        <source>Signed in as a waiter (%1): bumping needs a kitchen or manager PIN.</source>
        <translation>Влезли сте като сервитьор (%1): за приключване на поръчки е нужен ПИН на кухня или управител.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="522"/>
        <source>%n order(s) waiting</source>
        <translation>
            <numerusform>%n чакаща поръчка</numerusform>
            <numerusform>%n чакащи поръчки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="527"/>
        <source>Tableside kitchen</source>
        <translation>Tableside кухня</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="529"/>
        <source>KITCHEN · all stations</source>
        <translation>КУХНЯ · всички станции</translation>
    </message>
    <message>
        <location filename="../app/dashboard/kitchen/kitchenwindow.cpp" line="530"/>
        <source>STATION: %1</source>
        <translation>СТАНЦИЯ: %1</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::LoginDialog</name>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="94"/>
        <source>Tableside — staff login</source>
        <translation>Tableside — вход за персонала</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="95"/>
        <source>Staff login</source>
        <translation>Вход за персонала</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="96"/>
        <source>Server address</source>
        <translation>Адрес на сървъра</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="97"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="98"/>
        <source>Your name (optional)</source>
        <translation>Вашето име (по желание)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="99"/>
        <source>PIN</source>
        <translation>ПИН код</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="100"/>
        <source>Your staff PIN</source>
        <translation>Вашият ПИН код</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="101"/>
        <source>Logging in…</source>
        <translation>Влизане…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="101"/>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="102"/>
        <source>Quit</source>
        <translation>Изход</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="119"/>
        <source>Enter the server address, for example http://192.168.1.10:8080</source>
        <translation>Въведете адреса на сървъра, например http://192.168.1.10:8080</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="123"/>
        <source>Enter your PIN.</source>
        <translation>Въведете ПИН кода си.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="144"/>
        <source>The server answered, but not like a Tableside server.</source>
        <translation>Сървърът отговори, но не като сървър на Tableside.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="149"/>
        <source>Cannot reach the server: %1</source>
        <translation>Няма връзка със сървъра: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="151"/>
        <source>Wrong PIN.</source>
        <translation>Грешен ПИН код.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="153"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Твърде много опити. Изчакайте минута и опитайте отново.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/logindialog.cpp" line="155"/>
        <source>Login failed: %1</source>
        <translation>Неуспешен вход: %1</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::MainWindow</name>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="119"/>
        <source>My tables…</source>
        <translation>Моите маси…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="309"/>
        <source>New order #%1 · %2</source>
        <translation>Нова поръчка №%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/views/mainwindow.cpp" line="312"/>
        <source>%n item(s) · %1</source>
        <translation>
            <numerusform>%n артикул · %1</numerusform>
            <numerusform>%n артикула · %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="322"/>
        <source>%1 new orders</source>
        <translation>%1 нови поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="327"/>
        <source>Someone was faster</source>
        <translation>Някой ви изпревари</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="334"/>
        <source>Backup failed</source>
        <translation>Резервното копие не успя</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="338"/>
        <source>Not saved</source>
        <translation>Не е записано</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="364"/>
        <source>Tableside Dashboard</source>
        <translation>Tableside — табло за персонала</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="365"/>
        <source>Tableside</source>
        <translation>Tableside</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="367"/>
        <source>Signed in: %1</source>
        <translation>Влязъл: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="368"/>
        <source>☰ Menu</source>
        <translation>☰ Меню</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="369"/>
        <source>Manage…</source>
        <translation>Управление…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="370"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="371"/>
        <source>Full screen</source>
        <translation>Цял екран</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="372"/>
        <source>Switch staff / log out</source>
        <translation>Смяна на служител / изход</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="373"/>
        <source>Quit</source>
        <translation>Изход</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="374"/>
        <source>No open waiter calls</source>
        <translation>Няма отворени повиквания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="376"/>
        <source>Nothing here</source>
        <translation>Няма поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="377"/>
        <source>No completed orders yet</source>
        <translation>Още няма завършени поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="378"/>
        <source>No completed calls yet</source>
        <translation>Още няма завършени повиквания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="395"/>
        <source>Waiter calls (%1)</source>
        <translation>Повиквания (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="397"/>
        <source>Active (%1)</source>
        <translation>Активни (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="398"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="399"/>
        <source>Tables</source>
        <translation>Маси</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="400"/>
        <source>Completed orders (%1)</source>
        <translation>Завършени поръчки (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="401"/>
        <source>Completed calls (%1)</source>
        <translation>Завършени повиквания (%1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="410"/>
        <source>The last backup failed (%1): %2. Orders are safe on the server, but there is no fresh copy; see docs/backups.md.</source>
        <translation>Последното резервно копие не успя (%1): %2. Поръчките са запазени на сървъра, но няма свежо копие; вижте docs/backups.md.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="449"/>
        <source>%1: the tab was moved</source>
        <translation>%1: сметката е преместена</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="450"/>
        <source>%1 is paid</source>
        <translation>%1 е платена</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/mainwindow.cpp" line="451"/>
        <source>The bill was closed on another device.</source>
        <translation>Сметката беше затворена на друго устройство.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::MenuPage</name>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="69"/>
        <source>Name (Bulgarian)</source>
        <translation>Име (български)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="70"/>
        <source>Name (English)</source>
        <translation>Име (английски)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="160"/>
        <source>Photo saved.</source>
        <translation>Снимката е запазена.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="169"/>
        <source>Photo removed.</source>
        <translation>Снимката е премахната.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="183"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="184"/>
        <source>Menu: categories, products, prices, pauses</source>
        <translation>Меню: категории, продукти, цени, паузи</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="185"/>
        <location filename="../app/dashboard/console/menupage.cpp" line="391"/>
        <source>Add category</source>
        <translation>Добави категория</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="186"/>
        <source>Rename</source>
        <translation>Преименувай</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="187"/>
        <source>Delete</source>
        <translation>Изтрий</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="188"/>
        <source>Add product</source>
        <translation>Добави продукт</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="189"/>
        <location filename="../app/dashboard/console/menupage.cpp" line="190"/>
        <source>Drag to change the order</source>
        <translation>Плъзнете, за да смените реда</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="233"/>
        <source>%1 (paused)</source>
        <translation>%1 (на пауза)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="248"/>
        <source>Resume category</source>
        <translation>Пусни категорията</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="249"/>
        <source>Pause category</source>
        <translation>Спри категорията</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="264"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="266"/>
        <source> · hidden</source>
        <translation> · скрит</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="268"/>
        <source> · paused</source>
        <translation> · на пауза</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="270"/>
        <source> · not available</source>
        <translation> · не се предлага</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="304"/>
        <source>%1: closed — tap to open</source>
        <translation>%1: затворено — отвори</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="305"/>
        <source>%1: open — tap to close</source>
        <translation>%1: отворено — затвори</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="346"/>
        <source>The price needs at most two decimals, e.g. 4.50.</source>
        <translation>Цената е с най-много два знака след запетаята, напр. 4,50.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="358"/>
        <source>Product added.</source>
        <translation>Продуктът е добавен.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="365"/>
        <source>Saved. Guests see it on their next menu check.</source>
        <translation>Запазено. Гостите го виждат при следващата проверка на менюто.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="374"/>
        <location filename="../app/dashboard/console/menupage.cpp" line="383"/>
        <source>New order saved.</source>
        <translation>Новият ред е запазен.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="410"/>
        <source>Rename category</source>
        <translation>Преименувай категорията</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="420"/>
        <source>Delete category</source>
        <translation>Изтрий категорията</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="421"/>
        <source>Delete the category &quot;%1&quot;? Only an empty category can go.</source>
        <translation>Да се изтрие ли категорията „%1“? Може да се изтрие само празна категория.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="437"/>
        <source>Category back on the guests&apos; menu.</source>
        <translation>Категорията отново е в менюто на гостите.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menupage.cpp" line="438"/>
        <source>Category paused: guests do not see it.</source>
        <translation>Категорията е на пауза: гостите не я виждат.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::MenuProductEditor</name>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="35"/>
        <source>Gluten</source>
        <translation>Глутен</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="37"/>
        <source>Crustaceans</source>
        <translation>Ракообразни</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="39"/>
        <source>Eggs</source>
        <translation>Яйца</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="41"/>
        <source>Fish</source>
        <translation>Риба</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="43"/>
        <source>Peanuts</source>
        <translation>Фъстъци</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="45"/>
        <source>Soybeans</source>
        <translation>Соя</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="47"/>
        <source>Milk</source>
        <translation>Мляко</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="49"/>
        <source>Nuts</source>
        <translation>Ядки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="51"/>
        <source>Celery</source>
        <translation>Целина</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="53"/>
        <source>Mustard</source>
        <translation>Синап</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="55"/>
        <source>Sesame</source>
        <translation>Сусам</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="57"/>
        <source>Sulphites</source>
        <translation>Сулфити</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="59"/>
        <source>Lupin</source>
        <translation>Лупина</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="61"/>
        <source>Molluscs</source>
        <translation>Мекотели</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="210"/>
        <source>Photo uploaded</source>
        <translation>Има снимка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="210"/>
        <source>No photo</source>
        <translation>Няма снимка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="213"/>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="308"/>
        <source>Product %1</source>
        <translation>Продукт %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="213"/>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="308"/>
        <source>New product</source>
        <translation>Нов продукт</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="266"/>
        <source>Choose a photo</source>
        <translation>Изберете снимка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="267"/>
        <source>Images (*.jpg *.jpeg *.png *.gif)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="293"/>
        <source>Name (Bulgarian)</source>
        <translation>Име (български)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="294"/>
        <source>Name (English)</source>
        <translation>Име (английски)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="295"/>
        <source>Description (Bulgarian)</source>
        <translation>Описание (български)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="296"/>
        <source>Description (English)</source>
        <translation>Описание (английски)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="297"/>
        <source>Price, EUR</source>
        <translation>Цена, EUR</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="298"/>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="299"/>
        <source>Available</source>
        <translation>Предлага се</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="300"/>
        <source>Hidden from guests</source>
        <translation>Скрит от гостите</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="301"/>
        <source>Allergens</source>
        <translation>Алергени</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="302"/>
        <source>Photo</source>
        <translation>Снимка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="303"/>
        <source>Choose photo…</source>
        <translation>Избери снимка…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="304"/>
        <source>Remove photo</source>
        <translation>Премахни снимката</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/menuproducteditor.cpp" line="305"/>
        <source>Save</source>
        <translation>Запази</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::MyTablesDialog</name>
    <message>
        <location filename="../app/dashboard/service/mytablesdialog.cpp" line="25"/>
        <source>My tables</source>
        <translation>Моите маси</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/mytablesdialog.cpp" line="28"/>
        <source>Calls and ready orders of your tables ring on your devices first.</source>
        <translation>Поръчките и повикванията от вашите маси звънят първо на вашите устройства.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/mytablesdialog.cpp" line="45"/>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
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
        <translation>На смяна: %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/onshiftlabel.cpp" line="45"/>
        <source>On shift: %1 and %2 more</source>
        <extracomment>&quot;On shift: Ivan, Maria, Petar and 4 more&quot;</extracomment>
        <translation>На смяна: %1 и още %2</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::OnShiftModel</name>
    <message>
        <location filename="../app/dashboard/models/onshiftmodel.cpp" line="15"/>
        <source>waiter</source>
        <translation>сервитьор</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/onshiftmodel.cpp" line="17"/>
        <source>kitchen</source>
        <translation>кухня</translation>
    </message>
    <message>
        <location filename="../app/dashboard/models/onshiftmodel.cpp" line="19"/>
        <source>manager</source>
        <translation>управител</translation>
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
        <translation>⚠ Невзета: към управителите (ниво %1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/ordercarddelegate.cpp" line="66"/>
        <source>⚠ Not picked up: reminded all waiters (level %1)</source>
        <translation>⚠ Невзета: напомнено на всички (ниво %1)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/ordercarddelegate.cpp" line="224"/>
        <source>Note: %1</source>
        <translation>Бележка: %1</translation>
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
        <translation>Tableside — изберете нов ПИН</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="44"/>
        <source>Your PIN is shorter than %1 digits and easy to guess. Please choose a new PIN of %1 to 8 digits.</source>
        <translation>ПИН-ът ви е по-къс от %1 цифри и лесно се отгатва. Моля, изберете нов ПИН от %1 до 8 цифри.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="51"/>
        <source>Change PIN</source>
        <translation>Смени ПИН</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="53"/>
        <source>Later</source>
        <translation>По-късно</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="56"/>
        <source>New PIN</source>
        <translation>Нов ПИН</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="57"/>
        <source>New PIN again</source>
        <translation>Новият ПИН отново</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="86"/>
        <source>A new PIN is %1 to 8 digits.</source>
        <translation>Новият ПИН е от %1 до 8 цифри.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="90"/>
        <source>The two PINs are not the same.</source>
        <translation>Двата ПИН-а не съвпадат.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="105"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Твърде много опити. Изчакайте минута и опитайте отново.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/pinchangedialog.cpp" line="107"/>
        <source>Cannot reach the server: %1</source>
        <translation>Сървърът не е достъпен: %1</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::PrinterStatusLine</name>
    <message>
        <location filename="../app/dashboard/views/printerstatusline.cpp" line="66"/>
        <source>offline</source>
        <translation>не е на линия</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/printerstatusline.cpp" line="68"/>
        <source>out of paper</source>
        <translation>няма хартия</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/printerstatusline.cpp" line="70"/>
        <source>error</source>
        <translation>грешка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/printerstatusline.cpp" line="73"/>
        <source>Printer %1: %2</source>
        <translation>Принтер %1: %2</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::PrintersPage</name>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="49"/>
        <source>Printers</source>
        <translation>Принтери</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="50"/>
        <source>Ticket and bill printers</source>
        <translation>Принтери за поръчки и сметки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="51"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="51"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="51"/>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="52"/>
        <source>Code page</source>
        <translation>Кодова таблица</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="52"/>
        <source>Paper</source>
        <translation>Хартия</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="52"/>
        <source>Prints</source>
        <translation>Печата</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="52"/>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="53"/>
        <source>Queue</source>
        <translation>Опашка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="54"/>
        <source>Test print</source>
        <translation>Пробен печат</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="58"/>
        <source>No printers are set up. Ticket and bill printers are set in the server&apos;s config file (server.conf), one group per printer: printers/&lt;name&gt;/address, printers/&lt;name&gt;/station, printers/&lt;name&gt;/width … — see the manual (Printing). The server reads them when it starts; this page shows them once it has restarted.</source>
        <translation>Няма настроени принтери. Принтерите за поръчки и сметки се задават в конфигурационния файл на сървъра (server.conf), по една група за принтер: printers/&lt;име&gt;/address, printers/&lt;име&gt;/station, printers/&lt;име&gt;/width … — вижте ръководството (Печат). Сървърът ги прочита при стартиране; тази страница ги показва, след като бъде рестартиран.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="76"/>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="78"/>
        <source>offline</source>
        <translation>не е на линия</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="80"/>
        <source>out of paper</source>
        <translation>няма хартия</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="82"/>
        <source>error</source>
        <translation>грешка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="83"/>
        <source>not checked yet</source>
        <translation>още не е проверен</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="87"/>
        <source>new orders</source>
        <translation>нови поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="89"/>
        <source>when started</source>
        <translation>при започване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="91"/>
        <source>late orders</source>
        <translation>закъснели поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="92"/>
        <source>bills and reprints</source>
        <translation>сметки и копия</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/console/printerspage.cpp" line="101"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n чака</numerusform>
            <numerusform>%n чакат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dashboard/console/printerspage.cpp" line="103"/>
        <source>%n uncertain (reprint if missing)</source>
        <translation>
            <numerusform>%n несигурна (отпечатайте копие, ако липсва)</numerusform>
            <numerusform>%n несигурни (отпечатайте копия, ако липсват)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="108"/>
        <source>%1 mm</source>
        <translation>%1 мм</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="128"/>
        <source>Choose a printer first.</source>
        <translation>Първо изберете принтер.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="132"/>
        <source>Printing a test page on %1 …</source>
        <translation>Пробна страница на %1 …</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="138"/>
        <source>%1 printed the test page: %2</source>
        <translation>%1 отпечата пробната страница: %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/printerspage.cpp" line="140"/>
        <source>%1 did not print: %2</source>
        <translation>%1 не отпечата: %2</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ReadyOrderAlerts</name>
    <message>
        <location filename="../app/dashboard/service/readyorderalerts.cpp" line="69"/>
        <source>Order #%1 is ready · %2</source>
        <translation>Поръчка №%1 е готова · %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/readyorderalerts.cpp" line="70"/>
        <source>Ready to serve.</source>
        <translation>Готова за сервиране.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/readyorderalerts.cpp" line="73"/>
        <source>Order #%1 still waiting · %2</source>
        <translation>Поръчка №%1 още чака · %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/readyorderalerts.cpp" line="74"/>
        <source>Nobody picked it up: managers alerted (level %1).</source>
        <translation>Никой не я е взел: управителите са известени (ниво %1).</translation>
    </message>
    <message>
        <location filename="../app/dashboard/service/readyorderalerts.cpp" line="75"/>
        <source>Nobody picked it up: all waiters reminded (level %1).</source>
        <translation>Никой не я е взел: напомнено на всички сервитьори (ниво %1).</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ReportTableModel</name>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="121"/>
        <source>Figure</source>
        <translation>Показател</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="122"/>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="123"/>
        <source>Product no.</source>
        <translation>№ на продукт</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="124"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="125"/>
        <source>Name (bg)</source>
        <translation>Име (bg)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="126"/>
        <source>Name (en)</source>
        <translation>Име (en)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="127"/>
        <source>Category (bg)</source>
        <translation>Категория (bg)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="128"/>
        <source>Category (en)</source>
        <translation>Категория (en)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="129"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="130"/>
        <source>Revenue</source>
        <translation>Оборот</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="131"/>
        <source>Revenue in leva</source>
        <translation>Оборот в лева</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="132"/>
        <source>Orders</source>
        <translation>Поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="133"/>
        <source>Items</source>
        <translation>Артикули</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="134"/>
        <source>Hour starts</source>
        <translation>Начало на часа</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="135"/>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="136"/>
        <source>Table</source>
        <translation>Маса</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="137"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="138"/>
        <source>Orders completed</source>
        <translation>Завършени поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="139"/>
        <source>Completed orders&apos; value</source>
        <translation>Стойност на завършените поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="140"/>
        <source>Orders cancelled</source>
        <translation>Отказани поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="141"/>
        <source>Calls acknowledged</source>
        <translation>Приети повиквания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="142"/>
        <source>Calls completed</source>
        <translation>Приключени повиквания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="143"/>
        <source>Payments</source>
        <translation>Плащания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="144"/>
        <source>Payments&apos; amount</source>
        <translation>Сума на плащанията</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="145"/>
        <source>Voided payments</source>
        <translation>Анулирани плащания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="146"/>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="147"/>
        <source>Measure</source>
        <translation>Мярка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="148"/>
        <source>Count</source>
        <translation>Брой</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="149"/>
        <source>Average</source>
        <translation>Средно</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="150"/>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="151"/>
        <source>90th percentile</source>
        <translation>90-и процентил</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="152"/>
        <source>Rank</source>
        <translation>Място</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="153"/>
        <source>Order ID</source>
        <translation>ID на поръчка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="154"/>
        <source>Business day</source>
        <translation>Работен ден</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="155"/>
        <source>Order no.</source>
        <translation>№ на поръчка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="156"/>
        <source>Time</source>
        <translation>Време</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="157"/>
        <source>From (minutes)</source>
        <translation>От (минути)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="158"/>
        <source>To (minutes)</source>
        <translation>До (минути)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="161"/>
        <source>Acknowledged</source>
        <translation>Приети</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="162"/>
        <source>Average time to acknowledge</source>
        <translation>Средно време до приемане</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="163"/>
        <source>Median time to acknowledge</source>
        <translation>Медиана до приемане</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="164"/>
        <source>90th percentile to acknowledge</source>
        <translation>90-и процентил до приемане</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="165"/>
        <source>Completed</source>
        <translation>Приключени</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="166"/>
        <source>Average time to complete</source>
        <translation>Средно време до приключване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="167"/>
        <source>Median time to complete</source>
        <translation>Медиана до приключване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="168"/>
        <source>90th percentile to complete</source>
        <translation>90-и процентил до приключване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="169"/>
        <source>Method</source>
        <translation>Начин</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="171"/>
        <source>Amount in leva</source>
        <translation>Сума в лева</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="172"/>
        <source>Tips</source>
        <translation>Бакшиши</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="173"/>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="177"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="178"/>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="179"/>
        <source>Business day starts at (hour)</source>
        <translation>Работният ден започва в (час)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="180"/>
        <source>Average ticket</source>
        <translation>Средна сметка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="181"/>
        <source>Cancelled orders</source>
        <translation>Отказани поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="182"/>
        <source>Cancelled orders&apos; value</source>
        <translation>Стойност на отказаните поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="183"/>
        <source>Paid</source>
        <translation>Платено</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="184"/>
        <source>Paid in leva</source>
        <translation>Платено в лева</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="185"/>
        <source>Paid in cash</source>
        <translation>Платено в брой</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="186"/>
        <source>Paid by card</source>
        <translation>Платено с карта</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="187"/>
        <source>Waiter calls</source>
        <translation>Повиквания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="188"/>
        <source>Unanswered calls</source>
        <translation>Повиквания без отговор</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="189"/>
        <source>Generated at</source>
        <translation>Създаден на</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="159"/>
        <source>By</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="174"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="175"/>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="176"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="170"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reporttablemodel.cpp" line="160"/>
        <source>Unanswered</source>
        <translation>Без отговор</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ReportsPage</name>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="191"/>
        <source>Reports</source>
        <translation>Отчети</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="192"/>
        <source>What the day was, in numbers</source>
        <translation>Какъв беше денят, в числа</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="193"/>
        <source>Business day</source>
        <translation>Работен ден</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="194"/>
        <source>From … to</source>
        <translation>От … до</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="195"/>
        <source>Show</source>
        <translation>Покажи</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="196"/>
        <source>Export PDF</source>
        <translation>Експорт в PDF</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="197"/>
        <source>Export CSV</source>
        <translation>Експорт в CSV</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="198"/>
        <source>Products</source>
        <translation>Продукти</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="198"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="199"/>
        <source>By hour</source>
        <translation>По часове</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="199"/>
        <source>Tables</source>
        <translation>Маси</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="200"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="200"/>
        <source>Kitchen and bar</source>
        <translation>Кухня и бар</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="201"/>
        <source>Slowest</source>
        <translation>Най-бавни</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="201"/>
        <source>Calls</source>
        <translation>Повиквания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="202"/>
        <source>Payments</source>
        <translation>Плащания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="202"/>
        <source>Cancellations and voids</source>
        <translation>Откази и анулирания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="203"/>
        <source>Summary</source>
        <translation>Обобщение</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="203"/>
        <source>Ticket times</source>
        <translation>Времена за поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="220"/>
        <source>Loading the report…</source>
        <translation>Зареждане на отчета…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="224"/>
        <source>Report for %1 – %2</source>
        <translation>Отчет за %1 – %2</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="250"/>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="289"/>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="302"/>
        <source>Revenue</source>
        <translation>Оборот</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="251"/>
        <source>In leva</source>
        <translation>В лева</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="252"/>
        <source>Orders</source>
        <translation>Поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="253"/>
        <source>Items</source>
        <translation>Артикули</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="254"/>
        <source>Average ticket</source>
        <translation>Средна сметка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="255"/>
        <source>Cancelled</source>
        <translation>Отказани</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="256"/>
        <source>Cash</source>
        <translation>В брой</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="257"/>
        <source>Card</source>
        <translation>С карта</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="258"/>
        <source>Tips</source>
        <translation>Бакшиши</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="259"/>
        <source>Voided payments</source>
        <translation>Анулирани плащания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="260"/>
        <source>Waiter calls</source>
        <translation>Повиквания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="261"/>
        <source>Unanswered</source>
        <translation>Без отговор</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="288"/>
        <source>Sales by hour (€)</source>
        <translation>Продажби по часове (€)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="301"/>
        <source>Top products (€)</source>
        <translation>Най-продавани (€)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="324"/>
        <source>whole order</source>
        <translation>цялата поръчка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="329"/>
        <source>Order to ready, minutes</source>
        <translation>От поръчка до готово, минути</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="345"/>
        <source>Time to acknowledge a call (s)</source>
        <translation>Време до отговор на повикване (сек)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="346"/>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="346"/>
        <source>90th percentile</source>
        <translation>90-и процентил</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="352"/>
        <source>Cannot create the folder %1.</source>
        <translation>Папката %1 не може да се създаде.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="358"/>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="382"/>
        <source>Cannot write %1.</source>
        <translation>%1 не може да се запише.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="362"/>
        <source>Wrote %1 CSV files to %2.</source>
        <translation>Записани са %1 CSV файла в %2.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="368"/>
        <source>Making the PDF…</source>
        <translation>Изготвяне на PDF…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="380"/>
        <source>Saved %1.</source>
        <translation>Записано: %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="391"/>
        <source>Save the report</source>
        <translation>Запис на отчета</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="393"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="401"/>
        <source>Show a report first.</source>
        <translation>Първо покажете отчет.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/reports/reportspage.cpp" line="402"/>
        <source>Folder for the CSV files</source>
        <translation>Папка за CSV файловете</translation>
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
        <translation>Сървърът на %1 представя друг сертификат, а не този, на който това табло се доверява, затова таблото не се свързва (някой може да подслушва).
Доверен:    %2
Представен: %3
Ако сървърът е преинсталиран или сертификатът му е сменен, управител може да приеме новия, след като го сравни с отпечатаното от „tableside-server fingerprint“ на сървъра.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::ServicePage</name>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="102"/>
        <source>Service</source>
        <translation>Обслужване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="103"/>
        <source>Service switches</source>
        <translation>Превключватели за обслужването</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="104"/>
        <source>Guests can order from the table</source>
        <translation>Гостите могат да поръчват от масата</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="105"/>
        <source>Guests can call the waiter</source>
        <translation>Гостите могат да викат сервитьор</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="106"/>
        <source>Message while ordering is off:</source>
        <translation>Съобщение, докато поръчките са спрени:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="107"/>
        <source>Message while calls are off:</source>
        <translation>Съобщение, докато повикванията са спрени:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="108"/>
        <source>e.g. Kitchen closed — drinks at the bar</source>
        <translation>напр. Кухнята затвори — напитки на бара</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="109"/>
        <source>e.g. Please come to the bar</source>
        <translation>напр. Моля, елате на бара</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="110"/>
        <source>Save</source>
        <translation>Запази</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="111"/>
        <source>Approve orders first (against prank orders)</source>
        <translation>Първо одобрение на поръчките (срещу шеговити поръчки)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="112"/>
        <source>When a table sends more orders or more money than this within the time below, its further orders wait until a waiter approves or rejects them on the main screen.</source>
        <translation>Когато маса изпрати повече поръчки или за повече пари от това в посоченото време, следващите ѝ поръчки чакат, докато сервитьор ги одобри или откаже на главния екран.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="115"/>
        <source>More orders than:</source>
        <translation>Повече поръчки от:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="116"/>
        <source>More money than:</source>
        <translation>Повече пари от:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="117"/>
        <source>Within minutes:</source>
        <translation>В рамките на минути:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/servicepage.cpp" line="131"/>
        <source>Saved: guests see it at once.</source>
        <translation>Запазено: гостите го виждат веднага.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::SettingsDialog</name>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="144"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="145"/>
        <source>Server address</source>
        <translation>Адрес на сървъра</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="146"/>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="147"/>
        <source>System default</source>
        <translation>Според системата</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="148"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="149"/>
        <source>Light</source>
        <translation>Светла</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="150"/>
        <source>Dark</source>
        <translation>Тъмна</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="151"/>
        <source>Volume</source>
        <translation>Сила на звука</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="152"/>
        <source>Mute</source>
        <translation>Без звук</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="153"/>
        <source>Test sound: order</source>
        <translation>Пробен звук: поръчка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="154"/>
        <source>Test sound: waiter call</source>
        <translation>Пробен звук: повикване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="155"/>
        <source>Alerts</source>
        <translation>Известия</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="156"/>
        <source>Sound for new orders</source>
        <translation>Звук при нова поръчка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="157"/>
        <source>Popup for new orders</source>
        <translation>Изскачащо известие при нова поръчка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="158"/>
        <source>Repeating sound for waiter calls</source>
        <translation>Повтарящ се звук при повикване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="159"/>
        <source>Red popup for waiter calls</source>
        <translation>Червен прозорец при повикване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="160"/>
        <source>System tray notifications</source>
        <translation>Известия в системната област</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="161"/>
        <source>Full screen</source>
        <translation>Цял екран</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="162"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/settingsdialog.cpp" line="163"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::StaffPage</name>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="54"/>
        <source>Manager</source>
        <translation>Управител</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="56"/>
        <source>Kitchen</source>
        <translation>Кухня</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="57"/>
        <source>Waiter</source>
        <translation>Сервитьор</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="62"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="63"/>
        <source>Staff and PINs</source>
        <translation>Персонал и ПИН кодове</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="64"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="64"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="231"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="64"/>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="65"/>
        <source>Add…</source>
        <translation>Добави…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="66"/>
        <source>Rename…</source>
        <translation>Преименувай…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="67"/>
        <source>Role…</source>
        <translation>Роля…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="68"/>
        <source>Switch off / on</source>
        <translation>Изключи / включи</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="69"/>
        <source>Remove…</source>
        <translation>Премахни…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="70"/>
        <source>New PIN…</source>
        <translation>Нов ПИН…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="95"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="95"/>
        <source>Switched off</source>
        <translation>Изключен</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="118"/>
        <source>%1 was added.</source>
        <translation>%1 е добавен(а).</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="128"/>
        <source>Renamed.</source>
        <translation>Преименувано.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="137"/>
        <source>The role was changed.</source>
        <translation>Ролята е сменена.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="146"/>
        <source>Switched on: the PIN works again.</source>
        <translation>Включен: ПИН кодът отново работи.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="147"/>
        <source>Switched off: signed out everywhere, the PIN no longer works.</source>
        <translation>Изключен: излязъл навсякъде, ПИН кодът вече не работи.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="156"/>
        <source>Removed.</source>
        <translation>Премахнато.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="169"/>
        <source>%1 has a new PIN.</source>
        <translation>%1 има нов ПИН.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="178"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="263"/>
        <source>New PIN</source>
        <translation>Нов ПИН</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="179"/>
        <source>The PIN of %1 is:

%2

Tell it to them now: it is not shown again.</source>
        <translation>ПИН кодът на %1 е:

%2

Кажете го сега: няма да бъде показан отново.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="196"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="203"/>
        <source>Add staff</source>
        <translation>Добавяне на служител</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="196"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="215"/>
        <source>Name:</source>
        <translation>Име:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="203"/>
        <source>Role:</source>
        <translation>Роля:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="212"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="225"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="241"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="250"/>
        <location filename="../app/dashboard/console/staffpage.cpp" line="262"/>
        <source>Select a member first.</source>
        <translation>Първо изберете служител.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="215"/>
        <source>Rename</source>
        <translation>Преименуване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="231"/>
        <source>Role of %1:</source>
        <translation>Роля на %1:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="251"/>
        <source>Remove</source>
        <translation>Премахване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="252"/>
        <source>Remove %1 for good? Switching off keeps them in the history.</source>
        <translation>Да бъде ли премахнат(а) %1 завинаги? При изключване остава в историята.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/staffpage.cpp" line="264"/>
        <source>Give %1 a new PIN? The old one stops working at once.</source>
        <translation>Нов ПИН за %1? Старият спира да работи веднага.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::StatusColumnSwitcher</name>
    <message>
        <location filename="../app/dashboard/views/statuscolumnswitcher.cpp" line="86"/>
        <source>Order status columns</source>
        <translation>Колони по статус на поръчките</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::TableTile</name>
    <message>
        <location filename="../app/dashboard/views/tabletile.cpp" line="70"/>
        <source>Free</source>
        <translation>Свободна</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/tabletile.cpp" line="72"/>
        <source>Open tab</source>
        <translation>Отворена сметка</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/tabletile.cpp" line="74"/>
        <source>Order waiting</source>
        <translation>Поръчка чака</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/tabletile.cpp" line="76"/>
        <source>Call waiting</source>
        <translation>Повикване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/tabletile.cpp" line="78"/>
        <source>Bill requested</source>
        <translation>Иска сметката</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/tabletile.cpp" line="80"/>
        <source>Paid</source>
        <translation>Платено</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::TablesPage</name>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="62"/>
        <source>Tables</source>
        <translation>Маси</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="63"/>
        <source>Tables and QR codes</source>
        <translation>Маси и QR кодове</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="65"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="65"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="65"/>
        <source>Area</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="65"/>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="65"/>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="65"/>
        <source>QR scans</source>
        <translation>Сканирания</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="66"/>
        <source>Add…</source>
        <translation>Добави…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="67"/>
        <source>Edit…</source>
        <translation>Промени…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="68"/>
        <source>Switch off / on</source>
        <translation>Изключи / включи</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="69"/>
        <source>Remove…</source>
        <translation>Премахни…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="70"/>
        <source>Print QR cards…</source>
        <translation>QR карти…</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="94"/>
        <source>Taking orders</source>
        <translation>Приема поръчки</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="94"/>
        <source>Switched off</source>
        <translation>Изключена</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="115"/>
        <source>Table %1 was added.</source>
        <translation>Маса %1 е добавена.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="128"/>
        <source>Table %1 was changed.</source>
        <translation>Маса %1 е променена.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="137"/>
        <source>Table %1 was removed.</source>
        <translation>Маса %1 е премахната.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="146"/>
        <source>Add a table</source>
        <translation>Добавяне на маса</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="147"/>
        <source>Edit table %1</source>
        <translation>Маса %1</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="156"/>
        <source>inside, terrace, bar …</source>
        <translation>вътре, тераса, бар …</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="163"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="164"/>
        <source>Name:</source>
        <translation>Име:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="165"/>
        <source>Area:</source>
        <translation>Зона:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="166"/>
        <source>Seats:</source>
        <translation>Места:</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="195"/>
        <location filename="../app/dashboard/console/tablespage.cpp" line="205"/>
        <location filename="../app/dashboard/console/tablespage.cpp" line="214"/>
        <source>Select a table first.</source>
        <translation>Първо изберете маса.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="216"/>
        <source>Remove</source>
        <translation>Премахване</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="217"/>
        <source>Remove table %1? Its printed QR card stops working.</source>
        <translation>Да бъде ли премахната маса %1? Отпечатаната ѝ QR карта спира да работи.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="237"/>
        <source>Could not write %1.</source>
        <translation>Файлът %1 не може да бъде записан.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="240"/>
        <source>QR cards saved to %1.</source>
        <translation>QR картите са записани в %1.</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="251"/>
        <source>Select the tables first (several with Ctrl or Shift).</source>
        <translation>Първо изберете масите (няколко с Ctrl или Shift).</translation>
    </message>
    <message>
        <location filename="../app/dashboard/console/tablespage.cpp" line="254"/>
        <source>Save the QR cards</source>
        <translation>Запис на QR картите</translation>
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
        <translation>Други маси</translation>
    </message>
    <message>
        <location filename="../app/dashboard/views/tablesview.cpp" line="116"/>
        <source>No tables yet: a manager adds them in the console.</source>
        <translation>Още няма маси: управителят ги добавя от „Управление“.</translation>
    </message>
</context>
<context>
    <name>tableside::dashboard::Toast</name>
    <message>
        <location filename="../app/dashboard/views/toast.cpp" line="45"/>
        <source>Dismiss</source>
        <translation>Затвори</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>conq</name>
    <message>
        <source>(called with Next)</source>
        <translation>(«Кийинки» менен чакырылды)</translation>
    </message>
    <message>
        <source>--from {start} is after --to {end}.</source>
        <translation>--from {start} --to {end} күнүнөн кийин турат.</translation>
    </message>
    <message>
        <source>--reset-pin names {login}, who is not in the centre file.</source>
        <translation>--reset-pin {login} дегенди көрсөтөт, бирок ал борбор файлында жок.</translation>
    </message>
    <message>
        <source>--windows must look like 9-13=4,13-18=3 (hours from-to = windows), not {text}.</source>
        <translation>--windows 9-13=4,13-18=3 сыяктуу болушу керек (саат баштап-чейин = терезелер), {text} эмес.</translation>
    </message>
    <message>
        <source>/status: your place now; /stop: no more messages; /ky, /ru: the language.</source>
        <translation>/status: азыркы ордуңуз; /stop: билдирүүлөрдү өчүрүү; /ky, /ru: тил.</translation>
    </message>
    <message>
        <source>90 % waited less than, minutes</source>
        <translation>90 % ушундан аз күттү, мүнөт</translation>
    </message>
    <message>
        <source>A PIN is 4–8 digits.</source>
        <translation>PIN-код 4–8 сандан турат.</translation>
    </message>
    <message>
        <source>A booked visitor goes ahead of walk-ins at most every N-th call of a window.</source>
        <translation>Алдын ала жазылган келүүчү жазылбай келгендерден мурун терезенин N чакыруусунун бирөөсүнөн көп эмес чакырылат.</translation>
    </message>
    <message>
        <source>A daily report is one day: give --day DAY only.</source>
        <translation>Күндүк отчёт бир күн үчүн: --day DAY гана көрсөтүңүз.</translation>
    </message>
    <message>
        <source>A line on the hall display, in Kyrgyz and Russian: how many of today&apos;s calls were in order, and how many out of order with a recorded reason.</source>
        <translation>Залдагы таблодо кыргызча жана орусча сап: бүгүнкү чакыруулардын канчасы кезеги менен, канчасы себеби жазылып кезектен тышкары болду.</translation>
    </message>
    <message>
        <source>A new PIN for {login}</source>
        <translation>{login} үчүн жаңы PIN-код</translation>
    </message>
    <message>
        <source>A new member of staff needs a PIN.</source>
        <translation>Жаңы кызматкерге PIN-код керек.</translation>
    </message>
    <message>
        <source>A portal&apos;s name is 1–40 letters, digits, “-” or “_”: “{portal}” is not.</source>
        <translation>Порталдын аталышы 1–40 тамгадан, цифрадан, «-» же «_» белгилеринен турат: «{portal}» андай эмес.</translation>
    </message>
    <message>
        <source>A priority ticket is issued by a receptionist, a supervisor or an administrator: add --operator LOGIN and their PIN.</source>
        <translation>Артыкчылыктуу талонду кабыл алуучу, жетекчи же администратор берет: --operator LOGIN жана анын PIN-кодун кошуңуз.</translation>
    </message>
    <message>
        <source>A program file is missing: {name}</source>
        <translation>Программанын файлы табылган жок: {name}</translation>
    </message>
    <message>
        <source>A token is saved; it is never shown. Leave the field empty to keep it.</source>
        <translation>Токен сакталган; ал эч качан көрсөтүлбөйт. Өзгөртпөө үчүн талааны бош калтырыңыз.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Башкаруу</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Бардык файлдар</translation>
    </message>
    <message>
        <source>All of today&apos;s tickets have been given out</source>
        <translation>Бүгүнкү талондор бүттү</translation>
    </message>
    <message>
        <source>Apply these changes? [y/N] </source>
        <translation>Бул өзгөртүүлөрдү киргизесизби? [о/Ж] </translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Келгендер</translation>
    </message>
    <message>
        <source>Arrivals and waits by hour: {centre}</source>
        <translation>Саат боюнча келгендер жана күтүү: {centre}</translation>
    </message>
    <message>
        <source>Arrivals per hour</source>
        <translation>Саатына келгендер</translation>
    </message>
    <message>
        <source>Arrivals per hour on an average day</source>
        <translation>Орточо күндө саатына келгендер</translation>
    </message>
    <message>
        <source>Arrivals/h</source>
        <translation>Келгендер/саат</translation>
    </message>
    <message>
        <source>As BotFather gave it, e.g. kezek_bishkek_bot. Empty: tickets carry no QR code and no messages are sent.</source>
        <translation>BotFather бергендей, мисалы kezek_bishkek_bot. Бош болсо: талондо QR-код болбойт жана билдирүүлөр жөнөтүлбөйт.</translation>
    </message>
    <message>
        <source>At most {windows} windows at once.</source>
        <translation>Бир эле учурда эң көп {windows} терезе.</translation>
    </message>
    <message>
        <source>At the window</source>
        <translation>Терезеде</translation>
    </message>
    <message>
        <source>Attempt {number} found no answer. Trying again in {seconds} s.</source>
        <translation>{number}-аракет жооп алган жок. {seconds} с кийин кайра аракет кылынат.</translation>
    </message>
    <message>
        <source>Attempt {number}: trying to reach the database…</source>
        <translation>{number}-аракет: маалымат базасына туташуу…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Being called</source>
        <translation>Чакырылды</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>Тейлөө жүрүп жатат</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <source>Booked for {time}</source>
        <translation>Жазылуу убактысы: {time}</translation>
    </message>
    <message>
        <source>Booked visitors ahead of walk-ins, every N-th call</source>
        <translation>Жазылгандар жазылбай келгендерден мурун, ар бир N-чакырууда</translation>
    </message>
    <message>
        <source>Booked visitors called ahead of walk-ins (in order: at most every {every}-th call of a window)</source>
        <translation>Жазылбай келгендерден мурун чакырылган жазылгандар (кезеги менен: терезенин {every} чакыруусунун бирөөсүнөн көп эмес)</translation>
    </message>
    <message>
        <source>Booked {code}: {service}, {day} at {time}.</source>
        <translation>Жазылды {code}: {service}, {day} саат {time}.</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Жазылуу</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Жазылуу коду</translation>
    </message>
    <message>
        <source>Booking {code} cancelled ({service}, {day} at {time}).</source>
        <translation>{code} жазылуусу жокко чыгарылды ({service}, {day} саат {time}).</translation>
    </message>
    <message>
        <source>Booking {code} moved to {day} at {time} ({service}).</source>
        <translation>{code} жазылуусу {day} саат {time} убактысына которулду ({service}).</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Жазылуулар</translation>
    </message>
    <message>
        <source>Bookings are taken up to {days} days ahead: {day} is too far.</source>
        <translation>Жазылуу {days} күн алдын ала кабыл алынат: {day} өтө алыс.</translation>
    </message>
    <message>
        <source>Bookings of the day</source>
        <translation>Күндүн жазылуулары</translation>
    </message>
    <message>
        <source>Bookings of {service} on {day}: {count}.</source>
        <translation>{day} күнү «{service}» боюнча жазылуулар: {count}.</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Боттун токени</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Тыныгуу</translation>
    </message>
    <message>
        <source>By hour and weekday</source>
        <translation>Саат жана апта күнү боюнча</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Чакыруу</translation>
    </message>
    <message>
        <source>Call a ticket out of order</source>
        <translation>Талонду кезексиз чакыруу</translation>
    </message>
    <message>
        <source>Call a ticket to window {window} out of order</source>
        <translation>Талонду {window}-терезеге кезексиз чакыруу</translation>
    </message>
    <message>
        <source>Call by number</source>
        <translation>Номер боюнча чакыруу</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Чакырылды</translation>
    </message>
    <message>
        <source>Called again {count} of {limit} times</source>
        <translation>Кайра чакырылды: {count}/{limit}</translation>
    </message>
    <message>
        <source>Called within the target wait</source>
        <translation>Максаттуу убакыттын ичинде чакырылгандар</translation>
    </message>
    <message>
        <source>Called, waiting for the visitor</source>
        <translation>Чакырылды, келүүчүнү күтүүдө</translation>
    </message>
    <message>
        <source>Called; the service time counts from the call</source>
        <translation>Чакырылды; тейлөө убактысы чакырылгандан бери эсептелет</translation>
    </message>
    <message>
        <source>Calling a ticket out of order needs a reason.</source>
        <translation>Талонду кезектен тышкары чакыруу үчүн себебин көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Чакыруулар</translation>
    </message>
    <message>
        <source>Calls out of order</source>
        <translation>Кезектен тышкары чакыруулар</translation>
    </message>
    <message>
        <source>Calls per operator</source>
        <translation>Ар бир оператордун чакыруулары</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Жазылууну жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancel the booking {code} ({service}, {day} at {time})?</source>
        <translation>{code} жазылуусун жокко чыгарасызбы ({service}, {day} саат {time})?</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылган</translation>
    </message>
    <message>
        <source>Cancelled by hand</source>
        <translation>Кол менен жокко чыгарылгандар</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}</source>
        <translation>{folder} маалымат папкасын түзүү мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
        <source>Cannot create the database file {path}: {reason}</source>
        <translation>Маалымат базасынын файлын түзүү мүмкүн эмес {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>{folder} папкасын түзүү мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>{url} маалымат базасын ачуу мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at {host}:{port} (database “{database}”): {reason}. Check that the server runs, that it listens on the network (listen_addresses), that pg_hba.conf lets this PC in, that the firewall lets port {port} through, and the user and password (docs/install.md, section 7).</source>
        <translation>{host}:{port} дарегиндеги PostgreSQL серверине туташуу мүмкүн эмес («{database}» базасы): {reason}. Сервер иштеп жатканын, тармакта угуп турганын (listen_addresses), pg_hba.conf бул компьютерди киргизерин, брандмауэр {port} портун өткөрөрүн, колдонуучу менен сырсөздү текшериңиз (docs/install.md, 7-бөлүм).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} окулган жок: {reason}</translation>
    </message>
    <message>
        <source>Cannot write to the printer {printer}: {reason}</source>
        <translation>{printer} басып чыгаргычына маалымат жөнөтүү мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} файлын жазуу мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Борбор</translation>
    </message>
    <message>
        <source>Centre file</source>
        <translation>Борбордун файлы</translation>
    </message>
    <message>
        <source>Centre files</source>
        <translation>Борбордун файлдары</translation>
    </message>
    <message>
        <source>Centre name (English)</source>
        <translation>Борбордун аталышы (англисче)</translation>
    </message>
    <message>
        <source>Centre name (Kyrgyz)</source>
        <translation>Борбордун аталышы (кыргызча)</translation>
    </message>
    <message>
        <source>Centre name (Russian)</source>
        <translation>Борбордун аталышы (орусча)</translation>
    </message>
    <message>
        <source>Centre written to {path} (without PINs).</source>
        <translation>Борбор {path} файлына жазылды (PIN-коддорсуз).</translation>
    </message>
    <message>
        <source>Check the printer, then reprint the ticket.</source>
        <translation>Басып чыгаргычты текшерип, талонду кайра басып чыгарыңыз.</translation>
    </message>
    <message>
        <source>Check-in from, minutes before the slot</source>
        <translation>Каттоонун башталышы, жазылуу убактысына чейин мүнөт</translation>
    </message>
    <message>
        <source>Check-in until, minutes after the slot</source>
        <translation>Каттоонун аякташы, жазылуу убактысынан кийин мүнөт</translation>
    </message>
    <message>
        <source>Choose a free slot first.</source>
        <translation>Адегенде бош убакытты тандаңыз.</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Кызматты тандаңыз</translation>
    </message>
    <message>
        <source>Choose what to open on this computer.</source>
        <translation>Бул компьютерде эмне ачыларын тандаңыз.</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Күндү жабуу</translation>
    </message>
    <message>
        <source>Close the day {day}? Its counts are written to the history, and its seal is printed and saved as a PDF for the head of centre to sign.</source>
        <translation>{day} күнүн жабасызбы? Анын сандары тарыхка жазылат, мөөрү басылып чыгат жана борбордун жетекчиси кол коюшу үчүн PDF катары сакталат.</translation>
    </message>
    <message>
        <source>Close the day…</source>
        <translation>Күндү жабуу…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Жабылган убакыт</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Жапкан</translation>
    </message>
    <message>
        <source>Closed now; open {hours}</source>
        <translation>Азыр жабык; иштөө убактысы {hours}</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Бүгүн иштебейт</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Жабылат</translation>
    </message>
    <message>
        <source>Closing at 00:00 means open until midnight.</source>
        <translation>00:00дө жабылат дегени түн ортосуна чейин иштейт дегенди билдирет.</translation>
    </message>
    <message>
        <source>Closing of the day {day}</source>
        <translation>{day} күнүн жабуу</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Come to the kiosk between {opens} and {closes} and enter or scan this code.</source>
        <translation>Саат {opens} менен {closes} ортосунда киоскко келип, ушул кодду териңиз же сканерлеңиз.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Буйрук сабы</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Кичине көрүнүш</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Отчёт эсептелүүдө…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көчүрмө</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Counted from the booking&apos;s day; the erasing is done when a day is closed.</source>
        <translation>Жазылуу күнүнөн тартып эсептелет; маалыматтар күн жабылганда өчүрүлөт.</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Администраторду түзүү</translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation>Администратор түзүлүп жатат…</translation>
    </message>
    <message>
        <source>Current call: none yet</source>
        <translation>Учурдагы чакыруу: азырынча жок</translation>
    </message>
    <message>
        <source>Current call: {number}, window {window}</source>
        <translation>Учурдагы чакыруу: {number}, {window}-терезе</translation>
    </message>
    <message>
        <source>Current language</source>
        <translation>Учурдагы тил</translation>
    </message>
    <message>
        <source>Current ticket</source>
        <translation>Учурдагы талон</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Күндүк</translation>
    </message>
    <message>
        <source>Daily report: {centre}</source>
        <translation>Күндүк отчёт: {centre}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Маалымат базасы</translation>
    </message>
    <message>
        <source>Database error: {reason}</source>
        <translation>Маалымат базасынын катасы: {reason}</translation>
    </message>
    <message>
        <source>Database {url} is at schema {revision}.</source>
        <translation>{url} маалымат базасынын схемасы: {revision}.</translation>
    </message>
    <message>
        <source>Database {url} is ready at schema {revision}.</source>
        <translation>{url} базасы даяр, схемасы {revision}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Day {day} (time zone {timezone})</source>
        <translation>{day} күнү (убакыт алкагы {timezone})</translation>
    </message>
    <message>
        <source>Day {day} closed: seal of event {seq}. PDF: {path}</source>
        <translation>{day} күнү жабылды: {seq}-окуянын мөөрү. PDF: {path}</translation>
    </message>
    <message>
        <source>Day {day} closed: seal of event {seq}. The PDF was NOT saved: {reason}</source>
        <translation>{day} күнү жабылды: {seq}-окуянын мөөрү. PDF сакталган ЖОК: {reason}</translation>
    </message>
    <message>
        <source>Day {day} closed: {issued} tickets issued, {served} served, {no_shows} no-shows, {out_of_order} calls out of order ({with_reason} with a reason).</source>
        <translation>{day} күнү жабылды: {issued} талон берилди, {served} тейленди, {no_shows} келген жок, {out_of_order} кезектен тышкары чакыруу ({with_reason} себеби менен).</translation>
    </message>
    <message>
        <source>Days ahead one may book</source>
        <translation>Канча күн алдын ала жазылууга болот</translation>
    </message>
    <message>
        <source>Days with tickets</source>
        <translation>Талон берилген күндөр</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Акыркы белгини өчүрүү</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Акыркы цифраны өчүрүү</translation>
    </message>
    <message>
        <source>Demo centre: the PIN is {pin}</source>
        <translation>Демо-борбор: PIN-коду {pin}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Даяр</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ылдый</translation>
    </message>
    <message>
        <source>Enter the administrator PIN to close the kiosk.</source>
        <translation>Киоскту жабуу үчүн администратордун PIN-кодун териңиз.</translation>
    </message>
    <message>
        <source>Enter your login and PIN.</source>
        <translation>Логин менен PIN-кодду жазыңыз.</translation>
    </message>
    <message>
        <source>Erase visitors&apos; names and phones after, days</source>
        <translation>Келүүчүлөрдүн аты-жөнү жана телефону өчүрүлө турган мөөнөт, күн</translation>
    </message>
    <message>
        <source>Events of {days}: {count} (events {first} to {last}).</source>
        <translation>{days} окуялары: {count} ({first} – {last} окуялар).</translation>
    </message>
    <message>
        <source>Expected wait, min</source>
        <translation>Күтүлгөн күтүү, мүн.</translation>
    </message>
    <message>
        <source>Expected wait: about {minutes} min</source>
        <translation>Күтүү: болжол менен {minutes} мүн.</translation>
    </message>
    <message>
        <source>Expected wait: about {minutes} min.</source>
        <translation>Күтүү: болжол менен {minutes} мүн.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Отчётту экспорттоо</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <source>Fairness report written to {path}: {count} calls out of order.</source>
        <translation>Адилеттүүлүк отчёту {path} файлына жазылды: кезектен тышкары чакыруулар: {count}.</translation>
    </message>
    <message>
        <source>Fairness report: {centre}</source>
        <translation>Адилеттүүлүк отчёту: {centre}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <source>Find bookings</source>
        <translation>Жазылууларды издөө</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Бүтүрүү</translation>
    </message>
    <message>
        <source>First called</source>
        <translation>Биринчи чакырылды</translation>
    </message>
    <message>
        <source>Follow your turn on your phone</source>
        <translation>Кезегиңизди телефондон көзөмөлдөңүз</translation>
    </message>
    <message>
        <source>Following the turn in Telegram</source>
        <translation>Кезекти Telegram аркылуу көзөмөлдөө</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Канча убакыт</translation>
    </message>
    <message>
        <source>For example: came back with documents</source>
        <translation>Мисалы: документтер менен кайра келди</translation>
    </message>
    <message>
        <source>Found {code}.</source>
        <translation>{code} табылды.</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Бош убакыттар</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Жм</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Жума</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>From now on I write in this language.</source>
        <translation>Мындан ары ушул тилде жазам.</translation>
    </message>
    <message>
        <source>From the history of {first} – {last}.</source>
        <translation>{first} – {last} тарыхы боюнча.</translation>
    </message>
    <message>
        <source>From {first} to {last} (time zone {timezone})</source>
        <translation>{first} – {last} (убакыт алкагы {timezone})</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Full view</source>
        <translation>Толук көрүнүш</translation>
    </message>
    <message>
        <source>Gives out tickets</source>
        <translation>Талон берет</translation>
    </message>
    <message>
        <source>Half waited less than, minutes</source>
        <translation>Жарымы ушундан аз күттү, мүнөт</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>Залдагы табло</translation>
    </message>
    <message>
        <source>Hall display text (Kyrgyz)</source>
        <translation>Таблодогу сап (кыргызча)</translation>
    </message>
    <message>
        <source>Hall display text (Russian)</source>
        <translation>Таблодогу сап (орусча)</translation>
    </message>
    <message>
        <source>Hash of the history (SHA-256)</source>
        <translation>Тарыхтын хеши (SHA-256)</translation>
    </message>
    <message>
        <source>Head of centre (name, signature)</source>
        <translation>Борбордун жетекчиси (аты-жөнү, колу)</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Майрамдын аталышы</translation>
    </message>
    <message>
        <source>Holidays (the whole centre is closed)</source>
        <translation>Майрам күндөрү (борбор толугу менен жабык)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Саат</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>Жазылуум бар</translation>
    </message>
    <message>
        <source>I will write when {limit} people are ahead of you and when you are called. /status: your place now; /stop: no more messages; /ky, /ru: the language.</source>
        <translation>Алдыңызда {limit} киши калганда жана сиз чакырылганда жазам. /status: азыркы ордуңуз; /stop: билдирүүлөрдү өчүрүү; /ky, /ru: тил.</translation>
    </message>
    <message>
        <source>Imported from {path}: {added} new, {moved} moved, {cancelled} cancelled, {unchanged} unchanged.</source>
        <translation>{path} файлынан импорттолду: жаңы — {added}, которулган — {moved}, жокко чыгарылган — {cancelled}, өзгөрүүсүз — {unchanged}.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорттоо…</translation>
    </message>
    <message>
        <source>In the queue</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>In the queue: {count}</source>
        <translation>Кезекте: {count}</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берилди</translation>
    </message>
    <message>
        <source>Issuing resumed: {service}</source>
        <translation>Талон берүү кайра башталды: {service}</translation>
    </message>
    <message>
        <source>Issuing stopped: {service}</source>
        <translation>Талон берүү токтотулду: {service}</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>Жазылууну калтыруу</translation>
    </message>
    <message>
        <source>Kiosk languages</source>
        <translation>Киосктун тилдери</translation>
    </message>
    <message>
        <source>Last digits of an ID (optional)</source>
        <translation>Документтин акыркы сандары (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Акыркы окуя</translation>
    </message>
    <message>
        <source>Last event checked: {seq}, hash {hash}.</source>
        <translation>Текшерилген акыркы окуя: {seq}, хеши {hash}.</translation>
    </message>
    <message>
        <source>Last ticket: {number}</source>
        <translation>Акыркы талон: {number}</translation>
    </message>
    <message>
        <source>Left waiting when the day ended</source>
        <translation>Күн аяктаганда күтүп калгандар</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Жүктөө</translation>
    </message>
    <message>
        <source>Load a centre file first (conq-desktop setup --from FILE).</source>
        <translation>Адегенде борбордун файлын жүктөңүз (conq-desktop setup --from FILE).</translation>
    </message>
    <message>
        <source>Load a centre file…</source>
        <translation>Борбордун файлын жүктөө…</translation>
    </message>
    <message>
        <source>Load {path}?</source>
        <translation>{path} жүктөлсүнбү?</translation>
    </message>
    <message>
        <source>Loaded {services} services, {windows} windows and {operators} operators.</source>
        <translation>{services} кызмат, {windows} терезе жана {operators} оператор жүктөлдү.</translation>
    </message>
    <message>
        <source>Loading a centre file over this centre needs an administrator: give --admin LOGIN and their PIN.</source>
        <translation>Бул борборго борбор файлын жүктөө үчүн администратор керек: --admin ЛОГИН жана анын PIN-кодун бериңиз.</translation>
    </message>
    <message>
        <source>Loading this file would change nothing.</source>
        <translation>Бул файлды жүктөө эч нерсени өзгөртпөйт.</translation>
    </message>
    <message>
        <source>Loading this file would change, for every PC of the centre:</source>
        <translation>Бул файлды жүктөө борбордун бардык компьютерлери үчүн төмөнкүлөрдү өзгөртөт:</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} жүктөлүп жатат…</translation>
    </message>
    <message>
        <source>Locked until {time} after too many wrong PINs.</source>
        <translation>Туура эмес PIN-код өтө көп терилгендиктен {time} чейин бөгөттөлгөн.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Эң узак күтүү</translation>
    </message>
    <message>
        <source>Longest wait, min</source>
        <translation>Эң узак күтүү, мүн.</translation>
    </message>
    <message>
        <source>Longest wait, minutes</source>
        <translation>Эң узак күтүү, мүнөт</translation>
    </message>
    <message>
        <source>Longest waits (issue to first call)</source>
        <translation>Эң узак күтүүлөр (талон берилгенден биринчи чакырууга чейин)</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Түшкү тыныгуу</translation>
    </message>
    <message>
        <source>Lunch break; open again at {time}</source>
        <translation>Түшкү тыныгуу; {time} ачылат</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Кире алат</translation>
    </message>
    <message>
        <source>Mean service time, minutes</source>
        <translation>Орточо тейлөө убактысы, мүнөт</translation>
    </message>
    <message>
        <source>Mean service, min</source>
        <translation>Орточо тейлөө, мүн.</translation>
    </message>
    <message>
        <source>Mean wait by hour of arrival, minutes</source>
        <translation>Келген саат боюнча орточо күтүү, мүнөт</translation>
    </message>
    <message>
        <source>Mean wait, min</source>
        <translation>Орточо күтүү, мүн.</translation>
    </message>
    <message>
        <source>Mean wait, minutes</source>
        <translation>Орточо күтүү, мүнөт</translation>
    </message>
    <message>
        <source>Message when this many people are ahead</source>
        <translation>Алдында ушунча киши калганда кабарлоо</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Мүнөт</translation>
    </message>
    <message>
        <source>Minutes per visitor</source>
        <translation>Бир келүүчүгө мүнөт</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Дш</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Дүйшөмбү</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Которуу</translation>
    </message>
    <message>
        <source>Move and remove</source>
        <translation>Которуу жана өчүрүү</translation>
    </message>
    <message>
        <source>Move them to</source>
        <translation>Аларды которуу</translation>
    </message>
    <message>
        <source>Move to the chosen slot</source>
        <translation>Тандалган убакытка которуу</translation>
    </message>
    <message>
        <source>Move waiting to…</source>
        <translation>Күтүүдөгүлөрдү которуу…</translation>
    </message>
    <message>
        <source>Moved {count} waiting tickets.</source>
        <translation>Күтүүдөгү {count} талон которулду.</translation>
    </message>
    <message>
        <source>NOT printed: {reason}</source>
        <translation>Басылып чыккан ЖОК: {reason}</translation>
    </message>
    <message>
        <source>NOT printed; the ticket is valid. Reprint it: ticket reprint {number} --operator LOGIN</source>
        <translation>Басылып чыккан ЖОК; талон жарактуу. Аны кайра басыңыз: ticket reprint {number} --operator LOGIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Аталышы (англисче)</translation>
    </message>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation>Аталышы (кыргызча)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Аталышы (орусча)</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Аты-жөнү (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Жаңы жазылуу</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Кийинки</translation>
    </message>
    <message>
        <source>Next, load the centre once: conq-desktop setup --from FILE (any one PC).</source>
        <translation>Андан кийин борборду бир жолу жүктөңүз: conq-desktop setup --from FILE (каалаган бир компьютерде).</translation>
    </message>
    <message>
        <source>No PIN was typed: type it when asked, or give it with {option} or in {variable}.</source>
        <translation>PIN-код терилген жок: суралганда териңиз же {option} параметри менен же {variable} аркылуу бериңиз.</translation>
    </message>
    <message>
        <source>No Telegram bot name is set (telegram_bot): tickets carry no link to follow. Set it in the administration window; see docs/phone.md.</source>
        <translation>Telegram ботунун аты көрсөтүлгөн эмес (telegram_bot): талондордо кезекти көзөмөлдөөчү шилтеме жок. Аны башкаруу терезесинде көрсөтүңүз; docs/phone.md караңыз.</translation>
    </message>
    <message>
        <source>No Telegram bot token is set: the notifier has nothing to send with. Set the centre&apos;s telegram_token (administration window) or CONQ_TELEGRAM_TOKEN; see docs/phone.md.</source>
        <translation>Telegram ботунун токени көрсөтүлгөн эмес: кабарлоочу билдирүү жөнөтө албайт. Борбордун telegram_token жөндөөсүн (башкаруу терезеси) же CONQ_TELEGRAM_TOKEN көрсөтүңүз; docs/phone.md караңыз.</translation>
    </message>
    <message>
        <source>No USB printer {printer} is connected to this PC. Check that the printer is on, its cable plugged in and its VID:PID right (on Linux, lsusb lists the connected devices).</source>
        <translation>Бул компьютерге {printer} USB басып чыгаргычы туташкан эмес. Басып чыгаргыч күйгүзүлгөнүн, кабели сайылганын жана VID:PID туура экенин текшериңиз (Linux&apos;та туташкан түзмөктөрдү lsusb көрсөтөт).</translation>
    </message>
    <message>
        <source>No booking chosen: book one, find one by its code or pick one from a list.</source>
        <translation>Жазылуу тандалган жок: жаңысын түзүңүз, коду боюнча табыңыз же тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>No booking has the code {code}.</source>
        <translation>{code} коду менен жазылуу жок.</translation>
    </message>
    <message>
        <source>No bookings of {service} on {day}.</source>
        <translation>{day} күнү «{service}» боюнча жазылуулар жок.</translation>
    </message>
    <message>
        <source>No bookings on {day}.</source>
        <translation>{day} күнү жазылуулар жок.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Байланыш жок</translation>
    </message>
    <message>
        <source>No connection to the database. Trying again…</source>
        <translation>Маалымат базасы менен байланыш жок. Кайра аракет кылууда…</translation>
    </message>
    <message>
        <source>No current ticket</source>
        <translation>Учурдагы талон жок</translation>
    </message>
    <message>
        <source>No more messages about your ticket. Scan its QR code again to follow it.</source>
        <translation>Талонуңуз боюнча билдирүүлөр мындан ары келбейт. Көзөмөлдөө үчүн анын QR-кодун кайра сканерлеңиз.</translation>
    </message>
    <message>
        <source>No printer is set up: save the slip as a PDF instead.</source>
        <translation>Басып чыгаргыч жөндөлгөн эмес: анын ордуна баракчаны PDF катары сактаңыз.</translation>
    </message>
    <message>
        <source>No printer is set up: the seal is on paper only as the PDF.</source>
        <translation>Басып чыгаргыч жөндөлгөн эмес: мөөр кагазга PDF аркылуу гана чыгат.</translation>
    </message>
    <message>
        <source>No printer is set up; the ticket is shown on screen only.</source>
        <translation>Басып чыгаргыч жөндөлгөн эмес; талон экранда гана көрсөтүлөт.</translation>
    </message>
    <message>
        <source>No slots to book for {service} on {day}.</source>
        <translation>{day} күнү {service} үчүн жазыла турган убакыт жок.</translation>
    </message>
    <message>
        <source>No slots to book on this day.</source>
        <translation>Бул күнү жазыла турган убакыт жок.</translation>
    </message>
    <message>
        <source>No ticket has this code. Please scan the QR code on your ticket again.</source>
        <translation>Мындай коду бар талон жок. Сураныч, талонуңуздагы QR-кодду кайра сканерлеңиз.</translation>
    </message>
    <message>
        <source>No tickets were issued from {first} to {last}: there is nothing to report.</source>
        <translation>{first} – {last} аралыгында талон берилген жок: отчёткө эч нерсе жок.</translation>
    </message>
    <message>
        <source>No tickets were issued in this period.</source>
        <translation>Бул мезгилде талон берилген жок.</translation>
    </message>
    <message>
        <source>No token is saved: without one no messages are sent.</source>
        <translation>Токен сакталган эмес: токенсиз билдирүүлөр жөнөтүлбөйт.</translation>
    </message>
    <message>
        <source>No visitors on {weekday} from {first} to {last}: no history to plan from.</source>
        <translation>{first} – {last} аралыгында {weekday} күндөрү келүүчүлөр болгон жок: пландоо үчүн тарых жок.</translation>
    </message>
    <message>
        <source>No window is serving this service right now; you will be called when one opens.</source>
        <translation>Азыр бул кызматты эч бир терезе тейлебей жатат; терезе ачылганда сизди чакырышат.</translation>
    </message>
    <message>
        <source>No window serves this service at the moment, so the wait cannot be told yet.</source>
        <translation>Азыр бул кызматты эч бир терезе тейлебей жатат, ошондуктан күтүү убактысын азырынча айтуу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Келген жок</translation>
    </message>
    <message>
        <source>No-show rate (of those called)</source>
        <translation>Келбегендердин үлүшү (чакырылгандардан)</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Келбегендер</translation>
    </message>
    <message>
        <source>Nobody is ahead of you.</source>
        <translation>Алдыңызда эч ким жок.</translation>
    </message>
    <message>
        <source>Nobody is signed in at window {window}; sign in there first.</source>
        <translation>{window}-терезеге эч ким кирген жок; адегенде ошол терезеге кириңиз.</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Эч ким күтпөйт</translation>
    </message>
    <message>
        <source>Nobody is waiting for window {window}.</source>
        <translation>{window}-терезеге кезекте эч ким жок.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Жок.</translation>
    </message>
    <message>
        <source>Not offered at the moment</source>
        <translation>Убактылуу көрсөтүлбөйт</translation>
    </message>
    <message>
        <source>Not printed (--no-print).</source>
        <translation>Басылып чыккан жок (--no-print).</translation>
    </message>
    <message>
        <source>Nothing happened in this period: no ticket was issued or called.</source>
        <translation>Бул мезгилде эч нерсе болгон жок: бир да талон берилген же чакырылган эмес.</translation>
    </message>
    <message>
        <source>Nothing happened on {day}: there is no event to close the day with.</source>
        <translation>{day} күнү эч нерсе болгон жок: күндү жабууга окуя жок.</translation>
    </message>
    <message>
        <source>Nothing to do: give --pdf FILE, or leave out --no-print.</source>
        <translation>Аткара турган эч нерсе жок: --pdf FILE көрсөтүңүз же --no-print алып салыңыз.</translation>
    </message>
    <message>
        <source>Nothing to save: the settings are as they were.</source>
        <translation>Сактай турган эч нерсе жок: жөндөөлөр мурункудай.</translation>
    </message>
    <message>
        <source>Nothing to save: {item} is as it was.</source>
        <translation>Сактай турган эч нерсе жок: {item} мурункудай.</translation>
    </message>
    <message>
        <source>Nothing was changed (dry run). Loading the file would:</source>
        <translation>Эч нерсе өзгөргөн жок (текшерүү гана). Файлды жүктөө төмөнкүлөрдү кылмак:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows of {path} cannot be imported.</source>
        <translation>Эч нерсе импорттолгон жок: {path} файлынын {count} сабын импорттоо мүмкүн эмес.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Жүктөлүшү</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Тыныгууда</translation>
    </message>
    <message>
        <source>Only a database file or a PostgreSQL server can be backed up, not {url}.</source>
        <translation>Камдык көчүрмөнү маалымат базасынын файлынан же PostgreSQL серверинен гана алууга болот, {url} дарегинен эмес.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачык терезе</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Азыр ачык</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Демону ачуу</translation>
    </message>
    <message>
        <source>Open until {closes}</source>
        <translation>{closes} чейин иштейт</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Иш убактысы</translation>
    </message>
    <message>
        <source>Opening the Bookings window…</source>
        <translation>Жазылуулар терезеси ачылып жатат…</translation>
    </message>
    <message>
        <source>Opening the Reports window…</source>
        <translation>Отчёттор терезеси ачылууда…</translation>
    </message>
    <message>
        <source>Opening the administration window…</source>
        <translation>Башкаруу терезеси ачылып жатат…</translation>
    </message>
    <message>
        <source>Opening the hall display…</source>
        <translation>Залдагы табло ачылып жатат…</translation>
    </message>
    <message>
        <source>Opening the operator panel of window {number}…</source>
        <translation>{number}-терезенин оператор панели ачылып жатат…</translation>
    </message>
    <message>
        <source>Opening the reception desk…</source>
        <translation>Администратордун үстөлү ачылып жатат…</translation>
    </message>
    <message>
        <source>Opening the supervisor view…</source>
        <translation>Супервайзердин панели ачылып жатат…</translation>
    </message>
    <message>
        <source>Opening the ticket kiosk…</source>
        <translation>Талон берүүчү киоск ачылып жатат…</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ачылат</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>Оператордун панели</translation>
    </message>
    <message>
        <source>Operator {login} is new to this centre: the file must give their “pin”.</source>
        <translation>{login} бул борбордо жаңы: файлда анын «pin» коду болушу керек.</translation>
    </message>
    <message>
        <source>Operators and windows</source>
        <translation>Операторлор жана терезелер</translation>
    </message>
    <message>
        <source>Operators and windows: {centre}</source>
        <translation>Операторлор жана терезелер: {centre}</translation>
    </message>
    <message>
        <source>Operators press Next, then Finish; the service time counts from the call. Off: Next, Start, Finish.</source>
        <translation>Операторлор «Кийинки», анан «Бүтүрүү» баскычын басышат; тейлөө убактысы чакыруудан эсептелет. Өчүк болсо: Кийинки, Баштоо, Бүтүрүү.</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Кезектен тышкары</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>PIN (4–8 digits)</source>
        <translation>PIN-код (4–8 цифра)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN-код кайра</translation>
    </message>
    <message>
        <source>PIN lock, minutes</source>
        <translation>PIN боюнча бөгөт, мүнөт</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{page}-бет, бардыгы {pages}</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Кагаздын туурасы</translation>
    </message>
    <message>
        <source>Paper width must be 58 or 80 mm, not {value}.</source>
        <translation>Кагаздын туурасы {value} эмес, 58 же 80 мм болушу керек.</translation>
    </message>
    <message>
        <source>People ahead of you: {ahead}.</source>
        <translation>Алдыңызда: {ahead} киши.</translation>
    </message>
    <message>
        <source>People ahead: {count}</source>
        <translation>Алдыңызда: {count} киши</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Күн боюнча</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>Оператор боюнча</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Кызмат боюнча</translation>
    </message>
    <message>
        <source>Per window</source>
        <translation>Терезе боюнча</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Мезгил</translation>
    </message>
    <message>
        <source>Period report: {centre}</source>
        <translation>Мезгил боюнча отчёт: {centre}</translation>
    </message>
    <message>
        <source>Personal data erased from {erased} bookings of days before {before}; {expired} bookings nobody checked in marked expired.</source>
        <translation>{before} чейинки күндөрдүн {erased} жазылуусунан жеке маалыматтар өчүрүлдү; эч ким келбеген {expired} жазылуу «мөөнөтү өттү» деп белгиленди.</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Телефону (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Places in a slot</source>
        <translation>Бир жазылуу убактысындагы орундар</translation>
    </message>
    <message>
        <source>Places kept for walk-ins, %</source>
        <translation>Жазылбай келгендерге калтырылган орундар, %</translation>
    </message>
    <message>
        <source>Plan shown.</source>
        <translation>План көрсөтүлдү.</translation>
    </message>
    <message>
        <source>Please go to window</source>
        <translation>Терезеге өтүңүз</translation>
    </message>
    <message>
        <source>Please keep your ticket until you are served.</source>
        <translation>Сураныч, тейлөө бүткөнчө талонуңузду сактаңыз.</translation>
    </message>
    <message>
        <source>Please remember your number.</source>
        <translation>Сураныч, номериңизди эстеп калыңыз.</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Талонуңузду алыңыз.</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Кийинкиге калтыруу</translation>
    </message>
    <message>
        <source>Postponements</source>
        <translation>Кийинкиге калтыруулар</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Префикс</translation>
    </message>
    <message>
        <source>Press Next to call the next visitor.</source>
        <translation>Кийинки келүүчүнү чакыруу үчүн «Кийинки» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Press Resume to take visitors again.</source>
        <translation>Келүүчүлөрдү кайра кабыл алуу үчүн «Улантуу» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Print mode must be image or text, not {value}.</source>
        <translation>Басып чыгаруу режими {value} эмес, image же text болушу керек.</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Баракчаны басып чыгаруу</translation>
    </message>
    <message>
        <source>Print test</source>
        <translation>Сыноо басып чыгаруу</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>{printer} басып чыгаргычында басылды.</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Басып чыгаргычтын дареги</translation>
    </message>
    <message>
        <source>Printing a test ticket…</source>
        <translation>Сыноо талону басылып жатат…</translation>
    </message>
    <message>
        <source>Printing to {printer} needs an extra package: pip install conq-desktop[{extra}]</source>
        <translation>{printer} аркылуу басып чыгаруу үчүн кошумча пакет керек: pip install conq-desktop[{extra}]</translation>
    </message>
    <message>
        <source>Printing to {printer} needs the libusb library, which neither this program nor this PC has. Install libusb (Debian/Ubuntu: apt-get install libusb-1.0-0), or use a network printer (tcp://HOST:9100).</source>
        <translation>{printer} аркылуу басып чыгаруу үчүн libusb китепканасы керек, ал бул программада да, бул компьютерде да жок. libusb орнотуңуз (Debian/Ubuntu: apt-get install libusb-1.0-0) же тармактык басып чыгаргычты колдонуңуз (tcp://HOST:9100).</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Талонуңуз басылып жатат…</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Артыкчылыктуу</translation>
    </message>
    <message>
        <source>Priority ticket</source>
        <translation>Артыкчылыктуу талон</translation>
    </message>
    <message>
        <source>Priority: veterans, people with disabilities, pregnant women, parents with infants</source>
        <translation>Артыкчылык: ардагерлер, мүмкүнчүлүгү чектелген адамдар, кош бойлуу аялдар, ымыркайы бар ата-энелер</translation>
    </message>
    <message>
        <source>Queue on {day}, {time}</source>
        <translation>Кезек: {day}, {time}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <source>Reading the history and simulating the day…</source>
        <translation>Тарых окулуп, күн моделделүүдө…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Себеби (милдеттүү)</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Кайра чакыруу</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Кайра чакыруулар</translation>
    </message>
    <message>
        <source>Recalls of one ticket</source>
        <translation>Бир талонду кайра чакыруу</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>Администратордун үстөлү</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Багыттоо</translation>
    </message>
    <message>
        <source>Redirect ticket {number}</source>
        <translation>{number} талонун багыттоо</translation>
    </message>
    <message>
        <source>Redirected from “{service}”</source>
        <translation>«{service}» кызматынан багытталган</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Башка кызматка жөнөтүүлөр</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Remove the saved token</source>
        <translation>Сакталган токенди өчүрүү</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>{item} өчүрүү</translation>
    </message>
    <message>
        <source>Remove {item}? It is taken off the kiosks, the windows and the displays; its history stays in the reports.</source>
        <translation>{item} өчүрүлсүнбү? Ал киосктордон, терезелерден жана таблолордон алынат; анын тарыхы отчёттордо калат.</translation>
    </message>
    <message>
        <source>Removed: {item}.</source>
        <translation>Өчүрүлдү: {item}.</translation>
    </message>
    <message>
        <source>Removed: {item}. {count} waiting tickets moved to {target}.</source>
        <translation>Өчүрүлдү: {item}. Күтүп турган {count} талон {target} кызматына которулду.</translation>
    </message>
    <message>
        <source>Replace the database {database} with {path} (schema {revision})? The current database is copied aside first. [y/N] </source>
        <translation>{database} маалымат базасын {path} менен алмаштырасызбы (схема {revision})? Учурдагы маалымат базасы алгач өзүнчө көчүрүлөт. [о/Ж] </translation>
    </message>
    <message>
        <source>Replacing a centre asks to confirm: add --yes to confirm it.</source>
        <translation>Борборду алмаштыруу ырастоону талап кылат: ырастоо үчүн --yes кошуңуз.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Report shown.</source>
        <translation>Отчёт көрсөтүлдү.</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Отчёт {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёттор</translation>
    </message>
    <message>
        <source>Reprint last ticket</source>
        <translation>Акыркы талонду кайра басуу</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>PIN-кодду жаңылоо…</translation>
    </message>
    <message>
        <source>Restoring a backup asks to confirm: add --yes to confirm it.</source>
        <translation>Камдык көчүрмөдөн калыбына келтирүү ырастоону талап кылат: ырастоо үчүн --yes кошуңуз.</translation>
    </message>
    <message>
        <source>Restoring {path} failed: {reason}</source>
        <translation>{path} файлынан калыбына келтирүү ишке ашкан жок: {reason}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Улантуу</translation>
    </message>
    <message>
        <source>Resume issuing</source>
        <translation>Талон берүүнү улантуу</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Rounded up in the walk-ins&apos; favour: with 2 places and 10 %, one is kept.</source>
        <translation>Жазылбай келгендердин пайдасына жогору карай тегеректелет: 2 орун жана 10 % болсо, бир орун калтырылат.</translation>
    </message>
    <message>
        <source>Sample centre file</source>
        <translation>Борбор файлынын үлгүсү</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Иш</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Ишемби</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сактоо…</translation>
    </message>
    <message>
        <source>Save holidays</source>
        <translation>Майрамдарды сактоо</translation>
    </message>
    <message>
        <source>Save printer</source>
        <translation>Басып чыгаргычты сактоо</translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation>Баракчаны PDF катары сактоо</translation>
    </message>
    <message>
        <source>Saved in this PC&apos;s settings file: {path}</source>
        <translation>Бул компьютердин жөндөө файлында сакталат: {path}</translation>
    </message>
    <message>
        <source>Saved: {item}.</source>
        <translation>Сакталды: {item}.</translation>
    </message>
    <message>
        <source>Scan the QR code on your ticket to follow your turn here.</source>
        <translation>Кезегиңизди бул жерден көзөмөлдөө үчүн талонуңуздагы QR-кодду сканерлеңиз.</translation>
    </message>
    <message>
        <source>Scan to follow your turn in Telegram</source>
        <translation>Кезекти Telegram аркылуу көзөмөлдөңүз</translation>
    </message>
    <message>
        <source>Seal (event {seq}): {payload}</source>
        <translation>Мөөр ({seq}-окуя): {payload}</translation>
    </message>
    <message>
        <source>Seal written to {path}.</source>
        <translation>Мөөр {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Жөнөтүү</translation>
    </message>
    <message>
        <source>Send everyone waiting for “{service}” to:</source>
        <translation>«{service}» кызматын күтүп тургандардын баарын кайсы кызматка жөнөтүү:</translation>
    </message>
    <message>
        <source>Send ticket {number} to which service?</source>
        <translation>{number} талонун кайсы кызматка жөнөтөбүз?</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Тейлөндү</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Кызмат</translation>
    </message>
    <message>
        <source>Service starts at the call (Next, then Finish)</source>
        <translation>Тейлөө чакырганда башталат (Кийинки, анан Бүтүрүү)</translation>
    </message>
    <message>
        <source>Service starts at the call here: ticket {number} needs no Start; press Finish when done.</source>
        <translation>Бул жерде тейлөө чакыруудан башталат: {number} талону үчүн «Баштоо» баскычын басуунун кереги жок; бүткөндө «Бүтүрүү» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Service to add</source>
        <translation>Кошула турган кызмат</translation>
    </message>
    <message>
        <source>Service “{service}” gives out no more numbers; those waiting keep their place.</source>
        <translation>«{service}» кызматы мындан ары номер бербейт; күтүп тургандар ордун сактайт.</translation>
    </message>
    <message>
        <source>Service “{service}” gives out numbers again.</source>
        <translation>«{service}» кызматы кайрадан номер берет.</translation>
    </message>
    <message>
        <source>Service “{service}” has given out all {limit} tickets for today.</source>
        <translation>«{service}» кызматына бүгүнкү талондор бүттү (лимит: {limit}).</translation>
    </message>
    <message>
        <source>Service “{service}” is closed now; it is open {opens}–{closes}.</source>
        <translation>«{service}» кызматы азыр иштебейт; иш убактысы: {opens}–{closes}.</translation>
    </message>
    <message>
        <source>Service “{service}” is closed today.</source>
        <translation>«{service}» кызматы бүгүн иштебейт.</translation>
    </message>
    <message>
        <source>Service “{service}” is not offered at the moment.</source>
        <translation>«{service}» кызматы убактылуу көрсөтүлбөйт.</translation>
    </message>
    <message>
        <source>Service “{service}” is on its lunch break until {until}.</source>
        <translation>«{service}» кызматы {until} чейин түшкү тыныгууда.</translation>
    </message>
    <message>
        <source>Service, min</source>
        <translation>Тейлөө, мүн.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Кызматтар</translation>
    </message>
    <message>
        <source>Services (none chosen: every service)</source>
        <translation>Кызматтар (тандалбаса: бардык кызматтар)</translation>
    </message>
    <message>
        <source>Services served, in order of preference</source>
        <translation>Тейленүүчү кызматтар, артыкчылык тартибинде</translation>
    </message>
    <message>
        <source>Services, windows, staff and the centre&apos;s settings are changed here, for every PC of the centre. Only an administrator may change them.</source>
        <translation>Бул жерде кызматтар, терезелер, кызматкерлер жана борбордун жөндөөлөрү борбордун бардык компьютерлери үчүн өзгөртүлөт. Аларды администратор гана өзгөртө алат.</translation>
    </message>
    <message>
        <source>Services: {codes}</source>
        <translation>Кызматтар: {codes}</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>PIN-кодду коюу</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлүшү</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсөтүү</translation>
    </message>
    <message>
        <source>Show a report first, then export it.</source>
        <translation>Адегенде отчётту көрсөтүңүз, андан кийин экспорттоңуз.</translation>
    </message>
    <message>
        <source>Show plan</source>
        <translation>Планды көрсөтүү</translation>
    </message>
    <message>
        <source>Show the bot&apos;s QR code on the hall display</source>
        <translation>Боттун QR-кодун залдагы таблодо көрсөтүү</translation>
    </message>
    <message>
        <source>Show today&apos;s calls in order and out of order on the hall display</source>
        <translation>Бүгүнкү кезеги менен жана кезектен тышкары чакырууларды залдагы таблодо көрсөтүү</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>Sign in as a receptionist, supervisor or administrator first.</source>
        <translation>Адегенде кабыл алуучу, жетекчи же администратор катары кириңиз.</translation>
    </message>
    <message>
        <source>Sign in as a supervisor first.</source>
        <translation>Адегенде супервайзер катары кириңиз.</translation>
    </message>
    <message>
        <source>Sign in as a supervisor or administrator first.</source>
        <translation>Адегенде жетекчи же администратор катары кириңиз.</translation>
    </message>
    <message>
        <source>Sign in as an administrator</source>
        <translation>Администратор катары кириңиз</translation>
    </message>
    <message>
        <source>Sign in to window {window}</source>
        <translation>{window}-терезеге кирүү</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Кирди: {name}</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Чыктыңыз.</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Моделдөө</translation>
    </message>
    <message>
        <source>Simulated: the share within target when the day runs as planned, hour after hour from an empty hall (SimPy, {runs} runs).</source>
        <translation>Моделдөө: күн план боюнча өткөндө, бош залдан баштап саат сайын максаттын ичиндеги үлүш (SimPy, {runs} жолу).</translation>
    </message>
    <message>
        <source>Simulating the plan needs the SimPy package: install the plan extra (pip install &quot;conq-desktop[plan]&quot;).</source>
        <translation>Планды моделдөө үчүн SimPy пакети керек: plan кошумчасын орнотуңуз (pip install &quot;conq-desktop[plan]&quot;).</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Өткөрүлүп кетти</translation>
    </message>
    <message>
        <source>Slip language</source>
        <translation>Баракчанын тили</translation>
    </message>
    <message>
        <source>Slip of {code} printed on {printer}.</source>
        <translation>{code} баракчасы {printer} басып чыгаргычында басылды.</translation>
    </message>
    <message>
        <source>Slip of {code} written to {path}.</source>
        <translation>{code} баракчасы {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>Slot length, minutes</source>
        <translation>Бир жазылуу убактысынын узактыгы, мүнөт</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask at the reception.</source>
        <translation>Бир ката кетти. Сураныч, залдын администраторуна кайрылыңыз.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Кызматкерлер</translation>
    </message>
    <message>
        <source>Staffing plan</source>
        <translation>Кызматкерлер планы</translation>
    </message>
    <message>
        <source>Staffing plan for {weekday}: {share} % of visitors called within {minutes} min</source>
        <translation>{weekday} үчүн кызматкерлер планы: келүүчүлөрдүн {share} % {minutes} мүнөттүн ичинде чакырылат</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Баштоо</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Stop issuing</source>
        <translation>Талон берүүнү токтотуу</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Жк</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Жекшемби</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервайзер</translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation>Супервайзердин панели</translation>
    </message>
    <message>
        <source>Switch the screen to this language</source>
        <translation>Экранды ушул тилге которуу</translation>
    </message>
    <message>
        <source>Take a ticket in the live queue</source>
        <translation>Жалпы кезекке талон алуу</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Target service</source>
        <translation>Кайсы кызматка</translation>
    </message>
    <message>
        <source>Target share, %</source>
        <translation>Максаттуу үлүш, %</translation>
    </message>
    <message>
        <source>Target wait, min</source>
        <translation>Максаттуу күтүү, мүн.</translation>
    </message>
    <message>
        <source>Target wait, minutes</source>
        <translation>Күтүү нормасы, мүнөт</translation>
    </message>
    <message>
        <source>Target, min</source>
        <translation>Максат, мүн.</translation>
    </message>
    <message>
        <source>Telegram bot&apos;s user name</source>
        <translation>Telegram ботунун колдонуучу аты</translation>
    </message>
    <message>
        <source>Telegram refused the bot token: check telegram_token (docs/phone.md).</source>
        <translation>Telegram боттун токенин кабыл алган жок: telegram_token текшериңиз (docs/phone.md).</translation>
    </message>
    <message>
        <source>Text code page must be cp866 or rk1048:N (N: the printer&apos;s number for it), not {value}.</source>
        <translation>Тексттин коддук барагы {value} эмес, cp866 же rk1048:N болушу керек (N — басып чыгаргычтагы анын номери).</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Аткарылган жок: {reason}</translation>
    </message>
    <message>
        <source>The PIN is not valid text: use digits only.</source>
        <translation>PIN-коддо жараксыз белгилер бар: сандарды гана колдонуңуз.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>PIN-код 4төн 8ге чейин цифрадан турушу керек.</translation>
    </message>
    <message>
        <source>The backup {path} failed: {reason}</source>
        <translation>{path} камдык көчүрмөсүн түзүү ишке ашкан жок: {reason}</translation>
    </message>
    <message>
        <source>The booking {code} is already at {time} on {day}.</source>
        <translation>{code} жазылуусу мурунтан эле {day} саат {time}.</translation>
    </message>
    <message>
        <source>The booking {code} is {status}: it has no slip to print.</source>
        <translation>{code} жазылуусу: {status}; ага баракча басылып чыкпайт.</translation>
    </message>
    <message>
        <source>The booking {code} is {status}: only a booking still to come can change.</source>
        <translation>{code} жазылуусу: {status}; алдыда турган жазылууну гана өзгөртүүгө болот.</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Борбор</translation>
    </message>
    <message>
        <source>The centre file {path}</source>
        <translation>Борбордун {path} файлы</translation>
    </message>
    <message>
        <source>The centre was written to {path}.</source>
        <translation>Борбор {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>The centre&apos;s settings are saved.</source>
        <translation>Борбордун жөндөөлөрү сакталды.</translation>
    </message>
    <message>
        <source>The code {code} is already another booking&apos;s.</source>
        <translation>{code} коду башка жазылууга таандык.</translation>
    </message>
    <message>
        <source>The code “{code}” is not 4–16 Latin letters and digits.</source>
        <translation>«{code}» коду 4–16 латын тамгасынан жана цифрадан турушу керек.</translation>
    </message>
    <message>
        <source>The config file {path}</source>
        <translation>{path} жөндөө файлы</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, and whether it was saved is not known yet. Look at the queue before trying again.</source>
        <translation>Сактап жатканда маалымат базасы менен байланыш үзүлдү, сакталганы азырынча белгисиз. Кайра аракет кылуудан мурун кезекти карап чыгыңыз.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; nothing was done. Try again.</source>
        <translation>Маалымат базасы менен байланыш үзүлдү; эч нерсе жасалган жок. Кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable: {reason}</source>
        <translation>{folder} маалымат папкасына жазуу мүмкүн эмес: {reason}</translation>
    </message>
    <message>
        <source>The database address is empty.</source>
        <translation>Маалымат базасынын дареги бош.</translation>
    </message>
    <message>
        <source>The database address is not valid: {url}</source>
        <translation>Маалымат базасынын дареги туура эмес: {url}</translation>
    </message>
    <message>
        <source>The database cannot be reached right now: {reason}</source>
        <translation>Маалымат базасына азыр туташуу мүмкүн эмес: {reason}</translation>
    </message>
    <message>
        <source>The database could not be used: {reason}</source>
        <translation>Маалымат базасын колдонуу мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
        <source>The database does not answer yet. This screen opens by itself as soon as it does.</source>
        <translation>Маалымат базасы азырынча жооп бербей жатат. Жооп бериши менен бул экран өзү ачылат.</translation>
    </message>
    <message>
        <source>The database driver is not installed ({detail}). For PostgreSQL install conq-desktop[postgres].</source>
        <translation>Маалымат базасынын драйвери орнотулган эмес ({detail}). PostgreSQL үчүн conq-desktop[postgres] орнотуңуз.</translation>
    </message>
    <message>
        <source>The database has no centre yet: no services, windows or operators. Load your centre&apos;s file, or open the demo to look around first.</source>
        <translation>Маалымат базасында азырынча борбор жок: кызматтар, терезелер жана операторлор киргизиле элек. Борборуңуздун файлын жүктөңүз же адегенде демону ачып, программа менен таанышып көрүңүз.</translation>
    </message>
    <message>
        <source>The database has schema {revision}; this program needs {head}. Upgrade it once with “conq-desktop db upgrade” (on a shared server, after every PC has the new program).</source>
        <translation>Маалымат базасынын схемасы {revision}; бул программага {head} керек. Аны бир жолу “conq-desktop db upgrade” менен жаңыртыңыз (жалпы серверде — бардык компьютерлерге жаңы программа орнотулгандан кийин).</translation>
    </message>
    <message>
        <source>The database it replaced was copied to {path}; restore that to undo.</source>
        <translation>Алмаштырылган маалымат базасы {path} файлына көчүрүлдү; кайра кайтаруу үчүн ошону калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>The database was made by a newer conq-desktop (schema {revision}); update this program.</source>
        <translation>Маалымат базасы conq-desktop программасынын жаңыраак версиясында түзүлгөн (схема {revision}); программаны жаңыртыңыз.</translation>
    </message>
    <message>
        <source>The database was not upgraded: its backup copy {path} failed: {reason}</source>
        <translation>Маалымат базасы жаңыртылган жок: анын камдык көчүрмөсү {path} түзүлгөн жок: {reason}</translation>
    </message>
    <message>
        <source>The database {path} is on a network share ({kind}). SQLite cannot lock a file there safely: two PCs could give out the same number or damage the database. Keep it on this PC&apos;s own disk, or for several PCs use a PostgreSQL server, prepared with “conq-desktop db init --db postgresql://…” (docs/install.md, section 7).</source>
        <translation>{path} базасы тармактык папкада ({kind}). SQLite ал жерде файлды коопсуз бөгөй албайт: эки компьютер бир эле номерди берип же базаны бузуп коюшу мүмкүн. Базаны ушул компьютердин өз дискинде сактаңыз, же бир нече компьютер үчүн «conq-desktop db init --db postgresql://…» менен даярдалган PostgreSQL серверин колдонуңуз (docs/install.md, 7-бөлүм).</translation>
    </message>
    <message>
        <source>The database {url} already holds a centre ({count} services); “db init” only prepares an empty one. To load a changed centre file over it use “conq-desktop setup --from FILE --replace --admin LOGIN”.</source>
        <translation>{url} базасында борбор бар (кызматтар: {count}); «db init» бош базаны гана даярдайт. Өзгөртүлгөн борбор файлын анын үстүнөн жүктөө үчүн «conq-desktop setup --from FILE --replace --admin LOGIN» колдонуңуз.</translation>
    </message>
    <message>
        <source>The database {url} is not empty: it holds tables of another program ({tables}). Create an empty database for the queue (docs/install.md, section 7.2).</source>
        <translation>{url} базасы бош эмес: анда башка программанын таблицалары бар ({tables}). Кезек үчүн бош база түзүңүз (docs/install.md, 7.2-бөлүм).</translation>
    </message>
    <message>
        <source>The days to keep personal data are a whole number from 0 to {max}.</source>
        <translation>Жеке маалыматтарды сактоо мөөнөтү 0дөн {max} чейинки бүтүн сан (күн) болушу керек.</translation>
    </message>
    <message>
        <source>The demo could not be started: {reason}</source>
        <translation>Демону иштетүү мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
        <source>The demo runs only on its own database ({path}) and never touches another one: leave out --db.</source>
        <translation>Демо өзүнүн маалымат базасында гана иштейт ({path}) жана башкасына тийбейт: --db көрсөтпөңүз.</translation>
    </message>
    <message>
        <source>The disk is full: nothing more could be written. Free some space and try again.</source>
        <translation>Диск толуп калды: мындан ары эч нерсе жазылбай калды. Бир аз орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The disk is full: the database {path} could not be written. Free some space and try again.</source>
        <translation>Диск толуп калды: {path} маалымат базасына жазуу мүмкүн болгон жок. Бир аз орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The disk is full: the output could not be written. Free some space and try again.</source>
        <translation>Диск толуп калды: буйруктун жыйынтыгын жазуу мүмкүн болгон жок. Бир аз орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation>Диск толуп калды: {path} файлын жазуу мүмкүн болгон жок. Бир аз орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The event has no booking code (X-BOOKING-CODE, or “Code: …” in its summary).</source>
        <translation>Окуяда жазылуу коду жок (X-BOOKING-CODE же кыскача сүрөттөмөсүндө «Code: …»).</translation>
    </message>
    <message>
        <source>The event has no start with a time of day (DTSTART).</source>
        <translation>Окуянын саат менен көрсөтүлгөн башталыш убактысы жок (DTSTART).</translation>
    </message>
    <message>
        <source>The event names no service (X-SERVICE or CATEGORIES).</source>
        <translation>Окуяда кызмат көрсөтүлгөн эмес (X-SERVICE же CATEGORIES).</translation>
    </message>
    <message>
        <source>The file holds no PINs; importing it back changes nothing.</source>
        <translation>Файлда PIN-коддор жок; аны кайра жүктөө эч нерсени өзгөртпөйт.</translation>
    </message>
    <message>
        <source>The file was not loaded; nothing was changed.</source>
        <translation>Файл жүктөлгөн жок, эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>The first one greets visitors; Kyrgyz and Russian are always there.</source>
        <translation>Биринчи тил келүүчүлөрдү тосуп алат; кыргыз жана орус тилдери дайыма бар.</translation>
    </message>
    <message>
        <source>The history is intact: {count} events checked, from the first to event {seq}.</source>
        <translation>Тарых бузулган эмес: биринчисинен {seq}-окуяга чейин {count} окуя текшерилди.</translation>
    </message>
    <message>
        <source>The history up to event {seq} was rewritten after the seal was taken: its hash is not the sealed one.</source>
        <translation>{seq}-окуяга чейинки тарых мөөр алынгандан кийин кайра жазылган: анын хеши мөөрдөгү хеш эмес.</translation>
    </message>
    <message>
        <source>The history was changed at event {seq}: it does not follow event {previous} (an event was inserted or removed before it, or the order was changed).</source>
        <translation>Тарых {seq}-окуяда өзгөртүлгөн: ал {previous}-окуяның уландысы эмес (анын алдына окуя кошулган же өчүрүлгөн, же тартиби өзгөртүлгөн).</translation>
    </message>
    <message>
        <source>The history was changed: event {seq} and any after it were added outside the program (the program&apos;s last event is {head}).</source>
        <translation>Тарых өзгөртүлгөн: {seq}-окуя жана андан кийинкилер программадан тышкары кошулган (программанын акыркы окуясы — {head}).</translation>
    </message>
    <message>
        <source>The history was changed: event {seq} is missing (it was deleted).</source>
        <translation>Тарых өзгөртүлгөн: {seq}-окуя жок (ал өчүрүлгөн).</translation>
    </message>
    <message>
        <source>The history was changed: event {seq} no longer matches its hash (it was edited after it was written).</source>
        <translation>Тарых өзгөртүлгөн: {seq}-окуя мындан ары өз хешине дал келбейт (ал жазылгандан кийин түзөтүлгөн).</translation>
    </message>
    <message>
        <source>The history was changed: event {seq} was inserted; it is not part of the chain written by the program.</source>
        <translation>Тарых өзгөртүлгөн: {seq}-окуя кошулган; ал программа жазган чынжырдын бөлүгү эмес.</translation>
    </message>
    <message>
        <source>The history was changed: events {seq} and {next} were swapped (the order was changed).</source>
        <translation>Тарых өзгөртүлгөн: {seq} жана {next} окуялардын орду алмаштырылган (тартиби өзгөртүлгөн).</translation>
    </message>
    <message>
        <source>The history was changed: it ends at event {last}, but the program wrote events up to {head} (event {seq} and any after it were deleted).</source>
        <translation>Тарых өзгөртүлгөн: ал {last}-окуя менен бүтөт, бирок программа {head}-окуяга чейин жазган ({seq}-окуя жана андан кийинкилер өчүрүлгөн).</translation>
    </message>
    <message>
        <source>The history was changed: there are two events numbered {seq} (one was inserted).</source>
        <translation>Тарых өзгөртүлгөн: {seq} номерлүү эки окуя бар (бирөө кошулган).</translation>
    </message>
    <message>
        <source>The holidays are saved.</source>
        <translation>Майрам күндөрү сакталды.</translation>
    </message>
    <message>
        <source>The last digits of an ID are 1–8 digits.</source>
        <translation>Документтин акыркы сандары 1–8 цифрадан турат.</translation>
    </message>
    <message>
        <source>The login is empty.</source>
        <translation>Логин жазылган эмес.</translation>
    </message>
    <message>
        <source>The login is longer than {limit} characters.</source>
        <translation>Логин {limit} белгиден узун.</translation>
    </message>
    <message>
        <source>The login must be one line without control characters.</source>
        <translation>Логин башкаруучу белгилери жок бир сап болушу керек.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Аты-жөнү жазылган эмес.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>Аты-жөнү {limit} белгиден узун.</translation>
    </message>
    <message>
        <source>The name must be one line without control characters.</source>
        <translation>Аты-жөнү башкаруучу белгилери жок бир сап болушу керек.</translation>
    </message>
    <message>
        <source>The number on the screen is valid; please remember it.</source>
        <translation>Экрандагы номер жарактуу; аны эстеп калыңыз.</translation>
    </message>
    <message>
        <source>The period ends before it begins: --to {last} is before --from {first}.</source>
        <translation>Мезгил башталганга чейин бүтөт: --to {last} күнү --from {first} күнүнөн мурда.</translation>
    </message>
    <message>
        <source>The plan by hour</source>
        <translation>Саат боюнча план</translation>
    </message>
    <message>
        <source>The portal&apos;s booking {ref} had the code {old}: a booking keeps its code.</source>
        <translation>Порталдагы {ref} жазылуусунун коду {old} болчу: жазылуунун коду өзгөрбөйт.</translation>
    </message>
    <message>
        <source>The portal&apos;s booking {ref} is also on line {other}.</source>
        <translation>Порталдагы {ref} жазылуусу {other}-сапта да бар.</translation>
    </message>
    <message>
        <source>The portal&apos;s reference “{ref}” is too long: at most {max} characters.</source>
        <translation>Порталдагы «{ref}» номери өтө узун: эң көп {max} белги.</translation>
    </message>
    <message>
        <source>The prefix “{prefix}” is already used by the service {code}.</source>
        <translation>«{prefix}» префикси {code} кызматында колдонулуп жатат.</translation>
    </message>
    <message>
        <source>The prefix “{prefix}” looks the same as “{other}” of the service {code} on the hall display.</source>
        <translation>«{prefix}» префикси залдагы экранда {code} кызматынын «{other}» префиксиндей көрүнөт.</translation>
    </message>
    <message>
        <source>The printer address is not valid: {uri}. Use tcp://HOST:9100, usb://VID:PID, serial://DEVICE, file:PATH, cups://QUEUE, win32://NAME or none.</source>
        <translation>Басып чыгаргычтын дареги туура эмес: {uri}. tcp://HOST:9100, usb://VID:PID, serial://DEVICE, file:PATH, cups://QUEUE, win32://NAME же none колдонуңуз.</translation>
    </message>
    <message>
        <source>The printer timeout must be between 0 and 60 seconds.</source>
        <translation>Басып чыгаргычты күтүү убактысы 0 менен 60 секунддун ортосунда болушу керек.</translation>
    </message>
    <message>
        <source>The printer {printer} did not answer within {seconds} s.</source>
        <translation>{printer} басып чыгаргычы {seconds} сек. ичинде жооп берген жок.</translation>
    </message>
    <message>
        <source>The printer {printer} is out of paper.</source>
        <translation>{printer} басып чыгаргычында кагаз бүттү.</translation>
    </message>
    <message>
        <source>The printer {printer} is unreachable: {reason}</source>
        <translation>{printer} басып чыгаргычына туташуу мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
        <source>The queue cannot be reached right now. Please ask at the reception.</source>
        <translation>Азыр кезек тутуму менен байланыш жок. Сураныч, залдын администраторуна кайрылыңыз.</translation>
    </message>
    <message>
        <source>The row has {count} fields, the header {expected}.</source>
        <translation>Сапта {count} талаа бар, баш сапта — {expected}.</translation>
    </message>
    <message>
        <source>The screen&apos;s language now</source>
        <translation>Экрандын азыркы тили</translation>
    </message>
    <message>
        <source>The seal belongs to another centre ({seal_centre}); this database&apos;s history is centre {centre}.</source>
        <translation>Мөөр башка борбордуку ({seal_centre}); бул маалымат базасынын тарыхы — {centre} борборунуку.</translation>
    </message>
    <message>
        <source>The seal names event {seal_seq}, but the history ends at event {last}: events were removed since the seal was taken (or this is an older copy of the database).</source>
        <translation>Мөөрдө {seal_seq}-окуя көрсөтүлгөн, бирок тарых {last}-окуя менен бүтөт: мөөр алынгандан бери окуялар өчүрүлгөн (же бул маалымат базасынын эски көчүрмөсү).</translation>
    </message>
    <message>
        <source>The seal of event {seq} holds: the history up to it was not rewritten.</source>
        <translation>{seq}-окуянын мөөрү туура: ага чейинки тарых кайра жазылган эмес.</translation>
    </message>
    <message>
        <source>The seal was NOT printed.</source>
        <translation>Мөөр басылып чыккан ЖОК.</translation>
    </message>
    <message>
        <source>The slip of {code} was NOT printed.</source>
        <translation>{code} баракчасы басылып чыккан ЖОК.</translation>
    </message>
    <message>
        <source>The slip of {code} was NOT printed: {reason}</source>
        <translation>{code} баракчасы басылып чыккан ЖОК: {reason}</translation>
    </message>
    <message>
        <source>The slot {time} on {day} for {service} is full: choose another.</source>
        <translation>{day} саат {time} ({service}) толук: башка убакыт тандаңыз.</translation>
    </message>
    <message>
        <source>The slot {time} on {day} has begun or passed: choose a later one.</source>
        <translation>{day} саат {time} башталды же өттү: кийинкисин тандаңыз.</translation>
    </message>
    <message>
        <source>The status “{value}” is neither booked nor cancelled.</source>
        <translation>«{value}» абалы «жазылган» да, «жокко чыгарылган» да эмес.</translation>
    </message>
    <message>
        <source>The target must look like 80/15 (per cent within minutes), not {text}.</source>
        <translation>Максат 80/15 сыяктуу болушу керек (мүнөттүн ичинде пайыз), {text} эмес.</translation>
    </message>
    <message>
        <source>The target {text} is out of range: the share must be above 0 and below 100 %, the wait from 0 to {most} minutes.</source>
        <translation>{text} максаты чектен тышкары: үлүш 0дөн чоң жана 100 %дан кичине, күтүү 0дөн {most} мүнөткө чейин болушу керек.</translation>
    </message>
    <message>
        <source>The test ticket was NOT printed.</source>
        <translation>Сыноо талону басылып чыккан ЖОК.</translation>
    </message>
    <message>
        <source>The ticket called last and the window to go to</source>
        <translation>Акыркы чакырылган талон жана бара турган терезе</translation>
    </message>
    <message>
        <source>The ticket printer is not working.</source>
        <translation>Талон басып чыгаргыч иштебей жатат.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type the same PIN twice.</source>
        <translation>Эки PIN-код дал келбейт: бир эле PIN-кодду эки жолу териңиз.</translation>
    </message>
    <message>
        <source>There are no events on {days}.</source>
        <translation>{days} күнү окуялар жок.</translation>
    </message>
    <message>
        <source>There is already an operator with the login {login}.</source>
        <translation>{login} логини менен оператор мурунтан эле бар.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>{path} камдык көчүрмө файлы жок.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path} жерде маалымат базасы жок.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>{path} файлы жок.</translation>
    </message>
    <message>
        <source>There is no screen to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it in the desktop session.</source>
        <translation>Терезени ачуу үчүн экран жок (DISPLAY да, WAYLAND_DISPLAY да коюлган эмес): аны иш столунун сеансында иштетиңиз.</translation>
    </message>
    <message>
        <source>There is no screen {number} (found {count}); using the main screen.</source>
        <translation>{number}-экран жок (табылганы: {count}); негизги экран колдонулат.</translation>
    </message>
    <message>
        <source>There is no terminal to type the PIN in: give it with {option} or in the {variable} environment variable.</source>
        <translation>PIN-кодду тере турган терминал жок: аны {option} параметри менен же {variable} чөйрө өзгөрмөсүндө бериңиз.</translation>
    </message>
    <message>
        <source>There is no ticket {number} today.</source>
        <translation>Бүгүн {number} талону жок.</translation>
    </message>
    <message>
        <source>There is no window {number}.</source>
        <translation>{number}-терезе жок.</translation>
    </message>
    <message>
        <source>This PC&apos;s printer</source>
        <translation>Бул компьютердин басып чыгаргычы</translation>
    </message>
    <message>
        <source>This PC&apos;s printer setting is saved.</source>
        <translation>Бул компьютердин басып чыгаргыч жөндөөсү сакталды.</translation>
    </message>
    <message>
        <source>This booking has already been checked in: ticket {number}.</source>
        <translation>Бул жазылуу боюнча талон мурунтан эле берилген: {number} талону.</translation>
    </message>
    <message>
        <source>This booking has expired.</source>
        <translation>Бул жазылуунун мөөнөтү өтүп кеткен.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translation>Бул жазылуу жокко чыгарылган.</translation>
    </message>
    <message>
        <source>This build of conq-desktop cannot print to {printer}: it was made without {scheme}:// printing. Use a network printer (tcp://HOST:9100), or a build made with it.</source>
        <translation>conq-desktop программасынын бул жыйнагы {printer} аркылуу басып чыгара албайт: ал {scheme}:// басып чыгаруусуз жыйналган. Тармактык басып чыгаргычты (tcp://HOST:9100) же аны камтыган жыйнакты колдонуңуз.</translation>
    </message>
    <message>
        <source>This build of conq-desktop has no CUPS support, so it cannot print to {printer}. Connect the printer directly instead: a network printer as tcp://HOST:9100, or a USB printer as usb://VID:PID.</source>
        <translation>conq-desktop программасынын бул жыйнагында CUPS колдоосу жок, ошондуктан {printer} аркылуу басып чыгара албайт. Басып чыгаргычты түз туташтырыңыз: тармактык басып чыгаргыч tcp://HOST:9100 катары, USB басып чыгаргыч usb://VID:PID катары.</translation>
    </message>
    <message>
        <source>This centre already has an administrator: only an administrator can add another one.</source>
        <translation>Бул борбордо администратор бар: дагы бирөөнү администратор гана кошо алат.</translation>
    </message>
    <message>
        <source>This centre has no administrator yet. Only an administrator can change the centre&apos;s settings and close the ticket kiosk. Choose the administrator&apos;s login, name and PIN below; keep the PIN secret.</source>
        <translation>Бул борбордо азырынча администратор жок. Борбордун жөндөөлөрүн администратор гана өзгөртө алат жана талон берүүчү киоскту жаба алат. Төмөндө администратордун логинин, аты-жөнүн жана PIN-кодун жазыңыз; PIN-кодду эч кимге айтпаңыз.</translation>
    </message>
    <message>
        <source>This centre has {services} services, {windows} windows and {operators} operators.</source>
        <translation>Бул борбордо {services} кызмат, {windows} терезе жана {operators} оператор бар.</translation>
    </message>
    <message>
        <source>This database already holds a centre ({services} services, {operators} operators). Loading a centre file over it changes it for every PC: see the changes with --dry-run, then load it with --replace.</source>
        <translation>Бул маалымат базасында борбор бар ({services} кызмат, {operators} оператор). Анын үстүнө борбор файлын жүктөө аны бардык компьютерлер үчүн өзгөртөт: өзгөртүүлөрдү --dry-run менен көрүңүз, андан кийин --replace менен жүктөңүз.</translation>
    </message>
    <message>
        <source>This is not a Telegram bot&apos;s token: BotFather gives one like 123456789:AAF…, a number, a colon and letters, without spaces.</source>
        <translation>Бул Telegram ботунун токени эмес: BotFather 123456789:AAF… сыяктуу токен берет — сан, кош чекит жана тамгалар, боштуксуз.</translation>
    </message>
    <message>
        <source>This needs a member of staff with the role {roles} to sign in first.</source>
        <translation>Адегенде {roles} ролундагы кызматкер кириши керек.</translation>
    </message>
    <message>
        <source>This screen cannot open</source>
        <translation>Бул экран ачыла албайт</translation>
    </message>
    <message>
        <source>This ticket is no longer valid: it is from an earlier day or already finished. Please take a new ticket.</source>
        <translation>Бул талон мындан ары жараксыз: ал мурунку күнгө тиешелүү же тейлөөсү бүткөн. Сураныч, жаңы талон алыңыз.</translation>
    </message>
    <message>
        <source>This user may not use the USB printer {printer} (access denied). On Linux a udev rule gives access: see USB printers in docs/install.md.</source>
        <translation>Бул колдонуучуга {printer} USB басып чыгаргычын колдонууга уруксат жок (кирүүгө тыюу салынган). Linux&apos;та уруксатты udev эрежеси берет: docs/install.md ичиндеги USB басып чыгаргычтар бөлүмүн караңыз.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Бш</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Бейшемби</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Ticket footer (Kyrgyz)</source>
        <translation>Талондун аягы (кыргызча)</translation>
    </message>
    <message>
        <source>Ticket footer (Russian)</source>
        <translation>Талондун аягы (орусча)</translation>
    </message>
    <message>
        <source>Ticket kiosk</source>
        <translation>Талон берүүчү киоск</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Талондун номери</translation>
    </message>
    <message>
        <source>Ticket {number} belongs to window {other}, not to window {window}.</source>
        <translation>{number} талону {window}-терезеге эмес, {other}-терезеге тиешелүү.</translation>
    </message>
    <message>
        <source>Ticket {number} has expired: its day is over. Please take a new ticket.</source>
        <translation>{number} талонунун мөөнөтү өттү: анын күнү бүттү. Сураныч, жаңы талон алыңыз.</translation>
    </message>
    <message>
        <source>Ticket {number} has not been started yet; press Start first.</source>
        <translation>{number} талону боюнча тейлөө али башталган жок; адегенде «Баштоо» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Ticket {number} is already being served.</source>
        <translation>{number} талону азыр тейленип жатат.</translation>
    </message>
    <message>
        <source>Ticket {number} is already being served; there is no one to recall.</source>
        <translation>{number} талону азыр тейленип жатат; кайра чакыруунун кереги жок.</translation>
    </message>
    <message>
        <source>Ticket {number} is already in “{service}”.</source>
        <translation>{number} талону мурунтан эле «{service}» кызматынын кезегинде.</translation>
    </message>
    <message>
        <source>Ticket {number} is back in the queue. I will write when your turn is near.</source>
        <translation>{number} талону кезекке кайтарылды. Кезегиңиз жакындаганда жазам.</translation>
    </message>
    <message>
        <source>Ticket {number} is being served; the visitor did come.</source>
        <translation>{number} талону тейленип жатат: кайрылуучу келген.</translation>
    </message>
    <message>
        <source>Ticket {number} is called again ({count} of {limit}).</source>
        <translation>{number} талону кайра чакырылды ({count}/{limit}).</translation>
    </message>
    <message>
        <source>Ticket {number} is called again to window {window}. Please hurry, or your turn may be lost.</source>
        <translation>{number} талону {window}-терезеге кайра чакырылды. Шашылыңыз, болбосо кезегиңиз өтүп кетиши мүмкүн.</translation>
    </message>
    <message>
        <source>Ticket {number} is called to window {window}.</source>
        <translation>{number} талону {window}-терезеге чакырылды.</translation>
    </message>
    <message>
        <source>Ticket {number} is done.</source>
        <translation>{number} талону тейленди.</translation>
    </message>
    <message>
        <source>Ticket {number} is not at window {window}.</source>
        <translation>{number} талону {window}-терезеге чакырылган эмес.</translation>
    </message>
    <message>
        <source>Ticket {number} is not waiting.</source>
        <translation>{number} талону кезекте күтүп турган жок.</translation>
    </message>
    <message>
        <source>Ticket {number} is sent to “{service}”.</source>
        <translation>{number} талону «{service}» кызматына жөнөтүлдү.</translation>
    </message>
    <message>
        <source>Ticket {number} is sent to “{service}”. You keep your number and your place in time; I will write when your turn is near.</source>
        <translation>{number} талону «{service}» кызматына жөнөтүлдү. Номериңиз жана убакыт боюнча ордуңуз сакталат; кезегиңиз жакындаганда жазам.</translation>
    </message>
    <message>
        <source>Ticket {number} was called, but nobody came to the window.</source>
        <translation>{number} талону чакырылды, бирок терезеге эч ким келген жок.</translation>
    </message>
    <message>
        <source>Ticket {number} was issued, but the database cannot be read right now to show its place. Keep the number {number} and ask at the reception.</source>
        <translation>{number} талону берилди, бирок анын кезектеги ордун көрсөтүү үчүн маалымат базасын азыр окуу мүмкүн эмес. {number} номерин эстеп калып, кабыл алууга кайрылыңыз.</translation>
    </message>
    <message>
        <source>Ticket {number} was not printed.</source>
        <translation>{number} талону басылган жок.</translation>
    </message>
    <message>
        <source>Ticket {number} was printed again.</source>
        <translation>{number} талону кайра басылды.</translation>
    </message>
    <message>
        <source>Ticket {number} was recalled {limit} times already; mark it as a no-show.</source>
        <translation>{number} талону {limit} жолу кайра чакырылды; «келген жок» деп белгилеңиз.</translation>
    </message>
    <message>
        <source>Ticket {number} was withdrawn.</source>
        <translation>{number} талону жокко чыгарылды.</translation>
    </message>
    <message>
        <source>Ticket {number} went back to the end of the queue.</source>
        <translation>{number} талону кезектин аягына кайтарылды.</translation>
    </message>
    <message>
        <source>Ticket {number} written to {path}.</source>
        <translation>{number} талону {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>Ticket {number}, please go to window {window}.</source>
        <translation>{number} талону, {window}-терезеге өтүңүз.</translation>
    </message>
    <message>
        <source>Ticket {number}: the visitor did not come.</source>
        <translation>{number} талону: келүүчү келген жок.</translation>
    </message>
    <message>
        <source>Ticket {number}: you are next. Please come back to the hall.</source>
        <translation>{number} талону: кийинки кезек сиздики. Сураныч, залга кайтыңыз.</translation>
    </message>
    <message>
        <source>Ticket {number}: {ahead} people ahead of you. Please come back to the hall.</source>
        <translation>{number} талону: алдыңызда {ahead} киши. Сураныч, залга кайтыңыз.</translation>
    </message>
    <message>
        <source>Ticket {number}: {service}</source>
        <translation>{number} талону: {service}</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Талондор</translation>
    </message>
    <message>
        <source>Tickets a day</source>
        <translation>Күнүнө талон</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Берилген талондор</translation>
    </message>
    <message>
        <source>Tickets of “{service}” cannot be moved to itself.</source>
        <translation>«{service}» кызматынын талондорун өзүнө которууга болбойт.</translation>
    </message>
    <message>
        <source>Tickets skipped</source>
        <translation>Өткөрүлүп кеткен талондор</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <source>Time serving, h:mm</source>
        <translation>Тейлөө убактысы, с:мм</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Саат алкагы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аяктоосу</translation>
    </message>
    <message>
        <source>To check: conq-desktop audit verify --seal followed by the text of the QR code.</source>
        <translation>Текшерүү үчүн: conq-desktop audit verify --seal, андан кийин QR-коддун тексти.</translation>
    </message>
    <message>
        <source>Today: {in_order} served in order, {with_reason} out of order with a recorded reason</source>
        <translation>Бүгүн: {in_order} кезеги менен тейленди, {with_reason} кезектен тышкары (себеби жазылган)</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {login} is locked until {until}. An administrator can unlock it.</source>
        <translation>PIN өтө көп жолу туура эмес терилди: {login} {until} чейин бөгөттөлдү. Администратор бөгөттү ача алат.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Азыр аракет кылуу</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Шш</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Шейшемби</translation>
    </message>
    <message>
        <source>Type or scan your booking code</source>
        <translation>Жазылуу кодуңузду териңиз же сканерлеңиз</translation>
    </message>
    <message>
        <source>Unknown centre setting: {key}</source>
        <translation>Борбордун белгисиз жөндөөсү: {key}</translation>
    </message>
    <message>
        <source>Unknown language “{lang}”: use ky, ru or en.</source>
        <translation>Белгисиз тил «{lang}»: ky, ru же en колдонуңуз.</translation>
    </message>
    <message>
        <source>Unknown operator: {login}</source>
        <translation>Белгисиз оператор: {login}</translation>
    </message>
    <message>
        <source>Unknown printer profile: {name}</source>
        <translation>Басып чыгаргычтын белгисиз профили: {name}</translation>
    </message>
    <message>
        <source>Unknown priority class: {priority}</source>
        <translation>Белгисиз артыкчылык категориясы: {priority}</translation>
    </message>
    <message>
        <source>Unknown service: {code}</source>
        <translation>Белгисиз кызмат: {code}</translation>
    </message>
    <message>
        <source>Unknown services: {codes}</source>
        <translation>Белгисиз кызматтар: {codes}</translation>
    </message>
    <message>
        <source>Unknown time zone: {name}</source>
        <translation>Белгисиз саат алкагы: {name}</translation>
    </message>
    <message>
        <source>Unknown weekday {text}: use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Белгисиз апта күнү {text}: mon, tue, wed, thu, fri, sat же sun колдонуңуз.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Бөгөттөн чыгаруу</translation>
    </message>
    <message>
        <source>Unsupported database {name}: use sqlite:/// or postgresql://</source>
        <translation>{name} маалымат базасы колдоого алынбайт: sqlite:/// же postgresql:// колдонуңуз</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Бүтүшү</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Өйдө</translation>
    </message>
    <message>
        <source>Upgrading the database failed: {reason}</source>
        <translation>Маалымат базасын жаңыртуу ишке ашкан жок: {reason}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мааниси</translation>
    </message>
    <message>
        <source>Visitors served</source>
        <translation>Тейленген келүүчүлөр</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтүүдө</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Маалымат базасы күтүлүүдө…</translation>
    </message>
    <message>
        <source>Waiting for this window</source>
        <translation>Бул терезени күткөндөр</translation>
    </message>
    <message>
        <source>Waiting here: {numbers}</source>
        <translation>Бул жерде күткөндөр: {numbers}</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Күтүү</translation>
    </message>
    <message>
        <source>Waits per service</source>
        <translation>Кызмат боюнча күтүү</translation>
    </message>
    <message>
        <source>Waits, issue to first call</source>
        <translation>Күтүү: берилгенден биринчи чакырууга чейин</translation>
    </message>
    <message>
        <source>Waits: {centre}</source>
        <translation>Күтүү: {centre}</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Шр</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Шаршемби</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Апта күнү</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Кош келиңиз</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>What if: windows by hour, e.g. 9-13=4,13-18=3</source>
        <translation>Эгер: саат боюнча терезелер, мис. 9-13=4,13-18=3</translation>
    </message>
    <message>
        <source>What-if for {weekday} with the windows given: {share} % within {minutes} min</source>
        <translation>{weekday}: берилген терезелер менен эмне болот: {share} % {minutes} мүнөттүн ичинде</translation>
    </message>
    <message>
        <source>Where do the waiting tickets go?</source>
        <translation>Күтүп турган талондор кайда которулат?</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Терезе</translation>
    </message>
    <message>
        <source>Window {number} names unknown services: {codes}</source>
        <translation>{number}-терезе үчүн белгисиз кызматтар көрсөтүлгөн: {codes}</translation>
    </message>
    <message>
        <source>Window {number} serves only {code}: give it another service first.</source>
        <translation>{number}-терезе {code} кызматын гана тейлейт: адегенде ага башка кызмат кошуңуз.</translation>
    </message>
    <message>
        <source>Window {window}</source>
        <translation>Терезе {window}</translation>
    </message>
    <message>
        <source>Window {window} does not serve “{service}”.</source>
        <translation>{window}-терезе «{service}» кызматын көрсөтпөйт.</translation>
    </message>
    <message>
        <source>Window {window} has no current ticket.</source>
        <translation>{window}-терезеде азыр талон жок.</translation>
    </message>
    <message>
        <source>Window {window} is already on a break.</source>
        <translation>{window}-терезе буга чейин эле тыныгууда.</translation>
    </message>
    <message>
        <source>Window {window} is closed.</source>
        <translation>{window}-терезе жабылды.</translation>
    </message>
    <message>
        <source>Window {window} is in use by {name}; they must sign out first.</source>
        <translation>{window}-терезеде {name} иштеп жатат; адегенде ал системадан чыгышы керек.</translation>
    </message>
    <message>
        <source>Window {window} is not on a break.</source>
        <translation>{window}-терезе тыныгууда эмес.</translation>
    </message>
    <message>
        <source>Window {window} is on a break.</source>
        <translation>{window}-терезе тыныгууга чыкты.</translation>
    </message>
    <message>
        <source>Window {window} is on a break; resume first.</source>
        <translation>{window}-терезе тыныгууда; адегенде ишти улантыңыз.</translation>
    </message>
    <message>
        <source>Window {window} is open again.</source>
        <translation>{window}-терезе кайра иштей баштады.</translation>
    </message>
    <message>
        <source>Window {window} is still busy with ticket {number}; finish it first.</source>
        <translation>{window}-терезеде {number} талону менен иш али бүтө элек; адегенде аны аяктаңыз.</translation>
    </message>
    <message>
        <source>Window {window} serves no service.</source>
        <translation>{window}-терезеге бир да кызмат бекитилген эмес.</translation>
    </message>
    <message>
        <source>Window {window} was signed out elsewhere; sign in again.</source>
        <translation>{window}-терезеден башка жерден чыгышты; кайра кириңиз.</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Терезелер</translation>
    </message>
    <message>
        <source>Windows by hour must look like 9-13=4,13-18=3 (hours from-to = windows), not {text}.</source>
        <translation>Саат боюнча терезелер 9-13=4,13-18=3 сыяктуу болушу керек (саат баштап-чейин = терезелер), {text} эмес.</translation>
    </message>
    <message>
        <source>Windows needed per hour</source>
        <translation>Саатына керектүү терезелер</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Максаттын ичинде</translation>
    </message>
    <message>
        <source>Within target, planned</source>
        <translation>Максаттын ичинде, план</translation>
    </message>
    <message>
        <source>Within target, simulated</source>
        <translation>Максаттын ичинде, моделдөө</translation>
    </message>
    <message>
        <source>Writing XLSX needs the openpyxl package: install the xlsx extra (pip install &quot;conq-desktop[xlsx]&quot;), or choose --format csv or pdf.</source>
        <translation>XLSX жазуу үчүн openpyxl пакети керек: xlsx кошумчасын орнотуңуз (pip install &quot;conq-desktop[xlsx]&quot;) же --format csv же pdf тандаңыз.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN-код туура эмес.</translation>
    </message>
    <message>
        <source>Wrong administrator or PIN.</source>
        <translation>Администратордун логини же PIN-коду туура эмес.</translation>
    </message>
    <message>
        <source>Wrong operator or PIN.</source>
        <translation>Оператордун логини же PIN-коду туура эмес.</translation>
    </message>
    <message>
        <source>You are being served at window {window}.</source>
        <translation>Сизди {window}-терезеде тейлеп жатышат.</translation>
    </message>
    <message>
        <source>You are next in line.</source>
        <translation>Кийинки кезек сиздики.</translation>
    </message>
    <message>
        <source>You are not following any ticket today. Scan the QR code on your ticket to follow it.</source>
        <translation>Бүгүн сиз эч бир талонду көзөмөлдөгөн жоксуз. Көзөмөлдөө үчүн талонуңуздагы QR-кодду сканерлеңиз.</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Сиздин жазылуу кодуңуз</translation>
    </message>
    <message>
        <source>Your booking is at {time}. Check-in opens at {opens}: please come back then.</source>
        <translation>Сиздин жазылууңуз саат {time}. Каттоо саат {opens} башталат: сураныч, ошол убакта кайра келиңиз.</translation>
    </message>
    <message>
        <source>Your booking is on {day} at {time}, not today.</source>
        <translation>Сиздин жазылууңуз бүгүнгө эмес, {day} саат {time}.</translation>
    </message>
    <message>
        <source>Your booking was at {time}; check-in closed at {closes}. You can take a ticket in the live queue.</source>
        <translation>Сиздин жазылууңуз саат {time} болчу; каттоо саат {closes} жабылды. Жалпы кезекке талон ала аласыз.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Сиздин номериңиз</translation>
    </message>
    <message>
        <source>Your number will be shown on the screen.</source>
        <translation>Номериңиз экранда көрсөтүлөт.</translation>
    </message>
    <message>
        <source>Your number {number} is valid.</source>
        <translation>Сиздин {number} номериңиз жарактуу.</translation>
    </message>
    <message>
        <source>Your ticket is called: please go to window {window}.</source>
        <translation>Талонуңуз чакырылды: {window}-терезеге өтүңүз.</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>a holiday must be a date like 2027-03-21, not {text}</source>
        <translation>майрам күнү 2027-03-21 сыяктуу дата болушу керек, {text} эмес</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>тизме</translation>
    </message>
    <message>
        <source>a list of service codes</source>
        <translation>кызмат коддорунун тизмеси</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>бүтүн сан</translation>
    </message>
    <message>
        <source>a whole number, 1 or more</source>
        <translation>1ден кем эмес бүтүн сан</translation>
    </message>
    <message>
        <source>a window must serve at least one service</source>
        <translation>терезе жок дегенде бир кызматты тейлеши керек</translation>
    </message>
    <message>
        <source>add {what} {key}</source>
        <translation>кошуу: {what} {key}</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>тейленүүдө</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>жазылган</translation>
    </message>
    <message>
        <source>called</source>
        <translation>чакырылды</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>чакырууда</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>жокко чыгарылды</translation>
    </message>
    <message>
        <source>change nothing</source>
        <translation>эч нерсени өзгөртпөйт</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>келди</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабык</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>келген жок</translation>
    </message>
    <message>
        <source>done</source>
        <translation>тейленди</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>таблица болушу керек</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>мөөнөтү өттү</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>бош</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>ички ката</translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation>файлды окуу мүмкүн эмес ({detail})</translation>
    </message>
    <message>
        <source>it is damaged ({detail})</source>
        <translation>файл бузулган ({detail})</translation>
    </message>
    <message>
        <source>it is not a PostgreSQL backup (pg_dump --format=custom)</source>
        <translation>бул PostgreSQL камдык көчүрмөсү эмес (pg_dump --format=custom)</translation>
    </message>
    <message>
        <source>it is not a conq-desktop database (it lacks the tables {tables})</source>
        <translation>бул conq-desktop маалымат базасы эмес ({tables} таблицалары жок)</translation>
    </message>
    <message>
        <source>it is not a conq-desktop database (no schema version)</source>
        <translation>бул conq-desktop маалымат базасы эмес (схеманын версиясы жок)</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>бул SQLite маалымат базасы эмес</translation>
    </message>
    <message>
        <source>it was written by a newer conq-desktop (layout {found}; this one reads up to {known}): update the program on this PC</source>
        <translation>аны conq-desktop&apos;тун жаңыраак версиясы жазган (түзүлүшү {found}; бул версия {known} чейин окуйт): бул компьютердеги программаны жаңылаңыз</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>{line}-сап: {reason}</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>бөгөттөлгөн</translation>
    </message>
    <message>
        <source>may not sign in</source>
        <translation>кире албайт</translation>
    </message>
    <message>
        <source>network drive</source>
        <translation>тармактык диск</translation>
    </message>
    <message>
        <source>network share</source>
        <translation>тармактык папка</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>чексиз</translation>
    </message>
    <message>
        <source>not issuing</source>
        <translation>талон берилбейт</translation>
    </message>
    <message>
        <source>of them with a reason</source>
        <translation>алардын ичинен себеби менен</translation>
    </message>
    <message>
        <source>on a break</source>
        <translation>тыныгууда</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ачык</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>over target</source>
        <translation>максаттан ашты</translation>
    </message>
    <message>
        <source>over target ({target} min)</source>
        <translation>максаттан ашты ({target} мүн.)</translation>
    </message>
    <message>
        <source>queue grows</source>
        <translation>кезек өсөт</translation>
    </message>
    <message>
        <source>receptionist</source>
        <translation>кабыл алуучу</translation>
    </message>
    <message>
        <source>service</source>
        <translation>кызмат</translation>
    </message>
    <message>
        <source>service {code}</source>
        <translation>{code} кызматы</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>тейлөөдө</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>жөндөө</translation>
    </message>
    <message>
        <source>since the call</source>
        <translation>чакырылгандан бери</translation>
    </message>
    <message>
        <source>since the start of service</source>
        <translation>тейлөө башталгандан бери</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>жетекчи</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>тырмакчадагы текст</translation>
    </message>
    <message>
        <source>the prefixes “{first}” and “{second}” look the same</source>
        <translation>«{first}» жана «{second}» префикстери бирдей көрүнөт</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true же false</translation>
    </message>
    <message>
        <source>unknown key “{key}”; the known ones are {known}</source>
        <translation>белгисиз «{key}» ачкычы; белгилүүлөрү: {known}</translation>
    </message>
    <message>
        <source>unknown role {role}</source>
        <translation>белгисиз роль: {role}</translation>
    </message>
    <message>
        <source>unknown setting “{key}”; the known ones are {known}</source>
        <translation>белгисиз «{key}» жөндөөсү; белгилүүлөрү: {known}</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>күтүүдө</translation>
    </message>
    <message>
        <source>warning: line {line}: {reason}</source>
        <translation>эскертүү: {line}-сап: {reason}</translation>
    </message>
    <message>
        <source>window</source>
        <translation>терезе</translation>
    </message>
    <message>
        <source>window {number}</source>
        <translation>{number}-терезе</translation>
    </message>
    <message>
        <source>window {window}</source>
        <translation>{window}-терезе</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count} КБ</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count} МБ</translation>
    </message>
    <message>
        <source>{count} tickets are waiting for {code}: choose the service they move to, or wait until they are served.</source>
        <translation>{code} кызматына {count} талон күтүп турат: алар өтө турган кызматты тандаңыз же тейленгенче күтүңүз.</translation>
    </message>
    <message>
        <source>{count} waiting tickets moved from “{source}” to “{target}”.</source>
        <translation>Күтүп турган {count} талон «{source}» кызматынан «{target}» кызматына которулду.</translation>
    </message>
    <message>
        <source>{database} was backed up to {path} ({size}).</source>
        <translation>{database} маалымат базасынын камдык көчүрмөсү {path} файлына сакталды ({size}).</translation>
    </message>
    <message>
        <source>{database} was restored from {path} (schema {revision}).</source>
        <translation>{database} маалымат базасы {path} файлынан калыбына келтирилди (схема {revision}).</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} саат {time}</translation>
    </message>
    <message>
        <source>{day} has not come yet (today is {today}): a day is closed on it or after.</source>
        <translation>{day} күнү али келе элек (бүгүн {today}): күн ошол күнү же андан кийин жабылат.</translation>
    </message>
    <message>
        <source>{day} has passed: a booking of a day gone by is not imported.</source>
        <translation>{day} өтүп кетти: өткөн күнгө жазылуу импорттолбойт.</translation>
    </message>
    <message>
        <source>{day} is a {weekday}: planned from that weekday&apos;s history.</source>
        <translation>{day} — {weekday}: ошол апта күнүнүн тарыхы боюнча пландалды.</translation>
    </message>
    <message>
        <source>{day}: {field}</source>
        <translation>{day}: {field}</translation>
    </message>
    <message>
        <source>{day}: {problem}</source>
        <translation>{day}: {problem}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} окулган жок: {reason}</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} табылган жок.</translation>
    </message>
    <message>
        <source>{file} is nested too deeply.</source>
        <translation>{file}: бири-бирине салынган деңгээлдер өтө көп.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (line {line}: byte {byte}); save it as UTF-8.</source>
        <translation>{file} UTF-8 тексти эмес ({line}-сап: {byte} байты); аны UTF-8 коддоосунда сактаңыз.</translation>
    </message>
    <message>
        <source>{file} is not a regular file.</source>
        <translation>{file} кадимки файл эмес.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}</source>
        <translation>{file} TOML форматына туура келбейт: {reason}</translation>
    </message>
    <message>
        <source>{file} is too large: more than {kib} KiB.</source>
        <translation>{file} өтө чоң: {kib} КиБ чегинен ашат.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{item} was removed on another PC.</source>
        <translation>{item} башка компьютерде өчүрүлдү.</translation>
    </message>
    <message>
        <source>{login} can sign in again.</source>
        <translation>{login} кайра кире алат.</translation>
    </message>
    <message>
        <source>{login} has a new PIN.</source>
        <translation>{login} жаңы PIN-код алды.</translation>
    </message>
    <message>
        <source>{login} is signed in at window {number}: they sign out first.</source>
        <translation>{login} {number}-терезеде иштеп жатат: адегенде ал чыгышы керек.</translation>
    </message>
    <message>
        <source>{login} is the centre&apos;s last administrator: make another one first.</source>
        <translation>{login} — борбордун акыркы администратору: адегенде башкасын дайындаңыз.</translation>
    </message>
    <message>
        <source>{login} signed in at window {window}.</source>
        <translation>{login} {window}-терезеде иштей баштады.</translation>
    </message>
    <message>
        <source>{login} was not locked.</source>
        <translation>{login} бөгөттөлгөн эмес.</translation>
    </message>
    <message>
        <source>{low} min or more</source>
        <translation>{low} мүн. же андан көп</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мүн.</translation>
    </message>
    <message>
        <source>{name} ({login}) is now the centre&apos;s administrator.</source>
        <translation>{name} ({login}) эми борбордун администратору.</translation>
    </message>
    <message>
        <source>{name} is not signed in at window {window}.</source>
        <translation>{name} {window}-терезеге кирген эмес.</translation>
    </message>
    <message>
        <source>{name} is signed in at window {number}: they sign out first.</source>
        <translation>{name} {number}-терезеде иштеп жатат: адегенде ал чыгышы керек.</translation>
    </message>
    <message>
        <source>{name} is signed in at window {window}; sign out there first.</source>
        <translation>{name} {window}-терезеде иштеп жатат; адегенде ошол жерден системадан чыгыңыз.</translation>
    </message>
    <message>
        <source>{name} may not do this: it needs the role {roles}.</source>
        <translation>{name} муну кыла албайт: бул үчүн {roles} ролу керек.</translation>
    </message>
    <message>
        <source>{name} signed out of window {window}.</source>
        <translation>{name} {window}-терезеде ишин бүтүрдү.</translation>
    </message>
    <message>
        <source>{number}, window {window}: {state}</source>
        <translation>{number}, {window}-терезе: {state}</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file for the seal.</source>
        <translation>{path} мурунтан эле бар: мөөр үчүн башка файл тандаңыз.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file, or add --force to overwrite it.</source>
        <translation>{path} мурунтан эле бар: башка файл тандаңыз же үстүнөн жазуу үчүн --force кошуңуз.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason}</source>
        <translation>{path} калыбына келтирилбейт: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a UTF-8 text file.</source>
        <translation>{path} UTF-8 текст файлы эмес.</translation>
    </message>
    <message>
        <source>{path} is not a readable CSV file: {reason}</source>
        <translation>{path} файлын CSV катары окуу мүмкүн эмес: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a whole iCalendar file: {reason}</source>
        <translation>{path} толук iCalendar файлы эмес: {reason}</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it.</source>
        <translation>{path} маалымат базасынын өзү, анын камдык көчүрмөсү эмес.</translation>
    </message>
    <message>
        <source>{path}: the header row lacks the columns {columns}.</source>
        <translation>{path}: баш сапта {columns} мамычалары жок.</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{path}: {where}: {problem}</source>
        <translation>{path}: {where}: {problem}</translation>
    </message>
    <message>
        <source>{service} at {time} on {day} now has {held} bookings for {places} places: the portal&apos;s bookings are kept.</source>
        <translation>{day} саат {time} «{service}» үчүн азыр {places} орунга {held} жазылуу бар: порталдын жазылуулары сакталат.</translation>
    </message>
    <message>
        <source>{service} has no slot at {time} on {day}: it is closed then, or a slot does not start then.</source>
        <translation>{day} саат {time} «{service}» үчүн жазылуу убактысы жок: ал учурда жабык, же ошол убакта жазылуу башталбайт.</translation>
    </message>
    <message>
        <source>{service}, {day} at {time}: {status}</source>
        <translation>{service}, {day} саат {time}: {status}</translation>
    </message>
    <message>
        <source>{service}: {waiting} waiting, longest {minutes} min</source>
        <translation>{service}: {waiting} күтүүдө, эң узуну {minutes} мүн.</translation>
    </message>
    <message>
        <source>{time}  full</source>
        <translation>{time}  бош орун жок</translation>
    </message>
    <message>
        <source>{time}  {code}  {status}  {name}</source>
        <translation>{time}  {code}  {status}  {name}</translation>
    </message>
    <message>
        <source>{time}  {left} of {capacity} free</source>
        <translation>{time}  {capacity} ичинен {left} бош</translation>
    </message>
    <message>
        <source>{tool} failed: {reason}</source>
        <translation>{tool} ката менен бүттү: {reason}</translation>
    </message>
    <message>
        <source>{tool} was not found: install the PostgreSQL client tools and put them on PATH.</source>
        <translation>{tool} табылган жок: PostgreSQL кардар программаларын орнотуп, аларды PATH&apos;ке кошуңуз.</translation>
    </message>
    <message>
        <source>{what} {key}: {field} {old} → {new}</source>
        <translation>{what} {key}: {field} {old} → {new}</translation>
    </message>
    <message>
        <source>“db init” prepares a PostgreSQL server&apos;s database; an SQLite file needs none: load the centre with “conq-desktop setup --from FILE”.</source>
        <translation>«db init» PostgreSQL серверинин базасын даярдайт; SQLite файлына анын кереги жок: борборду «conq-desktop setup --from FILE» менен жүктөңүз.</translation>
    </message>
    <message>
        <source>“languages” must list ky and ru, and may add en, each once: {text}</source>
        <translation>«languages» ичинде ky жана ru болушу керек, en кошсо болот, ар бири бир жолу: {text}</translation>
    </message>
    <message>
        <source>“pin” must be 4–8 digits</source>
        <translation>«pin» 4–8 цифрадан турушу керек</translation>
    </message>
    <message>
        <source>“pin” must be in quotes, like pin = &quot;0123&quot;</source>
        <translation>«pin» тырмакчада жазылышы керек, мисалы: pin = &quot;0123&quot;</translation>
    </message>
    <message>
        <source>“prefix” must be 1–4 capital letters of one alphabet, Cyrillic or Latin, not “{text}”</source>
        <translation>«prefix» бир алфавиттин (кирилл же латын) 1–4 баш тамгасынан турушу керек, «{text}» эмес</translation>
    </message>
    <message>
        <source>“weekdays” must look like mon-fri, not {text}</source>
        <translation>«weekdays» {text} эмес, mon-fri түрүндө болушу керек</translation>
    </message>
    <message>
        <source>“weekdays” names no day</source>
        <translation>«weekdays» ичинде бир да күн көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>“{field}” is too long: at most {max} characters.</source>
        <translation>«{field}» өтө узун: эң көп {max} белги.</translation>
    </message>
    <message>
        <source>“{key}” appears twice</source>
        <translation>«{key}» эки жолу кездешет</translation>
    </message>
    <message>
        <source>“{key}” is empty</source>
        <translation>«{key}» бош</translation>
    </message>
    <message>
        <source>“{key}” is longer than {limit} characters</source>
        <translation>«{key}» {limit} белгиден узун</translation>
    </message>
    <message>
        <source>“{key}” is missing</source>
        <translation>«{key}» көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>“{key}” must be 1–{limit} letters, digits, “_” or “-”, starting with a letter or digit, not “{text}”</source>
        <translation>«{key}» 1–{limit} тамгадан, цифрадан, «_» же «-» белгисинен турушу жана тамга же цифра менен башталышы керек, «{text}» эмес</translation>
    </message>
    <message>
        <source>“{key}” must be a whole number from {low} to {high}</source>
        <translation>«{key}» {low}–{high} аралыгындагы бүтүн сан болушу керек</translation>
    </message>
    <message>
        <source>“{key}” must be ky, ru or en, not “{value}”</source>
        <translation>«{key}» ky, ru же en болушу керек, «{value}» эмес</translation>
    </message>
    <message>
        <source>“{key}” must be more than 0 and at most {high}</source>
        <translation>«{key}» нөлдөн чоң жана эң көп дегенде {high} болушу керек</translation>
    </message>
    <message>
        <source>“{key}” must be one line without control characters</source>
        <translation>«{key}» башкаруучу белгилери жок бир сап болушу керек</translation>
    </message>
    <message>
        <source>“{key}” must be {kind}</source>
        <translation>«{key}» {kind} болушу керек</translation>
    </message>
    <message>
        <source>“{key}” must end after they start: {text}</source>
        <translation>«{key}» башталгандан кийин бүтүшү керек: {text}</translation>
    </message>
    <message>
        <source>“{key}” must look like 08:30-17:30, not {text}</source>
        <translation>«{key}» 08:30-17:30 сыяктуу болушу керек, {text} эмес</translation>
    </message>
    <message>
        <source>“{key}” must look like 09:00-18:00 or 09:00-13:00, 14:00-18:00, not {text}</source>
        <translation>«{key}» 09:00-18:00 же 09:00-13:00, 14:00-18:00 сыяктуу болушу керек, {text} эмес</translation>
    </message>
    <message>
        <source>“{key}” needs a “{lang}” text</source>
        <translation>«{key}» үчүн «{lang}» тексти керек</translation>
    </message>
    <message>
        <source>“{key}”: the lunch break {lunch} must lie within the hours {hours}</source>
        <translation>«{key}»: {lunch} түшкү тыныгуусу {hours} иш убактысынын ичинде болушу керек</translation>
    </message>
    <message>
        <source>“{name}” is not a Telegram bot&apos;s user name: it has 5 to 32 Latin letters, digits or underscores and ends in “bot”.</source>
        <translation>«{name}» Telegram ботунун колдонуучу аты эмес: ал 5тен 32ге чейин латын тамгасынан, цифрадан же астыңкы сызыктан турат жана «bot» менен бүтөт.</translation>
    </message>
    <message>
        <source>“{number}” could be any of the tickets {numbers}: their letters look the same.</source>
        <translation>«{number}» {numbers} талондорунун каалаганы болушу мүмкүн: алардын тамгалары окшош.</translation>
    </message>
    <message>
        <source>“{seal}” is not a seal of this program: it reads conq-seal:1:CENTRE:SEQ:HASH (as “audit seal” prints it).</source>
        <translation>“{seal}” бул программанын мөөрү эмес: мөөр conq-seal:1:CENTRE:SEQ:HASH түрүндө болот (“audit seal” аны ушинтип чыгарат).</translation>
    </message>
    <message>
        <source>“{value}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>«{value}» дата эмес (YYYY-MM-DD же DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>“{value}” is not a time (HH:MM).</source>
        <translation>«{value}» убакыт эмес (HH:MM).</translation>
    </message>
    <message>
        <source>… and perhaps more: the check stopped after {count} mistakes.</source>
        <translation>… жана дагы болушу мүмкүн: текшерүү {count} катадан кийин токтоду.</translation>
    </message>
</context>
</TS>

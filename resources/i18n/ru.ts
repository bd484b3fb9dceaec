<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>conq</name>
    <message>
        <source>(called with Next)</source>
        <translation>(вызван кнопкой «Следующий»)</translation>
    </message>
    <message>
        <source>--from {start} is after --to {end}.</source>
        <translation>--from {start} позже, чем --to {end}.</translation>
    </message>
    <message>
        <source>--reset-pin names {login}, who is not in the centre file.</source>
        <translation>--reset-pin указывает {login}, которого нет в файле центра.</translation>
    </message>
    <message>
        <source>--windows must look like 9-13=4,13-18=3 (hours from-to = windows), not {text}.</source>
        <translation>--windows задаётся как 9-13=4,13-18=3 (часы с-по = окна), а не {text}.</translation>
    </message>
    <message>
        <source>/status: your place now; /stop: no more messages; /ky, /ru: the language.</source>
        <translation>/status: ваше место сейчас; /stop: отключить сообщения; /ky, /ru: язык.</translation>
    </message>
    <message>
        <source>90 % waited less than, minutes</source>
        <translation>90 % ждали меньше, минут</translation>
    </message>
    <message>
        <source>A PIN is 4–8 digits.</source>
        <translation>PIN-код — это 4–8 цифр.</translation>
    </message>
    <message>
        <source>A booked visitor goes ahead of walk-ins at most every N-th call of a window.</source>
        <translation>Записавшийся посетитель вызывается раньше посетителей без записи не чаще чем каждый N-й вызов окна.</translation>
    </message>
    <message>
        <source>A daily report is one day: give --day DAY only.</source>
        <translation>Дневной отчёт — за один день: укажите только --day DAY.</translation>
    </message>
    <message>
        <source>A line on the hall display, in Kyrgyz and Russian: how many of today&apos;s calls were in order, and how many out of order with a recorded reason.</source>
        <translation>Строка на табло в зале, на кыргызском и русском: сколько сегодняшних вызовов было по очереди и сколько вне очереди с записанной причиной.</translation>
    </message>
    <message>
        <source>A new PIN for {login}</source>
        <translation>Новый PIN-код для {login}</translation>
    </message>
    <message>
        <source>A new member of staff needs a PIN.</source>
        <translation>Новому сотруднику нужен PIN-код.</translation>
    </message>
    <message>
        <source>A portal&apos;s name is 1–40 letters, digits, “-” or “_”: “{portal}” is not.</source>
        <translation>Имя портала — от 1 до 40 букв, цифр, «-» или «_»: «{portal}» не подходит.</translation>
    </message>
    <message>
        <source>A priority ticket is issued by a receptionist, a supervisor or an administrator: add --operator LOGIN and their PIN.</source>
        <translation>Приоритетный талон выдаёт регистратор, старший смены или администратор: добавьте --operator LOGIN и его PIN-код.</translation>
    </message>
    <message>
        <source>A program file is missing: {name}</source>
        <translation>Не найден файл программы: {name}</translation>
    </message>
    <message>
        <source>A token is saved; it is never shown. Leave the field empty to keep it.</source>
        <translation>Токен сохранён; он никогда не показывается. Чтобы оставить его, не заполняйте поле.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>All of today&apos;s tickets have been given out</source>
        <translation>Талоны на сегодня закончились</translation>
    </message>
    <message>
        <source>Apply these changes? [y/N] </source>
        <translation>Применить эти изменения? [д/Н] </translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Пришло</translation>
    </message>
    <message>
        <source>Arrivals and waits by hour: {centre}</source>
        <translation>Приход и ожидание по часам: {centre}</translation>
    </message>
    <message>
        <source>Arrivals per hour</source>
        <translation>Приход по часам</translation>
    </message>
    <message>
        <source>Arrivals per hour on an average day</source>
        <translation>Приход по часам в средний день</translation>
    </message>
    <message>
        <source>Arrivals/h</source>
        <translation>Приход/ч</translation>
    </message>
    <message>
        <source>As BotFather gave it, e.g. kezek_bishkek_bot. Empty: tickets carry no QR code and no messages are sent.</source>
        <translation>Как выдал BotFather, напр. kezek_bishkek_bot. Пусто: на талонах нет QR-кода и сообщения не отправляются.</translation>
    </message>
    <message>
        <source>At most {windows} windows at once.</source>
        <translation>Не более {windows} окон одновременно.</translation>
    </message>
    <message>
        <source>At the window</source>
        <translation>У окна</translation>
    </message>
    <message>
        <source>Attempt {number} found no answer. Trying again in {seconds} s.</source>
        <translation>Попытка {number} осталась без ответа. Повтор через {seconds} с.</translation>
    </message>
    <message>
        <source>Attempt {number}: trying to reach the database…</source>
        <translation>Попытка {number}: подключение к базе данных…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Being called</source>
        <translation>Вызван</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>Идёт обслуживание</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Booked for {time}</source>
        <translation>Запись на {time}</translation>
    </message>
    <message>
        <source>Booked visitors ahead of walk-ins, every N-th call</source>
        <translation>Записавшиеся раньше посетителей без записи, каждый N-й вызов</translation>
    </message>
    <message>
        <source>Booked visitors called ahead of walk-ins (in order: at most every {every}-th call of a window)</source>
        <translation>Записавшиеся, вызванные раньше посетителей без записи (по очереди: не чаще чем каждый {every}-й вызов окна)</translation>
    </message>
    <message>
        <source>Booked {code}: {service}, {day} at {time}.</source>
        <translation>Запись {code}: {service}, {day} в {time}.</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Код записи</translation>
    </message>
    <message>
        <source>Booking {code} cancelled ({service}, {day} at {time}).</source>
        <translation>Запись {code} отменена ({service}, {day} в {time}).</translation>
    </message>
    <message>
        <source>Booking {code} moved to {day} at {time} ({service}).</source>
        <translation>Запись {code} перенесена на {day} в {time} ({service}).</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Bookings are taken up to {days} days ahead: {day} is too far.</source>
        <translation>Запись принимается не более чем на {days} дней вперёд: {day} слишком далеко.</translation>
    </message>
    <message>
        <source>Bookings of the day</source>
        <translation>Записи за день</translation>
    </message>
    <message>
        <source>Bookings of {service} on {day}: {count}.</source>
        <translation>Записей на {day} по услуге «{service}»: {count}.</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Токен бота</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>By hour and weekday</source>
        <translation>По часам и дням недели</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Вызвать</translation>
    </message>
    <message>
        <source>Call a ticket out of order</source>
        <translation>Вызов талона вне очереди</translation>
    </message>
    <message>
        <source>Call a ticket to window {window} out of order</source>
        <translation>Вызвать талон к окну {window} вне очереди</translation>
    </message>
    <message>
        <source>Call by number</source>
        <translation>Вызов по номеру</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Вызваны</translation>
    </message>
    <message>
        <source>Called again {count} of {limit} times</source>
        <translation>Повторный вызов: {count} из {limit}</translation>
    </message>
    <message>
        <source>Called within the target wait</source>
        <translation>Вызваны в пределах целевого ожидания</translation>
    </message>
    <message>
        <source>Called, waiting for the visitor</source>
        <translation>Вызван, ждём посетителя</translation>
    </message>
    <message>
        <source>Called; the service time counts from the call</source>
        <translation>Вызван; время обслуживания идёт с момента вызова</translation>
    </message>
    <message>
        <source>Calling a ticket out of order needs a reason.</source>
        <translation>Чтобы вызвать талон вне очереди, укажите причину.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Calls out of order</source>
        <translation>Вызовы вне очереди</translation>
    </message>
    <message>
        <source>Calls per operator</source>
        <translation>Вызовы по операторам</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Отменить запись</translation>
    </message>
    <message>
        <source>Cancel the booking {code} ({service}, {day} at {time})?</source>
        <translation>Отменить запись {code} ({service}, {day} в {time})?</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Cancelled by hand</source>
        <translation>Отменены вручную</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}</source>
        <translation>Не удалось создать папку данных {folder}: {reason}</translation>
    </message>
    <message>
        <source>Cannot create the database file {path}: {reason}</source>
        <translation>Не удаётся создать файл базы данных {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>Не удалось создать папку {folder}: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Не удалось открыть базу данных {url}: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at {host}:{port} (database “{database}”): {reason}. Check that the server runs, that it listens on the network (listen_addresses), that pg_hba.conf lets this PC in, that the firewall lets port {port} through, and the user and password (docs/install.md, section 7).</source>
        <translation>Не удаётся подключиться к серверу PostgreSQL {host}:{port} (база «{database}»): {reason}. Проверьте, что сервер запущен, что он слушает сеть (listen_addresses), что pg_hba.conf пускает этот компьютер, что брандмауэр пропускает порт {port}, а также пользователя и пароль (docs/install.md, раздел 7).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write to the printer {printer}: {reason}</source>
        <translation>Не удалось передать данные на принтер {printer}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удалось записать файл {path}: {reason}</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Centre file</source>
        <translation>Файл центра</translation>
    </message>
    <message>
        <source>Centre files</source>
        <translation>Файлы центра</translation>
    </message>
    <message>
        <source>Centre name (English)</source>
        <translation>Название центра (на английском)</translation>
    </message>
    <message>
        <source>Centre name (Kyrgyz)</source>
        <translation>Название центра (на кыргызском)</translation>
    </message>
    <message>
        <source>Centre name (Russian)</source>
        <translation>Название центра (на русском)</translation>
    </message>
    <message>
        <source>Centre written to {path} (without PINs).</source>
        <translation>Центр записан в {path} (без PIN-кодов).</translation>
    </message>
    <message>
        <source>Check the printer, then reprint the ticket.</source>
        <translation>Проверьте принтер и напечатайте талон повторно.</translation>
    </message>
    <message>
        <source>Check-in from, minutes before the slot</source>
        <translation>Начало регистрации, минут до времени записи</translation>
    </message>
    <message>
        <source>Check-in until, minutes after the slot</source>
        <translation>Конец регистрации, минут после времени записи</translation>
    </message>
    <message>
        <source>Choose a free slot first.</source>
        <translation>Сначала выберите свободное время записи.</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Выберите услугу</translation>
    </message>
    <message>
        <source>Choose what to open on this computer.</source>
        <translation>Выберите, что открыть на этом компьютере.</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Закрыть день</translation>
    </message>
    <message>
        <source>Close the day {day}? Its counts are written to the history, and its seal is printed and saved as a PDF for the head of centre to sign.</source>
        <translation>Закрыть день {day}? Его итоги будут записаны в историю, а печать дня напечатана и сохранена в PDF для подписи руководителя центра.</translation>
    </message>
    <message>
        <source>Close the day…</source>
        <translation>Закрыть день…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Закрыт в</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Закрыл</translation>
    </message>
    <message>
        <source>Closed now; open {hours}</source>
        <translation>Сейчас закрыто; часы работы {hours}</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Сегодня не работает</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Closing at 00:00 means open until midnight.</source>
        <translation>Закрытие в 00:00 означает работу до полуночи.</translation>
    </message>
    <message>
        <source>Closing of the day {day}</source>
        <translation>Закрытие дня {day}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Come to the kiosk between {opens} and {closes} and enter or scan this code.</source>
        <translation>Подойдите к киоску с {opens} до {closes} и введите или отсканируйте этот код.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Командная строка</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Компактный вид</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Отчёт считается…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Counted from the booking&apos;s day; the erasing is done when a day is closed.</source>
        <translation>Отсчитывается со дня записи; данные удаляются при закрытии дня.</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Создать администратора</translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation>Создаётся администратор…</translation>
    </message>
    <message>
        <source>Current call: none yet</source>
        <translation>Текущий вызов: пока нет</translation>
    </message>
    <message>
        <source>Current call: {number}, window {window}</source>
        <translation>Текущий вызов: {number}, окно {window}</translation>
    </message>
    <message>
        <source>Current language</source>
        <translation>Текущий язык</translation>
    </message>
    <message>
        <source>Current ticket</source>
        <translation>Текущий талон</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>За день</translation>
    </message>
    <message>
        <source>Daily report: {centre}</source>
        <translation>Дневной отчёт: {centre}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Database error: {reason}</source>
        <translation>Ошибка базы данных: {reason}</translation>
    </message>
    <message>
        <source>Database {url} is at schema {revision}.</source>
        <translation>База данных {url}: схема {revision}.</translation>
    </message>
    <message>
        <source>Database {url} is ready at schema {revision}.</source>
        <translation>База данных {url} готова, схема {revision}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Day {day} (time zone {timezone})</source>
        <translation>День {day} (часовой пояс {timezone})</translation>
    </message>
    <message>
        <source>Day {day} closed: seal of event {seq}. PDF: {path}</source>
        <translation>День {day} закрыт: печать события {seq}. PDF: {path}</translation>
    </message>
    <message>
        <source>Day {day} closed: seal of event {seq}. The PDF was NOT saved: {reason}</source>
        <translation>День {day} закрыт: печать события {seq}. PDF НЕ сохранён: {reason}</translation>
    </message>
    <message>
        <source>Day {day} closed: {issued} tickets issued, {served} served, {no_shows} no-shows, {out_of_order} calls out of order ({with_reason} with a reason).</source>
        <translation>День {day} закрыт: выдано талонов {issued}, обслужено {served}, не явились {no_shows}, вызовов вне очереди {out_of_order} (с причиной {with_reason}).</translation>
    </message>
    <message>
        <source>Days ahead one may book</source>
        <translation>На сколько дней вперёд можно записаться</translation>
    </message>
    <message>
        <source>Days with tickets</source>
        <translation>Дней с талонами</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Удалить последний символ</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
    <message>
        <source>Demo centre: the PIN is {pin}</source>
        <translation>Демо-центр: PIN-код {pin}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Enter the administrator PIN to close the kiosk.</source>
        <translation>Чтобы закрыть киоск, введите PIN-код администратора.</translation>
    </message>
    <message>
        <source>Enter your login and PIN.</source>
        <translation>Введите логин и PIN-код.</translation>
    </message>
    <message>
        <source>Erase visitors&apos; names and phones after, days</source>
        <translation>Удалять имена и телефоны посетителей через, дней</translation>
    </message>
    <message>
        <source>Events of {days}: {count} (events {first} to {last}).</source>
        <translation>События за {days}: {count} (события с {first} по {last}).</translation>
    </message>
    <message>
        <source>Expected wait, min</source>
        <translation>Ожидаемое ожидание, мин</translation>
    </message>
    <message>
        <source>Expected wait: about {minutes} min</source>
        <translation>Ожидание: около {minutes} мин</translation>
    </message>
    <message>
        <source>Expected wait: about {minutes} min.</source>
        <translation>Ожидание: около {minutes} мин.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Fairness report written to {path}: {count} calls out of order.</source>
        <translation>Отчёт о справедливости записан в {path}: вызовов вне очереди: {count}.</translation>
    </message>
    <message>
        <source>Fairness report: {centre}</source>
        <translation>Отчёт о справедливости очереди: {centre}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Find bookings</source>
        <translation>Поиск записей</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>First called</source>
        <translation>Первый вызов</translation>
    </message>
    <message>
        <source>Follow your turn on your phone</source>
        <translation>Следите за очередью в телефоне</translation>
    </message>
    <message>
        <source>Following the turn in Telegram</source>
        <translation>Отслеживание очереди в Telegram</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <source>For example: came back with documents</source>
        <translation>Например: вернулся с документами</translation>
    </message>
    <message>
        <source>Found {code}.</source>
        <translation>Найдена запись {code}.</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Свободное время записи</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>From now on I write in this language.</source>
        <translation>Теперь я пишу на этом языке.</translation>
    </message>
    <message>
        <source>From the history of {first} – {last}.</source>
        <translation>По истории за {first} – {last}.</translation>
    </message>
    <message>
        <source>From {first} to {last} (time zone {timezone})</source>
        <translation>С {first} по {last} (часовой пояс {timezone})</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Фамилия и имя</translation>
    </message>
    <message>
        <source>Full view</source>
        <translation>Полный вид</translation>
    </message>
    <message>
        <source>Gives out tickets</source>
        <translation>Выдаёт талоны</translation>
    </message>
    <message>
        <source>Half waited less than, minutes</source>
        <translation>Половина ждала меньше, минут</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>Табло в зале</translation>
    </message>
    <message>
        <source>Hall display text (Kyrgyz)</source>
        <translation>Бегущая строка (на кыргызском)</translation>
    </message>
    <message>
        <source>Hall display text (Russian)</source>
        <translation>Бегущая строка (на русском)</translation>
    </message>
    <message>
        <source>Hash of the history (SHA-256)</source>
        <translation>Хеш истории (SHA-256)</translation>
    </message>
    <message>
        <source>Head of centre (name, signature)</source>
        <translation>Руководитель центра (ФИО, подпись)</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Название праздника</translation>
    </message>
    <message>
        <source>Holidays (the whole centre is closed)</source>
        <translation>Праздники (весь центр закрыт)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>У меня есть запись</translation>
    </message>
    <message>
        <source>I will write when {limit} people are ahead of you and when you are called. /status: your place now; /stop: no more messages; /ky, /ru: the language.</source>
        <translation>Я напишу, когда перед вами будет {limit} чел. и когда вас вызовут. /status: ваше место сейчас; /stop: отключить сообщения; /ky, /ru: язык.</translation>
    </message>
    <message>
        <source>Imported from {path}: {added} new, {moved} moved, {cancelled} cancelled, {unchanged} unchanged.</source>
        <translation>Импортировано из {path}: новых — {added}, перенесённых — {moved}, отменённых — {cancelled}, без изменений — {unchanged}.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>In the queue</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>In the queue: {count}</source>
        <translation>В очереди: {count}</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Issuing resumed: {service}</source>
        <translation>Выдача талонов возобновлена: {service}</translation>
    </message>
    <message>
        <source>Issuing stopped: {service}</source>
        <translation>Выдача талонов остановлена: {service}</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>Оставить запись</translation>
    </message>
    <message>
        <source>Kiosk languages</source>
        <translation>Языки киоска</translation>
    </message>
    <message>
        <source>Last digits of an ID (optional)</source>
        <translation>Последние цифры документа (необязательно)</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Последнее событие</translation>
    </message>
    <message>
        <source>Last event checked: {seq}, hash {hash}.</source>
        <translation>Последнее проверенное событие: {seq}, хеш {hash}.</translation>
    </message>
    <message>
        <source>Last ticket: {number}</source>
        <translation>Последний талон: {number}</translation>
    </message>
    <message>
        <source>Left waiting when the day ended</source>
        <translation>Остались ждать к концу дня</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Load a centre file first (conq-desktop setup --from FILE).</source>
        <translation>Сначала загрузите файл центра (conq-desktop setup --from FILE).</translation>
    </message>
    <message>
        <source>Load a centre file…</source>
        <translation>Загрузить файл центра…</translation>
    </message>
    <message>
        <source>Load {path}?</source>
        <translation>Загрузить {path}?</translation>
    </message>
    <message>
        <source>Loaded {services} services, {windows} windows and {operators} operators.</source>
        <translation>Загружено: услуг — {services}, окон — {windows}, операторов — {operators}.</translation>
    </message>
    <message>
        <source>Loading a centre file over this centre needs an administrator: give --admin LOGIN and their PIN.</source>
        <translation>Чтобы загрузить файл центра поверх этого центра, нужен администратор: укажите --admin ЛОГИН и его PIN-код.</translation>
    </message>
    <message>
        <source>Loading this file would change nothing.</source>
        <translation>Загрузка этого файла ничего не изменит.</translation>
    </message>
    <message>
        <source>Loading this file would change, for every PC of the centre:</source>
        <translation>Загрузка этого файла изменит для всех компьютеров центра:</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Загрузка {name}…</translation>
    </message>
    <message>
        <source>Locked until {time} after too many wrong PINs.</source>
        <translation>Заблокирован до {time}: слишком много неверных PIN-кодов.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Макс. ожидание</translation>
    </message>
    <message>
        <source>Longest wait, min</source>
        <translation>Самое долгое ожидание, мин</translation>
    </message>
    <message>
        <source>Longest wait, minutes</source>
        <translation>Самое долгое ожидание, минут</translation>
    </message>
    <message>
        <source>Longest waits (issue to first call)</source>
        <translation>Самые долгие ожидания (от выдачи до первого вызова)</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Обед</translation>
    </message>
    <message>
        <source>Lunch break; open again at {time}</source>
        <translation>Обеденный перерыв; откроется в {time}</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Может входить</translation>
    </message>
    <message>
        <source>Mean service time, minutes</source>
        <translation>Среднее время обслуживания, минут</translation>
    </message>
    <message>
        <source>Mean service, min</source>
        <translation>Среднее обслуживание, мин</translation>
    </message>
    <message>
        <source>Mean wait by hour of arrival, minutes</source>
        <translation>Среднее ожидание по часу прихода, минут</translation>
    </message>
    <message>
        <source>Mean wait, min</source>
        <translation>Среднее ожидание, мин</translation>
    </message>
    <message>
        <source>Mean wait, minutes</source>
        <translation>Среднее ожидание, минут</translation>
    </message>
    <message>
        <source>Message when this many people are ahead</source>
        <translation>Сообщать, когда впереди столько человек</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Minutes per visitor</source>
        <translation>Минут на посетителя</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>Move and remove</source>
        <translation>Перенести и удалить</translation>
    </message>
    <message>
        <source>Move them to</source>
        <translation>Перенести в</translation>
    </message>
    <message>
        <source>Move to the chosen slot</source>
        <translation>Перенести на выбранное время</translation>
    </message>
    <message>
        <source>Move waiting to…</source>
        <translation>Перенести ожидающих в…</translation>
    </message>
    <message>
        <source>Moved {count} waiting tickets.</source>
        <translation>Перенесено ожидающих талонов: {count}.</translation>
    </message>
    <message>
        <source>NOT printed: {reason}</source>
        <translation>НЕ напечатано: {reason}</translation>
    </message>
    <message>
        <source>NOT printed; the ticket is valid. Reprint it: ticket reprint {number} --operator LOGIN</source>
        <translation>НЕ напечатан; талон действителен. Напечатайте его повторно: ticket reprint {number} --operator LOGIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (на английском)</translation>
    </message>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation>Название (на кыргызском)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (на русском)</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Имя (необязательно)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующий</translation>
    </message>
    <message>
        <source>Next, load the centre once: conq-desktop setup --from FILE (any one PC).</source>
        <translation>Затем один раз загрузите центр: conq-desktop setup --from FILE (на любом одном компьютере).</translation>
    </message>
    <message>
        <source>No PIN was typed: type it when asked, or give it with {option} or in {variable}.</source>
        <translation>PIN-код не введён: введите его, когда программа спросит, или передайте через {option} или {variable}.</translation>
    </message>
    <message>
        <source>No Telegram bot name is set (telegram_bot): tickets carry no link to follow. Set it in the administration window; see docs/phone.md.</source>
        <translation>Имя Telegram-бота не задано (telegram_bot): на талонах нет ссылки для отслеживания. Задайте его в окне администрирования; см. docs/phone.md.</translation>
    </message>
    <message>
        <source>No Telegram bot token is set: the notifier has nothing to send with. Set the centre&apos;s telegram_token (administration window) or CONQ_TELEGRAM_TOKEN; see docs/phone.md.</source>
        <translation>Токен Telegram-бота не задан: уведомления отправлять нечем. Задайте telegram_token центра (окно администрирования) или CONQ_TELEGRAM_TOKEN; см. docs/phone.md.</translation>
    </message>
    <message>
        <source>No USB printer {printer} is connected to this PC. Check that the printer is on, its cable plugged in and its VID:PID right (on Linux, lsusb lists the connected devices).</source>
        <translation>USB-принтер {printer} не подключён к этому компьютеру. Проверьте, что принтер включён, кабель подключён и VID:PID указан верно (в Linux подключённые устройства показывает lsusb).</translation>
    </message>
    <message>
        <source>No booking chosen: book one, find one by its code or pick one from a list.</source>
        <translation>Запись не выбрана: создайте новую, найдите её по коду или выберите из списка.</translation>
    </message>
    <message>
        <source>No booking has the code {code}.</source>
        <translation>Записи с кодом {code} нет.</translation>
    </message>
    <message>
        <source>No bookings of {service} on {day}.</source>
        <translation>На {day} записей по услуге «{service}» нет.</translation>
    </message>
    <message>
        <source>No bookings on {day}.</source>
        <translation>На {day} записей нет.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>No connection to the database. Trying again…</source>
        <translation>Нет связи с базой данных. Повторная попытка…</translation>
    </message>
    <message>
        <source>No current ticket</source>
        <translation>Нет текущего талона</translation>
    </message>
    <message>
        <source>No more messages about your ticket. Scan its QR code again to follow it.</source>
        <translation>Сообщений о вашем талоне больше не будет. Чтобы снова следить за ним, отсканируйте его QR-код ещё раз.</translation>
    </message>
    <message>
        <source>No printer is set up: save the slip as a PDF instead.</source>
        <translation>Принтер не настроен: вместо печати сохраните квиток в PDF.</translation>
    </message>
    <message>
        <source>No printer is set up: the seal is on paper only as the PDF.</source>
        <translation>Принтер не настроен: печать дня есть только в PDF.</translation>
    </message>
    <message>
        <source>No printer is set up; the ticket is shown on screen only.</source>
        <translation>Принтер не настроен; талон показан только на экране.</translation>
    </message>
    <message>
        <source>No slots to book for {service} on {day}.</source>
        <translation>На {day} для «{service}» нет времени для записи.</translation>
    </message>
    <message>
        <source>No slots to book on this day.</source>
        <translation>На этот день нет времени для записи.</translation>
    </message>
    <message>
        <source>No ticket has this code. Please scan the QR code on your ticket again.</source>
        <translation>Талона с таким кодом нет. Пожалуйста, отсканируйте QR-код на талоне ещё раз.</translation>
    </message>
    <message>
        <source>No tickets were issued from {first} to {last}: there is nothing to report.</source>
        <translation>С {first} по {last} талоны не выдавались: отчитываться не о чем.</translation>
    </message>
    <message>
        <source>No tickets were issued in this period.</source>
        <translation>За этот период талоны не выдавались.</translation>
    </message>
    <message>
        <source>No token is saved: without one no messages are sent.</source>
        <translation>Токен не сохранён: без него сообщения не отправляются.</translation>
    </message>
    <message>
        <source>No visitors on {weekday} from {first} to {last}: no history to plan from.</source>
        <translation>С {first} по {last} по дню «{weekday}» посетителей не было: планировать не по чему.</translation>
    </message>
    <message>
        <source>No window is serving this service right now; you will be called when one opens.</source>
        <translation>Сейчас ни одно окно не обслуживает эту услугу; вас вызовут, когда окно откроется.</translation>
    </message>
    <message>
        <source>No window serves this service at the moment, so the wait cannot be told yet.</source>
        <translation>Сейчас эту услугу не обслуживает ни одно окно, поэтому время ожидания пока неизвестно.</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не явился</translation>
    </message>
    <message>
        <source>No-show rate (of those called)</source>
        <translation>Доля неявок (из вызванных)</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>Nobody is ahead of you.</source>
        <translation>Перед вами никого нет.</translation>
    </message>
    <message>
        <source>Nobody is signed in at window {window}; sign in there first.</source>
        <translation>В окне {window} никто не вошёл в систему; сначала войдите в этом окне.</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Никто не ждёт</translation>
    </message>
    <message>
        <source>Nobody is waiting for window {window}.</source>
        <translation>В очереди к окну {window} никого нет.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Not offered at the moment</source>
        <translation>Временно не предоставляется</translation>
    </message>
    <message>
        <source>Not printed (--no-print).</source>
        <translation>Не напечатано (--no-print).</translation>
    </message>
    <message>
        <source>Nothing happened in this period: no ticket was issued or called.</source>
        <translation>За этот период ничего не произошло: ни один талон не выдан и не вызван.</translation>
    </message>
    <message>
        <source>Nothing happened on {day}: there is no event to close the day with.</source>
        <translation>{day} ничего не происходило: нет событий, чтобы закрыть день.</translation>
    </message>
    <message>
        <source>Nothing to do: give --pdf FILE, or leave out --no-print.</source>
        <translation>Делать нечего: укажите --pdf FILE или уберите --no-print.</translation>
    </message>
    <message>
        <source>Nothing to save: the settings are as they were.</source>
        <translation>Нечего сохранять: настройки не изменились.</translation>
    </message>
    <message>
        <source>Nothing to save: {item} is as it was.</source>
        <translation>Нечего сохранять: {item} без изменений.</translation>
    </message>
    <message>
        <source>Nothing was changed (dry run). Loading the file would:</source>
        <translation>Ничего не изменено (пробный запуск). Загрузка файла:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows of {path} cannot be imported.</source>
        <translation>Ничего не импортировано: строк в {path}, которые нельзя импортировать: {count}.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Only a database file or a PostgreSQL server can be backed up, not {url}.</source>
        <translation>Резервную копию можно сделать только с файла базы данных или сервера PostgreSQL, а не с {url}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто окон</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Сейчас открыто</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Открыть демо</translation>
    </message>
    <message>
        <source>Open until {closes}</source>
        <translation>Открыто до {closes}</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Opening the Bookings window…</source>
        <translation>Открывается окно записей…</translation>
    </message>
    <message>
        <source>Opening the Reports window…</source>
        <translation>Открывается окно отчётов…</translation>
    </message>
    <message>
        <source>Opening the administration window…</source>
        <translation>Открывается окно администрирования…</translation>
    </message>
    <message>
        <source>Opening the hall display…</source>
        <translation>Открывается табло в зале…</translation>
    </message>
    <message>
        <source>Opening the operator panel of window {number}…</source>
        <translation>Открывается панель оператора окна {number}…</translation>
    </message>
    <message>
        <source>Opening the reception desk…</source>
        <translation>Открывается стойка администратора…</translation>
    </message>
    <message>
        <source>Opening the supervisor view…</source>
        <translation>Открывается панель супервайзера…</translation>
    </message>
    <message>
        <source>Opening the ticket kiosk…</source>
        <translation>Открывается киоск выдачи талонов…</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>Панель оператора</translation>
    </message>
    <message>
        <source>Operator {login} is new to this centre: the file must give their “pin”.</source>
        <translation>Оператор {login} в этом центре новый: в файле нужен его «pin».</translation>
    </message>
    <message>
        <source>Operators and windows</source>
        <translation>Операторы и окна</translation>
    </message>
    <message>
        <source>Operators and windows: {centre}</source>
        <translation>Операторы и окна: {centre}</translation>
    </message>
    <message>
        <source>Operators press Next, then Finish; the service time counts from the call. Off: Next, Start, Finish.</source>
        <translation>Операторы нажимают «Следующий», затем «Завершить»; время обслуживания считается с вызова. Выключено: Следующий, Начать, Завершить.</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Вне очереди</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>PIN (4–8 digits)</source>
        <translation>PIN-код (4–8 цифр)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN-код ещё раз</translation>
    </message>
    <message>
        <source>PIN lock, minutes</source>
        <translation>Блокировка по PIN, минут</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Ширина бумаги</translation>
    </message>
    <message>
        <source>Paper width must be 58 or 80 mm, not {value}.</source>
        <translation>Ширина бумаги должна быть 58 или 80 мм, а не {value}.</translation>
    </message>
    <message>
        <source>People ahead of you: {ahead}.</source>
        <translation>Перед вами в очереди: {ahead}.</translation>
    </message>
    <message>
        <source>People ahead: {count}</source>
        <translation>Перед вами в очереди: {count}</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>По операторам</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>По услугам</translation>
    </message>
    <message>
        <source>Per window</source>
        <translation>По окнам</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Period report: {centre}</source>
        <translation>Отчёт за период: {centre}</translation>
    </message>
    <message>
        <source>Personal data erased from {erased} bookings of days before {before}; {expired} bookings nobody checked in marked expired.</source>
        <translation>Персональные данные удалены из записей на дни до {before}: {erased}; записи, по которым никто не пришёл, отмечены как просроченные: {expired}.</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Телефон (необязательно)</translation>
    </message>
    <message>
        <source>Places in a slot</source>
        <translation>Мест на одно время записи</translation>
    </message>
    <message>
        <source>Places kept for walk-ins, %</source>
        <translation>Места для посетителей без записи, %</translation>
    </message>
    <message>
        <source>Plan shown.</source>
        <translation>План показан.</translation>
    </message>
    <message>
        <source>Please go to window</source>
        <translation>Пройдите к окну</translation>
    </message>
    <message>
        <source>Please keep your ticket until you are served.</source>
        <translation>Пожалуйста, сохраните талон до конца обслуживания.</translation>
    </message>
    <message>
        <source>Please remember your number.</source>
        <translation>Пожалуйста, запомните свой номер.</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Возьмите, пожалуйста, талон.</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Postponements</source>
        <translation>Откладывания</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Префикс</translation>
    </message>
    <message>
        <source>Press Next to call the next visitor.</source>
        <translation>Нажмите «Следующий», чтобы вызвать следующего посетителя.</translation>
    </message>
    <message>
        <source>Press Resume to take visitors again.</source>
        <translation>Нажмите «Продолжить», чтобы снова принимать посетителей.</translation>
    </message>
    <message>
        <source>Print mode must be image or text, not {value}.</source>
        <translation>Режим печати должен быть image или text, а не {value}.</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Напечатать квиток</translation>
    </message>
    <message>
        <source>Print test</source>
        <translation>Пробная печать</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>Напечатано на принтере {printer}.</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Адрес принтера</translation>
    </message>
    <message>
        <source>Printing a test ticket…</source>
        <translation>Печатается пробный талон…</translation>
    </message>
    <message>
        <source>Printing to {printer} needs an extra package: pip install conq-desktop[{extra}]</source>
        <translation>Для печати на {printer} нужен дополнительный пакет: pip install conq-desktop[{extra}]</translation>
    </message>
    <message>
        <source>Printing to {printer} needs the libusb library, which neither this program nor this PC has. Install libusb (Debian/Ubuntu: apt-get install libusb-1.0-0), or use a network printer (tcp://HOST:9100).</source>
        <translation>Для печати на {printer} нужна библиотека libusb, её нет ни в программе, ни на этом компьютере. Установите libusb (Debian/Ubuntu: apt-get install libusb-1.0-0) или используйте сетевой принтер (tcp://HOST:9100).</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Печатаем ваш талон…</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Priority ticket</source>
        <translation>Приоритетный талон</translation>
    </message>
    <message>
        <source>Priority: veterans, people with disabilities, pregnant women, parents with infants</source>
        <translation>Приоритет: ветераны, люди с инвалидностью, беременные женщины, родители с младенцами</translation>
    </message>
    <message>
        <source>Queue on {day}, {time}</source>
        <translation>Очередь на {day}, {time}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Reading the history and simulating the day…</source>
        <translation>Читается история и моделируется день…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Причина (обязательно)</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Повторить вызов</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Повторные вызовы</translation>
    </message>
    <message>
        <source>Recalls of one ticket</source>
        <translation>Повторных вызовов талона</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>Стойка администратора</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Перенаправить</translation>
    </message>
    <message>
        <source>Redirect ticket {number}</source>
        <translation>Перенаправить талон {number}</translation>
    </message>
    <message>
        <source>Redirected from “{service}”</source>
        <translation>Перенаправлен из «{service}»</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Перенаправления</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the saved token</source>
        <translation>Удалить сохранённый токен</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>Удалить: {item}</translation>
    </message>
    <message>
        <source>Remove {item}? It is taken off the kiosks, the windows and the displays; its history stays in the reports.</source>
        <translation>Удалить: {item}? Это уберёт его с киосков, окон и табло; его история останется в отчётах.</translation>
    </message>
    <message>
        <source>Removed: {item}.</source>
        <translation>Удалено: {item}.</translation>
    </message>
    <message>
        <source>Removed: {item}. {count} waiting tickets moved to {target}.</source>
        <translation>Удалено: {item}. Ожидающие талоны ({count}) перенесены в {target}.</translation>
    </message>
    <message>
        <source>Replace the database {database} with {path} (schema {revision})? The current database is copied aside first. [y/N] </source>
        <translation>Заменить базу данных {database} на {path} (схема {revision})? Текущая база данных сначала будет сохранена в отдельную копию. [д/Н] </translation>
    </message>
    <message>
        <source>Replacing a centre asks to confirm: add --yes to confirm it.</source>
        <translation>Замена центра требует подтверждения: добавьте --yes, чтобы подтвердить.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Report shown.</source>
        <translation>Отчёт показан.</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Отчёт записан в {path}.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Reprint last ticket</source>
        <translation>Повторить последний талон</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Сбросить PIN-код…</translation>
    </message>
    <message>
        <source>Restoring a backup asks to confirm: add --yes to confirm it.</source>
        <translation>Восстановление из резервной копии требует подтверждения: добавьте --yes, чтобы подтвердить.</translation>
    </message>
    <message>
        <source>Restoring {path} failed: {reason}</source>
        <translation>Не удалось восстановить базу данных из {path}: {reason}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Resume issuing</source>
        <translation>Возобновить выдачу</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Rounded up in the walk-ins&apos; favour: with 2 places and 10 %, one is kept.</source>
        <translation>Округляется вверх в пользу посетителей без записи: при 2 местах и 10 % для них остаётся одно место.</translation>
    </message>
    <message>
        <source>Sample centre file</source>
        <translation>Образец файла центра</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save holidays</source>
        <translation>Сохранить праздники</translation>
    </message>
    <message>
        <source>Save printer</source>
        <translation>Сохранить принтер</translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation>Сохранить квиток в PDF</translation>
    </message>
    <message>
        <source>Saved in this PC&apos;s settings file: {path}</source>
        <translation>Хранится в файле настроек этого компьютера: {path}</translation>
    </message>
    <message>
        <source>Saved: {item}.</source>
        <translation>Сохранено: {item}.</translation>
    </message>
    <message>
        <source>Scan the QR code on your ticket to follow your turn here.</source>
        <translation>Отсканируйте QR-код на талоне, чтобы следить за очередью здесь.</translation>
    </message>
    <message>
        <source>Scan to follow your turn in Telegram</source>
        <translation>Следите за очередью в Telegram</translation>
    </message>
    <message>
        <source>Seal (event {seq}): {payload}</source>
        <translation>Печать (событие {seq}): {payload}</translation>
    </message>
    <message>
        <source>Seal written to {path}.</source>
        <translation>Печать записана в {path}.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Направить</translation>
    </message>
    <message>
        <source>Send everyone waiting for “{service}” to:</source>
        <translation>Всех, кто ждёт услугу «{service}», направить в:</translation>
    </message>
    <message>
        <source>Send ticket {number} to which service?</source>
        <translation>В какую услугу направить талон {number}?</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслужен</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Service starts at the call (Next, then Finish)</source>
        <translation>Обслуживание начинается с вызова (Следующий, затем Завершить)</translation>
    </message>
    <message>
        <source>Service starts at the call here: ticket {number} needs no Start; press Finish when done.</source>
        <translation>Здесь обслуживание начинается с вызова: для талона {number} нажимать «Начать» не нужно; по окончании нажмите «Завершить».</translation>
    </message>
    <message>
        <source>Service to add</source>
        <translation>Добавить услугу</translation>
    </message>
    <message>
        <source>Service “{service}” gives out no more numbers; those waiting keep their place.</source>
        <translation>Услуга «{service}» больше не выдаёт номера; ожидающие сохраняют своё место.</translation>
    </message>
    <message>
        <source>Service “{service}” gives out numbers again.</source>
        <translation>Услуга «{service}» снова выдаёт номера.</translation>
    </message>
    <message>
        <source>Service “{service}” has given out all {limit} tickets for today.</source>
        <translation>Талоны на услугу «{service}» на сегодня закончились (лимит: {limit}).</translation>
    </message>
    <message>
        <source>Service “{service}” is closed now; it is open {opens}–{closes}.</source>
        <translation>Услуга «{service}» сейчас недоступна; часы работы: {opens}–{closes}.</translation>
    </message>
    <message>
        <source>Service “{service}” is closed today.</source>
        <translation>Сегодня услуга «{service}» не предоставляется.</translation>
    </message>
    <message>
        <source>Service “{service}” is not offered at the moment.</source>
        <translation>Услуга «{service}» временно не предоставляется.</translation>
    </message>
    <message>
        <source>Service “{service}” is on its lunch break until {until}.</source>
        <translation>У услуги «{service}» обеденный перерыв до {until}.</translation>
    </message>
    <message>
        <source>Service, min</source>
        <translation>Обслуживание, мин</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Services (none chosen: every service)</source>
        <translation>Услуги (ничего не выбрано — все услуги)</translation>
    </message>
    <message>
        <source>Services served, in order of preference</source>
        <translation>Обслуживаемые услуги в порядке предпочтения</translation>
    </message>
    <message>
        <source>Services, windows, staff and the centre&apos;s settings are changed here, for every PC of the centre. Only an administrator may change them.</source>
        <translation>Здесь меняются услуги, окна, сотрудники и настройки центра — сразу для всех компьютеров центра. Менять их может только администратор.</translation>
    </message>
    <message>
        <source>Services: {codes}</source>
        <translation>Услуги: {codes}</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Задать PIN-код</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show a report first, then export it.</source>
        <translation>Сначала покажите отчёт, затем экспортируйте его.</translation>
    </message>
    <message>
        <source>Show plan</source>
        <translation>Показать план</translation>
    </message>
    <message>
        <source>Show the bot&apos;s QR code on the hall display</source>
        <translation>Показывать QR-код бота на табло в зале</translation>
    </message>
    <message>
        <source>Show today&apos;s calls in order and out of order on the hall display</source>
        <translation>Показывать на табло в зале сегодняшние вызовы по очереди и вне очереди</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign in as a receptionist, supervisor or administrator first.</source>
        <translation>Сначала войдите как регистратор, старший смены или администратор.</translation>
    </message>
    <message>
        <source>Sign in as a supervisor first.</source>
        <translation>Сначала войдите как супервайзер.</translation>
    </message>
    <message>
        <source>Sign in as a supervisor or administrator first.</source>
        <translation>Сначала войдите как руководитель или администратор.</translation>
    </message>
    <message>
        <source>Sign in as an administrator</source>
        <translation>Войдите как администратор</translation>
    </message>
    <message>
        <source>Sign in to window {window}</source>
        <translation>Вход в окно {window}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Выполнен вход: {name}</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Выход выполнен.</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Моделирование</translation>
    </message>
    <message>
        <source>Simulated: the share within target when the day runs as planned, hour after hour from an empty hall (SimPy, {runs} runs).</source>
        <translation>Моделирование: доля в пределах цели, если день идёт по плану час за часом с пустого зала (SimPy, {runs} прогонов).</translation>
    </message>
    <message>
        <source>Simulating the plan needs the SimPy package: install the plan extra (pip install &quot;conq-desktop[plan]&quot;).</source>
        <translation>Для моделирования плана нужен пакет SimPy: установите дополнение plan (pip install &quot;conq-desktop[plan]&quot;).</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Slip language</source>
        <translation>Язык квитка</translation>
    </message>
    <message>
        <source>Slip of {code} printed on {printer}.</source>
        <translation>Квиток {code} напечатан на принтере {printer}.</translation>
    </message>
    <message>
        <source>Slip of {code} written to {path}.</source>
        <translation>Квиток {code} сохранён в файл {path}.</translation>
    </message>
    <message>
        <source>Slot length, minutes</source>
        <translation>Длительность времени записи, минут</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask at the reception.</source>
        <translation>Что-то пошло не так. Пожалуйста, обратитесь к администратору зала.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Staffing plan</source>
        <translation>План персонала</translation>
    </message>
    <message>
        <source>Staffing plan for {weekday}: {share} % of visitors called within {minutes} min</source>
        <translation>План персонала на {weekday}: {share} % посетителей вызываются в пределах {minutes} мин</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Stop issuing</source>
        <translation>Остановить выдачу</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервайзер</translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation>Панель супервайзера</translation>
    </message>
    <message>
        <source>Switch the screen to this language</source>
        <translation>Переключить экран на этот язык</translation>
    </message>
    <message>
        <source>Take a ticket in the live queue</source>
        <translation>Взять талон в живую очередь</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Target service</source>
        <translation>Целевая услуга</translation>
    </message>
    <message>
        <source>Target share, %</source>
        <translation>Целевая доля, %</translation>
    </message>
    <message>
        <source>Target wait, min</source>
        <translation>Целевое ожидание, мин</translation>
    </message>
    <message>
        <source>Target wait, minutes</source>
        <translation>Норма ожидания, минут</translation>
    </message>
    <message>
        <source>Target, min</source>
        <translation>Цель, мин</translation>
    </message>
    <message>
        <source>Telegram bot&apos;s user name</source>
        <translation>Имя пользователя Telegram-бота</translation>
    </message>
    <message>
        <source>Telegram refused the bot token: check telegram_token (docs/phone.md).</source>
        <translation>Telegram отклонил токен бота: проверьте telegram_token (docs/phone.md).</translation>
    </message>
    <message>
        <source>Text code page must be cp866 or rk1048:N (N: the printer&apos;s number for it), not {value}.</source>
        <translation>Кодовая страница для текста должна быть cp866 или rk1048:N (N — её номер в принтере), а не {value}.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Не получилось: {reason}</translation>
    </message>
    <message>
        <source>The PIN is not valid text: use digits only.</source>
        <translation>PIN-код содержит недопустимые символы: используйте только цифры.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>PIN-код должен состоять из 4–8 цифр.</translation>
    </message>
    <message>
        <source>The backup {path} failed: {reason}</source>
        <translation>Не удалось создать резервную копию {path}: {reason}</translation>
    </message>
    <message>
        <source>The booking {code} is already at {time} on {day}.</source>
        <translation>Запись {code} уже на {day} в {time}.</translation>
    </message>
    <message>
        <source>The booking {code} is {status}: it has no slip to print.</source>
        <translation>Запись {code}: {status}; квиток для неё не печатается.</translation>
    </message>
    <message>
        <source>The booking {code} is {status}: only a booking still to come can change.</source>
        <translation>Запись {code}: {status}; изменить можно только предстоящую запись.</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>The centre file {path}</source>
        <translation>Файл центра {path}</translation>
    </message>
    <message>
        <source>The centre was written to {path}.</source>
        <translation>Центр записан в файл {path}.</translation>
    </message>
    <message>
        <source>The centre&apos;s settings are saved.</source>
        <translation>Настройки центра сохранены.</translation>
    </message>
    <message>
        <source>The code {code} is already another booking&apos;s.</source>
        <translation>Код {code} уже принадлежит другой записи.</translation>
    </message>
    <message>
        <source>The code “{code}” is not 4–16 Latin letters and digits.</source>
        <translation>Код «{code}» должен состоять из 4–16 латинских букв и цифр.</translation>
    </message>
    <message>
        <source>The config file {path}</source>
        <translation>Файл настроек {path}</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, and whether it was saved is not known yet. Look at the queue before trying again.</source>
        <translation>Связь с базой данных прервалась во время сохранения, и пока неизвестно, сохранено ли. Прежде чем повторять, посмотрите на очередь.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; nothing was done. Try again.</source>
        <translation>Связь с базой данных прервалась; ничего не сделано. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable: {reason}</source>
        <translation>Нет доступа на запись в папку данных {folder}: {reason}</translation>
    </message>
    <message>
        <source>The database address is empty.</source>
        <translation>Адрес базы данных пуст.</translation>
    </message>
    <message>
        <source>The database address is not valid: {url}</source>
        <translation>Неверный адрес базы данных: {url}</translation>
    </message>
    <message>
        <source>The database cannot be reached right now: {reason}</source>
        <translation>База данных сейчас недоступна: {reason}</translation>
    </message>
    <message>
        <source>The database could not be used: {reason}</source>
        <translation>Не удалось обратиться к базе данных: {reason}</translation>
    </message>
    <message>
        <source>The database does not answer yet. This screen opens by itself as soon as it does.</source>
        <translation>База данных пока не отвечает. Этот экран откроется сам, как только она ответит.</translation>
    </message>
    <message>
        <source>The database driver is not installed ({detail}). For PostgreSQL install conq-desktop[postgres].</source>
        <translation>Драйвер базы данных не установлен ({detail}). Для PostgreSQL установите conq-desktop[postgres].</translation>
    </message>
    <message>
        <source>The database has no centre yet: no services, windows or operators. Load your centre&apos;s file, or open the demo to look around first.</source>
        <translation>В базе данных ещё нет центра: ни услуг, ни окон, ни операторов. Загрузите файл своего центра или сначала откройте демо, чтобы познакомиться с программой.</translation>
    </message>
    <message>
        <source>The database has schema {revision}; this program needs {head}. Upgrade it once with “conq-desktop db upgrade” (on a shared server, after every PC has the new program).</source>
        <translation>Схема базы данных — {revision}; этой программе нужна {head}. Обновите её один раз командой «conq-desktop db upgrade» (на общем сервере — после того как на всех компьютерах будет новая программа).</translation>
    </message>
    <message>
        <source>The database it replaced was copied to {path}; restore that to undo.</source>
        <translation>Заменённая база данных сохранена в {path}; чтобы отменить восстановление, восстановите её.</translation>
    </message>
    <message>
        <source>The database was made by a newer conq-desktop (schema {revision}); update this program.</source>
        <translation>База данных создана более новой версией conq-desktop (схема {revision}); обновите программу.</translation>
    </message>
    <message>
        <source>The database was not upgraded: its backup copy {path} failed: {reason}</source>
        <translation>База данных не обновлена: не удалось сделать её резервную копию {path}: {reason}</translation>
    </message>
    <message>
        <source>The database {path} is on a network share ({kind}). SQLite cannot lock a file there safely: two PCs could give out the same number or damage the database. Keep it on this PC&apos;s own disk, or for several PCs use a PostgreSQL server, prepared with “conq-desktop db init --db postgresql://…” (docs/install.md, section 7).</source>
        <translation>База данных {path} лежит в сетевой папке ({kind}). SQLite не может там надёжно блокировать файл: два компьютера могут выдать один и тот же номер или повредить базу. Держите её на собственном диске этого компьютера, а для нескольких компьютеров используйте сервер PostgreSQL, подготовленный командой «conq-desktop db init --db postgresql://…» (docs/install.md, раздел 7).</translation>
    </message>
    <message>
        <source>The database {url} already holds a centre ({count} services); “db init” only prepares an empty one. To load a changed centre file over it use “conq-desktop setup --from FILE --replace --admin LOGIN”.</source>
        <translation>В базе {url} уже есть центр (услуг: {count}); «db init» готовит только пустую базу. Чтобы загрузить поверх неё изменённый файл центра, используйте «conq-desktop setup --from FILE --replace --admin LOGIN».</translation>
    </message>
    <message>
        <source>The database {url} is not empty: it holds tables of another program ({tables}). Create an empty database for the queue (docs/install.md, section 7.2).</source>
        <translation>База {url} не пуста: в ней таблицы другой программы ({tables}). Создайте для очереди пустую базу (docs/install.md, раздел 7.2).</translation>
    </message>
    <message>
        <source>The days to keep personal data are a whole number from 0 to {max}.</source>
        <translation>Срок хранения персональных данных — целое число дней от 0 до {max}.</translation>
    </message>
    <message>
        <source>The demo could not be started: {reason}</source>
        <translation>Не удалось запустить демо: {reason}</translation>
    </message>
    <message>
        <source>The demo runs only on its own database ({path}) and never touches another one: leave out --db.</source>
        <translation>Демо работает только со своей базой данных ({path}) и никогда не трогает другую: уберите --db.</translation>
    </message>
    <message>
        <source>The disk is full: nothing more could be written. Free some space and try again.</source>
        <translation>Диск заполнен: больше ничего не удалось записать. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The disk is full: the database {path} could not be written. Free some space and try again.</source>
        <translation>Диск заполнен: не удалось записать в базу данных {path}. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The disk is full: the output could not be written. Free some space and try again.</source>
        <translation>Диск заполнен: не удалось записать вывод команды. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation>Диск заполнен: не удалось записать файл {path}. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The event has no booking code (X-BOOKING-CODE, or “Code: …” in its summary).</source>
        <translation>У события нет кода записи (X-BOOKING-CODE или «Code: …» в его кратком описании).</translation>
    </message>
    <message>
        <source>The event has no start with a time of day (DTSTART).</source>
        <translation>У события нет времени начала с указанием часа (DTSTART).</translation>
    </message>
    <message>
        <source>The event names no service (X-SERVICE or CATEGORIES).</source>
        <translation>В событии не указана услуга (X-SERVICE или CATEGORIES).</translation>
    </message>
    <message>
        <source>The file holds no PINs; importing it back changes nothing.</source>
        <translation>В файле нет PIN-кодов; загрузка его обратно ничего не меняет.</translation>
    </message>
    <message>
        <source>The file was not loaded; nothing was changed.</source>
        <translation>Файл не загружен, ничего не изменено.</translation>
    </message>
    <message>
        <source>The first one greets visitors; Kyrgyz and Russian are always there.</source>
        <translation>Первый язык встречает посетителей; кыргызский и русский есть всегда.</translation>
    </message>
    <message>
        <source>The history is intact: {count} events checked, from the first to event {seq}.</source>
        <translation>История не нарушена: проверено событий: {count}, с первого по {seq}.</translation>
    </message>
    <message>
        <source>The history up to event {seq} was rewritten after the seal was taken: its hash is not the sealed one.</source>
        <translation>История до события {seq} переписана после того, как была взята печать: его хеш не совпадает с запечатанным.</translation>
    </message>
    <message>
        <source>The history was changed at event {seq}: it does not follow event {previous} (an event was inserted or removed before it, or the order was changed).</source>
        <translation>История изменена на событии {seq}: оно не следует за событием {previous} (перед ним вставлено или удалено событие либо изменён порядок).</translation>
    </message>
    <message>
        <source>The history was changed: event {seq} and any after it were added outside the program (the program&apos;s last event is {head}).</source>
        <translation>История изменена: событие {seq} и все последующие добавлены в обход программы (последнее событие программы — {head}).</translation>
    </message>
    <message>
        <source>The history was changed: event {seq} is missing (it was deleted).</source>
        <translation>История изменена: события {seq} нет (оно удалено).</translation>
    </message>
    <message>
        <source>The history was changed: event {seq} no longer matches its hash (it was edited after it was written).</source>
        <translation>История изменена: событие {seq} больше не совпадает со своим хешем (его исправили после записи).</translation>
    </message>
    <message>
        <source>The history was changed: event {seq} was inserted; it is not part of the chain written by the program.</source>
        <translation>История изменена: событие {seq} вставлено; оно не входит в цепочку, записанную программой.</translation>
    </message>
    <message>
        <source>The history was changed: events {seq} and {next} were swapped (the order was changed).</source>
        <translation>История изменена: события {seq} и {next} поменяны местами (изменён порядок).</translation>
    </message>
    <message>
        <source>The history was changed: it ends at event {last}, but the program wrote events up to {head} (event {seq} and any after it were deleted).</source>
        <translation>История изменена: она заканчивается событием {last}, а программа записала события до {head} (событие {seq} и все последующие удалены).</translation>
    </message>
    <message>
        <source>The history was changed: there are two events numbered {seq} (one was inserted).</source>
        <translation>История изменена: есть два события с номером {seq} (одно вставлено).</translation>
    </message>
    <message>
        <source>The holidays are saved.</source>
        <translation>Праздники сохранены.</translation>
    </message>
    <message>
        <source>The last digits of an ID are 1–8 digits.</source>
        <translation>Последние цифры документа — от 1 до 8 цифр.</translation>
    </message>
    <message>
        <source>The login is empty.</source>
        <translation>Логин не указан.</translation>
    </message>
    <message>
        <source>The login is longer than {limit} characters.</source>
        <translation>Логин длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>The login must be one line without control characters.</source>
        <translation>Логин должен быть одной строкой без управляющих символов.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Имя не указано.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>Имя длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>The name must be one line without control characters.</source>
        <translation>Имя должно быть одной строкой без управляющих символов.</translation>
    </message>
    <message>
        <source>The number on the screen is valid; please remember it.</source>
        <translation>Номер на экране действителен; запомните его.</translation>
    </message>
    <message>
        <source>The period ends before it begins: --to {last} is before --from {first}.</source>
        <translation>Период заканчивается раньше, чем начинается: --to {last} раньше, чем --from {first}.</translation>
    </message>
    <message>
        <source>The plan by hour</source>
        <translation>План по часам</translation>
    </message>
    <message>
        <source>The portal&apos;s booking {ref} had the code {old}: a booking keeps its code.</source>
        <translation>У записи портала {ref} был код {old}: код записи не меняется.</translation>
    </message>
    <message>
        <source>The portal&apos;s booking {ref} is also on line {other}.</source>
        <translation>Запись портала {ref} есть также в строке {other}.</translation>
    </message>
    <message>
        <source>The portal&apos;s reference “{ref}” is too long: at most {max} characters.</source>
        <translation>Номер записи портала «{ref}» слишком длинный: не более {max} символов.</translation>
    </message>
    <message>
        <source>The prefix “{prefix}” is already used by the service {code}.</source>
        <translation>Префикс «{prefix}» уже занят услугой {code}.</translation>
    </message>
    <message>
        <source>The prefix “{prefix}” looks the same as “{other}” of the service {code} on the hall display.</source>
        <translation>Префикс «{prefix}» на табло в зале выглядит так же, как «{other}» услуги {code}.</translation>
    </message>
    <message>
        <source>The printer address is not valid: {uri}. Use tcp://HOST:9100, usb://VID:PID, serial://DEVICE, file:PATH, cups://QUEUE, win32://NAME or none.</source>
        <translation>Неверный адрес принтера: {uri}. Используйте tcp://HOST:9100, usb://VID:PID, serial://DEVICE, file:PATH, cups://QUEUE, win32://NAME или none.</translation>
    </message>
    <message>
        <source>The printer timeout must be between 0 and 60 seconds.</source>
        <translation>Время ожидания принтера должно быть от 0 до 60 секунд.</translation>
    </message>
    <message>
        <source>The printer {printer} did not answer within {seconds} s.</source>
        <translation>Принтер {printer} не ответил за {seconds} с.</translation>
    </message>
    <message>
        <source>The printer {printer} is out of paper.</source>
        <translation>В принтере {printer} закончилась бумага.</translation>
    </message>
    <message>
        <source>The printer {printer} is unreachable: {reason}</source>
        <translation>Принтер {printer} недоступен: {reason}</translation>
    </message>
    <message>
        <source>The queue cannot be reached right now. Please ask at the reception.</source>
        <translation>Сейчас нет связи с системой очереди. Пожалуйста, обратитесь к администратору зала.</translation>
    </message>
    <message>
        <source>The row has {count} fields, the header {expected}.</source>
        <translation>В строке полей: {count}, в заголовке: {expected}.</translation>
    </message>
    <message>
        <source>The screen&apos;s language now</source>
        <translation>Текущий язык экрана</translation>
    </message>
    <message>
        <source>The seal belongs to another centre ({seal_centre}); this database&apos;s history is centre {centre}.</source>
        <translation>Печать принадлежит другому центру ({seal_centre}); история этой базы данных — центра {centre}.</translation>
    </message>
    <message>
        <source>The seal names event {seal_seq}, but the history ends at event {last}: events were removed since the seal was taken (or this is an older copy of the database).</source>
        <translation>В печати указано событие {seal_seq}, а история заканчивается событием {last}: после того как была взята печать, события удалены (или это более старая копия базы данных).</translation>
    </message>
    <message>
        <source>The seal of event {seq} holds: the history up to it was not rewritten.</source>
        <translation>Печать события {seq} подтверждена: история до него не переписана.</translation>
    </message>
    <message>
        <source>The seal was NOT printed.</source>
        <translation>Печать дня НЕ напечатана.</translation>
    </message>
    <message>
        <source>The slip of {code} was NOT printed.</source>
        <translation>Квиток {code} НЕ напечатан.</translation>
    </message>
    <message>
        <source>The slip of {code} was NOT printed: {reason}</source>
        <translation>Квиток {code} НЕ напечатан: {reason}</translation>
    </message>
    <message>
        <source>The slot {time} on {day} for {service} is full: choose another.</source>
        <translation>Время {time} на {day} для «{service}» занято: выберите другое.</translation>
    </message>
    <message>
        <source>The slot {time} on {day} has begun or passed: choose a later one.</source>
        <translation>Время {time} на {day} уже началось или прошло: выберите более позднее.</translation>
    </message>
    <message>
        <source>The status “{value}” is neither booked nor cancelled.</source>
        <translation>Статус «{value}» не означает ни «записан», ни «отменён».</translation>
    </message>
    <message>
        <source>The target must look like 80/15 (per cent within minutes), not {text}.</source>
        <translation>Цель задаётся как 80/15 (процент за столько минут), а не {text}.</translation>
    </message>
    <message>
        <source>The target {text} is out of range: the share must be above 0 and below 100 %, the wait from 0 to {most} minutes.</source>
        <translation>Цель {text} вне допустимого: доля должна быть больше 0 и меньше 100 %, ожидание — от 0 до {most} минут.</translation>
    </message>
    <message>
        <source>The test ticket was NOT printed.</source>
        <translation>Пробный талон НЕ напечатан.</translation>
    </message>
    <message>
        <source>The ticket called last and the window to go to</source>
        <translation>Последний вызванный талон и окно, к которому нужно пройти</translation>
    </message>
    <message>
        <source>The ticket printer is not working.</source>
        <translation>Принтер талонов не работает.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type the same PIN twice.</source>
        <translation>PIN-коды не совпадают: введите один и тот же PIN-код дважды.</translation>
    </message>
    <message>
        <source>There are no events on {days}.</source>
        <translation>За {days} событий нет.</translation>
    </message>
    <message>
        <source>There is already an operator with the login {login}.</source>
        <translation>Оператор с логином {login} уже есть.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>Файла резервной копии {path} нет.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>По адресу {path} нет базы данных.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <source>There is no screen to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it in the desktop session.</source>
        <translation>Нет экрана, на котором можно открыть окно (не заданы ни DISPLAY, ни WAYLAND_DISPLAY): запустите её в сеансе рабочего стола.</translation>
    </message>
    <message>
        <source>There is no screen {number} (found {count}); using the main screen.</source>
        <translation>Экрана {number} нет (найдено: {count}); используется основной экран.</translation>
    </message>
    <message>
        <source>There is no terminal to type the PIN in: give it with {option} or in the {variable} environment variable.</source>
        <translation>Нет терминала для ввода PIN-кода: укажите его в параметре {option} или в переменной окружения {variable}.</translation>
    </message>
    <message>
        <source>There is no ticket {number} today.</source>
        <translation>Талона {number} сегодня нет.</translation>
    </message>
    <message>
        <source>There is no window {number}.</source>
        <translation>Окна {number} нет.</translation>
    </message>
    <message>
        <source>This PC&apos;s printer</source>
        <translation>Принтер этого компьютера</translation>
    </message>
    <message>
        <source>This PC&apos;s printer setting is saved.</source>
        <translation>Настройка принтера этого компьютера сохранена.</translation>
    </message>
    <message>
        <source>This booking has already been checked in: ticket {number}.</source>
        <translation>По этой записи талон уже выдан: {number}.</translation>
    </message>
    <message>
        <source>This booking has expired.</source>
        <translation>Срок этой записи истёк.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translation>Эта запись отменена.</translation>
    </message>
    <message>
        <source>This build of conq-desktop cannot print to {printer}: it was made without {scheme}:// printing. Use a network printer (tcp://HOST:9100), or a build made with it.</source>
        <translation>Эта сборка conq-desktop не может печатать на {printer}: она собрана без печати {scheme}://. Используйте сетевой принтер (tcp://HOST:9100) или сборку с такой печатью.</translation>
    </message>
    <message>
        <source>This build of conq-desktop has no CUPS support, so it cannot print to {printer}. Connect the printer directly instead: a network printer as tcp://HOST:9100, or a USB printer as usb://VID:PID.</source>
        <translation>В этой сборке conq-desktop нет поддержки CUPS, поэтому она не может печатать на {printer}. Подключите принтер напрямую: сетевой как tcp://HOST:9100 или USB-принтер как usb://VID:PID.</translation>
    </message>
    <message>
        <source>This centre already has an administrator: only an administrator can add another one.</source>
        <translation>В этом центре уже есть администратор: добавить ещё одного может только администратор.</translation>
    </message>
    <message>
        <source>This centre has no administrator yet. Only an administrator can change the centre&apos;s settings and close the ticket kiosk. Choose the administrator&apos;s login, name and PIN below; keep the PIN secret.</source>
        <translation>В этом центре пока нет администратора. Только администратор может менять настройки центра и закрывать киоск выдачи талонов. Укажите ниже логин, имя и PIN-код администратора; держите PIN-код в секрете.</translation>
    </message>
    <message>
        <source>This centre has {services} services, {windows} windows and {operators} operators.</source>
        <translation>В этом центре: услуг — {services}, окон — {windows}, операторов — {operators}.</translation>
    </message>
    <message>
        <source>This database already holds a centre ({services} services, {operators} operators). Loading a centre file over it changes it for every PC: see the changes with --dry-run, then load it with --replace.</source>
        <translation>В этой базе данных уже есть центр (услуг: {services}, операторов: {operators}). Загрузка файла центра поверх него изменит его для всех компьютеров: посмотрите изменения с --dry-run, затем загрузите с --replace.</translation>
    </message>
    <message>
        <source>This is not a Telegram bot&apos;s token: BotFather gives one like 123456789:AAF…, a number, a colon and letters, without spaces.</source>
        <translation>Это не токен Telegram-бота: BotFather выдаёт токен вида 123456789:AAF… — число, двоеточие и буквы, без пробелов.</translation>
    </message>
    <message>
        <source>This needs a member of staff with the role {roles} to sign in first.</source>
        <translation>Сначала должен войти сотрудник с ролью {roles}.</translation>
    </message>
    <message>
        <source>This screen cannot open</source>
        <translation>Этот экран не может открыться</translation>
    </message>
    <message>
        <source>This ticket is no longer valid: it is from an earlier day or already finished. Please take a new ticket.</source>
        <translation>Этот талон больше не действителен: он за прошедший день или уже закрыт. Пожалуйста, возьмите новый талон.</translation>
    </message>
    <message>
        <source>This user may not use the USB printer {printer} (access denied). On Linux a udev rule gives access: see USB printers in docs/install.md.</source>
        <translation>Этому пользователю нельзя использовать USB-принтер {printer} (доступ запрещён). В Linux доступ даёт правило udev: см. раздел об USB-принтерах в docs/install.md.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Ticket footer (Kyrgyz)</source>
        <translation>Подпись талона (на кыргызском)</translation>
    </message>
    <message>
        <source>Ticket footer (Russian)</source>
        <translation>Подпись талона (на русском)</translation>
    </message>
    <message>
        <source>Ticket kiosk</source>
        <translation>Киоск выдачи талонов</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Номер талона</translation>
    </message>
    <message>
        <source>Ticket {number} belongs to window {other}, not to window {window}.</source>
        <translation>Талон {number} относится к окну {other}, а не к окну {window}.</translation>
    </message>
    <message>
        <source>Ticket {number} has expired: its day is over. Please take a new ticket.</source>
        <translation>Срок талона {number} истёк: его день закончился. Пожалуйста, возьмите новый талон.</translation>
    </message>
    <message>
        <source>Ticket {number} has not been started yet; press Start first.</source>
        <translation>Обслуживание талона {number} ещё не начато; сначала нажмите «Начать».</translation>
    </message>
    <message>
        <source>Ticket {number} is already being served.</source>
        <translation>Талон {number} уже обслуживается.</translation>
    </message>
    <message>
        <source>Ticket {number} is already being served; there is no one to recall.</source>
        <translation>Талон {number} уже обслуживается; повторно вызывать некого.</translation>
    </message>
    <message>
        <source>Ticket {number} is already in “{service}”.</source>
        <translation>Талон {number} уже в очереди на услугу «{service}».</translation>
    </message>
    <message>
        <source>Ticket {number} is back in the queue. I will write when your turn is near.</source>
        <translation>Талон {number} снова в очереди. Я напишу, когда ваша очередь приблизится.</translation>
    </message>
    <message>
        <source>Ticket {number} is being served; the visitor did come.</source>
        <translation>Талон {number} уже обслуживается: посетитель явился.</translation>
    </message>
    <message>
        <source>Ticket {number} is called again ({count} of {limit}).</source>
        <translation>Талон {number} вызван повторно ({count} из {limit}).</translation>
    </message>
    <message>
        <source>Ticket {number} is called again to window {window}. Please hurry, or your turn may be lost.</source>
        <translation>Талон {number} повторно вызван к окну {window}. Поторопитесь, иначе очередь может пропасть.</translation>
    </message>
    <message>
        <source>Ticket {number} is called to window {window}.</source>
        <translation>Талон {number} вызван к окну {window}.</translation>
    </message>
    <message>
        <source>Ticket {number} is done.</source>
        <translation>Талон {number} обслужен.</translation>
    </message>
    <message>
        <source>Ticket {number} is not at window {window}.</source>
        <translation>Талон {number} не вызван к окну {window}.</translation>
    </message>
    <message>
        <source>Ticket {number} is not waiting.</source>
        <translation>Талон {number} не ожидает в очереди.</translation>
    </message>
    <message>
        <source>Ticket {number} is sent to “{service}”.</source>
        <translation>Талон {number} направлен в «{service}».</translation>
    </message>
    <message>
        <source>Ticket {number} is sent to “{service}”. You keep your number and your place in time; I will write when your turn is near.</source>
        <translation>Талон {number} направлен в «{service}». Номер и место в очереди по времени сохраняются; я напишу, когда ваша очередь приблизится.</translation>
    </message>
    <message>
        <source>Ticket {number} was called, but nobody came to the window.</source>
        <translation>Талон {number} вызывали, но к окну никто не подошёл.</translation>
    </message>
    <message>
        <source>Ticket {number} was issued, but the database cannot be read right now to show its place. Keep the number {number} and ask at the reception.</source>
        <translation>Талон {number} выдан, но сейчас не удаётся прочитать базу данных, чтобы показать его место в очереди. Запомните номер {number} и обратитесь в регистратуру.</translation>
    </message>
    <message>
        <source>Ticket {number} was not printed.</source>
        <translation>Талон {number} не напечатан.</translation>
    </message>
    <message>
        <source>Ticket {number} was printed again.</source>
        <translation>Талон {number} напечатан повторно.</translation>
    </message>
    <message>
        <source>Ticket {number} was recalled {limit} times already; mark it as a no-show.</source>
        <translation>Лимит повторных вызовов талона {number} ({limit}) исчерпан; отметьте неявку.</translation>
    </message>
    <message>
        <source>Ticket {number} was withdrawn.</source>
        <translation>Талон {number} аннулирован.</translation>
    </message>
    <message>
        <source>Ticket {number} went back to the end of the queue.</source>
        <translation>Талон {number} возвращён в конец очереди.</translation>
    </message>
    <message>
        <source>Ticket {number} written to {path}.</source>
        <translation>Талон {number} сохранён в файл {path}.</translation>
    </message>
    <message>
        <source>Ticket {number}, please go to window {window}.</source>
        <translation>Талон {number}, пройдите к окну {window}.</translation>
    </message>
    <message>
        <source>Ticket {number}: the visitor did not come.</source>
        <translation>Талон {number}: посетитель не явился.</translation>
    </message>
    <message>
        <source>Ticket {number}: you are next. Please come back to the hall.</source>
        <translation>Талон {number}: следующим вызовут вас. Пожалуйста, вернитесь в зал.</translation>
    </message>
    <message>
        <source>Ticket {number}: {ahead} people ahead of you. Please come back to the hall.</source>
        <translation>Талон {number}: перед вами {ahead} чел. Пожалуйста, вернитесь в зал.</translation>
    </message>
    <message>
        <source>Ticket {number}: {service}</source>
        <translation>Талон {number}: {service}</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Талоны</translation>
    </message>
    <message>
        <source>Tickets a day</source>
        <translation>Талонов в день</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Выдано талонов</translation>
    </message>
    <message>
        <source>Tickets of “{service}” cannot be moved to itself.</source>
        <translation>Талоны услуги «{service}» нельзя перенести в неё же.</translation>
    </message>
    <message>
        <source>Tickets skipped</source>
        <translation>Пропущенные талоны</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Time serving, h:mm</source>
        <translation>Время обслуживания, ч:мм</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>To check: conq-desktop audit verify --seal followed by the text of the QR code.</source>
        <translation>Для проверки: conq-desktop audit verify --seal и затем текст QR-кода.</translation>
    </message>
    <message>
        <source>Today: {in_order} served in order, {with_reason} out of order with a recorded reason</source>
        <translation>Сегодня: {in_order} обслужены по очереди, {with_reason} вне очереди с записанной причиной</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {login} is locked until {until}. An administrator can unlock it.</source>
        <translation>Слишком много неверных PIN: {login} заблокирован до {until}. Администратор может снять блокировку.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Попробовать сейчас</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <source>Type or scan your booking code</source>
        <translation>Введите или отсканируйте код записи</translation>
    </message>
    <message>
        <source>Unknown centre setting: {key}</source>
        <translation>Неизвестная настройка центра: {key}</translation>
    </message>
    <message>
        <source>Unknown language “{lang}”: use ky, ru or en.</source>
        <translation>Неизвестный язык «{lang}»: укажите ky, ru или en.</translation>
    </message>
    <message>
        <source>Unknown operator: {login}</source>
        <translation>Неизвестный оператор: {login}</translation>
    </message>
    <message>
        <source>Unknown printer profile: {name}</source>
        <translation>Неизвестный профиль принтера: {name}</translation>
    </message>
    <message>
        <source>Unknown priority class: {priority}</source>
        <translation>Неизвестная категория приоритета: {priority}</translation>
    </message>
    <message>
        <source>Unknown service: {code}</source>
        <translation>Неизвестная услуга: {code}</translation>
    </message>
    <message>
        <source>Unknown services: {codes}</source>
        <translation>Неизвестные услуги: {codes}</translation>
    </message>
    <message>
        <source>Unknown time zone: {name}</source>
        <translation>Неизвестный часовой пояс: {name}</translation>
    </message>
    <message>
        <source>Unknown weekday {text}: use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Неизвестный день недели {text}: используйте mon, tue, wed, thu, fri, sat или sun.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Unsupported database {name}: use sqlite:/// or postgresql://</source>
        <translation>База данных {name} не поддерживается: используйте sqlite:/// или postgresql://</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Upgrading the database failed: {reason}</source>
        <translation>Не удалось обновить базу данных: {reason}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Visitors served</source>
        <translation>Обслужено посетителей</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Ожидание базы данных…</translation>
    </message>
    <message>
        <source>Waiting for this window</source>
        <translation>Ожидают это окно</translation>
    </message>
    <message>
        <source>Waiting here: {numbers}</source>
        <translation>Ждут здесь: {numbers}</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Waits per service</source>
        <translation>Ожидание по услугам</translation>
    </message>
    <message>
        <source>Waits, issue to first call</source>
        <translation>Ожидание: от выдачи до первого вызова</translation>
    </message>
    <message>
        <source>Waits: {centre}</source>
        <translation>Ожидание: {centre}</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>What if: windows by hour, e.g. 9-13=4,13-18=3</source>
        <translation>Что если: окна по часам, напр. 9-13=4,13-18=3</translation>
    </message>
    <message>
        <source>What-if for {weekday} with the windows given: {share} % within {minutes} min</source>
        <translation>{weekday}: что будет с заданными окнами: {share} % в пределах {minutes} мин</translation>
    </message>
    <message>
        <source>Where do the waiting tickets go?</source>
        <translation>Куда перенести ожидающие талоны?</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Window {number} names unknown services: {codes}</source>
        <translation>Для окна {number} указаны неизвестные услуги: {codes}</translation>
    </message>
    <message>
        <source>Window {number} serves only {code}: give it another service first.</source>
        <translation>Окно {number} обслуживает только {code}: сначала добавьте ему другую услугу.</translation>
    </message>
    <message>
        <source>Window {window}</source>
        <translation>Окно {window}</translation>
    </message>
    <message>
        <source>Window {window} does not serve “{service}”.</source>
        <translation>Окно {window} не обслуживает услугу «{service}».</translation>
    </message>
    <message>
        <source>Window {window} has no current ticket.</source>
        <translation>У окна {window} нет текущего талона.</translation>
    </message>
    <message>
        <source>Window {window} is already on a break.</source>
        <translation>Окно {window} уже на перерыве.</translation>
    </message>
    <message>
        <source>Window {window} is closed.</source>
        <translation>Окно {window} закрыто.</translation>
    </message>
    <message>
        <source>Window {window} is in use by {name}; they must sign out first.</source>
        <translation>В окне {window} работает {name}; сначала там нужно выйти из системы.</translation>
    </message>
    <message>
        <source>Window {window} is not on a break.</source>
        <translation>Окно {window} не на перерыве.</translation>
    </message>
    <message>
        <source>Window {window} is on a break.</source>
        <translation>Окно {window} ушло на перерыв.</translation>
    </message>
    <message>
        <source>Window {window} is on a break; resume first.</source>
        <translation>Окно {window} на перерыве; сначала возобновите работу.</translation>
    </message>
    <message>
        <source>Window {window} is open again.</source>
        <translation>Окно {window} снова работает.</translation>
    </message>
    <message>
        <source>Window {window} is still busy with ticket {number}; finish it first.</source>
        <translation>Окно {window} ещё занято талоном {number}; сначала завершите его.</translation>
    </message>
    <message>
        <source>Window {window} serves no service.</source>
        <translation>За окном {window} не закреплено ни одной услуги.</translation>
    </message>
    <message>
        <source>Window {window} was signed out elsewhere; sign in again.</source>
        <translation>Из окна {window} вышли с другого места; войдите снова.</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Окна</translation>
    </message>
    <message>
        <source>Windows by hour must look like 9-13=4,13-18=3 (hours from-to = windows), not {text}.</source>
        <translation>Окна по часам задаются как 9-13=4,13-18=3 (часы с-по = окна), а не {text}.</translation>
    </message>
    <message>
        <source>Windows needed per hour</source>
        <translation>Нужно окон по часам</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>В пределах цели</translation>
    </message>
    <message>
        <source>Within target, planned</source>
        <translation>В пределах цели, план</translation>
    </message>
    <message>
        <source>Within target, simulated</source>
        <translation>В пределах цели, моделирование</translation>
    </message>
    <message>
        <source>Writing XLSX needs the openpyxl package: install the xlsx extra (pip install &quot;conq-desktop[xlsx]&quot;), or choose --format csv or pdf.</source>
        <translation>Для XLSX нужен пакет openpyxl: установите дополнение xlsx (pip install &quot;conq-desktop[xlsx]&quot;) или выберите --format csv или pdf.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <source>Wrong administrator or PIN.</source>
        <translation>Неверный администратор или PIN-код.</translation>
    </message>
    <message>
        <source>Wrong operator or PIN.</source>
        <translation>Неверный логин оператора или PIN-код.</translation>
    </message>
    <message>
        <source>You are being served at window {window}.</source>
        <translation>Вас обслуживают в окне {window}.</translation>
    </message>
    <message>
        <source>You are next in line.</source>
        <translation>Следующим вызовут вас.</translation>
    </message>
    <message>
        <source>You are not following any ticket today. Scan the QR code on your ticket to follow it.</source>
        <translation>Сегодня вы не следите ни за одним талоном. Чтобы следить, отсканируйте QR-код на талоне.</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Ваш код записи</translation>
    </message>
    <message>
        <source>Your booking is at {time}. Check-in opens at {opens}: please come back then.</source>
        <translation>Ваша запись — на {time}. Регистрация начнётся в {opens}: пожалуйста, подойдите к этому времени.</translation>
    </message>
    <message>
        <source>Your booking is on {day} at {time}, not today.</source>
        <translation>Ваша запись — на {day} в {time}, а не на сегодня.</translation>
    </message>
    <message>
        <source>Your booking was at {time}; check-in closed at {closes}. You can take a ticket in the live queue.</source>
        <translation>Ваша запись была на {time}; регистрация закончилась в {closes}. Вы можете взять талон в живую очередь.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>Your number will be shown on the screen.</source>
        <translation>Ваш номер будет показан на экране.</translation>
    </message>
    <message>
        <source>Your number {number} is valid.</source>
        <translation>Ваш номер {number} действителен.</translation>
    </message>
    <message>
        <source>Your ticket is called: please go to window {window}.</source>
        <translation>Ваш талон вызван: пройдите к окну {window}.</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>датой</translation>
    </message>
    <message>
        <source>a holiday must be a date like 2027-03-21, not {text}</source>
        <translation>праздник должен быть датой вида 2027-03-21, а не {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>списком</translation>
    </message>
    <message>
        <source>a list of service codes</source>
        <translation>списком кодов услуг</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>числом</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>таблицей</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <source>a whole number, 1 or more</source>
        <translation>целым числом не меньше 1</translation>
    </message>
    <message>
        <source>a window must serve at least one service</source>
        <translation>окно должно обслуживать хотя бы одну услугу</translation>
    </message>
    <message>
        <source>add {what} {key}</source>
        <translation>добавить: {what} {key}</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>обслуживается</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>записан</translation>
    </message>
    <message>
        <source>called</source>
        <translation>вызван</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>вызывает</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>change nothing</source>
        <translation>ничего не изменит</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>явился</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>не явился</translation>
    </message>
    <message>
        <source>done</source>
        <translation>обслужен</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>ожидалась таблица</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>свободно</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>внутренняя ошибка</translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation>файл не удаётся прочитать ({detail})</translation>
    </message>
    <message>
        <source>it is damaged ({detail})</source>
        <translation>файл повреждён ({detail})</translation>
    </message>
    <message>
        <source>it is not a PostgreSQL backup (pg_dump --format=custom)</source>
        <translation>это не резервная копия PostgreSQL (pg_dump --format=custom)</translation>
    </message>
    <message>
        <source>it is not a conq-desktop database (it lacks the tables {tables})</source>
        <translation>это не база данных conq-desktop (в ней нет таблиц {tables})</translation>
    </message>
    <message>
        <source>it is not a conq-desktop database (no schema version)</source>
        <translation>это не база данных conq-desktop (нет версии схемы)</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>это не база данных SQLite</translation>
    </message>
    <message>
        <source>it was written by a newer conq-desktop (layout {found}; this one reads up to {known}): update the program on this PC</source>
        <translation>он записан более новой версией conq-desktop (формат {found}; эта версия читает до {known}): обновите программу на этом компьютере</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>строка {line}: {reason}</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>may not sign in</source>
        <translation>вход запрещён</translation>
    </message>
    <message>
        <source>network drive</source>
        <translation>сетевой диск</translation>
    </message>
    <message>
        <source>network share</source>
        <translation>сетевая папка</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>not issuing</source>
        <translation>выдача остановлена</translation>
    </message>
    <message>
        <source>of them with a reason</source>
        <translation>из них с причиной</translation>
    </message>
    <message>
        <source>on a break</source>
        <translation>на перерыве</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>over target</source>
        <translation>сверх нормы</translation>
    </message>
    <message>
        <source>over target ({target} min)</source>
        <translation>сверх нормы ({target} мин)</translation>
    </message>
    <message>
        <source>queue grows</source>
        <translation>очередь растёт</translation>
    </message>
    <message>
        <source>receptionist</source>
        <translation>регистратор</translation>
    </message>
    <message>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <source>service {code}</source>
        <translation>услуга {code}</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>обслуживает</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>настройка</translation>
    </message>
    <message>
        <source>since the call</source>
        <translation>с момента вызова</translation>
    </message>
    <message>
        <source>since the start of service</source>
        <translation>с начала обслуживания</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>старший смены</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>текстом в кавычках</translation>
    </message>
    <message>
        <source>the prefixes “{first}” and “{second}” look the same</source>
        <translation>префиксы «{first}» и «{second}» выглядят одинаково</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>unknown key “{key}”; the known ones are {known}</source>
        <translation>неизвестное поле «{key}»; допустимые: {known}</translation>
    </message>
    <message>
        <source>unknown role {role}</source>
        <translation>неизвестная роль: {role}</translation>
    </message>
    <message>
        <source>unknown setting “{key}”; the known ones are {known}</source>
        <translation>неизвестная настройка «{key}»; допустимые: {known}</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>warning: line {line}: {reason}</source>
        <translation>предупреждение: строка {line}: {reason}</translation>
    </message>
    <message>
        <source>window</source>
        <translation>окно</translation>
    </message>
    <message>
        <source>window {number}</source>
        <translation>окно {number}</translation>
    </message>
    <message>
        <source>window {window}</source>
        <translation>окно {window}</translation>
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
        <translation>{count} талонов ожидают услугу {code}: выберите услугу, в которую их перевести, или дождитесь, пока их обслужат.</translation>
    </message>
    <message>
        <source>{count} waiting tickets moved from “{source}” to “{target}”.</source>
        <translation>Ожидающих талонов перенесено из «{source}» в «{target}»: {count}.</translation>
    </message>
    <message>
        <source>{database} was backed up to {path} ({size}).</source>
        <translation>Резервная копия базы данных {database} сохранена в {path} ({size}).</translation>
    </message>
    <message>
        <source>{database} was restored from {path} (schema {revision}).</source>
        <translation>База данных {database} восстановлена из {path} (схема {revision}).</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} в {time}</translation>
    </message>
    <message>
        <source>{day} has not come yet (today is {today}): a day is closed on it or after.</source>
        <translation>{day} ещё не наступил (сегодня {today}): день закрывают в этот день или позже.</translation>
    </message>
    <message>
        <source>{day} has passed: a booking of a day gone by is not imported.</source>
        <translation>{day} уже прошёл: записи на прошедшие дни не импортируются.</translation>
    </message>
    <message>
        <source>{day} is a {weekday}: planned from that weekday&apos;s history.</source>
        <translation>{day} — {weekday}: план по истории этого дня недели.</translation>
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
        <translation>{file} не удалось прочитать: {reason}</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} не найден.</translation>
    </message>
    <message>
        <source>{file} is nested too deeply.</source>
        <translation>{file}: слишком глубокая вложенность.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (line {line}: byte {byte}); save it as UTF-8.</source>
        <translation>{file} — не текст в UTF-8 (строка {line}: байт {byte}); сохраните его в UTF-8.</translation>
    </message>
    <message>
        <source>{file} is not a regular file.</source>
        <translation>{file} — не обычный файл.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}</source>
        <translation>{file} — некорректный TOML: {reason}</translation>
    </message>
    <message>
        <source>{file} is too large: more than {kib} KiB.</source>
        <translation>{file} слишком большой: больше {kib} КиБ.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{item} was removed on another PC.</source>
        <translation>{item}: удалено на другом компьютере.</translation>
    </message>
    <message>
        <source>{login} can sign in again.</source>
        <translation>{login} снова может войти.</translation>
    </message>
    <message>
        <source>{login} has a new PIN.</source>
        <translation>У {login} новый PIN-код.</translation>
    </message>
    <message>
        <source>{login} is signed in at window {number}: they sign out first.</source>
        <translation>{login} работает в окне {number}: сначала он должен выйти.</translation>
    </message>
    <message>
        <source>{login} is the centre&apos;s last administrator: make another one first.</source>
        <translation>{login} — последний администратор центра: сначала назначьте другого.</translation>
    </message>
    <message>
        <source>{login} signed in at window {window}.</source>
        <translation>{login}: вход выполнен, окно {window}.</translation>
    </message>
    <message>
        <source>{login} was not locked.</source>
        <translation>{login} не был заблокирован.</translation>
    </message>
    <message>
        <source>{low} min or more</source>
        <translation>{low} мин и более</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>{name} ({login}) is now the centre&apos;s administrator.</source>
        <translation>{name} ({login}) теперь администратор центра.</translation>
    </message>
    <message>
        <source>{name} is not signed in at window {window}.</source>
        <translation>{name} не вошёл(ла) в систему в окне {window}.</translation>
    </message>
    <message>
        <source>{name} is signed in at window {number}: they sign out first.</source>
        <translation>{name} работает в окне {number}: сначала он должен выйти.</translation>
    </message>
    <message>
        <source>{name} is signed in at window {window}; sign out there first.</source>
        <translation>{name} уже работает в окне {window}; сначала выйдите там из системы.</translation>
    </message>
    <message>
        <source>{name} may not do this: it needs the role {roles}.</source>
        <translation>{name} не может этого сделать: нужна роль {roles}.</translation>
    </message>
    <message>
        <source>{name} signed out of window {window}.</source>
        <translation>{name}: выход из окна {window} выполнен.</translation>
    </message>
    <message>
        <source>{number}, window {window}: {state}</source>
        <translation>{number}, окно {window}: {state}</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file for the seal.</source>
        <translation>{path} уже существует: выберите другой файл для печати дня.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file, or add --force to overwrite it.</source>
        <translation>{path} уже существует: выберите другой файл или добавьте --force, чтобы перезаписать его.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason}</source>
        <translation>{path} невозможно восстановить: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a UTF-8 text file.</source>
        <translation>{path} — не текстовый файл в UTF-8.</translation>
    </message>
    <message>
        <source>{path} is not a readable CSV file: {reason}</source>
        <translation>Не удаётся прочитать {path} как файл CSV: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a whole iCalendar file: {reason}</source>
        <translation>{path} — не полный файл iCalendar: {reason}</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it.</source>
        <translation>{path} — это сама база данных, а не её резервная копия.</translation>
    </message>
    <message>
        <source>{path}: the header row lacks the columns {columns}.</source>
        <translation>{path}: в строке заголовка нет столбцов {columns}.</translation>
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
        <translation>«{service}», {day} в {time}: теперь записей — {held}, мест — {places}; записи портала сохранены.</translation>
    </message>
    <message>
        <source>{service} has no slot at {time} on {day}: it is closed then, or a slot does not start then.</source>
        <translation>У «{service}» нет времени для записи на {day} в {time}: в это время закрыто или запись в это время не начинается.</translation>
    </message>
    <message>
        <source>{service}, {day} at {time}: {status}</source>
        <translation>{service}, {day} в {time}: {status}</translation>
    </message>
    <message>
        <source>{service}: {waiting} waiting, longest {minutes} min</source>
        <translation>{service}: ждут {waiting}, дольше всех {minutes} мин</translation>
    </message>
    <message>
        <source>{time}  full</source>
        <translation>{time}  мест нет</translation>
    </message>
    <message>
        <source>{time}  {code}  {status}  {name}</source>
        <translation>{time}  {code}  {status}  {name}</translation>
    </message>
    <message>
        <source>{time}  {left} of {capacity} free</source>
        <translation>{time}  свободно {left} из {capacity}</translation>
    </message>
    <message>
        <source>{tool} failed: {reason}</source>
        <translation>{tool} завершился с ошибкой: {reason}</translation>
    </message>
    <message>
        <source>{tool} was not found: install the PostgreSQL client tools and put them on PATH.</source>
        <translation>{tool} не найден: установите клиентские программы PostgreSQL и добавьте их в PATH.</translation>
    </message>
    <message>
        <source>{what} {key}: {field} {old} → {new}</source>
        <translation>{what} {key}: {field} {old} → {new}</translation>
    </message>
    <message>
        <source>“db init” prepares a PostgreSQL server&apos;s database; an SQLite file needs none: load the centre with “conq-desktop setup --from FILE”.</source>
        <translation>«db init» готовит базу на сервере PostgreSQL; файлу SQLite это не нужно: загрузите центр командой «conq-desktop setup --from FILE».</translation>
    </message>
    <message>
        <source>“languages” must list ky and ru, and may add en, each once: {text}</source>
        <translation>«languages» должен содержать ky и ru, можно добавить en, каждый по одному разу: {text}</translation>
    </message>
    <message>
        <source>“pin” must be 4–8 digits</source>
        <translation>поле «pin» должно содержать 4–8 цифр</translation>
    </message>
    <message>
        <source>“pin” must be in quotes, like pin = &quot;0123&quot;</source>
        <translation>поле «pin» нужно писать в кавычках, например pin = &quot;0123&quot;</translation>
    </message>
    <message>
        <source>“prefix” must be 1–4 capital letters of one alphabet, Cyrillic or Latin, not “{text}”</source>
        <translation>поле «prefix» должно состоять из 1–4 заглавных букв одного алфавита (кириллицы или латиницы), а не «{text}»</translation>
    </message>
    <message>
        <source>“weekdays” must look like mon-fri, not {text}</source>
        <translation>поле «weekdays» должно иметь вид mon-fri, а не {text}</translation>
    </message>
    <message>
        <source>“weekdays” names no day</source>
        <translation>в поле «weekdays» не указан ни один день</translation>
    </message>
    <message>
        <source>“{field}” is too long: at most {max} characters.</source>
        <translation>«{field}» слишком длинное: не более {max} символов.</translation>
    </message>
    <message>
        <source>“{key}” appears twice</source>
        <translation>«{key}» встречается дважды</translation>
    </message>
    <message>
        <source>“{key}” is empty</source>
        <translation>поле «{key}» пустое</translation>
    </message>
    <message>
        <source>“{key}” is longer than {limit} characters</source>
        <translation>поле «{key}» длиннее {limit} символов</translation>
    </message>
    <message>
        <source>“{key}” is missing</source>
        <translation>не указано поле «{key}»</translation>
    </message>
    <message>
        <source>“{key}” must be 1–{limit} letters, digits, “_” or “-”, starting with a letter or digit, not “{text}”</source>
        <translation>поле «{key}» должно состоять из 1–{limit} букв, цифр, «_» или «-» и начинаться с буквы или цифры, а не «{text}»</translation>
    </message>
    <message>
        <source>“{key}” must be a whole number from {low} to {high}</source>
        <translation>поле «{key}» должно быть целым числом от {low} до {high}</translation>
    </message>
    <message>
        <source>“{key}” must be ky, ru or en, not “{value}”</source>
        <translation>поле «{key}» должно быть ky, ru или en, а не «{value}»</translation>
    </message>
    <message>
        <source>“{key}” must be more than 0 and at most {high}</source>
        <translation>поле «{key}» должно быть больше 0 и не больше {high}</translation>
    </message>
    <message>
        <source>“{key}” must be one line without control characters</source>
        <translation>поле «{key}» должно быть одной строкой без управляющих символов</translation>
    </message>
    <message>
        <source>“{key}” must be {kind}</source>
        <translation>поле «{key}» должно быть {kind}</translation>
    </message>
    <message>
        <source>“{key}” must end after they start: {text}</source>
        <translation>«{key}» должны заканчиваться позже, чем начинаются: {text}</translation>
    </message>
    <message>
        <source>“{key}” must look like 08:30-17:30, not {text}</source>
        <translation>«{key}» должно выглядеть как 08:30-17:30, а не {text}</translation>
    </message>
    <message>
        <source>“{key}” must look like 09:00-18:00 or 09:00-13:00, 14:00-18:00, not {text}</source>
        <translation>«{key}» должно выглядеть как 09:00-18:00 или 09:00-13:00, 14:00-18:00, а не {text}</translation>
    </message>
    <message>
        <source>“{key}” needs a “{lang}” text</source>
        <translation>для поля «{key}» нужен текст «{lang}»</translation>
    </message>
    <message>
        <source>“{key}”: the lunch break {lunch} must lie within the hours {hours}</source>
        <translation>«{key}»: обеденный перерыв {lunch} должен быть внутри часов работы {hours}</translation>
    </message>
    <message>
        <source>“{name}” is not a Telegram bot&apos;s user name: it has 5 to 32 Latin letters, digits or underscores and ends in “bot”.</source>
        <translation>«{name}» — не имя пользователя Telegram-бота: оно состоит из 5–32 латинских букв, цифр или подчёркиваний и оканчивается на «bot».</translation>
    </message>
    <message>
        <source>“{number}” could be any of the tickets {numbers}: their letters look the same.</source>
        <translation>«{number}» может быть любым из талонов {numbers}: их буквы выглядят одинаково.</translation>
    </message>
    <message>
        <source>“{seal}” is not a seal of this program: it reads conq-seal:1:CENTRE:SEQ:HASH (as “audit seal” prints it).</source>
        <translation>«{seal}» — не печать этой программы: печать имеет вид conq-seal:1:CENTRE:SEQ:HASH (так её выводит «audit seal»).</translation>
    </message>
    <message>
        <source>“{value}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>«{value}» — не дата (YYYY-MM-DD или DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>“{value}” is not a time (HH:MM).</source>
        <translation>«{value}» — не время (HH:MM).</translation>
    </message>
    <message>
        <source>… and perhaps more: the check stopped after {count} mistakes.</source>
        <translation>… и, возможно, ещё: проверка остановилась после {count} ошибок.</translation>
    </message>
</context>
</TS>

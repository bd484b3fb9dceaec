<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>conq</name>
    <message>
        <source>(called with Next)</source>
        <translation>(called with Next)</translation>
    </message>
    <message>
        <source>--from {start} is after --to {end}.</source>
        <translation>--from {start} is after --to {end}.</translation>
    </message>
    <message>
        <source>--reset-pin names {login}, who is not in the centre file.</source>
        <translation>--reset-pin names {login}, who is not in the centre file.</translation>
    </message>
    <message>
        <source>--windows must look like 9-13=4,13-18=3 (hours from-to = windows), not {text}.</source>
        <translation>--windows must look like 9-13=4,13-18=3 (hours from-to = windows), not {text}.</translation>
    </message>
    <message>
        <source>/status: your place now; /stop: no more messages; /ky, /ru: the language.</source>
        <translation>/status: your place now; /stop: no more messages; /ky, /ru: the language.</translation>
    </message>
    <message>
        <source>90 % waited less than, minutes</source>
        <translation>90 % waited less than, minutes</translation>
    </message>
    <message>
        <source>A PIN is 4–8 digits.</source>
        <translation>A PIN is 4–8 digits.</translation>
    </message>
    <message>
        <source>A booked visitor goes ahead of walk-ins at most every N-th call of a window.</source>
        <translation>A booked visitor goes ahead of walk-ins at most every N-th call of a window.</translation>
    </message>
    <message>
        <source>A daily report is one day: give --day DAY only.</source>
        <translation>A daily report is one day: give --day DAY only.</translation>
    </message>
    <message>
        <source>A line on the hall display, in Kyrgyz and Russian: how many of today&apos;s calls were in order, and how many out of order with a recorded reason.</source>
        <translation>A line on the hall display, in Kyrgyz and Russian: how many of today&apos;s calls were in order, and how many out of order with a recorded reason.</translation>
    </message>
    <message>
        <source>A new PIN for {login}</source>
        <translation>A new PIN for {login}</translation>
    </message>
    <message>
        <source>A new member of staff needs a PIN.</source>
        <translation>A new member of staff needs a PIN.</translation>
    </message>
    <message>
        <source>A portal&apos;s name is 1–40 letters, digits, “-” or “_”: “{portal}” is not.</source>
        <translation>A portal&apos;s name is 1–40 letters, digits, “-” or “_”: “{portal}” is not.</translation>
    </message>
    <message>
        <source>A priority ticket is issued by a receptionist, a supervisor or an administrator: add --operator LOGIN and their PIN.</source>
        <translation>A priority ticket is issued by a receptionist, a supervisor or an administrator: add --operator LOGIN and their PIN.</translation>
    </message>
    <message>
        <source>A program file is missing: {name}</source>
        <translation>A program file is missing: {name}</translation>
    </message>
    <message>
        <source>A token is saved; it is never shown. Leave the field empty to keep it.</source>
        <translation>A token is saved; it is never shown. Leave the field empty to keep it.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <source>All of today&apos;s tickets have been given out</source>
        <translation>All of today&apos;s tickets have been given out</translation>
    </message>
    <message>
        <source>Apply these changes? [y/N] </source>
        <translation>Apply these changes? [y/N] </translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Arrivals and waits by hour: {centre}</source>
        <translation>Arrivals and waits by hour: {centre}</translation>
    </message>
    <message>
        <source>Arrivals per hour</source>
        <translation>Arrivals per hour</translation>
    </message>
    <message>
        <source>Arrivals per hour on an average day</source>
        <translation>Arrivals per hour on an average day</translation>
    </message>
    <message>
        <source>Arrivals/h</source>
        <translation>Arrivals/h</translation>
    </message>
    <message>
        <source>As BotFather gave it, e.g. kezek_bishkek_bot. Empty: tickets carry no QR code and no messages are sent.</source>
        <translation>As BotFather gave it, e.g. kezek_bishkek_bot. Empty: tickets carry no QR code and no messages are sent.</translation>
    </message>
    <message>
        <source>At most {windows} windows at once.</source>
        <translation>At most {windows} windows at once.</translation>
    </message>
    <message>
        <source>At the window</source>
        <translation>At the window</translation>
    </message>
    <message>
        <source>Attempt {number} found no answer. Trying again in {seconds} s.</source>
        <translation>Attempt {number} found no answer. Trying again in {seconds} s.</translation>
    </message>
    <message>
        <source>Attempt {number}: trying to reach the database…</source>
        <translation>Attempt {number}: trying to reach the database…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Being called</source>
        <translation>Being called</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>Being served</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Booked for {time}</source>
        <translation>Booked for {time}</translation>
    </message>
    <message>
        <source>Booked visitors ahead of walk-ins, every N-th call</source>
        <translation>Booked visitors ahead of walk-ins, every N-th call</translation>
    </message>
    <message>
        <source>Booked visitors called ahead of walk-ins (in order: at most every {every}-th call of a window)</source>
        <translation>Booked visitors called ahead of walk-ins (in order: at most every {every}-th call of a window)</translation>
    </message>
    <message>
        <source>Booked {code}: {service}, {day} at {time}.</source>
        <translation>Booked {code}: {service}, {day} at {time}.</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>Booking {code} cancelled ({service}, {day} at {time}).</source>
        <translation>Booking {code} cancelled ({service}, {day} at {time}).</translation>
    </message>
    <message>
        <source>Booking {code} moved to {day} at {time} ({service}).</source>
        <translation>Booking {code} moved to {day} at {time} ({service}).</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Bookings are taken up to {days} days ahead: {day} is too far.</source>
        <translation>Bookings are taken up to {days} days ahead: {day} is too far.</translation>
    </message>
    <message>
        <source>Bookings of the day</source>
        <translation>Bookings of the day</translation>
    </message>
    <message>
        <source>Bookings of {service} on {day}: {count}.</source>
        <translation>Bookings of {service} on {day}: {count}.</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot token</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>By hour and weekday</source>
        <translation>By hour and weekday</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Call a ticket out of order</source>
        <translation>Call a ticket out of order</translation>
    </message>
    <message>
        <source>Call a ticket to window {window} out of order</source>
        <translation>Call a ticket to window {window} out of order</translation>
    </message>
    <message>
        <source>Call by number</source>
        <translation>Call by number</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Called again {count} of {limit} times</source>
        <translation>Called again {count} of {limit} times</translation>
    </message>
    <message>
        <source>Called within the target wait</source>
        <translation>Called within the target wait</translation>
    </message>
    <message>
        <source>Called, waiting for the visitor</source>
        <translation>Called, waiting for the visitor</translation>
    </message>
    <message>
        <source>Called; the service time counts from the call</source>
        <translation>Called; the service time counts from the call</translation>
    </message>
    <message>
        <source>Calling a ticket out of order needs a reason.</source>
        <translation>Calling a ticket out of order needs a reason.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Calls out of order</source>
        <translation>Calls out of order</translation>
    </message>
    <message>
        <source>Calls per operator</source>
        <translation>Calls per operator</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Cancel the booking</translation>
    </message>
    <message>
        <source>Cancel the booking {code} ({service}, {day} at {time})?</source>
        <translation>Cancel the booking {code} ({service}, {day} at {time})?</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Cancelled by hand</source>
        <translation>Cancelled by hand</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}</source>
        <translation>Cannot create the data folder {folder}: {reason}</translation>
    </message>
    <message>
        <source>Cannot create the database file {path}: {reason}</source>
        <translation>Cannot create the database file {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>Cannot create the folder {folder}: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Cannot open the database {url}: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at {host}:{port} (database “{database}”): {reason}. Check that the server runs, that it listens on the network (listen_addresses), that pg_hba.conf lets this PC in, that the firewall lets port {port} through, and the user and password (docs/install.md, section 7).</source>
        <translation>Cannot reach the PostgreSQL server at {host}:{port} (database “{database}”): {reason}. Check that the server runs, that it listens on the network (listen_addresses), that pg_hba.conf lets this PC in, that the firewall lets port {port} through, and the user and password (docs/install.md, section 7).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write to the printer {printer}: {reason}</source>
        <translation>Cannot write to the printer {printer}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Centre file</source>
        <translation>Centre file</translation>
    </message>
    <message>
        <source>Centre files</source>
        <translation>Centre files</translation>
    </message>
    <message>
        <source>Centre name (English)</source>
        <translation>Centre name (English)</translation>
    </message>
    <message>
        <source>Centre name (Kyrgyz)</source>
        <translation>Centre name (Kyrgyz)</translation>
    </message>
    <message>
        <source>Centre name (Russian)</source>
        <translation>Centre name (Russian)</translation>
    </message>
    <message>
        <source>Centre written to {path} (without PINs).</source>
        <translation>Centre written to {path} (without PINs).</translation>
    </message>
    <message>
        <source>Check the printer, then reprint the ticket.</source>
        <translation>Check the printer, then reprint the ticket.</translation>
    </message>
    <message>
        <source>Check-in from, minutes before the slot</source>
        <translation>Check-in from, minutes before the slot</translation>
    </message>
    <message>
        <source>Check-in until, minutes after the slot</source>
        <translation>Check-in until, minutes after the slot</translation>
    </message>
    <message>
        <source>Choose a free slot first.</source>
        <translation>Choose a free slot first.</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <source>Choose what to open on this computer.</source>
        <translation>Choose what to open on this computer.</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <source>Close the day {day}? Its counts are written to the history, and its seal is printed and saved as a PDF for the head of centre to sign.</source>
        <translation>Close the day {day}? Its counts are written to the history, and its seal is printed and saved as a PDF for the head of centre to sign.</translation>
    </message>
    <message>
        <source>Close the day…</source>
        <translation>Close the day…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>Closed now; open {hours}</source>
        <translation>Closed now; open {hours}</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Closing at 00:00 means open until midnight.</source>
        <translation>Closing at 00:00 means open until midnight.</translation>
    </message>
    <message>
        <source>Closing of the day {day}</source>
        <translation>Closing of the day {day}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Come to the kiosk between {opens} and {closes} and enter or scan this code.</source>
        <translation>Come to the kiosk between {opens} and {closes} and enter or scan this code.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Compact view</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Computing the report…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Counted from the booking&apos;s day; the erasing is done when a day is closed.</source>
        <translation>Counted from the booking&apos;s day; the erasing is done when a day is closed.</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation>Creating the administrator…</translation>
    </message>
    <message>
        <source>Current call: none yet</source>
        <translation>Current call: none yet</translation>
    </message>
    <message>
        <source>Current call: {number}, window {window}</source>
        <translation>Current call: {number}, window {window}</translation>
    </message>
    <message>
        <source>Current language</source>
        <translation>Current language</translation>
    </message>
    <message>
        <source>Current ticket</source>
        <translation>Current ticket</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Daily report: {centre}</source>
        <translation>Daily report: {centre}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Database error: {reason}</source>
        <translation>Database error: {reason}</translation>
    </message>
    <message>
        <source>Database {url} is at schema {revision}.</source>
        <translation>Database {url} is at schema {revision}.</translation>
    </message>
    <message>
        <source>Database {url} is ready at schema {revision}.</source>
        <translation>Database {url} is ready at schema {revision}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Day {day} (time zone {timezone})</source>
        <translation>Day {day} (time zone {timezone})</translation>
    </message>
    <message>
        <source>Day {day} closed: seal of event {seq}. PDF: {path}</source>
        <translation>Day {day} closed: seal of event {seq}. PDF: {path}</translation>
    </message>
    <message>
        <source>Day {day} closed: seal of event {seq}. The PDF was NOT saved: {reason}</source>
        <translation>Day {day} closed: seal of event {seq}. The PDF was NOT saved: {reason}</translation>
    </message>
    <message>
        <source>Day {day} closed: {issued} tickets issued, {served} served, {no_shows} no-shows, {out_of_order} calls out of order ({with_reason} with a reason).</source>
        <translation>Day {day} closed: {issued} tickets issued, {served} served, {no_shows} no-shows, {out_of_order} calls out of order ({with_reason} with a reason).</translation>
    </message>
    <message>
        <source>Days ahead one may book</source>
        <translation>Days ahead one may book</translation>
    </message>
    <message>
        <source>Days with tickets</source>
        <translation>Days with tickets</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Delete the last character</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>Demo centre: the PIN is {pin}</source>
        <translation>Demo centre: the PIN is {pin}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Enter the administrator PIN to close the kiosk.</source>
        <translation>Enter the administrator PIN to close the kiosk.</translation>
    </message>
    <message>
        <source>Enter your login and PIN.</source>
        <translation>Enter your login and PIN.</translation>
    </message>
    <message>
        <source>Erase visitors&apos; names and phones after, days</source>
        <translation>Erase visitors&apos; names and phones after, days</translation>
    </message>
    <message>
        <source>Events of {days}: {count} (events {first} to {last}).</source>
        <translation>Events of {days}: {count} (events {first} to {last}).</translation>
    </message>
    <message>
        <source>Expected wait, min</source>
        <translation>Expected wait, min</translation>
    </message>
    <message>
        <source>Expected wait: about {minutes} min</source>
        <translation>Expected wait: about {minutes} min</translation>
    </message>
    <message>
        <source>Expected wait: about {minutes} min.</source>
        <translation>Expected wait: about {minutes} min.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Fairness report written to {path}: {count} calls out of order.</source>
        <translation>Fairness report written to {path}: {count} calls out of order.</translation>
    </message>
    <message>
        <source>Fairness report: {centre}</source>
        <translation>Fairness report: {centre}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Find bookings</source>
        <translation>Find bookings</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>First called</source>
        <translation>First called</translation>
    </message>
    <message>
        <source>Follow your turn on your phone</source>
        <translation>Follow your turn on your phone</translation>
    </message>
    <message>
        <source>Following the turn in Telegram</source>
        <translation>Following the turn in Telegram</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>For example: came back with documents</source>
        <translation>For example: came back with documents</translation>
    </message>
    <message>
        <source>Found {code}.</source>
        <translation>Found {code}.</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Free slots</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>From now on I write in this language.</source>
        <translation>From now on I write in this language.</translation>
    </message>
    <message>
        <source>From the history of {first} – {last}.</source>
        <translation>From the history of {first} – {last}.</translation>
    </message>
    <message>
        <source>From {first} to {last} (time zone {timezone})</source>
        <translation>From {first} to {last} (time zone {timezone})</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Full view</source>
        <translation>Full view</translation>
    </message>
    <message>
        <source>Gives out tickets</source>
        <translation>Gives out tickets</translation>
    </message>
    <message>
        <source>Half waited less than, minutes</source>
        <translation>Half waited less than, minutes</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>Hall display text (Kyrgyz)</source>
        <translation>Hall display text (Kyrgyz)</translation>
    </message>
    <message>
        <source>Hall display text (Russian)</source>
        <translation>Hall display text (Russian)</translation>
    </message>
    <message>
        <source>Hash of the history (SHA-256)</source>
        <translation>Hash of the history (SHA-256)</translation>
    </message>
    <message>
        <source>Head of centre (name, signature)</source>
        <translation>Head of centre (name, signature)</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <source>Holidays (the whole centre is closed)</source>
        <translation>Holidays (the whole centre is closed)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>I have a booking</translation>
    </message>
    <message>
        <source>I will write when {limit} people are ahead of you and when you are called. /status: your place now; /stop: no more messages; /ky, /ru: the language.</source>
        <translation>I will write when {limit} people are ahead of you and when you are called. /status: your place now; /stop: no more messages; /ky, /ru: the language.</translation>
    </message>
    <message>
        <source>Imported from {path}: {added} new, {moved} moved, {cancelled} cancelled, {unchanged} unchanged.</source>
        <translation>Imported from {path}: {added} new, {moved} moved, {cancelled} cancelled, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>In the queue</source>
        <translation>In the queue</translation>
    </message>
    <message>
        <source>In the queue: {count}</source>
        <translation>In the queue: {count}</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Issuing resumed: {service}</source>
        <translation>Issuing resumed: {service}</translation>
    </message>
    <message>
        <source>Issuing stopped: {service}</source>
        <translation>Issuing stopped: {service}</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>Keep the booking</translation>
    </message>
    <message>
        <source>Kiosk languages</source>
        <translation>Kiosk languages</translation>
    </message>
    <message>
        <source>Last digits of an ID (optional)</source>
        <translation>Last digits of an ID (optional)</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Last event</translation>
    </message>
    <message>
        <source>Last event checked: {seq}, hash {hash}.</source>
        <translation>Last event checked: {seq}, hash {hash}.</translation>
    </message>
    <message>
        <source>Last ticket: {number}</source>
        <translation>Last ticket: {number}</translation>
    </message>
    <message>
        <source>Left waiting when the day ended</source>
        <translation>Left waiting when the day ended</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Load a centre file first (conq-desktop setup --from FILE).</source>
        <translation>Load a centre file first (conq-desktop setup --from FILE).</translation>
    </message>
    <message>
        <source>Load a centre file…</source>
        <translation>Load a centre file…</translation>
    </message>
    <message>
        <source>Load {path}?</source>
        <translation>Load {path}?</translation>
    </message>
    <message>
        <source>Loaded {services} services, {windows} windows and {operators} operators.</source>
        <translation>Loaded {services} services, {windows} windows and {operators} operators.</translation>
    </message>
    <message>
        <source>Loading a centre file over this centre needs an administrator: give --admin LOGIN and their PIN.</source>
        <translation>Loading a centre file over this centre needs an administrator: give --admin LOGIN and their PIN.</translation>
    </message>
    <message>
        <source>Loading this file would change nothing.</source>
        <translation>Loading this file would change nothing.</translation>
    </message>
    <message>
        <source>Loading this file would change, for every PC of the centre:</source>
        <translation>Loading this file would change, for every PC of the centre:</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Loading {name}…</translation>
    </message>
    <message>
        <source>Locked until {time} after too many wrong PINs.</source>
        <translation>Locked until {time} after too many wrong PINs.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Longest wait, min</source>
        <translation>Longest wait, min</translation>
    </message>
    <message>
        <source>Longest wait, minutes</source>
        <translation>Longest wait, minutes</translation>
    </message>
    <message>
        <source>Longest waits (issue to first call)</source>
        <translation>Longest waits (issue to first call)</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Lunch break; open again at {time}</source>
        <translation>Lunch break; open again at {time}</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <source>Mean service time, minutes</source>
        <translation>Mean service time, minutes</translation>
    </message>
    <message>
        <source>Mean service, min</source>
        <translation>Mean service, min</translation>
    </message>
    <message>
        <source>Mean wait by hour of arrival, minutes</source>
        <translation>Mean wait by hour of arrival, minutes</translation>
    </message>
    <message>
        <source>Mean wait, min</source>
        <translation>Mean wait, min</translation>
    </message>
    <message>
        <source>Mean wait, minutes</source>
        <translation>Mean wait, minutes</translation>
    </message>
    <message>
        <source>Message when this many people are ahead</source>
        <translation>Message when this many people are ahead</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Minutes per visitor</source>
        <translation>Minutes per visitor</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Move and remove</source>
        <translation>Move and remove</translation>
    </message>
    <message>
        <source>Move them to</source>
        <translation>Move them to</translation>
    </message>
    <message>
        <source>Move to the chosen slot</source>
        <translation>Move to the chosen slot</translation>
    </message>
    <message>
        <source>Move waiting to…</source>
        <translation>Move waiting to…</translation>
    </message>
    <message>
        <source>Moved {count} waiting tickets.</source>
        <translation>Moved {count} waiting tickets.</translation>
    </message>
    <message>
        <source>NOT printed: {reason}</source>
        <translation>NOT printed: {reason}</translation>
    </message>
    <message>
        <source>NOT printed; the ticket is valid. Reprint it: ticket reprint {number} --operator LOGIN</source>
        <translation>NOT printed; the ticket is valid. Reprint it: ticket reprint {number} --operator LOGIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation>Name (Kyrgyz)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Name (Russian)</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next, load the centre once: conq-desktop setup --from FILE (any one PC).</source>
        <translation>Next, load the centre once: conq-desktop setup --from FILE (any one PC).</translation>
    </message>
    <message>
        <source>No PIN was typed: type it when asked, or give it with {option} or in {variable}.</source>
        <translation>No PIN was typed: type it when asked, or give it with {option} or in {variable}.</translation>
    </message>
    <message>
        <source>No Telegram bot name is set (telegram_bot): tickets carry no link to follow. Set it in the administration window; see docs/phone.md.</source>
        <translation>No Telegram bot name is set (telegram_bot): tickets carry no link to follow. Set it in the administration window; see docs/phone.md.</translation>
    </message>
    <message>
        <source>No Telegram bot token is set: the notifier has nothing to send with. Set the centre&apos;s telegram_token (administration window) or CONQ_TELEGRAM_TOKEN; see docs/phone.md.</source>
        <translation>No Telegram bot token is set: the notifier has nothing to send with. Set the centre&apos;s telegram_token (administration window) or CONQ_TELEGRAM_TOKEN; see docs/phone.md.</translation>
    </message>
    <message>
        <source>No USB printer {printer} is connected to this PC. Check that the printer is on, its cable plugged in and its VID:PID right (on Linux, lsusb lists the connected devices).</source>
        <translation>No USB printer {printer} is connected to this PC. Check that the printer is on, its cable plugged in and its VID:PID right (on Linux, lsusb lists the connected devices).</translation>
    </message>
    <message>
        <source>No booking chosen: book one, find one by its code or pick one from a list.</source>
        <translation>No booking chosen: book one, find one by its code or pick one from a list.</translation>
    </message>
    <message>
        <source>No booking has the code {code}.</source>
        <translation>No booking has the code {code}.</translation>
    </message>
    <message>
        <source>No bookings of {service} on {day}.</source>
        <translation>No bookings of {service} on {day}.</translation>
    </message>
    <message>
        <source>No bookings on {day}.</source>
        <translation>No bookings on {day}.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>No connection</translation>
    </message>
    <message>
        <source>No connection to the database. Trying again…</source>
        <translation>No connection to the database. Trying again…</translation>
    </message>
    <message>
        <source>No current ticket</source>
        <translation>No current ticket</translation>
    </message>
    <message>
        <source>No more messages about your ticket. Scan its QR code again to follow it.</source>
        <translation>No more messages about your ticket. Scan its QR code again to follow it.</translation>
    </message>
    <message>
        <source>No printer is set up: save the slip as a PDF instead.</source>
        <translation>No printer is set up: save the slip as a PDF instead.</translation>
    </message>
    <message>
        <source>No printer is set up: the seal is on paper only as the PDF.</source>
        <translation>No printer is set up: the seal is on paper only as the PDF.</translation>
    </message>
    <message>
        <source>No printer is set up; the ticket is shown on screen only.</source>
        <translation>No printer is set up; the ticket is shown on screen only.</translation>
    </message>
    <message>
        <source>No slots to book for {service} on {day}.</source>
        <translation>No slots to book for {service} on {day}.</translation>
    </message>
    <message>
        <source>No slots to book on this day.</source>
        <translation>No slots to book on this day.</translation>
    </message>
    <message>
        <source>No ticket has this code. Please scan the QR code on your ticket again.</source>
        <translation>No ticket has this code. Please scan the QR code on your ticket again.</translation>
    </message>
    <message>
        <source>No tickets were issued from {first} to {last}: there is nothing to report.</source>
        <translation>No tickets were issued from {first} to {last}: there is nothing to report.</translation>
    </message>
    <message>
        <source>No tickets were issued in this period.</source>
        <translation>No tickets were issued in this period.</translation>
    </message>
    <message>
        <source>No token is saved: without one no messages are sent.</source>
        <translation>No token is saved: without one no messages are sent.</translation>
    </message>
    <message>
        <source>No visitors on {weekday} from {first} to {last}: no history to plan from.</source>
        <translation>No visitors on {weekday} from {first} to {last}: no history to plan from.</translation>
    </message>
    <message>
        <source>No window is serving this service right now; you will be called when one opens.</source>
        <translation>No window is serving this service right now; you will be called when one opens.</translation>
    </message>
    <message>
        <source>No window serves this service at the moment, so the wait cannot be told yet.</source>
        <translation>No window serves this service at the moment, so the wait cannot be told yet.</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>No-show rate (of those called)</source>
        <translation>No-show rate (of those called)</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Nobody is ahead of you.</source>
        <translation>Nobody is ahead of you.</translation>
    </message>
    <message>
        <source>Nobody is signed in at window {window}; sign in there first.</source>
        <translation>Nobody is signed in at window {window}; sign in there first.</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <source>Nobody is waiting for window {window}.</source>
        <translation>Nobody is waiting for window {window}.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Not offered at the moment</source>
        <translation>Not offered at the moment</translation>
    </message>
    <message>
        <source>Not printed (--no-print).</source>
        <translation>Not printed (--no-print).</translation>
    </message>
    <message>
        <source>Nothing happened in this period: no ticket was issued or called.</source>
        <translation>Nothing happened in this period: no ticket was issued or called.</translation>
    </message>
    <message>
        <source>Nothing happened on {day}: there is no event to close the day with.</source>
        <translation>Nothing happened on {day}: there is no event to close the day with.</translation>
    </message>
    <message>
        <source>Nothing to do: give --pdf FILE, or leave out --no-print.</source>
        <translation>Nothing to do: give --pdf FILE, or leave out --no-print.</translation>
    </message>
    <message>
        <source>Nothing to save: the settings are as they were.</source>
        <translation>Nothing to save: the settings are as they were.</translation>
    </message>
    <message>
        <source>Nothing to save: {item} is as it was.</source>
        <translation>Nothing to save: {item} is as it was.</translation>
    </message>
    <message>
        <source>Nothing was changed (dry run). Loading the file would:</source>
        <translation>Nothing was changed (dry run). Loading the file would:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows of {path} cannot be imported.</source>
        <translation>Nothing was imported: {count} rows of {path} cannot be imported.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>On a break</translation>
    </message>
    <message>
        <source>Only a database file or a PostgreSQL server can be backed up, not {url}.</source>
        <translation>Only a database file or a PostgreSQL server can be backed up, not {url}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <source>Open until {closes}</source>
        <translation>Open until {closes}</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Opening the Bookings window…</source>
        <translation>Opening the Bookings window…</translation>
    </message>
    <message>
        <source>Opening the Reports window…</source>
        <translation>Opening the Reports window…</translation>
    </message>
    <message>
        <source>Opening the administration window…</source>
        <translation>Opening the administration window…</translation>
    </message>
    <message>
        <source>Opening the hall display…</source>
        <translation>Opening the hall display…</translation>
    </message>
    <message>
        <source>Opening the operator panel of window {number}…</source>
        <translation>Opening the operator panel of window {number}…</translation>
    </message>
    <message>
        <source>Opening the reception desk…</source>
        <translation>Opening the reception desk…</translation>
    </message>
    <message>
        <source>Opening the supervisor view…</source>
        <translation>Opening the supervisor view…</translation>
    </message>
    <message>
        <source>Opening the ticket kiosk…</source>
        <translation>Opening the ticket kiosk…</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>Operator panel</translation>
    </message>
    <message>
        <source>Operator {login} is new to this centre: the file must give their “pin”.</source>
        <translation>Operator {login} is new to this centre: the file must give their “pin”.</translation>
    </message>
    <message>
        <source>Operators and windows</source>
        <translation>Operators and windows</translation>
    </message>
    <message>
        <source>Operators and windows: {centre}</source>
        <translation>Operators and windows: {centre}</translation>
    </message>
    <message>
        <source>Operators press Next, then Finish; the service time counts from the call. Off: Next, Start, Finish.</source>
        <translation>Operators press Next, then Finish; the service time counts from the call. Off: Next, Start, Finish.</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Out of order</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN (4–8 digits)</source>
        <translation>PIN (4–8 digits)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>PIN lock, minutes</source>
        <translation>PIN lock, minutes</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <source>Paper width must be 58 or 80 mm, not {value}.</source>
        <translation>Paper width must be 58 or 80 mm, not {value}.</translation>
    </message>
    <message>
        <source>People ahead of you: {ahead}.</source>
        <translation>People ahead of you: {ahead}.</translation>
    </message>
    <message>
        <source>People ahead: {count}</source>
        <translation>People ahead: {count}</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>Per operator</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Per service</translation>
    </message>
    <message>
        <source>Per window</source>
        <translation>Per window</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Period report: {centre}</source>
        <translation>Period report: {centre}</translation>
    </message>
    <message>
        <source>Personal data erased from {erased} bookings of days before {before}; {expired} bookings nobody checked in marked expired.</source>
        <translation>Personal data erased from {erased} bookings of days before {before}; {expired} bookings nobody checked in marked expired.</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>Places in a slot</source>
        <translation>Places in a slot</translation>
    </message>
    <message>
        <source>Places kept for walk-ins, %</source>
        <translation>Places kept for walk-ins, %</translation>
    </message>
    <message>
        <source>Plan shown.</source>
        <translation>Plan shown.</translation>
    </message>
    <message>
        <source>Please go to window</source>
        <translation>Please go to window</translation>
    </message>
    <message>
        <source>Please keep your ticket until you are served.</source>
        <translation>Please keep your ticket until you are served.</translation>
    </message>
    <message>
        <source>Please remember your number.</source>
        <translation>Please remember your number.</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Please take your ticket.</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <source>Postponements</source>
        <translation>Postponements</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Press Next to call the next visitor.</source>
        <translation>Press Next to call the next visitor.</translation>
    </message>
    <message>
        <source>Press Resume to take visitors again.</source>
        <translation>Press Resume to take visitors again.</translation>
    </message>
    <message>
        <source>Print mode must be image or text, not {value}.</source>
        <translation>Print mode must be image or text, not {value}.</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <source>Print test</source>
        <translation>Print test</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>Printed on {printer}.</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Printer address</translation>
    </message>
    <message>
        <source>Printing a test ticket…</source>
        <translation>Printing a test ticket…</translation>
    </message>
    <message>
        <source>Printing to {printer} needs an extra package: pip install conq-desktop[{extra}]</source>
        <translation>Printing to {printer} needs an extra package: pip install conq-desktop[{extra}]</translation>
    </message>
    <message>
        <source>Printing to {printer} needs the libusb library, which neither this program nor this PC has. Install libusb (Debian/Ubuntu: apt-get install libusb-1.0-0), or use a network printer (tcp://HOST:9100).</source>
        <translation>Printing to {printer} needs the libusb library, which neither this program nor this PC has. Install libusb (Debian/Ubuntu: apt-get install libusb-1.0-0), or use a network printer (tcp://HOST:9100).</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Priority ticket</source>
        <translation>Priority ticket</translation>
    </message>
    <message>
        <source>Priority: veterans, people with disabilities, pregnant women, parents with infants</source>
        <translation>Priority: veterans, people with disabilities, pregnant women, parents with infants</translation>
    </message>
    <message>
        <source>Queue on {day}, {time}</source>
        <translation>Queue on {day}, {time}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Reading the history and simulating the day…</source>
        <translation>Reading the history and simulating the day…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Recalls</translation>
    </message>
    <message>
        <source>Recalls of one ticket</source>
        <translation>Recalls of one ticket</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>Reception desk</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirect</translation>
    </message>
    <message>
        <source>Redirect ticket {number}</source>
        <translation>Redirect ticket {number}</translation>
    </message>
    <message>
        <source>Redirected from “{service}”</source>
        <translation>Redirected from “{service}”</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Redirects</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the saved token</source>
        <translation>Remove the saved token</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>Remove {item}</translation>
    </message>
    <message>
        <source>Remove {item}? It is taken off the kiosks, the windows and the displays; its history stays in the reports.</source>
        <translation>Remove {item}? It is taken off the kiosks, the windows and the displays; its history stays in the reports.</translation>
    </message>
    <message>
        <source>Removed: {item}.</source>
        <translation>Removed: {item}.</translation>
    </message>
    <message>
        <source>Removed: {item}. {count} waiting tickets moved to {target}.</source>
        <translation>Removed: {item}. {count} waiting tickets moved to {target}.</translation>
    </message>
    <message>
        <source>Replace the database {database} with {path} (schema {revision})? The current database is copied aside first. [y/N] </source>
        <translation>Replace the database {database} with {path} (schema {revision})? The current database is copied aside first. [y/N] </translation>
    </message>
    <message>
        <source>Replacing a centre asks to confirm: add --yes to confirm it.</source>
        <translation>Replacing a centre asks to confirm: add --yes to confirm it.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Report shown.</source>
        <translation>Report shown.</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Report written to {path}.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Reprint last ticket</source>
        <translation>Reprint last ticket</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Reset PIN…</translation>
    </message>
    <message>
        <source>Restoring a backup asks to confirm: add --yes to confirm it.</source>
        <translation>Restoring a backup asks to confirm: add --yes to confirm it.</translation>
    </message>
    <message>
        <source>Restoring {path} failed: {reason}</source>
        <translation>Restoring {path} failed: {reason}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Resume issuing</source>
        <translation>Resume issuing</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Rounded up in the walk-ins&apos; favour: with 2 places and 10 %, one is kept.</source>
        <translation>Rounded up in the walk-ins&apos; favour: with 2 places and 10 %, one is kept.</translation>
    </message>
    <message>
        <source>Sample centre file</source>
        <translation>Sample centre file</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Save holidays</source>
        <translation>Save holidays</translation>
    </message>
    <message>
        <source>Save printer</source>
        <translation>Save printer</translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation>Save the slip as PDF</translation>
    </message>
    <message>
        <source>Saved in this PC&apos;s settings file: {path}</source>
        <translation>Saved in this PC&apos;s settings file: {path}</translation>
    </message>
    <message>
        <source>Saved: {item}.</source>
        <translation>Saved: {item}.</translation>
    </message>
    <message>
        <source>Scan the QR code on your ticket to follow your turn here.</source>
        <translation>Scan the QR code on your ticket to follow your turn here.</translation>
    </message>
    <message>
        <source>Scan to follow your turn in Telegram</source>
        <translation>Scan to follow your turn in Telegram</translation>
    </message>
    <message>
        <source>Seal (event {seq}): {payload}</source>
        <translation>Seal (event {seq}): {payload}</translation>
    </message>
    <message>
        <source>Seal written to {path}.</source>
        <translation>Seal written to {path}.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send everyone waiting for “{service}” to:</source>
        <translation>Send everyone waiting for “{service}” to:</translation>
    </message>
    <message>
        <source>Send ticket {number} to which service?</source>
        <translation>Send ticket {number} to which service?</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service starts at the call (Next, then Finish)</source>
        <translation>Service starts at the call (Next, then Finish)</translation>
    </message>
    <message>
        <source>Service starts at the call here: ticket {number} needs no Start; press Finish when done.</source>
        <translation>Service starts at the call here: ticket {number} needs no Start; press Finish when done.</translation>
    </message>
    <message>
        <source>Service to add</source>
        <translation>Service to add</translation>
    </message>
    <message>
        <source>Service “{service}” gives out no more numbers; those waiting keep their place.</source>
        <translation>Service “{service}” gives out no more numbers; those waiting keep their place.</translation>
    </message>
    <message>
        <source>Service “{service}” gives out numbers again.</source>
        <translation>Service “{service}” gives out numbers again.</translation>
    </message>
    <message>
        <source>Service “{service}” has given out all {limit} tickets for today.</source>
        <translation>Service “{service}” has given out all {limit} tickets for today.</translation>
    </message>
    <message>
        <source>Service “{service}” is closed now; it is open {opens}–{closes}.</source>
        <translation>Service “{service}” is closed now; it is open {opens}–{closes}.</translation>
    </message>
    <message>
        <source>Service “{service}” is closed today.</source>
        <translation>Service “{service}” is closed today.</translation>
    </message>
    <message>
        <source>Service “{service}” is not offered at the moment.</source>
        <translation>Service “{service}” is not offered at the moment.</translation>
    </message>
    <message>
        <source>Service “{service}” is on its lunch break until {until}.</source>
        <translation>Service “{service}” is on its lunch break until {until}.</translation>
    </message>
    <message>
        <source>Service, min</source>
        <translation>Service, min</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Services (none chosen: every service)</source>
        <translation>Services (none chosen: every service)</translation>
    </message>
    <message>
        <source>Services served, in order of preference</source>
        <translation>Services served, in order of preference</translation>
    </message>
    <message>
        <source>Services, windows, staff and the centre&apos;s settings are changed here, for every PC of the centre. Only an administrator may change them.</source>
        <translation>Services, windows, staff and the centre&apos;s settings are changed here, for every PC of the centre. Only an administrator may change them.</translation>
    </message>
    <message>
        <source>Services: {codes}</source>
        <translation>Services: {codes}</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Set the PIN</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show a report first, then export it.</source>
        <translation>Show a report first, then export it.</translation>
    </message>
    <message>
        <source>Show plan</source>
        <translation>Show plan</translation>
    </message>
    <message>
        <source>Show the bot&apos;s QR code on the hall display</source>
        <translation>Show the bot&apos;s QR code on the hall display</translation>
    </message>
    <message>
        <source>Show today&apos;s calls in order and out of order on the hall display</source>
        <translation>Show today&apos;s calls in order and out of order on the hall display</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in as a receptionist, supervisor or administrator first.</source>
        <translation>Sign in as a receptionist, supervisor or administrator first.</translation>
    </message>
    <message>
        <source>Sign in as a supervisor first.</source>
        <translation>Sign in as a supervisor first.</translation>
    </message>
    <message>
        <source>Sign in as a supervisor or administrator first.</source>
        <translation>Sign in as a supervisor or administrator first.</translation>
    </message>
    <message>
        <source>Sign in as an administrator</source>
        <translation>Sign in as an administrator</translation>
    </message>
    <message>
        <source>Sign in to window {window}</source>
        <translation>Sign in to window {window}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Signed in: {name}</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simulated</translation>
    </message>
    <message>
        <source>Simulated: the share within target when the day runs as planned, hour after hour from an empty hall (SimPy, {runs} runs).</source>
        <translation>Simulated: the share within target when the day runs as planned, hour after hour from an empty hall (SimPy, {runs} runs).</translation>
    </message>
    <message>
        <source>Simulating the plan needs the SimPy package: install the plan extra (pip install &quot;conq-desktop[plan]&quot;).</source>
        <translation>Simulating the plan needs the SimPy package: install the plan extra (pip install &quot;conq-desktop[plan]&quot;).</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Slip language</source>
        <translation>Slip language</translation>
    </message>
    <message>
        <source>Slip of {code} printed on {printer}.</source>
        <translation>Slip of {code} printed on {printer}.</translation>
    </message>
    <message>
        <source>Slip of {code} written to {path}.</source>
        <translation>Slip of {code} written to {path}.</translation>
    </message>
    <message>
        <source>Slot length, minutes</source>
        <translation>Slot length, minutes</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask at the reception.</source>
        <translation>Something went wrong. Please ask at the reception.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staffing plan</source>
        <translation>Staffing plan</translation>
    </message>
    <message>
        <source>Staffing plan for {weekday}: {share} % of visitors called within {minutes} min</source>
        <translation>Staffing plan for {weekday}: {share} % of visitors called within {minutes} min</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stop issuing</source>
        <translation>Stop issuing</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation>Supervisor view</translation>
    </message>
    <message>
        <source>Switch the screen to this language</source>
        <translation>Switch the screen to this language</translation>
    </message>
    <message>
        <source>Take a ticket in the live queue</source>
        <translation>Take a ticket in the live queue</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Take off</translation>
    </message>
    <message>
        <source>Target service</source>
        <translation>Target service</translation>
    </message>
    <message>
        <source>Target share, %</source>
        <translation>Target share, %</translation>
    </message>
    <message>
        <source>Target wait, min</source>
        <translation>Target wait, min</translation>
    </message>
    <message>
        <source>Target wait, minutes</source>
        <translation>Target wait, minutes</translation>
    </message>
    <message>
        <source>Target, min</source>
        <translation>Target, min</translation>
    </message>
    <message>
        <source>Telegram bot&apos;s user name</source>
        <translation>Telegram bot&apos;s user name</translation>
    </message>
    <message>
        <source>Telegram refused the bot token: check telegram_token (docs/phone.md).</source>
        <translation>Telegram refused the bot token: check telegram_token (docs/phone.md).</translation>
    </message>
    <message>
        <source>Text code page must be cp866 or rk1048:N (N: the printer&apos;s number for it), not {value}.</source>
        <translation>Text code page must be cp866 or rk1048:N (N: the printer&apos;s number for it), not {value}.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>That did not work: {reason}</translation>
    </message>
    <message>
        <source>The PIN is not valid text: use digits only.</source>
        <translation>The PIN is not valid text: use digits only.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>The PIN must be 4 to 8 digits.</translation>
    </message>
    <message>
        <source>The backup {path} failed: {reason}</source>
        <translation>The backup {path} failed: {reason}</translation>
    </message>
    <message>
        <source>The booking {code} is already at {time} on {day}.</source>
        <translation>The booking {code} is already at {time} on {day}.</translation>
    </message>
    <message>
        <source>The booking {code} is {status}: it has no slip to print.</source>
        <translation>The booking {code} is {status}: it has no slip to print.</translation>
    </message>
    <message>
        <source>The booking {code} is {status}: only a booking still to come can change.</source>
        <translation>The booking {code} is {status}: only a booking still to come can change.</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>The centre</translation>
    </message>
    <message>
        <source>The centre file {path}</source>
        <translation>The centre file {path}</translation>
    </message>
    <message>
        <source>The centre was written to {path}.</source>
        <translation>The centre was written to {path}.</translation>
    </message>
    <message>
        <source>The centre&apos;s settings are saved.</source>
        <translation>The centre&apos;s settings are saved.</translation>
    </message>
    <message>
        <source>The code {code} is already another booking&apos;s.</source>
        <translation>The code {code} is already another booking&apos;s.</translation>
    </message>
    <message>
        <source>The code “{code}” is not 4–16 Latin letters and digits.</source>
        <translation>The code “{code}” is not 4–16 Latin letters and digits.</translation>
    </message>
    <message>
        <source>The config file {path}</source>
        <translation>The config file {path}</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, and whether it was saved is not known yet. Look at the queue before trying again.</source>
        <translation>The connection to the database was lost while saving, and whether it was saved is not known yet. Look at the queue before trying again.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; nothing was done. Try again.</source>
        <translation>The connection to the database was lost; nothing was done. Try again.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable: {reason}</source>
        <translation>The data folder {folder} is not writable: {reason}</translation>
    </message>
    <message>
        <source>The database address is empty.</source>
        <translation>The database address is empty.</translation>
    </message>
    <message>
        <source>The database address is not valid: {url}</source>
        <translation>The database address is not valid: {url}</translation>
    </message>
    <message>
        <source>The database cannot be reached right now: {reason}</source>
        <translation>The database cannot be reached right now: {reason}</translation>
    </message>
    <message>
        <source>The database could not be used: {reason}</source>
        <translation>The database could not be used: {reason}</translation>
    </message>
    <message>
        <source>The database does not answer yet. This screen opens by itself as soon as it does.</source>
        <translation>The database does not answer yet. This screen opens by itself as soon as it does.</translation>
    </message>
    <message>
        <source>The database driver is not installed ({detail}). For PostgreSQL install conq-desktop[postgres].</source>
        <translation>The database driver is not installed ({detail}). For PostgreSQL install conq-desktop[postgres].</translation>
    </message>
    <message>
        <source>The database has no centre yet: no services, windows or operators. Load your centre&apos;s file, or open the demo to look around first.</source>
        <translation>The database has no centre yet: no services, windows or operators. Load your centre&apos;s file, or open the demo to look around first.</translation>
    </message>
    <message>
        <source>The database has schema {revision}; this program needs {head}. Upgrade it once with “conq-desktop db upgrade” (on a shared server, after every PC has the new program).</source>
        <translation>The database has schema {revision}; this program needs {head}. Upgrade it once with “conq-desktop db upgrade” (on a shared server, after every PC has the new program).</translation>
    </message>
    <message>
        <source>The database it replaced was copied to {path}; restore that to undo.</source>
        <translation>The database it replaced was copied to {path}; restore that to undo.</translation>
    </message>
    <message>
        <source>The database was made by a newer conq-desktop (schema {revision}); update this program.</source>
        <translation>The database was made by a newer conq-desktop (schema {revision}); update this program.</translation>
    </message>
    <message>
        <source>The database was not upgraded: its backup copy {path} failed: {reason}</source>
        <translation>The database was not upgraded: its backup copy {path} failed: {reason}</translation>
    </message>
    <message>
        <source>The database {path} is on a network share ({kind}). SQLite cannot lock a file there safely: two PCs could give out the same number or damage the database. Keep it on this PC&apos;s own disk, or for several PCs use a PostgreSQL server, prepared with “conq-desktop db init --db postgresql://…” (docs/install.md, section 7).</source>
        <translation>The database {path} is on a network share ({kind}). SQLite cannot lock a file there safely: two PCs could give out the same number or damage the database. Keep it on this PC&apos;s own disk, or for several PCs use a PostgreSQL server, prepared with “conq-desktop db init --db postgresql://…” (docs/install.md, section 7).</translation>
    </message>
    <message>
        <source>The database {url} already holds a centre ({count} services); “db init” only prepares an empty one. To load a changed centre file over it use “conq-desktop setup --from FILE --replace --admin LOGIN”.</source>
        <translation>The database {url} already holds a centre ({count} services); “db init” only prepares an empty one. To load a changed centre file over it use “conq-desktop setup --from FILE --replace --admin LOGIN”.</translation>
    </message>
    <message>
        <source>The database {url} is not empty: it holds tables of another program ({tables}). Create an empty database for the queue (docs/install.md, section 7.2).</source>
        <translation>The database {url} is not empty: it holds tables of another program ({tables}). Create an empty database for the queue (docs/install.md, section 7.2).</translation>
    </message>
    <message>
        <source>The days to keep personal data are a whole number from 0 to {max}.</source>
        <translation>The days to keep personal data are a whole number from 0 to {max}.</translation>
    </message>
    <message>
        <source>The demo could not be started: {reason}</source>
        <translation>The demo could not be started: {reason}</translation>
    </message>
    <message>
        <source>The demo runs only on its own database ({path}) and never touches another one: leave out --db.</source>
        <translation>The demo runs only on its own database ({path}) and never touches another one: leave out --db.</translation>
    </message>
    <message>
        <source>The disk is full: nothing more could be written. Free some space and try again.</source>
        <translation>The disk is full: nothing more could be written. Free some space and try again.</translation>
    </message>
    <message>
        <source>The disk is full: the database {path} could not be written. Free some space and try again.</source>
        <translation>The disk is full: the database {path} could not be written. Free some space and try again.</translation>
    </message>
    <message>
        <source>The disk is full: the output could not be written. Free some space and try again.</source>
        <translation>The disk is full: the output could not be written. Free some space and try again.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation>The disk is full: {path} could not be written. Free some space and try again.</translation>
    </message>
    <message>
        <source>The event has no booking code (X-BOOKING-CODE, or “Code: …” in its summary).</source>
        <translation>The event has no booking code (X-BOOKING-CODE, or “Code: …” in its summary).</translation>
    </message>
    <message>
        <source>The event has no start with a time of day (DTSTART).</source>
        <translation>The event has no start with a time of day (DTSTART).</translation>
    </message>
    <message>
        <source>The event names no service (X-SERVICE or CATEGORIES).</source>
        <translation>The event names no service (X-SERVICE or CATEGORIES).</translation>
    </message>
    <message>
        <source>The file holds no PINs; importing it back changes nothing.</source>
        <translation>The file holds no PINs; importing it back changes nothing.</translation>
    </message>
    <message>
        <source>The file was not loaded; nothing was changed.</source>
        <translation>The file was not loaded; nothing was changed.</translation>
    </message>
    <message>
        <source>The first one greets visitors; Kyrgyz and Russian are always there.</source>
        <translation>The first one greets visitors; Kyrgyz and Russian are always there.</translation>
    </message>
    <message>
        <source>The history is intact: {count} events checked, from the first to event {seq}.</source>
        <translation>The history is intact: {count} events checked, from the first to event {seq}.</translation>
    </message>
    <message>
        <source>The history up to event {seq} was rewritten after the seal was taken: its hash is not the sealed one.</source>
        <translation>The history up to event {seq} was rewritten after the seal was taken: its hash is not the sealed one.</translation>
    </message>
    <message>
        <source>The history was changed at event {seq}: it does not follow event {previous} (an event was inserted or removed before it, or the order was changed).</source>
        <translation>The history was changed at event {seq}: it does not follow event {previous} (an event was inserted or removed before it, or the order was changed).</translation>
    </message>
    <message>
        <source>The history was changed: event {seq} and any after it were added outside the program (the program&apos;s last event is {head}).</source>
        <translation>The history was changed: event {seq} and any after it were added outside the program (the program&apos;s last event is {head}).</translation>
    </message>
    <message>
        <source>The history was changed: event {seq} is missing (it was deleted).</source>
        <translation>The history was changed: event {seq} is missing (it was deleted).</translation>
    </message>
    <message>
        <source>The history was changed: event {seq} no longer matches its hash (it was edited after it was written).</source>
        <translation>The history was changed: event {seq} no longer matches its hash (it was edited after it was written).</translation>
    </message>
    <message>
        <source>The history was changed: event {seq} was inserted; it is not part of the chain written by the program.</source>
        <translation>The history was changed: event {seq} was inserted; it is not part of the chain written by the program.</translation>
    </message>
    <message>
        <source>The history was changed: events {seq} and {next} were swapped (the order was changed).</source>
        <translation>The history was changed: events {seq} and {next} were swapped (the order was changed).</translation>
    </message>
    <message>
        <source>The history was changed: it ends at event {last}, but the program wrote events up to {head} (event {seq} and any after it were deleted).</source>
        <translation>The history was changed: it ends at event {last}, but the program wrote events up to {head} (event {seq} and any after it were deleted).</translation>
    </message>
    <message>
        <source>The history was changed: there are two events numbered {seq} (one was inserted).</source>
        <translation>The history was changed: there are two events numbered {seq} (one was inserted).</translation>
    </message>
    <message>
        <source>The holidays are saved.</source>
        <translation>The holidays are saved.</translation>
    </message>
    <message>
        <source>The last digits of an ID are 1–8 digits.</source>
        <translation>The last digits of an ID are 1–8 digits.</translation>
    </message>
    <message>
        <source>The login is empty.</source>
        <translation>The login is empty.</translation>
    </message>
    <message>
        <source>The login is longer than {limit} characters.</source>
        <translation>The login is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>The login must be one line without control characters.</source>
        <translation>The login must be one line without control characters.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>The name is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>The name must be one line without control characters.</source>
        <translation>The name must be one line without control characters.</translation>
    </message>
    <message>
        <source>The number on the screen is valid; please remember it.</source>
        <translation>The number on the screen is valid; please remember it.</translation>
    </message>
    <message>
        <source>The period ends before it begins: --to {last} is before --from {first}.</source>
        <translation>The period ends before it begins: --to {last} is before --from {first}.</translation>
    </message>
    <message>
        <source>The plan by hour</source>
        <translation>The plan by hour</translation>
    </message>
    <message>
        <source>The portal&apos;s booking {ref} had the code {old}: a booking keeps its code.</source>
        <translation>The portal&apos;s booking {ref} had the code {old}: a booking keeps its code.</translation>
    </message>
    <message>
        <source>The portal&apos;s booking {ref} is also on line {other}.</source>
        <translation>The portal&apos;s booking {ref} is also on line {other}.</translation>
    </message>
    <message>
        <source>The portal&apos;s reference “{ref}” is too long: at most {max} characters.</source>
        <translation>The portal&apos;s reference “{ref}” is too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>The prefix “{prefix}” is already used by the service {code}.</source>
        <translation>The prefix “{prefix}” is already used by the service {code}.</translation>
    </message>
    <message>
        <source>The prefix “{prefix}” looks the same as “{other}” of the service {code} on the hall display.</source>
        <translation>The prefix “{prefix}” looks the same as “{other}” of the service {code} on the hall display.</translation>
    </message>
    <message>
        <source>The printer address is not valid: {uri}. Use tcp://HOST:9100, usb://VID:PID, serial://DEVICE, file:PATH, cups://QUEUE, win32://NAME or none.</source>
        <translation>The printer address is not valid: {uri}. Use tcp://HOST:9100, usb://VID:PID, serial://DEVICE, file:PATH, cups://QUEUE, win32://NAME or none.</translation>
    </message>
    <message>
        <source>The printer timeout must be between 0 and 60 seconds.</source>
        <translation>The printer timeout must be between 0 and 60 seconds.</translation>
    </message>
    <message>
        <source>The printer {printer} did not answer within {seconds} s.</source>
        <translation>The printer {printer} did not answer within {seconds} s.</translation>
    </message>
    <message>
        <source>The printer {printer} is out of paper.</source>
        <translation>The printer {printer} is out of paper.</translation>
    </message>
    <message>
        <source>The printer {printer} is unreachable: {reason}</source>
        <translation>The printer {printer} is unreachable: {reason}</translation>
    </message>
    <message>
        <source>The queue cannot be reached right now. Please ask at the reception.</source>
        <translation>The queue cannot be reached right now. Please ask at the reception.</translation>
    </message>
    <message>
        <source>The row has {count} fields, the header {expected}.</source>
        <translation>The row has {count} fields, the header {expected}.</translation>
    </message>
    <message>
        <source>The screen&apos;s language now</source>
        <translation>The screen&apos;s language now</translation>
    </message>
    <message>
        <source>The seal belongs to another centre ({seal_centre}); this database&apos;s history is centre {centre}.</source>
        <translation>The seal belongs to another centre ({seal_centre}); this database&apos;s history is centre {centre}.</translation>
    </message>
    <message>
        <source>The seal names event {seal_seq}, but the history ends at event {last}: events were removed since the seal was taken (or this is an older copy of the database).</source>
        <translation>The seal names event {seal_seq}, but the history ends at event {last}: events were removed since the seal was taken (or this is an older copy of the database).</translation>
    </message>
    <message>
        <source>The seal of event {seq} holds: the history up to it was not rewritten.</source>
        <translation>The seal of event {seq} holds: the history up to it was not rewritten.</translation>
    </message>
    <message>
        <source>The seal was NOT printed.</source>
        <translation>The seal was NOT printed.</translation>
    </message>
    <message>
        <source>The slip of {code} was NOT printed.</source>
        <translation>The slip of {code} was NOT printed.</translation>
    </message>
    <message>
        <source>The slip of {code} was NOT printed: {reason}</source>
        <translation>The slip of {code} was NOT printed: {reason}</translation>
    </message>
    <message>
        <source>The slot {time} on {day} for {service} is full: choose another.</source>
        <translation>The slot {time} on {day} for {service} is full: choose another.</translation>
    </message>
    <message>
        <source>The slot {time} on {day} has begun or passed: choose a later one.</source>
        <translation>The slot {time} on {day} has begun or passed: choose a later one.</translation>
    </message>
    <message>
        <source>The status “{value}” is neither booked nor cancelled.</source>
        <translation>The status “{value}” is neither booked nor cancelled.</translation>
    </message>
    <message>
        <source>The target must look like 80/15 (per cent within minutes), not {text}.</source>
        <translation>The target must look like 80/15 (per cent within minutes), not {text}.</translation>
    </message>
    <message>
        <source>The target {text} is out of range: the share must be above 0 and below 100 %, the wait from 0 to {most} minutes.</source>
        <translation>The target {text} is out of range: the share must be above 0 and below 100 %, the wait from 0 to {most} minutes.</translation>
    </message>
    <message>
        <source>The test ticket was NOT printed.</source>
        <translation>The test ticket was NOT printed.</translation>
    </message>
    <message>
        <source>The ticket called last and the window to go to</source>
        <translation>The ticket called last and the window to go to</translation>
    </message>
    <message>
        <source>The ticket printer is not working.</source>
        <translation>The ticket printer is not working.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type the same PIN twice.</source>
        <translation>The two PINs are not the same: type the same PIN twice.</translation>
    </message>
    <message>
        <source>There are no events on {days}.</source>
        <translation>There are no events on {days}.</translation>
    </message>
    <message>
        <source>There is already an operator with the login {login}.</source>
        <translation>There is already an operator with the login {login}.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>There is no backup file {path}.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <source>There is no screen to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it in the desktop session.</source>
        <translation>There is no screen to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it in the desktop session.</translation>
    </message>
    <message>
        <source>There is no screen {number} (found {count}); using the main screen.</source>
        <translation>There is no screen {number} (found {count}); using the main screen.</translation>
    </message>
    <message>
        <source>There is no terminal to type the PIN in: give it with {option} or in the {variable} environment variable.</source>
        <translation>There is no terminal to type the PIN in: give it with {option} or in the {variable} environment variable.</translation>
    </message>
    <message>
        <source>There is no ticket {number} today.</source>
        <translation>There is no ticket {number} today.</translation>
    </message>
    <message>
        <source>There is no window {number}.</source>
        <translation>There is no window {number}.</translation>
    </message>
    <message>
        <source>This PC&apos;s printer</source>
        <translation>This PC&apos;s printer</translation>
    </message>
    <message>
        <source>This PC&apos;s printer setting is saved.</source>
        <translation>This PC&apos;s printer setting is saved.</translation>
    </message>
    <message>
        <source>This booking has already been checked in: ticket {number}.</source>
        <translation>This booking has already been checked in: ticket {number}.</translation>
    </message>
    <message>
        <source>This booking has expired.</source>
        <translation>This booking has expired.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translation>This booking was cancelled.</translation>
    </message>
    <message>
        <source>This build of conq-desktop cannot print to {printer}: it was made without {scheme}:// printing. Use a network printer (tcp://HOST:9100), or a build made with it.</source>
        <translation>This build of conq-desktop cannot print to {printer}: it was made without {scheme}:// printing. Use a network printer (tcp://HOST:9100), or a build made with it.</translation>
    </message>
    <message>
        <source>This build of conq-desktop has no CUPS support, so it cannot print to {printer}. Connect the printer directly instead: a network printer as tcp://HOST:9100, or a USB printer as usb://VID:PID.</source>
        <translation>This build of conq-desktop has no CUPS support, so it cannot print to {printer}. Connect the printer directly instead: a network printer as tcp://HOST:9100, or a USB printer as usb://VID:PID.</translation>
    </message>
    <message>
        <source>This centre already has an administrator: only an administrator can add another one.</source>
        <translation>This centre already has an administrator: only an administrator can add another one.</translation>
    </message>
    <message>
        <source>This centre has no administrator yet. Only an administrator can change the centre&apos;s settings and close the ticket kiosk. Choose the administrator&apos;s login, name and PIN below; keep the PIN secret.</source>
        <translation>This centre has no administrator yet. Only an administrator can change the centre&apos;s settings and close the ticket kiosk. Choose the administrator&apos;s login, name and PIN below; keep the PIN secret.</translation>
    </message>
    <message>
        <source>This centre has {services} services, {windows} windows and {operators} operators.</source>
        <translation>This centre has {services} services, {windows} windows and {operators} operators.</translation>
    </message>
    <message>
        <source>This database already holds a centre ({services} services, {operators} operators). Loading a centre file over it changes it for every PC: see the changes with --dry-run, then load it with --replace.</source>
        <translation>This database already holds a centre ({services} services, {operators} operators). Loading a centre file over it changes it for every PC: see the changes with --dry-run, then load it with --replace.</translation>
    </message>
    <message>
        <source>This is not a Telegram bot&apos;s token: BotFather gives one like 123456789:AAF…, a number, a colon and letters, without spaces.</source>
        <translation>This is not a Telegram bot&apos;s token: BotFather gives one like 123456789:AAF…, a number, a colon and letters, without spaces.</translation>
    </message>
    <message>
        <source>This needs a member of staff with the role {roles} to sign in first.</source>
        <translation>This needs a member of staff with the role {roles} to sign in first.</translation>
    </message>
    <message>
        <source>This screen cannot open</source>
        <translation>This screen cannot open</translation>
    </message>
    <message>
        <source>This ticket is no longer valid: it is from an earlier day or already finished. Please take a new ticket.</source>
        <translation>This ticket is no longer valid: it is from an earlier day or already finished. Please take a new ticket.</translation>
    </message>
    <message>
        <source>This user may not use the USB printer {printer} (access denied). On Linux a udev rule gives access: see USB printers in docs/install.md.</source>
        <translation>This user may not use the USB printer {printer} (access denied). On Linux a udev rule gives access: see USB printers in docs/install.md.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ticket footer (Kyrgyz)</source>
        <translation>Ticket footer (Kyrgyz)</translation>
    </message>
    <message>
        <source>Ticket footer (Russian)</source>
        <translation>Ticket footer (Russian)</translation>
    </message>
    <message>
        <source>Ticket kiosk</source>
        <translation>Ticket kiosk</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <source>Ticket {number} belongs to window {other}, not to window {window}.</source>
        <translation>Ticket {number} belongs to window {other}, not to window {window}.</translation>
    </message>
    <message>
        <source>Ticket {number} has expired: its day is over. Please take a new ticket.</source>
        <translation>Ticket {number} has expired: its day is over. Please take a new ticket.</translation>
    </message>
    <message>
        <source>Ticket {number} has not been started yet; press Start first.</source>
        <translation>Ticket {number} has not been started yet; press Start first.</translation>
    </message>
    <message>
        <source>Ticket {number} is already being served.</source>
        <translation>Ticket {number} is already being served.</translation>
    </message>
    <message>
        <source>Ticket {number} is already being served; there is no one to recall.</source>
        <translation>Ticket {number} is already being served; there is no one to recall.</translation>
    </message>
    <message>
        <source>Ticket {number} is already in “{service}”.</source>
        <translation>Ticket {number} is already in “{service}”.</translation>
    </message>
    <message>
        <source>Ticket {number} is back in the queue. I will write when your turn is near.</source>
        <translation>Ticket {number} is back in the queue. I will write when your turn is near.</translation>
    </message>
    <message>
        <source>Ticket {number} is being served; the visitor did come.</source>
        <translation>Ticket {number} is being served; the visitor did come.</translation>
    </message>
    <message>
        <source>Ticket {number} is called again ({count} of {limit}).</source>
        <translation>Ticket {number} is called again ({count} of {limit}).</translation>
    </message>
    <message>
        <source>Ticket {number} is called again to window {window}. Please hurry, or your turn may be lost.</source>
        <translation>Ticket {number} is called again to window {window}. Please hurry, or your turn may be lost.</translation>
    </message>
    <message>
        <source>Ticket {number} is called to window {window}.</source>
        <translation>Ticket {number} is called to window {window}.</translation>
    </message>
    <message>
        <source>Ticket {number} is done.</source>
        <translation>Ticket {number} is done.</translation>
    </message>
    <message>
        <source>Ticket {number} is not at window {window}.</source>
        <translation>Ticket {number} is not at window {window}.</translation>
    </message>
    <message>
        <source>Ticket {number} is not waiting.</source>
        <translation>Ticket {number} is not waiting.</translation>
    </message>
    <message>
        <source>Ticket {number} is sent to “{service}”.</source>
        <translation>Ticket {number} is sent to “{service}”.</translation>
    </message>
    <message>
        <source>Ticket {number} is sent to “{service}”. You keep your number and your place in time; I will write when your turn is near.</source>
        <translation>Ticket {number} is sent to “{service}”. You keep your number and your place in time; I will write when your turn is near.</translation>
    </message>
    <message>
        <source>Ticket {number} was called, but nobody came to the window.</source>
        <translation>Ticket {number} was called, but nobody came to the window.</translation>
    </message>
    <message>
        <source>Ticket {number} was issued, but the database cannot be read right now to show its place. Keep the number {number} and ask at the reception.</source>
        <translation>Ticket {number} was issued, but the database cannot be read right now to show its place. Keep the number {number} and ask at the reception.</translation>
    </message>
    <message>
        <source>Ticket {number} was not printed.</source>
        <translation>Ticket {number} was not printed.</translation>
    </message>
    <message>
        <source>Ticket {number} was printed again.</source>
        <translation>Ticket {number} was printed again.</translation>
    </message>
    <message>
        <source>Ticket {number} was recalled {limit} times already; mark it as a no-show.</source>
        <translation>Ticket {number} was recalled {limit} times already; mark it as a no-show.</translation>
    </message>
    <message>
        <source>Ticket {number} was withdrawn.</source>
        <translation>Ticket {number} was withdrawn.</translation>
    </message>
    <message>
        <source>Ticket {number} went back to the end of the queue.</source>
        <translation>Ticket {number} went back to the end of the queue.</translation>
    </message>
    <message>
        <source>Ticket {number} written to {path}.</source>
        <translation>Ticket {number} written to {path}.</translation>
    </message>
    <message>
        <source>Ticket {number}, please go to window {window}.</source>
        <translation>Ticket {number}, please go to window {window}.</translation>
    </message>
    <message>
        <source>Ticket {number}: the visitor did not come.</source>
        <translation>Ticket {number}: the visitor did not come.</translation>
    </message>
    <message>
        <source>Ticket {number}: you are next. Please come back to the hall.</source>
        <translation>Ticket {number}: you are next. Please come back to the hall.</translation>
    </message>
    <message>
        <source>Ticket {number}: {ahead} people ahead of you. Please come back to the hall.</source>
        <translation>Ticket {number}: {ahead} people ahead of you. Please come back to the hall.</translation>
    </message>
    <message>
        <source>Ticket {number}: {service}</source>
        <translation>Ticket {number}: {service}</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Tickets a day</source>
        <translation>Tickets a day</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Tickets issued</translation>
    </message>
    <message>
        <source>Tickets of “{service}” cannot be moved to itself.</source>
        <translation>Tickets of “{service}” cannot be moved to itself.</translation>
    </message>
    <message>
        <source>Tickets skipped</source>
        <translation>Tickets skipped</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Time serving, h:mm</source>
        <translation>Time serving, h:mm</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>To check: conq-desktop audit verify --seal followed by the text of the QR code.</source>
        <translation>To check: conq-desktop audit verify --seal followed by the text of the QR code.</translation>
    </message>
    <message>
        <source>Today: {in_order} served in order, {with_reason} out of order with a recorded reason</source>
        <translation>Today: {in_order} served in order, {with_reason} out of order with a recorded reason</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {login} is locked until {until}. An administrator can unlock it.</source>
        <translation>Too many wrong PINs: {login} is locked until {until}. An administrator can unlock it.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Try now</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Type or scan your booking code</source>
        <translation>Type or scan your booking code</translation>
    </message>
    <message>
        <source>Unknown centre setting: {key}</source>
        <translation>Unknown centre setting: {key}</translation>
    </message>
    <message>
        <source>Unknown language “{lang}”: use ky, ru or en.</source>
        <translation>Unknown language “{lang}”: use ky, ru or en.</translation>
    </message>
    <message>
        <source>Unknown operator: {login}</source>
        <translation>Unknown operator: {login}</translation>
    </message>
    <message>
        <source>Unknown printer profile: {name}</source>
        <translation>Unknown printer profile: {name}</translation>
    </message>
    <message>
        <source>Unknown priority class: {priority}</source>
        <translation>Unknown priority class: {priority}</translation>
    </message>
    <message>
        <source>Unknown service: {code}</source>
        <translation>Unknown service: {code}</translation>
    </message>
    <message>
        <source>Unknown services: {codes}</source>
        <translation>Unknown services: {codes}</translation>
    </message>
    <message>
        <source>Unknown time zone: {name}</source>
        <translation>Unknown time zone: {name}</translation>
    </message>
    <message>
        <source>Unknown weekday {text}: use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Unknown weekday {text}: use mon, tue, wed, thu, fri, sat or sun.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Unsupported database {name}: use sqlite:/// or postgresql://</source>
        <translation>Unsupported database {name}: use sqlite:/// or postgresql://</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Upgrading the database failed: {reason}</source>
        <translation>Upgrading the database failed: {reason}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Visitors served</source>
        <translation>Visitors served</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Waiting for the database…</translation>
    </message>
    <message>
        <source>Waiting for this window</source>
        <translation>Waiting for this window</translation>
    </message>
    <message>
        <source>Waiting here: {numbers}</source>
        <translation>Waiting here: {numbers}</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Waits</translation>
    </message>
    <message>
        <source>Waits per service</source>
        <translation>Waits per service</translation>
    </message>
    <message>
        <source>Waits, issue to first call</source>
        <translation>Waits, issue to first call</translation>
    </message>
    <message>
        <source>Waits: {centre}</source>
        <translation>Waits: {centre}</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>What if: windows by hour, e.g. 9-13=4,13-18=3</source>
        <translation>What if: windows by hour, e.g. 9-13=4,13-18=3</translation>
    </message>
    <message>
        <source>What-if for {weekday} with the windows given: {share} % within {minutes} min</source>
        <translation>What-if for {weekday} with the windows given: {share} % within {minutes} min</translation>
    </message>
    <message>
        <source>Where do the waiting tickets go?</source>
        <translation>Where do the waiting tickets go?</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Window {number} names unknown services: {codes}</source>
        <translation>Window {number} names unknown services: {codes}</translation>
    </message>
    <message>
        <source>Window {number} serves only {code}: give it another service first.</source>
        <translation>Window {number} serves only {code}: give it another service first.</translation>
    </message>
    <message>
        <source>Window {window}</source>
        <translation>Window {window}</translation>
    </message>
    <message>
        <source>Window {window} does not serve “{service}”.</source>
        <translation>Window {window} does not serve “{service}”.</translation>
    </message>
    <message>
        <source>Window {window} has no current ticket.</source>
        <translation>Window {window} has no current ticket.</translation>
    </message>
    <message>
        <source>Window {window} is already on a break.</source>
        <translation>Window {window} is already on a break.</translation>
    </message>
    <message>
        <source>Window {window} is closed.</source>
        <translation>Window {window} is closed.</translation>
    </message>
    <message>
        <source>Window {window} is in use by {name}; they must sign out first.</source>
        <translation>Window {window} is in use by {name}; they must sign out first.</translation>
    </message>
    <message>
        <source>Window {window} is not on a break.</source>
        <translation>Window {window} is not on a break.</translation>
    </message>
    <message>
        <source>Window {window} is on a break.</source>
        <translation>Window {window} is on a break.</translation>
    </message>
    <message>
        <source>Window {window} is on a break; resume first.</source>
        <translation>Window {window} is on a break; resume first.</translation>
    </message>
    <message>
        <source>Window {window} is open again.</source>
        <translation>Window {window} is open again.</translation>
    </message>
    <message>
        <source>Window {window} is still busy with ticket {number}; finish it first.</source>
        <translation>Window {window} is still busy with ticket {number}; finish it first.</translation>
    </message>
    <message>
        <source>Window {window} serves no service.</source>
        <translation>Window {window} serves no service.</translation>
    </message>
    <message>
        <source>Window {window} was signed out elsewhere; sign in again.</source>
        <translation>Window {window} was signed out elsewhere; sign in again.</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Windows by hour must look like 9-13=4,13-18=3 (hours from-to = windows), not {text}.</source>
        <translation>Windows by hour must look like 9-13=4,13-18=3 (hours from-to = windows), not {text}.</translation>
    </message>
    <message>
        <source>Windows needed per hour</source>
        <translation>Windows needed per hour</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <source>Within target, planned</source>
        <translation>Within target, planned</translation>
    </message>
    <message>
        <source>Within target, simulated</source>
        <translation>Within target, simulated</translation>
    </message>
    <message>
        <source>Writing XLSX needs the openpyxl package: install the xlsx extra (pip install &quot;conq-desktop[xlsx]&quot;), or choose --format csv or pdf.</source>
        <translation>Writing XLSX needs the openpyxl package: install the xlsx extra (pip install &quot;conq-desktop[xlsx]&quot;), or choose --format csv or pdf.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Wrong administrator or PIN.</source>
        <translation>Wrong administrator or PIN.</translation>
    </message>
    <message>
        <source>Wrong operator or PIN.</source>
        <translation>Wrong operator or PIN.</translation>
    </message>
    <message>
        <source>You are being served at window {window}.</source>
        <translation>You are being served at window {window}.</translation>
    </message>
    <message>
        <source>You are next in line.</source>
        <translation>You are next in line.</translation>
    </message>
    <message>
        <source>You are not following any ticket today. Scan the QR code on your ticket to follow it.</source>
        <translation>You are not following any ticket today. Scan the QR code on your ticket to follow it.</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Your booking code</translation>
    </message>
    <message>
        <source>Your booking is at {time}. Check-in opens at {opens}: please come back then.</source>
        <translation>Your booking is at {time}. Check-in opens at {opens}: please come back then.</translation>
    </message>
    <message>
        <source>Your booking is on {day} at {time}, not today.</source>
        <translation>Your booking is on {day} at {time}, not today.</translation>
    </message>
    <message>
        <source>Your booking was at {time}; check-in closed at {closes}. You can take a ticket in the live queue.</source>
        <translation>Your booking was at {time}; check-in closed at {closes}. You can take a ticket in the live queue.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Your number will be shown on the screen.</source>
        <translation>Your number will be shown on the screen.</translation>
    </message>
    <message>
        <source>Your number {number} is valid.</source>
        <translation>Your number {number} is valid.</translation>
    </message>
    <message>
        <source>Your ticket is called: please go to window {window}.</source>
        <translation>Your ticket is called: please go to window {window}.</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>a date</translation>
    </message>
    <message>
        <source>a holiday must be a date like 2027-03-21, not {text}</source>
        <translation>a holiday must be a date like 2027-03-21, not {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a list of service codes</source>
        <translation>a list of service codes</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>a table</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a whole number, 1 or more</source>
        <translation>a whole number, 1 or more</translation>
    </message>
    <message>
        <source>a window must serve at least one service</source>
        <translation>a window must serve at least one service</translation>
    </message>
    <message>
        <source>add {what} {key}</source>
        <translation>add {what} {key}</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>being served</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>calling</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>change nothing</source>
        <translation>change nothing</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>did not come</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>expected a table</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>internal error</translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation>it cannot be read ({detail})</translation>
    </message>
    <message>
        <source>it is damaged ({detail})</source>
        <translation>it is damaged ({detail})</translation>
    </message>
    <message>
        <source>it is not a PostgreSQL backup (pg_dump --format=custom)</source>
        <translation>it is not a PostgreSQL backup (pg_dump --format=custom)</translation>
    </message>
    <message>
        <source>it is not a conq-desktop database (it lacks the tables {tables})</source>
        <translation>it is not a conq-desktop database (it lacks the tables {tables})</translation>
    </message>
    <message>
        <source>it is not a conq-desktop database (no schema version)</source>
        <translation>it is not a conq-desktop database (no schema version)</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>it is not an SQLite database</translation>
    </message>
    <message>
        <source>it was written by a newer conq-desktop (layout {found}; this one reads up to {known}): update the program on this PC</source>
        <translation>it was written by a newer conq-desktop (layout {found}; this one reads up to {known}): update the program on this PC</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>line {line}: {reason}</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>may not sign in</source>
        <translation>may not sign in</translation>
    </message>
    <message>
        <source>network drive</source>
        <translation>network drive</translation>
    </message>
    <message>
        <source>network share</source>
        <translation>network share</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>not issuing</source>
        <translation>not issuing</translation>
    </message>
    <message>
        <source>of them with a reason</source>
        <translation>of them with a reason</translation>
    </message>
    <message>
        <source>on a break</source>
        <translation>on a break</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>over target</source>
        <translation>over target</translation>
    </message>
    <message>
        <source>over target ({target} min)</source>
        <translation>over target ({target} min)</translation>
    </message>
    <message>
        <source>queue grows</source>
        <translation>queue grows</translation>
    </message>
    <message>
        <source>receptionist</source>
        <translation>receptionist</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>service {code}</source>
        <translation>service {code}</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>serving</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>since the call</source>
        <translation>since the call</translation>
    </message>
    <message>
        <source>since the start of service</source>
        <translation>since the start of service</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>text in quotes</translation>
    </message>
    <message>
        <source>the prefixes “{first}” and “{second}” look the same</source>
        <translation>the prefixes “{first}” and “{second}” look the same</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>unknown key “{key}”; the known ones are {known}</source>
        <translation>unknown key “{key}”; the known ones are {known}</translation>
    </message>
    <message>
        <source>unknown role {role}</source>
        <translation>unknown role {role}</translation>
    </message>
    <message>
        <source>unknown setting “{key}”; the known ones are {known}</source>
        <translation>unknown setting “{key}”; the known ones are {known}</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>warning: line {line}: {reason}</source>
        <translation>warning: line {line}: {reason}</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <source>window {number}</source>
        <translation>window {number}</translation>
    </message>
    <message>
        <source>window {window}</source>
        <translation>window {window}</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count} KB</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count} MB</translation>
    </message>
    <message>
        <source>{count} tickets are waiting for {code}: choose the service they move to, or wait until they are served.</source>
        <translation>{count} tickets are waiting for {code}: choose the service they move to, or wait until they are served.</translation>
    </message>
    <message>
        <source>{count} waiting tickets moved from “{source}” to “{target}”.</source>
        <translation>{count} waiting tickets moved from “{source}” to “{target}”.</translation>
    </message>
    <message>
        <source>{database} was backed up to {path} ({size}).</source>
        <translation>{database} was backed up to {path} ({size}).</translation>
    </message>
    <message>
        <source>{database} was restored from {path} (schema {revision}).</source>
        <translation>{database} was restored from {path} (schema {revision}).</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>{day} has not come yet (today is {today}): a day is closed on it or after.</source>
        <translation>{day} has not come yet (today is {today}): a day is closed on it or after.</translation>
    </message>
    <message>
        <source>{day} has passed: a booking of a day gone by is not imported.</source>
        <translation>{day} has passed: a booking of a day gone by is not imported.</translation>
    </message>
    <message>
        <source>{day} is a {weekday}: planned from that weekday&apos;s history.</source>
        <translation>{day} is a {weekday}: planned from that weekday&apos;s history.</translation>
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
        <translation>{file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} does not exist.</translation>
    </message>
    <message>
        <source>{file} is nested too deeply.</source>
        <translation>{file} is nested too deeply.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (line {line}: byte {byte}); save it as UTF-8.</source>
        <translation>{file} is not UTF-8 text (line {line}: byte {byte}); save it as UTF-8.</translation>
    </message>
    <message>
        <source>{file} is not a regular file.</source>
        <translation>{file} is not a regular file.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}</source>
        <translation>{file} is not valid TOML: {reason}</translation>
    </message>
    <message>
        <source>{file} is too large: more than {kib} KiB.</source>
        <translation>{file} is too large: more than {kib} KiB.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{item} was removed on another PC.</source>
        <translation>{item} was removed on another PC.</translation>
    </message>
    <message>
        <source>{login} can sign in again.</source>
        <translation>{login} can sign in again.</translation>
    </message>
    <message>
        <source>{login} has a new PIN.</source>
        <translation>{login} has a new PIN.</translation>
    </message>
    <message>
        <source>{login} is signed in at window {number}: they sign out first.</source>
        <translation>{login} is signed in at window {number}: they sign out first.</translation>
    </message>
    <message>
        <source>{login} is the centre&apos;s last administrator: make another one first.</source>
        <translation>{login} is the centre&apos;s last administrator: make another one first.</translation>
    </message>
    <message>
        <source>{login} signed in at window {window}.</source>
        <translation>{login} signed in at window {window}.</translation>
    </message>
    <message>
        <source>{login} was not locked.</source>
        <translation>{login} was not locked.</translation>
    </message>
    <message>
        <source>{low} min or more</source>
        <translation>{low} min or more</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{name} ({login}) is now the centre&apos;s administrator.</source>
        <translation>{name} ({login}) is now the centre&apos;s administrator.</translation>
    </message>
    <message>
        <source>{name} is not signed in at window {window}.</source>
        <translation>{name} is not signed in at window {window}.</translation>
    </message>
    <message>
        <source>{name} is signed in at window {number}: they sign out first.</source>
        <translation>{name} is signed in at window {number}: they sign out first.</translation>
    </message>
    <message>
        <source>{name} is signed in at window {window}; sign out there first.</source>
        <translation>{name} is signed in at window {window}; sign out there first.</translation>
    </message>
    <message>
        <source>{name} may not do this: it needs the role {roles}.</source>
        <translation>{name} may not do this: it needs the role {roles}.</translation>
    </message>
    <message>
        <source>{name} signed out of window {window}.</source>
        <translation>{name} signed out of window {window}.</translation>
    </message>
    <message>
        <source>{number}, window {window}: {state}</source>
        <translation>{number}, window {window}: {state}</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file for the seal.</source>
        <translation>{path} already exists: choose another file for the seal.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file, or add --force to overwrite it.</source>
        <translation>{path} already exists: choose another file, or add --force to overwrite it.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason}</source>
        <translation>{path} cannot be restored: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a UTF-8 text file.</source>
        <translation>{path} is not a UTF-8 text file.</translation>
    </message>
    <message>
        <source>{path} is not a readable CSV file: {reason}</source>
        <translation>{path} is not a readable CSV file: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a whole iCalendar file: {reason}</source>
        <translation>{path} is not a whole iCalendar file: {reason}</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it.</source>
        <translation>{path} is the database itself, not a backup of it.</translation>
    </message>
    <message>
        <source>{path}: the header row lacks the columns {columns}.</source>
        <translation>{path}: the header row lacks the columns {columns}.</translation>
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
        <translation>{service} at {time} on {day} now has {held} bookings for {places} places: the portal&apos;s bookings are kept.</translation>
    </message>
    <message>
        <source>{service} has no slot at {time} on {day}: it is closed then, or a slot does not start then.</source>
        <translation>{service} has no slot at {time} on {day}: it is closed then, or a slot does not start then.</translation>
    </message>
    <message>
        <source>{service}, {day} at {time}: {status}</source>
        <translation>{service}, {day} at {time}: {status}</translation>
    </message>
    <message>
        <source>{service}: {waiting} waiting, longest {minutes} min</source>
        <translation>{service}: {waiting} waiting, longest {minutes} min</translation>
    </message>
    <message>
        <source>{time}  full</source>
        <translation>{time}  full</translation>
    </message>
    <message>
        <source>{time}  {code}  {status}  {name}</source>
        <translation>{time}  {code}  {status}  {name}</translation>
    </message>
    <message>
        <source>{time}  {left} of {capacity} free</source>
        <translation>{time}  {left} of {capacity} free</translation>
    </message>
    <message>
        <source>{tool} failed: {reason}</source>
        <translation>{tool} failed: {reason}</translation>
    </message>
    <message>
        <source>{tool} was not found: install the PostgreSQL client tools and put them on PATH.</source>
        <translation>{tool} was not found: install the PostgreSQL client tools and put them on PATH.</translation>
    </message>
    <message>
        <source>{what} {key}: {field} {old} → {new}</source>
        <translation>{what} {key}: {field} {old} → {new}</translation>
    </message>
    <message>
        <source>“db init” prepares a PostgreSQL server&apos;s database; an SQLite file needs none: load the centre with “conq-desktop setup --from FILE”.</source>
        <translation>“db init” prepares a PostgreSQL server&apos;s database; an SQLite file needs none: load the centre with “conq-desktop setup --from FILE”.</translation>
    </message>
    <message>
        <source>“languages” must list ky and ru, and may add en, each once: {text}</source>
        <translation>“languages” must list ky and ru, and may add en, each once: {text}</translation>
    </message>
    <message>
        <source>“pin” must be 4–8 digits</source>
        <translation>“pin” must be 4–8 digits</translation>
    </message>
    <message>
        <source>“pin” must be in quotes, like pin = &quot;0123&quot;</source>
        <translation>“pin” must be in quotes, like pin = &quot;0123&quot;</translation>
    </message>
    <message>
        <source>“prefix” must be 1–4 capital letters of one alphabet, Cyrillic or Latin, not “{text}”</source>
        <translation>“prefix” must be 1–4 capital letters of one alphabet, Cyrillic or Latin, not “{text}”</translation>
    </message>
    <message>
        <source>“weekdays” must look like mon-fri, not {text}</source>
        <translation>“weekdays” must look like mon-fri, not {text}</translation>
    </message>
    <message>
        <source>“weekdays” names no day</source>
        <translation>“weekdays” names no day</translation>
    </message>
    <message>
        <source>“{field}” is too long: at most {max} characters.</source>
        <translation>“{field}” is too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>“{key}” appears twice</source>
        <translation>“{key}” appears twice</translation>
    </message>
    <message>
        <source>“{key}” is empty</source>
        <translation>“{key}” is empty</translation>
    </message>
    <message>
        <source>“{key}” is longer than {limit} characters</source>
        <translation>“{key}” is longer than {limit} characters</translation>
    </message>
    <message>
        <source>“{key}” is missing</source>
        <translation>“{key}” is missing</translation>
    </message>
    <message>
        <source>“{key}” must be 1–{limit} letters, digits, “_” or “-”, starting with a letter or digit, not “{text}”</source>
        <translation>“{key}” must be 1–{limit} letters, digits, “_” or “-”, starting with a letter or digit, not “{text}”</translation>
    </message>
    <message>
        <source>“{key}” must be a whole number from {low} to {high}</source>
        <translation>“{key}” must be a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>“{key}” must be ky, ru or en, not “{value}”</source>
        <translation>“{key}” must be ky, ru or en, not “{value}”</translation>
    </message>
    <message>
        <source>“{key}” must be more than 0 and at most {high}</source>
        <translation>“{key}” must be more than 0 and at most {high}</translation>
    </message>
    <message>
        <source>“{key}” must be one line without control characters</source>
        <translation>“{key}” must be one line without control characters</translation>
    </message>
    <message>
        <source>“{key}” must be {kind}</source>
        <translation>“{key}” must be {kind}</translation>
    </message>
    <message>
        <source>“{key}” must end after they start: {text}</source>
        <translation>“{key}” must end after they start: {text}</translation>
    </message>
    <message>
        <source>“{key}” must look like 08:30-17:30, not {text}</source>
        <translation>“{key}” must look like 08:30-17:30, not {text}</translation>
    </message>
    <message>
        <source>“{key}” must look like 09:00-18:00 or 09:00-13:00, 14:00-18:00, not {text}</source>
        <translation>“{key}” must look like 09:00-18:00 or 09:00-13:00, 14:00-18:00, not {text}</translation>
    </message>
    <message>
        <source>“{key}” needs a “{lang}” text</source>
        <translation>“{key}” needs a “{lang}” text</translation>
    </message>
    <message>
        <source>“{key}”: the lunch break {lunch} must lie within the hours {hours}</source>
        <translation>“{key}”: the lunch break {lunch} must lie within the hours {hours}</translation>
    </message>
    <message>
        <source>“{name}” is not a Telegram bot&apos;s user name: it has 5 to 32 Latin letters, digits or underscores and ends in “bot”.</source>
        <translation>“{name}” is not a Telegram bot&apos;s user name: it has 5 to 32 Latin letters, digits or underscores and ends in “bot”.</translation>
    </message>
    <message>
        <source>“{number}” could be any of the tickets {numbers}: their letters look the same.</source>
        <translation>“{number}” could be any of the tickets {numbers}: their letters look the same.</translation>
    </message>
    <message>
        <source>“{seal}” is not a seal of this program: it reads conq-seal:1:CENTRE:SEQ:HASH (as “audit seal” prints it).</source>
        <translation>“{seal}” is not a seal of this program: it reads conq-seal:1:CENTRE:SEQ:HASH (as “audit seal” prints it).</translation>
    </message>
    <message>
        <source>“{value}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>“{value}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>“{value}” is not a time (HH:MM).</source>
        <translation>“{value}” is not a time (HH:MM).</translation>
    </message>
    <message>
        <source>… and perhaps more: the check stopped after {count} mistakes.</source>
        <translation>… and perhaps more: the check stopped after {count} mistakes.</translation>
    </message>
</context>
</TS>

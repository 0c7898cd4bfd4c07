<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="23"/>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="26"/>
        <source>Adjust points</source>
        <translation>Adjust points</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="29"/>
        <source>%1, %2: %3 pts available</source>
        <translation>%1, %2: %3 pts available</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="37"/>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="38"/>
        <source>Points (minus takes away)</source>
        <translation>Points (minus takes away)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="41"/>
        <source>e.g. points missing for receipt S1-T1-000123</source>
        <translation>e.g. points missing for receipt S1-T1-000123</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="42"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="45"/>
        <source>Supervisor number</source>
        <translation>Supervisor number</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="46"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="50"/>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="51"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="59"/>
        <source>Enter  Adjust</source>
        <translation>Enter  Adjust</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="60"/>
        <source>Esc  Cancel</source>
        <translation>Esc  Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="85"/>
        <source>Type the supervisor&apos;s number and PIN.</source>
        <translation>Type the supervisor&apos;s number and PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="87"/>
        <source>Sending the adjustment to the hub…</source>
        <translation>Sending the adjustment to the hub…</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="22"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="24"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="26"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="28"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="24"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="24"/>
        <source>Paying with points</source>
        <translation>Paying with points</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="52"/>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="58"/>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="65"/>
        <source>✱ gift, not returnable</source>
        <translation>✱ gift, not returnable</translation>
    </message>
</context>
<context>
    <name>CloseShift</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/close_shift.py" line="18"/>
        <source>Closing the shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/close_shift.py" line="35"/>
        <source>Events have not reached the hub yet: closing the shift needs a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/close_shift.py" line="41"/>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/close_shift.py" line="42"/>
        <source>Close the shift, print the shift loyalty report and log out?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/confirm.py" line="11"/>
        <source>Enter  Yes</source>
        <translation>Enter  Yes</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/confirm.py" line="12"/>
        <source>Esc  No</source>
        <translation>Esc  No</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="34"/>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="90"/>
        <source>Item</source>
        <translation type="unfinished">Item</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="90"/>
        <source>Qty</source>
        <translation type="unfinished">Qty</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="90"/>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="104"/>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="105"/>
        <source>To pay</source>
        <translation type="unfinished">To pay</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="106"/>
        <source>Points can pay up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="107"/>
        <source>Points spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="108"/>
        <source>Points earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="127"/>
        <source>Join the bonus program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="139"/>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="145"/>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="146"/>
        <source>Paid %1</source>
        <translation type="unfinished">Paid %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="148"/>
        <source>Points earned: %1</source>
        <translation type="unfinished">Points earned: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="150"/>
        <source>Your points now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="152"/>
        <source>New points can be spent from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="164"/>
        <source>%1 pts</source>
        <translation type="unfinished">%1 pts</translation>
    </message>
</context>
<context>
    <name>Fiscal</name>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="87"/>
        <source>Register settings: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="99"/>
        <source>No fiscal register is set up: a supervisor chooses one in the settings (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="100"/>
        <source>The register&apos;s driver is not installed on this computer: ask IT to install the manufacturer&apos;s driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="101"/>
        <source>Unknown register driver: choose emulator, ATOL, Shtrih-M or none in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="102"/>
        <source>The fiscal shift is closed: log in again to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="103"/>
        <source>The fiscal shift is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="104"/>
        <source>The fiscal shift is over 24 hours old: close the shift (Z report) and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="105"/>
        <source>The register refuses a return of more than was sold on that receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="106"/>
        <source>The register is out of paper: load paper and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="107"/>
        <source>The register&apos;s cover is open: close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="108"/>
        <source>The fiscal drive is full or expired: it must be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="109"/>
        <source>The register does not answer: check its cable and power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="110"/>
        <source>The register refused the document: tell the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="111"/>
        <source>There is not that much cash in the register&apos;s drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="112"/>
        <source>The register reported an error: tell the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="113"/>
        <source>The register has not said whether the previous sale was signed: check the register and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="114"/>
        <source>The previous sale was signed after all and is finished: check its receipt before selling again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="40"/>
        <source>Register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="45"/>
        <source>Register: shift %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="48"/>
        <source>over 24 h, close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="50"/>
        <source>Register: shift closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="53"/>
        <source>fiscal drive expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="55"/>
        <source>fiscal drive: %1 d left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="58"/>
        <source>not sent to the operator: %1, oldest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="61"/>
        <source>no paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="63"/>
        <source>cover open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="123"/>
        <source>Fiscal drive %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiscalDialogs</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="43"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="45"/>
        <source>Enter  Confirm</source>
        <translation type="unfinished">Enter  Confirm</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="57"/>
        <source>Type an amount such as 5000.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="68"/>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="71"/>
        <source>Register</source>
        <translation type="unfinished">Register</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="75"/>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="75"/>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="118"/>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="76"/>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="118"/>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="81"/>
        <source>Back</source>
        <translation type="unfinished">Back</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="97"/>
        <source>The register is printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="105"/>
        <source>X report printed (shift %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="107"/>
        <source>Cash in the drawer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="109"/>
        <source>Cash in registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="111"/>
        <source>Cash out registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="119"/>
        <source>Money put into the drawer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="119"/>
        <source>Money taken from the drawer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="127"/>
        <source>The X report and cash in/out need a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="137"/>
        <source>Unfinished sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="140"/>
        <source>The register did not sign this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="141"/>
        <source>The register did not sign this return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="146"/>
        <source>Started %1 by cashier %2, total %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="151"/>
        <source>Return from receipt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="152"/>
        <source>No money was registered for it. Take the payment again, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="153"/>
        <source>No refund was registered for it. Do the return again, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="158"/>
        <source>Cancel the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="161"/>
        <source>Enter  Pay again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="162"/>
        <source>Enter  Return again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="16"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="22"/>
        <source>e.g. 101</source>
        <translation>e.g. 101</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="26"/>
        <source>Cashier number</source>
        <translation>Cashier number</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="27"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="29"/>
        <source>Enter  Log in</source>
        <translation>Enter  Log in</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="33"/>
        <source>Type your number, Enter, then your PIN, Enter.</source>
        <translation>Type your number, Enter, then your PIN, Enter.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="36"/>
        <source>Nobody can log in yet: the hub has sent no staff to this till. Ask IT to add staff at the hub (pos-hub staff add).</source>
        <translation>Nobody can log in yet: the hub has sent no staff to this till. Ask IT to add staff at the hub (pos-hub staff add).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="28"/>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="37"/>
        <source>Till · loyalty</source>
        <translation>Till · loyalty</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="118"/>
        <source>%1 events have not reached the hub yet. They are kept and sent later. Log out?</source>
        <translation>%1 events have not reached the hub yet. They are kept and sent later. Log out?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="119"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="167"/>
        <source>The unfinished sale is back: take the payment (F12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="189"/>
        <source>The unfinished sale is cancelled: no money was taken for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="207"/>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="209"/>
        <source>%2 (No. %1) · shift since %3</source>
        <translation>%2 (No. %1) · shift since %3</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="241"/>
        <source>Sales have waited over 24 hours to reach the hub. Check the network and tell the supervisor.</source>
        <translation>Sales have waited over 24 hours to reach the hub. Check the network and tell the supervisor.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="265"/>
        <source>The sale is not finished (%1 lines). Quit and drop it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="271"/>
        <source>%1 events have not reached the hub yet. They are kept and sent next time. Quit?</source>
        <translation>%1 events have not reached the hub yet. They are kept and sent next time. Quit?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="266"/>
        <location filename="../../pos_app/ui/main_window.py" line="272"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MemberBadge</name>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="43"/>
        <source>No member</source>
        <translation>No member</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="44"/>
        <source>F2: find the member by phone</source>
        <translation>F2: find the member by phone</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="48"/>
        <source>Available: %1 pts · pending: %2 pts</source>
        <translation>Available: %1 pts · pending: %2 pts</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="51"/>
        <source>Offline: balance as of %1</source>
        <translation>Offline: balance as of %1</translation>
    </message>
</context>
<context>
    <name>MemberInfo</name>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="29"/>
        <source>Unconfirmed: registered offline, points cannot be spent until the phone is confirmed with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="37"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="39"/>
        <source>Member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="40"/>
        <source>Available points</source>
        <translation>Available points</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="41"/>
        <source>Pending (available on)</source>
        <translation>Pending (available on)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="42"/>
        <source>Balance (available + pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="43"/>
        <source>Expiring within 30 days</source>
        <translation>Expiring within 30 days</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="60"/>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="62"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="65"/>
        <source>Offline: cached balance as of %1</source>
        <translation>Offline: cached balance as of %1</translation>
    </message>
</context>
<context>
    <name>MemberLookupPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/member_lookup.py" line="23"/>
        <source>Phone or member card</source>
        <translation>Phone or member card</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="22"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="25"/>
        <source>Use for this sale</source>
        <translation>Use for this sale</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="26"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="27"/>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="28"/>
        <source>Send the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="32"/>
        <source>6-digit code from the SMS</source>
        <translation type="unfinished">6-digit code from the SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="35"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="54"/>
        <source>Sending the code…</source>
        <translation type="unfinished">Sending the code…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="59"/>
        <source>The code was sent to the member&apos;s phone: type it and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="76"/>
        <source>The phone is confirmed: the member may spend points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="99"/>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="34"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="48"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="56"/>
        <source>Payable with points, at most</source>
        <translation>Payable with points, at most</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="60"/>
        <source>Why not more</source>
        <translation>Why not more</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="65"/>
        <source>Points to spend</source>
        <translation>Points to spend</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="69"/>
        <source>6-digit code from the SMS</source>
        <translation>6-digit code from the SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="71"/>
        <source>SMS code</source>
        <translation>SMS code</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="78"/>
        <source>Tender</source>
        <translation>Tender</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="82"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="82"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="83"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="84"/>
        <source>Cash + card</source>
        <translation>Cash + card</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="95"/>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="97"/>
        <source>amount received</source>
        <translation>amount received</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="100"/>
        <location filename="../../pos_app/ui/pages/payment.py" line="231"/>
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="104"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="108"/>
        <source>Card part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="111"/>
        <source>Points to earn</source>
        <translation>Points to earn</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="113"/>
        <source>On credit no line can be paid with points.</source>
        <translation>On credit no line can be paid with points.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="132"/>
        <source>Back to sale</source>
        <translation>Back to sale</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="133"/>
        <source>Spend the most</source>
        <translation>Spend the most</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="134"/>
        <source>Type points</source>
        <translation>Type points</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="135"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="137"/>
        <source>Show receipt</source>
        <translation>Show receipt</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="138"/>
        <source>Finish sale</source>
        <translation>Finish sale</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="139"/>
        <source>New sale</source>
        <translation>New sale</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="219"/>
        <source>No member: points cannot be spent or earned.</source>
        <translation>No member: points cannot be spent or earned.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="220"/>
        <source>Member has %1 pts</source>
        <translation>Member has %1 pts</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="226"/>
        <location filename="../../pos_app/ui/pages/payment.py" line="290"/>
        <source>At most %1 points can be spent on this sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="231"/>
        <source>Cash part</source>
        <translation>Cash part</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="22"/>
        <source>no member on this sale</source>
        <translation>no member on this sale</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="26"/>
        <source>offline: at most %1 pts (offline limit)</source>
        <translation>offline: at most %1 pts (offline limit)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="29"/>
        <source>at most %1 pts per order</source>
        <translation>at most %1 pts per order</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="32"/>
        <source>the member&apos;s available points</source>
        <translation>the member&apos;s available points</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="33"/>
        <source>nothing limits it</source>
        <translation>nothing limits it</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="275"/>
        <source>Type the cash received: at least %1.</source>
        <translation>Type the cash received: at least %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="281"/>
        <source>Type the cash part: more than 0 and less than %1.</source>
        <translation>Type the cash part: more than 0 and less than %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="304"/>
        <source>Paying with points while offline needs a supervisor.</source>
        <translation>Paying with points while offline needs a supervisor.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="322"/>
        <source>Asking the hub for an SMS code…</source>
        <translation>Asking the hub for an SMS code…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="334"/>
        <source>The customer got an SMS code: type it and press Enter.</source>
        <translation>The customer got an SMS code: type it and press Enter.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="340"/>
        <source>Type the 6-digit code from the SMS.</source>
        <translation>Type the 6-digit code from the SMS.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="369"/>
        <source>Saving the sale…</source>
        <translation>Saving the sale…</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/receipt_preview.py" line="11"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="28"/>
        <source>Register a member</source>
        <translation>Register a member</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="34"/>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="38"/>
        <location filename="../../pos_app/ui/pages/registration.py" line="40"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="41"/>
        <source>The customer accepts the program rules</source>
        <translation>The customer accepts the program rules</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="42"/>
        <source>The customer agrees to news and offers by e-mail</source>
        <translation>The customer agrees to news and offers by e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="43"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="44"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="45"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="46"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="52"/>
        <source>6-digit code from the SMS</source>
        <translation>6-digit code from the SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="54"/>
        <source>SMS code</source>
        <translation>SMS code</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="61"/>
        <source>Program rules</source>
        <translation>Program rules</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="69"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="70"/>
        <source>Send code</source>
        <translation>Send code</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="71"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="105"/>
        <source>1 point = %1. Points are earned on purchases (the number is on the price tag) and become available %2 days after the purchase. Points can pay up to %3% of a purchase, except gift cards, goods bought on credit and sale items. Points are kept for %4 days. The member is identified by phone number. Returned goods take back the points earned on them. The customer must be 18 or older. Personal data are processed to run the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="133"/>
        <source>That is not a phone number. Type it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="136"/>
        <source>Type the birth date as DD.MM.YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="138"/>
        <source>The customer must accept the program rules.</source>
        <translation>The customer must accept the program rules.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="148"/>
        <source>Sending the code…</source>
        <translation>Sending the code…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="157"/>
        <source>Code sent. Ask the customer for the code from the SMS.</source>
        <translation>Code sent. Ask the customer for the code from the SMS.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="172"/>
        <source>You can send the code again (F5).</source>
        <translation>You can send the code again (F5).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="174"/>
        <source>Send again in %1 s</source>
        <translation>Send again in %1 s</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="176"/>
        <source>sends left: %1</source>
        <translation>sends left: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="186"/>
        <source>Type the 6-digit code from the SMS.</source>
        <translation>Type the 6-digit code from the SMS.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="204"/>
        <source>Registered. The member is on the sale.</source>
        <translation>Registered. The member is on the sale.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="213"/>
        <location filename="../../pos_app/ui/pages/registration.py" line="221"/>
        <source>Registered. The slip did not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="219"/>
        <source>Registered. The member is on the sale. The welcome slip is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="227"/>
        <source>Tries left: %1</source>
        <translation>Tries left: %1</translation>
    </message>
</context>
<context>
    <name>ReplaceCardDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="21"/>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="24"/>
        <source>Replace member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="28"/>
        <source>%1, %2, card %3. The old card stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="36"/>
        <source>Supervisor number</source>
        <translation type="unfinished">Supervisor number</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="37"/>
        <source>Supervisor</source>
        <translation type="unfinished">Supervisor</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="41"/>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="42"/>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="50"/>
        <source>Enter  Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="51"/>
        <source>Esc  Cancel</source>
        <translation type="unfinished">Esc  Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="68"/>
        <source>Type the supervisor&apos;s number and PIN.</source>
        <translation type="unfinished">Type the supervisor&apos;s number and PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="71"/>
        <source>Asking the hub for a new card…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="26"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="30"/>
        <source>Scan the receipt&apos;s code or type its number</source>
        <translation>Scan the receipt&apos;s code or type its number</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="33"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="38"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="38"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="38"/>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="39"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="39"/>
        <source>Return now</source>
        <translation>Return now</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="39"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="55"/>
        <source>Points earned to annul</source>
        <translation>Points earned to annul</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="56"/>
        <source>Points paid to give back</source>
        <translation>Points paid to give back</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="59"/>
        <location filename="../../pos_app/ui/pages/returns.py" line="147"/>
        <source>Money to give back</source>
        <translation>Money to give back</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="64"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="65"/>
        <source>Return all</source>
        <translation>Return all</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="66"/>
        <source>Return (supervisor)</source>
        <translation>Return (supervisor)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="104"/>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="114"/>
        <source>gift for points: not returnable</source>
        <translation>gift for points: not returnable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="142"/>
        <source>Hand back to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="159"/>
        <source>Choose what to return: set a quantity on a line.</source>
        <translation>Choose what to return: set a quantity on a line.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="161"/>
        <source>A return needs a supervisor.</source>
        <translation>A return needs a supervisor.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="173"/>
        <source>Return %1 done.</source>
        <translation>Return %1 done.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="174"/>
        <source>The return receipt is printing.</source>
        <translation>The return receipt is printing.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="186"/>
        <source>The return receipt is printed.</source>
        <translation>The return receipt is printed.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="189"/>
        <source>Click the printer in the status bar to print it again.</source>
        <translation>Click the printer in the status bar to print it again.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="177"/>
        <location filename="../../pos_app/ui/pages/returns.py" line="188"/>
        <source>The return receipt did not print: %1</source>
        <translation>The return receipt did not print: %1</translation>
    </message>
</context>
<context>
    <name>SaleDoneView</name>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="49"/>
        <source>Scan the next item to start the next sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="58"/>
        <source>Sale %1 done</source>
        <translation>Sale %1 done</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="59"/>
        <source>Paid %1</source>
        <translation>Paid %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="61"/>
        <source>with points: %1</source>
        <translation>with points: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="63"/>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="65"/>
        <source>Points earned: %1</source>
        <translation>Points earned: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="83"/>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="101"/>
        <source>Printing the receipt…</source>
        <translation>Printing the receipt…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="96"/>
        <source>Receipt printed.</source>
        <translation>Receipt printed.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="98"/>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="107"/>
        <source>The receipt did not print: %1 The sale is saved; print again (F9).</source>
        <translation>The receipt did not print: %1 The sale is saved; print again (F9).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="105"/>
        <source>No printer is set up: the receipt can be shown on screen (F8).</source>
        <translation>No printer is set up: the receipt can be shown on screen (F8).</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="27"/>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="31"/>
        <source>Scan or type a barcode or SKU, then Enter</source>
        <translation>Scan or type a barcode or SKU, then Enter</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="56"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="59"/>
        <source>Payable with points</source>
        <translation>Payable with points</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="63"/>
        <source>Points to earn</source>
        <translation>Points to earn</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="68"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="75"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="76"/>
        <location filename="../../pos_app/ui/pages/sale.py" line="184"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="77"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="78"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="79"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="80"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="81"/>
        <location filename="../../pos_app/ui/pages/sale.py" line="244"/>
        <source>Clear sale</source>
        <translation>Clear sale</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="82"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="83"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="85"/>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="87"/>
        <source>Cash register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="89"/>
        <source>Reprint last receipt</source>
        <translation>Reprint last receipt</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="90"/>
        <source>Change price (supervisor)</source>
        <translation>Change price (supervisor)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="142"/>
        <source>Looking up…</source>
        <translation type="unfinished">Looking up…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="159"/>
        <source>A gift for points needs a member: find the member first (F2).</source>
        <translation>A gift for points needs a member: find the member first (F2).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="165"/>
        <location filename="../../pos_app/ui/pages/sale.py" line="201"/>
        <source>Not enough points for this gift.</source>
        <translation>Not enough points for this gift.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="166"/>
        <source>This gift would pass the points cap per order.</source>
        <translation>This gift would pass the points cap per order.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="196"/>
        <source>The quantity must be between 1 and 999.</source>
        <translation>The quantity must be between 1 and 999.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="211"/>
        <source>A new price for %1 needs a supervisor.</source>
        <translation>A new price for %1 needs a supervisor.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="218"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="228"/>
        <source>A price is a positive amount such as 1999.00.</source>
        <translation>A price is a positive amount such as 1999.00.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="244"/>
        <source>Remove every line and the member from this sale?</source>
        <translation>Remove every line and the member from this sale?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="258"/>
        <source>Settings are for supervisors.</source>
        <translation>Settings are for supervisors.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="264"/>
        <source>Printing a copy of the last receipt…</source>
        <translation>Printing a copy of the last receipt…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="270"/>
        <source>A copy of the last receipt is printed.</source>
        <translation>A copy of the last receipt is printed.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="272"/>
        <source>The copy did not print: %1</source>
        <translation>The copy did not print: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="273"/>
        <source>Click the printer in the status bar to print it again.</source>
        <translation>Click the printer in the status bar to print it again.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="277"/>
        <source>No receipt has been printed since the till started.</source>
        <translation>No receipt has been printed since the till started.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="299"/>
        <source>The basket is empty: scan an item first.</source>
        <translation>The basket is empty: scan an item first.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="311"/>
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="319"/>
        <source>Gifts for points: %1 pts</source>
        <translation>Gifts for points: %1 pts</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="25"/>
        <source>Balance check</source>
        <translation>Balance check</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="30"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="30"/>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="30"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="31"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="31"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="41"/>
        <source>Back to sale</source>
        <translation>Back to sale</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="42"/>
        <source>Print balance slip</source>
        <translation>Print balance slip</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="43"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="44"/>
        <source>Adjust points</source>
        <translation>Adjust points</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="45"/>
        <source>Replace card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="46"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="76"/>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="102"/>
        <source>under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="111"/>
        <source>The hub flagged this sale; its points are under review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="118"/>
        <source>Offline: the history needs the hub; the balance is the cached one.</source>
        <translation>Offline: the history needs the hub; the balance is the cached one.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="129"/>
        <source>Printing the balance slip…</source>
        <translation>Printing the balance slip…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="136"/>
        <source>Balance slip printed.</source>
        <translation>Balance slip printed.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="139"/>
        <source>Click the printer in the status bar to print it again.</source>
        <translation>Click the printer in the status bar to print it again.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="150"/>
        <source>Adjusted by %1 pts; available now %2.</source>
        <translation>Adjusted by %1 pts; available now %2.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="162"/>
        <source>New card %1; the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="131"/>
        <location filename="../../pos_app/ui/pages/service.py" line="138"/>
        <source>The slip did not print: %1</source>
        <translation>The slip did not print: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="58"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="67"/>
        <source>File (preview)</source>
        <translation>File (preview)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="67"/>
        <source>Network (host:port)</source>
        <translation>Network (host:port)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="68"/>
        <source>USB (vendor:product)</source>
        <translation>USB (vendor:product)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="68"/>
        <source>Serial port</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="69"/>
        <source>Device file</source>
        <translation>Device file</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="69"/>
        <source>No printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="73"/>
        <source>e.g. 192.168.1.50:9100</source>
        <translation>e.g. 192.168.1.50:9100</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="81"/>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="82"/>
        <source>Hub address</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="83"/>
        <source>Till token</source>
        <translation>Till token</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="84"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="85"/>
        <source>Printer address</source>
        <translation>Printer address</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="86"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="87"/>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="88"/>
        <source>Offline points cap per member</source>
        <translation>Offline points cap per member</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="90"/>
        <source>None (another system fiscalizes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="90"/>
        <source>Emulator (demo, training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="91"/>
        <source>ATOL (driver v10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="91"/>
        <source>Shtrih-M (serial port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="97"/>
        <source>As a discount on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="98"/>
        <source>As a separate payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="99"/>
        <source>Fiscal register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="100"/>
        <source>Register connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="101"/>
        <source>Points on the fiscal receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="109"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="110"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="126"/>
        <source>file (empty: beside the till&apos;s data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="127"/>
        <source>usb, 192.168.1.60:5555 or /dev/ttyS0:115200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="128"/>
        <source>/dev/ttyUSB0:115200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="163"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="166"/>
        <source>Screen %1 (%2×%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="170"/>
        <source>Screen %1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="185"/>
        <source>The hub address must start with http:// or https://.</source>
        <translation>The hub address must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="190"/>
        <source>The register connection: a port or speed is a number, e.g. /dev/ttyUSB0:115200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="205"/>
        <source>Saved, but the register is not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="208"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SupervisorPinDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="18"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="21"/>
        <source>Supervisor&apos;s PIN required</source>
        <translation>Supervisor&apos;s PIN required</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="26"/>
        <source>Supervisor number</source>
        <translation>Supervisor number</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="31"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="38"/>
        <source>Enter  Confirm</source>
        <translation>Enter  Confirm</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="39"/>
        <source>Esc  Cancel</source>
        <translation>Esc  Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="55"/>
        <source>Type the supervisor&apos;s number and PIN.</source>
        <translation>Type the supervisor&apos;s number and PIN.</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="18"/>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="20"/>
        <source>Events the hub refused</source>
        <translation>Events the hub refused</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="23"/>
        <source>These events were put aside; the rest keep being sent. Tell the supervisor.</source>
        <translation>These events were put aside; the rest keep being sent. Tell the supervisor.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="30"/>
        <source>Send again (supervisor)</source>
        <translation>Send again (supervisor)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="55"/>
        <source>Sending a refused event again needs a supervisor.</source>
        <translation>Sending a refused event again needs a supervisor.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="15"/>
        <location filename="../../pos_app/ui/texts.py" line="26"/>
        <source>gift for points</source>
        <translation>gift for points</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="16"/>
        <source>category not in the program</source>
        <translation>category not in the program</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="17"/>
        <source>sale item</source>
        <translation>sale item</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="18"/>
        <source>bought on credit</source>
        <translation>bought on credit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="24"/>
        <source>purchase</source>
        <translation>purchase</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="25"/>
        <source>paid with points</source>
        <translation>paid with points</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="27"/>
        <source>return: points annulled</source>
        <translation>return: points annulled</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="28"/>
        <source>return: points refunded</source>
        <translation>return: points refunded</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="29"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="30"/>
        <source>adjustment</source>
        <translation>adjustment</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="31"/>
        <source>review award</source>
        <translation>review award</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="32"/>
        <source>sale cancelled</source>
        <translation>sale cancelled</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="42"/>
        <source>Wrong cashier number or PIN. Try again.</source>
        <translation>Wrong cashier number or PIN. Try again.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="43"/>
        <source>Wrong supervisor number or PIN.</source>
        <translation>Wrong supervisor number or PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="44"/>
        <source>No printer is set up: a supervisor can set one in the settings (F9).</source>
        <translation>No printer is set up: a supervisor can set one in the settings (F9).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="45"/>
        <source>This cashier may not do this; log in as a cashier or supervisor.</source>
        <translation>This cashier may not do this; log in as a cashier or supervisor.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="46"/>
        <source>The basket is empty: scan an item first.</source>
        <translation>The basket is empty: scan an item first.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="47"/>
        <source>The payment does not cover the total.</source>
        <translation>The payment does not cover the total.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="48"/>
        <source>Too many points for this basket: lower the points.</source>
        <translation>Too many points for this basket: lower the points.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="49"/>
        <source>The SMS confirmation is no longer valid: ask for a new code.</source>
        <translation>The SMS confirmation is no longer valid: ask for a new code.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="50"/>
        <source>This PIN is not a supervisor&apos;s PIN.</source>
        <translation>This PIN is not a supervisor&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="51"/>
        <source>Unknown barcode {code}: check it or type the SKU. The basket is kept.</source>
        <translation>Unknown barcode {code}: check it or type the SKU. The basket is kept.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="52"/>
        <source>That is not a phone number. Type it as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="53"/>
        <source>No member with this phone. Offer registration (F7).</source>
        <translation>No member with this phone. Offer registration (F7).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="54"/>
        <source>This phone is already a member.</source>
        <translation>This phone is already a member.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="55"/>
        <source>The member&apos;s phone is not confirmed: points cannot be spent. Send the code (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="56"/>
        <source>This member&apos;s phone is already confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="57"/>
        <source>Too many codes were sent. Wait a few minutes and try again.</source>
        <translation>Too many codes were sent. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="58"/>
        <source>Wrong code. Tries left: {tries_left}.</source>
        <translation>Wrong code. Tries left: {tries_left}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="59"/>
        <source>The code has expired. Send a new one.</source>
        <translation>The code has expired. Send a new one.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="60"/>
        <source>Members must be 18 or older.</source>
        <translation>Members must be 18 or older.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="61"/>
        <source>The customer must accept the program rules.</source>
        <translation>The customer must accept the program rules.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="62"/>
        <source>The hub cannot be reached. Try again later.</source>
        <translation>The hub cannot be reached. Try again later.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="63"/>
        <source>No sale with this receipt number.</source>
        <translation>No sale with this receipt number.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="64"/>
        <source>Gifts bought with points cannot be returned.</source>
        <translation>Gifts bought with points cannot be returned.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="65"/>
        <source>More than was sold cannot be returned.</source>
        <translation>More than was sold cannot be returned.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="66"/>
        <source>The member does not have enough points.</source>
        <translation>The member does not have enough points.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="67"/>
        <source>The member can spend at most {available} points now (points held for another payment count as spent). Lower the points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="68"/>
        <source>Check the quantity: a whole number from 1 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="69"/>
        <source>A line of this sale cannot be sold (its price, code or name is not valid). Remove it and tell the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="70"/>
        <source>Check the payment: an amount with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="71"/>
        <source>Offline, at most {cap} points can be spent.</source>
        <translation>Offline, at most {cap} points can be spent.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="72"/>
        <source>The printer failed: {message}</source>
        <translation>The printer failed: {message}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="73"/>
        <source>Printer settings: {message}</source>
        <translation>Printer settings: {message}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="74"/>
        <source>Type the points: a whole number other than 0 (with a minus to take points away).</source>
        <translation>Type the points: a whole number other than 0 (with a minus to take points away).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="75"/>
        <source>Type the reason for the adjustment.</source>
        <translation>Type the reason for the adjustment.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="76"/>
        <source>The hub cannot be reached: points are adjusted online only. Check the history before trying again.</source>
        <translation>The hub cannot be reached: points are adjusted online only. Check the history before trying again.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="77"/>
        <source>The hub does not know this person as a supervisor of this store.</source>
        <translation>The hub does not know this person as a supervisor of this store.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="78"/>
        <source>A supervisor&apos;s PIN is needed for this.</source>
        <translation>A supervisor&apos;s PIN is needed for this.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="79"/>
        <source>The SMS could not be sent. Try again in a minute; this attempt is not counted.</source>
        <translation>The SMS could not be sent. Try again in a minute; this attempt is not counted.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="80"/>
        <source>The hub refused an event of another till: check the till&apos;s store and number in the settings.</source>
        <translation>The hub refused an event of another till: check the till&apos;s store and number in the settings.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="81"/>
        <source>This receipt belongs to another store: return it there.</source>
        <translation>This receipt belongs to another store: return it there.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="89"/>
        <source>Something went wrong: {code}</source>
        <translation>Something went wrong: {code}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="133"/>
        <source>The printer is not set up: its connection driver is missing.</source>
        <translation>The printer is not set up: its connection driver is missing.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="134"/>
        <source>The printer cannot be reached: check its power and cable.</source>
        <translation>The printer cannot be reached: check its power and cable.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="135"/>
        <source>The printer is out of paper.</source>
        <translation>The printer is out of paper.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="136"/>
        <source>The printer is offline (cover open or no paper).</source>
        <translation>The printer is offline (cover open or no paper).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="137"/>
        <source>The printer does not answer.</source>
        <translation>The printer does not answer.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="138"/>
        <source>The connection to the printer was lost.</source>
        <translation>The connection to the printer was lost.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="139"/>
        <source>The receipt could not be prepared: tell the supervisor.</source>
        <translation>The receipt could not be prepared: tell the supervisor.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="140"/>
        <location filename="../../pos_app/ui/texts.py" line="142"/>
        <source>Printing failed.</source>
        <translation>Printing failed.</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="97"/>
        <source>● Connecting…</source>
        <translation>● Connecting…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="99"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="99"/>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="104"/>
        <source>Events waiting: %1, oldest %2</source>
        <translation>Events waiting: %1, oldest %2</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="107"/>
        <source>All events sent</source>
        <translation>All events sent</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="109"/>
        <source>Sync problems: %1</source>
        <translation>Sync problems: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="140"/>
        <source>Click to print the failed receipts again.</source>
        <translation>Click to print the failed receipts again.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="143"/>
        <source>Printer: %1 Not printed: %2, click to retry.</source>
        <translation>Printer: %1 Not printed: %2, click to retry.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="148"/>
        <source>Printer: printing…</source>
        <translation>Printer: printing…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="150"/>
        <source>Printer: ready</source>
        <translation>Printer: ready</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="146"/>
        <source>Printer: none</source>
        <translation>Printer: none</translation>
    </message>
</context>
</TS>

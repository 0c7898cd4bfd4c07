<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="23"/>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="26"/>
        <source>Adjust points</source>
        <translation>Úprava bodov</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="29"/>
        <source>%1, %2: %3 pts available</source>
        <translation>%1, %2: dostupné %3 b.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="37"/>
        <source> pts</source>
        <translation> b.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="38"/>
        <source>Points (minus takes away)</source>
        <translation>Body (mínus = odpočítať)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="41"/>
        <source>e.g. points missing for receipt S1-T1-000123</source>
        <translation>napr. chýbajúce body za doklad S1-T1-000123</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="42"/>
        <source>Reason</source>
        <translation>Dôvod</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="45"/>
        <source>Supervisor number</source>
        <translation>Číslo vedúceho</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="46"/>
        <source>Supervisor</source>
        <translation>Vedúci</translation>
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
        <translation>Enter  Upraviť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="60"/>
        <source>Esc  Cancel</source>
        <translation>Esc  Zrušiť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="85"/>
        <source>Type the supervisor&apos;s number and PIN.</source>
        <translation>Zadajte číslo a PIN vedúceho.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="87"/>
        <source>Sending the adjustment to the hub…</source>
        <translation>Úprava sa odosiela na server…</translation>
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
        <translation>Č.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Item</source>
        <translation>Tovar</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Qty</source>
        <translation>Množ.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="24"/>
        <source>Points</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="24"/>
        <source>Paying with points</source>
        <translation>Platba bodmi</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="52"/>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="58"/>
        <source>%1 pts</source>
        <translation>%1 b.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="65"/>
        <source>✱ gift, not returnable</source>
        <translation>✱ darček, nemožno vrátiť</translation>
    </message>
</context>
<context>
    <name>CloseShift</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/close_shift.py" line="18"/>
        <source>Closing the shift…</source>
        <translation>Uzatváram zmenu…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/close_shift.py" line="35"/>
        <source>Events have not reached the hub yet: closing the shift needs a supervisor.</source>
        <translation>Nie všetky udalosti sú na serveri: zmenu uzatvára vedúci.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/close_shift.py" line="41"/>
        <source>Close shift</source>
        <translation>Uzavrieť zmenu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/close_shift.py" line="42"/>
        <source>Close the shift, print the shift loyalty report and log out?</source>
        <translation>Uzavrieť zmenu, vytlačiť prehľad vernostného programu a odhlásiť sa?</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/confirm.py" line="11"/>
        <source>Enter  Yes</source>
        <translation>Enter  Áno</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/confirm.py" line="12"/>
        <source>Esc  No</source>
        <translation>Esc  Nie</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="34"/>
        <source>Customer display</source>
        <translation>Displej zákazníka</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="90"/>
        <source>Item</source>
        <translation>Tovar</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="90"/>
        <source>Qty</source>
        <translation>Ks</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="90"/>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="104"/>
        <source>Total</source>
        <translation>Spolu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="105"/>
        <source>To pay</source>
        <translation>K úhrade</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="106"/>
        <source>Points can pay up to</source>
        <translation>Bodmi môžete zaplatiť až</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="107"/>
        <source>Points spent</source>
        <translation>Použité body</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="108"/>
        <source>Points earned</source>
        <translation>Získané body</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="127"/>
        <source>Join the bonus program</source>
        <translation>Pridajte sa k vernostnému programu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="139"/>
        <source>Welcome!</source>
        <translation>Vitajte!</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="145"/>
        <source>Thank you!</source>
        <translation>Ďakujeme za nákup!</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="146"/>
        <source>Paid %1</source>
        <translation>Zaplatené %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="148"/>
        <source>Points earned: %1</source>
        <translation>Získané body: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="150"/>
        <source>Your points now: %1</source>
        <translation>Vaše body teraz: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="152"/>
        <source>New points can be spent from %1</source>
        <translation>Nové body môžete použiť od %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="164"/>
        <source>%1 pts</source>
        <translation>%1 b.</translation>
    </message>
</context>
<context>
    <name>Fiscal</name>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="87"/>
        <source>Register settings: {message}</source>
        <translation>Nastavenia pokladnice: {message}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="99"/>
        <source>No fiscal register is set up: a supervisor chooses one in the settings (F9).</source>
        <translation>Nie je nastavená fiškálna pokladnica: vedúci ju vyberie v nastaveniach (F9).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="100"/>
        <source>The register&apos;s driver is not installed on this computer: ask IT to install the manufacturer&apos;s driver.</source>
        <translation>Ovládač pokladnice nie je na tomto počítači nainštalovaný: požiadajte IT o inštaláciu ovládača výrobcu.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="101"/>
        <source>Unknown register driver: choose emulator, ATOL, Shtrih-M or none in the settings.</source>
        <translation>Neznámy ovládač pokladnice: v nastaveniach vyberte emulátor, ATOL, Shtrih-M alebo žiadny.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="102"/>
        <source>The fiscal shift is closed: log in again to open it.</source>
        <translation>Fiškálna zmena je zatvorená: prihláste sa znova, aby sa otvorila.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="103"/>
        <source>The fiscal shift is already open.</source>
        <translation>Fiškálna zmena je už otvorená.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="104"/>
        <source>The fiscal shift is over 24 hours old: close the shift (Z report) and log in again.</source>
        <translation>Fiškálna zmena trvá viac ako 24 hodín: zatvorte zmenu (Z-správa) a prihláste sa znova.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="105"/>
        <source>The register refuses a return of more than was sold on that receipt.</source>
        <translation>Pokladnica odmieta vrátiť viac, než sa predalo na tomto doklade.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="106"/>
        <source>The register is out of paper: load paper and try again.</source>
        <translation>V pokladnici došiel papier: vložte papier a skúste znova.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="107"/>
        <source>The register&apos;s cover is open: close it.</source>
        <translation>Kryt pokladnice je otvorený: zatvorte ho.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="108"/>
        <source>The fiscal drive is full or expired: it must be replaced.</source>
        <translation>Fiškálna pamäť je plná alebo jej skončila platnosť: treba ju vymeniť.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="109"/>
        <source>The register does not answer: check its cable and power.</source>
        <translation>Pokladnica neodpovedá: skontrolujte kábel a napájanie.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="110"/>
        <source>The register refused the document: tell the supervisor.</source>
        <translation>Pokladnica odmietla doklad: povedzte to vedúcemu.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="111"/>
        <source>There is not that much cash in the register&apos;s drawer.</source>
        <translation>V zásuvke pokladnice nie je toľko hotovosti.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="112"/>
        <source>The register reported an error: tell the supervisor.</source>
        <translation>Pokladnica hlási chybu: povedzte to vedúcemu.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="113"/>
        <source>The register has not said whether the previous sale was signed: check the register and try again.</source>
        <translation>Pokladnica neoznámila, či bol predchádzajúci predaj zaevidovaný: skontrolujte pokladnicu a skúste znova.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="114"/>
        <source>The previous sale was signed after all and is finished: check its receipt before selling again.</source>
        <translation>Predchádzajúci predaj bol napokon zaevidovaný a je dokončený: pred ďalším predajom skontrolujte jeho doklad.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="40"/>
        <source>Register: %1</source>
        <translation>Pokladnica: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="45"/>
        <source>Register: shift %1 since %2</source>
        <translation>Pokladnica: zmena %1 od %2</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="48"/>
        <source>over 24 h, close it</source>
        <translation>viac ako 24 h, zatvorte ju</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="50"/>
        <source>Register: shift closed</source>
        <translation>Pokladnica: zmena zatvorená</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="53"/>
        <source>fiscal drive expired</source>
        <translation>platnosť fiškálnej pamäte skončila</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="55"/>
        <source>fiscal drive: %1 d left</source>
        <translation>fiškálna pamäť: ešte %1 d</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="58"/>
        <source>not sent to the operator: %1, oldest %2</source>
        <translation>neodoslané operátorovi: %1, najstarší %2</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="61"/>
        <source>no paper</source>
        <translation>bez papiera</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="63"/>
        <source>cover open</source>
        <translation>kryt otvorený</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="123"/>
        <source>Fiscal drive %1</source>
        <translation>Fiškálna pamäť %1</translation>
    </message>
</context>
<context>
    <name>FiscalDialogs</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="43"/>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="45"/>
        <source>Enter  Confirm</source>
        <translation>Enter  Potvrdiť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="57"/>
        <source>Type an amount such as 5000.00.</source>
        <translation>Zadajte sumu, napr. 5000.00.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="68"/>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="71"/>
        <source>Register</source>
        <translation>Pokladnica</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="75"/>
        <source>X report</source>
        <translation>X-správa</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="75"/>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="118"/>
        <source>Cash in</source>
        <translation>Vklad</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="76"/>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="118"/>
        <source>Cash out</source>
        <translation>Výber</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="81"/>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="97"/>
        <source>The register is printing…</source>
        <translation>Pokladnica tlačí…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="105"/>
        <source>X report printed (shift %1).</source>
        <translation>X-správa vytlačená (zmena %1).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="107"/>
        <source>Cash in the drawer: %1</source>
        <translation>Hotovosť v zásuvke: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="109"/>
        <source>Cash in registered: %1</source>
        <translation>Vklad zaevidovaný: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="111"/>
        <source>Cash out registered: %1</source>
        <translation>Výber zaevidovaný: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="119"/>
        <source>Money put into the drawer:</source>
        <translation>Suma vložená do zásuvky:</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="119"/>
        <source>Money taken from the drawer:</source>
        <translation>Suma vybraná zo zásuvky:</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="127"/>
        <source>The X report and cash in/out need a supervisor.</source>
        <translation>X-správa, vklad a výber vyžadujú vedúceho.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="137"/>
        <source>Unfinished sale</source>
        <translation>Nedokončený predaj</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="140"/>
        <source>The register did not sign this sale</source>
        <translation>Pokladnica tento predaj nezaevidovala</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="141"/>
        <source>The register did not sign this return</source>
        <translation>Pokladnica toto vrátenie nezaevidovala</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="146"/>
        <source>Started %1 by cashier %2, total %3.</source>
        <translation>Začatý %1 pokladníkom %2, suma %3.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="151"/>
        <source>Return from receipt %1.</source>
        <translation>Vrátenie z dokladu %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="152"/>
        <source>No money was registered for it. Take the payment again, or cancel it.</source>
        <translation>Peniaze zaň neboli zaevidované. Prijmite platbu znova alebo ho zrušte.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="153"/>
        <source>No refund was registered for it. Do the return again, or cancel it.</source>
        <translation>Vrátenie peňazí nebolo zaevidované. Urobte vrátenie znova alebo ho zrušte.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="158"/>
        <source>Cancel the sale</source>
        <translation>Zrušiť predaj</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="161"/>
        <source>Enter  Pay again</source>
        <translation>Enter  Zaplatiť znova</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="162"/>
        <source>Enter  Return again</source>
        <translation>Enter  Vrátiť znova</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="16"/>
        <source>Log in</source>
        <translation>Prihlásenie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="22"/>
        <source>e.g. 101</source>
        <translation>napr. 101</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="26"/>
        <source>Cashier number</source>
        <translation>Číslo pokladníka</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="27"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="29"/>
        <source>Enter  Log in</source>
        <translation>Enter  Prihlásiť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="33"/>
        <source>Type your number, Enter, then your PIN, Enter.</source>
        <translation>Zadajte svoje číslo, Enter, potom PIN, Enter.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="36"/>
        <source>Nobody can log in yet: the hub has sent no staff to this till. Ask IT to add staff at the hub (pos-hub staff add).</source>
        <translation>Zatiaľ sa nikto nemôže prihlásiť: server neposlal do tejto pokladne žiadnych zamestnancov. Požiadajte IT o pridanie zamestnancov na serveri (pos-hub staff add).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="28"/>
        <source>Till</source>
        <translation>Pokladňa</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="37"/>
        <source>Till · loyalty</source>
        <translation>Pokladňa · vernostný program</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="118"/>
        <source>%1 events have not reached the hub yet. They are kept and sent later. Log out?</source>
        <translation>Udalosti (%1) ešte neboli odoslané na server. Sú uložené a odošlú sa neskôr. Odhlásiť sa?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="119"/>
        <source>Log out</source>
        <translation>Odhlásiť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="167"/>
        <source>The unfinished sale is back: take the payment (F12).</source>
        <translation>Nedokončený predaj je späť: prijmite platbu (F12).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="189"/>
        <source>The unfinished sale is cancelled: no money was taken for it.</source>
        <translation>Nedokončený predaj je zrušený: peniaze zaň neboli prijaté.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="207"/>
        <source>Not logged in</source>
        <translation>Bez prihlásenia</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="209"/>
        <source>%2 (No. %1) · shift since %3</source>
        <translation>%2 (č. %1) · zmena od %3</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="241"/>
        <source>Sales have waited over 24 hours to reach the hub. Check the network and tell the supervisor.</source>
        <translation>Predaje čakajú na odoslanie na server viac ako 24 hodín. Skontrolujte sieť a informujte vedúceho.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="265"/>
        <source>The sale is not finished (%1 lines). Quit and drop it?</source>
        <translation>Nákup nie je dokončený (riadkov: %1). Skončiť a zrušiť ho?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="271"/>
        <source>%1 events have not reached the hub yet. They are kept and sent next time. Quit?</source>
        <translation>Udalosti (%1) ešte neboli odoslané na server. Sú uložené a odošlú sa pri ďalšom spustení. Zavrieť pokladňu?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="266"/>
        <location filename="../../pos_app/ui/main_window.py" line="272"/>
        <source>Quit</source>
        <translation>Zavrieť pokladňu</translation>
    </message>
</context>
<context>
    <name>MemberBadge</name>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="43"/>
        <source>No member</source>
        <translation>Bez člena</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="44"/>
        <source>F2: find the member by phone</source>
        <translation>F2: nájsť člena podľa telefónu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="48"/>
        <source>Available: %1 pts · pending: %2 pts</source>
        <translation>Dostupné: %1 b. · čakajúce: %2 b.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="51"/>
        <source>Offline: balance as of %1</source>
        <translation>Bez spojenia: zostatok k %1</translation>
    </message>
</context>
<context>
    <name>MemberInfo</name>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="29"/>
        <source>Unconfirmed: registered offline, points cannot be spent until the phone is confirmed with a code</source>
        <translation>Nepotvrdený: registrovaný offline, body nemožno minúť, kým telefón nie je potvrdený kódom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="36"/>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="37"/>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="39"/>
        <source>Member card</source>
        <translation>Členská karta</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="40"/>
        <source>Available points</source>
        <translation>Dostupné body</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="41"/>
        <source>Pending (available on)</source>
        <translation>Čakajúce (dostupné od)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="42"/>
        <source>Balance (available + pending)</source>
        <translation>Zostatok (dostupné + čakajúce)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="43"/>
        <source>Expiring within 30 days</source>
        <translation>Prepadnú do 30 dní</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="60"/>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="62"/>
        <source>none</source>
        <translation>žiadne</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="65"/>
        <source>Offline: cached balance as of %1</source>
        <translation>Bez spojenia: uložený zostatok k %1</translation>
    </message>
</context>
<context>
    <name>MemberLookupPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/member_lookup.py" line="23"/>
        <source>Phone or member card</source>
        <translation>Telefón alebo členská karta</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="22"/>
        <source>Member</source>
        <translation>Člen</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="25"/>
        <source>Use for this sale</source>
        <translation>Pridať k nákupu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="26"/>
        <source>Register</source>
        <translation>Registrácia</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="27"/>
        <source>Remove member</source>
        <translation>Odobrať člena</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="28"/>
        <source>Send the code</source>
        <translation>Poslať kód</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="32"/>
        <source>6-digit code from the SMS</source>
        <translation>6-miestny kód z SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="35"/>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="54"/>
        <source>Sending the code…</source>
        <translation>Kód sa odosiela…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="59"/>
        <source>The code was sent to the member&apos;s phone: type it and press Enter.</source>
        <translation>Kód bol poslaný na telefón člena: zadajte ho a stlačte Enter.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="76"/>
        <source>The phone is confirmed: the member may spend points.</source>
        <translation>Telefón je potvrdený: člen môže míňať body.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="99"/>
        <source>Looking up…</source>
        <translation>Hľadá sa…</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="34"/>
        <source>Payment</source>
        <translation>Platba</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="48"/>
        <source>Total</source>
        <translation>Spolu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="56"/>
        <source>Payable with points, at most</source>
        <translation>Bodmi možno zaplatiť najviac</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="60"/>
        <source>Why not more</source>
        <translation>Prečo nie viac</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="65"/>
        <source>Points to spend</source>
        <translation>Uplatniť body</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="69"/>
        <source>6-digit code from the SMS</source>
        <translation>6-miestny kód z SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="71"/>
        <source>SMS code</source>
        <translation>Kód z SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="78"/>
        <source>Tender</source>
        <translation>Spôsob platby</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="82"/>
        <source>Cash</source>
        <translation>Hotovosť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="82"/>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="83"/>
        <source>Credit</source>
        <translation>Úver</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="84"/>
        <source>Cash + card</source>
        <translation>Hotovosť + karta</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="95"/>
        <source>To pay</source>
        <translation>K úhrade</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="97"/>
        <source>amount received</source>
        <translation>prijatá suma</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="100"/>
        <location filename="../../pos_app/ui/pages/payment.py" line="231"/>
        <source>Cash received</source>
        <translation>Prijatá hotovosť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="104"/>
        <source>Change</source>
        <translation>Výdavok</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="108"/>
        <source>Card part</source>
        <translation>Kartou</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="111"/>
        <source>Points to earn</source>
        <translation>Body za nákup</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="113"/>
        <source>On credit no line can be paid with points.</source>
        <translation>Pri nákupe na úver nemožno platiť bodmi.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="132"/>
        <source>Back to sale</source>
        <translation>Späť k predaju</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="133"/>
        <source>Spend the most</source>
        <translation>Uplatniť maximum</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="134"/>
        <source>Type points</source>
        <translation>Zadať body</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="135"/>
        <source>Print again</source>
        <translation>Tlačiť znova</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="137"/>
        <source>Show receipt</source>
        <translation>Zobraziť doklad</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="138"/>
        <source>Finish sale</source>
        <translation>Dokončiť predaj</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="139"/>
        <source>New sale</source>
        <translation>Nový predaj</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="219"/>
        <source>No member: points cannot be spent or earned.</source>
        <translation>Bez člena nemožno body uplatniť ani získať.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="220"/>
        <source>Member has %1 pts</source>
        <translation>Člen má %1 b.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="226"/>
        <location filename="../../pos_app/ui/pages/payment.py" line="290"/>
        <source>At most %1 points can be spent on this sale.</source>
        <translation>Na tento nákup sa dá použiť najviac %1 bodov.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="231"/>
        <source>Cash part</source>
        <translation>V hotovosti</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="275"/>
        <source>Type the cash received: at least %1.</source>
        <translation>Zadajte prijatú hotovosť: aspoň %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="281"/>
        <source>Type the cash part: more than 0 and less than %1.</source>
        <translation>Zadajte sumu v hotovosti: viac ako 0 a menej ako %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="304"/>
        <source>Paying with points while offline needs a supervisor.</source>
        <translation>Platbu bodmi bez spojenia musí potvrdiť vedúci.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="322"/>
        <source>Asking the hub for an SMS code…</source>
        <translation>Žiada sa o SMS kód…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="334"/>
        <source>The customer got an SMS code: type it and press Enter.</source>
        <translation>Zákazník dostal SMS kód: zadajte ho a stlačte Enter.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="340"/>
        <source>Type the 6-digit code from the SMS.</source>
        <translation>Zadajte 6-miestny kód z SMS.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="369"/>
        <source>Saving the sale…</source>
        <translation>Predaj sa ukladá…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="22"/>
        <source>no member on this sale</source>
        <translation>v nákupe nie je člen</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="26"/>
        <source>offline: at most %1 pts (offline limit)</source>
        <translation>bez spojenia: najviac %1 b. (offline limit)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="29"/>
        <source>at most %1 pts per order</source>
        <translation>najviac %1 b. na nákup</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="32"/>
        <source>the member&apos;s available points</source>
        <translation>dostupné body člena</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="33"/>
        <source>nothing limits it</source>
        <translation>bez obmedzenia</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/receipt_preview.py" line="11"/>
        <source>Receipt</source>
        <translation>Doklad</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="28"/>
        <source>Register a member</source>
        <translation>Registrácia člena</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="34"/>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="38"/>
        <location filename="../../pos_app/ui/pages/registration.py" line="40"/>
        <source>optional</source>
        <translation>nepovinné</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="41"/>
        <source>The customer accepts the program rules</source>
        <translation>Zákazník súhlasí s pravidlami programu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="42"/>
        <source>The customer agrees to news and offers by e-mail</source>
        <translation>Zákazník súhlasí so zasielaním noviniek a ponúk e-mailom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="43"/>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="44"/>
        <source>Birth date</source>
        <translation>Dátum narodenia</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="45"/>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="46"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="52"/>
        <source>6-digit code from the SMS</source>
        <translation>6-miestny kód z SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="54"/>
        <source>SMS code</source>
        <translation>Kód z SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="61"/>
        <source>Program rules</source>
        <translation>Pravidlá programu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="69"/>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="70"/>
        <source>Send code</source>
        <translation>Odoslať kód</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="71"/>
        <source>Register</source>
        <translation>Registrovať</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="105"/>
        <source>1 point = %1. Points are earned on purchases (the number is on the price tag) and become available %2 days after the purchase. Points can pay up to %3% of a purchase, except gift cards, goods bought on credit and sale items. Points are kept for %4 days. The member is identified by phone number. Returned goods take back the points earned on them. The customer must be 18 or older. Personal data are processed to run the program.</source>
        <translation>1 bod = %1. Body sa pripisujú za nákupy (ich počet je na cenovke) a sú dostupné po %2 dňoch od nákupu. Bodmi možno zaplatiť najviac %3 % nákupu, okrem darčekových kariet, tovaru na úver a akciového tovaru. Body platia %4 dní. Člen sa identifikuje telefónnym číslom. Pri vrátení tovaru sa body, ktoré zaň boli pripísané, odpočítajú. Zákazník musí mať aspoň 18 rokov. Osobné údaje sa spracúvajú na účely vernostného programu.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="133"/>
        <source>That is not a phone number. Type it as %1.</source>
        <translation>Toto nie je telefónne číslo. Zadajte ho v tvare %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="136"/>
        <source>Type the birth date as DD.MM.YYYY.</source>
        <translation>Zadajte dátum narodenia v tvare DD.MM.RRRR.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="138"/>
        <source>The customer must accept the program rules.</source>
        <translation>Zákazník musí súhlasiť s pravidlami programu.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="148"/>
        <source>Sending the code…</source>
        <translation>Kód sa odosiela…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="157"/>
        <source>Code sent. Ask the customer for the code from the SMS.</source>
        <translation>Kód bol odoslaný. Požiadajte zákazníka o kód z SMS.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="172"/>
        <source>You can send the code again (F5).</source>
        <translation>Kód môžete odoslať znova (F5).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="174"/>
        <source>Send again in %1 s</source>
        <translation>Znova odoslať o %1 s</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="176"/>
        <source>sends left: %1</source>
        <translation>zostáva odoslaní: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="186"/>
        <source>Type the 6-digit code from the SMS.</source>
        <translation>Zadajte 6-miestny kód z SMS.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="204"/>
        <source>Registered. The member is on the sale.</source>
        <translation>Člen je zaregistrovaný a pridaný k nákupu.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="213"/>
        <location filename="../../pos_app/ui/pages/registration.py" line="221"/>
        <source>Registered. The slip did not print: %1</source>
        <translation>Registrovaný. Uvítací lístok sa nevytlačil: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="219"/>
        <source>Registered. The member is on the sale. The welcome slip is printed.</source>
        <translation>Registrovaný a pridaný k nákupu. Uvítací lístok je vytlačený.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="227"/>
        <source>Tries left: %1</source>
        <translation>Zostáva pokusov: %1</translation>
    </message>
</context>
<context>
    <name>ReplaceCardDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="21"/>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="24"/>
        <source>Replace member card</source>
        <translation>Výmena členskej karty</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="28"/>
        <source>%1, %2, card %3. The old card stops working at once.</source>
        <translation>%1, %2, karta %3. Stará karta okamžite prestane platiť.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="36"/>
        <source>Supervisor number</source>
        <translation>Číslo vedúceho</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="37"/>
        <source>Supervisor</source>
        <translation>Vedúci</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="41"/>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="42"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="50"/>
        <source>Enter  Replace</source>
        <translation>Enter  Vymeniť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="51"/>
        <source>Esc  Cancel</source>
        <translation>Esc  Zrušiť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="68"/>
        <source>Type the supervisor&apos;s number and PIN.</source>
        <translation>Zadajte číslo a PIN vedúceho.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="71"/>
        <source>Asking the hub for a new card…</source>
        <translation>Žiadame server o novú kartu…</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="26"/>
        <source>Return</source>
        <translation>Vrátenie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="30"/>
        <source>Scan the receipt&apos;s code or type its number</source>
        <translation>Naskenujte kód dokladu alebo zadajte jeho číslo</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="33"/>
        <source>Receipt</source>
        <translation>Doklad</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="38"/>
        <source>Item</source>
        <translation>Tovar</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="38"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="38"/>
        <source>Sold</source>
        <translation>Predané</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="39"/>
        <source>Returned</source>
        <translation>Vrátené</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="39"/>
        <source>Return now</source>
        <translation>Vrátiť teraz</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="39"/>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="55"/>
        <source>Points earned to annul</source>
        <translation>Zrušiť získané body</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="56"/>
        <source>Points paid to give back</source>
        <translation>Vrátiť uplatnené body</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="59"/>
        <location filename="../../pos_app/ui/pages/returns.py" line="147"/>
        <source>Money to give back</source>
        <translation>Vrátiť peniaze</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="64"/>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="65"/>
        <source>Return all</source>
        <translation>Vrátiť všetko</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="66"/>
        <source>Return (supervisor)</source>
        <translation>Vrátiť (vedúci)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="104"/>
        <source>%1 pts</source>
        <translation>%1 b.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="114"/>
        <source>gift for points: not returnable</source>
        <translation>darček za body: nemožno vrátiť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="142"/>
        <source>Hand back to the customer</source>
        <translation>Vrátiť zákazníkovi</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="159"/>
        <source>Choose what to return: set a quantity on a line.</source>
        <translation>Vyberte, čo vrátiť: zadajte množstvo v riadku.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="161"/>
        <source>A return needs a supervisor.</source>
        <translation>Vrátenie musí potvrdiť vedúci.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="173"/>
        <source>Return %1 done.</source>
        <translation>Vrátenie %1 je hotové.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="174"/>
        <source>The return receipt is printing.</source>
        <translation>Doklad o vrátení sa tlačí.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="177"/>
        <location filename="../../pos_app/ui/pages/returns.py" line="188"/>
        <source>The return receipt did not print: %1</source>
        <translation>Doklad o vrátení sa nevytlačil: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="186"/>
        <source>The return receipt is printed.</source>
        <translation>Doklad o vrátení je vytlačený.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="189"/>
        <source>Click the printer in the status bar to print it again.</source>
        <translation>Na opätovnú tlač kliknite na tlačiareň v stavovom riadku.</translation>
    </message>
</context>
<context>
    <name>SaleDoneView</name>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="49"/>
        <source>Scan the next item to start the next sale</source>
        <translation>Naskenujte ďalší tovar a začne sa nový nákup</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="58"/>
        <source>Sale %1 done</source>
        <translation>Predaj %1 dokončený</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="59"/>
        <source>Paid %1</source>
        <translation>Zaplatené %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="61"/>
        <source>with points: %1</source>
        <translation>bodmi: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="63"/>
        <source>Change: %1</source>
        <translation>Výdavok: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="65"/>
        <source>Points earned: %1</source>
        <translation>Získané body: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="83"/>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="101"/>
        <source>Printing the receipt…</source>
        <translation>Doklad sa tlačí…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="96"/>
        <source>Receipt printed.</source>
        <translation>Doklad je vytlačený.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="98"/>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="107"/>
        <source>The receipt did not print: %1 The sale is saved; print again (F9).</source>
        <translation>Doklad sa nevytlačil: %1 Predaj je uložený; vytlačte ho znova (F9).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="105"/>
        <source>No printer is set up: the receipt can be shown on screen (F8).</source>
        <translation>Tlačiareň nie je nastavená: doklad možno zobraziť na obrazovke (F8).</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="27"/>
        <source>Sale</source>
        <translation>Predaj</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="31"/>
        <source>Scan or type a barcode or SKU, then Enter</source>
        <translation>Naskenujte alebo zadajte čiarový kód či kód tovaru a stlačte Enter</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="56"/>
        <source>Total</source>
        <translation>Spolu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="59"/>
        <source>Payable with points</source>
        <translation>Možno zaplatiť bodmi</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="63"/>
        <source>Points to earn</source>
        <translation>Body za nákup</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="68"/>
        <source>Payment</source>
        <translation>Platba</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="75"/>
        <source>Member</source>
        <translation>Člen</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="76"/>
        <location filename="../../pos_app/ui/pages/sale.py" line="184"/>
        <source>Quantity</source>
        <translation>Množstvo</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="77"/>
        <source>Remove line</source>
        <translation>Zmazať riadok</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="78"/>
        <source>Return</source>
        <translation>Vrátenie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="79"/>
        <source>Balance</source>
        <translation>Zostatok</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="80"/>
        <source>Register</source>
        <translation>Registrácia</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="81"/>
        <location filename="../../pos_app/ui/pages/sale.py" line="244"/>
        <source>Clear sale</source>
        <translation>Vymazať nákup</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="82"/>
        <source>Settings</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="83"/>
        <source>Log out</source>
        <translation>Odhlásiť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="85"/>
        <source>Close shift</source>
        <translation>Uzavrieť zmenu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="87"/>
        <source>Cash register</source>
        <translation>Pokladnica</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="89"/>
        <source>Reprint last receipt</source>
        <translation>Kópia posledného dokladu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="90"/>
        <source>Change price (supervisor)</source>
        <translation>Zmeniť cenu (vedúci)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="142"/>
        <source>Looking up…</source>
        <translation>Hľadá sa…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="159"/>
        <source>A gift for points needs a member: find the member first (F2).</source>
        <translation>Darček za body je len pre člena: najprv nájdite člena (F2).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="165"/>
        <location filename="../../pos_app/ui/pages/sale.py" line="201"/>
        <source>Not enough points for this gift.</source>
        <translation>Na tento darček nie je dosť bodov.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="166"/>
        <source>This gift would pass the points cap per order.</source>
        <translation>S týmto darčekom by sa prekročil limit bodov na nákup.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="196"/>
        <source>The quantity must be between 1 and 999.</source>
        <translation>Množstvo musí byť od 1 do 999.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="211"/>
        <source>A new price for %1 needs a supervisor.</source>
        <translation>Novú cenu pre „%1“ musí potvrdiť vedúci.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="218"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="228"/>
        <source>A price is a positive amount such as 1999.00.</source>
        <translation>Cena musí byť kladná suma, napr. 1999.00.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="244"/>
        <source>Remove every line and the member from this sale?</source>
        <translation>Odstrániť z nákupu všetky riadky aj člena?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="258"/>
        <source>Settings are for supervisors.</source>
        <translation>Nastavenia sú len pre vedúceho.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="264"/>
        <source>Printing a copy of the last receipt…</source>
        <translation>Tlačí sa kópia posledného dokladu…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="270"/>
        <source>A copy of the last receipt is printed.</source>
        <translation>Kópia posledného dokladu je vytlačená.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="272"/>
        <source>The copy did not print: %1</source>
        <translation>Kópia sa nevytlačila: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="273"/>
        <source>Click the printer in the status bar to print it again.</source>
        <translation>Na opätovnú tlač kliknite na tlačiareň v stavovom riadku.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="277"/>
        <source>No receipt has been printed since the till started.</source>
        <translation>Od spustenia pokladne sa ešte nevytlačil žiadny doklad.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="299"/>
        <source>The basket is empty: scan an item first.</source>
        <translation>Nákup je prázdny: najprv naskenujte tovar.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="311"/>
        <source>Items: %1</source>
        <translation>Položky: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="319"/>
        <source>Gifts for points: %1 pts</source>
        <translation>Darčeky za body: %1 b.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="25"/>
        <source>Balance check</source>
        <translation>Kontrola zostatku</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="30"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="30"/>
        <source>Movement</source>
        <translation>Pohyb</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="30"/>
        <source>Points</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="31"/>
        <source>Balance</source>
        <translation>Zostatok</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="31"/>
        <source>Receipt</source>
        <translation>Doklad</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="41"/>
        <source>Back to sale</source>
        <translation>Späť k predaju</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="42"/>
        <source>Print balance slip</source>
        <translation>Tlač výpisu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="43"/>
        <source>Register</source>
        <translation>Registrácia</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="44"/>
        <source>Adjust points</source>
        <translation>Úprava bodov</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="45"/>
        <source>Replace card</source>
        <translation>Vymeniť kartu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="46"/>
        <source>Log out</source>
        <translation>Odhlásiť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="76"/>
        <source>Looking up…</source>
        <translation>Hľadá sa…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="102"/>
        <source>under review</source>
        <translation>v kontrole</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="111"/>
        <source>The hub flagged this sale; its points are under review.</source>
        <translation>Hub označil tento predaj: jeho body sú v kontrole.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="118"/>
        <source>Offline: the history needs the hub; the balance is the cached one.</source>
        <translation>Bez spojenia: história nie je dostupná, zobrazuje sa uložený zostatok.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="129"/>
        <source>Printing the balance slip…</source>
        <translation>Výpis zostatku sa tlačí…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="131"/>
        <location filename="../../pos_app/ui/pages/service.py" line="138"/>
        <source>The slip did not print: %1</source>
        <translation>Výpis sa nevytlačil: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="136"/>
        <source>Balance slip printed.</source>
        <translation>Výpis je vytlačený.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="139"/>
        <source>Click the printer in the status bar to print it again.</source>
        <translation>Na opätovnú tlač kliknite na tlačiareň v stavovom riadku.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="150"/>
        <source>Adjusted by %1 pts; available now %2.</source>
        <translation>Body upravené o %1; teraz dostupné: %2.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="162"/>
        <source>New card %1; the old one no longer works.</source>
        <translation>Nová karta %1; stará už neplatí.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="58"/>
        <source>Settings</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="67"/>
        <source>File (preview)</source>
        <translation>Súbor (náhľad)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="67"/>
        <source>Network (host:port)</source>
        <translation>Sieť (adresa:port)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="68"/>
        <source>USB (vendor:product)</source>
        <translation>USB (vendor:product)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="68"/>
        <source>Serial port</source>
        <translation>Sériový port</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="69"/>
        <source>Device file</source>
        <translation>Súbor zariadenia</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="69"/>
        <source>No printer</source>
        <translation>Bez tlačiarne</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="73"/>
        <source>e.g. 192.168.1.50:9100</source>
        <translation>napr. 192.168.1.50:9100</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="81"/>
        <source> pts</source>
        <translation> b.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="82"/>
        <source>Hub address</source>
        <translation>Adresa servera</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="83"/>
        <source>Till token</source>
        <translation>Token pokladne</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="84"/>
        <source>Printer</source>
        <translation>Tlačiareň</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="85"/>
        <source>Printer address</source>
        <translation>Adresa tlačiarne</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="86"/>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="87"/>
        <source>Customer display</source>
        <translation>Zákaznícky displej</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="88"/>
        <source>Offline points cap per member</source>
        <translation>Offline limit bodov na člena</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="90"/>
        <source>None (another system fiscalizes)</source>
        <translation>Žiadna (eviduje iný systém)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="90"/>
        <source>Emulator (demo, training)</source>
        <translation>Emulátor (ukážka, školenie)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="91"/>
        <source>ATOL (driver v10)</source>
        <translation>ATOL (ovládač v10)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="91"/>
        <source>Shtrih-M (serial port)</source>
        <translation>Shtrih-M (sériový port)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="97"/>
        <source>As a discount on each line</source>
        <translation>Ako zľava na každom riadku</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="98"/>
        <source>As a separate payment</source>
        <translation>Ako samostatná platba</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="99"/>
        <source>Fiscal register</source>
        <translation>Fiškálna pokladnica</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="100"/>
        <source>Register connection</source>
        <translation>Pripojenie pokladnice</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="101"/>
        <source>Points on the fiscal receipt</source>
        <translation>Body na fiškálnom doklade</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="109"/>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="110"/>
        <source>Save</source>
        <translation>Uložiť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="126"/>
        <source>file (empty: beside the till&apos;s data)</source>
        <translation>súbor (prázdne: vedľa údajov pokladne)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="127"/>
        <source>usb, 192.168.1.60:5555 or /dev/ttyS0:115200</source>
        <translation>usb, 192.168.1.60:5555 alebo /dev/ttyS0:115200</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="128"/>
        <source>/dev/ttyUSB0:115200</source>
        <translation>/dev/ttyUSB0:115200</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="163"/>
        <source>None</source>
        <translation>Žiadny</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="166"/>
        <source>Screen %1 (%2×%3)</source>
        <translation>Obrazovka %1 (%2×%3)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="170"/>
        <source>Screen %1 (not connected)</source>
        <translation>Obrazovka %1 (nepripojená)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="185"/>
        <source>The hub address must start with http:// or https://.</source>
        <translation>Adresa servera musí začínať http:// alebo https://.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="190"/>
        <source>The register connection: a port or speed is a number, e.g. /dev/ttyUSB0:115200.</source>
        <translation>Pripojenie pokladnice: port a rýchlosť sú čísla, napr. /dev/ttyUSB0:115200.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="205"/>
        <source>Saved, but the register is not ready: %1</source>
        <translation>Uložené, ale pokladnica nie je pripravená: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="208"/>
        <source>Saved.</source>
        <translation>Uložené.</translation>
    </message>
</context>
<context>
    <name>SupervisorPinDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="18"/>
        <source>Supervisor</source>
        <translation>Vedúci</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="21"/>
        <source>Supervisor&apos;s PIN required</source>
        <translation>Vyžaduje sa PIN vedúceho</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="26"/>
        <source>Supervisor number</source>
        <translation>Číslo vedúceho</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="31"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="38"/>
        <source>Enter  Confirm</source>
        <translation>Enter  Potvrdiť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="39"/>
        <source>Esc  Cancel</source>
        <translation>Esc  Zrušiť</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="55"/>
        <source>Type the supervisor&apos;s number and PIN.</source>
        <translation>Zadajte číslo a PIN vedúceho.</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="18"/>
        <source>Sync problems</source>
        <translation>Chyby synchronizácie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="20"/>
        <source>Events the hub refused</source>
        <translation>Udalosti odmietnuté serverom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="23"/>
        <source>These events were put aside; the rest keep being sent. Tell the supervisor.</source>
        <translation>Tieto udalosti boli odložené, ostatné sa odosielajú ďalej. Informujte vedúceho.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="30"/>
        <source>Send again (supervisor)</source>
        <translation>Odoslať znova (vedúci)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="55"/>
        <source>Sending a refused event again needs a supervisor.</source>
        <translation>Opätovné odoslanie odmietnutej udalosti musí potvrdiť vedúci.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="15"/>
        <location filename="../../pos_app/ui/texts.py" line="26"/>
        <source>gift for points</source>
        <translation>darček za body</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="16"/>
        <source>category not in the program</source>
        <translation>kategória mimo programu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="17"/>
        <source>sale item</source>
        <translation>akciový tovar</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="18"/>
        <source>bought on credit</source>
        <translation>nákup na úver</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="24"/>
        <source>purchase</source>
        <translation>nákup</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="25"/>
        <source>paid with points</source>
        <translation>platba bodmi</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="27"/>
        <source>return: points annulled</source>
        <translation>vrátenie: body zrušené</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="28"/>
        <source>return: points refunded</source>
        <translation>vrátenie: body vrátené</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="29"/>
        <source>expired</source>
        <translation>prepadnutie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="30"/>
        <source>adjustment</source>
        <translation>úprava</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="31"/>
        <source>review award</source>
        <translation>za recenziu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="32"/>
        <source>sale cancelled</source>
        <translation>zrušenie predaja</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="42"/>
        <source>Wrong cashier number or PIN. Try again.</source>
        <translation>Nesprávne číslo pokladníka alebo PIN. Skúste znova.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="43"/>
        <source>Wrong supervisor number or PIN.</source>
        <translation>Nesprávne číslo alebo PIN vedúceho.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="44"/>
        <source>No printer is set up: a supervisor can set one in the settings (F9).</source>
        <translation>Tlačiareň nie je nastavená: vedúci ju môže nastaviť v nastaveniach (F9).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="45"/>
        <source>This cashier may not do this; log in as a cashier or supervisor.</source>
        <translation>Tento pracovník na to nemá oprávnenie; prihláste sa ako pokladník alebo vedúci.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="46"/>
        <source>The basket is empty: scan an item first.</source>
        <translation>Nákup je prázdny: najprv naskenujte tovar.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="47"/>
        <source>The payment does not cover the total.</source>
        <translation>Platba nepokrýva celkovú sumu.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="48"/>
        <source>Too many points for this basket: lower the points.</source>
        <translation>Príliš veľa bodov na tento nákup: znížte počet bodov.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="49"/>
        <source>The SMS confirmation is no longer valid: ask for a new code.</source>
        <translation>Potvrdenie cez SMS už neplatí: vyžiadajte nový kód.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="50"/>
        <source>This PIN is not a supervisor&apos;s PIN.</source>
        <translation>Toto nie je PIN vedúceho.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="51"/>
        <source>Unknown barcode {code}: check it or type the SKU. The basket is kept.</source>
        <translation>Neznámy čiarový kód {code}: skontrolujte ho alebo zadajte kód tovaru. Nákup zostáva zachovaný.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="52"/>
        <source>That is not a phone number. Type it as {example}.</source>
        <translation>Toto nie je telefónne číslo. Zadajte ho v tvare {example}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="53"/>
        <source>No member with this phone. Offer registration (F7).</source>
        <translation>Člen s týmto telefónom neexistuje. Ponúknite registráciu (F7).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="54"/>
        <source>This phone is already a member.</source>
        <translation>Tento telefón je už v programe registrovaný.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="55"/>
        <source>The member&apos;s phone is not confirmed: points cannot be spent. Send the code (F9).</source>
        <translation>Telefón člena nie je potvrdený: body nemožno minúť. Pošlite kód (F9).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="56"/>
        <source>This member&apos;s phone is already confirmed.</source>
        <translation>Telefón tohto člena je už potvrdený.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="57"/>
        <source>Too many codes were sent. Wait a few minutes and try again.</source>
        <translation>Odoslalo sa príliš veľa kódov. Počkajte niekoľko minút a skúste znova.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="58"/>
        <source>Wrong code. Tries left: {tries_left}.</source>
        <translation>Nesprávny kód. Zostáva pokusov: {tries_left}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="59"/>
        <source>The code has expired. Send a new one.</source>
        <translation>Platnosť kódu vypršala. Odošlite nový.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="60"/>
        <source>Members must be 18 or older.</source>
        <translation>Člen musí mať aspoň 18 rokov.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="61"/>
        <source>The customer must accept the program rules.</source>
        <translation>Zákazník musí súhlasiť s pravidlami programu.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="62"/>
        <source>The hub cannot be reached. Try again later.</source>
        <translation>Server nie je dostupný. Skúste to neskôr.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="63"/>
        <source>No sale with this receipt number.</source>
        <translation>Predaj s týmto číslom dokladu neexistuje.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="64"/>
        <source>Gifts bought with points cannot be returned.</source>
        <translation>Darčeky získané za body nemožno vrátiť.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="65"/>
        <source>More than was sold cannot be returned.</source>
        <translation>Nemožno vrátiť viac, ako sa predalo.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="66"/>
        <source>The member does not have enough points.</source>
        <translation>Člen nemá dosť bodov.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="67"/>
        <source>The member can spend at most {available} points now (points held for another payment count as spent). Lower the points.</source>
        <translation>Člen teraz môže použiť najviac {available} bodov (body rezervované pre inú platbu sú už použité). Znížte počet bodov.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="68"/>
        <source>Check the quantity: a whole number from 1 up.</source>
        <translation>Skontrolujte množstvo: celé číslo od 1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="69"/>
        <source>A line of this sale cannot be sold (its price, code or name is not valid). Remove it and tell the supervisor.</source>
        <translation>Riadok tohto nákupu sa nedá predať (neplatná cena, kód alebo názov). Odstráňte ho a povedzte to vedúcemu.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="70"/>
        <source>Check the payment: an amount with at most two decimals.</source>
        <translation>Skontrolujte platbu: suma s najviac dvoma desatinnými miestami.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="71"/>
        <source>Offline, at most {cap} points can be spent.</source>
        <translation>Bez spojenia možno uplatniť najviac {cap} b.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="72"/>
        <source>The printer failed: {message}</source>
        <translation>Chyba tlačiarne: {message}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="73"/>
        <source>Printer settings: {message}</source>
        <translation>Nastavenia tlačiarne: {message}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="74"/>
        <source>Type the points: a whole number other than 0 (with a minus to take points away).</source>
        <translation>Zadajte body: celé číslo iné ako 0 (s mínusom na odpočítanie).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="75"/>
        <source>Type the reason for the adjustment.</source>
        <translation>Zadajte dôvod úpravy.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="76"/>
        <source>The hub cannot be reached: points are adjusted online only. Check the history before trying again.</source>
        <translation>Server nie je dostupný: body možno upraviť len online. Pred ďalším pokusom skontrolujte históriu.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="77"/>
        <source>The hub does not know this person as a supervisor of this store.</source>
        <translation>Server nepozná túto osobu ako vedúceho tejto predajne.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="78"/>
        <source>A supervisor&apos;s PIN is needed for this.</source>
        <translation>Na to je potrebný PIN vedúceho.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="79"/>
        <source>The SMS could not be sent. Try again in a minute; this attempt is not counted.</source>
        <translation>SMS sa nepodarilo odoslať. Skúste to o minútu; tento pokus sa nepočíta.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="80"/>
        <source>The hub refused an event of another till: check the till&apos;s store and number in the settings.</source>
        <translation>Server odmietol udalosť inej pokladne: skontrolujte predajňu a číslo pokladne v nastaveniach.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="81"/>
        <source>This receipt belongs to another store: return it there.</source>
        <translation>Tento doklad je z inej predajne: vrátenie vybavte tam.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="89"/>
        <source>Something went wrong: {code}</source>
        <translation>Niečo sa pokazilo: {code}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="133"/>
        <source>The printer is not set up: its connection driver is missing.</source>
        <translation>Tlačiareň nie je nastavená: chýba ovládač pripojenia.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="134"/>
        <source>The printer cannot be reached: check its power and cable.</source>
        <translation>Tlačiareň nie je dostupná: skontrolujte napájanie a kábel.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="135"/>
        <source>The printer is out of paper.</source>
        <translation>V tlačiarni došiel papier.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="136"/>
        <source>The printer is offline (cover open or no paper).</source>
        <translation>Tlačiareň je offline (otvorený kryt alebo chýba papier).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="137"/>
        <source>The printer does not answer.</source>
        <translation>Tlačiareň neodpovedá.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="138"/>
        <source>The connection to the printer was lost.</source>
        <translation>Spojenie s tlačiarňou sa prerušilo.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="139"/>
        <source>The receipt could not be prepared: tell the supervisor.</source>
        <translation>Doklad sa nepodarilo pripraviť: informujte vedúceho.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="140"/>
        <location filename="../../pos_app/ui/texts.py" line="142"/>
        <source>Printing failed.</source>
        <translation>Tlač zlyhala.</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="97"/>
        <source>● Connecting…</source>
        <translation>● Pripája sa…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="99"/>
        <source>● Online</source>
        <translation>● Pripojené</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="99"/>
        <source>● Offline</source>
        <translation>● Bez spojenia</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="104"/>
        <source>Events waiting: %1, oldest %2</source>
        <translation>Čakajúce udalosti: %1, najstaršia %2</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="107"/>
        <source>All events sent</source>
        <translation>Všetky udalosti odoslané</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="109"/>
        <source>Sync problems: %1</source>
        <translation>Chyby synchronizácie: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="140"/>
        <source>Click to print the failed receipts again.</source>
        <translation>Kliknite na opätovnú tlač nevytlačených dokladov.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="143"/>
        <source>Printer: %1 Not printed: %2, click to retry.</source>
        <translation>Tlačiareň: %1 Nevytlačené: %2, kliknite na opakovanie.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="146"/>
        <source>Printer: none</source>
        <translation>Tlačiareň: žiadna</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="148"/>
        <source>Printer: printing…</source>
        <translation>Tlačiareň: tlačí…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="150"/>
        <source>Printer: ready</source>
        <translation>Tlačiareň: pripravená</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="23"/>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="26"/>
        <source>Adjust points</source>
        <translation>Корректировка баллов</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="29"/>
        <source>%1, %2: %3 pts available</source>
        <translation>%1, %2: доступно %3 балл.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="37"/>
        <source> pts</source>
        <translation> балл.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="38"/>
        <source>Points (minus takes away)</source>
        <translation>Баллы (минус — списать)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="41"/>
        <source>e.g. points missing for receipt S1-T1-000123</source>
        <translation>например, не начислены баллы по чеку S1-T1-000123</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="42"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="45"/>
        <source>Supervisor number</source>
        <translation>Номер старшего кассира</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="46"/>
        <source>Supervisor</source>
        <translation>Старший кассир</translation>
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
        <translation>Enter  Провести</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="60"/>
        <source>Esc  Cancel</source>
        <translation>Esc  Отмена</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="85"/>
        <source>Type the supervisor&apos;s number and PIN.</source>
        <translation>Введите номер и PIN старшего кассира.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/adjust_points.py" line="87"/>
        <source>Sending the adjustment to the hub…</source>
        <translation>Корректировка отправляется в хаб…</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="22"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="24"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="26"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="28"/>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 ч</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="24"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="24"/>
        <source>Paying with points</source>
        <translation>Оплата баллами</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="52"/>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="58"/>
        <source>%1 pts</source>
        <translation>%1 балл.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="65"/>
        <source>✱ gift, not returnable</source>
        <translation>✱ подарок, без возврата</translation>
    </message>
</context>
<context>
    <name>CloseShift</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/close_shift.py" line="18"/>
        <source>Closing the shift…</source>
        <translation>Закрываем смену…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/close_shift.py" line="35"/>
        <source>Events have not reached the hub yet: closing the shift needs a supervisor.</source>
        <translation>Не все события отправлены на сервер: смену закрывает старший кассир.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/close_shift.py" line="41"/>
        <source>Close shift</source>
        <translation>Закрыть смену</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/close_shift.py" line="42"/>
        <source>Close the shift, print the shift loyalty report and log out?</source>
        <translation>Закрыть смену, напечатать отчёт по бонусной программе и выйти?</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/confirm.py" line="11"/>
        <source>Enter  Yes</source>
        <translation>Enter  Да</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/confirm.py" line="12"/>
        <source>Esc  No</source>
        <translation>Esc  Нет</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="34"/>
        <source>Customer display</source>
        <translation>Экран покупателя</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="90"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="90"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="90"/>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="104"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="105"/>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="106"/>
        <source>Points can pay up to</source>
        <translation>Баллами можно оплатить до</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="107"/>
        <source>Points spent</source>
        <translation>Списано баллов</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="108"/>
        <source>Points earned</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="127"/>
        <source>Join the bonus program</source>
        <translation>Вступайте в бонусную программу</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="139"/>
        <source>Welcome!</source>
        <translation>Добро пожаловать!</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="145"/>
        <source>Thank you!</source>
        <translation>Спасибо за покупку!</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="146"/>
        <source>Paid %1</source>
        <translation>Оплачено %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="148"/>
        <source>Points earned: %1</source>
        <translation>Начислено баллов: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="150"/>
        <source>Your points now: %1</source>
        <translation>Ваши баллы теперь: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="152"/>
        <source>New points can be spent from %1</source>
        <translation>Новыми баллами можно оплачивать с %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="164"/>
        <source>%1 pts</source>
        <translation>%1 балл.</translation>
    </message>
</context>
<context>
    <name>Fiscal</name>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="87"/>
        <source>Register settings: {message}</source>
        <translation>Настройки кассы: {message}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="99"/>
        <source>No fiscal register is set up: a supervisor chooses one in the settings (F9).</source>
        <translation>Фискальная касса не настроена: старший кассир выберет её в настройках (F9).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="100"/>
        <source>The register&apos;s driver is not installed on this computer: ask IT to install the manufacturer&apos;s driver.</source>
        <translation>Драйвер кассы не установлен на этом компьютере: попросите IT установить драйвер производителя.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="101"/>
        <source>Unknown register driver: choose emulator, ATOL, Shtrih-M or none in the settings.</source>
        <translation>Неизвестный драйвер кассы: выберите в настройках эмулятор, АТОЛ, Штрих-М или «нет».</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="102"/>
        <source>The fiscal shift is closed: log in again to open it.</source>
        <translation>Фискальная смена закрыта: войдите снова, чтобы открыть её.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="103"/>
        <source>The fiscal shift is already open.</source>
        <translation>Фискальная смена уже открыта.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="104"/>
        <source>The fiscal shift is over 24 hours old: close the shift (Z report) and log in again.</source>
        <translation>Фискальная смена длится более 24 часов: закройте смену (Z-отчёт) и войдите снова.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="105"/>
        <source>The register refuses a return of more than was sold on that receipt.</source>
        <translation>Касса не принимает возврат больше, чем продано по этому чеку.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="106"/>
        <source>The register is out of paper: load paper and try again.</source>
        <translation>В кассе кончилась бумага: заправьте бумагу и повторите.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="107"/>
        <source>The register&apos;s cover is open: close it.</source>
        <translation>Крышка кассы открыта: закройте её.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="108"/>
        <source>The fiscal drive is full or expired: it must be replaced.</source>
        <translation>Фискальный накопитель заполнен или истёк: его нужно заменить.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="109"/>
        <source>The register does not answer: check its cable and power.</source>
        <translation>Касса не отвечает: проверьте кабель и питание.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="110"/>
        <source>The register refused the document: tell the supervisor.</source>
        <translation>Касса отклонила документ: сообщите старшему кассиру.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="111"/>
        <source>There is not that much cash in the register&apos;s drawer.</source>
        <translation>В денежном ящике кассы нет столько наличных.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="112"/>
        <source>The register reported an error: tell the supervisor.</source>
        <translation>Касса сообщила об ошибке: сообщите старшему кассиру.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="113"/>
        <source>The register has not said whether the previous sale was signed: check the register and try again.</source>
        <translation>Касса не сообщила, зарегистрирована ли предыдущая продажа: проверьте кассу и повторите.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="114"/>
        <source>The previous sale was signed after all and is finished: check its receipt before selling again.</source>
        <translation>Предыдущая продажа всё же зарегистрирована и завершена: проверьте её чек, прежде чем продавать снова.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="40"/>
        <source>Register: %1</source>
        <translation>Касса: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="45"/>
        <source>Register: shift %1 since %2</source>
        <translation>Касса: смена %1 с %2</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="48"/>
        <source>over 24 h, close it</source>
        <translation>больше 24 ч, закройте её</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="50"/>
        <source>Register: shift closed</source>
        <translation>Касса: смена закрыта</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="53"/>
        <source>fiscal drive expired</source>
        <translation>срок ФН истёк</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="55"/>
        <source>fiscal drive: %1 d left</source>
        <translation>ФН: осталось %1 дн.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="58"/>
        <source>not sent to the operator: %1, oldest %2</source>
        <translation>не отправлено в ОФД: %1, старейший %2</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="61"/>
        <source>no paper</source>
        <translation>нет бумаги</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="63"/>
        <source>cover open</source>
        <translation>крышка открыта</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="123"/>
        <source>Fiscal drive %1</source>
        <translation>Фискальный накопитель %1</translation>
    </message>
</context>
<context>
    <name>FiscalDialogs</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="43"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="45"/>
        <source>Enter  Confirm</source>
        <translation>Enter  Подтвердить</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="57"/>
        <source>Type an amount such as 5000.00.</source>
        <translation>Введите сумму, например 5000.00.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="68"/>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="71"/>
        <source>Register</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="75"/>
        <source>X report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="75"/>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="118"/>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="76"/>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="118"/>
        <source>Cash out</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="81"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="97"/>
        <source>The register is printing…</source>
        <translation>Касса печатает…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="105"/>
        <source>X report printed (shift %1).</source>
        <translation>X-отчёт напечатан (смена %1).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="107"/>
        <source>Cash in the drawer: %1</source>
        <translation>Наличных в ящике: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="109"/>
        <source>Cash in registered: %1</source>
        <translation>Внесение зарегистрировано: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="111"/>
        <source>Cash out registered: %1</source>
        <translation>Выплата зарегистрирована: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="119"/>
        <source>Money put into the drawer:</source>
        <translation>Сумма, вносимая в ящик:</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="119"/>
        <source>Money taken from the drawer:</source>
        <translation>Сумма, изымаемая из ящика:</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="127"/>
        <source>The X report and cash in/out need a supervisor.</source>
        <translation>X-отчёт, внесение и выплата — только со старшим кассиром.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="137"/>
        <source>Unfinished sale</source>
        <translation>Незавершённая продажа</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="140"/>
        <source>The register did not sign this sale</source>
        <translation>Касса не зарегистрировала эту продажу</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="141"/>
        <source>The register did not sign this return</source>
        <translation>Касса не зарегистрировала этот возврат</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="146"/>
        <source>Started %1 by cashier %2, total %3.</source>
        <translation>Начата %1 кассиром %2, сумма %3.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="151"/>
        <source>Return from receipt %1.</source>
        <translation>Возврат по чеку %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="152"/>
        <source>No money was registered for it. Take the payment again, or cancel it.</source>
        <translation>Деньги по ней не зарегистрированы. Примите оплату снова или отмените её.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="153"/>
        <source>No refund was registered for it. Do the return again, or cancel it.</source>
        <translation>Возврат денег не зарегистрирован. Оформите возврат снова или отмените его.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="158"/>
        <source>Cancel the sale</source>
        <translation>Отменить продажу</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="161"/>
        <source>Enter  Pay again</source>
        <translation>Enter  Оплатить снова</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/fiscal.py" line="162"/>
        <source>Enter  Return again</source>
        <translation>Enter  Оформить возврат снова</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="16"/>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="22"/>
        <source>e.g. 101</source>
        <translation>например, 101</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="26"/>
        <source>Cashier number</source>
        <translation>Номер кассира</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="27"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="29"/>
        <source>Enter  Log in</source>
        <translation>Enter  Войти</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="33"/>
        <source>Type your number, Enter, then your PIN, Enter.</source>
        <translation>Введите свой номер, Enter, затем PIN, Enter.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="36"/>
        <source>Nobody can log in yet: the hub has sent no staff to this till. Ask IT to add staff at the hub (pos-hub staff add).</source>
        <translation>Пока никто не может войти: сервер программы лояльности не прислал на эту кассу ни одного сотрудника. Попросите IT добавить сотрудников на сервере (pos-hub staff add).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="28"/>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="37"/>
        <source>Till · loyalty</source>
        <translation>Касса · бонусная программа</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="118"/>
        <source>%1 events have not reached the hub yet. They are kept and sent later. Log out?</source>
        <translation>События (%1) ещё не отправлены на сервер. Они сохранены и будут отправлены позже. Выйти?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="119"/>
        <source>Log out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="167"/>
        <source>The unfinished sale is back: take the payment (F12).</source>
        <translation>Незавершённая продажа возвращена: примите оплату (F12).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="189"/>
        <source>The unfinished sale is cancelled: no money was taken for it.</source>
        <translation>Незавершённая продажа отменена: деньги за неё не приняты.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="207"/>
        <source>Not logged in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="209"/>
        <source>%2 (No. %1) · shift since %3</source>
        <translation>%2 (№ %1) · смена с %3</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="241"/>
        <source>Sales have waited over 24 hours to reach the hub. Check the network and tell the supervisor.</source>
        <translation>Продажи не отправлены на сервер больше 24 часов. Проверьте сеть и сообщите старшему кассиру.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="265"/>
        <source>The sale is not finished (%1 lines). Quit and drop it?</source>
        <translation>Чек не закрыт (строк: %1). Выйти и отменить его?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="271"/>
        <source>%1 events have not reached the hub yet. They are kept and sent next time. Quit?</source>
        <translation>События (%1) ещё не отправлены на сервер. Они сохранены и будут отправлены при следующем запуске. Закрыть кассу?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="266"/>
        <location filename="../../pos_app/ui/main_window.py" line="272"/>
        <source>Quit</source>
        <translation>Закрыть кассу</translation>
    </message>
</context>
<context>
    <name>MemberBadge</name>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="43"/>
        <source>No member</source>
        <translation>Без участника</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="44"/>
        <source>F2: find the member by phone</source>
        <translation>F2: найти участника по телефону</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="48"/>
        <source>Available: %1 pts · pending: %2 pts</source>
        <translation>Доступно: %1 балл. · ожидают: %2 балл.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="51"/>
        <source>Offline: balance as of %1</source>
        <translation>Нет связи: баланс на %1</translation>
    </message>
</context>
<context>
    <name>MemberInfo</name>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="29"/>
        <source>Unconfirmed: registered offline, points cannot be spent until the phone is confirmed with a code</source>
        <translation>Не подтверждён: зарегистрирован без связи, баллы нельзя тратить, пока телефон не подтверждён кодом</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="36"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="37"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="39"/>
        <source>Member card</source>
        <translation>Карта участника</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="40"/>
        <source>Available points</source>
        <translation>Доступно баллов</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="41"/>
        <source>Pending (available on)</source>
        <translation>Ожидают (станут доступны)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="42"/>
        <source>Balance (available + pending)</source>
        <translation>Баланс (доступно + ожидают)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="43"/>
        <source>Expiring within 30 days</source>
        <translation>Сгорят в ближайшие 30 дней</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="60"/>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="62"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_info.py" line="65"/>
        <source>Offline: cached balance as of %1</source>
        <translation>Нет связи: сохранённый баланс на %1</translation>
    </message>
</context>
<context>
    <name>MemberLookupPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/member_lookup.py" line="23"/>
        <source>Phone or member card</source>
        <translation>Телефон или карта участника</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="22"/>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="25"/>
        <source>Use for this sale</source>
        <translation>Добавить в продажу</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="26"/>
        <source>Register</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="27"/>
        <source>Remove member</source>
        <translation>Убрать участника</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="28"/>
        <source>Send the code</source>
        <translation>Отправить код</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="32"/>
        <source>6-digit code from the SMS</source>
        <translation>6-значный код из SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="35"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="54"/>
        <source>Sending the code…</source>
        <translation>Отправляем код…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="59"/>
        <source>The code was sent to the member&apos;s phone: type it and press Enter.</source>
        <translation>Код отправлен на телефон участника: введите его и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="76"/>
        <source>The phone is confirmed: the member may spend points.</source>
        <translation>Телефон подтверждён: участник может тратить баллы.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="99"/>
        <source>Looking up…</source>
        <translation>Ищем…</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="34"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="48"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="56"/>
        <source>Payable with points, at most</source>
        <translation>Можно оплатить баллами, не более</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="60"/>
        <source>Why not more</source>
        <translation>Почему не больше</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="65"/>
        <source>Points to spend</source>
        <translation>Списать баллов</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="69"/>
        <source>6-digit code from the SMS</source>
        <translation>6-значный код из SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="71"/>
        <source>SMS code</source>
        <translation>Код из SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="78"/>
        <source>Tender</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="82"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="82"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="83"/>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="84"/>
        <source>Cash + card</source>
        <translation>Наличные + карта</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="95"/>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="97"/>
        <source>amount received</source>
        <translation>полученная сумма</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="100"/>
        <location filename="../../pos_app/ui/pages/payment.py" line="231"/>
        <source>Cash received</source>
        <translation>Получено наличными</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="104"/>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="108"/>
        <source>Card part</source>
        <translation>Картой</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="111"/>
        <source>Points to earn</source>
        <translation>Будет начислено</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="113"/>
        <source>On credit no line can be paid with points.</source>
        <translation>При покупке в кредит баллами ничего оплатить нельзя.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="132"/>
        <source>Back to sale</source>
        <translation>К продаже</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="133"/>
        <source>Spend the most</source>
        <translation>Списать максимум</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="134"/>
        <source>Type points</source>
        <translation>Ввести баллы</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="135"/>
        <source>Print again</source>
        <translation>Печатать снова</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="137"/>
        <source>Show receipt</source>
        <translation>Показать чек</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="138"/>
        <source>Finish sale</source>
        <translation>Завершить продажу</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="139"/>
        <source>New sale</source>
        <translation>Новая продажа</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="219"/>
        <source>No member: points cannot be spent or earned.</source>
        <translation>Без участника баллы не списываются и не начисляются.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="220"/>
        <source>Member has %1 pts</source>
        <translation>У участника %1 балл.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="226"/>
        <location filename="../../pos_app/ui/pages/payment.py" line="290"/>
        <source>At most %1 points can be spent on this sale.</source>
        <translation>В этой покупке можно списать не больше %1 баллов.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="231"/>
        <source>Cash part</source>
        <translation>Наличными</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="22"/>
        <source>no member on this sale</source>
        <translation>в продаже нет участника</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="26"/>
        <source>offline: at most %1 pts (offline limit)</source>
        <translation>нет связи: не более %1 баллов (офлайн-лимит)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="29"/>
        <source>at most %1 pts per order</source>
        <translation>не более %1 баллов на заказ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="32"/>
        <source>the member&apos;s available points</source>
        <translation>доступные баллы участника</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment_reasons.py" line="33"/>
        <source>nothing limits it</source>
        <translation>ограничений нет</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="275"/>
        <source>Type the cash received: at least %1.</source>
        <translation>Введите полученную сумму: не меньше %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="281"/>
        <source>Type the cash part: more than 0 and less than %1.</source>
        <translation>Введите сумму наличными: больше 0 и меньше %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="304"/>
        <source>Paying with points while offline needs a supervisor.</source>
        <translation>Оплату баллами без связи подтверждает старший кассир.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="322"/>
        <source>Asking the hub for an SMS code…</source>
        <translation>Запрашиваем SMS-код…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="334"/>
        <source>The customer got an SMS code: type it and press Enter.</source>
        <translation>Покупателю отправлен SMS-код: введите его и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="340"/>
        <source>Type the 6-digit code from the SMS.</source>
        <translation>Введите 6-значный код из SMS.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="369"/>
        <source>Saving the sale…</source>
        <translation>Сохраняем продажу…</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/receipt_preview.py" line="11"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="28"/>
        <source>Register a member</source>
        <translation>Регистрация участника</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="34"/>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="38"/>
        <location filename="../../pos_app/ui/pages/registration.py" line="40"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="41"/>
        <source>The customer accepts the program rules</source>
        <translation>Покупатель согласен с правилами программы</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="42"/>
        <source>The customer agrees to news and offers by e-mail</source>
        <translation>Покупатель согласен получать новости и предложения по e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="43"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="44"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="45"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="46"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="52"/>
        <source>6-digit code from the SMS</source>
        <translation>6-значный код из SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="54"/>
        <source>SMS code</source>
        <translation>Код из SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="61"/>
        <source>Program rules</source>
        <translation>Правила программы</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="69"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="70"/>
        <source>Send code</source>
        <translation>Отправить код</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="71"/>
        <source>Register</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="105"/>
        <source>1 point = %1. Points are earned on purchases (the number is on the price tag) and become available %2 days after the purchase. Points can pay up to %3% of a purchase, except gift cards, goods bought on credit and sale items. Points are kept for %4 days. The member is identified by phone number. Returned goods take back the points earned on them. The customer must be 18 or older. Personal data are processed to run the program.</source>
        <translation>1 балл = %1. Баллы начисляются за покупки (их число указано на ценнике) и становятся доступны через %2 дн. после покупки. Баллами можно оплатить до %3% покупки, кроме подарочных карт, товаров в кредит и акционных товаров. Баллы хранятся %4 дн. Участник определяется по номеру телефона. При возврате товара начисленные за него баллы списываются. Участнику должно быть 18 лет или больше. Персональные данные обрабатываются для работы программы.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="133"/>
        <source>That is not a phone number. Type it as %1.</source>
        <translation>Это не номер телефона. Введите его так: %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="136"/>
        <source>Type the birth date as DD.MM.YYYY.</source>
        <translation>Введите дату рождения в виде ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="138"/>
        <source>The customer must accept the program rules.</source>
        <translation>Покупатель должен согласиться с правилами программы.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="148"/>
        <source>Sending the code…</source>
        <translation>Отправляем код…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="157"/>
        <source>Code sent. Ask the customer for the code from the SMS.</source>
        <translation>Код отправлен. Попросите покупателя назвать код из SMS.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="172"/>
        <source>You can send the code again (F5).</source>
        <translation>Можно отправить код ещё раз (F5).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="174"/>
        <source>Send again in %1 s</source>
        <translation>Повторная отправка через %1 с</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="176"/>
        <source>sends left: %1</source>
        <translation>осталось отправок: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="186"/>
        <source>Type the 6-digit code from the SMS.</source>
        <translation>Введите 6-значный код из SMS.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="204"/>
        <source>Registered. The member is on the sale.</source>
        <translation>Участник зарегистрирован и добавлен в продажу.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="213"/>
        <location filename="../../pos_app/ui/pages/registration.py" line="221"/>
        <source>Registered. The slip did not print: %1</source>
        <translation>Участник зарегистрирован. Памятка не напечаталась: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="219"/>
        <source>Registered. The member is on the sale. The welcome slip is printed.</source>
        <translation>Участник зарегистрирован и добавлен в чек. Памятка напечатана.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="227"/>
        <source>Tries left: %1</source>
        <translation>Осталось попыток: %1</translation>
    </message>
</context>
<context>
    <name>ReplaceCardDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="21"/>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="24"/>
        <source>Replace member card</source>
        <translation>Замена карты участника</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="28"/>
        <source>%1, %2, card %3. The old card stops working at once.</source>
        <translation>%1, %2, карта %3. Старая карта сразу перестанет действовать.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="36"/>
        <source>Supervisor number</source>
        <translation>Номер старшего кассира</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="37"/>
        <source>Supervisor</source>
        <translation>Старший кассир</translation>
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
        <translation>Enter  Заменить</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="51"/>
        <source>Esc  Cancel</source>
        <translation>Esc  Отмена</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="68"/>
        <source>Type the supervisor&apos;s number and PIN.</source>
        <translation>Введите номер и PIN старшего кассира.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/replace_card.py" line="71"/>
        <source>Asking the hub for a new card…</source>
        <translation>Запрашиваем новую карту у сервера…</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="26"/>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="30"/>
        <source>Scan the receipt&apos;s code or type its number</source>
        <translation>Отсканируйте код чека или введите его номер</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="33"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="38"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="38"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="38"/>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="39"/>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="39"/>
        <source>Return now</source>
        <translation>Вернуть сейчас</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="39"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="55"/>
        <source>Points earned to annul</source>
        <translation>Списать начисленных баллов</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="56"/>
        <source>Points paid to give back</source>
        <translation>Вернуть потраченных баллов</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="59"/>
        <location filename="../../pos_app/ui/pages/returns.py" line="147"/>
        <source>Money to give back</source>
        <translation>Вернуть деньгами</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="64"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="65"/>
        <source>Return all</source>
        <translation>Вернуть всё</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="66"/>
        <source>Return (supervisor)</source>
        <translation>Вернуть (старший кассир)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="104"/>
        <source>%1 pts</source>
        <translation>%1 балл.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="114"/>
        <source>gift for points: not returnable</source>
        <translation>подарок за баллы: возврату не подлежит</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="142"/>
        <source>Hand back to the customer</source>
        <translation>Выдать покупателю</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="159"/>
        <source>Choose what to return: set a quantity on a line.</source>
        <translation>Выберите, что вернуть: укажите количество в строке.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="161"/>
        <source>A return needs a supervisor.</source>
        <translation>Возврат подтверждает старший кассир.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="173"/>
        <source>Return %1 done.</source>
        <translation>Возврат %1 оформлен.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="174"/>
        <source>The return receipt is printing.</source>
        <translation>Печатаем чек возврата.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="186"/>
        <source>The return receipt is printed.</source>
        <translation>Чек возврата напечатан.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="189"/>
        <source>Click the printer in the status bar to print it again.</source>
        <translation>Нажмите на принтер в строке состояния, чтобы напечатать ещё раз.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="177"/>
        <location filename="../../pos_app/ui/pages/returns.py" line="188"/>
        <source>The return receipt did not print: %1</source>
        <translation>Чек возврата не напечатан: %1</translation>
    </message>
</context>
<context>
    <name>SaleDoneView</name>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="49"/>
        <source>Scan the next item to start the next sale</source>
        <translation>Отсканируйте следующий товар: начнётся новый чек</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="58"/>
        <source>Sale %1 done</source>
        <translation>Продажа %1 завершена</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="59"/>
        <source>Paid %1</source>
        <translation>Оплачено %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="61"/>
        <source>with points: %1</source>
        <translation>баллами: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="63"/>
        <source>Change: %1</source>
        <translation>Сдача: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="65"/>
        <source>Points earned: %1</source>
        <translation>Начислено баллов: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="83"/>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="101"/>
        <source>Printing the receipt…</source>
        <translation>Печатаем чек…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="96"/>
        <source>Receipt printed.</source>
        <translation>Чек напечатан.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="98"/>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="107"/>
        <source>The receipt did not print: %1 The sale is saved; print again (F9).</source>
        <translation>Чек не напечатан: %1 Продажа сохранена; напечатайте ещё раз (F9).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/sale_done.py" line="105"/>
        <source>No printer is set up: the receipt can be shown on screen (F8).</source>
        <translation>Принтер не настроен: чек можно показать на экране (F8).</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="27"/>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="31"/>
        <source>Scan or type a barcode or SKU, then Enter</source>
        <translation>Отсканируйте или введите штрихкод или артикул и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="56"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="59"/>
        <source>Payable with points</source>
        <translation>Можно оплатить баллами</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="63"/>
        <source>Points to earn</source>
        <translation>Будет начислено</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="68"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="75"/>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="76"/>
        <location filename="../../pos_app/ui/pages/sale.py" line="184"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="77"/>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="78"/>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="79"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="80"/>
        <source>Register</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="81"/>
        <location filename="../../pos_app/ui/pages/sale.py" line="244"/>
        <source>Clear sale</source>
        <translation>Очистить чек</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="82"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="83"/>
        <source>Log out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="85"/>
        <source>Close shift</source>
        <translation>Закрыть смену</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="87"/>
        <source>Cash register</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="89"/>
        <source>Reprint last receipt</source>
        <translation>Повтор последнего чека</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="90"/>
        <source>Change price (supervisor)</source>
        <translation>Изменить цену (старший кассир)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="142"/>
        <source>Looking up…</source>
        <translation>Ищем…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="159"/>
        <source>A gift for points needs a member: find the member first (F2).</source>
        <translation>Подарок за баллы — только для участника: сначала найдите участника (F2).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="165"/>
        <location filename="../../pos_app/ui/pages/sale.py" line="201"/>
        <source>Not enough points for this gift.</source>
        <translation>Для этого подарка не хватает баллов.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="166"/>
        <source>This gift would pass the points cap per order.</source>
        <translation>С этим подарком будет превышен лимит баллов на заказ.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="196"/>
        <source>The quantity must be between 1 and 999.</source>
        <translation>Количество должно быть от 1 до 999.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="211"/>
        <source>A new price for %1 needs a supervisor.</source>
        <translation>Новую цену для «%1» подтверждает старший кассир.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="218"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="228"/>
        <source>A price is a positive amount such as 1999.00.</source>
        <translation>Цена — положительная сумма, например 1999.00.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="244"/>
        <source>Remove every line and the member from this sale?</source>
        <translation>Удалить все строки и участника из этой продажи?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="258"/>
        <source>Settings are for supervisors.</source>
        <translation>Настройки доступны старшему кассиру.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="264"/>
        <source>Printing a copy of the last receipt…</source>
        <translation>Печатается копия последнего чека…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="270"/>
        <source>A copy of the last receipt is printed.</source>
        <translation>Копия последнего чека напечатана.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="272"/>
        <source>The copy did not print: %1</source>
        <translation>Копия не напечаталась: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="273"/>
        <source>Click the printer in the status bar to print it again.</source>
        <translation>Нажмите на принтер в строке состояния, чтобы напечатать ещё раз.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="277"/>
        <source>No receipt has been printed since the till started.</source>
        <translation>С запуска кассы ещё не печатался ни один чек.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="299"/>
        <source>The basket is empty: scan an item first.</source>
        <translation>Чек пуст: сначала отсканируйте товар.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="311"/>
        <source>Items: %1</source>
        <translation>Товаров: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="319"/>
        <source>Gifts for points: %1 pts</source>
        <translation>Подарки за баллы: %1 балл.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="25"/>
        <source>Balance check</source>
        <translation>Проверка баланса</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="30"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="30"/>
        <source>Movement</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="30"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="31"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="31"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="41"/>
        <source>Back to sale</source>
        <translation>К продаже</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="42"/>
        <source>Print balance slip</source>
        <translation>Печать выписки</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="43"/>
        <source>Register</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="44"/>
        <source>Adjust points</source>
        <translation>Корректировка баллов</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="45"/>
        <source>Replace card</source>
        <translation>Заменить карту</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="46"/>
        <source>Log out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="76"/>
        <source>Looking up…</source>
        <translation>Ищем…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="102"/>
        <source>under review</source>
        <translation>на проверке</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="111"/>
        <source>The hub flagged this sale; its points are under review.</source>
        <translation>Хаб отметил эту продажу: её баллы на проверке.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="118"/>
        <source>Offline: the history needs the hub; the balance is the cached one.</source>
        <translation>Нет связи: история недоступна, показан сохранённый баланс.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="129"/>
        <source>Printing the balance slip…</source>
        <translation>Печатается выписка баланса…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="136"/>
        <source>Balance slip printed.</source>
        <translation>Выписка напечатана.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="139"/>
        <source>Click the printer in the status bar to print it again.</source>
        <translation>Нажмите на принтер в строке состояния, чтобы напечатать ещё раз.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="150"/>
        <source>Adjusted by %1 pts; available now %2.</source>
        <translation>Баллы скорректированы на %1; теперь доступно %2.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="162"/>
        <source>New card %1; the old one no longer works.</source>
        <translation>Новая карта %1; старая больше не действует.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="131"/>
        <location filename="../../pos_app/ui/pages/service.py" line="138"/>
        <source>The slip did not print: %1</source>
        <translation>Выписка не напечатана: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="58"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="67"/>
        <source>File (preview)</source>
        <translation>Файл (просмотр)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="67"/>
        <source>Network (host:port)</source>
        <translation>Сетевой (адрес:порт)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="68"/>
        <source>USB (vendor:product)</source>
        <translation>USB (vendor:product)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="68"/>
        <source>Serial port</source>
        <translation>Последовательный порт</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="69"/>
        <source>Device file</source>
        <translation>Файл устройства</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="69"/>
        <source>No printer</source>
        <translation>Без принтера</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="73"/>
        <source>e.g. 192.168.1.50:9100</source>
        <translation>например, 192.168.1.50:9100</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="81"/>
        <source> pts</source>
        <translation> балл.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="82"/>
        <source>Hub address</source>
        <translation>Адрес сервера лояльности</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="83"/>
        <source>Till token</source>
        <translation>Токен кассы</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="84"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="85"/>
        <source>Printer address</source>
        <translation>Адрес принтера</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="86"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="87"/>
        <source>Customer display</source>
        <translation>Дисплей покупателя</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="88"/>
        <source>Offline points cap per member</source>
        <translation>Лимит баллов офлайн на участника</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="90"/>
        <source>None (another system fiscalizes)</source>
        <translation>Нет (фискализирует другая система)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="90"/>
        <source>Emulator (demo, training)</source>
        <translation>Эмулятор (демо, обучение)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="91"/>
        <source>ATOL (driver v10)</source>
        <translation>АТОЛ (драйвер v10)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="91"/>
        <source>Shtrih-M (serial port)</source>
        <translation>Штрих-М (последовательный порт)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="97"/>
        <source>As a discount on each line</source>
        <translation>Скидкой в каждой строке</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="98"/>
        <source>As a separate payment</source>
        <translation>Отдельным видом оплаты</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="99"/>
        <source>Fiscal register</source>
        <translation>Фискальная касса</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="100"/>
        <source>Register connection</source>
        <translation>Подключение кассы</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="101"/>
        <source>Points on the fiscal receipt</source>
        <translation>Баллы в фискальном чеке</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="109"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="110"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="126"/>
        <source>file (empty: beside the till&apos;s data)</source>
        <translation>файл (пусто: рядом с данными кассы)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="127"/>
        <source>usb, 192.168.1.60:5555 or /dev/ttyS0:115200</source>
        <translation>usb, 192.168.1.60:5555 или /dev/ttyS0:115200</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="128"/>
        <source>/dev/ttyUSB0:115200</source>
        <translation>/dev/ttyUSB0:115200</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="163"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="166"/>
        <source>Screen %1 (%2×%3)</source>
        <translation>Экран %1 (%2×%3)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="170"/>
        <source>Screen %1 (not connected)</source>
        <translation>Экран %1 (не подключён)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="185"/>
        <source>The hub address must start with http:// or https://.</source>
        <translation>Адрес сервера должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="190"/>
        <source>The register connection: a port or speed is a number, e.g. /dev/ttyUSB0:115200.</source>
        <translation>Подключение кассы: порт и скорость — числа, например /dev/ttyUSB0:115200.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="205"/>
        <source>Saved, but the register is not ready: %1</source>
        <translation>Сохранено, но касса не готова: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="208"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>SupervisorPinDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="18"/>
        <source>Supervisor</source>
        <translation>Старший кассир</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="21"/>
        <source>Supervisor&apos;s PIN required</source>
        <translation>Нужен PIN старшего кассира</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="26"/>
        <source>Supervisor number</source>
        <translation>Номер старшего кассира</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="31"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="38"/>
        <source>Enter  Confirm</source>
        <translation>Enter  Подтвердить</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="39"/>
        <source>Esc  Cancel</source>
        <translation>Esc  Отмена</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="55"/>
        <source>Type the supervisor&apos;s number and PIN.</source>
        <translation>Введите номер и PIN старшего кассира.</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="18"/>
        <source>Sync problems</source>
        <translation>Ошибки синхронизации</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="20"/>
        <source>Events the hub refused</source>
        <translation>События, отклонённые сервером</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="23"/>
        <source>These events were put aside; the rest keep being sent. Tell the supervisor.</source>
        <translation>Эти события отложены, остальные продолжают отправляться. Сообщите старшему кассиру.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="30"/>
        <source>Send again (supervisor)</source>
        <translation>Отправить снова (старший кассир)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="55"/>
        <source>Sending a refused event again needs a supervisor.</source>
        <translation>Повторную отправку отклонённого события подтверждает старший кассир.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="15"/>
        <location filename="../../pos_app/ui/texts.py" line="26"/>
        <source>gift for points</source>
        <translation>подарок за баллы</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="16"/>
        <source>category not in the program</source>
        <translation>товар не участвует в программе</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="17"/>
        <source>sale item</source>
        <translation>акционный товар</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="18"/>
        <source>bought on credit</source>
        <translation>покупка в кредит</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="24"/>
        <source>purchase</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="25"/>
        <source>paid with points</source>
        <translation>Оплата баллами</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="27"/>
        <source>return: points annulled</source>
        <translation>Списание (возврат)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="28"/>
        <source>return: points refunded</source>
        <translation>Возврат баллов</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="29"/>
        <source>expired</source>
        <translation>Сгорание</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="30"/>
        <source>adjustment</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="31"/>
        <source>review award</source>
        <translation>За отзыв</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="32"/>
        <source>sale cancelled</source>
        <translation>Отмена чека</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="42"/>
        <source>Wrong cashier number or PIN. Try again.</source>
        <translation>Неверный номер кассира или PIN. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="43"/>
        <source>Wrong supervisor number or PIN.</source>
        <translation>Неверный номер или PIN старшего кассира.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="44"/>
        <source>No printer is set up: a supervisor can set one in the settings (F9).</source>
        <translation>Принтер не настроен: старший кассир может настроить его в настройках (F9).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="45"/>
        <source>This cashier may not do this; log in as a cashier or supervisor.</source>
        <translation>Этому сотруднику действие недоступно: войдите как кассир или старший кассир.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="46"/>
        <source>The basket is empty: scan an item first.</source>
        <translation>Чек пуст: сначала отсканируйте товар.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="47"/>
        <source>The payment does not cover the total.</source>
        <translation>Оплата меньше суммы чека.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="48"/>
        <source>Too many points for this basket: lower the points.</source>
        <translation>Слишком много баллов для этого чека: уменьшите число баллов.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="49"/>
        <source>The SMS confirmation is no longer valid: ask for a new code.</source>
        <translation>Подтверждение по SMS устарело: запросите новый код.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="50"/>
        <source>This PIN is not a supervisor&apos;s PIN.</source>
        <translation>Это не PIN старшего кассира.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="51"/>
        <source>Unknown barcode {code}: check it or type the SKU. The basket is kept.</source>
        <translation>Неизвестный штрихкод {code}: проверьте его или введите артикул. Чек сохранён.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="52"/>
        <source>That is not a phone number. Type it as {example}.</source>
        <translation>Это не номер телефона. Введите его так: {example}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="53"/>
        <source>No member with this phone. Offer registration (F7).</source>
        <translation>Участник с этим телефоном не найден. Предложите регистрацию (F7).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="54"/>
        <source>This phone is already a member.</source>
        <translation>Этот телефон уже зарегистрирован в программе.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="55"/>
        <source>The member&apos;s phone is not confirmed: points cannot be spent. Send the code (F9).</source>
        <translation>Телефон участника не подтверждён: баллы тратить нельзя. Отправьте код (F9).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="56"/>
        <source>This member&apos;s phone is already confirmed.</source>
        <translation>Телефон этого участника уже подтверждён.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="57"/>
        <source>Too many codes were sent. Wait a few minutes and try again.</source>
        <translation>Отправлено слишком много кодов. Подождите несколько минут и повторите.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="58"/>
        <source>Wrong code. Tries left: {tries_left}.</source>
        <translation>Неверный код. Осталось попыток: {tries_left}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="59"/>
        <source>The code has expired. Send a new one.</source>
        <translation>Срок действия кода истёк. Отправьте новый.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="60"/>
        <source>Members must be 18 or older.</source>
        <translation>Участнику должно быть 18 лет или больше.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="61"/>
        <source>The customer must accept the program rules.</source>
        <translation>Покупатель должен согласиться с правилами программы.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="62"/>
        <source>The hub cannot be reached. Try again later.</source>
        <translation>Нет связи с сервером лояльности. Повторите позже.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="63"/>
        <source>No sale with this receipt number.</source>
        <translation>Продажа с таким номером чека не найдена.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="64"/>
        <source>Gifts bought with points cannot be returned.</source>
        <translation>Подарки, полученные за баллы, возврату не подлежат.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="65"/>
        <source>More than was sold cannot be returned.</source>
        <translation>Нельзя вернуть больше, чем было продано.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="66"/>
        <source>The member does not have enough points.</source>
        <translation>У участника недостаточно баллов.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="67"/>
        <source>The member can spend at most {available} points now (points held for another payment count as spent). Lower the points.</source>
        <translation>Сейчас участник может списать не больше {available} баллов (баллы, отложенные для другой оплаты, уже заняты). Уменьшите количество баллов.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="68"/>
        <source>Check the quantity: a whole number from 1 up.</source>
        <translation>Проверьте количество: целое число от 1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="69"/>
        <source>A line of this sale cannot be sold (its price, code or name is not valid). Remove it and tell the supervisor.</source>
        <translation>Строку этого чека нельзя продать (неверная цена, код или название). Удалите её и сообщите старшему кассиру.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="70"/>
        <source>Check the payment: an amount with at most two decimals.</source>
        <translation>Проверьте оплату: сумма с не более чем двумя знаками после запятой.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="71"/>
        <source>Offline, at most {cap} points can be spent.</source>
        <translation>Без связи можно списать не больше {cap} баллов.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="72"/>
        <source>The printer failed: {message}</source>
        <translation>Ошибка принтера: {message}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="73"/>
        <source>Printer settings: {message}</source>
        <translation>Настройки принтера: {message}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="74"/>
        <source>Type the points: a whole number other than 0 (with a minus to take points away).</source>
        <translation>Введите баллы: целое число, не 0 (с минусом, чтобы списать).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="75"/>
        <source>Type the reason for the adjustment.</source>
        <translation>Укажите причину корректировки.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="76"/>
        <source>The hub cannot be reached: points are adjusted online only. Check the history before trying again.</source>
        <translation>Хаб недоступен: баллы корректируются только онлайн. Проверьте историю, прежде чем пробовать снова.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="77"/>
        <source>The hub does not know this person as a supervisor of this store.</source>
        <translation>Хаб не знает этого сотрудника как старшего кассира этого магазина.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="78"/>
        <source>A supervisor&apos;s PIN is needed for this.</source>
        <translation>Для этого нужен PIN старшего кассира.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="79"/>
        <source>The SMS could not be sent. Try again in a minute; this attempt is not counted.</source>
        <translation>SMS не удалось отправить. Повторите через минуту; эта попытка не засчитана.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="80"/>
        <source>The hub refused an event of another till: check the till&apos;s store and number in the settings.</source>
        <translation>Хаб отклонил событие другой кассы: проверьте магазин и номер кассы в настройках.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="81"/>
        <source>This receipt belongs to another store: return it there.</source>
        <translation>Этот чек из другого магазина: оформите возврат там.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="89"/>
        <source>Something went wrong: {code}</source>
        <translation>Что-то пошло не так: {code}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="133"/>
        <source>The printer is not set up: its connection driver is missing.</source>
        <translation>Принтер не настроен: нет драйвера подключения.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="134"/>
        <source>The printer cannot be reached: check its power and cable.</source>
        <translation>Принтер недоступен: проверьте питание и кабель.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="135"/>
        <source>The printer is out of paper.</source>
        <translation>В принтере нет бумаги.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="136"/>
        <source>The printer is offline (cover open or no paper).</source>
        <translation>Принтер не в сети (крышка открыта или нет бумаги).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="137"/>
        <source>The printer does not answer.</source>
        <translation>Принтер не отвечает.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="138"/>
        <source>The connection to the printer was lost.</source>
        <translation>Связь с принтером прервалась.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="139"/>
        <source>The receipt could not be prepared: tell the supervisor.</source>
        <translation>Чек не удалось сформировать: сообщите старшему кассиру.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="140"/>
        <location filename="../../pos_app/ui/texts.py" line="142"/>
        <source>Printing failed.</source>
        <translation>Ошибка печати.</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="97"/>
        <source>● Connecting…</source>
        <translation>● Подключение…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="99"/>
        <source>● Online</source>
        <translation>● На связи</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="99"/>
        <source>● Offline</source>
        <translation>● Нет связи</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="104"/>
        <source>Events waiting: %1, oldest %2</source>
        <translation>Ждут отправки: %1, самое старое %2</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="107"/>
        <source>All events sent</source>
        <translation>Все события отправлены</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="109"/>
        <source>Sync problems: %1</source>
        <translation>Ошибки синхронизации: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="140"/>
        <source>Click to print the failed receipts again.</source>
        <translation>Нажмите, чтобы напечатать ненапечатанные чеки ещё раз.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="143"/>
        <source>Printer: %1 Not printed: %2, click to retry.</source>
        <translation>Принтер: %1 Не напечатано: %2, нажмите для повтора.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="148"/>
        <source>Printer: printing…</source>
        <translation>Принтер: печать…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="150"/>
        <source>Printer: ready</source>
        <translation>Принтер: готов</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="146"/>
        <source>Printer: none</source>
        <translation>Принтер: нет</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="34"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="35"/>
        <source>Available points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="36"/>
        <source>Pending (available on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="37"/>
        <source>Expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="52"/>
        <location filename="../../pos_app/ui/pages/member.py" line="53"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="55"/>
        <source>Offline: cached balance as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="17"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="19"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="21"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="23"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="22"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="22"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="22"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="22"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="22"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="23"/>
        <source>Paying with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="50"/>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="55"/>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/basket_table.py" line="62"/>
        <source>✱ gift for points, not returnable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="15"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="21"/>
        <source>e.g. 101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="25"/>
        <source>Cashier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="26"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="28"/>
        <source>Enter  Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/login.py" line="32"/>
        <source>Type your number, Enter, then your PIN, Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="23"/>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="32"/>
        <source>Till · loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="86"/>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="88"/>
        <source>Cashier %1 %2 · shift since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="111"/>
        <source>Sales have waited over 24 hours to reach the hub. Check the network and tell the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberBadge</name>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="42"/>
        <source>No member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="43"/>
        <source>F2: find the member by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="47"/>
        <source>Available: %1 pts · pending: %2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/member_badge.py" line="50"/>
        <source>Offline: balance as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="63"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="69"/>
        <source>Phone or member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="79"/>
        <source>Use for this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="80"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="81"/>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="82"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/member.py" line="100"/>
        <source>Looking up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="42"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="55"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="62"/>
        <source>Payable with points, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="66"/>
        <source>Why not more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="73"/>
        <source>Points to spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="77"/>
        <source>6-digit code from the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="79"/>
        <source>SMS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="86"/>
        <source>Tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="90"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="90"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="91"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="92"/>
        <source>Cash + card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="102"/>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="104"/>
        <source>amount received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="107"/>
        <location filename="../../pos_app/ui/pages/payment.py" line="221"/>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="111"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="114"/>
        <source>Points to earn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="116"/>
        <source>On credit no line can be paid with points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="145"/>
        <source>Back to sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="146"/>
        <source>Spend the most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="147"/>
        <source>Type points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="148"/>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="149"/>
        <source>Finish sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="150"/>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="211"/>
        <source>No member: points cannot be spent or earned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="212"/>
        <source>Member has %1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="221"/>
        <source>Cash part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="245"/>
        <source>no member on this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="247"/>
        <source>offline: at most %1 pts (offline limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="251"/>
        <source>at most %1 pts per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="253"/>
        <source>the member&apos;s available points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="254"/>
        <source>nothing limits it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="273"/>
        <source>Type the cash received: at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="279"/>
        <source>Type the cash part: more than 0 and less than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="295"/>
        <source>Paying with points while offline needs a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="312"/>
        <source>Asking the hub for an SMS code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="324"/>
        <source>The customer got an SMS code: type it and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="330"/>
        <source>Type the 6-digit code from the SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="361"/>
        <source>Saving the sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="371"/>
        <source>Sale %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="373"/>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="375"/>
        <source>with points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="377"/>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="379"/>
        <source>Points earned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="389"/>
        <source>Printing the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="394"/>
        <source>Receipt printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/payment.py" line="397"/>
        <source>The receipt did not print: %1. The sale is saved; print again (F9).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/receipt_preview.py" line="11"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="21"/>
        <source>Register a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="32"/>
        <location filename="../../pos_app/ui/pages/registration.py" line="34"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="35"/>
        <source>The customer accepts the program rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="36"/>
        <source>The customer agrees to news and offers by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="37"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="38"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="39"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="40"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="46"/>
        <source>6-digit code from the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="48"/>
        <source>SMS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="55"/>
        <source>Program rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="64"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="65"/>
        <source>Send code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="66"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="79"/>
        <source>1 point = %1 ₽. Points are earned on purchases (the number is on the price tag) and become available %2 days after the purchase. Points can pay up to %3% of a purchase, except gift cards, goods bought on credit and sale items. Points are kept for %4 days. The member is identified by phone number. Returned goods take back the points earned on them. The customer must be 18 or older. Personal data are processed to run the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="106"/>
        <source>That is not a phone number. Type it as +7 912 345-67-89.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="108"/>
        <source>The customer must accept the program rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="118"/>
        <source>Sending the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="125"/>
        <source>Code sent. Ask the customer for the code from the SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="140"/>
        <source>You can send the code again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="142"/>
        <source>Send again in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="151"/>
        <source>Type the 6-digit code from the SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="169"/>
        <source>Registered. The member is on the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/registration.py" line="175"/>
        <source>Tries left: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="28"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="32"/>
        <source>Scan the receipt&apos;s code or type its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="34"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="39"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="39"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="39"/>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="40"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="40"/>
        <source>Return now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="40"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="54"/>
        <source>Points earned to annul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="55"/>
        <source>Points paid to give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="59"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="60"/>
        <source>Return all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="61"/>
        <source>Return (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="100"/>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="109"/>
        <source>gift for points: not returnable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="139"/>
        <source>Choose what to return: set a quantity on a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="141"/>
        <source>A return needs a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="153"/>
        <source>Return %1 done. The return receipt is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/returns.py" line="158"/>
        <source>The return receipt did not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="24"/>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="28"/>
        <source>Scan or type a barcode or SKU, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="51"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="54"/>
        <source>Payable with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="56"/>
        <source>Points to earn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="61"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="69"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="70"/>
        <location filename="../../pos_app/ui/pages/sale.py" line="145"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="71"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="72"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="73"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="74"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="75"/>
        <location filename="../../pos_app/ui/pages/sale.py" line="174"/>
        <source>Clear sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="76"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="77"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="118"/>
        <source>A gift for points needs a member: find the member first (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="126"/>
        <location filename="../../pos_app/ui/pages/sale.py" line="161"/>
        <source>Not enough points for this gift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="127"/>
        <source>This gift would pass the points cap per order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="158"/>
        <source>The quantity must be between 1 and 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="174"/>
        <source>Remove every line and the member from this sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="188"/>
        <source>Settings are for supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="193"/>
        <source>The basket is empty: scan an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="205"/>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/sale.py" line="212"/>
        <source>Gifts for points: %1 pts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="22"/>
        <source>Balance check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="28"/>
        <source>Phone or member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="39"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="39"/>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="39"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="40"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="40"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="49"/>
        <source>Back to sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="50"/>
        <source>Print balance slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="51"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="52"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="68"/>
        <source>Looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="97"/>
        <source>Offline: the history needs the hub; the balance is the cached one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="106"/>
        <source>Balance slip printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/service.py" line="107"/>
        <source>The slip did not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="19"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="28"/>
        <source>File (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="28"/>
        <source>Network (host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="29"/>
        <source>USB (vendor:product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="29"/>
        <source>Serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="30"/>
        <source>Device file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="30"/>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="34"/>
        <source>e.g. 192.168.1.50:9100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="41"/>
        <source> pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="42"/>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="43"/>
        <source>Till token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="44"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="45"/>
        <source>Printer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="46"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="47"/>
        <source>Offline points cap per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="53"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="54"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="84"/>
        <source>The hub address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pages/settings.py" line="91"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPinDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="17"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="20"/>
        <source>Supervisor&apos;s PIN required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="25"/>
        <source>Supervisor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="30"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="37"/>
        <source>Enter  Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="38"/>
        <source>Esc  Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/supervisor_pin.py" line="54"/>
        <source>Type the supervisor&apos;s number and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="11"/>
        <source>Sync problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="13"/>
        <source>Events the hub refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/sync_problems.py" line="16"/>
        <source>These events were put aside; the rest keep being sent. Tell the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="14"/>
        <location filename="../../pos_app/ui/texts.py" line="25"/>
        <source>gift for points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="15"/>
        <source>category excluded (gift card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="16"/>
        <source>sale item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="17"/>
        <source>bought on credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="23"/>
        <source>purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="24"/>
        <source>paid with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="26"/>
        <source>return: points annulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="27"/>
        <source>return: points refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="28"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="29"/>
        <source>adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="30"/>
        <source>review award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="31"/>
        <source>sale cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="39"/>
        <source>Wrong cashier number or PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="40"/>
        <source>Wrong supervisor number or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="41"/>
        <source>No printer is set up: a supervisor can set one in the settings (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="42"/>
        <source>This cashier may not do this; log in as a cashier or supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="43"/>
        <source>The basket is empty: scan an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="44"/>
        <source>The payment does not cover the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="45"/>
        <source>Too many points for this basket: lower the points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="46"/>
        <source>The SMS confirmation is no longer valid: ask for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="47"/>
        <source>This PIN is not a supervisor&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="48"/>
        <source>Unknown barcode {code}: check it or type the SKU. The basket is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="49"/>
        <source>That is not a phone number. Type it as +7 912 345-67-89.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="50"/>
        <source>No member with this phone. Offer registration (F7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="51"/>
        <source>This phone is already a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="52"/>
        <source>Too many codes were sent. Wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="53"/>
        <source>Wrong code. Tries left: {tries_left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="54"/>
        <source>The code has expired. Send a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="55"/>
        <source>Members must be 18 or older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="56"/>
        <source>The customer must accept the program rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="57"/>
        <source>The hub cannot be reached. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="58"/>
        <source>No sale with this receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="59"/>
        <source>Gifts bought with points cannot be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="60"/>
        <source>More than was sold cannot be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="61"/>
        <source>The member does not have enough points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="62"/>
        <source>Offline, at most {cap} points can be spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="63"/>
        <source>The receipt did not print: {message}. The sale is saved; print it again (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/texts.py" line="67"/>
        <source>Something went wrong: {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="49"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="49"/>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="54"/>
        <source>Events waiting: %1, oldest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="57"/>
        <source>All events sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="59"/>
        <source>Sync problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="61"/>
        <source>Printer: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="63"/>
        <source>Printer: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/widgets/status_bar.py" line="65"/>
        <source>Printer: error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../pos_app/ui/dialogs/confirm.py" line="11"/>
        <source>Enter  Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs/confirm.py" line="12"/>
        <source>Esc  No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

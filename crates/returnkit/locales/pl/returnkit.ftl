# returnkit's customer messages, Polish. Ids and variables as in the English catalog (en).
# Plural forms: one (1), few (2-4, 22-24, ...), many (0, 5-21, 25-31, ...).

## Why a line or a return is denied or reviewed.

reason-not-delivered = Ten produkt nie został jeszcze dostarczony.
reason-not-delivered-window = Ten produkt nie został jeszcze dostarczony, więc termin zwrotu jeszcze się nie rozpoczął.
reason-already-returned = Ten produkt został już zwrócony.
reason-partially-returnable = Można zwrócić tylko { $eligible } z { $requested } { $requested ->
        [one] zgłoszonej sztuki
       *[other] zgłoszonych sztuk
    }.
reason-final-sale = Ten produkt został sprzedany bez prawa zwrotu (sprzedaż ostateczna) i nie może zostać zwrócony.
reason-outside-window = Termin zwrotu tego produktu minął { $date }.
reason-photos-required = Dodaj zdjęcia produktu, abyśmy mogli rozpatrzyć zwrot.
reason-review-value = Zwroty o wartości powyżej { $limit } sprawdza nasz zespół.
reason-review-items = Zwroty obejmujące ponad { $limit } { $limit ->
        [one] produkt
        [few] produkty
       *[many] produktów
    } sprawdza nasz zespół.
reason-review-return-rate = Ten zwrot sprawdzi nasz zespół.
reason-no-common-resolution = Tych produktów nie można rozliczyć w ten sam sposób; nasz zespół skontaktuje się z Tobą.
reason-no-label-service = Nie możemy zaoferować etykiety zwrotnej z Twojego adresu ({ $detail }); nasz zespół skontaktuje się z Tobą.
reason-partial-bundle = Ten produkt jest częścią zestawu i można go zwrócić tylko razem z resztą zestawu.
reason-partial-bundle-review = Ten produkt jest częścią zestawu; sprawdzimy, czy można go zwrócić osobno.
reason-gift-original-payment = Prezent można zwrócić w zamian za środki w sklepie lub wymianę, a nie za zwrot pieniędzy na pierwotny sposób płatności.
reason-review-value-gift = Ten zwrot sprawdzi nasz zespół.
reason-line-resolution-not-offered = Tego produktu nie można rozliczyć w wybrany przez Ciebie sposób; nasz zespół skontaktuje się z Tobą.

## Why the customer keeps the items.

keep-item-rule = Zasada sklepu pozwala Ci zatrzymać produkty.
keep-item-threshold = Produkty są warte { $value } netto, co nie przekracza progu { $threshold } ustalonego przez sklep: zatrzymaj je.
keep-item-uneconomic = Odesłanie produktów kosztowałoby { $cost } (etykieta { $label } i obsługa { $handling }), co najmniej tyle, ile dałoby się z nich odzyskać ({ $recovery }): zatrzymaj je.
keep-item-gift = Możesz zatrzymać produkty; nie musisz niczego odsyłać.

## The statutory rules a decision cites.

statute-withdrawal-eu = Dyrektywa 2011/83/UE art. 9: 14 dni na skorzystanie z prawa odstąpienia od umowy bez podania przyczyny, od dostarczenia ostatniego produktu
statute-withdrawal-uk = Consumer Contracts Regulations 2013 reg. 29-31: 14 dni na anulowanie zamówienia, od dostarczenia ostatniego produktu
statute-uninformed = Konsument nie został poinformowany o prawie odstąpienia od umowy, więc termin wydłuża się o 12 miesięcy
statute-no-restocking = Za odstąpienie od umowy nie można pobrać opłaty; można potrącić jedynie zmniejszenie wartości wynikające z korzystania z produktu w sposób wykraczający poza konieczny
statute-original-payment = Zwrot następuje tym samym sposobem płatności; środki w sklepie można zaproponować, ale nigdy narzucić
statute-delivery = Przy odstąpieniu od całego zamówienia zwracany jest koszt dostawy do wysokości najtańszego zwykłego sposobu dostawy
statute-refund-by = Zwrot należy się w ciągu 14 dni od otrzymania oświadczenia o odstąpieniu od umowy lub od zgody na odrzucenie wadliwego towaru
statute-short-term-reject = Consumer Rights Act 2015 s. 22: wadliwy towar można odrzucić z pełnym zwrotem pieniędzy w ciągu 30 dni od dostawy
statute-credit-minimum = Środki na koncie sklepu przyznane jako zwrot są ważne co najmniej 3 lata od wydania (żaden akt UE nie ustala minimum; profil przyjmuje 3-letni ogólny termin przedawnienia z §§ 195, 199 BGB); premia może wygasnąć wcześniej

## A return opened from a denied decision.

rejection-denied = Zwrot nie został zatwierdzony.

## The customer-facing status of a return.

status-submitted = Otrzymaliśmy Twoje zgłoszenie zwrotu.
status-under-review = Rozpatrujemy Twoje zgłoszenie zwrotu.
status-information-needed = Potrzebujemy kilku dodatkowych informacji o Twoim zwrocie.
status-approved = Twój zwrot został zatwierdzony. Odeślij produkty.
status-keep-items = Twój zwrot został zatwierdzony. Zatrzymaj produkty; nie musisz niczego odsyłać.
status-label-ready = Twoja etykieta zwrotna jest gotowa.
status-on-its-way = Twój zwrot jest w drodze do nas.
status-received = Otrzymaliśmy Twój zwrot i go sprawdzamy.
status-refund-issued = Zwrot pieniędzy został zlecony.
status-credit-issued = Środki w sklepie zostały przyznane.
status-exchange-shipped = Produkt na wymianę jest w drodze.
status-completed = Twój zwrot został zakończony.
status-declined = Twój zwrot nie został zatwierdzony.
status-cancelled = Twój zwrot został anulowany.
status-expired = Twój zwrot wygasł, ponieważ produkty nie zostały odesłane na czas.

## Where the items go (`status.going_to`, `status.timeline[].going_to`); `$name` is the destination's own name.

route-warehouse = Zwrot trafi do naszego magazynu { $name }.
route-store = Zwrot trafi do naszego sklepu { $name }.
route-refurbisher = Zwrot trafi do naszego partnera zajmującego się odnawianiem { $name }.
route-liquidator = Zwrot trafi do naszego partnera zajmującego się odsprzedażą { $name }.
route-recycler = Zwrot trafi do naszego partnera zajmującego się recyklingiem { $name }.
route-donation = Zwrot trafi do naszego partnera charytatywnego { $name }.
route-supplier = Zwrot trafi do producenta, { $name }.

## The standard return reasons.

return-reason-defective = Wadliwy lub nie działa
return-reason-damaged-in-transit = Dotarł uszkodzony
return-reason-wrong-item = Wysłano niewłaściwy produkt
return-reason-not-as-described = Niezgodny z opisem
return-reason-arrived-late = Dotarł za późno
return-reason-size-or-fit = Rozmiar lub krój
return-reason-changed-mind = Zmiana decyzji
return-reason-other = Inny powód

## The plain-text policy summary.

summary-window-unlimited = Możesz zwrócić produkty w dowolnym momencie: nie ma limitu czasu.
summary-window-same-day = Możesz zwrócić produkty do końca dnia, { $from ->
        [delivery] w którym zostaną dostarczone
        [fulfillment] w którym zostaną wysłane
       *[order] w którym złożysz zamówienie
    }.
summary-window-days = Możesz zwrócić produkty w ciągu { $days ->
        [one] { $days } dnia
       *[other] { $days } dni
    } { $from ->
        [delivery] od dostawy
        [fulfillment] od wysyłki
       *[order] od złożenia zamówienia
    }.
summary-transit-buffer = Jeśli nie możemy potwierdzić, kiedy produkt został dostarczony, termin zaczyna biec { $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    } po jego wysłaniu.
summary-transit-none = Jeśli nie możemy potwierdzić, kiedy produkt został dostarczony, termin zaczyna biec od jego wysłania.
summary-deadline = Terminy kończą się o północy czasu sklepu ({ $timezone }).
summary-business-day = Termin, który przypada na weekend lub dzień świąteczny, przesuwa się na następny dzień roboczy.
summary-business-day-holidays = Termin, który przypada na weekend lub dzień świąteczny, przesuwa się na następny dzień roboczy (dni świąteczne: { $holidays }).
summary-refund-options = Formy rozliczenia zwrotu: { $options }.
summary-resolution = { $resolution ->
        [original_payment] zwrot pieniędzy na pierwotny sposób płatności
        [store_credit] środki w sklepie
       *[exchange] wymiana
    }
summary-credit-only-after = Po { $days ->
        [one] { $days } dniu
       *[other] { $days } dniach
    } { $from ->
        [delivery] od dostawy
        [fulfillment] od wysyłki
       *[order] od daty zamówienia
    } zwroty są rozliczane wyłącznie w formie środków w sklepie.
summary-bonus-store-credit = Wybierz środki w sklepie i otrzymaj { $bonus } dodatkowo.
summary-bonus-exchange = Wybierz wymianę i otrzymaj { $bonus } dodatkowo.
summary-restocking-fee = Od { $applies ->
        [every] każdego zwrotu
       *[remorse] zwrotów z powodu zmiany decyzji
    } potrącamy opłatę za ponowne przyjęcie do magazynu w wysokości { $fee }.
summary-handling-fee = Od { $applies ->
        [every] każdego zwrotu
       *[remorse] zwrotów z powodu zmiany decyzji
    } potrącamy opłatę manipulacyjną w wysokości { $fee } za zwrot.
summary-fee-percent = { $percent } ceny produktu
summary-fee-flat = { $amount } { $per ->
        [unit] za sztukę
        [line] za każdy zwracany produkt
       *[return] za zwrot
    }
summary-remorse = Zmiana decyzji?
summary-fault = Produkt wadliwy, uszkodzony lub niezgodny z zamówieniem?
summary-shipping = { $payer ->
        [merchant] Zwrot jest bezpłatny: wyślemy Ci opłaconą etykietę zwrotną.
        [customer] Wyślemy Ci etykietę zwrotną i potrącimy za nią { $fee } z kwoty zwrotu.
        [customer_free] Wyślemy Ci bezpłatną etykietę zwrotną.
       *[customer_arranged] Odsyłasz produkty samodzielnie, na własny koszt.
    }
summary-fault-no-fees = Nie pobieramy opłaty za ponowne przyjęcie do magazynu ani opłaty manipulacyjnej.
summary-fault-refunds-shipping = Zwracamy też koszt pierwotnej wysyłki.
summary-inspection = Od zwrotu za produkty, które { $condition ->
        [new] wrócą nieużywane
        [like_new] wrócą otwarte, ale jak nowe
        [used] wrócą używane
        [damaged] wrócą uszkodzone
        [missing] nie znajdą się w paczce
       *[wrong_item] nie są produktem, który sprzedaliśmy
    }, potrącamy { $percent }.
summary-keep-threshold = Jeśli zwracane produkty są warte netto { $amount } lub mniej, zatrzymaj je: otrzymasz zwrot pieniędzy bez ich odsyłania.
summary-keep-uneconomic = Jeśli odesłanie produktu kosztowałoby nas więcej, niż jest on dla nas wart, zatrzymaj go: otrzymasz zwrot pieniędzy bez jego odsyłania.
summary-final-sale = Produktów sprzedanych w sprzedaży ostatecznej nie można zwrócić.
summary-final-sale-statutory = Produktów sprzedanych w sprzedaży ostatecznej nie można zwrócić, chyba że prawo przyznaje Ci prawo do ich zwrotu (zobacz niżej).
summary-review-value = Zwroty o wartości ponad { $amount } netto sprawdza nasz zespół przed zatwierdzeniem.
summary-review-items = Zwroty obejmujące ponad { $count } { $count ->
        [one] produkt
        [few] produkty
       *[many] produktów
    } sprawdza nasz zespół przed zatwierdzeniem.

## The summary's words.

summary-percent = { $percent }%
summary-and = { $first } i { $second }
summary-or = { $first } lub { $second }
summary-quoted = „{ $text }”
summary-range = { $bound ->
        [between] od { $low } do { $high }
        [at_least] { $low } lub więcej
        [at_most] { $high } lub mniej
       *[any] dowolna
    }
summary-condition = { $condition ->
        [new] nieużywane
        [like_new] otwarte, ale jak nowe
        [used] używane
        [damaged] uszkodzone
        [missing] brakujące
       *[wrong_item] niezgodne z zamówieniem
    }
summary-exemption = { $exemption ->
        [personalised] produkty personalizowane
        [perishable] produkty łatwo psujące się
        [sealed_hygiene] zapieczętowane produkty higieniczne
       *[sealed_media] zapieczętowane nośniki danych
    }

## A rule without a description, as a sentence.

summary-rule = { $subject } { $actions }.
summary-all-returns = wszystkie zwroty
summary-when-not = zwroty inne niż { $subject }
summary-when-sku = produkty { $count ->
        [one] o numerze SKU
       *[other] o numerach SKU
    } { $list }
summary-when-product = produkty { $count ->
        [one] o identyfikatorze
       *[other] o identyfikatorach
    } { $list }
summary-when-category = produkty z { $count ->
        [one] kategorii
       *[other] kategorii
    } { $list }
summary-when-product-tag = produkty z tagiem { $list }
summary-when-price = produkty w cenie { $range }
summary-when-final-sale = { $final_sale ->
        [yes] produkty ze sprzedaży ostatecznej
       *[no] produkty spoza sprzedaży ostatecznej
    }
summary-when-exemption = { $list }
summary-when-order-total = zamówienia o łącznej wartości { $range }
summary-when-discount-code = zamówienia z { $count ->
        [one] kodem rabatowym
       *[other] kodami rabatowymi
    } { $list }
summary-when-channel = zamówienia złożone przez { $list }
summary-when-country = zamówienia wysłane do { $list }
summary-when-order-tag = zamówienia z tagiem { $list }
summary-when-days-since-order = zwroty dokonane { $range } dni po zamówieniu
summary-when-days-since-delivery = zwroty dokonane { $range } dni po dostawie
summary-when-order-date = zamówienia złożone od { $first_day } do { $last_day }
summary-when-customer-tag = zwroty klientów z tagiem { $list }
summary-when-customer-tier = zwroty klientów z { $count ->
        [one] poziomu
       *[other] poziomów
    } { $list }
summary-when-past-returns = zwroty klientów mających { $range } wcześniejszych zwrotów
summary-when-return-rate = zwroty klientów ze wskaźnikiem zwrotów { $range }
summary-when-blocklisted = { $blocklisted ->
        [yes] zwroty klientów z czarnej listy
       *[no] zwroty klientów spoza naszej czarnej listy
    }
summary-when-reason = zwroty z powodu { $list }
summary-when-reason-class = { $class ->
        [remorse] zwroty z powodu zmiany decyzji
       *[merchant_fault] zwroty produktów wadliwych, uszkodzonych lub niezgodnych z zamówieniem
    }
summary-when-resolution = zwroty z prośbą o rozliczenie jako { $list }
summary-when-item-count = zwroty obejmujące { $range } produktów
summary-when-return-value = zwroty o wartości netto { $range }
summary-when-full-return = { $full ->
        [yes] zwroty całego zamówienia
       *[no] zwroty części zamówienia
    }
summary-when-reported-condition = produkty zgłoszone jako { $list }
summary-when-photos = { $photos ->
        [yes] zwroty ze zdjęciami
       *[no] zwroty bez zdjęć
    }
summary-when-disposition = produkty, w zależności od wyniku naszej kontroli,
summary-then-deny = nie podlegają zwrotowi
summary-then-review = są sprawdzane przez nasz zespół przed zatwierdzeniem
summary-then-window-days = mogą zostać zwrócone w ciągu { $days ->
        [one] { $days } dnia
       *[other] { $days } dni
    } { $from ->
        [delivery] od dostawy
        [fulfillment] od wysyłki
       *[order] od złożenia zamówienia
    }
summary-then-window-until = mogą zostać zwrócone do { $date }
summary-then-restocking = podlegają opłacie za ponowne przyjęcie do magazynu w wysokości { $fee }
summary-then-no-restocking = nie podlegają opłacie za ponowne przyjęcie do magazynu
summary-then-handling-fee = podlegają opłacie manipulacyjnej w wysokości { $fee } za zwrot
summary-then-no-handling-fee = nie podlegają opłacie manipulacyjnej
summary-then-label-fee = podlegają opłacie za etykietę zwrotną w wysokości { $fee }
summary-then-no-label-fee = nie podlegają opłacie za etykietę zwrotną
summary-then-waive-fees = są zwolnione z opłat za zwrot
summary-then-only = mogą zostać rozliczone wyłącznie jako { $list }
summary-then-also = mogą zostać rozliczone także jako { $list }
summary-then-bonus = dają premię: { $list }
summary-then-no-bonus = nie dają premii
summary-bonus-with = { $bonus } dodatkowo { $with ->
        [store_credit] przy wyborze środków w sklepie
       *[exchange] przy wyborze wymiany
    }
summary-then-keep = mogą zostać zatrzymane: otrzymasz zwrot pieniędzy bez ich odsyłania
summary-then-photos = wymagają zdjęć produktu
summary-then-inspect = są rozliczane po ich sprawdzeniu przez nas
summary-then-bypass-final-sale = mogą zostać zwrócone, nawet jeśli sprzedano je w sprzedaży ostatecznej
summary-then-goodwill = dają środki w sklepie w ramach rekompensaty w wysokości { $bonus }
summary-then-label = { $payer ->
        [merchant] są odsyłane bezpłatnie z naszą opłaconą etykietą
        [customer] są odsyłane z naszą etykietą zwrotną, za którą potrącamy { $fee } z kwoty zwrotu
        [customer_free] są odsyłane z naszą bezpłatną etykietą zwrotną
       *[customer_arranged] są odsyłane na Twój koszt
    }
summary-then-route = trafiają do { $name }

## Consumer law in the summary.

summary-statute-withdrawal = { $jurisdiction ->
        [uk] Klienci z Wielkiej Brytanii mogą anulować zamówienie
       *[eu] Klienci z UE mogą skorzystać z prawa odstąpienia od umowy
    } w ciągu { $days } dni bez podania przyczyny, licząc od dostarczenia ostatniego produktu z zamówienia. Jeśli nie poinformowaliśmy Cię o tym prawie, termin wydłuża się o 12 miesięcy.
summary-statute-refund = W przypadku { $jurisdiction ->
        [uk] anulowania zamówienia
       *[eu] odstąpienia od umowy
    } nie pobieramy opłaty za ponowne przyjęcie do magazynu ani opłaty manipulacyjnej, zwrot pieniędzy trafia na pierwotny sposób płatności w ciągu { $days } dni, a jeśli zwracasz całe zamówienie, zwracamy też koszt standardowej dostawy.
summary-statute-exempt = Produkty personalizowane i łatwo psujące się oraz zapieczętowane produkty higieniczne lub nośniki danych po otwarciu są wyłączone z tego prawa.
summary-statute-shipping = Podany wyżej koszt odesłania obowiązuje także w przypadku { $jurisdiction ->
        [uk] anulowania zamówienia
       *[eu] odstąpienia od umowy
    }.
summary-statute-reject = Wadliwe produkty można odrzucić z pełnym zwrotem pieniędzy w ciągu { $days } dni od dostawy, z bezpłatną wysyłką zwrotną.

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

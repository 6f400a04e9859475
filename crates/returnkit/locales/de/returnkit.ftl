# returnkit's customer messages, German. Ids and variables as in the English catalog (en).

## Why a line or a return is denied or reviewed.

reason-not-delivered = Dieser Artikel wurde noch nicht geliefert.
reason-not-delivered-window = Dieser Artikel wurde noch nicht geliefert, daher hat die Rückgabefrist noch nicht begonnen.
reason-already-returned = Dieser Artikel wurde bereits zurückgegeben.
reason-partially-returnable = Nur { $eligible } von { $requested } gewünschten Artikeln { $eligible ->
        [one] kann
       *[other] können
    } zurückgegeben werden.
reason-final-sale = Dieser Artikel wurde als Endverkauf ohne Rückgaberecht verkauft und kann nicht zurückgegeben werden.
reason-outside-window = Die Rückgabefrist für diesen Artikel ist am { $date } abgelaufen.
reason-photos-required = Bitte fügen Sie Fotos des Artikels hinzu, damit wir die Rücksendung prüfen können.
reason-review-value = Rücksendungen im Wert von mehr als { $limit } werden von unserem Team geprüft.
reason-review-items = Rücksendungen mit mehr als { $limit } { $limit ->
        [one] Artikel
       *[other] Artikeln
    } werden von unserem Team geprüft.
reason-review-return-rate = Diese Rücksendung wird von unserem Team geprüft.
reason-no-common-resolution = Für diese Artikel ist keine gemeinsame Erstattungsart möglich; unser Team meldet sich bei Ihnen.
reason-no-label-service = Für Ihre Adresse können wir kein Rücksendeetikett anbieten ({ $detail }); unser Team meldet sich bei Ihnen.
reason-partial-bundle = Dieser Artikel gehört zu einem Set und kann nur zusammen mit dem restlichen Set zurückgegeben werden.
reason-partial-bundle-review = Dieser Artikel gehört zu einem Set; wir prüfen, ob er einzeln zurückgegeben werden kann.
reason-gift-original-payment = Ein Geschenk wird gegen Guthaben oder im Umtausch zurückgenommen, nicht mit einer Erstattung über das ursprüngliche Zahlungsmittel.
reason-review-value-gift = Diese Rücksendung wird von unserem Team geprüft.
reason-line-resolution-not-offered = Dieser Artikel kann nicht wie gewünscht abgewickelt werden; unser Team meldet sich bei Ihnen.

## Why the customer keeps the items.

keep-item-rule = Nach einer Regel des Shops dürfen Sie die Artikel behalten.
keep-item-threshold = Die Artikel sind vor Steuern { $value } wert und liegen damit nicht über der Grenze des Shops von { $threshold }: Bitte behalten Sie sie.
keep-item-uneconomic = Die Rücksendung der Artikel würde { $cost } kosten (Etikett { $label } und Bearbeitung { $handling }), mindestens so viel wie die { $recovery }, die sie einbringen würden: Bitte behalten Sie sie.
keep-item-gift = Sie dürfen die Artikel behalten; Sie müssen nichts zurücksenden.

## The statutory rules a decision cites.

statute-withdrawal-eu = Richtlinie 2011/83/EU Art. 9: 14 Tage Widerrufsrecht ohne Angabe von Gründen, ab Lieferung des letzten Artikels
statute-withdrawal-uk = Consumer Contracts Regulations 2013 reg. 29-31: 14 Tage Widerrufsrecht, ab Lieferung des letzten Artikels
statute-uninformed = Der Verbraucher wurde nicht über sein Widerrufsrecht belehrt, daher verlängert sich die Frist um 12 Monate
statute-no-restocking = Für den Widerruf darf keine Gebühr berechnet werden; abgezogen werden darf nur ein Wertverlust durch einen nicht notwendigen Umgang mit der Ware
statute-original-payment = Die Erstattung erfolgt über das ursprüngliche Zahlungsmittel; Guthaben darf angeboten, aber nie aufgezwungen werden
statute-delivery = Beim Widerruf der gesamten Bestellung werden die ursprünglichen Versandkosten bis zur Höhe der günstigsten Standardlieferung erstattet
statute-refund-by = Die Erstattung ist binnen 14 Tagen nach Eingang des Widerrufs fällig, oder nachdem der Rückweisung mangelhafter Ware zugestimmt wurde
statute-short-term-reject = Consumer Rights Act 2015 s. 22: Mangelhafte Ware kann binnen 30 Tagen nach Lieferung gegen volle Erstattung zurückgewiesen werden
statute-credit-minimum = Als Erstattung gewährtes Guthaben gilt mindestens 3 Jahre ab Ausgabe (kein EU-Rechtsakt legt ein Minimum fest; das Profil folgt der regelmäßigen Verjährungsfrist von 3 Jahren nach §§ 195, 199 BGB); ein Bonus kann früher verfallen

## A return opened from a denied decision.

rejection-denied = Die Rücksendung wurde nicht genehmigt.

## The customer-facing status of a return.

status-submitted = Wir haben Ihre Rücksendeanfrage erhalten.
status-under-review = Wir prüfen Ihre Rücksendeanfrage.
status-information-needed = Wir benötigen noch einige Angaben zu Ihrer Rücksendung.
status-approved = Ihre Rücksendung ist genehmigt. Bitte senden Sie die Artikel zurück.
status-keep-items = Ihre Rücksendung ist genehmigt. Behalten Sie die Artikel; Sie müssen nichts zurücksenden.
status-label-ready = Ihr Rücksendeetikett ist bereit.
status-on-its-way = Ihre Rücksendung ist auf dem Weg zu uns.
status-received = Wir haben Ihre Rücksendung erhalten und prüfen sie.
status-refund-issued = Ihre Erstattung wurde veranlasst.
status-credit-issued = Ihr Guthaben wurde ausgestellt.
status-exchange-shipped = Ihr Ersatzartikel ist unterwegs.
status-completed = Ihre Rücksendung ist abgeschlossen.
status-declined = Ihre Rücksendung wurde nicht genehmigt.
status-cancelled = Ihre Rücksendung wurde storniert.
status-expired = Ihre Rücksendung ist verfallen, weil die Artikel nicht rechtzeitig verschickt wurden.

## Where the items go (`status.going_to`, `status.timeline[].going_to`); `$name` is the destination's own name.

route-warehouse = Geht an unser Lager { $name }.
route-store = Geht an unsere Filiale { $name }.
route-refurbisher = Geht an unseren Aufbereitungspartner { $name }.
route-liquidator = Geht an unseren Wiederverkaufspartner { $name }.
route-recycler = Geht an unseren Recyclingpartner { $name }.
route-donation = Geht an unseren Spendenpartner { $name }.
route-supplier = Geht an den Hersteller, { $name }.

## The standard return reasons.

return-reason-defective = Defekt oder funktioniert nicht
return-reason-damaged-in-transit = Beschädigt angekommen
return-reason-wrong-item = Falscher Artikel geliefert
return-reason-not-as-described = Entspricht nicht der Beschreibung
return-reason-arrived-late = Zu spät angekommen
return-reason-size-or-fit = Größe oder Passform
return-reason-changed-mind = Meinung geändert
return-reason-other = Sonstiges

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

## The plain-text policy summary.

summary-window-unlimited = Sie können Artikel jederzeit zurückgeben: Es gibt keine Frist.
summary-window-same-day = Sie können Artikel bis zum Ende des Tages zurückgeben, { $from ->
        [delivery] an dem sie geliefert werden
        [fulfillment] an dem sie versandt werden
       *[order] an dem Sie bestellen
    }.
summary-window-days = Sie können Artikel innerhalb von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } { $from ->
        [delivery] nach Lieferung
        [fulfillment] nach Versand
       *[order] nach Ihrer Bestellung
    } zurückgeben.
summary-transit-buffer = Können wir die Lieferung eines Artikels nicht bestätigen, beginnt die Frist { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } nach dem Versand.
summary-transit-none = Können wir die Lieferung eines Artikels nicht bestätigen, beginnt die Frist mit dem Versand.
summary-deadline = Fristen enden um Mitternacht, Zeit des Shops ({ $timezone }).
summary-business-day = Fällt das Ende einer Frist auf ein Wochenende oder einen Feiertag, verschiebt es sich auf den nächsten Werktag.
summary-business-day-holidays = Fällt das Ende einer Frist auf ein Wochenende oder einen Feiertag, verschiebt es sich auf den nächsten Werktag (Feiertage: { $holidays }).
summary-refund-options = Erstattungsmöglichkeiten: { $options }.
summary-resolution = { $resolution ->
        [original_payment] Erstattung auf Ihr ursprüngliches Zahlungsmittel
        [store_credit] Guthaben im Shop
       *[exchange] Umtausch
    }
summary-credit-only-after = Nach { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } { $from ->
        [delivery] ab Lieferung
        [fulfillment] ab Versand
       *[order] ab Ihrem Bestelldatum
    } erstatten wir nur noch als Guthaben.
summary-bonus-store-credit = Wählen Sie Guthaben und erhalten Sie { $bonus } zusätzlich.
summary-bonus-exchange = Wählen Sie einen Umtausch und erhalten Sie { $bonus } zusätzlich.
summary-restocking-fee = Von { $applies ->
        [every] jeder Rücksendung
       *[remorse] Rücksendungen ohne Mangel
    } wird eine Wiedereinlagerungsgebühr von { $fee } abgezogen.
summary-handling-fee = Von { $applies ->
        [every] jeder Rücksendung
       *[remorse] Rücksendungen ohne Mangel
    } wird eine Bearbeitungsgebühr von { $fee } pro Rücksendung abgezogen.
summary-fee-percent = { $percent } des Artikelpreises
summary-fee-flat = { $amount } { $per ->
        [unit] pro Artikel
        [line] pro zurückgegebenem Produkt
       *[return] pro Rücksendung
    }
summary-remorse = Sie haben es sich anders überlegt?
summary-fault = Artikel defekt, beschädigt oder falsch geliefert?
summary-shipping = { $payer ->
        [merchant] Die Rücksendung ist kostenlos: Wir senden Ihnen ein frankiertes Rücksendeetikett.
        [customer] Wir senden Ihnen ein Rücksendeetikett und ziehen dafür { $fee } von Ihrer Erstattung ab.
        [customer_free] Wir senden Ihnen kostenlos ein Rücksendeetikett.
       *[customer_arranged] Sie senden die Artikel selbst und auf eigene Kosten zurück.
    }
summary-fault-no-fees = Es wird keine Wiedereinlagerungs- oder Bearbeitungsgebühr berechnet.
summary-fault-refunds-shipping = Wir erstatten außerdem Ihre ursprünglichen Versandkosten.
summary-inspection = Bei Artikeln, die { $condition ->
        [new] unbenutzt zurückkommen
        [like_new] geöffnet, aber wie neu zurückkommen
        [used] gebraucht zurückkommen
        [damaged] beschädigt zurückkommen
        [missing] im Paket fehlen
       *[wrong_item] nicht der verkaufte Artikel sind
    }, ziehen wir { $percent } von der Erstattung ab.
summary-keep-threshold = Sind die zurückgegebenen Artikel vor Steuern höchstens { $amount } wert, behalten Sie sie: Sie erhalten Ihre Erstattung, ohne sie zurückzusenden.
summary-keep-uneconomic = Würde uns die Rücksendung eines Artikels mehr kosten, als er uns wert ist, behalten Sie ihn: Sie erhalten Ihre Erstattung, ohne ihn zurückzusenden.
summary-final-sale = Als Endverkauf verkaufte Artikel können nicht zurückgegeben werden.
summary-final-sale-statutory = Als Endverkauf verkaufte Artikel können nicht zurückgegeben werden, es sei denn, das Gesetz gibt Ihnen ein Recht dazu (siehe unten).
summary-review-value = Rücksendungen im Wert von mehr als { $amount } vor Steuern prüft unser Team vor der Genehmigung.
summary-review-items = Rücksendungen mit mehr als { $count } { $count ->
        [one] Artikel
       *[other] Artikeln
    } prüft unser Team vor der Genehmigung.

## The summary's words.

summary-percent = { $percent } %
summary-and = { $first } und { $second }
summary-or = { $first } oder { $second }
summary-quoted = „{ $text }“
summary-range = { $bound ->
        [between] { $low } bis { $high }
        [at_least] { $low } oder mehr
        [at_most] { $high } oder weniger
       *[any] beliebiger Höhe
    }
summary-condition = { $condition ->
        [new] unbenutzt
        [like_new] geöffnet, aber wie neu
        [used] gebraucht
        [damaged] beschädigt
        [missing] fehlend
       *[wrong_item] falscher Artikel
    }
summary-exemption = { $exemption ->
        [personalised] personalisierte Artikel
        [perishable] verderbliche Artikel
        [sealed_hygiene] versiegelte Hygieneartikel
       *[sealed_media] versiegelte Datenträger
    }

## A rule without a description, as a sentence.

summary-rule = { $subject } { $actions }.
summary-all-returns = alle Rücksendungen
summary-when-not = Rücksendungen außer { $subject }
summary-when-sku = Artikel mit { $count ->
        [one] der SKU
       *[other] den SKUs
    } { $list }
summary-when-product = Artikel { $count ->
        [one] des Produkts
       *[other] der Produkte
    } { $list }
summary-when-category = Artikel in { $count ->
        [one] der Kategorie
       *[other] den Kategorien
    } { $list }
summary-when-product-tag = Artikel mit dem Tag { $list }
summary-when-price = Artikel zum Preis von { $range }
summary-when-final-sale = { $final_sale ->
        [yes] als Endverkauf verkaufte Artikel
       *[no] nicht als Endverkauf verkaufte Artikel
    }
summary-when-exemption = { $list }
summary-when-order-total = Bestellungen mit einem Gesamtbetrag von { $range }
summary-when-discount-code = Bestellungen mit { $count ->
        [one] dem Rabattcode
       *[other] den Rabattcodes
    } { $list }
summary-when-channel = über { $list } aufgegebene Bestellungen
summary-when-country = Bestellungen mit Lieferung nach { $list }
summary-when-order-tag = Bestellungen mit dem Tag { $list }
summary-when-days-since-order = Rücksendungen { $range } Tage nach der Bestellung
summary-when-days-since-delivery = Rücksendungen { $range } Tage nach der Lieferung
summary-when-order-date = vom { $first_day } bis { $last_day } aufgegebene Bestellungen
summary-when-customer-tag = Rücksendungen von Kunden mit dem Tag { $list }
summary-when-customer-tier = Rücksendungen von Kunden { $count ->
        [one] der Stufe
       *[other] der Stufen
    } { $list }
summary-when-past-returns = Rücksendungen von Kunden mit { $range } früheren Rücksendungen
summary-when-return-rate = Rücksendungen von Kunden mit einer Rücksendequote von { $range }
summary-when-blocklisted = { $blocklisted ->
        [yes] Rücksendungen gesperrter Kunden
       *[no] Rücksendungen nicht gesperrter Kunden
    }
summary-when-reason = Rücksendungen mit dem Grund { $list }
summary-when-reason-class = { $class ->
        [remorse] Rücksendungen ohne Mangel
       *[merchant_fault] Rücksendungen defekter, beschädigter oder falsch gelieferter Artikel
    }
summary-when-resolution = Rücksendungen mit dem Wunsch nach { $list }
summary-when-item-count = Rücksendungen von { $range } Artikeln
summary-when-return-value = Rücksendungen im Wert von { $range } vor Steuern
summary-when-full-return = { $full ->
        [yes] Rücksendungen einer ganzen Bestellung
       *[no] Rücksendungen eines Teils einer Bestellung
    }
summary-when-reported-condition = als { $list } gemeldete Artikel
summary-when-photos = { $photos ->
        [yes] Rücksendungen mit Fotos
       *[no] Rücksendungen ohne Fotos
    }
summary-when-disposition = Artikel je nach Ergebnis unserer Prüfung
summary-then-deny = sind von der Rückgabe ausgeschlossen
summary-then-review = werden vor der Genehmigung von unserem Team geprüft
summary-then-window-days = können innerhalb von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } { $from ->
        [delivery] nach Lieferung
        [fulfillment] nach Versand
       *[order] nach Ihrer Bestellung
    } zurückgegeben werden
summary-then-window-until = können bis zum { $date } zurückgegeben werden
summary-then-restocking = haben eine Wiedereinlagerungsgebühr von { $fee }
summary-then-no-restocking = haben keine Wiedereinlagerungsgebühr
summary-then-handling-fee = haben eine Bearbeitungsgebühr von { $fee } pro Rücksendung
summary-then-no-handling-fee = haben keine Bearbeitungsgebühr
summary-then-label-fee = haben eine Gebühr für das Rücksendeetikett von { $fee }
summary-then-no-label-fee = haben keine Gebühr für das Rücksendeetikett
summary-then-waive-fees = sind von Rücksendegebühren befreit
summary-then-only = erhalten nur { $list }
summary-then-also = können auch { $list } erhalten
summary-then-bonus = erhalten { $list }
summary-then-no-bonus = erhalten keinen Bonus
summary-bonus-with = { $bonus } zusätzlich { $with ->
        [store_credit] bei Guthaben
       *[exchange] bei Umtausch
    }
summary-then-keep = dürfen behalten werden: Sie erhalten Ihre Erstattung, ohne sie zurückzusenden
summary-then-photos = brauchen Fotos des Artikels
summary-then-inspect = werden erstattet, sobald wir sie geprüft haben
summary-then-bypass-final-sale = können auch als Endverkauf zurückgegeben werden
summary-then-goodwill = erhalten eine Kulanzgutschrift von { $bonus }
summary-then-label = { $payer ->
        [merchant] werden mit unserem frankierten Etikett kostenlos zurückgesandt
        [customer] erhalten unser Rücksendeetikett, wofür { $fee } von der Erstattung abgezogen werden
        [customer_free] erhalten unser Rücksendeetikett kostenlos
       *[customer_arranged] werden auf Ihre Kosten zurückgesandt
    }
summary-then-route = gehen an { $name }

## Consumer law in the summary.

summary-statute-withdrawal = { $jurisdiction ->
        [uk] Kunden im Vereinigten Königreich
       *[eu] Kunden in der EU
    } haben ein Widerrufsrecht von { $days } Tagen ohne Angabe von Gründen, gerechnet ab Lieferung des letzten Artikels der Bestellung. Haben wir Sie nicht über dieses Recht belehrt, verlängert sich die Frist um 12 Monate.
summary-statute-refund = Beim Widerruf wird keine Wiedereinlagerungs- oder Bearbeitungsgebühr berechnet, die Erstattung erfolgt binnen { $days } Tagen über Ihr ursprüngliches Zahlungsmittel, und wenn Sie die gesamte Bestellung zurückgeben, erstatten wir auch die Standardversandkosten.
summary-statute-exempt = Personalisierte und verderbliche Waren sowie versiegelte Hygieneartikel oder Datenträger nach dem Entsiegeln sind von diesem Recht ausgenommen.
summary-statute-shipping = Die oben genannten Kosten der Rücksendung gelten auch beim Widerruf.
summary-statute-reject = Mangelhafte Artikel können binnen { $days } Tagen nach Lieferung gegen volle Erstattung zurückgewiesen werden, mit kostenloser Rücksendung.

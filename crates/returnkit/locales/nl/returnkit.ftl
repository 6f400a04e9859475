# returnkit's customer messages, Dutch. Ids and variables as in the English catalog (en).

## Why a line or a return is denied or reviewed.

reason-not-delivered = Dit artikel is nog niet geleverd.
reason-not-delivered-window = Dit artikel is nog niet geleverd, dus de retourtermijn is nog niet begonnen.
reason-already-returned = Dit artikel is al geretourneerd.
reason-partially-returnable = Slechts { $eligible } van de { $requested } gevraagde artikelen { $eligible ->
        [one] kan
       *[other] kunnen
    } worden geretourneerd.
reason-final-sale = Dit artikel is verkocht zonder retourrecht (final sale) en kan niet worden geretourneerd.
reason-outside-window = De retourtermijn voor dit artikel is verlopen op { $date }.
reason-photos-required = Voeg foto's van het artikel toe, zodat we de retour kunnen beoordelen.
reason-review-value = Retouren met een waarde van meer dan { $limit } worden door ons team gecontroleerd.
reason-review-items = Retouren van meer dan { $limit } { $limit ->
        [one] artikel
       *[other] artikelen
    } worden door ons team gecontroleerd.
reason-review-return-rate = Deze retour wordt door ons team gecontroleerd.
reason-no-common-resolution = Deze artikelen kunnen niet op dezelfde manier worden afgehandeld; ons team neemt contact met u op.
reason-no-label-service = We kunnen geen retourlabel aanbieden vanaf uw adres ({ $detail }); ons team neemt contact met u op.
reason-partial-bundle = Dit artikel hoort bij een set en kan alleen samen met de rest van de set worden geretourneerd.
reason-partial-bundle-review = Dit artikel hoort bij een set; we beoordelen of het los kan worden geretourneerd.
reason-gift-original-payment = Een cadeau wordt geretourneerd voor tegoed of een omruiling, niet voor een terugbetaling naar het oorspronkelijke betaalmiddel.
reason-review-value-gift = Deze retour wordt door ons team gecontroleerd.
reason-line-resolution-not-offered = Dit artikel kan niet worden afgehandeld zoals u hebt gevraagd; ons team neemt contact met u op.

## Why the customer keeps the items.

keep-item-rule = Volgens een regel van de winkel mag u de artikelen houden.
keep-item-threshold = De artikelen zijn exclusief btw { $value } waard, niet meer dan de grens van { $threshold } van de winkel: u mag ze houden.
keep-item-uneconomic = Terugsturen zou { $cost } kosten (label { $label } en verwerking { $handling }), minstens de { $recovery } die de artikelen zouden opleveren: u mag ze houden.
keep-item-gift = U mag de artikelen houden; u hoeft niets terug te sturen.

## The statutory rules a decision cites.

statute-withdrawal-eu = Richtlijn 2011/83/EU art. 9: 14 dagen herroepingsrecht zonder opgave van redenen, vanaf de levering van het laatste artikel
statute-withdrawal-uk = Consumer Contracts Regulations 2013 reg. 29-31: 14 dagen om te annuleren, vanaf de levering van het laatste artikel
statute-uninformed = De consument is niet gewezen op het herroepingsrecht, dus de termijn wordt met 12 maanden verlengd
statute-no-restocking = Voor herroeping mogen geen kosten worden gerekend; alleen waardevermindering door meer dan noodzakelijke behandeling mag worden afgetrokken
statute-original-payment = De terugbetaling gaat naar het oorspronkelijke betaalmiddel; tegoed mag worden aangeboden, maar nooit worden opgelegd
statute-delivery = Bij herroeping van de hele bestelling worden de oorspronkelijke verzendkosten terugbetaald tot het bedrag van de goedkoopste standaardlevering
statute-refund-by = De terugbetaling moet binnen 14 dagen na de melding van herroeping gebeuren, of nadat is ingestemd met de afwijzing van gebrekkige goederen
statute-short-term-reject = Consumer Rights Act 2015 s. 22: gebrekkige goederen kunnen binnen 30 dagen na levering worden geweigerd tegen volledige terugbetaling
statute-credit-minimum = Tegoed dat als terugbetaling wordt gegeven, blijft ten minste 3 jaar na uitgifte geldig (geen EU-handeling stelt een minimum; het profiel volgt de gewone verjaringstermijn van 3 jaar van §§ 195, 199 BGB); een bonus kan eerder vervallen

## A return opened from a denied decision.

rejection-denied = De retour is niet goedgekeurd.

## The customer-facing status of a return.

status-submitted = We hebben uw retouraanvraag ontvangen.
status-under-review = We beoordelen uw retouraanvraag.
status-information-needed = We hebben wat meer informatie over uw retour nodig.
status-approved = Uw retour is goedgekeurd. Stuur de artikelen terug.
status-keep-items = Uw retour is goedgekeurd. Houd de artikelen; u hoeft niets terug te sturen.
status-label-ready = Uw retourlabel staat klaar.
status-on-its-way = Uw retour is onderweg naar ons.
status-received = We hebben uw retour ontvangen en controleren deze.
status-refund-issued = Uw terugbetaling is uitgevoerd.
status-credit-issued = Uw tegoed is uitgegeven.
status-exchange-shipped = Uw vervangende artikel is onderweg.
status-completed = Uw retour is afgerond.
status-declined = Uw retour is niet goedgekeurd.
status-cancelled = Uw retour is geannuleerd.
status-expired = Uw retour is verlopen omdat de artikelen niet op tijd zijn verzonden.

## Where the items go (`status.going_to`, `status.timeline[].going_to`); `$name` is the destination's own name.

route-warehouse = Gaat naar ons magazijn { $name }.
route-store = Gaat naar onze winkel { $name }.
route-refurbisher = Gaat naar onze refurbishmentpartner { $name }.
route-liquidator = Gaat naar onze doorverkooppartner { $name }.
route-recycler = Gaat naar onze recyclingpartner { $name }.
route-donation = Gaat naar onze goededoelenpartner { $name }.
route-supplier = Gaat naar de fabrikant, { $name }.

## The standard return reasons.

return-reason-defective = Defect of werkt niet
return-reason-damaged-in-transit = Beschadigd aangekomen
return-reason-wrong-item = Verkeerd artikel verzonden
return-reason-not-as-described = Niet zoals beschreven
return-reason-arrived-late = Te laat aangekomen
return-reason-size-or-fit = Maat of pasvorm
return-reason-changed-mind = Van gedachten veranderd
return-reason-other = Anders

## The plain-text policy summary.

summary-window-unlimited = U kunt artikelen op elk moment retourneren: er is geen termijn.
summary-window-same-day = U kunt artikelen retourneren tot het einde van de dag { $from ->
        [delivery] waarop ze worden geleverd
        [fulfillment] waarop ze worden verzonden
       *[order] waarop u uw bestelling plaatst
    }.
summary-window-days = U kunt artikelen retourneren binnen { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } { $from ->
        [delivery] na levering
        [fulfillment] na verzending
       *[order] na het plaatsen van uw bestelling
    }.
summary-transit-buffer = Als we niet kunnen bevestigen wanneer een artikel is geleverd, begint de termijn { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } nadat we het hebben verzonden.
summary-transit-none = Als we niet kunnen bevestigen wanneer een artikel is geleverd, begint de termijn wanneer we het verzenden.
summary-deadline = Termijnen eindigen om middernacht, winkeltijd ({ $timezone }).
summary-business-day = Valt het einde van een termijn in een weekend of op een feestdag, dan schuift het op naar de volgende werkdag.
summary-business-day-holidays = Valt het einde van een termijn in een weekend of op een feestdag, dan schuift het op naar de volgende werkdag (feestdagen: { $holidays }).
summary-refund-options = Terugbetalingsopties: { $options }.
summary-resolution = { $resolution ->
        [original_payment] terugbetaling via uw oorspronkelijke betaalmethode
        [store_credit] winkeltegoed
       *[exchange] een omruiling
    }
summary-credit-only-after = Na { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } { $from ->
        [delivery] vanaf levering
        [fulfillment] vanaf verzending
       *[order] vanaf uw besteldatum
    } betalen we alleen nog terug in winkeltegoed.
summary-bonus-store-credit = Kies winkeltegoed en ontvang { $bonus } extra.
summary-bonus-exchange = Kies een omruiling en ontvang { $bonus } extra.
summary-restocking-fee = Op { $applies ->
        [every] elke retour
       *[remorse] retouren wegens bedenktijd
    } worden herbevoorradingskosten van { $fee } ingehouden.
summary-handling-fee = Op { $applies ->
        [every] elke retour
       *[remorse] retouren wegens bedenktijd
    } worden behandelingskosten van { $fee } per retour ingehouden.
summary-fee-percent = { $percent } van de artikelprijs
summary-fee-flat = { $amount } { $per ->
        [unit] per artikel
        [line] per geretourneerd product
       *[return] per retour
    }
summary-remorse = Van gedachten veranderd?
summary-fault = Defect, beschadigd of verkeerd artikel?
summary-shipping = { $payer ->
        [merchant] Retourneren is gratis: we sturen u een gefrankeerd retourlabel.
        [customer] We sturen u een retourlabel en houden daarvoor { $fee } in op uw terugbetaling.
        [customer_free] We sturen u kosteloos een retourlabel.
       *[customer_arranged] U stuurt de artikelen zelf terug, op eigen kosten.
    }
summary-fault-no-fees = Er worden geen herbevoorradings- of behandelingskosten in rekening gebracht.
summary-fault-refunds-shipping = We betalen ook uw oorspronkelijke verzendkosten terug.
summary-inspection = Op artikelen die { $condition ->
        [new] ongebruikt terugkomen
        [like_new] geopend maar als nieuw terugkomen
        [used] gebruikt terugkomen
        [damaged] beschadigd terugkomen
        [missing] in het pakket ontbreken
       *[wrong_item] niet het artikel zijn dat we verkochten
    }, houden we { $percent } in op de terugbetaling.
summary-keep-threshold = Zijn de artikelen die u retourneert exclusief btw { $amount } of minder waard, houd ze dan: u krijgt uw terugbetaling zonder ze terug te sturen.
summary-keep-uneconomic = Kost het terugsturen van een artikel ons meer dan het ons waard is, houd het dan: u krijgt uw terugbetaling zonder het terug te sturen.
summary-final-sale = Artikelen die als eindverkoop zijn verkocht, kunnen niet worden geretourneerd.
summary-final-sale-statutory = Artikelen die als eindverkoop zijn verkocht, kunnen niet worden geretourneerd, tenzij de wet u het recht geeft ze te retourneren (zie hieronder).
summary-review-value = Retouren van meer dan { $amount } exclusief btw worden vóór goedkeuring door ons team gecontroleerd.
summary-review-items = Retouren van meer dan { $count } { $count ->
        [one] artikel
       *[other] artikelen
    } worden vóór goedkeuring door ons team gecontroleerd.

## The summary's words.

summary-percent = { $percent }%
summary-and = { $first } en { $second }
summary-or = { $first } of { $second }
summary-quoted = ‘{ $text }’
summary-range = { $bound ->
        [between] { $low } tot { $high }
        [at_least] { $low } of meer
        [at_most] { $high } of minder
       *[any] elk bedrag
    }
summary-condition = { $condition ->
        [new] ongebruikt
        [like_new] geopend maar als nieuw
        [used] gebruikt
        [damaged] beschadigd
        [missing] ontbrekend
       *[wrong_item] verkeerd artikel
    }
summary-exemption = { $exemption ->
        [personalised] gepersonaliseerde artikelen
        [perishable] bederfelijke artikelen
        [sealed_hygiene] verzegelde hygiëneartikelen
       *[sealed_media] verzegelde media
    }

## A rule without a description, as a sentence.

summary-rule = { $subject } { $actions }.
summary-all-returns = alle retouren
summary-when-not = retouren anders dan { $subject }
summary-when-sku = artikelen met { $count ->
        [one] SKU
       *[other] de SKU's
    } { $list }
summary-when-product = artikelen van { $count ->
        [one] product
       *[other] de producten
    } { $list }
summary-when-category = artikelen in { $count ->
        [one] categorie
       *[other] de categorieën
    } { $list }
summary-when-product-tag = artikelen met de tag { $list }
summary-when-price = artikelen met een prijs van { $range }
summary-when-final-sale = { $final_sale ->
        [yes] eindverkoopartikelen
       *[no] artikelen die niet als eindverkoop zijn verkocht
    }
summary-when-exemption = { $list }
summary-when-order-total = bestellingen met een totaal van { $range }
summary-when-discount-code = bestellingen met { $count ->
        [one] kortingscode
       *[other] de kortingscodes
    } { $list }
summary-when-channel = bestellingen geplaatst via { $list }
summary-when-country = bestellingen verzonden naar { $list }
summary-when-order-tag = bestellingen met de tag { $list }
summary-when-days-since-order = retouren { $range } dagen na de bestelling
summary-when-days-since-delivery = retouren { $range } dagen na de levering
summary-when-order-date = bestellingen geplaatst van { $first_day } tot { $last_day }
summary-when-customer-tag = retouren van klanten met de tag { $list }
summary-when-customer-tier = retouren van klanten in { $count ->
        [one] niveau
       *[other] de niveaus
    } { $list }
summary-when-past-returns = retouren van klanten met { $range } eerdere retouren
summary-when-return-rate = retouren van klanten met een retourpercentage van { $range }
summary-when-blocklisted = { $blocklisted ->
        [yes] retouren van geblokkeerde klanten
       *[no] retouren van klanten die niet op onze blokkeerlijst staan
    }
summary-when-reason = retouren met de reden { $list }
summary-when-reason-class = { $class ->
        [remorse] retouren wegens bedenktijd
       *[merchant_fault] retouren van defecte, beschadigde of verkeerde artikelen
    }
summary-when-resolution = retouren waarbij wordt gevraagd om { $list }
summary-when-item-count = retouren van { $range } artikelen
summary-when-return-value = retouren ter waarde van { $range } exclusief btw
summary-when-full-return = { $full ->
        [yes] retouren van een hele bestelling
       *[no] retouren van een deel van een bestelling
    }
summary-when-reported-condition = artikelen gemeld als { $list }
summary-when-photos = { $photos ->
        [yes] retouren met foto's
       *[no] retouren zonder foto's
    }
summary-when-disposition = artikelen, afhankelijk van wat onze inspectie vindt,
summary-then-deny = kunnen niet worden geretourneerd
summary-then-review = worden vóór goedkeuring door ons team gecontroleerd
summary-then-window-days = kunnen worden geretourneerd binnen { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } { $from ->
        [delivery] na levering
        [fulfillment] na verzending
       *[order] na het plaatsen van uw bestelling
    }
summary-then-window-until = kunnen worden geretourneerd tot en met { $date }
summary-then-restocking = hebben herbevoorradingskosten van { $fee }
summary-then-no-restocking = hebben geen herbevoorradingskosten
summary-then-handling-fee = hebben behandelingskosten van { $fee } per retour
summary-then-no-handling-fee = hebben geen behandelingskosten
summary-then-label-fee = hebben retourlabelkosten van { $fee }
summary-then-no-label-fee = hebben geen retourlabelkosten
summary-then-waive-fees = zijn vrij van retourkosten
summary-then-only = krijgen alleen { $list }
summary-then-also = kunnen ook { $list } krijgen
summary-then-bonus = krijgen { $list }
summary-then-no-bonus = krijgen geen bonus
summary-bonus-with = { $bonus } extra { $with ->
        [store_credit] bij winkeltegoed
       *[exchange] bij een omruiling
    }
summary-then-keep = mogen worden gehouden: u krijgt uw terugbetaling zonder ze terug te sturen
summary-then-photos = hebben foto's van het artikel nodig
summary-then-inspect = worden terugbetaald zodra we ze hebben geïnspecteerd
summary-then-bypass-final-sale = kunnen worden geretourneerd, ook als ze als eindverkoop zijn verkocht
summary-then-goodwill = krijgen een coulancetegoed van { $bonus }
summary-then-label = { $payer ->
        [merchant] worden gratis geretourneerd met ons gefrankeerde label
        [customer] krijgen ons retourlabel, waarvoor { $fee } op de terugbetaling wordt ingehouden
        [customer_free] krijgen ons retourlabel kosteloos
       *[customer_arranged] worden op eigen kosten teruggestuurd
    }
summary-then-route = gaan naar { $name }

## Consumer law in the summary.

summary-statute-withdrawal = { $jurisdiction ->
        [uk] Klanten in het Verenigd Koninkrijk kunnen annuleren
       *[eu] Klanten in de EU hebben een herroepingsrecht
    } binnen { $days } dagen zonder opgave van redenen, gerekend vanaf de levering van het laatste artikel van de bestelling. Als we u niet over dit recht hebben geïnformeerd, wordt de termijn met 12 maanden verlengd.
summary-statute-refund = Bij { $jurisdiction ->
        [uk] annulering
       *[eu] herroeping
    } worden geen herbevoorradings- of behandelingskosten in rekening gebracht, gaat de terugbetaling binnen { $days } dagen naar uw oorspronkelijke betaalmethode en betalen we, als u de hele bestelling retourneert, ook de standaardlevering terug.
summary-statute-exempt = Gepersonaliseerde en bederfelijke goederen, en verzegelde hygiëneartikelen of media zodra de verzegeling is verbroken, zijn van dit recht uitgezonderd.
summary-statute-shipping = De hierboven vermelde kosten van het retourneren blijven gelden bij { $jurisdiction ->
        [uk] annulering
       *[eu] herroeping
    }.
summary-statute-reject = Defecte artikelen kunnen binnen { $days } dagen na levering worden geweigerd tegen volledige terugbetaling, met gratis retourzending.

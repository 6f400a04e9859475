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

# returnkit's customer messages, Romanian. Ids and variables as in the English catalog (en).
# Plural forms: one (1), few (0, 2-19, 101-119, ...), other (20 and up: "20 de articole").

## Why a line or a return is denied or reviewed.

reason-not-delivered = Acest articol nu a fost încă livrat.
reason-not-delivered-window = Acest articol nu a fost încă livrat, așa că termenul de returnare nu a început.
reason-already-returned = Acest articol a fost deja returnat.
reason-partially-returnable = Se { $eligible ->
        [one] poate
       *[other] pot
    } returna doar { $eligible } din { $requested } { $requested ->
        [one] articol solicitat
        [few] articole solicitate
       *[other] de articole solicitate
    }.
reason-final-sale = Acest articol a fost vândut fără drept de returnare (vânzare finală) și nu poate fi returnat.
reason-outside-window = Termenul de returnare pentru acest articol s-a încheiat pe { $date }.
reason-photos-required = Vă rugăm să adăugați fotografii ale articolului, ca să putem analiza returul.
reason-review-value = Retururile cu o valoare de peste { $limit } sunt verificate de echipa noastră.
reason-review-items = Retururile de peste { $limit } { $limit ->
        [one] articol
        [few] articole
       *[other] de articole
    } sunt verificate de echipa noastră.
reason-review-return-rate = Acest retur este verificat de echipa noastră.
reason-no-common-resolution = Aceste articole nu pot fi soluționate în același mod; echipa noastră vă va contacta.
reason-no-label-service = Nu vă putem oferi o etichetă de retur de la adresa dumneavoastră ({ $detail }); echipa noastră vă va contacta.
reason-partial-bundle = Acest articol face parte dintr-un set și poate fi returnat doar împreună cu restul setului.
reason-partial-bundle-review = Acest articol face parte dintr-un set; vom analiza dacă poate fi returnat separat.
reason-gift-original-payment = Un cadou se returnează în schimbul creditului în magazin sau al unui schimb, nu prin rambursare pe mijlocul de plată inițial.
reason-review-value-gift = Acest retur este verificat de echipa noastră.
reason-line-resolution-not-offered = Acest articol nu poate fi soluționat în modul solicitat; echipa noastră vă va contacta.

## Why the customer keeps the items.

keep-item-rule = O regulă a magazinului vă permite să păstrați articolele.
keep-item-threshold = Articolele valorează { $value } fără taxe, cel mult pragul de { $threshold } stabilit de magazin: păstrați-le.
keep-item-uneconomic = Returnarea articolelor ar costa { $cost } (eticheta { $label } și manipularea { $handling }), cel puțin suma de { $recovery } pe care ar aduce-o: păstrați-le.
keep-item-gift = Puteți păstra articolele; nu trebuie să trimiteți nimic înapoi.

## The statutory rules a decision cites.

statute-withdrawal-eu = Directiva 2011/83/UE art. 9: 14 zile pentru exercitarea dreptului de retragere fără a invoca vreun motiv, de la livrarea ultimului articol
statute-withdrawal-uk = Consumer Contracts Regulations 2013 reg. 29-31: 14 zile pentru anulare, de la livrarea ultimului articol
statute-uninformed = Consumatorul nu a fost informat despre dreptul de retragere, așa că perioada se prelungește cu 12 luni
statute-no-restocking = Nu se poate percepe nicio taxă pentru retragere; se poate deduce doar diminuarea valorii cauzată de o manipulare excesivă
statute-original-payment = Rambursarea se face prin mijlocul de plată inițial; creditul în magazin poate fi oferit, dar niciodată impus
statute-delivery = La retragerea din întreaga comandă, livrarea inițială se rambursează până la costul celei mai ieftine opțiuni standard
statute-refund-by = Rambursarea este datorată în 14 zile de la notificarea retragerii sau de la acceptarea respingerii unor bunuri defecte
statute-short-term-reject = Consumer Rights Act 2015 s. 22: bunurile defecte pot fi respinse pentru rambursare integrală în 30 de zile de la livrare
statute-credit-minimum = Creditul în magazin acordat ca rambursare este valabil cel puțin 3 ani de la emitere (niciun act al UE nu stabilește un minim; profilul urmează termenul general de prescripție de 3 ani din §§ 195, 199 BGB); un bonus poate expira mai devreme

## A return opened from a denied decision.

rejection-denied = Returul nu a fost aprobat.

## The customer-facing status of a return.

status-submitted = Am primit cererea dumneavoastră de retur.
status-under-review = Analizăm cererea dumneavoastră de retur.
status-information-needed = Avem nevoie de câteva informații suplimentare despre returul dumneavoastră.
status-approved = Returul dumneavoastră este aprobat. Vă rugăm să trimiteți articolele înapoi.
status-keep-items = Returul dumneavoastră este aprobat. Păstrați articolele; nu trebuie să trimiteți nimic înapoi.
status-label-ready = Eticheta de retur este gata.
status-on-its-way = Returul dumneavoastră este pe drum spre noi.
status-received = Am primit returul dumneavoastră și îl verificăm.
status-refund-issued = Rambursarea dumneavoastră a fost emisă.
status-credit-issued = Creditul dumneavoastră în magazin a fost emis.
status-exchange-shipped = Articolul de înlocuire este pe drum.
status-completed = Returul dumneavoastră este finalizat.
status-declined = Returul dumneavoastră nu a fost aprobat.
status-cancelled = Returul dumneavoastră a fost anulat.
status-expired = Returul dumneavoastră a expirat deoarece articolele nu au fost trimise la timp.

## Where the items go (`status.going_to`, `status.timeline[].going_to`); `$name` is the destination's own name.

route-warehouse = Se trimite la depozitul nostru { $name }.
route-store = Se trimite la magazinul nostru { $name }.
route-refurbisher = Se trimite la partenerul nostru de recondiționare { $name }.
route-liquidator = Se trimite la partenerul nostru de revânzare { $name }.
route-recycler = Se trimite la partenerul nostru de reciclare { $name }.
route-donation = Se trimite la partenerul nostru pentru donații { $name }.
route-supplier = Se trimite la producător, { $name }.

## The standard return reasons.

return-reason-defective = Defect sau nu funcționează
return-reason-damaged-in-transit = A sosit deteriorat
return-reason-wrong-item = A fost trimis alt articol
return-reason-not-as-described = Nu corespunde descrierii
return-reason-arrived-late = A sosit prea târziu
return-reason-size-or-fit = Mărime sau croială
return-reason-changed-mind = M-am răzgândit
return-reason-other = Altul

## The plain-text policy summary.

summary-window-unlimited = Puteți returna articolele oricând: nu există un termen limită.
summary-window-same-day = Puteți returna articolele până la sfârșitul zilei în care { $from ->
        [delivery] sunt livrate
        [fulfillment] sunt expediate
       *[order] plasați comanda
    }.
summary-window-days = Puteți returna articolele în { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } { $from ->
        [delivery] de la livrare
        [fulfillment] de la expediere
       *[order] de la plasarea comenzii
    }.
summary-transit-buffer = Dacă nu putem confirma când a fost livrat un articol, termenul începe la { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } după ce îl expediem.
summary-transit-none = Dacă nu putem confirma când a fost livrat un articol, termenul începe când îl expediem.
summary-deadline = Termenele se încheie la miezul nopții, ora magazinului ({ $timezone }).
summary-business-day = Un termen care se încheie într-un weekend sau într-o zi de sărbătoare legală se prelungește până în următoarea zi lucrătoare.
summary-business-day-holidays = Un termen care se încheie într-un weekend sau într-o zi de sărbătoare legală se prelungește până în următoarea zi lucrătoare (zile de sărbătoare: { $holidays }).
summary-refund-options = Opțiuni de rambursare: { $options }.
summary-resolution = { $resolution ->
        [original_payment] rambursare pe mijlocul de plată inițial
        [store_credit] credit în magazin
       *[exchange] un schimb
    }
summary-credit-only-after = După { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } { $from ->
        [delivery] de la livrare
        [fulfillment] de la expediere
       *[order] de la data comenzii
    }, rambursările se fac doar sub formă de credit în magazin.
summary-bonus-store-credit = Alegeți credit în magazin și primiți { $bonus } în plus.
summary-bonus-exchange = Alegeți un schimb și primiți { $bonus } în plus.
summary-restocking-fee = Din { $applies ->
        [every] fiecare retur
       *[remorse] retururile din răzgândire
    } se deduce o taxă de reaprovizionare de { $fee }.
summary-handling-fee = Din { $applies ->
        [every] fiecare retur
       *[remorse] retururile din răzgândire
    } se deduce o taxă de procesare de { $fee } per retur.
summary-fee-percent = { $percent } din prețul articolului
summary-fee-flat = { $amount } { $per ->
        [unit] per articol
        [line] per produs returnat
       *[return] per retur
    }
summary-remorse = V-ați răzgândit?
summary-fault = Articol defect, deteriorat sau greșit?
summary-shipping = { $payer ->
        [merchant] Returul este gratuit: vă trimitem o etichetă preplătită.
        [customer] Vă trimitem o etichetă de retur și deducem { $fee } pentru ea din rambursare.
        [customer_free] Vă trimitem gratuit o etichetă de retur.
       *[customer_arranged] Trimiteți singur articolele înapoi, pe cheltuiala dumneavoastră.
    }
summary-fault-no-fees = Nu se percepe nicio taxă de reaprovizionare sau de procesare.
summary-fault-refunds-shipping = Vă rambursăm și costul transportului inițial.
summary-inspection = Pentru articolele care { $condition ->
        [new] revin nefolosite
        [like_new] revin deschise, dar ca noi
        [used] revin folosite
        [damaged] revin deteriorate
        [missing] lipsesc din colet
       *[wrong_item] nu sunt articolul vândut de noi
    } se deduce { $percent } din rambursare.
summary-keep-threshold = Dacă articolele returnate valorează { $amount } sau mai puțin fără taxe, păstrați-le: primiți rambursarea fără să le trimiteți înapoi.
summary-keep-uneconomic = Când trimiterea înapoi a unui articol ne-ar costa mai mult decât valorează pentru noi, păstrați-l: primiți rambursarea fără să-l trimiteți înapoi.
summary-final-sale = Articolele vândute ca vânzare finală nu pot fi returnate.
summary-final-sale-statutory = Articolele vândute ca vânzare finală nu pot fi returnate, cu excepția cazului în care legea vă dă dreptul să le returnați (vezi mai jos).
summary-review-value = Retururile cu o valoare de peste { $amount } fără taxe sunt verificate de echipa noastră înainte de aprobare.
summary-review-items = Retururile de peste { $count } { $count ->
        [one] articol
        [few] articole
       *[other] de articole
    } sunt verificate de echipa noastră înainte de aprobare.

## The summary's words.

summary-percent = { $percent }%
summary-and = { $first } și { $second }
summary-or = { $first } sau { $second }
summary-quoted = „{ $text }”
summary-range = { $bound ->
        [between] între { $low } și { $high }
        [at_least] { $low } sau mai mult
        [at_most] { $high } sau mai puțin
       *[any] oricât
    }
summary-condition = { $condition ->
        [new] nefolosite
        [like_new] deschise, dar ca noi
        [used] folosite
        [damaged] deteriorate
        [missing] lipsă
       *[wrong_item] greșite
    }
summary-exemption = { $exemption ->
        [personalised] articolele personalizate
        [perishable] produsele perisabile
        [sealed_hygiene] articolele de igienă sigilate
       *[sealed_media] suporturile media sigilate
    }

## A rule without a description, as a sentence.

summary-rule = { $subject } { $actions }.
summary-all-returns = toate retururile
summary-when-not = retururile diferite de { $subject }
summary-when-sku = articolele cu { $count ->
        [one] SKU-ul
       *[other] SKU-urile
    } { $list }
summary-when-product = articolele { $count ->
        [one] produsului
       *[other] produselor
    } { $list }
summary-when-category = articolele din { $count ->
        [one] categoria
       *[other] categoriile
    } { $list }
summary-when-product-tag = articolele etichetate { $list }
summary-when-price = articolele cu prețul { $range }
summary-when-final-sale = { $final_sale ->
        [yes] articolele vândute ca vânzare finală
       *[no] articolele care nu sunt vândute ca vânzare finală
    }
summary-when-exemption = { $list }
summary-when-order-total = comenzile cu totalul { $range }
summary-when-discount-code = comenzile cu { $count ->
        [one] codul de reducere
       *[other] codurile de reducere
    } { $list }
summary-when-channel = comenzile plasate prin { $list }
summary-when-country = comenzile livrate în { $list }
summary-when-order-tag = comenzile etichetate { $list }
summary-when-days-since-order = retururile făcute când numărul de zile de la comandă este { $range }
summary-when-days-since-delivery = retururile făcute când numărul de zile de la livrare este { $range }
summary-when-order-date = comenzile plasate între { $first_day } și { $last_day }
summary-when-customer-tag = retururile clienților etichetați { $list }
summary-when-customer-tier = retururile clienților din { $count ->
        [one] nivelul
       *[other] nivelurile
    } { $list }
summary-when-past-returns = retururile clienților al căror număr de retururi anterioare este { $range }
summary-when-return-rate = retururile clienților cu rata de retur { $range }
summary-when-blocklisted = { $blocklisted ->
        [yes] retururile clienților de pe lista neagră
       *[no] retururile clienților care nu sunt pe lista noastră neagră
    }
summary-when-reason = retururile cu motivul { $list }
summary-when-reason-class = { $class ->
        [remorse] retururile din răzgândire
       *[merchant_fault] retururile articolelor defecte, deteriorate sau greșite
    }
summary-when-resolution = retururile pentru care se cere { $list }
summary-when-item-count = retururile al căror număr de articole este { $range }
summary-when-return-value = retururile cu valoarea fără taxe { $range }
summary-when-full-return = { $full ->
        [yes] retururile unei comenzi întregi
       *[no] retururile unei părți dintr-o comandă
    }
summary-when-reported-condition = articolele raportate ca { $list }
summary-when-photos = { $photos ->
        [yes] retururile cu fotografii
       *[no] retururile fără fotografii
    }
summary-when-disposition = articolele, în funcție de rezultatul inspecției noastre,
summary-then-deny = nu pot fi returnate
summary-then-review = sunt verificate de echipa noastră înainte de aprobare
summary-then-window-days = pot fi returnate în { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } { $from ->
        [delivery] de la livrare
        [fulfillment] de la expediere
       *[order] de la plasarea comenzii
    }
summary-then-window-until = pot fi returnate până la { $date }
summary-then-restocking = au o taxă de reaprovizionare de { $fee }
summary-then-no-restocking = nu au taxă de reaprovizionare
summary-then-handling-fee = au o taxă de procesare de { $fee } per retur
summary-then-no-handling-fee = nu au taxă de procesare
summary-then-label-fee = au o taxă pentru eticheta de retur de { $fee }
summary-then-no-label-fee = nu au taxă pentru eticheta de retur
summary-then-waive-fees = sunt scutite de taxe de retur
summary-then-only = primesc doar { $list }
summary-then-also = pot primi și { $list }
summary-then-bonus = primesc { $list }
summary-then-no-bonus = nu primesc bonus
summary-bonus-with = { $bonus } în plus { $with ->
        [store_credit] la credit în magazin
       *[exchange] la un schimb
    }
summary-then-keep = pot fi păstrate: primiți rambursarea fără să le trimiteți înapoi
summary-then-photos = necesită fotografii ale articolului
summary-then-inspect = sunt rambursate după ce le inspectăm
summary-then-bypass-final-sale = pot fi returnate chiar dacă sunt vândute ca vânzare finală
summary-then-goodwill = primesc un credit comercial în magazin de { $bonus }
summary-then-label = { $payer ->
        [merchant] beneficiază de retur gratuit cu eticheta noastră preplătită
        [customer] primesc eticheta noastră de retur, cu { $fee } deduși din rambursare
        [customer_free] primesc gratuit eticheta noastră de retur
       *[customer_arranged] sunt trimise înapoi pe cheltuiala dumneavoastră
    }
summary-then-route = ajung la { $name }

## Consumer law in the summary.

summary-statute-withdrawal = { $jurisdiction ->
        [uk] Clienții din Regatul Unit pot anula comanda
       *[eu] Clienții din UE își pot exercita dreptul de retragere
    } în { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }, fără a invoca vreun motiv, socotite de la livrarea ultimului articol al comenzii. Dacă nu v-am informat despre acest drept, termenul se prelungește cu 12 luni.
summary-statute-refund = În cazul { $jurisdiction ->
        [uk] anulării
       *[eu] retragerii
    }, nu se percepe nicio taxă de reaprovizionare sau de procesare, rambursarea se face pe mijlocul de plată inițial în { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }, iar dacă returnați întreaga comandă, vă rambursăm și livrarea standard.
summary-statute-exempt = Bunurile personalizate și perisabile, precum și articolele de igienă sau suporturile media sigilate, odată desigilate, sunt exceptate de la acest drept.
summary-statute-shipping = Costul transportului de retur menționat mai sus se aplică și în cazul { $jurisdiction ->
        [uk] anulării
       *[eu] retragerii
    }.
summary-statute-reject = Articolele defecte pot fi respinse pentru rambursare integrală în { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } de la livrare, cu transport de retur gratuit.

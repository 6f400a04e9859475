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

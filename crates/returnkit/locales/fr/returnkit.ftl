# returnkit's customer messages, French. Ids and variables as in the English catalog (en).

## Why a line or a return is denied or reviewed.

reason-not-delivered = Cet article n'a pas encore été livré.
reason-not-delivered-window = Cet article n'a pas encore été livré : son délai de retour n'a donc pas commencé.
reason-already-returned = Cet article a déjà été retourné.
reason-partially-returnable = { $eligible ->
        [one] Seul { $eligible } des { $requested } articles demandés peut être retourné.
       *[other] Seuls { $eligible } des { $requested } articles demandés peuvent être retournés.
    }
reason-final-sale = Cet article a été vendu en vente ferme et ne peut pas être retourné.
reason-outside-window = Le délai de retour de cet article a expiré le { $date }.
reason-photos-required = Veuillez ajouter des photos de l'article afin que nous puissions examiner le retour.
reason-review-value = Les retours d'une valeur supérieure à { $limit } sont vérifiés par notre équipe.
reason-review-items = Les retours de plus de { $limit } { $limit ->
        [one] article
       *[other] articles
    } sont vérifiés par notre équipe.
reason-review-return-rate = Ce retour est vérifié par notre équipe.
reason-no-common-resolution = Ces articles ne peuvent pas être traités de la même manière ; notre équipe vous contactera.
reason-no-label-service = Nous ne pouvons pas proposer d'étiquette de retour depuis votre adresse ({ $detail }) ; notre équipe vous contactera.
reason-partial-bundle = Cet article fait partie d'un lot et ne peut être retourné qu'avec le reste du lot.
reason-partial-bundle-review = Cet article fait partie d'un lot ; nous examinerons la possibilité de le retourner seul.
reason-gift-original-payment = Un cadeau se retourne contre un avoir ou un échange, et non contre un remboursement sur le moyen de paiement initial.
reason-review-value-gift = Ce retour est vérifié par notre équipe.
reason-line-resolution-not-offered = Cet article ne peut pas être traité comme vous l'avez demandé ; notre équipe vous contactera.

## Why the customer keeps the items.

keep-item-rule = Une règle de la boutique vous permet de conserver les articles.
keep-item-threshold = Les articles valent { $value } hors taxes, sans dépasser le seuil de { $threshold } fixé par la boutique : conservez-les.
keep-item-uneconomic = Le renvoi des articles coûterait { $cost } (étiquette { $label } et traitement { $handling }), soit au moins les { $recovery } qu'ils permettraient de récupérer : conservez-les.
keep-item-gift = Vous pouvez conserver les articles : vous n'avez rien à renvoyer.

## The statutory rules a decision cites.

statute-withdrawal-eu = Directive 2011/83/UE art. 9 : 14 jours pour exercer le droit de rétractation sans avoir à motiver sa décision, à compter de la livraison du dernier article
statute-withdrawal-uk = Consumer Contracts Regulations 2013 reg. 29-31 : 14 jours pour annuler, à compter de la livraison du dernier article
statute-uninformed = Le consommateur n'a pas été informé de son droit de rétractation : le délai est prolongé de 12 mois
statute-no-restocking = Aucuns frais ne peuvent être facturés pour la rétractation ; seule la dépréciation due à des manipulations excessives peut être déduite
statute-original-payment = Le remboursement se fait par le moyen de paiement initial ; un avoir peut être proposé, jamais imposé
statute-delivery = En cas de rétractation de toute la commande, les frais de livraison initiaux sont remboursés à hauteur de l'option standard la moins chère
statute-refund-by = Le remboursement est dû dans les 14 jours suivant la notification de la rétractation, ou l'acceptation du rejet d'un produit défectueux
statute-short-term-reject = Consumer Rights Act 2015 s. 22 : un produit défectueux peut être refusé contre un remboursement intégral dans les 30 jours suivant la livraison
statute-credit-minimum = Un avoir accordé en remboursement reste valable au moins 3 ans à compter de son émission (aucun acte de l'UE ne fixe de minimum ; le profil suit le délai de prescription ordinaire de 3 ans des §§ 195 et 199 du BGB) ; un bonus peut expirer plus tôt

## A return opened from a denied decision.

rejection-denied = Le retour n'a pas été accepté.

## The customer-facing status of a return.

status-submitted = Nous avons bien reçu votre demande de retour.
status-under-review = Nous examinons votre demande de retour.
status-information-needed = Nous avons besoin d'informations complémentaires sur votre retour.
status-approved = Votre retour est accepté. Veuillez nous renvoyer les articles.
status-keep-items = Votre retour est accepté. Conservez les articles : vous n'avez rien à renvoyer.
status-label-ready = Votre étiquette de retour est prête.
status-on-its-way = Votre retour est en route vers nous.
status-received = Nous avons reçu votre retour et nous le vérifions.
status-refund-issued = Votre remboursement a été effectué.
status-credit-issued = Votre avoir a été émis.
status-exchange-shipped = Votre article de remplacement est en route.
status-completed = Votre retour est terminé.
status-declined = Votre retour n'a pas été accepté.
status-cancelled = Votre retour a été annulé.
status-expired = Votre retour a expiré car les articles n'ont pas été envoyés à temps.

## Where the items go (`status.going_to`, `status.timeline[].going_to`); `$name` is the destination's own name.

route-warehouse = En route vers notre entrepôt { $name }.
route-store = En route vers notre magasin { $name }.
route-refurbisher = En route vers notre partenaire de reconditionnement { $name }.
route-liquidator = En route vers notre partenaire de revente { $name }.
route-recycler = En route vers notre partenaire de recyclage { $name }.
route-donation = En route vers notre partenaire caritatif { $name }.
route-supplier = En route vers le fabricant, { $name }.

## The standard return reasons.

return-reason-defective = Défectueux ou ne fonctionne pas
return-reason-damaged-in-transit = Arrivé endommagé
return-reason-wrong-item = Mauvais article envoyé
return-reason-not-as-described = Non conforme à la description
return-reason-arrived-late = Arrivé trop tard
return-reason-size-or-fit = Taille ou coupe
return-reason-changed-mind = J'ai changé d'avis
return-reason-other = Autre

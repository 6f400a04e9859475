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

## The plain-text policy summary.

summary-window-unlimited = Vous pouvez retourner vos articles à tout moment : il n'y a pas de délai.
summary-window-same-day = Vous pouvez retourner vos articles jusqu'à la fin du jour { $from ->
        [delivery] de leur livraison
        [fulfillment] de leur expédition
       *[order] de votre commande
    }.
summary-window-days = Vous pouvez retourner vos articles dans un délai de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } { $from ->
        [delivery] à compter de la livraison
        [fulfillment] à compter de l'expédition
       *[order] à compter de votre commande
    }.
summary-transit-buffer = Si nous ne pouvons pas confirmer la date de livraison d'un article, le délai commence { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après son expédition.
summary-transit-none = Si nous ne pouvons pas confirmer la date de livraison d'un article, le délai commence à son expédition.
summary-deadline = Les délais expirent à minuit, heure de la boutique ({ $timezone }).
summary-business-day = Un délai qui expire un week-end ou un jour férié est reporté au jour ouvrable suivant.
summary-business-day-holidays = Un délai qui expire un week-end ou un jour férié est reporté au jour ouvrable suivant (jours fériés : { $holidays }).
summary-refund-options = Modes de remboursement : { $options }.
summary-resolution = { $resolution ->
        [original_payment] un remboursement sur votre moyen de paiement d'origine
        [store_credit] un avoir
       *[exchange] un échange
    }
summary-credit-only-after = Au-delà de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } { $from ->
        [delivery] après la livraison
        [fulfillment] après l'expédition
       *[order] après la date de votre commande
    }, les remboursements se font uniquement en avoir.
summary-bonus-store-credit = Choisissez un avoir et recevez { $bonus } en plus.
summary-bonus-exchange = Choisissez un échange et recevez { $bonus } en plus.
summary-restocking-fee = Des frais de restockage de { $fee } sont déduits { $applies ->
        [every] de chaque retour
       *[remorse] des retours pour changement d'avis
    }.
summary-handling-fee = Des frais de traitement de { $fee } par retour sont déduits { $applies ->
        [every] de chaque retour
       *[remorse] des retours pour changement d'avis
    }.
summary-fee-percent = { $percent } du prix de l'article
summary-fee-flat = { $amount } { $per ->
        [unit] par article
        [line] par produit retourné
       *[return] par retour
    }
summary-remorse = Vous avez changé d'avis ?
summary-fault = Article défectueux, endommagé ou erroné ?
summary-shipping = { $payer ->
        [merchant] Le retour est gratuit : nous vous envoyons une étiquette prépayée.
        [customer] Nous vous envoyons une étiquette de retour et déduisons { $fee } de votre remboursement pour celle-ci.
        [customer_free] Nous vous envoyons une étiquette de retour sans frais.
       *[customer_arranged] Vous renvoyez les articles vous-même, à vos frais.
    }
summary-fault-no-fees = Aucuns frais de restockage ou de traitement ne sont facturés.
summary-fault-refunds-shipping = Nous vous remboursons aussi les frais de livraison d'origine.
summary-inspection = Pour les articles { $condition ->
        [new] retournés inutilisés
        [like_new] retournés ouverts mais comme neufs
        [used] retournés usagés
        [damaged] retournés endommagés
        [missing] manquants dans le colis
       *[wrong_item] qui ne sont pas ceux que nous avons vendus
    }, { $percent } sont déduits du remboursement.
summary-keep-threshold = Si les articles que vous retournez valent { $amount } ou moins hors taxes, conservez-les : vous êtes remboursé sans avoir à les renvoyer.
summary-keep-uneconomic = Si renvoyer un article nous coûte plus cher qu'il ne vaut pour nous, conservez-le : vous êtes remboursé sans avoir à le renvoyer.
summary-final-sale = Les articles vendus en vente finale ne peuvent pas être retournés.
summary-final-sale-statutory = Les articles vendus en vente finale ne peuvent pas être retournés, sauf si la loi vous en donne le droit (voir ci-dessous).
summary-review-value = Les retours d'une valeur supérieure à { $amount } hors taxes sont vérifiés par notre équipe avant approbation.
summary-review-items = Les retours de plus de { $count } { $count ->
        [one] article
       *[other] articles
    } sont vérifiés par notre équipe avant approbation.

## The summary's words.

summary-percent = { $percent } %
summary-and = { $first } et { $second }
summary-or = { $first } ou { $second }
summary-quoted = « { $text } »
summary-range = { $bound ->
        [between] { $low } à { $high }
        [at_least] { $low } ou plus
        [at_most] { $high } ou moins
       *[any] quelconque
    }
summary-condition = { $condition ->
        [new] inutilisés
        [like_new] ouverts mais comme neufs
        [used] usagés
        [damaged] endommagés
        [missing] manquants
       *[wrong_item] erronés
    }
summary-exemption = { $exemption ->
        [personalised] les articles personnalisés
        [perishable] les denrées périssables
        [sealed_hygiene] les articles d'hygiène scellés
       *[sealed_media] les supports multimédias scellés
    }

## A rule without a description, as a sentence.

summary-rule = { $subject } { $actions }.
summary-all-returns = tous les retours
summary-when-not = les retours autres que { $subject }
summary-when-sku = les articles { $count ->
        [one] de la référence
       *[other] des références
    } { $list }
summary-when-product = les articles { $count ->
        [one] du produit
       *[other] des produits
    } { $list }
summary-when-category = les articles { $count ->
        [one] de la catégorie
       *[other] des catégories
    } { $list }
summary-when-product-tag = les articles marqués { $list }
summary-when-price = les articles d'un prix de { $range }
summary-when-final-sale = { $final_sale ->
        [yes] les articles vendus en vente finale
       *[no] les articles qui ne sont pas vendus en vente finale
    }
summary-when-exemption = { $list }
summary-when-order-total = les commandes d'un montant total de { $range }
summary-when-discount-code = les commandes avec { $count ->
        [one] le code de réduction
       *[other] les codes de réduction
    } { $list }
summary-when-channel = les commandes passées via { $list }
summary-when-country = les commandes à destination de { $list }
summary-when-order-tag = les commandes marquées { $list }
summary-when-days-since-order = les retours faits un nombre de jours après la commande de { $range }
summary-when-days-since-delivery = les retours faits un nombre de jours après la livraison de { $range }
summary-when-order-date = les commandes passées du { $first_day } au { $last_day }
summary-when-customer-tag = les retours des clients marqués { $list }
summary-when-customer-tier = les retours des clients { $count ->
        [one] du niveau
       *[other] des niveaux
    } { $list }
summary-when-past-returns = les retours des clients ayant fait un nombre de retours de { $range }
summary-when-return-rate = les retours des clients ayant un taux de retour de { $range }
summary-when-blocklisted = { $blocklisted ->
        [yes] les retours des clients sur liste noire
       *[no] les retours des clients absents de notre liste noire
    }
summary-when-reason = les retours pour le motif { $list }
summary-when-reason-class = { $class ->
        [remorse] les retours pour changement d'avis
       *[merchant_fault] les retours d'articles défectueux, endommagés ou erronés
    }
summary-when-resolution = les retours demandant { $list }
summary-when-item-count = les retours d'un nombre d'articles de { $range }
summary-when-return-value = les retours d'une valeur hors taxes de { $range }
summary-when-full-return = { $full ->
        [yes] les retours d'une commande entière
       *[no] les retours d'une partie d'une commande
    }
summary-when-reported-condition = les articles signalés comme { $list }
summary-when-photos = { $photos ->
        [yes] les retours avec photos
       *[no] les retours sans photos
    }
summary-when-disposition = les articles, selon le résultat de notre inspection,
summary-then-deny = ne sont pas retournables
summary-then-review = sont vérifiés par notre équipe avant approbation
summary-then-window-days = peuvent être retournés dans un délai de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } { $from ->
        [delivery] à compter de la livraison
        [fulfillment] à compter de l'expédition
       *[order] à compter de votre commande
    }
summary-then-window-until = peuvent être retournés jusqu'au { $date }
summary-then-restocking = ont des frais de restockage de { $fee }
summary-then-no-restocking = n'ont pas de frais de restockage
summary-then-handling-fee = ont des frais de traitement de { $fee } par retour
summary-then-no-handling-fee = n'ont pas de frais de traitement
summary-then-label-fee = ont des frais d'étiquette de retour de { $fee }
summary-then-no-label-fee = n'ont pas de frais d'étiquette de retour
summary-then-waive-fees = sont exemptés de frais de retour
summary-then-only = ne donnent droit qu'à { $list }
summary-then-also = peuvent aussi donner droit à { $list }
summary-then-bonus = donnent droit à { $list }
summary-then-no-bonus = ne donnent droit à aucun bonus
summary-bonus-with = { $bonus } de plus { $with ->
        [store_credit] avec un avoir
       *[exchange] avec un échange
    }
summary-then-keep = peuvent être conservés : vous êtes remboursé sans avoir à les renvoyer
summary-then-photos = nécessitent des photos de l'article
summary-then-inspect = sont remboursés une fois que nous les avons inspectés
summary-then-bypass-final-sale = peuvent être retournés même s'ils sont vendus en vente finale
summary-then-goodwill = donnent droit à un avoir commercial de { $bonus }
summary-then-label = { $payer ->
        [merchant] bénéficient du retour gratuit avec notre étiquette prépayée
        [customer] reçoivent notre étiquette de retour, avec { $fee } déduits du remboursement
        [customer_free] reçoivent notre étiquette de retour sans frais
       *[customer_arranged] sont renvoyés à vos frais
    }
summary-then-route = sont envoyés à { $name }

## Consumer law in the summary.

summary-statute-withdrawal = { $jurisdiction ->
        [uk] Les clients du Royaume-Uni peuvent annuler leur commande
       *[eu] Les clients de l'UE peuvent exercer leur droit de rétractation
    } dans un délai de { $days } jours sans avoir à motiver leur décision, à compter de la livraison du dernier article de la commande. Si nous ne vous avons pas informé de ce droit, le délai est prolongé de 12 mois.
summary-statute-refund = En cas { $jurisdiction ->
        [uk] d'annulation
       *[eu] de rétractation
    }, aucuns frais de restockage ou de traitement ne sont facturés, le remboursement est effectué sur votre moyen de paiement d'origine sous { $days } jours et, si vous retournez toute la commande, nous remboursons aussi la livraison standard.
summary-statute-exempt = Les biens personnalisés et périssables, ainsi que les articles d'hygiène ou les supports multimédias scellés une fois descellés, sont exclus de ce droit.
summary-statute-shipping = Les frais de retour indiqués ci-dessus s'appliquent aussi en cas { $jurisdiction ->
        [uk] d'annulation
       *[eu] de rétractation
    }.
summary-statute-reject = Les articles défectueux peuvent être refusés contre un remboursement intégral dans les { $days } jours suivant la livraison, avec retour gratuit.

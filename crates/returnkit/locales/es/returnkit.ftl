# returnkit's customer messages, Spanish. Ids and variables as in the English catalog (en).

## Why a line or a return is denied or reviewed.

reason-not-delivered = Este artículo aún no se ha entregado.
reason-not-delivered-window = Este artículo aún no se ha entregado, así que su plazo de devolución no ha empezado.
reason-already-returned = Este artículo ya se ha devuelto.
reason-partially-returnable = { $eligible ->
        [one] Solo se puede devolver { $eligible } de los { $requested } artículos solicitados.
       *[other] Solo se pueden devolver { $eligible } de los { $requested } artículos solicitados.
    }
reason-final-sale = Este artículo se vendió como venta final y no admite devolución.
reason-outside-window = El plazo de devolución de este artículo terminó el { $date }.
reason-photos-required = Añade fotos del artículo para que podamos revisar la devolución.
reason-review-value = Nuestro equipo revisa las devoluciones de más de { $limit }.
reason-review-items = Nuestro equipo revisa las devoluciones de más de { $limit } { $limit ->
        [one] artículo
       *[other] artículos
    }.
reason-review-return-rate = Nuestro equipo revisará esta devolución.
reason-no-common-resolution = Estos artículos no se pueden resolver de la misma manera; nuestro equipo se pondrá en contacto contigo.
reason-no-label-service = No podemos ofrecer una etiqueta de devolución desde tu dirección ({ $detail }); nuestro equipo se pondrá en contacto contigo.
reason-partial-bundle = Este artículo forma parte de un conjunto y solo se puede devolver junto con el resto del conjunto.
reason-partial-bundle-review = Este artículo forma parte de un conjunto; revisaremos si se puede devolver por separado.
reason-gift-original-payment = Un regalo se devuelve a cambio de saldo en tienda o de un cambio, no con un reembolso al medio de pago original.
reason-review-value-gift = Nuestro equipo revisará esta devolución.
reason-line-resolution-not-offered = Este artículo no se puede resolver como has pedido; nuestro equipo se pondrá en contacto contigo.

## Why the customer keeps the items.

keep-item-rule = Una norma de la tienda te permite quedarte con los artículos.
keep-item-threshold = Los artículos valen { $value } antes de impuestos, sin superar el umbral de { $threshold } de la tienda: quédatelos.
keep-item-uneconomic = Devolver los artículos costaría { $cost } (etiqueta { $label } y gestión { $handling }), al menos los { $recovery } que se recuperarían: quédatelos.
keep-item-gift = Puedes quedarte con los artículos; no tienes que enviar nada.

## The statutory rules a decision cites.

statute-withdrawal-eu = Directiva 2011/83/UE art. 9: 14 días para ejercer el derecho de desistimiento sin indicar el motivo, desde la entrega del último artículo
statute-withdrawal-uk = Consumer Contracts Regulations 2013 reg. 29-31: 14 días para cancelar, desde la entrega del último artículo
statute-uninformed = No se informó al consumidor de su derecho de desistimiento, por lo que el plazo se amplía 12 meses
statute-no-restocking = No se puede cobrar ningún cargo por desistir; solo puede descontarse la depreciación debida a una manipulación excesiva
statute-original-payment = El reembolso se hace con el medio de pago original; el saldo en tienda puede ofrecerse, nunca imponerse
statute-delivery = Si se desiste de todo el pedido, se reembolsa el envío original hasta el coste de la opción estándar más barata
statute-refund-by = El reembolso debe hacerse en un plazo de 14 días desde la comunicación del desistimiento, o desde que se acepta el rechazo de un producto defectuoso
statute-short-term-reject = Consumer Rights Act 2015 s. 22: los productos defectuosos pueden rechazarse con reembolso íntegro en los 30 días siguientes a la entrega
statute-credit-minimum = El saldo a favor concedido como reembolso dura al menos 3 años desde su emisión (ningún acto de la UE fija un mínimo; el perfil sigue el plazo de prescripción ordinario de 3 años de los §§ 195 y 199 del BGB); una bonificación puede caducar antes

## A return opened from a denied decision.

rejection-denied = La devolución no se ha aprobado.

## The customer-facing status of a return.

status-submitted = Hemos recibido tu solicitud de devolución.
status-under-review = Estamos revisando tu solicitud de devolución.
status-information-needed = Necesitamos algo más de información sobre tu devolución.
status-approved = Tu devolución está aprobada. Envíanos los artículos.
status-keep-items = Tu devolución está aprobada. Quédate con los artículos; no tienes que enviar nada.
status-label-ready = Tu etiqueta de devolución está lista.
status-on-its-way = Tu devolución está de camino hacia nosotros.
status-received = Hemos recibido tu devolución y la estamos revisando.
status-refund-issued = Tu reembolso se ha emitido.
status-credit-issued = Tu saldo en tienda se ha emitido.
status-exchange-shipped = Tu artículo de sustitución está de camino.
status-completed = Tu devolución se ha completado.
status-declined = Tu devolución no se ha aprobado.
status-cancelled = Tu devolución se ha cancelado.
status-expired = Tu devolución ha caducado porque los artículos no se enviaron a tiempo.

## Where the items go (`status.going_to`, `status.timeline[].going_to`); `$name` is the destination's own name.

route-warehouse = Se envía a nuestro almacén { $name }.
route-store = Se envía a nuestra tienda { $name }.
route-refurbisher = Se envía a nuestro socio de reacondicionamiento { $name }.
route-liquidator = Se envía a nuestro socio de reventa { $name }.
route-recycler = Se envía a nuestro socio de reciclaje { $name }.
route-donation = Se envía a nuestro socio benéfico { $name }.
route-supplier = Se envía al fabricante, { $name }.

## The standard return reasons.

return-reason-defective = Defectuoso o no funciona
return-reason-damaged-in-transit = Llegó dañado
return-reason-wrong-item = Se envió un artículo equivocado
return-reason-not-as-described = No es como se describía
return-reason-arrived-late = Llegó demasiado tarde
return-reason-size-or-fit = Talla o ajuste
return-reason-changed-mind = He cambiado de opinión
return-reason-other = Otro

## The plain-text policy summary.

summary-window-unlimited = Puedes devolver artículos en cualquier momento: no hay plazo.
summary-window-same-day = Puedes devolver artículos hasta el final del día { $from ->
        [delivery] en que se entregan
        [fulfillment] en que se envían
       *[order] en que haces tu pedido
    }.
summary-window-days = Puedes devolver artículos en un plazo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } { $from ->
        [delivery] desde la entrega
        [fulfillment] desde el envío
       *[order] desde que haces tu pedido
    }.
summary-transit-buffer = Si no podemos confirmar cuándo se entregó un artículo, el plazo empieza { $days ->
        [one] { $days } día
       *[other] { $days } días
    } después de enviarlo.
summary-transit-none = Si no podemos confirmar cuándo se entregó un artículo, el plazo empieza cuando lo enviamos.
summary-deadline = Los plazos terminan a medianoche, hora de la tienda ({ $timezone }).
summary-business-day = Si un plazo termina en fin de semana o festivo, pasa al siguiente día hábil.
summary-business-day-holidays = Si un plazo termina en fin de semana o festivo, pasa al siguiente día hábil (festivos: { $holidays }).
summary-refund-options = Opciones de reembolso: { $options }.
summary-resolution = { $resolution ->
        [original_payment] un reembolso a tu método de pago original
        [store_credit] saldo en tienda
       *[exchange] un cambio
    }
summary-credit-only-after = { $days ->
        [one] Pasado { $days } día
       *[other] Pasados { $days } días
    } { $from ->
        [delivery] desde la entrega
        [fulfillment] desde el envío
       *[order] desde la fecha de tu pedido
    }, los reembolsos se hacen solo en saldo en tienda.
summary-bonus-store-credit = Elige saldo en tienda y recibe { $bonus } extra.
summary-bonus-exchange = Elige un cambio y recibe { $bonus } extra.
summary-restocking-fee = Se descuenta una tarifa de reposición de { $fee } { $applies ->
        [every] en cada devolución
       *[remorse] en las devoluciones por cambio de opinión
    }.
summary-handling-fee = Se descuenta una tarifa de gestión de { $fee } por devolución { $applies ->
        [every] en cada devolución
       *[remorse] en las devoluciones por cambio de opinión
    }.
summary-fee-percent = { $percent } del precio del artículo
summary-fee-flat = { $amount } { $per ->
        [unit] por artículo
        [line] por producto devuelto
       *[return] por devolución
    }
summary-remorse = ¿Has cambiado de opinión?
summary-fault = ¿Artículo defectuoso, dañado o equivocado?
summary-shipping = { $payer ->
        [merchant] La devolución es gratuita: te enviamos una etiqueta prepagada.
        [customer] Te enviamos una etiqueta de devolución y descontamos { $fee } de tu reembolso por ella.
        [customer_free] Te enviamos una etiqueta de devolución sin coste.
       *[customer_arranged] Devuelves los artículos por tu cuenta y a tu cargo.
    }
summary-fault-no-fees = No se cobra ninguna tarifa de reposición ni de gestión.
summary-fault-refunds-shipping = También te reembolsamos el envío original.
summary-inspection = A los artículos que { $condition ->
        [new] vuelven sin usar
        [like_new] vuelven abiertos pero como nuevos
        [used] vuelven usados
        [damaged] vuelven dañados
        [missing] faltan en el paquete
       *[wrong_item] no son el artículo que vendimos
    } se les descuenta un { $percent } del reembolso.
summary-keep-threshold = Si los artículos que devuelves valen { $amount } o menos antes de impuestos, quédatelos: recibes tu reembolso sin enviarlos.
summary-keep-uneconomic = Si devolver un artículo nos costara más de lo que vale para nosotros, quédatelo: recibes tu reembolso sin enviarlo.
summary-final-sale = Los artículos vendidos como venta final no se pueden devolver.
summary-final-sale-statutory = Los artículos vendidos como venta final no se pueden devolver, salvo que la ley te dé derecho a hacerlo (ver más abajo).
summary-review-value = Nuestro equipo revisa antes de aprobarlas las devoluciones de más de { $amount } antes de impuestos.
summary-review-items = Nuestro equipo revisa antes de aprobarlas las devoluciones de más de { $count } { $count ->
        [one] artículo
       *[other] artículos
    }.

## The summary's words.

summary-percent = { $percent } %
summary-and = { $first } y { $second }
summary-or = { $first } o { $second }
summary-quoted = «{ $text }»
summary-range = { $bound ->
        [between] entre { $low } y { $high }
        [at_least] { $low } o más
        [at_most] { $high } o menos
       *[any] cualquiera
    }
summary-condition = { $condition ->
        [new] sin usar
        [like_new] abiertos pero como nuevos
        [used] usados
        [damaged] dañados
        [missing] que faltan
       *[wrong_item] equivocados
    }
summary-exemption = { $exemption ->
        [personalised] los artículos personalizados
        [perishable] los productos perecederos
        [sealed_hygiene] los artículos de higiene precintados
       *[sealed_media] los soportes multimedia precintados
    }

## A rule without a description, as a sentence.

summary-rule = { $subject } { $actions }.
summary-all-returns = todas las devoluciones
summary-when-not = las devoluciones distintas de { $subject }
summary-when-sku = los artículos con { $count ->
        [one] el SKU
       *[other] los SKU
    } { $list }
summary-when-product = los artículos { $count ->
        [one] del producto
       *[other] de los productos
    } { $list }
summary-when-category = los artículos de { $count ->
        [one] la categoría
       *[other] las categorías
    } { $list }
summary-when-product-tag = los artículos con la etiqueta { $list }
summary-when-price = los artículos con un precio de { $range }
summary-when-final-sale = { $final_sale ->
        [yes] los artículos de venta final
       *[no] los artículos no vendidos como venta final
    }
summary-when-exemption = { $list }
summary-when-order-total = los pedidos con un total de { $range }
summary-when-discount-code = los pedidos con { $count ->
        [one] el código de descuento
       *[other] los códigos de descuento
    } { $list }
summary-when-channel = los pedidos hechos a través de { $list }
summary-when-country = los pedidos enviados a { $list }
summary-when-order-tag = los pedidos con la etiqueta { $list }
summary-when-days-since-order = las devoluciones hechas { $range } días después del pedido
summary-when-days-since-delivery = las devoluciones hechas { $range } días después de la entrega
summary-when-order-date = los pedidos hechos del { $first_day } al { $last_day }
summary-when-customer-tag = las devoluciones de clientes con la etiqueta { $list }
summary-when-customer-tier = las devoluciones de clientes { $count ->
        [one] del nivel
       *[other] de los niveles
    } { $list }
summary-when-past-returns = las devoluciones de clientes con { $range } devoluciones anteriores
summary-when-return-rate = las devoluciones de clientes con una tasa de devolución de { $range }
summary-when-blocklisted = { $blocklisted ->
        [yes] las devoluciones de clientes bloqueados
       *[no] las devoluciones de clientes que no están en nuestra lista de bloqueo
    }
summary-when-reason = las devoluciones por el motivo { $list }
summary-when-reason-class = { $class ->
        [remorse] las devoluciones por cambio de opinión
       *[merchant_fault] las devoluciones de artículos defectuosos, dañados o equivocados
    }
summary-when-resolution = las devoluciones que piden { $list }
summary-when-item-count = las devoluciones de { $range } artículos
summary-when-return-value = las devoluciones con un valor de { $range } antes de impuestos
summary-when-full-return = { $full ->
        [yes] las devoluciones de un pedido completo
       *[no] las devoluciones de parte de un pedido
    }
summary-when-reported-condition = los artículos declarados como { $list }
summary-when-photos = { $photos ->
        [yes] las devoluciones con fotos
       *[no] las devoluciones sin fotos
    }
summary-when-disposition = los artículos, según lo que encuentre nuestra inspección,
summary-then-deny = no se pueden devolver
summary-then-review = pasan por una revisión de nuestro equipo antes de su aprobación
summary-then-window-days = se pueden devolver en un plazo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } { $from ->
        [delivery] desde la entrega
        [fulfillment] desde el envío
       *[order] desde que haces tu pedido
    }
summary-then-window-until = se pueden devolver hasta el { $date }
summary-then-restocking = tienen una tarifa de reposición de { $fee }
summary-then-no-restocking = no tienen tarifa de reposición
summary-then-handling-fee = tienen una tarifa de gestión de { $fee } por devolución
summary-then-no-handling-fee = no tienen tarifa de gestión
summary-then-label-fee = tienen una tarifa de etiqueta de devolución de { $fee }
summary-then-no-label-fee = no tienen tarifa de etiqueta de devolución
summary-then-waive-fees = no tienen tarifas de devolución
summary-then-only = reciben solo { $list }
summary-then-also = también pueden recibir { $list }
summary-then-bonus = reciben { $list }
summary-then-no-bonus = no reciben bonificación
summary-bonus-with = { $bonus } extra { $with ->
        [store_credit] con saldo en tienda
       *[exchange] con un cambio
    }
summary-then-keep = se pueden conservar: recibes tu reembolso sin enviarlos
summary-then-photos = necesitan fotos del artículo
summary-then-inspect = se reembolsan una vez que los hemos inspeccionado
summary-then-bypass-final-sale = se pueden devolver aunque se hayan vendido como venta final
summary-then-goodwill = reciben un saldo en tienda de cortesía de { $bonus }
summary-then-label = { $payer ->
        [merchant] tienen devolución gratuita con nuestra etiqueta prepagada
        [customer] reciben nuestra etiqueta de devolución, con { $fee } descontados del reembolso
        [customer_free] reciben nuestra etiqueta de devolución sin coste
       *[customer_arranged] se devuelven a tu cargo
    }
summary-then-route = van a { $name }

## Consumer law in the summary.

summary-statute-withdrawal = { $jurisdiction ->
        [uk] Los clientes del Reino Unido pueden cancelar su compra
       *[eu] Los clientes de la UE pueden ejercer su derecho de desistimiento
    } en un plazo de { $days } días sin indicar el motivo, contados desde la entrega del último artículo del pedido. Si no te informamos de este derecho, el plazo se amplía 12 meses.
summary-statute-refund = En caso de { $jurisdiction ->
        [uk] cancelación
       *[eu] desistimiento
    }, no se cobra ninguna tarifa de reposición ni de gestión, el reembolso se hace a tu método de pago original en un plazo de { $days } días y, si devuelves el pedido completo, también reembolsamos la entrega estándar.
summary-statute-exempt = Los productos personalizados y perecederos, y los artículos de higiene o soportes multimedia precintados una vez desprecintados, están excluidos de este derecho.
summary-statute-shipping = El coste del envío de devolución indicado arriba también se aplica en caso de { $jurisdiction ->
        [uk] cancelación
       *[eu] desistimiento
    }.
summary-statute-reject = Los artículos defectuosos se pueden rechazar con reembolso íntegro en un plazo de { $days } días desde la entrega, con envío de devolución gratuito.

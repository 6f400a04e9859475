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

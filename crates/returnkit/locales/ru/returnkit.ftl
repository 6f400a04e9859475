# returnkit's customer messages, Russian. Ids and variables as in the English catalog (en).
# Plural forms: one (1, 21, 31, ...), few (2-4, 22-24, ...), many (0, 5-20, 25-30, ...).

## Why a line or a return is denied or reviewed.

reason-not-delivered = Этот товар ещё не доставлен.
reason-not-delivered-window = Этот товар ещё не доставлен, поэтому срок возврата ещё не начался.
reason-already-returned = Этот товар уже возвращён.
reason-partially-returnable = Из { $requested } { $requested ->
        [one] запрошенной единицы
       *[other] запрошенных единиц
    } вернуть можно только { $eligible }.
reason-final-sale = Этот товар продан без права возврата (окончательная продажа) и не может быть возвращён.
reason-outside-window = Срок возврата этого товара истёк { $date }.
reason-photos-required = Пожалуйста, добавьте фотографии товара, чтобы мы могли рассмотреть возврат.
reason-review-value = Возвраты на сумму более { $limit } проверяет наша команда.
reason-review-items = Возвраты более чем { $limit } { $limit ->
        [one] товара
       *[other] товаров
    } проверяет наша команда.
reason-review-return-rate = Этот возврат проверяет наша команда.
reason-no-common-resolution = Эти товары нельзя оформить одним способом; наша команда свяжется с вами.
reason-no-label-service = Мы не можем предложить этикетку для возврата с вашего адреса ({ $detail }); наша команда свяжется с вами.
reason-partial-bundle = Этот товар входит в комплект, и его можно вернуть только вместе с остальными товарами комплекта.
reason-partial-bundle-review = Этот товар входит в комплект; мы рассмотрим возможность вернуть его отдельно.
reason-gift-original-payment = Подарок возвращается в обмен на средства на балансе в магазине или на другой товар, а не с возвратом денег тем же способом оплаты.
reason-review-value-gift = Этот возврат проверяет наша команда.
reason-line-resolution-not-offered = Этот товар нельзя оформить так, как вы просили; наша команда свяжется с вами.

## Why the customer keeps the items.

keep-item-rule = Правило магазина позволяет вам оставить товары себе.
keep-item-threshold = Товары стоят { $value } без налогов, что не превышает порог магазина в { $threshold }: оставьте их себе.
keep-item-uneconomic = Обратная отправка стоила бы { $cost } (этикетка { $label } и обработка { $handling }), не меньше тех { $recovery }, которые удалось бы за них выручить: оставьте их себе.
keep-item-gift = Вы можете оставить товары себе — отправлять ничего не нужно.

## The statutory rules a decision cites.

statute-withdrawal-eu = Директива 2011/83/ЕС, ст. 9: 14 дней, чтобы воспользоваться правом на отказ от товара без объяснения причин, с момента доставки последнего товара
statute-withdrawal-uk = Consumer Contracts Regulations 2013 reg. 29-31: 14 дней на отмену покупки с момента доставки последнего товара
statute-uninformed = Потребителя не уведомили о праве на отказ от товара, поэтому срок продлевается на 12 месяцев
statute-no-restocking = За отказ от товара нельзя взимать плату; удержать можно только уменьшение стоимости из-за обращения с товаром сверх необходимого
statute-original-payment = Деньги возвращаются тем же способом оплаты; зачисление на баланс в магазине можно предложить, но нельзя навязать
statute-delivery = При отказе от всего заказа стоимость первоначальной доставки возвращается в пределах самого дешёвого стандартного способа доставки
statute-refund-by = Деньги должны быть возвращены в течение 14 дней с момента получения заявления об отказе или согласия на отказ от товара с недостатками
statute-short-term-reject = Consumer Rights Act 2015 s. 22: от товара с недостатками можно отказаться с полным возвратом денег в течение 30 дней с момента доставки
statute-credit-minimum = Бонусный баланс магазина, выданный в качестве возврата, действует не менее 3 лет с момента выдачи (ни один акт ЕС не устанавливает минимума; профиль следует общему 3-летнему сроку исковой давности по §§ 195, 199 BGB); бонус может истечь раньше

## A return opened from a denied decision.

rejection-denied = Возврат не одобрен.

## The customer-facing status of a return.

status-submitted = Мы получили вашу заявку на возврат.
status-under-review = Мы рассматриваем вашу заявку на возврат.
status-information-needed = Нам нужно немного больше информации о вашем возврате.
status-approved = Ваш возврат одобрен. Пожалуйста, отправьте товары обратно.
status-keep-items = Ваш возврат одобрен. Оставьте товары себе — отправлять ничего не нужно.
status-label-ready = Ваша этикетка для возврата готова.
status-on-its-way = Ваш возврат в пути к нам.
status-received = Мы получили ваш возврат и проверяем его.
status-refund-issued = Деньги за возврат отправлены.
status-credit-issued = Средства зачислены на ваш баланс в магазине.
status-exchange-shipped = Товар на замену уже в пути.
status-completed = Ваш возврат завершён.
status-declined = Ваш возврат не одобрен.
status-cancelled = Ваш возврат отменён.
status-expired = Срок вашего возврата истёк, потому что товары не были отправлены вовремя.

## Where the items go (`status.going_to`, `status.timeline[].going_to`); `$name` is the destination's own name.

route-warehouse = Возврат будет отправлен на наш склад { $name }.
route-store = Возврат будет отправлен в наш магазин { $name }.
route-refurbisher = Возврат будет отправлен нашему партнёру по восстановлению { $name }.
route-liquidator = Возврат будет отправлен нашему партнёру по перепродаже { $name }.
route-recycler = Возврат будет отправлен нашему партнёру по переработке { $name }.
route-donation = Возврат будет отправлен нашему благотворительному партнёру { $name }.
route-supplier = Возврат будет отправлен производителю, { $name }.

## The standard return reasons.

return-reason-defective = Брак или не работает
return-reason-damaged-in-transit = Повреждён при доставке
return-reason-wrong-item = Прислали не тот товар
return-reason-not-as-described = Не соответствует описанию
return-reason-arrived-late = Доставлен слишком поздно
return-reason-size-or-fit = Не подошёл размер или фасон
return-reason-changed-mind = Передумал(а)
return-reason-other = Другое

## The plain-text policy summary.

summary-window-unlimited = Вы можете вернуть товары в любое время: срок не ограничен.
summary-window-same-day = Вы можете вернуть товары до конца дня { $from ->
        [delivery] доставки
        [fulfillment] отправки
       *[order] оформления заказа
    }.
summary-window-days = Вы можете вернуть товары в течение { $days ->
        [one] { $days } дня
       *[other] { $days } дней
    } { $from ->
        [delivery] с момента доставки
        [fulfillment] с момента отправки
       *[order] с момента оформления заказа
    }.
summary-transit-buffer = Если мы не можем подтвердить дату доставки товара, срок начинается через { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    } после его отправки.
summary-transit-none = Если мы не можем подтвердить дату доставки товара, срок начинается с момента его отправки.
summary-deadline = Сроки истекают в полночь по времени магазина ({ $timezone }).
summary-business-day = Если срок истекает в выходной или праздничный день, он переносится на следующий рабочий день.
summary-business-day-holidays = Если срок истекает в выходной или праздничный день, он переносится на следующий рабочий день (праздничные дни: { $holidays }).
summary-refund-options = Способы возврата средств: { $options }.
summary-resolution = { $resolution ->
        [original_payment] возврат денег тем же способом оплаты
        [store_credit] зачисление на баланс в магазине
       *[exchange] обмен
    }
summary-credit-only-after = По истечении { $days ->
        [one] { $days } дня
       *[other] { $days } дней
    } { $from ->
        [delivery] с момента доставки
        [fulfillment] с момента отправки
       *[order] с даты заказа
    } деньги возвращаются только на баланс в магазине.
summary-bonus-store-credit = Выберите зачисление на баланс в магазине и получите дополнительно { $bonus }.
summary-bonus-exchange = Выберите обмен и получите дополнительно { $bonus }.
summary-restocking-fee = Из суммы { $applies ->
        [every] каждого возврата
       *[remorse] возвратов по желанию покупателя
    } удерживается плата за обратную приёмку на склад в размере { $fee }.
summary-handling-fee = Из суммы { $applies ->
        [every] каждого возврата
       *[remorse] возвратов по желанию покупателя
    } удерживается сбор за обработку в размере { $fee } за возврат.
summary-fee-percent = { $percent } от цены товара
summary-fee-flat = { $amount } { $per ->
        [unit] за единицу товара
        [line] за каждый возвращаемый товар
       *[return] за возврат
    }
summary-remorse = Передумали?
summary-fault = Товар с браком, повреждён или не тот?
summary-shipping = { $payer ->
        [merchant] Обратная доставка бесплатна: мы отправим вам оплаченную этикетку.
        [customer] Мы отправим вам этикетку для возврата и удержим за неё { $fee } из суммы возврата.
        [customer_free] Мы бесплатно отправим вам этикетку для возврата.
       *[customer_arranged] Вы отправляете товары обратно самостоятельно и за свой счёт.
    }
summary-fault-no-fees = Плата за обратную приёмку на склад и сбор за обработку не взимаются.
summary-fault-refunds-shipping = Мы также вернём стоимость исходной доставки.
summary-inspection = За товары, которые { $condition ->
        [new] вернулись неиспользованными
        [like_new] вернулись вскрытыми, но как новые
        [used] вернулись использованными
        [damaged] вернулись повреждёнными
        [missing] отсутствуют в посылке
       *[wrong_item] не являются проданным нами товаром
    }, из суммы возврата удерживается { $percent }.
summary-keep-threshold = Если возвращаемые товары стоят { $amount } или меньше без налогов, оставьте их себе: вы получите деньги, не отправляя их обратно.
summary-keep-uneconomic = Если отправка товара обратно обойдётся нам дороже, чем он для нас стоит, оставьте его себе: вы получите деньги, не отправляя его обратно.
summary-final-sale = Товары, проданные без права возврата, вернуть нельзя.
summary-final-sale-statutory = Товары, проданные без права возврата, вернуть нельзя, если только закон не даёт вам право на их возврат (см. ниже).
summary-review-value = Возвраты стоимостью более { $amount } без налогов проверяет наша команда перед одобрением.
summary-review-items = Возвраты более чем { $count } { $count ->
        [one] товара
       *[other] товаров
    } проверяет наша команда перед одобрением.

## The summary's words.

summary-percent = { $percent }%
summary-and = { $first } и { $second }
summary-or = { $first } или { $second }
summary-quoted = «{ $text }»
summary-range = { $bound ->
        [between] от { $low } до { $high }
        [at_least] { $low } или больше
        [at_most] { $high } или меньше
       *[any] любой
    }
summary-condition = { $condition ->
        [new] неиспользованные
        [like_new] вскрытые, но как новые
        [used] использованные
        [damaged] повреждённые
        [missing] отсутствующие
       *[wrong_item] не те
    }
summary-exemption = { $exemption ->
        [personalised] персонализированные товары
        [perishable] скоропортящиеся товары
        [sealed_hygiene] запечатанные средства гигиены
       *[sealed_media] запечатанные носители информации
    }

## A rule without a description, as a sentence.

summary-rule = { $subject } { $actions }.
summary-all-returns = все возвраты
summary-when-not = возвраты, за исключением следующих: { $subject },
summary-when-sku = товары с { $count ->
        [one] артикулом
       *[other] артикулами
    } { $list }
summary-when-product = товары { $count ->
        [one] продукта
       *[other] продуктов
    } { $list }
summary-when-category = товары из { $count ->
        [one] категории
       *[other] категорий
    } { $list }
summary-when-product-tag = товары с тегом { $list }
summary-when-price = товары по цене { $range }
summary-when-final-sale = { $final_sale ->
        [yes] товары из окончательной продажи
       *[no] товары не из окончательной продажи
    }
summary-when-exemption = { $list }
summary-when-order-total = заказы на сумму { $range }
summary-when-discount-code = заказы с { $count ->
        [one] промокодом
       *[other] промокодами
    } { $list }
summary-when-channel = заказы через канал { $list }
summary-when-country = заказы с доставкой в { $list }
summary-when-order-tag = заказы с тегом { $list }
summary-when-days-since-order = возвраты со сроком после заказа { $range } дн.
summary-when-days-since-delivery = возвраты со сроком после доставки { $range } дн.
summary-when-order-date = заказы за период с { $first_day } по { $last_day }
summary-when-customer-tag = возвраты покупателей с тегом { $list }
summary-when-customer-tier = возвраты покупателей { $count ->
        [one] уровня
       *[other] уровней
    } { $list }
summary-when-past-returns = возвраты покупателей с числом прошлых возвратов { $range }
summary-when-return-rate = возвраты покупателей с долей возвратов { $range }
summary-when-blocklisted = { $blocklisted ->
        [yes] возвраты покупателей из чёрного списка
       *[no] возвраты покупателей не из нашего чёрного списка
    }
summary-when-reason = возвраты по причине { $list }
summary-when-reason-class = { $class ->
        [remorse] возвраты по желанию покупателя
       *[merchant_fault] возвраты бракованных, повреждённых или не тех товаров
    }
summary-when-resolution = возвраты с запросом на { $list }
summary-when-item-count = возвраты с числом товаров { $range }
summary-when-return-value = возвраты стоимостью { $range } без налогов
summary-when-full-return = { $full ->
        [yes] возвраты всего заказа
       *[no] возвраты части заказа
    }
summary-when-reported-condition = товары, заявленные как { $list },
summary-when-photos = { $photos ->
        [yes] возвраты с фотографиями
       *[no] возвраты без фотографий
    }
summary-when-disposition = товары, в зависимости от результатов нашей проверки,
summary-then-deny = не подлежат возврату
summary-then-review = проверяются нашей командой перед одобрением
summary-then-window-days = могут быть возвращены в течение { $days ->
        [one] { $days } дня
       *[other] { $days } дней
    } { $from ->
        [delivery] с момента доставки
        [fulfillment] с момента отправки
       *[order] с момента оформления заказа
    }
summary-then-window-until = могут быть возвращены до { $date } включительно
summary-then-restocking = облагаются платой за обратную приёмку на склад в размере { $fee }
summary-then-no-restocking = не облагаются платой за обратную приёмку на склад
summary-then-handling-fee = облагаются сбором за обработку в размере { $fee } за возврат
summary-then-no-handling-fee = не облагаются сбором за обработку
summary-then-label-fee = облагаются платой за этикетку для возврата в размере { $fee }
summary-then-no-label-fee = не облагаются платой за этикетку для возврата
summary-then-waive-fees = освобождаются от платы за возврат
summary-then-only = оформляются только как { $list }
summary-then-also = могут также оформляться как { $list }
summary-then-bonus = дают бонус: { $list }
summary-then-no-bonus = не дают бонуса
summary-bonus-with = { $bonus } дополнительно { $with ->
        [store_credit] при зачислении на баланс в магазине
       *[exchange] при обмене
    }
summary-then-keep = остаются у вас: вы получите деньги, не отправляя их обратно
summary-then-photos = требуют фотографий товара
summary-then-inspect = возмещаются после того, как мы их проверим
summary-then-bypass-final-sale = могут быть возвращены, даже если проданы без права возврата
summary-then-goodwill = дают компенсацию в виде зачисления на баланс в магазине в размере { $bonus }
summary-then-label = { $payer ->
        [merchant] возвращаются бесплатно по нашей оплаченной этикетке
        [customer] возвращаются по нашей этикетке, за которую из суммы возврата удерживается { $fee }
        [customer_free] возвращаются по нашей бесплатной этикетке
       *[customer_arranged] возвращаются за ваш счёт
    }
summary-then-route = направляются получателю { $name }

## Consumer law in the summary.

summary-statute-withdrawal = { $jurisdiction ->
        [uk] Покупатели из Великобритании могут отменить покупку
       *[eu] Покупатели из ЕС могут воспользоваться правом на отказ от товара
    } в течение { $days } дней без объяснения причин, считая с момента доставки последнего товара заказа. Если мы не сообщили вам об этом праве, срок продлевается на 12 месяцев.
summary-statute-refund = При { $jurisdiction ->
        [uk] отмене покупки
       *[eu] отказе от товара
    } плата за обратную приёмку на склад и сбор за обработку не взимаются, деньги возвращаются тем же способом оплаты в течение { $days } дней, а если вы возвращаете весь заказ, мы также возмещаем стандартную доставку.
summary-statute-exempt = Персонализированные и скоропортящиеся товары, а также запечатанные средства гигиены или носители информации после вскрытия упаковки не подпадают под это право.
summary-statute-shipping = Указанная выше стоимость обратной доставки действует и при { $jurisdiction ->
        [uk] отмене покупки
       *[eu] отказе от товара
    }.
summary-statute-reject = От товаров с недостатками можно отказаться с полным возвратом денег в течение { $days } дней с момента доставки, с бесплатной обратной доставкой.

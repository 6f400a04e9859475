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

# returnkit's customer messages, English: the reference catalog and the fallback of every other.
# One message per id; ids are derived from the codes the engine emits (see docs/messages.md).
# Variables: counts are numbers ($eligible, $requested, $limit for items); dates and amounts
# arrive as text already written the locale's way ($date, $limit for value, $value, ...).

## Why a line or a return is denied or reviewed (a decision's `reasons[].message`).

reason-not-delivered = This item hasn't been delivered yet.
reason-not-delivered-window = This item hasn't been delivered yet, so its return window has not started.
reason-already-returned = This item has already been returned.
reason-partially-returnable = Only { $eligible } of the { $requested } asked for can be returned.
reason-final-sale = This item was sold as final sale and can't be returned.
reason-outside-window = The return window for this item closed on { $date }.
reason-photos-required = Please add photos of the item so we can review the return.
reason-review-value = Returns worth more than { $limit } are checked by our team.
reason-review-items = Returns of more than { $limit } items are checked by our team.
reason-review-return-rate = This return is checked by our team.
reason-no-common-resolution = These items can't be resolved the same way; our team will contact you.
reason-no-label-service = We can't offer a return label from your address ({ $detail }); our team will contact you.
reason-partial-bundle = This item is part of a set and can only be returned with the rest of the set.
reason-partial-bundle-review = This item is part of a set; we'll review returning it on its own.
reason-gift-original-payment = A gift is returned for store credit or an exchange, not a refund to the original payment.
reason-review-value-gift = This return is checked by our team.
reason-line-resolution-not-offered = This item can't be resolved the way you asked; our team will contact you.

## Why the customer keeps the items (a decision's `keep_item_reason`).

keep-item-rule = A rule of the shop lets you keep the items.
keep-item-threshold = The items are worth { $value } before tax, at or below the shop's { $threshold } keep-item threshold: keep them.
keep-item-uneconomic = Shipping the items back would cost { $cost } (label { $label } and handling { $handling }), at least the { $recovery } they would recover: keep them.
keep-item-gift = You can keep the items; there's nothing to send back.

## The statutory rules a decision cites (a decision's `statutory[].description`).

statute-withdrawal-eu = Directive 2011/83/EU art. 9: 14 days to withdraw without giving a reason, from delivery of the last item
statute-withdrawal-uk = Consumer Contracts Regulations 2013 reg. 29-31: 14 days to cancel, from delivery of the last item
statute-uninformed = The consumer was not told of the right of withdrawal, so the period is extended by 12 months
statute-no-restocking = No fee may be charged for withdrawing; only diminished value from excess handling may be deducted
statute-original-payment = The refund goes to the original means of payment; store credit may be offered, never imposed
statute-delivery = On withdrawal from the whole order, the original delivery is refunded up to the cheapest standard option
statute-refund-by = The refund is due within 14 days of the withdrawal notice, or of agreeing to a rejection of faulty goods
statute-short-term-reject = Consumer Rights Act 2015 s. 22: faulty goods may be rejected for a full refund within 30 days of delivery
statute-credit-minimum = Store credit given for a refund lasts at least 3 years from issue (no EU act sets a minimum; the profile follows the 3-year regular limitation period of BGB ss. 195, 199); a bonus may expire sooner

## A return opened from a denied decision (the RMA's `rejection`).

rejection-denied = The return was not approved.

## The customer-facing status of a return (`status.message`, `status.timeline[].message`).

status-submitted = We have your return request.
status-under-review = We're reviewing your return request.
status-information-needed = We need a little more information about your return.
status-approved = Your return is approved. Please send the items back.
status-keep-items = Your return is approved. Keep the items; there's nothing to send back.
status-label-ready = Your return label is ready.
status-on-its-way = Your return is on its way to us.
status-received = We've received your return and are checking it.
status-refund-issued = Your refund has been issued.
status-credit-issued = Your store credit has been issued.
status-exchange-shipped = Your replacement is on its way.
status-completed = Your return is complete.
status-declined = Your return was not approved.
status-cancelled = Your return was cancelled.
status-expired = Your return expired because the items were not sent in time.

## Where the items go (`status.going_to`, `status.timeline[].going_to`); `$name` is the destination's own name.

route-warehouse = Going to our warehouse { $name }.
route-store = Going to our store { $name }.
route-refurbisher = Going to our refurbishing partner { $name }.
route-liquidator = Going to our resale partner { $name }.
route-recycler = Going to our recycling partner { $name }.
route-donation = Going to our donation partner { $name }.
route-supplier = Going to the maker, { $name }.

## The standard return reasons, as a returns form lists them.

return-reason-defective = Defective or doesn't work
return-reason-damaged-in-transit = Arrived damaged
return-reason-wrong-item = Wrong item sent
return-reason-not-as-described = Not as described
return-reason-arrived-late = Arrived too late
return-reason-size-or-fit = Size or fit
return-reason-changed-mind = Changed my mind
return-reason-other = Other

## The plain-text policy summary (`Policy::summary_in`), a sentence per term of the policy.
## Selects on text: `$from` is where the window starts (delivery, fulfillment, order); `$payer`
## who pays return shipping (merchant, customer, customer_free, customer_arranged); `$applies`
## which returns a fee applies to (every, remorse); `$jurisdiction` eu or uk; yes/no flags.
## Amounts (`$fee`, `$amount`, `$bonus`) and percents arrive written the locale's way.

summary-window-unlimited = You can return items at any time: there is no time limit.
summary-window-same-day = You can return items until the end of the day { $from ->
        [delivery] they are delivered
        [fulfillment] they ship
       *[order] you place your order
    }.
summary-window-days = You can return items within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } { $from ->
        [delivery] of delivery
        [fulfillment] of shipping
       *[order] of placing your order
    }.
summary-transit-buffer = If we can't confirm when an item was delivered, the window starts { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after we ship it.
summary-transit-none = If we can't confirm when an item was delivered, the window starts when we ship it.
summary-deadline = Deadlines end at midnight, shop time ({ $timezone }).
summary-business-day = A deadline that falls on a weekend or public holiday moves to the next business day.
summary-business-day-holidays = A deadline that falls on a weekend or public holiday moves to the next business day (holidays: { $holidays }).
summary-refund-options = Refund options: { $options }.
summary-resolution = { $resolution ->
        [original_payment] a refund to your original payment method
        [store_credit] store credit
       *[exchange] an exchange
    }
summary-credit-only-after = After { $days ->
        [one] { $days } day
       *[other] { $days } days
    } { $from ->
        [delivery] from delivery
        [fulfillment] from shipping
       *[order] from your order date
    }, refunds are given as store credit only.
summary-bonus-store-credit = Choose store credit and get { $bonus } extra.
summary-bonus-exchange = Choose an exchange and get { $bonus } extra.
summary-restocking-fee = A restocking fee of { $fee } is deducted from { $applies ->
        [every] every return
       *[remorse] change-of-mind returns
    }.
summary-handling-fee = A handling fee of { $fee } per return is deducted from { $applies ->
        [every] every return
       *[remorse] change-of-mind returns
    }.
summary-fee-percent = { $percent } of the item price
summary-fee-flat = { $amount } { $per ->
        [unit] per item
        [line] per product returned
       *[return] per return
    }
summary-remorse = Changed your mind?
summary-fault = Faulty, damaged or wrong item?
summary-shipping = { $payer ->
        [merchant] Return shipping is free: we send you a prepaid label.
        [customer] We send you a return label and deduct { $fee } for it from your refund.
        [customer_free] We send you a return label at no cost.
       *[customer_arranged] You send the items back yourself, at your own cost.
    }
summary-fault-no-fees = No restocking or handling fee is charged.
summary-fault-refunds-shipping = We also refund your original shipping.
summary-inspection = Items that come back { $condition ->
        [new] unused
        [like_new] opened but like new
        [used] used
        [damaged] damaged
        [missing] missing from the parcel
       *[wrong_item] not the item we sold
    } have { $percent } deducted from their refund.
summary-keep-threshold = If the items you return are worth { $amount } or less before tax, keep them: you get your refund without sending them back.
summary-keep-uneconomic = When shipping an item back would cost more than it is worth to us, keep it: you get your refund without sending it back.
summary-final-sale = Items sold as final sale can't be returned.
summary-final-sale-statutory = Items sold as final sale can't be returned, unless the law gives you a right to return them (see below).
summary-review-value = Returns worth more than { $amount } before tax are checked by our team before approval.
summary-review-items = Returns of more than { $count ->
        [one] { $count } item
       *[other] { $count } items
    } are checked by our team before approval.

## The summary's words: a percent, lists, a quoted label, a range of values.

summary-percent = { $percent }%
summary-and = { $first } and { $second }
summary-or = { $first } or { $second }
summary-quoted = "{ $text }"
summary-range = { $bound ->
        [between] { $low } to { $high }
        [at_least] { $low } or more
        [at_most] { $high } or less
       *[any] any amount
    }
summary-condition = { $condition ->
        [new] unused
        [like_new] opened but like new
        [used] used
        [damaged] damaged
        [missing] missing from the parcel
       *[wrong_item] not the item we sold
    }
summary-exemption = { $exemption ->
        [personalised] personalised
        [perishable] perishable
        [sealed_hygiene] sealed hygiene
       *[sealed_media] sealed media
    }

## A rule without a description, as a sentence: what it matches ($subject, a plural noun
## phrase in lower case, from a `summary-when-*`), then what it does ($actions, verb phrases
## for a plural subject from `summary-then-*`, joined with `summary-and`). The first letter is
## made upper case.

summary-rule = { $subject } { $actions }.
summary-all-returns = all returns
summary-when-not = returns other than { $subject }
summary-when-sku = items with { $count ->
        [one] SKU
       *[other] SKUs
    } { $list }
summary-when-product = items of { $count ->
        [one] product
       *[other] products
    } { $list }
summary-when-category = items in { $count ->
        [one] category
       *[other] categories
    } { $list }
summary-when-product-tag = items tagged { $list }
summary-when-price = items priced { $range }
summary-when-final-sale = { $final_sale ->
        [yes] final-sale items
       *[no] items not sold as final sale
    }
summary-when-exemption = { $list } items
summary-when-order-total = orders totalling { $range }
summary-when-discount-code = orders using { $count ->
        [one] discount code
       *[other] discount codes
    } { $list }
summary-when-channel = orders placed through { $list }
summary-when-country = orders shipped to { $list }
summary-when-order-tag = orders tagged { $list }
summary-when-days-since-order = returns made { $range } days after the order
summary-when-days-since-delivery = returns made { $range } days after delivery
summary-when-order-date = orders placed { $first_day } to { $last_day }
summary-when-customer-tag = returns from customers tagged { $list }
summary-when-customer-tier = returns from customers in { $count ->
        [one] tier
       *[other] tiers
    } { $list }
summary-when-past-returns = returns from customers with { $range } past returns
summary-when-return-rate = returns from customers with a return rate of { $range }
summary-when-blocklisted = { $blocklisted ->
        [yes] returns from blocklisted customers
       *[no] returns from customers not on our blocklist
    }
summary-when-reason = returns for the reason { $list }
summary-when-reason-class = { $class ->
        [remorse] change-of-mind returns
       *[merchant_fault] returns of faulty, damaged or wrong items
    }
summary-when-resolution = returns asking for { $list }
summary-when-item-count = returns of { $range } items
summary-when-return-value = returns worth { $range } before tax
summary-when-full-return = { $full ->
        [yes] returns of a whole order
       *[no] returns of part of an order
    }
summary-when-reported-condition = items reported as { $list }
summary-when-photos = { $photos ->
        [yes] returns with photos
       *[no] returns without photos
    }
summary-when-disposition = items, depending on what our inspection finds,
summary-then-deny = are not returnable
summary-then-review = are checked by our team before approval
summary-then-window-days = can be returned within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } { $from ->
        [delivery] of delivery
        [fulfillment] of shipping
       *[order] of placing your order
    }
summary-then-window-until = can be returned until { $date }
summary-then-restocking = have a restocking fee of { $fee }
summary-then-no-restocking = have no restocking fee
summary-then-handling-fee = have a handling fee of { $fee } per return
summary-then-no-handling-fee = have no handling fee
summary-then-label-fee = have a return label fee of { $fee }
summary-then-no-label-fee = have no return label fee
summary-then-waive-fees = are free of return fees
summary-then-only = get only { $list }
summary-then-also = can also get { $list }
summary-then-bonus = get { $list }
summary-then-no-bonus = get no bonus
summary-bonus-with = { $bonus } extra { $with ->
        [store_credit] with store credit
       *[exchange] with an exchange
    }
summary-then-keep = can be kept: you get your refund without sending them back
summary-then-photos = need photos of the item
summary-then-inspect = are refunded once we have inspected them
summary-then-bypass-final-sale = can be returned even if sold as final sale
summary-then-goodwill = get goodwill store credit of { $bonus }
summary-then-label = { $payer ->
        [merchant] get free return shipping with our prepaid label
        [customer] get our return label, with { $fee } deducted from the refund
        [customer_free] get our return label at no cost
       *[customer_arranged] are sent back at your own cost
    }
summary-then-route = go to { $name }

## Consumer law in the summary, for a policy with a jurisdiction (`$jurisdiction` eu or uk).

summary-statute-withdrawal = { $jurisdiction ->
        [uk] UK customers can cancel
       *[eu] EU customers can withdraw
    } within { $days } days of delivery without giving a reason, counted from delivery of the last item of the order. If we didn't tell you about this right, the period is extended by 12 months.
summary-statute-refund = On { $jurisdiction ->
        [uk] cancellation
       *[eu] withdrawal
    }, no restocking or handling fee is charged, the refund goes to your original payment method within { $days } days, and if you return the whole order we also refund standard delivery.
summary-statute-exempt = Personalised and perishable goods, and sealed hygiene or media items once unsealed, are exempt from this right.
summary-statute-shipping = The cost of return shipping stated above still applies on { $jurisdiction ->
        [uk] cancellation
       *[eu] withdrawal
    }.
summary-statute-reject = Faulty items can be rejected for a full refund within { $days } days of delivery, with free return shipping.

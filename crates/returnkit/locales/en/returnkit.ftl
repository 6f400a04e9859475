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

<?php

declare(strict_types=1);

namespace ReturnKit;

/** Errors 4xxx, money: amounts that don't add up: currencies, sub-unit amounts, tax, allocations, refunds beyond what was paid or is due. */
final class MoneyException extends ReturnKitException
{
}

<?php

declare(strict_types=1);

namespace ReturnKit;

/** Errors 1xxx, argument and JSON: malformed JSON, a wrong type, a missing or unknown field, unknown ids, quantities out of range, an unsupported document version. */
final class ArgumentException extends ReturnKitException
{
}

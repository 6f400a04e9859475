<?php

declare(strict_types=1);

namespace ReturnKit;

/** Errors 2xxx, policy: a return policy or rate card that does not validate, or no label service that can carry the return. */
final class PolicyException extends ReturnKitException
{
}

<?php

declare(strict_types=1);

namespace ReturnKit;

/** Errors 3xxx, transition: an RMA command the return's state, the actor or the expected version does not allow. */
final class TransitionException extends ReturnKitException
{
}

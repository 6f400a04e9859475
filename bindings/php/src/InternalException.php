<?php

declare(strict_types=1);

namespace ReturnKit;

/** Errors 9xxx, internal: a bug in returnkit caught at the library's boundary (a panic), never the input's fault. */
final class InternalException extends ReturnKitException
{
}

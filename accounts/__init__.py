"""Staff sign-in: the lock-out after repeated failures (``signin``, with the failures
it counts in ``models.SignInFailure``) and sessions that end when idle
(``middleware``). It depends on no other app of the site."""

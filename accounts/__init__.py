"""Staff sign-in: the lock-out after repeated failures (``signin``, with the failures
it counts in ``models.SignInFailure``) and sessions that end when idle
(``middleware``). Of the other apps it uses only the base's client address (``home.clients``)."""

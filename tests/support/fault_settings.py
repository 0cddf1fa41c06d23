"""The test settings for the fault tests' servers and workers: fault injection
(``tests.support.faults``), and the real SMTP backend when ``EMAIL_URL`` names a server."""

from ocp.config import email_config, env_str
from ocp.settings.test import *  # noqa: F403
from ocp.settings.test import MIDDLEWARE

MIDDLEWARE = ["tests.support.faults.FaultInjectionMiddleware", *MIDDLEWARE]
if env_str("EMAIL_URL", None):
    globals().update(email_config(env_str("EMAIL_URL")))

#!/usr/bin/env python
"""Django's command-line utility for the OCP site.

The project package lives in ``site/`` but is imported as ``ocp`` (the standard
library owns the name ``site``); ``pip install -e .`` sets up that mapping.
"""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ocp.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)

"""`make run`: the web server and the task worker side by side, stopped together.

gunicorn serves the site and the admin (static files through whitenoise); the
django-tasks database worker runs background work beside it. Ctrl-C (or either
process ending) stops both, so nothing is left running in the background.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bind", default="127.0.0.1:8000")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)

    env = {**os.environ}
    env.setdefault("DJANGO_SETTINGS_MODULE", "ocp.settings.dev")
    python = sys.executable
    processes = [
        subprocess.Popen(  # noqa: S603 - fixed argument lists
            [
                python,
                "-m",
                "gunicorn",
                "ocp.wsgi",
                "--bind",
                args.bind,
                "--workers",
                str(args.workers),
                "--access-logfile",
                "-",
                "--no-control-socket",
            ],
            env=env,
        ),
        # db_worker sets its own log level from --verbosity: 1 prints a line per task.
        subprocess.Popen(  # noqa: S603
            [python, "manage.py", "db_worker", "--verbosity", worker_verbosity(env)], env=env
        ),
    ]

    def stop(*_args) -> None:
        for process in processes:
            if process.poll() is None:
                process.terminate()

    signal.signal(signal.SIGTERM, stop)
    try:
        while all(process.poll() is None for process in processes):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        stop()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
    return 0


def worker_verbosity(env: dict) -> str:
    return "1" if env.get("LOG_LEVEL_TASKS", "WARNING").upper() in ("INFO", "DEBUG") else "0"


if __name__ == "__main__":
    sys.exit(main())
